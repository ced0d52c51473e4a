"""The plugin contract: the hooks a govnews plugin may implement.

A plugin is a module (or any object) with functions marked
``@govnews.hookimpl`` whose names match the specifications below. It is found
through the ``govnews`` entry-point group. The built-in formats are plugins
of exactly this kind.

Each hook has a ``## name(args)`` section in ``docs/plugins.md`` (a test
fails when one is missing); the tutorial there builds a plugin step by step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .exporting import Exporter

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("govnews")
hookimpl = pluggy.HookimplMarker("govnews")


@hookspec
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Hand govnews the exporters this plugin provides.

    Called once for each plugin, on its own, when the plugins are first
    loaded (the first ``govnews.exporters()``, ``govnews.export`` or command).

    :param register: call it once per exporter, with an *instance* that has
        ``name``, ``suffix``, ``media_type`` and ``write(articles, out, **options)``.
        The host checks each one at the door and leaves out, with a one-line
        warning, an exporter that is malformed or whose name is already taken.

    An exporter may declare the options it takes: ``options``, a tuple of
    :class:`govnews.exporting.Option` (name, type, default, help). The host
    then reads the options a caller gives against it
    (:func:`govnews.exporting.resolve_options`): text is converted to the
    declared type, defaults are filled in, and an unknown option or a bad
    value is an :class:`~govnews.errors.OptionError` before anything is
    written. An exporter without ``options`` gets what it is given, unchecked.

    An exporter may say how it takes its articles (``docs/plugins.md``,
    "Streaming"): ``streams = True`` (``write`` reads any iterable once, in
    order), or a ``record(article, **options) -> bytes`` and
    ``write_records(records, out, **options)`` pair (one piece per article,
    made in worker processes, framed by ``write_records``). An exporter that
    declares neither is given a sequence of all its articles.

    Return nothing. If the hook raises, the whole plugin is left out.
    """
