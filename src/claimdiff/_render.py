"""Reports for people: plain text for terminals and pipes, Markdown for notes and tickets.

The text report lists conflicts first, then refinements, then claims only one outlet has,
and counts agreements. On a terminal (``color=True``) it is laid out and coloured with
``rich``; piped, it is plain text with one line per claim so it greps and diffs well.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from claimdiff._types import Claim, Diff, DiffKind, Document, Report

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

#: Characters of context shown on each side of a claim in the text and Markdown reports.
CONTEXT_CHARS = 60
#: Narrowest column for one outlet when a terminal shows outlets side by side.
_MIN_SIDE_BY_SIDE = 32

_HEADINGS: dict[DiffKind, str] = {
    "conflict": "Conflicts",
    "refine": "Refinements",
    "unique": "Only one report",
}
_STYLES: dict[DiffKind, str] = {
    "conflict": "bold red",
    "refine": "bold yellow",
    "unique": "bold cyan",
    "agree": "bold green",
}
_HIGHLIGHT = "bold black on yellow"
_NEWLINE = re.compile(r"\n")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = re.compile(r"\s")


class Excerpt(NamedTuple):
    """A claim in a stretch of its text, whitespace collapsed; ``cut_*`` mark clipped ends."""

    before: str
    claim: str
    after: str
    cut_before: bool
    cut_after: bool

    def join(self, mark: Callable[[str], str], escape: Callable[[str], str] = str) -> str:
        """The excerpt as one string: ``escape`` on the context, ``mark`` on the claim."""
        return (
            ("…" if self.cut_before else "")
            + escape(self.before)
            + mark(self.claim)
            + escape(self.after)
            + ("…" if self.cut_after else "")
        )


# Article text must not drive the terminal (escape sequences, bells, C1 controls) nor break
# UTF-8 output (lone surrogates); such characters are shown as U+FFFD.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def one_line(text: object) -> str:
    """``text`` on one line, whitespace collapsed, unprintable characters replaced."""
    return _UNPRINTABLE.sub("\ufffd", " ".join(str(text).split()))


_collapse = one_line


def excerpt(
    text: str,
    start: int,
    end: int,
    reach: int = CONTEXT_CHARS,
    breaks: Sequence[re.Pattern[str]] = (_NEWLINE,),
) -> Excerpt:
    """``text[start:end]`` with up to ``reach`` characters either side.

    The context stops at the nearest of ``breaks`` (tried in order: a line break keeps the
    headline out of the first paragraph's context) and otherwise at a word boundary.
    Work is bounded by ``reach``, so a megabyte without spaces costs no more than a line.
    """
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    low, high = max(0, start - reach), min(len(text), end + reach)
    left = right = None
    for pattern in breaks:
        if left is None:
            found = [m.end() for m in pattern.finditer(text, low, start)]
            left = found[-1] if found else None
        if right is None:
            match = pattern.search(text, end, high)
            right = match.start() if match else None
    cut_before = left is None and low > 0
    cut_after = right is None and high < len(text)
    if left is None:
        left = low
        if cut_before and not text[low - 1].isspace():
            space = _SPACE.search(text, low, start)  # drop the clipped first word
            left = space.end() if space else low
    if right is None:
        right = high
        if cut_after and not text[high].isspace():
            spaces = [m.start() for m in _SPACE.finditer(text, end, high)]
            right = spaces[-1] if spaces else high
    before_raw, after_raw = text[left:start], text[end:right]
    before, after = _collapse(before_raw), _collapse(after_raw)
    if before and before_raw[-1:].isspace():
        before += " "
    if after and after_raw[:1].isspace():
        after = " " + after
    return Excerpt(before, _collapse(text[start:end]), after, cut_before, cut_after)


def claim_excerpt(
    report: Report,
    claim: Claim,
    reach: int = CONTEXT_CHARS,
    breaks: Sequence[re.Pattern[str]] = (_NEWLINE,),
) -> Excerpt:
    """The claim in a stretch of its document's text; just the claim when the text is gone."""
    document = document_of(report, claim.doc)
    if document is None or document.text[claim.start : claim.end] != claim.text:
        return Excerpt("", _collapse(claim.text), "", False, False)
    return excerpt(document.text, claim.start, claim.end, reach, breaks)


def paragraph_excerpt(report: Report, claim: Claim, reach: int = 480) -> Excerpt:
    """The claim in its paragraph (blank-line separated, else its line), clipped to ``reach``."""
    return claim_excerpt(report, claim, reach, (_BLANK_LINE, _NEWLINE))


def snippet(report: Report, claim: Claim, mark: Callable[[str], str]) -> str:
    """The claim in a short stretch of its document's text, the claim's words marked."""
    return claim_excerpt(report, claim).join(mark)


def document_of(report: Report, doc_id: str) -> Document | None:
    try:
        return report.document(doc_id)
    except KeyError:
        return None


def claims_of(report: Report, diff: Diff) -> list[Claim]:
    """The diff's claims that the report holds (a hand-made report may lack some)."""
    claims = []
    for claim_id in diff.claims:
        try:
            claims.append(report.claim(claim_id))
        except KeyError:
            continue
    return claims


def label_of(report: Report, doc_id: str) -> str:
    """How the report names a document: its outlet, else its id."""
    document = document_of(report, doc_id)
    return one_line(document.label if document else doc_id)


def kind_of(report: Report, diff: Diff) -> str:
    """The claim kind a diff is about (its first claim's)."""
    claims = claims_of(report, diff)
    return claims[0].kind if claims else "unknown"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(report: Report) -> str:
    counts = Counter(diff.kind for diff in report.diffs)
    return (
        f"{_plural(len(report.documents), 'document')}, {_plural(len(report.claims), 'claim')}: "
        f"{_plural(counts['conflict'], 'conflict')}, {_plural(counts['refine'], 'refinement')}, "
        f"{counts['unique']} unique, {_plural(counts['agree'], 'agreement')}"
    )


def sections(report: Report) -> list[tuple[DiffKind, str, list[Diff]]]:
    """Conflicts, refinements and unique claims, each with its diffs in report order."""
    return [
        (kind, heading, [diff for diff in report.diffs if diff.kind == kind])
        for kind, heading in _HEADINGS.items()
    ]


def agreement_line(report: Report) -> str:
    agreements = report.diffs_of("agree")
    by_kind = Counter(kind_of(report, diff) for diff in agreements)
    parts = ", ".join(f"{n} {one_line(kind)}" for kind, n in sorted(by_kind.items()))
    return f"Agreements: {len(agreements)}" + (f" ({parts})" if parts else "")


def copies_line(report: Report) -> str | None:
    if not report.copies:
        return None
    groups = "; ".join(" = ".join(label_of(report, d) for d in group) for group in report.copies)
    return f"Copies of one story (counted once): {groups}"


def problem_lines(report: Report) -> list[str]:
    lines = []
    for problem in report.problems:
        where = f" on {problem.doc}" if problem.doc else ""
        lines.append(one_line(f"- {problem.plugin}{where}: {problem.message}"))
    return lines


def _tag(report: Report, diff: Diff) -> str:
    return one_line(kind_of(report, diff) + (f" · {diff.field}" if diff.field else ""))


# --- text -------------------------------------------------------------------------------------


def _marked(excerpt_: Excerpt, color: bool) -> Text:
    from rich.text import Text

    line = Text("…" if excerpt_.cut_before else "")
    line.append(excerpt_.before)
    if color:
        line.append(excerpt_.claim, style=_HIGHLIGHT)
    else:
        line.append(f"[{excerpt_.claim}]")
    line.append(excerpt_.after)
    line.append("…" if excerpt_.cut_after else "")
    return line


def _outlets(report: Report, claims: Sequence[Claim], width: int) -> RenderableType:
    """The claims' outlets side by side: columns when the terminal is wide enough, else rows."""
    from rich import box
    from rich.padding import Padding
    from rich.table import Table

    if 1 < len(claims) <= 4 and (width - 5) // len(claims) >= _MIN_SIDE_BY_SIDE:
        table = Table(box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False, show_edge=False)
        for claim in claims:
            table.add_column(label_of(report, claim.doc), style="", header_style="bold", ratio=1)
        table.add_row(*(_marked(claim_excerpt(report, claim), True) for claim in claims))
        return Padding(table, (0, 0, 0, 5))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for claim in claims:
        grid.add_row(label_of(report, claim.doc), _marked(claim_excerpt(report, claim), True))
    return Padding(grid, (0, 0, 0, 5))


def _hanging(prefix: str, body: Text) -> RenderableType:
    """``body`` after ``prefix``, wrapped lines indented under the body, not the prefix."""
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(prefix, body)
    return grid


class _Numbered(NamedTuple):
    prefix: str
    body: Text


class _Outlets(NamedTuple):
    claims: list[Claim]


def _text_items(report: Report, color: bool) -> list[Text | _Numbered | _Outlets]:
    """The report's lines and blocks, styled for a terminal; plain text keeps only the words."""
    from rich.text import Text

    items: list[Text | _Numbered | _Outlets] = [Text(f"claimdiff: {summary(report)}", style="bold")]
    if line := copies_line(report):
        items.append(Text(line, style="dim"))
    for kind, heading, diffs in sections(report):
        if not diffs:
            continue
        items += [Text(""), Text(f"{heading.upper()} ({len(diffs)})", style=_STYLES[kind])]
        for number, diff in enumerate(diffs, 1):
            claims = claims_of(report, diff)
            head = Text()
            head.append(f"[{_tag(report, diff)}]", style="dim")
            if kind == "unique" and claims:
                # One outlet: its name and the claim say all the explanation would.
                head.append(f" {label_of(report, claims[0].doc)}", style="bold")
                head.append("  ")
                head.append_text(_marked(claim_excerpt(report, claims[0]), color))
                items.append(_Numbered(f"{number:>3}. ", head))
                continue
            head.append(f" {one_line(diff.explanation)}")
            items += [_Numbered(f"{number:>3}. ", head), _Outlets(claims)]
    items += [Text(""), Text(agreement_line(report), style=_STYLES["agree"])]
    if report.problems:
        items += [Text(""), Text(f"Problems ({len(report.problems)}):", style="bold red")]
        items += [Text(line) for line in problem_lines(report)]
    return items


def _plain_lines(report: Report, item: Text | _Numbered | _Outlets) -> list[str]:
    """An item as unwrapped lines: one line per claim, easy to grep and to diff."""
    if isinstance(item, _Numbered):
        return [item.prefix + item.body.plain]
    if isinstance(item, _Outlets):
        labels = [label_of(report, claim.doc) for claim in item.claims]
        width = max(map(len, labels), default=0)
        return [
            f"     {label:<{width}}  {_marked(claim_excerpt(report, claim), False).plain}"
            for label, claim in zip(labels, item.claims, strict=True)
        ]
    return [item.plain]


def render_text(report: Report, color: bool = False, *, width: int | None = None) -> str:
    """The report for a terminal (``color=True``: styled with rich) or a pipe (plain text).

    ``width`` defaults to the terminal's width when coloured; plain lines never wrap.
    """
    items = _text_items(report, color)
    if not color:
        lines = [line for item in items for line in _plain_lines(report, item)]
        return "\n".join(line.rstrip() for line in lines) + "\n"

    import shutil
    from io import StringIO

    from rich.console import Console

    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    buffer = StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        color_system="standard",
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        _environ={},  # the caller decided on colour; NO_COLOR, TERM and COLUMNS do not overrule
    )
    for item in items:
        if isinstance(item, _Numbered):
            console.print(_hanging(item.prefix, item.body), overflow="fold")
        elif isinstance(item, _Outlets):
            console.print(_outlets(report, item.claims, width), overflow="fold")
        else:
            console.print(item, overflow="fold")
    # rich pads table cells with spaces; trailing ones only get in the way of copying.
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


# --- Markdown ---------------------------------------------------------------------------------

# CommonMark lets a backslash escape any ASCII punctuation. These can start markup inside a
# line (emphasis, code, links, HTML, entities, table cells, strikethrough, maths); "(" and
# "!" only matter after "[", which is escaped, and "#", "+", "-" only at a line's start.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$])")


def md_escape(text: str) -> str:
    """``text`` shown literally in Markdown: no emphasis, links, HTML or table breaks."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_cell(text: str) -> str:
    return md_escape(_collapse(text)) or " "


def _md_bold(words: str) -> str:
    return f"**{md_escape(words)}**" if words else ""


def _md_claim(report: Report, claim: Claim) -> str:
    """``Outlet: context with the **claim** in bold``."""
    label = md_escape(label_of(report, claim.doc))
    text = claim_excerpt(report, claim).join(_md_bold, md_escape)
    return f"{label}: {text}"


def render_markdown(report: Report) -> str:
    """The report as Markdown: a table of the documents, then one section per kind of diff."""
    lines = ["# claimdiff report", "", md_escape(summary(report)) + ".", ""]
    if line := copies_line(report):
        lines += [md_escape(line) + ".", ""]
    with_title = any(document.title for document in report.documents)
    columns = ["id", "outlet", *(["title"] if with_title else []), "published"]
    lines += ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for document in report.documents:
        cells = [_md_cell(document.id), _md_cell(document.source or "")]
        cells += [_md_cell(document.title or "")] if with_title else []
        cells.append(document.published.isoformat() if document.published else "unknown")
        lines.append("| " + " | ".join(cells) + " |")
    for _, heading, diffs in sections(report):
        if not diffs:
            continue
        lines += ["", f"## {heading} ({len(diffs)})", ""]
        for diff in diffs:
            tag = md_escape(_tag(report, diff))
            claims = claims_of(report, diff)
            if diff.kind == "unique" and claims:
                lines.append(f"- *{tag}* — {_md_claim(report, claims[0])}")
                continue
            lines.append(f"- *{tag}* — **{md_escape(one_line(diff.explanation))}**")
            lines += [f"  - {_md_claim(report, claim)}" for claim in claims]
    lines += ["", "## " + md_escape(agreement_line(report))]
    if report.problems:
        lines += ["", f"## Problems ({len(report.problems)})", ""]
        lines += ["- " + md_escape(line.removeprefix("- ")) for line in problem_lines(report)]
    return "\n".join(lines) + "\n"
