"""The Python API: extract() and extract_many() (batched, optionally in worker processes)."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.api import extract_each, extract_many
from pipeline.errors import ExtractionError
from pipeline.records import Document

TEXTS = [
    ("a", "Timo Bernhard und Romain Dumas gewannen die Klasse LMP2. „Toll“, sagte Timo Bernhard."),
    ("b", "Marco Wittmann gewann mit einem Vorsprung von 1,783 Sekunden vor Mattias Ekström."),
    ("c", "Die Pole-Position sicherte sich André Lotterer. Timo Scheider ging vom 15. Startplatz ins Rennen."),
    ("d", "Chris Dyson und Guy Smith wurden Klassenfünfter, Andy Wallace kam auf dem sechsten Platz ins Ziel."),
    ("e", ""),
]


def without_pipeline_info(doc: Document) -> dict:
    return doc.model_dump(mode="json", exclude={"pipeline"})


def test_extract_returns_document_with_id_and_hash(nlp):
    doc = extract(TEXTS[0][1], id="release-1", source="x/release-1.txt")
    assert isinstance(doc, Document)
    assert doc.document.id == "release-1"
    assert doc.document.source == "x/release-1.txt"
    assert doc.document.sha256 and len(doc.document.sha256) == 64
    assert doc.pipeline is not None and doc.pipeline.version


def test_extract_is_deterministic(nlp):
    a = extract(TEXTS[1][1], id="b")
    b = extract(TEXTS[1][1], id="b")
    assert a == b


def test_extract_many_keeps_order_and_ids(nlp):
    docs = list(extract_many(TEXTS))
    assert [d.document.id for d in docs] == [i for i, _ in TEXTS]
    single = [extract(t, id=i) for i, t in TEXTS]
    assert [without_pipeline_info(d) for d in docs] == [without_pipeline_info(d) for d in single]


def test_extract_each_yields_docs_or_errors(nlp):
    outcomes = list(extract_each(TEXTS[:2]))
    assert all(isinstance(o, Document | ExtractionError) for o in outcomes)
    assert [o.document.id for o in outcomes] == ["a", "b"]


def test_a_failing_document_yields_an_error_that_keeps_its_cause_and_the_batch_goes_on(nlp, monkeypatch):
    import pipeline.api as api

    real = api.assemble

    def failing(doc, norm, info, pipeline_info):
        if info.id == "a":
            raise IndexError("no such group")
        return real(doc, norm, info, pipeline_info)

    monkeypatch.setattr(api, "assemble", failing)
    first, second = list(extract_each(TEXTS[:2]))
    assert isinstance(first, ExtractionError) and "a: extraction failed (IndexError: no such group)" in str(first)
    assert isinstance(first.__cause__, IndexError) and first.__cause__.__traceback__ is not None
    assert isinstance(second, Document) and second.document.id == "b"


@pytest.mark.slow
def test_extract_many_two_processes_matches_one(nlp):
    one = [without_pipeline_info(d) for d in extract_many(TEXTS, n_process=1, batch_size=2)]
    two = [without_pipeline_info(d) for d in extract_many(TEXTS, n_process=2, batch_size=2)]
    assert two == one
