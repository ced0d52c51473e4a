"""govnews-csv: one CSV row per article, for spreadsheets.

The columns follow the model (``govnews.model.shape``), in its order: one per
field, a part's fields (byline, document, provenance) in place of the part,
so a field govnews adds gets its column without a change here. The body is
one cell, its blocks joined by newlines. Option ``bom`` (``-O bom=true``)
starts the file with a UTF-8 byte order mark, which some spreadsheet
programs need to read UTF-8.

A cell that a spreadsheet would take for a formula (it begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading
``'``, as OWASP advises against CSV injection; option ``formulas``
(``-O formulas=keep``) writes such cells unaltered.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

import govnews
from govnews.exporting import Option, resolve_options
from govnews.model import FieldShape, shape

__all__ = ["COLUMNS", "FORMULA_STARTS", "CsvExporter", "neutralise", "register_exporters"]

_NAMES = "; "  # between the names of one cell (authors, editors, photographers)
_JOINERS = {"breadcrumb": " > "}  # the trail reads as a path

#: What a cell may begin with that makes a spreadsheet read it as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _column(part: str | None, item: FieldShape) -> Callable[[govnews.Article], str]:
    """How to read field ``item`` of an article, or of its part ``part``, as a cell."""
    joiner = _JOINERS.get(item.name, _NAMES)

    def read(article: govnews.Article) -> str:
        holder = getattr(article, part) if part else article
        return "" if holder is None else _cell(getattr(holder, item.name), joiner)

    return read


def _columns() -> dict[str, Callable[[govnews.Article], str]]:
    """Header name -> how to read its cell. A part's ``text`` (the byline as printed) is named after the part."""
    columns: dict[str, Callable[[govnews.Article], str]] = {}
    for item in shape(govnews.Article):
        if item.kind != "part" or item.part is None:
            columns[item.name] = _column(None, item)
            continue
        for inner in shape(item.part):
            name = item.name if inner.name == "text" else inner.name
            columns[name if name not in columns else f"{item.name}_{name}"] = _column(item.name, inner)
    return columns


#: The columns in order: header name -> how to read its cell from an article.
COLUMNS = _columns()


class CsvExporter:
    """A header row, then one row per article; RFC 4180 quoting, UTF-8."""

    name = "csv"
    suffix = ".csv"
    media_type = "text/csv"
    options = (
        Option("bom", bool, False, "start with a UTF-8 byte order mark, for spreadsheet programs"),
        Option(
            "formulas",
            ("neutralise", "keep"),
            "neutralise",
            "a cell that begins like a formula (= + - @ tab CR): neutralise gives it a leading ', keep leaves it",
        ),
    )

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        resolved = resolve_options(self, options, strict=False)
        keep_formulas = resolved["formulas"] == "keep"
        encoding = "utf-8-sig" if resolved["bom"] else "utf-8"
        text = io.TextIOWrapper(out, encoding=encoding, errors="backslashreplace", newline="")
        try:
            writer = csv.writer(text)  # the csv module quotes commas, quotes and newlines
            writer.writerow(list(COLUMNS))
            for article in articles:
                cells = (read(article) for read in COLUMNS.values())
                writer.writerow(cells if keep_formulas else map(neutralise, cells))
        finally:
            text.detach()  # flush, and hand ``out`` back open: it belongs to the caller


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would take it for a formula.

    >>> neutralise("=SUM(A1:A9)"), neutralise("-5"), neutralise("5"), neutralise("")
    ("'=SUM(A1:A9)", "'-5", '5', '')
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _cell(value: object, joiner: str) -> str:
    """A value as text: dates ISO 8601, names joined, blocks one per line, a mapping as a JSON object."""
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return json.dumps(dict(value), ensure_ascii=False) if value else ""
    if isinstance(value, tuple):
        return joiner.join(value) if all(isinstance(v, str) for v in value) else "\n".join(b.text for b in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


@govnews.hookimpl
def register_exporters(register: Callable[[CsvExporter], None]) -> None:
    """Give govnews the ``csv`` format."""
    register(CsvExporter())
