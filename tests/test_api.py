"""The public API: parse, parse_file, export, exporters, load_json, load_jsonl, and the JSON form."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govnews
from govnews.model import SHANGHAI

DUMP = (
    "首页 > 县政府信息\n某县召开春季植树动员会\n发布时间:2021-03-05 09:30 来源:县政府办\n\n"
    "3月4日,某县召开春季植树动员会。\n\n会议要求各乡镇抓好落实。\n"
)
PIECES = ["", "\u3000", "\xa0", "\x0b", "字号:[ ]", "(记者 ", "上一篇:", "索 引 号:", "发布时间:"]
SEED = Path(__file__).parents[1] / "seeds" / "000_fdea7f6b670525a1.txt"
SCHEMA = json.loads(files("govnews").joinpath("schemas/article.schema.json").read_text(encoding="utf-8"))


def validate(data: bytes) -> object:
    """Parse JSON output and hold it against the shipped schema."""
    value = json.loads(data)
    jsonschema.validate(value, SCHEMA, format_checker=jsonschema.FormatChecker())
    return value


class TestParse:
    def test_str_and_bytes_agree(self) -> None:
        """Text and its UTF-8 or GBK bytes give the same fields; only the provenance differs."""
        from_text = govnews.parse(DUMP)
        for encoding in ("utf-8", "gbk"):
            from_bytes = govnews.parse(DUMP.encode(encoding))
            assert from_bytes.provenance is not None
            assert from_bytes.provenance.encoding == ("gb18030" if encoding == "gbk" else encoding)
            assert from_bytes.title == from_text.title
            assert from_bytes.body == from_text.body

    def test_provenance(self, tmp_path: Path) -> None:
        """parse_file records the path, the sha256 of the bytes, the encoding and the parser."""
        path = tmp_path / "page.txt"
        path.write_bytes(DUMP.encode("gbk"))
        article = govnews.parse_file(path)
        assert article.provenance is not None
        assert article.provenance.path == str(path)
        assert article.provenance.encoding == "gb18030"
        assert article.provenance.parser == f"govnews {govnews.__version__}"
        import hashlib

        assert article.provenance.sha256 == hashlib.sha256(DUMP.encode("gbk")).hexdigest()

    def test_transport_charset_comes_first(self) -> None:
        """The charset a transport declares (an HTTP header) reads bytes that detection alone misreads."""
        data = "來源:新聞局 發布日期:2023-03-01\n區議會今日召開會議。\n".encode("big5")
        assert govnews.parse(data).source != "新聞局"  # short Big5 bytes: detection guesses another charset
        article = govnews.parse(data, charset="Big5")
        assert article.source == "新聞局" and article.published == dt.date(2023, 3, 1)
        assert (article.provenance.encoding, article.provenance.declared_encoding) == ("big5hkscs", "big5")
        # a declaration the bytes contradict is ignored, and not recorded as the one used
        utf8 = govnews.parse("某县召开会议\n来源:县政府办\n会议要求各乡镇抓好落实。\n".encode(), charset="big5")
        assert (utf8.source, utf8.provenance.encoding, utf8.provenance.declared_encoding) == ("县政府办", "utf-8", None)

    def test_published_is_aware(self) -> None:
        """A date with a time is a timezone-aware Shanghai datetime."""
        published = govnews.parse(DUMP).published
        assert published == dt.datetime(2021, 3, 5, 9, 30, tzinfo=SHANGHAI)

    @pytest.mark.parametrize("data", [b"", "   \n", b"\x00\x01\x02\x03binary"])
    def test_not_a_dump(self, data: str | bytes) -> None:
        """Empty and binary input raise ParseError, which is a GovnewsError and a ValueError."""
        with pytest.raises(govnews.ParseError) as caught:
            govnews.parse(data)
        assert isinstance(caught.value, govnews.GovnewsError)
        assert isinstance(caught.value, ValueError)

    def test_error_names_the_path(self, tmp_path: Path) -> None:
        """A bad file's ParseError names the file and the reason."""
        path = tmp_path / "empty.txt"
        path.write_bytes(b"")
        with pytest.raises(govnews.ParseError, match=r"empty\.txt: empty input") as caught:
            govnews.parse_file(path)
        assert caught.value.path == str(path)
        assert caught.value.reason == "empty input"

    def test_missing_file(self, tmp_path: Path) -> None:
        """A file that does not exist raises the usual OSError."""
        with pytest.raises(FileNotFoundError):
            govnews.parse_file(tmp_path / "nope.txt")

    @settings(max_examples=150, deadline=None)
    @given(st.one_of(st.text(), st.binary()))
    def test_anything_parses_or_is_refused(self, data: str | bytes) -> None:
        """Any text or bytes give an Article or a ParseError for the input, never a parser bug or another exception."""
        try:
            article = govnews.parse(data)
        except govnews.ParserBugError:
            raise
        except govnews.ParseError:
            return
        assert isinstance(article, govnews.Article)
        validate(govnews.export(article, "json"))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.sampled_from([*DUMP.splitlines(), *PIECES]), max_size=30))
    def test_dump_like_lines(self, lines: list[str]) -> None:
        """Shuffled and repeated pieces of a dump parse into a valid article (refused only when empty)."""
        try:
            article = govnews.parse("\n".join(lines))
        except govnews.ParserBugError:
            raise
        except govnews.ParseError:
            assert not "".join(lines).strip()
            return
        validate(govnews.export(article, "json"))


class TestExport:
    def test_one_is_an_object_many_an_array(self) -> None:
        """One article is a JSON object; several are an array, in order."""
        article = govnews.parse(DUMP)
        one = validate(govnews.export(article, "json"))
        many = validate(govnews.export([article, article], "json"))
        assert isinstance(one, dict) and one["title"] == article.title
        assert isinstance(many, list) and len(many) == 2

    def test_json_form(self) -> None:
        """Keys are the model's fields, dates ISO 8601 with offset, text not ASCII-escaped."""
        data = govnews.export(govnews.parse(DUMP), "json")
        value = validate(data)
        assert value["published"] == "2021-03-05T09:30:00+08:00"
        assert "某县".encode() in data
        assert set(value) == {
            "title",
            "subtitle",
            "breadcrumb",
            "published",
            "source",
            "byline",
            "views",
            "document",
            "body",
            "extra",
            "provenance",
        }

    def test_jsonl(self) -> None:
        """jsonl writes one valid object per line."""
        article = govnews.parse(DUMP)
        lines = govnews.export([article] * 3, "jsonl").decode().splitlines()
        assert len(lines) == 3
        for line in lines:
            validate(line.encode())

    def test_to_path_and_stream(self, tmp_path: Path) -> None:
        """A path target is written whole; a stream target is written to; both equal the bytes form."""
        article = govnews.parse(DUMP)
        expected = govnews.export(article, "json")
        govnews.export(article, "json", tmp_path / "a.json")
        stream = io.BytesIO()
        govnews.export(article, "json", stream)
        assert (tmp_path / "a.json").read_bytes() == expected == stream.getvalue()
        assert [p.name for p in tmp_path.iterdir()] == ["a.json"]

    def test_failed_export_leaves_nothing(self, tmp_path: Path) -> None:
        """An exporter that fails midway leaves no partial file and keeps the old one."""
        target = tmp_path / "a.json"
        target.write_text("old")

        class Broken:
            def __iter__(self):  # type: ignore[no-untyped-def]
                yield govnews.parse(DUMP)
                raise RuntimeError("input stopped")

        with pytest.raises(RuntimeError):
            govnews.export(Broken(), "json", target)
        assert target.read_text() == "old"
        assert [p.name for p in tmp_path.iterdir()] == ["a.json"]

    def test_unknown_format(self) -> None:
        """An unknown format raises UnknownFormatError listing the known ones."""
        with pytest.raises(govnews.UnknownFormatError, match="json"):
            govnews.export(govnews.parse(DUMP), "nope")

    def test_exporters(self) -> None:
        """exporters() maps names to exporters with the four contract members."""
        found = govnews.exporters()
        assert {"json", "jsonl"} <= set(found)
        for name, exporter in found.items():
            assert exporter.name == name
            assert exporter.suffix.startswith(".")
            assert exporter.media_type
            assert callable(exporter.write)


class TestLoadJson:
    def test_round_trip(self) -> None:
        """JSON written by govnews for one article reads back as a list of one equal Article."""
        article = govnews.parse_file(SEED)
        assert govnews.load_json(govnews.export(article, "json")) == [article]

    @pytest.mark.parametrize("count", [0, 1, 2, 3])
    def test_always_a_list(self, count: int) -> None:
        """Whatever the number of articles (an object for one, an array otherwise), the result is the list written."""
        articles = [govnews.parse_file(SEED), govnews.parse(DUMP), govnews.Article(title="第三篇")][:count]
        for array in (False, True):
            assert govnews.load_json(govnews.export(articles, "json", array=array)) == articles

    def test_edited_json(self) -> None:
        """A user's correction survives the trip back into the model."""
        value = json.loads(govnews.export(govnews.parse(DUMP), "json"))
        value["source"] = "某县人民政府"
        value["published"] = "2021-03-05"
        (article,) = govnews.load_json(json.dumps(value, ensure_ascii=False))
        assert article.source == "某县人民政府"
        assert article.published == dt.date(2021, 3, 5)

    def test_lone_surrogate_survives(self) -> None:
        """Text the model holds but UTF-8 cannot carry is escaped in JSON and read back exactly."""
        article = govnews.Article(title="坏\udc80字", body=[govnews.Block("paragraph", "a\ud800b")])
        data = govnews.export(article, "json")
        data.decode("utf-8")  # valid UTF-8
        assert govnews.load_json(data) == [article]

    @pytest.mark.parametrize("data", ["{", "[1, 2]", '{"body": [{"kind": "poem", "text": "x"}]}', "42", b"\xff{}"])
    def test_not_govnews_json(self, data: str | bytes) -> None:
        """Anything that is not govnews JSON raises ParseError."""
        with pytest.raises(govnews.ParseError):
            govnews.load_json(data)

    def test_an_array_names_the_bad_article(self) -> None:
        """In an array the error names the article by its index."""
        data = '[{"title": "好"}, {"views": "12"}]'
        with pytest.raises(govnews.ParseError, match=r"article\[1\]\.views: expected a whole number"):
            govnews.load_json(data)

    def test_json_lines_point_to_load_jsonl(self) -> None:
        """JSON lines given to load_json are refused with a pointer to load_jsonl."""
        data = govnews.export([govnews.parse(DUMP)] * 2, "jsonl")
        with pytest.raises(govnews.ParseError, match="load_jsonl"):
            govnews.load_json(data)


class TestLoadJsonl:
    def test_round_trip_from_bytes_text_and_streams(self, tmp_path: Path) -> None:
        """Bytes, text, a binary file and a text file of jsonl all read back into the articles written."""
        articles = [govnews.parse_file(SEED), govnews.parse(DUMP), govnews.Article(title="行\u2028分隔")]
        data = govnews.export(articles, "jsonl")
        path = tmp_path / "all.jsonl"
        path.write_bytes(data)
        assert list(govnews.load_jsonl(data)) == articles
        assert list(govnews.load_jsonl(data.decode())) == articles
        with path.open("rb") as binary, path.open(encoding="utf-8") as text:
            assert list(govnews.load_jsonl(binary)) == articles
            assert list(govnews.load_jsonl(text)) == articles

    def test_one_line_is_still_an_iterator(self) -> None:
        """One line gives an iterator of one article, as many lines give an iterator of many."""
        article = govnews.parse(DUMP)
        found = govnews.load_jsonl(govnews.export(article, "jsonl"))
        assert iter(found) is found
        assert list(found) == [article]

    def test_streams_line_by_line(self) -> None:
        """Articles come as their lines are read: the first arrives before a later line is even written."""
        article = govnews.parse(DUMP)
        line = govnews.export(article, "jsonl")
        read: list[int] = []

        def lines() -> Iterator[bytes]:
            for number in range(3):
                read.append(number)
                yield line

        found = govnews.load_jsonl(lines())
        assert read == []
        assert next(found) == article
        assert read == [0]

    def test_blank_lines_and_bom_pass(self) -> None:
        """A byte order mark and blank lines (a trailing newline, CRLF endings) are passed over."""
        article = govnews.Article(title="通知")
        line = govnews.export(article, "jsonl").rstrip(b"\n")
        assert list(govnews.load_jsonl(b"\xef\xbb\xbf" + line + b"\r\n\r\n" + line + b"\r\n")) == [article] * 2

    def test_a_bad_line_is_named(self, tmp_path: Path) -> None:
        """The articles before a bad line are given; the bad line raises a ParseError naming file and line."""
        good = govnews.export(govnews.Article(title="好"), "jsonl")
        path = tmp_path / "bad.jsonl"
        path.write_bytes(good + b"\n" + b'{"views": "12"}\n')
        with path.open("rb") as stream:
            found = govnews.load_jsonl(stream)
            assert next(found).title == "好"
            with pytest.raises(govnews.ParseError, match=r"line 3: not a govnews article: article\.views") as caught:
                next(found)
        assert caught.value.path == str(path)

    @pytest.mark.parametrize("line", [b"{", b"\xff\n", b"[]"])
    def test_not_govnews_lines(self, line: bytes) -> None:
        """Broken JSON, bytes that are not UTF-8 and a value that is not an object raise ParseError for line 1."""
        with pytest.raises(govnews.ParseError, match=r"^line 1: "):
            list(govnews.load_jsonl(line))

    def test_a_path_is_refused_at_once(self, tmp_path: Path) -> None:
        """A path is not opened: load_jsonl says so when called, not when first read."""
        with pytest.raises(TypeError, match="open a path first"):
            govnews.load_jsonl(tmp_path / "all.jsonl")  # type: ignore[arg-type]


def test_public_names() -> None:
    """__all__ names exactly the promised public API, and each name exists."""
    promised = {
        "parse",
        "parse_file",
        "export",
        "exporters",
        "load_json",
        "load_jsonl",
        "hookimpl",
        "ParseError",
        "GovnewsError",
        "Article",
        "Byline",
        "DocumentInfo",
        "Block",
        "Provenance",
    }
    assert promised <= set(govnews.__all__)
    for name in govnews.__all__:
        assert hasattr(govnews, name)


def attributes_set_in_init(cls: type) -> set[str]:
    """The public attributes ``cls.__init__`` sets on ``self``, read from its source."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.__init__)))  # type: ignore[misc]
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Store)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
        and not node.attr.startswith("_")
    }


@pytest.mark.parametrize("name", [name for name in govnews.__all__ if not name.startswith("__")])
def test_public_names_are_documented(name: str) -> None:
    """help() on every public name shows a docstring; an error's shows each attribute it carries, by name."""
    import inspect

    obj = getattr(govnews, name)
    doc = inspect.getdoc(obj)
    assert doc and len(doc) > 30, f"govnews.{name} has no docstring worth the name"
    if isinstance(obj, type) and issubclass(obj, Exception) and "__init__" in vars(obj):
        missing = {attribute for attribute in attributes_set_in_init(obj) if f"{attribute} (" not in doc}
        assert not missing, f"govnews.{name}'s docstring does not describe {sorted(missing)}"


def test_article_methods_are_documented() -> None:
    """help(govnews.Article) explains ordering, the comparable publication time and the JSON form."""
    import pydoc

    text = pydoc.render_doc(govnews.Article, renderer=pydoc.plaintext)
    for member in ("sort_key", "published_at", "published_precision", "to_dict", "from_dict"):
        assert member in text
    for phrase in ("undated articles come last", "start of that day", '"day"', "ISO 8601"):
        assert phrase in text
