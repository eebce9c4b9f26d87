"""Actor mentions of documents, as `kg actors` lists them.

The spans come from the actor ruler (graph/extract/ruler.py, the spaCy component loaded by
graph.extract.nlp); here they become Mention records with document offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from spacy.tokens import Doc, Span

from graph import gazetteer, offices
from graph.extract import lexicon
from graph.extract import nlp as nlp_mod
from graph.extract.segment import sentences
from graph.model import Document, Mention


def mentions(doc: Doc, offset: int = 0) -> list[Mention]:
    """The actor mentions of a processed Doc, with character offsets shifted by `offset`.
    Office-holders not confirmed by a date (see dated_leaders) are not mentions."""
    return [
        Mention(s.start_char + offset, s.end_char + offset, s.text, s.label_, s.id_)
        for s in doc.spans.get("actors", [])
        if s.id_ != "office"
    ]


def iter_mentions(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Mention]]]:
    """Actor mentions of whole documents (for `kg actors`); the parse refines demonym heads."""
    for document in documents:
        lang = document.lang or "fr"
        nlp = nlp_mod.load(lang)
        found: list[Mention] = []
        spans = list(sentences(document.text))
        texts = [document.text[a:b] for a, b in spans]
        docs = [dated_leaders(doc, document.date) for doc in nlp.pipe(texts)]
        choices = settle_ambiguous(docs, lang)
        for (start, _), doc in zip(spans, docs, strict=True):
            found.extend(mentions(relabel_ambiguous(doc, lang, choices), start))
        yield document, found


Choices = dict[tuple[str, ...], str | None]  # candidates of an ambiguous name -> the actor


@cache
def _ambiguous(lang: str) -> dict[str, tuple[str, ...]]:
    """Lower-cased shared names and their candidates, read once per language."""
    return {f.lower(): cands for f, _, cands in lexicon.ambiguous_names(lang)}


def settle_ambiguous(docs: Iterable[Doc], lang: str) -> Choices:
    """Which actor each shared name stands for in one document: the candidate the document
    names unambiguously, the first candidate if it names none, none if it names several."""
    table = _ambiguous(lang)
    named: set[str] = set()
    for doc in docs:
        named.update(s.label_ for s in doc.spans.get("actors", [])
                     if s.text.lower() not in table)
    choices: Choices = {}
    for cands in set(table.values()):
        present = [c for c in cands if c in named]
        choices[cands] = present[0] if len(present) == 1 else None if present else cands[0]
    return choices


def relabel_ambiguous(doc: Doc, lang: str, choices: Choices) -> Doc:
    """The document's choice applied to the shared names of one sentence."""
    table = _ambiguous(lang)
    if not table:
        return doc
    kept = []
    for span in doc.spans.get("actors", []):
        cands = table.get(span.text.lower())
        if cands is not None and span.label_ == cands[0]:
            actor = choices.get(cands, cands[0])
            if actor is None:
                continue  # both are named in the document: the bare name says neither
            if actor != span.label_:
                ids = gazetteer.load().id_of
                span = Span(doc, span.start, span.end, label=actor,
                            kb_id=ids.get(actor, actor), span_id=span.id_)
        kept.append(span)
    doc.spans["actors"] = kept
    return doc


def dated_leaders(doc: Doc, when: str | None) -> Doc:
    """A leader's name stands for the state only during a term of office listed in
    ontology/lexicon/office_holders.tsv: "Macron" in a 2015 article is not France, "Traoré" is
    Mali in 2013 and Burkina Faso in 2023. In an undated document only the curated leaders
    (ontology/lexicon/leaders.tsv) stand for their state."""
    kept = []
    for span in doc.spans.get("actors", []):
        if span.id_ == "office" and not when:
            continue  # a name known only from the dated table says nothing without a date
        if span.id_ in {"leader", "office"} and when and offices.listed(span.text):
            state = offices.resolve(span.text, when)
            if state is None:
                continue
            if state != span.label_ or span.id_ == "office":  # confirmed: now a leader
                actor = gazetteer.load().by_name.get(state)
                kb_id = actor.id if actor else span.kb_id_
                span = Span(doc, span.start, span.end, label=state, kb_id=kb_id, span_id="leader")
        kept.append(span)
    doc.spans["actors"] = kept
    return doc
