"""Cars: start number, model, manufacturer, team and class, attached to the crew named nearest to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.context import Context, Crew

NUMBER = re.compile(
    r"(?:Startnummer|Startnr\.|Start-Nr\.|Nr\.|Nummer|Fahrzeug|Auto|Wagen)\s*#?\s*(\d{1,3})\b|#\s?(\d{1,3})\b"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:während|wobei|als|nachdem|weil|doch|aber|und)\b)|\.\s")


@dataclass
class CarInfo:
    persons: list[int]
    number: str | None = None
    model: str | None = None
    manufacturer: str | None = None
    team: str | None = None
    klass: str | None = None
    evidence: tuple[int, int] | None = None
    rule: str = "car.crew_context"
    sentences: set[int] = field(default_factory=set)


def _nearest_crew(crews: list[Crew], start: int, end: int) -> Crew | None:
    best, dist = None, 10**9
    for c in crews:
        d = 0 if (c.start <= start < c.end) else min(abs(start - c.end), abs(c.start - end))
        if d < dist:
            best, dist = c, d
    return best


def extract_cars(ctx: Context) -> list[CarInfo]:
    """One CarInfo per crew with car facts in its sentences (merged across the document)."""
    by_key: dict[tuple[int, ...], CarInfo] = {}
    for si, (s, e) in enumerate(ctx.sentences):
        crews = [c for c in ctx.crews if c.sent == si and not c.mentions[0].in_quote and c.persons]
        if not crews:
            continue
        facts: list[tuple[str, str, int, int]] = []
        for label, canonical, a, b, _t in ctx.spans_in(s, e):
            if ctx.in_quote(a, b):
                continue
            if label in {"CAR", "TEAM", "MAKE", "CLASS"}:
                facts.append((label, canonical, a, b))
        for m in NUMBER.finditer(ctx.text, s, e):
            if not ctx.in_quote(m.start(), m.end()):
                facts.append(("NUMBER", m.group(1) or m.group(2), m.start(), m.end()))
        if not facts:
            continue
        for label, value, a, b in facts:
            crew = _nearest_crew(crews, a, b)
            if crew is None:
                continue
            # a fact belongs to a crew only within ~120 characters of it
            if min(abs(a - crew.end), abs(crew.start - b)) > 160:
                continue
            key = tuple(sorted(crew.persons))
            info = by_key.setdefault(key, CarInfo(persons=list(crew.persons)))
            info.sentences.add(si)
            if label == "NUMBER" and info.number is None:
                info.number = value
            elif label == "CAR" and info.model is None:
                info.model = value
            elif label == "TEAM" and info.team is None:
                info.team = value
            elif label == "MAKE" and info.manufacturer is None:
                info.manufacturer = "Mercedes-AMG" if value == "Mercedes-AMG" else value
            elif label == "CLASS" and info.klass is None:
                info.klass = value
            lo = min(a, crew.start)
            hi = max(b, crew.end)
            if info.evidence is None:
                info.evidence = (lo, hi)
    # model -> class and model -> manufacturer learnt within the document
    model_class: dict[str, str] = {}
    for info in by_key.values():
        if info.model and info.klass:
            model_class.setdefault(info.model, info.klass)
    for info in by_key.values():
        if info.klass is None and info.model in model_class:
            info.klass = model_class[info.model]
    return [c for c in by_key.values() if c.model or c.number or c.team]


def car_of(cars: list[CarInfo], persons: list[int]) -> CarInfo | None:
    """The car of a crew: same persons, else the car sharing most persons."""
    key = set(persons)
    best, overlap = None, 0
    for c in cars:
        o = len(key & set(c.persons))
        if o > overlap:
            best, overlap = c, o
    return best
