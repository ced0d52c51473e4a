"""govnews-markdown: articles as Markdown (CommonMark).

One article is one document: breadcrumb, ``#`` title, subtitle, a list of
the metadata, then the body (``heading`` blocks become ``##`` headings,
``attachment`` blocks a list, ``signature`` blocks a closing paragraph).
Several articles are separated by a thematic break; option ``title`` (the
command line's ``--title``) heads the collection and moves every heading
one level down. Markdown's special characters in the text are escaped, so
the text reads back exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from typing import Any, BinaryIO

import govnews

__all__ = ["MarkdownExporter", "escape", "register_exporters"]

#: Between two articles of a collection.
SEPARATOR = "* * *"

#: Metadata labels, as the portals print them.
_DOCUMENT_LABELS = {
    "index_number": "索引号",
    "document_number": "文号",
    "issuer": "发布机构",
    "written": "成文日期",
    "topic": "主题分类",
    "validity": "有效性",
}

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


def _when(value: dt.date | None) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat() if value else None


def _emphasis(text: str) -> str | None:
    return f"*{text}*" if text else None


def _metadata(article: govnews.Article) -> Iterator[tuple[str, object]]:
    """The metadata present, as (label, value) pairs."""
    for label, value in _all_metadata(article):
        if value not in (None, ""):
            yield label, value


def _all_metadata(article: govnews.Article) -> Iterator[tuple[str, object]]:
    yield "发布时间", _when(article.published)
    yield "来源", article.source
    yield "署名", article.byline.text
    yield "作者", "、".join(article.byline.authors)
    yield "编辑", "、".join(article.byline.editors)
    yield "摄影", "、".join(article.byline.photographers)
    yield "浏览次数", article.views
    if article.document:
        for field, label in _DOCUMENT_LABELS.items():
            value = getattr(article.document, field)
            yield label, _when(value) if isinstance(value, dt.date) else value
    yield from article.extra.items()


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

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        title = options.get("title")
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
