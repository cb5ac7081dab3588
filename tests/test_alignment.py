"""Alignment behaviours on text we write: restatements in other units, leads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimdiff
import claimdiff._align
from claimdiff import Document
from claimdiff_plugins import dates, numbers
from helpers import plugins_of


def test_a_value_restated_in_other_units_is_one_claim_of_its_document() -> None:
    docs = [
        Document.from_text(
            "The ferry sank 55 kilometres (34 miles) off the coast, officials said.", "a"
        ),
        Document.from_text("The ferry went down 34 miles from the coast.", "b"),
        Document.from_text("It sank some 55 km from shore.", "c"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(numbers))
    distances = [d for d in report.diffs if any("55" in report.claim(c).text for c in d.claims)]
    assert len(distances) == 1
    assert distances[0].kind == "agree"
    assert set(distances[0].docs) == {"a", "b", "c"}
    assert distances[0].details["repeats"] == {"a#1": ["a#2"]}


def test_a_conversion_that_disagrees_is_not_folded() -> None:
    # "(60 miles)" is not 55 km: the document states two figures, both stay claims.
    doc = Document.from_text("The ferry sank 55 kilometres (60 miles) off the coast.", "a")
    other = Document.from_text("The ferry sank 55 km off the coast.", "b")
    report = claimdiff.compare([doc, other], plugins=plugins_of(numbers))
    assert not any(d.details.get("repeats") for d in report.diffs)


LEAD = (
    "A 6.1-magnitude earthquake struck the coastal province of Ardena on Tuesday, damaging "
    "homes. Eight years ago a magnitude-7.2 quake flattened the old port town of Belmar."
)
OTHER_LEAD = (
    "A magnitude 5.9 earthquake hit Ardena before dawn, waking residents. Residents "
    "recalled that eight years ago a magnitude-7.2 tremor flattened Belmar's port."
)


def _magnitude_diffs() -> list[tuple[str, set[str]]]:
    docs = [Document.from_text(LEAD, "a"), Document.from_text(OTHER_LEAD, "b")]
    report = claimdiff.compare(docs, plugins=plugins_of(numbers))
    return [
        (d.kind, {report.claim(c).text for c in d.claims})
        for d in report.diffs
        if "magnitude" in report.claim(d.claims[0]).text
    ]


def test_leads_align_even_when_worded_apart() -> None:
    # Each report leads with the magnitude of the same quake; their words share little,
    # and the values conflict, which asks for more shared context than agreeing ones.
    diffs = _magnitude_diffs()
    assert ("conflict", {"6.1-magnitude", "magnitude 5.9"}) in diffs
    assert ("agree", {"magnitude-7.2"}) in diffs


def test_without_the_lead_bonus_the_same_leads_stay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimdiff._align, "LEAD_BONUS", 0.0)
    diffs = _magnitude_diffs()
    assert ("unique", {"6.1-magnitude"}) in diffs


HEADLINE_AND_LEAD = [
    (
        "a",
        "Magnitude 6.1 quake shakes Ardena\n\n"
        "A 6.1-magnitude earthquake struck the mountain villages of Ardena province on "
        "Tuesday, officials said.",
    ),
    ("b", "Magnitude 6.1 quake shakes Ardena\n\nRescue teams reached the villages by noon."),
    (
        "c",
        "A 6.1-magnitude earthquake struck the mountain villages of Ardena province on "
        "Tuesday morning.",
    ),
]


def _magnitude_groups() -> list[tuple[str, ...]]:
    docs = [Document.from_text(text, doc_id) for doc_id, text in HEADLINE_AND_LEAD]
    report = claimdiff.compare(docs, plugins=plugins_of(numbers))
    return [d.docs for d in report.diffs if "6.1" in report.claim(d.claims[0]).text]


def test_a_headline_and_a_lead_stating_one_value_make_one_group() -> None:
    # Headlines align with headlines and leads with leads; both say 6.1, so one diff
    # holds all three reports, the second mention in "a" as a repeat.
    assert _magnitude_groups() == [("a", "b", "c")]


def test_without_folding_headlines_and_leads_stay_two_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(claimdiff._align, "PARALLEL_MEAN", 2.0)
    assert len(_magnitude_groups()) == 2


EARLIER_QUAKE = "A magnitude-6.4 earthquake struck the region in February and killed 600 people."
TODAYS_QUAKE = (
    "A magnitude-5.9 earthquake struck the island on Sunday and killed 10 people. "
    "In February, a magnitude-6.4 earthquake killed 600 in Zarand."
)


def _quake_magnitudes() -> list[tuple[str, tuple[str, ...]]]:
    docs = [
        Document.from_text(EARLIER_QUAKE, "a", published="2005-11-28"),
        Document.from_text(TODAYS_QUAKE, "b", published="2005-11-28"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(numbers, dates))
    return sorted(
        (d.kind, tuple(report.claim(c).text for c in d.claims))
        for d in report.diffs
        if "magnitude" in report.claim(d.claims[0]).text
    )


def test_claims_dated_to_different_periods_are_different_events() -> None:
    # Sunday's quake and February's are told alike; the dates in their sentences tell
    # them apart, so February's magnitude agrees with February's.
    assert _quake_magnitudes() == [
        ("agree", ("magnitude-6.4", "magnitude-6.4")),
        ("unique", ("magnitude-5.9",)),
    ]


def test_without_the_time_malus_the_two_quakes_are_one_false_conflict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(claimdiff._align, "TIME_MALUS", 0.0)
    assert ("conflict", ("magnitude-6.4", "magnitude-5.9")) in _quake_magnitudes()


def test_position_alone_never_makes_a_conflict() -> None:
    # In the bundled examples, one report's only duration is how long the rescue took and
    # another's is how long the ship stayed aground: both lead their reports, but their
    # words share little, so they are not one claim in conflict.
    folder = Path(__file__).parents[1] / "examples" / "articles"
    entries = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["documents"]
    docs = [
        Document.from_path(folder / e["path"], id=e["id"], published=e.get("published"))
        for e in entries
    ]
    report = claimdiff.compare(docs)
    for diff in report.diffs_of("conflict"):
        texts = {report.claim(c).text for c in diff.claims}
        assert not {"three hours", "two days"} <= texts


def test_lone_claims_dated_apart_are_not_paired_into_a_conflict() -> None:
    # Each report has one magnitude; their sentences are dated to Sunday and to February.
    docs = [
        Document.from_text(
            "Rescuers searched collapsed homes in Ardena after the magnitude 5.9 earthquake "
            "on Sunday.",
            "a",
            published="2023-09-12",
        ),
        Document.from_text(
            "The island was last hit by a magnitude 6.4 earthquake in February, geologists "
            "recalled.",
            "b",
            published="2023-09-12",
        ),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(numbers, dates))
    magnitudes = [d for d in report.diffs if "magnitude" in report.claim(d.claims[0]).text]
    assert [d.kind for d in magnitudes] == ["unique", "unique"]


BREAKWATER = [
    "Harbour officials warned on Monday that repairs to the breakwater were running months "
    "behind schedule and would cost more than planned.",
    "Repairs to the breakwater are “running months behind schedule,” harbour officials said "
    "on Monday.",
    "Harbour officials said that repairs to the breakwater were “running months behind "
    "schedule” and over budget.",
]


def _breakwater_diffs() -> list[tuple[str, tuple[str, ...], object]]:
    from claimdiff_plugins import attributions, quotes

    docs = [Document.from_text(text, name) for text, name in zip(BREAKWATER, "abc", strict=True)]
    report = claimdiff.compare(docs, plugins=plugins_of(quotes, attributions))
    return [(d.kind, d.claims, d.details.get("repeats")) for d in report.diffs]


def test_a_quote_inside_a_report_of_the_same_speaker_is_one_claim() -> None:
    # c reports the statement and quotes part of it: one statement, aligned once, through
    # the quote (c#2), the report holding it (c#1) kept as its repeat.
    assert _breakwater_diffs() == [("agree", ("a#1", "b#1", "c#2"), {"c#2": ["c#1"]})]


def test_reports_holding_different_quotes_are_a_wording_conflict() -> None:
    # The reports agree as paraphrases; the words each quotes do not, and that is what shows.
    from claimdiff_plugins import attributions, quotes

    sentence = "Harbour officials said that repairs to the breakwater were “{}” and over budget."
    docs = [
        Document.from_text(sentence.format("running months behind schedule"), "a"),
        Document.from_text(sentence.format("running weeks ahead of schedule"), "b"),
    ]
    report = claimdiff.compare(docs, plugins=plugins_of(quotes, attributions))
    assert [(d.kind, d.claims, d.field) for d in report.diffs] == [
        ("conflict", ("a#2", "b#2"), "wording")
    ]


def test_without_folding_nested_claims_the_quote_is_a_false_unique(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        claimdiff._align,
        "merge_nested",
        lambda claims, repeats, block_key, relation: (list(claims), repeats, {}),
    )
    assert ("unique", ("c#2",), None) in _breakwater_diffs()


def test_a_block_with_more_words_than_letters_still_aligns(monkeypatch: pytest.MonkeyPatch) -> None:
    # Over a million distinct words in one block would overflow the private alphabet; a
    # smaller alphabet takes the same path here.
    monkeypatch.setattr(claimdiff._align, "_ALPHABET_SIZE", 5)
    docs = [
        Document.from_text(f"The storm in Varn killed {n} people, said officer {name}.", name)
        for n, name in zip((10, 10, 12), ("alder", "birch", "cedar"), strict=True)
    ]
    first = claimdiff.compare(docs, plugins=plugins_of(numbers)).to_json()
    assert first == claimdiff.compare(docs[::-1], plugins=plugins_of(numbers)).to_json()
