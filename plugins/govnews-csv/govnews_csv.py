"""govnews-csv: one CSV row per article, for spreadsheets.

The metadata fills the columns and the body is one cell, its blocks joined
by newlines. Option ``bom`` (``-O bom=true``) starts the file with a UTF-8
byte order mark, which some spreadsheet programs need to read UTF-8.

A cell that a spreadsheet would take for a formula (it begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading
``'``, as OWASP advises against CSV injection; option ``formulas``
(``-O formulas=keep``) writes such cells unaltered.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

import govnews

__all__ = ["COLUMNS", "FORMULA_STARTS", "CsvExporter", "neutralise", "register_exporters"]

_NAMES = "; "  # between the names of one column (authors, editors, photographers)

#: What a cell may begin with that makes a spreadsheet read it as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The values of option ``formulas``: the first is the default.
_FORMULAS = ("neutralise", "keep")


def _document(field: str) -> Callable[[govnews.Article], object]:
    return lambda a: getattr(a.document, field) if a.document else None


#: The columns in order: header name -> how to read its value from an article.
COLUMNS: dict[str, Callable[[govnews.Article], object]] = {
    "title": lambda a: a.title,
    "subtitle": lambda a: a.subtitle,
    "breadcrumb": lambda a: " > ".join(a.breadcrumb),
    "published": lambda a: a.published,
    "source": lambda a: a.source,
    "authors": lambda a: _NAMES.join(a.byline.authors),
    "editors": lambda a: _NAMES.join(a.byline.editors),
    "photographers": lambda a: _NAMES.join(a.byline.photographers),
    "byline": lambda a: a.byline.text,
    "views": lambda a: a.views,
    "index_number": _document("index_number"),
    "document_number": _document("document_number"),
    "issuer": _document("issuer"),
    "written": _document("written"),
    "topic": _document("topic"),
    "validity": _document("validity"),
    "extra": lambda a: json.dumps(dict(a.extra), ensure_ascii=False) if a.extra else None,
    "body": lambda a: "\n".join(block.text for block in a.body),
    "path": lambda a: a.provenance.path if a.provenance else None,
    "sha256": lambda a: a.provenance.sha256 if a.provenance else None,
}


class CsvExporter:
    """A header row, then one row per article; RFC 4180 quoting, UTF-8."""

    name = "csv"
    suffix = ".csv"
    media_type = "text/csv"

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        encoding = "utf-8-sig" if _flag(options.get("bom", False), "bom") else "utf-8"
        keep_formulas = _choice(options.get("formulas", _FORMULAS[0]), "formulas", _FORMULAS) == "keep"
        text = io.TextIOWrapper(out, encoding=encoding, errors="backslashreplace", newline="")
        try:
            writer = csv.writer(text)  # the csv module quotes commas, quotes and newlines
            writer.writerow(list(COLUMNS))
            for article in articles:
                cells = (_cell(read(article)) for read in COLUMNS.values())
                writer.writerow(cells if keep_formulas else map(neutralise, cells))
        finally:
            text.detach()  # flush, and hand ``out`` back open: it belongs to the caller


def _cell(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def neutralise(cell: str) -> str:
    """``cell`` with a leading ``'`` when a spreadsheet would take it for a formula.

    >>> neutralise("=SUM(A1:A9)"), neutralise("-5"), neutralise("5"), neutralise("")
    ("'=SUM(A1:A9)", "'-5", '5', '')
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _choice(value: object, option: str, choices: Sequence[str]) -> str:
    text = str(value).strip().lower()
    if text not in choices:
        raise govnews.ExportError(f"csv option {option} must be {' or '.join(choices)}, not {value!r}")
    return text


def _flag(value: object, option: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise govnews.ExportError(f"csv option {option} must be true or false, not {value!r}")


@govnews.hookimpl
def register_exporters(register: Callable[[CsvExporter], None]) -> None:
    """Give govnews the ``csv`` format."""
    register(CsvExporter())
