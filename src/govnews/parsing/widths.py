"""Give the text the parser read back the widths it was printed in.

The parser matches on lines whose full-width ASCII forms (：（），０-９ …) are
folded to ASCII, so one pattern reads both widths. The fold maps one
character to one, so a value read from a folded line stands at the same
place in the line as printed: the printed characters are taken from there,
and an article of a page printed with ，and （） keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Block

__all__ = ["Widths"]

#: Characters that the fold may have produced: a value without any is as printed.
_FOLDED_RANGE = range(0x21, 0x7F)


class Widths:
    """Printed text for values read from folded lines (the two line lists align one to one)."""

    __slots__ = ("_folded", "_printed")

    def __init__(self, folded: list[str], printed: list[str]) -> None:
        self._folded = folded
        self._printed = printed

    def text(self, value: str | None, start: int = 0) -> str | None:
        """``value`` as printed, or as it is where it cannot be found in one line."""
        found = self._find(value, start) if value else None
        return value if found is None else found[1]

    def names(self, values: Iterable[str]) -> tuple[str, ...]:
        """Each of ``values`` as printed."""
        return tuple(self.text(v) or v for v in values)

    def blocks(self, blocks: Iterable[Block]) -> list[Block]:
        """Body blocks as printed; blocks come in line order, so the search moves on."""
        restored: list[Block] = []
        line = 0
        for block in blocks:
            found = self._find(block.text, line)
            if found is None:
                restored.append(block)
            else:
                line = found[0]
                restored.append(Block(block.kind, found[1]))
        return restored

    def _find(self, value: str, start: int) -> tuple[int, str] | None:
        if not any(ord(ch) in _FOLDED_RANGE for ch in value):
            return None
        for index in range(start, len(self._folded)):
            at = self._folded[index].find(value)
            if at >= 0:
                return index, self._printed[index][at : at + len(value)]
        return None
