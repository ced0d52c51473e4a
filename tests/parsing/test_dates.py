"""Dates: every printed form to a date, or a Shanghai-aware datetime when a time is printed."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from govnews.model import SHANGHAI
from govnews.parsing.dates import _build, _plain_date, extract_date, extract_leading_date, extract_release_date
from govnews.parsing.lines import fold_traditional
from govnews.parsing.tables import DATE


def _at(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SHANGHAI)


DATES = [
    ("2020-03-23", dt.date(2020, 3, 23)),
    ("2024-05-13 09:39:18", _at(2024, 5, 13, 9, 39, 18)),
    ("2014-05-30 22:53", _at(2014, 5, 30, 22, 53)),
    ("2018/03/08", dt.date(2018, 3, 8)),
    ("2022/4/19 15:34:22", _at(2022, 4, 19, 15, 34, 22)),
    ("2010/1/6 16:43:13", _at(2010, 1, 6, 16, 43, 13)),
    ("2021.10.13", dt.date(2021, 10, 13)),
    ("2021年11月15日", dt.date(2021, 11, 15)),
    ("2018年9月19日 16:11", _at(2018, 9, 19, 16, 11)),
    ("2024年04月06日 16:34", _at(2024, 4, 6, 16, 34)),
    ("2011- 09- 01 14: 58: 15", _at(2011, 9, 1, 14, 58, 15)),
    ("2020-06-17 10:11:51.0", _at(2020, 6, 17, 10, 11, 51)),
    ("2011-06-18 00:00:00", _at(2011, 6, 18, 0, 0, 0)),
    ("日期:2020-12-28 08:46 浏览次数:", _at(2020, 12, 28, 8, 46)),
    ("中華民國100年5月9日", dt.date(2011, 5, 9)),
    # the short ROC form a Taiwan portal prints after a date label; never a count or a code
    ("102-08-15", dt.date(2013, 8, 15)),
    ("101/3/6", dt.date(2012, 3, 6)),
    ("12-05-21", None),
    ("102-13-15", None),
    # a labelled value opening with a two-digit year, every part with its character; no era year
    ("22年02月25日", dt.date(2022, 2, 25)),
    ("22年02月25", None),
    ("45年1月1日", None),
    ("22年13月1日", None),
    ("2026年11月9日 星期一 08:12", _at(2026, 11, 9, 8, 12)),
    ("2026年11月9日(周一)08:12", _at(2026, 11, 9, 8, 12)),
    # Chinese numerals, read where no date in digits is printed; an impossible day is none
    ("二〇二四年五月二十八日", dt.date(2024, 5, 28)),
    ("一九九八年十二月三日", dt.date(1998, 12, 3)),
    ("二○一一年十月十日", dt.date(2011, 10, 10)),
    ("二〇二三年二月三十日", None),
    ("2019-13-45", None),
    ("no date here", None),
    ("", None),
]


class TestExtractDate:
    @pytest.mark.parametrize(("text", "expected"), DATES)
    def test_forms(self, text: str, expected: dt.date | None) -> None:
        """Each printed form gives the value it spells, at the precision printed."""
        assert extract_date(text) == expected

    def test_time_is_aware(self) -> None:
        """A date with a time carries the Asia/Shanghai zone."""
        value = extract_date("2020-12-28 08:46")
        assert isinstance(value, dt.datetime) and value.tzinfo is SHANGHAI

    def test_day_alone_is_a_date(self) -> None:
        """A day without a time is a plain date, not a midnight datetime."""
        assert type(extract_date("2017-03-13")) is dt.date

    def test_plain_reading_gives_what_the_search_gives(self) -> None:
        """A value read without the pattern (one date in ASCII digits) is ``DATE``'s first valid match's."""
        heads = [
            y + s + m + t + d
            for y in ("2024", "1999")
            for s in ("-", "年", " - ")
            for m in ("1", "01", "13", "1 2")
            for t in ("/", "月", " .")
            for d in ("9", "09", "31", "32", "100")
        ]
        tails = ["", " ", "日", " 日 ", " 9:05", " 10:3", " 10:30:15", " 10:30:15.0", " 10:30:15."]
        tails += [" 10: 30 :15", " 25:00", " 10:60", " 10:301", " 101:30", "日10:30", " T10:30"]
        tails += [" 10时30分", " 10:30:151", " 星期一", "10:30", "x"]
        rng = random.Random(20250101)
        pieces = ["2024", "1899", "20", "12", "31", "59", "60", "星期一", *"-/.年月日 130:时5Tx\u0661"]
        texts = [head + tail for head in heads for tail in tails]
        texts += ["".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(20000)]
        read = 0
        for text in texts:
            plain = _plain_date(text)
            if plain is not None:
                match = DATE.search(text)
                while match is not None and _build(match) is None:
                    match = DATE.search(text, match.end())
                searched = None if match is None else _build(match)
                assert type(plain) is type(searched) and plain == searched, repr(text)
                read += 1
        assert read > 900  # the plain values among them


LEADING = [
    ("2018年9月19日 16:11", (_at(2018, 9, 19, 16, 11), "")),
    ("2010/1/6 16:43:13 次浏览", (_at(2010, 1, 6, 16, 43, 13), " 次浏览")),
    ("2018/12/28 上午9:27:28 星期五", None),
    ("今天是:2025年12月06日", None),
    ("2023年03月29日 星期三", None),
    ("2026年11月29日 星期日  来源:东湖街道", (dt.date(2026, 11, 29), "  来源:东湖街道")),
    ("2026年11月29日 星期日 上午", None),
    ("(2025年7月30日通过)", None),
]


class TestExtractLeadingDate:
    @pytest.mark.parametrize(("line", "expected"), LEADING)
    def test_lines(self, line: str, expected: tuple[dt.date, str] | None) -> None:
        """A line opening with a date gives it and the rest; clock lines give nothing."""
        assert extract_leading_date(line) == expected


class TestExtractReleaseDate:
    def test_day_and_issue_time(self) -> None:
        """The day with its weekday and the 香港時間 line under it (folded, as the stages read it) make one moment."""
        time_line = fold_traditional("香港時間16時20分")
        assert extract_release_date("2014年1月9日(星期四)", time_line) == _at(2014, 1, 9, 16, 20)

    def test_day_alone(self) -> None:
        """Without the time line the day alone is read."""
        assert extract_release_date("2014年1月9日(星期四)", "今日新聞 | 新聞公報") == dt.date(2014, 1, 9)

    def test_spaces_after_the_day_are_read_over_once(self) -> None:
        """Spaces after the day belong to the date; text after them makes it no date line.

        (A run of spaces once cost every way of sharing it out between the day, the weekday and the time.)
        """
        gap = " " * 300
        assert extract_release_date("2014-01-09" + gap, "") == dt.date(2014, 1, 9)
        assert extract_release_date("2014-01-09" + gap + "x", "") is None

    def test_other_text_is_no_release_date(self) -> None:
        """A line with more than the date is not the release date."""
        assert extract_release_date("2014年1月9日起施行", "香港時間16時20分") is None
