"""Text to articles: lines, then stages, then fields.

The flow, each step a module of its own:

- :mod:`.lines` splits the text into trimmed lines (full-width forms folded
  for matching, :mod:`.widths` restores them in the values);
- :mod:`.segment` runs the stages in order: :mod:`.flatten`, :mod:`.head`,
  :mod:`.trail`, :mod:`.headline`, :mod:`.redheader`, :mod:`.body`,
  :mod:`.tail`; each returns what it found as a value, and a stage imports
  only earlier stages;
- :mod:`.blocks` classifies the body's lines, :mod:`.fields` assembles the
  ``Article``.

The stages share the line-shape tests of :mod:`.shapes` and the readers of
labelled fields (:mod:`.meta`), dates (:mod:`.dates`) and credits
(:mod:`.byline`). Vocabularies and patterns are data, in :mod:`.tables`.
This package imports only the model and the standard library.
"""

from __future__ import annotations

import logging
import types

from ..model import Article, Provenance
from .fields import assemble_article
from .lines import fold_full_width, split_lines, strip_markup
from .segment import segment_page
from .widths import Widths

__all__ = ["is_compiled", "parse_text"]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())


def is_compiled() -> bool:
    """Whether the parser runs compiled by mypyc (a ``GOVNEWS_MYPYC=1`` build) rather than interpreted."""
    return not isinstance(segment_page, types.FunctionType)


def parse_text(text: str, provenance: Provenance | None = None) -> Article:
    """Parse a decoded dump (newlines already normalised) into an ``Article``.

    ``provenance`` is stored as given. Any string gives an article: a page
    the parser cannot make sense of gives empty fields. Values keep the
    widths they were printed in, though matching folds full-width forms.
    """
    try:
        text = strip_markup(text)
        folded = fold_full_width(text)
        lines = split_lines(folded)
        widths = None if folded is text else Widths(lines, split_lines(text))
        return assemble_article(segment_page(lines, folded), widths, provenance)
    except Exception:  # a parser bug must not take a corpus run down
        logger.exception("govnews could not parse a dump; returning an empty article")
        return Article(provenance=provenance)
