"""Each institution of ontology/lexicon/state_bodies.tsv stands for its state in a sentence.

The sentences of tests/data/state_body_examples.tsv name one body each ("le Mossad", "the
Bundeswehr"); the cheap pass must find the state it stands for.
"""

from __future__ import annotations

import csv

import pytest

from graph.extract import nlp
from graph.paths import REPO_ROOT

EXAMPLES_FILE = REPO_ROOT / "tests" / "data" / "state_body_examples.tsv"
with EXAMPLES_FILE.open(encoding="utf-8", newline="") as fh:
    EXAMPLES = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["sentence"][:40] for r in EXAMPLES])
def test_state_body_stands_for_its_state(row: dict[str, str]) -> None:
    doc = nlp.first_pass(row["lang"], row["sentence"])
    assert row["actor"] in {s.label_ for s in doc.spans["actors"]}, row
