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
arrested, missing, damaged, destroyed ...; "age" for ages): it helps alignment.

Comparison (:func:`compare_numbers`), after converting b into a's unit with pint:

- ``equal``: same value (within :data:`CONVERSION_TOLERANCE` when units differ, since
  outlets round conversions: "430 miles" vs "692 km") and the same interval.
- ``compatible``: the same stated number with different hedges ("roughly 300" vs "300",
  "at least 50" vs "50"), or an exact value inside the other's hedged interval
  ("at least 50" vs "80"), or overlapping intervals.
- ``more_precise`` / ``less_precise``: an exact value (or a narrower interval) inside a
  vague quantity ("49 injured" vs "dozens injured"), or an interval strictly inside another.
- ``conflict``: disjoint intervals ("about 50 person vs 80 person").
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Hashable

import claimdiff
from claimdiff.hookspecs import RegisterComparator, RegisterExtractor
from claimdiff_plugins._numwords import (
    NUMBER_WORDS_PATTERN,
    SCALES,
    VAGUE_PATTERN,
    parse_number_words,
    vague_range,
)
from claimdiff_plugins._units import (
    CURRENCY_PREFIX_PATTERN,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    UNIT_PATTERN,
    canonical_unit,
    convert,
    dimension,
    is_measure,
)

#: Relative half-width of the interval of "about X", "roughly X", "some X".
APPROX = 0.10
#: Relative difference within which values in different units count as equal.
CONVERSION_TOLERANCE = 0.015
#: Characters of context looked at on each side of a number.
WINDOW = 80

# --- patterns (module level, bounded quantifiers only) -------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?"
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
    | (?<![\d.,])(?:1[5-9]|20)\d{{2}}\s?[-–/]\s?(?:(?:1[5-9]|20)\d{{2}}|\d{{2}})(?![\d])  # 1997-2024
    | (?<![\w.,])'?\d{{2,4}}'?s\b                                             # the 1990s, '90s
    | \bNo\.\s?\d{{1,6}}\b | \#\d{{1,9}}                                      # No. 10, #1
    """,
    re.VERBOSE,
)

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
_HEDGE_BEFORE = re.compile(
    rf"(?<![\w~])(?P<hedge>{_HEDGE_ALTERNATIVES})\s{{0,3}}\Z", re.IGNORECASE
)
_RANGE_OPENER = re.compile(r"(?<!\w)(?P<opener>between|from)\s{1,3}\Z", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(
    r"(?<!\w)(?P<magnitude>magnitude(?:\s{1,3}of)?|M)(?:\s{1,3}|-)?\Z", re.IGNORECASE
)
_MAGNITUDE_AFTER = re.compile(
    r"(?:\s{1,3}|-)(?:on\s{1,3}the\s{1,3}Richter\s{1,3}scale|Richter|(?:magnitude|strength)"
    r"(?=[\s-]{1,3}(?:earthquake|quake|tremor|aftershock)s?\b))",
    re.IGNORECASE,
)
_QUAKE_NEAR = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|temblors?|tremblors?)\b",
                         re.IGNORECASE)
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
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]{0,30},\s{1,2}\Z")
_AGE_FOLLOW = re.compile(r"(?:,|\)|;|\.(?:\s|\Z)|\Z|\s{1,2}(?:said|says|who|and|was|is|from|of)\b)")
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<word>[a-z]{2,20})\b")
_WORD_AFTER = re.compile(r"[ \u00a0]{1,3}(?P<word>[A-Za-z][a-z]{0,24}(?:-[a-z]{2,20})?)\b")
_OF_THE = re.compile(
    r"\s{1,3}of\s{1,3}(?:the|their|its|his|her|our|these|those)\s{1,3}", re.IGNORECASE
)
_TOKEN_BEFORE = re.compile(r"(?P<token>[\w&.’'-]{1,30})\s{1,2}\Z")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n,()\"“”]|\s(?:and|but|while|whereas|as well as)\s")
_WORD = re.compile(r"[A-Za-z]{2,20}")

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
    such there here again ago later earlier today tonight yesterday tomorrow now times
    percent cent reportedly allegedly reported apparently respectively apiece alone together
    away back other another others""".split()
)
_HUMAN_NOUNS = frozenset(
    """person people man woman child boy girl baby adult teenager teen youth student pupil
    worker employee civilian resident villager refugee migrant protester protestor demonstrator
    rioter soldier troop officer policeman policewoman cop firefighter doctor nurse patient
    victim passenger tourist pilgrim prisoner inmate detainee suspect militant rebel fighter
    journalist reporter staff member citizen voter worshipper customer family miner
    sailor crew survivor casualty fatality body individual pensioner retiree official
    guard agent officer""".split()
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
for _subject, _words in {
    "killed": "killed kill kills killing dead died die dies dying deaths death toll fatalities "
    "perished bodies lives",
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
    "affected": "affected",
}.items():
    for _word in _words.split():
        _SUBJECT_WORDS[_word] = _subject
_HUMAN_SUBJECTS = frozenset(
    {"killed", "injured", "arrested", "missing", "trapped", "evacuated", "displaced", "rescued"}
)
_WEAK_ONE_BEFORE = re.compile(
    r"(?<!\w)(?:no|any|every|each|some|the|this|that|which|only|another|a|one)\s{1,3}\Z", re.I
)
_WEAK_ONE_AFTER = re.compile(
    r"(?:[-\s]{1,3}(?:another|on-one|off|time|way|sided|thing|day|of\s{1,3}a\s{1,3}kind|another)"
    r"\b|'s|’s)",
    re.IGNORECASE,
)
_LIST_MARKER_AFTER = re.compile(r"[.)](?:\s|\Z)")


# --- the extractor ----------------------------------------------------------------------------


@claimdiff.hookimpl
def register_extractors(register: RegisterExtractor) -> None:
    register("numbers", extract_numbers, kinds=("number",))


@claimdiff.hookimpl
def register_comparators(register: RegisterComparator) -> None:
    # No anchor: the subject ("killed") is shared by unrelated counts of one story, so
    # alignment is left to the sentence around the number.
    register("number", compare_numbers, key=number_key)
