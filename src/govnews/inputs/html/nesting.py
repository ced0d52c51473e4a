"""Deep markup flattened before lexbor reads it: at most 512 elements open at once.

lexbor builds the tree as the HTML standard says, and the standard's tree
builder looks down its stack of open elements at many steps: a block start
tag (``<div>``, ``<ul>``, ``<section>`` …) looks for a ``<p>`` to close, down
to the nearest scope boundary (``<table>``, ``<td>``, ``<html>`` …); ``<li>``,
``<dd>`` and ``<dt>`` look for an item to close through every ``<div>``; an end
tag looks for its element (``</div>`` down to a boundary, ``</span>`` down to
the first block); text looks for the formatting elements to reopen. On a page
n elements deep each of these walks n elements, so the page takes time n²:
40,000 nested ``<div>`` took 3.5 s, as long as 20,000 open ``<span>`` followed
by 20,000 ``<div>``. No element stops every walk; only the depth bounds them.

So, as Blink caps its tree at 512 levels, this pre-pass keeps lexbor's stack
at most :data:`MAX_DEPTH` deep. It follows the tree builder's stack over the
page's tags (what each start tag opens and closes, what each end tag closes:
scopes and special elements as lexbor's tables have them, implied end tags,
tables, ``<select>``, foreign content, the adoption agency) and changes
nothing while fewer than MAX_DEPTH elements are open. Past that an element is
not opened: its start and end tags are taken out, a block's replaced by a line
break (where text came since the last; a paragraph's by a blank line), a table
cell's by a space, so its text stays where it stands, in order, in the deepest
open element. An element past the cap whose content a reader never sees
(``<svg>``, ``<select>``, a hidden ``<div>``: :func:`~.layout.hides`) goes
with its content, as the layout would leave it out. While elements are
dropped, lexbor's stack lacks them, so a tag whose effect lexbor would work
out differently is made explicit (the end tags of the real elements it closes)
or taken out. Blink instead attaches the deeper elements beside the deepest,
which moves the text after a deep element's end before that element's text;
here the text keeps the order of the markup (so text misplaced in a dropped
table outside its cells, which a browser moves before the table, stays put).

On the 100 real pages measured the model's deepest stack is lexbor's, or one
less. What it leaves out are the copies by which the tree builder reopens a
formatting element (a ``<b>`` closed by a block's end tag, reopened for the
next text): lexbor's stack can be deeper than the model's by these, and past
the cap a misnested formatting element's end tag may then close a different
element than in the standard's tree.

Only pages that may be deep pay for the pass (:func:`may_nest_deeply`, one
``str.count``): a page of few tags costs lexbor little however it nests, and
real pages spread their tags over text and attributes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Final

from .layout import BLOCKS, hides

__all__ = ["MAX_DEPTH", "cap_nesting", "may_nest_deeply"]

#: The most elements lexbor is given open at once (Blink's cap on its tree's depth).
MAX_DEPTH: Final = 512
#: A page with at most this many tags is not looked at: however it nests, lexbor's walks over it cost
#: under a millisecond (about 0.2 ns times the tags squared).
FEW_TAGS: Final = 1000
#: A page with more tags than this is always looked at (at most 20 ms of walks are left unchecked) …
MANY_TAGS: Final = 10_000
#: … and one in between where its tags are dense: more than one in this many characters (the real
#: pages measured: one in 28 to 100; markup built to nest: one in 3 to 10).
DENSE_TAGS: Final = 12

# --- the page's tokens ---------------------------------------------------------------------
#: Attributes up to a tag's ``>``: quotes open a value only after ``=``.
_ATTRIBUTES: Final = r"""(?:[^>"'=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|[="'])*+"""
#: Elements whose content is text up to their end tag (scripting off: ``<noscript>`` is markup);
#: ``<plaintext>``'s, to the end of the page.
_RAW_TEXT: Final = "script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext"
#: Where a raw text element's end tag's name ends.
_END_OF_NAME: Final = r"(?=[\t\n\f\r />])"
#: A page's tokens: a comment's start (group 1; its end is looked for with ``str.find``, and an
#: unclosed one runs to the end of the page; ``<!-->`` and ``<!--->`` end at once); a bogus comment
#: or a declaration (``<!DOCTYPE …>``, ``<?xml …>``, ``</ …>``); an end tag (group 2: its name); an
#: element of raw text with its text and end tag (group 3: its name); a start tag (group 4: its name,
#: group 5: the ``/`` of ``/>``).
_TOKEN: Final = re.compile(
    r"<(?:(!--)(?:-?>)?+"
    r"|[!?][^>]*+>?"
    r"|/(?![A-Za-z])[^>]*+>?"
    rf"|/([A-Za-z][^\s/>]*+){_ATTRIBUTES}>"
    rf"|({_RAW_TEXT})(?![^\s/>]){_ATTRIBUTES}>(?:(?:[^<]++|<(?!/\3{_END_OF_NAME}))*+</\3{_END_OF_NAME}{_ATTRIBUTES}>|(?s:.)*+)"
    rf"|([A-Za-z][^\s/>]*+){_ATTRIBUTES}(?:(?<=(/)))?>)",
    re.IGNORECASE,
)
#: Text, not markup, from a position just after a tag: a dropped block's line break is needed.
_VISIBLE: Final = re.compile(r"(?<![^>])\s*+[^<\s]")
#: One attribute of a start tag (name, then a double-quoted, single-quoted or bare value).
_ATTRIBUTE: Final = re.compile(r"""([^\s/>"'=][^\s/>"'=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")
#: ``<font>`` with one of these leaves foreign content, as a block does.
_FONT_BREAKOUT: Final = re.compile(r"\s(?:color|face|size)\s*=", re.IGNORECASE)

# --- the standard's element classes ------------------------------------------------------
# The tag tables are laid out several names a line, as the standard lists them:
# fmt: off
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Never open: nothing follows them inside.
_VOID: Final = frozenset(
    {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen",
     "link", "meta", "param", "source", "track", "wbr"}
)
#: Void elements whose start tag walks the stack (``<hr>`` closes a ``<p>``, ``<input>`` a ``<select>``).
_WALKING_VOID: Final = frozenset({"hr", "input"})
#: Start tags that never open an element in the body.
_MERGED: Final = frozenset({"html", "body", "head", "frameset"})
#: Start tags that close an open ``<p>`` first.
_CLOSE_P: Final = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
     "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
     "summary", "ul", "pre", "listing", "form"}
) | _HEADINGS
_FORMATTING: Final = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}
)
#: Closed by the next start tag of their kind ("generate implied end tags").
_IMPLIED: Final = frozenset({"dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc"})
_RUBY_PARTS: Final = frozenset({"rb", "rtc", "rp", "rt"})
#: Table parts: ignored outside a table.
_TABLE_PARTS: Final = frozenset({"caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr", "table"})
_CELLS: Final = frozenset({"td", "th"})
#: End tags that close their element if it is in scope, and what lies above it.
_BLOCK_END: Final = frozenset(
    {"address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
     "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre",
     "search", "section", "summary", "ul", "applet", "marquee", "object", "select", "dd", "dt"}
)
#: Start tags that leave foreign content (``<svg>``, ``<math>``) for HTML.
_BREAKOUT: Final = frozenset(
    {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
     "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
     "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"}
)
#: Foreign elements (named here ``^s:`` and a name in SVG, ``^m:`` and a name in MathML) whose content
#: is HTML again …
_HTML_POINTS: Final = frozenset({"^s:foreignobject", "^s:desc", "^s:title"})
#: … or whose start tags are, but these two.
_TEXT_POINTS: Final = frozenset({"^m:mi", "^m:mo", "^m:mn", "^m:ms", "^m:mtext"})
_FOREIGN_ONLY: Final = frozenset({"mglyph", "malignmark"})
#: The adoption agency's outer loop runs at most this many rounds.
_ADOPTION_ROUNDS: Final = 8
#: End tags that may not close the innermost element even when it is theirs.
_NOT_CLOSED_ON_TOP: Final = frozenset({"form", "body", "html"})
#: Start tags with a rule of their own (the others open their element and close nothing).
_RULED_START: Final = (
    _VOID
    | _MERGED
    | _TABLE_PARTS
    | _CLOSE_P
    | _RUBY_PARTS
    | {"li", "dd", "dt", "a", "nobr", "button", "option", "optgroup", "svg", "math", "select"}
)
#: Where a dropped element's tags leave a line break.
_BREAKS: Final = BLOCKS | {"br"}

# The stack's categories: each keeps the positions of its open elements, so that "is X in scope",
# "is a special element above X" are answered in constant time however deep the page.
_SCOPE, _BUTTON, _LIST, _TABLE, _SPECIAL, _ITEM_STOP, _MODE, _FOREIGN = range(8)
_SCOPE_NAMES: Final = frozenset(
    {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "select", "template", "^m:annotation-xml"}
) | _HTML_POINTS | _TEXT_POINTS
_SPECIAL_NAMES: Final = frozenset(
    {"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
     "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
     "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "head", "header", "hgroup", "hr",
     "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
     "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
     "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot",
     "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"}
) | _HEADINGS | _SCOPE_NAMES
# fmt: on
_CATEGORY_NAMES: Final = (
    (_SCOPE, _SCOPE_NAMES),
    (_BUTTON, frozenset({"button"})),
    (_LIST, frozenset({"ol", "ul"})),
    (_TABLE, frozenset({"html", "table", "template"})),
    (_SPECIAL, _SPECIAL_NAMES),
    (_ITEM_STOP, _SPECIAL_NAMES - {"address", "div", "p"}),
    (_MODE, frozenset({"td", "th", "tr", "tbody", "thead", "tfoot", "caption", "table", "template", "html"})),
)
_IN_SCOPE: Final = (_SCOPE,)
_IN_BUTTON_SCOPE: Final = (_SCOPE, _BUTTON)
_IN_LIST_SCOPE: Final = (_SCOPE, _LIST)
_IN_TABLE_SCOPE: Final = (_TABLE,)
#: The insertion mode the innermost table part sets ("html", "template": outside a table).
_MODES: Final = {"td": "cell", "th": "cell", "thead": "tbody", "tfoot": "tbody"}
#: The modes in which a table's own tags (not a cell's content) are read.
_TABLE_MODES: Final = frozenset({"table", "tbody", "tr"})
#: What "clearing the stack back to" a row, a table body, a table keeps.
_ROW_CONTEXT: Final = frozenset({"tr", "template", "html"})
_BODY_CONTEXT: Final = frozenset({"tbody", "thead", "tfoot", "template", "html"})
_TABLE_CONTEXT: Final = frozenset({"table", "template", "html"})
#: An open element's state.
_DEAD, _REAL, _DROPPED = range(3)


def _categories(name: str) -> tuple[int, ...]:
    """The categories an element's position is kept in."""
    found = tuple(category for category, names in _CATEGORY_NAMES if name in names)
    return (*found, _FOREIGN) if name.startswith("^") else found


def _tag(name: str) -> str:
    """An element's tag name (a foreign element's without its namespace)."""
    return name[3:] if name[0] == "^" else name


def may_nest_deeply(text: str) -> bool:
    """Whether a page has tags enough, or dense enough, for its nesting to cost lexbor time."""
    if len(text) <= 3 * FEW_TAGS:  # a tag is at least 3 characters long
        return False
    tags = text.count("<")
    return tags > MANY_TAGS or (tags > FEW_TAGS and tags * DENSE_TAGS > len(text))


def cap_nesting(text: str) -> str:
    """The page with what would open past :data:`MAX_DEPTH` elements flattened; the page itself
    (the same object) where nothing does, or where :func:`may_nest_deeply` says it cannot matter."""
    if not may_nest_deeply(text):
        return text
    return _Flattener(text).run()


def _comment_end(text: str, start: int) -> int:
    """Where the comment whose text starts at ``start`` ends: after ``-->`` or ``--!>``, or at the page's end."""
    close = text.find("-->", start)
    bang = text.find("--!>", start, len(text) if close < 0 else close)
    if bang >= 0:
        return bang + 4
    return len(text) if close < 0 else close + 3


def _attributes(tag: str, name: str) -> dict[str, str | None]:
    """A start tag's attributes, names lower-cased, the first of a name kept (as the tokenizer does)."""
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(tag, len(name) + 1, len(tag) - 1):
        key = match.group(1).lower()
        if key not in found:
            found[key] = next((value for value in match.group(2, 3, 4) if value is not None), None)
    return found


class _Flattener:
    """The tree builder's stack of open elements followed over one page, and the page rewritten past the cap.

    The stack holds every element the page has open: those lexbor is given (real) and those past the
    cap it is not (dropped). An element taken out of the middle (by the adoption agency, ``</form>``)
    stays, dead, until what lies above it is closed.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: list[str] = []
        self.state: list[int] = []
        #: where each name is open, and each category's elements (innermost last; dead ones dropped lazily)
        self.where: dict[str, list[int]] = {}
        self.categories: list[list[int]] = [[] for _ in range(_FOREIGN + 1)]
        self.category_of: dict[str, tuple[int, ...]] = {}
        self.reals = 0  #: real elements open: lexbor's depth
        self.dropped = 0  #: dropped elements open
        self.form = False  #: the form element pointer is set (a second ``<form>`` is ignored)
        self.hidden = -1  #: position of the dropped element whose content is dropped too (-1: none)
        self.closed: list[str] = []  #: the real elements the current token closed, innermost first
        self.dropping = False  #: whether elements were dropped when the current token came
        self.break_at = 0  #: where the last line break was (a dropped block's is made after text only)
        self.out: list[str] = []
        self.done = 0  #: the page up to here is in ``out``
        self._push("html", _REAL)
        self._push("body", _REAL)

    # --- the page ----------------------------------------------------------------------------

    def run(self) -> str:
        """The page rewritten, or the page itself where nothing opens past the cap."""
        text = self.text
        search = _TOKEN.search
        closed = self.closed
        position = 0
        while (token := search(text, position)) is not None:
            start, position = token.span()
            kind = token.lastindex
            skipping = self.hidden >= 0
            if kind is None or kind == 1:  # a declaration, a comment
                if kind == 1 and position - start == 4:
                    position = _comment_end(text, position)
                if skipping:
                    self._rewrite(start, position, "", True)
                continue
            closed.clear()
            self.dropping = self.dropped > 0
            if kind == 2:
                name = token.group(2).lower()
                replacement = self._end(name, token)
            elif kind == 3:
                name = token.group(3).lower()
                replacement = self._raw_text(name)
            else:
                name = token.group(4).lower()
                replacement = self._start(name, token)
            if replacement is None and self.dropped and self.categories[_FOREIGN] and not closed:
                replacement = ""  # in svg or math nothing shows, and lexbor's current element is not the model's
            if replacement is not None and closed:  # lexbor is told to close them
                replacement = "".join(f"</{_tag(name)}>" for name in closed) + replacement
            if skipping:  # what ends the dropped content, or closes real elements, stays
                self._rewrite(start, position, replacement if self.hidden < 0 or closed else "", True)
                if self.hidden < 0:
                    self.break_at = position
            elif replacement is not None:
                self._rewrite(start, position, replacement, False)
            elif self.dropped and name in _BREAKS:
                self.break_at = position
        if not self.out:
            return self.text
        if self.hidden < 0:
            self.out.append(self.text[self.done :])
        return "".join(self.out)

    def _rewrite(self, start: int, end: int, replacement: str | None, drop_before: bool) -> None:
        """Put ``replacement`` (None: the page's text as it is) for the page's ``start:end``; with
        ``drop_before``, drop the text between the last rewrite and ``start``."""
        if not drop_before:
            self.out.append(self.text[self.done : start])
        self.out.append(self.text[start:end] if replacement is None else replacement)
        self.done = end

    def _line_break(self, name: str, token: re.Match[str]) -> str:
        """What a dropped block's tag leaves: a line break if text came since the last, and a paragraph's
        blank line; nothing in ``<svg>`` or ``<math>`` (where nothing shows, and ``<br>`` would end them)."""
        start, end = token.span()
        breaks = (_VISIBLE.search(self.text, self.break_at, start) is not None) + (name == "p")
        self.break_at = end
        return "" if self.categories[_FOREIGN] else "<br>" * breaks

    # --- the stack ---------------------------------------------------------------------------

    def _push(self, name: str, state: int) -> None:
        index = len(self.names)
        self.names.append(name)
        self.state.append(state)
        positions = self.where.get(name)
        if positions is None:
            self.where[name] = [index]
        else:
            positions.append(index)
        categories = self.category_of.get(name)
        if categories is None:
            categories = self.category_of[name] = _categories(name)
        for category in categories:
            self.categories[category].append(index)
        if state == _REAL:
            self.reals += 1
        else:
            self.dropped += 1

    def _pop_to(self, index: int) -> None:
        """Close the element at ``index`` and every one above it (and dead ones left on top)."""
        names, state, where, categories, closed = self.names, self.state, self.where, self.categories, self.closed
        category_of = self.category_of
        reals = len(closed)
        top = len(names) - 1
        while top >= index or state[top] == _DEAD:
            name = names.pop()
            was = state.pop()
            if was == _REAL:
                closed.append(name)
            elif was == _DROPPED:
                self.dropped -= 1
            positions = where[name]
            if positions and positions[-1] == top:
                positions.pop()
            for category in category_of[name]:
                found = categories[category]
                if found and found[-1] == top:
                    found.pop()
            top -= 1
        self.reals -= len(closed) - reals
        if self.hidden > top:
            self.hidden = -1

    def _pop(self) -> None:
        self._pop_to(len(self.names) - 1)

    def _remove(self, index: int) -> str | None:
        """Take the element at ``index`` out of the stack; what its tag becomes (None: itself)."""
        real = self.state[index] == _REAL
        if index == len(self.names) - 1:
            self._pop_to(index)
        else:
            self.state[index] = _DEAD
            if real:
                self.reals -= 1
                self.closed.append(self.names[index])
            else:
                self.dropped -= 1
            if index == self.hidden:
                self.hidden = -1
        return None if real else ""

    def _innermost(self, positions: list[int] | None) -> int:
        if not positions:
            return -1
        state = self.state
        while positions and state[positions[-1]] == _DEAD:
            positions.pop()
        return positions[-1] if positions else -1

    def _top(self, name: str) -> int:
        """Position of the innermost open ``name``, -1 for none."""
        return self._innermost(self.where.get(name))

    def _boundary(self, category: int) -> int:
        return self._innermost(self.categories[category])

    def _in_scope(self, name: str, scope: tuple[int, ...]) -> int:
        """Position of ``name`` if no boundary of ``scope`` lies above it, else -1."""
        index = self._top(name)
        if index >= 0 and all(self._boundary(category) <= index for category in scope):
            return index
        return -1

    def _close_implied(self, but: str = "") -> None:
        names = self.names
        while names[-1] in _IMPLIED and names[-1] != but:
            self._pop()

    def _close_p(self) -> None:
        if "p" in self.where:
            index = self._in_scope("p", _IN_BUTTON_SCOPE)
            if index >= 0:
                self._pop_to(index)

    def _clear_to(self, context: frozenset[str]) -> None:
        while self.names[-1] not in context:
            self._pop()

    def _mode(self) -> str:
        """The table insertion mode the innermost table part sets (see ``_MODES``)."""
        name = self.names[self._boundary(_MODE)]
        return _MODES.get(name, name)

    def _leave_foreign(self) -> None:
        """Close foreign elements down to HTML (or an integration point)."""
        names = self.names
        while names[-1][0] == "^" and names[-1] not in _HTML_POINTS and names[-1] not in _TEXT_POINTS:
            self._pop()

    def _all_foreign_from(self, index: int) -> bool:
        """Whether the elements from ``index`` up are all foreign (no HTML element between)."""
        foreign = self.categories[_FOREIGN]
        return len(self.names) - index == len(foreign) - bisect_left(foreign, index)

    # --- what a token does -------------------------------------------------------------------

    def _open(self, names: tuple[str, ...], token: re.Match[str]) -> str | None:
        """Open ``names`` (a start tag's element, after the parts it implies); past the cap, or while
        anything is dropped, none of them is given to lexbor. Returns what the tag becomes (None: itself)."""
        real = not self.dropped and self.reals + len(names) <= MAX_DEPTH
        for name in names:
            self._push(name, _REAL if real else _DROPPED)
        if real:
            return None
        name = _tag(names[-1])
        if self.hidden < 0 and hides(name, _attributes(token.group(), name)):
            self.hidden = len(self.names) - 1
            return ""
        return self._line_break(name, token) if name in _BREAKS else ""

    def _close(self, name: str, index: int, token: re.Match[str]) -> str | None:
        """Close the element at ``index`` (an end tag's) and what lies above it. Returns what the tag
        becomes: itself for a real element, else the line break or space a dropped block or cell leaves."""
        real = self.state[index] == _REAL
        self._pop_to(index)
        if real:
            return None
        if name in _BREAKS:
            return self._line_break(name, token)
        return " " if name in _CELLS else ""

    def _unnest(self, name: str, index: int, token: re.Match[str]) -> str | None:
        """The adoption agency closing the formatting element at ``index`` (``</b>``, ``<a>`` in an ``<a>``).

        With no special element above it, it closes like any element. Else each round of the agency's
        outer loop moves (a copy of) it above the next special element, and the last round closes it
        with what lies above the innermost one: unless the loop's 8 rounds run out first.
        """
        special = self._boundary(_SPECIAL)
        if special < index:
            return self._close(name, index, token)
        specials = self.categories[_SPECIAL]
        if len(specials) - bisect_right(specials, index) < _ADOPTION_ROUNDS:
            self._pop_to(special + 1)
        return self._remove(index)

    def _ignored(self) -> str | None:
        """What an end tag that closes nothing becomes: itself, but while elements are dropped nothing
        (lexbor, which lacks them, might find its element in scope where the tree builder does not)."""
        return "" if self.dropped else None

    def _raw_text(self, name: str) -> str | None:
        """An element of raw text (lexbor opens it and closes it at its end tag), or ``<plaintext>``."""
        if name in ("xmp", "plaintext"):
            self._close_p()
        if name == "plaintext":
            self._push(name, _DROPPED if self.dropped else _REAL)
        return None

    def _start(self, name: str, token: re.Match[str]) -> str | None:
        """The tree builder's rules for a start tag: what it closes, what it opens. Returns what the tag
        becomes (None: itself)."""
        names = self.names
        current = names[-1]
        if name not in _RULED_START and current[0] != "^":  # most tags: opened, nothing closed
            return self._open((name,), token)
        if current[0] == "^" and current not in _HTML_POINTS and (current not in _TEXT_POINTS or name in _FOREIGN_ONLY):
            if name not in _BREAKOUT and not (name == "font" and _FONT_BREAKOUT.search(token.group())):
                # an element of the current one's namespace ("/>" closes it)
                return None if token.lastindex == 5 else self._open((current[:3] + name,), token)
            self._leave_foreign()
        if name in _VOID:
            if name == "hr":
                self._close_p()
            elif name == "input":
                index = self._in_scope("select", _IN_SCOPE)
                if index >= 0:
                    self._pop_to(index)
            if self.dropping and name in _WALKING_VOID:  # lexbor would walk its stack, which lacks the dropped
                return self._line_break(name, token) if name == "hr" else ""
            return None
        if name in _MERGED:
            return None
        if name in _TABLE_PARTS:
            return self._table_part(name, token)
        if name in _CLOSE_P:
            if name == "form":
                if self.form:
                    return None
                self.form = True
            self._close_p()
            if name in _HEADINGS and names[-1] in _HEADINGS:
                self._pop()
        elif name in ("li", "dd", "dt"):
            index = self._top("li") if name == "li" else max(self._top("dd"), self._top("dt"))
            if index >= 0 and index >= self._boundary(_ITEM_STOP):
                self._pop_to(index)
            self._close_p()
        elif name in _FORMATTING:
            if name in ("a", "nobr"):
                index = self._top(name)
                if index >= 0 and index >= self._boundary(_SCOPE):
                    self._unnest(name, index, token)
        elif name == "button":
            index = self._in_scope("button", _IN_SCOPE)
            if index >= 0:
                self._pop_to(index)
        elif name in ("option", "optgroup"):
            if self._in_scope("select", _IN_SCOPE) >= 0:
                self._close_implied("optgroup" if name == "option" else "")
            elif names[-1] == "option":
                self._pop()
        elif name in _RUBY_PARTS:
            if self._in_scope("ruby", _IN_SCOPE) >= 0:
                self._close_implied("rtc" if name in ("rp", "rt") else "")
        elif name in ("svg", "math"):
            return None if token.lastindex == 5 else self._open((f"^{name[0]}:{name}",), token)
        elif name == "select":
            index = self._in_scope("select", _IN_SCOPE)
            if index >= 0:  # a select in a select closes it (lexbor, not given a dropped one, would open one)
                real = self.state[index] == _REAL
                self._pop_to(index)
                return None if real else ""
        return self._open((name,), token)

    def _table_part(self, name: str, token: re.Match[str]) -> str | None:
        """A table's or a table part's start tag, in the insertion mode the open table parts set."""
        while True:
            mode = self._mode()
            if name == "table":
                index = self._in_scope("table", _IN_TABLE_SCOPE)
                if mode in _TABLE_MODES and index >= 0:  # a table directly in a table closes it
                    self._pop_to(index)
                    continue
                return self._open(("table",), token)
            if mode in ("html", "template"):  # outside a table: ignored
                return None
            if mode in ("cell", "caption"):  # the cell (the caption) is closed, the tag read again
                self._pop_to(self._boundary(_MODE))
                continue
            if mode == "tr":
                self._clear_to(_ROW_CONTEXT)
                if name in _CELLS:
                    return self._open((name,), token)
                self._pop_to(self._boundary(_MODE))
                continue
            if mode == "tbody":
                self._clear_to(_BODY_CONTEXT)
                if name == "tr":
                    return self._open(("tr",), token)
                if name in _CELLS:
                    return self._open(("tr", name), token)
                self._pop_to(self._boundary(_MODE))
                continue
            self._clear_to(_TABLE_CONTEXT)
            if name in ("col", "colgroup"):
                return None
            if name in ("caption", "tbody", "thead", "tfoot"):
                return self._open((name,), token)
            return self._open(("tbody", "tr") if name == "tr" else ("tbody", "tr", name), token)

    def _end(self, name: str, token: re.Match[str]) -> str | None:
        """The tree builder's rules for an end tag: what it closes. Returns what the tag becomes (None: itself)."""
        names = self.names
        if names[-1] == name and name not in _NOT_CLOSED_ON_TOP:  # the innermost element's end tag: it closes
            return self._close(name, len(names) - 1, token)
        if names[-1][0] == "^":
            if name in ("br", "p"):  # these leave foreign content
                self._leave_foreign()
            else:
                index = max(self._top("^s:" + name), self._top("^m:" + name))
                if index >= 0 and self._all_foreign_from(index):
                    return self._close(name, index, token)
        if name in _TABLE_PARTS:
            index = self._in_scope(name, _IN_TABLE_SCOPE)
        elif name == "p":
            index = self._in_scope("p", _IN_BUTTON_SCOPE)
        elif name == "li":
            index = self._in_scope("li", _IN_LIST_SCOPE)
        elif name in _BLOCK_END:
            index = self._in_scope(name, _IN_SCOPE)
        elif name == "template":  # closes the innermost template, whatever lies above it
            index = self._top(name)
        elif name in _HEADINGS:
            index = max(self._in_scope(heading, _IN_SCOPE) for heading in _HEADINGS)
        elif name == "form":
            index = self._in_scope("form", _IN_SCOPE) if self.form else -1
            self.form = False
            return self._remove(index) if index >= 0 else self._ignored()
        elif name in _FORMATTING:
            index = self._top(name)
            if index >= 0 and index >= self._boundary(_SCOPE):
                return self._unnest(name, index, token)
            return self._ignored()
        elif name == "br":  # read as <br>
            return None
        elif name in _MERGED:
            return self._ignored()
        else:  # any other end tag: its element, if no special element lies above it
            index = self._top(name)
            if index < self._boundary(_SPECIAL):
                return self._ignored()
        if index >= 0:
            return self._close(name, index, token)
        return self._ignored()
