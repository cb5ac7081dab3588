"""Alignment: which claims of different documents are about the same thing.

How it decides, in four steps:

1. Repeats within one document (a caption printed twice) are merged first.
2. Blocking: claims are only compared with claims of the same blocking key (the
   comparator's ``key``: a number's dimension or counted noun, "speech" for quotes and
   attributions, otherwise the kind).
3. Similarity, from what surrounds the value rather than the value itself: the content
   words next to the claim and the names in its sentence, as one sorted set of words per
   claim (words found around most claims of a large block, such as the story's main
   names, are left out since they tell claims apart no better than chance), and, where the
   comparator gives one, the claim's anchor (a quote's words). All scores of a block come
   from ``rapidfuzz.process.cdist``; no Python loop runs over all pairs.
4. Clustering: pairs scoring at least :data:`ALIGN_THRESHOLD`, or at least
   :data:`WEAK_THRESHOLD` when each is the other's best match in the other's document,
   are merged best first into groups holding at most one claim per document; two groups
   merge only when at least :data:`LINKAGE` of the pairs between them are such pairs, so
   a chain of weak links (A like B, B like C) does not pull A and C together.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

import attrs
import numpy as np
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import Indel

from claimdiff._registry import Comparator, Registry
from claimdiff._serialize import value_to_dict
from claimdiff._types import Claim

#: Similarity, in [0, 1], at which two claims of different documents are the same claim.
ALIGN_THRESHOLD = 0.4
#: Lower similarity enough for two claims that are each other's best match.
WEAK_THRESHOLD = 0.2
#: Share of cross pairs that must be aligned pairs for two groups to merge.
LINKAGE = 0.5
#: Within one document, sentences at least this similar (0-100) holding the same value are repeats.
REPEAT_SIMILARITY = 90
#: Earlier claims of the same value a claim is checked against for being a repeat.
REPEAT_CANDIDATES = 8
#: Content words taken on each side of a claim, within its sentence.
WINDOW_WORDS = 8
#: Weight of the anchor (a quote's words) against the context when both claims have one.
ANCHOR_WEIGHT = 0.75
#: Blocks spanning at least this many documents weight words by inverse document frequency.
IDF_MIN_DOCUMENTS = 3
#: Most times a rare word counts (a word in every document counts once).
MAX_WORD_WEIGHT = 4
#: Rows of the score matrix computed at once, bounding memory on large blocks.
CHUNK_ROWS = 2048
#: Blocks of up to this many claims are clustered exactly (all pairs); larger ones, as in a
#: story of hundreds of documents, stream document by document against group representatives.
EXACT_BLOCK_LIMIT = 600
#: Members of a group that a claim is compared with in streaming clustering.
REPRESENTATIVES = 4

_WORD = re.compile(r"[^\W\d_][\w’'\-]{0,40}")
_STOP_WORDS = frozenset(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does during each few for from further had
    has have having he her here hers him his how i if in into is it its itself just more most
    my no nor not now of off on once only or other our out over own same she should so some
    such than that the their them then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    said says say told tells according added reported reports mr mrs ms dr per cent percent
    one two three four five six seven eight nine ten hundred thousand million billion
    monday tuesday wednesday thursday friday saturday sunday week weeks month months year
    years day days today yesterday tomorrow last next earlier later since""".split()
)
_NAME = re.compile(
    r"\b[A-Z][\w’'\-]{0,40}(?:\s{1,3}(?:of\s{1,3}|the\s{1,3})?[A-Z][\w’'\-]{0,40}){0,6}"
)
_NOT_NAMES = frozenset(
    """The A An In On At As By For From But And Or If It Its He She They We I You This That
    These Those There Their His Her Our After Before When While Mr Mrs Ms Dr Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday""".split()
)


@attrs.frozen
class ClaimGroup:
    """Claims of different documents that alignment found to be about the same thing.

    ``repeats`` maps a kept claim's id to the ids of its repeats in the same document.
    ``score`` is the mean similarity of the pairs in the group (1.0 for a single claim).
    """

    claims: tuple[Claim, ...]
    score: float
    repeats: dict[str, tuple[str, ...]] = attrs.field(factory=dict, eq=False, hash=False)

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(claim.doc for claim in self.claims)


def names_in(text: str) -> list[str]:
    """Capitalised names in a sentence ("North Korean", "Vladivostok"), minus function words."""
    names = []
    for match in _NAME.finditer(text):
        words = [w for w in match.group().split() if w not in _NOT_NAMES]
        if words:
            names.append(" ".join(words))
    return names


def masked_context(claim: Claim) -> str:
    """The claim's sentence with its own words taken out, so only the surroundings compare."""
    sentence = claim.sentence or ""
    index = sentence.find(claim.text) if claim.text else -1
    if index >= 0:
        return sentence[:index] + " " + sentence[index + len(claim.text) :]
    return sentence


def _value_key(claim: Claim) -> str:
    return repr(sorted(value_to_dict(claim.value).items()))


def merge_repeats(claims: Sequence[Claim]) -> tuple[list[Claim], dict[str, tuple[str, ...]]]:
    """Fold claims repeated within one document (same kind, value and near-same sentence).

    A claim is checked against at most :data:`REPEAT_CANDIDATES` earlier claims with the same
    value, so a document repeating one figure a hundred thousand times stays linear.
    """
    kept: list[Claim] = []
    repeats: dict[str, list[str]] = defaultdict(list)
    seen: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        slot = seen[(claim.doc, claim.kind, _value_key(claim))]
        sentence = claim.sentence or ""
        original = next(
            (
                earlier
                for earlier in slot[-REPEAT_CANDIDATES:]
                if earlier.sentence == sentence
                or fuzz.ratio(earlier.sentence or "", sentence, processor=utils.default_process)
                >= REPEAT_SIMILARITY
            ),
            None,
        )
        if original is None:
            slot.append(claim)
            kept.append(claim)
        else:
            repeats[original.id].append(claim.id)
    return kept, {key: tuple(ids) for key, ids in repeats.items()}


def _block_key(claim: Claim, comparators: dict[str, Comparator]) -> Hashable:
    comparator = comparators.get(claim.kind)
    if comparator is not None and comparator.key is not None:
        return ("key", comparator.key(claim))
    return ("kind", claim.kind)


def _anchor(claim: Claim, comparators: dict[str, Comparator]) -> str:
    comparator = comparators.get(claim.kind)
    return comparator.anchor(claim) if comparator is not None and comparator.anchor else ""


def content_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` that carry content (no function or reporting words)."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group().lower().strip("-’'").removesuffix("’s").removesuffix("'s")
        if len(word) > 1 and word not in _STOP_WORDS:
            words.append(word)
    return words


def context_words(claim: Claim) -> set[str]:
    """The content words next to the claim (WINDOW_WORDS a side) and the names in its sentence."""
    sentence = claim.sentence or ""
    index = sentence.find(claim.text) if claim.text else -1
    if index < 0:
        before, after = sentence, ""
    else:
        before, after = sentence[:index], sentence[index + len(claim.text) :]
    words = set(content_words(before)[-WINDOW_WORDS:]) | set(content_words(after)[:WINDOW_WORDS])
    for name in names_in(before + " " + after):
        words.update(content_words(name))
    return words


@attrs.frozen
class _Features:
    """What alignment compares of each claim of a block, as parallel lists."""

    contexts: list[list[str]]
    anchors: list[str]

    @classmethod
    def of(cls, claims: Sequence[Claim], comparators: dict[str, Comparator]) -> _Features:
        word_sets = [context_words(claim) for claim in claims]
        # Rare words say more than the story's main names: weight each word by how few
        # documents of the block use it (inverse document frequency), by repeating it.
        documents_with: dict[str, set[str]] = defaultdict(set)
        for claim, words in zip(claims, word_sets, strict=True):
            for word in words:
                documents_with[word].add(claim.doc)
        documents = len({claim.doc for claim in claims})
        weights = {
            word: min(MAX_WORD_WEIGHT, 1 + int(math.log(documents / len(holders) + 1e-9) * 2))
            if documents >= IDF_MIN_DOCUMENTS
            else 1
            for word, holders in documents_with.items()
        }
        return cls(
            [
                [f"{word}#{copy}" for word in sorted(words) for copy in range(weights[word])]
                for words in word_sets
            ],
            [_anchor(claim, comparators) for claim in claims],
        )

    def take(self, indices: Sequence[int]) -> _Features:
        return _Features([self.contexts[i] for i in indices], [self.anchors[i] for i in indices])


def _cdist(queries: Sequence[Any], choices: Sequence[Any], scorer: Any, workers: int) -> Any:
    folding = utils.default_process if scorer is fuzz.token_set_ratio else None
    scale = 100.0 if scorer is fuzz.token_set_ratio else 1.0
    return (
        process.cdist(
            queries, choices, scorer=scorer, processor=folding, dtype=np.float32, workers=workers
        )
        / scale
    )


def _score(queries: _Features, choices: _Features, workers: int) -> Any:
    """Similarity in [0, 1] of every query claim to every choice claim (a float32 matrix)."""
    # Indel similarity of two sorted word lists is their weighted Dice overlap: unlike a
    # token-set ratio, a small set inside a large one does not score as a perfect match.
    scores = _cdist(queries.contexts, choices.contexts, Indel.normalized_similarity, workers)
    query_anchored = np.array([bool(a) for a in queries.anchors], dtype=bool)
    choice_anchored = np.array([bool(a) for a in choices.anchors], dtype=bool)
    if query_anchored.any() and choice_anchored.any():
        # A partial quote lies inside the fuller one: here a token-set ratio is what is wanted.
        anchor = _cdist(queries.anchors, choices.anchors, fuzz.token_set_ratio, workers)
        weighted = ANCHOR_WEIGHT * anchor + (1 - ANCHOR_WEIGHT) * scores
        scores = np.where(np.logical_and.outer(query_anchored, choice_anchored), weighted, scores)
    return scores.astype(np.float32)


def similarity_matrix(
    claims: Sequence[Claim], comparators: dict[str, Comparator], *, workers: int = 1
) -> Any:
    """The pairwise similarity, in [0, 1], of claims of one block (a float32 matrix)."""
    features = _Features.of(claims, comparators)
    size = len(claims)
    scores = np.zeros((size, size), dtype=np.float32)
    for row in range(0, size, CHUNK_ROWS):
        rows = list(range(row, min(row + CHUNK_ROWS, size)))
        scores[row : row + len(rows)] = _score(features.take(rows), features, workers)
    return scores


def _mutual_best(scores: Any, doc_codes: Any) -> Any:
    """Pairs that are each other's best match between their two documents (claims sorted by doc)."""
    starts = np.flatnonzero(np.r_[True, doc_codes[1:] != doc_codes[:-1]])
    best_per_doc = np.maximum.reduceat(scores, starts, axis=1)
    group_of_column = np.cumsum(np.r_[False, doc_codes[1:] != doc_codes[:-1]])
    row_best = scores >= best_per_doc[:, group_of_column]
    return row_best & row_best.T


def _cluster_exact(
    claims: Sequence[Claim],
    scores: Any,
    threshold: float,
    values_conflict: Callable[[Claim, Claim], bool],
) -> list[tuple[list[int], float]]:
    """Best pairs first, merging groups whose cross pairs are mostly aligned pairs."""
    docs = np.array([claim.doc for claim in claims])
    doc_codes = np.unique(docs, return_inverse=True)[1]
    weak = min(WEAK_THRESHOLD, threshold)
    upper = np.triu(np.ones(scores.shape, dtype=bool), k=1)
    other_doc = docs[:, None] != docs[None, :]
    strong_pairs = upper & other_doc & (scores >= threshold)
    weak_pairs = upper & other_doc & ~strong_pairs & (scores >= weak)
    weak_pairs &= _mutual_best(scores, doc_codes)
    # Weak evidence is enough only when the values do not contradict each other: two
    # loosely similar sentences with different dates are more likely two different facts.
    for i, j in zip(*np.nonzero(weak_pairs), strict=True):
        if values_conflict(claims[i], claims[j]):
            weak_pairs[i, j] = False
    left, right = np.nonzero(strong_pairs | weak_pairs)
    pair_scores = scores[left, right]
    # Best first; ties by position, which follows the sorted claim order.
    order = np.lexsort((right, left, -pair_scores))
    strong = {(int(i), int(j)) for i, j in zip(left, right, strict=True)}
    member: list[int] = list(range(len(claims)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for index in order:
        i, j = int(left[index]), int(right[index])
        gi, gj = member[i], member[j]
        if gi == gj:
            continue
        a, b = groups[gi], groups[gj]
        if {docs[k] for k in a} & {docs[k] for k in b}:
            continue
        linked = sum((min(x, y), max(x, y)) in strong for x in a for y in b)
        if linked < LINKAGE * len(a) * len(b):
            continue
        groups[gi] = a + b
        for k in b:
            member[k] = gi
        del groups[gj]
    result = []
    for indices in groups.values():
        indices.sort()
        if len(indices) > 1:
            sub = scores[np.ix_(indices, indices)]
            mean = float(sub[np.triu_indices(len(indices), k=1)].mean())
        else:
            mean = 1.0
        result.append((indices, mean))
    return result


def _cluster_streaming(
    claims: Sequence[Claim],
    comparators: dict[str, Comparator],
    threshold: float,
    workers: int,
) -> list[tuple[list[int], float]]:
    """Document by document (in id order), each claim joins the group it is most like.

    A claim's likeness to a group is its mean similarity to the group's first
    :data:`REPRESENTATIVES` members, so the cost grows with documents times groups, not
    with the square of the claims; one claim per document per group, best pairs first.
    """
    features = _Features.of(claims, comparators)
    groups: list[list[int]] = []
    group_scores: list[list[float]] = []
    representatives: list[int] = []
    owner: list[int] = []  # the group of each representative
    start = 0
    while start < len(claims):
        stop = start
        while stop < len(claims) and claims[stop].doc == claims[start].doc:
            stop += 1
        rows = list(range(start, stop))
        start = stop
        taken: set[int] = set()
        filled: set[int] = set()
        if representatives:
            similarity = _score(features.take(rows), features.take(representatives), workers)
            totals = np.zeros((len(rows), len(groups)), dtype=np.float32)
            np.add.at(totals.T, np.array(owner), similarity.T)
            counts = np.bincount(np.array(owner), minlength=len(groups)).astype(np.float32)
            means = totals / counts
            row_index, group_index = np.nonzero(means >= threshold)
            order = np.lexsort((group_index, row_index, -means[row_index, group_index]))
            for k in order:
                row, group = int(row_index[k]), int(group_index[k])
                if row in taken or group in filled:
                    continue
                taken.add(row)
                filled.add(group)
                groups[group].append(rows[row])
                group_scores[group].append(float(means[row, group]))
                if len(groups[group]) <= REPRESENTATIVES:
                    representatives.append(rows[row])
                    owner.append(group)
        for row, index in enumerate(rows):
            if row not in taken:
                groups.append([index])
                group_scores.append([])
                representatives.append(index)
                owner.append(len(groups) - 1)
    return [
        (members, float(np.mean(scores)) if scores else 1.0)
        for members, scores in zip(groups, group_scores, strict=True)
    ]


def align(
    claims: Iterable[Claim],
    registry: Registry | None = None,
    *,
    threshold: float = ALIGN_THRESHOLD,
    workers: int = 1,
) -> list[ClaimGroup]:
    """Group claims of different documents that are about the same thing.

    Every claim ends in exactly one group (a group of one is a claim only one document
    has); a group never holds two claims of one document. The result does not depend on
    the order of ``claims``.
    """
    if registry is None:
        from claimdiff._plugins import default_plugins

        registry = default_plugins().registry
    comparators = registry.comparators
    from claimdiff._diff import compare_claims

    def values_conflict(a: Claim, b: Claim) -> bool:
        try:
            return compare_claims(a, b, comparators).relation == "conflict"
        except Exception:  # a failing comparator is reported when the diff runs
            return False

    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.kind, c.id))
    kept, repeats = merge_repeats(ordered)
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in kept:
        blocks[_block_key(claim, comparators)].append(claim)
    groups: list[ClaimGroup] = []
    for block in blocks.values():
        if len({claim.doc for claim in block}) < 2:
            clusters = [([i], 1.0) for i in range(len(block))]
        elif len(block) <= EXACT_BLOCK_LIMIT:
            scores = similarity_matrix(block, comparators, workers=workers)
            clusters = _cluster_exact(block, scores, threshold, values_conflict)
        else:
            clusters = _cluster_streaming(block, comparators, threshold, workers)
        for indices, score in clusters:
            members = tuple(block[i] for i in indices)
            group_repeats = {c.id: repeats[c.id] for c in members if c.id in repeats}
            groups.append(ClaimGroup(members, score, group_repeats))
    groups.sort(key=lambda g: (g.claims[0].doc, g.claims[0].start, g.claims[0].id))
    return groups
