"""Every word list of ontology/lexicon/, loaded once: the only module that reads those files.

TSV with a header; lines starting with '#' are comments. Kept apart from the gazetteer because
these are words of a language, not facts about actors.

>>> "pourrait" in words("fr", "hypothetical") or "pouvoir" in words("fr", "hypothetical")
True
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from graph.paths import ONTOLOGY_DIR

LEXICON_DIR = ONTOLOGY_DIR / "lexicon"
TRIGGERS_DIR = ONTOLOGY_DIR / "triggers"


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a commented TSV file as dicts; blank and '#' lines are skipped."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            yield {k: (v or "").strip() for k, v in row.items()}


def trigger_files() -> list[Path]:
    """The trigger lexicon's files, one per relation, in name order: a file dropped in the
    folder extends the lexicon without touching the others."""
    return sorted(TRIGGERS_DIR.glob("*.tsv"))


def trigger_rows() -> Iterator[tuple[Path, dict[str, str]]]:
    """Every row of the trigger lexicon with the file it comes from (for error messages)."""
    for path in trigger_files():
        for row in read_tsv(path):
            yield path, row


def _plural_forms(word: str, lang: str) -> set[str]:
    if lang != "fr" or word.endswith(("s", "x")):
        return {word}
    return {word, word + "s", word + "x"}


@cache
def head_nouns(lang: str, kind: str) -> frozenset[str]:
    """Nouns of actor_heads.tsv that decide what a demonym qualifying them names: "body" (the
    acting state: "les autorités maliennes"), "place" (a location: "le nord malien"), "plain"
    (a nationality only: "le club marocain")."""
    return frozenset(
        form for row in read_tsv(LEXICON_DIR / "actor_heads.tsv")
        if row["lang"] == lang and row["kind"] == kind
        for form in _plural_forms(row["word"], lang)
    )


@cache
def place_words(lang: str) -> frozenset[str]:
    """Words that, just before a capital, make it a location."""
    return frozenset(r["word"] for r in read_tsv(LEXICON_DIR / "places.tsv") if r["lang"] == lang)


@cache
def lemma_exceptions(lang: str) -> tuple[dict[str, str], ...]:
    return tuple(r for r in read_tsv(LEXICON_DIR / "lemma_exceptions.tsv") if r["lang"] == lang)


@cache
def geographic_names() -> tuple[str, ...]:
    """Seas, rivers and regions named after an actor ("golfe de Guinée"): not that actor."""
    return tuple(r["phrase"] for r in read_tsv(LEXICON_DIR / "geographic_names.tsv"))


@cache
def company_words(side: str) -> frozenset[str]:
    """Words before or after a state's name that make it a company's ("Qatar Airways")."""
    rows = read_tsv(LEXICON_DIR / "company_words.tsv")
    return frozenset(r["word"] for r in rows if r["side"] == side)


@cache
def words(lang: str, kind: str) -> frozenset[str]:
    """Function words of one kind from modality.tsv (negation, agent_case, reciprocal…)."""
    rows = read_tsv(LEXICON_DIR / "modality.tsv")
    return frozenset(r["word"] for r in rows if r["lang"] == lang and r["kind"] == kind)


@cache
def word_sequences(lang: str, kind: str) -> tuple[tuple[str, ...], ...]:
    """Multiword entries of one kind of modality.tsv as word sequences, split once
    ("tout comme" -> ("tout", "comme"))."""
    return tuple(tuple(p.split()) for p in sorted(words(lang, kind)))


@cache
def fused_articles(
    lang: str, article: str | None = None, preposition: str | None = None
) -> tuple[str, ...]:
    """Forms of a preposition fused with an article (modality.tsv `fused_article`, "de le
    du"): every "du", "au" for "le", every "du", "des" for "de"."""
    return tuple(fused for prep, art, fused in word_sequences(lang, "fused_article")
                 if article in (None, art) and preposition in (None, prep))


@cache
def markers(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Stems of reciprocity words and the pair phrases ("deux pays")."""
    recip = frozenset(w[: max(5, len(w) - 2)] for w in words(lang, "reciprocal"))
    return recip, tuple(words(lang, "pair"))


@cache
def actor_phrases() -> tuple[tuple[str, str, str], ...]:
    """(how, phrase, actor name) of state bodies ("le Kremlin") and leaders ("Poutine")."""
    return tuple(
        (how, row["phrase"], row["actor"])
        for how, table in (("body", "state_bodies.tsv"), ("leader", "leaders.tsv"))
        for row in read_tsv(LEXICON_DIR / table)
    )


@cache
def anaphora_rows(lang: str) -> tuple[tuple[str, str, int], ...]:
    """(phrase, actor type, how many actors) of descriptions such as "les deux pays"."""
    return tuple(
        (row["phrase"], row["type"], int(row["count"]))
        for row in read_tsv(LEXICON_DIR / "anaphora.tsv")
        if row["lang"] == lang
    )


@cache
def ambiguous_names(lang: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(form, kind, candidate actors) of names several actors share ("Congo", "congolais")."""
    return tuple(
        (row["form"], row["kind"], tuple(row["candidates"].split("|")))
        for row in read_tsv(LEXICON_DIR / "ambiguous_names.tsv")
        if row["lang"] == lang
    )


@cache
def word_classes(lang: str) -> dict[str, frozenset[str]]:
    """Word classes a trigger row names in its `with` column as @class ("@weapon")."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(LEXICON_DIR / "word_classes.tsv"):
        if row["lang"] == lang:
            out.setdefault(f"@{row['class']}", set()).add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def is_motive(tok) -> bool:
    """A noun of an act's motive ("en signe de solidarité", "in solidarity with"): modality.tsv
    `motive`, nouns only (the verb "sign" is no motive)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in words(tok.lang_, "motive")
