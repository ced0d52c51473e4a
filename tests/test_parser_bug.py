"""A bug inside the parser is an error naming the input, never an empty article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import govnews
from govnews.cli import cli
from govnews.inputs import Input


def _failing_parser(source: Input, parser: str) -> govnews.Article:
    if "故障" in source.text:
        raise IndexError("list index out of range")
    return govnews.Article(title=source.text.splitlines()[0])


@pytest.fixture
def buggy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser that fails on every input holding the word 故障."""
    monkeypatch.setattr("govnews._api.parse_input", _failing_parser)


@pytest.mark.usefixtures("buggy")
class TestParserBug:
    def test_parse_raises_naming_the_input(self) -> None:
        """parse() raises ParserBugError, a ParseError, naming the path and the cause, the cause chained."""
        with pytest.raises(govnews.ParserBugError) as caught:
            govnews.parse("故障页面", path="dumps/x.txt")
        error = caught.value
        assert isinstance(error, govnews.ParseError) and isinstance(error, govnews.GovnewsError)
        assert error.path == "dumps/x.txt"
        assert "parser bug: IndexError: list index out of range" in str(error)
        assert isinstance(error.__cause__, IndexError)

    def test_cli_reports_it_like_a_bad_input(self, tmp_path: Path) -> None:
        """convert names the input and the bug on stderr, converts the others, and exits 1."""
        (tmp_path / "a.txt").write_text("正常页面", encoding="utf-8")
        (tmp_path / "b.txt").write_text("故障页面", encoding="utf-8")
        result = CliRunner().invoke(cli, ["convert", str(tmp_path), "--to", "jsonl"])
        assert result.exit_code == 1
        assert f"{tmp_path / 'b.txt'}: parser bug: IndexError" in result.stderr
        assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["正常页面"]
