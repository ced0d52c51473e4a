"""Stage 1, its second pass: labels and values a page prints apart.

:func:`pair_values` runs once :mod:`.head` has found the head's metadata
lines. A label alone on its line takes the line under it as its value (a value
line that runs on into the next labels is cut there). Read besides: a table's
row of bare cells with no date between two rows read as such, a title label
with its headline on the same line (标题 某某通知), label:value lines whose label
the vocabulary lacks among the metadata, and in a list of labels and values on
separate lines, a short label alone and the list's last label left empty.
"""

from __future__ import annotations

from typing import Final

from .furniture import is_furniture
from .labels import label_kind
from .meta import Field, MetaLine, split_fields
from .normalise import strip_bullet
from .shapes import gives_publish_date, is_prose
from .tables import (
    BULLET_CHARS,
    CODE_KINDS,
    CREDIT_KINDS,
    CREDIT_VALUE_MAX,
    DATE_KINDS,
    DIGIT,
    ISSUER_KIND,
    LABEL,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    LONE_LABEL_MIN,
    PLACEHOLDER_MAX,
    SUBTITLE_FIRST_CHARS,
    SUBTITLE_LINE,
    TITLE_KIND,
    TITLE_LABELS,
    UNKNOWN_KIND,
    UNKNOWN_LABEL_MAX,
    VALIDITY_KIND,
    VALIDITY_VALUE_MAX,
    VIEWS_KIND,
    first_char,
    has_sentence_punct,
    is_han,
)

__all__ = ["pair_values", "take_value_below"]

#: Longest value a label the fields lack takes from the line under it over a publish date ("公开方式:" /
#: "主动公开"); a longer line there is the headline.
_ENUM_VALUE_MAX: Final = 8
#: Longest line read as the value of a label printed alone on the line above.
_NEXT_VALUE_MAX: Final = 100
#: The headline labels' first characters: a cheap gate before the test of the labels themselves.
_TITLE_FIRST: Final = frozenset(label[0] for label in TITLE_LABELS)


def pair_values(lines: list[str], stop: int, metas: dict[int, MetaLine], rows: dict[int, tuple[str, str]]) -> set[int]:
    """Give labels printed apart from their values those values; return the lines taken as values.

    ``metas`` are the head's metadata lines above ``stop``, updated in place;
    ``rows`` the label:value lines whose label the vocabulary lacks.
    """
    _read_undated_cell_rows(lines, stop, metas)
    _read_title_rows(lines, stop, metas)
    listed = _read_label_rows(lines, rows, metas, stop)
    used: set[int] = set()
    run_on: dict[int, MetaLine] = {}  # value lines that go on with labels of their own
    for i, meta in metas.items():
        if len(meta.fields) > 1 and i + 1 < stop and i + 1 not in metas and _counts_below(meta, lines[i + 1]):
            last = meta.fields[-1]  # a counter's label closing the line, its number under it ("阅读次数:" / "1063")
            meta.fields[-1] = Field(last.kind, last.label, lines[i + 1])
            used.add(i + 1)
            continue
        if i in used or len(meta.fields) != 1 or meta.date is not None or meta.fields[0].value or meta.spill:
            continue
        if i in listed and i + 2 not in metas:
            continue  # a label the vocabulary lacks takes a value line only inside a list of pairs
        if lines[i][-1] == "|":
            continue  # an empty cell of a table's row: its value is not on the next line
        if meta.fields[0].kind == UNKNOWN_KIND and is_furniture(lines[i]):
            continue  # a widget's word with its colon ("分享到:"): its buttons were drawn, no value is under it
        dated = metas.get(i + 2)
        if (
            meta.fields[0].kind == UNKNOWN_KIND
            and dated is not None
            and i + 1 < stop
            and len(lines[i + 1]) > _ENUM_VALUE_MAX
            and gives_publish_date(dated)
        ):
            continue  # a label the fields lack over the headline and its date ("相关文件:" / 某某报告 / 发布日期:…)
        following = lines[i + 1] if i + 1 < stop else ""
        nxt = metas.get(i + 1)
        if following and (nxt is None or not nxt.fields) and _is_value_line(meta.fields[0].kind, following, nxt):
            last = meta.fields[0]
            value = strip_bullet(following)
            cut = _value_then_labels(value)
            if cut is None:
                used.add(i + 1)
            else:  # the value line runs on into the table's next labels ("某某通知 - 文 号:发布日期:…")
                value, run_on[i + 1] = cut
            meta.fields[0] = Field(last.kind, last.label, value)
    metas.update(run_on)
    _read_short_lone_labels(lines, stop, metas, used)
    _read_last_empty_label(lines, stop, metas, used)
    return used


def _value_then_labels(value: str) -> tuple[str, MetaLine] | None:
    """A value line that goes on with labelled fields after a gap, a dash or a border: the value, and the
    fields after it as a metadata line; None where it holds no such label."""
    for match in LABEL.finditer(value, 1):
        start = match.start()
        if match["colon"] and value[start - 1] in " -|":
            head = value[:start].rstrip(" -|")
            rest = split_fields(value[start:])
            return (head, rest) if head and rest is not None else None
    return None


def _read_undated_cell_rows(lines: list[str], stop: int, metas: dict[int, MetaLine]) -> None:
    """A table row of labels and values set off by spaces, with no date ("关键词 发布机构 某县政府办"), between
    two rows read as such, or of two labels under them: a row of the same table (alone, such a line may be a
    headline or a menu)."""
    for i in range(1, stop - 1):
        line = lines[i]
        if i in metas or i - 1 not in metas or line[0] not in LABEL_FIRST_CHARS:
            continue
        between = i + 1 in metas
        if ":" in lines[i - 1] or (between and ":" in lines[i + 1]):
            continue  # the rows around it have colons: a row without is something else
        meta = split_fields(line, in_table=True)
        # under the table's last row read as such, a row of two labels and their values goes on with it
        if meta is not None and meta.fields and (between or len(meta.fields) > 1):
            metas[i] = meta


def _read_title_rows(lines: list[str], stop: int, metas: dict[int, MetaLine]) -> None:
    """Read a disclosure table's headline row, its label printed with no colon ("标题 某某通知", "标题【…】…").

    The label opens the line, set off from the headline by a space or glued to it.
    It is a row of the table where metadata stands right above or below it, or
    where its headline is printed again on a line of its own; a line that merely
    opens with the word (名称相同的…) is neither, and prose is no headline.
    """
    printed: set[str] | None = None  # the page's lines, gathered once where a row needs them
    for i in range(stop):
        line = lines[i]
        if i in metas or first_char(line) not in _TITLE_FIRST or not line.startswith(TITLE_LABELS):
            continue
        label = next(label for label in TITLE_LABELS if line.startswith(label))
        value = line[len(label) :].strip(" |")
        if not value or value[0] == ":" or has_sentence_punct(value):
            continue
        if i - 1 not in metas and i + 1 not in metas:
            printed = set(lines) if printed is None else printed
            if value not in printed:
                continue
        metas[i] = MetaLine([Field(TITLE_KIND, label, value)], None, "")


def _read_label_rows(
    lines: list[str], rows: dict[int, tuple[str, str]], metas: dict[int, MetaLine], stop: int
) -> set[int]:
    """Read the label:value lines whose label the vocabulary lacks that stand among metadata; their lines.

    Such a line is metadata where metadata stands both above and below it (one line
    apart: a value line between), as "审核程序:" / "单位审核公开" in a list of disclosure
    fields; where it is an item of a bulleted list of fields; or where another such
    line stands right beside it and no metadata above them: the stamps under a
    headline ("保密审查情况:已审查"), a reply letter's "类 别:B" / "签发人:…" by its 文号.
    Under the metadata such lines are the text's (a meeting's 会议时间:, a decision's
    当事人:), and alone, over the metadata (a headline "某乡:…") or under it (an
    addressee "各单位:"), a line is no metadata.
    """
    taken: set[int] = set()
    if not rows:
        return taken  # most pages
    known = set(metas)
    first = min(known, default=stop)
    for i in sorted(rows):
        if i >= stop:
            break
        above = i - 2 in known or i - 1 in known
        below = i + 1 in known or i + 2 in known
        listed = lines[i][0] in BULLET_CHARS and lines[i - 1][0] in BULLET_CHARS and (i - 1 in metas or i - 1 in rows)
        # stamps print their values: a run of labels alone ("各乡镇:") is none
        beside = bool(rows[i][1]) and ((i - 1 in rows and rows[i - 1][1]) or (i + 1 in rows and rows[i + 1][1]))
        if ((above and below) or listed or (beside and i < first)) and not _over_deck(lines, i):
            label, value = rows[i]
            metas[i] = MetaLine([Field(label_kind(label), label, value)], None, "")
            taken.add(i)
    return taken


def _over_deck(lines: list[str], i: int) -> bool:
    """Whether a deck line ("——党组会研究部署工作") stands under line ``i``: the line is a headline
    with a prefix ("某法院:…"), no label and value."""
    return (
        i + 1 < len(lines) and lines[i + 1][0] in SUBTITLE_FIRST_CHARS and SUBTITLE_LINE.match(lines[i + 1]) is not None
    )


def _counts_below(meta: MetaLine, line: str) -> bool:
    """Whether ``meta`` ends with a counter's label left empty and ``line`` is a bare number: its count."""
    last = meta.fields[-1]
    return last.kind == VIEWS_KIND and not last.value and line.isascii() and line.isdigit()


def _read_short_lone_labels(lines: list[str], stop: int, metas: dict[int, MetaLine], used: set[int]) -> None:
    """Read a short label alone on its line ("作者" / "温晓玲") inside a run of such pairs.

    A two-character label alone on a line is a word elsewhere; right after the
    value of a label printed alone above (a list of labels and values on
    separate lines), it is the next label of that list.
    """
    if not used:
        return  # no label took the line under it: no run of such pairs
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
        if kind is None:
            if i + 2 != stop or not _is_bare_word(label):
                continue
            kind = label_kind(label)  # the list's last label, one the vocabulary lacks, its value over the text
        elif len(label) >= LONE_LABEL_MIN:
            continue
        following = lines[i + 1]
        nxt = metas.get(i + 1)
        if (nxt is None or not nxt.fields) and _is_value_line(kind, following, nxt):
            metas[i] = MetaLine([Field(kind, label, strip_bullet(following))], None, "")
            used.add(i + 1)
            if i + 3 < stop:
                pending.append(i + 2)


def _read_last_empty_label(lines: list[str], stop: int, metas: dict[int, MetaLine], used: set[int]) -> None:
    """Read the last label of a list of labels and values on separate lines, printed with no value.

    "生成日期" / "2020-11-05" / "是否有效", then the text: a word alone under
    the value of a bare label above, right over the first line of prose, is the
    list's last label (one the vocabulary may lack), not the text's first line.
    """
    last = stop - 1
    if last < 2 or last in metas or last - 1 not in used or last >= len(lines):
        return
    above = lines[last - 2]  # the label over the value: the list prints its labels bare, as this one
    if ":" in above or above[0] in BULLET_CHARS:
        return
    word = lines[last]
    if _is_bare_word(word):
        metas[last] = MetaLine([Field(label_kind(word), word, "")], None, "")


def _is_bare_word(word: str) -> bool:
    """A word that may be a label the vocabulary lacks, printed bare: two to eight Han characters."""
    return 2 <= len(word) <= UNKNOWN_LABEL_MAX and is_han(word)


def take_value_below(meta: MetaLine, line: str) -> bool:
    """Give ``meta``, a label alone on its line, ``line`` (the line under it) as its value where it can be one."""
    if not _is_empty_label(meta) or not _is_value_line(meta.fields[0].kind, line, None):
        return False
    label = meta.fields[0]
    meta.fields[0] = Field(label.kind, label.label, strip_bullet(line))
    return True


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
    if kind == ISSUER_KIND and DIGIT.search(line) is not None:
        return False  # an empty 发文机关: above the headline ("某乡2023年度部门决算"); an office's name has no digits
    if kind == "views":  # a count ("2318", "2318 次阅读"); a heading opening with a year or month ("2020年…") is none
        return line[0].isdigit() and line.lstrip("0123456789 ")[:1] not in ("年", "月")
    if kind in CODE_KINDS and len(line) > PLACEHOLDER_MAX:
        # an empty 文号 above the headline: a code has digits, a 文号 ends with 号
        return DIGIT.search(line) is not None and (kind != "document_number" or "号" in line[-3:])
    return len(line) <= _NEXT_VALUE_MAX and line[-1] != ":" and not is_prose(line) and not is_furniture(line)
