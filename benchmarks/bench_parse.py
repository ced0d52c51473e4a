"""Parse benchmark: ``govnews.parse_file`` against the floor of reading the same dumps.

The floor is what any reader of these files pays: read the bytes, decode them
(strict UTF-8, else GB18030) and split the text into lines. The goal
(issue 2, point 10) is that parsing costs no more than 8x that floor.

Both run in this one process on one core, over the same synthetic dumps
(``generate.py``), once to warm up and then in ``--repeat`` alternating
rounds; the best run of each counts. The verdict is printed; the exit status
is 0 either way.

    .venv/bin/python benchmarks/bench_parse.py [--count 3000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import platform
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from generate import DEFAULT_COUNT, DEFAULT_SEED, write_dumps

import govnews
from govnews.parsing import is_compiled

__all__ = [
    "GOAL",
    "Report",
    "floor",
    "format_report",
    "main",
    "measure",
    "parse_all",
    "parser_build",
    "profile",
    "run",
]

#: Parsing may cost at most this many times the floor.
GOAL: Final = 8.0
DEFAULT_REPEAT: Final = 3


def floor(paths: Sequence[Path]) -> int:
    """Read, decode (UTF-8, else GB18030) and split every dump into lines; return the line count."""
    lines = 0
    for path in paths:
        with open(path, "rb") as handle:
            data = handle.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        lines += len(text.splitlines())
    return lines


def parser_build() -> str:
    """Which build of the parser is imported: compiled by mypyc (``GOVNEWS_MYPYC=1``) or interpreted."""
    if is_compiled():
        return "compiled (mypyc)"
    return "interpreted (pure Python; GOVNEWS_MYPYC=1 pip install . compiles it)"


def parse_all(paths: Sequence[Path]) -> int:
    """``govnews.parse_file`` every dump; return the number of body blocks found."""
    blocks = 0
    for path in paths:
        blocks += len(govnews.parse_file(path).body)
    return blocks


def measure(works: Sequence[Callable[[Sequence[Path]], int]], paths: Sequence[Path], repeat: int) -> list[float]:
    """Best wall time (seconds) of each of ``works`` over ``paths``.

    Each runs once to warm up, then ``repeat`` rounds run every work in turn,
    so that a busy machine weighs on all of them alike.
    """
    for work in works:
        work(paths)
    best = [float("inf")] * len(works)
    for _ in range(repeat):
        for i, work in enumerate(works):
            gc.collect()
            start = time.perf_counter()
            work(paths)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


@dataclass(frozen=True)
class Report:
    """What one benchmark run measured."""

    python: str
    cpus: int
    dumps: int
    total_bytes: int
    utf8: int
    bom: int
    gb18030: int
    crlf: int
    repeat: int
    floor_seconds: float
    parse_seconds: float

    @property
    def floor_dumps_per_s(self) -> float:
        return self.dumps / self.floor_seconds

    @property
    def floor_mb_per_s(self) -> float:
        return self.total_bytes / 1e6 / self.floor_seconds

    @property
    def parse_dumps_per_s(self) -> float:
        return self.dumps / self.parse_seconds

    @property
    def parse_mb_per_s(self) -> float:
        return self.total_bytes / 1e6 / self.parse_seconds

    @property
    def ratio(self) -> float:
        """Parse time over floor time."""
        return self.parse_seconds / self.floor_seconds

    @property
    def goal_met(self) -> bool:
        return self.ratio <= GOAL


def _mix(paths: Sequence[Path]) -> tuple[int, int, int, int, int]:
    """Total bytes, then how many dumps are UTF-8 without BOM, with BOM, GB18030, and CRLF."""
    total = utf8 = bom = gb = crlf = 0
    for path in paths:
        data = path.read_bytes()
        total += len(data)
        crlf += b"\r\n" in data
        if data.startswith(b"\xef\xbb\xbf"):
            bom += 1
            continue
        try:
            data.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            gb += 1
    return total, utf8, bom, gb, crlf


def run(paths: Sequence[Path], repeat: int = DEFAULT_REPEAT) -> Report:
    """Measure the floor and ``parse_file`` over ``paths``."""
    total, utf8, bom, gb, crlf = _mix(paths)
    floor_seconds, parse_seconds = measure((floor, parse_all), paths, repeat)
    return Report(
        python=f"{platform.python_implementation()} {platform.python_version()}",
        cpus=os.cpu_count() or 1,
        dumps=len(paths),
        total_bytes=total,
        utf8=utf8,
        bom=bom,
        gb18030=gb,
        crlf=crlf,
        repeat=repeat,
        floor_seconds=floor_seconds,
        parse_seconds=parse_seconds,
    )


def format_report(report: Report) -> str:
    """The report as the lines the command prints."""
    r = report
    verdict = "MET" if r.goal_met else "NOT MET"
    return "\n".join(
        (
            "govnews parse benchmark",
            f"python      {r.python} on {platform.system()} {platform.machine()}",
            f"cpus        {r.cpus} (the benchmark uses one: a single process)",
            f"govnews     {govnews.__version__}, parser {parser_build()}",
            f"dumps       {r.dumps} synthetic, {r.total_bytes / 1e6:.2f} MB "
            f"(utf-8 {r.utf8}, utf-8 BOM {r.bom}, gb18030 {r.gb18030}; CRLF {r.crlf})",
            f"timing      best of {r.repeat} alternating rounds after 1 warm-up, time.perf_counter",
            f"floor       {r.floor_seconds:8.3f} s {r.floor_dumps_per_s:10.0f} dumps/s {r.floor_mb_per_s:8.1f} MB/s"
            "   read + decode (utf-8, else gb18030) + split lines",
            f"parse_file  {r.parse_seconds:8.3f} s {r.parse_dumps_per_s:10.0f} dumps/s {r.parse_mb_per_s:8.1f} MB/s"
            "   govnews.parse_file",
            f"ratio       {r.ratio:.1f}x the floor (goal: at most {GOAL:g}x)",
            f"verdict     goal {verdict}: parsing costs {r.ratio:.1f}x the floor "
            f"({'<=' if r.goal_met else '>'} {GOAL:g}x)",
        )
    )


def profile(paths: Sequence[Path], top: int) -> str:
    """cProfile one ``parse_all`` run; return the ``top`` functions by own time."""
    profiler = cProfile.Profile()
    profiler.runcall(parse_all, paths)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: generate dumps, measure, print the report (exit 0 whatever the verdict)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="dumps to generate (default %(default)s)")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="timed runs; the best counts")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed (default %(default)s)")
    parser.add_argument("--dir", type=Path, help="write and keep the dumps here (default: a temporary directory)")
    parser.add_argument("--profile", type=int, metavar="N", default=0, help="cProfile a pass, print top N")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1:
        parser.error("--count and --repeat must be at least 1")
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as scratch:
        paths = write_dumps(args.dir or Path(scratch), args.count, args.seed)
        print(format_report(run(paths, args.repeat)))
        if args.profile:
            print()
            print(profile(paths, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
