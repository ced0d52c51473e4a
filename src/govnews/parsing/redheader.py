"""Stage 4: where the head ends, and the red header between it and the body.

The head ends at the headline's metadata, or earlier where the body has
visibly begun. A document's red header (文号, issuer line, a repeat of the
headline, a reply class, a byline printed above the text) is skipped.
"""

from __future__ import annotations

from typing import NamedTuple

from .byline import is_credit_line
from .head import Head
from .headline import Headline
from .meta import MetaLine
from .shapes import CREDIT_LINE_MAX, ISSUER_LINE_MAX, TITLE_MIN, is_document_number, is_footer, is_furniture, squash
from .tables import (
    ADDRESSEE_OPENERS,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    OFFICE_ENDINGS,
    RED_HEADER_SUFFIX,
    REPLY_CLASS,
    REPLY_CLASS_MAX,
    SENTENCE_PUNCT,
    SUBTITLE_LINE,
)

__all__ = ["Header", "RedHeader", "close_head", "skip_red_header"]


class Header(NamedTuple):
    """The head, closed: its metadata lines and where it ends."""

    #: The metadata lines of the head, in page order.
    metas: list[MetaLine]
    #: 文号 lines of their own in the head ("澜政人〔2022〕9号").
    document_numbers: list[str]
    #: A deck line ("——…") printed right under the headline.
    subtitle: str | None
    #: Index of the head's last line: the body starts after it.
    end: int


class RedHeader(NamedTuple):
    """What a document's red header held between the head and the text."""

    #: Index of the body's first line.
    start: int
    #: Bylines printed above the text ("文/图 记者 张三").
    credits: list[str]
    #: 文号 lines not already in the head.
    document_numbers: list[str]


def close_head(head: Head, excluded: set[int], headline: Headline) -> Header:
    """End the head: after its metadata and headline, or earlier where the body has visibly begun.

    ``excluded`` are the head's lines already taken (metadata, label values, trail).
    """
    lines, metas, at = head.lines, head.metas, headline.at
    title_key = squash(headline.title) if headline.title else ""
    stop = _end_head_at_credits(lines, at, head.stop, metas, excluded, title_key)
    taken = {i for i in excluded if i < stop or i not in metas}  # metadata lines past the end are the text's
    head_end = max(at, max(taken, default=-1))
    numbers: list[str] = []
    for i in range(stop):
        if i in taken:
            continue
        line = lines[i]
        if title_key and line.replace(" ", "") == title_key:
            head_end = max(head_end, i)
        elif is_document_number(line):
            numbers.append(line)
    subtitle = None
    if 0 <= at < head_end + 1 and at + 1 < len(lines) and SUBTITLE_LINE.match(lines[at + 1]):
        subtitle = lines[at + 1]
        head_end = max(head_end, at + 1)
    return Header([metas[i] for i in sorted(metas) if i < stop], numbers, subtitle, head_end)


#: Longest headline whose pieces are looked for in the lines near it (headlines run to about 120 characters).
_TITLE_PARTS_MAX = 300


def _is_title_part(line: str, title_key: str) -> bool:
    """A repeat of the headline, or one of the pieces it was split into.

    Pieces are looked for only in a headline of printable length: a longer line
    taken for the headline is matched whole, so that each line is not searched
    for in it (a huge line then thousands of short ones was quadratic).
    """
    if not title_key or SENTENCE_PUNCT.search(line):
        return False
    key = squash(line)
    if len(title_key) > _TITLE_PARTS_MAX:
        return key == title_key
    return len(key) >= TITLE_MIN and key in title_key


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
    """The reply category of a red header over a reply to a suggestion or proposal ("A类")."""
    return len(line) <= REPLY_CLASS_MAX and line[-1] in "类)" and REPLY_CLASS.match(line) is not None


def _is_issuer_line(line: str) -> bool:
    """The issuer line of a red header: an office ("某县政府办公室"), or its 文件 header ("某县政府办公室文件")."""
    if line.endswith(RED_HEADER_SUFFIX):
        line = line[: -len(RED_HEADER_SUFFIX)]
    return line.endswith(OFFICE_ENDINGS)


def skip_red_header(lines: list[str], start: int, title: str | None, known: list[str]) -> RedHeader:
    """Skip the red header between the metadata and the body: repeats, 文号, issuer and credit lines.

    ``known`` are the 文号 lines the head already holds.
    """
    title_key = squash(title) if title else ""
    credits: list[str] = []
    numbers: list[str] = []
    seen = set(known)  # each 文号 once: a set, not a scan of the lists for each line
    i = start
    while i < len(lines):
        line = lines[i]
        if is_furniture(line) or is_footer(line) or _is_title_part(line, title_key) or _is_reply_class(line):
            i += 1
        elif len(line) <= CREDIT_LINE_MAX and line[0] in CREDIT_FIRST_CHARS and is_credit_line(line):
            credits.append(line)  # a byline printed above the text ("文/图 记者 张三")
            i += 1
        elif is_document_number(line):
            if line not in seen:
                seen.add(line)
                numbers.append(line)
            i += 1
        elif (
            len(line) <= ISSUER_LINE_MAX
            and i + 1 < len(lines)
            and _is_issuer_line(line)
            and (_is_title_part(lines[i + 1], title_key) or is_document_number(lines[i + 1]))
        ):
            i += 1
        else:
            break
    return RedHeader(i, credits, numbers)
