"""The learned pair model: it reads wording, never actor identities, and only adds to the rules."""

from __future__ import annotations

from graph.extract import nlp, pairmodel
from graph.extract.arguments import Sentence
from graph.extract.pipeline import extract
from graph.extract.triggers import lexicon
from graph.model import Document

TEXT = "Les autorités maliennes ont chassé sans ménagement les diplomates algériens de Bamako."


def test_pair_features_never_name_an_actor() -> None:
    doc = nlp.load("fr")(TEXT)
    s = Sentence(doc, "fr")
    names = {t.lower_ for span in doc.spans["actors"] for t in span} | {"mali", "algérie"}
    pairs = list(pairmodel.pairs(s))
    assert pairs
    for pair in pairs:
        feats = pairmodel.features(s, lexicon("fr").fire(doc), pair)
        assert not {k.split(":", 1)[-1] for k in feats} & names, feats


def test_learned_statements_only_add_to_the_rules_above_their_thresholds() -> None:
    model = pairmodel.load()
    assert model is not None, "graph/extract/data/pair_model.json is shipped"
    docs = [Document(id="a", text=TEXT, source="t", date="2024-01-01", lang="fr"),
            Document(id="b", text="Kigali et Kinshasa se regardent en chiens de faïence depuis "
                     "que la RDC accuse le Rwanda d'armer le M23.", source="t",
                     date="2024-01-01", lang="fr")]
    rules = {(d.id, s.subject, s.relation, s.object)
             for d, sts in extract(docs, learned=False) for s in sts}
    both = [(d.id, s) for d, sts in extract(docs) for s in sts]
    assert rules <= {(i, s.subject, s.relation, s.object) for i, s in both}
    for i, s in both:
        if (i, s.subject, s.relation, s.object) not in rules:
            assert s.confidence >= model.threshold[s.relation]


def test_context_model_links_an_actor_to_one_named_before_at_context_level() -> None:
    model = pairmodel.load_context()
    assert model is not None, "graph/extract/data/context_model.json is shipped"
    text = ("Le Rwanda a fermé sa frontière avec le Burundi. Bujumbura dénonce une décision "
            "unilatérale et a rappelé son ambassadeur pour consultations.")
    doc = Document(id="c", text=text, source="t", date="2024-01-12", lang="fr")
    rules = {(s.subject, s.relation, s.object) for _, sts in extract([doc], learned=False)
             for s in sts}
    for _, sts in extract([doc]):
        for s in sts:
            if (s.subject, s.relation, s.object) not in rules and s.level == "context":
                assert s.confidence >= model.threshold[s.relation]


def test_rule_confidence_is_the_train_precision_of_its_bucket() -> None:
    doc = Document(id="k", text="Le Niger a expulsé l'ambassadeur de France.", source="t",
                   date="2023-08-26", lang="fr")
    raw = [s for _, sts in extract([doc], learned=False, calibrate=False) for s in sts]
    cal = [s for _, sts in extract([doc], learned=False) for s in sts]
    assert raw and len(raw) == len(cal)
    for r, c in zip(raw, cal, strict=True):
        assert c.confidence == round(pairmodel.calibrated(r.relation, r.confidence), 3)
    assert any(r.confidence != c.confidence for r, c in zip(raw, cal, strict=True))
