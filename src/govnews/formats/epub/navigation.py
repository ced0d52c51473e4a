"""The navigation of an EPUB book: the EPUB 3 navigation document and the NCX for older readers.

Both list the same entries: the contents' groups (:attr:`~.plan.Book.groups`),
each chapter, and each chapter's sections (:attr:`~.plan.Chapter.outline`).
They are written here rather than by ebooklib, which pretty-prints the NCX
and cannot hide the sections on a contents page read in the spine.

A book of a thousand articles has thousands of entries, so both documents
are written as text, not built element by element: every text they hold is
the plan's, already one line of characters XML can carry (:func:`~.plan.one_line`),
and is escaped here (``&``, ``<``, ``>``; attribute values quoted).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from .plan import Book, Chapter, words_for
from .xhtml import COVER, OPS_NS, STYLESHEET, XHTML_NS

__all__ = ["NAV", "NCX", "render_nav", "render_ncx"]

NAV: Final = "nav.xhtml"
NCX: Final = "toc.ncx"
_NCX_NS: Final = "http://www.daisy.org/z3986/2005/ncx/"
_DECLARATION: Final = "<?xml version='1.0' encoding='utf-8'?>\n"


def render_nav(book: Book) -> bytes:
    """The navigation document: the contents (groups, chapters, each chapter's sections) and the landmarks.

    In a collection the contents page is also read in the spine; there the
    sections of each chapter are ``hidden``, left to the reading system's own
    contents view, so the page lists articles only.
    """
    words = words_for(book.lang)
    lang = quoteattr(book.lang)
    parts = [
        f"{_DECLARATION}<!DOCTYPE html>\n",
        f'<html xmlns="{XHTML_NS}" xmlns:epub="{OPS_NS}" lang={lang} xml:lang={lang}>',
        f"<head><title>{escape(words['contents'])}</title>",
        f'<link rel="stylesheet" type="text/css" href="{STYLESHEET}"/></head><body>',
        f'<nav epub:type="toc" id="toc" role="doc-toc"><h1>{escape(words["contents"])}</h1><ol>',
    ]
    for group in book.groups:
        parts.append(f"<li><span>{escape(group.label)}</span><ol>")
        parts.extend(_contents_entry(chapter, book.is_collection) for chapter in group.chapters)
        parts.append("</ol></li>")
    if not book.groups:
        parts.extend(_contents_entry(chapter, book.is_collection) for chapter in book.chapters)
    parts.append(f'</ol></nav><nav epub:type="landmarks" hidden="hidden"><h2>{escape(words["landmarks"])}</h2><ol>')
    marks = [("cover", COVER, words["cover"]), ("toc", f"{NAV}#toc", words["contents"])] if book.is_collection else []
    marks.append(("bodymatter", book.chapters[0].file_name, words["start"]))
    for kind, target, text in marks:
        parts.append(f'<li><a epub:type="{kind}" href={quoteattr(target)}>{escape(text)}</a></li>')
    parts.append("</ol></nav></body></html>")
    return "".join(parts).encode("utf-8")


def _contents_entry(chapter: Chapter, hide_sections: bool) -> str:
    """A chapter's line of the contents, with its sections (:attr:`~.plan.Chapter.outline`) under it."""
    link = f"<a href={quoteattr(chapter.file_name)}>{escape(chapter.title)}</a>"
    if not chapter.outline:
        return f"<li>{link}</li>"
    sections = "".join(
        f"<li><a href={quoteattr(f'{chapter.file_name}#{anchor}')}>{escape(heading)}</a></li>"
        for anchor, heading in chapter.outline
    )
    hidden = ' hidden="hidden"' if hide_sections else ""
    return f"<li>{link}<ol{hidden}>{sections}</ol></li>"


def render_ncx(book: Book) -> Iterator[str]:
    """The NCX (EPUB 2's table of contents), piece by piece: the entries of :func:`render_nav`, nested alike.

    Pieces, not one text: it is written into the ZIP as it is made, so the
    largest document of a big book is never held whole.
    """
    depth = (2 if book.groups else 1) + any(chapter.outline for chapter in book.chapters)
    meta = {"dtb:uid": book.identifier, "dtb:depth": str(depth), "dtb:totalPageCount": "0", "dtb:maxPageNumber": "0"}
    yield f'{_DECLARATION}<ncx xmlns="{_NCX_NS}" version="2005-1" xml:lang={quoteattr(book.lang)}><head>'
    yield "".join(f"<meta name={quoteattr(name)} content={quoteattr(value)}/>" for name, value in meta.items())
    yield f"</head><docTitle><text>{escape(book.title)}</text></docTitle><navMap>"
    numbers = itertools.count(1)
    if not book.groups:
        yield from (_ncx_chapter(chapter, numbers) for chapter in book.chapters)
    for group in book.groups:
        yield _ncx_point(next(numbers), group.label, group.chapters[0].file_name)
        yield from (_ncx_chapter(chapter, numbers) for chapter in group.chapters)
        yield "</navPoint>"
    yield "</navMap></ncx>"


def _ncx_chapter(chapter: Chapter, numbers: Iterator[int]) -> str:
    """A chapter's navPoint, its sections' inside it."""
    sections = "".join(
        f"{_ncx_point(next(numbers), heading, f'{chapter.file_name}#{anchor}')}</navPoint>"
        for anchor, heading in chapter.outline
    )
    return f"{_ncx_point(next(numbers), chapter.title, chapter.file_name)}{sections}</navPoint>"


def _ncx_point(number: int, text: str, target: str) -> str:
    """The opening of a navPoint: its id, label and target (the caller closes it)."""
    label = f"<navLabel><text>{escape(text)}</text></navLabel>"
    return f'<navPoint id="n{number}">{label}<content src={quoteattr(target)}/>'
