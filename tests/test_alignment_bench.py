"""The alignment gold set loads, its spans fit the texts, and the scoring counts right."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "benchmarks" / "data" / "alignment"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "alignment_bench", ROOT / "benchmarks" / "alignment_bench.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


bench = _load_bench()
ANNOTATION_FILES = sorted(DATA.glob("*.json"))


def test_there_is_a_gold_set_of_sixty_groups_or_more() -> None:
    groups = [g for path in ANNOTATION_FILES for g in json.loads(path.read_text())["groups"]]
    assert len(groups) >= 60
    assert {g["relation"] for g in groups} == {"agree", "refine", "conflict"}


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotation_spans_exist_in_the_texts(path: Path) -> None:
    story = bench.parse_story(json.loads(path.read_text(encoding="utf-8")), path)
    missing = [d.file for d in story.documents if not (story.root / d.file).is_file()]
    if missing:
        pytest.skip(f"texts absent under {story.root}")
    texts = {d.file: bench.read_text(story.root / d.file) for d in story.documents}
    assert bench.check_story(story, texts) == []


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotations_store_no_long_runs_of_article_text(path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    for group in raw["groups"]:
        for member in group["members"]:
            assert len(member["first_words"].split()) <= 5


def test_check_story_reports_a_span_that_does_not_fit() -> None:
    story = bench.parse_story(
        {
            "story": "tiny",
            "root": "repo",
            "documents": [{"file": "a.txt", "id": "a"}, {"file": "b.txt", "id": "b"}],
            "groups": [
                {
                    "id": "g",
                    "relation": "agree",
                    "members": [
                        {
                            "file": "a.txt",
                            "start": 0,
                            "end": 3,
                            "kind": "number",
                            "first_words": "212",
                        },
                        {
                            "file": "b.txt",
                            "start": 0,
                            "end": 3,
                            "kind": "number",
                            "first_words": "212",
                        },
                    ],
                }
            ],
        },
        Path("tiny.json"),
    )
    texts = {"a.txt": "212 on board", "b.txt": "All 212 on board"}
    problems = bench.check_story(story, texts)
    assert len(problems) == 1 and "b.txt@0" in problems[0]


# A hand-made story: three documents, two gold groups (distance, toll) and one negative.
TINY = {
    "story": "tiny",
    "root": "repo",
    "documents": [
        {"file": "a.txt", "id": "a"},
        {"file": "b.txt", "id": "b"},
        {"file": "c.txt", "id": "c"},
    ],
    "groups": [
        {
            "id": "distance",
            "relation": "conflict",
            "members": [
                {"file": "a.txt", "start": 0, "end": 10, "kind": "number"},
                {"file": "b.txt", "start": 0, "end": 10, "kind": "number"},
                {"file": "c.txt", "start": 0, "end": 10, "kind": "number"},
            ],
        },
        {
            "id": "toll",
            "relation": "agree",
            "members": [
                {"file": "a.txt", "start": 20, "end": 30, "kind": "number"},
                {"file": "b.txt", "start": 20, "end": 30, "kind": "number"},
                # Not extracted: no claim of the same family overlaps it.
                {"file": "c.txt", "start": 20, "end": 30, "kind": "number"},
            ],
        },
        {
            "id": "said",
            "relation": "agree",
            "members": [
                {"file": "a.txt", "start": 40, "end": 50, "kind": "quote"},
                {"file": "b.txt", "start": 40, "end": 50, "kind": "attribution"},
            ],
        },
    ],
    "negatives": [
        {
            "a": {"file": "c.txt", "start": 60, "end": 70, "kind": "number"},
            "b": {"group": "toll"},
        }
    ],
}


def _claim(doc: str, start: int, end: int, kind: str = "number") -> Any:
    return bench.PredictedClaim(f"{doc}{start}", doc, kind, start, end)


def test_scoring_on_a_tiny_hand_made_case() -> None:
    story = bench.parse_story(TINY, Path("tiny.json"))
    claims = [
        _claim("a", 0, 10),
        _claim("b", 2, 8),
        _claim("c", 0, 12),
        _claim("a", 20, 30),
        _claim("b", 18, 31),
        _claim("c", 20, 30, kind="date"),  # wrong family: the toll member of c is not extracted
        _claim("c", 60, 70),
        _claim("a", 38, 52, kind="attribution"),  # a longer attribution around ...
        _claim("a", 40, 50, kind="quote"),  # ... the quote, which fits best
        _claim("b", 40, 50, kind="attribution"),
    ]
    diffs = [
        bench.PredictedDiff("conflict", ("a0", "b2")),  # distance split: c0 alone
        bench.PredictedDiff("unique", ("c0",)),
        bench.PredictedDiff("agree", ("a20", "b18", "c60")),  # toll plus a negative
        bench.PredictedDiff("unique", ("c20",)),
        bench.PredictedDiff("refine", ("a40", "b40")),  # said: together, wrong relation
        bench.PredictedDiff("unique", ("a38",)),
    ]
    score = bench.score_story(story, claims, diffs)
    assert (score.members, score.extracted) == (8, 7)
    assert dict(score.missed_by_kind) == {"number": 1}
    # Gold document pairs: distance 3 (a-b found), toll 1 (a-b found), said 1 (found).
    assert (score.found_pairs, score.gold_pairs) == (3, 5)
    # Predicted pairs judged: a0-b2 right, a20-b18 right, a20-c60 and b18-c60 wrong
    # (negative), a40-b40 right.
    assert (score.right_pairs, score.wrong_pairs) == (3, 2)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.6)
    # Relation: toll is partial (c's member missing), distance split, said wrong.
    assert (score.split_groups, score.partial_groups) == (1, 1)
    assert (score.relation_right, score.relation_groups) == (0, 1)
    assert any(line.startswith("[relation] said") for line in score.errors)


def test_a_claim_in_another_gold_group_counts_as_a_wrong_pair() -> None:
    story = bench.parse_story(TINY, Path("tiny.json"))
    claims = [_claim("a", 0, 10), _claim("b", 20, 30)]
    score = bench.score_story(story, claims, [bench.PredictedDiff("conflict", ("a0", "b20"))])
    assert (score.right_pairs, score.wrong_pairs) == (0, 1)
    assert score.recall is None  # neither group has two extracted documents


def test_family_joins_quotes_and_attributions() -> None:
    assert bench.family("quote") == bench.family("attribution") == "speech"
    assert bench.family("number") != bench.family("date")
