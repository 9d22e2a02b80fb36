"""The gold corpus: loading, splits and the consistency check of gold files.

``python -m pipeline.corpus check [corpus_dir]`` verifies every gold file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import ValidationError

from pipeline.records import Document

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


def load_gold(path: Path) -> Document:
    """Read and validate one gold file."""
    return Document.model_validate_json(Path(path).read_text(encoding="utf-8"))


def load_splits(corpus_dir: Path = CORPUS_DIR) -> dict[str, list[str]]:
    path = Path(corpus_dir) / "splits.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def check_gold(text: str, gold: Document) -> list[str]:
    """Problems of one gold document against its text (empty list: consistent)."""
    problems: list[str] = []

    def span_ok(where: str, start: int, end: int, expected: str) -> None:
        if text[start:end] != expected:
            problems.append(
                f"{where}: text[{start}:{end}] is {text[start:end]!r}, expected {expected!r}"
            )

    names = {d.name for d in gold.drivers}
    if len(names) != len(gold.drivers):
        problems.append("drivers: a name occurs twice")
    for i, d in enumerate(gold.drivers):
        if d.last_name not in d.name:
            problems.append(f"drivers[{i}]: last_name {d.last_name!r} not in name {d.name!r}")
        for j, m in enumerate(d.mentions):
            span_ok(f"drivers[{i}].mentions[{j}]", m.start, m.end, m.text)
    for kind in ("results", "gaps"):
        for i, rec in enumerate(getattr(gold, kind)):
            ev = rec.evidence
            span_ok(f"{kind}[{i}].evidence", ev.start, ev.end, ev.text)
    for i, r in enumerate(gold.results):
        for n in r.drivers:
            if n not in names:
                problems.append(f"results[{i}]: driver {n!r} is not in drivers")
    for i, c in enumerate(gold.cars):
        for n in c.drivers:
            if n not in names:
                problems.append(f"cars[{i}]: driver {n!r} is not in drivers")
    for i, g in enumerate(gold.gaps):
        for role in ("subject", "reference"):
            n = getattr(g, role)
            if n is not None and n not in names:
                problems.append(f"gaps[{i}].{role}: {n!r} is not in drivers")
    for i, q in enumerate(gold.quotes):
        span_ok(f"quotes[{i}]", q.start, q.end, q.text)
    return problems


def check_corpus(corpus_dir: Path = CORPUS_DIR) -> dict[str, list[str]]:
    """Check every gold file; returns {doc id: problems} for the files that have any."""
    corpus_dir = Path(corpus_dir)
    report: dict[str, list[str]] = {}
    for gold_path in sorted((corpus_dir / "gold").glob("*.json")):
        doc_id = gold_path.stem
        text_path = corpus_dir / "texts" / f"{doc_id}.txt"
        if not text_path.exists():
            report[doc_id] = [f"no text file {text_path}"]
            continue
        try:
            gold = load_gold(gold_path)
        except ValidationError as err:
            report[doc_id] = [f"invalid gold: {e['loc']}: {e['msg']}" for e in err.errors()]
            continue
        problems = check_gold(text_path.read_text(encoding="utf-8"), gold)
        if gold.document.id != doc_id:
            problems.append(f"document.id {gold.document.id!r} differs from file stem")
        if not gold.event.series:
            problems.append("event.series is not set")
        if problems:
            report[doc_id] = problems
    splits = load_splits(corpus_dir)
    ids = {p.stem for p in (corpus_dir / "gold").glob("*.json")}
    for split, members in splits.items():
        for m in members:
            if m not in ids:
                report.setdefault(m, []).append(f"listed in split {split!r} but has no gold")
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "check":
        sys.stderr.write("usage: python -m pipeline.corpus check [CORPUS_DIR]\n")
        return 2
    corpus_dir = Path(argv[1]) if len(argv) > 1 else CORPUS_DIR
    report = check_corpus(corpus_dir)
    for doc_id, problems in report.items():
        for p in problems:
            sys.stdout.write(f"{doc_id}: {p}\n")
    n = len(list((corpus_dir / "gold").glob("*.json")))
    sys.stdout.write(f"{n} gold files, {len(report)} with problems\n")
    return 1 if report else 0


if __name__ == "__main__":
    raise SystemExit(main())
