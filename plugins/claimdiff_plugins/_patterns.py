"""Regular-expression building shared by the built-in extractors."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` sharing their prefixes ("Ma(?:rch|y)"), for a fast scan.

    The regex engine compares each character once instead of once per word. At a position
    it matches what the plain alternation would, given a look-ahead after it that leaves at
    most one of the words possible there (as ``(?![A-Za-z])`` or ``\\b`` does after whole words).
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" not in node:
            return body
        return ("(?:" + body + ")" if len(parts) == 1 else body) + "?"

    return branch(tree)


# --- facts of a document's text that several extractors need -----------------------------------
# The core runs every extractor on one document before the next, so a few texts are enough.

# "\d\d*" rather than "\d+": a pattern opening with a character class lets the regex engine skip,
# in C, to the next digit; "\d+" is tried at every character (about 1.6 times slower on news).
_DIGIT_RUN = re.compile(r"\d\d*")


@functools.lru_cache(maxsize=4)
def lower_text(text: str) -> str:
    """``text.lower()``, computed once per document for the extractors that share it."""
    return text.lower()


_ASCII_DIGITS = "0123456789"


@functools.lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the runs of digits (``\\d+``) in ``text``, in order."""
    runs = _sparse_ascii_digit_runs(text) if text.isascii() else None
    if runs is None:
        runs = tuple(map(re.Match.span, _DIGIT_RUN.finditer(text)))
    return runs


#: ``_sparse_ascii_digit_runs`` gives up past one digit in this many characters.
_SPARSE = 24


def _sparse_ascii_digit_runs(text: str) -> tuple[tuple[int, int], ...] | None:
    """``digit_runs`` of an ASCII text with few digits, from their places; None for many.

    ASCII text has no digits but 0-9, and news has few: ``str.find`` reaches each in C, several
    times faster than the regex engine tests every character. Past one digit in ``_SPARSE``
    characters the regex is faster, and this gives up (having spent little: linear time).
    """
    places: list[int] = []
    most = len(text) // _SPARSE
    for digit in _ASCII_DIGITS:
        at = text.find(digit)
        while at >= 0:
            if len(places) == most:
                return None
            places.append(at)
            at = text.find(digit, at + 1)
    places.sort()
    runs: list[tuple[int, int]] = []
    start = end = -1
    for at in places:
        if at != end:  # not right after the previous digit: a new run
            if start >= 0:
                runs.append((start, end))
            start = at
        end = at + 1
    if start >= 0:
        runs.append((start, end))
    return tuple(runs)
