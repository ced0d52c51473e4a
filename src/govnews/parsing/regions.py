"""Regions of a page: head (trail, headline, metadata), body, and tail (credits, footer)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .body import (
    SHORTEST_PROSE,
    cut_inline_footer,
    is_footer,
    is_furniture,
    is_image_file,
    is_link_line,
    is_prose,
    is_site_footer,
)
from .byline import extract_trailing_credit, is_credit_line, is_office_credit, is_person, split_names
from .dates import extract_date, extract_release_date
from .lines import find_gaps
from .meta import META_OPENERS, Field, MetaLine, split_fields, strip_bullet
from .tables import (
    ADDRESSEE_OPENERS,
    BREADCRUMB_ARROWS,
    BREADCRUMB_BARE,
    BREADCRUMB_HOME,
    BREADCRUMB_HYPHEN,
    BREADCRUMB_ITEM_MAX,
    BREADCRUMB_LABEL,
    BREADCRUMB_SEP,
    BULLET,
    BULLET_CHARS,
    CODE_KINDS,
    CONTACT_LINE,
    CREDIT_EDGE,
    CREDIT_FIRST_CHARS,
    CREDIT_KINDS,
    DATE_KINDS,
    DIGIT,
    DOCUMENT_NUMBER,
    END_MARK_WORD,
    END_MARKS,
    HEADING_NUMBERED,
    IMAGE_NAME,
    LABEL,
    LABEL_KINDS,
    LONE_LABEL_MIN,
    MENU_GAP,
    MENU_ITEM_MAX,
    MENU_ITEMS_MIN,
    NON_PERSON_SUFFIXES,
    OFFICE_ENDINGS,
    PLACEHOLDER_MAX,
    PREFIXED_HEADLINE_MIN,
    PUBLISHED_FIRST_CHARS,
    PUBLISHED_KIND,
    RED_HEADER_SUFFIX,
    REPLY_CLASS,
    REPLY_CLASS_MAX,
    SENTENCE_PUNCT,
    SIGNATURE_DATE,
    SITE_NAME_ENDINGS,
    SUBTITLE_LINE,
    TAIL_KINDS,
    TRAIL_CONTINUES,
    TRAIL_OPENERS,
    TRAIL_REST_MAX,
    TRAIL_ROW_CELLS,
    TRAIL_ROW_GAP,
    TRAIL_SEPARATOR_LINES,
    VIEWS_FIRST_CHARS,
)

__all__ = ["Page", "segment_page"]

#: A flattened page: the headline runs into the first label within this many characters.
_FLAT_PREFIX_MAX = 80
#: Only one of the first lines, and a long one, can be a flattened page.
_FLAT_LINES = 3
_FLAT_LINE_MIN = 120
#: How many of the first lines may be a trail row flattened with its headline and metadata.
_TRAIL_ROW_LINES = 8
#: Farthest the start of a location label lies before its "位置" (您当前所在位置).
_LOCATION_LABEL_BEFORE = 5
#: Longest line read as the value of a label printed alone on the line above.
_NEXT_VALUE_MAX = 100
#: A label within this many characters of a tail line's start makes it a credit line.
_TAIL_LABEL_AT = 12
#: Where such a label (up to eight characters) must have ended.
_TAIL_REACH = _TAIL_LABEL_AT + 8
_TAIL_LINE_MAX = 80
#: What a tail label may follow: a space, or the bracket of "【责任编辑:潘丽】".
_TAIL_LABEL_AFTER = " 【["
_TITLE_MIN = 4
_DUPLICATE_MIN = 5
#: Only one of the first lines can be an unlabelled trail that does not start at 首页.
_BARE_TRAIL_LINES = 4
#: Longest line that can be a credit line of its own ("文/图 赵国庆", "(西坪乡 王立)").
_CREDIT_LINE_MAX = 30
#: Longest issuer line of a red header (重庆市开州区人民政府办公室).
_ISSUER_LINE_MAX = 30


@dataclass
class Page:
    """What segmentation found; :mod:`.fields` turns it into an ``Article``."""

    breadcrumb: list[str] = field(default_factory=list)
    title: str | None = None
    subtitle: str | None = None
    head: list[MetaLine] = field(default_factory=list)
    document_numbers: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    tail: list[MetaLine] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


def split_flattened(lines: list[str]) -> list[str]:
    """Split a page flattened onto one line: headline, then the metadata run."""
    if all(len(line) < _FLAT_LINE_MIN for line in lines[:_FLAT_LINES]):
        return list(lines)  # nothing to split: most pages
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < _FLAT_LINES and len(line) >= _FLAT_LINE_MIN:
            match = LABEL.search(line, 0, _FLAT_PREFIX_MAX)
            while match is not None and not match["colon"]:
                match = LABEL.search(line, match.start() + 1, _FLAT_PREFIX_MAX)
            if match is not None and match.start() >= _TITLE_MIN:
                prefix = line[: match.start()].strip()
                if not SENTENCE_PUNCT.search(prefix) and "," not in prefix and "," not in prefix:
                    out += [*_split_trail_and_title(prefix), line[match.start() :].strip()]
                    continue
        out.append(line)
    return out


def split_trail_row(lines: list[str]) -> list[str]:
    """Split a table row printed as one line: the trail, then the headline and metadata cells.

    "当前位置:首页 > 新闻动态      某乡召开…动员会      2012-11-05      来源:某乡":
    the cells are parted by gaps wider than any padding inside a trail, and one
    of them is metadata. Only the first lines, and only a trail line, are split.
    """
    for i in range(min(len(lines), _TRAIL_ROW_LINES)):
        line = lines[i]
        if line[0] not in TRAIL_OPENERS or TRAIL_ROW_GAP not in line:
            continue
        if BREADCRUMB_LABEL.match(line) is None and BREADCRUMB_BARE.match(line) is None:
            continue
        cells = TRAIL_ROW_CELLS.split(line)
        if any(split_fields(cell) is not None for cell in cells[1:]):
            return [*lines[:i], *cells, *lines[i + 1 :]]
    return lines


def _is_bare_trail(line: str) -> bool:
    """An unlabelled trail of short items parted by arrows ("妇女儿童 > 工作动态")."""
    parts = BREADCRUMB_ARROWS.split(line)
    return len(parts) > 1 and all(
        0 < len(part) <= BREADCRUMB_ITEM_MAX and not SENTENCE_PUNCT.search(part) for part in parts
    )


def _labelled_trail_after_nav(prefix: str) -> str | None:
    """The labelled trail a navigation bar runs into ("首页 政务要闻 … 当前位置:首页 > …")."""
    at = prefix.find("位置")
    while at > 0:
        for start in range(max(0, at - _LOCATION_LABEL_BEFORE), at):
            if prefix[start - 1] == " " and BREADCRUMB_LABEL.match(prefix[start:]):
                return prefix[start:]
        at = prefix.find("位置", at + 1)
    return None


def _split_trail_and_title(prefix: str) -> list[str]:
    """Split "首页 > 政务公开 > 工作动态 南江区…专项检查" into the trail and the headline."""
    if not (BREADCRUMB_BARE.match(prefix) or BREADCRUMB_LABEL.match(prefix)):
        labelled = _labelled_trail_after_nav(prefix)
        if labelled is None:
            return [prefix]
        prefix = labelled
    separators = list(BREADCRUMB_ARROWS.finditer(prefix))
    if not separators:
        return [prefix]
    last_item = prefix[separators[-1].end() :]
    item, _, title = last_item.partition(" ")
    if len(title.strip()) < _TITLE_MIN:
        return [prefix]
    return [prefix[: separators[-1].end()] + item, title.strip()]


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


def _trail_item_alone(lines: list[str], i: int) -> bool:
    """Whether the trail on line ``i`` ends with a separator and the next line is one short item.

    That item is the trail's last ("首页>政府信息公开>" / "规范性文件") or a short
    headline; :func:`segment_page` tells them apart by what headline is left.
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


def _squash(text: str) -> str:
    return text.replace(" ", "")


def _is_candidate(line: str) -> bool:
    """A line that may be the headline: not furniture, a list item, a number or a label."""
    if len(line) < _TITLE_MIN or line[-1] in ":" or "。" in line:
        return False
    first = line[0]
    if (first in BULLET_CHARS or first.isdigit()) and (BULLET.match(line) or SIGNATURE_DATE.match(line)):
        return False
    if is_furniture(line) or (line[-1].isdigit() and CONTACT_LINE.search(line)):
        return False
    return not _is_document_number(line)


def find_tail_label(line: str) -> int | None:
    """Where a credit or source label starts on a short line after the body, else None.

    "作者:王土根 马亮", "千岛湖新闻网 编辑:程就 姜智荣", "(图文:张素伟 审核:张帅)",
    "【责任编辑:潘丽】" and "浏览次数563" are tail lines; "数据来源:…" inside a paragraph is not.
    """
    if len(line) > _TAIL_LINE_MAX:
        return None
    first = line[0]
    if first in "(" or len(line) <= _CREDIT_LINE_MAX:
        # is_credit_line is False for a line not opening with CREDIT_FIRST_CHARS
        if first in CREDIT_FIRST_CHARS and is_credit_line(line):
            return 0
        if first in "(":
            return None
    head = line[:_TAIL_REACH]
    if ":" not in head and ":" not in head and first not in VIEWS_FIRST_CHARS:
        return None
    pos = 0
    while True:
        match = LABEL.search(line, pos, _TAIL_REACH)
        if match is None:
            return None
        start = match.start("label")
        kind = LABEL_KINDS[match["label"].replace(" ", "")]
        if (
            start <= _TAIL_LABEL_AT
            and kind in TAIL_KINDS
            and (start == 0 or line[start - 1] in _TAIL_LABEL_AFTER)
            and (match["colon"] or line[match.end() : match.end() + 1].isdigit())
        ):
            return start
        if start == 0 and kind == PUBLISHED_KIND and match["colon"] and _is_foot_meta(line):
            return 0
        pos = match.start() + 1


def _is_foot_meta(line: str) -> bool:
    """A metadata line printed at the foot of the article: "发布时间:… 来源:… 浏览量:98".

    A publish date with a source, credit or counter on the same line; a date
    alone after a label ("时间:2024年3月5日上午") is a line of a notice's text.
    """
    meta = split_fields(line)
    if meta is None or not any(f.kind in TAIL_KINDS for f in meta.fields):
        return False
    return meta.date is not None or _gives_publish_date(meta)


def _gives_publish_date(meta: MetaLine) -> bool:
    """Whether a publish label of the line holds a date."""
    return any(f.kind == PUBLISHED_KIND and extract_date(f.value) is not None for f in meta.fields)


def scan_head(lines: list[str]) -> tuple[int, dict[int, MetaLine], set[int]]:
    """Read metadata lines down to the first prose line.

    Returns the index of that line (the head can reach no further), the
    metadata lines by index, and the lines used as the value of a label
    printed alone on the line above ("发布时间:" / "2025-05-22 10:03").
    """
    metas: dict[int, MetaLine] = {}
    stop = len(lines)
    for i, line in enumerate(lines):
        # the opener gate of split_fields, here to spare the call for most lines
        meta = split_fields(line) if line[0] in META_OPENERS else None
        if meta is not None and not _is_prefixed_headline(meta):
            metas[i] = meta
        elif len(line) >= SHORTEST_PROSE and is_prose(line):  # is_prose refuses shorter lines
            stop = i
            break
    used: set[int] = set()
    for i, meta in metas.items():
        if i in used or len(meta.fields) != 1 or meta.date is not None or meta.fields[0].value or meta.spill:
            continue
        following = lines[i + 1] if i + 1 < stop else ""
        nxt = metas.get(i + 1)
        if following and (nxt is None or not nxt.fields) and _is_value_line(meta.fields[0].kind, following, nxt):
            last = meta.fields[0]
            meta.fields[0] = Field(last.kind, last.label, strip_bullet(following))
            used.add(i + 1)
    _read_short_lone_labels(lines, stop, metas, used)
    for i in used:
        metas.pop(i, None)
    return stop, metas, used


def _is_prefixed_headline(meta: MetaLine) -> bool:
    """A headline whose column prefix is a credit word: "图文:某县2023年秋季重点项目集中开工".

    The one value after the label is long, unbroken and names no person, office
    or channel, as a credit never does.
    """
    if len(meta.fields) != 1 or meta.date is not None or meta.spill:
        return False
    kind, _, value = meta.fields[0]
    return (
        kind in CREDIT_KINDS
        and len(value) >= PREFIXED_HEADLINE_MIN
        and " " not in value
        and not SENTENCE_PUNCT.search(value)
        and not value.endswith((*NON_PERSON_SUFFIXES, *OFFICE_ENDINGS))
        and not any(is_person(name) for name in split_names(value))
    )


def _read_short_lone_labels(lines: list[str], stop: int, metas: dict[int, MetaLine], used: set[int]) -> None:
    """Read a short label alone on its line ("作者" / "温晓玲") inside a run of such pairs.

    A two-character label alone on a line is a word elsewhere; right after the
    value of a label printed alone above (a list of labels and values on
    separate lines), it is the next label of that list.
    """
    pending = sorted(i + 1 for i in used if i + 2 < stop)
    while pending:
        i = pending.pop(0)
        if i in metas and _is_empty_label(metas[i]) and i + 2 < stop and i + 1 not in used:
            pending.insert(0, i + 1)  # a label printed with no value line ("文号" / "来源"): the run goes on
            continue
        if i in metas or i in used or i + 1 in used:
            continue
        label = lines[i].strip()
        kind = LABEL_KINDS.get(label)
        if kind is None or len(label) >= LONE_LABEL_MIN:
            continue
        following = lines[i + 1]
        nxt = metas.get(i + 1)
        if (nxt is None or not nxt.fields) and _is_value_line(kind, following, nxt):
            metas[i] = MetaLine([Field(kind, label, strip_bullet(following))], None, "")
            used.add(i + 1)
            if i + 3 < stop:
                pending.insert(0, i + 2)


def _is_empty_label(meta: MetaLine) -> bool:
    """A label alone on its line that was given no value."""
    return len(meta.fields) == 1 and not meta.fields[0].value and meta.date is None and not meta.spill


def _is_value_line(kind: str, line: str, meta: MetaLine | None) -> bool:
    """Whether ``line`` can be the value of a ``kind`` label printed alone above it.

    A line that is itself a label (an empty 文号 printed as "文号" / "来源" /
    "某科") is the next label of the list, never the value.
    """
    if line in LABEL_KINDS:
        return False
    if kind in DATE_KINDS:
        return meta is not None and meta.date is not None
    if kind == "views":
        return line[0].isdigit()
    if kind in CODE_KINDS and len(line) > PLACEHOLDER_MAX:
        # an empty 文号 above the headline: a code has digits, a 文号 ends with 号
        return DIGIT.search(line) is not None and (kind != "document_number" or "号" in line[-3:])
    return len(line) <= _NEXT_VALUE_MAX and line[-1] not in ":" and not is_prose(line) and not is_furniture(line)


def _is_site_banner(line: str) -> bool:
    """A short line that is only an organisation or site name (东沙镇人民政府门户网站)."""
    return len(line) <= _ISSUER_LINE_MAX and " " not in line and line.endswith(SITE_NAME_ENDINGS)


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


def _is_page_top(line: str) -> bool:
    """A line of the page top: the site's banner or a menu line."""
    return _is_site_banner(line) or _is_menu_line(line)


def _is_issuer_banner(line: str, below: str) -> bool:
    """A site banner naming the issuer that a line under the metadata opens with.

    "某市税务局" above a disclosure table and "某市税务局关于…的公告" under it: the
    banner is the site's name, the longer line the headline.
    """
    return len(below) > len(line) and _is_site_banner(line) and _squash(below).startswith(_squash(line))


def _is_section_heading(line: str) -> bool:
    """A numbered section heading (第一部分 …, 一、…, (一)…), never a headline printed twice."""
    return not line[0].isdigit() and HEADING_NUMBERED.match(line) is not None


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
                key = _squash(f.value)
                at = next((i for i in range(stop) if i not in excluded and _squash(lines[i]) == key), -1)
                return f.value, at
    candidates = [i for i in range(stop) if i not in excluded and (_is_candidate(lines[i]) or lines[i] in trail_end)]
    dated = [i for i, m in metas.items() if m.fields or m.date is not None]
    first = min(dated) if dated else stop
    seen: dict[str, int] = {}
    for i in candidates:
        key = _squash(lines[i])
        if key in seen and len(key) >= _DUPLICATE_MIN:
            if i > first and _is_site_banner(lines[i]):
                continue  # an issuer line under the metadata repeats the site banner
            if _is_section_heading(lines[i]):
                continue  # a table of contents entry and its section ("第一部分 概况")
            return lines[seen[key]], seen[key]
        seen.setdefault(key, i)
    if dated:
        above = [i for i in candidates if i < first]
        if len(above) > 1 and SUBTITLE_LINE.match(lines[above[-1]]):
            above.pop()  # a deck line ("——…") under the headline
        below = [i for i in candidates if i > first]
        if above and below and above[-1] < trail_at and _is_page_top(lines[above[-1]]):
            above = []  # the site's name or menu printed above the trail, and all above it
        elif above and below and _is_issuer_banner(lines[above[-1]], lines[below[0]]):
            above = []  # the issuer's name above the table, the headline under it opening with it
        if above:
            return lines[above[-1]], above[-1]
        return (lines[below[0]], below[0]) if below else (None, -1)
    return (lines[candidates[-1]], candidates[-1]) if candidates else (None, -1)


def _is_deck(lines: list[str], at: int, text: str, excluded: set[int]) -> bool:
    """Whether the line picked as headline is the deck printed under the real one.

    Only where the page marks its blocks with blank lines: the line above is
    printed together with it (no blank line between), stands apart from what is
    above it, is a possible headline itself and is the longer of the two.
    """
    above = at - 1
    if above in excluded or len(lines[above]) <= len(lines[at]) or not _is_candidate(lines[above]):
        return False
    gaps = find_gaps(text)  # looked for only here: most pages never get this far
    if not gaps or at in gaps:
        return False
    return above == 0 or above in gaps or (above - 1) in excluded


def _is_title_part(line: str, title_key: str) -> bool:
    """A repeat of the headline, or one of the pieces it was split into."""
    if not title_key or SENTENCE_PUNCT.search(line):
        return False
    key = _squash(line)
    return len(key) >= _TITLE_MIN and key in title_key


def _end_head_at_credits(
    lines: list[str], at: int, stop: int, metas: dict[int, MetaLine], excluded: set[int], title_key: str
) -> int:
    """End the head where the body has visibly begun.

    A credit line after a sentence (a body too short to be prose) and any
    labelled line after an addressee ("各乡镇人民政府:" then "时间:…") belong to
    the body or the tail, not to the head.
    """
    seen_text = seen_addressee = False
    for i in range(max(at, 0) + 1, stop):
        meta = metas.get(i)
        if meta is None:
            line = lines[i]
            if i in excluded or _is_title_part(line, title_key):
                continue
            seen_text = seen_text or "。" in line or "," in line
            seen_addressee = seen_addressee or (line[0] in ADDRESSEE_OPENERS and line[-1] in ":")
        elif seen_addressee or (seen_text and meta.fields and all(f.kind in CREDIT_KINDS for f in meta.fields)):
            return i
    return stop


def _is_document_number(line: str) -> bool:
    """A 文号 line of its own (the red header's "澜政人〔2022〕9号")."""
    return line[-1] == "号" and DOCUMENT_NUMBER.fullmatch(line) is not None


def _is_reply_class(line: str) -> bool:
    """The reply category of a red header over a reply to a suggestion or proposal ("A类")."""
    return len(line) <= REPLY_CLASS_MAX and line[-1] in "类)" and REPLY_CLASS.match(line) is not None


def _is_issuer_line(line: str) -> bool:
    """The issuer line of a red header: an office ("某县政府办公室"), or its 文件 header ("某县政府办公室文件")."""
    if line.endswith(RED_HEADER_SUFFIX):
        line = line[: -len(RED_HEADER_SUFFIX)]
    return line.endswith(OFFICE_ENDINGS)


def _skip_header(lines: list[str], start: int, title_key: str, page: Page) -> int:
    """Skip the red header between the metadata and the body: repeats, 文号, issuer and credit lines."""
    i = start
    while i < len(lines):
        line = lines[i]
        if is_furniture(line) or is_footer(line) or _is_title_part(line, title_key) or _is_reply_class(line):
            i += 1
        elif len(line) <= _CREDIT_LINE_MAX and line[0] in CREDIT_FIRST_CHARS and is_credit_line(line):
            page.credits.append(line)  # a byline printed above the text ("文/图 记者 张三")
            i += 1
        elif _is_document_number(line):
            if line not in page.document_numbers:
                page.document_numbers.append(line)
            i += 1
        elif (
            len(line) <= _ISSUER_LINE_MAX
            and i + 1 < len(lines)
            and _is_issuer_line(line)
            and (_is_title_part(lines[i + 1], title_key) or _is_document_number(lines[i + 1]))
        ):
            i += 1
        else:
            break
    return i


def segment_body(lines: list[str], start: int, page: Page) -> int:
    """Take the body from ``start`` to the first footer or credit line; return where it ended."""
    body: list[str] = []
    append = body.append
    end = max(start, len(lines))  # where no footer or credit line ends the body
    for i in range(start, len(lines)):
        line = lines[i]
        if len(line) <= _TAIL_LINE_MAX:
            if is_footer(line) or find_tail_label(line) is not None:
                end = i
                break
            if is_furniture(line):  # a widget inside the body is dropped, not an end
                continue
        elif is_link_line(line):  # a long link line ends it too
            end = i
            break
        if is_site_footer(line):
            end = i
            break
        append(line)
    if body:
        last = _cut_end_mark(IMAGE_NAME.sub("", cut_inline_footer(body[-1]), count=1))
        alone = last[:1] in "(" and (is_credit_line(last) or is_office_credit(last))
        glued = ("", last) if alone else extract_trailing_credit(last)
        if glued is not None:
            last, credit = glued
            _take_glued_credit(credit, page)
        body[-1] = last
        if not last or is_image_file(last):  # a photo's file name the credit was glued to
            body.pop()
    page.body = body
    return end


def _cut_end_mark(line: str) -> str:
    """Drop a wire-style end mark closing the text ("…服务。(完)"): it is no part of the article."""
    if line[-1:] == ")" and line.endswith(END_MARKS):
        return line[: line.rindex("(")].rstrip()
    return line


def _take_glued_credit(credit: str, page: Page) -> None:
    """Keep a parenthesis cut from the last paragraph: a credit, or the source it names ("(来源:市发改委)")."""
    inner = CREDIT_EDGE.sub("", credit)
    meta = split_fields(inner) if inner and inner[0] in META_OPENERS else None
    if meta is not None and any(f.kind == "source" and f.value for f in meta.fields):
        page.tail.append(meta)
    else:
        page.credits.append(credit)


def _dated_foot_line(line: str) -> MetaLine | None:
    """A line after the body that opens with a publish label and its date ("更新日期:101-03-06").

    Its date is the publish date only where the head prints none (see
    :func:`.fields.select_published`).
    """
    if line[0] not in PUBLISHED_FIRST_CHARS or len(line) > _TAIL_LINE_MAX:
        return None
    match = LABEL.match(line)
    if match is None or not match["colon"] or LABEL_KINDS[match["label"].replace(" ", "")] != PUBLISHED_KIND:
        return None
    meta = split_fields(line)
    if meta is None or not _gives_publish_date(meta):
        return None
    return meta


def _release_date_line(lines: list[str], end: int) -> MetaLine | None:
    """The issue date printed under a press release's end mark ("完" / "2014年1月9日(星期四)" / "香港時間16時20分")."""
    if end + 1 >= len(lines) or lines[end].strip("()[]【】") != END_MARK_WORD or not lines[end + 1][0].isdigit():
        return None
    found = extract_release_date(lines[end + 1], lines[end + 2] if end + 2 < len(lines) else "")
    return None if found is None else MetaLine([], found, "")


def segment_tail(lines: list[str], end: int, page: Page) -> None:
    """Read credit, source and counter lines, and a dated publish label, after the body."""
    released = _release_date_line(lines, end)
    if released is not None:
        page.tail.append(released)
    for line in lines[end:]:
        at_label = find_tail_label(line)
        if at_label is None:
            dated = _dated_foot_line(line)
            if dated is not None:
                page.tail.append(dated)
            continue
        meta = split_fields(line[at_label:]) if line[0] not in "(" else None
        if meta is not None:
            page.tail.append(meta)
        elif is_credit_line(line):
            page.credits.append(line)


def segment_page(lines: list[str], text: str = "") -> Page:
    """Segment a page's lines into head, body and tail.

    ``text`` is the dump the lines came from: its blank lines tell a
    headline's deck line from the headline (see :func:`.lines.find_gaps`).
    """
    page = Page()
    flat = split_trail_row(split_flattened(lines))
    if len(flat) != len(lines):
        text = ""  # the blank lines no longer match the line indices
    lines = flat
    stop, metas, used = scan_head(lines)
    spills = [meta.spill for meta in metas.values() if meta.spill]
    if spills:
        lines = lines[:stop] + spills + lines[stop:]
        stop = min(stop, max(metas) + 1)
    excluded = set(metas) | used
    trail = select_breadcrumb(lines, stop)
    if trail is not None:
        at, page.breadcrumb = trail
        excluded.add(at)
        if _trail_goes_on(lines, at):
            excluded.add(at + 1)
        elif not page.breadcrumb:
            page.breadcrumb, last = _trail_over_lines(lines, at, stop)
            excluded.update(range(at + 1, last + 1))
    page.title, at = select_title(
        lines, stop, metas, excluded, page.breadcrumb[-1:], trail[0] if trail is not None else -1
    )
    if trail is not None and at == trail[0] + 1 and _trail_item_alone(lines, trail[0]):
        # the last trail item alone on its line: taken as such where a long headline is left
        title, title_at = select_title(lines, stop, metas, excluded | {at}, [])
        if title is not None and len(title) > BREADCRUMB_ITEM_MAX:
            page.breadcrumb.append(lines[at])
            excluded.add(at)
            page.title, at = title, title_at
    if at > 0 and text and _is_deck(lines, at, text, excluded):
        page.subtitle, page.title, at = lines[at], lines[at - 1], at - 1
    title_key = _squash(page.title) if page.title else ""
    stop = _end_head_at_credits(lines, at, stop, metas, excluded, title_key)
    for i in [i for i in metas if i >= stop]:
        del metas[i]
        excluded.discard(i)
    page.head = [metas[i] for i in sorted(metas)]
    head_end = max(at, max(excluded, default=-1))
    for i in range(stop):
        if i in excluded:
            continue
        line = lines[i]
        if title_key and line.replace(" ", "") == title_key:
            head_end = max(head_end, i)
        elif _is_document_number(line):
            page.document_numbers.append(line)
    if 0 <= at < head_end + 1 and at + 1 < len(lines) and SUBTITLE_LINE.match(lines[at + 1]):
        page.subtitle = lines[at + 1]
        head_end = max(head_end, at + 1)
    start = _skip_header(lines, head_end + 1, title_key, page)
    segment_tail(lines, segment_body(lines, start, page), page)
    return page
