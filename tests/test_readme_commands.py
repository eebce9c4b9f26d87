"""Every `kg ...` line of the README's Commands section, run in-process against a small store
built from the sample corpus (`corpus/*.txt corpus/wires.jsonl`).

A README line is a synopsis: `[...]` is optional, `a|b|c` a choice, `FILE` a file name. Each line
runs as written without its optional parts (the first choice of each required choice), then
once per other choice of a required part, then once per choice of each optional part. Every run
must exit 0; a run with `-o` must write something.

Not run (each named in SKIPPED_* below, with why):
- `kg serve ...`: starts a server that runs until stopped; tests/test_serve.py serves a store on
  a free 127.0.0.1 port and always terminates it (the query page, --cors, a missing store);
- `--store http://host:7878`: needs a running endpoint (tests/test_serve.py covers EndpointStore);
- `[--period …]`: `…` is a placeholder, not a value (export's `--period 2025-01:2025-06` runs).
What is changed in each run: globs are expanded against the repository, every `--store` names
the test store (a fresh copy for `kg build`, which writes), `-o FILE` / `-o out.png` become
files in a temporary directory, and the default output directory of `kg draw` is a temporary
one, so nothing is written into the repository.
"""

from __future__ import annotations

import glob
import re
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from graph.paths import REPO_ROOT

STORE_COMMANDS = {"build", "query", "export", "draw", "analyze", "check", "serve"}
SKIPPED_COMMANDS = {"serve": "starts a long-running server (tests/test_serve.py runs it)"}
SKIPPED_VALUES = {"http://": "needs a running SPARQL endpoint", "…": "a placeholder"}
SAMPLE = ["corpus/*.txt", "corpus/wires.jsonl"]


def readme_lines() -> list[str]:
    """The `kg ...` lines of the README's Commands code block, comments removed."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Commands", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    lines = [re.split(r"\s{2,}#", line)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("kg ")]


def _parts(line: str) -> list[tuple[bool, str]]:
    """(optional, text) parts: `[...]` groups and plain words."""
    return [(g.startswith("["), g.strip("[]").strip())
            for g in re.findall(r"\[[^\]]*\]|\S+", line)]


def _choices(word: str) -> list[str]:
    """`out.png|.svg|.pdf` -> out.png, out.svg, out.pdf; `a|b` -> a, b."""
    first, *rest = word.split("|")
    stem = first.rsplit(".", 1)[0]
    return [first, *[stem + r if r.startswith(".") else r for r in rest]]


def _words(group: str) -> list[list[str]]:
    """The argv variants one optional group stands for (`--by month|quarter|year`: three)."""
    alternatives = [a.split() for a in group.split(" | ")]
    out: list[list[str]] = []
    for words in alternatives:
        choice_at = [i for i, w in enumerate(words) if "|" in w]
        if not choice_at:
            out.append(words)
            continue
        i = choice_at[0]
        out += [[*words[:i], c, *words[i + 1:]] for c in _choices(words[i])]
    return out


def variants(line: str) -> list[list[str]]:
    """The argv lists a README line is run as (see the module docstring)."""
    parts = _parts(line)[1:]  # without `kg`
    required = [w for optional, w in parts if not optional]
    base = [_choices(w)[0] for w in required]
    runs = [base]
    for i, word in enumerate(required):
        runs += [[*base[:i], c, *base[i + 1:]] for c in _choices(word)[1:]]
    for optional, group in parts:
        if optional:
            runs += [[*base, *words] for words in _words(group)]
    return runs


def skipped(argv: list[str]) -> str | None:
    if argv and argv[0] in SKIPPED_COMMANDS:
        return SKIPPED_COMMANDS[argv[0]]
    for value, why in SKIPPED_VALUES.items():
        if any(value in a for a in argv):
            return why
    return None


def concrete(argv: list[str], store: str, out: Path) -> list[str]:
    """Globs expanded, the test store, outputs in `out`."""
    args: list[str] = []
    fmt = argv[argv.index("--format") + 1] if "--format" in argv else None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--store":
            i += 2
            continue
        if a == "-o":
            name = argv[i + 1]
            if name == "FILE":
                name = "out" if fmt == "csv" else f"out.{fmt or 'txt'}"
            args += ["-o", str(out / Path(name).name)]
            i += 2
            continue
        if "*" in a:
            found = sorted(glob.glob(str(REPO_ROOT / a)))
            assert found, a
            args += found
        else:
            args.append(a)
        i += 1
    if argv and argv[0] in STORE_COMMANDS:
        args += ["--store", store]
    return args


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("readme") / "kg"
    paths = [p for pattern in SAMPLE for p in sorted(glob.glob(str(REPO_ROOT / pattern)))]
    assert not any("annotated" in p for p in paths)
    assert main(["build", *paths, "--store", str(store)]) == 0
    return store


def test_the_commands_section_is_found_and_parsed():
    lines = readme_lines()
    assert {line.split()[1] for line in lines} >= {
        "actors", "extract", "build", "query", "export", "draw", "analyze", "check", "serve"}
    assert ["export", "--format", "gexf", "-o", "FILE"] in variants(lines[5])
    assert ["draw", "-o", "out.svg"] in variants(next(x for x in lines if x.startswith("kg draw")))


RUNS = [(line, argv) for line in readme_lines() for argv in variants(line)]


@pytest.mark.parametrize("line, argv", RUNS, ids=[" ".join(a) for _, a in RUNS])
def test_readme_command_runs(line, argv, sample_store, tmp_path, monkeypatch, capsys):
    why = skipped(argv)
    if why:
        pytest.skip(f"{' '.join(argv)}: {why}")
    monkeypatch.setattr("graph.draw.diagram.OUTPUT_DIR", tmp_path / "default")
    store = sample_store
    if argv[0] == "build":  # writes: on a copy, so the other runs see the whole sample
        store = tmp_path / "kg"
        shutil.copytree(sample_store, store)
    out = tmp_path / "out"
    out.mkdir()
    args = concrete(argv, str(store), out)
    if argv == ["--version"]:
        with pytest.raises(SystemExit) as exit_:
            main(args)
        assert exit_.value.code == 0 and capsys.readouterr().out.startswith("kg ")
        return
    status = main(args)
    stdout, err = capsys.readouterr()
    assert status == 0, f"{line}\n  ran: kg {' '.join(args)}\n{err}"
    if "-o" in argv:
        assert list(out.iterdir()), f"kg {' '.join(args)} wrote nothing\n{err}"
    elif argv[0] == "draw":
        assert list((tmp_path / "default").iterdir())
    elif argv[0] in ("actors", "extract", "query", "analyze"):
        assert stdout.strip(), f"kg {' '.join(args)} printed nothing\n{err}"


def test_readme_timeline_example_finds_statements(sample_store, capsys):
    line = next(x for x in readme_lines() if "--saved timeline" in x)
    assert main(concrete(variants(line)[0], str(sample_store), Path("."))) == 0
    out = capsys.readouterr().out
    assert "(0 rows)" not in out, out
