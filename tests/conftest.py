"""Fixtures shared by the tests: a plugin registry that sees only what a test asks for."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import govnews.plugins


@pytest.fixture(autouse=True)
def plugin_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Load the built-in formats only: installed plugins stay out unless a test asks for them."""
    monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", "")
    monkeypatch.delenv("GOVNEWS_TRACE_PLUGINS", raising=False)
    govnews.plugins.reset()
    yield
    govnews.plugins.reset()


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., None]]:
    """``make(distribution, modules, entry_points)``: an installed-looking distribution.

    It is a ``*.dist-info`` folder with ``entry_points.txt`` beside the
    modules' files (``modules``: name -> source), put on sys.path:
    importlib.metadata finds it as it finds a real one. Each is added to
    GOVNEWS_LOAD_PLUGINS, so it loads while the user's real plugins do not.
    """
    imported: list[str] = []

    def make(distribution: str, modules: dict[str, str], entry_points: dict[str, str], version: str = "1.0") -> None:
        root = tmp_path / distribution
        info = root / f"{distribution.replace('-', '_')}-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n")
        lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
        (info / "entry_points.txt").write_text(f"[govnews]\n{lines}")
        for name, source in modules.items():
            (root / f"{name}.py").write_text(source, encoding="utf-8")
            imported.append(name)
        monkeypatch.syspath_prepend(str(root))
        monkeypatch.setenv("GOVNEWS_LOAD_PLUGINS", f"{os.environ['GOVNEWS_LOAD_PLUGINS']},{distribution}")
        govnews.plugins.reset()

    yield make
    for name in imported:
        sys.modules.pop(name, None)
