"""The Python entry points: ``extract(text, id=...)`` and ``extract_many(items)``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline import __version__
from pipeline.assemble import assemble
from pipeline.errors import ExtractionError
from pipeline.nlp import load_pipeline, model_label
from pipeline.reading import normalize, sha256
from pipeline.records import Document, DocumentInfo, PipelineInfo


def extract(text: str, id: str = "doc", source: str | None = None, model: str | None = None) -> Document:
    """Extract the records of one German press release; offsets refer to ``text`` as given."""
    return next(extract_many([(id, text)], model=model, sources=[source]))


def extract_many(
    items: Iterable[tuple[str, str]],
    model: str | None = None,
    sources: Iterable[str | None] | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Document]:
    """Extract many releases given as ``(id, text)`` pairs, in order, batched through ``nlp.pipe``."""
    for result in extract_each(items, model=model, sources=sources, batch_size=batch_size, n_process=n_process):
        if isinstance(result, Exception):
            raise result
        yield result


def extract_each(
    items: Iterable[tuple[str, str]],
    model: str | None = None,
    sources: Iterable[str | None] | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[Document | ExtractionError]:
    """Like :func:`extract_many`, but a document whose extraction fails yields its error and the rest go on."""
    nlp = load_pipeline(model)
    info = PipelineInfo(version=__version__, model=model_label(nlp))
    items = list(items)
    source_list = list(sources) if sources is not None else [None] * len(items)
    norms = [normalize(text) for _id, text in items]
    with nlp.memory_zone() if n_process == 1 else _nullcontext():
        docs = nlp.pipe((n.text for n in norms), batch_size=batch_size, n_process=n_process)
        for (doc_id, text), norm, src, doc in zip(items, norms, source_list, docs):
            meta = DocumentInfo(id=doc_id, source=src, sha256=sha256(text), title=_title(text))
            try:
                yield assemble(doc, norm, meta, info)
            except Exception as err:  # noqa: BLE001  one document's failure must not sink the batch
                failure = ExtractionError(f"{src or doc_id}: extraction failed ({type(err).__name__}: {err})")
                failure.__cause__ = err  # (its traceback shows where the extractor failed)
                yield failure


def _title(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 160 and not first.endswith((".", ":", "“", "\"")) and "\n" in text.strip():
        return first
    return None


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
