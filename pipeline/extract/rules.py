"""Loading regex rule families (results) from JSONL data files, validated on load."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from pipeline.errors import LexiconError
from pipeline.lexicons import LEXICON_DIR, numbers

RuleKind = Literal[
    "win", "win_noun", "winner_noun", "double", "triple", "ord", "multi", "first", "duel", "pole", "grid",
    "title", "vize", "leader", "champ_ord", "top_n", "complete", "third", "ord_race", "missed_win", "relegate",
    "champ_second", "next",
]


class RegexRule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    kind: RuleKind
    pattern: str


@lru_cache(maxsize=1)
def placeholders() -> dict[str, str]:
    stems = sorted(numbers().ordinal_stems, key=len, reverse=True)
    low = "|".join(stems)
    cap = "|".join(s[0].upper() + s[1:] for s in stems)
    both = "|".join(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in stems)
    cards = sorted(numbers().cardinals, key=len, reverse=True)
    card = "|".join(f"[{c[0].upper()}{c[0]}]{c[1:]}" for c in cards)
    return {
        "ORD": f"(?:{both})(?:e[nrsm]?)",
        "ORDNOUN": f"(?:(?:{cap})|(?:Gesamt|Klassen|Tages|Lauf|Renn)(?:{low}))(?:er|em|e)(?!\\s+[A-ZÄÖÜ][a-zäöüß]+\\b)",
        "ordlow": f"(?:{low})(?:er|e|en)",
        "CARD": f"(?:{card})",
        "ORDSTEM": f"(?:{both})",
    }


def load_rules(path: Path) -> list[tuple[RegexRule, re.Pattern[str]]]:
    """Read a JSONL rule file; each rule's pattern must compile after placeholder expansion."""
    out: list[tuple[RegexRule, re.Pattern[str]]] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise LexiconError(f"{path}: cannot read rules: {err}") from err
    ph = placeholders()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rule = RegexRule.model_validate_json(line)
        except ValidationError as err:
            first = err.errors()[0]
            raise LexiconError(f"{path}:{lineno}: invalid rule ({first['loc']}: {first['msg']})") from err
        if rule.id in seen:
            raise LexiconError(f"{path}:{lineno}: duplicate rule id {rule.id!r}")
        seen.add(rule.id)
        pattern = rule.pattern
        for key, value in ph.items():
            pattern = pattern.replace("{" + key + "}", value)
        try:
            out.append((rule, re.compile(pattern)))
        except re.error as err:
            raise LexiconError(f"{path}:{lineno}: rule {rule.id!r} does not compile: {err}") from err
    return out


@lru_cache(maxsize=1)
def result_rules() -> list[tuple[RegexRule, re.Pattern[str]]]:
    return load_rules(LEXICON_DIR / "result_rules.jsonl")
