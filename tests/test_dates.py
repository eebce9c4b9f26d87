"""Event dates in sentences, resolved against the document date."""

from __future__ import annotations

import pytest

from graph.extract.dates import find_dates


@pytest.mark.parametrize(
    ("sentence", "lang", "doc_date", "expected"),
    [
        ("Dans la nuit du 14 au 15 février, un drone a été abattu.", "fr", "2025-03", ("2025-02-14", "day")),
        ("L'ambassadeur a été convoqué en novembre.", "fr", "2025-02-03", ("2024-11", "month")),
        ("Depuis 2021, les deux pays s'opposent.", "fr", "2025-02-03", ("2021", "year")),
        ("The envoy was recalled on Monday.", "en", "2025-05-08", ("2025-05-05", "day")),
        ("Talks resumed on 3 June 2024 in Doha.", "en", None, ("2024-06-03", "day")),
        ("On July 30, 2024, Paris changed course.", "en", None, ("2024-07-30", "day")),
    ],
)
def test_date_expression_is_resolved(sentence, lang, doc_date, expected) -> None:
    first = find_dates(sentence, lang, doc_date)[0]
    assert (first.value, first.precision) == expected


def test_month_without_year_needs_a_document_date() -> None:
    assert find_dates("Il a été arrêté en août.", "fr", None) == []
