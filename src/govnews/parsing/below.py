"""What stands under a line of the body: the look-ahead tests by which :mod:`.body` tells the text
going on from the page's end (links, menus, forms, contact notes, a table's cells, a speaker's label).

Each reads the lines under line ``i``: a few of them, or, for the tests of the page's end, as far as
the lines fit (the first that does not stops the read).
"""

from __future__ import annotations

from typing import Final

from .byline import split_credit
from .creditlines import is_credit_line
from .furniture import is_footer, is_furniture, is_rights_notice, is_site_footer
from .normalise import strip_bullet
from .shapes import CREDIT_LINE_MAX, TAIL_LINE_MAX, find_tail_label, is_prose, opens_label
from .tables import (
    CELL_GAPS,
    CELL_LINE_MAX,
    CONTACT_NOTE,
    CONTACT_NOTE_MAX,
    CREDIT_FIRST_CHARS,
    DATE_CELL,
    DISCLOSURE_NOTES,
    FORM_CAPTCHA,
    FORM_FIELD,
    HAN_FIRST,
    HAN_LAST,
    LINK_BLOCK_LINE_MAX,
    MENU_ITEM_MAX,
    MENU_SEPARATORS,
    SENTENCE_END_CHARS,
    SIGNATURE_DATE,
    SITE_LINK_MAX,
    UNKNOWN_LABEL,
    has_sentence_punct,
)

__all__ = [
    "between_widgets",
    "closes_with_contact",
    "credits_photos_only",
    "fields_run_end",
    "header_cells_end",
    "heads_table",
    "heads_text",
    "is_date_row",
    "is_speaker_label",
    "links_below",
    "links_to_end",
    "menu_to_footer",
    "opens_form",
    "short_lines_to_end",
    "signed_below",
    "site_links_from",
    "text_follows",
    "text_goes_on",
]


#: How many lines under a rights notice are looked at for more text, and for a web form's fields.
_NOTICE_REACH: Final = 4
_FORM_REACH: Final = 8
#: Most characters of a form's field, spaces aside: its star, a label of eight and the colon.
_FORM_FIELD_MAX: Final = 10
#: Longest link title under a related stories' heading, and fewest links.
_RELATED_LINK_MAX: Final = 60
_RELATED_LINKS_MIN: Final = 2
#: How many lines under a byline are read for sentences, and how many of them must close one for the text to go on.
_GOES_ON_REACH: Final = 5
_GOES_ON_MIN: Final = 3
#: How many lines apart two speakers' labels over their quotes may stand.
_SPEAKER_REACH: Final = 6
#: Farthest a signature is looked for under a contact note, over a table's cells.
_SIGNED_REACH: Final = 40
#: Longest label heading a section of the text ("资料来源:").
_SECTION_LABEL_MAX: Final = 10
#: Most header cells of a table printed one a line, under its 序号.
_HEADER_CELLS_MAX: Final = 12
#: Longest annotation between a letter's signature date and its contact note ("主管领导:某某").
_NOTE_MAX: Final = 16


def between_widgets(lines: list[str], i: int) -> bool:
    """Whether the lines over and under line ``i`` are both widgets (share buttons, the font-size picker)."""
    return 0 < i < len(lines) - 1 and is_furniture(lines[i - 1]) and is_furniture(lines[i + 1])


def closes_with_contact(line: str, body: list[str]) -> bool:
    """Whether ``line`` is a contact note under the text's end: a sentence, or a signature date.

    Short notes between the signature date and the contact ("主管领导:某某") are
    the letter's annotations too and are dropped from ``body``.
    """
    if len(line) > CONTACT_NOTE_MAX or "。" in line or CONTACT_NOTE.match(line) is None:
        return False
    run = len(body)
    while run > 1 and len(body[run - 1]) <= _NOTE_MAX and ":" in body[run - 1] and "," not in body[run - 1]:
        run -= 1
    last = body[run - 1]
    if SIGNATURE_DATE.match(last) is None and (run < len(body) or last[-1] not in SENTENCE_END_CHARS):
        return False
    del body[run:]
    return True


def credits_photos_only(line: str) -> bool:
    """Whether a credit line names photographers and no one else ("摄影:某某", "图|某某")."""
    credits = split_credit(line)
    return bool(credits.photographers) and not credits.authors and not credits.editors


def is_date_row(line: str) -> bool:
    """A row of labelled dates parted by wide gaps ("留言时间:3月2日      回复时间:3月4日")."""
    cells = CELL_GAPS.split(line)
    return len(line) <= TAIL_LINE_MAX and len(cells) > 1 and all(DATE_CELL.fullmatch(cell) for cell in cells)


def signed_below(lines: list[str], i: int) -> bool:
    """Whether text or a signature date stands under line ``i`` (a notice's contact, then its end).

    Looked for over a few lines, and on over a table's cells printed one a line,
    short or closed by a cell border (a list of the projects the notice is about),
    up to the first footer line.
    """
    for k in range(i + 1, min(len(lines), i + _SIGNED_REACH)):
        line = lines[k]
        if (is_prose(line) and not is_rights_notice(line)) or SIGNATURE_DATE.match(line):
            return True  # (the site's rights notice under a table is the footer's, no text)
        if k >= i + _FORM_REACH and (
            (len(line) > CELL_LINE_MAX and line[-1] != "|") or is_footer(line) or is_furniture(line)
        ):
            return False
    return False


def header_cells_end(lines: list[str], i: int) -> int:
    """Where the header cells under a row-number header at ``i`` end: at the first row's number ("1"),
    a few short cells down; -1 where no such number closes them (rows printed whole, a cut table)."""
    for k in range(i + 1, min(len(lines), i + _HEADER_CELLS_MAX + 2)):
        line = lines[k]
        if line == "1":
            return k if k > i + 1 else -1
        if len(line) > CELL_LINE_MAX or ":" in line:
            return -1
    return -1


def menu_to_footer(lines: list[str], i: int) -> bool:
    """Whether short items parted by lines of a lone separator run from ``i`` to an item that is a
    footer's word ("关于我们" / "|" / "网站帮助" / "|" / "网站地图"): the footer's menu, not a table's
    cells (名单 cells run to the site's footer too, but none of them is a footer's word)."""
    items = 0
    for line in lines[i:]:
        if line in MENU_SEPARATORS:
            continue
        if len(line) > MENU_ITEM_MAX or has_sentence_punct(line):
            return False
        if is_footer(line):
            return items >= 2
        items += 1
    return False


def site_links_from(lines: list[str], i: int) -> bool:
    """Whether line ``i`` and the next are short names of groups of sites, as a footer's link menus print them."""
    return i + 1 < len(lines) and _is_site_link(lines[i]) and _is_site_link(lines[i + 1])


def _is_site_link(line: str) -> bool:
    """A short name of a group of sites ("市直部门网站"), letters only."""
    return len(line) <= SITE_LINK_MAX and line.endswith("网站") and line.isalpha()


def links_below(lines: list[str], i: int) -> bool:
    """Whether the lines under ``i`` to the page's end are two or more headlines of links: no sentences."""
    rest = lines[i + 1 :]
    return len(rest) >= _RELATED_LINKS_MIN and all(
        len(line) <= _RELATED_LINK_MAX and not has_sentence_punct(line) for line in rest
    )


def text_goes_on(lines: list[str], i: int) -> bool:
    """Whether sentences fill most of the lines under line ``i``, short ones too: the story goes on there.

    A layout table's cell border closing each line ("…。 |") is no end of a sentence's own.
    """
    ended = sum(
        1
        for line in (below.rstrip(" |") for below in lines[i + 1 : i + 1 + _GOES_ON_REACH])
        if line and line[-1] in SENTENCE_END_CHARS and not is_rights_notice(line) and not is_footer(line)
    )
    return ended >= _GOES_ON_MIN  # a rights notice or a disclaimer under a byline is no text going on


def text_follows(lines: list[str], i: int) -> bool:
    """Whether a paragraph of text stands among the few lines under line ``i``."""
    return any(map(is_prose, lines[i + 1 : i + _NOTICE_REACH]))


def fields_run_end(lines: list[str], i: int) -> int:
    """Where the run of labelled fields from line ``i`` ends ("文号:…", "失效日期:", the value under a label left
    empty on its line, the page's furniture and footer): the page's end for a block of the page's own disclosure
    fields, sooner for fields the text lists (abolished documents, a 公示's items, a forwarded file)."""
    value_may_follow = False
    for j in range(i, len(lines)):
        line = lines[j]
        if opens_label(line) or UNKNOWN_LABEL.match(line) is not None:  # a label the vocabulary lacks too
            value_may_follow = line[-1] == ":"
        elif value_may_follow:
            value_may_follow = False
        elif not (is_furniture(line) or is_footer(line) or is_site_footer(line)):
            return j
    return len(lines)


def is_speaker_label(lines: list[str], i: int) -> bool:
    """Whether credit line ``i`` names who speaks the paragraph under it, as another credit line near it does:
    reporters interviewed in turn ("某某新闻记者  某某" over a quote, then "某报社记者  某某" over another)."""
    if not _quoted_by(lines, i):
        return False
    near = range(max(0, i - _SPEAKER_REACH), min(len(lines), i + _SPEAKER_REACH + 1))
    return any(j != i and _quoted_by(lines, j) for j in near)


def _quoted_by(lines: list[str], i: int) -> bool:
    """A short credit line naming the speaker's outlet or unit before the role ("某某日报社记者  某某"), a
    paragraph of text right under it (no rights notice: a closing byline opens with its role, "记者 某某")."""
    line = lines[i]
    return (
        i + 1 < len(lines)
        and len(line) <= CREDIT_LINE_MAX
        and line[0] not in CREDIT_FIRST_CHARS
        and is_prose(lines[i + 1])
        and not is_rights_notice(lines[i + 1])
        and is_credit_line(line)
    )


def heads_text(lines: list[str], i: int) -> bool:
    """A label with an empty value over a paragraph heads a section of the text ("资料来源:" over its sentences)."""
    line = lines[i]
    return line[-1] == ":" and i + 1 < len(lines) and is_prose(lines[i + 1]) and len(line) <= _SECTION_LABEL_MAX


def heads_table(lines: list[str], i: int) -> bool:
    """A row of cells over more rows that are no tail lines: a table's header ("来源 | 金额"), not a
    source in its cell ("来源 | 某某客户端" over "编辑 | 某某"), nor one cell of a page's layout, its border
    closing it ("编辑:某某 稿源:某某网 |"), nor cells of labelled values ("录入:某某 | 编辑:某某 |")."""
    line = lines[i]
    if "|" not in line.rstrip(" |") or ":" in line or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return "|" in below and find_tail_label(below) is None


def opens_form(lines: list[str], i: int) -> bool:
    """Whether a web form's empty fields start at ``i``: two or more, one required (*) or the captcha."""
    if i + 1 == len(lines) or lines[i + 1][-1] != ":":
        return False  # one field at most (most lines ending with a colon: an addressee, a list's intro)
    fields = 0
    marked = False
    for line in lines[i : i + _FORM_REACH]:
        bare = strip_bullet(line) if line[-1] == ":" else ""
        # (a longer line, an addressee's "各县人民政府,…各直属单位:", is refused without the pattern)
        field = FORM_FIELD.fullmatch(bare) if bare and len(bare) - bare.count(" ") <= _FORM_FIELD_MAX else None
        if field is None:
            break
        fields += 1
        marked = marked or field["star"] is not None or FORM_CAPTCHA in field["label"].replace(" ", "")
    return fields >= 2 and marked


def links_to_end(lines: list[str], i: int) -> bool:
    """Whether a widget at ``i`` opens the page's last lines, all short links and widgets: no text, no table,
    no document's note of how it is disclosed."""
    return HAN_FIRST <= ord(lines[i][0]) <= HAN_LAST and short_lines_to_end(lines, i)


def short_lines_to_end(lines: list[str], i: int) -> bool:
    """Whether every line from ``i`` on is short, no sentence, no table's row, no note of how it is disclosed."""
    return all(
        len(line) <= LINK_BLOCK_LINE_MAX
        and "|" not in line
        and not has_sentence_punct(line)
        and not line.strip("()").startswith(DISCLOSURE_NOTES)  # the document's own last line ("此件公开发布")
        for line in lines[i:]
    )
