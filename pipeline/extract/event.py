"""The event: series, season, race name, venue, location, laps, duration."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.context import Context
from pipeline.extract.numbers import parse_cardinal
from pipeline.records import Event

_NAME = re.compile(
    r"\b(?:Großer Preis|Großen Preis|GP) (?:von|der|des) [A-ZÄÖÜ][\wäöüß\-]+(?: [A-ZÄÖÜ][\wäöüß\-]+)?"
    r"|\b(?:\d{1,2}|Sechs|Zwölf|Vier|Zehn|Acht)[- ]Stunden(?:-Rennen)? von [A-ZÄÖÜ][\wäöüß\-]+(?: [A-ZÄÖÜ][\wäöüß\-]+)?"
    r"|\bPetit Le Mans\b|\bRallye [A-ZÄÖÜ][\wäöüß\-]+\b|\bADAC Rallye Deutschland\b"
)
_DURATION = re.compile(
    r"\b(?P<n>\d{1,2}|ein|zwei|drei|vier|fünf|sechs|acht|zehn|zwölf|vierundzwanzig|Vier|Sechs|Zwölf|Sechsundzwanzig|Zwei|Drei|Acht|Zehn)"
    r"(?:[- ]?Stunden[- ]?(?:Rennen|Klassiker|von)|h-Rennen|-Stunden)"
)
_LAPS = re.compile(r"\b(?:nach|über|Distanz von|insgesamt|absolvierte\w*|zurückgelegt\w*)\s+(?P<n>\d{1,3})\s+Runden\b")
_PERSON_COMPOUND = re.compile(
    r"-?(?:Pilot|Piloten|Fahrer|Fahrerin|Weltmeister|Champion|Meister|Star|Rookie|Debütant|Erfahrung|Vergangenheit|"
    r"Karriere|Rückkehrer|Legende|Titel|Sieger|Siegerin|Vizemeister)"
)
_DATELINE = re.compile(r"([A-ZÄÖÜ][\wäöüß\-]+(?: [A-ZÄÖÜ][\wäöüß\-]+)?)(?:/([A-ZÄÖÜ][\wäöüß\- ]+?))?\s?(?:\([^)]{1,30}\))?\.\s+(?=[A-ZÄÖÜ„\"])")
_LOCATION_SLASH = re.compile(r"^/(?P<loc>[A-ZÄÖÜ][\wäöüß\-]+)")
_LOCATION_PAREN = re.compile(r"^\s*\((?P<loc>[A-ZÄÖÜ][\wäöüß\- ]{2,30})\)")
_LOCATION_IN = re.compile(r"^\s*(?:in|bei|nahe)\s+(?P<loc>[A-ZÄÖÜ][\wäöüß\-]+(?:/[A-ZÄÖÜ][\wäöüß\-]+)?)")
_VENUE_TAIL = re.compile(r"^(?:[- ](?:Ring|Circuit|Park|Raceway|International Raceway|Speedway|International Speedway|International Circuit|Motorsport Park|World Circuit|Baden-Württemberg|Nordschleife|Grand-Prix-Strecke|GP-Strecke))+")


@lru_cache(maxsize=1)
def _series_compounds() -> list[tuple[re.Pattern[str], str]]:
    """Each series name as the first part of a compound ("ADAC-GT-Masters-Lauf"), longest first, compiled once."""
    from pipeline.lexicons import canonical_values

    table = canonical_values().get("SERIES", {})
    return [(re.compile(r"(?<![\w-])" + re.escape(surface) + r"-[A-ZÄÖÜ]"), table[surface]) for surface in sorted(table, key=len, reverse=True)]


def extract_event(ctx: Context) -> Event:
    text = ctx.text
    outside = [
        sp for sp in ctx.spans
        if not ctx.in_quote(sp[2], sp[3])
        # "Formel-1-Pilot", "DTM-Champion": the series describes a person, it is not this event's series
        and not (sp[0] == "SERIES" and _PERSON_COMPOUND.match(text, sp[3]))
    ]
    series_counts = Counter(sp[1] for sp in outside if sp[0] == "SERIES")
    series = max(series_counts, key=lambda k: (series_counts[k], -next(i for i, sp in enumerate(outside) if sp[1] == k))) if series_counts else None
    if series is None:
        for pattern, name in _series_compounds():
            m = pattern.search(text)
            if m and not ctx.in_quote(m.start()) and not _PERSON_COMPOUND.match(text, m.end() - 1):
                series = name
                break
    years = Counter(
        int(m.group(1)) for m in re.finditer(r"\b((?:19|20)\d\d)\b", text) if not ctx.in_quote(m.start())
    )
    season_ms = [
        m for m in re.finditer(r"\b(?:Saison|Rennjahr|Meisterschaft|Rennsaison)\s+((?:19|20)\d\d)\b", text)
        if not ctx.in_quote(m.start())
    ]
    # the season: "Saison 2007", else a year in the headline/dateline, else the only year named twice or more
    head_years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text[:300])]
    frequent = [y for y, n in years.most_common(2) if n >= 2]
    if season_ms:
        season = int(season_ms[0].group(1))
    elif head_years:
        season = head_years[0]
    elif len(frequent) == 1:
        season = frequent[0]
    else:
        season = None
    venue = location = None
    venue_counts = Counter(sp[1] for sp in outside if sp[0] == "VENUE")
    head_venues = [sp for sp in outside if sp[0] == "VENUE" and sp[2] < 400]
    top = max(venue_counts, key=lambda k: (venue_counts[k], -next(i for i, sp in enumerate(outside) if sp[1] == k))) if venue_counts else None
    venue_span = head_venues[0] if head_venues else next(
        (sp for sp in outside if sp[0] == "VENUE" and sp[1] == top), None
    )
    if venue_span:
        same = [sp for sp in outside if sp[0] == "VENUE" and sp[1] == venue_span[1]]
        venue_span = max(same, key=lambda sp: (len(sp[4]), -sp[2]))
        _label, _canonical, a, b, surface = venue_span
        tail = _VENUE_TAIL.match(text[b : b + 60])
        venue = surface + (tail.group(0) if tail else "")
        after = text[b + (tail.end() if tail else 0) : b + 80]
        for pat in (_LOCATION_SLASH, _LOCATION_PAREN, _LOCATION_IN):
            m = pat.match(after)
            if m:
                location = m.group("loc").strip()
                break
    if location is None:
        # dateline: "Stuttgart/Shanghai. Nico Rosberg ..." or "Montreal. Das BMW Sauber F1 Team ..."
        for para_start, _para_end in ctx.paragraphs[:3]:
            dm = _DATELINE.match(text, para_start)
            if dm:
                place = (dm.group(2) or dm.group(1)).strip()
                if venue is None or place not in venue:
                    location = place
                break
    name_m = _NAME.search(text)
    name = name_m.group(0) if name_m else None
    if name:
        name = re.sub(r"^Großen Preis", "Großer Preis", name)
    else:
        eprix = re.search(r"\bE-?Prix (?:von|in) [A-ZÄÖÜ][\wäöüß\-]+", text, flags=re.IGNORECASE)
        name = eprix.group(0) if eprix else None
    dur_m = _DURATION.search(text)
    duration = None
    if dur_m:
        n = dur_m.group("n")
        value = int(n) if n.isdigit() else parse_cardinal(n.lower())
        if value:
            duration = f"{value} Stunden"
    laps_values = [int(m.group("n")) for m in _LAPS.finditer(text) if not ctx.in_quote(m.start())]
    laps = max(laps_values) if laps_values else None
    return Event(series=series, season=season, name=name, venue=venue, location=location, laps=laps, duration=duration)
