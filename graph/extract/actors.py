"""Actor mentions of documents, as `kg actors` lists them.

The spans come from the actor ruler (graph/extract/ruler.py, the spaCy component loaded by
graph.extract.nlp); here they become Mention records with document offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from graph.extract import nlp as nlp_mod
from graph.extract.segment import sentences
from graph.model import Document, Mention


def mentions(doc: Doc, offset: int = 0) -> list[Mention]:
    """The actor mentions of a processed Doc, with character offsets shifted by `offset`."""
    return [
        Mention(s.start_char + offset, s.end_char + offset, s.text, s.label_, s.id_)
        for s in doc.spans.get("actors", [])
    ]


def iter_mentions(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Mention]]]:
    """Actor mentions of whole documents (for `kg actors`); the parse refines demonym heads."""
    for document in documents:
        lang = document.lang or "fr"
        nlp = nlp_mod.load(lang)
        found: list[Mention] = []
        spans = list(sentences(document.text))
        texts = [document.text[a:b] for a, b in spans]
        for (start, _), doc in zip(spans, nlp.pipe(texts), strict=True):
            found.extend(mentions(doc, start))
        yield document, found
