"""govnews.exporting: declared exporter options, the helpers every exporter may use, and how the host applies them."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pytest

import govnews
import govnews.testing
from govnews.errors import OptionError
from govnews.exporting import REPLACEMENT, Option, problems_with, resolve_options, xml_text
from govnews.plugins import PluginWarning, get_registry

ROOT = Path(__file__).parents[1]
ARTICLE = govnews.Article(title="通知", body=[govnews.Block("paragraph", "正文。")])


class Repeat:
    """Writes its title ``times`` times, upper-cased with ``shout``: an exporter declaring every kind of option."""

    name = "repeat"
    suffix = ".txt"
    media_type = "text/plain"
    options = (
        Option("times", int, 1, "how many times", check=lambda n: None if n > 0 else "must be 1 or more"),
        Option("shout", bool, False, "upper-case"),
        Option("sep", ("space", "line"), "line", "between two copies"),
        Option("label", str, None, "a first line"),
    )

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        settings = resolve_options(self, options, strict=False)
        for article in articles:
            title = (article.title or "").upper() if settings["shout"] else article.title or ""
            text = (" " if settings["sep"] == "space" else "\n").join([title] * settings["times"])
            out.write(f"{settings['label'] or ''}{text}\n".encode())


class Undeclared:
    """An exporter written before options were declared: it reads what it is given itself."""

    name = "undeclared"
    suffix = ".txt"
    media_type = "text/plain"

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        self.seen.append(options)
        out.write(b"x")


class TestOption:
    @pytest.mark.parametrize(
        ("kind", "given", "expected"),
        [
            (bool, "yes", True),
            (bool, " TRUE ", True),
            (bool, "1", True),
            (bool, "on", True),
            (bool, "no", False),
            (bool, "0", False),
            (bool, "", False),
            (bool, False, False),
            (int, "4", 4),
            (int, " -2 ", -2),
            (int, 7, 7),
            (str, "温州", "温州"),
            (("a", "b"), "b", "b"),
        ],
    )
    def test_convert(self, kind: Any, given: object, expected: object) -> None:
        """Text from -O and Python values alike become the declared type."""
        converted = Option("o", kind, None, "help").convert(given)
        assert converted == expected and type(converted) is type(expected)

    @pytest.mark.parametrize(
        ("kind", "given", "reason"),
        [
            (bool, "maybe", "must be true or false"),
            (bool, 1, "must be true or false"),
            (int, "4.5", "must be a whole number"),
            (int, True, "must be a whole number"),
            (int, "", "must be a whole number"),
            (str, 5, "must be text"),
            (("a", "b"), "c", "must be one of a, b"),
        ],
    )
    def test_convert_refuses(self, kind: Any, given: object, reason: str) -> None:
        """A value that is not of the declared type is a ValueError saying what is expected."""
        with pytest.raises(ValueError, match=reason):
            Option("o", kind, None, "help").convert(given)

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (("two words", int, 1, "h"), "an option name is a letter"),
            (("n", float, 1.0, "h"), "an option's type is bool, int, str or a tuple of choices"),
            (("n", (), None, "h"), "an option's type is"),
            (("n", int, "1", "h"), "option n: the default '1' is not a value of its type"),
            (("n", int, True, "h"), "option n: the default True must be a whole number"),
            (("n", ("a",), "b", "h"), "option n: the default 'b' must be one of a"),
            (("n", int, 1, " "), "an option needs a help text"),
        ],
    )
    def test_malformed_declaration(self, args: tuple[Any, ...], message: str) -> None:
        """A declaration that cannot work fails where it is written, saying why."""
        with pytest.raises((TypeError, ValueError), match=message):
            Option(*args)


class TestResolveOptions:
    def test_converts_and_fills_defaults(self) -> None:
        """Given options become their declared types; the others take their defaults; None is not given."""
        resolved = resolve_options(Repeat(), {"times": "3", "shout": "yes", "label": None})
        assert resolved == {"times": 3, "shout": True, "sep": "line", "label": None}
        assert resolve_options(Repeat(), resolved) == resolved  # reading resolved options again changes nothing

    def test_unknown_option(self) -> None:
        """An option the exporter does not declare is an OptionError naming it, its value and the known ones."""
        with pytest.raises(OptionError) as caught:
            resolve_options(Repeat(), {"time": "3"})
        error = caught.value
        assert (error.format, error.option, error.value, error.reason) == ("repeat", "time", "3", None)
        assert error.known == ("times", "shout", "sep", "label")
        assert str(error) == "repeat has no option time='3' (repeat options: times, shout, sep, label)"
        assert isinstance(error, govnews.ExportError) and isinstance(error, govnews.GovnewsError)

    @pytest.mark.parametrize(
        ("given", "message"),
        [
            ({"times": "many"}, "repeat option times must be a whole number, not 'many' (repeat options: times, "),
            ({"times": "0"}, "repeat option times must be 1 or more, not '0'"),
            ({"shout": "loudly"}, "repeat option shout must be true or false, not 'loudly'"),
            ({"sep": "tab"}, "repeat option sep must be one of space, line, not 'tab'"),
        ],
    )
    def test_bad_value(self, given: dict[str, object], message: str) -> None:
        """A value the option cannot read is an OptionError naming the option, the value and the known options."""
        with pytest.raises(OptionError) as caught:
            resolve_options(Repeat(), given)
        assert str(caught.value).startswith(message)
        assert caught.value.reason is not None

    def test_no_options_declared(self) -> None:
        """An exporter that declares ``options = ()`` refuses every option, saying it takes none."""
        with pytest.raises(OptionError, match=r"^xml has no option indent=2 \(xml takes no options\)$"):
            resolve_options(govnews.exporters()["xml"], {"indent": 2})

    def test_not_strict_leaves_out_unknown_options(self) -> None:
        """With strict=False, what write() uses, an option meant for another format is left out."""
        assert resolve_options(Repeat(), {"title": "合集", "times": 2}, strict=False)["times"] == 2
        assert "title" not in resolve_options(Repeat(), {"title": "合集"}, strict=False)
        with pytest.raises(OptionError):
            resolve_options(Repeat(), {"times": "x"}, strict=False)  # a bad value still is an error

    def test_undeclared_exporter_gets_options_unchecked(self) -> None:
        """An exporter with no ``options`` attribute (an older plugin) gets what is given, as it is."""
        given = {"anything": "goes", "width": "12"}
        assert resolve_options(Undeclared(), given) == given


class TestExportChecksOptions:
    def test_text_options_are_converted(self) -> None:
        """govnews.export reads text options as the command line gives them: indent="0" is one line."""
        assert govnews.export(ARTICLE, "json", indent="0").count(b"\n") == 1
        assert govnews.export(ARTICLE, "json", array="yes").startswith(b"[")

    def test_unknown_option_is_refused_before_writing(self, tmp_path: Path) -> None:
        """An unknown option or a bad value raises OptionError and leaves no file behind."""
        target = tmp_path / "a.json"
        with pytest.raises(OptionError, match="json has no option indnet"):
            govnews.export(ARTICLE, "json", target, indnet=4)
        with pytest.raises(OptionError, match="json option indent must be 0 or more, not -1"):
            govnews.export(ARTICLE, "json", target, indent=-1)
        assert list(tmp_path.iterdir()) == []

    def test_exporter_receives_resolved_options(self) -> None:
        """The exporter's write gets every declared option, typed, defaults filled."""
        plugin = type(
            "P", (), {"register_exporters": staticmethod(govnews.hookimpl(lambda register: register(Repeat())))}
        )
        with govnews.testing.registered(plugin(), "repeat-plugin"):
            assert govnews.export(ARTICLE, "repeat", times="2", sep="space", label="> ") == "> 通知 通知\n".encode()
            with pytest.raises(OptionError, match="repeat option times must be 1 or more"):
                govnews.export(ARTICLE, "repeat", times=0)

    def test_old_plugin_gets_options_as_given(self) -> None:
        """A plugin exporter without a declaration still gets any option, unchecked."""
        exporter = Undeclared()
        plugin = type(
            "P", (), {"register_exporters": staticmethod(govnews.hookimpl(lambda register: register(exporter)))}
        )
        with govnews.testing.registered(plugin(), "old-plugin"):
            govnews.export(ARTICLE, "undeclared", width="12", colour=None)
        assert exporter.seen == [{"width": "12", "colour": None}]


class TestBuiltinDeclarations:
    def test_declared_options(self) -> None:
        """json takes indent and array, epub title and lang, parquet row_group and compression, jsonl and xml none."""
        declared = {name: [o.name for o in e.options] for name, e in govnews.exporters().items()}  # type: ignore[attr-defined]
        assert declared == {
            "json": ["indent", "array"],
            "jsonl": [],
            "xml": [],
            "epub": ["title", "lang"],
            "parquet": ["row_group", "compression"],
        }

    def test_defaults(self) -> None:
        """The declared defaults are the documented ones."""
        json = {o.name: o.default for o in govnews.exporters()["json"].options}  # type: ignore[attr-defined]
        assert json == {"indent": 2, "array": False}

    def test_formats_doc_names_every_option(self) -> None:
        """docs/formats.md names every option a built-in format declares."""
        page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
        for exporter in govnews.exporters().values():
            for option in exporter.options:  # type: ignore[attr-defined]
                assert f"| `{option.name}` |" in page, f"{exporter.name} option {option.name} is not documented"


class TestDeclarationAtTheDoor:
    @pytest.mark.parametrize(
        ("options", "problem"),
        [
            ([Option("n", int, 1, "h")], "options must be a tuple of govnews.exporting.Option"),
            (("n",), "options must be a tuple of govnews.exporting.Option"),
            ((Option("n", int, 1, "h"), Option("n", str, None, "h")), "options declares n more than once"),
        ],
    )
    def test_malformed_options_are_a_problem(self, options: object, problem: str) -> None:
        """An exporter whose ``options`` is not a tuple of distinct Options breaks the contract."""
        exporter = type("E", (Undeclared,), {"options": options})()
        assert problem in " ".join(problems_with(exporter))

    def test_registry_leaves_it_out(self) -> None:
        """Registered with a malformed declaration, the exporter is left out with a warning naming the problem."""
        exporter = type("E", (Undeclared,), {"options": ["indent"]})()
        plugin = type(
            "P", (), {"register_exporters": staticmethod(govnews.hookimpl(lambda register: register(exporter)))}
        )
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", PluginWarning)
            get_registry().register_plugin(plugin(), "bad-options")
        assert "undeclared" not in govnews.exporters()
        assert "options must be a tuple" in str(caught[0].message)


class TestCheckExporter:
    def test_declared_exporter_passes(self) -> None:
        """An exporter whose declaration holds passes, with and without options."""
        govnews.testing.check_exporter(Repeat())
        govnews.testing.check_exporter(Repeat(), times="2", sep="space")

    def test_unknown_option_fails(self) -> None:
        """Asked to check with an option the exporter does not declare, check_exporter fails, naming it."""
        with pytest.raises(AssertionError, match="repeat has no option tims"):
            govnews.testing.check_exporter(Repeat(), tims="2")

    def test_default_that_is_not_the_behaviour_fails(self) -> None:
        """A declared default that differs from what write() does without the option is caught."""

        class Drifted(Repeat):
            def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
                super().write(articles, out, **{"times": 2, **options})

        with pytest.raises(AssertionError, match="declared defaults"):
            govnews.testing.check_exporter(Drifted())

    def test_options_as_text_must_work(self) -> None:
        """An exporter that reads only Python values, not the command line's text, is caught."""

        class ValuesOnly(Repeat):
            def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
                out.write(b"shout" if options.get("shout") is True else b"quiet")

        with pytest.raises(AssertionError, match=r"given as text"):
            govnews.testing.check_exporter(ValuesOnly(), shout=True)


class TestXmlText:
    def test_replaces_what_xml_cannot_carry(self) -> None:
        """C0 controls (but tab, newline, CR), U+FFFE/U+FFFF and lone surrogates become U+FFFD; the rest stays."""
        assert xml_text("a\x00b\x0bc\x1fd\ufffee\uffffg\ud800h") == REPLACEMENT.join("abcdegh")
        assert xml_text("\t\n\r 温州 😀 \x7f") == "\t\n\r 温州 😀 \x7f"

    def test_is_what_the_xml_format_uses(self) -> None:
        """The xml format writes text through the same policy."""
        data = govnews.export(govnews.Article(title="a\x00b"), "xml")
        assert "<title>a\ufffdb</title>".encode() in data


def test_write_bytes_and_atomic_output(tmp_path: Path) -> None:
    """write_bytes runs an exporter into memory; atomic_output keeps the old file when writing fails."""
    from govnews.exporting import atomic_output, write_bytes

    assert write_bytes(Repeat(), [ARTICLE], times=2) == "通知\n通知\n".encode()
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"new")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    buffer = io.BytesIO()
    Repeat().write([ARTICLE], buffer)
    assert buffer.getvalue() == "通知\n".encode()


# --- how an exporter takes its articles ----------------------------------------------------


class Counting:
    """An exporter that records what it was given: the container's type, and the articles."""

    name = "counting"
    suffix = ".txt"
    media_type = "text/plain"

    def __init__(self) -> None:
        self.given: list[type] = []

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        self.given.append(type(articles))
        for article in articles:
            out.write((article.title or "").encode("utf-8") + b"\n")


class Streaming(Counting):
    name = "streaming"
    streams = True


class Lines(Counting):
    """A record writer: one line per article, framed by nothing."""

    name = "lines"

    def record(self, article: govnews.Article, **options: Any) -> bytes:
        return (article.title or "").encode("utf-8") + b"\n"

    def write_records(self, records: Any, out: BinaryIO, **options: Any) -> None:
        for record in records:
            out.write(record)


def _articles(count: int) -> Any:
    return (govnews.Article(title=f"第{number}篇") for number in range(count))


class TestStreamingContract:
    def test_an_exporter_that_declares_nothing_gets_a_sequence(self) -> None:
        """Given a generator, export hands an older exporter a list, as it always did."""
        exporter = Counting()
        with govnews.testing.registered(_plugin(exporter)):
            assert govnews.export(_articles(3), "counting") == "第0篇\n第1篇\n第2篇\n".encode()
        assert exporter.given == [list]

    def test_a_streaming_exporter_gets_the_articles_one_at_a_time(self, tmp_path: Path) -> None:
        """streams = True: export and convert hand over an iterator, never a list."""
        exporter = Streaming()
        (tmp_path / "a.txt").write_text("首页 > 要闻\n某县召开春季植树动员会\n\n正文。\n", encoding="utf-8")
        with govnews.testing.registered(_plugin(exporter)):
            assert govnews.export(_articles(2), "streaming") == "第0篇\n第1篇\n".encode()
            from click.testing import CliRunner

            from govnews.cli import cli

            result = CliRunner().invoke(cli, ["convert", str(tmp_path / "a.txt"), "--to", "streaming", "-q"])
        assert result.stdout == "某县召开春季植树动员会\n"
        assert list not in exporter.given and len(exporter.given) == 2

    def test_a_record_writer_is_fed_records(self) -> None:
        """record + write_records: export goes through them; check_exporter holds the pair to write()."""
        govnews.testing.check_exporter(Lines())
        assert govnews.exporting.writes_records(Lines()) and govnews.exporting.streams(Lines())

    def test_check_exporter_catches_a_streaming_exporter_that_needs_a_list(self) -> None:
        """An exporter that says it streams but takes len() fails the check, naming the sample."""

        class Liar(Streaming):
            def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
                out.write(str(len(articles)).encode())

        with pytest.raises(AssertionError, match="exporter 'streaming' failed on sample 'seed-like': TypeError"):
            govnews.testing.check_exporter(Liar())

    def test_check_exporter_catches_records_that_differ_from_write(self) -> None:
        """write_records(record(a) for a in articles) must be what write(articles) writes."""

        class Framed(Lines):
            def write_records(self, records: Any, out: BinaryIO, **options: Any) -> None:
                out.write(b"[" + b"".join(records) + b"]")

        with pytest.raises(AssertionError, match=r"write_records\(record\(a\) for a in articles\) differs"):
            govnews.testing.check_exporter(Framed())

    def test_declarations_checked_at_the_door(self) -> None:
        """streams must be a bool; record and write_records come as a pair."""

        class HalfPair(Counting):
            def record(self, article: govnews.Article, **options: Any) -> bytes:
                return b""

        class Vague(Counting):
            streams = "yes"

        assert problems_with(HalfPair()) == [
            "record(article, **options) and write_records(records, out, **options) come as a pair"
        ]
        assert problems_with(Vague()) == ["streams must be True or False, not 'yes'"]

    def test_builtin_stream_formats_declare_it(self) -> None:
        """json, jsonl and xml write records; parquet streams; epub takes the whole book."""
        exporters = govnews.exporters()
        assert all(govnews.exporting.writes_records(exporters[name]) for name in ("json", "jsonl", "xml"))
        assert govnews.exporting.streams(exporters["parquet"])
        assert not govnews.exporting.streams(exporters["epub"])


def _plugin(exporter: object) -> object:
    class Plugin:
        @govnews.hookimpl
        def register_exporters(self, register: Any) -> None:
            register(exporter)

    return Plugin()


def test_temporary_files_of_named_targets(tmp_path: Path) -> None:
    """temporary_files finds atomic_output's own temporaries, for the names asked, a long name cut alike."""
    from govnews.exporting import atomic_output, temporary_files

    long_name = "页" * 80 + ".json"  # 245 bytes: its temporary name is cut to fit
    for name in ("a.json", long_name):
        with pytest.raises(RuntimeError), atomic_output(tmp_path / name) as out:
            out.write(b"half")
            left = sorted(p.name for p in tmp_path.iterdir())
            raise RuntimeError("stop")
        assert len(left) == 1 and left[0].endswith(".part") and ".govnews-" in left[0]
    (tmp_path / ".a.json.govnews-abcd1234.part").write_bytes(b"")
    (tmp_path / ".b.json.govnews-abcd1234.part").write_bytes(b"")
    (tmp_path / ("." + "页" * 66 + ".govnews-abcd1234.part")).write_bytes(b"")
    found = sorted(p.name for p in temporary_files(tmp_path, ["a.json", long_name]))
    assert found == sorted([".a.json.govnews-abcd1234.part", "." + "页" * 66 + ".govnews-abcd1234.part"])
    assert len(list(temporary_files(tmp_path))) == 3
