"""Speed of the whole shipped pipeline vs the bare tokenizer, in one process (words/s).

Usage: python scripts/benchmark.py [--model models/de_rennbericht] [--texts N] [--json]

Texts: the corpus releases (corpus/texts/*.txt) repeated until --words words are reached,
or GermEval dev sentences joined into paragraphs when the corpus is empty.
Set OMP_NUM_THREADS=1 for a one-core figure.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "de_rennbericht"


def load_whole_pipeline(model: str):
    """The whole pipeline. Switch here (one line) between the model alone and the full stack."""
    from pipeline.nlp import load_pipeline
    return load_pipeline(model)
    # return spacy.load(model)  # the model alone


def sample_texts(words: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "texts").glob("*.txt"))]
    if not texts:
        from pipeline.training.data import read_germeval
        sents = [" ".join(s.words) for s in read_germeval("/work/shared/data/germeval2014/dev.tsv")]
        texts = [" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)]
    out: list[str] = []
    n = 0
    while n < words:
        for t in texts:
            out.append(t)
            n += len(t.split())
            if n >= words:
                break
    return out


def _records_as_docs(model: str):
    """End to end: text -> validated Document records (spaCy pipeline + extractors + assembly)."""
    from pipeline.api import extract_many

    def run(ts: list[str]):
        tokenizer = spacy.blank("de").tokenizer
        for t, _doc in zip(ts, extract_many(((str(i), t) for i, t in enumerate(ts)), model=model)):
            yield tokenizer(t)  # counted in tokens like the other rows

    return run


def words_per_second(fn, texts: list[str], repeats: int = 3) -> tuple[float, int]:
    best = 0.0
    n_tokens = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        n_tokens = sum(len(doc) for doc in fn(texts))
        best = max(best, n_tokens / (time.perf_counter() - t0))
    return best, n_tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=str(MODEL))
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    texts = sample_texts(args.words)
    nlp = load_whole_pipeline(args.model)
    model_only = spacy.load(args.model)
    list(nlp.pipe(texts[:5]))  # warm-up
    results = {
        "tokenizer": words_per_second(lambda ts: (nlp.tokenizer(t) for t in ts), texts),
        "model_alone": words_per_second(lambda ts: model_only.pipe(ts, batch_size=64), texts),
        "whole_pipeline": words_per_second(lambda ts: nlp.pipe(ts, batch_size=64), texts),
        "extract_records": words_per_second(_records_as_docs(args.model), texts),
    }
    out = {k: {"words_per_s": round(v[0]), "tokens": v[1]} for k, v in results.items()}
    out["pipeline_components"] = nlp.pipe_names
    size = sum(p.stat().st_size for p in Path(args.model).rglob("*") if p.is_file())
    out["model_size_mb"] = round(size / 1e6, 1)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    for k in ("tokenizer", "model_alone", "whole_pipeline", "extract_records"):
        print(f"{k:15s} {out[k]['words_per_s']:>9,d} tokens/s  ({out[k]['tokens']:,d} tokens)")
    print(f"components: {', '.join(nlp.pipe_names)}; model size {out['model_size_mb']} MB")


if __name__ == "__main__":
    main()
