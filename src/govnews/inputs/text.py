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
#: Where markup may start: a script or style opener (group 1), a comment, any tag.
_MARKUP_START: Final = re.compile(r"<(?:(script|style)\b|!--|/?[A-Za-z])", re.IGNORECASE)
_TAG: Final = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*\s*/?>",
    re.IGNORECASE,
)
_TAG_END: Final = re.compile(">")
_COMMENT_END: Final = re.compile("-->")
#: A line opening with the end of a comment whose opener the capture lost: up to the line's last "-->".
_COMMENT_REST: Final = re.compile(r"^[ \t]*-->(?:[^\n]*-->)?", re.MULTILINE)
#: The end tag of a script or style element, by its name.
_ELEMENT_ENDS: Final = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}


class _Ahead:
    """The next match of a pattern at or after a position, asked for positions that never go back.

    An answer stays right until the position passes it, so the text is read
    once however many openers ask for the same closer (an unclosed "<!--"
    repeated thousands of times costs one scan, not one scan each).
    """

    __slots__ = ("_asked", "_found", "_pattern", "_text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self._pattern = pattern
        self._text = text
        self._asked = -1  # the position of the last search, -1 before any
        self._found: re.Match[str] | None = None

    def at_or_after(self, pos: int) -> re.Match[str] | None:
        found = self._found
        if self._asked < 0 or pos < self._asked or (found is not None and found.start() < pos):
            found = self._found = self._pattern.search(self._text, pos)
            self._asked = pos
        return found


def strip_markup(text: str) -> str:
    """Remove the HTML a text dump kept (scripts with their content, tags); a no-op for text without markup.

    At each "<", the first of these that fits is removed: a script or style
    element up to its end tag; a script opener whose element never ends
    (its content stays: the page's text may follow it); a comment up to "-->";
    any tag. An opener that nothing closes ("<!--" without "-->", "<script"
    without ">") is text, and so is everything after it. Every closer is looked
    for once, ahead of all the openers that need it, so the time is linear.
    A line that opens with "-->" holds the rest of a comment whose opener was
    lost: it goes up to the line's last "-->".
    """
    if "<" not in text:
        return _drop_comment_rests(text)
    tag_end = _Ahead(_TAG_END, text)
    comment_end = _Ahead(_COMMENT_END, text)
    element_ends = {name: _Ahead(pattern, text) for name, pattern in _ELEMENT_ENDS.items()}
    kept: list[str] = []
    copied = pos = 0
    while (start := _MARKUP_START.search(text, pos)) is not None:
        at = start.start()
        end = -1
        if start[1] is not None:  # <script or <style
            opener_end = tag_end.at_or_after(start.end())
            if opener_end is not None:
                name = start[1].casefold()
                closer = element_ends[name].at_or_after(opener_end.end())
                if closer is not None:
                    end = closer.end()
                elif name == "script":
                    end = opener_end.end()
        elif start.group().endswith("!--"):
            closer = comment_end.at_or_after(start.end())
            end = -1 if closer is None else closer.end()
        if end < 0:
            tag = _TAG.match(text, at)
            end = -1 if tag is None else tag.end()
        if end < 0:
            pos = at + 1
            continue
        kept.append(text[copied:at])
        copied = pos = end
    kept.append(text[copied:])
    return _drop_comment_rests("".join(kept))


def _drop_comment_rests(text: str) -> str:
    return _COMMENT_REST.sub("", text) if _holds_comment_end(text) else text


def _holds_comment_end(text: str) -> bool:
    """Whether "-->" stands in ``text``: each ">" found by a search for one character (at ``memchr``
    speed) and the two before it read, where a search for the three reads every character."""
    at = text.find(">", 2)
    while at >= 0:
        if text[at - 2 : at] == "--":
            return True
        at = text.find(">", at + 1)
    return False


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
