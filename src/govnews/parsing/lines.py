"""Clean a dump and split it into non-empty, trimmed lines."""

from __future__ import annotations

import re
from typing import Final

#: Padding spaces (NBSP, full-width, en/em, thin, tab) and what replaces them, then
#: invisible characters (zero-width, BOM, soft hyphen) that are removed. Chained
#: ``str.replace`` calls cost less than one regex pass over the whole text.
_REPLACEMENTS: Final = (
    ("\u3000", " "), ("\u00a0", " "), ("\t", " "), ("\u2002", " "), ("\u2003", " "),
    ("\u2009", " "), ("\u202f", " "), ("\u200b", ""), ("\u200c", ""), ("\u200d", ""),
    ("\u2060", ""), ("\ufeff", ""), ("\u00ad", ""), ("\r", "\n"),
)
#: Control characters other than newline; looked for only when the text has a
#: character that is not printable.
_CONTROL: Final = re.compile("[\x00-\x09\x0b-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Fold padding spaces to a plain space and drop invisible and control characters."""
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    if not text.replace("\n", "").isprintable():
        text = _CONTROL.sub("", text)
    return text


def split_lines(text: str) -> list[str]:
    """Return the dump's non-empty lines, cleaned and trimmed."""
    return [line for line in map(str.strip, clean_text(text).split("\n")) if line]
