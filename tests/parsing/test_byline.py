"""Credits: persons by role, from meta values, datelines and bylines glued to the body."""

from __future__ import annotations

import pytest

from govnews.parsing import parse_text
from govnews.parsing.byline import split_credit
from govnews.parsing.creditlines import (
    extract_dateline,
    extract_trailing_credit,
    is_credit_line,
    is_office_credit,
    is_outlet_credit,
)
from govnews.parsing.names import is_person, split_names

CREDITS = [
    ("记者 周宏科 通讯员 林若溪", (["周宏科", "林若溪"], [], [])),  # a given name ending as a section's (科)
    ("审核 财务科", ([], [], [])),  # a section after an editor's role: no person
    ("编辑:linruoxi", ([], ["linruoxi"], [])),  # an editor's login name
    ("编辑:admin", ([], [], [])),  # a placeholder, no editor
    ("作者:linruoxi", ([], [], [])),  # a login name credits only an editor
    ("作者 张恒 编辑 朱菲 审核 黄杰", (["张恒"], ["朱菲", "黄杰"], [])),
    ("图文:张素伟 审核:张帅", (["张素伟"], ["张帅"], [])),
    ("金集镇人大 李子和", (["李子和"], [], [])),
    ("记者 周大正", (["周大正"], [], [])),
    ("通讯员 陈德慧 实习记者 何涵昭", (["陈德慧", "何涵昭"], [], [])),
    ("记者 韩某 通讯员 吕某 实习生 田某", (["韩某", "吕某", "田某"], [], [])),
    ("文:周敏 摄影:张伟", (["周敏"], [], ["张伟"])),
    ("王土根 马亮", (["王土根", "马亮"], [], [])),
    ("何 琴", (["何 琴"], [], [])),
    ("县政府办供稿", ([], [], [])),
    ("供稿:鼎城区委办", ([], [], [])),
    ("佚名", ([], [], [])),
    ("admin", ([], [], [])),
    # a role qualified by a word glued before it is still a role; a name glued to one is no qualifier
    ("文字:某街道 景某 单位审核:徐某华", (["景某"], ["徐某华"], [])),
    ("审稿人:吴某国  发稿人:李某红", ([], ["吴某国", "李某红"], [])),
    ("记者 周敏 通讯员 李强编辑:钱国强", (["周敏"], [], [])),
    # reporters run together in a dateline, the second role qualified or not ("记者某某见习记者某某")
    ("(记者潘某婷通讯员苏某宣)", (["潘某婷", "苏某宣"], [], [])),
    ("(记者柯如云见习记者林知秋)", (["柯如云", "林知秋"], [], [])),
    ("记者柯如云特约记者林知秋", (["柯如云", "林知秋"], [], [])),
    # a reporter's word right after a label's colon is the persons' title: the label gives their role
    ("责任编辑:记者 黄明 钟丽", ([], ["黄明", "钟丽"], [])),
    ("摄影:记者 黄明", ([], [], ["黄明"])),
    ("文字:记者 黄明 摄影:记者 钟丽", (["黄明"], [], ["钟丽"])),
    ("文/图:记者 黄明", (["黄明"], [], ["黄明"])),  # a joint role names the writer too
]


class TestSplitCredit:
    @pytest.mark.parametrize(("text", "expected"), CREDITS)
    def test_roles(self, text: str, expected: tuple[list[str], list[str], list[str]]) -> None:
        """Names join the list of their role; offices and placeholders join none."""
        credits = split_credit(text)
        assert (credits.authors, credits.editors, credits.photographers) == expected


PERSONS = [
    ("周大正", True),
    ("吴松", True),
    ("阿依古丽·买买提", True),
    ("新闻动态", False),
    ("网管中心", False),
    ("东湖区秦岭镇", False),
    ("文成网编辑", False),
    ("管理员", False),
    ("云梦乡人民政府", False),
    ("本站", False),
    ("本刊", False),  # the outlet naming itself under the text ("…大会。 (本刊)")
    ("本报", False),
    ("央视", False),  # an outlet's short name
    ("消息", False),  # the kind of item a 作者 slot names ("作者:消息")
    ("今日桐河", False),  # a medium's account
    ("供图", False),
    ("综合股", False),
    ("通讯", False),
]


class TestRunsOfSpaces:
    """A long run of spaces in a credit parts names like one space (once read from each of its spaces)."""

    def test_names(self) -> None:
        """The run parts two names; the brackets and colons at the edges go."""
        assert split_names(":(张三" + " " * 300 + "李四)") == ["张三", "李四"]

    def test_photographer_suffix(self) -> None:
        """ "摄" after the run credits every name before it."""
        assert split_credit("张三" + " " * 300 + "李四摄").photographers == ["张三", "李四"]

    def test_credit_line(self) -> None:
        """A unit and a person in parentheses, parted by the run, is a credit line."""
        assert is_credit_line("(西坪乡" + " " * 300 + "王立)")


class TestManyNames:
    def test_each_name_once_in_first_order(self) -> None:
        """Thousands of names: each credited once, where first printed, whatever role repeats it."""
        names = [a + b for a in "王李张刘陈杨黄赵吴周" for b in "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平"]
        credits = split_credit("作者:" + " ".join(names * 3) + " 编辑:" + " ".join(reversed(names)))
        assert credits.authors == names
        assert credits.editors == names[::-1]


class TestIsPerson:
    @pytest.mark.parametrize(("name", "expected"), PERSONS)
    def test_names(self, name: str, expected: bool) -> None:
        """Persons pass; channels, offices, places and placeholders do not."""
        assert is_person(name) is expected


TRAILING = [
    ("完成全年计划95%。(吴松)", ("完成全年计划95%。", "(吴松)")),
    ("书写新篇章。(记者 周大正", ("书写新篇章。", "(记者 周大正")),
    ("环境综合整治。(周壤镇 何丽窕)", ("环境综合整治。", "(周壤镇 何丽窕)")),
    ("拾捡路面垃圾(供稿:鼎城区委办)", ("拾捡路面垃圾", "(供稿:鼎城区委办)")),
    ("确保完成任务。(县政府办供稿)", ("确保完成任务。", "(县政府办供稿)")),
    ("开成务实的大会。 (本刊)", ("开成务实的大会。", "(本刊)")),
    ("公示时间为5个工作日(5个工作日)", None),
    ("(此件公开发布)", None),
    ("二〇〇九年八月十九日(鹤鸣镇 张三)", ("二〇〇九年八月十九日", "(鹤鸣镇 张三)")),
    ("(此件公开发布)(余 雨", ("(此件公开发布)", "(余 雨")),
    ("印发给你们的办法(试行)", None),
]


class TestExtractTrailingCredit:
    @pytest.mark.parametrize(("paragraph", "expected"), TRAILING)
    def test_cases(self, paragraph: str, expected: tuple[str, str] | None) -> None:
        """A glued byline is split off; a parenthesis that is part of the text stays."""
        assert extract_trailing_credit(paragraph) == expected


DATELINES = [
    ("衡东融媒2月23日讯(通讯员 许思思)2月22日,…", "通讯员 许思思"),
    ("某某新闻网讯 (通讯员 叶德文)2月20日,…", "通讯员 叶德文"),
    ("本报讯 记者 张三 近日,…", "记者 张三"),
    ("2月20日,屏门乡召开推进会。", None),
    ("新华社某地11月30日电(记者 王某、李某)初冬时节,…", "记者 王某、李某"),
    ("今年全县新增发电装机(含光伏)12万千瓦,…", None),
    ("本报讯 记者从县农业农村局获悉,…", None),
    ("本报讯 记者张三近日从县里获悉,…", "记者张三"),  # a word of time ends the name
    ("本报讯 记者近日获悉,…", None),  # and is none
    ("本报讯 记者王明、李华近日获悉,…", "记者王明、李华"),
    ("本网讯 吕某某 报道:8月1日,…", "吕某某"),
    ("本网讯 据央视报道:近日,…", None),  # a source, no writer
    ("本网讯 市场监管 报道:近日,…", None),  # a unit
    ("全媒体记者周若楠报道 9月13日上午,…", "全媒体记者周若楠"),  # the writers and 报道 open it, no outlet's 讯
    ("记者从县农业局了解到报道 近日,…", None),
    ("本报讯 记者张三通讯员李四 近日,…", "记者张三通讯员李四"),
    ("本报讯 记者张三、李四 近日,…", "记者张三、李四"),
]


class TestExtractDateline:
    @pytest.mark.parametrize(("paragraph", "expected"), DATELINES)
    def test_cases(self, paragraph: str, expected: str | None) -> None:
        """The credit of a news dateline is read; an ordinary opening has none."""
        assert extract_dateline(paragraph) == expected


CREDIT_LINES = [
    ("文/图 赵国庆", True),
    ("记者 周景和 林若溪 文/图", True),  # the roles closing the names: they wrote it and took the photos
    ("记者 文/图", False),  # roles with no one between them
    ("本报记者周景和", True),  # the role glued to the name
    ("记者节座谈会召开", False),  # a headline opening with 记者节: no person after the role
    ("(西坪乡 王立)", True),
    ("(图文:张素伟 审核:张帅)", True),
    ("(县政府办供稿)", True),
    ("(试行)", False),
    ("(此件公开发布)", False),
    ("(2025年7月30日通过)", False),
    ("文化广场开幕,全县参加。", False),
    ("(二)有下列情形之一的,不得报考:", False),
    ("(三)资格审查 王立", False),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(区纪委监委宣传部)", True),
        ("(三江口街道办事处)", True),
        ("(此件公开发布)", False),
        ("(试行)", False),
        ("(联系单位:县财政局)", False),
    ],
)
def test_office_credit_is_one_office_in_parentheses(line: str, expected: bool) -> None:
    """A line that is only an office's name in parentheses credits that office; notes do not."""
    assert is_office_credit(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("青禾日报网  周景和", True),
        ("桐河县融媒体中心 李明 王芳", True),
        ("桐河县融媒体中心 供图", False),  # a photo credit's word, no person
        ("青禾电视台 视频", False),
        ("青禾日报 评论员", False),
        ("桐河县人民政府 周景和", False),  # an office, no outlet
        ("青禾日报网 周景和 林若溪 张三 李四", False),  # more names than a byline over the text lists
        ("青禾日报网 周景和,林若溪", False),
    ],
)
def test_outlet_credit_is_an_outlet_and_its_writers(line: str, expected: bool) -> None:
    """An outlet's name and its writers' names, set off by spaces, is a reprint's byline; other words are not."""
    assert is_outlet_credit(line) is expected


class TestIsCreditLine:
    @pytest.mark.parametrize(("line", "expected"), CREDIT_LINES)
    def test_lines(self, line: str, expected: bool) -> None:
        """A role line or a parenthesised unit and person is a credit; notes in parentheses are not."""
        assert is_credit_line(line) is expected


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("三审:田成 田成", ("田成",)),
        ("责任编辑:张三 张三 李四", ("张三", "李四")),
    ],
)
def test_name_printed_twice_in_one_credit_is_kept_once(line: str, editors: tuple[str, ...]) -> None:
    """A name repeated inside one credit is one editor, in the compiled build as in the interpreted one.

    collect_credit once added names with ``names.extend(name for name in found
    if name not in names)``: a generator that reads the list the same call
    extends. Interpreted, list.extend appends each name before the generator
    tests the next, so the repeat was dropped; mypyc compiles a generator passed
    to list.extend into a whole list first, so every test ran against the list
    as it was before the call and the compiled parser kept the name twice.
    """
    credits = split_credit(line.partition(":")[2], "editor")
    assert tuple(credits.editors) == editors
    page = f"某县召开安全生产工作会议\n发布时间:2024-01-02\n\n会议要求,各部门要认真落实安全生产责任。\n{line}\n"
    assert parse_text(page).byline.editors == editors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("东沟镇张洁", ["东沟镇", "张洁"]),
        ("沈某某(实习)", ["沈某某"]),
        ("某镇人大", ["某镇人大"]),
        ("第一款所指者", ["第一款所指者"]),
        ("周明远钱进", ["周明远", "钱进"]),
        ("钱进周明远", ["钱进", "周明远"]),
        ("欧阳明远", ["欧阳明远"]),
        ("节日活动开幕", ["节日活动开幕"]),
    ],
)
def test_split_names_parts_unit_and_note(text: str, names: list[str]) -> None:
    """A unit glued to a person's name is parted from it and a note after a name goes; an office stays whole.

    Two names run together part where the second opens with a common surname and one way alone fits; a
    four-character name stays whole, and a run of words that parts into no two names stays as it is.
    """
    assert split_names(text) == names
