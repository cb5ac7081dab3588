"""Built-in quotes plugin: direct quotations (kind ``quote``) and who said them.

The claim's span is the quoted words inside the marks (a quote over several paragraphs
spans them all); ``value.quote`` is those words without marks, whitespace collapsed.
``claim.speaker`` is the resolved speaker: a person's full name, an organisation, or an
unnamed source's description ("senior fire department official"); ``None`` when the
text does not say or a pronoun cannot be resolved (then ``confidence`` is lower).
Several speakers credited at once ("Ana Ruiz and Tom Berg said") are one claim whose
speaker is the names joined by " and ", with the names in ``details["speakers"]``.
``details`` keep the cue and the speaker phrase with their offsets, the parsed name,
role and organisation, and how the speaker was found.

This module also registers the comparator shared by quotes and attributions, so that a
quote and a reported statement of the same words align and compare.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA, Indel, Levenshtein

import claimdiff
from claimdiff._registry import Relation
from claimdiff_plugins import _speech


@claimdiff.hookimpl
def register_extractors(register: Any) -> None:
    register("quotes", extract_quotes, kinds=("quote",))


@claimdiff.hookimpl
def register_comparators(register: Any) -> None:
    register("quote", compare_speech, key=speech_key, anchor=quote_anchor, relate=relate_speech)
    register(
        "attribution", compare_speech, key=speech_key, anchor=statement_anchor, relate=relate_speech
    )


def extract_quotes(document: claimdiff.Document) -> list[claimdiff.Claim]:
    """The direct quotations of a document that are speech, with their speakers."""
    analysis = _speech.analyse(document.text)
    return [speech_claim(document, event) for event in analysis.quotes]


def speech_claim(
    document: claimdiff.Document, event: _speech.SpeechEvent, **more_details: object
) -> claimdiff.Claim:
    """A claim for a quote or attribution event (shared with the attributions plugin);
    ``more_details`` go last in ``details``."""
    details = speaker_details(event)
    if event.kind == "quote":
        parts = event.extra.get("parts")
        if isinstance(parts, list) and len(parts) > 1:
            details["paragraphs"] = len(parts)
        details["partial"] = bool(event.extra.get("partial"))
        if event.extra.get("unclosed"):
            details["unclosed"] = True
        if "linked_to" in event.extra:
            details["linked_to"] = event.extra["linked_to"]
        value: object = claimdiff.QuoteValue(event.value)
    else:
        value = claimdiff.AttributionValue(event.value)
    details.update(more_details)
    speaker = event.resolved.name if event.resolved is not None else None
    return claimdiff.Claim.from_span(
        document,
        event.start,
        event.end,
        event.kind,
        value,
        speaker=speaker,
        confidence=event.confidence,
        details=details,
    )


def speaker_details(event: _speech.SpeechEvent) -> dict[str, object]:
    mention = event.mention
    details: dict[str, object] = {"speaker_source": mention.source}
    if mention.cue is not None:
        details["cue"] = mention.cue
        details["cue_start"] = mention.cue_start
        details["cue_end"] = mention.cue_end
    phrase = mention.speaker
    if phrase is not None:
        details["speaker_phrase"] = phrase.phrase
        details["speaker_start"] = phrase.start
        details["speaker_end"] = phrase.end
    resolved = event.resolved
    if resolved is not None:
        details["name"] = resolved.person
        details["role"] = resolved.role
        details["organisation"] = resolved.organisation
        details["speaker_kind"] = resolved.kind
        if resolved.members:
            details["speakers"] = list(resolved.members)
    if event.resolved_from is not None:
        details["resolved_from"] = event.resolved_from
    return details


# --------------------------------------------------------------------------- comparison

# "[^\W_]+" written as "[^\W_][^\W_]*": opening with a character set, the pattern lets the
# regex engine skip to the next letter or digit instead of trying a match at every character.
_WORD = re.compile(r"[^\W_][^\W_]*(?:['’][^\W_]+)*")


def speech_key(claim: claimdiff.Claim) -> str:
    """Quotes and attributions share one block, so the same words align across kinds."""
    return "speech"


def quote_anchor(claim: claimdiff.Claim) -> str:
    return str(getattr(claim.value, "quote", "") or "")


def statement_anchor(claim: claimdiff.Claim) -> str:
    return str(getattr(claim.value, "statement", "") or "")


class _Words(NamedTuple):
    """A statement's words, lower-cased, and the same as one spaced line."""

    words: tuple[str, ...]
    # Words hold no spaces: a run of words is a run of the spaced line.
    spaced: str


def _words(claim: claimdiff.Claim) -> _Words:
    # quote_anchor(claim) or statement_anchor(claim), read in one step (it runs per pair).
    value = claim.value
    quote = str(getattr(value, "quote", "") or "")
    return _words_of(quote or str(getattr(value, "statement", "") or ""))


# Alignment compares one statement with many others: each is read once.
@functools.lru_cache(maxsize=1 << 14)
def _words_of(text: str) -> _Words:
    words = tuple(w.replace("’", "'") for w in _WORD.findall(text.lower()))
    return _Words(words, f" {' '.join(words)} ")


def _contains(long: _Words, short: _Words) -> bool:
    """Whether ``short`` (not empty) runs word for word inside ``long``."""
    if not short.words or len(short.words) > len(long.words):
        return False
    return short.spaced in long.spaced


@functools.lru_cache(maxsize=1 << 12)
def _speaker_tokens(name: str) -> frozenset[str]:
    words = (w.removesuffix("'s") for w in _WORD.findall(name.lower().replace("’", "'")))
    return frozenset(w for w in words if w not in ("the", "s", ""))


#: How a country's adjective ends past its name: Korea-n, Iran-ian, Japan-ese, Israel-i.
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i")


def _within(words: frozenset[str], others: frozenset[str], *, adjectives: bool) -> bool:
    """Whether each word is one of ``others``, or with ``adjectives`` the country whose
    adjective one of ``others`` is ("korea" in "korean")."""
    if words <= others:
        return True
    return adjectives and all(
        word in others
        or (
            len(word) >= 4
            and any(o.startswith(word) and o[len(word) :] in _DEMONYM_ENDINGS for o in others)
        )
        for word in words
    )


def speakers_agree(a: claimdiff.Claim, b: claimdiff.Claim) -> bool | None:
    """True: same or compatible speaker; False: different; None: one is unknown."""
    if not a.speaker or not b.speaker:
        return None
    kinds = (a.details.get("speaker_kind"), b.details.get("speaker_kind"))
    if "description" in kinds or "group" in kinds or "unknown" in kinds:
        # an unnamed source cannot contradict a named one
        return None
    # Bodies may be named by their country or its adjective; people are not ("John Park" is
    # not "John Parker", "Russia" is not a Russian opposition leader).
    adjectives = "person" not in kinds
    return _names_agree(a.speaker, b.speaker, _organisation(a), _organisation(b), adjectives)


def _organisation(claim: claimdiff.Claim) -> str:
    organisation = claim.details.get("organisation")
    return organisation if isinstance(organisation, str) else ""


# Alignment compares each speaker of a story with the few others it names, many times.
@functools.lru_cache(maxsize=1 << 14)
def _names_agree(
    speaker_a: str, speaker_b: str, organisation_a: str, organisation_b: str, adjectives: bool
) -> bool | None:
    """Whether two named speakers agree (see :func:`speakers_agree`), from their names and
    organisations alone."""
    ta, tb = _speaker_tokens(speaker_a), _speaker_tokens(speaker_b)
    if not ta or not tb:
        return None
    if _within(ta, tb, adjectives=adjectives) or _within(tb, ta, adjectives=adjectives):
        return True  # "Sullivan" ~ "Jake Sullivan", "South Korea's" ~ "South Korean"
    for organisation, other in ((organisation_a, tb), (organisation_b, ta)):
        if organisation:
            org_tokens = _speaker_tokens(organisation)
            if org_tokens and (org_tokens <= other or other <= org_tokens):
                return True  # "Kremlin" ~ the Kremlin's spokesman
    return False


def _wording_detail(a: Sequence[str], b: Sequence[str]) -> str:
    for op in Levenshtein.opcodes(a, b):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag != "equal":
            left = " ".join(a[max(i1 - 1, 0) : min(i2 + 1, len(a))][:8]) or "…"
            right = " ".join(b[max(j1 - 1, 0) : min(j2 + 1, len(b))][:8]) or "…"
            return f"“{left}” vs “{right}”"
    return "wording differs"


#: Word-sequence similarity above which two statements are nearly the same words.
NEAR_IDENTICAL = 0.9
#: Word-sequence similarity above which two statements are similar (a paraphrase's figures
#: are then compared).
SIMILAR = 0.8
#: Shortest word whose one-letter change is read as a typo rather than another word.
TYPO_MIN_LETTERS = 5


def _is_typo(left: str, right: str) -> bool:
    """A misspelling: one edit (a letter put in, left out, changed or two swapped) in a
    word of five letters or more, two in one of eight or more. "fold" for "hold" is a
    different word."""
    shorter = min(len(left), len(right))
    if shorter < TYPO_MIN_LETTERS:
        return False
    return OSA.distance(left, right) <= (2 if shorter >= 8 else 1)


def _only_typos(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the word lists differ only by misspelt words, each in the same place, or by
    words written apart or together ("co-operate", "cooperate")."""
    for i1, i2, j1, j2 in _differing_runs(a, b):
        if "".join(a[i1:i2]) == "".join(b[j1:j2]):
            continue
        if i2 - i1 != j2 - j1:
            return False
        if not all(_is_typo(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True)):
            return False
    return True


def _differing_runs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """The stretches where two word lists differ, adjacent edits taken together."""
    runs: list[tuple[int, int, int, int]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            continue
        if runs and runs[-1][1] == op.src_start and runs[-1][3] == op.dest_start:
            i1, _, j1, _ = runs[-1]
            runs[-1] = (i1, op.src_end, j1, op.dest_end)
        else:
            runs.append((op.src_start, op.src_end, op.dest_start, op.dest_end))
    return runs


_FIGURE = re.compile(r"\d[\d,.]{0,20}")


class _Verdict(NamedTuple):
    """How two speech claims relate, and which detail an explanation of it names."""

    relation: Relation
    field: str | None = None
    # "words": the first words that differ; "extra": how many more words one quotes;
    # "speakers": both speakers; "figures": both statements' figures.
    detail: str | None = None


_EQUAL = _Verdict("equal")
_SAME_WORDING = _Verdict("compatible", "wording")
_LONGER_QUOTE = _Verdict("compatible", "wording", "extra")
_MORE_PRECISE = _Verdict("more_precise", "wording")
_LESS_PRECISE = _Verdict("less_precise", "wording")
_NEAR_WORDING = _Verdict("compatible", "wording", "words")
_WORDING_CONFLICT = _Verdict("conflict", "wording", "words")
_FIGURES_CONFLICT = _Verdict("conflict", "wording", "figures")
_SPEAKER_CONFLICT = _Verdict("conflict", "speaker", "speakers")


def compare_speech(a: claimdiff.Claim, b: claimdiff.Claim) -> claimdiff.Comparison:
    """How two speech claims (quote or attribution) relate.

    Same words (normalised) and same or compatible speaker: equal. One's words inside the
    other's: the longer is more precise (between a quote and a paraphrase: compatible).
    The same words credited to different speakers: a speaker conflict. Two quotes of one
    speaker with different words: a wording conflict. Paraphrases (attributions) with
    different words agree unless their speakers differ. An unknown speaker: words only.
    """
    verdict = _judge(a, b)
    return claimdiff.Comparison(verdict.relation, verdict.field, _detail(a, b, verdict.detail))


def relate_speech(a: claimdiff.Claim, b: claimdiff.Claim) -> Relation:
    """``compare_speech(a, b).relation``, without writing the explanation (for alignment)."""
    return _judge(a, b).relation


def _judge(a: claimdiff.Claim, b: claimdiff.Claim) -> _Verdict:
    """What :func:`compare_speech` finds, before its explanation is written."""
    statement_a, statement_b = _words(a), _words(b)
    words_a, words_b = statement_a.words, statement_b.words
    both_quotes = a.kind == "quote" and b.kind == "quote"
    # Only the longer statement can hold the other (two of one length: only when the same).
    if words_a == words_b:
        relation = "same"
    elif len(words_a) > len(words_b) and _contains(statement_a, statement_b):
        relation = "a_longer"
    elif len(words_b) > len(words_a) and _contains(statement_b, statement_a):
        relation = "b_longer"
    elif 2 * min(len(words_a), len(words_b)) < SIMILAR * (len(words_a) + len(words_b)):
        # The similarity is at most twice the shorter's length over both: most pairs
        # alignment asks about differ this much, and need no comparing word by word.
        relation = "different"
    else:
        ratio = Indel.normalized_similarity(words_a, words_b)
        relation = (
            "near" if ratio >= NEAR_IDENTICAL else "similar" if ratio >= SIMILAR else "different"
        )
    if relation == "different" and both_quotes:
        # Whoever said them, two quotes in other words are a wording conflict: the speakers
        # need no comparing (most pairs alignment asks about are such).
        return _WORDING_CONFLICT
    speakers = speakers_agree(a, b)
    if speakers is False and relation != "different":
        return _SPEAKER_CONFLICT
    if relation == "same":
        return _EQUAL
    if relation in ("a_longer", "b_longer"):
        if both_quotes:
            # A partial quote agrees with the fuller one it is cut from.
            return _LONGER_QUOTE
        if a.kind != b.kind:
            return _SAME_WORDING
        return _MORE_PRECISE if relation == "a_longer" else _LESS_PRECISE
    if relation in ("near", "similar"):
        # Near-identical statements whose figures differ ("killed 34" vs "killed 51") do
        # not say the same thing, paraphrase or not.
        figures_a, figures_b = _FIGURE.findall(a.text), _FIGURE.findall(b.text)
        if figures_a and figures_b and sorted(figures_a) != sorted(figures_b):
            return _FIGURES_CONFLICT
    if relation == "near" and (not both_quotes or _only_typos(words_a, words_b)):
        # A typo, a dropped comma or a split across lines is not a different quote; a
        # word put in, left out or swapped ("sustained" for "suffered") is a misquote.
        return _NEAR_WORDING
    if not both_quotes:
        if speakers is False:
            return _SPEAKER_CONFLICT
        return _SAME_WORDING
    return _WORDING_CONFLICT


def _detail(a: claimdiff.Claim, b: claimdiff.Claim, detail: str | None) -> str | None:
    """The short phrase a verdict's explanation names."""
    if detail == "words":
        return _wording_detail(_words(a).words, _words(b).words)
    if detail == "extra":
        extra = abs(len(_words(a).words) - len(_words(b).words))
        return f"one report quotes {extra} more word{'' if extra == 1 else 's'}"
    if detail == "speakers":
        return f"{a.speaker} vs {b.speaker}"
    if detail == "figures":
        return f"{', '.join(_FIGURE.findall(a.text))} vs {', '.join(_FIGURE.findall(b.text))}"
    return None
