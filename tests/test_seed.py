"""The seed release against its hand-made gold file: the facts the project started from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.reading import read_text
from pipeline.records import Document
from tests.conftest import offset_errors

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "porsche-alms-2007-laguna-seca"


@pytest.fixture(scope="module")
def seed(nlp):
    text = read_text(ROOT / "corpus" / "texts" / f"{SEED_ID}.txt")
    gold = Document.model_validate(json.loads((ROOT / "corpus" / "gold" / f"{SEED_ID}.json").read_text("utf-8")))
    return text, gold, extract(text, id=SEED_ID)


def surnames(doc: Document, names: list[str]) -> frozenset[str]:
    last = {d.name: d.last_name for d in doc.drivers}
    return frozenset(last.get(n, n.split()[-1]) for n in names)


def result_keys(doc: Document) -> set[tuple]:
    return {(surnames(doc, r.drivers), r.session, r.scope, r.position) for r in doc.results}


def test_exactly_the_fifteen_drivers(seed):
    _, gold, pred = seed
    assert len(gold.drivers) == 15
    assert sorted(d.name for d in pred.drivers) == sorted(d.name for d in gold.drivers)


def test_motorsport_chief_is_no_driver(seed):
    _, _, pred = seed
    assert "Hartmut Kristen" not in {d.name for d in pred.drivers}
    assert not [d for d in pred.drivers if d.last_name == "Kristen"]


def test_the_twelve_results(seed):
    _, gold, pred = seed
    assert len(gold.results) == 12
    assert result_keys(pred) == result_keys(gold)


def test_gap_dumas_behind_capello(seed):
    text, _, pred = seed
    (gap,) = pred.gaps
    assert gap.subject == "Romain Dumas"
    assert gap.reference == "Rinaldo Capello"
    assert gap.seconds == pytest.approx(0.41)
    assert gap.laps is None
    assert "0,410 Sekunden" in gap.evidence.text


def test_nine_quotes_with_speakers(seed):
    _, gold, pred = seed
    assert len(gold.quotes) == 9
    assert [(q.start, q.end, q.speaker) for q in pred.quotes] == [(q.start, q.end, q.speaker) for q in gold.quotes]


def test_event(seed):
    _, gold, pred = seed
    for field in ("series", "season", "venue", "location", "laps", "duration"):
        assert getattr(pred.event, field) == getattr(gold.event, field), field


def test_every_offset_points_into_the_seed(seed):
    text, _, pred = seed
    assert offset_errors(text, pred) == []
