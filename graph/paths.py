"""Where the project's data lives, so that no module hard-codes a path.

The ontology is, in order: the directory named by $KG_ONTOLOGY; the copy an installed wheel
carries as the resource graph/_ontology (setup.py puts it there); the repository's ontology/.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _ontology_dir() -> Path:
    if "KG_ONTOLOGY" in os.environ:
        return Path(os.environ["KG_ONTOLOGY"])
    packaged = files("graph") / "_ontology"
    if packaged.is_dir():
        return Path(str(packaged))
    return REPO_ROOT / "ontology"


ONTOLOGY_DIR = _ontology_dir()
OUTPUT_DIR = Path(os.environ.get("KG_OUTPUT", REPO_ROOT / "output"))
DEFAULT_STORE = OUTPUT_DIR / "kg"
