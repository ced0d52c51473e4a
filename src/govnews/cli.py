"""The ``govnews`` command: a thin layer over the library.

Library errors become one-line messages naming the input and the reason;
usage errors (an unknown format, an option the format does not take, a bad
value) exit 2 before any input is read; bad inputs exit 1 after every good
input is written. ``convert`` and ``show`` run the batch engine
(:mod:`govnews.batch`); what a person sees of it, the progress bar and the
summary, is :mod:`govnews.progress`; what ``show`` prints of an article is
:mod:`govnews.view`.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import signal
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from pathlib import PurePath
from typing import IO, Any, NoReturn, TextIO

import attrs
import click

from . import batch
from ._version import __version__
from .batch import BROKEN_PIPE_STATUS, Settings, Work, jobs_of, names_a_folder, results
from .errors import GovnewsError, OptionError
from .exporting import Exporter, Option, is_binary, resolve_options
from .formats.json import JsonLinesExporter
from .inputs.sources import STDIN, expand, listed_paths
from .model import Article
from .parsing import is_compiled
from .plugins import PluginWarning, Registry, get_registry
from .progress import Failure, Progress
from .view import describe

__all__ = ["main"]


def _registry() -> Registry:
    """The loaded plugins; each one left out, and each other load warning, is one line on stderr."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry = get_registry()
    for warning in caught:
        if not issubclass(warning.category, PluginWarning):  # those are listed below, every time
            click.echo(f"govnews: warning: {' '.join(str(warning.message).split())}", err=True)
    for failure in registry.failures:
        click.echo(f"govnews: warning: plugin {failure.plugin}: {failure.error}", err=True)
    return registry


def _usage_error(message: str) -> click.UsageError:
    return click.UsageError(message, click.get_current_context(silent=True))


def _bad(hint: str, message: str) -> click.BadParameter:
    """A usage error about one option, named by ``hint`` (``'-O'``)."""
    return click.BadParameter(message, click.get_current_context(silent=True), param_hint=hint)


# --- the format and its options -------------------------------------------------------


def _format_named(name: str, exporters: Mapping[str, Exporter]) -> Exporter:
    """The exporter ``--to NAME`` names, its name matched without regard to case."""
    if name in exporters:
        return exporters[name]
    alike = sorted(known for known in exporters if known.casefold() == name.casefold())
    if len(alike) == 1:
        return exporters[alike[0]]
    if alike:
        raise _bad("'--to'", f"{name!r} could be {' or '.join(alike)}: give the name as `govnews formats` spells it")
    raise _bad("'--to'", f"unknown format {name!r} (known: {', '.join(sorted(exporters)) or 'none'})")


def _format_of_output(output: str | None, exporters: Mapping[str, Exporter]) -> Exporter:
    """The exporter whose suffix ``-o FILE`` ends in, when ``--to`` is not given."""
    if output is None:
        raise _usage_error("give --to FORMAT: standard output has no file name to tell the format by")
    if names_a_folder(output):
        raise _usage_error(f"give --to FORMAT: -o {output} is a folder, with no suffix to tell the format by")
    name = PurePath(output).name.casefold()
    fitting = [exporter for exporter in exporters.values() if name.endswith(exporter.suffix.casefold())]
    longest = max((len(exporter.suffix) for exporter in fitting), default=0)
    best = sorted(exporter.name for exporter in fitting if len(exporter.suffix) == longest)
    if len(best) == 1:
        return exporters[best[0]]
    suffix = "".join(PurePath(output).suffixes)
    if best:
        why = f"{suffix} is the suffix of {' and '.join(best)}"
    elif suffix:
        why = f"no format writes {suffix} files (see `govnews formats`)"
    else:
        why = "it has no suffix to tell the format by"
    raise _usage_error(f"give --to FORMAT: cannot tell the format of -o {output}: {why}")


def _declared(exporter: Exporter) -> tuple[Option, ...] | None:
    """The options ``exporter`` declares, or ``None`` when it declares none (it takes any, unchecked)."""
    declared: tuple[Option, ...] | None = getattr(exporter, "options", None)
    return declared


def _declared_names(exporter: Exporter) -> set[str] | None:
    declared = _declared(exporter)
    return None if declared is None else {option.name for option in declared}


def _pairs(pairs: Sequence[str]) -> dict[str, str]:
    """``-O KEY=VALUE`` pairs as a mapping; a later pair of the same key wins."""
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise _bad("'-O'", f"{pair!r} is not KEY=VALUE")
        options[key.strip()] = value
    return options


def _exporter_options(
    exporter: Exporter, pairs: Sequence[str], title: str | None, exporters: Mapping[str, Exporter]
) -> dict[str, Any]:
    """The options for ``exporter``: ``-O`` pairs and ``--title``, read against what it declares.

    An option it does not declare, or a value it cannot read, is a usage
    error naming the option, the value and the options it takes. An exporter
    that declares no options at all (an older plugin) gets the pairs as they are.
    """
    given = _pairs(pairs)
    if title is not None:
        declared = _declared_names(exporter)
        if declared is not None and "title" not in declared:
            takers = sorted(name for name, other in exporters.items() if "title" in (_declared_names(other) or ()))
            raise _bad(
                "'--title'",
                f"{exporter.name} has no title option; --title is for {', '.join(takers) or 'no format installed'}",
            )
        if "title" in given:
            raise _usage_error("give the title once: --title T or -O title=T")
        given["title"] = title
    try:
        return resolve_options(exporter, given)
    except OptionError as error:
        hint = "'--title'" if title is not None and error.option == "title" else "'-O'"
        raise _bad(hint, _option_message(error)) from None


def _option_message(error: OptionError) -> str:
    """The error's message, with the option meant when a misspelling is close to one."""
    close = difflib.get_close_matches(error.option, error.known, n=1) if error.reason is None else []
    return f"{error}; did you mean {close[0]}?" if close else str(error)


def _option_type(option: Option) -> str:
    return "choice" if isinstance(option.type, tuple) else option.type.__name__


def _options_listed(exporter: Exporter) -> list[dict[str, Any]] | None:
    """What ``formats --json`` says of each option; ``None`` when the exporter declares none (any is taken)."""
    declared = _declared(exporter)
    if declared is None:
        return None
    return [
        {
            "name": option.name,
            "type": _option_type(option),
            "choices": list(option.type) if isinstance(option.type, tuple) else None,
            "default": option.default,
            "help": option.help,
        }
        for option in declared
    ]


def _options_in_brief(exporter: Exporter) -> str:
    """The options for the ``formats`` table: ``name=default`` each (a name alone when it has none)."""
    declared = _declared(exporter)
    if declared is None:
        return "any (not declared)"
    return ", ".join(_in_brief(option) for option in declared) or "none"


def _in_brief(option: Option) -> str:
    if option.default is None:
        return option.name
    default = json.dumps(option.default) if isinstance(option.default, bool) else str(option.default)
    return f"{option.name}={default}"


# --- inputs --------------------------------------------------------------------------


#: The inputs and the list of more, as ``convert`` and ``show`` both take them.
_inputs = click.argument("inputs", nargs=-1, metavar="[INPUT]...")
_files_from = click.option(
    "--files-from",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Read more inputs from FILE, one path a line (- for stdin).",
)


def _check_inputs(inputs: Sequence[str], files_from: str | None) -> None:
    if not inputs and files_from is None:
        raise _usage_error("give at least one INPUT, or --files-from FILE")
    if files_from == STDIN and STDIN in inputs:
        raise _usage_error("standard input cannot be both an input (-) and the list (--files-from -)")


def _arguments(stack: contextlib.ExitStack, inputs: Sequence[str], files_from: str | None) -> Iterable[str]:
    """The inputs given, then those ``--files-from`` lists (read lazily; the list is closed with ``stack``)."""
    if files_from is None:
        return inputs
    return chain(inputs, listed_paths(stack.enter_context(_opened(files_from))))


def _opened(listing: str) -> IO[str]:
    """The list of ``--files-from`` (``-``: standard input), its paths decoded as the file system's names are."""
    try:
        opened: IO[str] = click.open_file(listing, "r", encoding="utf-8", errors="surrogateescape")
    except OSError as error:
        raise click.BadParameter(f"{listing}: {error.strerror or error}", param_hint="'--files-from'") from None
    return opened


def _after_broken_pipe() -> NoReturn:
    """The reader of standard output went away (``| head``): stop quietly, as ``cat`` would."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more reaches the closed pipe
    sys.exit(BROKEN_PIPE_STATUS)


@contextlib.contextmanager
def _terminated_as_interrupted() -> Iterator[None]:
    """SIGTERM ends the run through the usual exits, so temporary files are removed on the way out."""

    def stop(signum: int, frame: object) -> None:
        sys.exit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    prog_name="govnews",
    message=f"%(prog)s %(version)s ({'compiled' if is_compiled() else 'interpreted'} parser)",
)
def cli() -> None:
    """Turn Chinese government portal page dumps into JSON, XML, EPUB and more."""


@cli.command()
@_inputs
@click.option(
    "--to",
    "format_name",
    metavar="FORMAT",
    help="Output format, in any case (see `govnews formats`). Default: the one whose suffix -o FILE ends in.",
)
@click.option(
    "-o",
    "--output",
    metavar="OUT",
    help="A file for all articles, or a folder (ending in /) for one file per input. Default, or -: stdout.",
)
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option(
    "--skip-existing",
    is_flag=True,
    help="With -o DIR/: leave out each input whose output file exists (to resume a run).",
)
@_files_from
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes parsing and serialising side by side; 0 for one per core.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line (errors are still printed).")
@click.option(
    "--errors",
    "errors_file",
    type=click.File("w", encoding="utf-8", lazy=False),
    metavar="FILE",
    help="Write each failed input and its reason to FILE, as JSON lines.",
)
@click.option("--title", help="A title for a collection: -O title=TITLE, for the formats that take one (e.g. epub).")
@click.option(
    "-O",
    "--option",
    "pairs",
    multiple=True,
    metavar="KEY=VALUE",
    help="An option of the format (`govnews formats` lists each format's).",
)
def convert(
    inputs: tuple[str, ...],
    format_name: str | None,
    output: str | None,
    force: bool,
    skip_existing: bool,
    files_from: str | None,
    jobs: int,
    quiet: bool,
    errors_file: TextIO | None,
    title: str | None,
    pairs: tuple[str, ...],
) -> None:
    """Convert dumps (files, folders, or - for stdin) to FORMAT.

    An input is a text dump or an HTML page (.txt, .htm, .html), either of
    them gzipped (.txt.gz …), a web archive (.warc, .warc.gz: each HTML page
    in it), or a folder searched for all of these. Inputs are read,
    converted and written as a stream, in order.

    The format is --to FORMAT, or else the one whose suffix -o FILE has
    (-o book.epub: epub). Each -O KEY=VALUE must be an option the format
    takes, with a value it can read: anything else is a usage error (exit
    2), found before any input is read.

    A bad input is reported with its path and reason and the others are
    still converted; the exit status is then 1. On a terminal a progress
    bar shows; a summary line ends the run.
    """
    output = None if output == STDIN else output
    exporters = _registry().exporters
    if format_name is not None:
        exporter = _format_named(format_name, exporters)
    else:
        exporter = _format_of_output(output, exporters)
    options = _exporter_options(exporter, pairs, title, exporters)
    _check_inputs(inputs, files_from)
    if force and skip_existing:
        raise _usage_error("--force replaces outputs that exist and --skip-existing keeps them: give one")
    settings = Settings(exporter, options, output, force, skip_existing, jobs)
    if skip_existing and not settings.one_file_per_input:
        raise _usage_error("--skip-existing needs -o DIR/ (one output file per input)")
    if output is None and is_binary(exporter) and sys.stdout.isatty():
        raise _usage_error(f"{exporter.name} output is binary; give -o FILE (or redirect stdout) instead of a terminal")
    progress = Progress(sys.stderr, quiet=quiet, errors=errors_file)
    try:
        with contextlib.ExitStack() as stack, _terminated_as_interrupted():
            ok = batch.convert(_arguments(stack, inputs, files_from), settings, progress)
    except BrokenPipeError:
        _after_broken_pipe()
    except KeyboardInterrupt:
        progress.say("interrupted")
        sys.exit(130)
    except GovnewsError as error:  # the batch itself could not go on (a worker process died)
        progress.say(f"error: {error}")
        ok = False
    progress.finish()
    sys.exit(0 if ok else 1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def formats(as_json: bool) -> None:
    """List every format: name, suffix, media type, the plugin providing it, and its options.

    A plugin's distribution names it; a built-in format names its module.
    The table shows each option as NAME=DEFAULT; --json gives each one's
    name, type (bool, int, str, or choice with its choices), default and
    help ("options": null for a format that declares none, which takes any
    -O unchecked). Plugins left out are reported on stderr, one line each.
    """
    registry = _registry()
    exporters = sorted(registry.exporters.items())
    if as_json:
        rows: list[dict[str, Any]] = [
            {
                "name": name,
                "suffix": exporter.suffix,
                "media_type": exporter.media_type,
                "plugin": registry.providers[name],
                "options": _options_listed(exporter),
            }
            for name, exporter in exporters
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = [("name", "suffix", "media type", "plugin", "options")]
    for name, exporter in exporters:
        table.append(
            (name, exporter.suffix, exporter.media_type, registry.providers[name], _options_in_brief(exporter))
        )
    widths = [max(len(row[column]) for row in table) for column in range(len(table[0]))]
    for row in table:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


@cli.command()
@_inputs
@_files_from
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line (the jsonl form) instead of text.")
def show(inputs: tuple[str, ...], files_from: str | None, as_json: bool) -> None:
    """Show the fields parsed from dumps (files, folders, or - for stdin), for a person to read.

    Inputs are those `govnews convert` takes. Each article's fields are
    printed one a line, then its body block by block; when there are several
    articles, a line `==> INPUT <==` heads each. --json prints each article's
    JSON form on one line instead, as `convert --to jsonl` writes it.

    A bad input is reported with its path and reason and the others are
    still shown; the exit status is then 1.
    """
    _check_inputs(inputs, files_from)
    progress = Progress(sys.stderr, quiet=True)  # failures only: no bar, no summary
    work = Work("record", JsonLinesExporter()) if as_json else Work("article")
    try:
        with contextlib.ExitStack() as stack:
            outcomes = results(jobs_of(expand(_arguments(stack, inputs, files_from))), work)
            ok = _show(outcomes, progress, headed=not as_json)
    except BrokenPipeError:
        _after_broken_pipe()
    sys.exit(0 if ok else 1)


def _show(outcomes: Iterator[batch.Outcome], progress: Progress, *, headed: bool) -> bool:
    """Print each result (headed by its input when there are several), report each failure; True when none failed."""
    pending = (outcome for outcome in outcomes if outcome.skipped is None)
    first = list(islice(pending, 2))
    headed = headed and len(first) > 1
    ok, shown = True, False
    for outcome in chain(first, pending):
        if outcome.error is not None:
            progress.failed(Failure(outcome.input, outcome.error, outcome.record))
            ok = False
        elif isinstance(outcome.value, bytes):
            sys.stdout.buffer.write(outcome.value)
            sys.stdout.buffer.flush()
        elif isinstance(outcome.value, Article):
            if headed:
                click.echo(f"\n==> {outcome.label} <==" if shown else f"==> {outcome.label} <==")
            click.echo(describe(outcome.value))
            shown = True
    return ok


@cli.command()
def plugins() -> None:
    """List the loaded plugins and the ones left out, as JSON.

    Each plugin: name, distribution, version, hooks and the formats it adds;
    each failure: the plugin and the reason. GOVNEWS_LOAD_PLUGINS limits
    which plugins load; GOVNEWS_TRACE_PLUGINS prints every hook call.
    """
    registry = _registry()
    data = {
        "plugins": [attrs.asdict(info) for info in registry.plugins],
        "failed": [attrs.asdict(failure) for failure in registry.failures],
    }
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def main() -> None:
    """Entry point of the ``govnews`` console script."""
    cli(prog_name="govnews")
