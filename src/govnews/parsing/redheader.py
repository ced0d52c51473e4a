"""Stage 4: where the head ends, and the red header between it and the body.

The head ends at the headline's metadata, or earlier where the body has
visibly begun. A document's red header (文号, issuer line, a repeat of the
headline, a reply class, a byline printed above the text) is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Final

from .byline import is_credit_line, is_suffixed_credit, names_glued_role
from .head import Head
from .headline import Headline
from .meta import MetaLine
from .shapes import (
    CREDIT_LINE_MAX,
    ISSUER_LINE_MAX,
    TITLE_MIN,
    document_number_line,
    is_addressee,
    is_column_name,
    is_footer,
    is_furniture,
    is_issuer_line,
    is_prose,
    is_spaced_word,
    squash,
)
from .tables import (
    ADDRESSEE_MAX,
    ADDRESSEE_OPENERS,
    BRACKETED_NOTE,
    CAPTION_ENDINGS,
    CELL_GAPS,
    COVER_DATE,
    CREDIT_BULLETS,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    DASH_RUN,
    DATED_OPENING,
    DATELINE_TITLE,
    DECK_LINES_MAX,
    DECK_MAX,
    DISCLOSURE_MARKS,
    DOCUMENT_KIND_END,
    FOOTNOTE_MARK,
    HEADER_DAY,
    HEADING_NUMBERED,
    ISSUE_NUMBER,
    MASTHEAD_MAX,
    REGISTRATION_CODE,
    REPLY_CLASS,
    REPLY_CLASS_MAX,
    REPLY_HEADER_FIELD,
    REPLY_HEADER_FIELD_FIRST,
    REPLY_HEADER_FIELD_MAX,
    SENTENCE_PUNCT,
    SIGNATURE_DATE,
    SPEECH_HEADER_LINES,
    SUBTITLE_FIRST_CHARS,
    SUBTITLE_LINE,
    SUMMARY_BOX,
    SUMMARY_BOX_FIRST,
)

__all__ = ["Header", "RedHeader", "close_head", "skip_red_header"]


class Header:
    """The head, closed: its metadata lines and where it ends."""

    #: The metadata lines of the head, in page order.
    metas: list[MetaLine]
    #: 文号 lines of their own in the head ("澜政人〔2022〕9号").
    document_numbers: list[str]
    #: A deck line ("——…") printed right under the headline.
    subtitle: str | None
    #: Bylines printed between the headline and the end of the head ("本报记者 某某" over the date line).
    credits: list[str]
    #: Index of the head's last line: the body starts after it.
    end: int

    def __init__(
        self,
        metas: list[MetaLine],
        document_numbers: list[str],
        subtitle: str | None,
        credits: list[str],
        end: int,
    ) -> None:
        self.metas = metas
        self.document_numbers = document_numbers
        self.subtitle = subtitle
        self.credits = credits
        self.end = end


class RedHeader:
    """What a document's red header held between the head and the text."""

    #: Index of the body's first line.
    start: int
    #: Bylines printed above the text ("文/图 记者 张三").
    credits: list[str]
    #: 文号 lines not already in the head.
    document_numbers: list[str]

    def __init__(self, start: int, credits: list[str], document_numbers: list[str]) -> None:
        self.start = start
        self.credits = credits
        self.document_numbers = document_numbers


def close_head(head: Head, excluded: set[int], headline: Headline) -> Header:
    """End the head: after its metadata and headline, or earlier where the body has visibly begun.

    ``excluded`` are the head's lines already taken (metadata, label values, trail).
    """
    lines, metas, at = head.lines, head.metas, headline.at
    title_key = squash(headline.title) if headline.title else ""
    stop = _end_head_at_credits(lines, at, head.stop, metas, excluded, title_key)
    # a day under a cover block's issuer, under the headline printed again, is the document's, no date line
    # (under the headline itself and the site's or issuer's name, it is the page's date line)
    cover = {i for i in metas if at + 2 < i < stop and _is_cover_day(lines, i, metas[i], title_key)}
    taken = {i for i in excluded if (i < stop or i not in metas) and i not in cover}  # metadata past the end: text
    head_end = max(at, max(taken, default=-1))
    numbers: list[str] = []
    credits: list[str] = []
    for i in range(stop):
        if i in taken:
            continue
        line = lines[i]
        if title_key and line.replace(" ", "") == title_key:
            head_end = max(head_end, i)
        elif i == head_end + 1 and is_column_name(line):
            head_end = i  # the channel's name over the text, where the head ends
        elif (number := document_number_line(line)) is not None:
            numbers.append(number)
        elif at < i < head_end and _may_credit(line) and (credit := _credit_line(line)) is not None:
            credits.append(credit)
    subtitle = None
    if 0 <= at < head_end + 1 and at + 1 < len(lines) and SUBTITLE_LINE.match(lines[at + 1]):
        subtitle = lines[at + 1]
        head_end = max(head_end, at + 1)
    elif headline.subtitle is not None and at + 1 < len(lines) and lines[at + 1] == headline.subtitle:
        head_end = max(head_end, at + 1)  # the deck the headline was told from, under it
    kept = [metas[i] for i in sorted(metas) if i < stop and i not in cover]
    return Header(kept, numbers, subtitle, credits, head_end)


def _is_cover_day(lines: list[str], i: int, meta: MetaLine, title_key: str) -> bool:
    """A bare day ("2023年3月28日") under an issuer line under the headline printed again: a cover block's date."""
    if meta.fields or meta.date is None or isinstance(meta.date, dt.datetime) or not SIGNATURE_DATE.match(lines[i]):
        return False  # a cover prints the day alone on its line
    return is_issuer_line(lines[i - 1]) and _is_title_part(lines[i - 2], title_key)


#: Parentheses dropped to compare a line with the headline.
_NO_BRACKETS: Final = str.maketrans("", "", "()")
#: Longest headline whose pieces are looked for in the lines near it (headlines run to about 120 characters).
_TITLE_PARTS_MAX: Final = 300
#: Most characters a repeat of the headline adds after it ("…座谈会强调", "…(图)").
_TITLE_SUFFIX_MAX: Final = 4
#: Shortest piece of the headline matched with characters missing, and the most missing between two kept.
_GARBLED_MIN: Final = 8
_GARBLED_GAP: Final = 2


def _is_title_part(line: str, title_key: str) -> bool:
    """A repeat of the headline, or one of the pieces it was split into.

    Pieces are looked for only in a headline of printable length: a longer line
    taken for the headline is matched whole, so that each line is not searched
    for in it (a huge line then thousands of short ones was quadratic).
    """
    if not title_key or SENTENCE_PUNCT.search(line):
        return False
    key = squash(line)
    if key[-1:] == "]":
        key = FOOTNOTE_MARK.sub("", key)  # "…统计公报[1]"
    if len(title_key) > _TITLE_PARTS_MAX:
        return key == title_key
    if len(key) < TITLE_MIN:
        return False
    if key in title_key or (key.startswith(title_key) and len(key) - len(title_key) <= _TITLE_SUFFIX_MAX):
        return True  # a piece of it, or the headline with a report's verb ("…座谈会强调")
    if ("(" in key or ")" in key) and key.translate(_NO_BRACKETS) == title_key.translate(_NO_BRACKETS):
        return True  # the headline again, its brackets elsewhere ("…目录(2022年度)" for "…目录(2022)年度")
    return len(key) >= _GARBLED_MIN and _is_garbled_part(key, title_key)


def _is_garbled_part(key: str, title_key: str) -> bool:
    """A piece of the headline that lost a few characters in capture ("…第届…第次会议" for "…第七届…第五次会议").

    The line's characters stand in the headline in order, never more than two
    apart, and few are missing in all.
    """
    at = title_key.find(key[0])
    if at < 0:
        return False
    j = at + 1
    missing = 0
    for ch in key[1:]:
        found = title_key.find(ch, j, j + _GARBLED_GAP + 1)
        if found < 0:
            return False
        missing += found - j
        j = found + 1
    return missing <= max(2, len(key) // 8)


def _end_head_at_credits(
    lines: list[str], at: int, stop: int, metas: dict[int, MetaLine], excluded: set[int], title_key: str
) -> int:
    """End the head where the body has visibly begun.

    A credit line after a sentence (a body too short to be prose) and any
    labelled line after an addressee ("各乡镇人民政府:" then "时间:…") belong to
    the body or the tail, not to the head.
    """
    seen_text = seen_addressee = False
    for i in range(max(at, 0) + 1, stop):
        meta = metas.get(i)
        if meta is None:
            line = lines[i]
            if i in excluded or _is_title_part(line, title_key):
                continue
            seen_text = seen_text or "。" in line or "," in line
            seen_addressee = seen_addressee or (line[0] in ADDRESSEE_OPENERS and line[-1] in ":")
        elif seen_addressee or (seen_text and meta.fields and all(f.kind in CREDIT_KINDS for f in meta.fields)):
            return i
    return stop


def _is_reply_class(line: str) -> bool:
    """The reply category of a red header over a reply to a suggestion or proposal ("A类", "类别:A"), or "公开",
    or another field of that header ("签发人:某某", "是否同意公开:(是)")."""
    if line in DISCLOSURE_MARKS:
        return True
    if line[0] in REPLY_HEADER_FIELD_FIRST and len(line) <= REPLY_HEADER_FIELD_MAX and ":" in line:
        return REPLY_HEADER_FIELD.match(line) is not None  # "签发人:某某", "类别:提案"
    return len(line) <= REPLY_CLASS_MAX and line[-1] in "类)ABCDＡＢＣＤ" and REPLY_CLASS.match(line) is not None


def skip_red_header(lines: list[str], start: int, title: str | None, known: list[str], title_at: int = -1) -> RedHeader:
    """Skip the red header between the metadata and the body: repeats, 文号, issuer and credit lines.

    Also a variant of the headline, a document's kind spaced out (通    知), a
    bracketed date, date range or announcement number, an issuer's cover block
    (the issuer over a date), a deck under the headline printed again, and a
    speech's header (occasion, speaker) above its addressee.
    ``known`` are the 文号 lines the head already holds; ``title_at`` is the headline's line.
    """
    title_key = squash(title) if title else ""
    credits: list[str] = []
    numbers: list[str] = []
    seen = set(known)  # each 文号 once: a set, not a scan of the lists for each line
    i = start
    # the line before was the headline printed again (the head may have taken it)
    repeated = title_at < start - 1 and _is_title_part(lines[start - 1], title_key)
    while i < len(lines):
        line = lines[i]
        if (
            _is_title_part(line, title_key)
            or (title_key and line[-1] == title_key[-1] and _is_title_variant(line, title_key))
            or (repeated and len(line) < TITLE_MIN and title_key.endswith(squash(line)))  # its last word ("通知")
        ):
            repeated = True
            i += 1
            continue
        if (
            is_furniture(line)
            or is_footer(line)
            or _is_reply_class(line)
            or (" " in line and _is_spaced_kind(line))
            or (line[0] in "(" and _is_bracketed_note(line))
            or ("A" <= line.lstrip()[:1] <= "Z" and REGISTRATION_CODE.match(line) is not None)
        ):
            i += 1
        elif _may_credit(line) and (credit := _credit_line(line)):
            credits.append(credit)  # a byline printed above the text ("文/图 记者 张三")
            i += 1
        elif (number := document_number_line(line)) is not None:
            if number not in seen:
                seen.add(number)
                numbers.append(number)
            i += 1
        elif (line[0] in SUBTITLE_FIRST_CHARS or line[0] == "(" or line[0].isdigit()) and (
            addressee := _speech_header_end(lines, i)
        ) > i:
            i = addressee  # before the issuer test: an occasion may end with a place ("…在某镇")
        elif i + 1 < len(lines) and is_issuer_line(line):
            following = lines[i + 1]
            if (
                _is_title_part(following, title_key)
                or document_number_line(following) is not None  # whole, or a stump the capture left
                or _is_reply_class(following)
            ):
                i += 1
            elif _is_cover_date(following):
                i += 2  # a cover block: the issuer over the month or day it was issued
            else:
                break
        elif i + 1 < len(lines) and _is_masthead(line, lines[i + 1]):
            i += 2  # a bulletin's masthead over its issue number ("某县政务督查" / "20期")
        elif "  " in line and _is_dated_issuer(line):
            i += 1  # the bulletin's issuer and day ("某县人民政府督查室      2022年8月19")
        elif line[-1] in DASH_RUN and is_issuer_line(line.rstrip(DASH_RUN + " ")):
            i += 1  # the office that wrote it, dashes leading into the text ("某街道办事处---")
        elif line[0] in SUMMARY_BOX_FIRST and i + 1 < len(lines) and SUMMARY_BOX.match(line):
            i += 1  # an editor's note or the key points over the text ("编者按:…", "核心提示:…")
        elif "电" in line and _is_dateline_title(line, title_key):
            i += 1  # a wire's dateline over the headline again ("…电 题:…")
        elif repeated and (decks := _decks_under_repeat(lines, i)) > i:
            i = decks
            continue  # the lines under the decks may be bylines or another repeat
        else:
            break
        repeated = False
    return RedHeader(i, credits, numbers)


def _is_spaced_kind(line: str) -> bool:
    """The document's kind spaced out in its red header ("通    知", "禁 火 令"); "目 录" is the text's."""
    return is_spaced_word(line) and DOCUMENT_KIND_END.search(squash(line)) is not None


def _may_credit(line: str) -> bool:
    """The cheap test before :func:`_credit_line`: a role, a bracket or a bullet opens the line, a glued role,
    or a colon closes it."""
    return line[0] in CREDIT_FIRST_CHARS or line[0] in CREDIT_BULLETS or line[-1] == ":" or names_glued_role(line)


def _credit_line(line: str) -> str | None:
    """A byline printed above the text, its list bullet dropped ("■记者 张三 李四"), or names and the
    writer's word introducing the text ("张三  报道:"); else None."""
    if line[0] in CREDIT_BULLETS:
        line = line.lstrip(CREDIT_BULLETS + " ")
    if not line or len(line) > CREDIT_LINE_MAX:
        return None
    if line[-1] == ":":
        return line[:-1].rstrip() if is_suffixed_credit(line[:-1].rstrip()) else None
    return line if is_credit_line(line) else None


def _is_title_variant(line: str, title_key: str) -> bool:
    """The headline printed again in other words under it: nearly all its characters are the headline's.

    "2019年某镇政府信息公开工作年度报告" under "义乌市某镇2019年度政府信息公开工作年度报告".
    """
    key = squash(line)
    if not title_key or len(key) * 10 < len(title_key) * 6 or len(key) > len(title_key) or key[-1] != title_key[-1]:
        return False  # ... and it ends as the headline does
    if SENTENCE_PUNCT.search(key):
        return False
    left = Counter(title_key)
    left.subtract(key)
    missing = sum(-n for n in left.values() if n < 0)
    return missing * 10 <= len(key)


def _is_bracketed_note(line: str) -> bool:
    """A note in parentheses under the headline: a date, a date range or an announcement's number.

    "(二OO八年二月二十六日)", "(9月4日—9月10日)", "(第3号)" or its stump "(第3"; an
    adoption note "(…会议通过)" is the text's first line.
    """
    return BRACKETED_NOTE.match(line) is not None


def _speech_header_end(lines: list[str], i: int) -> int:
    """Where the header of a speech or report ends: the addressee ("各位代表:") it stands above; else ``i``.

    The header opens with a deck ("——2020年1月9日在…会议上") or the occasion's
    date, bare or in parentheses ("(2017年1月9日在…会议上)"), and every line down to
    the addressee is short, without a sentence (the occasion run over two lines,
    the speaker "某镇镇长 杨某").
    """
    line = lines[i]
    if line[0] == "(" and line[-1] == ")":
        line = line[1:-1]
    if not (SUBTITLE_LINE.match(line) or DATED_OPENING.match(line)):
        return i
    for j in range(i + 1, min(len(lines), i + SPEECH_HEADER_LINES + 1)):
        following = lines[j]
        if following[0] in ADDRESSEE_OPENERS and following[-1] in ":" and len(following) <= ADDRESSEE_MAX:
            return j
        if len(following) > ISSUER_LINE_MAX or SENTENCE_PUNCT.search(following):
            return i
    return i


def _decks_under_repeat(lines: list[str], i: int) -> int:
    """Where the deck lines under the headline printed again above the text end; ``i`` where there are none.

    Up to three short lines without a sentence ("推动…取得新的重大突破" / "某某出席"), prose after them.
    """
    end = i
    while end < len(lines) and end < i + DECK_LINES_MAX and _is_deck_line(lines[end]):
        end += 1
    return end if i < end < len(lines) and is_prose(lines[end]) else i


def _is_deck_line(line: str) -> bool:
    """A line that may be a deck: short, no sentence, no label, no numbered heading, no photo's caption,
    no addressee (one that lost its colon: "各街道办事处、…,各有关单位")."""
    if len(line) > DECK_MAX or SENTENCE_PUNCT.search(line) or line[-1] in ":" or line.endswith(CAPTION_ENDINGS):
        return False
    return HEADING_NUMBERED.match(line) is None and not is_addressee(line)


def _is_masthead(line: str, following: str) -> bool:
    """A bulletin's name over its issue number: short, no sentence, the number alone on the next line."""
    return (
        len(following) <= MASTHEAD_MAX
        and following[-1] == "期"
        and ISSUE_NUMBER.fullmatch(following) is not None
        and len(line) <= MASTHEAD_MAX
        and not SENTENCE_PUNCT.search(line)
    )


def _is_dated_issuer(line: str) -> bool:
    """An office and a day, two cells of a bulletin's header parted by a wide gap."""
    cells = CELL_GAPS.split(line.strip())
    return len(cells) == 2 and HEADER_DAY.fullmatch(cells[1]) is not None and is_issuer_line(cells[0])


def _is_cover_date(line: str) -> bool:
    """The date under a cover block's issuer: the month or day, also in parentheses ("(2023年5月)")."""
    bare = line[1:-1].strip() if line[0] in "(" and line[-1] in ")" else line
    return COVER_DATE.match(bare) is not None or SIGNATURE_DATE.match(bare) is not None


def _is_dateline_title(line: str, title_key: str) -> bool:
    """A wire's dateline printing the headline after it ("某社北京5月9日电 题:…")."""
    match = DATELINE_TITLE.match(line)
    return match is not None and _is_title_part(line[match.end() :], title_key)
