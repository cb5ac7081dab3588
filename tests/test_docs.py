"""The docs build cleanly, document every hook with its signature, and their commands run."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff._plugins import new_plugin_manager

ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"


def hook_signatures() -> dict[str, str]:
    manager = new_plugin_manager()
    return {
        name: f"{name}({', '.join(caller.spec.argnames)})"  # type: ignore[union-attr]
        for name, caller in vars(manager.hook).items()
        if not name.startswith("_")
    }


def test_every_hook_is_documented_with_its_signature() -> None:
    reference = (DOCS / "plugins" / "hooks.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (.+)$", reference, flags=re.M))
    assert set(hook_signatures().values()) == headings


def test_every_hook_has_a_test() -> None:
    tests = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    untested = [name for name in hook_signatures() if f"def {name}(" not in tests + _fake_plugins()]
    assert untested == []


def _fake_plugins() -> str:
    return (ROOT / "tests" / "fake_plugins.py").read_text(encoding="utf-8")


def _console_commands() -> list[str]:
    commands = []
    for page in [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]:
        for block in re.findall(r"```console\n(.*?)```", page.read_text(encoding="utf-8"), re.S):
            commands += [line[2:] for line in block.splitlines() if line.startswith("$ claimdiff ")]
    return commands


@pytest.mark.parametrize("command", _console_commands())
def test_documented_commands_run(command: str, tmp_path: Path) -> None:
    args = shlex.split(command)
    if "--output" in args:
        # Write the report where the test can throw it away, not into the repository.
        position = args.index("--output") + 1
        args[position] = str(tmp_path / Path(args[position]).name)
    result = subprocess.run(
        [sys.executable, "-m", "claimdiff", *args[1:]], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_docs_build_without_warnings(tmp_path: Path) -> None:
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(DOCS),
         str(tmp_path / "html")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
