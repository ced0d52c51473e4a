"""The plan of an EPUB book: order, titles, languages and metadata, decided before any markup.

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
    "Settings",
    "by_frequency",
    "channel_of",
    "clean",
    "detect_language",
    "display_title",
    "distinct",
    "format_day",
    "format_when",
    "is_language_tag",
    "one_line",
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
        "contents": "目录",
        "count": "共 {n} 篇",
        "more_sources": "等 {n} 个来源",
        "until": " 至 ",
        "collection": "政府门户文章汇编",
        "channel_collection": "{channel}文章汇编",
    },
    "zh-Hant": {
        "untitled": "無標題",
        "other_channel": "其他",
        "contents": "目錄",
        "count": "共 {n} 篇",
        "more_sources": "等 {n} 個來源",
        "until": " 至 ",
        "collection": "政府門戶文章彙編",
        "channel_collection": "{channel}文章彙編",
    },
}
#: Last breadcrumb items that name the page itself, not its channel.
_PAGE_CRUMBS: Final = frozenset({"正文", "内容", "详细内容", "正文内容", "详情", "文章详情", "浏览正文"})


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
    digest: str  # of the article's content, see _digest

    @property
    def script(self) -> Script:
        """The script of the chapter's added words."""
        return script_of(self.lang)


@frozen
class Book:
    """Everything the book says, decided before any markup is written."""

    identifier: str
    title: str
    languages: tuple[str, ...]  # the first is the book's own
    creators: tuple[str, ...]
    publishers: tuple[str, ...]  # the most frequent first
    date: str | None
    first_day: str | None
    modified: dt.datetime  # UTC
    chapters: tuple[Chapter, ...]  # in reading order
    groups: tuple[tuple[str, tuple[Chapter, ...]], ...]  # by channel; empty for one channel
    is_collection: bool

    @property
    def lang(self) -> str:
        """The language of the book's own pages (title page, contents)."""
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
    """Decide order, titles, languages and metadata of the book for ``articles``."""
    drafts = sorted(
        (_draft(article, settings) for article in articles),
        key=lambda draft: draft[0],
    )
    width = max(4, len(str(len(drafts))))
    numbers = itertools.count(1)
    groups = [
        (label, tuple(evolve(c, file_name=f"article-{next(numbers):0{width}d}.xhtml") for c in members))
        for label, members in _group_by_channel(chapter for _, chapter in drafts)
    ]
    chapters = [chapter for _, members in groups for chapter in members]
    languages = _languages(chapters, settings)
    published = [c.article.published for c in chapters if c.article.published is not None]
    latest = max(published, key=_instant, default=None)
    earliest = min(published, key=_instant, default=None)
    collection = len(chapters) > 1
    return Book(
        identifier=_identifier(chapters, settings),
        title=settings.title or _default_title(chapters, words_for(languages[0])),
        languages=languages,
        creators=_creators(chapters, collection),
        publishers=by_frequency(c.article.source for c in chapters),
        date=format_day(latest) or None,
        first_day=format_day(earliest) or None,
        modified=_modified(latest),
        chapters=tuple(chapters),
        groups=tuple(groups) if len(groups) > 1 else (),
        is_collection=collection,
    )


def _draft(article: Article, settings: Settings) -> tuple[tuple[Any, ...], Chapter]:
    """The chapter for ``article`` and its place: date, then title, then content, so input order never counts."""
    lang = settings.lang or detect_language(article)
    title = display_title(article, words_for(lang))
    digest = _digest(article)
    when = None if article.published is None else _instant(article.published)
    key = (when is None, when or _EARLIEST, title, digest)
    return key, Chapter(article, "", title, lang, channel_of(article), digest)


def channel_of(article: Article) -> str | None:
    """The breadcrumb's last item, passing over one that names the page (正文, 详细内容 …)."""
    crumbs = [crumb for crumb in map(one_line, article.breadcrumb) if crumb]
    if crumbs and crumbs[-1] in _PAGE_CRUMBS:
        crumbs.pop()
    return crumbs[-1] if crumbs else None


def _group_by_channel(chapters: Iterable[Chapter]) -> list[tuple[str, tuple[Chapter, ...]]]:
    """Chapters by channel, each channel where its first chapter comes in reading order; 其他 last."""
    groups: dict[str | None, list[Chapter]] = {}
    for chapter in chapters:
        groups.setdefault(chapter.channel, []).append(chapter)
    ordered = sorted(groups.items(), key=lambda group: group[0] is None)
    return [(channel or words_for(members[0].lang)["other_channel"], tuple(members)) for channel, members in ordered]


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


def _creators(chapters: Sequence[Chapter], collection: bool) -> tuple[str, ...]:
    """An article's authors, else its source; a collection's sources, else its authors."""
    authors = distinct(name for c in chapters for name in c.article.byline.authors)
    sources = by_frequency(c.article.source for c in chapters)
    if collection:
        return sources or authors
    return authors or sources


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
