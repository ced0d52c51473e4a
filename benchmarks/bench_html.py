"""HTML benchmark: govnews and its peers on saved pages with hand-made truth, field by field and for speed.

    python benchmarks/bench_html.py [FOLDER ...] [--tools govnews,trafilatura,gne] [--repeat 3] [--failures]

Each FOLDER holds ``pages/NAME.html`` (bytes as saved) and ``truth/NAME.json``
(``shared/corpus/TRUTH-SPEC.md``). Every tool that is installed reads every
page; the table gives, per field, the share of pages each got right by the
rules of ``shared/tools/score.py`` (restated in :func:`compare`), then the
three body checks together, all fields, and **pages per CPU-second** (the best
of ``--repeat`` timed passes over all pages, ``time.process_time``, one
process, after a warm-up pass). A tool that raises on a page gets every field
of it wrong and is counted.

The peers are not project dependencies: install them in a venv of their own,
with govnews editable beside them (``benchmarks/README.md``). How their
outputs are mapped to the fields, as fairly as each allows:

- **govnews**: ``govnews.parse(bytes)`` exported to JSON, as the scorer reads it.
- **trafilatura** (``bare_extraction(bytes, with_metadata=True,
  include_comments=False)``, dates asked with their time and
  ``extensive_search``): title, ``date`` as published, ``author`` split at
  ``;`` and ``,`` as authors, the text's lines as body blocks. It has no
  trail, 来源, editor, counter or document fields: those are empty, which
  scores right wherever the page has none.
- **GNE** (``GeneralNewsExtractor().extract(text)``, the page decoded as
  UTF-8, else GB18030, the decoding counted in its time): title,
  ``publish_time`` (normalised to ISO 8601) as published, ``author`` as the one
  author, ``content``'s lines as body blocks; the other fields empty, as for
  trafilatura.

Nothing is fetched: the peers get the bytes or text and no URL.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

DEFAULT_FOLDERS: Final = ("/work/shared/html",)
FIELDS: Final = (
    "title",
    "breadcrumb",
    "published",
    "source",
    "authors",
    "editors",
    "views",
    "document_number",
    "index_number",
    "issuer",
    "body_first",
    "body_last",
    "noise",
)
BODY_CHECKS: Final = ("body_first", "body_last", "noise")
_WS: Final = re.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
_ISO: Final = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?)?")
_LOOSE_TIME: Final = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)

#: What a tool gives for one page: the fields as govnews' JSON names them.
Output = dict[str, Any]


# --- the scorer's rules (shared/tools/score.py) ---------------------------------------------


def _fold(value: object) -> object:
    return _WS.sub(" ", value).strip() if isinstance(value, str) else value


def _squash(value: object) -> str:
    return _WS.sub("", value) if isinstance(value, str) else ""


def _same_time(truth: str | None, got: object) -> bool:
    if truth is None or got is None:
        return truth is None and got is None
    found, want = _ISO.match(str(got)), _ISO.match(truth)
    if found is None or want is None or want.group(1) != found.group(1):
        return False
    if want.group(2) and want.group(2) != found.group(2):
        return False
    return not want.group(3) or (found.group(3) or "00") == want.group(3)


def _names(values: Sequence[str] | None) -> list[str]:
    return sorted(_WS.sub(" ", value).strip() for value in values or [])


def compare(truth: dict[str, Any], data: Output) -> dict[str, bool]:
    """Whether each field of ``data`` is right by the scorer's rules."""
    document = data.get("document") or {}
    byline = data.get("byline") or {}
    blocks = [b.get("text", "") if isinstance(b, dict) else str(b) for b in data.get("body") or []]
    first = _squash(blocks[0]) if blocks else ""
    last = _squash(blocks[-1]) if blocks else ""
    body = "\n".join(_squash(b) for b in blocks)
    want_first, want_last = truth.get("body_first"), truth.get("body_last")
    return {
        "title": _fold(truth["title"]) == _fold(data.get("title")),
        "breadcrumb": [_fold(x) for x in truth.get("breadcrumb") or []]
        == [_fold(x) for x in data.get("breadcrumb") or []],
        "published": _same_time(truth.get("published"), data.get("published")),
        "source": _fold(truth.get("source")) == _fold(data.get("source")),
        "authors": _names(truth.get("authors")) == _names(byline.get("authors")),
        "editors": _names(truth.get("editors")) == _names(byline.get("editors")),
        "views": truth.get("views") == data.get("views"),
        "document_number": _fold(truth.get("document_number")) == _fold(document.get("document_number")),
        "index_number": _fold(truth.get("index_number")) == _fold(document.get("index_number")),
        "issuer": _fold(truth.get("issuer")) == _fold(document.get("issuer")),
        "body_first": first.startswith(_squash(want_first)) if want_first else not blocks,
        "body_last": last.endswith(_squash(want_last)) if want_last else not blocks,
        "noise": not [n for n in truth.get("noise") or [] if _squash(n) and _squash(n) in body],
    }


# --- the tools ------------------------------------------------------------------------------


def _lines(text: str | None) -> list[dict[str, str]]:
    return [{"text": line.strip()} for line in (text or "").splitlines() if line.strip()]


def _iso(value: str | None) -> str | None:
    """A peer's date string as ISO 8601 without offset, as precise as it is."""
    if not value:
        return None
    found = _LOOSE_TIME.search(value)
    if found is None:
        return None
    year, month, day, hour, minute, second = found.groups()
    iso = f"{year}-{int(month):02d}-{int(day):02d}"
    if hour is not None:
        iso += f"T{int(hour):02d}:{int(minute):02d}" + (f":{int(second):02d}" if second else "")
    return iso


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", "replace")


def _govnews() -> Callable[[bytes], Output] | None:
    import govnews

    def run(data: bytes) -> Output:
        result: Output = json.loads(govnews.export(govnews.parse(data), "json"))
        return result

    return run


def _trafilatura() -> Callable[[bytes], Output] | None:
    try:
        import trafilatura  # type: ignore[import-not-found]  # a peer, in its own venv
    except ImportError:
        return None
    dates = {"outputformat": "%Y-%m-%dT%H:%M:%S", "extensive_search": True, "original_date": True}

    def run(data: bytes) -> Output:
        found = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, date_extraction_params=dates
        )
        if found is None:
            return {}
        doc = found if isinstance(found, dict) else found.as_dict()
        date = doc.get("date")
        if date and date.endswith("T00:00:00"):  # htmldate pads a date alone with midnight
            date = date[:10]
        authors = [a.strip() for a in re.split(r"[;,]", doc.get("author") or "") if a.strip()]
        return {
            "title": doc.get("title"),
            "published": date,
            "byline": {"authors": authors},
            "body": _lines(doc.get("text")),
        }

    return run


def _gne() -> Callable[[bytes], Output] | None:
    try:
        from gne import GeneralNewsExtractor  # type: ignore[import-not-found]  # a peer, in its own venv
    except ImportError:
        return None
    extractor = GeneralNewsExtractor()

    def run(data: bytes) -> Output:
        found = extractor.extract(_decoded(data))
        author = (found.get("author") or "").strip()
        return {
            "title": found.get("title") or None,
            "published": _iso(found.get("publish_time")),
            "byline": {"authors": [author] if author else []},
            "body": _lines(found.get("content")),
        }

    return run


TOOLS: Final = {"govnews": _govnews, "trafilatura": _trafilatura, "gne": _gne}


# --- the run --------------------------------------------------------------------------------


@dataclass
class Page:
    """One page and its truth."""

    name: str
    data: bytes
    truth: dict[str, Any]


@dataclass
class Result:
    """One tool's marks over the pages."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    body_all: int = 0
    whole: int = 0
    crashes: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def load(folders: Sequence[str]) -> list[Page]:
    """Every page with a truth in ``folders``."""
    pages = []
    for folder in map(Path, folders):
        for truth in sorted((folder / "truth").glob("*.json")):
            found = sorted((folder / "pages").glob(truth.stem + ".*"))
            if found:
                pages.append(Page(f"{folder.name}/{truth.stem}", found[0].read_bytes(), json.loads(truth.read_text())))
    return pages


def score(run: Callable[[bytes], Output], pages: Sequence[Page]) -> Result:
    """Run a tool over every page and mark its fields."""
    result = Result()
    for page in pages:
        try:
            marks = compare(page.truth, run(page.data))
        except Exception as error:  # a peer's failure is a mark, not the end of the run
            result.crashes += 1
            result.misses.append(f"{page.name} CRASH {type(error).__name__}: {error}")
            continue
        for name, ok in marks.items():
            result.right[name] += ok
            if not ok:
                result.misses.append(f"{page.name} {name}")
        result.body_all += all(marks[name] for name in BODY_CHECKS)
        result.whole += all(marks.values())
    return result


def cpu_seconds(run: Callable[[bytes], Output], pages: Sequence[Page], repeat: int) -> float:
    """The best of ``repeat`` passes over all pages, in CPU seconds of this process."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        for page in pages:
            with contextlib.suppress(Exception):  # counted by score(); timed like any page
                run(page.data)
        best = min(best, time.process_time() - start)
    return best


def table(results: dict[str, Result], pages: int) -> str:
    """The side-by-side table."""
    names = list(results)
    width = max(12, *map(len, names)) + 2
    rows = ["field".ljust(18) + "".join(n.rjust(width) for n in names)]

    def row(label: str, values: Sequence[str]) -> None:
        rows.append(label.ljust(18) + "".join(v.rjust(width) for v in values))

    for name in FIELDS:
        row(name, [f"{100 * results[t].right[name] / pages:.1f}%" for t in names])
    row("body (all three)", [f"{100 * results[t].body_all / pages:.1f}%" for t in names])
    total = pages * len(FIELDS)
    row("all fields", [f"{100 * sum(results[t].right.values()) / total:.1f}%" for t in names])
    row("pages wholly right", [f"{results[t].whole}/{pages}" for t in names])
    row("crashes", [str(results[t].crashes) for t in names])
    row("pages/CPU-second", [f"{pages / results[t].seconds:.0f}" if results[t].seconds else "-" for t in names])
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="*", default=list(DEFAULT_FOLDERS))
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, of: " + ", ".join(TOOLS))
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per tool (best counts)")
    parser.add_argument("--failures", action="store_true", help="list every miss of every tool")
    args = parser.parse_args(argv)
    pages = load(args.folders)
    if not pages:
        sys.exit(f"no pages with truth under {', '.join(args.folders)}")
    results: dict[str, Result] = {}
    for name in args.tools.split(","):
        make = TOOLS.get(name)
        if make is None:
            sys.exit(f"unknown tool {name!r}: one of {', '.join(TOOLS)}")
        run = make()
        if run is None:
            print(f"{name}: not installed, left out", file=sys.stderr)
            continue
        results[name] = score(run, pages)  # also the warm-up pass
        results[name].seconds = cpu_seconds(run, pages, args.repeat)
    print(f"pages: {len(pages)} from {', '.join(args.folders)}; CPU time best of {args.repeat}, one process")
    print(table(results, len(pages)))
    if args.failures:
        for name, result in results.items():
            for miss in result.misses:
                print(f"MISS {name} {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
