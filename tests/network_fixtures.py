"""Sample statements and actors for the export and drawing tests, read from tests/data/."""

from __future__ import annotations

from pathlib import Path

from graph.gazetteer import Gazetteer, load
from graph.kg.vocab import relations
from graph.model import Document, Statement

DATA = Path(__file__).parent / "data"
SAMPLE_TSV = DATA / "alliances_sample.tsv"
SAMPLE_ACTORS = DATA / "sample_actors.json"


def sample_gazetteer() -> Gazetteer:
    return load(SAMPLE_ACTORS)


def read_sample(path: Path = SAMPLE_TSV) -> list[Statement]:
    """Statements from the compact TSV: doc, date, subject, relation, object, confidence,
    flags (negated / hypothetical), trigger, sentence."""
    vocab = relations()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        doc, date, subj, rel, obj, conf, flags, trigger, sentence = line.split("\t")
        start = sentence.find(trigger)
        out.append(Statement(
            doc_id=doc, subject=subj, relation=rel, object=obj,
            polarity=vocab[rel].polarity, confidence=float(conf),
            sentence=sentence, sentence_start=0, sentence_end=len(sentence),
            trigger=trigger, trigger_start=start, trigger_end=start + len(trigger),
            doc_date=date, negated="negated" in flags, hypothetical="hypothetical" in flags,
        ))
    return out


def store_with_sample(path: Path) -> None:
    """A real embedded store at `path` holding the sample statements, one graph per document."""
    from graph.kg.store import open_store

    by_doc: dict[str, list[Statement]] = {}
    for s in read_sample():
        by_doc.setdefault(s.doc_id, []).append(s)
    docs = [(Document(id=d, text=" ".join(s.sentence for s in st), source="test",
                      date=st[0].doc_date, lang="fr"), st) for d, st in by_doc.items()]
    with open_store(path) as store:
        store.replace_documents(docs)
