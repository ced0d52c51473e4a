"""Page furniture and footers: the line tests that tell what is no part of the article.

Widgets, navigation, icons and image file names, clocks, like buttons, link
lines, the site's footer, rights and reprint notices. Like :mod:`.shapes`, each
test looks at one line (trimmed, never empty) and answers by its shape and the
vocabularies of :mod:`.tables`.
"""

from __future__ import annotations

from typing import Final

from .tables import (
    BREADCRUMB_ITEM_MAX,
    CLOCK,
    CLOCK_OPENERS,
    COPYRIGHT_LINE,
    DATE,
    END_LINE,
    FOOTER,
    FOOTER_FIRST,
    FURNITURE,
    FURNITURE_BOUNDED,
    FURNITURE_LINES,
    GALLERY_COUNTER,
    GALLERY_COUNTER_FIRST,
    GALLERY_COUNTER_MAX,
    GLUED_RELATED_HEADINGS,
    GLUED_RELATED_LAST,
    GLUED_ROLES,
    HAN_FIRST,
    HAN_LAST,
    HEADER_CELL_MAX,
    HEADER_CELLS_MIN,
    IMAGE_DATA_URI,
    IMAGE_SUFFIXES,
    INLINE_FOOTER,
    INLINE_FOOTER_WORDS,
    KICKER_MAX,
    LABELLED_URL,
    LEADING_IMAGE_NAMES,
    LIKE_COUNTER,
    LIKE_COUNTER_FIRST,
    LINK_FIRST_CHARS,
    LINK_LINE,
    LINK_LINE_MAX,
    LOGIN_TAB,
    MENU_ITEM_MAX,
    NAV_BAR,
    PAGER_OR_TOP,
    PLACE_ENDINGS,
    PRINT_EDITION,
    PROSE_WIDGET_WORDS,
    QR_PROMPT,
    QR_PROMPT_MAX,
    READING_TIME,
    READING_WIDGET,
    READING_WIDGET_FIRST,
    REGISTRATION_LINE,
    RIGHTS_NOTICE,
    RIGHTS_NOTICE_MAX,
    ROW_NUMBER_HEADERS,
    SHAPE_NAME,
    SHAPE_NAME_FIRST,
    SITE_FOOTER,
    SITE_FOOTER_FIRST,
    SITE_FOOTER_MAX,
    SITE_FOOTER_WORD,
    SUPERVISOR_FOOTER,
    SYMBOL_LINE,
    UNNAMED_IMAGE,
    VISITOR_COUNTER,
    first_char,
    has_sentence_punct,
    last_char,
)

__all__ = [
    "IMAGE_LAST",
    "cut_glued_image_name",
    "cut_inline_footer",
    "cut_leading_image_names",
    "is_footer",
    "is_furniture",
    "is_image_file",
    "is_link_line",
    "is_piped_header_row",
    "is_registration_row",
    "is_rights_notice",
    "is_site_footer",
]

#: Longest line that a widget, a footer or a signature line can be.
_WIDGET_MAX: Final = 40
#: Longest line whose spaces are dropped to find a widget's spaced-out label in it ("字 号:", "【打 印】").
_SPACED_WIDGET_MAX: Final = 8
#: Longest navigation line; longer lines are furniture only as an image file name.
_NAV_MAX: Final = 80
_FOOTER_MAX: Final = 80
#: Last characters of an image file name (.jpg, .png, .gif …), all ASCII (below ``_ASCII_END``).
IMAGE_LAST: Final = frozenset("gGfFpP)")
_ASCII_END: Final = 0x80
#: Last characters, and longest, of an image's name with no suffix (see ``tables.UNNAMED_IMAGE``).
_UNNAMED_IMAGE_LAST: Final = frozenset("0123456789oOabcdefABCDEF")
_UNNAMED_IMAGE_MAX: Final = 72
#: Longest image file name cut off the end of a paragraph it is glued to.
_GLUED_IMAGE_NAME_MAX: Final = 40
#: How far into a paragraph the first image file name glued before its words ends, at most.
_LEADING_IMAGE_REACH: Final = 60


def is_piped_header_row(line: str) -> bool:
    """A table's header row printed with its cell borders, opening with the row-number column
    ("序号 | 一级事项 | 公开内容 |"): three or more short cells."""
    cells = line.strip(" |").split("|")
    return (
        len(cells) >= HEADER_CELLS_MIN
        and cells[0].strip() in ROW_NUMBER_HEADERS
        and all(1 < len(cell.strip()) <= HEADER_CELL_MAX for cell in cells[1:])
    )


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture: widgets, navigation, icons, a clock."""
    first = first_char(line)
    if first == "d" and line.startswith(IMAGE_DATA_URI):
        return True  # an image printed as its data ("data:image/png;base64,…")
    if len(line) > _NAV_MAX:
        return is_image_file(line)
    # a line opening with a Han character is never a symbol line: skip that pattern
    if not HAN_FIRST <= ord(line[0]) <= HAN_LAST and SYMBOL_LINE.match(line):
        return True
    if is_image_file(line):
        return True
    if (
        "|" in line
        and NAV_BAR.search(line)
        and not has_sentence_punct(line)
        and not _is_framed_cell(line)
        and not _is_kicker_headline(line)
        and not _is_cell_before_empty_cells(line)
        and not (first == "序" and is_piped_header_row(line))
        and not _holds_clauses(line)
    ):
        return True  # items parted by pipes; one cell framed by its borders ("| 某某会议 |") or a table's
        # header row ("序号 | 一级事项 | 公开内容 |") is none
    if len(line) > _WIDGET_MAX:
        return False
    # a DATE opens with its year's 1 or 2 (19xx, 20xx)
    if (line.startswith(CLOCK_OPENERS) or (first in "12" and DATE.match(line))) and CLOCK.search(line):
        return True  # a live clock or calendar: "2018/12/28 上午9:27:28 星期五"
    if line in FURNITURE_LINES:
        return True
    if first in SHAPE_NAME_FIRST and line[-1].isdigit() and SHAPE_NAME.fullmatch(line):
        return True  # a drawing object of the document the page was made from ("直线 2")
    if first in LIKE_COUNTER_FIRST and LIKE_COUNTER.fullmatch(line):
        return True  # a like button's count ("赞 0")
    if first in GALLERY_COUNTER_FIRST and len(line) <= GALLERY_COUNTER_MAX and GALLERY_COUNTER.fullmatch(line):
        return True  # a photo gallery's counter ("/5", "1/12")
    if first in "本全" and "分钟" in line and READING_TIME.match(line) is not None:
        return True  # a reading-time widget ("本篇文章303字,读完约1分钟")
    found = FURNITURE.search(line)
    if found is None and " " in line and len(line) <= _SPACED_WIDGET_MAX:
        line = line.replace(" ", "")  # a widget's label printed with its characters spaced out ("字 号:")
        found = FURNITURE.search(line)
    if found is None:  # most lines: no widget word at all
        return False
    if found.group() in PROSE_WIDGET_WORDS and "。" in line and "," in line:
        return False  # a sentence of clauses naming the thing ("打开某APP,扫描页面上的二维码。")
    if line.startswith(GLUED_ROLES, found.end()):
        return False  # an outlet's name in a byline, its reporter after it ("某某报·某某客户端记者 某某")
    if found.group() not in FURNITURE_BOUNDED or found.start() == 0 or line[found.start() - 1] in " |【[":
        return True
    if line[-1] == "录" and LOGIN_TAB.fullmatch(line):
        return True  # a login box's tab or button ("账号+密码登录", "扫码登录")
    for match in FURNITURE.finditer(line, found.end()):  # where finditer would go on
        start = match.start()
        if match.group() not in FURNITURE_BOUNDED or start == 0 or line[start - 1] in " |【[":
            return True
    return False


def is_image_file(line: str) -> bool:
    """Tell whether a line is an image file name that leaked into the text ("1.jpg", "QQ截图20210925105328", "logo")."""
    # IMAGE_LAST is ASCII: ord() refuses a Han or other ending before a string is made of it
    if ord(line[-1]) >= _ASCII_END:
        return False
    last = line[-1]
    if last in IMAGE_LAST and _has_image_suffix(line):
        return "。" not in line  # not a paragraph an image's name is glued to
    # (no such name holds a hyphen, slash or dot: the dates and times ending with a digit are refused without
    # the pattern)
    return (
        last in _UNNAMED_IMAGE_LAST
        and len(line) <= _UNNAMED_IMAGE_MAX
        and "-" not in line
        and "/" not in line
        and "." not in line
        and UNNAMED_IMAGE.fullmatch(line) is not None
    )


def _has_image_suffix(line: str) -> bool:
    return _ascii_lower(line[-4:]) in IMAGE_SUFFIXES or _ascii_lower(line[-5:]) in IMAGE_SUFFIXES


def cut_glued_image_name(line: str) -> str:
    """A paragraph without the image file name glued after its last sentence ("…70余人。简.jpg")."""
    if ord(line[-1]) >= _ASCII_END or line[-1] not in IMAGE_LAST or not _has_image_suffix(line):
        return line
    end = line.rfind("。") + 1
    name = line[end:].strip()
    return line[:end] if end and len(name) <= _GLUED_IMAGE_NAME_MAX and " " not in name else line


def cut_leading_image_names(line: str) -> str:
    """A paragraph without the image file names glued before its first words ("某图.jpg某图.jpg“大哥,…")."""
    dot = line.find(".", 0, _LEADING_IMAGE_REACH)
    if dot < 0 or dot + 1 == len(line) or not ("a" <= line[dot + 1] <= "z" or "A" <= line[dot + 1] <= "Z"):
        return line  # no file name's extension (".jpg") in reach
    names = LEADING_IMAGE_NAMES.match(line)
    return line[names.end() :] if names is not None and names.end() < len(line) else line


def _ascii_lower(text: str) -> str:
    """``text`` lower-cased where it is ASCII, else as it is (no suffix in the tables has other letters).

    mypyc's str.lower() maps non-ASCII text character by character (a final Σ
    gives σ, not ς as Python gives), so only ASCII is lower-cased: both builds
    read the same.
    """
    return text.lower() if text.isascii() else text


def is_footer(line: str) -> bool:
    """Tell whether a line opens the page footer (print/share and reading widgets, prev/next, copyright, a link
    line)."""
    if "。" in line:
        return False
    # (an ASCII word of two characters or more is looked for after its first: compiled, a search for one
    # character reads the line in place, where a longer ASCII word in a Han line is first copied wider)
    first = first_char(line)  # one string for the first-character tests below (its hash is kept)
    if len(line) <= _FOOTER_MAX and (
        (first in FOOTER_FIRST and FOOTER.match(line) is not None)
        or ((("I" in line and "ICP" in line) or "公网安备" in line) and REGISTRATION_LINE.match(line) is not None)
    ):
        return True
    last = last_char(line)
    if last == ")" and first == "《" and PRINT_EDITION.fullmatch(line):
        return True  # a newspaper's edition line
    if last in "-—–D" and END_LINE.fullmatch(line):
        return True  # an end mark ("- THE END -")
    # the copyright after its owner's name (版权所有 …), a pager (共2页), a back-to-top link (↑ top)
    if ("权" in line or "页" in line or last == "p" or last == "P") and (
        COPYRIGHT_LINE.match(line) is not None or PAGER_OR_TOP.match(line) is not None
    ):
        return True
    if ":" in line and "://" in line and LABELLED_URL.fullmatch(line) is not None:
        return True
    if first in READING_WIDGET_FIRST and READING_WIDGET.match(line) is not None:
        return True  # a reading widget ("正在阅读:某某")
    if len(line) <= QR_PROMPT_MAX and "扫" in line and QR_PROMPT.fullmatch(line) is not None:
        return True  # a QR code's prompt to read the page on a phone
    if first == "主" and SUPERVISOR_FOOTER.match(line) is not None:
        return True  # the site's supervising body and its contacts
    if last in "者客" and VISITOR_COUNTER.search(line) is not None:
        return True  # the site's visitor counter ("您是第:73904186 位访问者")
    return first in LINK_FIRST_CHARS and is_link_line(line)


def _is_cell_before_empty_cells(line: str) -> bool:
    """A headline's cell followed only by empty cells ("某县举行某某活动 | ||||||", "… | |"): no navigation.

    One cell longer than any menu item, then nothing but borders: a table layout's row.
    """
    text, _, rest = line.partition("|")
    return len(text) > BREADCRUMB_ITEM_MAX and not rest.strip(" |")


def _is_kicker_headline(line: str) -> bool:
    """A column's short kicker and a headline longer than any menu item, parted by a pipe ("简讯 | 某区长调研…"),
    or shorter where it quotes after a place's name ("某镇 | 浓情端午 乐在其“粽”"): no menu item quotes."""
    kicker, _, rest = line.partition(" | ")
    if not 0 < len(kicker) <= KICKER_MAX or "|" in rest:
        return False
    if len(rest) > BREADCRUMB_ITEM_MAX:
        return True
    # a place's column before a headline that quotes ("某镇 | 浓情端午 乐在其“粽”");
    # a widget's "关注我们 | “某某发布”" is none
    return len(rest) > MENU_ITEM_MAX and "“" in rest and "”" in rest and kicker[-1] in PLACE_ENDINGS


def _holds_clauses(line: str) -> bool:
    """Whether the line is two parts parted by a pipe, one a clause: longer than a trail's item, a comma inside,
    no space ("防汛抢险守一线,心系群众践初心|…"). A headline's words; a row of widgets has more parts, and its
    words are parted by spaces ("放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 | 打印")."""
    parts = [part for part in (cell.strip() for cell in line.split("|")) if part]
    return len(parts) == 2 and any(
        len(part) > BREADCRUMB_ITEM_MAX and "," in part and " " not in part for part in parts
    )


def _is_framed_cell(line: str) -> bool:
    """One table cell printed between its borders, nothing else on the line ("| 某某会议 |")."""
    return line[0] == "|" and line[-1] == "|" and "|" not in line[1:-1]


def is_rights_notice(line: str) -> bool:
    """A rights or reprint notice under the text ("…未经书面授权请勿转载。"), a call to get the site's app, or
    its sign-off pointing to its other outlets ("感谢您关注某某网,更多新闻关注…")."""
    # each word's first character is looked for first: a search for one character is the cheaper by far
    return (
        len(line) <= RIGHTS_NOTICE_MAX
        and (
            ("转" in line and "转载" in line)
            or ("未" in line and "未经" in line)
            or ("下" in line and "下载" in line)
            or ("摘" in line and "摘编" in line)
            or line.startswith("感谢")
        )
        and RIGHTS_NOTICE.search(line) is not None
    )


def is_link_line(line: str) -> bool:
    """Tell whether a line links the related document or interpretation ("【相关文件】…", "政策解读:…").

    Such a line follows the text and may be long, as it names a whole document.
    """
    first = first_char(line)
    return (
        first in LINK_FIRST_CHARS
        and len(line) <= LINK_LINE_MAX
        # the label in brackets, or with its colon: most lines opening with a label's character have neither
        # ("图为…现场", "一、…"), and are refused without the pattern
        and (first == "【" or first == "[" or ":" in line or ":" in line)
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


def is_registration_row(line: str) -> bool:
    """The footer's row of registrations, however long: "网站标识码:… 备案号:…ICP备… 公网安备 … 许可证编号:…"."""
    return (
        len(line) <= SITE_FOOTER_MAX
        and (("I" in line and "ICP" in line) or ("备" in line and "公网安备" in line))  # one character first
        and (FOOTER.match(line) is not None or REGISTRATION_LINE.match(line) is not None)
        and not has_sentence_punct(line)
    )


def cut_inline_footer(line: str) -> str:
    """Remove a footer widget glued to the end of a line ("… 【打印正文】 分享到:", "…。相关政策")."""
    if last_char(line) in GLUED_RELATED_LAST and line.endswith(GLUED_RELATED_HEADINGS):
        return line[: line.rindex("。") + 1]
    if " " not in line and "【" not in line:
        return line  # every other form opens with one of them
    if not any(word in line for word in INLINE_FOOTER_WORDS):
        return line  # (most paragraphs, searched for none of their words faster than by the pattern)
    match = INLINE_FOOTER.search(line)
    return line[: match.start()].rstrip() if match else line
