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
import re
from typing import Final

from ..model import BLOCK_KINDS, Article, Block, Byline, DocumentInfo, FrozenMap, Provenance, slot_setter

__all__ = ["make_article", "make_block", "make_byline", "make_document", "make_provenance"]

#: An instance without ``__init__``.
_new: Final = object.__new__


_BLOCK_KIND: Final = slot_setter(Block, "kind")
_BLOCK_TEXT: Final = slot_setter(Block, "text")
_BYLINE_AUTHORS: Final = slot_setter(Byline, "authors")
_BYLINE_EDITORS: Final = slot_setter(Byline, "editors")
_BYLINE_PHOTOGRAPHERS: Final = slot_setter(Byline, "photographers")
_BYLINE_TEXT: Final = slot_setter(Byline, "text")
_DOCUMENT_INDEX_NUMBER: Final = slot_setter(DocumentInfo, "index_number")
_DOCUMENT_DOCUMENT_NUMBER: Final = slot_setter(DocumentInfo, "document_number")
_DOCUMENT_ISSUER: Final = slot_setter(DocumentInfo, "issuer")
_DOCUMENT_WRITTEN: Final = slot_setter(DocumentInfo, "written")
_DOCUMENT_TOPIC: Final = slot_setter(DocumentInfo, "topic")
_DOCUMENT_VALIDITY: Final = slot_setter(DocumentInfo, "validity")
_ARTICLE_TITLE: Final = slot_setter(Article, "title")
_ARTICLE_SUBTITLE: Final = slot_setter(Article, "subtitle")
_ARTICLE_BREADCRUMB: Final = slot_setter(Article, "breadcrumb")
_ARTICLE_PUBLISHED: Final = slot_setter(Article, "published")
_ARTICLE_SOURCE: Final = slot_setter(Article, "source")
_ARTICLE_BYLINE: Final = slot_setter(Article, "byline")
_ARTICLE_VIEWS: Final = slot_setter(Article, "views")
_ARTICLE_DOCUMENT: Final = slot_setter(Article, "document")
_ARTICLE_BODY: Final = slot_setter(Article, "body")
_ARTICLE_EXTRA: Final = slot_setter(Article, "extra")
_ARTICLE_PROVENANCE: Final = slot_setter(Article, "provenance")
_PROVENANCE_PATH: Final = slot_setter(Provenance, "path")
_PROVENANCE_URL: Final = slot_setter(Provenance, "url")
_PROVENANCE_SHA256: Final = slot_setter(Provenance, "sha256")
_PROVENANCE_ENCODING: Final = slot_setter(Provenance, "encoding")
_PROVENANCE_DECLARED_ENCODING: Final = slot_setter(Provenance, "declared_encoding")
_PROVENANCE_PARSER: Final = slot_setter(Provenance, "parser")
_FROZEN_MAP_DATA: Final = slot_setter(FrozenMap, "_data")
#: The classes and the block kinds as this module's constants: a compiled build looks a name
#: imported from an interpreted module up in its module's dict at every use.
_BLOCK: Final = Block
_BLOCK_KINDS: Final = BLOCK_KINDS
_BYLINE: Final = Byline
_DOCUMENT: Final = DocumentInfo
_ARTICLE: Final = Article
_PROVENANCE: Final = Provenance
_FROZEN_MAP: Final = FrozenMap
#: A SHA-256 as ``Provenance`` takes it: 64 hex digits in lower case, told by one match (``str.strip`` of the
#: digits looks each character up among them, at twice the cost).
_SHA256: Final = re.compile("[0-9a-f]{64}")


def make_block(kind: str, text: str) -> Block:
    """``Block(kind, text)`` for a kind of ``BLOCK_KINDS``.

    The kind is still checked (a set lookup): a stage that made up another one is a
    parser bug, raised as the constructor would raise it, never an article written.
    """
    if kind not in _BLOCK_KINDS:
        raise ValueError(f"kind must be in {BLOCK_KINDS!r}: {kind!r}")
    block: Block = _new(_BLOCK)
    _BLOCK_KIND(block, kind)
    _BLOCK_TEXT(block, text)
    return block


def make_byline(
    authors: tuple[str, ...], editors: tuple[str, ...], photographers: tuple[str, ...], text: str | None
) -> Byline:
    """``Byline(authors, editors, photographers, text)``."""
    byline: Byline = _new(_BYLINE)
    _BYLINE_AUTHORS(byline, authors)
    _BYLINE_EDITORS(byline, editors)
    _BYLINE_PHOTOGRAPHERS(byline, photographers)
    _BYLINE_TEXT(byline, text)
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
    document: DocumentInfo = _new(_DOCUMENT)
    _DOCUMENT_INDEX_NUMBER(document, index_number)
    _DOCUMENT_DOCUMENT_NUMBER(document, document_number)
    _DOCUMENT_ISSUER(document, issuer)
    _DOCUMENT_WRITTEN(document, written)
    _DOCUMENT_TOPIC(document, topic)
    _DOCUMENT_VALIDITY(document, validity)
    return document


def make_provenance(
    path: str | None,
    url: str | None,
    sha256: str,
    encoding: str | None,
    declared_encoding: str | None,
    parser: str,
) -> Provenance:
    """``Provenance(...)`` of an input's fields.

    Its validators pass strings (or None where a field may be empty) and a
    SHA-256 of 64 lowercase hex digits; any other value, a ``str`` subclass
    included, goes through the constructor, which checks it.
    """
    if not (
        (path is None or type(path) is str)
        and (url is None or type(url) is str)
        and (encoding is None or type(encoding) is str)
        and (declared_encoding is None or type(declared_encoding) is str)
        and type(parser) is str
        and type(sha256) is str
        and _SHA256.fullmatch(sha256) is not None
    ):
        return Provenance(
            path=path,
            url=url,
            sha256=sha256,
            encoding=encoding,
            declared_encoding=declared_encoding,
            parser=parser,
        )
    provenance: Provenance = _new(_PROVENANCE)
    _PROVENANCE_PATH(provenance, path)
    _PROVENANCE_URL(provenance, url)
    _PROVENANCE_SHA256(provenance, sha256)
    _PROVENANCE_ENCODING(provenance, encoding)
    _PROVENANCE_DECLARED_ENCODING(provenance, declared_encoding)
    _PROVENANCE_PARSER(provenance, parser)
    return provenance


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
    if provenance is not None and type(provenance) is not _PROVENANCE:  # the caller's: the constructor checks it
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
    article: Article = _new(_ARTICLE)
    _ARTICLE_TITLE(article, title)
    _ARTICLE_SUBTITLE(article, subtitle)
    _ARTICLE_BREADCRUMB(article, breadcrumb)
    _ARTICLE_PUBLISHED(article, published)
    _ARTICLE_SOURCE(article, source)
    _ARTICLE_BYLINE(article, byline)
    _ARTICLE_VIEWS(article, views)
    _ARTICLE_DOCUMENT(article, document)
    _ARTICLE_BODY(article, tuple(body))
    _ARTICLE_EXTRA(article, _frozen_map(extra))
    _ARTICLE_PROVENANCE(article, provenance)
    return article


def _frozen_map(items: dict[str, str]) -> FrozenMap:
    """``FrozenMap(items)``, its slot set to a copy of ``items`` as its ``__init__`` (interpreted) sets it."""
    frozen: FrozenMap = _new(_FROZEN_MAP)
    _FROZEN_MAP_DATA(frozen, dict(items))
    return frozen
