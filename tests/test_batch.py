"""Batch mode: inputs, one line per story, resuming, failures, local processes and Dask."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import claimdiff
from claimdiff import Claim, Document
from claimdiff._batch import (
    BatchError,
    PluginSpec,
    batch,
    read_articles,
    read_done,
)
from claimdiff._batch_cli import add_batch_command, run_batch
from fake_plugins import Digits
from helpers import plugins_of

# Only the digits test plugin: results do not depend on the built-in extractors.
DIGITS = PluginSpec(modules=("fake_plugins:Digits",), entry_points=False)

# Our own articles, two stories with given ids; digits differ so there is something to diff.
ARTICLES: list[dict[str, Any]] = [
    {
        "id": "tram-a",
        "story": "tram",
        "source": "City Post",
        "published": "2024-03-04",
        "text": "A tram left the rails on Elm Street on Monday. 12 people were hurt.\n",
    },
    {
        "id": "tram-b",
        "story": "tram",
        "source": "Evening Star",
        "published": "2024-03-04",
        "text": "A tram came off the tracks on Elm Street. 14 people were hurt.\n",
    },
    {
        "id": "dam-a",
        "story": "dam",
        "source": "Valley News",
        "published": "2024-03-05",
        "text": "Engineers opened the Orrin dam sluices after 3 days of rain.\n",
    },
    {
        "id": "dam-b",
        "story": "dam",
        "source": "River Times",
        "published": "2024-03-06",
        "text": "The Orrin dam sluices were opened after 3 days of heavy rain.\n",
    },
]


def write_jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def by_story(path: Path) -> dict[str, dict[str, Any]]:
    return {line["story"]: line for line in lines(path)}


def expected_report(articles: list[dict[str, Any]]) -> dict[str, Any]:
    docs = [
        Document.from_text(a["text"], a["id"], source=a["source"], published=a["published"])
        for a in articles
    ]
    return claimdiff.compare(docs, plugins=plugins_of(Digits())).to_dict()


def test_jsonl_gives_one_line_per_story_equal_to_compare(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    output = tmp_path / "out.jsonl"
    result = batch(source, output, workers=1, plugins=DIGITS)
    found = by_story(output)
    assert set(found) == {"tram", "dam"}
    assert found["tram"]["documents"] == ["tram-a", "tram-b"]
    assert found["tram"]["report"] == expected_report(ARTICLES[:2])
    assert found["dam"]["report"] == expected_report(ARTICLES[2:])
    conflicts = {row.story: row.conflicts for row in result.stories}
    tram_conflicts = sum(1 for d in found["tram"]["report"]["diffs"] if d["kind"] == "conflict")
    assert conflicts == {"tram": tram_conflicts, "dam": 0}
    assert tram_conflicts >= 1  # 12 vs 14 people
    assert (result.ran, result.skipped, result.failed) == (2, 0, ())


def test_summary_table_and_csv(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    summary = tmp_path / "summary.csv"
    result = batch(source, tmp_path / "out.jsonl", workers=1, plugins=DIGITS, summary=summary)
    table = result.table()
    assert table.splitlines()[0].split() == [
        "story",
        "documents",
        "claims",
        "conflicts",
        "problems",
    ]
    assert "2 stories, 4 documents" in table
    rows = list(csv.DictReader(summary.open(encoding="utf-8")))
    assert [row["story"] for row in rows] == ["dam", "tram"]
    assert all(row["documents"] == "2" for row in rows)


def test_articles_without_story_are_grouped(tmp_path: Path) -> None:
    loose = [{k: v for k, v in a.items() if k != "story"} for a in ARTICLES]
    source = write_jsonl(tmp_path / "articles.jsonl", loose)
    batch(source, tmp_path / "out.jsonl", workers=1, plugins=DIGITS)
    groups = sorted(tuple(line["documents"]) for line in lines(tmp_path / "out.jsonl"))
    assert groups == [("dam-a", "dam-b"), ("tram-a", "tram-b")]
    assert all(line["story"].startswith("auto-") for line in lines(tmp_path / "out.jsonl"))


def test_folder_tree_input(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    for article in ARTICLES:
        folder = root / article["story"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    (root / "tram" / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("Hidden text.\n", encoding="utf-8")
    ids = sorted(article.id for article in read_articles(root))
    assert ids == ["dam/dam-a", "dam/dam-b", "tram/tram-a", "tram/tram-b"]
    output = tmp_path / "out.jsonl"
    batch(root, output, workers=1, plugins=DIGITS, folders_are_stories=True)
    found = by_story(output)
    assert found["tram"]["documents"] == ["tram/tram-a", "tram/tram-b"]
    assert found["dam"]["documents"] == ["dam/dam-a", "dam/dam-b"]


def test_manifest_input_with_a_missing_file_reports_it_in_its_story(tmp_path: Path) -> None:
    for article in ARTICLES[:3]:
        (tmp_path / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
    entries = [
        {"path": f"{a['id']}.txt", "id": a["id"], "story": a["story"], "source": a["source"]}
        for a in ARTICLES
    ]  # dam-b.txt was never written
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"documents": entries}), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    result = batch(manifest, output, workers=1, plugins=DIGITS)
    found = by_story(output)
    assert found["dam"]["documents"] == ["dam-a", "dam-b"]
    problems = found["dam"]["report"]["problems"]
    assert [(p["doc"], p["kind"]) for p in problems] == [("dam-b", "read")]
    assert "no such file" in problems[0]["message"]
    assert [d["id"] for d in found["dam"]["report"]["documents"]] == ["dam-a"]
    assert found["tram"]["report"]["problems"] == []
    assert result.ran == 2


def test_a_failing_plugin_is_a_problem_not_a_stop(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    spec = PluginSpec(modules=("fake_plugins:Digits", "fake_plugins:Broken"), entry_points=False)
    output = tmp_path / "out.jsonl"
    result = batch(source, output, workers=1, plugins=spec)
    assert result.ran == 2
    for line in lines(output):
        assert {p["plugin"] for p in line["report"]["problems"]} == {"broken"}
        assert line["report"]["claims"]  # the digits still came through


def test_rerun_skips_stories_already_done(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    output = tmp_path / "out.jsonl"
    batch(source, output, workers=1, plugins=DIGITS)
    before = output.read_text(encoding="utf-8")
    again = batch(source, output, workers=1, plugins=DIGITS)
    assert (again.ran, again.skipped) == (0, 2)
    assert output.read_text(encoding="utf-8") == before
    assert {row.story for row in again.stories} == {"tram", "dam"}
    # Drop one story's line: only that story runs again.
    kept = [line for line in before.splitlines(keepends=True) if '"story":"dam"' not in line]
    output.write_text("".join(kept), encoding="utf-8")
    third = batch(source, output, workers=1, plugins=DIGITS)
    assert (third.ran, third.skipped) == (1, 1)
    assert sorted(output.read_text(encoding="utf-8").splitlines()) == sorted(before.splitlines())


def test_an_unfinished_last_line_is_dropped_and_redone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    output = tmp_path / "out.jsonl"
    batch(source, output, workers=1, plugins=DIGITS)
    complete = output.read_text(encoding="utf-8")
    first, second = complete.splitlines(keepends=True)
    output.write_text(first + second[: len(second) // 2], encoding="utf-8")  # killed mid-write
    assert set(read_done(output)) == {json.loads(first)["story"]}
    assert output.read_text(encoding="utf-8") == first
    assert "unfinished last line" in capsys.readouterr().err
    output.write_text(first + second[:40], encoding="utf-8")
    result = batch(source, output, workers=1, plugins=DIGITS)
    assert (result.ran, result.skipped) == (1, 1)
    assert sorted(output.read_text(encoding="utf-8").splitlines()) == sorted(complete.splitlines())


def test_a_file_that_is_not_batch_output_is_never_appended_to(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    other = tmp_path / "notes.txt"
    other.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(BatchError, match=r"notes\.txt:1"):
        batch(source, other, workers=1, plugins=DIGITS)
    assert other.read_text(encoding="utf-8") == "my notes\n"
    with pytest.raises(BatchError, match="overwrite the input"):
        batch(source, source, workers=1, plugins=DIGITS)


class StopsOnMarker:
    """Interrupts the run (like Ctrl-C) on a document holding the word STOP."""

    __name__ = "stops"

    @claimdiff.hookimpl
    def register_extractors(self, register):  # type: ignore[no-untyped-def]
        def extract(document: Document) -> list[Claim]:
            if "STOP" in document.text:
                raise KeyboardInterrupt
            return []

        register("stops", extract, kinds=("none",))


def test_an_interrupted_run_keeps_finished_stories(tmp_path: Path) -> None:
    # The given stories run in input order: tram first, then dam, whose text stops the run.
    stopping = [dict(a) for a in ARTICLES]
    stopping[3]["text"] += "STOP\n"
    source = write_jsonl(tmp_path / "articles.jsonl", stopping)
    output = tmp_path / "out.jsonl"
    spec = PluginSpec(
        modules=("fake_plugins:Digits", "test_batch:StopsOnMarker"), entry_points=False
    )
    with pytest.raises(KeyboardInterrupt):
        batch(source, output, workers=1, plugins=spec)
    assert [line["story"] for line in lines(output)] == ["tram"]
    write_jsonl(source, ARTICLES)
    result = batch(source, output, workers=1, plugins=spec)
    assert (result.ran, result.skipped) == (1, 1)
    assert [line["story"] for line in lines(output)] == ["tram", "dam"]


def test_local_processes_give_the_same_lines(tmp_path: Path) -> None:
    many = [
        {**a, "id": f"{a['id']}-{n}", "story": f"{a['story']}-{n}"}
        for n in range(3)
        for a in ARTICLES
    ]
    source = write_jsonl(tmp_path / "articles.jsonl", many)
    batch(source, tmp_path / "one.jsonl", workers=1, plugins=DIGITS)
    batch(source, tmp_path / "two.jsonl", workers=2, plugins=DIGITS)
    one = (tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()
    two = (tmp_path / "two.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(one) == 6
    assert sorted(one) == sorted(two)


def test_dask_local_cluster_gives_the_same_lines(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    batch(source, tmp_path / "local.jsonl", workers=1, plugins=DIGITS)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        result = batch(
            source, tmp_path / "dask.jsonl", scheduler=cluster.scheduler_address, plugins=DIGITS
        )
    assert (result.ran, result.failed) == (2, ())
    local = (tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines()
    remote = (tmp_path / "dask.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(local) == sorted(remote)


def test_missing_dask_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    with pytest.raises(BatchError, match=r"claimdiff\[dask\]"):
        batch(source, tmp_path / "out.jsonl", scheduler="tcp://127.0.0.1:1", plugins=DIGITS)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "x"}\n{broken\n', "articles.jsonl:2: not a JSON object"),
        ('{"id": "a", "text": "x"}\n\n[1, 2]\n', "articles.jsonl:3: not a JSON object"),
        ('{"id": "a"}\n', "articles.jsonl:1: an article needs an 'id' and a 'text'"),
        ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "already used on line 1"),
        ('{"id": "a", "text": "x", "published": "soon"}\n', "articles.jsonl:1: not an ISO"),
        ('{"id": "a", "text": "x", "story": 7}\n', "articles.jsonl:1: 'story' must be a string"),
        ("", "holds no articles"),
    ],
)
def test_bad_jsonl_names_the_line(tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(BatchError, match=message.replace("[", r"\[")):
        read_articles(source)


def test_bad_plugin_or_kind_stops_before_running(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    with pytest.raises(BatchError, match="unknown claim kind"):
        batch(source, tmp_path / "o.jsonl", workers=1, plugins=DIGITS, kinds=["nonsense"])
    with pytest.raises(BatchError, match="no_such_module"):
        batch(source, tmp_path / "o.jsonl", plugins=PluginSpec(modules=("no_such_module",)))
    assert not (tmp_path / "o.jsonl").exists()


def cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="claimdiff")
    add_batch_command(parser.add_subparsers(dest="command"))
    return run_batch(parser.parse_args(argv))


def test_cli_runs_and_prints_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    output = tmp_path / "out.jsonl"
    argv = ["batch", str(source), "--output", str(output), "--workers", "1"]
    argv += ["--plugin-module", "fake_plugins:Digits", "--plugins", "digits", "--summary"]
    status = cli([*argv, str(tmp_path / "s.csv")])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "2 stories, 4 documents" in out
    assert err == ""  # no progress bar when stderr is not a terminal
    assert set(by_story(output)) == {"tram", "dam"}
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").startswith("story,documents")


@pytest.mark.parametrize(
    ("make_input", "message"),
    [
        (lambda p: p / "missing.jsonl", "missing.jsonl: no such file or folder"),
        (
            lambda p: write_jsonl(p / "bad.jsonl", [{"id": "a"}]),
            "bad.jsonl:1: an article needs",
        ),
    ],
)
def test_cli_bad_input_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make_input: Any, message: str
) -> None:
    status = cli(["batch", str(make_input(tmp_path)), "--output", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert message in err
