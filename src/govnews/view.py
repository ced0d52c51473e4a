"""An article's fields as lines of text for a person to read: what ``govnews show`` prints.

The fields are the model's, walked in order (:func:`govnews.model.shape`),
so a field added to the model is shown without a change here. Each field
present is one line, its name and its value; a part (the byline, the
document's metadata, the provenance) and a mapping (``extra``) are a line
with the name, then their own fields indented below it; a field of many
parts (the body) comes last, its count on the name's line, then each part
on a line of its own, its kind in brackets unless it is a plain paragraph.
A field with nothing in it (``None``, empty) is left out.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import Final

from .model import BLOCK_KINDS, Article, FieldShape, shape

__all__ = ["describe"]

_INDENT: Final = "  "
#: How the names of a ``names`` field are joined: the location trail as a path, any other as a list.
_JOINED_BY: Final = {"breadcrumb": " > "}
_LIST_JOIN: Final = "、"
#: A part's kind not marked in the body: the plain paragraph.
_PLAIN_KIND: Final = BLOCK_KINDS[0]


def _label_width(cls: type, level: int = 0) -> int:
    """The widest label of ``cls``'s fields and of its parts' fields, indented as they are shown."""
    widest = 0
    for item in shape(cls):
        widest = max(widest, len(_INDENT * level + item.name))
        if item.kind == "part" and item.part is not None:
            widest = max(widest, _label_width(item.part, level + 1))
    return widest


#: The column where values start: two spaces after the widest label.
_VALUE_COLUMN: Final = _label_width(Article) + 2


def describe(article: Article) -> str:
    """The article's fields as aligned lines of text (no newline at the end).

    >>> from govnews.model import Block
    >>> print(describe(Article(title="通知", breadcrumb=("首页", "通知公告"), body=(Block("heading", "一、"),))))
    title                通知
    breadcrumb           首页 > 通知公告
    body                 1 block
      [heading] 一、
    """
    return "\n".join(_fields(article, 0))


def _fields(part: object, level: int) -> list[str]:
    """The lines of ``part``'s fields at ``level``: every field but the many-part ones, then those."""
    items = sorted(shape(type(part)), key=lambda item: item.kind == "parts")  # stable: the order otherwise kept
    lines: list[str] = []
    for item in items:
        lines.extend(_field(item, getattr(part, item.name), level))
    return lines


def _field(item: FieldShape, value: object, level: int) -> list[str]:
    """The lines of one field, none when it holds nothing."""
    if value is None or value == "" or value == () or (isinstance(value, Mapping) and not value):
        return []
    label = _INDENT * level + item.name
    if item.kind == "when":
        assert isinstance(value, dt.date)
        return _line(label, value.isoformat())
    if item.kind == "names":
        assert isinstance(value, tuple)
        return _line(label, _JOINED_BY.get(item.name, _LIST_JOIN).join(value))
    if item.kind == "part":
        inside = _fields(value, level + 1)
        return [label, *inside] if inside else []
    if item.kind == "mapping":
        assert isinstance(value, Mapping)
        return [label, *(line for key, text in value.items() for line in _line(_INDENT * (level + 1) + key, text))]
    if item.kind == "parts":
        assert isinstance(value, tuple)
        member = str(item.info.member)
        count = f"{len(value)} {member}{'' if len(value) == 1 else 's'}"
        return [*_line(label, count), *(line for part in value for line in _part(part, level + 1))]
    return _line(label, str(value))


def _part(part: object, level: int) -> list[str]:
    """One member of a many-part field on a line: its leading fields as [markers], its last field as the text."""
    values = [str(getattr(part, item.name)) for item in shape(type(part))]
    markers = "".join(f"[{marker}] " for marker in values[:-1] if marker != _PLAIN_KIND)
    first, *rest = values[-1].split("\n")
    indent = _INDENT * level
    return [f"{indent}{markers}{first}", *(f"{indent}{line}" for line in rest)]


def _line(label: str, text: str) -> list[str]:
    """``label`` and ``text`` in their columns; each further line of ``text`` starts at the value column."""
    first, *rest = text.split("\n")
    padding = max(_VALUE_COLUMN - _columns(label), 2)
    return [f"{label}{' ' * padding}{first}", *(" " * _VALUE_COLUMN + line for line in rest)]


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a wide (CJK) character two, any other one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
