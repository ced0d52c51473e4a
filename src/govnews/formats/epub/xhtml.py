"""The pages of an EPUB book as XHTML: a chapter per article, and a collection's cover.

A chapter walks the model (:func:`govnews.model.shape`): every field of
``Article`` that is not placed on its own (title, subtitle, trail, body,
credits, disclosure metadata, ``extra``) becomes a line "label：value", its
label the model's (:func:`govnews.model.label`) in the chapter's script. So
a field added to the model shows without a change here. Provenance is not
shown: it is for machines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from typing import Any, Final

from lxml import etree

from govnews.model import Article, Block, Byline, DocumentInfo, Script, label, shape

from .plan import Book, Chapter, clean, distinct, format_when, heading_anchor, one_line, words_for

__all__ = ["COVER", "OPS_NS", "STYLESHEET", "XHTML_NS", "XML_LANG", "render_chapter", "render_cover", "stylesheet"]

XHTML_NS: Final = "http://www.w3.org/1999/xhtml"
OPS_NS: Final = "http://www.idpf.org/2007/ops"
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
_EPUB_TYPE: Final = f"{{{OPS_NS}}}type"
STYLESHEET: Final = "style.css"
COVER: Final = "cover.xhtml"
_NSMAP: Final[dict[Any, str]] = {None: XHTML_NS, "epub": OPS_NS}
#: Article fields a chapter places on their own; every other field is a line of its metadata.
_PLACED: Final = frozenset({"title", "subtitle", "breadcrumb", "body", "document", "extra", "provenance"})


def stylesheet() -> bytes:
    """The book's CSS."""
    return (files(__package__) / STYLESHEET).read_bytes()


def render_chapter(chapter: Chapter) -> bytes:
    """One article as an XHTML content document."""
    article = chapter.article
    html, body = _document(chapter.title, chapter.lang)
    section = _add(body, "section", attrib={_EPUB_TYPE: "chapter"})
    trail = " › ".join(part for part in map(one_line, article.breadcrumb) if part)
    if trail:
        _add(section, "p", trail, {"class": "breadcrumb"})
    _add(section, "h1", chapter.title, None if one_line(article.title) else {"class": "untitled"})
    if one_line(article.subtitle):
        _add(section, "p", one_line(article.subtitle), {"class": "subtitle"})
    for line in _meta_lines(article, chapter.script):
        _add(section, "p", line, {"class": "meta"})
    _add_details(section, _detail_rows(article.document, article.extra, chapter.script))
    text = _add(section, "div", attrib={"class": "body"})
    _add_blocks(text, article.body)
    if not len(text):
        section.remove(text)
    return _serialise(html)


def render_cover(book: Book) -> bytes:
    """The cover of a collection, in text: title, first to last day, number of articles, main sources."""
    words = words_for(book.lang)
    html, body = _document(book.title, book.lang)
    section = _add(body, "section", attrib={_EPUB_TYPE: "cover", "class": "cover"})
    _add(section, "h1", book.title)
    if book.first_day and book.date:
        days = book.date if book.first_day == book.date else f"{book.first_day}{words['until']}{book.date}"
        _add(section, "p", days, {"class": "days"})
    _add(section, "p", words["count"].format(n=len(book.chapters)), {"class": "count"})
    sources = _sources_line(book, words)
    if sources:
        _add(section, "p", sources, {"class": "sources"})
    return _serialise(html)


def _sources_line(book: Book, words: Mapping[str, str]) -> str:
    """来源：A、B (all of a few); 来源：A、B等 24 个 (the main of many); 来自 24 个来源 (many, none main)."""
    if not book.source_count:
        return ""
    if not book.cover_sources:
        return words["only_count_of_sources"].format(n=book.source_count)
    names = "、".join(book.cover_sources)
    if len(book.cover_sources) < book.source_count:
        names = words["main_sources"].format(names=names, n=book.source_count)
    return f"{label(Article, 'source', book.script)}：{names}"


def _shown(value: object) -> str:
    """A field's value as a reader sees it on one line; empty when there is nothing to show."""
    if isinstance(value, dt.date):
        return format_when(value)
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple) and all(isinstance(member, str) for member in value):
        return "、".join(distinct(value))
    return ""  # None, or a part with no line of its own


def _meta_lines(article: Article, script: Script) -> list[str]:
    """Date, source, credits, views …: one short line each, in field order."""
    lines = []
    for item in shape(Article):
        if item.name == "byline":
            lines.extend(_credit_lines(article.byline, script))
        elif item.name not in _PLACED and (shown := _shown(getattr(article, item.name))):
            lines.append(f"{label(Article, item.name, script)}：{shown}")
    return lines


def _credit_lines(byline: Byline, script: Script) -> list[str]:
    """One line per role with names (作者：…); the credit as printed when no name was read."""
    lines = [
        f"{label(Byline, item.name, script)}：{names}"
        for item in shape(Byline)
        if item.kind == "names" and (names := _shown(getattr(byline, item.name)))
    ]
    if not lines and one_line(byline.text):
        lines.append(one_line(byline.text))
    return lines


def _detail_rows(document: DocumentInfo | None, extra: Mapping[str, str], script: Script) -> list[tuple[str, str]]:
    """The disclosure metadata, then any other labelled metadata the parser kept; blank values left out."""
    rows = []
    for item in shape(DocumentInfo) if document is not None else ():
        if shown := _shown(getattr(document, item.name)):
            rows.append((label(DocumentInfo, item.name, script), shown))
    rows.extend((one_line(key), one_line(value)) for key, value in extra.items() if one_line(key) and one_line(value))
    return rows


def _add_details(parent: etree._Element, rows: Sequence[tuple[str, str]]) -> None:
    """A two-column table of label and value, when there is any row."""
    if not rows:
        return
    tbody = _add(_add(parent, "table", attrib={"class": "docinfo"}), "tbody")
    for name, value in rows:
        row = _add(tbody, "tr")
        _add(row, "th", name, {"scope": "row"})
        _add(row, "td", value)


def _add_blocks(parent: etree._Element, blocks: Iterable[Block]) -> None:
    """Paragraphs, headings (their ``id`` from :func:`~.plan.heading_anchor`) and signatures; attachments as a list."""
    attachments: etree._Element | None = None
    for index, block in enumerate(blocks):
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
            _add_lines(_add(parent, "h2", attrib={"id": heading_anchor(index)}), lines)
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
