"""The batch engine: many inputs read, parsed and exported as one stream, in input order.

Both ``govnews convert`` and :func:`parse_many` run on it. The stages:

1. **sources** (:mod:`govnews.inputs.sources`): the arguments expanded into
   files and the problems found on the way, lazily, in order;
2. **jobs** (:func:`jobs_of`): each file as the work to do: a file a worker
   reads itself (a dump, a gzipped dump), or bytes read here (standard
   input, each HTML page of a WARC, which is walked here record by record);
3. **work** (:func:`results`): each job parsed, and, when the output is
   made of one piece per article, serialised too, in ``jobs`` worker
   processes: chunks of jobs go out, at most a few chunks per worker are in
   flight, and results come back in input order; so memory does not grow
   with the number of inputs, and what crosses between processes is a path
   out and the exporter's bytes back;
4. **sinks** (:func:`convert`): the results written to one stream (standard
   output, one file) or one file per input (``-o DIR/``), each file whole or
   not at all.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pickle
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from pathlib import Path, PurePath
from typing import Any, BinaryIO, Final, Literal

import attrs

from ._api import parse
from .errors import GovnewsError, ParseError
from .exporting import Exporter, atomic_output, streams, temporary_files, write_bytes, writes_records
from .inputs.gzipped import gunzip
from .inputs.sources import STDIN, Entry, Problem, describe_os_error, expand, open_regular, read_regular
from .inputs.warc import WarcPage, warc_pages
from .model import Article
from .plugins import one_line
from .progress import Failure, Progress

__all__ = [
    "Job",
    "Outcome",
    "Settings",
    "Work",
    "convert",
    "jobs_of",
    "names_a_folder",
    "output_names",
    "parse_many",
    "remove_stale_temporaries",
    "results",
    "worker_count",
]

#: Jobs sent to a worker at a time, and chunks in flight per worker: enough to keep
#: every worker busy, few enough that memory stays flat.
CHUNK: Final = 32
IN_FLIGHT_PER_WORKER: Final = 4
#: Skip reasons, as the summary line counts them.
OUTPUT_EXISTS: Final = "outputs exist"
NOT_A_PAGE: Final = "WARC records not HTML pages"
#: Exit status of a process whose output pipe was closed (128 + SIGPIPE), as the shell reports a killed ``cat``.
BROKEN_PIPE_STATUS: Final = 141


# --- jobs and their outcomes ----------------------------------------------------------


@attrs.frozen
class Job:
    """One input to parse: a file a worker reads (``data`` None), or its bytes already read.

    ``name`` is its output name under ``-o DIR/`` (without the format's
    suffix), ``None`` when the output is one stream.
    """

    input: str
    kind: Literal["dump", "gzip"] = "dump"
    data: bytes | None = None
    url: str | None = None
    #: The charset its transport declared (a web archive's HTTP header).
    charset: str | None = None
    record: str | None = None
    name: PurePath | None = None

    @property
    def provenance_path(self) -> str | None:
        """The path the article's provenance records (none for standard input)."""
        return None if self.input == STDIN else self.input


@attrs.frozen
class Outcome:
    """What became of one input: its result (an Article, or the exporter's bytes), or why there is none.

    Exactly one of ``value``, ``error`` and ``skipped`` is set.
    """

    input: str
    record: str | None = None
    name: PurePath | None = None
    value: Article | bytes | None = None
    error: str | None = None
    skipped: str | None = None

    @property
    def label(self) -> str:
        """How messages name the input: its path, and its record where it has one."""
        return self.input if self.record is None else f"{self.input} record {self.record}"


@attrs.frozen
class Work:
    """What a worker makes of each article: the article itself, the exporter's record, or a whole file."""

    produce: Literal["article", "record", "file"]
    exporter: Exporter | None = None
    options: Mapping[str, Any] = attrs.field(factory=dict)


def jobs_of(
    entries: Iterable[Entry | Problem],
    names: Mapping[int, PurePath] | None = None,
    skip: Callable[[PurePath], bool] | None = None,
) -> Iterator[Job | Outcome]:
    """The jobs of ``entries`` in order; a problem, an unreadable WARC or a skipped record as an outcome.

    ``names``: the output name of each entry by its position in ``entries``
    (see :func:`output_names`); a WARC's pages are named after it, one
    numbered file each (``crawl/000001``). ``skip``: given a job's output
    name, whether to leave it out (its output exists); it is then an outcome
    skipped, and a file is not even opened.
    """
    for index, entry in enumerate(entries):
        if isinstance(entry, Problem):
            yield Outcome(entry.path, error=entry.reason)
            continue
        name = None if names is None else names[index]
        if entry.kind == "warc":
            yield from _warc_jobs(entry.path, name, skip)
        elif name is not None and skip is not None and skip(name):
            yield Outcome(entry.path, name=name, skipped=OUTPUT_EXISTS)
        elif entry.kind == "stdin":
            yield Job(STDIN, data=sys.stdin.buffer.read(), name=name)
        else:
            yield Job(entry.path, entry.kind, name=name)


def _warc_jobs(path: str, name: PurePath | None, skip: Callable[[PurePath], bool] | None) -> Iterator[Job | Outcome]:
    try:
        with open_regular(path) as stream:
            for item in warc_pages(stream, path):
                if not isinstance(item, WarcPage):
                    if item.failed:
                        yield Outcome(path, item.record_id, error=item.reason)
                    else:
                        yield Outcome(path, item.record_id, skipped=NOT_A_PAGE)
                    continue
                page = None if name is None else name / f"{item.number:06d}"
                if page is not None and skip is not None and skip(page):
                    yield Outcome(path, item.record_id, page, skipped=OUTPUT_EXISTS)
                else:
                    yield Job(
                        path, data=item.data, url=item.url, charset=item.charset, record=item.record_id, name=page
                    )
    except ParseError as error:
        yield Outcome(path, error=error.reason)
    except OSError as error:
        yield Outcome(path, error=describe_os_error(error))


# --- the work, in a worker or in process ------------------------------------------------

_work: Work = Work("article")  # what this process makes of each job (set in each worker)


def _start_worker(work: bytes) -> None:
    """A worker's setup: nothing it does reaches standard output, Ctrl-C is the parent's to handle."""
    global _work
    sys.stdout = sys.stderr  # a plugin imported while the exporter is unpickled may print
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _work = pickle.loads(work)


def _perform(job: Job, work: Work) -> tuple[Article | bytes | None, str | None]:
    """Parse one job and make of it what ``work`` asks; or say why not."""
    try:
        data = job.data if job.data is not None else _read(job)
        article = parse(data, path=job.provenance_path, url=job.url, charset=job.charset)
    except ParseError as error:
        return None, error.reason
    except OSError as error:
        return None, describe_os_error(error)
    exporter = work.exporter
    if work.produce == "article" or exporter is None:
        return article, None
    try:
        if work.produce == "record":
            return exporter.record(article, **work.options), None  # type: ignore[attr-defined]
        return write_bytes(exporter, [article], **work.options), None
    except GovnewsError as error:
        return None, str(error)
    except Exception as error:  # a plugin's exporter may raise anything; the batch goes on
        return None, exporter_failed(exporter, error)


def _read(job: Job) -> bytes:
    if job.kind == "gzip":
        with open_regular(job.input) as compressed:
            return gunzip(compressed, job.input)
    return read_regular(job.input)


def _perform_chunk(chunk: Sequence[Job]) -> list[tuple[Article | bytes | None, str | None]]:
    return [_perform(job, _work) for job in chunk]


def exporter_failed(exporter: Exporter, error: BaseException) -> str:
    """The reason given when an exporter raised something other than a govnews error."""
    return f"the {exporter.name} exporter failed: {one_line(error)}"


def worker_count(jobs: int) -> int:
    """``jobs`` processes; 0 means one per core this process may use."""
    if jobs > 0:
        return jobs
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def results(
    items: Iterable[Job | Outcome], work: Work, jobs: int = 1, warn: Callable[[str], None] | None = None
) -> Iterator[Outcome]:
    """The outcome of each item, in order: a job done (here, or in ``jobs`` worker processes), an outcome as it is.

    The items are taken lazily: at most a few chunks per worker are in
    flight. If the work cannot be sent to worker processes (an exporter that
    cannot be pickled), it is done here and ``warn`` is told why.
    """
    workers = worker_count(jobs)
    blob = None
    if workers > 1:
        try:
            blob = pickle.dumps(work)
        except Exception as error:
            if warn is not None:
                warn(f"running in one process: the work cannot be sent to worker processes ({one_line(error)})")
    if blob is None:
        for item in items:
            yield item if isinstance(item, Outcome) else _finish(item, _perform(item, work))
        return
    yield from _in_workers(iter(items), blob, workers)


def _finish(job: Job, result: tuple[Article | bytes | None, str | None]) -> Outcome:
    value, error = result
    return Outcome(job.input, job.record, job.name, value=value, error=error)


Chunk = tuple[list[Job | Outcome], "Future[list[tuple[Article | bytes | None, str | None]]] | None"]


def _in_workers(items: Iterator[Job | Outcome], blob: bytes, workers: int) -> Iterator[Outcome]:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(blob,))
    pending: deque[Chunk] = deque()

    def submit() -> bool:
        chunk = list(islice(items, CHUNK))
        if not chunk:
            return False
        todo = [item for item in chunk if isinstance(item, Job)]
        pending.append((chunk, pool.submit(_perform_chunk, todo) if todo else None))
        return True

    try:
        while len(pending) < workers * IN_FLIGHT_PER_WORKER and submit():
            pass
        while pending:
            chunk, future = pending.popleft()
            done = iter(future.result() if future is not None else ())
            submit()
            for item in chunk:
                yield item if isinstance(item, Outcome) else _finish(item, next(done))
    except BrokenProcessPool:
        raise GovnewsError("a worker process died (out of memory, or killed); the batch stopped") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- the library's entry point ------------------------------------------------------------


def parse_many(inputs: Iterable[str | os.PathLike[str]], *, jobs: int = 1) -> Iterator[Article | ParseError]:
    """Parse many inputs, yielding for each, in input order, its ``Article`` or the ``ParseError`` saying why not.

    Each input is read as ``govnews convert`` reads it: a dump (text or HTML,
    also gzipped: ``.txt.gz``, ``.html.gz``), a WARC (``.warc``,
    ``.warc.gz``: one item per HTML response record, its URL in
    ``provenance.url``; needs the ``warc`` extra), a folder (every such file
    under it, sorted by path), or ``-`` for standard input. The items are
    streamed: memory does not grow with the number of inputs.

    A file that cannot be read (missing, a FIFO, a folder that cannot be
    listed) gives a ``ParseError`` too; each error names its input in
    ``path`` (a WARC page: the file and its record id).

    Args:
        inputs: paths, taken lazily (a generator over a list of files will do).
        jobs: worker processes parsing side by side; 0 means one per core.
            Items still come in input order.

    Example::

        for item in govnews.parse_many(["dumps/", "crawl.warc.gz"], jobs=4):
            if isinstance(item, govnews.ParseError):
                print(item)  # dumps/empty.txt: empty input
            else:
                print(item.title)
    """
    items = jobs_of(expand(os.fspath(path) for path in inputs))
    for outcome in results(items, Work("article"), jobs):
        if isinstance(outcome.value, Article):
            yield outcome.value
        elif outcome.error is not None:
            yield ParseError(outcome.error, outcome.label)


# --- output names under -o DIR/ ---------------------------------------------------------------


def output_names(entries: Sequence[Entry | Problem]) -> dict[int, PurePath]:
    """The output name of each entry (by position), none shared, decided before anything is written.

    The rule, stable from run to run for the same inputs (so
    ``--skip-existing`` finds what an earlier run wrote):

    1. an input's name is its path below the folder given (a file given
       alone: its own name), without its suffixes: ``sub/a.txt`` -> ``sub/a``;
    2. inputs that would share a name keep their suffixes instead:
       ``a.txt`` and ``a.html`` -> ``a.txt`` and ``a.html`` (so ``a.txt.json``
       and ``a.html.json``);
    3. inputs that still share one (the same name from two folders given)
       are numbered in input order: the first keeps it, the next get
       ``~2``, ``~3`` … (``same.txt``, ``same.txt~2``).

    Names are compared without regard to case, as a case-insensitive file
    system (macOS, Windows) would.
    """
    files = {index: entry for index, entry in enumerate(entries) if isinstance(entry, Entry)}
    natural = Counter(_key(entry.name) for entry in files.values())
    chosen = {i: e.name if natural[_key(e.name)] == 1 else e.full_name for i, e in files.items()}
    wanted = Counter(_key(name) for name in chosen.values())
    used: set[str] = set()
    names = {}
    for index, name in chosen.items():
        candidate, number = name, 1
        while _key(candidate) in used or (number > 1 and wanted[_key(candidate)]):
            number += 1
            candidate = name.with_name(f"{name.name}~{number}")
        used.add(_key(candidate))
        names[index] = candidate
    return names


def _key(name: PurePath) -> str:
    return name.as_posix().casefold()


# --- the command line's conversion ---------------------------------------------------------------


@attrs.frozen
class Settings:
    """How ``govnews convert`` writes: the exporter and its options, where, and how.

    ``output``: ``None`` for standard output, a path for one file, a path
    ending in ``/`` (or an existing folder) for one file per input.
    """

    exporter: Exporter
    options: Mapping[str, Any] = attrs.field(factory=dict)
    output: str | None = None
    force: bool = False
    skip_existing: bool = False
    jobs: int = 1

    @property
    def one_file_per_input(self) -> bool:
        """Whether ``output`` names a folder."""
        return self.output is not None and names_a_folder(self.output)


def names_a_folder(output: str) -> bool:
    """Whether ``-o OUTPUT`` means one file per input: it ends in ``/`` or is a folder that exists."""
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def convert(arguments: Iterable[str], settings: Settings, progress: Progress) -> bool:
    """Convert every input the arguments name; report each outcome to ``progress``; True when all went well.

    Raises:
        BrokenPipeError: standard output was closed by its reader; nothing more can be written.
    """
    if settings.one_file_per_input:
        return _convert_to_folder(arguments, settings, progress)
    return _convert_to_stream(arguments, settings, progress)


def _report(outcome: Outcome, progress: Progress) -> bool:
    """Count an outcome that is not a result; True when it is one (to be written)."""
    if outcome.skipped is not None:
        progress.skipped(outcome.skipped)
    elif outcome.error is not None:
        progress.failed(Failure(outcome.input, outcome.error, outcome.record))
    else:
        return True
    return False


def _convert_to_stream(arguments: Iterable[str], settings: Settings, progress: Progress) -> bool:
    exporter, options = settings.exporter, dict(settings.options)
    target = None if settings.output is None else Path(settings.output)
    if target is not None and not settings.force and os.path.lexists(target):
        progress.failed(Failure(None, "exists; kept it (use --force to replace it)", output=str(target)))
        return False
    if target is not None:
        remove_stale_temporaries(target.parent, [target.name], time.time())
    arguments = list(arguments) if progress.shows_bar else arguments
    progress.start(_count(arguments) if progress.shows_bar else None)
    work = Work("record" if writes_records(exporter) else "article", exporter, options)
    stream = results(jobs_of(expand(arguments)), work, settings.jobs, progress.say)
    ok = True

    def values() -> Generator[Any, None, None]:
        nonlocal ok
        for outcome in stream:
            if _report(outcome, progress):
                progress.converted()
                yield outcome.value
            else:
                ok = ok and outcome.error is None

    pending = values()
    first = list(islice(pending, 1))
    if not first:
        return ok  # nothing to write: no file is made, nothing is printed
    try:
        if target is None:
            out: BinaryIO = sys.stdout.buffer
            _write_stream(exporter, chain(first, pending), out, options)
            out.flush()
        else:
            with atomic_output(target, overwrite=settings.force) as out:
                _write_stream(exporter, chain(first, pending), out, options)
    except BrokenPipeError:
        raise
    except FileExistsError:
        progress.output_failed(Failure(None, "exists; kept it (use --force to replace it)", output=str(target)))
        return False
    except Exception as error:  # OSError, GovnewsError, or any exception a plugin's exporter raised
        reason = _output_reason(exporter, error)
        progress.output_failed(Failure(None, reason, output="standard output" if target is None else str(target)))
        return False
    finally:
        pending.close()
    return ok


def _write_stream(exporter: Exporter, values: Iterator[Any], out: BinaryIO, options: dict[str, Any]) -> None:
    if writes_records(exporter):
        exporter.write_records(values, out, **options)  # type: ignore[attr-defined]
    elif streams(exporter):
        exporter.write(values, out, **options)  # type: ignore[arg-type]
    else:
        exporter.write(list(values), out, **options)


def _output_reason(exporter: Exporter, error: Exception) -> str:
    if isinstance(error, GovnewsError):
        return str(error)
    if isinstance(error, OSError):
        return describe_os_error(error)
    return exporter_failed(exporter, error)


def _count(arguments: Iterable[str]) -> int | None:
    """How many inputs the arguments name, for the bar; None where that is not known before reading (a WARC)."""
    total = 0
    for entry in expand(arguments):
        if isinstance(entry, Entry) and entry.kind == "warc":
            return None
        total += 1
    return total


def _convert_to_folder(arguments: Iterable[str], settings: Settings, progress: Progress) -> bool:
    assert settings.output is not None
    started = time.time()
    root = Path(settings.output)
    entries = list(expand(arguments))
    names = output_names(entries)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        progress.failed(Failure(None, f"cannot make the folder: {describe_os_error(error)}", output=str(root)))
        return False
    suffix = settings.exporter.suffix
    _remove_stale(root, entries, names, suffix, started)
    progress.start(None if any(isinstance(e, Entry) and e.kind == "warc" for e in entries) else len(entries))

    def exists(name: PurePath) -> bool:
        return settings.skip_existing and os.path.lexists(_target(root, name, suffix))

    todo = jobs_of(entries, names, exists)
    work = Work("file", settings.exporter, dict(settings.options))
    ok = True
    written: set[str] = set()
    for outcome in results(todo, work, settings.jobs, progress.say):
        if not _report(outcome, progress):
            ok = ok and outcome.error is None
            continue
        assert outcome.name is not None and isinstance(outcome.value, bytes)
        target = _target(root, outcome.name, suffix)
        reason = _write_file(target, outcome.value, settings.force, written)
        if reason is None:
            progress.converted()
        else:
            ok = False
            progress.failed(Failure(outcome.input, reason, outcome.record, str(target)))
    return ok


def _target(root: Path, name: PurePath, suffix: str) -> Path:
    return root / name.parent / f"{name.name}{suffix}"


def _write_file(target: Path, data: bytes, force: bool, written: set[str]) -> str | None:
    """Write one output file whole; the reason it could not be, or None."""
    key = str(target).casefold()
    if key in written:  # a safety net: output_names gives each input a name of its own
        return "another input of this run was written there; kept it"
    written.add(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        in_the_way = isinstance(error, FileExistsError) or error.errno == errno.ENOTDIR
        reason = "a file is in the way" if in_the_way else describe_os_error(error)
        return f"cannot make the folder {target.parent}: {reason}"
    try:
        with atomic_output(target, overwrite=force) as out:
            out.write(data)
    except FileExistsError:
        return "exists; kept it (use --force to replace it)"
    except OSError as error:
        return describe_os_error(error)
    return None


def _remove_stale(
    root: Path, entries: Sequence[Entry | Problem], names: Mapping[int, PurePath], suffix: str, started: float
) -> None:
    """Remove the temporary files a killed earlier run left for this run's own targets.

    Only files older than this run, and only those of its targets: a dump's
    output file, or anything in a WARC's own folder of pages.
    """
    by_folder: dict[Path, set[str] | None] = {}
    for index, name in names.items():
        entry = entries[index]
        if isinstance(entry, Entry) and entry.kind == "warc":
            by_folder[root / name] = None
        else:
            target = _target(root, name, suffix)
            wanted = by_folder.setdefault(target.parent, set())
            if wanted is not None:
                wanted.add(target.name)
    for folder, wanted in by_folder.items():
        remove_stale_temporaries(folder, wanted, started)


def remove_stale_temporaries(folder: Path, names: Iterable[str] | None, started: float) -> None:
    """Remove from ``folder`` the temporary files of targets ``names`` (None: any) last written before ``started``."""
    try:
        for path in temporary_files(folder, names):
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime < started:
                    path.unlink()
    except OSError:  # no such folder yet, or one that cannot be listed: nothing of ours is there
        return
