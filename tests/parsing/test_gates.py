"""The cheap tests that spare a pattern's call say no only where the pattern finds nothing."""

from __future__ import annotations

from govnews.parsing.tables import FOOTER, FOOTER_FIRST, FOOTER_WORDS, SENTENCE_PUNCT, has_sentence_punct

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
