import pytest
from pydantic import ValidationError

from pipeline.records import Document, Gap, Result, Span, json_schema


def test_class_field_uses_contract_key():
    r = Result(session="race", scope="class", position=1, evidence=Span(start=0, end=1, text="x"), **{"class": "LMP2"})
    assert r.model_dump()["class"] == "LMP2"


def test_gap_needs_exactly_one_measure():
    ev = Span(start=0, end=1, text="x")
    with pytest.raises(ValidationError):
        Gap(evidence=ev)
    with pytest.raises(ValidationError):
        Gap(evidence=ev, seconds=1.0, laps=1)
    assert Gap(evidence=ev, laps=2).laps == 2


def test_position_must_be_positive():
    with pytest.raises(ValidationError):
        Result(session="race", scope="overall", position=0, evidence=Span(start=0, end=1, text="x"))


def test_schema_has_contract_keys():
    props = json_schema()["properties"]
    for key in ("document", "event", "drivers", "cars", "results", "gaps", "quotes", "pipeline"):
        assert key in props


def test_unknown_key_is_rejected():
    with pytest.raises(ValidationError):
        Document.model_validate({"document": {"id": "a"}, "resluts": []})
