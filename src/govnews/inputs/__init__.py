"""Inputs: bytes (or text) to the one value the parser reads.

An input kind turns what a user hands govnews (a dump's bytes or text) into
one :class:`~.base.Input`: the text the parser reads, plus what the input
knows beyond its text (the charset declared and the one used, its URL, hints
read from its markup). The parser consumes only that value, so a new kind of
input is one module with a reader (see :class:`~.base.InputReader`) and its
place in :data:`READERS`.

- :mod:`.decoding`: bytes to text (BOM, UTF-8, GB18030, a guess), never lossy;
- :mod:`.text`: a page's text as captured (markup a capture kept is removed);
- :mod:`.html`: a saved HTML page: its article found on the DOM and laid out
  as a browser shows it, its head read as hints.

Containers hold inputs rather than being one; a batch (``govnews.batch``)
opens them and hands each input inside to :func:`read_input`:

- :mod:`.sources`: command-line arguments (files, folders, ``-``) as the files
  to read, in order, each unusable path a problem in its place;
- :mod:`.gzipped`: a gzipped dump, decompressed up to a cap;
- :mod:`.warc`: a web archive, each HTML response record one input.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Final

from ..errors import ParseError
from ..model import slot_setter
from .base import HINT_FIELDS, Hint, Input, InputReader, Reading
from .html import HtmlReader
from .html.charset import decode_declared
from .text import TextReader

__all__ = ["HINT_FIELDS", "READERS", "Hint", "Input", "InputReader", "Reading", "read_input"]

#: The input kinds, in the order they are tried; the last one accepts anything.
READERS: Final[Sequence[InputReader]] = (HtmlReader(), TextReader())
#: A lone surrogate cannot come from real bytes and cannot be written out again (the
#: pattern spells the range as escapes: a compiled module takes no surrogate literal).
_LONE_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")

#: An instance without ``__init__``, and the setters of its slots.
_new: Final = object.__new__
_TEXT: Final = slot_setter(Input, "text")
_KIND: Final = slot_setter(Input, "kind")
_SHA256: Final = slot_setter(Input, "sha256")
_ENCODING: Final = slot_setter(Input, "encoding")
_DECLARED_ENCODING: Final = slot_setter(Input, "declared_encoding")
_URL: Final = slot_setter(Input, "url")
_PATH: Final = slot_setter(Input, "path")
_HINTS: Final = slot_setter(Input, "hints")
_HEADINGS: Final = slot_setter(Input, "headings")


def read_input(
    data: bytes | str, *, path: str | None = None, url: str | None = None, charset: str | None = None
) -> Input:
    """Read one input of any known kind.

    ``url``, where the caller knows it (a web archive's record), wins over a
    URL the input names itself (a canonical link). ``charset`` is the one the
    transport declared (an HTTP ``Content-Type``): as in a browser it comes
    first after a byte-order mark, where the bytes decode cleanly in it; else
    the input is decoded as if none were given.

    Raises:
        ParseError: the input is empty, binary, undecodable or holds no text (``path`` named).
    """
    if isinstance(data, bytes):
        raw = data
    elif isinstance(data, str):
        raw = data.encode("utf-8", "surrogatepass")
        data = _LONE_SURROGATE.sub("\ufffd", data)
    else:
        raise TypeError(f"an input is str or bytes, not {type(data).__name__}")
    transported = decode_declared(data, charset) if charset and isinstance(data, bytes) else None
    if transported is not None:
        data = transported.text
    reader = next(r for r in READERS if r.accepts(data))
    try:
        reading = reader.read(data)
    except ParseError as error:
        raise error.with_path(path) if path else error from None
    if not reading.text or reading.text.isspace():
        raise ParseError(f"no text: the {reader.name} input shows nothing to read", path)
    encoding, declared = reading.encoding, reading.declared_encoding
    if transported is not None:
        encoding, declared = transported.encoding, transported.declared
    hints, own_url = reading.hints, None
    if hints:  # a text dump has none
        own_url = next((h.value for h in hints if h.field == "url"), None)
        hints = tuple(h for h in hints if h.field != "url")
    return _make_input(
        reading.text,
        reader.name,
        hashlib.sha256(raw).hexdigest(),
        encoding,
        declared,
        url or own_url,
        path,
        hints,
        reading.headings,
    )


def _make_input(
    text: str,
    kind: str,
    sha256: str,
    encoding: str | None,
    declared_encoding: str | None,
    url: str | None,
    path: str | None,
    hints: tuple[Hint, ...],
    headings: tuple[str, ...],
) -> Input:
    """``Input(...)`` of those fields, its slots set one by one.

    Its attrs ``__init__`` (no converter, no validator) is interpreted Python
    even in a compiled build and costs, with its keywords, about 1% of a parse;
    the instance made here is the same, field for field.
    """
    made: Input = _new(Input)
    _TEXT(made, text)
    _KIND(made, kind)
    _SHA256(made, sha256)
    _ENCODING(made, encoding)
    _DECLARED_ENCODING(made, declared_encoding)
    _URL(made, url)
    _PATH(made, path)
    _HINTS(made, hints)
    _HEADINGS(made, headings)
    return made
