"""English number words: "two", "three hundred", "a dozen", "tens of thousands", "1.2 million".

A small, dependency-free API shared by the numbers plugin (and readable by the dates plugin):

- :data:`NUMBER_WORDS_PATTERN`: a compiled pattern finding number-word phrases, digits with a
  scale word ("1.2 million", "2.5bn") included. Its quantifiers are bounded, so it runs in
  linear time on any input.
- :func:`parse_number_words`: the value of such a phrase, or ``None``.
- :func:`vague_range`: the interval of vague plurals ("dozens", "tens of thousands").
"""

from __future__ import annotations

import re

__all__ = [
    "NUMBER_WORDS_PATTERN",
    "ONES",
    "SCALES",
    "TENS",
    "VAGUE_PATTERN",
    "parse_number_words",
    "vague_range",
]

ONES: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Scale words and their abbreviations as written after digits ("$1.2bn", "10m", "5k").
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")

# Vague plurals: the interval a reader can take from them (documented in numbers.py).
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 9.99e8),
    "tens of millions": (2e7, 9.9e7),
    "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e11),
}

_ONE_WORD = "|".join(sorted(ONES, key=len, reverse=True))
_TEN_WORD = "|".join(TENS)
# "twenty", "twenty-five", "twenty five", "seven", "a" (only before a scale: "a hundred").
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = rf"(?:(?:{_TEN_WORD})(?:[-\s](?:{_DIGIT_WORD})\b)?|{_ONE_WORD})"
_SCALE_WORD = "|".join(_SCALE_WORDS)
_DIGITS = r"\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,6})?|\d{1,12}(?:\.\d{1,6})?"

#: Number-word phrases: "three hundred and twenty", "one and a half million", "a dozen",
#: "half a million", "1.2 million". Each repetition starts at a new word, so no input
#: makes it backtrack more than a few steps per position.
NUMBER_WORDS_PATTERN = re.compile(
    rf"""
    \b(?:
        (?:(?:a|one)\s+)?half\s+a\s+(?:{_SCALE_WORD})                        # half a million
      | (?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+dozen        # a dozen
      | (?:{_DIGITS})\s?(?:{_SCALE_WORD}|bn|mn|mln|tn|trn)                    # 1.2 million
      | (?:{_SMALL}|a(?=\s+(?:{_SCALE_WORD})))
        (?:\s+and\s+a\s+half(?=\s+(?:{_SCALE_WORD})))?                         # one and a half
        (?:[\s-]{{1,3}}(?:{_SCALE_WORD})(?:\s{{1,3}}(?:and\s{{1,3}})?(?:{_SMALL}))?){{0,6}}
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Vague plurals: "dozens", "tens of thousands", "hundreds of millions".
VAGUE_PATTERN = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands"
    r"|millions|billions)\b",
    re.IGNORECASE,
)

_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+", re.IGNORECASE)


def parse_number_words(text: str) -> float | None:
    """The value of a number phrase, or ``None`` when it is not one.

    >>> parse_number_words("three hundred and twenty")
    320.0
    >>> parse_number_words("1.2 million")
    1200000.0
    >>> parse_number_words("a dozen")
    12.0
    >>> parse_number_words("half a million")
    500000.0
    >>> parse_number_words("a") is None
    True
    """
    tokens = [t.lower() for t in _TOKEN.findall(text.replace("-", " "))]
    if not tokens or len(tokens) > 24:
        return None
    total = 0.0
    current = 0.0
    seen_number = False
    pending_half = False
    for index, token in enumerate(tokens):
        if token == "and":
            continue
        if token == "a":
            # "a" counts only before a scale or dozen ("a hundred", "a dozen"), or in "and a half".
            follower = tokens[index + 1] if index + 1 < len(tokens) else ""
            if follower in SCALES or follower in ("dozen", "half"):
                if follower != "half":
                    current += 1
                    seen_number = True
                continue
            return None
        if token == "half":
            if seen_number:
                current += 0.5
            else:
                pending_half = True
            continue
        if token[0].isdigit():
            try:
                current += float(token.replace(",", ""))
            except ValueError:
                return None
            seen_number = True
        elif token in ONES:
            current += ONES[token]
            seen_number = True
        elif token in TENS:
            current += TENS[token]
            seen_number = True
        elif token == "dozen":
            current = (current or 1) * 12
            seen_number = True
        elif token in SCALES:
            factor = SCALES[token]
            if pending_half:
                current, pending_half = 0.5, False
            if not seen_number and current == 0:
                return None
            if factor == 100:
                current *= factor
            else:
                total += current * factor
                current = 0.0
        else:
            return None
    if not seen_number and not pending_half:
        return None
    if pending_half and not seen_number:
        return None
    return total + current


def vague_range(text: str) -> tuple[float, float] | None:
    """The interval of a vague plural ("dozens" -> (24, 144)), or ``None``."""
    return _VAGUE.get(" ".join(text.lower().split()))
