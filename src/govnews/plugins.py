"""The plugin host: built-in formats and entry-point plugins, loaded once and lazily.

Built-in exporters are plugins like any other: the modules named in
:data:`DEFAULT_PLUGINS` register through the same ``register_exporters``
hook a third-party distribution implements. Each entry point of the
``govnews`` group is loaded on its own; one that fails to import, has a hook
no specification knows (a misspelling), whose hook raises, or that
registers something malformed or a name already taken is left out with a
one-line :class:`PluginWarning` naming its distribution, and everything else
still works. What a plugin prints while it loads goes to standard error, so
it never mixes with output written to standard output.

Environment:
    ``GOVNEWS_LOAD_PLUGINS``: a comma-separated list of distribution (or
    entry-point) names; only those third-party plugins load. Empty: none.
    The built-in formats always load.
    ``GOVNEWS_TRACE_PLUGINS``: set to print every hook call to stderr.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import sys
import warnings
from collections.abc import Iterable, Mapping, Sequence
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Final

import attrs
import pluggy

from . import hookspecs
from .exporting import Exporter, problems_with

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "PluginInfo",
    "PluginWarning",
    "Registry",
    "get_registry",
    "one_line",
    "reset",
]

ENTRY_POINT_GROUP: Final = "govnews"
DEFAULT_PLUGINS: Final = (
    "govnews.formats.json",
    "govnews.formats.xml",
    "govnews.formats.epub",
    "govnews.formats.parquet",
)


class PluginWarning(UserWarning):
    """A plugin, or an exporter it registered, was left out; the message says which and why."""


@attrs.frozen
class PluginFailure:
    """A plugin, or one thing it registered, that was left out."""

    plugin: str  # the distribution's name (a built-in's module name)
    error: str  # one line


@attrs.frozen
class PluginInfo:
    """A plugin that loaded: where it comes from and what it adds."""

    name: str  # the name it is registered under: module (built-in) or entry point
    distribution: str | None  # None for a built-in
    version: str | None
    hooks: tuple[str, ...]
    formats: tuple[str, ...]


@attrs.define
class Registry:
    """The loaded plugins and the exporters they registered."""

    manager: pluggy.PluginManager
    exporters: dict[str, Exporter] = attrs.field(factory=dict)
    providers: dict[str, str] = attrs.field(factory=dict)  # format -> distribution (a built-in: module)
    plugins: list[PluginInfo] = attrs.field(factory=list)
    failures: list[PluginFailure] = attrs.field(factory=list)

    def fail(self, plugin: str, error: str) -> None:
        """Record a plugin (or a piece of one) left out, and warn in one line."""
        failure = PluginFailure(plugin, " ".join(error.split()))
        self.failures.append(failure)
        warnings.warn(f"govnews plugin {plugin!r}: {failure.error}", PluginWarning, stacklevel=3)

    def register_plugin(
        self, plugin: object, name: str, distribution: str | None = None, version: str | None = None
    ) -> PluginInfo | None:
        """Register one plugin and admit the exporters its hook hands over.

        Returns what was registered, or ``None`` when the plugin was left out.
        """
        label = distribution or name
        try:
            self.manager.register(plugin, name=name)
        except Exception as error:  # ValueError (name taken) or PluginValidationError (bad signature)
            self.fail(label, f"not loaded: {one_line(error)}")
            return None
        hooks = tuple(sorted(caller.name for caller in self.manager.get_hookcallers(plugin) or ()))
        offered: list[object] = []
        problem = self._check(plugin, hooks) or self._call(plugin, offered.append)
        if problem is not None:
            self.manager.unregister(plugin)
            self.fail(label, f"not loaded: {problem}")
            return None
        formats = tuple(n for exporter in offered if (n := self._admit(exporter, label)) is not None)
        info = PluginInfo(name, distribution, version, hooks, formats)
        self.plugins.append(info)
        return info

    def _check(self, plugin: object, hooks: tuple[str, ...]) -> str | None:
        """Why a just-registered plugin cannot be used: a misspelled hook, or none at all."""
        try:
            self.manager.check_pending()  # the plugins before this one passed: any error is its own
        except pluggy.PluginValidationError:
            unknown = ", ".join(h for h in hooks if not getattr(self.manager.hook, h).has_spec())
            known = ", ".join(sorted(n for n, c in vars(self.manager.hook).items() if c.has_spec()))
            return f"unknown hook {unknown} (govnews hooks: {known})"
        if not hooks:
            return "implements no govnews hook (is @govnews.hookimpl missing?)"
        return None

    def _call(self, plugin: object, register: Any) -> str | None:
        """Call the plugin's ``register_exporters`` alone; say what went wrong, if anything."""
        others = [p for p in self.manager.get_plugins() if p is not plugin]
        try:
            self.manager.subset_hook_caller("register_exporters", others)(register=register)
        except Exception as error:  # a plugin's hook may raise anything
            return f"register_exporters raised {one_line(error)}"
        return None

    def _admit(self, exporter: object, plugin: str) -> str | None:
        problems = problems_with(exporter)
        if problems:
            self.fail(plugin, f"exporter {type(exporter).__name__} left out: {'; '.join(problems)}")
            return None
        name: str = exporter.name  # type: ignore[attr-defined]
        if name in self.exporters:
            self.fail(plugin, f"exporter {name!r} left out: the name is taken by {self.providers[name]}")
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
    # A plugin that prints while it is imported must not put its line into output on stdout.
    with contextlib.redirect_stdout(sys.stderr):
        return _load_plugins()


def _load_plugins() -> Registry:
    manager = pluggy.PluginManager(ENTRY_POINT_GROUP)
    manager.add_hookspecs(hookspecs)
    if os.environ.get("GOVNEWS_TRACE_PLUGINS"):
        manager.add_hookcall_monitoring(_trace_before, _trace_after)
    registry = Registry(manager)
    for dotted in DEFAULT_PLUGINS:
        try:
            module = importlib.import_module(dotted)
        except Exception as error:  # a broken built-in must not take the others down
            registry.fail(dotted, f"not loaded: import failed: {one_line(error)}")
        else:
            registry.register_plugin(module, dotted)
    for entry_point in _selected_entry_points(registry):
        dist = entry_point.dist
        distribution = dist.name if dist is not None else entry_point.name
        try:
            plugin = entry_point.load()
        except (Exception, SystemExit) as error:  # a plugin's import may raise anything
            registry.fail(distribution, f"not loaded: import failed: {one_line(error)}")
            continue
        registry.register_plugin(plugin, entry_point.name, distribution, dist.version if dist else None)
    return registry


def _selected_entry_points(registry: Registry) -> list[EntryPoint]:
    """The ``govnews`` entry points to load: all, or those GOVNEWS_LOAD_PLUGINS names.

    A name there that matches nothing installed is reported (a misspelling, most likely).
    """
    found = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name, ep.value))
    wanted = os.environ.get("GOVNEWS_LOAD_PLUGINS")
    if wanted is None:
        return found
    names = _normalised(wanted.split(","))
    for missing in sorted(names.difference(*(_names_of(ep) for ep in found))):
        registry.fail(missing, "not installed, yet named in GOVNEWS_LOAD_PLUGINS")
    return [ep for ep in found if _names_of(ep) & names]


def _names_of(entry_point: EntryPoint) -> set[str]:
    dist = entry_point.dist
    return _normalised([entry_point.name, *([dist.name] if dist is not None else [])])


def _normalised(names: Iterable[str]) -> set[str]:
    # Distribution names compare as PEP 503 says: case, '-', '_' and '.' do not matter.
    return {re.sub(r"[-_.]+", "-", n.strip()).lower() for n in names if n.strip()}


def one_line(error: BaseException) -> str:
    """``Type: message`` on one line."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _trace_before(hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]) -> None:
    plugins = ", ".join(str(impl.plugin_name) for impl in impls)
    print(f"govnews: calling {hook_name}({', '.join(kwargs)}) on {plugins}", file=sys.stderr)


def _trace_after(
    outcome: pluggy.Result[Any], hook_name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
) -> None:
    error = outcome.exception
    result = f"raised {one_line(error)}" if error is not None else "returned"
    print(f"govnews: {hook_name} {result}", file=sys.stderr)
