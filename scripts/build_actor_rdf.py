"""Write the ontology graph (alliances.ttl plus one individual per gazetteer actor) as Turtle.

The store does not need this file: it builds the same graph from ontology/actors.json when it
is opened, and rebuilds it whenever alliances.ttl or the gazetteer changes, so a stale copy
can never reach the knowledge graph. This script is for loading the ontology alone into other
tools (Protégé, a reasoner, another triple store).

    python scripts/build_actor_rdf.py -o ontology/actors.ttl
"""

from __future__ import annotations

import argparse
import sys

import pyoxigraph as ox

from graph import gazetteer
from graph.errors import KgError
from graph.kg import rdf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", default="-", help="Turtle file (default stdout)")
    ap.add_argument("--actors-only", action="store_true", help="leave out alliances.ttl")
    args = ap.parse_args(argv)
    try:
        actors = gazetteer.load().actors
    except KgError as exc:
        print(f"build_actor_rdf: {exc}", file=sys.stderr)
        return 2
    triples = dict.fromkeys(t for a in actors for t in rdf.actor_triples(a))
    if not args.actors_only:
        triples = dict.fromkeys([*rdf.ontology_triples(), *triples])
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=rdf.PREFIXES)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(args.output, "wb") as out:
            out.write(data)
    print(f"build_actor_rdf: {len(actors)} actors, {len(triples)} triples", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
