"""Helpers for testing an exporter plugin: sample articles and a contract check.

>>> import govnews.testing
>>> exporter = govnews.exporters()["json"]
>>> govnews.testing.check_exporter(exporter)        # raises AssertionError on a breach

:func:`check_exporter` runs the exporter over :func:`sample_articles` (one at
a time, all together, and a long batch) and checks what ``docs/plugins.md``
promises: the four members, bytes written to a binary stream that may not
seek, the stream left open, the same output twice for the same input, for
an exporter that declares ``options``, a declaration that holds, and for one
that streams, the same output from articles given one at a time.
:func:`registered` puts a plugin that is not installed into the registry
for the duration of a ``with`` block; :func:`only_plugins` loads only the
named installed plugins (and the built-ins) there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import io
import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .errors import OptionError
from .exporting import Exporter, problems_with, resolve_options, streams, writes_records
from .model import SHANGHAI, Article, Block, Byline, DocumentInfo, Provenance
from .plugins import PluginWarning, get_registry, one_line, reset

__all__ = ["check_exporter", "only_plugins", "registered", "sample_articles"]

_LOAD_PLUGINS = "GOVNEWS_LOAD_PLUGINS"

#: Articles in a long batch: enough to catch quadratic or per-article state.
MANY = 60

_HOSTILE = "A & B < C > D ]]> \"quoted\" 'single' \\ * _ # ` | [link](x) <b>bold</b> &amp; \x00\x07\x0b\x1b\x7f 末尾"


def sample_articles() -> dict[str, Article]:
    """Articles that exercise an exporter, by name: typical, empty and hostile ones."""
    published = dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI)
    return {
        "seed-like": Article(
            title="创新裂变培育新动能——贯彻落实市委十二届十一次全会精神之三",
            breadcrumb=("首页", "市政府信息"),
            published=published,
            source="温州日报",
            byline=Byline(authors=("周大正",), text="(记者 周大正"),
            body=(
                Block("paragraph", "12月19日,在温州高教新区,温州电商直播产业园开园,300家合作商家同时入驻。"),
                Block("heading", "放大尖峰引领的“高地效应”"),
                Block("paragraph", "区域科创高地加速崛起。"),
            ),
            provenance=Provenance(
                path="seed.txt",
                url="https://www.example.gov.cn/art/2020/12/28/art_1_1.html",
                sha256="0" * 64,
                encoding="utf-8",
                declared_encoding="UTF-8",
                parser="govnews.testing",
            ),
        ),
        "document": Article(
            title="温州市人民政府关于印发某某办法的通知",
            subtitle="温政发〔2021〕1号",
            published=dt.date(2021, 1, 5),
            views=1234,
            document=DocumentInfo(
                index_number="001008003/2021-00001",
                document_number="温政发〔2021〕1号",
                issuer="温州市人民政府",
                written=dt.date(2021, 1, 4),
                topic="综合政务",
                validity="有效",
            ),
            byline=Byline(editors=("王小明",), photographers=("李四",)),
            body=(
                Block("paragraph", "各县(市、区)人民政府:"),
                Block("heading", "一、总则"),
                Block("paragraph", "第一条 为了规范……制定本办法。"),
                Block("attachment", "附件:1. 某某办法"),
                Block("attachment", "2. 某某清单"),
                Block("signature", "温州市人民政府"),
                Block("signature", "2021年1月4日"),
            ),
            extra={"联系电话": "0577-12345678"},
        ),
        "empty-body": Article(title="只有标题"),
        "empty": Article(),
        "hostile": Article(
            title=_HOSTILE,
            subtitle="# not a heading\n- not a list\n1. not a list",
            breadcrumb=("<首页>", "a & b", "]]>"),
            source='=HYPERLINK("http://x")',
            byline=Byline(authors=("A, B", 'C "D"'), text="line one\nline two\r\nline three"),
            body=(
                Block("paragraph", _HOSTILE),
                Block("heading", "## ]]> & <tag> #"),
                Block("paragraph", "    indented\n\n\ttabbed\nline,with,commas\r\n> quote"),
                Block("paragraph", ""),
            ),
            extra={"<key>": "]]>", "": "empty key"},
        ),
        "untitled": Article(
            source="市政府办公室",
            body=(Block("paragraph", "没有标题的正文。"), Block("signature", "二〇二〇年十二月")),
        ),
    }


def check_exporter(exporter: Exporter, **options: Any) -> None:
    """Check that ``exporter`` keeps the contract, over every sample article.

    ``options`` are read as ``govnews.export`` reads them (against the
    exporter's declared ``options``, when it has them) and passed to each
    ``write`` call. For an exporter that declares its options it also checks
    that the same options given as text (as the command line's ``-O`` gives
    them) write the same bytes, and that the declared defaults are what
    ``write`` does when given no option.

    Raises:
        AssertionError: the first breach found, naming the exporter and the sample.
    """
    label = repr(getattr(exporter, "name", exporter))
    problems = problems_with(exporter)
    assert not problems, f"exporter {label} is malformed: {'; '.join(problems)}"
    assert _takes_options(exporter.write), (
        f"exporter {label}: write() must accept **options (the command line passes -O KEY=VALUE)"
    )
    try:
        resolved = resolve_options(exporter, options)
    except OptionError as error:
        raise AssertionError(f"exporter {label}: {error}") from None
    samples = sample_articles()
    first = next(iter(samples.values()))
    batches: dict[str, Sequence[Article]] = {name: [article] for name, article in samples.items()}
    batches["all samples"] = list(samples.values())
    batches[f"{MANY} articles"] = [first] * MANY
    for name, articles in batches.items():
        data = _run(exporter, articles, label, name, resolved)
        again = _run(exporter, articles, label, name, resolved)
        assert data == again, f"exporter {label}: two runs over sample {name!r} wrote different bytes"
        if streams(exporter):
            _check_streaming(exporter, articles, label, name, resolved, data)
    typical = _run(exporter, [first], label, "seed-like", resolved)
    assert typical, f"exporter {label} wrote nothing for sample 'seed-like'"
    declared = getattr(exporter, "options", None)
    if declared is not None:
        _check_declaration(exporter, declared, resolved, label, [first], typical)


def _check_streaming(
    exporter: Exporter, articles: Sequence[Article], label: str, sample: str, options: dict[str, Any], expected: bytes
) -> None:
    """Articles given as a generator (a record writer: their records too) write what the list of them writes."""
    once = _run(exporter, (article for article in articles), label, sample, options)
    assert once == expected, f"exporter {label} streams, yet wrote other bytes for sample {sample!r} from a generator"
    if not writes_records(exporter):
        return
    record, write_records = exporter.record, exporter.write_records  # type: ignore[attr-defined]
    try:
        records = [record(article, **options) for article in articles]
    except Exception as error:
        raise AssertionError(f"exporter {label}: record() failed on sample {sample!r}: {one_line(error)}") from error
    assert all(isinstance(item, bytes) for item in records), f"exporter {label}: record() must return bytes"
    out = _Sink()
    try:
        write_records((item for item in records), out, **options)
    except Exception as error:
        reason = one_line(error)
        raise AssertionError(f"exporter {label}: write_records() failed on sample {sample!r}: {reason}") from error
    assert out.getvalue() == expected, (
        f"exporter {label}: write_records(record(a) for a in articles) differs from write(articles) "
        f"for sample {sample!r}"
    )


def _check_declaration(
    exporter: Exporter,
    declared: Sequence[Any],
    resolved: dict[str, Any],
    label: str,
    articles: Sequence[Article],
    expected: bytes,
) -> None:
    """The options as text write what they write as values; the defaults are what no option writes."""
    as_text = {name: _as_text(value) for name, value in resolved.items() if value is not None}
    assert _run(exporter, articles, label, "seed-like", as_text) == expected, (
        f"exporter {label}: the options given as text ({as_text}) wrote other bytes than the same values"
    )
    defaults = {option.name: option.default for option in declared if option.default is not None}
    with_defaults = _run(exporter, articles, label, "seed-like", defaults)
    assert _run(exporter, articles, label, "seed-like", {}) == with_defaults, (
        f"exporter {label}: writing with no option differs from writing with the declared defaults "
        f"({defaults}); a declared default must be what write() does without the option"
    )


def _as_text(value: object) -> str:
    """An option's value as the command line's ``-O key=value`` gives it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _takes_options(write: Any) -> bool:
    try:
        params = inspect.signature(write).parameters.values()
    except ValueError:  # no signature to inspect (some builtins): the runs below will tell
        return True
    return any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def _run(exporter: Exporter, articles: Iterable[Article], label: str, sample: str, options: dict[str, Any]) -> bytes:
    out = _Sink()
    try:
        exporter.write(articles, out, **options)  # type: ignore[arg-type]
    except AssertionError:
        raise
    except Exception as error:
        raise AssertionError(f"exporter {label} failed on sample {sample!r}: {one_line(error)}") from error
    assert not out.closed, f"exporter {label} closed the output stream (sample {sample!r}); leave it open"
    return out.getvalue()


class _Sink(io.BytesIO):
    """A binary stream that, like a pipe, cannot seek or tell; ``str`` is refused as usual."""

    def seekable(self) -> bool:
        return False

    def seek(self, *args: Any) -> int:
        raise io.UnsupportedOperation("the output stream may not seek (it may be a pipe)")

    def tell(self) -> int:
        raise io.UnsupportedOperation("the output stream may not tell (it may be a pipe)")


@contextlib.contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[None]:
    """Register ``plugin`` (a module or object with hook implementations) for a ``with`` block.

    Inside the block ``govnews.exporters()`` and ``govnews.export`` see its
    formats; on leaving, the registry is loaded afresh on next use.

    Raises:
        AssertionError: the plugin was left out; the message says why.
    """
    try:
        registry = get_registry()
        failed = len(registry.failures)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)  # reported by the assertion below
            info = registry.register_plugin(plugin, name or str(getattr(plugin, "__name__", plugin)))
        problems = [f.error for f in registry.failures[failed:]]
        assert info is not None and not problems, f"plugin left out: {'; '.join(problems)}"
        yield
    finally:
        reset()


@contextlib.contextmanager
def only_plugins(*distributions: str) -> Iterator[None]:
    """Load the built-in formats and only the named installed plugins, for a ``with`` block.

    It sets ``GOVNEWS_LOAD_PLUGINS`` and starts from a fresh registry; on
    leaving, both are restored.
    """
    saved = os.environ.get(_LOAD_PLUGINS)
    os.environ[_LOAD_PLUGINS] = ",".join(distributions)
    reset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ[_LOAD_PLUGINS]
        else:
            os.environ[_LOAD_PLUGINS] = saved
        reset()
