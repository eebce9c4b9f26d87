"""Who does what to whom: the actors of a fired trigger, read off the dependency parse.

Each function follows one grammatical path (textacy style). Labels are Universal Dependencies
(French model) and ClearNLP (English model); both sets are listed together.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from graph.extract.lexicon import head_nouns, words

SUBJ_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "nsubjpass", "expl:subj"})
PASSIVE_AUX_DEPS = frozenset({"aux:pass", "auxpass"})
AGENT_DEPS = frozenset({"obl:agent", "agent"})
# clauses of their own: their actors are not the trigger's arguments
CLAUSE_DEPS = frozenset(
    {"acl:relcl", "relcl", "advcl", "ccomp", "parataxis", "csubj", "mark", "punct", "dep"}
)
# what a misparsed headline subject hangs on its verb as ("Paris expulse…": amod)
HEADLINE_SUBJECT_DEPS = frozenset({"amod", "nmod", "compound", "dep", "appos", "obl:mod"})
# a relative clause ("le bloc, que l'Afrique du Sud a rejoint")
RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
# a verb whose subject is shared with the clause above it
RAISING_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "acl:relcl", "relcl", "ccomp", "dep"})
VERBAL = frozenset({"VERB", "AUX"})
# a noun in these roles is what its verb's subject does ("X impose des sanctions à Y")
CORE_DEPS = frozenset({"obj", "obl:arg", "dobj", "iobj", "xcomp", "attr", "nsubj:pass", "ROOT"})


def _is_mediator(tok: Token, mediation: frozenset[str], by_agent: frozenset[str]) -> bool:
    """An actor named as the one who brokers, hosts or chairs the talks of others: the
    complement of a mediation noun ("sous l'égide de", "with the mediation of") or the agent
    of a mediation verb ("brokered by", "négocié sous les auspices de"); the subject of a verb
    that is mediation only by its agent negotiates for itself ("le Monténégro négocie")."""
    if tok.dep_ == "conj":
        return False  # "sous l'égide de l'Angola, la RDC et le Rwanda": the parties, misparsed
    head = tok.head
    for _ in range(2):  # the actor, or the phrase it heads ("du président angolais")
        if head.i == tok.i:
            return False
        lemma = head.lemma_.lower()
        if lemma in by_agent and tok.dep_ in {"nsubj", "obj", "iobj"}:
            return False
        if lemma in mediation or head.lower_ in mediation:
            return True
        tok, head = head, head.head
    return False


def _is_forum(span: Span, lang: str) -> bool:
    """An organisation named as the arena where others act, not as a party: "a saisi le Conseil
    de sécurité de l'ONU", "à la tribune de l'ONU", "took the dispute to the WTO", "an
    emergency session of the UN Security Council" (modality.tsv forum_*)."""
    if span.label_ not in words(lang, "forum_actor"):
        return False
    cases, heads = words(lang, "forum_case"), words(lang, "forum_head")
    verbs, bodies = words(lang, "forum_verb"), words(lang, "forum_body")
    tok = span.root
    for _ in range(3):  # the organisation, or the body of it the parse heads it with
        marker = tok.head if tok.dep_ == "pobj" else tok  # English: the preposition above
        if Sentence.has_case(marker, cases):
            return True
        head = marker.head
        if head.i == tok.i:
            return False
        if head.lemma_.lower() in heads or head.lower_ in heads:
            return True
        if tok.dep_ in {"obj", "dobj"} and head.lemma_.lower() in verbs:
            return True
        if head.i not in range(span.start, span.end) and head.lemma_.lower() not in bodies:
            return False  # "à la coordonnatrice de l'ONU": the envoy is the UN's, a party
        tok = head  # "au Conseil de sécurité de l'ONU": the council is the organisation
    return False


class Sentence:
    """A parsed sentence with its acting actors indexed by token."""

    def __init__(self, doc: Doc, lang: str, reciprocal: bool = False) -> None:
        self.doc = doc
        self.lang = lang
        self.actor_at: dict[int, list[str]] = {}
        mediation, by_agent = words(lang, "mediation"), words(lang, "mediation_by_agent")
        for span in doc.spans.get("actors", []):
            if _is_mediator(span.root, mediation, by_agent) or _is_forum(span, lang):
                continue  # "sous l'égide de l'UA", "brokered by Qatar": not a party
            for i in range(span.start, span.end):
                self.actor_at.setdefault(i, []).append(span.label_)
        self._relatives(doc, lang)
        self.place_at: dict[int, str] = {
            i: s.label_ for s in doc.spans.get("places", []) for i in range(s.start, s.end)
        }
        self.time_cases = words(lang, "time_case")
        self.object_control = words(lang, "object_control")
        self.pronouns = words(lang, "subject_pronoun")
        self.agent_cases = words(lang, "agent_case")
        self.object_cases = words(lang, "object_case")
        self.locative_cases = words(lang, "locative_case")
        # acting actors in text order, each once
        in_order = (a for i in sorted(self.actor_at) for a in self.actor_at[i])
        self.actors = list(dict.fromkeys(in_order))
        # the main tree: a chronology's dateline is a tree of its own (nlp.one_sentence)
        roots = [t for t in doc if t.dep_ == "ROOT"]
        self.root = max(roots, key=lambda t: len(list(t.subtree)), default=None)
        self.blocked: frozenset[int] = frozenset()  # heads of other triggers: set by walled()
        self.reciprocal = reciprocal  # "mesures réciproques": a directed act holds both ways

    def _relatives(self, doc: Doc, lang: str) -> None:
        """A relative pronoun stands for its antecedent's actors ("la Russie, avec laquelle…");
        the body after "dont" / "whose" is the antecedent's ("le Burundi, dont les soldats")."""
        for tok in doc:
            ante = antecedent(tok) if tok.i not in self.actor_at else None
            named = self._listed_actors(ante)
            if named:
                self.actor_at[tok.i] = named
        bodies = head_nouns(lang, "body")
        owners = words(lang, "owner_relative")
        for tok in doc:
            if tok.lower_ not in owners:
                continue
            named = self._listed_actors(_word_before(tok))
            after = next((t for t in doc[tok.i + 1 : tok.i + 4] if t.pos_ != "DET"), None)
            if not named or after is None or after.i in self.actor_at:
                continue
            if after.lower_ in bodies or after.lemma_.lower() in bodies:
                self.actor_at[after.i] = named

    def _listed_actors(self, tok: Token | None) -> list[str]:
        """The actors of a noun and of the nouns coordinated with it ("Moscou et Pékin")."""
        if tok is None:
            return []
        return list(dict.fromkeys(a for t in _coordinated(tok) for a in self.actor_at.get(t.i, ())))

    def walled(self, blocked: frozenset[int]) -> Sentence:
        """The same sentence seen from one trigger: the other triggers' heads are walls its
        phrases do not cross. A shallow copy, so the indexes are shared, not rebuilt."""
        view = copy.copy(self)
        view.blocked = blocked
        return view

    # --- walking the tree -------------------------------------------------------------------

    def phrase_actors(
        self, tok: Token, places: bool = False, located: bool = True
    ) -> list[str]:
        """Actors in the phrase headed by `tok`, not entering subordinate clauses.

        located=False leaves out locative phrases ("un diplomate en France": the diplomat's
        country is not France).
        """
        found: dict[str, None] = {}
        for t in self._phrase(tok, located):
            for a in self.actor_at.get(t.i, ()):
                found.setdefault(a)
            if places and t.i in self.place_at:
                found.setdefault(self.place_at[t.i])
        return list(found)

    def _phrase(
        self, tok: Token, located: bool = True, appositions: bool = True
    ) -> Iterator[Token]:
        stack = [tok]
        while stack:
            t = stack.pop()
            yield t
            for c in t.children:
                if not appositions and t.i in self.actor_at and is_apposition(c) and (
                    c.pos_ == "NOUN" and c.i not in self.actor_at  # a list of actors is none
                ):
                    continue  # "le Mali, membre du G5 Sahel, a quitté…": a description
                if c.dep_ in CLAUSE_DEPS or (c.pos_ in VERBAL and c.dep_ not in {"amod"}):
                    continue
                if self._is_time(c):
                    # "membre des Nations unies depuis 1960 et de la Ligue arabe": the parse
                    # hangs the next conjunct on the date
                    stack.extend(g for g in c.children if g.dep_ == "conj" and g.i in self.actor_at
                                 and not self._is_time(g) and g.i not in self.blocked)
                    continue
                if c.i in self.blocked:
                    continue
                if not located and self.has_case(c, self.locative_cases):
                    continue
                stack.append(c)

    @staticmethod
    def has_case(tok: Token, cases: frozenset[str]) -> bool:
        if tok.dep_ == "prep":  # English: the preposition heads its phrase
            return tok.lower_ in cases
        return any(c.dep_ == "case" and c.lower_ in cases for c in tok.children)

    def _is_time(self, tok: Token) -> bool:
        return self.has_case(tok, self.time_cases)

    @staticmethod
    def governing_verb(tok: Token) -> Token:
        """The verb of the clause a trigger word stands in."""
        t = tok
        for _ in range(4):
            if t.pos_ in VERBAL or t.dep_ == "ROOT" or t.head.i == t.i:
                return t
            t = t.head
        return t

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in PASSIVE_AUX_DEPS or (c.dep_ in AGENT_DEPS and self._agentive(verb))
                   for c in verb.children) or self._copular_participle(verb)

    def _agentive(self, verb: Token) -> bool:
        """Can the parse's agent "by" be one? On a participle, or on a past form read for
        one ("the accord concluded in Geneva by Caracas and London"); not on an infinitive or
        a verb with an actor for subject ("pledged to stand by Serbia", "Jordan stood by
        Egypt")."""
        if "Part" in verb.morph.get("VerbForm") or verb.tag_ == "VBN":
            return True
        if "Inf" in verb.morph.get("VerbForm") or verb.tag_ == "VB":
            return False
        return not self.actors_of(c for c in verb.children if c.dep_ in SUBJ_DEPS)

    def _copular_participle(self, verb: Token) -> bool:
        """"Le Burkina reste suspendu de la CEDEAO", "Mali remained barred": a past participle
        after "rester" / "remain" is passive, the verb's subject the one acted on."""
        return (verb.dep_ in {"xcomp", "acomp", "oprd"} and verb.head.i != verb.i
                and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
                and verb.head.lemma_.lower() in words(self.lang, "passive_copula"))


    def subject_tokens(self, verb: Token) -> list[Token]:
        """The clause's subject, inherited through xcomp, conjunction and gerunds."""
        if not any(c.dep_ in SUBJ_DEPS for c in verb.children):
            absolute = self._absolute_subject(verb)
            if absolute:
                return absolute
        v = verb
        for _ in range(4):
            if v.pos_ in {"NOUN", "PROPN"} and v.i != verb.i:
                # "Sweden's bid to join NATO", "la candidature de la Suède": the noun's owner
                owners = [c for c in v.children if c.dep_ in {"poss", "nmod:poss"}]
                if not owners and self._misread_verb(v):
                    # "Rwanda severs ties with France and recalls its envoy": the first verb
                    # read as a noun, its subject as a compound; the conjunct shares it
                    owners = [v.doc[v.i - 1]]
                return owners
            if v.dep_ == "acl" and v.tag_ == "VBG":
                return [v.head]  # "a resolution condemning the annexation"
            if (v.dep_ == "acl" and "Fin" in v.morph.get("VerbForm") and v.head.dep_ == "ROOT"
                    and v.head.i in self.actor_at
                    and any(c.dep_ == "appos" and c.i < v.i for c in v.head.children)
                    and not any(c.dep_ in SUBJ_DEPS for c in v.children)):
                # "La Pologne, membre de l'OTAN, accueille des soldats américains": a finite
                # verb the parse hung on its subject, made the root, after an apposition
                return [v.head]
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in self.object_control:
                # "prompting the Palestinian Authority to recall", "a poussé le Maroc à
                # rappeler": the governing verb's object does the act
                controller = [c for c in v.head.children
                              if c.dep_ in {"obj", "dobj"} and c.i < v.i]
                if controller:
                    return controller
            subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
            if subj and all(is_relative(c) for c in subj) and v.head.i != v.i:
                subj = [v.head]  # "l'Égypte, qui entretient …": the antecedent acts
            if (len(subj) == 1 and subj[0].lower_ in self.pronouns and v.dep_ in RELATIVE_DEPS
                    and v.head.i != v.i and v.lemma_.lower() in words(self.lang, "accuse")):
                # "des diplomates russes qu'elle accuse d'espionnage", "diplomats whom it
                # accused": the accuser in a relative clause is the main clause's subject
                main = self.governing_verb(v.head)
                if main.i != v.i and main.pos_ in VERBAL:
                    outer = [c for c in main.children if c.dep_ in SUBJ_DEPS]
                    if outer and self.actors_of(outer):
                        return outer
            if (len(subj) == 1 and subj[0].lower_ in self.pronouns and v.dep_ == "ccomp"
                    and v.head.i != v.i):
                said = [c for c in v.head.children if c.dep_ in SUBJ_DEPS]
                if said and self.actors_of(said):
                    return said  # "Riyadh and Amman said they stood by Egypt": the speakers
            if subj:
                if self.is_passive(v):
                    return self.agent_tokens(v)
                return self._listed_before(v, subj) + subj
            main = _main_after_relative(v)
            if main is not None:
                v = main
                continue
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.i != v.head.i:
                v = v.head.head  # "responded by declaring…": the verb the gerund's "by" hangs on
                continue
            if v.dep_ not in RAISING_DEPS or v.head.i == v.i:
                break
            v = v.head
        root = verb.doc[verb.i].sent.root if verb.doc.has_annotation("SENT_START") else None
        if root is not None and root.i != verb.i and _is_gerund(verb):
            return [c for c in root.children if c.dep_ in SUBJ_DEPS]
        if v.dep_ == "ROOT" and v.pos_ in VERBAL:
            # a headline's present tense parsed with its subject as a modifier ("Paris expulse
            # douze diplomates et rappelle…": Paris amod of expulse): the actor just before it
            found = [c for c in v.children if c.i < v.i and c.dep_ in HEADLINE_SUBJECT_DEPS
                     and c.i in self.actor_at and not any(
                         t.pos_ in VERBAL for t in v.doc[c.i + 1 : v.i])][:1]
            return found or self._stranded_subject(v)
        return []

    def _absolute_subject(self, verb: Token) -> list[Token]:
        """The actor right before a participle's auxiliary ("Paris ayant apporté son soutien
        au plan marocain, Alger rappelle…", "Washington having withdrawn…"): the subject of an
        absolute clause, which the parse hangs loose or on the main verb."""
        doc = verb.doc
        for aux in verb.children:
            if aux.i > verb.i or aux.dep_ not in {"aux", "aux:tense", "aux:pass"}:
                continue
            if "Part" not in aux.morph.get("VerbForm") and aux.tag_ != "VBG":
                continue
            j = aux.i - 1
            if j >= 0 and doc[j].pos_ == "PRON" and doc[j].dep_ not in SUBJ_DEPS:
                j -= 1  # "Washington s'étant retiré": the reflexive stands between
            if j >= 0 and j in self.actor_at:
                return [doc[j]]
        return []

    def _misread_verb(self, noun: Token) -> bool:
        """A headline's verb the parse read as a noun, its subject an actor compounded to it
        at the clause's start ("Rwanda severs ties…", "Norway arrests…")."""
        before = noun.doc[noun.i - 1] if noun.i > 0 else None
        return (before is not None and before.dep_ in {"compound", "nmod"}
                and before.head.i == noun.i and before.i in self.actor_at
                and (before.i == 0 or before.nbor(-1).is_punct)
                and any(c.dep_ in {"dobj", "obj"} for c in noun.children))

    def in_list(self, i: int) -> bool:
        """Can word i stand inside a written list of actors ("la France, le Japon et le
        Canada"): an actor, a comma, a determiner or a conjunction? For lists the parse
        breaks, read off the words."""
        tok = self.doc[i]
        return i in self.actor_at or tok.lower_ == "," or tok.pos_ in {"DET", "CCONJ"}

    def _listed_before(self, verb: Token, subj: list[Token]) -> list[Token]:
        """The first conjuncts of a listed subject that the parse hung elsewhere ("Les
        États-Unis, le Royaume-Uni et la Norvège ont dénoncé…": États-Unis parsed as an
        adverbial clause, only the last two as subjects): they act too."""
        doc = verb.doc
        first = min(t.i for t in subj)
        i = first - 1
        while i >= 0 and doc[i].pos_ != "PRON" and self.in_list(i):
            i -= 1
        if i >= 0 and doc[i].lower_ != ",":
            return []  # the list starts the clause, after a comma or the sentence's start
        span = {t.i for t in doc[i + 1 : first]} | {t.i for t in subj}
        return [t for t in doc[i + 1 : first] if t.i in self.actor_at
                and (t.head.i == verb.i or t.head.i in span)
                and not any(a.i != verb.i and a.is_ancestor(verb) for a in (t, t.head))
                and not any(c.dep_ == "case" for c in t.children)]

    def _stranded_subject(self, verb: Token) -> list[Token]:
        """Actors standing between a comma and the verb, hung by the parse on the phrase
        before the comma ("Sous la médiation de l'Angola, Kagame et Museveni signent…": the
        two presidents parsed as conjuncts of Angola): the clause's subject."""
        doc = verb.doc
        start = verb.i
        # a hyphen inside a name ("Omar el-Béchir") is not the comma
        while start > 0 and not (doc[start - 1].is_punct and start - 1 not in self.actor_at):
            start -= 1
        span = doc[start : verb.i]
        if start == 0 or not len(span):
            return []
        words = [t for t in span if t.pos_ not in {"DET", "CCONJ", "AUX"}]
        if not words or any(t.i not in self.actor_at for t in words):
            return []
        return words

    def agent_tokens(self, verb: Token, chained: bool = True) -> list[Token]:
        """"par X" / "by X"; failing that, the agent of a participle chained to the verb
        ("interpellés … et poursuivis par la justice béninoise")."""
        out = []
        for c in verb.children:
            if c.dep_ in AGENT_DEPS:
                out.extend(c.children if c.dep_ == "agent" else [c])
            elif c.dep_.startswith("obl") and any(
                g.dep_ == "case" and g.lower_ in self.agent_cases for g in c.children
            ):
                out.append(c)
        if not out and chained:
            for c in verb.children:
                if c.pos_ in VERBAL and c.dep_ in {"conj", "acl", "advcl"}:
                    out.extend(self.agent_tokens(c, chained=False))
        if not out and chained:
            out = self._stranded_agents(verb)
        return out

    def _stranded_agents(self, verb: Token) -> list[Token]:
        """A verb's "par X" the parse hung on a noun of its own clause ("a été arrêté début
        juin par la police polonaise": the agent under "juin"): no verb stands between."""
        subject = {i for t in self.patient_tokens(verb) for i in self.subtree_tokens(t)}
        out = []
        for t in verb.subtree:
            if t.i in subject or t.head.i == verb.i:
                continue
            if t.dep_ not in AGENT_DEPS and not self._agent_on_date(t):
                continue
            h = t.head
            while h.i != verb.i and h.pos_ not in VERBAL and h.head.i != h.i:
                h = h.head
            if h.i == verb.i:
                out.extend(t.children if t.dep_ == "agent" else [t])
        return out

    def _agent_on_date(self, t: Token) -> bool:
        """"fondée en 1989 par le Maroc": the parse hangs "par le Maroc" on the year as a
        modifier, an agent all the same."""
        return (t.i in self.actor_at and t.dep_ == "nmod" and t.head.pos_ == "NUM"
                and self.has_case(t, self.agent_cases))

    def patient_tokens(self, verb: Token) -> list[Token]:
        """The grammatical subject of a passive verb: the one acted upon."""
        own = [c for c in verb.children if c.dep_ in SUBJ_DEPS]
        if own or not self._copular_participle(verb):
            return own
        return [c for c in verb.head.children if c.dep_ in SUBJ_DEPS]  # "reste suspendu": the
        # subject of "rester"

    def actors_of(
        self, toks: Iterable[Token], places: bool = False, located: bool = True
    ) -> list[str]:
        found: dict[str, None] = {}
        for t in toks:
            if not located and self.has_case(t, self.locative_cases):
                continue
            for a in self.phrase_actors(t, places, located):
                found.setdefault(a)
        return list(found)

    def subject_actors(self, toks: Iterable[Token]) -> list[str]:
        """Actors of a subject, without what its appositions say about it."""
        found: dict[str, None] = {}
        for tok in toks:
            for t in self._phrase(tok, appositions=False):
                for a in self.actor_at.get(t.i, ()):
                    found.setdefault(a)
        return list(found)

    def complements(self, head: Token, exclude: set[int]) -> list[Token]:
        """Dependents of `head` that may hold the other party, minus subjects and times."""
        out = []
        for c in head.children:
            if c.i in exclude or c.i in self.blocked:
                continue
            if c.dep_ in SUBJ_DEPS or c.dep_ in CLAUSE_DEPS or c.pos_ in VERBAL:
                continue  # a verb below heads its own claim ("accuse Y d'abriter des bases")
            if c.dep_ in {"det", "case", "aux", "aux:tense", "aux:pass", "cop", "advmod", "cc"}:
                continue
            if self._is_time(c) or c.dep_ in AGENT_DEPS:
                continue
            out.append(c)
        return out

    def between(self, verb: Token) -> list[str]:
        """Actors joined by "entre X et Y" / "between X and Y" in the clause of `verb`."""
        for t in self._phrase(verb):
            if t.lower_ in words(self.lang, "between"):
                head = t.head if t.dep_ in {"case", "prep"} else t
                group = head if t.dep_ == "case" else next(iter(t.children), head)
                found = self.phrase_actors(group)
                if len(found) >= 2:
                    return found
        return []

    def subtree_tokens(self, tok: Token) -> set[int]:
        return {t.i for t in self._phrase(tok)}


OBJECT_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def marked_nouns(head: Token, cases: frozenset[str]) -> Iterator[Token]:
    """The nouns `head` governs through one of these prepositions: English "with" heads its
    noun (prep -> pobj), French "avec" hangs on it (case)."""
    for c in head.children:
        if Sentence.has_case(c, cases):
            yield next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c


def is_apposition(tok: Token) -> bool:
    """An apposition: "appos", or a noun the French parse makes a conjunct without "et"
    ("X, principal soutien de Y")."""
    if tok.dep_ == "appos":
        # set off by a comma, a dash or a bracket: "au Sri Lanka un prêt" is no apposition
        left = tok.left_edge.i
        return left == 0 or left <= tok.head.i or tok.doc[left - 1].is_punct
    return tok.dep_ == "conj" and tok.pos_ == "NOUN" and not any(
        c.dep_ == "cc" for c in tok.children
    )


def comma_modifier(tok: Token) -> bool:
    """"La France, fidèle soutien du Maroc, …": a noun the French parse hangs on the name as a
    modifier without preposition, set off by a comma right after it; an apposition in all but
    the label (kept apart from `is_apposition`, which also decides what a name's phrase holds)."""
    if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or tok.head.i > tok.i or any(
            c.dep_ == "case" for c in tok.children):
        return False
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].text == "," and left - 1 > tok.head.i


def has_own_subject(tok: Token) -> bool:
    """Does the word head a clause with a subject of its own ("… et la Bolivie a rompu")?"""
    return any(c.dep_ in SUBJ_DEPS for c in tok.children)


def _main_after_relative(v: Token) -> Token | None:
    """The main clause's verb, for a verb the parse coordinates after a comma to a relative
    clause whose subject is a noun of its own ("expelled the diplomats of …, whose governments
    had questioned the results, and withdrew its own staff": Caracas withdrew)."""
    head = v.head
    if v.dep_ != "conj" or head.dep_ not in RELATIVE_DEPS or head.head.i == head.i:
        return None
    # the conjunction hangs on either conjunct (English on the first, French on the second)
    cc = [t for t in v.doc[head.i + 1 : v.i] if t.dep_ == "cc" and t.head.i in (v.i, head.i)]
    if not cc or cc[-1].nbor(-1).text != ",":
        return None
    subj = [c for c in head.children if c.dep_ in SUBJ_DEPS]
    if not subj or any(is_relative(c) for c in subj):
        return None  # "which denied …, and accused …": the antecedent does both
    up = head.head
    while up.pos_ not in VERBAL and up.head.i != up.i:
        up = up.head
    return up if up.pos_ in VERBAL else None


def is_relative(tok: Token) -> bool:
    return "Rel" in tok.morph.get("PronType") or tok.tag_ in {"WDT", "WP"}


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its relative clause, or, when the
    parse hangs the clause elsewhere ("ne lâchera pas Damas, qu'il soutient": a ccomp of
    lâcher), the word just before the pronoun and its preposition and comma."""
    if not is_relative(tok) or tok.lower_ in _not_standing_for(tok.lang_):
        return None
    verb = tok.head
    if verb.dep_ in {"acl:relcl", "relcl"} and verb.head.i != verb.i and verb.head.i < tok.i:
        return verb.head
    return _word_before(tok)


def _not_standing_for(lang: str) -> frozenset[str]:
    """Relative pronouns that do not stand for their antecedent: "dont" / "whose" make it an
    owner, "où" / "where" / "when" a place or a time."""
    return words(lang, "owner_relative") | words(lang, "adverbial_relative")


def index_before(tok: Token) -> int:
    """Where the word a relative pronoun follows stands, past its preposition and comma
    (", avec laquelle", ", to which"); -1 at the start of the sentence."""
    i = tok.i - 1
    while i >= 0 and (tok.doc[i].is_punct or tok.doc[i].dep_ in {"case", "prep"}
                      or tok.doc[i].pos_ == "ADP"):
        i -= 1
    return i


def _word_before(tok: Token) -> Token | None:
    """The noun just before a relative pronoun."""
    i = index_before(tok)
    if i < 0 or tok.doc[i].pos_ not in {"NOUN", "PROPN"}:
        return None
    return tok.doc[i]


def first_conjunct(tok: Token) -> Token:
    """The head of the coordination `tok` stands in ("la Russie et la Chine": la Russie)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _coordinated(tok: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("Moscou et Pékin, avec lesquels")."""
    first = first_conjunct(tok)
    # the chain of conjuncts only, not those of a clause inside the noun's phrase ("the GCC,
    # which groups Qatar, the UAE and Oman": "which" stands for the GCC alone)
    out = [first]
    for t in out:
        out += [c for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return out


def has_possessive(tok: Token) -> bool:
    """"son ambassadeur", "its envoy", "ses ressortissants": a possessive before the noun names
    its owner outside the phrase."""
    return any(c.morph.get("Poss") == ["Yes"] for c in tok.children if c.i < tok.i)


def is_relative_object(tok: Token) -> bool:
    """"que" / "which" as the object of its relative clause ("le bloc, que X a rejoint")."""
    return is_relative(tok) and tok.dep_ in OBJECT_DEPS


def _is_gerund(tok: Token) -> bool:
    morph = tok.morph
    if "Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense"):
        return True
    return tok.tag_ == "VBG"


def _neither_nor(verb: Token, conjunctions: frozenset[str]) -> bool:
    """Is the verb one of "ni … ni" / "neither … nor" conjuncts? French hangs each "ni" on
    its own verb; English hangs "neither" and "nor" on the first."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in {"cc", "preconj"} and c.lower_ in conjunctions
               for h in heads for c in h.children)


def refused_support(s: Sentence, trigger: Token) -> bool:
    """Is support refused by a verb above the trigger ("a refusé d'appuyer le projet", "refused
    to back the draft")? Withholding it is rejecting the one who asked (docs/annotation.md:
    rejects), unlike "failed to" or "renoncé à", which only deny it."""
    return _raised_by(trigger, words(s.lang, "refuse_support"))


def _raised_by(trigger: Token, vocab: frozenset[str], forms: bool = False) -> bool:
    """Is one of the trigger's three nearest heads a word of `vocab` (by lemma, or by form
    too)?"""
    t = trigger
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in vocab or forms and t.lower_ in vocab:
            return True
    return False


def is_negated(
    s: Sentence, trigger: Token, end: int | None = None, part: int | None = None
) -> bool:
    """The claim is denied: "n'existait plus de coopération", "sans soutien", "did not".
    `part`: the trigger's own `with` word ("annuler" in "annuler la dette"), never a denial."""
    neg = words(s.lang, "negation")
    without = words(s.lang, "without")
    own = range(trigger.i, end or trigger.i + 1)  # "emboîter le pas": "pas" is no negation
    refusal = words(s.lang, "refusal")
    if ending_verb(trigger, words(s.lang, "undo"), part) is not None:
        return True
    if trigger.pos_ in VERBAL and _neither_nor(trigger, words(s.lang, "negative_cc")):
        return True  # "n'a ni confirmé ni démenti", "neither confirmed nor denied"
    particles = words(s.lang, "negation_particle")
    no = words(s.lang, "negative_determiner")
    conceal = words(s.lang, "conceal")
    nobody = words(s.lang, "negative_subject")
    t = trigger
    for _ in range(3):
        if t.i not in (trigger.i, part) and t.lemma_.lower() in refusal:
            return True  # "a refusé de renouveler l'accord"
        if t.i != trigger.i and t.lemma_.lower() in conceal:
            return False  # "n'a jamais caché son soutien": not hiding it is stating it
        kids = [c for c in t.children if c.i not in own]
        lemmas = {c.lower_ for c in kids} | {c.lemma_.lower() for c in kids}
        # "sans soutien", "sans rompre": the word under "sans" is denied; an English "without"
        # clause hung on a verb ("condemned Israel without breaking off relations") denies its
        # own verb (below), not this one
        if any(c.dep_ in {"case", "mark", "prep"} and c.lower_ in without
               and not any(g.dep_ == "pcomp" for g in c.children) for c in kids) and not (
            _only_unannounced(t, without, words(s.lang, "without_other"))
        ):
            return True
        if t.dep_ in {"pobj", "pcomp"} and t.head.lower_ in without:
            return True
        if particles:  # French: "ne … pas / plus / jamais"
            if lemmas & particles and lemmas & neg:
                return True
            if lemmas & particles and any(
                g.dep_ == "det" and g.lower_ in no for c in kids for g in c.children
            ):
                return True  # "n'a annexé aucun territoire"
        elif any(c.dep_ == "neg" for c in kids):
            return True
        elif any(g.lower_ in neg for c in kids if c.dep_ == "advmod" for g in c.children):
            return True  # "Hungary no longer opposes the bid"
        if any(c.dep_ == "det" and c.lower_ in no for c in kids):
            return True
        if t.i in (trigger.i, trigger.head.i) and any(
                c.dep_ in SUBJ_DEPS and _nobody(c, nobody) for c in kids):
            return True  # "None of the three governments has recalled", "Ni Canberra ni…"
        if t.head.i == t.i or t.dep_ in CLAUSE_DEPS or (t.dep_ == "conj" and has_own_subject(t)):
            break  # "Pretoria n'est pas isolée : la Bolivie a rompu…": a clause of its own
        if t.dep_ in SUBJ_DEPS and t.head.lemma_.lower() not in words(s.lang, "existence"):
            break  # "la crise ne touche pas le gaz": the crisis itself is not denied
        t = t.head
    return False


def _nobody(subject: Token, nobody: frozenset[str]) -> bool:
    """A subject that denies the clause for all it names: "none", or "neither" / "ni" / "aucun"
    before it or before one of its conjuncts."""
    return subject.lower_ in nobody or any(
        g.lower_ in nobody for u in (subject, *subject.conjuncts) for g in u.children
        if g.dep_ in {"preconj", "cc", "det"})


def _only_unannounced(t: Token, without: frozenset[str], other: frozenset[str]) -> bool:
    """"entered Pakistani territory without Islamabad's knowledge": what is missing is someone's
    consent, not the act."""
    nouns = [g for c in t.children if c.dep_ in {"prep", "case"} and c.lower_ in without
             for g in c.children if g.dep_ == "pobj"]
    return bool(nouns) and all(g.lemma_.lower() in other for g in nouns)


def ending_verb(trigger: Token, undo: frozenset[str], part: int | None = None) -> Token | None:
    """The verb that ends the act, when the act is its object ("a levé ses sanctions",
    "suspended its joint operations"); an act named beside it ("suspendu sa coopération après
    l'arrestation") is not ended."""
    t = trigger
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            return None
        if head.i != part and head.lemma_.lower() in undo and t.dep_ in OBJECT_DEPS:
            return head
        if t.dep_ not in {"amod", "compound", "nmod", "conj", "flat"}:
            return None  # only up through the object's own phrase
        t = head
    return None


def is_conditional(tok: Token) -> bool:
    """The tagger's conditional mood, where the form can be one: every French conditional
    ends in -rais, -rait, -rions, -riez or -raient ("restent" read as one is not)."""
    endings = tuple(words(tok.lang_, "conditional_ending"))
    return "Cnd" in tok.morph.get("Mood") and (not endings or tok.lower_.endswith(endings))


def _reported_future(s: Sentence, verb: Token) -> bool:
    """A future in the past reported as decided: "announced that it would leave the ICC",
    "a annoncé qu'il retirerait ses troupes" (not under "if" / "si")."""
    cond = words(s.lang, "conditional")
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words(s.lang, "announce_verb")
            and not any(c.dep_ == "mark" and c.lower_ in cond
                        for v in (verb, *verb.children) for c in v.children))


def is_hypothetical(s: Sentence, trigger: Token, with_token: int | None = None) -> bool:
    """A possibility, threat, demand or condition: "pourrait rompre", "could sever", "si Alger
    rompt", "exhortent Kigali à retirer". `with_token`: the word the trigger's row asked for;
    a demand that is that word is the act itself ("exigé des excuses")."""
    hyp = words(s.lang, "hypothetical")
    cond = words(s.lang, "conditional")
    any_determiner = words(s.lang, "any_determiner")
    if any(c.dep_ == "det" and c.lower_ in any_determiner for c in trigger.children):
        return True  # "toute intervention militaire au Niger sera…", "any attack on…"
    demand = _demanded(trigger, words(s.lang, "demand"))
    if demand is not None and demand != with_token:
        return True
    reliance = words(s.lang, "reliance")
    reported = words(s.lang, "reported_future")
    t = trigger
    for _ in range(4):
        if is_conditional(t) and not _reported_future(s, t):
            return True
        if t.i != trigger.i and t.lemma_.lower() in reliance:
            # "peut compter sur l'appui de Pékin", "can count on": the support is had, unless
            # the modal is conditional ("pourrait compter sur")
            modals = [c for c in t.children if c.dep_ in {"aux", "aux:tense"}]
            modals += [t.head] if t.dep_ == "xcomp" else []
            conditional = words(s.lang, "conditional_modal")
            return any(is_conditional(c) or c.lower_ in conditional for c in modals)
        if (t.lemma_.lower() in hyp or t.lower_ in hyp) and t.i != trigger.i:  # "hopes": "hop"
            return True
        for c in t.children:
            modal = c.dep_ in {"aux", "aux:tense"} and (c.lemma_.lower() in hyp or c.lower_ in hyp)
            if modal and not (c.lower_ in reported and _reported_future(s, t)):
                return True
            if c.dep_ == "mark" and c.lower_ in cond:
                return True
        if t.head.i == t.i or t.dep_ in _OWN_CLAUSE or (t.dep_ == "conj" and has_own_subject(t)):
            break  # "Bakou, qui a envoyé de l'aide à l'Ukraine, pourrait…": the relative is said
        if t.dep_ == "advcl" and has_own_subject(t) and any(
                c.dep_ == "mark" and c.pos_ == "SCONJ" for c in t.children):
            break  # "lorsqu'elle a adhéré à l'organisation, la RDC espérait…": a fact of its own
        t = t.head
    return False


def is_candidacy(s: Sentence, trigger: Token) -> bool:
    """A membership sought, not held: "candidate à l'adhésion à l'UE", "negotiating to join"."""
    return _raised_by(trigger, words(s.lang, "candidacy"), forms=True)


# a clause whose modality is its own, whatever the clause it hangs on says
_OWN_CLAUSE = frozenset({"acl:relcl", "relcl", "parataxis", "appos"})


_NOT_COMPLEMENT = frozenset({"conj", "acl:relcl", "relcl", "parataxis", "appos", "nsubj",
                             "nsubj:pass", "nsubjpass", "csubj", "advcl", "ROOT"})


def _demanded(trigger: Token, demand: frozenset[str]) -> int | None:
    """Is the act what a demand verb asks for ("exhortent Kigali à retirer ses forces",
    "demanded that Israel end its offensive")? Only through the demand's complements: not a
    verb coordinated with it, nor a relative clause on its object. The demand verb's index."""
    t = trigger
    for _ in range(4):
        if t.dep_ in _NOT_COMPLEMENT or t.head.i == t.i:
            return None
        t = t.head
        if t.lemma_.lower() in demand and t.pos_ in {"VERB", "AUX"}:
            return t.i
    return None


def is_ended(s: Sentence, trigger: Token) -> bool:
    """A cooperation the text says is over: "l'ancien allié", "the defunct pact", "l'accord,
    qui a expiré en 2019", "which ended in 2024", "autrefois alliés". Coded neither as current
    cooperation nor, by this rule, as its ending (who ended it is not said here)."""
    ended = words(s.lang, "ended")
    near = [*trigger.children, *(g for c in trigger.children for g in c.children)]
    # a relative clause the parse hangs on the last partner ("between France and Chad, which")
    deep = [t for g in near for c in g.children for t in c.children]
    near += [t for g in near + deep for t in g.children if t.dep_ in {"acl:relcl", "relcl"}]
    if trigger.dep_ in {"amod", "appos", "acl"}:
        near.append(trigger.head)
    for t in near:
        lemma = t.lemma_.lower()
        if t.dep_ in {"amod", "advmod", "nmod"} and (lemma in ended or t.lower_ in ended):
            return True
        if t.dep_ in {"acl:relcl", "relcl", "acl"} and t.pos_ in {"VERB", "AUX"}:
            if lemma in ended:
                return True
            if any(c.lemma_.lower() in ended and c.dep_ in {"obj", "dobj"} for c in t.children):
                return True  # "qui a pris fin"
    return False
