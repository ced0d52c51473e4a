"""Stage 1: the head's metadata lines, down to the first line of prose.

Every line that opens with a label or a standalone date above the first prose
line is read (:func:`.meta.split_fields`); a label printed alone on its line
takes the next line as its value.
"""

from __future__ import annotations

from .byline import is_person, split_names
from .meta import META_OPENERS, Field, MetaLine, read_label_row, split_fields, strip_bullet
from .shapes import SHORTEST_PROSE, is_furniture, is_prose
from .tables import (
    CODE_KINDS,
    CREDIT_KINDS,
    CREDIT_VALUE_MAX,
    DATE_KINDS,
    DIGIT,
    LABEL_KINDS,
    LONE_LABEL_MIN,
    NON_PERSON_SUFFIXES,
    OFFICE_ENDINGS,
    PLACEHOLDER_MAX,
    PREFIXED_HEADLINE_MIN,
    SENTENCE_PUNCT,
    VALIDITY_KIND,
    VALIDITY_VALUE_MAX,
)

__all__ = ["Head", "scan_head"]


#: A paragraph among this many first lines that is printed again within the next
#: ``SUMMARY_REACH`` lines is the page's summary above its headline, not the text's start.
SUMMARY_LINES = 3
SUMMARY_REACH = 12
#: Longest line read as the value of a label printed alone on the line above.
_NEXT_VALUE_MAX = 100


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


def scan_head(lines: list[str]) -> Head:
    """Read metadata lines down to the first prose line."""
    metas: dict[int, MetaLine] = {}
    stop = len(lines)
    for i, line in enumerate(lines):
        # the opener gate of split_fields, here to spare the call for most lines
        meta = split_fields(line) if line[0] in META_OPENERS else None
        if meta is not None and not _is_prefixed_headline(meta):
            metas[i] = meta
        elif i - 1 in metas and "|" in line and (row := read_label_row(line)) is not None:
            metas[i] = row  # a table row whose label the vocabulary lacks, under known ones
        elif len(line) >= SHORTEST_PROSE and is_prose(line):  # is_prose refuses shorter lines
            if i < SUMMARY_LINES and line in lines[i + 1 : i + SUMMARY_REACH]:
                continue  # a summary over the headline, printed again as the text's first paragraph
            stop = i
            break
    used: set[int] = set()
    for i, meta in metas.items():
        if i in used or len(meta.fields) != 1 or meta.date is not None or meta.fields[0].value or meta.spill:
            continue
        following = lines[i + 1] if i + 1 < stop else ""
        nxt = metas.get(i + 1)
        if following and (nxt is None or not nxt.fields) and _is_value_line(meta.fields[0].kind, following, nxt):
            last = meta.fields[0]
            meta.fields[0] = Field(last.kind, last.label, strip_bullet(following))
            used.add(i + 1)
    _read_short_lone_labels(lines, stop, metas, used)
    # in page order: a short lone label is read last, and the dict keeps the order keys came in
    metas = {i: metas[i] for i in sorted(metas) if i not in used}
    spills = [meta.spill for meta in metas.values() if meta.spill]
    if spills:  # prose glued after the metadata opens the body, right under the head
        lines = lines[:stop] + spills + lines[stop:]
        stop = min(stop, max(metas) + 1)
    return Head(lines, stop, metas, used)


def _is_prefixed_headline(meta: MetaLine) -> bool:
    """A headline whose column prefix is a credit word: "图文:某县2023年秋季重点项目集中开工".

    The one value after the label is long, unbroken and names no person, office
    or channel, as a credit never does.
    """
    if len(meta.fields) != 1 or meta.date is not None or meta.spill:
        return False
    kind, _, value = meta.fields[0]
    return (
        kind in CREDIT_KINDS
        and len(value) >= PREFIXED_HEADLINE_MIN
        and " " not in value
        and not SENTENCE_PUNCT.search(value)
        and not value.endswith((*NON_PERSON_SUFFIXES, *OFFICE_ENDINGS))
        and not any(is_person(name) for name in split_names(value))
    )


def _read_short_lone_labels(lines: list[str], stop: int, metas: dict[int, MetaLine], used: set[int]) -> None:
    """Read a short label alone on its line ("作者" / "温晓玲") inside a run of such pairs.

    A two-character label alone on a line is a word elsewhere; right after the
    value of a label printed alone above (a list of labels and values on
    separate lines), it is the next label of that list.
    """
    pending = sorted((i + 1 for i in used if i + 2 < stop), reverse=True)  # a stack: the next line is last
    while pending:
        i = pending.pop()
        if i in metas and _is_empty_label(metas[i]) and i + 2 < stop and i + 1 not in used:
            pending.append(i + 1)  # a label printed with no value line ("文号" / "来源"): the run goes on
            continue
        if i in metas or i in used or i + 1 in used:
            continue
        label = lines[i].strip()
        kind = LABEL_KINDS.get(label)
        if kind is None or len(label) >= LONE_LABEL_MIN:
            continue
        following = lines[i + 1]
        nxt = metas.get(i + 1)
        if (nxt is None or not nxt.fields) and _is_value_line(kind, following, nxt):
            metas[i] = MetaLine([Field(kind, label, strip_bullet(following))], None, "")
            used.add(i + 1)
            if i + 3 < stop:
                pending.append(i + 2)


def _is_empty_label(meta: MetaLine) -> bool:
    """A label alone on its line that was given no value."""
    return len(meta.fields) == 1 and not meta.fields[0].value and meta.date is None and not meta.spill


def _is_value_line(kind: str, line: str, meta: MetaLine | None) -> bool:
    """Whether ``line`` can be the value of a ``kind`` label printed alone above it.

    A line that is itself a label (an empty 文号 printed as "文号" / "来源" /
    "某科") is the next label of the list, never the value.
    """
    if line in LABEL_KINDS:
        return False
    if kind in DATE_KINDS:
        return meta is not None and meta.date is not None
    if meta is not None and meta.date is not None and not meta.fields:
        return False  # a date line under an empty 来源: is the page's date, not the source
    if kind in CREDIT_KINDS and (len(line) > CREDIT_VALUE_MAX or "《" in line or "“" in line):
        return False  # an empty 作者: above the headline printed again
    if kind == VALIDITY_KIND and len(line) > VALIDITY_VALUE_MAX:
        return False  # an empty 文件状态: above the headline
    if kind == "views":
        return line[0].isdigit()
    if kind in CODE_KINDS and len(line) > PLACEHOLDER_MAX:
        # an empty 文号 above the headline: a code has digits, a 文号 ends with 号
        return DIGIT.search(line) is not None and (kind != "document_number" or "号" in line[-3:])
    return len(line) <= _NEXT_VALUE_MAX and line[-1] not in ":" and not is_prose(line) and not is_furniture(line)
