"""Lines: padding spaces folded, invisible characters dropped, empty lines gone."""

from __future__ import annotations

import random

import pytest

from govnews.inputs.text import _holds_comment_end, strip_markup
from govnews.parsing.lines import clean_line, clean_lines, find_gaps, fold_full_width, fold_traditional, trim_lines

SPLITS = [
    ("a\n\nb\n", ["a", "b"]),
    ("\u3000\u3000正文第一段。\n", ["正文第一段。"]),
    ("发\u3000布\u00a0机 构:x", ["发 布 机 构:x"]),
    ("\u200b来源:本站\ufeff", ["来源:本站"]),
    ("a\tb", ["a  b"]),
    ("x\x07y", ["xy"]),
    ("   \n\u00a0\n\u3000", []),
    ("", []),
]


class TestSplitLines:
    @pytest.mark.parametrize(("text", "expected"), SPLITS)
    def test_cases(self, text: str, expected: list[str]) -> None:
        """Lines come back trimmed, with padding folded and invisible characters removed."""
        assert clean_lines(trim_lines(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('点击数:<script language="javascript" src="/Hits.asp?id=3"></script> 日期:2011-3-8', "点击数: 日期:2011-3-8"),
        ('点击:<SCRIPT src="/hits.asp?id=7"></SCRIPT>', "点击:"),
        ("x < y 且 a<b", "x < y 且 a<b"),
        ('第一段。<br>\n<p align="center"><img src="/a.jpg" border="0"></p>', "第一段。\n"),
        ("<script>\nvar a = 1 < 2;\n</script>正文", "正文"),
        ("<!-- 正文开始 -->正文<br/>", "正文"),
        ("PM2.5<35微克, a<b 且 c>d, <<返回", "PM2.5<35微克, a<b 且 c>d, <<返回"),
    ],
)
def test_markup_left_in_a_dump_is_removed(text: str, expected: str) -> None:
    """Tags a text dump kept are markup, never text a reader sees: a script goes with its content."""
    assert strip_markup(text) == expected


def test_comment_ends_are_found_by_their_brackets() -> None:
    """``_holds_comment_end`` tells "-->" in a text as a search for it does."""
    rng = random.Random(20250101)
    for _ in range(20000):
        text = "".join(rng.choices(["-", ">", "->", "-->", "a", "中", "\n", " "], k=rng.randint(0, 10)))
        assert _holds_comment_end(text) == ("-->" in text), repr(text)


class TestUnclosedMarkup:
    """An opener that nothing closes is text, and the text after it stays (a dump is no browser).

    Each case repeats the opener hundreds of times, the shape that once made
    every opener scan to the end of the dump (benchmarks/bench_adversarial.py).
    """

    def test_unclosed_comments_keep_the_text_after_them(self) -> None:
        """ "<!--" without "-->" is left as printed, and so is what follows it."""
        text = "第一段。<!--\n" * 300
        assert strip_markup(text) == text

    def test_a_closed_comment_after_unclosed_ones_still_goes(self) -> None:
        """The first "-->" closes the first "<!--" before it, however many follow that one."""
        assert strip_markup("a<!--b<!--c-->d<!--e") == "ad<!--e"

    def test_unclosed_script_openers_go_and_their_text_stays(self) -> None:
        """A <script> whose element never ends loses only its tag: the page's text after it is kept."""
        assert strip_markup("第一段。<script>\n" * 300) == "第一段。\n" * 300

    def test_unclosed_style_openers_go_as_tags(self) -> None:
        """A <style> never closed is a tag like any other: it goes, the text stays."""
        assert strip_markup("第一段。<style>\n" * 300) == "第一段。\n" * 300

    def test_a_script_opener_without_its_bracket_is_text(self) -> None:
        """'<script src=…' with no '>' anywhere is not a tag: nothing is removed."""
        text = '第一段。<script src="a.js" \n' * 300
        assert strip_markup(text) == text

    def test_each_element_ends_at_its_own_first_end_tag(self) -> None:
        """Many openers share one closer: the first opener takes everything up to it."""
        assert strip_markup("<script>a<script>b</SCRIPT >c<style>d</script>e</style >f") == "cf"


class TestCleanLine:
    def test_rare_spaces_and_controls(self) -> None:
        """En spaces become spaces; zero-width joiners and controls go."""
        assert clean_line("\u2002a\u200db\x1fc\u2003") == "abc"


class TestFindGaps:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("a\nb\n\nc", {2}),
            ("\n\na\n\n\nb\nc", {1}),
            ("a\nb\nc", set()),
            ("频道\n\n标题\n副题\n\n来源:本站", {1, 3}),
        ],
    )
    def test_cases(self, text: str, expected: set[int]) -> None:
        """Each non-empty line printed after a blank line is reported by its index among non-empty lines."""
        assert find_gaps(text) == expected


class TestFoldFullWidth:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("来源\uff1a本站", "来源:本站"),
            ("\uff08记者 张三\uff09", "(记者 张三)"),
            ("２０２３－０５－０４", "2023-05-04"),
            ("无全角", "无全角"),
        ],
    )
    def test_cases(self, text: str, expected: str) -> None:
        """Full-width ASCII forms become ASCII so one pattern matches both widths."""
        assert fold_full_width(text) == expected


class TestPrintedWidths:
    def test_values_keep_their_widths(self) -> None:
        """Full-width pages are matched folded, but every value keeps the characters printed."""
        from govnews.parsing import parse_text

        article = parse_text(
            "当前位置：首页 ＞ 通知公告\n关于开展（２０２３年度）检查的通知\n"
            "发布时间：２０２３－１０－０４ 来源：县政府办（综合科）\n"
            "各乡镇：\n现将有关事项通知如下，请遵照执行。\n（记者 张晓）"
        )
        assert article.title == "关于开展（２０２３年度）检查的通知"
        assert article.source == "县政府办（综合科）"
        assert [b.text for b in article.body] == ["各乡镇：", "现将有关事项通知如下，请遵照执行。"]
        assert article.byline.authors == ("张晓",)
        assert article.published is not None and article.published.isoformat() == "2023-10-04"

    def test_many_blocks_after_a_long_line_that_holds_them(self) -> None:
        """Blocks held by a long line above them are each restored (each looked for after the one before)."""
        from govnews.parsing import parse_text

        head = "关于开展检查的通知\n发布时间：２０２３－１０－０４\n"
        article = parse_text(head + "丙" * 500 + "甲，乙。\n" + "甲，乙。\n" * 300)
        assert [b.text for b in article.body] == ["丙" * 500 + "甲，乙。", *["甲，乙。"] * 300]

    def test_a_long_trail_keeps_its_widths(self) -> None:
        """Hundreds of trail items printed full-width come back full-width, in order."""
        from govnews.parsing import parse_text

        items = [f"栏目{chr(0xFF10 + i // 10 % 10)}{chr(0xFF10 + i % 10)}" for i in range(300)]
        article = parse_text(
            "当前位置：首页 ＞ " + " ＞ ".join(items) + "\n关于开展检查的通知\n现将有关事项通知如下，请遵照执行。\n"
        )
        assert article.breadcrumb == ("首页", *items)

    def test_blocks_not_in_the_text_cost_no_later_block_its_widths(self) -> None:
        """Hundreds of blocks found nowhere (text the parser rewrote) are kept as read; the next is restored."""
        from govnews.model import Block
        from govnews.parsing.widths import Widths

        widths = Widths(["头", *[f"第{i}段,续" for i in range(3)]], ["头", *[f"第{i}段，续" for i in range(3)]])
        missing = [Block("paragraph", f"不在文中,{i}") for i in range(300)]
        restored = widths.blocks([Block("paragraph", "第0段,续"), *missing, Block("paragraph", "第2段,续")])
        assert [b.text for b in restored] == ["第0段，续", *(b.text for b in missing), "第2段，续"]


def test_fold_traditional() -> None:
    """Traditional characters of the vocabularies fold one for one; a simplified page is left as it is."""
    assert fold_traditional("發佈日期:2022-03-15 來源:某區") == "发布日期:2022-03-15 来源:某区"
    text = "发布日期:2022-03-15 来源:某区"
    assert fold_traditional(text) is text
