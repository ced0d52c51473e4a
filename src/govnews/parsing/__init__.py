"""Text to articles: lines, then stages, then fields.

The flow, each step a module of its own:

- :mod:`.lines` splits the text into trimmed lines (full-width forms and
  traditional characters folded for matching, :mod:`.widths` restores them in
  the values);
- :mod:`.segment` runs the stages in order: :mod:`.flatten`, :mod:`.head` (with
  :mod:`.pairing`, labels and values printed apart),
  :mod:`.trail`, :mod:`.headline` (with :mod:`.splitheadline`, a headline printed over lines),
  :mod:`.closing` and :mod:`.redheader`, :mod:`.body` (with :mod:`.below`,
  what stands under a line of it, :mod:`.edges`, what is printed around the
  text's first and last paragraphs, :mod:`.footlines`, what leads from them into
  the site's footer, and :mod:`.captions`, photo captions and counters among them),
  :mod:`.tail`; each returns what it found as a value, and a stage imports
  only earlier stages;
- :mod:`.blocks` classifies the body's lines, :mod:`.fields` assembles the
  ``Article`` (:mod:`.instances` makes the model instances of the parser's values).

The stages share the line-shape tests of :mod:`.shapes` (and of furniture,
:mod:`.furniture`) and the readers of
labelled fields (:mod:`.meta`, which finds labels with :mod:`.labels` in a line
:mod:`.normalise` made ready), dates (:mod:`.dates`) and credits (:mod:`.creditlines`
tells which lines and glued texts are credits, :mod:`.byline` reads whom they name,
with the persons' names of :mod:`.names`). Vocabularies and patterns are data, in :mod:`.tables`. This
package imports only the model and the standard library.
"""

from __future__ import annotations

import types

import attrs

from ..inputs import Hint, Input
from ..model import Article, Block, Provenance
from .fields import assemble_article
from .instances import make_provenance
from .lines import clean_lines, fold_full_width, fold_traditional, trim_lines
from .segment import segment_page
from .widths import Widths

__all__ = ["is_compiled", "parse_input", "parse_text"]


def is_compiled() -> bool:
    """Whether the parser runs compiled by mypyc (a ``GOVNEWS_MYPYC=1`` build) rather than interpreted."""
    return not isinstance(segment_page, types.FunctionType)


def parse_input(source: Input, parser: str) -> Article:
    """Parse one read input into an ``Article``; ``parser`` names this parser in its provenance.

    The text is read by the stages; the input's hints (an HTML page's head)
    are merged by the rule of :mod:`.hints`; body paragraphs the input's markup
    sets as headings (an HTML ``<h2>``, a paragraph all in bold) become heading
    blocks. An exception raised here is a bug in the parser, never the input's
    fault: the caller reports it as such.
    """
    provenance = make_provenance(
        source.path, source.url, source.sha256, source.encoding, source.declared_encoding, parser
    )
    article = parse_text(source.text, provenance, source.hints)
    return _with_headings(article, source.headings) if source.headings else article


def _with_headings(article: Article, headings: tuple[str, ...]) -> Article:
    """The body's paragraphs that the input's markup set as headings become heading blocks."""
    marked = {"".join(heading.split()) for heading in headings}
    body = tuple(
        Block("heading", block.text) if block.kind == "paragraph" and "".join(block.text.split()) in marked else block
        for block in article.body
    )
    return attrs.evolve(article, body=body)


def parse_text(text: str, provenance: Provenance | None = None, hints: tuple[Hint, ...] = ()) -> Article:
    """Parse a page's text (newlines normalised, markup gone) into an ``Article``.

    ``provenance`` is stored as given. Values keep the widths and characters
    they were printed in, though matching folds full-width forms and the
    traditional characters of the vocabularies.
    """
    full_width = fold_full_width(text)
    folded = fold_traditional(full_width)
    trimmed = trim_lines(folded)
    lines = clean_lines(trimmed)
    widths = None
    if folded is not text:
        # the fold maps a printable character to a printable one: the printed lines need cleaning where these did
        printed = trim_lines(text)
        widths = Widths(lines, printed if lines is trimmed else clean_lines(printed), han=folded is not full_width)
    marked = next((hint.value for hint in hints if hint.field == "headline"), "")
    if marked:  # the headline element of a page, folded as the lines are, its spaces gone
        marked = "".join(fold_traditional(fold_full_width(marked)).split())
    return assemble_article(segment_page(lines, folded, marked), widths, provenance, hints, text)
