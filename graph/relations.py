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
from functools import cache

from spacy.tokens import Doc, Token

from graph import anaphora, dates, nlp
from graph.arguments import (
    AGENT_CASES,
    CORE_DEPS,
    LOCATIVE_CASES,
    OBJECT_CASES,
    VERBAL,
    Sentence,
    is_hypothetical,
    is_negated,
    words,
)
from graph.model import Document, Statement
from graph.segment import sentences
from graph.triggers import Firing, lexicon
from graph.vocab import relations

CONTEXT_SENTENCES = 3
CONFIDENCE = {"parse": 0.85, "fallback": 0.6, "context": 0.45, "hedged": 0.2}
HEDGED_FACTOR = 0.25


@dataclass(slots=True)
class Pending:
    """A sentence of a document waiting for (or not needing) its parse."""

    start: int
    end: int
    actors: list[str]  # acting actors found by the cheap pass, in text order
    parse: bool
    doc: Doc | None = None


@dataclass(slots=True)
class DocState:
    document: Document
    lang: str
    sentences: list[Pending] = field(default_factory=list)


@cache
def _markers(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Stems of reciprocity words and the pair phrases ("deux pays")."""
    recip = frozenset(w[: max(5, len(w) - 2)] for w in words(lang, "reciprocal"))
    return recip, tuple(words(lang, "pair"))


def has_marker(text: str, lang: str) -> bool:
    """Does the sentence say the relation is mutual, or name "the two countries"?"""
    low = text.lower()
    recip, pairs = _markers(lang)
    if any(p in low for p in pairs) or any(p in low for p in anaphora.phrases(lang)):
        return True
    return is_reciprocal(low, lang)


def is_reciprocal(text: str, lang: str) -> bool:
    """Does the sentence say the relation holds both ways ("mesures réciproques")?"""
    recip = _markers(lang)[0]
    lengths = {len(r) for r in recip}
    return any(w[:k] in recip for w in text.lower().split() for k in lengths)


def extract(
    documents: Iterable[Document],
    *,
    include_hedged: bool = False,
    batch_docs: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Statements of each document, in input order, streaming batch by batch."""
    batch: list[DocState] = []
    for document in documents:
        batch.append(_first_pass(document))
        if len(batch) >= batch_docs:
            yield from _finish(batch, include_hedged, n_process)
            batch = []
    if batch:
        yield from _finish(batch, include_hedged, n_process)


def _first_pass(document: Document) -> DocState:
    lang = document.lang if document.lang in nlp.MODELS else "fr"
    state = DocState(document, lang)
    lex = lexicon(lang)
    text = document.text
    for start, end in sentences(text):
        doc = nlp.first_pass(lang, text[start:end])
        actors = list(dict.fromkeys(s.label_ for s in doc.spans["actors"]))
        # two actors are worth a parse whatever the words ("struck" hides "strike")
        worth = bool(actors) or has_marker(doc.text, lang)
        parse = len(actors) >= 2 or (worth and lex.could_fire([t.lower_ for t in doc]))
        state.sentences.append(Pending(start, end, actors, parse))
    return state


def _finish(
    batch: list[DocState], include_hedged: bool, n_process: int
) -> Iterator[tuple[Document, list[Statement]]]:
    for lang in {state.lang for state in batch}:
        pending = [(st, p) for st in batch if st.lang == lang for p in st.sentences if p.parse]
        texts = ((st.document.text[p.start : p.end], i) for i, (st, p) in enumerate(pending))
        parser = nlp.load(lang)
        for doc, i in parser.pipe(texts, as_tuples=True, batch_size=64, n_process=n_process):
            pending[i][1].doc = doc
    for state in batch:
        yield state.document, list(_document_statements(state, include_hedged))


def _document_statements(state: DocState, include_hedged: bool) -> Iterator[Statement]:
    recent: deque[list[str]] = deque(maxlen=CONTEXT_SENTENCES)
    seen: set[tuple[str, str, str, int]] = set()
    last: Statement | None = None
    for p in state.sentences:
        if p.doc is not None:
            for st in _sentence_statements(state, p, list(recent), last):
                key = (st.subject, st.relation, st.object, st.trigger_start)
                if key in seen or st.subject == st.object:
                    continue
                seen.add(key)
                if st.negated or st.hypothetical:
                    if include_hedged:
                        yield st
                    continue
                if st.level == "explicit":
                    last = st
                yield st
        if p.actors:
            recent.append(p.actors)


def _context_pair(recent: list[list[str]]) -> list[str]:
    """The two actors the text was last about, most recent first."""
    found: list[str] = []
    for actors in reversed(recent):
        for a in reversed(actors):
            if a not in found:
                found.append(a)
            if len(found) == 2:
                return found
    return []


def _sentence_statements(
    state: DocState, p: Pending, recent: list[list[str]], last: Statement | None
) -> Iterator[Statement]:
    doc = p.doc
    assert doc is not None
    anaphoric = anaphora.resolve(doc, state.lang, recent)
    s = Sentence(doc, state.lang)
    s.reciprocal = is_reciprocal(doc.text, state.lang)
    firings = lexicon(state.lang).fire(doc)
    if not firings:
        return
    found_dates = dates.find_dates(doc.text, state.lang, state.document.date)
    acting = s.actors
    strict: list[tuple[Firing, list[tuple[str, str, str]]]] = []
    used: set[str] = set()
    for f in firings:
        s.blocked = {g.start for g in firings if g is not f}
        pairs = _strict(s, f) if acting else []
        strict.append((f, pairs))
        for a, _, b in pairs:
            used.update((a, b))
    marker = has_marker(doc.text, state.lang)
    for f, pairs in strict:
        s.blocked = {g.start for g in firings if g is not f}
        trig = doc[f.start]
        level, how = "explicit", "parse"
        if f.trigger.frame == "follow":
            pairs, level, how = _follow(s, last), "context", "context"
        elif not pairs and acting:
            pairs, how = _fallback(s, f, used), "fallback"
        elif not pairs and marker and relations()[f.relation].polarity < 0:
            pairs, level, how = _reciprocal(f, _context_pair(recent)), "context", "context"
        if not pairs:
            continue
        negated, hypo = is_negated(s, trig, f.end), is_hypothetical(s, trig)
        conf = CONFIDENCE[how] * (HEDGED_FACTOR if negated or hypo else 1.0)
        when = dates.nearest(found_dates, trig.idx)
        for subj, rel, obj in pairs:
            lvl, c = level, conf
            if anaphoric & {subj, obj}:  # one side is "le pays", "les deux voisins"...
                lvl, c = "context", min(conf, CONFIDENCE["context"] * (conf / CONFIDENCE[how]))
            yield _statement(state, p, doc, f, subj, rel, obj, c, lvl, when, negated, hypo)


def _statement(state, p, doc, f, subj, rel, obj, conf, level, when, negated, hypo) -> Statement:
    trig_span = doc[f.start : f.end]
    return Statement(
        doc_id=state.document.id,
        subject=subj,
        relation=rel,
        object=obj,
        polarity=relations()[rel].polarity,
        confidence=round(conf, 3),
        sentence=doc.text,
        sentence_start=p.start,
        sentence_end=p.end,
        trigger=trig_span.text,
        trigger_start=p.start + trig_span.start_char,
        trigger_end=p.start + trig_span.end_char,
        level=level,
        doc_date=state.document.date,
        event_date=when.value if when else None,
        event_date_precision=when.precision if when else None,
        negated=negated,
        hypothetical=hypo,
    )


# --- frames ------------------------------------------------------------------------------------


def _strict(s: Sentence, f: Firing) -> list[tuple[str, str, str]]:
    trig = s.doc[f.start]
    frame = f.trigger.frame
    rel = f.relation
    if frame == "follow":
        return []
    if frame == "pair":
        return _pairs(rel, _pair_group(s, trig))
    subjects, objects = _agent_patient(s, trig, frame, multiword=len(f.trigger.lemmas) > 1)
    if frame == "member":
        subjects, objects = _member(s, trig, subjects, objects)
    if frame == "envoy" and trig.pos_ not in VERBAL and f.with_token is not None:
        owner = s.phrase_actors(s.doc[f.with_token], located=False)  # "l'ambassadeur du Soudan"
        if owner:
            subjects = owner
            objects = [a for a in objects if a not in owner]
    if frame == "envoy" and subjects and not objects:
        objects = _around(s, trig, subjects)[:1]  # "rappelle son ambassadeur à Paris"
    elif frame == "victim" and subjects and not objects:
        # "a frappé des sites iraniens"
        objects = [a for a in _targets(s, trig) if a not in subjects][:1]
    elif frame == "victim" and objects and not subjects:
        subjects = _around(s, trig, objects)[:1]
    elif not subjects and len(objects) >= 2 and relations()[rel].symmetric:
        return _pairs(rel, objects)  # "des officiers maliens accueillis au Maroc"
    if not objects and len(subjects) >= 2 and (relations()[rel].symmetric or s.reciprocal):
        return _pairs(rel, subjects)  # "Dakar et Nouakchott ont signé un accord"
    return [(a, rel, b) for a in subjects for b in objects if a != b]


def _targets(s: Sentence, trig: Token) -> list[str]:
    """Places hit by an act: demonyms on sites and cities, capitals named as places."""
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    own = s.phrase_actors(trig, places=True)
    return own + s.actors_of(s.complements(verb, set()), places=True)


def _around(s: Sentence, trig: Token, exclude: list[str]) -> list[str]:
    """Actors and places next to an act whose author is not named: where it happened."""
    verb = s.governing_verb(trig)
    near = s.phrase_actors(trig, places=True)
    if verb is not trig:
        near += s.actors_of(s.complements(verb, s.subtree_tokens(trig)), places=True)
    return [a for a in dict.fromkeys(near) if a not in exclude]


def _pairs(rel: str, group: list[str]) -> list[tuple[str, str, str]]:
    if len(group) < 2:
        return []
    out = [(a, rel, b) for i, a in enumerate(group) for b in group[i + 1 :]]
    if not relations()[rel].symmetric:
        out += [(b, rel, a) for a, _, b in out]
    return out


def _pair_group(s: Sentence, trig: Token) -> list[str]:
    verb = s.governing_verb(trig)
    between = s.between(trig) or s.between(verb)
    if between:
        return between
    own = s.phrase_actors(trig)
    subj_toks = s.subject_tokens(verb) if verb.pos_ in VERBAL else []
    inside = {i for t in subj_toks for i in s.subtree_tokens(t)}
    subj = [] if trig.i in inside else s.actors_of(subj_toks)
    return list(dict.fromkeys(subj + own))


def _agent_patient(
    s: Sentence, trig: Token, frame: str = "agent", multiword: bool = False
) -> tuple[list[str], list[str]]:
    """Subjects and objects of an agentive trigger, verb or noun.

    A phrase ("persona non grata") or a word that is neither verb nor noun takes the arguments
    of the verb it completes, plus the actors inside its own phrase.
    """
    head = trig
    if multiword or (trig.pos_ not in VERBAL and trig.pos_ not in {"NOUN", "PROPN"}):
        head = s.governing_verb(trig)
    if head.pos_ in VERBAL:
        subjects, objects = _verb_args(s, head)
        if head is not trig:
            objects += [a for a in s.phrase_actors(trig) if a not in subjects + objects]
        return subjects, objects
    return _noun_args(s, head, frame)


def _verb_args(s: Sentence, verb: Token) -> tuple[list[str], list[str]]:
    if s.is_passive(verb):
        subj_toks = s.agent_tokens(verb)
        patients = s.patient_tokens(verb)
    else:
        subj_toks, patients = s.subject_tokens(verb), []
    exclude = {i for t in subj_toks for i in s.subtree_tokens(t)}
    subjects = s.actors_of(subj_toks)
    others = patients + s.complements(verb, exclude)
    # where it happened counts only when nothing else is named ("a US base in Qatar")
    objects = s.actors_of(others, located=False) or s.actors_of(others)
    return subjects, [o for o in objects if o not in subjects]


def _noun_args(s: Sentence, noun: Token, frame: str) -> tuple[list[str], list[str]]:
    """Arguments of a nominal trigger, from its prepositions and the verb it completes.

    "de X" / "of X" naming a state directly is the act's author ("les sanctions de la CEDEAO",
    "le soutien de la Russie"); a state named inside it through a body is the one acted on
    ("l'expulsion de diplomates français"). Acts on a victim take "de X" as the victim always.
    """
    subjects: list[str] = []
    objects: list[str] = []
    authors: list[str] = []
    rest: list[str] = []
    for c in s.complements(noun, set()):
        cases = {g.lower_ for g in c.children if g.dep_ in {"case", "prep"}}
        head = c
        if c.dep_ == "prep":
            cases.add(c.lower_)
            head = next((g for g in c.children if g.dep_ == "pobj"), c)
        found = s.phrase_actors(c, located=False)
        if cases & LOCATIVE_CASES:
            continue  # "la détention d'un diplomate en France": where, not who
        if cases & AGENT_CASES:
            subjects += found
        elif cases & OBJECT_CASES:
            objects += found
        elif c.dep_ in {"nmod:poss", "poss"}:
            subjects += found
        elif frame != "victim" and head.i in s.actor_at:
            named = [a for t in _conjuncts(s, head) for a in s.actor_at.get(t.i, ())]
            authors += named  # "le retrait du Mali, du Burkina Faso et du Niger de la CEDEAO"
            rest += [a for a in found if a not in named]
        else:
            rest += found
    noun = _through_quantity(s, noun)  # "a wave of strikes": the wave is what was launched
    verb = s.governing_verb(noun)
    role = noun.head.dep_ if noun.dep_ == "conj" else noun.dep_  # "annoncé le retour … et la fin …"
    governed = verb is not noun and verb.pos_ in VERBAL and role in CORE_DEPS
    clause = s.actors_of(s.subject_tokens(verb)) if governed else []
    if governed and verb.lemma_.lower() in words(s.lang, "receive"):
        # "l'Azerbaïdjan bénéficie du soutien de la Turquie": the subject receives
        return _dedupe(subjects + authors + rest, clause)
    subjects = subjects or authors
    if not subjects and authors == [] and clause:
        subjects = clause
    if subjects and authors and set(authors) != set(subjects):
        rest += [a for a in authors if a not in subjects]
    if not objects:
        objects = rest
    elif not subjects:
        subjects = rest
    return _split_organisations(*_dedupe(subjects, objects))


def _through_quantity(s: Sentence, noun: Token) -> Token:
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in {"pobj", "nmod"} and head.lemma_.lower() in words(s.lang, "quantity"):
        return head
    return noun


def _conjuncts(s: Sentence, tok: Token) -> list[Token]:
    """An actor and those enumerated with it, even when the parse nests the list
    ("du Mali, du Burkina Faso et du Niger" often comes out as nmod of nmod)."""
    from graph.gazetteer import load

    types = {a.name: a.type for a in load().actors}
    kind = {types.get(a) for a in s.actor_at.get(tok.i, ())}
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            same = {types.get(a) for a in s.actor_at.get(c.i, ())} & kind
            if c.dep_ == "conj" or (same and c.dep_ in {"nmod", "appos"} and c.i > t.i + 1):
                stack.append(c)
    return out


def _dedupe(subjects: list[str], objects: list[str]) -> tuple[list[str], list[str]]:
    subjects = list(dict.fromkeys(subjects))
    return subjects, [o for o in dict.fromkeys(objects) if o not in subjects]


def _split_organisations(subjects: list[str], objects: list[str]) -> tuple[list[str], list[str]]:
    """States and organisations named together as authors: states act on the organisation
    ("le retrait du Mali et du Niger de la CEDEAO")."""
    if objects or len(subjects) < 2:
        return subjects, objects
    from graph.gazetteer import load

    gaz = load()
    orgs = [a for a in subjects if gaz.by_name[a].type == "Organisation"]
    if orgs and len(orgs) < len(subjects):
        return [a for a in subjects if a not in orgs], orgs
    return subjects, objects


def _member(
    s: Sentence, trig: Token, subjects: list[str], objects: list[str]
) -> tuple[list[str], list[str]]:
    from graph.gazetteer import load

    gaz = load()
    found = s.phrase_actors(trig) + objects + subjects
    orgs = list(dict.fromkeys(a for a in found if gaz.by_name[a].type == "Organisation"))[:1]
    subjects = [a for a in subjects if a not in orgs]
    if trig.dep_ in {"appos", "nmod", "acl"} and trig.head.i in s.actor_at:
        subjects = s.actor_at[trig.head.i]
    if not subjects:
        verb = s.governing_verb(trig)
        subjects = s.actors_of(s.subject_tokens(verb))
    return [a for a in subjects if a not in orgs], orgs


def _fallback(s: Sentence, f: Firing, used: set[str]) -> list[tuple[str, str, str]]:
    """One side found by the parse, the other the sentence's remaining actor."""
    rel = f.relation
    free = [a for a in s.actors if a not in used]
    found = _fallback_one_side(s, f, used)
    if found or f.trigger.frame == "follow" or not relations()[rel].symmetric:
        return found
    if len(free) == 2 and not _has_subject(s):
        return _pairs(rel, free)  # a broken parse of "X et Y ont signé un accord"
    return []


def _has_subject(s: Sentence) -> bool:
    root = next((t for t in s.doc if t.dep_ == "ROOT"), None)
    return root is not None and bool(s.subject_tokens(root))


def _fallback_one_side(s: Sentence, f: Firing, used: set[str]) -> list[tuple[str, str, str]]:
    trig = s.doc[f.start]
    rel = f.relation
    if f.trigger.frame == "pair":
        group = _pair_group(s, trig)
        if len(group) == 1:
            root = _root_subject(s)
            partner = [a for a in root + _root_objects(s) if a not in group]
            if not root:  # the sentence's own arguments, when it names them, are the partners
                partner = _nearest(s, trig, exclude=set(group) | used)
            return _pairs(rel, group + partner[:1])
        return []
    if f.trigger.frame == "follow":
        return []
    subjects, objects = _agent_patient(
        s, trig, f.trigger.frame, multiword=len(f.trigger.lemmas) > 1
    )
    if f.trigger.frame == "member":
        subjects, objects = _member(s, trig, subjects, objects)
        if subjects or not objects:
            return []
    if f.trigger.frame == "envoy" and subjects and not objects:
        objects = _around(s, trig, subjects)[:1]
    if subjects and not objects:
        objects = _nearest(s, trig, exclude=set(subjects) | used)[:1]
        if not objects and f.trigger.frame == "reply":
            objects = _nearest(s, trig, exclude=set(subjects))[:1]  # the claimant
    elif objects and not subjects:
        subjects = [a for a in _root_subject(s) if a not in objects][:1] or _nearest(
            s, trig, exclude=set(objects) | used, left=True
        )[:1]
    return [(a, rel, b) for a in subjects for b in objects if a != b]


def _root_subject(s: Sentence) -> list[str]:
    root = next((t for t in s.doc if t.dep_ == "ROOT"), None)
    return s.actors_of(s.subject_tokens(root)) if root is not None else []


def _root_objects(s: Sentence) -> list[str]:
    root = next((t for t in s.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in VERBAL:
        return []
    return s.actors_of(c for c in root.children if c.dep_ in {"obj", "dobj", "iobj"})


def _nearest(s: Sentence, trig: Token, exclude: set[str], left: bool = False) -> list[str]:
    cands = [
        (abs(i - trig.i), a)
        for i, names in s.actor_at.items()
        for a in names
        if a not in exclude and (not left or i < trig.i)
    ]
    return [a for _, a in sorted(cands)][:1]


def _reciprocal(f: Firing, pair: list[str]) -> list[tuple[str, str, str]]:
    if len(pair) < 2 or f.trigger.frame == "follow":
        return []
    a, b = pair[1], pair[0]  # text order
    if relations()[f.relation].symmetric:
        return [(a, f.relation, b)]
    return [(a, f.relation, b), (b, f.relation, a)]


def _follow(s: Sentence, last: Statement | None) -> list[tuple[str, str, str]]:
    if last is None:
        return []
    done = (last.object, last.subject)
    return [(a, last.relation, last.object) for a in s.actors if a not in done]
