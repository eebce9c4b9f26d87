"""The generated gazetteer (ontology/actors.json) as the matcher sees it, and the script that
builds it from pycountry, babel and ontology/curated/."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from graph.gazetteer import ACTORS_FILE, Actor, load
from graph.paths import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "build_gazetteer.py"
CURATED = REPO_ROOT / "ontology" / "curated"
GOLD_SEEDS = REPO_ROOT.parent / "shared" / "gold" / "seeds.tsv"


def _fold(form: str) -> str:
    """The key the matcher compares on: case, accents and apostrophe style do not count."""
    decomposed = unicodedata.normalize("NFKD", form.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _collisions(forms_of) -> dict[str, list[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in load().actors:
        for form in forms_of(actor):
            if form:
                owners[_fold(form)].add(actor.id)
    return {form: sorted(ids) for form, ids in owners.items() if len(ids) > 1}


def _names(a: Actor) -> tuple[str, ...]:
    return (a.name, a.label_fr, *a.names_fr, *a.names_en)


def _surface_forms(a: Actor) -> tuple[str | None, ...]:
    return (*_names(a), *a.acronyms, a.capital_fr, a.capital_en, *a.demonyms_fr,
            *a.demonyms_en, *a.prefixes)


def _states() -> list[Actor]:
    return [a for a in load().actors if a.type == "State"]


def _build(tmp_path: Path, curated: Path = CURATED) -> subprocess.CompletedProcess:
    out = tmp_path / "actors.json"
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--curated", str(curated), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )


def test_all_193_un_members_and_both_observers_are_states():
    statuses = defaultdict(set)
    for actor in _states():
        statuses[actor.un_status].add(actor.id)
    assert len(statuses["member"]) == 193
    assert statuses["observer"] == {"VAT", "PSE"}
    assert statuses[None] == {"XKX", "TWN"}


@pytest.mark.parametrize("iso3", ["SSD", "MNE", "TLS", "CHE", "TUV", "ERI", "PLW", "AND", "KIR",
                                  "BFA", "MLI", "NER", "TCD", "MRT", "DZA", "MAR", "RUS", "PRK"])
def test_member_states_admitted_at_different_times_are_present(iso3):
    assert load().by_id[iso3].un_status == "member"


@pytest.mark.parametrize("iso2", ["GL", "PR", "HK", "EH", "NC", "RE", "GF", "BM"])
def test_dependent_territories_are_not_states(iso2):
    assert all(a.iso2 != iso2 for a in load().actors)


def test_state_codes_agree_with_iso_3166():
    for actor in _states():
        if actor.id == "XKX":
            continue
        country = pycountry.countries.get(alpha_3=actor.id)
        assert country is not None and country.alpha_2 == actor.iso2, actor.id


def test_every_state_has_capital_coordinates_and_wikidata():
    incomplete = [a.id for a in _states()
                  if not (a.capital_fr and a.capital_en and a.wikidata)
                  or a.lat is None or a.lon is None]
    assert incomplete == []


def test_no_two_actors_share_a_name():
    assert _collisions(_names) == {}


def test_no_two_actors_share_a_demonym():
    assert _collisions(lambda a: (*a.demonyms_fr, *a.demonyms_en)) == {}


def test_no_two_actors_share_a_capital():
    assert _collisions(lambda a: (a.capital_fr, a.capital_en)) == {}


def test_no_surface_form_of_one_actor_names_another():
    assert _collisions(_surface_forms) == {}


def test_no_two_actors_share_a_wikidata_id():
    ids = [a.wikidata for a in load().actors if a.wikidata]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("name", "french", "capital_fr", "capital_en", "demonym"), [
    ("Mali", "Mali", "Bamako", "Bamako", "maliennes"),
    ("Algeria", "Algérie", "Alger", "Algiers", "algérien"),
    ("Morocco", "Maroc", "Rabat", "Rabat", "marocaines"),
    ("France", "France", "Paris", "Paris", "française"),
    ("Russia", "Russie", "Moscou", "Moscow", "russes"),
    ("Chad", "Tchad", "N'Djamena", "N'Djamena", "tchadiennes"),
    ("Burkina Faso", "Burkina Faso", "Ouagadougou", "Ouagadougou", "burkinabè"),
    ("Niger", "Niger", "Niamey", "Niamey", "nigériens"),
])
def test_seed_states_resolve_with_capital_and_demonyms(name, french, capital_fr, capital_en,
                                                       demonym):
    actor = load().get(french)
    assert actor is not None and actor.name == name
    assert (actor.capital_fr, actor.capital_en) == (capital_fr, capital_en)
    assert demonym in actor.demonyms_fr


def test_alliance_of_sahel_states_resolves_from_french_name_and_acronym():
    gazetteer = load()
    aes = gazetteer.get("Alliance des États du Sahel")
    assert aes is not None and aes.name == "Alliance of Sahel States"
    assert gazetteer.get("AES") is aes
    assert set(aes.members) == {"MLI", "BFA", "NER"}


def test_actor_names_in_gold_triples_are_canonical_names():
    if not GOLD_SEEDS.exists():
        pytest.skip(f"{GOLD_SEEDS} not present")
    with open(GOLD_SEEDS, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    names = {r["subject"] for r in rows} | {r["object"] for r in rows}
    assert names - set(load().by_name) == set()


def test_niger_and_nigeria_keep_their_own_demonyms():
    gazetteer = load()
    assert "nigérienne" in gazetteer.by_id["NER"].demonyms_fr
    assert "nigériane" in gazetteer.by_id["NGA"].demonyms_fr
    assert "Nigerien" in gazetteer.by_id["NER"].demonyms_en
    assert "Nigerian" in gazetteer.by_id["NGA"].demonyms_en


def test_the_two_congos_are_told_apart_and_neither_owns_the_bare_name():
    gazetteer = load()
    assert gazetteer.get("RDC").id == "COD"
    assert gazetteer.get("Congo-Brazzaville").id == "COG"
    assert gazetteer.get("Congo") is None


def test_irregular_french_feminines_come_from_the_table():
    gazetteer = load()
    assert {"grec", "grecque", "grecs", "grecques"} <= set(gazetteer.by_id["GRC"].demonyms_fr)
    assert {"turc", "turque", "turcs", "turques"} <= set(gazetteer.by_id["TUR"].demonyms_fr)
    assert "françaiss" not in gazetteer.by_id["FRA"].demonyms_fr


def test_french_first_names_are_not_country_names():
    for first_name in ("Hollande", "Maurice", "Dominique"):
        assert load().get(first_name) is None, first_name


def test_compound_prefixes_belong_to_the_expected_states():
    owner = {p: a.id for a in load().actors for p in a.prefixes}
    assert [owner[p] for p in ("franco", "maroco", "algéro", "russo", "sino", "malo")] == [
        "FRA", "MAR", "DZA", "RUS", "CHN", "MLI"]


def test_organisation_members_are_states():
    gazetteer = load()
    for org in (a for a in gazetteer.actors if a.type == "Organisation"):
        assert all(gazetteer.by_id[m].type == "State" for m in org.members), org.id


def test_committed_actors_json_is_what_the_script_builds(tmp_path):
    result = _build(tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "actors.json").read_bytes() == ACTORS_FILE.read_bytes()


def test_malformed_curated_row_is_reported_by_file_and_line(tmp_path):
    curated = tmp_path / "curated"
    shutil.copytree(CURATED, curated)
    states = curated / "states.tsv"
    lines = states.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace("\t", " ", 1)
    states.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _build(tmp_path, curated)
    assert result.returncode == 2
    assert result.stderr.startswith("build_gazetteer: states.tsv:5: ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "actors.json").exists()
