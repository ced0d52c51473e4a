"""Stage 5: the body's lines, from the end of the head to the first footer or credit line.

Furniture inside the text is dropped; a credit, source or end mark glued to
the last paragraph is cut off and kept for the tail.
"""

from __future__ import annotations

from typing import NamedTuple

from .byline import extract_trailing_credit, is_credit_line, is_office_credit
from .meta import META_OPENERS, MetaLine, split_fields
from .shapes import (
    TAIL_LINE_MAX,
    cut_inline_footer,
    find_tail_label,
    is_footer,
    is_furniture,
    is_image_file,
    is_link_line,
    is_prose,
    is_site_footer,
)
from .tables import (
    CREDIT_EDGE,
    END_MARKS,
    IMAGE_NAME,
    LIST_RESIDUE,
    SUMMARY_FIRST_CHARS,
    SUMMARY_LABEL,
)

__all__ = ["Body", "segment_body"]


class Body(NamedTuple):
    """The body's lines, where they ended, and what was cut from the last paragraph."""

    lines: list[str]
    #: Index of the line that ended the body (a footer or credit line), or the number of lines.
    end: int
    #: A credit glued to the last paragraph ("(记者 薛路)"), or printed alone under it.
    credits: list[str]
    #: A source glued to the last paragraph ("(来源:市发改委)"), read as a metadata line.
    metas: list[MetaLine]


def segment_body(lines: list[str], start: int) -> Body:
    """Take the body from ``start`` to the first footer or credit line."""
    body: list[str] = []
    append = body.append
    end = max(start, len(lines))  # where no footer or credit line ends the body
    for i in range(start, len(lines)):
        line = lines[i]
        if len(line) <= TAIL_LINE_MAX:
            if is_footer(line) or find_tail_label(line) is not None:
                end = i
                break
            if is_furniture(line):  # a widget inside the body is dropped, not an end
                continue
        elif is_link_line(line):  # a long link line ends it too
            end = i
            break
        if is_site_footer(line):
            end = i
            break
        append(line)
    credits: list[str] = []
    metas: list[MetaLine] = []
    if body and (body[0][0] in SUMMARY_FIRST_CHARS or body[0][0] in LIST_RESIDUE):
        body[0] = _text_opening(body[0])
    if body:
        last = _cut_end_mark(IMAGE_NAME.sub("", cut_inline_footer(body[-1]), count=1))
        alone = last[:1] in "(" and (is_credit_line(last) or is_office_credit(last))
        glued = ("", last) if alone else extract_trailing_credit(last)
        if glued is not None:
            last, credit = glued
            meta = _glued_source(credit)
            if meta is None:
                credits.append(credit)
            else:
                metas.append(meta)
        body[-1] = last
        if not last or is_image_file(last):  # a photo's file name the credit was glued to
            body.pop()
    return Body(body, end, credits, metas)


def _text_opening(line: str) -> str:
    """The text's first paragraph without a list bullet or a summary label printed before it.

    "• 为切实加强…" (the paragraph rendered as a list item), "摘要:近日,…" (the
    text printed as its summary).
    """
    if line[0] in LIST_RESIDUE:
        return line[2:].lstrip() if line[1:2] == " " and is_prose(line) else line
    label = SUMMARY_LABEL.match(line)
    return line[label.end() :] if label is not None and label.end() < len(line) else line


def _cut_end_mark(line: str) -> str:
    """Drop a wire-style end mark closing the text ("…服务。(完)"): it is no part of the article."""
    if line[-1:] == ")" and line.endswith(END_MARKS):
        return line[: line.rindex("(")].rstrip()
    return line


def _glued_source(credit: str) -> MetaLine | None:
    """The source named by a parenthesis cut from the last paragraph ("(来源:市发改委)"); None for a credit."""
    inner = CREDIT_EDGE.sub("", credit)
    meta = split_fields(inner) if inner and inner[0] in META_OPENERS else None
    if meta is not None and any(f.kind == "source" and f.value for f in meta.fields):
        return meta
    return None
