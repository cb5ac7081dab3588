"""The fast paths of alignment and speech comparison give what the plain forms give."""

from __future__ import annotations

import numpy as np
import pytest

import claimdiff
from claimdiff._align import _cross, _mean, _pairs_of
from claimdiff_plugins import quotes

RNG = np.random.default_rng(5)


@pytest.mark.parametrize("rows, columns", [(1, 1), (2, 3), (7, 1), (20, 13), (90, 40)])
def test_a_cross_block_and_its_mean_are_those_of_ix(rows: int, columns: int) -> None:
    matrix = RNG.random((120, 120)).astype(np.float32)
    for _ in range(20):
        a = RNG.choice(120, rows, replace=False).tolist()
        b = RNG.choice(120, columns, replace=False).tolist()
        plain = matrix[np.ix_(a, b)]
        block = _cross(matrix, a, b)
        assert np.array_equal(block, plain)
        # Bit for bit: a group's score is printed in reports.
        assert _mean(block) == float(plain.mean())


@pytest.mark.parametrize("size", [2, 3, 64, 65, 200])
def test_the_pairs_of_a_group_are_its_upper_triangle(size: int) -> None:
    firsts, seconds = _pairs_of(size)
    expected = np.triu_indices(size, k=1)
    assert np.array_equal(firsts, expected[0])
    assert np.array_equal(seconds, expected[1])
    values = RNG.random(len(firsts)).astype(np.float32)
    assert _mean(values) == float(values.mean())


def _quote(text: str, speaker: str = "Ana Ruiz") -> claimdiff.Claim:
    document = claimdiff.Document.from_text(f"“{text}”", "d")
    return claimdiff.Claim.from_span(
        document,
        1,
        1 + len(text),
        "quote",
        claimdiff.QuoteValue(text),
        speaker=speaker,
        details={"speaker_kind": "person"},
    )


def test_a_partial_quote_is_a_run_of_whole_words() -> None:
    full = _quote("We will rebuild the bridges by spring")
    assert quotes.compare_speech(_quote("rebuild the bridges"), full).relation == "compatible"
    # "bridge" is inside "bridges" as letters, not as a word.
    assert quotes.compare_speech(_quote("rebuild the bridge"), full).relation == "conflict"


def test_bodies_but_not_people_are_named_by_their_country_s_adjective() -> None:
    korea, korean = frozenset({"korea"}), frozenset({"south", "korean"})
    assert quotes._within(korea, korean, adjectives=True)
    assert not quotes._within(korea, korean, adjectives=False)
    assert not quotes._within(frozenset({"park"}), frozenset({"parker"}), adjectives=True)
    sullivan, jake_sullivan = frozenset({"sullivan"}), frozenset({"jake", "sullivan"})
    assert quotes._within(sullivan, jake_sullivan, adjectives=False)
    assert not quotes._within(jake_sullivan, sullivan, adjectives=True)
