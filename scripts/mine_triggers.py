"""Mine candidate lexicon rows from the gold relations the extractor misses in the train split.

Usage:
    kg extract corpus/annotated/articles > /tmp/pred.tsv
    python scripts/mine_triggers.py corpus/annotated /tmp/pred.tsv [--split train] [--top 40]

For every missed gold triple whose two actors are named in one sentence, the sentence is parsed
and the words on the dependency path between the two actor mentions (and the word that governs
both) are counted per relation and language. Each candidate is printed with its count, whether
the lexicon already has the lemma (then the miss is an argument or actor problem, not a wording
one) and one example sentence: rows to review, never to paste unread. Only the train split is
mined by default; mining dev or test would fit the rules to the text that measures them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate  # noqa: E402

from graph.extract.actors import iter_mentions  # noqa: E402
from graph.extract.lexicon import trigger_rows  # noqa: E402
from graph.extract.nlp import load  # noqa: E402
from graph.extract.pairmodel import dependency_path  # noqa: E402
from graph.io.corpus import iter_documents  # noqa: E402

SKIP_POS = {"DET", "PUNCT", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "NUM", "SPACE", "PROPN"}


def known_lemmas() -> set[tuple[str, str]]:
    return {(r["lang"], r["lemma"].split()[0]) for _, r in trigger_rows()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("pred")
    ap.add_argument("--split", default="train")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if args.split == "test":
        print("refusing to mine the test split", file=sys.stderr)
        return 2
    gold = evaluate.read(args.corpus / "gold")
    meta = evaluate.read_meta(args.corpus / "gold")
    docs = {d for d, m in meta.items() if m.get("split") == args.split}
    pred = set(evaluate.read(args.pred))
    missed: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for t in gold:
        if t[0] in docs and t not in pred:
            missed[t[0]].append(t[1:])
    paths = [args.corpus / "articles" / f"{d}.txt" for d in sorted(missed)]
    known = known_lemmas()
    counts: dict[tuple[str, str], Counter] = defaultdict(Counter)
    example: dict[tuple[str, str, str], str] = {}
    same_sentence = other = 0
    for document, mentions in iter_mentions(iter_documents([str(p) for p in paths])):
        lang = document.lang or "fr"
        nlp = load(lang)
        for s, rel, o in missed.get(document.id, []):
            ms = [m for m in mentions if m.actor == s]
            mo = [m for m in mentions if m.actor == o]
            pair = next(((x, y) for x in ms for y in mo if _same_sentence(document.text, x, y)),
                         None)
            if pair is None:
                other += 1
                continue
            same_sentence += 1
            x, y = pair
            lo, hi = _sentence_bounds(document.text, min(x.start, y.start), max(x.end, y.end))
            doc = nlp(document.text[lo:hi])
            tx = doc.char_span(x.start - lo, x.end - lo, alignment_mode="expand")
            ty = doc.char_span(y.start - lo, y.end - lo, alignment_mode="expand")
            if tx is None or ty is None:
                continue
            for tok in dependency_path(tx.root, ty.root)[0]:
                if tok.pos_ in SKIP_POS or tok.i in range(tx.start, tx.end):
                    continue
                key = (rel, lang)
                counts[key][tok.lemma_.lower()] += 1
                example.setdefault((rel, lang, tok.lemma_.lower()), doc.text.strip()[:200])
    print(f"missed gold relations in {args.split}: {same_sentence} with both actors in one "
          f"sentence, {other} across sentences")
    for (rel, lang), counter in sorted(counts.items()):
        print(f"\n## {rel} ({lang})")
        for lemma, n in counter.most_common(args.top):
            flag = "known" if (lang, lemma) in known else "NEW"
            print(f"{n:>4}  {flag:<5}  {lemma:<22} {example[(rel, lang, lemma)]}")
    return 0


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    his = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return lo, (min(his) + 1 if his else len(text))


def _same_sentence(text: str, x, y) -> bool:
    a, b = sorted((x, y), key=lambda m: m.start)
    between = text[a.end : b.start]
    return not any(c in between for c in ".!?\n")


if __name__ == "__main__":
    sys.exit(main())
