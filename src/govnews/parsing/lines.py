"""Clean a dump and split it into non-empty, trimmed lines."""

from __future__ import annotations

import re
from typing import Final

from .tables import TRADITIONAL_FOLD, TRADITIONAL_SIGNS

#: The padding spaces nearly every portal prints (full-width, no-break) become
#: a plain space in one ``str.replace`` pass each.
_COMMON_SPACES: Final[tuple[str, ...]] = ("\u3000", "\u00a0")
#: Any other space becomes a plain space (tab, en/em, thin) …
_RARE_SPACES: Final = re.compile("[\u2000-\u200a\u202f\u205f\u1680]")
#: How many lines from the top are looked at for blank-line gaps (the head).
_GAP_REACH: Final = 60
#: … and invisible characters (zero-width, BOM, soft hyphen, controls) go.
_INVISIBLE: Final = re.compile("[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]")


#: Full-width forms of ASCII (：（）［］，０-９ …) fold to ASCII, as the portals'
#: own captures print them, so one pattern matches both widths.
#: The vertical bar of vertical text ("来源︱某镇", "编辑︱某某") folds to "|" with them.
_FULL_WIDTH: Final = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0xFE31: ord("|")}
#: The full-width forms that show a page still needs the fold.
#: (colon, brackets, comma, >, |, the digits 0-2 that every full-width date has, and the vertical bar).
_FULL_WIDTH_SIGNS: Final[tuple[str, ...]] = (
    "\uff1a",
    "\uff08",
    "\uff0c",
    "\uff09",
    "\uff1e",
    "\uff5c",
    "\uff10",
    "\uff11",
    "\uff12",
    "\ufe31",
)


def fold_full_width(text: str) -> str:
    """Fold full-width ASCII forms to ASCII; a no-op for text that has none of the common ones."""
    if any(sign in text for sign in _FULL_WIDTH_SIGNS):
        return text.translate(_FULL_WIDTH)
    return text


def fold_traditional(text: str) -> str:
    """Fold the traditional characters of the vocabularies to simplified ones (one for one).

    A no-op for a page that prints none of the common traditional signs: most pages.
    """
    first, second, third, fourth = TRADITIONAL_SIGNS
    if first in text or second in text or third in text or fourth in text:
        return text.translate(TRADITIONAL_FOLD)
    return text


def clean_line(line: str) -> str:
    """Fold rare spaces to a plain space and drop invisible characters, then trim."""
    line = line.replace("\t", "  ")  # a tab parts table cells: a wide gap
    return _INVISIBLE.sub("", _RARE_SPACES.sub(" ", line)).strip()


def find_gaps(text: str, limit: int = _GAP_REACH) -> frozenset[int]:
    """Indices, among the first ``limit`` non-empty lines, of those printed after a blank line.

    Blank lines are how a page's text marks its blocks: a headline and its deck
    line are printed together, a channel name and the headline apart.
    """
    gaps: set[int] = set()
    kept = 0
    blank = False
    for raw in text.split("\n", limit * 3):
        if not raw.strip():
            blank = True
            continue
        if blank and kept:
            gaps.add(kept)
        blank = False
        kept += 1
        if kept >= limit:
            break
    return frozenset(gaps)


def trim_lines(text: str) -> list[str]:
    """The dump's non-empty lines, trimmed, the common padding spaces folded in the whole text first."""
    for space in _COMMON_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return [stripped for line in text.split("\n") if (stripped := line.strip())]


def clean_lines(lines: list[str]) -> list[str]:
    """``lines`` themselves where every one is printable, else with each other one cleaned.

    A line with a character that is not printable (a tab, a zero-width space, a
    control character) is cleaned on its own, so clean dumps pay for no regex pass.
    """
    if all(map(str.isprintable, lines)):
        return lines
    return [line for line in (x if x.isprintable() else clean_line(x) for x in lines) if line]
