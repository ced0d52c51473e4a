"""Hints beside the text (an HTML page's head) merged by the written rule: the text wins, hints fill what it lacks."""

from __future__ import annotations

import datetime as dt

from govnews.inputs import Hint
from govnews.parsing import parse_text

TEXT = "某县召开春季植树动员会\n发布时间:2021-03-05 来源:县政府办\n3月4日,某县召开会议。\n编辑:张三"


class TestTheTextWins:
    def test_printed_fields_are_kept(self) -> None:
        """A hint that disagrees with a printed field overrides nothing and is kept in extra under its label."""
        article = parse_text(
            TEXT,
            None,
            (
                Hint("title", "og:title", "另一个标题"),
                Hint("published", "PubDate", "2021-03-06 10:00"),
                Hint("source", "ContentSource", "县融媒体中心"),
            ),
        )
        assert article.title == "某县召开春季植树动员会"
        assert article.published == dt.date(2021, 3, 5)
        assert article.source == "县政府办"
        assert dict(article.extra) == {
            "og:title": "另一个标题",
            "PubDate": "2021-03-06 10:00",
            "ContentSource": "县融媒体中心",
        }

    def test_agreeing_hints_add_nothing(self) -> None:
        """A hint that says what the text prints is not repeated in extra."""
        article = parse_text(TEXT, None, (Hint("title", "ArticleTitle", "某县召开春季植树动员会"),))
        assert dict(article.extra) == {}


class TestHintsFill:
    def test_confirmed_fill(self) -> None:
        """Where the text gives no headline or date, a hint the text prints fills it."""
        text = "某县召开春季植树动员会,会议于2021年03月05日举行,部署全年工作。"
        hints = (
            Hint("title", "ArticleTitle", "某县召开春季植树动员会"),
            Hint("published", "PubDate", "2021-03-05T09:30:00+08:00"),
        )
        article = parse_text(text, None, hints)
        assert article.title == "某县召开春季植树动员会"
        assert article.published is not None and article.published.isoformat().startswith("2021-03-05")

    def test_unconfirmed_hints_go_to_extra(self) -> None:
        """A hint the text does not print fills nothing: the head may name what the page does not show."""
        text = "3月4日,某县召开会议,部署全年工作。"
        hints = (Hint("title", "ArticleTitle", "某县部署全年植树工作"), Hint("published", "PubDate", "2021-03-05"))
        article = parse_text(text, None, hints)
        assert article.title is None
        assert article.published is None
        assert dict(article.extra) == {"ArticleTitle": "某县部署全年植树工作", "PubDate": "2021-03-05"}

    def test_source_only_from_a_label(self) -> None:
        """ContentSource never fills source, even where the office is printed (a red header's issuer line)."""
        text = "关于某事的通知\n县政府办\n各乡镇:现将有关事项通知如下。"
        article = parse_text(text, None, (Hint("source", "ContentSource", "县政府办"),))
        assert article.source is None
        assert article.extra["ContentSource"] == "县政府办"

    def test_author_hint(self) -> None:
        """An Author tag fills authors with a printed person, never with the editor the byline credits."""
        text = "某县召开会议\n3月4日,某县召开会议。李明 报道\n编辑:张三"
        assert parse_text(text, None, (Hint("author", "Author", "李明"),)).byline.authors == ("李明",)
        editor = parse_text(text, None, (Hint("author", "Author", "张三"),))
        assert editor.byline.authors == ()
        assert editor.extra["Author"] == "张三"

    def test_metadata_without_a_field(self) -> None:
        """Column, site name, keywords and description go to extra under their labels."""
        hints = (Hint("column", "ColumnName", "工作动态"), Hint("keywords", "Keywords", "植树,春季"))
        assert dict(parse_text(TEXT, None, hints).extra) == {"ColumnName": "工作动态", "Keywords": "植树,春季"}


class TestPrintedHeadline:
    def test_headline_element_wins_over_the_texts_guess(self) -> None:
        """A page's headline element, printed, is the title even where the text took a deck line for it."""
        text = "某县召开春季植树动员会\n全县今春计划植树十万株\n发布时间:2021-03-05\n3月4日,某县召开会议。"
        guessed = parse_text(text)
        assert guessed.title != "某县召开春季植树动员会"  # without markup the line above the date is taken
        article = parse_text(text, None, (Hint("headline", "headline", "某县召开春季植树动员会"),))
        assert article.title == "某县召开春季植树动员会"

    def test_unprinted_headline_fills_nothing(self) -> None:
        """A headline hint the text does not print is no title."""
        article = parse_text("3月4日,某县召开会议,部署全年工作。", None, (Hint("headline", "headline", "另一个标题"),))
        assert article.title is None


def test_author_hint_needs_a_credit() -> None:
    """An Author tag naming a word the page prints only in its menu ("网易首页") credits no one."""
    text = "网易首页 > 新闻\n某县召开会议\n发布时间:2021-03-05\n3月4日,某县召开会议。"
    article = parse_text(text, None, (Hint("author", "author", "网易"),))
    assert article.byline.authors == ()
    assert article.extra["author"] == "网易"
