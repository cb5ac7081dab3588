"""The command line: reports, exit statuses and one-line errors on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff._cli import main

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_compare_manifest_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "compare", "--manifest", str(EXAMPLES / "manifest.json"))
    assert status == 0, err
    assert out.startswith("claimdiff: 4 documents")


def test_compare_files_json_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    _, first, _ = run(capsys, "compare", "--format", "json", *files)
    _, second, _ = run(capsys, "compare", "--format", "json", *reversed(files))
    assert first == second
    assert json.loads(first)["format"] == 1


def test_published_override(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(EXAMPLES / "northern-daily.txt")
    status, out, _ = run(capsys, "compare", "-f", "json", path, "--published", "northern-daily=2025-03-11")
    assert status == 0
    assert json.loads(out)["documents"][0]["published"] == "2025-03-11"


def test_output_file_is_written_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    status, out, _ = run(
        capsys, "compare", "-f", "markdown", "-o", str(target), "--manifest", str(EXAMPLES / "manifest.json")
    )
    assert status == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("# claimdiff report")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_extract_and_plugins(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "extract", str(EXAMPLES / "harbour-courier.txt"), "--published", "2025-03-12")
    assert status == 0 and out.startswith("harbour-courier:")
    status, out, _ = run(capsys, "plugins", "--format", "json")
    names = {plugin["name"] for plugin in json.loads(out)["plugins"]}
    assert {"quotes", "numbers", "dates", "attributions"} <= names


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "latin1.txt").write_bytes("Le café coûte 3 euros.".encode("latin-1"))
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "nodocs.json").write_text('{"documents": []}')
    (tmp_path / "nopath.json").write_text('{"documents": [{"id": "x"}]}')
    ok = str(EXAMPLES / "harbour-courier.txt")
    return {
        "no such file": ["compare", str(tmp_path / "missing.txt")],
        "is a directory": ["compare", str(tmp_path)],
        "is empty": ["compare", str(tmp_path / "empty.txt")],
        "binary": ["compare", str(tmp_path / "binary.bin")],
        "not valid utf-8": ["compare", str(tmp_path / "latin1.txt")],
        "not a JSON manifest": ["compare", "--manifest", str(tmp_path / "bad.json")],
        "non-empty list": ["compare", "--manifest", str(tmp_path / "nodocs.json")],
        "needs a 'path'": ["compare", "--manifest", str(tmp_path / "nopath.json")],
        "unknown plugin": ["compare", ok, "--plugins", "nosuchplugin"],
        "unknown plugin name(s) to block": ["compare", ok, "--block", "nosuchplugin"],
        "unknown claim kind": ["compare", ok, "--kinds", "weather"],
        "ID=DATE": ["compare", ok, "--published", "nonsense"],
        "nothing to compare": ["compare"],
    }


def test_bad_input_gives_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for expected, args in _bad_inputs(tmp_path).items():
        status, out, err = run(capsys, *args, "-o", str(tmp_path / "out.json"))
        assert status == 2, (expected, err)
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("claimdiff: error:"), err
        assert expected.lower() in err.lower(), (expected, err)
        assert not (tmp_path / "out.json").exists()


def test_other_encoding_reads_when_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café coûte 3 euros.".encode("latin-1"))
    status, out, _ = run(capsys, "extract", str(path), "--encoding", "latin-1", "-f", "json")
    assert status == 0
    assert json.loads(out)["documents"][0]["length"] == len("Le café coûte 3 euros.")


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(bytes(range(256)) * 4)
    result = subprocess.run(
        [sys.executable, "-m", "claimdiff", "compare", str(binary)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "photo.jpg" in result.stderr and "binary" in result.stderr


def test_output_file_gets_ordinary_permissions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import os
    import stat

    target = tmp_path / "report.json"
    assert main(["compare", "-f", "json", "-o", str(target), str(EXAMPLES / "island-gazette.txt")]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
