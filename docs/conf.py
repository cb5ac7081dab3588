"""Sphinx configuration: MyST Markdown, built with warnings as errors in the tests."""

project = "claimdiff"
author = "claimdiff developers"
extensions = ["myst_parser", "sphinx.ext.autodoc"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "conftest.py"]
html_theme = "alabaster"
autodoc_typehints = "description"
nitpicky = False
suppress_warnings = ["myst.xref_missing"]
