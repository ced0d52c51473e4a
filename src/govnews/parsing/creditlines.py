"""Credit lines: which lines, paragraph ends and datelines are credits, and the credit text they hold.

What the credit text names, and in which role, is read by :mod:`.byline`.
"""

from __future__ import annotations

import re
from typing import Final

from .byline import find_roles, has_role, names_glued_role, part_roles
from .names import is_person, split_names, strip_credit_edge
from .tables import (
    CAPTION_ENDINGS,
    CELL_GAPS,
    CLOSING_SENTENCE_MARKS,
    COMMON_SURNAMES,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    CREDIT_LAST_WORD,
    CREDIT_PHOTO_SUFFIXES,
    CREDITING_OUTLET_ENDINGS,
    DATELINE,
    DATELINE_MARKS,
    GLUED_CREDIT_MAX,
    GLUED_NAME_MAX,
    LABEL,
    LABEL_KINDS,
    LEAD_CREDIT,
    LEAD_REPORTED,
    NOTED_CREDIT,
    OFFICE_CREDIT,
    OFFICE_ENDINGS,
    PHOTO_CREDIT,
    REPORTED_DATELINE,
    ROLE_WORDS,
    ROLE_WORDS_BY_FIRST,
    SELF_OUTLET_WORDS,
    SENTENCE_END_CHARS,
    SIGNATURE_DATE,
    STAFF_CODE,
    TRAILING_CREDIT,
    WRITER_SUFFIX,
    WRITER_SUFFIX_LAST,
    WRITER_SUFFIXES,
    first_char,
    has_digit,
    has_sentence_punct,
    last_char,
)

__all__ = [
    "extract_dateline",
    "extract_trailing_credit",
    "is_credit_line",
    "is_name_credit",
    "is_office_credit",
    "is_outlet_credit",
    "is_suffixed_credit",
    "is_supplier_credit",
]


#: How far into the first paragraph a dateline's 讯 may stand.
_DATELINE_REACH: Final = 40
#: How far into a line the padding of a label opening it stands ("文    号:").
_PADDED_LABEL_REACH: Final = 4
#: Most names a byline of names alone lists, and a byline of names a writer's word closes.
_NAMES_MAX: Final = 4
_SUFFIXED_NAMES_MAX: Final = 3
#: Most writers an outlet's credit line over the text names, and the longest such line.
_OUTLET_WRITERS_MAX: Final = 3
_OUTLET_CREDIT_MAX: Final = 30
#: Longest line of an office and the writer's word after it ("区政府办 供稿").
_SUPPLIER_CREDIT_MAX: Final = 30
#: How long a lone name a dateline prints before 报道 is (a common surname and two characters).
_REPORTER_NAME_SIZE: Final = 3


def is_credit_line(text: str) -> bool:
    """Whether a short line is a credit of its own: "文/图 赵国庆", "(西坪乡 王立)", "(记者 薛路)".

    A role opens it or names a supplier ("(县政府办供稿)"), or, in parentheses,
    it holds two or three words of which the last is a person; or it is a row
    of such credits parted by wide gaps, a supplier among them ("某科供稿  摄影/某某  编辑/某某").
    """
    if not text or not _may_credit(text) or has_sentence_punct(text):
        return False
    if " " in text[:_PADDED_LABEL_REACH] and _opens_padded_label(text):
        return False  # a label padded with spaces ("文    号:"), its first character a role's (文)
    if has_digit(text):  # a number in a credit: only a staff code after a labelled role ("(责任编辑:HN666)")
        return _labels_role(text)
    return _is_credit(text) or ("  " in text and _is_credit_row(CELL_GAPS.split(text.strip())))


def _may_credit(text: str) -> bool:
    """Whether any reading of :func:`is_credit_line` may find a credit in ``text``: it opens with a bracket
    or a role word, glues a writer's role near its start, or parts cells by a wide gap.

    Cheap tests before the punctuation and digit searches and the roles' pattern, which most lines tried
    (numbered headings opening with a role's first character, 一、 of 一审) would fail.
    """
    first = first_char(text)
    return (
        first in "(【[" or text.startswith(ROLE_WORDS_BY_FIRST.get(first, ())) or "  " in text or names_glued_role(text)
    )


def _opens_padded_label(text: str) -> bool:
    """Whether ``text``, its spaces gone, opens with a label that credits no one ("文号:", "图片来源:" …)."""
    match = LABEL.match(text.replace(" ", ""))
    return match is not None and bool(match["colon"]) and LABEL_KINDS[match["label"]] not in CREDIT_KINDS


def _labels_role(text: str) -> bool:
    """Whether a credit opens with a role and its colon ("(责任编辑: HN666)"), a number the only other word."""
    inner = text[1:] if text[:1] in "(【[" else text
    roles = find_roles(inner + " ")
    if not roles or roles[0].start() != 0 or ":" not in roles[0].group():
        return False
    rest = strip_credit_edge(inner[roles[0].end() :])
    return bool(rest) and STAFF_CODE.fullmatch(rest) is not None


def _is_credit_row(cells: list[str]) -> bool:
    """Credit cells side by side, each a credit or a supplier ("某科供稿"), one at least naming a role and a person."""
    credited = [_is_credit(cell) for cell in cells]
    return (
        len(cells) > 1
        and any(credited)
        and all(ok or cell.endswith(WRITER_SUFFIXES) for ok, cell in zip(credited, cells, strict=True))
    )


def _is_credit(text: str) -> bool:
    """:func:`is_credit_line` for one credit, its text free of sentence punctuation and digits."""
    if first_char(text) not in CREDIT_FIRST_CHARS:
        if not names_glued_role(text) or text.endswith(CREDIT_PHOTO_SUFFIXES):
            return False  # "某某日报记者 某某 摄" credits a photo inside the text
        text = part_roles(text)  # "某某日报记者 某某": the role opens the credit
    elif " " not in text and names_glued_role(text) and " " in (parted := part_roles(text)):
        # "本报记者某某": the role glued to the names, each a person ("记者节座谈会召开" is no credit)
        named = parted.partition(" ")[2].rstrip(":")
        if last_char(named) in WRITER_SUFFIX_LAST and named.endswith(WRITER_SUFFIXES):
            named = WRITER_SUFFIX.sub("", named)  # "记者某某、某某报道:", a dateline's credit on its own line
        names = [name for name in split_names(named) if name not in ROLE_WORDS]
        return bool(names) and not text.endswith(CREDIT_PHOTO_SUFFIXES) and all(map(is_person, names))
    if text[:1] == "(":
        inner = text[1:]
    elif text.startswith(ROLE_WORDS_BY_FIRST.get(first_char(text), ())):
        inner = text  # a role must open it (its first found below)
    else:
        return False  # no role word opens it: no pattern is tried
    roles = find_roles(inner + " ")
    if roles and roles[0].start() == 0:
        if strip_credit_edge(inner[roles[-1].end() :]):
            return True  # names someone ("图片" alone is a tab)
        closing = len(roles) - 1  # roles closing the line, after the names ("记者 某某 文/图": wrote and took photos)
        while closing > 0 and roles[closing - 1].end() == roles[closing].start():
            closing -= 1
        return closing > 0 and bool(strip_credit_edge(inner[roles[0].end() : roles[closing].start()]))
    if text[:1] in "(" and has_role(text):
        return True
    if text[:1] not in "(" or ")" in text[1:-1] or "\uff09" in text[1:-1]:
        return False  # not one parenthesis wrapping the line ("(二)有下列情形之一的,不得报考:")
    words = split_names(text)  # a unit and a person: "(西坪乡 王立)", never "(试行)"
    # a photo's caption ending as one does ("(动员会现场)") is no unit and person
    return 2 <= len(words) <= 3 and is_person(words[-1]) and not words[-1].endswith(CAPTION_ENDINGS)


def is_suffixed_credit(text: str) -> bool:
    """One to three persons' names, then a writer's word closing them ("张三 李四 报道", "王五供稿")."""
    if not text or last_char(text) not in WRITER_SUFFIX_LAST or not text.endswith(WRITER_SUFFIXES):
        return False
    names = split_names(WRITER_SUFFIX.sub("", text))
    return 1 <= len(names) <= _SUFFIXED_NAMES_MAX and all(map(is_person, names))


def is_supplier_credit(text: str) -> bool:
    """Whether a line is an office and the writer's word after it, no brackets ("区政府办 供稿", "某局整理"):
    who supplied the text above it, where it stands alone under the last sentence."""
    if (
        not text
        or len(text) > _SUPPLIER_CREDIT_MAX
        or last_char(text) not in WRITER_SUFFIX_LAST
        or not text.endswith(WRITER_SUFFIXES)
    ):
        return False
    office = WRITER_SUFFIX.sub("", text)
    return office.endswith(OFFICE_ENDINGS) and office.isalpha()


def is_outlet_credit(text: str) -> bool:
    """Whether a line is an outlet's name and its writers, set off by spaces ("某某网站  张三 李四").

    A reprint prints it over the text, naming no role; the caller takes it so
    only there, before the text has begun.
    """
    if len(text) > _OUTLET_CREDIT_MAX or has_sentence_punct(text) or has_digit(text):
        return False
    outlet, *names = text.split()
    return (
        1 <= len(names) <= _OUTLET_WRITERS_MAX
        and len(outlet) > 2
        and outlet.endswith(CREDITING_OUTLET_ENDINGS)
        and all(is_person(name) for name in names)
    )


def is_office_credit(text: str) -> bool:
    """Whether a line is offices' names in parentheses ("(区纪委监委宣传部)", "(某区委宣传部 地委外宣办)").

    Printed alone under the text it credits the offices that supplied it; the
    caller takes it so only at the end of the body.
    """
    match = OFFICE_CREDIT.match(text)
    return match is not None and all(office.endswith(OFFICE_ENDINGS) for office in match["offices"].split())


def extract_trailing_credit(paragraph: str) -> tuple[str, str] | None:
    """Split a byline glued to a paragraph's end: return (paragraph, credit text) or None.

    Taken when the parenthesis names a role ("(记者 薛路)", "(供稿:…)"), or
    follows the end of a sentence and holds one or two short words ("(吴松)",
    "(金集镇人大 李子和)", "(县政府办供稿)"). The closing parenthesis may be
    missing where the dump was cut. A credit run on after the last sentence
    needs no parentheses ("…责任。 记者 张三", "…。【责任编辑:李四】", "…项目。 刘明 摄").
    """
    match = _trailing_credit(paragraph)
    if match is None and (glued := _credit_after_last_sentence(paragraph)) is not None:
        return glued
    if match is None:
        # a writer's label and name, then a note on who the writer is ("(作者:某某,系某大学教授)")
        noted = NOTED_CREDIT.search(paragraph) if paragraph[-1:] == ")" else None
        if noted is None or not paragraph[: noted.start()].rstrip():
            return None
        return paragraph[: noted.start()].rstrip(), paragraph[noted.start() :].strip()
    credit = (match["credit"] or match["squared"]).strip()
    before = paragraph[: match.start()].rstrip()
    if not before:
        return None
    if not has_role(credit):
        words = split_names(credit)
        ends = before[-1] in SENTENCE_END_CHARS or SIGNATURE_DATE.match(before) is not None
        if not ends or not 1 <= len(words) <= 3:
            return None
        if has_digit(credit) or not any(is_person(w) or len(w) >= 4 or w in SELF_OUTLET_WORDS for w in words):
            return None
    return before, paragraph[match.start() :].strip()


def _trailing_credit(paragraph: str) -> re.Match[str] | None:
    """``TRAILING_CREDIT.search(paragraph)``, searched from the paragraph's last "(" or its last "[",
    whichever comes first: a credit opens at one of them (it holds no other bracket of its kind, and
    only spaces follow it), so the search need not try every character before."""
    paren, square = paragraph.rfind("("), paragraph.rfind("[")
    start = paren if square < 0 or 0 <= paren < square else square
    return TRAILING_CREDIT.search(paragraph, start) if start >= 0 else None


def _credit_after_last_sentence(paragraph: str) -> tuple[str, str] | None:
    """(paragraph, credit) where a credit line runs on after the paragraph's last sentence; else None."""
    end = -1
    for mark in CLOSING_SENTENCE_MARKS:  # a loop: compiled, builtin max() over a generator is dear
        end = max(end, paragraph.rfind(mark))
    credit = paragraph[end + 1 :].strip() if end > 0 else ""
    if not credit or len(credit) > GLUED_CREDIT_MAX or credit[0] == "(":
        return None  # a credit in parentheses ends the paragraph or is none ("(记者 某某) 相关链接")
    inner = credit[1:-1] if credit[0] in "【[" and credit[-1] in "】]" else credit
    if PHOTO_CREDIT.fullmatch(inner) is not None:
        return (paragraph[: end + 1], credit) if all(is_person(name) for name in inner[:-1].split()) else None
    # it ends with a person's name, no link or widget after it
    last = CREDIT_LAST_WORD.split(part_roles(inner))[-1]  # the roles parted from names glued to them
    if (len(last) > GLUED_NAME_MAX and "·" not in last) or not is_person(last) or not is_credit_line(inner):
        return None
    return paragraph[: end + 1], credit


def extract_dateline(paragraph: str) -> str | None:
    """Return the credit inside a news dateline ("…讯(通讯员 许思思)", "本报讯 记者 张三", "…电(记者 方舟)")."""
    if paragraph[0] in "【[(":  # a lead credit in brackets ("【通讯员 李某 石某】为进一步…", "(通讯员:某某)")
        lead = LEAD_CREDIT.match(paragraph)
        credit = None if lead is None else lead["credit"] or lead["paren"]
        if credit is None or has_role(credit):
            return credit
        # names alone in parentheses, set off from the text by a space ("(陈某) 4月27日,…")
        spaced = lead is not None and lead["paren"] is not None and paragraph[lead.end() : lead.end() + 1] == " "
        return credit if spaced and is_name_credit(credit) else None
    head = paragraph[:_DATELINE_REACH]
    if not any(mark in head for mark in DATELINE_MARKS):
        return None
    match = DATELINE.match(paragraph)
    if match is None:
        reported = (REPORTED_DATELINE.match(paragraph) or LEAD_REPORTED.match(paragraph)) if "报道" in head else None
        if reported is None:
            return None
        credit = reported["credit"].strip()
        # the writers' roles, or their names alone ("本网讯 吕某某 报道:"), each a person's with a common surname
        # (a place or a unit, "石桥", "市场监管", or a source, "据央视", is none)
        return credit if has_role(credit) or _names_reporters(credit) else None
    credit = match["paren"] or match["bare"]
    return credit if has_role(credit) or (match["paren"] and is_name_credit(credit)) else None


def _names_reporters(text: str) -> bool:
    """Whether a credit with no role is persons' names that a dateline may print before 报道: three
    characters each with a common surname, or two or more names."""
    names = split_names(text)
    if not 1 <= len(names) <= _NAMES_MAX or not all(is_person(name) and name[0] in COMMON_SURNAMES for name in names):
        return False
    return len(names) > 1 or len(names[0]) == _REPORTER_NAME_SIZE


def is_name_credit(text: str) -> bool:
    """Whether a credit is only persons' names ("(袁某)", "(刘某、杨某)"): a byline, though it names no role."""
    names = split_names(text)
    return 1 <= len(names) <= _NAMES_MAX and all(is_person(name) for name in names)
