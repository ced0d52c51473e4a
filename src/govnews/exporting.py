"""What an exporter is, and writing its output whole or not at all."""

from __future__ import annotations

import contextlib
import inspect
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol, runtime_checkable

from .errors import ExportError
from .model import Article

__all__ = ["Exporter", "atomic_output", "flag", "is_binary", "problems_with", "write_bytes"]

_TEXT_MEDIA_SUFFIXES = ("+json", "+xml")
_TEXT_MEDIA_TYPES = frozenset({"application/json", "application/xml", "application/x-ndjson", "application/jsonl"})


@runtime_checkable
class Exporter(Protocol):
    """The four members every exporter has (see ``docs/plugins.md``)."""

    name: str
    suffix: str
    media_type: str

    def write(self, articles: Sequence[Article], out: BinaryIO, **options: Any) -> None:
        """Write ``articles`` to the binary stream ``out``."""


def problems_with(exporter: object) -> list[str]:
    """Why ``exporter`` breaks the contract; empty when it keeps it."""
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
    return problems


def _takes_articles_and_out(write: Any) -> bool:
    try:
        inspect.signature(write).bind(None, None)
    except TypeError:
        return False
    except ValueError:  # no signature to inspect (some builtins): give it the benefit of the doubt
        return True
    return True


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def flag(value: object) -> bool:
    """Read a yes/no exporter option, given as a bool or as text from ``-O key=value``.

    Raises:
        ExportError: the text is not one of true/false, yes/no, on/off, 1/0.
    """
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ExportError(f"expected true or false, not {value!r}")


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


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success move it into place.

    The file appears whole or not at all: on any exception the temporary
    file is removed and ``path`` is left as it was. With ``overwrite=False``
    an existing ``path`` raises :class:`FileExistsError` and is kept.
    """
    target = Path(path)
    if not overwrite and target.exists():
        raise FileExistsError(f"{target} exists (use --force to replace it)")
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
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


def write_bytes(exporter: Exporter, articles: Sequence[Article], **options: Any) -> bytes:
    """Run ``exporter`` into memory and return what it wrote."""
    buffer = io.BytesIO()
    exporter.write(articles, buffer, **options)
    return buffer.getvalue()
