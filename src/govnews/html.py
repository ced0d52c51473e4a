"""HTML pages to the text a reader sees, so the text parser reads them like any dump.

A page's HTML is laid out as text the way a browser's ``innerText`` does it:
block elements and ``<br>`` start new lines, table cells are separated by
spaces, and scripts, styles and other invisible parts are left out.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree
from lxml import html as lxml_html

__all__ = ["html_to_text", "looks_like_html"]

#: The start of a page saved as HTML rather than as its text.
_HTML_START: Final = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)

#: Elements whose content a reader never sees; the content of a video, audio or
#: canvas element is the fallback a browser that plays it does not show.
_INVISIBLE: Final = frozenset({
    "script", "style", "noscript", "template", "head", "iframe", "object", "svg", "video", "audio", "canvas",
})

#: Elements that begin and end a line of their own.
_BLOCKS: Final = frozenset({
    "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
    "tfoot", "title", "tr", "ul",
})

#: Elements after whose content a space keeps neighbouring cells apart.
_CELLS: Final = frozenset({"td", "th"})

#: huge_tree lifts libxml2's nesting limit, which real pages of nested tables exceed.
_PARSER: Final = lxml_html.HTMLParser(huge_tree=True, remove_comments=True)

_SPACES: Final = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES: Final = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than a page's text."""
    return _HTML_START.match(text[:1024]) is not None


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, one block per line."""
    try:
        root = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if not tag or tag in _INVISIBLE:
                walker.skip_subtree()
                continue
            _open(element, tag, parts)
        else:
            if tag and tag not in _INVISIBLE:
                _close(tag, parts)
            if element.tail and element is not root:
                parts.append(element.tail)
    lines = (" ".join(_SPACES.split(line)).strip() for line in "".join(parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _open(element: etree._Element, tag: str, parts: list[str]) -> None:
    if tag in _BLOCKS or tag == "br":
        parts.append("\n")
    elif tag == "img" and element.get("alt"):
        parts.append(element.get("alt", ""))
    if element.text:
        parts.append(element.text)


def _close(tag: str, parts: list[str]) -> None:
    if tag in _BLOCKS:
        parts.append("\n")
    elif tag in _CELLS:
        parts.append(" ")
