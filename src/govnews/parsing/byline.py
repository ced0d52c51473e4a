"""Credits: the persons a credit text names, by role (writers, editors, photographers)."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from .meta import is_placeholder
from .names import is_person, split_names, strip_credit_edge
from .tables import (
    CLOSING_EDGE,
    COMMON_SURNAMES,
    CREDIT_PHOTO_SUFFIXES,
    CREDIT_ROLE,
    CREDIT_ROLE_KINDS,
    CREDIT_SUFFIXES,
    GLUED_JOINT_ROLE,
    GLUED_ROLE_ENDS,
    GLUED_ROLE_REACH,
    GLUED_ROLES,
    HAN_FIRST,
    HAN_LAST,
    LOGIN_NAME,
    NAME_LIKE_OFFICE_ENDINGS,
    OUTLET_BEFORE_ROLE,
    PHOTO_SUFFIX,
    REPORTED_FROM,
    ROLE_AFTER_NAME,
    ROLE_BEFORE_NAME,
    ROLE_QUALIFIER_SIZES,
    ROLE_QUALIFIERS,
    ROLE_WORDS,
    UNKNOWN_JOINT_ROLE,
    WRITER_SUFFIX,
    WRITER_SUFFIX_LAST,
    WRITER_SUFFIXES,
    last_char,
)

__all__ = [
    "CreditNames",
    "Credits",
    "collect_credit",
    "credits_someone",
    "find_roles",
    "has_role",
    "names_glued_role",
    "part_roles",
    "split_credit",
]


#: How long a name that ends as a section's name does is (a surname and two characters).
_SURNAMED_SIZE: Final = 3


class Credits(NamedTuple):
    """Names read from one credit text, by role.

    It has no ``__bool__``: compiled code tests a NamedTuple as the tuple it is
    (mypyc ignores the method), so an empty one would be false only interpreted.
    """

    authors: list[str]
    editors: list[str]
    photographers: list[str]


def names_glued_role(text: str) -> bool:
    """Whether a writer role glued to an outlet or a name stands near the start ("新京报记者 某某", "记者某某")."""
    head = text[:GLUED_ROLE_REACH]
    return any(end in head for end in GLUED_ROLE_ENDS) and any(role in head for role in GLUED_ROLES)


def _role_and_space(role: re.Match[str]) -> str:
    """A role matched, a space after it, and one before it where a Han character is glued there: the name
    before the role ("记者某某通讯员某某"; a qualifier the vocabulary knows is part of the role: 见习记者).
    A function: a template would run re's Python helpers at each call."""
    at = role.start()
    if at and HAN_FIRST <= ord(role.string[at - 1]) <= HAN_LAST:
        return " " + role["role"] + " "
    return role["role"] + " "


def part_roles(text: str) -> str:
    """A credit with its writer roles parted from what a byline glues to them.

    The outlet's name before the role goes ("某某日报记者 某某" is "记者 某某": an
    outlet is no person) and a space parts the role from the name after it
    ("(记者某某 某某)" is "(记者 某某 某某)").
    """
    if not names_glued_role(text):
        return text
    outlet = OUTLET_BEFORE_ROLE.match(text)
    if outlet is not None:
        text = text[: outlet.start("outlet")] + text[outlet.end("outlet") :]
    return ROLE_BEFORE_NAME.sub(_role_and_space, text)


#: Names in the order first credited, each once: the keys of a dict (a lookup, not a scan of a list).
CreditNames = dict[str, None]


def collect_credit(text: str, default: str, lists: dict[str, CreditNames], labelled: bool = False) -> None:
    """Add the persons a credit text names to ``lists`` (by role kind), once each.

    ``labelled``: the text is the value of a credit label, so a role introduces
    the names before any role it prints (the label's, of kind ``default``).
    """
    text = part_roles(text)
    if "/" in text:
        text = GLUED_JOINT_ROLE.sub(r" \g<role>", text)  # "某某图/文": the joint role glued after the last name
        text = UNKNOWN_JOINT_ROLE.sub(_known_joint_role, text)  # "文字/剪辑:某某": the writer's role is read
        if _collect_roles_after_names(text, lists):
            return
    roles = find_roles(text)
    spans: list[tuple[str, str]] = []  # (kind, names); after spans from roles, from the first role on
    if not roles or roles[0].start() > 0:
        head = (text[: _role_start(text, roles[0].start())] if roles else text).strip()
        bare = head.rstrip(CLOSING_EDGE)  # "(某某摄)"
        photo = PHOTO_SUFFIX.match(bare) if bare.endswith(CREDIT_PHOTO_SUFFIXES) else None
        if photo is None:
            head = _cut_writer_suffix(head)  # "(某市政协 黄某供稿)"
        spans.append(("photographer", photo["names"]) if photo else (default, head))
    for i, role in enumerate(roles):
        end = _role_start(text, roles[i + 1].start()) if i + 1 < len(roles) else len(text)
        kind, chunk = CREDIT_ROLE_KINDS[role["role"]], text[role.end() : end].rstrip()
        if kind == "author" and role.group().rstrip()[-1] != ":":
            kind = _label_before(text, roles, spans, i, default if labelled else "") or kind  # "摄影:记者 某某": the
            # reporter's word is the person's title, and the label's role theirs
        if kind == "author" and i == len(roles) - 1 and (bare := chunk.rstrip(CLOSING_EDGE + " ")).endswith("摄"):
            kind, chunk = "photographer", bare[:-1]  # "新华社记者 某某摄": the reporter took the photos
        spans.append((kind, _cut_writer_suffix(chunk)))
    pending: list[str] = []  # roles printed together ("文/图 赵国庆") share the names after them
    first_role = 0 if labelled else len(spans) - len(roles)
    for at, (kind, chunk) in enumerate(spans):
        reporter = at >= first_role and kind == "author"  # names a writer's role introduces
        editor = at >= first_role and kind == "editor"  # and an editor's: a login name is theirs ("编辑:hefan")
        found = [
            name
            for name in split_names(chunk)
            if is_person(name)
            or (reporter and _is_surnamed(name))
            or (editor and LOGIN_NAME.fullmatch(name) is not None and not is_placeholder(name))
        ]
        if not found and chunk.strip() == "" and roles:
            pending.append(kind)
            continue
        for role_kind in (*pending, kind):
            credited = lists[role_kind]
            for name in found:  # one store each (compiled, dict.fromkeys and update are method calls)
                credited[name] = None  # a name credited before keeps its place
        pending = []


def _label_before(text: str, roles: list[re.Match[str]], spans: list[tuple[str, str]], i: int, label: str) -> str:
    """The kind of a label printed right before role ``i``, no name between ("责任编辑:" of "责任编辑:记者 某某"),
    else "": ``label`` is the kind of the label whose value the text is, where it opens with the role.

    A joint role's last part ("文/图:") is no such label: the roles together name the writer too.
    """
    if i == 0:
        return label if roles[0].start() == 0 else ""
    before = roles[i - 1]
    if before.group().rstrip()[-1] != ":" or spans[-1][1].strip() or text[before.start() - 1 : before.start()] == "/":
        return ""
    return spans[-1][0]


def _is_surnamed(name: str) -> bool:
    """A three-character name opening with a common surname and ending as a section's name does ("张宏科"):
    a person where a writer's role introduces it, though alone it could be an office."""
    return len(name) == _SURNAMED_SIZE and name[0] in COMMON_SURNAMES and name[-1] in NAME_LIKE_OFFICE_ENDINGS


def _known_joint_role(joint: re.Match[str]) -> str:
    """A known role and the word after its slash: the role alone where the vocabulary lacks that word."""
    return joint["role"] if joint["other"] not in ROLE_WORDS else joint.group()


def _cut_writer_suffix(chunk: str) -> str:
    """Names without the writer suffix closing them ("黄某供稿"); the place a story was reported from goes too.

    "某某 某地报道": the word glued to 报道 after a name is where it was reported, no person.
    """
    stem = chunk.rstrip(CLOSING_EDGE)
    if not stem or last_char(stem) not in WRITER_SUFFIX_LAST or not stem.endswith(WRITER_SUFFIXES):
        return chunk
    if stem.endswith(REPORTED_FROM):
        before, _, place = stem[: -len(REPORTED_FROM)].rpartition(" ")
        if before.strip() and place:
            return before
    return WRITER_SUFFIX.sub("", stem)


def _collect_roles_after_names(text: str, lists: dict[str, CreditNames]) -> bool:
    """Read a credit printing each role after its name ("(孙某/文 余某/摄)"); False where it does not."""
    found = False
    for match in ROLE_AFTER_NAME.finditer(text):
        if is_person(match["name"]):
            lists[CREDIT_ROLE_KINDS[match["role"]]].setdefault(match["name"], None)
            found = True
    return found


def credits_someone(text: str) -> bool:
    """Whether a credit text names a person in any role."""
    lists: dict[str, CreditNames] = {"author": {}, "editor": {}, "photographer": {}}
    collect_credit(text, "author", lists)
    return any(lists.values())


def split_credit(text: str, default: str = "author") -> Credits:
    """Read a credit text ("作者 张恒 编辑 朱菲", "图文:张素伟 审核:张帅", "金集镇人大 李子和")."""
    lists: dict[str, CreditNames] = {"author": {}, "editor": {}, "photographer": {}}
    collect_credit(text, default, lists)
    return Credits(list(lists["author"]), list(lists["editor"]), list(lists["photographer"]))


def find_roles(text: str) -> list[re.Match[str]]:
    """Role words in a credit text ("记者 ", "编辑:"), not the tail of a longer word (县政府办供稿).

    A role with its colon may close a word that qualifies it ("单位审核:某某"):
    see :func:`_role_start`.
    """
    found = []
    m = CREDIT_ROLE.search(text)
    while m is not None:  # one search after the other: finditer's iterator costs more than the searches
        at, end = m.span()  # one method call, not two
        glued = at > 0 and HAN_FIRST <= ord(text[at - 1]) <= HAN_LAST  # to a Han character before it
        if not glued or (m.group().rstrip()[-1] == ":" and _role_start(text, at) < at):
            found.append(m)
        m = CREDIT_ROLE.search(text, end)
    return found


def _role_start(text: str, at: int) -> int:
    """Where the word of the role at ``at`` starts: before a qualifier glued to it ("单位审核"), else ``at``.

    The qualifier is a word of ``ROLE_QUALIFIERS`` after a space or bracket, never a name ("某某编辑:").
    """
    for size in ROLE_QUALIFIER_SIZES:
        start = at - size
        if start >= 0 and text[start:at] in ROLE_QUALIFIERS and (start == 0 or text[start - 1] in " ("):
            return start
    return at


def has_role(text: str) -> bool:
    """Tell whether a credit text names a role, also after the name ("县政府办供稿", "张伟 摄")."""
    return bool(find_roles(part_roles(text) + " ")) or strip_credit_edge(text).endswith(CREDIT_SUFFIXES)
