"""The typed model of a portal article, and its shape described once.

Every class is a frozen, slotted attrs class. Sequences are stored as tuples
and mappings as read-only views, so an ``Article`` never changes after it is
built; use :func:`attrs.evolve` to make a corrected copy.

Each field carries a :class:`FieldInfo` in its attrs ``metadata`` (its
meaning and its Chinese labels). From the fields and their types come the
class docstrings (what ``help(govnews.Article)`` shows), the JSON form
(:meth:`Article.to_dict`, :meth:`Article.from_dict`), and what exporters
walk: :func:`shape` and :func:`label`. So the shape of an article is written
here and nowhere else.

Adding a field: declare it below with its ``metadata=_about(...)``, add it
to ``schemas/article.schema.json`` and ``schemas/article.xsd`` (and the copy
``docs/article.xsd``), and describe it in ``docs/formats.md``. The JSON and
XML forms, ``load_json`` and the exporters that walk the shape pick it up;
``tests/test_shape.py`` fails until the schemas name it.

This module imports nothing of the project.
"""

from __future__ import annotations

import datetime as dt
import inspect
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any, Final, Literal, TypeVar, get_args, get_origin
from zoneinfo import ZoneInfo

import attrs
from attrs import field, fields, frozen, validators

__all__ = [
    "BLOCK_KINDS",
    "KINDS",
    "SCRIPTS",
    "SHANGHAI",
    "Article",
    "Block",
    "Byline",
    "DocumentInfo",
    "FieldInfo",
    "FieldShape",
    "FrozenMap",
    "Kind",
    "Provenance",
    "Script",
    "label",
    "shape",
]


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of the slot ``name`` of a slotted class, bound once.

    For the package's own builders of instances (the parser's, the text input's): an
    instance made by ``object.__new__`` and its slots set so skips the interpreted attrs
    ``__init__``; ``object.__setattr__`` (which that ``__init__`` uses on a frozen class)
    looks the same setter up by name at each call.
    """
    return cls.__dict__[name].__set__  # type: ignore[no-any-return]


#: The time zone of every portal time that carries no offset of its own.
SHANGHAI: Final = ZoneInfo("Asia/Shanghai")

#: The kinds a body block may have, in the order a reader meets them.
#: ``signature`` is a document's closing 落款 (issuing office, date);
#: ``attachment`` a line of the attachment list (附件: 1. …).
BLOCK_KINDS: Final = ("paragraph", "heading", "signature", "attachment")

#: The scripts a field's label is written in: simplified and traditional characters.
SCRIPTS: Final = ("zh-Hans", "zh-Hant")
Script = Literal["zh-Hans", "zh-Hant"]

#: What a field may hold, as :attr:`FieldShape.kind` names it (see :func:`shape`).
KINDS: Final = ("text", "number", "when", "names", "part", "parts", "mapping")
Kind = Literal["text", "number", "when", "names", "part", "parts", "mapping"]

#: How the XML form writes a field, as :attr:`FieldInfo.xml` names it.
XML_ROLES: Final = ("element", "members", "name", "text")

#: What stands for the time of an undated article in :meth:`Article.sort_key`.
_NO_TIME: Final = dt.datetime.min.replace(tzinfo=dt.UTC)

#: The key of a field's :class:`FieldInfo` in its attrs ``metadata``.
_INFO: Final = "govnews"


# --- what a field means -----------------------------------------------------


@frozen
class FieldInfo:
    """What a model field means, kept in its attrs ``metadata["govnews"]``.

    Attributes:
        meaning (str): one line saying what the field holds.
        zh_hans (str): its label for a reader, in simplified characters (发布时间).
        zh_hant (str): the same label in traditional characters (發布時間).
        member (str | None): for a sequence or a mapping, the name of one
            member (``item``, ``author``, ``block``, ``entry``); the XML form
            names its elements so (a block names its own, see ``xml``).
        xml (str): how the XML form writes the field: ``element`` (an element
            named after the field: its text, or its members inside it),
            ``members`` (no element of its own: one ``member`` element per
            name, in the parent), ``name`` (the value names the element of
            the part that holds it) or ``text`` (the value is that element's text).
    """

    meaning: str
    zh_hans: str
    zh_hant: str
    member: str | None = None
    xml: str = field(default="element", validator=validators.in_(XML_ROLES))


def _about(
    meaning: str, zh_hans: str, zh_hant: str | None = None, *, member: str | None = None, xml: str = "element"
) -> dict[str, FieldInfo]:
    """A field's ``metadata``: its meaning and labels (the traditional label defaults to the simplified one)."""
    return {_INFO: FieldInfo(meaning, zh_hans, zh_hant or zh_hans, member, xml)}


@frozen
class FieldShape:
    """One field of a model class as the forms see it; :func:`shape` gives them in order.

    Attributes:
        name (str): the field's name, also its JSON key and (mostly) its XML element.
        kind (str): what it holds, one of :data:`KINDS`: ``text`` (a string),
            ``number`` (an int), ``when`` (a date, or a datetime with its offset),
            ``names`` (a tuple of strings), ``part`` (a model class, see
            ``part``), ``parts`` (a tuple of them) or ``mapping`` (str to str).
        optional (bool): whether it may be ``None``.
        part (type | None): the model class of a ``part`` or ``parts`` field.
        info (FieldInfo): its meaning and labels.
    """

    name: str
    kind: Kind
    optional: bool
    part: type | None
    info: FieldInfo


_SHAPES: dict[type, tuple[FieldShape, ...]] = {}
_Model = TypeVar("_Model", bound=type)


def _classify(owner: type, name: str, annotation: Any) -> tuple[Kind, bool, type | None]:
    """The kind of a resolved annotation, whether it admits ``None``, and the model class it holds."""
    members = get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    optional = type(None) in members
    rest = tuple(m for m in members if m is not type(None))
    if dt.date in rest and set(rest) <= {dt.date, dt.datetime}:
        return "when", optional, None
    if len(rest) == 1:
        (only,) = rest
        origin, args = get_origin(only), get_args(only)
        if only in (str, int):
            return ("text" if only is str else "number"), optional, None
        if attrs.has(only):
            return "part", optional, only
        sequence = origin is tuple and len(args) == 2 and args[1] is Ellipsis
        if sequence and args[0] is str and not optional:
            return "names", False, None
        if sequence and attrs.has(args[0]) and not optional:
            return "parts", False, args[0]
        if origin is Mapping and args == (str, str) and not optional:
            return "mapping", False, None
    raise TypeError(f"{owner.__name__}.{name}: the JSON and XML forms cannot hold {annotation!r}")


def _described(cls: _Model) -> _Model:
    """Record the shape of the model class ``cls`` and list its fields in its docstring.

    Raises:
        TypeError: a field has no :class:`FieldInfo` or a type the forms cannot hold.
    """
    annotations = {a.name: str(a.type) for a in fields(cls)}  # as written, before they are resolved
    attrs.resolve_types(cls, globals())
    shapes = []
    for attribute in fields(cls):
        info = attribute.metadata.get(_INFO)
        if not isinstance(info, FieldInfo):
            raise TypeError(f"{cls.__name__}.{attribute.name} has no metadata=_about(...)")
        kind, optional, part = _classify(cls, attribute.name, attribute.type)
        if kind in ("names", "parts", "mapping") and not info.member:
            raise TypeError(f"{cls.__name__}.{attribute.name} holds members: its metadata needs member=")
        shapes.append(FieldShape(attribute.name, kind, optional, part, info))
    _SHAPES[cls] = tuple(shapes)
    entries = []
    for item in shapes:
        labels = (
            item.info.zh_hans
            if item.info.zh_hans == item.info.zh_hant
            else f"{item.info.zh_hans} / {item.info.zh_hant}"
        )
        written = annotations[item.name].replace("dt.", "")
        entries.append(f"    {item.name} ({written}): {item.info.meaning} [{labels}]")
    cls.__doc__ = f"{inspect.cleandoc(cls.__doc__ or '')}\n\nAttributes:\n" + "\n".join(entries) + "\n"
    return cls


def shape(cls: type) -> tuple[FieldShape, ...]:
    """The fields of the model class ``cls``, in order, as the JSON and XML forms walk them.

    >>> [(f.name, f.kind) for f in shape(Byline)]
    [('authors', 'names'), ('editors', 'names'), ('photographers', 'names'), ('text', 'text')]

    Raises:
        TypeError: ``cls`` is not a model class.
    """
    try:
        return _SHAPES[cls]
    except KeyError:
        raise TypeError(f"{cls!r} is not a govnews model class") from None


def label(cls: type, name: str, script: Script = "zh-Hans") -> str:
    """The Chinese label a reader sees for field ``name`` of ``cls``, in ``script`` (see :data:`SCRIPTS`).

    >>> label(Article, "published"), label(Article, "published", "zh-Hant")
    ('发布时间', '發布時間')

    Raises:
        TypeError: ``cls`` is not a model class.
        KeyError: it has no field ``name``.
        ValueError: ``script`` is neither ``zh-Hans`` nor ``zh-Hant``.
    """
    if script not in SCRIPTS:
        raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {script!r}")
    for item in shape(cls):
        if item.name == name:
            return item.info.zh_hans if script == "zh-Hans" else item.info.zh_hant
    raise KeyError(f"{cls.__name__} has no field {name!r}")


# --- values and their checks --------------------------------------------------


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


# --- the model ----------------------------------------------------------------


@_described
@frozen
class Byline:
    """Who is credited: writers, editors, photographers, and the text they were read from."""

    authors: tuple[str, ...] = field(
        default=(),
        converter=_names,
        validator=_str_tuple,
        metadata=_about("the writers credited (记者, 作者, 文)", "作者", member="author", xml="members"),
    )
    editors: tuple[str, ...] = field(
        default=(),
        converter=_names,
        validator=_str_tuple,
        metadata=_about("the editors credited (编辑, 责任编辑)", "编辑", "編輯", member="editor", xml="members"),
    )
    photographers: tuple[str, ...] = field(
        default=(),
        converter=_names,
        validator=_str_tuple,
        metadata=_about("the photographers credited (摄影, 图)", "摄影", "攝影", member="photographer", xml="members"),
    )
    text: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("the credit as printed, the names were read from", "署名"),
    )

    def __bool__(self) -> bool:
        return bool(self.authors or self.editors or self.photographers or self.text)


@_described
@frozen
class DocumentInfo:
    """Disclosure metadata (政府信息公开) of a policy document."""

    index_number: str | None = field(
        default=None, validator=_optional_str, metadata=_about("the disclosure index number", "索引号", "索引號")
    )
    document_number: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("the document's number, e.g. 温政发〔2021〕1号", "文号", "文號"),
    )
    issuer: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("the issuing office (发布机构, 发文机关)", "发布机构", "發布機構"),
    )
    written: dt.datetime | dt.date | None = field(
        default=None, validator=_check_when, metadata=_about("the day the document was written", "成文日期")
    )
    topic: str | None = field(
        default=None, validator=_optional_str, metadata=_about("the topic category", "主题分类", "主題分類")
    )
    validity: str | None = field(
        default=None, validator=_optional_str, metadata=_about("whether the document is in force", "有效性")
    )

    def __bool__(self) -> bool:
        return any(getattr(self, a.name) is not None for a in fields(DocumentInfo))


def _check_block(instance: Block, _attribute: Any, text: Any) -> None:
    """Both of a block's checks in one validator call (blocks are the model's most built objects)."""
    kind = instance.kind
    if kind not in BLOCK_KINDS:
        raise ValueError(f"kind must be in {BLOCK_KINDS!r}: {kind!r}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a str: {text!r}")


@_described
@frozen
class Block:
    """One block of the body: its kind (see :data:`BLOCK_KINDS`) and its text."""

    kind: str = field(
        metadata=_about("paragraph, heading, signature (落款) or attachment (附件)", "类型", "類型", xml="name")
    )
    text: str = field(
        validator=_check_block, metadata=_about("the block's text, without indentation", "文字", xml="text")
    )


_sha256_full = validators.matches_re(r"[0-9a-f]{64}")


def _check_sha256(instance: Any, attribute: Any, value: Any) -> None:
    """64 lowercase hex digits; anything else gets the attrs validator's error."""
    if value.__class__ is not str or len(value) != 64 or value.strip("0123456789abcdef"):
        _sha256_full(instance, attribute, value)


@_described
@frozen(kw_only=True)
class Provenance:
    """Where an article came from and what read it. Built with keyword arguments only."""

    path: str | None = field(
        default=None, validator=_optional_str, metadata=_about("the input file, as given", "文件路径", "文件路徑")
    )
    url: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("where the page was published, when the input says so", "网址", "網址"),
    )
    sha256: str = field(
        validator=_check_sha256, metadata=_about("SHA-256 of the input bytes, 64 lowercase hex digits", "SHA-256")
    )
    encoding: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("the encoding the bytes were decoded with; None for text", "编码", "編碼"),
    )
    declared_encoding: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about(
            "the charset the input declared (an HTML meta charset, or its transport's), as declared",
            "声明编码",
            "聲明編碼",
        ),
    )
    parser: str = field(
        validator=_fast(str, validators.instance_of(str), none_ok=False),
        metadata=_about("what read it, e.g. govnews 0.1.0", "解析程序"),
    )


@_described
@frozen
class Article:
    """A portal article. A field the dump does not carry is ``None`` or empty.

    Build one from its parts, or from its JSON form with :meth:`from_dict`;
    :meth:`to_dict` gives that form. ``sorted(articles, key=Article.sort_key)``
    orders articles by publication, and :attr:`published_at` is the
    publication as an aware datetime (in Asia/Shanghai) whatever was printed.
    """

    title: str | None = field(
        default=None,
        validator=_optional_str,
        metadata=_about("the headline; None only where the dump has none", "标题", "標題"),
    )
    subtitle: str | None = field(
        default=None, validator=_optional_str, metadata=_about("副标题 or 引题, where present", "副标题", "副標題")
    )
    breadcrumb: tuple[str, ...] = field(
        default=(),
        converter=_names,
        validator=_str_tuple,
        metadata=_about("the location trail, its label and separators removed", "当前位置", "當前位置", member="item"),
    )
    published: dt.datetime | dt.date | None = field(
        default=None,
        validator=_check_when,
        metadata=_about(
            "publication: a datetime in Asia/Shanghai when a time is given, a date when only a day is",
            "发布时间",
            "發布時間",
        ),
    )
    source: str | None = field(
        default=None, validator=_optional_str, metadata=_about("来源 / 信息来源, as printed", "来源", "來源")
    )
    byline: Byline = field(
        factory=Byline,
        validator=_fast(Byline, validators.instance_of(Byline), none_ok=False),
        metadata=_about("who is credited (a Byline)", "署名信息"),
    )
    views: int | None = field(
        default=None,
        validator=_check_views,
        metadata=_about("the view counter, where a number is printed", "浏览次数", "瀏覽次數"),
    )
    document: DocumentInfo | None = field(
        default=None,
        validator=_fast(DocumentInfo, validators.optional(validators.instance_of(DocumentInfo))),
        metadata=_about("disclosure metadata of a policy document (a DocumentInfo)", "文件信息"),
    )
    body: tuple[Block, ...] = field(
        default=(),
        converter=_blocks,
        validator=_tuple_of(Block),
        metadata=_about("the text, as blocks in reading order", "正文", member="block"),
    )
    extra: Mapping[str, str] = field(
        factory=FrozenMap,
        converter=_read_only,
        metadata=_about("labelled metadata with no field of its own: label to value", "其他信息", member="entry"),
    )
    provenance: Provenance | None = field(
        default=None,
        validator=_fast(Provenance, validators.optional(validators.instance_of(Provenance))),
        metadata=_about("where the article came from and what read it (a Provenance)", "出处", "出處"),
    )

    @property
    def published_at(self) -> dt.datetime | None:
        """``published`` as one comparable kind of value: a timezone-aware datetime in Asia/Shanghai.

        A date alone becomes the start of that day (00:00 in Shanghai; :attr:`published_precision`
        says it was a day), a time is given in Shanghai time whatever offset it was read
        with, and an undated article gives ``None``. Every value has the same time zone, so
        a column of them is one tz-aware type: ``pandas.DataFrame({"published": [a.published_at
        for a in articles]})`` has a ``datetime64[ns, Asia/Shanghai]`` column, ``None`` as ``NaT``.

        >>> Article(published=dt.date(2021, 3, 5)).published_at
        datetime.datetime(2021, 3, 5, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai'))
        """
        when = self.published
        if when is None:
            return None
        if isinstance(when, dt.datetime):
            return when if when.tzinfo is SHANGHAI else when.astimezone(SHANGHAI)
        return dt.datetime.combine(when, dt.time.min, tzinfo=SHANGHAI)

    @property
    def published_precision(self) -> Literal["day", "time"] | None:
        """What the page printed of the publication: ``"day"`` (a date alone), ``"time"``, or ``None`` (nothing).

        >>> Article(published=dt.date(2021, 3, 5)).published_precision
        'day'
        """
        when = self.published
        if when is None:
            return None
        return "time" if isinstance(when, dt.datetime) else "day"

    def sort_key(self) -> tuple[bool, dt.date, bool, dt.datetime, str, str, str]:
        """The article's place in publication order: ``sorted(articles, key=govnews.Article.sort_key)``.

        Articles come by the day of publication (in Shanghai); on one day an article
        dated by the day alone comes before those with a time, which come by their
        time; undated articles come last. Ties go by title (by code point; no title
        counts as an empty one), then by the provenance's path, then its sha256 (none
        counts as empty), so the order of articles that differ in any of these never
        depends on the order they were given in. Dates and times of any kind compare
        here without a ``TypeError``.

        The key is a tuple to compare with other articles' keys; what it holds may
        change between versions.

        >>> nine = Article(title="九点", published=dt.datetime(2021, 3, 5, 9, tzinfo=SHANGHAI))
        >>> day = Article(title="当天", published=dt.date(2021, 3, 5))
        >>> [a.title for a in sorted([Article(title="无日期"), nine, day], key=Article.sort_key)]
        ['当天', '九点', '无日期']
        """
        at = self.published_at
        provenance = self.provenance
        path, sha256 = ("", "") if provenance is None else (provenance.path or "", provenance.sha256)
        if at is None:
            return (True, dt.date.min, False, _NO_TIME, self.title or "", path, sha256)
        return (False, at.date(), isinstance(self.published, dt.datetime), at, self.title or "", path, sha256)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: plain dicts, lists, strings, ints and ``None``, keys in field order.

        Dates are ISO 8601 at the precision held (a day stays a day), tuples
        become lists, ``extra`` a dict. ``json.dumps`` takes it as it is.

        >>> Article(title="通知", published=dt.date(2021, 3, 5)).to_dict()["published"]
        '2021-03-05'
        """
        return _to_data(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The article whose JSON form is ``data``: :meth:`to_dict` read back.

        A key left out takes the field's default (so older JSON still reads),
        but an unknown key, a value of the wrong type, or a missing required
        key (``provenance.sha256``, a block's ``kind``) is refused.

        >>> Article.from_dict({"title": "通知", "published": "2021-03-05"}).published
        datetime.date(2021, 3, 5)

        Raises:
            ValueError: ``data`` is not the JSON form; the message says where and why.
        """
        article: Article = _from_data(cls, data, "article")
        return article


# --- the JSON form --------------------------------------------------------------


def _to_data(instance: Any) -> dict[str, Any]:
    """The JSON form of a model instance, walking its shape.

    A plan per class, made once, does what ``attrs.asdict`` with a value
    serializer would, in a fifth of the time: it runs for every article
    exported as JSON and for every chapter of an EPUB.
    """
    cls = type(instance)
    steps = _PLANS.get(cls) or _PLANS.setdefault(cls, tuple((f.name, _TO_JSON[f.kind]) for f in shape(cls)))
    data = {}
    for name, convert in steps:
        value = getattr(instance, name)
        data[name] = value if convert is None or value is None else convert(value)
    return data


def _iso(value: dt.date) -> str:
    """ISO 8601 at the precision held: a day stays a day, a time keeps its offset."""
    return value.isoformat()


def _to_data_each(values: Iterable[Any]) -> list[dict[str, Any]]:
    return [_to_data(value) for value in values]


#: How a value of each kind of field becomes JSON (``None``: as it is).
_TO_JSON: Final[dict[str, Callable[[Any], Any] | None]] = {
    "text": None,
    "number": None,
    "when": _iso,
    "names": list,
    "part": _to_data,
    "parts": _to_data_each,
    "mapping": dict,
}
#: Each model class's fields and how each becomes JSON, made on first use.
_PLANS: dict[type, tuple[tuple[str, Callable[[Any], Any] | None], ...]] = {}


def _from_data(cls: Any, data: object, where: str) -> Any:
    """An instance of the model class ``cls`` from its JSON form; ``where`` names it in errors."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, not {_json_type(data)}")
    shapes = shape(cls)
    names = [item.name for item in shapes]
    unknown = [key for key in data if key not in names]
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (the keys are {', '.join(names)})")
    values: dict[str, Any] = {}
    for item, attribute in zip(shapes, fields(cls), strict=True):
        if item.name in data:
            values[item.name] = _read(item, data[item.name], f"{where}.{item.name}")
        elif attribute.default is attrs.NOTHING:
            raise ValueError(f"{where}: the key {item.name!r} is missing")
    try:
        return cls(**values)
    except (TypeError, ValueError) as error:  # a validator's: attrs' own put the message first
        reason = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
        raise ValueError(f"{where}: {reason}") from None


def _read(item: FieldShape, value: object, where: str) -> Any:
    """One field's value from its JSON form, checked against the field's kind."""
    kind = item.kind
    if value is None:
        if item.optional:
            return None
        raise ValueError(f"{where}: may not be null")
    if kind == "part":
        return _from_data(item.part, value, where)
    if kind == "text" and isinstance(value, str):
        return value
    if kind == "number" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "when" and isinstance(value, str):
        return _read_when(value, where)
    if kind == "names" and isinstance(value, (list, tuple)):
        return tuple(_read_text(member, f"{where}[{index}]") for index, member in enumerate(value))
    if kind == "parts" and isinstance(value, (list, tuple)):
        return tuple(_from_data(item.part, member, f"{where}[{index}]") for index, member in enumerate(value))
    if kind == "mapping" and isinstance(value, Mapping):
        return {key: _read_text(text, f"{where}[{key!r}]") for key, text in value.items()}
    raise ValueError(f"{where}: expected {_EXPECTED[kind]}, not {_json_type(value)}")


def _read_text(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, not {_json_type(value)}")
    return value


def _read_when(text: str, where: str) -> dt.datetime | dt.date:
    """ISO 8601 as :meth:`Article.to_dict` writes it; a time without an offset is Shanghai time."""
    try:
        if "T" not in text:
            return dt.date.fromisoformat(text)
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{where}: not an ISO 8601 date or time: {text!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=SHANGHAI)


#: What the JSON form holds for each kind of field, for error messages.
_EXPECTED: Final = {
    "text": "a string",
    "number": "a whole number",
    "when": "an ISO 8601 date or time",
    "names": "an array of strings",
    "parts": "an array of objects",
    "mapping": "an object of strings",
}
_JSON_TYPES: Final = {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "an array"}


def _json_type(value: object) -> str:
    """What a JSON reader would call ``value``."""
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "an object"
    return _JSON_TYPES.get(type(value), type(value).__name__)
