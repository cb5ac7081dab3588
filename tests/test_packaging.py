"""The built-ins install with the core and load through the same entry points as third parties."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from helpers import BUILTINS

HERE = Path(__file__).parent


def test_builtins_are_entry_points_of_the_claimdiff_distribution() -> None:
    points = importlib.metadata.distribution("claimdiff").entry_points
    group = {ep.name: ep.value for ep in points if ep.group == "claimdiff"}
    assert set(group) == set(BUILTINS)
    assert all(value.startswith("claimdiff_plugins.") for value in group.values())


def test_builtins_load_without_problems(builtins) -> None:  # type: ignore[no-untyped-def]
    assert builtins.problems == []
    kinds = builtins.registry.kinds()
    assert {"quote", "number", "date", "attribution"} <= kinds
    assert {info.distribution for info in builtins.info()} == {"claimdiff"}


def test_every_hookimpl_matches_a_hookspec(builtins) -> None:  # type: ignore[no-untyped-def]
    builtins.manager.check_pending()


@pytest.mark.slow
def test_third_party_distribution_is_discovered(tmp_path: Path) -> None:
    """Install a plugin distribution into a fresh environment and see claimdiff find it."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet",
         str(HERE / "data" / "claimdiff-shout")],
        capture_output=True, text=True, check=False,
    )
    if install.returncode != 0 and "no such option: --python" in install.stderr:
        pytest.skip("pip too old for --python")
    assert install.returncode == 0, install.stderr
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMDIFF_")}
    listed = subprocess.run(
        [str(python), "-m", "claimdiff", "plugins", "--format", "json"],
        capture_output=True, text=True, check=True, env=environment,
    )
    plugins = {p["name"]: p for p in json.loads(listed.stdout)["plugins"]}
    assert plugins["shout"]["distribution"] == "claimdiff-shout"
    assert plugins["shout"]["extractors"] == ["shout"]
    article = tmp_path / "a.txt"
    article.write_text("The crowd chanted FREEDOM outside the court.\n", encoding="utf-8")
    extracted = subprocess.run(
        [str(python), "-m", "claimdiff", "extract", str(article), "--kinds", "shout", "-f", "json"],
        capture_output=True, text=True, check=True, env=environment,
    )
    claims = json.loads(extracted.stdout)["claims"]
    assert [(c["kind"], c["text"]) for c in claims] == [("shout", "FREEDOM")]
    # Selecting plugins by environment variable hides it again.
    environment["CLAIMDIFF_BLOCK_PLUGINS"] = "shout"
    listed = subprocess.run(
        [str(python), "-m", "claimdiff", "plugins", "--format", "json"],
        capture_output=True, text=True, check=True, env=environment,
    )
    assert "shout" not in {p["name"] for p in json.loads(listed.stdout)["plugins"]}


@pytest.mark.slow
def test_regular_install_carries_the_builtins(tmp_path: Path) -> None:
    """``pip install .`` (not editable) into a clean environment installs core and built-ins."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         str(HERE.parent)],
        capture_output=True, text=True, check=False,
    )
    assert install.returncode == 0, install.stderr
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMDIFF_")}
    where = subprocess.run(
        [str(python), "-c", "import claimdiff, claimdiff_plugins; "
         "print(claimdiff.__file__); print(claimdiff_plugins.__file__)"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=environment,
    )
    assert all(str(env_dir) in line for line in where.stdout.splitlines())
    listed = subprocess.run(
        [str(python), "-m", "claimdiff", "plugins", "--format", "json"],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=environment,
    )
    assert {p["name"] for p in json.loads(listed.stdout)["plugins"]} == set(BUILTINS)
    compared = subprocess.run(
        [str(env_dir / "bin" / "claimdiff"), "compare", "-f", "json", "--manifest",
         str(HERE.parent / "examples" / "articles" / "manifest.json")],
        capture_output=True, text=True, check=True, cwd=tmp_path, env=environment,
    )
    assert json.loads(compared.stdout)["claims"]
