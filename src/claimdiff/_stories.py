"""Grouping articles that carry no story id into stories: same event, close in time.

The method, in three steps:

1. **Features** of each article (linear in the input): its *lead* — the title plus the first
   :data:`LEAD_SENTENCES` real sentences — as a set of content words, and its *names* — the
   capitalised words of its first :data:`NAME_CHARS` characters that the article never writes
   in lower case (so "Aceh", "Kimani", "NYPD", but not a Title Case headline's "Quake"),
   keeping the :data:`NAMES_PER_ARTICLE` most frequent.
2. **Pair scores within blocks**: articles are sorted by publication day and cut into
   consecutive blocks :data:`WINDOW_DAYS` wide; each block is scored against itself and the next
   block only (any two articles within the window fall in one of those), with
   ``rapidfuzz.process.cdist`` in C++ threads, in row slices of :data:`ROW_SLICE` so memory
   stays bounded. Both features are compared as sorted word lists with rapidfuzz's Indel
   similarity, which on sorted sets is the Dice coefficient ``2|A∩B| / (|A|+|B|)``. The pair
   score is ``LEAD_WEIGHT * lead + NAME_WEIGHT * names``, except that two articles that both
   have names but share none score 0 (alike wording, different places and people: different
   events). Pairs more than the window apart are never compared, and scores below
   :data:`EDGE_FLOOR` are dropped to keep the graph sparse. Articles without a date are
   compared with every article.
3. **Clustering** by average linkage: start from single articles and repeatedly merge the two
   groups whose *mean* pair score (over all pairs across them, missing pairs counting 0) is
   highest, while it reaches :data:`LINK_THRESHOLD`. Unlike joining every pair above a
   threshold, one chance resemblance cannot chain two unrelated stories together.

The result does not depend on the order of the input; a story's id is derived from the ids of
its articles, so rerunning on the same input gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from claimdiff._text import sentence_spans
from claimdiff._types import Document

if TYPE_CHECKING:
    import numpy as np

#: Articles further apart than this (in days of publication) are never the same story.
#: Coverage of one event runs for days (follow-ups, reactions): ECB+ events span up to 6.
WINDOW_DAYS = 7.0
#: Real sentences (at least :data:`MIN_SENTENCE_WORDS` words) after the title that make the lead.
LEAD_SENTENCES = 3
#: Shorter lines are bylines, datelines and captions, not part of the lead.
MIN_SENTENCE_WORDS = 6
#: Characters of text looked at for the lead and for names (the top of an article says the event).
LEAD_CHARS = 2000
NAME_CHARS = 4000
#: How many of an article's names (most frequent first) take part in the comparison.
NAMES_PER_ARTICLE = 15
#: A name found in more than this share of all articles says little about the event ...
MAX_NAME_SHARE = 0.25
#: ... but only when there are enough articles for the share to mean something.
MIN_ARTICLES_FOR_NAME_SHARE = 40
#: A line with at least this share of capitalised words is a Title Case headline: no names.
HEADLINE_SHARE = 0.6
#: Weights of the two feature similarities in a pair score (they add up to 1).
LEAD_WEIGHT = 0.5
NAME_WEIGHT = 0.5
#: Pair scores below this are treated as 0, keeping the similarity graph sparse.
EDGE_FLOOR = 0.1
#: Average linkage merges two groups while their mean pair score is at least this. Set after
#: looking at ECB+ pair scores (unrelated pairs: median 0.06, 99th percentile 0.13; same-event
#: pairs: median 0.27), so the ECB+ figures are not an independent test of this value.
LINK_THRESHOLD = 0.15
#: Rows of a block scored at once: bounds memory to ROW_SLICE x (block size) floats.
ROW_SLICE = 1024

# Capitalised words that are not names of people or places, and wire agencies whose
# names appear under unrelated stories alike.
_NOT_NAMES = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec reuters ap afp upi associated press agence france presse getty images copyright
    photo video update updated breaking news read more advertisement i
    """.split()
)
_STOP_WORDS = frozenset(
    """
    a an and are as at be been but by for from had has have he her his in into is it its of on
    or our said says she that the their them they this to was were will with would who which
    after about over than also not no more one two three there what when where while up out
    been being so if we you your all new after before during s t
    """.split()
)
# Bounded quantifiers: a megabyte without spaces yields 25-letter tokens, never backtracks.
_WORD = re.compile(r"[^\W\d_]{1,25}")
_LEAD_WORD = re.compile(r"[^\W_]{2,25}")


@attrs.frozen
class Story:
    """A group of articles about one event: its id and the ids of its articles, sorted."""

    id: str
    documents: tuple[str, ...]


@attrs.frozen
class StoryFeatures:
    """What grouping needs of an article; the text itself is not kept."""

    id: str
    lead: tuple[str, ...]
    names: Counter[str]
    day: int | None


def story_id_for(document_ids: Iterable[str]) -> str:
    """A stable id for an automatically found story, derived from its articles' ids."""
    digest = hashlib.sha1("\n".join(sorted(document_ids)).encode("utf-8")).hexdigest()
    return f"auto-{digest[:12]}"


def _day(published: dt.date | dt.datetime | None) -> int | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        published = published.date()
    return published.toordinal()


def _title_of(document: Document) -> str:
    if document.title:
        return document.title
    first_line = document.text.lstrip().split("\n", 1)[0].strip()
    # A short first line without a final full stop reads as a headline.
    return first_line if len(first_line) <= 200 and not first_line.endswith(".") else ""


def features_of(document: Document) -> StoryFeatures:
    """The grouping features of one article (see the module docstring)."""
    text = document.text
    title = _title_of(document)
    head = text[:LEAD_CHARS]
    sentences: list[str] = []
    for start, end in sentence_spans(head):
        sentence = head[start:end]
        if sentence.strip() == title.strip():
            continue
        if len(sentence.split()) >= MIN_SENTENCE_WORDS:
            sentences.append(sentence)
            if len(sentences) == LEAD_SENTENCES:
                break
    lead_text = " ".join([title, *sentences]).lower()
    lead = tuple(sorted({w for w in _LEAD_WORD.findall(lead_text) if w not in _STOP_WORDS}))
    return StoryFeatures(document.id, lead, _names(text[:NAME_CHARS]), _day(document.published))


def _names(text: str) -> Counter[str]:
    lowered_words = {w for w in _WORD.findall(text) if w.islower()}
    counts: Counter[str] = Counter()
    # A sentence's first word is capitalised anyway: it counts only if found mid-sentence too.
    mid_sentence: set[str] = set()
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        words = list(_WORD.finditer(sentence))
        capitalised = [m for m in words if m.group()[0].isupper()]
        # Headlines in Title Case capitalise every word; they name nothing reliably.
        if len(words) >= 3 and len(capitalised) >= HEADLINE_SHARE * len(words):
            continue
        for match in capitalised:
            key = match.group().lower()
            if len(key) < 2 or key in lowered_words or key in _NOT_NAMES or key in _STOP_WORDS:
                continue
            counts[key] += 1
            if match.start() > 0 and not _after_opening(sentence, match.start()):
                mid_sentence.add(key)
    return Counter({name: n for name, n in counts.items() if name in mid_sentence})


def _after_opening(text: str, start: int) -> bool:
    # "“Aceh ..." at a sentence start: the quotation mark is the sentence's first character.
    return text[start - 1] in "\"“‘'(["


def _chosen_names(features: Sequence[StoryFeatures]) -> list[tuple[str, ...]]:
    document_frequency: Counter[str] = Counter()
    for item in features:
        document_frequency.update(item.names.keys())
    too_common: set[str] = set()
    if len(features) >= MIN_ARTICLES_FOR_NAME_SHARE:
        limit = MAX_NAME_SHARE * len(features)
        too_common = {name for name, n in document_frequency.items() if n > limit}
    chosen = []
    for item in features:
        ranked = sorted(
            (name for name in item.names if name not in too_common),
            key=lambda name: (-item.names[name], document_frequency[name], name),
        )
        chosen.append(tuple(sorted(ranked[:NAMES_PER_ARTICLE])))
    return chosen


@attrs.frozen
class PairScores:
    """Sparse pair scores: ``scores[k]`` is the similarity of articles ``rows[k] < cols[k]``."""

    rows: list[int]
    cols: list[int]
    scores: list[float]


def pair_scores(
    features: Sequence[StoryFeatures],
    *,
    window_days: float = WINDOW_DAYS,
    use_dates: bool = True,
    floor: float = EDGE_FLOOR,
) -> PairScores:
    """Score the pairs of articles that blocking lets through (see the module docstring).

    ``features`` must be sorted by id; ``use_dates=False`` ignores publication dates (all
    articles in one block), which measures what the text alone can tell.
    """
    import numpy as np

    names = _chosen_names(features)
    days = [item.day if use_dates else None for item in features]
    dated = sorted((day, index) for index, day in enumerate(days) if day is not None)
    undated = [index for index, day in enumerate(days) if day is None]
    width = max(window_days, 1e-9)
    blocks: dict[int, list[int]] = {}
    for day, index in dated:
        blocks.setdefault(int(day // width), []).append(index)

    # (row articles, column articles) pairs of blocks to score.
    jobs: list[tuple[list[int], list[int]]] = []
    for key, members in sorted(blocks.items()):
        jobs.append((members, members + blocks.get(key + 1, [])))
    if undated:
        everyone = list(range(len(features)))
        jobs.append((undated, everyone))

    day_array = np.array([0 if d is None else d for d in days], dtype=np.int64)
    has_day = np.array([d is not None for d in days], dtype=bool)
    pair_keys: list[np.ndarray] = []
    pair_values: list[np.ndarray] = []
    for row_ids, col_ids in jobs:
        cols = np.array(col_ids, dtype=np.int64)
        col_leads = [features[i].lead for i in col_ids]
        col_names = [names[i] for i in col_ids]
        for start in range(0, len(row_ids), ROW_SLICE):
            rows = np.array(row_ids[start : start + ROW_SLICE], dtype=np.int64)
            matrix = _similarity(
                [features[i].lead for i in rows], col_leads, [names[i] for i in rows], col_names
            )
            # Pairs both dated and too far apart are dropped.
            keep = (matrix >= floor) & (rows[:, None] != cols[None, :])
            apart = np.abs(day_array[rows][:, None] - day_array[cols][None, :]) > window_days
            keep &= ~(has_day[rows][:, None] & has_day[cols][None, :] & apart)
            row_at, col_at = np.nonzero(keep)
            low = np.minimum(rows[row_at], cols[col_at])
            high = np.maximum(rows[row_at], cols[col_at])
            pair_keys.append(low * len(features) + high)
            pair_values.append(matrix[row_at, col_at])
    if not pair_keys:
        return PairScores([], [], [])
    # A pair inside one block is met twice, (a, b) and (b, a): keep it once.
    keys, first = np.unique(np.concatenate(pair_keys), return_index=True)
    values = np.concatenate(pair_values)[first]
    return PairScores(
        (keys // len(features)).tolist(), (keys % len(features)).tolist(), values.tolist()
    )


def _similarity(
    row_leads: list[tuple[str, ...]],
    col_leads: list[tuple[str, ...]],
    row_names: list[tuple[str, ...]],
    col_names: list[tuple[str, ...]],
) -> np.ndarray:
    import numpy as np
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    # Indel similarity of two sorted word lists is their Dice coefficient.
    lead = process.cdist(row_leads, col_leads, scorer=Indel.normalized_similarity, workers=-1)
    names = process.cdist(row_names, col_names, scorer=Indel.normalized_similarity, workers=-1)
    combined: np.ndarray = LEAD_WEIGHT * lead + NAME_WEIGHT * names
    # Two articles that both name people and places but share none are about different events,
    # however alike their wording ("a fire destroyed a warehouse on Monday").
    row_named = np.array([bool(n) for n in row_names])
    col_named = np.array([bool(n) for n in col_names])
    combined[(names == 0) & row_named[:, None] & col_named[None, :]] = 0.0
    return combined


def average_linkage(
    count: int, scores: PairScores, threshold: float = LINK_THRESHOLD
) -> list[list[int]]:
    """Group ``count`` items by average linkage over sparse pair scores (missing pairs are 0).

    Returns the groups as sorted lists of item indices, ordered by their first item.
    Deterministic: ties merge the groups with the smallest first items first.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    # Sum of the pair scores between two groups, by group, by neighbouring group.
    links: dict[int, dict[int, float]] = {i: {} for i in range(count)}
    for a, b, score in zip(scores.rows, scores.cols, scores.scores, strict=True):
        links[a][b] = links[a].get(b, 0.0) + score
        links[b][a] = links[b].get(a, 0.0) + score
    version = dict.fromkeys(range(count), 0)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        mean = links[a][b] / (len(members[a]) * len(members[b]))
        if mean >= threshold:
            heapq.heappush(heap, (-mean, a, b, version[a], version[b]))

    for a in range(count):
        for b in links[a]:
            if a < b:
                push(a, b)
    while heap:
        _, a, b, version_a, version_b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if version[a] != version_a or version[b] != version_b:
            continue
        # Merge b into a (a has the smaller first item, so group keys stay first items).
        members[a].extend(members.pop(b))
        version[a] += 1
        merged_links = links.pop(b)
        merged_links.pop(a, None)
        links[a].pop(b, None)
        for neighbour, total in merged_links.items():
            links[a][neighbour] = links[a].get(neighbour, 0.0) + total
            links[neighbour].pop(b, None)
            links[neighbour][a] = links[a][neighbour]
        for neighbour in links[a]:
            push(a, neighbour)
    return sorted((sorted(group) for group in members.values()), key=lambda group: group[0])


def group_features(
    features: Sequence[StoryFeatures],
    *,
    window_days: float = WINDOW_DAYS,
    threshold: float = LINK_THRESHOLD,
    use_dates: bool = True,
) -> list[Story]:
    """Group articles, given their features, into stories; see :func:`group_stories`."""
    ordered = sorted(features, key=lambda item: item.id)
    scores = pair_scores(ordered, window_days=window_days, use_dates=use_dates)
    stories = []
    for group in average_linkage(len(ordered), scores, threshold):
        ids = tuple(ordered[i].id for i in group)
        stories.append(Story(story_id_for(ids), ids))
    return stories


def group_stories(
    documents: Iterable[Document],
    *,
    window_days: float = WINDOW_DAYS,
    threshold: float = LINK_THRESHOLD,
    use_dates: bool = True,
) -> list[Story]:
    """Group articles into stories: same event, published within ``window_days`` of each other.

    Every article ends up in exactly one story (an article like no other is a story of one).
    Stories are ordered by their first article id; ids inside a story are sorted.
    """
    features = [features_of(document) for document in documents]
    repeated = [doc_id for doc_id, n in Counter(f.id for f in features).items() if n > 1]
    if repeated:
        raise ValueError(
            f"articles must have distinct ids; repeated: {', '.join(sorted(repeated))}"
        )
    return group_features(
        features, window_days=window_days, threshold=threshold, use_dates=use_dates
    )


@attrs.frozen
class GroupingQuality:
    """How a grouping compares with the true one: pairwise and B-cubed precision and recall."""

    pairwise_precision: float
    pairwise_recall: float
    bcubed_precision: float
    bcubed_recall: float

    @staticmethod
    def f1(precision: float, recall: float) -> float:
        return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)

    @property
    def pairwise_f1(self) -> float:
        return self.f1(self.pairwise_precision, self.pairwise_recall)

    @property
    def bcubed_f1(self) -> float:
        return self.f1(self.bcubed_precision, self.bcubed_recall)


def grouping_quality(predicted: Mapping[str, str], truth: Mapping[str, str]) -> GroupingQuality:
    """Compare ``predicted`` with ``truth``, both mapping article id to group id (same keys).

    Pairwise: of the article pairs put together, the share truly together (precision), and of
    the pairs truly together, the share put together (recall). B-cubed: the same per article,
    over the articles sharing its group, averaged over articles.
    """
    if set(predicted) != set(truth):
        raise ValueError("predicted and true groupings must cover the same articles")
    if not truth:
        return GroupingQuality(1.0, 1.0, 1.0, 1.0)
    joint = Counter((predicted[item], truth[item]) for item in truth)
    predicted_sizes = Counter(predicted.values())
    true_sizes = Counter(truth.values())

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    together_both = sum(pairs(n) for n in joint.values())
    together_predicted = sum(pairs(n) for n in predicted_sizes.values())
    together_truly = sum(pairs(n) for n in true_sizes.values())
    # B-cubed sums, over articles, |shared| / |own group|; grouped by (predicted, true) cell.
    bcubed_precision = sum(n * n / predicted_sizes[p] for (p, _), n in joint.items()) / len(truth)
    bcubed_recall = sum(n * n / true_sizes[t] for (_, t), n in joint.items()) / len(truth)
    return GroupingQuality(
        together_both / together_predicted if together_predicted else 1.0,
        together_both / together_truly if together_truly else 1.0,
        bcubed_precision,
        bcubed_recall,
    )
