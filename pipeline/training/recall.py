"""PER recall of a NER model on the gold drivers of the rennbericht corpus.

A gold driver (``drivers[].name`` of ``corpus/gold/<id>.json``) counts when its last name
occurs in the text; it is *found* when at least one occurrence of the last name (optionally
with a genitive ``s``/``'``) lies inside an entity labelled PER by the model alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.training.data import TrainingDataError


@dataclass
class RecallReport:
    """Recall figures for one split."""

    split: str
    n_docs: int = 0
    n_drivers: int = 0  # drivers whose last name occurs in the text
    n_found: int = 0
    n_absent: int = 0  # gold drivers whose last name does not occur in the text
    missed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, driver name)
    n_unlisted: int = 0  # counted drivers that are not in the training name list
    n_unlisted_found: int = 0

    @property
    def recall(self) -> float:
        return self.n_found / self.n_drivers if self.n_drivers else float("nan")

    @property
    def recall_unlisted(self) -> float:
        """Recall on drivers absent from ``racing_names.txt`` (names the model never saw
        in the domain sentences)."""
        return self.n_unlisted_found / self.n_unlisted if self.n_unlisted else float("nan")

    def as_dict(self) -> dict:
        return {"split": self.split, "docs": self.n_docs, "drivers": self.n_drivers,
                "found": self.n_found, "absent_from_text": self.n_absent,
                "recall": self.recall, "unlisted_drivers": self.n_unlisted,
                "unlisted_found": self.n_unlisted_found, "recall_unlisted": self.recall_unlisted,
                "missed": [list(m) for m in self.missed]}


def last_name_occurrences(text: str, last: str) -> list[tuple[int, int]]:
    """Character ranges of ``last`` as a whole word (genitive -s / -' allowed)."""
    pat = r"(?<!\w)" + re.escape(last) + r"(?:s|')?(?!\w)"
    return [(m.start(), m.start() + len(last)) for m in re.finditer(pat, text)]


def corpus_ids(corpus_dir: Path | str, split: str) -> list[str]:
    path = Path(corpus_dir) / "splits.json"
    if not path.is_file():
        raise TrainingDataError(f"corpus splits file not found: {path}")
    splits = json.loads(path.read_text(encoding="utf-8"))
    if split not in splits:
        raise TrainingDataError(f"split {split!r} not in {path} (has {sorted(splits)})")
    return list(splits[split])


def per_recall(nlp: Language | Path | str, corpus_dir: Path | str, split: str,
               known_names: set[str] | None = None) -> RecallReport:
    """PER recall of the model on the gold drivers of one corpus split.

    ``known_names`` (default: the training name list) splits the figure into drivers the
    domain sentences contained and drivers they did not.
    """
    if not isinstance(nlp, Language):
        nlp = spacy.load(nlp)
    if known_names is None:
        from pipeline.training.domain import NAMES_FILE, read_name_list

        known_names = set(read_name_list(NAMES_FILE))
    corpus_dir = Path(corpus_dir)
    report = RecallReport(split=split)
    for doc_id in corpus_ids(corpus_dir, split):
        text_path = corpus_dir / "texts" / f"{doc_id}.txt"
        gold_path = corpus_dir / "gold" / f"{doc_id}.json"
        if not (text_path.is_file() and gold_path.is_file()):
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = nlp(text)
        per = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        report.n_docs += 1
        for driver in gold.get("drivers", []):
            last = driver.get("last_name") or driver["name"].split()[-1]
            occ = last_name_occurrences(text, last)
            if not occ:
                report.n_absent += 1
                continue
            report.n_drivers += 1
            unlisted = driver["name"] not in known_names
            report.n_unlisted += unlisted
            if any(ps <= s and e <= pe for s, e in occ for ps, pe in per):
                report.n_found += 1
                report.n_unlisted_found += unlisted
            else:
                report.missed.append((doc_id, driver["name"]))
    return report
