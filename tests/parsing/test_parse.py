"""parse_text end to end: the seed dump field by field, odd input, and any text at all."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import govnews
from govnews.model import SHANGHAI, Article
from govnews.parsing import parse_text
from govnews.parsing.lines import fold_full_width

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_fdea7f6b670525a1.txt"
GOLDEN = ROOT / "tests" / "golden" / "seed_000.expected.json"


@pytest.fixture(scope="module")
def article() -> Article:
    """The seed dump, parsed once."""
    return govnews.parse_file(SEED)


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    """The seed's expected fields."""
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


class TestSeedGolden:
    """The seed dump, against its expected fields in tests/golden."""

    def test_head(self, article: Article, expected: dict[str, object]) -> None:
        """Title, breadcrumb, source and the minute-precise publish time are read."""
        assert article.title == expected["title"]
        assert list(article.breadcrumb) == expected["breadcrumb"]
        assert article.source == expected["source"]
        assert article.published == dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI)

    def test_empty_fields(self, article: Article, expected: dict[str, object]) -> None:
        """The empty 浏览次数 gives no views; the page has no disclosure data."""
        assert article.views is expected["views"] is None
        assert article.document is None

    def test_byline_cut_off(self, article: Article, expected: dict[str, object]) -> None:
        """The unclosed "(记者 周大正" glued to the last paragraph gives the author."""
        assert list(article.byline.authors) == expected["authors"]
        assert list(article.byline.editors) == expected["editors"]
        assert article.byline.text == "(记者 周大正"

    def test_body_edges_and_noise(self, article: Article, expected: dict[str, object]) -> None:
        """The body runs from the first paragraph to before the byline; no furniture leaks in."""
        assert article.body[0].text.startswith(str(expected["body_first"]))
        assert article.body[-1].text.endswith(str(expected["body_last"]))
        body = "".join(block.text for block in article.body)
        assert not [noise for noise in expected["noise"] if noise in body]  # type: ignore[union-attr]

    def test_headings_exactly(self, article: Article, expected: dict[str, object]) -> None:
        """The section headings are exactly the heading blocks."""
        assert [b.text for b in article.body if b.kind == "heading"] == expected["headings"]


ODD = [
    "",
    "\n\n\n",
    "\u3000\u00a0",
    "只有一行",
    "来源:",
    "发布时间:",
    "(",
    "((((",
    "附件:",
    "2020-13-45 99:99",
    "当前位置:",
    "索 引 号 主题分类",
    "\x00\x01\x02",
    "a" * 10000,
    "。" * 500,
    "发布时间:2020-01-01 " * 200,
]


def _bare(text: str) -> str:
    """The text's visible characters alone, full-width forms folded: how values are looked for in the input."""
    return "".join(ch for ch in fold_full_width(text) if ch.isprintable() and not ch.isspace())


def assert_nothing_invented(article: Article, text: str) -> None:
    """Every value the parser gives was printed in ``text``: blocks, headline, source, names, the year."""
    printed = _bare(text)
    for block in article.body:
        assert block.text.strip(), "an empty block"
        assert "\n" not in block.text
        assert _bare(block.text) in printed, block.text
    for value in (article.title, article.subtitle, article.source, *article.breadcrumb):
        assert value is None or _bare(value) in printed, value
    for name in (*article.byline.authors, *article.byline.editors, *article.byline.photographers):
        assert _bare(name) in printed, name
    if article.published is not None:
        year = article.published.year
        assert str(year) in printed or str(year - 1911) in printed, article.published
    if article.views is not None:
        assert str(article.views) in printed.replace(",", "")


class TestOddInput:
    @pytest.mark.parametrize("text", ODD)
    def test_gives_only_what_is_printed(self, text: str) -> None:
        """Degenerate and pathological text gives an Article holding nothing the text does not print."""
        assert_nothing_invented(parse_text(text), text)

    def test_empty_gives_empty_article(self) -> None:
        """Nothing in, nothing invented."""
        assert parse_text("") == Article()

    def test_no_empty_blocks(self) -> None:
        """No block is empty or white space only, and indentation is gone."""
        article = parse_text(
            "青禾县召开会议\n发布时间:2020-01-01\n\u3000\u3000第一段,正文内容。\n\u00a0\n  \n第二段,正文内容。"
        )
        assert [b.text for b in article.body] == ["第一段,正文内容。", "第二段,正文内容。"]


class TestPrintedForms:
    def test_headline_over_lines_keeps_its_widths(self) -> None:
        """A headline printed over several lines is joined, each part as printed (full-width forms kept)."""
        article = parse_text(
            "某局关于印发\n某市平台（试行）\n优化工作方案的通知\n发布日期：2024-05-20\n各单位：\n现印发给你们，请执行。"
        )
        assert article.title == "某局关于印发 某市平台（试行） 优化工作方案的通知"

    def test_traditional_page_keeps_its_characters(self) -> None:
        """A traditional page is read with its labels folded, its values as printed."""
        article = parse_text("某區會議召開\n發佈日期:2022-03-15 來源:某區新聞處\n會議指出,要做好各項工作。")
        assert article.source == "某區新聞處"
        assert article.published == dt.date(2022, 3, 15)
        assert [b.text for b in article.body] == ["會議指出,要做好各項工作。"]


PAGE_PARTS = [
    "来源:",
    "发布时间:2020-01-01",
    "当前位置:首页>新闻",
    "(记者 张三",
    "附件:",
    "一、总体要求",
    "正文一段,内容。",
    "打印",
    "索引号",
    "2020年1月1日",
    "  ",
    "\u3000",
    "|",
    "【字体:大",
    "作者:admin",
    "主办:某市政协",
    "某县人民政府主办",
    "近日,某县开展走访慰问,送去慰问物资。",
]


class TestCutCapture:
    @pytest.mark.parametrize("host", ["主办:某市政协", "某县人民政府主办"])
    def test_one_paragraph_over_the_footers_first_line(self, host: str) -> None:
        """A capture cut at the site footer's first line, one paragraph above it: the paragraph is the text."""
        paragraph = "近日,某县走访慰问困难群众,送去慰问物资。"
        article = parse_text(f"某县走访慰问困难群众\n发布时间:2024-01-05\n{paragraph}\n{host}")
        assert [b.text for b in article.body] == [paragraph]


class TestTextEdgesKeepText:
    def test_joint_signature_over_footer(self) -> None:
        """Issuers that open the headline, signed under the text, are no tag line."""
        text = "首页 > 通知公告\n团县委 县妇联关于开展六一活动的通知\n发布时间:2024-05-20\n"
        text += "各乡镇团委、妇联:现将有关事项通知如下。\n请各单位认真组织实施。\n团县委 县妇联\n打印 关闭"
        assert parse_text(text).body[-1].text == "团县委 县妇联"

    def test_sentence_naming_an_events_host(self) -> None:
        """A last line saying who held an event (本次展览由某局主办) is text, not the site's host line."""
        text = "某县举办书画展\n发布时间:2024-05-20\n近日,某县举办书画展,展出作品200余幅。\n"
        text += "本次展览由县文化和旅游局主办\n打印 关闭"
        assert parse_text(text).body[-1].text == "本次展览由县文化和旅游局主办"


class TestHeadlineUnderTrail:
    def test_topic_banner_is_no_headline(self) -> None:
        """A topic's banner of one phrase under the trail, the headline under it: the headline is the lower."""
        text = "首页/ 新闻/ 正文\n学习贯彻某某精神\n县委理论学习中心组召开专题学习会\n"
        text += "近日,县委理论学习中心组召开专题学习会,深入学习有关精神。"
        article = parse_text(text)
        assert (article.title, article.subtitle) == ("县委理论学习中心组召开专题学习会", None)


class TestAnyText:
    @settings(max_examples=300, deadline=None)
    @given(st.text())
    @example("(全文完)")  # an end mark alone: the text it ends is empty (was a parser bug, an IndexError)
    def test_any_text_invents_nothing(self, text: str) -> None:
        """parse_text on arbitrary text raises nothing (a raise is a parser bug) and invents no value."""
        assert_nothing_invented(parse_text(text), text)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(PAGE_PARTS), max_size=25).map("\n".join))
    def test_any_arrangement_of_page_parts(self, text: str) -> None:
        """Shuffled page parts (labels, trails, bylines, widgets): no raise, nothing invented, no placeholder kept."""
        article = parse_text(text)
        assert_nothing_invented(article, text)
        assert "admin" not in article.byline.authors
        assert not any(b.text in ("打印", "【字体:大", "|") for b in article.body)
