"""Choosing each field's value, and keeping the labelled values that lost."""

from __future__ import annotations

import datetime as dt

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


class TestPublished:
    def test_foot_metadata_gives_the_date_where_the_head_has_none(self) -> None:
        """The metadata line printed after the text ends the body and gives date, source and counter."""
        article = parse_text(
            "首页 > 工作动态\n某区开展消防安全检查\n"
            "  近日,某区组织开展消防安全检查,共排查隐患十二处,均已整改到位。\n"
            "发布时间:2022-03-01 09:30 来源:某区应急管理局 浏览量:56\n【打印本页】"
        )
        assert article.published is not None and article.published.isoformat() == "2022-03-01T09:30:00+08:00"
        assert (article.source, article.views) == ("某区应急管理局", 56)
        assert article.body[-1].text.endswith("均已整改到位。")

    def test_dated_line_of_a_notice_stays_text(self) -> None:
        """A 时间 line with no other field inside a notice is text, not the foot metadata."""
        article = parse_text(
            "关于举办培训班的通知\n发布日期:2024-03-01\n各乡镇:\n  现决定举办培训班,有关事项通知如下。\n"
            "时间:2024年3月5日\n地点:县行政中心三楼会议室"
        )
        assert article.body[-1].text == "地点:县行政中心三楼会议室"

    def test_day_in_disclosure_list_and_time_under_headline(self) -> None:
        """The same day printed alone in the disclosure list and with its time under the headline: the time is kept."""
        article = parse_text(
            "• 索引号:001/2022-00347\n• 发布日期:2022-11-28\n某厅关于规范审批管理的通知\n"
            "来源:某厅  时间:2022-11-28 10:45\n各市自然资源局:\n  现就有关事项通知如下。"
        )
        assert article.published is not None and article.published.isoformat() == "2022-11-28T10:45:00+08:00"

    def test_different_day_does_not_refine(self) -> None:
        """A later line with another day is no more precise printing of the publish date."""
        article = parse_text("某县召开会议\n发布日期:2022-11-28\n更新时间:2022-12-01 10:45\n  会议部署工作。")
        assert article.published == dt.date(2022, 11, 28)

    def test_update_date_after_the_body_only_where_the_head_has_none(self) -> None:
        """ "更新日期:…" after the text gives the date where the head prints none, and never beats the head's."""
        body = "  某縣推動清淨家園計畫,已完成髒亂點清理。\n資料來源:環保局\n更新日期:103-04-02"
        assert parse_text(f"某縣推動清淨家園\n{body}").published == dt.date(2014, 4, 2)
        dated = parse_text(f"某縣推動清淨家園\n發布日期:103-04-01\n{body}")
        assert dated.published == dt.date(2014, 4, 1)
