"""Relation extraction by the rules on sentences written for the tests (tests/relation_cases.py)."""

from __future__ import annotations

import pytest
from relation_cases import CASES

from graph.extract.pipeline import extract
from graph.kg.vocab import oriented, relations
from graph.model import Document, Statement


def _doc(text: str, lang: str = "fr", date: str | None = "2025-05-10", id_: str = "t") -> Document:
    return Document(id=id_, text=text, source="test", date=date, lang=lang)


def run(text: str, lang: str = "fr", **kw) -> list[Statement]:
    """The rules' reading alone: the pair model is measured on the blind corpus instead."""
    kw.setdefault("learned", False)
    return [s for _, sts in extract([_doc(text, lang)], **kw) for s in sts]


def with_levels(text: str) -> set[tuple[str, str, str, str]]:
    return {(s.subject, s.relation, s.object, s.level) for s in run(text)}


def triples(statements: list[Statement]) -> set[tuple[str, str, str]]:
    return {oriented(s.subject, s.relation, s.object) for s in statements}


def _norm(expected: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {oriented(a, r, b) for a, r, b in expected}


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:50] for c in CASES])
def test_written_sentence_gives_the_analyst_triples(lang, text, expected) -> None:
    assert triples(run(text, lang)) == _norm(expected)


def test_every_relation_type_has_five_cases() -> None:
    counts = {r: 0 for r in relations()}
    for _, _, expected in CASES:
        for _, r, _ in expected:
            counts[r] += 1
    assert min(counts.values()) >= 5, counts


def test_statement_carries_provenance_offsets() -> None:
    text = "La saison des pluies commence. Le Tchad a rappelé son ambassadeur au Soudan."
    (st,) = run(text)
    assert text[st.sentence_start : st.sentence_end] == st.sentence
    assert text[st.trigger_start : st.trigger_end] == st.trigger == "rappelé"
    assert st.polarity == -1 and st.level == "explicit" and st.doc_id == "t"


def test_event_date_is_resolved_against_the_document_date() -> None:
    (st,) = run("En mars, le Niger a expulsé trois diplomates béninois.")
    assert (st.event_date, st.event_date_precision) == ("2025-03", "month")
    assert st.doc_date == "2025-05-10"


def test_negated_claim_is_kept_only_when_asked_and_then_flagged() -> None:
    text = "Le Sénégal n'a pas suspendu sa coopération avec la Gambie."
    assert run(text) == []
    (st,) = run(text, include_hedged=True)
    assert st.negated and st.confidence < 0.3


def test_hypothetical_claim_is_flagged() -> None:
    (st,) = run("Ankara could cut ties with Damascus.", "en", include_hedged=True)
    assert st.hypothetical and not st.negated


def test_the_two_countries_are_resolved_from_the_previous_sentence_with_lower_confidence() -> None:
    text = (
        "Le Rwanda accuse la RDC de soutenir des rebelles. "
        "Les deux pays ont procédé à des expulsions réciproques de diplomates."
    )
    got = with_levels(text)
    assert ("Rwanda", "expels", "DR Congo", "context") in got
    assert ("DR Congo", "expels", "Rwanda", "context") in got
    # the rules' own confidence (before calibration to the train precision) marks the guess
    assert all(s.confidence < 0.5 for s in run(text, calibrate=False) if s.level == "context")


def test_without_context_an_unnamed_pair_is_left_out() -> None:
    assert run("Les deux pays ont rappelé leurs ambassadeurs.") == []


def test_following_suit_repeats_the_previous_relation() -> None:
    text = (
        "Le Niger a exigé le départ des troupes françaises. "
        "Le Tchad a ensuite emboîté le pas au Niger."
    )
    got = triples(run(text))
    assert {("Niger", "expels", "France"), ("Chad", "expels", "France")} <= got


def test_coordinated_subjects_each_hold_the_relation() -> None:
    got = triples(run("Le Mali, le Burkina Faso et le Niger ont rompu leurs liens avec l'Ukraine."))
    states = ("Mali", "Burkina Faso", "Niger")
    assert {(a, "suspends_cooperation", "Ukraine") for a in states} == got


def test_passive_voice_puts_the_agent_first() -> None:
    (st,) = run("Des sanctions ont été imposées au Mali par la CEDEAO.")
    assert (st.subject, st.relation, st.object) == ("ECOWAS", "sanctions", "Mali")


def test_english_and_french_give_the_same_triple() -> None:
    fr = triples(run("L'Algérie a fermé son espace aérien aux avions maliens."))
    en = triples(run("Algeria closed its airspace to Malian aircraft.", "en"))
    assert fr == en == {("Algeria", "sanctions", "Mali")}


def test_a_description_refers_back_to_the_last_actor_of_its_type() -> None:
    text = (
        "La CEDEAO a imposé des sanctions au Niger en août. "
        "Niamey accuse l'organisation régionale de vouloir l'asphyxier."
    )
    got = with_levels(text)
    assert ("Niger", "hostile", "ECOWAS", "context") in got
    assert ("ECOWAS", "sanctions", "Niger", "explicit") in got


def test_a_leader_stands_for_the_state_only_during_the_term() -> None:
    text = "Emmanuel Macron accuse Recep Tayyip Erdogan de provocation."
    in_office = _doc(text, "fr", date="2020-10-25")
    before = _doc(text, "fr", date="2015-03-01")
    got = {d.id: {(s.subject, s.relation, s.object) for s in sts}
           for d, sts in extract([in_office, _doc(text, "fr", "2015-03-01", "b")], learned=False)}
    assert ("France", "hostile", "Turkey") in got["t"]
    assert not got["b"], before


def test_an_english_leader_after_the_term_is_not_the_state() -> None:
    text = "Boris Johnson condemned Vladimir Putin over the poisoning."
    got = {d.id: {(s.subject, s.relation, s.object) for s in sts}
           for d, sts in extract([_doc(text, "en", "2020-01-10", "a"),
                                  _doc(text, "en", "2024-01-10", "b")], learned=False)}
    assert ("United Kingdom", "hostile", "Russia") in got["a"] | {
        (o, r, s) for s, r, o in got["a"]
    }
    assert all("United Kingdom" not in (s, o) for s, _, o in got["b"])
