"""Labels: which label matches stand as labels in a line, and what field kind each names.

A known label (``tables.LABEL``) stands as one with its colon, as a table cell
or in brackets; a label the vocabulary lacks stands as one before a colon after
a space or cell border; labels parted from their values by single spaces form
a row where a date label holds a date. :mod:`.meta` cuts the values between them.
"""

from __future__ import annotations

import re
from typing import Final

from .tables import (
    BARE_LABELS,
    BREADCRUMB_LABEL,
    CELL_GAP,
    COMPOUND_TAIL_KINDS,
    CREDIT_KINDS,
    DATE,
    DATE_KINDS,
    FURNITURE,
    HAN_FIRST,
    HAN_LAST,
    LABEL,
    LABEL_KINDS,
    LABEL_REACH,
    LONE_LABEL_MIN,
    SENTENCE_PUNCT,
    SPECIFIC_SUFFIX_MIN,
    UNKNOWN_BARE_CELL,
    UNKNOWN_GAP_CELL,
    UNKNOWN_KIND,
    UNKNOWN_LABEL,
    UNKNOWN_LABEL_MAX,
    VALUE_STOP,
    VIEWS_KIND,
    is_han,
)

__all__ = ["EDGE", "VALUE_END", "find_labels", "is_label", "label_kind", "spaced_row", "with_unknown_labels"]

#: Longest name glued before a label, a credit's last name ("作者: 某某 某某某时间:").
_NAME_MAX: Final = 3
#: Shortest label in a row of bare cells, and what its value opens with (``UNKNOWN_BARE_CELL``).
_BARE_LABEL_MIN: Final = 2
_BARE_VALUE_FIRST: Final = frozenset("0123456789—")
_SPACE: Final = ord(" ")
#: What may stand between a label and its value, or a value and the next label.
EDGE: Final = " |:::[]【】"
#: What may end a value: the edge, and the comma between two fields ("来源:某区人大,编辑:某某").
VALUE_END: Final = EDGE + ",,"


def label_kind(label: str) -> str:
    """The field kind of a label (padding removed): a known one's, else that of a specific label it ends with.

    "内容更新时间" ends with 更新时间 and is a publish label; "征集时间", ending with
    the generic 时间, and any other label the vocabulary lacks are kept in ``extra``.
    """
    kind = LABEL_KINDS.get(label)
    if kind is not None:
        return kind
    for at in range(1, len(label) - SPECIFIC_SUFFIX_MIN + 1):
        kind = LABEL_KINDS.get(label[at:])
        if kind is not None:
            return kind
    return UNKNOWN_KIND


def is_label(line: str, match: re.Match[str]) -> bool:
    """Tell whether a label match stands as a label here.

    A label needs a colon unless it stands as a table cell (after a space or a
    cell border: a disclosure-table label, a label printed with inner padding,
    any label after a wide gap or any label filling its cell), or is a counter
    followed by its number.
    """
    if match["colon"]:
        return True
    printed = match["label"]
    label = printed.replace(" ", "")
    start = match.start("label")
    # a table cell: a disclosure label, a spaced-out label (名    称), or any label
    # set off by a wide gap, standing at the start or after a space or border
    in_cell = start == 0 or line[start - 1] in " |]】[【"
    set_off = line[start - 2 : start] in ("  ", "| ") or line[start - 1 : start] == "|"
    end = match.end()
    if set_off and len(label) == 1 and HAN_FIRST <= ord(line[end : end + 1] or " ") <= HAN_LAST:
        return False  # a role's one character opening a padded value's word ("分  类:  文化、…"), no label
    if in_cell and (label in BARE_LABELS or " " in printed or set_off or line[end : end + 1] == "|"):
        return True  # ... or a label filling its cell ("| 发布时间 | 2022-03-18 |")
    if (
        start
        and line[start - 1] in "[【 "
        and line[:start].rstrip()[-1:] in ("[", "【")
        and ("]" in match.group() or "】" in match.group())
    ):
        return True  # a label in brackets ("[發文單位] 某区人民政府")
    if start == 0 and end == len(line) and len(label) >= LONE_LABEL_MIN:
        return True  # a label alone on its line, the value on the next ("信息分类" / "财政、审计")
    if start == 0 and line[end - 1 : end] == " " and LABEL_KINDS[label] in DATE_KINDS and DATE.match(line, end):
        return True  # a date label opening the line, set off from its date by a space ("更新时间 2012年…")
    if in_cell and line[end : end + 1].isdigit() and LABEL_KINDS[label] in DATE_KINDS and DATE.match(line, end):
        return True  # a date label glued to its date in a cell of its own ("文号 发文时间2025-12-29")
    return LABEL_KINDS[label] == VIEWS_KIND and end < len(line) and line[end].isdigit()


def find_labels(line: str, first: re.Match[str] | None = None) -> tuple[list[re.Match[str]], bool]:
    """Every label standing as a label in ``line``, and whether one is glued to words opening a cell.

    Such words and the label are one label the vocabulary lacks ("…司法局
    征集时间:"): :func:`with_unknown_labels` has work to do then (and so it
    has where a value holds a colon after words, :func:`.meta.split_fields`).

    The search gives up where no label follows the last one within
    ``LABEL_REACH`` characters: the rest is a value or glued prose, and a
    long line is not scanned to its end. ``first``, when given, is the first
    label standing as one, already found (it ends within ``LABEL_REACH``).
    """
    found: list[re.Match[str]] = []
    pos = 0
    glued = False
    cells = False  # the line is a row of cells: it opens with a label that has no colon
    if first is not None:
        found.append(first)
        pos = first.end()
        cells = not first["colon"] and first.start("label") == 0
    while pos < len(line):  # (a label alone, or closing the line, leaves nothing to search)
        match = LABEL.search(line, pos, pos + LABEL_REACH)
        if match is None:
            break
        at = match.start()
        if match["colon"]:  # a label with its colon stands as one (is_label's first test, here inline)
            after_han = _glued_after_han(line, at)
            if after_han and match["label"].find(" ") > 1:
                # "上街发布   时间:": a word glued to the value and a gap are no padded label ("本站点 击 量:" is)
                pos = at + 1
                continue
            found.append(match)
            pos = match.end()
            if not glued and after_han:
                glued = _glued_to_cell_words(line, at)
        elif is_label(line, match) or (cells and _is_bare_cell(line, match)):
            if not found:
                cells = at == 0  # the label group opens the match
            found.append(match)
            pos = match.end()
        else:
            pos = at + 1
    if cells and found:
        found = _with_bare_cells(line, found)
    return found, glued


def _with_bare_cells(line: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Add the bare labels the vocabulary lacks to a row of bare cells ("… 县政府办公室 著录日期 2024-02-19",
    "索 引 号  某码  公开目录  某类").

    Such a label ends the value of the known one before it, whose cell is one word
    (set off by single spaces, a date or code after the label) or one cell (set
    off by wide gaps, a cell after the label).
    """
    extra: list[re.Match[str]] = []
    k = 0  # both run left to right: the first known label that ends after the cell starts
    for cell in _bare_cells(line, found[0].end()):
        while k < len(found) and found[k].end() <= cell.start():
            k += 1
        if k == len(found) or found[k].start() >= cell.end():  # no known label overlaps it
            extra.append(cell)
    if CELL_GAP in line:
        k = 0
        unknown_end = 0  # where the last label the vocabulary lacks in this row ends
        for cell in UNKNOWN_GAP_CELL.finditer(line, found[0].end()):
            while k < len(found) and found[k].end() <= cell.start():
                k += 1
            # the label before, known or not: a value cell stands between ("…  主动公开  失效日期": the
            # row's last cell a label left empty, "…  公开目录  某类": a value)
            before = max(found[k - 1].end() if k else 0, unknown_end)
            if (k == len(found) or found[k].start() >= cell.end()) and line[before : cell.start()].strip():
                extra.append(cell)  # "索 引 号  某码  公开目录  某类": a label after a value's cell
                unknown_end = cell.end()
    return sorted(found + extra, key=lambda m: m.start()) if extra else found


def _bare_cells(line: str, pos: int) -> list[re.Match[str]]:
    """``UNKNOWN_BARE_CELL.finditer(line, pos)``, the pattern tried only where such a label may stand.

    That is after a single space, a word of two to eight characters running to the next space and a
    digit or dash after it: the search entered the matcher at every place of a long row (some 30
    thousand instructions a row), the few tries here cost a thousand each.
    """
    cells = []
    space = line.find(" ", max(pos - 1, 1))
    while space >= 0:
        start = space + 1
        end = line.find(" ", start)
        if end < 0:
            break
        if (
            _BARE_LABEL_MIN <= end - start <= UNKNOWN_LABEL_MAX
            and line[end + 1 : end + 2] in _BARE_VALUE_FIRST
            and ord(line[space - 1]) != _SPACE
        ):
            cell = UNKNOWN_BARE_CELL.match(line, start)
            if cell is not None:
                cells.append(cell)
        space = end
    return cells


def _glued_after_han(line: str, at: int) -> bool:
    """Whether the character before ``at`` is a Han character (a word the label would be glued to)."""
    return at > 0 and HAN_FIRST <= ord(line[at - 1]) <= HAN_LAST


def _is_bare_cell(line: str, match: re.Match[str]) -> bool:
    """A known label in a cell of its own, parted by single spaces ("索 引 号 … 信息分类 …")."""
    start, end = match.start("label"), match.end("label")
    return line[start - 1] == " " and line[end : end + 1] in ("", " ")


def _glued_to_cell_words(line: str, at: int) -> bool:
    """Whether the Han words glued before a label at ``at`` open a cell: then they and it are one label."""
    start = at - 1
    while start > 0 and at - start < UNKNOWN_LABEL_MAX and HAN_FIRST <= ord(line[start - 1]) <= HAN_LAST:
        start -= 1
    return start == 0 or line[start - 1] in " |]】"


def with_unknown_labels(line: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """Add the labels the vocabulary lacks ("征集时间:", "政策咨询机关:") to the known ones of a line.

    Looked for where :func:`find_labels` says the line may hold one. Such a label
    ends the value before it, and a known label glued to the end of one
    ("…司法局 征集时间:", "栏目名称:": a date or name label makes labels of its own) is that
    label's tail, unless the glued words are the only value the label before has
    ("来源: 某镇日期:…": the 某镇 is the source).
    """
    found = list(labels)
    for unknown in UNKNOWN_LABEL.finditer(line):
        at, end = unknown.start(), unknown.end()
        if SENTENCE_PUNCT.search(line, 0, at):
            break  # prose run on after the metadata: its colons are the text's
        label = unknown["label"]
        if VALUE_STOP.search(label) or FURNITURE.search(label) or BREADCRUMB_LABEL.match(label):
            continue  # a widget ("字体:", "分享到:") ends a value by itself; a location label opens a trail
        same = next((m for m in found if m.end() == end and m["colon"]), None)
        if same is not None:
            if same.start() - at < 2:
                continue
            if LABEL_KINDS[same["label"].replace(" ", "")] not in COMPOUND_TAIL_KINDS and not line.endswith(
                CELL_GAP, 0, at
            ):
                continue  # only words and a date or name label make a longer one (征集时间, 栏目名称), or words
                # opening a cell after a wide gap ("…  公开责任部门:"); "某某 张三来源:" is a name and a label
            before = [m for m in found if m.end() <= at]
            if before and not line[before[-1].end() : at].strip(EDGE):
                continue  # the glued words are the value of the label before
            if before and _is_credited_name(line[at : same.start()], before[-1]):
                continue  # one more name of the credit before ("作者: 某某 某某某时间:…")
            found.remove(same)
        found.append(unknown)
    found.sort(key=lambda m: m.start())
    return found


def _is_credited_name(words: str, label: re.Match[str]) -> bool:
    """Whether the words glued before a known label are a name of the credit that the label before opens:
    two or three Han characters after a 作者 or 编辑 label."""
    return (
        LABEL_KINDS.get(label["label"].replace(" ", "")) in CREDIT_KINDS
        and 2 <= len(words) <= _NAME_MAX
        and is_han(words)
    )


def spaced_row(line: str, need_date: bool = True) -> list[re.Match[str]]:
    """Labels parted from their values by single spaces, with no colon: "来源 某某网 发布时间 2019-03-19 12:03 阅读".

    Read only where a label opens the line, another follows and (unless ``need_date`` is false: the
    caller knows the line is a table's row) a date label holds a date.
    """
    found = []
    dated = False
    for match in LABEL.finditer(line):
        start, end = match.start("label"), match.end("label")
        if match["colon"] or (start and line[start - 1] != " ") or line[end : end + 1] not in ("", " "):
            continue
        found.append(match)
        if LABEL_KINDS[match["label"].replace(" ", "")] in DATE_KINDS:
            dated = dated or DATE.match(line, end + 1) is not None
    if len(found) < 2 or found[0].start() != 0 or (need_date and not dated):
        return []
    return found
