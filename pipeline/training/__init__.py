"""Training recipe of the shipped NER model ``models/de_rennbericht``.

``train_model(data_dir, output_dir)`` rebuilds the model from the shared data directory:

1. converts GermEval 2014 (train/dev/test) and MobIE (train) to DocBins
   (:mod:`pipeline.training.data`), generates the motorsport domain sentences and the
   partially annotated corpus **dev** documents (:mod:`pipeline.training.domain`);
2. trains ``ner.cfg`` (tok2vec + NER) with a fixed seed, selecting on GermEval dev;
3. writes the best checkpoint to ``output_dir`` with its meta (sources, licences) and the
   GermEval test scores.

All intermediate files (DocBins, checkpoints) go to ``work_dir`` (default ``training/``, not in git).
Nothing is printed; progress goes to ``log_file``.
"""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin

from pipeline.errors import RennberichtError
from pipeline.training.data import (
    LABELS,
    TrainingDataError,
    germeval_paths,
    mobie_paths,
    read_germeval,
    read_mobie,
    sentence_to_doc,
)
from pipeline.training.domain import corpus_driver_docs, domain_docs

__all__ = ["TrainingError", "TrainingDataError", "TrainResult", "prepare_data", "train_model",
           "package_model", "pretrain_tok2vec", "write_raw_text",
           "evaluate_germeval", "default_data_dir", "DEFAULT_CONFIG", "MODEL_NAME"]

HERE = Path(__file__).parent
DEFAULT_CONFIG = HERE / "ner.cfg"
MODEL_NAME = "de_rennbericht"
MODEL_VERSION = "0.1.0"
REPO_ROOT = HERE.parent.parent


DATA_ENV = "RENNBERICHT_DATA"


def default_data_dir() -> Path:
    """The shared data folder: $RENNBERICHT_DATA, else ``shared/data`` beside the repository."""
    import os

    env = os.environ.get(DATA_ENV)
    return Path(env) if env else REPO_ROOT.parent / "shared" / "data"


class TrainingError(RennberichtError):
    """Training could not run or produced no model; the message says which step failed."""


@dataclass
class TrainResult:
    """What ``train_model`` produced."""

    output_dir: Path
    seconds: float
    dev_scores: dict[str, Any] = field(default_factory=dict)
    test_scores: dict[str, Any] = field(default_factory=dict)
    n_train_docs: dict[str, int] = field(default_factory=dict)


def _write(docs, path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def prepare_data(
    data_dir: Path | str,
    work_dir: Path | str,
    *,
    seed: int = 0,
    corpus_dir: Path | str | None = None,
    use_mobie: bool = True,
    n_domain: int = 5000,
    limit: int | None = None,
) -> dict[str, int]:
    """Write ``work_dir/corpus/train/*.spacy``, ``dev.spacy`` and ``test.spacy``.

    ``limit`` keeps only the first ``limit`` sentences of every source (for smoke tests).
    Returns the number of docs written per file.
    """
    data_dir = Path(data_dir)
    out = Path(work_dir) / "corpus"
    if (out / "train").exists():
        shutil.rmtree(out / "train")
    nlp = spacy.blank("de")
    counts: dict[str, int] = {}

    def take(it):
        for i, x in enumerate(it):
            if limit is not None and i >= limit:
                return
            yield x

    ge = germeval_paths(data_dir)
    for split, path in ge.items():
        target = out / "train" / "germeval.spacy" if split == "train" else out / f"{split}.spacy"
        counts[f"germeval-{split}"] = _write(
            (sentence_to_doc(nlp.vocab, s) for s in take(read_germeval(path))), target
        )
    if use_mobie:
        mb = mobie_paths(data_dir)["train"]
        if mb.is_file():
            counts["mobie-train"] = _write(
                (sentence_to_doc(nlp.vocab, s) for s in take(read_mobie(mb))),
                out / "train" / "mobie.spacy",
            )
    if n_domain:
        n = n_domain if limit is None else min(n_domain, limit)
        counts["domain"] = _write(domain_docs(nlp, n, seed=seed), out / "train" / "domain.spacy")
    if corpus_dir is not None and (Path(corpus_dir) / "splits.json").is_file():
        docs = corpus_driver_docs(nlp, corpus_dir, split="dev")
        if docs:
            counts["corpus-dev"] = _write(take(docs), out / "train" / "corpus_dev.spacy")
    return counts


def _file_logger(log_file: Path) -> logging.Logger:
    logger = logging.getLogger("rennbericht.training")
    logger.setLevel(logging.INFO)
    for h in list(logger.handlers):
        logger.removeHandler(h)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    return logger


def evaluate_germeval(model: Path | str | spacy.language.Language, docbin: Path | str
                      ) -> dict[str, Any]:
    """NER scores (P/R/F micro and per label) of a model on a DocBin with gold tokens."""
    from spacy.training import Example

    nlp = spacy.load(model) if not isinstance(model, spacy.language.Language) else model
    db = DocBin().from_disk(docbin)
    gold = list(db.get_docs(nlp.vocab))
    # gold tokens: build the predicted docs from the gold words, not the tokenizer
    from spacy.tokens import Doc

    examples = [
        Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d)
        for d in gold
    ]
    scores = nlp.evaluate(examples)
    return {
        "ents_p": scores["ents_p"],
        "ents_r": scores["ents_r"],
        "ents_f": scores["ents_f"],
        "ents_per_type": scores["ents_per_type"],
        "n_docs": len(gold),
    }


def write_raw_text(data_dir: Path | str, out_path: Path | str,
                   corpus_dir: Path | str | None = None) -> int:
    """Raw sentences for ``spacy pretrain`` as JSONL ``{"text": ...}``: GermEval train+dev,
    MobIE (all splits), UD German, and the corpus **dev** texts (never GermEval test or
    the corpus test split). Returns the number of lines."""
    import re

    data_dir = Path(data_dir)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out_path.open("w", encoding="utf-8") as fh:
        def emit(words) -> None:
            nonlocal n
            fh.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
            n += 1

        ge = germeval_paths(data_dir)
        for split in ("train", "dev"):
            for sent in read_germeval(ge[split]):
                emit(sent.words)
        for path in mobie_paths(data_dir).values():
            if path.is_file():
                for sent in read_mobie(path):
                    emit(sent.words)
        for path in sorted((data_dir / "ud_german").glob("*.conllu")):
            words: list[str] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    if words:
                        emit(words)
                    words = []
                elif not line.startswith("#"):
                    cols = line.split("\t")
                    if len(cols) > 1 and cols[0].isdigit():
                        words.append(cols[1])
            if words:
                emit(words)
        if corpus_dir is not None and (Path(corpus_dir) / "splits.json").is_file():
            ids = json.loads((Path(corpus_dir) / "splits.json").read_text(encoding="utf-8"))
            for doc_id in ids.get("dev", []):
                text_path = Path(corpus_dir) / "texts" / f"{doc_id}.txt"
                if text_path.is_file():
                    for para in re.split(r"\n\s*\n", text_path.read_text(encoding="utf-8")):
                        if para.strip():
                            emit(para.split())
    return n


def pretrain_tok2vec(config: Path | str, raw_text: Path | str, out_dir: Path | str, *,
                     epochs: int, seed: int, log_file: Path,
                     overrides: dict[str, Any] | None = None) -> Path:
    """``spacy pretrain`` (character objective) of the config's tok2vec on ``raw_text``;
    returns the weights file of the last epoch."""
    import contextlib

    from spacy.training.pretrain import pretrain
    from spacy.util import load_config

    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    cfg = load_config(config, overrides={"paths.raw_text": str(raw_text),
                                         "pretraining.max_epochs": int(epochs),
                                         "system.seed": seed, **(overrides or {})},
                      interpolate=False).interpolate()
    if not cfg.get("pretraining"):
        raise TrainingError(f"{config} has no [pretraining] section")
    with Path(log_file).open("a", encoding="utf-8") as fh, contextlib.redirect_stdout(fh):
        try:
            pretrain(cfg, out_dir, use_gpu=-1, silent=True, skip_last=True)
        except Exception as exc:
            raise TrainingError(f"pretraining failed (log: {log_file}): {exc}") from exc
    weights = out_dir / f"model{int(epochs) - 1}.bin"
    if not weights.is_file():
        raise TrainingError(f"pretraining wrote no weights file {weights}")
    return weights


def train_model(
    data_dir: Path | str,
    output_dir: Path | str,
    max_steps: int | None = None,
    seed: int = 0,
    log_file: Path | str | None = None,
    *,
    config: Path | str = DEFAULT_CONFIG,
    work_dir: Path | str = REPO_ROOT / "training",
    corpus_dir: Path | str | None = REPO_ROOT / "corpus",
    overrides: dict[str, Any] | None = None,
    limit: int | None = None,
    n_domain: int = 5000,
    use_mobie: bool = True,
    evaluate_test: bool = True,
    pretrain_epochs: int = 0,
) -> TrainResult:
    """Rebuild the NER model from ``data_dir`` (the shared ``data/`` folder) into ``output_dir``.

    With ``pretrain_epochs`` > 0 the tok2vec is first pretrained (``spacy pretrain``, character
    objective) on the raw text of :func:`write_raw_text` and training starts from those weights.
    Deterministic for a given ``seed`` on one machine (single thread). ``max_steps`` caps the
    training steps (default: the config's). Progress is logged to ``log_file``
    (default ``work_dir/logs/train.log``).
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from spacy.util import fix_random_seed, load_config

    t0 = time.time()
    data_dir, output_dir, work_dir = Path(data_dir), Path(output_dir), Path(work_dir)
    if not (data_dir / "germeval2014").is_dir():
        raise TrainingDataError(f"no germeval2014/ folder in the data directory {data_dir}")
    config = Path(config)
    if not config.is_file():
        raise TrainingError(f"training config not found: {config}")
    log_path = Path(log_file) if log_file else work_dir / "logs" / "train.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    logger = _file_logger(log_path)
    steps_log = log_path.with_name(log_path.stem + "-steps.jsonl")
    if steps_log.exists():
        steps_log.unlink()  # spaCy's logger refuses to append to an existing file

    random.seed(seed)
    fix_random_seed(seed)
    logger.info("preparing data from %s into %s", data_dir, work_dir)
    counts = prepare_data(data_dir, work_dir, seed=seed, corpus_dir=corpus_dir,
                          use_mobie=use_mobie, n_domain=n_domain, limit=limit)
    logger.info("docs: %s", json.dumps(counts))

    corpus = work_dir / "corpus"
    ckpt_dir = work_dir / "runs" / output_dir.name
    all_overrides: dict[str, Any] = {
        "paths.train": str(corpus / "train"),
        "paths.dev": str(corpus / "dev.spacy"),
        "system.seed": seed,
        "training.logger.output_file": str(steps_log),
        "training.logger.console_output": True,
    }
    if max_steps is not None:
        all_overrides["training.max_steps"] = int(max_steps)
    if pretrain_epochs:
        raw = work_dir / "pretrain" / "raw.jsonl"
        n_raw = write_raw_text(data_dir, raw, corpus_dir=corpus_dir)
        logger.info("pretraining the tok2vec for %d epochs on %d raw sentences", pretrain_epochs,
                    n_raw)
        pre_overrides = {k: v for k, v in (overrides or {}).items()
                         if k.startswith("components.tok2vec")}
        if limit is not None:
            pre_overrides["corpora.pretrain.limit"] = limit
        weights = pretrain_tok2vec(config, raw, work_dir / "pretrain" / "weights",
                                   epochs=pretrain_epochs, seed=seed, log_file=log_path,
                                   overrides=pre_overrides)
        all_overrides["paths.init_tok2vec"] = str(weights)
        counts["pretrain-raw"] = n_raw
    all_overrides.update(overrides or {})
    cfg = load_config(config, overrides=all_overrides, interpolate=False)

    logger.info("initialising pipeline from %s", config)
    try:
        nlp = init_nlp(cfg, use_gpu=-1)
    except Exception as exc:  # spaCy raises many types; name the step
        raise TrainingError(f"initialising the pipeline from {config} failed: {exc}") from exc
    if ckpt_dir.exists():
        shutil.rmtree(ckpt_dir)
    ckpt_dir.mkdir(parents=True)
    logger.info("training; checkpoints in %s", ckpt_dir)
    with log_path.open("a", encoding="utf-8") as fh:
        try:
            train_loop(nlp, ckpt_dir, use_gpu=-1, stdout=fh, stderr=fh)
        except Exception as exc:
            raise TrainingError(f"training failed (log: {log_path}): {exc}") from exc

    best = ckpt_dir / "model-best"
    if not best.is_dir():
        best = ckpt_dir / "model-last"
    if not best.is_dir():
        raise TrainingError(f"training wrote no model into {ckpt_dir} (log: {log_path})")
    result = package_model(best, output_dir, corpus, counts=counts, seed=seed,
                           max_steps=max_steps, started=t0, evaluate_test=evaluate_test)
    logger.info("wrote %s: dev F %.4f test F %s", output_dir, result.dev_scores["ents_f"],
                result.test_scores.get("ents_f"))
    return result


def package_model(
    checkpoint: Path | str,
    output_dir: Path | str,
    corpus: Path | str,
    *,
    counts: dict[str, int],
    seed: int,
    max_steps: int | None,
    started: float,
    evaluate_test: bool = True,
) -> TrainResult:
    """Turn a training checkpoint into the shipped model: meta (sources, licences), GermEval
    dev/test scores with gold tokens, training time; written to ``output_dir``."""
    output_dir, corpus = Path(output_dir), Path(corpus)
    final = spacy.load(checkpoint)
    final.meta.update(_meta(final.meta, counts, seed))
    dev_scores = evaluate_germeval(final, corpus / "dev.spacy")
    test_scores = evaluate_germeval(final, corpus / "test.spacy") if evaluate_test else {}
    final.meta["performance"] = {"germeval_dev": dev_scores, "germeval_test": test_scores}
    seconds = time.time() - started
    final.meta["rennbericht_training"] = {"seconds": round(seconds, 1), "seed": seed,
                                          "max_steps": max_steps, "docs": counts}
    card = output_dir / "README.md"
    card_text = card.read_text(encoding="utf-8") if card.is_file() else None
    if output_dir.exists():
        shutil.rmtree(output_dir)
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    final.to_disk(output_dir)
    if card_text is not None:  # the model card is written by hand: keep it
        card.write_text(card_text, encoding="utf-8")
    return TrainResult(output_dir=output_dir, seconds=seconds, dev_scores=dev_scores,
                       test_scores=test_scores, n_train_docs=counts)


def _meta(meta: dict[str, Any], counts: dict[str, int], seed: int) -> dict[str, Any]:
    return {
        "name": "rennbericht",
        "version": MODEL_VERSION,
        "description": "German NER (PER, LOC, ORG, MISC) for motorsport releases: "
                       "tok2vec + NER trained on GermEval 2014, MobIE and own domain sentences.",
        "license": "CC BY 4.0",
        "author": "rennbericht",
        "labels": {"ner": list(LABELS)},
        "sources": [
            {"name": "GermEval 2014 NER (NoSta-D)",
             "author": "Darina Benikova, Chris Biemann, Marc Reznicek",
             "url": "LREC 2014: NoSta-D Named Entity Annotation for German",
             "license": "CC BY 4.0"},
            {"name": "MobIE", "license": "CC BY 4.0"},
            {"name": "rennbericht domain sentences and corpus dev split", "license": "MIT"},
        ],
    }
