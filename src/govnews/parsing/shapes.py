"""Line shapes the stages share: prose, addressees, issuer lines, tail labels, 文号 lines.

Furniture and footers have :mod:`.furniture`.

Each test looks at one line (already trimmed, never empty) and answers by its
shape and the vocabularies of :mod:`.tables`; none depends on where the line
stands in the page, which is the stages' business.
"""

from __future__ import annotations

from typing import Final

from .byline import names_glued_role
from .creditlines import is_credit_line
from .dates import extract_date
from .meta import MetaLine, split_fields
from .tables import (
    ADDRESSEE_ENDINGS,
    ADDRESSEE_LINE_MAX,
    ADDRESSEE_OPENERS,
    BARE_DOCUMENT_NUMBER,
    CELL_GAPS,
    COLUMN_NAME,
    COLUMN_NAME_LAST,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    DISCLOSURE_BLOCK_REACH,
    DISCLOSURE_FIELD,
    DOCUMENT_FIELD_KINDS,
    DOCUMENT_NUMBER,
    DOCUMENT_NUMBER_STUMP,
    HEAD_LABEL_ROW,
    HEADER_CELL_MAX,
    HEADER_CELLS_MIN,
    HEADING_NUMBERED,
    LABEL_FIRST_CHARS,
    LABEL_KINDS,
    MEETING_CHANNEL,
    NUMBER_LINE_CELL,
    OFFICE_ENDING_LAST,
    OFFICE_ENDINGS,
    PAPER_ABSTRACT_LABELS,
    PAPER_KEYWORDS,
    PUBLISHED_KIND,
    QUOTED_SPAN,
    RED_HEADER_SUFFIX,
    SPACED_WORD,
    TAIL_KINDS,
    VIEWS_FIRST_CHARS,
    first_char,
    last_char,
    match_label,
)

__all__ = [
    "BYLINE_LINE_MAX",
    "CREDIT_LINE_MAX",
    "ISSUER_LINE_MAX",
    "SHORTEST_PROSE",
    "TAIL_LINE_MAX",
    "TITLE_MIN",
    "bigrams",
    "document_number_line",
    "find_tail_label",
    "gives_publish_date",
    "is_column_name",
    "is_document_number",
    "is_foot_meta",
    "is_header_row",
    "is_issuer_line",
    "is_meeting_channel",
    "is_paper_abstract",
    "is_prose",
    "is_spaced_word",
    "is_spoken_turn",
    "opens_disclosure_block",
    "opens_disclosure_label",
    "opens_label",
    "opens_section",
    "signer_fields",
    "squash",
]

#: Shortest headline, and shortest line that can repeat it.
TITLE_MIN: Final = 4
#: Prose: a full stop or semicolon in a line this long, a comma in a longer one,
#: or an exclamation closing one longer still (headlines have "喜报!" inside).
_PROSE_MIN: Final = 20
_PROSE_COMMA_MIN: Final = 50
_PROSE_EXCLAIM_MIN: Final = 30
#: For callers that gate their own loops: is_prose refuses any shorter line.
SHORTEST_PROSE: Final = _PROSE_MIN
#: A label within this many characters of a tail line's start makes it a credit line.
_TAIL_LABEL_AT: Final = 12
#: Where such a label (up to eight characters) must have ended.
_TAIL_REACH: Final = _TAIL_LABEL_AT + 8
#: Longest line after the body that is read as a credit, source or counter line.
TAIL_LINE_MAX: Final = 80
#: What a tail label may follow: a space, or the bracket of "【责任编辑:潘丽】".
_SPACE: Final = ord(" ")
_LEFT_LENTICULAR: Final = ord("【")
_LEFT_SQUARE: Final = ord("[")
#: Longest line that can be a credit line of its own ("文/图 赵国庆", "(西坪乡 王立)").
CREDIT_LINE_MAX: Final = 30
#: Longest byline under a headline, where an outlet's reporters, interns and correspondents are all named
#: ("某某报·某某客户端记者 某某 某某 实习生 某某 通讯员 某某 某某").
BYLINE_LINE_MAX: Final = 48
#: Longest line that can be a word printed with its characters spaced out.
SPACED_WORD_MAX: Final = 40
#: Longest issuer line of a red header, or site banner (重庆市开州区人民政府办公室).
ISSUER_LINE_MAX: Final = 30


def squash(text: str) -> str:
    """The line without its spaces, as lines printed twice are compared."""
    return text.replace(" ", "") if " " in text else text  # a search for one character costs less than a replace


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent characters of ``text``: how much two wordings share."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def is_prose(line: str) -> bool:
    """Tell whether a line reads as running text rather than a headline or a label."""
    if len(line) < _PROSE_MIN:
        return False
    if "。" in line or ";" in line or ";" in line:
        return True
    if line[-1] == "," and _has_clause_comma(line[:-1]):
        return True  # clauses running on past the line's end ("为促进…工作顺利开展,全面提高…,营造…,")
    return (len(line) >= _PROSE_COMMA_MIN and _has_clause_comma(line)) or (
        len(line) >= _PROSE_EXCLAIM_MIN and line[-1] in "!?!?…"
    )


def is_header_row(line: str) -> bool:
    """A table's header row printed on one line: three or more short cells parted by spaces
    ("序号 类别 主要任务 牵头单位"), neither a deck nor a heading; a word spaced out ("总 则") is none."""
    cells = line.split()
    if len(cells) < HEADER_CELLS_MIN or HEADING_NUMBERED.match(line) is not None:
        return False  # a numbered heading spaced out ("第一部分 2023年 工作回顾")
    return all(1 < len(cell) <= HEADER_CELL_MAX for cell in cells)


def _has_clause_comma(line: str) -> bool:
    """Whether a comma parts the line's own clauses: one inside quotes or brackets is what a headline
    quotes ("开展“冬季取暖,安全第一”宣传活动", "【抓学习、…,…】")."""
    if "," not in line and "," not in line:
        return False
    if "“" not in line and "【" not in line:
        return True
    bare = QUOTED_SPAN.sub("", line)
    return "," in bare or "," in bare


def is_addressee(line: str) -> bool:
    """A document's addressee line ("各乡镇人民政府,县直各单位:", "某管委会,各乡镇人民政府:"), where its
    text begins; also one whose colon the capture lost, where it names several units
    ("各街道办事处、乡人民政府,…各有关单位")."""
    if len(line) > ADDRESSEE_LINE_MAX or "。" in line:
        return False
    if line[0] not in ADDRESSEE_OPENERS and not line.partition(",各")[0].endswith(ADDRESSEE_ENDINGS):
        return False  # it opens with 各, or names one unit before the others ("某开发区管委会,各乡镇人民政府,…")
    if line[-1] == ":":
        return ":" not in line[:-1]
    return ":" not in line and ("," in line or "、" in line) and line.endswith(ADDRESSEE_ENDINGS)


def is_column_name(line: str) -> bool:
    """A channel's name alone on its line ("本市动态", "政务要闻"): no headline, and no text."""
    return last_char(line) in COLUMN_NAME_LAST and COLUMN_NAME.fullmatch(line) is not None


def is_meeting_channel(line: str) -> bool:
    """A meetings channel's name alone on its line ("政府会议"): no headline, though under one it may head a
    section of the text ("党组会议")."""
    return line[-1] == "议" and MEETING_CHANNEL.fullmatch(line) is not None


def is_issuer_line(line: str) -> bool:
    """An issuer line of a red header or cover block: an office ("某县政府办公室"), its 文件 header
    ("某县政府办公室文件"), or two offices parted by a wide gap ("某市统计局  国家统计局某市调查队")."""
    if len(line) > ISSUER_LINE_MAX:
        if len(line) > 2 * ISSUER_LINE_MAX or "  " not in line:
            return False
        return all(cell.endswith(OFFICE_ENDINGS) for cell in CELL_GAPS.split(line))
    if line.endswith(RED_HEADER_SUFFIX):
        line = line[: -len(RED_HEADER_SUFFIX)]
    if line[-1:] in OFFICE_ENDING_LAST and line.endswith(OFFICE_ENDINGS):  # a set lookup before the many endings
        return True
    return "  " in line and all(cell.endswith(OFFICE_ENDINGS) for cell in CELL_GAPS.split(line))


def opens_section(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a label the vocabulary lacks alone on its line, the section it names under it
    ("会议议题:")."""
    if not 0 <= i < len(lines) or lines[i][-1] != ":":
        return False
    row = HEAD_LABEL_ROW.match(lines[i])
    return row is not None and not row["value"] and row["label"].replace(" ", "") not in LABEL_KINDS


def is_spoken_turn(line: str, meta: MetaLine) -> bool:
    """Whether a line read as one credit ("记者:…") is a speaker's turn in a transcript: prose after the role
    ("记者:区长,你好。今年…?"), no name and date a credit line holds."""
    return len(meta.fields) == 1 and meta.date is None and meta.fields[0].kind in CREDIT_KINDS and is_prose(line)


def is_spaced_word(line: str) -> bool:
    """A word printed with its characters spaced out ("通    知", "政 府 工 作 报 告"): a document's kind."""
    return " " in line and len(line) <= SPACED_WORD_MAX and SPACED_WORD.match(line) is not None


def is_document_number(line: str) -> bool:
    """A 文号 line of its own (the red header's "澜政人〔2022〕9号", or "(临政办发〔2019〕12号)"), a cell
    after it or not ("…3号 签发人:某某")."""
    return (line[-1] == "号" or line[-1] == ")" or "签发人" in line or "会签人" in line) and document_number_line(
        line
    ) is not None


def document_number_line(line: str) -> str | None:
    """The 文号 a line of its own prints, without the parentheses it may stand in; None for other lines.

    A 文号 whose closing bracket and 号 the capture lost ("某府办函〔202058") is one, as printed, and so is
    one printed without its issuer's code ("(2020)7号").
    A red header's cell printed after it is left ("某政发〔2024〕3号 第1页", "…3号  签发人:李华").
    """
    last = last_char(line)
    if last != "号" and last != ")" and not last.isdigit():
        if last != "页" and "签发人" not in line and "会签人" not in line:
            return None  # most lines: no 文号 can end them
        cell = NUMBER_LINE_CELL.search(line)
        if cell is None:
            return None
        line = line[: cell.start()]
    if line[0] == "(" and line[-1] == ")":
        line = line[1:-1].strip()
    if not line:
        return None
    if line[-1] == "号":
        whole = DOCUMENT_NUMBER.fullmatch(line) is not None or BARE_DOCUMENT_NUMBER.fullmatch(line) is not None
        return line if whole else None
    return line if line[-1].isdigit() and DOCUMENT_NUMBER_STUMP.fullmatch(line) is not None else None


def signer_fields(line: str, number: str) -> MetaLine | None:
    """The signers' cells a 文号 line prints after its ``number`` ("…3号  签发人:某某", "…  签发人:某某  会签人:某某"),
    read as fields, or None."""
    if len(line) <= len(number):
        return None
    found = [at for at in (line.find("签发人", len(number)), line.find("会签人", len(number))) if at >= 0]
    return split_fields(line[min(found) :]) if found else None


def find_tail_label(line: str) -> int | None:
    """Where a credit or source label starts on a short line after the body, else None.

    "作者:陈土生 马明", "某某新闻网 编辑:林岚 周杭", "(图文:张素文 审核:张锐)",
    "【责任编辑:潘丽】" and "浏览次数563" are tail lines; "数据来源:…" inside a paragraph is not.
    """
    if len(line) > TAIL_LINE_MAX:
        return None
    first = first_char(line)
    if first == "(" or len(line) <= CREDIT_LINE_MAX:
        # is_credit_line is False for a line not opening with CREDIT_FIRST_CHARS or an outlet's writer role
        if (first in CREDIT_FIRST_CHARS or "  " in line or names_glued_role(line)) and is_credit_line(line):
            return 0
        if first == "(":
            return None
    if (  # (found in place: no slice of the line's head is made)
        line.find(":", 0, _TAIL_REACH) < 0
        and line.find(":", 0, _TAIL_REACH) < 0
        and line.find("|", 0, _TAIL_REACH) < 0
        and first not in VIEWS_FIRST_CHARS
    ):
        return None
    if first == "公" and DISCLOSURE_FIELD.fullmatch(line):
        return 0  # how the page is disclosed ("公开方式:主动公开"): the body's loop tells where it ends the text
    # a tail label opens the line or follows a space or bracket: only those places are tried, each
    # among its character's labels (a search of the line's head tried every place, dear on most lines)
    for start in range(min(len(line), _TAIL_LABEL_AT + 1)):
        if start and not _ends_tail_gap(line, start - 1):
            continue
        match = match_label(line, start, _TAIL_REACH)
        if match is None:
            continue
        kind = LABEL_KINDS[match["label"].replace(" ", "")]
        if kind in TAIL_KINDS and (
            match["colon"] or line[match.end() : match.end() + 1].isdigit() or _is_piped_cell(line, match.end())
        ):
            return start
        if start == 0 and match["colon"] and is_foot_meta(line):
            return 0  # a publish date with a counter or credit, whatever label opens the line ("发布人:…")
    return None


def _ends_tail_gap(line: str, at: int) -> bool:
    """Whether the character at ``at`` is one a tail label may follow (a space, 【 or [).

    Told by its code point: compiled, that reads the character in place, where a test of
    ``line[at]`` first makes a string of it.
    """
    code = ord(line[at])
    return code in (_SPACE, _LEFT_LENTICULAR, _LEFT_SQUARE)


def _opening_label(line: str) -> str | None:
    """The label the vocabulary knows that opens a line with its colon ("来源:", "发文机关:某局"), else None."""
    if ":" not in line or line[0] not in LABEL_FIRST_CHARS:
        return None  # most lines: no colon, or no label's first character
    match = match_label(line)
    return match["label"].replace(" ", "") if match is not None and match["colon"] else None


def opens_label(line: str) -> bool:
    """Whether a line opens with a label the vocabulary knows and its colon ("来源:", "发文机关:某局")."""
    return _opening_label(line) is not None


def opens_disclosure_label(line: str) -> bool:
    """Whether a line opens with a document's disclosure label and its colon ("索引号:", "发文机关:某局")."""
    label = _opening_label(line)
    return label is not None and LABEL_KINDS[label] in DOCUMENT_FIELD_KINDS


def opens_disclosure_block(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens a block of disclosure fields: a disclosure label, and another within
    ``DISCLOSURE_BLOCK_REACH`` lines under it (labels alone over their values, or with them)."""
    return opens_disclosure_label(lines[i]) and any(
        opens_disclosure_label(lines[j]) for j in range(i + 1, min(len(lines), i + 1 + DISCLOSURE_BLOCK_REACH))
    )


def _is_piped_cell(line: str, at: int) -> bool:
    """Whether a cell border parts the label ending at ``at`` from its value, the line's last cell
    ("来源 | 某某客户端", "来源 | 本站 |"); a table's header row has more cells ("来源 | 金额 | 占比")."""
    rest = line[at:].lstrip(" ")
    value = rest[1:].rstrip(" |")  # and its closing border, if printed
    return rest[:1] == "|" and "|" not in value and bool(value.strip())


def is_foot_meta(line: str) -> bool:
    """A metadata line printed at the foot of the article: "发布时间:… 来源:… 浏览量:98".

    A publish date with a source, credit or counter on the same line; a date
    alone after a label ("时间:2024年3月5日上午") is a line of a notice's text.
    """
    meta = split_fields(line)
    if meta is None or not any(f.kind in TAIL_KINDS for f in meta.fields):
        return False
    return meta.date is not None or gives_publish_date(meta)


def gives_publish_date(meta: MetaLine) -> bool:
    """Whether a publish label of the line holds a date."""
    return any(f.kind == PUBLISHED_KIND and extract_date(f.value) is not None for f in meta.fields)


def is_paper_abstract(line: str, below: str) -> bool:
    """A paper's abstract over its keywords ("内容摘要:…" / "关键词:某某;某某"): the paper's own text, label and all."""
    return line.startswith(PAPER_ABSTRACT_LABELS) and below.startswith(PAPER_KEYWORDS) and ";" in below
