"""Assign the annotated corpus's articles to train / dev / test by event, once, in a kept file.

Usage: python scripts/split_corpus.py [corpus/annotated]

Every article of an event goes to the same split, so that no event is seen in two splits.
Events are dealt per stratum (region × the event's main language) in a seeded order to the
split furthest below its share (60 / 20 / 20 of the articles). Articles already listed in
`split.tsv` keep their split: extending the corpus adds rows and never moves old ones, and a
new article of an event already split joins that event's split.
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.io.statements import read_rows  # noqa: E402

SHARES = {"train": 0.6, "dev": 0.2, "test": 0.2}
SEED = 20261130


def _rows(path: Path) -> list[dict[str, str]]:
    return list(read_rows(path))


def assign(meta: list[dict[str, str]], kept: dict[str, str]) -> dict[str, str]:
    """doc -> split for every article, keeping `kept` and the split of each kept event."""
    split = dict(kept)
    event_split = {m["event_id"]: kept[m["doc"]] for m in meta if m["doc"] in kept}
    events: dict[str, list[dict[str, str]]] = defaultdict(list)
    for m in meta:
        events[m["event_id"]].append(m)
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event, docs in sorted(events.items()):
        lang = Counter(d["lang"] for d in docs).most_common(1)[0][0]
        strata[(docs[0]["region"], lang)].append(event)
    rng = random.Random(SEED)
    for key in sorted(strata):
        size: Counter = Counter()
        for event in strata[key]:
            if event in event_split:
                size[event_split[event]] += len(events[event])
        todo = [e for e in strata[key] if e not in event_split]
        rng.shuffle(todo)
        for event in todo:
            total = sum(size.values()) + len(events[event])
            choice = max(SHARES, key=lambda s: (SHARES[s] * total - size[s], SHARES[s]))
            event_split[event] = choice
            size[choice] += len(events[event])
    for m in meta:
        split.setdefault(m["doc"], event_split[m["event_id"]])
    return split


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "corpus" / "annotated"
    meta = _rows(root / "meta")
    out = root / "split.tsv"
    kept = {r["doc"]: r["split"] for r in _rows(out)} if out.exists() else {}
    split = assign(meta, kept)
    by_doc = {m["doc"]: m for m in meta}
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("doc\tevent_id\tlang\tregion\tsplit\n")
        for doc in sorted(split):
            m = by_doc.get(doc, {})
            fh.write(f"{doc}\t{m.get('event_id', '')}\t{m.get('lang', '')}\t"
                     f"{m.get('region', '')}\t{split[doc]}\n")
    tmp.replace(out)
    counts = Counter((split[d], by_doc[d]["lang"]) for d in split if d in by_doc)
    for s in SHARES:
        print(f"{s:<6} fr {counts[(s, 'fr')]:>4}  en {counts[(s, 'en')]:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
