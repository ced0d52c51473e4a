"""Web archives (WARC, plain or gzipped): each HTML response record is one input.

Read with warcio (the ``warc`` extra: ``pip install 'govnews[warc]'``),
record by record, never the whole file: ``ArchiveIterator`` over the open
file. A record is a page when it is a ``response`` whose HTTP
``Content-Type`` is HTML (``text/html``, ``application/xhtml+xml``); its
body (transfer and content encodings undone) is handed on with the
record's ``WARC-Target-URI`` and ``WARC-Record-ID``. Every other record
(``warcinfo``, ``request``, ``metadata``, images, redirects without HTML …)
is counted as skipped, never parsed.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import IO, Any, Final

import attrs

from ..errors import ParseError

__all__ = ["MAX_RECORD", "MISSING_EXTRA", "WarcPage", "WarcSkip", "warc_pages"]

#: What a user without the extra is told.
MISSING_EXTRA: Final = "reading WARC files needs warcio: pip install 'govnews[warc]'"
#: The most bytes a record's body may hold to be read as a page (64 MiB).
MAX_RECORD: Final = 64 * 2**20
_HTML_TYPES: Final = ("text/html", "application/xhtml+xml")
#: The charset parameter of a Content-Type header, its value bare or quoted.
_CHARSET_PARAMETER: Final = re.compile(r";\s*charset\s*=\s*[\"']?([-\w.:]+)", re.IGNORECASE)


@attrs.frozen
class WarcPage:
    """One HTML response record: its body's bytes, where it was published, and its record id.

    ``number`` counts the pages of the file from 1 (other records not counted).
    """

    number: int
    record_id: str
    url: str | None
    data: bytes
    #: The charset the response's ``Content-Type`` declares, lower-cased, or None.
    charset: str | None = None


@attrs.frozen
class WarcSkip:
    """A record that is no HTML page, or a page that cannot be read; ``reason`` says which."""

    record_id: str
    reason: str
    failed: bool = False  # True: a page that should have been read (too big, body cut short)


def _charset_of(content_type: str) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header ("text/html; charset=GBK" -> "gbk")."""
    found = _CHARSET_PARAMETER.search(content_type)
    return found.group(1).lower() if found else None


def _archive_iterator() -> Any:
    try:
        return importlib.import_module("warcio.archiveiterator").ArchiveIterator
    except ImportError:
        raise ParseError(MISSING_EXTRA) from None


def warc_pages(stream: IO[bytes], path: str) -> Iterator[WarcPage | WarcSkip]:
    """The records of the WARC read from ``stream``, in order: pages and skipped records.

    Raises:
        ParseError: warcio is not installed, or the file is no WARC (or breaks
            off); the pages before the break have been given.
    """
    iterator = _archive_iterator()
    number = 0
    try:
        for record in iterator(stream):
            if record.format != "warc":  # warcio reads some text, and old ARC files, as ARC records
                raise ParseError(f"not a WARC: a record in {record.format.upper()} form", path)
            record_id = record.rec_headers.get_header("WARC-Record-ID") or "(no record id)"
            if record.rec_type != "response" or record.http_headers is None:
                yield WarcSkip(record_id, f"a {record.rec_type} record")
                continue
            header = record.http_headers.get_header("Content-Type") or ""
            content_type = header.split(";")[0].strip().lower()
            if content_type not in _HTML_TYPES:
                yield WarcSkip(record_id, f"a response of type {content_type or 'unknown'}")
                continue
            number += 1
            body = record.content_stream().read(MAX_RECORD + 1)
            if len(body) > MAX_RECORD:
                yield WarcSkip(record_id, f"a page over {MAX_RECORD:,} bytes; not read", failed=True)
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield WarcPage(number, record_id, url, body, _charset_of(header))
    except ParseError:
        raise
    except Exception as error:  # warcio's ArchiveLoadFailed, a zlib error, a cut-short member …
        detail = " ".join(f"{type(error).__name__}: {error}".split()).rstrip(":")
        raise ParseError(f"not a readable WARC: {detail}", path) from None
