"""The ``govnews`` command: a thin layer over the library.

Library errors become one-line messages naming the input and the reason;
usage errors exit 2, bad inputs exit 1 after every good input is written.
``convert`` runs the batch engine (:mod:`govnews.batch`); what a person sees
of it, the progress bar and the summary, is :mod:`govnews.progress`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import IO, NoReturn, TextIO

import attrs
import click

from . import batch
from ._version import __version__
from .batch import BROKEN_PIPE_STATUS, Settings
from .errors import GovnewsError
from .exporting import Exporter, is_binary
from .inputs.sources import STDIN, listed_paths
from .model import Article
from .parsing import is_compiled
from .plugins import PluginWarning, Registry, get_registry
from .progress import Progress

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


def _error(message: str) -> None:
    click.echo(f"govnews: error: {message}", err=True)


def _options(pairs: Sequence[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="'-O'")
        options[key.strip()] = value
    return options


def _exporter_option(ctx: click.Context, param: click.Parameter, value: str) -> Exporter:
    exporters = _registry().exporters
    if value not in exporters:
        known = ", ".join(sorted(exporters)) or "none"
        raise click.BadParameter(f"unknown format {value!r} (known: {known})", ctx, param)
    return exporters[value]

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
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "--to",
    "exporter",
    required=True,
    callback=_exporter_option,
    metavar="FORMAT",
    help="Output format (see `govnews formats`).",
)
@click.option(
    "-o",
    "--output",
    metavar="OUT",
    help="A file for all articles, or a folder (ending in /) for one file per input. Default: stdout.",
)
@click.option("--force", is_flag=True, help="Replace output files that exist.")
@click.option(
    "--skip-existing",
    is_flag=True,
    help="With -o DIR/: leave out each input whose output file exists (to resume a run).",
)
@click.option(
    "--files-from",
    type=click.Path(dir_okay=False, allow_dash=True),
    metavar="FILE",
    help="Read more inputs from FILE, one path a line (- for stdin).",
)
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
@click.option("--title", help="A title for a collection (formats that have one, e.g. epub).")
@click.option("-O", "--option", "pairs", multiple=True, metavar="KEY=VALUE", help="An option for the exporter.")
def convert(
    inputs: tuple[str, ...],
    exporter: Exporter,
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

    A bad input is reported with its path and reason and the others are
    still converted; the exit status is then 1. On a terminal a progress
    bar shows; a summary line ends the run.
    """
    options = _options(pairs)
    if title is not None:
        options["title"] = title
    if not inputs and files_from is None:
        raise click.UsageError("give at least one INPUT, or --files-from FILE")
    if files_from == STDIN and STDIN in inputs:
        raise click.UsageError("standard input cannot be both an input (-) and the list (--files-from -)")
    if force and skip_existing:
        raise click.UsageError("--force replaces outputs that exist and --skip-existing keeps them: give one")
    settings = Settings(exporter, options, output, force, skip_existing, jobs)
    if skip_existing and not settings.one_file_per_input:
        raise click.UsageError("--skip-existing needs -o DIR/ (one output file per input)")
    if output is None and is_binary(exporter) and sys.stdout.isatty():
        raise click.UsageError(
            f"{exporter.name} output is binary; give -o FILE (or redirect stdout) instead of a terminal"
        )
    progress = Progress(sys.stderr, quiet=quiet, errors=errors_file)
    try:
        with contextlib.ExitStack() as stack, _terminated_as_interrupted():
            arguments: Iterable[str] = inputs
            if files_from is not None:
                arguments = chain(inputs, listed_paths(stack.enter_context(_opened(files_from))))
            ok = batch.convert(arguments, settings, progress)
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
    """List every format: name, suffix, media type, and the plugin providing it.

    A plugin's distribution names it; a built-in format names its module.
    Plugins left out are reported on stderr, one line each.
    """
    registry = _registry()
    rows = [
        {"name": name, "suffix": e.suffix, "media_type": e.media_type, "plugin": registry.providers[name]}
        for name, e in sorted(registry.exporters.items())
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    widths = {key: max([len(key)] + [len(row[key]) for row in rows]) for key in ("name", "suffix", "media_type")}
    for row in [{"name": "name", "suffix": "suffix", "media_type": "media type", "plugin": "plugin"}, *rows]:
        click.echo("  ".join(row[k].ljust(widths[k]) for k in ("name", "suffix", "media_type")) + "  " + row["plugin"])


@cli.command()
@click.argument("source", metavar="INPUT")
def show(source: str) -> None:
    """Show the fields parsed from one dump, for a person to read."""
    item = next(batch.parse_many([source]), None)
    if not isinstance(item, Article):
        _error(str(item) if item is not None else f"{source}: no page in it")
        sys.exit(1)
    click.echo(describe(item))


def describe(article: Article) -> str:
    """The article's fields as aligned lines of text."""
    lines: list[str] = []

    def put(label: str, value: object) -> None:
        if value not in (None, "", ()):
            lines.append(f"{label:<16}{value}")

    put("title", article.title or "(none)")
    put("subtitle", article.subtitle)
    put("breadcrumb", " > ".join(article.breadcrumb))
    put("published", article.published.isoformat() if article.published else None)
    put("source", article.source)
    put("authors", "、".join(article.byline.authors))
    put("editors", "、".join(article.byline.editors))
    put("photographers", "、".join(article.byline.photographers))
    put("byline", article.byline.text)
    put("views", article.views)
    if article.document:
        for field in attrs.fields(type(article.document)):
            value = getattr(article.document, field.name)
            put(field.name, value.isoformat() if hasattr(value, "isoformat") else value)
    for key, value in article.extra.items():
        put(f"[{key}]", value)
    if article.provenance:
        put("encoding", article.provenance.encoding)
    lines.append(f"{'body':<16}{len(article.body)} blocks")
    for block in article.body:
        marker = "" if block.kind == "paragraph" else f"[{block.kind}] "
        lines.append(f"  {marker}{block.text}")
    return "\n".join(lines)


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
