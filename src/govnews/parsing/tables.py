"""Vocabularies and patterns of portal pages, kept as data.

Every label, synonym, date form, furniture marker and placeholder the
parser knows lives here, as named constants with a comment that says what
class of pages it serves. The other modules hold the logic; a new portal
should usually need a new entry here, not new code.

An optional part longer than one character is written "(?:…|)", not "(?:…)?": the same
match (the part first, then nothing), where Python 3.11's engine runs a repeat of a group
through a block it allocates at each try (see ``DATE``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

# ---------------------------------------------------------------------------
# Traditional characters
# ---------------------------------------------------------------------------

#: Traditional characters of the vocabularies below and their simplified forms. A page
#: printed in traditional characters (Hong Kong, Macao, Taiwan, a big5 gateway copy of a
#: mainland portal: 發佈日期, 來源, 瀏覽次數, 責任編輯, 相關新聞) is matched with these folded,
#: one character for one, so every label, role and widget word is known in both forms;
#: values are taken back as printed (see :mod:`.widths`).
TRADITIONAL_FOLD: Final = str.maketrans(
    "發時間來資覽瀏數擊點閱讀編輯責審圖攝記訊員題標稱類關鍵詞機構單號門開圍範錄傳載聞處實廢狀態統現訪問網戶導頁鏈聯簽報"
    "紙體級對應務動長區縣鄉鎮辦廳會證評論熱掃碼線節檢測業轉產執認條視頻聽寫歸檔組織書劃規詳細覺複佈連結權請註絡為電當簡經嚴",
    "发时间来资览浏数击点阅读编辑责审图摄记讯员题标称类关键词机构单号门开围范录传载闻处实废状态统现访问网户导页链联签报"
    "纸体级对应务动长区县乡镇办厅会证评论热扫码线节检测业转产执认条视频听写归档组织书划规详细觉复布连结权请注络为电当简经严",
)
#: Characters only a traditional page prints, one of which nearly every such page has
#: (時間, 會議, 發佈, 來源): the cheap test for whether a page needs the fold.
TRADITIONAL_SIGNS: Final = ("時", "會", "發", "來")


# ---------------------------------------------------------------------------
# Field labels
# ---------------------------------------------------------------------------

#: Field kinds a label may name (in simplified characters: a traditional page is folded, see ``TRADITIONAL_FOLD``).
#: ``published2`` is a fallback publish date (生成日期 and kin), used only where no ``published`` label is printed.
#: ``extra`` labels are read into ``Article.extra``; ``skip`` labels are page
#: furniture that looks like a label (the value is not worth keeping).
FIELD_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("标题", "名称", "信息名称", "文件名称", "文件标题", "信息标题", "文章标题"),
    "subtitle": ("副标题", "引题", "副题"),
    "published": (
        "发布日期", "发布时间", "发表时间", "发表日期", "发稿时间", "更新时间", "更新日期",
        "信息时间", "上载日期", "上传时间", "上传日期", "刊登日期", "录入时间", "添加时间", "上线时间",
        "日期", "时间", "日期时间", "资料更新日期",
        # news and forum templates ("发表于:2013年06月19日", "最后更新: 2019-09-07 15:14:21"); a
        # self-media page's "发布于:某省" names a place, no date, and is metadata all the same
        "发表于", "发布于", "最后更新", "最后更新时间", "最后修改时间",
        # the date a city's sites print beside 信息来源 ("信息提供日期:2021-04-13 11:14")
        "信息提供日期",
    ),
    # a disclosure's dates, the publish date only where no 发布日期-like label gives one
    "published2": ("生成日期", "发文日期", "产生日期", "印发日期", "发文时间", "公开日期"),
    "written": ("成文日期", "成文时间", "成文日期时间"),
    "source": (
        "来源", "信息来源", "文章来源", "新闻来源", "消息来源", "稿件来源", "稿源", "来自",
        "资料来源", "文档来源",
        # the supplying office ("来源单位:市农业农村局", "信息提供:某镇"), the outlet ("出处:市生态环境局办公室")
        "来源单位", "出处", "信息提供", "信息提供单位", "发文来源",
        # a reprint's note of where it comes from ("本文来源于某局", "(本文来源:某报 …)")
        "来源于", "本文来源于", "本文来源",
        # where a reposted story was taken from, a note under it ("本文转自:某某日报"): a 来源
        # printed in the metadata wins, this one is kept in ``extra``
        "转自", "本文转自", "转载自", "本文转载自",
    ),
    "author": (
        "作者", "撰稿", "撰稿人", "撰文", "通讯员", "记者", "供稿", "图文", "文字", "文", "作 者",
        # a commentary's writers (执笔/…), a translated story's (编译/…), a new-media story's (文案丨…)
        "执笔", "编译", "文案",
        # a photo report's reporters, who wrote it in pictures, as 图文's do ("摄影报道:某某 某某")
        "摄影报道",
    ),
    "editor": (
        "责任编辑", "编辑", "网络编辑", "网站编辑", "值班编辑", "编审", "责编", "一审", "二审", "三审",
        "初审", "复审", "终审", "主审", "审核", "信息审核", "审稿", "审校", "校对", "签发", "核发", "图文编辑",
        # news sites' desk roles: the story's selector (选稿), the proof reader (审读), the reviewer (审核人),
        # and as persons, the copy's reviewer (审稿人) and who sends it out (发稿人, 签发人, as 签发); on a
        # document's page 签发人 and 会签人 are its signers instead (``SIGNER_LABELS``)
        "选稿", "审读", "审核人", "审稿人", "发稿人", "签发人", "会签人",
        # an editor in training
        "实习编辑", "见习编辑",
    ),
    # the producers a news site credits under a story (监制, 出品人): no writer or editor, but a
    # credit line all the same, which ends the text; kept in ``extra``
    "producer": ("监制", "总监制", "出品人"),
    "photographer": ("摄影", "摄像", "图片"),
    "views": (
        "浏览次数", "阅读次数", "访问次数", "点击次数", "点击数", "点击量", "浏览量", "总浏览量",
        "访问量", "阅读量", "阅读人次", "浏览人次", "点击", "浏览", "阅读", "人气", "查看次数", "查看量",
        # counters of intensive-platform portals ("阅读数: 2043", an empty "点击率:")
        "阅读数", "点击率", "点阅次数",
        # a counter of readers ("阅读人数:1", "查看人数:2315")
        "阅读人数", "浏览人数", "查看人数",
        # a counter printed as a phrase after the body ("已阅读563次")
        "已阅读", "已浏览",
    ),
    # and its older name on some disclosure platforms ("信息索取号: 000014349/2023-01505")
    "index_number": ("索引号", "信息索引号", "索取号", "信息索取号"),
    "document_number": ("文号", "发文字号", "文件编号", "发文文号", "文件文号", "发布文号"),
    "issuer": (
        "发布机构", "发文机关", "发文机构", "发布部门", "发布单位", "制发机关", "发文单位", "发布机关", "发布",
        # the department responsible for a disclosed item, where the table names no 发布机构,
        # and the body that discloses it ("公开主体:" on municipal disclosure platforms)
        "责任部门", "公开主体",
    ),
    "topic": ("主题分类", "信息分类"),
    "validity": (
        "有效性", "文件有效性", "有效期", "时效性", "废止日期", "效力状态", "效力状况",
        # the validity cell of other disclosure tables ("公文时效 有效", "文件状态:"); labels that would
        # add a first character to the label pattern (是否有效, 失效日期) are read as unknown labels
        "公文时效", "时效", "文件状态",
    ),
    "extra": (
        "主题词", "关键词", "关键字", "公开方式", "公开形式", "公开范围", "公开时限", "体裁分类",
        "组配分类", "分类", "公文目录", "内容概述", "归档时间", "截止日期", "截止时间", "截止",
        "信息类别", "所属主题", "所属栏目", "所属分类", "服务对象",
        # more cells of disclosure tables (著录日期, 统一编号, 实施日期 … are read as unknown labels,
        # which costs nothing where a page prints none: each new first character slows every search)
        "公开程序",
        # the headline a reposted story had in its outlet, printed under the page's own
        # ("原标题:…"): a provenance note, never the headline or the text
        "原标题",
        # a digital newspaper's word count under the headline ("文章字数:495")
        "文章字数",
        # who posted it in the CMS (an account, not a credited writer)
        "发布者", "发布人", "信息发布人", "录入者", "录入人", "上传者", "录入", "文章录入", "信息录入",
        # a citizen's letter and its reply on a hotline or mailbox page (12345, 领导信箱):
        # the writer is no credited author, the letter and reply dates are not the publish date
        "信件编号", "来信人", "来信时间", "留言人", "留言时间", "诉求类型", "信件类型", "办理状态",
        "回复时间", "答复时间", "回复单位", "答复单位", "办理单位", "受理时间",
    ),
}

#: The officials who sign a document ("…〔2025〕11号 签发人:某某", a reply's "签发人:某某"): on a document's page
#: (a 文号, or a headline closing with its kind) its signers, kept in ``extra``, no editors of the page; on a news
#: page the desk's sign-off, an editor.
SIGNER_LABELS: Final = frozenset({"签发人", "会签人"})

#: Labels that are read even without a colon: the cells of disclosure tables
#: ("索引号 001008… 主题分类 综合类", "发布机构 自治区人民政府 文  号 …").
#: Every other label needs a colon, so that words in values are not cut.
BARE_LABELS: Final = frozenset((
    "索引号", "信息索引号", "文号", "发文字号", "文件编号", "发布机构",
    "发文机关", "发文机构", "成文日期", "发布日期", "主题分类",
    "有效性", "主题词", "体裁分类", "组配分类", "公开方式", "废止日期", "生成日期",
    "产生日期", "公开日期", "发文日期", "上载日期", "分类", "发文单位", "发布单位", "信息名称",
    # more disclosure-table labels read as cells ("索引号 … 成文时间 2023-03-10", "发布机构 … 公文时效 有效")
    "成文时间", "发布机关", "公文时效", "公开范围", "公开形式", "公开程序", "时效性", "效力状态", "效力状况",
    # a source named in words, no colon ("本文来源于某统计局 2024-05-11 09:36:26")
    "来源于", "本文来源于",
))

#: Characters that part the items of a listed value ("市政府办公室; 市政府文件;"):
#: a space after one continues the list, it does not start prose run on after it.
LIST_SEPARATORS: Final = frozenset(";;、")

#: A table's row-number column header alone on its line: the body's table has begun, and
#: the cells of its header row ("序号" / "分类" / "项目名称") are no labels and values.
ROW_NUMBER_HEADERS: Final = frozenset({"序号", "序 号"})

#: A table's header row: this many cells at least, each this long at most.
HEADER_CELLS_MIN: Final = 3
HEADER_CELL_MAX: Final = 6

#: Shortest label (characters, padding not counted) read without a colon when it
#: stands alone on its line, its value on the next ("• 信息分类" / "财政、审计").
LONE_LABEL_MIN: Final = 3

#: Field kinds whose value is a code with digits (文号, 索引号): a line without
#: one is not their value, unless short enough to be a placeholder (无).
CODE_KINDS: Final = frozenset({"document_number", "index_number"})
#: The kinds of a document's disclosure fields (索引号, 文号, 发布机构, 成文日期, 主题分类, 有效性).
DOCUMENT_FIELD_KINDS: Final = frozenset({"index_number", "document_number", "issuer", "written", "topic", "validity"})
#: How many lines under a disclosure label another must open for the two to be a block of them under the text.
DISCLOSURE_BLOCK_REACH: Final = 3
#: Longest value without a digit taken for a code label printed alone above it.
PLACEHOLDER_MAX: Final = 4

#: Views labels that may be followed straight by the number ("浏览次数563").
VIEWS_KIND: Final = "views"
#: First characters of the counter labels.
VIEWS_FIRST_CHARS: Final = frozenset(label[0] for label in FIELD_LABELS["views"])

#: The writer's kind: a person named after the date with no label is credited so.
AUTHOR_KIND: Final = "author"
#: The kind of a 来源 field.
SOURCE_KIND: Final = "source"
#: Field kinds that credit people (and may sit on lines after the body).
CREDIT_KINDS: Final = frozenset({"author", "editor", "photographer"})
#: Longest line taken as the names under a credit label printed alone above it.
CREDIT_VALUE_MAX: Final = 20
#: The validity kind, and the longest line taken as its value under its label printed alone
#: (有效, 已废止, 现行有效): never the headline under an empty 文件状态:.
VALIDITY_KIND: Final = "validity"
#: The issuer's kind: its value is an office ("某县人民政府办公室", "政府办").
ISSUER_KIND: Final = "issuer"
VALIDITY_VALUE_MAX: Final = 10
#: A document's state printed alone as a stamp by its headline ("现行有效", "已废止", "部分失效"):
#: never the headline.
VALIDITY_STAMP: Final = re.compile(r"[【\[]?(?:现行|全文|部分|已经|已)?(?:有效|失效|废止|修改|修订)[】\]]?")
#: Its last characters (a cheap gate before the pattern).
VALIDITY_STAMP_LAST: Final = frozenset("效止改订】]")

#: Field kinds whose label on a short line after the body ends the body.
TAIL_KINDS: Final = frozenset({"author", "editor", "photographer", "producer", "source", "views"})
#: A reading widget after the text that names the page read ("正在阅读:某某", "您正在浏览:某某"): the headline
#: where the page prints it nowhere else; and the widget's first characters (a cheap gate).
READING_WIDGET: Final = re.compile(r"(?:您)?(?:正在|当前)(?:阅读|浏览)[ ]*:[ ]*(?P<title>\S.{3,})$")
READING_WIDGET_FIRST: Final = frozenset("您正当")
#: The publish date's kind: a line after the body that opens with it and names a
#: ``TAIL_KINDS`` field too is the metadata printed at the article's foot.
PUBLISHED_KIND: Final = "published"
#: First characters of the publish labels (a cheap gate before the label pattern).
PUBLISHED_FIRST_CHARS: Final = frozenset(label[0] for label in FIELD_LABELS["published"])

#: The headline's labels, longest first (a line that opens with one without a colon may
#: be a disclosure table's 标题 row: "标题 某某通知", "标题【专题】某某会议召开").
TITLE_KIND: Final = "title"
TITLE_LABELS: Final = tuple(sorted(FIELD_LABELS[TITLE_KIND], key=len, reverse=True))


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


#: The code points of the Han characters the patterns name as ``[\u4e00-\u9fff]``: compiled,
#: ``HAN_FIRST <= ord(line[i]) <= HAN_LAST`` reads the character in place, where a comparison
#: of strings first makes one of it.
HAN_FIRST: Final = 0x4E00
HAN_LAST: Final = 0x9FFF

#: The code points whose one-character strings :func:`first_char` and :func:`last_char` keep: general
#: punctuation and symbols (•, ■), CJK punctuation (【, 《) and the Han characters, most lines' edges.
_KEPT_CHARS_FIRST: Final = 0x2000
_KEPT_CHARS_END: Final = HAN_LAST + 1
#: Those strings, each made on first use.
_KEPT_CHARS: Final[list[str | None]] = [None] * (_KEPT_CHARS_END - _KEPT_CHARS_FIRST)


def first_char(line: str) -> str:
    """``line[0]``, one and the same string for a character at each call.

    Compiled, ``line[0]`` makes a new string for any character past Latin-1 (Latin-1
    ones are shared), and each test of it against a set hashes it again; a line's
    first character is tested a dozen times over the stages. A kept string is made
    and hashed once.
    """
    code = ord(line[0])
    if not _KEPT_CHARS_FIRST <= code < _KEPT_CHARS_END:
        return line[0]
    kept = _KEPT_CHARS[code - _KEPT_CHARS_FIRST]
    if kept is None:
        kept = _KEPT_CHARS[code - _KEPT_CHARS_FIRST] = line[0]
    return kept


def last_char(line: str) -> str:
    """``line[-1]``, one and the same string for a character at each call (see :func:`first_char`)."""
    code = ord(line[-1])
    if not _KEPT_CHARS_FIRST <= code < _KEPT_CHARS_END:
        return line[-1]
    kept = _KEPT_CHARS[code - _KEPT_CHARS_FIRST]
    if kept is None:
        kept = _KEPT_CHARS[code - _KEPT_CHARS_FIRST] = line[-1]
    return kept

_SPACE_CODE: Final = ord(" ")


def code_before_spaces(text: str, at: int) -> int:
    """The code point of the last character before ``at`` that is no space, or -1 where there is none.

    Read in place (compiled, ``ord(text[i])`` makes no string): the cheap test of what a colon or a
    word follows, where a pattern call costs a thousand instructions before it reads a character.
    """
    before = at - 1
    while before >= 0 and ord(text[before]) == _SPACE_CODE:
        before -= 1
    return ord(text[before]) if before >= 0 else -1


#: Label (normalised, no inner spaces) -> field kind.
LABEL_KINDS: Final[dict[str, str]] = {
    label.replace(" ", ""): kind for kind, labels in FIELD_LABELS.items() for label in labels
}

#: One label anywhere in a line: the label with optional inner padding, an
#: optional closing bracket ("[ 索引号 ]"), then an optional colon. The labels
#: form a trie whose first characters the regex engine scans for in C, and a
#: longer label wins over a shorter one (发布时间 over 时间). Its runs of spaces are possessive
#: (``[ ]*+``): what follows each never opens with a space, so giving spaces back never makes a
#: match, and the engine keeps no place to return to in each. The optional colon is an empty
#: alternative (see the module's docstring): its group is None all the same where no colon follows.
_LABEL_TAIL: Final = r")[ ]*+[\]】]?[ ]*+(?:(?P<colon>[::])|)"
LABEL: Final = re.compile(r"(?P<label>" + _trie(list(LABEL_KINDS), gap="[ ]*+") + _LABEL_TAIL)
#: ``LABEL`` cut by the labels' first characters, for a match at a given place: the engine tries the
#: labels of that place's character, where the whole trie tries its first characters one by one.
_LABEL_BY_FIRST: Final[dict[str, re.Pattern[str]]] = {
    first: re.compile(r"(?P<label>" + _trie([w for w in LABEL_KINDS if w[0] == first], gap="[ ]*+") + _LABEL_TAIL)
    for first in {label[0] for label in LABEL_KINDS}
}


#: An ``endpos`` past the end of any line: the whole line.
_LINE_END: Final = 1 << 30


def match_label(line: str, pos: int = 0, endpos: int = _LINE_END) -> re.Match[str] | None:
    """``LABEL.match(line, pos, endpos)``, trying only the labels that open with the character at ``pos``."""
    if pos >= len(line) or pos >= endpos:
        return None
    pattern = _LABEL_BY_FIRST.get(first_char(line) if pos == 0 else line[pos])
    if pattern is None:
        return None
    # (an endpos is passed only where it cuts the line: compiled, _LINE_END would be boxed at each call)
    return pattern.match(line, pos) if endpos >= len(line) else pattern.match(line, pos, endpos)


#: A label the vocabulary lacks, standing as one in a metadata line: 2-8 Han characters at
#: the line's start or after a space, cell border or bracket, then a colon ("征集时间:").
UNKNOWN_LABEL: Final = re.compile(r"(?<![^ |\]】\[【])(?P<label>[\u4e00-\u9fff]{2,8})[ ]*(?P<colon>[::])")
#: A label the vocabulary lacks filling a table's first cell, no colon ("公开责任部门 | 某局 |"): read where it
#: ends with a known label (:func:`.labels.label_kind`).
FIRST_CELL_LABEL: Final = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})(?P<colon>)(?=[ ]*\|)")
#: A word and a slash printed before a label, as two names for one cell ("备注/文号:…", "来源/作者:…").
SLASHED_LABEL: Final = re.compile(r"[\u4e00-\u9fff]{2,4}[ ]*/[ ]*(?=[\u4e00-\u9fff]{2,8}[ ]*:)")
#: A label the vocabulary lacks in a row of bare cells ("发布机构 县政府办公室 著录日期 2024-02-19"): a Han
#: word after one value cell, set off by single spaces, over a value opening with a digit (a date, a code)
#: or the dash a table prints in an empty cell ("效力状况 有效 附件下载 —  —").
UNKNOWN_BARE_CELL: Final = re.compile(r"(?<=[^ ] )(?P<label>[\u4e00-\u9fff]{2,8})(?P<colon>)(?= [0-9—])")
#: The same in a row whose cells wide gaps part ("索 引 号  某码  公开目录  某类"): a Han word in a cell
#: of its own, a cell after it or the row's end (its value left empty: "…  主动公开  失效日期").
UNKNOWN_GAP_CELL: Final = re.compile(r"(?<=[^ ]  )(?P<label>[\u4e00-\u9fff]{2,8})(?P<colon>)(?=[ ]{2,}[^ ]|[ ]*$)")
#: Farthest into a line the colon of a label opening it stands (8 characters and padding).
LABEL_ROW_REACH: Final = 12
#: Longest such label.
UNKNOWN_LABEL_MAX: Final = 8
#: Where such labels go: ``Article.extra``, under the label as printed.
UNKNOWN_KIND: Final = "extra"
#: Shortest known label whose kind a longer label ending with it takes (内容更新时间 is an
#: 更新时间); a longer label ending with a shorter one (征集时间, 会议时间) is a label of its own.
SPECIFIC_SUFFIX_MIN: Final = 3
#: A metadata table's row under known ones, whose label the vocabulary lacks: "政策咨询电话: |".
LABEL_ROW: Final = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[ ]*[::](?P<value>[^::]{0,60})$")
#: Such a row with no colon, its label a cell of its own: "规范性文件登记号 |", "备案编号 | HP01 |".
BARE_LABEL_CELL: Final = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,10})[ ]*\|(?P<value>[^|::]{0,60})[ |]*$")

#: A label cell of a row that pairs labels and values: a few Han characters, padding removed.
CELL_LABEL: Final = re.compile(r"[\u4e00-\u9fff]{2,10}")
#: A label:value line whose label the vocabulary lacks, in the head: a label of 2-12 Han characters
#: (padding allowed, a required-field star before it: "类 别:B", "*验 证 码:"), its colon, a short value.
#: A label without padding, most, is read as one run of Han characters before the repeat of a group that
#: padding needs (each of whose turns costs the engine a block); either way the label ends only at the last
#: Han character before the colon, so the engine keeps no place to return to in it.
HEAD_LABEL_ROW: Final = re.compile(
    r"\*?(?P<label>(?>[\u4e00-\u9fff]{2,12}(?=[ ]*:)|[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff]){1,11}))"
    r"[ ]*:(?P<value>[^::。;!?]{0,20})$"
)

#: An index number (索引号) in the national form, printed with no label: the publishing body's
#: organisation or credit code (8 to 18 letters and digits, a check character after a hyphen),
#: "/", the year (and month), "-", a running number ("11152523011672048D/2024-00004").
INDEX_NUMBER_SHAPE: Final = re.compile(r"[0-9A-Z]{8,18}(?:-[0-9A-Z])?/(?:19|20)\d\d(?:[01]\d)?-\d{3,10}(?= {2,}|$)")

#: A line that is a label glued to a code, no colon or space between ("监督索引号53293003200401000"):
#: the label (a known one with words before it) is read by its ending, the code is letters and digits.
GLUED_CODE_FIELD: Final = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8}?)(?P<value>[0-9][0-9A-Za-z/-]{5,})")
#: The kinds a glued code is read as: the codes a disclosure page prints.
GLUED_CODE_KINDS: Final = frozenset({"index_number", "document_number"})

#: Words of a date label that say when a document takes or loses effect, or a deadline: such a
#: date is never the publish date ("有效期至", "生效日期", "实施时间", "截止时间").
VALIDITY_DATE_WORDS: Final[tuple[str, ...]] = ("有效", "生效", "实施", "施行", "失效", "废止", "截止", "期限")
#: A run of empty cells in a row printed with cell borders ("总计 | ||||", "| | |"): a table's, never a
#: navigation bar's.
EMPTY_CELLS: Final = re.compile(r"\|[ ]*\|[ ]*\|")
#: The gap between two labelled cells of a metadata row printed as one line ("连载:某某   作者:某某").
CELL_GAP: Final = "  "
CELL_GAPS: Final = re.compile(r" {2,}")

#: Farthest a label is looked for after the previous one (values are short).
LABEL_REACH: Final = 80

#: The first character of every label: a cheap gate before the big pattern.
LABEL_FIRST_CHARS: Final = frozenset(label[0] for label in LABEL_KINDS) | {"[", "【"}
#: The last characters of the source labels (来源, 出处, 转自 …): a text holding none gives no source field.
SOURCE_LABEL_LAST: Final[tuple[str, ...]] = tuple(
    sorted({label[-1] for label, kind in LABEL_KINDS.items() if kind == SOURCE_KIND})
)

#: Counter forms without a label-colon pair, rewritten to "浏览次数:N" before
#: the labels are read: "563次浏览", "浏览4482次", an empty "次浏览", "浏览(1234)". Each comes
#: with a literal that must be in the line for the pattern to be tried.
VIEWS_FORMS: Final[tuple[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    ("次浏览", re.compile(r"(?<![\d::.])(\d+)[ ]*次浏览"), lambda m: f" 浏览次数:{m[1]} "),
    ("次浏览", re.compile(r"次浏览"), lambda m: " 浏览次数: "),
    # (an optional 已 spelt as its own alternative: a pattern opening with a set of characters is searched
    # for them in C, one opening with an optional group is tried at every position of the line)
    ("次", re.compile(r"(?:已[ ]*(?:浏览|阅读|点击)|浏览|阅读|点击)[ ]*(\d+)[ ]*次"), lambda m: f" 浏览次数:{m[1]} "),
    # the count in brackets after the word ("阅读数(15878)", "浏览(1234)")
    ("(", re.compile(r"(?:浏览|阅读|点击)(?:次数|数|量)?[ ]*\([ ]*(\d{1,10})[ ]*\)"), lambda m: f" 浏览次数:{m[1]} "),
)

#: A view count value: the first number ("1066", "[ 207 ]", "0次"), thousands
#: parted by commas ("1,286") read as one number.
VIEWS_NUMBER: Final = re.compile(r"^[\s\[【(]*(\d{1,3}(?:,\d{3})+|\d{1,10})(?![\d/.:年-])")

#: How far into a metadata line a widget that opens it may reach ("字体大小:【   来源:…").
WIDGET_REACH: Final = 40

#: Longest name printed after a bare date line under the headline, parted by a space
#: ("2023-09-14 某某日报": the outlet). A longer text after a date is prose or a list item.
DATED_NAME_MAX: Final = 12
#: Longest such name glued to the date ("2023/10/12 16:08:09本站原创").
DATED_GLUED_NAME_MAX: Final = 8
#: Brackets a date cell may open a line with ("[ 2014-01-09 ]", "(2015-12-3 10:10:00)  来源:…").
DATE_BRACKETS: Final = {"[": "]", "【": "】", "(": ")"}
#: The site's address printed before the date line under a headline ("http://www.… 2023-05-04 09:47:52").
URL_BEFORE_DATE: Final = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+[ ]+(?=(?:19|20)\d{2})")
#: A date a calendar widget prints in pieces under the headline: the month and day
#: under the year ("12/18", "05月27日"), then the clock ("08:42").
SPLIT_DATE_DAY: Final = re.compile(r"(?P<month>1[0-2]|0?[1-9])[/月-](?P<day>3[01]|[12]\d|0?[1-9])日?")
SPLIT_DATE_CLOCK: Final = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
#: A web address alone on its line ("http://www.….gov.cn/").
URL_LINE: Final = re.compile(r"^(?:https?://|www\.)[\x21-\x7e]+$")

#: Shortest value after a credit label that can be a headline with a column prefix
#: ("图文:某县2023年秋季重点项目集中开工"): longer than any credited name or list of names.
PREFIXED_HEADLINE_MIN: Final = 10

#: Field kinds whose value is a date.
DATE_KINDS: Final = frozenset({"published", "published2", "written"})
#: How a date's label the vocabulary lacks ends ("登载日期", "入库时间"): opening the page's only
#: dated line, it labels the page's date.
DATE_LABEL_ENDINGS: Final[tuple[str, ...]] = ("日期", "时间")
#: Kinds of labels that words glued before them make a longer label of (征集时间, 栏目名称):
#: a date's and a name's. Before a credit or a source the words are a value ("某某 张三来源:").
COMPOUND_TAIL_KINDS: Final = DATE_KINDS | {TITLE_KIND}

#: What is left of a widget after its opening bracket ("小 大】 …").
WIDGET_REST: Final = re.compile(r"^[^】\]]{0,16}[】\]][ ]*")

#: A font-size picker without brackets left after its 字号 label ("字号:大 中 小 3月14日,…").
FONT_PICKER: Final = re.compile(r"^[ ]*(?:[::][ ]*)?(?:(?:特大|超大|较大|默认|标准|大|中|小)(?:[ ]+|$)){2,5}")

#: Where a value ends even without a next label: a pipe cell border, a widget
#: (字号/字体, 【, print, share, error report, A+A-), but not the 【 round a 文号's year
#: ("张政发【2020】23号"). Literal alternatives, so the engine scans for their first characters in C.
VALUE_STOP: Final = re.compile(
    r"\||【(?![ ]*(?:19|20)\d{2}[ ]*】)|\[[ ]*字[号体]|字[号体]|文字大小|保存|打印|分享|我要纠错|关闭"
    r"|语音(?:阅读|播报|朗读)"  # a read-aloud button, though its last word is a counter's label ("语音阅读:")
    r"|A[+\-][ ]*A"  # a font-size picker of letters glued after the value ("来源:A+A-")
)
#: The characters a ``VALUE_STOP`` match opens with (one for each of its alternatives).
VALUE_STOP_FIRST: Final = frozenset("|【[字文保打分我关语A")

#: Placeholders that mean "unknown" wherever a value is expected.
PLACEHOLDERS: Final = frozenset({
    "未知", "佚名", "不详", "匿名", "无", "暂无", "admin", "Admin", "ADMIN", "管理员",
    "系统管理员", "网站管理员", "超级管理员", "本站管理员", "administrator", "-", "--", "—", "null", "None",
    "未知来源",
    # a CMS's or reposting site's word for "from the web" or "the system" where a source is wanted
    "系统", "网络", "互联网", "网络整理", "网络转载", "转载文章",
    # a CMS's or a server account's own name in a credit slot ("编辑:phpcms", "编辑:webmaster")
    "phpcms", "dedecms", "empirecms", "discuz", "webmaster", "editor", "root", "system", "guest", "test",
})
#: The fields whose name a placeholder may carry.
_PLACEHOLDER_FIELDS: Final = ("source", "author", "editor", "issuer", "document_number")
#: A placeholder that names the field it stands in for, either way round ("暂无来源", "作者不详").
NAMED_PLACEHOLDERS: Final = frozenset(
    combined
    for kind in _PLACEHOLDER_FIELDS
    for label in FIELD_LABELS[kind]
    for word in PLACEHOLDERS
    for combined in (word + label.replace(" ", ""), label.replace(" ", "") + word)
)

# ---------------------------------------------------------------------------
# Persons and non-persons in credit slots
# ---------------------------------------------------------------------------

#: Role words in a credit, longest first; their kind decides the list a name joins. Every editor's
#: label is an editor's role too ("(实习编辑:某某 责任编辑:某某)"); 人 closing a role is read by CREDIT_ROLE.
CREDIT_ROLES: Final[tuple[tuple[str, str], ...]] = tuple(
    sorted(
        {
            *((word, "editor") for word in FIELD_LABELS["editor"] if not word.endswith("人")),
            ("本报记者", "author"), ("融媒记者", "author"), ("融媒体记者", "author"), ("实习记者", "author"),
            ("特约记者", "author"), ("见习记者", "author"), ("记者", "author"), ("实习生", "author"),
            ("通讯员", "author"), ("作者", "author"), ("撰稿", "author"), ("撰文", "author"),
            ("供稿", "author"), ("图文", "author"), ("文字", "author"), ("文", "author"),
            ("摄影", "photographer"), ("摄像", "photographer"), ("图片", "photographer"),
            ("摄影记者", "photographer"), ("执笔", "author"), ("编译", "author"), ("文案", "author"),
            ("文、图", "author"), ("图、文", "author"),
            # who sends the copy out (发稿人 is an editor's label, 发稿 only a credit's role), and who signs a
            # report beside the signer (会签人)
            ("发稿", "editor"), ("会签", "editor"),
            ("图", "photographer"), ("摄", "photographer"),
        },
        key=lambda pair: (-len(pair[0]), pair[0]),
    )
)

#: The first characters of a longer role word (通讯 of 通讯员, 实习 of 实习记者): what
#: is left of the role where a dump was cut inside a byline ("(记者 孙立新 通讯"), never a name.
ROLE_PREFIXES: Final = frozenset(role[:n] for role, _ in CREDIT_ROLES for n in range(2, len(role)))
#: The role words themselves: a word left before a role glued to it ("王某 一审编辑:…") is never a name.
ROLE_WORDS: Final = frozenset(role for role, _ in CREDIT_ROLES)

#: A role word followed by a colon, a slash or a space, inside a credit text
#: (:func:`byline.find_roles` drops one glued to a preceding Han character); 人 may
#: close the role's word (撰稿人, 审核人, 发稿人: the person who wrote, checked, posted it).
CREDIT_ROLE: Final = re.compile(
    r"(?P<role>" + _trie([r for r, _ in CREDIT_ROLES]) + r")人?[ ]*(?:[:://|丨]|(?=[ ]))[ ]*"
)

#: The role words by their first character: a text that opens with none of its first character's words
#: opens with no role (a cheap test before ``CREDIT_ROLE`` is tried there).
ROLE_WORDS_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {
    role[0]: tuple(word for word, _ in CREDIT_ROLES if word[0] == role[0]) for role, _ in CREDIT_ROLES
}

#: Words glued before a role and its colon that say whose role it is ("单位审核:某某", "部门审核:某某"),
#: and their lengths, longest first.
#: The review stages are such words too: "一审编辑:某某", "二审校对:某某", "终审核发:某某" name one role each.
ROLE_QUALIFIERS: Final = frozenset(
    {
        *("单位", "部门", "科室", "处室", "股室", "领导", "值班", "带班", "网站", "栏目"),
        *("一审", "二审", "三审", "初审", "复审", "终审"),
    }
)
ROLE_QUALIFIER_SIZES: Final = tuple(sorted({len(word) for word in ROLE_QUALIFIERS}, reverse=True))
#: Writer roles a news byline glues to the outlet before them ("新京报记者 某某", "某某报·某某网记者 某某")
#: or to the name after them ("(记者某某 某某)", "通讯员某某、某某"); :func:`.byline.part_roles` parts them.
GLUED_ROLES: Final[tuple[str, ...]] = ("记者", "通讯员", "评论员")
#: Their last characters, one each: a search for one character costs a third of one for a word.
GLUED_ROLE_ENDS: Final[tuple[str, ...]] = tuple(sorted({role[-1] for role in GLUED_ROLES}))
#: An outlet's name glued before such a role at the start of a credit (dropped: an outlet is no person),
#: or two or three joined by 、 ("某某晚报、某报全媒体记者 某某"), a roundup's word for compiling it before
#: them ("整合 某某日报记者 某某") going with it.
OUTLET_BEFORE_ROLE: Final = re.compile(
    r"^[(\[【]?(?!记者|通讯员|评论员)(?P<outlet>(?:(?:整合|综合|汇编)[ ]+)?"
    r"(?:[\u4e00-\u9fffA-Za-z][^ ()\[\]【】::、,/|丨]{0,13}?、){0,2}"
    r"[\u4e00-\u9fffA-Za-z][^ ()\[\]【】::、,/|丨]{0,13}?)(?=记者|通讯员|评论员)"
)
#: A role and, after a slash, a short word the role vocabulary may lack, before the colon ("文字/剪辑:某某"): the
#: same person in both roles, the first read.
UNKNOWN_JOINT_ROLE: Final = re.compile(
    r"(?P<role>" + _trie([r for r, _ in CREDIT_ROLES]) + r")/(?P<other>[\u4e00-\u9fff]{1,3})(?=[ ]*[::])"
)
#: A reporter's role glued inside a source's value ("来源:某某网在线通讯员 某单位 某某"): the source ends there,
#: and the rest is the credit.
SOURCE_GLUED_ROLE: Final = re.compile(
    r"(?<=[\u4e00-\u9fff])(?P<role>通讯员|记者)(?![站部处组团])[ ]*(?=[\u4e00-\u9fff])"
)
#: Such a role glued to the name after it: 2-4 Han characters (or two names run together, 5-6), then a
#: separator, the end or the next such role ("记者某某通讯员某某", "记者某某见习记者某某"); so too an editor's
#: ("责任编辑何芬)"). A role the vocabulary qualifies (见习记者, 融媒体记者) is matched whole.
_GLUED_NAME_ROLES: Final[tuple[str, ...]] = ("记者", "通讯员", "评论员", "责任编辑", "责编")
_ROLES_BEFORE_NAMES: Final = _trie(
    sorted({*_GLUED_NAME_ROLES, *(role for role, _ in CREDIT_ROLES if role.endswith(_GLUED_NAME_ROLES))})
)
ROLE_BEFORE_NAME: Final = re.compile(
    r"(?P<role>" + _ROLES_BEFORE_NAMES + r")(?=[\u4e00-\u9fff]{2,6}(?:[ 、,;&/)\]】]|$|" + _ROLES_BEFORE_NAMES + r"))"
)
#: How far into a line such a role may stand for the line to be a byline.
GLUED_ROLE_REACH: Final = 18

#: Role words printed after the credited name or office ("县政府办供稿", "张伟 摄").
CREDIT_SUFFIXES: Final[tuple[str, ...]] = ("供稿", "摄", "摄影", "报道", "撰稿", "整理")
#: Those that credit a photographer.
CREDIT_PHOTO_SUFFIXES: Final[tuple[str, ...]] = ("摄", "摄影")
#: Those that credit a writer, cut from the names before them ("(某市政协 黄某供稿)").
WRITER_SUFFIXES: Final[tuple[str, ...]] = ("供稿", "报道", "撰稿", "整理")
#: Their last characters (a set lookup before ``str.endswith``).
WRITER_SUFFIX_LAST: Final = frozenset(suffix[-1] for suffix in WRITER_SUFFIXES)
WRITER_SUFFIX: Final = re.compile(r"[ ]*(?:供稿|报道|撰稿|整理)$")
#: A joint role printed glued after the last name of a credit ("(某办 张某 李某图/文)"), parted from it.
GLUED_JOINT_ROLE: Final = re.compile(r"(?<=[\u4e00-\u9fff])(?P<role>图/文|文/图)(?=[ )]|$)")
#: The suffix of "某某 某地报道": the word glued to it after a name is the place reported from.
REPORTED_FROM: Final = "报道"
#: A credit printing each role after its name and a slash ("(孙某/文 余某/摄)").
ROLE_AFTER_NAME: Final = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4})[ ]*/[ ]*(?P<role>图文|摄影|编辑|文|图|摄)(?=[ ))]|$)"
)
#: A note after a credited name ("沈某(实习)", "(见习)"): no part of the name.
NAME_NOTE: Final = re.compile(r"(?<=[\u4e00-\u9fff])[(][\u4e00-\u9fff]{1,3}[)](?=[ ,,、)]|$)")
#: A credit line of its own under the text: a unit, and the person in parentheses ("某镇林业服务中心(某某)").
UNIT_AND_PERSON: Final = re.compile(r"(?P<unit>[\u4e00-\u9fff]{4,20})[(](?P<name>[\u4e00-\u9fff]{2,4})[)]")
#: Shortest token read as a unit glued to a person's name ("东沟镇张洁"), and how such a
#: unit ends (a place or an office; "所" of "所指者" is no unit's).
UNIT_AND_NAME_MIN: Final = 4
UNIT_LAST_CHARS: Final = frozenset("镇乡村县区市局委办厅室站队联会协")
#: A lead credit in brackets or parentheses opening the first paragraph ("【通讯员 李某 石某】为进一步…",
#: "(通讯员:某某)某街道…"); it credits someone only where it names a role.
LEAD_CREDIT: Final = re.compile(r"^(?:[【\[](?P<credit>[^【】\[\]]{2,40})[】\]]|\((?P<paren>[^()]{2,40})\))")

#: The agency releasing a photo, before its photographer's credit under the text ("某某社发(某某摄)").
PHOTO_RELEASE: Final = re.compile(r"[\u4e00-\u9fff]{1,8}社发")

#: An e-paper's code of an article, alone on the text's last line ("XFTB009"): capital letters, then digits.
ARTICLE_CODE: Final = re.compile(r"[A-Z]{2,6}[0-9]{2,6}")
#: An image file name that opens a line ("IMG_0123.jpg(县政府办供稿)").
IMAGE_NAME: Final = re.compile(r"^[\w\-.]+\.(?:jpe?g|png|gif|bmp|webp)", re.IGNORECASE)
#: Image file names glued before a paragraph's first words ("微信图片_2021.jpg微信图片_2022.jpg“大哥…").
LEADING_IMAGE_NAMES: Final = re.compile(r"(?:[\w\-]+\.(?:jpe?g|png|gif|bmp|webp)[ ]*)+", re.IGNORECASE)

#: First characters of the role words: a credit line opens with one or with "(".
CREDIT_FIRST_CHARS: Final = frozenset(role[0] for role, _ in CREDIT_ROLES) | {"(", "\uff08"}

#: A digit: credits print none.
DIGIT: Final = re.compile(r"\d")
#: The code points :func:`has_digit` reads: ASCII's end, and its digits.
_ASCII_END: Final = 0x80
_ZERO: Final = 0x30
_NINE: Final = 0x39

#: Role kinds by word.
CREDIT_ROLE_KINDS: Final = dict(CREDIT_ROLES)

#: Single-character endings that make a name of three or more characters an
#: office or a place (…镇, …局, …网, a county bureau's section …股), not a person.
OFFICE_PLACE_CHARS: Final = frozenset("镇乡村县区市省局委办厅处室站网报社部所州旗股版")

#: Office endings that are also a given name's last character ("张宏科"): after a writer's role, a surname
#: before them makes a person.
NAME_LIKE_OFFICE_ENDINGS: Final = frozenset("科")

#: What separates names in a credit ("王土根 马亮", "张三、李四"): spaces, or these characters.
NAME_SEPARATOR_CHARS: Final[tuple[str, ...]] = (",", "、", ";", "/", "&")
NAME_SEPARATORS: Final = re.compile("[ " + re.escape("".join(NAME_SEPARATOR_CHARS)) + "]+")
#: An editor's login name printed for their name ("编辑:hefan"): lower-case letters, read where an editor's role
#: introduces them.
LOGIN_NAME: Final = re.compile(r"[a-z]{3,16}")
#: A staff code an editor's credit prints for a name ("HN666"), or glued to one ("李某_NN2587"): no person.
STAFF_CODE: Final = re.compile(r"[A-Za-z]{1,6}[_]?\d{2,8}")
GLUED_STAFF_CODE: Final = re.compile(r"(?<=[\u4e00-\u9fff])_[A-Za-z]{0,6}\d{2,8}(?![A-Za-z0-9])")

#: What may close a credit text after its last word ("(某某供稿)").
CLOSING_EDGE: Final = ")) "
#: Brackets, colons and spaces around a credit text ("(记者 周大正", "[张某 李某]"); any other white space is edge too.
CREDIT_EDGE_CHARS: Final = " ::()()[]"
_CREDIT_EDGE_CHAR = r"[\s" + re.escape(CREDIT_EDGE_CHARS.strip()) + "]"
#: The edges as a pattern (:func:`.byline.strip_credit_edge` strips them faster where it can).
#: (The closing run is tried only where a run starts, so a long run inside the text is read once.)
CREDIT_EDGE: Final = re.compile(f"^{_CREDIT_EDGE_CHAR}+|(?<!{_CREDIT_EDGE_CHAR}){_CREDIT_EDGE_CHAR}+$")

#: A photographer credited after the name: "张伟 摄", "张伟摄影".
PHOTO_SUFFIX: Final = re.compile(r"^(?P<names>.*[^ \n])[ ]*(?:摄影|摄)$")

#: Characters that end a sentence or a note; a "(name)" right after one is a glued
#: byline ("…执行。(吴松)", "(此件公开发布)(余雨)").
SENTENCE_END_CHARS: Final = frozenset("。!?”」』…)")

#: A person's name: 2-4 Han characters, or a name with a middle dot (少数民族).
PERSON_NAME: Final = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,10})$")

#: The most common single-character surnames: where two names are glued into one run of five or six
#: characters ("郑某某蒋某"), the second opens with one of them.
COMMON_SURNAMES: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: Longest run of glued names so parted (two names of two or three characters), and the longest name
#: taken whole (a four-character one: 欧阳某某).
GLUED_NAMES_MAX: Final = 6
PERSON_NAME_MAX: Final = 4

#: What parts a page title's headline from the site's and channels' names after it ("…_某栏目_某网").
TITLE_SEPARATORS: Final[tuple[str, ...]] = ("-", "_", "|")

#: Openings that make a credit a medium's account, not a person ("今日某某", "掌上某某").
NON_PERSON_PREFIXES: Final[tuple[str, ...]] = ("今日", "掌上", "云上", "指尖", "智慧", "数字", "无线")
#: Their first characters (a set lookup before ``str.startswith``).
NON_PERSON_PREFIX_FIRST: Final = frozenset(prefix[0] for prefix in NON_PERSON_PREFIXES)
#: Endings that make a credit an office, a place, a medium or a channel, not a person.
NON_PERSON_SUFFIXES: Final[tuple[str, ...]] = (
    "政府", "办公室", "委员会", "人大", "政协", "政府办", "办", "局", "委", "厅", "部", "处", "科",
    "室", "所", "站", "中心", "网", "报", "台", "社", "院", "校", "队", "会", "组", "镇", "乡",
    "村", "街道", "社区", "县", "区", "市", "省", "州", "旗", "动态", "新闻", "要闻", "资讯",
    "信息", "工作", "编辑", "供稿", "发布", "公司", "集团", "频道", "栏目", "专栏", "日报",
    "晚报", "融媒", "媒体", "管理员", "小编",
    # federations and associations credited under a story ("县残联", "市妇联")
    "残联", "妇联", "文联", "侨联", "科协", "工商联",
)
#: How far into the paragraph a leading credit's role (供稿, 撰稿) may stand: a cheap test before the pattern.
LEADING_CREDIT_REACH: Final = 15
#: A supplier's credit glued before the text's first words ("某镇供稿(某某)为深入…"): the unit, the role, the writer.
LEADING_CREDIT: Final = re.compile(
    r"(?P<unit>[\u4e00-\u9fff]{2,12}?)(?P<role>供稿|撰稿)[(](?P<name>[\u4e00-\u9fff]{2,4})[)]"
)
#: Longest line of an office and its writer under the text ("某某县政协  某某某").
UNIT_CREDIT_MAX: Final = 30
#: Who posted the page (an extra field, a CMS account as a rule): the issuer where it names an office
#: ("发布者:某县人民政府办公室", "信息发布人:安监局") and no issuer label is printed.
POSTER_LABELS: Final = frozenset({"发布者", "发布人", "信息发布人"})
#: Their last characters: a set lookup refuses most names before ``str.endswith`` tries every suffix.
NON_PERSON_LAST: Final = frozenset(suffix[-1] for suffix in NON_PERSON_SUFFIXES)

#: China's provinces, municipalities and regions, as a byline or a self-media page prints them.
PROVINCES: Final[tuple[str, ...]] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门",
)
#: How an outlet's name ends (a source that runs on with another one, "某某客户端 某某网").
OUTLET_ENDINGS: Final[tuple[str, ...]] = ("网", "报", "台", "社", "客户端", "新闻", "杂志", "号")
#: Outlets known by a short name that no outlet ending gives away.
OUTLET_SHORT_NAMES: Final = frozenset({"央视", "央广", "新华社", "中新社"})
#: How a newsroom's name printed alone between a headline and its date ends ("某某晚报"): it names who ran
#: the story, never the headline.
NEWSROOM_ENDINGS: Final[tuple[str, ...]] = (
    "日报", "晚报", "早报", "晨报", "时报", "商报", "都市报", "新闻网", "电视台", "客户端", "融媒体中心", "通讯社",
)
#: How an outlet that credits its writers on a line over the text ends ("某某网站  张三") may end besides.
CREDITING_OUTLET_ENDINGS: Final[tuple[str, ...]] = (*OUTLET_ENDINGS, "网站", "融媒体中心", "新闻中心")
#: Characters that close a place name at the start of a body's name ("三台县融媒体中心").
PLACE_ENDINGS: Final = frozenset("省市州盟县区旗镇乡")
#: Disclosure labels a capture cut to their last character ("号: 3415…/2026…-00005", "性: 有效",
#: "词: 某某"), and their whole names: the cut 号 only before an index number's value.
CLIPPED_LABELS: Final = {"号": "索引号", "性": "有效性", "词": "关键词"}
CLIPPED_INDEX_CHAR: Final = "号"
CLIPPED_LABEL: Final = re.compile(r"(?P<char>[号性词])[ ]?:")
CLIPPED_INDEX_VALUE: Final = re.compile(r"[ ]?[0-9A-Z]{8,18}(?:-[0-9A-Z])?/(?:19|20)\d\d(?:[01]\d)?-\d{3,10}(?![\d\-])")
#: A gap this wide ends a value whatever follows it (a pager or a widget cell after a source).
VALUE_GAP: Final = "   "

#: Whole words that are never a person in a credit slot.
#: The outlet naming itself ("本站", "(本刊)" under the text): a credit, never a person.
SELF_OUTLET_WORDS: Final = frozenset({"本站", "本网", "本刊", "本报", "本台", "本社"})
NON_PERSON_WORDS: Final = frozenset({
    *SELF_OUTLET_WORDS, "原创", "本站原创", "供稿", "综合", "整理", "编辑", "记者", "通讯员",
    "作者", "审核", "责编", "摄影", "新闻", "网站", "转载", "图片", "图文", "文字", "撰文", "报道", "整合", "评论员",
    # what a media page credits or labels beside its outlet's name ("某某台 视频", "某某网 供图")
    "供图", "视频", "音频", "出品", "制作", "直播", "专题", "快讯", "要闻", "头条", "热点", "推荐", "消息", "简讯",
    # outlets known by a short name
    *OUTLET_SHORT_NAMES,
    # a post or title after a name ("某某北京大学经济学院教授"), never the name
    "教授", "主任", "书记", "局长", "县长", "镇长", "乡长", "区长", "市长", "部长", "处长", "科长",
    "院长", "校长", "经理", "老师", "同志", "代表", "委员", "主席", "专家", "学者",
    # provinces and regions: the place a self-media platform prints after a source or a byline
    *PROVINCES,
})

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

#: A Gregorian date with an optional time: 2020-03-23, 2018/03/08, 2021.10.13,
#: 2021年11月15日, unpadded 2022/4/19, spaced "2011- 09- 01 14: 58: 15",
#: fractional seconds "10:11:51.0", a time glued to a two-digit day ("2021-03-2918:26"), a time
#: after its zone ("2012年12月10日, 格林尼治标准时间10:41", "北京时间");
#: a weekday after the date is read over ("2026年11月9日 星期一 08:12").
#: Each optional part is written "(?:…|)", not "(?:…)?": the same match (the part first, then
#: nothing, and no part matches empty), where the engine tries a repeat of a group at a cost
#: (a block allocated at each try) and an alternative for next to nothing; a date matches a
#: quarter faster.
DATE: Final = re.compile(
    r"(?P<y>(?:19|20)\d{2})[ ]*[-/.年][ ]*(?P<m>\d{1,2})[ ]*[-/.月][ ]*"
    r"(?P<d>\d{2}(?=\d{1,2}[::]\d{2})|\d{1,2}(?!\d))[ ]*+日?"
    r"(?:(?P<wd>[ ]*[((]?(?:星期|礼拜|周)[一二三四五六日天][))]?)|)"
    r"(?:(?:[ ]*[,,]?[ ]*(?:北京|格林尼治标准|格林威治|香港|台北)时间|)"
    r"[ ]*(?:T[ ]*|)(?P<H>\d{1,2})[ ]*[::时][ ]*(?P<M>\d{2})"
    r"(?:[ ]*[::分][ ]*(?P<S>\d{2})(?:\.\d+|)|)(?:[ ]*秒|)|)"
)

#: A page's date line printed without its year ("11-15 16:24", "3月2日 08:05"): a month and a day with the
#: clock, alone on the line (a bare "11-15" or "3月2日" may be a schedule's day heading, text). No year is
#: guessed: the line is kept in ``extra`` under ``YEARLESS_DATE_KEY``.
YEARLESS_DATE_LINE: Final = re.compile(
    r"(?:0?[1-9]|1[0-2])[ ]*(?:[-/][ ]*(?:0?[1-9]|[12]\d|3[01])|月[ ]*(?:0?[1-9]|[12]\d|3[01])[ ]*日)"
    r"[ ]+\d{1,2}[::]\d{2}(?:[::]\d{2})?"
)
YEARLESS_DATE_KEY: Final = "日期"
#: Longest such line.
YEARLESS_DATE_MAX: Final = 20

#: A weekday alone on its line ("星期一", "周五"): under a date, a calendar widget's.
WEEKDAY_LINE: Final = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")

#: A date line printed in spaced pieces, the year, the month over a slash and the day, then the clock
#: ("2023 01 / 11 10:04:15"), as a news agency's regional pages print it: read only as a whole line.
SPACED_DATE_LINE: Final = re.compile(
    r"(?P<y>(?:19|20)\d{2})[ ]+(?P<m>[01]\d)[ ]*/[ ]*(?P<d>[0-3]\d)[ ]+"
    r"(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
)

#: A date line printed day first with dots and its clock ("09.07.2021 18:30"), as a news aggregator's
#: copies of portal pages print it: read only as a whole line, each part with two digits.
DAY_FIRST_LINE: Final = re.compile(
    r"(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d{2})[ ]+(?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?"
)

#: A date of the Republic of China era (Taiwan): 中華民國100年5月9日; the year is
#: counted from 1912.
ROC_DATE: Final = re.compile(
    r"(?:中華民國|中华民国|民國|民国)[ ]*(?P<y>\d{1,3})[ ]*年[ ]*(?P<m>\d{1,2})[ ]*月[ ]*(?P<d>\d{1,2})[ ]*日"
)
ROC_EPOCH: Final = 1911
#: A date in Chinese numerals ("二〇二四年五月二十八日", "一九九八年十二月三日"), and the digits' values.
HAN_DATE: Final = re.compile(
    r"(?P<y>[〇○零OО一二三四五六七八九]{4})[ ]*年[ ]*(?P<m>十[一二]?|[一二三四五六七八九])[ ]*月"
    r"[ ]*(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ ]*日"
)
HAN_DIGITS: Final = {
    sign: value
    for value, signs in enumerate(("〇○零OО", "一", "二", "三", "四", "五", "六", "七", "八", "九"))
    for sign in signs
}
#: The short form of an ROC date a Taiwan portal prints after a date label
#: ("發布日期:102-08-15", "更新日期:101-03-06"): a three-digit era year 100-149
#: (2011-2060), read only as a labelled value, never as a bare line.
ROC_SHORT_DATE: Final = re.compile(r"^[ ]*(?P<y>1[0-4]\d)[ ]*[-/.][ ]*(?P<m>\d{1,2})[ ]*[-/.][ ]*(?P<d>\d{1,2})(?!\d)")
#: A date whose year is printed by its last two digits ("发布时间:22年02月25日"): 2000-2039, read
#: only as a labelled value that opens with it, each part with its character (年, 月, 日).
SHORT_YEAR_DATE: Final = re.compile(r"^[ ]*(?P<y>[0-3]\d)[ ]*年[ ]*(?P<m>\d{1,2})[ ]*月[ ]*(?P<d>\d{1,2})[ ]*日")
SHORT_YEAR_CENTURY: Final = 2000

#: How a clock line without a date opens ("今天是:2025年12月06日").
CLOCK_OPENERS: Final[tuple[str, ...]] = ("今天", "今日")

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
#: The domain of a mail address, matched at its "@" ("投稿邮箱:someone@example.com  热线:…"):
#: a line holding one is a contact line, never a headline.
MAIL_DOMAIN: Final = re.compile(r"@[\w\-]+(?:\.[\w\-]+)+", re.ASCII)
#: A contact note under the text, by a label and a number (a phone, a postcode): "(联系人:某某,联系电话:
#: 0000…)", "经办人及联系电话:…", "承办人及联系电话:…", "地址:某路1号 邮编:000000", or a unit and its phone
#: in parentheses.
CONTACT_NOTE: Final = re.compile(
    r"\(?(?:联系人|联系电话|联系方式|联系单位|经办人|承办人|地址|通讯地址)[^。]{0,60}?\d[\d\-—]{4}"
    r"|\([^()。,:]{2,20}[ ]+\d[\d\-—]{6,}\)$"
)
#: A cell of a row of dates under the text, a label and its day (a mailbox's "留言时间:3月2日",
#: "回复时间:2019-03-04 10:00"): the row is the page's record, not text.
DATE_CELL: Final = re.compile(
    r"[\u4e00-\u9fff]{2,6}[ ]*:[ ]*(?:(?:19|20)\d{2}[ ]*[-/.年][ ]*)?\d{1,2}[ ]*[-/.月][ ]*\d{1,2}[ ]*日?"
    r"(?:[ ]+\d{1,2}:\d{2}(?::\d{2})?)?"
)
#: First characters of such a note (a cheap gate before the pattern), and its longest line.
CONTACT_NOTE_FIRST: Final = frozenset("(联经承地通")
CONTACT_NOTE_MAX: Final = 100
#: A mail address under its label on a line of its own ("投稿邮箱:…@…", "联系信箱: …"): the site's contact box.
MAIL_CONTACT: Final = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:邮箱|信箱|邮件|[Ee]-?mail)[ ]*[::][ ]*[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+"
)

#: Lines that carry a live clock or calendar, never a publish date (a calendar's lunar date, "农历庚子年三月初一").
CLOCK: Final = re.compile(
    r"今天是|今日是|星期[一二三四五六日天]|礼拜[一二三四五六日天]|上午|下午|周[一二三四五六日](?!\w)|农历"
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

#: Location labels that open a trail, with their colon: 您的位置, 当前位置(是), 您现在的位置, 您的当前位置,
#: 您当前所在的位置是, 您现在位置, 您所在位置, 所在位置, 目前位置 … (one pattern for the family:
#: who, when, where and 的 are each optional before 位置).
BREADCRUMB_LABEL: Final = re.compile(
    "^(?:(?:"
    + _trie(
        [
            who + when + where + of + "位置" + be
            for who in ("您", "你", "您的", "你的", "")
            for when in ("当前", "现在", "目前", "")
            for where in ("所在", "所处", "")
            for of in ("的", "")
            for be in ("是", "")
        ]
    )
    # a label whose first word the page garbled, its colon after it ("新现在的位置:")
    + r"|[\u4e00-\u9fff](?:当前|现在|目前)(?:所在|所处)?的?位置是?(?=[ ]*[::])"
    # the page rather than the place named ("当前页面:首页 > …")
    + r"|(?:您的?|你的?|)(?:当前|所在)页面(?=[ ]*[::])"
    # (once more where a template prints its label inside another's: "当前位置: 您当前的位置 : 首页 …")
    + r")[ ]*+[::]?[ ]*+){1,2}"
)

#: What may stand before a trail's label or home item: an arrow (">>您当前的位置:"), a bullet
#: ("• 当前位置:") or a list number ("1. 当前位置:", a trail rendered as a numbered list).
TRAIL_DECORATION: Final = re.compile(r"^(?:>+|»|[•·●◆◇■□▪▶►*+]|\d{1,2}[.、.)])[ ]*")
#: First characters of such decoration (a cheap gate before the pattern).
TRAIL_DECORATION_FIRST: Final = frozenset(">»•·●◆◇■□▪▶►*+0123456789")
#: Farthest into a line a location label may start after a short name printed before it
#: ("2016卷某市年鉴 您当前所在位置:首页 > …": a publication's name).
TRAIL_LABEL_AFTER_NAME: Final = 24
#: Among how many first lines a label after decoration or a name is looked for.
TRAIL_DECORATED_LINES: Final = 10

#: Separators between trail items: >, >, ->, >>, », ›, →, /, and a hyphen set off by space.
#: A run of spaces or hyphens is entered only where it starts (the lookbehinds after its first
#: character), so a long run that ends in no separator is read once, not once from each of its
#: characters. Each alternative opens with its own literal character, so the engine scans for
#: them in C and tries no other place (a lookahead opening the pattern had it enter every one).
BREADCRUMB_SEP: Final = re.compile(
    # spaces, then a separator and spaces, or hyphens and spaces
    r"(?:[ ](?<![ ]{2})[ ]*(?:-+>|=>|>>|»|›|→|>|>|/|\\|-+)[ ]*"
    # hyphens, then > or a space
    r"|-(?<!-{2})-*(?:>[ ]*|[ ]+)"
    r"|=>[ ]*|>>[ ]*|»[ ]*|›[ ]*|→[ ]*|>[ ]*|>[ ]*|/[ ]*|\\[ ]*)"
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

#: A date alone, a day with no time: the date a headline may end with, set off by a space
#: ("某街道办事处2020年工作总结 2021-04-02").
FULL_DATE: Final = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?")

#: The gap between the cells of a table row printed as one line (the trail, the
#: headline, the date, 来源 …): wider than the padding around a trail's separators,
#: or a cell border set off by spaces ("…> 正文   |   2020-12-17   阅读量:").
TRAIL_ROW_GAP: Final = "    "
TRAIL_ROW_BORDER: Final = " | "
TRAIL_ROW_CELLS: Final = re.compile(r" {4,}| +\| +")

#: First characters of a trail line: its location label or its home item.
TRAIL_OPENERS: Final = frozenset("您你当所目现位首网主")

#: An unlabelled trail that does not start at 首页 ("妇女儿童 > 工作动态"): items
#: parted by an arrow separator (the lookahead names the characters one starts with).
BREADCRUMB_ARROWS: Final = re.compile(r"(?=[ \->»›→])(?:(?:(?<![ ])[ ]+)?(?:(?<!-)-+>|>>|»|›|→|>|>)[ ]*)")
#: Longest item of such a trail.
BREADCRUMB_ITEM_MAX: Final = 15
#: The item a news site's trail ends with ("… > 正文"): nothing after it is an item (a widget),
#: and a line of short items ending with it is a trail whatever parts them ("某某网 正文", "> 正文").
TRAIL_LAST_ITEM: Final = "正文"
#: Most items of a trail parted by spaces alone.
SPACED_TRAIL_ITEMS_MAX: Final = 4

#: The home item a trail starts with; "首页青湖快讯" (no separator) is split after it.
BREADCRUMB_HOME: Final = re.compile(r"^(?:网站首页|首页|主页)")

#: An unlabelled trail: a home item followed by a separator.
BREADCRUMB_BARE: Final = re.compile(r"^(?:网站首页|首页|主页)[ ]*(?:-+>|>>|»|›|→|>|>|/|[ ]-)")

# ---------------------------------------------------------------------------
# Furniture: widgets, navigation, footers
# ---------------------------------------------------------------------------

#: The end mark of a press release, alone on its line ("完") or in brackets.
END_MARK_WORD: Final = "完"
#: The time a Hong Kong press release was issued, on the line under its date
#: after the end mark ("2014年1月9日(星期四)" / "香港時間16時20分").
ISSUED_TIME: Final = re.compile(r"^香港时间[ ]*(?P<H>\d{1,2})[ ]*[时::][ ]*(?P<M>\d{2})[ ]*分?$")
#: Its first character (a cheap gate before the pattern).
ISSUED_TIME_FIRST: Final = "香"

#: Lines that end the article wherever they appear after the body has begun:
#: print/close/share widgets, prev/next links, related links, site footers.
FOOTER_WORDS: Final[tuple[str, ...]] = (
    "打印", "关闭", "分享到", "分享至", "扫一扫", "上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页",
    "友情链接",
    "版权所有", "Copyright", "copyright", "©", "主办单位", "承办单位", "技术支持", "网站标识码",
    "联系我们", "网站地图", "相关链接", "网站链接", "相关文章", "相关新闻", "相关阅读", "相关信息", "相关稿件",
    "点击排行", "热点排行", "热门文章", "标签:", "标签:", "关联信息", "发表评论", "我要评论",
    "网友评论", "网友留言", "查看评论", "收藏本页", "加入收藏", "返回顶部", "回到顶部", "返回首页", "附件下载",
    "相关附件",
    "文件下载", "参与评论", "返回列表", "网站声明", "版权声明", "免责声明", "凡本网注明", "【责任编辑", "分享:",
    # the reprint notice under the text ("转载请注明出处", "转载请注明来源")
    "转载请注明",
    # the related stories or readings a disclosure platform links under the metadata ("关联稿件:", "关联导读:")
    "关联稿件", "关联导读",
    # the pop-up asking before a link leaves the site ("您访问的链接即将离开'某某网站'是否继续?")
    "您访问的链接即将离开", "您即将离开",
    # a recommendations block under the story (videos, more stories, a gallery site's lists)
    "精彩视频推荐", "精彩推荐", "推荐阅读", "相关推荐", "热门推荐", "猜你喜欢", "图集热榜",
    # the headline the story had in its outlet, noted under a reprint ("原标题:…", "(原题为《…》)")
    "原标题", "原题", "本文原标题",
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
    "新闻联络人", "新闻联系人", "资料更新日期",
    # traditional characters
    "列印", "转寄", "回上页", "回上一页", "返回上一页", "相关连结", "友善列印",
    # the content system's imprint at the page's foot ("Produced By 某某网络 某某发布系统")
    "Produced By", "Produced by", "Powered By", "Powered by",
    # a news site's widgets under the story: the end notice, the writer's other stories, a topic link
    "正文已结束", "作者最新文章", "相关资讯",
    # a login box and a follow-us code under the text ("用户登录" / "还没有账号?" / "立即注册", "扫码关注")
    "用户登录", "还没有账号", "扫码关注",
    # a link to the document's original as a PDF ("公文PDF原件:某政发〔2024〕3号.pdf")
    "公文PDF原件", "PDF原件", "pdf原件",
)
#: A line opening with a footer word, in a bracket or after a list's dash or dot ("- 上一篇:…").
FOOTER: Final = re.compile(
    r"^(?:[【\[(]|[\-·•][ ]|)[ ]*(?:" + _trie(list(FOOTER_WORDS))
    + r"|文件下$|(?:政策|相关|图片)解读[::]?$|解读[::][ ]*《"
    # the 12345 hotline box of the site footer ("12345政务服务便民热线", a slogan after it)
    r"|12345[\u4e00-\u9fff]{0,10}热线(?:[ ]|$)"
    # a share prompt ("分享给好友阅读:", "分享给朋友")
    r"|分享给[\u4e00-\u9fff]{1,6}[::]?$"
    # a press release's end mark alone on its line ("完", "(完)")
    r"|" + END_MARK_WORD + r"[)\]】]?$"
    # a press release's issue time under its date, where no end mark precedes them ("香港时间11时23分")
    r"|香港时间[ ]*\d"
    # a link to more of a list ("更多>同类内容", "更多>>")
    r"|更多[ ]*[>»›]+[\u4e00-\u9fff]{0,8}$)"
)
#: Characters a footer line may open with: a bracket, dash or dot before the word, a space, the first
#: character of a word or of another form above. A cheap gate before the pattern.
FOOTER_FIRST: Final = frozenset("【[(-·• 文政相图解1分香更" + END_MARK_WORD) | {word[0] for word in FOOTER_WORDS}
#: A photo gallery's count of its pictures, alone on its line ("/5"); "3/5" alone may be a figure of the text.
GALLERY_COUNTER: Final = re.compile(r"/[ ]*\d{1,3}")
#: Its first character (a cheap gate) and its longest form.
GALLERY_COUNTER_FIRST: Final = frozenset("/")
GALLERY_COUNTER_MAX: Final = 5
#: A news site's links to its paper's digital edition, alone on a line just above the footer.
EDITION_LINKS: Final = frozenset({"数字报", "电子报", "数字报刊"})
#: The site's supervising body opening a footer line that also gives the site's address, phone or registration
#: ("主管单位:某融媒体中心 地址:…"); alone with its value it is a notice's field ("主管单位:某县民政局").
SUPERVISOR_FOOTER: Final = re.compile(r"主管单位[ ]*[::].*(?:地址|电话|邮箱|ICP|主办|承办)")
#: A QR code's prompt to open the page on a phone ("扫描打开手机端", "手机扫码打开本页", "扫码在手机上浏览"):
#: a scan, a verb of reading, and the phone named; a step of a guide ("扫描二维码下载APP", "扫码查看页面") is none.
#: A capture cut inside the verb ends the page on its first character ("扫码使用手机浏").
QR_PROMPT: Final = re.compile(
    r"(?=.*(?:手机|移动端))(?:用?手机)?扫[描码](?:二维码)?[\u4e00-\u9fff]{0,6}"
    r"(?:打开|浏览|阅读|访问|查看|[打浏阅访查]$)[\u4e00-\u9fff]{0,6}"
)
#: Longest such prompt.
QR_PROMPT_MAX: Final = 16
#: A registration line of the footer (公网安备, ICP), a few characters after its start at most; looked for
#: only in a line holding one of those words, where FOOTER found nothing.
REGISTRATION_LINE: Final = re.compile(r"^[【\[(]?[ ]*\S{0,6}(?:公网安备|ICP)")
#: A pager under the text ("本新闻共2页,当前在第01页", "上一页  下一页") or a back-to-top link ("↑ top"), looked
#: for where the line names a page or ends as the link (see :func:`.shapes.is_footer`).
PAGER_OR_TOP: Final = re.compile(
    r"[^ 。,,共]{0,4}+共[ ]*\d{1,3}[ ]*页|↑?[ ]*(?:top|TOP|Top)$"
    # a pager's links in a row ("上一页      下一页", "首页 1 2 下一页 尾页")
    r"|(?:(?:首页|上一页|\d{1,3})[ ]+)*(?:上一页|下一页)(?:[ ]+(?:下一页|尾页|\d{1,3}))*$"
)

#: A newspaper's edition line under a story it printed: "《某某日报》(2024年05月10日 04版)".
PRINT_EDITION: Final = re.compile(
    r"《[^》]{1,20}》[ ]*\([ ]*(?:19|20)\d{2}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日[ ]*第?[ ]*\d{1,3}[ ]*版[ ]*\)"
)
#: The key under which such a line printed under the headline is kept in ``extra`` (its date is the page's).
PRINT_EDITION_KEY: Final = "版面"
#: A newspaper's mark of a story continued from or on another page, glued to its first or last paragraph
#: ("(上接第一版)…", "…(下转第二版)", "(下转第2页)"): the paper's, no text.
CONTINUED_FROM: Final = re.compile(r"^[((](?:上接|接)第?[一二三四五六七八九十\d]{1,3}[版页][))]")
CONTINUED_ON: Final = re.compile(r"[((](?:下转|转)第?[一二三四五六七八九十\d]{1,3}[版页][))]$")
#: A number set off by a space after it, as a sentence prints a count ("298 件"), no date's day ("9月13日").
SPACED_NUMBER: Final = re.compile(r"[\d.,]+ ")
#: The end mark of a magazine-style story, alone on its line ("- THE END -", "—END—"), or the separator a
#: content system's template prints under the text ("------分隔线------").
END_LINE: Final = re.compile(r"[-—–=· ]*(?:(?:THE[ ]+)?END|分隔线|分割线)[-—–=· ]*")
#: A rights or reprint notice under the text, in a sentence ("…专稿,未经书面授权请勿转载。",
#: "…原创,转载时务请注明出处。"), or a site's call to get its app ("更多原创资讯请下载某某APP").
RIGHTS_NOTICE: Final = re.compile(
    r"转载[^。]{0,8}(?:注明|附上)|(?:请勿|不得|禁止|严禁|谢绝)[^。]{0,4}(?:转载|复制|摘编)"
    r"|未经[^。]{0,10}(?:授权|许可|同意)|请下载[^。]{0,20}(?:APP|App|app|客户端)"
    # the site's sign-off pointing to its other outlets ("感谢您关注某某网,更多新闻关注…")
    r"|^感谢您?(?:的)?关注[^。]{0,40}(?:更多|请关注|欢迎关注)"
)
#: Longest such notice line.
RIGHTS_NOTICE_MAX: Final = 120
#: A web form under the text, asking the reader's opinion: a run of empty fields, one with a
#: required-field star or the captcha ("• 姓  名:", "• *内  容:", "• *验 证 码:").
FORM_FIELD: Final = re.compile(r"(?:(?P<star>\*)|)(?P<label>[\u4e00-\u9fff](?:[ ]*[\u4e00-\u9fff]){1,7})[ ]*:$")
FORM_CAPTCHA: Final = "验证码"
#: What the line above such a form says to the reader ("请您…提出宝贵的意见或建议").
FORM_INVITATION: Final = "请您"
#: How a photo's caption left under the text ends ("会议现场", "图片展示", "活动合影").
CAPTION_ENDINGS: Final[tuple[str, ...]] = (
    "现场", "展示", "合影", "留念", "掠影", "剪影", "一角", "照片", "图片", "场景", "瞬间",
)
#: Their last characters: a set lookup refuses most lines before ``str.endswith`` tries every ending.
CAPTION_ENDING_LAST: Final = frozenset(ending[-1] for ending in CAPTION_ENDINGS)
#: What captions of a photo series naming one event end with ("某村群众大会", "某社区活动现场").
SERIES_EVENT_ENDINGS: Final[tuple[str, ...]] = (
    *CAPTION_ENDINGS, "大会", "会议", "座谈会", "活动", "仪式", "典礼", "论坛", "培训班",
)
#: Longest caption line left under the text's last sentence ("会议现场", "(督查某某项目)").
TRAILING_CAPTION_MAX: Final = 24
#: Where a person stands in a photo, as its caption marks it ("(右三)", "(左一)", "(中)"), and the longest
#: caption line marked so.
PHOTO_POSITION: Final = re.compile(r"\((?:左|右|前排左|前排右|后排左|后排右)[一二三四五六七八九十]{1,2}\)|\(中\)")
CAPTION_LINE_MAX: Final = 60
#: Photo captions under the text without a caption's words ("检查某街道某隐患点1" / "…隐患点2"): a run of
#: this many plain lines at least, each this long at most, under a sentence that announces no list.
CAPTION_RUN_MIN: Final = 2
CAPTION_RUN_LINE_MAX: Final = 30
LIST_INTRO_ENDINGS: Final[tuple[str, ...]] = ("如下。", "如下:", "名单。")
#: … or names what follows ("申请人需携带以下材料。").
LIST_INTRO_WORD: Final = "以下"
#: Longest cut copy of a headline's opening words printed before it on its line.
CUT_COPY_MAX: Final = 40
#: How the name of a unit that signs a text with no date may end (某县总工会, 某县妇联, 某县第一中学):
#: never a photo's caption.
SIGNING_UNIT_ENDINGS: Final[tuple[str, ...]] = (
    "学", "校", "会", "联", "协", "院", "所", "站", "队", "中心", "委", "局", "办", "处", "部", "厅", "室", "组",
    "社", "团", "镇", "乡", "村", "街道", "社区", "政府",
)
#: Their last characters (a set lookup before ``str.endswith``).
SIGNING_UNIT_ENDING_LAST: Final = frozenset(ending[-1] for ending in SIGNING_UNIT_ENDINGS)
#: How a closing formula under a document's text opens (特此通知, 此复): never a caption.
CLOSING_FORMULAS: Final[tuple[str, ...]] = ("特此", "此复", "此致", "妥否")
#: Their first characters (a set lookup before ``str.startswith``).
CLOSING_FORMULA_FIRST: Final = frozenset(formula[0] for formula in CLOSING_FORMULAS)

#: Labels of a link line between the text and the footer: the interpreted document
#: under its interpretation (相关文件, 政策原文 …), the interpretation under a document,
#: a news story's earlier reports and its topic page (此前报道, 相关报道, 点击进入专题).
LINK_LABELS: Final[tuple[str, ...]] = (
    "相关文件", "关联文件", "原文链接", "政策原文", "文件原文", "相关解读", "政策解读", "图文解读",
    "此前报道", "相关报道", "点击进入专题", "文件链接",
    # a graphic or video reading of the document ("一图读懂:…", "视频解读:…"), the story's own address
    "一图读懂", "图解", "视频解读", "图片解读", "文章链接", "本文链接", "原文地址",
)
#: A link line: the label with a colon, or in brackets ("【相关文件】某局关于印发…的通知(…号)").
#: The linked title may be long, so the line is a footer up to ``LINK_LINE_MAX``.
LINK_LINE: Final = re.compile(
    r"^(?:[【\[][ ]*(?:" + "|".join(LINK_LABELS) + r")[ ]*[】\]]|(?:" + "|".join(LINK_LABELS) + r")[ ]*[::])"
)
LINK_LINE_MAX: Final = 150
#: A short label and a web address alone after it ("文章链接:http://…", "网址: https://…"): a link line
#: whatever the label.
LABELLED_URL: Final = re.compile(r"[\u4e00-\u9fff]{2,6}[ ]*[::][ ]*https?://\S+")
#: First characters of a link line (a cheap gate before the pattern).
LINK_FIRST_CHARS: Final = frozenset("【[") | frozenset(label[0] for label in LINK_LABELS)

#: A site footer line that names who runs the site and then another footer field:
#: "主办:某市科学技术局 地址:…", "主办:某县人民政府办公室 网站标识码:… ICP备…", or the
#: office before the word, set off from the next field by a space ("某县人民政府办公室主办
#: 网站标识码:…"), or its record number first where the line names who runs it ("ICP备案号:… 主办单位:…"),
#: or its owner labelled 版权所有 first ("版权所有:某市某局 主办:某市某局 ICP备案:…").
#: A 主办 line without a second field may be an event's organiser inside the body.
SITE_FOOTER: Final = re.compile(
    r"^(?:(?:主办|承办|版权所有)(?:单位)?[ ]*[::]|[一-鿿]{2,30}?主办(?=[ ])|\S{0,6}?(?:ICP|公网安备)).{1,80}?"
    r"(?:地址|承办|网站标识码|ICP|公网安备|备案号|邮编|技术支持|版权所有)"
)
#: First characters of a site footer line that opens with its 主办 or 版权所有 label (a cheap gate before the pattern) …
SITE_FOOTER_FIRST: Final = frozenset("主承版")
#: … and the word any other site footer line holds (the office printed before it).
SITE_FOOTER_WORD: Final = "主办"
SITE_FOOTER_WORD_FIRST: Final = SITE_FOOTER_WORD[0]
#: Longest name of a group of sites in the footer's link menus ("各部门网站").
SITE_LINK_MAX: Final = 12
#: Longest site footer line.
SITE_FOOTER_MAX: Final = 200

#: A footer widget glued to the end of a body line ("…(供稿:…) 【打印正文】 分享到:").
INLINE_FOOTER: Final = re.compile(
    r"【[ ]*(?:打印|关闭)| 分享到[::]| 打印本页| 关闭窗口| 打印[ ]+关闭| 上一篇[::]| 【打印】"
    r"| (?:展开详细|展开全文)$"  # a collapsed text's toggle after its last words
)
#: A word each ``INLINE_FOOTER`` match holds: a line holding none is refused without the pattern.
INLINE_FOOTER_WORDS: Final[tuple[str, ...]] = ("打印", "关闭", "分享到", "上一篇", "展开")
#: A list of related pages' heading glued after a line's last sentence ("…提供有力保障。相关政策").
GLUED_RELATED_HEADINGS: Final[tuple[str, ...]] = tuple(
    f"。相关{word}" for word in ("政策", "阅读", "新闻", "链接", "文章", "信息", "稿件", "报道", "文件")
)
#: Their last characters: a set lookup refuses most lines before ``str.endswith`` tries them all.
GLUED_RELATED_LAST: Final = frozenset(heading[-1] for heading in GLUED_RELATED_HEADINGS)

#: Widget words that make a short line furniture when they open it or follow a
#: space or bracket (打印 and 关闭 may be words of a headline elsewhere).
FURNITURE_WORDS: Final[tuple[str, ...]] = (
    "字号", "字体", "登录", "注册", "繁体", "简体", "打印", "关闭", "长者",
    "微信", "微博", "English", "ENGLISH", "手机版", "欢迎访问", "欢迎来到", "今天是",
    "今日是", "RSS", "纠错", "字级", "字型", "列印", "文字大小", "微信公众号",
    # a views label left empty (its count drawn by script) glued to the font-size label ("浏览字号:")
    "浏览字号", "阅读字号",
)
#: Widget words that make a short line furniture wherever they stand in it.
FURNITURE_ANYWHERE: Final[tuple[str, ...]] = (
    "视力保护色", "保护视力色", "护眼模式", "解读链接", "无障碍", "适老化", "设为首页", "加入收藏", "返回顶部",
    "跳到主要", "葡文版本", "取消收藏", "相关办事指南", "二维码", "朋友圈", "我要纠错", "智能问答",
    "用户中心", "支持IPV6", "IPv6", "分享到", "分享至", "扫一扫", "蒙古文版", "客户端",
    "返回联盟首页", "政策解读:", "政策解读:", "更多>>", "更多»", "点击排行", "已下载", "LegisMac",
    "保护色", "收藏本页", "我要打印", "扫码阅读", "扫描分享",
    # a paged article's table of contents
    "内容导航",
    # a video player's residue on a video news page
    "视频加载中", "浏览器不支持", "您的浏览器版本过低",
    # a read-aloud player's buttons and status ("进入播报模式", "语音合成中,请耐心等待...")
    "播报模式", "语音合成中",
)


#: Whole lines that are tabs, buttons or links of a page, never text.
FURNITURE_LINES: Final = frozenset({
    "详细信息", "公开具体内容", "更多", "返回", "返回首页", "收藏", "分享", "下载", "PDF", "pdf", "正文", "相关文件",
    "图片", "视频", "文字版", "音频", "上一页", "下一页", "首页", "尾页", "标签", "图集",
    # a disclosure channel's name printed above its table ("信息公开目录")
    "信息公开目录", "政府信息公开目录", "信息公开", "政府信息公开", "政务公开", "公开目录",
    # the heading of a disclosure page's metadata box
    "信息公开元数据",
    # a font-size picker rendered one choice per line, or its choices alone on a line under its label
    "大", "中", "小", "默认", "特大", "超大", "较大", "标准", "大 中 小", "大中小",
    # a video player's buttons, and a read-aloud button over the text
    "播放", "暂停", "全屏", "播放 全屏", "静音", "朗读", "语音播报", "听新闻",
    # a pop-up's close button, and a mobile layout's toggle of its side menu
    "X", "x", "×", "触碰右侧展开",
    # a search box's button or label on a line of its own
    "搜索", "检索", "全文检索", "站内搜索", "高级检索", "高级搜索", "文章检索", "站内检索", "信息检索",
    # a news page's like and tip buttons under the text
    "赞", "点赞", "赏", "打赏",
    # a script's value the page printed where its data was missing
    "undefined", "null", "NaN", "[object Object]",
    # a share or follow icon's alternative text, the platform's name in pinyin
    "weixin", "weibo", "douyin", "wechat",
    # a link onwards under the text
    "继续访问",
    # a digital newspaper's page widgets ("通版阅读请点击:" / "展开通版" / "收缩通版")
    "通版阅读请点击:", "展开通版", "收缩通版",
    # the title an HTML editor gives a page nobody named, and a logo's alternative text, printed as text
    "Untitled Document", "无标题文档", "无标题页", "logo", "LOGO", "Logo",
})
#: A like button with its count under the text ("赞 0", "点赞 12"); the first characters gate the pattern.
LIKE_COUNTER: Final = re.compile(r"(?:点赞|赞|顶|踩)[ ]*\d{1,7}")
LIKE_COUNTER_FIRST: Final = frozenset("点赞顶踩")

#: A login box's tab or button: credentials and their joiners, closed by the verb ("账号+密码登录",
#: "短信验证码登录", "扫码登录"); a step or heading ("第二步:扫码登录", "二、刷脸登录") is text.
LOGIN_TAB: Final = re.compile(r"(?:账号|帐号|密码|验证码|短信|扫码|手机|证书|用户|动态码|[+/ ])+登录")

#: Any furniture word; :func:`body.is_furniture` checks where a boundary word stands.
FURNITURE: Final = re.compile(_trie([*FURNITURE_WORDS, *FURNITURE_ANYWHERE]))
#: Widget words a sentence of the text may name ("注册完成后,…。", "扫描页面上的二维码。"): in a sentence of
#: clauses they are text (a video player's "您的浏览器不支持…,请升级浏览器。" is a widget all the same).
PROSE_WIDGET_WORDS: Final = frozenset({"登录", "注册", "二维码", "扫一扫", "客户端", "朋友圈", "微信", "微博"})
#: The furniture words that count only at the start of a line or after a space or bracket.
FURNITURE_BOUNDED: Final = frozenset(FURNITURE_WORDS)

#: Lines made only of symbols, icons, pipes, box-drawing rules under a table
#: layout's headline ("━━━━", "────", "════"), a stylesheet's sizes ("12px", "- 14px;"), empty image cells, a
#: video player's time ("00:00 / 03:25"), or a font-size picker in brackets whose
#: 字号 label is an icon ("【大 中 小】", "[大][中][小]"), or one of its sizes a line ("【大】" / "【中】" / "【小】").
SYMBOL_LINE: Final = re.compile(
    r"^(?:[\s|│·•*×✕\-—=_~+#\[\]【】()()<>《》/\\:::.,,。─━═┄┅┈┉]*|!\[[^\]]*\](?:\([^)]*\)|)"
    r"|[\s|\-—]*\d{1,3}(?:\.\d|)(?:px|pt|em|rem)[\s;|]*|N"
    r"|(?:\d{1,2}:|)\d{1,2}:\d{2}[ ]*/[ ]*(?:\d{1,2}:|)\d{1,2}:\d{2}"
    r"|(?:[【\[][ ]*(?:(?:特大|超大|较大|默认|标准|大|中|小)[ ]*[】\]]?[ ]*[【\[]?[ ]*){1,5}[】\]])"
    # a font-size picker of letters ("A- A+", "A+ A A-"; its A looked for before the repeat is entered)
    r"|(?=A)(?:A[+\-]?[ ]*){2,3}"
    # an item of a list of years or pages, its bullet and number alone ("• 2021")
    r"|[•●▪][ ]*\d{1,4})$"
)

#: A word processor's drawing object named in the text of a page converted from a document: the shape's
#: name and number ("直线 2", "文本框 3", "矩形 5").
SHAPE_NAME: Final = re.compile(
    r"(?:直线|直接连接符|直接箭头连接符|文本框|矩形|椭圆|组合|自选图形|任意多边形)[ ]?\d{1,3}"
)
SHAPE_NAME_FIRST: Final = frozenset("直文矩椭组自任")

#: A number alone on its line: a table's cell or a list's number where other lines of the
#: table or list stand around it, a pager or a counter where it follows the text's last sentence.
LONE_NUMBER: Final = re.compile(r"[\d ]{1,3}")
LONE_NUMBER_MAX: Final = 3
#: A number alone after the text's last sentence: a pager's, or a counter printed with no label ("8102").
TRAILING_NUMBER_MAX: Final = 8
TRAILING_NUMBER: Final = re.compile(rf"[\d ]{{1,{TRAILING_NUMBER_MAX}}}")
#: Longest line that may be a table's cell or a list's item beside such a number.
CELL_LINE_MAX: Final = 20

#: A cell holding a number in a line of cells ("规章 | 0 | 0 | 0 |"): the line is a table's row, not a navigation bar.
TABLE_NUMBER_CELL: Final = re.compile(r"(?:^|\|)[ ]*\d+(?:\.\d+)?%?[ ]*(?:\||$)")
#: Longest line of the block of links and widgets under the text ("手机客户端", "某某公园").
LINK_BLOCK_LINE_MAX: Final = 30
#: Marks an imprint line above the site footer opens with ("◎ 《某日报》某县融媒体中心").
IMPRINT_MARKS: Final = frozenset("◎©")
#: How a link to a site just above the site footer ends ("中国政府网").
SITE_LINK_ENDINGS: Final[tuple[str, ...]] = ("网", "网站", "门户")
#: The heading of the footer's links to other portals ("政务网站导航", "网站导航").
SITE_NAV_ENDINGS: Final[tuple[str, ...]] = ("网站导航", "站群导航")
#: The labels of a site footer's contact line with their colons, two or more of them on one line, and its
#: longest line.
SITE_CONTACT_LABELS: Final[tuple[str, ...]] = ("地址:", "电话:", "传真:", "邮箱:", "邮件:", "邮编:")
SITE_CONTACT_LINE_MAX: Final = 120
#: Who runs the site, on its own line just above the site footer ("主办:某市政协", "主办单位:某县人民政府"),
#: the site's name may stand before it ("某区人民政府门户网站 网站主办单位:某区人民政府").
SITE_HOST_LINE: Final = re.compile(r"(?:[^ 。,,]{2,30}[ ]+)?(?:网站)?(?:主办|承办)(?:单位)?[ ]*[::][ ]*\S")
#: Longest such line.
SITE_HOST_LINE_MAX: Final = 64
#: The heading of a block of related links just above the site footer ("相关政策", "相关专题:").
RELATED_HEADING: Final = re.compile(r"相关[\u4e00-\u9fff]{1,3}[::]?")
#: How the heading of a list of related stories' links under the text ends ("某某会议新闻精选", "延伸阅读").
RELATED_LIST_ENDINGS: Final[tuple[str, ...]] = ("新闻精选", "相关新闻", "相关阅读", "延伸阅读", "推荐阅读", "相关报道")
#: Their last characters (a cheap gate before the test of the endings).
RELATED_LIST_LAST: Final = frozenset(ending[-1] for ending in RELATED_LIST_ENDINGS)
#: How the name of a site's channel or account ends, linked among the widgets under the text ("某某慢直播").
CHANNEL_NAME_ENDINGS: Final[tuple[str, ...]] = (
    "直播", "频道", "发布", "融媒", "客户端", "公众号", "视频号", "抖音号", "微博",
)
#: How a document's note of its own disclosure opens, its last line ("此件公开发布", "(此件主动公开)").
DISCLOSURE_NOTES: Final[tuple[str, ...]] = ("此件公开发布", "此件主动公开", "此件依申请公开", "此件不予公开")
#: A printed page's number, alone or glued to the text ("—2—", "(此件公开发布)—2—").
PAGE_MARK: Final = re.compile(r"[—–]{1,2}[ ]*\d{1,3}[ ]*[—–]{1,2}")

#: Navigation bars: several items joined by pipes.
NAV_BAR: Final = re.compile(r"\|.*\|| \| ")
#: Longest column kicker printed before a headline with a pipe ("简讯 | …", "图片新闻 | …") or in
#: brackets ("【工作计划】…").
KICKER_MAX: Final = 6

#: An image printed as its data, the capture keeping the picture's source ("data:image/png;base64,…").
IMAGE_DATA_URI: Final = "data:image/"
#: An image's name with no suffix, as a page prints it in place of the image: the names screenshot,
#: chat, camera and photo-editing tools give (a capture's time or a running number after the tool's
#: word: QQ截图20210925105328, IMG_20231008_093512, DSC01234, 未命名_meitu_0), a logo's alt text, and the
#: hash a portal names an uploaded image by, alone or as the alt text's "说明" ("说明: D0694754…", 16-64 hex
#: digits, a letter among them).
UNNAMED_IMAGE: Final = re.compile(
    r"(?:QQ截图|微信图片_?|微信截图_?|截图_?|mmexport)\d{6,}|IMG_\d{6,}(?:_\d+)?|DSCN?_?\d{4,}|logo"
    r"|\w{0,12}_meitu_\d{1,4}"
    r"|(?:图片|)(?:说明|描述|)[ ]*:?[ ]*(?=\d*[a-f])[0-9a-f]{16,64}",
    re.IGNORECASE,
)
#: Image file names and captions that leaked into the text.
IMAGE_SUFFIXES: Final = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".jpg)", ".png)"})
#: How a caption that tells what the photo shows opens: one opening the text is its first paragraph.
CAPTION_SENTENCE: Final = "图为"
#: A reading-time widget over the text ("本篇文章303字,读完约1分钟", "全文约1200字,阅读约需3分钟").
READING_TIME: Final = re.compile(r"(?:本篇文章|本文|全文)[共约]?\d+字[,, ]*(?:读完|阅读)?(?:约|需|大约)*\d+分钟")
#: The marks that open a photo's caption, never a headline ("▲培育秧苗").
CAPTION_MARKS: Final = "▲△"
#: A photo caption line (图为…, ▲…, 图1 …).
CAPTION: Final = re.compile(
    r"^(?:[▲△]|图为|图片来源|图片说明|图片均?来自|图\s*[::]|(?:[((]\s*)?图[一二三四五六七八九十\d]+\s)"
)
#: First characters of such a line (a cheap gate before the pattern).
CAPTION_FIRST_CHARS: Final = frozenset("▲△图((")

#: Bullets a paragraph of the text may be rendered with, set off by a space ("• 为切实加强…"):
#: list markup the capture left, not the text's own symbol ("●5月10日 …" is kept).
LIST_RESIDUE: Final = frozenset("•·")
#: The label of a text printed as its summary ("摘要:近日,…"): the text starts after it.
SUMMARY_LABEL: Final = re.compile(r"^(?:内容)?摘要[ ]*[::][ ]*")
SUMMARY_FIRST_CHARS: Final = frozenset("摘内")

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

#: First characters of a numbered section heading that is no digit (一、 (一) 第一章), or of an e-paper's page label.
HEADING_FIRST_CHARS: Final = frozenset("一二三四五六七八九十百((第当")

#: Sentence punctuation: a line containing one of these is prose, not a heading.
SENTENCE_PUNCT: Final = re.compile(r"[。!?;!?;]")


def has_sentence_punct(text: str) -> bool:
    """Whether ``SENTENCE_PUNCT`` matches in ``text`` (one of 。!?;): four searches for one character
    cost less than a call of the pattern."""
    return "。" in text or "!" in text or "?" in text or ";" in text


def is_han(text: str) -> bool:
    """Whether every character of ``text`` is a Han character of the basic block (true of an empty text)."""
    return all(HAN_FIRST <= ord(char) <= HAN_LAST for char in text)


def has_digit(text: str) -> bool:
    """Whether ``DIGIT`` matches in ``text``, read by code point: a pattern's call costs as much as a
    loop over a short line. An ASCII character is a digit only as 0-9, a Han character never is; from
    any other character on (another script's digit, a full-width ３), the pattern decides."""
    for i in range(len(text)):
        code = ord(text[i])
        if code < _ASCII_END:
            if _ZERO <= code <= _NINE:
                return True
        elif not HAN_FIRST <= code <= HAN_LAST:
            return DIGIT.search(text, i) is not None
    return False


#: The shape of a short body line in one anchored match: a caption (dropped),
#: a signature date, or a numbered heading.
LINE_SHAPE: Final = re.compile(
    "(?P<caption>" + CAPTION.pattern[1:] + ")|(?P<signature>" + SIGNATURE_DATE.pattern[1:] + ")"
    "|(?P<numbered>" + HEADING_NUMBERED.pattern[1:] + ")"
)
#: The characters such a line opens with, besides a digit: a caption's, a signature date's year in
#: numerals (二〇二四年) and a numbered heading's (一、, (一), 第一章). A cheap gate before the pattern.
LINE_SHAPE_FIRST_CHARS: Final = CAPTION_FIRST_CHARS | frozenset("〇○零OО一二三四五六七八九十百(第")
#: A numeral and the mark after it ("一、", "三."): ``LINE_SHAPE`` reads a line opening so as a numbered
#: heading whatever follows (no caption or signature date opens so), so such a line is told without it.
NUMBERED_HEADING_NUMERALS: Final = frozenset("一二三四五六七八九十百")
NUMBERED_HEADING_MARKS: Final = frozenset("、.．")

#: Punctuation a heading does not end with.
HEADING_BAD_END: Final = ",,、;;::。.!!??…—(("

#: Office endings of a signature or red-header line (市人民政府, …办公室, …局).
OFFICE_ENDINGS: Final[tuple[str, ...]] = (
    "政府", "办公室", "办公厅", "委员会", "人大常委会", "局", "厅", "委", "办", "院", "署", "处",
    "中心", "部", "公司", "联合会", "指挥部", "领导小组", "管委会", "办事处", "镇", "乡",
    "长官",
    # a survey team of the statistics bureau (某某调查队), a police brigade (某某大队)
    "队",
    # a government's inspection and research offices, issuers of bulletins (某县人民政府督查室)
    "督查室", "研究室",
    # a people's congress or a political consultative conference (某县人大, 某县政协)
    "人大", "政协",
)
#: Their last characters: a set lookup refuses most lines before ``str.endswith`` tries every ending.
OFFICE_ENDING_LAST: Final = frozenset(ending[-1] for ending in OFFICE_ENDINGS)

#: A site menu printed above the location trail: one short item a line ("走进安澜"),
#: or several short items parted by wide gaps ("首页  机构概况  政务公开").
MENU_GAP: Final = re.compile(r" {2,}")
MENU_ITEM_MAX: Final = 6
#: A line that only parts a menu's items printed one a line ("关于我们" / "|" / "网站地图").
MENU_SEPARATORS: Final = frozenset({"|", "｜", "丨"})
MENU_ITEMS_MIN: Final = 3
#: A menu captured with single spaces between its items: at least this many, each this short.
WORD_MENU_ITEMS_MIN: Final = 5
WORD_MENU_ITEM_MAX: Final = 4

#: How the site banner above the location trail ends: an organisation or a
#: site name (横山区医疗保障局, 东沙镇人民政府门户网站), never a headline there.
SITE_NAME_ENDINGS: Final[tuple[str, ...]] = (*OFFICE_ENDINGS, "门户网站", "网站", "政府网", "门户网")
#: The endings of a site's own name, never of a headline that ends with an office ("…调研某某镇").
SITE_OWN_NAME_ENDINGS: Final[tuple[str, ...]] = ("人民政府", "门户网站", "网站", "政府网", "门户网")

#: An attachment list line: "附件:1. …", "附件 2. …", a numbered item after it.
ATTACHMENT: Final = re.compile(r"^附件[ ]*(?:[\d一二三四五六七八九十]{1,2}[ ]*)?[::]|^附件[ ]*\d{1,2}[ ]*[.、.]")
#: An attachment label with nothing after it (an empty trailing "附件:", "附件2:").
ATTACHMENT_EMPTY: Final = re.compile(r"^附件[ ]*(?:[\d一二三四五六七八九十]{1,2}[ ]*)?[::]?$")
#: A numbered item of an attachment list ("2.评分标准", "(3)").
ATTACHMENT_ITEM: Final = re.compile(r"^\d{1,2}[ ]*[.、.][ ]*\S|^[((]\d{1,2}[))]")

#: A document number (文号): 齐政办发〔2019〕29号, 瑞政办(2011)129号, 渝北府发 〔2017〕 7号,
#: and an announcement's number without brackets (国家税务总局某市税务局公告2024年第1号).
DOCUMENT_NUMBER: Final = re.compile(
    r"[\u4e00-\u9fff]{1,10}[ ]*[〔\[(【(][ ]*(?:19|20)\d{2}[ ]*[〕\])】)][ ]*(?:第[ ]*)?\d{1,5}[ ]*号"
    r"|[\u4e00-\u9fff]{2,24}公告[ ]*(?:19|20)\d{2}[ ]*年[ ]*第[ ]*\d{1,5}[ ]*号"
)

#: A 文号 printed alone on its line without its issuer's code ("(2020)7号", "〔2021〕3号", an announcement's
#: "2023年第10号" under its issuer's 通告): a line of its own under a headline, never looked for inside a line.
BARE_DOCUMENT_NUMBER: Final = re.compile(
    r"[〔\[(【(][ ]*(?:19|20)\d{2}[ ]*[〕\])】)][ ]*(?:第[ ]*)?\d{1,5}[ ]*号"
    r"|(?:19|20)\d{2}[ ]*年[ ]*第[ ]*\d{1,5}[ ]*号"
)
#: A 文号 alone on its line whose brackets and 号 a capture lost in part: the issuer's code, the
#: opening bracket, the year run into the number ("某府办函〔202058"), or the year, the closing bracket
#: and the number, the opening one kept or not ("某政2024〕1", "某委发〔2018〕20").
DOCUMENT_NUMBER_STUMP: Final = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:[〔\[【(](?:19|20)\d{3,6}|[〔\[【(]?(?:19|20)\d{2}[〕\])】)]\d{1,4})"
)
#: A red header's cell printed after its 文号, set off by a space: the page ("第1页", "共3页")
#: or the signers of a report to a higher office and its contact ("签发人:李华", "签发人:李华  会签人:王明",
#: "签发人:李华  联系人:王明").
_SIGNER_CELL: Final = r"(?:签发|会签|联系)人[ ]*:?[ ]*[\u4e00-\u9fff·]{2,4}"
NUMBER_LINE_CELL: Final = re.compile(rf"[ ]+(?:[第共][ ]*\d{{1,3}}[ ]*页|{_SIGNER_CELL}(?:[ ]+{_SIGNER_CELL})*)$")

#: A numeral, in digits or Chinese: a 文号 has one ("无文号", or a "号" whose number the capture lost, is none).
NUMERAL: Final = re.compile(r"[\d〇○零一二三四五六七八九十]")

#: How the first line of a document's red header ends after the issuer ("某县人民政府办公室文件").
RED_HEADER_SUFFIX: Final = "文件"

#: The reply category a red header of a reply to a deputy's suggestion or a
#: member's proposal prints above the issuer or by its 文号 (建议提案答复: "A类", "(B类)", "类别:A").
REPLY_CLASS: Final = re.compile(r"^(?:[((]?[A-DＡ-Ｄ][ ]*类[))]?|类[ ]*别[ ]*:[ ]*[A-DＡ-Ｄ][ ]*类?)$")
#: Whole lines of such a header that mark the letter open to the public ("公开"): never the text.
DISCLOSURE_MARKS: Final = frozenset({"公开", "主动公开", "依申请公开", "不予公开", "不公开", "公开发布"})
#: The disclosure field alone on a line ("公开方式:主动公开"): metadata, also under the text.
DISCLOSURE_FIELD: Final = re.compile(
    r"公开(?:方式|形式|属性|类型)[ ]*:[ ]*(?:" + "|".join(sorted(DISCLOSURE_MARKS, key=len, reverse=True)) + ")"
)
#: Longest such line.
REPLY_CLASS_MAX: Final = 8
#: The other fields of such a header, each on its line: the class by name ("类别:提案"), the
#: official signing it ("签发人:某某"), whether it may be published and how the matter was settled
#: ("是否同意公开:(是)", "办理结果:(A类)").
REPLY_HEADER_FIELD: Final = re.compile(
    r"^(?:类[ ]*别|签[ ]*发[ ]*人|是否同意公开|是否公开|办理结果|答复类别)[ ]*:[ ]*[^ ::,,。]{1,8}$"
)
#: Longest such line, and the first characters of its labels (a cheap gate before the pattern).
REPLY_HEADER_FIELD_MAX: Final = 20
REPLY_HEADER_FIELD_FIRST: Final = frozenset("类签是办答")

#: A link to the reading of the document, under its headline ("《某县…的通知》政策解读", "《…》图解"):
#: the document's name in title marks, then the kind of reading.
READING_LINK: Final = re.compile(r"《[^》]{4,}》[ ]*(?:政策|图文|图片|文字|视频|专家|部门)?(?:解读|图解)")

#: How an addressee line opens ("各乡镇人民政府,县直各单位:"): the body has begun.
ADDRESSEE_OPENERS: Final = frozenset("各")
#: How far into the text's first paragraph a headline's words are looked for (its lede), the share of
#: the headline's character pairs the lede must print, and by how much more than the deck's under it.
LEDE_REACH: Final = 200
LEDE_NAMED_MIN: Final = 0.6
LEDE_NAMED_MARGIN: Final = 0.3
#: Longest addressee line that ends the head ("各县(市、区)人民政府,市政府各部门、各直属机构:").
ADDRESSEE_LINE_MAX: Final = 60
#: How an addressee line that lost its colon ends: with the units it names ("…,各有关单位", "…,区政府各部门").
ADDRESSEE_ENDINGS: Final[tuple[str, ...]] = (*OFFICE_ENDINGS, "单位", "部门", "机构")
#: How a letter's salutation opens ("尊敬的某某、某某委员"): the addressee, never a headline.
SALUTATION_OPENER: Final = "尊敬的"
#: How an addressee line without its colon ends: the deputies or members a reply is written to ("高某代表"),
#: the public a notice is written to ("社会各界广大群众", "全体居民").
ADDRESSEE_TITLES: Final[tuple[str, ...]] = ("代表", "委员", "群众", "居民", "市民", "村民", "朋友们", "同志们")
#: Longest addressee line a speech's header stands above ("各位代表:", "各位委员:").
ADDRESSEE_MAX: Final = 20
#: Most lines a speech's header runs over above its addressee (deck, its second line, speaker).
SPEECH_HEADER_LINES: Final = 4
#: Longest deck line under the headline printed again above the text.
DECK_MAX: Final = 40
#: A note in parentheses under a headline, no line of the text: a date ("(二OO八年二月二十六日)"),
#: a date range ("(9月4日—9月10日)"), a plan's years ("(2021—2025年)") or an announcement's
#: number, also cut ("(第3号)", "(第3").
BRACKETED_NOTE: Final = re.compile(
    r"^[((][ ]*(?:"
    r"(?:(?:19|20)\d{2}|[〇○零OО0一二三四五六七八九]{4})[ ]*年[ ]*[\d一二三四五六七八九十]{1,3}[ ]*月"
    r"[ ]*[\d一二三四五六七八九十]{1,3}[ ]*日"
    r"|\d{1,2}月\d{1,2}日[ ]*[—\-~至到]+[ ]*(?:\d{1,2}月)?\d{1,2}日"
    r"|(?:19|20)\d{2}[ ]*年?[ ]*[—\-~至到]+[ ]*(?:19|20)\d{2}[ ]*年"
    r"|第[ ]*[\d一二三四五六七八九十]{1,4}[ ]*号?"
    r")[ ]*[))]?$"
)
#: A normative document's registration code alone on its line in the red header
#: (统一登记号: letters for the issuer and the series, the year, a serial: "ABDR—2021—01003", or with no
#: dashes: "ABDR202101003").
REGISTRATION_CODE: Final = re.compile(
    r"^[ ]*[A-Z]{2,8}\d{0,2}[ ]*(?:[—–\-][ ]*)?(?:19|20)\d{2}[ ]*(?:[—–\-][ ]*)?\d{3,8}[ ]*$"
)
#: The month a document's cover block names under its issuer ("二〇一六年一月", "2016年1月").
COVER_DATE: Final = re.compile(
    r"^(?:(?:19|20)\d{2}|[〇○零OО0一二三四五六七八九]{4})[ ]*年[ ]*(?:\d{1,2}|[一二三四五六七八九十]{1,2})[ ]*月$"
)
#: A bulletin's issue number under its masthead ("20期", "第3期", "2022年第5期", "总第112期").
ISSUE_NUMBER: Final = re.compile(r"(?:(?:19|20)\d{2}[ ]*年[ ]*)?(?:总)?第?[ ]*\d{1,4}[ ]*期")
#: Longest masthead over an issue number ("某县政务督查", "某某工作简报").
MASTHEAD_MAX: Final = 20
#: An issuer's day printed beside it in a bulletin's header, the day maybe lost ("2022年8月19").
HEADER_DAY: Final = re.compile(r"(?:19|20)\d{2}[ ]*年[ ]*\d{1,2}[ ]*月(?:[ ]*\d{1,2}[ ]*日?)?")
#: Dashes an office's name runs into over the text ("某街道办事处---").
DASH_RUN: Final = "-—–"
#: List bullets a byline above the text may open with ("■记者 张三").
CREDIT_BULLETS: Final = "■□●◆◇•·▲"

#: What closes a dateline: 讯 of a local paper, 电 of a news agency's wire ("新华社某地11月30日电").
DATELINE_MARKS: Final[tuple[str, ...]] = ("讯", "电", "报道")

#: A leading dateline that credits writers: "衡东融媒2月23日讯(通讯员 许思思)",
#: "千岛湖新闻网讯 (通讯员 叶德喜)", "本报讯 记者 张三", "人民网某地7月3日电(记者 方舟、蒋雨欣)",
#: "云上某县报道(记者 某某)". A bare credit's name ends where its run of characters does or
#: where the next role begins ("记者张三通讯员李四"); a name run on into the text
#: ("记者从某局获悉") is no credit, as no one can tell where it ends; a word of time ends a name ("记者张三近日,"),
#: and is none ("记者近日获悉,").
_DATELINE_ROLE: Final = r"(?:记者|通讯员|实习记者)[ ]*[::]?[ ]*"
_DATELINE_TIME: Final = r"近日|日前|昨日|昨天|今日|今天|获悉|了解到"
_DATELINE_NAME: Final = (
    rf"(?!{_DATELINE_TIME})[\u4e00-\u9fff]{{2,4}}?(?=记者|通讯员|实习记者|{_DATELINE_TIME}|[^\u4e00-\u9fff]|$)"
)
DATELINE: Final = re.compile(
    r"^[^。,,]{0,30}?(?:[讯电]|报道)[ ]*(?:[((【\[](?P<paren>[^()()【】\[\]]{2,60})[))】\]]"
    rf"|(?P<bare>{_DATELINE_ROLE}{_DATELINE_NAME}"
    rf"(?:(?:[ ]*、[ ]*|[ ]+)(?!{_DATELINE_TIME})[\u4e00-\u9fff]{{2,4}}?(?=[ 、]|{_DATELINE_TIME})"
    rf"|[ ]*{_DATELINE_ROLE}{_DATELINE_NAME})*))"
)

#: A dateline whose credit runs to the writer's word and its colon ("某某网讯 特约记者某某、通讯员某某报道:“…"):
#: the credit between 讯 and 报道.
REPORTED_DATELINE: Final = re.compile(r"^[^。,,“”]{0,30}?讯[ ]*(?P<credit>[^。,,“”:]{4,40}?)报道[ ]*:")
#: A paragraph opening with its writers and 报道, no outlet's 讯 before them ("全媒体记者某某报道 9月13日上午,…").
LEAD_REPORTED: Final = re.compile(
    r"^(?P<credit>[^。,,“”:()()]{0,8}(?:记者|通讯员)[^。,,“”:()()]{2,30}?)[ ]*报道(?:[ ]+|[ ]*:)"
)

#: A credit glued to the end of the last paragraph, closed or cut: "(吴松)",
#: "(金集镇人大 李子和)", "(记者 薛路)", "(记者 周大正"; or closed, in square brackets ("[张某 李某]").
TRAILING_CREDIT: Final = re.compile(
    r"[((](?P<credit>[^()()。,,;;!?]{2,40})(?:[))])?[ ]*$|\[(?P<squared>[^\[\]()()。,,;;!?]{2,40})\][ ]*$"
)

#: A photo credit on a line of its own under the text, an outlet's reporter who took the photos
#: ("新华社记者 某某摄", "记者 某某 某某 摄").
REPORTER_PHOTO_LINE: Final = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8})?记者[ ]*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ 、]+[\u4e00-\u9fff·]{2,4}){0,2})[ ]*摄"
)

#: An outlet's name set off by a wide gap after the last sentence ("…播种。    某某日报"): who supplied the story.
GLUED_OUTLET: Final = re.compile(r"(?<=[。!?])[ ]{2,}(?P<outlet>[\u4e00-\u9fff]{2,10})$")
#: A source run on after the last sentence of the text, with no parentheses ("…风险。来源:新华社"): a short name.
GLUED_SOURCE: Final = re.compile(r"(?<=[。!?])[ ]*(?P<source>(?:信息)?来源[ ]*:[ ]*[^ 。,,;;::!?()]{2,20})$")

#: A credit run on after the last sentence of a paragraph, with no parentheses ("…责任。 记者 张三",
#: "…。文/张三 图/李四", "…。【责任编辑:李四】", "…项目。 刘明 王芳 摄"): its longest …
GLUED_CREDIT_MAX: Final = 30
#: … the marks that end the sentence before it (full-width forms are folded by then) …
CLOSING_SENTENCE_MARKS: Final[tuple[str, ...]] = ("。", "!", "?")
#: … what parts its last word, a name, from the rest, and that name's longest (a four-character
#: word there is more often a link's label, 相关链接, than a name) …
CREDIT_LAST_WORD: Final = re.compile(r"[ /::]")
GLUED_NAME_MAX: Final = 3
#: … and a photographer's credit of that kind: names, then 摄.
PHOTO_CREDIT: Final = re.compile(r"(?:[\u4e00-\u9fff·]{2,4}[ ]+){1,3}摄")

#: A writer's credit glued to the last paragraph with a note on the writer after a comma:
#: "(作者:某某,系某大学教授)".
NOTED_CREDIT: Final = re.compile(r"[(](?:作者|记者|撰稿|撰文)[ ]*:[^()。]{2,60}\)[ ]*$")

#: A press release's issue date glued to its last sentence ("…職員。2016年5月30日(星期一)").
RELEASE_DATE_GLUED: Final = re.compile(
    r"(?<=[。!?”])(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[((]星期[一二三四五六日天][))])?$"
)

#: Wire-style end marks closing a story's last paragraph (full-width brackets are folded first).
END_MARKS: Final[tuple[str, ...]] = ("(完)", "(全文完)")

#: The site's visitor counter in its footer ("您是第:73904186 位访问者", "您是本站第12345位访客"): no page's views.
VISITOR_COUNTER: Final = re.compile(r"(?:您是)?(?:本站|本网站|本网)?第[ ::]*[\d,]+[ ]*位(?:访问者|访客|浏览者|来访者)$")
#: The site's copyright after its owner's name, in up to three words ("某市融媒体中心 版权所有 2025 …",
#: "某某网 某市妇女联合会 版权所有", "某网版权与免责声明:"),
#: looked for where the line names a copyright (see :func:`.shapes.is_footer`); matched without
#: backtracking (possessive): the owner's name runs to the copyright word.
COPYRIGHT_LINE: Final = re.compile(
    r"[^ 。,,版©C]{2,20}+(?:[ ]+[^ 。,,版©C]{2,20}+){0,2}[ ]*(?:版权所有|版权与免责声明|版权声明|Copyright|©)"
)

#: A line that is one to three names in parentheses, Han characters only ("(区纪委监委宣传部)").
OFFICE_CREDIT: Final = re.compile(r"^[((](?P<offices>[\u4e00-\u9fff]{3,20}(?:[ ]+[\u4e00-\u9fff]{3,20}){0,2})[))]$")

#: A channel's name printed where a headline would stand ("本市动态", "政务要闻"): a few characters and a
#: channel word; a headline names its event. (公告 and 信息 may end a short announcement's headline.)
COLUMN_NAME: Final = re.compile(r"[\u4e00-\u9fff]{2,4}(?:动态|要闻|新闻|资讯|快讯)")
#: Last characters of such a name (a cheap gate before the pattern).
COLUMN_NAME_LAST: Final = frozenset("态闻讯")
#: A meetings channel's name ("政府会议", "常务会议"): never a headline, though under one it may head a
#: section of the text.
MEETING_CHANNEL: Final = re.compile(r"[\u4e00-\u9fff]{2}会议")

#: A line opening with a full date glued to words: a speech's occasion under its headline
#: ("2019年2月26日在镇第十四届人民代表大会第三次会议上"), never the headline.
DATED_OPENING: Final = re.compile(r"^(?:19|20)\d{2}[ ]*年[ ]*\d{1,2}[ ]*月[ ]*\d{1,2}[ ]*日(?=[\u4e00-\u9fff])")
#: A news headline opening with the event's full date and a comma ("2026年1月19日下午,某区长主持召开…"), not a
#: date widget ("2024年3月6日星期三 农历二月廿六").
DATED_HEADLINE: Final = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上|中午|凌晨)?,[\u4e00-\u9fff]"
)
#: A news lead's opening: the day, a part of it or not, and a comma ("11月20日,", "3月5日上午,"). No headline
#: and no metadata line opens so: the text has begun there.
DAY_LEAD: Final = re.compile(r"\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上|中午|凌晨)?,")
#: A day alone on its line, its year and clock printed or not ("3月2日", "2024年3月2日 08:30"): a schedule's
#: day heading or a date line, never a headline.
BARE_DAY: Final = re.compile(
    r"(?:(?:19|20)\d{2}[ ]*年[ ]*)?(?:0?[1-9]|1[0-2])[ ]*月[ ]*(?:0?[1-9]|[12]\d|3[01])[ ]*日"
    r"(?:[ ]*\d{1,2}[::]\d{2}(?:[::]\d{2})?)?"
)
#: A speaker's line under a report's headline: an office and post, a space, a name
#: ("某镇人民政府镇长 杨某", "省人大常委会副主任 沈某"); never the headline.
SPEAKER_LINE: Final = re.compile(
    r"^[\u4e00-\u9fff]{1,24}(?:长|主任|书记|主席|委员|代表|秘书长|部长|厅长|局长)[ ]+[\u4e00-\u9fff]{2,3}$"
)
#: A news story's deck naming the leaders who attended ("市领导某某某某参加", "县领导某某出席"): never its headline.
LEADERS_DECK: Final = re.compile(
    r"(?:省|市|县|区|州|盟|旗)(?:委|政府)?领导[\u4e00-\u9fff、,, ]{2,60}(?:参加|出席|陪同)"
)
#: A meeting story's deck naming who chaired it (and spoke), the meeting left unnamed ("某某主持会议并讲话",
#: "某某主持"): never its headline (one that names the meeting, "某某出席全市某某会议并讲话", may be).
CHAIR_DECK: Final = re.compile(
    r"[\u4e00-\u9fff、 ]{2,16}(?:主持|出席)会议并(?:讲话|作重要讲话|发表讲话)|[\u4e00-\u9fff]{2,8}主持"
)
#: An e-paper's page label above its headline ("第二版:走鹤乡", "第A06版:某某新闻"), or the page it shows
#: ("当前版:02版").
EDITION_LINE: Final = re.compile(r"^(?:第[A-Z]?[一二三四五六七八九十\d]{1,3}版|当前版)[ ]*[::]")
#: A word printed with its characters spaced out: a document's kind in its red header
#: ("通    知", "禁 火 令", "政 府 工 作 报 告"), never the headline nor a line of text.
SPACED_WORD: Final = re.compile(r"^[\u4e00-\u9fff](?:[ ]+[\u4e00-\u9fff]){1,7}$")
#: A document's kind, the word its headline ends with (通知, 办法, 禁火令 …) …
DOCUMENT_KINDS: Final[tuple[str, ...]] = (
    "通知", "通告", "公告", "决定", "意见", "办法", "方案", "规定", "规则", "报告", "批复", "函", "决议", "条例",
    "细则", "纲要", "规划", "公示", "通报", "命令", "请示", "议案", "预案", "计划", "要点", "指南", "令",
    # a reply to a deputy's suggestion or a member's proposal ("关于…第12号提案的答复"), and an account of
    # how a matter was done ("…办理工作完成情况说明")
    "答复", "说明",
)
#: … with a note in parentheses after it ("…办法(试行)") …
DOCUMENT_KIND_END: Final = re.compile("(?:" + "|".join(DOCUMENT_KINDS) + r")(?:[((][^()()]{1,8}[))]|)$")
#: … and the last characters of such a headline (a cheap gate before the pattern).
DOCUMENT_KIND_LAST: Final = frozenset(kind[-1] for kind in DOCUMENT_KINDS) | {")"}
#: Longest line under a headline that ends it with the document's kind ("工作人员公告" under "…公开招聘").
KIND_TAIL_MAX: Final = 12
#: How a document's own title opens ("关于…的公示"), printed under a headline the portal worded its own way.
OWN_TITLE_OPENER: Final = "关于"
#: How the first line of a headline printed over several lines may end ("…办公室关于印发" /
#: "…实施方案的通知"; "某市人民政府 某市中级人民法院印发" / "关于…的通知"), and its last characters.
SPLIT_HEADLINE_OPENERS: Final[tuple[str, ...]] = ("印发", "转发", "批转", "关于", "公布")
SPLIT_HEADLINE_OPENER_LAST: Final = frozenset(word[-1] for word in SPLIT_HEADLINE_OPENERS)
#: A news headline printed over lines may open with who spoke, closed by the verb ("某某在某会议上强调" /
#: "干出新气象,…," / "全力推进…"): what follows the verb, its clauses closed by a comma, is the rest of it.
HEADLINE_SPEECH_VERBS: Final[tuple[str, ...]] = ("强调", "指出", "要求", "表示")
#: A news headline printed over two lines may hold an event: the verb of holding it on the first line, the
#: event's name closing the second ("某办组织召开全县某某" / "某某推进工作会议"); 会 is in every meeting's name.
HOLDING_VERBS: Final[tuple[str, ...]] = ("召开", "举行", "举办")
EVENT_WORD: Final = "会"
EVENT_ENDINGS: Final[tuple[str, ...]] = ("会", "会议", "活动", "仪式", "典礼", "论坛", "培训班")
HEADLINE_CLAUSE_LAST: Final = frozenset(",;、")
#: A reply's headline printed over lines opens with what it answers ("对市政协某次会议" over
#: "第某号提案的答复"), as a notice's opens with 关于; the kinds that close such a headline.
REPLY_OPENER: Final = "对"
REPLY_KINDS: Final[tuple[str, ...]] = ("答复", "复函", "回复")
#: Most lines a headline is printed over.
SPLIT_HEADLINE_PARTS: Final = 3
#: A year alone on its line right over the rest of the headline ("2025年" / "全县…工作要点"):
#: no headline in itself, the headline's first words.
HEADLINE_YEAR_LINE: Final = re.compile(r"(?:19|20)\d\d年度?")

#: A summary box opening the text over its first paragraph: an editor's note or the story's
#: key points ("编者按:…", "【编前语】…", "核心提示:…", "内容摘要:…").
SUMMARY_BOX: Final = re.compile(r"[【\[]?(?:编者按|编前语|编者的话|核心提示|内容摘要|内容提要|导读)[】\]]?[ ]*:?")
#: A disclosure table's summary cell ("内容概述 …"): no text where the text opens with its words again.
SUMMARY_CELL: Final = re.compile(r"(?:内容概述|内容概要)[ ]*:?[ ]*")
#: How many of its first characters the text's opening must print again.
SUMMARY_CELL_REPEAT: Final = 12
SUMMARY_BOX_FIRST: Final = frozenset("【[编核内导")
#: A paper's abstract ("内容摘要:…") and the keywords line under it, its terms parted by semicolons
#: ("关键词:某某;某某"): the abstract is then the paper's own, not an editor's summary box.
PAPER_ABSTRACT_LABELS: Final[tuple[str, ...]] = ("内容摘要", "内容提要", "摘要", "【内容摘要", "【摘要")
PAPER_KEYWORDS: Final[tuple[str, ...]] = ("关键词", "关键字", "【关键词")
#: A wire's dateline printing the story's headline after it ("某社北京5月9日电 题:…"): the headline again.
DATELINE_TITLE: Final = re.compile(r"[^。,]{2,30}?电[ ]*题[ ]*:[ ]*")
#: A footnote's mark closing a line ("…统计公报[1]").
FOOTNOTE_MARK: Final = re.compile(r"\[\d{1,2}\]$")
#: Most deck lines under the headline printed again above the text ("…强调" / three decks / the text).
DECK_LINES_MAX: Final = 3

#: First characters of a deck line ("——…", "─…", "--…").
SUBTITLE_FIRST_CHARS: Final = frozenset("—─-")
#: A subtitle line right under the headline: "——…" (one dash where the capture lost the other,
#: "—某县开展…", a word or a year right after it: "—2022年4月20日在…会议上"), or a whole 《…》.
SUBTITLE_LINE: Final = re.compile(r"^(?:[—─-]{2,}|——|—(?=[\u4e00-\u9fff“《]|\d{4}))|^《[^》]+》$")
#: Its first characters (a cheap gate before the pattern).
SUBTITLE_FIRST: Final = frozenset("—─-《")

#: A span a headline quotes or brackets ("“冬季取暖,安全第一”", "【抓学习、…】"):
#: its commas part no clauses of the line.
QUOTED_SPAN: Final = re.compile(r"“[^“”]*”|【[^【】]*】")
#: Prose: a line a headline never looks like.
PROSE_MIN: Final = 20
