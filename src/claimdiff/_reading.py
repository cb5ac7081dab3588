"""Reading documents from files, refusing what is not text with a message that names the file."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import attrs

from claimdiff._types import Document


class UnreadableDocument(ValueError):
    """A file that cannot be read as a document; the message names the file and the reason."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def parse_published(value: str) -> dt.date | dt.datetime:
    """An ISO 8601 date or datetime; a bare date stays a date."""
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or datetime: {value!r}") from None


def decode_text(data: bytes, name: str, encoding: str | None = None) -> str:
    """Decode a file's bytes as text, or raise :class:`UnreadableDocument` saying why."""
    if not data.strip():
        raise UnreadableDocument(f"{name}: the file is empty")
    bom_encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    # UTF-16/32 text legitimately holds NUL bytes; anything else with them is binary.
    if bom_encoding is None and encoding is None and b"\x00" in data[:65536]:
        raise UnreadableDocument(f"{name}: looks like a binary file, not text")
    chosen = encoding or bom_encoding or "utf-8"
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError as error:
        raise UnreadableDocument(
            f"{name}: not valid {chosen} text (byte {data[error.start]:#04x} at offset "
            f"{error.start}); give the file's encoding with --encoding"
        ) from None
    except LookupError:
        raise UnreadableDocument(f"{name}: unknown encoding {chosen!r}") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableDocument(f"{name}: the file holds no text")
    control = sum(1 for char in text[:65536] if char < " " and char not in "\n\t\f\v")
    if control > max(8, len(text[:65536]) // 100):
        raise UnreadableDocument(f"{name}: looks like a binary file, not text")
    return text


def read_bytes(path: Path) -> bytes:
    name = os.fspath(path)
    if not path.exists():
        raise UnreadableDocument(f"{name}: no such file")
    if path.is_dir():
        raise UnreadableDocument(f"{name}: is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableDocument(f"{name}: cannot be read ({error.strerror or error})") from None


#: The optional fields of a manifest entry (``manifest.schema.json``, plus batch's ``story``).
MANIFEST_FIELDS = ("id", "title", "source", "url", "published", "story")


def read_manifest(path: Path) -> list[dict[str, str]]:
    """The entries of a document manifest, checked: each a dict of its string fields.

    ``path`` of each entry is resolved against the manifest's own folder. Raises
    :class:`UnreadableDocument`, naming the manifest and the entry, when it is not one.
    """
    try:
        data = json.loads(read_bytes(path).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UnreadableDocument(f"{path}: not a JSON manifest ({error})") from None
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise UnreadableDocument(f"{path}: a manifest needs a non-empty list under 'documents'")
    checked = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise UnreadableDocument(f"{path}: document {number} needs a 'path' string")
        for key in MANIFEST_FIELDS:
            if key in entry and not isinstance(entry[key], str):
                raise UnreadableDocument(f"{path}: document {number}: {key!r} must be a string")
        fields = {key: entry[key] for key in MANIFEST_FIELDS if key in entry}
        checked.append({"path": os.fspath(path.parent / entry["path"]), **fields})
    return checked


def read_document(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: dt.date | dt.datetime | str | None = None,
    encoding: str | None = None,
    use_plugins: bool = True,
) -> Document:
    """Read one file into a :class:`Document`, asking ``read_document`` hooks first."""
    file = Path(path)
    data = read_bytes(file)
    document: Document | None = None
    if use_plugins:
        from claimdiff._plugins import default_plugins

        document = default_plugins().manager.hook.read_document(
            path=file, data=data, encoding=encoding
        )
    if document is None:
        if file.suffix.lower() in _HTML_SUFFIXES:
            raise UnreadableDocument(
                f"{file}: HTML needs a reader plugin; "
                "install 'claimdiff[html]' or save the page as text"
            )
        document = Document(id=file.stem, text=decode_text(data, os.fspath(file), encoding))
    when = parse_published(published) if isinstance(published, str) else published
    changes: dict[str, Any] = {"id": id or document.id or file.stem}
    for field, given in (("title", title), ("source", source), ("url", url)):
        if given is not None:
            changes[field] = given
    if when is not None:
        changes["published"] = when
        changes["published_from"] = "metadata"
    elif document.published is not None and document.published_from is None:
        changes["published_from"] = "metadata"
    return attrs.evolve(document, **changes)
