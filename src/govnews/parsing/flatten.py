"""Stage 0: undo captures that ran page parts together on one line.

A page flattened onto one line (headline, then the metadata run) and a table
row printed as one line (trail, headline and metadata cells) are split back
into the lines the later stages expect. Most pages pass through unchanged.
"""

from __future__ import annotations

from typing import Final

from .labels import label_kind
from .meta import split_fields
from .shapes import TITLE_MIN
from .tables import (
    BARE_LABELS,
    BREADCRUMB_ARROWS,
    BREADCRUMB_BARE,
    BREADCRUMB_LABEL,
    CLIPPED_INDEX_CHAR,
    CLIPPED_INDEX_VALUE,
    CLIPPED_LABEL,
    CLIPPED_LABELS,
    FULL_DATE,
    HEADLINE_SPEECH_VERBS,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    OUTLET_ENDINGS,
    PUBLISHED_FIRST_CHARS,
    PUBLISHED_KIND,
    SPACED_NUMBER,
    SPLIT_DATE_CLOCK,
    SPLIT_DATE_DAY,
    TRAIL_OPENERS,
    TRAIL_ROW_BORDER,
    TRAIL_ROW_CELLS,
    TRAIL_ROW_GAP,
    first_char,
    has_sentence_punct,
    last_char,
    match_label,
)

__all__ = [
    "join_split_date",
    "restore_clipped_labels",
    "split_dated_headline",
    "split_flattened",
    "split_glued_cell_label",
    "split_trail_row",
]


#: A flattened page: the headline runs into the first label within this many characters.
_FLAT_PREFIX_MAX: Final = 80
#: Shortest headline told from the text a page printed on one line with no metadata (a paragraph may
#: open with a short phrase set off by a space: "会议强调 …").
_FLAT_HEADLINE_MIN: Final = 8
#: Only one of the first lines, and a long one, can be a flattened page.
_FLAT_LINES: Final = 3
_FLAT_LINE_MIN: Final = 120
#: How many of the first lines may be a trail row flattened with its headline and metadata.
_TRAIL_ROW_LINES: Final = 8
#: How many of the first lines may be a headline with its date at the end.
_DATED_HEADLINE_LINES: Final = 3
#: How many of the first lines may be a headline with its labelled metadata after it (under a trail).
_LABELLED_HEADLINE_LINES: Final = 8
#: Longest name of a site or paper printed before a publish label.
_OUTLET_NAME_MAX: Final = 10
#: Shortest headline with labelled fields glued to its end.
_GLUED_HEADLINE_MIN: Final = 8
#: How many of the first lines may open a date printed in pieces.
_SPLIT_DATE_LINES: Final = 12
#: The code points of the characters one character of a line is compared with below: compiled,
#: ``ord(line[0]) == _CLIPPED_INDEX_CODE`` reads the character in place, where ``first_char(line)
#: == "号"`` calls a function and compares two strings (dozens of lines a page).
_CLIPPED_INDEX_CODE: Final = ord(CLIPPED_INDEX_CHAR)
_YEAR_CODE: Final = ord("年")
_ONE_CODE: Final = ord("1")
_TWO_CODE: Final = ord("2")
#: How many of the first lines may hold a value with the next cell's label glued to it.
_GLUED_CELL_LINES: Final = 40
#: The last characters of the disclosure labels a table prints as cells, and the longest of them.
_BARE_LABEL_LAST: Final = frozenset(label[-1] for label in BARE_LABELS)
_BARE_LABEL_MAX: Final = max(map(len, BARE_LABELS))
#: The longest label of all, alone on its line.
_LABEL_MAX: Final = max(map(len, LABEL_KINDS))
#: Farthest the start of a location label lies before its "位置" (您当前所在位置).
_LOCATION_LABEL_BEFORE: Final = 5


def split_flattened(lines: list[str]) -> list[str]:
    """Split a page flattened onto one line: headline, then the metadata run."""
    if all(len(line) < _FLAT_LINE_MIN for line in lines[:_FLAT_LINES]):
        return list(lines)  # nothing to split: most pages
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < _FLAT_LINES and len(line) >= _FLAT_LINE_MIN:
            match = LABEL.search(line, 0, _FLAT_PREFIX_MAX)
            while match is not None and not match["colon"]:
                match = LABEL.search(line, match.start() + 1, _FLAT_PREFIX_MAX)
            if match is not None and match.start() >= TITLE_MIN:
                prefix = line[: match.start()].strip()
                if not has_sentence_punct(prefix) and "," not in prefix and "," not in prefix:
                    out += [*_split_trail_and_title(prefix), line[match.start() :].strip()]
                    continue
            if len(lines) == 1 and (headline := _headline_over_text(line)):
                out += [headline, line[len(headline) :].strip()]  # a page of a headline and text alone
                continue
        out.append(line)
    return out


def _headline_over_text(line: str) -> str:
    """The headline a page flattened onto one line opens with, no metadata after it, else "".

    The words before the first space are one where they are a headline's length, without a
    clause's comma, a sentence's end, a label's colon or a speech's verb ("会议强调 …" opens a paragraph), and
    sentences follow them ("某镇组织菜农“取经学艺” 为促进…。 …").
    """
    space = line.find(" ")
    if not _FLAT_HEADLINE_MIN <= space <= _FLAT_PREFIX_MAX:
        return ""
    head = line[:space]
    if has_sentence_punct(head) or "," in head or ":" in head or head.endswith(HEADLINE_SPEECH_VERBS):
        return ""
    if SPACED_NUMBER.match(line, space + 1):
        return ""  # a number set off by spaces inside the sentence ("累计交办热线 298 件,…")
    return head if "。" in line[space : space + _FLAT_PREFIX_MAX * 2] else ""


def split_trail_row(lines: list[str]) -> list[str]:
    """Split a table row printed as one line: the trail, then the headline and metadata cells.

    "当前位置:首页 > 新闻动态      某乡召开…动员会      2012-11-05      来源:某乡":
    the cells are parted by gaps wider than any padding inside a trail (or by a
    cell border set off by spaces, "…> 正文   |   2020-12-17"), and one
    of them is metadata. Only the first lines, and only a trail line, are split.
    """
    for i in range(min(len(lines), _TRAIL_ROW_LINES)):
        line = lines[i]
        if first_char(line) not in TRAIL_OPENERS or (TRAIL_ROW_GAP not in line and TRAIL_ROW_BORDER not in line):
            continue
        if BREADCRUMB_LABEL.match(line) is None and BREADCRUMB_BARE.match(line) is None:
            continue
        cells = TRAIL_ROW_CELLS.split(line)
        if any(split_fields(cell) is not None for cell in cells[1:]):
            return [*lines[:i], *cells, *lines[i + 1 :]]
    return lines


def split_dated_headline(lines: list[str]) -> list[str]:
    """Split a headline printed with its date at the end of the line ("某街道2020年工作总结 2021-04-02"),
    or with its metadata after it ("某区召开某会议 发布日期:2023-06-07 08:56 浏览次数:").

    Only among the first lines, and only a headline-like text (no label opens
    it, no sentence punctuation) set off from a full date, or from a publish
    label whose line gives the date, by a space.
    """
    for i in range(min(len(lines), _LABELLED_HEADLINE_LINES)):
        line = lines[i]
        if ":" in line and (
            (" " in line and (at := _publish_label_after_headline(line)) > 0)
            or (at := _labels_glued_to_headline(line)) > 0
        ):
            return [*lines[:i], line[:at].rstrip(), line[at:], *lines[i + 1 :]]
        if i >= _DATED_HEADLINE_LINES or (not (last := last_char(line)).isdigit() and last != "日"):
            continue
        title, _, date = line.rpartition(" ")
        title = title.rstrip()
        if len(title) < TITLE_MIN or FULL_DATE.fullmatch(date) is None or has_sentence_punct(title):
            continue
        if split_fields(line) is None:
            return [*lines[:i], title, date, *lines[i + 1 :]]
    return lines


def _publish_label_after_headline(line: str) -> int:
    """Where a publish label after a headline-like text and a space starts in ``line``; 0 where none does."""
    at = line.find(" ")
    if at < TITLE_MIN:
        return 0
    title = line[:at]
    if has_sentence_punct(title) or ":" in title:
        return 0
    if at <= _OUTLET_NAME_MAX and title.endswith(OUTLET_ENDINGS):
        return 0  # the site's or paper's name before the date ("某某人大网    发布日期:…"), no headline
    start = len(line) - len(line[at:].lstrip())
    if start == len(line) or line[start] not in PUBLISHED_FIRST_CHARS:
        return 0
    if line[0] in LABEL_FIRST_CHARS and match_label(line) is not None:
        return 0  # a label opens the line: no headline (looked for last, as the dearest test)
    label = match_label(line, start)
    if label is None or not label["colon"] or label_kind(label["label"].replace(" ", "")) != PUBLISHED_KIND:
        return 0
    meta = split_fields(line[start:])
    return (
        start
        if meta is not None
        and (meta.date is not None or any(f.kind == PUBLISHED_KIND and f.value for f in meta.fields))
        else 0
    )


def _labels_glued_to_headline(line: str) -> int:
    """Where labelled fields glued to a headline-like text start ("某街道开展某行动作者:来源:添加时间:2024-08-08");
    0 where none do: the first label ends at the line's first colon, the text before it is one headline-like
    run (no sentence, no space or cell border), the fields from it give the publish date, and the line
    read whole is no metadata line ("内容更新时间:…" opens with a label the vocabulary lacks)."""
    colon = line.find(":")
    if colon <= _GLUED_HEADLINE_MIN:
        return 0
    for start in range(max(_GLUED_HEADLINE_MIN, colon - _LABEL_MAX), colon):
        if line[start] not in LABEL_FIRST_CHARS:
            continue
        label = match_label(line, start)
        if label is None or label.start("colon") != colon:
            continue
        headline = line[:start]
        if " " in headline or "|" in headline or has_sentence_punct(headline):
            return 0
        meta = split_fields(line[start:])
        dated = meta is not None and (
            meta.date is not None or any(f.kind == PUBLISHED_KIND and f.value for f in meta.fields)
        )
        return start if dated and split_fields(line) is None else 0
    return 0


def split_glued_cell_label(lines: list[str]) -> list[str]:
    """Part a disclosure label glued to the value before it in a table printed one cell a line.

    "标题" / "某某的通知发文机关" / "某县人民政府办公室" / "发文字号": the lines around it
    show the column of labels and values, so the label that ends the value line is a
    line of its own. Only among the first lines, where such tables stand.
    """
    for i in range(1, min(len(lines) - 2, _GLUED_CELL_LINES)):
        if len(lines[i - 1]) > _LABEL_MAX:
            continue  # most lines: no label alone over them (told by its length, before any string is hashed)
        line = lines[i]
        if lines[i - 1] not in LABEL_KINDS or lines[i + 2] not in LABEL_KINDS or line[-1] not in _BARE_LABEL_LAST:
            continue
        for size in range(min(_BARE_LABEL_MAX, len(line) - 1), 1, -1):
            if line[-size:] in BARE_LABELS:
                return [*lines[:i], line[:-size], line[-size:], *lines[i + 1 :]]
    return lines


def restore_clipped_labels(lines: list[str]) -> list[str]:
    """Give a disclosure table's labels that the capture cut to their last character their whole names.

    "号: 3415…/2026…-00005 信息分类: …", "来源单位: 某局 性: 有效": a cut label stands at
    a line's start or after a space, among the first lines, on a line holding a known
    label (a cut 号 before an index number's value may stand alone). Only a table whose
    first cell, the 索引号, opens a line cut to 号 is looked at.
    """
    reach = min(len(lines), _GLUED_CELL_LINES)
    if not any(ord(lines[i][0]) == _CLIPPED_INDEX_CODE for i in range(reach)):
        return lines  # most pages: no table row opens with a cut 索引号, so no label of it was cut
    restored = lines
    for i in range(reach):
        line = lines[i]
        if ":" not in line or not (line[0] in CLIPPED_LABELS or " 号" in line or " 性" in line or " 词" in line):
            continue  # most lines: no such character opening the line or after a space
        if (found := CLIPPED_LABEL.search(line)) is None:
            continue
        parts: list[str] = []
        done = 0
        for match in CLIPPED_LABEL.finditer(line, found.start()):
            char = match["char"]
            if not _opens_cell(line, match.start()):
                continue
            if char == "号" and CLIPPED_INDEX_VALUE.match(line, match.end()) is None:
                continue
            if char != "号" and LABEL.search(line) is None:
                continue
            if line[: match.start("char")].rstrip().rpartition(" ")[2] + char in LABEL_KINDS:
                continue  # a known label printed with a space inside ("主题 词:")
            parts += (line[done : match.start("char")], CLIPPED_LABELS[char])
            done = match.end("char")
        if parts:
            restored = list(lines) if restored is lines else restored
            restored[i] = "".join(parts) + line[done:]
    return restored


def _opens_cell(line: str, at: int) -> bool:
    """Whether ``at`` opens the line, or follows a space after a label's colon or a word of two characters
    or more: never a character inside a word, or of a label spaced out ("索 引 号:")."""
    if at == 0:
        return True
    if at < 3 or line[at - 1] != " ":
        return False
    return line[at - 2] == ":" or (line[at - 2] != " " and line[at - 3] != " ")


def join_split_date(lines: list[str]) -> list[str]:
    """Join a date a calendar widget prints in pieces ("2009" / "12/18" / "08:42") into one date line.

    Only among the first lines: a year alone (with its 年 or not), its month and
    day on the next line ("12/18", "05月27日"), and a clock on the line after that
    where there is one; or a whole day over its clock ("2021-07-14" / "16:40").
    """
    for i in range(min(len(lines) - 1, _SPLIT_DATE_LINES)):
        line = lines[i]
        first = ord(line[0])
        if _ONE_CODE <= first <= _TWO_CODE and FULL_DATE.fullmatch(line) and SPLIT_DATE_CLOCK.fullmatch(lines[i + 1]):
            return [*lines[:i], f"{line} {lines[i + 1]}", *lines[i + 2 :]]  # "2021-07-14" / "16:40"
        year = line[:-1] if ord(line[-1]) == _YEAR_CODE else line
        if len(year) != 4 or not year.isdigit() or year[0] not in "12":
            continue
        day = SPLIT_DATE_DAY.fullmatch(lines[i + 1])
        if day is None:
            continue
        end = i + 2
        date = f"{year}-{day['month']}-{day['day']}"
        if end < len(lines) and SPLIT_DATE_CLOCK.fullmatch(lines[end]):
            date, end = f"{date} {lines[end]}", end + 1
        return [*lines[:i], date, *lines[end:]]
    return lines


def _labelled_trail_after_nav(prefix: str) -> str | None:
    """The labelled trail a navigation bar runs into ("首页 政务要闻 … 当前位置:首页 > …")."""
    at = prefix.find("位置")
    while at > 0:
        for start in range(max(0, at - _LOCATION_LABEL_BEFORE), at):
            if prefix[start - 1] == " " and BREADCRUMB_LABEL.match(prefix[start:]):
                return prefix[start:]
        at = prefix.find("位置", at + 1)
    return None


def _split_trail_and_title(prefix: str) -> list[str]:
    """Split "首页 > 政务公开 > 工作动态 南江区…专项检查" into the trail and the headline."""
    if not (BREADCRUMB_BARE.match(prefix) or BREADCRUMB_LABEL.match(prefix)):
        labelled = _labelled_trail_after_nav(prefix)
        if labelled is None:
            return [prefix]
        prefix = labelled
    separators = list(BREADCRUMB_ARROWS.finditer(prefix))
    if not separators:
        return [prefix]
    last_item = prefix[separators[-1].end() :]
    item, _, title = last_item.partition(" ")
    if len(title.strip()) < TITLE_MIN:
        return [prefix]
    return [prefix[: separators[-1].end()] + item, title.strip()]
