"""The ``epub`` format: articles as an EPUB 3 book that epubcheck passes clean.

One article makes a one-chapter book. Several make a collection: a text
cover (title, days, count, main sources), a table of contents (navigation
document and NCX) in the order of :meth:`govnews.Article.sort_key`, grouped
by channel, source or month where that helps (see :func:`.plan.plan_book`),
with each article's sections under it, and one chapter per article. The
same articles and options give the same bytes.

The modules, each importing only those before it:

- :mod:`.plan` decides order, groups, outline, titles, languages and metadata;
- :mod:`.xhtml` writes each page as XHTML, with lxml;
- :mod:`.navigation` writes the navigation document and the NCX;
- :mod:`.writer` hands plan and pages to ebooklib (AGPL-3.0), imported only
  when a book is written, as is hanzidentifier (both come with the
  ``epub`` extra).

Options (see :data:`EpubExporter.options`): ``title``, the book's title (by
default the article's title, or for a collection "<channel>文章汇编" (one
channel) or "政府门户文章汇编"); ``lang``, a BCP 47 tag for every document,
instead of detecting zh-Hans or zh-Hant article by article.

Environment:
    ``SOURCE_DATE_EPOCH``: the time of ``dcterms:modified`` and of the ZIP
    entries; without it the latest publication date is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, Final

from govnews.errors import ExportError
from govnews.exporting import Exporter, Option, resolve_options
from govnews.hookspecs import hookimpl
from govnews.model import Article

from .plan import Settings, is_language_tag, plan_book

__all__ = ["MISSING_EXTRA", "EpubExporter", "register_exporters"]

#: What a user without the extra is told, naming the module that is missing.
MISSING_EXTRA: Final = "the epub format needs {module}: pip install 'govnews[epub]'"
_EXTRA_MODULES: Final = ("ebooklib.epub", "hanzidentifier")


class EpubExporter:
    """Articles as an EPUB 3 book."""

    name = "epub"
    suffix = ".epub"
    media_type = "application/epub+zip"
    binary = True
    streams = False  # a book orders its contents over every article: write gets them all, as a sequence
    options = (
        Option("title", str, None, "the book's title; by default the article's, or one named after the channel"),
        Option(
            "lang",
            str,
            None,
            "a BCP 47 tag for every document, e.g. zh-Hant-TW; by default detected per article",
            check=is_language_tag,
        ),
    )

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        """Write ``articles`` as one book to ``out``.

        Raises:
            ExportError: the ``epub`` extra is missing, there is no article, or an
                option (an :class:`~govnews.errors.OptionError`) or ``SOURCE_DATE_EPOCH`` is unusable.
        """
        settings = Settings.from_options(resolve_options(self, options, strict=False))
        if not articles:
            raise ExportError("an EPUB needs at least one article")
        _require_extra()
        from .writer import write_book

        write_book(plan_book(articles, settings), out)


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the EPUB exporter."""
    register(EpubExporter())


def _require_extra() -> None:
    """Import what the ``epub`` extra brings, or say how to install it."""
    for name in _EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise ExportError(MISSING_EXTRA.format(module=name.partition(".")[0])) from error
