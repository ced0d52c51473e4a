"""The plugin host: built-in formats and entry-point plugins, loaded once and lazily.

Built-in exporters are plugins like any other: the modules named in
:data:`DEFAULT_PLUGINS` register through the same ``register_exporters``
hook a third-party distribution implements. Each entry point of the
``govnews`` group is loaded on its own; one that fails to import, whose hook
raises, or that registers something malformed or a name already taken is
left out with a one-line warning, and everything else still works.

Environment:
    ``GOVNEWS_LOAD_PLUGINS``: a comma-separated list of distribution (or
    entry-point) names; only those third-party plugins load. Empty: none.
    ``GOVNEWS_TRACE_PLUGINS``: set to print every hook call to stderr.
"""

from __future__ import annotations

import importlib
import os
import sys
import warnings
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType
from typing import Any, Final

import attrs
import pluggy

from . import hookspecs
from .exporting import Exporter, problems_with

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "PluginWarning",
    "Registry",
    "get_registry",
    "reset",
]

ENTRY_POINT_GROUP: Final = "govnews"
DEFAULT_PLUGINS: Final = ("govnews.exporters.json", "govnews.exporters.xml", "govnews.exporters.epub")


class PluginWarning(UserWarning):
    """A plugin was left out; the message names it and says why."""


@attrs.frozen
class PluginFailure:
    """A plugin, or one thing it registered, that was left out."""

    plugin: str
    error: str


@attrs.frozen
class PluginInfo:
    """A plugin that loaded: where it comes from and what it adds."""

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    formats: tuple[str, ...]


@attrs.define
class Registry:
    """The loaded plugins and the exporters they registered."""

    manager: pluggy.PluginManager
    exporters: dict[str, Exporter] = attrs.field(factory=dict)
    providers: dict[str, str] = attrs.field(factory=dict)  # format name -> plugin name
    plugins: list[PluginInfo] = attrs.field(factory=list)
    failures: list[PluginFailure] = attrs.field(factory=list)

    def fail(self, plugin: str, error: str) -> None:
        """Record a plugin (or a piece of one) left out, and warn once."""
        self.failures.append(PluginFailure(plugin, error))
        warnings.warn(f"govnews plugin {plugin!r} left out: {error}", PluginWarning, stacklevel=2)

    def register_plugin(
        self, plugin: object, name: str, distribution: str | None = None, version: str | None = None
    ) -> None:
        """Register one plugin module and collect the exporters its hook hands over."""
        try:
            self.manager.register(plugin, name=name)
        except Exception as error:  # pluggy raises ValueError or PluginValidationError
            self.fail(name, _one_line(error))
            return
        hook_names = tuple(sorted(h.name for h in self.manager.get_hookcallers(plugin) or ()))
        offered: list[object] = []
        others = [p for p in self.manager.get_plugins() if p is not plugin]
        try:
            self.manager.subset_hook_caller("register_exporters", others)(register=offered.append)
        except Exception as error:
            self.manager.unregister(plugin)
            self.fail(name, f"register_exporters raised {_one_line(error)}")
            return
        formats = tuple(name_ for e in offered if (name_ := self._admit(e, name)) is not None)
        self.plugins.append(PluginInfo(name, distribution, version, hook_names, formats))

    def _admit(self, exporter: object, plugin: str) -> str | None:
        problems = problems_with(exporter)
        if problems:
            self.fail(plugin, f"malformed exporter {exporter!r}: {'; '.join(problems)}")
            return None
        name: str = exporter.name  # type: ignore[attr-defined]
        if name in self.exporters:
            self.fail(plugin, f"format {name!r} is already provided by {self.providers[name]!r}")
            return None
        self.exporters[name] = exporter  # type: ignore[assignment]
        self.providers[name] = plugin
        return name


_registry: Registry | None = None


def get_registry() -> Registry:
    """The loaded plugins; loads them on first use."""
    global _registry
    if _registry is None:
        _registry = _load()
    return _registry


def reset() -> None:
    """Forget the loaded plugins; the next use loads them again (for tests)."""
    global _registry
    _registry = None


def _load() -> Registry:
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    if os.environ.get("GOVNEWS_TRACE_PLUGINS"):
        manager.add_hookcall_monitoring(_trace_before, _trace_after)
    registry = Registry(manager)
    for dotted in DEFAULT_PLUGINS:
        registry.register_plugin(importlib.import_module(dotted), dotted)
    for entry_point in _selected_entry_points():
        module = _import(entry_point, registry)
        if module is not None:
            dist = entry_point.dist
            registry.register_plugin(
                module,
                entry_point.name,
                dist.name if dist else None,
                dist.version if dist else None,
            )
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        bad = error.plugin
        name = manager.get_name(bad) or repr(bad)
        manager.unregister(bad)
        registry.fail(name, _one_line(error))
    return registry


def _selected_entry_points() -> list[EntryPoint]:
    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    wanted = os.environ.get("GOVNEWS_LOAD_PLUGINS")
    if wanted is None:
        return found
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    return [ep for ep in found if ep.name in names or (ep.dist is not None and ep.dist.name in names)]


def _import(entry_point: EntryPoint, registry: Registry) -> ModuleType | None:
    try:
        return entry_point.load()  # type: ignore[no-any-return]
    except Exception as error:  # a plugin's import may raise anything
        label = entry_point.dist.name if entry_point.dist else entry_point.name
        registry.fail(label, f"import failed: {_one_line(error)}")
        return None


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _trace_before(hook_name: str, impls: list[Any], kwargs: dict[str, Any]) -> None:
    plugins = ", ".join(str(impl.plugin_name) for impl in impls)
    print(f"govnews: calling {hook_name}({', '.join(kwargs)}) on {plugins}", file=sys.stderr)


def _trace_after(outcome: Any, hook_name: str, impls: list[Any], kwargs: dict[str, Any]) -> None:
    print(f"govnews: {hook_name} returned", file=sys.stderr)

