"""Deterministic synthetic portal dumps for the parse benchmark.

Every dump is assembled from the vocabulary tables below (invented text,
nothing copied from a real page) by one seeded ``random.Random``, so the same
seed and count always give the same bytes. The mix follows the page shapes in
``shared/corpus/TEMPLATES.md``: top-of-page furniture, breadcrumbs, headlines,
run-together meta lines, disclosure tables, news or policy bodies, bylines,
footers; encoded as UTF-8, UTF-8 with a BOM or GB18030 (GBK bytes where GBK
suffices), some with CRLF.

Run as a script to keep a set on disk::

    .venv/bin/python benchmarks/generate.py OUT_DIR [--count 3000] [--seed 20201228]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

__all__ = ["DEFAULT_COUNT", "DEFAULT_SEED", "make_dump", "make_text", "write_dumps"]

DEFAULT_COUNT: Final = 3000
DEFAULT_SEED: Final = 20201228

# --- vocabulary (invented) -------------------------------------------------------------

PLACES: Final = (
    "青川", "云溪", "白塔", "桐江", "丰岭", "梅山", "柳岸", "金沙", "鹤鸣", "松湖",
    "石门", "清源", "龙湾", "东坪", "西陵", "南屏", "北岙", "杏林", "枫桥", "玉泉",
)
LEVELS: Final = ("市", "县", "区", "镇", "乡", "街道")
OFFICES: Final = (
    "人民政府", "人民政府办公室", "发展和改革局", "财政局", "教育局", "卫生健康委员会",
    "生态环境局", "农业农村局", "住房和城乡建设局", "应急管理局", "司法局",
    "市场监督管理局", "文化和旅游局", "交通运输局", "水利局", "自然资源和规划局",
)
MEDIA: Final = ("日报", "融媒体中心", "发布", "新闻网", "电视台", "政府网")
SURNAMES: Final = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金"
GIVEN: Final = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华建国文晓红志春海燕玲斌宇浩凯鹏波辉欣然思雨晨博子涵佳琪德成林峰"
TOPICS: Final = (
    "人居环境整治", "安全生产大检查", "防汛防台", "秸秆禁烧", "优化营商环境", "乡村振兴",
    "森林防火", "农村饮水安全", "消防安全", "垃圾分类", "文明城市创建", "河长制",
    "高标准农田建设", "义务教育均衡发展", "老旧小区改造", "数字政府建设", "冬春火灾防控",
    "粮食安全", "耕地保护", "养老服务体系建设", "就业创业", "食品安全",
)
HEADLINES: Final = (
    "{place}{level}召开{topic}工作推进会",
    "{place}{level}扎实推进{topic}工作",
    "{place}{level}{topic}取得新成效",
    "{place}开展{topic}专项行动",
    "{place}{level}{office}关于做好{topic}工作的通知",
    "关于印发《{place}{level}{topic}实施方案》的通知",
    "{place}{level}{office}关于进一步加强{topic}的意见",
    "{place}{level}领导调研{topic}工作",
    "{place}{level}{topic}三年行动计划({year}—{year2}年)",
)
CATEGORIES: Final = ("【工作动态】", "【乡镇动态】", "【其他会议】", "政务服务丨", "[图]")
OPENERS: Final = (
    "近日,", "{month}月{day}日,", "{month}月{day}日上午,", "今年以来,", "据了解,", "会议强调,",
    "下一步,", "为深入贯彻落实{topic}工作部署,", "在{place}{level}调研时,", "会上,",
)
SUBJECTS: Final = (
    "{place}{level}", "各相关部门", "工作组", "全体干部职工", "镇村两级", "{place}{level}{office}",
    "各级各部门", "执法人员", "志愿服务队", "驻村工作队",
)
VERBS: Final = (
    "紧紧围绕", "认真落实", "持续推进", "全面开展", "统筹做好", "深入排查", "协调推进",
    "聚焦", "扎实做好", "进一步规范",
)
OBJECTS: Final = ("{topic}工作", "{topic}各项任务", "{topic}重点隐患", "{topic}年度目标", "{topic}长效机制")
TAILS: Final = (
    "确保各项工作落到实处", "取得了阶段性成效", "切实保障人民群众生命财产安全",
    "为高质量发展提供有力支撑", "营造了良好的社会氛围", "累计投入资金{n}万元",
    "共出动检查人员{n}人次", "发放宣传资料{n}余份", "整改问题{n}个", "惠及群众{n}户",
)
NUMERALS: Final = "一二三四五六七八九十"
DATE_DIGITS: Final = "〇一二三四五六七八九"
WEEKDAYS: Final = "一二三四五六日"

BREADCRUMB_LABELS: Final = ("当前位置:", "您的位置:", "您现在的位置:", "您当前的位置:", "当前位置是:", "您所在的位置:", "")
BREADCRUMB_SEPARATORS: Final = (" > ", ">", " >> ", ">>", " -> ", "->", " / ", " - ", "  >>  ")
CHANNELS: Final = ("新闻中心", "政务公开", "部门动态", "乡镇动态", "通知公告", "政策文件", "规范性文件", "工作动态", "图片新闻")
TRAIL_ENDS: Final = ("正文", "内容", "详细内容", "正文内容")

DATE_LABELS: Final = ("发布时间", "发布日期", "时间", "日期", "信息时间", "更新时间", "发表时间")
SOURCE_LABELS: Final = ("来源", "信息来源", "文章来源", "来自")
VIEW_LABELS: Final = ("浏览次数", "阅读次数", "点击数", "点 击 量", "浏览量", "总浏览量", "访问量", "阅读人次")
FONT_WIDGETS: Final = ("字号:[ 大 中 小 ]", "【字体:大 中 小】", "字体大小:【", "字号:[小] [大]", "字体:[ ]", "【字体:", "字体:【大】 【中】 【小】")
META_SEPARATORS: Final = (" ", "  ", "", " | ", "\t", "   ")

TABLE_FIELDS: Final = (
    (("索引号", "索 引 号"), "index"),
    (("主题分类", "分类", "信息分类", "组配分类"), "topic"),
    (("发布机构", "发文机关", "发文机构", "发 布 机 构"), "issuer"),
    (("文号", "文 号", "发文字号", "文件编号"), "number"),
    (("成文日期", "成文时间", "发文日期"), "written"),
    (("发布日期", "公开日期", "上载日期"), "published"),
    (("有效性", "文件有效性"), "validity"),
    (("标题", "名称", "信息名称"), "title"),
)
TOPIC_CLASSES: Final = ("综合政务", "城乡建设、环境保护", "农业、林业、水利", "安全生产监管", "其他", "综合政务 \\ 其他")
VALIDITIES: Final = ("有效", "有效", "失效", "废止", "")

TOP_NOISE: Final = (
    "无障碍阅读 | 长者专区 | 简体版 | 繁体版",
    "设为首页 加入收藏",
    "支持IPV6",
    "登录 注册",
    "政务服务热线:12345",
    "手机版 | 微信公众号 | 政务微博",
    "今天是:{today}",
    "归档时间:{today}",
)
NAV_ITEMS: Final = ("首页", "要闻动态", "政务公开", "政务服务", "政民互动", "政府数据", "走进{place}")
FOOTERS: Final = (
    "【打印本页】 【关闭窗口】",
    "打印 关闭",
    "分享到:",
    "微信 微博 QQ空间",
    "扫一扫在手机打开当前页",
    "上一篇:{headline}",
    "下一篇:{headline}",
    "相关链接",
    "政策解读",
    "友情链接",
    "主办单位:{place}{level}人民政府办公室 承办单位:{place}{level}大数据中心",
    "网站标识码:{code} 浙ICP备{icp}号",
    "公网安备 {police}号",
    "联系电话:0{area}-{phone}",
    "| | | |",
)
CREDIT_ROLES: Final = ("记者", "通讯员", "作者", "编辑", "审核", "摄影", "实习记者")
CREDIT_LINES: Final = ("责任编辑", "编辑", "编审", "责编", "一审", "二审", "三审", "审核", "通讯员", "作者")


class _Slots(dict[str, object]):
    """Template slots, each drawn only when a template names it (``str.format_map``)."""

    def __init__(self, writer: _Writer) -> None:
        super().__init__()
        self.writer = writer

    def __missing__(self, key: str) -> object:
        w, rng = self.writer, self.writer.rng
        draws: dict[str, Callable[[], object]] = {
            "place": lambda: w.place if rng.random() < 0.7 else rng.choice(PLACES),
            "level": lambda: w.level,
            "office": lambda: w.office if rng.random() < 0.7 else rng.choice(OFFICES),
            "topic": lambda: w.topic if rng.random() < 0.6 else rng.choice(TOPICS),
            "year": lambda: w.when.year,
            "year2": lambda: w.when.year + 2,
            "month": lambda: rng.randint(1, 12),
            "day": lambda: rng.randint(1, 28),
            "n": lambda: rng.choice((3, 12, 45, 120, 368, 1500, 8600)),
            "headline": lambda: w.fill(rng.choice(HEADLINES)),
            "today": lambda: w.date(w.when + dt.timedelta(days=rng.randint(0, 3000)), clock=True),
            "code": lambda: rng.randrange(10**9, 10**10),
            "icp": lambda: rng.randrange(10**7, 10**8),
            "police": lambda: rng.randrange(10**13, 10**14),
            "area": lambda: rng.randint(510, 999),
            "phone": lambda: rng.randrange(10**7, 10**8),
        }
        return draws[key]()


class _Writer:
    """One dump's text, built line by line from a shared ``random.Random``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.place = rng.choice(PLACES)
        self.level = rng.choice(LEVELS)
        self.office = rng.choice(OFFICES)
        self.topic = rng.choice(TOPICS)
        self.when = dt.datetime(2008, 1, 1) + dt.timedelta(seconds=rng.randrange(18 * 365 * 86400))
        self.headline = self.fill(rng.choice(HEADLINES))
        self.lines: list[str] = []

    # -- small pieces

    def fill(self, template: str) -> str:
        """Fill a vocabulary template from this dump's place, topic and date."""
        return template.format_map(_Slots(self))

    def name(self) -> str:
        """An invented person's name, sometimes padded with a space."""
        rng = self.rng
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        sep = " " if len(given) == 1 and rng.random() < 0.1 else ""
        return rng.choice(SURNAMES) + sep + given

    def unit(self) -> str:
        """An issuing office or a medium."""
        rng = self.rng
        if rng.random() < 0.3:
            return rng.choice(PLACES) + rng.choice(MEDIA)
        return self.place + self.level + self.office

    def date(self, when: dt.datetime, *, clock: bool = False) -> str:
        """``when`` in one of the printed date forms (a site clock when ``clock``)."""
        rng = self.rng
        if clock:
            return f"{when.year}年{when.month:02d}月{when.day:02d}日 星期{WEEKDAYS[when.weekday()]}"
        forms: tuple[Callable[[dt.datetime], str], ...] = (
            lambda d: f"{d:%Y-%m-%d}",
            lambda d: f"{d:%Y-%m-%d %H:%M:%S}",
            lambda d: f"{d:%Y-%m-%d %H:%M}",
            lambda d: f"{d:%Y/%m/%d}",
            lambda d: f"{d.year}/{d.month}/{d.day} {d.hour}:{d:%M:%S}",
            lambda d: f"{d:%Y.%m.%d}",
            lambda d: f"{d.year}年{d.month}月{d.day}日",
            lambda d: f"{d:%Y}年{d:%m}月{d:%d}日 {d:%H:%M}",
            lambda d: f"{d:%Y-%m-%d} 00:00:00",
            lambda d: f"{d:%Y-%m-%d %H:%M:%S}.0",
            lambda d: f"{d.year}- {d:%m}- {d:%d} {d:%H}: {d:%M}: {d:%S}",
        )
        return rng.choice(forms)(when)

    def chinese_date(self, when: dt.datetime) -> str:
        """A signature date in Chinese numerals (二〇二一年三月五日)."""
        year = "".join(DATE_DIGITS[int(c)] for c in str(when.year))
        return f"{year}年{self._numeral(when.month)}月{self._numeral(when.day)}日"

    @staticmethod
    def _numeral(n: int) -> str:
        tens, ones = divmod(n, 10)
        head = "" if tens == 0 else ("十" if tens == 1 else NUMERALS[tens - 1] + "十")
        return head + ("" if ones == 0 else NUMERALS[ones - 1])

    def document_number(self) -> str:
        """A 文号 such as 青政办发〔2021〕12号, with one of the bracket styles."""
        rng = self.rng
        left, right = rng.choice((("〔", "〕"), ("[", "]"), ("(", ")"), ("【", "】")))
        kind = rng.choice(("政发", "政办发", "政函", "农发", "教发", "应急发"))
        space = " " if rng.random() < 0.1 else ""
        return f"{self.place[0]}{kind}{space}{left}{self.when.year}{right}{rng.randint(1, 300)}{space}号"

    def sentence(self) -> str:
        """One body sentence."""
        rng = self.rng
        parts = [self.fill(rng.choice(OPENERS)) if rng.random() < 0.5 else ""]
        parts.append(self.fill(rng.choice(SUBJECTS)) + rng.choice(VERBS) + self.fill(rng.choice(OBJECTS)))
        for _ in range(rng.randint(0, 3)):
            parts.append("," + self.fill(rng.choice(TAILS)))
        return "".join(parts) + "。"

    def paragraph(self, sentences: int) -> str:
        """A paragraph of ``sentences`` sentences with one of the indentations."""
        indent = self.rng.choice(("", "", "  ", "\u3000\u3000", "    "))
        return indent + "".join(self.sentence() for _ in range(sentences))

    # -- regions

    def top(self) -> None:
        """Accessibility bars, clocks and navigation rows above the article."""
        rng = self.rng
        for template in rng.sample(TOP_NOISE, rng.randint(0, 3)):
            self.lines.append(self.fill(template))
        if rng.random() < 0.2:
            self.lines.extend("  • " + self.fill(item) for item in NAV_ITEMS)

    def breadcrumb(self) -> None:
        """A location trail with a label, separators and maybe a 正文 tail."""
        rng = self.rng
        if rng.random() < 0.35:
            return
        trail = ["首页" if rng.random() < 0.8 else self.place + self.level + self.office]
        trail += rng.sample(CHANNELS, rng.randint(1, 3))
        if rng.random() < 0.3:
            trail.append(rng.choice(TRAIL_ENDS))
        sep = rng.choice(BREADCRUMB_SEPARATORS)
        text = rng.choice(BREADCRUMB_LABELS) + sep.join(trail)
        if rng.random() < 0.05:
            cut = text.rfind(sep.strip() or sep)
            self.lines.extend((text[:cut], text[cut:]))
        else:
            self.lines.append(text)

    def title(self) -> None:
        """The headline, maybe with a category prefix, printed twice or with a deck line."""
        rng = self.rng
        if rng.random() < 0.02:
            return
        headline = (rng.choice(CATEGORIES) if rng.random() < 0.1 else "") + self.headline
        self.lines.append(headline)
        if rng.random() < 0.1:
            self.lines.append("——" + self.fill(rng.choice(TAILS)))
        if rng.random() < 0.1:
            self.lines.append(headline)

    def meta(self) -> None:
        """The 发布时间/来源/作者/浏览次数/字号 line(s), often run together."""
        rng = self.rng
        fields: list[str] = []
        date = self.date(self.when)
        fields.append(date if rng.random() < 0.15 else rng.choice(DATE_LABELS) + ":" + date)
        if rng.random() < 0.8:
            value = "" if rng.random() < 0.05 else rng.choice((self.unit(), "本站", "本站原创", "未知"))
            fields.append(rng.choice(SOURCE_LABELS) + ":" + value)
        if rng.random() < 0.3:
            fields.append("作者:" + rng.choice((self.name(), self.name() + " " + self.name(), "admin", "佚名")))
        if rng.random() < 0.6:
            label = rng.choice(VIEW_LABELS)
            count = str(rng.randint(0, 9999)) if rng.random() < 0.3 else ""
            fields.append(f"{count}次浏览" if count and rng.random() < 0.2 else f"{label}:{count}")
        if rng.random() < 0.5:
            fields.append(rng.choice(FONT_WIDGETS))
        rng.shuffle(fields)
        if rng.random() < 0.15:
            self.lines.extend(fields)
        else:
            self.lines.append(rng.choice(META_SEPARATORS).join(fields))
        if rng.random() < 0.05:
            self.lines.extend(("保护视力色:", "![]"))

    def table(self) -> None:
        """A disclosure table (索引号, 文号, 发布机构, 成文日期…) in one of its layouts."""
        rng = self.rng
        values = {
            "index": f"{rng.randrange(10**10, 10**11)}/{self.when.year}-{rng.randrange(10**5):05d}",
            "topic": rng.choice(TOPIC_CLASSES),
            "issuer": self.place + self.level + self.office,
            "number": self.document_number(),
            "written": self.date(self.when - dt.timedelta(days=rng.randint(0, 20))),
            "published": self.date(self.when),
            "validity": rng.choice(VALIDITIES),
            "title": self.headline,
        }
        cells = [
            (rng.choice(labels), "" if rng.random() < 0.1 else values[key])
            for labels, key in TABLE_FIELDS
            if rng.random() < 0.85
        ]
        layout = rng.randrange(6)
        if layout == 0:
            self.lines.extend(f"{label}:{value}" for label, value in cells)
        elif layout == 1:
            pairs = [f"{label}:{value}" for label, value in cells]
            self.lines.extend("    ".join(pairs[i : i + 2]) for i in range(0, len(pairs), 2))
        elif layout == 2:
            self.lines.append(" ".join(f"{label} {value}" for label, value in cells))
        elif layout == 3:
            self.lines.append("| " + " | ".join(f"{label} | {value}" for label, value in cells) + " |")
        elif layout == 4:
            self.lines.extend(f"[ {label} ] {value}" for label, value in cells)
        else:
            for label, value in cells:
                self.lines.extend((f"  • {label}:", f"    {value}"))

    def news_body(self) -> None:
        """A news item: a dateline opening, paragraphs, maybe captions and image names."""
        rng = self.rng
        count = rng.choice((1, 2, 3, 4, 5, 6, 8, 12))
        for i in range(count):
            paragraph = self.paragraph(rng.randint(1, 5))
            if i == 0 and rng.random() < 0.3:
                paragraph = f"{rng.choice(PLACES)}{rng.choice(MEDIA)}讯({rng.choice(CREDIT_ROLES)} {self.name()})" + paragraph.lstrip()
            self.lines.append(paragraph)
            if rng.random() < 0.1:
                self.lines.append(f"IMG_{self.when:%Y%m%d}_{rng.randrange(10**6):06d}.jpg")
            if rng.random() < 0.05:
                self.lines.append("图为" + self.fill(rng.choice(SUBJECTS)) + "现场")
            if rng.random() < 0.3:
                self.lines.append("")

    def policy_body(self) -> None:
        """A policy document: red header, addressee, 一、 headings, signature, 附件."""
        rng = self.rng
        if rng.random() < 0.5:
            self.lines.extend((self.document_number(), "", self.place + self.level + self.office, self.headline, ""))
        self.lines.append(f"各{rng.choice(LEVELS)}人民政府,{self.place}{self.level}各部门、各直属单位:")
        self.lines.append(self.paragraph(rng.randint(1, 3)) + "现将有关事项通知如下:")
        for h in range(rng.choice((2, 3, 4, 6, 8, 10))):
            self.lines.append(f"{NUMERALS[h]}、{self.fill(rng.choice(OBJECTS))}")
            numbered = rng.random() < 0.5
            for s in range(rng.randint(1, 4)):
                lead = f"({NUMERALS[s]}){rng.choice(VERBS)}{self.fill(rng.choice(OBJECTS))}。" if numbered else ""
                self.lines.append(lead + self.paragraph(rng.randint(2, 6)).lstrip())
        if rng.random() < 0.6:
            self.lines.append("附件:" + rng.choice(("1.", "")) + self.fill(rng.choice(TOPICS)) + rng.choice(("工作台账.doc", "申报表.xls", "实施细则.pdf", "")))
        self.lines.extend(("", " " * rng.choice((0, 8, 30)) + self.place + self.level + self.office))
        signed = self.when - dt.timedelta(days=rng.randint(0, 10))
        self.lines.append(" " * rng.choice((0, 8, 30)) + (self.chinese_date(signed) if rng.random() < 0.5 else self.date(signed)))
        if rng.random() < 0.3:
            self.lines.append("(此件公开发布)")

    def byline(self) -> None:
        """Credits glued to the last paragraph in parentheses or printed on their own lines."""
        rng = self.rng
        if rng.random() < 0.25 or not self.lines:
            return
        if rng.random() < 0.5:
            forms = (
                f"({self.name()})",
                f"(记者 {self.name()})",
                f"({self.place}{self.level}{self.office} {self.name()})",
                f"(作者 {self.name()} 编辑 {self.name()} 审核 {self.name()})",
                f"(供稿:{self.name()} 审核:{self.name()})",
                f"({self.place}{self.level}政府办供稿)",
            )
            last = max(i for i, line in enumerate(self.lines) if line.strip())
            self.lines[last] += rng.choice(forms)
        else:
            for role in rng.sample(CREDIT_LINES, rng.randint(1, 3)):
                names = " ".join(self.name() for _ in range(rng.randint(1, 2)))
                self.lines.append(f"{role}:{names if rng.random() < 0.9 else '管理员'}")

    def footer(self) -> None:
        """Print/share widgets, prev/next links and the government footer."""
        rng = self.rng
        for template in rng.sample(FOOTERS, rng.randint(0, 6)):
            self.lines.append(self.fill(template))


def make_text(rng: random.Random) -> str:
    """One synthetic dump as text (LF newlines)."""
    writer = _Writer(rng)
    writer.top()
    policy = rng.random() < 0.4
    if policy and rng.random() < 0.5:
        writer.breadcrumb()
        writer.table()
        writer.title()
        writer.meta()
    else:
        writer.breadcrumb()
        writer.title()
        if policy:
            writer.table()
        writer.meta()
    writer.lines.append("")
    if policy:
        writer.policy_body()
    else:
        writer.news_body()
    writer.byline()
    writer.footer()
    if rng.random() < 0.01:
        return " ".join(line.strip() for line in writer.lines if line.strip())
    text = "\n".join(writer.lines) + "\n"
    if rng.random() < 0.03:
        text = text[: rng.randint(len(text) // 3, len(text) - 1)]
    return text


def make_dump(rng: random.Random) -> bytes:
    """One synthetic dump as file bytes: UTF-8 (maybe with a BOM) or GB18030; maybe CRLF.

    GB18030 gives the very bytes GBK would for every character GBK has, and
    still encodes the few it lacks (such as the bullet "•").
    """
    text = make_text(rng)
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    encoding = rng.choices(("utf-8", "utf-8-sig", "gb18030"), weights=(60, 10, 30))[0]
    return text.encode(encoding)


def write_dumps(directory: Path, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``count`` dumps to ``directory`` (created if needed); return their paths in order."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        path = directory / f"{i:05d}.txt"
        path.write_bytes(make_dump(rng))
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write a set of dumps to a directory."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="where to write the dumps (created if needed)")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="how many dumps (default %(default)s)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    args = parser.parse_args(argv)
    paths = write_dumps(args.directory, args.count, args.seed)
    size = sum(path.stat().st_size for path in paths)
    print(f"wrote {len(paths)} dumps, {size / 1e6:.1f} MB, to {args.directory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
