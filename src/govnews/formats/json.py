"""The ``json`` and ``jsonl`` formats: the JSON form of DESIGN.md, UTF-8, not ASCII-escaped.

The form is :meth:`govnews.Article.to_dict`; these exporters only lay it out.
Both write one record per article (``record``) inside a frame
(``write_records``): a batch serialises its articles in worker processes and
only frames them in the writing one, and memory does not grow with their number.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, islice
from typing import Any, BinaryIO

from govnews.exporting import Exporter, Option, resolve_options
from govnews.hookspecs import hookimpl
from govnews.model import Article


def _not_negative(number: int) -> str | None:
    return None if number >= 0 else "must be 0 or more"


class JsonExporter:
    """One article as an object; several (or none) as an array."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"
    options = (
        Option("indent", int, 2, "spaces of indentation; 0 for one line", check=_not_negative),
        Option("array", bool, False, "an array even for one article"),
    )

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        self.write_records((self.record(article, **options) for article in articles), out, **options)

    def record(self, article: Article, **options: Any) -> bytes:
        """One article as a JSON object, laid out as it stands alone."""
        indent = resolve_options(self, options, strict=False)["indent"]
        return _utf8(json.dumps(article.to_dict(), ensure_ascii=False, indent=indent or None))

    def write_records(self, records: Iterable[bytes], out: BinaryIO, **options: Any) -> None:
        """One object alone (unless ``array``), else an array of them, each indented one level more."""
        settings = resolve_options(self, options, strict=False)
        pending = iter(records)
        first = list(islice(pending, 2))
        if len(first) == 1 and not settings["array"]:
            out.write(first[0] + b"\n")
            return
        pad = b" " * settings["indent"]
        opening, between, closing = (b"[\n" + pad, b",\n" + pad, b"\n]\n") if pad else (b"[", b", ", b"]\n")
        out.write(opening if first else b"[")
        for number, record in enumerate(chain(first, pending)):
            out.write((between if number else b"") + (record.replace(b"\n", b"\n" + pad) if pad else record))
        out.write(closing if first else b"]\n")


class JsonLinesExporter:
    """One compact JSON object per line, one line per article."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/x-ndjson"
    options = ()

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        self.write_records((self.record(article) for article in articles), out)

    def record(self, article: Article, **options: Any) -> bytes:
        """One article as one line, its newline included."""
        return _utf8(json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))) + b"\n"

    def write_records(self, records: Iterable[bytes], out: BinaryIO, **options: Any) -> None:
        """The lines, one after another."""
        for record in records:
            out.write(record)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the JSON exporters."""
    register(JsonExporter())
    register(JsonLinesExporter())


def _utf8(text: str) -> bytes:
    # A lone surrogate cannot be UTF-8; written as a \uXXXX escape it is still valid JSON
    # and reads back as the same string.
    return text.encode("utf-8", "backslashreplace")
