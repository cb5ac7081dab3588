"""Load claimdiff's JSON report into a table for analysis (CSV, one row per claim in a diff).

    claimdiff compare --manifest examples/articles/manifest.json -f json -o report.json
    python examples/report_table.py report.json > claims.csv

Each row: diff number, relation, field, claim kind, outlet, published, claim text, value.
Load the CSV into pandas, R or a spreadsheet to count conflicts by outlet or by kind.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path


def rows(report: dict) -> list[dict[str, object]]:  # type: ignore[type-arg]
    documents = {d["id"]: d for d in report["documents"]}
    claims = {c["id"]: c for c in report["claims"]}
    table = []
    for number, diff in enumerate(report["diffs"], 1):
        for claim_id in diff["claims"]:
            claim = claims[claim_id]
            document = documents[claim["doc"]]
            table.append(
                {
                    "diff": number,
                    "relation": diff["kind"],
                    "field": diff.get("field") or "",
                    "kind": claim["kind"],
                    "outlet": document.get("source") or document["id"],
                    "published": document.get("published") or "",
                    "text": " ".join(claim["text"].split()),
                    "value": json.dumps(claim["value"], sort_keys=True),
                }
            )
    return table


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    report = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    table = rows(report)
    writer = csv.DictWriter(sys.stdout, fieldnames=list(table[0]) if table else ["diff"])
    writer.writeheader()
    writer.writerows(table)
    relations = Counter((row["outlet"], row["relation"]) for row in table)
    for (outlet, relation), count in sorted(relations.items()):
        print(f"{outlet}: {count} {relation}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
