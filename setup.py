"""Ships the top-level ontology/ inside the wheel as graph/_ontology (read by graph/paths.py).

Everything else about the package is declared in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ONTOLOGY = Path(__file__).resolve().parent / "ontology"


class BuildWithOntology(build_py):
    # ontology/ stays at the repository's top level (the design card); the wheel carries a copy
    def run(self) -> None:
        super().run()
        self.copy_tree(str(ONTOLOGY), str(Path(self.build_lib) / "graph" / "_ontology"))


setup(cmdclass={"build_py": BuildWithOntology})
