"""Alignment: which claims of different documents are about the same thing.

How it decides:

1. Repeats within one document (a caption printed twice) are merged first, and so is a
   value restated right after itself in other units ("10 kilometres (six miles)") when its
   comparator finds the two equal or compatible.
2. Blocking: claims are only compared with claims of the same blocking key (the
   comparator's ``key``: a number's dimension or counted noun, "speech" for quotes and
   attributions, otherwise the kind). Claims whose ``subject`` differs (people killed,
   people injured) are never the same claim.
3. Similarity, from what surrounds the value rather than the value itself: the content
   words around the claim, weighted by closeness (its own clause counts most), plus the
   names in its sentence, folded for common news synonyms and crudely stemmed; in a large
   block, rare words weigh more. Two claims' weighted word lists are compared with the
   Indel similarity (a weighted Dice overlap) in one ``rapidfuzz.process.cdist`` call per
   block; for quotes, the quoted words (the comparator's ``anchor``) weigh most.
4. The values as weak evidence (:data:`VALUE_PRIOR`): the comparator's relation adds a
   little for agreeing values and takes more away for conflicting ones, since a false
   conflict is the costliest mistake. It is computed only for pairs near a decision.
5. Position and time: the first claims of a block in two documents (their leads) are a
   little more alike (:data:`LEAD_BONUS`); claims whose sentences are dated to periods that
   do not meet (by the date claims found in them) are less alike (:data:`TIME_MALUS`).
6. Clustering: pairs at least :data:`ALIGN_THRESHOLD` similar, mutual best matches between
   their two documents at least :data:`WEAK_THRESHOLD` similar whose values do not
   conflict, and the only claims of their block in their two documents at least
   :data:`SOLE_THRESHOLD` similar, are merged best first into groups holding at most one
   claim per document. Two groups merge when at least :data:`LINKAGE` of the pairs between
   them are such pairs or their mean similarity reaches :data:`MERGE_MEAN`.
7. Groups that give one value throughout and are at least :data:`PARALLEL_MEAN` alike join,
   even when they share documents (a headline and a lead stating one figure): the second
   claim of a document becomes a repeat of the first.

Blocks of more than :data:`EXACT_BLOCK_LIMIT` claims (a story of hundreds of documents)
are clustered document by document against a few representatives of each group instead,
which keeps the cost close to linear in the number of documents.

The thresholds were calibrated on the annotated set in ``benchmarks/data/alignment``
(``python benchmarks/alignment_bench.py --sweep``).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, get_args

import attrs
import numpy as np
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import Indel, LCSseq

from claimdiff._registry import Comparator, Registry, Relation
from claimdiff._serialize import value_key
from claimdiff._types import Claim, DateValue

#: The relations a comparator may answer.
_RELATIONS = frozenset(get_args(Relation))

#: Similarity, in [0, 1], at which two claims of different documents are the same claim.
ALIGN_THRESHOLD = 0.45
#: Lower similarity enough for two claims that are each other's best match.
WEAK_THRESHOLD = 0.1
#: Whether weak pairs (mutual best matches) may have conflicting values.
WEAK_CONFLICTS = False
#: Lowest similarity of the claims themselves (before the value prior) for a weak pair.
MIN_SIMILARITY = 0.05
#: Similarity enough for the only claims of their block in their two documents.
SOLE_THRESHOLD = 0.15
#: Added to the similarity of two claims by how their values compare (the comparator's relation).
VALUE_PRIOR = {
    "equal": 0.1,
    "compatible": 0.1,
    "more_precise": 0.05,
    "less_precise": 0.05,
    "conflict": -0.2,
}
#: Mean similarity between two groups enough for them to merge (average linkage).
MERGE_MEAN = 0.3
#: Mean similarity enough for two groups of one value to join (see _join_same_value_groups).
PARALLEL_MEAN = 0.1
#: Share of cross pairs that must be aligned pairs for two groups to merge.
LINKAGE = 0.6
#: Within one document, sentences at least this similar (0-100) holding the same value are repeats.
REPEAT_SIMILARITY = 90
#: Earlier claims of the same value a claim is checked against for being a repeat.
REPEAT_CANDIDATES = 8
#: Content words taken on each side of a claim, within its sentence.
WINDOW_WORDS = 8
#: In blocks of IDF_MIN_CLAIMS or more, anchor words found in more than this share of the
#: claims are left out of the anchors.
COMMON_ANCHOR_SHARE = 0.15
# First code point of the private alphabet words are written in (past the surrogates).
_ALPHABET_START = 0x10000
#: Content words next to a claim that weigh most.
NEAR_WORDS = 3
#: Weight of the anchor (a quote's words) against the context when both claims have one.
ANCHOR_WEIGHT = 0.8
#: Anchors shorter than this many content words count for proportionally less.
ANCHOR_FULL_WORDS = 3
#: Blocks of at least this many claims weight words by how few claims they stand next to.
IDF_MIN_CLAIMS = 6
#: Rows of the score matrix computed at once, bounding memory on large blocks.
CHUNK_ROWS = 2048
#: Blocks of up to this many claims are clustered exactly (all pairs); larger ones, as in a
#: story of hundreds of documents, stream document by document against group representatives.
EXACT_BLOCK_LIMIT = 600
#: Fewest pairs in one score matrix for which ``workers`` threads are used.
PARALLEL_MIN_PAIRS = 250_000
#: Members of a group that a claim is compared with in streaming clustering.
REPRESENTATIVES = 4
#: In streaming clustering, words shared by more representatives than this share (and at
#: least STREAM_COMMON_MIN) do not make a group a candidate on their own.
STREAM_COMMON_SHARE = 0.05
STREAM_COMMON_MIN = 50
#: Added to the similarity of two claims that are each the first of their block in their
#: document: news leads with the main event, so the first magnitude or death toll of each
#: report is most often the same claim, however differently the leads are worded.
LEAD_BONUS = 0.15
#: Taken from the similarity of two claims whose sentences are dated to periods that do
#: not meet (the dates extracted in each sentence, from first to last day).
TIME_MALUS = 0.15

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
#: Words news reports use interchangeably, folded to one form before comparing contexts.
NEWS_SYNONYMS = {
    **dict.fromkeys(["quake", "temblor", "tremor"], "earthquake"),
    **dict.fromkeys(["struck", "strike", "hit", "rock", "rocked", "jolt", "jolted"], "hit"),
    **dict.fromkeys(["kill", "dead", "die", "died", "death", "deaths", "toll"], "killed"),
    **dict.fromkeys(["wound", "wounded", "hurt", "injur", "injury", "injuries"], "injured"),
    **dict.fromkeys(["persons", "person", "residents", "resident", "inhabitant"], "people"),
    **dict.fromkeys(["km", "kilometer", "kilometre", "kilometers", "kilometres"], "km"),
    **dict.fromkeys(["mile", "miles"], "mile"),
    **dict.fromkeys(["arrest", "arrested", "detain", "detained"], "arrest"),
    **dict.fromkeys(["home", "homes", "house", "houses", "building", "buildings"], "house"),
    **dict.fromkeys(["ship", "vessel", "boat"], "ship"),
    **dict.fromkeys(["talk", "talks", "summit", "meet", "met", "meeting"], "meet"),
}
_DIGIT_TAIL = re.compile(r"-?\d.*")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\s-\s")
# The same, capturing what it matches, so that splitting at breaks keeps them.
_CLAUSE_BREAK_SPLIT = re.compile(f"({_CLAUSE_BREAK.pattern})")
# "\b[A-Z]..." written as "[A-Z](?<!\w[A-Z])...": the same matches, but a pattern that opens
# with a character set lets the regex engine skip to the next capital instead of trying a
# match at every character (tests/test_scan_patterns.py checks both forms agree).
_NAME = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w’'\-]{0,40}(?:\s{1,3}(?:of\s{1,3}|the\s{1,3})?[A-Z][\w’'\-]{0,40}){0,6}"
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
    return [name for name in map(_name_of, _NAME.findall(text)) if name]


# A story's reports name the same people and places over and over.
@functools.lru_cache(maxsize=1 << 14)
def _name_of(match: str) -> str:
    """A name as matched, without its function words ("The", "Mr"); "" when nothing is left."""
    return " ".join(word for word in match.split() if word not in _NOT_NAMES)


def merge_repeats(
    claims: Sequence[Claim], key: Callable[[Claim], str] = value_key
) -> tuple[list[Claim], dict[str, tuple[str, ...]]]:
    """Fold claims repeated within one document (same kind, value and near-same sentence).

    A claim is checked against at most :data:`REPEAT_CANDIDATES` earlier claims with the same
    value, so a document repeating one figure a hundred thousand times stays linear.
    """
    kept: list[Claim] = []
    repeats: dict[str, list[str]] = defaultdict(list)
    seen: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        slot = seen[(claim.doc, claim.kind, key(claim))]
        sentence = claim.sentence or ""
        original = None
        if slot:  # most claims are the first of their value in their document
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


#: Between a value and its restatement in other units: "10 kilometres (six miles)".
_RESTATEMENT_GAP = re.compile(r"\s{0,2}[(\[]\s{0,2}|,?\s{1,2}or\s{1,2}|\s{0,2}/\s{0,2}")


def _restated_right_after(previous: Claim, claim: Claim) -> bool:
    """Whether ``claim`` follows ``previous`` in their sentence across a restatement gap."""
    sentence = previous.sentence or ""
    gap = claim.start - previous.end
    at = sentence.find(previous.text)
    while at >= 0:
        after = at + len(previous.text)
        if _RESTATEMENT_GAP.fullmatch(sentence, after, after + gap) and sentence.startswith(
            claim.text, after + gap
        ):
            return True
        at = sentence.find(previous.text, at + 1)
    return False


def merge_restatements(
    claims: Sequence[Claim],
    repeats: dict[str, tuple[str, ...]],
    block_key: Callable[[Claim], Hashable],
    relation: Callable[[Claim, Claim], str],
) -> tuple[list[Claim], dict[str, tuple[str, ...]]]:
    """Fold a value restated right after itself ("10 kilometres (six miles)") into one claim.

    Outlets convert units in parentheses; the two figures are one claim of the document,
    and kept apart they would split the group (a group holds one claim per document).
    ``claims`` are sorted by document and position.
    """
    kept: list[Claim] = []
    merged = {key: list(ids) for key, ids in repeats.items()}
    for claim in claims:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.doc == claim.doc
            and 0 < claim.start - previous.end <= 5
            and previous.sentence is not None
            and previous.sentence == claim.sentence
            and block_key(previous) == block_key(claim)
            and _restated_right_after(previous, claim)
            and relation(previous, claim) in {"equal", "compatible"}
        ):
            merged.setdefault(previous.id, []).extend([claim.id, *merged.pop(claim.id, [])])
            continue
        kept.append(claim)
    return kept, {key: tuple(ids) for key, ids in merged.items()}


def merge_nested(
    claims: Sequence[Claim],
    repeats: dict[str, tuple[str, ...]],
    block_key: Callable[[Claim], Hashable],
    relation: Callable[[Claim, Claim], str],
) -> tuple[list[Claim], dict[str, tuple[str, ...]], dict[str, list[Claim]]]:
    """Fold a claim holding another of its block and speaker into the claim it holds.

    "U.S. officials said that arms talks were “actively advancing”" is one report holding a
    quote: two claims of one statement. Kept apart, another outlet's report of it could
    align with only one of them. The inner claim stays, since its exact words are what a
    wording conflict is read from; the one holding it becomes its repeat. Returns the kept
    claims (in the order of ``claims``: by document and position), the repeats, and per kept
    claim the claims it stands for this way: alignment scores a claim by the better of it and
    them, since a report's words may say more than the quote's.
    """
    merged = {key: list(ids) for key, ids in repeats.items()}
    partners: dict[str, list[Claim]] = {}
    folded: set[str] = set()
    # Claims of the current document that may still hold later ones; an outer claim comes
    # before the claims it holds, even one starting where it starts.
    open_claims: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.doc, c.start, -c.end, c.kind, c.id)):
        open_claims = [
            outer for outer in open_claims if outer.doc == claim.doc and outer.end > claim.start
        ]
        outer = next(
            (
                outer
                for outer in reversed(open_claims)
                if claim.end <= outer.end
                and (outer.start, outer.end) != (claim.start, claim.end)
                and outer.id not in folded
                and outer.speaker == claim.speaker
                and block_key(outer) == block_key(claim)
                and relation(outer, claim) in _SAME_STATEMENT
            ),
            None,
        )
        if outer is not None:
            folded.add(outer.id)
            merged[claim.id] = [*merged.pop(claim.id, []), outer.id, *merged.pop(outer.id, [])]
            partners[claim.id] = [outer]
        open_claims.append(claim)
    kept = [claim for claim in claims if claim.id not in folded]
    return kept, {key: tuple(ids) for key, ids in merged.items()}, partners


_SAME_STATEMENT = frozenset({"equal", "compatible", "more_precise", "less_precise"})


def sentence_periods(claims: Iterable[Claim]) -> dict[tuple[str, str | None], tuple[int, int]]:
    """The days (as ordinals) the date claims of each sentence span, from first to last.

    Keyed by document and sentence text; a number or a quote in that sentence is dated by it.
    """
    periods: dict[tuple[str, str | None], tuple[int, int]] = {}
    for claim in claims:
        if isinstance(claim.value, DateValue) and claim.sentence:
            start, end = claim.value.start.toordinal(), claim.value.end.toordinal()
            known = periods.get((claim.doc, claim.sentence))
            if known:
                start, end = min(start, known[0]), max(end, known[1])
            periods[(claim.doc, claim.sentence)] = (start, end)
    return periods


def _block_key(claim: Claim, comparators: dict[str, Comparator]) -> Hashable:
    comparator = comparators.get(claim.kind)
    if comparator is not None and comparator.key is not None:
        return ("key", comparator.key(claim))
    return ("kind", claim.kind)


def _anchor(claim: Claim, comparators: dict[str, Comparator]) -> str:
    comparator = comparators.get(claim.kind)
    return comparator.anchor(claim) if comparator is not None and comparator.anchor else ""


_SUFFIXES = ("ings", "ing", "ed", "es", "s")
# What every suffix ends with.
_STEM_ENDINGS = ("s", "ed", "ing")


def _stem(word: str) -> str:
    """A crude stem, so "villages" meets "village" and "killing" meets "killed"."""
    if not word.endswith(_STEM_ENDINGS):  # most words: no suffix to try
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Words of ``text`` that carry content, folded to a common form.

    Lower-cased, without function or reporting words, crudely stemmed, and with the
    common news synonyms of :data:`NEWS_SYNONYMS` folded into one word ("temblor" and
    "quake" are both "earthquake").
    """
    return list(filter(None, map(_fold, _WORD.findall(text))))


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """One word in its common form, or "" for a word that carries no content."""
    # A value glued to a word ("magnitude-5.9", "COVID-19") is the value, not its context.
    word = word.lower()
    # A word of letters alone (most words) has no digit, hyphen or apostrophe to take off.
    if not word.isalpha():
        word = _DIGIT_TAIL.sub("", word)
        word = word.strip("-’'").removesuffix("’s").removesuffix("'s")
    if len(word) < 2 or word in _STOP_WORDS:
        return ""
    word = NEWS_SYNONYMS.get(word, word)
    stem = _stem(word)
    return NEWS_SYNONYMS.get(stem, stem)


def context_words(claim: Claim) -> Mapping[str, int]:
    """The content words around the claim, each weighted by how closely it belongs to it.

    What a value measures is said next to it and in its own clause ("built in 1998",
    "Vladivostok, roughly 300 miles from the border"): within the claim's clause the
    :data:`NEAR_WORDS` nearest words on each side weigh 4 and the rest 3; words beyond the
    clause, up to :data:`WINDOW_WORDS` a side, weigh 1, as do the sentence's other names.
    """
    return _context_words(claim.sentence or "", claim.text, claim.subject or "")


# Wire copies repeat whole sentences across a story's reports: each is read once.
@functools.lru_cache(maxsize=1 << 14)
def _context_words(sentence: str, text: str, subject: str) -> Mapping[str, int]:
    index = sentence.find(text) if text else -1
    # A claim whose text is not in its sentence has the whole sentence before it.
    start, end = (index, index + len(text)) if index >= 0 else (len(sentence), len(sentence))
    before = sentence[:start]
    before_clause, before_window = _words_before(before)
    after_clause, after_window = _words_after(sentence, end)
    names = names_in(before + " " + sentence[end:])
    subject_words = _content_words_of(subject)
    # Each word weighs the most of the places it is in, and is listed where first met:
    # every place weighs at least 1, and each heavier place overrides the lighter ones.
    weights = dict.fromkeys(
        itertools.chain(
            subject_words,
            itertools.chain.from_iterable(map(_content_words_of, names)),
            before_window,
            before_clause,
            after_window,
            after_clause,
        ),
        1,
    )
    # The word just past a comma still often names what the value is about
    # ("Vladivostok, roughly 300 miles").
    weights.update(dict.fromkeys(before_window[:1] + after_window[:1], 2))
    weights.update(dict.fromkeys(before_clause[NEAR_WORDS:] + after_clause[NEAR_WORDS:], 3))
    # What the extractor says the claim is about ("killed", "injured") counts as near.
    near = (subject_words, before_clause[:NEAR_WORDS], after_clause[:NEAR_WORDS])
    weights.update(dict.fromkeys(itertools.chain.from_iterable(near), 4))
    return weights


# A story's reports name the same people, places and subjects over and over.
@functools.lru_cache(maxsize=1 << 14)
def _content_words_of(text: str) -> tuple[str, ...]:
    return tuple(content_words(text))


def _content_words_in(text: str, start: int, end: int) -> list[str]:
    """:func:`content_words` of ``text[start:end]``, read in place."""
    return list(filter(None, map(_fold, _WORD.findall(text, start, end))))


def _words_before(before: str) -> tuple[list[str], list[str]]:
    """The content words of the claim's clause in the text ``before`` it, and the
    :data:`WINDOW_WORDS` last content words before it, both nearest first."""
    # Its clause is the text past the last clause break. No word runs across a break, so
    # the words before the clause are read on their own, and only when the clause is short.
    clause_start = _clause_start(before)
    clause = _content_words_in(before, clause_start, len(before))
    clause.reverse()
    if len(clause) >= WINDOW_WORDS or clause_start == 0:
        return clause, clause[:WINDOW_WORDS]
    earlier = _content_words_in(before, 0, clause_start)
    return clause, clause + earlier[::-1][: WINDOW_WORDS - len(clause)]


def _clause_start(before: str) -> int:
    """Where the last clause of ``before`` starts: past the last clause break of a
    left-to-right reading (as ``_CLAUSE_BREAK_SPLIT.split(before)[-1]`` begins)."""
    # The break pattern reads the same backwards, so the last break is the first one found
    # in the reversed text, which stops at the claim's own clause rather than reading it all.
    last = _CLAUSE_BREAK.search(before[::-1])
    if last is None:
        return 0
    if last.end() - last.start() == 1:
        return len(before) - last.start()
    # Dashes between spaces may overlap ("a - - b"): only a left-to-right reading tells
    # which of them is a break.
    return len(before) - len(_CLAUSE_BREAK_SPLIT.split(before)[-1])


def _words_after(sentence: str, end: int) -> tuple[list[str], list[str]]:
    """The content words of the claim's clause after ``end`` (where the claim ends), and
    the :data:`WINDOW_WORDS` first content words after it, both nearest first."""
    first_break = _CLAUSE_BREAK.search(sentence, end)
    clause_end = first_break.start() if first_break else len(sentence)
    clause = _content_words_in(sentence, end, clause_end)
    if len(clause) >= WINDOW_WORDS:
        return clause, clause[:WINDOW_WORDS]
    # Read on past the clause only as far as the window needs: the rest of a long
    # sentence does not count.
    words = map(re.Match.group, _WORD.finditer(sentence, clause_end))
    more = itertools.islice(filter(None, map(_fold, words)), WINDOW_WORDS - len(clause))
    return clause, [*clause, *more]


def anchor_words(text: str) -> list[str]:
    """The content words of an anchor (a quote's words), in order."""
    return list(_anchor_words(text))


# Wire copies repeat whole quotes across a story's reports: each is read once.
@functools.lru_cache(maxsize=1 << 14)
def _anchor_words(text: str) -> tuple[str, ...]:
    return tuple(content_words(text))


@attrs.frozen
class _Features:
    """What alignment compares of each claim of a block, as parallel lists."""

    # Each word (each weighted copy of a word, in contexts) is one character of a private
    # alphabet, so rapidfuzz compares compact strings rather than lists of words.
    contexts: list[str]
    anchors: list[str]
    subjects: list[str]

    @classmethod
    def of(
        cls,
        claims: Sequence[Claim],
        comparators: dict[str, Comparator],
        extra: Sequence[Claim] = (),
    ) -> _Features:
        """Features of ``claims`` and then of ``extra``, with the word statistics of ``claims``."""
        size = len(claims)
        weighted = [context_words(claim) for claim in [*claims, *extra]]
        # Rare words say more than the story's main names: in a block of many claims a
        # word's weight grows with the inverse share of the claims it stands next to.
        # Weights become repeats of the word, so the Indel similarity of two sorted lists
        # is a weighted Dice overlap.
        uses = Counter(itertools.chain.from_iterable(weighted[:size]))
        many = size >= IDF_MIN_CLAIMS
        # Worked out once per count: most words stand next to one or two claims.
        weight_of_count = {
            count: 1 + min(2, round(math.log2(size / count))) if many else 1
            for count in set(uses.values())
        }
        rarity = {word: weight_of_count[count] for word, count in uses.items()}
        for words in weighted[size:]:
            for word in words:
                rarity.setdefault(word, 3 if many else 1)  # met in no claim of the block
        anchors: list[Sequence[str]] = [
            _anchor_words(_anchor(claim, comparators)) for claim in [*claims, *extra]
        ]
        if many:
            # The story's main names ("Russia", "Kim") are in most quotes: shared, they
            # prove nothing, so they are left out of the anchors of a large block.
            anchor_uses = Counter(itertools.chain.from_iterable(map(set, anchors[:size])))
            limit = COMMON_ANCHOR_SHARE * size
            common = {word for word, count in anchor_uses.items() if count > limit}
            if common:
                anchors = [[w for w in words if w not in common] or words for words in anchors]
        letter, anchor_letter = _alphabet(
            list(dict.fromkeys(itertools.chain.from_iterable(weighted))),
            list(dict.fromkeys(itertools.chain.from_iterable(anchors))),
        )
        # Each word is one letter of the private alphabet, written as many times as its
        # weight. Listed in letter order, a context is a sorted string, and the Indel
        # similarity of two sorted strings is their multiset overlap. (Runs of one letter
        # sort as their letter does; a checksum letter shared by two words joins the same.)
        contexts = [
            "".join(
                sorted([letter[word] * (weight * rarity[word]) for word, weight in words.items()])
            )
            for words in weighted
        ]
        return cls(
            contexts,
            ["".join(anchor_letter[word] for word in words) for words in anchors],
            [_subject_key(claim) for claim in [*claims, *extra]],
        )

    def take(self, indices: Sequence[int]) -> _Features:
        return _Features(
            [self.contexts[i] for i in indices],
            [self.anchors[i] for i in indices],
            [self.subjects[i] for i in indices],
        )


#: How many letters the private alphabet has (the code points from _ALPHABET_START on).
_ALPHABET_SIZE = 0x110000 - _ALPHABET_START


def _alphabet(
    context_words: list[str], anchor_words: list[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """A letter for each context word and, apart from those, for each anchor word.

    A block using more words than the alphabet holds (over a million) gives words letters by
    a checksum instead, so two words may share one: only a block of absurd size risks that,
    and it then still aligns rather than failing.
    """
    if len(context_words) + len(anchor_words) <= _ALPHABET_SIZE:
        first = _ALPHABET_START + len(context_words)
        return (
            dict(zip(context_words, map(chr, range(_ALPHABET_START, first)), strict=True)),
            dict(zip(anchor_words, map(chr, range(first, first + len(anchor_words))), strict=True)),
        )

    def checksum_letter(word: str, salt: str) -> str:
        code = zlib.crc32((salt + word).encode("utf-8", "surrogatepass")) % _ALPHABET_SIZE
        return chr(_ALPHABET_START + code)

    return (
        {word: checksum_letter(word, "context:") for word in context_words},
        {word: checksum_letter(word, "anchor:") for word in anchor_words},
    )


def _subject_key(claim: Claim) -> str:
    return _subject_key_of(claim.subject or "")


# A block's claims name a handful of subjects ("killed", "injured").
@functools.lru_cache(maxsize=1 << 12)
def _subject_key_of(subject: str) -> str:
    return " ".join(sorted(set(content_words(subject))))


def _different_subjects(queries: Sequence[str], choices: Sequence[str]) -> Any:
    """Where both claims name what they are about, and it differs (a bool matrix)."""
    # Subjects as integer codes, "" (no subject) as -1: comparing integers is fast.
    codes: dict[str, int] = {"": -1}
    query_codes = np.array([codes.setdefault(q, len(codes)) for q in queries], dtype=np.int64)
    choice_codes = np.array([codes.setdefault(c, len(codes)) for c in choices], dtype=np.int64)
    if len(codes) == 1:
        return np.zeros((len(queries), len(choices)), dtype=bool)
    return (query_codes[:, None] != choice_codes[None, :]) & np.logical_and.outer(
        query_codes >= 0, choice_codes >= 0
    )


def _anchor_similarity(queries: list[str], choices: list[str], workers: int) -> Any:
    """How much of the shorter anchor the longer one holds, in order (a partial quote: 1.0).

    The longest common subsequence of content words over the shorter length, scaled down
    for anchors under :data:`ANCHOR_FULL_WORDS` words, since one shared word ("appropriate")
    proves little.
    """
    common = process.cdist(
        queries, choices, scorer=LCSseq.similarity, dtype=np.int32, workers=workers
    ).astype(np.float32)
    query_lengths = np.array([len(a) for a in queries], dtype=np.float32)
    choice_lengths = np.array([len(a) for a in choices], dtype=np.float32)
    shorter = np.minimum.outer(query_lengths, choice_lengths)
    contained = np.divide(common, shorter, out=np.zeros_like(common), where=shorter > 0)
    return contained * np.minimum(1.0, shorter / ANCHOR_FULL_WORDS)


def _score(queries: _Features, choices: _Features, workers: int) -> Any:
    """Similarity in [0, 1] of every query claim to every choice claim (a float32 matrix)."""
    # Threads pay for themselves on large matrices only: a story streamed document by
    # document makes many small ones.
    if len(queries.contexts) * len(choices.contexts) < PARALLEL_MIN_PAIRS:
        workers = 1
    # Indel similarity of two sorted word lists is their weighted Dice overlap: unlike a
    # token-set ratio, a small set inside a large one does not score as a perfect match.
    scores = process.cdist(
        queries.contexts,
        choices.contexts,
        scorer=Indel.normalized_similarity,
        dtype=np.float32,
        workers=workers,
    )
    query_anchored = np.array([bool(a) for a in queries.anchors], dtype=bool)
    choice_anchored = np.array([bool(a) for a in choices.anchors], dtype=bool)
    if query_anchored.any() and choice_anchored.any():
        anchor = _anchor_similarity(queries.anchors, choices.anchors, workers)
        weighted = ANCHOR_WEIGHT * anchor + (1 - ANCHOR_WEIGHT) * scores
        scores = np.where(np.logical_and.outer(query_anchored, choice_anchored), weighted, scores)
    # Claims whose extractors say they are about different things (people killed, people
    # injured) are never the same claim, however alike their sentences.
    scores[_different_subjects(queries.subjects, choices.subjects)] = 0.0
    return scores.astype(np.float32)


def similarity_matrix(
    claims: Sequence[Claim], comparators: dict[str, Comparator], *, workers: int = 1
) -> Any:
    """The pairwise similarity, in [0, 1], of claims of one block (a float32 matrix)."""
    return _all_pairs(_Features.of(claims, comparators), workers)


def _all_pairs(features: _Features, workers: int) -> Any:
    """Every claim's similarity to every claim of ``features``, :data:`CHUNK_ROWS` rows at once."""
    size = len(features.contexts)
    scores = np.zeros((size, size), dtype=np.float32)
    for row in range(0, size, CHUNK_ROWS):
        rows = list(range(row, min(row + CHUNK_ROWS, size)))
        # Given the same lists as queries and choices, rapidfuzz scores each pair once.
        queries = features if len(rows) == size else features.take(rows)
        scores[row : row + len(rows)] = _score(queries, features, workers)
    return scores


def _similarity_with_partners(
    block: Sequence[Claim],
    partners: Mapping[str, Sequence[Claim]],
    comparators: dict[str, Comparator],
    workers: int,
) -> Any:
    """A block's similarity matrix, each claim scored by the best of it and its partners.

    Partners (the reports a kept quote was folded from) are scored with the block's own word
    statistics, so the scores of claims without partners are what they would be without them.
    """
    owners = [row for row, claim in enumerate(block) for _ in partners.get(claim.id, ())]
    if not owners:
        return similarity_matrix(block, comparators, workers=workers)
    extra = [partner for claim in block for partner in partners.get(claim.id, ())]
    features = _Features.of(block, comparators, extra=extra)
    scores = _all_pairs(features, workers)
    size = len(block)
    # Rows first, then columns: a pair of owners ends with the best of all their members.
    for offset, owner in enumerate(owners):
        np.maximum(scores[owner], scores[size + offset], out=scores[owner])
    for offset, owner in enumerate(owners):
        np.maximum(scores[:, owner], scores[:, size + offset], out=scores[:, owner])
    scores = np.ascontiguousarray(scores[:size, :size])
    # A partner's missing subject does not undo the block's "different subjects" rule.
    subjects = features.subjects[:size]
    scores[_different_subjects(subjects, subjects)] = 0.0
    return scores


@attrs.frozen
class _DocRuns:
    """Where each document's run of claims starts, in claims sorted by document."""

    # Per claim: whether it is its document's first.
    first: Any
    starts: Any
    # Per claim: the number of its document's run.
    run: Any

    @classmethod
    def of(cls, doc_codes: Any) -> _DocRuns:
        first = np.empty(len(doc_codes), dtype=bool)
        first[:1] = True
        np.not_equal(doc_codes[1:], doc_codes[:-1], out=first[1:])
        return cls(first, np.flatnonzero(first), first.cumsum() - 1)

    def best_per_doc(self, scores: Any) -> Any:
        """Each row's best score in the document of each column (a matrix like ``scores``)."""
        return np.maximum.reduceat(scores, self.starts, axis=1)[:, self.run]


def _near_best(scores: Any, runs: _DocRuns, margin: float) -> Any:
    """Pairs within ``margin`` of the row's best match in the column's document."""
    return scores >= runs.best_per_doc(scores) - margin


def _mutual_best(scores: Any, runs: _DocRuns) -> Any:
    """Pairs that are each other's best match between their two documents."""
    row_best = scores >= runs.best_per_doc(scores)
    return row_best & row_best.T


def _cluster_exact(
    claims: Sequence[Claim],
    scores: Any,
    threshold: float,
    relation: Callable[[Claim, Claim], str],
    signatures: Sequence[Hashable],
    periods: Sequence[tuple[int, int] | None] = (),
) -> list[tuple[list[int], float]]:
    """Best pairs first, merging groups whose cross pairs are mostly aligned pairs.

    ``periods`` gives, per claim, the days (ordinals) its sentence's dates span, or None.
    """
    # Documents as integer codes (comparing integers is fast), in the order they come.
    doc_index: dict[str, int] = {}
    doc_codes = np.array([doc_index.setdefault(claim.doc, len(doc_index)) for claim in claims])
    runs = _DocRuns.of(doc_codes)
    # Claims are sorted by document and position: a document's first claim is its lead.
    lead = runs.first
    subjects = [_subject_key(claim) for claim in claims]
    both_lead = np.logical_and.outer(lead, lead) & ~_different_subjects(subjects, subjects)
    similarity = scores  # of the words alone: what a group's score reports
    if any(period is not None for period in periods):
        # Sentences dated to periods that do not meet speak of different events
        # ("on Sunday" and "in February" of an earlier quake).
        begins = np.array([p[0] if p else np.nan for p in periods], dtype=np.float64)
        ends = np.array([p[1] if p else np.nan for p in periods], dtype=np.float64)
        apart = (ends[:, None] < begins[None, :]) | (ends[None, :] < begins[:, None])
        scores = np.where(apart, np.maximum(scores - TIME_MALUS, 0.0), scores).astype(np.float32)
    # The sole-pair rule below reads words and dates, not position: two lone claims are
    # always leads.
    context_only = scores
    scores = np.minimum(1.0, scores + LEAD_BONUS * both_lead).astype(np.float32)
    weak = min(WEAK_THRESHOLD, threshold)
    # Only pairs the value prior could still make aligned pairs are compared by value:
    # those near the threshold, and those near the best match in the other document.
    bonus, malus = max(VALUE_PRIOR.values()), -min(VALUE_PRIOR.values())
    near_best = _near_best(scores, runs, bonus + malus)
    # Pairs of different documents, each once: claims are sorted by document, so the
    # earlier claim of such a pair has the lower document code.
    considered = doc_codes[:, None] < doc_codes[None, :]
    # Weak and sole pairs need MIN_SIMILARITY of their own, whatever their values say.
    weak_floor = max(MIN_SIMILARITY, min(weak, SOLE_THRESHOLD) - bonus)
    considered &= (scores >= threshold - bonus) | (
        (scores >= weak_floor) & (near_best | near_best.T)
    )
    # The values themselves are weak evidence: a false conflict costs a fact-checker most,
    # so claims whose values conflict need more shared context to be called the same
    # claim, and claims whose values agree a little less.
    # Values are compared once per distinct pair of signatures (kind, value, speaker):
    # a story repeats a handful of values across many reports.
    codes: dict[Hashable, int] = {}
    signature_code = np.array([codes.setdefault(s, len(codes)) for s in signatures])
    rows, columns = np.nonzero(considered)
    pair_codes = signature_code[rows] * len(codes) + signature_code[columns]
    _, first, inverse = np.unique(pair_codes, return_index=True, return_inverse=True)
    related = [
        relation(claims[row], claims[column])
        for row, column in zip(rows[first].tolist(), columns[first].tolist(), strict=True)
    ]
    count = len(related)
    prior = np.fromiter(map(VALUE_PRIOR.get, related, itertools.repeat(0.0)), np.float32, count)
    adjusted = np.full(scores.shape, -1.0, dtype=np.float32)
    adjusted[rows, columns] = scores[rows, columns] + prior[inverse]
    conflicting = np.zeros(scores.shape, dtype=bool)
    conflicting[rows, columns] = np.fromiter(map("conflict".__eq__, related), bool, count)[inverse]
    adjusted = np.maximum(adjusted, adjusted.T)
    strong_pairs = considered & (adjusted >= threshold)
    weak_pairs = considered & ~strong_pairs & (adjusted >= weak) & (scores >= MIN_SIMILARITY)
    if not WEAK_CONFLICTS:
        # A conflict is what a fact-checker reads first: weak evidence is not enough for one.
        weak_pairs &= ~conflicting
    # When each document has just one claim of the block (one distance each, say), a
    # little shared context is enough, whatever the values say.
    per_doc = np.bincount(doc_codes)
    sole = per_doc[doc_codes] == 1
    # Position alone (two leads) may pair lone claims whose values agree, not a conflict.
    sole_pairs = (
        considered
        & np.logical_and.outer(sole, sole)
        & ((context_only >= SOLE_THRESHOLD) | ((scores >= SOLE_THRESHOLD) & ~conflicting))
    )
    weak_pairs = (weak_pairs | sole_pairs) & _mutual_best(np.maximum(adjusted, 0), runs)
    ranking = adjusted
    # How alike two groups are: the mean, over the pairs between them, of the similarity
    # with the value prior where it was computed (average linkage).
    linkage = np.where(adjusted >= 0, adjusted, scores)
    left, right = np.nonzero(strong_pairs | weak_pairs)
    pair_scores = ranking[left, right]
    # Best first; ties by position, which follows the sorted claim order.
    order = np.lexsort((right, left, -pair_scores))
    aligned = strong_pairs | weak_pairs
    aligned |= aligned.T
    member: list[int] = list(range(len(claims)))
    groups: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    group_docs: dict[int, set[int]] = {i: {code} for i, code in enumerate(doc_codes.tolist())}
    for i, j in zip(left[order].tolist(), right[order].tolist(), strict=True):
        gi, gj = member[i], member[j]
        if gi == gj or not group_docs[gi].isdisjoint(group_docs[gj]):
            continue
        a, b = groups[gi], groups[gj]
        # Two single claims are linked by the aligned pair itself.
        linked = 1 if len(a) == len(b) == 1 else np.count_nonzero(_cross(aligned, a, b))
        if linked < LINKAGE * len(a) * len(b) and _mean(_cross(linkage, a, b)) < MERGE_MEAN:
            continue
        groups[gi] = a + b
        group_docs[gi] |= group_docs.pop(gj)
        for k in b:
            member[k] = gi
        del groups[gj]
    result = []
    for indices in groups.values():
        indices.sort()
        if len(indices) > 1:
            firsts, seconds = _pairs_of(len(indices))
            members = np.array(indices)
            mean = _mean(similarity[members[firsts], members[seconds]])
        else:
            mean = 1.0
        result.append((indices, mean))
    return result


def _cross(matrix: Any, rows: list[int], columns: list[int]) -> Any:
    """``matrix[np.ix_(rows, columns)]``, faster: a C-ordered copy, so that its mean sums
    in the same order."""
    return matrix.take(rows, axis=0).take(columns, axis=1)


def _mean(values: Any) -> float:
    """``float(values.mean())`` of a float array (its sum over the count), without
    the Python layers of ``mean``: it runs for every merge considered."""
    return float(np.add.reduce(values, axis=None) / values.size)


#: Groups of up to this many claims reuse the index arrays of their pairs.
_CACHED_PAIRS_SIZE = 64


def _pairs_of(size: int) -> tuple[Any, Any]:
    """Every pair of ``size`` members, in row order (as ``np.triu_indices(size, k=1)``)."""
    if size > _CACHED_PAIRS_SIZE:
        return np.triu_indices(size, k=1)
    return _small_pairs_of(size)


# Most groups are small; a few kilobytes of indices at most are kept.
@functools.lru_cache(maxsize=_CACHED_PAIRS_SIZE)
def _small_pairs_of(size: int) -> tuple[Any, Any]:
    return np.triu_indices(size, k=1)


def _join_same_value_groups(
    clusters: list[tuple[list[int], float]],
    scores: Any,
    signatures: Sequence[Hashable],
    claims: Sequence[Claim],
) -> tuple[list[tuple[list[int], float]], dict[int, list[int]]]:
    """Join groups that give one value throughout, even when they share documents.

    A report that gives a figure in its headline and again in its lead has two claims of
    one value; alignment keeps one claim per document in a group, so the headlines and the
    leads of a story can form two groups saying the same thing. Two groups with the same
    value (kind, value and speaker) throughout, whose claims are on average at least
    :data:`PARALLEL_MEAN` alike, become one: a claim of a document already in the group is
    kept as a repeat of it. Returns the clusters and, per kept claim, the claims folded into
    it. Only groups of the same value are compared, each in one pass over the claims.
    """
    order = sorted(range(len(clusters)), key=lambda n: (-len(clusters[n][0]), clusters[n][0]))
    merged: list[tuple[list[int], float]] = []
    folded: dict[int, list[int]] = defaultdict(list)
    by_value: dict[Hashable, list[int]] = defaultdict(list)  # value -> groups, oldest first
    owner = np.full(len(claims), -1, dtype=np.int64)  # the merged group of each kept claim
    for n in order:
        indices, score = clusters[n]
        value = signatures[indices[0]]
        uniform = all(signatures[i] == value for i in indices)
        target = None
        if uniform and by_value.get(value):
            # Mean likeness of this group to every merged group: sums over kept claims.
            column = scores[:, indices].mean(axis=1)
            kept_claims = owner >= 0
            sums = np.bincount(
                owner[kept_claims], weights=column[kept_claims], minlength=len(merged)
            )
            counts = np.bincount(owner[kept_claims], minlength=len(merged))
            target = next(
                (m for m in by_value[value] if sums[m] / counts[m] >= PARALLEL_MEAN), None
            )
        if target is None:
            owner[indices] = len(merged)
            if uniform:
                by_value[value].append(len(merged))
            merged.append((list(indices), score))
            continue
        kept, kept_score = merged[target]
        by_doc = {claims[i].doc: i for i in kept}
        for i in indices:
            if claims[i].doc in by_doc:
                folded[by_doc[claims[i].doc]].append(i)
            else:
                kept.append(i)
                by_doc[claims[i].doc] = i
                owner[i] = target
        kept.sort()
        merged[target] = (kept, kept_score)
    return merged, folded


def _cluster_streaming(
    claims: Sequence[Claim],
    comparators: dict[str, Comparator],
    threshold: float,
    workers: int,
) -> list[tuple[list[int], float]]:
    """Document by document (in id order), each claim joins the group it is most like.

    A claim's likeness to a group is its mean similarity to the group's first
    :data:`REPRESENTATIVES` members. Only groups with a representative sharing a word with
    the claim are scored (an index from words to representatives, leaving out words most
    representatives share), so the cost grows with the documents, not with their square.
    One claim per document per group, best pairs first.
    """
    features = _Features.of(claims, comparators)
    groups: list[list[int]] = []
    group_scores: list[list[float]] = []
    representatives: list[int] = []
    owner: list[int] = []  # the group of each representative
    # (letter, copy) -> representative positions: a word's heavier copies are held by the
    # claims it stands close to, so a word too common to index on its own still makes the
    # claims it is near candidates of each other.
    by_letter: dict[tuple[str, int], list[int]] = defaultdict(list)

    def letters_of(index: int) -> set[tuple[str, int]]:
        # Built when needed (twice at most per claim): a set per claim of a huge block
        # would hold tens of megabytes.
        counts = Counter(features.contexts[index])
        keys = {(letter, copy) for letter, count in counts.items() for copy in range(count)}
        return keys | {(letter, 0) for letter in features.anchors[index]}

    def add_representative(index: int, group: int) -> None:
        position = len(representatives)
        representatives.append(index)
        owner.append(group)
        for letter in letters_of(index):
            by_letter[letter].append(position)

    start = 0
    while start < len(claims):
        stop = start
        while stop < len(claims) and claims[stop].doc == claims[start].doc:
            stop += 1
        rows = list(range(start, stop))
        start = stop
        taken: set[int] = set()
        filled: set[int] = set()
        common = max(STREAM_COMMON_MIN, STREAM_COMMON_SHARE * len(representatives))
        found: set[int] = set()
        for letter in set().union(*(letters_of(index) for index in rows)):
            holders = by_letter.get(letter)
            if holders and len(holders) <= common:
                found.update(holders)
        candidates = sorted(found)
        if candidates:
            chosen = features.take([representatives[p] for p in candidates])
            similarity = _score(features.take(rows), chosen, workers)
            candidate_groups, column_group = np.unique(
                np.array([owner[p] for p in candidates]), return_inverse=True
            )
            # Sum each row's similarities per group: columns sorted by group, then summed
            # over each group's run of columns.
            by_group = np.argsort(column_group, kind="stable")
            runs = np.flatnonzero(np.r_[True, np.diff(column_group[by_group]) != 0])
            totals = np.add.reduceat(similarity[:, by_group], runs, axis=1)
            # Representatives left out share no word with the rows: they count as 0.
            counts = np.array(
                [min(len(groups[g]), REPRESENTATIVES) for g in candidate_groups], dtype=np.float32
            )
            means = totals / counts
            row_index, group_index = np.nonzero(means >= threshold)
            order = np.lexsort((group_index, row_index, -means[row_index, group_index]))
            for k in order:
                row, group = int(row_index[k]), int(candidate_groups[group_index[k]])
                if row in taken or group in filled:
                    continue
                taken.add(row)
                filled.add(group)
                groups[group].append(rows[row])
                group_scores[group].append(float(means[row, group_index[k]]))
                if len(groups[group]) <= REPRESENTATIVES:
                    add_representative(rows[row], group)
        for row, index in enumerate(rows):
            if row not in taken:
                groups.append([index])
                group_scores.append([])
                add_representative(index, len(groups) - 1)
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
    from claimdiff._diff import relation_of

    def relation(a: Claim, b: Claim) -> str:
        try:
            related = relation_of(a, b, comparators)
        except Exception:  # a failing comparator is reported when the diff runs
            return "unknown"
        # a plugin's relate() may answer something else than a relation: weigh it as unknown
        return related if isinstance(related, str) and related in _RELATIONS else "unknown"

    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end, c.kind, c.id))
    keys = {id(claim): value_key(claim) for claim in ordered}
    block_keys = {id(claim): _block_key(claim, comparators) for claim in ordered}
    kept, repeats = merge_repeats(ordered, key=lambda claim: keys[id(claim)])
    kept, repeats = merge_restatements(kept, repeats, lambda claim: block_keys[id(claim)], relation)
    kept, repeats, partners = merge_nested(
        kept, repeats, lambda claim: block_keys[id(claim)], relation
    )
    periods_of = sentence_periods(ordered)
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in kept:
        blocks[block_keys[id(claim)]].append(claim)
    groups: list[ClaimGroup] = []
    for block in blocks.values():
        folded: dict[int, list[int]] = {}
        if len({claim.doc for claim in block}) < 2:
            clusters = [([i], 1.0) for i in range(len(block))]
        elif len(block) <= EXACT_BLOCK_LIMIT:
            scores = _similarity_with_partners(block, partners, comparators, workers)
            signatures = [(c.kind, keys[id(c)], c.speaker) for c in block]
            periods = [
                None if isinstance(c.value, DateValue) else periods_of.get((c.doc, c.sentence))
                for c in block
            ]
            clusters = _cluster_exact(block, scores, threshold, relation, signatures, periods)
            clusters, folded = _join_same_value_groups(clusters, scores, signatures, block)
        else:
            clusters = _cluster_streaming(block, comparators, threshold, workers)
        for indices, score in clusters:
            group_repeats: dict[str, tuple[str, ...]] = {}
            for i in indices:
                # A kept claim's own repeats, then each claim folded into it with its repeats.
                ids = [*repeats.get(block[i].id, ())]
                for j in folded.get(i, ()):
                    ids += [block[j].id, *repeats.get(block[j].id, ())]
                if ids:
                    group_repeats[block[i].id] = tuple(ids)
            groups.append(ClaimGroup(tuple(block[i] for i in indices), score, group_repeats))
    groups.sort(key=lambda g: (g.claims[0].doc, g.claims[0].start, g.claims[0].id))
    return groups
