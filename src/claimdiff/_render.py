"""Reports for people: plain text for terminals and pipes, Markdown for notes and tickets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from claimdiff._types import Claim, Diff, Report

#: Characters of context shown on each side of a claim.
CONTEXT_CHARS = 60
_HEADINGS = {"conflict": "Conflicts", "refine": "Refinements", "unique": "Only one report"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(report: Report) -> str:
    counts = Counter(diff.kind for diff in report.diffs)
    return (
        f"{_plural(len(report.documents), 'document')}, {_plural(len(report.claims), 'claim')}: "
        f"{_plural(counts['conflict'], 'conflict')}, {_plural(counts['refine'], 'refinement')}, "
        f"{counts['unique']} unique, {_plural(counts['agree'], 'agreement')}"
    )


def snippet(report: Report, claim: Claim, mark: Callable[[str], str]) -> str:
    """The claim in a short stretch of its document's text, the claim's words marked."""
    text = report.document(claim.doc).text
    left = max(0, claim.start - CONTEXT_CHARS)
    right = min(len(text), claim.end + CONTEXT_CHARS)
    before = " ".join(text[left : claim.start].split())
    after = " ".join(text[claim.end : right].split())
    inner = " ".join(claim.text.split())
    return (
        ("…" if left > 0 else "")
        + before
        + (" " if text[left : claim.start][-1:].isspace() else "")
        + mark(inner)
        + (" " if text[claim.end : right][:1].isspace() else "")
        + after
        + ("…" if right < len(text) else "")
    )


def _sections(report: Report) -> list[tuple[str, list[Diff]]]:
    return [
        (heading, [diff for diff in report.diffs if diff.kind == kind])
        for kind, heading in _HEADINGS.items()
    ]


def _agreement_line(report: Report) -> str:
    agreements = report.diffs_of("agree")
    by_kind = Counter(report.claim(diff.claims[0]).kind for diff in agreements)
    parts = ", ".join(f"{n} {kind}" for kind, n in sorted(by_kind.items()))
    return f"Agreements: {len(agreements)}" + (f" ({parts})" if parts else "")


def render_text(report: Report, color: bool = False) -> str:
    lines = [f"claimdiff: {summary(report)}"]
    for heading, diffs in _sections(report):
        if not diffs:
            continue
        lines += ["", f"{heading.upper()} ({len(diffs)})"]
        for number, diff in enumerate(diffs, 1):
            kind = report.claim(diff.claims[0]).kind
            field = f" · {diff.field}" if diff.field else ""
            lines.append(f"{number:>3}. [{kind}{field}] {diff.explanation}")
            width = max(len(report.document(doc).label) for doc in diff.docs)
            for claim_id in diff.claims:
                claim = report.claim(claim_id)
                label = report.document(claim.doc).label
                lines.append(f"     {label:<{width}}  {snippet(report, claim, lambda s: f'[{s}]')}")
    lines += ["", _agreement_line(report)]
    lines += _problem_lines(report, "")
    return "\n".join(lines) + "\n"


def _problem_lines(report: Report, bullet: str) -> list[str]:
    if not report.problems:
        return []
    lines = ["", f"Problems ({len(report.problems)}):"]
    for problem in report.problems:
        where = f" on {problem.doc}" if problem.doc else ""
        lines.append(f"{bullet}- {problem.plugin}{where}: {problem.message}")
    return lines


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def render_markdown(report: Report) -> str:
    lines = ["# claimdiff report", "", summary(report) + ".", ""]
    lines.append("| id | outlet | published |")
    lines.append("| --- | --- | --- |")
    for document in report.documents:
        published = document.published.isoformat() if document.published else "unknown"
        lines.append(
            f"| {_md_escape(document.id)} | {_md_escape(document.source or '')} | {published} |"
        )
    for heading, diffs in _sections(report):
        if not diffs:
            continue
        lines += ["", f"## {heading} ({len(diffs)})", ""]
        for diff in diffs:
            lines.append(f"- **{_md_escape(diff.explanation)}**")
            for claim_id in diff.claims:
                claim = report.claim(claim_id)
                label = _md_escape(report.document(claim.doc).label)
                text = snippet(report, claim, lambda s: "\0" + s + "\1")
                text = _md_escape(text).replace("\0", "**").replace("\1", "**")
                lines.append(f"  - {label}: {text}")
    lines += ["", "## " + _agreement_line(report)]
    lines += _problem_lines(report, "")
    return "\n".join(lines) + "\n"
