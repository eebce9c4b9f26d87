"""Counts of the annotated corpus as Markdown tables: articles, gold relations per type and
language, per region, per genre and per split.

Usage: python scripts/corpus_stats.py [corpus/annotated] > docs/corpus-stats.md
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate  # noqa: E402


def table(head: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "corpus" / "annotated"
    gold = evaluate.read(root / "gold")
    meta = evaluate.read_meta(root / "gold")
    langs = sorted({m["lang"] for m in meta.values()})
    words = sum(int(m.get("words") or 0) for m in meta.values())
    events = {m["event_id"] for m in meta.values()}
    per_lang = ", ".join(f"{sum(m['lang'] == x for m in meta.values())} {x}" for x in langs)
    print(f"{len(meta)} articles ({per_lang}), {len(gold)} distinct gold relations, "
          f"{len(events)} events, {words} words.\n")
    by_rel_lang = Counter((t[2], meta.get(t[0], {}).get("lang", "?")) for t in gold)
    rels = sorted({t[2] for t in gold})
    print(table(["relation", *langs, "all"],
                [[r, *(by_rel_lang[(r, x)] for x in langs), sum(by_rel_lang[(r, x)] for x in langs)]
                 for r in rels]))
    for key in ("region", "genre", "split"):
        docs = Counter(m.get(key, "?") for m in meta.values())
        rel = Counter(meta.get(t[0], {}).get(key, "?") for t in gold)
        ev = Counter(m.get(key, "?") for m in {m["event_id"]: m for m in meta.values()}.values())
        rows = [[k, n, f"{n / len(meta):.0%}", ev[k], rel[k]] for k, n in sorted(docs.items())]
        print("\n" + table([key, "articles", "share", "events", "relations"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
