"""The trigger lexicon (ontology/triggers/*.tsv) and where its words fire in a parsed sentence.

Lookups are by lemma (and surface form, for words the lemmatizer does not know), built once per
language. A trigger whose `with` word stands nearby wins over a bare one on the same word, and
that `with` word is then part of the trigger, not a trigger of its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from graph import gazetteer
from graph.extract import nlp
from graph.extract.arguments import RELATIVE_DEPS, VERBAL, marked_nouns
from graph.extract.lexicon import is_motive, trigger_rows, word_classes, words
from graph.kg.vocab import relations

FRAMES = frozenset({"agent", "pair", "victim", "member", "envoy", "reply", "follow", "mirror"})
# frames that repeat the statement read last instead of naming a relation of their own
REPEATING = frozenset({"follow", "mirror"})
ORGANISATION = "@organisation"  # a `with` word standing for any organisation's name
OWNER_DEPS = frozenset({"nmod", "poss", "nmod:poss", "amod"})  # "la fermeté de Prague"
PARTNER = "@partner"  # an actor the act is done with: "drills with Russian warships"
OBJECT = "@object"  # an actor as the verb's direct object: "reconnaître la Chine"
NEAR = 6  # words either side in which a `with` word may stand


@dataclass(frozen=True, slots=True)
class Trigger:
    relation: str  # a relation code, or "same" for the follow and mirror frames
    lang: str
    lemmas: tuple[str, ...]
    with_: frozenset[str]
    frame: str


@dataclass(frozen=True, slots=True)
class Firing:
    """A trigger that fired on a token span of a sentence."""

    trigger: Trigger
    start: int  # token indices in the sentence Doc
    end: int
    with_token: int | None  # the token that satisfied `with`, if any
    # fired on a verb guessed from the word's form, not on its lemma ("Alger coupe", "dément"
    # tagged as a noun or adverb): the parse around it is not to be trusted
    guessed: bool = False
    # the verb trigger this more specific one was preferred to ("pledged … in grants, loans
    # and fuel to Cairo": "loans"), with this one's relation: read when this one's own phrase
    # relates no one
    outer: Firing | None = None

    @property
    def relation(self) -> str:
        return self.trigger.relation


class Lexicon:
    def __init__(
        self, triggers: list[Trigger], reflexive_other: frozenset[str], reflexive: frozenset[str],
        verb_only: frozenset[str] = frozenset(),
        irregular: dict[str, tuple[str, ...]] | None = None,
        fixed: frozenset[str] = frozenset(),
        state_nouns: frozenset[str] = frozenset(),
        copulas: frozenset[str] = frozenset(),
        member_nouns: frozenset[str] = frozenset(),
    ) -> None:
        self.fixed = fixed
        self.state_nouns = state_nouns
        self.copulas = copulas
        self.member_nouns = member_nouns
        self.by_first: dict[str, list[Trigger]] = defaultdict(list)
        for t in triggers:
            self.by_first[t.lemmas[0]].append(t)
        # a follow phrase's longest word too: "a fait de même", "did the same" (irregular verbs)
        self.stems = frozenset(
            _stem(w) for t in triggers
            for w in ((*t.lemmas, *t.with_) if t.frame in REPEATING else t.lemmas[:1])
            if len(w) > 2
        ) | frozenset(  # "brought" for "bring", "sold" for "sell": the stems of irregular forms
            _stem(form) for first in self.by_first for form in (irregular or {}).get(first, ())
            if len(form) > 2
        )
        self.reflexive_other = reflexive_other
        self.verb_only = verb_only
        self.reflexive = reflexive
        self.organisations = frozenset(
            a.name for a in gazetteer.load().actors if a.type == "Organisation"
        )

    def could_fire(self, words: list[str]) -> bool:
        """Cheap test on lower-cased surface words, before any parse: may a trigger be here?"""
        stems = self.stems
        for w in words:
            for k in range(3, min(len(w), 9) + 1):
                if w[:k] in stems:
                    return True
        return False

    def fire(self, doc: Doc) -> list[Firing]:
        """All triggers in a parsed sentence, after `with` words have been absorbed."""
        found: list[Firing] = []
        actor_spans = doc.spans.get("actors", [])
        in_names = {i for s in actor_spans for i in range(s.start, s.end)}
        orgs = {
            i for s in actor_spans if s.label_ in self.organisations for i in range(s.start, s.end)
        }
        after_actors = {s.end for s in actor_spans}
        tokens = list(doc)  # one Token object per word, not one per look
        lower = [t.lower_ for t in tokens]
        for tok in tokens:
            i = tok.i
            if i in in_names:
                continue  # "Alliance des États du Sahel" names an actor, it states no alliance
            if i > 0 and tokens[i - 1].text == "-":
                continue  # "UN-backed", "US-brokered": an epithet, not a statement
            if i + 1 < len(tokens) and f"{lower[i]} {lower[i + 1]}" in self.fixed or (
                    i > 0 and f"{lower[i - 1]} {lower[i]}" in self.fixed):
                continue  # "according to the ministry", "au terme de": a preposition
            key = _key(tok)
            cands = self.by_first.get(key, []) or self.by_first.get(lower[i], [])
            if cands and tok.pos_ != "VERB" and key in self.verb_only:
                # "went back on", "the task force": not the verb (its phrases still count)
                cands = [c for c in cands if len(c.lemmas) > 1]
            best = None
            if cands:
                phrasal = self._phrasal(tok, cands)
                best = (self._best(tok, phrasal[0], orgs, in_names)
                        or self._best(tok, phrasal[1], orgs, in_names))
            if best is None:  # "Rabat hausse le ton": not the noun "hausse", the verb
                for guess in infinitives(tok, tok.i in after_actors):
                    best = self._best(tok, self.by_first.get(guess, []), orgs, in_names)
                    if best is not None:
                        if tok.pos_ == "NOUN" and _has_auxiliary(tok):
                            tok.pos_, tok.lemma_ = "VERB", guess  # read it as the verb it is
                        best = replace(best, guessed=True)
                        break
            if best is not None and best.trigger.frame == "member" and (
                    key in self.state_nouns and not self._lists_members(tok, orgs, in_names)):
                best = None
            if best is not None:
                if self._participle_tagged_adjective(tok):
                    # "restent suspendus de l'UA": the participle, tagged an adjective
                    tok.pos_ = "VERB"
                    tok.set_morph("Tense=Past|VerbForm=Part")
                found.append(best)
        return _absorb(found, doc, orgs, self.member_nouns)

    @staticmethod
    def _phrasal(tok: Token, cands: list[Trigger]) -> tuple[list[Trigger], list[Trigger]]:
        """The rows to try first and then: a phrasal verb is its own word ("fired back at",
        "shelled out millions"), so its rows go first and, failing them, only the verb's rows
        that ask for a word of their own ("turned off the aid tap"), never its bare sense."""
        particles = _particles(tok)
        phrasal = [c for c in cands if len(c.lemmas) > 1 and c.lemmas[1] in particles]
        if not phrasal:
            return cands, []
        return phrasal, [c for c in cands if c.with_ and c not in phrasal]

    def _lists_members(self, tok: Token, orgs: set[int], names: set[int]) -> bool:
        """Does a noun for states say who belongs to an organisation? "Four ASEAN states,
        Vietnam, …" does (an organisation on the noun, named states in apposition); "ASEAN
        states said" does not, nor "pays membre de la Cedeao" / "Pays fondateur de l'OUA, la
        Tunisie", where the qualifying word is the membership's own trigger."""
        qualified = any(t.relation == MEMBERSHIP and t.frame == "member"
                        for c in tok.children for t in self.by_first.get(_key(c), ()))
        return (any(c.i in orgs for c in tok.children) and _apposed_to_names(tok, names)
                and not qualified)

    def _participle_tagged_adjective(self, tok: Token) -> bool:
        """A French past participle after "rester" / "demeurer" that the tagger made an
        adjective ("restent suspendus"): lemmatised to its verb, with a participle's ending
        (not "reste réfractaire"). Retagged, Sentence.is_passive reads it as the passive it is."""
        return (tok.pos_ == "ADJ" and tok.dep_ == "xcomp" and tok.lang_ == "fr"
                and tok.head.lemma_.lower() in self.copulas
                and tok.lemma_.lower().endswith(("er", "ir", "re"))
                and tok.lower_.endswith(PARTICIPLE_ENDINGS))

    def _best(
        self, tok: Token, cands: list[Trigger], orgs: set[int], names: set[int]
    ) -> Firing | None:
        if cands and _key(tok) in self.reflexive_other and _is_reflexive(tok, self.reflexive):
            return None  # "la diplomatie qui s'appuie sur la formation": relies, not supports
        return _choose(tok, cands, orgs, names)


LIST_OPENERS = frozenset({",", "–", "—", ":", "("})


def _apposed_to_names(tok: Token, names: set[int]) -> bool:
    """Do named actors stand in apposition to the noun ("Mali and Niger, two ECOWAS states",
    "four ASEAN states, the Philippines, Vietnam…")? Only then does a noun for states
    qualified by an organisation say who its members are."""
    if tok.dep_ == "appos" and tok.head.i in names:
        return True
    if any(c.dep_ == "appos" and c.i in names for c in tok.children):
        return True
    # the parse often misses the apposition (two subjects side by side, a list after a dash
    # read as a modifier): read the words, a name then a comma before the noun's determiners
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and doc[i].pos_ in {"DET", "NUM", "ADJ"}:
        i -= 1
    if i > 0 and doc[i].text in LIST_OPENERS and i - 1 in names:
        return True
    # … or the organisation after the noun, then a comma or dash and a name
    after = [j for j in range(tok.i + 1, min(tok.i + 10, len(doc))) if j in names]
    if not after:
        return False
    j = after[0]
    while j + 1 < len(doc) and j + 1 in names:
        j += 1
    k = j + 1
    if k < len(doc) and doc[k].text == "(":  # "(CCG)"
        k = next((m + 1 for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ")"), k)
    if k < len(doc) and doc[k].text in LIST_OPENERS:
        k += 1
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        return k in names
    return False


def _is_reflexive(tok: Token, pronouns: frozenset[str]) -> bool:
    return any(c.dep_.startswith("expl") or c.lower_ in pronouns for c in tok.children)


def _key(tok: Token) -> str:
    return tok.lemma_.lower()


def _has_auxiliary(tok: Token) -> bool:
    return any(c.dep_.startswith(("aux", "expl")) for c in tok.children)


def infinitives(tok: Token, verb_place: bool = False) -> list[str]:
    """Infinitives a French verb form the lemmatizer left as it stands may have ("a gelé" ->
    "gelé", "Alger coupe" -> "coupe"), in order of likelihood: the trigger rows are written on
    infinitives. `verb_place`: the word follows an actor's name, where a headline has its verb."""
    if tok.lang_ != "fr":
        return []
    low = tok.lemma_.lower()
    guesses: list[str] = []
    # a participle tagged as a noun still has its auxiliary: "se sont tous deux rangés"
    participle = tok.pos_ in {"VERB", "ADJ"} or (tok.pos_ == "NOUN" and _has_auxiliary(tok))
    if participle and low.endswith(("é", "ée", "és", "ées")):
        guesses.append(low[: low.rindex("é")] + "er")
    elif tok.pos_ == "VERB" and low.endswith(("e", "es", "ent")):
        guesses.append(low[: low.rindex("e")] + "er")
    if verb_place and tok.pos_ in {"NOUN", "ADJ", "ADV", "VERB"}:
        # a headline's present tense tagged as a noun: "Niamey coupe les ponts avec Kiev"
        word = tok.lower_
        if word.endswith("e"):
            guesses.append(word + "r")
        elif word.endswith("t"):
            # "Kinshasa rompt avec Kigali", "Kigali dément", "Pékin interdit"
            guesses += [word[:-1] + "re", word + "ir"]
        elif word.endswith("d"):
            guesses.append(word + "re")  # "Moscou suspend", "Alger répond"
    return list(dict.fromkeys(g for g in guesses if g != low))


def actors_before(tok: Token) -> list[str]:
    """The actors whose name ends right before the word ("L'Iran attaque Israël": Iran)."""
    if tok.i == 0:
        return []
    return list(dict.fromkeys(s.label_ for s in tok.doc.spans.get("actors", []) if s.end == tok.i))


def after_actor(tok: Token) -> bool:
    """Does the word follow an actor's name directly ("L'Iran attaque Israël")? The place of
    a verb in a headline, whatever tag the parser gave it."""
    return bool(actors_before(tok))


def _stem(lemma: str) -> str:
    """A prefix every inflected form shares (renforcer -> renfor, coopération -> coopér)."""
    word = lemma.split()[0]
    if len(word) <= 4:
        return word[:3] if len(word) > 3 else word
    return word[: max(4, min(len(word) - 3, 9))]


def _words(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _near(tok: Token) -> list[Token]:
    doc = tok.doc
    # siblings: "les relations … se dégrader"; not an apposition to the head, which describes
    # it ("La Lituanie, membre de l'OTAN, accueille un groupement tactique": no "membre" for
    # "accueillir")
    siblings = [c for c in tok.head.children if c.dep_ != "appos" or tok.head.i == tok.i]
    out = [tok.head, *tok.children, *siblings]
    out += [g for c in tok.children for g in c.children]
    out += [h for c in tok.children for g in c.children for h in g.children]
    out += [doc[i] for i in range(max(0, tok.i - NEAR), min(len(doc), tok.i + NEAR + 1))]
    return [t for t in out if t.i != tok.i]


def _particles(tok: Token) -> set[str]:
    """A verb's particles: "fired back", "brought its ambassador home", "turned the tap off"."""
    particle = words(tok.lang_, "particle")
    return {c.lemma_.lower() for c in tok.children
            if c.dep_ == "prt" or (c.dep_ in {"advmod", "npadvmod"} and c.i > tok.i and (
                c.pos_ == "ADV" and c.i == tok.i + 1
                or c.lower_ in particle and c.pos_ in {"ADV", "NOUN", "ADP"}))}


def _phrase_end(tok: Token, lemmas: tuple[str, ...]) -> int | None:
    doc = tok.doc
    if len(lemmas) == 2 and tok.pos_ in {"VERB", "AUX"} and lemmas[1] in _particles(tok):
        return tok.i + 1  # the particle may stand after the object: "brought its envoy home"
    end = tok.i + len(lemmas)
    if end > len(doc):
        return None
    for word, t in zip(lemmas[1:], doc[tok.i + 1 : end], strict=True):
        if word not in _words(t):
            return None
    return end


def _choose(
    tok: Token, cands: list[Trigger], orgs: set[int], names: set[int]
) -> Firing | None:
    """The trigger row a word fires: one whose `with` word stands nearby wins. `orgs`,
    `names`: the tokens of organisations and of all actors, found once per sentence."""
    if not cands:
        return None
    near = _near(tok)
    best: Firing | None = None
    best_dist = 10**6
    for trig in cands:
        end = _phrase_end(tok, trig.lemmas)
        if end is None:
            continue
        if not trig.with_:  # the longest phrase: "hit back in kind" over "hit back"
            if best is None or (best.with_token is None and end > best.end):
                best = Firing(trig, tok.i, end, None)
            continue
        for other in near:
            if other.pos_ == "AUX" or other.dep_.startswith("aux"):
                continue  # "avaient gelé": the auxiliary is not the assets ("avoirs")
            if {other.i - 1, other.i, other.i + 1} <= orgs:
                continue  # "lié … au sein de l'Organisation du traité…": a word inside an
                # organisation's name is no `with` word; its head at either end is ("élu au
                # Conseil de…", "elected to the UN Security Council")
            if _words(other) & trig.with_:
                dist = abs(other.i - tok.i)
                if best is None or best.with_token is None or dist < best_dist:
                    best, best_dist = Firing(trig, tok.i, end, other.i), dist
                break
        if ORGANISATION in trig.with_ and (best is None or best.with_token is None):
            org = _organisation_below(tok, orgs, names, end)
            if org is not None:
                best = Firing(trig, tok.i, end, org)
        for kind, find in ((PARTNER, _partner), (OBJECT, _named_object)):
            if kind in trig.with_ and (best is None or (
                    best.with_token is None and len(best.trigger.lemmas) == 1)):
                # a phrase row ("rupture de ban") keeps its own sense
                found = find(tok, names)
                if found is not None:
                    best = Firing(trig, tok.i, end, found)
    return best


def _partner(tok: Token, names: set[int]) -> int | None:
    """An actor the act is done with ("drills with Russian warships", "la rupture avec
    Kiribati"), on the word or on the verb whose object it is ("a mené des manœuvres avec")."""
    case = words(tok.lang_, "comitative")
    heads = [tok] + ([tok.head] if tok.dep_ in {"obj", "dobj"} else [])
    for head in heads:
        for noun in marked_nouns(head, case):
            named = next((t.i for t in noun.subtree if t.i in names), None)
            if named is not None:
                return named
    return None


def _named_object(tok: Token, names: set[int]) -> int | None:
    """A verb whose direct object is an actor ("a décidé de reconnaître la Chine") or names
    one as its owner ("a salué la fermeté de Prague", "praised Kyiv's courage")."""
    if tok.pos_ != "VERB":
        return None
    for c in tok.children:
        if c.dep_ not in {"obj", "dobj"}:
            continue
        if c.i in names:
            return c.i
        for g in c.children:  # one step down, never through a verb
            if g.dep_ in OWNER_DEPS and g.pos_ not in {"VERB", "AUX"}:
                named = g.i if g.i in names else next(
                    (h.i for h in g.children if h.i in names and h.dep_ in {"flat", "compound",
                                                                            "flat:name"}), None)
                if named is not None:
                    return named
    return None


def _organisation_below(tok: Token, orgs: set[int], names: set[int], end: int) -> int | None:
    """An organisation named in the trigger's phrase or just around it ("quitter la CEDEAO"),
    not one that only qualifies another noun ("expelled the ECOWAS special envoy")."""
    clauses = {u.i for c in tok.children if c.dep_ in OWN_CLAUSE_DEPS or (
        c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)  # "after catching…"
    ) for u in c.subtree}
    for t in (*tok.subtree, *_near(tok)):
        if t.i in orgs and t.i not in clauses and not _qualifier(t, range(tok.i, end), names):
            return t.i
    return None


# dependents that are clauses of their own: an organisation named there is not the one the
# trigger acts on ("expelled four officers after catching them near the OPCW")
OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "acl:relcl", "relcl", "parataxis", "conj",
                             "csubj"})


def _qualifier(t: Token, trigger: range, names: set[int]) -> bool:
    """Does the organisation's name only qualify a noun that is neither the trigger nor an
    actor ("l'envoyé de la CEDEAO", "the ECOWAS envoy")?"""
    head = t.head
    return (t.dep_ in {"compound", "poss", "nmod", "amod"} and head.pos_ == "NOUN"
            and head.i not in names and head.i not in trigger)


# a noun qualifying another ("new entry rules"): no act of its own the verb could stand for
MODIFIER_DEPS = frozenset({"compound", "amod"})


MEMBERSHIP = "member_of"
# endings of French past participles ("suspendus", "exclue", "gelés"), not of adjectives in -re
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies",
                      "it", "ite", "its", "ites")


def _two_statements(
    f: Firing, inner: Firing, doc: Doc, orgs: set[int] | frozenset[int],
    member_nouns: frozenset[str],
) -> bool:
    """A membership and another act, one inside the other's phrase, are two statements
    ("fondent l'Alliance des États du Sahel, un pacte de défense", "Membre du G5 Sahel…, le
    Tchad avait échappé à une suspension"), neither a more specific reading of the other; but
    the noun an organisation is named on is no act ("a rejoint l'alliance des BRICS"), and the
    membership act a row is about is part of it ("partisane de l'adhésion", "retiré sa demande
    d'adhésion"; not a state described as a member on the way)."""
    if MEMBERSHIP not in {f.relation, inner.relation} or f.relation == inner.relation:
        return False
    if f.relation == MEMBERSHIP:
        return not any(c.i in orgs for c in doc[inner.start].children)
    in_with = f.with_token is not None and doc[inner.start] in doc[f.with_token].subtree
    return not in_with or inner.trigger.lemmas[0] in member_nouns


def _absorb(
    found: list[Firing], doc: Doc, orgs: frozenset[int] | set[int] = frozenset(),
    member_nouns: frozenset[str] = frozenset(),
) -> list[Firing]:
    """Drop a trigger that stands inside another's `with` phrase, unless it is more specific.

    "suspendre sa coopération", "la rupture d'accords de coopération militaire": the outer
    trigger changes the polarity and wins. "renforcer sa coopération militaire": same polarity,
    and the inner noun, itself qualified, is the more specific. Of two triggers that are each
    other's `with` ("exiger le départ"), the noun is kept. A cooperative verb dropped for a
    noun in its phrase rides on that noun as `outer`: deep in the phrase the noun may find no
    sides of its own ("pledge … in grants, loans and fuel to Cairo"), the verb's parse does.
    """
    rels = relations()
    at = {f.start: f for f in found}
    dropped: set[int] = set()
    preferred: list[Firing] = []  # verbs dropped for a more specific trigger in their phrase
    for f in found:
        if f.start in dropped:
            continue
        for inner in _inside(f, at, doc):
            if inner.start in dropped:
                continue
            if _two_statements(f, inner, doc, orgs, member_nouns):
                continue
            same_sign = _polarity(f, rels) == _polarity(inner, rels)
            # "suspendu ses opérations militaires": ended, not waged (unless the inner trigger
            # is qualified by this very verb: "withdrew its consent" is the consent's row)
            ending = (f.relation in rels and "ending" in rels[f.relation].roles
                      and inner.with_token != f.start)
            if same_sign and inner.with_token is not None and not ending:
                dropped.add(f.start)
                if doc[f.start].pos_ in VERBAL:
                    preferred.append(f)
                break
            dropped.add(inner.start)
    kept = [f for f in found if f.start not in dropped]
    # the verb's sides with the specific relation ("signed a defence pact with Tehran"); only
    # for cooperation: the subject of "denounced Israeli military operations" is no attacker
    outer = {k.start: replace(v, trigger=replace(v.trigger, relation=k.relation))
             for v in preferred for k in kept
             if doc[k.start] in doc[v.start].subtree and doc[k.start].dep_ not in MODIFIER_DEPS
             and _polarity(k, rels) == _polarity(v, rels) > 0}
    return [replace(f, outer=outer[f.start]) if f.start in outer else f for f in kept]


def _inside(f: Firing, at: dict[int, Firing], doc: Doc) -> list[Firing]:
    """Triggers on the `with` word of `f`, or on the object of a verb trigger ("rejette les
    accusations"), or in the phrase either heads (two levels down)."""
    tok = doc[f.start]
    heads = [doc[f.with_token]] if f.with_token is not None else []
    if tok.pos_ in {"VERB", "AUX"}:
        heads += [c for c in tok.children if c.dep_ in {"obj", "dobj"}]
    # a `with` verb that governs the trigger ("obtient le départ…, un mois après avoir dénoncé
    # l'accord") heads the whole clause: the other verbs in it are acts of their own
    phrase = []
    for w in heads:
        own = w.pos_ in {"VERB", "AUX"} and tok in w.subtree and w.i != tok.i
        other = {u.i for c in w.children if own and c.dep_ in OWN_CLAUSE_DEPS
                 and tok not in c.subtree for u in c.subtree}
        # a verb the parse coordinates to the noun ("rappelle son ambassadeur à Téhéran et
        # réduit sa représentation") is an act of its own, not part of the noun's phrase
        # (or hangs on it after a comma: "a chassé l'ambassadeur de Colombie, rompu les
        # relations…"); a relative clause on the noun is a clause of its own
        other |= {u.i for c in w.children if c.pos_ in VERBAL and tok not in c.subtree
                  and (c.dep_ == "conj" or c.dep_ in RELATIVE_DEPS
                       or c.dep_ == "acl" and c.i > 0 and c.nbor(-1).is_punct)
                  for u in c.subtree}
        # a motive ("rappelle son ambassadeur, en signe de solidarité avec…") is no part of it
        other |= {u.i for i in _two_levels(w) if i not in (w.i, tok.i) and is_motive(doc[i])
                  for u in doc[i].subtree}
        phrase += [i for i in _two_levels(w) if i not in other and not (
            own and i not in (w.i, tok.i) and doc[i].pos_ in {"VERB", "AUX"})]
    return [at[i] for i in dict.fromkeys(phrase) if i in at and i != f.start]


def _two_levels(w: Token) -> list[int]:
    return [w.i] + [c.i for c in w.children] + [g.i for c in w.children for g in c.children]


def _polarity(f: Firing, rels: dict) -> int:
    rel = rels.get(f.relation)
    return rel.polarity if rel else 0


@cache
def lexicon(lang: str) -> Lexicon:
    known = set(relations()) | {"same"}
    triggers: list[Trigger] = []
    classes = word_classes(lang)
    for path, row in trigger_rows():
        if row["relation"] not in known or row["frame"] not in FRAMES:
            raise ValueError(f"{path}: unknown relation or frame in row {row}")
        if row["lang"] != lang:
            continue
        triggers.append(
            Trigger(
                relation=row["relation"],
                lang=lang,
                lemmas=tuple(row["lemma"].lower().split()),
                with_=_expand(row["with"].lower().split("|"), classes),
                frame=row["frame"],
            )
        )
    return Lexicon(triggers, words(lang, "reflexive_other"), words(lang, "reflexive_pronoun"),
                   words(lang, "verb_only"), nlp.irregular_forms(lang),
                   words(lang, "fixed_preposition"), words(lang, "state_noun"),
                   words(lang, "passive_copula"), words(lang, "member_status"))


def _expand(with_: list[str], classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """A row's `with` words, each @class replaced by its words (@organisation stays: it is
    matched on actor names, not on words)."""
    out: set[str] = set()
    for w in with_:
        if w.startswith("@") and w not in {ORGANISATION, PARTNER, OBJECT} and w not in classes:
            raise ValueError(f"unknown word class {w} (ontology/lexicon/word_classes.tsv)")
        out |= classes.get(w, {w} if w else set())
    return frozenset(out)
