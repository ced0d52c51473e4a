"""Regions: the breadcrumb, the headline and the start and end of the body."""

from __future__ import annotations

import pytest

from govnews.parsing.lines import clean_lines, trim_lines
from govnews.parsing.segment import segment_page
from govnews.parsing.trail import select_breadcrumb


def _lines(text: str) -> list[str]:
    """The page's lines as the stages receive them (trimmed and cleaned; these texts need no folding)."""
    return clean_lines(trim_lines(text))


TRAILS = [
    ("您的位置:首页  ->  市政府信息", ["首页", "市政府信息"]),
    ("当前位置: 首页 >> 政务公开 >> 正文", ["首页", "政务公开", "正文"]),
    ("您现在的位置:首页 » 通知公告", ["首页", "通知公告"]),
    ("当前位置 :首页 > 信息公开 > 区政府文件", ["首页", "信息公开", "区政府文件"]),
    ("您所在的位置:首页->信息公开->法规文件", ["首页", "信息公开", "法规文件"]),
    ("当前位置: 首页 -基层传真", ["首页", "基层传真"]),
    ("首页/ 业务工作 / 正文", ["首页", "业务工作", "正文"]),
    ("当前位置: 首页青湖快讯", ["首页", "青湖快讯"]),
    ("您当前的位置: 某县生态环境局 > 乡村动态", ["某县生态环境局", "乡村动态"]),
    ("当前位置:", []),
    ("当前位置是:首页-新闻中心-基层动态", ["首页", "新闻中心", "基层动态"]),
    ("网站首页→新闻中心→卫健要闻", ["网站首页", "新闻中心", "卫健要闻"]),
    (">>您当前所在的位置是:首页 -> 专题", ["首页", "专题"]),
    ("• 您现在位置: 网站首页 > 资讯中心", ["网站首页", "资讯中心"]),
    ("某市年鉴 您现在所在的位置 : 首页 > 年鉴", ["首页", "年鉴"]),
    ("图标 首页 > 新闻中心 > 会议召开 返回首页", ["首页", "新闻中心", "会议召开"]),
    # a slash glued between two names is no separator where others part the items; alone it is one
    ("当前位置:首页 >政务公开 >预算/决算 >预算公开", ["首页", "政务公开", "预算/决算", "预算公开"]),
    ("当前位置:首页/政务公开/预算公开", ["首页", "政务公开", "预算公开"]),
]


class TestSelectBreadcrumb:
    @pytest.mark.parametrize(("line", "items"), TRAILS)
    def test_trails(self, line: str, items: list[str]) -> None:
        """Any label and separator: the label and separators are removed, the items kept."""
        found = select_breadcrumb(_lines(line), 5)
        assert found is not None and found[1] == items

    def test_runs_inside_an_item_stay_in_it(self) -> None:
        """A run of spaces or hyphens that parts nothing is part of its item, as printed."""
        spaces, hyphens = " " * 300, "-" * 300
        assert select_breadcrumb(["首页 > 新闻" + spaces + "动态"], 1) == (0, ["首页", "新闻" + spaces + "动态"])
        assert select_breadcrumb(["首页 > 新闻" + hyphens + "动态"], 1) == (0, ["首页", "新闻" + hyphens + "动态"])

    def test_a_long_arrow_is_one_separator(self) -> None:
        """Hyphens up to a ">" make one arrow, however many."""
        assert select_breadcrumb(["妇女儿童 > 工作" + "-" * 300 + ">动态"], 1) == (0, ["妇女儿童", "工作", "动态"])

    def test_trail_broken_over_two_lines(self) -> None:
        """A trail continued on the next line is joined."""
        found = select_breadcrumb(["当前位置: 首页", ">政务频道 >政务公开"], 2)
        assert found is not None and found[1] == ["首页", "政务频道", "政务公开"]

    def test_no_trail(self) -> None:
        """A page without a trail has none."""
        assert select_breadcrumb(["关于印发工作规则的通知", "发布日期:2020-01-01"], 2) is None


PAGES = [
    (
        "title above meta",
        "导航栏目\n青禾县召开会议\n发布时间:2020-01-02\n正文第一段,内容充实完整。",
        "青禾县召开会议",
        "正文第一段,内容充实完整。",
    ),
    (
        "title printed twice",
        "青禾县条例\n青禾县条例\n(2020年1月1日通过)\n第一条 为了规范工作,制定本条例。",
        "青禾县条例",
        "(2020年1月1日通过)",
    ),
    (
        "title below table",
        "索引号:001/2020-1\n发布机构:青禾县政府\n关于印发规则的通知\n各乡镇:\n现印发给你们,请遵照执行。",
        "关于印发规则的通知",
        "各乡镇:",
    ),
    (
        "labelled title",
        "名称:县农业局工作计划\n发布日期:2024-01-15\n2024年,县农业局将重点抓好粮食生产。",
        "县农业局工作计划",
        "2024年,县农业局将重点抓好粮食生产。",
    ),
    ("no headline", "发布机构:青禾市科技局\n公开日期: 2019-08-05", None, None),
]


class TestSegmentPage:
    @pytest.mark.parametrize(("case", "text", "title", "first"), PAGES, ids=[p[0] for p in PAGES])
    def test_title_and_body_start(self, case: str, text: str, title: str | None, first: str | None) -> None:
        """The headline is found by its labels, its repeat or its place by the metadata."""
        page = segment_page(_lines(text))
        assert page.title == title
        assert (page.body[0] if page.body else None) == first

    def test_body_ends_at_footer_and_credits(self) -> None:
        """The body stops at a credit line or a footer; the credit is read as a tail field."""
        text = "标题文字\n发布时间:2020-01-02\n正文一段,内容完整。\n责任编辑:达珍\n扫一扫在手机打开当前页"
        page = segment_page(_lines(text))
        assert page.body == ["正文一段,内容完整。"]
        assert [(f.kind, f.value) for m in page.tail for f in m.fields] == [("editor", "达珍")]

    @pytest.mark.parametrize("line", ["【责任编辑:达珍】", "[编辑:达珍]"])
    def test_bracketed_credit_after_body_is_read(self, line: str) -> None:
        """A credit line in brackets after the body ends it and is read as a tail field."""
        text = f"标题文字\n发布时间:2020-01-02\n正文一段,内容完整。\n{line}\n相关新闻:"
        page = segment_page(_lines(text))
        assert page.body == ["正文一段,内容完整。"]
        assert [(f.kind, f.value) for m in page.tail for f in m.fields] == [("editor", "达珍")]

    def test_trail_one_item_a_line(self) -> None:
        """A label alone, then items and separators one a line, is one trail; the headline follows it."""
        text = "当前位置:\n首页\n>\n新闻中心\n>\n部门动态\n某县开展森林防火检查\n来源:县林业局\n正文一段,内容完整。"
        page = segment_page(_lines(text))
        assert page.breadcrumb == ["首页", "新闻中心", "部门动态"]
        assert page.title == "某县开展森林防火检查"

    def test_label_without_trail_keeps_the_headline(self) -> None:
        """A label whose trail was not captured gives no items; the line under it is the headline."""
        text = "当前位置:\n某县开展森林防火检查\n来源:县林业局\n正文一段,内容完整。"
        page = segment_page(_lines(text))
        assert page.breadcrumb == []
        assert page.title == "某县开展森林防火检查"

    def test_table_of_contents_entry_is_no_repeated_headline(self) -> None:
        """A numbered section listed in a contents table and again as its heading is not the headline."""
        text = (
            "发布日期:2024-02-09\n某区司法局2024年部门预算公开说明\n目 录\n第一部分 某区司法局概况\n"
            "第二部分 名词解释\n第一部分 某区司法局概况\n"
            "  某区司法局是区政府工作部门,负责全区法治建设、人民调解、法律援助等工作。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某区司法局2024年部门预算公开说明"
        assert page.body[0] == "目 录"

    def test_issuer_line_repeating_site_banner_is_not_headline(self) -> None:
        """A site banner printed again as an issuer line under the metadata is no repeated headline."""
        text = (
            "岭南省统计局\n当前位置:首页 > 统计数据\n岭南省2025年统计公报\n发布时间:2026-03-02 09:30\n"
            "岭南省统计局\n2026年3月2日\n2025年,全省经济运行总体平稳。"
        )
        page = segment_page(_lines(text))
        assert page.title == "岭南省2025年统计公报"
        assert page.body[0] == "2025年,全省经济运行总体平稳。"

    def test_red_header_skipped(self) -> None:
        """The 文号, issuer line and split headline between metadata and addressee are not body."""
        text = (
            "青禾市政府办公室关于印发办法的通知\n发布日期:2020-01-01\n青政办发〔2020〕1号\n"
            "青禾市政府办公室\n关于印发办法的通知\n各县区:\n现印发给你们,请遵照执行。"
        )
        page = segment_page(_lines(text))
        assert page.body[0] == "各县区:"
        assert page.document_numbers == ["青政办发〔2020〕1号"]

    @pytest.mark.parametrize("marker", ["A类", "(C类)"])
    def test_reply_category_skipped(self, marker: str) -> None:
        """The reply category above the issuer of a reply to a proposal is red header, not body."""
        text = (
            "关于某号提案的答复\n发布日期:2024-06-27\n\n" + marker + "\n某市某局\n某建函〔2024〕18号\n"
            "张某委员:\n  您提出的建议收悉,现答复如下。"
        )
        assert segment_page(_lines(text)).body[0] == "张某委员:"

    def test_announcement_number_without_brackets_skipped(self) -> None:
        """An announcement's number under the headline ("某局公告2023年第4号") is a 文号 line, not body."""
        text = (
            "某市税务局关于某事项的公告\n发布日期:2023-07-14\n某市税务局公告2023年第4号\n"
            "  为规范某项管理,现将有关事项公告如下。"
        )
        page = segment_page(_lines(text))
        assert page.body[0] == "为规范某项管理,现将有关事项公告如下。"
        assert page.document_numbers == ["某市税务局公告2023年第4号"]

    def test_document_number_with_a_run_of_spaces(self) -> None:
        """A 文号 padded with a long run of spaces is still one; text in its place makes it none."""
        gap = " " * 300
        body = ["各乡镇:", "现将有关事项通知如下,请认真贯彻执行。"]
        page = segment_page(["关于做好安全生产工作的通知", "某政发〔2020〕" + gap + "12号", *body])
        assert page.document_numbers == ["某政发〔2020〕" + gap + "12号"] and page.body == body
        page = segment_page(["关于做好安全生产工作的通知", "某政发〔2020〕" + gap + "x号", *body])
        assert page.document_numbers == []

    def test_many_labels_alone_each_get_the_value_under_them(self) -> None:
        """Hundreds of label lines, each with its value on the next line, are all read (in order)."""
        pairs = [("信息分类", "财政审计"), ("作者", "王伟"), ("作者", "李娜")] * 100
        body = ["现将有关事项通知如下,请认真贯彻执行。"]
        page = segment_page(["关于印发工作规则的通知", *(line for pair in pairs for line in pair), *body])
        assert [(m.fields[0].label, m.fields[0].value) for m in page.head] == pairs
        assert page.body == body

    def test_many_document_numbers_are_each_listed_once(self) -> None:
        """Hundreds of 文号 lines under the headline: each is listed once, in order, none taken for the body."""
        numbers = [f"某政发〔2020〕{i}号" for i in range(300)]
        body = ["现将有关事项通知如下,请认真贯彻执行。"]
        page = segment_page(["关于印发工作规则的通知", "发布时间:2020-01-01", *numbers, *body])
        assert page.document_numbers == numbers and page.body == body

    def test_pieces_of_a_headline_too_long_to_be_one_stay_in_the_body(self) -> None:
        """A line longer than any headline is matched whole: lines that are pieces of it are no repeats."""
        body = ["各乡镇:", "现将有关事项通知如下,请认真贯彻执行。"]
        piece = "甲乙丙丁:"
        assert segment_page([piece * 10 + "戊", *[piece] * 3, *body]).body == body
        page = segment_page([piece * 100 + "戊", *[piece] * 300, *body])
        assert page.title == piece * 100 + "戊"
        assert page.body == [*[piece] * 300, *body]


class TestTrailBrokenAfterSeparator:
    def test_second_line_of_trail_is_joined(self) -> None:
        """A trail line ending in a separator goes on with a trail of short items below."""
        lines = _lines("您所在的位置:首页 > 政务公开 >\n政府文件 > 规范性文件\n\n某县关于某事的通知")
        assert select_breadcrumb(lines, 3) == (0, ["首页", "政务公开", "政府文件", "规范性文件"])

    def test_headline_under_trail_ending_in_separator_stays_headline(self) -> None:
        """A headline under "首页 > 焦点新闻>" is not taken into the trail."""
        lines = _lines("您的位置:首页 > 焦点新闻>\n青禾市公布第二批乡村治理示范村名单")
        assert select_breadcrumb(lines, 2) == (0, ["首页", "焦点新闻"])

    def test_last_item_alone_joins_where_a_long_headline_is_left(self) -> None:
        """A short line under "首页>政府信息公开>" is the last item when a long headline follows."""
        text = (
            "您当前所在位置:首页>政府信息公开>\n规范性文件\n\n索引号:\n发布日期:2022-10-31\n\n"
            "某市某局关于印发《某市某项管理办法》的通知\n\n"
            "各县(市、区)某局:\n\n  为规范某项工作,制定本办法,现印发给你们。"
        )
        page = segment_page(_lines(text))
        assert page.breadcrumb == ["首页", "政府信息公开", "规范性文件"]
        assert page.title == "某市某局关于印发《某市某项管理办法》的通知"

    def test_short_headline_alone_under_trail_stays_headline(self) -> None:
        """A short headline under a trail ending in ">" is not taken into the trail."""
        text = (
            "您的位置:首页 > 领导之窗>\n县领导工作分工调整\n\n"
            "发布日期:2022-10-31\n\n  根据工作需要,县政府领导工作分工调整如下。"
        )
        page = segment_page(_lines(text))
        assert page.breadcrumb == ["首页", "领导之窗"]
        assert page.title == "县领导工作分工调整"


class TestLeadersDeck:
    """A deck naming the leaders who attended ("市领导某某某某参加") is the subtitle, never the headline or the text."""

    def test_under_the_headline(self) -> None:
        text = "桐河县召开春耕生产现场会\n市领导周景和出席\n4月2日,现场会在青石镇召开,各乡镇负责人参加。\n"
        page = segment_page(_lines(text))
        assert (page.title, page.subtitle) == ("桐河县召开春耕生产现场会", "市领导周景和出席")
        assert page.body == ["4月2日,现场会在青石镇召开,各乡镇负责人参加。"]

    def test_over_the_text_with_no_headline(self) -> None:
        text = "市领导周景和出席\n4月2日,桐河县春耕生产现场会在青石镇召开,各乡镇负责人参加。\n"
        page = segment_page(_lines(text))
        assert (page.title, page.subtitle) == (None, "市领导周景和出席")
        assert page.body == ["4月2日,桐河县春耕生产现场会在青石镇召开,各乡镇负责人参加。"]

    def test_a_sentence_saying_who_attended_is_text(self) -> None:
        text = "桐河县召开春耕生产现场会\n4月2日,现场会在青石镇召开。\n县领导周景和、林若溪参加。\n"
        assert segment_page(_lines(text)).body[-1] == "县领导周景和、林若溪参加。"


class TestNewClasses:
    def test_short_lone_labels_in_a_run_of_pairs(self) -> None:
        """ "作者" / "温晓玲" right after another label's value is a label and its value."""
        text = (
            "某县学生喝上放心奶\n发表时间\n2019-09-06 08:47\n信息来源\n某县教育局\n作者\n温晓玲\n\n"
            "  新学期伊始,某县学生每天在校免费喝上牛奶,家长们十分满意。"
        )
        page = segment_page(_lines(text))
        fields = {f.kind: f.value for meta in page.head for f in meta.fields}
        assert fields["author"] == "温晓玲"
        assert page.title == "某县学生喝上放心奶"

    def test_short_lone_title_label_counts_in_page_order(self) -> None:
        """A short "标题" label alone on its line, read after the other labels, still comes before a later 名称.

        The head's labels are kept in a dict by line; the short lone labels are
        read last, so the dict must be put back in page order before the first
        title label is taken.
        """
        text = (
            "发布时间:\n2024-03-05\n标题\n某镇召开防汛工作会议\n来源\n某镇人民政府\n名称:某镇防汛工作简报\n\n"
            "3月5日,某镇召开防汛工作会议,部署今年防汛各项工作,要求各村做好准备。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某镇召开防汛工作会议"
        assert [f.kind for meta in page.head for f in meta.fields] == ["published", "title", "source", "title"]

    def test_headline_with_credit_word_prefix(self) -> None:
        """ "图文:某乡…盛花期" is a headline with a column prefix; "作者:某县融媒体中心" stays a credit."""
        text = "图文:某乡万亩油菜花进入盛花期\n发布日期:2024-03-20\n  连日来,某乡万亩油菜花进入盛花期,游客纷至沓来。"
        page = segment_page(_lines(text))
        assert page.title == "图文:某乡万亩油菜花进入盛花期"
        text = (
            "某乡举办农民运动会\n作者:某县融媒体中心新闻部\n发布日期:2024-03-20\n"
            "  近日,某乡举办农民运动会,吸引群众参加。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某乡举办农民运动会"
        assert [f.kind for meta in page.head for f in meta.fields] == ["author", "published"]

    def test_issuer_banner_above_table_is_not_the_headline(self) -> None:
        """ "某市某局" above the table and "某市某局关于…的通知" under it: the longer line is the headline."""
        text = (
            "某市某局\n索引号 QH-2024-0031 发布机构 某市某局 发布日期 2024-05-10\n"
            "某市某局关于做好某项工作的通知\n\n各县(市、区)某局:\n  为做好某项工作,现将有关事项通知如下。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某市某局关于做好某项工作的通知"
        assert page.body[0] == "各县(市、区)某局:"

    def test_headline_above_table_stays_where_the_line_below_differs(self) -> None:
        """A short office-like headline above the metadata stays when nothing under it opens with it."""
        text = "某镇文化站\n发布日期:2024-05-10\n一、基本情况\n  某镇文化站建于1998年,现有馆舍一处。"
        assert segment_page(_lines(text)).title == "某镇文化站"

    def test_empty_label_does_not_take_the_next_label(self) -> None:
        """An empty "文号" / "主题分类" above "来源" / "作者" keeps no value; the short label reads its own."""
        text = (
            "某局关于某事项的公示\n索引号\nQH-2024-0012\n发布日期\n2024-04-30 10:15\n文号\n\n来源\n某某科\n"
            "主题分类\n\n作者\n林晓岚\n\n  根据有关规定,现将某事项予以公示,公示期间如有异议请反映。"
        )
        page = segment_page(_lines(text))
        fields = {f.kind: f.value for meta in page.head for f in meta.fields}
        assert fields["document_number"] == ""
        assert fields["source"] == "某某科"
        assert fields["topic"] == ""
        assert fields["author"] == "林晓岚"

    def test_empty_docno_does_not_take_the_headline(self) -> None:
        """An empty "文号:" above the headline keeps no value."""
        text = (
            "• 索引号:ZX-2020-01884\n• 文号:\n\n"
            "某县召开2020年第三季度经济运行分析会\n\n"
            "发布日期:2020-10-21\n\n"
            "  10月20日,某县召开会议,听取各部门前三季度经济运行情况汇报。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某县召开2020年第三季度经济运行分析会"

    def test_issuer_and_docno_red_header_skipped(self) -> None:
        """The red header "某市人民政府" / "某政人〔2022〕9号" comes before the addressee."""
        text = (
            "关于某某同志职务任免的通知\n\n"
            "发布时间:2022-03-17 10:05:33\n\n"
            "某市人民政府\n某政人〔2022〕9号\n\n"
            "各县(市、区)人民政府:\n\n"
            "  经市人民政府研究决定,任命某某为某局副局长。"
        )
        page = segment_page(_lines(text))
        assert page.body[0] == "各县(市、区)人民政府:"

    def test_site_banner_above_trail_is_not_the_headline(self) -> None:
        """A site name above the trail yields to the headline under the metadata."""
        text = (
            "某镇人民政府门户网站\n当前位置:首页>政务公开>正文\n"
            "· 发文机关:\n  某镇人民政府\n· 发布日期:\n  2024-03-06 10:20\n"
            "某镇中心区规划草案公示\n"
            "  根据有关规定,现将规划草案予以公示,公示时间为三十日,欢迎提出意见。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某镇中心区规划草案公示"
        assert page.body[0].startswith("根据有关规定")

    @pytest.mark.parametrize(
        "menu", ["首页  走进某县  政务公开  互动交流", "专题专栏", "首页 政务公开 政务服务 互动交流"]
    )
    def test_menu_above_trail_is_not_the_headline(self, menu: str) -> None:
        """A menu line above the trail yields to the headline under a disclosure table."""
        text = (
            f"某县人民政府\n{menu}\n当前位置:首页 > 政务公开 > 部门文件\n"
            "索引号  001-2024-00077  发布日期  2024-05-08\n"
            "某县交通运输局关于做好汛期安全管理工作的通知\n"
            "各乡镇人民政府:\n  为切实做好汛期安全管理,保障群众安全出行,现就有关事项通知如下。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某县交通运输局关于做好汛期安全管理工作的通知"
        assert page.body[0] == "各乡镇人民政府:"

    def test_headline_above_trail_is_kept(self) -> None:
        """A headline printed above the trail stays the headline: it is no menu."""
        text = (
            "某县召开安全生产工作会议\n当前位置:首页 > 新闻中心\n"
            "发布时间:2024-05-08\n某县人民政府办公室\n"
            "  5月7日,某县召开安全生产工作会议,部署下一阶段重点工作。"
        )
        page = segment_page(_lines(text))
        assert page.title == "某县召开安全生产工作会议"

    def test_credit_line_above_body_is_a_credit(self) -> None:
        """A byline line between the metadata and the text is a credit, and the body follows it."""
        text = (
            "某镇稻虾共作迎来丰收季\n2024-06-12 15:20:41   来源:某镇融媒\n记者 钱海洋 通讯员 乔雪\n"
            "  6月11日,在某镇稻虾共作示范基地,农户们驾着小船收虾,一派忙碌景象。"
        )
        page = segment_page(_lines(text))
        assert page.credits == ["记者 钱海洋 通讯员 乔雪"]
        assert page.body[0].startswith("6月11日")

    def test_bare_issuer_and_name_cells_read(self) -> None:
        """【 发文单位 】 and 【 信息名称 】 cells are labels without a colon."""
        text = (
            "某县人民政府\n您所在的位置:首页 >> 政务公开 >> 政府文件\n"
            "【 发文单位 】 | 某县人民政府办公室 | 【 成文日期 】 | 2023-04-11\n"
            "【 信息名称 】 | 某县人民政府办公室关于下达养护资金的通知\n"
            "某县人民政府办公室关于下达养护资金的通知\n"
            "各乡镇人民政府,县政府各部门:\n"
            "  经县人民政府同意,现将养护资金下达给你们,请专款专用,确保资金使用效益。"
        )
        page = segment_page(_lines(text))
        fields = {f.kind: f.value for meta in page.head for f in meta.fields}
        assert fields["issuer"] == "某县人民政府办公室"
        assert page.title == "某县人民政府办公室关于下达养护资金的通知"
        assert page.body[0] == "各乡镇人民政府,县政府各部门:"

    def test_related_interpretation_link_ends_the_body(self) -> None:
        """A "相关解读:…" link line after the signature is a footer."""
        text = (
            "某县公布非遗名录\n发布日期:2024-01-10\n"
            "  经评审,现公布某县第三批县级非物质文化遗产代表性项目名录,请认真做好保护工作。\n"
            "某县人民政府\n二〇二四年一月十日\n相关解读:图解《某县非遗名录》"
        )
        page = segment_page(_lines(text))
        assert page.body[-1] == "二〇二四年一月十日"

    def test_reposted_story_notes_are_neither_headline_nor_body(self) -> None:
        """ "原标题:…" under the headline and "本文转自:…" after the text are provenance notes."""
        text = (
            "某县茶叶俏销海外\n原标题:某县春茶首批出口订单装船发运\n"
            "发布时间:2024-04-02 09:10 来源:某某日报\n"
            "  4月1日,某县首批出口春茶在县物流园装箱发运,销往东南亚市场。\n"
            "本文转自:某某日报客户端\n责任编辑:郑欣"
        )
        page = segment_page(_lines(text))
        assert page.title == "某县茶叶俏销海外"
        assert page.body == ["4月1日,某县首批出口春茶在县物流园装箱发运,销往东南亚市场。"]

    def test_source_glued_to_last_paragraph_is_the_source(self) -> None:
        """ "(来源:某局)" closing the last paragraph is cut off and read as the source, not as a credit."""
        text = "某局政策解读\n发布日期:2024-09-05\n  新政策自2024年10月1日起施行。(来源:市财政局)"
        page = segment_page(_lines(text))
        assert page.body == ["新政策自2024年10月1日起施行。"]
        assert [(f.kind, f.value) for meta in page.tail for f in meta.fields] == [("source", "市财政局")]
        assert page.credits == []

    @pytest.mark.parametrize("mark", ["(完)", "(全文完)"])
    def test_end_mark_closing_the_text_is_cut(self, mark: str) -> None:
        """A wire-style end mark glued to the last paragraph, or alone under it, is no part of the text."""
        head = "某县举办村晚\n发布时间:2025-01-22\n"
        for text in (f"{head}  村晚活动在古镇开幕。{mark}", f"{head}  村晚活动在古镇开幕。\n{mark}"):
            assert segment_page(_lines(text)).body[-1] == "村晚活动在古镇开幕。"

    def test_red_header_file_line_skipped(self) -> None:
        """ "某县人民政府办公室文件" over the 文号 line is the red header, not the text."""
        text = (
            "某县人民政府办公室关于加强学校安全管理的通知\n发布日期:2008-10-17  来源:县政府办\n"
            "某县人民政府办公室文件\n某府办发〔2008〕112号\n"
            "各乡镇人民政府,县政府各部门:\n  为切实保障师生安全,现就有关事项通知如下。"
        )
        page = segment_page(_lines(text))
        assert page.body[0] == "各乡镇人民政府,县政府各部门:"
        assert page.document_numbers == ["某府办发〔2008〕112号"]

    def test_trail_row_with_headline_and_metadata_cells_is_split(self) -> None:
        """A table row printed as one line, cells parted by wide gaps, gives trail, headline and metadata."""
        text = (
            "某乡人民政府\n首页      乡情简介      政务公开      新闻动态\n"
            "当前位置:首页 > 新闻动态      某乡召开冬修水利动员会      2012-11-05      来源:某乡\n"
            "  11月2日,某乡召开冬季农田水利基本建设动员大会,部署今冬明春水利建设任务。"
        )
        page = segment_page(_lines(text))
        assert page.breadcrumb == ["首页", "新闻动态"]
        assert page.title == "某乡召开冬修水利动员会"
        assert [(f.kind, f.value) for meta in page.head for f in meta.fields] == [("source", "某乡")]

    def test_padded_trail_is_not_split(self) -> None:
        """Padding around a trail's separators is no cell gap."""
        page = segment_page(_lines("当前位置:首页  >>  政务公开  >>  正文\n某县召开会议\n发布日期:2024-01-02"))
        assert page.breadcrumb == ["首页", "政务公开", "正文"]
