"""TempEval-3 DATE expressions: span and value precision, recall and F1, and speed.

Reads the TE3-platinum TimeML files at run time from ``../shared/benchmarks/tempeval3``
(relative to the repository; nothing of them is copied here). For each document the
publication date is the ``<DCT>``; the gold set is every ``TIMEX3 type="DATE"`` in
``<TEXT>``. claimdiff's ``dates`` extractor and dateparser's ``search_dates`` (the
baseline, ``languages=['en']``, ``RELATIVE_BASE`` = DCT) run on the same plain texts.

Scoring (relaxed, as in TE3 Task A):

* span: a prediction counts when it overlaps a gold DATE; a prediction that overlaps only
  a gold TIME, DURATION or SET timex is left out of the count (this benchmark scores
  DATE expressions only); a prediction overlapping no timex is a false positive;
* value: a gold DATE is found when an overlapping prediction has its value; a prediction
  is correct when its value equals that of a gold DATE it overlaps. Values are mapped to
  TimeML: day -> YYYY-MM-DD, week -> YYYY-Www, month -> YYYY-MM, year -> YYYY, decade ->
  YYY, century -> YY, a value covering exactly one season -> 2012-SU (winter named by the
  year of its January). Gold values we never produce (PRESENT_REF, PAST_REF, XXXX-...)
  count as misses.

Also printed, and labelled as such: the recall on the gold DATEs whose value is a calendar
date, and the whole score restricted to the gold DATEs we aim to produce: calendar values and
seasons. Left out of that figure (gold and the predictions overlapping only them) are the vague
references PRESENT_REF / PAST_REF / FUTURE_REF ("now", "currently", "in the past"), which
claimdiff does not emit on purpose (a claim "now" would be noise in every diff), values with
unknown digits (XXXX-WI, 2012-XX-XX: "the day before <an event>") and durations typed as DATE
(P5Y). ``--errors`` lists every miss and false positive with its class.

Speed: our extractor against ``search_dates`` on the same texts, as a ratio measured in
this run.

Run:  python benchmarks/dates_bench.py [--errors]
Baseline: dateparser (`pip install -e '.[bench]'`); without it the baseline is skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from claimdiff import DateValue
from claimdiff_plugins.dates import find_dates, season_of

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "tempeval3"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CALENDAR_VALUE = re.compile(r"^\d{2,4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$")
_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)$")
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}


def gold_class(value: str) -> str:
    """What kind of gold value this is, and whether claimdiff aims to produce it."""
    if _CALENDAR_VALUE.match(value) or _SEASON_VALUE.match(value):
        return "aimed"
    if value.endswith("_REF"):
        return "vague reference (not emitted by design)"
    if value.startswith("P"):
        return "duration typed as DATE"
    return "unknown digits (no calendar value)"


@attrs.frozen
class Timex:
    start: int
    end: int
    type: str
    value: str


@attrs.frozen
class Article:
    name: str
    text: str
    published: dt.date
    timexes: tuple[Timex, ...]


@attrs.frozen
class Prediction:
    start: int
    end: int
    value: str


def read_tml(path: Path) -> Article:
    """The plain text of ``<TEXT>``, its TIMEX3 offsets in that text, and the DCT."""
    source = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", source, re.S)
    if dct is None:
        raise ValueError(f"{path.name}: no DCT")
    body_start = source.index("<TEXT>") + len("<TEXT>")
    body = source[body_start : source.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[Timex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
        elif open_timex is not None:
            start, attributes = open_timex
            timexes.append(
                Timex(start, length, attributes.get("type", ""), attributes.get("value", ""))
            )
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return Article(path.name, "".join(pieces), dt.date.fromisoformat(dct.group(1)), tuple(timexes))


def timeml_value(value: DateValue) -> str:
    start = value.start
    season = season_of(value)
    if season is not None:
        return f"{season[1]:04d}-{_SEASON_CODES[season[0]]}"
    if value.granularity == "day":
        return start.isoformat()
    if value.granularity == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if value.granularity == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if value.granularity == "year":
        return f"{start.year:04d}"
    if value.granularity == "decade":
        return f"{start.year // 10:03d}"
    return f"{start.year // 100:02d}"


def ours(article: Article) -> list[Prediction]:
    return [
        Prediction(start, end, timeml_value(value))
        for start, end, value, _ in find_dates(article.text, article.published)
    ]


def _dateparser_period_value(parser: Any, phrase: str) -> str:
    """dateparser's own reading of a phrase it found, at the precision it reports."""
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return ""
    day: dt.date = data.date_obj.date()
    period = str(data.period or "day")
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def dateparser_search(article: Article) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(article.published, dt.time())
    found = search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base})
    return list(found or [])


def dateparser_predictions(article: Article, found: Sequence[tuple[str, Any]]) -> list[Prediction]:
    """Offsets of dateparser's phrases (found in order) and their values at its precision."""
    from dateparser.date import DateDataParser

    base = dt.datetime.combine(article.published, dt.time())
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    predictions: list[Prediction] = []
    position = 0
    for phrase, _ in found:
        start = article.text.find(phrase, position)
        if start < 0:
            start = article.text.find(phrase)
            if start < 0:
                continue
        else:
            position = start + len(phrase)
        predictions.append(
            Prediction(start, start + len(phrase), _dateparser_period_value(parser, phrase))
        )
    return predictions


def _overlap(a: Prediction | Timex, b: Prediction | Timex) -> bool:
    return a.start < b.end and b.start < a.end


@attrs.define
class Score:
    gold: int = 0
    gold_span_found: int = 0
    gold_value_found: int = 0
    gold_calendar: int = 0
    gold_calendar_found: int = 0
    predicted: int = 0
    predicted_span_ok: int = 0
    predicted_value_ok: int = 0
    strict_span_ok: int = 0
    errors: list[str] = attrs.Factory(list)

    def add(self, article: Article, predictions: Sequence[Prediction]) -> None:
        dates = [t for t in article.timexes if t.type == "DATE"]
        others = [t for t in article.timexes if t.type != "DATE"]
        for gold in dates:
            overlapping = [p for p in predictions if _overlap(p, gold)]
            found = any(p.value == gold.value for p in overlapping)
            calendar = bool(_CALENDAR_VALUE.match(gold.value))
            self.gold += 1
            self.gold_span_found += bool(overlapping)
            self.gold_value_found += found
            self.gold_calendar += calendar
            self.gold_calendar_found += calendar and found
            self.strict_span_ok += any(
                (p.start, p.end) == (gold.start, gold.end) for p in overlapping
            )
            if not found:
                got = ", ".join(f"{article.text[p.start : p.end]!r}={p.value}" for p in overlapping)
                self.errors.append(
                    f"miss {article.name}: {article.text[gold.start : gold.end]!r} "
                    f"gold={gold.value} got={got or '-'} [{gold_class(gold.value)}]"
                )
        for prediction in predictions:
            golds = [g for g in dates if _overlap(prediction, g)]
            if not golds and any(_overlap(prediction, o) for o in others):
                continue  # a TIME, DURATION or SET: not scored here
            self.predicted += 1
            self.predicted_span_ok += bool(golds)
            self.predicted_value_ok += any(g.value == prediction.value for g in golds)
            if not golds:
                context = article.text[max(0, prediction.start - 30) : prediction.end + 10]
                self.errors.append(
                    f"false {article.name}: {article.text[prediction.start : prediction.end]!r}"
                    f"={prediction.value} in {context!r} [no gold timex]"
                )

    def lines(self, label: str) -> list[str]:
        def prf(correct_p: int, total_p: int, correct_r: int, total_r: int) -> str:
            precision = correct_p / total_p if total_p else 0.0
            recall = correct_r / total_r if total_r else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"

        calendar_recall = self.gold_calendar_found / self.gold_calendar if self.gold_calendar else 0
        return [
            f"{label}: {self.predicted} scored predictions, {self.gold} gold DATE",
            "  span (relaxed) "
            + prf(self.predicted_span_ok, self.predicted, self.gold_span_found, self.gold),
            f"  span (strict)  matches {self.strict_span_ok}/{self.gold}",
            "  value          "
            + prf(self.predicted_value_ok, self.predicted, self.gold_value_found, self.gold),
            f"  value recall on the {self.gold_calendar} gold DATEs with a calendar value "
            f"(no PRESENT_REF, seasons, XXXX): {calendar_recall:.3f}",
        ]


def aimed_only(article: Article) -> Article:
    """The article with the gold DATEs we do not aim at retyped, so that they are not scored."""
    timexes = tuple(
        t if t.type != "DATE" or gold_class(t.value) == "aimed" else attrs.evolve(t, type="DATE-")
        for t in article.timexes
    )
    return attrs.evolve(article, timexes=timexes)


def _timed(function: Callable[[], Any], repeat: int) -> tuple[Any, float]:
    started = time.perf_counter()
    result = None
    for _ in range(repeat):
        result = function()
    return result, (time.perf_counter() - started) / repeat


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--errors", action="store_true", help="list misses and false positives")
    arguments = options.parse_args(argv)
    if not DATA.is_dir():
        print(f"TempEval-3 data not found at {DATA}; skipping the dates benchmark.")
        return 0
    articles = [read_tml(path) for path in sorted(DATA.glob("*.tml"))]
    if not articles:
        print(f"no .tml files in {DATA}; skipping the dates benchmark.")
        return 0
    words = sum(len(article.text.split()) for article in articles)
    print(f"TempEval-3 platinum: {len(articles)} articles, {words} words, from {DATA}")

    predictions, our_seconds = _timed(lambda: [ours(a) for a in articles], repeat=20)
    score = Score()
    for article, predicted in zip(articles, predictions, strict=False):
        score.add(article, predicted)
    print("\n".join(score.lines("claimdiff dates")))
    if arguments.errors:
        print("\n".join("    " + line for line in score.errors))
    restricted = Score()
    for article, predicted in zip(articles, predictions, strict=False):
        restricted.add(aimed_only(article), predicted)
    print(
        "\n".join(
            restricted.lines(
                "claimdiff dates, restricted to the gold DATEs we aim to produce "
                "(calendar values and seasons)"
            )[:4]
        )
    )

    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: baseline skipped (pip install dateparser).")
        return 0
    dateparser_search(articles[0])  # load its language data before timing
    found, baseline_seconds = _timed(lambda: [dateparser_search(a) for a in articles], repeat=1)
    baseline = Score()
    for article, phrases in zip(articles, found, strict=False):
        baseline.add(article, dateparser_predictions(article, phrases))
    print("\n".join(baseline.lines("dateparser search_dates (languages=['en'])")))
    if arguments.errors:
        print("\n".join("    " + line for line in baseline.errors))
    print(
        f"speed: claimdiff dates {our_seconds * 1000:.1f} ms, search_dates "
        f"{baseline_seconds * 1000:.1f} ms for all {len(articles)} articles: "
        f"claimdiff is {baseline_seconds / our_seconds:.1f}x faster"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
