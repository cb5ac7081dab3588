"""Hypothesis strategies for claimdiff, in one place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from claimdiff import Document

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
