"""Score predicted triples against gold: P / R / F1 with bootstrap intervals, by split, language,
relation and level; polarity F1; a confusion table of relation types; misses and false alarms.

Usage:
    python scripts/evaluate.py GOLD PRED [--min-confidence X]
    python scripts/evaluate.py corpus/annotated/gold PRED --split dev [--by lang relation level]
        [--confusion] [--list] [--bootstrap 1000]

GOLD is a gold TSV or a folder of them; PRED is `kg extract` output. With a folder of gold, the
corpus metadata (`meta/`, `split.tsv` beside it) gives each article its language, region and
split; `--split` keeps one split (never choose anything on `test`: it is scored to report).

Scoring is on distinct (subject, relation, object) per document, as ../shared/gold/README.md
says; symmetric relations (read from the ontology) match in either direction. Polarity scoring
is on distinct (document, unordered actor pair, sign). Intervals are the 2.5 and 97.5
percentiles of F1 over articles resampled with replacement (seeded, so runs agree).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.io.statements import read_rows  # noqa: E402
from graph.kg.vocab import oriented, relations  # noqa: E402

Triple = tuple[str, str, str, str]  # doc, subject, relation, object
Signed = tuple[str, str, str, int]  # doc, actor, actor (sorted), polarity
NONE = "—"


def _norm(doc: str, s: str, r: str, o: str) -> Triple:
    """The scoring key: a symmetric relation's sides in canonical order (unknown codes as is)."""
    return (doc, *oriented(s, r, o)) if r in relations() else (doc, s, r, o)


def read(path: str | Path, min_conf: float = 0.0) -> dict[Triple, dict[str, str]]:
    """Distinct triples of a gold or prediction TSV (or folder), hedged predictions left out."""
    out: dict[Triple, dict[str, str]] = {}
    for row in read_rows(Path(path)):
        if row.get("negated") == "true" or row.get("hypothetical") == "true":
            continue
        if float(row.get("confidence") or 1.0) < min_conf:
            continue
        out.setdefault(_norm(row["doc"], row["subject"], row["relation"], row["object"]), row)
    return out


def read_meta(gold: Path) -> dict[str, dict[str, str]]:
    """Per-article metadata (lang, region, event_id, genre, split) of a corpus folder."""
    root = gold.parent if gold.is_dir() else None
    if root is None or not (root / "meta").is_dir():
        return {}
    meta = {row["doc"]: dict(row) for row in read_rows(root / "meta")}
    split_file = root / "split.tsv"
    if split_file.exists():
        for row in read_rows(split_file):
            if row["doc"] in meta:
                meta[row["doc"]]["split"] = row["split"]
    return meta


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def signed(triples: Iterable[Triple]) -> set[Signed]:
    rels = relations()
    out: set[Signed] = set()
    for doc, s, r, o in triples:
        a, b = sorted((s, o))
        out.add((doc, a, b, rels[r].polarity if r in rels else 0))
    return out


def counts_by_doc(gold: set, pred: set) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per document, so that intervals can resample articles."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for t in gold & pred:
        per[t[0]][0] += 1
    for t in pred - gold:
        per[t[0]][1] += 1
    for t in gold - pred:
        per[t[0]][2] += 1
    return {d: (c[0], c[1], c[2]) for d, c in per.items()}


def bootstrap_f1(
    per_doc: dict[str, tuple[int, int, int]], docs: list[str], rounds: int, seed: int = 13
) -> tuple[float, float]:
    if not docs or rounds <= 0:
        return 0.0, 0.0
    rng = random.Random(seed)
    scores = []
    for _ in range(rounds):
        tp = fp = fn = 0
        for d in rng.choices(docs, k=len(docs)):
            a, b, c = per_doc.get(d, (0, 0, 0))
            tp, fp, fn = tp + a, fp + b, fn + c
        scores.append(prf(tp, fp, fn)[2])
    scores.sort()
    return scores[int(0.025 * rounds)], scores[min(rounds - 1, int(0.975 * rounds))]


class Report:
    """Prints one line per slice: counts, P / R / F1, its interval and polarity F1."""

    HEAD = "{:<30} {:>5} {:>5} {:>5}   {:>5}  {:>5}  {:>5}  {:>13}  {:>6}"
    ROW = "{:<30} {:>5} {:>5} {:>5}   {:.3f}  {:.3f}  {:.3f}  {:>13}  {:>6}"

    def __init__(self, rounds: int) -> None:
        self.rounds = rounds
        print(self.HEAD.format("", "tp", "fp", "fn", "P", "R", "F1", "F1 95% CI", "pol F1"))

    def line(self, name: str, g: set[Triple], p: set[Triple], docs: list[str]) -> None:
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        prec, rec, f1 = prf(tp, fp, fn)
        sg, sp = signed(g), signed(p)
        pol = prf(len(sg & sp), len(sp - sg), len(sg - sp))[2]
        ci = ""
        if self.rounds:
            lo, hi = bootstrap_f1(counts_by_doc(g, p), docs, self.rounds)
            ci = f"[{lo:.2f}, {hi:.2f}]"
        print(self.ROW.format(name, tp, fp, fn, prec, rec, f1, ci, f"{pol:.3f}"))


def confusion(gold: dict[Triple, dict], pred: dict[Triple, dict]) -> Counter:
    """(gold relation, predicted relation) on the same document and actor pair.

    A matched gold triple counts on the diagonal; a missed one counts against each false alarm
    on its pair (the type the extractor chose instead), or against nothing.
    """
    wrong: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for doc, s, r, o in set(pred) - set(gold):
        wrong[(doc, *sorted((s, o)))].add(r)
    table: Counter = Counter()
    for t in gold:
        doc, s, r, o = t
        found = wrong.get((doc, *sorted((s, o))), set())
        if t in pred:
            table[(r, r)] += 1
        elif found:
            for other in found:
                table[(r, other)] += 1
        else:
            table[(r, NONE)] += 1
    return table


def print_confusion(table: Counter) -> None:
    rels = sorted(relations())
    cols = [*rels, NONE]
    short = {r: r[:6] for r in rels} | {NONE: NONE}
    print("\nconfusion (rows gold, columns predicted on the same pair; — nothing predicted)")
    print("{:<22}".format("") + "".join(f"{short[c]:>7}" for c in cols))
    for r in rels:
        cells = [table.get((r, c), 0) for c in cols]
        if any(cells):
            print(f"{r:<22}" + "".join(f"{n or '.':>7}" for n in cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold TSV, or a folder of gold TSVs (corpus/annotated/gold)")
    ap.add_argument("pred")
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--split", help="keep only this split (train, dev, test)")
    ap.add_argument("--lang", help="keep only this language")
    ap.add_argument("--by", nargs="*", default=["level", "relation"],
                    help="slices to print: lang region genre split level relation")
    ap.add_argument("--bootstrap", type=int, default=1000, help="resampling rounds (0: none)")
    ap.add_argument("--confusion", action="store_true", help="print the relation confusion table")
    ap.add_argument("--list", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    gold_path = Path(args.gold)
    gold = read(gold_path)
    meta = read_meta(gold_path)
    docs = sorted({t[0] for t in gold} | set(meta))
    if args.split:
        docs = [d for d in docs if meta.get(d, {}).get("split") == args.split]
    if args.lang:
        docs = [d for d in docs if meta.get(d, {}).get("lang") == args.lang]
    keep = set(docs)
    gold = {t: r for t, r in gold.items() if t[0] in keep}
    pred = {t: r for t, r in read(args.pred, args.min_confidence).items() if t[0] in keep}
    for t, row in gold.items():
        row.update({k: v for k, v in meta.get(t[0], {}).items() if k not in row})
    report = Report(args.bootstrap)
    g_all, p_all = set(gold), set(pred)
    report.line(f"ALL ({len(docs)} articles)", g_all, p_all, docs)
    for key in args.by:
        if key == "relation":
            for rel in sorted({t[2] for t in g_all | p_all}):
                report.line(f"  {rel}", {t for t in g_all if t[2] == rel},
                            {t for t in p_all if t[2] == rel}, docs)
            continue
        if key == "level":
            for level in sorted({r.get("level", "") for r in gold.values()}):
                g = {t for t, r in gold.items() if r.get("level") == level}
                # a prediction matching another level's gold row is neither right nor wrong here
                p = {t for t in p_all if t in g or t not in gold}
                report.line(f"level={level}", g, p, docs)
            continue
        values = sorted({meta.get(d, {}).get(key, "?") for d in docs})
        for value in values:
            ds = [d for d in docs if meta.get(d, {}).get(key, "?") == value]
            dset = set(ds)
            report.line(f"{key}={value} ({len(ds)})", {t for t in g_all if t[0] in dset},
                        {t for t in p_all if t[0] in dset}, ds)
    if args.confusion:
        print_confusion(confusion(gold, pred))
    if args.list:
        print("\nmisses:")
        for t in sorted(g_all - p_all):
            print("  ", "\t".join(t), f"[{gold[t].get('level', '')}]", "|",
                  gold[t].get("evidence", "")[:140])
        print("false alarms:")
        for t in sorted(p_all - g_all):
            print("  ", "\t".join(t), "|", pred[t].get("sentence", "")[:160])
    return 0


if __name__ == "__main__":
    sys.exit(main())
