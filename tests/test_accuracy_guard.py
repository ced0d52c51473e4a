"""The fixture score may rise but never fall below the floor pinned in tests/fixtures/accuracy_floor.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import accuracy

sys.path.pop(0)


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    """The score of every fixture, computed once."""
    return accuracy.score()


@pytest.fixture(scope="module")
def floor() -> dict[str, float]:
    """The pinned floor."""
    return json.loads(accuracy.FLOOR.read_text(encoding="utf-8"))


def _report(result: dict[str, object]) -> str:
    misses = result["misses"]
    assert isinstance(misses, list)
    return "\n".join(f"{name} {field}: expected {want!r} got {got!r}" for name, field, want, got in misses)


def test_field_score_holds(result: dict[str, object], floor: dict[str, float]) -> None:
    """The share of fields right on the fixtures is at least the pinned floor."""
    assert result["field_score"] >= floor["field_score"], _report(result)


def test_whole_score_holds(result: dict[str, object], floor: dict[str, float]) -> None:
    """The share of fixtures wholly right is at least the pinned floor."""
    assert result["whole_score"] >= floor["whole_score"], _report(result)


def test_no_fixture_went_missing(result: dict[str, object], floor: dict[str, float]) -> None:
    """Fixtures may be added, not removed: the scored set is at least as large as when pinned."""
    assert result["fixtures"] >= floor["fixtures"]


def test_every_fixture_has_a_dump() -> None:
    """Each expectation has its dump (text or saved HTML) and each dump its expectation."""
    dumps = {p.stem for pattern in ("*.txt", "*.html") for p in accuracy.DUMPS.glob(pattern)}
    expected = {p.name.removesuffix(".expected.json") for p in accuracy.DUMPS.glob("*.expected.json")}
    assert dumps == expected
