"""A page's head read as evidence, a stage of its own before and apart from its text.

What the head says becomes :class:`~govnews.inputs.base.Hint` values; the
parser weighs them against the visible text by the rule of
:mod:`govnews.parsing.hints` (the text wins; a hint it confirms fills a gap).
The tags read, and the field each gives, are data (:data:`META_HINTS`), most
trusted first: the government site standard's tags (``ArticleTitle``,
``PubDate``, ``ContentSource``, ``ColumnName``, ``SiteName``), then Open Graph
and the common ``author``/``keywords``/``description``, then ``<title>`` with
the site's name cut off. Where the page was published comes from the
canonical link, ``og:url`` (unless it names a home page) or the "saved from
url" note a browser writes into a page it saves.

``ColumnName`` never fills the breadcrumb (it stays in ``extra``): the field
holds the trail as printed, and on the development pages every page with a
``ColumnName`` prints its trail, whose last item the tag merely repeats; a
trail of one item made from the tag would be invented where none is printed.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..base import Hint

__all__ = ["META_HINTS", "headline_of", "read_head"]

#: Head metadata and the hint each gives, by the lower-cased ``name`` or ``property`` of a
#: ``<meta>``. For one field the earlier entry is trusted more.
META_HINTS: Final = (
    ("articletitle", "title"),
    ("og:title", "title"),
    ("pubdate", "published"),
    ("publishdate", "published"),
    ("article:published_time", "published"),
    ("contentsource", "source"),
    ("columnname", "column"),
    ("sitename", "site_name"),
    ("og:site_name", "site_name"),
    ("author", "author"),
    ("article:author", "author"),
    ("keywords", "keywords"),
    ("description", "description"),
    ("og:url", "url"),
)
_META_FIELDS: Final = dict(META_HINTS)
_META_ORDER: Final = {name: rank for rank, (name, _) in enumerate(META_HINTS)}
#: Separators between a ``<title>``'s headline and what follows it ("…通知_某县人民政府").
_TITLE_PARTS: Final = re.compile(r"\s*(?:_|\||｜|--|——|—| - | – |-(?=[^-]{2,12}$))\s*")
#: A ``<title>`` rest that names a site or a channel rather than a part of the headline.
_SITE_ENDINGS: Final = (
    "政府",
    "门户网站",
    "网站",
    "网",
    "人民政府",
    "政务网",
    "门户",
    "官网",
    "频道",
    "新闻",
    "中心",
    "首页",
    "报",
    "客户端",
    "中文网",
    ".com",
    ".cn",
)
#: The note a browser writes at the top of a page it saves: ``<!-- saved from url=(0042)http://… -->``.
_SAVED_FROM: Final = re.compile(r"saved from url=\(\d+\)(\S+)")


def _url_of_page(url: str) -> bool:
    """Whether ``url`` can name an article (http(s), with a path beyond the site's home)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and parts.path.strip("/") != ""


def headline_of(title: str, site: str | None = None) -> str:
    """A ``<title>`` without the site's or channel's name after its headline."""
    if site and title.endswith(site) and len(title) > len(site):
        title = title[: -len(site)].rstrip(" _|-—")
    parts = _TITLE_PARTS.split(title)
    while len(parts) > 1 and (not parts[-1] or parts[-1].endswith(_SITE_ENDINGS) or len(parts[-1]) <= 6):
        parts.pop()
    if len(parts) == 1:
        return parts[0].strip()
    return title.strip()


def _meta_hints(root: LexborNode) -> list[tuple[int, Hint]]:
    found: list[tuple[int, Hint]] = []
    for element in root.css("meta"):
        attributes = element.attributes
        name = (attributes.get("name") or attributes.get("property") or attributes.get("itemprop") or "").strip()
        key = name.lower()
        if key not in _META_FIELDS:
            continue
        value = " ".join((attributes.get("content") or "").split())
        if not value or (key == "og:url" and not _url_of_page(value)):
            continue
        found.append((_META_ORDER[key], Hint(_META_FIELDS[key], name, value)))
    return found


def _page_url(tree: LexborHTMLParser, root: LexborNode) -> Hint | None:
    for link in root.css("link[rel]"):
        href = (link.attributes.get("href") or "").strip()
        if "canonical" in (link.attributes.get("rel") or "").lower().split() and _url_of_page(href):
            return Hint("url", "canonical", href)
    node = root.parent.child if root.parent is not None else None
    while node is not None and node.tag != "html":  # comments before <html>
        note = _SAVED_FROM.search(node.comment_content or "") if node.is_comment_node else None
        if note is not None and _url_of_page(note.group(1)):
            return Hint("url", "saved from url", note.group(1))
        node = node.next
    return None


def read_head(tree: LexborHTMLParser) -> tuple[Hint, ...]:
    """The hints a page's head gives, most trusted first for each field."""
    root = tree.root
    if root is None:
        return ()
    found = _meta_hints(root)
    page_url = _page_url(tree, root)
    if page_url is not None:
        found.append((-1, page_url))
    hints = [hint for _, hint in sorted(found, key=lambda pair: pair[0])]
    title_element = root.css_first("title")
    title = " ".join((title_element.text() if title_element is not None else "").split())
    if title:
        site = next((h.value for h in hints if h.field == "site_name"), None)
        hints.append(Hint("title", "title", headline_of(title, site)))
    return tuple(hints)
