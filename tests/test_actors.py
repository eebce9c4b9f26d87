"""Actor resolution on sentences written for the tests: the gazetteer, not NER, decides."""

from __future__ import annotations

import pytest

from graph.extract.actors import mentions
from graph.extract.nlp import load


def found(text: str, lang: str = "fr") -> set[tuple[str, str, str]]:
    return {(m.text, m.actor, m.how) for m in mentions(load(lang)(text))}


def actors(text: str, lang: str = "fr") -> set[str]:
    return {m.actor for m in mentions(load(lang)(text))}


def test_country_name_with_article_resolves_to_canonical_english_name() -> None:
    assert ("Algérie", "Algeria", "name") in found("Le Mali accuse l’Algérie.")


def test_capital_as_government_is_an_actor() -> None:
    assert ("Rabat", "Morocco", "capital") in found("Rabat a salué la décision de Dakar.")


def test_capital_as_place_is_not_an_actor() -> None:
    assert actors("Un sommet s'est tenu à Bamako la semaine dernière.") == set()


def test_english_capital_as_place_is_not_an_actor() -> None:
    assert actors("The ministers met in Paris on Tuesday.", "en") == set()


def test_english_capital_as_government_is_an_actor() -> None:
    assert actors("Washington warned Caracas against any escalation.", "en") == {
        "United States",
        "Venezuela",
    }


def test_demonym_on_a_state_body_names_the_state() -> None:
    assert ("maliennes", "Mali", "demonym") in found("Les autorités maliennes ont protesté.")


def test_demonym_on_a_region_is_a_place_not_an_actor() -> None:
    assert actors("Des combats ont eu lieu dans le nord malien.") == set()


def test_english_demonym_before_a_body_names_the_state() -> None:
    assert actors("The Malian junta expelled the envoy.", "en") == {"Mali"}


def test_compound_adjective_names_both_states() -> None:
    assert actors("Le partenariat franco-allemand reste solide.") >= {"France", "Germany"}
    assert actors("La relation algéro-marocaine est tendue.") == {"Algeria", "Morocco"}


def test_acronym_is_case_sensitive() -> None:
    assert actors("La CEDEAO a levé ses sanctions.") == {"ECOWAS"}
    assert actors("Il a dit ua fois de plus.") == set()


def test_person_region_and_agency_are_not_actors() -> None:
    text = "Selon l'AFP, le chercheur Paul Martin a visité le Sahel et l'Afrique de l'Ouest."
    assert actors(text) == set()


def test_organisation_full_name_wins_over_the_region_inside_it() -> None:
    assert actors("L'Alliance des États du Sahel a tenu son sommet.") == {
        "Alliance of Sahel States"
    }


def test_head_of_state_stands_for_the_state() -> None:
    assert found("Vladimir Poutine a reçu Assimi Goïta.") == {
        ("Vladimir Poutine", "Russia", "leader"),
        ("Assimi Goïta", "Mali", "leader"),
    }


def test_institution_metonym_names_its_state() -> None:
    assert actors("Le Kremlin a démenti toute implication.") == {"Russia"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des Maliens manifestent à Bamako.", set()),  # people; "les Américains" is the state
        ("Les Américains ont reconnu le gouvernement de Luanda.", {"United States", "Angola"}),
        ("N’Djamena dénonce l’accord.", {"Chad"}),
        ("Des soldats nigériens et des officiers nigérians", {"Niger", "Nigeria"}),
        ("le contingent réunit des unités russes, biélorusses, arméniennes et kirghizes",
         {"Russia", "Belarus", "Armenia", "Kyrgyzstan"}),
    ],
)
def test_tricky_forms(text: str, expected: set[str]) -> None:
    assert actors(text) == expected


def test_mention_span_carries_the_gazetteer_id_and_how_it_was_found_apart() -> None:
    doc = load("fr")("Bamako accuse l'Algérie.")
    spans = {s.text: (s.label_, s.kb_id_, s.id_) for s in doc.spans["actors"]}
    assert spans == {"Bamako": ("Mali", "MLI", "capital"), "Algérie": ("Algeria", "DZA", "name")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La marine nigériane patrouille dans le golfe de Guinée.", "fr", {"Nigeria"}),
        ("China sent coast guard ships into the South China Sea.", "en", {"China"}),
        ("L'armée nigérienne a repris une localité du delta du Niger.", "fr", {"Niger"}),
        ("Chadian troops were deployed around Lake Chad.", "en", {"Chad"}),
        ("Le Nigeria mène des opérations dans le delta du Niger.", "fr", {"Nigeria"}),
        ("Mexico City protested to Washington.", "en", {"Mexico", "United States"}),
    ],
)
def test_sea_river_or_region_named_after_a_state_is_not_that_state(
    text: str, lang: str, expected: set[str]
) -> None:
    assert actors(text, lang) == expected


def test_hyphenated_demonym_split_by_the_tokenizer_is_one_state() -> None:
    text = "Le pétrolier a été intercepté par la marine équato-guinéenne au large de Bioko."
    assert actors(text) == {"Equatorial Guinea"}


def test_brussels_as_a_government_is_the_european_union_and_as_a_venue_nothing() -> None:
    assert actors("Bruxelles a affiché sa solidarité avec l'Espagne.") == {
        "European Union", "Spain"}
    assert actors("Brussels froze the funds earmarked for Budapest.", "en") == {
        "European Union", "Hungary"}
    assert actors("Les deux ministres se sont retrouvés à Bruxelles.") == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La Turquie a décliné l'invitation américaine.", "fr", {"Turkey", "United States"}),
        ("Ankara balaie les objections allemandes.", "fr", {"Turkey", "Germany"}),
        ("Kenya welcomed the Ethiopian overture.", "en", {"Kenya", "Ethiopia"}),
        ("Le Mali dénonce le mutisme nigérien.", "fr", {"Mali", "Niger"}),
    ],
)
def test_demonym_on_any_other_noun_names_its_state(
    text: str, lang: str, expected: set[str]
) -> None:
    assert actors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The South Korean navy fired warning shots.", "en", {"South Korea"}),
        ("South African troops returned fire.", "en", {"South Africa"}),
        ("La marine sud-coréenne a tiré des coups de semonce.", "fr", {"South Korea"}),
        ("Les îles Salomon sont membres du Forum des îles du Pacifique.", "fr",
         {"Solomon Islands", "Pacific Islands Forum"}),
    ],
)
def test_demonyms_of_two_words_and_names_opening_with_a_common_noun(
    text: str, lang: str, expected: set[str]
) -> None:
    assert actors(text, lang) == expected


def test_every_demonym_of_a_list_qualifies_its_noun_even_when_the_parse_breaks_the_list() -> None:
    assert actors("They were joined by Burundian and Ugandan units.", "en") == {"Burundi", "Uganda"}
