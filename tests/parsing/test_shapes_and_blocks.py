"""The body: furniture and footers found, blocks classified as paragraph, heading, signature, attachment."""

from __future__ import annotations

import pytest

from govnews.parsing.blocks import build_blocks
from govnews.parsing.candidates import drop_cut_copy
from govnews.parsing.captions import drop_trailing_captions
from govnews.parsing.furniture import (
    cut_glued_image_name,
    cut_inline_footer,
    is_footer,
    is_furniture,
    is_image_file,
    is_link_line,
    is_site_footer,
)
from govnews.parsing.shapes import is_prose

FURNITURE = [
    ("字号:[ ]", True),
    ("【字体:大 中", True),
    ("视力保护色:", True),
    ("用微信扫描二维码", True),
    ("分享至好友和朋友圈", True),
    ("×", True),
    ("![]", True),
    ("| | | |", True),
    ("32px", True),
    ("返回联盟首页 | 某某党建网", True),
    ("2018/12/28 上午9:27:28 星期五", True),
    ("IMG_0123.jpg", True),
    ("小", True),
    ("关于打印机采购的通知", False),
    ("视频加载中...", True),
    ("00:00 / 03:25", True),
    ("1:02:10 / 1:15:00", True),
    ("播放 全屏", True),
    ("您的浏览器不支持 video 标签,请升级浏览器。", True),
    # a sentence of clauses naming a widget word is text
    ("注册完成后,即可登录系统办理业务。", False),
    ("打开某某APP,使用手机扫描页面上的二维码。", False),
    # a login box's tabs are furniture; a step or heading of a guide is not
    ("账号+密码登录", True),
    ("第二步:扫码登录", False),
    ("全屏展示乡村振兴成果", False),
    ("【大 中 小】", True),
    ("[大][中][小]", True),
    ("【中小企业】", False),
    ("[大中小学]", False),
    ("区域科创高地加速崛起", False),
    ("━━━━━━━━━━━━━━━━", True),
    ("────────", True),
    ("════════", True),
    ("各村委会、乡属各单位:", False),
    ("继续访问", True),  # a link onwards under the text
    ("• 2021", True),  # an archive's year in a list
    ("展开通版", True),  # a digital newspaper's page widget
    ("Untitled Document", True),  # an HTML editor's default page title
    ("本篇文章303字,读完约1分钟", True),  # a reading-time widget
    ("全文共分三部分,阅读时请注意", False),
    # a headline of two clauses parted by a pipe is no menu; a row of widgets with a comma in one is
    ("汛前排查不放松,安全防线筑牢固|某街道多措并举开展汛前隐患排查,守护群众平安 |", False),
    ("放大字体 | 缩小字体 | 默认字体 | 已收藏,点击取消收藏 点击收藏 加入收藏 | 打印本页 | 关闭窗口 |", True),
]


class TestIsFurniture:
    @pytest.mark.parametrize(("line", "expected"), FURNITURE)
    def test_lines(self, line: str, expected: bool) -> None:
        """Widgets, icons, navigation and clocks are furniture; headlines and text are not."""
        assert is_furniture(line) is expected


FOOTERS = [
    ("打印|关闭", True),
    ("打印此页  关闭窗口", True),
    ("关闭×", True),
    ("上一篇:关于…", True),
    ("友情链接:", True),
    ("某公网安备 52030302000117号 网站标识码:5203030011", True),
    ("京ICP备05070218号", True),
    ("扫一扫在手机打开当前页", True),
    ("标签:", True),
    ("【打印正文】", True),
    ("文件下", True),
    ("扫码阅读手机版", True),
    ("转载请注明出处", True),
    ("12345政务服务便民热线", True),
    ("12345热线 24小时受理 有呼必应", True),
    ("12345热线受理群众诉求1.2万件,办结率99%。", False),
    ("关闭不达标企业12家,整治工作取得成效。", False),
    ("标签化管理是一项新举措", False),
]


class TestIsFooter:
    @pytest.mark.parametrize(("line", "expected"), FOOTERS)
    def test_lines(self, line: str, expected: bool) -> None:
        """Print/share widgets, prev/next links and site footers open the footer; text does not."""
        assert is_footer(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("主办:某市科学技术局 地址:某市朝阳路26号", True),
        ("主办:某县人民政府办公室 网站标识码:5329000001 滇ICP备18001234号 滇公网安备 53290002000101号", True),
        ("主办单位:某县人民政府 承办单位:某县大数据中心", True),
        ("主办:共青团某市委员会", False),
        ("主办单位:市文联、市文化馆,协办单位:各乡镇文化站。", False),
        ("某县人民政府办公室主办 网站标识码:5329000001", True),
        ("某市人民政府办公室主办  某市大数据中心承办  滇ICP备18001234号", True),
        ("本次活动由市文联主办,各乡镇文化站承办。", False),
        ("某县文化馆主办", False),
    ],
)
def test_site_footer_names_a_second_footer_field(line: str, expected: bool) -> None:
    """主办 opens the site footer where another footer field follows; alone it may be an event's organiser."""
    assert is_site_footer(line) is expected


class TestCutInlineFooter:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [("拾捡路面垃圾(供稿:区委办) 【打印正文】 分享到:", "拾捡路面垃圾(供稿:区委办)"), ("正文。", "正文。")],
    )
    def test_cases(self, line: str, expected: str) -> None:
        """A widget glued after the text is cut off; a clean line is kept whole."""
        assert cut_inline_footer(line) == expected


class TestIsProse:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("12月19日,在温州高教新区,温州电商直播产业园开园,300家合作商家同时入驻。", True),
            ("喜报!青禾县32家单位入选第一批“全省民族团结进步示范单位”", False),
            ("石门镇:扎实开展森林防灭火演练,筑牢林区“防火墙”", False),
            # commas inside quotes or 【】 are the quoted words' (a headline's slogan), outside them a sentence's
            ("【抓作风建设促提升、抓工作落实促发展】青禾镇青山村开展“安全用电,平安过冬”防范触电入户宣传活动", False),
            (
                "青禾镇青山村近日开展“安全用电,平安过冬”防范触电入户宣传活动,工作人员逐户向群众发放安全用电宣传资料",
                True,
            ),
            # clauses running on past the line's end are a sentence the capture broke; a slogan's first line
            # (a headline over two lines) is shorter than any such sentence
            ("为推进城乡环境卫生整治工作,全面提升辖区人居环境质量,营造良好氛围,", True),
            ("干出新气象,拼出新天地,", False),
        ],
    )
    def test_lines(self, line: str, expected: bool) -> None:
        """Running text is prose; a headline, even with "!" or "," inside, is not."""
        assert is_prose(line) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某镇 开展 消防宣传月 某镇 开展 消防宣传月 进村入户活动", "某镇 开展 消防宣传月 进村入户活动"),
        ("某县 召开安全会 某县 召开安全会", "某县 召开安全会"),
        # a word said twice is the headline's own
        ("奋斗青春 奋斗青春最美丽——记某县青年志愿者服务队", "奋斗青春 奋斗青春最美丽——记某县青年志愿者服务队"),
        # words that the rest does not open with again, or too short to be a copy, stay
        ("某县 召开 安全生产工作会议", "某县 召开 安全生产工作会议"),
        ("关于 关于印发某某办法的通知", "关于 关于印发某某办法的通知"),
    ],
)
def test_cut_copy_before_headline_goes(title: str, expected: str) -> None:
    """A copy of the headline's opening words printed before it on its line is dropped."""
    assert drop_cut_copy(title) == expected


BLOCKS = [
    (["正文第一段。", "区域科创高地加速崛起", "正文第二段。"], ["paragraph", "heading", "paragraph"]),
    (["一、总体要求", "(一)工作目标", "第一章 总则", "1.1 编制目的"], ["heading", "heading", "heading", "heading"]),
    (
        ["各单位:", "现印发给你们。", "青禾县人民政府办公室", "2021年12月10日"],
        ["paragraph", "paragraph", "signature", "signature"],
    ),
    (["通知如下。", "二○一一年八月九日"], ["paragraph", "signature"]),
    (["通知如下。", "衡南县农业农村局", "20221212"], ["paragraph", "signature", "signature"]),
    (["通知如下。", "青禾市大数据局", "2020 8 11"], ["paragraph", "signature", "signature"]),
    (["请遵照执行。", "附件:1.名单", "2.评分标准"], ["paragraph", "attachment", "attachment"]),
    (["请遵照执行。", "附件:"], ["paragraph"]),
    (["第一段。", "图为活动现场", "photo_01.png", "第二段。"], ["paragraph", "paragraph"]),
    (["第一段。", "会议地点:三楼会议室", "第二段。"], ["paragraph", "paragraph", "paragraph"]),
    (["第一段。", "1"], ["paragraph"]),
    # a table's header row is no heading; a word spaced out, numbered or not, is
    (["表头如下。", "序号 类别 主要任务 牵头单位"], ["paragraph", "paragraph"]),
    (
        ["序号 | 事项 | 公开内容 | 公开时限", "1 | 行政许可 | 自信息形成之日起20个工作日内公开。"],
        ["paragraph", "paragraph"],
    ),
    (["第一章 总 则", "第一条 为了规范管理。"], ["heading", "paragraph"]),
    (["第一段。", "被截断的最后一行"], ["paragraph", "paragraph"]),
]


class TestBuildBlocks:
    @pytest.mark.parametrize(("lines", "kinds"), BLOCKS)
    def test_kinds(self, lines: list[str], kinds: list[str]) -> None:
        """Headings, signatures and attachments are recognised; captions, images and residue dropped."""
        assert [block.kind for block in build_blocks(lines)] == kinds


@pytest.mark.parametrize(
    "line",
    [
        "征集状态:进行中",
        "我要留言",
        "【我要建言】",
        "意见征集状态:已结束",
        "相关文件:某市关于印发某办法的通知",
        "政策原文:某县通知",
    ],
)
def test_consultation_widgets_and_related_document_links_are_footers(line: str) -> None:
    """Opinion-solicitation widgets and the link to the interpreted document end the body."""
    assert is_footer(line)


@pytest.mark.parametrize(
    "line",
    [
        "【相关文件】某县人民政府办公室关于印发某县农村供水工程建设管理办法(试行)的通知(某政办发〔2024〕9号)",
        "[政策解读] 图解某市促进消费若干措施",
        "相关解读:" + "某" * 90,
    ],
)
def test_link_lines_are_footers_bracketed_and_long(line: str) -> None:
    """A link line to the related document or interpretation ends the body, bracketed or long."""
    assert is_footer(line)
    assert is_link_line(line)


@pytest.mark.parametrize(
    "line",
    ["相关文件精神要求各单位抓好落实", "【相关文件】按照上级部署,各地已开展自查。", "相关解读:" + "某" * 200],
)
def test_prose_and_overlong_lines_are_no_link_lines(line: str) -> None:
    """Prose that opens with the words, a sentence and an overlong line are not link lines."""
    assert not is_link_line(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("IMG_0123.jpg", True),
        ("现场照片.JPEG", True),
        ("图1.Png)", True),
        ("航拍.WebP", True),
        ("照片展览开幕", False),
        ("ΦΩΤΟ.ΡΝΓ", False),  # Greek capitals that look like PNG: no image suffix, whatever case mapping
        ("会议纪要.pdf", False),
    ],
)
def test_image_file_names_in_any_ascii_case(line: str, expected: bool) -> None:
    """An image file name left in the text is known by its suffix in any ASCII case; look-alikes are not."""
    assert is_image_file(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("QQ截图20210925105328", True),
        ("IMG_20231008_093512", True),
        ("DSC01234", True),
        ("logo", True),
        ("2019", False),
        ("第3号", False),
        ("会议于10时召开,参会人员共120", False),
        ("近日,某镇召开推进会议,共70余人参加。简.jpg", False),  # a paragraph a name is glued to
        # the hash an upload is named by, alone or as its alt text's 说明, whatever digit it ends with
        ("说明: 5F3A9C0B7D2E4A1C8B6F0E9D3A7C2B15", True),
        ("0b7d2e4a1c8b6f0e9d3a7c2b155f3a9f", True),
        ("113701120042032943", False),  # digits alone: a code, no hash
        ("说明:本表数据截至2023年底", False),
    ],
)
def test_images_named_without_a_suffix(line: str, expected: bool) -> None:
    """The names screenshot and camera tools give, and a logo's alt text, are image lines; text is not."""
    assert is_image_file(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("近日,某镇召开推进会议,共70余人参加。简.jpg", "近日,某镇召开推进会议,共70余人参加。"),
        ("近日,某镇召开推进会议。 IMG_0123.jpg", "近日,某镇召开推进会议。"),
        ("详见附件说明 图1.jpg", "详见附件说明 图1.jpg"),  # no sentence's end before the name: kept
    ],
)
def test_image_name_glued_after_the_last_sentence_is_cut(line: str, expected: str) -> None:
    """A file name after a paragraph's last sentence is cut off; the paragraph stays."""
    assert cut_glued_image_name(line) == expected


TEXT = "会上,各村向群众公开了上年度村级财务收支情况。"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (["东岭村群众大会", "西岭村群众大会"], []),  # captions of one event's photos: same last words
        (["青禾县总工会", "青禾县妇女联合会"], ["青禾县总工会", "青禾县妇女联合会"]),  # two signing units
        (["青禾县人民代表大会"], ["青禾县人民代表大会"]),  # one signing unit
    ],
)
def test_caption_series_goes_and_signatures_stay(tail: list[str], kept: list[str]) -> None:
    """Short lines under the last sentence that end with the same words are a gallery's captions; signing
    units, which differ or stand alone, stay."""
    body = [TEXT, *tail]
    drop_trailing_captions(body, None)
    assert body == [TEXT, *kept]
