"""Tests of the csv exporter, checked with govnews.testing."""

from __future__ import annotations

import csv
import io

import pytest
from govnews_csv import COLUMNS, CsvExporter

import govnews
import govnews.testing

SAMPLES = govnews.testing.sample_articles()


def export(*articles: govnews.Article, **options: object) -> bytes:
    out = io.BytesIO()
    CsvExporter().write(list(articles), out, **options)
    return out.getvalue()


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_keeps_the_contract() -> None:
    """The exporter passes the govnews.testing contract check, with and without a BOM."""
    govnews.testing.check_exporter(CsvExporter())
    govnews.testing.check_exporter(CsvExporter(), bom="true")


def test_found_through_the_entry_point() -> None:
    """The installed distribution's entry point gives govnews the csv format."""
    with govnews.testing.only_plugins("govnews-csv"):
        assert isinstance(govnews.exporters()["csv"], CsvExporter)
        assert govnews.export(SAMPLES["seed-like"], "csv").startswith(b"title,subtitle,")


def test_one_row_per_article_with_metadata_columns() -> None:
    """A header row, then one row per article with its metadata and its body as text."""
    table = rows(export(*SAMPLES.values()))
    assert list(table[0]) == list(COLUMNS)
    assert len(table) == len(SAMPLES)
    seed = table[0]
    assert seed["title"].startswith("创新裂变") and seed["source"] == "温州日报"
    assert seed["published"] == "2020-12-28T08:46:00+08:00"
    assert seed["breadcrumb"] == "首页 > 市政府信息"
    assert seed["body"].split("\n")[1] == "放大尖峰引领的“高地效应”"
    document = table[1]
    assert (document["document_number"], document["written"], document["views"]) == (
        "温政发〔2021〕1号",
        "2021-01-04",
        "1234",
    )
    assert document["editors"] == "王小明" and document["extra"] == '{"联系电话": "0577-12345678"}'


def test_hostile_text_round_trips() -> None:
    """Commas, quotes, newlines and control characters survive the csv module's quoting."""
    hostile = SAMPLES["hostile"]
    row = rows(export(hostile))[0]
    assert row["title"] == hostile.title
    assert row["authors"] == 'A, B; C "D"'
    assert row["body"] == "\n".join(block.text for block in hostile.body)


@pytest.mark.parametrize("value", ["true", "1", "yes", True])
def test_bom_on(value: object) -> None:
    """With bom on, the file starts with the UTF-8 byte order mark, once."""
    data = export(SAMPLES["seed-like"], SAMPLES["document"], bom=value)
    assert data.startswith(b"\xef\xbb\xbftitle,") and data.count(b"\xef\xbb\xbf") == 1


@pytest.mark.parametrize("options", [{}, {"bom": "false"}, {"bom": False}, {"title": "ignored"}])
def test_bom_off(options: dict[str, object]) -> None:
    """Without bom the file is plain UTF-8 with CRLF row ends."""
    data = export(SAMPLES["seed-like"], **options)
    assert data.startswith(b"title,") and data.endswith(b"\r\n")


def test_bad_bom_value() -> None:
    """A bom value that is not yes or no is an ExportError that says so."""
    with pytest.raises(govnews.ExportError, match="bom must be true or false"):
        export(SAMPLES["seed-like"], bom="maybe")


def test_columns_follow_the_model() -> None:
    """Every field of the model has its column, a part's fields in its place: the provenance's url included."""
    row = rows(export(SAMPLES["seed-like"]))[0]
    provenance = SAMPLES["seed-like"].provenance
    assert provenance is not None
    assert (row["url"], row["declared_encoding"], row["parser"]) == (
        provenance.url,
        provenance.declared_encoding,
        provenance.parser,
    )
    assert list(COLUMNS)[-6:] == ["path", "url", "sha256", "encoding", "declared_encoding", "parser"]
