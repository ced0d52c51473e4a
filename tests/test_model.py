"""The model: frozen, typed, validated at construction, nothing invented."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from govnews.model import SHANGHAI, Article, Block, Byline, DocumentInfo, FrozenMap, Provenance


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
