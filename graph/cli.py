"""The `kg` command: parses arguments, calls the pipeline stages, nothing else.

The only module that knows argv, printing and exit codes: library functions return data, raise
KgError, or report problems through a callback. Results go to stdout, messages to stderr.
Exit status: 0 ok, 1 some input was skipped or nothing matched (each problem named on stderr),
2 unusable arguments or a fatal error.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from graph.draw import IMAGE_FORMATS, LAYOUTS
from graph.errors import KgError, KgWarning
from graph.io.atomic import STDOUT
from graph.io.statements import STATEMENT_FORMATS
from graph.kg.query import QUERY_FORMATS, RESULT_FORMATS
from graph.kg.store import DUMP_FORMATS
from graph.network import NETWORK_FORMATS
from graph.network.views import BINS, EXPORT_VIEWS
from graph.paths import DEFAULT_STORE

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Problems:
    """Collects one-line problem reports on stderr and remembers that something was skipped."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        say(message)

    @property
    def status(self) -> int:
        return EXIT_SKIPPED if self.count else EXIT_OK


def say(message: str) -> None:
    """One line for the user, on stderr: results alone go to stdout."""
    print(f"kg: {message}", file=sys.stderr, flush=True)


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, KgWarning):
        say(f"warning: {message}")
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


# the extensions each --format is written with; another extension on -o gets a warning
EXTENSIONS = {
    "graphml": (".graphml", ".xml"), "gexf": (".gexf",), "csv": (".csv",), "json": (".json",),
    "ttl": (".ttl",), "trig": (".trig",), "nq": (".nq",), "jsonld": (".jsonld", ".json"),
    "table": (".txt",), "tsv": (".tsv",),
}


def _check_extension(fmt: str, output: str | None) -> None:
    """Warn, in one line, when -o's extension says another format than --format."""
    if not output or output == STDOUT:
        return
    suffix = Path(output).suffix.lower()
    expected = EXTENSIONS.get(fmt, ())
    if suffix and expected and suffix not in expected:
        others = [f for f, exts in EXTENSIONS.items() if suffix in exts]
        said = f" (the extension of {others[0]})" if others else ""
        say(f"warning: -o {output} ends in {suffix}{said} but --format is {fmt}; "
            f"writing {fmt} (expected {' or '.join(expected)})")


def _format_from(output: str | None, default: str, known: Sequence[str]) -> str:
    """--format when not given: the one -o's extension names, else the default."""
    suffix = Path(output).suffix.lower() if output and output != STDOUT else ""
    for fmt in known:
        if suffix in EXTENSIONS.get(fmt, ()):
            return fmt
    return default


@contextmanager
def _output_file(output: str, name: str) -> Iterator[Path]:
    """The path to write: `output` itself, or for `-o -` a file in a temporary directory whose
    bytes are copied to stdout once written (formats are written by libraries that take a path)."""
    if output != STDOUT:
        yield Path(output)
        return
    with tempfile.TemporaryDirectory(prefix="kg-") as tmp:
        path = Path(tmp) / name
        yield path
        sys.stdout.flush()
        out = getattr(sys.stdout, "buffer", None)
        with open(path, "rb") as fh:
            if out is None:
                sys.stdout.write(fh.read().decode("utf-8", "replace"))
            else:
                shutil.copyfileobj(fh, out)
                out.flush()


def _documents(args: argparse.Namespace, problems: Problems):
    from graph.io.corpus import iter_documents

    return iter_documents(args.paths, lang=args.lang, on_problem=problems)


def _total(paths: Sequence[str]) -> int | None:
    """The number of documents, counted only when a progress bar will show it."""
    from graph import progress
    from graph.io.corpus import count_documents

    return count_documents(paths) if progress.enabled() else None


def cmd_actors(args: argparse.Namespace) -> int:
    from graph.extract.actors import iter_mentions
    from graph.io.statements import tsv_escape

    problems = Problems()
    out = sys.stdout
    out.write("doc\tstart\tend\ttext\tactor\thow\n")
    for doc, mentions in iter_mentions(_documents(args, problems)):
        doc_id = tsv_escape(doc.id)  # a file name may hold a tab or a newline
        for m in mentions:
            out.write(f"{doc_id}\t{m.start}\t{m.end}\t{tsv_escape(m.text)}\t{m.actor}\t"
                      f"{m.how}\n")
    return problems.status


def _collisions(paths: Sequence[str]) -> bool:
    """Name every document id given twice; True if any (nothing is then read or written)."""
    from graph.io.corpus import id_collisions

    found = id_collisions(paths)
    for line in found:
        say(line)
    if found:
        say(f"{len(found)} document ids given twice; nothing done")
    return bool(found)


def cmd_extract(args: argparse.Namespace) -> int:
    from graph.extract.pipeline import extract
    from graph.io.statements import write_statements
    from graph.kg.build import isolated
    from graph.progress import track

    if _collisions(args.paths):
        return EXIT_USAGE
    problems = Problems()
    pairs = track(isolated(extract, _documents(args, problems), problems), _total(args.paths))
    statements = (s for _, stmts in pairs for s in stmts)
    write_statements(statements, sys.stdout, args.format)
    return problems.status


def cmd_build(args: argparse.Namespace) -> int:
    from graph.kg.build import build
    from graph.progress import track

    if _collisions(args.paths):
        return EXIT_USAGE
    problems, reading = Problems(), Problems()
    total = _total(args.paths)
    stats = build(
        _documents(args, reading),
        store=args.store,
        workers=args.workers,
        scheduler=args.scheduler,
        on_problem=problems,
        progress=lambda pairs, done_elsewhere: track(pairs, total, done_elsewhere),
        prune=args.prune,
        complete=lambda: reading.count == 0,
    )
    print(f"kg build: {stats.summary()}", file=sys.stderr)
    return max(problems.status, reading.status)


def cmd_query(args: argparse.Namespace) -> int:
    from graph.io.atomic import atomic_output
    from graph.kg.guard import refuse_services
    from graph.kg.query import bindings, resolve_query, write_result
    from graph.kg.store import open_store

    if args.format:
        _check_extension(args.format, args.output)
    fmt = args.format or _format_from(args.output, QUERY_FORMATS[0], QUERY_FORMATS)
    query = resolve_query(args.sparql, args.file, args.saved)
    refuse_services(query.text, args.allow_service)
    values = bindings(query, args.param)
    # rows are written as the engine gives them (see Store.stream); Ctrl-C stops the query
    with open_store(args.store, read_only=True) as store:
        if not args.output or args.output == STDOUT:
            write_result(store.stream(query.text, values), sys.stdout, fmt)
            return EXIT_OK
        with atomic_output(args.output) as tmp, \
                open(tmp, "w", encoding="utf-8", newline="") as fh:
            write_result(store.stream(query.text, values), fh, fmt)
    say(f"wrote {args.output}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from graph.kg.store import DUMP_FORMATS, open_store

    _check_extension(args.format, args.output)
    to_stdout = args.output == STDOUT
    if to_stdout and (args.format == "csv" or (args.format == "graphml"
                                               and args.view == "relations")):
        what = "two files (nodes, edges)" if args.format == "csv" else "one file per relation"
        raise KgError(f"-o -: --format {args.format} --view {args.view} writes {what}; "
                      "give a file name")
    name = f"export.{args.format}"
    if args.format in DUMP_FORMATS:
        if args.period or args.min_confidence:
            say("--period and --min-confidence do not apply to RDF dumps; dumping all")
        with open_store(args.store, read_only=True) as store, \
                _output_file(args.output, name) as output:
            store.dump(output, args.format)
        say(f"wrote {'stdout' if to_stdout else output}")
        return EXIT_OK
    from graph.network import write_network
    from graph.network.views import (
        build_network,
        parse_period,
        period_label,
        store_copies,
        store_statements,
    )

    period = parse_period(args.period)
    statements = store_statements(args.store, period, args.min_confidence)
    if not statements:
        say(f"no statements in {args.store} match the period and confidence; nothing written")
        return EXIT_SKIPPED
    g = build_network(statements, view=args.view, copies=store_copies(args.store, statements))
    g.graph["name"] = f"alliances {period_label(period, statements)}"
    with _output_file(args.output, name) as output:
        written = write_network(g, args.format, output)
    where = "stdout" if to_stdout else ", ".join(map(str, written))
    say(f"wrote {where} ({g.number_of_nodes()} actors, "
        f"{g.number_of_edges()} edges, {len(statements)} statements)")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from graph.kg.serve import serve

    mode = "read-write" if args.writable else "read-only"
    if args.cors:
        mode += f", pages of {', '.join(args.cors)} may query it"

    def announce(url: str) -> None:
        page = url.rsplit("/", 1)[0] + "/"
        print(f"kg serve: SPARQL endpoint {url} ({mode})", file=sys.stderr)
        print(f"kg serve: open {page} for the query page", file=sys.stderr, flush=True)

    return serve(
        args.store,
        port=args.port,
        writable=args.writable,
        announce=announce,
        token=args.token,
        allow_service=args.allow_service,
        timeout=args.timeout,
        max_result_mb=args.max_result_mb,
        cors=args.cors,
    )


def cmd_check(args: argparse.Namespace) -> int:
    from graph.kg.check import SHAPES_FILE, violations
    from graph.kg.store import open_store

    with open_store(args.store, read_only=True) as store:
        found = violations(store)
        count = store.triple_count()
    for v in found:
        print(f"kg check: {v}", file=sys.stderr)
    if found:
        print(f"kg check: {len(found)} violations of {SHAPES_FILE.name}", file=sys.stderr)
        return EXIT_SKIPPED
    print(f"kg check: {count} triples conform to {SHAPES_FILE.name}", file=sys.stderr)
    return EXIT_OK


def cmd_draw(args: argparse.Namespace) -> int:
    from graph.draw.diagram import EmptyDiagram, default_output, draw_statements
    from graph.network.views import parse_period, store_statements

    period = parse_period(args.period)
    target = args.output or str(default_output(args.focus, args.by))
    statements = store_statements(args.store, period, args.min_confidence)
    try:
        with _output_file(target, "diagram.png") as output:  # -o -: PNG on stdout
            diagram = draw_statements(statements, output, period=period, focus=args.focus,
                                      by=args.by, layout=args.layout, camps=args.camps)
    except EmptyDiagram as exc:
        say(str(exc))
        return EXIT_SKIPPED
    for note in diagram.notes:
        say(f"note: {note}")
    where = "stdout (PNG)" if target == STDOUT else target
    say(f"wrote {where} ({diagram.title.splitlines()[-1]})")
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from graph.analysis.analyze import analyze
    from graph.analysis.rdf import ANALYSIS_GRAPH, analysis_quads
    from graph.analysis.report import render
    from graph.kg.store import open_store
    from graph.network.views import keep, parse_period

    period = parse_period(args.period)
    with open_store(args.store, read_only=args.no_write) as store:
        statements = keep(store.statements(period=period, min_confidence=args.min_confidence),
                          period, args.min_confidence)
        if not statements:
            say(f"no statements in {args.store} match the period and confidence")
            return EXIT_SKIPPED
        result = analyze(statements, by=None if args.by == "all" else args.by, seed=args.seed,
                         copies=store.copies())  # None: found over evidence sentences
        if not args.no_write:
            store.replace_graphs({ANALYSIS_GRAPH: analysis_quads(result)})
    sys.stdout.write(render(result, args.format))
    return EXIT_OK


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, directories (recursive) or globs: .txt, .jsonl")
    p.add_argument("--lang", choices=["fr", "en"], help="force the language (default: detect)")


def _confidence(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _period(text: str) -> str:
    """FROM:TO whose sides are real dates of any precision (2025-13 is not)."""
    from graph.model import interval

    for side in text.split(":", 1):
        side = side.strip()
        if not side:
            continue
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", side):
            raise argparse.ArgumentTypeError(f"{side!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        try:
            interval(side)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{side!r} is not a date") from None
    return text


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", type=_period, help="FROM:TO, ISO dates, either side may be empty")
    p.add_argument("--min-confidence", type=_confidence, default=0.0,
                   help="drop weaker statements (0 to 1)")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("graph")
    except PackageNotFoundError:
        return "unknown (not installed)"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="Knowledge graph of cooperation and hostility between actors."
    )
    ap.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    store_help = f"store directory or SPARQL endpoint URL (default {DEFAULT_STORE})"

    p = sub.add_parser("actors", help="list actor mentions as TSV")
    _add_inputs(p)
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("extract", help="extract relations, print TSV or JSONL")
    _add_inputs(p)
    p.add_argument("--format", choices=STATEMENT_FORMATS, default=STATEMENT_FORMATS[0])
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="extract relations and store them as RDF")
    _add_inputs(p)
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--workers", type=int, default=0, help="local Dask cluster with N workers")
    p.add_argument("--scheduler", help="address of a running Dask scheduler")
    p.add_argument("--prune", action="store_true",
                   help="remove stored documents that are not among the inputs")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run a SPARQL query against the store")
    p.add_argument("sparql", nargs="?", help="query text")
    p.add_argument("--file", help="read the query from a .rq file")
    p.add_argument("--saved", help="name of a saved query in ontology/queries/")
    p.add_argument("--param", action="append", default=[], help="name=value, bound as an RDF term")
    p.add_argument("--format", choices=QUERY_FORMATS,
                   help="table, csv, json or tsv (default: from -o's extension, else table)")
    p.add_argument("-o", "--output", help="write the results to this file ('-': stdout)")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--allow-service", action="append", default=[], metavar="IRI",
                   help="endpoint a SERVICE clause may call (default: none)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="export the graph (RDF or network formats)")
    p.add_argument("--format", required=True, choices=[*DUMP_FORMATS, *NETWORK_FORMATS])
    p.add_argument("-o", "--output", required=True,
                   help="output file ('-': stdout; csv: a prefix)")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--view", choices=EXPORT_VIEWS, default=EXPORT_VIEWS[0],
                   help="alliance: one signed edge per pair; relations: one edge per relation")
    _add_filters(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="SPARQL 1.1 endpoint on 127.0.0.1")
    p.add_argument("--store", default=str(DEFAULT_STORE))
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--writable", action="store_true", help="accept SPARQL Update (needs a token)")
    p.add_argument("--token", default=os.environ.get("KG_SERVE_TOKEN"),
                   help="bearer token writes must carry (default $KG_SERVE_TOKEN)")
    p.add_argument("--allow-service", action="append", default=[], metavar="IRI",
                   help="endpoint a SERVICE clause may call (default: none)")
    p.add_argument("--timeout", type=float, default=30.0, help="query timeout, seconds")
    p.add_argument("--max-result-mb", type=float, default=256.0,
                   help="cut a response at this size")
    p.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                   help="let pages of this origin query the endpoint (e.g. a YASGUI elsewhere)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("check", help="validate the store against ontology/shapes.ttl")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("analyze", help="camps, balance and turning points, counted in events")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--by", choices=[*BINS, "all"], default="year", help="one result per period")
    p.add_argument("--format", choices=RESULT_FORMATS, default=RESULT_FORMATS[0])
    p.add_argument("--seed", type=int, default=0, help="seed of Leiden and the shuffled baselines")
    p.add_argument("--no-write", action="store_true", help="do not write the results to the store")
    _add_filters(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("draw", help="draw alliance diagrams with matplotlib")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("-o", "--output",
                   help=f"{', '.join(IMAGE_FORMATS)} (default under output/; '-': PNG on stdout)")
    p.add_argument("--focus", help="draw this actor's ego network")
    p.add_argument("--by", choices=BINS, help="small multiples over time")
    p.add_argument("--layout", choices=LAYOUTS, default=LAYOUTS[0])
    p.add_argument("--camps", action="store_true",
                   help="fill actors by camp and mark turning points (see kg analyze)")
    _add_filters(p)
    p.set_defaults(func=cmd_draw)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    warnings.showwarning = _show_warning
    try:
        return func(args)
    except KgError as exc:
        say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
