"""Hypothesis strategies for claimdiff, in one place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

from claimdiff import Claim, Diff, Document, QuoteValue, Report
from claimdiff._types import DiffKind

# Pieces of news-like text that exercise every built-in extractor, plus hostile noise.
NEWS_PIECES = [
    "“We will respond,” the minister said.",
    "Kremlin spokesman Dmitry Peskov said there would be talks.",
    'He told reporters "it was appropriate" on Tuesday.',
    "The Workers’ Party of Korea met on Sept. 13, 2023.",
    "roughly 300 miles from the border",
    "at least 50 people were killed and 1,400 injured",
    "a 6.1-magnitude quake struck on July 2",
    "According to state media, the leader left on Sunday.",
    "“Unclosed quote runs on",
    "It was 3.6 to 4.3 per cent, up from 2019.",
    "“",
    "”",
    "'",
    "\n",
    "\n\n",
    " ",
    "Mr. Kim, 39, said: ",
    "US$1.2bn",
    "last week",
    "next year",
]

news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.text(max_size=30)), max_size=25
).map("".join)

publication_dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31))
)


@st.composite
def documents(draw: st.DrawFn, doc_id: str | None = None) -> Document:
    """A document of news-like text with an optional publication date."""
    identifier = doc_id or draw(st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True))
    return Document.from_text(
        draw(news_text),
        identifier,
        source=draw(st.sampled_from([None, "Outlet A", "Outlet B"])),
        published=draw(publication_dates),
    )


@st.composite
def document_sets(draw: st.DrawFn, max_size: int = 4) -> list[Document]:
    """Several documents with distinct ids."""
    count = draw(st.integers(min_value=1, max_value=max_size))
    return [draw(documents(doc_id=f"doc{n}")) for n in range(count)]


def pages_with(lines: Sequence[str]) -> st.SearchStrategy[str]:
    """Pages of news text mixed, line by line, with the given lines (boilerplate, say)."""
    return st.lists(st.one_of(news_text, st.sampled_from(list(lines))), max_size=8).map("\n".join)


def text_with(pieces: Sequence[str], max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Text run together from the given pieces, news text and short random strings."""
    return st.lists(
        st.one_of(st.sampled_from(list(pieces)), news_text, st.text(max_size=8)),
        max_size=max_pieces,
    ).map("".join)


def lines_like(lines: Sequence[str], extra: Sequence[str] = ()) -> st.SearchStrategy[str]:
    """One of the given lines, or a few of them (and the ``extra`` pieces) run together."""
    pieces = st.one_of(st.sampled_from([*lines, *extra]), news_text)
    return st.one_of(st.sampled_from(list(lines)), st.lists(pieces, max_size=4).map("".join))


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Reports over news-like text: claims on any span, diffs of any relation over them."""
    documents = draw(document_sets())
    claims = []
    for document in documents:
        for n in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(document.text)))
            end = draw(st.integers(start, len(document.text)))
            kind = draw(st.sampled_from(["number", "quote", "date", "attribution", "x<y"]))
            claim = Claim.from_span(document, start, end, kind, QuoteValue("q"))
            claims.append(attrs.evolve(claim, id=f"{document.id}-{n}"))
    diffs = []
    pool = list(claims)
    while pool:
        size = draw(st.integers(1, min(3, len(pool))))
        members, pool = pool[:size], pool[size:]
        choices: list[DiffKind] = ["agree", "refine", "conflict"]
        relation: DiffKind = "unique" if size == 1 else draw(st.sampled_from(choices))
        diffs.append(
            Diff(
                relation,
                tuple(c.id for c in members),
                tuple(c.doc for c in members),
                draw(st.text(max_size=40)),
                field=draw(st.one_of(st.none(), st.sampled_from(["value", "speaker"]))),
            )
        )
    return Report(documents=tuple(documents), claims=tuple(claims), diffs=tuple(diffs))
