"""Under the text, over the site's footer: the lines that lead into the footer (its host, contacts, links,
imprint), the site's menu and name printed again, a tag line, and neighbouring stories' titles.

Asked by :func:`.edges.trim_edges` of the text's last lines.
"""

from __future__ import annotations

from typing import Final

from .candidates import is_candidate, is_site_banner, is_site_links
from .tables import (
    DOCUMENT_KIND_END,
    EDITION_LINKS,
    IMPRINT_MARKS,
    LINK_BLOCK_LINE_MAX,
    MENU_ITEM_MAX,
    MENU_ITEMS_MIN,
    OFFICE_ENDINGS,
    RELATED_HEADING,
    SENTENCE_END_CHARS,
    SITE_CONTACT_LABELS,
    SITE_CONTACT_LINE_MAX,
    SITE_HOST_LINE,
    SITE_HOST_LINE_MAX,
    SITE_LINK_ENDINGS,
    SITE_NAV_ENDINGS,
    has_sentence_punct,
)

__all__ = ["LINKED_TITLES_MIN", "drop_linked_titles", "is_foot_banner", "is_tag_line", "leads_footer", "menu_items"]

#: Longest site's name alone under the last sentence that is taken for the page's foot ("某某政府"), all letters.
_SITE_NAME_MAX: Final = 10
#: Fewest, shortest and longest neighbouring stories' titles under the text's last sentence (see drop_linked_titles).
LINKED_TITLES_MIN: Final = 2
_LINKED_TITLE_MIN: Final = 12
_LINKED_TITLE_MAX: Final = 40
#: Longest tag of an article's tag line, and longest tag line.
_TAG_MAX: Final = 8
_TAG_LINE_MAX: Final = 40
#: The word an office's name closes on the footer's host lines with no label ("某市人民政府主办").
_HOST_WORDS: Final[tuple[str, ...]] = ("主办", "承办")


def menu_items(lines: list[str], start: int) -> frozenset[str]:
    """The items of the menu bars printed above the text: lines of several short items parted by spaces."""
    items: set[str] = set()
    for line in lines[:start]:
        words = line.split()
        if len(words) >= MENU_ITEMS_MIN and all(len(word) <= MENU_ITEM_MAX for word in words):
            items.update(words)
    return frozenset(items)


def is_foot_banner(body: list[str], lines: list[str], title: str | None) -> bool:
    """Whether the text's last line is the site's name printed at the page's foot: the name that opens the page
    again, or a site's name under the last sentence ("…陪同调研。" / "某某政府").

    Under a document's headline (…的通知, …公示) an office's name closing the text is its signature.
    """
    last = body[-1]
    return (
        len(body) > 1
        and (
            last == lines[0] or (body[-2][-1] in SENTENCE_END_CHARS and len(last) <= _SITE_NAME_MAX and last.isalpha())
        )
        and is_site_banner(last)
        and not (title is not None and DOCUMENT_KIND_END.search(title) is not None)
    )


def drop_linked_titles(body: list[str]) -> None:
    """Drop the neighbouring stories' titles the capture kept under the text's last sentence, their links'
    labels lost ("…决心和态度。" / "某某问题,如何防治?" / "某社区开展某某活动"): two or more lines shaped as
    headlines, none an office's name (a signature) or a numbered or labelled line."""
    run = len(body)
    while run > 1 and _is_linked_title(body[run - 1]):
        run -= 1
    if len(body) - run >= LINKED_TITLES_MIN and body[run - 1][-1] in SENTENCE_END_CHARS:
        del body[run:]


def _is_linked_title(line: str) -> bool:
    """A line shaped as a linked story's title: a headline's length and form, no label, number or office."""
    return (
        _LINKED_TITLE_MIN <= len(line) <= _LINKED_TITLE_MAX
        and "。" not in line
        and ":" not in line
        and not line[0].isdigit()
        and not line.endswith(OFFICE_ENDINGS)
        and is_candidate(line)
        and not is_site_banner(line)
    )


def leads_footer(line: str) -> bool:
    """A line just above the site footer that belongs to it: an imprint ("◎ 《某日报》某融媒体中心"), a site link,
    a row of them or their heading, the heading of related links ("相关政策"), the site's host ("主办:某市政协",
    "某区门户网站 网站主办单位:…", "某市人民政府主办") or its contacts."""
    if len(line) <= SITE_CONTACT_LINE_MAX and sum(label in line for label in SITE_CONTACT_LABELS) > 1:
        return "。" not in line  # the site's contacts ("地址:…  联系电话:…;  传真:…;  邮件:…"), no sentence of the text
    if len(line) > SITE_HOST_LINE_MAX or has_sentence_punct(line):
        return False
    if line.endswith(SITE_NAV_ENDINGS) or is_site_links(line):
        return True  # the footer's links to other portals, and their heading ("政务网站导航")
    if len(line) > LINK_BLOCK_LINE_MAX:
        return ("主办" in line or "承办" in line) and SITE_HOST_LINE.match(line) is not None
    return (
        line[0] in IMPRINT_MARKS
        or line in EDITION_LINKS  # a news site's link to its paper's digital edition ("数字报")
        or line.endswith(SITE_LINK_ENDINGS)
        or (line[0] == "相" and RELATED_HEADING.fullmatch(line) is not None)
        or (("主办" in line or "承办" in line) and SITE_HOST_LINE.match(line) is not None)
        or _is_host_line(line)
    )


def _is_host_line(line: str) -> bool:
    """The site's host named with no label: an office's name closed by 主办 or 承办 ("某市人民政府主办"),
    not a sentence saying who holds an event ("本次展览由某局主办")."""
    if not line.endswith(_HOST_WORDS):
        return False
    name = line[: -len(next(word for word in _HOST_WORDS if line.endswith(word)))]
    return name.endswith(OFFICE_ENDINGS) and name.isalpha() and "由" not in name


def is_tag_line(line: str, title: str | None) -> bool:
    """The article's tags over the footer: two or more short words parted by spaces, each of them in the
    headline ("教育局 福集 嘉明" under "县教育局到福集、嘉明检查…"), not the issuers that open it
    ("团县委 县妇联" under "团县委 县妇联关于…")."""
    if not title or " " not in line or len(line) > _TAG_LINE_MAX:
        return False
    words = line.split()
    if title.startswith(words[0]):
        return False
    return len(words) > 1 and all(len(word) <= _TAG_MAX and word in title for word in words)
