"""Line shapes the stages share: prose, furniture, footers, tail labels, 文号 lines.

Each test looks at one line (already trimmed, never empty) and answers by its
shape and the vocabularies of :mod:`.tables`; none depends on where the line
stands in the page, which is the stages' business.
"""

from __future__ import annotations

from typing import Final

from .byline import is_credit_line, names_glued_role
from .dates import extract_date
from .meta import MetaLine, split_fields
from .tables import (
    ADDRESSEE_ENDINGS,
    ADDRESSEE_LINE_MAX,
    ADDRESSEE_OPENERS,
    BREADCRUMB_ITEM_MAX,
    CELL_GAPS,
    CLOCK,
    CLOCK_OPENERS,
    COLUMN_NAME,
    COLUMN_NAME_LAST,
    COPYRIGHT_LINE,
    CREDIT_FIRST_CHARS,
    DATE,
    DISCLOSURE_FIELD,
    DOCUMENT_NUMBER,
    DOCUMENT_NUMBER_STUMP,
    EMPTY_CELLS_MIN,
    END_LINE,
    FOOTER,
    FURNITURE,
    FURNITURE_BOUNDED,
    FURNITURE_LINES,
    HAN_FIRST,
    HAN_LAST,
    IMAGE_DATA_URI,
    IMAGE_SUFFIXES,
    INLINE_FOOTER,
    KICKER_MAX,
    LABEL,
    LABEL_KINDS,
    LABELLED_URL,
    LIKE_COUNTER,
    LIKE_COUNTER_FIRST,
    LINK_FIRST_CHARS,
    LINK_LINE,
    LINK_LINE_MAX,
    NAV_BAR,
    NUMBER_LINE_CELL,
    OFFICE_ENDINGS,
    PAGER_OR_TOP,
    PRINT_EDITION,
    PUBLISHED_KIND,
    RED_HEADER_SUFFIX,
    REGISTRATION_LINE,
    RIGHTS_NOTICE,
    RIGHTS_NOTICE_MAX,
    SENTENCE_PUNCT,
    SITE_FOOTER,
    SITE_FOOTER_FIRST,
    SITE_FOOTER_MAX,
    SITE_FOOTER_WORD,
    SPACED_WORD,
    SYMBOL_LINE,
    TAIL_KINDS,
    UNNAMED_IMAGE,
    VIEWS_FIRST_CHARS,
)

__all__ = [
    "CREDIT_LINE_MAX",
    "IMAGE_LAST",
    "ISSUER_LINE_MAX",
    "SHORTEST_PROSE",
    "TAIL_LINE_MAX",
    "TITLE_MIN",
    "bigrams",
    "cut_glued_image_name",
    "cut_inline_footer",
    "document_number_line",
    "find_tail_label",
    "gives_publish_date",
    "is_column_name",
    "is_document_number",
    "is_foot_meta",
    "is_footer",
    "is_furniture",
    "is_image_file",
    "is_issuer_line",
    "is_link_line",
    "is_prose",
    "is_rights_notice",
    "is_site_footer",
    "is_spaced_word",
    "squash",
]

#: Shortest headline, and shortest line that can repeat it.
TITLE_MIN: Final = 4
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
_UNNAMED_IMAGE_LAST: Final = frozenset("0123456789oO")
_UNNAMED_IMAGE_MAX: Final = 30
#: Longest image file name cut off the end of a paragraph it is glued to.
_GLUED_IMAGE_NAME_MAX: Final = 40
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
_TAIL_LABEL_AFTER: Final = " 【["
#: Longest line that can be a credit line of its own ("文/图 赵国庆", "(西坪乡 王立)").
CREDIT_LINE_MAX: Final = 30
#: Longest line that can be a word printed with its characters spaced out.
SPACED_WORD_MAX: Final = 40
#: Longest issuer line of a red header, or site banner (重庆市开州区人民政府办公室).
ISSUER_LINE_MAX: Final = 30


def squash(text: str) -> str:
    """The line without its spaces, as lines printed twice are compared."""
    return text.replace(" ", "")


def bigrams(text: str) -> set[str]:
    """The pairs of adjacent characters of ``text``: how much two wordings share."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def is_prose(line: str) -> bool:
    """Tell whether a line reads as running text rather than a headline or a label."""
    if len(line) < _PROSE_MIN:
        return False
    if "。" in line or ";" in line or ";" in line:
        return True
    return (len(line) >= _PROSE_COMMA_MIN and ("," in line or "," in line)) or (
        len(line) >= _PROSE_EXCLAIM_MIN and line[-1] in "!?!?…"
    )


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


def is_furniture(line: str) -> bool:
    """Tell whether a line is page furniture: widgets, navigation, icons, a clock."""
    first = line[0]
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
        and not SENTENCE_PUNCT.search(line)
        and not _is_framed_cell(line)
        and not _is_kicker_headline(line)
        and not _is_cell_before_empty_cells(line)
    ):
        return True  # items parted by pipes; one cell framed by its borders ("| 某某会议 |") is none
    if len(line) > _WIDGET_MAX:
        return False
    # a DATE opens with its year's 1 or 2 (19xx, 20xx)
    if (line.startswith(CLOCK_OPENERS) or (first in "12" and DATE.match(line))) and CLOCK.search(line):
        return True  # a live clock or calendar: "2018/12/28 上午9:27:28 星期五"
    if line in FURNITURE_LINES:
        return True
    if first in LIKE_COUNTER_FIRST and LIKE_COUNTER.fullmatch(line):
        return True  # a like button's count ("赞 0")
    found = FURNITURE.search(line)
    if found is None and " " in line and len(line) <= _SPACED_WIDGET_MAX:
        line = line.replace(" ", "")  # a widget's label printed with its characters spaced out ("字 号:")
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
    """Tell whether a line is an image file name that leaked into the text ("1.jpg", "QQ截图20210925105328", "logo")."""
    # IMAGE_LAST is ASCII: ord() refuses a Han or other ending before a string is made of it
    if ord(line[-1]) >= _ASCII_END:
        return False
    last = line[-1]
    if last not in IMAGE_LAST:
        return (
            last in _UNNAMED_IMAGE_LAST
            and len(line) <= _UNNAMED_IMAGE_MAX
            and UNNAMED_IMAGE.fullmatch(line) is not None
        )
    return _has_image_suffix(line) and "。" not in line  # not a paragraph an image's name is glued to


def _has_image_suffix(line: str) -> bool:
    return _ascii_lower(line[-4:]) in IMAGE_SUFFIXES or _ascii_lower(line[-5:]) in IMAGE_SUFFIXES


def cut_glued_image_name(line: str) -> str:
    """A paragraph without the image file name glued after its last sentence ("…70余人。简.jpg")."""
    if ord(line[-1]) >= _ASCII_END or line[-1] not in IMAGE_LAST or not _has_image_suffix(line):
        return line
    end = line.rfind("。") + 1
    name = line[end:].strip()
    return line[:end] if end and len(name) <= _GLUED_IMAGE_NAME_MAX and " " not in name else line


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
    if len(line) <= _FOOTER_MAX and (
        FOOTER.match(line) is not None
        or (("ICP" in line or "公网安备" in line) and REGISTRATION_LINE.match(line) is not None)
    ):
        return True
    last = line[-1]
    if last == ")" and line[0] == "《" and PRINT_EDITION.fullmatch(line):
        return True  # a newspaper's edition line
    if last in "-—–D" and END_LINE.fullmatch(line):
        return True  # an end mark ("- THE END -")
    # the copyright after its owner's name (版权所有 …), a pager (共2页), a back-to-top link (↑ top)
    if ("权" in line or "页" in line or line[-1] == "p" or line[-1] == "P") and (
        COPYRIGHT_LINE.match(line) is not None or PAGER_OR_TOP.match(line) is not None
    ):
        return True
    if "://" in line and LABELLED_URL.fullmatch(line) is not None:
        return True
    return line[0] in LINK_FIRST_CHARS and is_link_line(line)


def _is_cell_before_empty_cells(line: str) -> bool:
    """A headline's cell followed by a row of empty cells ("某县举行某某活动 | ||||||"): no navigation."""
    text, _, rest = line.partition("|")
    return len(text) > BREADCRUMB_ITEM_MAX and not rest.strip(" |") and rest.count("|") >= EMPTY_CELLS_MIN


def _is_kicker_headline(line: str) -> bool:
    """A column's short kicker and a headline longer than any menu item, parted by a pipe ("简讯 | 某区长调研…")."""
    kicker, _, rest = line.partition(" | ")
    return 0 < len(kicker) <= KICKER_MAX and len(rest) > BREADCRUMB_ITEM_MAX and "|" not in rest


def _is_framed_cell(line: str) -> bool:
    """One table cell printed between its borders, nothing else on the line ("| 某某会议 |")."""
    return line[0] == "|" and line[-1] == "|" and "|" not in line[1:-1]


def is_column_name(line: str) -> bool:
    """A channel's name alone on its line ("本市动态", "政务要闻"): no headline, and no text."""
    return line[-1] in COLUMN_NAME_LAST and COLUMN_NAME.fullmatch(line) is not None


def is_rights_notice(line: str) -> bool:
    """A rights or reprint notice under the text ("…未经书面授权请勿转载。"), a call to get the site's app, or
    its sign-off pointing to its other outlets ("感谢您关注某某网,更多新闻关注…")."""
    return (
        len(line) <= RIGHTS_NOTICE_MAX
        and ("转载" in line or "未经" in line or "下载" in line or "摘编" in line or line.startswith("感谢"))
        and RIGHTS_NOTICE.search(line) is not None
    )


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


def is_issuer_line(line: str) -> bool:
    """An issuer line of a red header or cover block: an office ("某县政府办公室"), its 文件 header
    ("某县政府办公室文件"), or two offices parted by a wide gap ("某市统计局  国家统计局某市调查队")."""
    if len(line) > ISSUER_LINE_MAX:
        if len(line) > 2 * ISSUER_LINE_MAX or "  " not in line:
            return False
        return all(cell.endswith(OFFICE_ENDINGS) for cell in CELL_GAPS.split(line))
    if line.endswith(RED_HEADER_SUFFIX):
        line = line[: -len(RED_HEADER_SUFFIX)]
    if line.endswith(OFFICE_ENDINGS):
        return True
    return "  " in line and all(cell.endswith(OFFICE_ENDINGS) for cell in CELL_GAPS.split(line))


def is_spaced_word(line: str) -> bool:
    """A word printed with its characters spaced out ("通    知", "政 府 工 作 报 告"): a document's kind."""
    return " " in line and len(line) <= SPACED_WORD_MAX and SPACED_WORD.match(line) is not None


def cut_inline_footer(line: str) -> str:
    """Remove a footer widget glued to the end of a line ("… 【打印正文】 分享到:")."""
    match = INLINE_FOOTER.search(line)
    return line[: match.start()].rstrip() if match else line


def is_document_number(line: str) -> bool:
    """A 文号 line of its own (the red header's "澜政人〔2022〕9号", or "(临政办发〔2019〕12号)")."""
    return (line[-1] == "号" or line[-1] == ")") and document_number_line(line) is not None


def document_number_line(line: str) -> str | None:
    """The 文号 a line of its own prints, without the parentheses it may stand in; None for other lines.

    A 文号 whose closing bracket and 号 the capture lost ("某府办函〔202058") is one, as printed.
    A red header's cell printed after it is left ("某政发〔2024〕3号 第1页", "…3号  签发人:李华").
    """
    last = line[-1]
    if last != "号" and last != ")" and not last.isdigit():
        if last != "页" and "签发人" not in line:
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
        return line if DOCUMENT_NUMBER.fullmatch(line) is not None else None
    return line if line[-1].isdigit() and DOCUMENT_NUMBER_STUMP.fullmatch(line) is not None else None


def find_tail_label(line: str) -> int | None:
    """Where a credit or source label starts on a short line after the body, else None.

    "作者:陈土生 马明", "某某新闻网 编辑:林岚 周杭", "(图文:张素文 审核:张锐)",
    "【责任编辑:潘丽】" and "浏览次数563" are tail lines; "数据来源:…" inside a paragraph is not.
    """
    if len(line) > TAIL_LINE_MAX:
        return None
    first = line[0]
    if first == "(" or len(line) <= CREDIT_LINE_MAX:
        # is_credit_line is False for a line not opening with CREDIT_FIRST_CHARS or an outlet's writer role
        if (first in CREDIT_FIRST_CHARS or "  " in line or names_glued_role(line)) and is_credit_line(line):
            return 0
        if first == "(":
            return None
    head = line[:_TAIL_REACH]
    if ":" not in head and ":" not in head and first not in VIEWS_FIRST_CHARS:
        return None
    if first == "公" and DISCLOSURE_FIELD.fullmatch(line):
        return 0  # how the page is disclosed ("公开方式:主动公开"): the body's loop tells where it ends the text
    pos = 0
    while True:
        match = LABEL.search(line, pos, _TAIL_REACH)
        if match is None:
            return None
        start = match.start("label")
        kind = LABEL_KINDS[match["label"].replace(" ", "")]
        if (
            start <= _TAIL_LABEL_AT
            and kind in TAIL_KINDS
            and (start == 0 or line[start - 1] in _TAIL_LABEL_AFTER)
            and (match["colon"] or line[match.end() : match.end() + 1].isdigit())
        ):
            return start
        if start == 0 and match["colon"] and is_foot_meta(line):
            return 0  # a publish date with a counter or credit, whatever label opens the line ("发布人:…")
        pos = match.start() + 1


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
