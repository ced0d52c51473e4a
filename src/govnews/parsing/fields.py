"""Fields from the segmented page: pick each value by the rules of TRUTH-SPEC and build the ``Article``."""

from __future__ import annotations

import datetime as dt
from typing import Final

from ..inputs import Hint
from ..model import Article, Byline, DocumentInfo, Provenance
from .blocks import build_blocks
from .byline import CreditNames, collect_credit
from .creditlines import extract_dateline
from .dates import When, extract_date
from .hints import Merged, merge_hints
from .instances import make_article, make_byline, make_document
from .meta import Field, MetaLine, extract_views, is_placeholder
from .names import is_person
from .segment import Page
from .shapes import is_issuer_line, squash
from .tables import (
    CREDIT_KINDS,
    DOCUMENT_FIELD_KINDS,
    DOCUMENT_KIND_END,
    DOCUMENT_NUMBER,
    FULL_DATE,
    GLUED_ROLES,
    NUMERAL,
    OUTLET_ENDINGS,
    PLACE_ENDINGS,
    POSTER_LABELS,
    PROVINCES,
    SIGNER_LABELS,
    UNKNOWN_KIND,
    VALUE_GAP,
)
from .widths import Widths

__all__ = ["assemble_article"]

#: Bracket forms a value may be printed again in, folded to one ("〔2024〕", "[2024]", "【2024】").
_BRACKETS: Final = str.maketrans("〔【[〕】]", "((()))")
#: Kinds that fill a field of their own; every other labelled value goes to ``extra``.
_OWN_KINDS: Final = frozenset(
    {
        "title",
        "subtitle",
        "published",
        "source",
        "author",
        "editor",
        "photographer",
        "views",
        "index_number",
        "document_number",
        "issuer",
        "written",
        "topic",
        "validity",
    }
)


#: Kinds that fill ``DocumentInfo``.
#: Longest word run on after a source that may be cut from it.
_RUN_ON_MAX: Final = 8
#: Longest name a credit's value equal to a trail item may be (a person's, "王建国").
_NAME_MAX: Final = 3
#: The byline of a page that credits no one (the model is immutable, so one serves all).
_NO_BYLINE: Final = Byline()


def _first(fields: list[Field], kind: str) -> str | None:
    """The first non-empty, non-placeholder value of a kind."""
    for f in fields:
        if f.kind == kind and f.value and not is_placeholder(f.value):
            return f.value
    return None


def _labelled_dates(metas: list[MetaLine], kind: str = "published") -> list[When]:
    """The dates metadata lines open with or 发布日期-like labels give, in order (or, for another
    ``kind``, the dates its labels give)."""
    dates: list[When] = []
    for meta in metas:
        if meta.date is not None and kind == "published":
            dates.append(meta.date)
        for f in meta.fields:
            if f.kind == kind and f.value:
                found = extract_date(f.value)
                if found is not None:
                    dates.append(found)
    return dates


def _refines(found: When, other: When) -> bool:
    """Whether ``other`` is the moment ``found`` names, printed more precisely.

    A day alone and a time that day ("发布日期:2022-11-28", "时间:2022-11-28 10:45"),
    or a minute and its second ("09:15" under the headline, "09:15:36" at the foot).
    """
    if not isinstance(other, dt.datetime):
        return False
    if not isinstance(found, dt.datetime):
        return other.date() == found
    return found.second == 0 and other.second != 0 and other.replace(second=0) == found


def _most_precise(dates: list[When]) -> When:
    """The first date, or a later printing of the same moment that gives more of it."""
    found = dates[0]
    for other in dates[1:]:
        if _refines(found, other):
            found = other
    return found


def select_published(page: Page) -> When | None:
    """The publish date: a 发布日期-like label or a bare date line, else a 生成日期-like one.

    The metadata printed at the foot of the article ("发布时间:… 来源:…" after the
    text) gives it where the head prints none; where the same moment is printed
    twice (the day in a disclosure list, the time in the line under the headline,
    or the seconds at the foot), the more precise printing wins.
    """
    head = _labelled_dates(page.head)
    generated = _labelled_dates(page.head, "published2")
    if head:
        # a 公开日期-like date refines the publish date where it prints the same day more precisely
        return _most_precise(head + _labelled_dates(page.tail) + generated)
    if generated:
        return generated[0]
    tail = _labelled_dates(page.tail)
    return _most_precise(tail) if tail else None


def select_views(fields: list[Field]) -> int | None:
    """The first counter that prints a number."""
    for f in fields:
        if f.kind == "views":
            found = extract_views(f.value)
            if found is not None:
                return found
    return None


def select_document(page: Page, fields: list[Field]) -> DocumentInfo | None:
    """Disclosure metadata; None when the page prints none of it."""
    # who posted it, where that is an office ("安监局", "某县人民政府办公室"), not a person or an account
    poster = next(
        (f.value for f in fields if f.label in POSTER_LABELS and is_issuer_line(f.value) and not is_person(f.value)),
        None,
    )
    printed = page.document_numbers or any(f.kind in DOCUMENT_FIELD_KINDS and f.value for f in fields)
    if not printed and not poster and (not page.title or "号" not in page.title):
        return None
    number = _first(fields, "document_number")
    if number is not None and not NUMERAL.search(number):
        number = None  # "无文号", or a number the capture lost ("号"): no 文号
    if number is None:
        # a 文号 whose closing bracket and 号 the capture lost ("某府办函〔202058") is garbled: no number
        number = next((n.strip() for n in page.document_numbers if n.strip()[-1:] == "号"), None)
    if number is None and page.title and "号" in page.title:
        found = DOCUMENT_NUMBER.search(page.title)
        number = found.group(0) if found else None
    written_text = _first(fields, "written")
    index_number, issuer = _first(fields, "index_number"), _first(fields, "issuer") or poster
    written = extract_date(written_text) if written_text else None
    topic, validity = _first(fields, "topic"), _first(fields, "validity")
    if all(value is None for value in (index_number, number, issuer, written, topic, validity)):
        return None  # told here: DocumentInfo's own test (its __bool__, walking the attrs fields) is interpreted
    return make_document(
        index_number=index_number,
        document_number=number,
        issuer=issuer,
        written=written,
        topic=topic,
        validity=validity,
    )


def select_source(fields: list[Field]) -> tuple[str | None, str | None]:
    """The source, and the person a news template prints after it ("来源:某某网 某某"), if any.

    The value ends at a wide gap (a pager or widget cell after it), and a last word
    set off by a space that is another outlet (not the same place's, which is the
    body's second name), a province (the place a self-media
    platform prints) or a person after an outlet is no part of it. A source that only says it is
    from the web (网络, 转载文章) is none.
    """
    for f in fields:
        if f.kind != "source" or not f.value:
            continue
        value, person = f.value, None
        gap = value.find(VALUE_GAP)
        if gap > 0:
            value = value[:gap].rstrip()
        head, _, last = value.rpartition(" ")
        if head.strip() and 0 < len(last) <= _RUN_ON_MAX and last.isalpha():
            role = next((role for role in GLUED_ROLES if last.startswith(role)), "")
            if last in PROVINCES or last[:-1] in PROVINCES:
                value = head.rstrip()
            elif last.endswith(OUTLET_ENDINGS) and not _same_place(head.rsplit(maxsplit=1)[-1], last):
                value = head.rstrip()  # a second outlet, not a second name of the same body
            elif is_person(last) and head.rstrip().endswith((*OUTLET_ENDINGS, *GLUED_ROLES)):
                # an outlet and its writer, as news sites print them; after an office or a place
                # ("来源:某办公室 某某", "某镇 某某 某镇 某某") the name is part of what 来源 names
                value, person = head.rstrip(), last
                if value.endswith(GLUED_ROLES) and " " in value:
                    value = value.rpartition(" ")[0].rstrip()  # "来源:某某新闻 记者 某某"
            elif role and is_person(last[len(role) :]):
                value, person = head.rstrip(), last[len(role) :]  # "来源:某某新闻 记者某某"
        elif head.strip() and last[:1].isdigit() and FULL_DATE.fullmatch(last):
            value = head.rstrip()  # the day the source first ran it ("来源:某某台新闻频道 2022年01月13日")
        if not is_placeholder(value):
            return value, person
    return None, None


def _place(name: str) -> str:
    """The place a body's name opens with ("三台县" of "三台县融媒体中心"), or ""."""
    end = next((i for i, char in enumerate(name[:_RUN_ON_MAX]) if i and char in PLACE_ENDINGS), -1)
    return name[: end + 1]


def _same_place(name: str, other: str) -> bool:
    """Whether two names open with the same place: one body's two names ("某县融媒体中心 某县广播电视台")."""
    place = _place(name)
    return bool(place) and other.startswith(place)


def select_byline(page: Page, fields: list[Field], first_block: str | None, after_source: str | None) -> Byline:
    """Credits from meta lines, the dateline, a glued byline and lines after the body.

    ``after_source`` is a person printed after the source: the writer where nothing else credits one.
    """
    texts: list[str] = []
    lists: dict[str, CreditNames] = {"author": {}, "editor": {}, "photographer": {}}
    for f in fields:
        if f.kind in CREDIT_KINDS and f.value and not (len(f.value) > _NAME_MAX and f.value in page.breadcrumb):
            # a value longer than a name that is an item of the trail is the column's name in the row
            # ("作者:   通知公告"); a person the trail names ("领导之窗 > 王建国") stays the writer
            texts.append(f"{f.label}:{f.value}" if f.label else f.value)  # a credit printed with no label
            collect_credit(f.value, f.kind, lists, labelled=bool(f.label))
    dateline = extract_dateline(first_block) if first_block else None
    if dateline:
        texts.append(dateline)
        collect_credit(dateline, "author", lists)
    for credit in page.credits:
        texts.append(credit)
        collect_credit(credit, "author", lists)
    if after_source is not None and not lists["author"]:
        texts.append(after_source)
        lists["author"][after_source] = None
    if not texts:
        return _NO_BYLINE
    return make_byline(
        authors=tuple(lists["author"]),
        editors=tuple(lists["editor"]),
        photographers=tuple(lists["photographer"]),
        text=" ".join(texts),
    )


def select_extra(fields: list[Field], chosen: dict[str, str | None]) -> dict[str, str]:
    """Labelled values without a field of their own, label normalised, value as printed.

    A labelled value of a text field that lost to another (a 引题 beside the deck
    line taken as the subtitle, a second 来源, a 监督索引号 after the 索引号) is kept
    here too: nothing is dropped.
    """
    extra: dict[str, str] = {}
    for f in fields:
        if not f.value or f.label in extra or is_placeholder(f.value):
            continue
        if f.kind == "document_number" and not NUMERAL.search(f.value):
            continue  # no number in it ("〔〕号", a cell's label bled in): no 文号, as select_document has it
        if f.kind not in _OWN_KINDS or (f.kind in chosen and not _same_value(f.value, chosen[f.kind])):
            extra[f.label] = f.value
    return extra


def _same_value(value: str, chosen: str | None) -> bool:
    """Whether a value is the chosen one as printed again: spaces and bracket forms aside ("〔2024〕", "[2024]")."""
    if chosen is None:
        return False
    return value == chosen or squash(value).translate(_BRACKETS) == squash(chosen).translate(_BRACKETS)


def _is_document_page(page: Page, fields: list[Field]) -> bool:
    """Whether the page is a document's: it prints a 文号, or its headline closes with a document's kind."""
    if page.document_numbers or any(f.kind == "document_number" and f.value for f in fields):
        return True
    return page.title is not None and DOCUMENT_KIND_END.search(page.title) is not None


def assemble_article(
    page: Page,
    widths: Widths | None = None,
    provenance: Provenance | None = None,
    hints: tuple[Hint, ...] = (),
    text: str = "",
) -> Article:
    """Build the article from a segmented page.

    ``widths`` restores printed widths where the lines were folded; ``hints``
    (an HTML page's head) are merged by the rule of :mod:`.hints`, confirmed
    against ``text``, the page's text.
    """
    fields = [f for meta in page.head for f in meta.fields] + [f for meta in page.tail for f in meta.fields]
    if any(f.label in SIGNER_LABELS for f in fields) and _is_document_page(page, fields):
        fields = [Field(UNKNOWN_KIND, f.label, f.value) if f.label in SIGNER_LABELS else f for f in fields]
    blocks = build_blocks(page.body)
    published = select_published(page)
    subtitle = page.subtitle or _first(fields, "subtitle")
    source, after_source = select_source(fields)
    byline = select_byline(page, fields, blocks[0].text if blocks else None, after_source)
    document = select_document(page, fields)
    title, breadcrumb = page.title, tuple(page.breadcrumb)
    chosen = {"title": title, "subtitle": subtitle, "source": source}
    if document is not None:  # one store each (compiled, update with keywords is a method call and a dict)
        chosen["index_number"] = document.index_number
        chosen["document_number"] = document.document_number
        chosen["issuer"] = document.issuer
        chosen["topic"] = document.topic
        chosen["validity"] = document.validity
    extra = select_extra(fields, chosen)
    if widths is not None:
        title, subtitle, source = widths.joined(title), widths.text(subtitle), widths.text(source)
        breadcrumb = widths.names(breadcrumb)
        byline = make_byline(
            authors=widths.names(byline.authors),
            editors=widths.names(byline.editors),
            photographers=widths.names(byline.photographers),
            text=widths.text(byline.text),
        )
        document = None if document is None else _document_as_printed(document, widths)
        extra = {label: widths.text(value) or value for label, value in extra.items()}
        blocks = widths.blocks(blocks)
    if hints:
        others = byline.editors + byline.photographers
        merged = merge_hints(Merged(title, published, source, byline.authors, others, extra), hints, text)
        title, published, source, extra = merged.title, merged.published, merged.source, merged.extra
        if merged.authors != byline.authors:
            byline = make_byline(merged.authors, byline.editors, byline.photographers, byline.text)
    return make_article(
        title=title,
        subtitle=subtitle,
        breadcrumb=breadcrumb,
        published=published,
        source=source,
        byline=byline,
        views=select_views(fields),
        document=document,
        body=blocks,
        extra=extra,
        provenance=provenance,
    )


def _document_as_printed(document: DocumentInfo, widths: Widths) -> DocumentInfo:
    return make_document(
        index_number=widths.text(document.index_number),
        document_number=widths.text(document.document_number),
        issuer=widths.text(document.issuer),
        written=document.written,
        topic=widths.text(document.topic),
        validity=widths.text(document.validity),
    )
