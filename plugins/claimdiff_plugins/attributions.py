"""Built-in attributions plugin: reported speech without quotation marks (kind ``attribution``).

"The Kremlin said on Monday that Mr. Kim was visiting Russia", "U.S. officials warned that
arms talks were actively advancing", "According to state media, ...", "..., the agency said."

The claim's span is the reported statement (the clause after "said that", or before
", X said"); the cue and the speaker phrase keep their own offsets in ``details``, and
``details["sentence_start"]`` marks where the whole attribution begins. The speaker is
resolved like a quote's ("it" -> the organisation named before). A sentence whose
statement is mostly a direct quote yields only the quote; "said that ... “partial quote”"
yields both. Comparison is registered by the quotes plugin (one ``speech`` block).
"""

from __future__ import annotations

from typing import Any

import claimdiff
from claimdiff_plugins import _speech
from claimdiff_plugins.quotes import speech_claim


@claimdiff.hookimpl
def register_extractors(register: Any) -> None:
    register("attributions", extract_attributions, kinds=("attribution",))


def extract_attributions(document: claimdiff.Document) -> list[claimdiff.Claim]:
    """The reported statements of a document, with their speakers."""
    analysis = _speech.analyse(document.text)
    return [
        speech_claim(document, event, sentence_start=event.extra.get("sentence_start"))
        for event in analysis.attributions
    ]
