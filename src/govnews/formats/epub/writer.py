"""Hand a planned :class:`~.plan.Book` and its pages to ebooklib, and write the EPUB reproducibly.

This module imports ebooklib (AGPL-3.0) at the top: only the EPUB exporter
imports it, and only when it writes a book. It imports the plan, the pages
and the navigation; none of them imports it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Iterable, Mapping
from typing import BinaryIO, Final

from ebooklib import epub  # type: ignore[import-untyped]

from .navigation import NAV, NCX, render_nav, render_ncx
from .plan import Book, Chapter
from .xhtml import COVER, STYLESHEET, render_chapter, render_cover, stylesheet

__all__ = ["write_book"]

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
    unpacked, folder = _written_by_ebooklib(book)
    ours = {f"{folder}/{NCX}": lambda: render_ncx(book)}
    if _seekable(out):
        _repack(unpacked, out, book.modified, ours)
        return
    packed = io.BytesIO()  # a ZIP written to a pipe would get data descriptors EPUB forbids
    _repack(unpacked, packed, book.modified, ours)
    out.write(packed.getbuffer())


def _written_by_ebooklib(book: Book) -> tuple[io.BytesIO, str]:
    """The ZIP ebooklib writes for ``book``, and the folder of the book's files in it.

    Nothing of ebooklib's book is kept once it is written: its pages are not
    held while the ZIP is repacked.
    """
    unpacked = io.BytesIO()
    ebook = _assemble(book)
    writer = epub.EpubWriter(unpacked, ebook, {**_WRITER_OPTIONS, "mtime": book.modified})
    writer.process()
    writer.write()
    return unpacked, str(ebook.FOLDER_NAME)


def _seekable(out: BinaryIO) -> bool:
    try:
        return bool(out.seekable())
    except (AttributeError, ValueError):
        return False


def _assemble(book: Book) -> epub.EpubBook:
    """The ebooklib book: metadata, stylesheet, pages and spine.

    The navigation document and the NCX are ours (:mod:`.navigation`):
    ebooklib's cannot hide a chapter's sections where the contents are read
    in the spine, and pretty-prints a long NCX. ebooklib is left an empty
    table of contents, so that it declares the NCX in the package document;
    :func:`_repack` puts ours in its place.
    """
    ebook = epub.EpubBook()
    ebook.set_identifier(book.identifier)
    ebook.set_title(book.title)
    ebook.set_language(book.lang)
    for lang in book.languages[1:]:
        ebook.add_metadata("DC", "language", lang)
    for name in book.creators:
        ebook.add_metadata("DC", "creator", name)
    if book.publisher:
        ebook.add_metadata("DC", "publisher", book.publisher)
    if book.date:
        ebook.add_metadata("DC", "date", book.date)
    ebook.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=stylesheet()))
    nav = ebook.add_item(epub.EpubItem(uid="nav", file_name=NAV, media_type=_XHTML, content=render_nav(book)))
    nav.properties = ["nav"]
    ebook.add_item(epub.EpubNcx(file_name=NCX))
    spine: list[epub.EpubItem] = []
    if book.is_collection:
        cover = epub.EpubItem(uid="cover", file_name=COVER, media_type=_XHTML, content=render_cover(book))
        spine.append(ebook.add_item(cover))
        spine.append(nav)
    for number, chapter in enumerate(book.chapters, start=1):
        spine.append(ebook.add_item(_LazyChapter(chapter, f"chapter-{number}")))
    ebook.spine = spine
    return ebook


def _repack(
    unpacked: io.BytesIO, out: BinaryIO, when: dt.datetime, ours: Mapping[str, Callable[[], Iterable[str]]]
) -> None:
    """Copy the ZIP entry by entry with fixed times and modes; an entry named in ``ours`` is written as made.

    ``mimetype`` stays first and stored. ``out`` must be seekable, so that
    no entry needs a data descriptor.
    """
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(unpacked) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.create_system = _UNIX
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_STORED if entry.filename == _MIMETYPE else zipfile.ZIP_DEFLATED
            make = ours.get(entry.filename)
            if make is None:
                target.writestr(info, source.read(entry))
                continue
            with target.open(info, "w") as written:
                for piece in make():
                    written.write(piece.encode("utf-8"))
