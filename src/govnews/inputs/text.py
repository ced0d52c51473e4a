"""A page's text as a browser or a crawler captured it: the dump itself, decoded.

Markup that a capture kept (a script with its content, a comment, tags) is
removed; anything else is the text the parser reads.
"""

from __future__ import annotations

import re
from typing import Final

from ..errors import ParseError
from .base import Reading
from .decoding import decode, normalise_newlines

__all__ = ["TextReader", "strip_markup"]

#: Markup a text dump kept from its page: a script or style element with its
#: content (an old CMS counter's "<script src=…GetHits.asp…></script>"), a
#: comment, then any tag (<br>, <p align="center">, <img …>, </div>). A tag is a
#: name and attributes in ASCII, so "PM2.5<35", "<<返回" and "a<b 且 c>d" are left alone.
_MARKUP: Final = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|<script\b[^>]*>|<!--.*?-->"
    r"|</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*\s*/?>",
    re.IGNORECASE | re.DOTALL,
)


def strip_markup(text: str) -> str:
    """Remove the HTML a text dump kept (scripts with their content, tags); a no-op for text without "<"."""
    return _MARKUP.sub("", text) if "<" in text else text


class TextReader:
    """Any input that no other kind claims is read as a page's text."""

    name = "text"

    def accepts(self, data: bytes | str) -> bool:
        """Every input: text is the kind of last resort."""
        return True

    def read(self, data: bytes | str) -> Reading:
        """Decode ``data`` (bytes) and remove markup a capture kept."""
        if isinstance(data, bytes):
            text, encoding = decode(data)
        else:
            text, encoding = normalise_newlines(data), None
            if not text.strip():
                raise ParseError("empty input")
        return Reading(strip_markup(text), encoding)
