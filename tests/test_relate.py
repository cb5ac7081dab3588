"""A comparator's ``relate``: the relation alone, which alignment asks for instead of ``compare``."""

from __future__ import annotations

import itertools
from types import ModuleType
from typing import Any

from hypothesis import given

import claimdiff
from claimdiff._diff import relation_of
from claimdiff_plugins import attributions, quotes
from helpers import plugins_of
from strategies import news_text


def speech(kind: str, words: str, speaker: str | None, **details: object) -> claimdiff.Claim:
    value: object = (
        claimdiff.QuoteValue(words) if kind == "quote" else claimdiff.AttributionValue(words)
    )
    return claimdiff.Claim(
        kind,
        0,
        len(words),
        words,
        value,
        speaker=speaker,
        details={"speaker_kind": "person", **details},
    )


BASE = "the old river dam will hold through the whole of the long winter season ahead"
WORDINGS = [
    BASE,
    BASE + " of rain",  # one holds the other
    BASE.replace("hold", "fold"),  # near, another word
    BASE.replace("season", "seasno"),  # near, a typo
    BASE.replace("long", "cold"),
    "the dam held and 34 people were rescued",
    "the dam held and 51 people were rescued",  # near, other figures
    "nothing of the kind was ever said",
    "",
]
SPEAKERS: list[tuple[str | None, dict[str, object]]] = [
    ("Ana Ruiz", {}),
    ("Ruiz", {}),
    ("Tom Berg", {"organisation": "Ardenian Water Board"}),
    ("Ardenian Water Board", {"speaker_kind": "organisation"}),
    ("Ardenia", {"speaker_kind": "organisation"}),
    ("a senior engineer", {"speaker_kind": "description"}),
    (None, {}),
]


def test_relate_speech_is_the_relation_of_compare_speech() -> None:
    claims = [
        speech(kind, words, speaker, **details)
        for kind in ("quote", "attribution")
        for words in WORDINGS
        for speaker, details in SPEAKERS
    ]
    seen = set()
    for a, b in itertools.product(claims, repeat=2):
        relation = quotes.relate_speech(a, b)
        assert relation == quotes.compare_speech(a, b).relation
        seen.add(relation)
    # The pairs reach every relation, so every path of the comparator is checked.
    assert seen == {"equal", "compatible", "more_precise", "less_precise", "conflict"}


@given(news_text)
def test_relate_speech_agrees_with_compare_speech_on_any_text(text: str) -> None:
    document = claimdiff.Document.from_text(text)
    report = claimdiff.extract(document, plugins=plugins_of(quotes, attributions))
    claims = [c for c in report.claims if c.kind in ("quote", "attribution")][:12]
    for a, b in itertools.product(claims, repeat=2):
        assert quotes.relate_speech(a, b) == quotes.compare_speech(a, b).relation


def test_the_quotes_plugin_registers_relate_for_both_speech_kinds() -> None:
    comparators = plugins_of(quotes, attributions).registry.comparators
    assert comparators["quote"].relate is quotes.relate_speech
    assert comparators["attribution"].relate is quotes.relate_speech


class _Counting:
    """A plugin comparing "figure" claims, counting calls to its compare and relate."""

    def __init__(self, *, with_relate: bool) -> None:
        self.compared = 0
        self.related = 0
        self.with_relate = with_relate

    def compare(self, a: claimdiff.Claim, b: claimdiff.Claim) -> claimdiff.Comparison:
        self.compared += 1
        if a.value == b.value:
            return claimdiff.Comparison.equal()
        return claimdiff.Comparison("more_precise", "amount", "a longer detail")

    def relate(self, a: claimdiff.Claim, b: claimdiff.Claim) -> Any:
        self.related += 1
        return self.compare(a, b).relation

    def plugin(self) -> object:
        def register_comparators(register: Any) -> None:
            relate = self.relate if self.with_relate else None
            register("figure", self.compare, relate=relate)

        plugin = ModuleType("counting")
        plugin.register_comparators = claimdiff.hookimpl(register_comparators)  # type: ignore[attr-defined]
        return plugin


def figure(kind: str, amount: int, doc: str, n: int = 1) -> claimdiff.Claim:
    sentence = f"The storm felled {amount} trees along the coast road."
    text = str(amount)
    return claimdiff.Claim(
        kind,
        sentence.index(text),
        sentence.index(text) + len(text),
        text,
        claimdiff.NumberValue(amount),
        id=f"{doc}#{n}",
        doc=doc,
        sentence=sentence,
    )


def test_relation_of_uses_relate_and_flips_it_for_the_other_kind() -> None:
    counting = _Counting(with_relate=True)
    comparators = plugins_of(counting.plugin()).registry.comparators
    a, b = figure("figure", 12, "a"), figure("figure", 14, "b")
    assert relation_of(a, b, comparators) == "more_precise"
    assert (counting.related, counting.compared) == (1, 1)
    # A claim of a kind without comparator is compared by the other's, seen from its side.
    other = figure("other", 14, "b")
    assert relation_of(other, a, comparators) == "less_precise"
    assert counting.related == 2


def test_relation_of_falls_back_to_compare_without_relate() -> None:
    counting = _Counting(with_relate=False)
    comparators = plugins_of(counting.plugin()).registry.comparators
    assert relation_of(figure("figure", 12, "a"), figure("figure", 14, "b"), comparators) == (
        "more_precise"
    )
    assert (counting.related, counting.compared) == (0, 1)
    # Without any comparator, values are compared for equality.
    assert relation_of(figure("plain", 3, "a"), figure("plain", 3, "b"), comparators) == "equal"


def test_alignment_asks_relate_and_the_diff_asks_compare() -> None:
    claims = [
        figure("figure", amount, doc) for doc, amount in zip("abcd", (12, 12, 14, 14), strict=True)
    ]
    results = {}
    for with_relate in (True, False):
        counting = _Counting(with_relate=with_relate)
        registry = plugins_of(counting.plugin()).registry
        groups = claimdiff.align(claims, registry)
        asked = (counting.related, counting.compared)
        diffs = claimdiff.diff(groups, [], registry)
        results[with_relate] = (groups, diffs)
        if with_relate:
            assert asked[0] > 0 and asked[1] == asked[0]  # relate alone (it calls compare)
            assert counting.compared > asked[1]  # the diff wrote its explanations
        else:
            assert asked[0] == 0 and asked[1] > 0
    # The same relations give the same groups and diffs.
    assert results[True] == results[False]
    assert any(d.kind == "refine" for d in results[True][1])


def test_a_relate_that_answers_no_relation_is_weighed_as_a_failing_one() -> None:
    class Garbled(_Counting):
        def relate(self, a: claimdiff.Claim, b: claimdiff.Claim) -> Any:
            return ["equal"]  # not a relation (nor hashable)

    class Failing(_Counting):
        def relate(self, a: claimdiff.Claim, b: claimdiff.Claim) -> Any:
            raise RuntimeError("broken")

    claims = [
        figure("figure", amount, doc) for doc, amount in zip("abcd", (12, 12, 14, 14), strict=True)
    ]
    garbled = plugins_of(Garbled(with_relate=True).plugin()).registry
    failing = plugins_of(Failing(with_relate=True).plugin()).registry
    groups = claimdiff.align(claims, garbled)
    assert groups == claimdiff.align(claims, failing)
    # the diff still explains the groups with compare
    assert claimdiff.diff(groups, [], garbled) == claimdiff.diff(groups, [], failing)
