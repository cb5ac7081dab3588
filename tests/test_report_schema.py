"""Real output validates against the report schema (format 1)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimdiff._cli import main

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def validate(report: dict) -> None:  # type: ignore[type-arg]
    jsonschema.Draft202012Validator(SCHEMA).validate(report)


def test_docs_schema_is_the_shared_contract() -> None:
    for name in ("report.schema.json", "manifest.schema.json"):
        shared = SHARED / "spec" / name
        if not shared.exists():
            pytest.skip("../shared/spec is not here")
        assert json.loads(shared.read_text()) == json.loads((ROOT / "docs" / name).read_text())


def test_examples_report_validates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "-f", "json", "--manifest", str(ROOT / "examples/articles/manifest.json")]) == 0
    report = json.loads(capsys.readouterr().out)
    validate(report)
    assert report["claims"] and report["diffs"]


def test_seed_articles_report_validates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not here")
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps({"documents": [{"path": str(p)} for p in seeds]}))
    assert main(["compare", "-f", "json", "--manifest", str(manifest)]) == 0
    report = json.loads(capsys.readouterr().out)
    validate(report)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds}
    for claim in report["claims"]:
        assert texts[claim["doc"]][claim["start"] : claim["end"]] == claim["text"]
    assert {c["kind"] for c in report["claims"]} >= {"quote", "number", "date"}
