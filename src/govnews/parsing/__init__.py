"""Text dumps to articles: lines, then regions, then fields.

Placeholder until the real parser lands: the first line is the title and the
rest is the body.
"""

from __future__ import annotations

from ..model import Article, Block

__all__ = ["parse_text"]


def parse_text(text: str) -> Article:
    """Parse a decoded dump (newlines already normalised) into an ``Article``."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return Article()
    return Article(title=lines[0], body=[Block("paragraph", line) for line in lines[1:]])
