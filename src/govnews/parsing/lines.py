"""Clean a dump and split it into non-empty, trimmed lines."""

from __future__ import annotations

from typing import Final

#: Spaces that portals pad with (NBSP, full-width, en/em, thin) become a plain
#: space; zero-width characters, BOMs and control characters are removed.
_CLEAN: Final = str.maketrans(
    {
        **{ch: " " for ch in "\u00a0\u3000\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t\x0b\x0c"},
        **{ch: None for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
        **{chr(c): None for c in (*range(0, 9), *range(14, 32), 127)},
        "\r": "\n",
    }
)


def clean_text(text: str) -> str:
    """Fold padding spaces to a plain space and drop invisible characters."""
    return text.translate(_CLEAN)


def split_lines(text: str) -> list[str]:
    """Return the dump's non-empty lines, cleaned and trimmed."""
    return [line for line in (raw.strip() for raw in clean_text(text).split("\n")) if line]
