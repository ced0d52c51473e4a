"""Model instances of the parser's own values, made without running the classes' attrs ``__init__``.

A page gives a dozen blocks, a byline and an article, and an attrs ``__init__``
with its converters and validators is interpreted Python even in a compiled
build: about a tenth of a compiled parse. The values the stages build are of
the fields' types (``mypy --strict`` checks every stage, and a compiled build
checks them again at run time), already in the form the converters give
(tuples, a read-only map), and the validators' value rules hold by construction
(a block's kind is one of the stages' literals, a counter a parsed number, a
time aware of its zone). So an instance made here equals, field for field, the
one the constructor would build, for a third of the cost. A value the parser
did not make itself (the caller's provenance) goes through the constructor,
which checks it.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from ..model import BLOCK_KINDS, Article, Block, Byline, DocumentInfo, FrozenMap, Provenance

__all__ = ["make_article", "make_block", "make_byline", "make_document"]

#: An instance without ``__init__``, and a field of a frozen one set (as attrs' own ``__init__`` sets it).
_new: Final = object.__new__
_set: Final = object.__setattr__
#: A block's two slots set through their descriptors: a dozen blocks a page, and no attribute lookup each.
_set_kind: Final = Block.__dict__["kind"].__set__
_set_text: Final = Block.__dict__["text"].__set__


def make_block(kind: str, text: str) -> Block:
    """``Block(kind, text)`` for a kind of ``BLOCK_KINDS``.

    The kind is still checked (a set lookup): a stage that made up another one is a
    parser bug, raised as the constructor would raise it, never an article written.
    """
    if kind not in BLOCK_KINDS:
        raise ValueError(f"kind must be in {BLOCK_KINDS!r}: {kind!r}")
    block: Block = _new(Block)
    _set_kind(block, kind)
    _set_text(block, text)
    return block


def make_byline(
    authors: tuple[str, ...], editors: tuple[str, ...], photographers: tuple[str, ...], text: str | None
) -> Byline:
    """``Byline(authors, editors, photographers, text)``."""
    byline: Byline = _new(Byline)
    _set(byline, "authors", authors)
    _set(byline, "editors", editors)
    _set(byline, "photographers", photographers)
    _set(byline, "text", text)
    return byline


def make_document(
    index_number: str | None,
    document_number: str | None,
    issuer: str | None,
    written: dt.datetime | dt.date | None,
    topic: str | None,
    validity: str | None,
) -> DocumentInfo:
    """``DocumentInfo(...)`` of those fields, ``written`` a date or an aware time."""
    document: DocumentInfo = _new(DocumentInfo)
    _set(document, "index_number", index_number)
    _set(document, "document_number", document_number)
    _set(document, "issuer", issuer)
    _set(document, "written", written)
    _set(document, "topic", topic)
    _set(document, "validity", validity)
    return document


def make_article(
    *,
    title: str | None,
    subtitle: str | None,
    breadcrumb: tuple[str, ...],
    published: dt.datetime | dt.date | None,
    source: str | None,
    byline: Byline,
    views: int | None,
    document: DocumentInfo | None,
    body: list[Block],
    extra: dict[str, str],
    provenance: Provenance | None,
) -> Article:
    """``Article(...)`` of those fields, ``views`` a count of 0 or more."""
    if provenance is not None and type(provenance) is not Provenance:  # the caller's: the constructor checks it
        return Article(
            title=title,
            subtitle=subtitle,
            breadcrumb=breadcrumb,
            published=published,
            source=source,
            byline=byline,
            views=views,
            document=document,
            body=body,
            extra=extra,
            provenance=provenance,
        )
    article: Article = _new(Article)
    _set(article, "title", title)
    _set(article, "subtitle", subtitle)
    _set(article, "breadcrumb", breadcrumb)
    _set(article, "published", published)
    _set(article, "source", source)
    _set(article, "byline", byline)
    _set(article, "views", views)
    _set(article, "document", document)
    _set(article, "body", tuple(body))
    _set(article, "extra", FrozenMap(extra))
    _set(article, "provenance", provenance)
    return article
