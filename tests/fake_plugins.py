"""Small plugins for testing the core, independent of the built-in extractors."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

import claimdiff
from claimdiff import Claim, Comparison, Document, NumberValue, Preparation, Region

_DIGITS = re.compile(r"\d+")


def digit_claims(document: Document) -> Iterator[Claim]:
    for match in _DIGITS.finditer(document.text):
        yield Claim.from_span(
            document, match.start(), match.end(), "digits", NumberValue(float(match.group()))
        )


def compare_digits(a: Claim, b: Claim) -> Comparison:
    if a.value.amount == b.value.amount:
        return Comparison.equal()
    return Comparison.conflict("value", f"{a.value.amount:g} vs {b.value.amount:g}")


class Digits:
    """Emits every run of digits as a ``digits`` claim."""

    __name__ = "digits"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        register("digits", digit_claims, kinds=("digits",))

    @claimdiff.hookimpl
    def register_comparators(self, register):  # type: ignore[no-untyped-def]
        register("digits", compare_digits)


class Broken:
    """An extractor that always raises."""

    __name__ = "broken"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def explode(document: Document) -> list[Claim]:
            raise RuntimeError("boom")

        register("broken", explode, kinds=("broken",))


class Malformed:
    """An extractor returning a wrong type, a span outside the text and a wrong text."""

    __name__ = "malformed"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def bad(document: Document) -> list[object]:
            return [
                42,
                Claim("odd", 0, len(document.text) + 5, "x", {"v": 1}),
                Claim("odd", 0, 1, "not the text", {"v": 1}),
            ]

        register("malformed", bad, kinds=("odd",))


class Hangs:
    """An extractor that never finishes."""

    __name__ = "hangs"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def forever(document: Document) -> list[Claim]:
            while True:
                time.sleep(0.01)

        register("hangs", forever, kinds=("slow",))


class MarksFirstLine:
    """A preparer marking the first line as boilerplate."""

    __name__ = "first-line"

    @claimdiff.hookimpl
    def register_preparers(self, register):  # type: ignore[no-untyped-def]
        def prepare(document: Document) -> Preparation:
            end = document.text.find("\n")
            end = len(document.text) if end < 0 else end
            return Preparation(boilerplate=(Region(0, end, "first line"),))

        register("first-line", prepare)


class BadRegistration:
    """A plugin whose register hook itself raises."""

    __name__ = "bad-registration"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        raise ImportError("missing dependency")


class NoteReader:
    """Reads ``.note`` files, upper-casing them, to show the reader hook is used."""

    __name__ = "note-reader"

    @claimdiff.hookimpl
    def read_document(self, path, data, encoding):  # type: ignore[no-untyped-def]
        if path.suffix != ".note":
            return None
        return Document(id=path.stem, text=data.decode(encoding or "utf-8").upper())
