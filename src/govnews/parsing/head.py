"""Stage 1: the head's metadata lines, down to the first line of prose.

Every line that opens with a label or a standalone date above the first prose
line is read (:func:`.meta.split_fields`, and under them a table's rows whose
labels the vocabulary lacks, :mod:`.rows`); :mod:`.pairing` then gives the labels
a page prints apart from their values those values (a label alone on its line
takes the next line).
"""

from __future__ import annotations

from typing import Final

from .dates import extract_leading_date, extract_odd_date_line, find_timed_date
from .furniture import is_piped_header_row
from .labels import label_kind
from .meta import Field, MetaLine, split_fields
from .names import is_person, split_names
from .normalise import META_OPENERS, strip_bullet
from .pairing import pair_values
from .rows import read_bare_row, read_label_row
from .shapes import (
    SHORTEST_PROSE,
    document_number_line,
    gives_publish_date,
    is_addressee,
    is_issuer_line,
    is_prose,
    is_spoken_turn,
    opens_section,
)
from .tables import (
    ADDRESSEE_OPENERS,
    AUTHOR_KIND,
    BREADCRUMB_LABEL,
    BULLET_CHARS,
    CELL_GAP,
    CELL_GAPS,
    CLOCK,
    CREDIT_KINDS,
    DATE,
    DATE_KINDS,
    DATE_LABEL_ENDINGS,
    DAY_LEAD,
    HEAD_LABEL_ROW,
    INDEX_NUMBER_SHAPE,
    ISSUER_KIND,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    LIST_INTRO_ENDINGS,
    NON_PERSON_SUFFIXES,
    OFFICE_ENDINGS,
    PREFIXED_HEADLINE_MIN,
    PRINT_EDITION,
    PRINT_EDITION_KEY,
    ROW_NUMBER_HEADERS,
    TAIL_KINDS,
    UNKNOWN_KIND,
    UNKNOWN_LABEL,
    WEEKDAY_LINE,
    YEARLESS_DATE_KEY,
    YEARLESS_DATE_LINE,
    YEARLESS_DATE_MAX,
    first_char,
    has_sentence_punct,
)

__all__ = ["Head", "scan_head"]


#: A paragraph among this many first lines that is printed again within the next
#: ``SUMMARY_REACH`` lines is the page's summary above its headline, not the text's start.
SUMMARY_LINES: Final = 3
SUMMARY_REACH: Final = 12
#: Most lines between a widget's prose over the headline and the dated labels under it (a "back" link
#: and the trail may stand between).
_WIDGET_HEADLINE_REACH: Final = 5
#: How far down the page a site's blurb over the headline is looked for, and the longest headline under it.
_BLURB_LINES: Final = 12
_BLURB_HEADLINE_MAX: Final = 80
#: Longest date line with words around its date, and longest words before its labels or date.
_DATED_LINE_MAX: Final = 80
_NAME_BEFORE_META_MAX: Final = 40
#: Longest name after a date with no label taken for the writer (a given name and surname).
_DATED_PERSON_MAX: Final = 3
#: Longest label:value line whose label the vocabulary lacks read as metadata.
_ROW_MAX: Final = 40
#: How many lines under a label-less table's issuer cell are looked at for the same words (the headline).
_BARE_TABLE_REACH: Final = 8
#: What an index number in its national form opens with: an ASCII letter or digit (a set, where
#: ``str.isascii`` and ``str.isalnum`` are each a method call when compiled).
_INDEX_OPENERS: Final = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: How far under a calendar widget's date the page's own date line is looked for.
_CALENDAR_REACH: Final = 8
#: Shortest sentence (with a clause comma and a full stop) that opens the text under the page's date.
_SHORT_SENTENCE_MIN: Final = 10
#: How many lines under a date line printed without its year must hold no other (a schedule's times).
_YEARLESS_REACH: Final = 8


class Head:
    """What the head scan found."""

    #: The page's lines; prose glued after a flattened page's metadata is a line of its own.
    lines: list[str]
    #: Index of the first prose line: the head reaches no further.
    stop: int
    #: The metadata lines, by index, in page order.
    metas: dict[int, MetaLine]
    #: Lines taken as the value of a label printed alone above ("发布时间:" / "2025-05-22 10:03").
    values: set[int]

    def __init__(self, lines: list[str], stop: int, metas: dict[int, MetaLine], values: set[int]) -> None:
        self.lines = lines
        self.stop = stop
        self.metas = metas
        self.values = values


def scan_head(lines: list[str], marked: str = "") -> Head:
    """Read metadata lines down to the first prose line (``marked``, the headline markup sets apart, is none)."""
    metas: dict[int, MetaLine] = {}
    stop = len(lines)
    dated = False  # a line above gave a date
    rows: dict[int, tuple[str, str]] = {}  # label:value lines whose label the vocabulary lacks
    for i, line in enumerate(lines):
        first = first_char(line)  # one string for the first-character tests below (its hash is kept)
        if first == "序" and (
            (metas and line in ROW_NUMBER_HEADERS)
            or (i and i + 1 < len(lines) and "|" in lines[i + 1] and is_piped_header_row(line))
        ):
            stop = i  # a table's header row under the metadata or a headline, its rows under it: the text has begun
            break
        if i and first in ADDRESSEE_OPENERS and is_addressee(line):
            stop = i  # a document's addressee ("各乡镇人民政府:"): its text has begun
            break
        if i and first.isdigit() and DAY_LEAD.match(line) is not None:
            stop = i  # a news lead's opening day and comma ("11月20日,某区召开…"): its text has begun
            break
        if i and first.isdigit() and i - 1 not in metas and lines[i - 1].endswith(LIST_INTRO_ENDINGS):
            stop = i - 1  # a sentence announcing a numbered list ("…公告如下:" / "1、时间:…"): the text's
            break
        # the opener gate of split_fields, here to spare the call for most lines
        meta = split_fields(line) if first in META_OPENERS else None
        if meta is not None and not _is_prefixed_headline(meta) and not is_spoken_turn(line, meta):
            if meta.date is not None and not meta.fields and not meta.spill:
                if (
                    i + 1 < len(lines)
                    and WEEKDAY_LINE.fullmatch(lines[i + 1]) is not None
                    and _dated_below(lines, i + 2)
                ):
                    continue  # a calendar widget: today's date over its weekday ("2021-09-20" / "星期一"), the
                    # page's own date line further down
                if opens_section(lines, i - 1) and opens_section(lines, i + 1):
                    continue  # a record's date under its label, another section's label under it ("会议时间:" /
                    # "2022年5月28日" / "会议议题:"): the record is the text, and its date no date of the page
                meta = _with_dated_person(line, meta)
            metas[i] = meta
            dated = dated or meta.date is not None or any(f.kind in DATE_KINDS for f in meta.fields)
        elif i - 1 in metas and "|" in line and (row := read_label_row(line)) is not None:
            metas[i] = row  # a table row whose label the vocabulary lacks, under known ones
        elif i - 1 in metas and first in LABEL_FIRST_CHARS and (row := read_bare_row(line, lines[i - 1])) is not None:
            metas[i] = row  # a row of a table printing its labels bare, under a row of it
        elif (first in _INDEX_OPENERS or first in BULLET_CHARS) and (number := _index_number_line(line)) is not None:
            metas[i] = number  # an index number printed with no label, a date beside it or not
            dated = dated or number.date is not None
        elif not dated and i and first.isdigit() and _is_yearless_date(line) and _is_lone_yearless_date(lines, i):
            metas[i] = MetaLine([Field(UNKNOWN_KIND, YEARLESS_DATE_KEY, line)], None, "")  # no year: no publish date
        elif i - 1 in metas and _is_bare_index(metas[i - 1]) and (office := _bare_issuer(lines, i)) is not None:
            metas[i] = office  # the issuer's cell under it, its label lost too
        elif line[-1] == "号" and _under_bare_index(metas, i) and (number := _bare_document_number(line)) is not None:
            metas[i] = number  # the 文号's cell of that table, its label lost too
        elif not dated and first == "《" and line[-1] == ")" and (edition := _edition_line(line)) is not None:
            metas[i] = edition  # a newspaper's edition line under the headline: its date is the page's
            dated = True
        elif not dated and ":" in line and len(line) <= _DATED_LINE_MAX and (found := _date_line(line)) is not None:
            metas[i] = found  # the page's date line, the date printed among other words
            dated = True
        elif len(line) <= _DATED_LINE_MAX and CELL_GAP in line and (cells := _cell_row(line)) is not None:
            metas[i] = cells
        elif ":" in line and len(line) <= _ROW_MAX and (pair := HEAD_LABEL_ROW.match(strip_bullet(line))) is not None:
            label = pair["label"]
            # a location label opens a trail (each holds 位置 or 页面: the pattern is tried only where one may stand)
            if not ("位" in label or "页" in label) or BREADCRUMB_LABEL.match(label) is None:
                rows[i] = label.replace(" ", ""), pair["value"].strip()
        elif (
            (len(line) >= SHORTEST_PROSE and is_prose(line))
            or (dated and line[-1] == "。" and len(line) >= _SHORT_SENTENCE_MIN and "," in line)
        ) and line.replace(" ", "") != marked:
            # prose, or under the page's date a short sentence of clauses ("6月1日,某县召开某会议。")
            if i < SUMMARY_LINES and line in lines[i + 1 : i + SUMMARY_REACH]:
                continue  # a summary over the headline, printed again as the text's first paragraph
            if i < SUMMARY_REACH and metas and line in lines[:i]:
                continue  # the headline printed again under the metadata, as a table's value ("名称" / the headline)
            if i < SUMMARY_LINES and _is_widget_over_headline(lines, i):
                continue  # a widget's text (a weather report) over the headline and its dated labels
            if i < _BLURB_LINES and _is_blurb_over_headline(lines, i):
                continue  # the site's blurb (a county's profile) over the headline and its metadata line
            stop = i
            break
    used = pair_values(lines, stop, metas, rows)
    # in page order: pair_values reads some labels last, and the dict keeps the order keys came in
    metas = {i: metas[i] for i in sorted(metas) if i not in used}
    spills = [meta.spill for meta in metas.values() if meta.spill]
    if spills:  # prose glued after the metadata opens the body, right under the metadata's last line
        at = min(stop, max(max(metas), max(used, default=-1)) + 1)
        lines = lines[:at] + spills + lines[at:]
        stop = at
    return Head(lines, stop, metas, used)


def _is_blurb_over_headline(lines: list[str], i: int) -> bool:
    """Whether prose line ``i``, near the page's top, is the site's blurb over the headline: the line under
    it is no prose and the one under that a dated metadata line that also counts, sources or credits
    ("时间:2023年10月17日 点击次数:2823"), as only a page's own metadata line does."""
    if i + 2 >= len(lines) or is_prose(lines[i + 1]) or len(lines[i + 1]) > _BLURB_HEADLINE_MAX:
        return False
    dated = lines[i + 2]
    meta = split_fields(dated) if dated[0] in META_OPENERS else None
    return meta is not None and gives_publish_date(meta) and any(f.kind in TAIL_KINDS for f in meta.fields)


def _is_widget_over_headline(lines: list[str], i: int) -> bool:
    """Whether prose line ``i``, among the first, is a widget's text printed over the headline.

    Only labels ("天气预报:") stand above it, and a labelled publish date follows
    within a few lines, after a line that is no prose (the headline): the body
    starts under that date, not here. A document's signature date has no label.
    """
    if any(line[-1] != ":" for line in lines[:i]):
        return False
    for j in range(i + 2, min(len(lines), i + 2 + _WIDGET_HEADLINE_REACH)):
        line = lines[j]
        meta = split_fields(line) if line[0] in META_OPENERS else None
        if meta is not None:
            return gives_publish_date(meta) and not any(is_prose(lines[k]) for k in range(i + 1, j))
    return False


def _with_dated_person(line: str, meta: MetaLine) -> MetaLine:
    """A date line that names a person after the date, with no label ("2013-10-11    张三"): the writer.

    The name of an outlet there ("2024-03-02 某某日报") is no labelled source and is left.
    """
    found = extract_leading_date(strip_bullet(line))
    name = found[1].strip() if found is not None else ""
    if CELL_GAP in name:  # an office's cell, then the person's ("2022-03-14 14:56   某镇人民政府   张三")
        cells = CELL_GAPS.split(name)
        name = cells[1] if len(cells) == 2 and cells[0].endswith(OFFICE_ENDINGS) else ""
    if not 2 <= len(name) <= _DATED_PERSON_MAX or not is_person(name):
        return meta  # a four-character word there is a column's or outlet's name more often than a person's
    return MetaLine([Field(AUTHOR_KIND, "", name)], meta.date, "")


def _dated_below(lines: list[str], start: int) -> bool:
    """Whether a line among the few from ``start`` holds a full date (the page's date line under a calendar's)."""
    return any(DATE.search(line) is not None for line in lines[start : start + _CALENDAR_REACH])


def _is_lone_yearless_date(lines: list[str], i: int) -> bool:
    """Whether the date line without its year at ``i`` is the page's: prose or a metadata line under it, and no
    other such line near (a schedule's, a timetable's or a live report's times, which are text)."""
    if i + 1 >= len(lines):
        return False
    following = lines[i + 1]
    if not (len(following) >= SHORTEST_PROSE and is_prose(following)) and not (
        following[0] in META_OPENERS and split_fields(following) is not None
    ):
        return False
    return not any(_is_yearless_date(line) for line in lines[i + 1 : i + 1 + _YEARLESS_REACH])


def _is_yearless_date(line: str) -> bool:
    """The page's date line printed without its year ("11-15 16:24"): metadata, though no publish date."""
    return len(line) <= YEARLESS_DATE_MAX and YEARLESS_DATE_LINE.fullmatch(line) is not None


def _cell_row(line: str) -> MetaLine | None:
    """A row of labelled cells parted by wide gaps that opens with a label the vocabulary lacks.

    "连载:某某   出版社:某某   作者:某某": the first cell is kept in ``extra`` and the
    cells each hold a label and its value, and a known label opens one of them; the
    others are kept in ``extra``.
    """
    if UNKNOWN_LABEL.match(line) is None:
        return None
    fields: list[Field] = []
    date = None
    known = False
    for cell in CELL_GAPS.split(line):
        meta = split_fields(cell) if cell[0] in META_OPENERS else None
        if meta is not None and meta.fields:
            fields += meta.fields
            date = date or meta.date
            known = True
            continue
        label = UNKNOWN_LABEL.match(cell)
        if label is None:
            return None
        fields.append(Field(label_kind(label["label"]), label["label"], cell[label.end() :].strip()))
    return MetaLine(fields, date, "") if known else None


def _edition_line(line: str) -> MetaLine | None:
    """A newspaper's edition line ("《某某日报》(2024年05月10日 04版)"): its date, the line kept in ``extra``."""
    if PRINT_EDITION.fullmatch(line) is None:
        return None
    dated = extract_leading_date(line[line.index("(") + 1 :].lstrip())
    return None if dated is None else MetaLine([Field(UNKNOWN_KIND, PRINT_EDITION_KEY, line)], dated[0], "")


def _index_number_line(line: str) -> MetaLine | None:
    """An index number in its national form alone on its line (a list item's or not), or with a date
    after a wide gap."""
    if line[0] in BULLET_CHARS:
        line = line[1:].lstrip()
    found = INDEX_NUMBER_SHAPE.match(line) if "/" in line else None  # the pattern needs its slash
    if found is None:
        return None
    rest = line[found.end() :].strip()
    dated = extract_leading_date(rest) if rest else None
    if rest and (dated is None or dated[1].strip()):
        return None
    return MetaLine([Field("index_number", "", found.group())], dated[0] if dated else None, "")


def _is_bare_index(meta: MetaLine) -> bool:
    """An index number read with no label: the first cell of a disclosure table whose labels were lost."""
    return len(meta.fields) == 1 and meta.fields[0].kind == "index_number" and not meta.fields[0].label


def _under_bare_index(metas: dict[int, MetaLine], i: int) -> bool:
    """Whether an index number read with no label stands among the few lines over line ``i``: the cells
    under it are that table's, their labels lost too."""
    return any(j in metas and _is_bare_index(metas[j]) for j in range(max(0, i - _BARE_TABLE_REACH), i))


def _bare_document_number(line: str) -> MetaLine | None:
    """A 文号 alone on its line, a list item's or not ("• 某政办规〔2024〕1号"): that cell's field."""
    bare = strip_bullet(line)
    number = document_number_line(bare) if bare else None
    return None if number is None or number != bare else MetaLine([Field("document_number", "", number)], None, "")


def _bare_issuer(lines: list[str], i: int) -> MetaLine | None:
    """An office's name alone under an unlabelled index number ("某县政府", "• 某镇人民政府"): the issuer's
    cell of that table, as the tables print their cells in order (索引号, 发布机构, …).

    A line printed again under the table is the headline's cell ("• 县长调研某某镇" over the headline), no office.
    """
    line = strip_bullet(lines[i])
    if not line or " " in line or not is_issuer_line(line):
        return None
    if any(other.endswith(line) and len(other) - len(line) <= 2 for other in lines[i + 1 : i + _BARE_TABLE_REACH]):
        return None  # the same words again under the table (a bullet before them or not): the headline
    return MetaLine([Field(ISSUER_KIND, "", line)], None, "")


def _date_line(line: str) -> MetaLine | None:
    """The page's date line where words stand around its date: the metadata after a name, a date with its
    time, or a date under a date label the vocabulary lacks.

    A name before the labels ("某省水利厅 时间:2020-03-18", a site's name and
    address) is dropped where the labels give a date; a date with its time among
    words ("某某网 2024-05-11 09:36", "原创:某某网2024-04-23 12:27:25",
    "2024-05-13 06:16发布于某地") is the line's date, and labels after it are read.
    No sentence is such a line.
    """
    if has_sentence_punct(line) or CLOCK.search(line):
        return None
    if (line[2:3] == "." or line[4:5] == " ") and (odd := extract_odd_date_line(line)) is not None:
        return MetaLine([], odd, "")  # a date printed day first ("09.07.2021 18:30") or in pieces ("2023 01 / 11 …")
    opener = UNKNOWN_LABEL.match(line)
    if opener is not None and opener["label"] not in LABEL_KINDS and opener["label"].endswith(DATE_LABEL_ENDINGS):
        rest = line[opener.end() :].lstrip()  # a date label the vocabulary lacks ("登载日期:2024-05-28 …")
        meta = split_fields(rest) if rest[:1].isdigit() else None
        if meta is not None and meta.date is not None:
            return meta
    space = line.find(" ")
    while 0 < space < _NAME_BEFORE_META_MAX and ":" not in line[:space]:  # a name, no label:value, before
        rest = line[space + 1 :].lstrip()
        if rest and rest[0] in LABEL_FIRST_CHARS:
            meta = split_fields(rest)
            if meta is not None and gives_publish_date(meta):
                return meta
        space = line.find(" ", space + 1)
    found = find_timed_date(line)
    if found is None:
        return None
    when, start, end = found
    after = line[end:]
    label = LABEL.search(after)
    meta = split_fields(after[label.start() :]) if label is not None and label["colon"] else None
    if start > _NAME_BEFORE_META_MAX or (meta is None and len(after) > _NAME_BEFORE_META_MAX):
        return None
    return MetaLine(meta.fields if meta is not None else [], when, "")


def _is_prefixed_headline(meta: MetaLine) -> bool:
    """A headline whose column prefix is a credit word: "图文:某县2023年秋季重点项目集中开工".

    The one value after the label is long, unbroken and names no person, office
    or channel, as a credit never does.
    """
    if len(meta.fields) != 1 or meta.date is not None or meta.spill:
        return False
    kind, value = meta.fields[0].kind, meta.fields[0].value
    return (
        kind in CREDIT_KINDS
        and len(value) >= PREFIXED_HEADLINE_MIN
        and " " not in value
        and not has_sentence_punct(value)
        and not value.endswith((*NON_PERSON_SUFFIXES, *OFFICE_ENDINGS))
        and not any(is_person(name) for name in split_names(value))
    )
