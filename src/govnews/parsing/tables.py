"""Vocabularies and patterns of portal pages, kept as data.

Every label, synonym, date form, furniture marker and placeholder the
parser knows lives here, as named constants with a comment that says what
class of pages it serves. The other modules hold the logic; a new portal
should usually need a new entry here, not new code.
"""

from __future__ import annotations

import re
from typing import Final

# ---------------------------------------------------------------------------
# Field labels
# ---------------------------------------------------------------------------

#: Field kinds a label may name. ``published2`` is a fallback publish date
#: (生成日期 and kin), used only where no ``published`` label is printed.
#: ``extra`` labels are read into ``Article.extra``; ``skip`` labels are page
#: furniture that looks like a label (the value is not worth keeping).
FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("标题", "名称", "信息名称", "文件名称", "标題", "名稱"),
    "subtitle": ("副标题", "引题", "副題", "副题", "副標題"),
    "published": (
        "发布日期", "发布时间", "发表时间", "发表日期", "发稿时间", "更新时间", "更新日期",
        "信息时间", "上载日期", "上传时间", "公开日期", "刊登日期", "录入时间", "添加时间", "上线时间",
        "日期", "时间", "發布日期", "發佈日期", "發布時間", "發佈時間", "更新時間", "日期時間",
        "時間", "資料更新日期", "资料更新日期",
    ),
    "published2": ("生成日期", "发文日期", "产生日期", "印发日期", "发文时间"),
    "written": ("成文日期", "成文时间", "成文日期時間"),
    "source": (
        "来源", "信息来源", "文章来源", "新闻来源", "消息来源", "稿件来源", "稿源", "来自",
        "资料来源", "來源", "資料來源", "信息來源", "文章來源",
        # the supplying office ("来源单位:市农业农村局"), the outlet ("出处:市生态环境局办公室")
        "来源单位", "出处",
        # where a reposted story was taken from, a note under it ("本文转自:某某日报"): a 来源
        # printed in the metadata wins, this one is kept in ``extra``
        "转自", "本文转自", "转载自", "本文转载自",
    ),
    "author": (
        "作者", "撰稿", "撰稿人", "撰文", "通讯员", "记者", "供稿", "图文", "文字", "文", "作 者", "通訊員", "記者",
    ),
    "editor": (
        "责任编辑", "编辑", "网络编辑", "网站编辑", "值班编辑", "编审", "责编", "一审", "二审", "三审",
        "初审", "复审", "终审", "审核", "信息审核", "审稿", "审校", "校对", "签发",
        "編輯", "責任編輯", "審核", "責編", "一審", "二審", "三審", "校對", "編審",
    ),
    "photographer": ("摄影", "摄像", "图片", "攝影", "圖片"),
    "views": (
        "浏览次数", "阅读次数", "访问次数", "点击次数", "点击数", "点击量", "浏览量", "总浏览量",
        "访问量", "阅读量", "阅读人次", "浏览人次", "点击", "浏览", "阅读", "人气", "查看次数", "查看量",
        # counters of intensive-platform portals ("阅读数: 2043", an empty "点击率:")
        "阅读数", "点击率",
        "瀏覽次數", "點擊數", "點閱次數", "瀏覽量",
        # a counter printed as a phrase after the body ("已阅读563次")
        "已阅读", "已浏览",
    ),
    "index_number": ("索引号", "信息索引号", "索引號"),
    "document_number": ("文号", "发文字号", "文件编号", "发文文号", "文件文号", "文號", "發文字號"),
    "issuer": (
        "发布机构", "发文机关", "发文机构", "发布部门", "发布单位", "制发机关", "发文单位",
        "发布", "發布機構", "發文機關", "發布機關", "發文機構", "發布單位",
    ),
    "topic": ("主题分类", "信息分类", "主題分類"),
    "validity": ("有效性", "文件有效性", "有效期", "时效性", "废止日期", "效力状态"),
    "extra": (
        "主题词", "关键词", "关键字", "公开方式", "公开形式", "公开范围", "公开时限", "体裁分类",
        "组配分类", "分类", "公文目录", "内容概述", "归档时间", "截止日期", "截止时间", "截止",
        "信息类别", "所属主题", "服务对象", "公開方式", "主題詞", "關鍵詞",
        # the headline a reposted story had in its outlet, printed under the page's own
        # ("原标题:…"): a provenance note, never the headline or the text
        "原标题",
        # who posted it in the CMS (an account, not a credited writer)
        "发布者", "发布人", "录入者", "录入人", "上传者", "录入", "文章录入", "信息录入",
        # a citizen's letter and its reply on a hotline or mailbox page (12345, 领导信箱):
        # the writer is no credited author, the letter and reply dates are not the publish date
        "信件编号", "来信人", "来信时间", "留言人", "留言时间", "诉求类型", "信件类型", "办理状态",
        "回复时间", "答复时间", "回复单位", "答复单位", "办理单位", "受理时间",
    ),
}

#: Labels that are read even without a colon: the cells of disclosure tables
#: ("索引号 001008… 主题分类 综合类", "发布机构 自治区人民政府 文  号 …").
#: Every other label needs a colon, so that words in values are not cut.
BARE_LABELS: Final = frozenset({
    "索引号", "信息索引号", "索引號", "文号", "文號", "发文字号", "發文字號", "文件编号", "发布机构",
    "發布機構", "发文机关", "发文机构", "成文日期", "发布日期", "發布日期", "主题分类",
    "有效性", "主题词", "体裁分类", "组配分类", "公开方式", "废止日期", "生成日期",
    "产生日期", "公开日期", "发文日期", "上载日期", "分类", "发文单位", "发布单位", "信息名称",
})

#: Characters that part the items of a listed value ("市政府办公室; 市政府文件;"):
#: a space after one continues the list, it does not start prose run on after it.
LIST_SEPARATORS: Final = frozenset(";;、")

#: Shortest label (characters, padding not counted) read without a colon when it
#: stands alone on its line, its value on the next ("• 信息分类" / "财政、审计").
LONE_LABEL_MIN: Final = 3

#: Field kinds whose value is a code with digits (文号, 索引号): a line without
#: one is not their value, unless short enough to be a placeholder (无).
CODE_KINDS: Final = frozenset({"document_number", "index_number"})
#: Longest value without a digit taken for a code label printed alone above it.
PLACEHOLDER_MAX: Final = 4

#: Views labels that may be followed straight by the number ("浏览次数563").
VIEWS_KIND: Final = "views"
#: First characters of the counter labels.
VIEWS_FIRST_CHARS: Final = frozenset(label[0] for label in FIELD_LABELS["views"])

#: Field kinds that credit people (and may sit on lines after the body).
CREDIT_KINDS: Final = frozenset({"author", "editor", "photographer"})

#: Field kinds whose label on a short line after the body ends the body.
TAIL_KINDS: Final = frozenset({"author", "editor", "photographer", "source", "views"})
#: The publish date's kind: a line after the body that opens with it and names a
#: ``TAIL_KINDS`` field too is the metadata printed at the article's foot.
PUBLISHED_KIND: Final = "published"
#: First characters of the publish labels (a cheap gate before the label pattern).
PUBLISHED_FIRST_CHARS: Final = frozenset(label[0] for label in FIELD_LABELS["published"])


#: A trie node: next character -> node ("" marks the end of a word).
_Trie = dict[str, "_Trie"]


def _trie(words: list[str], gap: str = "") -> str:
    """An alternation of ``words`` as a character trie, longest match first.

    A trie lets the regex engine reject a position after one character instead
    of trying every word; ``gap`` is allowed between characters (索 引 号),
    never after a word's last one (the padding after "作者:韦 文" is no part of 文).
    """
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches: list[str] = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            rest = render(child)
            if not rest:  # the end of a word
                branches.append(re.escape(ch))
            elif "" in child:  # a word ends here and longer ones go on: the gap is theirs alone
                branches.append(f"{re.escape(ch)}(?:{gap}{rest})?")
            else:
                branches.append(re.escape(ch) + gap + rest)
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(root)


#: Label (normalised, no inner spaces) -> field kind.
LABEL_KINDS: Final[dict[str, str]] = {
    label.replace(" ", ""): kind for kind, labels in FIELD_LABELS.items() for label in labels
}

#: One label anywhere in a line: the label with optional inner padding, an
#: optional closing bracket ("[ 索引号 ]"), then an optional colon. The labels
#: form a trie whose first characters the regex engine scans for in C, and a
#: longer label wins over a shorter one (发布时间 over 时间).
LABEL: Final = re.compile(
    r"(?P<label>" + _trie(list(LABEL_KINDS), gap="[ ]*") + r")[ ]*[\]】]?[ ]*(?P<colon>[::])?"
)

#: Farthest a label is looked for after the previous one (values are short).
LABEL_REACH: Final = 80

#: The first character of every label: a cheap gate before the big pattern.
LABEL_FIRST_CHARS: Final = frozenset(label[0] for label in LABEL_KINDS) | {"[", "【"}

#: Counter forms without a label-colon pair, rewritten to "浏览次数:N" before
#: the labels are read: "563次浏览", "浏览4482次", an empty "次浏览". Each comes
#: with a literal that must be in the line for the pattern to be tried.
VIEWS_FORMS: Final = (
    ("次浏览", re.compile(r"(?<![\d::.])(\d+)[ ]*次浏览"), r" 浏览次数:\1 "),
    ("次浏览", re.compile(r"次浏览"), r" 浏览次数: "),
    ("次", re.compile(r"(?:已[ ]*)?(?:浏览|阅读|点击)[ ]*(\d+)[ ]*次"), r" 浏览次数:\1 "),
)

#: A view count value: the first number ("1066", "[ 207 ]", "0次"), thousands
#: parted by commas ("1,286") read as one number.
VIEWS_NUMBER: Final = re.compile(r"^[\s\[【(]*(\d{1,3}(?:,\d{3})+|\d{1,10})(?![\d/.:年-])")

#: How far into a metadata line a widget that opens it may reach ("字体大小:【   来源:…").
WIDGET_REACH: Final = 40

#: Longest name printed after a bare date line under the headline, parted by a space
#: ("2023-09-14 某某日报": the outlet). A longer text after a date is prose or a list item.
DATED_NAME_MAX: Final = 12

#: Shortest value after a credit label that can be a headline with a column prefix
#: ("图文:某县2023年秋季重点项目集中开工"): longer than any credited name or list of names.
PREFIXED_HEADLINE_MIN: Final = 10

#: Field kinds whose value is a date.
DATE_KINDS: Final = frozenset({"published", "published2", "written"})

#: What is left of a widget after its opening bracket ("小 大】 …").
WIDGET_REST: Final = re.compile(r"^[^】\]]{0,16}[】\]][ ]*")

#: A font-size picker without brackets left after its 字号 label ("字号:大 中 小 3月14日,…").
FONT_PICKER: Final = re.compile(r"^[ ]*(?:[::][ ]*)?(?:(?:特大|超大|较大|默认|标准|大|中|小)(?:[ ]+|$)){2,5}")

#: Where a value ends even without a next label: a pipe cell border, a widget
#: (字号/字体, 【, print, share, error report). Literal alternatives only, so the
#: engine scans for their first characters in C.
VALUE_STOP: Final = re.compile(r"\||【|\[[ ]*字[号体體]|字[号体體]|保存|打印|分享|我要纠错|关闭")

#: Placeholders that mean "unknown" wherever a value is expected.
PLACEHOLDERS: Final = frozenset({
    "未知", "佚名", "不详", "匿名", "无", "暂无", "admin", "Admin", "ADMIN", "管理员",
    "系统管理员", "网站管理员", "超级管理员", "administrator", "-", "--", "—", "null", "None",
    "未知來源", "未知来源",
})

# ---------------------------------------------------------------------------
# Persons and non-persons in credit slots
# ---------------------------------------------------------------------------

#: Role words in a credit, longest first; their kind decides the list a name joins.
CREDIT_ROLES: Final[tuple[tuple[str, str], ...]] = tuple(
    sorted(
        (
            ("本报记者", "author"), ("融媒记者", "author"), ("实习记者", "author"),
            ("特约记者", "author"), ("见习记者", "author"), ("记者", "author"), ("实习生", "author"),
            ("通讯员", "author"), ("作者", "author"), ("撰稿", "author"), ("撰文", "author"),
            ("供稿", "author"), ("图文", "author"), ("文字", "author"), ("文", "author"),
            ("责任编辑", "editor"), ("网络编辑", "editor"), ("网站编辑", "editor"), ("值班编辑", "editor"),
            ("编辑", "editor"), ("编审", "editor"), ("责编", "editor"), ("一审", "editor"),
            ("二审", "editor"), ("三审", "editor"), ("初审", "editor"), ("复审", "editor"),
            ("终审", "editor"), ("信息审核", "editor"), ("审核", "editor"), ("审稿", "editor"),
            ("审校", "editor"), ("校对", "editor"), ("签发", "editor"), ("編輯", "editor"),
            ("記者", "author"), ("通訊員", "author"), ("責任編輯", "editor"), ("責編", "editor"),
            ("一審", "editor"), ("二審", "editor"), ("三審", "editor"), ("審核", "editor"),
            ("校對", "editor"), ("編審", "editor"), ("攝影", "photographer"),
            ("摄影", "photographer"), ("摄像", "photographer"), ("图片", "photographer"),
            ("图", "photographer"), ("摄", "photographer"),
        ),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)

#: The first characters of a longer role word (通讯 of 通讯员, 实习 of 实习记者): what
#: is left of the role where a dump was cut inside a byline ("(记者 孙立新 通讯"), never a name.
ROLE_PREFIXES: Final = frozenset(role[:n] for role, _ in CREDIT_ROLES for n in range(2, len(role)))

#: A role word followed by a colon, a slash or a space, inside a credit text
#: (:func:`byline.find_roles` drops one glued to a preceding Han character).
CREDIT_ROLE: Final = re.compile(
    r"(?P<role>" + _trie([r for r, _ in CREDIT_ROLES]) + r")[ ]*(?:[:://]|(?=[ ]))[ ]*"
)

#: Role words printed after the credited name or office ("县政府办供稿", "张伟 摄").
CREDIT_SUFFIXES: Final = ("供稿", "摄", "摄影", "报道", "撰稿", "整理")

#: An image file name that opens a line ("IMG_0123.jpg(县政府办供稿)").
IMAGE_NAME: Final = re.compile(r"^[\w\-.]+\.(?:jpe?g|png|gif|bmp|webp)", re.IGNORECASE)

#: First characters of the role words: a credit line opens with one or with "(".
CREDIT_FIRST_CHARS: Final = frozenset(role[0] for role, _ in CREDIT_ROLES) | {"(", "\uff08"}

#: A digit: credits print none.
DIGIT: Final = re.compile(r"\d")

#: Role kinds by word.
CREDIT_ROLE_KINDS: Final = dict(CREDIT_ROLES)

#: Single-character endings that make a name of three or more characters an
#: office or a place (…镇, …局, …网, a county bureau's section …股), not a person.
OFFICE_PLACE_CHARS: Final = frozenset("镇乡村县区市省局委办厅处室站网报社部所州旗股")

#: What separates names in a credit ("王土根 马亮", "张三、李四").
NAME_SEPARATORS: Final = re.compile(r"[ ,,、;;/]+")

#: Brackets, colons and spaces around a credit text ("(记者 周大正").
#: (The closing run is tried only where a run starts, so a long run inside the text is read once.)
CREDIT_EDGE: Final = re.compile(r"^[\s::()()]+|(?<![\s::()()])[\s::()()]+$")

#: A photographer credited after the name: "张伟 摄", "张伟摄影".
PHOTO_SUFFIX: Final = re.compile(r"^(?P<names>.*[^ \n])[ ]*(?:摄影|摄)$")

#: Characters that end a sentence or a note; a "(name)" right after one is a glued
#: byline ("…执行。(吴松)", "(此件公开发布)(余雨)").
SENTENCE_END_CHARS: Final = frozenset("。!?”」』…)")

#: A person's name: 2-4 Han characters, or a name with a middle dot (少数民族).
PERSON_NAME: Final = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,10})$")

#: Endings that make a credit an office, a place, a medium or a channel, not a person.
NON_PERSON_SUFFIXES: Final = (
    "政府", "办公室", "委员会", "人大", "政协", "政府办", "办", "局", "委", "厅", "部", "处", "科",
    "室", "所", "站", "中心", "网", "报", "台", "社", "院", "校", "队", "会", "组", "镇", "乡",
    "村", "街道", "社区", "县", "区", "市", "省", "州", "旗", "动态", "新闻", "要闻", "资讯",
    "信息", "工作", "编辑", "供稿", "发布", "公司", "集团", "频道", "栏目", "专栏", "日报",
    "晚报", "融媒", "媒体", "管理员", "小编",
)

#: Whole words that are never a person in a credit slot.
NON_PERSON_WORDS: Final = frozenset({
    "本站", "本网", "原创", "本站原创", "供稿", "综合", "整理", "编辑", "记者", "通讯员",
    "作者", "审核", "责编", "摄影", "新闻", "网站", "转载",
})

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

#: A Gregorian date with an optional time: 2020-03-23, 2018/03/08, 2021.10.13,
#: 2021年11月15日, unpadded 2022/4/19, spaced "2011- 09- 01 14: 58: 15",
#: fractional seconds "10:11:51.0"; a weekday after the date is read over
#: ("2026年11月9日 星期一 08:12").
DATE: Final = re.compile(
    r"(?P<y>(?:19|20)\d{2})[ ]*[-/.年][ ]*(?P<m>\d{1,2})[ ]*[-/.月][ ]*(?P<d>\d{1,2})(?![\d])[ ]*+日?"
    r"(?P<wd>[ ]*[((]?(?:星期|礼拜|周)[一二三四五六日天][))]?)?"
    r"(?:[ ]*(?:T[ ]*)?(?P<H>\d{1,2})[ ]*[::时][ ]*(?P<M>\d{2})"
    r"(?:[ ]*[::分][ ]*(?P<S>\d{2})(?:\.\d+)?)?(?:[ ]*秒)?)?"
)

#: A date of the Republic of China era (Taiwan): 中華民國100年5月9日; the year is
#: counted from 1912.
ROC_DATE: Final = re.compile(
    r"(?:中華民國|中华民国|民國|民国)[ ]*(?P<y>\d{1,3})[ ]*年[ ]*(?P<m>\d{1,2})[ ]*月[ ]*(?P<d>\d{1,2})[ ]*日"
)
ROC_EPOCH: Final = 1911
#: The short form of an ROC date a Taiwan portal prints after a date label
#: ("發布日期:102-08-15", "更新日期:101-03-06"): a three-digit era year 100-149
#: (2011-2060), read only as a labelled value, never as a bare line.
ROC_SHORT_DATE: Final = re.compile(r"^[ ]*(?P<y>1[0-4]\d)[ ]*[-/.][ ]*(?P<m>\d{1,2})[ ]*[-/.][ ]*(?P<d>\d{1,2})(?!\d)")

#: How a clock line without a date opens ("今天是:2025年12月06日").
CLOCK_OPENERS: Final = ("今天", "今日")

#: A date closing a value, after a space or glued ("本站原创 2023年07月18日 09:05",
#: "admin2008/04/30"), or standing as the whole value ("点击数: 2024/06/24"):
#: matched where a ``VALUE_DATE_YEAR`` starts (see ``meta._find_value_date``).
VALUE_DATE: Final = re.compile(r"(?P<date>(?:19|20)\d{2}[ ]*[-/.年][^ ]*(?:[ ]+\d{1,2}[ ]*[::][\d:: .]*)?)[ ]*$")
#: Where such a date may start: a year and its separator, not after a digit.
VALUE_DATE_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}[ ]*[-/.年]")
#: The characters that may follow the date's first run of non-spaces: the time and spaces.
#: Matched from where the run of them closing a value starts.
VALUE_TIME_TAIL: Final = re.compile(r"(?<![\d:: .])[\d:: .]*$")
#: Field kinds whose value may have a publish date run on after it; the dates
#: of other labels (归档时间, 截止) stay theirs.
DATED_VALUE_KINDS: Final = frozenset({"source", "views", "author", "editor", "photographer", "issuer"})

#: A contact line ("政务服务热线:12345", "联系电话:0951-6889215"): never a headline.
CONTACT_LINE: Final = re.compile(r"(?:热线|电话|传真|邮编|手机)[::]?[\d\-()() ]{5,}$")

#: Lines that carry a live clock or calendar, never a publish date.
CLOCK: Final = re.compile(
    r"今天是|今日是|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上午|下午|周[一二三四五六日](?!\w)"
)

#: A signature date on its own line: 2018年7月2日, 二○一一年四月八日,
#: 二O一一年5月16日, 二零二四年十月十七日, or one that lost its separators
#: (20221212, "2020 8 11").
SIGNATURE_DATE: Final = re.compile(
    r"^(?:(?:19|20)\d{2}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日"
    r"|[〇○零OО0一二三四五六七八九]{4}[ ]*年"
    r"[ ]*[一二三四五六七八九十\d]{1,3}[ ]*月[ ]*[一二三四五六七八九十\d]{1,3}[ ]*日"
    r"|(?:19|20)\d{2}[-/. ]\d{1,2}[-/. ]\d{1,2}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]))。?$"
)

# ---------------------------------------------------------------------------
# Breadcrumbs
# ---------------------------------------------------------------------------

#: Location labels that open a trail, with their colon.
BREADCRUMB_LABEL: Final = re.compile(
    r"^(?:您的位置|你的位置|您现在的位置是?|你现在的位置|您当前的位置|您当前位置|您当前所在位置"
    r"|您所在的位置|您所在位置|当前位置是?|当前的位置|所在位置|目前位置|现在位置|您現在的位置|位置)"
    r"[ ]*[::]?[ ]*"
)

#: Separators between trail items: >, >, ->, >>, », ›, →, /, and a hyphen set off by space.
#: A run of spaces or hyphens is entered only where it starts (the lookbehinds), so a long
#: run that ends in no separator is read once, not once from each of its characters.
BREADCRUMB_SEP: Final = re.compile(
    r"(?:(?<![ ])[ ]+)?(?:(?<!-)-+>|=>|>>|»|›|→|>|>|/|\\)[ ]*|(?<![ ])[ ]+-+[ ]*|(?:(?<![ ])[ ]+)?(?<!-)-+[ ]+"
)

#: Hyphens without spaces: the separator of a labelled trail that has no other
#: ("当前位置是:首页-新闻中心-基层动态").
BREADCRUMB_HYPHEN: Final = re.compile(r"-+")

#: Last characters of a trail line that goes on on the next line
#: ("您所在的位置:首页 > 政务公开 >" / "政府文件 > 规范性文件"), and first
#: characters of a next line that carries on the trail (">政务公开 >部门文件").
TRAIL_CONTINUES: Final = ">»›→/\\"

#: A separator printed on a line of its own, between trail items printed one a line.
TRAIL_SEPARATOR_LINES: Final = frozenset({">", ">>", "->", "»", "›", "→", "/", "-", "\\"})

#: Longest line taken as the rest of a trail broken after a separator.
TRAIL_REST_MAX: Final = 60

#: The gap between the cells of a table row printed as one line (the trail, the
#: headline, the date, 来源 …): wider than the padding around a trail's separators.
TRAIL_ROW_GAP: Final = "    "
TRAIL_ROW_CELLS: Final = re.compile(r" {4,}")

#: First characters of a trail line: its location label or its home item.
TRAIL_OPENERS: Final = frozenset("您你当所目现位首网主")

#: An unlabelled trail that does not start at 首页 ("妇女儿童 > 工作动态"): items
#: parted by an arrow separator.
BREADCRUMB_ARROWS: Final = re.compile(r"(?:(?<![ ])[ ]+)?(?:(?<!-)-+>|>>|»|›|→|>|>)[ ]*")
#: Longest item of such a trail.
BREADCRUMB_ITEM_MAX: Final = 15

#: The home item a trail starts with; "首页巢湖快讯" (no separator) is split after it.
BREADCRUMB_HOME: Final = re.compile(r"^(?:网站首页|首页|主页|首頁)")

#: An unlabelled trail: a home item followed by a separator.
BREADCRUMB_BARE: Final = re.compile(r"^(?:网站首页|首页|主页|首頁)[ ]*(?:-+>|>>|»|›|→|>|>|/|[ ]-)")

# ---------------------------------------------------------------------------
# Furniture: widgets, navigation, footers
# ---------------------------------------------------------------------------

#: The end mark of a press release, alone on its line ("完") or in brackets.
END_MARK_WORD: Final = "完"
#: The time a Hong Kong press release was issued, on the line under its date
#: after the end mark ("2014年1月9日(星期四)" / "香港時間16時20分").
ISSUED_TIME: Final = re.compile(r"^(?:香港時間|香港时间)[ ]*(?P<H>\d{1,2})[ ]*[時时::][ ]*(?P<M>\d{2})[ ]*分?$")

#: Lines that end the article wherever they appear after the body has begun:
#: print/close/share widgets, prev/next links, related links, site footers.
FOOTER_WORDS: Final = (
    "打印", "关闭", "分享到", "分享至", "扫一扫", "上一篇", "下一篇", "上一条", "下一条", "友情链接",
    "版权所有", "Copyright", "copyright", "©", "主办单位", "承办单位", "技术支持", "网站标识码",
    "联系我们", "网站地图", "相关链接", "相关文章", "相关新闻", "相关阅读", "相关信息", "相关稿件",
    "点击排行", "热点排行", "热门文章", "标签:", "标签:", "关联信息", "发表评论", "我要评论",
    "网友评论", "收藏本页", "加入收藏", "返回顶部", "返回首页", "附件下载", "相关附件", "文件下载",
    "参与评论", "返回列表", "网站声明", "版权声明", "免责声明", "凡本网注明", "凡本網注明", "【责任编辑", "分享:",
    # the reprint notice under the text ("转载请注明出处", "转载请注明来源")
    "转载请注明", "轉載請註明",
    # opinion-solicitation widgets under a consultation notice (征集状态:进行中 / 我要留言)
    "征集状态", "征求状态", "意见征集状态", "反馈状态", "我要留言", "我要建言", "我要提建议",
    "我要提意见",
    # the rating widget under the reply on a hotline or mailbox page
    "满意度评价",
    # the mobile-version QR code under the article ("扫码阅读手机版")
    "扫码阅读",
    # a link line to the interpreted document after a policy interpretation
    "相关文件:", "相关文件:", "关联文件:", "关联文件:", "原文链接:", "原文链接:",
    "政策原文:", "政策原文:", "文件原文:", "文件原文:",
    # a link line to the interpretation of the document after its signature
    "相关解读:", "相关解读:", "政策解读:", "政策解读:",
    # the foot of a Taiwan portal's page: the press contact and the data-update date
    "新聞聯絡人", "新闻联络人", "新闻联系人", "資料更新日期", "资料更新日期",
    # traditional characters
    "列印", "轉寄", "回上頁", "回上一頁", "回上一页", "返回上一页", "版權所有", "相關連結", "友善列印",
)
FOOTER: Final = re.compile(
    r"^[【\[(]?[ ]*(?:" + _trie(list(FOOTER_WORDS)) + r"|文件下$|(?:政策|相关|图片)解读[::]?$|\S{0,6}(?:公网安备|ICP)"
    # the 12345 hotline box of the site footer ("12345政务服务便民热线", a slogan after it)
    r"|12345[\u4e00-\u9fff]{0,10}热线(?:[ ]|$)"
    # a press release's end mark alone on its line ("完", "(完)")
    r"|" + END_MARK_WORD + r"[)\]】]?$)"
)

#: Labels of a link line between the text and the footer: the interpreted document
#: under its interpretation (相关文件, 政策原文 …), the interpretation under a document.
LINK_LABELS: Final = ("相关文件", "关联文件", "原文链接", "政策原文", "文件原文", "相关解读", "政策解读")
#: A link line: the label with a colon, or in brackets ("【相关文件】某局关于印发…的通知(…号)").
#: The linked title may be long, so the line is a footer up to ``LINK_LINE_MAX``.
LINK_LINE: Final = re.compile(
    r"^(?:[【\[][ ]*(?:" + "|".join(LINK_LABELS) + r")[ ]*[】\]]|(?:" + "|".join(LINK_LABELS) + r")[ ]*[::])"
)
LINK_LINE_MAX: Final = 150
#: First characters of a link line (a cheap gate before the pattern).
LINK_FIRST_CHARS: Final = frozenset("【[") | frozenset(label[0] for label in LINK_LABELS)

#: A site footer line that names who runs the site and then another footer field:
#: "主办:某市科学技术局 地址:…", "主办:某县人民政府办公室 网站标识码:… ICP备…", or the
#: office before the word, set off from the next field by a space ("某县人民政府办公室主办
#: 网站标识码:…"). A 主办 line without a second field may be an event's organiser inside the body.
SITE_FOOTER: Final = re.compile(
    r"^(?:(?:主办|承办)(?:单位)?[ ]*[::]|[一-鿿]{2,30}?主办(?=[ ])).{1,80}?"
    r"(?:地址|承办|网站标识码|ICP|公网安备|备案号|邮编|技术支持|版权所有)"
)
#: First characters of a site footer line that opens with its 主办 label (a cheap gate before the pattern) …
SITE_FOOTER_FIRST: Final = frozenset("主承")
#: … and the word any other site footer line holds (the office printed before it).
SITE_FOOTER_WORD: Final = "主办"
#: Longest site footer line.
SITE_FOOTER_MAX: Final = 200

#: A footer widget glued to the end of a body line ("…(供稿:…) 【打印正文】 分享到:").
INLINE_FOOTER: Final = re.compile(
    r"【[ ]*(?:打印|关闭)| 分享到[::]| 打印本页| 关闭窗口| 打印[ ]+关闭| 上一篇[::]| 【打印】"
)

#: Widget words that make a short line furniture when they open it or follow a
#: space or bracket (打印 and 关闭 may be words of a headline elsewhere).
FURNITURE_WORDS: Final = (
    "字号", "字体", "字體", "登录", "注册", "繁体", "简体", "繁體", "打印", "关闭", "长者", "長者",
    "微信", "微博", "English", "ENGLISH", "手机版", "客户端", "欢迎访问", "欢迎来到", "今天是",
    "今日是", "RSS", "纠错", "字級", "字级", "字型", "列印",
)
#: Widget words that make a short line furniture wherever they stand in it.
FURNITURE_ANYWHERE: Final = (
    "视力保护色", "保护视力色", "护眼模式", "无障碍", "适老化", "设为首页", "加入收藏", "返回顶部",
    "跳到主要", "葡文版本", "取消收藏", "相关办事指南", "二维码", "朋友圈", "我要纠错", "智能问答",
    "用户中心", "支持IPV6", "IPv6", "分享到", "分享至", "扫一扫", "蒙古文版", "微信公众号",
    "返回联盟首页", "政策解读:", "政策解读:", "更多>>", "更多»", "点击排行", "已下载", "LegisMac",
    "保护色", "收藏本页", "我要打印", "扫码阅读",
    # a video player's residue on a video news page
    "视频加载中", "浏览器不支持", "您的浏览器版本过低",
)


#: Whole lines that are tabs, buttons or links of a page, never text.
FURNITURE_LINES: Final = frozenset({
    "详细信息", "公开具体内容", "更多", "返回", "收藏", "下载", "PDF", "pdf", "正文", "相关文件",
    "图片", "视频", "文字版", "音频", "上一页", "下一页", "首页", "尾页",
    # a disclosure channel's name printed above its table ("信息公开目录")
    "信息公开目录", "政府信息公开目录", "信息公开", "政府信息公开", "政务公开", "公开目录",
    # a font-size picker rendered one choice per line
    "大", "中", "小", "默认", "特大", "超大", "较大", "标准",
    # a video player's buttons
    "播放", "暂停", "全屏", "播放 全屏", "静音",
})

#: Any furniture word; :func:`body.is_furniture` checks where a boundary word stands.
FURNITURE: Final = re.compile(_trie([*FURNITURE_WORDS, *FURNITURE_ANYWHERE]))
#: The furniture words that count only at the start of a line or after a space or bracket.
FURNITURE_BOUNDED: Final = frozenset(FURNITURE_WORDS)

#: Lines made only of symbols, icons, pipes, box-drawing rules under a table
#: layout's headline ("━━━━", "────", "════"), pixel sizes, empty image cells, a
#: video player's time ("00:00 / 03:25"), or a font-size picker in brackets whose
#: 字号 label is an icon ("【大 中 小】", "[大][中][小]").
SYMBOL_LINE: Final = re.compile(
    r"^(?:[\s|│·•*×✕\-—=_~+#\[\]【】()()<>《》/\\:::.,,。─━═┄┅┈┉]*|!\[[^\]]*\](?:\([^)]*\))?|\d{1,3}px|[\d\s]{1,3}|N"
    r"|(?:\d{1,2}:)?\d{1,2}:\d{2}[ ]*/[ ]*(?:\d{1,2}:)?\d{1,2}:\d{2}"
    r"|(?:[【\[][ ]*(?:(?:特大|超大|较大|默认|标准|大|中|小)[ ]*[】\]]?[ ]*[【\[]?[ ]*){2,5}[】\]]))$"
)

#: Navigation bars: several items joined by pipes.
NAV_BAR: Final = re.compile(r"\|.*\|| \| ")

#: Image file names and captions that leaked into the text.
IMAGE_SUFFIXES: Final = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".jpg)", ".png)"})
#: A photo caption line (图为…, ▲…, 图1 …).
CAPTION: Final = re.compile(
    r"^(?:[▲△]|图为|圖為|图片来源|图片说明|图\s*[::]|(?:[((]\s*)?图[一二三四五六七八九十\d]+\s)"
)

#: List markers that open a line (bullets of a rendered menu or meta list).
BULLET_CHARS: Final = frozenset("•·●◆◇■□▪▶►-*+")
#: A bullet or a list number that opens a line.
BULLET: Final = re.compile(r"^(?:[•·●◆◇■□▪▶►\-*+]|\d{1,2}[.、.)])[ ]*")

# ---------------------------------------------------------------------------
# Body structure
# ---------------------------------------------------------------------------

#: Numbered section headings: 一、… (一)… 第一章 … 1.1 … "1 总则".
HEADING_NUMBERED: Final = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[((][一二三四五六七八九十百]+[))]"
    r"|第[一二三四五六七八九十百零〇\d]+[章节篇部编卷](?:[ ]|$|[\u4e00-\u9fff])|\d+(?:\.\d+)+[ ]*\S|\d+[ ]+\S)"
)

#: Sentence punctuation: a line containing one of these is prose, not a heading.
SENTENCE_PUNCT: Final = re.compile(r"[。!?;!?;]")

#: The shape of a short body line in one anchored match: a caption (dropped),
#: a signature date, or a numbered heading.
LINE_SHAPE: Final = re.compile(
    "(?P<caption>" + CAPTION.pattern[1:] + ")|(?P<signature>" + SIGNATURE_DATE.pattern[1:] + ")"
    "|(?P<numbered>" + HEADING_NUMBERED.pattern[1:] + ")"
)

#: Punctuation a heading does not end with.
HEADING_BAD_END: Final = ",,、;;::。.!!??…—(("

#: Office endings of a signature or red-header line (市人民政府, …办公室, …局).
OFFICE_ENDINGS: Final = (
    "政府", "办公室", "办公厅", "委员会", "人大常委会", "局", "厅", "委", "办", "院", "署", "处",
    "中心", "部", "公司", "联合会", "指挥部", "领导小组", "管委会", "办事处", "镇", "乡",
    "辦公室", "委員會", "長官",
)

#: A site menu printed above the location trail: one short item a line ("走进安澜"),
#: or several short items parted by wide gaps ("首页  机构概况  政务公开").
MENU_GAP: Final = re.compile(r" {2,}")
MENU_ITEM_MAX: Final = 6
MENU_ITEMS_MIN: Final = 3

#: How the site banner above the location trail ends: an organisation or a
#: site name (横山区医疗保障局, 东沙镇人民政府门户网站), never a headline there.
SITE_NAME_ENDINGS: Final = (*OFFICE_ENDINGS, "门户网站", "网站", "政府网", "门户网")

#: An attachment list line: "附件:1. …", "附件 2. …", a numbered item after it.
ATTACHMENT: Final = re.compile(r"^附件[ ]*(?:[\d一二三四五六七八九十]{1,2}[ ]*)?[::]|^附件[ ]*\d{1,2}[ ]*[.、.]")
#: An attachment label with nothing after it (an empty trailing "附件:").
ATTACHMENT_EMPTY: Final = re.compile(r"^附件[ ]*[::]?$")
#: A numbered item of an attachment list ("2.评分标准", "(3)").
ATTACHMENT_ITEM: Final = re.compile(r"^\d{1,2}[ ]*[.、.][ ]*\S|^[((]\d{1,2}[))]")

#: A document number (文号): 齐政办发〔2019〕29号, 瑞政办(2011)129号, 渝北府发 〔2017〕 7号,
#: and an announcement's number without brackets (国家税务总局某市税务局公告2024年第1号).
DOCUMENT_NUMBER: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}[ ]*[〔\[(【(][ ]*(?:19|20)\d{2}[ ]*[〕\])】)][ ]*(?:第[ ]*)?\d{1,5}[ ]*号"
    r"|[\u4e00-\u9fff]{2,24}公告[ ]*(?:19|20)\d{2}[ ]*年[ ]*第[ ]*\d{1,5}[ ]*号"
)

#: How the first line of a document's red header ends after the issuer ("某县人民政府办公室文件").
RED_HEADER_SUFFIX: Final = "文件"

#: The reply category a red header of a reply to a deputy's suggestion or a
#: member's proposal prints above the issuer (建议提案答复: "A类", "(B类)").
REPLY_CLASS: Final = re.compile(r"^[((]?[A-DＡ-Ｄ][ ]*类[))]?$")
#: Longest such line.
REPLY_CLASS_MAX: Final = 6

#: How an addressee line opens ("各乡镇人民政府,县直各单位:"): the body has begun.
ADDRESSEE_OPENERS: Final = frozenset("各")

#: What closes a dateline: 讯 of a local paper, 电 of a news agency's wire ("新华社某地11月30日电").
DATELINE_MARKS: Final = ("讯", "訊", "电", "電")

#: A leading dateline that credits writers: "衡东融媒2月23日讯(通讯员 许思思)",
#: "千岛湖新闻网讯 (通讯员 叶德喜)", "本报讯 记者 张三", "人民网某地7月3日电(记者 方舟、蒋雨欣)".
DATELINE: Final = re.compile(
    r"^[^。,,]{0,30}?[讯訊电電][ ]*(?:[((](?P<paren>[^()()]{2,60})[))]"
    r"|(?P<bare>(?:记者|通讯员|实习记者|記者|通訊員)[ ]*[::]?[ ]*[\u4e00-\u9fff]{2,4}"
    r"(?:[ ]+[\u4e00-\u9fff]{2,4}(?=[ ]))*))"
)

#: A credit glued to the end of the last paragraph, closed or cut: "(吴松)",
#: "(金集镇人大 李子和)", "(记者 薛路)", "(记者 周大正".
TRAILING_CREDIT: Final = re.compile(r"[((](?P<credit>[^()()。,,;;!?]{2,40})(?:[))])?[ ]*$")

#: Wire-style end marks closing a story's last paragraph (full-width brackets are folded first).
END_MARKS: Final = ("(完)", "(全文完)")

#: A line that is one name in parentheses, Han characters only ("(区纪委监委宣传部)").
OFFICE_CREDIT: Final = re.compile(r"^[((](?P<office>[\u4e00-\u9fff]{3,20})[))]$")

#: A subtitle line right under the headline: "——…" or a whole 《…》.
SUBTITLE_LINE: Final = re.compile(r"^(?:[—─-]{2,}|——)|^《[^》]+》$")

#: Prose: a line a headline never looks like.
PROSE_MIN: Final = 20
