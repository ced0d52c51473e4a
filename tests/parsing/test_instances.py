"""The parser's model instances, made without the attrs ``__init__``: equal to the constructors', kind checked."""

from __future__ import annotations

import datetime as dt

import pytest

from govnews.model import Article, Block, Byline, DocumentInfo, Provenance
from govnews.parsing.instances import make_article, make_block, make_byline, make_document


def test_made_instances_equal_the_constructed_ones() -> None:
    block = make_block("paragraph", "某镇召开会议。")
    byline = make_byline(("张三",), ("李四",), (), "记者 张三 编辑 李四")
    document = make_document(
        "000000000/2024-00001", "某政发〔2024〕1号", "某县人民政府", dt.date(2024, 1, 2), None, None
    )
    provenance = Provenance(path="a.txt", sha256="0" * 64, parser="govnews")
    made = make_article(
        title="标题",
        subtitle=None,
        breadcrumb=("首页",),
        published=dt.date(2024, 1, 3),
        source="某县融媒体中心",
        byline=byline,
        views=12,
        document=document,
        body=[block],
        extra={"主题词": "会议"},
        provenance=provenance,
    )
    built = Article(
        title="标题",
        breadcrumb=["首页"],
        published=dt.date(2024, 1, 3),
        source="某县融媒体中心",
        byline=Byline(["张三"], ["李四"], [], "记者 张三 编辑 李四"),
        views=12,
        document=DocumentInfo("000000000/2024-00001", "某政发〔2024〕1号", "某县人民政府", dt.date(2024, 1, 2)),
        body=[Block("paragraph", "某镇召开会议。")],
        extra={"主题词": "会议"},
        provenance=provenance,
    )
    assert made == built
    assert hash(made.body[0]) == hash(built.body[0])
    assert made.to_dict() == built.to_dict()


def test_a_block_kind_the_model_lacks_is_an_error() -> None:
    with pytest.raises(ValueError, match="kind must be in"):
        make_block("caption", "图为会议现场")
