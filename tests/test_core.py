"""The pipeline with small test plugins: isolation, strictness, spans, order, determinism."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import Document
from fake_plugins import BadRegistration, Broken, Digits, Hangs, Malformed, MarksFirstLine
from helpers import plugins_of
from strategies import document_sets, documents


def test_compare_groups_equal_and_different_values() -> None:
    docs = [
        Document.from_text("The bridge is 300 metres long.", "a", source="A"),
        Document.from_text("The bridge is 300 metres long, officials said.", "b", source="B"),
        Document.from_text("The bridge is 410 metres long.", "c", source="C"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits()))
    assert [d.kind for d in report.diffs] == ["conflict"]
    diff = report.diffs[0]
    assert set(diff.docs) == {"a", "b", "c"}
    assert diff.field == "value"
    assert "410" in diff.explanation and "(C)" in diff.explanation


def test_unique_claims_and_agreements() -> None:
    docs = [
        Document.from_text("Officials counted 12 boats in the harbour.", "a"),
        Document.from_text("Officials counted 12 boats in the harbour today.", "b"),
        Document.from_text("A storm is due.", "c"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits()))
    assert [d.kind for d in report.diffs] == ["agree"]
    assert report.diffs[0].docs == ("a", "b")


def test_broken_plugin_is_reported_and_others_go_on() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    report = claimdiff.extract(doc, plugins=plugins_of(Digits(), Broken()))
    assert [c.text for c in report.claims] == ["3"]
    assert [(p.plugin, p.doc, p.kind) for p in report.problems] == [("broken", "d", "error")]
    assert "RuntimeError: boom" in report.problems[0].message


def test_strict_mode_raises() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    with pytest.raises(claimdiff.ExtractorError, match="broken"):
        claimdiff.extract(doc, plugins=plugins_of(Digits(), Broken()), strict=True)


def test_malformed_claims_are_dropped_and_reported() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    report = claimdiff.extract(doc, plugins=plugins_of(Digits(), Malformed()))
    assert [c.text for c in report.claims] == ["3"]
    (problem,) = report.problems
    assert problem.plugin == "malformed" and problem.kind == "malformed"
    assert "not a Claim" in problem.message and "2 more" in problem.message


def test_hanging_plugin_times_out() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    report = claimdiff.extract(doc, plugins=plugins_of(Digits(), Hangs()), timeout=0.2)
    assert [c.text for c in report.claims] == ["3"]
    assert [(p.plugin, p.kind) for p in report.problems] == [("hangs", "timeout")]


def test_failing_registration_is_reported() -> None:
    loaded = claimdiff.load_plugins(plugins=[Digits(), BadRegistration()], entry_points=False)
    assert set(loaded.registry.extractors) == {"digits"}
    assert [p.plugin for p in loaded.problems] == ["bad-registration"]


def test_boilerplate_regions_hold_no_claims() -> None:
    doc = Document.from_text("Cookie notice 2024\nThere were 3 ships.", "d")
    report = claimdiff.extract(doc, plugins=plugins_of(Digits(), MarksFirstLine()))
    assert [c.text for c in report.claims] == ["3"]
    assert report.documents[0].boilerplate[0].reason == "first line"


def test_kinds_filter_and_unknown_kind() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    loaded = plugins_of(Digits(), Malformed())
    assert claimdiff.extract(doc, plugins=loaded, kinds=["digits"]).problems == ()
    with pytest.raises(claimdiff.PluginError, match="unknown claim kind"):
        claimdiff.extract(doc, plugins=loaded, kinds=["nope"])


def test_claims_get_ids_sentences_and_extractor() -> None:
    doc = Document.from_text("First line has 1. Second has 22 here.\nThird 333.", "x")
    claims = claimdiff.extract(doc, plugins=plugins_of(Digits())).claims
    assert [c.id for c in claims] == ["x#1", "x#2", "x#3"]
    assert [c.sentence for c in claims] == [
        "First line has 1.",
        "Second has 22 here.",
        "Third 333.",
    ]
    assert {c.extractor for c in claims} == {"digits"}


def test_duplicate_document_ids_are_refused() -> None:
    docs = [Document.from_text("1", "same"), Document.from_text("2", "same")]
    with pytest.raises(ValueError, match="distinct ids"):
        claimdiff.compare(docs, plugins=plugins_of(Digits()))


def test_repeats_within_a_document_are_merged_not_conflicts() -> None:
    caption = "The harbour master speaks on 4 May."
    docs = [
        Document.from_text(f"{caption}\n{caption}\nBoats: 9 in all.", "a"),
        Document.from_text("The harbour master speaks on 4 May. Boats: 9.", "b"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits()))
    assert not report.diffs_of("conflict")
    repeats = [d.details.get("repeats") for d in report.diffs if d.details.get("repeats")]
    assert repeats == [{"a#1": ["a#2"]}]


@given(documents())
def test_spans_always_index_the_text(document: Document) -> None:
    report = claimdiff.extract(document, plugins=plugins_of(Digits()))
    for claim in report.claims:
        assert document.text[claim.start : claim.end] == claim.text


@given(document_sets(), st.randoms())
def test_document_order_does_not_change_the_json(docs: list[Document], rnd) -> None:  # type: ignore[no-untyped-def]
    loaded = plugins_of(Digits())
    first = claimdiff.compare(docs, plugins=loaded).to_json()
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert claimdiff.compare(shuffled, plugins=loaded).to_json() == first


@given(documents())
def test_self_diff_has_no_conflict_and_no_unique(document: Document) -> None:
    import attrs

    twin = attrs.evolve(document, id=document.id + "-twin")
    report = claimdiff.compare([document, twin], plugins=plugins_of(Digits()))
    assert not report.diffs_of("conflict")
    assert not report.diffs_of("unique")


def test_plugin_order_does_not_matter() -> None:
    doc = Document.from_text("There were 3 ships.\nCookie 7", "d")
    outputs = {
        claimdiff.extract(doc, plugins=plugins_of(*order)).to_json()
        for order in itertools.permutations([Digits(), Broken(), MarksFirstLine()])
    }
    assert len(outputs) == 1


def test_read_document_hook_is_asked_first(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import claimdiff._plugins as plugins_module
    from fake_plugins import NoteReader

    loaded = plugins_of(NoteReader())
    monkeypatch.setattr(plugins_module, "default_plugins", lambda: loaded)
    note = tmp_path / "memo.note"
    note.write_text("quiet words", encoding="utf-8")
    plain = tmp_path / "memo.txt"
    plain.write_text("quiet words", encoding="utf-8")
    assert Document.from_path(note).text == "QUIET WORDS"
    assert Document.from_path(plain, source="X").text == "quiet words"
    assert Document.from_path(note, published="2024-05-01").published_from == "metadata"


def test_workers_give_the_same_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimdiff._compare, "PARALLEL_MIN_CHARS", 0)
    docs = [Document.from_text(f"Item {n}: {n * 7} boats and {n % 3} ships.", f"d{n}") for n in range(12)]
    loaded = plugins_of(Digits())
    seen: list[tuple[int, int]] = []
    parallel = claimdiff.compare(docs, plugins=loaded, workers=2, progress=lambda d, t: seen.append((d, t)))
    assert parallel.to_json() == claimdiff.compare(docs, plugins=loaded).to_json()
    assert seen[-1] == (12, 12)


def test_workers_with_unpicklable_plugin_fall_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimdiff._compare, "PARALLEL_MIN_CHARS", 0)
    docs = [Document.from_text("1 and 2", "a"), Document.from_text("3", "b")]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits(), Broken()), workers=2)
    assert [p.kind for p in report.problems if p.plugin == "claimdiff"] == ["parallel"]
    assert len(report.claims) == 3


def test_workers_start_no_processes_for_a_few_short_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.setattr(claimdiff._compare, "_run_parallel", no_pool)
    docs = [Document.from_text("1 and 2", "a"), Document.from_text("3", "b")]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits()), workers=2)
    assert len(report.claims) == 3 and not report.problems


def test_wire_copies_are_found_and_counted_once() -> None:
    story = (
        "Rescue teams worked through the night after the bridge over the river gave way, "
        "and the mayor said 14 cars had fallen into the water before the police closed the road. "
        "Divers were still searching the wreckage at dawn, officials said."
    )
    docs = [
        Document.from_text(story, "wire-a"),
        Document.from_text(story.replace("officials said", "the agency reported"), "wire-b"),
        Document.from_text("The mayor said 14 cars had fallen into the river.", "local"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(Digits()))
    assert report.copies == (("wire-a", "wire-b"),)
    (agreement,) = report.diffs_of("agree")
    assert len(agreement.docs) == 3
    assert agreement.details["independent_reports"] == 2


def test_run_on_text_keeps_claim_sentences_short() -> None:
    # A megabyte with no full stop is one "sentence": each claim keeps a window of it.
    from claimdiff._extract import MAX_SENTENCE_CHARS

    doc = Document.from_text("word 12 " * 5000, "runon")
    claims = claimdiff.extract(doc, plugins=plugins_of(Digits())).claims
    assert len(claims) == 5000
    assert all(c.sentence and len(c.sentence) < MAX_SENTENCE_CHARS for c in claims)
    assert all(c.text in (c.sentence or "") for c in claims)


def test_wire_copies_in_real_articles_match_the_corpus_hints() -> None:
    import json
    from pathlib import Path

    from claimdiff._diff import find_copies

    corpus = Path(__file__).parents[2] / "shared" / "corpus" / "ECBplus"
    if not corpus.exists():
        import pytest

        pytest.skip("../shared/corpus is not here")
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    cluster = manifest["clusters"]["37ecbplus"]
    folder = corpus / cluster["folder"]
    docs = [Document.from_text(p.read_text(encoding="utf-8"), p.stem) for p in folder.glob("*.txt")]
    together = {frozenset(pair) for group in find_copies(docs) for pair in itertools.combinations(group, 2)}
    hinted = {frozenset((p["a"], p["b"])) for p in cluster["probable_shared_wire_copy_pairs"]}
    assert len(hinted & together) >= len(hinted) - 1
    assert len(together) <= 2 * len(hinted)


def _toll_report(published: dict[str, str]) -> str:
    from claimdiff_plugins import numbers

    tolls = {"early": 10, "mid": 10, "late": 14}
    docs = [
        Document.from_text(
            f"The flood killed {tolls[name]} people in Varn, officials said.",
            name,
            published=when,
        )
        for name, when in published.items()
    ]
    (conflict,) = claimdiff.compare(docs, plugins=plugins_of(numbers)).diffs_of("conflict")
    return conflict.explanation


def test_a_figure_only_the_latest_reports_give_is_called_a_possible_update() -> None:
    explanation = _toll_report({"early": "2025-03-11", "mid": "2025-03-12", "late": "2025-03-13"})
    assert explanation.endswith("late published later, so its figure may be an update.")


def test_no_update_is_suggested_when_the_report_is_not_the_latest() -> None:
    explanation = _toll_report({"early": "2025-03-11", "mid": "2025-03-14", "late": "2025-03-13"})
    assert "published later" not in explanation


def test_completing_a_claim_keeps_every_field_the_extractor_set() -> None:
    import attrs

    from claimdiff._extract import _complete

    doc = Document.from_text("Ten boats sank.", "d")
    claim = claimdiff.Claim(
        kind="k",
        start=0,
        end=3,
        text="Ten",
        value={"n": 10},
        sentence="Ten boats sank.",
        speaker="s",
        subject="sunk",
        confidence=0.5,
        details={"x": 1},
    )
    # A field added to Claim must be passed on by _complete (and set here).
    assert [field.name for field in attrs.fields(claimdiff.Claim)] == [
        "kind", "start", "end", "text", "value", "id", "doc", "sentence", "speaker", "subject",
        "extractor", "confidence", "details",
    ]  # fmt: skip
    done = _complete(claim, doc, "ext", [(0, 15)], "d#1", {})
    filled = {"id": "d#1", "doc": "d", "extractor": "ext"}
    for field in attrs.fields(claimdiff.Claim):
        expected = filled.get(field.name, getattr(claim, field.name))
        assert getattr(done, field.name) == expected, field.name


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # an abbreviation that often ends a sentence does when a sentence opener follows
        (
            "The road was shut by 4 p.m. The Coast Guard confirmed it.",
            ["The road was shut by 4 p.m.", "The Coast Guard confirmed it."],
        ),
        ("It rose in the U.S. It fell in Europe.", ["It rose in the U.S.", "It fell in Europe."]),
        # ... and does not before a name or inside one
        ("He met U.S. officials.", ["He met U.S. officials."]),
        ("Mr. Kim met Dr. A. Lee at 4 p.m. on Friday.", ["Mr. Kim met Dr. A. Lee at 4 p.m. on Friday."]),
        # a capital after a number is a unit, not an initial: it may end a sentence
        ("It could exceed 44C. Data show a record.", ["It could exceed 44C.", "Data show a record."]),
        ("He lives in Flat 4B. Nobody answered.", ["He lives in Flat 4B.", "Nobody answered."]),
        # ... while a lone capital after a name is still an initial
        ("Kim J. Un met Ann B. Lee.", ["Kim J. Un met Ann B. Lee."]),
    ],
)
def test_sentences_end_after_an_abbreviation_only_before_an_opener(
    text: str, sentences: list[str]
) -> None:
    from claimdiff._text import sentence_spans

    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_a_dotted_acronym_ends_a_sentence_only_before_an_opener() -> None:
    from claimdiff._text import sentence_spans

    inside = "In a statement, the B.C. Poultry Association said it was working."
    assert [inside[a:b] for a, b in sentence_spans(inside)] == [inside]
    ending = "He moved to the U.A.E. The move paid off."
    assert [ending[a:b] for a, b in sentence_spans(ending)] == [
        "He moved to the U.A.E.",
        "The move paid off.",
    ]
