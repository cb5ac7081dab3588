"""The ``claimdiff`` command line. Imports stay inside the commands so ``--help`` is fast."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from claimdiff._plugins import LoadedPlugins
    from claimdiff._types import Document, Report

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
FORMATS = ("text", "json", "markdown", "html")


class UsageError(Exception):
    """Bad usage or unreadable input: one line on stderr, exit status 2."""


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kinds", type=_names, help="only these claim kinds, comma-separated")
    parser.add_argument("--plugins", type=_names, help="load only these plugins (default: all)")
    parser.add_argument("--block", type=_names, default=[], help="plugins or extractors to skip")
    parser.add_argument("--strict", action="store_true", help="stop on the first plugin failure")
    parser.add_argument("--encoding", help="encoding of the input files (default: UTF-8)")
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds per extractor per document"
    )
    parser.add_argument("--output", "-o", type=Path, help="write the report to this file")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdiff",
        description="Compare news reports of one event claim by claim: where they agree, "
        "where one is more precise, where they conflict, and what only one reports.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    compare = commands.add_parser("compare", help="compare several reports of one event")
    compare.add_argument("files", nargs="*", type=Path, metavar="FILE", help="article files")
    compare.add_argument("--manifest", type=Path, help="JSON list of documents (see docs)")
    compare.add_argument(
        "--published",
        action="append",
        default=[],
        metavar="ID=DATE",
        help="publication date of a document (ISO 8601); repeatable",
    )
    compare.add_argument("--format", "-f", choices=FORMATS, help="default: text")
    compare.add_argument("--threshold", type=float, help="alignment threshold in [0, 1]")
    compare.add_argument("--workers", type=int, default=1, help="processes for extraction")
    _add_common(compare)

    extract = commands.add_parser("extract", help="print the claims of one document")
    extract.add_argument("file", type=Path, metavar="FILE")
    extract.add_argument("--published", metavar="DATE", help="publication date (ISO 8601)")
    extract.add_argument("--format", "-f", choices=("text", "json"), help="default: text")
    _add_common(extract)

    from claimdiff._batch_cli import add_batch_command

    add_batch_command(commands)

    plugins = commands.add_parser("plugins", help="list the installed plugins")
    plugins.add_argument("--format", "-f", choices=("text", "json"), default="text")
    return parser


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


def _load(args: argparse.Namespace) -> LoadedPlugins:
    from claimdiff._plugins import PluginError, load_plugins

    try:
        return load_plugins(only=args.plugins, block=args.block, strict=args.strict)
    except PluginError as error:
        _fail(str(error))


def _read(path: Path, encoding: str | None, **fields: Any) -> Document:
    from claimdiff._reading import UnreadableDocument, read_document

    try:
        return read_document(path, encoding=encoding, **fields)
    except UnreadableDocument as error:
        _fail(str(error))
    except ValueError as error:  # a bad published date
        _fail(f"{path}: {error}")


def _manifest_documents(path: Path, encoding: str | None) -> list[Document]:
    from claimdiff._reading import UnreadableDocument, read_manifest

    try:
        entries = read_manifest(path)
    except UnreadableDocument as error:
        _fail(str(error))
    documents = []
    for entry in entries:
        entry.pop("story", None)  # a batch field; compare is one story
        documents.append(_read(Path(entry.pop("path")), encoding, **entry))
    return documents


def _published_overrides(values: Sequence[str]) -> dict[str, str]:
    overrides = {}
    for value in values:
        doc_id, sep, date = value.partition("=")
        if not sep or not doc_id or not date:
            _fail(f"--published takes ID=DATE, not {value!r}")
        overrides[doc_id] = date
    return overrides


def _write(text: str, output: Path | None) -> None:
    """Print, or write the whole file at once so a failure never leaves half a report."""
    if output is None:
        sys.stdout.write(text)
        return
    directory = output.resolve().parent
    if not directory.is_dir():
        _fail(f"{output}: the folder does not exist")
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{output.name}.")
    try:
        with open(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        # mkstemp makes the file private; give the report the permissions of any new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, output)
    except BaseException:
        os.unlink(temporary)
        raise


def _render(report: Report, fmt: str, color: bool) -> str:
    if fmt == "json":
        return report.to_json()
    if fmt == "html":
        from claimdiff._html import render_html

        return render_html(report)
    from claimdiff._render import render_markdown, render_text

    return render_markdown(report) if fmt == "markdown" else render_text(report, color=color)


def _warn_problems(report: Report, output: Path | None, fmt: str) -> None:
    # The text formats list problems themselves; say them on stderr where they'd be unseen.
    if fmt == "json" or output is not None:
        for problem in report.problems:
            where = f" on {problem.doc}" if problem.doc else ""
            print(
                f"claimdiff: warning: {problem.plugin}{where}: {problem.message}", file=sys.stderr
            )


#: Fewer documents than this finish too fast for a progress bar to help.
PROGRESS_MIN_DOCUMENTS = 20


@contextlib.contextmanager
def _progress_bar(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr for long runs, only when stderr is a terminal."""
    if total < PROGRESS_MIN_DOCUMENTS or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        yield lambda done, _total: bar.update(task, completed=done)


def _run_compare(args: argparse.Namespace) -> int:
    import attrs

    from claimdiff._compare import compare
    from claimdiff._reading import parse_published

    if args.manifest and args.files:
        _fail("give either FILE arguments or --manifest, not both")
    if not args.manifest and not args.files:
        _fail("nothing to compare: give article files or --manifest M.json")
    if args.threshold is not None and not 0 <= args.threshold <= 1:
        _fail("--threshold must be between 0 and 1")
    documents = (
        _manifest_documents(args.manifest, args.encoding)
        if args.manifest
        else [_read(path, args.encoding) for path in args.files]
    )
    overrides = _published_overrides(args.published)
    known = {document.id for document in documents}
    if unknown := set(overrides) - known:
        _fail(f"--published names unknown document id(s): {', '.join(sorted(unknown))}")
    try:
        documents = [
            attrs.evolve(d, published=parse_published(overrides[d.id]), published_from="metadata")
            if d.id in overrides
            else d
            for d in documents
        ]
    except ValueError as error:
        _fail(f"--published: {error}")
    if len(known) != len(documents):
        _fail("two documents have the same id; give them ids in a manifest")
    loaded = _load(args)
    from claimdiff._plugins import PluginError

    options: dict[str, Any] = {"kinds": args.kinds, "strict": args.strict, "timeout": args.timeout}
    if args.threshold is not None:
        options["threshold"] = args.threshold
    if args.workers < 1:
        _fail("--workers must be at least 1")
    try:
        with _progress_bar(len(documents)) as progress:
            report = compare(
                documents, plugins=loaded, workers=args.workers, progress=progress, **options
            )
    except PluginError as error:
        _fail(str(error))
    fmt = args.format or "text"
    color = args.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _write(_render(report, fmt, color), args.output)
    _warn_problems(report, args.output, fmt)
    return EXIT_OK


def _run_extract(args: argparse.Namespace) -> int:
    from claimdiff._compare import extract
    from claimdiff._plugins import PluginError

    document = _read(args.file, args.encoding, published=args.published)
    loaded = _load(args)
    try:
        report = extract(
            document, kinds=args.kinds, strict=args.strict, plugins=loaded, timeout=args.timeout
        )
    except PluginError as error:
        _fail(str(error))
    fmt = args.format or "text"
    if fmt == "json":
        text = report.to_json()
    else:
        lines = [f"{document.id}: {len(report.claims)} claims"]
        for claim in report.claims:
            speaker = f"  speaker: {claim.speaker}" if claim.speaker else ""
            text_ = " ".join(claim.text.split())
            lines.append(f"{claim.start:>6}-{claim.end:<6} {claim.kind:<12} {text_}{speaker}")
        for problem in report.problems:
            lines.append(f"problem: {problem.plugin}: {problem.message}")
        text = "\n".join(lines) + "\n"
    _write(text, args.output)
    _warn_problems(report, args.output, fmt)
    return EXIT_OK


def _run_plugins(args: argparse.Namespace) -> int:
    from claimdiff._plugins import default_plugins

    loaded = default_plugins()
    infos = loaded.info()
    if args.format == "json":
        import attrs

        payload = {
            "plugins": [attrs.asdict(info) for info in infos],
            "problems": [attrs.asdict(problem) for problem in loaded.problems],
        }
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
        return EXIT_OK
    for info in infos:
        origin = (
            f"{info.distribution} {info.version}" if info.distribution else "registered in code"
        )
        print(f"{info.name}  ({origin})")
        for label, names in (
            ("extractors", info.extractors),
            ("comparators", info.comparators),
            ("preparers", info.preparers),
        ):
            if names:
                print(f"    {label}: {', '.join(names)}")
    for problem in loaded.problems:
        print(f"problem: {problem.plugin}: {problem.message}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        import claimdiff

        print(f"claimdiff {claimdiff.__version__}")
        return EXIT_OK
    from claimdiff._batch_cli import run_batch

    runners = {
        "compare": _run_compare,
        "extract": _run_extract,
        "plugins": _run_plugins,
        "batch": run_batch,
    }
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return runners[args.command](args)
    except UsageError as error:
        print(f"claimdiff: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("claimdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:
        from claimdiff._extract import ExtractorError

        if isinstance(error, ExtractorError):
            print(f"claimdiff: error: {error}", file=sys.stderr)
            return EXIT_FAILED
        raise
