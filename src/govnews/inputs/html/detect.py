"""Is this input an HTML page? Decided by its structure, cheaply (it is asked of every input).

A page is recognised by an ``<html>``, ``<head>`` or ``<body>`` tag, or an
HTML doctype, in its first 8 kB, with nothing before it but markup: leading
comments (a browser's "saved from url" note), an XML declaration, a doctype,
a wrapper element (``<text id=…>`` of a corpus, ``<document>``), a script or
a style, white space.
A text dump that kept a few tags (``<p>`` …) or merely mentions ``<html>``
after its text is not a page.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["looks_like_html"]

#: How much of the start is looked at.
_REACH: Final = 8192
#: The tag or doctype that shows a document (bytes: the same pattern serves both kinds of input).
_PAGE_TAG: Final = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
#: Markup that may come before it: scripts and styles with their content, comments, declarations,
#: processing instructions, tags.
_MARKUP: Final = re.compile(
    rb"<(script|style)\b.*?(?:</\1\s*>|$)|<!--.*?(?:-->|$)|<[!?][^>]*>|</?[A-Za-z][^<>]*>", re.DOTALL | re.IGNORECASE
)
#: Text before the page's tag that a wrapper or a stray line may carry, at most.
_MAX_TEXT_BEFORE: Final = 80


def looks_like_html(data: bytes | str) -> bool:
    """Whether ``data`` is an HTML page rather than a page's text."""
    # Any tag needs a "<" within reach (in UTF-16 too: a 0x3C byte). Most text dumps have
    # none, and find() tells at memchr speed, before any copy or pattern.
    if (data.find(b"<", 0, _REACH) if isinstance(data, bytes) else data.find("<", 0, _REACH)) < 0:
        return False
    start = data[:_REACH]
    if isinstance(start, str):
        start = start.encode("utf-8", "surrogatepass")
    elif start.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: decode to look
        start = start.decode("utf-16", "replace").encode("utf-8", "replace")
    found = _PAGE_TAG.search(start)
    if found is None:
        return False
    before = _MARKUP.sub(b"", start[: found.start()])
    return len(before.strip().removeprefix(b"\xef\xbb\xbf").strip()) <= _MAX_TEXT_BEFORE
