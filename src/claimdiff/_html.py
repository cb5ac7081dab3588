"""The HTML report: one self-contained page a reader can open from disk or attach to a ticket.

No network and no external assets: the CSS and the small filtering script are inline, and a
Content-Security-Policy allowing only those two (by hash) stops anything else from loading or
running, should article text ever get through escaping. Same report, same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import re
from collections import Counter
from typing import Any

from claimdiff._render import (
    agreement_line,
    claims_of,
    copies_line,
    kind_of,
    label_of,
    paragraph_excerpt,
    problem_lines,
    summary,
)
from claimdiff._types import DIFF_KINDS, Claim, DateValue, Diff, DiffKind, NumberValue, Report

#: What the filters and badges call each relation.
RELATION_NAMES: dict[DiffKind, str] = {
    "conflict": "conflict",
    "refine": "refinement",
    "unique": "only one report",
    "agree": "agreement",
}
_RELATION_PLURALS: dict[DiffKind, str] = {
    "conflict": "conflicts",
    "refine": "refinements",
    "unique": "only one report",
    "agree": "agreements",
}

_CSS = """
:root { color-scheme: light dark; --fg: #1d232b; --muted: #5b6673; --bg: #fff;
  --panel: #f4f6f8; --line: #d5dbe1; --mark: #ffe26a; --mark-fg: #1d232b;
  --conflict: #b3261e; --refine: #8a5a00; --unique: #00639b; --agree: #2e7d32; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e3e7eb; --muted: #a1abb6; --bg: #15191e; --panel: #1f252c; --line: #36404a;
    --mark: #8a6d00; --mark-fg: #fff; --conflict: #ff8a80; --refine: #ffcc66;
    --unique: #7cc7ff; --agree: #8bd48f; }
}
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 96rem; padding: 1.5rem; color: var(--fg);
  background: var(--bg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.summary { margin: 0 0 .75rem; color: var(--muted); }
.muted, .doc-id { color: var(--muted); }
.doc-id { display: block; font-size: .8rem; font-weight: normal; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left;
  vertical-align: top; }
thead th { background: var(--panel); }
.scroll { overflow-x: auto; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: .75rem; font-size: .8rem;
  font-weight: 600; color: var(--bg); white-space: nowrap; }
.badge.conflict { background: var(--conflict); } .badge.refine { background: var(--refine); }
.badge.unique { background: var(--unique); } .badge.agree { background: var(--agree); }
.counts { list-style: none; padding: 0; margin: 0; display: flex; gap: .5rem;
  flex-wrap: wrap; }
.tag { font-size: .85rem; color: var(--muted); }
.explanation { margin: .3rem 0 0; }
#diffs td.what { min-width: 13rem; max-width: 22rem; }
#diffs td.cell { min-width: 10rem; max-width: 24rem; }
#diffs tr.conflict td.what { border-left: 4px solid var(--conflict); }
#diffs tr.refine td.what { border-left: 4px solid var(--refine); }
#diffs tr.unique td.what { border-left: 4px solid var(--unique); }
#diffs tr.agree td.what { border-left: 4px solid var(--agree); }
.claim { font-weight: 600; }
.value, .speaker { display: block; font-size: .85rem; color: var(--muted); font-weight: normal; }
.context { margin: .3rem 0 0; font-size: .85rem; }
mark { background: var(--mark); color: var(--mark-fg); padding: 0 .1rem; border-radius: .2rem; }
.absent { color: var(--muted); text-align: center; }
#filters { display: flex; gap: 1rem; flex-wrap: wrap; align-items: flex-start;
  margin: 0 0 .75rem; }
fieldset { border: 1px solid var(--line); border-radius: .4rem; padding: .3rem .7rem .5rem; }
legend { font-weight: 600; padding: 0 .3rem; }
fieldset label { margin-right: .8rem; white-space: nowrap; }
fieldset button { font: inherit; font-size: .8rem; margin-left: .2rem; }
#shown { align-self: center; color: var(--muted); }
#conflicts li { margin-bottom: .4rem; }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
"""

# Progressive enhancement: without the script every group is listed and the filters stay hidden.
_SCRIPT = """
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#diffs tbody tr"));
  var boxes = Array.prototype.slice.call(filters.querySelectorAll("input[type=checkbox]"));
  var shown = document.getElementById("shown");
  var none = document.getElementById("none-shown");
  function apply() {
    var allowed = { relation: Object.create(null), kind: Object.create(null) };
    boxes.forEach(function (box) { allowed[box.name][box.value] = box.checked; });
    var count = 0;
    rows.forEach(function (row) {
      var visible = allowed.relation[row.dataset.relation] === true &&
        allowed.kind[row.dataset.kind] === true;
      row.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = count + " of " + rows.length + " claim groups shown";
    none.hidden = count > 0 || rows.length === 0;
  }
  filters.addEventListener("change", apply);
  filters.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-set]");
    if (!button) { return; }
    boxes.forEach(function (box) {
      if (box.name === button.dataset.group) { box.checked = button.dataset.set === "all"; }
    });
    apply();
  });
  filters.hidden = false;
  apply();
}());
"""


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


_CSP = (
    "default-src 'none'; "
    f"style-src {_csp_hash(_CSS)}; script-src {_csp_hash(_SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)
# Controls other than tab and line breaks, and lone surrogates, cannot be written as UTF-8 HTML.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_WEB_URL = re.compile(r"https?://[^\s<>\"']{1,2000}\Z", re.IGNORECASE)


def esc(text: object) -> str:
    """Text (or an attribute value) as HTML: markup-significant characters escaped."""
    return html.escape(_UNPRINTABLE.sub("\ufffd", str(text)), quote=True)


def _number(value: float) -> str:
    amount = float(value)
    if not math.isfinite(amount):
        return str(amount)
    if amount.is_integer() and abs(amount) < 1e15:
        # Digit groups only where they help: 1,400,000 but not the year 1998.
        return f"{int(amount):,}" if abs(amount) >= 10_000 else str(int(amount))
    return f"{amount:.6g}"


def describe_value(value: Any) -> str | None:
    """What claimdiff understood, for numbers and dates: "≈40 mile", "2025-03-11"."""
    if isinstance(value, NumberValue):
        text = ("≈" if value.approximate else "") + _number(value.amount)
        text += f" {value.unit}" if value.unit else ""
        if value.low is not None or value.high is not None:
            low = _number(value.low) if value.low is not None else ""
            high = _number(value.high) if value.high is not None else ""
            text += f" (range {low}–{high})"
        return text
    if isinstance(value, DateValue):
        if value.start == value.end:
            return value.start.isoformat()
        return f"{value.start.isoformat()} – {value.end.isoformat()} ({value.granularity})"
    return None


def _claim_html(report: Report, claim: Claim) -> str:
    words = " ".join(claim.text.split())
    parts = [f'<div class="claim">{esc(words)}']
    described = describe_value(claim.value)
    if described is not None and described.casefold() != words.casefold():
        parts.append(f'<span class="value">read as {esc(described)}</span>')
    if claim.speaker:
        parts.append(f'<span class="speaker">said by {esc(claim.speaker)}</span>')
    parts.append("</div>")
    context = paragraph_excerpt(report, claim)
    if context.before or context.after:  # else the claim's text is all there is
        marked = context.join(lambda words: f"<mark>{esc(words)}</mark>", esc)
        parts.append(f'<p class="context">{marked}</p>')
    return "".join(parts)


def _diff_row(report: Report, number: int, diff: Diff) -> str:
    kind = kind_of(report, diff)
    tag = esc(kind) + (f" · {esc(diff.field)}" if diff.field else "")
    cells = [
        f'<td class="n">{number}</td>',
        f'<td class="what"><span class="badge {diff.kind}">{esc(RELATION_NAMES[diff.kind])}'
        f'</span> <span class="tag">{tag}</span>'
        f'<p class="explanation">{esc(diff.explanation)}</p></td>',
    ]
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims_of(report, diff):
        by_doc.setdefault(claim.doc, []).append(claim)
    for document in report.documents:
        claims = by_doc.get(document.id)
        if claims:
            inner = "".join(_claim_html(report, claim) for claim in claims)
            cells.append(f'<td class="cell">{inner}</td>')
        else:
            cells.append('<td class="absent" title="no claim of this group">—</td>')
    return (
        f'<tr id="diff-{number}" class="{diff.kind}" data-relation="{diff.kind}" '
        f'data-kind="{esc(kind)}">' + "".join(cells) + "</tr>"
    )


def _checkboxes(group: str, legend: str, options: list[tuple[str, str, int]]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="{group}" value="{esc(value)}" checked> '
        f"{esc(name)} ({count})</label>"
        for value, name, count in options
    )
    buttons = "".join(
        f'<button type="button" data-group="{group}" data-set="{which}">{which}</button>'
        for which in ("all", "none")
    )
    return f"<fieldset><legend>{legend}</legend>{boxes}{buttons}</fieldset>"


def _documents_table(report: Report) -> list[str]:
    # Title and address columns only when some document has one.
    with_title = any(document.title for document in report.documents)
    with_url = any(document.url for document in report.documents)
    header = "<th>id</th><th>outlet</th>" + ("<th>title</th>" if with_title else "")
    header += "<th>published</th>" + ("<th>address</th>" if with_url else "")
    rows = [f"<table><thead><tr>{header}</tr></thead><tbody>"]
    for document in report.documents:
        published = document.published.isoformat() if document.published else "unknown"
        url = document.url or ""
        address = (
            f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
            if _WEB_URL.match(url)
            else esc(url)
        )
        cells = f"<td>{esc(document.id)}</td><td>{esc(document.source or '')}</td>"
        cells += f"<td>{esc(document.title or '')}</td>" if with_title else ""
        cells += f"<td>{esc(published)}</td>"
        cells += f"<td>{address}</td>" if with_url else ""
        rows.append(f"<tr>{cells}</tr>")
    rows.append("</tbody></table>")
    return rows


def _column_header(report: Report, doc_id: str) -> str:
    label = label_of(report, doc_id)
    same_label = sum(1 for d in report.documents if d.label == label) > 1
    suffix = f'<span class="doc-id">{esc(doc_id)}</span>' if same_label else ""
    return f'<th scope="col">{esc(label)}{suffix}</th>'


def render_html(report: Report) -> str:
    """The report as one HTML page: summary, conflicts, a filterable table of claim groups."""
    import claimdiff

    relations = Counter(diff.kind for diff in report.diffs)
    kinds = Counter(kind_of(report, diff) for diff in report.diffs)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="generator" content="claimdiff">',
        f"<title>claimdiff report: {esc(summary(report))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>claimdiff report</h1>",
        f'<p class="summary">{esc(summary(report))}</p>',
        '<ul class="counts">',
        *(
            f'<li><span class="badge {kind}">{relations[kind]} '
            f"{RELATION_NAMES[kind] if relations[kind] == 1 else _RELATION_PLURALS[kind]}"
            "</span></li>"
            for kind in DIFF_KINDS
        ),
        "</ul>",
    ]
    if line := copies_line(report):
        out.append(f'<p class="muted">{esc(line)}</p>')
    out += ["</header>", '<section id="documents">', "<h2>Documents</h2>"]
    out += _documents_table(report)
    out += ["</section>"]

    numbered = list(enumerate(report.diffs, 1))
    conflicts = [(n, diff) for n, diff in numbered if diff.kind == "conflict"]
    out += ['<section id="conflicts">', f"<h2>Conflicts ({len(conflicts)})</h2>"]
    if conflicts:
        out.append("<ol>")
        out += [
            f'<li><a href="#diff-{n}">{esc(diff.explanation)}</a></li>' for n, diff in conflicts
        ]
        out.append("</ol>")
    else:
        out.append('<p class="muted">The reports do not contradict each other on any claim.</p>')
    out += ["</section>"]

    out += ['<section id="groups">', f"<h2>Claim groups by outlet ({len(report.diffs)})</h2>"]
    out.append('<div id="filters" hidden>')
    out.append(
        _checkboxes(
            "relation",
            "Relation",
            [(kind, RELATION_NAMES[kind], relations[kind]) for kind in DIFF_KINDS],
        )
    )
    out.append(_checkboxes("kind", "Claim kind", [(k, k, n) for k, n in sorted(kinds.items())]))
    out.append('<output id="shown" aria-live="polite"></output>')
    out.append("</div>")
    out.append('<div class="scroll"><table id="diffs"><thead><tr>')
    out.append('<th scope="col">#</th><th scope="col">what the reports show</th>')
    out += [_column_header(report, document.id) for document in report.documents]
    out.append("</tr></thead><tbody>")
    out += [_diff_row(report, n, diff) for n, diff in numbered]
    out.append("</tbody></table></div>")
    if not report.diffs:
        out.append('<p class="muted">No claims were found to compare.</p>')
    out.append('<p id="none-shown" class="muted" hidden>No claim group matches the filters.</p>')
    out += ["</section>"]

    out += [f'<p class="muted">{esc(agreement_line(report))}</p>']
    if report.problems:
        out += ['<section id="problems">', f"<h2>Problems ({len(report.problems)})</h2>", "<ul>"]
        out += [f"<li>{esc(line.removeprefix('- '))}</li>" for line in problem_lines(report)]
        out += ["</ul>", "</section>"]
    out += [
        f"<footer>Made by claimdiff {esc(claimdiff.__version__)}.</footer>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
