"""A non-editable install works away from the repository: the wheel carries the ontology and
the map data. Built and installed offline, into a fresh virtual environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from graph.paths import REPO_ROOT

pytestmark = pytest.mark.slow  # builds a wheel and a virtual environment: run by make test

# what setup.py and pyproject.toml read; copied so the build leaves nothing in the repository
SOURCES = ("graph", "ontology", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
IGNORED = shutil.ignore_patterns("__pycache__")
PURELIB = "import sysconfig; print(sysconfig.get_path('purelib'))"


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KG_ONTOLOGY", "PYTHONPATH")}
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, check=True
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ directory of a fresh environment holding the wheel of this repository."""
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    for name in SOURCES:
        if (REPO_ROOT / name).is_dir():
            shutil.copytree(REPO_ROOT / name, src / name, ignore=IGNORED)
        else:
            shutil.copy2(REPO_ROOT / name, src / name)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", root / "dist", src, cwd=root)
    wheel = next((root / "dist").glob("graph-*.whl"))
    env = root / "env"
    venv.create(env, system_site_packages=True, with_pip=False)
    # the dependencies (spaCy and its models, rdflib, ...) are this environment's, so nothing is
    # downloaded; a path listed in a .pth file comes after the new environment's own packages
    site = Path(_run(env / "bin" / "python", "-c", PURELIB, cwd=root).stdout.strip())
    (site / "_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    _run(sys.executable, "-m", "pip", "--python", env / "bin" / "python", "install",
         "--no-deps", "--no-index", wheel, cwd=root)
    return env / "bin"


def test_installed_kg_extracts_a_relation_outside_the_repository(installed, tmp_path):
    (tmp_path / "note.txt").write_text(
        "Le Mali et la Russie ont signé un accord de coopération militaire.\n", encoding="utf-8"
    )
    out = _run(installed / "kg", "extract", "note.txt", cwd=tmp_path).stdout
    assert "note\tMali\tmilitary_cooperation\tRussia" in out


def test_installed_package_reads_its_own_ontology_and_map_data(installed, tmp_path):
    code = (
        "import graph, graph.paths as p, graph.draw.basemap as b; "
        "print(graph.__file__, p.ONTOLOGY_DIR, len(b.countries()) > 0)"
    )
    out = _run(installed / "python", "-c", code, cwd=tmp_path).stdout
    package, ontology, coastlines = out.split()
    here = str(installed.parent)
    assert package.startswith(here) and ontology.startswith(here) and coastlines == "True"
