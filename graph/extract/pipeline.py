"""Documents in, dated and evidenced Statements out.

Two passes per document. The cheap pass (tokenizer + actor gazetteer, no parser) reads every
sentence and keeps the actors for context; only sentences that name an actor (or "les deux
pays") and contain a word that may be a trigger are parsed. The parse is the cost of the whole
pipeline (stack-facts), so most sentences of real news never reach it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graph import gazetteer
from graph.extract import anaphora, clauses, dates, frames, nlp, pairmodel, verdicts
from graph.extract.actors import Choices, dated_leaders, relabel_ambiguous, settle_ambiguous
from graph.extract.arguments import (
    VERBAL,
    Sentence,
    ending_verb,
    is_candidacy,
    is_ended,
    is_hypothetical,
    is_negated,
    refused_support,
)
from graph.extract.lexicon import is_motive, markers, words
from graph.extract.pairmodel import PairModel
from graph.extract.segment import sentences
from graph.extract.triggers import REPEATING, Firing, lexicon
from graph.kg.vocab import has_role, oriented, relations
from graph.model import Document, Statement

CONTEXT_SENTENCES = 3
PARSE_BATCH = 256  # sentences per parser batch: ~25 words each, the network wants wider batches
CONFIDENCE = {"parse": 0.85, "fallback": 0.6, "context": 0.45}
HEDGED_FACTOR = 0.25


@dataclass(frozen=True, slots=True)
class Reading:
    """What one trigger (or the model) states about two actors, before it becomes a Statement."""

    subject: str
    relation: str
    object: str
    confidence: float
    level: str
    when: dates.EventDate | None = None
    negated: bool = False
    hypothetical: bool = False


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parsed sentence read once for every step: its actors (context ones included), the
    triggers that fired in it and the dates it names."""

    sentence: Sentence
    firings: list[Firing]
    dates: list[dates.EventDate]
    anaphoric: set[str]  # actors named only by a description ("le pays")


@dataclass(slots=True)
class Pending:
    """A sentence of a document waiting for (or not needing) its parse."""

    start: int
    end: int
    actors: list[str]  # acting actors found by the cheap pass, in text order
    parse: bool
    doc: Doc | None = None
    tokens: Doc | None = None  # the cheap pass's Doc, parsed in place: tokenized once


@dataclass(slots=True)
class DocState:
    document: Document
    lang: str
    sentences: list[Pending] = field(default_factory=list)
    calibrate: bool = True  # rules' fixed confidences replaced by their train precision
    # the actors by how often the text names them (`text.focus`), and which it names together
    text: pairmodel.Discourse = field(default_factory=pairmodel.Discourse)
    # who has acted against whom so far: the claimants a denial answers ("a rejeté des
    # accusations" after three states accused Qatar)
    claimants: dict[str, list[str]] = field(default_factory=dict)
    # acts stated so far, by the stem of their word and their author: what "la suspension"
    # or "the proclamation" a later verdict judges refers to
    acts: list[tuple[str, str]] = field(default_factory=list)
    choices: Choices = field(default_factory=dict)  # what "Congo" stands for in this document
    # the one each relation was last stated on: whom "similar condemnations" condemn
    targets: dict[str, str] = field(default_factory=dict)
    # the actor the text's last main clause was about ("Bogotá's decision completes a
    # sequence."), carried through clauses whose subject is a pronoun ("Il s'en est pris au
    # Mexique… Il a resserré les liens avec Israël"): whom a subject pronoun means
    topic: str | None = None


def has_marker(text: str, lang: str) -> bool:
    """Does the sentence say the relation is mutual, or name "the two countries"?"""
    low = text.lower()
    pairs = markers(lang)[1]
    if any(p in low for p in pairs) or any(p in low for p in anaphora.phrases(lang)):
        return True
    return is_reciprocal(low, lang)


def is_reciprocal(text: str, lang: str) -> bool:
    """Does the sentence say the relation holds both ways ("mesures réciproques")?"""
    recip = markers(lang)[0]
    lengths = {len(r) for r in recip}
    low = text.lower()
    return any(w[:k] in recip for w in low.split() for k in lengths) or any(
        p in low for p in words(lang, "reciprocal_phrase"))  # "shelled each other"


def extract(
    documents: Iterable[Document],
    *,
    include_hedged: bool = False,
    batch_docs: int = 32,
    n_process: int = 1,
    learned: bool = True,
    calibrate: bool = True,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Statements of each document, in input order, streaming batch by batch.

    With `learned`, the shipped pair model (graph/extract/pairmodel.py) adds the relations the
    rules missed between two actors of one sentence, above its dev-chosen thresholds.
    """
    models = (pairmodel.load(), pairmodel.load_context()) if learned else (None, None)
    batch: list[DocState] = []
    for document in documents:
        batch.append(_first_pass(document, calibrate))
        if len(batch) >= batch_docs:
            yield from _finish(batch, include_hedged, n_process, models)
            batch = []
    if batch:
        yield from _finish(batch, include_hedged, n_process, models)


def _first_pass(document: Document, calibrate: bool = True) -> DocState:
    lang = document.lang if document.lang in nlp.MODELS else "fr"
    state = DocState(document, lang, calibrate=calibrate)
    lex = lexicon(lang)
    text = document.text
    bounds = list(sentences(text))
    docs = [dated_leaders(nlp.first_pass(lang, text[a:b]), document.date) for a, b in bounds]
    state.choices = settle_ambiguous(docs, lang)
    for (start, end), doc in zip(bounds, docs, strict=True):
        doc = relabel_ambiguous(doc, lang, state.choices)
        actors = list(dict.fromkeys(s.label_ for s in doc.spans["actors"]))
        # two actors are worth a parse whatever the words ("struck" hides "strike")
        worth = bool(actors) or has_marker(doc.text, lang)
        parse = len(actors) >= 2 or (worth and lex.could_fire([t.lower_ for t in doc]))
        state.sentences.append(Pending(start, end, actors, parse, tokens=doc if parse else None))
    state.text = pairmodel.discourse(p.actors for p in state.sentences)
    return state


Models = tuple[PairModel | None, PairModel | None]  # the pair model, the context model


def _finish(
    batch: list[DocState], include_hedged: bool, n_process: int, models: Models
) -> Iterator[tuple[Document, list[Statement]]]:
    for lang in {state.lang for state in batch}:
        pending = [(st, p) for st in batch if st.lang == lang for p in st.sentences if p.parse]
        tokens = ((p.tokens, i) for i, (_, p) in enumerate(pending))
        parser = nlp.load(lang)
        for doc, i in parser.pipe(tokens, as_tuples=True, batch_size=PARSE_BATCH,
                                  n_process=n_process):
            st, p = pending[i]
            p.doc, p.tokens = relabel_ambiguous(dated_leaders(doc, st.document.date), lang,
                                                st.choices), None
    for state in batch:
        yield state.document, list(_document_statements(state, include_hedged, models))


def _document_statements(
    state: DocState, include_hedged: bool, models: Models = (None, None)
) -> Iterator[Statement]:
    model, context_model = models
    recent: deque[list[str]] = deque(maxlen=CONTEXT_SENTENCES)
    seen: set[tuple[str, str, str, int]] = set()
    stated: set[tuple[str, str, str]] = set()
    related: dict[frozenset[str], set[int]] = {}  # pairs the rules related, with their signs
    last: Statement | None = None
    for p in state.sentences:
        if p.doc is not None:
            pair = (last.subject, last.object) if last else None
            parsed = _read(state, p.doc, list(recent), pair)
            here: set[tuple[str, str, str]] = set()  # what the rules read in this sentence
            for st in _sentence_statements(state, p, parsed, list(recent), last):
                key = (st.subject, st.relation, st.object, st.trigger_start)
                if key in seen or st.subject == st.object or not _in_range(st.relation, st.object):
                    continue
                seen.add(key)
                if st.negated or st.hypothetical:
                    if include_hedged:
                        yield st
                    continue
                if st.level == "explicit":
                    last = st
                stated.add(oriented(st.subject, st.relation, st.object))
                here.add((st.subject, st.relation, st.object))
                if st.level == "explicit":
                    state.acts.append((frames.act_stem(st.trigger), st.subject))
                    state.targets[st.relation] = st.object
                if st.polarity < 0 and st.level == "explicit":
                    against = state.claimants.setdefault(st.object, [])
                    if st.subject not in against:
                        against.append(st.subject)
                related.setdefault(frozenset((st.subject, st.object)), set()).add(st.polarity)
                yield st
            # the pair model reads sentences where a trigger fired: on a sentence with none it
            # added statements only on the split it was fitted on, and fired on near misses
            if model is not None and len(p.actors) >= 2 and parsed.firings:
                candidates = [
                    (c.a, c.b, pairmodel.features(parsed.sentence, parsed.firings, c),
                     pairmodel.anchor(c), "explicit")
                    for c in pairmodel.pairs(parsed.sentence)
                ]
                yield from _learned(state, p, parsed, model, candidates, stated, related, here)
            if context_model is not None and p.actors and recent and parsed.firings:
                prior = [a for r in recent for a in r]
                candidates = [
                    (c.subject, c.object,
                     pairmodel.context_features(parsed.sentence, parsed.firings, c, state.text),
                     _nearest_trigger(p.doc, parsed.firings, c.inside_tok), "context")
                    for c in pairmodel.context_pairs(parsed.sentence, prior)
                ]
                yield from _learned(
                    state, p, parsed, context_model, candidates, stated, related, here)
            read = parsed.sentence
            state.topic = frames.topic(read) or frames.opening_actor(read) or (
                state.topic if frames.pronoun_subject(read) else None)
        else:
            state.topic = _unparsed_topic(state, p)
        if p.actors:
            recent.append(p.actors)


def _read(state: DocState, doc: Doc, recent: list[list[str]], pair: tuple[str, str] | None
          ) -> Parsed:
    """Descriptions resolved ("le pays"), triggers fired, recipients after "à" promoted: what
    the rules and both models read of the sentence, done once."""
    anaphoric = anaphora.resolve(doc, state.lang, recent, pair, state.text.focus)
    firings = lexicon(state.lang).fire(doc)
    if firings:
        clauses.recipients(doc, firings)
    text = doc.text  # joined from the tokens at each call
    s = Sentence(doc, state.lang, reciprocal=is_reciprocal(text, state.lang))
    found = dates.find_dates(text, state.lang, state.document.date)
    return Parsed(s, firings, found, anaphoric)


def _unparsed_topic(state: DocState, p: Pending) -> str | None:
    """The topic after a sentence not worth a parse: the one actor it names ("Milei multiplie
    les fronts diplomatiques"), or the same as before when it names none and opens on a
    subject pronoun ("Il s'est rendu à Jérusalem en février.")."""
    if len(p.actors) == 1:
        return p.actors[0]
    text = state.document.text[p.start:p.end].lstrip("«\"“ ")
    first = text.split(" ", 1)[0].lower()
    if not p.actors and first in words(state.lang, "subject_pronoun"):
        return state.topic
    return None


def _embedded(trig: Token, firings: list[Firing]) -> bool:
    """Is the trigger inside another trigger's phrase ("dismissed Western sanctions")?"""
    others = {f.start for f in firings} - {trig.i}
    return any(a.i in others for a in trig.ancestors)


def _nearest_trigger(doc: Doc, firings: list[Firing], tok: Token) -> Token:
    """The trigger closest to an actor: where a context statement's evidence is read."""
    start = min(firings, key=lambda f: abs(f.start - tok.i)).start
    return doc[start]


def _learned(
    state: DocState,
    p: Pending,
    parsed: Parsed,
    model: PairModel,
    candidates: list,
    stated: set[tuple[str, str, str]],
    related: dict[frozenset[str], set[int]],
    here: set[tuple[str, str, str]],
) -> Iterator[Statement]:
    """What a model reads above its thresholds that no rule said: (subject, object, features,
    anchor word, level) candidates, from the pair model (two actors of the sentence) or the
    context model (one of them named just before). Never a relation of the opposite sign on a
    pair the rules read (a visit the rules read as cooperation is not also hostility), never
    in a negated or hypothetical clause, never an ended cooperation."""
    s = parsed.sentence
    for subj, obj, feats, anchor, level in candidates:
        signs = related.get(frozenset((subj, obj)))
        for rel, prob in model.scores(feats, model.live).items():
            key = oriented(subj, rel, obj)
            if prob < model.threshold.get(rel, 1.0) or key in stated or not _in_range(rel, obj):
                continue
            if (obj, rel, subj) in here:
                continue  # the rules read this sentence's direction; the model's bag of words not
            if signs is not None and relations()[rel].polarity not in signs:
                continue
            if denied(s, anchor, rel, level):
                continue
            stated.add(key)
            when = dates.nearest(parsed.dates, anchor.idx)
            span = p.doc[anchor.i : anchor.i + 1]
            yield _statement(state, p, span, Reading(subj, rel, obj, prob, level, when))


def _sentence_statements(
    state: DocState, p: Pending, parsed: Parsed, recent: list[list[str]], last: Statement | None
) -> Iterator[Statement]:
    doc = p.doc
    assert doc is not None
    pair = (last.subject, last.object) if last else None
    s, firings, found_dates, anaphoric = (
        parsed.sentence, parsed.firings, parsed.dates, parsed.anaphoric
    )
    if not firings:
        return
    acting = s.actors
    strict: list[tuple[Firing, list[tuple[str, str, str]]]] = []
    used: set[str] = set()
    # each trigger's phrase is its own: the others' heads are walls for it
    # (a reply reads into the claim it answers: "called Washington's accusations groundless")
    walled = {
        f.start: s.walled(frozenset(
            g.start for g in firings
            if g is not f and not (f.trigger.frame == "reply" and _claim(g))
        ))
        for f in firings
    }
    for f in firings:
        pairs = frames.strict(walled[f.start], f) if acting else []
        if not pairs and acting and f.outer is not None and (
                read := frames.strict(walled[f.start], f.outer)):
            # the specific noun found no sides: the verb it was preferred to has them
            walled[f.outer.start] = walled[f.start]
            f, pairs = f.outer, read
        strict.append((f, pairs))
        for a, _, b in pairs:
            used.update((a, b))
    strict = clauses.threats(s, clauses.accused_acts(s, strict))
    background = clauses.background_actors(s, strict)
    alike = clauses.likewise_actors(s)  # "tout comme l'UA": they do what the subject does
    marker = has_marker(doc.text, state.lang)
    antecedent = last  # what "did the same" repeats: the act read last, in this sentence too
    # a verb's act, once one is read here, over a noun's in an adjunct after it ("Cairo pulled
    # its ambassador out of Israel during the Gaza fighting, and Turkey did the same")
    verbal = False
    for f, pairs in strict:
        ws = walled[f.start]
        if clauses.states_no_act(ws, f, firings):
            continue  # a joint statement's manner, "soutient que", an evacuation
        trig = doc[f.start]
        level, how = "explicit", "parse"
        if acting and (alike_act := frames.similar(ws, f, state.targets)) is not None:
            pairs, level, how = alike_act, "context", "context"  # "issued similar condemnations"
        elif f.trigger.frame in REPEATING:  # "did the same", "responded in kind"
            # "a emboîté le pas à Bamako en coupant les ponts avec Kiev": the act it names
            # under it is what is repeated, and is read on its own
            verb = ws.governing_verb(trig)
            # (a motive in it is no act repeated: "did the same, as a gesture of solidarity")
            named = any(g is not f and read and _adjunct_of(ws.governing_verb(doc[g.start]), verb)
                        and not is_motive(doc[g.start]) for g, read in strict)
            pairs = [] if named else frames.repeated(ws, f, antecedent)
            level, how = "context", "context"
        elif not pairs and acting and (mutual := frames.shared_ties(ws, f, state.text.focus)):
            pairs = mutual  # "Dakar et Nouakchott ont rompu leurs relations"
        elif not pairs and acting:
            pairs, how = frames.fallback(ws, f, used), "fallback"
            who = state.topic or (last.subject if last is not None else None)
            if not pairs and who is not None:  # "Il a aussi suspendu sa coopération avec…"
                pairs = frames.resumed(ws, f, who)
                level, how = ("context", "context") if pairs else (level, how)
            if not pairs and not used and (  # relating no one
                not _embedded(trig, firings) or verdicts.judging_verb(ws, trig) is not None
            ):  # a verdict hangs on what it judges: "a qualifié l'expulsion de disproportionnée"
                near = {a for r in recent for a in r}  # the text's focus, named just before
                focus = [a for a in state.text.focus if a in near]
                pairs = frames.completed(ws, f, last, focus, state.claimants, state.acts)
                level, how = "context", "context"
        elif not pairs and marker and relations()[f.relation].polarity < 0:
            sides = list(pair) if pair else anaphora.latest([a for r in recent for a in r], 2)
            pairs, level, how = frames.reciprocal(f, sides), "context", "context"
        if background and f.relation != "member_of":
            pairs = [t for t in pairs if not {t[0], t[2]} & background]
        against = frames.adversaries(ws, trig) if pairs else set()
        # "renforce ses défenses contre la Russie": who a positive act is against is no
        # partner in it
        pairs = [t for t in pairs
                 if not ({t[0], t[2]} & against and relations()[t[1]].polarity > 0)]
        if pairs and any(relations()[r].polarity < 0 for _, r, _ in pairs):
            helped = frames.motive_actors(s)  # "… in solidarity with Azerbaijan"
            pairs = [t for t in pairs if not (t[2] in helped and relations()[t[1]].polarity < 0)]
        if not pairs:
            continue
        aside = clauses.aside_for(ws, trig) if how != "context" else ()
        if (alike or aside) and how != "context":
            pairs = clauses.likewise(alike + aside, pairs,
                                     undergoes=trig.pos_ in VERBAL and ws.is_passive(trig))
        negated = is_negated(ws, trig, f.end, f.with_token)
        hypo = is_hypothetical(ws, trig, f.with_token) or (
            has_role(f.relation, "membership") and is_candidacy(ws, trig))
        positive = all(relations()[r].polarity > 0 for _, r, _ in pairs)
        if positive and is_ended(ws, trig):
            negated = True  # an ended cooperation is not current cooperation
        stated = _denial_stating(ws, f, [r for _, r, _ in pairs]) if negated and positive else None
        if stated is not None:
            pairs, negated = [(a, stated, b) for a, _, b in pairs], False
        conf = CONFIDENCE[how] * (HEDGED_FACTOR if negated or hypo else 1.0)
        when = dates.nearest(found_dates, trig.idx)
        for subj, rel, obj in pairs:
            rel = _suspension_from(f, doc, subj, rel, obj, state.lang)
            if rel == "supports" and (clauses.armed(s, trig, subj) or clauses.armed(s, trig, obj)):
                rel = "military_cooperation"  # "des forces somaliennes épaulées par…"
            lvl, c = level, conf
            if anaphoric & {subj, obj}:  # one side is "le pays", "les deux voisins"...
                lvl, c = "context", conf * CONFIDENCE["context"] / CONFIDENCE[how]
            if state.calibrate and not (negated or hypo):
                c = pairmodel.calibrated(rel, c)
            span = doc[f.start : f.end]
            reading = Reading(subj, rel, obj, c, lvl, when, negated, hypo)
            st = _statement(state, p, span, reading)
            if lvl == "explicit" and not (negated or hypo) and (
                    trig.pos_ in VERBAL or not verbal):
                antecedent, verbal = st, trig.pos_ in VERBAL
            yield st


def _denial_stating(s: Sentence, f: Firing, rels: list[str]) -> str | None:
    """The act a denied positive act states instead: not renewing a tie or ending it is
    suspending it ("declined to renew the transit deal", "freezing military exchanges with
    Japan", "a gelé son aide"); refusing support is rejecting ("a refusé d'appuyer le projet
    américain"). None: the denial is only a denial."""
    trig = s.doc[f.start]
    renewed = {trig.lemma_.lower(), s.governing_verb(trig).lemma_.lower()}
    if renewed & words(s.lang, "renewal"):
        return "suspends_cooperation"
    if all(r == "supports" for r in rels) and refused_support(s, trig):
        return "rejects"
    end = ending_verb(trig, words(s.lang, "end_tie"), f.with_token)
    if end is not None and not (is_negated(s, end) or is_hypothetical(s, end)):
        return "suspends_cooperation"
    return None


def _adjunct_of(v: Token, verb: Token) -> bool:
    """Is `v` a gerund, participle or infinitive clause after `verb`, hung on it ("a emboîté le
    pas en coupant…")?"""
    return v.head.i == verb.i and v.i > verb.i and v.dep_ in {"advcl", "xcomp"}


def denied(s: Sentence, anchor: Token, relation: str, level: str = "explicit") -> bool:
    """"n'a pas rompu", "could impose", "failed to", an ended cooperation: a model's statement
    there is denied (the models do not read modality; `scripts/train_pairs.py` skips these
    near misses too)."""
    if relations()[relation].polarity > 0 and level == "explicit" and is_ended(s, anchor):
        return True
    return (is_negated(s, anchor, anchor.i + 1) or is_hypothetical(s, anchor)
            or anchor.lemma_.lower() in words(s.lang, "refusal"))


def _suspension_from(f: Firing, doc: Doc, subj: str, rel: str, obj: str, lang: str) -> str:
    """An organisation suspending a state's participation or membership suspends the state
    from itself: `sanctions` by the organisation (docs/annotation.md), not an ended
    cooperation ("l'UA a suspendu la participation du Soudan")."""
    if rel != "suspends_cooperation" or f.with_token is None:
        return rel
    types = gazetteer.load().type_of
    if types.get(subj) != "Organisation" or types.get(obj) != "State":
        return rel
    word = doc[f.with_token].lemma_.lower()
    return "sanctions" if word in words(lang, "membership") else rel


def _in_range(relation: str, obj: str) -> bool:
    """Is the object of the class the relation's rdfs:range asks for? One is a member of an
    organisation, never of a state ("the members of the alliance, Venezuela, Bolivia, Cuba")."""
    wanted = relations()[relation].range
    return wanted is None or gazetteer.load().type_of.get(obj) == wanted


def _claim(f: Firing) -> bool:
    """An accusation or protest (kg:extractionRole "claim" in alliances.ttl)."""
    return has_role(f.relation, "claim")


def _statement(state: DocState, p: Pending, trig_span: Span, r: Reading) -> Statement:
    """A Statement with its evidence: sentence and trigger offsets made document-relative."""
    return Statement(
        doc_id=state.document.id,
        subject=r.subject,
        relation=r.relation,
        object=r.object,
        polarity=relations()[r.relation].polarity,
        confidence=round(r.confidence, 3),
        sentence=trig_span.doc.text,
        sentence_start=p.start,
        sentence_end=p.end,
        trigger=trig_span.text,
        trigger_start=p.start + trig_span.start_char,
        trigger_end=p.start + trig_span.end_char,
        level=r.level,
        doc_date=state.document.date,
        event_date=r.when.value if r.when else None,
        event_date_precision=r.when.precision if r.when else None,
        negated=r.negated,
        hypothetical=r.hypothetical,
    )
