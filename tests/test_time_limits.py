"""Time limits: each plugin call has its own, and the process's alarm is left as it was."""

from __future__ import annotations

import signal
import time
from types import ModuleType
from typing import Any

import pytest

import claimdiff
from claimdiff import Claim, Document, Preparation
from fake_plugins import Digits
from helpers import plugins_of

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="POSIX time limits")


def sleeper(name: str, seconds: float | None) -> ModuleType:
    """A plugin whose extractor sleeps ``seconds`` (None: forever) and finds nothing."""

    def extract(document: Document) -> list[Claim]:
        if seconds is None:
            while True:
                time.sleep(0.01)
        time.sleep(seconds)
        return []

    def register_extractors(register: Any) -> None:
        register(name, extract, kinds=(name,))

    plugin = ModuleType(name)
    plugin.register_extractors = claimdiff.hookimpl(register_extractors)  # type: ignore[attr-defined]
    return plugin


def hanging_preparer() -> ModuleType:
    def prepare(document: Document) -> Preparation:
        while True:
            time.sleep(0.01)

    def register_preparers(register: Any) -> None:
        register("stuck", prepare)

    plugin = ModuleType("stuck")
    plugin.register_preparers = claimdiff.hookimpl(register_preparers)  # type: ignore[attr-defined]
    return plugin


def test_each_plugin_call_has_its_own_time_limit() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    # Together over the limit, each under it: none is stopped.
    plugins = plugins_of(Digits(), sleeper("first", 0.15), sleeper("second", 0.15))
    report = claimdiff.extract(doc, plugins=plugins, timeout=0.25)
    assert not report.problems
    assert [c.text for c in report.claims] == ["3"]


def test_every_hanging_plugin_of_a_document_is_stopped() -> None:
    doc = Document.from_text("There were 3 ships.", "d")
    plugins = plugins_of(
        Digits(), sleeper("first", None), sleeper("second", None), hanging_preparer()
    )
    report = claimdiff.extract(doc, plugins=plugins, timeout=0.1)
    assert [(p.plugin, p.kind) for p in report.problems] == [
        ("first", "timeout"),
        ("second", "timeout"),
        ("stuck", "timeout"),
    ]
    assert [c.text for c in report.claims] == ["3"]


def test_the_alarm_is_left_as_it_was() -> None:
    def own_handler(signum: int, frame: Any) -> None:
        raise AssertionError("claimdiff's alarm outlived its plugin call")

    previous = signal.signal(signal.SIGALRM, own_handler)
    try:
        docs = [
            Document.from_text("There were 3 ships.", "a"),
            Document.from_text("There were 4 ships.", "b"),
        ]
        claimdiff.compare(docs, plugins=plugins_of(Digits(), sleeper("nap", 0.01)), timeout=0.05)
        assert signal.getsignal(signal.SIGALRM) is own_handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        time.sleep(0.1)  # no alarm is pending
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_without_a_timeout_the_process_keeps_its_alarm() -> None:
    seen: list[object] = []

    def extract(document: Document) -> list[Claim]:
        seen.append(signal.getsignal(signal.SIGALRM))
        return []

    def register_extractors(register: Any) -> None:
        register("looks", extract, kinds=("looks",))

    plugin = ModuleType("looks")
    plugin.register_extractors = claimdiff.hookimpl(register_extractors)  # type: ignore[attr-defined]

    def own_handler(signum: int, frame: Any) -> None:
        pass

    previous = signal.signal(signal.SIGALRM, own_handler)
    try:
        doc = Document.from_text("There were 3 ships.", "d")
        claimdiff.extract(doc, plugins=plugins_of(plugin), timeout=None)
        claimdiff.extract(doc, plugins=plugins_of(plugin), timeout=5)
    finally:
        signal.signal(signal.SIGALRM, previous)
    # Left alone without a time limit; replaced while a limited call runs.
    assert seen[0] is own_handler
    assert seen[1] is not own_handler
