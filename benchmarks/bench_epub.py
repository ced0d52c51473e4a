"""EPUB benchmark: time and peak memory to build one book of many articles.

The articles are parsed from synthetic dumps (``generate.py``) before any
measurement, so only ``govnews.export(articles, "epub")`` is measured:
planning, rendering each chapter, ebooklib, and the reproducible ZIP.

Time is the best of ``--repeat`` runs after one warm-up (time.perf_counter).
Memory is measured in a separate run under tracemalloc: the peak of Python
allocations above what the articles already hold, beside the finished
book's size; ru_maxrss is the whole process's high-water mark (interpreter,
libraries and articles included).

    .venv/bin/python benchmarks/bench_epub.py [--count 1000] [--repeat 3] [--out book.epub]
"""

from __future__ import annotations

import argparse
import gc
import platform
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from generate import DEFAULT_SEED, make_text

import govnews

__all__ = ["Report", "format_report", "main", "make_articles", "run"]

DEFAULT_COUNT: Final = 1000
DEFAULT_REPEAT: Final = 3


@dataclass(frozen=True)
class Report:
    """What one benchmark run found."""

    articles: int
    text_chars: int
    repeat: int
    seconds: float
    book_bytes: int
    peak_bytes: int
    max_rss_bytes: int


def make_articles(count: int, seed: int = DEFAULT_SEED) -> list[govnews.Article]:
    """``count`` articles parsed from synthetic dumps; the same seed gives the same articles."""
    rng = random.Random(seed)
    return [govnews.parse(make_text(rng)) for _ in range(count)]


def build(articles: Sequence[govnews.Article]) -> bytes:
    """The measured work: one EPUB of all the articles."""
    return govnews.export(articles, "epub", title="基准测试")


def best_time(articles: Sequence[govnews.Article], repeat: int) -> tuple[float, bytes]:
    """The best of ``repeat`` timed builds after a warm-up, and the book."""
    book = build(articles)
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        build(articles)
        best = min(best, time.perf_counter() - start)
    return best, book


def peak_memory(articles: Sequence[govnews.Article]) -> int:
    """Peak Python allocations during one build, above what was held before it."""
    gc.collect()
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        build(articles)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - before


def max_rss() -> int:
    """The process's resident-set high-water mark, in bytes (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def run(articles: Sequence[govnews.Article], repeat: int = DEFAULT_REPEAT) -> tuple[Report, bytes]:
    """Measure time, then memory; return the report and the book."""
    seconds, book = best_time(articles, repeat)
    peak = peak_memory(articles)
    text = sum(len(block.text) for article in articles for block in article.body)
    return Report(len(articles), text, repeat, seconds, len(book), peak, max_rss()), book


def format_report(r: Report) -> str:
    """The report as the lines the command prints."""
    mb = 1024 * 1024
    return "\n".join(
        (
            "govnews epub benchmark",
            f"python      {platform.python_version()} on {platform.system()} {platform.machine()}",
            f"govnews     {govnews.__version__}",
            f"articles    {r.articles} parsed from synthetic dumps, {r.text_chars:,} characters of body text",
            f"time        {r.seconds:8.3f} s  best of {r.repeat} after 1 warm-up "
            f"({r.articles / r.seconds:,.0f} articles/s)",
            f"book        {r.book_bytes / mb:8.2f} MiB  EPUB",
            f"peak        {r.peak_bytes / mb:8.2f} MiB  Python allocations during one build (tracemalloc)",
            f"max rss     {r.max_rss_bytes / mb:8.2f} MiB  whole process (resource.ru_maxrss)",
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: parse synthetic articles, measure the EPUB build, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="articles (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="timed runs (default %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed (default %(default)s)")
    parser.add_argument("--out", type=Path, help="also write the book here")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1:
        parser.error("--count and --repeat must be at least 1")
    report, book = run(make_articles(args.count, args.seed), args.repeat)
    print(format_report(report))
    if args.out:
        args.out.write_bytes(book)
    return 0


if __name__ == "__main__":
    sys.exit(main())
