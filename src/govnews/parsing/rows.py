"""Rows of a metadata table whose labels the vocabulary lacks, read by their cell pattern.

:func:`read_label_row` reads such a row under other metadata (:mod:`.head`
calls it): a label with its colon and a short value ("政策咨询电话: |"), a bare
label cell ("规范性文件登记号 |"), or cells that alternate labels and values,
one label at least known ("公开目录 | 某类 | 发布日期 | 2022-03-07 |").
"""

from __future__ import annotations

from typing import Final

from .labels import label_kind
from .meta import Field, MetaLine
from .tables import BARE_LABEL_CELL, CELL_LABEL, LABEL_KINDS, LABEL_ROW, UNKNOWN_KIND

__all__ = ["read_label_row"]

#: Fewest cells of a row that pairs labels and values (two labels, each with its value).
_PAIRED_CELLS_MIN: Final = 4


def read_label_row(line: str) -> MetaLine | None:
    """A metadata table's row whose label the vocabulary lacks: "政策咨询电话: |", "统一编号: | HP01 |".

    Read only under other metadata (the caller's business), and only as a row of
    cells: a label alone ("来信内容:", an addressee "各乡镇:") or with a sentence
    ("联系人:张三") is a line of text.
    """
    if "|" not in line:
        return None
    match = LABEL_ROW.match(line)
    if match is None:
        # a bare label cell in a table of cells ("规范性文件登记号 |"): one naming a number, or a known label's ending
        match = BARE_LABEL_CELL.match(line)
        if match is None or not (match["label"][-1] == "号" or label_kind(match["label"]) != UNKNOWN_KIND):
            return _cell_pairs(line)
    value = match["value"].strip(" |")
    label = match["label"]
    return MetaLine([Field(label_kind(label), label, value)], None, "")


def _cell_pairs(line: str) -> MetaLine | None:
    """A row of cells pairing labels and values, one label known ("公开目录 | 某类 | 发布日期 | 2022-03-07 |").

    The cells alternate, a label (a few Han characters) then its value; a label
    the vocabulary lacks keeps its value for ``extra``.
    """
    cells = [cell.strip() for cell in line.strip(" |").split("|")]
    if len(cells) < _PAIRED_CELLS_MIN or len(cells) % 2:
        return None
    labels = [label.replace(" ", "") for label in cells[0::2]]
    if not all(CELL_LABEL.fullmatch(label) for label in labels) or not any(label in LABEL_KINDS for label in labels):
        return None
    pairs = zip(labels, cells[1::2], strict=True)
    fields = [Field(label_kind(label), label, value) for label, value in pairs]
    return MetaLine(fields, None, "")
