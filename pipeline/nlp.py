"""Building the spaCy pipeline: German tokenizer with motorsport exceptions, the NER model, the rulers."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline import components  # noqa: F401  (registers the factories)
from pipeline.errors import ModelNotFoundError
from pipeline.lexicons import load_gazetteer

MODEL_ENV = "RENNBERICHT_MODEL"
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "models" / "de_rennbericht"
SPANS_KEY = "rb"


def resolve_model(model: str | None = None) -> str:
    """The model to use: the argument, else $RENNBERICHT_MODEL, else the shipped model, else blank German."""
    name = model or os.environ.get(MODEL_ENV)
    if name:
        return name
    if (SHIPPED_MODEL / "meta.json").exists():
        return str(SHIPPED_MODEL)
    return "blank:de"


def _load_base(name: str) -> Language:
    if name == "blank:de":
        return spacy.blank("de")
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy model {name!r} not found: give an installed package name or a model directory "
            f"(--model or ${MODEL_ENV}); the default is the shipped model in {SHIPPED_MODEL}"
        ) from err


def customise_tokenizer(nlp: Language) -> None:
    """Motorsport tokens: split a sentence period off 'P2.', 'LMP2.', 'GT3.'; '#7' splits into '#', '7'."""
    suffixes = list(nlp.Defaults.suffixes or []) + [r"(?<=[A-Za-z][0-9])\.", r"(?<=[A-Z]{2}[0-9]{2})\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "4.Berg/Holm", "5.Ott Tänak": a list place glued to the name that follows it
    prefixes = list(nlp.Defaults.prefixes or []) + [r"\d{1,2}\.(?=[A-ZÄÖÜ][a-zäöüß])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # "Hermann Gassner jr./Ursula Mayrhofer": a slash after an abbreviation's period joins two names
    infixes = list(nlp.Defaults.infixes or []) + [r"(?<=[a-z]\.)/(?=[A-ZÄÖÜ])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for special in ("Nr.", "Startnr.", "Pos.", "Std.", "Min.", "Sek.", "sek.", "sec.", "min.", "Kat.", "Rd.", "Rde.", "Rnd.", "Pl."):
        nlp.tokenizer.add_special_case(special, [{"ORTH": special}])


def build_pipeline(model: str | None = None) -> Language:
    """Load the base model and add the rennbericht components (sentences, lemmas, gazetteer ruler)."""
    name = resolve_model(model)
    nlp = _load_base(name)
    if nlp.lang != "de":
        raise ModelNotFoundError(f"model {name!r} is for language {nlp.lang!r}, not German")
    customise_tokenizer(nlp)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("rb_sentences", first=True)
    if "lemmatizer" not in nlp.pipe_names:
        try:
            from spacy.lookups import load_lookups

            lookups = load_lookups("de", ["lemma_lookup"])
            lem = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            lem.initialize(lookups=lookups)
        except (ValueError, ImportError, OSError):  # lookups data missing: lemmas stay empty
            if "lemmatizer" in nlp.pipe_names:
                nlp.remove_pipe("lemmatizer")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="rb_gazetteer",
        config={
            "spans_key": SPANS_KEY,
            "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "validate": True,
        },
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ruler.add_patterns(load_gazetteer())
    nlp.meta["rennbericht_model"] = name
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The pipeline for ``model`` (cached per process)."""
    return build_pipeline(model)


def model_label(nlp: Language) -> str:
    name = nlp.meta.get("rennbericht_model", "")
    if name == str(SHIPPED_MODEL):
        return f"de_rennbericht-{nlp.meta.get('version', '0')}"
    return name
