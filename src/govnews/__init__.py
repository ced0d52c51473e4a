"""govnews: Chinese government portal pages as typed data, JSON, XML and EPUB.

>>> import govnews
>>> dump = "首页 > 要闻\\n某县召开春季植树动员会\\n发布时间:2021-03-05 来源:县政府办\\n3月4日,某县召开会议。"
>>> article = govnews.parse(dump)
>>> article.title, article.source, article.published
('某县召开春季植树动员会', '县政府办', datetime.date(2021, 3, 5))
"""

from __future__ import annotations

from ._api import export, exporters, load_json, load_jsonl, parse, parse_file
from ._version import __version__
from .batch import parse_many
from .errors import ExportError, GovnewsError, OptionError, ParseError, ParserBugError, UnknownFormatError
from .hookspecs import hookimpl
from .model import Article, Block, Byline, DocumentInfo, Provenance

__all__ = [
    "Article",
    "Block",
    "Byline",
    "DocumentInfo",
    "ExportError",
    "GovnewsError",
    "OptionError",
    "ParseError",
    "ParserBugError",
    "Provenance",
    "UnknownFormatError",
    "__version__",
    "export",
    "exporters",
    "hookimpl",
    "load_json",
    "load_jsonl",
    "parse",
    "parse_file",
    "parse_many",
]
