"""What a batch reads: command-line arguments (files, folders, ``-``) expanded into files, in order.

Nothing here reads a dump's content: :func:`expand` only finds the files and
says what kind each is, so a batch can decide every output name before it
writes anything and hand the reading itself to worker processes
(:func:`read_regular`). A path that cannot be used (missing, a name too
long, a FIFO or a device, a folder that cannot be listed) becomes a
:class:`Problem` in its place in the order, never an exception.

Order: the arguments as given; within a folder, its entries sorted by name,
files and subfolders alike, subfolders entered where they sort. Symbolic
links to files are followed; links to folders are not entered (no loops).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import PurePath
from typing import BinaryIO, Final, Literal

import attrs

__all__ = [
    "DUMP_SUFFIXES",
    "FOLDER_PATTERNS",
    "STDIN",
    "Entry",
    "Kind",
    "NotRegularFileError",
    "Problem",
    "describe_os_error",
    "expand",
    "is_searched",
    "kind_of",
    "listed_paths",
    "open_regular",
    "read_file",
    "read_regular",
]

#: The argument that stands for standard input.
STDIN: Final = "-"
#: The suffixes of a dump; each may be followed by ``.gz``.
DUMP_SUFFIXES: Final = (".txt", ".htm", ".html")
_WARC_SUFFIXES: Final = (".warc", ".warc.gz")
_GZIP_DUMP_SUFFIXES: Final = tuple(f"{suffix}.gz" for suffix in DUMP_SUFFIXES)
#: What a folder is searched for, as a person reads it.
FOLDER_PATTERNS: Final = ", ".join(f"*{s}" for s in (*DUMP_SUFFIXES, *_GZIP_DUMP_SUFFIXES, *_WARC_SUFFIXES))
#: How a file is opened for reading (Windows would translate newlines without ``O_BINARY``).
_READ_FLAGS: Final = os.O_RDONLY | getattr(os, "O_BINARY", 0)
#: How much a read asks for once a file's announced size is read (at once where the size is unknown).
_CHUNK: Final = 1 << 16

#: How a file is read: a dump as it is, a gzipped dump, a web archive, or standard input.
Kind = Literal["dump", "gzip", "warc", "stdin"]


@attrs.frozen
class Entry:
    """One file to read, found from the arguments.

    Attributes:
        path: the file as given or found (``-`` for standard input); messages name it.
        kind: how it is read (see :data:`Kind`).
        relative: its path below the folder given, ``/``-separated (a file
            given alone: its own name); what its output name is made of.
    """

    path: str
    kind: Kind
    relative: str

    @property
    def name(self) -> PurePath:
        """The output name: ``relative`` without the input's suffixes (``sub/a.txt.gz`` -> ``sub/a``)."""
        full = self.full_name
        return full.with_name(_stem(full.name, self.kind))

    @property
    def full_name(self) -> PurePath:
        """The output name with the input's suffixes kept (``sub/a.txt.gz``)."""
        return PurePath(self.relative)


@attrs.frozen
class Problem:
    """An argument, or a path found under one, that cannot be read; ``reason`` says why."""

    path: str
    reason: str


class NotRegularFileError(OSError):
    """A path that is no regular file (a FIFO, a device, a socket): reading it could block or never end."""


def kind_of(name: str) -> Kind:
    """The kind of a file, by its name: a WARC (``.warc``, ``.warc.gz``), a gzipped dump, or a dump."""
    lowered = name.lower()
    if lowered.endswith(_WARC_SUFFIXES):
        return "warc"
    if lowered.endswith(".gz"):
        return "gzip"
    return "dump"


def _stem(name: str, kind: Kind) -> str:
    """``name`` without the suffixes of its kind: ``a.txt`` -> ``a``, ``a.html.gz`` -> ``a``, ``c.warc.gz`` -> ``c``."""
    lowered = name.lower()
    for suffixes in (".warc.gz", ".warc") if kind == "warc" else (*_GZIP_DUMP_SUFFIXES, ".gz"):
        if lowered.endswith(suffixes) and len(name) > len(suffixes):
            return name[: -len(suffixes)]
    stem = PurePath(name).stem
    return stem or name


def _entry(path: str, relative: str) -> Entry:
    return Entry(path, kind_of(relative.rpartition("/")[2]), relative)


def is_searched(name: str) -> bool:
    """Whether a folder search takes a file of this name (see :data:`FOLDER_PATTERNS`)."""
    return name.lower().endswith((*DUMP_SUFFIXES, *_GZIP_DUMP_SUFFIXES, *_WARC_SUFFIXES))


def expand(arguments: Iterable[str]) -> Iterator[Entry | Problem]:
    """Each argument as the files to read, in order; each unusable path as a :class:`Problem` in its place.

    ``-`` is standard input; a folder is searched (see :data:`FOLDER_PATTERNS`);
    any other path is read as the kind its name says, whatever its suffix.
    """
    for argument in arguments:
        if argument == STDIN:
            yield Entry(STDIN, "stdin", "stdin")
            continue
        try:
            mode = os.stat(argument).st_mode
        except OSError as error:
            yield Problem(argument, describe_os_error(error))
            continue
        if stat.S_ISDIR(mode):
            found = False
            for item in _walk(argument, ""):
                found = found or isinstance(item, Entry)
                yield item
            if not found:
                yield Problem(argument, f"folder holds no dump ({FOLDER_PATTERNS})")
        elif stat.S_ISREG(mode):
            yield _entry(argument, os.path.basename(os.path.normpath(argument)))
        else:
            yield Problem(argument, _not_regular(mode))


def _walk(folder: str, relative: str) -> Iterator[Entry | Problem]:
    """The dumps under ``folder``, sorted by name level by level; a folder that cannot be listed is a Problem.

    Only the names of one folder are held while it is read (a sorted list of
    strings, about 70 bytes a name), not its directory entries.
    """
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError as error:
        yield Problem(folder, describe_os_error(error))
        return
    for name in names:
        path = os.path.join(folder, name)
        try:
            mode = os.stat(path, follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                mode = os.stat(path).st_mode
                if stat.S_ISDIR(mode):
                    continue  # a link to a folder is not entered: no loops
        except OSError as error:  # a dangling link, a name too long for a call, a file gone meanwhile
            if is_searched(name):
                yield Problem(path, describe_os_error(error))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(path, f"{relative}{name}/")
        elif is_searched(name):
            yield _entry(path, relative + name) if stat.S_ISREG(mode) else Problem(path, _not_regular(mode))


def listed_paths(lines: Iterable[str]) -> Iterator[str]:
    """The paths of a list (``--files-from``): one a line, the line's end removed; blank lines skipped."""
    for line in lines:
        path = line.rstrip("\r\n")
        if path.strip():
            yield path


def open_regular(path: str) -> BinaryIO:
    """The regular file at ``path``, open for reading; a FIFO, a device or a socket is refused, never waited on.

    The file is opened without blocking and checked through its open
    descriptor, so a FIFO put in a file's place after :func:`expand` looked
    is refused too.

    Raises:
        NotRegularFileError: ``path`` is no regular file.
        OSError: it cannot be opened.
    """
    descriptor = os.open(path, _READ_FLAGS | getattr(os, "O_NONBLOCK", 0))
    handle = open(descriptor, "rb", closefd=True)  # noqa: SIM115 (handed to the caller, who closes it)
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        handle.close()
        raise NotRegularFileError(errno.EINVAL, _not_regular(mode), path)
    return handle


def read_regular(path: str) -> bytes:
    """The bytes of the regular file at ``path`` (refused as by :func:`open_regular`)."""
    descriptor = os.open(path, _READ_FLAGS | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, _not_regular(info.st_mode), path)
        return _read_all(descriptor, info.st_size)
    finally:
        os.close(descriptor)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``, a FIFO or a device read to its end as well.

    Read by chunks, its size not asked: a dump of a few kilobytes takes one read and
    a last one that finds its end, and ``os.fstat`` (a system call, its result built
    of some twenty fields) would cost more than both reads.

    Raises:
        OSError: it cannot be opened or read.
    """
    descriptor = os.open(path, _READ_FLAGS)
    try:
        return _read_all(descriptor, 0)
    finally:
        os.close(descriptor)


def _read_all(descriptor: int, size: int) -> bytes:
    """Read an open file to its end in as few calls as its size allows.

    A file of known size takes one read and a last one that finds its end, where a
    buffered ``open(path, "rb").read()`` makes nine system calls in all: on a dump
    of a few kilobytes they cost more than decoding it. A byte more than the size
    is asked for first, so a file that grew since is read to its end too.
    """
    chunks: list[bytes] = []
    want = size + 1 if size else _CHUNK
    while chunk := os.read(descriptor, want):
        chunks.append(chunk)
        want = _CHUNK
    return b"".join(chunks)


def _not_regular(mode: int) -> str:
    for test, what in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return f"not a regular file ({what}); not read"
    return "not a regular file; not read"


def describe_os_error(error: OSError) -> str:
    """An OS error as a person reads it: ``no such file or folder``, ``File name too long`` …"""
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    return error.strerror or str(error)
