"""Give the text the parser read back the widths and characters it was printed in.

The parser matches on lines whose full-width ASCII forms (：（），０-９ …) are
folded to ASCII, so one pattern reads both widths, and whose traditional
characters of the vocabularies (發佈, 來源) are folded to simplified ones. The
fold maps one character to one, so a value read from a folded line stands at the same
place in the line as printed: the printed characters are taken from there,
and an article of a page printed with ，and （） keeps them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from ..model import Block

__all__ = ["Widths"]

#: Characters that the fold may have produced: a value without any is as printed.
_FOLDED_CHAR = re.compile("[\x21-\x7e]")


class Widths:
    """Printed text for values read from folded lines (the two line lists align one to one)."""

    __slots__ = ("_folded", "_han", "_joined", "_printed", "_starts")

    def __init__(self, folded: list[str], printed: list[str], *, han: bool = False) -> None:
        """``han``: traditional characters were folded too, so any value may differ from its printing."""
        self._folded = folded
        self._han = han
        self._printed = printed
        self._joined: str | None = None  # the folded lines joined by newlines, made on first use
        self._starts: list[int] = []  # where each folded line starts in ``_joined``

    def text(self, value: str | None, start: int = 0) -> str | None:
        """``value`` as printed, or as it is where it cannot be found in one line."""
        found = self._find(value, start) if value else None
        return value if found is None else found[1]

    def joined(self, value: str | None) -> str | None:
        """A value joined from several lines by spaces (a headline printed over two lines), part by part as printed."""
        found = self._find(value, 0) if value else None
        if found is None and value and " " in value:
            return " ".join(self.text(part) or part for part in value.split(" "))
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
                # most blocks read as printed: keep the object instead of building an equal one
                restored.append(block if found[1] == block.text else Block(block.kind, found[1]))
        return restored

    def _find(self, value: str, start: int) -> tuple[int, str] | None:
        if not self._han and _FOLDED_CHAR.search(value) is None:
            return None
        if start < len(self._folded) and "\n" not in value:
            # one search in the joined lines finds the first line holding the value
            # (a value without a newline cannot run over two lines)
            if self._joined is None:
                self._joined = "\n".join(self._folded)
                starts, at = self._starts, 0
                for line in self._folded:
                    starts.append(at)
                    at += len(line) + 1
            pos = self._joined.find(value, self._starts[start])
            if pos < 0:
                return None
            index = bisect_right(self._starts, pos) - 1
            at = pos - self._starts[index]
            return index, self._printed[index][at : at + len(value)]
        for index in range(start, len(self._folded)):
            at = self._folded[index].find(value)
            if at >= 0:
                return index, self._printed[index][at : at + len(value)]
        return None
