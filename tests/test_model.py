"""The model: frozen, typed, validated at construction, nothing invented."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.model import SHANGHAI, Article, Block, Byline, DocumentInfo, FrozenMap, Provenance

#: Any publication: none, a day, a time in Shanghai or at another offset.
WHEN = st.one_of(
    st.none(),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.datetimes(
        dt.datetime(1990, 1, 1),
        dt.datetime(2030, 12, 31),
        timezones=st.sampled_from([SHANGHAI, dt.UTC, dt.timezone(dt.timedelta(hours=8))]),
    ),
)


class TestArticle:
    def test_empty_article(self) -> None:
        """An article with nothing found holds None and empty collections, never invented values."""
        article = Article()
        assert article.title is None and article.published is None and article.document is None
        assert article.breadcrumb == () and article.body == () and dict(article.extra) == {}
        assert not article.byline

    def test_frozen(self) -> None:
        """Fields cannot be reassigned and extra cannot be changed; evolve makes a copy."""
        article = Article(title="标题", extra={"主题词": "防汛"})
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            article.title = "别的"  # type: ignore[misc]
        with pytest.raises(TypeError):
            article.extra["主题词"] = "x"  # type: ignore[index]
        fixed = attrs.evolve(article, title="改正")
        assert (article.title, fixed.title) == ("标题", "改正")

    def test_sequences_become_tuples(self) -> None:
        """Lists given to the model are stored as tuples, so articles hash and compare."""
        article = Article(breadcrumb=["首页", "要闻"], body=[Block("paragraph", "正文")])
        assert article.breadcrumb == ("首页", "要闻")
        assert isinstance(article.body, tuple)
        assert hash(article) == hash(Article(breadcrumb=("首页", "要闻"), body=(Block("paragraph", "正文"),)))

    def test_pickles(self) -> None:
        """Articles cross process boundaries (parallel parsing) unchanged."""
        article = Article(title="标题", extra={"关键词": "植树"}, byline=Byline(authors=["张三"]))
        assert pickle.loads(pickle.dumps(article)) == article

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("published", dt.datetime(2020, 12, 28, 8, 46)),  # naive
            ("published", "2020-12-28"),
            ("views", -1),
            ("views", "12"),
            ("title", 5),
            ("breadcrumb", "首页"),
        ],
    )
    def test_invalid_values(self, field: str, value: object) -> None:
        """Values of the wrong type, naive datetimes and negative counts are refused."""
        with pytest.raises((TypeError, ValueError)):
            Article(**{field: value})

    def test_published_forms(self) -> None:
        """published is an aware datetime when a time was given, a date when only a day was."""
        assert Article(published=dt.date(2017, 3, 13)).published == dt.date(2017, 3, 13)
        when = dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI)
        assert Article(published=when).published == when


class TestParts:
    def test_block_kinds(self) -> None:
        """A block kind outside the documented set is refused."""
        for kind in ("paragraph", "heading", "signature", "attachment"):
            assert Block(kind, "x").kind == kind
        with pytest.raises(ValueError):
            Block("poem", "x")

    def test_document_truthiness(self) -> None:
        """A DocumentInfo with no field set is falsy; one field makes it truthy."""
        assert not DocumentInfo()
        assert DocumentInfo(document_number="某政发〔2020〕1号")

    @pytest.mark.parametrize("sha256", ["abc", "A" * 64, "g" * 64, "0" * 63 + " ", "0" * 65])
    def test_provenance_checks_sha(self, sha256: str) -> None:
        """Provenance takes 64 lowercase hex digits only."""
        with pytest.raises(ValueError, match="sha256"):
            Provenance(sha256=sha256, parser="govnews")

    def test_provenance_checks_types(self) -> None:
        """A sha256 or parser that is not a string is refused; a good one is kept as given."""
        with pytest.raises(TypeError):
            Provenance(sha256=b"0" * 64, parser="govnews")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="parser"):
            Provenance(sha256="0" * 64, parser=None)  # type: ignore[arg-type]
        assert Provenance(sha256="0123456789abcdef" * 4, parser="govnews").sha256 == "0123456789abcdef" * 4

    def test_frozen_map(self) -> None:
        """FrozenMap compares like a dict, hashes, and refuses changes."""
        extra = FrozenMap({"a": "1"})
        assert extra == {"a": "1"} and len(extra) == 1 and list(extra) == ["a"]
        assert hash(extra) == hash(FrozenMap([("a", "1")]))
        with pytest.raises(AttributeError):
            extra._data = {}  # type: ignore[misc]


def dated(title: str, published: dt.datetime | dt.date | None, path: str | None = None, sha: str = "0") -> Article:
    """An article with a title, a publication and, when ``path`` is given, a provenance."""
    provenance = None if path is None else Provenance(path=path, sha256=sha * 64, parser="test")
    return Article(title=title, published=published, provenance=provenance)


class TestSortKey:
    def test_dates_times_and_none_sort_together(self) -> None:
        """Days, times and undated articles sort by publication, where sorting by ``published`` raises TypeError."""
        articles = [
            dated("无日期", None),
            dated("次日", dt.date(2021, 3, 6)),
            dated("九点", dt.datetime(2021, 3, 5, 9, 0, tzinfo=SHANGHAI)),
            dated("当天", dt.date(2021, 3, 5)),
            dated("前一年", dt.datetime(2020, 1, 1, 23, 0, tzinfo=SHANGHAI)),
        ]
        with pytest.raises(TypeError):
            sorted(articles, key=lambda a: a.published)  # type: ignore[arg-type,return-value]
        assert [a.title for a in sorted(articles, key=Article.sort_key)] == ["前一年", "当天", "九点", "次日", "无日期"]

    def test_a_day_comes_before_the_times_of_that_day(self) -> None:
        """An article dated by the day alone comes before one at 00:00 that day, and after the day before."""
        midnight = dated("零点", dt.datetime(2021, 3, 5, 0, 0, tzinfo=SHANGHAI))
        day = dated("当天", dt.date(2021, 3, 5))
        late = dated("前一天深夜", dt.datetime(2021, 3, 4, 23, 59, tzinfo=SHANGHAI))
        assert sorted([midnight, day, late], key=Article.sort_key) == [late, day, midnight]

    def test_days_are_shanghai_days_and_times_instants(self) -> None:
        """A time read with another offset counts on its Shanghai day, in order of the moment it names."""
        utc = dt.UTC
        evening_utc = dated("UTC 晚上", dt.datetime(2021, 3, 4, 20, 0, tzinfo=utc))  # 04:00 on 5 March in Shanghai
        day = dated("当天", dt.date(2021, 3, 5))
        seven = dated("七点", dt.datetime(2021, 3, 5, 7, 0, tzinfo=SHANGHAI))
        nine_tokyo = dated("东京九点", dt.datetime(2021, 3, 5, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9))))
        expected = [day, evening_utc, seven, nine_tokyo]
        assert sorted([nine_tokyo, seven, evening_utc, day], key=Article.sort_key) == expected

    def test_ties_go_by_title_then_path_then_sha256(self) -> None:
        """Same publication: by title (by code point, none first), then provenance path (none first), then sha256."""
        day = dt.date(2021, 3, 5)
        articles = [
            dated("乙", day, "b.txt", "1"),
            dated("乙", day, "b.txt", "0"),
            dated("乙", day, "a.txt", "2"),
            dated("乙", day),
            dated("甲", day, "z.txt"),
            Article(published=day),
        ]
        # 乙 is U+4E59, 甲 U+7532: 乙 first
        expected = [articles[5], articles[3], articles[2], articles[1], articles[0], articles[4]]
        assert sorted(articles, key=Article.sort_key) == expected
        assert sorted(reversed(articles), key=Article.sort_key) == expected

    @settings(max_examples=80, deadline=None)
    @given(st.lists(st.builds(dated, st.sampled_from(["甲", "乙", ""]), WHEN, st.sampled_from([None, "a", "b"]))))
    def test_order_follows_publication_whatever_the_input_order(self, articles: list[Article]) -> None:
        """Any list sorts into the same order reversed; dated articles by published_at, undated last."""
        ordered = sorted(articles, key=Article.sort_key)
        assert [a.sort_key() for a in ordered] == [a.sort_key() for a in sorted(articles[::-1], key=Article.sort_key)]
        times = [a.published_at for a in ordered]
        dated_times = [t for t in times if t is not None]
        assert times == [*dated_times, *[None] * (len(times) - len(dated_times))]
        assert [t.date() for t in dated_times] == sorted(t.date() for t in dated_times)


class TestPublishedAt:
    def test_a_day_is_its_start_in_shanghai(self) -> None:
        """A date alone becomes 00:00 of that day in Asia/Shanghai, and its precision is the day."""
        article = Article(published=dt.date(2017, 3, 13))
        assert article.published_at == dt.datetime(2017, 3, 13, 0, 0, tzinfo=SHANGHAI)
        assert article.published_at is not None and article.published_at.tzinfo is SHANGHAI
        assert article.published_precision == "day"

    def test_a_time_is_given_in_shanghai_time(self) -> None:
        """A time read with a fixed offset (as from JSON) is the same moment, in the Asia/Shanghai zone."""
        fixed = dt.datetime(2020, 12, 28, 8, 46, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        other = dt.datetime(2020, 12, 28, 0, 46, tzinfo=dt.UTC)
        for when in (fixed, other):
            article = Article(published=when)
            assert article.published_at == dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI)
            assert article.published_at is not None and article.published_at.tzinfo is SHANGHAI
            assert article.published_precision == "time"

    def test_undated(self) -> None:
        """No publication gives None and no precision."""
        assert Article().published_at is None
        assert Article().published_precision is None

    @given(WHEN)
    def test_values_share_one_zone_and_compare(self, when: dt.datetime | dt.date | None) -> None:
        """Whatever was read, published_at is None or an aware datetime in Asia/Shanghai, comparable to any other."""
        at = Article(published=when).published_at
        assert at is None or (at.tzinfo is SHANGHAI and at.utcoffset() is not None)
        if at is not None:
            assert at < dt.datetime(2100, 1, 1, tzinfo=dt.UTC)
