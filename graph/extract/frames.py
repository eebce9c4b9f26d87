"""Argument frames: who acts on whom for each kind of trigger, read off the parse.

One function per frame of the trigger lexicon (agent, pair, victim, member, envoy, reply,
follow; ontology/triggers/README.md), then the fallbacks used when the parse names only one
side: the sentence's other actor, the main clause's arguments, or the pair the text was just about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from spacy.tokens import Token

from graph.extract.arguments import (
    CORE_DEPS,
    OBJECT_DEPS,
    RELATIVE_DEPS,
    SUBJ_DEPS,
    VERBAL,
    Sentence,
    comma_modifier,
    first_conjunct,
    has_own_subject,
    has_possessive,
    index_before,
    is_apposition,
    is_relative,
    is_relative_object,
    marked_nouns,
)
from graph.extract.clauses import likewise_actors, qualifies_state_noun, roster
from graph.extract.lexicon import fused_articles, is_motive, words
from graph.extract.triggers import (
    OBJECT,
    REPEATING,
    Firing,
    actors_before,
    after_actor,
    infinitives,
)
from graph.extract.verdicts import VERDICT, addressed_to, judged, judging_verb
from graph.gazetteer import load
from graph.kg.vocab import has_role, relations
from graph.model import Statement

Triple = tuple[str, str, str]
# frames whose two sides word order can tell: one actor before the act, one after
WORD_ORDER_FRAMES = frozenset({"agent", "envoy", "reply", "victim"})


def strict(s: Sentence, f: Firing) -> list[Triple]:
    """The triples the parse states for trigger `f`, both sides named in the sentence."""
    trig = s.doc[f.start]
    frame = f.trigger.frame
    rel = f.relation
    if frame in REPEATING:
        return []
    if frame == "pair":
        subj, own = _pair_sides(s, trig)
        if len(subj) > 1:  # "X and Y signed agreements with Z": only a partner named "with"
            own = [a for a in own if a in _comitative_actors(s, trig)]
            verb = s.governing_verb(trig)
            if not own and verb.pos_ in VERBAL:  # "with Z" hung on the verb
                own = [a for a in _comitative_actors(s, verb, children_only=True)
                       if a not in subj]
        if subj and _crisis_of_one(s, trig, rel, own):
            # "Jakarta l'a dénoncé au plus fort de la crise du Timor oriental", "face à la
            # crise irakienne": the crisis of one state, where it happens, not a quarrel of
            # the clause's subject with it (that one is "avec Dili")
            return []
        if subj and own and not set(subj) & set(own):
            # "Japan deepened its cooperation with Australia, India and the Philippines":
            # the subject with each partner, the partners listed are not paired together
            return [t for a in subj for b in own for t in _pairs(rel, [a, b])]
        return _pairs(rel, _pair_group(s, trig))
    if _misread_headline(trig, f):
        return []  # read by word order in `fallback`, once the parse's own readings are known
    subjects, objects = _arguments(s, f)
    if frame == "victim" and subjects and not objects:
        # "a frappé des sites iraniens"
        objects = [a for a in _targets(s, trig) if a not in subjects][:1]
    elif frame == "victim" and objects and not subjects:
        subjects = _around(s, trig, objects)[:1]
    elif not subjects and len(objects) >= 2 and relations()[rel].symmetric:
        # "des officiers maliens accueillis au Maroc"; not a list of objects ("s'en prennent
        # aux ambassades du Rwanda, de la France et de la Belgique": no relation among them)
        return [] if _listed(s, objects) else _pairs(rel, objects)
    if not objects and len(subjects) >= 2 and (
        (relations()[rel].symmetric and _mutual(s, f) and (
            relations()[rel].polarity > 0 or trig.pos_ not in VERBAL))  # not "X and Y protested"
        or s.reciprocal
    ):
        return _pairs(rel, subjects)  # "Dakar et Nouakchott ont signé un accord"
    if len(subjects) >= 2 and objects and relations()[rel].symmetric and _their_ties(
            s, trig) and not set(objects) & _comitative_actors(s, trig):
        # "Doha et Manama ont rétabli leurs relations, au terme d'une réunion au siège du
        # CCG": their own ties; a party besides them is named "with" ("avec Riyad")
        return _pairs(rel, subjects)
    return [(a, rel, b) for a in subjects for b in objects if a != b]


def _misread_headline(trig: Token, f: Firing) -> bool:
    """A present-tense verb right after its subject that the tagger took for a noun, an
    adjective or an adverb ("Le Rwanda dément les accusations congolaises": "dément" an adverb,
    "accusations" the root; "Niamey coupe les ponts avec Kiev"): the row fired on the verb
    guessed from the form, so the tree is wrong and the word order is what holds."""
    return (f.guessed and f.trigger.frame in WORD_ORDER_FRAMES and trig.pos_ not in VERBAL
            and after_actor(trig))


def _listed(s: Sentence, actors: list[str]) -> bool:
    """Are these actors enumerated together (conjuncts of one another)?"""
    at = {i for i, names in s.actor_at.items() if set(names) & set(actors)}
    for i in at:
        t = s.doc[i]
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            if t.i in at:
                return True
    return False


def _mutual(s: Sentence, f: Firing) -> bool:
    """Does the predicate hold among its coordinated subjects? "X et Y ont signé un accord",
    "X and Y reconciled": yes. "France and Germany condemned the seizure": the act has an
    object of its own, and the subjects are not related to each other by it."""
    trig = s.doc[f.start]
    if trig.pos_ not in VERBAL:
        return True
    if trig.dep_ in RELATIVE_DEPS:
        return False  # "le Qatar, qu'ils accusent de…": the antecedent is the one acted on
    objs = [c for c in trig.children if c.dep_ in {"obj", "dobj"} and not f.start <= c.i < f.end]
    shared = words(s.lang, "pair_possessive")  # "leurs différends", "their ties"
    mutual = words(s.lang, "mutual_object")  # "un accord", not "des contingents"
    return not objs or any(
        c.lemma_.lower() in mutual or any(d.lower_ in shared for d in c.children) for c in objs
    )


def shared_ties(s: Sentence, f: Firing, focus: Sequence[str]) -> list[Triple]:
    """"Dakar et Nouakchott ont rompu leurs relations", "Cairo and Ankara recalled their
    ambassadors": a directed act on the subjects' own ties or envoys, with no object, holds
    each way between them when they are the two actors the text is about. Otherwise the
    object is the text's main actor ("le Chili et la Colombie rappellent leurs ambassadeurs"
    in a story on Israel), which completion finds."""
    subjects, objects = _arguments(s, f)
    if objects or len(subjects) != 2 or set(subjects) != set(focus[:2]):
        return []
    trig = s.doc[f.start]
    if _comitative_actors(s, trig) or not _own_ties(s, f):
        return []
    return _pairs(f.relation, list(subjects))


def _their_ties(s: Sentence, trig: Token) -> bool:
    """Is the verb's object the subjects' own ties, by a possessive ("leurs relations")?"""
    shared, mutual = words(s.lang, "pair_possessive"), words(s.lang, "mutual_object")
    return any(c.lemma_.lower() in mutual and any(d.lower_ in shared for d in c.children)
               for c in _direct_objects(trig))


def _own_ties(s: Sentence, f: Firing) -> bool:
    """Is the verb's object the subjects' own ties or envoys ("leurs relations", "their
    ambassadors", "leurs diplomates respectifs", "cut diplomatic ties"), not something given
    to a third party ("suspended their aid")?"""
    trig = s.doc[f.start]
    if _their_ties(s, trig):
        return True
    shared = words(s.lang, "pair_possessive")
    mutual = words(s.lang, "mutual_object")
    respective = words(s.lang, "respective")
    for c in _direct_objects(trig):
        own = any(d.lower_ in shared for d in c.children)
        each = any(d.lemma_.lower() in respective for d in c.children)
        in_phrase = f.with_token == c.i or f.start <= c.i < f.end  # "cut diplomatic ties"
        if (c.lemma_.lower() in mutual and in_phrase) or (own and each):
            return True
    return False


def _direct_objects(trig: Token) -> list[Token]:
    """A verb trigger's direct objects (none for a noun trigger)."""
    if trig.pos_ not in VERBAL:
        return []
    return [c for c in trig.children if c.dep_ in {"obj", "dobj"}]


@lru_cache(maxsize=64)
def _arguments(s: Sentence, f: Firing) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Subjects and objects of a non-pair trigger, with what its frame adds to the parse.
    Read once per sentence view and firing: strict, fallback and completion all ask."""
    subjects, objects = _read_arguments(s, f)
    return tuple(subjects), tuple(objects)


def _read_arguments(s: Sentence, f: Firing) -> tuple[list[str], list[str]]:
    trig = s.doc[f.start]
    if f.trigger.frame == "member" and trig.dep_ in {"amod", "acl", "nmod"} and (
        f.with_token == trig.head.i
    ) and not (trig.pos_ in VERBAL and s.agent_tokens(trig)):
        trig = trig.head  # "membre fondateur de l'OTSC": the noun it qualifies heads the phrase
        # (not "la CEI, fondée par la Russie, l'Ukraine et la Biélorussie": those found it)
    frame = f.trigger.frame
    judge = judging_verb(s, trig) if has_role(f.relation, VERDICT) else None
    if judge is not None:
        return judged(s, judge, trig)
    subjects, objects = _agent_patient(s, trig, frame, multiword=len(f.trigger.lemmas) > 1,
                                       negative=relations()[f.relation].polarity < 0)
    if frame == "member":
        subjects, objects = _member(s, trig, subjects, objects)
        if len(subjects) == 1 and trig.dep_ == "appos" and trig.head.i in s.actor_at:
            # "le Kenya et l'Ouganda, membres fondateurs de l'EAC": the apposition is the
            # whole list's, though the parse hangs it on the last of them
            subjects = _coordinated_with(s, subjects, objects)
    if objects and trig.pos_ in VERBAL and trig.lemma_.lower() in words(s.lang, "accuse"):
        accused = addressed_to(s, trig)
        if accused is not None:  # "reproche au royaume son rapprochement avec Israël"
            objects = [a for a in objects if a in accused]
    if OBJECT in f.trigger.with_ and f.with_token in s.actor_at:
        # the row asked for an actor as object: that one ("abandonne Taipei au profit de Pékin")
        objects = [a for a in s.actor_at[f.with_token] if a not in subjects]
    if frame == "envoy" and trig.pos_ not in VERBAL and f.with_token is not None and not (
            has_possessive(s.doc[f.with_token])):  # "le rappel de son ambassadeur à Washington":
        # the owner is the clause's subject, the phrase names where the envoy sits
        owner = s.phrase_actors(s.doc[f.with_token], located=False)  # "l'ambassadeur du Soudan"
        if owner:
            subjects = owner
            objects = [a for a in objects if a not in owner]
    if frame == "envoy" and trig.pos_ in VERBAL and f.with_token is not None and subjects and (
            s.doc[f.with_token].head.i == trig.i):  # not "recalled that the consul in Seoul…"
        # where the envoy is posted, before any other complement: "rappelle son ambassadeur en
        # poste à Téhéran, en signe de solidarité avec Riyad"
        posted = [a for a in s.phrase_actors(s.doc[f.with_token], places=True)
                  if a not in subjects]
        objects = posted or objects
    if frame == "envoy" and subjects and not objects:
        objects = _around(s, trig, subjects)[:1]  # "rappelle son ambassadeur à Paris"
    if subjects and not objects and (frame == "envoy" or (
        frame == "agent" and has_role(f.relation, "countermeasure")
    )):
        objects = _sibling_objects(s, trig, subjects)
    return subjects, objects


def adversaries(s: Sentence, trig: Token) -> set[str]:
    """Actors a positive act is directed against: named as the head of a "contre" /
    "against" phrase that hangs on the trigger, its verb or its object; not deeper ("des
    médecins contre du pétrole vénézuélien"), nor in another clause ("condamnent l'agression
    contre le Qatar et expriment leur solidarité avec Doha")."""
    cases = words(s.lang, "adversative_case")
    stops = {trig.i, s.governing_verb(trig).i}
    out: set[str] = set()
    for i, names in s.actor_at.items():
        t = first_conjunct(s.doc[i])  # "contre la Russie et la Chine"
        marks = [c for c in t.children if c.dep_ == "case"]
        if marks and marks[-1].lower_ in cases:  # not "a voté contre avec Damas"
            h = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in cases:
            h = t.head.head
        else:
            continue
        # on the trigger or its verb, or on their object ("renforcé ses défenses contre la
        # Russie"); not deeper ("plaide pour la levée des sanctions contre l'Iran")
        if h.i in stops or (h.dep_ in {"obj", "dobj"} and h.head.i in stops):
            out.update(names)
    return out


@lru_cache(maxsize=64)
def motive_actors(s: Sentence) -> frozenset[str]:
    """Actors named in a motive phrase of the sentence ("en signe de solidarité avec le royaume
    saoudien", "in solidarity with Azerbaijan"): whom a hostile act is done for, never its
    target. Read once per sentence (the hostile acts of the sentence ask)."""
    return frozenset(a for m in s.doc if is_motive(m)
                     for t in _motive_phrase(s, m) for a in s.actor_at.get(t.i, ()))


def _motive_phrase(s: Sentence, m: Token) -> list[Token]:
    """The motive word's phrase, with a "with" phrase the parse hung on the verb right after
    it ("in solidarity with Azerbaijan")."""
    phrase = list(m.subtree)
    nxt = m.right_edge.i + 1
    if nxt < len(s.doc) and s.doc[nxt].lower_ in words(s.lang, "comitative"):
        w = s.doc[nxt]
        phrase += list((w if w.dep_ == "prep" else w.head).subtree)
    return phrase


def _sibling_objects(s: Sentence, trig: Token, subjects: list[str]) -> list[str]:
    """The other party of the act a recall, a suspension or a sanction is coordinated with,
    the same subject doing both ("Paris expulse douze diplomates algériens et rappelle son
    ambassadeur", "expulse le haut-commissaire indien et suspend le commerce bilatéral"); not
    a clause with a subject of its own ("the summit urged …, and Britain suspended …")."""
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    siblings = [c for c in verb.children
                if c.dep_ == "conj" and c.pos_ in VERBAL and not has_own_subject(c)]
    if verb.dep_ == "conj" and verb.head.pos_ in VERBAL and not has_own_subject(verb):
        siblings.append(verb.head)
    for other in siblings:
        objects = [a for a in _verb_args(s, other)[1] if a not in subjects]
        if objects:
            return objects[:1]
    return []


def _targets(s: Sentence, trig: Token) -> list[str]:
    """Places hit by an act: demonyms on sites and cities, capitals named as places."""
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    own = s.phrase_actors(trig, places=True)
    return own + s.actors_of(s.complements(verb, set()), places=True)


def _around(s: Sentence, trig: Token, exclude: list[str]) -> list[str]:
    """Actors and places next to an act whose author is not named: where it happened."""
    verb = s.governing_verb(trig)
    near = s.phrase_actors(trig, places=True)
    if verb.i != trig.i:
        near += s.actors_of(s.complements(verb, s.subtree_tokens(trig)), places=True)
    return [a for a in dict.fromkeys(near) if a not in exclude]


def _crisis_of_one(s: Sentence, trig: Token, rel: str, own: list[str]) -> bool:
    """A hostile pair noun whose own phrase names one state, not "with" it: the crisis where
    it happens ("la crise irakienne"), which makes no second party of the clause's subject."""
    return (trig.pos_ == "NOUN" and trig.lemma_.lower() in words(s.lang, "crisis_noun")
            and relations()[rel].polarity < 0 and len(own) == 1
            and not _comitative_actors(s, trig) and not s.between(trig))


def _pairs(rel: str, group: list[str]) -> list[Triple]:
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
    subj, own = _pair_sides(s, trig)
    return list(dict.fromkeys(subj + own))


def _comitative_actors(s: Sentence, trig: Token, children_only: bool = False) -> set[str]:
    """Actors named "with" the pair noun ("agreements with the EU"), not "over" ("at odds over
    Syria": the subject of the quarrel, not a party); of a verb, only its own complements."""
    case = words(s.lang, "comitative")
    nouns = [n for t in ([trig] if children_only else trig.subtree) for n in marked_nouns(t, case)]
    if trig.dep_ != "prep" and s.has_case(trig, case):
        nouns.append(trig)
    return {a for n in nouns for u in _conjuncts(s, n) for a in s.actor_at.get(u.i, ())}


def _pair_sides(s: Sentence, trig: Token) -> tuple[list[str], list[str]]:
    """The clause's subject and the actors of the pair noun's own phrase; none when the
    phrase says "entre X et Y" (all of them are then the pair)."""
    verb = s.governing_verb(trig)
    if s.between(trig) or s.between(verb):
        return [], []
    own = s.phrase_actors(trig)
    subj_toks = s.subject_tokens(verb) if verb.pos_ in VERBAL else []
    inside = {i for t in subj_toks for i in s.subtree_tokens(t)}
    subj = [] if trig.i in inside else s.actors_of(subj_toks)
    return subj, own


def _agent_patient(
    s: Sentence, trig: Token, frame: str = "agent", multiword: bool = False,
    negative: bool = False,
) -> tuple[list[str], list[str]]:
    """Subjects and objects of an agentive trigger, verb or noun.

    A phrase ("persona non grata") or a word that is neither verb nor noun takes the arguments
    of the verb it completes, plus the actors inside its own phrase.
    """
    head = trig
    if multiword or (trig.pos_ not in VERBAL and trig.pos_ not in {"NOUN", "PROPN"}):
        head = s.governing_verb(trig)
    if head.pos_ in VERBAL and head.dep_ in {"ccomp", "xcomp"} and (
            head.head.lemma_.lower() in words(s.lang, "declare")):
        # "Sudan declared fifteen Emirati diplomats persona non grata": the parse makes the
        # envoys the subject of a small clause; the one who declares is the author
        inner = s.actors_of(s.subject_tokens(head))
        outer = [a for a in s.actors_of(s.subject_tokens(head.head)) if a not in inner]
        if inner and outer:
            return outer, inner
    if head.pos_ in VERBAL:
        subjects, objects = _verb_args(s, head, envoy=frame == "envoy")
        if head.i != trig.i:
            objects += [a for a in s.phrase_actors(trig) if a not in subjects + objects]
        return subjects, objects
    under = _undergoer(s, head)
    if under is not None:  # "La Guinée reste sous sanctions de la CEDEAO": its act on Guinea
        keeper, patient = under  # its author named on the noun itself, not "des actifs finlandais"
        named = [a for c in head.children if c.i in s.actor_at for a in s.actor_at[c.i]]
        authors = [a for a in named or keeper if a not in patient]
        if authors:
            return authors, patient
    return _noun_args(s, head, frame, negative)


def _verb_args(s: Sentence, verb: Token, envoy: bool = False) -> tuple[list[str], list[str]]:
    """Subject and complements of a verb trigger. For an envoy the place where the envoy sits
    is the other party ("ses chefs de mission au Panama, en République dominicaine et au
    Salvador"), so locative phrases count as much as the others."""
    # "Soutenue par Washington, l'Ukraine…": a fronted participle whose agent is named
    fronted = verb.dep_ == "advcl" and _bare_participle(verb) and bool(s.actors_of(
        s.agent_tokens(verb, chained=False)))
    passive = fronted or s.is_passive(verb)
    if passive:
        subj_toks = s.agent_tokens(verb)
        patients = s.patient_tokens(verb)
        if not patients and verb.dep_ in {"acl", "amod"} and verb.head.i != verb.i:
            patients = [verb.head]  # "Mali, backed by Russia": the noun the participle qualifies
        elif not patients and fronted and verb.head.i != verb.i:
            # the main clause's subject undergoes it
            patients = s.subject_tokens(verb.head)
    else:
        subj_toks, patients = s.subject_tokens(verb), []
    exclude = {i for t in subj_toks for i in s.subtree_tokens(t)}
    subjects = s.subject_actors(subj_toks)
    hung = _hung_on_agent(s, subj_toks) if passive else []
    subjects = [a for a in subjects if a not in hung]
    if not patients and verb.dep_ == "advcl" and _bare_participle(verb) and subjects:
        # "Suspendu de la CEDEAO, le Burkina Faso…": the main clause's subject underwent it
        source = _source(s, verb, subjects)
        if source:
            return source, subjects
    if s.actors_of(patients):  # passive: the one acted upon is the grammatical subject
        objects = [o for o in s.actors_of(patients) if o not in subjects]
        return subjects or _source(s, verb, objects), objects
    others = patients + s.complements(verb, exclude)
    if verb.dep_ in RELATIVE_DEPS and verb.head.i not in exclude:
        # "le bloc, que l'Afrique du Sud a rejoint": the relative object is the antecedent
        others = [verb.head if is_relative_object(t) else t for t in others]
    if _is_venue_verb(s, verb):
        others = [t for t in others if not _is_venue(s, t)]
    elif _unnamed_direct_object(s, verb):
        others = [t for t in others if not s.has_case(t, words(s.lang, "dative_case"))]
    # where it happened counts only when nothing else is named ("a US base in Qatar")
    objects = s.actors_of(others, located=envoy) or s.actors_of(others) or hung
    return subjects, [o for o in objects if o not in subjects]


def _is_venue_verb(s: Sentence, verb: Token) -> bool:
    """A verb of signing or meeting: its place phrase is where, never a party ("signé en
    février à Addis-Abeba", "met in Doha")."""
    return bool({verb.lemma_.lower(), *infinitives(verb)} & words(s.lang, "venue_verb"))


def _unnamed_direct_object(s: Sentence, verb: Token) -> bool:
    """A verb whose party is its direct object, here naming no one ("ont soutenu au Conseil
    des droits de l'homme une résolution"): its "à" phrase is then where, not the party."""
    if verb.lemma_.lower() not in words(s.lang, "direct_party_verb"):
        return False
    objs = _direct_objects(verb)
    return bool(objs) and not s.actors_of(objs)


def _is_venue(s: Sentence, tok: Token) -> bool:
    return s.has_case(tok, words(s.lang, "venue_case") | s.locative_cases)


def _venue_actors(s: Sentence, verb: Token) -> set[str]:
    """Actors named as where a signing or meeting verb took place ("paraphé à Luanda")."""
    if verb.pos_ not in VERBAL or not _is_venue_verb(s, verb):
        return set()
    return set(s.actors_of(t for t in s.complements(verb, set()) if _is_venue(s, t)))


def _hung_on_agent(s: Sentence, agents: list[Token]) -> list[str]:
    """"the sanctions imposed by the EU on Belarus", "l'aide promise par le Japon à l'Ukraine":
    the parse hangs the other side on the agent's name with an object preposition; a state is
    not "on" anyone, the act is."""
    return [a for t in agents if t.i in s.actor_at for n in marked_nouns(t, s.object_cases)
            for a in s.actors_of([n]) if a not in s.actor_at[t.i]]


def _deep_agent(s: Sentence, noun: Token) -> list[str]:
    """Actors named "par X" / "by X" on the act's patient ("l'expulsion de l'ambassadeur de
    France par le Mali", "the expulsion of the French ambassador by Mali")."""
    return list(dict.fromkeys(
        a for patient in marked_nouns(noun, words(s.lang, "genitive_case"))
        for agent in marked_nouns(patient, s.agent_cases)
        for u in _conjuncts(s, agent) for a in s.actor_at.get(u.i, ())
    ))


def _source(s: Sentence, verb: Token, objects: list[str]) -> list[str]:
    """The organisation a passive act without agent comes from: "le Mali a été suspendu de la
    CEDEAO" is the organisation's act; and the state an envoy is expelled from."""
    types = load().type_of
    cases = words(s.lang, "source_case")
    # a state, or its capital as a place, is the author only of an expulsion: "the ambassador
    # was expelled from Riyadh" (while "troops were withdrawn from Mali" names the one left)
    state = verb.lemma_.lower() in words(s.lang, "expelled_from")
    fused = {f for case in cases for f in fused_articles(s.lang, preposition=case)}
    sources = [c for c in s.complements(verb, set()) if s.has_case(c, cases) or (
        # "des instances": "de" fused with the article, which the parse reads as a determiner
        any(g.dep_ == "det" and g.lower_ in fused for g in c.children))]
    # "suspendus des instances de l'UA", "suspended from AU activities": the body's organs
    organs = words(s.lang, "organ_noun")
    sources += [g for c in sources if c.lemma_.lower() in organs for g in c.children
                if g.dep_ in {"nmod", "compound", "poss", "nmod:poss", "prep", "pobj"}]
    found = s.actors_of(sources, places=state)
    return [a for a in found if (state or types[a] == "Organisation") and a not in objects]


def _noun_args(
    s: Sentence, noun: Token, frame: str, negative: bool = False
) -> tuple[list[str], list[str]]:
    """Arguments of a nominal trigger, from its prepositions and the verb it completes.

    "de X" / "of X" naming a state directly is the act's author ("les sanctions de la CEDEAO",
    "le soutien de la Russie"); a state named inside it through a body is the one acted on
    ("l'expulsion de diplomates français"). Acts on a victim take "de X" as the victim always.
    """
    # "l'un des premiers bailleurs du Rwanda": the pronoun stands where the noun would
    stand = noun.head if (noun.dep_ == "nmod" and noun.head.pos_ == "PRON"
                          and noun.head.lemma_.lower() in words(s.lang, "partitive_pronoun")
                          ) else noun
    if (is_apposition(stand) or comma_modifier(stand)) and stand.head.i in s.actor_at:
        # "Moscou, principal soutien de Caracas": the apposition names what its head is (and
        # what the head's conjuncts are: "L'Australie et la Nouvelle-Zélande, principaux
        # bailleurs du Forum")
        inside = set(s.subtree_tokens(stand))
        listed = [stand.head, *(c for c in stand.head.children
                                if c.dep_ == "conj" and c.i not in inside)]
        owner = list(dict.fromkeys(a for t in listed for a in s.actor_at.get(t.i, ())))
        return owner, [a for a in s.phrase_actors(noun, located=False) if a not in owner]
    # "Abu Dhabi has become Chad's most generous backer": a supporter's noun names its
    # subject too; a harm's noun does not ("Kyiv is the target of Russian strikes")
    owner = s.actors_of(_predicated(s, stand)) if frame != "victim" or not negative else []
    if owner:
        # "La Russie est le principal soutien de la Syrie", "the US remains one of South
        # Africa's biggest donors": the predicate names what its subject is
        return owner, [a for a in s.phrase_actors(noun, located=False) if a not in owner]
    subjects: list[str] = []
    objects: list[str] = []
    authors: list[str] = []
    rest: list[str] = []
    for c in s.complements(noun, set()):
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        head = c
        if c.dep_ == "prep":
            cases.add(c.lower_)
            head = next((g for g in c.children if g.dep_ == "pobj"), c)
        found = s.phrase_actors(c, located=False)
        if cases & s.locative_cases:
            continue  # "la détention d'un diplomate en France": where, not who
        if cases & s.agent_cases:
            # "l'expulsion par le Mali de l'ambassadeur français": the agent is the named
            # head, what hangs on it is the act's object
            named = [a for t in _conjuncts(s, head) for a in s.actor_at.get(t.i, ())] or found
            subjects += named
            rest += [a for a in found if a not in named]
        elif cases & s.object_cases:
            objects += found
        elif c.dep_ in {"nmod:poss", "poss"}:
            # "Georgia's sovereignty": what is owned by the possessor is given to it
            given = noun.lemma_.lower() in words(s.lang, "beneficiary_noun")
            (objects if given else subjects).extend(found)
        elif c.dep_ == "amod" and c.i in s.actor_at and negative and (
                noun.lemma_.lower() not in words(s.lang, "captive")):
            # "l'invasion russe de l'Ukraine": the demonym on a harm is its author; not on
            # the ones it holds ("des prisonniers arméniens"), nor on what a state is given
            # ("la souveraineté marocaine", "la cause palestinienne")
            subjects += s.actor_at[c.i]
        elif frame != "victim" and head.i in s.actor_at:
            named = [a for t in _conjuncts(s, head) for a in s.actor_at.get(t.i, ())]
            if set(named) & set(likewise_actors(s)):
                continue  # "son soutien au Maroc, tout comme Abou Dhabi": a co-author
            authors += named  # "le retrait du Mali, du Burkina Faso et du Niger de la CEDEAO"
            rest += [a for a in found if a not in named]
        else:
            rest += found
    if not subjects:
        # "l'expulsion de l'ambassadeur de France par le Mali": the parse hangs the agent on
        # the envoy; a person is not acted "by" a state, the act is
        deep = _deep_agent(s, noun)
        if deep:
            subjects = deep
            objects = [a for a in objects if a not in deep]
            rest = [a for a in rest if a not in deep]
            authors = [a for a in authors if a not in deep]
    if not subjects and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and (
        noun.head.i not in s.blocked  # "la condamnation par Paris des frappes": its own act
    ):
        # "la mise au ban du Qatar par l'Arabie saoudite": the author hangs on the light noun
        inside = s.subtree_tokens(noun)
        for c in s.complements(noun.head, inside):
            if any(g.dep_ == "case" and g.lower_ in s.agent_cases for g in c.children):
                subjects += s.phrase_actors(c, located=False)
    if not subjects:
        # "la guerre menée par la Russie en Ukraine", "the aid provided by Japan to Sri Lanka":
        # a passive participle on the act names its author and the one acted on
        for c in noun.children:
            if c.dep_ == "acl" and c.pos_ in VERBAL and s.is_passive(c):
                agents = s.agent_tokens(c, chained=False)
                hung = _hung_on_agent(s, agents)
                by = [a for a in s.actors_of(agents) if a not in hung]
                inside = {i for t in agents for i in s.subtree_tokens(t)}
                on = [a for a in s.actors_of(s.complements(c, inside), located=True)
                      if a not in by] + hung
                if by and (on or objects or rest):  # both sides named, or the judge of "la
                    subjects += by  # suspension décidée par la Ligue" would become its target
                    rest += on
    if not subjects:
        # "des sanctions que les États-Unis maintiennent contre le Venezuela": the relative
        # clause whose object is the act names its author and target
        for c in noun.children:
            if c.dep_ in RELATIVE_DEPS and c.pos_ in VERBAL and not s.is_passive(c) and any(
                is_relative_object(g) for g in c.children
            ):
                subj_toks = s.subject_tokens(c)
                inside = {i for t in subj_toks for i in s.subtree_tokens(t)}
                subjects += s.actors_of(subj_toks)
                rest += [a for a in s.actors_of(s.complements(c, inside), located=False)
                         if a not in subjects]
    noun = _through_quantity(s, noun)  # "a wave of strikes": the wave is what was launched
    verb = s.governing_verb(noun)
    role = noun.head.dep_ if noun.dep_ == "conj" else noun.dep_  # "annoncé le retour … et la fin …"
    if noun.head.i in s.actor_at and (
        (noun.dep_ == "appos" and not is_apposition(noun))
        or (noun.dep_ == "nmod" and noun.head.dep_.startswith(("obl", "iobj")))
    ):
        # "a accordé au Sri Lanka un prêt", "a accordé à la Tunisie des prêts": the parse
        # hung the object on the recipient
        role = "obj"
        rest += [a for a in s.actor_at[noun.head.i] if a not in rest]
    given = _provided_with(s, noun)
    if given is not None:  # "supplied Kyiv with helmets": the verb's object receives them
        role = "obj"
        rest += [a for a in s.actors_of(c for c in given.children if c.dep_ in {"obj", "dobj"})
                 if a not in rest]
    governed = verb.i != noun.i and verb.pos_ in VERBAL and role in CORE_DEPS
    clause = s.actors_of(s.subject_tokens(verb)) if governed else []
    if not governed and verb.pos_ in VERBAL and is_motive(noun):
        # "Kuwait recalled its envoy in solidarity with Riyadh": the clause's subject shows it
        # (not who is named in the motive, which the parse may hang on that subject)
        named = [a for t in _motive_phrase(s, noun) for a in s.actor_at.get(t.i, ())]
        clause = [a for a in s.actors_of(s.subject_tokens(verb)) if a not in named]
        rest = rest or [a for a in named if a not in clause]
    if governed and role in OBJECT_DEPS and not (objects or rest or subjects):
        rest = _light_verb_objects(s, verb, noun)
    if clause and negative and verb.lemma_.lower() in words(s.lang, "judge"):
        clause = []  # "Moscou a jugé la suspension incorrecte": the judge did not suspend
    if governed and verb.lemma_.lower() in words(s.lang, "receive") and not (
        negative and verb.lemma_.lower() in words(s.lang, "obtain")
    ):  # "a obtenu le départ des forces françaises": the one who obtains it expels
        # "l'Azerbaïdjan bénéficie du soutien de la Turquie": the subject receives
        return _dedupe(subjects + authors + rest, clause)
    types = load().type_of
    if clause and authors and all(types[a] == "Organisation" for a in authors):
        # "le Niger a annoncé son retrait de la CEDEAO": states act on the organisation
        if all(types[a] == "State" for a in clause):
            return _dedupe(subjects or clause, objects + authors + rest)
    subjects = subjects or authors
    if not subjects and clause:
        subjects = clause
    if subjects and authors and set(authors) != set(subjects):
        rest += [a for a in authors if a not in subjects]
    if not objects:
        objects = rest
    elif not subjects:
        subjects = rest
    if not subjects and not objects and frame == "victim":
        # "placed an Algerian official in custody", "pris en otage": the act is the verb's
        # manner; its subject acts on its object
        v = _verb_of_phrase(noun)
        if v is not None:  # both named, or neither: "took control in an offensive" is no hold
            held = [a for a in s.actors_of(c for c in v.children if c.dep_ in {"obj", "dobj"})]
            holder = [a for a in s.subject_actors(s.subject_tokens(v)) if a not in held]
            if held and holder:
                subjects, objects = holder, held
    return _split_organisations(s, *_dedupe(subjects, objects))


def _provided_with(s: Sentence, noun: Token) -> Token | None:
    """The verb of "supplied Kyiv with helmets and vests" when `noun` is what a verb of
    providing gives "with" (instrument_case): the parse makes it the preposition's object."""
    first = first_conjunct(noun)
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ in words(s.lang, "instrument_case") and (
            prep.head.pos_ in VERBAL and prep.head.lemma_.lower() in words(s.lang, "provide_verb")):
        return prep.head
    return None


def _light_verb_objects(s: Sentence, verb: Token, noun: Token) -> list[str]:
    """Washington a exprimé sa « pleine solidarité » avec l'Estonie": the parse hangs the
    act's other side on the light verb, after its noun, when quotes or an adjective come
    between them."""
    inside = s.subtree_tokens(noun)
    return [a for c in s.complements(verb, inside) if c.i > noun.i
            and Sentence.has_case(c, s.object_cases) for a in s.phrase_actors(c, located=False)]


def _undergoer(s: Sentence, noun: Token) -> tuple[list[str], list[str]] | None:
    """Who is "under" the act ("est sous sanctions américaines", "remains under UN sanctions",
    "keeps Iranian officials under sanctions"): the clause's object, or else its subject; with
    the one who keeps the object there. None when the act is not put "under" ("sous
    quarante-huit heures" is a time; "under EU sanctions on Russia" names its target)."""
    cases = words(s.lang, "undergo_case")
    if noun.dep_ == "pobj" and noun.head.lower_ in cases:
        verb = noun.head.head
    elif Sentence.has_case(noun, cases):
        verb = noun if any(c.dep_ == "cop" for c in noun.children) else noun.head
    else:
        return None
    if any(c.dep_ == "nummod" for c in noun.children) or any(
            Sentence.has_case(c, s.object_cases) for c in s.complements(noun, set())):
        return None
    if verb.i == noun.i:
        return [], s.subject_actors(c for c in noun.children if c.dep_ in SUBJ_DEPS)
    held = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    if verb.dep_ in {"obj", "dobj"} and verb.pos_ in {"NOUN", "PROPN"}:
        held, verb = [verb], verb.head  # "a placé des dirigeants russes sous sanctions"
    if verb.pos_ not in VERBAL:
        return None
    subject = s.subject_actors(s.subject_tokens(verb))
    return (subject, s.actors_of(held)) if held else ([], subject)


def _verb_of_phrase(noun: Token) -> Token | None:
    """The verb a noun completes through a preposition ("in custody", "en détention")."""
    state = words(noun.lang_, "state_case")  # "in custody", "en détention", not "after the attack"
    if noun.dep_ == "pobj" and Sentence.has_case(noun.head, state):
        head = noun.head.head
    elif noun.dep_.startswith("obl") and Sentence.has_case(noun, state):
        head = noun.head
    else:
        return None
    return head if head.pos_ in VERBAL and head.i != noun.i else None


def _predicated(s: Sentence, noun: Token) -> list[Token]:
    """The subject a predicate noun describes: "X est le soutien de Y" (the noun bears the
    copula), "X is Y's backer", "X remains one of Y's donors" (an attribute of the verb)."""
    if any(c.dep_ == "cop" for c in noun.children):
        return [c for c in noun.children if c.dep_ in SUBJ_DEPS]
    t = noun
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "NUM":
        t = t.head.head  # "one of Y's donors"
    if t.dep_ == "attr" and t.head.pos_ in VERBAL:
        return [c for c in t.head.children if c.dep_ in SUBJ_DEPS]
    head = t.head
    if head.pos_ in VERBAL and head.i != t.i and (
            # "La France reste le premier bailleur de…" (the parse makes it an object)
            (t.dep_ in {"obj", "xcomp"} and head.lemma_.lower() in words(s.lang, "passive_copula"))
            # "L'Allemagne figure parmi les principaux bailleurs du Tchad"
            or any(c.dep_ == "case" and c.lower_ in words(s.lang, "among_case")
                   for c in t.children)):
        return [c for c in head.children if c.dep_ in SUBJ_DEPS]
    if t.dep_ == "pobj" and head.lower_ in words(s.lang, "among_case") and (
            head.head.pos_ in VERBAL):  # "Germany ranks among the main donors of Chad"
        return [c for c in head.head.children if c.dep_ in SUBJ_DEPS]
    return []


def _through_quantity(s: Sentence, noun: Token) -> Token:
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in {"pobj", "nmod"} and head.lemma_.lower() in words(s.lang, "quantity"):
        return head
    return noun


def _conjuncts(s: Sentence, tok: Token) -> list[Token]:
    """An actor and those enumerated with it, even when the parse nests the list
    ("du Mali, du Burkina Faso et du Niger" often comes out as nmod of nmod)."""
    types = load().type_of
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


def _split_organisations(
    s: Sentence, subjects: list[str], objects: list[str]
) -> tuple[list[str], list[str]]:
    """States and organisations named together as authors: states act on the organisation
    ("le retrait du Mali et du Niger de la CEDEAO"), unless they are listed together ("Egypt,
    Jordan and the GCC expressed solidarity with…": all three act)."""
    if objects or len(subjects) < 2:
        return subjects, objects
    types = load().type_of
    orgs = [a for a in subjects if types[a] == "Organisation"]
    if orgs and len(orgs) < len(subjects) and not _listed(s, subjects):
        return [a for a in subjects if a not in orgs], orgs
    return subjects, objects


def _member(
    s: Sentence, trig: Token, subjects: list[str], objects: list[str]
) -> tuple[list[str], list[str]]:
    types = load().type_of
    # "membre fondateur de la Ligue arabe": the tagger may hang the organisation on the
    # noun that qualifies the trigger, read as a clause the phrase does not enter
    heads = [trig, *(c for c in trig.children if c.dep_ in {"acl", "amod"} and not (
        set(c.morph.get("VerbForm")) & {"Fin", "Inf", "Ger"}))]  # (tagged a verb, at times)
    own = [a for h in heads for a in s.phrase_actors(h) if types[a] == "Organisation"]
    if not own and qualifies_state_noun(s, trig):  # "en tant qu'État membre de l'OTAN":
        # the organisation hangs on the noun the trigger qualifies
        own = [a for a in s.phrase_actors(trig.head) if types[a] == "Organisation"]
    found = own + objects + subjects
    # every organisation of the trigger's own phrase ("membre de la CEEAC et de l'OPEP"),
    # else the first one around it
    orgs = list(dict.fromkeys(own)) or list(
        dict.fromkeys(a for a in found if types[a] == "Organisation")
    )[:1]
    if not orgs:  # "la SADC, dont le Congo est membre": the relative clause's antecedent
        clause = next((t for t in [trig, *trig.ancestors] if t.dep_ in RELATIVE_DEPS or (
            t.dep_ in {"nmod", "acl"} and any(c.dep_ in SUBJ_DEPS for c in t.children)
        )), None)  # "dont X est membre" is parsed as a clause hanging on the organisation
        head = clause.head if clause is not None else None
        if head is not None and head.i not in s.actor_at and head.dep_ == "appos":
            head = head.head  # "the Quad, the grouping it forms with…": the grouping is the Quad
        if head is not None and head.i in s.actor_at:
            orgs = [a for a in s.actor_at[head.i] if types[a] == "Organisation"][:1]
    if not orgs:  # the parse hung "dont les deux pays sont membres" elsewhere: read the words
        orgs = _before_relative(s, trig)
    if not orgs and trig.dep_ in {"acl", "advcl"} and "Part" in trig.morph.get("VerbForm"):
        orgs = _participle_of(s, trig)  # "the Arab Maghreb Union, founded in 1989 by…"
    if not orgs and trig.dep_ in {"attr", "xcomp"}:  # "became a state party | to the ICC"
        verb = s.governing_verb(trig)
        orgs = [a for a in s.actors_of(s.complements(verb, {trig.i}))
                if types[a] == "Organisation"][:1]
    orgs = _coordinated_organisations(s, orgs)
    listed = roster(s, trig)
    if orgs and listed is not None:
        return listed[0], orgs
    subjects = [a for a in subjects if a not in orgs]
    described = _described(s, trig)
    if described is not None:  # "Senegal and Ghana, both members of ECOWAS"
        subjects = [a for t in _conjuncts(s, described) for a in s.actor_at.get(t.i, ())]
        subjects = [a for a in subjects if a not in orgs]
    if not subjects:
        verb = s.governing_verb(trig)
        subjects = s.actors_of(s.subject_tokens(verb))
    # "dont l'Ouganda et le Rwanda sont membres": every conjunct of the predicate's subject
    for c in trig.children:
        if c.dep_ in SUBJ_DEPS:
            subjects += [a for t in _conjuncts(s, c) for a in s.actor_at.get(t.i, ())]
    subjects = list(dict.fromkeys(subjects + _comitatives(s, trig)))
    members = [a for a in subjects if a not in orgs]
    if not members:  # "l'OCS regroupe la Chine, la Russie et l'Inde": the members follow,
        # not where it meets ("réunira ses chefs d'État à Abuja": a venue, not a member)
        case = words(s.lang, "venue_case")
        venues = {a for i, names in s.actor_at.items() for a in names
                  if i > 0 and s.doc[i - 1].lower_ in case}
        members = [a for a in objects if types[a] == "State" and a not in venues]
    return members, orgs


def _participle_of(s: Sentence, part: Token) -> list[str]:
    """The organisation a participle describes: its head, or (hung on the verb as an adverbial
    clause) the organisation whose name ends just before it ("l'UMA, fondée en 1989 par…"; not
    "a contingent of the EAC force has deployed…, joined by")."""
    types = load().type_of
    before = part.i - 1
    while before >= 0 and s.doc[before].is_punct:
        before -= 1
    head = part.head if part.dep_ == "acl" else s.doc[before] if before >= 0 else None
    found = s.actor_at.get(head.i, ()) if head is not None else ()
    return [a for a in found if types[a] == "Organisation"][:1]


def _described(s: Sentence, trig: Token) -> Token | None:
    """The actor a membership word describes: the one it is apposed to ("Le Mali, membre
    fondateur du G5 Sahel"), or the one the state noun it qualifies is apposed to ("au Canada,
    pays membre du G7"), which the parser may read as a conjunct without a conjunction or hang
    on the verb: then the actor just before the comma."""
    head = trig.head
    if trig.pos_ in VERBAL and s.agent_tokens(trig):
        return None  # "la CEI, fondée par la Russie…": the participle's agents are the members
    if qualifies_state_noun(s, trig):
        before = head.i - 2
        if head.dep_ == "appos" or (
                head.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children)):
            head = head.head
        elif before >= 0 and s.doc[before + 1].text == "," and before in s.actor_at:
            head = s.doc[before]
        else:
            return None
    elif trig.dep_ not in {"appos", "nmod", "acl", "conj"}:
        return None
    return head if head.i in s.actor_at else None


def _comitatives(s: Sentence, trig: Token) -> list[str]:
    """States a membership names "with" its subject: members too ("la Suisse est membre de
    l'AELE avec la Norvège et l'Islande", "the grouping India forms with Japan")."""
    types = load().type_of
    case = words(s.lang, "comitative")
    heads = [trig]
    if trig.pos_ not in VERBAL and (trig.dep_ in {"attr", "xcomp", "ROOT"} or any(
            c.dep_ == "cop" for c in trig.children)):
        heads.append(s.governing_verb(trig))  # a predicate noun: "is a member … with"
    heads += [t for t in trig.subtree if t.i != trig.i and any(  # "member of the EAC with…"
        types[a] == "Organisation" for a in s.actor_at.get(t.i, ()))]
    return [a for head in heads for noun in marked_nouns(head, case)
            for t in _conjuncts(s, noun) for a in s.actor_at.get(t.i, ()) if types[a] == "State"]


def _before_relative(s: Sentence, trig: Token) -> list[str]:
    """The organisation just before the relative pronoun that opens the trigger's clause
    ("du G20, dont les deux pays sont membres", "the EAC, to which both belong")."""
    types = load().type_of
    pronouns = words(s.lang, "relative_pronoun") | words(s.lang, "owner_relative")
    for i in range(trig.i - 1, max(-1, trig.i - 8), -1):
        if s.doc[i].lower_ not in pronouns:
            continue
        j = index_before(s.doc[i])
        return [a for a in s.actor_at.get(j, ()) if types[a] == "Organisation"][:1]
    return []


def _coordinated_organisations(s: Sentence, orgs: list[str]) -> list[str]:
    """Organisations listed after the first one, read off the words when the parse hangs them
    elsewhere: "membre de la Ligue arabe et de l'OCI", "a member of the AU and of the OIC"."""
    types = load().type_of
    at = [i for i, names in s.actor_at.items() if set(names) & set(orgs)]
    if len(orgs) != 1 or not at:
        return orgs
    out = list(orgs)
    i = max(at) + 1
    while i < len(s.doc):
        if s.doc[i].i in s.actor_at and set(s.actor_at[i]) <= set(out):
            i += 1  # the rest of a name already taken ("Organisation of Islamic Cooperation")
            continue
        if s.doc[i].pos_ != "CCONJ" and s.doc[i].text != ",":
            break
        j = i + 1
        while j < len(s.doc) and s.doc[j].pos_ in {"ADP", "DET"} and j not in s.actor_at:
            j += 1
        found = [a for a in s.actor_at.get(j, ()) if types[a] == "Organisation"]
        if not found:
            break
        out += [a for a in found if a not in out]
        i = j + 1
    return out


def fallback(s: Sentence, f: Firing, used: set[str]) -> list[Triple]:
    """One side found by the parse, the other the sentence's remaining actor."""
    rel = f.relation
    if _misread_headline(s.doc[f.start], f):
        return _linear(s, f, used)
    free = [a for a in s.actors if a not in used]
    found = _fallback_one_side(s, f, used)
    if found or f.trigger.frame in REPEATING:
        return found
    if relations()[rel].symmetric and len(free) == 2 and not _has_subject(s):
        return _pairs(rel, free)  # a broken parse of "X et Y ont signé un accord"
    return _linear(s, f, used)


def _linear(s: Sentence, f: Firing, used: set[str]) -> list[Triple]:
    """Word order when the parse gives neither side: one actor before the trigger acts on the
    one after it. Headlines in the present tense are often parsed with the verb as a modifier
    of its own subject ("Le Mali expulse l'ambassadeur de France"); the order still holds."""
    trig = s.doc[f.start]
    headline = after_actor(trig)  # "L'Iran attaque Israël", whatever tag the verb got
    if f.trigger.frame not in WORD_ORDER_FRAMES or not (
        trig.pos_ in VERBAL or headline
    ):
        return []
    if f.trigger.frame == "reply" and _denies_clause(s, trig):
        return []  # the actor after "denied that…" is inside the denied clause
    if s.is_passive(trig) or (_bare_participle(trig) and not headline):
        # "des agents français sont détenus à Ouagadougou", "la Guinée, suspendue des instances":
        # order inverts the roles
        return []
    before = [a for i, names in sorted(s.actor_at.items()) if i < f.start for a in names]
    # the clause ends at a semicolon: "Téhéran dément tout lien ; Londres n'y croit guère"
    stop = next((t.i for t in s.doc[f.end :] if t.text == ";"), len(s.doc))
    after = [a for i, names in sorted(s.actor_at.items()) if f.end <= i < stop for a in names]
    before, after = list(dict.fromkeys(before)), list(dict.fromkeys(after))
    # one actor before, or a written list right before the verb, every one of them its subject
    # ("The United States, Australia, Hungary, Israel and the Maldives side with Britain")
    if not before or (len(before) > 1 and not _list_before(s, f.start)):
        return []
    if len(after) != 1 or after[0] in before or {after[0], *before} & used:
        return []
    return [(a, f.relation, after[0]) for a in before]


def _list_before(s: Sentence, start: int) -> bool:
    """Is everything from the sentence's first actor up to `start` actors, commas,
    conjunctions and articles: one written list that ends on the trigger? (nlp.written_lists
    repairs the tree of a closed list of three; here the verb itself was misread, and only
    word order is left.)"""
    first = min(s.actor_at)
    return first < start and all(
        i in s.actor_at or t.pos_ in {"DET", "CCONJ"} or t.text == ","
        for i, t in enumerate(s.doc[first:start], start=first))


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary, qualifying a noun: passive in meaning."""
    morph = tok.morph
    return ("Part" in morph.get("VerbForm") and "Past" in morph.get("Tense")
            and not any(c.dep_.startswith("aux") for c in tok.children)
            and tok.dep_ in {"acl", "amod", "appos", "conj", "advcl"})


def _has_subject(s: Sentence) -> bool:
    return s.root is not None and bool(s.subject_tokens(s.root))


def _fallback_one_side(s: Sentence, f: Firing, used: set[str]) -> list[Triple]:
    trig = s.doc[f.start]
    rel = f.relation
    if f.trigger.frame == "pair":
        group = _pair_group(s, trig)
        verb = s.governing_verb(trig)
        if len(group) == 1 and verb.i != trig.i and verb.pos_ in VERBAL:
            # "a renforcé sa coopération militaire avec la Russie": the partner hangs on the verb
            own = s.subtree_tokens(trig) | {t.i for t in s.subject_tokens(verb)}
            partner = [a for a in s.actors_of(s.complements(verb, own), located=False)
                       if a not in group]
            if partner:  # every partner listed ("avec la Suisse, la Corée du Sud et Israël")
                return [t for p in partner for t in _pairs(rel, group + [p])]
        if len(group) == 1:
            subject_toks = s.subject_tokens(s.root) if s.root is not None else []
            root = s.actors_of(subject_toks)
            subject = [a for a in root if a not in group]
            named = {i for t in subject_toks for i in s.subtree_tokens(t)
                     if len(s.actor_at.get(i, ())) == 1}
            if len(subject) > 1 and len(named) > 1:
                # "Greece and Cyprus, themselves at odds with Ankara": each of them (named
                # one by one, not "both countries")
                return [t for p in subject for t in _pairs(rel, group + [p])]
            partner = [a for a in root + _root_objects(s) if a not in group]
            if not root:  # the sentence's own arguments, when it names them, are the partners
                partner = _nearest(s, trig, exclude=set(group) | used)
            return _pairs(rel, group + partner[:1])
        return []
    if f.trigger.frame in REPEATING:
        return []
    subjects, objects = _arguments(s, f)
    if f.trigger.frame == "member" and (subjects or not objects):
        return []  # only a named organisation with its member left unsaid goes on
    if subjects and not objects and f.trigger.frame == "reply" and _denies_clause(s, trig):
        return []  # "denied that he was a spy": the denied clause names no accuser
    if subjects and not objects:
        venues = _venue_actors(s, s.governing_verb(trig))
        objects = _nearest(s, trig, exclude=set(subjects) | used | venues, clause=True)[:1]
        if not objects and f.trigger.frame in {"reply", "envoy"}:
            # the claimant; the state an envoy is recalled from, named for the sentence's other
            # act ("a expulsé l'ambassadeur de France et rappelé le sien")
            objects = _nearest(s, trig, exclude=set(subjects))[:1]
    elif objects and not subjects:
        subjects = [a for a in _named_before_relative(s, trig) if a not in objects] or [
            a for a in _root_subject(s) if a not in objects][:1] or _coordinated_with(
            s, _nearest(s, trig, exclude=set(objects) | used, left=True)[:1], objects)
    return [(a, rel, b) for a in subjects for b in objects if a != b]


def _named_before_relative(s: Sentence, trig: Token) -> list[str]:
    """"la plainte déposée par Khartoum, qui accusait Abou Dhabi": a relative pronoun right
    after an actor and a comma stands for that actor, whatever noun the parse hung it on."""
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    rel = next((c for c in verb.children if c.dep_ in SUBJ_DEPS and is_relative(c)), None)
    if rel is None or rel.i < 2 or rel.nbor(-1).text != ",":
        return []
    return list(s.actor_at.get(rel.i - 2, ()))


def _coordinated_with(s: Sentence, names: list[str], exclude: list[str]) -> list[str]:
    """The actor found and those coordinated with it: "Berlin et Varsovie, tous deux membres
    de l'OTAN" are both members, though the parse hangs them on nothing."""
    if not names:
        return []
    at = [i for i, found in s.actor_at.items() if names[0] in found]
    if not at:
        return names
    tok = s.doc[max(at)]
    while tok.dep_ == "conj" and tok.head.i in s.actor_at:
        tok = tok.head
    group = [a for t in _conjuncts(s, tok) for a in s.actor_at.get(t.i, ())]
    return [a for a in dict.fromkeys(names + group) if a not in exclude]


def _denies_clause(s: Sentence, trig: Token) -> bool:
    """A denial whose object is a clause ("denied that he was a spy", "denied using chemical
    weapons", "dément qu'il ait travaillé pour…")."""
    return trig.pos_ in VERBAL and any(
        c.dep_ in {"ccomp", "csubj"} or (c.dep_ == "xcomp" and c.tag_ == "VBG")
        for c in trig.children)


def _root_subject(s: Sentence) -> list[str]:
    return s.actors_of(s.subject_tokens(s.root)) if s.root is not None else []


def _root_objects(s: Sentence) -> list[str]:
    if s.root is None or s.root.pos_ not in VERBAL:
        return []
    return s.actors_of(c for c in s.root.children if c.dep_ in {"obj", "dobj", "iobj"})


def _nearest(
    s: Sentence, trig: Token, exclude: set[str], left: bool = False, clause: bool = False
) -> list[str]:
    """The actor closest to the trigger; with clause=True, only in the trigger's own clause
    ("the US bombed the sites, and Iran fired at a base in Qatar": Qatar is not bombed)."""
    # a trigger inside a relative clause looks no further ("Russia, which condemned the raids,
    # asked the UN…"); one in the main clause may reach into a relative under its object
    inner = clause and s.doc[_clause(s, trig, relative=True)].dep_ in RELATIVE_DEPS
    own = _clause(s, trig, relative=inner) if clause else None
    cands = [
        (abs(i - trig.i), a)
        for i, names in s.actor_at.items()
        for a in names
        if a not in exclude
        and (not left or i < trig.i)
        and (own is None or _clause(s, s.doc[i], relative=inner) == own)
    ]
    return [a for _, a in sorted(cands)][:1]


def _clause(s: Sentence, tok: Token, relative: bool = False) -> int:
    """The head of the clause a token stands in; with `relative`, a relative clause counts as
    one of its own."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i or (relative and t.dep_ in RELATIVE_DEPS) or (
            t.pos_ in VERBAL and t.dep_ in {"conj", "parataxis"} and has_own_subject(t)
        ):
            return t.i
        t = t.head
    return t.i


def completed(
    s: Sentence, f: Firing, last: Statement | None, focus: Sequence[str] = (),
    claimants: Mapping[str, list[str]] | None = None,
    acts: Sequence[tuple[str, str]] = (),
) -> list[Triple]:
    """One side named, the other left to the reader: a denial answers those who acted against
    the denier ("Doha a rejeté ces accusations"), a reply or a recall the counterpart of the
    statement just read ("Le Honduras rappelle lui aussi son ambassadeur"), a hostile act the
    actor the text is about (`focus`, actors by how often they are named)."""
    subjects, objects = _arguments(s, f)
    trig = s.doc[f.start]
    if not subjects and not objects and _misread_headline(trig, f):
        # "L'Ouganda dément.": the verb read as an adverb of the name; the name acts
        subjects = tuple(actors_before(trig))
    if not subjects or objects:
        return []
    if f.trigger.frame == "reply" and claimants:
        # a denial answers everyone who acted against the denier so far
        answered = [(a, f.relation, b) for a in subjects for b in claimants.get(a, [])]
        if answered:
            return answered
    judged = answered_act(s, f, acts)  # "a rejeté la proclamation": whose act it was
    if judged:
        return judged
    if last is not None and f.trigger.frame in {"envoy", "reply"}:
        return [(a, f.relation, _counterpart(last, a)) for a in subjects]
    threat = s.doc[f.start].lemma_.lower() in words(s.lang, "threat")  # aimed at whom: unsaid
    hostile = relations()[f.relation].polarity < 0 and not threat
    verbal = s.doc[f.start].pos_ in VERBAL  # a noun's subject is its verb's ("dismissed sanctions")
    if f.trigger.frame in {"agent", "victim"} and hostile and verbal:
        # a hostile act whose target goes unsaid is aimed at the actor the text is about
        # (the most named); on train+dev right 44% of the time, against 18% for support
        out = []
        for a in subjects:
            against = [x for x in (claimants or {}).get(a, []) if x not in subjects]
            other = against[-1] if against else next((x for x in focus if x not in subjects), None)
            if other:
                out.append((a, f.relation, other))
        return out
    return []  # an object without its author ("Sweden's bid was held up"): the author is open


STEM = 5  # letters an act's noun shares with the word it was stated by ("suspension", "suspendu")


def act_stem(word: str) -> str:
    """What an act's noun and the word that stated it share ("suspension", "suspendu")."""
    return word.lower()[:STEM]


def answered_act(s: Sentence, f: Firing, acts: Sequence[tuple[str, str]]) -> list[Triple]:
    """A verdict on an act named by its noun ("Riyad a rejeté la proclamation", "Washington calls
    the suspension unacceptable"): the act is the last one read stated by a word of that stem,
    and its author is the other side. `acts`: (stem of the trigger, subject), in text order."""
    if not has_role(f.relation, VERDICT) or f.trigger.frame == "pair":
        return []
    subjects, objects = _arguments(s, f)
    if not subjects or objects:
        return []
    trig = s.doc[f.start]
    verb = judging_verb(s, trig) or (trig if trig.pos_ in VERBAL else s.governing_verb(trig))
    if verb.pos_ not in VERBAL:
        return []
    for noun in (c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.i != trig.i):
        stem = act_stem(noun.text)
        author = next((a for st, a in reversed(acts) if st == stem and a not in subjects), None)
        if noun.pos_ == "NOUN" and author:
            return [(a, f.relation, author) for a in subjects]
    return []


def resumed(s: Sentence, f: Firing, antecedent: str) -> list[Triple]:
    """A subject pronoun ("Il a aussi suspendu sa coopération avec le Danemark", "It also
    expelled…"): the actor who acted in the statement just read acts again."""
    if f.trigger.frame in {"pair", *REPEATING}:
        return []
    trig = s.doc[f.start]
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    pronouns = words(s.lang, "subject_pronoun")
    subject = s.subject_tokens(verb)
    if not subject or any(t.lower_ not in pronouns for t in subject):
        return []
    subjects, objects = _arguments(s, f)
    if subjects:
        return []
    return [(antecedent, f.relation, o) for o in objects if o != antecedent]


def topic(s: Sentence) -> str | None:
    """The one actor the main clause's subject names ("Le président argentin a…", "Bogotá's
    decision"), if any."""
    for root in (t for t in s.doc if t.head.i == t.i):
        named = s.actors_of(s.subject_tokens(root))
        if len(named) == 1:
            return named[0]
    return None


def opening_actor(s: Sentence) -> str | None:
    """The sentence's only actor when it opens on it ("Milei multiplie les fronts", a title
    the parser reads as a noun phrase)."""
    if len(s.actors) != 1 or not s.actor_at:
        return None
    first = min(s.actor_at)
    return s.actors[0] if all(t.pos_ in {"DET", "PUNCT"} for t in s.doc[:first]) else None


def pronoun_subject(s: Sentence) -> bool:
    """Is the main clause's subject a pronoun ("Il a resserré…", "It also expelled…")?"""
    pronouns = words(s.lang, "subject_pronoun")
    return any(t.lower_ in pronouns and t.dep_ in SUBJ_DEPS and t.head.head.i == t.head.i
               for t in s.doc)


def _counterpart(last: Statement, actor: str) -> str:
    return last.subject if actor == last.object else last.object


JOINED_DEPS = frozenset({"obl", "obl:arg", "obj", "dobj", "pobj"})


def similar(s: Sentence, f: Firing, targets: Mapping[str, str]) -> list[Triple] | None:
    """"Riyadh, Doha and Amman have issued similar condemnations", "des mesures analogues":
    the clause's subjects do the act again, to the one it was last stated on (no one, when
    none was). Only the act's own noun, or the noun it fills ("statements of condemnation"),
    being "similar" says so; None when it is not."""
    trig = s.doc[f.start]
    if trig.pos_ != "NOUN":
        return None
    nouns = [trig]
    if trig.dep_ in {"pobj", "nmod"}:
        nouns.append(trig.head.head if trig.head.dep_ == "prep" else trig.head)
    like = words(s.lang, "similar")
    joined = trig.dep_ in JOINED_DEPS and (
        s.governing_verb(trig).lemma_.lower() in words(s.lang, "join_act"))
    if not joined and not any(
            c.lemma_.lower() in like and c.dep_ == "amod" for n in nouns for c in n.children):
        return None  # (joining the act: "se sont joints à ces accusations", "joined the
        # condemnation")
    target = targets.get(f.relation)
    if target is None:
        return []
    verb = s.governing_verb(nouns[-1])
    subjects = s.actors_of(s.subject_tokens(verb)) if verb.i != nouns[-1].i else []
    return [(a, f.relation, target) for a in subjects if a != target]


def reciprocal(f: Firing, pair: list[str]) -> list[Triple]:
    if len(pair) < 2 or f.trigger.frame in REPEATING:
        return []
    a, b = pair[0], pair[1]  # text order
    if relations()[f.relation].symmetric:
        return [(a, f.relation, b)]
    return [(a, f.relation, b), (b, f.relation, a)]


def repeated(s: Sentence, f: Firing, last: Statement | None) -> list[Triple]:
    """The statement just read, repeated: by a follower ("did the same") or back at its
    author ("responded in kind")."""
    return (mirror if f.trigger.frame == "mirror" else follow)(s, f, last)


def follow(s: Sentence, f: Firing, last: Statement | None) -> list[Triple]:
    """"Niger did the same": the subject does what the statement just read did, to its object;
    "did the same with its envoy in Manama": to the one named "with" ("avec") instead, its
    subject the phrase's own or the last statement's."""
    if last is None:
        return []
    verb = s.governing_verb(s.doc[f.start])
    comitative = words(s.lang, "comitative")
    others: list[str] = []
    for c in verb.children:
        if c.lower_ in comitative or any(g.dep_ in {"case", "prep"} and g.lower_ in comitative
                                         for g in c.children):
            # "with its envoy in Manama": the place may hang on the verb right after
            after = [d for d in verb.children if d.left_edge.i == c.right_edge.i + 1]
            others += _names_under(s, c) or [a for d in after for a in _names_under(s, d)]
    if others:
        own = [a for c in verb.children if c.dep_ in SUBJ_DEPS for a in _names_under(s, c)]
        return [(a, last.relation, b) for a in (own or [last.subject]) for b in others if a != b]
    done = (last.object, last.subject)
    return [(a, last.relation, last.object) for a in s.actors if a not in done]


def _names_under(s: Sentence, tok: Token) -> list[str]:
    """The actors named in a word's phrase, in text order."""
    return list(dict.fromkeys(a for t in tok.subtree for a in s.actor_at.get(t.i, ())))


def mirror(s: Sentence, f: Firing, last: Statement | None) -> list[Triple]:
    """"Turkey responded in kind", "Damas rend la pareille": the side the act just read was
    done to does it back. That side is named before the phrase, or no one is ("It answered in
    kind"); a third party answering, or one named after ("dropping Japan from its list"), is
    not a mirror of it."""
    if last is None:
        return []
    before = {a for i, names in s.actor_at.items() if i < f.start for a in names}
    answering = not before or last.object in before
    return [(last.object, last.relation, last.subject)] if answering else []
