"""The public functions; ``govnews/__init__.py`` re-exports them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any, BinaryIO, overload

from ._version import __version__
from .errors import ParseError, ParserBugError, UnknownFormatError
from .exporting import Exporter, atomic_output, resolve_options, write_articles, write_bytes
from .inputs import read_input
from .model import Article
from .parsing import parse_input
from .plugins import get_registry

__all__ = ["export", "exporters", "load_json", "parse", "parse_file"]

PARSER_NAME = f"govnews {__version__}"


def parse(data: str | bytes, *, path: str | os.PathLike[str] | None = None, url: str | None = None) -> Article:
    """Parse one article dump.

    Args:
        data: the dump: a page's text, or its saved HTML (the article found
            on the page and laid out as a browser shows it, its head read
            for hints); bytes are decoded (BOM, an HTML page's declared
            charset where the bytes agree with it, UTF-8, GB18030, then a guess).
        path: where the dump came from, recorded in ``provenance``.
        url: where the page was published, when the caller knows it (a web
            archive's record); recorded in ``provenance``.

    Raises:
        ParseError: the input is empty, binary, undecodable or shows no text.
        ParserBugError: the parser failed on this input (a bug in govnews; a ``ParseError`` too).
    """
    if not isinstance(data, (str, bytes)):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    where = None if path is None else os.fspath(path)
    try:
        return parse_input(read_input(data, path=where, url=url), PARSER_NAME)
    except ParseError:
        raise
    except Exception as error:  # a bug of ours: name the input, keep the cause chained
        raise ParserBugError(error, where) from error


def parse_file(path: str | os.PathLike[str]) -> Article:
    """Read and parse the dump at ``path``.

    Raises:
        ParseError: the file is not an article dump (empty, binary, undecodable).
        OSError: the file cannot be read.
    """
    with open(path, "rb") as handle:
        data = handle.read()
    return parse(data, path=path)


def exporters() -> dict[str, Exporter]:
    """Every available format, built-in and from plugins: name -> exporter."""
    return dict(get_registry().exporters)


def _exporter(name: str) -> Exporter:
    found = get_registry().exporters.get(name)
    if found is None:
        raise UnknownFormatError(name, sorted(get_registry().exporters))
    return found


@overload
def export(articles: Article | Iterable[Article], format: str, target: None = None, **options: Any) -> bytes: ...
@overload
def export(
    articles: Article | Iterable[Article], format: str, target: str | os.PathLike[str] | BinaryIO, **options: Any
) -> None: ...
def export(
    articles: Article | Iterable[Article],
    format: str,
    target: str | os.PathLike[str] | BinaryIO | None = None,
    **options: Any,
) -> bytes | None:
    """Write one article or several in ``format``.

    Without ``target`` the output is returned as bytes. A path is written
    atomically (whole or not at all, replacing what was there); a binary
    stream is written to. ``articles`` may be any iterable, a generator
    included: a format that streams (``json``, ``jsonl``, ``xml``,
    ``parquet``) takes them one at a time, so memory stays flat. ``options`` are checked against the options the
    format declares (``govnews.exporting.resolve_options``), before anything
    is written: text such as ``indent="4"`` is read as the command line's
    ``-O indent=4`` would be.

    Raises:
        UnknownFormatError: no exporter has that name.
        OptionError: an option the format does not take, or a value it cannot read.
    """
    exporter = _exporter(format)
    resolved = resolve_options(exporter, options)
    batch = [articles] if isinstance(articles, Article) else articles
    if target is None:
        return write_bytes(exporter, batch, **resolved)
    if isinstance(target, (str, os.PathLike)):
        with atomic_output(target) as out:
            write_articles(exporter, batch, out, **resolved)
    else:
        write_articles(exporter, batch, target, **resolved)
    return None


def load_json(data: str | bytes) -> Article | list[Article]:
    """Read JSON written by govnews (``json`` or ``jsonl``) back into articles.

    An object gives one ``Article``; an array or JSON lines give a list.

    Raises:
        ParseError: ``data`` is not govnews JSON.
    """
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        lines = [line for line in text.split("\n") if line.strip()]
        if len(lines) < 2:
            raise ParseError(f"not JSON: {error}") from None
        try:
            value = [json.loads(line) for line in lines]
        except json.JSONDecodeError:
            raise ParseError(f"not JSON: {error}") from None
    try:
        if isinstance(value, list):
            return [Article.from_dict(item) for item in value]
        return Article.from_dict(value)
    except ValueError as error:
        raise ParseError(f"not a govnews article: {error}") from None
