"""A third-party plugin used by claimdiff's tests: shouted words become claims."""

from __future__ import annotations

import re

import claimdiff

_SHOUT = re.compile(r"\b[A-Z]{4,}\b")


@claimdiff.hookimpl
def register_extractors(register):  # type: ignore[no-untyped-def]
    register("shout", extract_shouts, kinds=("shout",))


def extract_shouts(document: claimdiff.Document) -> list[claimdiff.Claim]:
    return [
        claimdiff.Claim.from_span(document, m.start(), m.end(), "shout", {"word": m.group()})
        for m in _SHOUT.finditer(document.text)
    ]
