"""Quote regions: the marks German releases use, also typed by hand."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes_scan import find_quote_regions


@pytest.mark.parametrize(
    "text",
    [
        "Er sagte: „Das war ein tolles Rennen“ und ging.",
        "Er sagte: »Das war ein tolles Rennen« und ging.",
        "Er sagte: «Das war ein tolles Rennen» und ging.",
        'Er sagte: "Das war ein tolles Rennen" und ging.',
        'Er sagte: „Das war ein tolles Rennen" und ging.',
        "Er sagte: „Das war ein tolles Rennen„. Dann ging er.",
        "Er sagte: ”Das war ein tolles Rennen” und ging.",
    ],
    ids=["german", "guillemets-in", "guillemets-out", "straight", "low-then-straight", "low-then-low", "closing-marks-both"],
)
def test_quote_marks(text):
    regions = [r for r in find_quote_regions(text) if r.closed]
    assert [text[r.start : r.end] for r in regions] == ["Das war ein tolles Rennen"]


def test_an_unclosed_quote_ends_with_its_paragraph():
    text = "„Das war ein tolles Rennen, und\n\nDanach ging er."
    (region,) = find_quote_regions(text)
    assert not region.closed and "Danach" not in text[region.start : region.end]


def test_a_german_opening_mark_typed_as_the_closing_one_glued_to_the_sentence_before():
    text = "Das Team jubelte.“Wir sind überglücklich“, sagte Teamchefin Anna Moll. „Unfassbar“, meinte Pilot Tim Sanders."
    assert [text[q.start : q.end] for q in find_quote_regions(text)] == ["Wir sind überglücklich", "Unfassbar"]
