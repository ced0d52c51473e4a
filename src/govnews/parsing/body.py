"""Stage 5: the body's lines, from the end of the head to the first footer or credit line.

Furniture inside the text is dropped; :mod:`.edges` then trims what stands
around the text's first and last paragraphs (a credit, source or end mark glued
to the last one is cut off and kept for the tail).
"""

from __future__ import annotations

from typing import Final

from .below import (
    between_widgets,
    closes_with_contact,
    credits_photos_only,
    fields_run_end,
    header_cells_end,
    heads_table,
    heads_text,
    is_date_row,
    is_speaker_label,
    links_below,
    links_to_end,
    menu_to_footer,
    opens_form,
    short_lines_to_end,
    signed_below,
    site_links_from,
    text_follows,
    text_goes_on,
)
from .candidates import is_banner_over_host, is_banner_under_widgets, is_site_host
from .creditlines import is_credit_line
from .edges import trim_edges
from .furniture import is_footer, is_furniture, is_link_line, is_registration_row, is_rights_notice, is_site_footer
from .meta import MetaLine
from .shapes import TAIL_LINE_MAX, find_tail_label, is_prose, opens_disclosure_block
from .tables import (
    CHANNEL_NAME_ENDINGS,
    CONTACT_NOTE_FIRST,
    DISCLOSURE_FIELD,
    EMPTY_CELLS,
    FORM_INVITATION,
    HAN_FIRST,
    HAN_LAST,
    ISSUED_TIME,
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
    TABLE_NUMBER_CELL,
    first_char,
    last_char,
)

__all__ = ["Body", "segment_body"]


#: Most lines of a story's lead (a summary, a quote, a kicker) a byline may follow with the text going on under it.
_LEAD_LINES_MAX: Final = 4
#: Longest heading of a related stories' list under the text.
_RELATED_HEADING_MAX: Final = 30
#: Longest reprint notice dropped where it opens the text ("本站原创文章,转载请附上原文链接。").
OPENING_NOTICE_MAX: Final = 40
#: Longest word taken for one of the widgets whose lines it stands between, over the text.
_WIDGET_WORD_MAX: Final = 4
#: Shortest title of a related story linked under the text (a list of names, "张三", is the text's).
LINKED_TITLE_MIN: Final = 8


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
            header_end = header_cells_end(lines, i)
        link = first in LINK_FIRST_CHARS and is_link_line(line)
        if link and text_follows(lines, i):
            continue  # a link line inside the text: the report's notes and sources follow it
        if first == "公" and DISCLOSURE_FIELD.fullmatch(line):
            if text_follows(lines, i):
                continue  # how the notice is disclosed, between it and its annex
            end = i  # how the page is disclosed, under the text ("公开方式:主动公开"): a tail line
            break
        if not body and (
            is_site_host(line) or is_banner_over_host(lines, i) or (i == start and is_banner_under_widgets(lines, i))
        ):
            continue  # the site's name and its address over the text, or its name under the page top's widgets
            # (looked for at the text's first line only: the test reads every line above)
        if not body and size <= _WIDGET_WORD_MAX and between_widgets(lines, i):
            continue  # a word among the widgets over the text, its buttons printed a row a line ("分享 微信" / "头条")
        if first in READING_WIDGET_FIRST and READING_WIDGET.match(line) and text_follows(lines, i):
            body.append(line)  # words about reading inside the story ("正在阅读:《某书》 分享人:某某"), no widget
            continue
        if (
            size <= _RELATED_HEADING_MAX
            and body
            and last_char(line) in RELATED_LIST_LAST
            and line.endswith(RELATED_LIST_ENDINGS)
            and links_below(lines, i)
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
                fields_end = fields_run_end(lines, i)
                if fields_end == len(lines):
                    end = i  # the page's disclosure fields printed under the text ("索引号:…" / "发文机关:…"),
                    break  # nothing but fields and furniture after them (fields among other lines are the text's)
            label = find_tail_label(line)
            if label is not None and not heads_text(lines, i) and not heads_table(lines, i):
                if not body and text_follows(lines, i):
                    leading.append(line)  # a credit over the text, which has not begun: no end of it
                    continue
                if len(body) <= _LEAD_LINES_MAX and text_goes_on(lines, i) and is_credit_line(line):
                    leading.append(line)  # a byline under the story's lead lines, the text going on ("本报记者某某")
                    continue
                if body and is_prose(line) and text_follows(lines, i):
                    body.append(line)  # a speaker's turn in a transcript, the label a role's ("记者:请问…?")
                    continue
                if body and is_speaker_label(lines, i):
                    body.append(line)  # who speaks the quote under it, one of several ("某某报记者  某某" / "…")
                    continue
                if body and ("图" in line or "摄" in line) and text_follows(lines, i) and credits_photos_only(line):
                    leading.append(line)  # a photo's credit between paragraphs ("图|某某"): the text goes on
                    continue
                end, end_label = i, label  # the tail reads this line first: its label is known
                break
            if (
                size <= MENU_ITEM_MAX
                and i + 1 < len(lines)
                and lines[i + 1] in MENU_SEPARATORS
                and menu_to_footer(lines, i)
            ):
                end = i  # the footer's menu printed an item a line, a separator between ("关于我们" / "|" / …)
                break
            if line[-1] == "站" and site_links_from(lines, i):
                end = i  # the footer's menus of sites ("各省区市政府网站" / "各部门网站")
                break
            if line[-1] == ":" and opens_form(lines, i):
                end = i  # a web form asking the reader's opinion, and the line inviting it
                if body and FORM_INVITATION in body[-1]:
                    body.pop()
                break
            if is_furniture(line):  # a widget inside the body is dropped, not an end
                if "|" in line and (table or TABLE_NUMBER_CELL.search(line) or EMPTY_CELLS.search(line)):
                    table = True  # a table's row ("行政许可 | 0 | |", "总计 | ||||"), not a navigation bar
                elif i + 1 < len(lines) and ISSUED_TIME.match(lines[i + 1]):
                    pass  # a press release's issue date (with its weekday) over its time: see edges._release_date
                elif links_to_end(lines, i) or (
                    first == "|"
                    and body
                    and body[-1][-1] in SENTENCE_END_CHARS
                    and i + 1 < len(lines)
                    and short_lines_to_end(lines, i + 1)
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
                    and links_to_end(lines, i)
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
            elif not text_follows(lines, i):
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
            and size <= TAIL_LINE_MAX  # (the length is_date_row needs, before the line is read twice)
            and ":" in line
            and "  " in line
            and is_date_row(line)
            and not text_follows(lines, i)
        ):
            end = i  # a row of dates under the text (留言时间:…  回复时间:…)
            break
        if (
            body
            and "@" in line
            and body[-1][-1] in SENTENCE_END_CHARS
            and MAIL_CONTACT.match(line)
            and not signed_below(lines, i)
        ):
            end = i  # the site's mail addresses under the text ("投稿邮箱:…@…"), no notice's signed contact
            break
        if body and first in CONTACT_NOTE_FIRST and closes_with_contact(line, body) and not signed_below(lines, i):
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
