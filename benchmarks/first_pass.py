"""One first pass over new text, for profilers and instruction counters.

    python benchmarks/first_pass.py
    valgrind --tool=callgrind --toggle-collect=functools_reduce python benchmarks/first_pass.py

The process warms up on the synthetic articles (imports, compiled patterns, pint), then
compares each ECB+ story once: text its caches have not seen, as in ``pipeline_bench.py``'s
"compare, new text". It prints the pass's wall-clock time and how much of it the garbage
collector took. Under callgrind, only the pass itself is counted (it runs inside
``functools.reduce``), so "Collected" in callgrind's log is the pass's instruction count, a
figure that does not depend on how loaded the machine is.
"""

from __future__ import annotations

import functools
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pipeline_bench import real_stories, synthetic_articles

import claimdiff


def main() -> None:
    stories = real_stories()
    if not stories:
        print("skipped: the ECB+ corpus in ../shared was not found")
        return
    loaded = claimdiff.load_plugins()
    claimdiff.compare(synthetic_articles(60), plugins=loaded)
    collecting = [0.0, 0.0]  # start of the running collection, total seconds

    def timer(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            collecting[1] += time.perf_counter() - collecting[0]

    gc.callbacks.append(timer)
    start = time.perf_counter()
    functools.reduce(lambda _, story: claimdiff.compare(story, plugins=loaded), stories, None)
    elapsed = time.perf_counter() - start
    gc.callbacks.remove(timer)
    characters = sum(len(d.text) for story in stories for d in story)
    print(
        f"first pass over {sum(map(len, stories))} new articles: {elapsed * 1000:.0f} ms"
        f" = {characters / elapsed / 5000:.0f} articles of 5 KB/s;"
        f" garbage collection {collecting[1] * 1000:.0f} ms ({collecting[1] / elapsed:.0%})"
    )


if __name__ == "__main__":
    main()
