"""German lexicons and gazetteers, loaded from data files in ``pipeline/lexicons`` and validated on load."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pipeline.errors import LexiconError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
GAZETTEER_LABELS = ("SERIES", "VENUE", "CLASS", "CAR", "MAKE", "TEAM")


class GazetteerRule(BaseModel):
    """One span_ruler pattern; ``id`` is ``<kind>:<canonical value>``."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z]+:.+")
    label: Literal["SERIES", "VENUE", "CLASS", "CAR", "MAKE", "TEAM"]
    pattern: str | list[dict[str, Any]]


class Numbers(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cardinals: dict[str, int]
    fractions: dict[str, float | None]
    ordinal_stems: dict[str, int]
    time_units: dict[str, float]


class Speech(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reporting_verbs: list[str]
    non_driver_roles: list[str]
    driver_roles: list[str]
    nationality_nouns: list[str]
    name_particles: list[str]
    nationalities: dict[str, list[str]] = {}
    # "der spanische Ferrari-Pilot", "das französische Duo": adjective stem -> the noun of ``nationalities``
    nationality_adjectives: dict[str, str] = {}
    # surnames of several words without a particle at their start ("Félix da Costa", "Pier Guidi")
    compound_surnames: list[str] = []


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise LexiconError(f"{path}: cannot read lexicon: {err}") from err


def load_gazetteer(path: Path | None = None) -> list[dict[str, Any]]:
    """Read a JSONL gazetteer (one span_ruler pattern a line); an invalid line is an error naming it."""
    path = path or LEXICON_DIR / "gazetteer.jsonl"
    rules: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise LexiconError(f"{path}: cannot read gazetteer: {err}") from err
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rule = GazetteerRule.model_validate_json(line)
        except ValidationError as err:
            first = err.errors()[0]
            raise LexiconError(
                f"{path}:{lineno}: invalid rule ({'.'.join(map(str, first['loc']))}: {first['msg']})"
            ) from err
        rules.append(rule.model_dump())
        if rule.label == "SERIES" and isinstance(rule.pattern, str) and " " in rule.pattern:
            # releases also hyphenate a series' name: "im Porsche-Carrera-Cup Deutschland", "der ADAC-GT-Masters"
            for variant in {rule.pattern.replace(" ", "-"), rule.pattern.replace(" ", "-", rule.pattern.count(" ") - 1)}:
                if variant != rule.pattern:
                    rules.append({**rule.model_dump(), "pattern": variant})
        if rule.label == "SERIES" and isinstance(rule.pattern, str) and rule.pattern[-1:].isdigit():
            # "... der ADAC Formel 4.": at a sentence end the number and its period are one token
            rules.append({**rule.model_dump(), "pattern": rule.pattern + "."})
    return rules


def _load_lexicon(name: str, model: type[BaseModel]) -> Any:
    path = LEXICON_DIR / name
    try:
        return model.model_validate(_read_json(path))
    except ValidationError as err:
        raise LexiconError(f"{path}: {err}") from err


@lru_cache(maxsize=1)
def numbers() -> Numbers:
    """Cardinals, fractions, ordinal stems and time units (``lexicons/numbers.json``)."""
    return _load_lexicon("numbers.json", Numbers)


@lru_cache(maxsize=1)
def speech() -> Speech:
    """Reporting verbs, roles, nationalities and name particles (``lexicons/speech.json``)."""
    return _load_lexicon("speech.json", Speech)


@lru_cache(maxsize=1)
def canonical_values() -> dict[str, dict[str, str]]:
    """{label: {surface form: canonical}} from the gazetteer's string patterns."""
    table: dict[str, dict[str, str]] = {}
    for rule in load_gazetteer():
        if isinstance(rule["pattern"], str):
            table.setdefault(rule["label"], {})[rule["pattern"]] = rule["id"].split(":", 1)[1]
    return table


@lru_cache(maxsize=1)
def known_driver_names() -> list[str]:
    """Real racing drivers' full names (one per line, '#' comments), shared with the NER training recipe."""
    path = Path(__file__).resolve().parent / "training" / "racing_names.txt"
    if not path.exists():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def known_driver_set() -> frozenset[str]:
    """``known_driver_names`` as a set, for lookups."""
    return frozenset(known_driver_names())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common first names (whitespace separated, '#' comments) from ``lexicons/first_names.txt``."""
    path = LEXICON_DIR / "first_names.txt"
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def driver_nationalities(path: Path | None = None) -> dict[str, str]:
    """{driver's full name: nationality noun of ``speech.json``} from ``lexicons/driver_nationalities.txt``; a line
    that is not "name<TAB>noun", a noun the nationalities table lacks, or a name given twice is an error naming it."""
    path = path or LEXICON_DIR / "driver_nationalities.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise LexiconError(f"{path}: cannot read driver nationalities: {err}") from err
    nouns = speech().nationalities
    table: dict[str, str] = {}
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].strip() or parts[1].strip() not in nouns:
            raise LexiconError(f"{path}:{lineno}: expected 'full name<TAB>nationality noun of speech.json', got {line!r}")
        name = parts[0].strip()
        if name in table:
            raise LexiconError(f"{path}:{lineno}: {name!r} is given twice")
        table[name] = parts[1].strip()
    return table
