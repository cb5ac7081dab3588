"""The diff: what each group of aligned claims shows, in one sentence a reader understands."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from claimdiff._align import ClaimGroup
from claimdiff._registry import Comparator, Comparison, Registry, describe_error
from claimdiff._serialize import value_key, value_to_dict
from claimdiff._types import DIFF_KINDS, Claim, Diff, DiffKind, Document, Problem

#: Words per shingle when looking for wire copies.
SHINGLE_WORDS = 6
#: Share of the shorter document's shingles found in the other for the two to be copies.
COPY_CONTAINMENT = 0.5
#: Earlier documents holding a shingle that a document is checked against.
SHINGLE_HOLDERS = 16
#: One shingle in this many is kept (by hash), which bounds memory on huge documents.
SHINGLE_SAMPLE = 4

_WORD = re.compile(r"\w+")
# Odd 64-bit constants for combining word hashes into shingle hashes.
_SHINGLE_MULTIPLIER = 0x100000001B3
_SHINGLE_MIXER = 0xBF58476D1CE4E5B9
_RELATION_KIND: dict[str, DiffKind] = {
    "equal": "agree",
    "compatible": "agree",
    "more_precise": "refine",
    "less_precise": "refine",
    "conflict": "conflict",
}


def _default_compare(a: Claim, b: Claim) -> Comparison:
    if value_to_dict(a.value) == value_to_dict(b.value):
        return Comparison.equal()
    return Comparison.conflict("value")


def compare_claims(
    a: Claim,
    b: Claim,
    comparators: dict[str, Comparator],
    problems: list[Problem] | None = None,
) -> Comparison:
    """Compare two aligned claims with the comparator registered for their kind.

    A comparator that raises or returns something else than a Comparison is recorded in
    ``problems`` (when given; otherwise the error propagates) and the values are compared
    for plain equality instead.
    """
    comparator = comparators.get(a.kind) or comparators.get(b.kind)
    if comparator is None:
        return _default_compare(a, b)
    try:
        if comparator.kind == a.kind:
            result = comparator.compare(a, b)
        else:
            result = comparator.compare(b, a)
            result = result.flipped() if isinstance(result, Comparison) else result
        if not isinstance(result, Comparison):
            raise TypeError(f"returned {type(result).__name__}, not a Comparison")
        return result
    except Exception as error:
        if problems is None:
            raise
        problems.append(
            Problem(
                comparator.plugin,
                f"comparator for {comparator.kind!r} failed on {a.id} and "
                f"{b.id}: {describe_error(error)}",
                kind="comparator",
            )
        )
        return _default_compare(a, b)


def relation_of(a: Claim, b: Claim, comparators: dict[str, Comparator]) -> str:
    """``compare_claims(a, b, comparators).relation``, from the comparator's ``relate`` when it
    registered one (which skips writing the explanation); raises what the comparator raises."""
    comparator = comparators.get(a.kind) or comparators.get(b.kind)
    if comparator is None or comparator.relate is None:
        return compare_claims(a, b, comparators).relation
    if comparator.kind == a.kind:
        return comparator.relate(a, b)
    relation = comparator.relate(b, a)
    return _FLIPPED.get(relation, relation)


#: A relation seen from the other claim's side (as Comparison.flipped).
_FLIPPED = {"more_precise": "less_precise", "less_precise": "more_precise"}


def _published(document: Document | None) -> dt.datetime | None:
    when = document.published if document else None
    if when is None:
        return None
    if isinstance(when, dt.datetime):
        return when.replace(tzinfo=None)
    return dt.datetime(when.year, when.month, when.day)


def _quoted(claim: Claim) -> str:
    text = " ".join(claim.text.split())
    return f"“{text if len(text) <= 80 else text[:77] + '…'}”"


def _side(claim: Claim, documents: dict[str, Document]) -> str:
    document = documents.get(claim.doc)
    return document.label if document else claim.doc


_CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"—–]")
#: Words of the surrounding clause shown when reports differ in what a value refers to.
CONTEXT_WORDS = 6


def _clause_next_to(claim: Claim, side: str) -> str:
    """The words right after (or before) the claim, up to a clause break."""
    sentence = claim.sentence or ""
    index = sentence.find(claim.text) if claim.text else -1
    if index < 0:
        return ""
    if side == "after":
        rest = _CLAUSE_BREAK.split(sentence[index + len(claim.text) :], maxsplit=1)[0]
        return " ".join(rest.split()[:CONTEXT_WORDS])
    rest = _CLAUSE_BREAK.split(sentence[:index])[-1]
    return " ".join(rest.split()[-CONTEXT_WORDS:])


def _context_difference(claims: Sequence[Claim]) -> str | None:
    """What the value refers to in each report, where that differs.

    ("roughly 300 miles from the North Korean border" and "nearly 430 miles northeast of
    Pyongyang": context differs: “from the North Korean border” vs “northeast of Pyongyang”).
    """
    for side in ("after", "before"):
        clauses = [_clause_next_to(claim, side) for claim in claims]
        folded = {clause.lower() for clause in clauses}
        if len(folded) > 1 and all(clauses):
            unique = list(dict.fromkeys(clauses))
            return "context differs: " + " vs ".join(f"“{clause}”" for clause in unique)
    return None


#: Groups with more claims than this name each distinct wording once, with a count of outlets.
MAX_LISTED = 4


def _grouped_sides(
    claims: Sequence[Claim], indices: Iterable[int], documents: dict[str, Document]
) -> list[str]:
    """Each distinct wording once: “about 90 kilometres” (Daily, Radio and 12 more)."""
    outlets: dict[str, list[str]] = defaultdict(list)
    for i in indices:
        outlets[_quoted(claims[i])].append(_side(claims[i], documents))
    sides = []
    for text, names in outlets.items():
        shown = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
        sides.append(f"{text} ({shown})")
    return sides


def _speakers(claims: Sequence[Claim], documents: dict[str, Document]) -> str:
    """Each speaker once, with the reports that name them: "Jake Sullivan (A, B) vs NSC (C)"."""
    outlets: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        outlets[claim.speaker or "no named speaker"].append(_side(claim, documents))
    return " vs ".join(f"{speaker} ({', '.join(names)})" for speaker, names in outlets.items())


def explain(
    kind: DiffKind,
    claims: Sequence[Claim],
    documents: dict[str, Document],
    comparison: Comparison | None = None,
    later: Claim | None = None,
    camps: Sequence[Sequence[int]] = (),
) -> str:
    """One sentence saying what the group shows, naming values and outlets."""
    if kind == "unique":
        return f"Only {_side(claims[0], documents)} reports this: {_quoted(claims[0])}."
    if len(claims) > MAX_LISTED:
        sides = _grouped_sides(claims, range(len(claims)), documents)
    else:
        sides = [f"{_quoted(c)} ({_side(c, documents)})" for c in claims]
    if kind == "agree":
        return f"{len(claims)} reports agree: " + ", ".join(sides) + "."
    assert comparison is not None
    field = comparison.field or "value"
    extra: list[str] = []
    if kind == "refine":
        sentence = f"One report is more precise on the {field}: " + " vs ".join(sides)
    elif field == "speaker":
        shortest = min(claims, key=lambda c: len(c.text))
        sentence = (
            f"The same words, {_quoted(shortest)}, are credited to different speakers: "
            + _speakers(claims, documents)
        )
    else:
        if len(camps) > 1:
            # Each side lists the reports that agree with each other.
            sides = [
                " and ".join(_grouped_sides(claims, camp, documents))
                if len(claims) > MAX_LISTED
                else " and ".join(sides[i] for i in camp)
                for camp in camps
            ]
        sentence = f"Reports disagree on the {field}: " + " vs ".join(sides)
        detail = comparison.detail
        if detail and not all(" ".join(c.text.split()) in detail for c in claims):
            # How the comparator read the values ("Tuesday" as 12 September 2023) or
            # which words differ: worth saying unless it only repeats the texts.
            extra.append(detail if field == "wording" else f"read as {detail}")
        if field != "wording":
            context = _context_difference(claims)
            if context:
                extra.append(context)
    if later is not None:
        extra.append(f"{_side(later, documents)} published later, so its figure may be an update")
    return sentence + ("; " + "; ".join(extra) if extra else "") + "."


def diff_group(
    group: ClaimGroup,
    documents: dict[str, Document],
    comparators: dict[str, Comparator],
    copies: dict[str, str] | None = None,
    problems: list[Problem] | None = None,
) -> Diff:
    """The diff of one aligned group: agree, refine, conflict or unique."""
    claims = group.claims
    details: dict[str, object] = {}
    if group.repeats:
        details["repeats"] = {key: list(ids) for key, ids in sorted(group.repeats.items())}
    if copies:
        independent = {copies.get(claim.doc, claim.doc) for claim in claims}
        details["independent_reports"] = len(independent)
    if len(claims) == 1:
        return Diff(
            kind="unique",
            claims=(claims[0].id,),
            docs=(claims[0].doc,),
            explanation=explain("unique", claims, documents),
            score=group.score,
            details=details,
        )
    # Claims saying the same thing in the same way (one value, one speaker) are compared
    # once: a story told by hundreds of outlets repeats a handful of distinct values.
    signatures: dict[tuple[str, str, str | None], list[int]] = {}
    for index, claim in enumerate(claims):
        signature = (claim.kind, value_key(claim), claim.speaker)
        signatures.setdefault(signature, []).append(index)
    distinct = [members[0] for members in signatures.values()]
    worst: tuple[int, Comparison] | None = None
    rank: dict[DiffKind, int] = {"agree": 0, "refine": 1, "conflict": 2, "unique": -1}
    compatible_fields: set[str] = set()
    agreeing: dict[int, set[int]] = {i: {i} for i in distinct}
    for n, i in enumerate(distinct):
        for j in distinct[n + 1 :]:
            comparison = compare_claims(claims[i], claims[j], comparators, problems)
            kind = _RELATION_KIND[comparison.relation]
            if comparison.relation == "compatible" and comparison.field:
                compatible_fields.add(comparison.field)
            if kind != "conflict":
                agreeing[i].add(j)
                agreeing[j].add(i)
            if worst is None or rank[kind] > worst[0]:
                worst = (rank[kind], comparison)
    if worst is None:  # every claim says the same
        worst = (0, Comparison.equal())
    comparison = worst[1]
    kind = _RELATION_KIND[comparison.relation]
    expand = {members[0]: members for members in signatures.values()}
    camps = (
        [sorted(i for lead in camp for i in expand[lead]) for camp in _camps(agreeing)]
        if kind == "conflict"
        else [list(range(len(claims)))]
    )
    later = None
    if kind == "conflict" and comparison.field in (None, "value", "amount"):
        later = _later_camp(claims, camps, documents)
        if later is not None:
            details["later"] = later.doc
    if len(camps) > 1:
        details["camps"] = [[claims[i].id for i in camp] for camp in camps]
    field = (
        comparison.field
        if kind != "agree"
        else (sorted(compatible_fields)[0] if compatible_fields else None)
    )
    return Diff(
        kind=kind,
        claims=tuple(claim.id for claim in claims),
        docs=tuple(claim.doc for claim in claims),
        explanation=explain(kind, claims, documents, comparison, later, camps),
        field=field,
        score=group.score,
        details=details,
    )


def _camps(agreeing: dict[int, set[int]]) -> list[list[int]]:
    """Claims that agree with each other, as sides of a conflict ("40 miles" with "64 km").

    Greedy, in claim order: a claim joins the first side whose every member it agrees
    with, so each side is consistent within itself.
    """
    camps: list[list[int]] = []
    for index in sorted(agreeing):
        for camp in camps:
            if all(member in agreeing[index] for member in camp):
                camp.append(index)
                break
        else:
            camps.append([index])
    return camps


def _later_camp(
    claims: Sequence[Claim], camps: Sequence[Sequence[int]], documents: dict[str, Document]
) -> Claim | None:
    """The latest report, when every report of its side was published after all the others.

    A figure that changes from report to report (a death toll rising) is then said to be
    later rather than only in conflict.
    """
    known = [_published(documents.get(claim.doc)) for claim in claims]
    times = [when for when in known if when is not None]
    if len(camps) < 2 or len(times) < len(claims):
        return None
    spans = sorted(
        (min(times[i] for i in camp), max(times[i] for i in camp), n)
        for n, camp in enumerate(camps)
    )
    last_start, _, last = spans[-1]
    if any(end >= last_start for _, end, _ in spans[:-1]):
        return None
    return claims[max(camps[last], key=lambda i: (times[i], claims[i].doc))]


@functools.lru_cache(maxsize=1 << 16)
def _word_code(word: str) -> int:
    return zlib.crc32(word.encode())


def _shingles(text: str) -> set[int]:
    """Hashes of a sample of the text's word shingles.

    Each word is hashed with CRC32 rather than ``hash()``, which changes from run to run, so
    the sample and with it the result are the same in every run; a shingle's hash combines
    its words' in one pass of array arithmetic. Keeping one shingle in
    :data:`SHINGLE_SAMPLE` bounds memory on huge documents while copies still share most of
    the kept ones.
    """
    words = _WORD.findall(text.lower())
    count = len(words) - SHINGLE_WORDS + 1
    if count <= 0:
        return set()
    codes = np.fromiter(map(_word_code, words), dtype=np.uint64, count=len(words))
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        # Wraps around modulo 2**64, the same on every machine.
        combined = combined * np.uint64(_SHINGLE_MULTIPLIER) + codes[offset : offset + count]
    # Mix the high bits down so that the sample below does not depend on the last word only.
    combined ^= combined >> np.uint64(31)
    combined *= np.uint64(_SHINGLE_MIXER)
    combined ^= combined >> np.uint64(29)
    kept = combined[combined % np.uint64(SHINGLE_SAMPLE) == 0]
    return set(kept.tolist())


def find_copies(documents: Iterable[Document]) -> list[tuple[str, ...]]:
    """Groups of documents that are copies of one story (wire copies), by shared word shingles.

    A pair is a copy when at least :data:`COPY_CONTAINMENT` of the shorter one's shingles
    occur in the other. Shingles found in most documents (shared boilerplate) are ignored.
    Documents are taken in id order and each is checked against the first
    :data:`SHINGLE_HOLDERS` earlier holders of each of its shingles: enough to join a copy
    to its story, while a thousand copies of one story stay linear in time and memory.
    """
    shingles = {document.id: _shingles(document.text) for document in documents}
    spread = Counter(itertools.chain.from_iterable(shingles.values()))
    common_limit = max(2, len(shingles) // 2)
    holders: dict[int, list[str]] = defaultdict(list)
    parent = {doc_id: doc_id for doc_id in shingles}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            parent[doc_id] = parent[parent[doc_id]]
            doc_id = parent[doc_id]
        return doc_id

    for doc_id in sorted(shingles):
        shared: Counter[str] = Counter()
        for shingle in shingles[doc_id]:
            if spread[shingle] > common_limit:
                continue
            earlier = holders[shingle]
            if earlier:  # most shingles are a document's own: no call for them
                shared.update(earlier)
            if len(earlier) < SHINGLE_HOLDERS:
                earlier.append(doc_id)
        for other, count in sorted(shared.items()):
            smaller = min(len(shingles[doc_id]), len(shingles[other]))
            if smaller and count / smaller >= COPY_CONTAINMENT:
                mine, theirs = root(doc_id), root(other)
                if mine != theirs:
                    parent[max(mine, theirs)] = min(mine, theirs)
    clusters: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(shingles):
        clusters[root(doc_id)].append(doc_id)
    return sorted(tuple(ids) for ids in clusters.values() if len(ids) > 1)


def diff(
    groups: Iterable[ClaimGroup],
    documents: Iterable[Document],
    registry: Registry | None = None,
    *,
    copies: Sequence[Sequence[str]] = (),
    problems: list[Problem] | None = None,
) -> list[Diff]:
    """What each aligned group shows, conflicts first, in an order independent of input order.

    ``copies`` lists groups of documents that copy one story (see :func:`find_copies`);
    each diff then counts its independent reports. A failing comparator is recorded in
    ``problems`` when a list is given, and raises otherwise.
    """
    if registry is None:
        from claimdiff._plugins import default_plugins

        registry = default_plugins().registry
    by_id = {document.id: document for document in documents}
    copy_of = {doc_id: group[0] for group in copies for doc_id in group}
    diffs = [diff_group(group, by_id, registry.comparators, copy_of, problems) for group in groups]
    order = {kind: n for n, kind in enumerate(DIFF_KINDS)}
    diffs.sort(key=lambda d: (order[d.kind], d.docs[0], d.claims))
    return diffs
