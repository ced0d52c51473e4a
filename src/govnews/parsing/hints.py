"""Merge the hints an input carries beside its text (an HTML page's head) with what the text prints.

The rule, in order:

0. **A headline the page sets apart is the headline.** A ``headline`` hint
   is no metadata: it is the text of the element an HTML page prints its
   headline in (an ``<h1>`` …, confirmed by the page's own title tags), as
   printed. Where the text prints it, it is the title, over the text's
   guess (which, without markup, may take a byline or a deck line above the
   date for the headline).
1. **The text wins.** A field the text prints keeps the printed value; a hint
   that says otherwise is kept in ``extra`` under its own label (``og:title``,
   ``PubDate`` …), so nothing printed is overridden and nothing is dropped.
2. **A hint fills a field the text leaves empty where the text confirms
   it**: the text prints the headline, the day of a publish date, or the
   author's name, in a line the stages did not read as that field. A hint
   the text does not confirm is kept in ``extra``: the head of a page may
   name what the page itself does not print. ``authors`` are filled only
   with persons the page credits nowhere else (a site's ``Author`` tag often
   names an office, or the editor the byline already credits), printed in a
   credit: on a line with a writer's role word or credit suffix (作者, 记者 …,
   报道, 供稿 …); a site's name printed in its menu is no credit. A source is
   what a 来源 label names: a ``ContentSource`` tag never fills it, however
   printed (an office printed in a red header is no source), and goes to
   ``extra``.
3. **Hints that no field takes** (the column, the site's name, keywords, a
   description) go to ``extra`` under their labels.
4. For one field the first hint counts: readers list them most trusted first.
   A later hint that agrees with the value taken adds nothing.

A hint never becomes an entry of ``extra`` whose label the page printed
itself: the printed one is kept.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from ..inputs import Hint
from .dates import When, extract_date
from .meta import is_placeholder
from .names import is_person, split_names
from .shapes import squash
from .tables import CREDIT_SUFFIXES, DATE, FIELD_LABELS

__all__ = ["Merged", "merge_hints"]


#: Words that make a line a writer's credit (single characters like 文 are too common to tell).
_WRITER_WORDS: Final = tuple(word for word in (*FIELD_LABELS["author"], *CREDIT_SUFFIXES) if len(word) > 1)


class Merged(NamedTuple):
    """The fields hints may fill, after merging."""

    title: str | None
    published: When | None
    source: str | None
    authors: tuple[str, ...]
    #: Everyone the page credits in another role (editors, photographers).
    others: tuple[str, ...]
    extra: dict[str, str]


def _date_of(value: str) -> When | None:
    # ISO 8601 as meta tags write it ("2021-03-05T09:30:00+08:00"): the T parts the day from the time
    return extract_date(value.replace("T", " "))


def _persons(value: str) -> tuple[str, ...]:
    return tuple(name for name in split_names(value) if is_person(name))


def _same(field: str, hint: str, taken: object) -> bool:
    if field == "published":
        found = _date_of(hint)
        return found is not None and taken is not None and str(found)[:10] == str(taken)[:10]
    if field == "author":
        return set(_persons(hint)) <= set(taken) if isinstance(taken, tuple) else False
    return isinstance(taken, str) and squash(hint) == squash(taken)


class _Printed:
    """What the text prints, looked at only when a hint needs confirming."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._squashed: str | None = None
        self._days: set[str] | None = None

    def value(self, value: str) -> bool:
        if self._squashed is None:
            self._squashed = "".join(self._text.split())
        return "".join(value.split()) in self._squashed

    def credited(self, name: str) -> bool:
        """Whether ``name`` is printed on a line that credits a writer."""
        return any(name in line and any(word in line for word in _WRITER_WORDS) for line in self._text.splitlines())

    def day(self, when: When) -> bool:
        if self._days is None:
            self._days = {f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" for m in DATE.finditer(self._text)}
        return str(when)[:10] in self._days


def merge_hints(merged: Merged, hints: tuple[Hint, ...], text: str) -> Merged:
    """Apply the rule above to the fields read from ``text`` (``merged``) and the input's ``hints``."""
    if not hints:
        return merged
    title, published, authors = merged.title, merged.published, merged.authors
    extra = dict(merged.extra)
    printed = _Printed(text)
    for hint in hints:
        field, value = hint.field, hint.value
        if not value or is_placeholder(value):
            continue
        if field == "headline":
            if printed.value(value):
                title = value
            continue
        found = _date_of(value) if field == "published" and published is None else None
        persons = _persons(value) if field == "author" and not authors else ()
        if field == "title" and title is None and printed.value(value):
            title = value
        elif found is not None and printed.day(found):
            published = found
        elif persons and not set(persons) & set(merged.others) and all(map(printed.credited, persons)):
            authors = persons
        else:
            taken = {"title": title, "published": published, "source": merged.source, "author": authors}.get(field)
            if field in ("title", "published", "source", "author") and _same(field, value, taken):
                continue
            extra.setdefault(hint.label, value)
    return Merged(title, published, merged.source, authors, merged.others, extra)
