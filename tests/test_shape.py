"""The model's shape, written once: field metadata, docstrings, the JSON form, and the schemas that must follow it."""

from __future__ import annotations

import copy
import datetime as dt
import inspect
import json
import pydoc
import re
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import etree

import govnews
import govnews.model
import govnews.testing
from govnews.model import (
    BLOCK_KINDS,
    KINDS,
    SCRIPTS,
    SHANGHAI,
    Article,
    Block,
    Byline,
    DocumentInfo,
    FieldInfo,
    Provenance,
    label,
    shape,
)

ROOT = Path(__file__).parents[1]
XS = "{http://www.w3.org/2001/XMLSchema}"
JSON_SCHEMA = json.loads(files("govnews").joinpath("schemas/article.schema.json").read_text(encoding="utf-8"))
XSD = etree.fromstring(files("govnews").joinpath("schemas/article.xsd").read_bytes())
#: Every attrs class the model module defines.
ATTRS_CLASSES = [
    value
    for value in vars(govnews.model).values()
    if isinstance(value, type) and attrs.has(value) and value.__module__ == "govnews.model"
]
MODEL_CLASSES = [Article, Byline, DocumentInfo, Block, Provenance]
SHA = "0123456789abcdef" * 4
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------- what each field says about itself


class TestFieldMetadata:
    def test_model_classes_are_all_described(self) -> None:
        """shape() knows exactly the model classes: the five of DESIGN.md."""
        described = [cls for cls in ATTRS_CLASSES if cls not in (govnews.model.FieldInfo, govnews.model.FieldShape)]
        assert set(described) == set(MODEL_CLASSES)
        for cls in MODEL_CLASSES:
            assert [item.name for item in shape(cls)] == [field.name for field in attrs.fields(cls)]

    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
    def test_every_field_has_a_meaning_and_two_labels(self, cls: type) -> None:
        """Each field carries a FieldInfo: a one-line meaning and a Chinese label in each script."""
        for field in attrs.fields(cls):
            info = field.metadata["govnews"]
            assert isinstance(info, FieldInfo)
            assert info.meaning.strip() and "\n" not in info.meaning
            for script in SCRIPTS:
                text = label(cls, field.name, script)
                assert text.strip() and (CJK.search(text) or text == "SHA-256"), (cls.__name__, field.name, text)

    def test_labels_follow_the_script(self) -> None:
        """zh-Hans labels are simplified, zh-Hant labels traditional."""
        assert [label(Article, "source", script) for script in SCRIPTS] == ["来源", "來源"]
        assert [label(DocumentInfo, "issuer", script) for script in SCRIPTS] == ["发布机构", "發布機構"]
        assert label(Byline, "editors") == "编辑"

    def test_label_refuses_what_is_not_a_field(self) -> None:
        """An unknown field, an unknown script, or a class outside the model is an error that says so."""
        with pytest.raises(KeyError, match="no field 'headline'"):
            label(Article, "headline")
        with pytest.raises(ValueError, match="zh-Hans, zh-Hant"):
            label(Article, "title", "en")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not a govnews model class"):
            shape(dict)

    def test_kinds(self) -> None:
        """Each field is classified by its type, once: what the forms and the exporters walk."""
        kinds = {item.name: (item.kind, item.optional, item.part) for item in shape(Article)}
        assert kinds["published"] == ("when", True, None)
        assert kinds["byline"] == ("part", False, Byline)
        assert kinds["document"] == ("part", True, DocumentInfo)
        assert kinds["body"] == ("parts", False, Block)
        assert kinds["extra"] == ("mapping", False, None)
        assert {item.kind for cls in MODEL_CLASSES for item in shape(cls)} == set(KINDS)

    def test_a_field_without_metadata_is_refused_at_import(self) -> None:
        """A maintainer who forgets the metadata, or uses a type the forms cannot hold, is stopped at once."""

        @attrs.frozen
        class Bare:
            note: str | None = None

        with pytest.raises(TypeError, match=r"Bare\.note has no metadata"):
            govnews.model._described(Bare)

        @attrs.frozen
        class Odd:
            ratio: float = attrs.field(default=0.0, metadata=govnews.model._about("a ratio", "比例"))

        with pytest.raises(TypeError, match=r"Odd\.ratio: the JSON and XML forms cannot hold"):
            govnews.model._described(Odd)


class TestDocstrings:
    @pytest.mark.parametrize("cls", ATTRS_CLASSES, ids=lambda cls: cls.__name__)
    def test_every_field_is_in_the_class_docstring(self, cls: type) -> None:
        """help() on any attrs class of the model names and explains each of its fields."""
        doc = inspect.getdoc(cls) or ""
        for field in attrs.fields(cls):
            assert re.search(rf"^\s+{field.name}\b.*:", doc, re.M), f"{cls.__name__}.{field.name} is not documented"

    def test_help_shows_meaning_type_and_labels(self) -> None:
        """help(govnews.Article) lists each field with its type, meaning and labels."""
        text = pydoc.render_doc(govnews.Article, renderer=pydoc.plaintext)  # type: ignore[attr-defined]
        assert "published (datetime | date | None): publication:" in text
        assert "[发布时间 / 發布時間]" in text
        assert "provenance (Provenance | None)" in text


# ---------------------------------------------------------------- the JSON form


FULL = Article(
    title="通知",
    subtitle="副题",
    breadcrumb=("首页", "通知公告"),
    published=dt.datetime(2021, 3, 5, 9, 30, 15, 250000, tzinfo=SHANGHAI),
    source="县政府办",
    byline=Byline(authors=("张三",), editors=("李四",), photographers=("王五",), text="(记者 张三)"),
    views=0,
    document=DocumentInfo(index_number="001/2021-1", document_number="县政发〔2021〕1号", written=dt.date(2021, 3, 4)),
    body=tuple(Block(kind, f"{kind} 的文字") for kind in BLOCK_KINDS),
    extra={"主题词": "植树", "": ""},
    provenance=Provenance(
        path="a.html",
        url="http://www.example.gov.cn/a.html",
        sha256=SHA,
        encoding="gb18030",
        declared_encoding="gb2312",
        parser="govnews test",
    ),
)


class TestJsonForm:
    def test_keys_are_the_fields_in_order(self) -> None:
        """Every object of the JSON form has the model's field names as keys, in field order, at every level."""
        data = FULL.to_dict()
        assert list(data) == [f.name for f in attrs.fields(Article)]
        assert list(data["byline"]) == ["authors", "editors", "photographers", "text"]
        assert list(data["document"]) == [f.name for f in attrs.fields(DocumentInfo)]
        assert list(data["body"][0]) == ["kind", "text"]
        assert list(data["provenance"]) == ["path", "url", "sha256", "encoding", "declared_encoding", "parser"]

    def test_values_are_plain_json(self) -> None:
        """Dates are ISO 8601 at the precision held, tuples lists, extra a dict; json.dumps takes it as it is."""
        data = FULL.to_dict()
        assert data["published"] == "2021-03-05T09:30:15.250000+08:00"
        assert data["document"]["written"] == "2021-03-04"
        assert data["breadcrumb"] == ["首页", "通知公告"] and data["body"][0] == {
            "kind": "paragraph",
            "text": "paragraph 的文字",
        }
        assert data["extra"] == {"主题词": "植树", "": ""} and type(data["extra"]) is dict
        assert data["views"] == 0 and data["document"]["issuer"] is None
        assert json.loads(json.dumps(data)) == data

    @pytest.mark.parametrize("name", ["full", *govnews.testing.sample_articles()])
    def test_round_trip(self, name: str) -> None:
        """from_dict(to_dict(a)) == a, for a full article and every sample, through JSON text too."""
        article = FULL if name == "full" else govnews.testing.sample_articles()[name]
        assert Article.from_dict(article.to_dict()) == article
        assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article

    def test_older_json_still_reads(self) -> None:
        """JSON written before a field existed (provenance without url) reads, the field taking its default."""
        data = FULL.to_dict()
        del data["provenance"]["url"], data["provenance"]["declared_encoding"], data["subtitle"]
        article = Article.from_dict(data)
        assert article.provenance is not None and article.provenance.url is None and article.subtitle is None

    def test_a_time_without_offset_is_shanghai_time(self) -> None:
        """A time written without an offset (by a person editing the JSON) is read as Asia/Shanghai."""
        assert Article.from_dict({"published": "2021-03-05T09:30:00"}).published == dt.datetime(
            2021, 3, 5, 9, 30, tzinfo=SHANGHAI
        )

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ([], "article: expected an object, not an array"),
            ({"titel": "x"}, "article: unknown key 'titel' (the keys are title, subtitle, "),
            ({"views": "12"}, "article.views: expected a whole number, not a string"),
            ({"views": True}, "article.views: expected a whole number, not a boolean"),
            ({"views": -1}, "article: 'views' must be >= 0: -1"),
            ({"breadcrumb": "首页"}, "article.breadcrumb: expected an array of strings, not a string"),
            ({"breadcrumb": None}, "article.breadcrumb: may not be null"),
            ({"byline": {"authors": ["a", 3]}}, "article.byline.authors[1]: expected a string, not a number"),
            ({"published": "2021-13-45"}, "article.published: not an ISO 8601 date or time: '2021-13-45'"),
            ({"body": [{"kind": "poem", "text": "x"}]}, "article.body[0]: kind must be in"),
            ({"body": [{"text": "x"}]}, "article.body[0]: the key 'kind' is missing"),
            ({"extra": {"a": 1}}, "article.extra['a']: expected a string, not a number"),
            ({"provenance": {"parser": "x"}}, "article.provenance: the key 'sha256' is missing"),
            ({"provenance": {"sha256": "abc", "parser": "x"}}, "article.provenance: 'sha256' must match regex"),
            ({"document": []}, "article.document: expected an object, not an array"),
        ],
    )
    def test_not_the_json_form(self, data: Any, message: str) -> None:
        """Data that is not the JSON form is refused with a ValueError saying where and why."""
        with pytest.raises(ValueError, match=re.escape(message)):
            Article.from_dict(data)

    def test_load_json_names_the_place(self) -> None:
        """govnews.load_json turns the refusal into a ParseError with the same place and reason."""
        with pytest.raises(govnews.ParseError, match=r"not a govnews article: article\.views: expected a whole number"):
            govnews.load_json('{"views": "12"}')


# ---------------------------------------------------------------- the schemas follow the model


def json_schema_gaps(schema: dict[str, Any]) -> list[str]:
    """Every field of the model, at every level, that ``schema`` does not describe as a required property."""
    gaps: list[str] = []

    def followed(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        return node

    def walk(cls: type, node: dict[str, Any], where: str) -> None:
        node = followed(node)
        properties, required = node.get("properties", {}), set(node.get("required", ()))
        names = [item.name for item in shape(cls)]
        gaps.extend(f"{where}.{name} is not a property" for name in names if name not in properties)
        gaps.extend(f"{where}.{name} is not required" for name in names if name in properties and name not in required)
        gaps.extend(f"{where}.{name} is not in the model" for name in properties if name not in names)
        for item in shape(cls):
            if item.name in properties and item.part is not None:
                inner = followed(properties[item.name])
                walk(item.part, inner["items"] if item.kind == "parts" else inner, f"{where}.{item.name}")

    walk(Article, schema["$defs"]["article"], "article")
    return gaps


def xsd_gaps(xsd: etree._Element) -> list[str]:
    """Every field of the model, at every level, that ``xsd`` does not declare as the XML form writes it."""
    types = {element.get("name"): element for element in xsd.iter(f"{XS}complexType") if element.get("name")}
    gaps: list[str] = []

    def walk(cls: type, type_name: str, where: str) -> None:
        declared = {e.get("name"): e for e in types[type_name].iterfind(f"{XS}sequence/{XS}element")}
        expected = [item.info.member if item.info.xml == "members" else item.name for item in shape(cls)]
        if list(declared) != expected:
            gaps.append(f"{where}: the XSD declares {list(declared)}, the model writes {expected}")
        for item in shape(cls):
            element = declared.get(item.info.member if item.info.xml == "members" else item.name)
            if element is None:
                continue
            if item.optional and element.get("minOccurs") != "0":
                gaps.append(f"{where}.{item.name} may be absent but the XSD requires it")
            inner = str(element.get("type", "")).removeprefix("g:")
            if item.kind == "part" and item.part is not None:
                walk(item.part, inner, f"{where}.{item.name}")
            elif item.kind == "names" and item.info.xml == "element":
                names = [e.get("name") for e in types[inner].iterfind(f"{XS}sequence/{XS}element")]
                if names != [item.info.member]:
                    gaps.append(f"{where}.{item.name}: the XSD's members are {names}, not [{item.info.member!r}]")
            elif item.kind == "parts":
                kinds = [e.get("name") for e in types[inner].iterfind(f"{XS}choice/{XS}element")]
                if kinds != list(BLOCK_KINDS):
                    gaps.append(f"{where}.{item.name}: the XSD's blocks are {kinds}, not {list(BLOCK_KINDS)}")
            elif item.kind == "mapping":
                entry = types[inner].find(f"{XS}sequence/{XS}element[@name='{item.info.member}']")
                names = [] if entry is None else [e.get("name") for e in entry.iter(f"{XS}element")][1:]
                if names != ["key", "value"]:
                    gaps.append(f"{where}.{item.name}: the XSD has no {item.info.member} of key and value")

    walk(Article, "Article", "article")
    return gaps


class TestSchemas:
    def test_json_schema_describes_every_field(self) -> None:
        """The shipped JSON Schema has every model field as a required property, at every nesting level."""
        assert json_schema_gaps(JSON_SCHEMA) == []

    def test_xsd_declares_every_field(self) -> None:
        """The shipped XSD declares every model field, in field order, at every nesting level."""
        assert xsd_gaps(XSD) == []

    def test_docs_xsd_is_the_shipped_one(self) -> None:
        """docs/article.xsd is a byte-for-byte copy of the shipped XSD (so it cannot miss a field either)."""
        assert (ROOT / "docs" / "article.xsd").read_bytes() == files("govnews").joinpath(
            "schemas/article.xsd"
        ).read_bytes()

    def test_json_check_has_teeth(self) -> None:
        """A JSON Schema missing a nested field (provenance.url) fails the check, naming it."""
        broken = copy.deepcopy(JSON_SCHEMA)
        del broken["$defs"]["provenance"]["properties"]["url"]
        assert json_schema_gaps(broken) == ["article.provenance.url is not a property"]
        broken = copy.deepcopy(JSON_SCHEMA)
        broken["$defs"]["byline"]["required"].remove("text")
        assert json_schema_gaps(broken) == ["article.byline.text is not required"]

    @pytest.mark.parametrize(
        ("xpath", "gap"),
        [
            ("//xs:complexType[@name='Provenance']//xs:element[@name='declared_encoding']", "article.provenance: "),
            ("//xs:complexType[@name='Byline']//xs:element[@name='photographer']", "article.byline: "),
            ("//xs:complexType[@name='Article']//xs:element[@name='views']", "article: "),
        ],
    )
    def test_xsd_check_has_teeth(self, xpath: str, gap: str) -> None:
        """An XSD missing a field, at any level, fails the check, naming where."""
        broken = copy.deepcopy(XSD)
        found = broken.xpath(xpath, namespaces={"xs": XS[1:-1]})
        assert isinstance(found, list) and len(found) == 1 and isinstance(found[0], etree._Element)
        parent = found[0].getparent()
        assert parent is not None
        parent.remove(found[0])
        gaps = xsd_gaps(broken)
        assert gaps and gaps[0].startswith(gap)

    def test_docs_describe_every_field(self) -> None:
        """docs/formats.md names every field of the model, at every level, in its JSON section."""
        page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
        section = page.split("\n## JSON\n", 1)[1].split("\n## ", 1)[0]
        missing = [
            f"{cls.__name__}.{item.name}"
            for cls in MODEL_CLASSES
            if cls is not Block
            for item in shape(cls)
            if f"`{item.name}`" not in section
        ]
        assert missing == []
