"""The values of the input seam: what a reader makes of its data, and the :class:`Input` the parser reads."""

from __future__ import annotations

from typing import Final, NamedTuple, Protocol

import attrs

__all__ = ["HINT_FIELDS", "Hint", "Input", "InputReader", "Reading"]

#: What a hint may tell: a field of the article, or page metadata kept in ``extra``. A
#: ``headline`` is the text of the element a page prints its headline in (not metadata).
HINT_FIELDS: Final = frozenset(
    {"headline", "title", "published", "source", "author", "column", "site_name", "keywords", "description", "url"}
)


class Hint(NamedTuple):
    """One piece of metadata an input carries beside its text (an HTML ``<meta>``, say).

    ``field`` is one of :data:`HINT_FIELDS`; ``label`` the name the input gave
    it (``ArticleTitle``, ``og:title``, ``PubDate`` …); ``value`` as written there.
    """

    field: str
    label: str
    value: str


class Reading(NamedTuple):
    """What a reader made of the data: the text to parse and what it learnt beside it."""

    text: str
    #: The codec the bytes were decoded with (None for text handed over as ``str``).
    encoding: str | None = None
    #: The charset the input declared (an HTML ``<meta charset>``), used or not.
    declared_encoding: str | None = None
    #: Hints in the order the reader trusts them; for one field the first counts.
    hints: tuple[Hint, ...] = ()
    #: Lines the input's markup sets as headings inside the text (``<h2>``, a bold paragraph).
    headings: tuple[str, ...] = ()


@attrs.frozen
class Input:
    """One input, read: the text the parser reads and what the input knows beyond it."""

    text: str  #: the text to parse, newlines normalised, markup gone
    kind: str  #: the reader that made it ("text", "html" …)
    sha256: str  #: of the bytes as given (a ``str``: of its UTF-8 form)
    encoding: str | None = None  #: the codec used
    declared_encoding: str | None = None  #: the charset the input declared
    url: str | None = None  #: where the page was published, when the input or the caller says so
    path: str | None = None  #: where the input was read from
    hints: tuple[Hint, ...] = ()  #: metadata read beside the text, most trusted first
    headings: tuple[str, ...] = ()  #: lines the markup sets as headings inside the text


class InputReader(Protocol):
    """A kind of input: recognises its data and reads it."""

    name: str

    def accepts(self, data: bytes | str) -> bool:
        """Whether ``data`` is of this kind (looked at cheaply: its start, its structure)."""

    def read(self, data: bytes | str) -> Reading:
        """Read ``data``; raise :class:`~govnews.errors.ParseError` for data that is no input of this kind."""
