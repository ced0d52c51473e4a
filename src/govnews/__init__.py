"""govnews: Chinese government portal pages as typed data, JSON, XML and EPUB.

>>> import govnews
>>> article = govnews.parse("首页 > 要闻\\n标题\\n发布时间:2020-12-28 08:46 来源:温州日报\\n正文第一段。")
>>> article.title, article.source
('标题', '温州日报')
"""

from __future__ import annotations

from ._api import export, exporters, load_json, parse, parse_file
from ._version import __version__
from .errors import ExportError, GovnewsError, ParseError, UnknownFormatError
from .hookspecs import hookimpl
from .model import Article, Block, Byline, DocumentInfo, Provenance

__all__ = [
    "Article",
    "Block",
    "Byline",
    "DocumentInfo",
    "ExportError",
    "GovnewsError",
    "ParseError",
    "Provenance",
    "UnknownFormatError",
    "__version__",
    "export",
    "exporters",
    "hookimpl",
    "load_json",
    "parse",
    "parse_file",
]
