"""docs/plugins.md: its code runs as written, its included source is the real file, every hook is documented."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import attrs
import pluggy
import pytest
from click.testing import CliRunner

import govnews
from govnews import hookspecs
from govnews.cli import cli
from govnews.plugins import ENTRY_POINT_GROUP

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "plugins.md"
SEED = ROOT / "seeds" / "000_fdea7f6b670525a1.txt"

_FENCE = re.compile(r"^```(?P<lang>\w*)(?P<info>[^\n]*)\n(?P<code>.*?)^```[ \t]*$", re.M | re.S)
_INCLUDE = re.compile(r"<!-- include: (?P<path>\S+) -->\n```python\n(?P<code>.*?)```\n<!-- end include -->", re.S)


@attrs.frozen
class CodeBlock:
    """A fenced block of the page: its language, the file it belongs to (if any) and its code."""

    lang: str
    file: str | None
    code: str
    line: int


def code_blocks(text: str) -> list[CodeBlock]:
    """The page's fenced blocks in order, leaving out included files (checked on their own)."""
    included = [m.span() for m in _INCLUDE.finditer(text)]
    blocks = []
    for match in _FENCE.finditer(text):
        if any(start <= match.start() < end for start, end in included):
            continue
        file = re.search(r"file=(\S+)", match["info"])
        line = text.count("\n", 0, match.start()) + 1
        blocks.append(CodeBlock(match["lang"], file[1] if file else None, match["code"], line))
    return blocks


def install(folder: Path, pyproject: str) -> str:
    """Make ``folder`` an installed distribution as pip would from ``pyproject``; return its name."""
    project = tomllib.loads(pyproject)["project"]
    info = folder / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    points = project["entry-points"][ENTRY_POINT_GROUP]
    (info / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\n" + "".join(f"{k} = {v}\n" for k, v in points.items())
    )
    return str(project["name"])


def run_tests(source: str, label: str) -> int:
    """Run the ``test_*`` functions of a test module's source; return how many ran."""
    namespace: dict[str, Any] = {"__name__": label}
    exec(compile(source, label, "exec"), namespace)
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    for test in tests:
        test()
    return len(tests)


def test_python_blocks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tutorial, followed in order, gives a plugin that registers, exports, installs and passes its tests."""
    blocks = code_blocks(DOC.read_text(encoding="utf-8"))
    assert sum(b.lang == "python" for b in blocks) >= 6
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "docs_plugins"}
    files: dict[str, str] = {}
    distribution = None
    tests_run = 0
    try:
        for block in blocks:
            label = f"{DOC.name}:{block.line}"
            if block.file is None and block.lang == "python":
                exec(compile(block.code, label, "exec"), namespace)
            elif block.file is not None and block.file.endswith(".py"):
                files[block.file] = files.get(block.file, "") + block.code
                if Path(block.file).name.startswith("test_"):
                    tests_run += run_tests(files[block.file], label)
                else:
                    (tmp_path / block.file).write_text(files[block.file], encoding="utf-8")
            elif block.file == "pyproject.toml":
                distribution = install(tmp_path, block.code)
        assert tests_run >= 3 and distribution == "govnews-plaintext"
        check_installed_plugin(distribution, monkeypatch)
    finally:
        for name in [*files, "govnews_plaintext"]:
            sys.modules.pop(Path(name).stem, None)


def check_installed_plugin(distribution: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plugin the tutorial installed works from the command line, as the page shows."""
    monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", distribution)
    govnews.plugins.reset()
    formats = CliRunner().invoke(cli, ["formats"])
    assert formats.stderr == ""
    assert ["plaintext", ".txt", "text/plain", distribution] in [line.split() for line in formats.stdout.splitlines()]
    converted = CliRunner().invoke(cli, ["convert", str(SEED), "--to", "plaintext", "-O", "width=20"])
    assert converted.exit_code == 0, converted.output
    title = govnews.parse_file(SEED).title
    assert title and converted.stdout.startswith(title)


def test_included_source_is_the_file() -> None:
    """Each source included in the page between markers is the repository's file, unchanged."""
    includes = list(_INCLUDE.finditer(DOC.read_text(encoding="utf-8")))
    assert includes, "docs/plugins.md includes no plugin source"
    for match in includes:
        assert match["code"] == (ROOT / match["path"]).read_text(encoding="utf-8"), f"{match['path']} differs"


def test_every_hook_is_documented() -> None:
    """Every hook specification has a '## name(args)' section in docs/plugins.md."""
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    headings = set(re.findall(r"^## (.+?)\s*$", DOC.read_text(encoding="utf-8"), re.M))
    specs = {name: caller.spec for name, caller in vars(manager.hook).items() if caller.spec is not None}
    assert specs, "no hook specifications found"
    for name, spec in specs.items():
        assert f"{name}({', '.join(spec.argnames)})" in headings, f"hook {name} has no '## {name}(…)' section"
