"""The shape of the package: stages import one another without cycles, and only the CLI
knows argv, printing and exit codes."""

from __future__ import annotations

import ast
from pathlib import Path

from graph.paths import REPO_ROOT

PACKAGE = REPO_ROOT / "graph"


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path) -> set[str]:
    """The graph modules a module imports, at top level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in MODULES)
        elif isinstance(node, ast.ImportFrom) and node.module in MODULES and not node.level:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return found


def _cycles() -> list[list[str]]:
    edges = {m: _imports(p) - {m} for m, p in MODULES.items()}
    cycles, done = [], set()

    def visit(module: str, stack: list[str]) -> None:
        if module in stack:
            cycles.append(stack[stack.index(module) :] + [module])
            return
        if module in done:
            return
        for target in sorted(edges[module]):
            visit(target, [*stack, module])
        done.add(module)

    for module in sorted(MODULES):
        visit(module, [])
    return cycles


def test_no_import_cycles_among_graph_modules() -> None:
    assert _cycles() == []


def test_the_cycle_check_sees_function_level_imports() -> None:
    assert "graph.extract.pipeline" in _imports(MODULES["graph.cli"])


def test_only_the_cli_prints_reads_argv_or_exits() -> None:
    offenders = []
    for module, path in MODULES.items():
        if module == "graph.cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{module}:{node.lineno} print")
            if isinstance(node, ast.Attribute) and node.attr in {"argv", "exit"}:
                offenders.append(f"{module}:{node.lineno} sys.{node.attr}")
            if isinstance(node, ast.Import) and any(a.name == "argparse" for a in node.names):
                offenders.append(f"{module}:{node.lineno} argparse")
    assert offenders == []
