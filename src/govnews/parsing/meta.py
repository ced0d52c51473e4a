"""Labelled fields: find every label in a line (:mod:`.labels`) and cut each value at the next one."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .dates import When, extract_leading_date, split_value_date
from .labels import EDGE, VALUE_END, find_labels, is_label, label_kind, spaced_row, with_unknown_labels
from .normalise import META_OPENERS, PLAIN_OPENERS, normalise_meta_line, rewrite_counters
from .tables import (
    AUTHOR_KIND,
    CLOCK,
    DATE,
    DATE_KINDS,
    DATED_GLUED_NAME_MAX,
    DATED_NAME_MAX,
    DATED_VALUE_KINDS,
    FIRST_CELL_LABEL,
    FONT_PICKER,
    GLUED_CODE_FIELD,
    GLUED_CODE_KINDS,
    HAN_FIRST,
    HAN_LAST,
    KICKER_MAX,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    LABEL_REACH,
    LABEL_ROW_REACH,
    LIST_SEPARATORS,
    NAMED_PLACEHOLDERS,
    PLACEHOLDERS,
    PROSE_MIN,
    SENTENCE_PUNCT,
    SOURCE_GLUED_ROLE,
    SOURCE_KIND,
    TITLE_KIND,
    UNKNOWN_KIND,
    UNKNOWN_LABEL,
    VALIDITY_DATE_WORDS,
    VALUE_STOP,
    VALUE_STOP_FIRST,
    VIEWS_NUMBER,
    WIDGET_REST,
    code_before_spaces,
    first_char,
    has_sentence_punct,
    match_label,
)

__all__ = [
    "Field",
    "MetaLine",
    "extract_views",
    "is_placeholder",
    "split_fields",
]

#: The kinds of labels whose values are counts or dates: such a label is never another field's value.
_COUNT_OR_DATE_KINDS: Final = frozenset({"views", *DATE_KINDS})
#: Most digits of a counter printed bare after the page's date.
_BARE_COUNT_MAX: Final = 7
#: Most characters of a widget's word before its last word, which reads as a label ("语音" of "语音阅读:").
_WIDGET_HEAD_MAX: Final = 4
#: Farthest a known label is looked for after a label the vocabulary lacks that opens a line.
_UNKNOWN_VALUE_MAX: Final = 30
#: The first code point past ASCII.
_ASCII_END: Final = 0x80


class Field:
    """One labelled value: its kind (see ``tables.FIELD_LABELS``), label and value.

    This and :class:`MetaLine` are plain classes, not NamedTuples: compiled, each is
    built by one C call, where a NamedTuple takes its Python ``__new__`` (or some
    800 instructions through ``tuple.__new__``), a few dozen times a page.
    """

    kind: str
    label: str
    value: str

    def __init__(self, kind: str, label: str, value: str) -> None:
        self.kind = kind
        self.label = label
        self.value = value


class MetaLine:
    """The fields read from one line, a date that opened it, and prose glued after them."""

    fields: list[Field]
    date: When | None
    spill: str

    def __init__(self, fields: list[Field], date: When | None, spill: str) -> None:
        self.fields = fields
        self.date = date
        self.spill = spill


def _closes_brackets(edge: str) -> bool:
    """Whether the edge stripped before a value closes brackets it opened ("【  】"): an empty cell."""
    opened = edge.find("【") if "【" in edge else edge.find("[")
    return opened >= 0 and ("】" in edge[opened:] or "]" in edge[opened:])


def is_placeholder(value: str) -> bool:
    """Tell whether a value only says it is unknown (未知, 佚名, admin …), naming its field or not (暂无来源)."""
    bare = value.strip(EDGE)
    return bare in PLACEHOLDERS or bare in NAMED_PLACEHOLDERS


def extract_views(value: str) -> int | None:
    """Read a counter value: the number printed, or None for an empty counter."""
    match = VIEWS_NUMBER.match(value)
    return int(match.group(1).replace(",", "")) if match else None


def _spill(rest: str) -> str:
    """Keep prose that a flattened page glued after its meta widgets."""
    rest = WIDGET_REST.sub("", rest, count=1).strip()
    if rest[:1] in ":: 大中小特超较默标":  # the choices of a font-size picker
        rest = FONT_PICKER.sub("", rest, count=1)
    return rest if len(rest) >= PROSE_MIN and has_sentence_punct(rest) else ""


def _opens_kicker(value: str) -> bool:
    """Whether ``value``, its opening 【 cut off, opens with a short kicker closed by 】 and words after it."""
    close = value.find("】", 1, KICKER_MAX + 1)
    return close > 0 and len(value) - close > KICKER_MAX and "【" not in value


def _cell_date(text: str) -> When | None:
    """A date in a cell of its own or after a widget ("| 2021- 03- 25 |", "【中】   2011年8月23日")."""
    cell = text.strip(" |")
    found = extract_leading_date(cell) if cell[:1].isdigit() else None
    if found is not None and not found[1].strip(" |"):
        return found[0]
    return split_value_date(cell)[1]


def _split_prose(value: str) -> tuple[str, str]:
    """Split prose that a flattened page ran on after a value ("未知 云溪发布讯(…)…。")."""
    if len(value) < PROSE_MIN or not has_sentence_punct(value) or " " not in value:
        return value, ""
    date = DATE.match(value) if value[0].isdigit() else None
    if date is not None:  # a date and its time ("发表时间:2023-06-09 15:39 6月8日下午,…"): the time is the value's
        head, rest = value[: date.end()], value[date.end() :]
    else:
        head, _, rest = value.partition(" ")
    if head[-1:] in LIST_SEPARATORS:  # "市政府办公室; 市政府文件;": a list of values, not prose
        return value, ""
    return (head, rest.strip()) if has_sentence_punct(rest) else (value, "")


def _colon_after_han(value: str) -> bool:
    """Whether a colon follows a Han character in ``value``, spaces between (a label's; a time's follows a digit).

    The character before each colon is read in place: a time's colons are refused without a pattern call.
    """
    at = value.find(":")
    while at >= 0:
        if HAN_FIRST <= code_before_spaces(value, at) <= HAN_LAST:
            return True
        at = value.find(":", at + 1)
    return False


def _is_dated_name(line: str, rest: str) -> bool:
    """A short name after a date that opens the line ("2023-09-14 某某日报", "2023/10/12 16:08:09本站原创").

    The date line under a headline may name the outlet without a label, set off
    by a space or glued; prose, a clock or a list item after a date is longer or
    has digits and punctuation.
    """
    if not 2 <= len(rest) <= DATED_NAME_MAX or not rest.isalpha() or rest[0] == "在":
        return False  # (a speech's occasion: "2025年3月21日在某区第十九届" / "人民代表大会…会议上")
    return line[-len(rest) - 1] == " " or len(rest) <= DATED_GLUED_NAME_MAX


def _known_label_follows(line: str, at: int) -> bool:
    """Whether a known label with its colon closes the short value at ``at`` (a label the vocabulary lacks).

    "发布时期: 2018-08-21 信息来源: 某县人大": a row of labelled fields opening with an
    unknown label is a metadata line all the same.
    """
    found = LABEL.search(line, at, at + _UNKNOWN_VALUE_MAX)
    return found is not None and found["colon"] is not None and found.start() > at


def _glued_code(line: str) -> MetaLine | None:
    """A code glued to its label, the label known by its ending ("监督索引号53293003200401000"), else None."""
    if ord(line[-1]) >= _ASCII_END:
        return None  # the code closes the line, and it is ASCII (most lines end with a Han character)
    found = GLUED_CODE_FIELD.fullmatch(line)
    if found is None:
        return None
    kind = label_kind(found["label"])
    if kind not in GLUED_CODE_KINDS:
        return None
    return MetaLine([Field(kind, found["label"], found["value"])], None, "")


def split_fields(line: str, in_table: bool = False) -> MetaLine | None:
    """Read a metadata line: one that opens with a label or a standalone date.

    Returns None for any other line. Each value runs to the next label (not to
    the next space), so run-together labels ("来源: 相山区司法局浏览量:发表时间:…")
    and empty ones ("索 引 号 主题分类 …") are read right. A row of labels set off
    by spaces, with no colon, is read where it holds a date, or anywhere ``in_table``
    (the caller knows the rows around it are such rows).
    """
    opener = first_char(line)  # one string for the first-character tests (its hash is kept)
    if opener in PLAIN_OPENERS:  # most metadata lines: a label opens the line, no widget or bullet
        if "次" in line or "(" in line:
            line = rewrite_counters(line)
            opener = first_char(line)
    elif opener not in META_OPENERS:
        return _glued_code(line) if HAN_FIRST <= ord(opener) <= HAN_LAST else None
    else:
        line = normalise_meta_line(line)
        if not line:
            return None
        opener = first_char(line)
    date = None
    rest = line
    if opener.isdigit():
        found = extract_leading_date(line)
        if found is None:
            return None
        date, rest = found
        count = rest.strip()
        # a table's row is a day and a number ("2024年4月1日 312"); a page's stamp has a time or ASCII digits
        stamp = isinstance(date, dt.datetime) or line[: len(line) - len(rest)].isascii()
        set_off = bool(rest) and (rest[0] == " " or line[-len(rest) - 1] == " ")  # (a space the date took)
        if stamp and set_off and count.isascii() and count.isdigit() and len(count) <= _BARE_COUNT_MAX:
            # a bare number after the date stamp alone: the page's counter ("2021-07-20 10:12 5151"); a bare 0
            # is a counter the capture did not draw, no count ("2023-02-08 0": the date alone)
            return MetaLine([Field("views", "", count)] if count != "0" else [], date, "")
    elif opener not in LABEL_FIRST_CHARS:
        return None
    start = len(rest) - len(rest.lstrip(" [【|"))
    first = match_label(rest, start)
    opens = first is not None and is_label(rest, first)
    spaced: list[re.Match[str]] = []
    unknown_opens = False  # a label the vocabulary lacks opens the line, known ones after it
    if not opens and date is None:
        if first is not None:  # a label set off by a space, no colon: a row of such labels, one dated?
            label_end = first.end("label")
            if rest[label_end : label_end + 1] == " " and (in_table or "20" in rest or "19" in rest):
                spaced = spaced_row(rest, need_date=not in_table)
                opens = bool(spaced)
        if not opens and rest.find(":", start, start + LABEL_ROW_REACH) > 0:
            compound = UNKNOWN_LABEL.match(rest, start)  # "内容更新时间:": a specific label, words before it
            if compound is not None and (
                label_kind(compound["label"]) != UNKNOWN_KIND or _known_label_follows(rest, compound.end())
            ):
                first, opens = compound, True
                unknown_opens = label_kind(compound["label"]) == UNKNOWN_KIND
        if not opens and rest.find("|", start, start + LABEL_ROW_REACH) > 0:
            cell = FIRST_CELL_LABEL.match(rest, start)  # "公开责任部门 | 某局 |": a specific label in its cell
            if cell is not None and label_kind(cell["label"]) != UNKNOWN_KIND:
                first, opens = cell, True
    if not opens and date is not None and CLOCK.search(line):  # a dated clock line, not metadata
        return None
    # a label the vocabulary lacks right after the date ("2024-08-29 标签: 来源:…"): one of the line's labels
    lead_label = UNKNOWN_LABEL.match(rest) if date is not None and not opens and rest[:1] not in " |" else None
    if not opens and (
        date is None
        or (
            rest
            and rest[0] not in " |"
            and not VALUE_STOP.match(rest)
            and not _is_dated_name(line, rest)
            and lead_label is None
        )
    ):
        return _glued_code(line) if date is None else None
    if spaced:
        labels, check = spaced, False
    else:
        # no label opens with the characters skipped above, so the search from 0
        # would find ``first`` again: start after it when it lies within the reach
        labels, glued = find_labels(rest, first if first is not None and opens and first.end() < LABEL_REACH else None)
        if glued:
            labels = with_unknown_labels(rest, labels)
        if lead_label is not None and (not labels or labels[0].start() >= lead_label.end()):
            labels = [lead_label, *labels]
        check = not glued  # a value holding a colon after words holds a label the vocabulary lacks
    while True:
        fields: list[Field] = []
        spill = ""
        day = date
        last = len(labels) - 1
        # where the first sentence punctuation at or after a value's end is (len(rest): none); a spill
        # needs one, so most values need not build and scan the rest of the line to find none
        punct = -1
        for i, match in enumerate(labels):
            end = labels[i + 1].start() if i < last else len(rest)
            # cut the raw value at a cell border or widget: the value, then what follows it
            raw = rest[match.end() : end]
            value = raw.lstrip(EDGE)
            if len(value) < len(raw) and _closes_brackets(raw[: len(raw) - len(value)]):
                value = ""  # brackets left empty in the value's place ("来源: 【 】【黑色 红色 灰色"): no value
            kicker = "】" in value and len(value) < len(raw) and raw[-len(value) - 1] == "【" and _opens_kicker(value)
            stop = VALUE_STOP.search(value) if value else None
            if stop is None and i < last and value and any(c in VALUE_STOP_FIRST for c in value[-_WIDGET_HEAD_MAX:]):
                # a widget whose last word reads as the next label opens at the value's end ("作者:语音阅读:"),
                # with a character a stop word opens with (most values have none: no concatenation, no search)
                joined = VALUE_STOP.search(value + labels[i + 1]["label"], max(0, len(value) - _WIDGET_HEAD_MAX))
                stop = joined if joined is not None and joined.start() < len(value) else None
            # (and the comma between two fields: "来源:某区人大,编辑:某某")
            if stop is not None:
                value, after = value[: stop.start()], value[stop.end() :]
            else:
                after = ""
            if check and ":" in value and _colon_after_han(value):
                break  # read the line again with that label (its colon may close the value: "某镇 预览次数: 【字体")
            value = value.rstrip(VALUE_END)
            if value in LABEL_KINDS and LABEL_KINDS[value] in _COUNT_OR_DATE_KINDS:
                value = ""  # a counter's or a date's label glued with no colon, both values lost ("作者:阅读次数")
            if after and day is None:  # a date in a cell of its own ("来源:本站 | 2021-03-25 |")
                day = _cell_date(after)
            label = match["label"]
            if " " in label:
                label = label.replace(" ", "")
            try:
                kind = LABEL_KINDS[label]
            except KeyError:
                kind = label_kind(label)
            if kicker and kind == TITLE_KIND:
                value = "【" + value  # a headline's kicker in brackets ("名称:【工作计划】某某活动计划")
            if i == last and len(value) >= PROSE_MIN:  # _split_prose keeps a shorter value whole
                value, spill = _split_prose(value)
            elif len(value) >= PROSE_MIN and value[0].isdigit() and kind in DATE_KINDS:
                # the text run on after a date, more labels after it ("时间:2013/11/22 22:15 据了解,…。 一审:某某")
                value, spill = _split_prose(value)
                if spill:
                    spill = f"{spill} {rest[end:].strip()}"
            if kind in DATED_VALUE_KINDS and value:
                if value[-1].isdigit() or value[-1] == "日":  # "本站 2023-07-18 09:05", "某某  2018年09月02日"
                    value, run_on = split_value_date(value)
                    day = day or run_on
                elif value[0] in "12":  # a year opens it: "来源: 2021-10-09 08:27 某报社"
                    leading = extract_leading_date(value)
                    if leading is not None and leading[1].strip():
                        value, day = leading[1].strip(), day or leading[0]
            elif i == 0 and day is None and kind == UNKNOWN_KIND and value[:1].isdigit() and unknown_opens:
                # "撰写时间:2020-09-16 10:20  来源:…": the line's date, unless the label says when the
                # document takes or loses effect ("有效期至:", "实施时间:")
                dated = None if any(word in label for word in VALIDITY_DATE_WORDS) else extract_leading_date(value)
                day = dated[0] if dated is not None and not dated[1].strip() else None
            role = SOURCE_GLUED_ROLE.search(value) if kind == SOURCE_KIND and ("员" in value or "者" in value) else None
            if role is not None:
                # "某某网在线通讯员 某单位 某某": the source, then its writer's credit
                fields.append(Field(kind, label, value[: role.start()]))
                fields.append(Field(AUTHOR_KIND, role["role"], value[role.end() :]))
            else:
                fields.append(Field(kind, label, value))
            if not spill and after:
                if punct < end:
                    mark = SENTENCE_PUNCT.search(rest, end)
                    punct = len(rest) if mark is None else mark.start()
                if punct < len(rest) or has_sentence_punct(after):
                    spill = _spill(after + rest[end:])
            if spill:
                return MetaLine(fields, day, spill)
        else:
            return MetaLine(fields, day, spill)
        labels, check = with_unknown_labels(rest, labels), False
