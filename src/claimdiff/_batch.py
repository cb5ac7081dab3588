"""Batch mode: many stories at once, on local processes or on a Dask cluster.

Input is a folder tree of article files, a JSON Lines file of articles, or a manifest. Articles
without a story id are grouped into stories (:mod:`claimdiff._stories`). Each story is compared
by :func:`run_story` — the same function on local processes and on Dask workers — and its
result is appended to a JSON Lines output as soon as it finishes, so an interrupted run keeps
what it did and a rerun skips the stories already in the output.

Plugins cannot be sent to other processes as loaded objects; they are named by a
:class:`PluginSpec` (entry-point names, and importable ``module`` or ``module:Attribute``
paths) that every worker loads once for itself.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from claimdiff._registry import describe_error
from claimdiff._stories import WINDOW_DAYS, Story, StoryFeatures, features_of, group_features
from claimdiff._stories import story_id_for as _story_id_for
from claimdiff._types import Document, Problem, Report

if TYPE_CHECKING:
    import datetime as dt

    from claimdiff._plugins import LoadedPlugins

#: File names a folder-tree input takes as articles; anything else in the tree is ignored.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
#: Stories handed out ahead of the workers: bounds memory while keeping every worker busy.
TASKS_AHEAD_PER_WORKER = 2
#: Rows in the summary table printed at the end (the CSV file has them all).
SUMMARY_ROWS = 40
_JSONL_FIELDS = ("id", "text", "title", "source", "url", "published", "story")
_MANIFEST_FIELDS = ("path", "id", "title", "source", "url", "published", "story")


class BatchError(ValueError):
    """Bad batch input or output: the message is one line naming the file (and line)."""


# ----------------------------------------------------------------------------- plugins


@attrs.frozen
class PluginSpec:
    """Which plugins to load, in a form every worker process can load again by itself.

    ``only``/``block`` select entry points by name as in :func:`claimdiff.load_plugins`;
    ``modules`` adds plugins by import path, ``"package.module"`` or
    ``"package.module:Attribute"`` (a class is instantiated); ``entry_points=False`` loads
    only ``modules``.
    """

    only: tuple[str, ...] | None = None
    block: tuple[str, ...] = ()
    modules: tuple[str, ...] = ()
    entry_points: bool = True

    def load(self) -> LoadedPlugins:
        """The plugins, loaded once per process (workers run many stories)."""
        with _plugin_lock:
            loaded = _plugin_cache.get(self)
            if loaded is None:
                from claimdiff._plugins import default_plugins, load_plugins

                if self == PluginSpec():
                    loaded = default_plugins()
                else:
                    loaded = load_plugins(
                        plugins=[_import_plugin(path) for path in self.modules],
                        only=self.only,
                        block=self.block,
                        entry_points=self.entry_points,
                    )
                _plugin_cache[self] = loaded
            return loaded


_plugin_cache: dict[PluginSpec, LoadedPlugins] = {}
_plugin_lock = threading.Lock()


def _import_plugin(path: str) -> object:
    module_name, _, attribute = path.partition(":")
    module = importlib.import_module(module_name)
    if not attribute:
        return module
    plugin = getattr(module, attribute)
    return plugin() if isinstance(plugin, type) else plugin


# ----------------------------------------------------------------------------- input


@attrs.frozen
class Article:
    """One article of the input: its text, or the file to read it from, and its metadata."""

    id: str
    story: str | None = None
    path: Path | None = None
    text: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None

    def read(self, encoding: str | None = None) -> Document:
        """The article as a document; raises :class:`claimdiff.UnreadableDocument`."""
        if self.text is not None:
            return Document(
                id=self.id,
                text=self.text,
                title=self.title,
                source=self.source,
                url=self.url,
                published=self.published,
                published_from="metadata" if self.published is not None else None,
            )
        from claimdiff._reading import read_document

        assert self.path is not None
        return read_document(
            self.path,
            id=self.id,
            title=self.title,
            source=self.source,
            url=self.url,
            published=self.published,
            encoding=encoding,
        )


def read_articles(
    path: str | os.PathLike[str], *, folders_are_stories: bool = False
) -> list[Article]:
    """The articles of a batch input: a folder tree, a JSON Lines file or a manifest.

    A ``.json`` file is a manifest (``{"documents": [{"path": ...}, ...]}``, as for
    ``claimdiff compare --manifest``, plus an optional ``story``); any other file is JSON Lines,
    one article object a line (``id`` and ``text`` required; ``title``, ``source``, ``url``,
    ``published``, ``story`` optional). In a folder tree, every article file is an article
    whose id is its path below the folder; with ``folders_are_stories`` the folder holding a
    file names its story. Raises :class:`BatchError` naming the file and line.
    """
    source = Path(path)
    if not source.exists():
        raise BatchError(f"{source}: no such file or folder")
    if source.is_dir():
        articles = _folder_articles(source, folders_are_stories)
    elif source.suffix.lower() == ".json":
        articles = _manifest_articles(source)
    else:
        articles = _jsonl_articles(source)
    if not articles:
        raise BatchError(f"{source}: holds no articles")
    return articles


def _folder_articles(root: Path, folders_are_stories: bool) -> list[Article]:
    files = sorted(
        file
        for file in root.rglob("*")
        if file.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in file.relative_to(root).parts)
        and file.is_file()
    )
    stems = Counter(file.relative_to(root).with_suffix("").as_posix() for file in files)
    articles = []
    for file in files:
        relative = file.relative_to(root)
        stem = relative.with_suffix("").as_posix()
        # The id drops the suffix unless two files differ only by it.
        doc_id = stem if stems[stem] == 1 else relative.as_posix()
        folder = relative.parent.as_posix()
        story = folder if folders_are_stories and folder != "." else None
        articles.append(Article(id=doc_id, story=story, path=file))
    return articles


def _optional_string(where: str, entry: dict[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BatchError(f"{where}: {key!r} must be a string")
    return value


def _published(where: str, value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    from claimdiff._reading import parse_published

    try:
        return parse_published(value)
    except ValueError as error:
        raise BatchError(f"{where}: {error}") from None


def _jsonl_articles(path: Path) -> list[Article]:
    articles = []
    seen: dict[str, int] = {}
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError as error:
        raise BatchError(f"{path}: cannot be read ({error.strerror or error})") from None
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError as error:
                    raise BatchError(f"{where}: not a JSON object ({error.msg})") from None
                if not isinstance(entry, dict):
                    raise BatchError(f"{where}: not a JSON object")
                doc_id = _optional_string(where, entry, "id")
                text = _optional_string(where, entry, "text")
                if not doc_id or text is None:
                    raise BatchError(f"{where}: an article needs an 'id' and a 'text' string")
                if doc_id in seen:
                    raise BatchError(f"{where}: id {doc_id!r} already used on line {seen[doc_id]}")
                seen[doc_id] = number
                articles.append(
                    Article(
                        id=doc_id,
                        story=_optional_string(where, entry, "story"),
                        text=text,
                        title=_optional_string(where, entry, "title"),
                        source=_optional_string(where, entry, "source"),
                        url=_optional_string(where, entry, "url"),
                        published=_published(where, _optional_string(where, entry, "published")),
                    )
                )
        except UnicodeDecodeError:
            raise BatchError(f"{path}:{number + 1}: not UTF-8 text") from None
    return articles


def _manifest_articles(path: Path) -> list[Article]:
    from claimdiff._reading import UnreadableDocument, read_manifest

    try:
        entries = read_manifest(path)
    except UnreadableDocument as error:
        raise BatchError(str(error)) from None
    articles = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        where = f"{path}: document {number}"
        file = Path(entry["path"])
        doc_id = entry.get("id") or file.stem
        if doc_id in seen:
            raise BatchError(f"{where}: id {doc_id!r} is used twice; give distinct ids")
        seen.add(doc_id)
        articles.append(
            Article(
                id=doc_id,
                story=entry.get("story"),
                path=file,
                title=entry.get("title"),
                source=entry.get("source"),
                url=entry.get("url"),
                published=_published(where, entry.get("published")),
            )
        )
    return articles


def plan_stories(
    articles: Sequence[Article],
    *,
    window_days: float = WINDOW_DAYS,
    encoding: str | None = None,
) -> list[Story]:
    """The stories to run: given story ids first (in order of first article), then the
    articles without one, grouped (see :mod:`claimdiff._stories`), by first article id.

    An article whose file cannot be read cannot be grouped: it becomes a story of its own,
    whose report then names the problem.
    """
    given: dict[str, list[str]] = {}
    features: list[StoryFeatures] = []
    alone: list[str] = []
    for article in articles:
        if article.story is not None:
            given.setdefault(article.story, []).append(article.id)
            continue
        try:
            features.append(features_of(article.read(encoding)))
        except ValueError:  # UnreadableDocument; the story's run reports it
            alone.append(article.id)
    stories = [Story(story, tuple(sorted(ids))) for story, ids in given.items()]
    grouped = group_features(features, window_days=window_days) + [
        Story(_story_id_for([doc_id]), (doc_id,)) for doc_id in alone
    ]
    taken = set(given)
    for story in sorted(grouped, key=lambda story: story.documents[0]):
        if story.id in taken:  # an automatic id that someone used as a given id
            raise BatchError(f"story id {story.id!r} is given in the input and also made up")
        stories.append(story)
    return stories


# ----------------------------------------------------------------------------- one story


@attrs.frozen
class CompareOptions:
    """How each story is compared; sent with every story to the workers."""

    plugins: PluginSpec = PluginSpec()
    kinds: tuple[str, ...] | None = None
    timeout: float | None = 60.0
    threshold: float | None = None


@attrs.frozen
class StoryTask:
    """Everything a worker needs for one story: the documents themselves, not file names,
    so that Dask workers on other machines need no shared file system."""

    story: str
    document_ids: tuple[str, ...]
    documents: tuple[Document, ...]
    problems: tuple[Problem, ...]
    options: CompareOptions


def run_story(task: StoryTask) -> dict[str, Any]:
    """Compare one story; returns its output line as data. Never raises for a bad document
    or a failing plugin: those become problems in the report."""
    from claimdiff._compare import compare

    problems = list(task.problems)
    report: Report | None = None
    try:
        loaded = task.options.plugins.load()
        extra: dict[str, Any] = {}
        if task.options.threshold is not None:
            extra["threshold"] = task.options.threshold
        report = compare(
            task.documents,
            plugins=loaded,
            kinds=task.options.kinds,
            timeout=task.options.timeout,
            **extra,
        )
    except Exception as error:
        problems.append(Problem("claimdiff", f"the story failed: {describe_error(error)}"))
    if report is None:
        report = Report(tuple(sorted(task.documents, key=lambda d: d.id)), (), (), ())
    if problems:
        report = attrs.evolve(report, problems=(*problems, *report.problems))
    return {"story": task.story, "documents": list(task.document_ids), "report": report.to_dict()}


def _task_for(
    story: Story, articles: dict[str, Article], options: CompareOptions, encoding: str | None
) -> StoryTask:
    documents = []
    problems = []
    for doc_id in story.documents:
        try:
            documents.append(articles[doc_id].read(encoding))
        except ValueError as error:  # UnreadableDocument, or a bad date from a reader
            problems.append(Problem("claimdiff", str(error), doc=doc_id, kind="read"))
    return StoryTask(story.id, story.documents, tuple(documents), tuple(problems), options)


# ----------------------------------------------------------------------------- output


@attrs.frozen
class StorySummary:
    """One row of the summary table."""

    story: str
    documents: int
    claims: int
    conflicts: int
    problems: int
    earlier: bool = False  # found in the output from an earlier run
    document_ids: tuple[str, ...] = attrs.field(default=(), eq=False, repr=False)

    @classmethod
    def of_line(cls, line: dict[str, Any], *, earlier: bool = False) -> StorySummary:
        report = line.get("report") or {}
        diffs = report.get("diffs") or []
        return cls(
            story=str(line["story"]),
            documents=len(line.get("documents") or []),
            claims=len(report.get("claims") or []),
            conflicts=sum(1 for diff in diffs if diff.get("kind") == "conflict"),
            problems=len(report.get("problems") or []),
            earlier=earlier,
            document_ids=tuple(str(doc) for doc in line.get("documents") or []),
        )


@attrs.frozen
class BatchResult:
    """What a batch run did: a summary row per story in the output, and what could not run."""

    output: Path
    stories: tuple[StorySummary, ...]
    ran: int
    skipped: int
    #: Stories that could not be run at all (a worker died, the cluster went away), with why.
    #: They are not written to the output, so the next run tries them again.
    failed: tuple[tuple[str, str], ...] = ()

    def table(self, limit: int | None = SUMMARY_ROWS) -> str:
        """The summary as a text table, most conflicts first, with totals."""
        rows = sorted(self.stories, key=lambda row: (-row.conflicts, -row.problems, row.story))
        shown = rows if limit is None else rows[:limit]
        width = max([len("story"), *(len(row.story) for row in shown)])
        lines = [f"{'story':<{width}}  documents  claims  conflicts  problems"]
        for row in shown:
            lines.append(
                f"{row.story:<{width}}  {row.documents:>9}  {row.claims:>6}  "
                f"{row.conflicts:>9}  {row.problems:>8}"
            )
        if len(rows) > len(shown):
            lines.append(f"... {len(rows) - len(shown)} more stories (all of them: --summary FILE)")
        lines.append(
            f"{len(rows)} stories, {sum(r.documents for r in rows)} documents, "
            f"{sum(r.conflicts for r in rows)} conflicts, {sum(r.problems for r in rows)} "
            f"problems; {self.ran} run now, {self.skipped} already done"
            + (f", {len(self.failed)} could not run" if self.failed else "")
        )
        return "\n".join(lines) + "\n"

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        """The summary, one row per story, as CSV."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["story", "documents", "claims", "conflicts", "problems"])
        for row in sorted(self.stories, key=lambda row: row.story):
            writer.writerow([row.story, row.documents, row.claims, row.conflicts, row.problems])
        Path(path).write_text(buffer.getvalue(), encoding="utf-8")


#: Every line this module writes starts so (``story`` is the first key, compact separators).
_LINE_START = b'{"story":'


def read_done(output: Path) -> dict[str, StorySummary]:
    """The stories already in ``output``, by story id, as summary rows.

    An unfinished last line (a run stopped while writing it) is cut off the file; any other
    line that is not a batch result is an error, so a wrong ``--output`` is never touched.
    """
    if not output.exists():
        return {}
    if not output.is_file():
        raise BatchError(f"{output}: not a file")
    done: dict[str, StorySummary] = {}
    good_end = 0
    with output.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            line = _batch_line(raw) if raw.endswith(b"\n") else None
            if line is None and raw.strip():
                if not raw.endswith(b"\n") and raw.startswith(_LINE_START):
                    break  # the last line, cut short: dropped below
                raise BatchError(
                    f"{output}:{number}: not a batch result line; give a new --output file "
                    "or one an earlier batch run wrote"
                )
            if line is not None:
                done[str(line["story"])] = StorySummary.of_line(line, earlier=True)
            good_end += len(raw)
    if good_end < output.stat().st_size:
        with output.open("r+b") as handle:
            handle.truncate(good_end)
        print(f"claimdiff: dropped an unfinished last line from {output}", file=sys.stderr)
    return done


def _batch_line(raw: bytes) -> dict[str, Any] | None:
    try:
        line = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(line, dict) and isinstance(line.get("story"), str):
        return line
    return None


# ----------------------------------------------------------------------------- running


def batch(
    input: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    summary: str | os.PathLike[str] | None = None,
    kinds: Collection[str] | None = None,
    plugins: PluginSpec | None = None,
    window_days: float = WINDOW_DAYS,
    folders_are_stories: bool = False,
    timeout: float | None = 60.0,
    threshold: float | None = None,
    encoding: str | None = None,
    progress: bool | None = None,
) -> BatchResult:
    """Compare many stories: one report per story, appended to ``output`` (JSON Lines).

    ``input`` is a folder tree, a JSON Lines file or a manifest (see :func:`read_articles`);
    articles without a story id are grouped into stories of one event within
    ``window_days``. Each output line is ``{"story": id, "documents": [ids], "report":
    Report.to_dict()}``, written and flushed as its story finishes; stories already in
    ``output`` are skipped, so an interrupted run is resumed by running it again. Documents
    that cannot be read and plugins that fail are problems in their story's report.

    Runs on ``workers`` local processes (default: one per CPU; 1 runs in this process), or on
    the Dask cluster whose scheduler is at ``scheduler`` (``"tcp://host:port"``; needs
    ``claimdiff[dask]``, and claimdiff plus the plugins installed on the workers).
    ``plugins`` names the plugins each worker loads (default: the installed ones).
    ``progress`` shows a progress bar on stderr (default: when stderr is a terminal).
    ``summary`` also writes the summary as CSV. Raises :class:`BatchError` on bad input.
    """
    output_path = Path(output)
    if window_days <= 0:
        raise BatchError("the time window must be more than 0 days")
    if workers is not None and workers < 1:
        raise BatchError("workers must be at least 1")
    if Path(input).exists() and output_path.exists() and output_path.samefile(input):
        raise BatchError(f"{output_path}: the output would overwrite the input")
    if not output_path.resolve().parent.is_dir():
        raise BatchError(f"{output_path}: the folder does not exist")
    spec = plugins or PluginSpec()
    options = CompareOptions(
        plugins=spec,
        kinds=tuple(sorted(kinds)) if kinds is not None else None,
        timeout=timeout,
        threshold=threshold,
    )
    _check_plugins(options)
    articles = read_articles(input, folders_are_stories=folders_are_stories)
    stories = plan_stories(articles, window_days=window_days, encoding=encoding)
    done = read_done(output_path)
    by_id = {article.id: article for article in articles}
    pending = [story for story in stories if story.id not in done]
    for story in stories:
        earlier = done.get(story.id)
        if earlier is not None and sorted(earlier.document_ids) != list(story.documents):
            print(
                f"claimdiff: warning: story {story.id} is already in {output_path} with other "
                "documents; kept as it is (delete its line to run it again)",
                file=sys.stderr,
            )
    summaries = dict(done)
    failed: list[tuple[str, str]] = []
    ran = 0

    def tasks() -> Iterator[StoryTask]:
        for story in pending:
            yield _task_for(story, by_id, options, encoding)

    show_progress = sys.stderr.isatty() if progress is None else progress
    with (
        output_path.open("a", encoding="utf-8") as out,
        _Progress(len(pending), show_progress) as bar,
    ):

        def finished(story: str, line: dict[str, Any] | None, error: str | None) -> None:
            nonlocal ran
            if line is None:
                failed.append((story, error or "unknown error"))
                print(f"claimdiff: story {story} could not run: {error}", file=sys.stderr)
            else:
                out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
                out.flush()
                summaries[story] = StorySummary.of_line(line)
                ran += 1
            bar.advance()

        if scheduler is not None:
            _run_dask(scheduler, tasks(), finished)
        else:
            count = workers or os.cpu_count() or 1
            _run_local(min(count, max(len(pending), 1)), tasks(), finished)
    result = BatchResult(
        output=output_path,
        stories=tuple(summaries[key] for key in sorted(summaries)),
        ran=ran,
        skipped=len(stories) - len(pending),
        failed=tuple(failed),
    )
    if summary is not None:
        result.write_csv(summary)
    return result


def _check_plugins(options: CompareOptions) -> None:
    """Load the plugins here once, so a wrong name or kind stops the run before it starts."""
    from claimdiff._compare import _check_kinds
    from claimdiff._plugins import PluginError

    try:
        loaded = options.plugins.load()
        _check_kinds(options.kinds, loaded)
    except PluginError as error:
        raise BatchError(str(error)) from None
    except (ImportError, AttributeError) as error:
        modules = ", ".join(options.plugins.modules)
        raise BatchError(f"cannot load plugin module(s) {modules}: {error}") from None


Finished = Callable[[str, "dict[str, Any] | None", "str | None"], None]


def _run_local(workers: int, tasks: Iterable[StoryTask], finished: Finished) -> None:
    if workers == 1:
        # In this process: no pickling, and the per-extractor time limit works (main thread).
        for task in tasks:
            finished(task.story, run_story(task), None)
        return
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    ahead = workers * TASKS_AHEAD_PER_WORKER
    running: dict[Future[dict[str, Any]], str] = {}
    queue = iter(tasks)
    executor = ProcessPoolExecutor(max_workers=workers)
    try:
        exhausted = False
        while True:
            while not exhausted and len(running) < ahead:
                next_task = next(queue, None)
                if next_task is None:
                    exhausted = True
                    break
                running[executor.submit(run_story, next_task)] = next_task.story
            if not running:
                break
            complete, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(complete, key=lambda f: running[f]):
                story = running.pop(future)
                error = future.exception()
                if error is None:
                    finished(story, future.result(), None)
                else:
                    finished(story, None, describe_error(error))
    finally:
        # On Ctrl-C: drop the queued stories; what was written stays written.
        executor.shutdown(wait=True, cancel_futures=True)


def _run_dask(address: str, tasks: Iterable[StoryTask], finished: Finished) -> None:
    try:
        # Typed as Any: dask's annotations are partial.
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError:
        raise BatchError(
            "running on a Dask cluster needs Dask: pip install 'claimdiff[dask]'"
        ) from None
    try:
        client = distributed.Client(address, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise BatchError(
            f"cannot reach the Dask scheduler at {address}: {describe_error(error)}"
        ) from None
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        ahead = workers * TASKS_AHEAD_PER_WORKER
        queue = iter(tasks)
        running = distributed.as_completed()
        stories: dict[Any, str] = {}

        def submit() -> bool:
            task = next(queue, None)
            if task is None:
                return False
            future = client.submit(run_story, task, pure=False)
            stories[future.key] = task.story
            running.add(future)
            return True

        for _ in range(ahead):
            if not submit():
                break
        for future in running:
            story = stories.pop(future.key)
            try:
                line = future.result()
            except Exception as error:  # a worker died or the task was lost
                finished(story, None, describe_error(error))
            else:
                finished(story, line, None)
            future.release()
            submit()
    finally:
        client.close()


class _Progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        if enabled and total:
            try:
                from rich.console import Console
                from rich.progress import (
                    BarColumn,
                    MofNCompleteColumn,
                    Progress,
                    TextColumn,
                    TimeRemainingColumn,
                )
            except ImportError:  # rich is optional: no bar, same results
                return

            self._bar = Progress(
                TextColumn("stories"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._task = self._bar.add_task("stories", total=total)

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)
