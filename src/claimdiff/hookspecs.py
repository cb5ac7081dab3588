"""The hooks a claimdiff plugin can implement. This module is public API.

Hooks are only ever added to, never changed. A plugin implements a hook with a
function of the same name decorated with :data:`claimdiff.hookimpl`; it may take any
subset of the hook's arguments (that is how hooks stay compatible as they grow) and
must never give a parameter a default value (pluggy would silently not pass it).

The ``register_*`` hooks hand the plugin a ``register`` callback instead of collecting
return values, so claimdiff can run every registered piece on its own, reject
duplicates by name, and grow ``register`` with keyword options without breaking plugins.
"""

from __future__ import annotations

from pathlib import Path

import pluggy

from claimdiff._registry import RegisterComparator, RegisterExtractor, RegisterPreparer
from claimdiff._types import Document

__all__ = [
    "RegisterComparator",
    "RegisterExtractor",
    "RegisterPreparer",
    "hookimpl",
    "hookspec",
    "read_document",
    "register_comparators",
    "register_extractors",
    "register_preparers",
]

hookspec = pluggy.HookspecMarker("claimdiff")
hookimpl = pluggy.HookimplMarker("claimdiff")


@hookspec
def register_extractors(register: RegisterExtractor) -> None:
    """Register claim extractors.

    Call ``register(name, extract, kinds=(...))`` once per extractor, where ``extract`` is
    a callable taking a :class:`claimdiff.Document` and returning an iterable of
    :class:`claimdiff.Claim` (build them with :meth:`claimdiff.Claim.from_span`).
    ``kinds`` names the claim kinds it emits (used by ``--kinds``).

    Each extractor runs on its own: if it raises, hangs past the time limit or returns a
    malformed claim, the problem is recorded under its name and the others go on.
    Claims whose span falls in a region marked as boilerplate are dropped by claimdiff.
    """


@hookspec
def register_comparators(register: RegisterComparator) -> None:
    """Register how two values of a claim kind compare.

    Call ``register(kind, compare, key=None, anchor=None, relate=None)``. ``compare(a, b)``
    takes two :class:`claimdiff.Claim` (of this kind, or of another kind with the same key)
    and returns a :class:`claimdiff.Comparison`: equal, compatible (within tolerance), more
    or less precise, or conflicting, naming the field that differs.

    ``key(claim)``, when given, returns a hashable blocking key: claims with different keys
    are never aligned (numbers of different dimensions, say). Claims of different kinds
    align only when their keys are equal, which is how a quote can align with an
    attribution of the same words. ``anchor(claim)``, when given, returns the words that
    identify the claim itself (a quote's words); alignment then weighs them above the
    sentence around the claim. Without a comparator, claims of a kind align on their
    sentence and agree only when their values are equal.

    ``relate(a, b)``, when given, returns ``compare(a, b).relation`` alone, for the same two
    claims: alignment asks for the relation of thousands of pairs and never reads the
    explanation, so a comparator whose ``detail`` costs time to write can skip it there.
    """


@hookspec
def register_preparers(register: RegisterPreparer) -> None:
    """Register document preparers, which run before extraction.

    Call ``register(name, prepare)``. ``prepare(document)`` returns a
    :class:`claimdiff.Preparation` or ``None``: regions of the text that are boilerplate
    (cookie notices, captions printed twice, stray prompt lines) and, optionally, the
    publication date found in the text. Preparers never change the text, so every
    claim's span still indexes the original.
    """


@hookspec(firstresult=True)
def read_document(path: Path, data: bytes, encoding: str | None) -> Document | None:
    """Turn a file's bytes into a document, or return ``None`` to leave it to others.

    Stops at the first non-``None`` result. claimdiff's own reader, which handles plain
    text and Markdown, runs when no plugin claims the file. Raise
    :class:`claimdiff.UnreadableDocument` for a file the plugin recognises but cannot read.
    """
