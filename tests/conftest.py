"""Shared fixtures: the spaCy pipeline is built once per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from pipeline.records import Document


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: starts worker processes or reads many files (~20 s)")


@pytest.fixture(scope="session")
def nlp():
    """The rennbericht pipeline (default model), loaded once for the whole session."""
    from pipeline.nlp import load_pipeline

    return load_pipeline()


def iter_spans(doc: Document) -> Iterator[tuple[str, int, int, str]]:
    """Every (what, start, end, text) that claims to stand at offsets in the input."""
    for d in doc.drivers:
        for m in d.mentions:
            yield f"driver {d.name} mention", m.start, m.end, m.text
    for c in doc.cars:
        if c.evidence is not None:
            yield f"car {c.number} evidence", c.evidence.start, c.evidence.end, c.evidence.text
    for r in doc.results:
        yield f"result {r.session}/{r.scope}/{r.position} evidence", r.evidence.start, r.evidence.end, r.evidence.text
    for g in doc.gaps:
        yield f"gap {g.subject} evidence", g.evidence.start, g.evidence.end, g.evidence.text
    for q in doc.quotes:
        yield f"quote by {q.speaker}", q.start, q.end, q.text


def offset_errors(text: str, doc: Document) -> list[str]:
    """Records whose offsets do not point at their own text in ``text``."""
    bad = []
    for what, start, end, span_text in iter_spans(doc):
        if not (0 <= start <= end <= len(text)) or text[start:end] != span_text:
            bad.append(f"{what}: [{start}:{end}] is {text[start:end]!r}, record says {span_text!r}")
    return bad


@pytest.fixture(scope="session")
def extract_doc(nlp) -> Callable[..., Document]:
    """``extract_doc(text, id="t")`` -> Document, through the session pipeline (results cached per text)."""
    from pipeline import extract

    cache: dict[tuple[str, str], Document] = {}

    def run(text: str, id: str = "t") -> Document:
        key = (id, text)
        if key not in cache:
            cache[key] = extract(text, id=id)
        return cache[key]

    return run


@pytest.fixture(scope="session")
def check_offsets() -> Callable[[str, Document], list[str]]:
    """``check_offsets(text, doc)`` -> list of offset errors (empty when every span matches the input)."""
    return offset_errors
