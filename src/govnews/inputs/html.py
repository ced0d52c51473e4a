"""Saved HTML pages: the text a reader sees, and what the page's head says.

A page's HTML is laid out as text the way a browser's ``innerText`` does it:
block elements and ``<br>`` start new lines, table cells are separated by
spaces, and scripts, styles and other invisible parts are left out. The head's
metadata (the government meta tags ``ArticleTitle``, ``PubDate``,
``ContentSource`` …, Open Graph, ``<title>``, the canonical link) become
hints the parser weighs against the visible text.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree
from lxml import html as lxml_html

from .base import Hint, Reading
from .decoding import decode, normalise_newlines

__all__ = ["HtmlReader", "html_to_text", "looks_like_html", "read_head"]

#: The start of a page saved as HTML rather than as its text.
#: Leading comments (a browser's "saved from url" note) and an XML declaration may come first.
_HTML_START: Final = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:[^-]|-(?!->)){0,400}-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE,
)

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

#: Head metadata and the hint each gives, by the lower-cased ``name`` or ``property`` of a
#: ``<meta>``. For one field the earlier entry is trusted more: the government site
#: standard's tags (ArticleTitle, PubDate, ContentSource, ColumnName, SiteName) first.
META_HINTS: Final = (
    ("articletitle", "title"),
    ("og:title", "title"),
    ("pubdate", "published"),
    ("article:published_time", "published"),
    ("contentsource", "source"),
    ("columnname", "column"),
    ("sitename", "site_name"),
    ("og:site_name", "site_name"),
    ("author", "author"),
    ("keywords", "keywords"),
    ("description", "description"),
    ("og:url", "url"),
)
_META_FIELDS: Final = dict(META_HINTS)
_META_ORDER: Final = {name: rank for rank, (name, _) in enumerate(META_HINTS)}
#: Separators between a ``<title>``'s headline and the site name after it ("…通知_某县人民政府").
_TITLE_SUFFIX: Final = re.compile(r"\s*(?:[_|]|--|——| - )\s*[^_|]*$")
#: A ``<title>`` rest that names a site rather than a part of the headline.
_SITE_ENDINGS: Final = ("政府", "门户网站", "网站", "网", "人民政府", "政务网", "门户", "官网")

_SPACES: Final = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES: Final = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than a page's text."""
    return _HTML_START.match(text[:1024]) is not None


class HtmlReader:
    """A saved HTML page."""

    name = "html"

    def accepts(self, data: bytes | str) -> bool:
        """Whether the data starts like an HTML page (looked at in its first kilobyte)."""
        if isinstance(data, bytes):
            head = data[:1024]
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: decode to look
                return looks_like_html(head.decode("utf-16", "replace"))
            return looks_like_html(head.decode("latin-1").removeprefix("\xef\xbb\xbf"))
        return looks_like_html(data)

    def read(self, data: bytes | str) -> Reading:
        """Decode the page, lay its body out as text, read its head."""
        if isinstance(data, bytes):
            text, encoding = decode(data)
        else:
            text, encoding = normalise_newlines(data), None
        root = _parse(text)
        if root is None:
            return Reading("", encoding)
        return Reading(_visible_text(root), encoding, hints=read_head(root))


def _parse(text: str) -> etree._Element | None:
    try:
        return lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def read_head(root: etree._Element) -> tuple[Hint, ...]:
    """The hints a page's head gives: meta tags by :data:`META_HINTS`, the canonical link, ``<title>``."""
    found: list[tuple[int, Hint]] = []
    title: str | None = None
    for element in root.iter("meta", "link", "title"):
        tag = element.tag
        if tag == "meta":
            name = (element.get("name") or element.get("property") or "").strip()
            value = " ".join((element.get("content") or "").split())
            key = name.lower()
            if key in _META_FIELDS and value:
                found.append((_META_ORDER[key], Hint(_META_FIELDS[key], name, value)))
        elif tag == "link":
            href = (element.get("href") or "").strip()
            if href and "canonical" in (element.get("rel") or "").lower().split():
                found.append((-1, Hint("url", "canonical", href)))
        elif title is None:
            title = " ".join(str(part) for part in element.itertext()).strip()
            title = " ".join(title.split())
    hints = [hint for _, hint in sorted(found, key=lambda pair: pair[0])]
    if title:
        site = next((h.value for h in hints if h.field == "site_name"), None)
        hints.append(Hint("title", "title", _headline_of(title, site)))
    return tuple(hints)


def _headline_of(title: str, site: str | None) -> str:
    """A ``<title>`` without the site name after its headline ("…的通知_某县人民政府")."""
    if site and title.endswith(site) and len(title) > len(site):
        return title[: -len(site)].rstrip(" _|-—")
    match = _TITLE_SUFFIX.search(title)
    if match is not None and match.start() > 0 and match.group().rstrip().endswith(_SITE_ENDINGS):
        return title[: match.start()]
    return title


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, one block per line."""
    root = _parse(text)
    return "" if root is None else _visible_text(root)


def _visible_text(root: etree._Element) -> str:
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
