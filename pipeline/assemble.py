"""Document assembly: run the extractors on one processed Doc and build the validated records.

Names are unified across the document (``Context``), speakers resolved to full names, and every
offset mapped back from the normalised text to the original input.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.cars import extract_cars
from pipeline.extract.context import Context, analyze
from pipeline.extract.drivers import driver_persons
from pipeline.extract.event import extract_event
from pipeline.extract.gaps import extract_gaps
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.results import extract_results, front_row_places, second_places_from_margins
from pipeline.reading import NormalizedText
from pipeline.records import (
    Car,
    Document,
    DocumentInfo,
    Driver,
    Gap,
    PipelineInfo,
    Quote,
    Result,
    Span,
)

SINGLE_SEATER_SERIES = {
    "Formel 1", "Formel E", "DTM", "Porsche Supercup", "Porsche Carrera Cup Deutschland", "Porsche Carrera Cup",
    "WTCC", "WTCR", "TCR Germany", "ADAC Formel 4", "IndyCar", "NASCAR", "Formel 2", "Formel 3",
    "Formel-3-Europameisterschaft", "GP2", "GP3", "Formula Renault Eurocup", "Truck-Racing-Europameisterschaft",
    "Rallycross-Weltmeisterschaft", "Audi Sport TT Cup", "Mini Challenge", "Ferrari Challenge", "BTCC", "Super Formula",
    "W Series", "MotoGP", "Moto2", "Moto3", "Superbike-WM", "IDM",  # (motorcycles: one rider each)
    "Formel BMW", "ADAC Formel Masters", "Formel-3-Euroserie", "Formel-3-Cup", "ETCC", "Volkswagen Scirocco R-Cup",
    "ADAC Volkswagen Polo Cup", "Renault Clio Cup", "A1GP",
}


_CREW_TEXT = re.compile(
    r"teilten sich|teilte sich das (?:Cockpit|Auto|Steuer)|Fahrertrio|Fahrerquartett|Fahrerpaarung|(?<![\w-])Trio\b|(?<![\w-])Quartett\b|"
    r"Beifahrer|Copilot|Co-Pilot|Schlussfahrer|Startfahrer|Stint|Stunden von|Stunden-Rennen|24h"
)


def _is_single_seater(ctx: Context, series: str | None) -> bool:
    """One driver per car: the series says so, and the text shows no crews (cockpits shared, co-drivers, stints)."""
    return series in SINGLE_SEATER_SERIES and not _CREW_TEXT.search(ctx.text)


def assemble(
    doc: Doc,
    norm: NormalizedText,
    info: DocumentInfo,
    pipeline_info: PipelineInfo,
) -> Document:
    ctx = analyze(doc)
    event = extract_event(ctx)
    single = _is_single_seater(ctx, event.series)
    cars = extract_cars(ctx)
    venue = next((sp[1] for sp in ctx.spans if sp[0] == "VENUE" and not ctx.in_quote(sp[2], sp[3])), None)
    results = extract_results(ctx, cars, event.season, single, venue, event.series)
    gaps = extract_gaps(ctx, results, single)
    results = results + second_places_from_margins(ctx, results, gaps, single)
    results = results + front_row_places(ctx, results)
    quotes = extract_quotes(ctx, results)
    drivers = driver_persons(ctx, results, cars, gaps, quotes)
    driver_set = set(drivers)

    original = norm.original

    def span(a: int, b: int) -> Span:
        # evidence is the words that state the fact: a list line's span without the blank lines after it
        while b > a and norm.text[b - 1].isspace():
            b -= 1
        while a < b and norm.text[a].isspace():
            a += 1
        oa, ob = norm.span(a, b)
        return Span(start=oa, end=ob, text=original[oa:ob])

    def name(i: int | None) -> str | None:
        return ctx.persons[i].name if i is not None else None

    driver_records = []
    for i in drivers:
        p = ctx.persons[i]
        driver_records.append(
            Driver(
                name=p.name,
                first_name=p.first_name,
                last_name=p.last_name,
                origin=p.origin,
                mentions=[span(m.start, m.end) for m in p.mentions],
                rule="driver.evidence",
            )
        )
    car_records = []
    for c in cars:
        crew = [ctx.persons[i].name for i in c.persons if i in driver_set]
        car_records.append(
            Car(
                number=c.number,
                model=c.model,
                manufacturer=c.manufacturer,
                team=c.team,
                drivers=crew,
                evidence=span(*c.evidence) if c.evidence else None,
                rule=c.rule,
                **{"class": c.klass},
            )
        )
    result_records = []
    for r in results:
        car = r.car
        result_records.append(
            Result(
                drivers=[ctx.persons[i].name for i in r.persons],
                car_number=car.number if car else None,
                car=car.model if car else None,
                team=car.team if car else None,
                session=r.session,
                scope=r.scope,
                position=r.position,
                evidence=span(*r.evidence),
                rule=r.rule,
                **{"class": r.klass if r.scope == "class" else None},
            )
        )
    gap_records = [
        Gap(
            subject=name(g.subject),
            reference=name(g.reference),
            seconds=g.seconds,
            laps=g.laps,
            evidence=span(*g.evidence),
            rule=g.rule,
        )
        for g in gaps
    ]
    quote_records = []
    for q in quotes:
        a, b = norm.span(q.start, q.end)
        quote_records.append(
            Quote(
                text=original[a:b],
                speaker=name(q.speaker),
                speaker_role=q.speaker_role,
                cue=q.cue,
                start=a,
                end=b,
                rule=q.rule,
            )
        )
    return Document(
        document=info,
        event=event,
        drivers=driver_records,
        cars=car_records,
        results=result_records,
        gaps=gap_records,
        quotes=quote_records,
        pipeline=pipeline_info,
    )
