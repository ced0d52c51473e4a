"""Constructs that mypyc compiles with other semantics than Python's are kept out of the source.

The parser runs compiled (``GOVNEWS_MYPYC=1``) or interpreted and must read
every page the same either way; ``tests/compare_builds.py`` proves it on the
fixtures and thousands of generated dumps. These checks catch two known
traps in the source itself, before a page happens to reach them. Every module
of the package is checked, as any may be compiled one day.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "govnews"
MODULES = sorted(SOURCE.rglob("*.py"))


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(SOURCE.parent)}:{getattr(node, 'lineno', '?')}"


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in MODULES]


def test_the_source_is_found() -> None:
    """The checks below see the package (an empty glob would pass them all)."""
    assert SOURCE / "parsing" / "__init__.py" in MODULES


def test_no_generator_reads_the_container_it_fills() -> None:
    """No ``xs.extend(<generator that reads xs>)``, nor ``.update`` of a set or dict so.

    Interpreted, the container grows while the generator runs, so the generator
    sees the items added before it; mypyc turns a generator passed to
    list.extend, set.update or dict.update into a whole list first, so it sees
    the container as it was before the call ("田成 田成" gave one editor
    interpreted, two compiled). Write the loop out instead.
    """
    found = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("extend", "update")
                and node.args
                and isinstance(node.args[0], ast.GeneratorExp)
            ):
                continue
            receiver = ast.dump(node.func.value)
            if any(ast.dump(inner) == receiver for inner in ast.walk(node.args[0])):
                found.append(f"{_where(path, node)}: {ast.unparse(node)}")
    assert not found, "a generator reads the container it fills:\n" + "\n".join(found)


@pytest.mark.parametrize("method", ["__bool__", "__len__"])
def test_no_named_tuple_overrides_truth(method: str) -> None:
    """No NamedTuple defines ``__bool__`` or ``__len__``: compiled code ignores them.

    mypyc tests a NamedTuple's truth as a tuple's (true when it has fields), so
    an override that makes an empty one false holds interpreted only.
    """
    found = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                ast.unparse(base).split(".")[-1] in ("NamedTuple", "tuple") for base in node.bases
            ):
                found += [
                    f"{_where(path, item)}: {node.name}.{method}"
                    for item in node.body
                    if isinstance(item, ast.FunctionDef) and item.name == method
                ]
    assert not found, "\n".join(found)
