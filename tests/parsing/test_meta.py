"""Labelled fields: each value is cut at the next known label, not at white space."""

from __future__ import annotations

import datetime as dt

import pytest

from govnews.parsing.labels import label_kind
from govnews.parsing.lines import fold_traditional
from govnews.parsing.meta import extract_views, is_placeholder, split_fields
from govnews.parsing.rows import read_bare_row, read_label_row

FIELDS = [
    (
        "日期:2020-12-28 08:46 浏览次数: 来源:温州日报 字号:[ ]",
        [("published", "2020-12-28 08:46"), ("views", ""), ("source", "温州日报")],
    ),
    (
        "来源: 相山区司法局浏览量:发表时间:2021-06-11 17:39",
        [("source", "相山区司法局"), ("views", ""), ("published", "2021-06-11 17:39")],
    ),
    (
        "作者: 工作动态来源: 点击数: 更新时间:2021/04/16",
        [("author", "工作动态"), ("source", ""), ("views", ""), ("published", "2021/04/16")],
    ),
    ("索 引 号 主题分类 综合政务 \\ 其他", [("index_number", ""), ("topic", "综合政务 \\ 其他")]),
    (
        "发布机构 某市人民政府 文  号 某政发〔2016〕17号",
        [("issuer", "某市人民政府"), ("document_number", "某政发〔2016〕17号")],
    ),
    (
        "[ 索引号 ] | 1170/2021-00035 | [ 发文字号 ] | 某府办发〔2019〕21号 |",
        [("index_number", "1170/2021-00035"), ("document_number", "某府办发〔2019〕21号")],
    ),
    ("成文日期: | 发布日期: | 2023-11-09 | |", [("written", ""), ("published", "2023-11-09")]),
    ("信息来源:某湖市人民政府 | 发布时间:2021-05-12", [("source", "某湖市人民政府"), ("published", "2021-05-12")]),
    ("• 来源:桐河融媒网", [("source", "桐河融媒网")]),
    (
        "發布日期:2022-03-15 資料來源:臺南市政府 瀏覽次數:128",
        [("published", "2022-03-15"), ("source", "臺南市政府"), ("views", "128")],
    ),
    ("主题 词: 综合 主题分类: 综合", [("extra", "综合"), ("topic", "综合")]),
    (
        "发布时间:2018-07-02 18:34 作者:桐溪乡人民政府 阅读人次: 保存 打印",
        [("published", "2018-07-02 18:34"), ("author", "桐溪乡人民政府"), ("views", "")],
    ),
    (
        "| 发布时间 | 2022-03-18 11:04 | 来源 | 县农业农村局 |",
        [("published", "2022-03-18 11:04"), ("source", "县农业农村局")],
    ),
    ("| 作者 | 陈雨桐 | 点击量 | |", [("author", "陈雨桐"), ("views", "")]),
    (
        "回复时间:2024-03-19 16:40  公开日期:2024-03-20",
        [("extra", "2024-03-19 16:40"), ("published2", "2024-03-20")],
    ),
    ("来 信 人:匿名    来信时间:2024-03-15 09:12", [("extra", "匿名"), ("extra", "2024-03-15 09:12")]),
    # a padded name whose last character is a one-character label (文): padding after it is no label's
    ("来源:某乡政府 作者:刘 文 点击:", [("source", "某乡政府"), ("author", "刘 文"), ("views", "")]),
    # synonyms of intensive-platform portals: go-live time, supplying office, outlet, writer, counters
    (
        "上线时间:2025-03-04 15:20 来源单位:县农业农村局 文字:韩立群 点击率:",
        [("published", "2025-03-04 15:20"), ("source", "县农业农村局"), ("author", "韩立群"), ("views", "")],
    ),
    ("出处:县融媒体中心 阅读数:215", [("source", "县融媒体中心"), ("views", "215")]),
    ("网站编辑:欧阳倩", [("editor", "欧阳倩")]),
    # who keyed the item into the CMS: a label of its own, so the source before it is cut
    (
        "信息来源:县财政局预算股  录入:王敏  阅读:120 次",
        [("source", "县财政局预算股"), ("extra", "王敏"), ("views", "120 次")],
    ),
    # a label the vocabulary lacks ends the value before it and keeps its own
    (
        "来源:某县司法局 征集时间:2026-01-12—2026-01-31 作者:司法局",
        [("source", "某县司法局"), ("extra", "2026-01-12—2026-01-31"), ("author", "司法局")],
    ),
    # … but words glued to a known label are the value of the label before, where it has no other
    ("来源: 某镇日期:2021-05-06", [("source", "某镇"), ("published", "2021-05-06")]),
    # a longer label ending with a specific known one is of its kind
    ("内容更新时间:2023-09-01 16:15:25来源:某报", [("published", "2023-09-01 16:15:25"), ("source", "某报")]),
    # labels parted from their values by single spaces, a date label holding a date
    (
        "来源 某某网 发布时间 2019-03-19 12:03 阅读",
        [("source", "某某网"), ("published", "2019-03-19 12:03"), ("views", "")],
    ),
    ("[發文單位] 某区人民政府", [("issuer", "某区人民政府")]),
]


class TestSplitFields:
    @pytest.mark.parametrize(("line", "expected"), FIELDS)
    def test_values_cut_at_next_label(self, line: str, expected: list[tuple[str, str]]) -> None:
        """Every label is found and its value runs to the next one or to a widget.

        Lines are folded as the stages read them (traditional characters to simplified).
        """
        meta = split_fields(fold_traditional(line))
        assert meta is not None
        assert [(f.kind, f.value) for f in meta.fields] == expected

    @pytest.mark.parametrize(
        "line",
        ["关于印发工作规则的通知", "会议名称:推进会", "2019年12月4日是我国第六个宪法日", "数据来源:统计局", "首页"],
    )
    def test_other_lines_are_not_metadata(self, line: str) -> None:
        """A line that does not open with a label or a standalone date is not metadata."""
        assert split_fields(line) is None

    @pytest.mark.parametrize("line", ["[ 2014-01-09 ]", "【2014年1月9日】"])
    def test_bracketed_date_line(self, line: str) -> None:
        """A date alone in brackets (under a headline of a table layout) is a date line."""
        meta = split_fields(line)
        assert meta is not None and meta.date is not None and meta.fields == []

    def test_bracketed_day_without_year_is_no_date(self) -> None:
        """A prev/next link's "[ 08-22 ]" is no date line."""
        assert split_fields("[ 08-22 ]") is None

    def test_unknown_label_opening_known_ones(self) -> None:
        """An unknown label before known ones opens a metadata line; its date is the line's unless it names
        when the document takes effect."""
        written = split_fields("撰写时间:2020-09-16 10:20  来源:某区政府办")
        assert written is not None and written.date is not None
        expected = [("撰写时间", "2020-09-16 10:20"), ("来源", "某区政府办")]
        assert [(f.label, f.value) for f in written.fields] == expected
        valid = split_fields("有效期至:2029-04-30  来源:某县政府办")
        assert valid is not None and valid.date is None

    @pytest.mark.parametrize(("line", "value"), [("作者:阅读次数", ""), ("所属栏目:图片 来源:某县人社局", "图片")])
    def test_value_that_is_a_label(self, line: str, value: str) -> None:
        """A counter's label glued as a value leaves it empty; any other label word is a value like any."""
        meta = split_fields(line)
        assert meta is not None and meta.fields[0].value == value

    @pytest.mark.parametrize(
        ("line", "author"),
        [
            ("作者:语音阅读:", ""),
            ("作者:  语音阅读:", ""),
            ("作者:苏某 语音阅读:", "苏某"),
            ("作者:苏某  语音播报:开", "苏某"),
        ],
    )
    def test_widget_whose_last_word_reads_as_a_label(self, line: str, author: str) -> None:
        """A read-aloud button's first word is no author, however it is set off ("作者:某某  语音阅读:")."""
        meta = split_fields(line)
        assert meta is not None and meta.fields[0].value == author

    def test_bare_counter_after_date_and_time(self) -> None:
        """A number after the date and time alone is the counter; after a day alone it is a table's cell."""
        timed = split_fields("2021-07-20 10:12 5151")
        assert timed is not None and [(f.kind, f.value) for f in timed.fields] == [("views", "5151")]
        day = split_fields("2024年4月1日 312")
        assert day is None or not any(f.kind == "views" for f in day.fields)

    def test_bare_counter_after_date_stamp(self) -> None:
        """A date stamped in ASCII digits is the page's too: a number after it is the counter, a bare 0 none."""
        stamped = split_fields("2023-02-08 316")
        assert stamped is not None and stamped.date is not None
        assert [(f.kind, f.value) for f in stamped.fields] == [("views", "316")]
        undrawn = split_fields("2023-02-08 0")
        assert undrawn is not None and undrawn.date is not None and undrawn.fields == []

    def test_bare_date_line(self) -> None:
        """A date that opens a line, followed by labels, is read as the line's date."""
        meta = split_fields("2017-09-12 00:00:00作者:张素敏来源:东湖街道")
        assert meta is not None and meta.date is not None
        assert [(f.kind, f.value) for f in meta.fields] == [("author", "张素敏"), ("source", "东湖街道")]

    def test_date_line_naming_the_outlet(self) -> None:
        """A date followed by a short name ("2023-09-14 某某日报") is a date line under the headline."""
        meta = split_fields("2023-09-14 某某日报")
        assert meta is not None and meta.date is not None and meta.fields == []

    @pytest.mark.parametrize(
        "line",
        [
            "2023-09-10 某县召开2023年秋季重点项目推进会",
            "2023-09-10 某县召开秋季重点项目推进会议",
            "2023年9月10日,某县召开会议",
        ],
    )
    def test_date_and_headline_or_prose_is_not_metadata(self, line: str) -> None:
        """A list item or prose after a date is longer than a name, or has digits and punctuation."""
        assert split_fields(line) is None

    def test_dated_line_with_weekday(self) -> None:
        """A weekday after the opening date is read over when labels follow it."""
        meta = split_fields("2026年11月29日 星期日  来源:东湖街道办事处  浏览次数:")
        assert meta is not None and meta.date is not None
        assert [(f.kind, f.value) for f in meta.fields] == [("source", "东湖街道办事处"), ("views", "")]

    @pytest.mark.parametrize("line", ["2023年5月8日 星期一", "2023年5月8日 星期一 农历三月十九"])
    def test_clock_line_with_weekday_is_not_metadata(self, line: str) -> None:
        """A date and weekday without a label is a calendar line, not a publish date."""
        assert split_fields(line) is None

    def test_counter_suffix_forms(self) -> None:
        """ "563次浏览" and "浏览4482次" read as counters."""
        first = split_fields("2010/1/6 16:43:13 563次浏览 来源:")
        second = split_fields("发布时间:2021-07-08 浏览4482次")
        assert first is not None and second is not None
        assert [f.value for f in first.fields if f.kind == "views"] == ["563"]
        assert [f.value for f in second.fields if f.kind == "views"] == ["4482"]

    def test_flattened_spill(self) -> None:
        """Prose glued after the last widget of a flattened page is handed back."""
        meta = split_fields(
            "发布时间:2018-10-24 浏览次数: 次 【字体:小 大】 "
            "为弘扬文明新风,做好文明创建工作,区委办组织干部开展志愿服务。"
        )
        assert meta is not None and meta.spill.startswith("为弘扬文明新风")


VIEWS = [
    ("1066", 1066),
    ("[ 207 ]", 207),
    ("0次", 0),
    ("", None),
    ("次", None),
    ("保存 打印", None),
    ("1,286", 1286),
    ("12,345,678次", 12345678),
]


class TestDateClosingAValue:
    """Year-like tokens run together in a value: the date that closes it is found, once each run.

    (Every "2020-" once re-read its run to the end of the value.)
    """

    def test_the_closing_date_is_split_off(self) -> None:
        """After many false starts, the date that closes the value is the line's date."""
        meta = split_fields("来源:县政府办" + " 2020-" * 200 + " 2021-03-05")
        assert meta is not None and meta.date == dt.date(2021, 3, 5)
        assert meta.fields[0].value == "县政府办" + " 2020-" * 200

    def test_years_glued_together_are_no_date(self) -> None:
        """Years glued in one run make no date: the value stays as printed."""
        meta = split_fields("来源:某某日报" + "2020-" * 300 + "1")
        assert meta is not None and meta.date is None
        assert meta.fields[0].value == "某某日报" + "2020-" * 300 + "1"


class TestManyLabelsOnOneLine:
    """Hundreds of labels on one line, each value cut at a cell border (the rest of the line once
    re-read for glued prose after each of them)."""

    def test_every_field_is_read_and_no_prose_spills(self) -> None:
        """Each label gives its field; widgets and borders are no prose."""
        meta = split_fields("来源:某某日报 | 作者:王伟 【打印】 浏览次数:12 " * 300)
        assert meta is not None and meta.spill == ""
        assert [f.value for f in meta.fields] == ["某某日报", "王伟", "12"] * 300

    def test_prose_glued_after_the_last_widget_spills(self) -> None:
        """Prose after the last widget is kept, however many fields come first."""
        prose = "会议指出,要认真落实各项工作部署,确保各项任务落到实处。"
        meta = split_fields("来源:某某日报 作者:王伟 " * 300 + "【打印】 " + prose)
        assert meta is not None and meta.spill == prose
        assert len(meta.fields) == 600


class TestWordsOpeningACell:
    """Words opening a cell after a wide gap, glued to a known label, are that label's: no value's tail."""

    def test_a_qualified_issuer_label_after_an_index_number(self) -> None:
        meta = split_fields("索引号:113300/2024-00311    公开责任部门:市政府办公室")
        assert meta is not None
        assert [(f.kind, f.label, f.value) for f in meta.fields] == [
            ("index_number", "索引号", "113300/2024-00311"),
            ("issuer", "公开责任部门", "市政府办公室"),
        ]

    def test_a_second_name_before_a_label_stays_the_credits(self) -> None:
        meta = split_fields("作者:李四  张三来源:本站")
        assert meta is not None and meta.fields[0].value == "李四  张三"


class TestExtractViews:
    @pytest.mark.parametrize(("value", "expected"), VIEWS)
    def test_values(self, value: str, expected: int | None) -> None:
        """A printed number is the count, 0 included; an empty counter is None."""
        assert extract_views(value) == expected


class TestIsPlaceholder:
    @pytest.mark.parametrize(
        ("value", "expected"), [("未知", True), ("佚名", True), ("admin", True), ("不详", True), ("本站", False)]
    )
    def test_values(self, value: str, expected: bool) -> None:
        """Words that only say "unknown" are placeholders; real names are not."""
        assert is_placeholder(value) is expected


@pytest.mark.parametrize(
    ("label", "kind"),
    [("来源", "source"), ("发布日期", "published"), ("内容更新时间", "published"), ("征集时间", "extra")],
)
def test_label_kind(label: str, kind: str) -> None:
    """A known label's kind, that of a specific known label a longer one ends with, else extra."""
    assert label_kind(label) == kind


def test_label_row_needs_cells() -> None:
    """A row of a label the vocabulary lacks is read as cells; a label alone or with a sentence is text."""
    row = read_label_row("政策咨询电话: | 0551-1234567 |")
    assert row is not None and (row.fields[0].label, row.fields[0].value) == ("政策咨询电话", "0551-1234567")
    assert read_label_row("各乡镇人民政府:") is None
    assert read_label_row("联系人:张三") is None


def test_label_alone_on_its_line_is_read_without_colon() -> None:
    """A bullet-list label printed alone ("• 信息分类") stands as a label; its value is on the next line."""
    meta = split_fields("• 信息分类")
    assert meta is not None and [(f.kind, f.value) for f in meta.fields] == [("topic", "")]
    meta = split_fields("信息索引号")
    assert meta is not None and meta.fields[0].kind == "index_number"


def test_semicolon_list_value_is_not_split_as_prose() -> None:
    """ "分  类 市政府办公室; 市政府、市政府办公室文件;" keeps the listed items in one value."""
    meta = split_fields("索   引   号 20200605-201377 分        类 市人民政府办公室; 市政府、市政府办公室文件;")
    assert meta is not None and not meta.spill
    assert meta.fields[-1].value == "市人民政府办公室; 市政府、市政府办公室文件;"


def test_bare_row_only_under_a_bare_row() -> None:
    """A known label and a space before its value is a table's row under a row printed so; text stays text."""
    above = "索引号 qsx/2023-0015 公开日期: 2023-07-12"
    row = read_bare_row("来源 青山县应急管理局", above)
    assert row is not None and [(f.kind, f.value) for f in row.fields] == [("source", "青山县应急管理局")]
    assert read_bare_row("来源 青山县应急管理局", "索引号:qsx/2023-0015") is None  # the table prints its colons
    assert read_bare_row("来源 广泛,群众参与度高。", above) is None  # a sentence
