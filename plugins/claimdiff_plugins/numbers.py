"""Built-in numbers plugin: quantities in news text, normalised so outlets can be compared.

What a ``number`` claim holds (:class:`claimdiff.NumberValue`):

- ``amount``: the stated number, scaled ("$1.2bn" -> 1.2e9, "tens of thousands" -> 20000).
- ``unit``: a canonical singular measure (mile, kilometre, hour, year, magnitude, percent),
  a currency code (usd, eur, gbp ...), or for counts the counted noun's lemma
  ("10 villages" -> village). A count of people without a noun ("46 were arrested",
  "1,400 injured") gets ``person``. ``None`` when nothing says what was counted.
- ``approximate``, ``low``, ``high``: hedges and ranges become an interval, always with
  ``low <= amount <= high`` where a bound is present:

  ====================================================  =========================
  hedge                                                 interval for X
  ====================================================  =========================
  about, around, roughly, approximately, some,          [0.9 X, 1.1 X]
  an estimated, circa, ~  (tolerance :data:`APPROX`)
  nearly, almost, close to, just under                  [0.9 X, X]
  just over                                             [X, 1.1 X]
  at least, more than, over, above, upwards of          [X, open)
  up to, as many as, at most, fewer/less than, under    (open, X]
  range "3.6 to 4.3", "10-20", "between 10 and 20"      [3.6, 4.3]; amount = lower end
  vague plurals: dozens, hundreds, tens of thousands    see ``_numwords``; amount = lower end
  ====================================================  =========================

  "more than X" keeps ``low = X`` (not X + 1): news rounds, and a closed bound keeps
  "more than 50" compatible with "50".
- ``ordinal``: "70th anniversary" is kept but marked; ordinals naming streets and
  precincts ("East 52nd Street") are dropped.

Not numbers of a claim: years, dates and clock times (the dates plugin owns them),
identifiers and names (COVID-19, G7, 5G, S&P 500, Section 427, Boeing 737, "[gpt3]"),
phone numbers, URLs, copyright lines, list markers.

``subject`` names what the count is about when the clause says it (killed, injured,
arrested, missing, damaged, destroyed ...; "age" for ages; "population" for how many
live somewhere: "home to 120,000 people", "a city of 500,000"): it helps alignment.

Comparison (:func:`compare_numbers`), after converting b into a's unit with pint:

- ``equal``: same value (within :data:`CONVERSION_TOLERANCE` when units differ, since
  outlets round conversions: "430 miles" vs "692 km") and the same interval.
- ``compatible``: the same stated number with different hedges ("roughly 300" vs "300",
  "at least 50" vs "50"), an exact value inside the other's hedged or vague interval
  ("at least 50" vs "80", "49 injured" vs "dozens injured"), or overlapping intervals:
  reports whose figures fit each other's bounds agree (precision is what dates refine).
- ``conflict``: disjoint intervals ("about 50 person vs 80 person").
"""

from __future__ import annotations

import bisect
import decimal
import functools
import math
import re
from collections.abc import Hashable, Iterator
from typing import NamedTuple

import attrs

import claimdiff
from claimdiff._registry import RegisterComparator, RegisterExtractor, Relation
from claimdiff_plugins._numwords import (
    NUMBER_WORDS_PATTERN,
    ONES,
    SCALES,
    TENS,
    VAGUE_PATTERN,
    parse_number_words,
    vague_range,
)
from claimdiff_plugins._patterns import digit_runs, lower_text, trie_pattern
from claimdiff_plugins._units import (
    CURRENCY_PREFIX_PATTERN,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    canonical_unit,
    convert,
    dimension,
    is_measure,
    match_unit,
)

#: Relative half-width of the interval of "about X", "roughly X", "some X".
APPROX = 0.10
#: Relative difference within which values in different units count as equal.
CONVERSION_TOLERANCE = 0.015
#: At most this share of a figure is put down to rounding after a unit conversion.
ROUNDING_SHARE = 0.025
#: Characters of context looked at on each side of a number.
WINDOW = 80

# --- patterns (module level, bounded quantifiers only) -------------------------------------


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\b\.?"
)
_TIME_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST|JST|local\s+time|hrs)"
# Stretches that hold digits but are not quantities; numbers inside them are skipped.
_NOT_QUANTITY = re.compile(
    rf"""
      (?:https?://|www\.)[^\s<>"]{{1,2000}}                                   # URLs
    | [\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,6}}                  # e-mail
    | (?:©|\(c\)|\bcopyright\b)[^\n]{{0,200}}                                 # copyright lines
    | (?<![\w.])\+\d{{1,3}}(?:[\s.-]\(?\d{{1,4}}\)?){{2,5}}(?!\d)             # +44 20 7946 0958
    | (?<![\w.])\(?\d{{3}}\)?[\s.-]\d{{3}}[\s.-]\d{{4}}(?!\d)                  # (212) 555-0100
    | (?<![\d.:])\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?(?:[aApP]\.?[mM]\b\.?|{_TIME_ZONE}))?  # 13:58
    | (?<![\d.:,])\d{{1,2}}(?:\.\d{{2}})?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)        # 3 p.m.
    | (?<![\d.,])\d{{4}}\s?{_TIME_ZONE}\b                                     # 1023 GMT
    | {_MONTH}\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s{{1,3}}\d{{4}}\b)?   # Sept. 13, 2023
    | (?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?{_MONTH}(?:,?\s{{1,3}}\d{{4}}\b)?
    | {_MONTH},?\s{{1,3}}\d{{4}}\b                                            # July 2000
    | (?<![\d.,])\d{{1,4}}([/.-])\d{{1,2}}\1\d{{1,4}}(?![\d])                 # 11/28/05, 2023-09-12
    | (?<![\d.,])(?:1[5-9]|20)\d{{2}}\s?[-–/]\s?(?:(?:1[5-9]|20)\d{{2}}|\d{{2}})(?!\d)  # 1997-2024
    | (?<![\w.,])'?\d{{2,4}}'?s\b                                             # the 1990s, '90s
    | \bNo\.\s?\d{{1,6}}\b | \#\d{{1,9}}                                      # No. 10, #1
    """,
    re.VERBOSE,
)

# Where a ``_NOT_QUANTITY`` match can start: every alternative above begins with one of these
# (a digit not after a digit, a symbol, a URL, "copyright", a month or "No."), except e-mail
# addresses, whose start lies within 64 characters before their "@". Trying the full pattern only
# at these positions finds exactly what ``finditer`` finds, without trying the long alternation
# at every character. The digits come from ``_digit_starts`` (shared with ``_core_starts``; its
# minus signs start no match here but an e-mail's, and those are tried anyway).
# Patterns opening with a character class let the regex engine skip, in C, every character
# outside it; the branches then tell the alternatives apart by looking back at that character.
_NOT_QUANTITY_START = re.compile(
    r"[©(+'#JFMASOND](?:(?<=[©(+'#])|(?<=J)(?=an|AN|un|UN|ul|UL)"
    r"|(?<=F)(?=eb|EB)|(?<=M)(?=ar|AR|ay|AY)|(?<=A)(?=pr|PR|ug|UG)|(?<=S)(?=ep|EP)"
    r"|(?<=O)(?=ct|CT)|(?<=N)(?=ov|OV|o\.)|(?<=D)(?=ec|EC))"
)
# The lower-case starts ("http", "www.", "copyright") are rare words, found with ``str.find``:
# much faster than entering the pattern at every "h", "w" and "c".
_NOT_QUANTITY_WORDS = ("https://", "http://", "www.", "copyright")
_EMAIL_REACH = 64


def _digit_starts(text: str) -> list[int]:
    """Digits not after a digit, and minus signs before a digit (not after ``[\\d.,]``).

    As ``[\\d\\-−](?:(?<=\\d)(?<!\\d\\d)|(?<![\\d.,].)(?=\\d))`` finds them, from the digit runs
    that the dates extractor reads too (one scan of the document for both).
    """
    starts: list[int] = []
    for run_start, _ in digit_runs(text):
        if run_start and text[run_start - 1] in "-−":
            # A sign after a digit, "." or "," is a hyphen or a dash ("10-20").
            before_sign = text[run_start - 2] if run_start > 1 else " "
            if before_sign not in ".," and not before_sign.isdecimal():
                starts.append(run_start - 1)
        starts.append(run_start)
    return starts


def _not_quantity_spans(text: str, digit_starts: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of ``_NOT_QUANTITY.finditer(text)``, trying the pattern only where it can start."""
    starts = _digit_starts(text) if digit_starts is None else list(digit_starts)
    starts += [match.start() for match in _NOT_QUANTITY_START.finditer(text)]
    extra: set[int] = set()
    for word in _NOT_QUANTITY_WORDS:
        at = text.find(word)
        while at >= 0:
            extra.add(at)
            at = text.find(word, at + 1)
    at = text.find("@")
    while at >= 0:
        extra.update(range(max(0, at - _EMAIL_REACH), at))
        at = text.find("@", at + 1)
    if extra:
        starts = sorted(extra.union(starts))
    else:
        starts.sort()
    spans: list[tuple[int, int]] = []
    consumed = 0
    match_at = _NOT_QUANTITY.match
    for start in starts:
        if start < consumed:
            continue
        found = match_at(text, start)
        if found is not None:
            spans.append(found.span())
            consumed = found.end()
    return spans


_DIGITS = r"(?:\d{1,3}(?:,\d{3}){1,5}(?!\d)|\d{1,15})(?:\.\d{1,8})?(?![\d])"
_FRACTION_WORDS = {
    "half": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}
_CORE = re.compile(
    rf"""
      (?P<fraction>\b(?:one|two|three|four|a)[-\s](?:half|thirds?|quarters?|fifths?|tenths?)\b
        |(?<![\d/.,])\d{{1,2}}/\d{{1,3}}(?![\d/]))
    | (?P<digits>(?<![\d.,])(?:-|−)?{_DIGITS})
    | (?P<vague>{VAGUE_PATTERN.pattern})
    | (?P<words>{NUMBER_WORDS_PATTERN.pattern})
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Where a ``_CORE`` match can start: a digit not after a digit, a minus sign before a digit, or
# a word that opens a number phrase ("one", "twenty", "half", "dozens", "a" before "hundred"):
# every letter-led alternative of ``_CORE`` starts with one of these words, whole.
# ``_core_matches`` tries ``_CORE`` only there.
_CORE_FIRST_WORDS = (
    set(ONES) | set(TENS) | {"half", "tens", "hundreds", "dozens", "scores", "thousands"}
) | {"millions", "billions"}
# Run on the lower-cased text (case-sensitive is several times faster than IGNORECASE): the
# character before a number word, any but a-z, 0-9 and "_" (a superset of ``\W`` the engine
# tests faster). "a" counts only before what can follow it in ``_CORE`` (a space or a hyphen,
# then more space or "half", "third", "dozen", "hundred" ...).
_FIRST_WORD = r"(?:a[-\s](?=\s|[htqfdmb])|" + trie_pattern(_CORE_FIRST_WORDS) + r"\b)"
_WORD_START = re.compile(r"[^a-z0-9_](?=" + _FIRST_WORD + ")")
_WORD_AT_START = re.compile(_FIRST_WORD)
# Fallback for texts whose lower-casing does not keep offsets or IGNORECASE's matches:
# "İ" lower-cases to two characters, "ı" and "ſ" match "i" and "s" only under IGNORECASE.
_CORE_START = re.compile(
    r"(?<!\d)(?=\d)|(?<![\d.,])(?=[-−]\d)|\b(?=a[-\s]|"
    + "|".join(sorted({word[:3] for word in _CORE_FIRST_WORDS}))
    + ")",
    re.IGNORECASE,
)


def _core_starts(text: str, digit_starts: list[int] | None = None) -> list[int]:
    """Every position where ``_CORE`` can match (and a few more), in order."""
    lowered = lower_text(text)
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return [found.start() for found in _CORE_START.finditer(text)]
    starts = _digit_starts(text) if digit_starts is None else list(digit_starts)
    starts += [found.start() + 1 for found in _WORD_START.finditer(lowered)]
    if _WORD_AT_START.match(lowered):
        starts.append(0)
    starts.sort()
    return starts


def _core_matches(text: str, digit_starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_CORE.finditer(text)``, trying the pattern only where one can start."""
    consumed = 0
    match_at = _CORE.match
    for position in _core_starts(text, digit_starts):
        if position < consumed:
            continue
        found = match_at(text, position)
        if found is not None:
            consumed = found.end()
            yield found


_HEDGES: dict[str, str] = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "ca.": "about",
    "~": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "just shy of": "nearly",
    "just over": "just over",
    "at least": "at least",
    "more than": "at least",
    "over": "at least",
    "above": "at least",
    "in excess of": "at least",
    "upwards of": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "well over": "at least",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "no more than": "up to",
    "not more than": "up to",
    "a maximum of": "up to",
    "fewer than": "up to",
    "less than": "up to",
    "under": "up to",
    "below": "up to",
}
_HEDGE_ALTERNATIVES = "|".join(
    re.escape(h).replace(r"\ ", r"\s{1,3}") for h in sorted(_HEDGES, key=len, reverse=True)
)
_HEDGE_BEFORE = re.compile(rf"(?<![\w~])(?P<hedge>{_HEDGE_ALTERNATIVES})\s{{0,3}}\Z", re.IGNORECASE)
_HEDGE_LAST_WORDS = frozenset(h.split()[-1] for h in _HEDGES) | {"~"}
# The longest text ``_HEDGE_BEFORE`` can match (three spaces for each space, three after): it is
# searched only in that much of the window's end.
_HEDGE_REACH = max(len(h) + 2 * h.count(" ") for h in _HEDGES) + 3
_RANGE_OPENER = re.compile(r"(?<!\w)(?P<opener>between|from)\s{1,3}\Z", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(
    r"(?<!\w)(?P<magnitude>magnitude(?:\s{1,3}of)?|M)(?:\s{1,3}|-)?\Z", re.IGNORECASE
)
_MAGNITUDE_AFTER = re.compile(
    r"(?:\s{1,3}|-)(?:(?:degrees?\s{1,3})?on\s{1,3}the\s{1,3}Richter\s{1,3}scale|Richter"
    r"|(?:magnitude|strength|degree)(?=[\s-]{1,3}(?:earthquake|quake|tremor|aftershock)s?\b))",
    re.IGNORECASE,
)
_QUAKE_NEAR = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|tremblors?)\b", re.IGNORECASE
)
_SCALE_AFTER = re.compile(
    r"(?:[ \u00a0]?(?P<word>hundred|thousand|million|billion|trillion)\b"
    r"|[ \u00a0]?(?P<abbr>bn|mn|mln|tn|trn)\b|(?P<short>[mbk])\b)",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(
    r"(?P<sep>\s{0,2}[-–—]\s{0,2}|\s{1,3}(?:to|and|or)\s{1,3})(?P<currency>US\$|[$€£¥])?",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"(?:[\s-]{1,2}years?[\s-]{1,2}old\b|-year\b|[\s-]years?\s{1,3}of\s{1,3}age\b)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?<!\w)(?:aged|age)\s{1,3}\Z", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"(?<![\w'’.-])[A-Za-z][A-Za-z'’.-]{1,30},\s{1,2}\Z")
_AGE_FOLLOW = re.compile(r"(?:,|\)|;|\.(?:\s|\Z)|\Z|\s{1,2}(?:said|says|who|and|was|is|from|of)\b)")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<word>[a-z]{2,20})\b")
_WORD_AFTER = re.compile(r"[ \u00a0]{1,3}(?P<word>[A-Za-z][a-z]{0,24}(?:-[a-z]{2,20})?)\b")
_OF = re.compile(r"\s{1,3}of(?=\s)", re.IGNORECASE)
_OF_THE = re.compile(
    r"\s{1,3}of\s{1,3}(?:the|their|its|his|her|our|these|those)(?=\s)", re.IGNORECASE
)
# The word before a number, read backwards from the white space ending the text before it.
_TOKEN_REVERSED = re.compile(r"[\w&.’'-]{1,30}")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n,()\"“”]|\s(?:and|but|while|whereas|as well as)\s")
_WORD = re.compile(r"[A-Za-z]{2,20}")
_CURRENCY_SYMBOLS = frozenset("$€£¥₹₽₩₺")
# IGNORECASE matches "ı" and "İ" to "i" and "ſ" to "s"; folded so that what a pattern matched is
# found in the tables of lower-case words ("ſ$", "thouſand").
_TWIN_LETTERS = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def _folded(surface: str) -> str:
    """A matched word in lower case, as the tables spell it."""
    return surface.translate(_TWIN_LETTERS).lower()


def _token_before(before: str) -> str | None:
    r"""The word ending one or two white-space characters before the end of ``before``.

    Same as searching ``(?P<token>[\w&.’'-]{1,30})\s{1,2}\Z``, without trying every position.
    """
    stripped = before.rstrip()
    if not 1 <= len(before) - len(stripped) <= 2:
        return None
    found = _TOKEN_REVERSED.match(stripped[::-1])
    return None if found is None else found.group()[::-1]


# Capitalised words naming the thing a number identifies ("Section 427", "Boeing 737").
_ID_PREFIXES = frozenset(
    """Section Article Chapter Clause Amendment Resolution Rule Title Part Paragraph Schedule
    Boeing Airbus Flight Route Highway Interstate Apollo Windows Room Gate Terminal Platform Level
    Phase Stage Model Version Vol Volume Page Channel Track Block Unit Ward Precinct District
    Zone Category Class Grade Type Formula Proposition Prop Bill Act Code Iphone iPhone Galaxy
    Pixel Series Mark Mk Bus Line Door Exit Lot Suite Apartment Apt Pier Hangar Station Tower
    Pier Vision Agenda FTSE DAX Nikkei Dow Fortune Top Euro Stoxx CAC Nasdaq""".split()
)
_ID_SUFFIXES = frozenset({"caliber", "calibre", "cal", "mm-caliber"})
# Words that sit between a number and the counted noun ("three other people").
_MODIFIERS = frozenset(
    """more other others additional new young old small large big major minor separate different
    unexploded armed unarmed innocent foreign local civilian elderly senior junior top former main
    key powerful strong massive huge further extra confirmed suspected alleged plainclothes
    undercover professional consecutive straight full whole entire previous remaining
    international national regional federal state police military private public nearby
    neighbouring neighboring affected damaged destroyed injured wounded dead missing displaced
    seriously badly critically severely slightly mostly largely mainly already still so far
    heavily lightly fully partly completely totally""".split()
)
# Words after a number that are not what it counts.
_NOT_NOUNS = frozenset(
    """of in on at to from and or but nor were was are is be been being had have has will would
    could can may might must shall should said says say told a an the this that those these it
    its their his her our your my per each every than then when where which who whom whose what
    while as by for with without into onto over under about around after before during since
    until against among between through across along near off up down out so if not no yes
    also just only even still too very more most less least much many few all both some any
    such there here again ago later earlier today tonight yesterday tomorrow now
    percent cent reportedly allegedly reported apparently respectively apiece alone together
    away back other another others""".split()
)
# How many people live somewhere: "home to 120,000 people", "a city of 500,000", "a
# population of", "has about 200,000 residents", "100,000 inhabitants".
_POPULATION_CUE = re.compile(
    r"\b(?i:home\s{1,3}to|population\s{1,3}of|(?:inhabited|populated)\s{1,3}by"
    r"|(?:city|town|island|country|nation|province|region|district|metropolis)\s{1,3}of)"
    r"\s{1,3}\Z"
)
_HAS_BEFORE = re.compile(r"\b(?i:has|have|had)\s{1,3}\Z")
_RESIDENT_NOUNS = frozenset({"person", "resident", "inhabitant"})
#: Counted nouns news uses for one thing: compared and blocked as one.
COUNT_SYNONYMS = {"home": "house", "dwelling": "house"}
_HUMAN_NOUNS = frozenset(
    """person people man woman child boy girl baby adult teenager teen youth student pupil
    worker employee civilian resident villager refugee migrant protester protestor demonstrator
    rioter soldier troop officer policeman policewoman cop firefighter doctor nurse patient
    victim passenger tourist pilgrim prisoner inmate detainee suspect militant rebel fighter
    journalist reporter staff member citizen voter worshipper customer family miner
    sailor crew survivor casualty fatality body individual pensioner retiree official
    guard agent officer inhabitant""".split()
)
_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "policemen": "policeman",
    "policewomen": "policewoman",
    "firemen": "fireman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "thieves": "thief",
    "halves": "half",
    "series": "series",
    "species": "species",
    "news": "news",
    "police": "police",
    "staff": "staff",
    "others": "other",
    "buses": "bus",
    "gases": "gas",
    "data": "data",
    "aircraft": "aircraft",
}
_NOUNS_ENDING_IN_ED = frozenset({"hundred", "bed", "shed", "sled", "seed", "reed", "shred"})

# Words that say what a count is about, by their canonical subject.
_SUBJECT_WORDS: dict[str, str] = {}
for _canonical, _words in {
    "killed": "killed kill kills killing dead died die dies dying deaths death toll fatalities "
    "perished",
    "injured": "injured injuring injuries injury wounded wounding wounds hurt hospitalized "
    "hospitalised",
    "arrested": "arrested arrests arresting detained detaining",
    "missing": "missing",
    "trapped": "trapped",
    "evacuated": "evacuated evacuating",
    "displaced": "displaced homeless",
    "rescued": "rescued",
    "damaged": "damaged damaging",
    "destroyed": "destroyed destroying flattened flattening leveled levelled razed",
    "fled": "fled fleeing",
    "affected": "affected",
}.items():
    for _word in _words.split():
        _SUBJECT_WORDS[_word] = _canonical
# Every subject word, to rule out most clauses before splitting them into words.
_SUBJECT_HINT = re.compile(trie_pattern(_SUBJECT_WORDS))
#: What happens to people only, never to a counted thing (helicopters, houses, villages).
_PEOPLE_ONLY_SUBJECTS = frozenset({"killed", "injured", "arrested", "displaced", "fled", "trapped"})
_HUMAN_SUBJECTS = frozenset(
    {
        "killed",
        "injured",
        "arrested",
        "missing",
        "trapped",
        "evacuated",
        "displaced",
        "rescued",
        "fled",
    }
)
_WEAK_ONE_BEFORE = re.compile(
    r"(?<!\w)(?:no|any|every|each|some|the|this|that|which|only|another|a|one)\s{1,3}\Z", re.I
)
# The longest text ``_WEAK_ONE_BEFORE`` can match ("another" and three spaces): searched only there.
_WEAK_ONE_REACH = len("another") + 3
_WEAK_ONE_AFTER = re.compile(
    r"(?:[-\s]{1,3}(?:another|on-one|off|time|way|sided|thing|day|of\s{1,3}a\s{1,3}kind|another)"
    r"\b|'s|’s)",
    re.IGNORECASE,
)
_LIST_MARKER_AFTER = re.compile(r"[.)](?:\s|\Z)")
_SPLIT_THOUSANDS = re.compile(r", (\d{3})(?![\d,])")


# --- the extractor ----------------------------------------------------------------------------


@claimdiff.hookimpl
def register_extractors(register: RegisterExtractor) -> None:
    register("numbers", extract_numbers, kinds=("number",))


@claimdiff.hookimpl
def register_comparators(register: RegisterComparator) -> None:
    # No anchor: the subject ("killed") is shared by unrelated counts of one story, so
    # alignment is left to the sentence around the number.
    register("number", compare_numbers, key=number_key, relate=relate_numbers)


class _Found(NamedTuple):
    """A quantity read (a tuple: built for every number, so cheaper than an attrs class)."""

    start: int
    end: int
    value: claimdiff.NumberValue
    subject: str | None
    confidence: float
    details: dict[str, object]


def extract_numbers(document: claimdiff.Document) -> list[claimdiff.Claim]:
    """The quantities of a document, one ``number`` claim each, in text order."""
    text = document.text
    digit_starts = _digit_starts(text)
    blocked = _not_quantity_spans(text, digit_starts)
    claims: list[claimdiff.Claim] = []
    consumed = 0
    for match in _core_matches(text, digit_starts):
        if match.start() < consumed:
            continue
        found = _read_number(text, match, blocked)
        if found is None or found.start < consumed:
            continue
        consumed = found.end
        claims.append(
            claimdiff.Claim.from_span(
                document,
                found.start,
                found.end,
                "number",
                found.value,
                subject=found.subject,
                confidence=found.confidence,
                details=found.details,
            )
        )
    return claims


def _overlaps_blocked(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    if not blocked:
        return False
    # The last region starting at or before ``start``, and the next one.
    index = bisect.bisect_right(blocked, (start, math.inf)) - 1
    if index >= 0 and start < blocked[index][1] and blocked[index][0] < end:
        return True
    following = index + 1
    return (
        following < len(blocked) and blocked[following][0] < end and start < blocked[following][1]
    )


@functools.lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    """A plural noun's singular ("villages" -> village, "casualties" -> casualty)."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("sses") or word.endswith(("ches", "shes", "xes", "zzes", "oes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Words after numbers recur ("people", "miles"): their value is looked up once.
_word_value = functools.lru_cache(maxsize=4096)(parse_number_words)


def _value_of(match: re.Match[str]) -> tuple[float, str] | None:
    """The number a core match states and how it was written (digits, words, vague, fraction)."""
    kind = match.lastgroup or ""
    raw = match.group()
    if kind == "digits":
        try:
            return float(raw.replace(",", "").replace("−", "-")), kind
        except ValueError:
            return None
    if kind == "words":
        value = _word_value(raw)
        return (value, kind) if value is not None else None
    if kind == "vague":
        bounds = vague_range(raw)
        return (bounds[0], kind) if bounds else None
    if kind == "fraction":
        if "/" in raw:
            top, bottom = raw.split("/")
            if int(bottom) == 0 or int(top) >= int(bottom):
                return None
            return 100 * int(top) / int(bottom), kind
        # "a half", "one-third", "two\tthirds": one hyphen or white-space character between.
        count_word, part = _folded(raw).replace("-", " ").split()
        count = 1.0 if count_word == "a" else parse_number_words(count_word) or 0.0
        return 100 * count * _FRACTION_WORDS[part], kind
    return None


def _tidy(number: float) -> float:
    """Drop float noise from scaling ("63.800000000000004" -> 63.8)."""
    if type(number) is float and number.is_integer() and -1e12 < number < 1e12:
        return number  # at most 12 digits: printing and reading it back changes nothing
    return float(f"{number:.12g}")


def _is_one_word(raw: str) -> bool:
    return raw.lower() in ("one", "a")


def _read_number(text: str, match: re.Match[str], blocked: list[tuple[int, int]]) -> _Found | None:
    """Read one quantity around a core number match, or None when it is not a claim."""
    start, end = match.span()
    kind = match.lastgroup or ""
    raw = match.group()
    if kind == "digits" and raw[0] in "-−" and start > 0 and text[start - 1] not in " \t\n(":
        # A hyphen, not a minus sign: "COVID-19", "10-20" (read with the first number).
        start += 1
        raw = raw[1:]
    if _overlaps_blocked(blocked, start, end):
        return None
    parsed = _value_of(match) if raw == match.group() else (float(raw.replace(",", "")), kind)
    if parsed is None:
        return None
    value, kind = parsed
    details: dict[str, object] = {}
    before = text[max(0, start - WINDOW) : start]
    previous = before[-1:]
    left = start
    magnitude = False
    currency: str | None = None

    # What touches the number on the left.
    if kind == "digits":
        if previous == "-":
            hyphened = re.search(r"([A-Za-z]{1,20})-\Z", before)
            if hyphened is None or hyphened.group(1).lower() != "magnitude":
                return None  # COVID-19, F-16, a score or a date piece
            magnitude = True
            left = start - len(hyphened.group(1)) - 1
        elif previous in ("/", "#", ".", ":") or previous.isdigit():
            return None
        elif previous == "M" and (len(before) < 2 or not before[-2].isalnum()):
            magnitude = True  # M6.1
            left = start - 1
        elif previous.isalpha() or (previous and previous in "$€£¥₹₽₩₺"):
            found_currency = CURRENCY_PREFIX_PATTERN.search(before[-8:])
            if found_currency is None:
                return None  # G7, [gpt3]
            currency = CURRENCY_PREFIXES[_folded(found_currency.group("currency"))]
            left = start - (len(before[-8:]) - found_currency.start())
    if (
        currency is None
        and kind in ("digits", "words")
        and previous in (" ", "\u00a0")
        and not _CURRENCY_SYMBOLS.isdisjoint(before[-8:])
    ):
        found_currency = CURRENCY_PREFIX_PATTERN.search(before[-8:])
        if found_currency is not None and not found_currency.group("currency")[0].isalpha():
            currency = CURRENCY_PREFIXES[_folded(found_currency.group("currency"))]
            left = start - (len(before[-8:]) - found_currency.start())

    if kind == "digits" and currency is None and not magnitude:
        name = _token_before(before[-34:])
        if name is not None:
            if (name in _ID_PREFIXES or "&" in name) and not match_unit(text, end):
                return None  # Section 427, S&P 500, Boeing 737
            acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6
            if acronym and name != "US" and not _unit_follows(text, end):
                return None  # RFC 2616, PM 2

    # Hedges, "magnitude (of)", "between"/"from", walking left.
    hedge: str | None = None
    opener: str | None = None
    for _ in range(3):
        window = text[max(0, left - 40) : left]
        # Cheap tests first: most numbers have no hedge, and these run once per number.
        last_word = window[-16:].split()[-1:]
        last = last_word[0].lower() if last_word else ""
        if not last or not (last[-1].isalpha() or last[-1] in "~.-"):
            break
        if (
            not magnitude
            and "magnitude" in window[-16:].lower()
            and (found := _MAGNITUDE_BEFORE.search(window))
        ):
            magnitude = True
            left -= len(window) - found.start()
            continue
        if (
            hedge is None
            and last in _HEDGE_LAST_WORDS
            and (found := _HEDGE_BEFORE.search(window, max(0, len(window) - _HEDGE_REACH)))
        ):
            hedge = " ".join(_folded(found.group("hedge")).split())
            left -= len(window) - found.start()
            continue
        if (
            opener is None
            and hedge is None
            and last in ("between", "from")
            and (found := _RANGE_OPENER.search(window))
        ):
            opener = found.group("opener").lower()
            left -= len(window) - found.start()
            continue
        break

    pos = end
    if kind == "digits" and raw.startswith("0") and len(raw) > 1 and raw[1].isdigit():
        return None  # "007", "000": codes, not amounts
    if currency is not None and (split := _SPLIT_THOUSANDS.match(text, pos)):
        # "$215, 000": a thousands separator followed by a space (detokenised text).
        value, pos = value * 1000 + float(split.group(1)), split.end()
        end = pos
    # Right after: ordinal suffix, letters glued on, scale words.
    ordinal = False
    if kind == "digits" and (found := _ORDINAL_AFTER.match(text, pos)):
        ordinal = True
        pos = found.end()
    scale = 1.0
    if kind == "digits" and not ordinal and (found := _SCALE_AFTER.match(text, pos)):
        scale_word = _folded(
            found.group("word") or found.group("abbr") or found.group("short") or ""
        )
        glued = found.group("short") is not None
        if not glued or currency is not None or scale_word == "k":
            scale = SCALES[scale_word]
            pos = found.end()
    glued_letter = kind == "digits" and pos < len(text) and text[pos].isalpha()
    if glued_letter and not (match_unit(text, pos) or _HYPHEN_WORD.match(text, pos)):
        return None  # 5G, 3D, 737MAX
    if (
        kind == "digits"
        and text[pos : pos + 2] in (".0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9")
        and "." in raw
    ):
        return None  # a version number 1.2.3
    value *= scale
    if scale != 1.0:
        details["scale"] = scale
        details["decimals"] = len(raw.partition(".")[2])

    # Ranges: "3.6 to 4.3", "10-20", "between 10 and 20", "100 or 200".
    high_of_range: float | None = None
    if kind in ("digits", "words") and not ordinal:
        ranged = _read_range(text, pos, value, scale, opener, blocked)
        if ranged is not None:
            high_of_range, range_end, second_scale, hyphen = ranged
            if second_scale != 1.0 and scale == 1.0:
                value *= second_scale  # "between 1.2 and 1.5 million"
            if high_of_range > value:
                pos = range_end
            elif hyphen:
                return None  # a score or an identifier: "3-1", "2-0"
            else:
                high_of_range = None
    if opener == "between" and high_of_range is None:
        return None

    # Units after the number.
    unit: str | None = currency
    age = False
    noun_unit = False
    if not ordinal:
        if kind == "digits" and (found := _AGE_AFTER.match(text, pos)):
            unit, age, pos = "year", True, found.end()
        elif value < 12 and (found := _MAGNITUDE_AFTER.match(text, pos)):
            unit, pos = "magnitude", found.end()
        elif (found := match_unit(text, pos)) and currency is None:
            surface = found.group("unit")
            counted = _counted_noun(text, found.end()) if surface.lower() == "m" else None
            if counted is not None and counted[2] and scale == 1.0:
                # "5m people" / "5 m people": millions, not metres.
                value, scale = value * 1e6, 1e6
                details["scale"] = scale
            elif not (surface.lower() in ("m", "b") and scale != 1.0):
                unit, pos = canonical_unit(surface), found.end()
        if unit is None and (found := _CURRENCY_WORD_AFTER.match(text, pos)):
            unit, pos = (
                CURRENCY_WORDS[" ".join(_folded(found.group("currency")).split())],
                found.end(),
            )
        if magnitude and unit is None:
            unit = "magnitude"
        if unit is not None and high_of_range is None and not age and is_measure(unit):
            # "40 percent to 70 percent": the unit said twice.
            ranged = _read_range(text, pos, value, scale, opener, blocked)
            if ranged is not None and ranged[0] > value:
                repeated = match_unit(text, ranged[1])
                if repeated and canonical_unit(repeated.group("unit")) == unit:
                    high_of_range, pos = ranged[0], repeated.end()
    if kind == "fraction":
        unit = "percent"
        details["fraction"] = True
    if unit is None and not age and kind == "digits" and "." in raw and 0 < value < 10:
        window = text[max(0, left - 40) : min(len(text), pos + 30)]
        if _QUAKE_NEAR.search(window):
            unit = "magnitude"

    # Ages: "Kim, 39," and "aged 39".
    if (
        unit is None
        and not ordinal
        and kind == "digits"
        and value.is_integer()
        and 0 < value <= 120
    ) and (
        _AGE_BEFORE.search(before, max(0, len(before) - 7))
        or (
            "," in before[-3:]
            and _NAME_COMMA_BEFORE.search(before, max(0, len(before) - 34))
            and _AGE_FOLLOW.match(text, pos)
            and not re.search(_MONTH + r",\s{1,2}\Z", before)
        )
    ):
        unit, age = "year", True

    # What was counted.
    noun_end = pos
    if unit is None and kind == "vague" and (of := _OF.match(text, pos)) is not None:
        counted = _counted_noun(text, of.end())
        if counted is not None and counted[0] != "other":
            unit, pos = counted[0], counted[1]
    if unit is None and not age:
        counted = _counted_noun(text, pos)
        if counted is not None:
            noun, noun_end, plural = counted
            if noun != "other":
                unit = noun
                noun_unit = True
            details["plural"] = plural
        elif (of_the := _OF_THE.match(text, pos)) is not None and kind != "vague":
            counted = _counted_noun(text, of_the.end(), skip_numbers=True)
            if counted is not None and counted[0] != "other":
                unit = counted[0]
                noun_unit = True
    if ordinal:
        token = _token_before(before)
        after = _WORD_AFTER.match(text, pos)
        if (
            token and token.rstrip(".") in ("East", "West", "North", "South", "E", "W", "N", "S")
        ) or (after and after.group("word")[0].isupper()):
            return None  # East 52nd Street, 67th Precinct
        counted = _counted_noun(text, pos)
        if counted is not None:
            unit, noun_end = counted[0], counted[1]
            noun_unit = True
    if unit is None and not age:
        cue = _population_cue(text, left)
        # "a population of more than 100,000", "a city of 450,000", "home to 80,000"; past
        # "population of", a small number without a comma may be a year ("the city of 1998")
        if cue is not None and (
            cue.group().lower().startswith("population") or value >= 10_000 or "," in raw
        ):
            unit = "person"
    if noun_unit:
        pos = noun_end
        if unit in _ID_SUFFIXES:
            return None  # a .38-caliber revolver

    # Years and other identifiers that slipped through.
    if (
        kind == "digits"
        and "," not in raw
        and "." not in raw
        and len(raw) == 4
        and 1000 <= value <= 2100
        and currency is None
        and hedge is None
        and not (unit is not None and not noun_unit)
        and not (noun_unit and details.get("plural"))
    ):
        return None
    next_word = _WORD_AFTER.match(text, pos)
    if next_word and next_word.group("word").lower() in _ID_SUFFIXES:
        return None  # a .38 caliber revolver
    line_start = (kind == "digits" and not before.strip(" \t")) or before.endswith("\n")
    if line_start and unit is None and _LIST_MARKER_AFTER.match(text, end):
        return None  # "1." list markers

    # Subject and the weak cases.
    subject: str | None = "age" if age else None
    if not age and (unit is None or not is_measure(unit)) and unit not in _CURRENCIES:
        subject = _subject(text, left, pos)
        if subject is None and unit in _RESIDENT_NOUNS and _is_population(text, left, noun_end):
            subject = "population"
        if unit is None and subject in _HUMAN_SUBJECTS:
            unit = "person"
        elif unit is not None and unit not in _HUMAN_NOUNS and subject in _PEOPLE_ONLY_SUBJECTS:
            # "two helicopters began moving the injured": the helicopters were not injured.
            subject = None
    if unit == "other":
        unit = None
    if kind == "words" and unit is None and subject is None and hedge is None:
        return None  # "the two met", "two and three"
    if kind == "words" and _is_one_word(raw):
        weak_before = _WEAK_ONE_BEFORE.search(before, max(0, len(before) - _WEAK_ONE_REACH))
        if weak_before or _WEAK_ONE_AFTER.match(text, end):
            return None
        if subject is None and hedge is None and not is_measure(unit):
            return None  # "one place", "one man" without a claim about him
    if (
        kind == "vague"
        and unit is None
        and subject is None
        and not _counted_noun(text, pos)
        and not _OF_THE.match(text, pos)
    ):
        return None  # a bare "hundreds" says nothing checkable

    # The interval.
    low: float | None = None
    high: float | None = None
    approximate = False
    if kind == "vague":
        bounds = vague_range(raw)
        assert bounds is not None
        low, high, approximate = bounds[0], bounds[1], True
        details["vague"] = " ".join(raw.lower().split())
    if high_of_range is not None:
        low, high, approximate = value, high_of_range, True
        details["range"] = True
    if hedge is not None:
        approximate = True
        details["hedge"] = hedge
        low, high = _hedged(_HEDGES[hedge], value, low, high)
    amount = value
    if low is not None:
        amount = max(amount, low)
    if high is not None:
        amount = min(amount, high)
    if low is not None and high is not None and low > high:
        low, high = high, low
    if not (math.isfinite(amount) and math.isfinite(low or 0.0) and math.isfinite(high or 0.0)):
        return None
    amount = _tidy(amount)
    low = None if low is None else _tidy(low)
    high = None if high is None else _tidy(high)
    confidence = 0.6 if unit is None else 1.0
    number = claimdiff.NumberValue(
        amount=amount,
        unit=unit,
        approximate=approximate,
        low=low,
        high=high,
        ordinal=ordinal,
    )
    if age:
        details["age"] = True
    return _Found(left, pos, number, subject, confidence, details)


_CURRENCIES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values())
_CURRENCY_WORD_AFTER = re.compile(
    r"[ \u00a0]{1,2}(?P<currency>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s{1,3}")
        for w in sorted(CURRENCY_WORDS, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
_SECOND_NUMBER = re.compile(
    rf"(?:{_DIGITS}|{NUMBER_WORDS_PATTERN.pattern})", re.IGNORECASE | re.VERBOSE
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rises|rising|risen|climbed|increased|jumped|grew|fell|fall|falls|dropped|"
    r"declined|decreased|cut|raised|lowered|revised|up|down)\b[^.\n]{0,30}\Z",
    re.IGNORECASE,
)


def _unit_follows(text: str, pos: int) -> bool:
    return bool(match_unit(text, pos) or _counted_noun(text, pos))


def _read_range(
    text: str,
    pos: int,
    first: float,
    scale: float,
    opener: str | None,
    blocked: list[tuple[int, int]],
) -> tuple[float, int, float, bool] | None:
    """The upper end of a range starting at ``pos``: (high, end, its scale, hyphenated)."""
    found = _RANGE_AFTER.match(text, pos)
    if found is None:
        return None
    separator = found.group("sep").strip().lower()
    hyphen = separator in ("-", "–", "—")
    if separator == "and" and opener != "between":
        return None
    if (
        separator == "to"
        and opener != "between"
        and _CHANGE_BEFORE.search(text, max(0, pos - 60), pos)
    ):
        return None  # "rose from 10 to 11", "fell 7 per cent to 41%": a change, not a range
    second = _SECOND_NUMBER.match(text, found.end())
    if second is None or _overlaps_blocked(blocked, second.start(), second.end()):
        return None
    if second.end() < len(text) and (text[second.end()].isdigit() or text[second.end()] == ","):
        return None
    if hyphen and not second.group()[0].isdigit():
        return None  # "one-on-one", "twenty-five" are read as words
    raw = second.group()
    plain_four_digits = raw.isdigit() and len(raw) == 4 and not hyphen
    if plain_four_digits and 1000 <= int(raw) <= 2100 and first < 1000:
        return None  # "from 10 to 2019": a year
    value = parse_number_words(raw) if not raw[0].isdigit() else float(raw.replace(",", ""))
    if value is None:
        return None
    end = second.end()
    second_scale = 1.0
    scaled = _SCALE_AFTER.match(text, end)
    if raw[0].isdigit() and scaled is not None:
        word = _folded(scaled.group("word") or scaled.group("abbr") or scaled.group("short") or "")
        if scaled.group("short") is None or word == "k" or scale != 1.0:
            second_scale = SCALES[word]
            end = scaled.end()
    elif not raw[0].isdigit() and scale != 1.0:
        second_scale = 1.0
    high = value * (second_scale if second_scale != 1.0 else scale)
    return high, end, second_scale, hyphen


def _counted_noun(
    text: str, pos: int, *, skip_numbers: bool = False
) -> tuple[str, int, bool] | None:
    """The noun a number counts, right after ``pos``: (lemma, end, was plural)."""
    for _ in range(4):
        found = _WORD_AFTER.match(text, pos) or _HYPHEN_WORD.match(text, pos)
        if found is None:
            number = _SECOND_NUMBER.match(text, pos + 1) if skip_numbers else None
            if number is not None and text[pos : pos + 1] == " ":
                pos = number.end()
                skip_numbers = False
                continue
            return None
        word = found.group("word")
        lower = word.lower()
        if word[0].isupper():
            # "three Iranian provinces": a capitalised adjective, then the noun.
            if lower.endswith(("an", "ese", "ish", "i")) and not word.isupper():
                pos = found.end()
                continue
            return None
        if lower in _MODIFIERS or lower.endswith("est"):
            pos = found.end()
            continue
        if skip_numbers and (
            parse_number_words(lower) is not None or lower in ("dozens", "hundreds")
        ):
            pos = found.end()
            skip_numbers = False
            continue
        if (
            lower in _NOT_NOUNS
            or lower in _SUBJECT_WORDS
            or lower.endswith("ing")
            or (lower.endswith("ed") and lower not in _NOUNS_ENDING_IN_ED)
            or lower.endswith("ly")
            or _word_value(lower) is not None
            or lower in SCALES
        ):
            return None
        lemma = _lemma(lower)
        end = found.end()
        if lemma == lower and (head := _WORD_AFTER.match(text, end)) is not None:
            # Compound nouns count their last word: "union members", "football pitches".
            following = head.group("word")
            head_lemma = _lemma(following)
            if (
                following.islower()
                and head_lemma != following
                and following not in _NOT_NOUNS
                and following not in _SUBJECT_WORDS
                and not following.endswith(("ed", "ing"))
            ):
                return head_lemma, head.end(), True
        return lemma, end, lemma != lower
    return None


def _is_population(text: str, start: int, end: int) -> bool:
    """Whether a count of people at ``text[start:end]`` says how many live somewhere."""
    noun = text[max(0, end - 12) : end].lower()
    if noun.endswith("inhabitants"):
        return True
    if noun.endswith("residents") and _HAS_BEFORE.search(text, max(0, start - 6), start):
        return True
    return _population_cue(text, start) is not None


def _population_cue(text: str, end: int) -> re.Match[str] | None:
    """``_POPULATION_CUE`` in the 40 characters before ``end``."""
    # Every cue ends in "to", "of" or "by" and one to three spaces: most numbers follow none.
    near = text[max(0, end - 5) : end]
    word_end = near.rstrip()
    if not 1 <= len(near) - len(word_end) <= 3 or word_end[-2:].lower() not in ("to", "of", "by"):
        return None
    return _POPULATION_CUE.search(text, max(0, end - 40), end)


def _subject(text: str, start: int, end: int) -> str | None:
    """What a count is about, from its clause: the first event word after it, else before."""
    after = text[end : end + 70]
    if _SUBJECT_HINT.search(after.lower()):
        cut = _CLAUSE_BREAK.search(after)
        if cut is not None:
            after = after[: cut.start()]
        for word in _WORD.findall(after):
            if (found := _SUBJECT_WORDS.get(word.lower())) is not None:
                return found
    before = text[max(0, start - 60) : start]
    if not _SUBJECT_HINT.search(before.lower()):
        return None
    cut_at = 0
    for cut in _CLAUSE_BREAK.finditer(before):
        cut_at = cut.end()
    before = before[cut_at:]
    digit_at = max(before.rfind(d) for d in "0123456789")
    before = before[digit_at + 1 :]
    for word in reversed(_WORD.findall(before)):
        if (found := _SUBJECT_WORDS.get(word.lower())) is not None:
            return found
    return None


def _hedged(
    kind: str, value: float, low: float | None, high: float | None
) -> tuple[float | None, float | None]:
    """The interval a hedge gives a value (or a range [low, high])."""
    low = value if low is None else low
    high = value if high is None else high
    if kind == "about":
        return min(low * (1 - APPROX), low * (1 + APPROX)), max(
            high * (1 + APPROX), high * (1 - APPROX)
        )
    if kind == "nearly":
        return min(low * (1 - APPROX), high), high
    if kind == "just over":
        return low, max(high * (1 + APPROX), low)
    if kind == "at least":
        return low, None
    return None, high  # up to, fewer than, under


# --- the comparator ---------------------------------------------------------------------------


def number_key(claim: claimdiff.Claim) -> Hashable:
    """Blocking key: a dimension for measures, ``count:<noun>`` for counts, ``ordinal``.

    People are one block ("46 demonstrators" and "46 were arrested" may be the same
    count); other nouns block on their own ("10 villages" never meets "10 people").
    """
    value = claim.value
    if not isinstance(value, claimdiff.NumberValue):
        return ("number", None)
    if value.ordinal:
        return "ordinal"
    if claim.subject == "age":
        return "age"
    unit = value.unit
    if unit is None:
        return "count:"
    if unit in _CURRENCIES:
        return "money:" + unit
    if is_measure(unit):
        return dimension(unit) or unit
    if unit in _HUMAN_NOUNS:
        return "count:person"
    return "count:" + COUNT_SYNONYMS.get(unit, unit)


def _format_amount(amount: float) -> str:
    if amount.is_integer() and abs(amount) < 1e15:
        return f"{int(amount):,}"
    return f"{amount:,.6g}"


#: Units written the same for any amount: "5 percent", "a 6.1 magnitude", "20 usd".
_INVARIANT_UNITS = frozenset({"percent", "magnitude", "degree", "series", "species", "aircraft"})
_IRREGULAR_PLURALS = {singular: plural for plural, singular in _IRREGULAR.items()}
_IRREGULAR_PLURALS.update({"person": "people", "foot": "feet"})


# Every comparison describes both figures: a story names a handful of units.
@functools.lru_cache(maxsize=1024)
def _plural(unit: str) -> str:
    """A canonical unit as English writes it for several: "mile" -> "miles", "person" ->
    "people", "kilometre per hour" -> "kilometres per hour", "percent" unchanged."""
    head, _, rest = unit.partition(" per ")
    words = head.split(" ")
    last = words[-1]
    if unit in _INVARIANT_UNITS or unit in _CURRENCIES or not last.isalpha():
        return unit
    if words[0] == "degree" and len(words) > 1:  # "degrees celsius"
        words[0] = "degrees"
    elif last in _IRREGULAR_PLURALS:
        words[-1] = _IRREGULAR_PLURALS[last]
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        words[-1] = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        words[-1] = last + "es"
    else:
        words[-1] = last + "s"
    return " ".join(words) + (f" per {rest}" if rest else "")


def describe(claim: claimdiff.Claim) -> str:
    """A short phrase for explanations: "about 50 people", "3.6-4.3 percent"."""
    value = claim.value
    if not isinstance(value, claimdiff.NumberValue):
        return claim.text
    details = claim.details
    vague = details.get("vague")
    hedge = details.get("hedge")
    phrase_of = (
        value,
        vague if isinstance(vague, str) else None,
        not isinstance(vague, str) and bool(details.get("range")),
        hedge if isinstance(hedge, str) else None,
    )
    try:
        return _phrase(*phrase_of)
    except TypeError:  # a value another extractor filled with something unhashable
        return _phrase.__wrapped__(*phrase_of)


# Alignment compares every figure of a story with many others, and each comparison describes
# both: a story's few hundred figures are phrased once each.
@functools.lru_cache(maxsize=4096)
def _phrase(
    value: claimdiff.NumberValue, vague: str | None, ranged: bool, hedge: str | None
) -> str:
    """``describe``'s phrase for a value, its vague word, whether it is a range, its hedge."""
    single = value.amount == 1 and value.high in (None, 1)
    unit = f" {value.unit if single else _plural(value.unit)}" if value.unit else ""
    if vague is not None:
        return f"{vague}{unit}"
    prefix = f"{hedge} " if hedge is not None else ""
    if ranged and value.low is not None and value.high is not None:
        return f"{prefix}{_format_amount(value.low)}-{_format_amount(value.high)}{unit}"
    return f"{prefix}{_format_amount(value.amount)}{unit}"


def _interval(value: claimdiff.NumberValue, tolerance: float) -> tuple[float, float]:
    if not value.approximate and value.low is None and value.high is None:
        slack = abs(value.amount) * tolerance
        return value.amount - slack, value.amount + slack
    low = -math.inf if value.low is None else value.low
    high = math.inf if value.high is None else value.high
    if value.approximate and value.low is None and value.high is None:
        low, high = _hedged("about", value.amount, None, None)  # type: ignore[assignment]
    return low - abs(low) * tolerance if math.isfinite(low) else low, (
        high + abs(high) * tolerance if math.isfinite(high) else high
    )


def _in_unit(value: claimdiff.NumberValue, unit: str | None) -> claimdiff.NumberValue | None:
    if value.unit == unit or unit is None or value.unit is None:
        return value
    amount = convert(value.amount, value.unit, unit)
    if amount is None:
        return None
    low = convert(value.low, value.unit, unit) if value.low is not None else None
    high = convert(value.high, value.unit, unit) if value.high is not None else None
    if (value.low is not None and low is None) or (value.high is not None and high is None):
        return None
    return attrs.evolve(value, amount=amount, unit=unit, low=low, high=high)


def _exact(value: claimdiff.NumberValue) -> bool:
    return not value.approximate and value.low is None and value.high is None


def compare_numbers(a: claimdiff.Claim, b: claimdiff.Claim) -> claimdiff.Comparison:
    """How two number claims relate (see the module docstring for the rules)."""
    detail = f"{describe(a)} vs {describe(b)}"
    relation, field = _judge(a.value, b.value)
    if relation == "equal":
        return claimdiff.Comparison.equal()
    return claimdiff.Comparison(relation, field, detail)


def relate_numbers(a: claimdiff.Claim, b: claimdiff.Claim) -> Relation:
    """``compare_numbers(a, b).relation``, without writing the explanation (for alignment)."""
    return _judge(a.value, b.value)[0]


# What compare_numbers finds, before its explanation is written.
_EQUAL: tuple[Relation, str | None] = ("equal", None)
_VALUE_CONFLICT: tuple[Relation, str | None] = ("conflict", "value")
_UNIT_CONFLICT: tuple[Relation, str | None] = ("conflict", "unit")
_COMPATIBLE_VALUE: tuple[Relation, str | None] = ("compatible", "value")
_COMPATIBLE_UNIT: tuple[Relation, str | None] = ("compatible", "unit")


def _judge(first: object, second: object) -> tuple[Relation, str | None]:
    """How two numbers relate, and the field that differs (the rules of the module docstring)."""
    if not isinstance(first, claimdiff.NumberValue) or not isinstance(
        second, claimdiff.NumberValue
    ):
        return _VALUE_CONFLICT
    if first.ordinal != second.ordinal:
        return _VALUE_CONFLICT
    human_nouns = (
        first.unit != second.unit and first.unit in _HUMAN_NOUNS and second.unit in _HUMAN_NOUNS
    )
    tolerance = 1e-9
    units_converted = False
    converted: claimdiff.NumberValue | None = second
    if first.unit != second.unit and _same_noun(first.unit, second.unit):
        converted = attrs.evolve(second, unit=first.unit)  # "300 homes" and "300 houses"
    elif first.unit != second.unit and not human_nouns:
        converted = _in_unit(second, first.unit)
        if converted is None or not (is_measure(first.unit) and is_measure(second.unit)):
            return _UNIT_CONFLICT
        tolerance = CONVERSION_TOLERANCE
        units_converted = True
    assert converted is not None
    same_stated = math.isclose(first.amount, converted.amount, rel_tol=tolerance, abs_tol=1e-12)
    if human_nouns:
        # "six children" and "11 people" may both be right; only the noun is said to differ.
        return _COMPATIBLE_UNIT
    exact_first, exact_second = _exact(first), _exact(converted)
    if exact_first and exact_second:
        if same_stated:
            return _EQUAL
        if units_converted and _within_rounding(first, second, converted):
            return _COMPATIBLE_VALUE
        return _VALUE_CONFLICT
    low_a, high_a = _interval(first, tolerance)
    low_b, high_b = _interval(converted, tolerance)
    if same_stated:
        same_bounds = _close(first.low, converted.low, tolerance) and _close(
            first.high, converted.high, tolerance
        )
        if same_bounds and first.approximate == converted.approximate:
            return _EQUAL
        return _COMPATIBLE_VALUE
    if high_a < low_b or high_b < low_a:
        return _VALUE_CONFLICT
    # Overlapping intervals ("dozens" and "70", "at least 50" and "80", "around 40" and
    # "at least 22") are compatible: reports agree on a figure within each other's bounds.
    return _COMPATIBLE_VALUE


def _same_noun(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and COUNT_SYNONYMS.get(a, a) == COUNT_SYNONYMS.get(b, b)


def _rounding(amount: float) -> float:
    """How far a stated figure may be from what it rounds: half a unit of its last
    significant digit ("6" miles: 0.5, "2.3" km: 0.05, "430": 5), but at most
    :data:`ROUNDING_SHARE` of the figure ("6": 0.15, "10": 0.25)."""
    size = abs(amount)
    if size == 0 or not math.isfinite(size):
        return 0.0
    # The decimal digits as written (repr is the shortest exact form: 2.3, not 2.29999...).
    exponent = decimal.Decimal(repr(size)).normalize().as_tuple().exponent
    place = 10.0**exponent if isinstance(exponent, int) else 1.0
    return min(place / 2, size * ROUNDING_SHARE)


def _within_rounding(
    first: claimdiff.NumberValue, second: claimdiff.NumberValue, converted: claimdiff.NumberValue
) -> bool:
    """Whether two exact figures in different units are one figure rounded after conversion
    ("10 kilometres (six miles)": 6 miles is 9.7 km)."""
    scale = abs(converted.amount / second.amount) if second.amount else 1.0
    slack = _rounding(first.amount) + _rounding(second.amount) * scale
    return abs(first.amount - converted.amount) <= slack


def _close(x: float | None, y: float | None, tolerance: float) -> bool:
    if x is None or y is None:
        return x is y
    return math.isclose(x, y, rel_tol=max(tolerance, 1e-9), abs_tol=1e-12)
