"""The human-readable reports: plain and coloured text, Markdown and the HTML page."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import Claim, DateValue, Diff, Document, NumberValue, Problem, QuoteValue, Report
from claimdiff._html import render_html
from claimdiff._render import excerpt, render_markdown, render_text
from strategies import reports

EXAMPLES = Path(__file__).parents[1] / "examples" / "articles"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")

POST_TEXT = (
    "Bridge closed after barge strike\n"
    "\n"
    "A cargo barge struck the Elm Street bridge on Monday, and about 30 people were evacuated "
    "from nearby homes, police said.\n"
    "\n"
    "“We heard a crash like thunder,” said resident Jo Park.\n"
    "\n"
    "Engineers said repairs would cost $2 million. One comment read "
    "<script>window.__pwned = 1</script> & nothing more.\n"
)
TIMES_TEXT = (
    "Barge hits Elm Street bridge\n"
    "\n"
    "A barge hit the Elm Street bridge on Monday night. Police said 45 people were "
    "evacuated.\n"
    "\n"
    "“We heard a crash like thunder,” said Jo Park, who lives nearby.\n"
    "\n"
    'The bridge stays closed until June. <img src=x onerror="window.__pwned = 2">\n'
)
#: A claim kind with markup and a quote in it, to check attribute escaping.
ODD_KIND = 'odd"<kind>'


def _claim(
    document: Document,
    words: str,
    claim_id: str,
    kind: str,
    value: object,
    speaker: str | None = None,
) -> Claim:
    start = document.text.index(words)
    claim = Claim.from_span(document, start, start + len(words), kind, value, speaker=speaker)
    return attrs.evolve(claim, id=claim_id)


def sample_report() -> Report:
    """Two outlets, one diff of each relation, and article text that tries to inject markup."""
    post = Document.from_text(
        POST_TEXT,
        "post",
        source="Harbour Post",
        title="Bridge closed",
        published="2025-05-05",
        url="https://example.org/bridge?a=1&b=2",
    )
    times = Document.from_text(
        TIMES_TEXT,
        "times",
        source="Valley <i>Times</i> | daily",
        published="2025-05-06",
        url="javascript:alert(1)",
    )
    claims = (
        _claim(post, "about 30 people", "post-1", "number", NumberValue(30, "person", True)),
        _claim(times, "45 people", "times-1", "number", NumberValue(45, "person")),
        _claim(post, "on Monday", "post-2", "date", DateValue(_day(5), _day(5))),
        _claim(times, "on Monday night", "times-2", "date", DateValue(_day(5), _day(5))),
        _claim(post, "$2 million", "post-3", "number", NumberValue(2e6, "usd")),
        _claim(times, "<img src=x", "times-3", ODD_KIND, {"raw": True}),
        _claim(
            post,
            "We heard a crash like thunder",
            "post-4",
            "quote",
            QuoteValue("We heard a crash like thunder"),
            speaker="Jo Park",
        ),
        _claim(
            times,
            "We heard a crash like thunder",
            "times-4",
            "quote",
            QuoteValue("We heard a crash like thunder"),
            speaker="Jo Park",
        ),
        _claim(post, "<script>window.__pwned = 1</script>", "post-5", "quote", QuoteValue("x")),
    )
    diffs = (
        Diff(
            "conflict",
            ("post-1", "times-1"),
            ("post", "times"),
            "Reports disagree on the amount: “about 30 people” (Harbour Post) vs “45 people” "
            "(Valley <i>Times</i> | daily); ≈30 person vs 45 person.",
            field="amount",
        ),
        Diff(
            "refine",
            ("post-2", "times-2"),
            ("post", "times"),
            "One report is more precise on the time: “on Monday” vs “on Monday night”.",
            field="time",
        ),
        Diff("unique", ("post-3",), ("post",), "Only Harbour Post reports this: “$2 million”."),
        Diff("unique", ("post-5",), ("post",), "Only Harbour Post: <script>alert(3)</script>"),
        Diff("unique", ("times-3",), ("times",), "Only the other: <b>bold</b>"),
        Diff("agree", ("post-4", "times-4"), ("post", "times"), "2 reports agree on the quote."),
    )
    problems = (Problem("numbers", "gave up on <b>odd</b> input", doc="times"),)
    return Report(documents=(post, times), claims=claims, diffs=diffs, problems=problems)


def _day(day: int) -> dt.date:
    return dt.date(2025, 5, day)


def _line_with(text: str, needle: str) -> str:
    lines = [line for line in text.splitlines() if needle in line]
    assert lines, f"no line contains {needle!r}:\n{text}"
    return lines[0]


# --- plain and coloured text -----------------------------------------------------------------


def test_plain_text_has_no_escape_codes_and_keeps_the_first_line() -> None:
    text = render_text(sample_report())
    assert "\x1b" not in text
    assert text.startswith("claimdiff: 2 documents, 9 claims: 1 conflict, 1 refinement, 3 unique")


def test_plain_text_lists_conflicts_refinements_unique_then_agreement_counts() -> None:
    text = render_text(sample_report())
    positions = [
        text.index(heading)
        for heading in ("CONFLICTS (1)", "REFINEMENTS (1)", "ONLY ONE REPORT (3)", "Agreements: 1")
    ]
    assert positions == sorted(positions)
    assert "Agreements: 1 (1 quote)" in text
    # Agreements are counted, not listed.
    assert "crash like thunder" not in text


def test_plain_text_shows_each_outlet_with_the_claim_marked_in_context() -> None:
    text = render_text(sample_report())
    post_line = _line_with(text, "[about 30 people]")
    assert (
        post_line.split()
        == (
            "Harbour Post A cargo barge struck the Elm Street bridge on Monday, and "
            "[about 30 people] were evacuated from nearby homes, police said."
        ).split()
    )
    times_line = _line_with(text, "[45 people]")
    assert times_line.lstrip().startswith("Valley <i>Times</i> | daily")
    # The outlets' snippets start in one column, side by side with their names.
    assert post_line.index("A cargo") == times_line.index("…hit the")
    # The context stays in the claim's line: never the headline above it.
    assert "barge strike" not in post_line


def test_plain_text_lines_never_wrap() -> None:
    report = sample_report()
    long_text = "Officials said " + "very " * 200 + "many people, 45 of them, left."
    doc = Document.from_text(long_text, "long", source="Long Outlet")
    claim = _claim(doc, "45", "long-1", "number", NumberValue(45))
    diff = Diff("unique", ("long-1",), ("long",), "Only Long Outlet reports this: “45”.")
    report = Report(documents=(doc,), claims=(claim,), diffs=(diff,))
    line = _line_with(render_text(report), "[45]")
    assert line.startswith("  1. [number] Long Outlet  …very very")
    assert len(line) < 200  # the context is short: about CONTEXT_CHARS either side


def test_unique_claims_name_their_outlet() -> None:
    line = _line_with(render_text(sample_report()), "[$2 million]")
    assert "[number] Harbour Post" in line


def test_problems_and_copies_are_listed() -> None:
    report = attrs.evolve(sample_report(), copies=(("post", "times"),))
    text = render_text(report)
    assert "Copies of one story (counted once): Harbour Post = Valley <i>Times</i> | daily" in text
    assert "- numbers on times: gave up on <b>odd</b> input" in text


@pytest.mark.parametrize("color", [False, True])
def test_control_characters_in_articles_never_reach_the_terminal(color: bool) -> None:
    text = "Police said \x1b]0;owned\x07 45 people\x9b2J were \ud800 evacuated."
    doc = Document.from_text(text, "odd", source="Odd\x1b[31m Outlet")
    claim = _claim(doc, "45 people", "odd-1", "number", NumberValue(45))
    diff = Diff("unique", ("odd-1",), ("odd",), "Only \x1b[2J this.")
    report = Report(documents=(doc,), claims=(claim,), diffs=(diff,))
    out = render_text(report, color=color, width=200)
    assert "\x1b" not in _ANSI.sub("", out) and "\x07" not in out and "\x9b" not in out
    assert "\ufffd]0;owned\ufffd" in out and "Odd\ufffd[31m Outlet" in out
    out.encode("utf-8")  # the lone surrogate is gone too
    render_markdown(report).encode("utf-8")


def test_colour_marks_the_claim_words_with_escape_codes() -> None:
    text = render_text(sample_report(), color=True, width=200)
    assert "\x1b[" in text
    assert re.search(r"\x1b\[[0-9;]*m45 people\x1b\[", text)
    plain = _ANSI.sub("", text)
    assert "[45 people]" not in plain  # colour replaces the brackets
    assert plain.startswith("claimdiff: 2 documents")


def test_colour_is_the_callers_decision_not_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "20")
    assert "\x1b[" in render_text(sample_report(), color=True, width=120)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b" not in render_text(sample_report(), color=False)


def test_wide_terminal_puts_outlets_in_columns_narrow_one_in_rows() -> None:
    wide = _ANSI.sub("", render_text(sample_report(), color=True, width=120))
    assert re.search(r"^\s+Harbour Post\s{2,}Valley <i>Times</i> \| daily\s*$", wide, re.M)
    narrow = _ANSI.sub("", render_text(sample_report(), color=True, width=60))
    assert not re.search(r"Harbour Post\s{2,}Valley", narrow)
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_text_of_the_example_articles_is_stable(builtins: claimdiff.LoadedPlugins) -> None:
    documents = _example_documents()
    first = render_text(claimdiff.compare(documents, plugins=builtins))
    second = render_text(claimdiff.compare(documents, plugins=builtins))
    assert first == second
    assert first.startswith("claimdiff: 4 documents")


def _example_documents() -> list[Document]:
    from claimdiff._cli import _manifest_documents

    return _manifest_documents(EXAMPLES / "manifest.json", None)


# --- excerpts ---------------------------------------------------------------------------------


def test_excerpt_cuts_at_word_boundaries_and_marks_the_cut() -> None:
    text = "alpha beta gamma delta 45 epsilon zeta eta theta"
    start = text.index("45")
    cut = excerpt(text, start, start + 2, reach=9)
    assert cut.before == "delta "  # "gamma" was clipped mid-word and is dropped
    assert cut.after == " epsilon"
    assert (cut.cut_before, cut.cut_after) == (True, True)
    assert cut.join(lambda s: f"<{s}>") == "…delta <45> epsilon…"


def test_excerpt_is_bounded_on_huge_input_without_spaces() -> None:
    text = "9" * 1_000_000
    began = time.perf_counter()
    cut = excerpt(text, 500_000, 500_002, reach=60)
    elapsed = time.perf_counter() - began
    assert len(cut.before) == len(cut.after) == 60
    assert elapsed < 0.5, elapsed  # generous: the work is bounded by reach, not text length


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_sections_and_bold_claims() -> None:
    text = render_markdown(sample_report())
    assert text.startswith("# claimdiff report\n")
    positions = [
        text.index(h)
        for h in ("## Conflicts (1)", "## Refinements (1)", "## Only one report (3)", "## Agree")
    ]
    assert positions == sorted(positions)
    assert "**about 30 people** were evacuated" in text
    assert "  - Harbour Post: A cargo barge" in text


def test_markdown_escapes_article_markup_and_table_pipes() -> None:
    text = render_markdown(sample_report())
    assert not re.search(r"(?<!\\)[<>]", text)  # no raw HTML reaches a Markdown renderer
    assert r"\<script\>window.\_\_pwned = 1\</script\>" in text
    assert r"| times | Valley \<i\>Times\</i\> \| daily |" in text


# --- HTML -------------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script> and <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._inside: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._inside = tag if tag in self.raw else None

    def handle_endtag(self, tag: str) -> None:
        self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.raw[self._inside].append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def test_html_escapes_article_text_outlets_kinds_and_explanations() -> None:
    page = render_html(sample_report())
    tags = _parse(page)
    assert [tag for tag, _ in tags.tags].count("script") == 1  # only ours
    assert not [tag for tag, _ in tags.tags if tag in ("img", "i", "b")]
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "Valley &lt;i&gt;Times&lt;/i&gt; | daily" in page
    kinds = {attributes.get("data-kind") for tag, attributes in tags.tags if tag == "tr"}
    assert ODD_KIND in kinds  # the attribute round-trips intact, quote and all
    assert "gave up on &lt;b&gt;odd&lt;/b&gt; input" in page


def test_html_is_self_contained() -> None:
    report = sample_report()
    page = render_html(report)
    tags = _parse(page)
    for tag, attributes in tags.tags:
        assert "src" not in attributes, (tag, attributes)
        assert tag not in ("link", "iframe", "object", "embed", "img", "base"), tag
        href = attributes.get("href")
        if href is not None and not href.startswith("#"):
            # Only the article's own address, as a link for the reader to follow.
            assert tag == "a" and href == report.documents[0].url, (tag, href)
    styles = "".join(tags.raw["style"])
    assert "url(" not in styles and "@import" not in styles
    assert "fetch(" not in page and "XMLHttpRequest" not in page
    assert 'href="javascript:' not in page  # a non-web address stays text
    links = [a.get("href") for tag, a in tags.tags if tag == "a" and a.get("rel")]
    assert links == ["https://example.org/bridge?a=1&b=2"]


def test_html_content_security_policy_allows_exactly_its_own_style_and_script() -> None:
    tags = _parse(render_html(sample_report()))
    (policy,) = [
        attributes["content"]
        for tag, attributes in tags.tags
        if tag == "meta" and attributes.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None and "default-src 'none'" in policy
    for kind in ("script", "style"):
        (source,) = tags.raw[kind]
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in policy


def test_html_marks_each_claim_in_its_paragraph() -> None:
    page = render_html(sample_report())
    assert (
        "A cargo barge struck the Elm Street bridge on Monday, and <mark>about 30 people</mark>"
        " were evacuated from nearby homes, police said." in page
    )
    assert "barge strike" not in page.split("<mark>about 30 people</mark>")[0].rsplit("<p", 1)[1]
    assert "read as ≈30 person" in page and "said by Jo Park" in page


def test_html_table_has_a_column_per_outlet_and_a_row_per_diff() -> None:
    report = sample_report()
    tags = _parse(render_html(report))
    rows = [
        attributes for tag, attributes in tags.tags if tag == "tr" and "data-relation" in attributes
    ]
    assert [row["data-relation"] for row in rows] == [diff.kind for diff in report.diffs]
    headers = sum(1 for tag, attributes in tags.tags if tag == "th" and attributes.get("scope"))
    assert headers == 2 + len(report.documents)
    cells = sum(1 for tag, attributes in tags.tags if tag == "td")
    assert cells >= len(report.diffs) * (2 + len(report.documents))


def test_html_filters_offer_every_relation_and_kind() -> None:
    tags = _parse(render_html(sample_report()))
    boxes = {
        (attributes["name"], attributes["value"])
        for tag, attributes in tags.tags
        if tag == "input" and attributes.get("type") == "checkbox"
    }
    relations = {("relation", kind) for kind in ("conflict", "refine", "unique", "agree")}
    kinds = {("kind", kind) for kind in ("number", "date", "quote", ODD_KIND)}
    assert boxes == relations | kinds


def test_html_lists_the_explanation_of_each_conflict() -> None:
    page = render_html(sample_report())
    section = page.split('<section id="conflicts">')[1].split("</section>")[0]
    assert "Reports disagree on the amount: “about 30 people” (Harbour Post)" in section
    assert "One report is more precise" not in section


def test_html_is_deterministic() -> None:
    assert render_html(sample_report()) == render_html(sample_report())


def test_html_of_an_empty_report_is_a_page() -> None:
    page = render_html(Report(documents=(), claims=(), diffs=()))
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "No claims were found to compare." in page


@pytest.mark.slow
def test_renderers_do_not_import_rich_until_used() -> None:
    import subprocess

    code = "import sys, claimdiff, claimdiff._render, claimdiff._html; print('rich' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


# --- any input --------------------------------------------------------------------------------


@given(reports(), st.booleans(), st.integers(20, 160))
def test_no_report_makes_a_renderer_raise(report: Report, color: bool, width: int) -> None:
    text = render_text(report, color=color, width=width)
    assert _ANSI.sub("", text).startswith("claimdiff: ")
    # Colour codes only, and only when asked: article text never reaches the terminal raw.
    assert "\x1b" not in (_ANSI.sub("", text) if color else text)
    assert render_markdown(report).startswith("# claimdiff report")
    page = render_html(report)
    assert page == render_html(report)
    page.encode("utf-8")  # no lone surrogates
    assert [tag for tag, _ in _parse(page).tags].count("script") == 1
