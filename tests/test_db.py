"""The results database sink, run on SQLite and (when RENNBERICHT_TEST_PG_URL is set) PostgreSQL."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, insert, text, update
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from pipeline import db as dbmod
from pipeline.cli import app
from pipeline.db import (
    EXAMPLE_QUERIES,
    SCHEMA_VERSION,
    DatabaseError,
    delete_document,
    display_url,
    document_fingerprint,
    driver_key,
    load_jsonl,
    open_database,
    run_query,
    table_counts,
    write_documents,
)
from pipeline.records import (
    Car,
    Document,
    DocumentInfo,
    Driver,
    Event,
    Gap,
    Quote,
    Result,
    Span,
)

ROOT = Path(__file__).resolve().parents[1]
SEED_GOLD = ROOT / "corpus" / "gold" / "porsche-alms-2007-laguna-seca.json"
DOC_MD = ROOT / "docs" / "database.md"
PG_URL = os.environ.get("RENNBERICHT_TEST_PG_URL")


def _drop_everything(url: str) -> None:
    engine = create_engine(url)
    try:
        dbmod.metadata.drop_all(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path):
    """An empty database URL, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'results.sqlite'}"
        return
    if not PG_URL:
        pytest.skip(
            "PostgreSQL backend: RENNBERICHT_TEST_PG_URL is not set "
            "(e.g. postgresql+psycopg://user:pw@localhost/db; .ci/run starts a server and sets it)"
        )
    _drop_everything(PG_URL)
    yield PG_URL
    _drop_everything(PG_URL)


@pytest.fixture(scope="module")
def seed() -> Document:
    return Document.model_validate_json(SEED_GOLD.read_text(encoding="utf-8"))


def _span(start: int, words: str) -> Span:
    return Span(start=start, end=start + len(words), text=words)


def _doc(
    doc_id: str = "test-doc", sha256: str | None = "aaa", winner: str = "Jörg Bergmeister"
) -> Document:
    """A small hand-built release: two crews, a class win, a gap, a quote."""
    return Document(
        document=DocumentInfo(id=doc_id, source=f"{doc_id}.txt", sha256=sha256),
        event=Event(series="Testserie", season=2024, venue="Teststrecke", laps=50),
        drivers=[
            Driver(name=winner, first_name=winner.split()[0], last_name=winner.split()[-1],
                   mentions=[_span(0, winner)]),
            Driver(name="Max Muster", first_name="Max", last_name="Muster",
                   mentions=[_span(30, "Max Muster"), _span(80, "Muster")]),
            Driver(name="Anna Beispiel", first_name="Anna", last_name="Beispiel", mentions=[]),
        ],
        cars=[
            Car(number="911", model="911 GT3 R", team="Testteam", drivers=[winner],
                **{"class": "GT3"}),
            Car(number="7", model="R8 LMS", team="Andersteam",
                drivers=["Max Muster", "Anna Beispiel"], **{"class": "GT3"}),
        ],
        results=[
            Result(drivers=[winner], car_number="911", session="race", scope="class", position=1,
                   evidence=_span(0, "gewann die Klasse GT3"), **{"class": "GT3"}),
            Result(drivers=["Max Muster", "Anna Beispiel"], car_number="7", session="race",
                   scope="class", position=2, evidence=_span(30, "wurde Zweiter"),
                   **{"class": "GT3"}),
        ],
        gaps=[Gap(subject="Max Muster", reference=winner, seconds=1.8,
                  evidence=_span(50, "1,8 Sekunden dahinter"))],
        quotes=[Quote(text="Ein tolles Rennen", speaker="Max Muster", cue="sagte",
                      start=100, end=117)],
    )


# --------------------------------------------------------------------------- counts


def test_seed_gold_loads_with_contract_counts_twice(db_url: str, seed: Document) -> None:
    first = write_documents(db_url, [seed])
    assert first.inserted == [seed.document.id] and first.ok
    counts = table_counts(db_url)
    assert (counts["documents"], counts["events"], counts["drivers"]) == (1, 1, 15)
    assert (counts["results"], counts["quotes"], counts["gaps"], counts["cars"]) == (12, 9, 1, 8)

    second = write_documents(db_url, [seed])
    assert second.unchanged == [seed.document.id]
    assert second.inserted == [] and second.replaced == []
    assert table_counts(db_url) == counts


def test_hand_built_document_rows_and_links(db_url: str) -> None:
    report = write_documents(db_url, iter([_doc()]))  # any iterable, also a generator
    assert report.inserted == ["test-doc"]
    counts = table_counts(db_url)
    assert counts == {
        "documents": 1, "events": 1, "drivers": 3, "driver_mentions": 3, "cars": 2,
        "car_drivers": 3, "gaps": 1, "results": 2, "result_drivers": 3, "quotes": 1,
    }
    # every link to a driver resolved to that document's driver row
    unresolved = run_query(db_url, """
        SELECT 'result' AS kind FROM result_drivers WHERE driver_id IS NULL
        UNION ALL SELECT 'car' FROM car_drivers WHERE driver_id IS NULL
        UNION ALL SELECT 'gap' FROM gaps
            WHERE subject_driver_id IS NULL OR reference_driver_id IS NULL
        UNION ALL SELECT 'quote' FROM quotes WHERE speaker_driver_id IS NULL""")
    assert unresolved == []
    second = run_query(db_url, """
        SELECT r.position, r.class_position, r.position_text, r.gap_seconds, c.number,
               r.evidence_text
        FROM results AS r JOIN cars AS c ON c.id = r.car_id WHERE r.position = 2""")
    assert second == [{"position": 2, "class_position": 2, "position_text": "2",
                       "gap_seconds": 1.8, "number": "7", "evidence_text": "wurde Zweiter"}]


def test_seed_derived_columns(db_url: str, seed: Document) -> None:
    write_documents(db_url, [seed])
    overall = run_query(db_url, """
        SELECT position, laps, gap_seconds, crew FROM results
        WHERE session = 'race' AND scope = 'overall' ORDER BY position""")
    assert overall == [
        {"position": 1, "laps": 157, "gap_seconds": None, "crew": "Rinaldo Capello"},
        {"position": 2, "laps": 157, "gap_seconds": 0.41, "crew": "Timo Bernhard / Romain Dumas"},
    ]
    gap = run_query(db_url, """
        SELECT s.driver_key AS subject, r.driver_key AS reference, g.evidence_start, g.evidence_text
        FROM gaps AS g JOIN drivers AS s ON s.id = g.subject_driver_id
        JOIN drivers AS r ON r.id = g.reference_driver_id""")
    assert gap == [{"subject": "romain-dumas", "reference": "rinaldo-capello",
                    "evidence_start": 1307,
                    "evidence_text": "nur hauchdünn um 0,410 Sekunden geschlagen"}]


# --------------------------------------------------------------------------- idempotence


def test_changed_document_replaces_its_rows(db_url: str) -> None:
    write_documents(db_url, [_doc("other", sha256="zzz")])
    write_documents(db_url, [_doc(sha256="aaa")])
    changed = _doc(sha256="bbb")
    changed.results = changed.results[:1]
    changed.quotes = []
    report = write_documents(db_url, [changed])
    assert report.replaced == ["test-doc"]
    rows = run_query(db_url, "SELECT document_id, COUNT(*) AS n FROM results GROUP BY document_id "
                             "ORDER BY document_id")
    assert rows == [{"document_id": "other", "n": 2}, {"document_id": "test-doc", "n": 1}]
    assert run_query(db_url, "SELECT COUNT(*) AS n FROM quotes WHERE document_id = 'test-doc'") == [
        {"n": 0}]
    stored = run_query(db_url, "SELECT sha256 FROM documents WHERE id = 'test-doc'")
    assert stored == [{"sha256": "bbb"}]
    assert table_counts(db_url)["documents"] == 2


def test_same_id_and_sha256_is_left_alone(db_url: str) -> None:
    write_documents(db_url, [_doc(sha256="aaa")])
    before = table_counts(db_url)
    loaded_at = run_query(db_url, "SELECT loaded_at FROM documents")
    again = _doc(sha256="aaa")
    report = write_documents(db_url, [again])
    assert report.unchanged == ["test-doc"]
    assert table_counts(db_url) == before
    assert run_query(db_url, "SELECT loaded_at FROM documents") == loaded_at


def test_without_sha256_the_canonical_json_decides(db_url: str) -> None:
    plain = _doc(sha256=None)
    assert document_fingerprint(plain) == document_fingerprint(_doc(sha256=None))
    assert write_documents(db_url, [plain]).inserted == ["test-doc"]
    assert write_documents(db_url, [_doc(sha256=None)]).unchanged == ["test-doc"]
    edited = _doc(sha256=None)
    edited.gaps[0].seconds = 2.5
    assert document_fingerprint(edited) != document_fingerprint(plain)
    assert write_documents(db_url, [edited]).replaced == ["test-doc"]
    assert run_query(db_url, "SELECT seconds FROM gaps") == [{"seconds": 2.5}]


# --------------------------------------------------------------------------- failures


def _failing_insert_quotes(*_args, **_kwargs):
    raise OperationalError("INSERT INTO quotes ...", {}, Exception("disk I/O error (injected)"))


def test_failure_mid_document_leaves_no_trace(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    write_documents(db_url, [_doc("earlier", sha256="e1")])
    before = table_counts(db_url)
    # quotes are written last: documents, drivers, cars, gaps and results are already in
    monkeypatch.setattr(dbmod, "_insert_quotes", _failing_insert_quotes)
    report = write_documents(db_url, [_doc("broken", sha256="b1")])
    assert not report.ok and report.inserted == []
    (failure,) = report.failures
    assert failure.document_id == "broken"
    assert "'broken'" in failure.message and "injected" in failure.message
    assert table_counts(db_url) == before
    leftovers = run_query(db_url, "SELECT COUNT(*) AS n FROM drivers WHERE document_id = 'broken'")
    assert leftovers == [{"n": 0}]


def test_failed_replacement_keeps_the_old_version(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_documents(db_url, [_doc(sha256="v1")])
    before = table_counts(db_url)
    monkeypatch.setattr(dbmod, "_insert_quotes", _failing_insert_quotes)
    report = write_documents(db_url, [_doc(sha256="v2")])
    assert [f.document_id for f in report.failures] == ["test-doc"]
    assert table_counts(db_url) == before
    assert run_query(db_url, "SELECT sha256 FROM documents") == [{"sha256": "v1"}]


def test_constraint_violation_rolls_back_and_the_rest_still_load(db_url: str) -> None:
    # Two drivers with the same key break UNIQUE (document_id, driver_key) in the database.
    duplicate = _doc("duplicate", sha256="d1")
    duplicate.drivers.append(Driver(name="Jorg Bergmeister", last_name="Bergmeister"))
    batch = [_doc("first", sha256="f1"), duplicate, _doc("last", sha256="l1")]
    report = write_documents(db_url, batch)
    assert report.inserted == ["first", "last"]
    assert [f.document_id for f in report.failures] == ["duplicate"]
    assert "not written, database unchanged" in report.failures[0].message
    docs = run_query(db_url, "SELECT id FROM documents ORDER BY id")
    assert docs == [{"id": "first"}, {"id": "last"}]
    assert table_counts(db_url)["drivers"] == 6


def test_unexpected_error_propagates_after_rollback(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_documents(db_url, [_doc("earlier", sha256="e1")])
    before = table_counts(db_url)

    def bug(*_args, **_kwargs):
        raise RuntimeError("bug in a write step")

    monkeypatch.setattr(dbmod, "_insert_results", bug)
    with pytest.raises(RuntimeError, match="bug in a write step"):
        write_documents(db_url, [_doc("broken", sha256="b1")])
    monkeypatch.undo()
    assert table_counts(db_url) == before


# --------------------------------------------------------------------------- drivers


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Jörg Bergmeister", "jorg-bergmeister"),
        ("JÖRG  BERGMEISTER", "jorg-bergmeister"),
        ("Johannes van Overbeek", "johannes-van-overbeek"),
        ("Jean-Éric Vergne", "jean-eric-vergne"),
        ("Nico Hülkenberg", "nico-hulkenberg"),
        ("Marco Sørensen", "marco-sorensen"),
        ("Pedro de la Rosa", "pedro-de-la-rosa"),
        ("A. J. Allmendinger", "a-j-allmendinger"),
        ("Ernst Strauß", "ernst-strauss"),
    ],
)
def test_driver_key(name: str, key: str) -> None:
    assert driver_key(name) == key


@given(st.text(min_size=1, max_size=40))
def test_driver_key_is_a_fixed_point_and_plain(name: str) -> None:
    key = driver_key(name)
    assert driver_key(key) == key
    assert key == key.casefold() and " " not in key
    assert not key.startswith("-") and not key.endswith("-") and "--" not in key


def test_driver_key_follows_a_driver_across_documents(db_url: str) -> None:
    write_documents(db_url, [_doc("race-1", sha256="r1", winner="Jörg Bergmeister"),
                             _doc("race-2", sha256="r2", winner="Jorg Bergmeister")])
    rows = run_query(db_url, """
        SELECT d.document_id, d.name, r.class_position
        FROM drivers AS d
        JOIN result_drivers AS rd ON rd.driver_id = d.id
        JOIN results AS r ON r.id = rd.result_id
        WHERE d.driver_key = 'jorg-bergmeister' ORDER BY d.document_id""")
    assert rows == [
        {"document_id": "race-1", "name": "Jörg Bergmeister", "class_position": 1},
        {"document_id": "race-2", "name": "Jorg Bergmeister", "class_position": 1},
    ]
    per_doc = run_query(db_url, "SELECT document_id, COUNT(*) AS n FROM drivers "
                                "WHERE driver_key = 'max-muster' "
                                "GROUP BY document_id ORDER BY document_id")
    assert per_doc == [{"document_id": "race-1", "n": 1}, {"document_id": "race-2", "n": 1}]


# --------------------------------------------------------------------------- schema


def test_schema_version_is_recorded(db_url: str) -> None:
    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version FROM schema_version")).scalars().all()
    finally:
        engine.dispose()
    assert versions == [SCHEMA_VERSION]


def test_newer_schema_is_refused(db_url: str) -> None:
    engine = open_database(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(update(dbmod.schema_version).values(version=SCHEMA_VERSION + 1))
    finally:
        engine.dispose()
    with pytest.raises(DatabaseError, match=f"schema version {SCHEMA_VERSION + 1}, newer"):
        write_documents(db_url, [_doc()])


def test_foreign_tables_are_not_touched(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ergast.sqlite'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE results (resultId INTEGER PRIMARY KEY)"))
        conn.execute(text("INSERT INTO results VALUES (1)"))
    with pytest.raises(DatabaseError, match="not a rennbericht database"):
        write_documents(url, [_doc()])
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM results")).scalar_one() == 1
    engine.dispose()


def test_unreachable_or_invalid_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="invalid database URL"):
        open_database("nosuchdialect://x/y")
    with pytest.raises(DatabaseError, match="cannot open database .*missing-dir"):
        open_database(tmp_path / "missing-dir" / "x.sqlite")


def test_plain_path_means_sqlite_file(tmp_path: Path, seed: Document) -> None:
    target = tmp_path / "plain.sqlite"
    write_documents(target, [seed])
    assert target.exists() and table_counts(f"sqlite:///{target}")["results"] == 12


# --------------------------------------------------------------------------- JSONL + CLI


def _write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_load_jsonl_reports_bad_lines_and_loads_the_rest(
    db_url: str, tmp_path: Path, seed: Document
) -> None:
    good = _doc("good", sha256="g1")
    path = _write_jsonl(tmp_path / "docs.jsonl", [
        seed.model_dump_json().encode(),
        b'{"document": {"id": "half"',
        b"",
        b'{"document": {"id": "bad-position"}, "results": [{"session": "race", "scope": "overall", '
        b'"position": 0, "evidence": {"start": 0, "end": 1, "text": "x"}}]}',
        "\u00fc".encode("latin-1"),
        good.model_dump_json().encode(),
    ])
    report = load_jsonl(db_url, path)
    assert report.inserted == [seed.document.id, "good"]
    wheres = [f.where for f in report.failures]
    assert wheres == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in report.failures[0].message
    assert "results.0.position" in report.failures[1].message
    assert report.failures[1].document_id == "bad-position"
    assert "not UTF-8" in report.failures[2].message
    assert table_counts(db_url)["documents"] == 2


def test_cli_load_exit_code_and_messages(db_url: str, tmp_path: Path, seed: Document) -> None:
    path = _write_jsonl(tmp_path / "extract.jsonl", [
        _doc("one", sha256="o1").model_dump_json().encode(),
        b"not json at all",
        seed.model_dump_json().encode(),
    ])
    runner = CliRunner()
    result = runner.invoke(app, ["load", str(path), "--db", db_url])
    assert result.exit_code == 1, result.output
    assert f"{path}:2: invalid JSON" in result.stderr
    summary = r"2 document\(s\) into .*: 2 new, 0 replaced, 0 unchanged; 1 failed"
    assert re.search(summary, result.stderr)
    assert result.stdout == ""
    counts = table_counts(db_url)
    assert (counts["documents"], counts["results"], counts["drivers"]) == (2, 14, 18)

    clean = _write_jsonl(tmp_path / "clean.jsonl", [seed.model_dump_json().encode()])
    again = runner.invoke(app, ["load", str(clean), "--db", db_url])
    assert again.exit_code == 0, again.output
    assert "0 new, 0 replaced, 1 unchanged; 0 failed" in again.stderr
    assert table_counts(db_url) == counts


def test_cli_load_default_database_is_sqlite_in_cwd(tmp_path: Path, seed: Document,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write_jsonl(tmp_path / "one.jsonl", [seed.model_dump_json().encode()])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["load", str(path)])
    assert result.exit_code == 0, result.output
    assert table_counts(tmp_path / "rennbericht.sqlite")["quotes"] == 9


def test_cli_load_bad_database_exits_1(tmp_path: Path, seed: Document) -> None:
    path = _write_jsonl(tmp_path / "one.jsonl", [seed.model_dump_json().encode()])
    result = CliRunner().invoke(app, ["load", str(path), "--db", "nosuchdialect://x/y"])
    assert result.exit_code == 1
    assert "invalid database URL" in result.stderr


# --------------------------------------------------------------------------- documented queries

SEED_PARAMS = {
    "class_wins_of_driver": {"driver_key": "romain-dumas"},
    "quotes_of_speaker": {"speaker_key": driver_key("Hartmut Kristen")},
    "results_of_event": {
        "series": "American Le Mans Series", "season": 2007, "venue": "Laguna Seca"},
}


def test_documented_queries_are_the_tested_ones() -> None:
    doc = DOC_MD.read_text(encoding="utf-8")
    for name, sql in EXAMPLE_QUERIES.items():
        assert sql in doc, f"docs/database.md does not show EXAMPLE_QUERIES[{name!r}] verbatim"
    assert set(SEED_PARAMS) == set(EXAMPLE_QUERIES)


def test_example_queries_on_the_seed(db_url: str, seed: Document) -> None:
    write_documents(db_url, [seed])

    wins = run_query(db_url, EXAMPLE_QUERIES["class_wins_of_driver"],
                     SEED_PARAMS["class_wins_of_driver"])
    assert [(w["series"], w["season"], w["venue"], w["class"], w["name"]) for w in wins] == [
        ("American Le Mans Series", 2007, "Laguna Seca", "LMP2", "Romain Dumas")]

    said = run_query(db_url, EXAMPLE_QUERIES["quotes_of_speaker"], SEED_PARAMS["quotes_of_speaker"])
    expected = [q for q in seed.quotes if q.speaker == "Hartmut Kristen"]
    assert len(said) == len(expected) == 6
    assert [q["text"] for q in said] == [q.text for q in sorted(expected, key=lambda q: q.start)]
    assert {q["speaker"] for q in said} == {"Hartmut Kristen"}

    rows = run_query(db_url, EXAMPLE_QUERIES["results_of_event"], SEED_PARAMS["results_of_event"])
    assert len(rows) == 12
    assert [(r["session"], r["scope"], r["class"], r["position"]) for r in rows[:4]] == [
        ("race", "overall", None, 1),
        ("race", "overall", None, 2),
        ("race", "class", "GT2", 2),
        ("race", "class", "GT2", 3),
    ]
    assert rows[1]["crew"] == "Timo Bernhard / Romain Dumas" and rows[1]["gap_seconds"] == 0.41
    assert rows[-1]["session"] == "championship"


def test_manual_delete_cascades(db_url: str, seed: Document) -> None:
    """Users may delete a document by hand: ON DELETE CASCADE removes its facts too."""
    write_documents(db_url, [seed, _doc()])
    engine = open_database(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(dbmod.documents.delete().where(dbmod.documents.c.id == seed.document.id))
            conn.execute(insert(dbmod.documents).values(
                id="empty", fingerprint="x", loaded_at=dbmod._now()))
    finally:
        engine.dispose()
    counts = table_counts(db_url)
    assert counts["results"] == 2 and counts["quotes"] == 1 and counts["drivers"] == 3
    assert counts["documents"] == 2


def test_delete_document_removes_only_that_document(db_url: str, seed: Document) -> None:
    write_documents(db_url, [seed, _doc()])
    assert delete_document(db_url, seed.document.id) is True
    assert delete_document(db_url, seed.document.id) is False
    counts = table_counts(db_url)
    assert (counts["documents"], counts["results"], counts["quotes"]) == (1, 2, 1)
    # and it can be loaded again afterwards
    assert write_documents(db_url, [seed]).inserted == [seed.document.id]


def test_reports_never_show_the_password(db_url: str) -> None:
    report = write_documents(db_url, [_doc()])
    if "@" in db_url:
        password = db_url.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
        assert password and f":{password}@" not in report.database + report.summary()
        assert ":***@" in report.database
    assert display_url("postgresql+psycopg://u:secret@h/db") == "postgresql+psycopg://u:***@h/db"
