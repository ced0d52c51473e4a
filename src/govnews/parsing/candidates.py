"""Which lines of the head may be the headline, and which are the site's banner or menu.

Shared by the headline stage (:mod:`.headline`) and the segmenter: a line's
shape alone (its length, punctuation, words and cells) says whether it may be
a headline; where it stands is the stage's business.
"""

from __future__ import annotations

from typing import Final

from .byline import credits_someone, names_glued_role
from .creditlines import is_credit_line
from .furniture import is_furniture
from .shapes import (
    BYLINE_LINE_MAX,
    CREDIT_LINE_MAX,
    ISSUER_LINE_MAX,
    TITLE_MIN,
    is_column_name,
    is_document_number,
    is_meeting_channel,
    is_spaced_word,
    squash,
)
from .tables import (
    BARE_DAY,
    BREADCRUMB_HOME,
    BULLET,
    BULLET_CHARS,
    CHAIR_DECK,
    CONTACT_LINE,
    CREDIT_FIRST_CHARS,
    CUT_COPY_MAX,
    DATED_OPENING,
    DISCLOSURE_MARKS,
    DOCUMENT_KIND_END,
    EDITION_LINE,
    HEADING_FIRST_CHARS,
    HEADING_NUMBERED,
    LABELLED_URL,
    LEADERS_DECK,
    MAIL_DOMAIN,
    MENU_GAP,
    MENU_ITEM_MAX,
    MENU_ITEMS_MIN,
    PLACE_ENDINGS,
    SALUTATION_OPENER,
    SIGNATURE_DATE,
    SITE_NAME_ENDINGS,
    SPEAKER_LINE,
    TITLE_SEPARATORS,
    UNKNOWN_LABEL_MAX,
    URL_LINE,
    VALIDITY_STAMP,
    VALIDITY_STAMP_LAST,
    VALIDITY_VALUE_MAX,
    WORD_MENU_ITEM_MAX,
    WORD_MENU_ITEMS_MIN,
    first_char,
    is_han,
)

__all__ = [
    "drop_cut_copy",
    "drop_site_suffix",
    "is_banner_over_host",
    "is_banner_under_widgets",
    "is_candidate",
    "is_issuer_banner",
    "is_leaders_deck",
    "is_page_top",
    "is_site_banner",
    "is_site_host",
]

#: The last characters of the site names' endings (a cheap gate before the endings themselves).
_SITE_NAME_LAST: Final = frozenset(ending[-1] for ending in SITE_NAME_ENDINGS)


def drop_site_suffix(title: str) -> str:
    """The headline without the site's name a page title appends to it.

    The name after the last "-", "_" or "|" is a site's or office's name
    ("…的通知_某县人民政府"), or the name the headline opens with ("某某开发区…预案-某某开发区").
    """
    for separator in TITLE_SEPARATORS:
        head, found, site = title.rpartition(separator)
        if head.endswith(separator):
            continue  # a doubled dash parts a headline's two phrases ("某某--某地举办"), no site's name
        head, site = head.rstrip(), site.strip()
        if (
            found
            and len(head) >= TITLE_MIN
            and (is_site_banner(site) or (len(site) >= TITLE_MIN and len(head) > len(site) and head.startswith(site)))
        ):
            return head
    return title


def drop_cut_copy(title: str) -> str:
    """The headline without a cut copy of its opening words printed before it on its line.

    "某镇 开展 某某月 某镇 开展 某某月 宣传活动": the words before a space that the
    rest of the line opens with again are a copy the page cut short (or a whole one), where they are
    two words or more (a word said twice, "奋斗青春 奋斗青春最美丽", is the headline's own). A copy is
    at most ``CUT_COPY_MAX`` characters, so a line of any length costs no more than that.
    """
    first_space = title.find(" ")
    at = title.find(" ", max(TITLE_MIN, first_space + 1), min(len(title) // 2 + 1, CUT_COPY_MAX + 1))
    while at >= 0:
        if title.startswith(title[:at], at + 1):
            return title[at + 1 :]
        at = title.find(" ", at + 1, min(len(title) // 2 + 1, CUT_COPY_MAX + 1))
    return title


def is_candidate(line: str) -> bool:
    """A line that may be the headline: not furniture, a list item, a number or a label.

    Nor a line wholly in parentheses (an adoption note, a 文号, a date), a numbered
    section heading, a line opening with a full date (a speech's occasion), a
    speaker's line (office, post and name), an e-paper's page label or a word
    printed with its characters spaced out (政 府 工 作 报 告, a document's kind),
    a channel's name (本市动态) or a document's state (现行有效).
    """
    if len(line) < TITLE_MIN or line[-1] == ":" or "。" in line:
        return False
    if ":" in line and _is_coded_field(line):
        return False  # a label the vocabulary lacks and its code ("类 别:B", "招标编号:XY-2022-004")
    if (
        is_column_name(line)
        or is_meeting_channel(line)
        or (
            len(line) <= VALIDITY_VALUE_MAX
            and line[-1] in VALIDITY_STAMP_LAST
            and VALIDITY_STAMP.fullmatch(line) is not None
        )
    ):
        return False  # a channel's name; a document's state printed as a stamp ("现行有效")
    if line in DISCLOSURE_MARKS:
        return False  # how the document is disclosed, its label lost ("主动公开")
    first = first_char(line)
    if first == "(" and line[-1] == ")":
        return False
    if line.isascii():
        if " " not in line or not any(c.isalpha() for c in line):
            return False  # a menu's English word ("governor"), a number, a date or clock printed in pieces
        if first in "hw" and URL_LINE.match(line):
            return False  # the site's address on a line of its own
    elif not first.isalpha() and not any(c.isalpha() for c in line):
        return False  # symbols only: a row of cell borders ("||||…"), a rule
    if first.isdigit() and line[-1] in "日0123456789" and BARE_DAY.fullmatch(line) is not None:
        return False  # a day alone ("3月2日"): a schedule's day heading or a date line
    if (first in BULLET_CHARS or first.isdigit()) and (
        BULLET.match(line)
        or SIGNATURE_DATE.match(line)
        # an occasion opening with its day; a headline naming its day ends with its kind ("…审批公告")
        or (DATED_OPENING.match(line) and DOCUMENT_KIND_END.search(line) is None)
    ):
        return False
    if is_furniture(line) or (line[-1].isdigit() and CONTACT_LINE.search(line)):
        return False
    if "@" in line and _holds_mail_address(line):
        return False  # a contact line ("投稿邮箱:…@…")
    if ":" in line and "://" in line and LABELLED_URL.fullmatch(line) is not None:
        return False  # a link to the page itself ("本文链接:https://…"; its colon looked for first, as in is_footer)
    if first == "尊" and line.startswith(SALUTATION_OPENER):
        return False  # a letter's salutation ("尊敬的某某委员")
    if is_leaders_deck(line):
        return False
    if (
        (len(line) <= CREDIT_LINE_MAX or (len(line) <= BYLINE_LINE_MAX and names_glued_role(line)))
        and (first in CREDIT_FIRST_CHARS or names_glued_role(line))
        and is_credit_line(line)
        and credits_someone(line)
    ):
        return False  # a byline under the headline ("本报记者 某某 某某"), not a headline with a column prefix
    if first in HEADING_FIRST_CHARS and (HEADING_NUMBERED.match(line) or EDITION_LINE.match(line)):
        return False  # a numbered section heading, an e-paper's page label
    if " " in line and (is_spaced_word(line) or SPEAKER_LINE.match(line) or _is_word_menu(line)):
        return False
    return not is_document_number(line)


def _is_coded_field(line: str) -> bool:
    """A label of Han characters (spaced or not) and, after its colon, a value with no Han character: a code,
    a letter, a number. A headline's words go on after a colon ("专访:某某")."""
    label, _, value = line.partition(":")
    label = label.replace(" ", "")
    value = value.strip()
    return 2 <= len(label) <= UNKNOWN_LABEL_MAX and bool(value) and value.isascii() and is_han(label)


def _holds_mail_address(line: str) -> bool:
    """Whether a mail address stands in the line: a name, "@" and a dotted domain (each "@" tried once)."""
    at = line.find("@")
    while at > 0:
        before = line[at - 1]  # the name's last character
        if before.isascii() and (before.isalnum() or before in "._-") and MAIL_DOMAIN.match(line, at):
            return True
        at = line.find("@", at + 1)
    return False


def _is_word_menu(line: str) -> bool:
    """A site menu captured with single spaces: many items of a few characters ("政府机构 信息公开 办事服务 …").

    A headline's phrases parted by spaces are longer, or fewer.
    """
    items = line.split(" ")
    return len(items) >= WORD_MENU_ITEMS_MIN and all(2 <= len(item) <= WORD_MENU_ITEM_MAX for item in items)


def is_leaders_deck(line: str) -> bool:
    """A story's deck naming the leaders who attended or chaired ("市领导某某某某参加", "某某主持会议并讲话",
    "某某主持"): never its headline."""
    last = line[-1]
    if last in "加席同":
        return LEADERS_DECK.fullmatch(line) is not None
    return (last == "话" or last == "持") and CHAIR_DECK.fullmatch(line) is not None


def is_site_banner(line: str) -> bool:
    """A short line that is only an organisation or site name (东沙镇人民政府门户网站, "某县人民政府-")."""
    if len(line) > ISSUER_LINE_MAX or " " in line:
        return False
    name = line.rstrip("-_|")
    return name[-1:] in _SITE_NAME_LAST and name.endswith(SITE_NAME_ENDINGS)  # a set lookup before the many endings


def is_site_host(line: str) -> bool:
    """The site's web address alone on its line, no page's path after its host ("www.某县.gov.cn")."""
    if first_char(line) not in "hw" or URL_LINE.match(line) is None:
        return False
    host = line.split("://", 1)[-1].rstrip("/")
    return "/" not in host and "?" not in host


def is_banner_over_host(lines: list[str], i: int) -> bool:
    """The site's name over the site's address ("某县人民政府" / "www.….gov.cn"): its banner, no headline."""
    # the address first: its first character refuses nearly every line, where the name's endings are many
    return i + 1 < len(lines) and is_site_host(lines[i + 1]) and is_site_banner(lines[i])


def is_banner_under_widgets(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is the site's or office's name under nothing but the page top's widgets
    ("无障碍 | 长者版" / "某县卫生健康局"): its banner, no headline, no text."""
    line = lines[i]
    return (
        i > 0
        and line[-1] not in PLACE_ENDINGS  # "县长调研某某镇" is a headline
        and is_site_banner(line)
        and all(is_furniture(above) for above in lines[:i])
    )


def _is_menu_line(line: str) -> bool:
    """A site menu line: one short item ("专题专栏") or short items parted by wide gaps.

    Above the location trail such a line is navigation ("首页  机构概况  政务公开"),
    never the headline. Items parted by single spaces (a menu whose full-width
    gaps were captured as one space) count where the menu opens with its home
    item ("首页 政务公开 政务服务"), as a headline never does.
    """
    if " " not in line:
        return len(line) <= MENU_ITEM_MAX
    items = MENU_GAP.split(line)
    if len(items) == 1 and BREADCRUMB_HOME.match(line):
        items = line.split(" ")
    return len(items) >= MENU_ITEMS_MIN and all(len(item) <= MENU_ITEM_MAX for item in items)


def is_page_top(line: str) -> bool:
    """A line of the page top: the site's banner, a menu line or a row of links to other sites."""
    return is_site_banner(line) or _is_menu_line(line) or is_site_links(line)


def is_site_links(line: str) -> bool:
    """A row of site names parted by spaces ("中国政府网 某省政府网 某市政府网"): links to other portals."""
    if " " not in line:
        return False
    names = line.split()
    return len(names) > 1 and all(is_site_banner(name) for name in names)


def is_issuer_banner(line: str, below: str) -> bool:
    """A site banner naming the issuer that a line under the metadata opens with.

    "某市税务局" above a disclosure table and "某市税务局关于…的公告" under it: the
    banner is the site's name, the longer line the headline. A banner may part the
    names of its levels by a space ("某县 某乡人民政府").
    """
    name = squash(line)
    return len(below) > len(line) and is_site_banner(name) and squash(below).startswith(name)
