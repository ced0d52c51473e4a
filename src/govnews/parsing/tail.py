"""Stage 6: credit, source and counter lines after the body, and a publish date at the foot."""

from __future__ import annotations

from typing import Final

from .candidates import is_site_banner
from .creditlines import is_credit_line
from .dates import extract_release_date
from .furniture import is_footer, is_furniture
from .meta import MetaLine, split_fields
from .names import strip_credit_edge
from .normalise import META_OPENERS
from .pairing import take_value_below
from .shapes import TAIL_LINE_MAX, find_tail_label, gives_publish_date, opens_disclosure_label, opens_label
from .tables import (
    END_MARK_WORD,
    LABEL_KINDS,
    PUBLISHED_FIRST_CHARS,
    PUBLISHED_KIND,
    READING_WIDGET,
    READING_WIDGET_FIRST,
    TAIL_KINDS,
    first_char,
    last_char,
    match_label,
)

__all__ = ["Tail", "segment_tail"]

#: Fewest labelled fields in a row read after the text for a credit further on (标签:… 责任编辑:…).
_ROW_LABELS_MIN: Final = 2


class Tail:
    """What the lines after the body hold."""

    #: Labelled lines (source, credits, counter, a dated publish label), in page order.
    metas: list[MetaLine]
    #: Credit lines of their own ("(记者 薛路)", "文/图 赵国庆").
    credits: list[str]
    #: The headline a reading widget names ("正在阅读:某某"), or None.
    reading: str | None

    def __init__(self, metas: list[MetaLine], credits: list[str]) -> None:
        self.metas = metas
        self.credits = credits
        self.reading = None


def _dated_foot_line(line: str) -> MetaLine | None:
    """A line after the body that opens with a publish label and its date ("更新日期:101-03-06").

    Its date is the publish date only where the head prints none (see
    :func:`.fields.select_published`).
    """
    if first_char(line) not in PUBLISHED_FIRST_CHARS or len(line) > TAIL_LINE_MAX:
        return None
    match = match_label(line)
    if match is None or not match["colon"] or LABEL_KINDS[match["label"].replace(" ", "")] != PUBLISHED_KIND:
        return None
    meta = split_fields(line)
    if meta is None or not gives_publish_date(meta):
        return None
    return meta


def _release_date_line(lines: list[str], end: int) -> MetaLine | None:
    """The issue date printed under a press release's end mark ("完" / "2014年1月9日(星期四)" / "香港時間16時20分")."""
    if end + 1 >= len(lines) or lines[end].strip("()[]【】") != END_MARK_WORD or not lines[end + 1][0].isdigit():
        return None
    found = extract_release_date(lines[end + 1], lines[end + 2] if end + 2 < len(lines) else "")
    return None if found is None else MetaLine([], found, "")


def segment_tail(lines: list[str], end: int, end_label: int = -1) -> Tail:
    """Read credit, source and counter lines, a dated publish label and a reading widget, from line ``end`` on.

    ``end_label`` is where the tail label of line ``end`` stands, where the body found one (else -1).

    A label alone on its line takes the line under it as its value, as in the head.
    """
    tail = Tail([], [])
    released = _release_date_line(lines, end)
    if released is not None:
        tail.metas.append(released)
    # a line whose tail label was looked up already: the one that ended the body, the one under a labelled line
    known = end if end_label >= 0 else -1
    known_label: int | None = end_label if end_label >= 0 else None
    for i in range(end, len(lines)):
        line = lines[i]
        if last_char(line) == "|" and (bare := line.rstrip(" |")) and "|" not in bare:
            line = bare  # one cell of a page's layout, its border closing it ("(记者 某某) |")
        at_label = known_label if i == known and line is lines[i] else find_tail_label(line)
        disclosed = at_label is None and opens_disclosure_label(line)
        if disclosed:
            at_label = 0  # a disclosure field under the text ("索引号:…"), its value on the line under it or not
        if at_label is None:
            if line[0] in READING_WIDGET_FIRST and (reading := READING_WIDGET.match(line)) is not None:
                if not _names_site(reading["title"]):
                    tail.reading = tail.reading or reading["title"]
                continue
            dated = _dated_foot_line(line)
            if dated is not None:
                tail.metas.append(dated)
            elif i <= end + 1 and (credited := _credited_label_row(line)) is not None:
                tail.metas.append(credited)
            continue
        meta = split_fields(line[at_label:]) if line[0] != "(" else _bracketed_source(line)
        if at_label and meta is not None and (whole := _credited_label_row(line)) is not None:
            meta = whole  # labelled fields before the credit on its row ("标签:某某 责任编辑:某某"), kept too
        if meta is not None:
            below = lines[i + 1] if i + 1 < len(lines) else ""
            after = lines[i + 2] if i + 2 < len(lines) else ""
            if below:
                known, known_label = i + 1, find_tail_label(below)
                if (
                    known_label is None
                    and not is_footer(below)
                    and (_ends_page(after) or (disclosed and opens_label(after)))
                ):
                    # a label alone over its value ("来源:" / "某办公室" / "打印"), one of a block of them
                    take_value_below(meta, below)
            tail.metas.append(meta)
        elif is_credit_line(line):
            tail.credits.append(line)
    return tail


def _credited_label_row(line: str) -> MetaLine | None:
    """A row of labelled fields right after the text (the caller asks for its first two lines), opened by one
    that is no credit, holding a credit or source further on than a tail label is looked for
    ("标签:某某;某某 责任编辑:某某"); else None."""
    if len(line) > TAIL_LINE_MAX or line[0] not in META_OPENERS or line.count(":") < _ROW_LABELS_MIN:
        return None
    meta = split_fields(line)
    return meta if meta is not None and any(f.kind in TAIL_KINDS and f.value for f in meta.fields) else None


def _names_site(name: str) -> bool:
    """Whether a reading widget names the site, not a page ("某县人民政府门户网站(手机版)")."""
    bracket = name.find("(")
    return is_site_banner(name[:bracket] if bracket > 0 else name)


def _ends_page(line: str) -> bool:
    """Whether ``line``, under a value read after the text, shows the page ends there: nothing, a widget
    or a footer, not a list of related stories whose first line would be no value."""
    return not line or is_furniture(line) or is_footer(line)


def _bracketed_source(line: str) -> MetaLine | None:
    """The fields of a credit line in parentheses that names a source too ("(来源:某区人大  作者:陈某 阙某)")."""
    inner = strip_credit_edge(line)
    meta = split_fields(inner) if inner and inner[0] in META_OPENERS else None
    return meta if meta is not None and any(f.kind == "source" and f.value for f in meta.fields) else None
