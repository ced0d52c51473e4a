"""Imports run one way: no cycle anywhere in src/govnews, and each layer imports only what the table allows.

The graph is read from the source (an AST scan), so an import inside a
function or under ``if TYPE_CHECKING`` counts like any other. ``from . import
x`` is an edge to the module ``x`` when there is one; the parent packages a
module's import runs implicitly (``govnews/__init__.py`` before
``govnews.model``) are not edges of their own.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SOURCE = ROOT / "src"
PACKAGE = "govnews"

#: What a plugin may import, and so what a built-in format may import (docs/plugins.md,
#: "Public modules a plugin may import"). ``govnews`` itself is public to plugins, but a
#: built-in format is loaded while the package initialises and may not import it.
FOR_FORMATS = ("govnews.model", "govnews.errors", "govnews.hookspecs", "govnews.exporting")
FOR_PLUGINS = (*FOR_FORMATS, "govnews", "govnews.testing", "govnews.plugins")
#: Stands for the modules of the importing module's own format package (``formats/epub/*``).
OWN_FORMAT = "<its own format>"

#: Who may import what of the project: (modules, the modules they may import), first match
#: wins, patterns as fnmatch. Every module under src/govnews must match a row; a row whose
#: modules do not exist yet (``inputs/`` before it is written) simply applies to none.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("govnews.model", ()),
    ("govnews.errors", ()),
    ("govnews._version", ()),
    ("govnews.exporting", ("govnews.model", "govnews.errors")),
    ("govnews.hookspecs", ("govnews.exporting",)),  # the type of the register callback
    ("govnews.formats", ()),
    ("govnews.formats.*", (*FOR_FORMATS, OWN_FORMAT)),
    ("govnews.inputs", ("govnews.model", "govnews.errors", "govnews.inputs.*")),
    ("govnews.inputs.*", ("govnews.model", "govnews.errors", "govnews.inputs", "govnews.inputs.*")),
    ("govnews.parsing", ("govnews.model", "govnews.errors", "govnews.inputs", "govnews.inputs.*", "govnews.parsing.*")),
    (
        "govnews.parsing.*",
        ("govnews.model", "govnews.errors", "govnews.inputs", "govnews.inputs.*", "govnews.parsing.*"),
    ),
    ("govnews.plugins", ("govnews.hookspecs", "govnews.exporting", "govnews.model", "govnews.errors")),
    ("govnews.testing", ("govnews.plugins", "govnews.exporting", "govnews.model", "govnews.errors")),
    ("govnews.progress", ()),
    ("govnews.view", ("govnews.model",)),
    # The batch engine wires inputs, the parser (through the public parse) and exporters together.
    (
        "govnews.batch",
        (
            "govnews._api",
            "govnews.errors",
            "govnews.exporting",
            "govnews.inputs.*",
            "govnews.model",
            "govnews.plugins",
            "govnews.progress",
        ),
    ),
    # On top, wiring the parts together; nothing below may import them.
    ("govnews._api", ("govnews.*",)),
    ("govnews.dask", ("govnews", "govnews.*")),
    ("govnews.cli", ("govnews.*",)),
    ("govnews.__main__", ("govnews.cli",)),
    ("govnews", ("govnews.*",)),
)


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` under ``root``: dotted name (a package by its own name) -> file."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(module: str, path: Path, known: set[str]) -> Iterator[str]:
    """The project modules ``module`` (at ``path``) imports anywhere in its source, function bodies included."""
    is_package = path.name == "__init__.py"
    top = next(iter(known)).split(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == top:
                    yield _longest_known(alias.name, known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            if source.split(".")[0] != top:
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                yield submodule if submodule in known else _longest_known(source, known)


def _longest_known(name: str, known: set[str]) -> str:
    parts = name.split(".")
    while ".".join(parts) not in known and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """Module -> the project modules it imports (itself left out)."""
    modules = module_names(root, package)
    known = set(modules)
    return {name: set(imported(name, path, known)) - {name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import each other (strongly connected, two or more), as one cycle through them."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(_cycle_through(sorted(group), graph))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def _cycle_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A path from the group's first module back to itself, within the group: what to name in a failure."""
    members = set(group)
    start = group[0]
    paths = [[start]]
    while paths:
        path = paths.pop(0)
        for target in sorted(graph[path[-1]] & members):
            if target == start:
                return [*path, start]
            if target not in path:
                paths.append([*path, target])
    return group


def allowed(module: str, target: str) -> bool:
    """Whether the layering table lets ``module`` import ``target``."""
    for pattern, may_import in LAYERS:
        if fnmatch(module, pattern):
            own = ".".join(module.split(".")[:3])
            return any(
                (target == own or target.startswith(f"{own}.")) if rule == OWN_FORMAT else fnmatch(target, rule)
                for rule in may_import
            )
    raise AssertionError(f"{module} is in no row of LAYERS: add it where it belongs")


GRAPH = import_graph(SOURCE, PACKAGE)


class TestGraph:
    def test_the_scan_sees_the_package(self) -> None:
        """The graph holds every module, and edges the scan must find (relative, nested, lazy)."""
        assert {"govnews", "govnews.model", "govnews.cli", "govnews.formats.epub.writer"} <= set(GRAPH)
        assert "govnews.hookspecs" in GRAPH["govnews.plugins"]  # from . import hookspecs
        assert "govnews.formats.epub.writer" in GRAPH["govnews.formats.epub"]  # imported inside write()
        assert "govnews.formats.epub.plan" in GRAPH["govnews.formats.epub.xhtml"]  # from .plan import …

    def test_no_cycle(self) -> None:
        """No module imports, however indirectly and wherever in its code, a module that imports it."""
        found = cycles(GRAPH)
        assert not found, "import cycles:\n" + "\n".join(" -> ".join(cycle) for cycle in found)

    def test_a_cycle_through_a_function_level_import_is_found(self, tmp_path: Path) -> None:
        """The check has teeth: a cycle closed by an import inside a function is named, module by module."""
        package = tmp_path / "pkg"
        (package / "sub").mkdir(parents=True)
        (package / "__init__.py").write_text("from . import a\n")
        (package / "a.py").write_text("from .sub import b\n")
        (package / "sub" / "__init__.py").write_text("")
        (package / "sub" / "b.py").write_text("def later():\n    from .. import c\n")
        (package / "c.py").write_text("import pkg.a\n")
        graph = import_graph(tmp_path, "pkg")
        assert graph["pkg"] == {"pkg.a"}
        assert cycles(graph) == [["pkg.a", "pkg.sub.b", "pkg.c", "pkg.a"]]


class TestLayers:
    @pytest.mark.parametrize("module", sorted(GRAPH))
    def test_module_imports_only_what_its_layer_allows(self, module: str) -> None:
        """Each module imports only the project modules its row of LAYERS names."""
        forbidden = sorted(target for target in GRAPH[module] if not allowed(module, target))
        assert not forbidden, f"{module} may not import {', '.join(forbidden)} (see LAYERS in tests/test_imports.py)"

    def test_the_table_has_teeth(self) -> None:
        """Imports against the flow are refused: the model upward, a format into another, parsing into exporters."""
        assert not allowed("govnews.model", "govnews.errors")
        assert not allowed("govnews.formats.json", "govnews.formats.xml")
        assert not allowed("govnews.formats.epub.plan", "govnews._api")
        assert not allowed("govnews.formats.xml", "govnews")
        assert not allowed("govnews.parsing.head", "govnews.exporting")
        assert not allowed("govnews.inputs.html", "govnews.parsing")
        assert allowed("govnews.formats.epub.writer", "govnews.formats.epub.plan")
        with pytest.raises(AssertionError, match="in no row"):
            allowed("elsewhere.module", "govnews.model")

    @pytest.mark.parametrize("path", sorted((ROOT / "plugins").glob("*/*.py")), ids=lambda p: p.parent.name)
    def test_example_plugins_import_only_public_modules(self, path: Path) -> None:
        """The example plugins, like any third-party plugin, import only govnews's public modules."""
        used = {
            alias.name if isinstance(node, ast.Import) else str(node.module)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        private = sorted(name for name in used if name.split(".")[0] == PACKAGE and name not in FOR_PLUGINS)
        assert not private, f"{path.name} imports {', '.join(private)}"

    def test_public_modules_are_documented(self) -> None:
        """Every module a plugin (and so a built-in format) may import is in docs/plugins.md's list."""
        page = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
        section = page.split("\n## Public modules a plugin may import\n", 1)[1].split("\n## ", 1)[0]
        listed = set(re.findall(r"^\| `(govnews(?:\.\w+)?)` \|", section, re.M))
        assert listed == set(FOR_PLUGINS)


#: Most lines of a parsing module, the vocabulary tables aside: a stage one can hold in mind (issue 10).
PARSING_MODULE_LINES_MAX = 420


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (SOURCE / PACKAGE / "parsing").glob("*.py") if p.name != "tables.py"),
    ids=lambda p: p.stem,
)
def test_parsing_module_stays_short(path: Path) -> None:
    """Each parsing module does one job in at most about 400 lines; a stage that outgrows it is split by job."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= PARSING_MODULE_LINES_MAX, f"{path.name} has {lines} lines: split it by job"
