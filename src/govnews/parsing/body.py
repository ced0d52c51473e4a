"""The body: furniture and footers, then paragraphs, headings, signatures and attachments."""

from __future__ import annotations

from ..model import Block
from .tables import (
    ATTACHMENT,
    ATTACHMENT_EMPTY,
    ATTACHMENT_ITEM,
    CAPTION,
    FOOTER,
    FURNITURE,
    HEADING_BAD_END,
    HEADING_MAX,
    HEADING_NUMBERED,
    IMAGE_SUFFIXES,
    INLINE_FOOTER,
    NAV_BAR,
    OFFICE_END,
    SENTENCE_PUNCT,
    SIGNATURE_DATE,
    SYMBOL_LINE,
)

__all__ = ["build_blocks", "cut_inline_footer", "is_footer", "is_furniture", "is_image_file", "is_prose"]

#: Longest line that a widget, a footer or a signature line can be.
_WIDGET_MAX = 40
_FOOTER_MAX = 60
_SIGNATURE_MAX = 30
#: Prose: a full stop or semicolon in a line this long, a comma in a longer one,
#: or an exclamation closing one longer still (headlines have "喜报!" inside).
_PROSE_MIN = 20
_PROSE_COMMA_MIN = 50
_PROSE_EXCLAIM_MIN = 30


def is_prose(line: str) -> bool:
    """Tell whether a line reads as running text rather than a headline or a label."""
    if len(line) < _PROSE_MIN:
        return False
    if "。" in line or ";" in line or ";" in line:
        return True
    return (len(line) >= _PROSE_COMMA_MIN and ("," in line or "," in line)) or (
        len(line) >= _PROSE_EXCLAIM_MIN and line[-1] in "!?!?…"
    )


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture: widgets, navigation, icons, a clock."""
    if len(line) > _WIDGET_MAX * 2:
        return is_image_file(line)
    if SYMBOL_LINE.match(line) or is_image_file(line):
        return True
    if "|" in line and NAV_BAR.search(line) and not SENTENCE_PUNCT.search(line):
        return True
    return len(line) <= _WIDGET_MAX and FURNITURE.search(line) is not None


def is_image_file(line: str) -> bool:
    """Tell whether a line is an image file name that leaked into the text."""
    return line[-4:].lower() in IMAGE_SUFFIXES or line[-5:].lower() in IMAGE_SUFFIXES


def is_footer(line: str) -> bool:
    """Tell whether a line opens the page footer (print/share widgets, prev/next, copyright)."""
    return len(line) <= _FOOTER_MAX and FOOTER.match(line) is not None


def cut_inline_footer(line: str) -> str:
    """Remove a footer widget glued to the end of a line ("… 【打印正文】 分享到:")."""
    match = INLINE_FOOTER.search(line)
    return line[: match.start()].rstrip() if match else line


def _is_caption(line: str) -> bool:
    return len(line) <= 60 and CAPTION.match(line) is not None


def _is_heading(line: str, *, last: bool) -> bool:
    """A short line without sentence punctuation: numbered, or headline-like."""
    if len(line) > HEADING_MAX or SENTENCE_PUNCT.search(line) or line[-1] in HEADING_BAD_END:
        return False
    if HEADING_NUMBERED.match(line):
        return True
    if last or len(line) < 4 or line[0] in "((" or line[0].isdigit():
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in line)


def _signature_lines(lines: list[str]) -> set[int]:
    """Find 落款 blocks: a date line, and the office lines just above it."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if len(line) > _SIGNATURE_MAX or not SIGNATURE_DATE.match(line):
            continue
        found.add(i)
        j = i - 1
        while j >= 0 and i - j <= 3 and len(lines[j]) <= _SIGNATURE_MAX and OFFICE_END.search(lines[j]):
            found.add(j)
            j -= 1
    return found


def build_blocks(lines: list[str]) -> list[Block]:
    """Classify body lines into blocks, dropping captions and image names."""
    kept = [line for line in lines if not _is_caption(line) and not is_image_file(line)]
    while kept and (ATTACHMENT_EMPTY.match(kept[-1]) or SYMBOL_LINE.match(kept[-1])):
        kept.pop()  # an empty trailing "附件:" or pager residue is not body
    signatures = _signature_lines(kept)
    blocks: list[Block] = []
    in_attachments = False
    for i, line in enumerate(kept):
        if i in signatures:
            kind = "signature"
        elif ATTACHMENT.match(line):
            kind, in_attachments = "attachment", True
        elif in_attachments and ATTACHMENT_ITEM.match(line) and len(line) <= 80:
            kind = "attachment"
        else:
            in_attachments = False
            kind = "heading" if _is_heading(line, last=i == len(kept) - 1) else "paragraph"
        blocks.append(Block(kind, line))
    return blocks
