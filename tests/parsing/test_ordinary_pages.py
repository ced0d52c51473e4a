"""Ordinary pages that a narrow rule must leave alone.

Each case is a page a rule written from a real page's class could misread: a
colleague's review of that rule found it. The page is ordinary; what it holds
is read as a careful reader reads it.
"""

from __future__ import annotations

from govnews.parsing import parse_text

METADATA = "首页 > 新闻中心 > 本地要闻\n"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse_text(text).body]


class TestHeadlineInTitleMarks:
    def test_a_law_headline_under_the_site_name_is_no_deck(self) -> None:
        """A headline printed whole in title marks, on a page with no metadata, is the headline, not a deck."""
        text = (
            "青禾市人民政府\n《青禾市城市绿化管理办法》\n第一章 总则\n"
            "第一条 为了加强城市绿化管理,改善生态环境,制定本办法。\n"
        )
        assert parse_text(text).title == "《青禾市城市绿化管理办法》"


class TestRestatedHeadline:
    def test_a_byline_over_the_headline_printed_again_is_read(self) -> None:
        """A byline between the date line and the headline printed again over two lines is the byline."""
        text = (
            f"{METADATA}青禾县部署2024年秋冬季森林防火工作\n发布时间:2024-10-08 来源:青禾县融媒体中心\n"
            "记者 孙文静 何亮\n青禾县部署2024年秋冬季\n森林防火工作\n"
            "10月7日,县政府召开森林防火工作会议,对今年秋冬季森林防火工作作出部署。\n"
        )
        article = parse_text(text)
        assert article.byline.authors == ("孙文静", "何亮")
        assert article.body[0].text.startswith("10月7日")


class TestDecksUnderARepeat:
    def test_decks_under_a_news_headline_ending_with_a_kind_word_are_skipped(self) -> None:
        """A news headline may end with 令, 方案, 计划 …: the decks under its repeat are still decks."""
        text = (
            f"{METADATA}青禾县发布秸秆禁烧令\n发布时间:2024-10-02 来源:青禾县融媒体中心\n"
            "青禾县发布秸秆禁烧令\n秋收期间全域禁烧\n违规焚烧依法查处\n"
            "10月1日,县政府发布秸秆禁烧令,禁烧期自即日起至11月30日止。\n"
        )
        assert parse_text(text).body[0].text.startswith("10月1日")


class TestFirstLineKinds:
    def test_a_numbered_heading_ending_with_the_public_stays_a_heading(self) -> None:
        """Only an addressee is a paragraph: a numbered heading that ends with 群众 is a heading."""
        text = (
            f"{METADATA}青禾县扎实开展为民办实事活动\n发布时间:2024-06-12 来源:县委办\n"
            "一、深入走访调研 倾听基层群众\n全县干部深入村组走访,收集意见建议500余条。\n"
            "二、聚焦急难愁盼 推动问题解决\n各部门建立问题清单,逐项推动解决。\n"
        )
        assert _kinds(text)[0] == ("heading", "一、深入走访调研 倾听基层群众")

    def test_a_phrase_with_a_comma_and_ge_is_no_addressee(self) -> None:
        """A heading whose first words are no office's name is no addressee, though ",各" follows them."""
        text = (
            f"{METADATA}县政府召开全县消防安全工作会议\n发布时间:2024-06-12 来源:县应急管理局\n"
            "凝聚工作合力,各村各单位\n6月11日,县政府召开全县消防安全工作会议,部署下一阶段工作。\n"
        )
        assert _kinds(text)[0] == ("heading", "凝聚工作合力,各村各单位")


class TestCaptionOpeningText:
    def test_a_photo_source_line_opening_the_text_is_dropped(self) -> None:
        """Only a caption that tells what the photo shows (图为…) is kept as the text's first paragraph."""
        text = (
            f"{METADATA}青禾县举办秋季招聘会\n发布时间:2024-09-20 来源:县人社局\n"
            "图片来源:青禾县融媒体中心\n9月19日,青禾县秋季招聘会在县人力资源市场举行,56家企业参会。\n"
        )
        assert parse_text(text).body[0].text.startswith("9月19日")

    def test_a_short_caption_opening_the_text_is_a_paragraph(self) -> None:
        """A short 图为 caption kept as the first line is a paragraph, not a heading."""
        text = (
            f"{METADATA}青禾县举办秋季招聘会\n发布时间:2024-09-20 来源:县人社局\n"
            "图为招聘会现场\n9月19日,青禾县秋季招聘会在县人力资源市场举行,56家企业参会。\n"
        )
        assert _kinds(text)[0] == ("paragraph", "图为招聘会现场")


class TestValuesPrintedAgain:
    def test_a_document_number_printed_again_in_other_brackets_is_not_extra(self) -> None:
        """The same 文号 printed in the table and again in square brackets is one value, not an extra."""
        text = (
            "首页 > 信息公开 > 政策文件\n索引号:11330100002504125T/2024-00311    主题分类:综合政务\n"
            "文号:青政办发〔2024〕12号    发布日期:2024-04-02\n"
            "青禾县人民政府办公室关于做好春季植树造林工作的通知\n发布时间:2024-04-02 文号:青政办发[2024]12号\n"
            "各乡镇人民政府,县直各单位:\n为做好今年春季植树造林工作,现将有关事项通知如下。\n"
        )
        assert "文号" not in parse_text(text).extra
