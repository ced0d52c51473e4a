"""The typed model of a portal article.

Every class is a frozen, slotted attrs class. Sequences are stored as tuples
and mappings as read-only views, so an ``Article`` never changes after it is
built; use :func:`attrs.evolve` to make a corrected copy.

This module imports nothing of the project.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any, Final
from zoneinfo import ZoneInfo

from attrs import field, fields, frozen, validators

__all__ = [
    "BLOCK_KINDS",
    "SHANGHAI",
    "Article",
    "Block",
    "Byline",
    "DocumentInfo",
    "FrozenMap",
    "Provenance",
]

#: The time zone of every portal time that carries no offset of its own.
SHANGHAI: Final = ZoneInfo("Asia/Shanghai")

#: The kinds a body block may have, in the order a reader meets them.
#: ``signature`` is a document's closing 落款 (issuing office, date);
#: ``attachment`` a line of the attachment list (附件: 1. …).
BLOCK_KINDS: Final = ("paragraph", "heading", "signature", "attachment")


def _names(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("a sequence of names is expected, not one string")
    return tuple(value)


class FrozenMap(Mapping[str, str]):
    """A read-only, hashable, picklable mapping: what ``Article.extra`` holds."""

    __slots__ = ("_data",)
    _data: dict[str, str]

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        object.__setattr__(self, "_data", dict(items))

    def __getitem__(self, key: str) -> str:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("FrozenMap is read-only")

    def __reduce__(self) -> tuple[type[FrozenMap], tuple[dict[str, str]]]:
        return (FrozenMap, (self._data,))


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _read_only(value: Mapping[str, str]) -> FrozenMap:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


def _check_when(_instance: Any, attribute: Any, value: object) -> None:
    if value is None:
        return
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{attribute.name} must be timezone-aware: {value!r}")
        return
    if not isinstance(value, dt.date):
        raise TypeError(f"{attribute.name} must be a datetime, a date or None: {value!r}")


def _fast(exact: type, full: Any, *, none_ok: bool = True) -> Any:
    """``full`` (an attrs validator), skipped for None and for values of exactly type ``exact``.

    Those values always pass ``full``; any other runs it and fails with its error.
    """

    def check(instance: Any, attribute: Any, value: object) -> None:
        if value.__class__ is not exact and (value is not None or not none_ok):
            full(instance, attribute, value)

    return check


_optional_str = _fast(str, validators.optional(validators.instance_of(str)))
_views_full = validators.optional([validators.instance_of(int), validators.ge(0)])


def _check_views(instance: Any, attribute: Any, value: Any) -> None:
    """None or a count of 0 or more; anything else gets the attrs validators' error."""
    if value is not None and (value.__class__ is not int or value < 0):
        _views_full(instance, attribute, value)


def _tuple_of(kind: type) -> Any:
    """A validator: a tuple whose every member is a ``kind`` (one pass, no per-member call)."""

    def check(_instance: Any, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple) or not all(map(isinstance, value, repeat(kind))):
            raise TypeError(f"{attribute.name} must be a tuple of {kind.__name__}: {value!r}")

    return check


_str_tuple = _tuple_of(str)


@frozen
class Byline:
    """Who is credited: writers, editors, photographers, and the text they were read from."""

    authors: tuple[str, ...] = field(default=(), converter=_names, validator=_str_tuple)
    editors: tuple[str, ...] = field(default=(), converter=_names, validator=_str_tuple)
    photographers: tuple[str, ...] = field(default=(), converter=_names, validator=_str_tuple)
    text: str | None = field(default=None, validator=_optional_str)

    def __bool__(self) -> bool:
        return bool(self.authors or self.editors or self.photographers or self.text)


@frozen
class DocumentInfo:
    """Disclosure metadata (政府信息公开) of a policy document."""

    index_number: str | None = field(default=None, validator=_optional_str)  # 索引号
    document_number: str | None = field(default=None, validator=_optional_str)  # 文号
    issuer: str | None = field(default=None, validator=_optional_str)  # 发布机构 / 发文机关
    written: dt.datetime | dt.date | None = field(default=None, validator=_check_when)  # 成文日期
    topic: str | None = field(default=None, validator=_optional_str)  # 主题分类
    validity: str | None = field(default=None, validator=_optional_str)  # 有效性

    def __bool__(self) -> bool:
        return any(getattr(self, a.name) is not None for a in fields(DocumentInfo))


def _check_block(instance: Block, _attribute: Any, text: Any) -> None:
    """Both of a block's checks in one validator call (blocks are the model's most built objects)."""
    kind = instance.kind
    if kind not in BLOCK_KINDS:
        raise ValueError(f"kind must be in {BLOCK_KINDS!r}: {kind!r}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str: {text!r}")


@frozen
class Block:
    """One block of the body: its kind (see :data:`BLOCK_KINDS`) and its text."""

    kind: str
    text: str = field(validator=_check_block)


_sha256_full = validators.matches_re(r"[0-9a-f]{64}")


def _check_sha256(instance: Any, attribute: Any, value: Any) -> None:
    """64 lowercase hex digits; anything else gets the attrs validator's error."""
    if value.__class__ is not str or len(value) != 64 or value.strip("0123456789abcdef"):
        _sha256_full(instance, attribute, value)


@frozen
class Provenance:
    """Where an article came from and what read it."""

    sha256: str = field(validator=_check_sha256)
    parser: str = field(validator=_fast(str, validators.instance_of(str), none_ok=False))
    encoding: str | None = field(default=None, validator=_optional_str)
    path: str | None = field(default=None, validator=_optional_str)


@frozen
class Article:
    """A portal article. A field the dump does not carry is ``None`` or empty."""

    title: str | None = field(default=None, validator=_optional_str)
    subtitle: str | None = field(default=None, validator=_optional_str)
    breadcrumb: tuple[str, ...] = field(default=(), converter=_names, validator=_str_tuple)
    published: dt.datetime | dt.date | None = field(default=None, validator=_check_when)
    source: str | None = field(default=None, validator=_optional_str)
    byline: Byline = field(factory=Byline, validator=_fast(Byline, validators.instance_of(Byline), none_ok=False))
    views: int | None = field(default=None, validator=_check_views)
    document: DocumentInfo | None = field(
        default=None, validator=_fast(DocumentInfo, validators.optional(validators.instance_of(DocumentInfo)))
    )
    body: tuple[Block, ...] = field(
        default=(),
        converter=_blocks,
        validator=_tuple_of(Block),
    )
    extra: Mapping[str, str] = field(factory=FrozenMap, converter=_read_only)
    provenance: Provenance | None = field(
        default=None, validator=_fast(Provenance, validators.optional(validators.instance_of(Provenance)))
    )
