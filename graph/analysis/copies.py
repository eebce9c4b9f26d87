"""Near-duplicate documents: syndicated wires and their light rewrites are copies, not evidence.

MinHash over word 5-grams (datasketch), an LSH index to find candidates, then the estimated
Jaccard similarity decides. Documents are read in date order, so the earliest of a family is
the original and every later near-duplicate is recorded as its copy.

>>> wire = "Mali recalled its ambassador from Algiers on Monday after the drone was shot down"
>>> find_copies([("a", "2025-04-07", wire), ("b", "2025-04-08", "AFP - " + wire),
...              ("c", "2025-04-08", "India and Pakistan agreed to a ceasefire on Saturday")])
{'b': 'a'}
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.7  # estimated Jaccard of 5-gram shingles; rewrites of one wire score above 0.8
NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing: its values fit in four bytes
SHINGLE = 5
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    m = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def signature(text: str) -> str | None:
    """A document's MinHash as text to store (`kg build`), None for a text without words.

    >>> from_signature(signature("one two three")).jaccard(minhash("one two three"))
    1.0
    """
    if not shingles(text):
        return None
    values = minhash(text).hashvalues
    assert int(values.max()) < 2**32, "affine32 hash values fit in four bytes"
    values = values.astype("<u4")
    return base64.b64encode(values.tobytes()).decode("ascii")


def from_signature(text: str) -> MinHash:
    values = np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint64)
    return MinHash(num_perm=len(values), seed=1, hashvalues=values, scheme=SCHEME)


def signature_setting() -> str:
    """What a stored set of copies was found with: when it changes, they are found again."""
    return (f"minhash {SCHEME} {NUM_PERM} permutations, {SHINGLE}-word shingles, "
            f"threshold {THRESHOLD}")


def find_copies(documents: Iterable[tuple[str, str | None, str]],
                threshold: float = THRESHOLD) -> dict[str, str]:
    """{copy id: original id} for documents given as (id, date, text)."""
    return match_copies(((doc_id, date, minhash(text)) for doc_id, date, text in documents
                         if shingles(text)), threshold)


def match_copies(documents: Iterable[tuple[str, str | None, MinHash]],
                 threshold: float = THRESHOLD) -> dict[str, str]:
    """{copy id: original id} for documents given as (id, date, MinHash)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    copies: dict[str, str] = {}
    for doc_id, _, m in sorted(documents, key=lambda d: (d[1] or "9999", d[0])):
        near = [c for c in lsh.query(m) if hashes[c].jaccard(m) >= threshold]
        if near:
            copies[doc_id] = max(near, key=lambda c: (hashes[c].jaccard(m), c))
            continue
        hashes[doc_id] = m
        lsh.insert(doc_id, m)
    return copies


def evidence_texts(statements: Iterable) -> list[tuple[str, str | None, str]]:
    """What the store keeps of a document's text: its evidence sentences, in order.

    Stands in for the full text when analysing a store (which does not hold article bodies).
    """
    sentences: dict[str, dict[int, str]] = {}
    dates: dict[str, str | None] = {}
    for s in statements:
        sentences.setdefault(s.doc_id, {})[s.sentence_start] = s.sentence
        dates[s.doc_id] = s.doc_date
    return [(d, dates[d], " ".join(text for _, text in sorted(sentences[d].items())))
            for d in sorted(sentences)]
