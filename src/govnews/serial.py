"""Articles to plain data (the JSON form) and back.

The plain form is what ``docs/formats.md`` and the shipped JSON Schema
describe: the model's field names as keys, ISO 8601 dates, ``null`` for an
absent value and ``[]`` or ``{}`` for an empty collection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from .model import SHANGHAI, Article, Block, Byline, DocumentInfo, Provenance

__all__ = ["article_from_data", "article_to_data", "format_when", "parse_when"]


def format_when(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601 at the precision held: a day stays a day."""
    return None if value is None else value.isoformat()


def parse_when(text: str | None) -> dt.datetime | dt.date | None:
    """Read back what :func:`format_when` wrote; a time without offset is Shanghai time."""
    if text is None:
        return None
    if "T" not in text:
        return dt.date.fromisoformat(text)
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)


def article_to_data(article: Article) -> dict[str, Any]:
    """The JSON form of one article, as plain dicts, lists and strings."""
    doc = article.document
    prov = article.provenance
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "breadcrumb": list(article.breadcrumb),
        "published": format_when(article.published),
        "source": article.source,
        "byline": {
            "authors": list(article.byline.authors),
            "editors": list(article.byline.editors),
            "photographers": list(article.byline.photographers),
            "text": article.byline.text,
        },
        "views": article.views,
        "document": None
        if doc is None
        else {
            "index_number": doc.index_number,
            "document_number": doc.document_number,
            "issuer": doc.issuer,
            "written": format_when(doc.written),
            "topic": doc.topic,
            "validity": doc.validity,
        },
        "body": [{"kind": b.kind, "text": b.text} for b in article.body],
        "extra": dict(article.extra),
        "provenance": None
        if prov is None
        else {"path": prov.path, "sha256": prov.sha256, "encoding": prov.encoding, "parser": prov.parser},
    }


def article_from_data(data: Mapping[str, Any]) -> Article:
    """Build an ``Article`` from its JSON form.

    Raises:
        KeyError, TypeError, ValueError: ``data`` is not the JSON form.
    """
    byline = data.get("byline") or {}
    doc = data.get("document")
    prov = data.get("provenance")
    return Article(
        title=data.get("title"),
        subtitle=data.get("subtitle"),
        breadcrumb=tuple(data.get("breadcrumb") or ()),
        published=parse_when(data.get("published")),
        source=data.get("source"),
        byline=Byline(
            authors=tuple(byline.get("authors") or ()),
            editors=tuple(byline.get("editors") or ()),
            photographers=tuple(byline.get("photographers") or ()),
            text=byline.get("text"),
        ),
        views=data.get("views"),
        document=None
        if doc is None
        else DocumentInfo(
            index_number=doc.get("index_number"),
            document_number=doc.get("document_number"),
            issuer=doc.get("issuer"),
            written=parse_when(doc.get("written")),
            topic=doc.get("topic"),
            validity=doc.get("validity"),
        ),
        body=tuple(Block(b["kind"], b["text"]) for b in data.get("body") or ()),
        extra=dict(data.get("extra") or {}),
        provenance=None
        if prov is None
        else Provenance(
            sha256=prov["sha256"], parser=prov["parser"], encoding=prov.get("encoding"), path=prov.get("path")
        ),
    )
