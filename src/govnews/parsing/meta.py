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
    DATED_NAME_MAX,
    DATED_VALUE_KINDS,
    FONT_PICKER,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    LABEL_REACH,
    LIST_SEPARATORS,
    LONE_LABEL_MIN,
    PLACEHOLDERS,
    PROSE_MIN,
    SENTENCE_PUNCT,
    VALUE_DATE,
    VALUE_DATE_YEAR,
    VALUE_STOP,
    VALUE_TIME_TAIL,
    VIEWS_FORMS,
    VIEWS_KIND,
    VIEWS_NUMBER,
    WIDGET_REACH,
    WIDGET_REST,
)

__all__ = ["Field", "MetaLine", "extract_views", "is_placeholder", "split_fields", "strip_bullet"]

_EDGE = " |:::[]【】"
#: Characters a metadata line may open with: a label's first, a digit, a bullet.
_OPENERS = LABEL_FIRST_CHARS | set("0123456789|字") | BULLET_CHARS
#: Public for callers that gate their own loops with it (split_fields rejects any other opener).
META_OPENERS = _OPENERS
#: Characters a widget or cell border that opens a metadata line starts with.
_WIDGET_OPENERS = frozenset("|字【[")
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


def _find_value_date(value: str) -> re.Match[str] | None:
    """The first place where ``VALUE_DATE`` matches ``value``, found in one pass.

    The date's run of non-spaces after its year ("2023年07月18日", "04/30") must
    reach a space or the end, and only a time and spaces may follow it: so
    every year that starts in one such run gets the same answer, and each run
    is tried once ("2020-2020-2020-…" does not rescan the run from every year).
    """
    tail_start = -1  # where the run of time characters closing the value starts, found at the first year
    tried_to = -1  # where the last run tried ends (a space, or the end of the value)
    for year in VALUE_DATE_YEAR.finditer(value):
        if year.end() <= tried_to:
            continue  # in the run tried last: the same verdict
        if tail_start < 0:
            tail = VALUE_TIME_TAIL.search(value)
            tail_start = len(value) if tail is None else tail.start()
        run_end = value.find(" ", year.end())
        tried_to = len(value) if run_end < 0 else run_end
        if tried_to < tail_start:
            continue  # something that is no time follows the run
        match = VALUE_DATE.match(value, year.start())
        if match is not None:
            return match
    return None


def _split_value_date(value: str) -> tuple[str, When | None]:
    """Split off a date that closes a value or is the whole value ("本站原创 2023年07月18日 09:05")."""
    match = _find_value_date(value)
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
    """A short name set off by a space after a date that opens the line ("2023-09-14 某某日报").

    The date line under a headline may name the outlet without a label; prose, a
    clock or a list item after a date is longer or has digits and punctuation.
    """
    return 2 <= len(rest) <= DATED_NAME_MAX and rest.isalpha() and line[-len(rest) - 1] == " "


def _normalise(line: str) -> str:
    """Strip a bullet or widget and rewrite counter forms ("563次浏览") as labelled ones."""
    first = line[0]
    if first in BULLET_CHARS or first.isdigit():
        line = strip_bullet(line)
    if not line or line[0] not in _OPENERS:
        return ""
    if line[0] in _WIDGET_OPENERS:
        line = _skip_widget(_unbracket_date(line))
    return _rewrite_counters(line) if "次" in line else line


def _unbracket_date(line: str) -> str:
    """The date inside a line that is only a bracketed date ("[ 2014-01-09 ]" under a headline), else the line.

    A prev/next link's "[ 08-22 ]" has no year and is no date line.
    """
    if len(line) > 2 and line[0] in "[【" and line[-1] in "]】":
        inner = line[1:-1].strip()
        if inner[:1].isdigit() and DATE.fullmatch(inner) is not None:
            return inner
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
    if not opens and date is not None and CLOCK.search(line):  # a dated clock line, not metadata
        return None
    if not opens and (
        date is None or (rest and rest[0] not in " |" and not VALUE_STOP.match(rest) and not _is_dated_name(line, rest))
    ):
        return None
    # no label opens with the characters skipped above, so the search from 0
    # would find ``first`` again: start after it when it lies within the reach
    labels = find_labels(rest, first if first is not None and opens and first.end() < LABEL_REACH else None)
    fields: list[Field] = []
    spill = ""
    last = len(labels) - 1
    # where the first sentence punctuation at or after a value's end is (len(rest): none); a spill
    # needs one, so most values need not build and scan the rest of the line to find none
    punct = -1
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
        kind = LABEL_KINDS[label]
        if i == last and len(value) >= PROSE_MIN:  # _split_prose keeps a shorter value whole
            value, spill = _split_prose(value)
        if kind in DATED_VALUE_KINDS and value[-1:].isdigit():
            value, run_on = _split_value_date(value)
            date = date or run_on
        fields.append(_new_tuple(Field, (kind, label, value)))
        if not spill and after:
            if punct < end:
                mark = SENTENCE_PUNCT.search(rest, end)
                punct = len(rest) if mark is None else mark.start()
            if punct < len(rest) or SENTENCE_PUNCT.search(after):
                spill = _spill(after + rest[end:])
        if spill:
            break
    return _new_tuple(MetaLine, (fields, date, spill))
