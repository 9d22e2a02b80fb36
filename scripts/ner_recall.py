"""PER recall of the NER model alone on the gold drivers of the corpus (dev and test splits).

Usage: python scripts/ner_recall.py [--model models/de_rennbericht] [--corpus corpus] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

from pipeline.training.recall import per_recall

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(ROOT / "models" / "de_rennbericht"))
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--splits", nargs="+", default=["dev", "test"])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    reports = [per_recall(nlp, args.corpus, split) for split in args.splits]
    if args.json:
        print(json.dumps({r.split: r.as_dict() for r in reports}, ensure_ascii=False, indent=2))
        return
    for r in reports:
        print(f"{r.split}: {r.n_found}/{r.n_drivers} drivers found as PER = {r.recall:.4f} "
              f"({r.n_docs} docs; {r.n_absent} gold drivers without last-name occurrence); "
              f"drivers not in the training name list: {r.n_unlisted_found}/{r.n_unlisted} = "
              f"{r.recall_unlisted:.4f}")
        for doc_id, name in r.missed:
            print(f"  missed {name} in {doc_id}")


if __name__ == "__main__":
    main()
