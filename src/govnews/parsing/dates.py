"""Portal dates: every printed form to a ``date`` or a Shanghai-aware ``datetime``."""

from __future__ import annotations

import datetime as dt
import re

from ..model import SHANGHAI
from .tables import (
    CLOCK,
    DATE,
    DAY_FIRST_LINE,
    HAN_DATE,
    HAN_DIGITS,
    ISSUED_TIME,
    ROC_DATE,
    ROC_EPOCH,
    ROC_SHORT_DATE,
    SHORT_YEAR_CENTURY,
    SHORT_YEAR_DATE,
    SPACED_DATE_LINE,
    VALUE_DATE,
    VALUE_DATE_YEAR,
    VALUE_TIME_TAIL,
)

__all__ = [
    "extract_date",
    "extract_leading_date",
    "extract_odd_date_line",
    "extract_release_date",
    "find_timed_date",
    "split_value_date",
]

When = dt.datetime | dt.date


def _number(digits: str) -> int:
    """``int(digits)`` for a run of decimal digits, ASCII ones read here (a call of ``int`` costs ten times as
    much); ``\\d`` takes any script's digits, which ``int`` reads."""
    value, end = _ascii_number(digits, 0, len(digits))
    return value if end == len(digits) else int(digits)


def _build(match: re.Match[str]) -> When | None:
    """Turn a ``DATE`` match into a value, or None when a part is out of range."""
    year, month, day, hour, minute, second = match.group("y", "m", "d", "H", "M", "S")  # one call
    try:
        if hour is None:
            return dt.date(_number(year), _number(month), _number(day))
        # tzinfo given by position: a keyword costs the call a dict (this runs for most pages)
        return dt.datetime(
            _number(year),
            _number(month),
            _number(day),
            _number(hour),
            _number(minute),
            _number(second) if second else 0,
            0,
            SHANGHAI,
        )
    except ValueError:
        return None


def _ascii_number(text: str, at: int, most: int) -> tuple[int, int]:
    """The number the ASCII digits from ``at`` spell (``most`` of them at most), and where they end."""
    value = 0
    end = at
    while end < len(text) and end - at < most:
        digit = ord(text[end]) - 48
        if not 0 <= digit <= 9:
            break
        value = value * 10 + digit
        end += 1
    return value, end


def _after_spaces(text: str, at: int) -> int:
    """Where the spaces from ``at`` end (``[ ]*``)."""
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def _number_after(text: str, at: int, separators: str, fewest: int) -> tuple[int, int]:
    """A number of ``fewest`` to two ASCII digits after spaces, one of ``separators`` and spaces from
    ``at`` (``[ ]*[-/.][ ]*\\d{1,2}``), and where its digits end; (0, -1) where there is none, or
    where ``at`` is -1 (a part before it missing)."""
    at = _after_spaces(text, at) if at >= 0 else len(text)
    if at == len(text) or text[at] not in separators:
        return 0, -1
    at = _after_spaces(text, at + 1)
    value, end = _ascii_number(text, at, 2)
    return (value, end) if end - at >= fewest else (0, -1)


def _plain_date(text: str) -> When | None:
    """The date of a value that is one date in ASCII digits and nothing else ("2024-12-08 03:46",
    "2022/2/12 20:18:08", "2018- 11- 21 16: 07: 51", "2019年7月22日"), read without ``DATE``; None
    where the value has another shape or names no real day or time (the caller searches then).

    Each part is read as ``DATE`` reads it (a month, a day or an hour of one or two digits, spaces
    around the separators, the minutes and seconds of two, a fraction of a second after them), so
    its first match gives the same parts. Most labelled dates are such values, and the reading
    costs a tenth of a search.
    """
    year, end = _ascii_number(text, 0, 4)
    if end != 4 or not 1900 <= year <= 2099:  # (?:19|20)\d{2}
        return None
    month, end = _number_after(text, end, "-/.年", 1)
    day, end = _number_after(text, end, "-/.月", 1)
    if end < 0:
        return None
    at = _after_spaces(text, end)
    if at < len(text) and text[at] == "日":
        at = _after_spaces(text, at + 1)
    elif at == end < len(text):
        return None  # the day runs on into other characters ("2021-03-2918:26")
    try:
        if at == len(text):
            return dt.date(year, month, day)
        hour, end = _ascii_number(text, at, 2)
        minute, end = _number_after(text, end, ":", 2) if end > at else (0, -1)
        second, end = _number_after(text, end, ":", 2) if 0 < end < len(text) else (0, end)
        if 0 < end < len(text) and text[end] == ".":  # a fraction of a second, read over
            end = _ascii_number(text, end + 1, len(text))[1] if end + 1 < len(text) else -1
        return dt.datetime(year, month, day, hour, minute, second, 0, SHANGHAI) if end == len(text) else None
    except ValueError:
        return None


def extract_date(text: str) -> When | None:
    """Return the first valid date in ``text`` (a date alone, or aware with its time).

    Republic of China era dates (中華民國100年5月9日, and the short "102-08-15"
    opening a labelled value), dates in Chinese numerals (二〇二四年五月二十八日) and
    a labelled value opening with a two-digit year ("22年02月25日") are read when no
    date in digits is printed.
    """
    plain = _plain_date(text)  # a value that is one date in digits: read without the search
    if plain is not None:
        return plain
    match = DATE.search(text)
    while match is not None:  # one search after the other: finditer's iterator costs more than the searches
        value = _build(match)
        if value is not None:
            return value
        match = DATE.search(text, match.end())
    if "年" in text and (han := HAN_DATE.search(text)) is not None:
        return _han_date(han)
    roc = ROC_DATE.search(text) if "民" in text else None
    if roc is None and text[:1] in "1 ":
        roc = ROC_SHORT_DATE.match(text)
    if roc is not None:
        try:
            return dt.date(int(roc["y"]) + ROC_EPOCH, int(roc["m"]), int(roc["d"]))
        except ValueError:
            return None
    short = SHORT_YEAR_DATE.match(text) if text[:1] in "0123 " else None
    if short is not None:
        try:
            return dt.date(int(short["y"]) + SHORT_YEAR_CENTURY, int(short["m"]), int(short["d"]))
        except ValueError:
            return None
    return None


def _han_date(match: re.Match[str]) -> dt.date | None:
    """A ``HAN_DATE`` match as a date, or None when a part is out of range."""
    year = 0
    for digit in match["y"]:
        year = year * 10 + HAN_DIGITS[digit]
    try:
        return dt.date(year, _han_number(match["m"]), _han_number(match["d"]))
    except ValueError:
        return None


def _han_number(numeral: str) -> int:
    """A number from one to thirty-nine in Chinese numerals ("五", "十二", "二十八")."""
    if "十" not in numeral:
        return HAN_DIGITS[numeral]
    tens, _, units = numeral.partition("十")
    return (HAN_DIGITS[tens] if tens else 1) * 10 + (HAN_DIGITS[units] if units else 0)


def find_timed_date(line: str) -> tuple[When, int, int] | None:
    """The first valid date with its time anywhere in ``line``, with where it starts and ends; else None.

    "某某网 2024-05-11 09:36:26", "原创:某某网2024-04-23 12:27:25": a time makes
    a date printed inside other words the line's date, as a day alone does not.
    """
    if "20" not in line and "19" not in line:
        return None  # no year
    match = DATE.search(line)
    while match is not None:  # as in extract_date
        if match["H"] is not None:
            value = _build(match)
            if value is not None:
                return value, match.start(), match.end()
        match = DATE.search(line, match.end())
    return None


def extract_leading_date(line: str) -> tuple[When, str] | None:
    """Read a date that opens a line and return it with the rest of the line.

    The caller decides whether the rest may follow a date line. Clock and
    calendar lines (今天是, 星期五, 上午) give None, but a weekday right after
    the date is read over when more follows it.
    """
    match = DATE.match(line)
    if match is None:
        return None
    rest = line[match.end() :]
    # A weekday printed with the date is no clock when more follows it
    # ("2026年11月29日 星期日  来源:…"); a bare date and weekday is one.
    if CLOCK.search(line) and (not match["wd"] or not rest.strip() or CLOCK.search(rest)):
        return None
    value = _build(match)
    if value is None:
        return None
    return value, rest


def extract_odd_date_line(line: str) -> When | None:
    """The time of a whole line printed day first ("09.07.2021 18:30") or in spaced pieces
    ("2023 01 / 11 10:04:15"), or None."""
    match = DAY_FIRST_LINE.fullmatch(line) if line[2:3] == "." else SPACED_DATE_LINE.fullmatch(line)
    return None if match is None else _build(match)


def extract_release_date(date_line: str, time_line: str) -> When | None:
    """The issue date of a press release printed under its end mark, with the time on the next line.

    "2014年1月9日(星期四)" / "香港時間16時20分": the weekday is read over, the
    time joined to the day; a date line with anything else on it gives None.
    """
    match = DATE.fullmatch(date_line)
    if match is None:
        return None
    day = _build(match)
    time = ISSUED_TIME.match(time_line)
    if day is None or time is None or isinstance(day, dt.datetime):
        return day
    try:
        return dt.datetime(day.year, day.month, day.day, int(time["H"]), int(time["M"]), tzinfo=SHANGHAI)
    except ValueError:
        return day


def _find_value_date(value: str) -> re.Match[str] | None:
    """The first place where ``VALUE_DATE`` matches ``value``, found in one pass.

    The date's run of non-spaces after its year ("2023年07月18日", "04/30") must
    reach a space or the end, and only a time and spaces may follow it: so
    every year that starts in one such run gets the same answer, and each run
    is tried once ("2020-2020-2020-…" does not rescan the run from every year).
    """
    if "19" not in value and "20" not in value:
        return None  # no year: most such values are a counter's number, and the scan costs ten times the test
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


def split_value_date(value: str) -> tuple[str, When | None]:
    """Split off a date that closes a value or is the whole value ("本站原创 2023年07月18日 09:05")."""
    match = _find_value_date(value)
    found = extract_leading_date(match["date"]) if match else None
    if match is None or found is None or found[1].strip():
        return value, None
    return value[: match.start()].rstrip(), found[0]
