"""The HTML reader: main text through trafilatura, title/outlet/URL/date from page metadata."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import ModuleType

import pytest

import claimdiff
from claimdiff import Document, UnreadableDocument
from claimdiff_plugins import boilerplate, html
from helpers import plugins_of

PAGES = Path(__file__).parent / "data" / "html"


@pytest.fixture
def trafilatura() -> ModuleType:
    module: ModuleType = pytest.importorskip("trafilatura")
    return module


def read(path: Path, encoding: str | None = None) -> Document | None:
    return html.read_document(path=path, data=path.read_bytes(), encoding=encoding)


def test_page_with_open_graph_metadata(trafilatura: ModuleType) -> None:
    doc = read(PAGES / "harbour-courier.html")
    assert doc is not None
    assert doc.id == "harbour-courier"
    assert doc.title == "Ferry runs aground off Kessel Island, all passengers rescued"
    assert doc.source == "Harbour Courier"
    assert doc.url == "https://harbour-courier.example/news/ferry-aground-kessel"
    assert doc.published == dt.datetime(
        2024, 3, 12, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert doc.published_from == "metadata"
    assert doc.metadata["author"] == "Elin Marsh"


def test_main_text_keeps_the_article_and_drops_page_furniture(trafilatura: ModuleType) -> None:
    doc = read(PAGES / "harbour-courier.html")
    assert doc is not None
    assert "A passenger ferry carrying 212 people ran aground" in doc.text
    assert "“The sea was calm and the crew followed every procedure,”" in doc.text
    assert "run a replacement service from Friday" in doc.text
    for furniture in ("cookies", "Weather", "Storm warning", "newsletter", "All rights reserved"):
        assert furniture not in doc.text
    # Paragraphs are separated like a saved text article.
    assert "\n\nAll passengers and 14 crew members" in doc.text


def test_json_ld_metadata_and_a_page_saved_without_suffix(trafilatura: ModuleType) -> None:
    path = PAGES / "island-gazette.saved"
    assert html.looks_like_html(path.read_bytes())
    doc = read(path)
    assert doc is not None
    assert doc.id == "island-gazette"
    assert doc.title == "Stranded ferry still stuck on sandbank"
    assert doc.source == "Island Gazette"
    assert doc.url == "https://gazette.example/2024/03/ferry-stuck"
    assert doc.published == dt.date(2024, 3, 14)
    assert doc.published_from == "metadata"
    assert "refloat the ship next week" in doc.text
    assert "Tweet" not in doc.text


def test_page_without_metadata_has_no_date(trafilatura: ModuleType) -> None:
    doc = read(PAGES / "title-only.htm")
    assert doc is not None
    assert doc.title == "Coast guard praises ferry crew"
    assert doc.source is None and doc.url is None
    assert doc.published is None and doc.published_from is None
    assert doc.text.startswith("The coast guard praised the crew")


def test_document_from_path_uses_the_plugin(trafilatura: ModuleType) -> None:
    doc = Document.from_path(PAGES / "harbour-courier.html", source="Courier (print)")
    assert doc.source == "Courier (print)"  # what the user gives wins over the page
    assert doc.title == "Ferry runs aground off Kessel Island, all passengers rescued"
    assert doc.published_from == "metadata"
    assert "<p>" not in doc.text


def test_page_with_no_article_is_unreadable(trafilatura: ModuleType) -> None:
    path = PAGES / "nav-only.html"
    with pytest.raises(UnreadableDocument, match=r"nav-only\.html: no main text"):
        read(path)


@pytest.mark.parametrize(
    "data",
    [b"   \n", b"\x00\x01\x02\x03" * 100, b"<html><body></body></html>", b"<html>" + b"<" * 5000],
    ids=["blank", "binary", "empty-body", "broken"],
)
def test_bad_html_is_unreadable_and_names_the_file(
    trafilatura: ModuleType, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "broken-page.html"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument, match=r"broken-page\.html"):
        read(path)


def test_given_encoding_is_used(trafilatura: ModuleType, tmp_path: Path) -> None:
    page = (PAGES / "title-only.htm").read_text(encoding="utf-8")
    page = page.replace("praised the crew", "praised the équipe")
    path = tmp_path / "latin.html"
    path.write_bytes(page.encode("latin-1"))
    doc = read(path, encoding="latin-1")
    assert doc is not None and "praised the équipe" in doc.text
    with pytest.raises(UnreadableDocument, match=r"latin\.html: not valid utf-8"):
        read(path, encoding="utf-8")


def test_other_files_are_left_to_other_readers(tmp_path: Path) -> None:
    text_file = tmp_path / "article.txt"
    text_file.write_text("The ferry ran aground on Tuesday.\n", encoding="utf-8")
    assert read(text_file) is None
    markdown = tmp_path / "article.md"
    markdown.write_text("# Ferry aground\n\n<b>bold</b> words in Markdown.\n", encoding="utf-8")
    assert read(markdown) is None


def test_missing_trafilatura_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A None entry in sys.modules makes `import trafilatura` raise ImportError.
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    path = tmp_path / "saved.html"
    path.write_bytes((PAGES / "title-only.htm").read_bytes())
    with pytest.raises(UnreadableDocument) as raised:
        read(path)
    message = str(raised.value)
    assert "saved.html" in message
    assert "trafilatura" in message
    assert "pip install 'claimdiff[html]'" in message
    # Plain text never needs it.
    text_file = tmp_path / "article.txt"
    text_file.write_text("The ferry ran aground.\n", encoding="utf-8")
    assert read(text_file) is None


def test_html_document_goes_through_the_pipeline(trafilatura: ModuleType) -> None:
    doc = read(PAGES / "harbour-courier.html")
    assert doc is not None
    report = claimdiff.extract(doc, plugins=plugins_of(boilerplate, html), strict=True)
    # trafilatura already dropped the banner and footer: nothing left to mark.
    assert report.documents[0].boilerplate == ()
    assert report.problems == ()
