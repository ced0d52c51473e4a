"""What an exporter is, and the helpers every exporter may use, built-in or plugin.

This module is public: a third-party exporter imports it exactly as the
built-in formats do (``docs/plugins.md``, section "Public modules").

- :class:`Exporter`: the protocol, and :func:`problems_with` that checks it;
- :class:`Option` and :func:`resolve_options`: the options an exporter
  declares, and given options (text from ``-O key=value``, or Python values)
  read against that declaration;
- :func:`xml_text`: a string with what XML 1.0 cannot carry replaced;
- :func:`atomic_output`: a file written whole or not at all, and
  :func:`write_bytes`: an export run into memory;
- :func:`is_binary`: whether a format's output is for a terminal;
- :func:`streams` and :func:`writes_records`: whether an exporter takes its
  articles one at a time, and whether it writes one piece per article that
  other processes may make (:func:`write_articles` feeds an exporter either
  way, :func:`temporary_files` finds what an interrupted
  :func:`atomic_output` left).

An article's JSON form is :meth:`govnews.Article.to_dict`, its fields and
their labels are :func:`govnews.model.shape` and :func:`govnews.model.label`.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Final, Protocol, runtime_checkable

from attrs import field, frozen

from .errors import OptionError
from .model import Article

__all__ = [
    "REPLACEMENT",
    "Exporter",
    "Option",
    "atomic_output",
    "is_binary",
    "problems_with",
    "resolve_options",
    "streams",
    "temporary_files",
    "write_articles",
    "write_bytes",
    "writes_records",
    "xml_text",
]

_TEXT_MEDIA_SUFFIXES = ("+json", "+xml")
_TEXT_MEDIA_TYPES = frozenset({"application/json", "application/xml", "application/x-ndjson", "application/jsonl"})

#: What stands in for a character XML 1.0 cannot carry.
REPLACEMENT: Final = "\ufffd"
_NOT_XML_CHAR: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@runtime_checkable
class Exporter(Protocol):
    """The four members every exporter has (see ``docs/plugins.md``).

    An exporter may also have ``options``, a tuple of :class:`Option` it
    takes, and ``binary``, whether its output is bytes a terminal cannot show.

    How it takes its articles is optional too; an exporter that says nothing
    is given a ``Sequence`` (all the articles at once), as it always was:

    - ``streams = True``: ``write`` reads ``articles`` once, in order, and
      keeps none it has written, so it may be given any iterable (a
      generator over a million dumps) and memory stays flat;
    - ``record(article, **options) -> bytes`` with
      ``write_records(records, out, **options)``: the output is one piece per
      article inside a frame (a JSON array, an XML root, JSON lines).
      ``record`` is a pure function of one article, which a host may run in
      worker processes; ``write_records`` frames the pieces, given once and in
      order as any iterable. ``write_records(record(a) for a in articles)``
      writes exactly what ``write(articles)`` writes.
    """

    name: str
    suffix: str
    media_type: str

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        """Write ``articles`` to the binary stream ``out``."""


def problems_with(exporter: object) -> list[str]:
    """Why ``exporter`` breaks the contract; empty when it keeps it.

    >>> problems_with(object())[0]
    'name must be a non-empty string, not None'
    """
    problems = []
    for member in ("name", "suffix", "media_type"):
        value = getattr(exporter, member, None)
        if not isinstance(value, str) or not value:
            problems.append(f"{member} must be a non-empty string, not {value!r}")
    name = getattr(exporter, "name", None)
    if isinstance(name, str) and name and not name.replace("-", "").replace("_", "").isalnum():
        problems.append(f"name {name!r} must be letters, digits, '-' or '_'")
    suffix = getattr(exporter, "suffix", None)
    if isinstance(suffix, str) and suffix and not suffix.startswith("."):
        problems.append(f"suffix {suffix!r} must start with '.'")
    if isinstance(exporter, type):
        problems.append(f"register an instance, not the class {exporter.__name__}")
    elif not callable(getattr(exporter, "write", None)):
        problems.append("write(articles, out, **options) is missing")
    elif not _takes_articles_and_out(exporter.write):  # type: ignore[attr-defined]
        problems.append("write must take (articles, out, **options)")
    problems.extend(_declaration_problems(getattr(exporter, "options", None)))
    problems.extend(_streaming_problems(exporter))
    return problems


def _streaming_problems(exporter: object) -> list[str]:
    """What is wrong with the optional ``streams`` flag or the ``record`` / ``write_records`` pair."""
    problems = []
    declared = getattr(exporter, "streams", None)
    if declared is not None and not isinstance(declared, bool):
        problems.append(f"streams must be True or False, not {declared!r}")
    has = [callable(getattr(exporter, member, None)) for member in ("record", "write_records")]
    if any(has) and not all(has):
        problems.append("record(article, **options) and write_records(records, out, **options) come as a pair")
    return problems


def _takes_articles_and_out(write: Any) -> bool:
    try:
        inspect.signature(write).bind(None, None)
    except TypeError:
        return False
    except ValueError:  # no signature to inspect (some builtins): give it the benefit of the doubt
        return True
    return True


def _declaration_problems(declared: object) -> list[str]:
    """What is wrong with an exporter's ``options`` (``None``: it declares none, which is allowed)."""
    if declared is None:
        return []
    if not isinstance(declared, tuple) or not all(isinstance(option, Option) for option in declared):
        return [f"options must be a tuple of govnews.exporting.Option, not {declared!r}"]
    names = [option.name for option in declared]
    twice = sorted({name for name in names if names.count(name) > 1})
    return [f"options declares {', '.join(twice)} more than once"] if twice else []


# --- options -------------------------------------------------------------------

#: What an option's ``type`` may be: bool, int, str, or a tuple of the strings allowed.
OptionType = type[bool] | type[int] | type[str] | tuple[str, ...]
_TRUE: Final = frozenset({"1", "true", "yes", "on"})
_FALSE: Final = frozenset({"0", "false", "no", "off", ""})
_OPTION_NAME: Final = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_WHOLE_NUMBER: Final = re.compile(r"[+-]?[0-9]+")


def _check_name(_instance: Any, _attribute: Any, name: Any) -> None:
    if not isinstance(name, str) or not _OPTION_NAME.fullmatch(name):
        raise ValueError(f"an option name is a letter, then letters, digits, '-' or '_': {name!r}")


def _check_type(_instance: Any, _attribute: Any, kind: Any) -> None:
    if kind in (bool, int, str):
        return
    if isinstance(kind, tuple) and kind and all(isinstance(choice, str) for choice in kind):
        return
    raise TypeError(f"an option's type is bool, int, str or a tuple of choices, not {kind!r}")


def _check_default(instance: Option, _attribute: Any, default: Any) -> None:
    """``None``, or a value the option would give for itself (not one it would only convert to)."""
    if default is None:
        return
    try:
        converted = instance.convert(default)
    except ValueError as error:
        raise ValueError(f"option {instance.name}: the default {default!r} {error}") from None
    if converted != default or type(converted) is not type(default):
        raise ValueError(f"option {instance.name}: the default {default!r} is not a value of its type")


def _check_help(_instance: Any, _attribute: Any, text: Any) -> None:
    if not isinstance(text, str) or not text.strip():
        raise ValueError("an option needs a help text")


@frozen
class Option:
    """One option an exporter takes, declared in its ``options`` tuple.

    >>> indent = Option("indent", int, 2, "spaces of indentation; 0 for one line")
    >>> indent.convert("4"), Option("array", bool, False, "always an array").convert("yes")
    (4, True)

    Attributes:
        name: the option's name, as in ``-O name=value`` or ``export(..., name=value)``.
        type: ``bool`` (true/false, yes/no, on/off, 1/0), ``int`` (a whole
            number), ``str``, or a tuple of the strings allowed.
        default: the value when the option is not given; ``None`` for "not set".
        help: one line for ``govnews formats`` and the docs.
        check: optional; given the converted value, it returns why the value
            is unusable, or ``None`` when it is fine.

    Raises:
        TypeError, ValueError: the declaration itself is malformed.
    """

    name: str = field(validator=_check_name)
    type: OptionType = field(validator=_check_type)
    default: bool | int | str | None = field(validator=_check_default)
    help: str = field(validator=_check_help)
    check: Callable[[Any], str | None] | None = field(default=None, kw_only=True)

    def convert(self, value: object) -> bool | int | str:
        """``value`` (text from the command line, or a Python value) as this option's type.

        Raises:
            ValueError: the value cannot be read; the message says what is expected.
        """
        converted = self._typed(value)
        reason = self.check(converted) if self.check is not None else None
        if reason is not None:
            raise ValueError(reason)
        return converted

    def _typed(self, value: object) -> bool | int | str:
        if self.type is bool:
            if isinstance(value, bool):
                return value
            text = value.strip().lower() if isinstance(value, str) else None
            if text in _TRUE or text in _FALSE:
                return text in _TRUE
            raise ValueError("must be true or false")
        if self.type is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
                return int(value)
            raise ValueError("must be a whole number")
        if not isinstance(value, str):
            raise ValueError("must be text")
        if isinstance(self.type, tuple) and value not in self.type:
            raise ValueError(f"must be one of {', '.join(self.type)}")
        return value


def resolve_options(exporter: object, given: Mapping[str, Any], *, strict: bool = True) -> dict[str, Any]:
    """The options for ``exporter.write``: ``given`` read against the exporter's declaration.

    Each given value is converted to its option's type (``"4"`` to 4,
    ``"yes"`` to True); ``None`` counts as not given. Every declared option
    not given takes its default. The result holds exactly the declared
    options, so ``write`` can read them without checks.

    An exporter that declares no ``options`` (an older plugin) gets ``given``
    as it is, unchecked.

    ``strict=False`` leaves out, instead of refusing, an option the exporter
    does not take: what an exporter's own ``write`` uses on the options it
    receives, which a caller may have meant for several formats.

    >>> import govnews
    >>> resolve_options(govnews.exporters()["json"], {"indent": "0"})
    {'indent': 0, 'array': False}

    Raises:
        OptionError: an option the exporter does not take (when ``strict``),
            or a value it cannot read; the message names the option, the
            value and the options the exporter takes.
    """
    declared: tuple[Option, ...] | None = getattr(exporter, "options", None)
    if declared is None:
        return dict(given)
    format = str(getattr(exporter, "name", type(exporter).__name__))
    known = tuple(option.name for option in declared)
    by_name = {option.name: option for option in declared}
    resolved: dict[str, Any] = {option.name: option.default for option in declared}
    for name, value in given.items():
        option = by_name.get(name)
        if option is None:
            if strict:
                raise OptionError(format, name, value, None, known)
            continue
        if value is None:
            continue
        try:
            resolved[name] = option.convert(value)
        except ValueError as error:
            raise OptionError(format, name, value, str(error), known) from None
    return resolved


# --- text ----------------------------------------------------------------------------


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 cannot carry replaced by :data:`REPLACEMENT` (U+FFFD).

    Those are the C0 controls other than tab, newline and carriage return,
    U+FFFE, U+FFFF and lone surrogates; everything else is kept.

    >>> xml_text("a\\x00b\\tc")
    'a\\ufffdb\\tc'
    """
    return _NOT_XML_CHAR.sub(REPLACEMENT, text)


# --- output --------------------------------------------------------------------------


def is_binary(exporter: Exporter) -> bool:
    """Whether the output is bytes a terminal cannot show.

    An exporter may say so with a ``binary`` attribute; otherwise its media
    type decides (``text/*``, JSON and XML are text).
    """
    declared = getattr(exporter, "binary", None)
    if isinstance(declared, bool):
        return declared
    media = exporter.media_type.split(";")[0].strip().lower()
    return not (media.startswith("text/") or media in _TEXT_MEDIA_TYPES or media.endswith(_TEXT_MEDIA_SUFFIXES))


def streams(exporter: Exporter) -> bool:
    """Whether ``exporter`` takes its articles one at a time (``streams = True``, or a record writer)."""
    return getattr(exporter, "streams", None) is True or writes_records(exporter)


def writes_records(exporter: Exporter) -> bool:
    """Whether ``exporter`` has the ``record`` / ``write_records`` pair (see :class:`Exporter`)."""
    return callable(getattr(exporter, "record", None)) and callable(getattr(exporter, "write_records", None))


def write_articles(exporter: Exporter, articles: Iterable[Article], out: BinaryIO, **options: Any) -> None:
    """Feed ``articles`` to ``exporter`` the way it takes them, writing to ``out``.

    A streaming exporter gets them one at a time (a record writer through
    ``record`` and ``write_records``), so memory does not grow with their
    number; any other exporter gets them all at once, as a list.
    """
    if writes_records(exporter):
        record = exporter.record  # type: ignore[attr-defined]
        exporter.write_records((record(article, **options) for article in articles), out, **options)  # type: ignore[attr-defined]
    elif streams(exporter):
        exporter.write(iter(articles), out, **options)  # type: ignore[arg-type]
    else:
        exporter.write(articles if isinstance(articles, Sequence) else list(articles), out, **options)


#: What marks the temporary file of :func:`atomic_output`: ``.NAME.govnews-XXXXXXXX.part`` beside ``NAME``.
_TEMPORARY_MARK: Final = ".govnews-"
_TEMPORARY_SUFFIX: Final = ".part"
_TEMPORARY: Final = re.compile(r"\.(?P<name>.+)\.govnews-[a-z0-9_]{8}\.part")
#: At most this many bytes of the target's name go into the temporary file's name (names are at most 255).
_TEMPORARY_NAME_BYTES: Final = 200


def _temporary_stem(name: str) -> str:
    """The part of a target's name its temporary file carries: the name, cut to fit beside the mark."""
    stem = name
    while len(os.fsencode(stem)) > _TEMPORARY_NAME_BYTES:  # cut whole characters; a name is at most 255 bytes
        stem = stem[:-1]
    return stem


def temporary_files(directory: str | os.PathLike[str], names: Iterable[str] | None = None) -> Iterator[Path]:
    """The temporary files :func:`atomic_output` left in ``directory`` for targets named ``names`` (None: any).

    Such a file is left only when the process was killed while writing; a
    caller that knows no other process is writing those targets (one that
    checks the files' times against its own start) may remove them.
    """
    wanted = None if names is None else {_temporary_stem(name) for name in names}
    with os.scandir(directory) as entries:
        for entry in entries:
            found = _TEMPORARY.fullmatch(entry.name)
            if found is not None and (wanted is None or found["name"] in wanted):
                yield Path(entry.path)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success move it into place.

    The file appears whole or not at all: on any exception the temporary
    file is removed and ``path`` is left as it was. With ``overwrite=False``
    an existing ``path`` raises :class:`FileExistsError` and is kept. The
    temporary file is named ``.NAME.govnews-XXXXXXXX.part`` (``NAME`` cut to
    200 bytes); a process killed while writing leaves it, and
    :func:`temporary_files` finds it again.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise FileExistsError(f"{target} exists (use --force to replace it)")
    directory = target.parent if str(target.parent) else Path(".")
    prefix = f".{_temporary_stem(target.name)}{_TEMPORARY_MARK}"
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=_TEMPORARY_SUFFIX, dir=directory)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if not overwrite:
            # link() refuses to replace: the check above and the move are one step.
            os.link(tmp_name, target)
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):
        os.chmod(target, 0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(exporter: Exporter, articles: Iterable[Article], **options: Any) -> bytes:
    """Run ``exporter`` into memory and return what it wrote (articles fed as :func:`write_articles` does)."""
    buffer = io.BytesIO()
    write_articles(exporter, articles, buffer, **options)
    return buffer.getvalue()
