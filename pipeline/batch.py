"""Batches: expand inputs, extract what can be read, report what cannot — the batch always goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.api import extract_each
from pipeline.reading import Source, iter_sources
from pipeline.records import Document


@dataclass
class Outcome:
    source: Source
    document: Document | None = None
    error: str | None = None


def _unique_ids(sources: list[Source]) -> list[Source]:
    seen: dict[str, int] = {}
    out = []
    for s in sources:
        n = seen.get(s.id, 0) + 1
        seen[s.id] = n
        out.append(s if n == 1 else Source(f"{s.id}-{n}", s.source, s.text, s.error))
    return out


def run_batch(
    paths: Iterable[str | Path],
    model: str | None = None,
    n_process: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> Iterator[Outcome]:
    """Yield one Outcome per input, in order: a Document, or the error that names the file."""
    sources = _unique_ids(list(iter_sources(paths)))
    good = [s for s in sources if s.error is None]
    docs = extract_each(((s.id, s.text or "") for s in good), model=model, sources=[s.source for s in good], n_process=n_process)
    done = 0
    total = len(sources)
    for s in sources:
        if s.error is not None:
            outcome = Outcome(s, error=s.error)
        else:
            result = next(docs)
            if isinstance(result, Exception):
                outcome = Outcome(s, error=str(result))
            else:
                outcome = Outcome(s, document=result)
        done += 1
        if on_progress:
            on_progress(done, total)
        yield outcome
