"""The sample corpus as the tests read it: the files at the top of corpus/.

corpus/annotated/ is another set, with its own gold and tools; the sample is what stands
beside it, in the order `kg extract corpus/` would read it.
"""

from __future__ import annotations

from graph.paths import REPO_ROOT

SAMPLE_CORPUS = [
    str(p)
    for p in sorted((REPO_ROOT / "corpus").iterdir(), key=lambda p: p.name)
    if p.is_file() and p.suffix in (".txt", ".jsonl")
]
