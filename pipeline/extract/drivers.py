"""Which persons are racing drivers: evidence from results, cars, crews, roles, origins and racing context.

A quoted team boss or engineer is no driver; a person named only inside quotes is no driver
unless the text says so elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.cars import CarInfo
from pipeline.extract.context import Context, role_class
from pipeline.extract.gaps import GapRecord
from pipeline.extract.quotes import QuoteRecord
from pipeline.extract.results import ResultRecord

_RACING = re.compile(
    r"\b(?:Cockpit|Steuer|fuhr|fuhren|gefahren|Runde\w*|überholte\w*|Startnummer|Stint\w*|Boxenstopp\w*|"
    r"ausgeschieden|schied|Unfall|Dreher|Ausfall|Pole|Qualifying|Podium|Punkte|Ziel|Rennen|Start|gestartet|"
    r"Führung|führte|Teamkollege\w*|Fahrer\w*|Pilot\w*|Duo|Trio|Beifahrer\w*|Copilot\w*|Sieg\w*|Platz|Rang)\b"
)


_OLD_CONTEXT = re.compile(
    r"\b(?:einst|damals|seinerzeit|zuletzt|der letzte war|die letzten waren|wie einst|in einer Saison|Rekordhalter|"
    r"Rekordsieger der|[Gg]roßvater|[Gg]roßvaters|Enkel|Enkelin)\b"
)
# a name after a kinship or authorship word is no driver of this race: "Enkel des Weltmeisters Emerson
# Fittipaldi", "Sohn von Hans-Joachim Stuck", "Von Oliver Müller" (a byline)
_RELATIVE_OF = re.compile(
    r"(?:\b(?:Enkel|Enkelin|Sohn|Tochter|Neffe|Nichte|Vater|Großvater|Onkel)\s+(?:des|der|von)\s+(?:[\w-]+\s+){0,3}|(?:^|\n)\s*Von\s+)$"
)


@lru_cache(maxsize=1)
def _known_surnames() -> frozenset[str]:
    from pipeline.extract.context import split_name

    return frozenset(split_name(n.split())[1] for n in _known_drivers())


def _known_drivers() -> frozenset[str]:
    from pipeline.lexicons import known_driver_set

    return known_driver_set()


def _season_of(ctx: Context) -> int | None:
    years = re.findall(r"\bSaison\s+((?:19|20)\d\d)\b", ctx.text) or re.findall(r"\b((?:19|20)\d\d)\b", ctx.text[:300])
    if years:
        return int(years[0])
    every = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", ctx.text)]
    return max(every) if every else None


def _old_sentence(ctx: Context, si: int, season: int | None) -> bool:
    s, e = ctx.sentences[si]
    sentence = ctx.text[s:e]
    if _OLD_CONTEXT.search(sentence):
        return True
    return any(season is not None and int(y) < season for y in re.findall(r"\b((?:19|20)\d\d)\b", sentence))


def driver_persons(
    ctx: Context,
    results: list[ResultRecord],
    cars: list[CarInfo],
    gaps: list[GapRecord],
    quotes: list[QuoteRecord],
) -> list[int]:
    """Indices of the persons that are racing drivers, in order of first mention."""
    evidence: dict[int, set[str]] = {i: set() for i in range(len(ctx.persons))}
    for r in results:
        for p in r.persons:
            evidence[p].add("result")
    for c in cars:
        for p in c.persons:
            evidence[p].add("car")
    for g in gaps:
        for p in (g.subject, g.reference):
            if p is not None:
                evidence[p].add("gap")
    speakers = {q.speaker for q in quotes if q.speaker is not None}
    season = _season_of(ctx)
    drivers: list[int] = []
    for i, person in enumerate(ctx.persons):
        outside = [m for m in person.mentions if not m.in_quote]
        roles = {role_class(r) for r in person.roles}
        if "other" in roles and not (evidence[i] & {"result"}):
            continue
        if not outside:
            # named only inside quotes: a driver when the name is a known racing driver's ("Ich konnte Dindo Capello überholen")
            if person.first_name and person.name in _known_drivers():
                drivers.append(i)
            continue
        if "result" not in evidence[i] and all(_old_sentence(ctx, m.sent, season) for m in outside):
            continue  # named only for history ("wie einst Hans Herrmann 1970"): no driver of this event
        if not evidence[i] and all(_RELATIVE_OF.search(ctx.text[max(0, m.start - 60) : m.start]) for m in outside):
            continue  # only ever a relative or the author of a driver
        strong = bool(evidence[i]) or "driver" in roles or person.origin is not None
        # a crew written with slashes ("Mardenborough/Ordoñez/Krumm") is drivers' notation, also for surnames alone
        strong = strong or any(
            i in c.persons and len(c.persons) > 1 and not c.mentions[0].in_quote and "/" in ctx.text[c.start : c.end]
            for c in ctx.crews
        )
        if not person.first_name and not strong and person.name not in _known_surnames():
            continue  # a lone capitalised word ("Rekordkulisse", "Lauf") needs real evidence to be a driver
        if not strong:
            for c in ctx.crews:
                if i in c.persons and len(c.persons) > 1 and not c.mentions[0].in_quote:
                    strong = True
                    break
        if not strong:
            # only ever the speaker of a quote ("sagte X") and never in racing context: not a driver
            attributions_only = True
            for m in outside:
                s, e = ctx.sentences[m.sent]
                sentence = ctx.text[s:e]
                masked_sentence = "".join(
                    " " if ctx.quote_mask[k] else ch for k, ch in zip(range(s, e), sentence)
                )
                if _RACING.search(masked_sentence):
                    attributions_only = False
                    break
            headline = person.mentions[0].start < (ctx.paragraphs[0][1] if ctx.paragraphs else 0)
            if i in speakers and attributions_only and not headline and person.name not in _known_drivers():
                continue
            if attributions_only and len(person.name.split()) < 2:
                continue
        drivers.append(i)
    drivers.sort(key=lambda i: ctx.persons[i].mentions[0].start)
    return drivers
