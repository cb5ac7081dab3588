"""Unit names as news writes them -> a canonical singular unit, plus its pint name.

Only the naming layer is ours; conversions are pint's (imported lazily, one cached
``UnitRegistry``). Currencies have no pint unit: they compare only with themselves.
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = [
    "CURRENCY_PREFIXES",
    "CURRENCY_PREFIX_PATTERN",
    "CURRENCY_WORDS",
    "UNIT_PATTERN",
    "canonical_unit",
    "convert",
    "dimension",
    "is_measure",
    "match_unit",
    "pint_name",
]

# canonical unit -> pint unit name (None: no physical dimension pint knows).
_PINT: dict[str, str | None] = {
    "mile": "mile",
    "nautical mile": "nautical_mile",
    "kilometre": "kilometer",
    "metre": "meter",
    "centimetre": "centimeter",
    "millimetre": "millimeter",
    "foot": "foot",
    "inch": "inch",
    "yard": "yard",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "calendar_decade",  # pint's own "decade" is a logarithmic unit
    "century": "century",
    "kilogram": "kilogram",
    "gram": "gram",
    "tonne": "metric_ton",
    "ton": "short_ton",
    "pound": "pound",
    "ounce": "ounce",
    "square kilometre": "kilometer**2",
    "square mile": "mile**2",
    "square metre": "meter**2",
    "square foot": "foot**2",
    "hectare": "hectare",
    "acre": "acre",
    "litre": "liter",
    "gallon": "gallon",
    "barrel": "oil_barrel",
    "cubic metre": "meter**3",
    "degree celsius": "degC",
    "degree fahrenheit": "degF",
    "degree": "degree",
    "kilometre per hour": "kilometer/hour",
    "mile per hour": "mile/hour",
    "knot": "knot",
    "megawatt": "megawatt",
    "kilowatt": "kilowatt",
    "gigawatt": "gigawatt",
    "megawatt hour": "megawatt*hour",
    "kilowatt hour": "kilowatt*hour",
    "percent": None,
    "percentage point": None,
    "magnitude": None,
}

# surface form (lower case, singular or plural) -> canonical unit
_SURFACE: dict[str, str] = {
    "mile": "mile",
    "miles": "mile",
    "mi": "mile",
    "nautical mile": "nautical mile",
    "nautical miles": "nautical mile",
    "kilometre": "kilometre",
    "kilometres": "kilometre",
    "kilometer": "kilometre",
    "kilometers": "kilometre",
    "km": "kilometre",
    "kms": "kilometre",
    "metre": "metre",
    "metres": "metre",
    "meter": "metre",
    "meters": "metre",
    "m": "metre",
    "centimetre": "centimetre",
    "centimetres": "centimetre",
    "centimeter": "centimetre",
    "centimeters": "centimetre",
    "cm": "centimetre",
    "millimetre": "millimetre",
    "millimetres": "millimetre",
    "millimeter": "millimetre",
    "millimeters": "millimetre",
    "mm": "millimetre",
    "foot": "foot",
    "feet": "foot",
    "ft": "foot",
    "inch": "inch",
    "inches": "inch",
    "yard": "yard",
    "yards": "yard",
    "second": "second",
    "seconds": "second",
    "sec": "second",
    "secs": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "hour": "hour",
    "hours": "hour",
    "hr": "hour",
    "hrs": "hour",
    "h": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "yr": "year",
    "yrs": "year",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilogramme": "kilogram",
    "kilogrammes": "kilogram",
    "kg": "kilogram",
    "kgs": "kilogram",
    "gram": "gram",
    "grams": "gram",
    "gramme": "gram",
    "grammes": "gram",
    "tonne": "tonne",
    "tonnes": "tonne",
    "metric ton": "tonne",
    "metric tons": "tonne",
    "ton": "ton",
    "tons": "ton",
    "pound": "pound",
    "pounds": "pound",
    "lb": "pound",
    "lbs": "pound",
    "ounce": "ounce",
    "ounces": "ounce",
    "oz": "ounce",
    "square kilometre": "square kilometre",
    "square kilometres": "square kilometre",
    "square kilometer": "square kilometre",
    "square kilometers": "square kilometre",
    "sq km": "square kilometre",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "square mile": "square mile",
    "square miles": "square mile",
    "sq mi": "square mile",
    "square metre": "square metre",
    "square metres": "square metre",
    "square meter": "square metre",
    "square meters": "square metre",
    "sq m": "square metre",
    "m2": "square metre",
    "m²": "square metre",
    "square foot": "square foot",
    "square feet": "square foot",
    "sq ft": "square foot",
    "hectare": "hectare",
    "hectares": "hectare",
    "ha": "hectare",
    "acre": "acre",
    "acres": "acre",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "gallon": "gallon",
    "gallons": "gallon",
    "barrel": "barrel",
    "barrels": "barrel",
    "cubic metre": "cubic metre",
    "cubic metres": "cubic metre",
    "cubic meter": "cubic metre",
    "cubic meters": "cubic metre",
    "degrees celsius": "degree celsius",
    "degree celsius": "degree celsius",
    "degrees centigrade": "degree celsius",
    "°c": "degree celsius",
    "degrees c": "degree celsius",
    "degrees fahrenheit": "degree fahrenheit",
    "degree fahrenheit": "degree fahrenheit",
    "°f": "degree fahrenheit",
    "degrees f": "degree fahrenheit",
    "degrees": "degree",
    "degree": "degree",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "kmh": "kilometre per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "kilometres an hour": "kilometre per hour",
    "kilometers an hour": "kilometre per hour",
    "mph": "mile per hour",
    "miles per hour": "mile per hour",
    "miles an hour": "mile per hour",
    "knot": "knot",
    "knots": "knot",
    "megawatt": "megawatt",
    "megawatts": "megawatt",
    "mw": "megawatt",
    "kilowatt": "kilowatt",
    "kilowatts": "kilowatt",
    "kw": "kilowatt",
    "gigawatt": "gigawatt",
    "gigawatts": "gigawatt",
    "gw": "gigawatt",
    "megawatt hours": "megawatt hour",
    "megawatt hour": "megawatt hour",
    "mwh": "megawatt hour",
    "kilowatt hours": "kilowatt hour",
    "kilowatt hour": "kilowatt hour",
    "kwh": "kilowatt hour",
    "percent": "percent",
    "per cent": "percent",
    "percentage": "percent",
    "pct": "percent",
    "%": "percent",
    "percentage point": "percentage point",
    "percentage points": "percentage point",
    "magnitude": "magnitude",
}

# Short abbreviations: the numbers plugin reads "5m people" as millions, not metres.
_SHORT = frozenset(
    {"m", "mi", "h", "ha", "hr", "hrs", "min", "mins", "sec", "secs", "mw", "kw", "gw"}
)

_forms = sorted(_SURFACE, key=len, reverse=True)
_SHORT_ALTERNATIVES = "|".join(re.escape(f) for f in _forms if f in _SHORT)
_LONG_ALTERNATIVES = "|".join(re.escape(f) for f in _forms if f not in _SHORT)

#: A unit right after a number: group ``unit`` holds the surface form.
UNIT_PATTERN = re.compile(
    rf"""
    (?:[ \t\u00a0]?|-)
    (?P<unit>
        (?:{_LONG_ALTERNATIVES})(?![\w])
      | (?:{_SHORT_ALTERNATIVES})(?![\w/²])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)


# The same alternation cut by first letter: at a given character only the forms starting with it
# can match, so trying just those (in the same order) gives the same match, without entering the
# two hundred alternatives IGNORECASE cannot skip quickly.
def _unit_pattern_from(first: str) -> re.Pattern[str]:
    long_forms = "|".join(re.escape(f) for f in _forms if f not in _SHORT and f[0] == first)
    short_forms = "|".join(re.escape(f) for f in _forms if f in _SHORT and f[0] == first)
    branches = []
    if long_forms:
        branches.append(rf"(?:{long_forms})(?![\w])")
    if short_forms:
        branches.append(rf"(?:{short_forms})(?![\w/²])")
    return re.compile(rf"(?P<unit>{'|'.join(branches)})", re.IGNORECASE)


_UNIT_FROM: dict[str, re.Pattern[str]] = {}
for _first in sorted({form[0] for form in _SURFACE if form[0].isascii()}):
    _UNIT_FROM[_first] = _UNIT_FROM[_first.upper()] = _unit_pattern_from(_first)
_SEPARATORS = " \t\u00a0-"


def match_unit(text: str, pos: int) -> re.Match[str] | None:
    """A unit right after a number: ``UNIT_PATTERN.match(text, pos)``, faster.

    The match found has the same ``group("unit")`` and ``end()`` (its start may differ).
    """
    char = text[pos : pos + 1]
    at = pos + 1 if char and char in _SEPARATORS else pos
    first = text[at : at + 1]
    if not first.isascii():
        # "°C", and letters IGNORECASE folds to ASCII ones ("ſ", "ı", the Kelvin sign).
        return UNIT_PATTERN.match(text, pos)
    pattern = _UNIT_FROM.get(first)
    return None if pattern is None else pattern.match(text, at)


#: Currency written before the amount ("US$", "€", "EUR ", "Rs."), longest first.
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "usd",
    "us $": "usd",
    "usd": "usd",
    "$": "usd",
    "a$": "aud",
    "au$": "aud",
    "aud": "aud",
    "c$": "cad",
    "ca$": "cad",
    "cad": "cad",
    "hk$": "hkd",
    "hkd": "hkd",
    "nz$": "nzd",
    "s$": "sgd",
    "r$": "brl",
    "€": "eur",
    "eur": "eur",
    "euro": "eur",
    "£": "gbp",
    "gbp": "gbp",
    "¥": "jpy",
    "jpy": "jpy",
    "cny": "cny",
    "rmb": "cny",
    "₹": "inr",
    "inr": "inr",
    "rs": "inr",
    "rs.": "inr",
    "chf": "chf",
    "dh": "aed",
    "aed": "aed",
    "₽": "rub",
    "rub": "rub",
    "₩": "krw",
    "krw": "krw",
    "₺": "try",
}
_PREFIX_ALTERNATIVES = "|".join(
    re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len, reverse=True)
)
#: A currency prefix ending right where the amount begins (search it in the text before).
CURRENCY_PREFIX_PATTERN = re.compile(
    rf"(?:(?<![A-Za-z])|(?<=[A-Z]{{2}}))(?P<currency>{_PREFIX_ALTERNATIVES})[ \u00a0]?\Z",
    re.IGNORECASE,
)

#: Currency written after the amount ("22 billion euros", "500 dollars").
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "usd",
    "dollars": "usd",
    "us dollars": "usd",
    "euro": "eur",
    "euros": "eur",
    "pounds sterling": "gbp",
    "sterling": "gbp",
    "yen": "jpy",
    "yuan": "cny",
    "renminbi": "cny",
    "rupee": "inr",
    "rupees": "inr",
    "rouble": "rub",
    "roubles": "rub",
    "ruble": "rub",
    "rubles": "rub",
    "swiss francs": "chf",
    "francs": "chf",
    "dirhams": "aed",
    "riyals": "sar",
    "pesos": "mxn",
    "shekels": "ils",
    "cents": "usd_cent",
}


def canonical_unit(surface: str) -> str | None:
    """The canonical singular unit of a surface form ("kms" -> "kilometre"), or ``None``."""
    return _SURFACE.get(" ".join(surface.lower().split()))


def pint_name(unit: str | None) -> str | None:
    """The pint name of a canonical unit, or ``None`` (counts, currencies, percent, magnitude)."""
    return _PINT.get(unit) if unit else None


def is_measure(unit: str | None) -> bool:
    """Whether ``unit`` is one of ours (a measure), not a counted noun or a currency."""
    return unit in _PINT


_LENGTH, _AREA, _VOLUME = "[length]", "[length] ** 2", "[length] ** 3"
_POWER = "[mass] * [length] ** 2 / [time] ** 3"
_ENERGY = "[mass] * [length] ** 2 / [time] ** 2"
# pint's dimensionality of each unit, written out: blocking claims by dimension then needs no
# pint, whose import takes about 0.4 s, and only a conversion loads it. A test checks it
# against pint.
_DIMENSIONS: dict[str, str] = {
    **dict.fromkeys(
        ["mile", "nautical mile", "kilometre", "metre", "centimetre", "millimetre"], _LENGTH
    ),
    **dict.fromkeys(["foot", "inch", "yard"], _LENGTH),
    **dict.fromkeys(
        ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"],
        "[time]",
    ),
    **dict.fromkeys(["kilogram", "gram", "tonne", "ton", "pound", "ounce"], "[mass]"),
    **dict.fromkeys(
        ["square kilometre", "square mile", "square metre", "square foot", "hectare", "acre"],
        _AREA,
    ),
    **dict.fromkeys(["litre", "gallon", "barrel", "cubic metre"], _VOLUME),
    **dict.fromkeys(["degree celsius", "degree fahrenheit"], "[temperature]"),
    "degree": "dimensionless",
    **dict.fromkeys(["kilometre per hour", "mile per hour", "knot"], "[length] / [time]"),
    **dict.fromkeys(["megawatt", "kilowatt", "gigawatt"], _POWER),
    **dict.fromkeys(["megawatt hour", "kilowatt hour"], _ENERGY),
}


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # heavy: imported on first conversion only

    registry: Any = pint.UnitRegistry()
    registry.define("calendar_decade = 10 * year")
    return registry


def dimension(unit: str) -> str | None:
    """pint's dimensionality of a canonical unit ("mile" -> "[length]"), or ``None``."""
    return _DIMENSIONS.get(unit)


# Alignment compares one story's few values pairwise: each conversion is asked many times.
@functools.lru_cache(maxsize=4096, typed=True)
def convert(amount: float, unit: str, target: str) -> float | None:
    """``amount`` in ``unit`` expressed in ``target``, or ``None`` when pint cannot convert."""
    if unit == target:
        return amount
    if _TEMPERATURE in (dimension(unit), dimension(target)) or not isinstance(amount, int | float):
        # Degrees add an offset, and pint turns the factor into a Decimal for a Decimal amount.
        return _pint_convert(amount, unit, target)
    factor = _factor(unit, target)
    # pint multiplies the amount by this same factor: the result is pint's, to the last bit,
    # without building a Quantity (tens of microseconds) for every figure of a new story.
    return None if factor is None else float(amount * factor)


_TEMPERATURE = "[temperature]"


# One factor per pair of units: a few dozen units, so the cache stays small.
@functools.lru_cache(maxsize=1024)
def _factor(unit: str, target: str) -> float | None:
    """What pint multiplies an amount in ``unit`` by to express it in ``target`` (or None)."""
    return _pint_convert(1.0, unit, target)


def _pint_convert(amount: float, unit: str, target: str) -> float | None:
    source_name, target_name = pint_name(unit), pint_name(target)
    if source_name is None or target_name is None:
        return None
    try:
        registry = _registry()
        return float(registry.Quantity(amount, source_name).to(target_name).magnitude)
    except Exception:
        return None
