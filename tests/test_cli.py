"""The command line through typer's CliRunner: extract (formats, files, directories, errors), schema, show."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import Document

RELEASE_A = (
    "Timo Bernhard und Romain Dumas gewannen in Laguna Seca die Klasse LMP2.\n\n"
    "„Ein perfekter Abschluss“, sagte Timo Bernhard."
)
RELEASE_B = "Marco Wittmann gewann mit einem Vorsprung von 1,783 Sekunden vor Mattias Ekström."


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def releases(tmp_path, nlp):
    d = tmp_path / "releases"
    d.mkdir()
    (d / "alms-laguna.txt").write_text(RELEASE_A, encoding="utf-8")
    (d / "dtm-hockenheim.txt").write_text(RELEASE_B, encoding="utf-8")
    return d


def parse_jsonl(out: str) -> list[Document]:
    return [Document.model_validate_json(line) for line in out.splitlines() if line.strip()]


def test_extract_one_file_jsonl_on_stdout(runner, releases):
    f = releases / "alms-laguna.txt"
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 0, res.output
    (doc,) = parse_jsonl(res.stdout)
    assert doc.document.id == "alms-laguna"
    assert doc.document.source == str(f)
    assert {"Timo Bernhard", "Romain Dumas"} <= {d.name for d in doc.drivers}
    assert doc.quotes and doc.quotes[0].speaker == "Timo Bernhard"


def test_extract_to_output_file(runner, releases, tmp_path):
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(releases / "dtm-hockenheim.txt"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert res.stdout.strip() == ""
    (doc,) = parse_jsonl(out.read_text(encoding="utf-8"))
    assert doc.gaps and doc.gaps[0].seconds == pytest.approx(1.783)


def test_extract_json_format(runner, releases):
    res = runner.invoke(app, ["extract", str(releases / "dtm-hockenheim.txt"), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert isinstance(data, list) and len(data) == 1
    assert Document.model_validate(data[0]).document.id == "dtm-hockenheim"


def test_extract_csv_format(runner, releases):
    res = runner.invoke(app, ["extract", str(releases / "dtm-hockenheim.txt"), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    kinds = {r["record"] for r in rows}
    assert {"driver", "result", "gap"} <= kinds
    (gap,) = [r for r in rows if r["record"] == "gap"]
    assert float(gap["seconds"]) == pytest.approx(1.783)
    assert gap["subject"] == "Mattias Ekström"
    assert all(r["document"] == "dtm-hockenheim" for r in rows)


def test_extract_directory(runner, releases):
    res = runner.invoke(app, ["extract", str(releases)])
    assert res.exit_code == 0, res.output
    docs = parse_jsonl(res.stdout)
    assert sorted(d.document.id for d in docs) == ["alms-laguna", "dtm-hockenheim"]


def test_bad_file_among_good_ones(runner, releases, tmp_path, monkeypatch):
    (releases / "kaputt.txt").write_bytes(b"")
    out = tmp_path / "batch.jsonl"
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["extract", "releases", "-o", str(out)])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if "error" in line]
    assert errors and any("kaputt.txt" in line for line in errors), res.stderr
    docs = parse_jsonl(out.read_text(encoding="utf-8"))
    assert sorted(d.document.id for d in docs) == ["alms-laguna", "dtm-hockenheim"]


def test_error_line_with_long_path_stays_one_line(runner, releases, tmp_path):
    deep = releases / "saison-2024" / "langstrecke" / "nuerburgring-nordschleife"
    deep.mkdir(parents=True)
    (deep / "leere-pressemitteilung.txt").write_bytes(b"")
    res = runner.invoke(app, ["extract", str(releases), "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 1
    lines = [line for line in res.stderr.splitlines() if "leere-pressemitteilung.txt" in line]
    assert lines and lines[0].startswith("error") and "empty" in lines[0], res.stderr


def test_missing_file_is_named(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path / "gibtsnicht.txt")])
    assert res.exit_code == 1
    assert "gibtsnicht.txt" in res.stderr


def test_schema_prints_json_schema(runner):
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert {"document", "event", "drivers", "cars", "results", "gaps", "quotes"} <= set(schema["properties"])
    assert "Result" in schema.get("$defs", {})


def test_show_writes_html(runner, releases, tmp_path):
    page = tmp_path / "page.html"
    res = runner.invoke(app, ["show", str(releases / "alms-laguna.txt"), "-o", str(page)])
    assert res.exit_code == 0, res.output
    html = page.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    words = re.sub(r"<[^>]+>", " ", html).split()
    for word in ("Romain", "Dumas", "perfekter", "Abschluss", "LMP2"):
        assert word in words
