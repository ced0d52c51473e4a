"""Stage 4, after :mod:`.closing`: the red header between the head and the body.

A document's red header (文号, issuer line, a repeat of the headline, a reply
class, a byline printed above the text) is skipped.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from .closing import credit_line, is_reply_class, is_title_part, may_credit
from .furniture import is_footer, is_furniture
from .meta import MetaLine
from .shapes import (
    ISSUER_LINE_MAX,
    TITLE_MIN,
    bigrams,
    document_number_line,
    is_addressee,
    is_header_row,
    is_issuer_line,
    is_paper_abstract,
    is_prose,
    is_spaced_word,
    signer_fields,
    squash,
)
from .tables import (
    ADDRESSEE_MAX,
    ADDRESSEE_OPENERS,
    ADDRESSEE_TITLES,
    BRACKETED_NOTE,
    CAPTION_ENDINGS,
    CELL_GAPS,
    COVER_DATE,
    DASH_RUN,
    DATED_OPENING,
    DATELINE_TITLE,
    DECK_LINES_MAX,
    DECK_MAX,
    DOCUMENT_KIND_END,
    HAN_FIRST,
    HAN_LAST,
    HEADER_DAY,
    HEADING_NUMBERED,
    ISSUE_NUMBER,
    MASTHEAD_MAX,
    OWN_TITLE_OPENER,
    READING_LINK,
    REGISTRATION_CODE,
    SIGNATURE_DATE,
    SPEAKER_LINE,
    SPEECH_HEADER_LINES,
    SUBTITLE_FIRST_CHARS,
    SUBTITLE_LINE,
    SUMMARY_BOX,
    SUMMARY_BOX_FIRST,
    SUMMARY_CELL,
    SUMMARY_CELL_REPEAT,
    has_sentence_punct,
)

__all__ = ["RedHeader", "skip_red_header"]


class RedHeader:
    """What a document's red header held between the head and the text."""

    #: Index of the body's first line.
    start: int
    #: Bylines printed above the text ("文/图 记者 张三").
    credits: list[str]
    #: 文号 lines not already in the head.
    document_numbers: list[str]
    #: The signers' cells printed after those 文号 ("签发人:某某"), read as metadata.
    signers: list[MetaLine]

    def __init__(self, start: int, credits: list[str], document_numbers: list[str], signers: list[MetaLine]) -> None:
        self.start = start
        self.credits = credits
        self.document_numbers = document_numbers
        self.signers = signers


#: Most lines a red header prints the headline again over, in its own words.
_RESTATED_LINES_MAX: Final = 3
#: Shortest summary under the date that the text prints again, and how far down (in lines) it may do so.
_SUMMARY_MIN: Final = 12
_SUMMARY_REACH: Final = 9


def skip_red_header(lines: list[str], start: int, title: str | None, known: list[str], title_at: int = -1) -> RedHeader:
    """Skip the red header between the metadata and the body: repeats, 文号, issuer and credit lines.

    Also a variant of the headline, a document's kind spaced out (通    知), a
    bracketed date, date range or announcement number, an issuer's cover block
    (the issuer over a date), a deck under the headline printed again, and a
    speech's header (occasion, speaker) above its addressee.
    ``known`` are the 文号 lines the head already holds; ``title_at`` is the headline's line.
    """
    title_key = squash(title) if title else ""
    credits: list[str] = []
    numbers: list[str] = []
    signers: list[MetaLine] = []
    seen = set(known)  # each 文号 once: a set, not a scan of the lists for each line
    i = start
    # the line before was the headline printed again (the head may have taken it)
    repeated = title_at < start - 1 and is_title_part(lines[start - 1], title_key)
    while i < len(lines):
        line = lines[i]
        if (
            (is_title_part(line, title_key) and (repeated or not _is_section_named(lines, i, title_key)))
            or (title_key and line[-1] == title_key[-1] and _is_title_variant(line, title_key))
            or (repeated and len(line) < TITLE_MIN and title_key.endswith(squash(line)))  # its last word ("通知")
        ):
            repeated = True
            i += 1
            continue
        if i == start and title_key and _is_own_title(lines, i, title_key):
            repeated = True
            i += 1  # the document's own title under the portal's headline
            continue
        if title_key and (restated := _restated_title_end(lines, i, title_key)) > i:
            repeated = True
            i = restated  # the headline printed again over lines of its own, in other words
            continue
        if (
            is_furniture(line)
            or is_footer(line)
            or is_reply_class(line)
            or (" " in line and _is_spaced_kind(line))
            or (line[0] in "(" and _is_bracketed_note(line) and not _opens_text(lines, i))
            or ("A" <= line.lstrip()[:1] <= "Z" and REGISTRATION_CODE.match(line) is not None)
            or (line[0] == "《" and READING_LINK.fullmatch(line) is not None)  # a link to its reading
        ):
            i += 1
        elif may_credit(line) and (credit := credit_line(line)):
            credits.append(credit)  # a byline printed above the text ("文/图 记者 张三")
            i += 1
        elif (number := document_number_line(line)) is not None:
            if number not in seen:  # one the head read already gave its signers there
                seen.add(number)
                numbers.append(number)
                if (fields := signer_fields(line, number)) is not None:
                    signers.append(fields)  # the official signing it, a cell after the 文号: the document's field
            i += 1
        elif (
            line[0] in SUBTITLE_FIRST_CHARS
            or line[0] == "("
            or line[0].isdigit()
            or (i == start and " " in line and SPEAKER_LINE.match(line) is not None)  # the speaker first
        ) and (addressee := _speech_header_end(lines, i)) > i:
            i = addressee  # before the issuer test: an occasion may end with a place ("…在某镇")
        elif (
            i == start
            and i > 0
            and lines[i - 1][0] in SUBTITLE_FIRST_CHARS
            and (addressee := _speech_header_end(lines, i - 1)) > i
        ):
            i = addressee  # the deck above is the headline's subtitle; the speaker and date under it the header's
        elif i + 1 < len(lines) and is_issuer_line(line):
            following = lines[i + 1]
            if (
                is_title_part(following, title_key)
                or document_number_line(following) is not None  # whole, or a stump the capture left
                or is_reply_class(following)
            ):
                i += 1
            elif _is_cover_date(following):
                i += 2  # a cover block: the issuer over the month or day it was issued
            else:
                break
        elif i + 1 < len(lines) and _is_masthead(line, lines[i + 1]):
            i += 2  # a bulletin's masthead over its issue number ("某县政务督查" / "20期")
        elif (
            repeated
            and line[-1] == "期"
            and len(line) <= MASTHEAD_MAX
            and ISSUE_NUMBER.fullmatch(line)
            and not _issue_follows(lines, i + 1)
        ):
            i += 1  # the issue number under the masthead, the headline's name printed again ("第11期"); one
            # of parallel headings (第1期, 第2期 …) opens the text
        elif "  " in line and _is_dated_issuer(line):
            i += 1  # the bulletin's issuer and day ("某县人民政府督查室      2022年8月19")
        elif line[-1] in DASH_RUN and is_issuer_line(line.rstrip(DASH_RUN + " ")):
            i += 1  # the office that wrote it, dashes leading into the text ("某街道办事处---")
        elif (
            line[0] in SUMMARY_BOX_FIRST
            and i + 1 < len(lines)
            and SUMMARY_BOX.match(line)
            and not is_paper_abstract(line, lines[i + 1])
        ):
            i += 1  # an editor's note or the key points over the text ("编者按:…", "核心提示:…"); a paper's
            # abstract over its keywords ("内容摘要:…" / "关键词:…") opens the paper itself
        elif line[0] == "内" and i + 1 < len(lines) and _repeats_summary_cell(line, lines[i + 1]):
            i += 1  # a disclosure table's summary cell, the text opening with its words again
        elif (
            i == start and i + 2 < len(lines) and is_title_part(lines[i + 1], title_key) and _opens_text_below(lines, i)
        ):
            i += 1  # a summary under the date, over the headline printed again: the text opens with it further down
        elif "电" in line and _is_dateline_title(line, title_key):
            i += 1  # a wire's dateline over the headline again ("…电 题:…")
        elif repeated and (decks := _decks_under_repeat(lines, i)) > i:
            i = decks
            continue  # the lines under the decks may be bylines or another repeat
        else:
            break
        repeated = False
    return RedHeader(i, credits, numbers, signers)


def _opens_text_below(lines: list[str], i: int) -> bool:
    """Whether line ``i``, a sentence, opens a line a few lines down again: a summary of the text's opening."""
    line = lines[i]
    return len(line) >= _SUMMARY_MIN and any(other.startswith(line) for other in lines[i + 2 : i + _SUMMARY_REACH])


def _issue_follows(lines: list[str], start: int) -> bool:
    """Whether an issue number stands alone on a line from ``start`` on: the text's next heading of a series."""
    return any(line[-1] == "期" and ISSUE_NUMBER.fullmatch(line) for line in lines[start:])


def _is_spaced_kind(line: str) -> bool:
    """The document's kind spaced out in its red header ("通    知", "禁 火 令"); "目 录" is the text's."""
    return is_spaced_word(line) and DOCUMENT_KIND_END.search(squash(line)) is not None


def _is_title_variant(line: str, title_key: str) -> bool:
    """The headline printed again in other words under it: nearly all its characters are the headline's.

    "2019年某镇政府信息公开工作年度报告" under "义乌市某镇2019年度政府信息公开工作年度报告".
    """
    key = squash(line)
    if not title_key or len(key) * 10 < len(title_key) * 6 or len(key) > len(title_key) or key[-1] != title_key[-1]:
        return False  # ... and it ends as the headline does
    if has_sentence_punct(key):
        return False
    left = Counter(title_key)
    left.subtract(key)
    missing = sum(-n for n in left.values() if n < 0)
    return missing * 10 <= len(key)


def _restated_title_end(lines: list[str], i: int, title_key: str) -> int:
    """Where a restatement of the headline that opens at line ``i`` ends, else ``i``.

    A red header prints the headline again over one to three lines, worded its own
    way ("某开发区管委会突发公共事件" / "总体应急预案" under "某开发区突发公共事件
    总体应急预案"): lines with no sentence punctuation that end as the headline ends,
    at most twice as long in all (an issuer's full name added), and print most of
    its pairs of Han characters.
    """
    if may_credit(lines[i]) and credit_line(lines[i]) is not None:
        return i  # a byline over the headline printed again ("本报记者 某某"): the credit's
    joined = ""
    for j in range(i, min(i + _RESTATED_LINES_MAX, len(lines))):
        part = lines[j]
        if has_sentence_punct(part) or (":" in part and ":" not in title_key) or HEADING_NUMBERED.match(part):
            break  # prose, a label and its value ("会议名称:某某会议"), or the text's numbered heading
        joined += squash(part)
        if len(joined) > len(title_key) * 2:
            break
        if part[-1] == title_key[-1] and len(joined) * 10 >= len(title_key) * 6 and joined.endswith(title_key[-4:]):
            wanted = _han_bigrams(title_key)
            if wanted and len(wanted & bigrams(joined)) * 4 >= len(wanted) * 3:
                return j + 1
    return i


def _is_section_named(lines: list[str], i: int, title_key: str) -> bool:
    """Whether line ``i`` is a section heading the headline names, not a piece of it printed again: less
    than half of it, from inside it after its theme and a dash or colon (neither its start nor its end),
    with no other piece under it ("…政府工作报告——2020年工作回顾和2021年工作计划" over "2020年工作回顾")."""
    key = squash(lines[i])
    at = title_key.find(key)
    return (
        len(key) * 2 < len(title_key)
        and at > 0
        and (title_key.rfind("——", 0, at) >= 0 or title_key.rfind(":", 0, at) >= 0)  # named after the theme
        and not title_key.endswith(key)
        and not (i + 1 < len(lines) and is_title_part(lines[i + 1], title_key))
    )


def _is_own_title(lines: list[str], i: int, title_key: str) -> bool:
    """The document's own title under a headline the portal worded its way: "关于…的公示" under
    "公示!某县拟入选…", sharing at least half the headline's pairs of Han characters.

    One such line: over another one ("关于某局…的公告" / "关于某院…的公告") it opens a list of them.
    """
    if not _is_document_title(lines[i]) or (i + 1 < len(lines) and _is_document_title(lines[i + 1])):
        return False
    wanted = _han_bigrams(title_key)
    return bool(wanted) and len(wanted & bigrams(squash(lines[i]))) * 2 >= len(wanted)


def _is_document_title(line: str) -> bool:
    """A document's title: "关于…" closed by its kind, no sentence."""
    return (
        line.startswith(OWN_TITLE_OPENER)
        and not has_sentence_punct(line)
        and DOCUMENT_KIND_END.search(line) is not None
    )


def _han_bigrams(text: str) -> set[str]:
    """The pairs of adjacent Han characters of ``text`` (a number's digits and brackets vary in print)."""
    return {pair for pair in bigrams(text) if all(HAN_FIRST <= ord(char) <= HAN_LAST for char in pair)}


def _is_bracketed_note(line: str) -> bool:
    """A note in parentheses under the headline: a date, a date range or an announcement's number.

    "(二OO八年二月二十六日)", "(9月4日—9月10日)", "(第3号)" or its stump "(第3"; an
    adoption note "(…会议通过)" is the text's first line.
    """
    return BRACKETED_NOTE.match(line) is not None


def _opens_text(lines: list[str], i: int) -> bool:
    """Whether the dated note at ``i`` opens the text: its prose or first numbered heading right under it.

    A document printed with its date in parentheses under its headline and no
    addressee ("(2018年7月2日)" / "为实现…。", or "/ 1 总则") starts there; over an
    addressee, a 文号 or a speech's "各位代表:" the note is the header's.
    """
    if "日" not in lines[i] or i + 1 >= len(lines):
        return False
    following = lines[i + 1]
    return is_prose(following) or HEADING_NUMBERED.match(following) is not None


def _speech_header_end(lines: list[str], i: int) -> int:
    """Where the header of a speech or report ends: the addressee ("各位代表:") it stands above; else ``i``.

    The header opens with a deck ("——2020年1月9日在…会议上") or the occasion's
    date, bare or in parentheses ("(2017年1月9日在…会议上)"), and every line down to
    the addressee is short, without a sentence (the occasion run over two lines,
    the speaker "某镇镇长 杨某").
    """
    line = lines[i]
    if line[0] == "(" and line[-1] == ")":
        line = line[1:-1]
    if not (SUBTITLE_LINE.match(line) or DATED_OPENING.match(line) or SPEAKER_LINE.match(line)):
        return i
    for j in range(i + 1, min(len(lines), i + SPEECH_HEADER_LINES + 1)):
        following = lines[j]
        if len(following) <= ADDRESSEE_MAX and (
            (following[0] in ADDRESSEE_OPENERS and following[-1] in ":")
            or (" " not in following and following.endswith(ADDRESSEE_TITLES))  # its colon lost ("同志们")
        ):
            return j
        if len(following) > ISSUER_LINE_MAX or has_sentence_punct(following):
            return i
    return i


def _decks_under_repeat(lines: list[str], i: int) -> int:
    """Where the deck lines under the headline printed again above the text end; ``i`` where there are none.

    Up to three short lines without a sentence ("推动…取得新的重大突破" / "某某出席"), prose after them.
    """
    end = i
    while end < len(lines) and end < i + DECK_LINES_MAX and _is_deck_line(lines[end]):
        end += 1
    return end if i < end < len(lines) and is_prose(lines[end]) else i


def _is_deck_line(line: str) -> bool:
    """A line that may be a deck: short, no sentence, no label, no numbered heading, no photo's caption,
    no addressee (one that lost its colon: "各街道办事处、…,各有关单位", "社会各界广大群众")."""
    if len(line) > DECK_MAX or has_sentence_punct(line) or line[-1] in ":" or line.endswith(CAPTION_ENDINGS):
        return False
    if line.endswith(ADDRESSEE_TITLES) and " " not in line:
        return False  # the public a notice is written to, its colon lost ("社会各界广大人民群众")
    if line[0] == "(" and _is_bracketed_note(line):
        return False  # a dated note: the header's, or the text's first line (see _opens_text)
    if " " in line and is_header_row(line):
        return False  # a table's header row ("序号 类别 主要任务 牵头单位"): the text's table opens
    if line[-1] == "期" and ISSUE_NUMBER.fullmatch(line):
        return False  # an issue number: the masthead's (read above) or a heading of the text's series
    return HEADING_NUMBERED.match(line) is None and not is_addressee(line)


def _is_masthead(line: str, following: str) -> bool:
    """A bulletin's name over its issue number: short, no sentence, the number alone on the next line."""
    return (
        len(following) <= MASTHEAD_MAX
        and following[-1] == "期"
        and ISSUE_NUMBER.fullmatch(following) is not None
        and len(line) <= MASTHEAD_MAX
        and not has_sentence_punct(line)
    )


def _is_dated_issuer(line: str) -> bool:
    """An office and a day, two cells of a bulletin's header parted by a wide gap."""
    cells = CELL_GAPS.split(line.strip())
    return len(cells) == 2 and HEADER_DAY.fullmatch(cells[1]) is not None and is_issuer_line(cells[0])


def _is_cover_date(line: str) -> bool:
    """The date under a cover block's issuer: the month or day, also in parentheses ("(2023年5月)")."""
    bare = line[1:-1].strip() if line[0] in "(" and line[-1] in ")" else line
    return COVER_DATE.match(bare) is not None or SIGNATURE_DATE.match(bare) is not None


def _repeats_summary_cell(line: str, below: str) -> bool:
    """Whether ``line`` is a summary cell ("内容概述 为进一步…") whose words ``below`` prints again."""
    cell = SUMMARY_CELL.match(line)
    value = line[cell.end() :] if cell is not None else ""
    return len(value) >= SUMMARY_CELL_REPEAT and below.startswith(value[:SUMMARY_CELL_REPEAT])


def _is_dateline_title(line: str, title_key: str) -> bool:
    """A wire's dateline printing the headline after it ("某社北京5月9日电 题:…")."""
    match = DATELINE_TITLE.match(line)
    return match is not None and is_title_part(line[match.end() :], title_key)
