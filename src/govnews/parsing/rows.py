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
from .tables import (
    BARE_LABEL_CELL,
    CELL_LABEL,
    LABEL,
    LABEL_KINDS,
    LABEL_ROW,
    UNKNOWN_KIND,
    has_sentence_punct,
)

__all__ = ["read_bare_row", "read_label_row"]

#: Fewest cells of a row that pairs labels and values (two labels, each with its value).
_PAIRED_CELLS_MIN: Final = 4
#: Longest value of a row whose label is printed bare.
_BARE_VALUE_MAX: Final = 30


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


def read_bare_row(line: str, above: str) -> MetaLine | None:
    """A row of a table that prints its labels bare, a space before each value ("来源 某县应急管理局"),
    under a row of it that opens so too ("索引号 xzfg…/2022-0009 公开日期: …"): a known label, one short value.

    A known word opening a line of text ("来源 广泛,…") has a sentence after it, or no bare row above.
    """
    opener = LABEL.match(above)
    match = LABEL.match(line)
    if opener is None or opener["colon"] or match is None or match["colon"]:
        return None
    if line[match.end("label") : match.end("label") + 1] != " ":
        return None
    value = line[match.end() :].strip()
    if not value or len(value) > _BARE_VALUE_MAX or " " in value or has_sentence_punct(value):
        return None
    label = match["label"].replace(" ", "")
    return MetaLine([Field(LABEL_KINDS[label], label, value)], None, "")


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
