"""The boilerplate preparer: what scrapers leave around a report is marked, the report is not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import Claim, Document, NumberValue, Region
from claimdiff_plugins import boilerplate
from claimdiff_plugins.boilerplate import find_boilerplate
from helpers import plugins_of
from strategies import lines_like, news_text, pages_with

REPO = Path(__file__).parents[1]
SHARED = REPO.parent / "shared"

# A clean article we wrote: every line is body text and nothing may be marked in it.
CLEAN_ARTICLE = """\
Bridge closed after cargo ship strikes pier

A cargo ship struck a pier of the Varne Bridge on Friday night, forcing the authorities to close \
the crossing to all traffic, the regional transport office said.

No one was hurt, but inspectors found cracks in two of the 14 support columns, according to an \
engineer who spoke to the Valley Post.

“We will not reopen the bridge until every column has been checked,” said transport director \
Helga Strom, adding that the work could take 10 days.

The ship, the 190-metre Ostwind, was carrying 4,000 tonnes of grain when it lost power at 11:40 p.m.

Reuters reported that the vessel had been inspected in March. The harbour master told AP that the \
crew of 22 was safe.

Helga Strom is a civil engineer who worked on the original design of the bridge in 1987.

Many readers asked whether the closure would affect the ferry, which has 3,000 subscribers to its \
season pass; the ferry company said it would add two crossings a day.

Copyright lawyers for the shipping line said they would not comment on the footage.

Sales of cookies at the bridge kiosk fell by half, its owner said, after the website of the \
transport office published the closure notice.
"""

# Title-case headlines that mention an agency or a cookie are still headlines.
TRICKY_BODY_LINES = [
    "Court Backs AP in Access Dispute",
    "Reuters Poll Shows Support for Bridge Repairs",
    "Bakers Say Cookie Sales Rose 20% in May",
    "The new law on cookie consent takes effect in 2025, the ministry said.",
    "Subscribers to the water service will pay 5% more from July, the council said.",
    "Reporting by the Valley Post showed the pier had been hit twice before.",
    "Follow the money on Twitter, the campaigners urged in 2019.",
    "Photos taken by residents showed a 30-metre gap in the railing.",
    "By Tuesday, 120 workers had arrived at the site.",
    "Monday",
    "2023",
    "“No.”",
]

# One line of each kind of boilerplate, with the reason it must get.
BOILERPLATE_LINES = [
    ("We use cookies to give you the best experience on our website.", "cookie notice"),
    (
        "By continuing to use this site you accept our use of cookies. Manage settings",
        "cookie notice",
    ),
    ("This website uses cookies. Accept all cookies", "cookie notice"),
    ("Subscribe to our weekly newsletter", "subscription notice"),
    ("Your subscription could not be processed. Try again later.", "subscription notice"),
    ("Already a subscriber? Log in here", "subscription notice"),
    ("Click here to continue reading", "continue reading"),
    ("Continue reading", "continue reading"),
    ("READ MORE: Ferry line adds 3 crossings after bridge closure", "related links"),
    ("Tags: bridges, shipping, Varne", "related links"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2024 Valley Post Media Group", "copyright line"),
    ("Copyright 2024 Valley Post. All rights reserved.", "copyright line"),
    ("Workers inspect a damaged pier on Saturday. Jan Novak/AP Photo", "photo caption"),
    ("Workers inspect a damaged pier on Saturday. (Jan Novak/Reuters)", "photo caption"),
    ("The Ostwind at anchor on May 3, 2021. AFP via Getty Images", "photo caption"),
    ("Photo: Valley Post archive, 1987", "photo caption"),
    ("The damaged pier is seen in this photo taken on Saturday.", "photo caption"),
    ("[gpt3] Rewrite this headline: Bridge shut after crash [/gpt4]", "prompt line"),
    ("Rewrite this article in a neutral tone.", "prompt line"),
    ("Updated:", "time stamp"),
    ("0:00", "time stamp"),
    ("Published: Saturday, June 8, 2024, 10:14 AM", "time stamp"),
    ("Updated 3 hours ago", "time stamp"),
    ("4 min read", "time stamp"),
    ("Share this article", "share buttons"),
    ("Facebook Twitter WhatsApp Email", "share buttons"),
    ("Share | Tweet | Print", "share buttons"),
    ("Comments are closed.", "comments notice"),
    ("Karin Holm contributed to this report.", "credit line"),
    ("Reporting by Karin Holm in Varne; Editing by Tom Berg", "credit line"),
    ("This article originally appeared in the Valley Post.", "source line"),
    ("This video may contain graphic images", "platform notice"),
]


def reasons_by_line(text: str) -> dict[str, str]:
    return {text[r.start : r.end]: r.reason for r in find_boilerplate(text)}


def test_clean_article_gets_no_region() -> None:
    assert find_boilerplate(CLEAN_ARTICLE) == []


def test_example_articles_get_no_region() -> None:
    articles = sorted((REPO / "examples" / "articles").glob("*.txt"))
    assert articles
    for path in articles:
        assert find_boilerplate(path.read_text(encoding="utf-8")) == [], path.name


@pytest.mark.parametrize("line", TRICKY_BODY_LINES)
def test_body_lines_that_look_like_boilerplate_are_kept(line: str) -> None:
    text = CLEAN_ARTICLE + "\n" + line + "\n\nThe bridge reopened to cyclists on Sunday.\n"
    assert find_boilerplate(text) == []


@pytest.mark.parametrize(("line", "reason"), BOILERPLATE_LINES)
def test_each_kind_of_boilerplate_is_marked_with_its_reason(line: str, reason: str) -> None:
    head, _, tail = CLEAN_ARTICLE.partition("\n\nNo one was hurt")
    text = f"{head}\n\n  {line}  \n\nNo one was hurt{tail}"
    regions = find_boilerplate(text)
    assert regions == [Region(text.index(line), text.index(line) + len(line), reason)]


def test_caption_printed_twice_marks_both_copies() -> None:
    caption = "Inspectors walk along the Varne Bridge on June 8, 2024"
    text = (
        "Bridge closed after cargo ship strikes pier\n\n"
        f"{caption}. (Jan Novak/AP Photo)\n"
        f"{caption}. Jan Novak/AP Photo\n\n"
        "A cargo ship struck a pier of the bridge on Friday, the transport office said.\n"
    )
    reasons = reasons_by_line(text)
    assert reasons == {
        f"{caption}. (Jan Novak/AP Photo)": "photo caption",
        f"{caption}. Jan Novak/AP Photo": "photo caption",
    }


def test_uncredited_copy_of_a_caption_is_a_caption_too() -> None:
    caption = "Inspectors walk along the Varne Bridge on June 8, 2024."
    text = f"Intro line of the story.\n{caption} Getty Images\n\nBody text here.\n{caption}\n"
    assert [r.reason for r in find_boilerplate(text)] == ["photo caption", "photo caption"]


def test_repeated_line_marks_only_the_later_copies() -> None:
    headline = "Bridge closed after cargo ship strikes pier near Varne"
    text = f"{headline}\n\n{headline}\n\nThe bridge was closed on Friday.\n\n{headline}\n"
    regions = find_boilerplate(text)
    first = text.index(headline)
    assert [r.reason for r in regions] == ["repeated line", "repeated line"]
    assert all(r.start > first for r in regions)
    assert all(text[r.start : r.end] == headline for r in regions)


def test_short_repeated_sentences_are_body_text() -> None:
    text = "“No.”\nShe was asked again.\n“No.”\nThe meeting ended.\n"
    assert find_boilerplate(text) == []


def test_related_topics_list_is_marked_until_the_body_resumes() -> None:
    text = (
        "The bridge was closed on Friday after the crash.\n\n"
        "Related stories\n"
        "Ferry line adds crossings\n"
        "Varne council meets on Monday\n\n"
        "Inspectors said the work would take 10 days, the transport office said.\n"
    )
    assert reasons_by_line(text) == {
        "Related stories": "related links",
        "Ferry line adds crossings": "related links",
        "Varne council meets on Monday": "related links",
    }


def test_author_bio_under_its_heading_and_at_the_end() -> None:
    bio = "Karin Holm is a reporter covering transport and shipping for the Valley Post."
    text = CLEAN_ARTICLE + "\nAbout the author\n" + bio + "\n"
    assert reasons_by_line(text) == {"About the author": "author bio", bio: "author bio"}
    # At the end of a page with no heading, too.
    assert reasons_by_line(CLEAN_ARTICLE + "\n" + bio + "\n") == {bio: "author bio"}


def test_bio_shaped_sentence_in_the_lead_is_body_text() -> None:
    lead = "Karin Holm is a reporter for the Valley Post who was on the bridge when the ship hit."
    text = "Reporter saw crash from bridge\n\n" + lead + "\n\n" + CLEAN_ARTICLE
    assert find_boilerplate(text) == []


def test_bio_under_the_authors_name_near_the_top() -> None:
    bio = "Karin Holm is a reporter covering transport for the Valley Post."
    text = "Bridge closed\n\nKarin Holm\n" + bio + "\n\n" + CLEAN_ARTICLE
    assert reasons_by_line(text) == {bio: "author bio"}


def test_bio_shaped_paragraph_under_a_subheading_is_body_text() -> None:
    paragraph = "Anna Berg is a columnist for the Tribune who watched the crash from her car."
    text = "Bridge closed\n\nMedia Reaction\n" + paragraph + "\n\n" + CLEAN_ARTICLE
    assert find_boilerplate(text) == []


def test_social_and_contact_lines_are_author_bio() -> None:
    text = CLEAN_ARTICLE + "\nFollow Karin Holm on Twitter\nContact her at the newsroom desk.\n"
    assert set(reasons_by_line(text).values()) == {"author bio"}


def test_regions_index_the_original_text() -> None:
    # Leading space, tabs and Windows line ends stay in the text; regions cover the words only.
    text = "Body line one is here.\r\n\t  Advertisement \t\r\nBody line two is here.\r\n"
    (region,) = find_boilerplate(text)
    assert text[region.start : region.end] == "Advertisement"


def test_preparer_returns_a_preparation() -> None:
    doc = Document.from_text("Body text.\nAdvertisement\n", "d")
    preparation = boilerplate.prepare(doc)
    assert isinstance(preparation, claimdiff.Preparation)
    assert preparation.boilerplate == (Region(11, 24, "advertisement"),)


# --- with claimdiff.extract -----------------------------------------------------------------

DIGITS = re.compile(r"\d+")


class DigitRuns:
    """A tiny extractor: one number claim for every run of digits."""

    @claimdiff.hookimpl
    def register_extractors(self, register: object) -> None:
        register("digit_runs", self.extract, kinds=("number",))  # type: ignore[operator]

    @staticmethod
    def extract(document: Document) -> list[Claim]:
        return [
            Claim.from_span(document, m.start(), m.end(), "number", NumberValue(float(m.group())))
            for m in DIGITS.finditer(document.text)
        ]


def test_extract_drops_claims_from_boilerplate_and_keeps_spans() -> None:
    text = (
        "Bridge closed after ship hits pier\n"
        "Updated: June 8, 2024 10:14 AM\n"
        "0:00\n\n"
        "A ship struck a pier of the bridge on Friday; 14 columns were checked and 2 cracked.\n"
        "Workers inspect the pier on June 8, 2024. (Jan Novak/AP Photo)\n"
        "Workers inspect the pier on June 8, 2024. Jan Novak/AP Photo\n"
        "The ship carried 4,000 tonnes of grain.\n\n"
        "© 2024 Valley Post\n"
        "We use cookies on our website: accept all 3 cookies to continue.\n"
    )
    doc = Document.from_text(text, "bridge")
    report = claimdiff.extract(doc, plugins=plugins_of(boilerplate, DigitRuns()), strict=True)
    prepared = report.documents[0]
    assert prepared.text == text
    regions = prepared.boilerplate
    assert {r.reason for r in regions} == {
        "time stamp",
        "photo caption",
        "copyright line",
        "cookie notice",
    }
    for claim in report.claims:
        assert prepared.text[claim.start : claim.end] == claim.text
        assert not any(r.start < claim.end and claim.start < r.end for r in regions)
    outside = [
        m.group()
        for m in DIGITS.finditer(text)
        if not any(r.start <= m.start() < r.end for r in regions)
    ]
    assert [c.text for c in report.claims] == outside == ["14", "2", "4", "000"]


# --- properties and hostile input -------------------------------------------------------------

noisy_pages = pages_with([line for line, _ in BOILERPLATE_LINES])


def check_regions(text: str, regions: list[Region]) -> None:
    previous_end = -1
    for region in regions:
        assert 0 <= region.start < region.end <= len(text)
        assert region.start > previous_end
        assert isinstance(region.reason, str) and region.reason
        marked = text[region.start : region.end]
        assert marked == marked.strip()
        assert "\n" not in marked
        previous_end = region.end


@given(news_text)
def test_regions_are_valid_on_news_text(text: str) -> None:
    regions = find_boilerplate(text)
    check_regions(text, regions)
    assert find_boilerplate(text) == regions


@given(noisy_pages)
def test_regions_are_valid_on_pages_with_boilerplate(text: str) -> None:
    regions = find_boilerplate(text)
    check_regions(text, regions)
    assert find_boilerplate(text) == regions


@pytest.mark.parametrize(
    "text",
    [
        "1" * 200_000,
        "“" * 50_000,
        "a" * 200_000,
        "\n" * 100_000,
        "ab\n" * 20_000,
        "(" * 999 + "\n" + "[" * 5000,
        ("Photo " * 150 + "\n") * 100,
        ("[gpt3] " + "a " * 400 + "\n") * 50,
        "Related\n" + "Some headline here\n" * 5000,
        "",
    ],
    ids=[
        "digits",
        "quotes",
        "no-spaces",
        "newlines",
        "short-lines",
        "brackets",
        "credit-words",
        "prompt-tags",
        "long-list",
        "empty",
    ],
)
def test_hostile_input_is_handled(text: str) -> None:
    check_regions(text, find_boilerplate(text))


# --- real scraped articles (read only, never copied) --------------------------------------------

PROMPT_SHAPE = re.compile(r"^\[\w+\].*\[/\w+\]$")
CREDIT_END = re.compile(r"(?:AP Photo|Getty Images|Reuters|REUTERS)\)?$")


def seed_texts() -> dict[str, str]:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared/seeds is not beside the repository")
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))}
    if not texts:
        pytest.skip("no seed articles")
    return texts


def line_reasons(text: str) -> dict[str, set[str]]:
    reasons: dict[str, set[str]] = {}
    for region in find_boilerplate(text):
        reasons.setdefault(text[region.start : region.end], set()).add(region.reason)
    return reasons


def test_seed_articles_have_their_boilerplate_marked() -> None:
    found: set[str] = set()
    for name, text in seed_texts().items():
        marked = line_reasons(text)
        found |= {reason for reasons in marked.values() for reason in reasons}
        for line in (line.strip() for line in text.splitlines()):
            if PROMPT_SHAPE.match(line):
                assert marked.get(line) == {"prompt line"}, name
            if CREDIT_END.search(line):
                assert marked.get(line) == {"photo caption"}, name
            if "use cookies" in line:
                assert marked.get(line) == {"cookie notice"}, name
            if line.startswith("©"):
                assert marked.get(line) == {"copyright line"}, name
        # Most of every article is body text.
        share = sum(len(line) for line in marked) / max(len(text), 1)
        assert share < 0.3, name
    assert {"repeated line", "photo caption", "prompt line", "time stamp"} <= found


def test_seed_body_paragraphs_are_not_marked() -> None:
    for name, text in seed_texts().items():
        for line, reasons in line_reasons(text).items():
            # A long quoted sentence is a body paragraph; notices and captions quote no one.
            if reasons != {"repeated line"}:
                assert not re.search(r"[”\"],? (?:he|she|they|[A-Z]\w+) (?:said|told)", line), name


def test_corpus_sentences_are_not_marked() -> None:
    corpus = SHARED / "corpus" / "ECBplus"
    if not corpus.is_dir():
        pytest.skip("shared/corpus is not beside the repository")
    files = sorted(corpus.glob("*/*.txt"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for region in find_boilerplate(text):
            line = text[region.start : region.end]
            # Each line of this corpus is one sentence; a marked one is a dateline, never
            # a sentence of eight words or more ending in a full stop.
            words = line.split()
            assert not (len(words) >= 8 and line.endswith((".", '."', ".”"))), path.name


# --- speed-ups that must not change what is marked ---------------------------------------------


def test_a_repeated_line_is_judged_where_it_stands() -> None:
    # Lines printed twice are judged once, but a bio counts only in the page's second half:
    # the lead's copy stays body text, the closing one is a bio.
    bio = "Mara Quist is a reporter covering shipping for the Harbour Courier."
    body = "\n\n".join(
        [bio] + ["The ferry left the harbour at dawn and reached the island by noon."] * 6 + [bio]
    )
    regions = find_boilerplate(body)
    assert [(body[r.start : r.end], r.reason) for r in regions if body[r.start] == "M"] == [
        (bio, boilerplate.AUTHOR_BIO)
    ]
    assert regions[-1].start == body.rindex(bio)


CAPTION_LINES = [
    "Rescuers carry a man from the water. (Photo: AFP)",
    "Rescuers carry a man from the water. AFP via Getty Images",
    "Rescuers carry a man from the water. Jon Lee/AP Photo .”",
    "Jon Lee/AP Photo |",
    "Photo: the harbour at dawn",
    "In this photo taken on Monday, a man walks past the pier.",
    "The harbour at dawn — Reuters",
    "The harbour at dawn.",
]


caption_lines = lines_like(CAPTION_LINES, ["ſ", "İ", ".", "/", "|", " "])


@given(caption_lines)
def test_caption_shortcut_never_drops_a_caption(line: str) -> None:
    content = line.strip()
    if content and "\n" not in content and boilerplate._is_caption(content):
        lowered = None if boilerplate._CASE_TWINS.search(content) else content.lower()
        assert boilerplate._may_be_caption(content, lowered)


@given(st.text(max_size=40))
def test_key_head_starts_the_repeat_key(content: str) -> None:
    assert boilerplate._key_head(content) == boilerplate._repeat_key(content)[:8]
