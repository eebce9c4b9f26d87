"""Tell French from English, offline, on texts as short as a headline.

Language-identification packages need a download or a large model; news in two languages
only needs function words. The text's words are scored against spaCy's stop-word lists
(already installed with the pipeline) plus the signals in ontology/lang/signals.toml. A word
shared by several languages counts for each of them in proportion (1/k), so that "de" or
"a" weigh little. Other spaCy languages are scored too, only to recognise a text that is
clearly neither French nor English instead of forcing it through the wrong pipeline.

>>> detect_language("Bamako rappelle son ambassadeur").lang
'fr'
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from graph.paths import ONTOLOGY_DIR

SIGNALS_FILE = ONTOLOGY_DIR / "lang" / "signals.toml"

# Detection reads the opening of a long document only: a few hundred words decide.
MAX_CHARS = 4000
# Each word with a typical letter adds this much, up to LETTER_CAP: names keep their accents.
LETTER_WEIGHT, LETTER_CAP = 0.3, 1.0
# Calling a text "not French nor English" needs this many (weighted) stop words of the other
# language, and at least OTHER_RATIO times the score of the best supported one.
MIN_OTHER_SCORE, OTHER_RATIO = 4.0, 2.0

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """`lang` is always a supported language; `unsupported` is set only when the text clearly
    is another language, and then `lang` is only the lesser evil."""

    lang: str
    unsupported: str | None = None
    scores: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class _Signals:
    supported: tuple[str, ...]
    names: dict[str, str]
    weights: dict[str, tuple[tuple[str, float], ...]]  # word form -> (language, weight)
    among_supported: dict[str, tuple[tuple[str, float], ...]]  # same, shared only by fr/en
    letters: dict[str, frozenset[str]]


@cache
def _signals() -> _Signals:
    with SIGNALS_FILE.open("rb") as f:
        data = tomllib.load(f)
    supported = tuple(data["supported"])
    languages = supported + tuple(data["others"])
    owners: dict[str, set[str]] = defaultdict(set)
    for code in languages:
        stop_words = importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        for word in stop_words:
            owners[word.replace("’", "'")].add(code)
    for code, words in data.get("words", {}).items():
        for word in words:
            owners[word].add(code)
    weights = {w: tuple((c, 1.0 / len(cs)) for c in sorted(cs)) for w, cs in owners.items()}
    among_supported = {
        w: tuple((c, 1.0 / len(sup)) for c in sorted(sup))
        for w, cs in owners.items()
        if (sup := cs.intersection(supported))
    }
    letters = {c: frozenset(s) for c, s in data.get("letters", {}).items() if s}
    return _Signals(supported, dict(data.get("names", {})), weights, among_supported, letters)


def language_name(code: str) -> str:
    """English name of a language code, for messages ("Spanish"); the code if unknown."""
    return _signals().names.get(code, code)


def supported_languages() -> tuple[str, ...]:
    return _signals().supported


def _forms(word: str) -> tuple[str, ...]:
    """The word and its clitic parts: French elisions (l', qu') lead, English ('s, n't) trail."""
    if "'" not in word:
        return (word,)
    head, _, tail = word.partition("'")
    forms = [word, head + "'", head, "'" + tail, tail]
    if head.endswith("n") and tail == "t":
        forms.append("n't")
    return tuple(forms)


def language_scores(text: str, supported_only: bool = False) -> dict[str, float]:
    """Weighted count of each language's signal words in the text. With `supported_only`,
    a word shared with an unsupported language ("la", "contre") still counts fully."""
    signals = _signals()
    table = signals.among_supported if supported_only else signals.weights
    scores: dict[str, float] = defaultdict(float)
    letter_score: dict[str, float] = defaultdict(float)
    sample = text[:MAX_CHARS].replace("’", "'").lower()
    for match in _WORD.finditer(sample):
        word = match.group()
        for form in _forms(word):
            for code, weight in table.get(form, ()):
                scores[code] += weight
        for code, letters in signals.letters.items():
            if (not supported_only or code in signals.supported) and not letters.isdisjoint(word):
                letter_score[code] += LETTER_WEIGHT
    for code, value in letter_score.items():
        scores[code] += min(value, LETTER_CAP)
    return dict(scores)


def detect_language(text: str) -> LanguageGuess:
    """The supported language the text is most likely in (the first supported one on a tie,
    French: the project's main language), and the other language it clearly is, if any."""
    signals = _signals()
    ours = language_scores(text, supported_only=True)
    lang = max(signals.supported, key=lambda c: (ours.get(c, 0.0), -signals.supported.index(c)))
    scores = language_scores(text)
    others = [c for c in scores if c not in signals.supported]
    unsupported = None
    if others:
        best_other = max(others, key=lambda c: scores[c])
        best_supported = scores.get(lang, 0.0)
        if (
            scores[best_other] >= MIN_OTHER_SCORE
            and scores[best_other] >= OTHER_RATIO * best_supported
        ):
            unsupported = best_other
    ranked = tuple(sorted(((c, round(s, 2)) for c, s in scores.items()), key=lambda x: -x[1]))
    return LanguageGuess(lang, unsupported, ranked)
