"""Train the pair and context models (graph/extract/pairmodel.py) on the train split of the blind
corpus and choose their thresholds on train's out-of-fold probabilities (or on dev with
`--thresholds-on dev`). The test split is never read.

Usage: python scripts/train_pairs.py [corpus/annotated] [--thresholds-on train-cv|dev]
       [-o graph/extract/data/pair_model.json]

One logistic regression per relation (scikit-learn, liblinear, fixed seed) over the sparse
features of every ordered pair of actors named in one sentence; the label is whether the
article's gold holds that relation between them. Thresholds: per relation, the one that most
raises the F1 of the rules' output joined with the model's (coordinate ascent over a grid), on
five folds of train grouped by event: chosen on dev, as before the eighth round, they added 1.6
points on dev and nothing on articles no choice had seen (the fresh wave 8). No threshold goes
below FLOOR. Weights under 1e-3 are dropped; the file is plain JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402

from graph.extract import nlp, pairmodel  # noqa: E402
from graph.extract.arguments import Sentence  # noqa: E402
from graph.extract.pipeline import denied, extract  # noqa: E402
from graph.extract.segment import sentences  # noqa: E402
from graph.extract.triggers import lexicon  # noqa: E402
from graph.io.corpus import iter_documents  # noqa: E402
from graph.kg.vocab import oriented, relations  # noqa: E402

SEED = 13
# inverse regularisation strength: 0.1 on the 236-article train split (0.5 before; dev and the
# fresh wave-8 dev articles 0.658 / 0.593 against 0.653 / 0.581, both with train-cv thresholds)
REG_C = 0.1
GRID = [round(0.3 + 0.05 * k, 2) for k in range(14)]  # 0.30 .. 0.95
# No threshold below this: chosen on the pooled dev split and tests/data/dev (per-relation
# thresholds alone, tuned on 63 articles, let the model add too many false alarms elsewhere).
# 0.6 with the 945-row lexicon; 0.45 since the grown lexicon (dev 0.598 -> 0.605, tests/data/dev
# and the seeds unchanged); 0.6 again with thresholds chosen on train's folds (dev and the fresh
# wave-8 dev articles unchanged, and two lexicon near misses no longer read as relations).
FLOOR = 0.6


CONTEXT_SENTENCES = 3  # as graph/extract/pipeline.py: how far back context actors are looked for


def examples(paths: list[Path]):
    """("pair" | "context", doc id, subject, object, features) for every candidate: two actors
    of one sentence, or an actor of a sentence with a trigger and one named in the sentences
    before it."""
    for document in iter_documents([str(p) for p in paths]):
        lang = document.lang if document.lang in nlp.MODELS else "fr"
        texts, before = [], []
        recent: list[list[str]] = []
        for start, end in sentences(document.text):
            first = nlp.first_pass(lang, document.text[start:end])
            actors = list(dict.fromkeys(s.label_ for s in first.spans["actors"]))
            if actors:
                texts.append(document.text[start:end])
                before.append([a for r in recent[-CONTEXT_SENTENCES:] for a in r])
                recent.append(actors)
        text = pairmodel.discourse(recent)
        for doc, prior in zip(nlp.load(lang).pipe(texts, batch_size=64), before, strict=True):
            s = Sentence(doc, lang)
            firings = lexicon(lang).fire(doc)
            for pair in pairmodel.pairs(s):
                # fitted on every pair; applied (and its thresholds chosen) only where a
                # trigger fired, as extraction does: the "t:" features say which
                yield "pair", document.id, pair.a, pair.b, pairmodel.features(s, firings, pair)
            if firings and prior:
                for c in pairmodel.context_pairs(s, prior):
                    feats = pairmodel.context_features(s, firings, c, text)
                    yield "context", document.id, c.subject, c.object, feats


def labels(gold: set, doc: str, a: str, b: str) -> dict[str, int]:
    out = {}
    for rel, r in relations().items():
        hit = (doc, a, rel, b) in gold or r.symmetric and (doc, b, rel, a) in gold
        out[rel] = int(hit)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus" / "annotated")
    ap.add_argument("--thresholds-on", choices=("dev", "train-cv"), default="train-cv",
                    help="choose thresholds on dev, or on train's out-of-fold probabilities")
    ap.add_argument("-o", "--output", type=Path,
                    default=ROOT / "graph" / "extract" / "data" / "pair_model.json")
    args = ap.parse_args(argv)
    t0 = time.time()
    gold_rows = evaluate.read(args.corpus / "gold")
    gold = {evaluate._norm(*t) for t in gold_rows}
    meta = evaluate.read_meta(args.corpus / "gold")
    split = {d: m.get("split") for d, m in meta.items()}
    paths = {name: [args.corpus / "articles" / f"{d}.txt" for d in sorted(split)
                    if split[d] == name] for name in ("train", "dev")}

    rows = {name: list(examples(paths[name])) for name in paths}
    kinds = ("pair", "context")
    events = {d: m.get("event_id", d) for d, m in meta.items()}
    fitted = {k: fit([r for r in rows["train"] if r[0] == k], [r for r in rows["dev"] if r[0] == k],
                     gold, events) for k in kinds}

    # thresholds: on dev (the default) or on train's out-of-fold probabilities (folds by
    # event), which leaves dev as a measure instead of a second training set
    pick = "train" if args.thresholds_on == "train-cv" else "dev"
    probs = {k: (fitted[k]["oof_prob"] if pick == "train" else fitted[k]["dev_prob"])
             for k in kinds}
    # the rules' statements of each split, read once (calibrate=False: the fixed confidences
    # the calibration table is built from; the triples are the same either way)
    ruled = {name: rule_statements(paths[name]) for name in paths}
    chosen = f1_scorer(ruled[pick], rows[pick], probs, gold, kinds)
    thresholds = {k: {rel: 1.01 for rel in relations()} for k in kinds}
    base = chosen(thresholds)
    for k in kinds:  # pairs first, then the context candidates on top of them
        for _ in range(2):
            for rel in relations():
                scores = {t: chosen(thresholds | {k: thresholds[k] | {rel: t}})
                          for t in [*GRID, 1.01]}
                thresholds[k][rel] = max(scores, key=lambda t: (scores[t], t))
        thresholds[k] = {rel: max(t, FLOOR) for rel, t in thresholds[k].items()}
    thresholds["pair"] = near_miss_guard(thresholds["pair"], fitted["pair"]["model"])
    joined = chosen(thresholds)
    if pick == "train":  # the dev figures the file reports, with thresholds chosen elsewhere
        dev_f1 = f1_scorer(ruled["dev"], rows["dev"], {k: fitted[k]["dev_prob"] for k in kinds},
                           gold, kinds)
        base, joined = dev_f1({k: {rel: 1.01 for rel in relations()} for k in kinds}), \
            dev_f1(thresholds)
    digest = hashlib.sha256(json.dumps(sorted(map(list, gold))).encode()).hexdigest()[:12]
    outputs = {"pair": args.output, "context": args.output.with_name("context_model.json")}
    for k in kinds:
        data = {
            "version": f"{k}-{digest}",
            "trained_on": {"split": "train", "articles": len(paths["train"]),
                           "candidates": fitted[k]["n"], "features": fitted[k]["features"],
                           "seed": SEED},
            "dev": {"rules_f1": round(base, 4), "joined_f1": round(joined, 4),
                    "reliability": fitted[k]["reliability"]},
            "thresholds": thresholds[k],
            "relations": fitted[k]["model"],
        }
        out = outputs[k]
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n",
                       encoding="utf-8")
        tmp.replace(out)
        print(f"{k}: {fitted[k]['n']} train candidates, {fitted[k]['features']} features, "
              f"thresholds {thresholds[k]}")
    calibrate(ruled["train"], gold, outputs["pair"].with_name("rule_calibration.json"))
    print(f"train: {len(paths['train'])} articles; dev F1 rules {base:.3f} -> joined "
          f"{joined:.3f}; {time.time() - t0:.0f} s")
    return 0


NEAR_MISSES = ROOT / "tests" / "data" / "lexicon_near_misses.tsv"


def near_miss_guard(thresholds: dict[str, float], model: dict) -> dict[str, float]:
    """Raise a relation's threshold above the pair model's score on every lexicon near miss
    (sentences that share a trigger word and state no relation, which must give nothing):
    a constraint, not training data. Pairs that extraction's negation, modality and ended
    gates deny are not counted."""
    scorer = pairmodel.PairModel({"version": "", "relations": model, "thresholds": thresholds})
    worst: dict[str, float] = defaultdict(float)
    for row in evaluate.read_rows(NEAR_MISSES) if NEAR_MISSES.exists() else []:
        lang = row["lang"]
        doc = nlp.load(lang)(row["example"])
        firings = lexicon(lang).fire(doc)
        if not firings:
            continue
        s = Sentence(doc, lang)
        for pair in pairmodel.pairs(s):
            anchor = pairmodel.anchor(pair)
            for rel, prob in scorer.scores(pairmodel.features(s, firings, pair)).items():
                if not denied(s, anchor, rel):  # extraction's own gates, whatever the score
                    worst[rel] = max(worst[rel], prob)
    out = dict(thresholds)
    for rel, prob in worst.items():
        if prob >= out[rel]:
            out[rel] = min(1.01, round(math.ceil(prob / 0.05 + 1e-9) * 0.05, 2))
    return out


def rule_statements(docs_paths: list[Path]) -> dict[str, list]:
    """The rules' statements (no model, fixed confidences) of each article of a split."""
    return {doc.id: statements for doc, statements in extract(
        iter_documents([str(p) for p in docs_paths]), learned=False, calibrate=False)}


def f1_scorer(ruled: dict[str, list], split_rows: list, probs: dict, gold: set, kinds):
    """F1 on one split of the rules' output (`rule_statements`) joined with each model's
    candidates at or above per-relation thresholds: `score({kind: {relation: threshold}})`."""
    split_gold = {oriented(s, r, o) + (d,) for d, s, r, o in gold if d in ruled}
    rules = {oriented(st.subject, st.relation, st.object) + (doc,)
             for doc, statements in ruled.items() for st in statements}
    best: dict[str, dict[tuple, float]] = {k: defaultdict(float) for k in kinds}
    for k in kinds:
        k_rows = [r for r in split_rows if r[0] == k]
        for rel in relations():
            for (_, d, a, b, feats), p in zip(k_rows, probs[k][rel], strict=True):
                if k == "pair" and not any(f.startswith("t:") for f in feats):
                    continue  # no trigger in the sentence: extraction does not ask the model
                key = oriented(a, rel, b) + (d,)
                best[k][key] = max(best[k][key], float(p))

    def score(th: dict[str, dict[str, float]]) -> float:
        pred = set(rules)
        for k in kinds:
            pred |= {key for key, p in best[k].items() if p >= th[k][key[1]]}
        tp = len(pred & split_gold)
        return evaluate.prf(tp, len(pred - split_gold), len(split_gold - pred))[2]

    return score


MIN_BUCKET = 12  # statements a (relation, confidence) bucket needs before its precision counts


def calibrate(ruled: dict[str, list], gold: set, out: Path) -> None:
    """Precision of the rules' statements on train (`rule_statements`), per relation and fixed
    confidence (and pooled over relations as "*"): what the store and exports then carry as
    confidence."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for doc, statements in ruled.items():
        for st in statements:
            hit = evaluate._norm(doc, st.subject, st.relation, st.object) in gold
            for rel in (st.relation, "*"):
                counts[(rel, f"{st.confidence:.3f}")][0] += int(hit)
                counts[(rel, f"{st.confidence:.3f}")][1] += 1
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for (rel, key), (hits, n) in sorted(counts.items()):
        if n >= MIN_BUCKET:
            table[rel][key] = round(hits / n, 3)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps({"min_bucket": MIN_BUCKET, "precision": table}, sort_keys=True,
                              indent=1) + "\n", encoding="utf-8")
    tmp.replace(out)


FOLDS = 5


def fit(train_rows: list, dev_rows: list, gold: set, events: dict[str, str]) -> dict:
    """One logistic regression per relation; dev probabilities, train's out-of-fold
    probabilities (folds by event) and a reliability table."""
    groups = [events.get(d, d) for _, d, _, _, _ in train_rows]
    folds = list(GroupKFold(n_splits=FOLDS).split(train_rows, groups=groups))
    vec = DictVectorizer()
    x_train = vec.fit_transform([r[-1] for r in train_rows])
    x_dev = vec.transform([r[-1] for r in dev_rows])
    names = vec.get_feature_names_out()
    model: dict[str, dict] = {}
    dev_prob: dict[str, np.ndarray] = {}
    oof_prob: dict[str, np.ndarray] = {}
    for rel in relations():
        y = np.array([labels(gold, d, a, b)[rel] for _, d, a, b, _ in train_rows])
        clf = LogisticRegression(C=REG_C, solver="liblinear", random_state=SEED, max_iter=2000)
        clf.fit(x_train, y)
        coef = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)
                if abs(w) >= 1e-3}
        model[rel] = {"bias": round(float(clf.intercept_[0]), 4), "coef": coef,
                      "positives": int(y.sum())}
        dev_prob[rel] = clf.predict_proba(x_dev)[:, 1]
        oof = np.zeros(len(train_rows))
        for fit_idx, held in folds:
            if y[fit_idx].any():
                part = LogisticRegression(C=REG_C, solver="liblinear", random_state=SEED,
                                          max_iter=2000).fit(x_train[fit_idx], y[fit_idx])
                oof[held] = part.predict_proba(x_train[held])[:, 1]
        oof_prob[rel] = oof
    probs = np.concatenate([dev_prob[rel] for rel in relations()])
    truth = np.concatenate([[labels(gold, d, a, b)[rel] for _, d, a, b, _ in dev_rows]
                            for rel in relations()])
    reliability = []  # dev candidates binned by predicted probability, all relations pooled
    for lo in np.arange(0.0, 1.0, 0.1):
        mask = (probs >= lo) & (probs < lo + 0.1 if lo < 0.9 else probs <= 1.0)
        if mask.any():
            reliability.append({"bin": f"{lo:.1f}-{lo + 0.1:.1f}", "pairs": int(mask.sum()),
                                "mean_prob": round(float(probs[mask].mean()), 3),
                                "positive_rate": round(float(truth[mask].mean()), 3)})
    return {"model": model, "dev_prob": dev_prob, "oof_prob": oof_prob, "reliability": reliability,
            "n": len(train_rows), "features": len(names)}


if __name__ == "__main__":
    sys.exit(main())
