"""The fast paths of alignment and speech comparison give what the plain forms give."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff import _align
from claimdiff._align import _cross, _mean, _pairs_of
from claimdiff_plugins import quotes
from strategies import text_with

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


# --------------------------------------------------------------------------- claim contexts

_CONTEXT_PIECES = [
    "Vladivostok, roughly 300 miles from the border",
    "Obama's",
    "Monday’s",
    " - ",
    "magnitude-5.9",
    "New York",
    " of the ",
    "“",
    "”",
    "(",
    "; ",
    "the people killed",
    "x" * 45,
    "Ab" * 30,
    "-",
]


def _plain_context_words(sentence: str, text: str, subject: str) -> dict[str, int]:
    """What ``_align._context_words`` computes, read word by word from the two sides'
    own strings (the form before it was sped up)."""
    index = sentence.find(text) if text else -1
    if index < 0:
        before, after = sentence, ""
    else:
        before, after = sentence[:index], sentence[index + len(text) :]
    weights: dict[str, int] = {}
    for word in _align.content_words(subject):
        weights[word] = 4
    for name in _plain_names_in(before + " " + after):
        for word in _align.content_words(name):
            weights[word] = max(weights.get(word, 0), 1)
    clause_start = max((m.end() for m in _align._CLAUSE_BREAK.finditer(before)), default=0)
    first_break = _align._CLAUSE_BREAK.search(after)
    clause_end = first_break.start() if first_break else len(after)
    before_words = _align.content_words(before)
    after_words = [
        (m.start(), word) for m in _align._WORD.finditer(after) if (word := _align._fold(m.group()))
    ]
    sides = (
        (_align.content_words(before[clause_start:])[::-1], before_words[::-1][:8]),
        ([w for at, w in after_words if at < clause_end], [w for _, w in after_words][:8]),
    )
    for clause, window in sides:
        for distance, word in enumerate(window):
            weights[word] = max(weights.get(word, 0), 2 if distance < 1 else 1)
        for distance, word in enumerate(clause):
            weights[word] = max(weights.get(word, 0), 4 if distance < 3 else 3)
    return weights


def _plain_names_in(text: str) -> list[str]:
    names = []
    for match in _align._NAME.finditer(text):
        words = [w for w in match.group().split() if w not in _align._NOT_NAMES]
        if words:
            names.append(" ".join(words))
    return names


@settings(max_examples=300, deadline=None)
@given(text_with(_CONTEXT_PIECES), st.data())
def test_claim_contexts_are_those_read_word_by_word(sentence: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(sentence)))
    end = data.draw(st.integers(start, len(sentence)))
    text = data.draw(st.sampled_from([sentence[start:end], "", "absent text"]))
    subject = data.draw(st.sampled_from(["", "killed", "people injured"]))
    expected = _plain_context_words(sentence, text, subject)
    found = _align._context_words.__wrapped__(sentence, text, subject)
    # The same words in the same order: the order names the letters of the private alphabet.
    assert list(found.items()) == list(expected.items())
    assert _align.names_in(sentence) == _plain_names_in(sentence)
