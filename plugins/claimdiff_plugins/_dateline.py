"""Calendar words shared by the date extractor, and the publication date found in a text.

A news text often carries its own publication date: a time stamp ("Updated: 2023-09-12
13:58", "/ 01:47 AM September 15, 2023"), a labelled line ("Published 12 September 2023")
or a wire dateline ("WASHINGTON, Sept 12 (Reuters) -"). Only the first and last lines are
searched, and a line must *be* a stamp, not a sentence that mentions a date, so that a
caption such as "... arrives in Vladivostok on April 24, 2019. AFP" is never taken.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import attrs

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def _cased(words: Iterable[str]) -> str:
    """An alternation of ``words`` in Title and UPPER case, longest first.

    Lower case is left out on purpose: "may" is a modal and "march" a verb.
    """
    forms = {form for word in words for form in (word.title(), word.upper())}
    return "|".join(sorted(forms, key=lambda form: (-len(form), form)))


#: A month name, full ("September") or abbreviated ("Sept.", "Sep"), never lower case.
#: One flat alternation of literals, so that `re` can skip ahead to its first letters.
MONTH_FULL = rf"(?:{_cased(MONTHS)})"
MONTH_ANY = (
    "(?:"
    + "|".join(
        re.escape(form)
        for form in sorted(
            {
                *MONTH_FULL[3:-1].split("|"),
                *(f"{a}{dot}" for a in _cased(MONTH_ABBREVIATIONS).split("|") for dot in ("", ".")),
            },
            key=lambda form: (-len(form), form),
        )
    )
    + ")(?![A-Za-z])"
)
WEEKDAY = rf"(?:{_cased(WEEKDAYS)})(?![A-Za-z])"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"


def month_number(name: str) -> int:
    """The month (1-12) a month name or abbreviation stands for."""
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Full dates that name their year: the only ones a stamp can be made of.
_FULL_DATE = re.compile(
    r"(?<![\d])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?![\d])"
    rf"|\b(?P<md_month>{MONTH_ANY})\s{{0,3}}(?P<md_day>\d{{1,2}}){ORDINAL_SUFFIX},?\s{{1,3}}"
    r"(?P<md_year>\d{4})(?![\d])"
    rf"|\b(?P<dm_day>\d{{1,2}}){ORDINAL_SUFFIX}\s{{1,3}}(?P<dm_month>{MONTH_ANY}),?\s{{1,3}}"
    r"(?P<dm_year>\d{4})(?![\d])"
    r"|(?<![\d/])(?P<sl_m>\d{1,2})/(?P<sl_d>\d{1,2})/(?P<sl_y>\d{4})(?![\d/])"
)
_FOUR_DIGITS = re.compile(r"\d{4}")
# The most characters of a full date before its year: "September" (the longest month name),
# three spaces, two digits, an ordinal suffix, a comma and three spaces.
_BEFORE_YEAR = 9 + 3 + 2 + 2 + 1 + 3
_CLOCK = re.compile(
    r"(?<![\d])\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[AaPp]\.?[Mm]\.?))?"
    r"(?:\s?(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}|Z))?(?![\d])"
)
_LABEL = re.compile(r"(?i:\b(?:first\s+published|last\s+updated|published|updated|posted|date)\b)")
# The first words of the labels (lower case), and how far into a line a label may start.
_LABEL_FIRST_WORDS = ("first", "last", "published", "updated", "posted", "date")
_LABEL_REACH = 40


def _may_open_label(lower: str) -> bool:
    """False when no label starts within ``_LABEL_REACH`` characters of ``lower``'s start."""
    head = lower[: _LABEL_REACH + len("published")]
    for word in _LABEL_FIRST_WORDS:  # noqa: SIM110 (no generator set up for each line)
        if word in head:
            return True
    return False


_PUBLISHED_LABEL = re.compile(r"(?i:published|posted)")
# "WASHINGTON, Sept 12 (Reuters) -", "SEOUL, South Korea, Sept. 12, 2023 (AP) —".
_WIRE_DATELINE = re.compile(
    r"^\s{0,4}[A-Z][A-Za-z.'’/ -]{1,40}(?:,\s{1,3}[A-Z][A-Za-z.' ]{1,25}){0,2},\s{1,3}"
    rf"(?P<month>{MONTH_ANY})\s{{0,3}}(?P<day>\d{{1,2}})(?:,\s{{1,3}}(?P<year>\d{{4}}))?"
    r"\s{0,3}(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s{0,3})?[-–—]"
)
_WORD = re.compile(r"[A-Za-z]{2,}")

#: How many non-empty lines at each end of a text may hold the publication stamp.
EDGE_LINES = 12
#: How many characters at each end of a text are searched at most.
EDGE_CHARS = 2000
#: A stamp is short: only this much of a long line (its start, or its end at the foot) is read.
LINE_CHARS = 300


@attrs.frozen
class Dateline:
    """A publication date found in a text, and the stretch of text that states it."""

    published: dt.date
    start: int
    end: int
    #: Every stretch that is a stamp (a "Published" line and an "Updated" line, say).
    stamps: tuple[tuple[int, int], ...] = ()


def full_date(match: re.Match[str]) -> dt.date | None:
    """The date a match of the full-date pattern names, if it exists."""
    groups = match.groupdict()
    if groups["iso_y"]:
        return safe_date(int(groups["iso_y"]), int(groups["iso_m"]), int(groups["iso_d"]))
    if groups["md_year"]:
        month = month_number(groups["md_month"])
        return safe_date(int(groups["md_year"]), month, int(groups["md_day"]))
    if groups["dm_year"]:
        month = month_number(groups["dm_month"])
        return safe_date(int(groups["dm_year"]), month, int(groups["dm_day"]))
    first, second, year = int(groups["sl_m"]), int(groups["sl_d"]), int(groups["sl_y"])
    # US order unless the first number cannot be a month.
    return safe_date(year, second, first) if first > 12 else safe_date(year, first, second)


def _plausible(day: dt.date | None) -> bool:
    return day is not None and 1900 <= day.year <= 2100


def _edge_lines(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the first and of the last non-empty lines, each list nearest the edge first."""
    head: list[tuple[int, int]] = []
    position = 0
    while len(head) < EDGE_LINES and position < min(len(text), EDGE_CHARS):
        end = text.find("\n", position, position + EDGE_CHARS)
        end = min(len(text), position + EDGE_CHARS) if end < 0 else end
        if text[position:end].strip():
            head.append((position, min(end, position + LINE_CHARS)))
        position = end + 1
    tail: list[tuple[int, int]] = []
    end = len(text)
    while len(tail) < EDGE_LINES and end > max(0, len(text) - EDGE_CHARS):
        start = text.rfind("\n", max(0, end - EDGE_CHARS), end) + 1
        if text[start:end].strip():
            tail.append((max(start, end - LINE_CHARS), end))
        end = start - 1
        if end < 0:
            break
    return head, tail


def _leftover_words(line: str, date_match: re.Match[str]) -> tuple[int, bool]:
    """Words left on a line once its date and clock time are removed, and whether it has a time."""
    rest = line[: date_match.start()] + " " + line[date_match.end() :]
    clock = _CLOCK.search(rest)
    if clock:
        rest = rest[: clock.start()] + " " + rest[clock.end() :]
    return len(_WORD.findall(rest)), clock is not None


def _labelled(text: str, lines: list[tuple[int, int]]) -> Dateline | None:
    """A date following "Published", "Updated", "Posted" or "Date" on a line or the next."""
    found: list[tuple[bool, Dateline]] = []
    for start, end in lines:
        line = text[start:end]
        lower = line.lower()
        # Most lines hold no label near their start: skip the pattern (unless letters such as
        # "ſ", which the pattern's case folding matches, might hide one).
        if lower.isascii() and not _may_open_label(lower):
            continue
        label = _LABEL.search(line)
        if label is None or label.start() > _LABEL_REACH:
            continue
        # The date follows the label closely, or sits on the next line ("Updated:\n<date>").
        window_end = min(len(text), end + 1 + 80)
        date_match = _FULL_DATE.search(text, start + label.end(), window_end)
        if date_match is None or date_match.start() - (start + label.end()) > 40:
            continue
        between = text[start + label.end() : date_match.start()]
        if len(_WORD.findall(between)) > 2:
            continue
        day = full_date(date_match)
        if day is not None and _plausible(day):
            is_published = bool(_PUBLISHED_LABEL.match(label.group(0)))
            found.append((is_published, Dateline(day, start, max(end, date_match.end()))))
    if not found:
        return None
    # A "Published" stamp beats an "Updated" one: the publication is what dates the report.
    published = [dateline for is_published, dateline in found if is_published]
    chosen = (published or [dateline for _, dateline in found])[0]
    stamps = tuple((dateline.start, dateline.end) for _, dateline in found)
    return attrs.evolve(chosen, stamps=stamps)


def _stamp_line(text: str, start: int, end: int) -> Dateline | None:
    """A line that is a date stamp ("/ 01:47 AM September 15, 2023"), not a sentence."""
    line = text[start:end]
    # Every full date has a four-digit year: most lines of prose have none. A full date starts
    # at most ``_BEFORE_YEAR`` characters before its year, so none starts before that much
    # ahead of the first four digits (the search sees the characters before where it starts).
    year = _FOUR_DIGITS.search(line)
    if year is None:
        return None
    date_match = _FULL_DATE.search(line, max(0, year.start() - _BEFORE_YEAR))
    if date_match is None:
        return None
    day = full_date(date_match)
    if day is None or not _plausible(day):
        return None
    words, has_clock = _leftover_words(line, date_match)
    byline = line.lstrip().startswith("By ")
    if words <= (6 if has_clock else 3) or (byline and words <= 6):
        return Dateline(day, start, end)
    return None


def _latest_year(text: str) -> int | None:
    days = (full_date(match) for match in _FULL_DATE.finditer(text))
    years = [day.year for day in days if day is not None and _plausible(day)]
    return max(years) if years else None


def _wire_dateline(text: str, lines: list[tuple[int, int]]) -> Dateline | None:
    for start, end in lines[:4]:
        match = _WIRE_DATELINE.match(text, start, end)
        if match is None:
            continue
        month, day_of_month = month_number(match["month"]), int(match["day"])
        # A dateline rarely names its year; the latest year of a full date in the text is
        # the best guess, and without one the date is left unknown (never "this year").
        year = int(match["year"]) if match["year"] else _latest_year(text)
        if year is None:
            return None
        day = safe_date(year, month, day_of_month)
        if day is not None and _plausible(day):
            return Dateline(day, start, match.end())
    return None


def find_dateline(text: str) -> Dateline | None:
    """The publication date stated near the start or end of ``text``, if any."""
    head, tail = _edge_lines(text)
    return (
        _labelled(text, head)
        or _wire_dateline(text, head)
        or _labelled(text, tail)
        or next(filter(None, (_stamp_line(text, s, e) for s, e in head)), None)
        or next(filter(None, (_stamp_line(text, s, e) for s, e in tail)), None)
    )
