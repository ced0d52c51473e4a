"""Every example in the documentation runs as written and prints what it shows.

The pages are ``README.md``, ``docs/**/*.md`` and the example plugins'
``plugins/*/README.md``. Their examples are found by the fenced blocks'
languages, so a new example is run without editing this file:

``pycon``
    A Python session, run as a doctest (``...`` elides output).
``python``
    Python code, executed. A page's Python examples (``pycon`` and
    ``python``) share one namespace, in page order.
``console``
    A terminal session: each ``$ `` line is a command (a line ending in
    ``\\`` goes on), and the lines after it, up to the next ``$ ``, are what
    it prints, standard output and error as they come. A line that is only
    ``…`` stands for any number of lines; ``…`` in a line, for any text in
    that line. A command shown without output is run, not compared.
``sh``
    Commands, one a line, nothing shown.

Commands run in bash, in the page's folder, and must exit 0: an example that
shows a failure says so (``govnews convert missing.txt --to json || echo
"exit status $?"``). Install commands (``pip``, ``python -m venv``,
``apt-get``, activating a venv) are not run: they set up what the test already has, and the
README's two commands are run by CI itself (``.ci/run``). One kind is
honoured: ``pip install [-e] DIR`` of a folder with a ``pyproject.toml`` (in
the page's folder, else in the repository) installs that distribution's
metadata, so its entry points are found and its plugins load, and makes DIR
importable, as ``pip install -e DIR`` would.

``title="PATH"`` on a block, of any language, makes it a file: written to
PATH in the page's folder (a later block of the same title is appended to it), not
run, except that a ``test_*.py`` file's ``test_*`` functions are run when it
is written. A folder a module is written to is importable, as in a shell
opened there. Blocks of other languages (``json``, ``xml``, ``text``, …)
illustrate and are not run. A line ``--8<-- "path"`` (or ``"path:section"``)
is a snippet include: it is replaced by the repository's file (or the part of
it between ``--8<-- [start:section]`` and ``[end:section]``), as the site's
build does.

Each page runs in a folder of its own, which starts with ``seeds/`` (the
repository's seed dump) and what ``tests/docs_world/`` holds: ``page.txt``,
an invented news page, and ``dumps/``, three more invented pages, one saved
as HTML. govnews and its epub extra are installed, and no plugin: a page
installs the plugins it uses, as a reader would.

The docstrings the API reference shows (``::: module`` in ``docs/reference/``)
are run as doctests too.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import govnews.plugins

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "tests" / "docs_world"
PAGES = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md"), *(ROOT / "plugins").glob("*/README.md")],
    key=lambda path: str(path.relative_to(ROOT)),
)

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.M | re.S,
)
_TITLE = re.compile(r'\btitle="(?P<title>[^"]+)"')
_SNIPPET = re.compile(r'^(?P<indent>[ \t]*)--8<-- "(?P<path>[^":]+)(?::(?P<section>[\w-]+))?"[ \t]*$', re.M)
_SECTION_MARK = re.compile(r"--8<-- \[(?P<edge>start|end):(?P<name>[\w-]+)\]")
_ASSIGNMENTS = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*=(?:'[^']*'|\"[^\"]*\"|\S*)\s+)*")
_INSTALL = re.compile(r"(?:\S*/)?(?:pip3?|apt-get)\b|python3?\s+-m\s+(?:venv|pip)\b|(?:source|\.)\s+\S*/activate\b")
_ELLIPSIS = "…"


@attrs.frozen
class Block:
    """One fenced block of a page: its language, its title (a file), its text and where it starts."""

    lang: str
    title: str | None
    body: str
    line: int


def resolve_snippets(text: str) -> str:
    """``text`` with each snippet include replaced by the file (or section) it names."""

    def include(match: re.Match[str]) -> str:
        source = (ROOT / match["path"]).read_text(encoding="utf-8")
        if match["section"]:
            found = re.search(
                rf"^.*--8<-- \[start:{match['section']}\].*\n(?P<part>.*?)^.*--8<-- \[end:{match['section']}\]",
                source,
                re.M | re.S,
            )
            assert found, f"{match['path']} has no section {match['section']}"
            source = found["part"]
        kept = [line for line in source.splitlines() if not _SECTION_MARK.search(line)]
        return "\n".join(match["indent"] + line if line else line for line in kept)

    return _SNIPPET.sub(include, text)


def blocks(page: Path) -> list[Block]:
    """The page's fenced blocks in order, includes resolved, each body dedented by its fence's indent."""
    text = resolve_snippets(page.read_text(encoding="utf-8"))
    found = []
    for match in _FENCE.finditer(text):
        info = match["info"].strip()
        indent = len(match["indent"])
        body = "".join(line[indent:] for line in match["body"].splitlines(keepends=True))
        title = _TITLE.search(info)
        lang = info.split()[0] if info else ""
        found.append(Block(lang, title["title"] if title else None, body, text.count("\n", 0, match.start()) + 1))
    return found


def commands(block: Block) -> Iterator[tuple[str, list[str] | None]]:
    """Each command of a shell block with the output lines shown after it (``None``: none shown)."""
    lines = block.body.splitlines()
    if block.lang == "sh":
        lines = [f"$ {line}" for line in _joined(lines) if line.strip()]
    command: str | None = None
    shown: list[str] = []
    for line in _joined(lines, prompt="$ "):
        if line.startswith("$ "):
            if command is not None:
                yield command, shown or None
            command, shown = line[2:], []
        elif command is not None:
            shown.append(line)
    if command is not None:
        yield command, shown or None


def _joined(lines: list[str], prompt: str = "") -> list[str]:
    """Lines with backslash continuations joined (only command lines when ``prompt`` is given)."""
    joined: list[str] = []
    going_on = False
    for line in lines:
        if going_on:
            joined[-1] = joined[-1][:-1] + " " + line.strip()
        else:
            joined.append(line)
        is_command = joined[-1].startswith(prompt)
        going_on = is_command and joined[-1].endswith("\\")
    return joined


def is_install(command: str) -> bool:
    """Whether ``command`` installs things (pip, a venv, apt-get): set-up the test does not repeat."""
    return bool(_INSTALL.match(_ASSIGNMENTS.sub("", command.strip())))


def matches(shown: list[str], output: str) -> bool:
    """Whether ``output`` is what ``shown`` shows, ``…`` eliding lines or text within a line."""
    pattern = []
    for line in shown:
        if line.strip() == _ELLIPSIS:
            pattern.append(r"(?:[^\n]*\n)*?")
        else:
            parts = map(re.escape, line.rstrip().split(_ELLIPSIS))
            pattern.append("[^\n]*?".join(parts) + r"[ \t]*\n")
    text = "".join(line.rstrip() + "\n" for line in output.splitlines())
    return re.fullmatch("".join(pattern), text) is not None


class Page:
    """A page's folder, Python namespace and installed distributions, as its examples left them."""

    def __init__(self, path: Path, folder: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path = path
        self.name = str(path.relative_to(ROOT))
        self.folder = folder
        self.monkeypatch = monkeypatch
        self.namespace: dict[str, Any] = {"__name__": "__docs__"}
        self.modules: set[str] = set()
        self.modules_before = dict(sys.modules)
        self.written: set[Path] = set()
        self.site = site
        self.import_paths: list[Path] = []
        self.installed: list[str] = []
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        shutil.copytree(WORLD, folder, dirs_exist_ok=True)
        self.importable(site)
        self.importable(folder)
        monkeypatch.chdir(folder)
        self._plugins_changed()

    def importable(self, folder: Path) -> None:
        """Put ``folder`` on sys.path here and on PYTHONPATH for commands, once."""
        if folder not in self.import_paths:
            self.import_paths.append(folder)
            self.monkeypatch.syspath_prepend(str(folder))

    def where(self, block: Block) -> str:
        return f"{self.name}:{block.line}"

    def run(self, block: Block) -> None:
        """Run one block by the convention above."""
        if block.title is not None:
            self.write(block)
        elif block.lang == "pycon":
            self.doctest(block)
        elif block.lang == "python":
            exec(compile(block.body, self.where(block), "exec"), self.namespace)
        elif block.lang in ("console", "sh"):
            for command, shown in commands(block):
                if is_install(command):
                    self.pip_install(command)
                else:
                    self.shell(block, command, shown)

    def pip_install(self, command: str) -> None:
        """Honour ``pip install [-e] DIR`` for a folder with a pyproject.toml; other installs are set-up."""
        words = shlex.split(command)
        if len(words) < 2 or Path(words[0]).name not in ("pip", "pip3") or words[1] != "install":
            return
        for word in words[2:]:
            where = re.sub(r"\[.*\]$", "", word)
            folder = next(
                (base / where for base in (self.folder, ROOT) if (base / where / "pyproject.toml").is_file()), None
            )
            if word.startswith("-") or folder is None or folder.resolve() == ROOT:  # govnews is installed
                continue
            self.installed.append(install_metadata(self.site, (folder / "pyproject.toml").read_text(encoding="utf-8")))
            self.importable(folder)
        self._plugins_changed()

    def write(self, block: Block) -> None:
        assert block.title is not None
        target = self.folder / block.title
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a" if target in self.written else "w", encoding="utf-8") as file:
            file.write(block.body)
        self.written.add(target)
        if target.suffix == ".py":
            self.modules.add(target.stem)
            if target.name.startswith("test_"):
                self.run_tests(target, block)
            else:
                self.importable(target.parent)

    def run_tests(self, file: Path, block: Block) -> None:
        namespace: dict[str, Any] = {"__name__": file.stem}
        exec(compile(file.read_text(encoding="utf-8"), self.where(block), "exec"), namespace)
        tests = [test for name, test in namespace.items() if name.startswith("test_") and callable(test)]
        assert tests, f"{self.where(block)}: {file.name} has no test_ function"
        for test in tests:
            test()

    def doctest(self, block: Block) -> None:
        parser = doctest.DocTestParser()
        test = parser.get_doctest(block.body, self.namespace, self.where(block), str(self.path), block.line)
        report = io.StringIO()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        result = runner.run(test, out=report.write, clear_globs=False)
        self.namespace.update(test.globs)  # the doctest ran in a copy of the page's namespace
        assert result.attempted > 0 and result.failed == 0, report.getvalue()

    def shell(self, block: Block, command: str, shown: list[str] | None) -> None:
        env = dict(os.environ)
        env.pop("GOVNEWS_TRACE_PLUGINS", None)
        env.update(
            PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            PYTHONPATH=os.pathsep.join(map(str, self.import_paths)),
            PYTHONUNBUFFERED="1",
            GOVNEWS_LOAD_PLUGINS=",".join(self.installed),
        )
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=self.folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=300,
        )
        where = f"{self.where(block)}: $ {command}"
        assert done.returncode == 0, f"{where}\nexit status {done.returncode}:\n{done.stdout}"
        if shown is not None:
            assert matches(shown, done.stdout), f"{where}\nshown:\n" + "\n".join(shown) + f"\nprinted:\n{done.stdout}"

    def _plugins_changed(self) -> None:
        self.monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", ",".join(self.installed))
        importlib.invalidate_caches()
        govnews.plugins.reset()

    def close(self) -> None:
        """Forget the modules the page wrote; one imported before the page (an installed plugin) is put back."""
        for name in self.modules:
            if name in self.modules_before:
                sys.modules[name] = self.modules_before[name]
            else:
                sys.modules.pop(name, None)


def install_metadata(folder: Path, pyproject: str) -> str:
    """A ``*.dist-info`` in ``folder`` for the project ``pyproject`` declares, as pip leaves one; its name."""
    project = tomllib.loads(pyproject)["project"]
    info = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    groups = project.get("entry-points", {})
    (info / "entry_points.txt").write_text(
        "".join(f"[{group}]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()) for group, points in groups.items())
    )
    return str(project["name"])


@pytest.fixture
def page_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A page's folder, and beside it the folder where the distributions it installs leave their metadata."""
    (tmp_path / "page").mkdir()
    (tmp_path / "site-packages").mkdir()
    yield tmp_path / "page", tmp_path / "site-packages"


@pytest.mark.parametrize("path", PAGES, ids=[str(page.relative_to(ROOT)) for page in PAGES])
def test_page_examples(path: Path, page_folder: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example of the page runs, in order, in a folder of its own, and prints what it shows."""
    page = Page(path, *page_folder, monkeypatch)
    try:
        for block in blocks(path):
            page.run(block)
    finally:
        page.close()


def reference_modules() -> list[str]:
    """The modules whose docstrings the API reference renders: each ``::: target``, and where its names live."""
    targets = {
        match[1]
        for page in (ROOT / "docs" / "reference").glob("*.md")
        for match in re.finditer(r"^::: ([\w.]+)", page.read_text(encoding="utf-8"), re.M)
    }
    modules = set(targets)
    for target in targets:
        module = importlib.import_module(target)
        for name in getattr(module, "__all__", ()):
            defined = inspect.getmodule(getattr(module, name))
            if defined is not None and defined.__name__.startswith("govnews"):
                modules.add(defined.__name__)
    return sorted(modules)


@pytest.mark.parametrize("name", reference_modules())
def test_reference_docstrings(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples in the docstrings the API reference shows pass as doctests."""
    monkeypatch.chdir(tmp_path)
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples failed"


class TestTheConvention:
    """The pieces the examples rely on: finding blocks and commands, matching output, spotting installs."""

    def test_blocks_and_titles(self) -> None:
        """Fenced blocks are found with their language, title, dedented body and line; snippets resolved."""
        text = '# Page\n\n```python title="pkg/mod.py"\nx = 1\n```\n\n  ```sh\n  govnews formats\n  ```\n'
        page = Path(self.tmp) / "page.md"
        page.write_text(text + '\n```text\n--8<-- "LICENSE"\n```\n', encoding="utf-8")
        found = blocks(page)
        assert [(b.lang, b.title, b.line) for b in found] == [
            ("python", "pkg/mod.py", 3),
            ("sh", None, 7),
            ("text", None, 11),
        ]
        assert found[1].body == "govnews formats\n"
        assert found[2].body.startswith("MIT License\n")

    def test_commands_and_their_output(self) -> None:
        """Each $ line is a command with the lines after it; continuations join; sh lines are commands alone."""
        console = Block("console", None, "$ govnews a \\\n  --b\none\n$ govnews c\n", 1)
        assert list(commands(console)) == [("govnews a  --b", ["one"]), ("govnews c", None)]
        assert list(commands(Block("sh", None, "govnews a   # note\n\ngovnews b\n", 1))) == [
            ("govnews a   # note", None),
            ("govnews b", None),
        ]

    @pytest.mark.parametrize(
        ("shown", "output", "expected"),
        [
            (["a", "…", "d"], "a\nb\nc\nd\n", True),
            (["a", "…", "d"], "a\nd\n", True),
            (["a…c"], "abc\n", True),
            (["a", "d"], "a\nb\nd\n", False),
            (["a…c"], "ab\nc\n", False),
            (["x"], "x   \n", True),
        ],
    )
    def test_matching(self, shown: list[str], output: str, expected: bool) -> None:
        """… alone elides lines, … in a line elides text in it; trailing blanks do not count."""
        assert matches(shown, output) is expected

    @pytest.mark.parametrize(
        ("command", "expected"),
        [
            ("pip install -e govnews-plaintext", True),
            ("GOVNEWS_MYPYC=1 pip wheel --no-deps -w dist/ .", True),
            ("python3 -m venv .venv && .venv/bin/pip install -e '.[epub]'", True),
            (".venv/bin/pip install x", True),
            ("source .venv/bin/activate", True),
            ("govnews convert page.txt --to json", False),
            ("GOVNEWS_LOAD_PLUGINS= govnews formats", False),
        ],
    )
    def test_install_commands(self, command: str, expected: bool) -> None:
        """Install commands are recognised, with or without variables set before them; govnews lines are not."""
        assert is_install(command) is expected

    @pytest.fixture(autouse=True)
    def _tmp(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
