"""Verdicts and accusations: who judges whom, and whom an accusation is addressed to.

A verdict passed by a verb of judgment ("a qualifié les déclarations turques de diffamatoires",
"called Kigali's decision disproportionate", "dismissed the review as partial") is the judge's,
on the owner of what is judged, whatever the verdict's own phrase names. An accusation is
addressed to the accused, not to those its charge names ("reproche à Pretoria sa proximité
avec Moscou"). The words are data: modality.tsv kinds judge, judged_as, accuse_to,
accused_case.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.extract.arguments import RELATIVE_DEPS, VERBAL, Sentence, is_relative_object
from graph.extract.lexicon import words


def addressed_to(s: Sentence, verb: Token) -> list[str] | None:
    """Who an accusation is addressed to, not whom its charge names ("reproche à Pretoria sa
    proximité avec Moscou": Pretoria; "accuse Kigali de soutenir le M23": Kigali)."""
    if verb.lemma_.lower() in words(s.lang, "accuse_to"):  # "reprocher à X qc"
        to = words(s.lang, "accused_case")
        phrases = [c for c in verb.children if s.has_case(c, to) or c.dep_ == "iobj"]
    else:  # "accuser X de qc", "blame X for"
        phrases = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    if verb.dep_ in RELATIVE_DEPS and verb.head.i != verb.i:
        # "diplomats (whom) it accused of spying", "qu'il accuse": the antecedent
        phrases = [verb.head if is_relative_object(c) else c for c in phrases] or [verb.head]
    return s.actors_of(phrases, located=False) if phrases else None


VERDICT = "verdict"  # kg:extractionRole of the relations a judgment states by itself
PREDICATIVE_DEPS = frozenset({"oprd", "xcomp", "acomp", "attr", "obl:mod"})


def judging_verb(s: Sentence, trig: Token) -> Token | None:
    """The verb of judgment a word is the verdict of ("a qualifié ces reproches d'infondés",
    "juge l'opération contraire au droit", "called the move a provocation", "dismissed the
    review as partial"): the verdict is the judge's, on the owner of what is judged, not on
    whoever the verdict's own phrase names."""
    if trig.pos_ in VERBAL or trig.head.i == trig.i:
        return None
    judges = words(s.lang, "judge")
    as_words = words(s.lang, "judged_as")
    head = trig.head
    marked = any(c.dep_ == "case" and c.lower_ in as_words for c in trig.children)
    if head.pos_ in VERBAL:
        if head.lemma_.lower() in judges and (trig.dep_ in PREDICATIVE_DEPS or marked):
            return head  # "called the decision disproportionate", "qualifie d'absurdes les…"
        return None
    if head.lower_ in as_words and head.head.i != head.i:  # "as partial", "comme une ingérence"
        head = head.head
        if head.pos_ in VERBAL:
            return head if head.lemma_.lower() in judges else None
    elif not (trig.dep_ == "amod" or marked):
        return None  # "the Greek proposal for talks": a noun's own complement
    verb = head.head  # the judged object: its verb must be one of judgment
    if head.dep_ in {"obj", "dobj"} and verb.pos_ in VERBAL and verb.lemma_.lower() in judges:
        return verb
    return None


def judged(s: Sentence, judge: Token, verdict: Token) -> tuple[list[str], list[str]]:
    """The judge (the verb's subject) and the owner of the judged object ("les déclarations
    turques", "Kigali's decision"); an object naming no one ("the decision", "it") leaves the
    other side to the completion (who acted against the judge)."""
    subj = s.agent_tokens(judge) if s.is_passive(judge) else s.subject_tokens(judge)
    subjects = s.subject_actors(subj)
    judged = [c for c in judge.children if c.dep_ in {"obj", "dobj"} and c.i != verdict.i]
    objects = [a for a in s.actors_of(judged, located=False) if a not in subjects]
    return subjects, objects
