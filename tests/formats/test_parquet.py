"""The parquet format: typed columns from the model's shape, row groups as articles come, read by pyarrow and DuckDB."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from click.testing import CliRunner

import govnews
import govnews.testing
from govnews.cli import cli
from govnews.formats.parquet import COLUMNS, arrow_schema
from govnews.model import SHANGHAI, Article, shape


def table(data: bytes) -> pa.Table:
    return pq.read_table(io.BytesIO(data))


def test_keeps_the_contract() -> None:
    """The exporter passes the contract check, streaming included, with and without options."""
    exporter = govnews.exporters()["parquet"]
    govnews.testing.check_exporter(exporter)
    govnews.testing.check_exporter(exporter, row_group="1", compression="none")


def test_columns_follow_the_model() -> None:
    """Every field of the model has its column(s), a part's fields flattened, a time as day and time."""
    expected = []
    for item in shape(Article):
        inner = [(f"{item.name}_{f.name}", f) for f in shape(item.part)] if item.kind == "part" and item.part else []
        for name, field in inner or [(item.name, item)]:
            expected += [name, f"{name}_time"] if field.kind == "when" else [name]
    assert [column.name for column in COLUMNS] == expected
    assert arrow_schema().names == expected


def test_types_and_values() -> None:
    """Times keep their precision: a day alone has no time; names are lists; body is structs; extra a map."""
    samples = govnews.testing.sample_articles()
    got = table(govnews.export([samples["seed-like"], samples["document"], samples["empty"]], "parquet"))
    schema = got.schema
    assert schema.field("published").type == pa.date32()
    assert schema.field("published_time").type == pa.timestamp("us", tz="Asia/Shanghai")
    assert schema.field("byline_authors").type == pa.list_(pa.string())
    assert schema.field("views").type == pa.int64()
    rows = got.to_pylist()
    assert rows[0]["published"] == dt.date(2020, 12, 28)
    assert rows[0]["published_time"] == dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI)
    assert rows[1]["published"] == dt.date(2021, 1, 5) and rows[1]["published_time"] is None
    assert rows[1]["document_issuer"] == "温州市人民政府" and rows[1]["document_written"] == dt.date(2021, 1, 4)
    assert rows[0]["byline_authors"] == ["周大正"] and rows[0]["provenance_url"].startswith("https://")
    assert rows[1]["body"][1] == {"kind": "heading", "text": "一、总则"}
    assert rows[1]["extra"] == [("联系电话", "0577-12345678")]
    assert rows[2]["title"] is None and rows[2]["document_issuer"] is None and rows[2]["body"] == []


def test_row_groups_as_articles_come() -> None:
    """Rows are written in groups of row_group articles, taken from a generator once."""
    taken: list[int] = []

    def articles() -> Iterator[Article]:
        for number in range(7):
            taken.append(number)
            yield Article(title=f"第{number}篇")

    data = govnews.export(articles(), "parquet", row_group=3)
    metadata = pq.ParquetFile(io.BytesIO(data)).metadata
    assert metadata.num_rows == 7 and metadata.num_row_groups == 3
    assert table(data).column("title").to_pylist() == [f"第{n}篇" for n in range(7)]
    assert taken == list(range(7))


def test_no_articles_is_an_empty_table() -> None:
    """No article: a valid file with the schema and no rows."""
    assert table(govnews.export([], "parquet")).num_rows == 0


def test_command_line_and_duckdb(tmp_path: Path) -> None:
    """convert --to parquet writes a file DuckDB queries: the same titles as JSON lines, dates by day."""
    folder = tmp_path / "d"
    folder.mkdir()
    for number in range(5):
        text = f"首页 > 要闻\n某县召开第{number}次会议\n发布时间:2021-03-0{number + 1}\n\n正文第{number}段。\n"
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    target = tmp_path / "all.parquet"
    result = CliRunner().invoke(cli, ["convert", str(folder), "--to", "parquet", "-o", str(target), "-j", "2"])
    assert result.exit_code == 0, result.output
    lines = CliRunner().invoke(cli, ["convert", str(folder), "--to", "jsonl"]).stdout.splitlines()
    rows = duckdb.sql(f"SELECT title, published FROM read_parquet('{target}') ORDER BY title").fetchall()
    assert [title for title, _ in rows] == sorted(json.loads(line)["title"] for line in lines)
    assert rows[0][1] == dt.date(2021, 3, 1)
    count = duckdb.sql(f"SELECT count(*) FROM read_parquet('{target}') WHERE published_time IS NULL").fetchall()
    assert count == [(5,)]
