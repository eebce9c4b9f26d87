"""Check a writer's batch of the annotated corpus against docs/annotation.md (format only).

Usage: python3 scripts/check_corpus.py [WRITER ...]   e.g. w3; no argument checks every batch.
Prints one line per problem and a count table; exits 1 when a problem was found.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.kg.vocab import relations  # noqa: E402

CORPUS = ROOT / "corpus" / "annotated"
RELATIONS = {code: r.polarity for code, r in relations().items()}  # from the ontology
GENRES = {"wire", "analysis", "interview", "communique", "brief", "liveblog", "chronology", "oped"}
REGIONS = {
    "west-africa-sahel", "north-africa", "middle-east-levant", "gulf-iran", "horn-east-africa",
    "central-africa-great-lakes", "southern-africa", "western-europe", "eastern-europe-balkans",
    "russia-caucasus-central-asia", "south-asia", "east-asia", "southeast-asia",
    "latin-america-caribbean", "north-america", "oceania-pacific",
}
HEADER = re.compile(r"^ date \d{4}-\d{2}-\d{2}( .*)?$")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def check(writer: str, names: set[str]) -> list[str]:
    problems: list[str] = []
    docs = {p.stem: p for p in (CORPUS / "articles").glob(f"{writer}_*.txt")}
    gold_path, meta_path = CORPUS / "gold" / f"{writer}.tsv", CORPUS / "meta" / f"{writer}.tsv"
    gold = _rows(gold_path) if gold_path.exists() else []
    meta = _rows(meta_path) if meta_path.exists() else []
    for path in sorted(docs.values()):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        if not HEADER.match(first):
            problems.append(f"{path.name}: first line is not ' date YYYY-MM-DD caption'")
    for n, row in enumerate(gold, 2):
        where = f"{gold_path.name}:{n}"
        if row.get("doc") not in docs:
            problems.append(f"{where}: doc {row.get('doc')!r} has no article")
        if row.get("relation") not in RELATIONS:
            problems.append(f"{where}: unknown relation {row.get('relation')!r}")
        elif str(RELATIONS[row["relation"]]) != row.get("polarity"):
            problems.append(f"{where}: polarity should be {RELATIONS[row['relation']]}")
        if row.get("level") not in {"explicit", "context"}:
            problems.append(f"{where}: level must be explicit or context")
        for side in ("subject", "object"):
            if row.get(side) not in names:
                problems.append(
                    f"{where}: {side} {row.get(side)!r} is not in docs/actor-names.tsv"
                    " (fine for an organisation missing there)"
                )
        if row.get("subject") == row.get("object"):
            problems.append(f"{where}: subject and object are the same")
    seen = set()
    for n, row in enumerate(meta, 2):
        where = f"{meta_path.name}:{n}"
        seen.add(row.get("doc"))
        if row.get("doc") not in docs:
            problems.append(f"{where}: doc {row.get('doc')!r} has no article")
        if row.get("lang") not in {"fr", "en"}:
            problems.append(f"{where}: lang must be fr or en")
        if row.get("region") not in REGIONS:
            problems.append(f"{where}: unknown region {row.get('region')!r}")
        if row.get("genre") not in GENRES:
            problems.append(f"{where}: unknown genre {row.get('genre')!r}")
        if not (row.get("event_id") or "").startswith(row.get("region") or "?"):
            problems.append(f"{where}: event_id should start with the region")
    for stem in sorted(set(docs) - seen):
        problems.append(f"{stem}: no metadata row")
    relations = Counter(row.get("relation") for row in gold)
    langs = Counter(row.get("lang") for row in meta)
    print(f"{writer}: {len(docs)} articles ({dict(langs)}), {len(gold)} gold rows, "
          f"{len({r.get('event_id') for r in meta})} events")
    print("  " + "  ".join(f"{r} {relations.get(r, 0)}" for r in RELATIONS))
    return problems


def main(argv: list[str]) -> int:
    names = {row["name"] for row in _rows(ROOT / "docs" / "actor-names.tsv")}
    writers = argv or sorted({p.stem for p in (CORPUS / "gold").glob("*.tsv")})
    problems = [p for writer in writers for p in check(writer, names)]
    for problem in problems:
        print(problem)
    return 1 if any("fine for an organisation" not in p for p in problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
