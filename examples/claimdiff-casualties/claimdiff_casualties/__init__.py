"""Casualty counts as claims: "at least 34 people were killed", "120 injured", "12 missing"."""

from __future__ import annotations

import re
from collections.abc import Iterator

import claimdiff
from claimdiff import Claim, Comparison, Document, NumberValue

# "at least 34 people were killed", "killed 34 people", "34 dead", "120 were injured"
_BOUND = r"(?P<bound>at least|more than|over|nearly|about|some|up to)\s+"
# Bounded and anchored after a non-digit, so a megabyte of digits stays linear.
_COUNT = r"(?<![\d,])(?P<count>\d{1,3}(?:,\d{3}){1,4}|\d{1,9})(?![\d,])"
_OUTCOME = r"(?P<outcome>killed|dead|died|injured|wounded|hurt|missing)"
_PATTERNS = [
    re.compile(
        rf"(?:{_BOUND})?{_COUNT}\s+(?:people\s+)?(?:were\s+|have\s+been\s+)?{_OUTCOME}\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_OUTCOME}\s+(?:{_BOUND})?{_COUNT}(?:\s+people)?\b", re.IGNORECASE),
]
_CANONICAL = {"dead": "killed", "died": "killed", "wounded": "injured", "hurt": "injured"}


def _value(count: str, bound: str | None) -> NumberValue:
    amount = float(count.replace(",", ""))
    bound = bound.lower() if bound else None
    if bound in ("at least", "more than", "over"):
        return NumberValue(amount, "person", approximate=True, low=amount, high=None)
    if bound in ("up to", "nearly"):
        return NumberValue(amount, "person", approximate=True, low=None, high=amount)
    if bound in ("about", "some"):
        return NumberValue(amount, "person", approximate=True, low=amount * 0.9, high=amount * 1.1)
    return NumberValue(amount, "person")


def extract_casualties(document: Document) -> Iterator[Claim]:
    """One claim per casualty count, its subject the outcome (killed, injured, missing)."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(document.text):
            outcome = match["outcome"].lower()
            outcome = _CANONICAL.get(outcome, outcome)
            yield Claim.from_span(
                document,
                match.start(),
                match.end(),
                "casualty",
                _value(match["count"], match["bound"]),
                subject=outcome,
            )


def compare_casualties(a: Claim, b: Claim) -> Comparison:
    """Equal counts agree; a count inside the other's bounds is compatible; else a conflict."""
    x, y = a.value, b.value
    if x.amount == y.amount and not (x.approximate or y.approximate):
        return Comparison.equal()

    def inside(value: NumberValue, bounds: NumberValue) -> bool:
        low = bounds.low if bounds.low is not None else float("-inf")
        high = bounds.high if bounds.high is not None else float("inf")
        return bounds.approximate and low <= value.amount <= high

    if inside(x, y) or inside(y, x) or x.amount == y.amount:
        return Comparison("compatible", "value")
    return Comparison.conflict("value", f"{a.text} vs {b.text}")


def casualty_key(claim: Claim) -> str:
    # Killed and injured counts are never the same claim.
    return f"casualty:{claim.subject}"


@claimdiff.hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    register("casualties", extract_casualties, kinds=("casualty",))


@claimdiff.hookimpl
def register_comparators(register):  # type: ignore[no-untyped-def]
    register("casualty", compare_casualties, key=casualty_key)
