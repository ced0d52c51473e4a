"""A parsed page laid out as lines of text, the way a browser's ``innerText`` lays it out.

One walk over the DOM (iterative: a page nested 5,000 deep is walked like any
other) does two jobs:

- **the text**: HTML white space rules (a run of spaces, tabs and newlines in
  the source is one space; a block element, ``<br>`` or a table row starts a
  new line; a paragraph is set apart by a blank line; table cells on one row
  are kept apart by a tab; ``<pre>`` keeps its lines). Left out: comments,
  scripts, styles, the head, form controls' option lists, embedded objects,
  Word's namespaced residue (``<o:p>``, ``<v:shape>``), and elements a page
  hides (the ``hidden`` attribute, ``aria-hidden="true"``, an inline
  ``display:none`` or ``visibility:hidden``, a class every CSS framework
  hides: ``hidden``, ``hide``, ``d-none`` …), and private-use characters
  (an icon font's glyphs, or a GBK user-defined code: pictures, not text);
  inside a line, links and spans whose id or class names a control (举报,
  评论, 分享, 打印, 字号 …). Images contribute nothing (their
  ``alt`` is no text of the article). A link to a document file keeps its URL
  after its text, so an attachment keeps its file name and its address.
- **the boxes**: every element that is not inline formatting is recorded as a
  :class:`Box` with the lines it spans and what its text is made of (plain
  characters, characters inside links, punctuation), the evidence
  :mod:`.article` weighs to find the article.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

__all__ = ["Box", "Layout", "hides", "lay_out"]

#: Elements whose content a reader never sees.
INVISIBLE: Final = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "video",
        "audio",
        "canvas",
        "select",
        "datalist",
        "textarea",
        "input",
        "button",
        "map",
        "img",
        "picture",
        "source",
        "track",
        "param",
    }
)
#: Prefixes of Word's namespaced elements that carry no text a reader sees
#: (``<o:p>``'s padding, VML shapes, Word's own tags); smart tags (``st1:``) keep theirs.
_WORD_PREFIXES: Final = ("o:", "v:", "w:")
#: Elements that start and end a line of their own.
BLOCKS: Final = frozenset(
    {
        "html",
        "body",
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "listing",
        "plaintext",
        "xmp",
    }
)
#: Blocks set apart by a blank line (``innerText`` gives a paragraph two line breaks).
_SPACED: Final = frozenset({"p"})
#: Table cells: kept apart on their row by a tab.
_CELLS: Final = frozenset({"td", "th"})
#: Bold type: a paragraph that is only bold is a heading inside the text.
_BOLD: Final = frozenset({"b", "strong"})
#: Elements kept with their white space.
_PREFORMATTED: Final = frozenset({"pre", "listing", "plaintext", "xmp"})
#: Inline formatting: no box of its own (its text counts for the box around it).
_INLINE: Final = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "br",
    }
)
#: Punctuation of running text: prose has it, menus and link lists do not.
_PUNCTUATION: Final = "，。；：、！？“”,.;!?"
_NO_PUNCTUATION: Final = str.maketrans("", "", _PUNCTUATION)
#: Private-use code points: icon fonts' glyphs (a share icon, an arrow), pictures rather than text.
_PRIVATE_USE: Final = re.compile("[\ue000-\uf8ff]")
_COLLAPSIBLE: Final = re.compile(r"[ \t\n\r\f]+")
_SPACES: Final = re.compile(r" {2,}")
#: Ids and classes of controls printed inside a line (a 举报 link after the source, a comment
#: counter, font-size buttons, a "back to the home page" link after the last sentence): buttons, not text.
_INLINE_CONTROLS: Final = re.compile(
    r"jubao|report|share|print|comment|pinglun|font[-_]?(?:size|change|ctrl|big|small)|zihao|\bzan|digg|collect"
    r"|favorite|qrcode|ewm|close|\bback|gotop|returntop|fanhui",
    re.IGNORECASE,
)
#: Class names that every CSS framework defines as ``display: none``.
_HIDING_CLASSES: Final = frozenset({"hidden", "hide", "d-none", "is-hidden", "display-none", "invisible"})
_HIDING_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: A link's target that is a document file: an attachment, whose address is kept.
_DOCUMENT_FILE: Final = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|txt|rtf|zip|rar|7z|ceb|tif)(?:[?#].*)?$", re.IGNORECASE
)


class Box:
    """An element that is not inline formatting, and what its text is made of."""

    __slots__ = ("chars", "depth", "first", "last", "link_chars", "links", "marks", "parent", "punctuation", "tag")

    def __init__(self, tag: str, marks: str, parent: int, depth: int, first: int) -> None:
        self.tag = tag
        #: its id and class, lower-cased, space-separated (where portals name their parts)
        self.marks = marks
        self.parent = parent  #: index of the enclosing box, -1 for the outermost
        self.depth = depth
        self.first = first  #: index of its first line
        self.last = first - 1  #: index of its last line (before ``first``: no line of its own)
        self.chars = 0  #: visible characters, white space not counted
        self.link_chars = 0  #: of which inside links
        self.links = 0  #: links
        self.punctuation = 0  #: punctuation marks outside links

    def __repr__(self) -> str:
        return f"<Box {self.tag} {self.marks!r} lines {self.first}-{self.last} chars {self.chars}>"


class Layout:
    """The lines of a page and the boxes that hold them."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        #: whether a blank line comes before each line
        self.gaps: list[bool] = []
        #: characters inside links, for each line
        self.line_links: list[int] = []
        #: the innermost box open when each line ended (the box that holds it)
        self.owners: list[int] = []
        self.boxes: list[Box] = []
        #: the boxes open at this point of the walk, innermost last
        self.open: list[int] = []
        self._pieces: list[str] = []
        self._break = 0
        self._line_links = 0
        self._line_plain = False
        #: whether each line is all bold (``<b>``, ``<strong>``): a heading inside the text
        self.bold: list[bool] = []

    def text(self, first: int = 0, last: int | None = None, skip: frozenset[int] = frozenset()) -> str:
        """The lines ``first`` to ``last`` (inclusive) but those in ``skip``, blank lines kept."""
        end = len(self.lines) if last is None else last + 1
        out: list[str] = []
        for index in range(first, end):
            if index in skip:
                continue
            if out and self.gaps[index]:
                out.append("")
            out.append(self.lines[index])
        return "\n".join(out)

    def _add(self, text: str, in_link: bool, in_bold: bool = False) -> None:
        self._pieces.append(text)
        if in_link:
            self._line_links += len(text)
        if not in_bold and not text.isspace():
            self._line_plain = True

    def _end_line(self, blank: int = 1) -> None:
        """End the line being built (if any) and ask for ``blank`` line breaks before the next."""
        if self._pieces:
            line = _SPACES.sub(" ", "".join(self._pieces)).strip(" \t")
            self._pieces.clear()
            if line.strip():
                self.gaps.append(self._break >= 2 and bool(self.lines))
                self.lines.append(line)
                self.line_links.append(self._line_links)
                self.owners.append(self.open[-1] if self.open else -1)
                self.bold.append(not self._line_plain)
                self._break = 0
            self._line_links = 0
            self._line_plain = False
        self._break = max(self._break, blank)


def _inline_control(attributes: dict[str, str | None]) -> bool:
    href = attributes.get("href")
    if href is not None and href.startswith(("#", "javascript:")) and href.strip("#"):
        return True  # a jump within the page or a script's button (#comments, javascript:print())
    marks = " ".join(filter(None, (attributes.get("id"), attributes.get("class"))))
    return bool(marks) and _INLINE_CONTROLS.search(marks) is not None


def _hidden(attributes: dict[str, str | None]) -> bool:
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style")
    if style is not None and _HIDING_STYLE.search(style) is not None:
        return True
    classes = attributes.get("class")
    return classes is not None and not _HIDING_CLASSES.isdisjoint(classes.lower().split())


def hides(tag: str, attributes: dict[str, str | None]) -> bool:
    """Whether the layout leaves out an element's content: the tests :meth:`_Walk.start` makes, for a tag
    read from markup (:mod:`.nesting` drops such an element with its content past the nesting cap)."""
    if tag in INVISIBLE or tag.startswith(_WORD_PREFIXES):
        return True
    if attributes and _hidden(attributes):
        return True
    return tag in _INLINE and bool(attributes) and _inline_control(attributes)


class _Walk:
    """The state of one walk: the layout being built, the open boxes, the links and ``<pre>`` around."""

    def __init__(self, icons: bool) -> None:
        self.layout = Layout()
        self.open = self.layout.open
        self.in_link = 0
        self.in_pre = 0
        self.in_bold = 0
        #: whether the page has private-use characters (icon-font glyphs) to leave out
        self.icons = icons

    def text(self, text: str) -> None:
        layout = self.layout
        if self.in_pre:
            lines = text.split("\n")
            for number, line in enumerate(lines):
                if number:
                    layout._end_line()
                if line.strip():
                    layout._add(line, self.in_link > 0, self.in_bold > 0)
        else:
            if self.icons:
                text = _PRIVATE_USE.sub("", text)
            text = _COLLAPSIBLE.sub(" ", text)
            if text == " ":
                if layout._pieces:
                    layout._add(text, False)
                return
            layout._add(text, self.in_link > 0, self.in_bold > 0)
        chars = len(text) - text.count(" ")
        if chars and self.open:
            box = layout.boxes[self.open[-1]]
            box.chars += chars
            if self.in_link:
                box.link_chars += chars
            else:
                box.punctuation += len(text) - len(text.translate(_NO_PUNCTUATION))

    def start(self, node: LexborNode, tag: str) -> tuple[str, int, str | None] | None:
        """Open an element; None: its content is not walked."""
        if tag in INVISIBLE or tag.startswith(_WORD_PREFIXES):
            return None
        attributes = node.attributes
        if attributes and _hidden(attributes):
            return None
        if tag in _INLINE and attributes and _inline_control(attributes):
            return None
        layout = self.layout
        if tag == "br":
            if not layout._pieces:
                layout._break = max(layout._break, 2) if layout.lines else 0
            layout._end_line()
            return None
        if tag in BLOCKS:
            layout._end_line(2 if tag in _SPACED else 1)
        box = -1
        href = None
        if tag == "a":
            href = attributes.get("href")
            if href:
                self.in_link += 1
                if self.open:
                    layout.boxes[self.open[-1]].links += 1
        elif tag not in _INLINE:
            marks = " ".join(filter(None, (attributes.get("id"), attributes.get("class")))).lower()
            parent = self.open[-1] if self.open else -1
            box = len(layout.boxes)
            layout.boxes.append(Box(tag, marks, parent, len(self.open), len(layout.lines)))
            self.open.append(box)
        if tag in _PREFORMATTED:
            self.in_pre += 1
        elif tag in _BOLD:
            self.in_bold += 1
        return tag, box, href

    def end(self, state: tuple[str, int, str | None]) -> None:
        tag, box_index, href = state
        layout = self.layout
        if href:
            self.in_link -= 1
            if _DOCUMENT_FILE.search(href) and layout._pieces:
                layout._add(" " + href, False)
        if tag in _PREFORMATTED:
            self.in_pre -= 1
        elif tag in _BOLD:
            self.in_bold -= 1
        if tag in BLOCKS:
            layout._end_line(2 if tag in _SPACED else 1)
        elif tag in _CELLS and layout._pieces:
            layout._add("\t", False)
        if box_index >= 0:
            self.open.pop()
            box = layout.boxes[box_index]
            box.last = len(layout.lines) if layout._pieces else len(layout.lines) - 1
            if box.parent >= 0:
                parent = layout.boxes[box.parent]
                parent.chars += box.chars
                parent.link_chars += box.link_chars
                parent.links += box.links
                parent.punctuation += box.punctuation


def lay_out(root: LexborNode, icons: bool = True) -> Layout:
    """Walk the page from ``root`` (its ``<html>`` element) and lay it out.

    ``icons=False`` says the page has no private-use character (saves a search per text).
    """
    walk = _Walk(icons)
    stack: list[tuple[str, int, str | None]] = []
    node: LexborNode | None = root
    while node is not None:
        tag = node.tag or ""
        state = None
        if tag == "-text":
            walk.text(node.text_content or "")
        elif not tag.startswith(("-", "!", "_")):
            state = walk.start(node, tag)
        if state is not None:
            child = node.child
            if child is not None:
                stack.append(state)
                node = child
                continue
            walk.end(state)
        while stack:  # the next sibling, or the parent's, climbing
            following = node.next
            if following is not None:
                node = following
                break
            walk.end(stack.pop())
            parent = node.parent
            assert parent is not None  # within the open elements there is always one
            node = parent
        else:
            node = None
    layout = walk.layout
    layout._end_line()
    last_line = len(layout.lines) - 1
    for box in layout.boxes:  # a box that ended on a line of white space only: that line was never made
        box.last = min(box.last, last_line)
    return layout
