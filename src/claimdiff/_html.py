"""HTML report (placeholder until issue 6 lands)."""

from claimdiff._types import Report


def render_html(report: Report) -> str:
    raise NotImplementedError
