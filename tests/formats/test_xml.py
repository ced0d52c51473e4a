"""The ``xml`` exporter: its shape, its schema, its character policy, streaming, and the CLI."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import govnews
from govnews.cli import cli
from govnews.model import BLOCK_KINDS, SHANGHAI, Article, Block, Byline, DocumentInfo, Provenance, shape
from govnews.plugins import get_registry

ROOT = Path(__file__).parents[2]
SEED = ROOT / "seeds" / "000_fdea7f6b670525a1.txt"
DUMPS = sorted((ROOT / "tests" / "fixtures" / "dumps").glob("*.txt"))
NS = "urn:govnews:article:1"
XS = "http://www.w3.org/2001/XMLSchema"
PACKAGED_XSD = files("govnews").joinpath("schemas/article.xsd").read_bytes()
SCHEMA = etree.XMLSchema(etree.fromstring(PACKAGED_XSD))
#: The parts whose every field is one text element (a date as ISO 8601), read field by field as the model lists them.
DOCUMENT_FIELDS = tuple(field.name for field in shape(DocumentInfo))
PROVENANCE_FIELDS = tuple(field.name for field in shape(Provenance))
SHA = "0123456789abcdef" * 4
#: Characters XML 1.0 cannot carry, one of each kind.
NOT_XML = ("\x00", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff")


# ---------------------------------------------------------------- helpers


def q(name: str) -> str:
    """The qualified name of a govnews element."""
    return f"{{{NS}}}{name}"


def xml_safe(text: str) -> str:
    """The reference policy, written independently of the exporter: non-XML characters become U+FFFD."""

    def carryable(cp: int) -> bool:
        return cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF

    return "".join(c if carryable(ord(c)) else "\ufffd" for c in text)


def sanitised(value: Any) -> Any:
    """The JSON form of a value with the reference policy applied to every string."""
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, list):
        return [sanitised(v) for v in value]
    if isinstance(value, dict):
        return {sanitised(k): sanitised(v) for k, v in value.items()}
    return value


def to_xml(articles: Article | Sequence[Article]) -> bytes:
    """Export through the public API."""
    return govnews.export(articles, "xml")


def valid_root(data: bytes) -> etree._Element:
    """Parse XML output, hold it against the packaged XSD, and return its root."""
    root = etree.fromstring(data)
    assert SCHEMA.validate(root), str(SCHEMA.error_log)
    return root


def child(parent: etree._Element, name: str) -> etree._Element:
    """The child element of that name, which must be there."""
    found = parent.find(q(name))
    assert found is not None, f"no {name} in {etree.QName(parent).localname}"
    return found


def select(tree: etree._Element, path: str) -> list[Any]:
    """The nodes an XPath selects, with ``xs`` and ``g`` (govnews) prefixes bound."""
    found = tree.xpath(path, namespaces={"xs": XS, "g": NS})
    assert isinstance(found, list)
    return found


def child_text(parent: etree._Element, name: str) -> str | None:
    """The text of a child element: ``None`` when it is absent, ``""`` when it is empty."""
    found = parent.find(q(name))
    return None if found is None else (found.text or "")


def child_texts(parent: etree._Element, name: str) -> list[str]:
    """The texts of every child element of that name, in order."""
    return [e.text or "" for e in parent.findall(q(name))]


def read_article(element: etree._Element) -> dict[str, Any]:
    """An ``article`` element read back into the JSON form, to compare with ``Article.to_dict``."""
    byline = child(element, "byline")
    doc, prov = element.find(q("document")), element.find(q("provenance"))
    views = child_text(element, "views")
    return {
        "title": child_text(element, "title"),
        "subtitle": child_text(element, "subtitle"),
        "breadcrumb": child_texts(child(element, "breadcrumb"), "item"),
        "published": child_text(element, "published"),
        "source": child_text(element, "source"),
        "byline": {
            "authors": child_texts(byline, "author"),
            "editors": child_texts(byline, "editor"),
            "photographers": child_texts(byline, "photographer"),
            "text": child_text(byline, "text"),
        },
        "views": None if views is None else int(views),
        "document": None if doc is None else {name: child_text(doc, name) for name in DOCUMENT_FIELDS},
        "body": [{"kind": etree.QName(b).localname, "text": b.text or ""} for b in child(element, "body")],
        "extra": {child_text(e, "key"): child_text(e, "value") for e in child(element, "extra")},
        "provenance": None if prov is None else {name: child_text(prov, name) for name in PROVENANCE_FIELDS},
    }


def assert_round_trip(article: Article, element: etree._Element) -> None:
    """Every field reads back exactly, after the character policy."""
    assert read_article(element) == sanitised(article.to_dict())


FULL = Article(
    title="创新裂变培育新动能",
    subtitle="贯彻落实市委十二届十一次全会精神之三",
    breadcrumb=("首页", "市政府信息"),
    published=dt.datetime(2020, 12, 28, 8, 46, tzinfo=SHANGHAI),
    source="温州日报",
    byline=Byline(authors=("周大正",), editors=("林晓",), photographers=("王伟", "李娜"), text="(记者 周大正"),
    views=1024,
    document=DocumentInfo(
        index_number="001008003/2017-00012",
        document_number="温政发〔2017〕12号",
        issuer="温州市人民政府",
        written=dt.date(2017, 3, 13),
        topic="综合政务",
        validity="有效",
    ),
    body=tuple(Block(kind, f"{kind} 的文字") for kind in BLOCK_KINDS),
    extra={"责任编辑": "林晓", "字号": ""},
    provenance=Provenance(
        path="dumps/a.txt",
        url="http://www.example.gov.cn/art/2017/3/13/art_1.html",
        sha256=SHA,
        encoding="gb18030",
        declared_encoding="gb2312",
        parser="govnews 0.1.0",
    ),
)


# ---------------------------------------------------------------- strategies

#: Markup, line ends and odd but legal characters, mixed with the ones XML cannot carry.
HOSTILE = ("&", "<", ">", "]]>", "<![CDATA[", "&amp;", "\r", "\r\n", "\t", " ", "\x7f", "\x85", "\u2028", "😀")

texts = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=40),
    st.lists(st.sampled_from(HOSTILE + NOT_XML) | st.text(max_size=3), max_size=12).map("".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(("长", "a&<", "\x0b")), st.integers(5_000, 40_000)),
)
names = st.lists(texts, max_size=3).map(tuple)
offsets = st.timedeltas(min_value=-dt.timedelta(hours=23, minutes=59), max_value=dt.timedelta(hours=23, minutes=59))
zones = st.one_of(st.just(SHANGHAI), st.timezones(), offsets.map(dt.timezone))
whens = st.none() | st.dates() | st.datetimes(timezones=zones)
articles = st.builds(
    Article,
    title=st.none() | texts,
    subtitle=st.none() | texts,
    breadcrumb=names,
    published=whens,
    source=st.none() | texts,
    byline=st.builds(Byline, authors=names, editors=names, photographers=names, text=st.none() | texts),
    views=st.none() | st.integers(min_value=0),
    document=st.none()
    | st.builds(
        DocumentInfo,
        index_number=st.none() | texts,
        document_number=st.none() | texts,
        issuer=st.none() | texts,
        written=whens,
        topic=st.none() | texts,
        validity=st.none() | texts,
    ),
    body=st.lists(st.builds(Block, st.sampled_from(BLOCK_KINDS), texts), max_size=4),
    extra=st.dictionaries(texts, texts, max_size=3),
    provenance=st.none()
    | st.builds(
        Provenance,
        sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
        parser=texts,
        encoding=st.none() | texts,
        path=st.none() | texts,
        url=st.none() | texts,
        declared_encoding=st.none() | texts,
    ),
)


# ---------------------------------------------------------------- tests


class TestRegistration:
    def test_xml_is_a_default_plugin_format(self) -> None:
        """``xml`` is registered by govnews.formats.xml with suffix .xml and media type application/xml."""
        exporter = govnews.exporters()["xml"]
        assert (exporter.suffix, exporter.media_type) == (".xml", "application/xml")
        assert get_registry().providers["xml"] == "govnews.formats.xml"


class TestShape:
    def test_one_article_is_the_root(self) -> None:
        """One article is written as UTF-8 with a declaration and a root ``article`` in the govnews namespace."""
        data = to_xml(FULL)
        assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
        assert "创新裂变培育新动能".encode() in data
        root = valid_root(data)
        assert root.tag == q("article")
        assert root.nsmap == {None: NS}

    def test_several_articles_keep_input_order(self) -> None:
        """Several articles sit in one ``articles`` root, one ``article`` each, in input order."""
        batch = [Article(title=f"第{i}篇") for i in range(3)]
        root = valid_root(to_xml(batch))
        assert root.tag == q("articles")
        assert [child_text(a, "title") for a in root] == ["第0篇", "第1篇", "第2篇"]

    def test_no_articles_is_an_empty_collection(self) -> None:
        """An empty batch is a valid, empty ``articles`` root."""
        root = valid_root(to_xml([]))
        assert root.tag == q("articles")
        assert len(root) == 0

    def test_every_field_is_written(self) -> None:
        """Every field of a fully populated article reads back from the XML unchanged."""
        assert_round_trip(FULL, valid_root(to_xml(FULL)))

    def test_elements_follow_the_model_order(self) -> None:
        """The children of ``article`` come in the documented order."""
        root = valid_root(to_xml(FULL))
        assert [etree.QName(e).localname for e in root] == [
            "title", "subtitle", "breadcrumb", "published", "source", "byline",
            "views", "document", "body", "extra", "provenance",
        ]  # fmt: skip

    def test_body_blocks_are_named_by_kind(self) -> None:
        """Each body block is an element named by its kind, in body order."""
        body = child(valid_root(to_xml(FULL)), "body")
        assert [etree.QName(b).localname for b in body] == list(BLOCK_KINDS)

    def test_dates_keep_their_precision(self) -> None:
        """A day stays a day and a time keeps its offset and its seconds fraction."""
        article = Article(
            published=dt.datetime(2020, 12, 28, 8, 46, 5, 120000, tzinfo=SHANGHAI),
            document=DocumentInfo(written=dt.date(2017, 3, 13)),
        )
        root = valid_root(to_xml(article))
        assert child_text(root, "published") == "2020-12-28T08:46:05.120000+08:00"
        assert child_text(child(root, "document"), "written") == "2017-03-13"

    def test_absent_is_omitted_and_empty_is_kept(self) -> None:
        """``None`` leaves its element out, an empty string writes an empty element, collections are always there."""
        bare = valid_root(to_xml(Article()))
        assert [etree.QName(e).localname for e in bare] == ["breadcrumb", "byline", "body", "extra"]
        assert all(len(e) == 0 for e in bare)
        empty = valid_root(to_xml(Article(title="", document=DocumentInfo(issuer=""))))
        assert child_text(empty, "title") == ""
        assert child_text(empty, "subtitle") is None
        assert [etree.QName(e).localname for e in child(empty, "document")] == ["issuer"]

    def test_empty_document_info_is_an_empty_element(self) -> None:
        """A ``DocumentInfo`` with no field set is an empty ``document``, unlike no document at all."""
        root = valid_root(to_xml(Article(document=DocumentInfo())))
        assert len(child(root, "document")) == 0


class TestSchema:
    def test_docs_copy_is_the_packaged_schema(self) -> None:
        """docs/article.xsd is byte for byte the XSD that ships in the package."""
        assert (ROOT / "docs" / "article.xsd").read_bytes() == PACKAGED_XSD

    def test_docs_name_every_element(self) -> None:
        """The XML section of docs/formats.md names every element the XSD declares."""
        page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
        section = page.split("\n## XML\n", 1)[1].split("\n## ", 1)[0]
        declared = {str(name) for name in select(etree.fromstring(PACKAGED_XSD), "//xs:element/@name")}
        assert {name for name in declared if f"`{name}`" not in section} == set()

    def test_schema_lists_every_block_kind(self) -> None:
        """The XSD's body allows exactly the model's block kinds, in the model's order."""
        names = select(etree.fromstring(PACKAGED_XSD), "//xs:complexType[@name='Body']/xs:choice/xs:element/@name")
        assert [str(name) for name in names] == list(BLOCK_KINDS)

    @pytest.mark.parametrize(
        ("xpath", "change"),
        [
            ("//g:body", lambda e: etree.SubElement(e, q("poem"))),
            ("//g:sha256", lambda e: e.getparent().remove(e)),
            ("//g:views", lambda e: setattr(e, "text", "-1")),
            ("//g:published", lambda e: setattr(e, "text", "28 December 2020")),
            ("//g:title", lambda e: e.getparent().append(e)),
        ],
        ids=["unknown-block", "no-sha256", "negative-views", "not-iso-date", "out-of-order"],
    )
    def test_schema_rejects_a_broken_document(self, xpath: str, change: Any) -> None:
        """The XSD has teeth: an unknown block, a missing digest, a bad number or date, or a moved element fail."""
        root = valid_root(to_xml(FULL))
        change(select(root, xpath)[0])
        assert not SCHEMA.validate(root)

    def test_seed_is_valid(self) -> None:
        """The seed dump, parsed and exported, is valid and reads back whole."""
        article = govnews.parse_file(SEED)
        assert_round_trip(article, valid_root(to_xml(article)))

    def test_there_are_fixture_dumps(self) -> None:
        """The fixture dumps the next test validates exist."""
        assert len(DUMPS) >= 1

    @pytest.mark.parametrize("dump", DUMPS, ids=[p.name for p in DUMPS])
    def test_fixture_dump_is_valid(self, dump: Path) -> None:
        """Each fixture dump, parsed and exported, is valid and reads back whole."""
        article = govnews.parse_file(dump)
        assert_round_trip(article, valid_root(to_xml(article)))

    def test_collection_is_valid(self) -> None:
        """The seed, every fixture dump and a full article together make a valid collection, in order."""
        batch = [govnews.parse_file(p) for p in (SEED, *DUMPS)] + [FULL]
        root = valid_root(to_xml(batch))
        assert [read_article(e) for e in root] == [sanitised(a.to_dict()) for a in batch]


class TestCharacters:
    def test_markup_characters_are_kept_exactly(self) -> None:
        """``&``, ``<``, ``]]>``, carriage returns and tabs are escaped and read back exactly."""
        text = "a & b < c ]]> d\r\ne\rf\tg &amp; <![CDATA[x]]>"
        data = to_xml(Article(title=text, body=[Block("paragraph", text)], extra={text: text}))
        assert b"]]>" not in data
        root = valid_root(data)
        assert child_text(root, "title") == text
        assert child(root, "body")[0].text == text
        assert child_text(child(root, "extra")[0], "key") == text

    @pytest.mark.parametrize("char", NOT_XML, ids=[f"U+{ord(c):04X}" for c in NOT_XML])
    def test_non_xml_character_becomes_replacement_everywhere(self, char: str) -> None:
        """A character XML 1.0 cannot carry becomes one U+FFFD, in every kind of text alike."""
        text = f"前{char}后"
        article = Article(
            title=text,
            breadcrumb=(text,),
            byline=Byline(authors=(text,), text=text),
            document=DocumentInfo(issuer=text),
            body=[Block("heading", text)],
            extra={text: text},
            provenance=Provenance(sha256=SHA, parser=text, path=text),
        )
        root = valid_root(to_xml(article))
        found = [e.text for e in root.iter() if e.text and e.text.strip() and e.tag != q("sha256")]
        assert found == ["前\ufffd后"] * 10

    def test_very_long_line_is_kept(self) -> None:
        """A paragraph of two million characters on one line reads back exactly."""
        text = "温州&<" * 400_000
        root = valid_root(to_xml(Article(body=[Block("paragraph", text)])))
        assert child(root, "body")[0].text == text

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(article=articles)
    def test_any_article_is_valid_and_keeps_its_text(self, article: Article) -> None:
        """Any article, however hostile its text, is valid and reads back as its sanitised self."""
        assert_round_trip(article, valid_root(to_xml(article)))


class WatchedArticles(Sequence[Article]):
    """Articles that record, each time one is taken, how many articles ``out`` already holds."""

    def __init__(self, articles: list[Article], out: io.BytesIO) -> None:
        self.articles = articles
        self.out = out
        self.written_before: list[int] = []

    def __len__(self) -> int:
        return len(self.articles)

    def __getitem__(self, index: int) -> Article:  # type: ignore[override]
        if 0 <= index < len(self.articles):
            self.written_before.append(self.out.getvalue().count(b"</article>"))
        return self.articles[index]

    def __iter__(self) -> Iterator[Article]:
        return (self[i] for i in range(len(self)))


class TestStreaming:
    def test_each_article_reaches_the_output_before_the_next_is_built(self) -> None:
        """Article k (from the third on) is taken only once articles 0..k-1 are written: at most two in memory.

        The second is taken before the first is written: one article of
        lookahead tells a lone article (the root) from a collection.
        """
        out = io.BytesIO()
        watched = WatchedArticles([Article(title=str(i)) for i in range(5)], out)
        govnews.exporters()["xml"].write(watched, out)
        assert watched.written_before == [0, 0, 2, 3, 4]

    def test_a_generator_is_taken_once(self) -> None:
        """The exporter streams: a one-shot generator of articles is written like the list of them."""
        articles = [Article(title=str(i)) for i in range(3)]
        assert govnews.export(iter(articles), "xml") == govnews.export(articles, "xml")

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(article=articles)
    def test_a_lone_record_is_laid_out_as_the_root(self, article: Article) -> None:
        """One article's document is its element indented as a root, whatever its text (whitespace-only included)."""
        from govnews.formats.xml import _article_element

        element = _article_element(article)
        etree.indent(element, space="  ", level=0)
        expected = b"<?xml version='1.0' encoding='UTF-8'?>\n" + etree.tostring(element, encoding="UTF-8") + b"\n"
        assert to_xml(article) == expected

    def test_large_collection_is_written_whole(self, tmp_path: Path) -> None:
        """Twenty thousand articles written to a file are all there, valid and in order."""
        count = 20_000
        batch = [
            Article(title=f"标题{i}", body=[Block("paragraph", f"第{i}段 & <正文>")], views=i) for i in range(count)
        ]
        target = tmp_path / "big.xml"
        govnews.export(batch, "xml", target)
        root = valid_root(target.read_bytes())
        assert len(root) == count
        assert [child_text(a, "views") for a in root] == [str(i) for i in range(count)]
        assert child(root[-1], "body")[0].text == f"第{count - 1}段 & <正文>"


class TestCommandLine:
    def test_convert_to_one_file(self, tmp_path: Path) -> None:
        """``govnews convert A B --to xml -o FILE`` writes a valid collection of both, in input order."""
        second = tmp_path / "second.txt"
        second.write_text("首页 > 要闻\n第二篇\n正文。\n", encoding="utf-8")
        target = tmp_path / "out.xml"
        result = CliRunner().invoke(cli, ["convert", str(SEED), str(second), "--to", "xml", "-o", str(target)])
        assert result.exit_code == 0, result.output
        root = valid_root(target.read_bytes())
        paths = [child_text(child(a, "provenance"), "path") for a in root]
        assert paths == [str(SEED), str(second)]

    def test_convert_to_stdout(self) -> None:
        """One input without ``-o`` is written to standard output as one valid ``article``."""
        result = CliRunner().invoke(cli, ["convert", str(SEED), "--to", "xml"])
        assert result.exit_code == 0, result.output
        assert valid_root(result.stdout_bytes).tag == q("article")
