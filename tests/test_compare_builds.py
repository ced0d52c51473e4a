"""tests/compare_builds.py: the canonical lines one build writes, and the report of two that differ.

The comparison of the two real builds runs in CI (``.ci/run``), which has both;
here the pieces run against whichever build this interpreter imports.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from govnews.parsing import is_compiled

TESTS = Path(__file__).resolve().parent
THIS_BUILD = "compiled" if is_compiled() else "interpreted"
OTHER_BUILD = "interpreted" if is_compiled() else "compiled"


@pytest.fixture
def tool(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """``compare_builds``, imported from tests/ and forgotten afterwards."""
    monkeypatch.syspath_prepend(str(TESTS))
    yield importlib.import_module("compare_builds")
    sys.modules.pop("compare_builds", None)


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """A folder with two dumps, an empty one and a file that is no dump."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "b.txt").write_text("某县召开会议\n发布时间:2024-01-02\n\n会议要求,各部门认真落实。\n责任编辑:张三\n")
    (folder / "a.html").write_text("<html><body><h1>某镇开展巡查</h1><p>近日,某镇开展巡查。</p></body></html>")
    (folder / "empty.txt").write_text("")
    (folder / "a.expected.json").write_text("{}")
    return folder


def test_one_line_per_dump_without_the_parser_name(tool: ModuleType, dumps: Path, tmp_path: Path) -> None:
    """Each dump gives one sorted-key JSON line labelled by source and name; provenance keeps all but the parser."""
    out = tmp_path / "lines.jsonl"
    assert tool.write(out, THIS_BUILD, [("mine", dumps)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["input"] for r in records] == ["mine/a.html", "mine/b.txt", "mine/empty.txt"]
    assert all(
        line == json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for line in lines
    )
    b = records[1]["article"]
    assert b["byline"]["editors"] == ["张三"]
    assert b["provenance"] == {
        "path": "mine/b.txt",
        "url": None,
        "sha256": b["provenance"]["sha256"],
        "encoding": "utf-8",
        "declared_encoding": None,
    }
    assert records[2] == {"input": "mine/empty.txt", "error": "empty input", "parser_bug": False}


def test_the_other_build_is_refused(tool: ModuleType, dumps: Path, tmp_path: Path) -> None:
    """An interpreter is never taken for the build it is not: no lines, exit status 2."""
    out = tmp_path / "lines.jsonl"
    assert tool.write(out, OTHER_BUILD, [("mine", dumps)]) == 2
    assert not out.exists()


def test_differences_name_each_field(tool: ModuleType) -> None:
    """Differing values are named by their path; lists of another length differ as a whole."""
    a = {"article": {"byline": {"editors": ["田成"]}, "body": [{"text": "x"}, {"text": "y"}], "views": 3}}
    b = {"article": {"byline": {"editors": ["田成", "田成"]}, "body": [{"text": "x"}, {"text": "z"}], "views": 3}}
    assert list(tool.differences(a, b)) == [
        ("article.body[1].text", "y", "z"),
        ("article.byline.editors", ["田成"], ["田成", "田成"]),
    ]
    assert list(tool.differences(a, a)) == []


def test_report_shows_the_first_differing_inputs(tool: ModuleType, tmp_path: Path) -> None:
    """Agreeing runs report nothing; otherwise each differing input, its fields and both values, then a count."""
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text('{"article":{"title":"甲"},"input":"g/1.txt"}\n{"article":{"title":"乙"},"input":"g/2.txt"}\n')
    assert tool.report(first, first, ("interpreted", "compiled")) == []
    second.write_text('{"article":{"title":"甲"},"input":"g/1.txt"}\n{"article":{"title":"丙"},"input":"g/2.txt"}\n')
    assert tool.report(first, second, ("interpreted", "compiled")) == [
        "g/2.txt:",
        "    article.title",
        '        interpreted "乙"',
        '        compiled    "丙"',
        "1 of 2 inputs differ",
    ]


def test_both_builds_are_required(tool: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    """The command needs the interpreter of each build: a usage error otherwise."""
    with pytest.raises(SystemExit) as exit_info:
        tool.main(["--interpreted", sys.executable])
    assert exit_info.value.code == 2
    assert "--compiled" in capsys.readouterr().err
