"""claimdiff: compare news reports of one event, claim by claim."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from claimdiff._reading import UnreadableDocument
from claimdiff._registry import Comparison, Preparation
from claimdiff._types import (
    AttributionValue,
    Claim,
    DateValue,
    Diff,
    Document,
    NumberValue,
    Problem,
    QuoteValue,
    Region,
    Report,
)
from claimdiff.hookspecs import hookimpl

if TYPE_CHECKING:
    from claimdiff._align import ClaimGroup, align
    from claimdiff._batch import BatchError, BatchResult, PluginSpec, batch
    from claimdiff._compare import compare, extract
    from claimdiff._diff import diff
    from claimdiff._extract import ExtractorError
    from claimdiff._plugins import LoadedPlugins, PluginError, load_plugins
    from claimdiff._text import sentence_spans

__all__ = [
    "AttributionValue",
    "BatchError",
    "BatchResult",
    "Claim",
    "ClaimGroup",
    "Comparison",
    "DateValue",
    "Diff",
    "Document",
    "ExtractorError",
    "LoadedPlugins",
    "NumberValue",
    "PluginError",
    "PluginSpec",
    "Preparation",
    "Problem",
    "QuoteValue",
    "Region",
    "Report",
    "UnreadableDocument",
    "__version__",
    "align",
    "batch",
    "compare",
    "diff",
    "extract",
    "hookimpl",
    "load_plugins",
    "sentence_spans",
]

# Imported on first use: alignment pulls in numpy and rapidfuzz, and `import claimdiff`
# (and so `claimdiff --help`) should stay fast.
_LAZY = {
    "ClaimGroup": "claimdiff._align",
    "BatchError": "claimdiff._batch",
    "BatchResult": "claimdiff._batch",
    "PluginSpec": "claimdiff._batch",
    "batch": "claimdiff._batch",
    "align": "claimdiff._align",
    "compare": "claimdiff._compare",
    "extract": "claimdiff._compare",
    "diff": "claimdiff._diff",
    "ExtractorError": "claimdiff._extract",
    "LoadedPlugins": "claimdiff._plugins",
    "PluginError": "claimdiff._plugins",
    "load_plugins": "claimdiff._plugins",
    "sentence_spans": "claimdiff._text",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("claimdiff")
        except PackageNotFoundError:  # running from a source tree
            return "0+unknown"
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
