"""Reading articles: headers, JSONL records, path expansion, language, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from files import write as _write
from sample_corpus import SAMPLE_CORPUS

from graph.errors import KgWarning
from graph.io.corpus import iter_documents
from graph.io.language import detect_language

ARTICLE_FR = (
    "Ouagadougou renforce sa coopération militaire avec Moscou\n"
    "\n"
    "Les autorités burkinabè ont reçu mardi une délégation russe. "
    "Le ministre de la Défense a salué un partenariat solide.\n"
)
ARTICLE_EN = (
    "Seoul and Tokyo agreed on Friday to resume regular talks between their defence "
    "ministers, after years of strained relations over wartime history.\n"
)




def _read(paths: list[Path | str], **kwargs) -> tuple[list, list[str]]:
    problems: list[str] = []
    docs = list(iter_documents([str(p) for p in paths], on_problem=problems.append, **kwargs))
    return docs, problems


# --- .txt header -----------------------------------------------------------------------


def test_header_gives_date_and_caption_and_is_not_part_of_the_text(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "burkina.txt", " date 2024-03-12 Une délégation à l'aéroport\n\n" + ARTICLE_FR
    )
    (doc,), problems = _read([f])
    assert problems == []
    assert (doc.id, doc.date, doc.meta["caption"]) == (
        "burkina",
        "2024-03-12",
        "Une délégation à l'aéroport",
    )
    assert doc.text == ARTICLE_FR
    assert "aéroport" not in doc.text


def test_month_precision_of_the_header_date_is_kept(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", " date 2025-06 Photo DR\n" + ARTICLE_FR)
    (doc,), _ = _read([f])
    assert doc.date == "2025-06"


def test_offsets_count_from_the_first_character_of_the_body(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", " date 2024-03-12 Légende\n\n" + ARTICLE_FR)
    (doc,), _ = _read([f])
    start = doc.text.index("Les autorités")
    assert start == ARTICLE_FR.index("Les autorités")
    assert doc.text[0:11] == "Ouagadougou"
    assert doc.meta["first_line"] == "3"


def test_file_without_header_has_no_date_and_keeps_its_first_line(tmp_path: Path) -> None:
    f = _write(tmp_path / "plain.txt", ARTICLE_FR)
    (doc,), problems = _read([f])
    assert problems == []
    assert doc.date is None and doc.text == ARTICLE_FR and "caption" not in doc.meta


def test_bom_and_windows_line_endings_are_normalised(tmp_path: Path) -> None:
    raw = "\ufeff date 2024-03-12 Légende\r\n\r\nPremière ligne\r\nSeconde ligne\r\n"
    f = _write(tmp_path / "crlf.txt", raw.encode("utf-8"))
    (doc,), problems = _read([f])
    assert problems == []
    assert doc.date == "2024-03-12" and doc.text == "Première ligne\nSeconde ligne\n"


@pytest.mark.parametrize(
    "header, expected",
    [
        (" date 2025-13-40 Légende", "invalid date '2025-13-40'"),
        (" date", "malformed header"),
        ("date juin-2025 Légende", "invalid date 'juin-2025'"),
    ],
)
def test_malformed_header_is_reported_on_line_1_and_the_file_skipped(
    tmp_path: Path, header: str, expected: str
) -> None:
    f = _write(tmp_path / "bad.txt", header + "\n" + ARTICLE_FR)
    docs, problems = _read([f])
    assert docs == []
    assert len(problems) == 1
    assert problems[0].startswith(f"{f}:1: ") and expected in problems[0]


# --- .jsonl ----------------------------------------------------------------------------


def test_jsonl_record_fields_become_document_fields_and_meta(tmp_path: Path) -> None:
    record = {
        "id": "w1",
        "date": "2024-11-28",
        "url": "https://example.org/w1",
        "title": "N'Djamena met fin à l'accord de défense",
        "text": "Le Tchad a annoncé la fin de son accord de défense avec la France.",
        "lang": "fr",
    }
    f = _write(tmp_path / "wires.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    (doc,), problems = _read([f])
    assert problems == []
    assert (doc.id, doc.date, doc.lang, doc.text) == ("w1", "2024-11-28", "fr", record["text"])
    assert doc.meta["url"] == record["url"] and doc.meta["title"] == record["title"]
    assert "N'Djamena" not in doc.text


def test_jsonl_id_defaults_to_stem_and_content_hash_and_blank_lines_are_skipped(
    tmp_path: Path,
) -> None:
    lines = [
        '{"text": "Rabat and Madrid signed a water agreement."}',
        "",
        '{"text": "Lima hosts a summit."}',
    ]
    f = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    docs, problems = _read([f])
    assert problems == []
    assert [d.id.split("#")[0] for d in docs] == ["feed", "feed"]
    assert [d.meta["line"] for d in docs] == ["1", "3"]


def test_removing_a_jsonl_record_without_id_renames_none_of_the_others(tmp_path: Path) -> None:
    lines = [json.dumps({"text": t}) for t in ("Lima hosts a summit.", "Quito hosts talks.")]
    before, _ = _read([_write(tmp_path / "a" / "feed.jsonl", "\n".join(lines) + "\n")])
    after, _ = _read([_write(tmp_path / "b" / "feed.jsonl", lines[1] + "\n")])
    assert [d.id for d in after] == [before[1].id]


def test_undecodable_jsonl_line_is_reported_with_its_line_and_file_offset(tmp_path: Path) -> None:
    first = b'{"text": "Accra hosts talks."}\n'
    last = b'{"text": "Lome hosts talks."}\n'
    f = _write(tmp_path / "feed.jsonl", first + '{"text": "Ségou"}\n'.encode("latin-1") + last)
    docs, problems = _read([f])
    assert [d.meta["line"] for d in docs] == ["1", "3"]
    assert problems == [f"{f}:2: not UTF-8 text (byte 0xe9 at offset {len(first) + 11})"]


def test_jsonl_timestamp_keeps_its_day(tmp_path: Path) -> None:
    f = _write(
        tmp_path / "t.jsonl", '{"text": "Oslo hosts talks.", "date": "2025-04-07T09:30:00Z"}\n'
    )
    (doc,), _ = _read([f])
    assert doc.date == "2025-04-07"


def test_jsonl_language_field_outside_fr_en_is_reported(tmp_path: Path) -> None:
    f = _write(tmp_path / "de.jsonl", '{"text": "Berlin und Paris verhandeln.", "lang": "de"}\n')
    docs, problems = _read([f])
    assert docs == [] and problems == [f"{f}:1: language not supported (de)"]


# --- paths -----------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order_ignoring_other_files(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "z.txt", ARTICLE_EN)
    _write(tmp_path / "a.txt", ARTICLE_FR)
    _write(tmp_path / "b" / "c" / "m.txt", ARTICLE_FR)
    _write(tmp_path / "b" / "notes.md", "# notes")
    _write(tmp_path / ".hidden" / "x.txt", ARTICLE_FR)
    docs, problems = _read([tmp_path])
    assert problems == []
    assert [d.id for d in docs] == ["a", "b/c/m", "b/z"]


def test_glob_patterns_expand_and_double_star_recurses(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE_FR)
    _write(tmp_path / "sub" / "b.txt", ARTICLE_EN)
    _write(tmp_path / "sub" / "c.jsonl", '{"id": "c1", "text": "Quito hosts talks."}\n')
    top, _ = _read([tmp_path / "*.txt"])
    deep, _ = _read([tmp_path / "**" / "*.txt"])
    assert [d.id for d in top] == ["a"]
    assert sorted(d.id for d in deep) == ["a", "sub/b"]


def test_file_reached_by_two_arguments_is_read_once(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.txt", ARTICLE_FR)
    docs, problems = _read([f, tmp_path])
    assert [d.id for d in docs] == ["a"] and problems == []


def test_explicit_file_of_unknown_type_and_empty_glob_are_reported(tmp_path: Path) -> None:
    md = _write(tmp_path / "notes.md", "# notes")
    docs, problems = _read([md, tmp_path / "*.txt"])
    assert docs == []
    assert problems == [
        f"{md}: unsupported file type .md, expected .txt or .jsonl",
        f"{tmp_path / '*.txt'}: no .txt or .jsonl file found",
    ]


def test_same_file_name_in_two_directories_gives_two_documents(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "same.txt", ARTICLE_FR)
    _write(tmp_path / "b" / "same.txt", ARTICLE_EN)
    docs, problems = _read([tmp_path])
    assert [d.id for d in docs] == ["a/same", "b/same"] and problems == []


def test_duplicate_id_is_reported_and_the_later_document_skipped(tmp_path: Path) -> None:
    _write(tmp_path / "same.txt", ARTICLE_FR)
    feed = _write(tmp_path / "wire.jsonl", json.dumps({"id": "same", "text": ARTICLE_EN}) + "\n")
    docs, problems = _read([tmp_path])
    assert [d.lang for d in docs] == ["fr"]
    assert problems == [f"{feed}:1: duplicate document id 'same', skipped"]


def test_documents_are_yielded_before_later_files_are_read(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE_FR)
    _write(tmp_path / "b.txt", b"")
    problems: list[str] = []
    stream = iter_documents([str(tmp_path)], on_problem=problems.append)
    assert next(stream).id == "a"
    assert problems == []
    assert list(stream) == [] and problems == [f"{tmp_path / 'b.txt'}: empty file"]


def test_problems_are_warnings_without_a_callback(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.warns(KgWarning, match="no such file or directory"):
        assert list(iter_documents([str(missing)])) == []


def test_every_kind_of_bad_input_is_reported_once_and_good_documents_still_come(
    tmp_path: Path,
) -> None:
    d = tmp_path / "mixed"
    good_txt = _write(d / "good.txt", " date 2024-03-12 Légende\n" + ARTICLE_FR)
    good_jsonl_text = json.dumps({"id": "good-wire", "text": ARTICLE_EN})
    feed = _write(
        d / "feed.jsonl",
        "{not json\n" + '{"id": "x", "title": "No body"}\n' + good_jsonl_text + "\n",
    )
    empty = _write(d / "empty.txt", b"")
    binary = _write(d / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = _write(d / "latin1.txt", "Le président a déclaré".encode("latin-1"))
    header = _write(d / "header.txt", " date 2025-13-40 Légende\n" + ARTICLE_FR)
    missing = tmp_path / "nowhere"

    docs, problems = _read([d, missing])

    assert sorted((doc.id, doc.source) for doc in docs) == [
        ("good", str(good_txt)),
        ("good-wire", str(feed)),
    ]
    expected = {
        f"{empty}": "empty file",
        f"{binary}": "binary file (NUL byte at offset 8)",
        f"{latin1}": "not UTF-8 text (byte 0xe9 at offset 5)",
        f"{header}:1": "invalid date '2025-13-40'",
        f"{feed}:1": "not JSON",
        f"{feed}:2": "no text",
        f"{missing}": "no such file or directory",
    }
    assert len(problems) == len(expected)
    for where, what in expected.items():
        matching = [p for p in problems if p.startswith(where + ": ")]
        assert len(matching) == 1, (where, problems)
        assert what in matching[0]


# --- language --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Les deux pays ont convenu de relancer leur dialogue après des mois de froid.",
            "fr",
        ),
        ("The two governments agreed to reopen their embassies after a year of silence.", "en"),
        ("Rabat rappelle son ambassadeur", "fr"),
        ("Lisbonne et Luanda signent un accord", "fr"),
        ("Kenya recalls ambassador over trade row", "en"),
        ("Pakistan's army says it won't retaliate", "en"),
        ("Tensions à la frontière", "fr"),
    ],
)
def test_language_of_sentences_and_headlines(text: str, lang: str) -> None:
    guess = detect_language(text)
    assert (guess.lang, guess.unsupported) == (lang, None)


def test_text_clearly_in_another_language_is_reported_as_unsupported(tmp_path: Path) -> None:
    spanish = (
        "El gobierno de Perú ha decidido retirar a su embajador en Caracas por la crisis, "
        "y los dos países no han vuelto a hablar desde entonces, según el ministerio."
    )
    f = _write(tmp_path / "es.txt", spanish)
    docs, problems = _read([f])
    assert docs == [] and problems == [f"{f}: language not supported (looks like Spanish)"]


def test_lang_argument_overrides_detection(tmp_path: Path) -> None:
    f = _write(tmp_path / "en.txt", ARTICLE_EN)
    (doc,), _ = _read([f], lang="fr")
    assert doc.lang == "fr"


def test_jsonl_without_lang_field_is_detected_per_record(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ARTICLE_EN}), json.dumps({"text": ARTICLE_FR}, ensure_ascii=False)]
    f = _write(tmp_path / "mix.jsonl", "\n".join(lines) + "\n")
    docs, _ = _read([f])
    assert [d.lang for d in docs] == ["en", "fr"]


# --- the sample corpus -----------------------------------------------------------------


def test_sample_corpus_reads_cleanly_with_five_french_and_three_english_articles() -> None:
    docs, problems = _read(SAMPLE_CORPUS)
    assert problems == []
    articles = [d for d in docs if d.source.endswith(".txt")]
    assert sorted(d.lang for d in articles) == ["en"] * 3 + ["fr"] * 5
    assert all(d.date and len(d.date) == 10 and d.meta.get("caption") for d in articles)
    assert all(120 <= len(d.text.split()) <= 300 for d in articles)
    wires = [d for d in docs if d.source.endswith("wires.jsonl")]
    assert [d.lang for d in wires] == ["en", "fr", "fr"]
    assert all(d.meta.get("url") and d.meta.get("title") and d.date for d in wires)
