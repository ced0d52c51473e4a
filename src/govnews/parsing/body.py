"""The body: furniture and footers, then paragraphs, headings, signatures and attachments."""

from __future__ import annotations

from ..model import Block
from .tables import (
    ATTACHMENT,
    ATTACHMENT_EMPTY,
    ATTACHMENT_ITEM,
    CLOCK,
    CLOCK_OPENERS,
    DATE,
    FOOTER,
    FURNITURE,
    FURNITURE_BOUNDED,
    FURNITURE_LINES,
    HEADING_BAD_END,
    IMAGE_SUFFIXES,
    INLINE_FOOTER,
    LINE_SHAPE,
    LINK_FIRST_CHARS,
    LINK_LINE,
    LINK_LINE_MAX,
    NAV_BAR,
    OFFICE_ENDINGS,
    SENTENCE_PUNCT,
    SIGNATURE_DATE,
    SITE_FOOTER,
    SITE_FOOTER_FIRST,
    SITE_FOOTER_MAX,
    SITE_FOOTER_WORD,
    SYMBOL_LINE,
)

__all__ = [
    "build_blocks",
    "cut_inline_footer",
    "is_footer",
    "is_furniture",
    "is_image_file",
    "is_link_line",
    "is_prose",
    "is_site_footer",
]

#: Longest line that a widget, a footer or a signature line can be.
_WIDGET_MAX = 40
_NAV_MAX = 80
_FOOTER_MAX = 60
_SIGNATURE_MAX = 30
#: Last characters of an image file name (.jpg, .png, .gif …).
_IMAGE_LAST = frozenset("gGfFpP)")
#: Longest caption line; longest line that may be a heading, signature or list item.
_CAPTION_MAX = 60
_SHORT_MAX = 80
_HEADING_MAX = 40
#: Shortest unnumbered heading, spaces not counted ("目 录", "总 则").
_HEADING_MIN = 2
#: Prose: a full stop or semicolon in a line this long, a comma in a longer one,
#: or an exclamation closing one longer still (headlines have "喜报!" inside).
_PROSE_MIN = 20
_PROSE_COMMA_MIN = 50
_PROSE_EXCLAIM_MIN = 30
#: For callers that gate their own loops: is_prose refuses any shorter line.
SHORTEST_PROSE = _PROSE_MIN


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
    if len(line) > _NAV_MAX:
        return is_image_file(line)
    first = line[0]
    # a line opening with a Han character is never a symbol line: skip that pattern
    if not ("\u4e00" <= first <= "\u9fff") and SYMBOL_LINE.match(line):
        return True
    if line[-1] in _IMAGE_LAST and is_image_file(line):
        return True
    if "|" in line and NAV_BAR.search(line) and not SENTENCE_PUNCT.search(line):
        return True
    if len(line) > _WIDGET_MAX:
        return False
    # a DATE opens with its year's 1 or 2 (19xx, 20xx)
    if (line.startswith(CLOCK_OPENERS) or (first in "12" and DATE.match(line))) and CLOCK.search(line):
        return True  # a live clock or calendar: "2018/12/28 上午9:27:28 星期五"
    if line in FURNITURE_LINES:
        return True
    found = FURNITURE.search(line)
    if found is None:  # most lines: no widget word at all
        return False
    if found.group() not in FURNITURE_BOUNDED or found.start() == 0 or line[found.start() - 1] in " |【[":
        return True
    for match in FURNITURE.finditer(line, found.end()):  # where finditer would go on
        start = match.start()
        if match.group() not in FURNITURE_BOUNDED or start == 0 or line[start - 1] in " |【[":
            return True
    return False


def is_image_file(line: str) -> bool:
    """Tell whether a line is an image file name that leaked into the text."""
    if line[-1] not in _IMAGE_LAST:
        return False
    return _ascii_lower(line[-4:]) in IMAGE_SUFFIXES or _ascii_lower(line[-5:]) in IMAGE_SUFFIXES


def _ascii_lower(text: str) -> str:
    """``text`` lower-cased where it is ASCII, else as it is (no suffix in the tables has other letters).

    mypyc's str.lower() maps non-ASCII text character by character (a final Σ
    gives σ, not ς as Python gives), so only ASCII is lower-cased: both builds
    read the same.
    """
    return text.lower() if text.isascii() else text


def is_footer(line: str) -> bool:
    """Tell whether a line opens the page footer (print/share widgets, prev/next, copyright, a link line)."""
    if "。" in line:
        return False
    if len(line) <= _FOOTER_MAX and FOOTER.match(line) is not None:
        return True
    return is_link_line(line)


def is_link_line(line: str) -> bool:
    """Tell whether a line links the related document or interpretation ("【相关文件】…", "政策解读:…").

    Such a line follows the text and may be long, as it names a whole document.
    """
    return (
        line[0] in LINK_FIRST_CHARS
        and len(line) <= LINK_LINE_MAX
        and "。" not in line
        and LINK_LINE.match(line) is not None
    )


def is_site_footer(line: str) -> bool:
    """Tell whether a line is the site's footer: 主办 (or 承办) and another footer field, any length to a limit.

    The line opens with the 主办 label or with the office that runs the site ("某县人民政府办公室主办 网站标识码:…").
    """
    return (
        (line[0] in SITE_FOOTER_FIRST or SITE_FOOTER_WORD in line)
        and len(line) <= SITE_FOOTER_MAX
        and SITE_FOOTER.match(line) is not None
    )


def cut_inline_footer(line: str) -> str:
    """Remove a footer widget glued to the end of a line ("… 【打印正文】 分享到:")."""
    match = INLINE_FOOTER.search(line)
    return line[: match.start()].rstrip() if match else line


def _is_heading(line: str, *, numbered: bool, last: bool) -> bool:
    """A short line without sentence punctuation: numbered, or headline-like."""
    if len(line) > _HEADING_MAX or line[-1] in HEADING_BAD_END or SENTENCE_PUNCT.search(line):
        return False
    if numbered:
        return True
    if last or line[0] in "(" or line[0].isdigit() or line.isascii() or ":" in line or ":" in line:
        return False
    return len(line.replace(" ", "")) >= _HEADING_MIN


def _is_signature_office(line: str) -> bool:
    return len(line) <= _SIGNATURE_MAX and line.endswith(OFFICE_ENDINGS)


def _short_kind(lines: list[str], i: int, shape: str | None, in_attachments: bool) -> str:
    """The kind of a short body line: signature, attachment, heading or paragraph."""
    line = lines[i]
    if shape == "signature":
        return "signature"
    if len(line) <= _SIGNATURE_MAX and line.endswith(OFFICE_ENDINGS):
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
    return "heading" if _is_heading(line, numbered=shape == "numbered", last=i == len(lines) - 1) else "paragraph"


def build_blocks(lines: list[str]) -> list[Block]:
    """Classify body lines into blocks, dropping captions and image names."""
    kept = [line for line in lines if not (line[-1] in _IMAGE_LAST and is_image_file(line))]
    while kept and (ATTACHMENT_EMPTY.match(kept[-1]) or SYMBOL_LINE.match(kept[-1])):
        kept.pop()  # an empty trailing "附件:" or pager residue is not body
    blocks: list[Block] = []
    append = blocks.append
    kind = "paragraph"
    for i, line in enumerate(kept):
        if len(line) > _SHORT_MAX:
            kind = "attachment" if line[0] == "附" and ATTACHMENT.match(line) else "paragraph"
        else:
            match = LINE_SHAPE.match(line)
            shape = match.lastgroup if match else None
            if shape == "caption" and len(line) <= _CAPTION_MAX:
                continue
            kind = _short_kind(kept, i, shape, kind == "attachment")
        append(Block(kind, line))
    return blocks
