"""Lines: padding spaces folded, invisible characters dropped, empty lines gone."""

from __future__ import annotations

import pytest

from govnews.inputs.text import strip_markup
from govnews.parsing.lines import clean_line, find_gaps, fold_full_width, fold_traditional, split_lines

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
        assert split_lines(text) == expected


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


def test_fold_traditional() -> None:
    """Traditional characters of the vocabularies fold one for one; a simplified page is left as it is."""
    assert fold_traditional("發佈日期:2022-03-15 來源:某區") == "发布日期:2022-03-15 来源:某区"
    text = "发布日期:2022-03-15 来源:某区"
    assert fold_traditional(text) is text
