"""Small word lists from ontology/lexicon/, loaded once.

TSV with a header; lines starting with '#' are comments. Kept apart from the gazetteer because
these are words of a language, not facts about actors.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from graph.paths import ONTOLOGY_DIR

LEXICON_DIR = ONTOLOGY_DIR / "lexicon"


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a commented TSV file as dicts; blank and '#' lines are skipped."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            yield {k: (v or "").strip() for k, v in row.items()}


def _plural_forms(word: str, lang: str) -> set[str]:
    if lang != "fr" or word.endswith(("s", "x")):
        return {word}
    return {word, word + "s", word + "x"}


@cache
def actor_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(body nouns, place nouns) that decide whether a demonym names an acting state."""
    body: set[str] = set()
    place: set[str] = set()
    for row in read_tsv(LEXICON_DIR / "actor_heads.tsv"):
        if row["lang"] != lang:
            continue
        forms = _plural_forms(row["word"], lang)
        (body if row["kind"] == "body" else place).update(forms)
    return frozenset(body), frozenset(place)


@cache
def place_words(lang: str) -> frozenset[str]:
    """Words that, just before a capital, make it a location."""
    return frozenset(r["word"] for r in read_tsv(LEXICON_DIR / "places.tsv") if r["lang"] == lang)
