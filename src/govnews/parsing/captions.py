"""Stage 5, its edges: photo captions and counters among the text's lines, which are no text.

:mod:`.edges` drops, with these, the numbers alone on their lines that stand
among paragraphs (a page's counters), the captions a gallery printed between
paragraphs with running numbers, and the captions left under the last sentence.
"""

from __future__ import annotations

from typing import Final

from .shapes import squash
from .tables import (
    BULLET_CHARS,
    CAPTION_ENDING_LAST,
    CAPTION_ENDINGS,
    CAPTION_LINE_MAX,
    CAPTION_RUN_LINE_MAX,
    CAPTION_RUN_MIN,
    CELL_LINE_MAX,
    CLOSING_FORMULA_FIRST,
    CLOSING_FORMULAS,
    LIST_INTRO_ENDINGS,
    LIST_INTRO_WORD,
    OFFICE_ENDING_LAST,
    OFFICE_ENDINGS,
    PHOTO_POSITION,
    SERIES_EVENT_ENDINGS,
    SIGNATURE_DATE,
    SIGNING_UNIT_ENDING_LAST,
    SIGNING_UNIT_ENDINGS,
    TRAILING_CAPTION_MAX,
    first_char,
    has_digit,
    has_sentence_punct,
    last_char,
)

__all__ = ["drop_counters", "drop_numbered_captions", "drop_trailing_captions", "is_caption", "may_be_caption"]

#: What a sentence ends with, before captions left under the text: narrower than
#: ``SENTENCE_END_CHARS``, since a closing bracket or an ellipsis may end a form's cell.
_SENTENCE_ENDS: Final = "。!?”"
#: Longest caption with a running number, and shortest text before the number (see _drop_numbered_captions).
_CAPTION_LINE_MAX: Final = 80
_CAPTION_STEM_MIN: Final = 8
#: The digits a running number is made of.
_DIGITS: Final = "0123456789"
#: Fewest last characters a series of captions shares ("…村群众大会").
_SERIES_ENDING_MIN: Final = 3
#: First characters of an attachment or a numbered item: never a caption.
_ATTACHMENT_FIRST: Final = "附一二三四五六七八九十(第"


def drop_trailing_captions(body: list[str], title: str | None) -> None:
    """Drop the photo captions left under the text's last sentence ("会议现场", "(督查某某项目)"), and the headline.

    A caption is short and no sentence, wholly in parentheses or ending as a
    photo's caption does (…现场, …合影); a signature, a date, a closing formula
    (特此通知), a contact or an attachment line is none, and neither is the stump
    of a sentence where the capture was cut.
    """
    if not body:
        return  # nothing but an end mark or furniture under the headline: no text, no captions
    run = len(body)
    key = squash(title) if title else ""
    while run > 1 and (is_caption(body[run - 1]) or squash(body[run - 1]) == key or _marks_a_position(body[run - 1])):
        run -= 1
    marked = run < len(body) and _marks_a_position(body[-1])
    if run == len(body) or marked:  # two or more plain short lines may be the photos' captions (one if a
        # caption under them marks a person's place)
        plain = run
        while plain > 1 and _may_be_caption(body[plain - 1]):
            plain -= 1
        if plain == run:  # captions of a series naming one event ("某村群众大会" / "某某村群众大会"), though
            # their last words end as a signing unit's name may (…会)
            plain = _series_start(body, run)
        announced = body[plain - 1].endswith(LIST_INTRO_ENDINGS) or LIST_INTRO_WORD in body[plain - 1]
        if not announced and (marked or len(body) - plain >= CAPTION_RUN_MIN):
            run = plain  # not one line alone, nor a list the text announces ("名单如下。", "携带以下材料。")
    if run < len(body) and body[run - 1][-1] in _SENTENCE_ENDS:
        del body[run:]


def may_be_caption(line: str) -> bool:
    """A short line that may be a photo's caption under the text ("会议现场", "与会人员观摩某校工作开展情况")."""
    return is_caption(line) or _may_be_caption(line)


def is_caption(line: str) -> bool:
    """A photo's caption by its words ("会议现场", "(督查某某项目)"): short, wholly in parentheses or ending as a
    caption does, no sentence, signature, formula or number."""
    wrapped = line[0] == "(" and line[-1] == ")"
    bare = line[1:-1] if wrapped else line
    if not (wrapped or (last_char(bare) in CAPTION_ENDING_LAST and bare.endswith(CAPTION_ENDINGS))):
        return False
    if len(bare) > TRAILING_CAPTION_MAX or has_sentence_punct(bare) or has_digit(bare):
        return False
    if "," in bare or ":" in bare or bare.startswith(CLOSING_FORMULAS) or bare[0] in _ATTACHMENT_FIRST:
        return False
    return not bare.endswith(OFFICE_ENDINGS) and SIGNATURE_DATE.match(bare) is None


def _marks_a_position(line: str) -> bool:
    """A photo's caption that marks where a person stands in it ("某某(右三)在某社区指导工作"): one phrase."""
    return (
        len(line) <= CAPTION_LINE_MAX
        and "(" in line
        and PHOTO_POSITION.search(line) is not None
        and not has_sentence_punct(line)
    )


def _may_be_caption(line: str, signed: bool = False) -> bool:
    """A line that may be one of a run of photo captions under the text ("检查某街道某隐患点1"): short,
    one phrase (no sentence, comma, label, space or list number), and no signature (a unit's name, dated
    or not, unless ``signed`` lets its ending pass), formula or attachment."""
    if len(line) > CAPTION_RUN_LINE_MAX or " " in line or ":" in line or "," in line or has_sentence_punct(line):
        return False
    # a set lookup of the first or last character before each ``str.startswith``/``endswith`` of a tuple
    last = last_char(line)
    if not signed and last in SIGNING_UNIT_ENDING_LAST and line.endswith(SIGNING_UNIT_ENDINGS):
        return False  # a signature with no date (某县总工会, 某县第一中学)
    first = first_char(line)
    if (
        first.isdigit()
        or first in BULLET_CHARS
        or (first in CLOSING_FORMULA_FIRST and line.startswith(CLOSING_FORMULAS))
        or first in _ATTACHMENT_FIRST
    ):
        return False
    return not (last in OFFICE_ENDING_LAST and line.endswith(OFFICE_ENDINGS)) and SIGNATURE_DATE.match(line) is None


def _series_start(body: list[str], run: int) -> int:
    """Where a run of two or more short lines over ``run`` starts that end with the same words (three
    characters or more) and would be captions but for that ending; ``run`` where there is none."""
    start = run
    while start > 1 and _may_be_caption(body[start - 1], signed=True):
        start -= 1
    lines = body[start:run]
    if len(lines) < CAPTION_RUN_MIN:
        return run
    shortest = min(len(line) for line in lines)
    shared = 0
    while shared < shortest and len({line[-1 - shared] for line in lines}) == 1:
        shared += 1
    if shared < _SERIES_ENDING_MIN or shared == shortest:
        return run
    # the words they share name an event or a photo ("…群众大会", "…活动现场"); signers who share a unit's
    # name ("…社区", "…股份经济合作社") sign together and stay
    return start if lines[0][-shared:].endswith(SERIES_EVENT_ENDINGS) else run


def drop_counters(body: list[str], numbers: list[int]) -> None:
    """Drop the numbers alone on their lines that stand among text: counters, not a table's or list's cells.

    A number among a table's cells printed one a line, or under a list's
    numbered items, has such a line beside it: short, without a sentence.
    """
    for at in reversed(numbers):
        if not any(0 <= near < len(body) and _is_cell(body[near]) for near in (at - 1, at + 1)):
            del body[at]


def drop_numbered_captions(body: list[str]) -> None:
    """Drop the captions a gallery printed between paragraphs, one text with a running number glued to it.

    "某镇召开现场会)24" … "某镇召开现场会)237": the same caption, ended by
    different numbers (the pictures' ids), twice or more. A caption is short,
    no sentence, and its text holds more than a list item's number ("附件1").
    """
    stems: dict[str, set[str]] = {}
    for line in body:
        if last_char(line).isdigit() and len(line) <= _CAPTION_LINE_MAX and "。" not in line:
            stem = line.rstrip(_DIGITS)
            if len(stem) >= _CAPTION_STEM_MIN and stem[-1] != " ":
                stems.setdefault(stem, set()).add(line[len(stem) :])
    repeated = {stem for stem, numbers in stems.items() if len(numbers) > 1}
    if repeated:
        body[:] = [line for line in body if not (line[-1].isdigit() and line.rstrip(_DIGITS) in repeated)]


def _is_cell(line: str) -> bool:
    """A line that may be a table's cell or a list's item: short and without a sentence."""
    return len(line) <= CELL_LINE_MAX and not has_sentence_punct(line) and "," not in line
