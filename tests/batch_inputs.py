"""Inputs the batch tests share: invented dumps and pages, a WARC written with warcio, many dumps at once."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DUMP = (
    "首页 > 县政府信息\n某县召开春季植树动员会\n发布时间:2021-03-05 09:30 来源:县政府办\n\n"
    "3月4日,某县召开春季植树动员会。\n\n会议要求各乡镇抓好落实。\n"
)

PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_某县人民政府</title></head><body>'
    '<div class="crumb">首页 &gt; 县政府信息</div><h1>{title}</h1>'
    "<div>发布时间:2021-10-05 09:30 来源:县政府办</div>"
    "<p>10月4日,某县召开{title}。</p><p>会议要求各乡镇抓好落实。</p></body></html>"
)


def dump(title: str, padding: int = 0) -> str:
    """A text dump whose headline is ``title``; ``padding`` more sentences make it longer."""
    return DUMP.replace("某县召开春季植树动员会", title) + "各单位要压实责任。\n" * padding


def page(title: str) -> bytes:
    """An HTML page (UTF-8) whose headline is ``title``."""
    return PAGE.format(title=title).encode("utf-8")


def write_dumps(folder: Path, count: int, padding: int = 0) -> list[Path]:
    """``count`` dumps named ``0000.txt`` … in ``folder``, headlines numbered in the same order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        path.write_text(dump(f"某县第{number}次工作会议", padding), encoding="utf-8")
        paths.append(path)
    return paths


#: The pages of :func:`write_warc`, by target URI, in record order.
WARC_PAGES = {
    "https://www.example.gov.cn/art/2021/10/5/art_1_1.html": "某县召开秋季防火工作会",
    "https://www.example.gov.cn/art/2021/10/6/art_1_2.html": "某县召开冬季供暖协调会",
}
#: The records of :func:`write_warc` that are no HTML page: warcinfo, a request, an image response.
WARC_OTHER_RECORDS = 3


def write_warc(path: Path, *, compress: bool = True, empty_page: bool = False) -> None:
    """A WARC of invented records: warcinfo, a request, the HTML pages of WARC_PAGES (the second
    gzip-encoded in transit), a PNG response, and with ``empty_page`` an HTML page with no text."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "govnews tests"}))
        first = next(iter(WARC_PAGES))
        request = StatusAndHeaders(
            "GET /art/2021/10/5/art_1_1.html HTTP/1.1", [("Host", "www.example.gov.cn")], is_http_request=True
        )
        writer.write_record(_record(writer, first, "request", b"", request))
        for number, (uri, title) in enumerate(WARC_PAGES.items()):
            body, headers = page(title), [("Content-Type", "text/html; charset=utf-8")]
            if number == 1:
                body, headers = gzip.compress(body), [*headers, ("Content-Encoding", "gzip")]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            writer.write_record(_record(writer, uri, "response", body, http))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(_record(writer, "https://www.example.gov.cn/logo.png", "response", b"\x89PNG\r\n", image))
        if empty_page:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            empty = b"<html><body></body></html>"
            writer.write_record(_record(writer, "https://www.example.gov.cn/empty.html", "response", empty, http))


def write_warc_page(path: Path, uri: str, body: bytes, content_type: str) -> None:
    """A WARC (uncompressed) of one HTML response: ``body`` served with that ``Content-Type`` header."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(_record(writer, uri, "response", body, http))


def _record(writer: WARCWriter, uri: str, kind: str, body: bytes, http: StatusAndHeaders) -> object:
    """A record whose length is given, so warcio needs no temporary file to measure it."""
    return writer.create_warc_record(uri, kind, payload=io.BytesIO(body), length=len(body), http_headers=http)
