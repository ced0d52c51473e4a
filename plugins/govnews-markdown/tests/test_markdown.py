"""Tests of the markdown exporter, checked with govnews.testing."""

from __future__ import annotations

import html
import io
import re

import pytest
from govnews_markdown import MarkdownExporter, escape
from markdown_it import MarkdownIt

import govnews
import govnews.testing

SAMPLES = govnews.testing.sample_articles()


def markdown(*articles: govnews.Article, **options: str) -> str:
    out = io.BytesIO()
    MarkdownExporter().write(list(articles), out, **options)
    return out.getvalue().decode("utf-8")


def test_keeps_the_contract() -> None:
    """The exporter passes the govnews.testing contract check, with and without a title."""
    govnews.testing.check_exporter(MarkdownExporter())
    govnews.testing.check_exporter(MarkdownExporter(), title="合集")


def test_found_through_the_entry_point() -> None:
    """The installed distribution's entry point gives govnews the markdown format."""
    with govnews.testing.only_plugins("govnews-markdown"):
        assert isinstance(govnews.exporters()["markdown"], MarkdownExporter)
        assert govnews.export(SAMPLES["seed-like"], "markdown").startswith("首页 › 市政府信息\n\n# ".encode())


def test_article_structure() -> None:
    """Breadcrumb, title, metadata and headings come out in reading order."""
    text = markdown(SAMPLES["seed-like"])
    assert text.split("\n\n")[:3] == [
        "首页 › 市政府信息",
        "# 创新裂变培育新动能——贯彻落实市委十二届十一次全会精神之三",
        "- 发布时间: 2020-12-28 08:46+08:00\n- 来源: 温州日报\n- 署名: (记者 周大正\n- 作者: 周大正",
    ]
    assert "\n\n## 放大尖峰引领的“高地效应”\n\n" in text
    assert text.endswith("区域科创高地加速崛起。\n")


def test_document_metadata_attachments_and_signature() -> None:
    """Document info and extra are listed; attachments are a list and signatures one closing paragraph."""
    text = markdown(SAMPLES["document"])
    for line in (
        "- 文号: 温政发〔2021〕1号",
        "- 成文日期: 2021-01-04",
        "- 浏览次数: 1234",
        "- 联系电话: 0577-12345678",
    ):
        assert line in text.split("\n")
    assert "*温政发〔2021〕1号*" in text
    assert "- 附件:1. 某某办法\n- 2\\. 某某清单" in text
    assert text.endswith("温州市人民政府\\\n2021年1月4日\n")


def test_collection_title_and_separator() -> None:
    """A titled collection heads with the title, moves headings down and separates articles."""
    text = markdown(SAMPLES["seed-like"], SAMPLES["empty-body"], title="温州 #1")
    assert text.startswith("# 温州 \\#1\n\n首页")
    assert "\n\n## 创新裂变" in text and "\n\n### 放大尖峰" in text
    assert text.count("\n\n* * *\n\n") == 1


def test_untitled_article_gets_no_invented_title() -> None:
    """An article without a title has no heading at all."""
    text = markdown(SAMPLES["untitled"])
    assert not re.search(r"^#", text, re.M)
    assert "没有标题的正文。" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# 不是标题", "\\# 不是标题"),
        ("1. 不是列表", "1\\. 不是列表"),
        ("- 不是列表", "\\- 不是列表"),
        ("a*b*_c_ [x](y) <b>", "a\\*b\\*\\_c\\_ \\[x\\](y) \\<b\\>"),
        ("&amp; & B", "\\&amp; & B"),
        ("两行\n文字", "两行\\\n文字"),
        ("  ", ""),
    ],
)
def test_escape(text: str, expected: str) -> None:
    """Markdown's special characters are escaped where they would mean something."""
    assert escape(text) == expected


def test_hostile_text_renders_as_itself() -> None:
    """Rendered by a CommonMark parser, the hostile sample's text comes back unchanged."""
    hostile = SAMPLES["hostile"]
    rendered = MarkdownIt("commonmark").render(markdown(hostile))
    visible = html.unescape(re.sub(r"<[^>]+>", "", rendered)).replace("\ufffd", "\x00")
    assert hostile.title is not None and hostile.title in visible
    assert "# not a heading\n- not a list\n1. not a list" in visible
    assert "<h2>## ]]&gt; &amp; &lt;tag&gt; #</h2>" in rendered


def test_labels_are_the_models() -> None:
    """Each metadata line is labelled as the model labels its field, in simplified characters."""
    from govnews.model import Article, DocumentInfo, label

    text = markdown(SAMPLES["document"])
    assert f"- {label(Article, 'views')}: 1234" in text.split("\n")
    assert f"- {label(DocumentInfo, 'issuer')}: 温州市人民政府" in text.split("\n")
