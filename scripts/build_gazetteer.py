"""Build ontology/actors.json from what maintained packages know plus our curated tables.

pycountry gives the ISO codes and English names, babel (CLDR) the French and English
territory names; everything a package cannot know (the name an analyst writes, capitals,
demonyms, compound prefixes, Wikidata ids, organisations) lives in ontology/curated/*.tsv.
Running the script twice gives a byte-identical file, so the generated JSON can be committed
and reviewed as a diff.

    .venv/bin/python scripts/build_gazetteer.py [--curated DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycountry
from babel import Locale

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from graph.gazetteer import Actor  # noqa: E402
from graph.io.atomic import atomic_output  # noqa: E402

CURATED_DIR = REPO_ROOT / "ontology" / "curated"
OUT_FILE = REPO_ROOT / "ontology" / "actors.json"

STATE_COLUMNS = (
    "iso2", "name", "label_fr", "wikidata", "capital_fr", "capital_en", "lat", "lon",
    "un_status", "names_fr", "names_en", "acronyms", "drop",
)
DEMONYM_COLUMNS = ("iso2", "demonyms_fr", "demonyms_en", "prefixes")
ORGANISATION_COLUMNS = (
    "id", "name", "label_fr", "wikidata", "lat", "lon", "names_fr", "names_en", "acronyms",
    "members",
)
UN_STATUSES = {"member", "observer", ""}
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
# Kosovo has no ISO 3166-1 entry; XK / XKX is the user-assigned code everybody uses.
USER_ASSIGNED = {"XK": "XKX"}


class CuratedDataError(Exception):
    """A curated table the build cannot use, reported as one line naming file and line."""


@dataclass
class Row:
    path: Path
    line: int
    cells: dict[str, str] = field(default_factory=dict)

    def where(self) -> str:
        return f"{self.path.name}:{self.line}"

    def list(self, column: str) -> list[str]:
        return split_list(self.cells[column])

    def coordinate(self, column: str, limit: float) -> float | None:
        text = self.cells[column]
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise CuratedDataError(f"{self.where()}: {column} {text!r} is not a number") from None
        if not -limit <= value <= limit:
            raise CuratedDataError(f"{self.where()}: {column} {value} is out of range")
        return round(value, 2)

    def wikidata(self) -> str | None:
        text = self.cells["wikidata"]
        if text and not WIKIDATA_ID.fullmatch(text):
            raise CuratedDataError(f"{self.where()}: wikidata {text!r} is not a Q-id")
        return text or None


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def read_table(path: Path, columns: tuple[str, ...]) -> Iterator[Row]:
    """Rows of a tab-separated table whose header must be exactly `columns`."""
    try:
        fh = open(path, encoding="utf-8", newline="")
    except OSError as err:
        raise CuratedDataError(f"{path}: cannot read ({err.strerror})") from None
    with fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != columns:
            raise CuratedDataError(f"{path.name}:1: header must be {'<TAB>'.join(columns)}")
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(columns):
                raise CuratedDataError(
                    f"{path.name}:{number}: {len(cells)} columns, expected {len(columns)}"
                )
            yield Row(path, number, dict(zip(columns, (c.strip() for c in cells), strict=True)))


def unique(forms: Iterable[str]) -> tuple[str, ...]:
    """Forms in first-seen order without repeats, so the output is stable and readable."""
    return tuple(dict.fromkeys(f for f in forms if f))


def french_forms(entry: str) -> list[str]:
    """All genders and numbers of a French demonym.

    `malien` -> malien, malienne, maliens, maliennes; an irregular feminine is written
    explicitly as `grec/grecque`. Masculine nouns ending in -s, -x or -z take no plural mark.
    """
    if "/" in entry:
        masc, fem = (part.strip() for part in entry.split("/", 1))
    elif entry.endswith("e"):
        masc = fem = entry
    elif entry.endswith("en"):
        masc, fem = entry, entry + "ne"
    else:
        masc, fem = entry, entry + "e"
    masc_plural = masc if masc[-1] in "sxz" else masc + "s"
    fem_plural = fem if fem[-1] in "sxz" else fem + "s"
    return [masc, fem, masc_plural, fem_plural]


def english_forms(word: str) -> list[str]:
    """An English demonym and, when it is a count noun (Malian, Iraqi), its plural.

    Adjectives such as French, Chinese or Icelandic take no plural; a form written with a
    trailing `=` in the table (Ni-Vanuatu=, Frenchman=) is left as it is.
    """
    if word.endswith("="):
        return [word[:-1]]
    if re.search(r"(s|sh|ch|x|z|y|ese|ic|men)$", word):
        return [word]
    return [word, word + "s"]


def cldr_names(text: str | None) -> list[str]:
    """Usable names inside one CLDR territory name.

    CLDR writes `Myanmar (Birmanie)`, `Congo - Kinshasa`, `St. Kitts & Nevis`; analysts
    write each part, a hyphen without spaces and the words in full.
    """
    if not text:
        return []
    text = text.replace(" - ", "-").replace(" & ", " and ")
    text = re.sub(r"^St\. ", "Saint ", text)
    match = re.fullmatch(r"(.+?) \((.+)\)", text)
    return [match.group(1), match.group(2)] if match else [text]


def pycountry_names(country: object) -> list[str]:
    """English names from ISO 3166; inverted forms ("Korea, Republic of") are catalogue
    entries, not prose, so they are left out."""
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value:
            names.extend(cldr_names(re.sub(r"^the ", "", value)))
    return names


def demonym_table(curated: Path) -> dict[str, Row]:
    table: dict[str, Row] = {}
    for row in read_table(curated / "demonyms.tsv", DEMONYM_COLUMNS):
        iso2 = row.cells["iso2"]
        if iso2 in table:
            raise CuratedDataError(f"{row.where()}: {iso2} listed twice")
        table[iso2] = row
    return table


def capital_variants(curated: Path) -> dict[str, list[str]]:
    """Other spellings of capitals (transliterations, former names), by ISO alpha-2."""
    table: dict[str, list[str]] = {}
    for row in read_table(curated / "capital_variants.tsv", ("iso2", "variants")):
        iso2 = row.cells["iso2"]
        if iso2 in table:
            raise CuratedDataError(f"{row.where()}: {iso2} listed twice")
        table[iso2] = row.list("variants")
    return table


def state_actor(
    row: Row, demonyms: Row | None, fr: dict, en: dict, variants: list[str] | None = None
) -> Actor:
    cells = row.cells
    iso2 = cells["iso2"]
    country = pycountry.countries.get(alpha_2=iso2)
    iso3 = country.alpha_3 if country else USER_ASSIGNED.get(iso2)
    if iso3 is None:
        raise CuratedDataError(f"{row.where()}: {iso2} is not an ISO 3166-1 alpha-2 code")
    if cells["un_status"] not in UN_STATUSES:
        raise CuratedDataError(f"{row.where()}: un_status must be member, observer or empty")
    for column in ("name", "capital_fr", "capital_en"):
        if not cells[column]:
            raise CuratedDataError(f"{row.where()}: {column} is empty")
    dropped = set(row.list("drop"))
    fr_names = [cells["label_fr"], *cldr_names(fr.get(iso2)), *row.list("names_fr")]
    en_names = [cells["name"], *cldr_names(en.get(iso2))]
    en_names += [*(pycountry_names(country) if country else []), *row.list("names_en")]
    label_fr = cells["label_fr"] or cldr_names(fr.get(iso2))[0]
    dem = demonyms.cells if demonyms else {"demonyms_fr": "", "demonyms_en": "", "prefixes": ""}
    return Actor(
        id=iso3,
        name=cells["name"],
        type="State",
        label_fr=label_fr,
        iso2=iso2,
        iso3=iso3,
        wikidata=row.wikidata(),
        names_fr=unique(n for n in [label_fr, *fr_names] if n not in dropped),
        names_en=unique(n for n in en_names if n not in dropped),
        acronyms=unique(row.list("acronyms")),
        capital_fr=cells["capital_fr"],
        capital_en=cells["capital_en"],
        capitals_alt=unique(
            v for v in variants or [] if v not in (cells["capital_fr"], cells["capital_en"])
        ),
        lat=row.coordinate("lat", 90),
        lon=row.coordinate("lon", 180),
        demonyms_fr=unique(f for e in split_list(dem["demonyms_fr"]) for f in french_forms(e)),
        demonyms_en=unique(f for e in split_list(dem["demonyms_en"]) for f in english_forms(e)),
        prefixes=unique(p.lower() for p in split_list(dem["prefixes"])),
        un_status=cells["un_status"] or None,
    )


def state_actors(curated: Path) -> list[Actor]:
    fr = dict(Locale("fr").territories)
    en = dict(Locale("en").territories)
    demonyms = demonym_table(curated)
    variants = capital_variants(curated)
    actors = []
    for row in read_table(curated / "states.tsv", STATE_COLUMNS):
        iso2 = row.cells["iso2"]
        actors.append(state_actor(row, demonyms.pop(iso2, None), fr, en, variants.get(iso2)))
    for row in demonyms.values():
        raise CuratedDataError(f"{row.where()}: {row.cells['iso2']} is not in states.tsv")
    return actors


def title_case_overrides(curated: Path) -> dict[str, str]:
    """acronym -> its title-case form, "" for none (acronym_title_case.tsv)."""
    return {row.cells["acronym"]: row.cells["title_case"]
            for row in read_table(curated / "acronym_title_case.tsv", ("acronym", "title_case"))}


def with_title_case(acronyms: list[str], overrides: dict[str, str]) -> list[str]:
    """The acronyms and, after them, their title-case forms: the French press writes the
    acronyms read as words that way ("l'Otan", "la Cedeao"), some English styles too ("Nato").
    Four letters or more, unless the override table says otherwise ("Guam": a place; "Onu")."""
    derived = [overrides.get(a, a.capitalize() if len(a) >= 4 else "")
               for a in acronyms if a.isalpha() and a.isupper()]
    return [*acronyms, *derived]


def organisation_actors(curated: Path, state_ids: set[str]) -> list[Actor]:
    actors = []
    overrides = title_case_overrides(curated)
    for row in read_table(curated / "organisations.tsv", ORGANISATION_COLUMNS):
        cells = row.cells
        if not re.fullmatch(r"[A-Z][A-Z0-9]*", cells["id"]):
            raise CuratedDataError(f"{row.where()}: id {cells['id']!r} is not an upper-case slug")
        members = row.list("members")
        unknown = [m for m in members if m not in state_ids]
        if unknown:
            raise CuratedDataError(f"{row.where()}: unknown member ids {', '.join(unknown)}")
        actors.append(Actor(
            id=cells["id"],
            name=cells["name"],
            type="Organisation",
            label_fr=cells["label_fr"],
            wikidata=row.wikidata(),
            names_fr=unique([cells["label_fr"], *row.list("names_fr")]),
            names_en=unique([cells["name"], *row.list("names_en")]),
            acronyms=unique(with_title_case(row.list("acronyms"), overrides)),
            lat=row.coordinate("lat", 90),
            lon=row.coordinate("lon", 180),
            members=unique(members),
        ))
    return actors


def build(curated: Path) -> list[Actor]:
    states = state_actors(curated)
    actors = states + organisation_actors(curated, {a.id for a in states})
    seen: set[str] = set()
    for actor in actors:
        if actor.id in seen:
            raise CuratedDataError(f"{curated}: actor id {actor.id} defined twice")
        seen.add(actor.id)
    return sorted(actors, key=lambda a: a.id)


def to_json(actors: list[Actor]) -> str:
    rows = [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(a).items()}
            for a in actors]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def write_atomically(path: Path, text: str) -> None:
    with atomic_output(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curated", type=Path, default=CURATED_DIR)
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    try:
        actors = build(args.curated)
        write_atomically(args.out, to_json(actors))
    except (CuratedDataError, OSError) as err:
        print(f"build_gazetteer: {err}", file=sys.stderr)
        return 2
    states = sum(a.type == "State" for a in actors)
    print(f"{args.out}: {states} states, {len(actors) - states} organisations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
