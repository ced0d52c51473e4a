"""Stage 4: where the head ends.

The head ends at the headline's metadata, or earlier where the body has
visibly begun (an addressee, a column's name over the text, a byline). The
tests of a line that repeats the headline, of a reply class and of a byline
over the text are shared with :mod:`.redheader`, which skips the red header
after the head.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from .byline import names_glued_role
from .candidates import is_leaders_deck
from .creditlines import is_credit_line, is_suffixed_credit
from .head import Head
from .headline import Headline
from .meta import MetaLine
from .shapes import (
    BYLINE_LINE_MAX,
    CREDIT_LINE_MAX,
    TITLE_MIN,
    document_number_line,
    is_column_name,
    is_issuer_line,
    is_meeting_channel,
    signer_fields,
    squash,
)
from .tables import (
    ADDRESSEE_OPENERS,
    CREDIT_BULLETS,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    DISCLOSURE_MARKS,
    FOOTNOTE_MARK,
    REPLY_CLASS,
    REPLY_CLASS_MAX,
    REPLY_HEADER_FIELD,
    REPLY_HEADER_FIELD_FIRST,
    REPLY_HEADER_FIELD_MAX,
    SIGNATURE_DATE,
    SUBTITLE_FIRST,
    SUBTITLE_LINE,
    first_char,
    has_sentence_punct,
)

__all__ = ["Header", "close_head", "credit_line", "is_reply_class", "is_title_part", "may_credit"]


#: Parentheses dropped to compare a line with the headline.
_NO_BRACKETS: Final = str.maketrans("", "", "()")
#: Longest headline whose pieces are looked for in the lines near it (headlines run to about 120 characters).
_TITLE_PARTS_MAX: Final = 300
#: Most characters a repeat of the headline adds after it ("…座谈会强调", "…(图)").
_TITLE_SUFFIX_MAX: Final = 4
#: Shortest piece of the headline matched with characters missing, and the most missing between two kept.
_GARBLED_MIN: Final = 8
_GARBLED_GAP: Final = 2


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
    head_end = max(at, -1)
    for i in taken:  # (compiled, a loop compares machine integers, where max() of a set is a Python call)
        head_end = max(head_end, i)
    numbers: list[str] = []
    credits: list[str] = []
    signers: list[MetaLine] = []
    for i in range(stop):
        if i in taken:
            continue
        line = lines[i]
        if title_key and len(line) >= len(title_key) and squash(line) == title_key:
            head_end = max(head_end, i)
        elif i == head_end + 1 and (is_column_name(line) or (at < 0 and is_meeting_channel(line))):
            head_end = i  # the channel's name over the text, where the head ends (a meetings channel's, on a
            # page with no headline: under one, "党组会议" may head a section of the text)
        elif (number := document_number_line(line)) is not None:
            numbers.append(number)
            if (fields := signer_fields(line, number)) is not None:
                signers.append(fields)  # the official signing it, a cell after the 文号: the document's metadata
        elif at < i < head_end and may_credit(line) and (credit := credit_line(line)) is not None:
            credits.append(credit)
    subtitle = None
    if (
        0 <= at < head_end + 1
        and at + 1 < len(lines)
        and lines[at + 1][0] in SUBTITLE_FIRST
        and SUBTITLE_LINE.match(lines[at + 1])
    ):
        subtitle = lines[at + 1]
        head_end = max(head_end, at + 1)
    elif headline.subtitle is not None and at + 1 < len(lines) and lines[at + 1] == headline.subtitle:
        head_end = max(head_end, at + 1)  # the deck the headline was told from, under it
    elif head_end + 1 < len(lines) and is_leaders_deck(lines[head_end + 1]):
        head_end += 1  # the deck naming the leaders who attended or chaired ("某某主持会议并讲话"), over the text
        subtitle = lines[head_end]
    kept = [metas[i] for i in sorted(metas) if i < stop and i not in cover]
    return Header(kept + signers, numbers, subtitle, credits, head_end)


def _is_cover_day(lines: list[str], i: int, meta: MetaLine, title_key: str) -> bool:
    """A bare day ("2023年3月28日") under an issuer line under the headline printed again: a cover block's date."""
    if meta.fields or meta.date is None or isinstance(meta.date, dt.datetime) or not SIGNATURE_DATE.match(lines[i]):
        return False  # a cover prints the day alone on its line
    return is_issuer_line(lines[i - 1]) and is_title_part(lines[i - 2], title_key)


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

    A credit line after a sentence (a body too short to be prose), a date alone
    on its line after a line that ends one (the text's signature date) and any
    labelled line after an addressee ("各乡镇人民政府:" then "时间:…") belong to
    the body or the tail, not to the head.
    """
    seen_text = seen_sentence = seen_addressee = False
    for i in range(max(at, 0) + 1, stop):
        meta = metas.get(i)
        if meta is None:
            line = lines[i]
            if i in excluded or is_title_part(line, title_key):
                continue
            seen_text = seen_text or "。" in line or "," in line
            seen_sentence = seen_sentence or line[-1] == "。"
            seen_addressee = seen_addressee or (line[0] in ADDRESSEE_OPENERS and line[-1] in ":")
        elif (
            seen_addressee
            or (seen_text and meta.fields and all(f.kind in CREDIT_KINDS for f in meta.fields))
            or (seen_sentence and not meta.fields and meta.date is not None)  # the text's signature date
        ):
            return i
    return stop


def is_title_part(line: str, title_key: str) -> bool:
    """A repeat of the headline, or one of the pieces it was split into.

    Pieces are looked for only in a headline of printable length: a longer line
    taken for the headline is matched whole, so that each line is not searched
    for in it (a huge line then thousands of short ones was quadratic).
    """
    if not title_key or has_sentence_punct(line):
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


def is_reply_class(line: str) -> bool:
    """The reply category of a red header over a reply to a suggestion or proposal ("A类", "类别:A"), or "公开",
    or another field of that header ("签发人:某某", "是否同意公开:(是)")."""
    if line in DISCLOSURE_MARKS:
        return True
    if line[0] in REPLY_HEADER_FIELD_FIRST and len(line) <= REPLY_HEADER_FIELD_MAX and ":" in line:
        return REPLY_HEADER_FIELD.match(line) is not None  # "签发人:某某", "类别:提案"
    return len(line) <= REPLY_CLASS_MAX and line[-1] in "类)ABCDＡＢＣＤ" and REPLY_CLASS.match(line) is not None


def may_credit(line: str) -> bool:
    """The cheap test before :func:`credit_line`: a role, a bracket or a bullet opens the line, a glued role,
    or a colon closes it."""
    first = first_char(line)
    return first in CREDIT_FIRST_CHARS or first in CREDIT_BULLETS or line[-1] == ":" or names_glued_role(line)


def credit_line(line: str) -> str | None:
    """A byline printed above the text, its list bullet dropped ("■记者 张三 李四"), or names and the
    writer's word introducing the text ("张三  报道:"); else None."""
    if line[0] in CREDIT_BULLETS:
        line = line.lstrip(CREDIT_BULLETS + " ")
    if not line or len(line) > BYLINE_LINE_MAX or (len(line) > CREDIT_LINE_MAX and not names_glued_role(line)):
        return None  # a longer one only where an outlet's reporters open it
    if line[-1] == ":":
        return line[:-1].rstrip() if is_suffixed_credit(line[:-1].rstrip()) else None
    return line if is_credit_line(line) else None
