"""The govnews command: convert, formats, show; errors named, outputs whole, exit statuses."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import govnews
from govnews.cli import cli
from govnews.parsing import is_compiled

GOOD = (
    "首页 > 县政府信息\n某县召开春季植树动员会\n发布时间:2021-03-05 09:30 来源:县政府办\n\n"
    "3月4日,某县召开春季植树动员会。\n\n会议要求各乡镇抓好落实。\n"
)
OTHER = GOOD.replace("春季植树动员会", "秋季防火工作会")


@pytest.fixture
def dumps(tmp_path: Path) -> Path:
    """A folder of dumps in every encoding a portal uses, with one bad file among them."""
    folder = tmp_path / "dumps"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_utf8.txt").write_bytes(GOOD.encode("utf-8"))
    (folder / "b_gbk.txt").write_bytes(OTHER.encode("gbk"))
    (folder / "c_bom.txt").write_bytes(codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    (folder / "sub" / "d_crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").encode("utf-8"))
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("not a dump", encoding="utf-8")
    return folder


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


class TestConvert:
    def test_one_file_to_stdout(self, dumps: Path) -> None:
        """One input in a text format goes to stdout as one JSON object."""
        code, out, err = run("convert", str(dumps / "b_gbk.txt"), "--to", "json")
        assert code == 0, err
        value = json.loads(out)
        assert value["title"] == "某县召开秋季防火工作会"
        assert value["provenance"]["encoding"] == "gb18030"

    def test_encodings_agree(self, dumps: Path) -> None:
        """UTF-8, BOM and CRLF dumps of the same page give the same fields."""
        bodies = []
        for name in ("a_utf8.txt", "c_bom.txt", "sub/d_crlf.txt"):
            code, out, _ = run("convert", str(dumps / name), "--to", "json")
            assert code == 0
            value = json.loads(out)
            bodies.append((value["title"], value["body"]))
        assert bodies[0] == bodies[1] == bodies[2]

    def test_stdin(self) -> None:
        """'-' reads the dump from standard input."""
        code, out, _ = run("convert", "-", "--to", "jsonl", input=GOOD.encode("gbk"))
        assert code == 0
        assert json.loads(out)["title"] == "某县召开春季植树动员会"

    def test_folder_with_a_bad_file(self, dumps: Path, tmp_path: Path) -> None:
        """A bad dump is reported with its path and reason; the good ones are written; exit 1."""
        target = tmp_path / "all.json"
        code, _, err = run("convert", str(dumps), "--to", "json", "-o", str(target))
        assert code == 1
        assert f"{dumps / 'e_empty.txt'}: empty input" in err
        assert "Traceback" not in err
        titles = [a["title"] for a in json.loads(target.read_text(encoding="utf-8"))]
        assert len(titles) == 4  # notes.md is not a dump; e_empty.txt is bad
        assert titles[1] == "某县召开秋季防火工作会"  # input order: sorted paths

    def test_output_folder(self, dumps: Path, tmp_path: Path) -> None:
        """-o DIR/ writes one file per input, named by its stem, mirroring subfolders."""
        out = tmp_path / "out"
        code, _, _ = run("convert", str(dumps), "--to", "json", "-o", f"{out}/")
        assert code == 1  # the empty dump
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
        assert written == ["a_utf8.json", "b_gbk.json", "c_bom.json", "sub/d_crlf.json"]
        assert json.loads((out / "b_gbk.json").read_text(encoding="utf-8"))["title"] == "某县召开秋季防火工作会"

    def test_existing_output_kept(self, dumps: Path, tmp_path: Path) -> None:
        """An existing output file is kept without --force and replaced with it."""
        target = tmp_path / "a.json"
        target.write_text("keep me", encoding="utf-8")
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-o", str(target))
        assert code == 1
        assert "exists" in err and "--force" in err
        assert target.read_text(encoding="utf-8") == "keep me"
        code, _, _ = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-o", str(target), "--force")
        assert code == 0
        assert json.loads(target.read_text(encoding="utf-8"))["title"] == "某县召开春季植树动员会"

    def test_binary_and_missing_inputs(self, tmp_path: Path) -> None:
        """Binary and missing inputs are named with their reason; nothing is written for them."""
        (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
        code, out, err = run("convert", str(tmp_path / "img.txt"), str(tmp_path / "gone.txt"), "--to", "json")
        assert code == 1
        assert out == ""
        assert f"{tmp_path / 'img.txt'}: binary data" in err
        assert f"{tmp_path / 'gone.txt'}: no such file or folder" in err

    def test_unknown_format_is_usage_error(self, dumps: Path) -> None:
        """An unknown format exits 2 and lists the known formats."""
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "docx")
        assert code == 2
        assert "unknown format 'docx'" in err and "json" in err

    def test_bad_option(self, dumps: Path) -> None:
        """-O takes KEY=VALUE; anything else is a usage error."""
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-O", "indent")
        assert code == 2
        assert "KEY=VALUE" in err

    def test_option_reaches_exporter(self, dumps: Path) -> None:
        """-O indent=0 reaches the JSON exporter: the object is on one line."""
        code, out, _ = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-O", "indent=0")
        assert code == 0
        assert len(out.strip().splitlines()) == 1

    def test_jobs(self, dumps: Path, tmp_path: Path) -> None:
        """--jobs parses in parallel and keeps the input order."""
        one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
        run("convert", str(dumps), "--to", "jsonl", "-o", str(one))
        run("convert", str(dumps), "--to", "jsonl", "-o", str(many), "--jobs", "2")
        assert one.read_text(encoding="utf-8") == many.read_text(encoding="utf-8")


class TestShowAndFormats:
    def test_show(self, dumps: Path) -> None:
        """show prints the parsed fields, one per line, for a person."""
        code, out, _ = run("show", str(dumps / "b_gbk.txt"))
        assert code == 0
        assert "title           某县召开秋季防火工作会" in out
        assert "encoding        gb18030" in out

    def test_show_bad_input(self, dumps: Path) -> None:
        """show on a bad dump names it and exits 1."""
        code, _, err = run("show", str(dumps / "e_empty.txt"))
        assert code == 1
        assert "e_empty.txt: empty input" in err

    def test_version_names_the_parser_build(self) -> None:
        """--version gives the version and whether the parser runs compiled, for a bug report."""
        code, out, _ = run("--version")
        assert code == 0
        build = "compiled" if is_compiled() else "interpreted"
        assert out.strip() == f"govnews {govnews.__version__} ({build} parser)"

    def test_formats(self) -> None:
        """formats lists each format with its suffix, media type and plugin."""
        code, out, _ = run("formats")
        assert code == 0
        assert any(line.split()[:3] == ["json", ".json", "application/json"] for line in out.splitlines())


def test_real_subprocess(tmp_path: Path) -> None:
    """The installed console entry point converts a GBK dump with CRLF from stdin."""
    result = subprocess.run(
        [sys.executable, "-m", "govnews", "convert", "-", "--to", "json"],
        input=GOOD.replace("\n", "\r\n").encode("gbk"),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["title"] == "某县召开春季植树动员会"
    result = subprocess.run(
        [sys.executable, "-m", "govnews", "convert", str(tmp_path / "none.txt"), "--to", "json"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1
    error, summary = result.stderr.decode().strip().split("\n")
    assert error == f"govnews: error: {tmp_path / 'none.txt'}: no such file or folder"
    assert summary.startswith("govnews: converted 0, failed 1, skipped 0 in ")


def test_failing_exporter_is_reported(tmp_path: Path) -> None:
    """An exporter that raises is named in one line, leaves no file, and exits 1 without a traceback."""
    import govnews
    from govnews.testing import registered

    class Broken:
        name = "broken"
        suffix = ".txt"
        media_type = "text/plain"

        def write(self, articles: object, out: object, **options: object) -> None:
            raise KeyError("title")

    class Plugin:
        @govnews.hookimpl
        def register_exporters(self, register: object) -> None:
            register(Broken())  # type: ignore[operator]

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with registered(Plugin()):
        code, _, err = run("convert", str(tmp_path / "a.txt"), "--to", "broken", "-o", str(tmp_path / "out.txt"))
    assert code == 1
    error, summary = err.strip().split("\n")
    assert error.endswith("out.txt: the broken exporter failed: KeyError: 'title'")
    assert summary.startswith("govnews: converted 0, failed 1, skipped 0 in ")
    assert "Traceback" not in err
    assert not (tmp_path / "out.txt").exists()
