"""German numbers in release text: digits with decimal comma or point, number words, ordinals, times."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import numbers as _lex


@lru_cache(maxsize=1)
def ordinal_word_regex() -> str:
    """Inflected ordinal adjectives and nouns: zweiten, Dritter, Vierte, Klassenfünfter's 'fünfter'."""
    stems = sorted(_lex().ordinal_stems, key=len, reverse=True)
    return r"(?:" + "|".join(stems) + r")(?:e[nrsm]?)"


@lru_cache(maxsize=1)
def cardinal_word_regex() -> str:
    words = sorted(_lex().cardinals, key=len, reverse=True)
    # compounds the lexicon does not list ("fünfunddreißig", "Dreiundvierzig"), read by parse_cardinal through text2num;
    # first, so that "fünf" does not stop short of them
    units = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"))
    compound = rf"(?:{units})und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    # ("Acht Sekunden später kam X ins Ziel": a number word opening a sentence is capitalised)
    return r"(?:" + "|".join([compound] + [f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[:1].isalpha() else w for w in words]) + r")"


def parse_ordinal(token: str) -> int | None:
    """'2.', 'zweiten', 'Dritter', 'Vierte', '7' -> the position."""
    t = token.strip().rstrip(".").lower()
    if t.isdigit():
        return int(t)
    lex = _lex()
    for stem in sorted(lex.ordinal_stems, key=len, reverse=True):
        if t.startswith(stem) and re.fullmatch(stem + r"(?:e[nrsm]?)", t):
            return lex.ordinal_stems[stem]
    return None


def parse_cardinal(token: str) -> int | None:
    t = token.strip().rstrip(".").lower()
    if t.isdigit():
        return int(t)
    value = _lex().cardinals.get(t)
    if value is not None:
        return value
    try:  # rarer number words ("dreiundzwanzig") through text2num when it is installed
        from text_to_num import text2num

        return int(text2num(t, "de"))
    except (ImportError, ValueError):
        return None


def parse_position(token: str) -> int | None:
    return parse_ordinal(token) or parse_cardinal(token)


def parse_decimal(text: str) -> float | None:
    """'0,410' / '0.410' / '18' / 'eineinhalb' / 'drei' -> float."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    frac = _lex().fractions.get(t)
    if frac is not None:
        return frac
    card = parse_cardinal(t)
    return float(card) if card is not None else None


_CLOCK = re.compile(r"^\+?\s*(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$|^\+?\s*(\d+):(\d{2}[.,]\d+)$")


def parse_clock(text: str) -> float | None:
    """'+0:18.964' -> 18.964; '1:12,298' -> 72.298; '1:02:03.5' -> 3723.5 (seconds)."""
    t = text.strip().lstrip("+").strip()
    parts = t.replace(",", ".").split(":")
    try:
        values = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for v in values:
        seconds = seconds * 60 + v
    return round(seconds, 3)


def time_unit_factor(unit: str) -> float | None:
    return _lex().time_units.get(unit.lower())
