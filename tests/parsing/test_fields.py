"""Choosing each field's value, and keeping the labelled values that lost."""

from __future__ import annotations

from govnews.parsing import parse_text


class TestLostValuesKept:
    def test_kicker_beside_deck_line(self) -> None:
        """A 引题 beside the deck line taken as the subtitle is kept in extra, not dropped."""
        article = parse_text(
            "首页 > 新闻中心\n引题:喜迎丰收季\n金秋时节稻谷飘香\n——我县农民丰收节侧记\n"
            "发布日期:2023-09-23 来源:县融媒体中心\n9月22日,我县农民丰收节在城东广场举行。"
        )
        assert article.subtitle == "——我县农民丰收节侧记"
        assert dict(article.extra) == {"引题": "喜迎丰收季"}

    def test_chosen_value_not_repeated(self) -> None:
        """A value that became a field is not copied into extra as well."""
        article = parse_text("某县召开会议\n来源:县政府办 发布时间:2021-03-05\n正文第一段。")
        assert article.source == "县政府办"
        assert "来源" not in article.extra
