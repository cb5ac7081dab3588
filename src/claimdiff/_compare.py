"""The pipeline: prepare, extract, align, diff."""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

import attrs

from claimdiff._align import ALIGN_THRESHOLD, align
from claimdiff._diff import diff, find_copies
from claimdiff._extract import DEFAULT_TIMEOUT, prepare_document, run_extractors
from claimdiff._plugins import LoadedPlugins, PluginError, default_plugins, load_plugins
from claimdiff._registry import Extractor, Registry
from claimdiff._types import Claim, Document, Problem, Report

#: Called after each document is extracted with (documents done, documents in all).
Progress = Callable[[int, int], None]


def _resolve_plugins(
    plugins: LoadedPlugins | None,
    only: Iterable[str] | None,
    block: Iterable[str],
    strict: bool,
) -> LoadedPlugins:
    if plugins is not None:
        return plugins
    block = tuple(block)
    if only is None and not block and not strict:
        return default_plugins()
    return load_plugins(only=only, block=block, strict=strict)


def _check_kinds(kinds: Collection[str] | None, loaded: LoadedPlugins) -> frozenset[str] | None:
    if kinds is None:
        return None
    wanted = frozenset(kinds)
    unknown = wanted - loaded.registry.kinds()
    if unknown:
        known = ", ".join(sorted(loaded.registry.kinds())) or "none"
        raise PluginError(f"unknown claim kind(s): {', '.join(sorted(unknown))} (known: {known})")
    return wanted


#: Fewest characters, over all documents, for which ``workers=`` starts worker processes:
#: below it (about a dozen articles) one process is faster on a 2-core machine.
PARALLEL_MIN_CHARS = 60_000


@attrs.frozen
class _Extraction:
    """Prepare and extract one document; picklable, so worker processes can run it."""

    registry: Registry
    extractors: tuple[Extractor, ...]
    kinds: frozenset[str] | None
    strict: bool
    timeout: float | None

    def __call__(self, document: Document) -> tuple[Document, list[Claim], list[Problem]]:
        problems: list[Problem] = []
        ready = prepare_document(
            document, self.registry, problems, strict=self.strict, timeout=self.timeout
        )
        claims = run_extractors(
            ready,
            self.extractors,
            problems,
            kinds=self.kinds,
            strict=self.strict,
            timeout=self.timeout,
        )
        return ready, claims, problems


def _run_parallel(
    job: _Extraction, docs: list[Document], workers: int
) -> Iterator[tuple[Document, list[Claim], list[Problem]]] | None:
    """Run ``job`` over ``docs`` in worker processes, or None when the plugins cannot travel."""
    try:
        pickle.dumps(job)
    except Exception:
        return None
    chunk = max(1, min(64, len(docs) // (workers * 4)))
    pool = ProcessPoolExecutor(max_workers=workers)

    def results() -> Iterator[tuple[Document, list[Claim], list[Problem]]]:
        with pool:
            yield from pool.map(job, docs, chunksize=chunk)

    return results()


def _extract_all(
    documents: Iterable[Document],
    loaded: LoadedPlugins,
    kinds: frozenset[str] | None,
    strict: bool,
    timeout: float | None,
    workers: int = 1,
    progress: Progress | None = None,
) -> tuple[list[Document], list[Claim], list[Problem]]:
    docs = sorted(documents, key=lambda d: d.id)
    duplicated = [doc_id for doc_id, n in Counter(d.id for d in docs).items() if n > 1]
    if duplicated:
        raise ValueError(
            f"documents must have distinct ids; repeated: {', '.join(sorted(duplicated))}"
        )
    problems = list(loaded.problems)
    extractors = tuple(
        extractor
        for extractor in loaded.registry.extractors.values()
        if kinds is None or not extractor.kinds or set(extractor.kinds) & kinds
    )
    job = _Extraction(loaded.registry, extractors, kinds, strict, timeout)
    # Starting worker processes costs more than it saves on a few articles.
    parallel = (
        workers > 1 and len(docs) > 1 and sum(len(d.text) for d in docs) >= PARALLEL_MIN_CHARS
    )
    outcomes = _run_parallel(job, docs, workers) if parallel else None
    if outcomes is None:
        if parallel:
            problems.append(
                Problem(
                    "claimdiff",
                    f"workers={workers} ignored: a loaded plugin cannot be sent to another "
                    "process (define its functions at module level)",
                    kind="parallel",
                )
            )
        outcomes = map(job, docs)
    prepared: list[Document] = []
    claims: list[Claim] = []
    for done, (ready, found, met) in enumerate(outcomes, 1):
        prepared.append(ready)
        claims.extend(found)
        problems.extend(met)
        if progress is not None:
            progress(done, len(docs))
    problems.sort(key=_problem_order)
    return prepared, claims, problems


def extract(
    document: Document,
    *,
    kinds: Collection[str] | None = None,
    strict: bool = False,
    plugins: LoadedPlugins | None = None,
    only: Iterable[str] | None = None,
    block: Iterable[str] = (),
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Report:
    """Extract the claims of one document; the report has its claims and problems, no diffs."""
    loaded = _resolve_plugins(plugins, only, block, strict)
    wanted = _check_kinds(kinds, loaded)
    prepared, claims, problems = _extract_all([document], loaded, wanted, strict, timeout)
    return Report(tuple(prepared), tuple(claims), (), tuple(problems))


def compare(
    documents: Iterable[Document],
    *,
    kinds: Collection[str] | None = None,
    strict: bool = False,
    plugins: LoadedPlugins | None = None,
    only: Iterable[str] | None = None,
    block: Iterable[str] = (),
    threshold: float = ALIGN_THRESHOLD,
    timeout: float | None = DEFAULT_TIMEOUT,
    workers: int = 1,
    progress: Progress | None = None,
) -> Report:
    """Compare news reports of one event claim by claim.

    Extracts claims from every document with every selected extractor, aligns the claims
    that are about the same thing and diffs each group. ``only``/``block`` choose plugins
    by name; ``strict=True`` raises on a failing plugin instead of recording the problem.
    The result does not depend on the order of ``documents``. ``workers=N`` extracts in N
    processes when the documents hold at least :data:`PARALLEL_MIN_CHARS` characters (below
    that, or when a plugin cannot be sent to another process, it extracts in this one) and
    scores large alignment blocks with N threads; ``progress(done, total)`` is called
    after each document is extracted.
    """
    loaded = _resolve_plugins(plugins, only, block, strict)
    wanted = _check_kinds(kinds, loaded)
    prepared, claims, problems = _extract_all(
        documents, loaded, wanted, strict, timeout, workers, progress
    )
    copies = find_copies(prepared)
    groups = align(claims, loaded.registry, threshold=threshold, workers=workers)
    comparator_problems: list[Problem] = []
    diffs = diff(
        groups,
        prepared,
        loaded.registry,
        copies=copies,
        problems=None if strict else comparator_problems,
    )
    problems.extend(sorted(set(comparator_problems), key=_problem_order))
    return Report(tuple(prepared), tuple(claims), tuple(diffs), tuple(problems), tuple(copies))


def _problem_order(problem: Problem) -> tuple[str, str, str, str]:
    return (problem.doc or "", problem.plugin, problem.kind, problem.message)
