"""What plugins register: extractors, comparators and preparers, and the registry holding them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from typing import TYPE_CHECKING, Literal, Protocol

import attrs

from claimdiff._types import Claim, Document, Problem, Region

if TYPE_CHECKING:
    import pluggy

Relation = Literal["equal", "compatible", "more_precise", "less_precise", "conflict"]
ExtractFunction = Callable[[Document], Iterable[Claim]]
CompareFunction = Callable[[Claim, Claim], "Comparison"]
KeyFunction = Callable[[Claim], Hashable]
AnchorFunction = Callable[[Claim], str]
RelateFunction = Callable[[Claim, Claim], Relation]
PrepareFunction = Callable[[Document], "Preparation | None"]


def _first(item: tuple[str, object]) -> str:
    return item[0]


def describe_error(error: BaseException) -> str:
    """One line naming an exception: its type and message."""
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0]}" if message else type(error).__name__


class DuplicateRegistration(ValueError):
    """Two plugins registered the same name."""


@attrs.frozen
class Comparison:
    """How claim ``a`` relates to claim ``b``, as a comparator sees it.

    ``relation``: ``equal``; ``compatible`` (within tolerance, or one interval holds the
    other); ``more_precise`` (a says the same as b, more exactly); ``less_precise``;
    ``conflict``. ``field`` names what differs; ``detail`` is a short phrase for the
    explanation ("300 mile vs 430 mile").
    """

    relation: Relation
    field: str | None = None
    detail: str | None = None

    @classmethod
    def equal(cls) -> Comparison:
        return cls("equal")

    @classmethod
    def conflict(cls, field: str, detail: str | None = None) -> Comparison:
        return cls("conflict", field, detail)

    def flipped(self) -> Comparison:
        """The same comparison seen from b's side."""
        swap: dict[Relation, Relation] = {
            "more_precise": "less_precise",
            "less_precise": "more_precise",
        }
        return attrs.evolve(self, relation=swap.get(self.relation, self.relation))


@attrs.frozen
class Preparation:
    """What a preparer found in a document: boilerplate regions and a publication date."""

    boilerplate: tuple[Region, ...] = ()
    published: dt.date | dt.datetime | None = None


@attrs.frozen
class Extractor:
    name: str
    extract: ExtractFunction
    kinds: tuple[str, ...]
    plugin: str


@attrs.frozen
class Comparator:
    kind: str
    compare: CompareFunction
    key: KeyFunction | None
    anchor: AnchorFunction | None
    plugin: str
    #: ``compare(a, b).relation`` without the rest of the Comparison, for alignment.
    relate: RelateFunction | None = None


@attrs.frozen
class Preparer:
    name: str
    prepare: PrepareFunction
    plugin: str


class RegisterExtractor(Protocol):
    def __call__(
        self, name: str, extract: ExtractFunction, *, kinds: Iterable[str] = ()
    ) -> None: ...


class RegisterComparator(Protocol):
    def __call__(
        self,
        kind: str,
        compare: CompareFunction,
        *,
        key: KeyFunction | None = None,
        anchor: AnchorFunction | None = None,
        relate: RelateFunction | None = None,
    ) -> None: ...


class RegisterPreparer(Protocol):
    def __call__(self, name: str, prepare: PrepareFunction) -> None: ...


@attrs.define
class Registry:
    """Everything the loaded plugins registered, keyed by name so that load order never matters."""

    extractors: dict[str, Extractor] = attrs.Factory(dict)
    comparators: dict[str, Comparator] = attrs.Factory(dict)
    preparers: dict[str, Preparer] = attrs.Factory(dict)
    problems: list[Problem] = attrs.Factory(list)

    @classmethod
    def from_plugin_manager(cls, pm: pluggy.PluginManager, *, strict: bool = False) -> Registry:
        """Collect what each plugin registers; a plugin whose hook raises is reported."""
        registry = cls()
        # Ask each plugin on its own so that every registration is credited to its plugin
        # and one broken plugin cannot hide the others.
        named = sorted(((pm.get_name(p) or repr(p), p) for p in pm.get_plugins()), key=_first)
        for plugin_name, plugin in named:
            try:
                registry._collect(pm, plugin_name, plugin)
            except Exception as error:
                if strict:
                    raise
                registry.problems.append(
                    Problem(
                        plugin_name, f"registration failed: {describe_error(error)}", kind="load"
                    )
                )
        return registry

    def _collect(self, pm: pluggy.PluginManager, plugin_name: str, plugin: object) -> None:
        def register_extractor(
            name: str, extract: ExtractFunction, *, kinds: Iterable[str] = ()
        ) -> None:
            if name in self.extractors:
                raise DuplicateRegistration(
                    f"extractor {name!r} registered by both {self.extractors[name].plugin!r} "
                    f"and {plugin_name!r}"
                )
            self.extractors[name] = Extractor(name, extract, tuple(sorted(kinds)), plugin_name)

        def register_comparator(
            kind: str,
            compare: CompareFunction,
            *,
            key: KeyFunction | None = None,
            anchor: AnchorFunction | None = None,
            relate: RelateFunction | None = None,
        ) -> None:
            if kind in self.comparators:
                raise DuplicateRegistration(
                    f"comparator for {kind!r} registered by both "
                    f"{self.comparators[kind].plugin!r} and {plugin_name!r}"
                )
            self.comparators[kind] = Comparator(kind, compare, key, anchor, plugin_name, relate)

        def register_preparer(name: str, prepare: PrepareFunction) -> None:
            if name in self.preparers:
                raise DuplicateRegistration(
                    f"preparer {name!r} registered by both {self.preparers[name].plugin!r} "
                    f"and {plugin_name!r}"
                )
            self.preparers[name] = Preparer(name, prepare, plugin_name)

        callbacks: dict[str, Callable[..., None]] = {
            "register_extractors": register_extractor,
            "register_comparators": register_comparator,
            "register_preparers": register_preparer,
        }
        for hook_name, callback in callbacks.items():
            for hookimpl in getattr(pm.hook, hook_name).get_hookimpls():
                if hookimpl.plugin is plugin:
                    kwargs = {"register": callback} if "register" in hookimpl.argnames else {}
                    hookimpl.function(**kwargs)

    def kinds(self) -> set[str]:
        return {kind for extractor in self.extractors.values() for kind in extractor.kinds}
