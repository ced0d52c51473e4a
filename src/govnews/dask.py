"""govnews on Dask: the same reading and parsing as a ``dask.bag.Bag``, past one machine.

Needs the ``dask`` extra (``pip install 'govnews[dask]'``; add ``parquet``
for :func:`to_parquet`, ``warc`` for web archives). ``import govnews`` does
not import this module; ``import govnews.dask`` does, and Dask with it.

>>> import govnews.dask                                         # doctest: +SKIP
>>> bag = govnews.dask.read_dumps("s3://bucket/dumps/**/*.txt.gz")  # doctest: +SKIP
>>> bag.filter(lambda a: a.source == "温州日报").count().compute()   # doctest: +SKIP

Paths are read through fsspec, so a local path, a glob or a URL of any
filesystem fsspec knows (``s3://``, ``gs://``, ``hdfs://``, ``https://`` …,
each with its own fsspec package) will do. Every file is read by the worker
that parses it: only paths are sent out, articles come back.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

import govnews

from .errors import ParseError
from .inputs.gzipped import gunzip
from .inputs.sources import describe_os_error, is_searched, kind_of
from .inputs.warc import WarcPage, warc_pages

if TYPE_CHECKING:
    import dask.bag

__all__ = ["MISSING_EXTRA", "paths_of", "read_dumps", "to_jsonl", "to_parquet"]

#: What a user without the extra is told.
MISSING_EXTRA: Final = "govnews.dask needs Dask: pip install 'govnews[dask]'"
#: Files read by one task: enough to make a task worth sending, few enough to spread a folder over workers.
FILES_PER_PARTITION: Final = 64
_GLOB_CHARACTERS: Final = frozenset("*?[")

try:  # Dask and fsspec are untyped: used through these two names
    _bag: Any = importlib.import_module("dask.bag")
    _fsspec: Any = importlib.import_module("fsspec")
except ImportError as error:
    raise ImportError(MISSING_EXTRA) from error

Errors = Literal["skip", "include", "raise"]


def paths_of(paths: str | Sequence[str], storage_options: Mapping[str, Any] | None = None) -> tuple[Any, list[str]]:
    """The fsspec filesystem, and the files ``paths`` name, sorted: a file, a folder or a glob.

    A folder is searched for ``*.txt``, ``*.htm``, ``*.html``, those gzipped,
    ``*.warc`` and ``*.warc.gz``; a glob is taken as it matches.
    """
    given = [paths] if isinstance(paths, str) else list(paths)
    filesystem, _, _ = _fsspec.core.get_fs_token_paths(given[:1], storage_options=dict(storage_options or {}))
    found: list[str] = []
    for path in given:
        stripped = filesystem._strip_protocol(path)
        if _GLOB_CHARACTERS & set(path):
            found += sorted(filesystem.glob(stripped))
        elif filesystem.isdir(stripped):
            details = filesystem.find(stripped, detail=True)
            found += sorted(p for p, info in details.items() if info.get("type") == "file" and is_searched(p))
        else:
            found.append(stripped)
    return filesystem, found


def read_dumps(
    paths: str | Sequence[str],
    *,
    storage_options: Mapping[str, Any] | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    errors: Errors = "skip",
) -> dask.bag.Bag:
    """A bag of the ``Article`` of every dump ``paths`` name, parsed where the bag is computed.

    Each file is read as ``govnews convert`` reads it: a dump (text or HTML,
    gzipped or not), or a WARC, which gives an article per HTML page (its
    URL in ``provenance.url``).

    Args:
        paths: a path, folder, glob or URL, or a list of them (see :func:`paths_of`).
        storage_options: passed to fsspec (credentials, endpoints).
        files_per_partition: files read by one task.
        errors: what becomes of an input that is no article: ``skip`` leaves
            it out, ``include`` puts its ``govnews.ParseError`` (naming the
            input) in its place, ``raise`` makes the computation fail with it.
    """
    filesystem, found = paths_of(paths, storage_options)
    sources = _bag.from_sequence(found, partition_size=max(1, files_per_partition)) if found else _bag.from_sequence([])
    articles: dask.bag.Bag = sources.map_partitions(_parse_partition, filesystem, errors)
    return articles


def _parse_partition(paths: Sequence[str], filesystem: Any, errors: Errors) -> list[Any]:
    items: list[Any] = []
    for path in paths:
        for item in _parse_path(filesystem, path):
            if isinstance(item, govnews.Article) or errors == "include":
                items.append(item)
            elif errors == "raise":
                raise item
    return items


def _parse_path(filesystem: Any, path: str) -> Iterator[govnews.Article | ParseError]:
    kind = kind_of(path)
    try:
        with filesystem.open(path, "rb") as stream:
            if kind == "warc":
                for page in warc_pages(stream, path):
                    label = f"{path} record {page.record_id}"
                    if isinstance(page, WarcPage):
                        yield _parse(page.data, path, page.url, label, page.charset)
                    elif page.failed:
                        yield ParseError(page.reason, label)
                return
            data = gunzip(stream, path) if kind == "gzip" else stream.read()
    except ParseError as error:
        yield error if error.path else error.with_path(path)
        return
    except OSError as error:
        yield ParseError(describe_os_error(error), path)
        return
    yield _parse(data, path, None, path)


def _parse(
    data: bytes, path: str, url: str | None, label: str, charset: str | None = None
) -> govnews.Article | ParseError:
    try:
        return govnews.parse(data, path=path, url=url, charset=charset)
    except ParseError as error:
        return error.with_path(label)


def to_jsonl(articles: dask.bag.Bag, path: str, **kwargs: Any) -> list[str]:
    """Write the bag as JSON lines, one file per partition (``path``: ``out/*.jsonl``, ``*`` the partition number).

    ``kwargs`` go to ``Bag.to_textfiles`` (``storage_options``, ``compression``).
    Returns the names of the files written.
    """
    bag: Any = articles
    written: list[str] = bag.map(_json_line).to_textfiles(path, last_endline=True, encoding="utf-8", **kwargs)
    return written


def _json_line(article: govnews.Article) -> str:
    return govnews.export(article, "jsonl").decode("utf-8").rstrip("\n")


def to_parquet(
    articles: dask.bag.Bag, folder: str, *, storage_options: Mapping[str, Any] | None = None, **options: Any
) -> list[str]:
    """Write the bag as Parquet, one file per partition (``part.00000.parquet`` …) in ``folder``.

    The files share the ``parquet`` format's schema (see ``docs/formats.md``),
    so a reader takes the folder as one table (``pyarrow.dataset``,
    ``duckdb``'s ``read_parquet('folder/*.parquet')``). ``options`` are the
    format's (``row_group``, ``compression``). Needs the ``parquet`` extra too.
    Returns the names of the files written.
    """
    filesystem, _, (root,) = _fsspec.core.get_fs_token_paths(folder, storage_options=dict(storage_options or {}))
    filesystem.makedirs(root, exist_ok=True)
    dask = importlib.import_module("dask")
    bag: Any = articles
    writes = [
        dask.delayed(_write_parquet)(part, filesystem, f"{root}/part.{number:05d}.parquet", options)
        for number, part in enumerate(bag.to_delayed())
    ]
    written: tuple[str, ...] = dask.compute(*writes)
    return list(written)


def _write_parquet(articles: list[govnews.Article], filesystem: Any, path: str, options: Mapping[str, Any]) -> str:
    with filesystem.open(path, "wb") as out:
        govnews.export(articles, "parquet", out, **options)
    return path
