"""Stage 5, its edges: what the page printed around the text's first and last paragraphs.

:func:`trim_edges` runs once :mod:`.body` has taken the text's lines. Among
them it drops counters and a gallery's numbered captions (:mod:`.captions`). Before the first
paragraph: a supplier's credit glued to it is read (某镇供稿(某某)), a bullet or
summary label and the headline printed again are cut. Under the last one: the
footer's first lines (its host, contacts and links), the site's menu items
printed again, a tag line (:mod:`.footlines` tells these), a line left after
the text's close and photo captions go; a press release's date over the clock that ended the text is
read; a credit, source or end mark glued to the last paragraph is cut off and
kept for the tail.
"""

from __future__ import annotations

import re
from typing import Final

from .captions import drop_counters, drop_numbered_captions, drop_trailing_captions, is_caption, may_be_caption
from .closing import credit_line, may_credit
from .creditlines import (
    extract_trailing_credit,
    is_credit_line,
    is_name_credit,
    is_office_credit,
    is_outlet_credit,
    is_supplier_credit,
)
from .dates import extract_release_date
from .footlines import LINKED_TITLES_MIN, drop_linked_titles, is_foot_banner, is_tag_line, leads_footer, menu_items
from .furniture import cut_inline_footer, is_furniture, is_image_file, is_piped_header_row
from .meta import MetaLine, split_fields
from .names import is_person, split_names, strip_credit_edge
from .normalise import META_OPENERS
from .shapes import BYLINE_LINE_MAX, TITLE_MIN, is_paper_abstract, is_prose, squash
from .tables import (
    ARTICLE_CODE,
    CAPTION,
    CAPTION_FIRST_CHARS,
    CELL_LINE_MAX,
    CONTINUED_FROM,
    CONTINUED_ON,
    DATE,
    END_MARKS,
    GLUED_OUTLET,
    GLUED_SOURCE,
    IMAGE_NAME,
    ISSUED_TIME,
    ISSUED_TIME_FIRST,
    LEADING_CREDIT,
    LEADING_CREDIT_REACH,
    LIST_RESIDUE,
    MENU_ITEM_MAX,
    NEWSROOM_ENDINGS,
    OFFICE_ENDINGS,
    OUTLET_ENDINGS,
    OUTLET_SHORT_NAMES,
    PHOTO_CREDIT,
    PHOTO_RELEASE,
    RELEASE_DATE_GLUED,
    REPORTER_PHOTO_LINE,
    SENTENCE_END_CHARS,
    SOURCE_LABEL_LAST,
    SUMMARY_FIRST_CHARS,
    SUMMARY_LABEL,
    UNIT_AND_PERSON,
    UNIT_CREDIT_MAX,
)

__all__ = ["trim_edges"]

#: Most photo captions looked for under a credit alone in parentheses at the text's end.
_CREDIT_CAPTIONS_MAX: Final = 3
#: Most lines the capture kept under a paragraph closed by an end mark ("(完)").
_AFTER_END_MARK_MAX: Final = 3
#: How far from a paragraph's end the wide gap before an outlet's name glued to it may stand (a name of 10).
_GLUED_OUTLET_REACH: Final = 12
#: Most names a byline of names alone under the text holds (more is a list of people, not a byline).
_WRITERS_MAX: Final = 3
#: Longest unit and person in parentheses (``UNIT_AND_PERSON``: twenty characters, then four in brackets).
_UNIT_AND_PERSON_MAX: Final = 26


def trim_edges(
    lines: list[str], start: int, end: int, body: list[str], numbers: list[int], title: str | None
) -> tuple[list[str], list[MetaLine]]:
    """Trim the body's lines in place; return the credits and the metadata lines cut off them.

    ``lines`` are the page's, ``body`` the text taken from ``start``; ``end`` is
    the line that ended it (a footer's, or ``len(lines)``), ``numbers`` where a
    number alone stood in ``body``, ``title`` the headline.
    """
    if numbers:
        drop_counters(body, numbers)
    drop_numbered_captions(body)
    if len(body) > 1 and body[-1][0] == "序" and is_piped_header_row(body[-1]):
        body.pop()  # a header row with no rows under it: a side list's head ("序号 | 栏目 | 更新时间 |")
    credits: list[str] = []
    metas: list[MetaLine] = []
    if (leading := _take_leading_credit(body)) is not None:
        credits.append(leading)
    if body and body[0][0] == "(" and (mark := CONTINUED_FROM.match(body[0])) is not None and mark.end() < len(body[0]):
        body[0] = body[0][mark.end() :].lstrip()  # "(上接第一版)…": the paper's mark, the story goes on
    # (the mark closes the line, its 版 or 页 before the bracket: a paragraph ending otherwise is not searched)
    if body and body[-1][-1] == ")" and body[-1][-2:-1] in ("版", "页") and (mark := CONTINUED_ON.search(body[-1])):
        body[-1] = body[-1][: mark.start()].rstrip()  # "…(下转第二版)", or the mark alone on its line
        if not body[-1]:
            body.pop()
    if (
        body
        and "稿" in body[0][:LEADING_CREDIT_REACH]
        and (lead := LEADING_CREDIT.match(body[0])) is not None
        and is_person(lead["name"])
    ):
        credits.append(f"{lead['unit']}{lead['role']} {lead['name']}")  # "某镇供稿(某某)为深入…": kept in the text
    if end < len(lines):  # a footer ended it: a line leading into the footer is the footer's
        menu = None
        while body:
            if leads_footer(body[-1]) or (len(body) > 1 and is_tag_line(body[-1], title)):
                body.pop()
                continue
            if len(body[-1]) > MENU_ITEM_MAX:
                break
            menu = menu_items(lines, start) if menu is None else menu
            if body[-1] not in menu:
                break
            body.pop()  # an item of the site's menu printed at the top ("时事要闻"), the footer's menu again
        if body and lines[end][0] == ISSUED_TIME_FIRST and ISSUED_TIME.match(lines[end]):
            metas.append(_release_date(body, lines[end]))
    elif len(body) > 1:
        # the capture cut at the site footer's first line ("主办:某某"); a cell border closing the page's last
        # line cuts it inside a table, whose cell ("政府门户网站") leads no footer
        cut_in_table = lines[end - 1][-1] == "|" and not is_furniture(lines[end - 1])  # not a row of links
        while len(body) > 1 and not cut_in_table and leads_footer(body[-1]):
            body.pop()
        if is_foot_banner(body, lines, title):
            body.pop()  # the site's name printed over the headline, again as the page's last line
        if len(body) > 1:
            _drop_after_closing(body, title)
        if len(body) > LINKED_TITLES_MIN:
            drop_linked_titles(body)
    if body and (body[0][0] in SUMMARY_FIRST_CHARS or body[0][0] in LIST_RESIDUE):
        body[0] = _text_opening(body[0], body[1] if len(body) > 1 else "")
    if body and title and body[0].startswith(title) and body[0][len(title) : len(title) + 2] == "  ":
        body[0] = body[0][len(title) :].lstrip()  # the headline printed again, a wide gap before the text
    if len(body) > 1 and not body[-1].endswith(END_MARKS):
        _drop_after_end_mark(body)
    if len(body) > 1 and body[-1][-1] == "摄" and (photo := REPORTER_PHOTO_LINE.fullmatch(body[-1])) is not None:
        names = split_names(photo["names"])
        if names and all(map(is_person, names)):
            credits.append(body[-1])  # "新华社记者 某某摄" under the text: who took its photos
            body.pop()
    if len(body) > 2 and (captions := _captions_under_credit(body)):
        del body[-captions:]  # the photos' captions under the writer's credit: the credit ends the text
    if len(body) > 1 and "A" <= body[-1][0] <= "Z" and ARTICLE_CODE.fullmatch(body[-1]) is not None:
        body.pop()  # an e-paper's code of the article under its last line ("XFTB009")
    if body:
        last = cut_inline_footer(body[-1])
        if "." in last:  # an image file's name opening the line (the pattern needs its dot)
            last = IMAGE_NAME.sub("", last, count=1)
        last = _cut_end_mark(last)
        if len(last) > 1 and last[-1] in "(【[" and last[-2] in SENTENCE_END_CHARS:
            last = last[:-1]  # the capture cut right after a bracket opening a credit ("…成风。("): nothing in it
        if "源" in last and (source := GLUED_SOURCE.search(last)) is not None and source.start() > 0:
            meta = split_fields(source["source"])
            if meta is not None:
                metas.append(meta)  # a source run on after the last sentence ("…风险。来源:新华社")
                last = last[: source.start()]
        elif last and last[-1] not in SENTENCE_END_CHARS and (outlet := _glued_outlet(last)) is not None:
            credits.append(outlet.group("outlet"))  # the outlet that supplied it, after a wide gap ("…。    某某日报")
            last = last[: outlet.start()]
        alone = (
            last[:1] in "("
            and (
                is_credit_line(last)
                or is_office_credit(last)
                or (len(body) > 1 and body[-2][-1] in SENTENCE_END_CHARS and is_name_credit(last))  # "(袁某)" alone
                or (len(body) > 1 and last[-1:] == ")" and _glued_source(last) is not None)  # "(来源:新华社)" alone
            )
        )
        unit = (
            None if alone or last[-1:] != ")" or len(last) > _UNIT_AND_PERSON_MAX else UNIT_AND_PERSON.fullmatch(last)
        )
        if unit is not None and is_person(unit["name"]) and not is_person(unit["unit"]):
            glued: tuple[str, str] | None = ("", f"{unit['unit']} {unit['name']}")  # "某中心(某人)"
        elif (
            not alone
            and len(body) > 1
            and body[-2][-1] in SENTENCE_END_CHARS
            and (_is_writers_line(last) or is_supplier_credit(last))
        ):
            glued = ("", " ".join(last.split()))  # "某县政协  某某", "邱某某 刘某某", "区政府办 供稿": who wrote it
        else:
            glued = ("", last) if alone else extract_trailing_credit(last)
        if glued is not None:
            last, credit = glued
            meta = _glued_source(credit)
            if meta is None:
                credits.append(credit)
            else:
                metas.append(meta)
        body[-1] = last
        if (
            not last
            or is_image_file(last)
            or (glued is not None and last.endswith("社发") and PHOTO_RELEASE.fullmatch(last))
        ):
            body.pop()  # a photo's file name the credit was glued to, or the agency releasing it ("某社发")
        drop_trailing_captions(body, title)
    return credits, metas


def _captions_under_credit(body: list[str]) -> int:
    """How many photo captions stand under a credit alone in parentheses ("(某某)" / "会议现场" / …) that the
    text's last sentence is over; 0 where the body does not end so. The first of them is a caption by its
    words (…现场, …合影); a note or reminder under the credit ("温馨提示") is text."""
    for count in range(1, min(_CREDIT_CAPTIONS_MAX, len(body) - 2) + 1):
        if not may_be_caption(body[-count]):
            return 0
        credit, before = body[-count - 1], body[-count - 2]
        if (
            credit[0] == "("
            and credit[-1] == ")"
            and before[-1] in SENTENCE_END_CHARS
            and (is_name_credit(credit[1:-1]) or is_credit_line(credit))
        ):
            return count if is_caption(body[-count]) else 0
    return 0


def _release_date(body: list[str], time_line: str) -> MetaLine:
    """Take a press release's issue date off the body's end, and read it with the time under it.

    The date stands alone ("2019年10月1日(星期二)") or is glued to the last
    sentence ("…職員。2016年5月30日(星期一)"); the time line ("香港時間15時01分") ended the body.
    """
    last = body[-1]
    glued = RELEASE_DATE_GLUED.search(last) if DATE.fullmatch(last) is None else None
    if glued is None:
        date_line = body.pop() if DATE.fullmatch(last) else ""
    else:
        date_line, body[-1] = glued.group(), last[: glued.start()]
    return MetaLine([], extract_release_date(date_line, time_line) if date_line else None, "")


def _drop_after_closing(body: list[str], title: str | None) -> None:
    """Drop what the page printed under the text's end where nothing ended the body.

    A cut repeat of the headline (a caption the capture cut: "某领导带队开展节前安全生"),
    and a paragraph after the one a byline closes ("…部署。(赵海山)"): the site's blurb.
    """
    last = body[-1]
    if title and TITLE_MIN <= len(last) < len(title) and squash(title).startswith(squash(last)):
        body.pop()
    elif body[-2][-1] in ")" and last[-1] not in ")":  # a byline closes the paragraph before, not the last
        credit = extract_trailing_credit(body[-2])
        if credit is not None and any(is_person(name) for name in split_names(credit[1])):
            body.pop()


def _glued_outlet(paragraph: str) -> re.Match[str] | None:
    """An outlet's name set off by a wide gap after a paragraph's last sentence ("…播种。    某某日报"), or None."""
    gap = paragraph.rfind("  ", len(paragraph) - _GLUED_OUTLET_REACH)
    if gap > 0:
        gap = len(paragraph[:gap].rstrip(" "))  # where the run of spaces starts
    found = GLUED_OUTLET.search(paragraph, gap) if gap > 0 else None
    if found is None:
        return None  # no wide gap near the end, or no outlet's name after it
    outlet = found.group("outlet")
    return found if outlet in OUTLET_SHORT_NAMES or outlet.endswith((*OUTLET_ENDINGS, *NEWSROOM_ENDINGS)) else None


def _take_leading_credit(body: list[str]) -> str | None:
    """Take a byline over the text out of ``body``, under the photos' captions or not: an outlet and its
    writers ("某某网站  张三"), or a credit line, its list bullet dropped ("■本报记者 某某 文/图")."""
    at = 0
    while at < len(body) - 1 and body[at][0] in CAPTION_FIRST_CHARS and CAPTION.match(body[at]):
        at += 1
    if at + 1 >= len(body) or len(body[at]) > BYLINE_LINE_MAX or not is_prose(body[at + 1]):
        return None  # no short line with the text opening under it
    line = body[at]
    if line[-1] == "摄" and PHOTO_CREDIT.fullmatch(line[line.rfind("。") + 1 :].strip()) is not None:
        credit: str | None = line[line.rfind("。") + 1 :].strip()  # "资料图。某某 摄": the caption goes with it
    elif " " in line and is_outlet_credit(line):
        credit = line
    else:
        credit = credit_line(line) if may_credit(line) else None
    if credit is not None:
        del body[at]
    return credit


def _is_writers_line(line: str) -> bool:
    """A byline with no role alone under the text: an office and a person parted by a space or a wide gap
    ("某县政协  施某某", "市人大常委会代表工委 谢某某"), or two or three persons' names parted by spaces
    ("邱某某 刘某某")."""
    if len(line) > UNIT_CREDIT_MAX:
        return False
    names = line.split()
    if len(names) == 2 and names[0].endswith(OFFICE_ENDINGS) and not is_person(names[0]) and is_person(names[1]):
        return True
    return 2 <= len(names) <= _WRITERS_MAX and all(map(is_person, names))


def _text_opening(line: str, below: str) -> str:
    """The text's first paragraph without a list bullet or a summary label printed before it.

    "• 为切实加强…" (the paragraph rendered as a list item), "摘要:近日,…" (the
    text printed as its summary); a paper's abstract over its keywords (``below``
    opens with 关键词) keeps its label.
    """
    if line[0] in LIST_RESIDUE:
        return line[2:].lstrip() if line[1:2] == " " else line
    if is_paper_abstract(line, below):
        return line
    label = SUMMARY_LABEL.match(line)
    return line[label.end() :] if label is not None and label.end() < len(line) else line


def _drop_after_end_mark(body: list[str]) -> None:
    """Drop the short lines under a paragraph closed by a wire-style end mark ("…聚集。(完)" / "本文原"): the
    story ended there, and what the capture kept after it is the page's."""
    for at in range(len(body) - 2, max(-1, len(body) - 2 - _AFTER_END_MARK_MAX), -1):
        if body[at][-1] == ")" and body[at].endswith(END_MARKS):
            if all(len(line) <= CELL_LINE_MAX and not is_prose(line) for line in body[at + 1 :]):
                del body[at + 1 :]
            return


def _cut_end_mark(line: str) -> str:
    """Drop a wire-style end mark closing the text ("…服务。(完)"): it is no part of the article."""
    if line[-1:] == ")" and line.endswith(END_MARKS):
        return line[: line.rindex("(")].rstrip()
    return line


def _glued_source(credit: str) -> MetaLine | None:
    """The source named by a parenthesis cut from the last paragraph ("(来源:市发改委)"); None for a credit."""
    if not any(last in credit for last in SOURCE_LABEL_LAST):
        return None  # no source label can stand in it (most credits: "(记者 某某)"), nor a source field
    inner = strip_credit_edge(credit)
    meta = split_fields(inner) if inner and inner[0] in META_OPENERS else None
    if meta is not None and any(f.kind == "source" and f.value for f in meta.fields):
        return meta
    return None
