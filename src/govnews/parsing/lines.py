"""Clean a dump and split it into non-empty, trimmed lines."""

from __future__ import annotations

import re
from typing import Final

#: Spaces that portals pad with (NBSP, full-width, en/em, thin, tabs) become a plain space.
_SPACES: Final = re.compile("[\u00a0\u3000\u2002-\u200a\u202f\u205f\t\x0b\x0c]")
#: Zero-width characters, BOMs, soft hyphens and control characters are removed.
_INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Fold padding spaces to a plain space and drop invisible characters."""
    text = _SPACES.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    return text.replace("\r", "\n")


def split_lines(text: str) -> list[str]:
    """Return the dump's non-empty lines, cleaned and trimmed."""
    return [line for line in (raw.strip() for raw in clean_text(text).split("\n")) if line]
