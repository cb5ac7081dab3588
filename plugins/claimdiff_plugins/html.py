"""Built-in reader for saved HTML pages: the article's main text and the page's metadata.

The main text comes from trafilatura (the optional extra ``claimdiff[html]``), which drops
navigation, cookie banners, related links and footers. Title, outlet, URL and publication
date come from the page's own metadata (Open Graph, ``article:published_time``, canonical
link, JSON-LD), never from guesses in the text, so ``published_from`` is ``"metadata"``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import claimdiff
from claimdiff import Document, UnreadableDocument
from claimdiff._reading import parse_published

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
INSTALL_HINT = "pip install 'claimdiff[html]'"
#: A page whose longest paragraph is shorter than this has no article text.
MIN_PARAGRAPH_WORDS = 8

#: Meta tags naming the publication date, best first (property, name or itemprop).
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
)
SITE_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
TITLE_KEYS = ("og:title", "twitter:title", "dc.title")
URL_KEYS = ("og:url", "twitter:url")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@claimdiff.hookimpl
def read_document(path: Path, data: bytes, encoding: str | None) -> Document | None:
    """Read a saved HTML page, or return None for any other file."""
    if path.suffix.lower() not in HTML_SUFFIXES and not looks_like_html(data):
        return None
    return read_html(path, data, encoding)


def looks_like_html(data: bytes) -> bool:
    """Whether the bytes start like an HTML document (for pages saved without a suffix)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith((b"<?xml", b"<!--")) and b"<html" in head
    )


def read_html(path: Path, data: bytes, encoding: str | None = None) -> Document:
    """A document from a saved HTML page; raises UnreadableDocument naming the file."""
    if not data.strip():
        raise UnreadableDocument(f"{path}: the file is empty")
    try:
        trafilatura = importlib.import_module("trafilatura")
    except ImportError as error:
        raise UnreadableDocument(
            f"{path}: reading HTML pages needs the trafilatura library, which could not be "
            f"imported ({error}); install it with: {INSTALL_HINT}"
        ) from None
    page: str | bytes = data
    if encoding is not None:
        try:
            page = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise UnreadableDocument(f"{path}: not valid {encoding} text ({error})") from None
    try:
        tree = trafilatura.load_html(page)
        if tree is None:
            raise UnreadableDocument(f"{path}: not a readable HTML page")
        # Read the metadata first: extraction prunes the tree it is given.
        meta = _page_metadata(tree)
        extracted = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True
        )
    except UnreadableDocument:
        raise
    except Exception as error:
        raise UnreadableDocument(
            f"{path}: the HTML page could not be read ({type(error).__name__}: {error})"
        ) from None
    text = _main_text(getattr(extracted, "text", None))
    # When a page has no article, trafilatura falls back to whatever it finds (menus).
    if not any(len(paragraph.split()) >= MIN_PARAGRAPH_WORDS for paragraph in text.split("\n")):
        raise UnreadableDocument(f"{path}: no main text found in the HTML page")
    published = meta.get("published")
    author = _clean(getattr(extracted, "author", None))
    return Document(
        id=path.stem,
        text=text,
        title=meta.get("title") or _clean(getattr(extracted, "title", None)),
        source=meta.get("source") or _clean(getattr(extracted, "sitename", None)),
        url=meta.get("url") or _clean(getattr(extracted, "url", None)),
        published=published,
        published_from="metadata" if published is not None else None,
        metadata={"format": "html", **({"author": author} if author else {})},
    )


def _main_text(raw: object) -> str:
    """The extracted text with one blank line between paragraphs, like a saved text article."""
    if not isinstance(raw, str):
        return ""
    paragraphs = [line.strip() for line in raw.replace("\r", "\n").split("\n")]
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _page_metadata(tree: Any) -> dict[str, Any]:
    """Title, outlet, URL and publication date from the page's meta tags and JSON-LD."""
    tags: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        content = _clean(element.get("content"))
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop"):
            key = (element.get(attribute) or "").strip().casefold()
            if key and key not in tags:
                tags[key] = content
    linked = _json_ld(tree)
    meta: dict[str, Any] = {
        "title": _first(tags, TITLE_KEYS) or linked.get("headline") or _title_element(tree),
        "source": _first(tags, SITE_KEYS) or linked.get("publisher"),
        "url": _canonical(tree) or _first(tags, URL_KEYS) or linked.get("url"),
    }
    candidates = [tags[key] for key in DATE_KEYS if key in tags]
    candidates += _time_elements(tree)
    if "datePublished" in linked:
        candidates.insert(0, linked["datePublished"])
    meta["published"] = next(
        (when for when in map(_parse_date, candidates) if when is not None), None
    )
    return meta


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[key] for key in keys if key in tags), None)


def _title_element(tree: Any) -> str | None:
    element = tree.find(".//title")
    return _clean(element.text_content()) if element is not None else None


def _canonical(tree: Any) -> str | None:
    for element in tree.iterfind(".//link"):
        if "canonical" in (element.get("rel") or "").casefold().split():
            return _clean(element.get("href"))
    return None


def _time_elements(tree: Any) -> list[str]:
    """``<time datetime pubdate>`` and ``itemprop="datePublished"`` elements."""
    found = []
    for element in tree.iterfind(".//time"):
        marked = element.get("pubdate") is not None
        if marked or (element.get("itemprop") or "").casefold() == "datepublished":
            value = _clean(element.get("datetime"))
            if value:
                found.append(value)
    return found


def _json_ld(tree: Any) -> dict[str, str]:
    """headline, datePublished, url and publisher name of the first article in JSON-LD."""
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().casefold() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in _json_objects(data, depth=0):
            if "datePublished" in item or "headline" in item:
                found: dict[str, str] = {}
                for key in ("headline", "datePublished", "url"):
                    value = _clean(item.get(key))
                    if value:
                        found[key] = value
                publisher = item.get("publisher")
                name = _clean(publisher.get("name")) if isinstance(publisher, dict) else None
                if name:
                    found["publisher"] = name
                return found
    return {}


def _json_objects(data: object, depth: int) -> Iterator[dict[str, Any]]:
    # JSON-LD nests articles in lists and "@graph"; a few levels is all pages use.
    if depth > 4:
        return
    if isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _json_objects(graph, depth + 1)
    elif isinstance(data, list):
        for item in data[:50]:
            yield from _json_objects(item, depth + 1)


def _parse_date(value: str) -> dt.date | dt.datetime | None:
    """An ISO 8601 date or datetime from a metadata value, or None."""
    text = value.strip()
    try:
        return parse_published(text)
    except ValueError:
        pass
    # Values such as "2024-03-12 09:30" or "2024-03-12T09:30:00.000+0100": keep the day.
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group())
    except ValueError:
        return None
