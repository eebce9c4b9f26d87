"""The `kg` command: parses arguments, calls the pipeline stages, nothing else.

Exit status: 0 ok, 1 some input was skipped (each problem named on stderr), 2 unusable
arguments or a fatal error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from graph.errors import KgError
from graph.paths import DEFAULT_STORE

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


class Problems:
    """Collects one-line problem reports on stderr and remembers that something was skipped."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        print(f"kg: {message}", file=sys.stderr, flush=True)

    @property
    def status(self) -> int:
        return EXIT_SKIPPED if self.count else EXIT_OK


def _documents(args: argparse.Namespace, problems: Problems):
    from graph.io.corpus import iter_documents

    return iter_documents(args.paths, lang=args.lang, on_problem=problems)


def cmd_actors(args: argparse.Namespace) -> int:
    from graph.extract.actors import iter_mentions

    problems = Problems()
    out = sys.stdout
    out.write("doc\tstart\tend\ttext\tactor\thow\n")
    for doc, mentions in iter_mentions(_documents(args, problems)):
        for m in mentions:
            out.write(f"{doc.id}\t{m.start}\t{m.end}\t{m.text}\t{m.actor}\t{m.how}\n")
    return problems.status


def cmd_extract(args: argparse.Namespace) -> int:
    from graph.extract.pipeline import extract
    from graph.io.statements import write_statements
    from graph.progress import count_documents, track

    problems = Problems()
    pairs = track(extract(_documents(args, problems)), count_documents(args.paths))
    statements = (s for _, stmts in pairs for s in stmts)
    write_statements(statements, sys.stdout, args.format)
    return problems.status


def cmd_build(args: argparse.Namespace) -> int:
    from graph.kg.build import build
    from graph.progress import count_documents

    problems = Problems()
    build(
        _documents(args, problems),
        store=args.store,
        workers=args.workers,
        scheduler=args.scheduler,
        on_problem=problems,
        total=count_documents(args.paths),
    )
    return problems.status


def cmd_query(args: argparse.Namespace) -> int:
    from graph.kg.query import run_query_command

    return run_query_command(args)


def cmd_export(args: argparse.Namespace) -> int:
    from graph.network.export import run_export_command

    return run_export_command(args)


def cmd_serve(args: argparse.Namespace) -> int:
    from graph.kg.serve import serve

    return serve(args.store, port=args.port, writable=args.writable)


def cmd_check(args: argparse.Namespace) -> int:
    from graph.kg.check import run_check_command

    return run_check_command(args)


def cmd_draw(args: argparse.Namespace) -> int:
    from graph.draw.diagram import run_draw_command

    return run_draw_command(args)


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", help="files, directories (recursive) or globs: .txt, .jsonl")
    p.add_argument("--lang", choices=["fr", "en"], help="force the language (default: detect)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", help="FROM:TO, ISO dates, either side may be empty")
    p.add_argument("--min-confidence", type=float, default=0.0, help="drop weaker statements")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kg", description="Knowledge graph of cooperation and hostility between actors."
    )
    sub = ap.add_subparsers(dest="command", required=True)
    store_help = f"store directory or SPARQL endpoint URL (default {DEFAULT_STORE})"

    p = sub.add_parser("actors", help="list actor mentions as TSV")
    _add_inputs(p)
    p.set_defaults(func=cmd_actors)

    p = sub.add_parser("extract", help="extract relations, print TSV or JSONL")
    _add_inputs(p)
    p.add_argument("--format", choices=["tsv", "jsonl"], default="tsv")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("build", help="extract relations and store them as RDF")
    _add_inputs(p)
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--workers", type=int, default=0, help="local Dask cluster with N workers")
    p.add_argument("--scheduler", help="address of a running Dask scheduler")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("query", help="run a SPARQL query against the store")
    p.add_argument("sparql", nargs="?", help="query text")
    p.add_argument("--file", help="read the query from a .rq file")
    p.add_argument("--saved", help="name of a saved query in ontology/queries/")
    p.add_argument("--param", action="append", default=[], help="name=value, bound as an RDF term")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("export", help="export the graph (RDF or network formats)")
    p.add_argument(
        "--format",
        required=True,
        choices=["ttl", "trig", "nq", "jsonld", "graphml", "gexf", "csv", "json"],
    )
    p.add_argument("-o", "--output", required=True, help="output file (csv: a prefix)")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("--view", choices=["both", "relations", "alliance"], default="both")
    _add_filters(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("serve", help="SPARQL 1.1 endpoint on 127.0.0.1")
    p.add_argument("--store", default=str(DEFAULT_STORE))
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--writable", action="store_true", help="accept SPARQL Update")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("check", help="validate the store against ontology/shapes.ttl")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("draw", help="draw alliance diagrams with matplotlib")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=store_help)
    p.add_argument("-o", "--output", help="PNG, SVG or PDF (default under output/)")
    p.add_argument("--focus", help="draw this actor's ego network")
    p.add_argument("--by", choices=["month", "quarter", "year"], help="small multiples over time")
    p.add_argument("--layout", choices=["geo", "force"], default="geo")
    _add_filters(p)
    p.set_defaults(func=cmd_draw)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except KgError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
