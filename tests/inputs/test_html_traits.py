"""Saved HTML pages, one trait each: read as a browser shows them (pages invented for the tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govnews
from govnews.inputs import read_input
from govnews.inputs.html import HtmlReader, html_to_text, looks_like_html
from govnews.inputs.html.charset import declared_charset, decode_page

BODY = (
    "<h1>某县召开春季植树动员会</h1>"
    "<div class='info'>发布时间:2021-03-05 来源:县政府办</div>"
    "<div class='article-content'><p>3月4日,某县召开春季植树动员会,部署今年的植树造林工作,要求各乡镇抓好落实。</p>"
    "<p>会议指出,要坚持科学绿化,因地制宜,确保栽一片、活一片、成林一片,努力提高成活率。</p></div>"
)


def page(body: str = BODY, head: str = "<title>某县召开春季植树动员会_某县人民政府</title>") -> str:
    """A small page around ``body``."""
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


class TestRecognised:
    @pytest.mark.parametrize(
        "start",
        [
            "<!-- saved from url=(0030)http://www.example.gov.cn/1.html -->\n<!-- 另一个注释 -->\n",
            '<?xml version="1.0" encoding="utf-8"?>\n',
            "<document id='x1'>\n",
            "<text id='http://x.gov.cn/1.html'>\n<script>function f() { if (a < b) alert('请输入'); }</script>\n",
            "\ufeff  \n",
        ],
    )
    def test_page_after_comments_declaration_or_wrapper(self, start: str) -> None:
        """A page is a page whatever markup comes before its <html>: comments, an XML declaration, a wrapper."""
        data = (start + page()).encode("utf-8")
        assert HtmlReader().accepts(data)
        assert govnews.parse(data).title == "某县召开春季植树动员会"

    def test_text_mentioning_html_is_no_page(self) -> None:
        """A text dump that names <html> after its text stays a text dump."""
        text = "某县召开会议\n" + "会议强调要做好网页建设工作。" * 10 + "\n示例代码:<html><body>"
        assert not looks_like_html(text)


class TestDecoding:
    def test_declared_charset_used(self) -> None:
        """GBK bytes declared as GB2312 are read as GB18030 (a browser's GBK), the declaration recorded."""
        data = page().replace("charset='utf-8'", "charset='gb2312'").encode("gbk")
        read = read_input(data)
        assert (read.encoding, read.declared_encoding) == ("gb18030", "gb2312")
        assert "某县召开春季植树动员会" in read.text

    def test_contradicted_declaration_ignored(self) -> None:
        """UTF-8 bytes that declare GB2312 (re-encoded by a crawler) are read as UTF-8."""
        data = page().replace("charset='utf-8'", 'charset="gb2312"').encode("utf-8")
        read = read_input(data)
        assert (read.encoding, read.declared_encoding) == ("utf-8", "gb2312")
        assert govnews.parse(data).title == "某县召开春季植树动员会"

    def test_http_equiv_declaration(self) -> None:
        """The http-equiv form of a declaration is read like <meta charset>."""
        data = b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head></html>'
        assert declared_charset(data) == "gbk"
        assert decode_page(data).declared == "gbk"


class TestBrowserLayout:
    def test_source_newlines_inside_a_line_are_spaces(self) -> None:
        """A metadata line broken over five source lines is one line of text."""
        text = html_to_text(page("<div>发布时间:\n2021-03-05\n  <span>来源:\n县政府办</span>\n</div>"))
        assert text == "发布时间: 2021-03-05 来源: 县政府办"

    def test_content_after_premature_end_tag_kept(self) -> None:
        """Text after a stray </html> is shown by a browser, and read."""
        data = page().replace("</body></html>", "</body></html><p>会议最后要求各单位认真落实。</p>")
        assert data.count("</html>") == 1 and data.index("</html>") < data.index("会议最后")
        assert "会议最后要求各单位认真落实。" in html_to_text(data)

    def test_deep_nesting_loses_nothing(self) -> None:
        """A page nested 5,000 elements deep gives its text (libxml2 gave nothing past 256 or 2,048)."""
        deep = "<div>" * 5000 + "深处的正文段落。" + "</div>" * 5000
        assert "深处的正文段落。" in html_to_text(page(deep))

    def test_escaped_markup_is_text(self) -> None:
        """&lt;script&gt; printed on a page is text a reader sees, kept as it is."""
        text = html_to_text(page("<p>示例:&lt;script&gt;alert(1)&lt;/script&gt;&nbsp;结束</p>"))
        assert text == "示例:<script>alert(1)</script>\xa0结束"

    def test_word_residue_left_out(self) -> None:
        """Word's namespace declarations and <o:p> padding are no text."""
        namespace = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
        body = f"<p>正文{namespace}<o:p>&nbsp;</o:p></p>"
        assert html_to_text(page(body)) == "正文"

    @pytest.mark.parametrize(
        "hidden",
        [
            "<div hidden>隐藏文字</div>",
            "<div aria-hidden='true'>隐藏文字</div>",
            "<div style='color:red; display : none'>隐藏文字</div>",
            "<div class='pop hidden'>隐藏文字</div>",
            "<script>document.write('隐藏文字')</script><style>p{}</style><noscript>隐藏文字</noscript>",
        ],
    )
    def test_hidden_elements_left_out(self, hidden: str) -> None:
        """What a page hides (attribute, inline style, a hiding class, scripts) is not read."""
        assert "隐藏文字" not in html_to_text(page("<p>可见</p>" + hidden))

    def test_inline_controls_left_out(self) -> None:
        """A 举报 link or a jump to the comments glued to the source is a button, not part of the source."""
        for button in ("<a class='post_jubao' href='/r'>举报</a>", "<a href='#comments'>发表评论</a>"):
            article = govnews.parse(page(BODY.replace("来源:县政府办</div>", f"来源:县政府办 {button}</div>")))
            assert article.source == "县政府办"

    def test_back_link_after_the_last_sentence_left_out(self) -> None:
        """A "back to the home page" link glued to the last sentence is a button."""
        back = "提高成活率。<a id='backhome' href='/'><span>返回首页,查看更多</span></a></p>"
        article = govnews.parse(page(BODY.replace("提高成活率。</p>", back)))
        assert article.body[-1].text.endswith("努力提高成活率。")

    def test_icon_glyphs_left_out(self) -> None:
        """An icon font's private-use glyph after a headline is a picture, not a character of it."""
        data = page(BODY.replace("动员会</h1>", "动员会<i class='icon'>\ue004</i></h1>"))
        assert govnews.parse(data).title == "某县召开春季植树动员会"

    def test_blocks_rows_and_cells(self) -> None:
        """Blocks and <br> start lines, table cells on a row are kept apart, <pre> keeps its lines."""
        text = html_to_text(page("<table><tr><td>索引号</td><td>001-2021</td></tr></table>一<br>二<pre>甲\n乙</pre>"))
        assert text.split("\n") == ["索引号\t001-2021", "一", "二", "甲", "乙"]

    def test_attachment_keeps_name_and_address(self) -> None:
        """A link to a document keeps the file's name and its URL; image alt text is no text."""
        text = html_to_text(page("<p>附件:<a href='/files/plan.pdf'>实施方案.pdf</a><img alt='图片说明'></p>"))
        assert text == "附件:实施方案.pdf /files/plan.pdf"


class TestArticleFound:
    def test_menus_popups_and_footers_are_not_the_article(self) -> None:
        """A menu, a pop-up and a footer read neither as the headline nor as the body."""
        furniture = (
            "<div class='nav'><ul><li><a href='/'>首页</a></li><li><a href='/lx'>联系我们</a></li>"
            "<li><a href='/zz'>主要职责</a></li></ul></div>"
            "<div class='popup'><a href='#'>领导留言板</a><span class='close'>X</span></div>"
        )
        footer = "<div class='footer'><p><a href='/'>网站地图</a> | 版权所有:某县人民政府 主办:某县政府办</p></div>"
        article = govnews.parse(page(furniture + "<div class='main'>" + BODY + "</div>" + footer))
        assert article.title == "某县召开春季植树动员会"
        assert article.published is not None and article.published.isoformat() == "2021-03-05"
        texts = [block.text for block in article.body]
        assert texts[0].startswith("3月4日")
        assert texts[-1].endswith("努力提高成活率。")
        assert not any(word in "".join(texts) for word in ("联系我们", "领导留言板", "版权所有", "X"))

    def test_share_widgets_between_headline_and_text(self) -> None:
        """Share buttons and font-size controls under the headline are not the first paragraph."""
        widgets = "<div class='share-box'>分享到:微信 微博</div><div class='fontsize'>字号:大 中 小</div>"
        body = BODY.replace("<div class='article-content'>", widgets + "<div class='article-content'>")
        article = govnews.parse(page(body))
        assert article.body[0].text.startswith("3月4日")

    def test_label_of_a_link_list_left_out(self) -> None:
        """A label over a list of links between the headline and the text (栏目关注:) goes with its links."""
        text = "<div class='article-content'>"
        links = "<div>栏目关注:</div><div><a href='/a'>植树造林</a></div><div><a href='/b'>森林防火</a></div>"
        article = govnews.parse(page(BODY.replace(text, links + text)))
        assert article.body[0].text.startswith("3月4日")

    def test_trail_and_head_hints(self) -> None:
        """The location trail above the headline is read; the head's URL goes to the input."""
        trail = "<div class='crumb'>当前位置:<a href='/'>首页</a> &gt; <a href='/x'>工作动态</a></div>"
        head = "<title>某县召开春季植树动员会_某县人民政府</title><link rel='canonical' href='http://www.example.gov.cn/a/1.html'>"
        data = page(trail + BODY, head)
        assert govnews.parse(data).breadcrumb == ("首页", "工作动态")
        assert read_input(data).url == "http://www.example.gov.cn/a/1.html"

    def test_home_page_og_url_ignored(self) -> None:
        """An og:url that names the site's home page is no article's address."""
        head = "<meta property='og:url' content='http://www.example.gov.cn/'>"
        assert read_input(page(head=head)).url is None


def test_page_without_visible_text_is_an_error() -> None:
    """A page that shows nothing is a ParseError saying so, never an empty article."""
    with pytest.raises(govnews.ParseError, match="no text"):
        govnews.parse(page("<script>render()</script><div style='display:none'>稍后显示</div>"))


def test_headings_inside_the_text() -> None:
    """An <h3> and a paragraph all in bold are heading blocks, questions too (text alone reads them as
    paragraphs); a bold sentence is not."""
    text = (
        "<div class='article-content'><p>3月4日,某县召开春季植树动员会,部署今年的植树造林工作。</p>"
        "<h3>为什么要科学绿化?</h3><p>各乡镇随即召开专题会议,研究落实措施,明确任务分工和完成时限。</p>"
        "<p><strong>树要种在哪里?</strong></p><p><b>会议强调,要加强督查,确保任务落到实处。</b></p></div>"
    )
    article = govnews.parse(page(BODY.split("<div class='article-content'>")[0] + text))
    kinds = {block.text: block.kind for block in article.body}
    assert kinds["为什么要科学绿化?"] == "heading"
    assert kinds["树要种在哪里?"] == "heading"
    assert kinds["会议强调,要加强督查,确保任务落到实处。"] == "paragraph"


_SOUP = st.lists(
    st.sampled_from(
        [
            "<html>",
            "</html>",
            "<body>",
            "</body>",
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<br>",
            "<table><tr><td>",
            "</td></tr></table>",
            "<a href='#x'>",
            "<a href='/f.pdf'>",
            "</a>",
            "<h1>",
            "</h1>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<?xml a?>",
            "<o:p>",
            "<span hidden>",
            "</span>",
            "<pre>",
            "正文",
            "，",
            "。",
            "来源:",
            "2021-03-05",
            "&nbsp;",
            "&lt;",
            " ",
            "\t",
            "\n",
            "\ufeff",
            "\ue004",
        ]
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_SOUP)
def test_tag_soup_gives_an_article_or_a_parse_error(pieces: list[str]) -> None:
    """Whatever markup a page holds, the reader gives an article or says the page shows nothing."""
    data = "<html>" + "".join(pieces)
    try:
        govnews.parse(data.encode("utf-8"))
    except govnews.ParseError as error:
        assert not isinstance(error, govnews.ParserBugError)


def test_cell_ending_in_white_space_at_the_page_end() -> None:
    """A page whose last box ends on white space only (a table cell left open) is read (it raised IndexError)."""
    data = "<html><table><tr><td><b></body><b><body></html></p>2021-03-05</p><br>&nbsp;<span hidden>，</span></b>"
    assert str(govnews.parse(data).published) == "2021-03-05"
