"""Deep markup is flattened before lexbor reads it: never more than 512 elements open, no text lost.

One invented page per HTML structure shape of ``benchmarks/bench_adversarial.py`` (and per way a
page gets deep), at a small size past the cap: lexbor is given at most the cap, and the reader
shows the text lexbor shows of the page unflattened, in its order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest
from selectolax.lexbor import LexborHTMLParser, LexborNode

import govnews
from govnews.inputs.html import html_to_text
from govnews.inputs.html.layout import lay_out
from govnews.inputs.html.nesting import FEW_TAGS, MANY_TAGS, MAX_DEPTH, cap_nesting, may_nest_deeply

#: Levels past the cap in the pages below.
DEEP = MAX_DEPTH + 100


def page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>某县召开会议</title></head><body>{body}</body></html>"


def words(count: int) -> list[str]:
    """``count`` numbered words: where each one ends up in the text shows what was lost or moved."""
    return [f"第{number}段" for number in range(count)]


def depth(root: LexborNode) -> int:
    """How many elements deep the tree goes (``<html>`` is 1)."""
    deepest = 0
    pending = [(root, 1)]
    while pending:
        node, level = pending.pop()
        deepest = max(deepest, level)
        child = node.child
        while child is not None:
            if child.tag and child.tag[0] not in "-_!":
                pending.append((child, level + 1))
            child = child.next
    return deepest


def unflattened_text(markup: str) -> str:
    """The text of the page as lexbor builds it without the cap."""
    root = LexborHTMLParser(markup).root
    assert root is not None
    return lay_out(root).text()


def numbered(text: str) -> list[str]:
    return re.findall(r"第\d+段", text)


SHAPES: dict[str, Callable[[int], str]] = {
    # the HTML structure shapes of the adversarial benchmark
    "nested_divs": lambda n: page("".join(f"<div>{w}" for w in words(n)) + "</div>" * n),
    "nested_div_blocks": lambda n: page(("<div>" * 500 + "{}" + "</div>" * 500) * 3).format(*words(3)),
    "nested_tables": lambda n: page("".join(f"<table><tr><td>{w}" for w in words(n)) + "</td></tr></table>" * n),
    "nested_table_blocks": lambda n: page(("<table><tr><td>" * 200 + "{}" + "</td></tr></table>" * 200) * 3).format(
        *words(3)
    ),
    "stray_end_tags": lambda n: page("".join(f"<div>{w}" for w in words(n)) + "</span>" * n),
    "unclosed_inline_tags": lambda n: page("".join(f"<p>{w}<b><i><span>" for w in words(n))),
    "table_cells": lambda n: page("<table><tr>" + "".join(f"<td>{w}</td>" for w in words(n)) + "</tr></table>"),
    "unclosed_html_comment": lambda n: page("".join(f"<p>{w}<!--</p>" for w in words(n))),
    # more ways to be deep: each makes lexbor walk its whole stack at every tag
    "open_spans_then_blocks": lambda n: page("<span>" * n + "".join(f"<div>{w}" for w in words(n))),
    "block_end_tags_crossing_blocks": lambda n: page("".join(f"<span><div>{w}</span>" for w in words(n))),
    "items_in_deep_divs": lambda n: page("<div>" * n + "<ul>" + "".join(f"<li>{w}" for w in words(n))),
    "nested_lists": lambda n: page("".join(f"<ul><li>{w}" for w in words(n))),
    "stray_paragraph_ends": lambda n: page("".join(f"<div>{w}" for w in words(n)) + "</p>" * n),
    "bold_around_blocks": lambda n: page("".join(f"<b><div>{w}</b>" for w in words(n))),
    "deep_table": lambda n: page(
        "<div>" * n + "<table><tr><td>第0段</td><td>第1段</td></tr><tr><td>第2段</td></tr></table>" + "</div>" * n
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_deep_page_keeps_its_text_and_gives_lexbor_the_cap(shape: str) -> None:
    """Past the cap, lexbor gets at most 512 elements open, and the text is the unflattened page's."""
    markup = SHAPES[shape](DEEP)
    assert depth(LexborHTMLParser(cap_nesting(markup)).root) <= MAX_DEPTH + 2  # <html> and an implied <tbody>
    text = html_to_text(markup)
    expected = unflattened_text(markup)
    assert numbered(text) == numbered(expected)
    assert text.split() == expected.split()


def test_dropped_blocks_keep_their_lines() -> None:
    """Each block past the cap still starts a line of its own, and a paragraph is still set apart."""
    markup = page("<div>" * DEEP + "".join(f"<div>{w}</div><p>{w}段</p>" for w in words(3)) + "</div>" * DEEP)
    assert html_to_text(markup) == unflattened_text(markup)


def test_hidden_element_past_the_cap_goes_with_its_content() -> None:
    """What a reader never sees (a hidden block, an <svg>, a <select>) stays unseen past the cap."""
    hidden = '<div class="hidden">隐藏的字<div>藏</div></div><svg><text>图中字</text></svg><select><option>选项'
    markup = page("<div>" * DEEP + hidden + "</select><p>第0段</p>" + "</div>" * DEEP)
    assert LexborHTMLParser(cap_nesting(markup)).html.count("<div") <= MAX_DEPTH
    assert html_to_text(markup) == unflattened_text(markup) == "第0段"


def test_deep_page_parses_to_its_article() -> None:
    """A page whose article sits under thousands of levels is read like any other."""
    body = (
        "<div>" * 3 * MAX_DEPTH
        + "<h1>某县召开春季植树动员会</h1><div>发布时间:2021-03-05 来源:县政府办</div>"
        + "<p>3月4日,某县召开春季植树动员会,部署今年的植树造林工作,要求各乡镇抓好落实。</p>"
        + "</div>" * 3 * MAX_DEPTH
    )
    article = govnews.parse(page(body).encode("utf-8"))
    assert article.title == "某县召开春季植树动员会"
    assert str(article.published) == "2021-03-05"
    assert article.body[-1].text.endswith("要求各乡镇抓好落实。")


#: Tags of random misnested markup (no formatting element, which lexbor would reopen past the model's count).
MISNESTED = ["div", "span", "p", "li", "ul", "form", "select", "option", "svg", "g", "math", "mi", "button", "h1"]
MISNESTED += ["dd", "dl", "section", "center"]
TABLE_PARTS = ["table", "tr", "td", "th", "tbody"]


def misnested_page(rng: random.Random, names: list[str]) -> str:
    """600 levels, then 3,000 random start tags, end tags and numbered words."""
    pieces = [f"<{rng.choice(('div', 'span', 'section', 'ul', 'center'))}>" for _ in range(DEEP)]
    for number in range(3000):
        draw = rng.random()
        if draw < 0.5:
            pieces.append(f"<{rng.choice(names)}>")
        elif draw < 0.8:
            pieces.append(f"</{rng.choice(names)}>")
        else:
            pieces.append(f" 第{number}段 ")
    return page("".join(pieces))


def test_random_misnested_markup_keeps_its_text_in_order() -> None:
    """Misnested markup of every kind (lists, forms, selects, foreign content, stray end tags) past the
    cap: lexbor gets at most the cap and the text is the unflattened page's, in its order."""
    rng = random.Random(2024)
    for _ in range(5):
        markup = misnested_page(rng, MISNESTED)
        flattened = cap_nesting(markup)
        assert flattened is not markup
        assert depth(LexborHTMLParser(flattened).root) <= MAX_DEPTH + 2
        assert numbered(html_to_text(markup)) == numbered(unflattened_text(markup))


def test_random_misnested_tables_keep_their_text() -> None:
    """With table parts too, no word is lost or doubled. (Text misplaced in a table outside its cells,
    which a browser moves before the table, keeps its place in the markup once the table is dropped.)"""
    rng = random.Random(2025)
    for _ in range(5):
        markup = misnested_page(rng, MISNESTED + TABLE_PARTS)
        assert depth(LexborHTMLParser(cap_nesting(markup)).root) <= MAX_DEPTH + 2
        assert sorted(numbered(html_to_text(markup))) == sorted(numbered(unflattened_text(markup)))


#: Two sentences of a paragraph: real pages spread their tags over text like this.
PROSE = "会议指出,要认真落实各项工作部署,确保各项任务落到实处。" * 2


class TestWhatIsLeftAlone:
    def test_shallow_page_is_returned_as_it_is(self) -> None:
        """A page that may be deep but is not (500 levels, again and again) comes back unchanged."""
        markup = SHAPES["nested_div_blocks"](0)
        assert may_nest_deeply(markup)
        assert cap_nesting(markup) is markup

    def test_page_of_few_or_sparse_tags_is_not_looked_at(self) -> None:
        """Few tags, or tags spread over text as on real pages: no pass at all, however they nest."""
        few = page("<div>第0段" * (FEW_TAGS // 2))
        sparse = page(f"<p>{PROSE}</p>" * (MANY_TAGS // 4))
        assert not may_nest_deeply(few)
        assert not may_nest_deeply(sparse)
        assert cap_nesting(few) is few

    def test_page_of_many_tags_is_looked_at(self) -> None:
        """Past 10,000 tags a page is always looked at, however much text spreads them."""
        many = page(f"<p>{PROSE}</p>" * MANY_TAGS)
        assert may_nest_deeply(many)

    def test_scripts_comments_and_attributes_are_not_tags(self) -> None:
        """Markup inside a script, a style, a comment or a quoted attribute value opens nothing."""
        inside = '<script>var s = "<div><div>";</script><style>a<b{}</style><!-- <div> --><a title="<div>">第0段</a>'
        markup = page(inside * 600 + "<div>第1段</div>")
        assert may_nest_deeply(markup)
        assert cap_nesting(markup) is markup
