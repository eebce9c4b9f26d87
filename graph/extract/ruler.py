"""The actor ruler: a spaCy component (`actor_mentions`) finding actors by the gazetteer, not NER.

In the style of spaCy's EntityRuler / SpanRuler: all patterns are built once from ontology
data; per token the work is a dictionary lookup. It writes `doc.spans["actors"]` and
`doc.spans["places"]` (capitals used as locations: "arrêté à Bamako", "a summit in Paris").
Each span's label is the canonical actor name, its `kb_id` the actor's gazetteer id (MLI,
ECOWAS) and its `id` how it was recognised (see `HOWS`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph import gazetteer, offices
from graph.extract import lexicon

HOWS = (
    "name", "acronym", "capital", "body", "leader", "office", "demonym", "compound", "place",
    "context",
)
WINDOW = 3  # tokens between a demonym and the noun it qualifies ("un agent diplomatique français")
_DEMONYM_DEPS = {"amod", "nmod", "compound", "appos"}


def _variants(form: str) -> set[str]:
    """Spellings a writer may use for one name: both apostrophes, with or without accents."""
    forms = {form, form.replace("'", "’"), form.replace("’", "'")}
    stripped = {
        "".join(c for c in unicodedata.normalize("NFD", f) if unicodedata.category(c) != "Mn")
        for f in forms
    }
    return forms | stripped


def actor_span(doc: Doc, start: int, end: int, actor: str, how: str, ids: dict[str, str]) -> Span:
    """A mention: label = canonical name, kb_id = gazetteer id, id = how it was found."""
    return Span(doc, start, end, label=actor, kb_id=ids.get(actor, actor), span_id=how)


class ActorMentions:
    """Finds names, acronyms, capitals, institutions, demonyms and compounds of actors."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.lang = lang
        gaz = gazetteer.load()
        self.ids = gaz.id_of
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.demonyms: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        # a capital listed as an institution stands for that actor ("Bruxelles": the EU)
        bodies = {phrase.lower() for _, phrase, _ in lexicon.actor_phrases()}
        self.city_bodies: set[str] = set()
        for actor in gaz.actors:
            names = {actor.name, actor.label_fr, *actor.names_fr, *actor.names_en}
            self._add(self.names, "name", actor.name, names, nlp)
            self._add(self.acronyms, "acronym", actor.name, set(actor.acronyms), nlp)
            capitals = {c for c in (actor.capital_fr, actor.capital_en, *actor.capitals_alt) if c}
            self.city_bodies.update(c.lower() for c in capitals if c.lower() in bodies)
            # a state named like its capital ("réunis à Luxembourg", "à Djibouti"): after "à"
            # or "in", the city
            if (actor.capital_fr or "").lower() == (actor.capital_en or "").lower():
                named = {n.lower() for n in names if n}
                self.city_bodies.update(c.lower() for c in capitals if c.lower() in named)
            capitals = {c for c in capitals if c.lower() not in bodies}
            self._add(self.names, "capital", actor.name, capitals, nlp)
            for d in (*actor.demonyms_fr, *actor.demonyms_en):
                for v in _variants(d.lower()):
                    self.demonyms.setdefault(v, actor.name)
            for p in actor.prefixes:
                for v in _variants(p.lower().rstrip("-")):
                    self.prefixes.setdefault(v, actor.name)
        # names several actors share: marked with the first candidate, settled per document
        # (graph/extract/actors.py: settle_ambiguous)
        for form, kind, candidates in lexicon.ambiguous_names(lang):
            if kind == "name":
                self._add(self.names, "name", candidates[0], {form}, nlp)
            else:
                for v in _variants(form.lower()):
                    self.demonyms.setdefault(v, candidates[0])
        known = set()
        for how, phrase, actor in lexicon.actor_phrases():
            matcher = self.acronyms if phrase.isupper() else self.names
            self._add(matcher, how, actor, {phrase}, nlp)
            known.add(phrase.lower())
        # office-holders by date (graph/offices.py): labelled with their latest state here, the
        # pipeline keeps or relabels them by the document's date
        for phrase, actor in offices.latest_states().items():
            if phrase.lower() not in known:
                self._add(self.names, "office", actor, {phrase, offices.unaccented(phrase)}, nlp)
        self.geographic = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.geographic.add("geo", [nlp.make_doc(p) for p in lexicon.geographic_names()])
        # first words of demonyms the tokenizer cuts ("équato-guinéen", "south korean"): only
        # after one of these is a two- or three-token demonym looked up
        self.demonym_heads = {
            d.replace("-", " ").split()[0] for d in self.demonyms if " " in d or "-" in d
        }
        self.body_heads = lexicon.head_nouns(lang, "body")
        self.place_heads = lexicon.head_nouns(lang, "place")
        self.plain_heads = lexicon.head_nouns(lang, "plain")
        self.place_words = lexicon.place_words(lang)
        self.people_articles = lexicon.words(lang, "state_people_article")
        self.negative_prefixes = lexicon.words(lang, "negative_prefix")
        self.backed_by = lexicon.words(lang, "hyphen_backer")  # "the US-backed government"
        self.company_before = lexicon.company_words("before")
        self.company_after = lexicon.company_words("after")

    @staticmethod
    def _add(matcher: PhraseMatcher, how: str, actor: str, forms: set[str], nlp: Language) -> None:
        variants = {v for f in forms if f for v in _variants(f)}
        lower = {v for v in variants if v[:1].islower()}  # "département d'État": written so
        if variants - lower:
            matcher.add(f"{how}|{actor}", [nlp.make_doc(v) for v in sorted(variants - lower)])
        if lower:
            matcher.add(f"{how}|{actor}|lower", [nlp.make_doc(v) for v in sorted(lower)])

    def __call__(self, doc: Doc) -> Doc:
        actors: list[Span] = []
        places: list[Span] = []
        vocab = doc.vocab
        for matcher in (self.names, self.acronyms):
            for match_id, start, end in matcher(doc):
                how, actor, *lower = vocab.strings[match_id].split("|")
                if not lower and not any(t.text[:1].isupper() for t in doc[start:end]):
                    continue  # "mali", "male": a proper name is written with a capital
                    # (on any of its words: "les îles Salomon")
                if self._excluded(doc, start, end):
                    continue  # "a major non-NATO ally", "Qatar Airways": not the actor
                span = actor_span(doc, start, end, actor, how, self.ids)
                city = how == "capital" or span.text.lower() in self.city_bodies
                if city and self._is_place(doc, start, end):
                    places.append(span)
                else:
                    actors.append(span)
        # a name inside a place's name is the place ("le lac Tchad"); a name that outgrows
        # it is the body named after the place ("the Lake Chad Basin Commission")
        places_at = {i: end for _, start, end in self.geographic(doc) for i in range(start, end)}
        geographic = set(places_at)
        actors = [s for s in filter_spans(actors)
                  if s.start not in places_at or s.end > places_at[s.start]]
        taken = {i for s in actors for i in range(s.start, s.end)} | geographic
        for span in self._adjectives(doc):
            if span.start in taken:
                continue
            (places if span.id_ == "place" else actors).append(span)
        doc.spans["actors"] = sorted(actors, key=lambda s: (s.start, s.label_))
        doc.spans["places"] = filter_spans(places)
        return doc

    def _excluded(self, doc: Doc, start: int, end: int) -> bool:
        """Is the name under a "non-" prefix ("non-NATO", "non-UE") or part of a company's
        name ("Malaysia Airlines", "Ukraine International Airlines", "Air Algérie")?"""
        if start >= 2 and doc[start - 1].text == "-" and (
                doc[start - 2].lower_ in self.negative_prefixes):
            return True
        if self._hyphened(doc, end) in self.backed_by:
            return True  # "the US-backed government": the backer, not the one acting
        before = doc[start - 1] if start >= 1 else None
        if before is not None and before.text[:1].isupper() and (
                before.lower_ in self.company_before):
            return True
        for tok in doc[end : end + 2]:
            if not tok.text[:1].isupper():
                return False
            if tok.lower_ in self.company_after:
                return True
        return False

    @staticmethod
    def _hyphened(doc: Doc, end: int) -> str:
        """The word joined by a hyphen after a name ("US-backed": "backed"), or ""."""
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_:
            return doc[end + 1].lower_
        return ""

    def _is_place(self, doc: Doc, start: int, end: int) -> bool:
        if start == 0 or doc[start - 1].lower_ not in self.place_words:
            return False
        if end < len(doc) and doc[end].lower_ in {"'s", "’s"}:
            return False  # "took umbrage at Berlin's remarks": Berlin's, not in Berlin
        # "the junta in Niamey", "le pouvoir à Bamako": still the government
        return not (start > 1 and doc[start - 2].lower_ in self.body_heads)

    def _adjectives(self, doc: Doc) -> Iterator[Span]:
        """Demonyms qualifying a state body, and compounds such as maroco-malien."""
        skip = -1
        listed: tuple[int, str] | None = None  # the last demonym read, and what it qualifies
        for tok in doc:
            if tok.i <= skip:
                continue
            low = tok.lower_
            if "-" in low and low not in self.demonyms:
                parts = low.split("-")
                actors = self._compound(parts)
                if actors:
                    yield from self._spans(doc, tok.i, tok.i + 1, actors)
                    continue
            split = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            cut = low in self.demonym_heads
            hyphened = f"{low}-{doc[tok.i + 2].lower_}" if cut and split else ""
            two = f"{low} {doc[tok.i + 1].lower_}" if cut and tok.i + 1 < len(doc) else ""
            # "équato-guinéenne" tokenized in three, "South Korean" in two
            width = 3 if hyphened in self.demonyms else 2 if two in self.demonyms else 0
            if width:
                skip = tok.i + width - 1
                last = doc[skip]
                actor = self.demonyms[hyphened if width == 3 else two]
                kind = self._qualified(last)
                if kind:
                    how = "demonym" if kind == "body" else "place"
                    yield actor_span(doc, tok.i, tok.i + width, actor, how, self.ids)
                continue
            if low in self.prefixes and split:
                actors = self._compound([low, doc[tok.i + 2].lower_])
                if actors:
                    skip = tok.i + 2
                    yield from self._spans(doc, tok.i, tok.i + 3, actors)
                    continue
            actor = self.demonyms.get(low)
            kind = self._qualified(tok) if actor else None
            if actor and kind is None and listed is not None and all(
                    t.is_punct or t.pos_ == "CCONJ" for t in doc[listed[0] + 1 : tok.i]):
                kind = listed[1]  # "des unités russes, biélorusses et kirghizes": the list's noun
            if kind is not None:
                listed = (tok.i, kind)
            if kind == "body":
                yield actor_span(doc, tok.i, tok.i + 1, actor, "demonym", self.ids)
            elif kind == "place":  # "des sites iraniens": a target, not an actor
                yield actor_span(doc, tok.i, tok.i + 1, actor, "place", self.ids)

    def _spans(self, doc: Doc, start: int, end: int, actors: list[str]) -> Iterator[Span]:
        return (actor_span(doc, start, end, a, "compound", self.ids) for a in actors)

    def _compound(self, parts: list[str]) -> list[str]:
        *heads, last = parts
        if not heads or not all(p in self.prefixes for p in heads):
            return []
        tail = self.demonyms.get(last) or self.prefixes.get(last)
        if not tail:
            return []
        return list(dict.fromkeys([*(self.prefixes[p] for p in heads), tail]))

    def _qualified(self, tok: Token) -> str | None:
        """"body" when a demonym names the acting state ("l'armée malienne"), "place" when it
        locates something ("le nord malien", "Iranian nuclear sites"), else None."""
        # spaCy 3.8 crashes walking the children of a token after "n°28" in an unparsed doc
        if self._hyphened(tok.doc, tok.i + 1) in self.backed_by:
            return None  # "the Russian-backed offensive": someone else's act
        parsed = tok.doc.has_annotation("DEP")
        if parsed and any(c.dep_ == "nummod" for c in tok.children) and tok.pos_ in {
                "NOUN", "PROPN"}:
            return "body"  # "deux Canadiens", "two Canadians": nationals an act can target
        if self.lang == "fr" and tok.text[:1].isupper() and not tok.is_sent_start:
            # "des Maliens manifestent": people; "les Américains n'ont reconnu Luanda qu'en
            # 1993", "conclu avec les Britanniques": the state, as the press writes it
            definite = tok.i > 0 and tok.doc[tok.i - 1].lower_ in self.people_articles
            return "body" if definite and tok.lower_.endswith("s") else None
        for cand in self._head_candidates(tok):
            words = {cand.lower_, cand.lemma_.lower()}
            if words & self.place_heads:
                return "place"
            if words & self.body_heads:
                return "body"
            if words & self.plain_heads:
                return None
        head = tok.head
        if (tok.doc.has_annotation("DEP") and tok.dep_ == "amod" and head.i != tok.i
                and head.pos_ == "NOUN"):
            return "body"  # any other noun: "les critiques européennes", "an American offer"
        return None

    def _head_candidates(self, tok: Token) -> Iterable[Token]:
        doc = tok.doc
        if doc.has_annotation("DEP") and tok.dep_ in _DEMONYM_DEPS and tok.head.i != tok.i:
            yield tok.head
        if doc.has_annotation("DEP") and tok.dep_ == "conj":
            # "les autorités maliennes, nigériennes et burkinabè": the last one hangs on the
            # first demonym, which qualifies the noun
            first = tok.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            if first.dep_ in _DEMONYM_DEPS and first.head.i != first.i:
                yield first.head
        if self.lang == "en":
            window = range(tok.i + 1, min(len(doc), tok.i + 1 + WINDOW))
        else:
            window = range(tok.i - 1, max(-1, tok.i - 1 - WINDOW), -1)
        for i in window:
            if doc[i].is_punct:
                break
            yield doc[i]


@Language.factory("actor_mentions", default_config={"lang": "fr"})
def make_actor_mentions(nlp: Language, name: str, lang: str) -> ActorMentions:
    return ActorMentions(nlp, lang)
