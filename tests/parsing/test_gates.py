"""The cheap tests that spare a pattern's call say no only where the pattern finds nothing."""

from __future__ import annotations

import random
import re

import pytest

from govnews.parsing.blocks import _line_shape
from govnews.parsing.creditlines import _is_credit, _labels_role, _may_credit, _trailing_credit
from govnews.parsing.labels import _bare_cells
from govnews.parsing.meta import _colon_after_han
from govnews.parsing.names import _is_name_shaped
from govnews.parsing.normalise import _number_before
from govnews.parsing.tables import (
    CREDIT_ROLE,
    DATE,
    DIGIT,
    FOOTER,
    FOOTER_FIRST,
    FOOTER_WORDS,
    HAN_FIRST,
    HAN_LAST,
    IMAGE_NAME,
    INDEX_NUMBER_SHAPE,
    INLINE_FOOTER,
    INLINE_FOOTER_WORDS,
    ISSUED_TIME,
    ISSUED_TIME_FIRST,
    LINE_SHAPE,
    LINE_SHAPE_FIRST_CHARS,
    LINK_LABELS,
    LINK_LINE,
    NAME_NOTE,
    PERSON_NAME,
    ROLE_WORDS,
    ROLE_WORDS_BY_FIRST,
    SENTENCE_PUNCT,
    SLASHED_LABEL,
    SUBTITLE_FIRST,
    SUBTITLE_LINE,
    SYMBOL_LINE,
    TRAILING_CREDIT,
    UNKNOWN_BARE_CELL,
    UNNAMED_IMAGE,
    VALIDITY_STAMP,
    VALIDITY_STAMP_LAST,
    VALUE_DATE_YEAR,
    VIEWS_FORMS,
    first_char,
    has_digit,
    has_sentence_punct,
)

#: Every character of the Basic Multilingual Plane but the surrogates.
_BMP = [chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]


def test_sentence_punct_searches_find_what_the_pattern_finds() -> None:
    for text in [*_BMP, "", "某某。", "会议指出:要落实", "是吗?好", "一;二", "文件!"]:
        assert has_sentence_punct(text) == (SENTENCE_PUNCT.search(text) is not None), repr(text)


def test_footer_lines_open_with_a_character_of_footer_first() -> None:
    rests = ["", " ", "1", "2345热线", "享给朋友", ")", "件下", "策解读", "读:《", "港时间1", "多>>"]
    rests += [word[1:] for word in FOOTER_WORDS] + list(FOOTER_WORDS)
    # the pattern's and the words' characters, ASCII, and every seventh Han character
    firsts = set(FOOTER.pattern + "".join(FOOTER_WORDS)) | {chr(code) for code in range(0x80)}
    firsts |= {chr(code) for code in range(0x4E00, 0xA000, 7)}
    for first in firsts - FOOTER_FIRST:
        assert not any(FOOTER.match(first + rest) for rest in rests), repr(first)


def _samples(alphabet: str, count: int = 20000, longest: int = 24) -> list[str]:
    """Random strings of ``alphabet``'s characters (seeded: the same every run)."""
    rng = random.Random(20250101)
    return ["".join(rng.choices(alphabet, k=rng.randint(1, longest))) for _ in range(count)]


@pytest.mark.parametrize(
    ("pattern", "needed", "alphabet"),
    [
        (SLASHED_LABEL, "/", "某某文号备注 /::"),
        (INDEX_NUMBER_SHAPE, "/", "0123456789ABZ-/ "),
        (IMAGE_NAME, ".", "abc_-.jpgJPG图 "),
        (INLINE_FOOTER, " 【", "【 打印关闭分享到:上一篇展开全文详细】"),
        (INLINE_FOOTER, INLINE_FOOTER_WORDS, "【 打印关闭分享到:上一篇展开全文详细】"),
        (LINK_LINE, ("【", "[", ":", ":"), "【[ ]】::" + "".join(LINK_LABELS)),
        (DATE, ("19", "20"), "0129-/.年月日 :时分秒星期一"),
        (VALUE_DATE_YEAR, ("19", "20"), "0129-/.年 "),
    ],
)
def test_patterns_need_their_characters(pattern: re.Pattern[str], needed: str | tuple[str, ...], alphabet: str) -> None:
    """A text without the character (or one of the strings) a pattern needs gives no match."""
    needs = tuple(needed) if isinstance(needed, str) else needed
    for text in _samples(alphabet):
        if not any(need in text for need in needs):
            assert pattern.search(text) is None, repr(text)


@pytest.mark.parametrize(
    ("pattern", "firsts", "rests"),
    [
        (ISSUED_TIME, ISSUED_TIME_FIRST, ["港时间16时20分", "港时间 9:05"]),
        (SUBTITLE_LINE, SUBTITLE_FIRST, ["—某县开展", "——某某", "某某》", "-某"]),
    ],
)
def test_anchored_patterns_open_with_their_first_characters(
    pattern: re.Pattern[str], firsts: str | frozenset[str], rests: list[str]
) -> None:
    for first in _BMP:
        if first not in firsts:
            assert not any(pattern.match(first + rest) for rest in rests), repr(first)


def test_line_shapes_open_with_their_first_characters_or_a_digit() -> None:
    rests = ["为某某", "片来源:某", ":某某", "1 某某", "一 某某", "一)某某", "、某某", "一章 总则", "020年1月1日"]
    rests += ["〇二四年五月一日", "024-01-01", "0240101", ".1 某某", " 某某", "1.2 某"]
    assert all(any(LINE_SHAPE.match(first + rest) for rest in rests) for first in LINE_SHAPE_FIRST_CHARS | set("12"))
    for first in _BMP:
        if first not in LINE_SHAPE_FIRST_CHARS and not first.isdigit():
            assert not any(LINE_SHAPE.match(first + rest) for rest in rests), repr(first)


def test_line_shapes_told_without_the_pattern_are_the_patterns() -> None:
    lines = _samples("一二十百〇零○图为片(()).．、 年月日0129-/某章", longest=14)
    lines += [
        first + mark + rest for first in "一十百〇" for mark in "、.．" for rest in ["", "某", "二〇年一月一日", " "]
    ]
    for line in lines:
        match = LINE_SHAPE.match(line)
        assert _line_shape(line, first_char(line)) == (match.lastgroup if match else None), repr(line)


def test_names_told_without_the_pattern_are_the_patterns() -> None:
    for text in _samples("张欧阳某·•・a0 \n\u4dff\ua000", longest=12):
        assert _is_name_shaped(text) == (PERSON_NAME.match(text) is not None), repr(text)


def test_trailing_credits_searched_from_the_last_bracket_are_the_searchs() -> None:
    pieces = [*"(([]]) 记者张三。,;!?a", "(记者 张三)", "[张某 李某]", "  "]
    rng = random.Random(20250101)
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 30)))
        found, searched = _trailing_credit(text), TRAILING_CREDIT.search(text)
        assert (found and found.span()) == (searched and searched.span()), repr(text)


def test_credit_roles_open_with_a_role_word_of_their_first_character() -> None:
    words = [word[:cut] for word in ROLE_WORDS for cut in range(1, len(word) + 1)]
    rng = random.Random(20250101)
    for _ in range(20000):
        text = "".join(rng.choices([*words, " ", ":", "/", "人", "某"], k=rng.randint(1, 5)))
        if CREDIT_ROLE.match(text) is not None:
            assert text.startswith(ROLE_WORDS_BY_FIRST[text[0]]), repr(text)


def test_lines_refused_before_the_credit_readings_are_no_credits() -> None:
    """Where ``_may_credit`` refuses a line, no reading of ``is_credit_line`` finds a credit in it."""
    stems = [word[:-1] for word in ROLE_WORDS if len(word) > 1]
    others = ["日报", "供稿", "摄", "张三", "李某某", "某镇", "HN666"]
    pieces = [*ROLE_WORDS, *stems, *others, *"(【[（)】] :/、一二三0", "  "]
    rng = random.Random(20250101)
    for _ in range(30000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 6)))
        if not _may_credit(text):
            assert not _labels_role(text) and not _is_credit(text) and "  " not in text, repr(text)


def test_validity_stamps_close_with_their_last_characters() -> None:
    for last in _BMP:
        if last not in VALIDITY_STAMP_LAST:
            for head in ["现行有效", "已废止", "部分失效", "【已修订"]:
                assert VALIDITY_STAMP.fullmatch(head + last) is None, repr(last)
    assert all(VALIDITY_STAMP.fullmatch(stamp) for stamp in ["现行有效", "已废止", "部分失效", "【已修订】", "[修改]"])


def test_symbol_lines_never_open_with_a_han_character() -> None:
    for code in range(HAN_FIRST, HAN_LAST + 1):
        assert SYMBOL_LINE.match(chr(code) + " | 32px") is None


def test_unnamed_images_hold_no_hyphen_slash_or_dot() -> None:
    names = ["QQ截图20210925105328", "微信图片_20210101123456", "IMG_20151002_273653", "DSC_0012", "logo"]
    names += ["abc_meitu_3", "图片说明: 0123456789abcdef0123"]
    assert all(UNNAMED_IMAGE.fullmatch(name) for name in names)
    texts = [name[:at] + mark + name[at:] for name in names for at in range(len(name) + 1) for mark in "-/."]
    texts += _samples("QQ截图微信片_mexportIMGDSCNlogo0123456789abcdefABCDEF说明描述: -/.")
    for text in texts:
        if "-" in text or "/" in text or "." in text:
            assert UNNAMED_IMAGE.fullmatch(text) is None, repr(text)


def test_colons_after_han_characters_are_the_patterns() -> None:
    """The colon test of a value reads as the pattern it spares: a Han character, spaces, a colon."""
    han_colon = re.compile(r"[\u4e00-\u9fff][ ]*:")
    for text in [*_samples("某期 :12:a"), ":某:", " :某 :", "某  :", ":"]:
        assert _colon_after_han(text) == (han_colon.search(text) is not None), repr(text)


def test_counts_closed_by_times_need_a_number_before() -> None:
    """The form closed by 次 ("浏览4482次") is tried only where a digit stands before a 次."""
    (form,) = [pattern for literal, pattern, _ in VIEWS_FORMS if literal == "次"]
    for text in [*_samples("浏览阅读点击已次数人 :12٣a"), "阅读 12 次", "已浏览٣次"]:
        if form.search(text) is not None:
            assert _number_before(text, "次"), repr(text)


def test_bare_cells_tried_after_single_spaces_are_the_searchs() -> None:
    """The labels of a row of bare cells found by a few tries after its spaces are the search's."""
    for at, text in enumerate(_samples("一二期号1—9a|  ", count=30000)):
        pos = at % 4
        found = [(m.span(), m.groupdict()) for m in _bare_cells(text, pos)]
        assert found == [(m.span(), m.groupdict()) for m in UNKNOWN_BARE_CELL.finditer(text, pos)], repr(text)


def test_name_notes_need_a_parenthesis_after_a_character_and_its_close() -> None:
    """``split_names`` tries ``NAME_NOTE`` only where a "(" stands after the first character and a ")" too."""
    rng = random.Random(20250101)
    for _ in range(30000):
        text = "".join(rng.choices(["某", "沈", "实习", "(", ")", " ", "、", ",", "a", "\n"], k=rng.randint(1, 8)))
        if NAME_NOTE.search(text) is not None:
            assert text.find("(", 1) > 0 and ")" in text, repr(text)


def test_digits_read_by_code_point_are_the_patterns() -> None:
    """``has_digit`` says what ``DIGIT.search`` says, on every decimal digit of Unicode and around them."""
    digits = [chr(code) for code in range(0x110000) if DIGIT.match(chr(code))]
    pieces = [*digits, "某", "图", "为", "(", ")", " ", ":", "、", "〇", "·", "a", "\u3000", "\U00020000"]
    assert all(has_digit(digit) for digit in digits)
    rng = random.Random(20250101)
    for _ in range(30000):
        text = "".join(rng.choices(pieces, weights=[1] * len(digits) + [60] * 13, k=rng.randint(0, 8)))
        assert has_digit(text) == (DIGIT.search(text) is not None), repr(text)
