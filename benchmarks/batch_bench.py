"""Batch mode figures: throughput by workers and on Dask, cost by story size, story grouping.

Run from the repository root::

    python benchmarks/batch_bench.py [--copies N] [--skip-dask]

1. Throughput of ``claimdiff.batch`` (built-in plugins) for 1, 2 and all local workers and for
   a Dask ``LocalCluster`` with one single-threaded worker process per CPU, as stories and
   documents per second and as a ratio to 1 worker measured in the same run. The stories are
   the ECB+ clusters in ``../shared/corpus/ECBplus`` (read at run time, each cluster repeated
   ``--copies`` times under new ids), or our own ``examples/articles`` when the corpus is absent.
   The cluster's start-up is not timed. Needs ``pip install "dask[distributed]"`` for the Dask
   row (skipped with a message otherwise).
2. Cost by story size: extraction alone vs the whole comparison for stories of 2 to 14
   documents of one event — extraction grows with the documents, alignment with story size.
3. Story grouping on ECB+: pairwise and B-cubed precision/recall against the five true
   clusters, with dates and from the text alone, for several time windows; and the grouping
   time on a synthetic feed of thousands of articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import attrs

import claimdiff
from claimdiff import Document
from claimdiff._batch import batch
from claimdiff._stories import (
    WINDOW_DAYS,
    average_linkage,
    features_of,
    group_stories,
    grouping_quality,
    pair_scores,
)

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT.parent / "shared" / "corpus" / "ECBplus"
EXAMPLES = ROOT / "examples" / "articles"
#: Each throughput row is the best of this many runs (the machine may be shared).
REPEATS = 2


def ecbplus_articles() -> list[dict[str, Any]] | None:
    manifest = ECBPLUS / "manifest.json"
    if not manifest.exists():
        return None
    articles = []
    for entry in json.loads(manifest.read_text(encoding="utf-8"))["articles"]:
        articles.append(
            {
                "id": entry["doc_id"],
                "story": entry["cluster"],
                "title": entry["title"],
                "source": entry["outlet"],
                "published": entry["date"],
                "text": (ECBPLUS / entry["file"]).read_text(encoding="utf-8"),
            }
        )
    return articles


def example_articles() -> list[dict[str, Any]]:
    manifest = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))
    return [
        {
            "id": entry["id"],
            "story": "ferry",
            "source": entry["source"],
            "published": entry["published"],
            "text": (EXAMPLES / entry["path"]).read_text(encoding="utf-8"),
        }
        for entry in manifest["documents"]
    ]


def synthetic_feed(articles: list[dict[str, Any]], copies: int) -> list[dict[str, Any]]:
    return [
        {**article, "id": f"{article['id']}~{n}", "story": f"{article['story']}~{n}"}
        for n in range(copies)
        for article in articles
    ]


def throughput(articles: list[dict[str, Any]], copies: int, skip_dask: bool) -> None:
    feed = synthetic_feed(articles, copies)
    stories = len({a["story"] for a in feed})
    cpus = os.cpu_count() or 1
    print(
        f"\n## Throughput: {stories} stories, {len(feed)} documents, {cpus} CPUs, best of {REPEATS}"
    )
    if hasattr(os, "getloadavg"):
        # Ratios only mean something on an otherwise idle machine: say how busy it was.
        print(f"load average before the runs: {os.getloadavg()[0]:.2f} on {cpus} CPUs")
    print(f"{'runner':<28} {'seconds':>8} {'stories/s':>10} {'docs/s':>8} {'vs 1 worker':>12}")
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "feed.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in feed), encoding="utf-8")
        baseline: float | None = None
        runs: list[tuple[str, dict[str, Any]]] = [
            ("local, 1 worker", {"workers": 1}),
            ("local, 2 workers", {"workers": 2}),
            (f"local, all ({cpus}) workers", {"workers": cpus}),
        ]
        cluster = None
        if not skip_dask:
            try:
                from dask.distributed import LocalCluster

                cluster = LocalCluster(
                    n_workers=cpus, threads_per_worker=1, processes=True, dashboard_address=None
                )
                runs.append(
                    (f"dask LocalCluster, {cpus} procs", {"scheduler": cluster.scheduler_address})
                )
            except ImportError:
                print("(dask row skipped: pip install 'dask[distributed]')")
        try:
            for number, (label, options) in enumerate(runs):
                seconds = float("inf")
                for repeat in range(REPEATS):
                    output = Path(scratch) / f"out{number}-{repeat}.jsonl"
                    start = time.perf_counter()
                    result = batch(source, output, progress=False, **options)
                    seconds = min(seconds, time.perf_counter() - start)
                    assert result.ran == stories and not result.failed, result.failed
                baseline = baseline or seconds
                print(
                    f"{label:<28} {seconds:>8.2f} {stories / seconds:>10.2f} "
                    f"{len(feed) / seconds:>8.1f} {baseline / seconds:>11.2f}x"
                )
        finally:
            if cluster is not None:
                cluster.close()


def cost_by_story_size(articles: list[dict[str, Any]]) -> None:
    by_story: dict[str, list[dict[str, Any]]] = {}
    for article in articles:
        by_story.setdefault(article["story"], []).append(article)
    biggest = max(by_story.values(), key=len)
    docs = [
        Document.from_text(a["text"], a["id"], source=a["source"], published=a["published"])
        for a in biggest
    ]
    print(f"\n## Cost by story size (one event, {len(docs)} documents available)")
    print(
        f"{'documents':>9} {'extract s':>10} {'compare s':>10} {'align+diff s':>13} {'claims':>7}"
    )
    claimdiff.compare(docs[:2])  # load plugins and warm up outside the timings
    for size in sorted({2, 4, 8, len(docs)}):
        if size > len(docs):
            continue
        part = docs[:size]
        start = time.perf_counter()
        claims = sum(len(claimdiff.extract(d).claims) for d in part)
        extracted = time.perf_counter() - start
        start = time.perf_counter()
        claimdiff.compare(part)
        compared = time.perf_counter() - start
        print(
            f"{size:>9} {extracted:>10.3f} {compared:>10.3f} "
            f"{max(compared - extracted, 0):>13.3f} {claims:>7}"
        )


def grouping(articles: list[dict[str, Any]]) -> None:
    docs = [
        Document(
            a["id"],
            a["text"],
            title=a.get("title"),
            published=dt.date.fromisoformat(a["published"]) if a["published"] else None,
        )
        for a in articles
    ]
    truth = {a["id"]: a["story"] for a in articles}
    print(f"\n## Story grouping on ECB+ ({len(docs)} articles, {len(set(truth.values()))} events)")
    print(
        f"{'setting':<26} {'stories':>7} {'pair P':>7} {'pair R':>7} {'B3 P':>6} {'B3 R':>6} {'ms':>6}"
    )
    for label, options in [
        (f"dates, window {WINDOW_DAYS:g} d (default)", {}),
        ("dates, window 1 d", {"window_days": 1.0}),
        ("dates, window 3 d", {"window_days": 3.0}),
        ("dates, window 14 d", {"window_days": 14.0}),
        ("text only (no dates)", {"use_dates": False}),
    ]:
        start = time.perf_counter()
        stories = group_stories(docs, **options)
        millis = (time.perf_counter() - start) * 1000
        predicted = {doc_id: story.id for story in stories for doc_id in story.documents}
        q = grouping_quality(predicted, truth)
        print(
            f"{label:<26} {len(stories):>7} {q.pairwise_precision:>7.3f} {q.pairwise_recall:>7.3f} "
            f"{q.bcubed_precision:>6.3f} {q.bcubed_recall:>6.3f} {millis:>6.0f}"
        )

    # Scale: a synthetic feed of many distinct events over 30 days, made from the ECB+
    # features: copy k of an event gets its names and its own lead words renamed (suffix ~k),
    # keeping the lead words that two or more ECB+ events use ("earthquake", "killed"), so
    # copies are different events that still share everyday vocabulary.
    features = [features_of(d) for d in docs]
    events_of_word: dict[str, set[str]] = {}
    for item in features:
        for word in item.lead:
            events_of_word.setdefault(word, set()).add(truth[item.id])
    everyday = {word for word, events in events_of_word.items() if len(events) >= 2}
    print(
        f"\n{'feed articles':>13} {'events':>7} {'scored pairs':>13} {'score s':>8} "
        f"{'cluster s':>10} {'pair P':>7} {'pair R':>7}   (synthetic, 30 days)"
    )
    rng = random.Random(7)
    for size in (1000, 4000, 10000):
        feed, truth_feed = [], {}
        for n in range(size):
            copy = n % (size // len(features))
            item = features[n % len(features)]
            feed.append(
                attrs.evolve(
                    item,
                    id=f"{item.id}~{copy}",
                    lead=tuple(sorted({w if w in everyday else f"{w}~{copy}" for w in item.lead})),
                    names=Counter({f"{name}~{copy}": k for name, k in item.names.items()}),
                    day=738000 + copy * 30 // (size // len(features)) + rng.randrange(3),
                )
            )
            truth_feed[f"{item.id}~{copy}"] = f"{truth[item.id]}~{copy}"
        feed.sort(key=lambda item: item.id)
        start = time.perf_counter()
        scores = pair_scores(feed)
        scored = time.perf_counter() - start
        start = time.perf_counter()
        groups = average_linkage(len(feed), scores)
        clustered = time.perf_counter() - start
        predicted = {feed[i].id: str(g[0]) for g in groups for i in g}
        q = grouping_quality(predicted, truth_feed)
        print(
            f"{len(feed):>13} {len(set(truth_feed.values())):>7} {len(scores.scores):>13} "
            f"{scored:>8.2f} {clustered:>10.2f} {q.pairwise_precision:>7.3f} "
            f"{q.pairwise_recall:>7.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=8, help="repeat each story N times")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    articles = ecbplus_articles()
    if articles is None:
        print("ECB+ corpus not found: throughput on examples/articles, no grouping figures")
        throughput(example_articles(), args.copies * 10, args.skip_dask)
        return 0
    throughput(articles, args.copies, args.skip_dask)
    cost_by_story_size(articles)
    grouping(articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
