"""Stage 2: the location trail (当前位置:首页 > 政务公开 > …) above the end of the head."""

from __future__ import annotations

from typing import NamedTuple

from .tables import (
    BREADCRUMB_ARROWS,
    BREADCRUMB_BARE,
    BREADCRUMB_HOME,
    BREADCRUMB_HYPHEN,
    BREADCRUMB_ITEM_MAX,
    BREADCRUMB_LABEL,
    BREADCRUMB_SEP,
    SENTENCE_PUNCT,
    TRAIL_CONTINUES,
    TRAIL_OPENERS,
    TRAIL_REST_MAX,
    TRAIL_SEPARATOR_LINES,
)

__all__ = ["Trail", "find_trail", "select_breadcrumb", "trail_item_alone"]


#: Only one of the first lines can be an unlabelled trail that does not start at 首页.
_BARE_TRAIL_LINES = 4


class Trail(NamedTuple):
    """The location trail: where it stands and its items."""

    #: Index of the trail's (first) line.
    at: int
    #: The items, label and separators removed.
    items: list[str]
    #: Every line the trail took (its label line, and lines that carry it on).
    taken: range


def find_trail(lines: list[str], stop: int) -> Trail | None:
    """The location trail above ``stop``, on one line, carried on by the next, or one item a line."""
    found = select_breadcrumb(lines, stop)
    if found is None:
        return None
    at, items = found
    if _trail_goes_on(lines, at):
        return Trail(at, items, range(at, at + 2))
    if not items:  # the label alone on its line: the items follow, one a line
        items, last = _trail_over_lines(lines, at, stop)
        return Trail(at, items, range(at, last + 1))
    return Trail(at, items, range(at, at + 1))


def select_breadcrumb(lines: list[str], stop: int) -> tuple[int, list[str]] | None:
    """Find the location trail above ``stop``: its line index and items."""
    found = _select_labelled_trail(lines, stop)
    if found is not None:
        return found
    for i in range(min(stop, _BARE_TRAIL_LINES, len(lines))):
        line = lines[i]
        if (">" in line or "»" in line or "›" in line or ">" in line or "→" in line) and _is_bare_trail(line):
            return i, [part.strip() for part in BREADCRUMB_ARROWS.split(line)]
    return None


def _is_bare_trail(line: str) -> bool:
    """An unlabelled trail of short items parted by arrows ("妇女儿童 > 工作动态")."""
    parts = BREADCRUMB_ARROWS.split(line)
    return len(parts) > 1 and all(
        0 < len(part) <= BREADCRUMB_ITEM_MAX and not SENTENCE_PUNCT.search(part) for part in parts
    )


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
    if following[0] in TRAIL_CONTINUES:
        return True
    return lines[i][-1] in TRAIL_CONTINUES and len(following) <= TRAIL_REST_MAX and _is_bare_trail(following)


def trail_item_alone(lines: list[str], i: int) -> bool:
    """Whether the trail on line ``i`` ends with a separator and the next line is one short item.

    That item is the trail's last ("首页>政府信息公开>" / "规范性文件") or a short
    headline; :func:`.headline.select_headline` tells them apart by what headline is left.
    """
    if i + 1 >= len(lines) or lines[i][-1] not in TRAIL_CONTINUES:
        return False
    following = lines[i + 1]
    return len(following) <= BREADCRUMB_ITEM_MAX and " " not in following and not SENTENCE_PUNCT.search(following)


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


def _is_trail_item(line: str) -> bool:
    """A line short enough, and without sentence punctuation, to be one trail item."""
    return len(line) <= BREADCRUMB_ITEM_MAX and not SENTENCE_PUNCT.search(line)


def _select_labelled_trail(lines: list[str], stop: int) -> tuple[int, list[str]] | None:
    """A trail opened by a location label or by its home item (首页)."""
    for i in range(min(stop, len(lines))):
        line = lines[i]
        if line[0] not in TRAIL_OPENERS:
            continue
        label = BREADCRUMB_LABEL.match(line)
        if label is not None and (label.end() > 2 or ":" in line[:4] or ":" in line[:4]):
            trail = line[label.end() :]
        elif BREADCRUMB_BARE.match(line):
            trail = line
        else:
            continue
        if _trail_goes_on(lines, i):
            trail += " " + lines[i + 1]
        items = [item.strip() for item in BREADCRUMB_SEP.split(trail) if item.strip()]
        if len(items) == 1 and "-" in items[0]:  # parted by bare hyphens alone ("首页-新闻中心-基层动态")
            items = [item.strip() for item in BREADCRUMB_HYPHEN.split(items[0]) if item.strip()]
        if len(items) == 1:
            home = BREADCRUMB_HOME.match(items[0])
            if home is not None and home.end() < len(items[0]):
                items = [items[0][: home.end()], items[0][home.end() :].strip()]
        return i, items
    return None
