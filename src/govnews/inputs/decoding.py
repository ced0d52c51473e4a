"""Bytes to text: encoding detection and newline normalisation, done once at the entry.

Candidates are tried in a fixed order: a byte-order mark, strict UTF-8,
strict GB18030 (a superset of GBK and GB2312, the encodings of most Chinese
portals), then charset-normalizer's best guess. A GB18030 decoding that lands
in the private-use area is taken for another encoding's bytes (Big5 often
decodes as GB18030) and the guess is preferred where it fits better. No
candidate is lossy: input that none of them decodes cleanly raises
:class:`~govnews.errors.ParseError`.

GB18030 is tried as GBK first. GBK is its subset of one- and two-byte codes:
bytes that decode as GBK decode as GB18030 to the same text, and GBK maps no
code to the private-use area (a test checks every code), so such text (most
GB pages) is not searched for one, a pass over the text as dear as the decoding.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

from ..errors import ParseError

__all__ = ["decode", "normalise_newlines"]

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Control characters other than tab, newline, carriage return and form feed.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Those characters' bytes. In UTF-8 and GB18030 a control byte only ever stands for
#: itself, so the raw bytes tell whether the text has any: a search for each byte
#: (memchr, a few bytes a cycle) is cheaper than one pass that looks every byte up.
_CONTROL_BYTES: Final = (*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F)
#: Encodings in which a control byte is always that control character.
_ASCII_COMPATIBLE: Final = frozenset({"utf-8", "utf-8-sig", "gb18030"})
#: Above this share of control characters a decoding is taken for binary data.
_MAX_CONTROL_SHARE: Final = 0.05
#: Private-use code points: GB18030 maps byte pairs no real text uses here, which
#: is how Big5 or Shift-JIS bytes that happen to be valid GB18030 give themselves away.
_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF (two ``str.replace`` passes: a tenth of a regex pass's cost)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _looks_binary(text: str) -> bool:
    if _CONTROL.search(text) is None:  # the usual case, at C speed
        return False
    return len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text)


def _control_free(data: bytes, encoding: str) -> bool:
    """Whether ``data`` surely has no control character (False: look at the text)."""
    return encoding in _ASCII_COMPATIBLE and not any(byte in data for byte in _CONTROL_BYTES)


def _private_use(text: str) -> int:
    return len(_PRIVATE_USE.findall(text))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported on the rare path only

    best = from_bytes(data).best()
    if best is None:
        return None
    text = _strict(data, best.encoding)
    return None if text is None else (text, best.encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Decode a dump's bytes; return the text (newlines normalised) and the encoding used.

    Raises:
        ParseError: the input is empty, binary or undecodable.
    """
    if not data or data.isspace():
        raise ParseError("empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise ParseError(f"undecodable: a {encoding} byte-order mark, then invalid bytes")
            return _checked(text, encoding, data)
    if 0 in data:  # the byte's value: a bytes needle is first tried as an int, an error raised and cleared
        raise ParseError("binary data, not a text dump (NUL bytes)")
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "utf-8", data)
    text = _strict(data, "gbk")
    if text is not None:  # GB18030's text, surely without a private-use character: no search for one
        return _checked(text, "gb18030", data)
    text = _strict(data, "gb18030")
    if text is not None and not _PRIVATE_USE.search(text):
        return _checked(text, "gb18030", data)
    guessed = _guess(data)
    if text is not None and (guessed is None or _private_use(guessed[0]) >= _private_use(text)):
        return _checked(text, "gb18030", data)
    if guessed is None:
        raise ParseError("undecodable: not UTF-8, not GB18030/GBK, and no other encoding fits")
    return _checked(*guessed)


def _checked(text: str, encoding: str, data: bytes = b"") -> tuple[str, str]:
    """Refuse binary text and normalise newlines; ``data`` is the bytes ``text`` was decoded from."""
    if not _control_free(data, encoding) and _looks_binary(text):
        raise ParseError("binary data, not a text dump (control characters)")
    text = normalise_newlines(text)
    if not text or text.isspace():  # no copy of the text, unlike strip()
        raise ParseError("empty input (white space only)")
    return text, encoding
