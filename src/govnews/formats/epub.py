"""The ``epub`` format: articles as an EPUB 3 book that epubcheck passes clean.

One article makes a one-chapter book. Several make a collection: a title
page, a table of contents (navigation document and NCX) ordered by
publication date then title, grouped by channel when the articles come from
several, and one chapter per article. The same articles and options give
the same bytes.

ebooklib (AGPL-3.0) and hanzidentifier come with the ``epub`` extra and are
imported only when a book is written; the book's plan and its XHTML are
built here with lxml, and :mod:`._epub_book` hands them to ebooklib.

Options (strings, as ``-O key=value`` passes them):
    ``title``: the book's title; by default the article's title, or for a
    collection "<channel>文章汇编" (one channel) or "政府门户文章汇编".
    ``lang``: a BCP 47 tag for every document, instead of detecting zh-Hans
    or zh-Hant article by article.

Environment:
    ``SOURCE_DATE_EPOCH``: the time of ``dcterms:modified`` and of the ZIP
    entries; without it the latest publication date is used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import itertools
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from typing import Any, BinaryIO, Final

from attrs import evolve, frozen
from lxml import etree

from ..errors import ExportError
from ..hookspecs import hookimpl
from ..model import SHANGHAI, Article, Block, DocumentInfo
from ..serial import article_to_data
from .xml import xml_text

__all__ = ["EpubExporter", "register_exporters"]

#: What a user without the extra is told, naming the module that is missing.
MISSING_EXTRA: Final = "the epub format needs {module}: pip install 'govnews[epub]'"
_EXTRA_MODULES: Final = ("ebooklib.epub", "hanzidentifier")

XHTML_NS: Final = "http://www.w3.org/1999/xhtml"
OPS_NS: Final = "http://www.idpf.org/2007/ops"
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
STYLESHEET: Final = "style.css"
TITLE_PAGE: Final = "titlepage.xhtml"

_BCP47: Final = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_TRADITIONAL_TAGS: Final = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")

#: ZIP can date entries from 1980 to 2107; ``dcterms:modified`` stays in that range too.
_EARLIEST: Final = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)
_LATEST: Final = dt.datetime(2107, 12, 31, 23, 59, 58, tzinfo=dt.UTC)
_FALLBACK_TITLE_CHARS: Final = 24
_TITLE_PAGE_SOURCES: Final = 10  # beyond this, the title page names the most frequent only
_IDENTIFIER_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_DNS, "epub.govnews")

#: The words the book adds around the articles' own text, by script.
LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "zh-Hans": {
        "published": "发布时间",
        "source": "来源",
        "views": "浏览次数",
        "authors": "作者",
        "editors": "编辑",
        "photographers": "摄影",
        "index_number": "索引号",
        "document_number": "文号",
        "issuer": "发布机构",
        "written": "成文日期",
        "topic": "主题分类",
        "validity": "有效性",
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
        "published": "發布時間",
        "source": "來源",
        "views": "瀏覽次數",
        "authors": "作者",
        "editors": "編輯",
        "photographers": "攝影",
        "index_number": "索引號",
        "document_number": "文號",
        "issuer": "發布機構",
        "written": "成文日期",
        "topic": "主題分類",
        "validity": "有效性",
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
_NSMAP: Final[dict[Any, str]] = {None: XHTML_NS, "epub": OPS_NS}
#: Last breadcrumb items that name the page itself, not its channel.
_PAGE_CRUMBS: Final = frozenset({"正文", "内容", "详细内容", "正文内容", "详情", "文章详情", "浏览正文"})
_DOCUMENT_FIELDS: Final = ("index_number", "document_number", "issuer", "written", "topic", "validity")
_CREDITS: Final = ("authors", "editors", "photographers")


@frozen
class EpubOptions:
    """The exporter's options, checked."""

    title: str | None = None
    lang: str | None = None

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> EpubOptions:
        """Read ``title`` and ``lang``; other options are for other formats.

        Raises:
            ExportError: an option has a value the exporter cannot use.
        """
        title = options.get("title")
        if title is not None and not isinstance(title, str):
            raise ExportError(f"the epub title must be a string, not {title!r}")
        lang = options.get("lang") or None
        if lang is not None and not (isinstance(lang, str) and _BCP47.fullmatch(lang)):
            raise ExportError(f"lang must be a language tag such as zh-Hans or zh-Hant, not {lang!r}")
        return cls(title=one_line(title) or None, lang=lang)


@frozen
class Chapter:
    """One article as it sits in the book."""

    article: Article
    file_name: str
    title: str  # never empty: a fallback stands in for a missing title
    lang: str
    channel: str | None
    digest: str  # of the article's content, see _digest


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


class EpubExporter:
    """Articles as an EPUB 3 book. Options: ``title``, ``lang`` (see the module)."""

    name = "epub"
    suffix = ".epub"
    media_type = "application/epub+zip"
    binary = True

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        """Write ``articles`` as one book to ``out``.

        Raises:
            ExportError: the ``epub`` extra is missing, there is no article, or an
                option or ``SOURCE_DATE_EPOCH`` is unusable.
        """
        settings = EpubOptions.from_options(options)
        if not articles:
            raise ExportError("an EPUB needs at least one article")
        _require_extra()
        from . import _epub_book

        _epub_book.write_book(plan_book(articles, settings), out)


@hookimpl
def register_exporters(register: Any) -> None:
    """Register the EPUB exporter."""
    register(EpubExporter())


def _require_extra() -> None:
    """Import what the ``epub`` extra brings, or say how to install it."""
    for name in _EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise ExportError(MISSING_EXTRA.format(module=name.partition(".")[0])) from error


# --- text -----------------------------------------------------------------


def clean(text: str) -> str:
    """``text`` with only characters XML 1.0 can carry: the xml format's policy (U+FFFD)."""
    return xml_text(text)


def one_line(text: str | None) -> str:
    """``text`` cleaned, its runs of white space made single spaces."""
    return " ".join(clean(text).split()) if text else ""


def labels_for(lang: str) -> Mapping[str, str]:
    """The added words for a language tag: traditional for zh-Hant, zh-TW …, else simplified."""
    traditional = lang.lower().startswith(_TRADITIONAL_TAGS)
    return LABELS["zh-Hant" if traditional else "zh-Hans"]


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


def plan_book(articles: Sequence[Article], options: EpubOptions) -> Book:
    """Decide order, titles, languages and metadata of the book for ``articles``."""
    drafts = sorted(
        (_draft(article, options) for article in articles),
        key=lambda draft: draft[0],
    )
    width = max(4, len(str(len(drafts))))
    numbers = itertools.count(1)
    groups = [
        (label, tuple(evolve(c, file_name=f"article-{next(numbers):0{width}d}.xhtml") for c in members))
        for label, members in _group_by_channel(chapter for _, chapter in drafts)
    ]
    chapters = [chapter for _, members in groups for chapter in members]
    languages = _languages(chapters, options)
    published = [c.article.published for c in chapters if c.article.published is not None]
    latest = max(published, key=_instant, default=None)
    earliest = min(published, key=_instant, default=None)
    collection = len(chapters) > 1
    return Book(
        identifier=_identifier(chapters, options),
        title=options.title or _default_title(chapters, labels_for(languages[0])),
        languages=languages,
        creators=_creators(chapters, collection),
        publishers=_by_frequency(c.article.source for c in chapters),
        date=format_day(latest) or None,
        first_day=format_day(earliest) or None,
        modified=_modified(latest),
        chapters=tuple(chapters),
        groups=tuple(groups) if len(groups) > 1 else (),
        is_collection=collection,
    )


def _draft(article: Article, options: EpubOptions) -> tuple[tuple[Any, ...], Chapter]:
    """The chapter for ``article`` and its place: date, then title, then content, so input order never counts."""
    lang = options.lang or detect_language(article)
    title = display_title(article, labels_for(lang))
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
    return [(channel or labels_for(members[0].lang)["other_channel"], tuple(members)) for channel, members in ordered]


def display_title(article: Article, labels: Mapping[str, str]) -> str:
    """The title, or the first words of the body, or 无标题 (source date)."""
    title = one_line(article.title)
    if title:
        return title
    first = next((text for block in article.body if (text := one_line(block.text))), "")
    if first:
        cut = first[:_FALLBACK_TITLE_CHARS]
        return cut if cut == first else f"{cut}…"
    details = " ".join(part for part in (one_line(article.source), format_day(article.published)) if part)
    return f"{labels['untitled']} ({details})" if details else labels["untitled"]


def _instant(when: dt.datetime | dt.date) -> dt.datetime:
    """A comparable moment: a day alone is its midnight in Shanghai."""
    if isinstance(when, dt.datetime):
        return when
    return dt.datetime.combine(when, dt.time.min, tzinfo=SHANGHAI)


def _languages(chapters: Sequence[Chapter], options: EpubOptions) -> tuple[str, ...]:
    """The book's languages, the most used first (zh-Hans before zh-Hant on a tie)."""
    if options.lang:
        return (options.lang,)
    counts = Counter(chapter.lang for chapter in chapters)
    return tuple(sorted(counts, key=lambda lang: (-counts[lang], lang)))


def _by_frequency(values: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct values, the most frequent first, ties in order of first appearance."""
    counts = Counter(text for value in values if (text := one_line(value)))
    return tuple(sorted(counts, key=lambda text: -counts[text]))


def _distinct(values: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct non-blank values, in order of first appearance."""
    return tuple(dict.fromkeys(text for value in values if (text := one_line(value))))


def _creators(chapters: Sequence[Chapter], collection: bool) -> tuple[str, ...]:
    """An article's authors, else its source; a collection's sources, else its authors."""
    authors = _distinct(name for c in chapters for name in c.article.byline.authors)
    sources = _by_frequency(c.article.source for c in chapters)
    if collection:
        return sources or authors
    return authors or sources


def _default_title(chapters: Sequence[Chapter], labels: Mapping[str, str]) -> str:
    """The article's title; for a collection, one named after its channel where it has one."""
    if len(chapters) == 1:
        return chapters[0].title
    channels = {chapter.channel for chapter in chapters}
    if len(channels) == 1 and None not in channels:
        return labels["channel_collection"].format(channel=channels.pop())
    return labels["collection"]


def _digest(article: Article) -> str:
    """SHA-256 of the article's JSON form without provenance: its content, wherever it was read."""
    data = article_to_data(article)
    del data["provenance"]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("ascii")).hexdigest()


def _identifier(chapters: Sequence[Chapter], options: EpubOptions) -> str:
    """A urn:uuid named by the articles' digests, in reading order, and the options."""
    name = "\n".join([*(chapter.digest for chapter in chapters), json.dumps([options.title, options.lang])])
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


# --- markup -----------------------------------------------------------------


def stylesheet() -> bytes:
    """The book's CSS."""
    return (files(__package__) / "epub_assets" / STYLESHEET).read_bytes()


def render_chapter(chapter: Chapter) -> bytes:
    """One article as an XHTML content document."""
    article = chapter.article
    labels = labels_for(chapter.lang)
    html, body = _document(chapter.title, chapter.lang)
    section = _add(body, "section", attrib={f"{{{OPS_NS}}}type": "chapter"})
    trail = " › ".join(part for part in map(one_line, article.breadcrumb) if part)
    if trail:
        _add(section, "p", trail, {"class": "breadcrumb"})
    _add(section, "h1", chapter.title, None if one_line(article.title) else {"class": "untitled"})
    if one_line(article.subtitle):
        _add(section, "p", one_line(article.subtitle), {"class": "subtitle"})
    for line in _meta_lines(article, labels):
        _add(section, "p", line, {"class": "meta"})
    _add_details(section, _detail_rows(article.document, article.extra, labels))
    text = _add(section, "div", attrib={"class": "body"})
    _add_blocks(text, article.body)
    if not len(text):
        section.remove(text)
    return _serialise(html)


def render_title_page(book: Book) -> bytes:
    """The title page of a collection: title, dates, count, sources."""
    labels = labels_for(book.lang)
    html, body = _document(book.title, book.lang)
    section = _add(body, "section", attrib={f"{{{OPS_NS}}}type": "titlepage", "class": "titlepage"})
    _add(section, "h1", book.title)
    if book.first_day and book.date:
        days = book.date if book.first_day == book.date else f"{book.first_day}{labels['until']}{book.date}"
        _add(section, "p", days)
    _add(section, "p", labels["count"].format(n=len(book.chapters)))
    if book.publishers:
        _add(section, "p", f"{labels['source']}：{_summary(book.publishers, labels)}")
    return _serialise(html)


def _summary(sources: Sequence[str], labels: Mapping[str, str]) -> str:
    """The sources, or the most frequent of many and how many there are."""
    if len(sources) <= _TITLE_PAGE_SOURCES:
        return "、".join(sources)
    shown = "、".join(sources[:_TITLE_PAGE_SOURCES])
    return f"{shown} {labels['more_sources'].format(n=len(sources))}"


def _meta_lines(article: Article, labels: Mapping[str, str]) -> list[str]:
    """Date, source, credits and views, one short line each."""
    lines = []
    if article.published is not None:
        lines.append(f"{labels['published']}：{format_when(article.published)}")
    if one_line(article.source):
        lines.append(f"{labels['source']}：{one_line(article.source)}")
    credits = [(labels[role], _distinct(getattr(article.byline, role))) for role in _CREDITS]
    lines.extend(f"{label}：{'、'.join(names)}" for label, names in credits if names)
    if not any(names for _, names in credits) and one_line(article.byline.text):
        lines.append(one_line(article.byline.text))
    if article.views is not None:
        lines.append(f"{labels['views']}：{article.views}")
    return lines


def _detail_rows(
    document: DocumentInfo | None, extra: Mapping[str, str], labels: Mapping[str, str]
) -> list[tuple[str, str]]:
    """The disclosure metadata, then any other labelled metadata the parser kept; blank values left out."""
    rows = []
    for name in _DOCUMENT_FIELDS if document else ():
        value = getattr(document, name)
        if isinstance(value, (dt.date, dt.datetime)):
            rows.append((labels[name], format_when(value)))
        elif one_line(value):
            rows.append((labels[name], one_line(value)))
    rows.extend((one_line(key), one_line(value)) for key, value in extra.items() if one_line(key) and one_line(value))
    return rows


def _add_details(parent: etree._Element, rows: Sequence[tuple[str, str]]) -> None:
    """A two-column table of label and value, when there is any row."""
    if not rows:
        return
    tbody = _add(_add(parent, "table", attrib={"class": "docinfo"}), "tbody")
    for label, value in rows:
        row = _add(tbody, "tr")
        _add(row, "th", label, {"scope": "row"})
        _add(row, "td", value)


def _add_blocks(parent: etree._Element, blocks: Iterable[Block]) -> None:
    """Paragraphs, headings and signatures in order; runs of attachments as one list."""
    attachments: etree._Element | None = None
    for block in blocks:
        lines = [line for line in clean(block.text).splitlines() if line.strip()]
        if not lines:
            continue
        if block.kind == "attachment":
            if attachments is None:
                attachments = _add(parent, "ul", attrib={"class": "attachments"})
            _add_lines(_add(attachments, "li"), lines)
            continue
        attachments = None
        if block.kind == "heading":
            _add_lines(_add(parent, "h2"), lines)
        else:
            kind = {"class": "signature"} if block.kind == "signature" else None
            _add_lines(_add(parent, "p", attrib=kind), lines)


def _add_lines(element: etree._Element, lines: Sequence[str]) -> None:
    """``lines`` as the text of ``element``, separated by ``<br/>``."""
    element.text = lines[0]
    for line in lines[1:]:
        _add(element, "br").tail = line


def _document(title: str, lang: str) -> tuple[etree._Element, etree._Element]:
    """An empty XHTML document in ``lang`` with the stylesheet: its root and its body."""
    html = etree.Element(f"{{{XHTML_NS}}}html", nsmap=_NSMAP)
    html.set("lang", lang)
    html.set(XML_LANG, lang)
    head = _add(html, "head")
    _add(head, "title", title)
    _add(head, "link", attrib={"rel": "stylesheet", "type": "text/css", "href": STYLESHEET})
    return html, _add(html, "body")


def _add(
    parent: etree._Element, tag: str, text: str | None = None, attrib: dict[str, str] | None = None
) -> etree._Element:
    """Append an XHTML element to ``parent``; lxml escapes the text and attributes."""
    element = etree.SubElement(parent, f"{{{XHTML_NS}}}{tag}", attrib)
    if text is not None:
        element.text = text
    return element


def _serialise(html: etree._Element) -> bytes:
    return etree.tostring(html, encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE html>")
