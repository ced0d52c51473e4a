"""docs/cli.md is the commands' own --help, so the reference never drifts from the code."""

from __future__ import annotations

import runpy
from pathlib import Path

DOCS = Path(__file__).parents[1] / "docs"


def test_cli_reference_is_current() -> None:
    """docs/cli.md equals what docs/cli_reference.py generates from every command's --help."""
    generate = runpy.run_path(str(DOCS / "cli_reference.py"))["reference"]
    assert (DOCS / "cli.md").read_text(encoding="utf-8") == generate(), (
        "docs/cli.md is stale: run python docs/cli_reference.py > docs/cli.md"
    )


def test_every_command_documented() -> None:
    """Each command has a section and a help text of its own."""
    from govnews.cli import cli

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():  # type: ignore[attr-defined]
        assert f"## govnews {name}\n" in text
        assert command.help and command.help.strip()
