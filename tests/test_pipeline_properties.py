"""Properties of the whole pipeline with the built-in plugins, on any input."""

from __future__ import annotations

import random

import attrs
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import DateValue, Document, NumberValue
from claimdiff._plugins import LoadedPlugins
from strategies import document_sets, documents

_LOADED: list[LoadedPlugins] = []


def builtins_once() -> LoadedPlugins:
    # Loaded once: hypothesis runs many examples, and the plugins hold no state.
    if not _LOADED:
        _LOADED.append(claimdiff.load_plugins())
    return _LOADED[0]


@given(documents())
def test_no_input_raises_and_spans_hold(document: Document) -> None:
    report = claimdiff.extract(document, plugins=builtins_once(), strict=True)
    for claim in report.claims:
        assert document.text[claim.start : claim.end] == claim.text
        value = claim.value
        if isinstance(value, NumberValue):
            assert value.low is None or value.low <= value.amount
            assert value.high is None or value.amount <= value.high
        if isinstance(value, DateValue):
            assert value.start <= value.end


@given(document_sets(max_size=3), st.randoms(use_true_random=False))
def test_order_never_changes_the_json(docs: list[Document], rnd: random.Random) -> None:
    loaded = builtins_once()
    first = claimdiff.compare(docs, plugins=loaded).to_json()
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert claimdiff.compare(shuffled, plugins=loaded).to_json() == first


@given(documents())
def test_a_document_compared_with_itself_has_no_conflict_and_nothing_unique(
    document: Document,
) -> None:
    twin = attrs.evolve(document, id=document.id + "-copy")
    report = claimdiff.compare([document, twin], plugins=builtins_once())
    assert report.diffs_of("conflict") == []
    assert report.diffs_of("unique") == []
