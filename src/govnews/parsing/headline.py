"""Stage 3: the headline, chosen among the head's candidate lines by evidence.

A 标题/名称 value wins; then a line printed twice; then the line nearest above
the metadata, or the first below it where the lines above are the site's
banner, menu or issuer. A deck line printed under the headline becomes the
subtitle.
"""

from __future__ import annotations

from typing import Final

from .candidates import (
    is_banner_over_host,
    is_banner_under_widgets,
    is_candidate,
    is_issuer_banner,
    is_page_top,
    is_site_banner,
)
from .furniture import is_furniture
from .head import Head
from .lines import find_gaps
from .meta import MetaLine
from .shapes import TITLE_MIN, bigrams, gives_publish_date, is_issuer_line, is_prose, squash
from .splitheadline import printed_whole_above, split_headline
from .tables import (
    BREADCRUMB_ITEM_MAX,
    BULLET_CHARS,
    CAPTION,
    CAPTION_MARKS,
    DATED_HEADLINE,
    DOCUMENT_FIELD_KINDS,
    DOCUMENT_KIND_END,
    HAN_FIRST,
    HAN_LAST,
    LEDE_NAMED_MARGIN,
    LEDE_NAMED_MIN,
    LEDE_REACH,
    MENU_ITEM_MAX,
    NEWSROOM_ENDINGS,
    SITE_OWN_NAME_ENDINGS,
    SUBTITLE_FIRST_CHARS,
    SUBTITLE_LINE,
    TITLE_SEPARATORS,
    UNKNOWN_KIND,
    first_char,
    has_sentence_punct,
)
from .trail import Trail, trail_item_alone

__all__ = ["Headline", "select_headline", "select_title"]


#: Shortest line that counts as the headline printed twice.
_DUPLICATE_MIN: Final = 5
#: Most lines under the first metadata line where a line printed twice is the headline printed again
#: rather than a table's repeated cell, when a line stands right over the metadata.
_REPEAT_REACH: Final = 5
#: Shortest headline printed over the trail, where no line under it can be one (a menu word is shorter).
_OVER_TRAIL_MIN: Final = 7
#: Most lines between the headline and an office's name printed under it (a deck, an occasion line).
_UNIT_REACH: Final = 4


class Headline:
    """The headline chosen, where it stands, and what was read beside it."""

    title: str | None
    #: Its line; -1 where the page prints none (or only as a 标题 value).
    at: int
    #: A deck line printed under the headline, as a page that marks blocks with blank lines prints it.
    subtitle: str | None
    #: A short line under a trail that ends with a separator: the trail's last item, not the headline.
    trail_item: str | None
    trail_item_at: int

    def __init__(
        self,
        title: str | None,
        at: int,
        subtitle: str | None,
        trail_item: str | None,
        trail_item_at: int,
    ) -> None:
        self.title = title
        self.at = at
        self.subtitle = subtitle
        self.trail_item = trail_item
        self.trail_item_at = trail_item_at


def select_headline(head: Head, excluded: set[int], trail: Trail | None, text: str, marked: str = "") -> Headline:
    """Choose the headline among the head's lines (``excluded``: lines already taken as metadata or trail).

    ``text`` is the dump the lines came from (its blank lines tell a deck line
    from the headline), or empty where the lines no longer match it. ``marked``
    is the headline a page's markup sets apart, spaces removed: the first line
    of the head that prints it is the headline.
    """
    lines, stop, metas = head.lines, head.stop, head.metas
    if marked:
        for i in range(stop):
            if i not in excluded and squash(lines[i]) == marked:
                return Headline(lines[i], i, None, None, -1)
    trail_at = trail.at if trail is not None else -1
    trail_items = trail.items if trail is not None else []
    title, at = select_title(lines, stop, metas, excluded, trail_items[-1:], trail_at)
    trail_item, trail_item_at = None, -1
    if trail is not None and at == trail_at + 1 and trail_item_alone(lines, trail_at):
        # the last trail item alone on its line: taken as such where a long headline is left
        other, other_at = select_title(lines, stop, metas, excluded | {at}, [])
        if other is not None and other_at >= 0:
            other, other_at = split_headline(lines, other_at, excluded | {at}, text) or (other, other_at)
        if other is not None and len(other) > BREADCRUMB_ITEM_MAX and not _over_date_line(metas, at, other_at):
            trail_item, trail_item_at = lines[at], at
            title, at = other, other_at
    elif trail is not None and not trail.items and trail_at + 1 < stop and trail_item_alone(lines, trail_at):
        # a label alone over one item ("当前位置:" / "省政府文件"), the headline printed elsewhere
        trail_item, trail_item_at = lines[trail_at + 1], trail_at + 1
    taken = excluded if trail_item is None else excluded | {trail_item_at}
    if at >= 0 and title == lines[at]:
        if (once := printed_whole_above(lines, at, taken)) >= 0:
            return Headline(lines[once], at, None, trail_item, trail_item_at)
        split = split_headline(lines, at, taken, text)
        if split is not None:
            # the headline on one line above the split one: the split lines are the letter's heading again
            whole = squash(split[0])
            once = next((i for i in range(at) if i not in taken and squash(lines[i]) == whole), -1)
            title = split[0] if once < 0 else lines[once]
            return Headline(title, split[1], None, trail_item, trail_item_at)
        if at > 0 and text and lines[at - 1] not in trail_items and _is_deck(lines, at, text, taken):
            return Headline(lines[at - 1], at - 1, lines[at], trail_item, trail_item_at)
        if at > 0 and not metas and at + 1 == stop < len(lines) and _lede_names_above(lines, at, taken):
            return Headline(lines[at - 1], at - 1, lines[at], trail_item, trail_item_at)
        if (
            trail is not None
            and not metas
            and at - 1 == trail.taken.stop
            and _is_deck_under_trail_headline(lines, at, taken)
        ):
            return Headline(lines[at - 1], at - 1, lines[at], trail_item, trail_item_at)
    return Headline(title, at, None, trail_item, trail_item_at)


def _over_date_line(metas: dict[int, MetaLine], at: int, other_at: int) -> bool:
    """Whether line ``at`` stands right over a news date line ("时间:… 来源:…"), the other headline left under
    it: a headline's place, where the line under the date is the text's first heading. (Under a disclosure
    table's fields the document's headline is printed, the item over them a trail's.)"""
    meta = metas.get(at + 1)
    return (
        meta is not None
        and other_at > at + 1
        and gives_publish_date(meta)
        and not any(f.kind in DOCUMENT_FIELD_KINDS for f in meta.fields)
    )


def select_title(
    lines: list[str],
    stop: int,
    metas: dict[int, MetaLine],
    excluded: set[int],
    trail_end: list[str],
    trail_at: int = -1,
) -> tuple[str | None, int]:
    """Pick the headline: a 标题/名称 value, a line printed twice, the line by the metadata.

    ``trail_end`` is the breadcrumb's last item: a profile page's short headline
    ("李明华") repeats it and is a candidate however short. ``trail_at`` is the
    trail's line: a site banner above it is not the headline where a line below
    the metadata can be.
    """
    for meta in metas.values():
        for f in meta.fields:
            if f.kind == "title" and f.value:
                key = squash(f.value)
                at = next((i for i in range(stop) if i not in excluded and squash(lines[i]) == key), -1)
                # the headline as printed where the cell spaced it more ("…规划和 2035 年…" in the cell);
                # a headline printed with its characters spaced out is the cell's words
                printed = at >= 0 and lines[at].count(" ") < f.value.count(" ")
                return (lines[at] if printed else f.value), at
    candidates = [
        i
        for i in range(stop)
        if i not in excluded
        and not is_banner_over_host(lines, i)
        and first_char(lines[i]) not in CAPTION_MARKS  # a photo's caption ("▲培育秧苗"), wherever it stands
        and (
            is_candidate(lines[i])
            or lines[i] in trail_end
            or (i == trail_at + 1 and _is_short_headline(lines, i, trail_at, metas))
        )
    ]
    # metadata the headline stands by: a date, or a field of the article's (a lone extra, "分类搜索 …", is a menu's)
    dated = [i for i, m in metas.items() if m.date is not None or any(f.kind != UNKNOWN_KIND for f in m.fields)]
    first = dated[0] if dated else stop  # the first in page order, as the head keeps its metadata lines
    if (
        dated
        and (not candidates or candidates[0] >= first)
        and (_is_stopped_headline(lines, first - 1, excluded) or _is_dated_headline(lines, first - 1, excluded))
    ):
        candidates.insert(0, first - 1)  # no other line above the metadata can be the headline
    seen: dict[str, int] = {}
    for i in candidates:
        line = lines[i]
        key = squash(line[1:] if line[0] in BULLET_CHARS else line)  # a list item may print it again
        if key in seen and len(key) >= _DUPLICATE_MIN:
            if is_site_banner(line) and (i > first or line.endswith(SITE_OWN_NAME_ENDINGS)):
                continue  # an issuer line under the metadata repeats the site banner; the site's name printed twice
            if seen[key] > first + _REPEAT_REACH and first - 1 in candidates:
                continue  # a table's rows repeat a cell far under the metadata, the headline right over it
            once = seen[key]
            return (line, i) if lines[once][0] in BULLET_CHARS else (lines[once], once)
        seen.setdefault(key, i)
    if dated:
        above = [i for i in candidates if i < first]
        if _is_byline_unit(lines, above):
            above.pop()  # the office or newsroom that wrote it, between the headline and the metadata
        if len(above) > 1 and SUBTITLE_LINE.match(lines[above[-1]]):
            above.pop()  # a deck line ("——…") under the headline
        elif (
            len(above) > 2
            and above[-2] + 1 == above[-1]
            and lines[above[-2]][0] in SUBTITLE_FIRST_CHARS
            and SUBTITLE_LINE.match(lines[above[-2]])
        ):
            del above[-2:]  # a deck run over two lines ("—2021年9月2日在某县第十二届" / "…会议上")
        below = [i for i in candidates if i > first]
        while (
            len(below) > 1
            and is_issuer_line(lines[below[0]])
            and squash(lines[below[1]]).startswith(squash(lines[below[0]]))
        ):
            below.pop(0)  # a red header's issuer under the table, over the headline that opens with its name
        if above and below and above[-1] < trail_at and is_page_top(lines[above[-1]]):
            above = []  # the site's name or menu printed above the trail, and all above it
        elif above and below and is_issuer_banner(lines[above[-1]], lines[below[0]]):
            above = []  # the issuer's name above the table, the headline under it opening with it
        elif (
            len(above) == 1
            and below
            and (is_site_banner(lines[above[0]]) or (above[0] == 0 and len(lines[above[0]]) <= MENU_ITEM_MAX))
        ):
            # the site's name alone above the metadata ("某县人民政府"), or a word at the page's top (a value
            # that lost its label, "计划总结"), the headline under it
            above = []
        if (
            len(above) > 1
            and above[-2] + 1 == above[-1]
            and not DOCUMENT_KIND_END.search(lines[above[-1]])  # not the last line of a split headline
            and _printed_again(lines, above[-2], stop)
        ):
            above.pop()  # the headline printed again in the text, the line under it its deck
        if above and not below and above[-1] < trail_at and len(lines[above[-1]]) < _OVER_TRAIL_MIN:
            return None, -1  # a menu word over the trail ("领导信箱"), where the page prints no headline
        if above:
            return lines[above[-1]], above[-1]
        return (lines[below[0]], below[0]) if below else (None, -1)
    if trail_at >= 0:  # no metadata: the site's menu above the trail is no headline
        candidates = [i for i in candidates if i > trail_at or not is_page_top(lines[i])]
    elif candidates and is_banner_under_widgets(lines, candidates[0]):
        candidates.pop(0)  # no metadata, no trail: the site's name under the page top's widgets
    if _is_byline_unit(lines, candidates):
        candidates.pop()  # the office that wrote it, printed under the headline
    if (
        len(candidates) > 1
        and candidates[-2] + 1 == candidates[-1]
        and lines[candidates[-1]][0] in SUBTITLE_FIRST_CHARS
        and SUBTITLE_LINE.match(lines[candidates[-1]])
    ):
        candidates.pop()  # a deck line ("——…") right under the headline (a whole 《…》 is a headline)
    if len(candidates) > 1 and candidates[-2] + 1 == candidates[-1] and CAPTION.match(lines[candidates[-1]]):
        candidates.pop()  # a photo's caption ("图为…") right under the headline: it opens the text
    if candidates:
        return lines[candidates[-1]], candidates[-1]
    return _listed_headline(lines, stop, excluded)


def _is_stopped_headline(lines: list[str], i: int, excluded: set[int]) -> bool:
    """Whether line ``i``, right over the metadata, is a headline closed by a full stop ("全区某某会议召开。"):
    one clause, no sentence punctuation, comma or list before its end, and no caption ("图为…")."""
    if i < 0 or i in excluded or lines[i][-1] != "。" or CAPTION.match(lines[i]):
        return False
    if i > 0 and is_prose(lines[i - 1]):
        return False  # the text's last sentence, over metadata printed at its foot
    body = lines[i][:-1]
    return "," not in body and "、" not in body and not has_sentence_punct(body) and is_candidate(body)


def _is_dated_headline(lines: list[str], i: int, excluded: set[int]) -> bool:
    """Whether line ``i``, right over the metadata, is a news headline opening with the event's date
    ("2026年1月19日下午,某区长主持召开区政府常务会议"): no sentence in it, and the trail or nothing above it."""
    if i < 0 or i in excluded or has_sentence_punct(lines[i]) or DATED_HEADLINE.match(lines[i]) is None:
        return False
    return i == 0 or i - 1 in excluded


def _listed_headline(lines: list[str], stop: int, excluded: set[int]) -> tuple[str | None, int]:
    """The headline rendered as the last item of a list, right over the text ("• 某某会议召开"), where
    no other line can be it and nothing gives a date."""
    at = stop - 1
    if at < 0 or stop >= len(lines) or at in excluded or lines[at][0] not in BULLET_CHARS:
        return None, -1
    item = lines[at][1:].strip()
    return (item, at) if item and is_candidate(item) and len(item) > MENU_ITEM_MAX else (None, -1)


def _is_byline_unit(lines: list[str], candidates: list[int]) -> bool:
    """Whether the last candidate is an office's or a newsroom's name under a longer headline, a few lines up.

    "某区委组织部", "某县新闻中心" or "某某晚报" alone under the headline (and its deck,
    or an occasion line) names who wrote it; a headline is longer than such a name.
    """
    if len(candidates) < 2:
        return False
    last, before = candidates[-1], candidates[-2]
    unit = lines[last]
    return (
        last - before <= _UNIT_REACH
        and " " not in unit
        and (is_issuer_line(unit) or unit.endswith(NEWSROOM_ENDINGS))
        and len(lines[before]) > len(unit)
        and not is_issuer_line(lines[before])
        and not is_page_top(lines[before])
    )


def _printed_again(lines: list[str], i: int, stop: int) -> bool:
    """Whether line ``i`` is printed again in the text (a headline repeated as a caption or a heading).

    A copy on the page's last line is the foot's (the site's name printed over the headline and under
    the text), not the text's.
    """
    try:
        lines.index(lines[i], stop, len(lines) - 1)
    except ValueError:
        return False
    return True


def _is_short_headline(lines: list[str], i: int, trail_at: int, metas: dict[int, MetaLine]) -> bool:
    """A headline shorter than most ("大事记"), standing alone between the trail and the metadata,
    or shorter than any other headline ("简介") over the metadata at the top of a page without a trail.

    It has words: a code alone there ("• 736916953/2024-000372") is a table's value that lost its label.
    """
    line = lines[i]
    return (
        i == trail_at + 1
        and (trail_at >= 0 or len(line) < TITLE_MIN)
        and i + 1 in metas
        and not is_furniture(line)
        and not has_sentence_punct(line)
        and any(HAN_FIRST <= ord(char) <= HAN_LAST for char in line)
    )


def _lede_names_above(lines: list[str], at: int, excluded: set[int]) -> bool:
    """Whether the line over the one picked is the headline and the picked one its deck, on a page with
    no metadata: the text's first paragraph, right under them, tells the event the upper line names
    ("某会议召开" / "某某强调,…" / "3月17日,…主持召开某会议…"), far more than it tells the lower one.
    """
    above = at - 1
    if above in excluded or not is_candidate(lines[above]) or is_site_banner(lines[above]):
        return False
    lede = bigrams(lines[at + 1][:LEDE_REACH])
    upper, lower = bigrams(squash(lines[above])), bigrams(squash(lines[at]))
    if not upper or not lower:
        return False
    named_upper = len(upper & lede) / len(upper)
    return named_upper >= LEDE_NAMED_MIN and named_upper - len(lower & lede) / len(lower) >= LEDE_NAMED_MARGIN


def _is_deck_under_trail_headline(lines: list[str], at: int, excluded: set[int]) -> bool:
    """Whether the line picked, on a page with no metadata, is the deck under the headline right under the trail.

    The line under the trail is the headline where it could be one, prints two phrases
    parted by a space and is not much shorter than the line picked ("新春慰问送关怀
    浓浓情意暖军心" / "某局开展春节慰问活动"); a topic's banner ("学习贯彻某某精神") is one phrase.
    """
    above = at - 1
    upper = lines[above]
    if above in excluded or " " not in upper or not is_candidate(upper) or is_site_banner(upper):
        return False  # a headline of two phrases parted by a space; one phrase alone may be a topic's banner
    return len(upper) * 2 >= len(lines[at]) and not DOCUMENT_KIND_END.search(lines[at])


def _is_deck(lines: list[str], at: int, text: str, excluded: set[int]) -> bool:
    """Whether the line picked as headline is the deck printed under the real one.

    Only where the page marks its blocks with blank lines: the line above is
    printed together with it (no blank line between), stands apart from what is
    above it, is a possible headline itself and is not much shorter.
    """
    above = at - 1
    if above in excluded or len(lines[above]) * 2 < len(lines[at]) or not is_candidate(lines[above]):
        return False  # a kicker above the headline is much shorter than it
    if is_site_banner(lines[above]) or "/" in lines[above] or ">" in lines[above] or lines[above].isascii():
        return False  # an issuer's name (某县文化和旅游局), a trail or the site's English name above the headline
    if DOCUMENT_KIND_END.search(lines[at]):
        return False  # a document's headline (…的通知) is no deck
    if lines[above].startswith(lines[at]) and lines[above][len(lines[at]) : len(lines[at]) + 1] in TITLE_SEPARATORS:
        return False  # the page's title over it: the headline, then the channels' and site's names ("…_某栏目_某网")
    gaps = find_gaps(text)  # looked for only here: most pages never get this far
    if not gaps or at in gaps:
        return False
    # it stands apart: first, after a blank line, or under metadata, the trail or the site's furniture
    return above == 0 or above in gaps or (above - 1) in excluded or is_furniture(lines[above - 1])
