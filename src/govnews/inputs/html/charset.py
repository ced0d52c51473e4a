"""A saved page's bytes to text, as a browser decodes them.

The order (after WHATWG's encoding sniffing, with one difference): a byte-order
mark; then the charset the page declares (``<meta charset>``, ``<meta
http-equiv="Content-Type" content="…; charset=…">`` or an XML declaration's
``encoding``), **where the bytes decode cleanly in it**; then the detection
every input gets (:func:`~govnews.inputs.decoding.decode`: UTF-8, GB18030, a
guess). GB2312, GBK and their aliases are read as GB18030, as browsers do (a
superset, and Python's ``gb2312`` codec maps two punctuation bytes to other
characters than a browser shows). The difference: a browser believes a
declaration the bytes contradict and shows mojibake; here it is ignored,
because pages saved through an archive's banner or re-encoded by a crawler
often declare one charset and use another. A declared Western single-byte
charset (``iso-8859-1``, ``windows-1252``, ``ascii``) decodes any bytes, so it
is tried only after UTF-8 and GB18030 have failed.
"""

from __future__ import annotations

import codecs
import re
from typing import Final, NamedTuple

from ...errors import ParseError
from ..decoding import decode, normalise_newlines

__all__ = ["Decoded", "declared_charset", "decode_declared", "decode_page"]

#: How far into the page a declaration is looked for: browsers honour one
#: anywhere in the head; real heads put theirs after long comments and scripts.
_SNIFF_BYTES: Final = 64 * 1024
#: ``charset=NAME`` in a ``<meta>`` tag (either form), or ``encoding="NAME"`` in an XML declaration.
_DECLARATION: Final = re.compile(
    rb"<meta\b[^>]{0,400}?charset\s*=\s*[\"']?\s*([-\w.:]+)|<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']([-\w.:]+)",
    re.IGNORECASE,
)
#: WHATWG labels that Python names differently, and the GB family read as GB18030.
_ALIASES: Final = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "csgb2312": "gb18030",
    "chinese": "gb18030",
    "iso-ir-58": "gb18030",
    "cp936": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cn-big5": "big5hkscs",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    # A page that says UTF-16 in a <meta> is not UTF-16 (its bytes could not say so): WHATWG reads UTF-8.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}
#: Byte-order marks (UTF-8, UTF-16): where one opens the bytes, it decides.
_BOMS: Final = (codecs.BOM_UTF8, b"\xff\xfe", b"\xfe\xff")
#: Charsets in which every byte string decodes: no evidence either way.
_ANY_BYTES: Final = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii"})


class Decoded(NamedTuple):
    """A page's text and how it was read."""

    text: str  #: newlines normalised
    encoding: str  #: the codec used
    declared: str | None  #: the charset the page declares, as written (lower-cased), used or not


def declared_charset(data: bytes) -> str | None:
    """The charset the page's first ``<meta>`` or XML declaration names, lower-cased, or None."""
    match = _DECLARATION.search(data, 0, _SNIFF_BYTES)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace").lower()


def _codec(label: str) -> str | None:
    name = _ALIASES.get(label, label)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_declared(data: bytes, label: str) -> Decoded | None:
    """``data`` decoded in the charset ``label`` names (a page's or its transport's), where the bytes decode cleanly.

    None for a label no codec answers to, a Western single-byte charset (any bytes
    decode in it: no evidence), bytes with a byte-order mark (the mark wins) or bytes
    the charset contradicts. GB2312 and GBK are read as GB18030, as everywhere here.
    """
    declared = label.strip().lower()
    codec = _codec(declared)
    if codec is None or codec in _ANY_BYTES or data.startswith(_BOMS):
        return None
    text = _strict(data, codec)
    return None if text is None or not text.strip() else Decoded(normalise_newlines(text), codec, declared)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def decode_page(data: bytes) -> Decoded:
    """Decode a saved page's bytes by the order above.

    Raises:
        ParseError: the input is empty, binary or undecodable.
    """
    declared = declared_charset(data)
    if declared is not None and (read := decode_declared(data, declared)) is not None:
        return read
    codec = None if declared is None else _codec(declared)
    try:
        text, encoding = decode(data)
    except ParseError:
        if codec is None or codec not in _ANY_BYTES:
            raise
        text, encoding = normalise_newlines(data.decode(codec, "replace")), codec
    return Decoded(text, encoding, declared)
