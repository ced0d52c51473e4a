"""The plugin contract: the hooks a govnews plugin may implement.

A plugin is a module (or any object) with functions marked
``@govnews.hookimpl`` whose names match the specifications below. It is found
through the ``govnews`` entry-point group. The built-in formats are plugins
of exactly this kind.
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

    Called once, when the plugins are first loaded. Call ``register`` with
    each exporter: an object with ``name``, ``suffix``, ``media_type`` and
    ``write(articles, out, **options)``. The host checks each one at the
    door and leaves out (with a warning) an exporter that is malformed or
    whose name is already taken. Return nothing.
    """
