"""govnews-markdown: articles as Markdown (CommonMark).

One article is one document: breadcrumb, ``#`` title, subtitle, a list of
the metadata, then the body (``heading`` blocks become ``##`` headings,
``attachment`` blocks a list, ``signature`` blocks a closing paragraph).
Several articles are separated by a thematic break; option ``title`` (the
command line's ``--title``) heads the collection and moves every heading
one level down. Markdown's special characters in the text are escaped, so
the text reads back exactly as it was.

The metadata list walks the model (``govnews.model.shape``) and labels each
field as the model does (``govnews.model.label``): a field govnews adds shows
up here without a change.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from typing import Any, BinaryIO

import govnews
from govnews.exporting import Option, resolve_options
from govnews.model import label, shape

__all__ = ["MarkdownExporter", "escape", "register_exporters"]

#: Between two articles of a collection.
SEPARATOR = "* * *"

#: Article fields placed on their own (title, trail, body) or not for readers (provenance).
_NOT_METADATA = frozenset({"title", "subtitle", "breadcrumb", "body", "provenance"})

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")  # escaped wherever they stand
_HEADING_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")  # and '#', which could close a heading
_ENTITY = re.compile(r"&(?=#?\w+;)")  # an '&' that would start an entity such as &amp;
_BLOCK_MARK = re.compile(r"^[#+=-]")  # would start a heading, a list or a rule
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")  # would start an ordered list
_HARD_BREAK = "\\\n"


def escape(text: str) -> str:
    """``text`` as Markdown that renders as that text; inner newlines become line breaks.

    Spaces and tabs around each line and blank lines are dropped, as Markdown would.
    """
    lines = (line.strip(" \t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _HARD_BREAK.join(_escape_line(line) for line in lines if line)


def _escape_line(line: str, special: re.Pattern[str] = _INLINE_SPECIAL) -> str:
    line = _ENTITY.sub("\\&", special.sub(r"\\\1", line))
    return _LIST_NUMBER.sub(r"\1\\\2", _BLOCK_MARK.sub(r"\\\g<0>", line))


def _heading(level: int, text: str) -> str | None:
    flat = _escape_line(" ".join(text.split()), _HEADING_SPECIAL)
    return f"{'#' * min(level, 6)} {flat}" if flat else None


def _shown(value: object) -> object:
    """A value as the list shows it: a time to the minute, names joined; None or "" for nothing."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "、".join(value)
    return value


def _emphasis(text: str) -> str | None:
    return f"*{text}*" if text else None


def _metadata(article: govnews.Article) -> Iterator[tuple[str, object]]:
    """The metadata present, as (label, value) pairs."""
    for name, value in _all_metadata(article):
        if value not in (None, ""):
            yield name, value


def _all_metadata(article: govnews.Article) -> Iterator[tuple[str, object]]:
    """Every metadata field in model order, labelled; a part (byline, document) by its own fields."""
    for item in shape(govnews.Article):
        value = getattr(article, item.name)
        if item.name in _NOT_METADATA or value is None:
            continue
        if item.kind == "mapping":
            yield from value.items()
        elif item.kind == "part":
            yield from _part_metadata(value)
        else:
            yield label(govnews.Article, item.name), _shown(value)


def _part_metadata(part: object) -> Iterator[tuple[str, object]]:
    """A part's fields, labelled; its ``text`` (a credit as printed) before the names read from it."""
    for item in sorted(shape(type(part)), key=lambda item: item.name != "text"):
        yield label(type(part), item.name), _shown(getattr(part, item.name))


def _body(blocks: Sequence[govnews.Block], level: int) -> Iterator[str | None]:
    for kind, group in groupby(blocks, key=lambda b: b.kind):
        if kind == "heading":
            yield from (_heading(level + 1, block.text) for block in group)
            continue
        texts = [escape(block.text) for block in group]
        if kind == "attachment":
            yield "\n".join(f"- {text}" for text in texts if text) or None
        elif kind == "signature":
            yield _HARD_BREAK.join(text for text in texts if text) or None
        else:
            yield from texts


def render(article: govnews.Article, level: int = 1) -> str:
    """One article as a Markdown document whose title is a heading of ``level``."""
    parts: list[str | None] = [
        " › ".join(escape(crumb) for crumb in article.breadcrumb),
        _heading(level, article.title or ""),
        _emphasis(escape(article.subtitle or "")),
        "\n".join(f"- {escape(label)}: {escape(str(value))}" for label, value in _metadata(article)),
        *_body(article.body, level),
    ]
    return "\n\n".join(part for part in parts if part)


class MarkdownExporter:
    """Markdown, UTF-8. Option ``title``: a heading above a collection."""

    name = "markdown"
    suffix = ".md"
    media_type = "text/markdown"
    options = (Option("title", str, None, "a heading above the articles; moves every other heading one level down"),)

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        title = resolve_options(self, options, strict=False)["title"]
        level = 2 if title else 1
        documents = (render(article, level) for article in articles)
        text = f"\n\n{SEPARATOR}\n\n".join(doc for doc in documents if doc)
        heading = _heading(1, str(title)) if title else None
        if heading:
            text = f"{heading}\n\n{text}" if text else heading
        out.write(text.encode("utf-8", "backslashreplace") + b"\n")


@govnews.hookimpl
def register_exporters(register: Callable[[MarkdownExporter], None]) -> None:
    """Give govnews the ``markdown`` format."""
    register(MarkdownExporter())
