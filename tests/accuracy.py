"""Score the parser on the fixture dumps, by the rules the corpus truth follows.

Each ``tests/fixtures/dumps/NAME.txt`` (or ``NAME.html``, a saved page) has
``NAME.expected.json`` with the keys of the corpus truth files (title,
breadcrumb, published, source, authors, editors, views, document_number,
index_number, issuer, body_first, body_last, noise, headings) and optionally
subtitle, photographers, written, topic, validity, block_kinds and extra. The
rules:

- text fields compare after whitespace folding; ``null`` must stay ``null``;
- ``published`` (and ``written``) compare the date and, where the expectation
  has a time, the time to the precision given;
- authors, editors and photographers compare as sets of names;
- body_first is a prefix of the first body block, body_last a suffix of the
  last one, white space ignored; a ``null`` body wants no blocks at all;
- no ``noise`` string may occur in any body block;
- ``headings`` lists exactly the heading blocks; ``block_kinds`` every block's kind;
- every ``extra`` entry expected must be read with that value.

Run ``python tests/accuracy.py`` for a report of every fixture and miss.
``tests/test_fixtures.py`` makes each fixture a test of its own (the test id is
the fixture's name): every fixture must stay wholly right.

The expected files are pinned. ``tests/expected.sha256`` holds the SHA-256 of
every ``NAME.expected.json`` and of every file under ``tests/golden/``, and
one over all of them; a test fails when an expected file changes, appears or
goes while the pin does not. A changed expectation is a decision, not a side
effect of a parser change: update the pin with ::

    python tests/accuracy.py --pin

and say in the commit message why each expectation changed (a new fixture: the
trait it holds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import govnews
from govnews.model import Article

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DUMPS = FIXTURES / "dumps"
GOLDEN = TESTS / "golden"
PIN = TESTS / "expected.sha256"
_PIN_HEADER = """\
# SHA-256 of every expected file (tests/fixtures/dumps/*.expected.json, tests/golden/*), then of them all.
# tests/test_fixtures.py fails when one changes, appears or goes and this file does not: run
# `python tests/accuracy.py --pin` and say in the commit message why the expectation changed.
"""

_WS = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_WHEN = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?)?")


def fold(value: str | None) -> str | None:
    """Fold runs of white space to one space and trim."""
    return _WS.sub(" ", value).strip() if isinstance(value, str) else value


def squash(value: str | None) -> str:
    """Remove all white space."""
    return _WS.sub("", value) if isinstance(value, str) else ""


def same_when(expected: str | None, got: dt.date | None) -> bool:
    """Compare a date/time with the expectation at the precision it gives."""
    if expected is None or got is None:
        return expected is None and got is None
    want = _WHEN.fullmatch(expected)
    have = _WHEN.match(got.isoformat())
    if want is None or have is None or want.group(1) != have.group(1):
        return False
    if want.group(2) and want.group(2) != have.group(2):
        return False
    return not want.group(3) or (have.group(3) or "00") == want.group(3)


def _names(values: list[str] | tuple[str, ...]) -> list[str]:
    return sorted(fold(v) or "" for v in values)


def compare(expected: dict[str, Any], article: Article) -> dict[str, tuple[bool, Any, Any]]:
    """Every scored field of one fixture: (right, expected, got)."""
    doc = article.document
    blocks = [b.text for b in article.body]
    result: dict[str, tuple[bool, Any, Any]] = {}

    def put(name: str, ok: bool, want: Any, got: Any) -> None:
        result[name] = (bool(ok), want, got)

    put("title", fold(expected["title"]) == fold(article.title), expected["title"], article.title)
    want_bc = [fold(x) for x in expected["breadcrumb"]]
    got_bc = [fold(x) for x in article.breadcrumb]
    put("breadcrumb", want_bc == got_bc, want_bc, got_bc)
    put("published", same_when(expected["published"], article.published), expected["published"], article.published)
    put("source", fold(expected["source"]) == fold(article.source), expected["source"], article.source)
    for role in ("authors", "editors", "photographers"):
        if role in expected:
            got_names = getattr(article.byline, role)
            put(role, _names(expected[role]) == _names(got_names), expected[role], list(got_names))
    put("views", expected["views"] == article.views, expected["views"], article.views)
    for key in ("document_number", "index_number", "issuer", "topic", "validity"):
        if key in expected:
            got = getattr(doc, key) if doc else None
            put(key, fold(expected[key]) == fold(got), expected[key], got)
    if "written" in expected:
        got_written = doc.written if doc else None
        put("written", same_when(expected["written"], got_written), expected["written"], got_written)
    if "subtitle" in expected:
        put("subtitle", fold(expected["subtitle"]) == fold(article.subtitle), expected["subtitle"], article.subtitle)
    first, last = expected["body_first"], expected["body_last"]
    put(
        "body_first",
        bool(blocks) and squash(blocks[0]).startswith(squash(first)) if first else not blocks,
        first,
        blocks[0][:40] if blocks else None,
    )
    put(
        "body_last",
        bool(blocks) and squash(blocks[-1]).endswith(squash(last)) if last else not blocks,
        last,
        blocks[-1][-40:] if blocks else None,
    )
    body = "\n".join(squash(b) for b in blocks)
    leaked = [n for n in expected["noise"] if squash(n) and squash(n) in body]
    put("noise", not leaked, [], leaked)
    if "headings" in expected:
        got_headings = [b.text for b in article.body if b.kind == "heading"]
        put(
            "headings",
            [fold(h) for h in expected["headings"]] == [fold(h) for h in got_headings],
            expected["headings"],
            got_headings,
        )
    if "block_kinds" in expected:
        kinds = [b.kind for b in article.body]
        put("block_kinds", expected["block_kinds"] == kinds, expected["block_kinds"], kinds)
    if "extra" in expected:
        missing = {k: v for k, v in expected["extra"].items() if fold(article.extra.get(k)) != fold(v)}
        put("extra", not missing, expected["extra"], dict(article.extra))
    return result


def fixtures() -> Iterator[tuple[str, Path, dict[str, Any]]]:
    """Every fixture: its name, dump path (``NAME.txt``, or ``NAME.html`` for a saved page) and expectation."""
    for expected in sorted(DUMPS.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        dump = DUMPS / f"{name}.txt"
        if not dump.exists():
            dump = DUMPS / f"{name}.html"
        yield name, dump, json.loads(expected.read_text(encoding="utf-8"))


def score(parse: Callable[[Path], Article] = govnews.parse_file) -> dict[str, Any]:
    """Score every fixture; return the field and fixture totals and every miss."""
    right = total = whole = 0
    misses: list[tuple[str, str, Any, Any]] = []
    names = []
    for name, dump, expected in fixtures():
        names.append(name)
        fields = compare(expected, parse(dump))
        ok_here = True
        for field, (ok, want, got) in fields.items():
            right += ok
            total += 1
            if not ok:
                ok_here = False
                misses.append((name, field, want, got))
        whole += ok_here
    return {
        "fixtures": len(names),
        "fields_right": right,
        "fields_total": total,
        "field_score": right / total if total else 0.0,
        "whole_score": whole / len(names) if names else 0.0,
        "misses": misses,
    }


def expected_files() -> list[Path]:
    """Every expected file: the fixtures' ``NAME.expected.json`` and the golden files, in a fixed order."""
    return sorted([*DUMPS.glob("*.expected.json"), *(p for p in GOLDEN.rglob("*") if p.is_file())])


def pin_lines() -> list[str]:
    """The pin as it should read: one ``DIGEST  PATH`` line per expected file, then ``DIGEST  (all N files)``.

    Line ends are folded to LF before hashing, so a checkout with CRLF pins the same.
    """
    lines = []
    for path in expected_files():
        data = path.read_bytes().replace(b"\r\n", b"\n")
        lines.append(f"{hashlib.sha256(data).hexdigest()}  {path.relative_to(TESTS).as_posix()}")
    whole = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return [*lines, f"{whole}  (all {len(lines)} files)"]


def pinned_lines() -> list[str]:
    """The pin as ``tests/expected.sha256`` holds it (comments left out); empty when there is none."""
    if not PIN.exists():
        return []
    return [line for line in PIN.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def write_pin() -> None:
    """Pin the expected files as they are now."""
    PIN.write_text(_PIN_HEADER + "\n".join(pin_lines()) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the fixture score and every miss; with ``--pin``, pin the expected files instead."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pin", action="store_true", help="write tests/expected.sha256 for the expected files now")
    if parser.parse_args(argv).pin:
        write_pin()
        print(f"pinned {len(expected_files())} expected files in {PIN.relative_to(TESTS.parent)}")
        print("the commit message must say why each expectation changed")
        return 0
    result = score()
    for name, field, want, got in result["misses"]:
        print(f"MISS {name} {field}: expected {want!r} got {got!r}")
    print(
        f"fixtures {result['fixtures']}: fields {result['fields_right']}/{result['fields_total']} "
        f"({100 * result['field_score']:.1f}%), wholly right {100 * result['whole_score']:.1f}%"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
