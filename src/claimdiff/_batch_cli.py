"""The ``claimdiff batch`` command: many stories, one report per story as JSON Lines."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(",") if name.strip()]


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def add_batch_command(subparsers: Any) -> None:
    """Add ``batch`` to the ``claimdiff`` subcommands (``subparsers`` from add_subparsers)."""
    from claimdiff._stories import WINDOW_DAYS

    parser = subparsers.add_parser(
        "batch",
        help="compare many stories: one report per story as JSON Lines",
        description="Compare many stories at once. INPUT is a folder of article files, a JSON "
        "Lines file of articles (id, text, source, url, published, story) or a manifest (.json). "
        "Articles without a story are grouped into stories (same event, close in time). Each "
        "story's report is appended to OUTPUT as it finishes; rerunning skips stories already "
        "there.",
    )
    parser.add_argument("input", type=Path, metavar="INPUT", help="folder, .jsonl or manifest")
    parser.add_argument(
        "--output", "-o", type=Path, required=True, metavar="OUT.jsonl", help="reports go here"
    )
    parser.add_argument(
        "--workers", type=_positive_int, metavar="N", help="local processes (default: CPUs)"
    )
    parser.add_argument(
        "--scheduler",
        metavar="URL",
        help="run on the Dask cluster with this scheduler, e.g. tcp://host:8786 "
        "(needs claimdiff[dask])",
    )
    parser.add_argument("--summary", type=Path, metavar="FILE", help="also write the summary CSV")
    parser.add_argument("--kinds", type=_names, help="only these claim kinds, comma-separated")
    parser.add_argument(
        "--window-days",
        type=_positive_float,
        default=WINDOW_DAYS,
        metavar="N",
        help=f"articles further apart are never one story (default: {WINDOW_DAYS:g})",
    )
    parser.add_argument(
        "--folders-are-stories",
        action="store_true",
        help="in a folder INPUT, the folder holding a file names its story",
    )
    parser.add_argument("--plugins", type=_names, help="load only these plugins (default: all)")
    parser.add_argument("--block", type=_names, default=[], help="plugins or extractors to skip")
    parser.add_argument(
        "--plugin-module",
        action="append",
        default=[],
        metavar="MODULE[:NAME]",
        help="also load this importable plugin in every worker; repeatable",
    )
    parser.add_argument("--encoding", help="encoding of the article files (default: UTF-8)")
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds per extractor per document"
    )
    parser.add_argument("--threshold", type=float, help="alignment threshold in [0, 1]")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )


def run_batch(args: argparse.Namespace) -> int:
    """Run ``claimdiff batch``: 0 when every story ran, 1 when some could not run (they are
    tried again next time), 2 with a one-line message on bad input."""
    from claimdiff._batch import BatchError, PluginSpec, batch

    if args.threshold is not None and not 0 <= args.threshold <= 1:
        return _usage("--threshold must be between 0 and 1")
    spec = PluginSpec(
        only=tuple(args.plugins) if args.plugins is not None else None,
        block=tuple(args.block),
        modules=tuple(args.plugin_module),
    )
    try:
        result = batch(
            args.input,
            args.output,
            workers=args.workers,
            scheduler=args.scheduler,
            summary=args.summary,
            kinds=args.kinds,
            plugins=None if spec == PluginSpec() else spec,
            window_days=args.window_days,
            folders_are_stories=args.folders_are_stories,
            timeout=args.timeout,
            threshold=args.threshold,
            encoding=args.encoding,
            progress=args.progress,
        )
    except BatchError as error:
        return _usage(str(error))
    except OSError as error:  # the output or summary file cannot be written
        return _usage(f"{error.filename or args.output}: {error.strerror or error}")
    sys.stdout.write(result.table())
    return EXIT_FAILED if result.failed else EXIT_OK


def _usage(message: str) -> int:
    print(f"claimdiff: error: {message}", file=sys.stderr)
    return EXIT_USAGE
