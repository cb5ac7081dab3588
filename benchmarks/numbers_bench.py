"""Benchmark of the built-in number extractor: value+unit precision/recall/F1 and speed.

Run from the repository root::

    python benchmarks/numbers_bench.py

Data (``benchmarks/data/numbers/``):

- ``own_sentences.json``: news sentences we wrote, with the expected quantities.
- ``annotations.json``: quantities in articles of ``../shared/seeds/`` and
  ``../shared/corpus/ECBplus/``, stored as file name + character offsets + expected value and
  at most the first five words of the span (the articles are not copied). Skipped, with a
  message, when ``../shared`` is absent.

Annotation policy: every quantity a fact-checker could compare (counts with what they count,
measures, money, percentages, ages, magnitudes), with ``unit`` the canonical unit or counted
noun lemma (``person`` for a count of people without a noun, ``null`` when nothing says what
was counted). Not annotated, so any prediction there is a false positive: years, dates, clock
times, identifiers, idioms ("one of the ..."). Spans marked ``ignore`` (garbled text, votes,
crore) are scored neither way.

Scoring: a prediction matches an annotation when their spans overlap; value+unit counts it
correct when the amount is equal (relative 1e-6, or 1e-4 for fractions) and the unit is
equal; "interval" also requires low and high to agree.

Baseline (optional, not a project dependency)::

    pip install quantulum3

quantulum3 gives no counted noun, so for it a "dimensionless" unit is accepted wherever the
annotation is a count (lenient in its favour). If it is missing or fails, the benchmark says so
and reports our figures alone.
"""

from __future__ import annotations

import json
import math
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import claimdiff
from claimdiff_plugins import numbers
from claimdiff_plugins._units import is_measure

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data" / "numbers"
SHARED = ROOT.parent / "shared"

#: quantulum3 unit names -> our canonical units (only those that occur in news).
QUANTULUM_UNITS = {
    "mile": "mile",
    "kilometre": "kilometre",
    "metre": "metre",
    "foot": "foot",
    "inch": "inch",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "percentage": "percent",
    "dollar": "usd",
    "United States dollar": "usd",
    "euro": "eur",
    "pound sterling": "gbp",
    "degree Celsius": "degree celsius",
    "degree fahrenheit": "degree fahrenheit",
    "degree Fahrenheit": "degree fahrenheit",
    "tonne": "tonne",
    "hectare": "hectare",
    "square kilometre": "square kilometre",
    "kilometre per hour": "kilometre per hour",
    "percentage point": "percentage point",
}

Prediction = tuple[int, int, float, "str | None", "float | None", "float | None"]


def load_cases() -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(name, text, annotations) for each scored text; held-out files are named "heldout:..."."""
    cases = []
    for n, item in enumerate(json.loads((DATA / "own_sentences.json").read_text("utf-8"))):
        cases.append((f"own:{n}", item["text"], item["expected"]))
    annotated = json.loads((DATA / "annotations.json").read_text("utf-8"))
    if not SHARED.is_dir():
        print(f"note: {SHARED} not found; scoring our own sentences only")
        return cases
    for name in annotated["files"]:
        text = (SHARED / name).read_text("utf-8")
        spans = [span for span in annotated["spans"] if span["file"] == name]
        for span in spans:
            words = text[span["start"] : span["end"]]
            if words != span["first_words"]:
                raise SystemExit(f"annotation out of date: {name} {span['start']}: {words!r}")
        split = spans[0].get("split", "dev") if spans else "dev"
        cases.append((f"{split}:{name}", text, spans))
    return cases


def ours(text: str) -> list[Prediction]:
    claims = numbers.extract_numbers(claimdiff.Document.from_text(text))
    return [
        (c.start, c.end, c.value.amount, c.value.unit, c.value.low, c.value.high) for c in claims
    ]


def quantulum_extractor() -> Callable[[str], list[Prediction]] | str:
    """quantulum3's parser, or why it cannot run."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-untyped]
    except Exception as error:  # not installed, or its classifier does not load
        return f"{type(error).__name__}: {error}"

    def extract(text: str) -> list[Prediction]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = parser.parse(text)
            except Exception as error:
                # Its pickled classifier breaks with newer scikit-learn: use its rules only.
                from quantulum3 import classifier

                if not classifier.USE_CLF:
                    raise
                print(
                    f"note: quantulum3's classifier failed ({type(error).__name__}: {error}); "
                    "measuring quantulum3 without it"
                )
                classifier.USE_CLF = False
                found = parser.parse(text)
        result: list[Prediction] = []
        for quantity in found:
            name = quantity.unit.name
            unit = "<count>" if name == "dimensionless" else QUANTULUM_UNITS.get(name, name)
            start, end = quantity.span
            result.append((start, end, float(quantity.value), unit, None, None))
        return result

    try:
        extract("It killed 10 people, roughly 300 miles away.")
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return extract


def _same(x: float | None, y: float | None, tolerance: float) -> bool:
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=tolerance, abs_tol=1e-9)


def _unit_ok(predicted: str | None, expected: str | None) -> bool:
    if predicted == "<count>":  # quantulum3's dimensionless: accepted for any count
        return expected is None or (
            not is_measure(expected) and expected not in numbers._CURRENCIES
        )
    return predicted == expected


def score(
    cases: Sequence[tuple[str, str, list[dict[str, Any]]]],
    predictions: Sequence[list[Prediction]],
) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 for span, value+unit and interval matching."""
    totals = {"span": [0, 0, 0], "value+unit": [0, 0, 0], "interval": [0, 0, 0]}
    for (_, _, annotated), predicted in zip(cases, predictions, strict=False):
        ignored = [(a["start"], a["end"]) for a in annotated if a.get("ignore")]
        gold = [a for a in annotated if not a.get("ignore")]
        kept = [p for p in predicted if not any(s < p[1] and p[0] < e for s, e in ignored)]
        for level, counts in totals.items():
            used: set[int] = set()
            hits = 0
            for p in kept:
                for index, a in enumerate(gold):
                    if index in used or not (a["start"] < p[1] and p[0] < a["end"]):
                        continue
                    tolerance = 1e-4
                    ok = level == "span" or (
                        _same(p[2], a["amount"], tolerance) and _unit_ok(p[3], a["unit"])
                    )
                    if level == "interval" and ok and p[3] != "<count>":
                        ok = _same(p[4], a["low"], tolerance) and _same(p[5], a["high"], tolerance)
                    if ok:
                        used.add(index)
                        hits += 1
                        break
            counts[0] += hits
            counts[1] += len(kept)
            counts[2] += len(gold)
    result = {}
    for level, (hits, n_predicted, n_gold) in totals.items():
        precision = hits / n_predicted if n_predicted else 0.0
        recall = hits / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[level] = (precision, recall, f1)
    return result


def speed(extract: Callable[[str], object], texts: Sequence[str], seconds: float) -> float:
    """Seconds per pass over ``texts`` (repeated for at least ``seconds``)."""
    passes = 0
    started = time.perf_counter()
    while True:
        for text in texts:
            extract(text)
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return elapsed / passes


def speed_texts(cases: Iterable[tuple[str, str, object]]) -> list[str]:
    """All ECB+ and seed articles when present (more text than the scored ones), else the cases."""
    if SHARED.is_dir():
        paths = sorted((SHARED / "corpus" / "ECBplus").glob("*/*.txt"))
        paths += sorted((SHARED / "seeds").glob("*.txt"))
        return [path.read_text("utf-8") for path in paths]
    return [text for _, text, _ in cases]


def report(name: str, figures: dict[str, tuple[float, float, float]]) -> None:
    for level, (precision, recall, f1) in figures.items():
        print(f"  {name:11} {level:11} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


def main() -> int:
    cases = load_cases()
    heldout = [case for case in cases if case[0].startswith("heldout:")]
    development = [case for case in cases if not case[0].startswith("heldout:")]
    for label, chosen in (("all", cases), ("development", development), ("held-out", heldout)):
        n_gold = sum(1 for _, _, a in chosen for x in a if not x.get("ignore"))
        print(f"{label}: {len(chosen)} texts, {n_gold} annotated quantities")
        if chosen:
            report("claimdiff", score(chosen, [ours(text) for _, text, _ in chosen]))
    our_predictions = [ours(text) for _, text, _ in cases]
    if "-v" in sys.argv:
        for (name, text, _annotations), predicted in zip(cases, our_predictions, strict=False):
            print(name, [(text[p[0] : p[1]], p[2], p[3]) for p in predicted])

    texts = speed_texts(cases)
    chars = sum(len(text) for text in texts)
    our_time = speed(ours, texts, 2.0)
    print(
        f"speed claimdiff: {len(texts) / our_time:,.0f} docs/s, {chars / our_time:,.0f} chars/s "
        f"({len(texts)} articles, {chars:,} chars)"
    )

    baseline = quantulum_extractor()
    if isinstance(baseline, str):
        print(f"quantulum3 not measured: {baseline}")
        return 0
    print("all texts:")
    report("quantulum3", score(cases, [baseline(text) for _, text, _ in cases]))
    their_time = speed(baseline, texts, 2.0)
    print(
        f"speed quantulum3: {len(texts) / their_time:,.1f} docs/s, "
        f"{chars / their_time:,.0f} chars/s"
    )
    print(f"speed ratio claimdiff/quantulum3: {their_time / our_time:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
