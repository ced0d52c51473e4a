"""The plugin host: built-in and entry-point plugins, failures, filtering, and the two commands."""

from __future__ import annotations

import itertools
import json
import warnings
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

import pytest
from click.testing import CliRunner

import govnews
import govnews.testing
from govnews.cli import cli
from govnews.plugins import PluginWarning, Registry, get_registry

Make = Callable[..., None]
SEED = "seeds/000_fdea7f6b670525a1.txt"
RUNS = itertools.count()  # a different number on every call

#: A plugin as docs/plugins.md teaches it.
SHOUT = """
import govnews

class Shout:
    name = "shout"
    suffix = ".txt"
    media_type = "text/plain"

    def write(self, articles, out, **options):
        for article in articles:
            out.write((article.title or "").upper().encode() + b"\\n")

@govnews.hookimpl
def register_exporters(register):
    register(Shout())
"""


def plugin_with(body: str) -> str:
    """Source of a plugin module whose hook runs ``body`` (which may call ``register``)."""
    exporter = SHOUT.split("@govnews.hookimpl")[0]
    return f"{exporter}\n@govnews.hookimpl\ndef register_exporters(register):\n    {body}\n"


def load() -> tuple[Registry, list[str]]:
    """Load the registry, returning it and the PluginWarning messages it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry = get_registry()
    return registry, [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]


def only_warning(messages: list[str], *parts: str) -> None:
    """Exactly one warning, on one line, containing every part."""
    assert len(messages) == 1, messages
    assert "\n" not in messages[0] and "Traceback" not in messages[0]
    for part in parts:
        assert part in messages[0]


class TestBuiltins:
    def test_builtins_come_in_through_the_hook(self) -> None:
        """The json exporters are registered by their module's register_exporters hook."""
        registry = get_registry()
        info = next(p for p in registry.plugins if p.name == "govnews.formats.json")
        assert info.hooks == ("register_exporters",)
        assert info.formats == ("json", "jsonl")
        assert info.distribution is None and info.version is None
        assert registry.providers["json"] == "govnews.formats.json"
        assert registry.failures == []

    def test_no_entry_point_plugin_in_tests(self) -> None:
        """With GOVNEWS_LOAD_PLUGINS empty (as the tests set it), only built-ins load."""
        assert all(p.distribution is None for p in get_registry().plugins)

    def test_exporters_stays_a_function(self) -> None:
        """govnews.exporters is still the function after the built-in exporter modules are imported."""
        assert "json" in govnews.exporters()
        assert "json" in govnews.exporters()


class TestEntryPoints:
    def test_docs_plugin_loads(self, fake_distribution: Make) -> None:
        """A plugin written as the docs say is found through its entry point and used."""
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"}, version="2.5")
        registry = get_registry()
        info = next(p for p in registry.plugins if p.name == "shout")
        assert (info.distribution, info.version, info.hooks, info.formats) == (
            "govnews-shout",
            "2.5",
            ("register_exporters",),
            ("shout",),
        )
        assert registry.providers["shout"] == "govnews-shout"
        assert govnews.export(govnews.Article(title="hi"), "shout") == b"HI\n"

    def test_broken_import(self, fake_distribution: Make) -> None:
        """A plugin whose import raises is left out with one warning; the others still load."""
        fake_distribution(
            "govnews-broken",
            {"govnews_broken": "raise RuntimeError('坏了\\nsecond line')"},
            {"broken": "govnews_broken"},
        )
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        registry, messages = load()
        only_warning(messages, "govnews-broken", "import failed: RuntimeError: 坏了 second line")
        assert "shout" in registry.exporters and "json" in registry.exporters
        assert [f.plugin for f in registry.failures] == ["govnews-broken"]

    def test_missing_module(self, fake_distribution: Make) -> None:
        """An entry point naming a module that does not exist is reported as an import failure."""
        fake_distribution("govnews-ghost", {}, {"ghost": "govnews_no_such_module"})
        registry, messages = load()
        only_warning(messages, "govnews-ghost", "ModuleNotFoundError", "govnews_no_such_module")
        assert "json" in registry.exporters

    def test_raising_hook(self, fake_distribution: Make) -> None:
        """A plugin whose hook raises is left out whole, even what it registered before raising."""
        source = plugin_with("register(Shout()); raise ValueError('no luck')")
        fake_distribution("govnews-raiser", {"govnews_raiser": source}, {"raiser": "govnews_raiser"})
        registry, messages = load()
        only_warning(messages, "govnews-raiser", "register_exporters raised ValueError: no luck")
        assert "shout" not in registry.exporters
        assert all(p.name != "raiser" for p in registry.plugins)
        assert registry.manager.get_plugin("raiser") is None

    @pytest.mark.parametrize(
        ("registered", "problem"),
        [
            ("Shout", "register an instance, not the class Shout"),
            ("object()", "name must be a non-empty string"),
            ("type('T', (Shout,), {'media_type': None})()", "media_type must be a non-empty string"),
            ("type('T', (Shout,), {'suffix': 'txt'})()", "suffix 'txt' must start with '.'"),
            ("type('T', (Shout,), {'name': 'a b'})()", "name 'a b' must be letters"),
            ("type('T', (Shout,), {'write': lambda self: None})()", "write must take (articles, out, **options)"),
        ],
    )
    def test_malformed_exporter(self, fake_distribution: Make, registered: str, problem: str) -> None:
        """A malformed exporter is left out with one warning; the plugin's good exporters stay."""
        source = plugin_with(f"register({registered}); register(type('Good', (Shout,), {{'name': 'good'}})())")
        fake_distribution("govnews-sloppy", {"govnews_sloppy": source}, {"sloppy": "govnews_sloppy"})
        registry, messages = load()
        only_warning(messages, "govnews-sloppy", "left out", problem)
        assert registry.providers["good"] == "govnews-sloppy"

    def test_duplicate_name(self, fake_distribution: Make) -> None:
        """A format name already taken is refused; the first provider keeps it."""
        source = plugin_with("register(type('J', (Shout,), {'name': 'json'})()); register(Shout())")
        fake_distribution("govnews-copycat", {"govnews_copycat": source}, {"copycat": "govnews_copycat"})
        registry, messages = load()
        only_warning(messages, "govnews-copycat", "exporter 'json' left out", "taken by govnews.formats.json")
        assert registry.providers["json"] == "govnews.formats.json"
        assert registry.providers["shout"] == "govnews-copycat"

    def test_misspelled_hook(self, fake_distribution: Make) -> None:
        """A hook name no specification knows is caught by check_pending and the plugin left out."""
        source = SHOUT.replace("def register_exporters(", "def register_exporter(")
        fake_distribution("govnews-typo", {"govnews_typo": source}, {"typo": "govnews_typo"})
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        registry, messages = load()
        only_warning(messages, "govnews-typo", "unknown hook register_exporter", "govnews hooks: register_exporters")
        assert "shout" in registry.exporters
        assert registry.manager.get_plugin("typo") is None

    def test_missing_hookimpl_marker(self, fake_distribution: Make) -> None:
        """A plugin whose hook lacks @govnews.hookimpl is reported as implementing nothing."""
        source = SHOUT.replace("@govnews.hookimpl\n", "")
        fake_distribution("govnews-bare", {"govnews_bare": source}, {"bare": "govnews_bare"})
        _, messages = load()
        only_warning(messages, "govnews-bare", "implements no govnews hook")

    def test_bad_hook_signature(self, fake_distribution: Make) -> None:
        """A hook asking for an argument the spec does not give is refused at registration."""
        source = SHOUT.replace("def register_exporters(register)", "def register_exporters(register, extra)")
        fake_distribution("govnews-greedy", {"govnews_greedy": source}, {"greedy": "govnews_greedy"})
        _, messages = load()
        only_warning(messages, "govnews-greedy", "not loaded", "extra")


class TestLoadPlugins:
    def make_two(self, fake_distribution: Make) -> None:
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        whisper = SHOUT.replace('"shout"', '"whisper"').replace(".upper()", ".lower()")
        fake_distribution("govnews_Whisper", {"govnews_whisper": whisper}, {"whisper": "govnews_whisper"})

    @pytest.mark.parametrize(
        ("wanted", "formats"),
        [
            ("govnews-shout", {"shout"}),
            ("GOVNEWS-whisper", {"whisper"}),  # distribution names compare normalised
            ("shout, whisper", {"shout", "whisper"}),  # entry-point names work too
            ("", set()),
        ],
    )
    def test_filter(
        self, fake_distribution: Make, monkeypatch: pytest.MonkeyPatch, wanted: str, formats: set[str]
    ) -> None:
        """GOVNEWS_LOAD_PLUGINS loads only the named plugins; the built-ins always load."""
        self.make_two(fake_distribution)
        monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", wanted)
        exporters = govnews.exporters()
        assert {"json", "jsonl"} <= set(exporters)
        assert {"shout", "whisper"} & set(exporters) == formats

    def test_unknown_name_reported(self, fake_distribution: Make, monkeypatch: pytest.MonkeyPatch) -> None:
        """A name in GOVNEWS_LOAD_PLUGINS that nothing installed has is reported in one warning."""
        self.make_two(fake_distribution)
        monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", "govnews-shout,govnews-shuot")
        registry, messages = load()
        only_warning(messages, "govnews-shuot", "not installed, yet named in GOVNEWS_LOAD_PLUGINS")
        assert "shout" in registry.exporters and "whisper" not in registry.exporters

    def test_unset_loads_all(self, fake_distribution: Make, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without GOVNEWS_LOAD_PLUGINS every installed plugin loads."""
        self.make_two(fake_distribution)
        monkeypatch.delenv("GOVNEWS_LOAD_PLUGINS")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)  # the user's own plugins may be broken
            assert {"shout", "whisper"} <= set(govnews.exporters())


class TestCommands:
    def test_plugins_json(self, fake_distribution: Make) -> None:
        """govnews plugins lists each plugin and each failure as JSON, Chinese unescaped."""
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"}, version="0.3")
        fake_distribution(
            "govnews-broken", {"govnews_broken": "raise ImportError('缺少依赖')"}, {"b": "govnews_broken"}
        )
        result = CliRunner().invoke(cli, ["plugins"])
        assert result.exit_code == 0
        assert "缺少依赖" in result.stdout
        data = json.loads(result.stdout)
        assert {
            "name": "shout",
            "distribution": "govnews-shout",
            "version": "0.3",
            "hooks": ["register_exporters"],
            "formats": ["shout"],
        } in data["plugins"]
        assert data["failed"] == [
            {"plugin": "govnews-broken", "error": "not loaded: import failed: ImportError: 缺少依赖"}
        ]
        assert (
            result.stderr
            == "govnews: warning: plugin govnews-broken: not loaded: import failed: ImportError: 缺少依赖\n"
        )

    def test_formats_provider_column(self, fake_distribution: Make) -> None:
        """govnews formats names the distribution for a plugin's format and the module for a built-in."""
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        result = CliRunner().invoke(cli, ["formats"])
        assert result.exit_code == 0 and result.stderr == ""
        rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[1:]}
        assert rows["shout"][:4] == ["shout", ".txt", "text/plain", "govnews-shout"]
        assert rows["json"][3] == "govnews.formats.json"
        as_json = json.loads(CliRunner().invoke(cli, ["formats", "--json"]).stdout)
        shout = {"name": "shout", "suffix": ".txt", "media_type": "text/plain", "plugin": "govnews-shout"}
        assert shout | {"options": None} in as_json

    def test_formats_reports_failures_in_one_line(self, fake_distribution: Make) -> None:
        """A broken plugin is one stderr line, without traceback; the good plugin is listed."""
        fake_distribution("govnews-broken", {"govnews_broken": "import no_such_dependency"}, {"b": "govnews_broken"})
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        result = CliRunner().invoke(cli, ["formats"])
        assert result.exit_code == 0
        assert "shout" in result.stdout
        assert result.stderr.splitlines() == [
            "govnews: warning: plugin govnews-broken: not loaded: import failed: "
            "ModuleNotFoundError: No module named 'no_such_dependency'"
        ]

    def test_convert_with_plugin(self, fake_distribution: Make) -> None:
        """With a good and a broken plugin installed, convert --to the good one works and warns once."""
        fake_distribution("govnews-shout", {"govnews_shout": SHOUT}, {"shout": "govnews_shout"})
        fake_distribution("govnews-broken", {"govnews_broken": "1 / 0"}, {"b": "govnews_broken"})
        result = CliRunner().invoke(cli, ["convert", SEED, "--to", "shout"])
        assert result.exit_code == 0, result.output
        title = govnews.parse_file(SEED).title or ""
        assert result.stdout_bytes == title.upper().encode() + b"\n"
        warning, summary = result.stderr.splitlines()
        assert warning == (
            "govnews: warning: plugin govnews-broken: not loaded: import failed: ZeroDivisionError: division by zero"
        )
        assert summary.startswith("govnews: converted 1, failed 0, skipped 0 in ")

    def test_a_plugin_printing_at_import_stays_out_of_stdout(self, fake_distribution: Make) -> None:
        """What a plugin prints while it is imported goes to stderr: --to json output on stdout stays JSON."""
        noisy = 'print("noisy plugin loaded")\n' + SHOUT
        fake_distribution("govnews-shout", {"govnews_shout": noisy}, {"shout": "govnews_shout"})
        result = CliRunner().invoke(cli, ["convert", SEED, "--to", "json", "--quiet"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["title"] == govnews.parse_file(SEED).title
        assert result.stderr == "noisy plugin loaded\n"

    def test_trace(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        """GOVNEWS_TRACE_PLUGINS prints each hook call and its end to stderr."""
        monkeypatch.setenv("GOVNEWS_TRACE_PLUGINS", "1")
        get_registry()
        err = capsys.readouterr().err
        assert "govnews: calling register_exporters(register) on govnews.formats.json" in err
        assert "govnews: register_exporters returned" in err


class BytesOut:
    """An exporter whose write is given per test."""

    name = "probe"
    suffix = ".txt"
    media_type = "text/plain"

    def __init__(self, write: Callable[[Sequence[govnews.Article], BinaryIO], None]) -> None:
        self._write = write

    def write(self, articles: Sequence[govnews.Article], out: BinaryIO, **options: Any) -> None:
        self._write(articles, out)


class TestTesting:
    def test_builtins_pass(self) -> None:
        """Every built-in exporter passes check_exporter."""
        for exporter in govnews.exporters().values():
            govnews.testing.check_exporter(exporter)

    def test_samples(self) -> None:
        """The samples include the seed-like, empty, hostile and untitled articles."""
        samples = govnews.testing.sample_articles()
        assert {"seed-like", "empty-body", "hostile", "untitled"} <= set(samples)
        assert samples["untitled"].title is None and samples["empty-body"].body == ()
        assert all(c in (samples["hostile"].title or "") for c in ("&", "<", "]]>", "\x00"))

    @pytest.mark.parametrize(
        ("write", "message"),
        [
            (lambda articles, out: out.write("text"), "failed on sample 'seed-like': TypeError"),
            (lambda articles, out: out.close(), "closed the output stream"),
            (lambda articles, out: out.seek(0), "may not seek"),
            (lambda articles, out: out.write(b"%d" % next(RUNS)), "two runs over sample"),
            (lambda articles, out: None, "wrote nothing"),
            (lambda articles, out: out.write(articles[0].title.encode()), "failed on sample 'empty'"),
        ],
    )
    def test_breaches(self, write: Callable[[Sequence[govnews.Article], BinaryIO], None], message: str) -> None:
        """check_exporter raises AssertionError naming the breach."""
        with pytest.raises(AssertionError, match=message.replace("(", r"\(").replace(")", r"\)")):
            govnews.testing.check_exporter(BytesOut(write))

    def test_write_without_options(self) -> None:
        """A write() that takes no **options is a breach: the command line passes -O options."""

        class NoOptions(BytesOut):
            def write(self, articles: Sequence[govnews.Article], out: BinaryIO) -> None:  # type: ignore[override]
                out.write(b"x")

        with pytest.raises(AssertionError, match=r"must accept \*\*options"):
            govnews.testing.check_exporter(NoOptions(lambda a, o: None))  # type: ignore[arg-type]

    def test_registered(self) -> None:
        """registered() adds a plugin for a with block; afterwards the registry forgets it."""
        namespace: dict[str, Any] = {}
        exec(SHOUT, namespace)
        plugin = type("Plugin", (), {"register_exporters": staticmethod(namespace["register_exporters"])})()
        with govnews.testing.registered(plugin, "shout-plugin"):
            assert govnews.export(govnews.Article(title="a"), "shout") == b"A\n"
        assert "shout" not in govnews.exporters()

    def test_registered_refuses_a_broken_plugin(self) -> None:
        """registered() fails the test, saying why, when the plugin is left out."""
        plugin = type("Plugin", (), {"register_exporter": staticmethod(govnews.hookimpl(lambda register: None))})()
        with pytest.raises(AssertionError, match="unknown hook register_exporter"), govnews.testing.registered(plugin):
            pass  # pragma: no cover
        assert "json" in govnews.exporters()
