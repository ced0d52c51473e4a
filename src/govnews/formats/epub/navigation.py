"""The navigation of an EPUB book: the EPUB 3 navigation document and the NCX for older readers.

Both list the same entries: the contents' groups (:attr:`~.plan.Book.groups`),
each chapter, and each chapter's sections (:attr:`~.plan.Chapter.outline`).
They are written here, compact, rather than by ebooklib, which pretty-prints
the NCX and cannot hide the sections on a contents page read in the spine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from lxml import etree

from .plan import Book, Chapter, words_for
from .xhtml import COVER, EPUB_TYPE, XML_LANG, add, serialise, start_document

__all__ = ["NAV", "NCX", "render_nav", "render_ncx"]

NAV: Final = "nav.xhtml"
NCX: Final = "toc.ncx"
_NCX_NS: Final = "http://www.daisy.org/z3986/2005/ncx/"
_NCX_NSMAP: Final[dict[Any, str]] = {None: _NCX_NS}


def render_nav(book: Book) -> bytes:
    """The navigation document: the contents (groups, chapters, each chapter's sections) and the landmarks.

    In a collection the contents page is also read in the spine; there the
    sections of each chapter are ``hidden``, left to the reading system's own
    contents view, so the page lists articles only.
    """
    words = words_for(book.lang)
    html, body = start_document(words["contents"], book.lang)
    nav = add(body, "nav", attrib={EPUB_TYPE: "toc", "id": "toc", "role": "doc-toc"})
    add(nav, "h1", words["contents"])
    listing = add(nav, "ol")
    for group in book.groups:
        item = add(listing, "li")
        add(item, "span", group.label)
        members = add(item, "ol")
        for chapter in group.chapters:
            _add_contents_entry(members, chapter, book.is_collection)
    if not book.groups:
        for chapter in book.chapters:
            _add_contents_entry(listing, chapter, book.is_collection)
    landmarks = add(body, "nav", attrib={EPUB_TYPE: "landmarks", "hidden": "hidden"})
    add(landmarks, "h2", words["landmarks"])
    marks = add(landmarks, "ol")
    if book.is_collection:
        add(add(marks, "li"), "a", words["cover"], {EPUB_TYPE: "cover", "href": COVER})
        add(add(marks, "li"), "a", words["contents"], {EPUB_TYPE: "toc", "href": f"{NAV}#toc"})
    add(add(marks, "li"), "a", words["start"], {EPUB_TYPE: "bodymatter", "href": book.chapters[0].file_name})
    return serialise(html)


def _add_contents_entry(parent: etree._Element, chapter: Chapter, hide_sections: bool) -> None:
    """A chapter's line of the contents, with its sections (:attr:`Chapter.outline`) under it."""
    item = add(parent, "li")
    add(item, "a", chapter.title, {"href": chapter.file_name})
    if not chapter.outline:
        return
    sections = add(item, "ol", attrib={"hidden": "hidden"} if hide_sections else None)
    for anchor, heading in chapter.outline:
        add(add(sections, "li"), "a", heading, {"href": f"{chapter.file_name}#{anchor}"})


def render_ncx(book: Book) -> bytes:
    """The NCX (EPUB 2's table of contents): the entries of :func:`render_nav`, nested alike."""
    ncx = etree.Element(f"{{{_NCX_NS}}}ncx", nsmap=_NCX_NSMAP, version="2005-1")
    ncx.set(XML_LANG, book.lang)
    head = _ncx_add(ncx, "head")
    depth = (2 if book.groups else 1) + any(chapter.outline for chapter in book.chapters)
    for name, content in (("dtb:uid", book.identifier), ("dtb:depth", str(depth)), ("dtb:totalPageCount", "0")):
        _ncx_add(head, "meta", name=name, content=content)
    _ncx_add(head, "meta", name="dtb:maxPageNumber", content="0")
    _ncx_add(_ncx_add(ncx, "docTitle"), "text").text = book.title
    nav_map = _ncx_add(ncx, "navMap")
    numbers = (f"n{number}" for number in range(1, 1 << 62))
    if not book.groups:
        for chapter in book.chapters:
            _ncx_chapter(nav_map, chapter, numbers)
    for group in book.groups:
        point = _ncx_point(nav_map, next(numbers), group.label, group.chapters[0].file_name)
        for chapter in group.chapters:
            _ncx_chapter(point, chapter, numbers)
    return etree.tostring(ncx, encoding="utf-8", xml_declaration=True)


def _ncx_chapter(parent: etree._Element, chapter: Chapter, numbers: Iterator[str]) -> None:
    """A chapter's navPoint, its sections' inside it."""
    point = _ncx_point(parent, next(numbers), chapter.title, chapter.file_name)
    for anchor, heading in chapter.outline:
        _ncx_point(point, next(numbers), heading, f"{chapter.file_name}#{anchor}")


def _ncx_point(parent: etree._Element, identifier: str, text: str, target: str) -> etree._Element:
    point = _ncx_add(parent, "navPoint", id=identifier)
    _ncx_add(_ncx_add(point, "navLabel"), "text").text = text
    _ncx_add(point, "content", src=target)
    return point


def _ncx_add(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, f"{{{_NCX_NS}}}{tag}", attributes)
