"""The stages in order: a page's lines to a :class:`Page` (head, body and tail).

Each stage is a module of its own and returns what it found as a value; this
module passes those values on and holds no rules of its own:

0. :mod:`.flatten`: undo lines a capture ran together (a page, a table row, a headline and its date,
   a value and the next cell's label)
   or a date it printed in pieces;
1. :mod:`.head`: the metadata lines, down to the first prose line, and :mod:`.pairing`: labels and values printed apart;
2. :mod:`.trail`: the location trail;
3. :mod:`.headline`: the headline, and a deck line under it (:mod:`.splitheadline`: one printed over lines);
4. :mod:`.closing`: where the head ends, and :mod:`.redheader`: a document's red header after it;
5. :mod:`.body`: the body's lines, and :mod:`.edges`: what stands around their first and last paragraphs;
6. :mod:`.tail`: credits, source and counter after the body.

Those values are plain classes with an ``__init__`` rather than NamedTuples:
compiled, such a class is built by one C call and its fields are read
directly, where a NamedTuple's constructor is Python code (about 2,500
instructions a value, some 20,000 a page over the stages).
"""

from __future__ import annotations

from .body import segment_body
from .candidates import drop_cut_copy, drop_site_suffix
from .closing import close_head
from .flatten import (
    join_split_date,
    restore_clipped_labels,
    split_dated_headline,
    split_flattened,
    split_glued_cell_label,
    split_trail_row,
)
from .head import scan_head
from .headline import select_headline
from .meta import MetaLine
from .redheader import skip_red_header
from .tail import segment_tail
from .trail import find_trail

__all__ = ["Page", "segment_page"]


class Page:
    """What segmentation found; :mod:`.fields` turns it into an ``Article``."""

    breadcrumb: list[str]
    title: str | None
    subtitle: str | None
    #: The head's metadata lines, in page order.
    head: list[MetaLine]
    #: 文号 lines of their own (a red header's "澜政人〔2022〕9号").
    document_numbers: list[str]
    #: The body's lines, to be classified into blocks.
    body: list[str]
    #: Labelled lines after the body (and a source cut from its last paragraph).
    tail: list[MetaLine]
    #: Credit lines: above the text, glued to its end, or after it.
    credits: list[str]

    def __init__(
        self,
        breadcrumb: list[str],
        title: str | None,
        subtitle: str | None,
        head: list[MetaLine],
        document_numbers: list[str],
        body: list[str],
        tail: list[MetaLine],
        credits: list[str],
    ) -> None:
        self.breadcrumb = breadcrumb
        self.title = title
        self.subtitle = subtitle
        self.head = head
        self.document_numbers = document_numbers
        self.body = body
        self.tail = tail
        self.credits = credits


def segment_page(lines: list[str], text: str = "", marked: str = "") -> Page:
    """Segment a page's lines into head, body and tail.

    ``text`` is the dump the lines came from: its blank lines tell a
    headline's deck line from the headline (see :func:`.lines.find_gaps`).
    ``marked`` is the headline a page's markup sets apart (its spaces removed),
    or empty: where a line of the head prints it, that line is the headline.
    """
    flat = join_split_date(split_glued_cell_label(split_dated_headline(split_trail_row(split_flattened(lines)))))
    flat = restore_clipped_labels(flat)
    if len(flat) != len(lines):
        text = ""  # the blank lines no longer match the line indices
    head = scan_head(flat, marked)
    lines = head.lines
    excluded = set(head.metas) | head.values
    trail = find_trail(lines, head.stop)
    breadcrumb = [] if trail is None else list(trail.items)
    if trail is not None:
        excluded.update(trail.taken)
    headline = select_headline(head, excluded, trail, text, marked)
    if headline.trail_item is not None:
        breadcrumb.append(headline.trail_item)
        excluded.add(headline.trail_item_at)
    header = close_head(head, excluded, headline)
    title = headline.title
    if title and title[-1] == "|" and title[:-1].rstrip(" |"):
        title = title[:-1].rstrip(" |")  # a table layout's cell border closing the headline's line
        if title[0] == "|":
            title = title[1:].lstrip()  # and the one opening it
    if title and ("-" in title or "_" in title or "|" in title):
        title = drop_site_suffix(title)
    if title and " " in title:
        title = drop_cut_copy(title)
    red = skip_red_header(lines, header.end + 1, title, header.document_numbers, headline.at)
    body = segment_body(lines, red.start, title)
    tail = segment_tail(lines, body.end, body.end_label)
    return Page(
        breadcrumb=breadcrumb,
        title=title or tail.reading,  # a reading widget names a headline the page prints nowhere else
        subtitle=header.subtitle or headline.subtitle,
        head=header.metas + red.signers,
        document_numbers=header.document_numbers + red.document_numbers,
        body=body.lines,
        tail=body.metas + tail.metas,
        credits=header.credits + red.credits + body.credits + tail.credits,
    )
