"""Tests see only the plugins they choose, never what else is installed on the machine."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

import claimdiff
from claimdiff._plugins import BLOCK_ENV, PLUGINS_ENV, LoadedPlugins
from helpers import BUILTINS

# Before any test imports claimdiff's default plugins: load only the built-ins.
os.environ[PLUGINS_ENV] = ",".join(BUILTINS)
os.environ.pop(BLOCK_ENV, None)

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def builtins() -> LoadedPlugins:
    """The built-in plugins, loaded through their entry points like any plugin."""
    return claimdiff.load_plugins(only=BUILTINS)


@pytest.fixture(autouse=True)
def _plugin_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(PLUGINS_ENV, ",".join(BUILTINS))
    monkeypatch.delenv(BLOCK_ENV, raising=False)
    yield
