"""Built-in dates plugin: dates in news text, normalised to the days they cover.

Candidate spans come from compiled patterns (each linear in the text, with bounded
quantifiers only); each candidate is then checked in context and normalised by rules:

* absolute dates at any precision ("April 24, 2019", "Sept. 13", "2023-09-12 13:58",
  "July 2000", "1991", "the 1990s", "the 20th century", "late July", "early 2012");
* dates relative to the publication date ("said Monday", "is due on Thursday", "last
  month", "earlier this week", "two years ago"), with the tense of the nearest verb
  deciding whether a weekday or a month without a year lies before or after it.

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

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

import claimdiff
from claimdiff import Claim, Comparison, DateValue, Document, Preparation, Region
from claimdiff._registry import RegisterComparator, RegisterExtractor, RegisterPreparer
from claimdiff._text import sentence_spans, span_containing
from claimdiff._types import Granularity
from claimdiff_plugins._dateline import (
    MONTH_ANY,
    MONTH_FULL,
    ORDINAL_SUFFIX,
    WEEKDAY,
    WEEKDAYS,
    find_dateline,
    month_number,
    safe_date,
)
from claimdiff_plugins._numwords import ONES, TENS

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
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d])"
)
_SLASHED = re.compile(r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\d/])")
_MONTH_DAY = re.compile(
    rf"(?P<month>{MONTH_ANY})\s{{0,3}}(?P<day>\d{{1,2}}){ORDINAL_SUFFIX}(?![\d%]|[:.,]\d)"
    rf"(?:,?\s{{1,3}}(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER})?"
)
_DAY_MONTH = re.compile(
    rf"(?P<day>\d{{1,2}}){ORDINAL_SUFFIX}\s{{1,3}}(?:of\s{{1,3}})?(?P<month>{MONTH_ANY})"
    rf"(?:,?\s{{1,3}}(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER})?"
)
_MONTH_YEAR = re.compile(
    rf"(?P<month>{MONTH_ANY}),?\s{{1,3}}(?:of\s{{1,3}})?(?P<year>{_YEAR_DIGITS}){_NOT_NUMBER_AFTER}"
)
_BARE_MONTH = re.compile(rf"(?P<month>{MONTH_FULL})(?![A-Za-z])")
_YEAR = re.compile(
    rf"(?P<year>{_YEAR_DIGITS})(?:\s?[-–—]\s?(?P<year2>\d{{4}}|\d{{2}})(?![\d]))?{_NOT_NUMBER_AFTER}"
)
_DECADE = re.compile(r"(?:(?P<decade>1\d{2}0|20\d0)[’']?s|[’'](?P<short>\d0)s)(?!\w)")
_CENTURY_ORDINALS = _word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_CENTURY_END = r")[\s-]{1,2}" + _any_case("century") + r"(?!\w)"
_CENTURY_IN_DIGITS = re.compile(r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th)" + _CENTURY_END)
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
_AGO_IN_DIGITS = re.compile(r"(?P<count>\d{1,3}" + _AGO_END)
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

_WORD = re.compile(r"[A-Za-z][A-Za-z’']{0,30}")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z’'])([A-Za-z][A-Za-z’']{0,30})[ \t(]{1,4}$")
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
# Words ending in -ed that are not past tense.
_NOT_PAST = _word_set(
    """need speed seed feed bed red hundred united indeed proceed exceed succeed
    shed breed embed greed weed deed"""
)
_LEFT_WINDOW = 8
_RIGHT_WINDOW = 6


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


@attrs.frozen
class _Found:
    start: int
    end: int
    value: DateValue
    resolved: bool = False


@attrs.define
class _Context:
    text: str
    published: dt.date | None
    sentences: list[tuple[int, int]]

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
        return pattern.search(self.text, max(0, position - _PREFIX_WINDOW), position)

    def boundary(self, position: int, also_not: str = "") -> bool:
        """Whether a date may start here: not inside a word or number (or after ``also_not``)."""
        if position == 0:
            return True
        previous = self.text[position - 1]
        return not (previous.isalnum() or previous == "_" or previous in also_not)

    def previous_word(self, position: int) -> str:
        """The word right before ``position`` (spaces or a bracket between), lower case."""
        match = _WORD_BEFORE.search(self.text, max(0, position - 40), position)
        return match.group(1).lower() if match else ""

    def next_word(self, position: int) -> str:
        """The word right after ``position`` (spaces between), lower case."""
        match = _WORD_AFTER.match(self.text, position)
        return match.group(1).lower() if match else ""

    def tense(self, start: int, end: int) -> Tense | None:
        """Past or future, as the nearest verb cue around ``[start, end)`` says, else None."""
        left = self.words_before(start, _LEFT_WINDOW)
        for index in range(len(left) - 1, -1, -1):
            cue = _cue(left, index)
            if cue:
                return cue
        right = self.words_after(end, _RIGHT_WINDOW)
        for index in range(len(right)):
            cue = _cue(right, index)
            if cue:
                return cue
        return None


def _cue(words: Sequence[str], index: int) -> Tense | None:
    word = words[index]
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
        before = words[index - 1].lower() if index > 0 else ""
        # "to be published", "will be held": a passive after a modal looks forward or not
        # at all; the cue is the word before it.
        if before in ("be", "being"):
            return None
        return "past"
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
    tense = context.tense(start, match.end())
    year = _nearest_month_year(month, context.published, tense, relation)
    begin, end = _narrow(*_month_range(year, month), "month", modifier or None)
    return [_Found(start, match.end(), _value(begin, end, "month"), resolved=True)]


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
    if match["decade"]:
        first = int(match["decade"])
    else:
        short = int(match["short"])
        first = (2000 if short <= 10 else 1900) + short
    start = prefix.start() if prefix else match.start()
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
)


def _case_forms(words: str) -> tuple[str, ...]:
    """The forms ``_any_case`` lets ``words`` take."""
    return tuple(sorted({form for w in words.split() for form in (w, w.title(), w.upper())}))


# A word every match of the pattern contains: where none is in the text, the pattern's long
# alternation need not be tried at every position.
_REQUIRED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    _CENTURY_IN_DIGITS: _case_forms("century"),
    _CENTURY_IN_WORDS: _case_forms("century"),
    _RELATIVE_PART_OF_DAY: _case_forms("morning afternoon evening night"),
    _AGO_IN_DIGITS: ("ago", "AGO"),
    _AGO_IN_WORDS: ("ago", "AGO"),
}


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


def find_dates(
    text: str, published: dt.date | dt.datetime | None
) -> list[tuple[int, int, DateValue, bool]]:
    """``(start, end, value, resolved)`` for each date in ``text``, in text order.

    ``resolved`` is true when the value depends on ``published`` (a relative date or a
    date without its year). Without ``published`` such dates are left out.
    """
    day = published.date() if isinstance(published, dt.datetime) else published
    context = _Context(text=text, published=day, sentences=sentence_spans(text))
    found: list[_Found] = []
    for pattern, handler in _HANDLERS:
        required = _REQUIRED_WORDS.get(pattern)
        if required is not None and not any(word in text for word in required):
            continue
        for match in pattern.finditer(text):
            try:
                found.extend(handler(match, context))
            except (ValueError, OverflowError, KeyError):
                continue  # a date past the calendar's ends: not a date we can state
    return [(f.start, f.end, f.value, f.resolved) for f in _choose(found)]


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
    if value.granularity == "week" and (end - start).days == 6 and start.weekday() == 0:
        return f"week of {day_text(start)}"
    return f"{day_text(start)} to {day_text(end)}"


def compare_dates(a: Claim, b: Claim) -> Comparison:
    """How two dates relate: the same days, one inside the other, overlapping or apart."""
    first, second = a.value, b.value
    if not (isinstance(first, DateValue) and isinstance(second, DateValue)):
        return Comparison.equal() if first == second else Comparison("compatible", "date")
    detail = f"{describe_date(first)} vs {describe_date(second)}"
    if (first.start, first.end) == (second.start, second.end):
        return Comparison.equal()
    if first.end < second.start or second.end < first.start:
        return Comparison.conflict("date", detail)
    if second.start <= first.start and first.end <= second.end:
        return Comparison("more_precise", "date", detail)
    if first.start <= second.start and second.end <= first.end:
        return Comparison("less_precise", "date", detail)
    return Comparison("compatible", "date", detail)


def _date_key(claim: Claim) -> str:
    return "date"


# --------------------------------------------------------------------------- hooks


@claimdiff.hookimpl
def register_extractors(register: RegisterExtractor) -> None:
    register("dates", extract_dates, kinds=("date",))


@claimdiff.hookimpl
def register_comparators(register: RegisterComparator) -> None:
    register("date", compare_dates, key=_date_key)


@claimdiff.hookimpl
def register_preparers(register: RegisterPreparer) -> None:
    register("dateline", prepare_dateline)
