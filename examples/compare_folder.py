"""Compare every article in a folder and print the report.

    python examples/compare_folder.py examples/articles [--format markdown]

Files are read as UTF-8 text (or HTML with the html extra); the publication dates, when the
folder has a manifest.json, come from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import claimdiff
from claimdiff._render import render_markdown, render_text


def read_folder(folder: Path) -> list[claimdiff.Document]:
    manifest = folder / "manifest.json"
    known = {}
    if manifest.exists():
        known = {entry["path"]: entry for entry in json.loads(manifest.read_text())["documents"]}
    documents = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".txt", ".md", ".html", ".htm"}:
            continue
        entry = known.get(path.name, {})
        fields = {key: entry[key] for key in ("id", "title", "source", "url", "published") if key in entry}
        try:
            documents.append(claimdiff.Document.from_path(path, **fields))
        except claimdiff.UnreadableDocument as error:
            print(f"skipped: {error}", file=sys.stderr)
    return documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    args = parser.parse_args()
    documents = read_folder(args.folder)
    if not documents:
        print(f"no readable articles in {args.folder}", file=sys.stderr)
        return 2
    report = claimdiff.compare(documents)
    print(render_markdown(report) if args.format == "markdown" else render_text(report), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
