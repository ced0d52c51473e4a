"""Batch benchmark: ``govnews convert`` over many dumps, run as a user runs it, in subprocesses.

Three questions, each answered in one run and printed as ratios:

1. **Memory is flat**: the peak RSS of ``govnews convert DIR --to jsonl -o
   FILE`` (one process) over 1,000, 10,000 and 100,000 dumps; the ratio of
   the largest to the smallest should stay near 1. Measured twice: a folder
   of N dumps (the folder's names are listed and sorted, about 70 bytes a
   name), and ``--files-from`` a list of N paths (nothing held per input).
2. **Parallel pays**: wall time of ``--jobs 1`` against ``--jobs 2`` over
   20,000 dumps to JSON lines, the runs in turn (1, 2, 1, 2 …), best of each.
3. **Formats**: throughput of jsonl, xml, parquet and epub over 5,000 dumps
   (one process).

The dumps come from ``generate.py``: a pool of distinct dumps (5,000 by
default) hard-linked under as many names as a size needs, so a folder of
100,000 costs the disk 5,000 files; every input is still read and parsed.
Each peak RSS is taken from ``getrusage(RUSAGE_CHILDREN)`` in a fresh
wrapper process around one ``govnews`` run; each time is the best of
``--repeat`` runs (wall clock).

    .venv/bin/python benchmarks/bench_batch.py [--sizes 1000,10000,100000] [--parallel 20000] [--formats 5000]
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from generate import DEFAULT_SEED, write_dumps

__all__ = ["Report", "format_report", "main", "run"]

SIZES: Final = (1000, 10_000, 100_000)
PARALLEL: Final = 20_000
FORMATS_COUNT: Final = 5000
FORMATS: Final = ("jsonl", "xml", "parquet", "epub")
POOL: Final = 5000
#: Runs ``govnews`` (the arguments after ``-c CODE``) and prints the child's peak RSS in KiB.
_PEAK_RSS: Final = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)\n"
)


@dataclass
class Report:
    """What one benchmark run found."""

    cpus: int
    python: str
    pool: int
    memory_folder: dict[int, int] = field(default_factory=dict)  # inputs -> peak RSS, KiB
    memory_list: dict[int, int] = field(default_factory=dict)
    parallel_inputs: int = 0
    seconds_by_jobs: dict[int, float] = field(default_factory=dict)
    formats_inputs: int = 0
    seconds_by_format: dict[str, float] = field(default_factory=dict)

    @property
    def speedup(self) -> float:
        """Wall time of one job over that of two."""
        return self.seconds_by_jobs[1] / self.seconds_by_jobs[2]


def govnews_command(*args: str) -> list[str]:
    """The ``govnews`` of this interpreter, as a subprocess runs it."""
    return [sys.executable, "-m", "govnews", *args]


def make_folder(pool: Sequence[Path], folder: Path, count: int) -> list[Path]:
    """``folder`` holding ``count`` dumps: hard links to the pool's files, in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:06d}.txt"
        if not path.exists():
            os.link(pool[number % len(pool)], path)
        paths.append(path)
    return paths


def peak_rss(command: Sequence[str]) -> int:
    """The peak RSS (KiB) of ``command``, run to its end in a fresh wrapper process."""
    result = subprocess.run([sys.executable, "-c", _PEAK_RSS, *command], capture_output=True, text=True, check=True)
    peak, code = result.stdout.split()
    if code not in ("0", "1"):
        raise RuntimeError(f"{' '.join(command)} exited {code}: {result.stderr}")
    return int(peak)


def best_time(command: Sequence[str], repeat: int) -> float:
    """The best wall time of ``repeat`` runs of ``command``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def run(
    work: Path,
    sizes: Sequence[int] = SIZES,
    parallel: int = PARALLEL,
    formats_count: int = FORMATS_COUNT,
    repeat: int = 3,
    pool_size: int = POOL,
    seed: int = DEFAULT_SEED,
) -> Report:
    """Write the inputs under ``work`` and measure; ``work`` is left as it is (remove it afterwards)."""
    pool = write_dumps(work / "pool", min(pool_size, max(*sizes, parallel, formats_count)), seed)
    report = Report(os.cpu_count() or 1, f"{platform.python_implementation()} {platform.python_version()}", len(pool))
    out = work / "out"
    out.mkdir(exist_ok=True)
    for size in sizes:
        folder = work / f"n{size}"
        paths = make_folder(pool, folder, size)
        listing = work / f"n{size}.list"
        listing.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
        target = str(out / "all.jsonl")
        common = ("--to", "jsonl", "-o", target, "--force", "--quiet", "--jobs", "1")
        report.memory_folder[size] = peak_rss(govnews_command("convert", str(folder), *common))
        report.memory_list[size] = peak_rss(govnews_command("convert", "--files-from", str(listing), *common))
    folder = work / f"n{parallel}"
    make_folder(pool, folder, parallel)
    report.parallel_inputs = parallel
    for _ in range(repeat):  # in turn, so a machine that gets busy slows both alike
        for jobs in (1, 2):
            command = govnews_command(
                "convert", str(folder), "--to", "jsonl", "-o", str(out / "p.jsonl"), "--force", "-q", "-j", str(jobs)
            )
            seconds = best_time(command, 1)
            report.seconds_by_jobs[jobs] = min(seconds, report.seconds_by_jobs.get(jobs, seconds))
    folder = work / f"n{formats_count}"
    make_folder(pool, folder, formats_count)
    report.formats_inputs = formats_count
    for name in FORMATS:
        target = out / f"all.{name}"
        command = govnews_command("convert", str(folder), "--to", name, "-o", str(target), "--force", "-q", "-j", "1")
        report.seconds_by_format[name] = best_time(command, repeat)
    return report


def format_report(report: Report) -> str:
    """The figures as a person reads them."""
    lines = [
        "govnews batch benchmark",
        f"python      {report.python}, {report.cpus} cpus",
        f"inputs      synthetic dumps (generate.py), a pool of {report.pool:,} distinct, hard-linked as needed",
        "memory      peak RSS of `govnews convert … --to jsonl -o FILE --jobs 1`",
    ]
    for label, figures in (("folder", report.memory_folder), ("files-from", report.memory_list)):
        cells = "   ".join(f"{size:>7,}: {kib / 1024:6.1f} MiB" for size, kib in sorted(figures.items()))
        smallest, largest = figures[min(figures)], figures[max(figures)]
        lines.append(f"  {label:<10}{cells}   ratio {largest / smallest:.2f}x")
    one, two = report.seconds_by_jobs[1], report.seconds_by_jobs[2]
    inputs = report.parallel_inputs
    lines += [
        f"parallel    {inputs:,} dumps to jsonl: --jobs 1 {one:.2f} s ({inputs / one:,.0f}/s), "
        f"--jobs 2 {two:.2f} s ({inputs / two:,.0f}/s)",
        f"  speedup   {report.speedup:.2f}x with 2 jobs",
        f"formats     {report.formats_inputs:,} dumps, --jobs 1, parse included:",
    ]
    for name, seconds in report.seconds_by_format.items():
        lines.append(f"  {name:<10}{seconds:6.2f} s   {report.formats_inputs / seconds:8,.0f} inputs/s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: run every measurement and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="input counts for memory (%(default)s)")
    parser.add_argument("--parallel", type=int, default=PARALLEL, help="inputs for --jobs 1 vs 2 (%(default)s)")
    parser.add_argument("--formats", type=int, default=FORMATS_COUNT, help="inputs per format (%(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs, best counts (%(default)s)")
    parser.add_argument("--pool", type=int, default=POOL, help="distinct dumps generated (%(default)s)")
    parser.add_argument("--dir", type=Path, help="keep the inputs here (default: a temporary folder, removed)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as temporary:
        work = args.dir or Path(temporary)
        report = run(work, sizes, args.parallel, args.formats, args.repeat, args.pool)
    print(format_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
