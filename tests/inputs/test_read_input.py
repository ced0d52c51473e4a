"""The input seam: every input kind gives one Input, the text plus what it knows beyond it."""

from __future__ import annotations

import hashlib

import pytest

import govnews
from govnews.inputs import READERS, Hint, Input, read_input

PAGE = """<!-- saved from url=(0040)http://www.example.gov.cn/a/1.html -->
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>某县召开春季植树动员会_某县人民政府</title>
<meta name="ArticleTitle" content="某县召开春季植树动员会">
<meta name="PubDate" content="2021-03-05 09:30">
<meta name="ContentSource" content="县政府办">
<meta name="ColumnName" content="工作动态">
<meta name="SiteName" content="某县人民政府">
<meta name="Keywords" content="植树,春季">
<meta property="og:url" content="http://www.example.gov.cn/og.html">
<link rel="canonical" href="http://www.example.gov.cn/a/1.html">
</head><body><h1>某县召开春季植树动员会</h1>
<p>3月4日,某县召开春季植树动员会。</p></body></html>"""


class TestReadInput:
    def test_text_dump(self) -> None:
        """A text dump is read by the text reader: decoded, markup a capture kept removed, no hints."""
        data = "标题一行\n<script>var x = 1;</script>正文第一段。".encode("gb18030")
        read = read_input(data, path="a.txt")
        assert read == Input(
            text="标题一行\n正文第一段。",
            kind="text",
            sha256=hashlib.sha256(data).hexdigest(),
            encoding="gb18030",
            path="a.txt",
        )

    def test_html_page(self) -> None:
        """An HTML page (a comment before its doctype) is read by the HTML reader, its head as hints."""
        read = read_input(PAGE.encode())
        assert read.kind == "html"
        assert [line for line in read.text.splitlines() if line] == [
            "某县召开春季植树动员会",
            "3月4日,某县召开春季植树动员会。",
        ]
        assert read.url == "http://www.example.gov.cn/a/1.html"  # the canonical link before og:url
        fields = [(h.field, h.label) for h in read.hints]
        # the headline element the head's title confirms, then the head, most trusted first
        assert fields[:3] == [("headline", "headline"), ("title", "ArticleTitle"), ("published", "PubDate")]
        assert ("title", "title") in fields  # <title>, least trusted, its site name removed
        assert Hint("title", "title", "某县召开春季植树动员会") in read.hints
        assert all(h.field != "url" for h in read.hints)

    def test_callers_url_wins(self) -> None:
        """A URL the caller knows (a web archive record's) wins over the page's own canonical link."""
        assert read_input(PAGE, url="http://archive.example/x").url == "http://archive.example/x"

    def test_page_showing_nothing(self) -> None:
        """An HTML page with no visible text is a ParseError that says so, naming the input."""
        with pytest.raises(govnews.ParseError, match=r"p\.html: no text: the html input shows nothing"):
            read_input(b"<html><head><title>x</title></head><body><script>x()</script></body></html>", path="p.html")

    def test_markup_only_dump(self) -> None:
        """A text dump that is nothing but markup is refused, not parsed into an empty article."""
        with pytest.raises(govnews.ParseError, match="no text"):
            read_input("<div><br/></div>")

    def test_reader_order(self) -> None:
        """HTML is tried before text, and text, the kind of last resort, accepts anything."""
        assert [r.name for r in READERS] == ["html", "text"]
        assert READERS[-1].accepts(b"\x00anything")


class TestProvenanceFromInput:
    def test_html_page_provenance(self) -> None:
        """parse() records the input's path, encoding, declared charset and the page's canonical URL."""
        article = govnews.parse(PAGE.encode(), path="page.html")
        assert article.provenance is not None
        assert article.provenance.path == "page.html"
        assert article.provenance.encoding == "utf-8"
        assert article.provenance.url == "http://www.example.gov.cn/a/1.html"

    def test_callers_url_in_provenance(self) -> None:
        """A URL given to parse() (a web archive record's) is the article's provenance URL."""
        article = govnews.parse("某县召开会议\n正文一段。", url="http://www.example.gov.cn/b.html")
        assert article.provenance is not None and article.provenance.url == "http://www.example.gov.cn/b.html"
