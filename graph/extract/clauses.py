"""What the clause around a trigger changes in who acts on whom.

Read after the triggers fired and their frames gave their pairs, before the statements are
made: a capital after "à" that completes an act is its recipient ("les reproches de Kinshasa à
Kigali"), a threat is hostility towards the one the threatened act would hit, and an act named
inside an accusation is the accused's act on the accuser.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from graph.extract.arguments import (
    RELATIVE_DEPS,
    SUBJ_DEPS,
    VERBAL,
    Sentence,
    has_possessive,
    is_relative,
)
from graph.extract.lexicon import word_classes, word_sequences, words
from graph.extract.triggers import Firing
from graph.gazetteer import load
from graph.kg.vocab import relations

Triple = tuple[str, str, str]


def recipients(doc: Doc, firings: list[Firing]) -> None:
    """A capital after "à" that completes an act is its recipient, not a place: "les
    reproches de Kinshasa à Kigali", "l'avertissement de Washington à Pyongyang", "verser à
    Khartoum une aide" (while "une réunion à Bamako" stays a place: a meeting is no act)."""
    acting = [f for f in firings if f.trigger.frame in {"agent", "reply"}]
    acts = {i for f in acting for i in range(f.start, f.end)}
    # the verb an act's noun is the object of: "verser à Khartoum une aide"
    acts |= {doc[f.start].head.i for f in acting if doc[f.start].dep_ in {"obj", "dobj"}}
    if not acts:
        return
    promoted = []
    for span in doc.spans.get("places", []):
        root, head = span.root, span.root.head
        if root.dep_ == "pobj":  # English: "lashed out at Beijing", the preposition between
            root, head = head, head.head
        if root.dep_ in {"obl", "obl:arg", "obl:mod", "nmod", "iobj", "prep"} and head.i in acts:
            promoted.append(Span(doc, span.start, span.end, label=span.label_,
                                 kb_id=span.kb_id_, span_id="capital"))
    if promoted:
        actors = list(doc.spans.get("actors", []))
        doc.spans["actors"] = sorted(actors + promoted, key=lambda x: (x.start, x.label_))
        doc.spans["places"] = [p for p in doc.spans["places"]
                               if all(p.start != q.start for q in promoted)]


def threats(
    s: Sentence, strict: list[tuple[Firing, list[Triple]]]
) -> list[tuple[Firing, list[Triple]]]:
    """A threat is hostility towards the one the threatened act would hit: "Washington
    threatened to impose sanctions on Caracas" is hostile to Venezuela, though the sanctions,
    a mere possibility, are not coded. The threatened act's own phrase is no wall here."""
    threat = words(s.lang, "threat")
    out = []
    for f, pairs in strict:
        trig = s.doc[f.start]
        if not pairs and trig.lemma_.lower() in threat and trig.pos_ in {"VERB", "AUX"}:
            subjects = s.actors_of(s.subject_tokens(trig))
            targets = [a for t in trig.subtree if t.i in s.actor_at for a in s.actor_at[t.i]]
            targets = [a for a in dict.fromkeys(targets) if a not in subjects]
            if subjects and targets:
                pairs = [(subjects[0], f.relation, targets[0])]
        out.append((f, pairs))
    return out


def qualifies_state_noun(s: Sentence, trig: Token) -> bool:
    """Does the membership word qualify a noun for a state ("État membre", "member state",
    "pays membre"), not itself an actor's name?"""
    head = trig.head
    return trig.dep_ in {"nmod", "amod", "compound"} and head.i not in s.actor_at and bool(
        {head.lemma_.lower(), head.lower_} & words(s.lang, "state_noun"))


def roster(s: Sentence, trig: Token) -> tuple[list[str], range] | None:
    """The states a membership noun lists as its predicate ("whose members are Britain,
    Canada and Japan", "dont les membres sont la France, le Japon et le Canada", "its members
    include..."), and the words they span. Read off the words from the predicate on: the
    parse often hangs the later conjuncts elsewhere."""
    if trig.dep_ not in SUBJ_DEPS or trig.pos_ in VERBAL:
        return None
    head = trig.head
    if any(c.dep_ == "cop" for c in head.children):  # "sont la France": France heads
        start = head
    elif head.lemma_.lower() in words(s.lang, "roster_verb"):
        start = next((c for c in head.children if c.i > head.i and c.dep_ in {
            "attr", "obj", "dobj", "nsubj"} and c.i in s.actor_at), None)
        if start is None:
            return None
    else:
        return None
    types = load().type_of
    members: list[str] = []
    i = start.i
    while i < len(s.doc) and s.in_list(i):
        members += [a for a in s.actor_at.get(i, ()) if types[a] == "State" and a not in members]
        i += 1
    return (members, range(trig.i, i)) if members else None


def background_actors(s: Sentence, strict: list[tuple[Firing, list[Triple]]]) -> set[str]:
    """Actors named only inside a description of membership, background to the clause and
    not parties to its other acts: the organisation of "le Liban, membre fondateur de la Ligue
    arabe, a protesté" or "son ambassadrice au Canada, pays membre du G7", the members listed
    in "le G7, dont les membres sont la France, le Japon et le Canada, a protesté". Not an
    actor the sentence names elsewhere too, nor the organisation of "dont X est membre" (its
    antecedent stands outside), nor a description that is the clause's subject."""
    out: set[str] = set()
    for f, pairs in strict:
        trig = s.doc[f.start]
        if f.relation != "member_of" or not pairs:
            continue
        if trig.pos_ in VERBAL:
            if trig.dep_ in RELATIVE_DEPS:  # "le groupe de Lima, qui réunit l'Argentine, …"
                inside = {t.i for t in trig.subtree}
                out.update(a for a, _, _ in pairs
                           if all(i in inside for i, names in s.actor_at.items() if a in names))
            continue
        listed = roster(s, trig)
        if listed is not None:  # "le G7, dont les membres sont la France, le Japon…": the
            # members listed are background to the organisation's act
            named, inside = listed[0], set(listed[1])
        else:
            phrase = trig.head if qualifies_state_noun(s, trig) else trig  # "État membre de"
            if phrase.dep_ in SUBJ_DEPS:
                continue
            named, inside = [org for _, _, org in pairs], {t.i for t in phrase.subtree}
        out.update(a for a in named
                   if all(i in inside for i, names in s.actor_at.items() if a in names))
    return out


def accused_acts(
    s: Sentence, strict: list[tuple[Firing, list[Triple]]]
) -> list[tuple[Firing, list[Triple]]]:
    """An act named inside an accusation is the accused's act on the accuser: "Kiev accuse
    Moscou d'agression" gives Russia attacks Ukraine, whatever the act's own frame reads."""
    accuse = words(s.lang, "accuse")
    out = list(strict)
    dropped: set[int] = set()
    for f, pairs in strict:
        if s.doc[f.start].lemma_.lower() not in accuse or not pairs:
            continue
        accuser, _, accused = pairs[0]
        trig = s.doc[f.start]
        # the accusation's own complement, not a verb coordinated with it ("... and recalled")
        beside = {t.i for c in trig.children
                  if c.dep_ == "conj" or c.dep_ in SUBJ_DEPS for t in c.subtree}  # nor the
        # accuser's own phrase ("Le Mali, qui avait rappelé son ambassadeur, accuse…")
        below = {t.i for t in trig.subtree} - beside
        for k, (g, found) in enumerate(out):
            if g is f or g.start not in below:
                continue
            if relations()[g.relation].polarity > 0:
                # "accuse Washington d'armer Kiev": the accused arms Kyiv, the accuser supports
                # no one ("accuse Kigali de soutenir les rebelles"), nor is a fallback to say so
                if any(t[0] == accuser for t in found):
                    moved = [(accused, r, b) for a, r, b in found if b not in (accused, accuser)]
                    out[k] = (g, moved)
                    if not moved:
                        dropped.add(g.start)
                continue
            if g.relation == f.relation:
                out[k] = (g, [])  # "accused of meddling": the accusation already says it
                continue
            out[k] = (g, [(accused, g.relation, accuser)])
    return [(g, found) for g, found in out if g.start not in dropped]


def likewise(
    sides: tuple[str, ...], pairs: list[Triple], undergoes: bool = False
) -> list[Triple]:
    """Actors after "tout comme", "de même que", "as did" (`likewise_actors`) do what the
    clause's subject does: "l'organisation a suspendu le Gabon, tout comme l'Union africaine"
    gives the AU's suspension too. `undergoes`: the clause is passive, its subject acted on
    ("restent suspendus de l'UA, tout comme le Soudan"): they undergo it too."""
    directed = [t for t in pairs if not relations()[t[1]].symmetric]
    extra = [((a, rel, x) if undergoes else (x, rel, b)) for a, rel, b in directed
             if a not in sides and b not in sides for x in sides]
    # "reconnaîtra la Palestine conjointement avec l'Irlande": Ireland is no object of Spain's
    kept = [t for t in pairs if t not in directed or t[0] in sides or t[2] not in sides]
    return kept + [t for t in dict.fromkeys(extra) if t not in kept]


CLAUSE_BREAKS = frozenset({";", ":", "(", "«", '"'})  # where a "likewise" phrase ends


@lru_cache(maxsize=64)
def likewise_actors(s: Sentence) -> tuple[str, ...]:
    """The actors of the phrase after a "likewise" word, to the next verb, relative pronoun or
    clause break; read once per sentence view (extraction and each act noun's arguments ask)."""
    doc = s.doc
    low = [t.lower_ for t in doc]
    found: list[str] = []
    for i in range(len(doc)):
        for p in word_sequences(s.lang, "likewise"):
            if low[i : i + len(p)] != list(p):
                continue
            for t in doc[i + len(p) :]:
                if t.pos_ in VERBAL or is_relative(t) or t.text in CLAUSE_BREAKS:
                    break
                found.extend(a for a in s.actor_at.get(t.i, ()) if a not in found)
    return tuple(found)


@lru_cache(maxsize=64)
def aside_actors(s: Sentence) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(the word the aside hangs on, its actors) for each aside "…, comme le Chili, …" /
    "…, like Chile, …": a phrase closed by a comma before any verb ("comme" and "like" alone
    also compare and explain). Its actors do what that clause's subject does, and only that."""
    low = [t.lower_ for t in s.doc]
    aside = words(s.lang, "likewise_aside")
    found = []
    for i in range(1, len(s.doc)):
        if low[i] not in aside or low[i - 1] != ",":
            continue
        names: list[str] = []
        for t in s.doc[i + 1 :]:
            if t.text == ",":
                if names:
                    found.append((s.doc[i].head.head.i, tuple(dict.fromkeys(names))))
                break
            if t.pos_ in VERBAL or is_relative(t) or t.text in CLAUSE_BREAKS:
                break
            names.extend(s.actor_at.get(t.i, ()))
    return tuple(found)


def aside_for(s: Sentence, trig: Token) -> tuple[str, ...]:
    """The actors of the asides on the trigger's clause (its verb, or the verb that verb
    completes: "a refusé d'appuyer")."""
    verb = s.governing_verb(trig)
    clause = {trig.i, verb.i} | ({verb.head.i} if verb.dep_ in {"xcomp", "ccomp"} else set())
    return tuple(a for at, names in aside_actors(s) if at in clause for a in names)


def armed(s: Sentence, trig: Token, actor: str) -> bool:
    """Is the actor an argument of the trigger named through its armed forces ("des soldats
    éthiopiens", "les Forces armées maliennes", "Russia's army")? Support given by or to them
    is military cooperation (docs/annotation.md, Aid), whatever the verb ("épauler",
    "appuyer", "backed"). Forces named in another clause of the sentence do not count."""
    military = word_classes(s.lang).get("@military", frozenset())

    def is_military(tok: Token) -> bool:
        return tok.lemma_.lower() in military or tok.lower_ in military

    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    heads = {trig.i, verb.i} | ({verb.head.i} if verb.dep_ == "xcomp" else set())
    for i, names in s.actor_at.items():
        if actor not in names:
            continue
        tok = s.doc[i]
        owned = tok.dep_ in {"amod", "nmod", "compound", "poss", "nmod:poss"}
        if owned and tok.head.i != tok.i and is_military(tok.head):
            noun = tok.head
        elif is_military(tok):
            noun = tok
        else:
            continue
        lo, hi = sorted((noun.i, trig.i))
        if _argument_of(noun, heads) and not any(w.text == ";" for w in s.doc[lo:hi]):
            return True
    return False


def _argument_of(tok: Token, heads: set[int]) -> bool:
    """Does the word hang on one of `heads` without another verb between?"""
    t = tok
    for _ in range(6):
        if t.i in heads:
            return True
        if t.head.i == t.i or (t.pos_ in VERBAL and t.i != tok.i):
            return False
        t = t.head
    return False


SENT_AWAY_DEPS = frozenset({"obj", "dobj", "iobj", "obl:arg", "dative", "nsubj:pass", "nsubjpass"})


def sends_own(s: Sentence, f: Firing) -> bool:
    """"Washington told its citizens to leave Sudan", "Paris a ordonné à ses ressortissants de
    quitter le Liban": the ones a government tells to leave (a row whose `with` word is the
    leaving verb) are its own ("its", "ses"), named without any actor: an evacuation, no
    expulsion of the place they leave."""
    if f.with_token is None or s.doc[f.with_token].pos_ not in VERBAL:
        return False  # "expel its ambassador": the act itself, "its" the other side's
    trig = s.doc[f.start]
    verb = trig if trig.pos_ in VERBAL else s.governing_verb(trig)
    for c in verb.children:
        if c.dep_ not in SENT_AWAY_DEPS or c.pos_ not in {"NOUN", "PRON"}:
            continue
        if has_possessive(c) and not any(i in s.actor_at for i in s.subtree_tokens(c)):
            return True
    return False


def manner_of_act(s: Sentence, f: Firing, firings: list[Firing]) -> bool:
    """"ont sommé la Russie, dans une déclaration commune, de cesser…", "condemned the strikes
    in a joint statement": a pair's noun in an adjunct of another act's verb says how that act
    was done; the co-signers are not related to each other by it."""
    trig = s.doc[f.start]
    if f.trigger.frame != "pair" or trig.lemma_.lower() not in words(s.lang, "joint_text"):
        return False
    if trig.dep_.startswith("obl") or trig.dep_ == "nmod":
        verb = trig.head
    elif trig.dep_ == "pobj" and trig.head.dep_ == "prep":
        verb = trig.head.head
    else:
        return False
    others = {g.start for g in firings if g is not f}
    return verb.pos_ in VERBAL and verb.i in others


def says_that(s: Sentence, f: Firing) -> bool:
    """"Pékin soutient que Taïwan fait partie de la Chine": a support verb with a clause as its
    object maintains a claim; it backs no one."""
    trig = s.doc[f.start]
    return (trig.pos_ in VERBAL and trig.lemma_.lower() in words(s.lang, "assert_verb")
            and any(c.dep_ == "ccomp" for c in trig.children))


def states_no_act(s: Sentence, f: Firing, firings: list[Firing]) -> bool:
    """Does the firing's word, read in context, state no act at all? A joint statement that is
    another act's manner, a support verb maintaining a claim, a government telling its own
    people to leave. Asked once per firing, before its sides are looked for."""
    return (manner_of_act(s, f, firings)
            or (f.relation == "supports" and says_that(s, f))
            or (f.relation == "expels" and sends_own(s, f)))

