"""Conversions of the NER training data (GermEval 2014, MobIE) into spaCy DocBins.

Label policy (see models/de_rennbericht/README.md):

* GermEval 2014: the OUTER label column (second column) is used; ``OTH`` becomes ``MISC``
  and every ``*deriv`` / ``*part`` subtype becomes ``O``.
* MobIE: ``person`` -> PER, ``organization*`` -> ORG, ``location*`` -> LOC, everything
  else (dates, triggers, numbers, ...) -> O.
* Soft hyphens (U+00AD) are stripped from every token; a token that would become empty
  is dropped.

Gold tokens are kept as they are (one spaCy token per corpus token, a space after each).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab
from spacy.training.iob_utils import iob_to_biluo, biluo_tags_to_spans

from pipeline.errors import RennberichtError

LABELS = ("PER", "LOC", "ORG", "MISC")
SOFT_HYPHEN = "\u00ad"


class TrainingDataError(RennberichtError):
    """A training data file is missing or malformed; the message names file and line."""


@dataclass(frozen=True)
class Sentence:
    """One gold sentence: tokens plus IOB2 tags over PER/LOC/ORG/MISC."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


def map_germeval_label(label: str) -> str:
    """Map one GermEval 2014 outer IOB2 label onto our label set."""
    if label == "O":
        return "O"
    prefix, _, etype = label.partition("-")
    if prefix not in ("B", "I") or not etype:
        raise ValueError(f"not an IOB2 label: {label!r}")
    if etype.endswith("deriv") or etype.endswith("part"):
        return "O"
    if etype == "OTH":
        etype = "MISC"
    if etype not in LABELS:
        raise ValueError(f"unknown GermEval entity type {etype!r}")
    return f"{prefix}-{etype}"


def map_mobie_label(label: str) -> str:
    """Map one MobIE IOB2 label onto our label set."""
    if label == "O":
        return "O"
    prefix, _, etype = label.partition("-")
    if prefix not in ("B", "I") or not etype:
        raise ValueError(f"not an IOB2 label: {label!r}")
    if etype == "person":
        return f"{prefix}-PER"
    if etype.startswith("organization"):
        return f"{prefix}-ORG"
    if etype.startswith("location"):
        return f"{prefix}-LOC"
    return "O"


def repair_iob(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of its type into B- (after mapping,
    e.g. ``B-ORGpart I-ORG`` cannot happen in GermEval, but mapped MobIE types can merge)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def _clean_token(token: str) -> str:
    return token.replace(SOFT_HYPHEN, "")


def _finish(words: list[str], tags: list[str]) -> Sentence | None:
    kept = [(w, t) for w, t in zip(words, tags) if w]
    if not kept:
        return None
    ws, ts = zip(*kept)
    return Sentence(tuple(ws), tuple(repair_iob(list(ts))))


def read_germeval(path: Path | str) -> Iterator[Sentence]:
    """Read a GermEval 2014 file (token TAB outer TAB nested, blank line between sentences)."""
    path = Path(path)
    if not path.is_file():
        raise TrainingDataError(f"GermEval file not found: {path}")
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sent = _finish(words, tags)
                    if sent:
                        yield sent
                words, tags = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise TrainingDataError(f"{path}:{lineno}: expected 'token<TAB>label', got {line!r}")
            try:
                tag = map_germeval_label(cols[1])
            except ValueError as exc:
                raise TrainingDataError(f"{path}:{lineno}: {exc}") from exc
            words.append(_clean_token(cols[0]))
            tags.append(tag)
    if words:
        sent = _finish(words, tags)
        if sent:
            yield sent


def read_mobie(path: Path | str) -> Iterator[Sentence]:
    """Read a MobIE CoNLL-2003 file (token POS chunk label; -DOCSTART- lines skipped)."""
    path = Path(path)
    if not path.is_file():
        raise TrainingDataError(f"MobIE file not found: {path}")
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if words:
                    sent = _finish(words, tags)
                    if sent:
                        yield sent
                words, tags = [], []
                continue
            if len(cols) < 2:
                raise TrainingDataError(f"{path}:{lineno}: expected 'token ... label', got {line!r}")
            try:
                tag = map_mobie_label(cols[-1])
            except ValueError as exc:
                raise TrainingDataError(f"{path}:{lineno}: {exc}") from exc
            words.append(_clean_token(cols[0]))
            tags.append(tag)
    if words:
        sent = _finish(words, tags)
        if sent:
            yield sent


def sentence_to_doc(vocab: Vocab, sent: Sentence) -> Doc:
    """A Doc with the sentence's gold tokens and its entities set."""
    doc = Doc(vocab, words=list(sent.words), spaces=[True] * len(sent.words))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(list(sent.tags)))
    return doc


def write_docbin(sentences: Iterable[Sentence], out_path: Path | str, vocab: Vocab | None = None) -> int:
    """Write sentences to a ``.spacy`` DocBin; returns the number of docs written."""
    vocab = vocab or Vocab()
    db = DocBin(store_user_data=False)
    n = 0
    for sent in sentences:
        db.add(sentence_to_doc(vocab, sent))
        n += 1
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out_path)
    return n


def germeval_paths(data_dir: Path | str) -> dict[str, Path]:
    """train/dev/test paths of GermEval 2014 under the shared data directory."""
    base = Path(data_dir) / "germeval2014"
    return {split: base / f"{split}.tsv" for split in ("train", "dev", "test")}


def mobie_paths(data_dir: Path | str) -> dict[str, Path]:
    """train/dev/test paths of MobIE under the shared data directory."""
    base = Path(data_dir) / "mobie"
    return {split: base / f"{split}.conll2003" for split in ("train", "dev", "test")}
