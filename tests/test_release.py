"""Release hygiene: one version everywhere, a changelog entry for it, the licence and what the sdist ships."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import govnews

ROOT = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_installed_metadata_has_the_package_version() -> None:
    """The installed distribution's version is govnews.__version__ (reinstall after a bump when this fails)."""
    assert importlib.metadata.version("govnews") == govnews.__version__


def test_the_version_is_written_once() -> None:
    """pyproject.toml declares no version of its own: it reads src/govnews/_version.py."""
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "govnews._version.__version__"}


def test_the_version_is_semantic() -> None:
    """The version is MAJOR.MINOR.PATCH, optionally with a pre-release part."""
    assert re.fullmatch(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?", govnews.__version__)


def test_changelog_has_this_version_and_unreleased() -> None:
    """CHANGELOG.md (Keep a Changelog) has an Unreleased section and a dated section for this version."""
    headings = re.findall(r"^## (.+)$", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert headings[0] == "[Unreleased]"
    versions = [re.fullmatch(r"\[(.+)\] - (\d{4}-\d{2}-\d{2})", heading) for heading in headings[1:]]
    assert all(versions), f"a release heading is not '## [X.Y.Z] - YYYY-MM-DD': {headings[1:]}"
    assert govnews.__version__ in [match[1] for match in versions if match]


def test_licence_is_mit_with_the_epub_note() -> None:
    """LICENSE is the MIT licence the metadata declares, and says that the epub extra brings AGPL-3.0 ebooklib."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["license"] == "MIT" and text.startswith("MIT License")
    assert "ebooklib" in text and "AGPL-3.0" in text and "only when an EPUB book is written" in text
