"""Built-in dates plugin: dates in news text, normalised to the days they cover.

Candidate spans come from compiled patterns (each linear in the text, with bounded
quantifiers only); each candidate is then checked in context and normalised by rules:

* absolute dates at any precision ("April 24, 2019", "Sept. 13", "2023-09-12 13:58",
  "July 2000", "1991", "the 1990s", "the 20th century", "late July", "early 2012");
* dates relative to the publication date ("said Monday", "is due on Thursday", "last
  month", "earlier this week", "two years ago"), with the tense of the nearest verb
  deciding whether a weekday or a month without a year lies before or after it.
* seasons ("last summer", "in the spring", "winter 2013"): meteorological, northern
  hemisphere (spring March-May, summer June-August, autumn/fall September-November,
  winter December-February, named by the year of its January); the value covers the
  three months, with granularity "month" (the core has no "season"; ``season_of`` tells);
* anaphoric dates ("the day before", "the next day", "the previous year"), relative to the
  last date of that precision in the sentence or the two before, else to the publication;
* decades in words and short digits ("the sixties", "the 60s"); "the 1800s" is a century.

Not emitted on purpose: vague references ("now", "currently", "recently", "in the past"),
which a fact-checker cannot compare across reports, and rolling periods ("the past week",
"in recent weeks"), which are durations ending at publication, not calendar periods.

Without a publication date, relative dates and dates without a year are not emitted:
resolving them against the day the program runs would give confident, wrong values.

dateparser is not used: every form above is normalised by a rule that knows its
precision and its tense, which dateparser does not (it has no tense and no granularity
in ``search_dates``, and it reads "may", "We" and "sat" as dates).

The plugin also registers the ``dateline`` preparer, which takes the publication date
from a time stamp or dateline near the start or end of a text (see ``_dateline``), and
the ``date`` comparator, which knows that "April 2019" refines "2019".
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Literal, NamedTuple

import attrs

import claimdiff
from claimdiff import Claim, Comparison, DateValue, Document, Preparation, Region
from claimdiff._registry import RegisterComparator, RegisterExtractor, RegisterPreparer, Relation
from claimdiff._text import sentence_spans, span_containing
from claimdiff._types import Granularity
from claimdiff_plugins._dateline import (
    MONTH_ABBREVIATIONS,
    MONTH_ANY,
    MONTH_FULL,
    MONTHS,
    ORDINAL_SUFFIX,
    WEEKDAY,
    WEEKDAYS,
    find_dateline,
    month_number,
    safe_date,
)
from claimdiff_plugins._numwords import ONES, TENS
from claimdiff_plugins._patterns import digit_runs, lower_text, trie_pattern

Tense = Literal["past", "future"]

# --------------------------------------------------------------------------- patterns
# Every pattern starts with a plain alternation of words or with digits, never with an
# optional group or a look-behind: `re` then skips ahead to possible first characters,
# which keeps a scan of a long text fast. What may come before the core ("late", "last",
# "the", a weekday) is read afterwards by a "...$" pattern on the few characters before.


def _word_list(words: str) -> list[str]:
    return words.split()


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _any_case(words: str) -> str:
    """An alternation of ``words`` in lower, Title and UPPER case, longest first."""
    forms = {form for word in words.split() for form in (word, word.title(), word.upper())}
    return "(?:" + "|".join(sorted(forms, key=lambda form: (-len(form), form))) + ")"


# "early July", "mid-2012", "the end of 2012", "late last July".
_MODIFIER = (
    r"(?i:early|mid|late|the\s{1,3}(?:end|beginning|start|middle)\s{1,3}of"
    r"|(?:end|beginning|start|middle)\s{1,3}of)"
)
_YEAR_DIGITS = r"(?:1[0-9]\d\d|20\d\d|21\d\d)"
_NOT_NUMBER_AFTER = r"(?![\w%]|[.,:]\d)"

_ISO = re.compile(
    r"(?P<year>\d\d{3})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])"
)
_SLASHED = re.compile(r"(?P<first>\d\d?)/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\d/])")
_MONTH_DAY = re.compile(
    rf"(?P<month>{MONTH_ANY})\s{{0,3}}(?P<day>\d{{1,2}}){ORDINAL_SUFFIX}(?![\d%]|[:.,]\d)"
    rf"(?:,?\s{{1,3}}(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER})?"
)
_DAY_MONTH = re.compile(
    rf"(?P<day>\d\d?){ORDINAL_SUFFIX}\s{{1,3}}(?:of\s{{1,3}})?(?P<month>{MONTH_ANY})"
    rf"(?:,?\s{{1,3}}(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER})?"
)
_MONTH_YEAR = re.compile(
    rf"(?P<month>{MONTH_ANY}),?\s{{1,3}}(?:of\s{{1,3}})?(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER}"
)
_BARE_MONTH = re.compile(rf"(?P<month>{MONTH_FULL})(?![A-Za-z])")
# Spelled out case by case: "(?i:last)" would also match "laſt", which no table below holds;
# and not "last year's", a possessive ("in March, last year's champion said").
_RELATIVE_YEAR_AFTER = re.compile(
    rf",?\s{{1,3}}(?:{_any_case('of')}\s{{1,3}})?(?P<rel>{_any_case('last previous this next')})"
    rf"\s{{1,3}}{_any_case('year')}(?![\w’'])"
)
_YEAR = re.compile(
    rf"(?P<year>{_YEAR_DIGITS})(?:\s?[-–—]\s?(?P<year2>\d{{4}}|\d{{2}})(?![\d]))?{_NOT_NUMBER_AFTER}"
)
_DECADE = re.compile(r"(?:1\d\d0[’']?s|20\d0[’']?s|’\d0s|'\d0s)(?!\w)")
_CENTURY_ORDINALS = _word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_CENTURY_END = r")[\s-]{1,2}" + _any_case("century") + r"(?!\w)"
_CENTURY_IN_DIGITS = re.compile(r"(?P<ordinal>\d\d?(?:st|nd|rd|th)" + _CENTURY_END)
_CENTURY_IN_WORDS = re.compile(
    "(?P<ordinal>"
    + _any_case("twenty-first twenty-second " + " ".join(_CENTURY_ORDINALS))
    + _CENTURY_END
)
_WEEKDAY = re.compile(rf"(?P<weekday>{WEEKDAY})")
_RELATIVE_DAY = re.compile(_any_case("today tonight yesterday tomorrow") + r"(?!\w)")
_RELATIVE_PART_OF_DAY = re.compile(
    rf"(?:{_any_case('this')}\s{{1,3}}{_any_case('morning afternoon evening')}"
    rf"|{_any_case('last')}\s{{1,3}}{_any_case('night')})(?!\w)"
)
_RELATIVE_UNIT = re.compile(
    rf"(?P<rel>{_any_case('last next this coming previous current')})\s{{1,3}}"
    rf"(?:{_any_case('fiscal financial calendar')}\s{{1,3}})?"
    rf"(?P<unit>{_any_case('week weekend month year decade century')})(?!\w)"
)
_PART_OF_UNIT = re.compile(
    rf"(?P<part>{_any_case('end beginning start middle')})\s{{1,3}}{_any_case('of')}\s{{1,3}}"
    rf"(?:{_any_case('the')}\s{{1,3}})?(?P<unit>{_any_case('year month week')})(?!\w)"
)
# Seasons: "last summer", "in the spring", "winter 2013", "the summer of 2012".
_SEASON = re.compile(_any_case("spring summer autumn fall winter") + r"(?!\w)")
_SEASON_YEAR_AFTER = re.compile(
    rf",?\s{{1,3}}(?:(?P<of>of)\s{{1,3}})?(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER}"
)
_SEASON_PREFIX = re.compile(
    r"\b(?:(?P<mod>(?i:early|mid|late))[\s-]{1,3})?"
    r"(?:(?P<rel>(?i:last|next|this|coming|past))\s{1,3}|(?P<the>(?i:the))\s{1,3})?$"
)
# "the sixties", "the '60s" is a decade pattern above; "the 60s" needs "the".
_DECADE_WORDS: dict[str, int] = {
    "twenties": 1920,
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}
_DECADE_IN_WORDS = re.compile(
    rf"(?:the|The|THE)\s{{1,3}}(?:(?P<mod>(?i:early|mid|late))[\s-]{{1,3}})?"
    rf"(?P<decade>{_any_case(' '.join(_DECADE_WORDS))}|[1-9]0s)(?!\w)"
)
# Numbers in the decades of a temperature or of a life are not dates: "in the nineties" in a
# heat wave, "in their sixties".
_NOT_DECADE_NEAR = _word_set("degrees temperature temperatures heat fahrenheit celsius aged age")
# Anaphoric dates, relative to the date being discussed: "the day before", "the next day".
_ANAPHORIC = re.compile(
    r"(?:the|The|THE)\s{1,3}(?:(?P<next>(?i:next))\s{1,3}(?P<day>(?i:day))"
    r"|(?P<order>(?i:following|previous|preceding))\s{1,3}"
    r"(?P<unit>(?i:day|week|month|year))|(?P<unit2>(?i:day|week|month|year))\s{1,3}"
    r"(?P<side>(?i:before|after|earlier|later)))(?!\w)"
)
# The same, on the text in lower case: a quick test (its literal "the" is searched fast).
_ANAPHORIC_IN_LOWER = re.compile(
    r"the\s{1,3}(?:next\s{1,3}day|following|previous|preceding"
    r"|(?:day|week|month|year)\s{1,3}(?:before|after|earlier|later))"
)
# After "the day before" only a stop may follow; otherwise it is "the day before <an event>".
_ANAPHOR_END = re.compile(r"\s{0,3}(?:[.,;:!?)”\"]|$|\n|(?:and|but|when|as|he|she|they|it)\b)")
# A date that an anaphor refers to lies in its sentence or in one of this many before it.
_ANAPHOR_SENTENCES = 2
# "two weeks ago", "a year ago": number words shared with the numbers plugin.
_COUNT_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{word: number for word, number in ONES.items() if number},
    **TENS,
}
_AGO_END = (
    r")\s{1,3}(?P<unit>" + _any_case("day week month year decade") + r")s?\s{1,3}(?:ago|AGO)(?!\w)"
)
_AGO_IN_DIGITS = re.compile(r"(?P<count>\d\d{0,2}" + _AGO_END)
_AGO_IN_WORDS = re.compile("(?P<count>" + _any_case(" ".join(_COUNT_WORDS)) + _AGO_END)

# What may stand right before a core ("...$" patterns, searched on a short window).
_PREFIX_WINDOW = 48
_MODIFIER_BEFORE = re.compile(rf"\b(?P<mod>{_MODIFIER})[\s-]{{1,3}}$")
_MONTH_PREFIX = re.compile(
    rf"\b(?:(?P<mod>{_MODIFIER})[\s-]{{1,3}})?(?P<rel>(?i:last|next|this|coming))\s{{1,3}}$"
    rf"|\b(?P<mod_only>{_MODIFIER})[\s-]{{1,3}}$"
)
_WEEKDAY_BEFORE = re.compile(rf"\b{WEEKDAY},?\s{{1,3}}(?:the\s{{1,3}})?$")
_RELATION_BEFORE = re.compile(r"\b(?P<rel>(?i:last|next|this|coming))\s{1,3}$")
_THE_MODIFIER_BEFORE = re.compile(
    r"\b(?:(?P<the>(?i:the))\s{1,3})?(?:(?P<mod>(?i:early|mid|late))[\s-]{1,3})?$"
)
_UNIT_PREFIX = re.compile(
    r"\b(?:(?P<mod>(?i:early|mid|late|earlier|later|the\s{1,3}(?:end|beginning|start|middle)"
    r"\s{1,3}of|(?:end|beginning|start|middle)\s{1,3}of))[\s-]{1,3})?(?:(?i:the)\s{1,3})?$"
)
_THE_BEFORE = re.compile(r"\b(?i:the)\s{1,3}$")
# The words each of those patterns can end with (before its spaces, commas or hyphens), by the
# pattern's text: CPython hashes a compiled pattern's whole program at every set or dict lookup
# (the hash is not cached), which costs microseconds; a string caches its hash.
_LAST_WORDS: dict[str, frozenset[str]] = {
    _MODIFIER_BEFORE.pattern: _word_set("early mid late of"),
    _MONTH_PREFIX.pattern: _word_set("last next this coming early mid late of"),
    _WEEKDAY_BEFORE.pattern: frozenset(WEEKDAYS) | {"the"},
    _RELATION_BEFORE.pattern: _word_set("last next this coming"),
    _THE_MODIFIER_BEFORE.pattern: _word_set("the early mid late"),
    _UNIT_PREFIX.pattern: _word_set("early mid late earlier later of the"),
    _THE_BEFORE.pattern: _word_set("the"),
}

_WORD = re.compile(r"[A-Za-z][A-Za-z’']{0,30}")
# "the word before", read on the reversed text: up to four spaces or brackets, then a word
# of letters and apostrophes starting with a letter, whole and at most 31 long.
_REVERSED_WORD_BEFORE = re.compile(r"[ \t(]{1,4}([A-Za-z’']{0,30}[A-Za-z])(?![A-Za-z’'])")
_REVERSED_LAST_WORD = re.compile(r"[\s,-]{1,6}([A-Za-z]{1,12})")
_WORD_AFTER = re.compile(r"[ \t]{1,3}([A-Za-z][A-Za-z’']{0,30})")

# Words after which a year or a bare month reads as a date ("in 1991", "since July").
_TRIGGERS = _word_set(
    """in since by until till through throughout from before after during of around circa
    early late mid end beginning start middle spring summer autumn fall winter year
    last next this"""
)
# Of those, the ones that also introduce counts ("of 2000 police officers"): after them a
# year must be followed by punctuation or a function word ("by 2030, up from", "of 2009 and").
_COUNT_TRIGGERS = _word_set("of by from to around circa through")
_FUNCTION_WORDS = _word_set(
    """the a an and or but to when while with in on at for as after before until since
    he she they it we i you who which that this was were is are has had have will would
    could did does do not also"""
)
# Words after which a year is an attribute of the noun that follows ("the 1991 collapse").
_DETERMINERS = _word_set("the a an this that its his her their our my your whose")
# Nouns that make the number before them a count, not a year ("2019 people").
_COUNT_NOUNS = _word_set(
    """people persons person children kids men women adults soldiers troops votes voters
    cases deaths dead injured homes houses jobs workers employees members dollars euros
    pounds yen yuan rubles roubles miles mile km kilometres kilometers metres meters feet
    foot tons tonnes barrels acres hectares units copies times points seats students
    patients residents refugees families words pages items vehicles cars shells rounds
    missiles rockets calories hours minutes seconds days weeks months years percent per
    followers users signatures participants candidates delegates prisoners tanks aircraft
    planes ships animals pigs cattle sheep"""
)
# "Good Friday" and "Super Tuesday" are names; "every Monday" is a set, not a date.
_NOT_WEEKDAY_BEFORE = _word_set(
    "good black super ash cyber holy maundy easter bloody palm shrove fat every each"
)
_RANGE_BEFORE = re.compile(r"(?:1\d{3}|20\d\d)\s{1,3}(?i:and|or|to|through|until)\s{1,3}$")
_AS_LATE_AS = re.compile(
    r"(?i:as\s{1,3}(?:late|early|recently|long\s{1,3}ago|soon)\s{1,3}as)\s{1,3}$"
)
_COPYRIGHT = re.compile(r"(?i:©|\(c\)|copyright)")

# Tense cues: the nearest one to a date says whether it lies before or after publication.
_FUTURE_WORDS = _word_set(
    """will would shall ll going due expected scheduled slated plans plan planning intends
    intend aims hopes wants expects could might may should must upcoming coming next soon
    tomorrow"""
)
_PAST_WORDS = _word_set(
    """was were had did said told met left made took went came gave got began found saw
    held won lost led sent spent paid brought bought built fell rose struck ran wrote spoke
    broke chose drove flew grew knew threw became felt kept meant thought taught caught
    fought sought sold ago earlier previously formerly last yesterday"""
)
# Past forms that are also present or infinitive forms ("the quake hit the town"): past unless
# a modal, "to" or "do" says otherwise ("expected to hit", "will hit", "did not cut").
_AMBIGUOUS_PAST = _word_set("hit put set cut shut hurt cost spread quit beat split burst")
_NOT_PAST_BEFORE = _word_set(
    "to will would shall could can may might must should do does did not n't never ll"
)
# Words ending in -ed that are not past tense.
_NOT_PAST = _word_set(
    """need speed seed feed bed red hundred united indeed proceed exceed succeed
    shed breed embed greed weed deed"""
)
# Before this time a text published after midnight was written the day before.
_SMALL_HOURS_END = dt.time(3, 0)
# Words after which a bare season is a date: "in the spring", "since summer".
_SEASON_TRIGGERS = _word_set(
    "in since by until till through throughout during over from before after of for"
)
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_LEFT_WINDOW = 8
_RIGHT_WINDOW = 6
# How far into its sentence a date looks for a tense when none is near.
_SENTENCE_WORDS = 30
# Words after "to" that make it a preposition, not an infinitive's.
_NOT_VERBS_AFTER_TO = _word_set(
    """the a an his her their its our my your this that these those some any all each every
    no one two three four five six seven eight nine ten date"""
)


# --------------------------------------------------------------------------- calendar


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_end(year, month)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _week_range(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _year_ok(year: int) -> bool:
    return dt.MINYEAR + 1 <= year <= dt.MAXYEAR - 1


def _narrow(
    start: dt.date, end: dt.date, granularity: Granularity, modifier: str | None
) -> tuple[dt.date, dt.date]:
    """The part of ``[start, end]`` that "early", "mid" or "late" (and friends) mean."""
    if not modifier:
        return start, end
    word = modifier.lower().split()
    key = word[1] if word[0] == "the" else word[0]
    part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(key, key)
    if part not in ("early", "mid", "late"):
        return start, end
    third = {"early": 0, "mid": 1, "late": 2}[part]
    if granularity == "year":
        first_month = 1 + 4 * third
        return dt.date(start.year, first_month, 1), _month_end(start.year, first_month + 3)
    if granularity in ("decade", "century"):
        span = end.year - start.year + 1
        bounds = (0, round(span * 0.4), round(span * 0.7), span)
        return (
            dt.date(start.year + bounds[third], 1, 1),
            dt.date(start.year + bounds[third + 1] - 1, 12, 31),
        )
    days = (end - start).days + 1
    size = days // 3
    if third == 0:
        return start, start + dt.timedelta(days=size - 1)
    if third == 2:
        return end - dt.timedelta(days=size - 1), end
    return start + dt.timedelta(days=size), end - dt.timedelta(days=size)


def _nearest_month_year(
    month: int, published: dt.date, tense: Tense | None, relation: str | None = None
) -> int:
    """The year of a month named without one ("in July", "last May"), seen from ``published``."""
    here = published.year * 12 + published.month
    options = [
        (year, year * 12 + month - here) for year in (published.year + d for d in (-1, 0, 1))
    ]
    if relation in ("last", "previous"):
        return max(year for year, distance in options if distance < 0)
    if relation in ("next", "coming"):
        return min(year for year, distance in options if distance > 0)
    if relation == "this":
        return published.year
    if tense == "past":
        return max(year for year, distance in options if distance <= 0)
    if tense == "future":
        return min(year for year, distance in options if distance >= 0)
    # No tense: the nearest, the past one when both are as near.
    return min(options, key=lambda option: (abs(option[1]), option[1] > 0))[0]


def _nearest_month_day(
    month: int, day: int, published: dt.date, tense: Tense | None
) -> dt.date | None:
    """The date of a month and day named without a year ("Sept. 13"), seen from ``published``."""
    options = [
        date
        for date in (safe_date(published.year + d, month, day) for d in (-1, 0, 1))
        if date is not None
    ]
    if not options:
        return None
    nearest = min(options, key=lambda date: (abs((date - published).days), date > published))
    # A date within a month of publication is the near one whatever the verb says
    # ("the forum, which opened Monday, ends on Sept. 13").
    if tense is None or abs((nearest - published).days) <= 31:
        return nearest
    if tense == "past":
        return max((date for date in options if date <= published), default=nearest)
    return min((date for date in options if date >= published), default=nearest)


def _weekday_date(
    weekday: int, published: dt.date, tense: Tense | None, relation: str | None
) -> dt.date:
    """The day a weekday names: the one before publication unless the text looks forward."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if relation in ("last",):
        return published - dt.timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if tense == "future":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


# --------------------------------------------------------------------------- context


class _Found(NamedTuple):
    """A date found (a tuple: built for every candidate, so cheaper than an attrs class)."""

    start: int
    end: int
    value: DateValue
    resolved: bool = False
    #: For "the day before" and friends: the unit and how many of them from the date referred to.
    anaphor: tuple[str, int] | None = None


@attrs.define
class _Context:
    text: str
    published: dt.date | None
    sentences: list[tuple[int, int]]
    #: Published in the small hours, so written the day before (see ``_weekday``).
    small_hours: bool = False

    def words_before(self, position: int, count: int) -> list[str]:
        bounds = self.sentence_bounds(position)
        return _WORD.findall(self.text, max(bounds[0], position - 12 * count), position)[-count:]

    def words_after(self, position: int, count: int) -> list[str]:
        bounds = self.sentence_bounds(max(position - 1, 0))
        return _WORD.findall(self.text, position, min(bounds[1], position + 12 * count))[:count]

    def sentence_bounds(self, position: int) -> tuple[int, int]:
        span = span_containing(self.sentences, position)
        return span if span else (max(0, position - 100), min(len(self.text), position + 100))

    def before(self, pattern: re.Pattern[str], position: int) -> re.Match[str] | None:
        """A match of a "...$" pattern ending right at ``position``."""
        # Searching a window tries every start in it: first make sure that the word right
        # before ``position`` is one the pattern can end with.
        last_words = _LAST_WORDS.get(pattern.pattern)
        if last_words is not None and self.last_word(position) not in last_words:
            return None
        return pattern.search(self.text, max(0, position - _PREFIX_WINDOW), position)

    def last_word(self, position: int) -> str:
        """The word before ``position`` and one to six spaces, commas or hyphens, lower case."""
        window = self.text[max(0, position - 18) : position][::-1]
        match = _REVERSED_LAST_WORD.match(window)
        return match.group(1)[::-1].lower() if match else ""

    def boundary(self, position: int, also_not: str = "") -> bool:
        """Whether a date may start here: not inside a word or number (or after ``also_not``)."""
        if position == 0:
            return True
        previous = self.text[position - 1]
        return not (previous.isalnum() or previous == "_" or previous in also_not)

    def previous_word(self, position: int) -> str:
        """The word right before ``position`` (spaces or a bracket between), lower case."""
        # Read backwards: a match at the start of the reversed window, not a search.
        window = self.text[max(0, position - 40) : position][::-1]
        match = _REVERSED_WORD_BEFORE.match(window)
        return match.group(1)[::-1].lower() if match else ""

    def next_word(self, position: int) -> str:
        """The word right after ``position`` (spaces between), lower case."""
        match = _WORD_AFTER.match(self.text, position)
        return match.group(1).lower() if match else ""

    def tense(self, start: int, end: int) -> Tense | None:
        """Past or future, as the nearest verb cue around ``[start, end)`` says, else None."""
        left = self.words_before(start, _LEFT_WINDOW)
        right = self.words_after(end, _RIGHT_WINDOW)
        cue = _first_cue(left, range(len(left) - 1, -1, -1)) or _first_cue(right, range(len(right)))
        if cue:
            return cue
        # Nothing near: the sentence's farther verbs ("A quake hit the town of X in Y's
        # Z province in February"), unless an infinitive between looks ahead on its own
        # ("the program to run through June").
        if len(left) == _LEFT_WINDOW:
            words = self.words_before(start, _SENTENCE_WORDS)
            near = len(words) - len(left)
            if not any(_is_infinitive(words, index) for index in range(near, len(words))):
                cue = _first_cue(words, range(near - 1, -1, -1), until_infinitive=True)
        if not cue and len(right) == _RIGHT_WINDOW:
            words = self.words_after(end, _SENTENCE_WORDS)
            if not any(_is_infinitive(words, index) for index in range(len(right))):
                cue = _first_cue(words, range(len(right), len(words)), until_infinitive=True)
        return cue


def _first_cue(
    words: Sequence[str], order: Iterable[int], *, until_infinitive: bool = False
) -> Tense | None:
    """The first tense cue among ``words`` taken in ``order``; with ``until_infinitive``,
    none past the "to" of an infinitive."""
    for index in order:
        if until_infinitive and _is_infinitive(words, index):
            return None
        cue = _cue(words, index)
        if cue:
            return cue
    return None


def _is_infinitive(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` is the "to" of an infinitive ("to run", not "to the city")."""
    if words[index].lower() != "to" or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return following.islower() and following not in _NOT_VERBS_AFTER_TO


def _cue(words: Sequence[str], index: int) -> Tense | None:
    if words[index].lower() in _AMBIGUOUS_PAST:
        before = words[index - 1].lower().replace("’", "'") if index > 0 else ""
        return None if before in _NOT_PAST_BEFORE or before.endswith("n't") else "past"
    cue = _word_cue(words[index])
    if cue != "participle":
        return cue
    before = words[index - 1].lower() if index > 0 else ""
    # "to be published", "will be held": a passive after a modal looks forward or not
    # at all; the cue is the word before it.
    if before in ("be", "being"):
        return None
    return "past"


@functools.lru_cache(maxsize=8192)
def _word_cue(word: str) -> Tense | Literal["participle"] | None:
    """The tense a word signals on its own; "participle" for an -ed form (see ``_cue``)."""
    if word == "May":  # the month, not the modal
        return None
    lower = word.lower().replace("’", "'")
    if lower.endswith("'ll"):
        return "future"
    if lower in _FUTURE_WORDS:
        return "future"
    if lower in _PAST_WORDS:
        return "past"
    if len(lower) >= 4 and lower.endswith("ed") and lower not in _NOT_PAST and word.islower():
        return "participle"
    return None


def _value(start: dt.date, end: dt.date, granularity: Granularity) -> DateValue:
    return DateValue(start=start, end=end, granularity=granularity)


# --------------------------------------------------------------------------- handlers


def _claim_start(context: _Context, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
    """The prefix ``pattern`` finds right before ``start``, if any (empty ones don't count)."""
    match = context.before(pattern, start)
    return match if match and match.end() > match.start() else None


def _iso(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start(), "-"):
        return []
    day = safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    if day is None:
        return []
    return [_Found(match.start(), match.end(), _value(day, day, "day"))]


def _slashed(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start(), "/."):
        return []
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    # US order unless the first number cannot be a month.
    day = safe_date(year, second, first) if first > 12 else safe_date(year, first, second)
    if day is None:
        return []
    return [_Found(match.start(), match.end(), _value(day, day, "day"))]


def _month_and_day(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start(), ".,$£€"):
        return []
    weekday = _claim_start(context, _WEEKDAY_BEFORE, match.start())
    start = weekday.start() if weekday else match.start()
    month = month_number(match["month"])
    day_of_month = int(match["day"])
    if not 1 <= day_of_month <= 31:
        return []
    if match["year"]:
        day = safe_date(int(match["year"]), month, day_of_month)
        if day is None:
            return []
        return [_Found(start, match.end(), _value(day, day, "day"))]
    if context.next_word(match.end()) in _COUNT_NOUNS or context.published is None:
        return []
    tense = context.tense(start, match.end())
    resolved = _nearest_month_day(month, day_of_month, context.published, tense)
    if resolved is None:
        return []
    return [_Found(start, match.end(), _value(resolved, resolved, "day"), resolved=True)]


def _month_and_year(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    modifier = _claim_start(context, _MODIFIER_BEFORE, match.start())
    start = modifier.start() if modifier else match.start()
    year = int(match["year"])
    month = month_number(match["month"])
    begin, end = _month_range(year, month)
    begin, end = _narrow(begin, end, "month", modifier["mod"] if modifier else None)
    return [_Found(start, match.end(), _value(begin, end, "month"))]


def _bare_month(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    prefix = _claim_start(context, _MONTH_PREFIX, match.start())
    modifier = prefix and (prefix["mod"] or prefix["mod_only"])
    relation = prefix["rel"].lower() if prefix and prefix["rel"] else None
    if prefix is None and context.previous_word(match.start()) not in _TRIGGERS:
        return []
    name = match["month"]
    if name in ("May", "MAY") and context.text.startswith(("'s", "’s"), match.end()):
        return []  # Theresa May's government
    if context.published is None:
        return []
    start = prefix.start() if prefix else match.start()
    month = month_number(name)
    # "April last year", "in May of next year": the month of the year named after it.
    year_after = None if relation else _RELATIVE_YEAR_AFTER.match(context.text, match.end())
    if year_after:
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1}[year_after["rel"].lower()]
        year = context.published.year + shift
        stop = year_after.end()
    else:
        tense = context.tense(start, match.end())
        year = _nearest_month_year(month, context.published, tense, relation)
        stop = match.end()
    begin, end = _narrow(*_month_range(year, month), "month", modifier or None)
    return [_Found(start, stop, _value(begin, end, "month"), resolved=True)]


def _reads_as_year(match: re.Match[str], context: _Context, modified: bool) -> bool:
    """Whether a bare four-digit number is a year here: "in 1991", "the 1991 collapse"."""
    start = match.start("year")
    if _COPYRIGHT.search(context.text, max(0, start - 12), start):
        return False
    following = context.next_word(match.end())
    if following in _COUNT_NOUNS:
        return False
    if modified or match["year2"]:
        return True
    before = context.text[max(0, start - 40) : start]
    if _RANGE_BEFORE.search(before) or _AS_LATE_AS.search(before):
        return True
    previous = context.previous_word(start)
    if previous in _COUNT_TRIGGERS:
        return not following or following in _FUNCTION_WORDS or not _starts_lower(context, match)
    if previous in _TRIGGERS:
        return True
    # An attribute: a determiner or possessive before, a word after ("Russia's 2022 invasion").
    attributive = previous in _DETERMINERS or previous.endswith(("'s", "’s"))
    return attributive and bool(following) and context.text[match.end() : match.end() + 1] == " "


def _starts_lower(context: _Context, match: re.Match[str]) -> bool:
    """Whether the word after the match starts with a lower-case letter."""
    after = context.text[match.end() : match.end() + 3].lstrip(" \t")
    return after[:1].islower()


def _year(match: re.Match[str], context: _Context) -> list[_Found]:
    modifier = _claim_start(context, _MODIFIER_BEFORE, match.start())
    if not context.boundary(match.start(), "" if modifier else "$£€¥#.,/:-–"):
        return []
    if not _reads_as_year(match, context, modifier is not None):
        return []
    year = int(match["year"])
    if not _year_ok(year):
        return []
    start = modifier.start() if modifier else match.start()
    begin, end = _narrow(
        dt.date(year, 1, 1), dt.date(year, 12, 31), "year", modifier["mod"] if modifier else None
    )
    found = [_Found(start, match.end("year"), _value(begin, end, "year"))]
    if match["year2"]:
        text = match["year2"]
        second = int(text) if len(text) == 4 else year // 100 * 100 + int(text)
        if year < second <= year + 100 and _year_ok(second):
            value = _value(dt.date(second, 1, 1), dt.date(second, 12, 31), "year")
            found.append(_Found(match.start("year2"), match.end("year2"), value))
    return found


def _decade(match: re.Match[str], context: _Context) -> list[_Found]:
    prefix = _claim_start(context, _THE_MODIFIER_BEFORE, match.start())
    modifier = prefix["mod"] if prefix else None
    if not context.boundary(match.start(), "" if modifier else "$£€.,"):
        return []
    digits = match.group(0).strip("’'s")
    start = prefix.start() if prefix else match.start()
    if len(digits) == 4 and digits.endswith("00") and digits != "2000":
        # "the 1800s" is the century (TimeML "18"), the 2000s a decade as in "the 1990s".
        first = int(digits)
        begin, end = _narrow(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century", modifier)
        return [_Found(start, match.end(), _value(begin, end, "century"))]
    if len(digits) == 4:
        first = int(digits)
    else:
        short = int(digits)
        first = (2000 if short <= 10 else 1900) + short
    begin, end = _narrow(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", modifier)
    return [_Found(start, match.end(), _value(begin, end, "decade"))]


def _century(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    prefix = _claim_start(context, _THE_MODIFIER_BEFORE, match.start())
    ordinal = match["ordinal"].lower().replace("-", " ")
    if ordinal[0].isdigit():
        number = int(ordinal[:-2])
    elif ordinal.startswith("twenty "):
        number = 20 + (1 if ordinal.endswith("first") else 2)
    else:
        number = _CENTURY_ORDINALS.index(ordinal) + 1
    if not 2 <= number <= 22:
        return []
    # Read as people do: the 20th century is the 1900s.
    first = (number - 1) * 100
    start = prefix.start() if prefix else match.start()
    modifier = prefix["mod"] if prefix else None
    begin, end = _narrow(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century", modifier)
    return [_Found(start, match.end(), _value(begin, end, "century"))]


def _weekday(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    prefix = _claim_start(context, _RELATION_BEFORE, match.start())
    relation = prefix["rel"].lower() if prefix else None
    if relation is None and context.previous_word(match.start()) in _NOT_WEEKDAY_BEFORE:
        return []
    if context.published is None:
        return []
    start = prefix.start() if prefix else match.start()
    weekday = WEEKDAYS[match["weekday"].lower()]
    tense = context.tense(start, match.end())
    day = _weekday_date(weekday, context.published, tense, None if relation == "this" else relation)
    if (
        context.small_hours
        and day == context.published
        and tense != "future"
        and relation is None
        and context.last_word(start) != "early"
    ):
        # Published at 00:30 on a Tuesday, "said Tuesday" cannot be that day, a half hour
        # old: the text was written on Monday, and means the Tuesday before.
        day -= dt.timedelta(days=7)
    return [_Found(start, match.end(), _value(day, day, "day"), resolved=True)]


def _relative_day(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()) or context.published is None:
        return []
    phrase = " ".join(match.group(0).lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(phrase, 0)
    day = context.published + dt.timedelta(days=offset)
    return [_Found(match.start(), match.end(), _value(day, day, "day"), resolved=True)]


def _unit_range(
    unit: str, published: dt.date, shift: int
) -> tuple[dt.date, dt.date, Granularity] | None:
    """The week, month, year, decade or century ``shift`` units from the one of ``published``."""
    if unit in ("week", "weekend"):
        monday = _week_range(published)[0] + dt.timedelta(weeks=shift)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week"
        return monday, monday + dt.timedelta(days=6), "week"
    if unit == "month":
        year, month = _shift_month(published.year, published.month, shift)
        return (*_month_range(year, month), "month")
    if unit == "year":
        year = published.year + shift
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if unit == "decade":
        first = published.year // 10 * 10 + 10 * shift
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade"
    first = published.year // 100 * 100 + 100 * shift
    if first < 1:
        return None
    return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century"


def _relative_unit(match: re.Match[str], context: _Context) -> list[_Found]:
    published = context.published
    if published is None or not context.boundary(match.start()):
        return []
    prefix = _claim_start(context, _UNIT_PREFIX, match.start())
    relation = match["rel"].lower()
    shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(relation, 0)
    found = _unit_range(match["unit"].lower(), published, shift)
    if found is None:
        return []
    begin, end, granularity = found
    modifier = " ".join(prefix["mod"].lower().split()) if prefix and prefix["mod"] else None
    if modifier == "earlier" and begin <= published <= end:
        end = published
    elif modifier == "later" and begin <= published <= end:
        begin = published
    elif modifier in ("earlier", "later"):
        part = "early" if modifier == "earlier" else "late"
        begin, end = _narrow(begin, end, granularity, part)
    else:
        begin, end = _narrow(begin, end, granularity, modifier)
    start = prefix.start() if prefix else match.start()
    return [_Found(start, match.end(), _value(begin, end, granularity), resolved=True)]


def _part_of_unit(match: re.Match[str], context: _Context) -> list[_Found]:
    published = context.published
    if published is None or not context.boundary(match.start()):
        return []
    the = _claim_start(context, _THE_BEFORE, match.start())
    start = the.start() if the else match.start()
    unit = match["unit"].lower()
    part = match["part"].lower()
    if unit == "year":
        # "peaked by the end of the year" in March means the year-end that has passed:
        # resolve like the month it mostly stands for.
        month = {"end": 12, "beginning": 1, "start": 1, "middle": 6}[part]
        year = _nearest_month_year(month, published, context.tense(start, match.end()))
        begin, end = _narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", part)
        return [_Found(start, match.end(), _value(begin, end, "year"), resolved=True)]
    found = _unit_range(unit, published, 0)
    if found is None:
        return []
    begin, end, granularity = found
    begin, end = _narrow(begin, end, granularity, part)
    return [_Found(start, match.end(), _value(begin, end, granularity), resolved=True)]


def _ago(match: re.Match[str], context: _Context) -> list[_Found]:
    published = context.published
    if published is None or not context.boundary(match.start()):
        return []
    count_text = match["count"].lower()
    count = int(count_text) if count_text.isdigit() else _COUNT_WORDS[count_text]
    unit = match["unit"].lower()
    granularity: Granularity
    if unit == "day":
        begin = end = published - dt.timedelta(days=count)
        granularity = "day"
    elif unit == "week":
        begin, end = _week_range(published - dt.timedelta(weeks=count))
        granularity = "week"
    elif unit == "month":
        begin, end = _month_range(*_shift_month(published.year, published.month, -count))
        granularity = "month"
    else:
        year = published.year - count * (10 if unit == "decade" else 1)
        begin, end, granularity = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    return [_Found(match.start(), match.end(), _value(begin, end, granularity), resolved=True)]


def _season_range(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The months of a season (meteorological, northern hemisphere); winter is named by the
    year of its January: winter 2013 runs from December 2012 to February 2013."""
    first = _SEASON_FIRST_MONTH[name]
    if first == 12:
        return dt.date(year - 1, 12, 1), _month_end(year, 2)
    return dt.date(year, first, 1), _month_end(year, first + 2)


def _season_part(begin: dt.date, modifier: str | None) -> tuple[dt.date, dt.date]:
    """A season, or its first, middle or last month for "early", "mid" or "late"."""
    third = {"early": 0, "mid": 1, "late": 2}.get((modifier or "").lower())
    if third is None:
        return begin, _month_end(*_shift_month(begin.year, begin.month, 2))
    return _month_range(*_shift_month(begin.year, begin.month, third))


def _season_near(
    name: str, published: dt.date, tense: Tense | None, relation: str | None
) -> tuple[dt.date, dt.date]:
    """The season ``name`` that a relation ("last", "next", "this") or the tense points to."""
    options = [_season_range(name, published.year + shift) for shift in (-1, 0, 1, 2)]
    if relation in ("last", "past"):
        return max(option for option in options if option[1] < published)
    if relation in ("next", "coming"):
        return min(option for option in options if option[0] > published)
    if tense == "past" and relation is None:
        return max(option for option in options if option[0] <= published)
    if tense == "future" and relation is None:
        return min(option for option in options if option[1] >= published)

    # "this summer", or no tense: the one under way, else the nearest.
    def distance(option: tuple[dt.date, dt.date]) -> int:
        return max((option[0] - published).days, (published - option[1]).days, 0)

    return min(options, key=lambda option: (distance(option), option[0] > published))


def _season(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    name = match.group(0).lower()
    following = _SEASON_YEAR_AFTER.match(context.text, match.end())
    title = match.group(0)[0].isupper() and not match.group(0).isupper()
    # "Summer Olympics", "the Arab Spring", "Donna Summer": names, not seasons.
    if title and (
        context.next_word(match.end())[:1].isupper()
        or _capitalised_word_before(context, match.start())
    ):
        return []
    prefix = _claim_start(context, _SEASON_PREFIX, match.start())
    relation = prefix["rel"].lower() if prefix and prefix["rel"] else None
    modifier = prefix["mod"] if prefix and prefix["mod"] else None
    start = prefix.start() if prefix else match.start()
    if following is not None:
        # "summer 2012", "the summer of 2012" ("last summer 2012" is not how news writes).
        if relation is not None:
            return []
        year = int(following["year"])
        begin, end = _season_range(name, year)
        begin, end = _season_part(begin, modifier)
        return [_Found(start, following.end(), _value(begin, end, "month"))]
    if context.published is None or context.next_word(match.end()) == "of":
        return []  # "the fall of Rome", "the summer of love": names, not dates
    if relation is None:
        # A bare season is a date only after a preposition: "in the spring", "since summer"
        # (not "the spring water", "prices fall"); "fall" needs "the" ("in the fall").
        if name == "fall" and not (prefix and prefix["the"]):
            return []
        before = prefix.start() if prefix else match.start()
        if context.previous_word(before) not in _SEASON_TRIGGERS:
            return []
    tense = context.tense(start, match.end())
    if relation is None and tense is None:
        return []  # "roads ice over in winter": a habit, no particular winter
    begin, end = _season_near(name, context.published, tense, relation)
    begin, end = _season_part(begin, modifier)
    return [_Found(start, match.end(), _value(begin, end, "month"), resolved=True)]


def _capitalised_word_before(context: _Context, position: int) -> bool:
    """Whether a capitalised word stands right before ``position`` inside a sentence."""
    match = _REVERSED_WORD_BEFORE.match(context.text[max(0, position - 40) : position][::-1])
    if match is None or not match.group(1)[-1].isupper():
        return False
    word_start = position - match.end()
    bounds = context.sentence_bounds(word_start)
    return word_start > bounds[0]


def season_of(value: DateValue) -> tuple[str, int] | None:
    """``("summer", 2012)`` when ``value`` covers exactly one season, else None."""
    start, end = value.start, value.end
    for name in ("spring", "summer", "autumn", "winter"):
        year = end.year
        if (start, end) == _season_range(name, year):
            return name, year
    return None


def _decade_in_words(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    word = match["decade"].lower()
    words = {w.lower() for w in context.words_before(match.start(), 6)}
    words.update(w.lower() for w in context.words_after(match.end(), 6))
    if words & _NOT_DECADE_NEAR:
        return []
    first = _DECADE_WORDS[word] if word in _DECADE_WORDS else 1900 + int(word[0]) * 10
    begin, end = _narrow(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", match["mod"])
    return [_Found(match.start(), match.end(), _value(begin, end, "decade"))]


def _anaphoric(match: re.Match[str], context: _Context) -> list[_Found]:
    if not context.boundary(match.start()):
        return []
    if match["side"] and not _ANAPHOR_END.match(context.text, match.end()):
        return []  # "the day before the vote": relative to an event, which has no date here
    # "the next day" only: "over the next year" is a span of time to come, not a date.
    unit = (match["day"] or match["unit"] or match["unit2"]).lower()
    direction = (match["next"] or match["order"] or match["side"]).lower()
    shift = 1 if direction in ("next", "following", "after", "later") else -1
    # A stand-in value; the date referred to is found once all dates are known.
    placeholder = context.published or dt.date(2000, 1, 1)
    return [
        _Found(
            match.start(),
            match.end(),
            _value(placeholder, placeholder, "day"),
            resolved=True,
            anaphor=(unit, shift),
        )
    ]


_ANAPHOR_GRANULARITIES: dict[str, tuple[str, ...]] = {
    "day": ("day",),
    "week": ("day", "week"),
    "month": ("day", "week", "month"),
    "year": ("day", "week", "month", "year"),
}


def _shifted(reference: DateValue, unit: str, shift: int) -> DateValue | None:
    """The day, week, month or year ``shift`` units from the date referred to."""
    anchor = reference.start
    if unit == "day":
        day = anchor + dt.timedelta(days=shift)
        return _value(day, day, "day")
    found = _unit_range(unit, anchor, shift)
    return None if found is None else _value(*found)


def _resolve_anaphors(chosen: list[_Found], context: _Context) -> list[_Found]:
    """Give "the day before" and friends the date of the date they refer to, or drop them."""
    if not any(item.anaphor for item in chosen):
        return chosen
    resolved: list[_Found] = []
    for item in chosen:
        if item.anaphor is None:
            resolved.append(item)
            continue
        unit, shift = item.anaphor
        earliest = _sentence_start_before(context, item.start, _ANAPHOR_SENTENCES)
        reference = next(
            (
                other
                for other in reversed(resolved)
                if other.start >= earliest
                and other.value.granularity in _ANAPHOR_GRANULARITIES[unit]
            ),
            None,
        )
        if reference is not None:
            value = _shifted(reference.value, unit, shift)
            is_resolved = reference.resolved
        elif context.published is not None:
            # Nothing discussed nearby: the news day, the day of publication.
            day = context.published
            value = _shifted(_value(day, day, "day"), unit, shift)
            is_resolved = True
        else:
            continue
        if value is not None:
            resolved.append(item._replace(value=value, resolved=is_resolved, anaphor=None))
    return resolved


def _sentence_start_before(context: _Context, position: int, back: int) -> int:
    """Where the sentence ``back`` sentences before the one holding ``position`` starts."""
    index = bisect.bisect_right(context.sentences, (position, len(context.text) + 1)) - 1
    return context.sentences[max(0, index - back)][0] if index >= 0 else 0


Handler = Callable[[re.Match[str], _Context], list[_Found]]
_HANDLERS: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_ISO, _iso),
    (_SLASHED, _slashed),
    (_MONTH_DAY, _month_and_day),
    (_DAY_MONTH, _month_and_day),
    (_MONTH_YEAR, _month_and_year),
    (_BARE_MONTH, _bare_month),
    (_YEAR, _year),
    (_DECADE, _decade),
    (_CENTURY_IN_DIGITS, _century),
    (_CENTURY_IN_WORDS, _century),
    (_WEEKDAY, _weekday),
    (_RELATIVE_DAY, _relative_day),
    (_RELATIVE_PART_OF_DAY, _relative_day),
    (_RELATIVE_UNIT, _relative_unit),
    (_PART_OF_UNIT, _part_of_unit),
    (_AGO_IN_DIGITS, _ago),
    (_AGO_IN_WORDS, _ago),
    (_SEASON, _season),
    (_DECADE_IN_WORDS, _decade_in_words),
    (_ANAPHORIC, _anaphoric),
)


# Words (in lower case) of which every match of the pattern contains one: where none is in
# the text, the pattern need not be tried at every position.
_REQUIRED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _DECADE: ("0s", "0’s", "0's"),
}
# Patterns whose every match opens with one of these words (in lower case): tried only where
# the lower-cased text holds one, instead of at every position.
_WORD_LED: dict[re.Pattern[str], tuple[str, ...]] = {
    _RELATIVE_DAY: ("today", "tonight", "yesterday", "tomorrow"),
    _RELATIVE_PART_OF_DAY: ("this", "last"),
    _SEASON: ("spring", "summer", "autumn", "fall", "winter"),
}
# Patterns whose every match ends with one of these words (in lower case), each at most
# ``_BEFORE_UNIT`` characters after the match starts ("the early-", "twenty-second ",
# "seventeen   decades   "): searched only just before them, as the unit patterns below.
_WORD_ENDED: dict[re.Pattern[str], tuple[str, ...]] = {
    _CENTURY_IN_WORDS: ("century",),
    _AGO_IN_WORDS: ("ago",),
    _DECADE_IN_WORDS: ("ties", "0s"),  # twenties ... nineties, 60s
}

# Patterns that end with a calendar unit ("last week", "the end of the year"): tried only
# just before the units one scan finds. A match is at most this long before its unit
# ("previous   financial   ", "beginning   of   the   ").
_UNIT_WORD = re.compile(_any_case("week weekend month year decade century") + r"(?!\w)")
# The same units, found with ``str.find`` in the lower-cased text: the forms ``_UNIT_WORD``
# tries, longest first, by their first letter ("weekend" before "week").
_UNIT_NAMES = ("week", "month", "year", "decade", "century")
_UNIT_FORMS: dict[str, tuple[str, ...]] = {
    name[0]: tuple(
        form
        for word in sorted(("weekend", *_UNIT_NAMES), key=len, reverse=True)
        if word[0] == name[0]
        for form in (word.upper(), word.title(), word)
    )
    for name in _UNIT_NAMES
}
_UNIT_PATTERNS = (_RELATIVE_UNIT, _PART_OF_UNIT)
_BEFORE_UNIT = 24

# Patterns that start with a run of digits, by the length of that run (what each can start
# with decides it: "2023-09-12" and "1991" need four digits, "12/9" and "3 March" one or two).
# One scan for digit runs then tries only these, at run starts, instead of each pattern
# scanning the whole text.
_DIGIT_PATTERNS: dict[int, tuple[re.Pattern[str], ...]] = {
    1: (_SLASHED, _DAY_MONTH, _CENTURY_IN_DIGITS, _AGO_IN_DIGITS),
    2: (_SLASHED, _DAY_MONTH, _CENTURY_IN_DIGITS, _AGO_IN_DIGITS),
    3: (_AGO_IN_DIGITS,),
    4: (_ISO, _YEAR),
}
# Patterns that start with a capitalised month or weekday name, by that word.
_NAME_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    **{
        form: (_MONTH_DAY, _MONTH_YEAR)
        for name in MONTH_ABBREVIATIONS
        for form in (name.title(), name.upper())
    },
    **{
        form: (_MONTH_DAY, _MONTH_YEAR, _BARE_MONTH)
        for name in MONTHS
        for form in (name.title(), name.upper())
    },
    **{form: (_WEEKDAY,) for name in WEEKDAYS for form in (name.title(), name.upper())},
}
# The patterns of ``_DIGIT_PATTERNS`` for runs of one to three digits, by the longest run each
# is tried at (it is tried at every shorter one too).
_DIGIT_PATTERNS_UP_TO: dict[int, tuple[re.Pattern[str], ...]] = {
    2: (_SLASHED, _DAY_MONTH, _CENTURY_IN_DIGITS),
    3: (_AGO_IN_DIGITS,),
}
# A month or weekday name, whole (the handlers of ``_NAME_PATTERNS`` reject a name right after a
# letter or digit, so only names not after a letter are tried). It opens with a letter of a
# small set, which the regex engine skips to in C, instead of entering at every capital.
_NAME_WORD = re.compile("(?:" + trie_pattern(_NAME_PATTERNS) + ")(?![A-Za-z])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SCANNED = frozenset(
    pattern
    for patterns in (*_DIGIT_PATTERNS.values(), *_NAME_PATTERNS.values())
    for pattern in patterns
)


class _Scan(NamedTuple):
    """How ``find_dates`` looks for one pattern's matches (see the tables above)."""

    pattern: re.Pattern[str]
    handler: Handler
    #: "at starts" (digit runs and names), "before units", "at words" (``words`` open every
    #: match), "before words" (``words`` end every match) or "anywhere" (a match holds one of
    #: ``words`` when there are any).
    where: str
    words: tuple[str, ...]


def _scan_of(pattern: re.Pattern[str], handler: Handler) -> _Scan:
    if pattern in _SCANNED:
        return _Scan(pattern, handler, "at starts", ())
    if pattern in _UNIT_PATTERNS:
        return _Scan(pattern, handler, "before units", ())
    if pattern in _WORD_LED:
        return _Scan(pattern, handler, "at words", _WORD_LED[pattern])
    if pattern in _WORD_ENDED:
        return _Scan(pattern, handler, "before words", _WORD_ENDED[pattern])
    return _Scan(pattern, handler, "anywhere", _REQUIRED_WORDS.get(pattern, ()))


# Decided once, not for every document: a compiled pattern's hash is computed afresh from its
# whole program at every set or dict lookup (see ``_LAST_WORDS``).
_SCANS = tuple(_scan_of(pattern, handler) for pattern, handler in _HANDLERS)


def _choose(found: list[_Found]) -> list[_Found]:
    """Non-overlapping spans: where two overlap, the longer one (it read more of the date)."""
    chosen: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.end)):
        if chosen and item.start < chosen[-1].end:
            last = chosen[-1]
            if item.end - item.start > last.end - last.start:
                chosen[-1] = item
            continue
        chosen.append(item)
    return chosen


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer`` would give that start at one of ``starts`` (sorted)."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


def _matches_ending_at(
    pattern: re.Pattern[str], text: str, units: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer`` would give, for a pattern whose matches end at a unit."""
    end = 0
    for unit_start, unit_end in units:
        window_start = max(end, unit_start - _BEFORE_UNIT)
        if window_start >= unit_start:
            continue
        # One character past the unit, so that its "(?!\w)" sees the text that follows.
        match = pattern.search(text, window_start, min(len(text), unit_end + 1))
        if match is not None:
            end = match.end()
            yield match


def _occurrences(lower: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` occurs in ``lower`` (overlapping ones too), in order."""
    found: list[int] = []
    find = lower.find
    for word in words:
        at = find(word)
        while at >= 0:
            found.append(at)
            at = find(word, at + 1)
    found.sort()
    return found


def _word_spans(lower: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of each of ``words`` in ``lower`` (overlapping ones too), in order."""
    spans = [(at, at + len(word)) for word in words for at in _occurrences(lower, (word,))]
    spans.sort()
    return spans


def _unit_spans(text: str, lower: str) -> list[tuple[int, int]]:
    """The spans of ``_UNIT_WORD.finditer(text)``, from the units' places in ``lower``."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for at in _occurrences(lower, _UNIT_NAMES):
        for form in _UNIT_FORMS[lower[at]]:
            stop = at + len(form)
            if text.startswith(form, at) and (
                stop == size or not (text[stop].isalnum() or text[stop] == "_")
            ):
                spans.append((at, stop))
                break
    return spans


def _candidates(text: str) -> dict[str, list[int]]:
    """Where each pattern of ``_SCANNED`` may match: at digit runs and month or weekday names.

    Keyed by the pattern's text, whose hash is cached (see ``_LAST_WORDS``).
    """
    # A whole run of one to four digits (a longer run starts no date: those patterns need their
    # digits not to go on). The runs are the numbers extractor's too: the text is scanned once.
    runs = [(start, end) for start, end in digit_runs(text) if end - start <= 4]
    starts: dict[str, list[int]] = {}
    for size, patterns in _DIGIT_PATTERNS_UP_TO.items():
        sized = [start for start, end in runs if end - start <= size]
        for pattern in patterns:
            starts[pattern.pattern] = sized
    four = [start for start, end in runs if end - start == 4]
    for pattern in _DIGIT_PATTERNS[4]:
        starts[pattern.pattern] = four
    letters = _ASCII_LETTERS
    for word in _NAME_WORD.finditer(text):
        start = word.start()
        if start and text[start - 1] in letters:
            continue
        for pattern in _NAME_PATTERNS[word.group()]:
            starts.setdefault(pattern.pattern, []).append(start)
    return starts


def find_dates(
    text: str, published: dt.date | dt.datetime | None
) -> list[tuple[int, int, DateValue, bool]]:
    """``(start, end, value, resolved)`` for each date in ``text``, in text order.

    ``resolved`` is true when the value depends on ``published`` (a relative date or a
    date without its year). Without ``published`` such dates are left out.
    """
    day = published.date() if isinstance(published, dt.datetime) else published
    # A time of exactly midnight is often a date without its time: not "the small hours".
    small_hours = isinstance(published, dt.datetime) and (
        dt.time(0, 0) < published.time() < _SMALL_HOURS_END
    )
    context = _Context(
        text=text, published=day, sentences=sentence_spans(text), small_hours=small_hours
    )
    # Where each pattern may match: at digit runs and names found by two quick scans, at or
    # before the words every match holds, or, for the other patterns, anywhere (their own scan).
    starts = _candidates(text)
    lower = lower_text(text)
    # Lower-casing keeps offsets unless a character grows ("İ"): then scan as before.
    same_offsets = len(lower) == len(text)
    units = (
        _unit_spans(text, lower)
        if same_offsets
        else [unit.span() for unit in _UNIT_WORD.finditer(text)]
    )
    found: list[_Found] = []
    for pattern, handler, where, words in _SCANS:
        matches: Iterable[re.Match[str]]
        if where == "at starts":
            matches = _matches_at(pattern, text, starts.get(pattern.pattern, []))
        elif where == "before units":
            matches = _matches_ending_at(pattern, text, units)
        elif same_offsets and where == "at words":
            matches = _matches_at(pattern, text, _occurrences(lower, words))
        elif same_offsets and where == "before words":
            matches = _matches_ending_at(pattern, text, _word_spans(lower, words))
        else:
            if where == "anywhere" and words and not any(word in lower for word in words):
                continue
            if pattern is _ANAPHORIC and not _ANAPHORIC_IN_LOWER.search(lower):
                continue
            matches = pattern.finditer(text)
        for match in matches:
            try:
                found.extend(handler(match, context))
            except (ValueError, OverflowError, KeyError):
                continue  # a date past the calendar's ends: not a date we can state
    chosen = _resolve_anaphors(_choose(found), context)
    return [(f.start, f.end, f.value, f.resolved) for f in chosen]


def extract_dates(document: Document) -> list[Claim]:
    """The ``date`` claims of a document."""
    claims: list[Claim] = []
    for start, end, value, resolved in find_dates(document.text, document.published):
        details = {}
        if resolved and document.published is not None:
            details["resolved_against"] = document.published.isoformat()[:10]
        claims.append(
            Claim.from_span(
                document,
                start,
                end,
                "date",
                value,
                confidence=0.85 if resolved else 1.0,
                details=details,
            )
        )
    return claims


# --------------------------------------------------------------------------- dateline


def prepare_dateline(document: Document) -> Preparation | None:
    """The publication date from a stamp near the start or end; the stamp is not a claim."""
    dateline = find_dateline(document.text)
    if dateline is None:
        return None
    stamps = dateline.stamps or ((dateline.start, dateline.end),)
    regions = tuple(Region(start, end, "dateline") for start, end in stamps)
    return Preparation(boilerplate=regions, published=dateline.published)


# --------------------------------------------------------------------------- comparing


def describe_date(value: DateValue) -> str:
    """A short reading of a date value: "12 September 2023", "July 2000", "the 1990s"."""
    try:
        return _date_phrase(value)
    except TypeError:  # a value another extractor filled with something unhashable
        return _date_phrase.__wrapped__(value)


# Alignment compares every date of a story with many others, and each comparison describes both:
# a story's few dates are read once each.
@functools.lru_cache(maxsize=4096)
def _date_phrase(value: DateValue) -> str:
    """``describe_date``'s reading of a value."""
    start, end = value.start, value.end

    def day_text(day: dt.date) -> str:
        return f"{day.day} {calendar.month_name[day.month]} {day.year}"

    whole_month = start.day == 1 and end == _month_end(start.year, start.month)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if start == end:
        return day_text(start)
    if value.granularity == "month" and whole_month:
        return f"{calendar.month_name[start.month]} {start.year}"
    if value.granularity == "year" and whole_year and start.year == end.year:
        return str(start.year)
    if value.granularity == "decade" and whole_year and end.year - start.year == 9:
        return f"the {start.year}s"
    if value.granularity == "century" and whole_year and end.year - start.year == 99:
        number = start.year // 100 + 1
        suffix = (
            "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        )
        return f"the {number}{suffix} century"
    season = season_of(value)
    if season is not None:
        name, year = season
        return f"winter {year - 1}-{year % 100:02d}" if name == "winter" else f"{name} {year}"
    if value.granularity == "week" and (end - start).days == 6 and start.weekday() == 0:
        return f"week of {day_text(start)}"
    return f"{day_text(start)} to {day_text(end)}"


def compare_dates(a: Claim, b: Claim) -> Comparison:
    """How two dates relate: the same days, one inside the other, overlapping or apart."""
    first, second = a.value, b.value
    if not (isinstance(first, DateValue) and isinstance(second, DateValue)):
        return Comparison.equal() if first == second else Comparison("compatible", "date")
    detail = f"{describe_date(first)} vs {describe_date(second)}"
    relation = _date_relation(first, second)
    return Comparison.equal() if relation == "equal" else Comparison(relation, "date", detail)


def relate_dates(a: Claim, b: Claim) -> Relation:
    """``compare_dates(a, b).relation``, without writing the explanation (for alignment)."""
    first, second = a.value, b.value
    if not (isinstance(first, DateValue) and isinstance(second, DateValue)):
        return "equal" if first == second else "compatible"
    return _date_relation(first, second)


def _date_relation(first: DateValue, second: DateValue) -> Relation:
    if (first.start, first.end) == (second.start, second.end):
        return "equal"
    if first.end < second.start or second.end < first.start:
        return "conflict"
    if second.start <= first.start and first.end <= second.end:
        return "more_precise"
    if first.start <= second.start and second.end <= first.end:
        return "less_precise"
    return "compatible"


def _date_key(claim: Claim) -> str:
    return "date"


# --------------------------------------------------------------------------- hooks


@claimdiff.hookimpl
def register_extractors(register: RegisterExtractor) -> None:
    register("dates", extract_dates, kinds=("date",))


@claimdiff.hookimpl
def register_comparators(register: RegisterComparator) -> None:
    register("date", compare_dates, key=_date_key, relate=relate_dates)


@claimdiff.hookimpl
def register_preparers(register: RegisterPreparer) -> None:
    register("dateline", prepare_dateline)
