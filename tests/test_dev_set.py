"""The independent development set (tests/data/dev): written and annotated without looking at
the extractor's rules. Thresholds sit a little under the measured scores, so that a change
that loses recall or precision on text it was not tuned for is noticed."""

from __future__ import annotations

import sys
from contextlib import redirect_stdout

import pytest

from graph.cli import main
from graph.paths import REPO_ROOT

DEV = REPO_ROOT / "tests" / "data" / "dev"
sys.path.insert(0, str(REPO_ROOT / "scripts"))
import evaluate  # noqa: E402
from sample_corpus import SAMPLE_CORPUS  # noqa: E402

pytestmark = pytest.mark.slow  # Dask clusters / whole-set scoring: run by make test


def _score(inputs: list[str], gold: str, tmp_path) -> tuple[float, float, float]:
    pred = tmp_path / "pred.tsv"
    with open(pred, "w", encoding="utf-8") as fh, redirect_stdout(fh):
        assert main(["extract", *inputs]) == 0
    g, p = evaluate.read(gold), evaluate.read(str(pred))
    p = {t: r for t, r in p.items() if t[0] in {d for d, *_ in g}}
    tp = len(set(g) & set(p))
    return evaluate.prf(tp, len(set(p) - set(g)), len(set(g) - set(p)))


@pytest.mark.parametrize(
    ("inputs", "gold", "min_p", "min_f1"),
    [
        # measured with the pair model: P 0.816 F1 0.756 (dev articles)
        ([str(DEV / "articles")], str(DEV / "articles_gold.tsv"), 0.75, 0.70),
        # measured: P 0.759 F1 0.677 (seventh round; 0.656 in the sixth, when the guard was
        # lowered to 0.65 for the pair model's dev-chosen thresholds; back to 0.66)
        (SAMPLE_CORPUS, str(DEV / "corpus_gold.tsv"), 0.72, 0.66),
    ],
    ids=["dev-articles", "sample-corpus"],
)
def test_unseen_articles_keep_precision_and_f1(inputs, gold, min_p, min_f1, tmp_path) -> None:
    p, _, f1 = _score(inputs, gold, tmp_path)
    assert p >= min_p and f1 >= min_f1, (p, f1)


ANNOTATED = REPO_ROOT / "corpus" / "annotated"


def test_blind_corpus_dev_split_keeps_its_f1(tmp_path) -> None:
    """The dev split of the blind corpus (63 articles): measured P 0.592 R 0.418 F1 0.490."""
    meta = evaluate.read_meta(ANNOTATED / "gold")
    dev = sorted(d for d, m in meta.items() if m.get("split") == "dev")
    pred = tmp_path / "pred.tsv"
    with open(pred, "w", encoding="utf-8") as fh, redirect_stdout(fh):
        assert main(["extract", *(str(ANNOTATED / "articles" / f"{d}.txt") for d in dev)]) == 0
    g = {t: r for t, r in evaluate.read(ANNOTATED / "gold").items() if t[0] in set(dev)}
    p = evaluate.read(str(pred))
    tp = len(set(g) & set(p))
    prec, _, f1 = evaluate.prf(tp, len(set(p) - set(g)), len(set(g) - set(p)))
    assert prec >= 0.55 and f1 >= 0.46, (prec, f1)
