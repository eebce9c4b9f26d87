"""Synthetic but realistic inputs for scripts/bench.py: a news corpus and a large statement graph.

The corpus is made from the French sample articles by swapping the actors they name for other
states (name, capital and demonym forms taken from the gazetteer, demonyms kept in the same
gender and number), and by mixing in sentences that name no actor, as most sentences of real
news do (economy, sport, weather). The statement graph uses graph.kg.rdf's serialisation, so its
shape is the one `kg build` writes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from graph.extract import nlp
from graph.extract.segment import sentences
from graph.gazetteer import Actor
from graph.io.corpus import iter_documents
from graph.kg import rdf
from graph.kg.vocab import relations
from graph.model import Document, Statement
from graph.paths import REPO_ROOT

SAMPLE = REPO_ROOT / "corpus"
FILLER_FR = [
    "La récolte de blé s'annonce meilleure que prévu malgré un printemps sec.",
    "Le prix du carburant a encore augmenté à la pompe cette semaine.",
    "Les exportations de cacao ont progressé de 4 % sur un an, selon la chambre de commerce.",
    "La banque centrale a laissé son taux directeur inchangé jeudi.",
    "L'inflation a ralenti en mars, portée par la baisse des prix alimentaires.",
    "Le chantier du nouveau pont devrait s'achever avant la saison des pluies.",
    "Les syndicats de l'enseignement ont appelé à une grève de deux jours.",
    "Le championnat national de football reprend samedi après la trêve.",
    "L'équipe locale s'est imposée deux buts à un au terme d'un match tendu.",
    "Le marathon de dimanche a réuni plus de trois mille coureurs.",
    "La sélection de basket prépare le tournoi continental dans un stade rénové.",
    "Des orages violents sont attendus en fin de journée dans le nord du pays.",
    "Les températures dépasseront les quarante degrés jusqu'à la fin de la semaine.",
    "La saison des pluies a commencé avec deux semaines d'avance.",
    "Plusieurs villages ont été privés d'électricité après la tempête.",
    "Le festival de musique a attiré un public nombreux malgré la chaleur.",
    "Une nouvelle ligne de bus relie désormais l'aéroport au centre-ville.",
    "Le ministère de la Santé lance une campagne de vaccination contre la rougeole.",
    "Les cours de l'or ont atteint un niveau record sur les marchés.",
    "La compagnie aérienne nationale a annoncé l'achat de quatre appareils.",
    "Le gouvernement a présenté un budget en hausse pour l'agriculture.",
    "Les étudiants passent leurs examens de fin d'année à partir de lundi.",
    "Une entreprise minière a obtenu un permis d'exploration dans la région.",
    "Le marché central a rouvert après trois mois de travaux.",
]
# (feminine, plural) of a French demonym, from its ending: malien, malienne, maliens, maliennes
_FORM = (
    (("ennes", "aises", "ines", "es"), (True, True)),
    (("enne", "aise", "ine", "e"), (True, False)),
)


def _form(word: str) -> tuple[bool, bool]:
    low = word.lower()
    for endings, form in _FORM:
        if low.endswith(endings):
            return form
    return False, low.endswith(("s", "x")) and not low.endswith("ais")  # français: either


def _demonym(original: str, source: Actor, target: Actor) -> str | None:
    if not target.demonyms_fr:
        return None
    form = _form(original)
    choice = next((d for d in target.demonyms_fr if _form(d) == form), target.demonyms_fr[0])
    return choice.capitalize() if original[:1].isupper() else choice


def _replacement(text: str, how: str, source: Actor, target: Actor) -> str | None:
    if how == "name":
        return target.label_fr
    if how == "capital":
        return target.capital_fr
    if how == "demonym":
        return _demonym(text, source, target)
    return None  # acronyms, compounds, organisations stay as written


def _templates() -> list[tuple[Document, list[tuple[int, int, str, str]]]]:
    """French sample documents with their actor mentions (start, end, actor, how)."""
    from graph.gazetteer import load

    gaz = load()
    out = []
    for doc in iter_documents([str(SAMPLE)], on_problem=lambda _m: None):
        if doc.lang != "fr":
            continue
        found = []
        for start, end in sentences(doc.text):
            parsed = nlp.first_pass("fr", doc.text[start:end])
            for span in parsed.spans["actors"]:
                if gaz.by_name[span.label_].type == "State":
                    found.append(
                        (start + span.start_char, start + span.end_char, span.label_, span.kb_id_)
                    )
        out.append((doc, found))
    return out


def generate_corpus(directory: Path, count: int, seed: int = 7) -> int:
    """Write `count` .txt articles under `directory`; returns their total word count."""
    from graph.gazetteer import load

    gaz = load()
    states = [a for a in gaz.actors if a.type == "State" and a.capital_fr and a.demonyms_fr]
    templates = _templates()
    rng = random.Random(seed)
    words = 0
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        doc, found = templates[i % len(templates)]
        cast = dict(zip(sorted({a for _, _, a, _ in found}), rng.sample(states, 40), strict=False))
        text, last, parts = doc.text, 0, []
        for start, end, actor, how in found:
            new = _replacement(text[start:end], how, gaz.by_name[actor], cast[actor])
            if new is not None:
                parts += [text[last:start], new]
                last = end
        parts.append(text[last:])
        paragraphs = "".join(parts).split("\n\n")
        for _ in range(rng.randint(3, 6)):  # filler paragraphs between the real ones
            filler = " ".join(rng.sample(FILLER_FR, rng.randint(2, 4)))
            paragraphs.insert(rng.randint(1, len(paragraphs)), filler)
        body = "\n\n".join(paragraphs)
        year, day = 2015 + i % 11, 1 + i % 28
        header = f" date {year}-{1 + i % 12:02d}-{day:02d} Photo d'archives {i}"
        sub = directory / f"{i // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(f"{header}\n\n{body}\n", encoding="utf-8")
        words += len(body.split())
    return words


# --- a statement graph of a given size -------------------------------------------------


def _statements(rng: random.Random, actors: list[str], weights: list[float]) -> Iterator[tuple]:
    codes = list(relations())
    doc_number = 0
    while True:
        doc_number += 1
        doc_id = f"bench-{doc_number:07d}"
        date = f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = Document(doc_id, "", source=f"bench/{doc_id}.txt", date=date, lang="fr")
        stmts = []
        for k in range(rng.randint(3, 12)):
            subj, obj = rng.choices(actors, weights, k=2)
            if subj == obj:
                continue
            code = rng.choice(codes)
            sentence = f"Phrase {k} du document {doc_id} : {subj} et {obj}, {code}."
            event = date[:7] if rng.random() < 0.4 else None
            stmts.append(
                Statement(
                    doc_id=doc_id,
                    subject=subj,
                    relation=code,
                    object=obj,
                    polarity=relations()[code].polarity,
                    confidence=rng.choice((0.85, 0.6, 0.45, 0.2)),
                    sentence=sentence,
                    sentence_start=100 * k,
                    sentence_end=100 * k + len(sentence),
                    trigger=code,
                    trigger_start=100 * k + 5,
                    trigger_end=100 * k + 5 + len(code),
                    level=rng.choice(("explicit", "explicit", "context")),
                    doc_date=date,
                    event_date=event,
                    event_date_precision="month" if event else None,
                    negated=rng.random() < 0.05,
                    hypothetical=rng.random() < 0.05,
                )
            )
        yield doc, stmts


def heavy_actors() -> list[str]:
    """Actors by decreasing weight (Zipf-like): the first are the worst case for queries."""
    from graph.gazetteer import load

    names = [a.name for a in load().actors]
    random.Random(11).shuffle(names)
    return names


def write_graph(path: Path, triples: int, seed: int = 5) -> tuple[int, int]:
    """N-Quads of the ontology plus documents of synthetic statements until `triples` quads.

    Returns (quads, statements) written.
    """
    rng = random.Random(seed)
    actors = heavy_actors()
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(actors))]
    count, statements = 0, 0

    def quads() -> Iterator[ox.Quad]:
        nonlocal count, statements
        for q in rdf.ontology_quads():
            count += 1
            yield q
        for doc, stmts in _statements(rng, actors, weights):
            if count >= triples:
                return
            statements += len(stmts)
            for q in rdf.document_quads(doc, stmts):
                count += 1
                yield q

    with open(path, "wb") as out:
        ox.serialize(quads(), out, ox.RdfFormat.N_QUADS)
    return count, statements
