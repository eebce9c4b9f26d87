"""A small corpus with its statements written by hand, for the store, query and check tests.

The statements stand in for the relation extractor's output, so that the RDF side is tested
on known input; offsets are computed from the texts, as the extractor computes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph.kg.vocab import relation
from graph.model import Document, Statement

DOC_RABAT = Document(
    id="rabat-2025-03",
    source="samples/rabat.txt",
    date="2025-03-10",
    lang="fr",
    meta={"title": "Bamako et Rabat se rapprochent"},
    text=(
        "Le Mali et le Maroc ont renforcé leur coopération diplomatique lors d'une visite à Rabat. "
        "Le même jour, Bamako a accusé Alger de soutenir des groupes armés dans le nord du pays."
    ),
)
DOC_HELICOPTERS = Document(
    id="helicopteres-2025-06",
    source="samples/helicopteres.txt",
    date="2025-06-02",
    lang="fr",
    text=(
        "La Russie a livré en mai des hélicoptères de combat à l'armée malienne. "
        "Les autorités de transition ont par ailleurs exigé le départ des soldats français."
    ),
)
DOC_RIVALS = Document(
    id="rivaux-2024",
    source="samples/rivaux.txt",
    date="2024-11",
    lang="fr",
    text=(
        "L'Algérie et le Maroc restent des rivaux déclarés au Maghreb. "
        "Le Mali n'a pas rompu sa coopération avec la Russie, contrairement aux rumeurs."
    ),
)
DOCUMENTS = [DOC_RABAT, DOC_HELICOPTERS, DOC_RIVALS]


def statement(
    doc: Document,
    subject: str,
    code: str,
    obj: str,
    sentence_prefix: str,
    trigger: str,
    confidence: float = 0.8,
    **extra: object,
) -> Statement:
    """A statement on the sentence of `doc` starting with `sentence_prefix`."""
    start = doc.text.index(sentence_prefix)
    end = doc.text.find(". ", start) + 1 or len(doc.text)
    trigger_start = doc.text.index(trigger, start)
    return Statement(
        doc_id=doc.id,
        subject=subject,
        relation=code,
        object=obj,
        polarity=relation(code).polarity,
        confidence=confidence,
        sentence=doc.text[start:end],
        sentence_start=start,
        sentence_end=end,
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_start + len(trigger),
        doc_date=doc.date,
        **extra,  # type: ignore[arg-type]
    )


STATEMENTS = {
    DOC_RABAT.id: [
        statement(DOC_RABAT, "Mali", "cooperates", "Morocco", "Le Mali et", "renforcé", 0.9),
        statement(DOC_RABAT, "Mali", "hostile", "Algeria", "Le même jour", "accusé", 0.7),
    ],
    DOC_HELICOPTERS.id: [
        statement(
            DOC_HELICOPTERS,
            "Russia",
            "military_cooperation",
            "Mali",
            "La Russie",
            "livré",
            0.85,
            event_date="2025-05",
            event_date_precision="month",
        ),
        statement(
            DOC_HELICOPTERS,
            "Mali",
            "expels",
            "France",
            "Les autorités",
            "exigé le départ",
            0.6,
            level="context",
        ),
    ],
    DOC_RIVALS.id: [
        statement(DOC_RIVALS, "Algeria", "hostile", "Morocco", "L'Algérie", "rivaux", 0.75),
        statement(
            DOC_RIVALS,
            "Mali",
            "suspends_cooperation",
            "Russia",
            "Le Mali n'a pas",
            "rompu",
            0.5,
            negated=True,
        ),
    ],
}


def sample_extractor(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Statement]]]:
    """Stands in for graph.extract.pipeline.extract: the hand-written statements per document."""
    for doc in documents:
        yield doc, STATEMENTS.get(doc.id, [])


def all_statements() -> set[Statement]:
    return {st for sts in STATEMENTS.values() for st in sts}
