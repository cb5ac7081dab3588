"""The built-in date extractor, the dateline preparer and the date comparator."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import Claim, DateValue, Document
from claimdiff_plugins import dates
from claimdiff_plugins._dateline import find_dateline
from helpers import plugins_of
from strategies import documents, news_text

D = dt.date
TUESDAY = D(2023, 9, 12)  # a Tuesday
GRANULARITIES = {"day", "week", "month", "year", "decade", "century"}


def found(text: str, published: dt.date | None = TUESDAY) -> dict[str, DateValue]:
    """Span text -> value of each date in ``text``."""
    return {text[s:e]: value for s, e, value, _ in dates.find_dates(text, published)}


def one(text: str, published: dt.date | None = TUESDAY) -> tuple[str, DateValue]:
    result = found(text, published)
    assert len(result) == 1, result
    return next(iter(result.items()))


def value(start: dt.date, end: dt.date | None = None, granularity: str = "day") -> DateValue:
    return DateValue(start, end or start, granularity)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- absolute


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The ship docked on April 24, 2019, at noon.", "April 24, 2019", value(D(2019, 4, 24))),
        (
            "The stamp read 2023-09-12 13:58:00 in the corner.",
            "2023-09-12 13:58:00",
            value(TUESDAY),
        ),
        ("They signed it on 3 March 2021 in Oslo.", "3 March 2021", value(D(2021, 3, 3))),
        ("It fell on the 4th of July, 1976 exactly.", "4th of July, 1976", value(D(1976, 7, 4))),
        ("Filed on 11/05/2022 by the clerk.", "11/05/2022", value(D(2022, 11, 5))),
        (
            "Talks opened Tuesday, Sept. 12, 2023 in the capital.",
            "Tuesday, Sept. 12, 2023",
            value(TUESDAY),
        ),
        (
            "The pact dates from July 2000, officials said.",
            "July 2000",
            value(D(2000, 7, 1), D(2000, 7, 31), "month"),
        ),
        (
            "The republic was founded in September 1948 by decree.",
            "September 1948",
            value(D(1948, 9, 1), D(1948, 9, 30), "month"),
        ),
        (
            "The union broke up in 1991 after a coup.",
            "1991",
            value(D(1991, 1, 1), D(1991, 12, 31), "year"),
        ),
        (
            "Prices have risen since 2019, the bank said.",
            "2019",
            value(D(2019, 1, 1), D(2019, 12, 31), "year"),
        ),
        (
            "The 1991 collapse changed everything.",
            "1991",
            value(D(1991, 1, 1), D(1991, 12, 31), "year"),
        ),
        (
            "The firm boomed in the 1990s before it failed.",
            "the 1990s",
            value(D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ),
        (
            "A building of the 20th century stands there.",
            "the 20th century",
            value(D(1900, 1, 1), D(1999, 12, 31), "century"),
        ),
        (
            "The plant opened in early 2012, the company said.",
            "early 2012",
            value(D(2012, 1, 1), D(2012, 4, 30), "year"),
        ),
        (
            "Work resumed in mid-2015 after a pause.",
            "mid-2015",
            value(D(2015, 5, 1), D(2015, 8, 31), "year"),
        ),
        (
            "Sales slowed by the end of 2016 across the region.",
            "the end of 2016",
            value(D(2016, 9, 1), D(2016, 12, 31), "year"),
        ),
        (
            "He served from 2009 to 2011 on the board.",
            "2009",
            value(D(2009, 1, 1), D(2009, 12, 31), "year"),
        ),
    ],
)
def test_absolute_dates(text: str, span: str, expected: DateValue) -> None:
    assert found(text)[span] == expected


def test_absolute_dates_need_no_publication_date() -> None:
    result = found("It opened on April 24, 2019 and closed in July 2000.", None)
    assert result == {
        "April 24, 2019": value(D(2019, 4, 24)),
        "July 2000": value(D(2000, 7, 1), D(2000, 7, 31), "month"),
    }


def test_year_ranges_give_both_years() -> None:
    result = found("The outbreak of 2009-2010 and the survey of 1957-58 were studied.")
    assert [v.start.year for v in result.values()] == [2009, 2010, 1957, 1958]


def test_month_and_day_take_the_nearest_year_of_publication() -> None:
    assert one("The forum will wrap up on Sept. 13, officials said.") == (
        "Sept. 13",
        value(D(2023, 9, 13)),
    )
    # Published early in January, a late-December date is the one just past.
    assert one("The talks broke down on Dec. 28 in Geneva.", D(2024, 1, 3))[1] == value(
        D(2023, 12, 28)
    )


def test_month_and_day_far_from_publication_follow_the_tense() -> None:
    published = D(2023, 9, 12)
    assert one("The treaty was signed on March 3 in Rome.", published)[1] == value(D(2023, 3, 3))
    assert one("The treaty will be signed on March 3 in Rome.", published)[1] == value(
        D(2024, 3, 3)
    )


def test_months_without_a_year_follow_the_tense() -> None:
    published = D(2013, 3, 22)
    past = one("She was fired from her job in July and moved away.", published)
    assert past == ("July", value(D(2012, 7, 1), D(2012, 7, 31), "month"))
    future = one("The minister would travel to the capital in October.", published)
    assert future[1] == value(D(2013, 10, 1), D(2013, 10, 31), "month")
    passive = one("The book is due to be published in May by a small press.", published)
    assert passive[1].start == D(2013, 5, 1)


def test_a_month_of_a_named_year_is_one_date() -> None:
    # Published in July 2013: "April last year" is April 2012, not April 2013 and 2012.
    published = D(2013, 7, 2)
    assert one("A stronger quake hit the coast in April last year.", published) == (
        "April last year",
        value(D(2012, 4, 1), D(2012, 4, 30), "month"),
    )
    assert one("The port reopens in March of next year, the mayor said.", published) == (
        "March of next year",
        value(D(2014, 3, 1), D(2014, 3, 31), "month"),
    )
    # A possessive is not the month's year: "last year's champion" is someone.
    dates_found = found("The final is in March, last year's champion said.", published)
    assert "March" in dates_found
    assert dates_found["March"].start.year != 2012


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Officials visited in late July to inspect it.",
            "late July",
            value(D(2023, 7, 22), D(2023, 7, 31), "month"),
        ),
        (
            "The season started in early December, doctors said.",
            "early December",
            value(D(2022, 12, 1), D(2022, 12, 10), "month"),
        ),
        (
            "He lost his seat last May to a newcomer.",
            "last May",
            value(D(2023, 5, 1), D(2023, 5, 31), "month"),
        ),
        (
            "The vote is set for next March in the city.",
            "next March",
            value(D(2024, 3, 1), D(2024, 3, 31), "month"),
        ),
    ],
)
def test_modified_months(text: str, span: str, expected: DateValue) -> None:
    assert found(text)[span] == expected


# --------------------------------------------------------------------------- relative


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Said Monday, published Tuesday: the day before.
        ("The ministry said Monday that talks had begun.", TUESDAY, D(2023, 9, 11)),
        # Published on the weekday named: that very day.
        ("The ministry said Tuesday that talks had begun.", TUESDAY, TUESDAY),
        ("The ministry said on Monday that talks had begun.", D(2023, 9, 11), D(2023, 9, 11)),
        # Looking forward.
        ("The envoy is due on Thursday to visit the port.", TUESDAY, D(2023, 9, 14)),
        ("The envoy will travel on Thursday to the port.", TUESDAY, D(2023, 9, 14)),
        ("Kim left for the capital by train on Sunday, aides said.", TUESDAY, D(2023, 9, 10)),
        ("The envoy arrived last Tuesday with aides.", TUESDAY, D(2023, 9, 5)),
        ("The envoy comes back next Monday with aides.", TUESDAY, D(2023, 9, 18)),
    ],
)
def test_weekdays_resolve_with_tense(text: str, published: dt.date, expected: dt.date) -> None:
    _, result = one(text, published)
    assert result == value(expected)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The council met today in the hall.", "today", value(TUESDAY)),
        ("The council met yesterday in the hall.", "yesterday", value(D(2023, 9, 11))),
        ("The council meets tomorrow in the hall.", "tomorrow", value(D(2023, 9, 13))),
        (
            "The press secretary said last month that it was over.",
            "last month",
            value(D(2023, 8, 1), D(2023, 8, 31), "month"),
        ),
        (
            "He pledged last week to expand ties.",
            "last week",
            value(D(2023, 9, 4), D(2023, 9, 10), "week"),
        ),
        (
            "The company launched the app this week to some acclaim.",
            "this week",
            value(D(2023, 9, 11), D(2023, 9, 17), "week"),
        ),
        (
            "Premiums could rise sharply next year, analysts warn.",
            "next year",
            value(D(2024, 1, 1), D(2024, 12, 31), "year"),
        ),
        (
            "Prices fell earlier this month across the country.",
            "earlier this month",
            value(D(2023, 9, 1), TUESDAY, "month"),
        ),
        (
            "Budgets must shrink this fiscal year, the agency said.",
            "this fiscal year",
            value(D(2023, 1, 1), D(2023, 12, 31), "year"),
        ),
        (
            "The plant closed four years ago after a fire.",
            "four years ago",
            value(D(2019, 1, 1), D(2019, 12, 31), "year"),
        ),
        (
            "The law passed two weeks ago in a close vote.",
            "two weeks ago",
            value(D(2023, 8, 28), D(2023, 9, 3), "week"),
        ),
        ("The scheme was found out 3 days ago by auditors.", "3 days ago", value(D(2023, 9, 9))),
    ],
)
def test_relative_dates(text: str, span: str, expected: DateValue) -> None:
    assert found(text)[span] == expected


def test_end_of_the_year_in_the_past_is_the_year_end_just_gone() -> None:
    _, result = one("Flu cases peaked by the end of the year, doctors said.", D(2013, 3, 22))
    assert (result.start, result.end, result.granularity) == (
        D(2012, 9, 1),
        D(2012, 12, 31),
        "year",
    )


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    text = (
        "The ministry said Monday that prices rose last month, two years ago and in late "
        "July; the forum ends on Sept. 13 and the law passed in 1991."
    )
    assert found(text, None) == {"1991": value(D(1991, 1, 1), D(1991, 12, 31), "year")}


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "After three years of isolation the border opened.",
        "He made the 20-hour train ride to the coast.",
        "The talks lasted for two weeks without result.",
        "Kim may also want help with satellites.",
        "We urge them to abide by the commitments.",
        "She sat down at the desk and wrote.",
        "Thousands march on the capital to protest.",
        "Updated:\n0:00",
        "They would engage in a one-on-one format.",
        "The hall seated 1,991 people on the night.",
        "Officials counted 2019 people at the rally.",
        "The COVID-19 rules and the G7 summit were discussed.",
        "The bill cost $2019 and Flight 2020 was late.",
        "© Copyright 1997-2024 Example Media. All rights reserved.",
        "They marked Good Friday with a service.",
        "Theresa May's government fell.",
        "He turned to August Wilson's plays.",
        "About 2,500 people gathered in the square.",
        "A force of 2000 police officers was deployed.",
        "The bill passed by 1500 signatures to spare.",
    ],
)
def test_not_dates(text: str) -> None:
    assert found(text) == {}


# --------------------------------------------------------------------------- claims


def test_claims_through_claimdiff() -> None:
    doc = Document.from_text(
        "The Kremlin said on Monday that the leader would arrive. He last visited in April 2019.",
        "a",
        published="2023-09-12",
    )
    report = claimdiff.extract(doc, plugins=plugins_of(dates))
    assert not report.problems
    texts = [(claim.text, claim.value, claim.extractor) for claim in report.claims]
    assert texts == [
        ("Monday", value(D(2023, 9, 11)), "dates"),
        ("April 2019", value(D(2019, 4, 1), D(2019, 4, 30), "month"), "dates"),
    ]
    assert report.claims[0].details == {"resolved_against": "2023-09-12"}
    assert report.claims[0].confidence < report.claims[1].confidence == 1.0


# --------------------------------------------------------------------------- dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders meet\nUpdated: 2023-09-12 13:58\n\nThe leaders met on Monday.", TUESDAY),
        ("Leaders meet\n\nPublished 12 September 2023\n\nThe leaders met.", TUESDAY),
        ("Leaders meet\n/ 01:47 AM September 15, 2023\n\nThe leaders met.", D(2023, 9, 15)),
        (
            "The leaders met.\n\nMore at example.com – 2023-09-12 13:58:00\n\nComments closed.",
            TUESDAY,
        ),
        (
            "WASHINGTON, Sept 12 (Reuters) - Officials said the accord signed on March 3, 2023 "
            "would hold.",
            TUESDAY,
        ),
        ("Posted: Sept. 11, 2023\nUpdated: Sept. 12, 2023\nText of the story.", D(2023, 9, 11)),
    ],
)
def test_dateline_found_near_the_edges(text: str, expected: dt.date) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and dateline.published == expected
    assert 0 <= dateline.start < dateline.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        # A caption near the start states a date inside a sentence: not a stamp.
        "Leaders meet\nA train arrives in the port of the city on April 24, 2019. Photo agency\n"
        "The story goes on.",
        # A wire dateline without a year and no full date anywhere: unknown, not "this year".
        "WASHINGTON, Sept 12 (Reuters) - Officials met.",
        # A stamp line in the middle of a long text is not at an edge.
        "\n".join(["A line of the story goes here."] * 20 + ["2023-09-12 13:58"])
        + "\n"
        + "\n".join(["Another line of the story."] * 20),
        "Updated:\n0:00\nThe story.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_publication_date_from_text_resolves_relative_dates() -> None:
    doc = Document.from_text(
        "Leaders meet\nUpdated: 2023-09-12 13:58\n\nThe Kremlin said on Monday that talks "
        "would be held.",
        "a",
    )
    report = claimdiff.extract(doc, plugins=plugins_of(dates))
    prepared = report.document("a")
    assert (prepared.published, prepared.published_from) == (TUESDAY, "text")
    # The stamp itself is marked as not part of the report, so it is no claim.
    assert [(c.text, c.value) for c in report.claims] == [("Monday", value(D(2023, 9, 11)))]


def test_every_stamp_line_is_left_out_of_the_claims() -> None:
    doc = Document.from_text(
        "Storm hits the coast\nPUBLISHED: MONDAY, MARCH 11, 2013, 10:34 PM\n"
        "UPDATED: TUESDAY, MARCH 12, 2013, 8:00 AM\nThe storm hit on Saturday.",
        "a",
    )
    report = claimdiff.extract(doc, plugins=plugins_of(dates))
    assert report.document("a").published == D(2013, 3, 11)
    assert [(c.text, c.value) for c in report.claims] == [("Saturday", value(D(2013, 3, 9)))]


def test_metadata_publication_date_wins_over_the_text() -> None:
    doc = Document.from_text(
        "Updated: 2023-09-12 13:58\n\nThe Kremlin said on Monday.", "a", published="2023-09-20"
    )
    report = claimdiff.extract(doc, plugins=plugins_of(dates))
    prepared = report.document("a")
    assert (prepared.published, prepared.published_from) == (D(2023, 9, 20), "metadata")
    assert [c.value for c in report.claims] == [value(D(2023, 9, 18))]


# --------------------------------------------------------------------------- comparator


def claim(text: str, start: dt.date, end: dt.date, granularity: str) -> Claim:
    doc = Document.from_text(text)
    return Claim.from_span(doc, 0, len(text), "date", value(start, end, granularity))


def test_compare_precision() -> None:
    april = claim("April 2019", D(2019, 4, 1), D(2019, 4, 30), "month")
    year = claim("2019", D(2019, 1, 1), D(2019, 12, 31), "year")
    july = claim("July", D(2023, 7, 1), D(2023, 7, 31), "month")
    july_27 = claim("July 27", D(2023, 7, 27), D(2023, 7, 27), "day")
    assert dates.compare_dates(april, year).relation == "more_precise"
    assert dates.compare_dates(year, april).relation == "less_precise"
    assert dates.compare_dates(july, july_27).relation == "less_precise"
    assert dates.compare_dates(april, april).relation == "equal"


def test_compare_conflict_and_overlap() -> None:
    twelfth = claim("12 September", TUESDAY, TUESDAY, "day")
    thirteenth = claim("13 September", D(2023, 9, 13), D(2023, 9, 13), "day")
    conflict = dates.compare_dates(twelfth, thirteenth)
    assert conflict == claimdiff.Comparison.conflict(
        "date", "12 September 2023 vs 13 September 2023"
    )
    week = claim("this week", D(2023, 9, 11), D(2023, 9, 17), "week")
    month_end = claim("mid-September", D(2023, 9, 15), D(2023, 9, 20), "month")
    assert dates.compare_dates(week, month_end).relation == "compatible"


def test_relate_dates_is_the_relation_of_compare_dates() -> None:
    claims = [
        claim("April 2019", D(2019, 4, 1), D(2019, 4, 30), "month"),
        claim("2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
        claim("12 September", TUESDAY, TUESDAY, "day"),
        claim("13 September", D(2023, 9, 13), D(2023, 9, 13), "day"),
        claim("this week", D(2023, 9, 11), D(2023, 9, 17), "week"),
        claim("mid-September", D(2023, 9, 15), D(2023, 9, 20), "month"),
        Claim("date", 0, 5, "later", "later"),  # a value another extractor made
        Claim("date", 0, 4, "soon", "soon"),
    ]
    seen = set()
    for a in claims:
        for b in claims:
            relation = dates.compare_dates(a, b).relation
            assert dates.relate_dates(a, b) == relation
            seen.add(relation)
    assert seen == {"equal", "compatible", "more_precise", "less_precise", "conflict"}


@given(news_text)
def test_relate_dates_agrees_with_compare_dates_on_any_text(text: str) -> None:
    found = dates.extract_dates(Document.from_text(text, published=TUESDAY))[:12]
    for a in found:
        for b in found:
            assert dates.relate_dates(a, b) == dates.compare_dates(a, b).relation


def test_each_pattern_is_scanned_as_its_tables_say() -> None:
    # find_dates decides once how to look for each pattern; per-document work is keyed by the
    # pattern's text, so the texts must tell the patterns apart.
    assert [(scan.pattern, scan.handler) for scan in dates._SCANS] == list(dates._HANDLERS)
    where = {scan.pattern: (scan.where, scan.words) for scan in dates._SCANS}
    assert where[dates._MONTH_DAY] == ("at starts", ())
    assert where[dates._RELATIVE_UNIT] == ("before units", ())
    assert where[dates._SEASON] == ("at words", dates._WORD_LED[dates._SEASON])
    assert where[dates._AGO_IN_WORDS] == ("before words", ("ago",))
    assert where[dates._DECADE] == ("anywhere", dates._REQUIRED_WORDS[dates._DECADE])
    assert where[dates._ANAPHORIC] == ("anywhere", ())
    texts = [pattern.pattern for pattern, _ in dates._HANDLERS]
    assert len(set(texts)) == len(texts)


def test_describe_date() -> None:
    assert dates.describe_date(value(D(2000, 7, 1), D(2000, 7, 31), "month")) == "July 2000"
    assert dates.describe_date(value(D(1990, 1, 1), D(1999, 12, 31), "decade")) == "the 1990s"
    assert dates.describe_date(value(D(1900, 1, 1), D(1999, 12, 31), "century")) == (
        "the 20th century"
    )
    assert dates.describe_date(value(D(2023, 9, 11), D(2023, 9, 17), "week")) == (
        "week of 11 September 2023"
    )


def test_documents_disagreeing_on_a_date_conflict() -> None:
    first = Document.from_text(
        "The summit between the two leaders opened in Vladivostok on Tuesday.",
        "a",
        published="2023-09-12",
    )
    second = Document.from_text(
        "The summit between the two leaders opened in Vladivostok on Sept. 13.",
        "b",
        published="2023-09-14",
    )
    report = claimdiff.compare([first, second], plugins=plugins_of(dates))
    conflicts = report.diffs_of("conflict")
    assert len(conflicts) == 1
    assert conflicts[0].field == "date"
    assert "12 September 2023 vs 13 September 2023" in conflicts[0].explanation


def test_documents_refining_a_date() -> None:
    first = Document.from_text("The two leaders last met in Vladivostok in April 2019.", "a")
    second = Document.from_text("The two leaders last met in Vladivostok in 2019.", "b")
    report = claimdiff.compare([first, second], plugins=plugins_of(dates))
    assert [diff.kind for diff in report.diffs] == ["refine"]


# --------------------------------------------------------------------------- robustness


def _well_formed(text: str, spans: list[tuple[int, int, DateValue, bool]]) -> None:
    previous_end = 0
    for start, end, date_value, _ in spans:
        assert previous_end <= start < end <= len(text)
        assert date_value.start <= date_value.end
        assert date_value.granularity in GRANULARITIES
        previous_end = end


@given(news_text, st.one_of(st.none(), st.dates()))
def test_any_text_gives_well_formed_dates(text: str, published: dt.date | None) -> None:
    _well_formed(text, dates.find_dates(text, published))
    dateline = find_dateline(text)
    if dateline is not None:
        assert 0 <= dateline.start <= dateline.end <= len(text)


@given(documents())
def test_any_document_extracts_without_problems(doc: Document) -> None:
    report = claimdiff.extract(doc, plugins=plugins_of(dates))
    assert not report.problems
    for found_claim in report.claims:
        assert doc.text[found_claim.start : found_claim.end] == found_claim.text
        assert found_claim.value.start <= found_claim.value.end


@given(
    st.lists(
        st.sampled_from(
            [
                "in",
                " ",
                "9999",
                "0001",
                "Dec. 31",
                "31",
                "Monday",
                "last",
                "week",
                "ago",
                "a",
                "year",
                "the",
                "-",
                "1st",
                "century",
                "’90s",
                ",",
                "early",
                "end of",
            ]
        ),
        max_size=30,
    ).map(" ".join),
    st.sampled_from([D(1, 1, 3), D(9999, 12, 29), TUESDAY]),
)
def test_calendar_edges_never_raise(text: str, published: dt.date) -> None:
    _well_formed(text, dates.find_dates(text, published))


@pytest.mark.parametrize(
    "hostile",
    [
        "7" * 200_000,
        "x" * 200_000,
        "May2019Tuesday" * 15_000,
        "in 2019 " * 25_000,
        "“" * 100_000,
        "2019-" * 40_000,
    ],
)
def test_hostile_input_is_handled(hostile: str) -> None:
    _well_formed(hostile, dates.find_dates(hostile, TUESDAY))
    find_dateline(hostile)


# --------------------------------------------------------------------------- seasons

SPRING_DAY = D(2013, 3, 22)  # published in early spring


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("A clerk who vanished last summer was found alive.", "last summer", D(2012, 6, 1), None),
        (
            "The bridge will reopen in the spring, engineers said.",
            "the spring",
            D(2013, 3, 1),
            None,
        ),
        ("Talks are planned for next autumn in the capital.", "next autumn", D(2013, 9, 1), None),
        ("The mayor said this summer would be busy.", "this summer", D(2013, 6, 1), None),
        ("The pond froze over last winter, farmers said.", "last winter", D(2012, 12, 1), None),
        (
            "Our reporter moved there in the summer of 2009.",
            "the summer of 2009",
            D(2009, 6, 1),
            None,
        ),
        ("The bakery opened in fall 2010 downtown.", "fall 2010", D(2010, 9, 1), None),
        (
            "Snow fell in winter 2014 across the valley.",
            "winter 2014",
            D(2013, 12, 1),
            D(2014, 2, 28),
        ),
        ("Last fall the council voted for it.", "Last fall", D(2012, 9, 1), None),
        (
            "The dam was finished in late summer 2001.",
            "late summer 2001",
            D(2001, 8, 1),
            D(2001, 8, 31),
        ),
    ],
)
def test_seasons(text: str, span: str, start: dt.date, end: dt.date | None) -> None:
    result = found(text, SPRING_DAY)[span]
    assert result.start == start and result.granularity == "month"
    if end is not None:
        assert result.end == end


@pytest.mark.parametrize(
    "text",
    [
        "After the fall of the old regime the city shrank.",
        "Prices fall in winter when demand drops.",
        "Roads ice over in winter.",
        "She ran at the Summer Olympics twice.",
        "Crowds gathered during the Arab Spring protests.",
        "Donna Summer sang at the gala.",
        "They drank from a spring near the farm.",
        "The summer of love is remembered fondly.",
    ],
)
def test_not_seasons(text: str) -> None:
    assert found(text, SPRING_DAY) == {}


def test_seasons_need_a_publication_date_unless_they_name_a_year() -> None:
    assert found("The clerk vanished last summer and the summer of 2009.", None) == {
        "the summer of 2009": value(D(2009, 6, 1), D(2009, 8, 31), "month")
    }


def test_season_of_and_description() -> None:
    summer = value(D(2012, 6, 1), D(2012, 8, 31), "month")
    winter = value(D(2012, 12, 1), D(2013, 2, 28), "month")
    assert dates.season_of(summer) == ("summer", 2012)
    assert dates.season_of(winter) == ("winter", 2013)
    assert dates.season_of(value(D(2012, 6, 1), D(2012, 6, 30), "month")) is None
    assert dates.describe_date(summer) == "summer 2012"
    assert dates.describe_date(winter) == "winter 2012-13"


def test_a_month_refines_its_season() -> None:
    june = claim("June 2012", D(2012, 6, 1), D(2012, 6, 30), "month")
    summer = claim("summer 2012", D(2012, 6, 1), D(2012, 8, 31), "month")
    assert dates.compare_dates(june, summer).relation == "more_precise"


# --------------------------------------------------------------------------- anaphoric


def test_the_next_day_follows_the_date_discussed() -> None:
    result = found("He was detained on March 3, 2012. The next day he was freed on bail.")
    assert result["The next day"] == value(D(2012, 3, 4))


def test_the_day_before_follows_a_resolved_weekday() -> None:
    result = found("The envoy landed on Monday, having left Oslo the day before.")
    assert result["Monday"] == value(D(2023, 9, 11))
    assert result["the day before"] == value(D(2023, 9, 10))


def test_anaphors_without_a_date_nearby_use_the_publication_date() -> None:
    assert found("Officials said the rebels had withdrawn the day before.")["the day before"] == (
        value(D(2023, 9, 11))
    )
    assert found("Exports rose from the previous year, the office said.")[
        "the previous year"
    ] == value(D(2022, 1, 1), D(2022, 12, 31), "year")


def test_anaphors_that_need_a_date_we_do_not_have() -> None:
    # Relative to an event, not a date; or no date and no publication date.
    assert found("He wrote to his son the day before the flood hit.") == {}
    assert found("The rebels had withdrawn the day before.", None) == {}
    # "over the next year" is a span ahead, read as next year, never as an anaphor.
    assert "the next day" not in found("Over the next year prices will rise.")


def test_a_date_far_back_is_not_the_one_referred_to() -> None:
    text = "The port opened on May 2, 2001. Ships came. Trade grew. Crews left the day after."
    assert found(text)["the day after"] == value(D(2023, 9, 13))


# --------------------------------------------------------------------------- decades


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Our parents danced through the sixties.",
            "the sixties",
            value(D(1960, 1, 1), D(1969, 12, 31), "decade"),
        ),
        (
            "The band was formed in the 80s in a garage.",
            "the 80s",
            value(D(1980, 1, 1), D(1989, 12, 31), "decade"),
        ),
        (
            "The mill ran through the late Seventies.",
            "the late Seventies",
            value(D(1977, 1, 1), D(1979, 12, 31), "decade"),
        ),
        (
            "A farmhouse from the 1800s stands there.",
            "the 1800s",
            value(D(1800, 1, 1), D(1899, 12, 31), "century"),
        ),
        (
            "Growth slowed in the 2000s after the boom.",
            "the 2000s",
            value(D(2000, 1, 1), D(2009, 12, 31), "decade"),
        ),
    ],
)
def test_decades(text: str, span: str, expected: DateValue) -> None:
    assert found(text)[span] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures stayed in the nineties all week.",
        "Both men are in their sixties.",
        "The heat reached the 90s degrees mark.",
    ],
)
def test_not_decades(text: str) -> None:
    assert found(text) == {}


# --------------------------------------------------------------------------- small hours


def test_weekday_of_a_text_published_just_after_midnight() -> None:
    just_after = dt.datetime(2023, 9, 12, 0, 40)  # a Tuesday, 00:40
    # Written on Monday: "said Tuesday" is the Tuesday before, "Monday" the day before.
    assert one("The ministry said Tuesday that talks had begun.", just_after)[1] == value(
        D(2023, 9, 5)
    )
    assert one("The ministry said Monday that talks had begun.", just_after)[1] == value(
        D(2023, 9, 11)
    )
    # Looking forward, or "early Tuesday", it is that very day.
    assert one("The envoy will arrive Tuesday.", just_after)[1] == value(TUESDAY)
    assert one("Shelling began early Tuesday in the port.", just_after)[1] == value(TUESDAY)
    # A time of exactly midnight is a date without a time; later in the day, the same day.
    for published in (dt.datetime(2023, 9, 12), dt.datetime(2023, 9, 12, 9, 30)):
        assert one("The ministry said Tuesday that talks had begun.", published)[1] == value(
            TUESDAY
        )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("A quake hit the town of Varn in February, killing dozens.", 2005),
        ("In February, a quake hit the town of Varn.", 2005),
        ("The storm is expected to hit the coast in February.", 2006),
        ("The cuts will hit schools in February.", 2006),
    ],
)
def test_a_past_form_that_is_also_present_dates_the_past(text: str, year: int) -> None:
    # "hit" is past after its subject, not after "to" or a modal.
    (claim,) = dates.extract_dates(Document.from_text(text, published="2005-11-27"))
    assert claim.value.start.year == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # The verb is beyond the near window, in the same sentence.
        ("A strong quake hit the old market town of Varn in the hills of Dell province in February.", 2005),
        ("In February, a quake measuring 6.4 on the scale of the agency in the capital hit Varn.", 2005),
        # An infinitive between looks ahead on its own: nothing farther is read.
        ("Officials picked three firms in the capital for the new harbour scheme to run until April.", 2006),
    ],
)
def test_a_date_without_a_near_verb_takes_its_sentence_s_tense(text: str, year: int) -> None:
    (claim,) = dates.extract_dates(Document.from_text(text, published="2005-11-27"))
    assert claim.value.start.year == year


def test_describe_date_reads_each_value_once_and_the_same_way() -> None:
    """Readings are cached on the value: a repeat reads the same, and a value another
    extractor filled with something unhashable is still read."""
    july = value(D(2000, 7, 1), D(2000, 7, 31), "month")
    assert [dates.describe_date(v) for v in (july, value(D(2000, 7, 1)), july)] == [
        "July 2000", "1 July 2000", "July 2000",
    ]
    odd = DateValue(D(2023, 9, 12), D(2023, 9, 12), ["day"])  # type: ignore[arg-type]
    assert dates.describe_date(odd) == "12 September 2023"
