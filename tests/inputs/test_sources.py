"""Finding the inputs of a batch: order, kinds, names; gzip with a cap."""

from __future__ import annotations

import gzip
import io
import os
import threading
from pathlib import Path, PurePath

import pytest

from govnews.batch import output_names
from govnews.errors import ParseError
from govnews.inputs.gzipped import gunzip
from govnews.inputs.sources import Entry, Problem, expand, kind_of, listed_paths, read_file, read_regular


def test_order_and_kinds(tmp_path: Path) -> None:
    """Arguments in order; a folder's entries sorted by name, subfolders where they sort; other files ignored."""
    for name in ("b.txt", "a/z.html", "a/y.txt.gz", "c.warc.gz", "notes.md", "d.HTM"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    found = list(expand([str(tmp_path / "b.txt"), str(tmp_path)]))
    assert [(e.relative, e.kind) for e in found if isinstance(e, Entry)] == [
        ("b.txt", "dump"),
        ("a/y.txt.gz", "gzip"),
        ("a/z.html", "dump"),
        ("b.txt", "dump"),
        ("c.warc.gz", "warc"),
        ("d.HTM", "dump"),
    ]


def test_names() -> None:
    """An entry's output name drops the suffixes of its kind; its full name keeps them."""
    for relative, name in (("a/b.txt", "a/b"), ("x.html.gz", "x"), ("crawl.warc.gz", "crawl"), ("noext", "noext")):
        entry = Entry(relative, kind_of(relative), relative)
        assert entry.name == PurePath(name)
        assert entry.full_name == PurePath(relative)


def test_problems_in_place(tmp_path: Path) -> None:
    """A missing path and an empty folder are problems in their place, with the reason."""
    (tmp_path / "empty").mkdir()
    found = list(expand([str(tmp_path / "gone"), str(tmp_path / "empty")]))
    assert found[0] == Problem(str(tmp_path / "gone"), "no such file or folder")
    assert isinstance(found[1], Problem) and found[1].reason.startswith("folder holds no dump (*.txt, *.htm")


def test_read_regular_refuses_a_fifo(tmp_path: Path) -> None:
    """Reading a FIFO is refused at once, not waited on."""
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(OSError, match=r"not a regular file \(a FIFO\)"):
        read_regular(str(tmp_path / "fifo"))
    with pytest.raises(OSError, match="character device"):
        read_regular("/dev/null")


@pytest.mark.parametrize("size", [0, 1, 4_095, 65_536, 65_537, 300_001])
def test_files_are_read_whole(tmp_path: Path, size: int) -> None:
    """A file is read to its last byte whatever its size, by both readers."""
    content = os.urandom(size)
    (tmp_path / "dump.txt").write_bytes(content)
    assert read_file(tmp_path / "dump.txt") == content
    assert read_regular(str(tmp_path / "dump.txt")) == content


def test_read_file_reads_a_fifo_to_its_end(tmp_path: Path) -> None:
    """A FIFO (no size to go by) is read until its writer closes it, chunk after chunk."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    content = os.urandom(200_000)
    writer = threading.Thread(target=fifo.write_bytes, args=(content,))
    writer.start()
    try:
        assert read_file(fifo) == content
    finally:
        writer.join()


def test_read_file_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_file(tmp_path)


def test_listed_paths() -> None:
    """One path a line, line ends removed (CRLF too), blank lines skipped, spaces inside kept."""
    assert list(listed_paths(["a.txt\n", "\n", "b c.txt\r\n", "   \n", "d.txt"])) == ["a.txt", "b c.txt", "d.txt"]


class TestGunzip:
    def test_round_trip(self) -> None:
        """Members one after another are all decompressed."""
        data = gzip.compress(b"first ") + gzip.compress(b"second")
        assert gunzip(io.BytesIO(data)) == b"first second"

    def test_bomb_is_refused(self) -> None:
        """Over the cap, it stops reading and says so; at the cap, it reads."""
        bomb = gzip.compress(b"\0" * 100_001)
        with pytest.raises(ParseError, match="decompresses to more than 100,000 bytes") as caught:
            gunzip(io.BytesIO(bomb), "bomb.txt.gz", limit=100_000)
        assert caught.value.path == "bomb.txt.gz"
        assert len(gunzip(io.BytesIO(gzip.compress(b"\0" * 100_000)), limit=100_000)) == 100_000

    def test_cut_short(self) -> None:
        """A gzip file cut short is a ParseError naming that."""
        with pytest.raises(ParseError, match="cut short"):
            gunzip(io.BytesIO(gzip.compress(b"x" * 1000)[:-10]))


class TestOutputNames:
    def names(self, *relatives: str) -> list[str]:
        entries: list[Entry | Problem] = [Entry(r, kind_of(r), r) for r in relatives]
        return [names.as_posix() for names in output_names(entries).values()]

    def test_unique_stems_stay(self) -> None:
        """Names nobody shares are the stems."""
        assert self.names("a.txt", "sub/a.txt", "b.html") == ["a", "sub/a", "b"]

    def test_shared_stems_keep_their_suffix(self) -> None:
        """Inputs whose stems collide keep their suffixes; the others do not."""
        assert self.names("a.txt", "a.html", "a.txt.gz", "b.txt") == ["a.txt", "a.html", "a.txt.gz", "b"]

    def test_still_shared_are_numbered(self) -> None:
        """The same name twice: the first keeps it, the next are numbered, skipping names another input has."""
        assert self.names("same.txt", "same.txt", "same.txt~2", "same.txt") == [
            "same.txt",
            "same.txt~3",
            "same.txt~2",
            "same.txt~4",
        ]

    def test_case_does_not_separate(self) -> None:
        """A.txt and a.txt are one name on a case-insensitive file system: they get two."""
        assert self.names("A.txt", "a.txt") == ["A.txt", "a.txt~2"]

    def test_problems_have_no_name(self) -> None:
        """Only entries get names, by their position."""
        entries: list[Entry | Problem] = [Problem("x", "gone"), Entry("a.txt", "dump", "a.txt")]
        assert output_names(entries) == {1: PurePath("a")}
