"""Decoding dumps: byte-order marks, UTF-8, GBK/GB18030, a guess, and clear refusals."""

from __future__ import annotations

import codecs

import pytest

from govnews.errors import ParseError
from govnews.inputs.decoding import decode, normalise_newlines

TEXT = "您的位置:首页 > 要闻\n发布时间:2021年3月5日 来源:县政府办\n正文第一段。\n"


class TestDecode:
    @pytest.mark.parametrize(
        ("data", "encoding"),
        [
            (TEXT.encode("utf-8"), "utf-8"),
            (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
            (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
            (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
            (TEXT.encode("gbk"), "gb18030"),
            (TEXT.encode("gb2312"), "gb18030"),
        ],
    )
    def test_known_encodings(self, data: bytes, encoding: str) -> None:
        """Each encoding a portal dump comes in gives back the same text and names itself."""
        assert decode(data) == (TEXT, encoding)

    def test_bom_is_not_kept(self) -> None:
        """The byte-order mark is not part of the text."""
        text, _ = decode(codecs.BOM_UTF8 + "标题".encode())
        assert text == "标题"

    @pytest.mark.parametrize("newline", ["\r\n", "\r"])
    def test_newlines_normalised(self, newline: str) -> None:
        """CRLF and lone CR become LF, once, at the entry."""
        text, _ = decode(TEXT.replace("\n", newline).encode("gbk"))
        assert text == TEXT

    def test_gb18030_beyond_gbk(self) -> None:
        """Characters outside GBK (four-byte GB18030) still decode."""
        sample = "𠀀 罕用字 标题"
        assert decode(sample.encode("gb18030")) == (sample, "gb18030")

    def test_gbk_is_gb18030_without_private_use(self) -> None:
        """Every code GBK decodes (one or two bytes) decodes as GB18030 to the same character, never one of
        the private-use area: :func:`decode` takes GBK text for GB18030's without looking for one."""
        codes = [bytes([byte]) for byte in range(0x80)]
        codes += [bytes([lead, trail]) for lead in range(0x80, 0x100) for trail in range(0x100)]
        decoded = 0
        for code in codes:
            try:
                char = code.decode("gbk")
            except UnicodeDecodeError:
                continue
            decoded += 1
            assert char == code.decode("gb18030")
            assert not "\ue000" <= char <= "\uf8ff"
        assert decoded > 20_000  # GB2312 and GBK's extension

    def test_big5_is_guessed(self) -> None:
        """A dump in neither UTF-8 nor GB18030 is handed to charset-normalizer."""
        sample = ("臺南市政府公務車輛管理及使用要點,中華民國一百年五月九日訂定。" * 3).encode("big5")
        text, encoding = decode(sample)
        assert "公務車輛" in text
        assert encoding not in ("utf-8", "gb18030")

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (b"", "empty"),
            (b" \n\t\r\n", "empty"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
            (bytes(range(1, 32)) * 8, "binary"),
            (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "undecodable"),
            (codecs.BOM_UTF8, "empty"),
            (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "empty"),
            ("标题\n\x01\x02\x03\x04".encode("gb18030"), "binary"),
            ("标题\x05\x06\x07".encode("utf-16"), "binary"),
        ],
    )
    def test_refusals(self, data: bytes, reason: str) -> None:
        """Empty, binary and undecodable input raise ParseError naming the reason."""
        with pytest.raises(ParseError, match=reason):
            decode(data)


class TestNormaliseNewlines:
    def test_mixed(self) -> None:
        """Every newline convention ends as LF; other characters are kept."""
        assert normalise_newlines("a\r\nb\rc\nd\u2028e") == "a\nb\nc\nd\u2028e"
