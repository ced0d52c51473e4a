"""What an exporter is, and writing its output whole or not at all."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol, runtime_checkable

from .model import Article

__all__ = ["Exporter", "atomic_output", "is_binary", "problems_with"]

_TEXT_MEDIA_SUFFIXES = ("+json", "+xml")
_TEXT_MEDIA_TYPES = frozenset(
    {"application/json", "application/xml", "application/x-ndjson", "application/jsonl"}
)


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
    if not callable(getattr(exporter, "write", None)):
        problems.append("write(articles, out, **options) is missing")
    return problems


def is_binary(exporter: Exporter) -> bool:
    """Whether the output is bytes a terminal cannot show.

    An exporter may say so with a ``binary`` attribute; otherwise its media
    type decides (``text/*``, JSON and XML are text).
    """
    declared = getattr(exporter, "binary", None)
    if isinstance(declared, bool):
        return declared
    media = exporter.media_type.split(";")[0].strip().lower()
    return not (
        media.startswith("text/")
        or media in _TEXT_MEDIA_TYPES
        or media.endswith(_TEXT_MEDIA_SUFFIXES)
    )


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
