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
from typing import Final

from ..model import Block
from .instances import make_block

__all__ = ["Widths"]

#: Characters that the fold may have produced: a value without any is as printed.
_FOLDED_CHAR: Final = re.compile("[\x21-\x7e]")
#: Searches that find a value nowhere read the text to its end; together they may read it
#: this many times over, and past that a value is looked for only within ``_REACH``
#: characters after the one before (the lines a body drops between two blocks are short
#: widgets and captions). So thousands of values that are not in the text cost no more
#: than a few readings of it.
_MISSES_READ: Final = 4
_REACH: Final = 4096


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

    def text(self, value: str | None) -> str | None:
        """``value`` as printed, or as it is where it cannot be found in one line."""
        if not value or not self._needs_search(value):
            return value
        at = self._join().find(value)
        return value if at < 0 else self._printed_at(at, len(value))

    def joined(self, value: str | None) -> str | None:
        """A value joined from several lines by spaces (a headline printed over two lines), part by part as printed."""
        if not value or not self._needs_search(value):
            return value
        at = self._join().find(value)
        if at < 0 and " " in value:
            return " ".join(self.text(part) or part for part in value.split(" "))
        return value if at < 0 else self._printed_at(at, len(value))

    def names(self, values: Iterable[str]) -> tuple[str, ...]:
        """Each of ``values`` as printed (they come in printed order, as a trail's items do)."""
        values = list(values)
        found = self._in_order(values, restart=True)
        return tuple(v if at < 0 else self._printed_at(at, len(v)) for v, at in zip(values, found, strict=True))

    def blocks(self, blocks: Iterable[Block]) -> list[Block]:
        """Body blocks as printed; blocks come in text order, so each is looked for after the one before."""
        blocks = list(blocks)
        found = self._in_order([block.text for block in blocks], restart=False)
        restored: list[Block] = []
        for block, at in zip(blocks, found, strict=True):
            printed = block.text if at < 0 else self._printed_at(at, len(block.text))
            # most blocks read as printed: keep the object instead of building an equal one
            restored.append(block if printed == block.text else make_block(block.kind, printed))
        return restored

    def _in_order(self, values: list[str], *, restart: bool) -> list[int]:
        """Where each value starts in the joined folded lines, -1 where it is not looked for or not found.

        Each is looked for after the end of the one found before it, and where
        ``restart`` from the start of the text again when it is not there.
        """
        positions = [-1] * len(values)
        searched = [i for i, value in enumerate(values) if self._needs_search(value)]
        if not searched:  # most values: printed as read, and the lines need no joining
            return positions
        joined = self._join()
        budget = _MISSES_READ * len(joined)  # what searches that find nothing may still read
        pos = 0
        for i in searched:
            value = values[i]
            limit = len(joined) if budget > 0 else min(len(joined), pos + _REACH + len(value))
            at = joined.find(value, pos, limit)
            if at < 0:
                budget -= limit - pos
                if restart and budget > 0 and pos > 0:  # printed before the value before it
                    before = min(len(joined), pos + len(value) - 1)
                    at = joined.find(value, 0, before)
                    budget -= before if at < 0 else 0
            else:
                pos = at + len(value)
            positions[i] = at
        return positions

    def _join(self) -> str:
        """The folded lines joined by newlines (one search finds the first line holding a value)."""
        if self._joined is None:
            self._joined = "\n".join(self._folded)
            starts, at = self._starts, 0
            for line in self._folded:
                starts.append(at)
                at += len(line) + 1
        return self._joined

    def _printed_at(self, at: int, length: int) -> str:
        """The printed text of the ``length`` characters at ``at`` in the joined folded lines."""
        index = bisect_right(self._starts, at) - 1
        start = at - self._starts[index]
        return self._printed[index][start : start + length]

    def _needs_search(self, value: str) -> bool:
        """Whether a value may print otherwise than read: it has a character the fold may have made.

        A value with a newline is never in one line, so it is never found.
        """
        return "\n" not in value and (self._han or _FOLDED_CHAR.search(value) is not None)
