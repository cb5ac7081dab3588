"""The speech analyser's regexes that were rewritten for speed match what their plain forms
match: same spans, same groups, on text we write and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

from claimdiff_plugins import _speech
from strategies import text_with

#: The plain forms, as they were before the rewrites.
PLAIN_MARK = re.compile(r"''|``|[\"“”„‟«»‘’‚']")
PLAIN_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w.&’'-]{0,30}(?:[^\S\n]{1,3}(?:(?:of|for|and)[^\S\n]{1,3})?[A-Z][\w.&’'-]{0,30}){1,5}"
)
# the same pattern without the look-ahead at the first letter
PLAIN_VERBAL_REPORT = re.compile(
    re.sub(r"^\\b\(\?=\[[a-z]+\]\)", r"\\b", _speech._VERBAL_REPORT.pattern)
)

PIECES = [
    "''", "``", "`", "'", '"', "“", "”", "„", "‟", "«", "»", "‘", "’", "‚",
    "they’re ", "O'Brien ", "the leaders’ summit ", " ‘Stop!’ ", "``Yes,'' he said.",
    "Ann Lee ", "Bank of England ", "Transport for London ", "McDonald Smith ", "U.S. ",
    "_Ann Lee ", "9Ann Lee ", "x-Ann Lee ", "Jean-Pierre Martin ", "\n", "  ",
    "Reports have it that ", "An autopsy shows that ", "The report showed ", "shows that ",
    "Investigators found that ", "the study finds that ", "Insurers are privately warning ",
    "brokers that ", "he was telling staff that ", "it is telling that ", "been saying that ",
    "Witnesses reported sensing a tremor ", "SKY TV reports that ", "reports that ",
    "Survivors described how the crowd ", "recounted how he ", "told how They ",
    "recall how ", "tell how a ", "has it that ", "had it that ",
]  # fmt: skip


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (_speech._MARK, PLAIN_MARK),
        (_speech._CAPITALISED_RUN, PLAIN_CAPITALISED_RUN),
        (_speech._VERBAL_REPORT, PLAIN_VERBAL_REPORT),
    ],
    ids=["marks", "capitalised runs", "verbal reports"],
)
def test_rewritten_patterns_match_their_plain_forms(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    text = " ".join(PIECES)
    assert matches(fast, text) == matches(plain, text)
    assert matches(fast, text)  # the text exercises the pattern
    for piece in PIECES:
        assert matches(fast, piece) == matches(plain, piece)


def test_every_verbal_report_form_starts_with_a_letter_of_the_look_ahead() -> None:
    assert PLAIN_VERBAL_REPORT.pattern != _speech._VERBAL_REPORT.pattern
    forms = [p for p in PIECES if PLAIN_VERBAL_REPORT.search(p)]
    assert len(forms) >= 15
    for form in forms:
        assert _speech._VERBAL_REPORT.search(form) is not None, form


@given(text_with(PIECES, max_pieces=20))
def test_rewritten_patterns_match_their_plain_forms_on_any_text(text: str) -> None:
    assert matches(_speech._MARK, text) == matches(PLAIN_MARK, text)
    assert matches(_speech._CAPITALISED_RUN, text) == matches(PLAIN_CAPITALISED_RUN, text)
    assert matches(_speech._VERBAL_REPORT, text) == matches(PLAIN_VERBAL_REPORT, text)
