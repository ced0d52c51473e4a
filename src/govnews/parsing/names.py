"""Persons' names in credits: whether a word is a person's name, and the names a run of them holds.

Shared by the stages and the credit readers (:mod:`.byline`): an office, a
place, a channel or a placeholder is no person, and a unit glued to a name
("东沟镇张洁") is parted from it.
"""

from __future__ import annotations

from .meta import is_placeholder
from .tables import (
    COMMON_SURNAMES,
    CREDIT_EDGE,
    CREDIT_EDGE_CHARS,
    GLUED_NAMES_MAX,
    GLUED_STAFF_CODE,
    HAN_FIRST,
    HAN_LAST,
    NAME_NOTE,
    NAME_SEPARATOR_CHARS,
    NAME_SEPARATORS,
    NON_PERSON_LAST,
    NON_PERSON_PREFIX_FIRST,
    NON_PERSON_PREFIXES,
    NON_PERSON_SUFFIXES,
    NON_PERSON_WORDS,
    OFFICE_PLACE_CHARS,
    PERSON_NAME,
    PERSON_NAME_MAX,
    ROLE_PREFIXES,
    ROLE_WORDS,
    UNIT_AND_NAME_MIN,
    UNIT_LAST_CHARS,
    first_char,
    last_char,
)

__all__ = ["is_person", "split_names", "strip_credit_edge"]


def strip_credit_edge(text: str) -> str:
    """``text`` without the brackets, colons and white space around it (what ``CREDIT_EDGE`` matches).

    ``str.strip`` does it where the only white space at the edges is the space,
    as in every line (:func:`.lines.trim_lines` folds the others); a text with
    another at an edge (a page head's value) is left to the pattern.
    """
    stripped = text.strip(CREDIT_EDGE_CHARS)
    if stripped and (first_char(stripped).isspace() or last_char(stripped).isspace()):
        return CREDIT_EDGE.sub("", text)
    return stripped


def _is_name_shaped(bare: str) -> bool:
    """Whether ``PERSON_NAME`` matches ``bare``: two to four Han characters, most names, are told without
    the pattern (at a tenth of its cost)."""
    if not 2 <= len(bare) <= PERSON_NAME_MAX:
        return PERSON_NAME.match(bare) is not None
    for i in range(len(bare)):
        if not HAN_FIRST <= ord(bare[i]) <= HAN_LAST:
            return PERSON_NAME.match(bare) is not None  # a name with a middle dot ("阿·木")
    return True


def is_person(name: str) -> bool:
    """Tell whether a credited name is a person (not an office, place, channel or placeholder)."""
    bare = name.replace(" ", "") if " " in name else name
    if (
        not _is_name_shaped(bare)
        or bare in NON_PERSON_WORDS
        or bare in ROLE_PREFIXES
        or bare in ROLE_WORDS
        or is_placeholder(bare)
    ):
        return False
    if len(bare) >= 3 and (
        bare[-1] in OFFICE_PLACE_CHARS
        or _ends_non_person(bare)
        or (first_char(bare) in NON_PERSON_PREFIX_FIRST and bare.startswith(NON_PERSON_PREFIXES))
    ):
        return False
    return not (len(bare) >= 4 and _ends_non_person(bare))


def _ends_non_person(word: str) -> bool:
    """Whether ``word`` ends with one of ``NON_PERSON_SUFFIXES`` (its last character tried first)."""
    return word[-1] in NON_PERSON_LAST and word.endswith(NON_PERSON_SUFFIXES)


def split_names(text: str) -> list[str]:
    """Split a run of names; single characters stay together ("何 琴").

    A note after a name goes ("沈某(实习)"), and a unit glued to a person, or
    set off by a colon, is parted from the name ("东沟镇张洁" is 东沟镇 and 张洁).
    """
    if text.find("(", 1) > 0 and ")" in text:  # a note's "(" follows a character, its ")" closes it
        text = NAME_NOTE.sub("", text)
    if "_" in text:  # a staff code glued to a name ("李某_NN2587")
        text = GLUED_STAFF_CODE.sub("", text)
    text = strip_credit_edge(text)
    if any(char in text for char in NAME_SEPARATOR_CHARS):
        tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    else:  # spaces alone part the names (most credits): a split of the string costs a fifth of the pattern's
        tokens = [t for t in text.split(" ") if t]
    names: list[str] = []
    for token in tokens:
        colon = token.find(":") if ":" in token else -1  # compiled, the search is one C call, the method a lookup
        if 0 < colon < len(token) - 1 and token[colon - 1] in UNIT_LAST_CHARS:
            names.extend((token[:colon], token[colon + 1 :]))  # a unit, a colon, then the person ("市应急局:孙洪")
        elif len(token) == 1 and names and len(names[-1].replace(" ", "")) == 1:
            names[-1] = f"{names[-1]} {token}"
        elif (
            len(token) > UNIT_AND_NAME_MIN
            and (token[-3] in UNIT_LAST_CHARS or token[-4] in UNIT_LAST_CHARS)  # a unit, then a name of 2 or 3
            and not is_person(token)
        ):
            names.extend(_unit_and_name(token))
        elif len(token) > PERSON_NAME_MAX and len(token) <= GLUED_NAMES_MAX and (pair := _glued_names(token)):
            names.extend(pair)  # two names run together ("郑某某蒋某")
        else:
            names.append(token)
    return names


def _glued_names(token: str) -> list[str]:
    """Two persons' names of two or three characters run together, the second opening with a common surname;
    none where no single way parts them so."""
    cuts = [
        cut
        for cut in (2, 3)
        if 2 <= len(token) - cut <= 3
        and token[0] in COMMON_SURNAMES
        and token[cut] in COMMON_SURNAMES
        and is_person(token[:cut])
        and is_person(token[cut:])
    ]
    return [token[: cuts[0]], token[cuts[0] :]] if len(cuts) == 1 else []


def _unit_and_name(token: str) -> list[str]:
    """A unit glued to a person's name ("东沟镇张洁" -> 东沟镇, 张洁); the token alone where it is none."""
    for size in (2, 3):
        unit, name = token[:-size], token[-size:]
        if (
            unit[-1] in UNIT_LAST_CHARS
            and is_person(name)
            and not name.endswith(NON_PERSON_SUFFIXES)  # "某镇人大", "某街道办事处"
        ):
            return [unit, name]
    return [token]
