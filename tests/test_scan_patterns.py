"""Regexes rewritten so that the regex engine can skip through text (a pattern that opens with
a character set is searched for that set first, instead of being tried at every character)
match what their plain forms match: same spans, same groups, on text we write and on
generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

import claimdiff._align as align_module
import claimdiff._text as text_module
from claimdiff_plugins import _speech, quotes
from strategies import text_with


def plain(fast: re.Pattern[str], rewritten: str, original: str) -> re.Pattern[str]:
    """``fast`` with its opening written back the plain way."""
    assert fast.pattern.startswith(rewritten)
    return re.compile(original + fast.pattern[len(rewritten) :], fast.flags)


#: (fast, plain) for each rewritten pattern.
PAIRS = {
    "names": (
        align_module._NAME,
        plain(align_module._NAME, r"[A-Z](?<!\w[A-Z])", r"\b[A-Z]"),
    ),
    "sentence ends": (
        text_module._BOUNDARY,
        plain(text_module._BOUNDARY, r"[.!?](?<![.!?][.!?])[.!?]*", r"[.!?]+"),
    ),
    "statement words": (
        quotes._WORD,
        plain(quotes._WORD, r"[^\W_][^\W_]*", r"[^\W_]+"),
    ),
    "office then name": (
        _speech._OFFICE_THEN_NAME,
        plain(_speech._OFFICE_THEN_NAME, r"[Tt](?<!\w[Tt])he", r"\b[Tt]he"),
    ),
}

PIECES = [
    "Ann Lee ", "Bank of England ", "the Bank of the North ", "McDonald Smith ", "U.S. ",
    "_Ann Lee ", "9Ann Lee ", "x-Ann Lee ", "aBC ", "Jean-Pierre O'Brien ", "Kim’s ", "\n", "  ",
    "He left. ", "Really?! ", "Wait.... ", "....”) ", "?!?!", ".’.’. ", "Stop!” ", "(It ended.) ", "…", "...", "?", ".x", "“Yes.” ", "'No.' ",
    "they’re ", "rock'n'roll ", "co-operate ", "snake_case ", "42 ", "3’4 ",
    "The Minister of Power, Babatunde Olasehinde, said ", "the Secretary for Health, Ann Lee, ",
    "Bathe Minister of Power, Ann Lee, ", "The Minister of Power and Energy, Ann Ruiz Lee, ",
    "tthe Head of State, Tom Berg, ", "The\nMinister of X, Ann Lee, ", "Été ", "Зоя ",
]  # fmt: skip


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", list(PAIRS))
def test_rewritten_pattern_matches_its_plain_form(name: str) -> None:
    fast, plain_form = PAIRS[name]
    assert fast.pattern != plain_form.pattern
    text = " ".join(PIECES)
    assert matches(fast, text)  # the text exercises the pattern
    assert matches(fast, text) == matches(plain_form, text)
    # from a position inside the text (the look-behind sees the character before it, as \b
    # does); sentence ends are only ever searched over whole lines, and from inside a run of
    # stops they would not match where the plain form does
    for start in range(0, 60 if name != "sentence ends" else 1):
        assert [m.span() for m in fast.finditer(text, start)] == [
            m.span() for m in plain_form.finditer(text, start)
        ]
    for piece in PIECES:
        assert matches(fast, piece) == matches(plain_form, piece)
        assert fast.findall(piece) == plain_form.findall(piece)


@pytest.mark.parametrize("name", list(PAIRS))
def test_rewritten_pattern_opens_with_a_character_set(name: str) -> None:
    # What the rewrite is for: the opening is a set the engine can search for.
    fast, _ = PAIRS[name]
    assert fast.pattern[0] == "["


@given(text_with(PIECES, max_pieces=20))
def test_rewritten_patterns_match_their_plain_forms_on_any_text(text: str) -> None:
    for fast, plain_form in PAIRS.values():
        assert matches(fast, text) == matches(plain_form, text)
        assert matches(fast, text[::-1]) == matches(plain_form, text[::-1])
