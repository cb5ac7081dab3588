"""The speech analyser's cheap tests before its regexes rule out only what the regexes could
not find: each test is a necessary condition of a match, on text we write and on generated
text."""

from __future__ import annotations

from hypothesis import given

from claimdiff_plugins import _speech
from strategies import text_with

PIECES = [
    "(AP)", "(Reuters) ", "one support engineer in Austin, Texas", "in Oslo, Norway",
    "The 54-year-old, a retired firefighter", "Ann Lee, the mayor", ", ", ",\n", ",  ",
    "a trader", "Ann", "Lee", "Mr. ", "Al Jazeera’s ", "Fiona Lyle KC", "New York City ",
    "Councilman Jumaane Williams", "Tishana King", "\u00a0", "\t", "said", " saying ", "(",
]  # fmt: skip


@given(text_with(PIECES, max_pieces=12))
def test_speaker_phrase_regexes_need_the_character_tested_first(text: str) -> None:
    if "(" not in text:
        assert _speech._PARENTHESIS.sub("", text) == text
    if "," not in text:
        assert _speech._TRAILING_PLACE.search(text) is None
        assert _speech._BEFORE_APPOSITION.match(text) is None


def test_the_tested_forms_still_match() -> None:
    assert _speech._PARENTHESIS.sub("", "police (AP)") == "police"
    assert _speech._TRAILING_PLACE.search("one support engineer in Austin, Texas") is not None
    assert _speech._BEFORE_APPOSITION.match("The 54-year-old, a retired firefighter") is not None


@given(text_with(PIECES, max_pieces=6))
def test_a_chain_of_one_word_holds_no_full_name(text: str) -> None:
    words = text.split()
    if len(words) == 1:
        assert _speech._name_in_chain(text) is None


def test_full_names_in_chains_are_still_found() -> None:
    assert _speech._name_in_chain("Ann Lee") == (False, "Ann Lee", frozenset({"ann", "lee"}))
    found = _speech._name_in_chain("Councilman Jumaane Williams")
    assert found is not None and found[:2] == (True, "Jumaane Williams")
    assert _speech._name_in_chain("Lee") is None
