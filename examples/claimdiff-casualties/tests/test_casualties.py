"""The tutorial's example plugin, installed like any third-party plugin."""

from __future__ import annotations

import importlib.metadata

import claimdiff
from claimdiff import Document


def test_installed_through_its_entry_point() -> None:
    names = {ep.name for ep in importlib.metadata.entry_points(group="claimdiff")}
    assert "casualties" in names
    loaded = claimdiff.load_plugins(only=["casualties"])
    assert set(loaded.registry.extractors) == {"casualties"}


def test_counts_and_bounds() -> None:
    document = Document.from_text("At least 34 people were killed and 120 injured.", "a")
    claims = claimdiff.extract(document, only=["casualties"]).claims
    assert [(c.text, c.subject, c.value.low) for c in claims] == [
        ("At least 34 people were killed", "killed", 34.0),
        ("120 injured", "injured", None),
    ]


def test_compare_finds_the_conflicting_toll() -> None:
    documents = [
        Document.from_text("The quake killed 34 people, officials said.", "a", source="A"),
        Document.from_text("Officials said the quake killed 51 people.", "b", source="B"),
        Document.from_text("At least 30 people were killed in the quake.", "c", source="C"),
    ]
    report = claimdiff.compare(documents, only=["casualties"])
    (conflict,) = report.diffs_of("conflict")
    assert set(conflict.docs) == {"a", "b", "c"}
    assert "34" in conflict.explanation and "51" in conflict.explanation
