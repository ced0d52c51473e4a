"""The README's library session runs as written and prints what it shows."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_readme_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pycon blocks of README.md, one session in order, pass as doctests, run from a copy of the seeds."""
    blocks = re.findall(r"```pycon\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert blocks, "README.md has no pycon session"
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    session: dict[str, object] = {}  # a later block goes on with the names an earlier one made
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, session, f"README.md block {number}", "README.md", 0)
        runner.run(test, clear_globs=False)
        session = test.globs
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0
    assert (tmp_path / "seed.xml").read_bytes().startswith(b"<?xml")


def test_package_docstring() -> None:
    """The example in govnews's own docstring (what help(govnews) shows) holds."""
    import govnews

    result = doctest.testmod(govnews, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("module", ["govnews.model", "govnews.exporting"])
def test_module_docstring_examples(module: str) -> None:
    """The examples in the docstrings of the model and of the exporter helpers hold."""
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 3 and result.failed == 0
