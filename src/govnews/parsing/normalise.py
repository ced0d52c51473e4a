"""A line made ready to be read for labelled fields: a bullet or a widget opening it dropped, a bracketed
date unbracketed, counter forms ("563次浏览") rewritten as labelled ones (:mod:`.meta` reads it then)."""

from __future__ import annotations

from typing import Final

from .labels import is_label
from .tables import (
    BULLET,
    BULLET_CHARS,
    DATE,
    DATE_BRACKETS,
    LABEL,
    LABEL_FIRST_CHARS,
    SLASHED_LABEL,
    URL_BEFORE_DATE,
    VALUE_STOP,
    VIEWS_FORMS,
    WIDGET_REACH,
    code_before_spaces,
    first_char,
)

__all__ = ["META_OPENERS", "PLAIN_OPENERS", "normalise_meta_line", "rewrite_counters", "strip_bullet"]

#: Characters a metadata line may open with: a label's first, a digit, a bullet (a caller gates its own
#: loops with it: :func:`.meta.split_fields` reads no line that opens with another).
META_OPENERS: Final = LABEL_FIRST_CHARS | set("0123456789|字(hw") | BULLET_CHARS
#: Characters a widget or cell border that opens a metadata line starts with.
_WIDGET_OPENERS: Final = frozenset("|字【[(")
#: Openers that need no bullet or widget stripped first: a label's first character.
PLAIN_OPENERS: Final = LABEL_FIRST_CHARS - _WIDGET_OPENERS - BULLET_CHARS - set("0123456789")


def strip_bullet(line: str) -> str:
    """Drop a list marker that opens a line ("• 来源:…", "1. 目录")."""
    first = first_char(line)
    if first in BULLET_CHARS:
        return line[1:].lstrip()
    if not first.isdigit():
        return line
    match = BULLET.match(line)
    return line[match.end() :] if match else line


def _skip_widget(line: str) -> str:
    """Drop a widget that opens a metadata line ("字体大小:【   来源:…", "| 文号 | …")."""
    line = line.lstrip(" |")
    if not line or not VALUE_STOP.match(line):
        return line
    for match in LABEL.finditer(line, 0, WIDGET_REACH):
        if is_label(line, match):
            date = DATE.search(line, 0, match.start())  # "【字体:   2024-08-24   文章来源:…"
            return line[date.start() if date else match.start() :]
    date = DATE.search(line, 0, WIDGET_REACH)  # "字号:[小] [大]2022-02-25 00:00:00"
    return line[date.start() :] if date else line


def normalise_meta_line(line: str) -> str:
    """Strip a bullet or widget and rewrite counter forms ("563次浏览") as labelled ones."""
    first = first_char(line)  # (a kept string: the set tests below hash no new one)
    if first in BULLET_CHARS or first.isdigit():
        line = strip_bullet(line)
    elif first in "hw":  # the site's address before the date line ("http://www.… 2023-05-04 09:47:52")
        url = URL_BEFORE_DATE.match(line)
        return "" if url is None else line[url.end() :]
    if not line:
        return ""
    first = first_char(line)
    if first not in META_OPENERS:
        # a list item's label printed with another word before a slash ("• 备注/文号:…"): the known one
        slashed = SLASHED_LABEL.match(line) if "/" in line else None  # the pattern needs its slash
        if slashed is None:
            return ""
        line = line[slashed.end() :]
        first = first_char(line)
    if first in _WIDGET_OPENERS:
        line = _skip_widget(_unbracket_date(line))
    return rewrite_counters(line) if "次" in line or "(" in line else line


def _unbracket_date(line: str) -> str:
    """A line that opens with a bracketed date, the brackets dropped, else the line.

    "[ 2014-01-09 ]" under a headline, "(2015-12-3 10:10:00)  来源:…" in a table
    layout's date cell. A prev/next link's "[ 08-22 ]" has no year and is no date line.
    """
    close = DATE_BRACKETS.get(line[0])
    end = line.find(close, 2) if close else -1
    # "(2023年4月12日)" alone is a note, no date cell; a CMS prints its date cell in digits ("(2024-12-18 )")
    if end > 0 and (close != ")" or line[end + 1 :].strip() or "年" not in line):
        inner = line[1:end].strip()
        if inner[:1].isdigit() and DATE.fullmatch(inner) is not None:
            return inner + line[end + 1 :]
    return line


def rewrite_counters(line: str) -> str:
    """Rewrite counter forms ("563次浏览", "浏览4482次") as labelled ones."""
    if "浏览" in line or "阅读" in line or "点击" in line:
        for literal, pattern, repl in VIEWS_FORMS:
            if literal in line:
                # the form closed by 次 needs a number before it: most lines' 次 closes a counter's label
                # ("阅读次数:", "阅读人次:"), and they are spared the pattern
                if literal != "次" or _number_before(line, literal):
                    line = pattern.sub(repl, line)
                line = line.strip()
    return line


def _number_before(line: str, word: str) -> bool:
    """Whether a digit stands before ``word`` somewhere in ``line``, spaces between ("浏览4482次")."""
    at = line.find(word)
    while at >= 0:
        code = code_before_spaces(line, at)
        if code >= 0 and chr(code).isdecimal():
            return True
        at = line.find(word, at + 1)
    return False
