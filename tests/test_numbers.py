"""The built-in numbers plugin: extraction, normalisation and comparison, on text we wrote."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given

import claimdiff
from claimdiff import Comparison, Document, NumberValue
from claimdiff_plugins import numbers
from claimdiff_plugins._numwords import NUMBER_WORDS_PATTERN, parse_number_words, vague_range
from claimdiff_plugins._patterns import digit_runs
from claimdiff_plugins._units import UNIT_PATTERN, canonical_unit, convert, dimension, match_unit
from helpers import plugins_of
from strategies import news_text, text_with

SHARED = Path(__file__).parents[1].parent / "shared"


def found(text: str) -> list[tuple[str, float, str | None]]:
    """(span text, amount, unit) of each number claim."""
    return [
        (c.text, c.value.amount, c.value.unit)
        for c in numbers.extract_numbers(Document.from_text(text))
    ]


def one(text: str) -> claimdiff.Claim:
    claims = numbers.extract_numbers(Document.from_text(text))
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def claim_of(text: str) -> claimdiff.Claim:
    return one(text)


# --- number words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two", 2),
        ("eleven", 11),
        ("twenty-five", 25),
        ("three hundred", 300),
        ("three hundred and twenty", 320),
        ("a dozen", 12),
        ("a hundred", 100),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
        ("nine thousand five hundred", 9_500),
        ("1.2 million", 1_200_000),
        ("2.5bn", 2_500_000_000),
    ],
)
def test_number_words_parse(words: str, value: float) -> None:
    match = NUMBER_WORDS_PATTERN.search(words)
    assert match is not None and match.group() == words
    assert parse_number_words(words) == value


def test_number_words_reject_non_numbers() -> None:
    assert parse_number_words("a") is None
    assert parse_number_words("hundred") is None
    assert NUMBER_WORDS_PATTERN.search("someone often") is None
    # "and" joins only after a scale word: "two and three jobs" is two numbers.
    match = NUMBER_WORDS_PATTERN.search("two and three jobs")
    assert match is not None and match.group() == "two"


def test_vague_ranges() -> None:
    assert vague_range("dozens") == (24, 144)
    assert vague_range("tens  of thousands") == (20_000, 99_999)
    assert vague_range("several") is None


# --- units ----------------------------------------------------------------------------------


def test_units_are_canonical_and_convert_with_pint() -> None:
    assert canonical_unit("Kilometres") == "kilometre"
    assert canonical_unit("per cent") == "percent"
    assert canonical_unit("parsecs") is None
    assert dimension("mile") == "[length]"
    assert dimension("percent") is None
    converted = convert(430, "mile", "kilometre")
    assert converted is not None and math.isclose(converted, 692.0, rel_tol=0.002)
    assert convert(1, "mile", "hour") is None


def test_conversions_are_pints_to_the_last_bit() -> None:
    # convert() multiplies by pint's factor instead of asking pint for every figure.
    from claimdiff_plugins._units import _PINT, _pint_convert

    amounts = [0, 1, 7, 430, 0.001, 2.3, -3.2, 692.5, 123_456_789.123, 2**60, 1e300, math.inf]
    for unit in _PINT:
        for target in _PINT:
            for amount in amounts:
                expected = amount if unit == target else _pint_convert(amount, unit, target)
                assert convert(amount, unit, target) == expected, (amount, unit, target)
    assert convert(20, "degree celsius", "degree fahrenheit") == pytest.approx(68)


def test_written_out_dimensions_are_pints() -> None:
    from claimdiff_plugins._units import _PINT, _registry

    registry = _registry()
    for unit, name in _PINT.items():
        expected = None if name is None else str(registry.Quantity(1, name).dimensionality)
        assert dimension(unit) == expected, unit


def test_blocking_by_dimension_does_not_import_pint() -> None:
    code = (
        "import sys, claimdiff; from claimdiff_plugins import numbers; "
        "doc = claimdiff.Document.from_text('It is 430 miles and 2 hours away.'); "
        "claims = numbers.extract_numbers(doc); "
        "print([numbers.number_key(c) for c in claims], 'pint' in sys.modules)"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["['[length]',", "'[time]']", "False"]


def test_every_written_unit_names_a_canonical_unit() -> None:
    from claimdiff_plugins._units import _PINT, _SURFACE

    assert {unit for unit in _SURFACE.values() if unit not in _PINT} == set()


def test_decades_are_ten_years() -> None:
    # pint's own "decade" is a logarithmic unit (a factor of ten), not ten years.
    assert dimension("decade") == dimension("year") == "[time]"
    assert convert(2, "decade", "year") == pytest.approx(20)
    docs = [
        Document.from_text("The dam took over two decades of work, engineers said.", "a"),
        Document.from_text("The dam took 20 years of work, engineers said.", "b"),
        Document.from_text("The dam took 1 decade of work on its wall, engineers said.", "c"),
        Document.from_text("The wall took 10 years of work, engineers said.", "d"),
    ]
    report = claimdiff.compare(docs[:2], plugins=plugins_of(numbers))
    assert [(d.kind, d.claims) for d in report.diffs] == [("agree", ("a#1", "b#1"))]
    report = claimdiff.compare(docs[2:], plugins=plugins_of(numbers))
    assert [(d.kind, d.claims) for d in report.diffs] == [("agree", ("c#1", "d#1"))]


# --- extraction -----------------------------------------------------------------------------


def test_digits_with_separators_and_decimals() -> None:
    assert found("The flood reached 1,400 homes and 170,000 acres.") == [
        ("1,400 homes", 1400, "home"),
        ("170,000 acres", 170000, "acre"),
    ]
    assert found("Rainfall was 6.1 inches.") == [("6.1 inches", 6.1, "inch")]


def test_number_words_in_text() -> None:
    assert found("Eleven miners and a dozen rescuers waited.") == [
        ("Eleven miners", 11, "miner"),
        ("a dozen rescuers", 12, "rescuer"),
    ]
    claim = one("Tens of thousands of farmers marched.")
    assert (claim.value.amount, claim.value.unit) == (20_000, "farmer")
    assert claim.value.approximate and claim.value.high == 99_999


def test_hyphenated_forms() -> None:
    assert found("After a 20-hour ride and a 6.1-magnitude quake") == [
        ("20-hour", 20, "hour"),
        ("6.1-magnitude", 6.1, "magnitude"),
    ]
    assert found("a magnitude-5.9 aftershock") == [("magnitude-5.9", 5.9, "magnitude")]
    # Outlets also write a magnitude as a "strength" or in Richter "degrees".
    assert found("a 6.7-strength quake") == [("6.7-strength", 6.7, "magnitude")]
    assert found("a 6.7 degree earthquake") == [("6.7 degree", 6.7, "magnitude")]
    assert found("it measured 6.7 degrees on the Richter scale") == [
        ("6.7 degrees on the Richter scale", 6.7, "magnitude")
    ]
    assert found("a 30-degree slope") == [("30-degree", 30.0, "degree")]


def test_ages() -> None:
    for text, span in [
        ("The 70-year-old mayor spoke.", "70-year-old"),
        ("A 16-year-old was hurt.", "16-year-old"),
        ("Mr. Park, 39, said the road was closed.", "39"),
        ("The pilot, aged 52, landed safely.", "52"),
    ]:
        claim = one(text)
        assert claim.text == span
        assert claim.value.unit == "year" and claim.subject == "age"


def test_percentages_and_fractions() -> None:
    assert found("Support fell 7 per cent to 41%.") == [
        ("7 per cent", 7, "percent"),
        ("41%", 41, "percent"),
    ]
    claim = one("Two-thirds of the ballots were counted.")
    assert claim.value.unit == "percent"
    assert math.isclose(claim.value.amount, 66.6667, rel_tol=1e-4)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("The firm lost $1.2bn on the deal.", 1.2e9, "usd"),
        ("They raised US$2.5 million for it.", 2.5e6, "usd"),
        ("A grant of €22 billion was agreed.", 22e9, "eur"),
        ("Britain sent £45m in aid.", 45e6, "gbp"),
        ("She earns 900 euros a month.", 900, "eur"),
        ("It cost 40 million dollars.", 40e6, "usd"),
    ],
)
def test_money(text: str, amount: float, unit: str) -> None:
    claim = one(text)
    assert claim.value.amount == amount and claim.value.unit == unit


@pytest.mark.parametrize(
    ("text", "low", "amount", "high"),
    [
        ("roughly 300 miles away", 270, 300, 330),
        ("about 50 people gathered", 45, 50, 55),
        ("some 320 kilometres north", 288, 320, 352),
        ("nearly 430 miles away", 387, 430, 430),
        ("almost 20 hours later", 18, 20, 20),
        ("just over 10 seconds long", 10, 10, 11),
        ("at least 50 people died", 50, 50, None),
        ("more than 1,000 homes burned", 1000, 1000, None),
        ("over 30 years ago", 30, 30, None),
        ("up to 5,000 residents fled", None, 5000, 5000),
        ("as many as 80 people were hurt", None, 80, 80),
        ("fewer than 20 schools opened", None, 20, 20),
        ("less than 30 percent voted", None, 30, 30),
        ("under 18 years", None, 18, 18),
    ],
)
def test_hedges_become_intervals(
    text: str, low: float | None, amount: float, high: float | None
) -> None:
    value = one(text).value
    assert value.approximate
    assert (value.low, value.amount, value.high) == (low, amount, high)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("It was 3.6 to 4.3 per cent.", 3.6, 4.3, "percent"),
        ("Between 10 and 20 villages were cut off.", 10, 20, "village"),
        ("Sentences of 10-20 years were handed down.", 10, 20, "year"),
        ("About 40 percent to 70 percent of homes.", 36, 77, "percent"),
    ],
)
def test_ranges_keep_the_lower_end_as_amount(text: str, low: float, high: float, unit: str) -> None:
    value = one(text).value
    assert value.approximate and value.unit == unit
    assert (value.low, value.high) == (low, high)
    assert value.amount == pytest.approx(low / 0.9 if "About" in text else low)


def test_change_from_to_is_not_a_range() -> None:
    values = [
        c.value
        for c in numbers.extract_numbers(
            Document.from_text("The death toll rose from 10 to 11 people.")
        )
    ]
    assert all(v.high is None for v in values)


def test_counted_nouns_and_people() -> None:
    assert found("Ten villages and 23 bodies were found.")[0] == ("Ten villages", 10, "village")
    claim = one("Police said 46 were arrested overnight.")
    assert (claim.value.unit, claim.subject) == ("person", "arrested")
    claim = one("The blast left 1,400 injured.")
    assert (claim.value.unit, claim.subject) == ("person", "injured")
    claim = one("Three other children were rescued.")
    assert claim.value.unit == "child" and claim.subject == "rescued"
    claim = one("It hit 40 union members hard.")
    assert claim.value.unit == "member"  # compound nouns count their last word


def test_subject_comes_from_the_clause() -> None:
    claims = numbers.extract_numbers(
        Document.from_text("Five people died and seven were injured in the crash.")
    )
    assert [(c.value.amount, c.subject) for c in claims] == [(5, "killed"), (7, "injured")]
    claim = one("The storm destroyed 12 houses.")
    assert claim.subject == "destroyed"
    # What happens only to people is not the subject of a count of things.
    claim = one("Two helicopters began moving the injured to the hospital.")
    assert (claim.value.unit, claim.subject) == ("helicopter", None)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Varn Island, home to 80,000 people, on Friday.",
        "Ports flooded in Telmar, a city of 450,000 people, overnight.",
        "The province has a population of more than two million.",
        "The island, which has about 90,000 residents, lies offshore.",
        "Its 12,000 inhabitants rely on the ferry.",
        "Ports flooded in Telmar, a city of 450,000, overnight.",
    ],
)
def test_how_many_live_somewhere_is_a_population(text: str) -> None:
    assert one(text).subject == "population"


def test_residents_of_an_event_are_not_a_population() -> None:
    assert one("About 300 residents were evacuated from Varn.").subject == "evacuated"
    assert one("Police questioned 40 residents.").subject is None
    assert one("A bus with 40 residents of the home overturned.").subject is None
    # Fleeing is what the town's people did: the clause says so, not where they live.
    assert one("The town's 4,000 inhabitants fled.").subject == "fled"


@pytest.mark.parametrize(
    "text",
    [
        "The ward treats COVID-19 and hosted the G7 with 5G phones.",
        "The S&P 500 fell under Section 427 of the code.",
        "A Boeing 737 was flagged by [gpt3] and GPT-4.",
        "It opened in 2019 on Sept. 13 at 13:58 and at 3 p.m. on 2023-09-12.",
        "It was founded in September 1948 and closed in July 2000.",
        "Call (212) 555-0100 or +44 20 7946 0958.",
        "© Copyright 1997-2024 Example Media. All rights reserved.",
        "The crowd met on East 52nd Street near the 67th Precinct.",
        "They held a one-on-one meeting; no one came.",
        "He carried a .38-caliber revolver.",
        "See https://example.org/2023/09/12/story-123 for more.",
        "In the 1990s prices were lower.",
    ],
)
def test_not_numbers_of_a_claim(text: str) -> None:
    assert found(text) == []


def test_ordinals_are_marked() -> None:
    claim = one("They marked the 70th anniversary of the truce.")
    assert claim.value.ordinal and claim.value.amount == 70


def test_year_like_counts_with_plural_nouns_are_kept() -> None:
    assert found("Some 1500 soldiers crossed; the 2004 tsunami hit.") == [
        ("Some 1500 soldiers", 1500, "soldier")
    ]


def test_magnitude_from_quake_context() -> None:
    claim = one("There were aftershocks of around 4.0 overnight.")
    assert claim.value.unit == "magnitude"


# --- the core runs it -----------------------------------------------------------------------


def test_extract_through_claimdiff() -> None:
    doc = Document.from_text("At least 50 people were killed, roughly 300 miles away.")
    report = claimdiff.extract(doc, plugins=plugins_of(numbers))
    assert not report.problems
    assert [c.text for c in report.claims] == ["At least 50 people", "roughly 300 miles"]
    assert all(c.extractor == "numbers" and c.kind == "number" for c in report.claims)


def test_a_population_counts_people() -> None:
    [claim] = claimdiff.extract(
        Document.from_text("The island has a population of more than 100,000.", "a"),
        plugins=plugins_of(numbers),
    ).claims
    assert claim.text == "more than 100,000"
    assert claim.value.unit == "person"


def test_compare_converts_units_across_outlets() -> None:
    first = Document.from_text(
        "The city of Vladivostok lies 430 miles northeast of Pyongyang.", "a", source="A"
    )
    second = Document.from_text(
        "The city of Vladivostok lies 692 km northeast of Pyongyang.", "b", source="B"
    )
    report = claimdiff.compare([first, second], plugins=plugins_of(numbers))
    assert [d.kind for d in report.diffs] == ["agree"]


def test_compare_reports_a_conflict() -> None:
    first = Document.from_text("Officials said about 50 people were killed in the blast.", "a")
    second = Document.from_text("Officials said 80 people were killed in the blast.", "b")
    report = claimdiff.compare([first, second], plugins=plugins_of(numbers))
    assert [d.kind for d in report.diffs] == ["conflict"]
    assert "“about 50 people” (a) vs “80 people” (b)" in report.diffs[0].explanation


# --- the comparator -------------------------------------------------------------------------


def relation(a: str, b: str) -> Comparison:
    return numbers.compare_numbers(claim_of(a), claim_of(b))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("It is 430 miles away.", "It is 692 km away.", "equal"),
        ("It is 300 miles away.", "It is 300 miles away.", "equal"),
        ("It is roughly 300 miles away.", "It is 300 miles away.", "compatible"),
        ("At least 50 people died.", "80 people died.", "compatible"),
        ("Nearly 430 miles away.", "It is 692 km away.", "compatible"),
        ("About 50 people died.", "80 people died.", "conflict"),
        ("Roughly 300 miles away.", "Nearly 430 miles away.", "conflict"),
        ("It is 300 miles away.", "It is 430 miles away.", "conflict"),
        ("49 people were injured.", "Dozens were injured.", "compatible"),
        ("Dozens were injured.", "49 people were injured.", "compatible"),
        ("Between 40 and 45 people died.", "Between 30 and 60 people died.", "compatible"),
        ("Up to 100 people died.", "At least 50 people died.", "compatible"),
        # A conversion rounded to a whole figure: 6 miles is 9.7 km.
        ("It struck at a depth of 10 km.", "It struck six miles deep.", "compatible"),
        ("It stopped 1.2 miles away.", "It stopped 2 km away.", "compatible"),
        # 35 miles is 56 km: more than rounding can explain.
        ("The town lies 60 km away.", "The town lies 35 miles away.", "conflict"),
        ("It damaged 300 homes.", "It damaged 300 houses.", "equal"),
        ("It damaged 300 homes.", "It damaged 400 houses.", "conflict"),
    ],
)
def test_comparator_relations(a: str, b: str, expected: str) -> None:
    assert relation(a, b).relation == expected


def test_comparator_detail_and_symmetry() -> None:
    comparison = relation("About 50 people died.", "80 people died.")
    assert comparison == Comparison.conflict("value", "about 50 people vs 80 people")
    forward = relation("49 people were injured.", "Dozens were injured.")
    backward = relation("Dozens were injured.", "49 people were injured.")
    assert forward.flipped().relation == backward.relation


#: Figures whose pairs reach every relation and field of the comparator.
RELATE_TEXTS = [
    "It is 430 miles away.",
    "It is 692 km away.",
    "It is roughly 300 miles away.",
    "Nearly 430 miles away.",
    "It struck six miles deep.",
    "It struck at a depth of 10 km.",
    "About 50 people died.",
    "80 people died.",
    "At least 50 people died.",
    "Between 40 and 45 people died.",
    "Dozens were injured.",
    "Six children died.",
    "It damaged 300 homes.",
    "It damaged 300 houses.",
    "It lasted 3 hours.",
    "The 70th anniversary came.",
    "It cost $5 million.",
]


def test_relate_numbers_is_the_relation_of_compare_numbers() -> None:
    claims = [claim_of(text) for text in RELATE_TEXTS]
    seen = set()
    for a in claims:
        for b in claims:
            comparison = numbers.compare_numbers(a, b)
            assert numbers.relate_numbers(a, b) == comparison.relation
            seen.add((comparison.relation, comparison.field))
    assert seen == {
        ("equal", None),
        ("compatible", "value"),
        ("compatible", "unit"),
        ("conflict", "value"),
        ("conflict", "unit"),
    }


@given(news_text)
def test_relate_numbers_agrees_with_compare_numbers_on_any_text(text: str) -> None:
    claims = numbers.extract_numbers(Document.from_text(text))[:12]
    for a in claims:
        for b in claims:
            assert numbers.relate_numbers(a, b) == numbers.compare_numbers(a, b).relation


def test_different_people_nouns_are_not_a_conflict() -> None:
    comparison = relation("Six children died.", "Eleven people died.")
    assert comparison.relation == "compatible" and comparison.field == "unit"


def test_keys_block_dimensions_and_nouns() -> None:
    key = numbers.number_key
    assert key(claim_of("It is 430 miles away.")) == key(claim_of("It is 692 km away."))
    assert key(claim_of("It is 430 miles away.")) == "[length]"
    assert key(claim_of("10 people were killed.")) != key(claim_of("10 villages burned."))
    assert key(claim_of("46 protesters were held.")) == key(claim_of("46 were arrested."))
    assert key(claim_of("The 70th anniversary came.")) == "ordinal"
    assert key(claim_of("Mr. Park, 39, said so.")) == "age"
    assert key(claim_of("It cost $5 million.")) == "money:usd"


# --- robustness -----------------------------------------------------------------------------


def _check(document: Document) -> None:
    claims = numbers.extract_numbers(document)
    previous_end = 0
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(document.text)
        assert document.text[claim.start : claim.end] == claim.text
        assert claim.start >= previous_end
        previous_end = claim.end
        value = claim.value
        assert isinstance(value, NumberValue)
        assert math.isfinite(value.amount)
        if value.low is not None:
            assert value.low <= value.amount
        if value.high is not None:
            assert value.amount <= value.high
    assert claims == numbers.extract_numbers(document)  # deterministic


@given(news_text)
def test_any_text_gives_well_formed_claims(text: str) -> None:
    _check(Document.from_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "7" * 200_000,
        "a" * 200_000,
        "1 " * 20_000,
        "1," * 100_000,
        "1-" * 100_000,
        '"' * 100_000,
        "one " * 20_000,
        "dozens of " * 10_000,
        "between 1 and " * 10_000,
    ],
)
def test_hostile_input_completes(text: str) -> None:
    _check(Document.from_text(text))


def test_seed_articles_have_no_dates_as_numbers() -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared seeds not available")
    for path in sorted(seeds.glob("*.txt")):
        document = Document.from_text(path.read_text("utf-8"))
        _check(document)
        for claim in numbers.extract_numbers(document):
            # Years are dates: no four-digit year is ever a bare count.
            assert not (claim.text.isdigit() and 1900 <= int(claim.text) <= 2100), claim.text


# --- speed-ups that must not change what is found ----------------------------------------------

# Letters IGNORECASE folds to ASCII ones ("ſ" to "s", "ı" and "İ" to "i", the Kelvin sign to
# "k") and white space other than a space: the shortcuts must treat them like the patterns do.
TRICKY_PIECES = [
    "ſ",
    "ı",
    "İ",
    "\u212a",
    "\t",
    "\u00a0",
    "ONE",
    "Twenty-Five",
    "A\thalf",
    "a  hundred",
    "-3",
    "−4.5",
    "12,000",
    "km",
    " KM ",
    "°C",
    "m²",
    "%",
    "Sept. 3",
    "http://x.example/9",
    "a.b@c.example",
    "(c) 2020",
    "No. 4",
]
tricky_text = text_with(TRICKY_PIECES)


@given(text_with(["7", "12", "2023", " ", "x", "\u0663", "\uff17", "1,5"]))
def test_digit_runs_are_the_pattern_s(text: str) -> None:
    # ASCII text with few digits is read with str.find, other text with the pattern.
    plain = [match.span() for match in re.finditer(r"\d+", text)]
    assert list(digit_runs.__wrapped__(text)) == plain
    for dense in (text * 30, "7" * 5000 + text):
        assert list(digit_runs.__wrapped__(dense)) == [m.span() for m in re.finditer(r"\d+", dense)]


def test_digit_runs_of_ascii_news_take_the_sparse_path() -> None:
    from claimdiff_plugins._patterns import _sparse_ascii_digit_runs

    news = "Officials said 46 people died when the flood hit the old valley town overnight. " * 20
    news += "Some 1,200 were hurt."
    runs = _sparse_ascii_digit_runs(news)
    assert runs == digit_runs.__wrapped__(news)
    assert runs is not None
    assert runs[:2] == ((15, 17), (95, 97))
    assert runs[-2:] == ((len(news) - 16, len(news) - 15), (len(news) - 14, len(news) - 11))
    assert _sparse_ascii_digit_runs("7" * 1000) is None  # many digits: the pattern reads them


@given(tricky_text)
def test_core_shortcut_finds_what_the_pattern_finds(text: str) -> None:
    plain = [match.span() for match in numbers._CORE.finditer(text)]
    assert [match.span() for match in numbers._core_matches(text)] == plain


@given(tricky_text)
def test_not_quantity_shortcut_finds_what_the_pattern_finds(text: str) -> None:
    plain = [match.span() for match in numbers._NOT_QUANTITY.finditer(text)]
    assert numbers._not_quantity_spans(text) == plain


@given(tricky_text)
def test_unit_shortcut_reads_what_the_pattern_reads(text: str) -> None:
    for pos in range(len(text) + 1):
        plain = UNIT_PATTERN.match(text, pos)
        fast = match_unit(text, pos)
        assert (fast is None) == (plain is None)
        if fast is not None and plain is not None:
            assert (fast.group("unit"), fast.end()) == (plain.group("unit"), plain.end())


@given(tricky_text)
def test_token_before_reads_what_the_pattern_reads(text: str) -> None:
    pattern = re.compile(r"(?P<token>[\w&.’'-]{1,30})\s{1,2}\Z")
    for end in range(len(text) + 1):
        found = pattern.search(text[:end])
        assert numbers._token_before(text[:end]) == (found and found.group("token"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A\thalf of the voters stayed home.", ("A\thalf", 50.0, "percent")),
        ("Some 10 thouſand people marched.", ("Some 10 thouſand people", 10_000.0, "person")),
        ("Leſs than 50 people came.", ("Leſs than 50 people", 50.0, "person")),
        ("The fare is ſ$5 now.", ("ſ$5", 5.0, "sgd")),
    ],
)
def test_letters_that_fold_to_ascii_are_read_without_failing(
    text: str, expected: tuple[str, float, str]
) -> None:
    # These raised KeyError before (the matched word was looked up without folding "ſ").
    report = claimdiff.extract(Document.from_text(text), plugins=plugins_of(numbers))
    assert report.problems == ()
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("unit", "plural"),
    [
        ("mile", "miles"),
        ("person", "people"),
        ("foot", "feet"),
        ("casualty", "casualties"),
        ("kilometre per hour", "kilometres per hour"),
        ("degree celsius", "degrees celsius"),
        ("percent", "percent"),
        ("magnitude", "magnitude"),
        ("usd", "usd"),
    ],
)
def test_explanations_write_units_as_english_does(unit: str, plural: str) -> None:
    assert numbers._plural(unit) == plural


def test_describe_reads_each_value_once_and_the_same_way() -> None:
    """Phrases are cached on the value: a repeat gives the same phrase, details still count,
    and a value another extractor filled with something unhashable is still described."""
    document = Document.from_text("about 50 people and 50 people", "d")
    hedged = claimdiff.Claim.from_span(
        document, 0, 15, "number", NumberValue(50.0, "person", True, 45.0, 55.0),
        details={"hedge": "about"},
    )
    plain = claimdiff.Claim.from_span(document, 20, 29, "number", NumberValue(50.0, "person"))
    assert [numbers.describe(c) for c in (hedged, plain, hedged)] == [
        "about 50 people", "50 people", "about 50 people",
    ]
    odd = claimdiff.Claim.from_span(document, 20, 29, "number", NumberValue(1.0, ["x"]))  # type: ignore[arg-type]
    assert numbers.describe(odd) == "1 ['x']"
