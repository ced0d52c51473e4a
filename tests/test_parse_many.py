"""govnews.parse_many: many inputs streamed, in order, an Article or a ParseError naming the input each."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import govnews

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_inputs import WARC_PAGES, dump, write_dumps, write_warc

sys.path.pop(0)


def test_public() -> None:
    """parse_many is public API with a docstring."""
    assert "parse_many" in govnews.__all__
    assert govnews.parse_many.__doc__ and "ParseError" in govnews.parse_many.__doc__


@pytest.mark.parametrize("jobs", [1, 2, 0])
def test_in_order_article_or_error(tmp_path: Path, jobs: int) -> None:
    """Each input gives its Article or its ParseError, in input order, whatever the number of processes."""
    paths = write_dumps(tmp_path / "d", 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    inputs = [*paths[:25], tmp_path / "empty.txt", tmp_path / "missing.txt", *paths[25:]]
    items = list(govnews.parse_many(inputs, jobs=jobs))
    assert len(items) == 52
    errors = [item for item in items if isinstance(item, govnews.ParseError)]
    assert [(e.path, e.reason) for e in errors] == [
        (str(tmp_path / "empty.txt"), "empty input"),
        (str(tmp_path / "missing.txt"), "no such file or folder"),
    ]
    titles = [item.title for item in items if isinstance(item, govnews.Article)]
    assert titles == [f"某县第{n}次工作会议" for n in range(50)]
    assert items[0] == govnews.parse_file(paths[0])


def test_folders_gzip_and_warc(tmp_path: Path) -> None:
    """A folder is searched as the command line does; a .gz is decompressed; a WARC gives its pages with URLs."""
    write_dumps(tmp_path / "d", 2)
    (tmp_path / "d" / "z.txt.gz").write_bytes(gzip.compress(dump("某县召开压缩工作会").encode()))
    write_warc(tmp_path / "crawl.warc.gz")
    items = list(govnews.parse_many([tmp_path / "d", tmp_path / "crawl.warc.gz"]))
    assert all(isinstance(item, govnews.Article) for item in items)
    articles = [item for item in items if isinstance(item, govnews.Article)]
    dumps = ["某县第0次工作会议", "某县第1次工作会议", "某县召开压缩工作会"]
    assert [a.title for a in articles] == [*dumps, *WARC_PAGES.values()]
    assert [a.provenance.url for a in articles[3:] if a.provenance] == list(WARC_PAGES)


def test_streams_lazily(tmp_path: Path) -> None:
    """Inputs are taken as the items are asked for: a generator of paths is not drained up front."""
    paths = write_dumps(tmp_path / "d", 10)
    taken: list[Path] = []

    def inputs() -> Iterator[Path]:
        for path in paths:
            taken.append(path)
            yield path

    items = govnews.parse_many(inputs())
    first = next(items)
    assert isinstance(first, govnews.Article) and len(taken) == 1
    items.close()


def test_stopping_early_with_workers(tmp_path: Path) -> None:
    """Leaving the loop early with worker processes ends them; nothing hangs."""
    paths = write_dumps(tmp_path / "d", 300)
    for number, item in enumerate(govnews.parse_many(paths, jobs=2)):
        assert isinstance(item, govnews.Article)
        if number == 3:
            break
