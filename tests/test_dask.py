"""govnews.dask on a real distributed.LocalCluster with two worker processes (in-process, no service needed)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset
import pytest
from distributed import Client, LocalCluster

import govnews
import govnews.dask

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_inputs import WARC_PAGES, write_dumps, write_warc

sys.path.pop(0)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A cluster of two worker processes, one thread each, without a dashboard."""
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of 30 dumps in two subfolders, one bad file, and a WARC of two pages."""
    write_dumps(tmp_path / "corpus" / "a", 20)
    write_dumps(tmp_path / "corpus" / "b", 10)
    (tmp_path / "corpus" / "b" / "bad.txt").write_bytes(b"")
    write_warc(tmp_path / "corpus" / "crawl.warc.gz")
    return tmp_path / "corpus"


def test_counts_a_folder(client: Client, corpus: Path) -> None:
    """read_dumps over a folder: its articles counted on the cluster, the bad file left out."""
    bag = govnews.dask.read_dumps(str(corpus), files_per_partition=4)
    assert bag.npartitions > 2
    assert bag.count().compute() == 32
    urls = bag.map(lambda article: article.provenance.url).filter(lambda url: url is not None).compute()
    assert sorted(urls) == sorted(WARC_PAGES)


def test_errors_included(client: Client, corpus: Path) -> None:
    """errors='include': each bad input is a ParseError naming it, in its place."""
    items = govnews.dask.read_dumps(f"{corpus}/b/*.txt", errors="include").compute()
    errors = [item for item in items if isinstance(item, govnews.ParseError)]
    assert [(e.path, e.reason) for e in errors] == [(str(corpus / "b" / "bad.txt"), "empty input")]
    assert len(items) == 11


def test_writes_jsonl_and_parquet(client: Client, corpus: Path, tmp_path: Path) -> None:
    """to_jsonl and to_parquet write a file per partition, together every article once."""
    bag = govnews.dask.read_dumps(str(corpus / "a"), files_per_partition=5)
    written = govnews.dask.to_jsonl(bag, str(tmp_path / "jsonl" / "*.jsonl"))
    assert len(written) == 4
    lines = [line for path in sorted(written) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line)["title"] for line in lines] == [f"某县第{n}次工作会议" for n in range(20)]
    files = govnews.dask.to_parquet(bag, str(tmp_path / "parquet"), row_group=2)
    assert len(files) == 4
    titles = pyarrow.dataset.dataset(str(tmp_path / "parquet")).to_table().column("title").to_pylist()
    assert sorted(titles) == sorted(f"某县第{n}次工作会议" for n in range(20))
