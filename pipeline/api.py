"""The Python entry point: ``extract(text, id=...)`` -> :class:`pipeline.records.Document`."""

from __future__ import annotations

from pipeline.records import Document, DocumentInfo


def extract(text: str, id: str = "doc", source: str | None = None, model: str | None = None) -> Document:
    """Extract the records of one German press release.

    Placeholder until the spine lands: returns an empty, valid Document.
    """
    return Document(document=DocumentInfo(id=id, source=source))
