"""A headline printed over two or three lines, found from the line picked (stage 3, for :mod:`.headline`).

The first line of such a headline runs on ("…办公室关于印发", "关于做好2025年度"),
an office's name stands alone over its 关于 line, or the document's kind closes
it on a line of its own ("答 复", "工作人员公告"); a year may stand over it alone.
A news headline may open with its speaker on a line closed by the verb ("…会议强调"), or hold an
event over two lines ("…组织召开全县某某" / "…推进工作会议").
The parts are joined by a space (a year without one), as readers join them.
"""

from __future__ import annotations

from typing import Final

from .candidates import is_candidate
from .lines import find_gaps
from .shapes import is_issuer_line, is_spaced_word, squash
from .tables import (
    DOCUMENT_KIND_END,
    DOCUMENT_KIND_LAST,
    EVENT_ENDINGS,
    EVENT_WORD,
    HEADLINE_CLAUSE_LAST,
    HEADLINE_SPEECH_VERBS,
    HEADLINE_YEAR_LINE,
    HOLDING_VERBS,
    KIND_TAIL_MAX,
    OWN_TITLE_OPENER,
    REPLY_KINDS,
    REPLY_OPENER,
    SPLIT_HEADLINE_OPENER_LAST,
    SPLIT_HEADLINE_OPENERS,
    SPLIT_HEADLINE_PARTS,
    has_sentence_punct,
)

__all__ = ["printed_whole_above", "split_headline"]

#: Shortest first line of a split headline that opens with 关于 ("关于我们" is a menu item).
_ABOUT_OPENER_MIN: Final = 6


def split_headline(lines: list[str], at: int, excluded: set[int], text: str) -> tuple[str, int] | None:
    """The headline printed over two or three lines, one of them ``at``: joined by a space, and its last line.

    A year alone on the line over ``at`` ("2025年") is the headline's first words, joined without one.

    The last line ends with the document's kind (…的通知) and the first opens a
    headline that runs on ("…办公室关于印发", "…关于命名“某省", "某市人民政府 某法院印发");
    no line between is complete in itself, and no blank line parts them (where the page
    does not set every line apart).
    None where ``at`` is a headline of one line.
    """
    line = lines[at]
    year = at - 1
    if year >= 0 and year not in excluded and HEADLINE_YEAR_LINE.fullmatch(lines[year]) and not line[0].isdigit():
        return lines[year] + line, at  # the year opens the headline, printed on a line of its own
    if line[0] == "暨" and at > 0 and _continues(lines, at, excluded, text):
        return f"{lines[at - 1]} {line}", at  # "…第12次党组会" / "暨…学习会议召开": no headline opens with 暨
    ends = line[-1] in DOCUMENT_KIND_LAST and DOCUMENT_KIND_END.search(line) is not None
    if ends and (upper := _over_kind_tail(lines, at, excluded, text)):
        return f"{upper} {line}", at  # the line picked is the short tail ("完成情况说明") under the headline's words
    if not ends and (held := _event_over_lines(lines, at, excluded, text)) is not None:
        return held
    if not ends and (first := _speaker_above(lines, at, excluded, text)) >= 0:
        return " ".join(lines[first : at + 1]), at  # "某会议强调" / "…," / the line picked
    if not ends and at + 1 < len(lines) and at + 1 not in excluded and _is_spaced_kind(lines[at + 1]):
        # "关于…的" over its kind spaced out ("答 复"), under the office's name where it stands alone above
        above = at > 0 and at - 1 not in excluded and _issuer_over_about(lines, at - 1)
        return " ".join(lines[at - 1 if above else at : at + 2]), at + 1
    if not ends and (tail := _kind_tail_below(lines, at, excluded, text)):
        return f"{line} {tail}", at + 1  # "…公开招聘" over "工作人员公告": the short line ends the headline
    if not ends and not _opens_headline(line) and not _issuer_over_about(lines, at):
        return None  # most headlines: complete on their line
    if (at > 0 and lines[at - 1] == line) or (at + 1 < len(lines) and lines[at + 1] == line):
        return None  # printed twice, on the line beside it: complete on its own (no issuer line over it)
    step = -1 if ends else 1
    if not 0 <= at + step < len(lines) or at + step in excluded or not is_candidate(lines[at + step]):
        return None  # most of the rest: no line beside it that may be part of it
    gaps = _parting_gaps(lines, at, text)
    parts = [line]
    i = at + step
    while 0 <= i < len(lines) and len(parts) < SPLIT_HEADLINE_PARTS:
        part = lines[i]
        if i in excluded or max(i, i - step) in gaps:
            return None
        if not ends and _is_spaced_kind(part):
            parts.append(part)
            return " ".join(parts), i
        if not is_candidate(part):
            return None
        if ends:
            if DOCUMENT_KIND_END.search(part):
                return None
            parts.insert(0, part)
            if _opens_headline(part) or _issuer_over_about(lines, i) or _opens_reply(part, line):
                over = i - 1
                if (
                    len(parts) < SPLIT_HEADLINE_PARTS
                    and part.startswith(SPLIT_HEADLINE_OPENERS)
                    and over >= 0
                    and over not in excluded
                    and i not in gaps
                    and is_issuer_line(lines[over])
                ):
                    parts.insert(0, lines[over])  # the offices over "转发《…" / "关于…": the headline's first words
                return " ".join(parts), at
        else:
            parts.append(part)
            if DOCUMENT_KIND_END.search(part):
                return " ".join(parts), i
        i += step
    return None


def _continues(lines: list[str], at: int, excluded: set[int], text: str) -> bool:
    """Whether line ``at`` runs on the line above, a part of the headline: no blank line parts them."""
    return at - 1 not in excluded and is_candidate(lines[at - 1]) and at not in _parting_gaps(lines, at, text)


def printed_whole_above(lines: list[str], at: int, excluded: set[int]) -> int:
    """The line above that prints whole the headline split over the lines ending at ``at``, else -1.

    A document's page may print its headline on one line and then again, as the
    letter's heading, over two or three lines set apart like every block: the lines
    that join (spaces dropped) into that earlier line are the headline's parts,
    whatever parts them.
    """
    for first in range(at - 1, max(-1, at - SPLIT_HEADLINE_PARTS), -1):
        if first in excluded:
            break
        whole = squash("".join(lines[first : at + 1]))
        once = next((i for i in range(first) if i not in excluded and squash(lines[i]) == whole), -1)
        if once >= 0:
            return once
    return -1


def _speaker_above(lines: list[str], at: int, excluded: set[int], text: str) -> int:
    """The first line of a news headline whose lines above ``at`` open with its speaker, else -1.

    Over ``at``, one or more lines closed by a clause's comma ("干出新气象,拼出新天地,"), then
    the line closed by the verb of speech ("某开发区工作会议强调"); no blank line parts them
    (where the page does not set every line apart).
    """
    first = -1
    for i in range(at - 1, max(-1, at - SPLIT_HEADLINE_PARTS), -1):
        part = lines[i]
        if i in excluded:
            return -1
        if part.endswith(HEADLINE_SPEECH_VERBS):
            first = i
            break
        if part[-1] not in HEADLINE_CLAUSE_LAST:
            return -1
    if first < 0 or first == at - 1 or not all(is_candidate(lines[i]) for i in range(first, at)):
        return -1  # none, or a line closed by the verb right over the headline: another story's (a ticker)
    gaps = _parting_gaps(lines, at, text)  # looked for last: most headlines have no such line above
    return -1 if any(i in gaps for i in range(first + 1, at + 1)) else first


def _kind_tail_below(lines: list[str], at: int, excluded: set[int], text: str) -> str:
    """The short line under ``at`` that ends a headline with its document's kind ("工作人员公告"), else "".

    Right under a line with no kind at its end, no blank line between (where the page
    does not set every line apart), no sentence in it, and short: the headline's last
    words, not another one.
    """
    below = at + 1
    if below >= len(lines) or below in excluded:
        return ""
    tail = lines[below]
    if len(tail) > KIND_TAIL_MAX or tail[-1] not in DOCUMENT_KIND_LAST or not DOCUMENT_KIND_END.search(tail):
        return ""
    if has_sentence_punct(tail) or not is_candidate(tail) or below in _parting_gaps(lines, at, text):
        return ""
    return tail


def _over_kind_tail(lines: list[str], at: int, excluded: set[int], text: str) -> str:
    """The line over ``at`` where ``at`` is the short line that ends a headline with its kind
    (see :func:`_kind_tail_below`) and that line no headline of its own; else ""."""
    upper = at - 1
    if upper < 0 or upper in excluded or len(lines[at]) > KIND_TAIL_MAX:
        return ""
    above = lines[upper]
    if DOCUMENT_KIND_END.search(above) or not is_candidate(above) or has_sentence_punct(above):
        return ""
    if upper > 0 and upper - 1 not in excluded and _opens_headline(lines[upper - 1]):
        return ""  # the middle of a headline over three lines ("…关于印发" / "…" / "…的通知"): read whole elsewhere
    if _kind_tail_below(lines, upper, excluded, text) != lines[at]:
        return ""
    issuer = upper - 1  # the office over "关于…", no blank line between: the headline's first words
    if (
        issuer >= 0
        and issuer not in excluded
        and _issuer_over_about(lines, issuer)
        and upper not in _parting_gaps(lines, at, text)
    ):
        return f"{lines[issuer]} {above}"
    return above


def _event_over_lines(lines: list[str], at: int, excluded: set[int], text: str) -> tuple[str, int] | None:
    """A news headline whose first line holds the verb of holding an event and the second names the event
    ("某办组织召开全县某某" / "某某推进工作会议"): the two lines, one of them ``at``, and the last; else None.

    The verb's object runs on: no event word follows the verb on its line, the lower line closes on one and
    holds no such verb, and no blank line parts them.
    """
    for upper in (at - 1, at):
        lower = upper + 1
        if upper < 0 or lower >= len(lines) or upper in excluded or lower in excluded:
            continue
        first, second = lines[upper], lines[lower]
        verb = max(first.rfind(word) for word in HOLDING_VERBS)
        if verb < 0 or EVENT_WORD in first[verb:] or not second.endswith(EVENT_ENDINGS):
            continue
        if any(word in second for word in HOLDING_VERBS) or not (is_candidate(first) and is_candidate(second)):
            continue
        if lower not in _parting_gaps(lines, upper, text):
            return f"{first} {second}", lower
    return None


def _parting_gaps(lines: list[str], at: int, text: str) -> frozenset[int]:
    """The lines printed after a blank line, where blank lines part the page's blocks.

    A page that sets every line apart down to the one under ``at`` parts no
    headline with them: none then.
    """
    gaps = find_gaps(text) if text else frozenset()
    if gaps and all(i in gaps for i in range(1, min(at + 2, len(lines)))):
        return frozenset()
    return gaps


def _is_spaced_kind(line: str) -> bool:
    """A document's kind printed with its characters spaced out, the last line of its headline ("答 复", "通  知"),
    the matter it is about before it or not ("征 地 公 告" under the office's name)."""
    return " " in line and is_spaced_word(line) and DOCUMENT_KIND_END.search(line.replace(" ", "")) is not None


def _opens_headline(line: str) -> bool:
    """The first line of a headline that runs on: it ends with 关于/印发, leaves a quote open,
    or opens with 关于 and ends with no document's kind ("关于做好2025年度" over "…工作的通知")."""
    if line[-1] in SPLIT_HEADLINE_OPENER_LAST and line.endswith(SPLIT_HEADLINE_OPENERS):
        return True
    if line.startswith("关于"):
        return len(line) >= _ABOUT_OPENER_MIN and DOCUMENT_KIND_END.search(line) is None
    return line.find("关于", 2) >= 0 or ("“" in line and line.count("“") > line.count("”"))


def _opens_reply(first: str, last: str) -> bool:
    """The first line of a reply's headline ("对市政协某次会议"), its last line closing with the reply's kind.

    One phrase (a slogan over the headline, "对标对表抓落实 奋力争先创一流", has two), over a last line
    that is no headline of its own ("某局关于…的答复", under a column's "对口支援工作专栏").
    """
    return (
        first.startswith(REPLY_OPENER)
        and len(first) >= _ABOUT_OPENER_MIN
        and " " not in first
        and last.endswith(REPLY_KINDS)
        and OWN_TITLE_OPENER not in last
    )


def _issuer_over_about(lines: list[str], at: int) -> bool:
    """An office's name alone over the rest of its headline ("某县民政局" / "关于…的答复"): its first line."""
    return at + 1 < len(lines) and lines[at + 1].startswith("关于") and is_issuer_line(lines[at])
