"""Prove that the compiled and the interpreted parser read every input alike.

    python3 tests/compare_builds.py --interpreted .venv/bin/python --compiled .venv-mypyc/bin/python

Both interpreters parse the same inputs: every fixture dump
(``tests/fixtures/dumps``), the seed dumps (``seeds/``) and ``--generated``
dumps written once by ``benchmarks/generate.py`` with a fixed ``--seed``
(``--dir`` adds any other folder of dumps). Each writes one canonical JSON
line per input: ``govnews.export(article, "jsonl")`` without
``provenance.parser`` (which may name the build), keys sorted, or the
ParseError's reason for an input that is no dump (and whether it was a
ParserBugError, a bug of the parser). The two runs go
side by side, one process each; any difference fails the command (exit 1)
and the first differing inputs are printed field by field.

The command itself needs only the standard library. Each interpreter must be
the build it is given as (``govnews.parsing.is_compiled()``), so a compiled
install that fell back to pure Python cannot pass for a proof. Nothing here
knows which modules are compiled: only the public API is used. ``.ci/run``
runs it after the tests of both builds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: The inputs every run parses, by the name their lines are labelled with.
SOURCES = {"fixtures": ROOT / "tests" / "fixtures" / "dumps", "seeds": ROOT / "seeds"}
#: What a dump file is called (a fixture's NAME.expected.json is not one).
DUMP_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_GENERATED = 5000
#: Not the benchmark's seed: a second sample of the generator's page shapes.
DEFAULT_SEED = 20240811
#: How many differing inputs are printed, and how long a value may print.
SHOWN = 10
_VALUE_WIDTH = 160


def inputs(sources: Sequence[tuple[str, Path]]) -> Iterator[tuple[str, Path]]:
    """Every dump under the sources, labelled ``NAME/relative/path``, in a fixed order."""
    for name, directory in sources:
        for path in sorted(directory.rglob("*")):
            if path.is_file() and path.suffix.lower() in DUMP_SUFFIXES:
                yield f"{name}/{path.relative_to(directory).as_posix()}", path


def canonical_lines(sources: Sequence[tuple[str, Path]]) -> Iterator[str]:
    """One canonical JSON line per input, parsed by the govnews this interpreter imports."""
    import govnews

    for label, path in inputs(sources):
        line: dict[str, Any] = {"input": label}
        try:
            article = govnews.parse(path.read_bytes(), path=label)
        except govnews.ParseError as error:
            line["error"] = error.reason
            line["parser_bug"] = isinstance(error, govnews.ParserBugError)
        else:
            record = json.loads(govnews.export(article, "jsonl"))
            del record["provenance"]["parser"]
            line["article"] = record
        yield json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write(out: Path, build: str, sources: Sequence[tuple[str, Path]]) -> int:
    """The child's job: check this interpreter is ``build``, then write its lines to ``out``."""
    from govnews.parsing import is_compiled

    actual = "compiled" if is_compiled() else "interpreted"
    if actual != build:
        print(f"compare_builds: {sys.executable} runs an {actual} parser, not a {build} one")
        return 2
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for line in canonical_lines(sources):
            handle.write(line + "\n")
            count += 1
    print(f"compare_builds: {build:<11} {count} inputs parsed by {sys.executable}")
    return 0


def _read(path: Path) -> dict[str, dict[str, Any]]:
    lines = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {line.pop("input"): line for line in lines}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _VALUE_WIDTH else text[: _VALUE_WIDTH - 1] + "…"


def differences(a: Any, b: Any, where: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Each place where two JSON values differ: (path such as ``byline.editors[1]``, a's value, b's)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            yield from differences(a.get(key), b.get(key), f"{where}.{key}" if where else key)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from differences(x, y, f"{where}[{i}]")
    elif a != b:
        yield where or "(whole line)", a, b


def report(first: Path, second: Path, names: tuple[str, str], shown: int = SHOWN) -> list[str]:
    """The differences between two runs' lines, as printable lines; none when they agree."""
    runs = _read(first), _read(second)
    out: list[str] = []
    for label in sorted(runs[0].keys() ^ runs[1].keys()):
        have = names[0] if label in runs[0] else names[1]
        out.append(f"{label}: parsed by the {have} build only")
    differing = [label for label in sorted(runs[0].keys() & runs[1].keys()) if runs[0][label] != runs[1][label]]
    for label in differing[:shown]:
        out.append(f"{label}:")
        for where, a, b in differences(runs[0][label], runs[1][label]):
            out.append(f"    {where}")
            out.append(f"        {names[0]:<11} {_short(a)}")
            out.append(f"        {names[1]:<11} {_short(b)}")
    if len(differing) > shown:
        out.append(f"… and {len(differing) - shown} more differing inputs")
    if out:
        out.append(f"{len(differing)} of {len(runs[0])} inputs differ")
    return out


def compare(
    interpreted: str, compiled: str, generated: int, seed: int, extra: Sequence[Path], keep: Path | None
) -> int:
    """Run both builds over the same inputs, side by side, and compare their lines."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import write_dumps

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="govnews-builds-") as scratch:
        work = keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        sources = [*SOURCES.items(), *((f"extra{i}", d.resolve()) for i, d in enumerate(extra, 1))]
        if generated:
            sources.append(("generated", work / "generated"))
            write_dumps(work / "generated", generated, seed)
        names = ("interpreted", "compiled")
        outputs = [work / f"{name}.jsonl" for name in names]
        env = {**os.environ, "GOVNEWS_LOAD_PLUGINS": ""}  # the built-in jsonl exporter alone
        children = [
            subprocess.Popen(
                [python, str(Path(__file__).resolve()), "--write", str(out), "--build", name]
                + [arg for label, directory in sources for arg in ("--source", f"{label}={directory}")],
                env=env,
            )
            for python, name, out in zip((interpreted, compiled), names, outputs, strict=True)
        ]
        if any(child.wait() != 0 for child in children):
            print("compare_builds: a build could not be run (see above)", file=sys.stderr)
            return 2
        lines = report(outputs[0], outputs[1], names)
        seconds = time.perf_counter() - started
        count = sum(1 for _ in outputs[0].open(encoding="utf-8"))
        if lines:
            print("\n".join(lines))
            kept = f"; both runs' lines are in {work}" if keep else "; --keep DIR keeps both runs' lines"
            print(f"compare_builds: the builds DIFFER ({seconds:.1f} s){kept}")
            return 1
        bugs = sum('"parser_bug":true' in line for line in outputs[0].open(encoding="utf-8"))
        print(
            f"compare_builds: the builds agree on all {count} inputs "
            f"({generated} generated, seed {seed}; parser bugs: {bugs}) in {seconds:.1f} s"
        )
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: compare two builds, or (``--write``, as a child) write one build's lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--interpreted", metavar="PYTHON", help="the interpreter of the pure-Python install")
    parser.add_argument("--compiled", metavar="PYTHON", help="the interpreter of the GOVNEWS_MYPYC=1 install")
    parser.add_argument("--generated", type=int, default=DEFAULT_GENERATED, help="generated dumps (%(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed (%(default)s)")
    parser.add_argument("--dir", type=Path, action="append", default=[], help="another folder of dumps to parse")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the generated dumps and both runs' lines here")
    parser.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", choices=("interpreted", "compiled"), help=argparse.SUPPRESS)
    parser.add_argument("--source", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write:
        sources = [(label, Path(directory)) for label, _, directory in (s.partition("=") for s in args.source)]
        return write(args.write, args.build, sources)
    if not args.interpreted or not args.compiled:
        parser.error("give both --interpreted PYTHON and --compiled PYTHON")
    if args.generated < 0:
        parser.error("--generated must be at least 0")
    return compare(args.interpreted, args.compiled, args.generated, args.seed, args.dir, args.keep)


if __name__ == "__main__":
    sys.exit(main())
