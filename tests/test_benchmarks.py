"""Smoke tests for benchmarks/: the generator and the parse benchmark run on a few dumps.

No speed is asserted here: speed is what the benchmarks print. The one check of
timings is of growth: every adversarial shape must parse in time linear in its
size (``bench_adversarial.py`` at a small scale), since one file that makes a
stage rescan stalls a whole batch.
"""

from __future__ import annotations

import codecs
import importlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import govnews

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def modules(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ModuleType, ModuleType]]:
    """``generate`` and ``bench_parse``, imported from benchmarks/ and forgotten afterwards."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    yield importlib.import_module("generate"), importlib.import_module("bench_parse")
    for name in ("bench_parse", "generate"):
        sys.modules.pop(name, None)


def test_generator_is_deterministic_and_varied(modules: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    """The same seed gives the same bytes; the set mixes encodings, newlines and sizes."""
    generate, _ = modules
    first = [path.read_bytes() for path in generate.write_dumps(tmp_path / "a", 200, seed=7)]
    second = [path.read_bytes() for path in generate.write_dumps(tmp_path / "b", 200, seed=7)]
    assert first == second
    assert any(data.startswith(codecs.BOM_UTF8) for data in first)
    assert any(b"\r\n" in data for data in first)
    assert any(not _is_utf8(data) for data in first)
    sizes = [len(data) for data in first]
    assert max(sizes) > 10 * min(sizes)


def test_generated_dumps_all_parse(
    modules: tuple[ModuleType, ModuleType], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Every generated dump is an article dump to govnews: nothing raised, no parser error logged."""
    generate, _ = modules
    with caplog.at_level(logging.ERROR):
        for path in generate.write_dumps(tmp_path, 100):
            assert isinstance(govnews.parse_file(path), govnews.Article)
    assert not caplog.records


def test_run_reports_every_figure(modules: tuple[ModuleType, ModuleType], tmp_path: Path) -> None:
    """run() measures both sides; the report has the rates, the ratio and a verdict."""
    generate, bench = modules
    paths = generate.write_dumps(tmp_path, 20)
    report = bench.run(paths, repeat=1)
    assert report.dumps == 20
    assert report.total_bytes == sum(path.stat().st_size for path in paths)
    assert report.utf8 + report.bom + report.gb18030 == 20
    assert report.cpus >= 1 and report.python
    for figure in ("floor_dumps_per_s", "floor_mb_per_s", "parse_dumps_per_s", "parse_mb_per_s", "ratio"):
        assert getattr(report, figure) > 0
    assert report.goal_met == (report.ratio <= bench.GOAL)
    text = bench.format_report(report)
    assert f"parser {bench.parser_build()}" in text
    for start in ("python", "cpus", "govnews", "dumps", "floor", "parse_file", "ratio", "verdict"):
        assert any(line.startswith(start) for line in text.splitlines()), start


def test_command_prints_report_and_profile(
    modules: tuple[ModuleType, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exits 0, keeps the dumps in --dir and prints the report and the profile."""
    _, bench = modules
    assert bench.main(["--count", "20", "--repeat", "1", "--dir", str(tmp_path), "--profile", "5"]) == 0
    out = capsys.readouterr().out
    assert "dumps/s" in out and "MB/s" in out and "verdict" in out and "tottime" in out
    assert len(list(tmp_path.glob("*.txt"))) == 20


@pytest.fixture
def adversarial(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """``bench_adversarial``, imported from benchmarks/ and forgotten afterwards."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    yield importlib.import_module("bench_adversarial")
    for name in ("bench_adversarial", "generate"):
        sys.modules.pop(name, None)


#: The size of the adversarial shapes here: their 1x point parses in about 4 ms, the 8x in 30.
ADVERSARIAL_SCALE = 0.15


def test_adversarial_shapes_grow_linearly(adversarial: ModuleType) -> None:
    """No shape grows faster than size^1.3 (a quadratic one grows as size^2).

    Each point is the best of several runs in CPU time, the sizes timed in turns,
    and the exponent is fitted over four sizes; a shape over the limit is measured again at twice the size
    before it fails, so a burst of work elsewhere on the machine fails nothing.
    """
    results = [adversarial.measure_shape(shape, ADVERSARIAL_SCALE) for shape in adversarial.SHAPES]
    limit = adversarial.MAX_EXPONENT
    again = {r.shape: r for r in results if r.exponent > limit}
    for shape in adversarial.SHAPES:
        if shape.name in again:
            again[shape.name] = adversarial.measure_shape(shape, 2 * ADVERSARIAL_SCALE)
    slow = [r for r in again.values() if r.exponent > limit]
    assert not slow, adversarial.format_table(slow, adversarial.measure_realistic(50), limit)


def test_adversarial_command_names_what_grows_too_fast(
    adversarial: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command exits 1 and names the shape whose exponent passes --max-exponent; 0 when none does."""
    assert adversarial.main(["--scale", "0.05", "--shape", "short_lines", "--max-exponent", "0.1"]) == 1
    out = capsys.readouterr().out
    assert "superlinear (exponent > 0.1): short_lines" in out and "realistic (generate.py)" in out
    assert adversarial.main(["--scale", "0.05", "--shape", "short_lines", "--max-exponent", "5"]) == 0
    assert "every shape grows linearly" in capsys.readouterr().out


def test_adversarial_exponent_fit(adversarial: ModuleType) -> None:
    """The fitted exponent is the log-log slope: 1 for time proportional to size, 2 for its square."""
    sizes = [1e5, 2e5, 4e5, 8e5]
    assert adversarial.fit_exponent(sizes, [s * 3e-8 for s in sizes]) == pytest.approx(1.0)
    assert adversarial.fit_exponent(sizes, [(s / 1e5) ** 2 for s in sizes]) == pytest.approx(2.0)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_html_benchmark_scores_and_times(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """bench_html scores govnews on a folder of pages with truth and prints the table with its speed."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    bench = importlib.import_module("bench_html")
    (tmp_path / "pages").mkdir()
    (tmp_path / "truth").mkdir()
    (tmp_path / "pages" / "p1.html").write_text(
        "<html><head><meta charset='utf-8'><title>某县召开春季植树动员会</title></head><body>"
        "<h1>某县召开春季植树动员会</h1><div>发布时间:2021-03-05 来源:县政府办</div>"
        "<div class='content'><p>3月4日,某县召开春季植树动员会,部署今年的植树造林工作,要求各乡镇抓好落实。</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    truth = {
        "title": "某县召开春季植树动员会",
        "breadcrumb": [],
        "published": "2021-03-05",
        "source": "县政府办",
        "authors": [],
        "editors": [],
        "views": None,
        "document_number": None,
        "index_number": None,
        "issuer": None,
        "body_first": "3月4日,某县召开春季",
        "body_last": "要求各乡镇抓好落实。",
        "noise": [],
    }
    (tmp_path / "truth" / "p1.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    try:
        assert bench.main([str(tmp_path), "--tools", "govnews", "--repeat", "1"]) == 0
    finally:
        sys.modules.pop("bench_html", None)
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[2:]}
    assert rows["title"] == ["100.0%"] and rows["body_last"] == ["100.0%"]
    assert rows["pages/CPU-second"][0].isdigit()


def test_batch_benchmark_reports_every_figure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """bench_batch runs govnews in subprocesses and reports memory per size, both job counts and each format."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    try:
        bench = importlib.import_module("bench_batch")
        report = bench.run(tmp_path, sizes=(10, 30), parallel=20, formats_count=10, repeat=1, pool_size=10)
        text = bench.format_report(report)
    finally:
        for name in ("bench_batch", "generate"):
            sys.modules.pop(name, None)
    assert set(report.memory_folder) == set(report.memory_list) == {10, 30}
    assert all(kib > 1000 for kib in (*report.memory_folder.values(), *report.memory_list.values()))
    assert set(report.seconds_by_jobs) == {1, 2} and report.speedup > 0
    assert set(report.seconds_by_format) == {"jsonl", "xml", "parquet", "epub"}
    assert len((tmp_path / "out" / "p.jsonl").read_text(encoding="utf-8").splitlines()) == 20
    for start in ("memory", "  folder", "  files-from", "parallel", "  speedup", "formats", "  parquet", "  epub"):
        assert any(line.startswith(start) for line in text.splitlines()), start
