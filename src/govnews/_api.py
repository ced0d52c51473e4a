"""The public functions; ``govnews/__init__.py`` re-exports them."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from typing import Any, BinaryIO, overload

from ._version import __version__
from .errors import ParseError, UnknownFormatError
from .exporting import Exporter, atomic_output, resolve_options, write_bytes
from .html import html_to_text, looks_like_html
from .model import Article, Provenance
from .parsing import parse_text
from .plugins import get_registry
from .reading import decode, normalise_newlines

__all__ = ["export", "exporters", "load_json", "parse", "parse_file"]

PARSER_NAME = f"govnews {__version__}"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse(data: str | bytes, *, path: str | os.PathLike[str] | None = None) -> Article:
    """Parse one article dump.

    Args:
        data: the dump: a page's text, or its HTML (laid out as text first);
            bytes are decoded (BOM, UTF-8, GB18030, then a guess).
        path: where the dump came from, recorded in ``provenance``.

    Raises:
        ParseError: the input is empty, binary or undecodable.
    """
    where = None if path is None else os.fspath(path)
    if isinstance(data, bytes):
        raw = data
        try:
            text, encoding = decode(data)
        except ParseError as error:
            raise error.with_path(where) if where else error from None
    elif isinstance(data, str):
        # A lone surrogate cannot come from real bytes and cannot be written out again.
        raw = data.encode("utf-8", "surrogatepass")
        text = normalise_newlines(_LONE_SURROGATE.sub("\ufffd", data))
        encoding = None
        if not text.strip():
            raise ParseError("empty input", where)
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    if looks_like_html(text):
        text = html_to_text(text)
    provenance = Provenance(sha256=hashlib.sha256(raw).hexdigest(), parser=PARSER_NAME, encoding=encoding, path=where)
    return parse_text(text, provenance)


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
    stream is written to. ``options`` are checked against the options the
    format declares (``govnews.exporting.resolve_options``), before anything
    is written: text such as ``indent="4"`` is read as the command line's
    ``-O indent=4`` would be.

    Raises:
        UnknownFormatError: no exporter has that name.
        OptionError: an option the format does not take, or a value it cannot read.
    """
    exporter = _exporter(format)
    resolved = resolve_options(exporter, options)
    batch = [articles] if isinstance(articles, Article) else list(articles)
    if target is None:
        return write_bytes(exporter, batch, **resolved)
    if isinstance(target, (str, os.PathLike)):
        with atomic_output(target) as out:
            exporter.write(batch, out, **resolved)
    else:
        exporter.write(batch, target, **resolved)
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
