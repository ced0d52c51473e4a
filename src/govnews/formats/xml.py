"""The ``xml`` format: UTF-8 XML in the govnews namespace, valid against ``schemas/article.xsd``.

One article is written as a root ``article`` element; any other number as a
root ``articles`` element holding one ``article`` per input, in input order.
Elements follow the model field by field, walking
:func:`govnews.model.shape` (see ``docs/formats.md``, section XML), so a
field added to the model is written without a change here. An optional
value that is ``None`` has no element; an empty string has an empty one;
collections (``breadcrumb``, ``byline``, ``body``, ``extra``) are always
there, possibly empty.

XML 1.0 cannot carry every character a Python string can hold: each code
point outside the XML 1.0 ``Char`` production (C0 controls other than tab,
newline and carriage return; U+FFFE and U+FFFF; lone surrogates) becomes
U+FFFD REPLACEMENT CHARACTER, in every piece of text alike
(:func:`govnews.exporting.xml_text`). Everything else, carriage returns
included, reads back exactly.

Each article element is built and serialised on its own (``record``, which a
batch runs in worker processes) and the collection only frames them
(``write_records``), so memory does not grow with the number of articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain, islice
from typing import Any, BinaryIO, Final

from lxml import etree

from govnews.exporting import Exporter, xml_text
from govnews.hookspecs import hookimpl
from govnews.model import Article, FieldShape, shape

__all__ = ["NAMESPACE", "XmlExporter", "register_exporters"]

#: The namespace of every element govnews writes; the ``1`` is the version of the form.
NAMESPACE: Final = "urn:govnews:article:1"
#: The default namespace (``None`` prefix); the key type is ``Any`` because lxml-stubs allow only ``str`` keys.
_NSMAP: Final[dict[Any, str]] = {None: NAMESPACE}
_INDENT: Final = "  "
_DECLARATION: Final = b"<?xml version='1.0' encoding='UTF-8'?>\n"
_OPEN_COLLECTION: Final = f'<articles xmlns="{NAMESPACE}">'.encode()
_CLOSE_COLLECTION: Final = b"</articles>"
#: Layout whitespace in a record: a newline and its indentation between two tags (text never holds a
#: raw "<" or ">": lxml escapes both). One case is text, not layout: see :func:`_as_root`.
_LAYOUT: Final = re.compile(rb"(?<=>)\n((?:  )+)(?=<)")


class XmlExporter:
    """One article as an ``article`` root; several (or none) inside an ``articles`` root. No options."""

    name = "xml"
    suffix = ".xml"
    media_type = "application/xml"
    options = ()

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        self.write_records((self.record(article) for article in articles), out)

    def record(self, article: Article, **options: Any) -> bytes:
        """One ``article`` element, indented as a member of the collection (it declares the namespace itself)."""
        return _serialised(_indented(_article_element(article), level=1))

    def write_records(self, records: Iterable[bytes], out: BinaryIO, **options: Any) -> None:
        """The declaration, then one record as the root, or any other number inside an ``articles`` root."""
        pending = iter(records)
        first = list(islice(pending, 2))
        out.write(_DECLARATION)
        if len(first) == 1:
            out.write(_as_root(first[0]) + b"\n")
            return
        out.write(_OPEN_COLLECTION)
        for record in chain(first, pending):
            out.write(b"\n" + _INDENT.encode() + record)
        out.write((b"\n" if first else b"") + _CLOSE_COLLECTION + b"\n")


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register the XML exporter."""
    register(XmlExporter())


def _article_element(article: Article) -> etree._Element:
    """The ``article`` element of one article, a self-contained tree."""
    root = etree.Element(_qname("article"), nsmap=_NSMAP)
    _add_fields(root, article)
    return root


def _serialised(element: etree._Element) -> bytes:
    return etree.tostring(element, encoding="UTF-8", xml_declaration=False)


def _as_root(record: bytes) -> bytes:
    """A record (an ``article`` indented as a member) laid out as a root: each layout run one level less.

    ``etree.indent`` puts whitespace only between an element's children and
    never touches a leaf's text; so a run between a start tag and an end tag
    is a leaf's whitespace-only text, kept, and every other run is layout.
    """

    def dedent(run: re.Match[bytes]) -> bytes:
        tag = record[record.rfind(b"<", 0, run.start()) : run.start()]
        leaf_text = not tag.startswith(b"</") and not tag.endswith(b"/>") and record.startswith(b"</", run.end())
        return run[0] if leaf_text else b"\n" + run[1][len(_INDENT) :]

    return _LAYOUT.sub(dedent, record)


def _indented(element: etree._Element, level: int) -> etree._Element:
    # Only whitespace between elements is added; no element's own text is touched.
    etree.indent(element, space=_INDENT, level=level)
    return element


def _qname(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


# --- the fields, walked ------------------------------------------------------------


def _add_fields(parent: etree._Element, part: object) -> None:
    """One child (or run of children) per field of ``part``, in field order; ``None`` leaves its field out."""
    for item in shape(type(part)):
        value = getattr(part, item.name)
        if value is not None:
            _ADD[item.kind](parent, item, value)


def _add_text(parent: etree._Element, name: str, text: str) -> None:
    etree.SubElement(parent, _qname(name)).text = xml_text(text)


def _add_scalar(parent: etree._Element, item: FieldShape, value: object) -> None:
    """A text, a number or a date (ISO 8601 at the precision held) as an element's text."""
    text = value.isoformat() if item.kind == "when" else str(value)  # type: ignore[attr-defined]
    _add_text(parent, item.name, text)


def _add_names(parent: etree._Element, item: FieldShape, names: Sequence[str]) -> None:
    """One ``member`` element per name: inside an element of the field's own, or (``members``) in ``parent``."""
    holder = parent if item.info.xml == "members" else etree.SubElement(parent, _qname(item.name))
    for name in names:
        _add_text(holder, str(item.info.member), name)


def _add_part(parent: etree._Element, item: FieldShape, part: object) -> None:
    _add_fields(etree.SubElement(parent, _qname(item.name)), part)


def _add_parts(parent: etree._Element, item: FieldShape, parts: Sequence[object]) -> None:
    """The members in order, inside an element of the field's own.

    A part whose fields include an ``xml="name"`` one and an ``xml="text"``
    one (a block) is an element named by the first, holding the second;
    any other is a ``member`` element holding its fields.
    """
    holder = etree.SubElement(parent, _qname(item.name))
    roles = {field.info.xml: field.name for field in shape(item.part)} if item.part else {}
    named_by, text_in = roles.get("name"), roles.get("text")
    for part in parts:
        if named_by and text_in:
            _add_text(holder, getattr(part, named_by), getattr(part, text_in))
        else:
            _add_fields(etree.SubElement(holder, _qname(str(item.info.member))), part)


def _add_mapping(parent: etree._Element, item: FieldShape, mapping: Mapping[str, str]) -> None:
    """One ``member`` element per entry, in order, holding ``key`` and ``value``."""
    holder = etree.SubElement(parent, _qname(item.name))
    for key, value in mapping.items():
        entry = etree.SubElement(holder, _qname(str(item.info.member)))
        _add_text(entry, "key", key)
        _add_text(entry, "value", value)


_ADD: Final[dict[str, Callable[[etree._Element, FieldShape, Any], None]]] = {
    "text": _add_scalar,
    "number": _add_scalar,
    "when": _add_scalar,
    "names": _add_names,
    "part": _add_part,
    "parts": _add_parts,
    "mapping": _add_mapping,
}
