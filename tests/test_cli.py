"""The govnews command: convert, its format and options, formats, show; errors named, outputs whole, exit statuses."""

from __future__ import annotations

import codecs
import datetime as dt
import doctest
import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest
from click.testing import CliRunner

import govnews
import govnews.view
from govnews.cli import cli
from govnews.exporting import Option
from govnews.model import SHANGHAI, Article, Block, Byline, DocumentInfo, Provenance, shape
from govnews.parsing import is_compiled
from govnews.testing import registered
from govnews.view import describe

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_inputs import WARC_PAGES, write_warc

sys.path.pop(0)

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


class Recorder:
    """An exporter that declares options and writes, as JSON, the options its write received."""

    name = "recorder"
    suffix = ".rec"
    media_type = "text/plain"
    options = (
        Option("width", int, 40, "a whole number"),
        Option("title", str, None, "a heading"),
    )

    def write(self, articles: object, out: BinaryIO, **options: object) -> None:
        out.write(json.dumps(options, ensure_ascii=False).encode() + b"\n")


class Undeclared(Recorder):
    """The same, written before options were declared: it has no ``options``."""

    name = "undeclared"
    suffix = ".und"
    options = None  # type: ignore[assignment]


class OtherText(Recorder):
    """A second exporter whose suffix is ``.rec`` too."""

    name = "Other"
    options = ()  # type: ignore[assignment]


class RecordingPlugin:
    @govnews.hookimpl
    def register_exporters(self, register: Callable[[object], None]) -> None:
        register(Recorder())
        register(Undeclared())


class TestOptions:
    def test_misspelt_option_is_a_usage_error(self, dumps: Path, tmp_path: Path) -> None:
        """-O with a key the format does not take exits 2, naming the key, its value, the options and the closest."""
        target = tmp_path / "out.json"
        code, out, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-O", "indnet=0", "-o", str(target))
        assert code == 2 and out == ""
        assert "Invalid value for '-O': json has no option indnet='0' (json options: indent, array)" in err
        assert "did you mean indent?" in err
        assert not target.exists()

    @pytest.mark.parametrize(
        ("pair", "reason"),
        [
            ("array=maybe", "json option array must be true or false, not 'maybe'"),
            ("indent=wide", "json option indent must be a whole number, not 'wide'"),
            ("indent=-1", "json option indent must be 0 or more, not '-1'"),
        ],
    )
    def test_bad_value_is_a_usage_error(self, dumps: Path, pair: str, reason: str) -> None:
        """A value the option cannot read exits 2 (not 1), naming the option, the value and the format's options."""
        code, out, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-O", pair)
        assert code == 2 and out == ""
        assert f"{reason} (json options: indent, array)" in err

    def test_options_are_checked_before_any_input_is_read(self, tmp_path: Path) -> None:
        """A bad option stops the run before inputs are looked at: a missing input is not even reported."""
        code, _, err = run("convert", str(tmp_path / "missing.txt"), "--to", "xml", "-O", "indent=2")
        assert code == 2
        assert "xml takes no options" in err
        assert "missing.txt" not in err and "converted" not in err

    def test_values_reach_the_exporter_typed(self, tmp_path: Path) -> None:
        """The exporter is given the declared options read as their types, defaults filled in."""
        (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
        with registered(RecordingPlugin()):
            code, out, err = run("convert", str(tmp_path / "a.txt"), "--to", "recorder", "-O", "width=7", "--quiet")
        assert code == 0, err
        assert json.loads(out) == {"width": 7, "title": None}

    def test_title_reaches_a_format_that_takes_it(self, tmp_path: Path) -> None:
        """--title is the format's title option."""
        (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
        with registered(RecordingPlugin()):
            code, out, err = run("convert", str(tmp_path / "a.txt"), "--to", "recorder", "--title", "要闻", "-q")
        assert code == 0, err
        assert json.loads(out) == {"width": 40, "title": "要闻"}

    def test_title_refused_by_a_format_without_it(self, dumps: Path) -> None:
        """--title on a format that declares no title option exits 2 and says which formats take it."""
        code, out, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "--title", "要闻")
        assert code == 2 and out == ""
        assert "Invalid value for '--title': json has no title option; --title is for epub" in err

    def test_title_given_twice_is_a_usage_error(self, dumps: Path) -> None:
        """--title and -O title= together exit 2: one title, said once."""
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "epub", "--title", "A", "-O", "title=B")
        assert code == 2
        assert "give the title once" in err

    def test_undeclared_exporter_gets_pairs_unchecked(self, tmp_path: Path) -> None:
        """An exporter that declares no options (an older plugin) gets -O pairs and --title as text, unchecked."""
        (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
        with registered(RecordingPlugin()):
            code, out, err = run(
                "convert", str(tmp_path / "a.txt"), "--to", "undeclared", "-O", "anything=1", "--title", "T", "-q"
            )
        assert code == 0, err
        assert json.loads(out) == {"anything": "1", "title": "T"}


class TestChoosingTheFormat:
    @pytest.mark.parametrize("name", ["book.epub", "BOOK.EPUB"])
    def test_format_from_the_output_suffix(self, dumps: Path, tmp_path: Path, name: str) -> None:
        """Without --to, -o FILE's suffix names the format, in any case: book.epub is an EPUB."""
        target = tmp_path / name
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "-o", str(target))
        assert code == 0, err
        assert target.read_bytes()[:2] == b"PK" and b"application/epub+zip" in target.read_bytes()[:100]

    def test_jsonl_suffix_is_jsonl_not_json(self, dumps: Path, tmp_path: Path) -> None:
        """-o out.jsonl is JSON lines (its suffix is .jsonl, which ends in no other format's suffix)."""
        target = tmp_path / "out.jsonl"
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), str(dumps / "b_gbk.txt"), "-o", str(target))
        assert code == 0, err
        lines = target.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["title"] for line in lines] == ["某县召开春季植树动员会", "某县召开秋季防火工作会"]

    @pytest.mark.parametrize(
        ("output", "reason"),
        [
            ("x.docx", "cannot tell the format of -o {tmp}/x.docx: no format writes .docx files"),
            ("x", "cannot tell the format of -o {tmp}/x: it has no suffix to tell the format by"),
            ("out/", "-o {tmp}/out/ is a folder, with no suffix to tell the format by"),
        ],
    )
    def test_output_that_names_no_format(self, dumps: Path, tmp_path: Path, output: str, reason: str) -> None:
        """An unknown suffix, none, or a folder without --to exits 2, saying to give --to; nothing is made."""
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "-o", f"{tmp_path}/{output}")
        assert code == 2
        assert f"Error: give --to FORMAT: {reason.format(tmp=tmp_path)}" in err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["dumps"]

    def test_stdout_without_to(self, dumps: Path) -> None:
        """No -o (standard output) and no --to exits 2, saying to give --to."""
        code, out, err = run("convert", str(dumps / "a_utf8.txt"))
        assert code == 2 and out == ""
        assert "give --to FORMAT: standard output has no file name to tell the format by" in err

    def test_suffix_of_two_formats(self, tmp_path: Path) -> None:
        """A suffix two formats share is a usage error naming both."""

        class Both:
            @govnews.hookimpl
            def register_exporters(self, register: Callable[[object], None]) -> None:
                register(Recorder())
                register(OtherText())

        (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
        with registered(Both()):
            code, _, err = run("convert", str(tmp_path / "a.txt"), "-o", str(tmp_path / "a.rec"))
        assert code == 2
        assert ".rec is the suffix of Other and recorder" in err

    @pytest.mark.parametrize("name", ["JSON", "Json"])
    def test_format_names_in_any_case(self, dumps: Path, name: str) -> None:
        """--to matches format names without regard to case."""
        code, out, err = run("convert", str(dumps / "a_utf8.txt"), "--to", name)
        assert code == 0, err
        assert json.loads(out)["title"] == "某县召开春季植树动员会"

    def test_name_in_a_case_two_formats_share(self, tmp_path: Path) -> None:
        """A name that matches two formats only without regard to case is a usage error naming both."""

        class Cased(Recorder):
            name = "other"
            suffix = ".oth"

        class Both:
            @govnews.hookimpl
            def register_exporters(self, register: Callable[[object], None]) -> None:
                register(OtherText())
                register(Cased())

        (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
        with registered(Both()):
            code, _, err = run("convert", str(tmp_path / "a.txt"), "--to", "OTHER")
            assert code == 2
            assert "'OTHER' could be Other or other" in err
            code, _, err = run("convert", str(tmp_path / "a.txt"), "--to", "Other", "-q")
            assert code == 0, err

    def test_dash_is_stdout(self, dumps: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """-o - writes to standard output; no file named - is made."""
        monkeypatch.chdir(tmp_path)
        code, out, err = run("convert", str(dumps / "a_utf8.txt"), "--to", "json", "-o", "-")
        assert code == 0, err
        assert json.loads(out)["title"] == "某县召开春季植树动员会"
        assert not (tmp_path / "-").exists()

    def test_dash_needs_to(self, dumps: Path) -> None:
        """-o - tells no format: without --to it is a usage error."""
        code, _, err = run("convert", str(dumps / "a_utf8.txt"), "-o", "-")
        assert code == 2
        assert "give --to FORMAT" in err


class TestFormats:
    def test_table(self) -> None:
        """formats lists each format with its suffix, media type, plugin and options as NAME=DEFAULT."""
        code, out, _ = run("formats")
        assert code == 0
        rows = {line.split()[0]: line for line in out.splitlines()}
        assert rows["json"].split()[:4] == ["json", ".json", "application/json", "govnews.formats.json"]
        assert rows["json"].endswith("  indent=2, array=false")
        assert rows["epub"].endswith("  title, lang")
        assert rows["parquet"].endswith("  row_group=2000, compression=zstd")
        assert rows["jsonl"].endswith("  none")

    def test_table_marks_an_undeclared_format(self) -> None:
        """A format that declares no options is listed as taking any, unchecked."""
        with registered(RecordingPlugin()):
            code, out, _ = run("formats")
        assert code == 0
        rows = {line.split()[0]: line for line in out.splitlines()}
        assert rows["undeclared"].endswith("  any (not declared)")
        assert rows["recorder"].endswith("  width=40, title")

    def test_json_lists_every_option(self) -> None:
        """formats --json gives each option's name, type, choices, default and help; null for undeclared ones."""
        with registered(RecordingPlugin()):
            code, out, _ = run("formats", "--json")
        assert code == 0
        by_name = {row["name"]: row for row in json.loads(out)}
        assert by_name["json"]["options"] == [
            {"name": "indent", "type": "int", "choices": None, "default": 2,
             "help": "spaces of indentation; 0 for one line"},
            {"name": "array", "type": "bool", "choices": None, "default": False,
             "help": "an array even for one article"},
        ]  # fmt: skip
        compression = by_name["parquet"]["options"][1]
        assert compression["type"] == "choice" and compression["choices"] == ["zstd", "snappy", "gzip", "none"]
        assert by_name["epub"]["options"][0] == {
            "name": "title", "type": "str", "choices": None, "default": None,
            "help": "the book's title; by default the article's, or one named after the channel",
        }  # fmt: skip
        assert by_name["jsonl"]["options"] == []
        assert by_name["undeclared"]["options"] is None
        assert by_name["json"]["plugin"] == "govnews.formats.json"


class TestShow:
    def test_fields_of_one_dump(self, dumps: Path) -> None:
        """show prints the parsed fields, one per line in two columns, parts indented, then the body."""
        code, out, _ = run("show", str(dumps / "b_gbk.txt"))
        assert code == 0
        lines = out.splitlines()
        assert lines[0] == "title                某县召开秋季防火工作会"
        assert "breadcrumb           首页 > 县政府信息" in lines
        assert lines.index("provenance") < lines.index("  encoding           gb18030")
        body = ["body                 2 blocks", "  3月4日,某县召开秋季防火工作会。", "  会议要求各乡镇抓好落实。"]
        assert lines[-3:] == body
        assert not any(line.startswith("==>") for line in lines)  # one input: no header

    def test_every_field_of_the_model_is_shown(self) -> None:
        """The field list is the model's shape: every field of an article, at every level, has its line."""
        document = DocumentInfo(
            index_number="001", document_number="某政发〔2021〕1号", issuer="某县人民政府",
            written=dt.date(2021, 3, 1), topic="综合政务", validity="有效",
        )  # fmt: skip
        article = Article(
            title="标题", subtitle="副标题", breadcrumb=("首页", "通知"),
            published=dt.datetime(2021, 3, 5, 9, 30, tzinfo=SHANGHAI), source="县政府办",
            byline=Byline(authors=("甲",), editors=("乙", "丙"), photographers=("丁",), text="作者:甲"),
            views=12, document=document, body=(Block("paragraph", "一段"), Block("attachment", "附件1")),
            extra={"责任编辑": "乙"},
            provenance=Provenance(path="a.txt", url="https://example.gov.cn/a.html", sha256="0" * 64,
                                  encoding="gb18030", declared_encoding="gbk", parser="govnews 0.1.0"),
        )  # fmt: skip
        lines = describe(article).splitlines()
        for item in shape(Article):
            assert any(line.split()[0] == item.name for line in lines if not line.startswith(" ")), item.name
            if item.part is not None and item.kind == "part":
                for inner in shape(item.part):
                    assert any(line.startswith(f"  {inner.name} ") for line in lines), f"{item.name}.{inner.name}"
        assert "published            2021-03-05T09:30:00+08:00" in lines
        assert "  editors            乙、丙" in lines
        assert "  责任编辑           乙" in lines  # aligned by terminal columns: a CJK character is two
        assert lines[-2:] == ["  一段", "  [attachment] 附件1"]

    def test_view_docstring_example(self) -> None:
        """The example in govnews.view's docstring prints what it shows."""
        result = doctest.testmod(govnews.view, report=False)
        assert result.attempted > 0 and result.failed == 0

    def test_several_inputs_and_folders(self, dumps: Path, tmp_path: Path) -> None:
        """Folders are searched as convert does; each article is headed by a line naming its input, in order."""
        with gzip.open(tmp_path / "z.txt.gz", "wt", encoding="utf-8") as packed:
            packed.write(OTHER)
        (dumps / "e_empty.txt").unlink()
        code, out, err = run("show", str(dumps), str(tmp_path / "z.txt.gz"))
        assert code == 0, err
        headers = [line for line in out.splitlines() if line.startswith("==> ")]
        names = ["a_utf8.txt", "b_gbk.txt", "c_bom.txt", "sub/d_crlf.txt"]
        assert headers == [f"==> {dumps / name} <==" for name in names] + [f"==> {tmp_path / 'z.txt.gz'} <=="]
        assert out.count("\ntitle ") == 5
        assert "\n\n==> " in out  # a blank line before each header but the first

    def test_warc_pages_named_by_record(self, tmp_path: Path) -> None:
        """Each HTML page of a WARC is shown, headed by the archive and its record id."""
        write_warc(tmp_path / "crawl.warc.gz")
        code, out, err = run("show", str(tmp_path / "crawl.warc.gz"))
        assert code == 0, err
        headers = [line for line in out.splitlines() if line.startswith("==> ")]
        assert len(headers) == len(WARC_PAGES)
        assert all(line.startswith(f"==> {tmp_path / 'crawl.warc.gz'} record <urn:uuid:") for line in headers)
        assert [line.split(maxsplit=1)[1] for line in out.splitlines() if line.startswith("title ")] == list(
            WARC_PAGES.values()
        )

    def test_files_from(self, dumps: Path, tmp_path: Path) -> None:
        """--files-from lists inputs, one a line, as for convert."""
        listing = tmp_path / "list.txt"
        listing.write_text(f"{dumps / 'b_gbk.txt'}\n{dumps / 'a_utf8.txt'}\n", encoding="utf-8")
        code, out, _ = run("show", "--files-from", str(listing))
        assert code == 0
        titles = [line.split()[1] for line in out.splitlines() if line.startswith("title ")]
        assert titles == ["某县召开秋季防火工作会", "某县召开春季植树动员会"]

    def test_bad_input_reported_and_the_others_shown(self, dumps: Path) -> None:
        """A bad input is named with its reason on stderr, as convert names it; the others are shown; exit 1."""
        missing = dumps / "gone.txt"
        code, out, err = run("show", str(dumps / "e_empty.txt"), str(dumps / "a_utf8.txt"), str(missing))
        assert code == 1
        assert err.splitlines() == [
            f"govnews: error: {dumps / 'e_empty.txt'}: empty input",
            f"govnews: error: {missing}: no such file or folder",
        ]
        assert out.startswith(f"==> {dumps / 'a_utf8.txt'} <==\ntitle                某县召开春季植树动员会\n")
        assert "Traceback" not in err

    def test_json_is_the_jsonl_form(self, dumps: Path) -> None:
        """show --json prints one JSON object a line, byte for byte what convert --to jsonl writes."""
        code, out, err = run("show", "--json", str(dumps))
        assert code == 1 and "e_empty.txt: empty input" in err
        _, jsonl, _ = run("convert", str(dumps), "--to", "jsonl", "--quiet")
        assert out == jsonl
        titles = [json.loads(line)["title"] for line in out.splitlines()]
        assert titles[:2] == ["某县召开春季植树动员会", "某县召开秋季防火工作会"]

    def test_stdin(self) -> None:
        """'-' shows the dump read from standard input."""
        code, out, _ = run("show", "-", input=GOOD.encode("gbk"))
        assert code == 0
        assert out.startswith("title                某县召开春季植树动员会\n")

    def test_needs_an_input(self) -> None:
        """show without INPUT or --files-from is a usage error."""
        code, _, err = run("show")
        assert code == 2
        assert "give at least one INPUT, or --files-from FILE" in err

    @pytest.mark.parametrize("as_json", [False, True])
    def test_head_ends_quietly(self, tmp_path: Path, as_json: bool) -> None:
        """show … | head -1 stops quietly, as convert does: no error, no traceback, exit status 141."""
        folder = tmp_path / "d"
        folder.mkdir()
        for number in range(200):
            (folder / f"{number:03d}.txt").write_text(GOOD, encoding="utf-8")
        command = [sys.executable, "-m", "govnews", "show", *(["--json"] if as_json else []), str(folder)]
        shell = f"{' '.join(command)} | head -1; echo ${{PIPESTATUS[0]}} >&2"
        result = subprocess.run(["bash", "-c", shell], capture_output=True, timeout=120, check=False)
        assert result.stderr.decode() == "141\n"
        first = result.stdout.decode()
        if as_json:
            assert json.loads(first)["title"] == "某县召开春季植树动员会"
        else:
            assert first == f"==> {folder / '000.txt'} <==\n"

    def test_folder_without_dumps(self, tmp_path: Path) -> None:
        """A folder with no dump in it is reported as convert reports it, and the exit status is 1."""
        code, out, err = run("show", str(tmp_path))
        assert (code, out) == (1, "")
        assert err.startswith(f"govnews: error: {tmp_path}: folder holds no dump (*.txt, ")


def test_version_names_the_parser_build() -> None:
    """--version gives the version and whether the parser runs compiled, for a bug report."""
    code, out, _ = run("--version")
    assert code == 0
    build = "compiled" if is_compiled() else "interpreted"
    assert out.strip() == f"govnews {govnews.__version__} ({build} parser)"


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
