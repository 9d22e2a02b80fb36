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
            # a fact belongs to the nearest crew of its sentence
            if min(abs(a - crew.end), abs(crew.start - b)) > 260:
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
    # "Kimi Räikkönen (McLaren-Mercedes)", "Jamie Green (Salzgitter AMG-Mercedes)": the team or make in parentheses
    from pipeline.lexicons import canonical_values

    table = canonical_values()
    makes = set(table.get("MAKE", {}))
    for m in ctx.mentions:
        if m.in_quote or m.person is None:
            continue
        pm = re.match(r"\s*\(([^()]{2,50})\)", ctx.text[m.end : m.end + 60])
        if not pm:
            continue
        inner = re.sub(r"^\d{1,2}\s*,\s*", "", pm.group(1)).strip()
        parts = [p for w in inner.split() for p in w.split("-")]
        team_hit = [sp for sp in ctx.spans_in(m.end, m.end + len(pm.group(0)), "TEAM")]
        make_hit = [p for p in parts if p in makes]
        if not (team_hit or make_hit):
            continue
        key = tuple(sorted(ctx.crew_of(m.person)))
        info = by_key.setdefault(key, CarInfo(persons=list(key)))
        if info.team is None:
            info.team = team_hit[0][1] if team_hit else inner
        if info.manufacturer is None and make_hit:
            info.manufacturer = make_hit[-1]
        if info.evidence is None:
            info.evidence = (m.start, m.end + len(pm.group(0)))
        info.rule = info.rule if info.model or info.number else "car.team_in_parentheses"
    # model -> class and model -> manufacturer learnt within the document
    model_class: dict[str, str] = {}
    for info in by_key.values():
        if info.model and info.klass:
            model_class.setdefault(info.model, info.klass)
    for info in by_key.values():
        if info.klass is None and info.model in model_class:
            info.klass = model_class[info.model]
    # a single driver's facts fold into the car of the crew that contains him ("Dumas" -> Bernhard/Dumas)
    merged: dict[tuple[int, ...], CarInfo] = {}
    for key in sorted(by_key, key=len, reverse=True):
        info = by_key[key]
        host = next((merged[k] for k in merged if set(key) < set(k)), None)
        if host is not None and len(key) == 1:
            for attr in ("number", "model", "manufacturer", "team", "klass"):
                if getattr(host, attr) is None:
                    setattr(host, attr, getattr(info, attr))
            continue
        merged[key] = info
    return [c for c in merged.values() if c.model or c.number or c.team or c.manufacturer]


def car_of(cars: list[CarInfo], persons: list[int]) -> CarInfo | None:
    """The car of a crew: same persons, else the car sharing most persons."""
    key = set(persons)
    best, overlap = None, 0
    for c in cars:
        o = len(key & set(c.persons))
        if o > overlap:
            best, overlap = c, o
    return best
