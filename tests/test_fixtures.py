"""Each fixture dump is a test of its own, and the expected files are pinned (see tests/accuracy.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import govnews

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy

sys.path.pop(0)

UPDATE = "python tests/accuracy.py --pin"


def _misses(name: str, dump: Path, expected: dict[str, Any]) -> str:
    """The fields of one fixture read wrong, each with what was expected and what was got."""
    fields = accuracy.compare(expected, govnews.parse_file(dump))
    wrong = [(field, want, got) for field, (ok, want, got) in fields.items() if not ok]
    if not wrong:
        return ""
    width = max(len(field) for field, _, _ in wrong)
    lines = [f"fixture {name} ({dump.name}): {len(wrong)} of {len(fields)} fields wrong"]
    for field, want, got in wrong:
        lines.append(f"  {field:<{width}}  expected {want!r}")
        lines.append(f"  {'':<{width}}  got      {got!r}")
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("name", "dump", "expected"), [pytest.param(*fixture, id=fixture[0]) for fixture in accuracy.fixtures()]
)
def test_fixture(name: str, dump: Path, expected: dict[str, Any]) -> None:
    """Every field the fixture's NAME.expected.json gives is read so (the rules are in tests/accuracy.py)."""
    misses = _misses(name, dump, expected)
    if misses:
        pytest.fail(misses, pytrace=False)


def test_every_fixture_has_a_dump() -> None:
    """Each expectation has its dump (text or saved HTML) and each dump its expectation."""
    dumps = {p.stem for pattern in ("*.txt", "*.html") for p in accuracy.DUMPS.glob(pattern)}
    expected = {p.name.removesuffix(".expected.json") for p in accuracy.DUMPS.glob("*.expected.json")}
    assert dumps == expected
    assert dumps


def _by_path(pin: list[str]) -> dict[str, str]:
    """Path -> digest of each file line of a pin (the last line, the digest of them all, left out)."""
    return {path: digest for digest, _, path in (line.partition("  ") for line in pin[:-1])}


def test_expected_files_are_pinned() -> None:
    """No expected file changes, appears or goes unless tests/expected.sha256 is updated with it."""
    pinned, actual = accuracy.pinned_lines(), accuracy.pin_lines()
    if pinned == actual:
        return
    was, now = _by_path(pinned), _by_path(actual)
    changes = [
        *(f"  changed  {path}" for path in sorted(was.keys() & now.keys()) if was[path] != now[path]),
        *(f"  added    {path}" for path in sorted(now.keys() - was.keys())),
        *(f"  removed  {path}" for path in sorted(was.keys() - now.keys())),
    ]
    pytest.fail(
        "the expected files differ from those pinned in tests/expected.sha256:\n"
        + "\n".join(changes or ["  (the pin file itself was edited)"])
        + f"\nIf the change is meant, run `{UPDATE}` and say in the commit message why each expectation changed.",
        pytrace=False,
    )
