"""The `kg` command end to end: exit status and one-line messages on bad input.

`main([...])` runs in-process (spaCy loads once for the whole suite); one test runs the command
as a real process, to check what only a process shows: the exit status and the two streams."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main
from graph.paths import REPO_ROOT


def _write_bad_and_good_inputs(folder: Path) -> None:
    (folder / "good.txt").write_text(
        " date 2025-02-01 Photo AFP\nLe Niger a expulsé l'ambassadeur de France.\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    latin = "Le Mali a rappelé son ambassadeur à Alger.".encode("latin-1")
    (folder / "latin.txt").write_bytes(latin)
    wires = '{"text": "Ghana backed Togo in the talks with the neighbours."}\nnot json\n'
    (folder / "wires.jsonl").write_text(wires, encoding="utf-8")


def test_bad_files_are_named_skipped_and_the_good_one_still_extracted(tmp_path, capsys):
    _write_bad_and_good_inputs(tmp_path)
    status = main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert status == 1
    errors = err.strip().splitlines()
    for name in ("empty.txt", "blob.txt", "latin.txt", "wires.jsonl:2"):
        assert sum(name in line for line in errors) == 1, (name, errors)
    assert "good\tNiger\texpels\tFrance" in out
    assert "Ghana\tsupports\tTogo" in out


def test_clean_input_exits_zero_with_jsonl_offsets(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Rabat renforce ses liens avec Dakar.\n", encoding="utf-8")
    status = main(["extract", str(tmp_path), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert '"trigger_start": 6' in out and '"subject": "Morocco"' in out


def test_unusable_arguments_exit_two(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "x", "--format", "xml"])
    assert exit_.value.code == 2


def test_kg_as_a_process_gives_results_on_stdout_problems_on_stderr_and_status_1(tmp_path):
    _write_bad_and_good_inputs(tmp_path)
    res = subprocess.run(
        [sys.executable, "-m", "graph.cli", "extract", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO_ROOT,
    )
    assert res.returncode == 1
    assert "good\tNiger\texpels\tFrance" in res.stdout and "empty.txt" in res.stderr
    assert "empty.txt" not in res.stdout


# --- outputs and parameters (issue 13): -o -, kg --version, kg query -o, warnings, --param ---


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    from rdf_samples import DOCUMENTS, STATEMENTS

    from graph.kg.store import open_store

    location = tmp_path_factory.mktemp("cli") / "kg"
    with open_store(location) as store:
        store.replace_documents((doc, STATEMENTS[doc.id]) for doc in DOCUMENTS)
    return str(location)


def test_version_comes_from_the_installed_package(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"kg {version('graph')}\n"


ALLIES = ["query", "--saved", "allies", "--param", "actor=Mali"]


def test_query_writes_a_file_with_the_format_of_its_extension(sample_store, tmp_path, capsys):
    out = tmp_path / "allies.csv"
    assert main([*ALLIES, "--store", sample_store, "-o", str(out)]) == 0
    stdout, err = capsys.readouterr()
    assert stdout == "" and err == f"kg: wrote {out}\n"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("ally,name,relation") and any(",Morocco," in x for x in lines)


def test_query_dash_is_stdout(sample_store, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main([*ALLIES, "--store", sample_store, "-o", "-", "--format", "json"]) == 0
    assert '"Morocco"' in capsys.readouterr().out and not (tmp_path / "-").exists()


def test_format_and_extension_that_disagree_give_one_warning(sample_store, tmp_path, capsys):
    out = tmp_path / "allies.csv"
    assert main([*ALLIES, "--store", sample_store, "--format", "json", "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (f"kg: warning: -o {out} ends in .csv (the extension of csv) but --format "
                      "is json; writing json (expected .json)")
    assert out.read_text(encoding="utf-8").startswith("{")
    graph = tmp_path / "g.graphml"
    assert main(["export", "--store", sample_store, "--format", "gexf", "-o", str(graph)]) == 0
    warned = [x for x in capsys.readouterr().err.splitlines() if "warning" in x]
    assert warned == [f"kg: warning: -o {graph} ends in .graphml (the extension of graphml) "
                      "but --format is gexf; writing gexf (expected .gexf)"]
    assert main(["export", "--store", sample_store, "--format", "gexf",
                 "-o", str(tmp_path / "g.gexf")]) == 0
    assert "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("fmt, start", [("ttl", "@prefix"), ("nq", "<"), ("gexf", "<?xml"),
                                        ("graphml", "<?xml"), ("json", "{")])
def test_export_dash_is_stdout(sample_store, tmp_path, capsys, monkeypatch, fmt, start):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--store", sample_store, "--format", fmt, "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.lstrip().startswith(start) and ("Mali" in out or "MLI" in out)
    assert "kg: wrote stdout" in err and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("flags", [["--format", "csv"],
                                   ["--format", "graphml", "--view", "relations"]])
def test_export_dash_of_several_files_is_a_usage_error(sample_store, capsys, flags):
    assert main(["export", "--store", sample_store, *flags, "-o", "-"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "give a file name" in err


def test_draw_dash_writes_png_to_stdout(sample_store, tmp_path, capsysbinary, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["draw", "--store", sample_store, "-o", "-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"\x89PNG\r\n") and b"wrote stdout (PNG)" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("param, hint", [
    ("actor=Malli", "kg: --param actor=Malli: no such actor; did you mean Mali"),
    ("actor=Algerie", "kg: --param actor=Algerie: no such actor; did you mean Algeria"),
])
def test_unknown_actor_in_param_is_exit_2_with_the_nearest_names(sample_store, capsys, param,
                                                                  hint):
    assert main(["query", "--saved", "allies", "--param", param, "--store", sample_store]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(hint) and err.count("\n") == 1


def test_unknown_relation_in_param_is_exit_2_with_the_nearest_codes(sample_store, capsys):
    status = main(["query", "--saved", "evidence", "--param", "subject=Algeria", "--param",
                   "relation=hostil", "--param", "object=Mali", "--store", sample_store])
    err = capsys.readouterr().err
    assert status == 2 and err == ("kg: --param relation=hostil: no such relation; "
                                   "did you mean hostile?\n")
