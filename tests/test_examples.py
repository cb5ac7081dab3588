"""The example scripts run as a user would run them."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, check=False)


def test_compare_folder() -> None:
    result = run(str(EXAMPLES / "compare_folder.py"), str(EXAMPLES / "articles"), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# claimdiff report")
    assert "Harbour Courier" in result.stdout


def test_walk_diffs() -> None:
    result = run(str(EXAMPLES / "walk_diffs.py"))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^== conflict: \d+$", result.stdout, re.M)


def test_report_table(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    made = run("-m", "claimdiff", "compare", "-f", "json", "-o", str(report), "--manifest",
               str(EXAMPLES / "articles" / "manifest.json"))
    assert made.returncode == 0, made.stderr
    result = run(str(EXAMPLES / "report_table.py"), str(report))
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert table and {"relation", "outlet", "text"} <= set(table[0])


def test_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```python\n(.*?)```", readme, re.S):
        result = run("-c", block)
        assert result.returncode == 0, result.stderr


def test_readme_sample_output_is_current() -> None:
    # The sample shows the first lines of the command's output: they must still be what it prints.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"```text\n\$ claimdiff (compare [^\n]*)\n(.*?)```", readme, re.S)
    assert sample is not None
    shown = [line for line in sample.group(2).splitlines() if line.strip() and line.strip() != "…"]
    result = run("-m", "claimdiff", *sample.group(1).split())
    assert result.returncode == 0, result.stderr
    assert shown == [line for line in result.stdout.splitlines() if line.strip()][: len(shown)]
