"""HTML pages are laid out as the text a reader sees, then parsed like any dump."""

from __future__ import annotations

import pytest

import govnews
from govnews.inputs.html import html_to_text, looks_like_html

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>某县召开会议_某县人民政府</title>
<script>var clock = "2018/12/28 上午9:27:28";</script><style>p { color: red }</style></head>
<body><div class="nav">首页 &gt; 县政府信息</div>
<h1>某县召开春季植树动员会</h1>
<div class="meta">发布时间:2021-03-05&nbsp;09:30 来源:县政府办</div><!-- hidden note -->
<table><tr><td>索引号</td><td>001-2021-01</td></tr></table>
<p>3月4日,某县召开<b>春季</b>植树动员会。<br>会议由副县长主持。</p>
<p><img src="a.jpg" alt="会议现场">会议要求各乡镇抓好落实。</p>
</body></html>"""


class TestLooksLikeHtml:
    @pytest.mark.parametrize(
        "text", [PAGE, "  <html><body>x</body></html>", '<?xml version="1.0"?>\n<html>x</html>', "<BODY>x"]
    )
    def test_pages(self, text: str) -> None:
        """A doctype, html, head or body tag at the start marks a page's HTML."""
        assert looks_like_html(text)

    @pytest.mark.parametrize("text", ["首页 > 要闻\n标题", "<<人民日报>> 报道", "<p>a paragraph</p> in a text dump"])
    def test_text_dumps(self, text: str) -> None:
        """A text dump, even one with angle brackets, is not taken for HTML."""
        assert not looks_like_html(text)


class TestHtmlToText:
    def test_layout(self) -> None:
        """Blocks and <br> start lines, cells are kept apart by a tab, inline tags join, entities are decoded."""
        lines = html_to_text(PAGE).splitlines()
        assert "首页 > 县政府信息" in lines
        assert "索引号\t001-2021-01" in lines
        assert "3月4日,某县召开春季植树动员会。" in lines
        assert "会议由副县长主持。" in lines

    def test_invisible_parts_dropped(self) -> None:
        """Scripts, styles, comments and the head never reach the text."""
        text = html_to_text(PAGE)
        for hidden in ("var clock", "color: red", "hidden note", "_某县人民政府"):
            assert hidden not in text

    def test_media_fallback_dropped(self) -> None:
        """A video's or audio's fallback content is not shown by a browser that plays it."""
        page = (
            "<html><body><h1>某县视频新闻</h1><video src='a.mp4'><p>您的浏览器不支持视频,请下载 a.mp4</p></video>"
            "<audio src='b.mp3'>音频无法播放</audio><p>正文第一段。</p></body></html>"
        )
        text = html_to_text(page)
        assert "a.mp4" not in text and "音频无法播放" not in text
        assert "正文第一段。" in text

    def test_image_alt_left_out(self) -> None:
        """An image's alt text is no text of the article."""
        text = html_to_text(PAGE)
        assert "会议现场" not in text
        assert "会议要求各乡镇抓好落实。" in text

    def test_empty_page(self) -> None:
        """A page with no visible text gives empty text."""
        assert html_to_text("<html><head><title>x</title></head><body></body></html>") == ""


def test_parse_html_bytes() -> None:
    """parse() reads a GBK-encoded HTML page into the same fields as its text."""
    article = govnews.parse(PAGE.encode("gbk"))
    assert article.title == "某县召开春季植树动员会"
    assert article.source == "县政府办"
    texts = [block.text for block in article.body]
    assert not any("var clock" in t for t in texts)
