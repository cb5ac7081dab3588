"""The attributions plugin: reported speech without quotation marks."""

from __future__ import annotations

import pytest
from hypothesis import given

import claimdiff
from claimdiff_plugins import attributions, quotes
from helpers import plugins_of
from strategies import news_text


def extract(text: str, *modules: object) -> list[claimdiff.Claim]:
    report = claimdiff.extract(
        claimdiff.Document.from_text(text), plugins=plugins_of(*(modules or (attributions,)))
    )
    assert not report.problems
    return list(report.claims)


@pytest.mark.parametrize(
    ("text", "statement", "speaker"),
    [
        (
            "The Kremlin said on Monday that Mr. Kim was visiting Russia at Putin's invitation.",
            "Mr. Kim was visiting Russia at Putin's invitation",
            "Kremlin",
        ),
        (
            "U.S. officials warned that arms talks were actively advancing.",
            "arms talks were actively advancing",
            "U.S. officials",
        ),
        (
            "According to state media, the leader left for the border on Sunday.",
            "the leader left for the border on Sunday",
            "state media",
        ),
        (
            "The ferry will not sail before Friday, the port authority said Tuesday.",
            "The ferry will not sail before Friday",
            "port authority",
        ),
        (
            "Kremlin spokesman Dmitry Peskov said there would be talks between two delegations.",
            "there would be talks between two delegations",
            "Dmitry Peskov",
        ),
        (
            "Ana Ruiz told the Harbour Post that the cranes were already ordered.",
            "the cranes were already ordered",
            "Ana Ruiz",
        ),
        (
            "Exports may fall by a tenth, said Ines Duarte, an economist at the Trade Institute.",
            "Exports may fall by a tenth",
            "Ines Duarte",
        ),
    ],
)
def test_reported_speech(text: str, statement: str, speaker: str) -> None:
    (claim,) = extract(text)
    assert claim.kind == "attribution"
    assert claim.value == claimdiff.AttributionValue(statement)
    assert claim.text == statement  # the claim's span is the statement
    assert claim.speaker == speaker
    assert text[claim.details["cue_start"] : claim.details["cue_end"]].lower() in (
        "said",
        "warned",
        "told",
        "according to",
    )


@pytest.mark.parametrize(
    ("text", "statement", "speaker"),
    [
        # an age between the name and the verb
        (
            "Tom Berg, 52, said the roads were closed for the winter.",
            "the roads were closed for the winter",
            "Tom Berg",
        ),
        # a clause after ", X said"
        (
            "The roads will stay shut, Tom Berg said on Monday, amid fears of more flooding.",
            "The roads will stay shut",
            "Tom Berg",
        ),
        # "..., noting that ...": the statement after the participle
        (
            "The Environment Agency met in a briefing on Tuesday, noting that the dam was inspected twice.",
            None,
            None,
        ),
        (
            "The Environment Agency said in a briefing on Tuesday, noting that the dam was "
            "inspected twice.",
            "the dam was inspected twice",
            "Environment Agency",
        ),
        # a name, then an apposition set off by commas, then the cue
        (
            "Lena Moss, head of the harbour board's safety office, said two cranes had failed.",
            "two cranes had failed",
            "Lena Moss",
        ),
        # several speakers at once
        (
            "Mayor Ana Ruiz and police chief Tom Berg said that the roads would stay closed.",
            "the roads would stay closed",
            "Ana Ruiz and Tom Berg",
        ),
    ],
)
def test_harder_reported_speech(text: str, statement: str | None, speaker: str | None) -> None:
    found = extract(text)
    if statement is None:
        assert found == []
        return
    (claim,) = found
    assert claim.text == statement
    assert claim.speaker == speaker


def test_bare_clause_after_a_comma_is_not_a_statement() -> None:
    assert extract("The Harbour Board said on Tuesday, amid fears of more flooding.") == []


def test_clause_then_he_said_then_a_quote() -> None:
    text = (
        "Tom Berg said the dam was safe.\n\n"
        'The roads will stay shut, he said, "because the water is still rising."'
    )
    claims = [c for c in extract(text) if c.text.startswith("The roads")]
    assert [(c.text, c.speaker) for c in claims] == [("The roads will stay shut", "Tom Berg")]


def test_statement_with_a_long_quote_but_its_own_clause_yields_both() -> None:
    text = (
        "Lena Moss said that the port needs new cranes because “we have run out of room on "
        "the quay and the ships are waiting outside the harbour for days on end.”"
    )
    claims = extract(text, quotes, attributions)
    assert sorted(c.kind for c in claims) == ["attribution", "quote"]
    assert all(c.speaker == "Lena Moss" for c in claims)


def test_speaker_resolution_is_shared_with_quotes() -> None:
    text = (
        "The Kremlin said the summit would take place in the east.\n\n"
        "It said that the two leaders could also meet alone."
    )
    first, second = extract(text)
    assert second.speaker == "Kremlin"
    assert second.details["resolved_from"] == "It"
    assert second.confidence < first.confidence


def test_no_attribution_when_the_statement_is_a_direct_quote() -> None:
    text = "“We will respond to any attack,” the minister said on Monday."
    claims = extract(text, quotes, attributions)
    assert [c.kind for c in claims] == ["quote"]


def test_reported_clause_with_a_partial_quote_yields_both() -> None:
    text = "Jake Sullivan said that North Korea would “pay a price” if it sold weapons to Russia."
    claims = extract(text, quotes, attributions)
    assert sorted(c.kind for c in claims) == ["attribution", "quote"]
    assert all(c.speaker == "Jake Sullivan" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The White House warned North Korea against any arms deal with Russia.",
        "Neither party has confirmed the location of the talks.",
        "Officials said goodbye to the delegation at the airport.",
        "Russia and North Korea denied the claims on Tuesday.",
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert extract(text) == []


@given(news_text)
def test_no_input_raises_and_spans_are_valid(text: str) -> None:
    document = claimdiff.Document.from_text(text)
    for claim in attributions.extract_attributions(document):
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.value.statement
