"""Hand a planned :class:`~.plan.Book` and its pages to ebooklib, and write the EPUB reproducibly.

This module imports ebooklib (AGPL-3.0) at the top: only the EPUB exporter
imports it, and only when it writes a book. It imports the plan and the
pages; neither imports it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any, BinaryIO, Final

from ebooklib import epub  # type: ignore[import-untyped]
from lxml import etree

from .plan import Book, Chapter, words_for
from .xhtml import STYLESHEET, XML_LANG, render_chapter, render_title_page, stylesheet

__all__ = ["write_book"]

TITLE_PAGE: Final = "titlepage.xhtml"
_NCX_NS: Final = "http://www.daisy.org/z3986/2005/ncx/"
_NCX_NSMAP: Final[dict[Any, str]] = {None: _NCX_NS}
_XHTML: Final = "application/xhtml+xml"
_MIMETYPE: Final = "mimetype"
#: Regular files, rw-r--r--, made on Unix: the same bytes whatever the platform.
_FILE_MODE: Final = 0o100644 << 16
_UNIX: Final = 3
_WRITER_OPTIONS: Final = {
    "epub2_guide": False,
    "epub3_landmark": False,
    "epub3_pages": False,
    # ebooklib's ZIP is rewritten below: compressed fast, the copy held meanwhile stays small.
    "compresslevel": 1,
}


class _LazyChapter(epub.EpubItem):  # type: ignore[misc]
    """A chapter rendered when ebooklib writes it, so no two renderings are held at once."""

    def __init__(self, chapter: Chapter, uid: str) -> None:
        super().__init__(uid=uid, file_name=chapter.file_name, media_type=_XHTML)
        self.chapter = chapter

    def get_content(self, default: bytes | None = None) -> bytes:
        return render_chapter(self.chapter)


def write_book(book: Book, out: BinaryIO) -> None:
    """Write ``book`` as an EPUB to ``out``: the same book, the same bytes."""
    unpacked = io.BytesIO()
    writer = epub.EpubWriter(unpacked, _assemble(book), {**_WRITER_OPTIONS, "mtime": book.modified})
    writer.process()
    writer.write()
    if _seekable(out):
        _repack(unpacked, out, book.modified)
        return
    packed = io.BytesIO()  # a ZIP written to a pipe would get data descriptors EPUB forbids
    _repack(unpacked, packed, book.modified)
    out.write(packed.getbuffer())


def _seekable(out: BinaryIO) -> bool:
    try:
        return bool(out.seekable())
    except (AttributeError, ValueError):
        return False


def _assemble(book: Book) -> epub.EpubBook:
    """The ebooklib book: metadata, stylesheet, pages, spine and table of contents."""
    ebook = epub.EpubBook()
    ebook.set_identifier(book.identifier)
    ebook.set_title(book.title)
    ebook.set_language(book.lang)
    for lang in book.languages[1:]:
        ebook.add_metadata("DC", "language", lang)
    for name in book.creators:
        ebook.add_metadata("DC", "creator", name)
    for name in book.publishers:
        ebook.add_metadata("DC", "publisher", name)
    if book.date:
        ebook.add_metadata("DC", "date", book.date)
    ebook.set_template("ncx", _ncx_template(book.lang))
    style = ebook.add_item(
        epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=stylesheet())
    )
    nav = epub.EpubNav(title=words_for(book.lang)["contents"])
    nav.add_item(style)
    ebook.add_item(nav)
    ebook.add_item(epub.EpubNcx())
    spine: list[epub.EpubItem] = []
    if book.is_collection:
        spine.append(
            ebook.add_item(
                epub.EpubItem(uid="titlepage", file_name=TITLE_PAGE, media_type=_XHTML, content=render_title_page(book))
            )
        )
        spine.append(nav)
    for number, chapter in enumerate(book.chapters, start=1):
        spine.append(ebook.add_item(_LazyChapter(chapter, f"chapter-{number}")))
    ebook.spine = spine
    ebook.toc = _toc(book)
    return ebook


def _toc(book: Book) -> list[object]:
    """Links to every chapter, under a heading per channel when there are several."""
    if not book.groups:
        return [_toc_link(chapter) for chapter in book.chapters]
    return [(epub.Section(channel), [_toc_link(c) for c in members]) for channel, members in book.groups]


def _toc_link(chapter: Chapter) -> epub.Link:
    return epub.Link(chapter.file_name, chapter.title, f"toc-{chapter.file_name.removesuffix('.xhtml')}")


def _ncx_template(lang: str) -> bytes:
    """ebooklib's empty NCX, with the book's language."""
    ncx = etree.Element(f"{{{_NCX_NS}}}ncx", nsmap=_NCX_NSMAP, version="2005-1")
    ncx.set(XML_LANG, lang)
    return etree.tostring(ncx, encoding="utf-8")


def _repack(unpacked: io.BytesIO, out: BinaryIO, when: dt.datetime) -> None:
    """Copy the ZIP entry by entry with fixed times and modes; ``mimetype`` stays first and stored."""
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(unpacked) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_STORED if entry.filename == _MIMETYPE else zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry))
