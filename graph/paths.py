"""Where the project's data lives, so that no module hard-codes a path."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY", REPO_ROOT / "ontology"))
OUTPUT_DIR = Path(os.environ.get("KG_OUTPUT", REPO_ROOT / "output"))
DEFAULT_STORE = OUTPUT_DIR / "kg"
