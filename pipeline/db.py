"""Results database sink: extracted Documents into SQLite (default) or any SQLAlchemy 2 URL.

Every fact becomes a row that keeps its evidence (offsets and text) and a foreign key to
its document. Loading is idempotent: each document is written in one transaction, an
unchanged document (same id and fingerprint) is skipped, a changed one replaces its old
rows, and a failure leaves the database exactly as it was before that document.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError
from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from pipeline.errors import InputError, RennberichtError
from pipeline.records import Document

SCHEMA_VERSION = 1
"""Version of the table layout below; stored in ``schema_version``. Bump it and add a
migration to ``MIGRATIONS`` whenever the layout changes."""

DEFAULT_URL = "sqlite:///rennbericht.sqlite"
"""A SQLite file ``rennbericht.sqlite`` in the current directory."""


class DatabaseError(RennberichtError):
    """The database cannot be opened, is not a rennbericht database, or has an unknown schema."""


# --------------------------------------------------------------------------- schema

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_name)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s_%(column_1_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _document_fk() -> Column[str]:
    return Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def _evidence(nullable: bool, with_text: bool = True) -> list[Column[Any]]:
    cols: list[Column[Any]] = [
        Column("evidence_start", Integer, nullable=nullable),
        Column("evidence_end", Integer, nullable=nullable),
    ]
    if with_text:
        cols.append(Column("evidence_text", Text, nullable=nullable))
    return cols


_EVIDENCE_ORDERED = "evidence_end >= evidence_start"

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("source", String),
    Column("sha256", String),
    Column("fingerprint", String, nullable=False),
    Column("title", Text),
    Column("published", String),
    Column("pipeline_version", String),
    Column("pipeline_model", String),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "document_id",
        String,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("series", String),
    Column("season", Integer),
    Column("name", String),
    Column("venue", String),
    Column("location", String),
    Column("laps", Integer),
    Column("duration", String),
)

drivers = Table(
    "drivers",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("driver_key", String, nullable=False, index=True),
    Column("name", String, nullable=False),
    Column("first_name", String),
    Column("last_name", String, nullable=False),
    Column("origin", String),
    Column("rule", String),
    UniqueConstraint("document_id", "driver_key"),
)

driver_mentions = Table(
    "driver_mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    *_evidence(nullable=False),
    CheckConstraint(_EVIDENCE_ORDERED, name="evidence_ordered"),
)

cars = Table(
    "cars",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("number", String),
    Column("model", String),
    Column("manufacturer", String),
    Column("team", String),
    Column("class", String),
    Column("crew", Text, nullable=False),
    *_evidence(nullable=True),
    Column("rule", String),
    UniqueConstraint("document_id", "seq"),
    CheckConstraint(_EVIDENCE_ORDERED, name="evidence_ordered"),
)

car_drivers = Table(
    "car_drivers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("car_id", Integer, ForeignKey("cars.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("driver_name", String, nullable=False),
    Column("driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE")),
    UniqueConstraint("car_id", "seq"),
)

gaps = Table(
    "gaps",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("subject", String),
    Column("subject_driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE")),
    Column("reference", String),
    Column("reference_driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE")),
    Column("seconds", Float),
    Column("laps", Integer),
    *_evidence(nullable=False),
    Column("rule", String),
    UniqueConstraint("document_id", "seq"),
    CheckConstraint("(seconds IS NULL) <> (laps IS NULL)", name="one_measure"),
    CheckConstraint("seconds IS NULL OR seconds >= 0", name="seconds_positive"),
    CheckConstraint("laps IS NULL OR laps >= 1", name="laps_positive"),
    CheckConstraint(_EVIDENCE_ORDERED, name="evidence_ordered"),
)

results = Table(
    "results",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("session", String, nullable=False),
    Column("scope", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("position_text", String, nullable=False),
    Column("class", String),
    Column("class_position", Integer),
    Column("car_number", String),
    Column("car", String),
    Column("team", String),
    Column("crew", Text, nullable=False),
    Column("laps", Integer),
    Column("gap_seconds", Float),
    Column("gap_laps", Integer),
    Column("car_id", Integer, ForeignKey("cars.id", ondelete="CASCADE")),
    Column("gap_id", Integer, ForeignKey("gaps.id", ondelete="CASCADE")),
    *_evidence(nullable=False),
    Column("rule", String),
    UniqueConstraint("document_id", "seq"),
    CheckConstraint("session IN ('race', 'qualifying', 'championship')", name="session"),
    CheckConstraint("scope IN ('overall', 'class')", name="scope"),
    CheckConstraint("position >= 1", name="position_positive"),
    CheckConstraint(_EVIDENCE_ORDERED, name="evidence_ordered"),
)

result_drivers = Table(
    "result_drivers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("result_id", Integer, ForeignKey("results.id", ondelete="CASCADE"), nullable=False),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("driver_name", String, nullable=False),
    Column("driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE")),
    UniqueConstraint("result_id", "seq"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker", String),
    Column("speaker_key", String, index=True),
    Column("speaker_driver_id", Integer, ForeignKey("drivers.id", ondelete="CASCADE")),
    Column("speaker_role", String),
    Column("cue", String),
    *_evidence(nullable=False, with_text=False),
    Column("rule", String),
    UniqueConstraint("document_id", "seq"),
    CheckConstraint(_EVIDENCE_ORDERED, name="evidence_ordered"),
)

TABLES: tuple[str, ...] = (
    "documents",
    "events",
    "drivers",
    "driver_mentions",
    "cars",
    "car_drivers",
    "gaps",
    "results",
    "result_drivers",
    "quotes",
)
"""The data tables, parents before children (``schema_version`` aside)."""

MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
"""``MIGRATIONS[v](conn)`` upgrades a database from schema version ``v`` to ``v + 1``."""


# --------------------------------------------------------------------------- example queries

EXAMPLE_QUERIES: dict[str, str] = {
    "class_wins_of_driver": """\
SELECT e.series, e.season, e.venue, r.class, d.name, r.crew, r.evidence_text
FROM drivers AS d
JOIN result_drivers AS rd ON rd.driver_id = d.id
JOIN results AS r ON r.id = rd.result_id
JOIN events AS e ON e.document_id = r.document_id
WHERE d.driver_key = :driver_key
  AND r.session = 'race' AND r.scope = 'class' AND r.class_position = 1
ORDER BY e.season, e.series, e.venue""",
    "quotes_of_speaker": """\
SELECT q.document_id, q.speaker, q.speaker_role, q.cue, q.text, q.evidence_start
FROM quotes AS q
WHERE q.speaker_key = :speaker_key
ORDER BY q.document_id, q.evidence_start""",
    "results_of_event": """\
SELECT r.session, r.scope, r.class, r.position, r.crew, r.car_number, r.team,
       r.laps, r.gap_seconds
FROM results AS r
JOIN events AS e ON e.document_id = r.document_id
WHERE e.series = :series AND e.season = :season AND e.venue = :venue
ORDER BY CASE r.session WHEN 'race' THEN 1 WHEN 'qualifying' THEN 2 ELSE 3 END,
         CASE r.scope WHEN 'overall' THEN 1 ELSE 2 END,
         COALESCE(r.class, ''), r.position""",
}
"""The example queries of ``docs/database.md`` (kept here so the tests run exactly them)."""


# --------------------------------------------------------------------------- keys

_TRANSLIT = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)  # casefolded letters that NFKD does not split into base letter + accent


def driver_key(name: str) -> str:
    """Stable key of a person's full name: casefolded, accents stripped, spaces to hyphens.

    ``"Jörg Bergmeister"`` and ``"Jorg  Bergmeister"`` both give ``"jorg-bergmeister"``;
    apostrophes are dropped, other punctuation separates words
    (``"A. J. Allmendinger"`` -> ``"a-j-allmendinger"``).
    """
    folded = unicodedata.normalize("NFKD", name).casefold()
    folded = unicodedata.normalize("NFKD", folded).translate(_TRANSLIT)
    base = "".join(ch for ch in folded if not unicodedata.combining(ch))
    base = re.sub(r"['’`´]", "", base)  # O'Connell -> oconnell, d’Ambrosio -> dambrosio
    words = re.sub(r"[^\w\s-]", " ", base).replace("_", " ").split()
    return re.sub(r"-{2,}", "-", "-".join(words)).strip("-")


def document_fingerprint(doc: Document) -> str:
    """What decides whether a stored document is the same: its sha256, else a hash of its JSON."""
    if doc.document.sha256:
        return f"sha256:{doc.document.sha256}"
    canonical = json.dumps(
        doc.model_dump(mode="json", by_alias=True),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return "json:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class LoadFailure:
    """One input that did not land: ``where`` is ``file:line`` or the document id."""

    where: str
    message: str
    document_id: str | None = None

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


Outcome = Literal["inserted", "replaced", "unchanged"]


@dataclass
class LoadReport:
    """What one load did, document by document."""

    database: str
    inserted: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def written(self) -> int:
        return len(self.inserted) + len(self.replaced)

    def summary(self) -> str:
        done = len(self.inserted) + len(self.replaced) + len(self.unchanged)
        return (
            f"{done} document(s) into {self.database}: {len(self.inserted)} new, "
            f"{len(self.replaced)} replaced, {len(self.unchanged)} unchanged; "
            f"{len(self.failures)} failed"
        )


# --------------------------------------------------------------------------- engine & schema


def resolve_url(db: str | Path) -> str:
    """A SQLAlchemy URL for ``db``: URLs pass through, anything else is a SQLite file path."""
    value = str(db)
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def display_url(url: str) -> str:
    """``url`` with its password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Autocommit at the driver level so SQLAlchemy's own BEGIN (below) is the only one.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Take the write lock at the start, so the "is it stored already?" check and the
    # writes that follow it are one atomic step even with a second writer.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(db: str | Path = DEFAULT_URL) -> Engine:
    """An engine on ``db`` with the rennbericht schema in place (created on first use).

    Raises :class:`DatabaseError` when the URL is invalid, its driver is missing, the server
    cannot be reached, or the database holds other tables or a schema of another version.
    """
    url = resolve_url(db)
    shown = display_url(url)
    try:
        engine = create_engine(url)
    except (ArgumentError, NoSuchModuleError) as err:
        raise DatabaseError(f"invalid database URL {shown!r}: {err}") from err
    except ModuleNotFoundError as err:
        raise DatabaseError(
            f"the driver for {shown!r} is not installed ({err.name}); for PostgreSQL "
            'install the extra: pip install "rennbericht[postgres]"'
        ) from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        _ensure_schema(engine, shown)
    except SQLAlchemyError as err:
        engine.dispose()
        raise DatabaseError(f"cannot open database {shown}: {_short(err)}") from err
    except DatabaseError:
        engine.dispose()
        raise
    return engine


def _ensure_schema(engine: Engine, shown: str) -> None:
    with engine.begin() as conn:
        existing = set(inspect(conn).get_table_names())
        if "schema_version" not in existing:
            clash = sorted(existing & set(TABLES))
            if clash:
                raise DatabaseError(
                    f"database {shown} already has table(s) {', '.join(clash)} but no "
                    "schema_version table: not a rennbericht database; use another database"
                )
            metadata.create_all(conn)
            conn.execute(insert(schema_version).values(version=SCHEMA_VERSION, applied_at=_now()))
            return
        version = conn.execute(select(func.max(schema_version.c.version))).scalar_one()
        if version is None:
            raise DatabaseError(f"database {shown}: table schema_version is empty")
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"database {shown} has schema version {version}, newer than this "
                f"rennbericht understands ({SCHEMA_VERSION}); upgrade rennbericht"
            )
        while version < SCHEMA_VERSION:
            migrate = MIGRATIONS.get(version)
            if migrate is None:
                raise DatabaseError(
                    f"database {shown} has schema version {version} and there is no "
                    f"migration from it to {SCHEMA_VERSION}"
                )
            migrate(conn)
            version += 1
            conn.execute(insert(schema_version).values(version=version, applied_at=_now()))


def _now() -> datetime:
    return datetime.now(UTC)


def _short(err: SQLAlchemyError) -> str:
    """The driver's own message, without SQLAlchemy's statement dump and help link."""
    orig = getattr(err, "orig", None)
    msg = str(orig if orig is not None else err).strip()
    return msg.splitlines()[0] if msg else type(err).__name__


# --------------------------------------------------------------------------- writing


def write_documents(db: str | Path, documents: Iterable[Document]) -> LoadReport:
    """Write ``documents`` into the database at ``db`` (URL or SQLite path), each atomically.

    A document whose database write fails is reported in ``LoadReport.failures`` and the
    rest still load. Raises :class:`DatabaseError` only when the database cannot be opened.
    """
    return _load(db, ((doc.document.id, doc) for doc in documents))


def load_jsonl(db: str | Path, path: str | Path) -> LoadReport:
    """Load a JSONL file of Documents (one ``Document.model_dump_json()`` per line).

    Lines that are not JSON or not a valid Document are reported as ``file:line`` failures;
    every other line is still loaded. Raises :class:`InputError` if the file cannot be opened
    and :class:`DatabaseError` if the database cannot.
    """
    return _load(db, read_jsonl(path))


def read_jsonl(path: str | Path) -> Iterator[tuple[str, Document | LoadFailure]]:
    """``(file:line, Document or LoadFailure)`` for every non-blank line of ``path``."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot open {path}: {err.strerror or err}") from err
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            where = f"{path}:{lineno}"
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield where, LoadFailure(where, f"not UTF-8 ({err.reason} at byte {err.start})")
                continue
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield where, LoadFailure(where, f"invalid JSON: {err.msg} (column {err.colno})")
                continue
            try:
                yield where, Document.model_validate(data)
            except ValidationError as err:
                yield where, LoadFailure(
                    where, f"invalid record: {_validation_summary(err)}", _doc_id_of(data)
                )


def _validation_summary(err: ValidationError) -> str:
    parts = []
    for item in err.errors(include_url=False)[:5]:
        loc = ".".join(str(p) for p in item["loc"]) or "(document)"
        parts.append(f"{loc}: {item['msg']}")
    more = err.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def _doc_id_of(data: Any) -> str | None:
    if isinstance(data, dict) and isinstance(data.get("document"), dict):
        doc_id = data["document"].get("id")
        return doc_id if isinstance(doc_id, str) else None
    return None


def _load(db: str | Path, items: Iterable[tuple[str, Document | LoadFailure]]) -> LoadReport:
    engine = open_database(db)
    report = LoadReport(database=display_url(str(engine.url)))
    try:
        for where, item in items:
            if isinstance(item, LoadFailure):
                report.failures.append(item)
                continue
            try:
                outcome = write_document(engine, item)
            except SQLAlchemyError as err:
                report.failures.append(
                    LoadFailure(
                        where,
                        f"document {item.document.id!r} not written, database unchanged: "
                        f"{_short(err)}",
                        item.document.id,
                    )
                )
                continue
            getattr(report, outcome).append(item.document.id)
    finally:
        engine.dispose()
    return report


def write_document(engine: Engine, doc: Document) -> Outcome:
    """Write one document in one transaction; ``"unchanged"`` if it is stored already.

    On any exception the transaction is rolled back, so the database keeps what it held
    before (including an older version of this document).
    """
    fingerprint = document_fingerprint(doc)
    doc_id = doc.document.id
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Serialise concurrent loads of the same document id for this transaction.
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": doc_id})
        stored = conn.execute(
            select(documents.c.fingerprint).where(documents.c.id == doc_id)
        ).scalar_one_or_none()
        if stored == fingerprint:
            return "unchanged"
        if stored is not None:
            _delete_document(conn, doc_id)
        _insert_document(conn, doc, fingerprint)
        return "inserted" if stored is None else "replaced"


def delete_document(db: str | Path, doc_id: str) -> bool:
    """Remove one document and all its rows; ``False`` if it was not stored."""
    engine = open_database(db)
    try:
        with engine.begin() as conn:
            found = conn.execute(
                select(documents.c.id).where(documents.c.id == doc_id)
            ).first()
            if found is not None:
                _delete_document(conn, doc_id)
            return found is not None
    finally:
        engine.dispose()


def _delete_document(conn: Connection, doc_id: str) -> None:
    # Children first, so this works without ON DELETE CASCADE support too.
    for name in reversed(TABLES):
        table = metadata.tables[name]
        column = table.c.id if name == "documents" else table.c.document_id
        conn.execute(delete(table).where(column == doc_id))


class _DriverIndex:
    """Resolves names used in results, cars, gaps and quotes to driver rows of one document."""

    def __init__(self, names: Sequence[str], ids: Sequence[int]) -> None:
        self._by_name = dict(zip(names, ids, strict=True))
        self._by_key = {driver_key(n): i for n, i in zip(names, ids, strict=True)}

    def get(self, name: str | None) -> int | None:
        if not name:
            return None
        found = self._by_name.get(name)
        return found if found is not None else self._by_key.get(driver_key(name))


def _insert_document(conn: Connection, doc: Document, fingerprint: str) -> None:
    info = doc.document
    doc_id = info.id
    conn.execute(
        insert(documents).values(
            id=doc_id,
            source=info.source,
            sha256=info.sha256,
            fingerprint=fingerprint,
            title=info.title,
            published=info.published,
            pipeline_version=doc.pipeline.version if doc.pipeline else None,
            pipeline_model=doc.pipeline.model if doc.pipeline else None,
            loaded_at=_now(),
        )
    )
    event_info = doc.event
    conn.execute(
        insert(events).values(
            document_id=doc_id,
            series=event_info.series,
            season=event_info.season,
            name=event_info.name,
            venue=event_info.venue,
            location=event_info.location,
            laps=event_info.laps,
            duration=event_info.duration,
        )
    )
    index = _insert_drivers(conn, doc)
    car_ids = _insert_cars(conn, doc, index)
    gap_ids = _insert_gaps(conn, doc, index)
    _insert_results(conn, doc, index, car_ids, gap_ids)
    _insert_quotes(conn, doc, index)


def _returning_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())


def _evidence_values(span: Any) -> dict[str, Any]:
    if span is None:
        return {"evidence_start": None, "evidence_end": None, "evidence_text": None}
    return {"evidence_start": span.start, "evidence_end": span.end, "evidence_text": span.text}


def _insert_drivers(conn: Connection, doc: Document) -> _DriverIndex:
    doc_id = doc.document.id
    rows = [
        {
            "document_id": doc_id,
            "seq": seq,
            "driver_key": driver_key(d.name),
            "name": d.name,
            "first_name": d.first_name,
            "last_name": d.last_name,
            "origin": d.origin,
            "rule": d.rule,
        }
        for seq, d in enumerate(doc.drivers)
    ]
    ids = _returning_ids(conn, drivers, rows)
    mentions = [
        {"driver_id": driver_id, "document_id": doc_id, "seq": seq, **_evidence_values(span)}
        for driver_id, d in zip(ids, doc.drivers, strict=True)
        for seq, span in enumerate(d.mentions)
    ]
    if mentions:
        conn.execute(insert(driver_mentions), mentions)
    return _DriverIndex([d.name for d in doc.drivers], ids)


def _crew(names: Sequence[str]) -> str:
    return " / ".join(names)


def _insert_cars(conn: Connection, doc: Document, index: _DriverIndex) -> list[int]:
    doc_id = doc.document.id
    rows = [
        {
            "document_id": doc_id,
            "seq": seq,
            "number": c.number,
            "model": c.model,
            "manufacturer": c.manufacturer,
            "team": c.team,
            "class": c.class_,
            "crew": _crew(c.drivers),
            **_evidence_values(c.evidence),
            "rule": c.rule,
        }
        for seq, c in enumerate(doc.cars)
    ]
    ids = _returning_ids(conn, cars, rows)
    links = [
        {
            "car_id": car_id,
            "document_id": doc_id,
            "seq": seq,
            "driver_name": name,
            "driver_id": index.get(name),
        }
        for car_id, c in zip(ids, doc.cars, strict=True)
        for seq, name in enumerate(c.drivers)
    ]
    if links:
        conn.execute(insert(car_drivers), links)
    return ids


def _insert_gaps(conn: Connection, doc: Document, index: _DriverIndex) -> list[int]:
    rows = [
        {
            "document_id": doc.document.id,
            "seq": seq,
            "subject": g.subject,
            "subject_driver_id": index.get(g.subject),
            "reference": g.reference,
            "reference_driver_id": index.get(g.reference),
            "seconds": g.seconds,
            "laps": g.laps,
            **_evidence_values(g.evidence),
            "rule": g.rule,
        }
        for seq, g in enumerate(doc.gaps)
    ]
    return _returning_ids(conn, gaps, rows)


def _insert_results(
    conn: Connection,
    doc: Document,
    index: _DriverIndex,
    car_ids: Sequence[int],
    gap_ids: Sequence[int],
) -> None:
    doc_id = doc.document.id
    rows = []
    for seq, r in enumerate(doc.results):
        gap_at = _gap_to_winner(doc, seq)
        gap = doc.gaps[gap_at] if gap_at is not None else None
        car_at = _car_of(doc, seq)
        rows.append(
            {
                "document_id": doc_id,
                "seq": seq,
                "session": r.session,
                "scope": r.scope,
                "position": r.position,
                "position_text": str(r.position),
                "class": r.class_,
                "class_position": r.position if r.scope == "class" else None,
                "car_number": r.car_number,
                "car": r.car,
                "team": r.team,
                "crew": _crew(r.drivers),
                "laps": _laps_completed(doc, seq, gap),
                "gap_seconds": gap.seconds if gap else None,
                "gap_laps": gap.laps if gap else None,
                "car_id": car_ids[car_at] if car_at is not None else None,
                "gap_id": gap_ids[gap_at] if gap_at is not None else None,
                **_evidence_values(r.evidence),
                "rule": r.rule,
            }
        )
    ids = _returning_ids(conn, results, rows)
    links = [
        {
            "result_id": result_id,
            "document_id": doc_id,
            "seq": seq,
            "driver_name": name,
            "driver_id": index.get(name),
        }
        for result_id, r in zip(ids, doc.results, strict=True)
        for seq, name in enumerate(r.drivers)
    ]
    if links:
        conn.execute(insert(result_drivers), links)


def _insert_quotes(conn: Connection, doc: Document, index: _DriverIndex) -> None:
    rows = [
        {
            "document_id": doc.document.id,
            "seq": seq,
            "text": q.text,
            "speaker": q.speaker,
            "speaker_key": driver_key(q.speaker) if q.speaker else None,
            "speaker_driver_id": index.get(q.speaker),
            "speaker_role": q.speaker_role,
            "cue": q.cue,
            "evidence_start": q.start,
            "evidence_end": q.end,
            "rule": q.rule,
        }
        for seq, q in enumerate(doc.quotes)
    ]
    if rows:
        conn.execute(insert(quotes), rows)


# --------------------------------------------------------------------------- derived columns


def _same_classification(a: Any, b: Any) -> bool:
    return a.session == b.session and a.scope == b.scope and (
        a.scope == "overall" or a.class_ == b.class_
    )


def _gap_to_winner(doc: Document, result_at: int) -> int | None:
    """Index of the gap that measures this race result against the winner of its classification.

    That is the Ergast ``time`` of a non-winner: the gap's subject is in this crew and its
    reference is in the crew placed first in the same session, scope and class.
    """
    result = doc.results[result_at]
    if result.session != "race" or result.position == 1:
        return None
    winners = [
        w for w in doc.results if w.position == 1 and _same_classification(w, result)
    ]
    for gap_at, gap in enumerate(doc.gaps):
        if gap.subject in result.drivers and any(gap.reference in w.drivers for w in winners):
            return gap_at
    return None


def _laps_completed(doc: Document, result_at: int, gap: Any) -> int | None:
    """Laps of an overall race result when certain: the winner ran the stated race distance,
    a crew seconds behind it ran as many laps, a crew N laps behind ran N fewer."""
    result = doc.results[result_at]
    total = doc.event.laps
    if total is None or result.session != "race" or result.scope != "overall":
        return None
    if result.position == 1:
        return total
    if gap is None:
        return None
    if gap.laps is not None:
        return total - gap.laps if total > gap.laps else None
    return total


def _car_of(doc: Document, result_at: int) -> int | None:
    """Index of the car this result belongs to: same number, else the same crew (when unique)."""
    result = doc.results[result_at]
    if result.car_number is not None:
        matches = [i for i, c in enumerate(doc.cars) if c.number == result.car_number]
    else:
        crew = set(result.drivers)
        matches = (
            [i for i, c in enumerate(doc.cars) if crew and set(c.drivers) == crew]
            if result.session != "championship"
            else []
        )
    return matches[0] if len(matches) == 1 else None


# --------------------------------------------------------------------------- reading back


def table_counts(db: str | Path | Engine) -> dict[str, int]:
    """Row count of every data table."""
    engine = db if isinstance(db, Engine) else open_database(db)
    try:
        with engine.connect() as conn:
            return {
                name: conn.execute(
                    select(func.count()).select_from(metadata.tables[name])
                ).scalar_one()
                for name in TABLES
            }
    finally:
        if engine is not db:
            engine.dispose()


def run_query(
    db: str | Path | Engine, sql: str, params: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Rows of one SQL query (e.g. an entry of :data:`EXAMPLE_QUERIES`) as dicts."""
    engine = db if isinstance(db, Engine) else open_database(db)
    try:
        with engine.connect() as conn:
            return [dict(row) for row in conn.execute(text(sql), params or {}).mappings()]
    finally:
        if engine is not db:
            engine.dispose()
