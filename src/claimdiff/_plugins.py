"""Finding and loading plugins through the ``claimdiff`` entry-point group."""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Iterable

import attrs
import pluggy

from claimdiff import hookspecs
from claimdiff._registry import Registry, describe_error
from claimdiff._types import Problem

ENTRY_POINT_GROUP = "claimdiff"
#: Comma-separated plugin names: load only these (like ``LLM_LOAD_PLUGINS``).
PLUGINS_ENV = "CLAIMDIFF_PLUGINS"
#: Comma-separated plugin or extractor names never to load or run.
BLOCK_ENV = "CLAIMDIFF_BLOCK_PLUGINS"


class PluginError(Exception):
    """A plugin could not be loaded or used, in strict mode or when asked for by name."""


@attrs.frozen
class PluginInfo:
    """A plugin as ``claimdiff plugins`` lists it."""

    name: str
    distribution: str | None
    version: str | None
    extractors: tuple[str, ...] = ()
    comparators: tuple[str, ...] = ()
    preparers: tuple[str, ...] = ()


@attrs.define
class LoadedPlugins:
    """A plugin manager with its plugins loaded, the registry they filled, and what failed."""

    manager: pluggy.PluginManager
    registry: Registry
    problems: list[Problem]
    distributions: dict[str, tuple[str, str]]

    def info(self) -> list[PluginInfo]:
        registry = self.registry
        infos = []
        for name in sorted(self.manager.get_name(p) or repr(p) for p in self.manager.get_plugins()):
            dist, version = self.distributions.get(name, (None, None))
            infos.append(
                PluginInfo(
                    name=name,
                    distribution=dist,
                    version=version,
                    extractors=tuple(
                        sorted(k for k, v in registry.extractors.items() if v.plugin == name)
                    ),
                    comparators=tuple(
                        sorted(k for k, v in registry.comparators.items() if v.plugin == name)
                    ),
                    preparers=tuple(
                        sorted(k for k, v in registry.preparers.items() if v.plugin == name)
                    ),
                )
            )
        return infos


def names_from_env(variable: str) -> frozenset[str] | None:
    raw = os.environ.get(variable)
    if raw is None:
        return None
    return frozenset(name.strip() for name in raw.split(",") if name.strip())


def new_plugin_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager("claimdiff")
    manager.add_hookspecs(hookspecs)
    return manager


def load_plugins(
    *,
    plugins: Iterable[object] | None = None,
    only: Iterable[str] | None = None,
    block: Iterable[str] = (),
    entry_points: bool = True,
    strict: bool = False,
) -> LoadedPlugins:
    """Load plugins: modules or objects passed in ``plugins``, and the ``claimdiff`` entry points.

    ``only`` limits entry points to those names (default: ``$CLAIMDIFF_PLUGINS`` when set);
    ``block`` skips names (added to ``$CLAIMDIFF_BLOCK_PLUGINS``). Every entry point is loaded
    on its own, so one broken plugin is reported by name and the others still load.
    """
    manager = new_plugin_manager()
    problems: list[Problem] = []
    distributions: dict[str, tuple[str, str]] = {}
    only_names = frozenset(only) if only is not None else names_from_env(PLUGINS_ENV)
    asked_to_block = frozenset(block)
    blocked = asked_to_block | (names_from_env(BLOCK_ENV) or frozenset())

    for plugin in plugins or ():
        name = getattr(plugin, "__name__", None) or type(plugin).__name__
        if name not in blocked:
            manager.register(plugin, name=name)

    if entry_points:
        found = sorted(
            importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name
        )
        if only_names is not None:
            unknown = only_names - {ep.name for ep in found}
            unknown -= {name for name, _ in manager.list_name_plugin()}
            if unknown:
                raise PluginError(f"unknown plugin name(s): {', '.join(sorted(unknown))}")
        for entry_point in found:
            if entry_point.name in blocked or (
                only_names is not None and entry_point.name not in only_names
            ):
                continue
            if manager.has_plugin(entry_point.name):
                continue
            dist = entry_point.dist
            origin = f"{dist.name} {dist.version}" if dist is not None else "unknown distribution"
            try:
                module = entry_point.load()
                manager.register(module, name=entry_point.name)
            except Exception as error:
                if strict:
                    raise PluginError(
                        f"plugin {entry_point.name!r} ({origin}) failed to load: "
                        f"{describe_error(error)}"
                    ) from error
                problems.append(
                    Problem(
                        entry_point.name,
                        f"failed to load ({origin}): {describe_error(error)}",
                        kind="load",
                    )
                )
                continue
            if dist is not None:
                distributions[entry_point.name] = (dist.name, dist.version)
    try:
        # Catches hook implementations whose names match no hook (a typo would be silent).
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        if strict:
            raise PluginError(str(error)) from error
        problems.append(Problem("claimdiff", describe_error(error), kind="load"))

    registry = Registry.from_plugin_manager(manager, strict=strict)
    known = {ep.name for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)}
    known |= set(registry.extractors) | set(registry.preparers) | set(registry.comparators)
    if unknown_blocked := asked_to_block - known - {name for name, _ in manager.list_name_plugin()}:
        raise PluginError(f"unknown plugin name(s) to block: {', '.join(sorted(unknown_blocked))}")
    for table in (registry.extractors, registry.comparators, registry.preparers):
        for name in [name for name in table if name in blocked]:
            del table[name]
    problems.extend(registry.problems)
    return LoadedPlugins(manager, registry, problems, distributions)


_default_cache: dict[tuple[str | None, str | None], LoadedPlugins] = {}


def default_plugins() -> LoadedPlugins:
    """The installed plugins, loaded once per setting of the selection environment variables."""
    key = (os.environ.get(PLUGINS_ENV), os.environ.get(BLOCK_ENV))
    if key not in _default_cache:
        _default_cache[key] = load_plugins()
    return _default_cache[key]
