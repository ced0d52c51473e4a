"""govnews convert at corpus scale: streaming, parallel, progress, resuming, safe names, bad paths, more inputs.

In-process runs go through click's CliRunner; what depends on real file
descriptors (a pipe closed early, a terminal, a signal) runs the command in
a real subprocess.
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import govnews
from govnews.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_inputs import WARC_OTHER_RECORDS, WARC_PAGES, dump, write_dumps, write_warc, write_warc_page

sys.path.pop(0)

COMMAND = [sys.executable, "-m", "govnews"]


def run(*args: str, input: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def titles_of_jsonl(text: str) -> list[str]:
    return [json.loads(line)["title"] for line in text.splitlines()]


def summary_of(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("govnews: converted ")]
    assert len(lines) == 1, err
    return lines[0]


class TestStreamAndOrder:
    @pytest.mark.parametrize("jobs", ["1", "2", "0"])
    def test_jsonl_in_input_order(self, tmp_path: Path, jobs: str) -> None:
        """Every input becomes one line, in input order, with one process, two, or one per core."""
        write_dumps(tmp_path / "d", 70)
        code, out, err = run("convert", str(tmp_path / "d"), "--to", "jsonl", "--jobs", jobs)
        assert code == 0, err
        assert titles_of_jsonl(out) == [f"某县第{n}次工作会议" for n in range(70)]

    @pytest.mark.parametrize("format", ["json", "xml", "jsonl"])
    def test_parallel_output_is_the_serial_output(self, tmp_path: Path, format: str) -> None:
        """Records made in worker processes and framed here give the very bytes one process writes."""
        write_dumps(tmp_path / "d", 40)
        (tmp_path / "d" / "0005.txt").write_bytes(b"")  # a bad input among them
        outputs = []
        for jobs in ("1", "2"):
            target = tmp_path / f"out{jobs}.{format}"
            code, _, err = run("convert", str(tmp_path / "d"), "--to", format, "-o", str(target), "-j", jobs)
            assert code == 1 and "0005.txt: empty input" in err
            outputs.append(target.read_bytes())
        assert outputs[0] == outputs[1]
        assert outputs[0] == govnews.export(
            [govnews.parse_file(p) for p in sorted((tmp_path / "d").iterdir()) if p.name != "0005.txt"], format
        )

    def test_nothing_written_when_no_input_is_good(self, tmp_path: Path) -> None:
        """Only bad inputs: no output file is made, and nothing goes to stdout."""
        (tmp_path / "empty.txt").write_bytes(b"")
        code, out, _ = run("convert", str(tmp_path / "empty.txt"), "--to", "json", "-o", str(tmp_path / "x.json"))
        assert code == 1 and out == "" and not (tmp_path / "x.json").exists()
        code, out, _ = run("convert", str(tmp_path / "empty.txt"), "--to", "json")
        assert code == 1 and out == ""


class TestWhatAPersonSees:
    def test_summary_line(self, tmp_path: Path) -> None:
        """The run ends with one line: converted, failed, skipped, seconds."""
        write_dumps(tmp_path / "d", 3)
        (tmp_path / "d" / "bad.txt").write_bytes(b"")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "jsonl", "-o", str(tmp_path / "all.jsonl"))
        assert code == 1
        summary = summary_of(err)
        assert summary.startswith("govnews: converted 3, failed 1, skipped 0 in ") and summary.endswith(" s")

    def test_quiet(self, tmp_path: Path) -> None:
        """--quiet: no summary, but errors are still printed."""
        write_dumps(tmp_path / "d", 2)
        (tmp_path / "d" / "bad.txt").write_bytes(b"")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "jsonl", "-o", str(tmp_path / "a.jsonl"), "-q")
        assert code == 1
        assert err == f"govnews: error: {tmp_path / 'd' / 'bad.txt'}: empty input\n"

    def test_errors_file(self, tmp_path: Path) -> None:
        """--errors FILE: each failed input and its reason as a JSON line."""
        write_dumps(tmp_path / "d", 2)
        (tmp_path / "d" / "bad.txt").write_bytes(b"")
        log = tmp_path / "errors.jsonl"
        args = [str(tmp_path / "d"), str(tmp_path / "gone.txt"), "--to", "jsonl", "-o", str(tmp_path / "a.jsonl")]
        code, _, _ = run("convert", *args, "--errors", str(log))
        assert code == 1
        entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        assert entries == [
            {"input": str(tmp_path / "d" / "bad.txt"), "record": None, "output": None, "reason": "empty input"},
            {"input": str(tmp_path / "gone.txt"), "record": None, "output": None, "reason": "no such file or folder"},
        ]

    def test_progress_bar_on_a_terminal_only(self, tmp_path: Path) -> None:
        """With stderr a terminal (a pty) a bar shows inputs done, rate and time left; into a pipe, none."""
        write_dumps(tmp_path / "d", 30)
        args = [*COMMAND, "convert", str(tmp_path / "d"), "--to", "jsonl", "-o", str(tmp_path / "a.jsonl")]
        primary, secondary = pty.openpty()
        process = subprocess.Popen(
            [*args, "--force"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=secondary
        )
        os.close(secondary)
        seen = _read_all(primary, process)
        assert process.returncode == 0
        assert "/30" in seen and "input/s" in seen and "<" in seen  # done/total, rate, time left
        assert "govnews: converted 30, failed 0, skipped 0 in " in seen
        piped = subprocess.run([*args, "--force"], capture_output=True, check=False)
        assert piped.returncode == 0
        assert piped.stderr.decode().splitlines() == [summary_of(piped.stderr.decode())]
        quiet = os.openpty()
        process = subprocess.Popen([*args, "--force", "--quiet"], stdout=subprocess.DEVNULL, stderr=quiet[1])
        os.close(quiet[1])
        assert _read_all(quiet[0], process) == ""


def _read_all(descriptor: int, process: subprocess.Popen[bytes]) -> str:
    """What a process writes to the terminal ``descriptor``, until it ends."""
    chunks = []
    while True:
        ready, _, _ = select.select([descriptor], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(descriptor, 4096)
        except OSError as error:  # EIO: the other end of the pty is closed
            assert error.errno == errno.EIO
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(descriptor)
    return b"".join(chunks).decode("utf-8", "replace")


class TestResume:
    def test_skip_existing(self, tmp_path: Path) -> None:
        """A rerun with --skip-existing leaves what exists alone and converts only what is missing."""
        write_dumps(tmp_path / "d", 4)
        out = tmp_path / "out"
        code, _, _ = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{out}/")
        assert code == 0
        (out / "0001.json").unlink()
        (out / "0002.json").write_text("kept", encoding="utf-8")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{out}/", "--skip-existing")
        assert code == 0, err
        assert "govnews: converted 1, failed 0, skipped 3 (3 outputs exist) in " in err
        assert (out / "0002.json").read_text(encoding="utf-8") == "kept"
        assert json.loads((out / "0001.json").read_text(encoding="utf-8"))["title"] == "某县第1次工作会议"

    def test_rerun_without_skip_existing_reports_each(self, tmp_path: Path) -> None:
        """Without --skip-existing or --force, each existing output is kept and named; exit 1."""
        write_dumps(tmp_path / "d", 2)
        run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{tmp_path / 'out'}/")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{tmp_path / 'out'}/")
        assert code == 1
        assert err.count("exists; kept it (use --force to replace it)") == 2

    @pytest.mark.parametrize(
        ("extra", "message"),
        [
            (["--force"], "--force replaces outputs that exist and --skip-existing keeps them"),
            ([], "--skip-existing needs -o DIR/"),
        ],
    )
    def test_skip_existing_usage(self, tmp_path: Path, extra: list[str], message: str) -> None:
        """--skip-existing goes with -o DIR/ and not with --force: a usage error otherwise."""
        write_dumps(tmp_path / "d", 1)
        output = f"{tmp_path / 'out'}/" if extra else str(tmp_path / "all.json")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", output, "--skip-existing", *extra)
        assert code == 2 and message in err

    def test_stale_temporary_files_of_own_targets_are_removed(self, tmp_path: Path) -> None:
        """A killed run's .NAME.govnews-XXXXXXXX.part beside one of this run's targets goes; others stay."""
        write_dumps(tmp_path / "d", 2)
        out = tmp_path / "out"
        out.mkdir()
        stale = out / ".0000.json.govnews-abcd1234.part"
        foreign = out / ".other.json.govnews-abcd1234.part"
        unmarked = out / ".0001.json.abcd1234.part"
        for path in (stale, foreign, unmarked):
            path.write_bytes(b"half")
            os.utime(path, (time.time() - 3600, time.time() - 3600))
        fresh = out / ".0001.json.govnews-zzzz9999.part"  # another process may be writing it right now
        fresh.write_bytes(b"half")
        os.utime(fresh, (time.time() + 3600, time.time() + 3600))
        code, _, _ = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{out}/")
        assert code == 0
        assert not stale.exists()
        assert foreign.exists() and unmarked.exists() and fresh.exists()

    def test_sigterm_leaves_no_temporary_file(self, tmp_path: Path) -> None:
        """A run stopped with SIGTERM while writing removes its temporary file and makes no output."""
        write_dumps(tmp_path / "d", 3000, padding=20)
        target = tmp_path / "out" / "all.json"
        target.parent.mkdir()
        process = subprocess.Popen(
            [*COMMAND, "convert", str(tmp_path / "d"), "--to", "json", "-o", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not list(target.parent.glob(".*.part")) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert process.poll() is None, "the run ended before it could be stopped"
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 128 + signal.SIGTERM
        assert list(target.parent.iterdir()) == []
        assert b"Traceback" not in err


class TestNames:
    def test_suffix_kept_where_stems_collide(self, tmp_path: Path) -> None:
        """a.txt and a.html in one folder: a.txt.json and a.html.json; a lone b.txt stays b.json."""
        folder = tmp_path / "d"
        folder.mkdir()
        (folder / "a.txt").write_text(dump("某县召开文本工作会"), encoding="utf-8")
        (folder / "a.html").write_text(
            f"<html><body><pre>{dump('某县召开网页工作会')}</pre></body></html>", encoding="utf-8"
        )
        (folder / "b.txt").write_text(dump("某县召开另一工作会"), encoding="utf-8")
        code, _, err = run("convert", str(folder), "--to", "json", "-o", f"{tmp_path / 'out'}/")
        assert code == 0, err
        written = {p.name: json.loads(p.read_text(encoding="utf-8"))["title"] for p in (tmp_path / "out").iterdir()}
        assert written == {
            "a.html.json": "某县召开网页工作会",
            "a.txt.json": "某县召开文本工作会",
            "b.json": "某县召开另一工作会",
        }

    def test_same_name_from_two_folders_numbered(self, tmp_path: Path) -> None:
        """x/same.txt and y/same.txt given as files: same.txt.json and same.txt~2.json, stable on a rerun."""
        for folder, title in (("x", "某县召开甲工作会"), ("y", "某县召开乙工作会")):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "same.txt").write_text(dump(title), encoding="utf-8")
        args = ["convert", str(tmp_path / "x" / "same.txt"), str(tmp_path / "y" / "same.txt"), "--to", "json"]
        code, _, err = run(*args, "-o", f"{tmp_path / 'out'}/")
        assert code == 0, err
        written = {p.name: json.loads(p.read_text(encoding="utf-8"))["title"] for p in (tmp_path / "out").iterdir()}
        assert written == {"same.txt.json": "某县召开甲工作会", "same.txt~2.json": "某县召开乙工作会"}
        code, _, err = run(*args, "-o", f"{tmp_path / 'out'}/", "--skip-existing")
        assert code == 0 and "skipped 2 (2 outputs exist)" in err

    def test_names_differing_only_in_case_do_not_share_a_file(self, tmp_path: Path) -> None:
        """A.txt and a.txt would be one file on a case-insensitive file system: they get two names."""
        (tmp_path / "d").mkdir()
        (tmp_path / "d" / "A.txt").write_text(dump("某县召开大写工作会"), encoding="utf-8")
        (tmp_path / "d" / "a.txt").write_text(dump("某县召开小写工作会"), encoding="utf-8")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{tmp_path / 'out'}/")
        assert code == 0, err
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["A.txt.json", "a.txt~2.json"]


class TestBadPaths:
    def test_fifo_is_reported_not_waited_on(self, tmp_path: Path) -> None:
        """A FIFO given as input, or found in a folder, is named as such; the others are converted."""
        write_dumps(tmp_path / "d", 2)
        os.mkfifo(tmp_path / "d" / "pipe.txt")
        os.mkfifo(tmp_path / "alone")
        result = subprocess.run(
            [*COMMAND, "convert", str(tmp_path / "alone"), str(tmp_path / "d"), "--to", "jsonl"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        err = result.stderr.decode()
        assert result.returncode == 1
        assert f"{tmp_path / 'alone'}: not a regular file (a FIFO); not read" in err
        assert f"{tmp_path / 'd' / 'pipe.txt'}: not a regular file (a FIFO); not read" in err
        assert len(result.stdout.splitlines()) == 2 and "Traceback" not in err

    def test_name_too_long(self, tmp_path: Path) -> None:
        """An input name too long for the file system is reported with the OS's reason."""
        write_dumps(tmp_path / "d", 1)
        long_name = str(tmp_path / ("页" * 100 + ".txt"))
        code, out, err = run("convert", long_name, str(tmp_path / "d"), "--to", "jsonl")
        assert code == 1
        assert f"{long_name}: File name too long" in err
        assert len(out.splitlines()) == 1

    def test_output_name_too_long(self, tmp_path: Path) -> None:
        """An input whose output name would be too long is reported with that output; the batch goes on."""
        folder = tmp_path / "d"
        folder.mkdir()
        long_stem = "a" * 251
        (folder / f"{long_stem}.txt").write_text(dump("某县召开长名工作会"), encoding="utf-8")  # 255 bytes: fits
        (folder / "b.txt").write_text(dump("某县召开短名工作会"), encoding="utf-8")
        out = tmp_path / "out"
        code, _, err = run("convert", str(folder), "--to", "json", "-o", f"{out}/")
        assert code == 1
        assert f"{out / (long_stem + '.json')}: File name too long" in err
        assert sorted(p.name for p in out.iterdir()) == ["b.json"]  # and no temporary file left

    def test_file_where_a_folder_should_be(self, tmp_path: Path) -> None:
        """An input under a file, an output folder that is a file, a subfolder of outputs blocked by a file."""
        write_dumps(tmp_path / "d" / "sub", 1)
        (tmp_path / "d" / "top.txt").write_text(dump("某县召开顶层工作会"), encoding="utf-8")
        (tmp_path / "plain").write_text("x", encoding="utf-8")
        code, out, err = run("convert", str(tmp_path / "plain" / "x.txt"), str(tmp_path / "d"), "--to", "jsonl")
        assert code == 1 and f"{tmp_path / 'plain' / 'x.txt'}: Not a directory" in err
        assert len(out.splitlines()) == 2
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{tmp_path / 'plain' / 'out'}/")
        assert code == 1 and f"{tmp_path / 'plain' / 'out'}: cannot make the folder: Not a directory" in err
        outputs = tmp_path / "out"
        outputs.mkdir()
        (outputs / "sub").write_text("a file, not a folder", encoding="utf-8")
        code, _, err = run("convert", str(tmp_path / "d"), "--to", "json", "-o", f"{outputs}/")
        assert code == 1
        assert f"{outputs / 'sub' / '0000.json'}: cannot make the folder {outputs / 'sub'}: a file is in the way" in err
        assert (outputs / "top.json").exists() and "Traceback" not in err

    def test_unreadable_folder_is_reported(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """A subfolder that cannot be listed is named with the reason; the rest is converted.

        The tests run as root, whom no permission stops, so the refusal is the OS call's, stood in for.
        """
        write_dumps(tmp_path / "d" / "locked", 1)
        write_dumps(tmp_path / "d" / "open", 1)
        real_scandir = os.scandir
        locked = str(tmp_path / "d" / "locked")

        def scandir(path: str) -> object:
            if os.fspath(path) == locked:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
        code, out, err = run("convert", str(tmp_path / "d"), "--to", "jsonl")
        assert code == 1
        assert f"govnews: error: {locked}: Permission denied" in err
        assert len(out.splitlines()) == 1


class TestBrokenPipe:
    def test_head_ends_quietly(self, tmp_path: Path) -> None:
        """convert … | head -1: no error, no traceback, exit 141 as a SIGPIPE'd tool's shell status."""
        write_dumps(tmp_path / "d", 400, padding=30)
        for jobs in ("1", "2"):
            command = f"{' '.join(COMMAND)} convert {tmp_path / 'd'} --to jsonl -j {jobs}"
            shell = f"{command} | head -1; echo ${{PIPESTATUS[0]}} >&2"
            result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120, check=False)
            assert json.loads(result.stdout)["title"] == "某县第0次工作会议"
            assert result.stderr.decode() == "141\n"


class TestMoreInputs:
    def test_files_from(self, tmp_path: Path) -> None:
        """--files-from FILE: one path a line, blank lines skipped, in order after the arguments."""
        paths = write_dumps(tmp_path / "d", 3)
        listing = tmp_path / "list.txt"
        listing.write_text(f"{paths[2]}\n\n{tmp_path / 'gone.txt'}\n{paths[0]}\n", encoding="utf-8")
        code, out, err = run("convert", str(paths[1]), "--files-from", str(listing), "--to", "jsonl")
        assert code == 1 and f"{tmp_path / 'gone.txt'}: no such file or folder" in err
        assert titles_of_jsonl(out) == ["某县第1次工作会议", "某县第2次工作会议", "某县第0次工作会议"]

    def test_files_from_stdin(self, tmp_path: Path) -> None:
        """--files-from - reads the list from stdin; with - among the inputs too, it is a usage error."""
        paths = write_dumps(tmp_path / "d", 2)
        listing = "".join(f"{path}\n" for path in reversed(paths)).encode()
        code, out, _ = run("convert", "--files-from", "-", "--to", "jsonl", input=listing)
        assert code == 0
        assert titles_of_jsonl(out) == ["某县第1次工作会议", "某县第0次工作会议"]
        code, _, err = run("convert", "-", "--files-from", "-", "--to", "jsonl", input=listing)
        assert code == 2 and "standard input cannot be both" in err
        code, _, err = run("convert", "--to", "jsonl")
        assert code == 2 and "give at least one INPUT, or --files-from FILE" in err

    def test_gzipped_dumps(self, tmp_path: Path) -> None:
        """NAME.txt.gz is decompressed and named NAME; a .gz that is no gzip is reported."""
        folder = tmp_path / "d"
        folder.mkdir()
        (folder / "a.txt.gz").write_bytes(gzip.compress(dump("某县召开压缩文本工作会").encode("gbk")))
        (folder / "b.html.gz").write_bytes(
            gzip.compress(f"<html><body><pre>{dump('某县召开压缩网页工作会')}</pre></body></html>".encode())
        )
        (folder / "c.txt.gz").write_bytes(b"not gzip at all")
        code, _, err = run("convert", str(folder), "--to", "json", "-o", f"{tmp_path / 'out'}/")
        assert code == 1 and f"{folder / 'c.txt.gz'}: gzip: Not a gzipped file" in err
        written = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").iterdir()}
        assert sorted(written) == ["a.json", "b.json"]
        assert (
            written["a.json"]["title"] == "某县召开压缩文本工作会"
            and written["a.json"]["provenance"]["encoding"] == "gb18030"
        )
        assert written["b.json"]["title"] == "某县召开压缩网页工作会"

    def test_warc(self, tmp_path: Path) -> None:
        """Each HTML response of a WARC is one article with its URL; other records are skipped and counted."""
        write_warc(tmp_path / "crawl.warc.gz", empty_page=True)
        code, out, err = run("convert", str(tmp_path / "crawl.warc.gz"), "--to", "jsonl", "-j", "2")
        assert code == 1  # the empty page
        articles = [json.loads(line) for line in out.splitlines()]
        assert [(a["title"], a["provenance"]["url"]) for a in articles] == [(t, u) for u, t in WARC_PAGES.items()]
        assert all(a["provenance"]["path"] == str(tmp_path / "crawl.warc.gz") for a in articles)
        assert f"{tmp_path / 'crawl.warc.gz'} record <urn:uuid:" in err and "no text" in err
        assert (
            f"converted 2, failed 1, skipped {WARC_OTHER_RECORDS} ({WARC_OTHER_RECORDS} WARC records not HTML pages)"
            in err
        )

    def test_warc_http_charset(self, tmp_path: Path) -> None:
        """A page whose charset only its HTTP header declares is read in it, and provenance says so."""
        page = "<html><body><div>來源:新聞局 發布日期:2023-03-01</div><p>區議會今日召開會議。</p></body></html>"
        uri = "https://www.example.gov.hk/notice.html"
        write_warc_page(tmp_path / "big5.warc", uri, page.encode("big5"), "text/html; charset=Big5")
        code, out, err = run("convert", str(tmp_path / "big5.warc"), "--to", "jsonl")
        assert code == 0, err
        article = json.loads(out)
        assert article["source"] == "新聞局" and article["body"][0]["text"] == "區議會今日召開會議。"
        assert article["provenance"]["encoding"] == "big5hkscs" and article["provenance"]["declared_encoding"] == "big5"

    def test_warc_to_folder(self, tmp_path: Path) -> None:
        """-o DIR/: a WARC's pages go to a folder named after it, numbered in record order; a rerun skips them."""
        write_warc(tmp_path / "crawl.warc", compress=False)
        out = tmp_path / "out"
        code, _, err = run("convert", str(tmp_path / "crawl.warc"), "--to", "json", "-o", f"{out}/")
        assert code == 0, err
        assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == [
            "crawl/000001.json",
            "crawl/000002.json",
        ]
        code, _, err = run("convert", str(tmp_path / "crawl.warc"), "--to", "json", "-o", f"{out}/", "--skip-existing")
        assert code == 0 and "converted 0, failed 0, skipped 5 (3 WARC records not HTML pages, 2 outputs exist)" in err

    def test_not_a_warc(self, tmp_path: Path) -> None:
        """A .warc that is no web archive is named with the reason; no traceback."""
        (tmp_path / "bad.warc").write_bytes(b"this is not an archive\r\n\r\n")
        code, _, err = run("convert", str(tmp_path / "bad.warc"), "--to", "jsonl")
        assert code == 1 and f"{tmp_path / 'bad.warc'}: not a WARC: a record in ARC form" in err
        (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"hello world\n"))
        code, _, err = run("convert", str(tmp_path / "bad.warc.gz"), "--to", "jsonl")
        assert code == 1 and f"{tmp_path / 'bad.warc.gz'}: not a readable WARC: ArchiveLoadFailed: " in err
        assert "Traceback" not in err


def test_import_govnews_stays_small() -> None:
    """import govnews brings neither Dask, pyarrow, warcio nor tqdm: the extras load only when used."""
    heavy = ("dask", "pyarrow", "warcio", "tqdm", "distributed", "fsspec")
    code = f"import govnews, sys; govnews.exporters(); print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
