"""Evidence about one box of a page, each signal a small function.

:mod:`.article` combines them to find the article's element and its headline.
The names portals give their parts (``zoom``, ``TRS_Editor``,
``article-content`` … for the text; ``nav``, ``footer``, ``share`` … for
furniture) are data here, matched against a box's id and class.
"""

from __future__ import annotations

import re
from typing import Final

from .layout import Box

__all__ = [
    "HEADLINE_TAGS",
    "PARAGRAPH_TAGS",
    "footer_mark",
    "furniture_mark",
    "headline_rank",
    "line_score",
    "link_density",
    "punctuation_density",
    "text_mark",
    "widget_mark",
]

#: Ids and classes of the element that holds an article's text on Chinese portals and news sites.
_TEXT_MARKS: Final = re.compile(
    r"zoom|trs_editor|trs_paper|article|content|contxt|con_txt|\bcon\b|\bcont\b|detail|\btext\b|txt|main_?body"
    r"|\bpost\b|news_?body|bodytext|\bbody\b|\bmain\b|\bwzy\b|\bnr\b|neirong|zhengwen|entry|story|\bc_c\b|\bwz\b",
)
#: Ids and classes of furniture: navigation, link lists, footers, pop-ups, widgets.
_FURNITURE_MARKS: Final = re.compile(
    r"nav|menu|footer|\bfoot|header|\bhead\b|\btop\b|sidebar|side|\bright\b|\bleft\b|comment|share|related|relate"
    r"|recommend|\brec\b|hot|rank|\bad\b|ads|advert|banner|popup|pop-|modal|dialog|layer|mask|copyright|friend"
    r"|link|bread|crumb|position|location|weizhi|login|search|tool|qrcode|ewm|erweima|subscribe|weixin|wechat"
    r"|fenxiang|\bbot|bottom|more|tags?\b|keyword|pagination|\bpage\b|prev|next|print"
    r"|statement|disclaimer|shengming|mianze",
)
#: Ids and classes of the page's footer: a box inside it is furniture whatever its own class says ("txt").
_FOOTER_MARKS: Final = re.compile(r"footer|copyright")
#: Ids and classes of widgets printed in and around an article: share and follow buttons, font-size
#: and print controls, like counters, QR codes, related-link lists, pagination, comment boxes.
_WIDGET_MARKS: Final = re.compile(
    r"share|fenxiang|bshare|jiathis|font[-_]?(?:size|change|ctrl|big|small)|zihao|ctrl|control|print|copy|follow"
    r"|fllow|\bzan|like|digg|report|jubao"
    r"|qrcode|ewm|erweima|weixin|wechat|weibo|related|relate|recommend|\bhot|rank|comment|pinglun|\bad\b|ads\b"
    r"|pagination|pager|page_?num|pagebox|fenye|\bmore\b|keyword|collect|favorite|toolbar|tools?\b|subscribe"
    r"|promo|statement|disclaimer|shengming|mianze|login|download|app_?down",
)
#: Elements that hold one paragraph (their text scores for the box around them).
PARAGRAPH_TAGS: Final = frozenset({"p", "li", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
#: Headline elements, the most likely first.
HEADLINE_TAGS: Final = ("h1", "h2", "h3")
#: Punctuation that running text has and menus lack.
_PROSE_MARKS: Final = "，。；、！？,;"
_NO_PROSE_MARKS: Final = str.maketrans("", "", _PROSE_MARKS)


def link_density(box: Box) -> float:
    """The share of a box's text that sits inside links (menus and link lists: near 1)."""
    return box.link_chars / box.chars if box.chars else 1.0


def punctuation_density(box: Box) -> float:
    """Punctuation marks per character of text outside links (prose: about one in twenty)."""
    plain = box.chars - box.link_chars
    return box.punctuation / plain if plain else 0.0


def text_mark(box: Box) -> bool:
    """Whether the box's id or class names it as the text of an article."""
    return bool(box.marks) and _TEXT_MARKS.search(box.marks) is not None


def furniture_mark(box: Box) -> bool:
    """Whether the box's id or class names it as furniture (and not also as text)."""
    return bool(box.marks) and _FURNITURE_MARKS.search(box.marks) is not None and not text_mark(box)


def footer_mark(box: Box) -> bool:
    """Whether the box's id or class names it as the page's footer."""
    return bool(box.marks) and _FOOTER_MARKS.search(box.marks) is not None


def widget_mark(box: Box) -> bool:
    """Whether the box's id or class names it as a widget (share buttons, font size, related links …)."""
    return bool(box.marks) and _WIDGET_MARKS.search(box.marks) is not None


def line_score(line: str, link_chars: int) -> float:
    """What one line adds to the box that holds it: prose scores, short lines and links do not."""
    plain = len(line) - link_chars
    if plain < 10 or link_chars * 2 > len(line):
        return 0.0
    return 1.0 + len(line) - len(line.translate(_NO_PROSE_MARKS)) + min(plain / 50, 3.0)


def headline_rank(box: Box) -> int:
    """How much a box's tag and class say "headline": 3 for ``<h1>`` … 0 for nothing."""
    if box.tag in HEADLINE_TAGS:
        return 3 - HEADLINE_TAGS.index(box.tag)
    return 1 if "title" in box.marks and "subtitle" not in box.marks else 0
