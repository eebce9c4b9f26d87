"""A learned pair scorer: for two actors named in one parsed sentence, the probability of each
relation, from the wording around them.

The rules find a relation only where a trigger row and a frame meet; wordings outside the
lexicon, or arguments the frames attach wrongly, are lost. This model reads the same parse
(dependency path between the two actors, words between them, triggers fired in the sentence
and on the path, grammatical roles, negation) and never the actors' identities, so it learns
wording, not who is usually hostile to whom. It is a logistic regression per relation, trained
by `scripts/train_pairs.py` on the train split of the blind corpus and stored as plain weights
(`graph/extract/data/pair_model.json`): inference is a dot product and needs no scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Token

from graph.extract.arguments import VERBAL, Sentence
from graph.extract.lexicon import words
from graph.extract.triggers import Firing

MODEL_RESOURCE = ("graph.extract", "data/pair_model.json")
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX"})
MAX_BETWEEN = 12


@dataclass(frozen=True, slots=True)
class Pair:
    """Two actors of one sentence, in the order (subject candidate, object candidate)."""

    a: str
    b: str
    a_tok: Token
    b_tok: Token


def first_mentions(s: Sentence) -> dict[str, int]:
    """Each acting actor of the sentence with the token of its first mention, in text order."""
    first: dict[str, int] = {}
    for i in sorted(s.actor_at):
        for name in s.actor_at[i]:
            first.setdefault(name, i)
    return first


@lru_cache(maxsize=4)  # the sentence being scored: its pairs share these
def sentence_flags(s: Sentence) -> tuple[bool, bool, bool]:
    """(negation word, hypothetical word, a nominative pronoun subject) anywhere in it."""
    negation, hypothetical = words(s.lang, "negation"), words(s.lang, "hypothetical")
    pronouns = words(s.lang, "subject_pronoun")
    return (
        any(t.lower_ in negation for t in s.doc),
        any(t.lower_ in hypothetical for t in s.doc),
        any(t.lower_ in pronouns and t.dep_.startswith("nsubj") for t in s.doc),
    )


def pairs(s: Sentence) -> Iterator[Pair]:
    """Every ordered pair of distinct acting actors, each at its first mention."""
    first = first_mentions(s)
    names = list(first)
    for a in names:
        for b in names:
            if a != b:
                yield Pair(a, b, s.doc[first[a]], s.doc[first[b]])


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token | None]:
    up_a = [a, *a.ancestors]
    ids_b = [t.i for t in [b, *b.ancestors]]
    common = next((t for t in up_a if t.i in ids_b), None)
    if common is None:
        return [], None
    ids_a = [t.i for t in up_a]
    left = up_a[1 : ids_a.index(common.i)]
    up_b = [b, *b.ancestors]
    right = up_b[1 : ids_b.index(common.i)]
    middle = [] if common.i in (a.i, b.i) else [common]
    return [*left, *middle, *right], common


def _path_shape(a: Token, b: Token, path: list[Token], common: Token | None) -> str:
    """The dependency labels from a up to where the paths meet and down to b: "nsubj^obj_"."""
    if common is None:
        return "none"
    up = [a.dep_, *(t.dep_ for t in path if t.i != common.i and common in t.ancestors
                    and t in a.ancestors)]
    down = [b.dep_, *(t.dep_ for t in path if t.i != common.i and t in b.ancestors)]
    return "^".join(up) + "|" + common.pos_ + "|" + "_".join(reversed(down))


@dataclass(frozen=True, slots=True)
class Discourse:
    """What the whole text says of its actors, without naming them to the model: who it is
    about (`focus`, by how often each is named) and which two it names in one sentence."""

    focus: tuple[str, ...] = ()
    together: frozenset[frozenset[str]] = frozenset()


def discourse(named: Iterable[list[str]]) -> Discourse:
    """From the actors of each sentence of a text, in order."""
    named = list(named)
    counts = Counter(a for actors in named for a in actors)
    together = frozenset(frozenset((a, b)) for actors in named
                         for i, a in enumerate(actors) for b in actors[i + 1 :])
    return Discourse(tuple(a for a, _ in counts.most_common()), together)


def _focus_rank(d: Discourse, actor: str) -> str:
    return str(min(d.focus.index(actor), 3)) if actor in d.focus else "none"


def features(s: Sentence, firings: list[Firing], pair: Pair) -> dict[str, float]:
    """Sparse features of one ordered pair; no actor name, capital or demonym appears. (How
    often the text names each of the two, as the context model reads it, lowered dev F1 here:
    0.635 -> 0.622.)"""
    a, b = pair.a_tok, pair.b_tok
    f: dict[str, float] = {f"lang={s.lang}": 1.0, "bias": 1.0}
    path, common = dependency_path(a, b)
    on_path = {t.i for t in path}
    for t in path:
        if t.i in s.actor_at:
            continue
        f[f"p:{t.lemma_.lower()}"] = 1.0
        f[f"d:{t.dep_}"] = 1.0
    if common is not None:
        f[f"lca:{common.lemma_.lower()}"] = 1.0
        f[f"lcapos:{common.pos_}"] = 1.0
    f[f"ra:{a.dep_}"] = 1.0
    f[f"rb:{b.dep_}"] = 1.0
    f["order:ab" if a.i < b.i else "order:ba"] = 1.0
    lo, hi = sorted((a.i, b.i))
    between = [t for t in s.doc[lo + 1 : hi] if t.pos_ in CONTENT_POS and t.i not in s.actor_at]
    for t in between[:MAX_BETWEEN]:
        f[f"w:{t.lemma_.lower()}"] = 1.0
    f[f"dist:{min(hi - lo, 20) // 5}"] = 1.0
    f["path:" + _path_shape(a, b, path, common)] = 1.0
    for fi in firings:
        rel = fi.relation
        f[f"t:{rel}"] = 1.0
        if fi.start in on_path or (common is not None and fi.start == common.i):
            f[f"tp:{rel}"] = 1.0
            f[f"tf:{fi.trigger.frame}"] = 1.0
            f[f"tpr:{rel}:{a.dep_}:{b.dep_}"] = 1.0
        if lo < fi.start < hi:
            f[f"tb:{rel}"] = 1.0
    negated, hypothetical, _ = sentence_flags(s)
    if negated:
        f["neg"] = 1.0
    if hypothetical:
        f["hyp"] = 1.0
    if b.dep_ == "conj" and b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.i:
        f["coord"] = 1.0
    if len(s.actors) > 2:
        f["many"] = 1.0
    return f


class PairModel:
    """Per-relation logistic weights over named features, with the thresholds chosen on dev."""

    def __init__(self, data: dict) -> None:
        self.version: str = data["version"]
        self.weights: dict[str, dict[str, float]] = {
            rel: m["coef"] for rel, m in data["relations"].items()
        }
        self.bias: dict[str, float] = {rel: m["bias"] for rel, m in data["relations"].items()}
        self.threshold: dict[str, float] = data["thresholds"]
        # relations a threshold above 1 leaves to the rules: extraction never scores them
        self.live = tuple(rel for rel in self.weights if self.threshold.get(rel, 1.0) <= 1.0)
        self._indexes: dict[tuple[str, ...], dict[str, list[tuple[int, float]]]] = {}

    def scores(self, feats: dict[str, float], only: tuple[str, ...] | None = None
               ) -> dict[str, float]:
        """Each relation's probability (of the relations `only` names, if given)."""
        rels = tuple(self.weights) if only is None else only
        by_feature = self._by_feature(rels)
        sums = [0.0] * len(rels)
        for k, v in feats.items():  # in the features' order, as a per-relation sum adds them
            for j, w in by_feature.get(k, ()):
                sums[j] += w * v
        out = {}
        for rel, total in zip(rels, sums, strict=True):
            z = self.bias[rel] + total
            out[rel] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

    def _by_feature(self, rels: tuple[str, ...]) -> dict[str, list[tuple[int, float]]]:
        """Feature -> (relation's place in `rels`, weight): a sentence has ~100 features and a
        relation ~10,000 weights, so the features are walked once, not once per relation."""
        index = self._indexes.get(rels)
        if index is None:
            index = {}
            for j, rel in enumerate(rels):
                for k, w in self.weights[rel].items():
                    index.setdefault(k, []).append((j, w))
            self._indexes[rels] = index
        return index


def _shipped(resource: tuple[str, str]) -> dict | None:
    """A trained file shipped in the package, or None when `make train` has not made it."""
    package, name = resource
    ref = resources.files(package).joinpath(name)
    return json.loads(ref.read_text(encoding="utf-8")) if ref.is_file() else None


@cache
def load() -> PairModel | None:
    """The shipped model, or None when none has been trained (the rules then work alone)."""
    data = _shipped(MODEL_RESOURCE)
    return PairModel(data) if data else None


def anchor(pair: Pair) -> Token:
    """The word that carries the pair's relation: where the two actors' paths meet, or, when
    one actor governs the other ("Egypt and Ethiopia failed to…": coordinated subjects), the
    verb above them, whose negation and modality are the pair's."""
    _, common = dependency_path(pair.a_tok, pair.b_tok)
    if common is None:
        return pair.a_tok.head
    if common.i in (pair.a_tok.i, pair.b_tok.i):
        return next((t for t in common.ancestors if t.pos_ in VERBAL), common.head)
    return common


# --- context pairs: one actor in the sentence, the other named in the sentences before --------

CONTEXT_RESOURCE = ("graph.extract", "data/context_model.json")


@dataclass(frozen=True, slots=True)
class ContextPair:
    """An actor of the sentence and one of the recent ones; `inside_first` gives the order."""

    inside: str
    outside: str
    inside_tok: Token
    rank: int  # 0: the most recently named outside actor
    inside_first: bool

    @property
    def subject(self) -> str:
        return self.inside if self.inside_first else self.outside

    @property
    def object(self) -> str:
        return self.outside if self.inside_first else self.inside


def context_pairs(s: Sentence, recent: list[str], limit: int = 3) -> Iterator[ContextPair]:
    """Each actor of the sentence with each of the `limit` latest actors named before it."""
    first = first_mentions(s)
    outside = [a for a in dict.fromkeys(reversed(recent)) if a not in first][:limit]
    for name, i in first.items():
        for rank, other in enumerate(outside):
            for inside_first in (True, False):
                yield ContextPair(name, other, s.doc[i], rank, inside_first)


def context_features(s: Sentence, firings: list[Firing], pair: ContextPair,
                     text: Discourse = Discourse()) -> dict[str, float]:
    """Wording around the sentence's actor and the sentence's triggers, and where the two stand
    in the text (how often named, named together elsewhere); no actor identity."""
    tok = pair.inside_tok
    f: dict[str, float] = {f"lang={s.lang}": 1.0, "bias": 1.0, f"rank:{pair.rank}": 1.0}
    together = frozenset((pair.inside, pair.outside)) in text.together
    outside_rank = _focus_rank(text, pair.outside)
    f[f"ofocus:{outside_rank}"] = 1.0
    f[f"ifocus:{_focus_rank(text, pair.inside)}"] = 1.0
    if together:
        f["together"] = 1.0
    direction = "in_out" if pair.inside_first else "out_in"
    f[f"dir:{direction}"] = 1.0
    f[f"role:{tok.dep_}:{direction}"] = 1.0
    head = tok.head
    f[f"head:{head.lemma_.lower()}:{direction}"] = 1.0
    for fi in firings:
        trig = s.doc[fi.start]
        f[f"t:{fi.relation}:{direction}"] = 1.0
        f[f"tl:{trig.lemma_.lower()}"] = 1.0
        f[f"tf:{fi.relation}:{outside_rank}"] = 1.0
        if together:
            f[f"tt:{fi.relation}:{direction}"] = 1.0
        if trig.i == head.i or trig in tok.ancestors:
            f[f"tg:{fi.relation}:{tok.dep_}:{direction}"] = 1.0
    negated, hypothetical, pronoun_subject = sentence_flags(s)
    if len(s.actors) == 1:
        f["alone"] = 1.0
    if pronoun_subject:
        f["pronoun_subject"] = 1.0
    if negated:
        f["neg"] = 1.0
    if hypothetical:
        f["hyp"] = 1.0
    return f


@cache
def load_context() -> PairModel | None:
    data = _shipped(CONTEXT_RESOURCE)
    return PairModel(data) if data else None


# --- calibration of the rules' confidences ---------------------------------------------------

CALIBRATION_RESOURCE = ("graph.extract", "data/rule_calibration.json")


@cache
def _calibration() -> dict[str, dict[str, float]]:
    data = _shipped(CALIBRATION_RESOURCE)
    return data["precision"] if data else {}


def calibrated(relation: str, confidence: float) -> float:
    """The precision the rules' statements of this relation and this fixed confidence (how
    they were read: parse 0.85, fallback 0.6, context 0.45) had on the train split; the fixed
    value when no table was trained or the bucket was too small."""
    table = _calibration()
    key = f"{confidence:.3f}"
    return table.get(relation, {}).get(key, table.get("*", {}).get(key, confidence))
