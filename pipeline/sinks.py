"""Sinks: JSONL / JSON / CSV writers, written atomically (a temp file renamed into place)."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TextIO

from pipeline.records import Document


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


CSV_COLUMNS = [
    "document", "record", "session", "scope", "class", "position", "drivers", "car_number", "car", "team",
    "subject", "reference", "seconds", "laps", "speaker", "speaker_role", "text", "start", "end", "rule",
]


def csv_rows(doc: Document) -> Iterable[dict]:
    """One flat row per fact (driver, car, result, gap, quote) for spreadsheets."""
    did = doc.document.id
    for d in doc.drivers:
        first = d.mentions[0] if d.mentions else None
        yield {"document": did, "record": "driver", "drivers": d.name, "text": d.origin or "",
               "start": first.start if first else "", "end": first.end if first else "", "rule": d.rule}
    for c in doc.cars:
        yield {"document": did, "record": "car", "class": c.class_, "drivers": "; ".join(c.drivers),
               "car_number": c.number, "car": c.model, "team": c.team,
               "text": c.evidence.text if c.evidence else "", "start": c.evidence.start if c.evidence else "",
               "end": c.evidence.end if c.evidence else "", "rule": c.rule}
    for r in doc.results:
        yield {"document": did, "record": "result", "session": r.session, "scope": r.scope, "class": r.class_,
               "position": r.position, "drivers": "; ".join(r.drivers), "car_number": r.car_number, "car": r.car,
               "team": r.team, "text": r.evidence.text, "start": r.evidence.start, "end": r.evidence.end,
               "rule": r.rule}
    for g in doc.gaps:
        yield {"document": did, "record": "gap", "subject": g.subject, "reference": g.reference,
               "seconds": g.seconds, "laps": g.laps, "text": g.evidence.text, "start": g.evidence.start,
               "end": g.evidence.end, "rule": g.rule}
    for q in doc.quotes:
        yield {"document": did, "record": "quote", "speaker": q.speaker, "speaker_role": q.speaker_role,
               "text": q.text, "start": q.start, "end": q.end, "rule": q.rule}


def write_documents(docs: Iterable[Document], out: TextIO, fmt: OutputFormat) -> int:
    """Write documents to an open text stream; returns how many were written."""
    n = 0
    if fmt == OutputFormat.jsonl:
        for d in docs:
            out.write(d.model_dump_json() + "\n")
            n += 1
    elif fmt == OutputFormat.json:
        items = [d.model_dump(mode="json") for d in docs]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n = len(items)
    else:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for d in docs:
            for row in csv_rows(d):
                writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
            n += 1
    return n


def write_atomic(path: Path, docs: Iterable[Document], fmt: OutputFormat) -> int:
    """Write to ``path`` through a temp file in the same folder; on error the old file stays untouched."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            n = write_documents(docs, fh, fmt)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n


def dumps(docs: Iterable[Document], fmt: OutputFormat) -> str:
    buf = io.StringIO()
    write_documents(docs, buf, fmt)
    return buf.getvalue()
