"""Tests of the csv exporter, checked with govnews.testing."""

from __future__ import annotations

import csv
import doctest
import io
from pathlib import Path
from typing import Any

import attrs
import govnews_csv
import pytest
from click.testing import CliRunner
from govnews_csv import COLUMNS, CsvExporter

import govnews
import govnews.testing
from govnews.cli import cli

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


def with_title(title: str, **fields: Any) -> govnews.Article:
    """The seed-like sample with another title (and any other fields changed)."""
    return attrs.evolve(SAMPLES["seed-like"], title=title, **fields)


class TestFormulaCells:
    """A cell a spreadsheet would run as a formula is neutralised with a leading ', unless formulas=keep."""

    @pytest.mark.parametrize(
        "text",
        [
            '=HYPERLINK("http://example.invalid","点击")',
            "+1+1",
            "-2+3",
            "@SUM(A1:A2)",
            "\t=1+1",
            "\r=1+1",
        ],
        ids=["equals", "plus", "minus", "at", "tab", "carriage-return"],
    )
    def test_each_leading_character_is_neutralised(self, text: str) -> None:
        """Each of = + - @ tab and carriage return at the start of a cell gets a leading '."""
        row = rows(export(with_title(text)))[0]
        assert row["title"] == "'" + text

    def test_every_column_is_neutralised(self) -> None:
        """Metadata cells and the body cell are neutralised alike; the header row is left as it is."""
        article = with_title(
            "标题",
            source="=1+1",
            byline=govnews.Byline(authors=("@某人",)),
            body=(govnews.Block("paragraph", "-1 是负数"), govnews.Block("paragraph", "=第二段")),
        )
        data = export(article)
        assert data.startswith(b"title,subtitle,")
        row = rows(data)[0]
        assert (row["source"], row["authors"], row["body"]) == ("'=1+1", "'@某人", "'-1 是负数\n=第二段")

    def test_a_negative_number_is_neutralised_too(self) -> None:
        """-5 could be a formula's start as well (-5+A1), so it is written '-5, as OWASP advises."""
        assert rows(export(with_title("-5")))[0]["title"] == "'-5"

    def test_ordinary_text_is_left_as_it_is(self) -> None:
        """Text, dates, numbers, names and an operator inside a cell are not touched."""
        seed = SAMPLES["seed-like"]
        article = with_title("——贯彻落实 a=b+c-d@e", source="温州日报", views=42)
        row = rows(export(article, SAMPLES["document"]))
        assert row[0]["title"] == "——贯彻落实 a=b+c-d@e"
        assert row[0]["published"] == "2020-12-28T08:46:00+08:00" and row[0]["views"] == "42"
        assert row[0]["body"] == "\n".join(block.text for block in seed.body)
        assert row[1]["document_number"] == "温政发〔2021〕1号" and row[1]["extra"].startswith("{")
        assert not any(cell.startswith("'") for table in row for cell in table.values())

    def test_keep_writes_cells_unaltered(self) -> None:
        """With formulas=keep a formula-like cell is written exactly as it is."""
        row = rows(export(with_title("=1+1", source="-5"), formulas="keep"))[0]
        assert (row["title"], row["source"]) == ("=1+1", "-5")

    def test_neutralise_is_the_default(self) -> None:
        """formulas=neutralise, given, is what happens when the option is left out."""
        article = with_title("=1+1")
        assert export(article, formulas="neutralise") == export(article)

    def test_bad_value(self) -> None:
        """A formulas value other than neutralise or keep is an ExportError that names both."""
        with pytest.raises(govnews.ExportError, match="formulas must be one of neutralise, keep, not 'yes'"):
            export(SAMPLES["seed-like"], formulas="yes")

    def test_keeps_the_contract_either_way(self) -> None:
        """The exporter passes the govnews.testing contract check with either value."""
        govnews.testing.check_exporter(CsvExporter(), formulas="keep")
        govnews.testing.check_exporter(CsvExporter(), formulas="neutralise")

    def test_from_the_command_line(self, tmp_path: Path) -> None:
        """govnews convert --to csv neutralises by default, and -O formulas=keep turns it off."""
        dump = tmp_path / "page.txt"
        dump.write_text("某县召开春季植树动员会\n发布时间:2021-03-05 来源:=1+1\n3月4日,某县召开会议。\n", "utf-8")
        with govnews.testing.only_plugins("govnews-csv"):
            neutralised = CliRunner().invoke(cli, ["convert", str(dump), "--to", "csv"])
            kept = CliRunner().invoke(cli, ["convert", str(dump), "--to", "csv", "-O", "formulas=keep"])
        assert neutralised.exit_code == 0 and kept.exit_code == 0, neutralised.output + kept.output
        assert rows(neutralised.stdout_bytes)[0]["source"] == "'=1+1"
        assert rows(kept.stdout_bytes)[0]["source"] == "=1+1"


def test_docstring_examples() -> None:
    """The examples in the module's docstrings hold."""
    result = doctest.testmod(govnews_csv)
    assert result.attempted > 0 and result.failed == 0
