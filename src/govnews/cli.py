"""The ``govnews`` command: a thin layer over the library.

Library errors become one-line messages naming the input and the reason;
usage errors exit 2, bad inputs exit 1 after every good input is written.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import BinaryIO

import attrs
import click

from . import _api
from ._version import __version__
from .errors import GovnewsError, ParseError
from .exporting import Exporter, atomic_output, is_binary
from .model import Article
from .parsing import is_compiled
from .plugins import PluginWarning, Registry, get_registry, one_line

__all__ = ["main"]

#: File suffixes searched for in a folder given as input.
DUMP_SUFFIXES = (".txt", ".htm", ".html")
STDIN = "-"
_PATTERNS = ", ".join(f"*{suffix}" for suffix in DUMP_SUFFIXES)


@attrs.frozen
class Source:
    """One input: its label for messages and where its output goes in ``-o DIR/``."""

    label: str
    relative: Path  # the output name, without suffix, relative to the output folder


@attrs.frozen
class Outcome:
    """The result of reading one input: an article or the reason it failed."""

    source: Source
    article: Article | None = None
    error: str | None = None


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


def collect_sources(inputs: Iterable[str]) -> Iterator[Source | Outcome]:
    """Expand files, folders and ``-`` into sources; a missing input is an outcome with an error."""
    for item in inputs:
        if item == STDIN:
            yield Source(STDIN, Path("stdin"))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DUMP_SUFFIXES)
            if not found:
                yield Outcome(Source(item, Path(path.name)), error=f"folder holds no dump ({_PATTERNS})")
            for file in found:
                yield Source(str(file), file.relative_to(path).with_suffix(""))
        elif path.exists():
            yield Source(item, Path(path.stem))
        else:
            yield Outcome(Source(item, Path(path.stem)), error="no such file or folder")


def _read(source: Source) -> Outcome:
    try:
        if source.label == STDIN:
            article = _api.parse(sys.stdin.buffer.read(), path=None)
        else:
            article = _api.parse_file(source.label)
    except ParseError as error:
        return Outcome(source, error=error.reason)
    except OSError as error:
        return Outcome(source, error=error.strerror or str(error))
    return Outcome(source, article=article)


def read_all(inputs: Sequence[str], jobs: int) -> list[Outcome]:
    """Parse every input, in input order; ``jobs`` > 1 parses files in parallel."""
    items = list(collect_sources(inputs))
    sources = [item for item in items if isinstance(item, Source)]
    parallel = jobs > 1 and len(sources) > 1 and STDIN not in {s.label for s in sources}
    if parallel:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            done = iter(pool.map(_read, sources, chunksize=max(1, len(sources) // (jobs * 8))))
    else:
        done = map(_read, sources)
    return [item if isinstance(item, Outcome) else next(done) for item in items]


def _write_one_file(
    exporter: Exporter, articles: list[Article], target: Path, force: bool, options: dict[str, str]
) -> bool:
    try:
        with atomic_output(target, overwrite=force) as out:
            exporter.write(articles, out, **options)
    except FileExistsError:
        _error(f"{target}: exists; kept it (use --force to replace it)")
        return False
    except GovnewsError as error:
        _error(f"{target}: {error}")
        return False
    except OSError as error:
        _error(f"{target}: {error.strerror or error}")
        return False
    except Exception as error:  # a plugin's exporter may raise anything; the batch goes on
        _error(f"{target}: {_exporter_failed(exporter, error)}")
        return False
    return True


def _exporter_failed(exporter: Exporter, error: Exception) -> str:
    return f"the {exporter.name} exporter failed: {one_line(error)}"


def _write_stdout(exporter: Exporter, articles: list[Article], options: dict[str, str]) -> bool:
    out: BinaryIO = sys.stdout.buffer
    try:
        exporter.write(articles, out, **options)
        out.flush()
    except GovnewsError as error:
        _error(str(error))
        return False
    except Exception as error:  # a plugin's exporter may raise anything
        _error(_exporter_failed(exporter, error))
        return False
    return True


def _is_folder_target(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__,
    prog_name="govnews",
    message=f"%(prog)s %(version)s ({'compiled' if is_compiled() else 'interpreted'} parser)",
)
def cli() -> None:
    """Turn Chinese government portal page dumps into JSON, XML, EPUB and more."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
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
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Parallel parsers.")
@click.option("--title", help="A title for a collection (formats that have one, e.g. epub).")
@click.option("-O", "--option", "pairs", multiple=True, metavar="KEY=VALUE", help="An option for the exporter.")
def convert(
    inputs: tuple[str, ...],
    exporter: Exporter,
    output: str | None,
    force: bool,
    jobs: int,
    title: str | None,
    pairs: tuple[str, ...],
) -> None:
    """Convert dumps (files, folders, or - for stdin) to FORMAT.

    A bad input is reported with its path and reason and the others are
    still converted; the exit status is then 1.
    """
    options = _options(pairs)
    if title is not None:
        options["title"] = title
    if output is None and is_binary(exporter) and sys.stdout.isatty():
        raise click.UsageError(
            f"{exporter.name} output is binary; give -o FILE (or redirect stdout) instead of a terminal"
        )
    outcomes = read_all(inputs, jobs)
    ok = True
    for outcome in outcomes:
        if outcome.error is not None:
            _error(f"{outcome.source.label}: {outcome.error}")
            ok = False
    good = [o for o in outcomes if o.article is not None]
    if good:
        ok = _write(exporter, good, output, force, options) and ok
    sys.exit(0 if ok else 1)


def _write(exporter: Exporter, good: list[Outcome], output: str | None, force: bool, options: dict[str, str]) -> bool:
    articles = [o.article for o in good if o.article is not None]
    if output is None:
        return _write_stdout(exporter, articles, options)
    if not _is_folder_target(output):
        return _write_one_file(exporter, articles, Path(output), force, options)
    ok = True
    for outcome, article in zip(good, articles, strict=True):
        relative = outcome.source.relative
        target = Path(output) / relative.with_name(relative.name + exporter.suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = _write_one_file(exporter, [article], target, force, options) and ok
    return ok


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
    outcome = read_all([source], jobs=1)[0]
    if outcome.article is None:
        _error(f"{outcome.source.label}: {outcome.error}")
        sys.exit(1)
    click.echo(describe(outcome.article))


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
