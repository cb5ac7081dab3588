"""Use claimdiff from Python: compare the example articles and walk the diffs by kind.

    python examples/walk_diffs.py
"""

from __future__ import annotations

from pathlib import Path

import claimdiff

ARTICLES = Path(__file__).parent / "articles"
OUTLETS = {
    "harbour-courier": ("Harbour Courier", "2025-03-12"),
    "northern-daily": ("Northern Daily", "2025-03-11"),
    "coastline-radio": ("Coastline Radio", "2025-03-11"),
    "island-gazette": ("Island Gazette", "2025-03-13"),
}


def main() -> None:
    documents = [
        claimdiff.Document.from_path(ARTICLES / f"{name}.txt", source=source, published=published)
        for name, (source, published) in OUTLETS.items()
    ]
    report = claimdiff.compare(documents)
    for kind in ("conflict", "refine", "unique", "agree"):
        diffs = report.diffs_of(kind)
        print(f"== {kind}: {len(diffs)}")
        for diff in diffs:
            claims = [report.claim(claim_id) for claim_id in diff.claims]
            where = ", ".join(f"{report.document(c.doc).label}: {c.text!r}" for c in claims)
            print(f"- [{claims[0].kind}] {where}")
            if kind in ("conflict", "refine"):
                print(f"  {diff.explanation}")
    for problem in report.problems:
        print(f"problem: {problem.plugin} on {problem.doc}: {problem.message}")


if __name__ == "__main__":
    main()
