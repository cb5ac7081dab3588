"""Alignment benchmark: pair precision and recall, relation accuracy, on a hand-made gold set.

Run from the repository root::

    python benchmarks/alignment_bench.py                 # default threshold
    python benchmarks/alignment_bench.py --threshold 0.5
    python benchmarks/alignment_bench.py --errors        # and list every error
    python benchmarks/alignment_bench.py --sweep         # thresholds 0.20 ... 0.80

The gold set is ``benchmarks/data/alignment/*.json``, one file per story: our example
articles (``examples/articles``), the four seed articles and two ECB+ clusters in
``../shared`` (stories whose texts are absent are skipped with a message). It was made by
reading the articles, not from claimdiff's output. Each file lists the story's documents
(with publication dates: from the manifests, or read in the text, else ``null``), gold
``groups`` of members (file, character offsets, at most the first five words, kind:
quote / attribution / number / date) with the expected relation (agree / refine /
conflict) and a one-line reason, and ``negatives``: pairs that look alike but must not be
aligned (each side a member, or ``{"group": id}`` for all members of a group).

A group may hold two members from one document when that document states the fact twice
(a headline and the body): alignment keeps one claim per document in a group, so pairs
are counted between documents.

How it scores, per story (``claimdiff.compare`` with the default plugins, all kinds):

* mapping: each gold member goes to the predicted claim of the same family (quote and
  attribution are one family, "speech") whose span overlaps it most, measured as overlap
  over union (so a quote wins over the longer attribution around it; ties: the larger
  overlap). A member without such a claim is "not extracted" and counted
  apart, so extraction misses do not show up as alignment errors.
* recall: for every gold group, the pairs of documents that both have an extracted
  member; a pair is found when a member of each lands in one predicted diff.
* precision: the pairs of claims of different documents that one predicted diff holds
  (repeats merged into a claim included), where both claims are mapped from gold; a pair
  is right when the two share a gold group, wrong when their gold groups differ or a
  negative forbids it; pairs with a claim outside every gold group and every negative are
  not judged.
* relation accuracy: over gold groups where every document has an extracted member (the
  gold relation is about all of them) and all documents land in one predicted diff (one
  member per document suffices): is the diff's kind the gold relation? Groups missing a
  document's member are counted as "partial", split groups as "split".

Times are wall-clock seconds of ``compare`` (extraction, alignment and diff) per story.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = HERE / "data" / "alignment"
SHARED = REPO.parent / "shared"
RELATIONS = ("agree", "refine", "conflict")
KINDS = ("quote", "attribution", "number", "date")
SWEEP = tuple(round(0.2 + 0.05 * step, 2) for step in range(13))


def family(kind: str) -> str:
    """Quotes and attributions are both speech: an attribution may align with a quote."""
    return "speech" if kind in ("quote", "attribution") else kind


@dataclass(frozen=True)
class Member:
    file: str
    start: int
    end: int
    kind: str
    first_words: str = ""


@dataclass(frozen=True)
class GoldGroup:
    id: str
    relation: str
    why: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class Negative:
    """Two sides that must not share a predicted diff; a side is members or a group id."""

    a: tuple[Member, ...] | str
    b: tuple[Member, ...] | str
    why: str


@dataclass(frozen=True)
class DocumentSpec:
    file: str
    id: str
    source: str | None
    published: str | None


@dataclass
class Story:
    name: str
    path: Path
    root: Path
    documents: list[DocumentSpec]
    groups: list[GoldGroup]
    negatives: list[Negative]


class AnnotationError(ValueError):
    """An annotation file that does not fit its texts."""


def _member(raw: dict[str, Any]) -> Member:
    return Member(
        file=str(raw["file"]),
        start=int(raw["start"]),
        end=int(raw["end"]),
        kind=str(raw["kind"]),
        first_words=str(raw.get("first_words", "")),
    )


def _side(raw: dict[str, Any]) -> tuple[Member, ...] | str:
    return str(raw["group"]) if "group" in raw else (_member(raw),)


def parse_story(raw: dict[str, Any], path: Path) -> Story:
    """A story from the JSON of one annotation file (no text is read here)."""
    root = REPO if raw.get("root") == "repo" else SHARED
    documents = [
        DocumentSpec(
            file=str(d["file"]),
            id=str(d["id"]),
            source=d.get("source"),
            published=d.get("published"),
        )
        for d in raw["documents"]
    ]
    groups = [
        GoldGroup(
            id=str(g["id"]),
            relation=str(g["relation"]),
            why=str(g.get("why", "")),
            members=tuple(_member(m) for m in g["members"]),
        )
        for g in raw["groups"]
    ]
    negatives = [
        Negative(a=_side(n["a"]), b=_side(n["b"]), why=str(n.get("why", "")))
        for n in raw.get("negatives", [])
    ]
    return Story(str(raw.get("story", path.stem)), path, root, documents, groups, negatives)


def check_story(story: Story, texts: dict[str, str]) -> list[str]:
    """Everything wrong with a story's annotations against its texts (empty when sound)."""
    problems = []
    files = {d.file for d in story.documents}
    ids = [g.id for g in story.groups]
    if len(ids) != len(set(ids)):
        problems.append("duplicate group ids")
    members = [m for g in story.groups for m in g.members]
    for negative in story.negatives:
        for side in (negative.a, negative.b):
            if isinstance(side, str):
                if side not in ids:
                    problems.append(f"negative names unknown group {side!r}")
            else:
                members.extend(side)
    for group in story.groups:
        if group.relation not in RELATIONS:
            problems.append(f"{group.id}: relation {group.relation!r}")
        if len({m.file for m in group.members}) < 2:
            problems.append(f"{group.id}: fewer than two documents")
    for member in members:
        where = f"{member.file}@{member.start}"
        if member.file not in files:
            problems.append(f"{where}: file not among the story's documents")
            continue
        if member.kind not in KINDS:
            problems.append(f"{where}: kind {member.kind!r}")
        text = texts[member.file]
        if not 0 <= member.start < member.end <= len(text):
            problems.append(f"{where}: span outside the text")
            continue
        span_words = text[member.start : member.end].split()[:5]
        if member.first_words.split() != span_words:
            problems.append(
                f"{where}: text starts {' '.join(span_words)!r}, not {member.first_words!r}"
            )
        if len(member.first_words.split()) > 5:
            problems.append(f"{where}: first_words longer than five words")
    return problems


def read_text(path: Path) -> str:
    """The text as claimdiff reads it (so offsets agree with the claims)."""
    from claimdiff import Document

    return Document.from_path(path).text


def load_stories(data: Path = DATA, only: Iterable[str] = ()) -> list[tuple[Story, dict[str, str]]]:
    """Stories whose texts are all present, with their texts; absent ones are reported."""
    wanted = set(only)
    loaded = []
    for path in sorted(data.glob("*.json")):
        story = parse_story(json.loads(path.read_text(encoding="utf-8")), path)
        if wanted and story.name not in wanted:
            continue
        missing = [d.file for d in story.documents if not (story.root / d.file).is_file()]
        if missing:
            print(f"skipped {story.name}: {len(missing)} text(s) missing under {story.root}")
            continue
        texts = {d.file: read_text(story.root / d.file) for d in story.documents}
        problems = check_story(story, texts)
        if problems:
            raise AnnotationError(f"{path.name}: " + "; ".join(problems[:10]))
        loaded.append((story, texts))
    return loaded


# ----------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class PredictedClaim:
    """What scoring needs of a predicted claim."""

    id: str
    doc: str
    kind: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class PredictedDiff:
    kind: str
    claims: tuple[str, ...]
    explanation: str = ""


@dataclass
class Score:
    """Counts of one story (or of all, summed); the figures are ratios of them."""

    groups: int = 0
    members: int = 0
    extracted: int = 0
    missed_by_kind: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    gold_pairs: int = 0
    found_pairs: int = 0
    right_pairs: int = 0
    wrong_pairs: int = 0
    relation_groups: int = 0
    relation_right: int = 0
    split_groups: int = 0
    partial_groups: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "groups",
            "members",
            "extracted",
            "gold_pairs",
            "found_pairs",
            "right_pairs",
            "wrong_pairs",
            "relation_groups",
            "relation_right",
            "split_groups",
            "partial_groups",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, count in other.missed_by_kind.items():
            self.missed_by_kind[kind] += count
        self.errors.extend(other.errors)

    @property
    def precision(self) -> float | None:
        judged = self.right_pairs + self.wrong_pairs
        return self.right_pairs / judged if judged else None

    @property
    def recall(self) -> float | None:
        return self.found_pairs / self.gold_pairs if self.gold_pairs else None

    @property
    def relation_accuracy(self) -> float | None:
        return self.relation_right / self.relation_groups if self.relation_groups else None


def map_member(member: Member, doc: str, claims: Sequence[PredictedClaim]) -> str | None:
    """The id of the same-family claim of ``doc`` overlapping ``member`` most, or None."""
    best: tuple[float, int, str] | None = None
    for claim in claims:
        if claim.doc != doc or family(claim.kind) != family(member.kind):
            continue
        overlap = min(member.end, claim.end) - max(member.start, claim.start)
        if overlap <= 0:
            continue
        union = max(member.end, claim.end) - min(member.start, claim.start)
        # The tightest fit first (a quote rather than the attribution around it), then the
        # larger overlap, then the id for a stable choice.
        key = (overlap / union, overlap, claim.id)
        if best is None or key[:2] > best[:2] or (key[:2] == best[:2] and key[2] < best[2]):
            best = key
    return best[2] if best else None


def _short(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score_story(
    story: Story,
    claims: Sequence[PredictedClaim],
    diffs: Sequence[PredictedDiff],
) -> Score:
    """Score one story's predicted claims and diffs against its gold groups."""
    score = Score(groups=len(story.groups))
    doc_of_file = {d.file: d.id for d in story.documents}
    by_id = {claim.id: claim for claim in claims}
    diff_of: dict[str, int] = {}
    for index, predicted in enumerate(diffs):
        for claim_id in predicted.claims:
            diff_of[claim_id] = index

    mapped: dict[Member, str | None] = {}

    def claim_of(member: Member) -> str | None:
        if member not in mapped:
            mapped[member] = map_member(member, doc_of_file[member.file], claims)
        return mapped[member]

    groups_of: dict[str, set[str]] = defaultdict(set)
    group_claims: dict[str, list[str]] = {}
    for group in story.groups:
        found = []
        for member in group.members:
            score.members += 1
            mapped_id = claim_of(member)
            if mapped_id is None:
                score.missed_by_kind[member.kind] += 1
                score.errors.append(
                    f"[not extracted] {group.id}: {member.kind} {doc_of_file[member.file]} "
                    f"@{member.start} {member.first_words!r}"
                )
                continue
            score.extracted += 1
            groups_of[mapped_id].add(group.id)
            found.append(mapped_id)
        group_claims[group.id] = found

    forbidden: set[frozenset[str]] = set()
    negative_claims: set[str] = set()

    def side_claims(side: tuple[Member, ...] | str) -> list[str]:
        if isinstance(side, str):
            return group_claims.get(side, [])
        return [c for c in (claim_of(m) for m in side) if c is not None]

    for negative in story.negatives:
        for a in side_claims(negative.a):
            for b in side_claims(negative.b):
                if by_id[a].doc != by_id[b].doc:
                    forbidden.add(frozenset((a, b)))
                    negative_claims.update((a, b))

    # Recall, document pair by document pair, and relation accuracy.
    for group in story.groups:
        by_doc: dict[str, list[str]] = defaultdict(list)
        for claim_id in group_claims[group.id]:
            by_doc[by_id[claim_id].doc].append(claim_id)
        docs = sorted(by_doc)
        if len(docs) < 2:
            continue
        diffs_of_doc = {
            doc: {diff_of[c] for c in ids if c in diff_of} for doc, ids in by_doc.items()
        }
        missed = []
        for a, b in combinations(docs, 2):
            score.gold_pairs += 1
            if diffs_of_doc[a] & diffs_of_doc[b]:
                score.found_pairs += 1
            else:
                missed.append(f"{a}+{b}")
        common = set.intersection(*diffs_of_doc.values())
        if not common:
            score.split_groups += 1
            landed = "; ".join(
                f"{doc}: "
                + (
                    ", ".join(
                        f"{diffs[i].kind}[{len(diffs[i].claims)}] {_short(by_id[c].text, 30)!r}"
                        for c in by_doc[doc]
                        for i in ([diff_of[c]] if c in diff_of else [])
                    )
                    or "no diff"
                )
                for doc in docs
            )
            score.errors.append(
                f"[split] {group.id} ({group.relation}): {len(missed)} of "
                f"{len(docs) * (len(docs) - 1) // 2} pairs missed ({', '.join(missed[:6])}"
                f"{', …' if len(missed) > 6 else ''}); landed in: {landed}"
            )
            continue
        if len(docs) < len({m.file for m in group.members}):
            score.partial_groups += 1
            continue
        predicted = diffs[min(common)]
        score.relation_groups += 1
        if predicted.kind == group.relation:
            score.relation_right += 1
        else:
            score.errors.append(
                f"[relation] {group.id}: gold {group.relation}, predicted {predicted.kind}: "
                f"{_short(predicted.explanation, 160)}"
            )

    # Precision over pairs of claims that one predicted diff holds.
    judged = set(groups_of) | negative_claims
    for predicted in diffs:
        inside = [c for c in predicted.claims if c in judged and c in by_id]
        for a, b in combinations(inside, 2):
            if by_id[a].doc == by_id[b].doc:
                continue
            pair = frozenset((a, b))
            shared = groups_of.get(a, set()) & groups_of.get(b, set())
            if pair in forbidden or (not shared and groups_of.get(a) and groups_of.get(b)):
                score.wrong_pairs += 1
                reason = "negative" if pair in forbidden else "different gold groups"
                score.errors.append(
                    f"[wrong pair] {reason}: "
                    f"{sorted(groups_of.get(a, set())) or '-'} {by_id[a].doc} "
                    f"{_short(by_id[a].text, 30)!r} + {sorted(groups_of.get(b, set())) or '-'} "
                    f"{by_id[b].doc} {_short(by_id[b].text, 30)!r} in a {predicted.kind} diff"
                )
            elif shared:
                score.right_pairs += 1
    return score


# ----------------------------------------------------------------------------- running


BUILTIN_PLUGINS = sorted(
    ep.name
    for ep in importlib.metadata.distribution("claimdiff").entry_points
    if ep.group == "claimdiff"
)


def run_story(
    story: Story, threshold: float | None
) -> tuple[list[PredictedClaim], list[PredictedDiff], float]:
    """``claimdiff.compare`` on the story's documents; claims, diffs and seconds taken."""
    import claimdiff
    from claimdiff import Document

    documents = [
        Document.from_path(
            story.root / spec.file, id=spec.id, source=spec.source, published=spec.published
        )
        for spec in story.documents
    ]
    options: dict[str, Any] = {} if threshold is None else {"threshold": threshold}
    # The built-in plugins only, whatever else is installed on the machine.
    options["only"] = BUILTIN_PLUGINS
    started = time.perf_counter()
    report = claimdiff.compare(documents, **options)
    seconds = time.perf_counter() - started
    claims = [PredictedClaim(c.id, c.doc, c.kind, c.start, c.end, c.text) for c in report.claims]
    diffs = []
    for predicted in report.diffs:
        ids = list(predicted.claims)
        # Repeats folded into a kept claim belong to its diff too.
        for repeated in dict(predicted.details.get("repeats", {})).values():
            ids.extend(repeated)
        diffs.append(PredictedDiff(predicted.kind, tuple(ids), predicted.explanation))
    return claims, diffs, seconds


def _figure(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def evaluate(
    stories: Sequence[tuple[Story, dict[str, str]]], threshold: float | None
) -> tuple[list[tuple[str, Score, float, int]], Score, float]:
    rows = []
    total = Score()
    seconds_total = 0.0
    for story, _texts in stories:
        claims, diffs, seconds = run_story(story, threshold)
        score = score_story(story, claims, diffs)
        score.errors = [f"{story.name}: {line}" for line in score.errors]
        rows.append((story.name, score, seconds, len(claims)))
        total.add(score)
        seconds_total += seconds
    return rows, total, seconds_total


def print_table(rows: list[tuple[str, Score, float, int]], total: Score, seconds: float) -> None:
    print(
        f"{'story':17} {'groups':>6} {'members':>7} {'extracted':>9} {'doc pairs':>9} "
        f"{'P':>5} {'R':>5} {'rel.acc':>7} {'split':>5} {'part.':>5} {'claims':>6} {'time s':>6}"
    )
    for name, score, took, claims in [*rows, ("ALL", total, seconds, -1)]:
        print(
            f"{name:17} {score.groups:>6} {score.members:>7} "
            f"{score.extracted:>4}/{score.members:<4} {score.found_pairs:>4}/{score.gold_pairs:<4} "
            f"{_figure(score.precision)} {_figure(score.recall)} "
            f"{_figure(score.relation_accuracy):>7} {score.split_groups:>5} "
            f"{score.partial_groups:>5} {claims if claims >= 0 else '':>6} {took:6.2f}"
        )
    print(
        f"precision: {total.right_pairs} right of {total.right_pairs + total.wrong_pairs} judged "
        f"predicted pairs; recall: {total.found_pairs} of {total.gold_pairs} gold document "
        f"pairs; relation accuracy: {total.relation_right} of {total.relation_groups} groups "
        f"held whole in one diff"
    )
    missed = ", ".join(f"{k} {v}" for k, v in sorted(total.missed_by_kind.items()))
    print(f"not extracted: {total.members - total.extracted} of {total.members} members ({missed})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--threshold", type=float, default=None, help="passed to compare")
    parser.add_argument("--sweep", action="store_true", help="thresholds 0.20 to 0.80")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--story", action="append", default=[], help="only this story")
    parser.add_argument("--data", type=Path, default=DATA, help="annotation folder")
    args = parser.parse_args(argv)

    from claimdiff._align import ALIGN_THRESHOLD

    started = time.perf_counter()
    stories = load_stories(args.data, args.story)
    if not stories:
        print("no story to score (are the texts under ../shared present?)")
        return 1
    groups = sum(len(story.groups) for story, _ in stories)
    print(f"alignment benchmark: {len(stories)} stories, {groups} gold groups")

    if args.sweep:
        print(f"{'threshold':>9} {'P':>5} {'R':>5} {'rel.acc':>7} {'split':>5} {'time s':>6}")
        for threshold in SWEEP:
            _rows, total, seconds = evaluate(stories, threshold)
            mark = "  (default)" if abs(threshold - ALIGN_THRESHOLD) < 1e-9 else ""
            print(
                f"{threshold:9.2f} {_figure(total.precision)} {_figure(total.recall)} "
                f"{_figure(total.relation_accuracy):>7} {total.split_groups:>5} "
                f"{seconds:6.2f}{mark}"
            )
    else:
        threshold = ALIGN_THRESHOLD if args.threshold is None else args.threshold
        print(f"threshold {threshold:.2f}{' (default)' if args.threshold is None else ''}")
        rows, total, seconds = evaluate(stories, args.threshold)
        print_table(rows, total, seconds)
        if args.errors:
            print("\nerrors:")
            for line in total.errors:
                print("  " + line)
    print(f"total time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
