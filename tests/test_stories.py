"""Grouping articles into stories: same event, close in time, never by chaining pairs."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from hypothesis import given

from claimdiff import Document
from claimdiff._stories import (
    PairScores,
    average_linkage,
    features_of,
    group_stories,
    grouping_quality,
    pair_scores,
    story_id_for,
)
from strategies import document_sets

ECBPLUS = Path(__file__).parents[1].parent / "shared" / "corpus" / "ECBplus"

# Our own mini-articles: two warehouse fires on the same day in different towns (alike in
# wording, apart in names), a ferry grounding, and a later ferry grounding at the same island.
ARTICLES = {
    "alder-1": (
        "Fire destroys warehouse in Port Alder",
        "2024-05-06",
        "A fire destroyed a timber warehouse in Port Alder on Monday night, the Alder fire "
        "service said. Chief officer Hanna Voss said 40 firefighters fought the blaze on "
        "Quayside Road for six hours. Nobody was hurt, Voss said, but the Lindqvist timber "
        "yard lost most of its stock.",
    ),
    "alder-2": (
        "Blaze at Port Alder timber yard",
        "2024-05-07",
        "Firefighters spent six hours on Quayside Road in Port Alder fighting a blaze that "
        "gutted the Lindqvist timber warehouse. Hanna Voss, chief officer of the Alder fire "
        "service, said about 45 crew members were sent. The cause of the fire is not yet known.",
    ),
    "alder-3": (
        "Port Alder warehouse fire: no injuries",
        "2024-05-07",
        "No one was injured when fire swept through the Lindqvist timber warehouse in Port "
        "Alder, officials said. Hanna Voss of the Alder fire service said crews stayed on "
        "Quayside Road until the early morning to stop the fire spreading to nearby homes.",
    ),
    "brennick-1": (
        "Fire destroys warehouse in Brennick",
        "2024-05-06",
        "A fire destroyed a textile warehouse in Brennick on Monday night, the county fire "
        "service said. Station manager Olek Marsh said 30 firefighters fought the blaze on "
        "Mill Lane for five hours. Nobody was hurt, Marsh said, but the Okafor textile "
        "company lost most of its stock.",
    ),
    "brennick-2": (
        "Brennick textile store burns down",
        "2024-05-07",
        "Firefighters spent five hours on Mill Lane in Brennick fighting a blaze that gutted "
        "the Okafor textile warehouse. Olek Marsh, station manager for the county fire "
        "service, said the building could not be saved. The cause of the fire is not known.",
    ),
    "ferry-1": (
        "Ferry runs aground off Kessel Island",
        "2024-05-06",
        "The passenger ferry Northern Star ran aground off Kessel Island on Monday, the "
        "Kessel coast guard said. All 212 passengers and 14 crew were brought ashore by "
        "lifeboats. Coast guard spokeswoman Maria Lund said the sea was calm at the time.",
    ),
    "ferry-2": (
        "Northern Star passengers rescued",
        "2024-05-07",
        "Lifeboats brought 212 passengers of the Northern Star ashore after the ferry struck "
        "rocks near Kessel Island, said Maria Lund of the Kessel coast guard. Investigators "
        "from Dunmore will examine the hull of the Northern Star this week.",
    ),
    "ferry-later": (
        "Another ferry aground off Kessel Island",
        "2024-06-20",
        "A second ferry, the Southern Cross, ran aground off Kessel Island on Thursday, the "
        "Kessel coast guard said. Spokeswoman Maria Lund said all 80 passengers were brought "
        "ashore by lifeboats and that the sea was rough at the time.",
    ),
}
EVENTS = {
    "alder-1": "alder",
    "alder-2": "alder",
    "alder-3": "alder",
    "brennick-1": "brennick",
    "brennick-2": "brennick",
    "ferry-1": "ferry",
    "ferry-2": "ferry",
    "ferry-later": "ferry-later",
}


def documents() -> list[Document]:
    return [
        Document.from_text(f"{title}\n\n{body}\n", doc_id, title=title, published=published)
        for doc_id, (title, published, body) in ARTICLES.items()
    ]


def assignment(stories: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {doc_id: story.id for story in stories for doc_id in story.documents}


def test_groups_the_mini_articles_by_event() -> None:
    stories = group_stories(documents())
    groups = sorted(story.documents for story in stories)
    assert groups == [
        ("alder-1", "alder-2", "alder-3"),
        ("brennick-1", "brennick-2"),
        ("ferry-1", "ferry-2"),
        ("ferry-later",),
    ]
    quality = grouping_quality(assignment(stories), EVENTS)
    assert quality.pairwise_precision == quality.pairwise_recall == 1.0


def test_time_window_splits_a_later_event_at_the_same_place() -> None:
    # Same island, coast guard and spokeswoman, 45 days later: a different story...
    apart = group_stories(documents())
    assert ("ferry-later",) in [story.documents for story in apart]
    # ...which only the dates tell: the later article then joins the first grounding.
    undated = group_stories(documents(), use_dates=False)
    assert any("ferry-later" in s.documents and "ferry-1" in s.documents for s in undated)


def test_result_does_not_depend_on_input_order() -> None:
    docs = documents()
    first = group_stories(docs)
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == first


def test_story_ids_come_from_the_article_ids() -> None:
    stories = group_stories(documents())
    for story in stories:
        assert story.id == story_id_for(story.documents) == story_id_for(reversed(story.documents))
        assert story.id.startswith("auto-")
    assert len({story.id for story in stories}) == len(stories)


def test_repeated_ids_are_refused() -> None:
    doc = Document.from_text("Some text here.", "same")
    with pytest.raises(ValueError, match="same"):
        group_stories([doc, doc])


def test_pairs_outside_the_window_are_never_scored() -> None:
    text = (
        "Storm floods Vellmar harbour\n\nThe storm flooded Vellmar harbour, Mayor Ilse Brandt said."
    )
    early = Document.from_text(text, "a", published="2024-01-01")
    late = Document.from_text(text, "b", published="2024-01-20")
    undated = Document.from_text(text, "c")
    features = sorted((features_of(d) for d in (early, late, undated)), key=lambda f: f.id)
    scores = pair_scores(features, window_days=7)
    pairs = set(zip(scores.rows, scores.cols, strict=True))
    assert pairs == {(0, 2), (1, 2)}  # a-b are 19 days apart; c has no date: compared with both
    assert all(score == pytest.approx(1.0) for score in scores.scores)
    wide = pair_scores(features, window_days=30)
    assert set(zip(wide.rows, wide.cols, strict=True)) == {(0, 1), (0, 2), (1, 2)}


def test_average_linkage_does_not_chain() -> None:
    # a-b, b-c and c-d alike, nothing else: joining every pair above 0.15 would chain all four.
    scores = PairScores([0, 1, 2], [1, 2, 3], [0.3, 0.3, 0.3])
    assert average_linkage(4, scores, threshold=0.15) == [[0, 1], [2, 3]]
    assert average_linkage(4, scores, threshold=0.05) == [[0, 1, 2, 3]]
    assert average_linkage(3, PairScores([], [], []), threshold=0.1) == [[0], [1], [2]]


def test_names_skip_headlines_words_also_in_lower_case_and_weekdays() -> None:
    text = (
        "Quake Hits Coastal Town Of Brask\n"
        "A strong quake hit the town of Brask on Monday, said mayor Lena Holm. "
        "In Brask, Holm said, the town hall was damaged."
    )
    names = features_of(Document.from_text(text, "q")).names
    assert set(names) == {"brask", "holm", "lena"}
    assert names["brask"] == 2


def test_lead_uses_the_title_and_the_first_real_sentences() -> None:
    text = "By Staff\n\nFirst real sentence about the Brask quake damage.\n" + "Filler. " * 50
    lead = features_of(Document.from_text(text, "q", title="Brask quake")).lead
    assert {"brask", "quake", "damage", "first"} <= set(lead)
    assert "staff" not in lead  # a byline is not a sentence of six words


def test_grouping_quality_by_hand() -> None:
    truth = {"a": "x", "b": "x", "c": "x", "d": "y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2"}
    quality = grouping_quality(predicted, truth)
    # Pairs put together: a-b (right), c-d (wrong); truly together: a-b, a-c, b-c.
    assert quality.pairwise_precision == pytest.approx(1 / 2)
    assert quality.pairwise_recall == pytest.approx(1 / 3)
    # B-cubed precision: a 1, b 1, c 1/2, d 1/2; recall: a 2/3, b 2/3, c 1/3, d 1.
    assert quality.bcubed_precision == pytest.approx(3 / 4)
    assert quality.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    perfect = grouping_quality(truth, truth)
    assert perfect.pairwise_f1 == perfect.bcubed_f1 == 1.0
    with pytest.raises(ValueError):
        grouping_quality({"a": "1"}, truth)


@given(document_sets(max_size=6))
def test_any_articles_group_into_a_partition(docs: list[Document]) -> None:
    stories = group_stories(docs)
    placed = [doc_id for story in stories for doc_id in story.documents]
    assert sorted(placed) == sorted(d.id for d in docs)
    assert stories == group_stories(list(reversed(docs)))


def test_ecbplus_grouping() -> None:
    manifest_path = ECBPLUS / "manifest.json"
    if not manifest_path.exists():
        pytest.skip("the ECB+ corpus (shared/corpus/ECBplus) is not here")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    docs, truth = [], {}
    for entry in manifest["articles"]:
        text = (ECBPLUS / entry["file"]).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(entry["date"]) if entry["date"] else None
        docs.append(Document(entry["doc_id"], text, title=entry["title"], published=published))
        truth[entry["doc_id"]] = entry["cluster"]
    quality = grouping_quality(assignment(group_stories(docs)), truth)
    # Measured: pairwise precision 1.00, recall 0.91 (see benchmarks/batch_bench.py).
    assert quality.pairwise_precision >= 0.95
    assert quality.pairwise_recall >= 0.75
    assert quality.bcubed_recall >= 0.75
