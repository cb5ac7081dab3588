"""Helpers for tests: exactly the plugins a test names, and the built-ins' names."""

from __future__ import annotations

from types import ModuleType

import claimdiff
from claimdiff._plugins import LoadedPlugins

#: The built-in plugins, by entry-point name.
BUILTINS = ("attributions", "boilerplate", "dates", "html", "numbers", "quotes")


def plugins_of(*modules: ModuleType | object) -> LoadedPlugins:
    """Exactly these plugins, without entry points."""
    return claimdiff.load_plugins(plugins=modules, entry_points=False, strict=True)
