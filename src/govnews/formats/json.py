"""The ``json`` and ``jsonl`` formats: the JSON form of DESIGN.md, UTF-8, not ASCII-escaped.

The form is :meth:`govnews.Article.to_dict`; these exporters only lay it out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
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
        settings = resolve_options(self, options, strict=False)
        data: Any = [article.to_dict() for article in articles]
        if len(articles) == 1 and not settings["array"]:
            data = data[0]
        out.write(_utf8(json.dumps(data, ensure_ascii=False, indent=settings["indent"] or None)))
        out.write(b"\n")


class JsonLinesExporter:
    """One compact JSON object per line, one line per article."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/x-ndjson"
    options = ()

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        for article in articles:
            line = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
            out.write(_utf8(line) + b"\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the JSON exporters."""
    register(JsonExporter())
    register(JsonLinesExporter())


def _utf8(text: str) -> bytes:
    # A lone surrogate cannot be UTF-8; written as a \uXXXX escape it is still valid JSON
    # and reads back as the same string.
    return text.encode("utf-8", "backslashreplace")
