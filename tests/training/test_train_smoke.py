"""Training recipe: data conversion, domain sentences, a smoke training run, the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.training import TrainingDataError, default_data_dir, train_model, write_raw_text
from pipeline.training.data import (
    map_germeval_label,
    map_mobie_label,
    read_germeval,
    read_mobie,
    repair_iob,
    sentence_to_doc,
)
from pipeline.training.domain import (
    corpus_driver_docs,
    domain_docs,
    driver_spans,
    read_name_list,
    NAMES_FILE,
    TEAMS_FILE,
)
from pipeline.training.recall import last_name_occurrences, per_recall

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "models" / "de_rennbericht"
DATA = default_data_dir()
needs_data = pytest.mark.skipif(
    not (DATA / "germeval2014" / "train.tsv").is_file(),
    reason=f"shared training data not found at {DATA} (set RENNBERICHT_DATA)",
)


def test_germeval_label_mapping() -> None:
    assert map_germeval_label("B-OTH") == "B-MISC"
    assert map_germeval_label("I-PER") == "I-PER"
    assert map_germeval_label("B-ORGpart") == "O"
    assert map_germeval_label("I-LOCderiv") == "O"
    assert map_germeval_label("O") == "O"
    with pytest.raises(ValueError):
        map_germeval_label("X-PER")


def test_mobie_label_mapping() -> None:
    assert map_mobie_label("B-person") == "B-PER"
    assert map_mobie_label("I-organization-company") == "I-ORG"
    assert map_mobie_label("B-location-stop") == "B-LOC"
    assert map_mobie_label("B-date") == "O"
    assert repair_iob(["O", "I-LOC", "I-LOC", "I-ORG"]) == ["O", "B-LOC", "I-LOC", "B-ORG"]


def test_read_germeval_strips_soft_hyphens_and_maps(tmp_path: Path) -> None:
    f = tmp_path / "x.tsv"
    f.write_text(
        "Timo\tB-PER\tO\nBern\u00adhard\tI-PER\tO\nfährt\tO\tO\nPorsche-Werks\tB-ORGpart\tO\n\n"
        "In\tO\tO\nLe\tB-OTH\tO\nMans\tI-OTH\tB-LOC\n",
        encoding="utf-8",
    )
    sents = list(read_germeval(f))
    assert [s.words for s in sents][0] == ("Timo", "Bernhard", "fährt", "Porsche-Werks")
    assert sents[0].tags == ("B-PER", "I-PER", "O", "O")
    assert sents[1].tags == ("O", "B-MISC", "I-MISC")
    doc = sentence_to_doc(spacy.blank("de").vocab, sents[0])
    assert [(e.text, e.label_) for e in doc.ents] == [("Timo Bernhard", "PER")]


def test_read_germeval_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("Timo\tB-PER\tO\nBernhard\tQ-PER\tO\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"bad\.tsv:2"):
        list(read_germeval(f))
    with pytest.raises(TrainingDataError, match="not found"):
        list(read_mobie(tmp_path / "missing.conll2003"))


def test_name_lists_are_large_and_clean() -> None:
    names = read_name_list(NAMES_FILE)
    teams = read_name_list(TEAMS_FILE)
    assert len(names) >= 300 and len(teams) >= 50
    assert all(len(n.split()) >= 2 for n in names)


def test_domain_docs_are_deterministic_and_aligned() -> None:
    nlp = spacy.blank("de")
    a = domain_docs(nlp, 200, seed=3)
    b = domain_docs(nlp, 200, seed=3)
    assert [d.text for d in a] == [d.text for d in b]
    labels = {e.label_ for d in a for e in d.ents}
    assert {"PER", "ORG", "LOC"} <= labels
    assert sum(1 for d in a for e in d.ents if e.label_ == "PER") > 200
    # the "-Werksfahrer" compound is not an entity, the name after it is
    for d in a:
        for e in d.ents:
            assert "Werksfahrer" not in e.text and "-Pilot" not in e.text


def test_driver_spans_prefer_full_names() -> None:
    text = "Timo Bernhard siegte. Bernhards Teamkollege Dumas jubelte mit Bernhard."
    spans = driver_spans(text, [("Timo Bernhard", "Bernhard"), ("Romain Dumas", "Dumas")])
    assert [text[s:e] for s, e, _ in spans] == ["Timo Bernhard", "Bernhards", "Dumas", "Bernhard"]
    last = text.rindex("Bernhard")
    assert last_name_occurrences(text, "Bernhard") == [(5, 13), (22, 30), (last, last + 8)]


def test_corpus_test_split_is_never_training_data() -> None:
    with pytest.raises(TrainingDataError, match="never"):
        corpus_driver_docs(spacy.blank("de"), ROOT / "corpus", split="test")


@needs_data
def test_smoke_training_produces_loadable_model(tmp_path: Path) -> None:
    out = tmp_path / "model"
    log = tmp_path / "train.log"
    result = train_model(
        DATA, out, max_steps=8, seed=1, log_file=log, work_dir=tmp_path / "work",
        limit=100, n_domain=100, pretrain_epochs=0,
        overrides={"components.tok2vec.model.encode.width": 32, "training.eval_frequency": 4},
    )
    assert result.output_dir == out
    assert result.n_train_docs["germeval-train"] == 100
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "rennbericht" and "germeval_test" in meta["performance"]
    assert "training" in log.read_text(encoding="utf-8")
    doc = nlp("Timo Bernhard gewann in Laguna Seca.")
    assert len(doc) == 7  # runs end to end


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped model")
def test_shipped_model_finds_foreign_driver_names() -> None:
    nlp = spacy.load(SHIPPED)
    doc = nlp("Im Ziel lag der Franzose Romain Dumas vor seinem Teamkollegen.")
    per = [e.text for e in doc.ents if e.label_ == "PER"]
    assert any("Dumas" in p for p in per), [(e.text, e.label_) for e in doc.ents]


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped model")
def test_per_recall_runs_on_the_corpus_dev_split() -> None:
    report = per_recall(spacy.load(SHIPPED), ROOT / "corpus", "dev")
    assert report.n_docs > 0 and report.n_drivers > 0
    assert 0.0 <= report.recall <= 1.0


@needs_data
def test_pretraining_raw_text_excludes_test_data(tmp_path: Path) -> None:
    raw = tmp_path / "raw.jsonl"
    n = write_raw_text(DATA, raw, corpus_dir=ROOT / "corpus")
    texts = {json.loads(line)["text"] for line in raw.read_text(encoding="utf-8").splitlines()}
    assert n == len(raw.read_text(encoding="utf-8").splitlines()) > 30_000
    test_sents = [" ".join(s.words) for s in read_germeval(DATA / "germeval2014" / "test.tsv")]
    assert sum(s in texts for s in test_sents[:500]) < 5  # only accidental duplicates
