"""Stage 7: body lines to blocks: paragraphs, headings, signatures and attachments."""

from __future__ import annotations

from typing import Final

from ..model import Block
from .furniture import cut_glued_image_name, cut_leading_image_names, is_image_file, is_piped_header_row
from .instances import make_block
from .shapes import is_addressee, is_header_row
from .tables import (
    ADDRESSEE_TITLES,
    ATTACHMENT,
    ATTACHMENT_EMPTY,
    ATTACHMENT_ITEM,
    CAPTION_SENTENCE,
    CLOSING_FORMULA_FIRST,
    CLOSING_FORMULAS,
    HAN_FIRST,
    HAN_LAST,
    HEADING_BAD_END,
    LINE_SHAPE,
    LINE_SHAPE_FIRST_CHARS,
    NUMBERED_HEADING_MARKS,
    NUMBERED_HEADING_NUMERALS,
    OFFICE_ENDING_LAST,
    OFFICE_ENDINGS,
    SALUTATION_OPENER,
    SENTENCE_END_CHARS,
    SIGNATURE_DATE,
    SYMBOL_LINE,
    TRAILING_NUMBER,
    TRAILING_NUMBER_MAX,
    first_char,
    has_sentence_punct,
    last_char,
)

__all__ = ["build_blocks"]


_SIGNATURE_MAX: Final = 30
#: Longest caption line; longest line that may be a heading, signature or list item.
_CAPTION_MAX: Final = 60
_SHORT_MAX: Final = 80
_HEADING_MAX: Final = 40
#: Shortest unnumbered heading, spaces not counted ("目 录", "总 则").
_HEADING_MIN: Final = 2


def _is_heading(line: str, *, numbered: bool, last: bool) -> bool:
    """A short line without sentence punctuation: numbered, or headline-like."""
    if len(line) > _HEADING_MAX or last_char(line) in HEADING_BAD_END or has_sentence_punct(line):
        return False
    if numbered:
        return True
    if last or line[0] == "(" or line[0].isdigit() or line.isascii() or ":" in line or ":" in line:
        return False
    return len(line.replace(" ", "")) >= _HEADING_MIN


def _is_signature_office(line: str) -> bool:
    return len(line) <= _SIGNATURE_MAX and last_char(line) in OFFICE_ENDING_LAST and line.endswith(OFFICE_ENDINGS)


def _short_kind(lines: list[str], i: int, shape: str | None, in_attachments: bool) -> str:
    """The kind of a short body line: signature, attachment, heading or paragraph."""
    line = lines[i]
    if shape == "signature":
        return "signature"
    if _is_signature_office(line):
        for j in range(i + 1, min(i + 4, len(lines))):
            if len(lines[j]) <= _SIGNATURE_MAX and SIGNATURE_DATE.match(lines[j]):
                return "signature"
            if not _is_signature_office(lines[j]):
                break
    if line[0] == "附" and ATTACHMENT.match(line):
        return "attachment"
    if in_attachments and ATTACHMENT_ITEM.match(line):
        return "attachment"
    if len(line) > _HEADING_MAX:  # _is_heading refuses it
        return "paragraph"
    if (
        not i
        and shape != "numbered"
        and (
            line.startswith(SALUTATION_OPENER)
            or (" " not in line and line.endswith(ADDRESSEE_TITLES))
            or is_addressee(line)
        )
    ):
        return "paragraph"  # the addressee opening a letter or a notice ("尊敬的某某委员", "高某代表"), no heading
    if first_char(line) in CLOSING_FORMULA_FIRST and line.startswith(CLOSING_FORMULAS):
        return "paragraph"  # a document's closing formula ("特此公告", "此复"), no heading
    if " " in line and (is_header_row(line) or (line[0] == "序" and is_piped_header_row(line))):
        return "paragraph"  # a table's header row ("序号 类别 主要任务 牵头单位", "序号 | 事项 | 内容"), no heading
    return "heading" if _is_heading(line, numbered=shape == "numbered", last=i == len(lines) - 1) else "paragraph"


def _line_shape(line: str, first: str) -> str | None:
    """The group of ``LINE_SHAPE`` that matches ``line`` (its first character ``first``), or None.

    The commonest short body line, a numbered heading opening with a numeral and its mark ("一、"),
    is told without the pattern (a call of some 4 thousand instructions).
    """
    if first in NUMBERED_HEADING_NUMERALS and line[1:2] in NUMBERED_HEADING_MARKS:
        return "numbered"
    if first not in LINE_SHAPE_FIRST_CHARS and not first.isdigit():
        return None
    match = LINE_SHAPE.match(line)
    return match.lastgroup if match else None


def build_blocks(lines: list[str]) -> list[Block]:
    """Classify body lines into blocks, dropping captions and image names."""
    kept = [cut_leading_image_names(cut_glued_image_name(line)) for line in lines if not is_image_file(line)]
    while kept and (
        (kept[-1][:1] == "附" and ATTACHMENT_EMPTY.match(kept[-1]))
        # a line opening with a Han character is never a symbol line
        or ((not kept[-1] or not HAN_FIRST <= ord(kept[-1][0]) <= HAN_LAST) and SYMBOL_LINE.match(kept[-1]))
        or (
            len(kept) > 1
            and len(kept[-1]) <= TRAILING_NUMBER_MAX
            and kept[-2][-1] in SENTENCE_END_CHARS
            and TRAILING_NUMBER.fullmatch(kept[-1])
        )
    ):
        kept.pop()  # an empty trailing "附件:", pager residue, a pager's number or a bare counter after the text
    blocks: list[Block] = []
    kind = "paragraph"
    for i, line in enumerate(kept):
        if len(line) > _SHORT_MAX:
            kind = "attachment" if line[0] == "附" and ATTACHMENT.match(line) else "paragraph"
        else:
            shape = _line_shape(line, first_char(line))
            if shape != "caption" or len(line) > _CAPTION_MAX:
                kind = _short_kind(kept, i, shape, kind == "attachment")
            elif blocks or not line.startswith(CAPTION_SENTENCE):
                continue
            else:
                kind = "paragraph"  # a caption opening the text ("图为…") is its first paragraph
        blocks.append(make_block(kind, line))
    return blocks
