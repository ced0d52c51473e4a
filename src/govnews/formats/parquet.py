"""The ``parquet`` format: one row per article, typed columns, for pandas, DuckDB, Spark and friends.

The columns follow the model, walking :func:`govnews.model.shape`, so a
field added to the model gets its column without a change here:

- a text field is a ``string`` column, a number an ``int64``;
- a list of names (``breadcrumb``, ``byline.authors`` …) is ``list<string>``;
- ``extra`` (a mapping) is ``map<string, string>``;
- ``body`` (a tuple of parts) is ``list<struct<kind: string, text: string>>``;
- a part (``byline``, ``document``, ``provenance``) is not a column of its
  own: each of its fields is, named ``part_field`` (``document_issuer``);
- a time (``published``, ``document.written``) is two columns: ``NAME``, a
  ``date32`` holding the day in the page's own zone, set whenever the page
  gives a day, and ``NAME_time``, a ``timestamp[us, tz=Asia/Shanghai]``,
  set only when the page gives a time of day. A day alone is not midnight:
  keeping the two apart lets every row be grouped by day, and leaves no
  invented time behind.

Rows are written in row groups of ``row_group`` articles (option, default
2,000) as they come: the exporter streams, so memory holds one row group,
not the whole output. Compression is zstd unless ``compression`` says
otherwise. pyarrow comes with the ``parquet`` extra
(``pip install 'govnews[parquet]'``) and is imported only when a file is
written.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, BinaryIO, Final

from govnews.errors import ExportError
from govnews.exporting import Exporter, Option, resolve_options
from govnews.hookspecs import hookimpl
from govnews.model import SHANGHAI, Article, FieldShape, shape

__all__ = ["COLUMNS", "MISSING_EXTRA", "Column", "ParquetExporter", "register_exporters"]

#: What a user without the extra is told.
MISSING_EXTRA: Final = "the parquet format needs pyarrow: pip install 'govnews[parquet]'"
#: The zone of every timestamp column (values are instants; this is how they are shown): the model's.
TIME_ZONE: Final = SHANGHAI.key


def _positive(number: int) -> str | None:
    return None if number > 0 else "must be 1 or more"


class Column:
    """One column: its name, the model field it comes from, and how to read its value from an article."""

    def __init__(self, name: str, item: FieldShape, read: Callable[[Article], Any], role: str = "value") -> None:
        self.name = name
        self.item = item
        self.read = read
        self.role = role  # "value"; for a time: "date" (the day) or "time" (the instant, where a time is given)

    def value(self, article: Article) -> Any:
        """The cell of ``article`` in this column, as pyarrow takes it."""
        value = self.read(article)
        if value is None:
            return None
        if self.role == "date":
            return value.date() if isinstance(value, dt.datetime) else value
        if self.role == "time":
            return value if isinstance(value, dt.datetime) else None
        if self.item.kind == "mapping":
            return list(value.items())
        if self.item.kind == "parts":
            return [{inner.name: getattr(part, inner.name) for inner in shape(type(part))} for part in value]
        return value


def _field_columns(name: str, item: FieldShape, read: Callable[[Article], Any]) -> list[Column]:
    if item.kind == "when":
        return [Column(name, item, read, "date"), Column(f"{name}_time", item, read, "time")]
    return [Column(name, item, read)]


def _reader(field: str, part: str | None = None) -> Callable[[Article], Any]:
    if part is None:
        return lambda article: getattr(article, field)

    def read(article: Article) -> Any:
        holder = getattr(article, part)
        return None if holder is None else getattr(holder, field)

    return read


def _columns() -> tuple[Column, ...]:
    columns: list[Column] = []
    for item in shape(Article):
        if item.kind == "part" and item.part is not None:
            for inner in shape(item.part):
                columns += _field_columns(f"{item.name}_{inner.name}", inner, _reader(inner.name, item.name))
        else:
            columns += _field_columns(item.name, item, _reader(item.name))
    return tuple(columns)


#: The columns in order, from the model's shape.
COLUMNS: Final = _columns()


class ParquetExporter:
    """Articles as one Parquet table, a row each, written in row groups as they come."""

    name = "parquet"
    suffix = ".parquet"
    media_type = "application/vnd.apache.parquet"
    binary = True
    streams = True
    options = (
        Option("row_group", int, 2000, "articles per row group (memory holds one group)", check=_positive),
        Option("compression", ("zstd", "snappy", "gzip", "none"), "zstd", "the compression of the column chunks"),
    )

    def write(self, articles: Iterable[Article], out: BinaryIO, **options: Any) -> None:
        """Write ``articles`` (any iterable, read once) as one Parquet file to ``out``.

        Raises:
            ExportError: the ``parquet`` extra is missing, or an option is unusable.
        """
        settings = resolve_options(self, options, strict=False)
        pa, pq = _pyarrow()
        schema = arrow_schema()
        compression = None if settings["compression"] == "none" else settings["compression"]
        writer = pq.ParquetWriter(out, schema, compression=compression)
        try:
            for group in _groups(iter(articles), settings["row_group"]):
                arrays = [pa.array([c.value(a) for a in group], type=schema.field(c.name).type) for c in COLUMNS]
                writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
        finally:
            writer.close()


def arrow_schema() -> Any:
    """The ``pyarrow.Schema`` of the table (needs the ``parquet`` extra)."""
    pa, _ = _pyarrow()
    return pa.schema([pa.field(column.name, _arrow_type(pa, column.item, column.role)) for column in COLUMNS])


def _arrow_type(pa: Any, item: FieldShape, role: str = "value") -> Any:
    if role == "date":
        return pa.date32()
    if role == "time":
        return pa.timestamp("us", tz=TIME_ZONE)
    if item.kind == "parts" and item.part is not None:
        return pa.list_(pa.struct([pa.field(inner.name, _arrow_type(pa, inner)) for inner in shape(item.part)]))
    types = {"text": pa.string(), "number": pa.int64(), "names": pa.list_(pa.string())}
    if item.kind == "mapping":
        return pa.map_(pa.string(), pa.string())
    if item.kind not in types:
        raise TypeError(f"the parquet format has no column type for {item.name} ({item.kind})")
    return types[item.kind]


def _groups(articles: Iterator[Article], size: int) -> Iterator[Sequence[Article]]:
    while group := list(islice(articles, size)):
        yield group


def _pyarrow() -> tuple[Any, Any]:
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError:
        raise ExportError(MISSING_EXTRA) from None


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the Parquet exporter."""
    register(ParquetExporter())
