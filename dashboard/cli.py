"""The command line, a thin shell over the core.

    python -m dashboard check PATH [--published DATE] [--format table|csv|json] [--live]
    python -m dashboard snapshot build|refresh [...]
    python -m dashboard bench [...]
    python -m dashboard instruments

Errors print one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from dashboard.domain import Article, Source
from dashboard.errors import InputError, TapecheckError

EXIT_ERROR = 2
_DELEGATES = {
    ("snapshot", "build"): "dashboard.sources.build",
    ("snapshot", "refresh"): "dashboard.sources.refresh",
    ("bench",): "dashboard.claims.bench",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check the market claims in an article")
    check.add_argument("path", help="article file (.txt, .md, .html), or - for standard input")
    check.add_argument("--published", help="YYYY-MM-DD or ISO datetime with offset")
    check.add_argument("--format", choices=("table", "csv", "json"), default="table")
    check.add_argument("--live", action="store_true", help="fetch live prices (snapshot fallback)")
    check.add_argument(
        "--prefer",
        action="append",
        default=[],
        metavar="INSTRUMENT=VENDOR",
        help="rest an instrument's verdicts on one vendor, e.g. USDRUB=cbr",
    )
    commands.add_parser("instruments", help="list the instrument registry")
    return parser


def _prefer(pairs: Sequence[str]) -> dict[str, Source]:
    chosen: dict[str, Source] = {}
    for pair in pairs:
        instrument, _, vendor = pair.partition("=")
        try:
            chosen[instrument.strip().upper()] = Source(vendor.strip().lower())
        except ValueError:
            vendors = ", ".join(s.value for s in Source)
            raise InputError(f"--prefer {pair!r}: vendor must be one of {vendors}") from None
    return chosen


def _read_article(args: argparse.Namespace) -> Article:
    from dashboard.articles import article_from_text, decode_text, load_article

    if args.path == "-":
        if not args.published:
            raise InputError("reading standard input needs --published")
        return article_from_text(decode_text(sys.stdin.buffer.read()), args.published, "stdin")
    return load_article(args.path, args.published)


def _check(args: argparse.Namespace) -> int:
    from dashboard import pipeline, report

    article = _read_article(args)
    provider = None
    if args.live:
        from dashboard.sources.live import LiveSource

        provider = LiveSource(fallback=pipeline.default_provider())
    check = pipeline.check_article(article, provider, _prefer(args.prefer))
    render: dict[str, Callable[[pipeline.ArticleCheck], str]] = {
        "table": report.to_table,
        "csv": report.to_csv,
        "json": report.to_json,
    }
    sys.stdout.write(render[args.format](check))
    if args.format == "json":
        sys.stdout.write("\n")
    for notice in check.notices:
        print(f"notice: {notice.message}", file=sys.stderr)
    return 0


def _instruments() -> int:
    from dashboard.instruments import load_registry

    for i in load_registry().instruments:
        tickers = ", ".join(f"{s}:{t}" for s, t in i.tickers)
        print(f"{i.id:<12} {i.kind:<15} {i.name} [{i.unit}] {tickers}")
    return 0


def _delegate(argv: Sequence[str]) -> int | None:
    for words, module in _DELEGATES.items():
        if tuple(argv[: len(words)]) == words:
            entry = import_module(module).main
            return int(entry(list(argv[len(words) :])) or 0)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        delegated = _delegate(argv)
        if delegated is not None:
            return delegated
        args = _parser().parse_args(argv)
        if args.command == "instruments":
            return _instruments()
        return _check(args)
    except TapecheckError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, UnicodeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
