"""Labelled fields: find every known label in a line and cut each value at the next one."""

from __future__ import annotations

import re
from typing import NamedTuple

from .dates import When, extract_leading_date
from .tables import (
    BARE_LABELS,
    BULLET,
    BULLET_CHARS,
    CLOCK,
    DATE,
    DATE_BRACKETS,
    DATE_KINDS,
    DATED_GLUED_NAME_MAX,
    DATED_NAME_MAX,
    DATED_VALUE_KINDS,
    FONT_PICKER,
    FURNITURE,
    HAN_COLON,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    LABEL_REACH,
    LABEL_ROW,
    LABEL_ROW_REACH,
    LIST_SEPARATORS,
    LONE_LABEL_MIN,
    PLACEHOLDERS,
    PROSE_MIN,
    SENTENCE_PUNCT,
    SPECIFIC_SUFFIX_MIN,
    UNKNOWN_KIND,
    UNKNOWN_LABEL,
    URL_BEFORE_DATE,
    VALUE_DATE,
    VALUE_STOP,
    VIEWS_FORMS,
    VIEWS_KIND,
    VIEWS_NUMBER,
    WIDGET_REACH,
    WIDGET_REST,
)

__all__ = [
    "Field",
    "MetaLine",
    "extract_views",
    "is_placeholder",
    "label_kind",
    "read_label_row",
    "split_fields",
    "strip_bullet",
]

_EDGE = " |:::[]【】"
#: Characters a metadata line may open with: a label's first, a digit, a bullet.
_OPENERS = LABEL_FIRST_CHARS | set("0123456789|字(hw") | BULLET_CHARS
#: Public for callers that gate their own loops with it (split_fields rejects any other opener).
META_OPENERS = _OPENERS
#: Characters a widget or cell border that opens a metadata line starts with.
_WIDGET_OPENERS = frozenset("|字【[(")
#: Openers that need no bullet or widget stripped first: a label's first character.
_PLAIN_OPENERS = LABEL_FIRST_CHARS - _WIDGET_OPENERS - BULLET_CHARS - set("0123456789")


class Field(NamedTuple):
    """One labelled value: its kind (see ``tables.FIELD_LABELS``), label and value."""

    kind: str
    label: str
    value: str


#: Builds a Field or MetaLine from a tuple without the generated ``__new__`` (a Python call).
_new_tuple = tuple.__new__


class MetaLine(NamedTuple):
    """The fields read from one line, a date that opened it, and prose glued after them."""

    fields: list[Field]
    date: When | None
    spill: str


def strip_bullet(line: str) -> str:
    """Drop a list marker that opens a line ("• 来源:…", "1. 目录")."""
    first = line[0]
    if first in BULLET_CHARS:
        return line[1:].lstrip()
    if not first.isdigit():
        return line
    match = BULLET.match(line)
    return line[match.end() :] if match else line


def is_placeholder(value: str) -> bool:
    """Tell whether a value only says it is unknown (未知, 佚名, admin …)."""
    return value.strip(_EDGE) in PLACEHOLDERS


def extract_views(value: str) -> int | None:
    """Read a counter value: the number printed, or None for an empty counter."""
    match = VIEWS_NUMBER.match(value)
    return int(match.group(1).replace(",", "")) if match else None


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


def read_label_row(line: str) -> MetaLine | None:
    """A metadata table's row whose label the vocabulary lacks: "政策咨询电话: |", "统一编号: | HP01 |".

    Read only under other metadata (the caller's business), and only as a row of
    cells: a label alone ("来信内容:", an addressee "各乡镇:") or with a sentence
    ("联系人:张三") is a line of text.
    """
    match = LABEL_ROW.match(line) if "|" in line else None
    if match is None:
        return None
    value = match["value"].strip(" |")
    label = match["label"]
    return _new_tuple(MetaLine, ([_new_tuple(Field, (label_kind(label), label, value))], None, ""))


def _is_label(line: str, match: re.Match[str]) -> bool:
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
    if in_cell and (label in BARE_LABELS or " " in printed or set_off or line[end : end + 1] == "|"):
        return True  # ... or a label filling its cell ("| 发布时间 | 2022-03-18 |")
    if start and line[:start].rstrip()[-1:] in "[【" and ("]" in match.group() or "】" in match.group()):
        return True  # a label in brackets ("[發文單位] 某区人民政府")
    if start == 0 and end == len(line) and len(label) >= LONE_LABEL_MIN:
        return True  # a label alone on its line, the value on the next ("信息分类" / "财政、审计")
    return LABEL_KINDS[label] == VIEWS_KIND and end < len(line) and line[end].isdigit()


def find_labels(line: str, first: re.Match[str] | None = None) -> list[re.Match[str]]:
    """Every label standing as a label in ``line``.

    The search gives up where no label follows the last one within
    ``LABEL_REACH`` characters: the rest is a value or glued prose, and a
    long line is not scanned to its end. ``first``, when given, is the first
    label standing as one, already found (it ends within ``LABEL_REACH``).
    """
    found: list[re.Match[str]] = []
    pos = 0
    if first is not None:
        found.append(first)
        pos = first.end()
    while True:
        match = LABEL.search(line, pos, pos + LABEL_REACH)
        if match is None:
            return found
        if _is_label(line, match):
            found.append(match)
            pos = match.end()
        else:
            pos = match.start() + 1


def _with_unknown_labels(line: str, labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """Add the labels the vocabulary lacks ("征集时间:", "政策咨询机关:") to the known ones of a line.

    Only a line with more colons than its known labels has any. Such a label
    ends the value before it, and a known label glued to the end of one
    ("…司法局 征集时间:") is that label's tail, unless the glued words are the
    only value the label before has ("来源: 某镇日期:…": the 某镇 is the source).
    """
    if not _has_unknown_colon(line, labels):
        return labels
    found = list(labels)
    for unknown in UNKNOWN_LABEL.finditer(line, labels[0].end() if labels else 0):
        at, end = unknown.start(), unknown.end()
        if SENTENCE_PUNCT.search(line, 0, at):
            break  # prose run on after the metadata: its colons are the text's
        if VALUE_STOP.search(unknown["label"]) or FURNITURE.search(unknown["label"]):
            continue  # a widget ("字体:", "分享到:") ends a value by itself
        same = next((m for m in found if m.end() == end and m["colon"]), None)
        if same is not None:
            if same.start() == at:
                continue
            before = [m for m in found if m.end() <= at]
            if before and not line[before[-1].end() : at].strip(_EDGE):
                continue  # the glued words are the value of the label before
            found.remove(same)
        found.append(unknown)
    found.sort(key=lambda m: m.start())
    return found


def _has_unknown_colon(line: str, labels: list[re.Match[str]]) -> bool:
    """Whether a colon after a Han character is no known label's, or a known label is glued to words before it.

    (A time's colon follows a digit.)
    """
    if ":" not in line:  # a full-width colon is folded before the lines are read
        return False
    colons = 0
    for m in labels:
        if m["colon"]:
            colons += 1
            at = m.start()
            if at and "\u4e00" <= line[at - 1] <= "\u9fff":
                return True
    return len(HAN_COLON.findall(line)) > colons


def _spaced_row(line: str) -> list[re.Match[str]]:
    """Labels parted from their values by single spaces, with no colon: "来源 某某网 发布时间 2019-03-19 12:03 阅读".

    Read only where a label opens the line, another follows and a date label holds a date.
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
    if len(found) < 2 or found[0].start() != 0 or not dated:
        return []
    return found


def _spill(rest: str) -> str:
    """Keep prose that a flattened page glued after its meta widgets."""
    rest = WIDGET_REST.sub("", rest, count=1).strip()
    if rest[:1] in ":: 大中小特超较默标":  # the choices of a font-size picker
        rest = FONT_PICKER.sub("", rest, count=1)
    return rest if len(rest) >= PROSE_MIN and SENTENCE_PUNCT.search(rest) else ""


def _skip_widget(line: str) -> str:
    """Drop a widget that opens a metadata line ("字体大小:【   来源:…", "| 文号 | …")."""
    line = line.lstrip(" |")
    if not line or not VALUE_STOP.match(line):
        return line
    for match in LABEL.finditer(line, 0, WIDGET_REACH):
        if _is_label(line, match):
            date = DATE.search(line, 0, match.start())  # "【字体:   2024-08-24   文章来源:…"
            return line[date.start() if date else match.start() :]
    date = DATE.search(line, 0, WIDGET_REACH)  # "字号:[小] [大]2022-02-25 00:00:00"
    return line[date.start() :] if date else line


def _split_value_date(value: str) -> tuple[str, When | None]:
    """Split off a date that closes a value or is the whole value ("本站原创 2023年07月18日 09:05")."""
    match = VALUE_DATE.search(value)
    found = extract_leading_date(match["date"]) if match else None
    if match is None or found is None or found[1].strip():
        return value, None
    return value[: match.start()].rstrip(), found[0]


def _cell_date(text: str) -> When | None:
    """A date in a cell of its own or after a widget ("| 2021- 03- 25 |", "【中】   2011年8月23日")."""
    cell = text.strip(" |")
    found = extract_leading_date(cell) if cell[:1].isdigit() else None
    if found is not None and not found[1].strip(" |"):
        return found[0]
    return _split_value_date(cell)[1]


def _split_prose(value: str) -> tuple[str, str]:
    """Split prose that a flattened page ran on after a value ("未知 云溪发布讯(…)…。")."""
    if len(value) < PROSE_MIN or not SENTENCE_PUNCT.search(value) or " " not in value:
        return value, ""
    head, _, rest = value.partition(" ")
    if head[-1:] in LIST_SEPARATORS:  # "市政府办公室; 市政府文件;": a list of values, not prose
        return value, ""
    return (head, rest.strip()) if SENTENCE_PUNCT.search(rest) else (value, "")


def _is_dated_name(line: str, rest: str) -> bool:
    """A short name after a date that opens the line ("2023-09-14 某某日报", "2023/10/12 16:08:09本站原创").

    The date line under a headline may name the outlet without a label, set off
    by a space or glued; prose, a clock or a list item after a date is longer or
    has digits and punctuation.
    """
    if not 2 <= len(rest) <= DATED_NAME_MAX or not rest.isalpha():
        return False
    return line[-len(rest) - 1] == " " or len(rest) <= DATED_GLUED_NAME_MAX


def _normalise(line: str) -> str:
    """Strip a bullet or widget and rewrite counter forms ("563次浏览") as labelled ones."""
    first = line[0]
    if first in BULLET_CHARS or first.isdigit():
        line = strip_bullet(line)
    elif first in "hw":  # the site's address before the date line ("http://www.… 2023-05-04 09:47:52")
        url = URL_BEFORE_DATE.match(line)
        return "" if url is None else line[url.end() :]
    if not line or line[0] not in _OPENERS:
        return ""
    if line[0] in _WIDGET_OPENERS:
        line = _skip_widget(_unbracket_date(line))
    return _rewrite_counters(line) if "次" in line else line


def _unbracket_date(line: str) -> str:
    """A line that opens with a bracketed date, the brackets dropped, else the line.

    "[ 2014-01-09 ]" under a headline, "(2015-12-3 10:10:00)  来源:…" in a table
    layout's date cell. A prev/next link's "[ 08-22 ]" has no year and is no date line.
    """
    close = DATE_BRACKETS.get(line[0])
    end = line.find(close, 2) if close else -1
    if end > 0:
        inner = line[1:end].strip()
        if inner[:1].isdigit() and DATE.fullmatch(inner) is not None:
            return inner + line[end + 1 :]
    return line


def _rewrite_counters(line: str) -> str:
    """Rewrite counter forms ("563次浏览", "浏览4482次") as labelled ones."""
    if "浏览" in line or "阅读" in line or "点击" in line:
        for literal, pattern, repl in VIEWS_FORMS:
            if literal in line:
                line = pattern.sub(repl, line).strip()
    return line


def split_fields(line: str) -> MetaLine | None:
    """Read a metadata line: one that opens with a label or a standalone date.

    Returns None for any other line. Each value runs to the next label (not to
    the next space), so run-together labels ("来源: 相山区司法局浏览量:发表时间:…")
    and empty ones ("索 引 号 主题分类 …") are read right.
    """
    opener = line[0]
    if opener in _PLAIN_OPENERS:  # most metadata lines: a label opens the line, no widget or bullet
        if "次" in line:
            line = _rewrite_counters(line)
    elif opener not in _OPENERS:
        return None
    else:
        line = _normalise(line)
        if not line:
            return None
    date = None
    rest = line
    if line[0].isdigit():
        found = extract_leading_date(line)
        if found is None:
            return None
        date, rest = found
    elif line[0] not in LABEL_FIRST_CHARS:
        return None
    start = len(rest) - len(rest.lstrip(" [【|"))
    first = LABEL.match(rest, start)
    opens = first is not None and _is_label(rest, first)
    spaced: list[re.Match[str]] = []
    if not opens and date is None:
        # "内容更新时间:": a specific label with words before it
        compound = UNKNOWN_LABEL.match(rest, start) if ":" in rest[: start + LABEL_ROW_REACH] else None
        if compound is not None and label_kind(compound["label"]) != UNKNOWN_KIND:
            first, opens = compound, True
        elif " " in rest and ("20" in rest or "19" in rest):  # a date label holds a date
            spaced = _spaced_row(rest)
            opens = bool(spaced)
    if not opens and date is not None and CLOCK.search(line):  # a dated clock line, not metadata
        return None
    if not opens and (
        date is None or (rest and rest[0] not in " |" and not VALUE_STOP.match(rest) and not _is_dated_name(line, rest))
    ):
        return None
    if spaced:
        labels = spaced
    else:
        # no label opens with the characters skipped above, so the search from 0
        # would find ``first`` again: start after it when it lies within the reach
        labels = find_labels(rest, first if first is not None and opens and first.end() < LABEL_REACH else None)
        labels = _with_unknown_labels(rest, labels)
    fields: list[Field] = []
    spill = ""
    last = len(labels) - 1
    for i, match in enumerate(labels):
        end = labels[i + 1].start() if i < last else len(rest)
        # cut the raw value at a cell border or widget: the value, then what follows it
        value = rest[match.end() : end].lstrip(_EDGE)
        stop = VALUE_STOP.search(value)
        if stop is None:
            value, after = value.strip(_EDGE), ""
        else:
            value, after = value[: stop.start()].strip(_EDGE), value[stop.end() :]
        if after and date is None:  # a date in a cell of its own ("来源:本站 | 2021-03-25 |")
            date = _cell_date(after)
        label = match["label"]
        if " " in label:
            label = label.replace(" ", "")
        kind = label_kind(label)
        if i == last and len(value) >= PROSE_MIN:  # _split_prose keeps a shorter value whole
            value, spill = _split_prose(value)
        if kind in DATED_VALUE_KINDS and value[-1:].isdigit():
            value, run_on = _split_value_date(value)
            date = date or run_on
        elif kind in DATED_VALUE_KINDS and value[:1].isdigit():  # "来源: 2021-10-09 08:27 某报社"
            leading = extract_leading_date(value)
            if leading is not None and leading[1].strip():
                value, date = leading[1].strip(), date or leading[0]
        fields.append(_new_tuple(Field, (kind, label, value)))
        if not spill and after:
            spill = _spill(after + rest[end:])
        if spill:
            break
    return _new_tuple(MetaLine, (fields, date, spill))
