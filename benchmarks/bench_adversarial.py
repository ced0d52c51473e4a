"""Adversarial benchmark: how ``govnews.parse`` grows on inputs built to make it rescan.

One odd file must not stall a batch of a million, so every stage has to be
linear in the size of its input. Each shape below is an input a careless
pattern or loop would pay for quadratically: unclosed ``<!--`` or ``<script>``
openers, thousands of labels on one line, long runs of spaces, deep HTML …
Each is built at 1x, 2x, 4x and 8x its size and parsed through the public
``govnews.parse(bytes)``; the best of several runs counts at each size. The
growth exponent is the slope of log(time) over log(size) fitted over the
four points: 1 is linear, 2 quadratic. The cost per MB at the largest size is
printed beside that of realistic dumps (``generate.py``).

The exit status is 1, naming the shapes, when an exponent passes
``--max-exponent``; 0 otherwise.

    .venv/bin/python benchmarks/bench_adversarial.py [--scale 1] [--shape NAME]
"""

from __future__ import annotations

import argparse
import gc
import math
import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from generate import DEFAULT_SEED, GIVEN, SURNAMES, make_dump

import govnews
from govnews.parsing import is_compiled

__all__ = [
    "MAX_EXPONENT",
    "SHAPES",
    "Result",
    "Shape",
    "fit_exponent",
    "format_header",
    "format_realistic",
    "format_row",
    "format_table",
    "main",
    "measure_realistic",
    "measure_shape",
]

#: Growth exponent above which a shape counts as superlinear.
MAX_EXPONENT: Final = 1.3
#: The sizes of each shape, as multiples of its 1x size.
FACTORS: Final = (1, 2, 4, 8)
#: Each point is timed at least this many times, and more while the runs so far
#: took less than ``MIN_POINT_SECONDS`` a point (at most ``MAX_REPEAT``); the best counts.
#: Times are CPU seconds of this process (``time.process_time``): other work on a
#: busy machine delays a run but does not add to them.
MIN_REPEAT: Final = 3
MAX_REPEAT: Final = 7
MIN_POINT_SECONDS: Final = 0.1
#: A point whose single run takes longer than this is not repeated, and no
#: larger size of that shape is run (a quadratic shape before its fix).
SLOW_RUN_SECONDS: Final = 20.0
#: Realistic dumps timed for the reference cost per MB.
REALISTIC_COUNT: Final = 400

# --- building blocks (invented text) ---------------------------------------------------

_PARA: Final = "会议指出,要认真落实各项工作部署,确保各项任务落到实处。"
_TITLE: Final = "某县召开安全生产工作推进会"
_HEAD: Final = f"当前位置:首页 > 新闻动态\n{_TITLE}\n发布时间:2024-03-05 10:20 来源:县政府办\n"
_BODY: Final = f"{_PARA}\n{_PARA}\n"
_TAIL: Final = "(记者 王伟)\n责任编辑:李娜\n"


def _names(count: int) -> list[str]:
    """``count`` distinct invented person names (surname and one or two given characters)."""
    names: list[str] = []
    for given in GIVEN:
        names += [surname + given for surname in SURNAMES]
    for first in GIVEN:
        for second in GIVEN:
            names += [surname + first + second for surname in SURNAMES]
            if len(names) >= count:
                return names[:count]
    return (names * (count // len(names) + 1))[:count]


def _dump(*parts: str) -> bytes:
    return "".join(parts).encode("utf-8")


def _page(body: str) -> bytes:
    """An HTML page around ``body``."""
    return _dump("<!DOCTYPE html><html><head><title>", _TITLE, "</title></head><body>", body, "</body></html>")


def _runs(space: str, n: int) -> bytes:
    """The lines of a page, each with a run of ``n`` ``space`` characters where a pattern may scan it."""
    gap = space * n
    return _dump(
        f"首页 >{gap}新闻动态\n当前位置:首页{gap}> 工作动态\n某县召开{gap}工作会议\n",
        f"来源:县政府办{gap}日报1\n作者:张三{gap}李四摄\n联系电话:{gap}x1\n[2020-01-01{gap}x]\n",
        f"某政发〔2020〕{gap}x号\n字号:{gap}大 中 小\n{_PARA}{gap}{_PARA}\n附件{gap}x\n",
        f"{_PARA}(记者{gap}王伟\n(西坪乡{gap}王立)\n编辑:{gap}李娜\n",
    )


# --- the shapes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """An adversarial input: ``build(n)`` gives its bytes for ``n`` units; ``unit`` units make 1x."""

    name: str
    what: str
    unit: int
    build: Callable[[int], bytes]


def _shapes() -> tuple[Shape, ...]:
    names = _names
    # One shape a row (name, what it is, unit, how it is built), left as laid out:
    # fmt: off
    return (
        # markup a text dump kept
        Shape("comment_openers", "unclosed <!-- after each paragraph", 8000,
              lambda n: _dump(_HEAD, f"{_PARA}<!--\n" * n)),
        Shape("script_openers", "unclosed <script> after each paragraph", 8000,
              lambda n: _dump(_HEAD, f"{_PARA}<script>\n" * n)),
        Shape("style_openers", "unclosed <style> after each paragraph", 7000,
              lambda n: _dump(_HEAD, f"{_PARA}<style>\n" * n)),
        Shape("script_without_gt", '"<script src=…" and no ">" anywhere', 8000,
              lambda n: _dump(_HEAD, f'{_PARA}<script src="a.js" \n' * n)),
        Shape("closers_without_openers", "</script> and --> with no opener", 8000,
              lambda n: _dump(_HEAD, f"{_PARA}</script>-->\n" * n)),
        Shape("unclosed_tags", "tags without >, quoted values left open", 5000,
              lambda n: _dump(_HEAD, f"{_PARA}<a href=\"x\" title='y' <p class=c <b x=\"{_PARA}\n" * n)),
        Shape("long_tag_names", "'<' then a run of letters, no '>'", 200_000,
              lambda n: _dump(_HEAD, "<", "a" * n, " <a ", "b" * n, "\n", _BODY)),
        Shape("angle_brackets", "'<' that opens no tag, again and again", 8000,
              lambda n: _dump(_HEAD, "PM2.5<35微克, a<b 且 c>d, <<返回 <1 < 2\n" * n)),
        # markup a page shows as text
        Shape("escaped_script_html", "HTML page showing &lt;script&gt; in each paragraph", 4000,
              lambda n: _page(f"<p>&lt;script&gt;{_PARA}</p>" * n)),
        Shape("escaped_comment_html", "HTML page showing &lt;!-- in each paragraph", 4000,
              lambda n: _page(f"<p>&lt;!--{_PARA}</p>" * n)),
        # HTML structure
        Shape("nested_divs", "<div> nested n deep", 5000,
              lambda n: _page("<div>段落" * n + "</div>" * n)),
        Shape("nested_div_blocks", "<div> nested 500 deep, again and again", 20000,
              lambda n: _page(("<div>" * 500 + "段落" + "</div>" * 500) * max(1, n // 500))),
        Shape("nested_tables", "<table><tr><td> nested n deep", 2000,
              lambda n: _page("<table><tr><td>格" * n + "</td></tr></table>" * n)),
        Shape("nested_table_blocks", "<table><tr><td> nested 200 deep, again and again", 8000,
              lambda n: _page(("<table><tr><td>" * 200 + "格" + "</td></tr></table>" * 200) * max(1, n // 200))),
        Shape("stray_end_tags", "n open <div>, then n </span> that close nothing", 5000,
              lambda n: _page("<div>" * n + "文字" + "</span>" * n)),
        Shape("unclosed_inline_tags", "<p><b><i><span> never closed", 4000,
              lambda n: _page(f"<p>{_PARA}<b><i><span>" * n)),
        Shape("table_cells", "one row of n <td>", 16000,
              lambda n: _page("<table><tr>" + "<td>格</td>" * n + "</tr></table>")),
        Shape("unclosed_html_comment", "HTML page with <!-- never closed in each paragraph", 11000,
              lambda n: _page(f"<p>{_PARA}<!--</p>" * n)),
        # labels and metadata
        Shape("labels_one_line", "来源/作者/浏览次数 repeated on one line", 2400,
              lambda n: _dump(_TITLE, "\n", "".join(
                  f"来源:某某日报 | 作者:{name} 浏览次数:{i} " for i, name in enumerate(names(n))), "\n", _BODY)),
        Shape("label_lines", "one metadata line after another", 4000,
              lambda n: _dump(_TITLE, "\n", "".join(
                  f"来源:某某日报 作者:{name} 浏览次数:{i}\n" for i, name in enumerate(names(n))), _BODY)),
        Shape("lone_labels", "labels alone on their lines, the value under each", 4000,
              lambda n: _dump(_TITLE, "\n", "".join(
                  f"信息分类\n财政审计\n作者\n{name}\n" for name in names(n)), _BODY)),
        Shape("credit_names", "作者: then n distinct names", 25000,
              lambda n: _dump(_HEAD, "作者:", " ".join(names(n)), "\n", _BODY)),
        Shape("document_numbers", "a 文号 line after another", 6000,
              lambda n: _dump(_TITLE, "\n", "".join(f"某政发〔2020〕{i}号\n" for i in range(n)), _BODY)),
        # location trails
        Shape("trail_separators", "首页 > a > b > … on one line", 28000,
              lambda n: _dump("当前位置:首页", "".join(f" > 栏目{i}" for i in range(n)), "\n", _TITLE, "\n", _BODY)),
        Shape("trail_hyphens", "a run of hyphens in a trail line", 200_000,
              lambda n: _dump("首页 > 新闻", "-" * n, "动态\n妇女儿童 > 工作", "-" * n, "动态\n",
                              _TITLE, "\n", _BODY)),
        Shape("trail_row_cells", "a trail row with n cells", 4000,
              lambda n: _dump("当前位置:首页 > 新闻", "    某乡召开会议    2012-11-05    来源:某乡" * n, "\n", _BODY)),
        # spaces
        Shape("space_runs", "runs of spaces in every kind of line", 55_000,
              lambda n: _runs(" ", n)),
        Shape("fullwidth_space_runs", "runs of U+3000 in every kind of line", 30_000,
              lambda n: _runs("\u3000", n)),
        Shape("nbsp_runs", "runs of NBSP in every kind of line", 35_000,
              lambda n: _runs("\u00a0", n)),
        Shape("rare_space_runs", "runs of en spaces and tabs in every kind of line", 8_600,
              lambda n: _runs("\u2002\t", n)),
        # lines
        Shape("huge_prose_line", "one huge line of prose", 12000,
              lambda n: _dump(_HEAD, _PARA * n, "\n")),
        Shape("huge_title_line", "one huge line without punctuation, then short lines", 7000,
              lambda n: _dump("甲乙丙丁戊己庚辛" * n, "\n", "丙丁戊己:\n" * n, _BODY)),
        Shape("short_lines", "n short lines, no prose", 20000,
              lambda n: _dump("".join(f"短行{i}\n" for i in range(n)))),
        Shape("banners_under_widgets", "n widget lines, then n lines naming an office, then the text", 6000,
              lambda n: _dump("无障碍 | 长者版\n" * n, "某县卫生健康局\n" * n, _BODY)),
        Shape("issue_numbers", "the headline printed again, then n issue numbers alone on their lines", 6000,
              lambda n: _dump(_TITLE, "\n发布时间:2024-01-02\n", _TITLE, "\n", "第1期\n" * n, _BODY)),
        Shape("disclosure_fields_under_text", "n disclosure fields ending as sentences, then a line of text", 9000,
              lambda n: _dump(_HEAD, f"{_PARA}\n", "文号:某政发〔2020〕1号。\n发布机构:某县政府。\n" * n, _PARA, "\n")),
        Shape("many_paragraphs", "a realistic head, then n paragraphs", 9000,
              lambda n: _dump(_HEAD, f"{_PARA}\n" * n, _TAIL)),
        Shape("repeated_lines_fullwidth", "full-width text; a long line, then lines it already holds", 4000,
              lambda n: _dump(_HEAD, "丙" * (40 * n), "甲，乙。\n", "甲，乙。\n" * n)),
        Shape("fullwidth_trail", "full-width page; a trail of n items, each with digits", 13000,
              lambda n: _dump("当前位置：首页", "".join(f" ＞ 栏目{i}" for i in range(n)), "\n", _TITLE, "\n", _BODY)),
        Shape("spilled_counters", "full-width page; prose glued after widgets, its counter rewritten", 800,
              lambda n: _dump(_TITLE, "\n", "".join(
                  f"来源：某某日报 【打印】 会议指出，{i}次浏览，{_PARA * 3}\n" for i in range(n)), _BODY)),
        Shape("invisible_chars", "a zero-width space between every character", 7000,
              lambda n: _dump(_HEAD, "\u200b".join(_PARA * n), "\n")),
        # dates
        Shape("date_tokens", "dates one after another on a line and on lines", 6000,
              lambda n: _dump(_TITLE, "\n发布时间:", "2020-01-01 08:00 " * n, "\n",
                              "2021年1月1日\n" * n, _BODY)),
        Shape("glued_dates", "date-like tokens glued in a labelled value", 9000,
              lambda n: _dump(_TITLE, "\n来源:", "2020-" * n, "1\n作者:某", "2020.1 12:" * n, "x1\n",
                              "编辑:某", "2020/" * n, " 1\n", _BODY)),
        # credits and parentheses
        Shape("credit_parens", "(记者 某某) runs after the text and on lines", 3400,
              lambda n: _dump(_HEAD, _PARA, "".join(f"(记者 {name})" for name in names(n)), "\n",
                              "".join(f"(记者 {name})\n" for name in names(n)))),
        Shape("open_parens", "(记者 某某 opened and never closed", 60000,
              lambda n: _dump(_HEAD, _PARA, "(记者 王伟 " * n, "\n", _PARA, "(" * n, "\n")),
        # decoding
        Shape("big5_bytes", "a Big5 page (not UTF-8; GB18030 decodes it with private-use characters)", 4800,
              lambda n: ("會議指出,要認真落實各項工作部署,確保各項任務落到實處。\n" * n).encode("big5")),
    )
    # fmt: on


SHAPES: Final = _shapes()


# --- measuring ---------------------------------------------------------------------------


def _cpu_time(data: bytes) -> float:
    """CPU seconds of one ``govnews.parse(data)``."""
    start = time.process_time()
    govnews.parse(data)
    return time.process_time() - start


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """The least-squares slope of log(time) over log(size): 1 for linear growth, 2 for quadratic."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread


@dataclass(frozen=True)
class Result:
    """One shape measured: bytes and best seconds at each size run (a slow shape stops early)."""

    shape: str
    sizes: tuple[int, ...]
    seconds: tuple[float, ...]

    @property
    def exponent(self) -> float:
        return fit_exponent(self.sizes, self.seconds) if len(self.sizes) > 1 else math.nan

    @property
    def seconds_per_mb(self) -> float:
        """Cost per MB (10^6 bytes) at the largest size run."""
        return self.seconds[-1] / (self.sizes[-1] / 1e6)


def measure_shape(shape: Shape, scale: float) -> Result:
    """Parse ``shape`` at each of ``FACTORS`` times its 1x size (times ``scale``).

    The sizes are timed in turns, smallest to largest, round after round, and each
    keeps its best run: a burst of other work on the machine slows one round of every
    size, not every run of one size, so it cannot bend the fitted exponent.
    """
    inputs = [shape.build(max(1, round(shape.unit * scale * factor))) for factor in FACTORS]
    best = [math.inf] * len(inputs)
    spent = 0.0
    gc.collect()
    for run in range(MAX_REPEAT):
        for i, data in enumerate(inputs):
            took = _cpu_time(data)
            best[i] = min(best[i], took)
            spent += took
            if took > SLOW_RUN_SECONDS:
                del inputs[i + 1 :], best[i + 1 :]
                break
        done_enough = run + 1 >= MIN_REPEAT and spent >= MIN_POINT_SECONDS * len(inputs)
        if done_enough or best[-1] > SLOW_RUN_SECONDS:
            break
    return Result(shape.name, tuple(map(len, inputs)), tuple(best))


def measure_realistic(count: int = REALISTIC_COUNT, seed: int = DEFAULT_SEED) -> float:
    """Seconds per MB of parsing ``count`` realistic dumps (``generate.py``), best of ``MIN_REPEAT``."""
    rng = random.Random(seed)
    dumps = [make_dump(rng) for _ in range(count)]
    size = sum(map(len, dumps))
    best = math.inf
    for _ in range(MIN_REPEAT):
        gc.collect()
        start = time.process_time()
        for data in dumps:
            govnews.parse(data)
        best = min(best, time.process_time() - start)
    return best / (size / 1e6)


def format_header() -> str:
    """The table's heading lines."""
    head = f"{'shape':<26}" + "".join(f"{f'{f}x':>9}" for f in FACTORS)
    head += f"{'8x MB':>8}{'exponent':>10}{'s/MB':>9}{'x real':>8}"
    return head + "\n" + "-" * len(head)


def format_row(result: Result, realistic: float, max_exponent: float) -> str:
    """One shape's row: seconds at each size, 8x size, exponent, cost per MB and its ratio to realistic dumps."""
    r = result
    cells = "".join(f"{s:9.3f}" for s in r.seconds) + " " * 9 * (len(FACTORS) - len(r.seconds))
    flag = "  SUPERLINEAR" if r.exponent > max_exponent else ""
    return (
        f"{r.shape:<26}{cells}{r.sizes[-1] / 1e6:8.2f}{r.exponent:10.2f}"
        f"{r.seconds_per_mb:9.3f}{r.seconds_per_mb / realistic:8.1f}{flag}"
    )


def format_realistic(realistic: float) -> str:
    """The reference row: realistic dumps' cost per MB."""
    return f"{'realistic (generate.py)':<26}" + " " * (9 * len(FACTORS) + 18) + f"{realistic:9.3f}{1:8.1f}"


def format_table(results: Sequence[Result], realistic: float, max_exponent: float) -> str:
    """The whole table: heading, one row a shape, the realistic reference last."""
    rows = [format_row(r, realistic, max_exponent) for r in results]
    return "\n".join([format_header(), *rows, format_realistic(realistic)])


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: measure the shapes, print the table; exit 1 when an exponent passes the limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size multiplier of every point (default 1)")
    parser.add_argument(
        "--max-exponent", type=float, default=MAX_EXPONENT, help="fail above this growth exponent (default %(default)s)"
    )
    parser.add_argument(
        "--shape",
        action="append",
        choices=[s.name for s in SHAPES],
        metavar="NAME",
        help="run only this shape (repeatable); default: all",
    )
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    chosen = [s for s in SHAPES if not args.shape or s.name in args.shape]
    build = "compiled (mypyc)" if is_compiled() else "interpreted"
    print(
        f"govnews adversarial benchmark: govnews {govnews.__version__}, parser {build}, "
        f"{platform.python_implementation()} {platform.python_version()}"
    )
    print(
        f"scale {args.scale:g}; each point the best of {MIN_REPEAT}-{MAX_REPEAT} runs of govnews.parse(bytes); "
        f"exponent = log-log slope over {'/'.join(f'{f}x' for f in FACTORS)}"
    )
    print()
    realistic = measure_realistic()
    print(format_header(), flush=True)
    results = []
    for shape in chosen:
        results.append(measure_shape(shape, args.scale))
        print(format_row(results[-1], realistic, args.max_exponent), flush=True)
    print(format_realistic(realistic))
    failed = [r.shape for r in results if r.exponent > args.max_exponent]
    if failed:
        print(f"\nsuperlinear (exponent > {args.max_exponent:g}): {', '.join(failed)}")
        return 1
    print(f"\nevery shape grows linearly (exponent <= {args.max_exponent:g})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
