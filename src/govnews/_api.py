"""The public functions; ``govnews/__init__.py`` re-exports them."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, overload

from ._version import __version__
from .errors import ParseError, ParserBugError, UnknownFormatError
from .exporting import Exporter, atomic_output, resolve_options, write_articles, write_bytes
from .inputs import read_input
from .inputs.sources import read_file
from .model import Article
from .parsing import parse_input
from .plugins import get_registry

__all__ = ["export", "exporters", "load_json", "load_jsonl", "parse", "parse_file"]

PARSER_NAME = f"govnews {__version__}"
_BOM = "\ufeff"


def parse(
    data: str | bytes,
    *,
    path: str | os.PathLike[str] | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Article:
    """Parse one article dump.

    Args:
        data: the dump: a page's text, or its saved HTML (the article found
            on the page and laid out as a browser shows it, its head read
            for hints); bytes are decoded (BOM, an HTML page's declared
            charset where the bytes agree with it, UTF-8, GB18030, then a guess).
        path: where the dump came from, recorded in ``provenance``.
        url: where the page was published, when the caller knows it (a web
            archive's record); recorded in ``provenance``.
        charset: the charset the transport declared for ``data`` (an HTTP
            ``Content-Type``, a web archive's record): tried first after a BOM,
            where the bytes decode cleanly in it; recorded in ``provenance``.

    Raises:
        ParseError: the input is empty, binary, undecodable or shows no text.
        ParserBugError: the parser failed on this input (a bug in govnews; a ``ParseError`` too).
    """
    if not isinstance(data, (str, bytes)):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    where = None if path is None else os.fspath(path)
    try:
        return parse_input(read_input(data, path=where, url=url, charset=charset), PARSER_NAME)
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
    return parse(read_file(path), path=path)


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


def load_json(data: str | bytes) -> list[Article]:
    """The articles of a JSON document written by govnews (the ``json`` format), always as a list.

    An array gives its articles in order; a single object (what the ``json``
    format writes for one article) gives a list of one. So
    ``load_json(export(articles, "json")) == list(articles)`` holds for any
    number of articles. For JSON lines (the ``jsonl`` format) use
    :func:`load_jsonl`; for one object already parsed, :meth:`Article.from_dict`.

    Args:
        data: the document; bytes are read as UTF-8 (a byte order mark is allowed).

    Raises:
        ParseError: ``data`` is not JSON, or not govnews's form of articles; the
            message says where (``article[2].published: …``) and why.
    """
    text = _text(data, "load_json")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        hint = " (JSON lines? use govnews.load_jsonl)" if error.msg == "Extra data" else ""
        raise ParseError(f"not JSON: {error}{hint}") from None
    if isinstance(value, list):
        return [_article(item, f"article[{index}]") for index, item in enumerate(value)]
    return [_article(value, "article")]


def load_jsonl(lines: str | bytes | Iterable[str] | Iterable[bytes]) -> Iterator[Article]:
    """The articles of JSON lines written by govnews (the ``jsonl`` format), one at a time.

    Articles are read as they are asked for, so a file of any size takes the
    memory of one line: ``for article in load_jsonl(stream)``. Blank lines are
    passed over. It is an iterator (``list(load_jsonl(data))`` holds them all);
    a bad line raises when it is reached, after the articles before it.

    Args:
        lines: the whole text (str, or bytes read as UTF-8), or anything that
            yields lines: a file opened in binary or text mode, ``sys.stdin``, a
            list of strings. A path is not read: open it, ``with open(path, "rb")
            as stream: ...``.

    Raises:
        TypeError: ``lines`` is a path or a number, at once.
        ParseError: when a line that is not govnews JSON is reached; it names the
            line (``line 3: not JSON: …``) and the stream's file name where it has one.
    """
    if isinstance(lines, (os.PathLike, int)):
        raise TypeError(f"load_jsonl() takes text, bytes or lines, not {type(lines).__name__}; open a path first")
    if isinstance(lines, bytes):
        return _articles_of_lines(io.BytesIO(lines), None)
    if isinstance(lines, str):
        return _articles_of_lines(io.StringIO(lines), None)
    name = getattr(lines, "name", None)
    return _articles_of_lines(lines, name if isinstance(name, str) else None)


def _articles_of_lines(lines: Iterable[str] | Iterable[bytes], path: str | None) -> Iterator[Article]:
    """One article per non-blank line; a bad line raises a ParseError naming it (and ``path``)."""
    for number, line in enumerate(lines, start=1):
        try:
            text = _text(line, "load_jsonl")
            if number == 1:
                text = text.removeprefix(_BOM)
            if not text.strip():
                continue
            try:
                value = json.loads(text)
            except json.JSONDecodeError as error:
                raise ParseError(f"not JSON: {error.msg} at column {error.colno}") from None
            yield _article(value, "article")
        except ParseError as error:
            raise ParseError(f"line {number}: {error.reason}", path) from None


def _text(data: object, caller: str) -> str:
    """``data`` as text: bytes are UTF-8 (a leading byte order mark dropped)."""
    if isinstance(data, str):
        return data
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ParseError(f"not UTF-8: {error}") from None
    raise TypeError(f"{caller}() reads str or bytes, not {type(data).__name__}")


def _article(value: Any, where: str) -> Article:
    """The article whose JSON form is ``value``, or a ParseError saying where (``where``) and why it is not."""
    try:
        return Article.from_dict(value)
    except ValueError as error:  # its message starts "article…: reason"
        raise ParseError(f"not a govnews article: {where}{str(error).removeprefix('article')}") from None
