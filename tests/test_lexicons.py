"""Lexicons and rule files are validated on load; a bad line is an error naming the file and line."""

import pytest

from pipeline.errors import LexiconError
from pipeline.extract.rules import load_rules
from pipeline.lexicons import load_gazetteer, numbers, speech


def test_shipped_lexicons_load():
    assert load_gazetteer()
    assert numbers().ordinal_stems["dritt"] == 3
    assert "sagte" in speech().reporting_verbs


def test_invalid_gazetteer_line_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "car:X", "label": "CAR", "pattern": "X"}\n{"id": "oops", "label": "CAR", "pattern": "Y"}\n')
    with pytest.raises(LexiconError, match=r"g\.jsonl:2"):
        load_gazetteer(path)


def test_rule_that_does_not_compile_is_an_error(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "result.bad", "kind": "win", "pattern": "(unclosed"}\n')
    with pytest.raises(LexiconError, match=r"r\.jsonl:1.*result\.bad"):
        load_rules(path)


def test_duplicate_rule_ids_are_rejected(tmp_path):
    path = tmp_path / "r.jsonl"
    line = '{"id": "result.x", "kind": "win", "pattern": "gewann"}\n'
    path.write_text(line + line)
    with pytest.raises(LexiconError, match="duplicate"):
        load_rules(path)


def test_driver_nationalities_load_and_name_a_bad_line(tmp_path):
    from pipeline.lexicons import driver_nationalities

    assert driver_nationalities()["Juan Pablo Montoya"] == "Kolumbianer"
    path = tmp_path / "n.txt"
    path.write_text("# comment\nKimi Räikkönen\tFinne\nJuan Pablo Montoya\tKolumbier\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"n\.txt:3"):
        driver_nationalities(path)
    path.write_text("Kimi Räikkönen\tFinne\nKimi Räikkönen\tFinne\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="twice"):
        driver_nationalities(path)


def test_formula_2_and_3_are_series_with_one_driver_per_car():
    from pipeline.api import extract

    doc = extract("Im Formel-2-Rennen gewann Felipe Drugovich vor Théo Pourchaire.")
    assert doc.event.series == "Formel 2"
