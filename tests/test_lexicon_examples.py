"""Every trigger row's example sentence gives the row's relation, in the row's direction.

The examples live beside the rows in ontology/triggers/*.tsv (columns `example`, `gives`), so a
row added without a working example fails here. Near misses (tests/data/lexicon_near_misses.tsv)
are sentences that share a trigger word but state no relation: they must give nothing.
"""

from __future__ import annotations

import csv
import sys
from functools import cache

import pytest

from graph.extract.lexicon import trigger_rows
from graph.paths import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from check_lexicon import extracted, gives  # noqa: E402

NEAR_MISSES = REPO_ROOT / "tests" / "data" / "lexicon_near_misses.tsv"


def _examples() -> list[dict[str, str]]:
    return [r for _, r in trigger_rows() if r.get("example")]


def _near_misses() -> list[dict[str, str]]:
    with NEAR_MISSES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _extracted(
    texts: tuple[tuple[str, str], ...], learned: bool = False
) -> dict[str, set[tuple[str, str, str]]]:
    """All sentences extracted in one pass (one parse batch), keyed by text. A row's example
    tests the rules (learned=False); a near miss must give nothing end to end."""
    return extracted(list(texts), learned=learned)


def _all_texts() -> tuple[tuple[str, str], ...]:
    rows = _examples() + _near_misses()
    return tuple(dict.fromkeys((r["lang"], r["example"]) for r in rows))


def row_id(r: dict[str, str]) -> str:
    return f"{r['lang']}-{r['relation']}-{r['lemma']}-{r['with'].split('|')[0]}"


# Rows whose example the extractor does not yet read right (an argument-structure or actor gap,
# not a wrong row). Strict: once one passes, the test fails until it is taken off the list.
GAPS_FILE = REPO_ROOT / "tests" / "data" / "lexicon_known_gaps.txt"
KNOWN_GAPS = {
    line.strip()
    for line in GAPS_FILE.read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
EXAMPLES = _examples()


def _known_marked(rows: list[dict[str, str]], key, reason: str) -> list:
    """The rows, those listed in KNOWN_GAPS as strict expected failures."""
    return [pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=reason))
            if key(r) in KNOWN_GAPS else r for r in rows]


@pytest.mark.parametrize(
    "row", _known_marked(EXAMPLES, row_id, "known gap"), ids=[row_id(r) for r in EXAMPLES]
)
def test_trigger_example_gives_its_relation(row: dict[str, str]) -> None:
    found = _extracted(_all_texts())[row["example"]]
    assert gives(row, found), found


NEAR = _near_misses()


def near_id(r: dict[str, str]) -> str:
    return f"near:{r['lang']}-{r['lemma']}"


@pytest.mark.parametrize(
    "row", _known_marked(NEAR, near_id, "known false alarm"),
    ids=[f"{r['lang']}-{r['lemma']}" for r in NEAR],
)
def test_near_miss_gives_nothing(row: dict[str, str]) -> None:
    assert not _extracted(_all_texts(), learned=True)[row["example"]]


def test_every_lexicon_row_has_an_example() -> None:
    """A row without an example is a row nothing tests."""
    missing = [row_id(r) for _, r in trigger_rows() if not r.get("example") or not r.get("gives")]
    assert not missing, missing


def test_each_trigger_file_holds_one_relation() -> None:
    """One file per relation keeps the lexicon reviewable relation by relation."""
    for path, row in trigger_rows():
        assert row["relation"] == path.stem, (path.name, row)
