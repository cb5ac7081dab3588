"""Text helpers shared by the core and by extractor plugins: sentences and spans."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

# Words whose trailing period does not end a sentence ("Mr. Kim", "Sept. 13", "U.S. officials").
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "prof",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "fig",
        "mt",
        "ft",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "d.c",
    ]
)
#: Abbreviations that often end a sentence ("at 4 p.m. The Coast Guard said"): they do when
#: a word that opens sentences follows.
_TERMINAL_ABBREVIATIONS = frozenset("a.m p.m etc inc corp co ltd jr sr u.s u.k u.n e.u d.c".split())
_OPENS_SENTENCE = re.compile(
    r"\s+[\"“‘'(]?(?:The|A|An|He|She|It|They|We|I|But|In|On|At|This|That|These|Those|His|Her|"
    r"Its|Their|There|When|While|After|Before|If|As|Meanwhile|However)\s"
)
# "[.!?]+" written as "[.!?](?<![.!?][.!?])[.!?]*": a pattern that opens with a character set
# lets the regex engine skip from stop to stop instead of trying a match at every character,
# and no match is tried inside a run of stops (one from inside would end where the run's own
# did), which kept a long run ("....") quadratic. Searched over whole lines only: from a
# position inside a run it would not match where "[.!?]+" does.
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"”’')\]]*(?=\s)")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[\"“‘'(\[]?[A-Z0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.?$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the sentences of ``text``, without surrounding space.

    A line break always ends a sentence (news text puts paragraphs, headlines and
    captions on lines of their own); within a line a sentence ends at ``.``, ``!`` or
    ``?`` (with any closing quote) before a capital, unless the word is an abbreviation.
    """
    # The core and several plugins split the same document: split it once.
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=4)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        _split_line(line, line_start, spans)
        line_start += len(line) + 1
    return tuple(spans)


def _split_line(line: str, offset: int, spans: list[tuple[int, int]]) -> None:
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if not _NEXT_STARTS_SENTENCE.match(line, end):
            continue
        if (
            line[match.start()] == "."
            and _is_abbreviation(line, match.start())
            and not (
                _OPENS_SENTENCE.match(line, end)
                and _ends_sentences(_word_before(line, match.start()))
            )
        ):
            continue
        _add_span(line, start, end, offset, spans)
        start = end
    _add_span(line, start, len(line), offset, spans)


def _word_before(line: str, period: int) -> str:
    word = _WORD_BEFORE.search(line, max(0, period - 12), period)
    return word.group(1).lower().strip(".") if word else ""


_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]")


def _ends_sentences(token: str) -> bool:
    return token in _TERMINAL_ABBREVIATIONS or _DOTTED_ACRONYM.fullmatch(token) is not None


def _is_abbreviation(line: str, period: int) -> bool:
    token = _word_before(line, period)
    if not token:
        return False
    # A lone capital is an initial ("Kim J. Un"); dotted runs are acronyms ("U.S", "B.C").
    return (
        token in ABBREVIATIONS
        # (not a unit after a number: "exceed 44C. Data from ...")
        or (
            len(token) == 1
            and line[period - 1].isupper()
            and not line[period - 2 : period - 1].isdigit()
        )
        or (
            _DOTTED_ACRONYM.fullmatch(token) is not None
            and line[period - 1].isupper()
            # "the B.C. Poultry Association", but "near Kelowna, B.C. Firefighters said": a
            # place's province or state after a comma may end the sentence
            and not line[: period - len(token)].rstrip().endswith(",")
        )
    )


def _add_span(line: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))


def span_containing(spans: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span in sorted, non-overlapping ``spans`` that holds ``offset``, if any."""
    index = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= offset < spans[index][1]:
        return spans[index]
    return None


def overlaps(start: int, end: int, regions: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` overlaps any of the sorted ``regions``."""
    index = bisect.bisect_right(regions, (start, float("inf"))) - 1
    for region_start, region_end in regions[max(index, 0) : index + 2]:
        if region_start < end and start < region_end:
            return True
    return False
