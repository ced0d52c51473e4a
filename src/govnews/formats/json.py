"""The ``json`` and ``jsonl`` formats: the JSON form of DESIGN.md, UTF-8, not ASCII-escaped."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, BinaryIO

from ..errors import ExportError
from ..exporting import flag
from ..hookspecs import hookimpl
from ..model import Article
from ..serial import article_to_data


class JsonExporter:
    """One article as an object; several as an array. Option ``indent`` (default 2)."""

    name = "json"
    suffix = ".json"
    media_type = "application/json"

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        indent = _indent(options.get("indent", 2))
        data: Any = [article_to_data(a) for a in articles]
        if len(articles) == 1 and not flag(options.get("array", False)):
            data = data[0]
        out.write(_utf8(json.dumps(data, ensure_ascii=False, indent=indent)))
        out.write(b"\n")


class JsonLinesExporter:
    """One compact JSON object per line, one line per article."""

    name = "jsonl"
    suffix = ".jsonl"
    media_type = "application/x-ndjson"

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        for article in articles:
            line = json.dumps(article_to_data(article), ensure_ascii=False, separators=(",", ":"))
            out.write(_utf8(line) + b"\n")


@hookimpl
def register_exporters(register: Any) -> None:
    """Register the JSON exporters."""
    register(JsonExporter())
    register(JsonLinesExporter())


def _indent(value: object) -> int | None:
    try:
        indent = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ExportError(f"option indent must be a whole number, not {value!r}") from None
    return indent or None


def _utf8(text: str) -> bytes:
    # A lone surrogate cannot be UTF-8; written as a \uXXXX escape it is still valid JSON
    # and reads back as the same string.
    return text.encode("utf-8", "backslashreplace")
