"""Office-holders resolve to their state only during their term, in French and English text."""

from __future__ import annotations

from graph.offices import OFFICES_FILE, mentions, resolve, terms


def states(sentence: str, when: str) -> list[tuple[str, str]]:
    return [(text, state) for _, _, text, state in mentions(sentence, when)]


def test_macron_is_france_from_his_inauguration_on():
    assert states("Emmanuel Macron a reçu Vladimir Poutine à Versailles.", "2017-05-29") == [
        ("Emmanuel Macron", "France"), ("Vladimir Poutine", "Russia")]


def test_macron_before_2017_05_14_is_nobody():
    assert states("Macron a rencontré le ministre algérien à Alger.", "2017-02-14") == []


def test_the_month_of_an_inauguration_overlaps_the_term():
    assert resolve("Macron", "2017-05") == "France"


def test_putin_is_russia_as_prime_minister_too():
    assert states("Putin met Tymoshenko in Moscow.", "2009-11-19") == [
        ("Putin", "Russia"), ("Tymoshenko", "Ukraine")]


def test_merkel_after_her_last_day_is_not_resolved():
    assert states("Merkel et Obama ont parlé de l'Ukraine.", "2015-02-09") == [
        ("Merkel", "Germany"), ("Obama", "United States")]
    assert resolve("Merkel", "2023-03-01") is None


def test_a_shared_surname_is_told_apart_by_the_date():
    sentence = "Le président de transition Traoré a reçu l'envoyé de la CEDEAO."
    assert states(sentence, "2013-01-11") == [("Traoré", "Mali")]
    assert states(sentence, "2023-05-02") == [("Traoré", "Burkina Faso")]


def test_a_name_between_two_terms_is_not_resolved():
    assert resolve("Shinzo Abe", "2010-06-01") is None
    assert states("Prime Minister Shinzo Abe visited Beijing.", "2018-10-26") == [
        ("Shinzo Abe", "Japan")]


def test_french_spellings_and_missing_accents_resolve():
    assert states("Kadhafi a reçu Bachar al-Assad à Tripoli.", "2008-03-29") == [
        ("Kadhafi", "Libya"), ("Bachar al-Assad", "Syria")]
    assert resolve("Erdogan", "2020") == "Turkey"


def test_a_foreign_minister_stands_for_the_state_only_in_office():
    assert states("Lavrov et Le Drian se sont parlé au téléphone.", "2019-03-04") == [
        ("Lavrov", "Russia"), ("Le Drian", "France")]
    assert states("Le Drian a visité Bamako.", "2023-01-15") == []


def test_the_table_covers_sixty_states_with_valid_terms():
    rows = terms()
    assert len({t.state for t in rows}) >= 60
    assert all(t.end is None or t.start <= t.end for t in rows)
    assert {t.office for t in rows} == {"head_of_state", "head_of_government",
                                        "foreign_minister"}
    assert OFFICES_FILE.name == "office_holders.tsv"
