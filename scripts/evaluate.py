"""Score predicted triples against gold: precision, recall, F1 overall, per relation, per level.

Usage: python scripts/evaluate.py GOLD.tsv PRED.tsv [--min-confidence X]

Scoring is on distinct (subject, relation, object) per document, as ../shared/gold/README.md
says; symmetric relations (read from the ontology) match in either direction. A prediction
counts for the level of the gold row it matches; unmatched predictions have no level.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.vocab import relations  # noqa: E402

Triple = tuple[str, str, str, str]  # doc, subject, relation, object


def _norm(doc: str, s: str, r: str, o: str) -> Triple:
    if r in relations() and relations()[r].symmetric and o < s:
        s, o = o, s
    return doc, s, r, o


def read(path: str, min_conf: float = 0.0) -> dict[Triple, dict[str, str]]:
    out: dict[Triple, dict[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("negated") == "true" or row.get("hypothetical") == "true":
                continue
            if float(row.get("confidence") or 1.0) < min_conf:
                continue
            out.setdefault(_norm(row["doc"], row["subject"], row["relation"], row["object"]), row)
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    args = ap.parse_args(argv)
    gold = read(args.gold)
    pred = read(args.pred, args.min_confidence)
    docs = {t[0] for t in gold}
    pred = {t: r for t, r in pred.items() if t[0] in docs}
    tp = set(gold) & set(pred)
    fmt = "{:<24} {:>5} {:>5} {:>5}   P {:.3f}  R {:.3f}  F1 {:.3f}"
    print("{:<24} {:>5} {:>5} {:>5}".format("", "tp", "fp", "fn"))

    def line(name: str, g: set[Triple], p: set[Triple]) -> None:
        t = len(g & p)
        print(fmt.format(name, t, len(p - g), len(g - p), *prf(t, len(p - g), len(g - p))))

    line("ALL", set(gold), set(pred))
    for level in sorted({r["level"] for r in gold.values()}):
        g = {t for t, r in gold.items() if r["level"] == level}
        # predictions matching another level's gold row are neither right nor wrong here
        p = {t for t in pred if t in g or t not in gold}
        line(f"level={level}", g, p)
    by_rel: dict[str, tuple[set[Triple], set[Triple]]] = defaultdict(lambda: (set(), set()))
    for t in gold:
        by_rel[t[2]][0].add(t)
    for t in pred:
        by_rel[t[2]][1].add(t)
    for rel in sorted(by_rel):
        line(f"  {rel}", *by_rel[rel])
    print("\nmisses:")
    for t in sorted(set(gold) - tp):
        print("  ", "\t".join(t), f"[{gold[t]['level']}]")
    print("false positives:")
    for t in sorted(set(pred) - tp):
        print("  ", "\t".join(t), "|", pred[t].get("sentence", "")[:110])
    return 0


if __name__ == "__main__":
    sys.exit(main())
