"""Saved HTML pages: the article as a browser shows it, and what the page's head says.

The reader's stages, each a module:

- :mod:`.detect`: is the input a page (by its structure: leading comments, an
  XML declaration or a wrapper element may come before ``<html>``);
- :mod:`.charset`: bytes to text as a browser decodes them (the BOM, then the
  declared charset where the bytes agree with it, then detection);
- :mod:`.nesting`: a page that may nest deeply is first flattened past 512
  open elements (lexbor's tree builder walks its stack of open elements at
  every block tag: time n² on a page n deep);
- the HTML5 parser (lexbor, through selectolax): a page is parsed as a browser
  parses it, so content after a premature ``</html>`` is kept, entities are
  decoded, markup never reaches the text and nothing is fetched or expanded
  (no DTD, no external entity, no file);
- :mod:`.head`: the head read as hints (``ArticleTitle``, ``og:title``,
  ``PubDate``, ``ContentSource`` …, the canonical URL), weighed against the
  text by the parser (:mod:`govnews.parsing.hints`);
- :mod:`.layout`: the page laid out as ``innerText`` does it, with the boxes
  that hold each line;
- :mod:`.article`: the article located on the DOM (:mod:`.signals`).

**The division of labour with the text parser.** The DOM decides where the
article's content begins and ends: the text handed on is the page's lines
from the location trail (or the headline) to the end of the article's element
and the credits right under it, with the link-only lines between the
headline and the text left out. Menus, link lists, pop-ups and footers
outside that window never reach the parser. Inside it the text parser does
what it does with any dump: it reads the trail, the headline and the
labelled metadata lines, and where the body starts and ends.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from ..base import Hint, Reading
from ..decoding import normalise_newlines
from .article import article_text
from .charset import decode_page
from .detect import looks_like_html
from .head import read_head
from .layout import lay_out
from .nesting import cap_nesting

__all__ = ["HtmlReader", "html_to_text", "looks_like_html", "read_head"]


_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")


def _parse(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(cap_nesting(text))


def html_to_text(text: str) -> str:
    """The visible text of an HTML page, laid out as a browser's ``innerText`` (the whole page)."""
    root = _parse(text).root
    return "" if root is None else lay_out(root).text()


class HtmlReader:
    """A saved HTML page."""

    name = "html"

    def accepts(self, data: bytes | str) -> bool:
        """Whether the data is an HTML page (by the structure of its first 8 kB)."""
        return looks_like_html(data)

    def read(self, data: bytes | str) -> Reading:
        """Decode the page, read its head, find the article and lay it out as text.

        A page that shows no text gives an empty reading (which
        :func:`~govnews.inputs.read_input` refuses, saying so).

        Raises:
            ParseError: the page is undecodable.
        """
        if isinstance(data, bytes):
            text, encoding, declared = decode_page(data)
        else:
            text, encoding, declared = normalise_newlines(data), None, None
        tree = _parse(text)
        root = tree.root
        layout = lay_out(root, _PRIVATE_USE.search(text) is not None) if root is not None else None
        if layout is None or not layout.lines:
            return Reading("", encoding, declared)
        hints = read_head(tree)
        located = article_text(layout, [hint.value for hint in hints if hint.field == "title"])
        if located.headline is not None:
            hints = (Hint("headline", "headline", located.headline), *hints)
        return Reading(located.text, encoding, declared, hints, located.headings)
