"""Stage 2: the location trail (当前位置:首页 > 政务公开 > …) above the end of the head."""

from __future__ import annotations

from typing import Final

from .furniture import is_footer, is_furniture
from .tables import (
    BREADCRUMB_ARROWS,
    BREADCRUMB_BARE,
    BREADCRUMB_HOME,
    BREADCRUMB_HYPHEN,
    BREADCRUMB_ITEM_MAX,
    BREADCRUMB_LABEL,
    BREADCRUMB_SEP,
    BULLET_CHARS,
    DATE,
    SENTENCE_PUNCT,
    SITE_NAME_ENDINGS,
    SPACED_TRAIL_ITEMS_MAX,
    TRAIL_CONTINUES,
    TRAIL_DECORATED_LINES,
    TRAIL_DECORATION,
    TRAIL_DECORATION_FIRST,
    TRAIL_LABEL_AFTER_NAME,
    TRAIL_LAST_ITEM,
    TRAIL_OPENERS,
    TRAIL_REST_MAX,
    TRAIL_SEPARATOR_LINES,
    first_char,
    has_sentence_punct,
    last_char,
)

__all__ = ["Trail", "find_trail", "select_breadcrumb", "trail_item_alone"]


#: Only one of the first lines can be an unlabelled trail that does not start at 首页,
#: unless it ends with the page's own item (正文), which no menu or headline does.
_BARE_TRAIL_LINES: Final = 4
#: Fewest items of an unlabelled trail parted by slashes.
_SLASHED_TRAIL_ITEMS_MIN: Final = 3
#: Farthest into a line the 位置 of a location label whose first word is garbled stands ("新现在的位置:").
_GARBLED_LABEL_REACH: Final = 8
#: The separators a trail cut at its start may open with (">创城动态"); a slash opens paths and dates too.
_CUT_TRAIL_FIRST: Final = frozenset(">»›")


class Trail:
    """The location trail: where it stands and its items."""

    #: Index of the trail's (first) line.
    at: int
    #: The items, label and separators removed.
    items: list[str]
    #: Every line the trail took (its label line, and lines that carry it on).
    taken: range

    def __init__(self, at: int, items: list[str], taken: range) -> None:
        self.at = at
        self.items = items
        self.taken = taken


def find_trail(lines: list[str], stop: int) -> Trail | None:
    """The location trail above ``stop``, on one line, carried on by the next, or one item a line."""
    found = select_breadcrumb(lines, stop)
    if found is None:
        return None
    at, items = found
    if _trail_goes_on(lines, at):
        return Trail(at, items, range(at, at + 2))
    if not items:  # the label alone on its line: the trail on the next, or its items one a line
        following = lines[at + 1] if at + 1 < stop else ""
        if following and (BREADCRUMB_BARE.match(following) or BREADCRUMB_HOME.fullmatch(following)):
            rest = lines[at + 2] if at + 2 < stop else ""
            if rest and rest not in TRAIL_SEPARATOR_LINES and _trail_goes_on(lines, at + 1):  # "首页" / " / …"
                return Trail(at, _items(following + " " + lines[at + 2]), range(at, at + 3))
        if following and (BREADCRUMB_BARE.match(following) or _is_bare_trail(following)):
            more = _separated_list_item(lines[at + 2]) if at + 2 < stop else []
            return Trail(at, _items(following) + more, range(at, at + 2 + bool(more)))
        items, last = _trail_over_lines(lines, at, stop)
        if not items and lines[at][0] in TRAIL_DECORATION_FIRST:
            items, last = _trail_list_items(lines, at, stop)
        return Trail(at, items, range(at, last + 1))
    if lines[at][0] in TRAIL_DECORATION_FIRST and TRAIL_DECORATION.match(lines[at]):
        more, last = _trail_list_items(lines, at, stop, fewest=1)  # "1. 当前位置:首页" / "2. 要闻" / …
        if more:
            return Trail(at, items + more, range(at, last + 1))
    return Trail(at, items, range(at, at + 1))


def select_breadcrumb(lines: list[str], stop: int) -> tuple[int, list[str]] | None:
    """Find the location trail above ``stop``: its line index and items."""
    found = _select_labelled_trail(lines, stop)
    if found is not None:
        return found
    for i in range(min(stop, len(lines))):
        line = lines[i]
        # a trail that ends at the page (正文), and may name it after that item, as the line under it does
        below = lines[i + 1] if i + 1 < len(lines) else ""
        named = bool(below) and len(line) > len(below) and line.endswith(below) and line[-len(below) - 1] == " "
        upto = line[: -len(below)].rstrip() if named else line
        ends = upto.endswith(TRAIL_LAST_ITEM)
        if i >= _BARE_TRAIL_LINES and not ends:
            continue  # further down, only a trail that ends at the page (正文) is one
        if (">" in line or "»" in line or "›" in line or ">" in line or "→" in line) and _is_bare_trail(line):
            return i, _tidy([item for part in BREADCRUMB_ARROWS.split(line) if (item := part.strip())])
        if " / " in line and (items := _slashed_trail(line)):
            return i, items
        if line[0] in _CUT_TRAIL_FIRST and i and (items := _cut_trail(line)):
            return i, items
        if ends and (items := _ending_trail(upto)):
            return i, _tidy([*items, below] if named else items)
    return None


def _ending_trail(line: str) -> list[str]:
    """A trail of short items ending with 正文, parted by spaces alone or shown from a separator ("> 正文").

    A list item is none ("• 正文", one of a page's view tabs: 标题 / 正文 / 手机).
    """
    if line[0] in BULLET_CHARS:
        return []
    if line[0] in TRAIL_CONTINUES:
        items = [item for part in BREADCRUMB_ARROWS.split(line) if (item := part.strip())]
    else:
        items = line.split()
    if not 1 <= len(items) <= SPACED_TRAIL_ITEMS_MAX or (len(items) == 1 and line[0] not in TRAIL_CONTINUES):
        return []
    if items[-1] != TRAIL_LAST_ITEM:
        return []  # a widget whose name ends so ("语音阅读正文"), labels before it ("来源: 作者:")
    return items if all(_is_trail_item(item) for item in items) else []


#: Bullets a trail may part its items with, and the home item that may lose its separator.
_BULLETS: Final = "•·"
_HOME: Final = "首页"


def _tidy(items: list[str]) -> list[str]:
    """Drop what a trail's first and last items carry that is no item.

    An icon's alt text before the home item ("面包屑导航小图标 首页") and a
    widget after the last item ("… > 市政府召开常务会议 返回首页"); a home item or
    the site's name whose separator the capture lost ("首页 乡镇动态") is parted from the next (from
    every next one where it lost them all, "首页 新闻中心 部门动态"), and
    so is the page's own last item ("应急预案 正文"); a first item that is the site and its channel parted by a
    pipe is two.
    """
    if any(first_char(item) in _BULLETS or last_char(item) in _BULLETS for item in items):
        items = [bare for item in items if (bare := item.strip(_BULLETS + " "))]  # bullets parting items ("… • 正文")
    if any(item[0] == "-" for item in items):
        items = [bare for item in items if (bare := item.lstrip("- "))]  # a dash left before an item ("> -正文")
    if not items:
        return items
    if items[0][0].isdigit() and items[0].endswith(_HOME) and items[0][: -len(_HOME)].isdigit():
        items[0] = _HOME  # a counter's or an icon's digits glued before the home item ("7首页")
    if len(items) > 1 and len(items[0]) > len(_HOME) + 1 and items[0].startswith(_HOME) and items[0].isalpha():
        items[0:1] = [_HOME, items[0][len(_HOME) :]]  # the home item glued to the next ("首页农村教育 • 正文")
    if len(items) > 1 and " | " in items[0]:
        parts = [part.strip() for part in items[0].split(" | ")]
        if all(0 < len(part) <= BREADCRUMB_ITEM_MAX for part in parts):
            items[0:1] = parts  # the site and its channel parted by a pipe ("某党媒云 | 某频道>某区")
    first = items[0]
    if " " in first:
        home = _home_after_icon(first)
        if home is not None:
            items[0] = home
        else:
            home, _, rest = first.partition(" ")
            words = rest.split()
            if (
                (BREADCRUMB_HOME.fullmatch(home) or home.endswith(SITE_NAME_ENDINGS))
                and words
                and (len(words) == 1 or (len(items) == 1 and _short_items(words)))
            ):
                # the separator after the home item or the site's name lost ("首页 乡镇动态", "某市某局 工作动态"),
                # or every separator of the trail ("首页 新闻中心 部门动态 正文")
                items[0:1] = [home, *words]
    last = items[-1]
    if last.startswith(TRAIL_LAST_ITEM + " "):
        items[-1] = TRAIL_LAST_ITEM  # "正文 申请入驻": a widget after the last item
    elif " " in last:
        head, _, word = last.rpartition(" ")
        if head.strip() and word == TRAIL_LAST_ITEM:
            items[-1:] = [head.strip(), word]  # the separator before the page's own item lost ("应急预案 正文")
        elif head.strip() and (is_footer(word) or is_furniture(word)):
            items[-1] = head.strip()
    return items


def _items(trail: str) -> list[str]:
    """A trail's items, parted by its separators; where other separators part them, a slash glued
    between two words joins one item's two names ("首页 >预算/决算 >预算公开")."""
    if "/" not in trail:
        return _tidy([item for part in BREADCRUMB_SEP.split(trail) if (item := part.strip())])
    cuts = list(BREADCRUMB_SEP.finditer(trail))
    if any(cut.group() != "/" for cut in cuts):
        cuts = [cut for cut in cuts if cut.group() != "/"]
    starts = [0, *(cut.end() for cut in cuts)]
    ends = [*(cut.start() for cut in cuts), len(trail)]
    return _tidy([item for start, end in zip(starts, ends, strict=True) if (item := trail[start:end].strip())])


def _separated_list_item(line: str) -> list[str]:
    """The trail's last items on the list line under it, opening with a separator ("3. > 正文"), or none."""
    mark = TRAIL_DECORATION.match(line) if line[0] in TRAIL_DECORATION_FIRST else None
    rest = line[mark.end() :] if mark is not None else ""
    if not rest or rest[0] not in _CUT_TRAIL_FIRST:
        return []
    items = [item for part in BREADCRUMB_ARROWS.split(rest) if (item := part.strip())]
    if not items or not _short_items(items):
        return []
    widget = any(item != TRAIL_LAST_ITEM and (is_furniture(item) or is_footer(item)) for item in items)
    return [] if widget else items  # "3. >> 更多" is a link, no item


def _cut_trail(line: str) -> list[str]:
    """The items of a trail whose first items the capture lost (">创城动态" under the site's menu), or none.

    The line opens with a separator and holds nothing but short items, none of them a widget ("> 更多").
    """
    items = [item for part in BREADCRUMB_ARROWS.split(line) if (item := part.strip())]
    if not items or not _short_items(items):
        return []
    return [] if any(is_furniture(item) or is_footer(item) for item in items) else items


def _is_bare_trail(line: str) -> bool:
    """An unlabelled trail of short items parted by arrows ("妇女儿童 > 工作动态").

    An item left empty between two separators ("商贸 > > 专题") or after the last
    ("某某网 > 时政新闻 >") is none; two items at least.
    """
    parts = [part for part in BREADCRUMB_ARROWS.split(line) if part.strip()]
    if parts and (home := _home_after_icon(parts[0])) is not None:
        parts[0] = home  # measured without the icon before it, as _tidy drops it
    if any(DATE.match(part.strip()) for part in parts[1:]):
        return False  # an e-paper's page and edition date ("第A3版:综合 >2022-05-16编印"): no place in a site
    return len(parts) > 1 and _short_items(parts)


def _slashed_trail(line: str) -> list[str]:
    """An unlabelled trail whose items are parted by " / " ("新闻中心 / 新闻中心 / 乡镇街联络组"), or none.

    Three items at least, each as short as a trail's, no sentence and no widget, and going
    down a site: the first is the home item or the site's name, or the column printed again
    above its own section. A slash is a date's or a credit's too ("文/图"); set off by spaces
    it parts items.
    """
    items = [item.strip() for item in line.split(" / ")]
    if len(items) < _SLASHED_TRAIL_ITEMS_MIN or not all(items) or not _short_items(items):
        return []
    first = items[0]
    nested = BREADCRUMB_HOME.match(first) is not None or first.endswith(SITE_NAME_ENDINGS) or first == items[1]
    if not nested:
        return []  # a menu's columns or a kicker's topics ("春耕 / 春播 / 春管"), no path down a site
    return [] if any(is_furniture(item) or is_footer(item) for item in items) else items


def _home_after_icon(item: str) -> str | None:
    """The home item an icon's name or alt text stands before ("面包屑导航小图标 首页", "ico-crumb.png 首页")."""
    home = item.rpartition(" ")[2]
    return home if BREADCRUMB_HOME.fullmatch(home) else None


def _short_items(items: list[str]) -> bool:
    """Whether every item is as short as a trail's, with no sentence in it."""
    return all(len(item) <= BREADCRUMB_ITEM_MAX and not has_sentence_punct(item) for item in items)


def _trail_goes_on(lines: list[str], i: int) -> bool:
    """Whether the trail on line ``i`` is carried on by the next line.

    The next line opens with a separator (">政务公开 >部门文件"), or the trail
    line ends with one and the next line is a trail of short items itself
    ("首页 > 政务公开 >" / "政府文件 > 规范性文件"); a headline under a trail
    that merely ends with ">" stays the headline.
    """
    if i + 1 >= len(lines):
        return False
    following = lines[i + 1]
    if following[0] in TRAIL_CONTINUES or following.startswith("->"):
        return True
    return lines[i][-1] in TRAIL_CONTINUES and len(following) <= TRAIL_REST_MAX and _is_bare_trail(following)


def trail_item_alone(lines: list[str], i: int) -> bool:
    """Whether the trail on line ``i`` ends with a separator (or is its label alone) over one short item.

    That item is the trail's last ("首页>政府信息公开>" / "规范性文件") or only one
    ("当前位置:" / "省政府文件"), or a short headline; :func:`.headline.select_headline`
    tells them apart by what headline is left.
    """
    if i + 1 >= len(lines) or (lines[i][-1] not in TRAIL_CONTINUES and _open_trail(lines[i]) != ""):
        return False
    following = lines[i + 1]
    return len(following) <= BREADCRUMB_ITEM_MAX and " " not in following and not has_sentence_punct(following)


def _trail_over_lines(lines: list[str], at: int, stop: int) -> tuple[list[str], int]:
    """A trail printed one item and one separator a line under its label alone ("当前位置:" / "首页" / ">" / …).

    Returns the items and the index of the last line they took; no items (and
    ``at``) unless a separator line follows the first item.
    """
    items: list[str] = []
    i = at + 1
    while i < stop and _is_trail_item(lines[i]):
        items.append(lines[i])
        if i + 2 >= stop or lines[i + 1] not in TRAIL_SEPARATOR_LINES:
            break
        i += 2
    if len(items) < 2:
        return [], at
    return items, i


def _trail_list_items(lines: list[str], at: int, stop: int, fewest: int = 2) -> tuple[list[str], int]:
    """A trail rendered as a list under its label, one item a list line ("1. 当前位置:" / "2. 首页" / …).

    The last item may be the headline, however long, where the line under it prints it again.
    Returns the items and the index of the last line they took; no items (and ``at``) unless
    ``fewest`` follow.
    """
    items: list[str] = []
    i = at + 1
    while i < stop:
        line = lines[i]
        mark = TRAIL_DECORATION.match(line) if line[0] in TRAIL_DECORATION_FIRST else None
        if mark is None or mark.end() == len(line):
            break
        item = line[mark.end() :]
        if not _is_trail_item(item) and not (i + 1 < len(lines) and lines[i + 1] == item):
            break
        items.append(item)
        i += 1
    if len(items) < fewest:
        return [], at
    return items, i - 1


def _is_trail_item(line: str) -> bool:
    """A line short enough, and without sentence punctuation, to be one trail item."""
    return len(line) <= BREADCRUMB_ITEM_MAX and not has_sentence_punct(line)


def _select_labelled_trail(lines: list[str], stop: int) -> tuple[int, list[str]] | None:
    """A trail opened by a location label or by its home item (首页)."""
    for i in range(min(stop, len(lines))):
        line = lines[i]
        # the gate of _open_trail, here to spare the call for most lines (a label after a name has its 位置
        # near the start, in one of the first lines; one after decoration, "• 当前位置:", may close a menu list)
        first = first_char(line)
        if first not in TRAIL_OPENERS and (
            (i >= TRAIL_DECORATED_LINES and first not in TRAIL_DECORATION_FIRST) or "位置" not in line
        ):
            continue
        trail = _open_trail(line)
        if trail is None:
            continue
        if _trail_goes_on(lines, i):
            trail += " " + lines[i + 1]
        elif trail == line and BREADCRUMB_HOME.fullmatch(trail):
            continue  # a home item alone, with no label, is a menu's, unless the trail goes on under it
        items = _items(trail)
        if len(items) == 1 and "-" in items[0]:  # parted by bare hyphens alone ("首页-新闻中心-基层动态")
            items = [item.strip() for item in BREADCRUMB_HYPHEN.split(items[0]) if item.strip()]
        elif len(items) >= 3 and all(item == "|" for item in items[1::2]):
            items = items[::2]  # parted by pipes set off by spaces ("首页 | 动态信息 | 政务动态")
        if len(items) == 1:
            home = BREADCRUMB_HOME.match(items[0])
            if home is not None and home.end() < len(items[0]):
                items = [items[0][: home.end()], items[0][home.end() :].strip()]
        if len(items) < 2 and i >= TRAIL_DECORATED_LINES and line[0] not in TRAIL_OPENERS:
            continue  # far down, after decoration, a trail has to show its items ("• 所在位置:某地" is a fact)
        return i, items
    return None


def _open_trail(line: str) -> str | None:
    """The trail a line opens, after its location label (or from its home item); None for other lines.

    Decoration before the label is skipped (">>", "• ", "1. "), and so is a short
    name set off by a space before a label with its colon ("某市年鉴 您当前所在位置:…").
    A home item alone whose trail goes on on the next line (">政府信息公开>…") opens one too.
    """
    start = 0
    if line[0] in TRAIL_DECORATION_FIRST:
        mark = TRAIL_DECORATION.match(line)
        if mark is not None and mark.end() < len(line):
            start = mark.end()
    if line[start] in TRAIL_OPENERS:
        rest = line[start:]
        label = BREADCRUMB_LABEL.match(rest)
        if label is not None and (label.end() > 2 or ":" in rest[:4] or ":" in rest[:4]):
            return rest[label.end() :]
        if BREADCRUMB_BARE.match(rest) or BREADCRUMB_HOME.fullmatch(rest):
            return rest
        return None
    if line.find("位置", start, start + _GARBLED_LABEL_REACH) > 0:  # a label whose first word is garbled
        label = BREADCRUMB_LABEL.match(line[start:])
        if label is not None and ":" in label.group():
            return line[start + label.end() :]
    return _label_after_name(line)


def _label_after_name(line: str) -> str | None:
    """The trail after a location label that a short name precedes ("某市年鉴 您当前所在位置:首页 > …")."""
    at = line.find("位置", 2, TRAIL_LABEL_AFTER_NAME)
    if at < 0:
        return None
    for start in range(max(1, at - 8), at + 1):  # 您现在所在的 stands up to eight before 位置
        if line[start - 1] != " " or SENTENCE_PUNCT.search(line, 0, start):
            continue
        label = BREADCRUMB_LABEL.match(line[start:])
        if label is not None and (":" in label.group() or ":" in label.group()):
            return line[start + label.end() :]
    return None
