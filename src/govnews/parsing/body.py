"""Stage 5: the body's lines, from the end of the head to the first footer or credit line.

Furniture inside the text is dropped; :mod:`.edges` then trims what stands
around the text's first and last paragraphs (a credit, source or end mark glued
to the last one is cut off and kept for the tail).
"""

from __future__ import annotations

from typing import Final

from .byline import is_credit_line, split_credit
from .candidates import is_banner_over_host, is_banner_under_widgets, is_site_host
from .edges import trim_edges
from .furniture import is_footer, is_furniture, is_link_line, is_registration_row, is_rights_notice, is_site_footer
from .meta import MetaLine, strip_bullet
from .shapes import CREDIT_LINE_MAX, TAIL_LINE_MAX, find_tail_label, is_prose, opens_disclosure_block, opens_label
from .tables import (
    CELL_GAPS,
    CELL_LINE_MAX,
    CHANNEL_NAME_ENDINGS,
    CONTACT_NOTE,
    CONTACT_NOTE_FIRST,
    CONTACT_NOTE_MAX,
    CREDIT_FIRST_CHARS,
    DATE_CELL,
    DISCLOSURE_FIELD,
    DISCLOSURE_NOTES,
    EMPTY_CELLS,
    FORM_CAPTCHA,
    FORM_FIELD,
    FORM_INVITATION,
    HAN_FIRST,
    HAN_LAST,
    ISSUED_TIME,
    LINK_BLOCK_LINE_MAX,
    LINK_FIRST_CHARS,
    LONE_NUMBER,
    LONE_NUMBER_MAX,
    MAIL_CONTACT,
    MENU_ITEM_MAX,
    MENU_SEPARATORS,
    PAGE_MARK,
    READING_WIDGET,
    READING_WIDGET_FIRST,
    RELATED_LIST_ENDINGS,
    RELATED_LIST_LAST,
    ROW_NUMBER_HEADERS,
    SENTENCE_END_CHARS,
    SIGNATURE_DATE,
    SITE_FOOTER_FIRST,
    SITE_FOOTER_MAX,
    SITE_FOOTER_WORD,
    SITE_FOOTER_WORD_FIRST,
    SITE_LINK_MAX,
    TABLE_NUMBER_CELL,
    UNKNOWN_LABEL,
    first_char,
    has_sentence_punct,
    last_char,
)

__all__ = ["Body", "segment_body"]


#: How many lines under a rights notice are looked at for more text, and for a web form's fields.
_NOTICE_REACH: Final = 4
_FORM_REACH: Final = 8
#: Most lines of a story's lead (a summary, a quote, a kicker) a byline may follow with the text going on
#: under it, and how many of the next lines must then close a sentence.
_LEAD_LINES_MAX: Final = 4
#: Longest heading of a related stories' list under the text, longest link title under it, and fewest links.
_RELATED_HEADING_MAX: Final = 30
_RELATED_LINK_MAX: Final = 60
_RELATED_LINKS_MIN: Final = 2
_GOES_ON_REACH: Final = 5
#: How many lines apart two speakers' labels over their quotes may stand.
_SPEAKER_REACH: Final = 6
_GOES_ON_MIN: Final = 3
#: Farthest a signature is looked for under a contact note, over a table's cells.
_SIGNED_REACH: Final = 40
#: Longest label heading a section of the text ("资料来源:").
_SECTION_LABEL_MAX: Final = 10
#: Most header cells of a table printed one a line, under its 序号.
_HEADER_CELLS_MAX: Final = 12
#: Longest reprint notice dropped where it opens the text ("本站原创文章,转载请附上原文链接。").
OPENING_NOTICE_MAX: Final = 40
#: Shortest title of a related story linked under the text (a list of names, "张三", is the text's).
LINKED_TITLE_MIN: Final = 8
#: Longest annotation between a letter's signature date and its contact note ("主管领导:某某").
_NOTE_MAX: Final = 16


class Body:
    """The body's lines, where they ended, and what was cut from the last paragraph."""

    lines: list[str]
    #: Index of the line that ended the body (a footer or credit line), or the number of lines.
    end: int
    #: A credit glued to the last paragraph ("(记者 薛路)"), or printed alone under it.
    credits: list[str]
    #: A source glued to the last paragraph ("(来源:市发改委)"), read as a metadata line.
    metas: list[MetaLine]
    #: Where the line at ``end`` has the tail label that ended the body (``find_tail_label``), else -1.
    end_label: int

    def __init__(
        self, lines: list[str], end: int, credits: list[str], metas: list[MetaLine], end_label: int = -1
    ) -> None:
        self.lines = lines
        self.end = end
        self.credits = credits
        self.metas = metas
        self.end_label = end_label


def segment_body(lines: list[str], start: int, title: str | None = None) -> Body:
    """Take the body from ``start`` to the first footer or credit line (``title``: the headline)."""
    body: list[str] = []
    leading: list[str] = []  # credit lines over the text
    end = max(start, len(lines))  # where no footer or credit line ends the body
    end_label = -1  # the tail label of the line at ``end``, where one ended the body
    fields_end = 0  # where the run of fields read from a disclosure block's first line ends (read once a run)
    table = False  # the line before was a row of a table printed with cell borders
    numbers: list[int] = []  # where a number alone on its line stands in the body
    header_end = -1  # where the header cells of a table printed one a line under 序号 end
    for i in range(start, len(lines)):
        line = lines[i]
        size = len(line)
        if i < header_end:
            body.append(line)  # a header cell ("承办单位"), no footer's word: the header runs to the first row's number
            continue
        first = first_char(line)  # one string for the first-character gates below (its hash is kept)
        if first == "序" and line in ROW_NUMBER_HEADERS:
            header_end = _header_cells_end(lines, i)
        link = first in LINK_FIRST_CHARS and is_link_line(line)
        if link and _text_follows(lines, i):
            continue  # a link line inside the text: the report's notes and sources follow it
        if first == "公" and DISCLOSURE_FIELD.fullmatch(line):
            if _text_follows(lines, i):
                continue  # how the notice is disclosed, between it and its annex
            end = i  # how the page is disclosed, under the text ("公开方式:主动公开"): a tail line
            break
        if not body and (
            is_site_host(line) or is_banner_over_host(lines, i) or (i == start and is_banner_under_widgets(lines, i))
        ):
            continue  # the site's name and its address over the text, or its name under the page top's widgets
            # (looked for at the text's first line only: the test reads every line above)
        if first in READING_WIDGET_FIRST and READING_WIDGET.match(line) and _text_follows(lines, i):
            body.append(line)  # words about reading inside the story ("正在阅读:《某书》 分享人:某某"), no widget
            continue
        if (
            size <= _RELATED_HEADING_MAX
            and body
            and last_char(line) in RELATED_LIST_LAST
            and line.endswith(RELATED_LIST_ENDINGS)
            and _links_below(lines, i)
        ):
            end = i  # the heading of related stories' links under the text ("某某会议新闻精选")
            break
        if size <= TAIL_LINE_MAX:
            if is_footer(line):
                end = i
                break
            if (
                i >= fields_end
                and body
                and ":" in line  # (a disclosure label's colon: the cheapest test first)
                and body[-1][-1] in SENTENCE_END_CHARS  # under the text's last sentence, not a listed item
                and opens_disclosure_block(lines, i)
            ):
                fields_end = _fields_end(lines, i)
                if fields_end == len(lines):
                    end = i  # the page's disclosure fields printed under the text ("索引号:…" / "发文机关:…"),
                    break  # nothing but fields and furniture after them (fields among other lines are the text's)
            label = find_tail_label(line)
            if label is not None and not _heads_text(lines, i) and not _heads_table(lines, i):
                if not body and _text_follows(lines, i):
                    leading.append(line)  # a credit over the text, which has not begun: no end of it
                    continue
                if len(body) <= _LEAD_LINES_MAX and _text_goes_on(lines, i) and is_credit_line(line):
                    leading.append(line)  # a byline under the story's lead lines, the text going on ("本报记者某某")
                    continue
                if body and _is_speaker_label(lines, i):
                    body.append(line)  # who speaks the quote under it, one of several ("某某报记者  某某" / "…")
                    continue
                if body and ("图" in line or "摄" in line) and _text_follows(lines, i) and _credits_photos_only(line):
                    leading.append(line)  # a photo's credit between paragraphs ("图|某某"): the text goes on
                    continue
                end, end_label = i, label  # the tail reads this line first: its label is known
                break
            if (
                size <= MENU_ITEM_MAX
                and i + 1 < len(lines)
                and lines[i + 1] in MENU_SEPARATORS
                and _menu_to_footer(lines, i)
            ):
                end = i  # the footer's menu printed an item a line, a separator between ("关于我们" / "|" / …)
                break
            if line[-1] == "站" and _site_links_from(lines, i):
                end = i  # the footer's menus of sites ("各省区市政府网站" / "各部门网站")
                break
            if line[-1] == ":" and _opens_form(lines, i):
                end = i  # a web form asking the reader's opinion, and the line inviting it
                if body and FORM_INVITATION in body[-1]:
                    body.pop()
                break
            if is_furniture(line):  # a widget inside the body is dropped, not an end
                if "|" in line and (table or TABLE_NUMBER_CELL.search(line) or EMPTY_CELLS.search(line)):
                    table = True  # a table's row ("行政许可 | 0 | |", "总计 | ||||"), not a navigation bar
                elif i + 1 < len(lines) and ISSUED_TIME.match(lines[i + 1]):
                    pass  # a press release's issue date (with its weekday) over its time: see _release_date
                elif _links_to_end(lines, i) or (
                    first == "|"
                    and body
                    and body[-1][-1] in SENTENCE_END_CHARS
                    and i + 1 < len(lines)
                    and _short_lines_to_end(lines, i + 1)
                    and all(len(link) >= LINKED_TITLE_MIN for link in lines[i + 1 :])  # stories' titles, no names
                ):
                    end = i  # the page's block of links and widgets under the text (a lone cell border over it)
                    break
                else:
                    continue
            else:
                table = False
                if (
                    size <= MENU_ITEM_MAX
                    and line.endswith(CHANNEL_NAME_ENDINGS)
                    and body
                    and body[-1][-1] in SENTENCE_END_CHARS
                    and i + 1 < len(lines)
                    and HAN_FIRST <= ord(lines[i + 1][0]) <= HAN_LAST  # a widget's word ("微信"), no table's "/"
                    and is_furniture(lines[i + 1])
                    and _links_to_end(lines, i)
                ):
                    end = i  # a channel's name over the page's last links and widgets ("某某慢直播" / "微信" / …)
                    break
            if size <= LONE_NUMBER_MAX and LONE_NUMBER.fullmatch(line):
                numbers.append(len(body))
        elif link or is_registration_row(line):
            end = i  # a long link line ends it too, and the footer's registrations ("…ICP备…", "…公网安备…")
            break
        if is_rights_notice(line):
            if not body:
                if size <= OPENING_NOTICE_MAX and first != "第" and not first.isdigit():
                    continue  # a short reprint notice over the text (a page captured twice: the first copy's);
                    # a rule's article about reprinting ("第五条 转载…须注明出处。") is text
            elif not _text_follows(lines, i):
                end = i  # a rights or reprint notice under the text
                break
        # (the word's first character looked for first: a search for one character is the cheaper by far)
        if (
            size <= SITE_FOOTER_MAX  # (the length is_site_footer needs, before the line is read for 主办)
            and (first in SITE_FOOTER_FIRST or (SITE_FOOTER_WORD_FIRST in line and SITE_FOOTER_WORD in line))
            and is_site_footer(line)
        ):
            end = i
            break
        if (
            body
            and size <= TAIL_LINE_MAX  # (the length _is_date_row needs, before the line is read twice)
            and ":" in line
            and "  " in line
            and _is_date_row(line)
            and not _text_follows(lines, i)
        ):
            end = i  # a row of dates under the text (留言时间:…  回复时间:…)
            break
        if (
            body
            and "@" in line
            and body[-1][-1] in SENTENCE_END_CHARS
            and MAIL_CONTACT.match(line)
            and not _signed_below(lines, i)
        ):
            end = i  # the site's mail addresses under the text ("投稿邮箱:…@…"), no notice's signed contact
            break
        if body and first in CONTACT_NOTE_FIRST and _closes_with_contact(line, body) and not _signed_below(lines, i):
            end = i  # a contact note under the text's end, and what follows it
            if first == "(" and SIGNATURE_DATE.match(body[-1]):
                body.append(line)  # a notice's own note in parentheses under its date ("(联系人:某某;联系电话:…)")
                end = i + 1
            break
        if line[-1] == "|" or "—" in line:
            # a cell border closing the line ("…工作网。 |"), a printed page's number ("—2—"), alone or glued
            line = PAGE_MARK.sub("", line.rstrip(" |")).strip()
            if not line:
                continue
        body.append(line)
    credits, metas = trim_edges(lines, start, end, body, numbers, title)
    return Body(body, end, leading + credits, metas, end_label)


def _closes_with_contact(line: str, body: list[str]) -> bool:
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


def _credits_photos_only(line: str) -> bool:
    """Whether a credit line names photographers and no one else ("摄影:某某", "图|某某")."""
    credits = split_credit(line)
    return bool(credits.photographers) and not credits.authors and not credits.editors


def _is_date_row(line: str) -> bool:
    """A row of labelled dates parted by wide gaps ("留言时间:3月2日      回复时间:3月4日")."""
    cells = CELL_GAPS.split(line)
    return len(line) <= TAIL_LINE_MAX and len(cells) > 1 and all(DATE_CELL.fullmatch(cell) for cell in cells)


def _signed_below(lines: list[str], i: int) -> bool:
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


def _header_cells_end(lines: list[str], i: int) -> int:
    """Where the header cells under a row-number header at ``i`` end: at the first row's number ("1"),
    a few short cells down; -1 where no such number closes them (rows printed whole, a cut table)."""
    for k in range(i + 1, min(len(lines), i + _HEADER_CELLS_MAX + 2)):
        line = lines[k]
        if line == "1":
            return k if k > i + 1 else -1
        if len(line) > CELL_LINE_MAX or ":" in line:
            return -1
    return -1


def _menu_to_footer(lines: list[str], i: int) -> bool:
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


def _site_links_from(lines: list[str], i: int) -> bool:
    """Whether line ``i`` and the next are short names of groups of sites, as a footer's link menus print them."""
    return i + 1 < len(lines) and _is_site_link(lines[i]) and _is_site_link(lines[i + 1])


def _is_site_link(line: str) -> bool:
    """A short name of a group of sites ("市直部门网站"), letters only."""
    return len(line) <= SITE_LINK_MAX and line.endswith("网站") and line.isalpha()


def _links_below(lines: list[str], i: int) -> bool:
    """Whether the lines under ``i`` to the page's end are two or more headlines of links: no sentences."""
    rest = lines[i + 1 :]
    return len(rest) >= _RELATED_LINKS_MIN and all(
        len(line) <= _RELATED_LINK_MAX and not has_sentence_punct(line) for line in rest
    )


def _text_goes_on(lines: list[str], i: int) -> bool:
    """Whether sentences fill most of the lines under line ``i``, short ones too: the story goes on there.

    A layout table's cell border closing each line ("…。 |") is no end of a sentence's own.
    """
    ended = sum(
        1
        for line in (below.rstrip(" |") for below in lines[i + 1 : i + 1 + _GOES_ON_REACH])
        if line and line[-1] in SENTENCE_END_CHARS and not is_rights_notice(line) and not is_footer(line)
    )
    return ended >= _GOES_ON_MIN  # a rights notice or a disclaimer under a byline is no text going on


def _text_follows(lines: list[str], i: int) -> bool:
    """Whether a paragraph of text stands among the few lines under line ``i``."""
    return any(map(is_prose, lines[i + 1 : i + _NOTICE_REACH]))


def _fields_end(lines: list[str], i: int) -> int:
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


def _is_speaker_label(lines: list[str], i: int) -> bool:
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


def _heads_text(lines: list[str], i: int) -> bool:
    """A label with an empty value over a paragraph heads a section of the text ("资料来源:" over its sentences)."""
    line = lines[i]
    return line[-1] == ":" and i + 1 < len(lines) and is_prose(lines[i + 1]) and len(line) <= _SECTION_LABEL_MAX


def _heads_table(lines: list[str], i: int) -> bool:
    """A row of cells over more rows that are no tail lines: a table's header ("来源 | 金额"), not a
    source in its cell ("来源 | 某某客户端" over "编辑 | 某某"), nor one cell of a page's layout, its border
    closing it ("编辑:某某 稿源:某某网 |"), nor cells of labelled values ("录入:某某 | 编辑:某某 |")."""
    line = lines[i]
    if "|" not in line.rstrip(" |") or ":" in line or i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return "|" in below and find_tail_label(below) is None


def _opens_form(lines: list[str], i: int) -> bool:
    """Whether a web form's empty fields start at ``i``: two or more, one required (*) or the captcha."""
    if i + 1 == len(lines) or lines[i + 1][-1] != ":":
        return False  # one field at most (most lines ending with a colon: an addressee, a list's intro)
    fields = 0
    marked = False
    for line in lines[i : i + _FORM_REACH]:
        field = FORM_FIELD.fullmatch(strip_bullet(line)) if line[-1] == ":" else None
        if field is None:
            break
        fields += 1
        marked = marked or field["star"] is not None or FORM_CAPTCHA in field["label"].replace(" ", "")
    return fields >= 2 and marked


def _links_to_end(lines: list[str], i: int) -> bool:
    """Whether a widget at ``i`` opens the page's last lines, all short links and widgets: no text, no table,
    no document's note of how it is disclosed."""
    return HAN_FIRST <= ord(lines[i][0]) <= HAN_LAST and _short_lines_to_end(lines, i)


def _short_lines_to_end(lines: list[str], i: int) -> bool:
    """Whether every line from ``i`` on is short, no sentence, no table's row, no note of how it is disclosed."""
    return all(
        len(line) <= LINK_BLOCK_LINE_MAX
        and "|" not in line
        and not has_sentence_punct(line)
        and not line.strip("()").startswith(DISCLOSURE_NOTES)  # the document's own last line ("此件公开发布")
        for line in lines[i:]
    )
