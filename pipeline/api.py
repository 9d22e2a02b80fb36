"""The Python entry points: ``extract(text, id=...)`` and ``extract_many(items)``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.records import Document, DocumentInfo


def extract(text: str, id: str = "doc", source: str | None = None, model: str | None = None) -> Document:
    """Extract the records of one German press release.

    Placeholder until the spine lands: returns an empty, valid Document.
    """
    return Document(document=DocumentInfo(id=id, source=source))


def extract_many(
    items: Iterable[tuple[str, str]], model: str | None = None
) -> Iterator[Document]:
    """Extract many releases given as ``(id, text)`` pairs, in order (batched through ``nlp.pipe``)."""
    for doc_id, text in items:
        yield extract(text, id=doc_id, model=model)
