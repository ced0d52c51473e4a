"""Where on the page the article is: its text's element, its headline, the trail above.

The DOM decides where the article's content begins and ends; the text parser
still reads the head of the article (trail, headline, metadata lines) from
the text, as it reads any dump. So the text handed on is a window of the
page's lines:

1. **the content**: the box that holds the article's text, found as
   readability does it: each line of prose (:func:`~.signals.line_score`)
   scores for the box that holds it (a paragraph's score goes to the box
   around the paragraph), half as much for the box around that; a box's
   score is then weighed by its link density and by what its id and class
   call it (:mod:`.signals`), and the best box wins;
2. **the headline**: an ``<h1>``–``<h3>`` or a box classed as a title before the
   content (or at its top) whose text the head's title hints print, else the
   most headline-like one nearest above the content (never one that reads as
   a trail: "首页 - 新闻动态" in an ``<h3>``);
3. **the trail**: the nearest line above the headline that reads like a
   location trail (a 位置 label, or ``>``-separated links);
4. the window runs from the trail (else the headline, else the content) to
   the end of the content and the short lines right after it (a byline or an
   editor's credit printed under the text); between its start and the content,
   lines that are mostly links (share buttons, a channel's menu) are left out.

A page where no box scores (no prose at all) is handed on whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from .layout import Box, Layout
from .signals import (
    PARAGRAPH_TAGS,
    footer_mark,
    furniture_mark,
    headline_rank,
    line_score,
    link_density,
    text_mark,
    widget_mark,
)

__all__ = ["Located", "article_text", "find_content", "find_headline"]

#: How far above the headline a trail is looked for, in lines.
_TRAIL_REACH: Final = 60
#: Lines between a trail and the headline that are still read (a kicker above the headline) …
_TRAIL_GAP: Final = 3
#: How far above the content a headline is looked for, in lines.
_HEADLINE_REACH: Final = 40
#: Short lines after the content that are still read (credits under the text), at most …
_TAIL_LINES: Final = 4
#: … each at most this long.
_TAIL_LENGTH: Final = 80
#: A location trail: a 位置 label, or short items between separators, or a last item 正文.
_TRAIL_LABEL: Final = re.compile(r"位置\s*[:：]|当前页|您在|导航\s*[:：]|\s正文$|>\s*正文$")
_TRAIL_SEPARATOR: Final = re.compile(r"\s*(?:-+>|>+|»|＞|→|›|\s-\s)\s*")
_TRAIL_ITEM: Final = 24
#: A trail that opens with its home item may part its items with a slash too.
_HOME_ITEMS: Final = ("首页", "网站首页", "主页")
_HOME_TRAIL_SEPARATOR: Final = re.compile(r"\s*(?:-+>|>+|»|＞|→|›|\s-\s|/)\s*")
#: A labelled line (索引号: …, 发布日期: …) or a date: metadata, kept wherever it stands above the headline.
_LABELLED: Final = re.compile(r"[:：]|\d{4}\s*[-/.年]\s*\d{1,2}")
#: A line that is nothing but short bracketed items: buttons.
_BUTTON_BAR: Final = re.compile(r"(?:\s*[【\[][^】\]]{0,8}[】\]])+\s*$")
#: How many boxes up from a line a widget's id or class is looked for.
_WIDGET_REACH: Final = 3
#: How far under the content a dated line of metadata is looked for, in lines, and its shape: a date
#: or time label and a year ("发布日期：2019-09-23 …", "来源：某报 时间：2019-09-23 …").
_FOOT_META_REACH: Final = 12
_FOOT_META: Final = re.compile(r"(?:日期|时间)\s*[:：]\s*(?:19|20)\d\d")
#: A credit: a writer's, an editor's, a source's (记者 …, 编辑 …, 来源 …, 文/ …, a name/outlet pair).
_CREDIT: Final = re.compile(r"记者|作者|编辑|责编|来源|通讯员|撰稿|执笔|编译|供稿|审核|校对|摄影|[/／]")
#: Headings inside the text: their elements, their longest, how a sentence (no heading) ends.
_HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_LENGTH: Final = 40
_SENTENCE_ENDS: Final = ("。", "；", ";", "，", ",", "：", ":")
_NOT_WORD: Final = re.compile(r"[\W_]+")
#: Weight of what a box's id and class call it.
_TEXT_WEIGHT: Final = 1.5
_FURNITURE_WEIGHT: Final = 0.3


def _squash(text: str) -> str:
    """Letters and digits only: a title tag writes "-" where the page prints "——", or drops a space."""
    return _NOT_WORD.sub("", text)


def _scores(layout: Layout) -> list[float]:
    boxes = layout.boxes
    scores = [0.0] * len(boxes)
    for line, links, owner in zip(layout.lines, layout.line_links, layout.owners, strict=True):
        if owner < 0:
            continue
        score = line_score(line, links)
        if not score:
            continue
        box = boxes[owner]
        if box.tag in PARAGRAPH_TAGS and box.parent >= 0:
            owner, box = box.parent, boxes[box.parent]
        scores[owner] += score
        if box.parent >= 0:
            scores[box.parent] += score / 2
    for index, box in enumerate(boxes):
        if scores[index]:
            if _in_footer(boxes, box):
                weight = _FURNITURE_WEIGHT
            else:
                weight = _TEXT_WEIGHT if text_mark(box) else _FURNITURE_WEIGHT if furniture_mark(box) else 1.0
            scores[index] *= (1.0 - link_density(box)) * weight
    return scores


def _in_footer(boxes: Sequence[Box], box: Box) -> bool:
    """Whether one of the few boxes around ``box`` is the page's footer (its text then is the footer's)."""
    for _ in range(_WIDGET_REACH):
        if box.parent < 0:
            return False
        box = boxes[box.parent]
        if footer_mark(box):
            return True
    return False


def find_content(layout: Layout) -> Box | None:
    """The box that holds the article's text, or None where no line reads as prose."""
    scores = _scores(layout)
    if not scores:
        return None
    best = max(range(len(scores)), key=scores.__getitem__)
    return layout.boxes[best] if scores[best] > 0 else None


def _printed_in(text: str, titles: Sequence[str]) -> bool:
    squashed = _squash(text)
    return len(squashed) >= 4 and any(title.startswith(squashed) or squashed in title for title in titles)


def find_headline(layout: Layout, content: Box, titles: Sequence[str]) -> Box | None:
    """The headline's box: printed by a title hint, else the likeliest near above ``content``."""
    squashed_titles = [_squash(title) for title in titles if title]
    best: tuple[bool, int, int] | None = None
    found = None
    for box in layout.boxes:
        if box.first > content.first + 3 or box.last < 0 or box.first < content.first - _HEADLINE_REACH:
            continue
        rank = headline_rank(box)
        if box.last < box.first or not 4 <= box.chars <= 120 or box.last - box.first > 2:
            continue
        text = layout.text(box.first, box.last)
        printed = _printed_in(text, squashed_titles)
        if (not rank and not printed) or _is_trail(text):
            continue
        key = (printed, rank, box.first)
        if best is None or key > best:
            best, found = key, box
    return found


def _is_trail(line: str) -> bool:
    if len(line) > 120:
        return False
    if _TRAIL_LABEL.search(line):
        return True
    line = line.strip()
    # a slash parts a trail's items only after its home item ("首页/ 诗歌"): elsewhere it is a credit's or a path's
    separator = _HOME_TRAIL_SEPARATOR if line.startswith(_HOME_ITEMS) else _TRAIL_SEPARATOR
    items = [item for item in separator.split(line) if item.strip()]
    return len(items) >= 2 and separator.search(line) is not None and all(len(item) <= _TRAIL_ITEM for item in items)


def _find_trail(layout: Layout, above: int) -> int | None:
    for index in range(above - 1, max(-1, above - _TRAIL_REACH), -1):
        if _is_trail(layout.lines[index]):
            return index
    return None


def _mostly_links(layout: Layout, index: int) -> bool:
    """A line of links, or a bar of bracketed buttons (【评论】【推荐】【打印】, [上一篇] [下一篇])."""
    line = layout.lines[index]
    return layout.line_links[index] * 5 > len(line) * 3 or _BUTTON_BAR.match(line) is not None


def _in_widget(layout: Layout, index: int, within: Box | None) -> bool:
    """Whether line ``index`` sits in a widget: its box or one around it, up to ``within`` or three levels."""
    owner = layout.owners[index]
    for _ in range(_WIDGET_REACH):
        if owner < 0:
            return False
        box = layout.boxes[owner]
        if box is within:
            return False
        if widget_mark(box):
            return True
        owner = box.parent
    return False


def _labelled_or_value(layout: Layout, index: int) -> bool:
    """A labelled line, or the value of a label printed alone on the line before (发布机构: / 某县统计局)."""
    lines = layout.lines
    return _LABELLED.search(lines[index]) is not None or (index > 0 and lines[index - 1].endswith((":", "：")))


def _metadata_row(layout: Layout, index: int) -> bool:
    return _LABELLED.search(layout.lines[index]) is not None and not _mostly_links(layout, index)


def _metadata_like(layout: Layout, index: int) -> bool:
    """Whether a line between the headline and the text may be metadata (labelled, dated, a credit, a deck)."""
    line = layout.lines[index]
    owner = layout.owners[index]
    box = layout.boxes[owner] if owner >= 0 else None
    return (
        _LABELLED.search(line) is not None
        or _CREDIT.search(line) is not None
        or (box is not None and headline_rank(box) > 0)
    )


def _head_skips(layout: Layout, start: int, trail: int | None, headline: Box | None, content: Box) -> set[int]:
    """Lines above the content that are not read: furniture between the trail, the headline and the text."""
    top = content.first if headline is None else min(headline.first, content.first)
    after_headline = top if headline is None else headline.last + 1
    skip: set[int] = set()
    if trail is not None and top - trail > _TRAIL_GAP:
        skip.update(i for i in range(trail + 1, top) if not _labelled_or_value(layout, i))
    for index in range(start, content.first):
        if index == trail or (headline is not None and headline.first <= index <= headline.last):
            continue
        links = _mostly_links(layout, index) and not _LABELLED.search(layout.lines[index])  # 来源:<a>…</a> stays
        furniture = links or _in_widget(layout, index, content)
        if furniture or (index >= after_headline and not _metadata_like(layout, index)):
            skip.add(index)
    for index in range(start, content.first - 1):  # a label whose values are links (栏目关注: + a link list)
        if layout.lines[index].endswith((":", "：")) and index + 1 in skip and _mostly_links(layout, index + 1):
            skip.add(index)
    return skip


def _content_skips(layout: Layout, content: Box) -> set[int]:
    """Lines of the content's element that are widgets (but credits), and link lines at its top and bottom."""
    skip = {
        i
        for i in range(content.first, content.last + 1)
        if _in_widget(layout, i, content) and not _CREDIT.search(layout.lines[i])
    }
    for index in range(content.first, content.last + 1):
        if index not in skip and not _mostly_links(layout, index):
            break
        skip.add(index)
    for index in range(content.last, content.first - 1, -1):  # credits stay, links above them go
        if index in skip or _CREDIT.search(layout.lines[index]):
            continue
        if not _mostly_links(layout, index):
            break
        skip.add(index)
    return skip


def _tail_end(layout: Layout, content: Box) -> int:
    """The last line read: the content's, a credit line right under it, or a dated line of metadata
    printed a little further down, past the widgets under the text ("阅读 539" / "发布日期:…")."""
    lines = layout.lines
    end = content.last
    for index in range(content.last + 1, min(len(lines), content.last + 1 + _TAIL_LINES)):
        line = lines[index]
        if len(line) > _TAIL_LENGTH or _mostly_links(layout, index) or _in_widget(layout, index, None):
            break
        if _CREDIT.search(line):
            end = index
    for index in range(end + 1, min(len(lines), content.last + 1 + _FOOT_META_REACH)):
        if len(lines[index]) > _TAIL_LENGTH:
            break
        if _FOOT_META.search(lines[index]):
            end = index
    return end


class Located(NamedTuple):
    """The article as found on the page."""

    text: str  #: the window of lines handed to the parser
    #: the headline element's text, where the head's title tags confirm it
    headline: str | None = None
    #: lines of the text set as headings (``<h1>``–``<h6>``, a paragraph all in bold)
    headings: tuple[str, ...] = ()


def article_text(layout: Layout, titles: Sequence[str] = ()) -> Located:
    """The window of the page's lines that holds the article, by the steps above."""
    content = find_content(layout)
    if content is None or content.last < content.first:
        return Located(layout.text())
    headline = find_headline(layout, content, titles)
    printed = None
    if headline is not None:
        printed = " ".join(layout.lines[headline.first : headline.last + 1])
        if not _printed_in(printed, [_squash(title) for title in titles if title]):
            printed = None
    top = content.first if headline is None else min(headline.first, content.first)
    trail = _find_trail(layout, top)
    start = top if trail is None else trail
    while trail is None and start > 0 and top - start < _TRAIL_GAP and _metadata_row(layout, start - 1):
        start -= 1  # a metadata row printed above the headline (发布时间 … | 浏览次数 …)
    skip = _head_skips(layout, start, trail, headline, content) | _content_skips(layout, content)
    headings = _headings(layout, content, headline, skip)
    return Located(layout.text(start, _tail_end(layout, content), frozenset(skip)), printed, headings)


def _headings(layout: Layout, content: Box, headline: Box | None, skip: set[int]) -> tuple[str, ...]:
    """The content's lines set as headings: in a heading element, or all in bold, short and no sentence."""
    found = []
    for index in range(content.first, content.last + 1):
        if index in skip or (headline is not None and headline.first <= index <= headline.last):
            continue
        line = layout.lines[index].strip()
        owner = layout.owners[index]
        heading_tag = owner >= 0 and layout.boxes[owner].tag in _HEADING_TAGS
        if (heading_tag or layout.bold[index]) and len(line) <= _HEADING_LENGTH and not line.endswith(_SENTENCE_ENDS):
            found.append(line)
    return tuple(found)
