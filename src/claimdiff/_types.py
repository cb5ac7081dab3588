"""The value types claimdiff passes around: documents, claims, diffs and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from os import PathLike

DiffKind = Literal["agree", "refine", "conflict", "unique"]
Granularity = Literal["day", "week", "month", "year", "decade", "century"]

#: The order in which diffs are listed: what a fact-checker reads first comes first.
DIFF_KINDS: tuple[DiffKind, ...] = ("conflict", "refine", "unique", "agree")


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return dict(value or {})


@attrs.frozen
class Region:
    """A stretch of a document's text, ``text[start:end]``, with why it was marked."""

    start: int
    end: int
    reason: str


@attrs.frozen
class Document:
    """One news report: its text and what is known about it.

    ``published`` is the reference point for relative dates ("on Tuesday").
    ``published_from`` says where it came from: ``"metadata"`` when given by the user,
    ``"text"`` when found in the document by a preparer, ``None`` when unknown.
    ``boilerplate`` lists the regions a preparer marked as not part of the report
    (cookie notices, repeated captions); no claim is taken from them.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    published_from: str | None = None
    metadata: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_frozen_mapping, eq=False, hash=False
    )
    boilerplate: tuple[Region, ...] = ()

    @classmethod
    def from_text(
        cls,
        text: str,
        id: str = "doc",
        *,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: dt.date | dt.datetime | str | None = None,
    ) -> Document:
        """Make a document from a string; ``published`` may be an ISO 8601 string."""
        from claimdiff._reading import parse_published

        when = parse_published(published) if isinstance(published, str) else published
        return cls(
            id=id,
            text=text,
            title=title,
            source=source,
            url=url,
            published=when,
            published_from="metadata" if when is not None else None,
        )

    @classmethod
    def from_path(
        cls,
        path: str | PathLike[str],
        id: str | None = None,
        *,
        title: str | None = None,
        source: str | None = None,
        url: str | None = None,
        published: dt.date | dt.datetime | str | None = None,
        encoding: str | None = None,
    ) -> Document:
        """Read a document from a file.

        Raises :class:`claimdiff.UnreadableDocument`, naming the file, when the file is
        missing, a directory, binary, empty, or not text in ``encoding`` (UTF-8 unless given).
        """
        from claimdiff._reading import read_document

        return read_document(
            path,
            id=id,
            title=title,
            source=source,
            url=url,
            published=published,
            encoding=encoding,
        )

    @property
    def label(self) -> str:
        """How reports name this document: its outlet when known, else its id."""
        return self.source or self.id


@attrs.frozen
class QuoteValue:
    """Value of a ``quote`` claim: the quoted words without quotation marks."""

    quote: str


@attrs.frozen
class AttributionValue:
    """Value of an ``attribution`` claim: what the speaker is reported to have said."""

    statement: str


@attrs.frozen
class NumberValue:
    """Value of a ``number`` claim.

    ``low``/``high`` bound the interval the text allows ("at least 50": low=50, high=None;
    "roughly 300": an interval around 300 set by the extractor). ``unit`` is a canonical
    singular name (mile, hour, percent, usd) or, for counts, the counted noun (person).
    """

    amount: float
    unit: str | None = None
    approximate: bool = False
    low: float | None = None
    high: float | None = None
    ordinal: bool = False


@attrs.frozen
class DateValue:
    """Value of a ``date`` claim: the days it covers, first and last included."""

    start: dt.date
    end: dt.date
    granularity: Granularity = "day"


@attrs.frozen
class Claim:
    """One checkable statement found in a document.

    ``document.text[claim.start:claim.end] == claim.text`` always holds.
    ``id``, ``doc``, ``extractor`` and ``sentence`` are filled in by claimdiff when an
    extractor leaves them empty; an extractor only needs kind, span and value.
    """

    kind: str
    start: int
    end: int
    text: str
    value: Any
    id: str = ""
    doc: str = ""
    sentence: str | None = None
    speaker: str | None = None
    subject: str | None = None
    extractor: str | None = None
    confidence: float = 1.0
    details: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_frozen_mapping, eq=False, hash=False
    )

    @classmethod
    def from_span(
        cls,
        document: Document,
        start: int,
        end: int,
        kind: str,
        value: Any,
        *,
        speaker: str | None = None,
        subject: str | None = None,
        confidence: float = 1.0,
        details: Mapping[str, Any] | None = None,
    ) -> Claim:
        """Make a claim covering ``document.text[start:end]``."""
        return cls(
            kind=kind,
            start=start,
            end=end,
            text=document.text[start:end],
            value=value,
            doc=document.id,
            speaker=speaker,
            subject=subject,
            confidence=confidence,
            details=details,
        )


@attrs.frozen
class Diff:
    """What a group of aligned claims shows across documents.

    ``kind`` is one of ``agree``, ``refine``, ``conflict``, ``unique``; ``field`` says what
    differs (value, unit, speaker, wording, date); ``score`` is the alignment confidence.
    """

    kind: DiffKind
    claims: tuple[str, ...]
    docs: tuple[str, ...]
    explanation: str
    field: str | None = None
    score: float | None = None
    details: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_frozen_mapping, eq=False, hash=False
    )


@attrs.frozen
class Problem:
    """Something that went wrong but did not stop the run: which plugin, which document, why."""

    plugin: str
    message: str
    doc: str | None = None
    kind: str = "error"


@attrs.frozen
class Report:
    """The result of :func:`claimdiff.compare`: documents, claims, diffs and problems met."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    diffs: tuple[Diff, ...]
    problems: tuple[Problem, ...] = ()
    copies: tuple[tuple[str, ...], ...] = ()
    _documents_by_id: dict[str, Document] = attrs.field(init=False, repr=False, eq=False)
    _claims_by_id: dict[str, Claim] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Frozen, so the lookup tables are set once here.
        object.__setattr__(self, "_documents_by_id", {d.id: d for d in self.documents})
        object.__setattr__(self, "_claims_by_id", {c.id: c for c in self.claims})

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data following ``report.schema.json`` (format 1)."""
        from claimdiff._serialize import report_to_dict

        return report_to_dict(self)

    def to_json(self) -> str:
        """The report as JSON text, byte-identical for the same input."""
        from claimdiff._serialize import report_to_json

        return report_to_json(self)

    def document(self, doc_id: str) -> Document:
        """The document with this id."""
        return self._documents_by_id[doc_id]

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        return self._claims_by_id[claim_id]

    def diffs_of(self, kind: DiffKind) -> Sequence[Diff]:
        """The diffs of one kind, in report order."""
        return [diff for diff in self.diffs if diff.kind == kind]
