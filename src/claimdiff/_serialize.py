"""Reports as plain data and JSON (``report.schema.json``, format 1), kept outside the classes."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from claimdiff._types import Claim, Diff, Document, Problem, Report

FORMAT = 1
# The field names of each attrs class met, in order (attrs.fields is slow to ask each time).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: attrs instances and mappings become dicts, dates ISO text."""
    kind = type(value)
    # Every claim is checked by serialising its value: the common types go first.
    if kind is str or value is None or kind is bool or kind is int:
        return value
    if kind in _FIELD_NAMES:
        return {name: plain(getattr(value, name)) for name in _FIELD_NAMES[kind]}
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value} is not a finite number")
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if attrs.has(kind):
        _FIELD_NAMES[kind] = tuple(field.name for field in attrs.fields(kind))
        return {name: plain(getattr(value, name)) for name in _FIELD_NAMES[kind]}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    raise TypeError(f"cannot serialise {type(value).__name__}")


def value_to_dict(value: Any) -> dict[str, Any]:
    """A claim's value as a JSON object; the schema wants an object for every kind."""
    data = plain(value)
    if not isinstance(data, dict):
        raise TypeError(
            f"a claim value must be an attrs instance or a mapping, not {type(value).__name__}"
        )
    return data


def value_key(claim: Claim) -> str:
    """The claim's value as a hashable text: equal values give equal keys.

    Raises what :func:`value_to_dict` raises on a value that cannot be serialised: the core
    checks each new claim's value with it, which leaves the key cached for alignment.
    """
    try:
        return _key_of_value(claim.value)
    except TypeError:  # an unhashable value (a plugin's mapping, say): not cached
        return _key_of_value.__wrapped__(claim.value)


# A story repeats a handful of values over thousands of claims.
@functools.lru_cache(maxsize=1 << 14)
def _key_of_value(value: Any) -> str:
    return repr(sorted(value_to_dict(value).items()))


def document_to_dict(document: Document) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": plain(document.published),
        "published_from": document.published_from,
        "length": len(document.text),
    }
    if document.boilerplate:
        data["boilerplate"] = [plain(region) for region in document.boilerplate]
    return data


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": claim.id,
        "doc": claim.doc,
        "kind": claim.kind,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "sentence": claim.sentence,
        "speaker": claim.speaker,
        "subject": claim.subject,
        "extractor": claim.extractor,
        "confidence": plain(round(claim.confidence, 4)),
        "value": value_to_dict(claim.value),
    }
    if claim.details:
        data["details"] = plain(claim.details)
    return data


def diff_to_dict(diff: Diff) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": diff.kind,
        "claims": list(diff.claims),
        "docs": list(diff.docs),
        "field": diff.field,
        "score": None if diff.score is None else round(diff.score, 4),
        "explanation": diff.explanation,
    }
    if diff.details:
        data["details"] = plain(diff.details)
    return data


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    return {
        "plugin": problem.plugin,
        "doc": problem.doc,
        "kind": problem.kind,
        "message": problem.message,
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "documents": [document_to_dict(document) for document in report.documents],
        "claims": [claim_to_dict(claim) for claim in report.claims],
        "diffs": [diff_to_dict(diff) for diff in report.diffs],
        "problems": [problem_to_dict(problem) for problem in report.problems],
        "copies": [list(group) for group in report.copies],
    }


def report_to_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
