"""Running preparers and extractors on a document, each on its own."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import attrs

from claimdiff._registry import Extractor, Preparation, Registry, describe_error
from claimdiff._serialize import value_key
from claimdiff._text import overlaps, sentence_spans, span_containing
from claimdiff._types import Claim, Document, Problem, Region

T = TypeVar("T")

#: Longest sentence kept whole in a claim; longer runs of text keep a window around the claim.
MAX_SENTENCE_CHARS = 2000
SENTENCE_WINDOW = 300
#: Seconds one extractor may spend on one document before it is stopped and reported.
DEFAULT_TIMEOUT = 60.0


class ExtractorError(Exception):
    """Raised in strict mode when a plugin fails or returns a malformed claim."""

    def __init__(self, plugin: str, message: str, doc: str | None = None) -> None:
        where = f" on document {doc!r}" if doc else ""
        super().__init__(f"plugin {plugin!r} failed{where}: {message}")
        self.plugin = plugin
        self.doc = doc


class _TimedOut(BaseException):
    # BaseException, so that a plugin's own `except Exception` cannot swallow it.
    pass


def _on_alarm(signum: int, frame: Any) -> None:
    raise _TimedOut


@contextlib.contextmanager
def _alarm_handler(timeout: float | None) -> Iterator[bool]:
    """Install what stops a plugin call out of time, once for the calls of a document
    (installing a signal handler costs several times more than arming the timer of each
    call); yields whether calls are to be limited: a ``timeout`` is set and the platform
    allows it here (main thread, POSIX). Without a timeout the process's handler stays."""
    if not (
        timeout is not None
        and timeout > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    ):
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        yield True
    finally:
        signal.signal(signal.SIGALRM, previous)


@attrs.frozen
class _Outcome:
    result: Any
    problem: Problem | None


def _run_isolated(
    plugin: str,
    doc: str,
    call: Callable[[], T],
    *,
    timeout: float | None,
    strict: bool,
    alarms: bool,
) -> _Outcome:
    """``call()`` with its failure reported rather than raised (unless ``strict``), stopped
    after ``timeout`` seconds when ``alarms`` (see :func:`_alarm_handler`)."""
    try:
        if alarms and timeout is not None:
            signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return _Outcome(call(), None)
        finally:
            if alarms:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _TimedOut:
        message = f"took longer than {timeout:g} s and was stopped"
        kind = "timeout"
    except Exception as error:
        if strict:
            raise ExtractorError(plugin, describe_error(error), doc) from error
        message, kind = describe_error(error), "error"
    if strict:
        raise ExtractorError(plugin, message, doc)
    return _Outcome(None, Problem(plugin, message, doc=doc, kind=kind))


def _isolated_results(
    calls: Iterable[tuple[str, Callable[[], Any]]],
    doc: str,
    problems: list[Problem],
    *,
    timeout: float | None,
    strict: bool,
) -> Generator[tuple[str, Any], None, None]:
    """(plugin, result) of each call that succeeded, run one by one under one time-limit
    handler for the document (see :func:`_alarm_handler`); failures go to ``problems``."""
    with _alarm_handler(timeout) as alarms:
        for plugin, call in calls:
            outcome = _run_isolated(
                plugin, doc, call, timeout=timeout, strict=strict, alarms=alarms
            )
            if outcome.problem:
                problems.append(outcome.problem)
            else:
                yield plugin, outcome.result


def _merge_regions(regions: Sequence[Region]) -> tuple[Region, ...]:
    merged: list[Region] = []
    for region in sorted(regions, key=lambda r: (r.start, r.end, r.reason)):
        if merged and region.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Region(last.start, max(last.end, region.end), last.reason)
        else:
            merged.append(region)
    return tuple(merged)


def prepare_document(
    document: Document,
    registry: Registry,
    problems: list[Problem],
    *,
    strict: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Document:
    """Run every preparer (in name order) and record what they found on the document."""
    regions: list[Region] = list(document.boilerplate)
    published = document.published
    published_from = document.published_from if published is not None else None
    calls = (
        (name, lambda p=registry.preparers[name]: p.prepare(document))
        for name in sorted(registry.preparers)
    )
    # closing(): a strict failure below puts the signal handler back at once
    with contextlib.closing(
        _isolated_results(calls, document.id, problems, timeout=timeout, strict=strict)
    ) as results:
        for name, preparation in results:
            if preparation is None:
                continue
            if not isinstance(preparation, Preparation):
                _malformed(problems, name, document.id, "did not return a Preparation", strict)
                continue
            size = len(document.text)
            for region in preparation.boilerplate:
                if not (0 <= region.start <= region.end <= size):
                    _malformed(
                        problems, name, document.id, "marked a region outside the text", strict
                    )
                    break
                regions.append(region)
            if published is None and preparation.published is not None:
                published, published_from = preparation.published, "text"
    return attrs.evolve(
        document,
        boilerplate=_merge_regions(regions),
        published=published,
        published_from=published_from,
    )


def _malformed(problems: list[Problem], plugin: str, doc: str, message: str, strict: bool) -> None:
    if strict:
        raise ExtractorError(plugin, message, doc)
    problems.append(Problem(plugin, message, doc=doc, kind="malformed"))


def _claim_error(claim: object, document: Document) -> str | None:
    """Why an extractor's output is not a valid claim of this document, or None."""
    if not isinstance(claim, Claim):
        return f"returned {type(claim).__name__}, not a Claim"
    if not isinstance(claim.kind, str) or not claim.kind:
        return "returned a claim without a kind"
    if not (
        isinstance(claim.start, int)
        and isinstance(claim.end, int)
        and 0 <= claim.start <= claim.end <= len(document.text)
    ):
        return f"returned a span outside the text ({claim.start!r}, {claim.end!r})"
    if document.text[claim.start : claim.end] != claim.text:
        return f"returned a claim whose text does not match its span at {claim.start}"
    if claim.doc and claim.doc != document.id:
        return f"returned a claim of another document ({claim.doc!r})"
    try:
        # Alignment reads the value's key, made by serialising it: checked and cached at once.
        value_key(claim)
    except (TypeError, ValueError) as error:
        return f"returned a claim with a value that cannot be serialised ({error})"
    return None


def run_extractors(
    document: Document,
    extractors: Sequence[Extractor],
    problems: list[Problem],
    *,
    kinds: Collection[str] | None = None,
    strict: bool = False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[Claim]:
    """Claims of a prepared document from each extractor, checked, completed and numbered."""
    sentences = sentence_spans(document.text)
    boilerplate = [(region.start, region.end) for region in document.boilerplate]
    found: list[tuple[Claim, str]] = []
    calls = (
        (extractor.name, lambda e=extractor: list(e.extract(document)))
        for extractor in sorted(extractors, key=lambda e: e.name)
    )
    # closing(): a strict failure below puts the signal handler back at once
    with contextlib.closing(
        _isolated_results(calls, document.id, problems, timeout=timeout, strict=strict)
    ) as results:
        for name, claims in results:
            bad: list[str] = []
            for claim in claims:
                error = _claim_error(claim, document)
                if error:
                    bad.append(error)
                    continue
                if kinds is not None and claim.kind not in kinds:
                    continue
                if overlaps(claim.start, claim.end, boilerplate):
                    continue
                found.append((claim, name))
            if bad:
                more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
                _malformed(problems, name, document.id, bad[0] + more, strict)
    found.sort(key=_claim_order)
    # Claims of one sentence share its string; a megabyte with no sentence break and
    # thousands of claims would otherwise hold thousands of copies of it.
    shared: dict[tuple[int, int], str] = {}
    # One new claim per claim (completing and numbering at once).
    return [
        _complete(claim, document, extractor, sentences, f"{document.id}#{n}", shared)
        for n, (claim, extractor) in enumerate(found, 1)
    ]


def sentence_of(
    claim: Claim,
    document: Document,
    sentences: Sequence[tuple[int, int]],
    shared: dict[tuple[int, int], str],
) -> str:
    """The sentence holding the claim; for a run-on "sentence" over MAX_SENTENCE_CHARS
    (text without full stops), the SENTENCE_WINDOW characters on each side of the claim."""
    span = span_containing(sentences, claim.start) or (claim.start, claim.end)
    start, end = span[0], max(span[1], claim.end)
    if end - start > MAX_SENTENCE_CHARS:
        start = max(start, claim.start - SENTENCE_WINDOW)
        end = min(end, claim.end + SENTENCE_WINDOW)
        return document.text[start:end]
    if (start, end) not in shared:
        shared[(start, end)] = document.text[start:end]
    return shared[(start, end)]


def _complete(
    claim: Claim,
    document: Document,
    extractor: str,
    sentences: Sequence[tuple[int, int]],
    claim_id: str,
    shared: dict[tuple[int, int], str],
) -> Claim:
    sentence = claim.sentence
    if sentence is None:
        sentence = sentence_of(claim, document, sentences, shared)
    if type(claim) is not Claim:  # a plugin's subclass keeps its class and fields
        return attrs.evolve(
            claim, id=claim_id, doc=document.id, extractor=extractor, sentence=sentence
        )
    # Built directly: attrs.evolve looks the fields up on every call.
    return Claim(
        kind=claim.kind,
        start=claim.start,
        end=claim.end,
        text=claim.text,
        value=claim.value,
        id=claim_id,
        doc=document.id,
        sentence=sentence,
        speaker=claim.speaker,
        subject=claim.subject,
        extractor=extractor,
        confidence=claim.confidence,
        details=claim.details,
    )


def _claim_order(found: tuple[Claim, str]) -> tuple[Any, ...]:
    claim, extractor = found
    return (claim.start, claim.end, claim.kind, extractor, claim.text)
