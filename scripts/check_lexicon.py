"""Run the example sentence of every trigger row (or of the given files) and say which rows the
extractor reads right: the fast loop for whoever writes lexicon rows.

    python scripts/check_lexicon.py                          # every row of ontology/triggers/
    python scripts/check_lexicon.py ontology/triggers/expels.tsv --failing
    python scripts/check_lexicon.py --near tests/data/lexicon_near_misses.tsv
    python scripts/check_lexicon.py --table                  # rows per relation and language

A row passes when its example gives the row's relation between the actors of `gives`
(Subject>Object; either order for symmetric relations). Rows are tested with the rules alone
(learned=False): a row must work without the pair model. Near misses must give nothing at all,
models included. tests/test_lexicon_examples.py asserts the same thing.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.extract.lexicon import read_tsv, trigger_files  # noqa: E402
from graph.extract.pipeline import extract  # noqa: E402
from graph.kg.vocab import relations  # noqa: E402
from graph.model import Document  # noqa: E402

Triple = tuple[str, str, str]


def extracted(texts: list[tuple[str, str]], learned: bool = False) -> dict[str, set[Triple]]:
    """(lang, sentence) pairs extracted in one batch, keyed by sentence."""
    docs = [Document(id=str(i), text=t, source="lexicon", date="2024-01-01", lang=lang)
            for i, (lang, t) in enumerate(dict.fromkeys(texts))]
    return {doc.text: {(s.subject, s.relation, s.object) for s in statements}
            for doc, statements in extract(docs, learned=learned)}


def gives(row: dict[str, str], found: set[Triple]) -> bool:
    """Does what was extracted from the row's example hold the row's relation, rightly oriented?"""
    subject, obj = (side.strip() for side in row["gives"].split(">"))
    if row["relation"] == "same":  # a follow row repeats the previous statement's relation
        return any(s == subject and o == obj for s, _, o in found)
    wanted = {(subject, row["relation"], obj)}
    if relations()[row["relation"]].symmetric:
        wanted.add((obj, row["relation"], subject))
    return bool(wanted & found)


def size_table(rows: list[dict[str, str]], passing: set[int]) -> str:
    """Rows per relation and language, with how many carry an example and how many pass."""
    count: Counter[tuple[str, str]] = Counter((r["relation"], r["lang"]) for r in rows)
    examples: Counter[str] = Counter(r["relation"] for r in rows if r.get("example"))
    passed: Counter[str] = Counter(r["relation"] for r in rows if id(r) in passing)
    lines = ["| relation | fr rows | en rows | rows with an example | examples passing |",
             "|---|---|---|---|---|"]
    for rel in sorted({r["relation"] for r in rows}):
        lines.append(f"| {rel} | {count[rel, 'fr']} | {count[rel, 'en']} | {examples[rel]} "
                     f"| {passed[rel]} |")
    fr, en = (sum(n for (_, lang), n in count.items() if lang == want) for want in ("fr", "en"))
    lines.append(f"| all | {fr} | {en} | {sum(examples.values())} | {sum(passed.values())} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="trigger files (default: all)")
    ap.add_argument("--near", type=Path, help="a near-miss TSV (lang, lemma, example)")
    ap.add_argument("--failing", action="store_true", help="print only rows that fail")
    ap.add_argument("--table", action="store_true",
                    help="the lexicon size table (Markdown): rows, examples and passes")
    args = ap.parse_args()
    if args.near:
        with args.near.open(encoding="utf-8", newline="") as fh:
            near = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        found = extracted([(r["lang"], r["example"]) for r in near], learned=True)
        bad = [(r, found[r["example"]]) for r in near if found[r["example"]]]
        for r, f in bad:
            print(f"GIVES\t{r['lang']}\t{r['lemma']}\t{r['example']}\t{sorted(f)}")
        print(f"{len(near) - len(bad)} / {len(near)} near misses give nothing", file=sys.stderr)
        return 1 if bad else 0
    rows = [r for path in (args.files or trigger_files()) for r in read_tsv(path)]
    with_example = [r for r in rows if r.get("example")]
    found = extracted([(r["lang"], r["example"]) for r in with_example])
    if args.table:
        print(size_table(rows, {id(r) for r in with_example if gives(r, found[r["example"]])}))
        return 0
    tally: Counter[str] = Counter()
    for r in with_example:
        ok = gives(r, found[r["example"]])
        tally["pass" if ok else "fail"] += 1
        if not ok or not args.failing:
            verdict = "PASS" if ok else "FAIL"
            print(f"{verdict}\t{r['relation']}\t{r['lang']}\t{r['lemma']}\t{r['with']}\t"
                  f"{r['gives']}\t{r['example']}\tgot {sorted(found[r['example']])}")
    print(f"{tally['pass']} pass, {tally['fail']} fail, {len(rows) - len(with_example)} rows "
          "without an example", file=sys.stderr)
    return 1 if tally["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
