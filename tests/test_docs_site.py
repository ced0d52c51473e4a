"""The documentation site covers what it must: every hook, every command, the public modules."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pluggy

from govnews import hookspecs
from govnews.cli import cli
from govnews.plugins import ENTRY_POINT_GROUP

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_every_hook_is_documented() -> None:
    """Every hook specification has a '## name(args)' section in docs/plugins.md."""
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    headings = set(re.findall(r"^## (.+?)\s*$", (DOCS / "plugins.md").read_text(encoding="utf-8"), re.M))
    specs = {name: caller.spec for name, caller in vars(manager.hook).items() if caller.spec is not None}
    assert specs, "no hook specifications found"
    for name, spec in specs.items():
        assert f"{name}({', '.join(spec.argnames)})" in headings, f"hook {name} has no '## {name}(…)' section"


def test_every_command_has_help() -> None:
    """The CLI reference is generated from the commands (mkdocs-click): each needs a help text of its own."""
    assert isinstance(cli, click.Group) and cli.commands
    reference = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert ":module: govnews.cli" in reference and ":command: cli" in reference
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), f"govnews {name} has no help text"


def test_api_reference_covers_the_public_modules() -> None:
    """The API reference renders govnews (its __all__), govnews.testing and govnews.exporting."""
    targets = re.findall(r"^::: ([\w.]+)$", (DOCS / "reference" / "api.md").read_text(encoding="utf-8"), re.M)
    assert targets == ["govnews", "govnews.testing", "govnews.exporting"]


def test_every_page_is_in_the_navigation() -> None:
    """Each Markdown page under docs/ is named in mkdocs.yml's nav, so the site links it."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in DOCS.rglob("*.md"):
        assert f": {page.relative_to(DOCS).as_posix()}\n" in config, f"{page} is not in the nav"
