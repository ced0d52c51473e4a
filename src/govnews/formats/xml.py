"""The ``xml`` format: UTF-8 XML in the govnews namespace, valid against ``schemas/article.xsd``.

One article is written as a root ``article`` element; any other number as a
root ``articles`` element holding one ``article`` per input, in input order.
Elements follow the model field by field (see ``docs/formats.md``, section
XML). An optional value that is ``None`` has no element; an empty string has
an empty one; collections (``breadcrumb``, ``byline``, ``body``, ``extra``)
are always there, possibly empty.

XML 1.0 cannot carry every character a Python string can hold: each code
point outside the XML 1.0 ``Char`` production (C0 controls other than tab,
newline and carriage return; U+FFFE and U+FFFF; lone surrogates) becomes
U+FFFD REPLACEMENT CHARACTER, in every piece of text alike. Everything
else, carriage returns included, reads back exactly.

The output is written with :class:`lxml.etree.xmlfile`: each article element
is built, written and flushed on its own, so memory does not grow with the
number of articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, BinaryIO, Final

from lxml import etree

from ..hookspecs import hookimpl
from ..model import Article, Block, Byline, DocumentInfo, Provenance
from ..serial import format_when

__all__ = ["NAMESPACE", "REPLACEMENT", "XmlExporter", "xml_text"]

#: The namespace of every element govnews writes; the ``1`` is the version of the form.
NAMESPACE: Final = "urn:govnews:article:1"
#: What stands in for a character XML 1.0 cannot carry.
REPLACEMENT: Final = "\ufffd"
_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: The default namespace (``None`` prefix); the key type is ``Any`` because lxml-stubs allow only ``str`` keys.
_NSMAP: Final[dict[Any, str]] = {None: NAMESPACE}
_INDENT: Final = "  "


class XmlExporter:
    """One article as an ``article`` root; several (or none) inside an ``articles`` root. No options."""

    name = "xml"
    suffix = ".xml"
    media_type = "application/xml"

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        with etree.xmlfile(out, encoding="UTF-8") as xml:
            xml.write_declaration()
            if len(articles) == 1:
                xml.write(_indented(_article_element(articles[0]), level=0))
            else:
                _write_collection(xml, articles)
        out.write(b"\n")


@hookimpl
def register_exporters(register: Any) -> None:
    """Register the XML exporter."""
    register(XmlExporter())


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML_CHAR.sub(REPLACEMENT, text)


def _article_element(article: Article) -> etree._Element:
    """The ``article`` element of one article, a self-contained tree."""
    root = etree.Element(_qname("article"), nsmap=_NSMAP)
    _add_text(root, "title", article.title)
    _add_text(root, "subtitle", article.subtitle)
    _add_list(root, "breadcrumb", "item", article.breadcrumb)
    _add_text(root, "published", format_when(article.published))
    _add_text(root, "source", article.source)
    _add_byline(root, article.byline)
    _add_text(root, "views", None if article.views is None else str(article.views))
    if article.document is not None:
        _add_document(root, article.document)
    _add_body(root, article.body)
    _add_extra(root, article.extra)
    if article.provenance is not None:
        _add_provenance(root, article.provenance)
    return root


def _write_collection(xml: Any, articles: Sequence[Article]) -> None:
    with xml.element(_qname("articles"), nsmap=_NSMAP):
        for article in articles:
            xml.write("\n" + _INDENT)
            xml.write(_indented(_article_element(article), level=1))
            xml.flush()
        if articles:
            xml.write("\n")


def _indented(element: etree._Element, level: int) -> etree._Element:
    # Only whitespace between elements is added; no element's own text is touched.
    etree.indent(element, space=_INDENT, level=level)
    return element


def _qname(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _add_text(parent: etree._Element, name: str, text: str | None) -> None:
    if text is not None:
        etree.SubElement(parent, _qname(name)).text = xml_text(text)


def _add_list(parent: etree._Element, name: str, item: str, texts: Iterable[str]) -> None:
    element = etree.SubElement(parent, _qname(name))
    for text in texts:
        _add_text(element, item, text)


def _add_byline(parent: etree._Element, byline: Byline) -> None:
    element = etree.SubElement(parent, _qname("byline"))
    named = (("author", byline.authors), ("editor", byline.editors), ("photographer", byline.photographers))
    for tag, names in named:
        for name in names:
            _add_text(element, tag, name)
    _add_text(element, "text", byline.text)


def _add_document(parent: etree._Element, document: DocumentInfo) -> None:
    element = etree.SubElement(parent, _qname("document"))
    _add_text(element, "index_number", document.index_number)
    _add_text(element, "document_number", document.document_number)
    _add_text(element, "issuer", document.issuer)
    _add_text(element, "written", format_when(document.written))
    _add_text(element, "topic", document.topic)
    _add_text(element, "validity", document.validity)


def _add_body(parent: etree._Element, body: Iterable[Block]) -> None:
    element = etree.SubElement(parent, _qname("body"))
    for block in body:
        _add_text(element, block.kind, block.text)


def _add_extra(parent: etree._Element, extra: Mapping[str, str]) -> None:
    element = etree.SubElement(parent, _qname("extra"))
    for key, value in extra.items():
        entry = etree.SubElement(element, _qname("entry"))
        _add_text(entry, "key", key)
        _add_text(entry, "value", value)


def _add_provenance(parent: etree._Element, provenance: Provenance) -> None:
    element = etree.SubElement(parent, _qname("provenance"))
    _add_text(element, "path", provenance.path)
    _add_text(element, "sha256", provenance.sha256)
    _add_text(element, "encoding", provenance.encoding)
    _add_text(element, "parser", provenance.parser)
