"""The plan of an EPUB book: order, groups, outline, titles, languages and metadata, decided before any markup.

Also the text policy every page of the book shares (:func:`one_line`,
:func:`format_when`) and the words the book adds around the articles' own
text. This module knows nothing of markup or of ebooklib.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from attrs import evolve, frozen

from govnews.errors import ExportError
from govnews.exporting import xml_text
from govnews.model import SHANGHAI, Article, Script

__all__ = [
    "WORDS",
    "Book",
    "Chapter",
    "Group",
    "Settings",
    "by_frequency",
    "channel_of",
    "clean",
    "detect_language",
    "display_title",
    "distinct",
    "format_day",
    "format_when",
    "heading_anchor",
    "is_language_tag",
    "one_line",
    "outline_of",
    "plan_book",
    "script_of",
    "words_for",
]

_BCP47: Final = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_TRADITIONAL_TAGS: Final = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")

#: ZIP can date entries from 1980 to 2107; ``dcterms:modified`` stays in that range too.
_EARLIEST: Final = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
_LATEST: Final = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.UTC)
_FALLBACK_TITLE_CHARS: Final = 24
_IDENTIFIER_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_DNS, "epub.govnews")

#: The words the book adds around the articles' own text, by script. A field's
#: own label (发布时间, 來源 …) comes from the model: :func:`govnews.model.label`.
WORDS: Final[Mapping[Script, Mapping[str, str]]] = {
    "zh-Hans": {
        "untitled": "无标题",
        "other_channel": "其他",
        "other_source": "来源不详",
        "undated": "日期不详",
        "month": "{year}年{month}月",
        "contents": "目录",
        "landmarks": "导航",
        "cover": "封面",
        "start": "正文",
        "count": "共 {n} 篇",
        "main_sources": "{names}等 {n} 个",
        "only_count_of_sources": "来自 {n} 个来源",
        "until": " 至 ",
        "collection": "政府门户文章汇编",
        "channel_collection": "{channel}文章汇编",
    },
    "zh-Hant": {
        "untitled": "無標題",
        "other_channel": "其他",
        "other_source": "來源不詳",
        "undated": "日期不詳",
        "month": "{year}年{month}月",
        "contents": "目錄",
        "landmarks": "導覽",
        "cover": "封面",
        "start": "正文",
        "count": "共 {n} 篇",
        "main_sources": "{names}等 {n} 個",
        "only_count_of_sources": "來自 {n} 個來源",
        "until": " 至 ",
        "collection": "政府門戶文章彙編",
        "channel_collection": "{channel}文章彙編",
    },
}

# What a channel is (see channel_of): the trail's last item that names a column.
#: Trail items that name the article's own page, not its channel.
_PAGE_CRUMBS: Final = frozenset(
    {"正文", "内容", "详细内容", "正文内容", "详情", "文章详情", "浏览正文", "浏览文章", "文章内容", "内容页", "详情页"}
    | {"內容", "詳細內容", "詳情", "文章詳情", "瀏覽正文"}
)
#: Words that make a trail item the page's own even with a name glued to them: 正文青禾镇, …公开详细页面.
_PAGE_MARKS: Final = ("正文", "详细内容", "详细页面", "详情页", "文章详情", "詳細內容", "詳細頁面", "文章詳情")
#: Trail items that are the home page.
_HOME_CRUMBS: Final = frozenset({"首页", "网站首页", "主页", "返回首页", "首頁", "網站首頁", "主頁"})
#: The issuer code of a 文号 (青政办发, 国办发, 温政函): a column listing one series of documents is
#: named so on some portals, but the code names no channel a reader knows.
_DOCUMENT_CODE: Final = re.compile(r"[\u4e00-\u9fff]{0,4}[政办府委辦][\u4e00-\u9fff]{0,2}[发函發]")
#: A trail item longer than this, or with white space or sentence punctuation, is text, not a name.
_LONGEST_CHANNEL: Final = 16
_NOT_IN_A_NAME: Final = re.compile(r"[\s，。；！？：、,;!?:]")

#: How the contents may be grouped, in order of preference: the Chapter attribute
#: and the word for the group of chapters without it (see _grouping).
_GROUPINGS: Final = (("channel", "other_channel"), ("source", "other_source"), ("month", "undated"))
#: At most this many authors are the book's dc:creator, the most credited first.
_MOST_CREATORS: Final = 5
#: A collection's cover names at most this many sources.
_MOST_COVER_SOURCES: Final = 5


@frozen
class Settings:
    """The exporter's options as the plan uses them (already resolved and checked)."""

    title: str | None = None
    lang: str | None = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> Settings:
        """From the exporter's resolved options: a blank title or language is none."""
        return cls(title=one_line(options.get("title")) or None, lang=options.get("lang") or None)


@frozen
class Chapter:
    """One article as it sits in the book."""

    article: Article
    file_name: str
    title: str  # never empty: a fallback stands in for a missing title
    lang: str
    channel: str | None
    source: str | None
    month: str | None  # the month of publication, as the contents name it (2021年3月)
    outline: tuple[tuple[str, str], ...]  # (anchor, heading) of each section, see outline_of
    digest: str  # of the article's content, see _digest

    @property
    def script(self) -> Script:
        """The script of the chapter's added words."""
        return script_of(self.lang)


@frozen
class Group:
    """A heading of the contents and the chapters under it, in reading order."""

    label: str
    chapters: tuple[Chapter, ...]


@frozen
class Book:
    """Everything the book says, decided before any markup is written."""

    identifier: str
    title: str
    languages: tuple[str, ...]  # the first is the book's own
    creators: tuple[str, ...]  # the authors, the most credited first; else the main source
    publisher: str | None  # the main source: that of more than half the articles that name one
    date: str | None
    first_day: str | None
    modified: dt.datetime  # UTC
    chapters: tuple[Chapter, ...]  # in reading order
    groups: tuple[Group, ...]  # the contents' headings; empty for a flat list
    cover_sources: tuple[str, ...]  # the sources a collection's cover names, the most frequent first
    source_count: int  # how many sources the articles name in all
    is_collection: bool

    @property
    def lang(self) -> str:
        """The language of the book's own pages (cover, contents)."""
        return self.languages[0]

    @property
    def script(self) -> Script:
        """The script of the book's own pages."""
        return script_of(self.lang)


# --- text -----------------------------------------------------------------


def clean(text: str) -> str:
    """``text`` with only characters XML 1.0 can carry: the xml format's policy (U+FFFD)."""
    return xml_text(text)


def one_line(text: str | None) -> str:
    """``text`` cleaned, its runs of white space made single spaces."""
    return " ".join(clean(text).split()) if text else ""


def is_language_tag(tag: str) -> str | None:
    """Why ``tag`` is no BCP 47 language tag, or ``None`` when it is one (or blank: not set)."""
    if not tag or _BCP47.fullmatch(tag):
        return None
    return "must be a language tag such as zh-Hans or zh-Hant"


def script_of(lang: str) -> Script:
    """The script for a language tag: traditional for zh-Hant, zh-TW …, else simplified."""
    return "zh-Hant" if lang.lower().startswith(_TRADITIONAL_TAGS) else "zh-Hans"


def words_for(lang: str) -> Mapping[str, str]:
    """The added words (无标题, 目录 …) for a language tag."""
    return WORDS[script_of(lang)]


def detect_language(article: Article) -> str:
    """``zh-Hant`` when the article is written in traditional characters, else ``zh-Hans``."""
    import hanzidentifier  # type: ignore[import-untyped]  # the epub extra, checked by the exporter

    text = "\n".join([article.title or "", article.subtitle or "", *(b.text for b in article.body)])
    kind = hanzidentifier.identify(text)
    if kind == hanzidentifier.MIXED:
        votes = Counter(hanzidentifier.identify(char) for char in set(text))
        traditional = votes[hanzidentifier.TRADITIONAL] > votes[hanzidentifier.SIMPLIFIED]
    else:
        traditional = kind == hanzidentifier.TRADITIONAL
    return "zh-Hant" if traditional else "zh-Hans"


def format_day(when: dt.datetime | dt.date | None) -> str:
    """The calendar day of ``when`` as YYYY-MM-DD; empty for ``None``."""
    if when is None:
        return ""
    day = when.date() if isinstance(when, dt.datetime) else when
    return day.isoformat()


def format_when(when: dt.datetime | dt.date) -> str:
    """A date as a reader sees it: the day, and the time where one is known."""
    if isinstance(when, dt.datetime):
        return f"{format_day(when)} {when:%H:%M}"
    return format_day(when)


# --- the plan ---------------------------------------------------------------


def plan_book(articles: Sequence[Article], settings: Settings) -> Book:
    """Decide order, groups, titles, languages and metadata of the book for ``articles``."""
    drafts = sorted((_draft(article, settings) for article in articles), key=lambda draft: draft[0])
    ordered = [chapter for _, chapter in drafts]
    languages = _languages(ordered, settings)
    groups = _grouping(ordered, words_for(languages[0]))
    width = max(4, len(str(len(ordered))))
    numbers = itertools.count(1)
    named = []
    for group in groups or [Group("", tuple(ordered))]:  # chapters are numbered in reading order
        members = (evolve(c, file_name=f"article-{next(numbers):0{width}d}.xhtml") for c in group.chapters)
        named.append(Group(group.label, tuple(members)))
    chapters = [chapter for group in named for chapter in group.chapters]
    published = [c.article.published for c in chapters if c.article.published is not None]
    latest = max(published, key=_instant, default=None)
    earliest = min(published, key=_instant, default=None)
    sources = Counter(chapter.source for chapter in chapters if chapter.source)
    ranked = by_frequency(chapter.source for chapter in chapters)
    main = ranked[0] if ranked and sources[ranked[0]] * 2 > sum(sources.values()) else None
    return Book(
        identifier=_identifier(chapters, settings),
        title=settings.title or _default_title(chapters, words_for(languages[0])),
        languages=languages,
        creators=_authors(chapters) or ((main,) if main else ()),
        publisher=main,
        date=format_day(latest) or None,
        first_day=format_day(earliest) or None,
        modified=_modified(latest),
        chapters=tuple(chapters),
        groups=tuple(named) if groups else (),
        cover_sources=_cover_sources(ranked, sources),
        source_count=len(ranked),
        is_collection=len(chapters) > 1,
    )


def _draft(article: Article, settings: Settings) -> tuple[tuple[Any, ...], Chapter]:
    """The chapter for ``article`` and its place: its sort_key, then title and content; input order never counts."""
    lang = settings.lang or detect_language(article)
    words = words_for(lang)
    title = display_title(article, words)
    digest = _digest(article)
    at = article.published_at
    month = None if at is None else words["month"].format(year=at.year, month=at.month)
    source = one_line(article.source) or None
    chapter = Chapter(article, "", title, lang, channel_of(article), source, month, outline_of(article, title), digest)
    return (article.sort_key(), title, digest), chapter


def channel_of(article: Article) -> str | None:
    """The channel (栏目) the article was published in: the last item of its trail that names a column.

    Passed over, from the end: an item naming the page itself (正文, 详细内容, or such a
    word with a name glued on, 正文青禾镇), the home page (首页), the article's own title,
    a 文号's issuer code (青政办发) or the start of the article's 文号, and text rather than
    a name (longer than 16 characters, or holding white space or punctuation). The
    trail's first item is the site itself, never a channel.
    """
    crumbs = [crumb for crumb in map(one_line, article.breadcrumb) if crumb]
    title = one_line(article.title)
    number = one_line(article.document.document_number) if article.document else ""
    for crumb in reversed(crumbs[1:]):
        if _names_a_column(crumb, title, number):
            return crumb
    return None


def _names_a_column(crumb: str, title: str, number: str) -> bool:
    """Whether the trail item ``crumb`` can be a channel's name (see :func:`channel_of`)."""
    if crumb in _PAGE_CRUMBS or crumb in _HOME_CRUMBS or crumb == title:
        return False
    if crumb.startswith(_PAGE_MARKS) or crumb.endswith(_PAGE_MARKS):
        return False
    if len(crumb) > _LONGEST_CHANNEL or _NOT_IN_A_NAME.search(crumb):
        return False
    starts_number = number.startswith(crumb) and number[len(crumb) : len(crumb) + 1] in ("〔", "[", "(", "（", "【")
    return not (_DOCUMENT_CODE.fullmatch(crumb) or starts_number)


def _grouping(chapters: Sequence[Chapter], words: Mapping[str, str]) -> list[Group]:
    """The contents' groups: by channel, else by source, else by month, the first that helps; else none.

    A grouping helps when most articles have its key (at least half), it makes at
    least two groups, and at most half of its groups hold a single article. Groups
    come in the order of their first chapter, the one of articles without the key
    (其他, 来源不详, 日期不详) last; chapters keep their order within a group.
    """
    for key, missing in _GROUPINGS:
        groups: dict[str | None, list[Chapter]] = {}
        for chapter in chapters:
            groups.setdefault(getattr(chapter, key), []).append(chapter)
        keyed = len(chapters) - len(groups.get(None, ()))
        alone = sum(1 for members in groups.values() if len(members) == 1)
        if len(groups) >= 2 and keyed * 2 >= len(chapters) and alone * 2 <= len(groups):
            ordered = sorted(groups.items(), key=lambda group: group[0] is None)
            return [Group(label or words[missing], tuple(members)) for label, members in ordered]
    return []


def outline_of(article: Article, title: str) -> tuple[tuple[str, str], ...]:
    """The sections of the article for the contents: (anchor, heading) of each heading block.

    A heading the same as the entry before it (or, for the first, as the chapter's
    ``title``) is left out: a run of identical headings is one entry, at the first.
    """
    entries: list[tuple[str, str]] = []
    previous = title
    for index, block in enumerate(article.body):
        if block.kind != "heading":
            continue
        heading = one_line(block.text)
        if heading and heading != previous:
            entries.append((heading_anchor(index), heading))
            previous = heading
    return tuple(entries)


def heading_anchor(index: int) -> str:
    """The ``id`` of the heading that is block ``index`` of the body, in its chapter."""
    return f"heading-{index}"


def display_title(article: Article, words: Mapping[str, str]) -> str:
    """The title, or the first words of the body, or 无标题 (source date)."""
    title = one_line(article.title)
    if title:
        return title
    first = next((text for block in article.body if (text := one_line(block.text))), "")
    if first:
        cut = first[:_FALLBACK_TITLE_CHARS]
        return cut if cut == first else f"{cut}…"
    details = " ".join(part for part in (one_line(article.source), format_day(article.published)) if part)
    return f"{words['untitled']} ({details})" if details else words["untitled"]


def _instant(when: dt.datetime | dt.date) -> dt.datetime:
    """A comparable moment: a day alone is its midnight in Shanghai."""
    if isinstance(when, dt.datetime):
        return when
    return dt.datetime.combine(when, dt.time.min, tzinfo=SHANGHAI)


def _languages(chapters: Sequence[Chapter], settings: Settings) -> tuple[str, ...]:
    """The book's languages, the most used first (zh-Hans before zh-Hant on a tie)."""
    if settings.lang:
        return (settings.lang,)
    counts = Counter(chapter.lang for chapter in chapters)
    return tuple(sorted(counts, key=lambda lang: (-counts[lang], lang)))


def by_frequency(values: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct values, the most frequent first, ties in order of first appearance."""
    counts = Counter(text for value in values if (text := one_line(value)))
    return tuple(sorted(counts, key=lambda text: -counts[text]))


def distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct non-blank values, in order of first appearance."""
    return tuple(dict.fromkeys(text for value in values if (text := one_line(value))))


def _authors(chapters: Sequence[Chapter]) -> tuple[str, ...]:
    """The authors, once each, the most credited first (ties in reading order), at most :data:`_MOST_CREATORS`."""
    return by_frequency(name for chapter in chapters for name in distinct(chapter.article.byline.authors))[
        :_MOST_CREATORS
    ]


def _cover_sources(ranked: Sequence[str], counts: Mapping[str, int]) -> tuple[str, ...]:
    """The sources a cover names: all of a few; of many, the most frequent that give more than one article."""
    if len(ranked) <= _MOST_COVER_SOURCES:
        return tuple(ranked)
    return tuple(source for source in ranked[:_MOST_COVER_SOURCES] if counts[source] > 1)


def _default_title(chapters: Sequence[Chapter], words: Mapping[str, str]) -> str:
    """The article's title; for a collection, one named after its channel where it has one."""
    if len(chapters) == 1:
        return chapters[0].title
    channels = {chapter.channel for chapter in chapters}
    if len(channels) == 1 and None not in channels:
        return words["channel_collection"].format(channel=channels.pop())
    return words["collection"]


def _digest(article: Article) -> str:
    """SHA-256 of the article's JSON form without provenance: its content, wherever it was read."""
    data = article.to_dict()
    del data["provenance"]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("ascii")).hexdigest()


def _identifier(chapters: Sequence[Chapter], settings: Settings) -> str:
    """A urn:uuid named by the articles' digests, in reading order, and the options."""
    name = "\n".join([*(chapter.digest for chapter in chapters), json.dumps([settings.title, settings.lang])])
    return f"urn:uuid:{uuid.uuid5(_IDENTIFIER_NAMESPACE, name)}"


def _modified(latest: dt.datetime | dt.date | None) -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` where set, else the latest publication, as UTC within ZIP's range."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            when = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise ExportError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}") from None
    else:
        when = _EARLIEST if latest is None else _instant(latest)
    return min(max(when, _EARLIEST), _LATEST).astimezone(dt.UTC)
