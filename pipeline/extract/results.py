"""Finishing positions: race / qualifying / championship, overall or in a class.

Each rule of ``lexicons/result_rules.jsonl`` finds a position expression in a sentence
(outside quotes); the crew it belongs to is the nearest crew in the same clause, else in
the clauses before it (German puts the subject first or right after the verb), else the
subject of the previous sentence ("Das Duo wurde Dritter").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.cars import NUMBER, CarInfo, car_of
from pipeline.extract.context import GLUED_PLACE, NAME_LINE_REST, Context, Crew, _makes, fold, nationality_noun, role_class
from pipeline.extract.numbers import parse_cardinal, parse_ordinal
from pipeline.extract.rules import result_rules
from pipeline.reading import line_spans

_QUALI = re.compile(
    r"\b(?:Qualifying|Qualifikation|qualifizierte|qualifizierten|Startplatz|Startposition|Startaufstellung|"
    r"Zeittraining|Pole|Polesetter|Superpole|Hyperpole|Startreihe|Top-Qualifying|Einzelzeitfahren|Training)\w*"
)
_CHAMP = re.compile(
    r"\b(?:Fahrertitel|Titel|Meistertitel|Weltmeistertitel|WM-Titel|DTM-Titel|Meisterschaft|Fahrermeisterschaft|"
    r"Meisterkrone|Champion|Meister|Weltmeister|Meisterin|Tabelle|Punktetabelle|Gesamttabelle|Meisterschaftstabelle|Fahrerwertung|Fahrer-Wertung|WM-Wertung|Punktewertung|"
    r"Titelgewinn|Championat|Punktestand|Punktestände|Tabellenstand|Meisterschaftsstand|Zwischenstand|Fahrer-WM|Fahrer-EM|WM-Stand|WM-Endstand|(?:WM|EM)-(?:Schluss|End|Zwischen|Gesamt)?(?:[Kk]lassement|[Ss]tand|[Tt]abelle))\b"
)
_NOT_DRIVER_TITLE = re.compile(r"Konstrukteur|Hersteller|Marken|Teamwertung|Team-Titel|Teamtitel|Teammeisterschaft")
_OLD = re.compile(
    r"(?<!aus dem )(?<!aus der )\b(?:Vorjahr(?!es-?(?:[Ss]ieger|[Mm]eister|[Cc]hampion|[Gg]ewinner|[Zz]weite|[Dd]ritte|[Pp]ole-?[Ss]etter))\w*|vergangenen Jahr\w*|letzten Jahr\w*|Vorsaison|vorigen Jahr\w*|im Jahr (?:19|20)\d\d|"
    r"beim letzten Rennen(?! der Saison| des Jahres)|(?:das|dem) letzte[n]? Rennen(?! der Saison| des Jahres)|vorigen Rennen|in der Vergangenheit|[Dd]amals|schon einmal|bereits einmal|"
    r"seinerzeit|einst|früher)\b"
)
# a win told in a relative clause about an earlier event: "Ogier, der zum Saisonauftakt die Rallye Monte-Carlo
# gewonnen hatte", "Martin, der zuvor die letzten fünf Sprints gewonnen hatte", "Bottas, der vor Wochenfrist ... gewonnen hatte"
_EARLIER_WIN_IN_RELATIVE = re.compile(
    r"\b(?:vor Wochenfrist|vor\s+(?:einer|zwei|drei)\s+Wochen|(?:zum|beim)\s+Saisonauftakt|die\s+letzten\s+(?:\w+\s+)?(?:Rennen|Sprints|Läufe|Rallyes|Veranstaltungen|Events|Auflagen|Ausgaben))\b"
)
_NEGATIVE_WIN = re.compile(
    r"\b(?:Kampf um|kämpfte[n]? um|Chance auf|Chancen auf|verpasst\w*|knapp am|vorbei|hätte[n]?|wäre[n]?|"
    r"verlor\w*|kostete\w*|um den|auf Siegkurs|Siegchance\w*|nach dem|mit dem(?!\s+(?:[\w-]+\s+){0,2}(?:Vorsprung|Polster)\b)|zum Sieg gratuliert|gratulierte|bitter|"
    r"[Nn]icht (?:mit )?dabei)\b"
)
_ACHIEVE = re.compile(
    r"\b(?:sichern|erringen|einfahren|erobern|feier\w*|gefeiert|holt\w*|geholt|errang\w*|errungen|erzielt\w*|fuhr|fuhren|gefahren|sichert\w*|"
    r"gesichert|bejubel\w*|landet\w*|gelang|gelungen|ging|gingen|erober\w*|erkämpft\w*|verbucht\w*|brachte\w*|"
    r"eingefahren|perfekt|bescherte\w*|schaffte\w*|geschafft|einfuhr\w*|feierten|raste\w*|stürmte\w*|geht|gehen|sorgte\w*|"
    r"triumphierte\w*|heißt|hieß|war|ist|wurde|wurden|erbte\w*|erbt|geerbt|schnappte\w*|geschnappt)\b|"
    r"\breichte\w*\s+es\s+(?![^.;]*\bnicht\b)(?:[\w-]+\s+){0,8}?(?:zum|zu\s+einem)\b|"  # "Für X reichte es zum Klassensieg"
    r"\b(?:trug|trugen|trägt|tragen)\b(?=[^.;]*\bdavon\b)|\bdavongetragen\b"  # "Den Sieg trugen X und Y davon"
)
_NEG_POLE = re.compile(r"\b(?:verpasst\w*|knapp|neben|hinter|nur\s+\w+\s+auf)\b")
_OBLIQUE = re.compile(
    r"(?:[Hh]inter|[Vv]or|[Gg]egen)\s+(?:dem|den|der|die|das|seinem|ihrem)\s+(?:[\w#.-]+\s+){1,4}?(?:von|mit)\s*$|"  # "hinter dem Audi von X", "gegen die Corvette von X"
    r"\b[\w-]*(?:Verfolger|[Kk]ollegen?|[Pp]artner|Nachfolger|Vorgänger|Rivale[n]?|Bruder|Sohn|Vater|Neffe|Windschatten|Ausf[aä]ll\w*)\s+von\s*$|"  # "engster Verfolger von X", "Im Windschatten von X", "Den Ausfällen von X"
    r"\b(?:Kollision|Berührung|Unfall|Kontakt|Zusammenstoß|Crash|Rempler|Rangelei)\w*\s+mit\s*$|"  # "nach einer Kollision mit X"
    r"\b(?:seinem|ihrem)\s+[\w-]*(?:[Kk]ollegen|Landsmann|[Rr]ivalen|[Kk]onkurrenten|Markengefährten)\s+(?:und\s+[\w-]+\s+)?$|"  # dative: "seinem Audi-Kollegen und Titelverteidiger X"
    r"\b(?:Sturz|Stürzen|Ausfall|Abwesenheit|Fehlen|Unfall|Defekt|Dreher|Crash|Aus|Fehler|Verletzung|Strafe|Disqualifikation|Ausscheiden|Pech|Missgeschick|Reifenschaden)\s+"
    r"(?:des|seines|ihres)\s+(?:[a-zäöüß][\w-]*\s+){0,2}(?![\w-]*(?:Pole|[Ss]ieger|[Ff]ührend))[A-ZÄÖÜ][\w-]*(?:s|en)\s+$|"  # "nach dem Sturz seines Teamkollegen X",
    # "in Abwesenheit des verletzten Weltmeisters X" (not "ein Missgeschick des Pole-Setters X": his pole)
    r"\(\s*(?:für|statt|anstelle\s+von)\s+$|"  # "A und B (für X)": the one replaced
    r"(?:[Hh]inter|[Vv]or|[Gg]egen|gegenüber|Duell mit|Zweikampf mit|vorbei an|überholte|überholt|als|durch|Rivalen|Konkurrenten|\bauf|"
    r"überflügelte|übertraf|überbot|distanzierte|schlug|besiegte|verwies|ablöste|löste|"
    r"[Hh]inter\s+(?:dem|den|seinem|ihrem)\s+\S+|[Vv]or\s+(?:dem|den|der|seinem|ihrem|seinen|ihren)\s+(?:[a-zäöüß]\S*\s+)?\S+|"
    r"(?:[Vv]or|[Hh]inter|[Gg]egen)\s+[A-ZÄÖÜ][\w-]*(?:s|x|z|ß)['’]\s+[\w-]+|"  # "vor Farfus' Teamkollegen X"
    r"(?:[Vv]or|[Hh]inter|\bauf|[Gg]egen)\s+(?:(?:dem|den|der|seinem|ihrem|seinen|ihren)\s+)?(?:[a-zäöüß]\S*\s+)?"
    r"[\w-]*(?:[Pp]ilot|[Pp]artner|[Ff]ahrer|[Kk]ollegen?|Landsmann|Rivalen?|Konkurrenten?|Verfolger|[Ss]ieger|[Ss]iegerin|Champion|[Mm]eister|"
    r"Titelverteidiger|Tabellenführer|Spitzenreiter|Polesetter|Junior|Rookie|Neuling))\s*$"
)
# a stage of a rally or a raid won ("gewinnt Powerstage", "gewann die dritte Wertungsprüfung", "die fünfte Etappe")
_STAGE_WON = re.compile(
    r"\b(?:gewinnt|gewann|gewannen|gewinnen|gewonnen|entschied|entscheidet)\s+(?:\w+\s+){0,3}?"
    r"(?:Power[- ]?[Ss]tage|Wertungsprüfung\w*|Sonderprüfung\w*|WP\s?\d+|Etappe\w*|Tagesetappe|Prolog|Shakedown)\b"
)
# "musste sich nur (knapp dem Meister) X geschlagen geben": the one after "nur" is the one who won the duel
_ONLY_BEFORE = re.compile(r"\bnur\s+(?:\S+\s+){0,6}$")
# a clause of its own after a comma: its places belong to its own subject, never to a name before it
_OTHER_CLAUSE = re.compile(r",\s*(?:während|wohingegen|derweil)\b")
_SUBJ_PRONOUN = re.compile(
    r"^\s*(?:Er|Sie|Das Duo|Das Trio|Das Quartett|Die beiden|Die Fahrer|Die Piloten|Der \w+|Die \w+|Dahinter|Damit|Dabei)\b"
)
# a class named by a compound of its own ("in der Damenklasse", "Juniorenklasse"), not the premier class or a quality
# series abbreviations whose "-Wertung" is the series' own standings, never a class ("DRM-Wertung", "Rallye-WM-Wertung")
_SERIES_ABBR = ("WM", "DM", "EM", "SM", "ÖM", "DRM", "DTM", "IDM", "VLN", "NLS", "RCN", "DKM", "DRX")
_NOT_SERIES_BEFORE = "".join(rf"(?<!\b{a})" if len(a) == 2 else f"(?<!{a})" for a in _SERIES_ABBR)
_COMPOUND_CLASS = r"\b(?!Königs|Welt|Spitzen|Top|Premium|Sonder|Ober|Mittel|Kompakt|Extra|Luxus|Fahrzeug|Prototypen|Nachwuchs|Einstieg|Einsteiger|Renn|Motorsport)[A-ZÄÖÜ][a-zäöüß]{2,}klasse\b"
_CLASS_WORD = re.compile(
    _COMPOUND_CLASS + r"|(?<![A-Z]-)\bKlasse(?!ment)\w*|\bKlassen(?!konkurrent|kollege|kamerad|primus)\w*|(?<!\b[A-Z])-Klasse\b|Klassenwertung|"
    rf"(?<![\w-])[\w-]*[A-Z0-9]{_NOT_SERIES_BEFORE}-Wertung\b|\bKategorie\b|\bDivision\b"  # (not a series' standings: "DRM-Wertung")
)
_KLASSE_AS_QUALITY = re.compile(
    r"\b(?:unterstrich\w*|bewies|bewiesen|zeigte\w*|demonstrierte\w*)\s+(?:[\w-]+\s+){0,3}?(?:seine|ihre|die|deren|dessen)\s+(?:\w+\s+)?Klasse\b|"
    r"\b(?:seine|ihre)\s+(?:\w+\s+)?Klasse\s+(?:unter Beweis|gezeigt|bewiesen|demonstriert)"
)
# a classification of its own inside the race: "in der Privatfahrerwertung", "den 1. Platz in der Rookie-Wertung"
_SUB_CLASSIFICATION = re.compile(r"\b(?:Privatfahrer|Privatier|Rookie|Junior|Junioren|Amateur|Damen|Trophy|Gentleman|Gentlemen|Pro-Am|Am|Silver|Silber|Bronze)-?(?:[Ww]ertung|Challenge|Trophy)\b")
# "Gesamt..." of its own, not the standings of a class or a cup ("Platz drei in der Silver-Gesamtwertung")
_OVERALL_WORD = re.compile(r"(?<![A-Za-z]-)\bGesamt\w*|\bgesamt\b|\binsgesamt\b")
# "der Gesamt-Vierte", "Gesamtdritter": an overall place of its own, no scope for the clause's other place
_OVERALL_PLACE = re.compile(r"Gesamt-?(?:[Ee]rst|[Zz]weit|[Dd]ritt|[Vv]iert|[Ff]ünft|[Ss]echst|[Ss]iebt|[Aa]cht|[Nn]eunt|[Zz]ehnt|[Ee]lft|[Zz]wölft)e[nmrs]?\b")
_CLAUSE = re.compile(r"[;]|(?<!\d):(?!\d)|(?<!\d),(?!\d)|\s(?:während|wobei|nachdem)\s")


@dataclass
class ResultRecord:
    persons: list[int]
    session: str
    scope: str
    position: int
    klass: str | None
    evidence: tuple[int, int]
    rule: str
    car: CarInfo | None = None
    individual: bool = False  # one driver by the text's own split ("Doppelsieg durch A und B")
    split: bool = False  # one of several names given several places: only a known car adds a crew


@dataclass
class _Trigger:
    rule: str
    kind: str
    start: int
    end: int
    positions: list[int]
    groups: dict


def _masked(ctx: Context) -> str:
    chars = list(ctx.text)
    for q in ctx.quotes:
        if q.words >= 3:
            for i in range(q.open, min(q.close + 1, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


def _segments(text: str, s: int, e: int, crews: list[Crew]) -> list[tuple[int, int]]:
    """Clause segments of a sentence; commas inside a crew ("A, B und C") do not split."""
    inside = [(c.start, c.end) for c in crews]
    cuts = [s]
    for m in _CLAUSE.finditer(text, s, e):
        if any(a <= m.start() < b for a, b in inside):
            continue
        cuts.append(m.end())
    cuts.append(e)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _pos(groups: dict, key: str = "pos") -> int | None:
    raw = groups.get(key)
    if not raw:
        return None
    raw = re.sub(r"^(?:Gesamt|Klassen|Tages|Lauf|Renn|Tabellen|WM-|Meisterschafts)", "", raw)
    borrowed = {"Ten": 10, "Five": 5, "Sieger": 1, "Siegerin": 1}.get(raw)  # "die Top Ten", as German reports borrow it
    if borrowed:
        return borrowed
    return parse_ordinal(raw) or parse_cardinal(raw) or parse_ordinal(raw + "e") or parse_ordinal(raw.lower())


_ELIDED_START = re.compile(
    r"\s*(?:,|\bund\b|\bsowie\b)\s+(?:(?:der|die|dem|den)\s+)?"
    r"(?:[A-ZÄÖÜ][\w'’.-]*\s+|(?:van|von|de|der|da|di|le)\s+|\([^()]{0,30}\)\s+){1,5}als\s+"
)


_ELIDED_NAME = re.compile(r"\s*(?:,|\bund\b|\bsowie\b)\s+(?:[A-ZÄÖÜ][\w'’.-]*\s+|(?:van|von|de|der|da|di|le)\s+|\([^()]{0,30}\)\s+){1,5}")


def _triggers(ctx: Context, masked: str, s: int, e: int) -> list[_Trigger]:
    found: list[_Trigger] = []
    named = [(mn.start, mn.end) for mn in ctx.mentions if s <= mn.start < e]
    for rule, pattern in result_rules():
        for m in pattern.finditer(masked, s, e):
            if rule.kind == "title" and any(a <= m.start() < b for a, b in named):
                continue  # a title word inside a driver's name: "Jörg Bergmeister"
            if rule.id == "result.ord_before_name" and not any(a == m.end() for a, b in named):
                continue  # "Sechster Claudio Corti, Siebter Thomas Lüthi": the place right before a name (not "Zweiter Platz")
            g = m.groupdict()
            kind = rule.kind
            positions: list[int] = []
            if kind in {"win", "win_noun", "winner_noun", "first", "pole", "title", "leader"}:
                positions = [1]
            elif kind == "next":
                positions = [99]  # set from the place before it ("dahinter X", "gefolgt von X")
            elif kind in {"vize", "champ_second"}:
                positions = [2]
            elif kind in {"ord", "champ_ord", "top_n", "grid", "ord_race"}:
                medal = 3 if g.get("p3") or g.get("p3b") else 2 if g.get("p2") or g.get("p2b") else None  # "Bronze ging an X"
                p = 1 if g.get("win1") else medal or next((q for k in ("pos", "pos2", "pos3", "pos4", "pos5") if (q := _pos(g, k))), None)
                positions = [p] if p else []
            elif kind == "multi":
                positions = [p for p in (_pos(g), _pos(g, "pos2"), _pos(g, "pos3")) if p]
                if len(positions) == 2 and re.search(r"\bbis\b|\d\s?[-–]\s?\d", m.group(0)) and 0 < positions[1] - positions[0] < 10:
                    positions = list(range(positions[0], positions[1] + 1))
            elif kind == "double":
                positions = [1, 2]
            elif kind == "triple":
                positions = [1, 2, 3]
            elif kind in {"duel", "complete", "missed_win"}:
                positions = [2]
            elif kind == "third":
                positions = [3]
            elif kind == "relegate":
                positions = [1]
            if not positions or any(p < 1 or p > 99 for p in positions):
                continue
            if kind == "complete" and re.search(r"\bals\s+[A-ZÄÖÜ]\w+(?:er|e)\b|\b(?:Platz|Rang|Position)\b", m.group(0)):
                continue  # "machte als Dritter das Podium komplett", "mit seinem zweiten Platz komplett": the place says it
            found.append(_Trigger(rule.id, kind, m.start(), m.end(), positions, g))
    extra = []
    for t in found:
        if t.kind == "ord_race":
            gm = re.match(r"(?:[Vv]on|[Vv]om)\s+(?:der\s+|dem\s+)?(?:(?:Platz|Rang|Position)\s+)?(\S+)\s+(?:Startplatz|Startposition)|(?:[Vv]on|[Vv]om)\s+(?:Startplatz|Startposition|Platz|Position|Rang)\s+(\S+)", masked[t.start : t.end])
            near = masked[max(s, t.start - 70) : min(e, t.end + 25)]
            if gm is None and _START_MOVE.search(near):
                # "machte beim Start einen Sprung vom neunten auf den dritten Platz": the move starts from the grid place
                gm = re.match(r"(?:[Vv]on|[Vv]om)\s+(?:der\s+|dem\s+)?(?:(?:Platz|Rang|Position)\s+)?()(\S+)", masked[t.start : t.end])
            grid = (parse_ordinal(gm.group(1) or gm.group(2)) or parse_cardinal(gm.group(1) or gm.group(2))) if gm else None
            if grid and _IN_STANDINGS_WIDE.search(near) and "Start" not in masked[t.start : t.start + gm.end()]:
                grid = None  # "steigt in der WM-Wertung von Platz vier auf zwei": a move in the standings, no start
            if grid:
                extra.append(_Trigger("result.grid", "grid", t.start, t.start + gm.end(), [grid], {}))
    found.extend(extra)
    # "X ging als Fünfter ins Rennen, Y als Neunter": the elided verb of the second name is the start's too
    starts = [t for t in found if t.rule == "result.started_as"]
    for i, t in enumerate(found):
        if t.rule == "result.ord_noun" and any(k.end <= t.start and _ELIDED_START.fullmatch(masked, k.end, t.start) for k in starts):
            found[i] = _Trigger("result.started_as", "grid", t.start, t.end, t.positions, t.groups)
    # "Lando Norris wurde Fünfter, Antonio Giovinazzi 15. und Nikita Masepin 19.": a bare number after a name is a place
    # only with the verb of a place before it, elided
    places = sorted((t for t in found if t.kind == "ord"), key=lambda t: t.start)
    for t in [t for t in places if t.rule == "result.elided_num"]:
        before = [k for k in places if k.end <= t.start and k in found]
        if not before or not _ELIDED_NAME.fullmatch(masked, before[-1].end, t.start):
            found.remove(t)
    # "Rang zwei im Hauptrennen ging an X": the place named before the race, not its win
    found = [t for t in found if not (t.rule == "result.went_to" and re.search(
        r"\b(?:Platz|Rang|Position|Podestplatz)\s+\S+\s+(?:im|in der|beim|bei der)\s+$", masked[max(s, t.start - 40) : t.start]
    ))]
    # "setzte sich X im Duell um Rang drei gegen Y durch": the duel's place, not a win
    duels = [t for t in found if t.rule == "result.duel_for_place"]
    found = [t for t in found if not (t.kind == "win" and any(t.start < d.end and d.start < t.end for d in duels))]
    # "Die Top 10 komplettierten in dieser Reihenfolge A, B, …": the Top N says where the list ends
    found = [t for t in found if not (t.rule == "result.in_this_order" and any(k.kind == "top_n" and k.start < t.end and t.start < k.end for k in found))]
    # longest match first, no overlaps
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[_Trigger] = []
    for t in found:
        if any(t.start < k.end and k.start < t.end and not _in_relative_aside(masked, t, k) for k in kept) and t not in extra and not (
            t.kind == "pole" and all(k.kind == "win" for k in kept if t.start < k.end and k.start < t.end)
        ):
            continue  # (a pole inside "setzte sich ... vor Polesetter X durch" stays: it is X's own)
        kept.append(t)
    kept.sort(key=lambda t: t.start)
    return kept


def _in_relative_aside(masked: str, t: _Trigger, k: _Trigger) -> bool:
    """A trigger inside a standings statement that tells a race place of its own: in a relative clause ("In der
    Fahrerwertung verteidigte X, der im ersten Rennen Fünfter war, seine Führung") or after "nach" ("bleibt X nach
    Platz sechs an der Spitze")."""
    return k.kind == "leader" and (any(
        k.start + a.start() <= t.start and t.end <= k.start + a.end() for a in re.finditer(r",\s*(?:der|die)\s+[^,;]*,", masked[k.start : k.end])
    ) or (t.kind == "ord" and _AFTER_PLACE.search(masked, max(0, t.start - 20), t.start) is not None))


# "bleibt X nach Platz sechs an der Spitze": the race's place that leaves the standings as they are
_AFTER_PLACE = re.compile(r"\bnach\s+(?:seinem|ihrem|dem)?\s*$")
# a penalty told later in the sentence takes the place away: "…, wurde aber zurückversetzt", "erhielten aber eine Strafe"
_PENALTY_LATER = r"\b(?:aber|jedoch|doch)\b[^.;]*\b(?:\w*[Ss]trafe\w*|zurückversetzt|zurückgestuft|disqualifiziert|aberkannt|aus der Wertung)"


_COORD_GAP = re.compile(
    r"^\s*(?:(?:\([^()]{0,60}\)|aus\s+(?:der\s+|den\s+)?[A-ZÄÖÜ][\w-]+|(?:vom|von\s+de[nr])\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}|im\s+[\w-]+(?:\s+[\w-]+)?(?:\s*\([^()]{0,60}\))?)\s*){0,2}?(?:,|\bund\b|\bsowie\b)\s+(?:(?:dem|den|der|die|seinem|seinen|ihrem|ihren)\s+)?"
    r"(?:[\w.-]+\s+){0,3}$"
)


# finite verbs that state a result of their subject ("feierte das Team mit X den Sieg", "kam X ins Ziel")
RESULT_VERBS = r"feierte[n]?|gewann|gewannen|siegte[n]?|holte[n]?|sicherte[n]?|errang|errangen|kam|kamen|fuhr|fuhren"

_ORD_APPOSITION = re.compile(r"(?:platzierte[nr]?|Zweite[nr]?|Dritte[nr]?|Vierte[nr]?|Fünfte[nr]?|Sechste[nr]?)$")
_OWN_VERB = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:kam|kamen|wurde|wurden|fuhr|fuhren|belegte|belegten|landete|landeten|holte|holten|"
    r"gewann|gewannen|folgte|folgten|lag|lagen|war|waren|ist|sind|hatte|hatten|musste|mussten|konnte|konnten|"
    r"erreichte|sicherte|beendete|blieb|schied|überquerte|"
    r"kommt|kommen|wird|werden|fährt|fahren|belegt|belegen|landet|landen|holt|holen|gewinnt|gewinnen|folgt|folgen|liegt|liegen|"
    r"erreicht|sichert|beendet|bleibt|überquert)\b"
)


# any present or past finite verb right after a name ("Rosenqvist lauert zwei Zähler hinter Leclerc auf Rang drei")
_FINITE_AFTER = re.compile(
    r"\s*(?!(?:und|oder|sowie|mit|vor|hinter|auf|als|von|bei|nach|gegen|seit|unter|zum|zur|im|am)\b)[a-zäöüß]{3,}(?:t|te|ten)\b"
)


def _coordinated(gap: str) -> bool:
    """The text between two names joins them in one enumeration ("X (Audi) und dem Italiener Y"), not a new
    phrase ("X, gefolgt von Y", "X vor Y")."""
    return bool(_COORD_GAP.match(gap)) and not re.search(
        r"\b(?:gefolgt|folgte\w*|vor|hinter|von(?!\s+de[nr]\s+[A-ZÄÖÜ])|mit|auf|als|während|wobei|nachdem|obwohl|weil|bevor|dass|aber|doch|jedoch|denn)\b", gap
    )  # (", während X ...": a clause of its own)


_ARRIVED_VOR = re.compile(
    r"\b(?:kam|kamen|fuhr|fuhren|überquerte[n]?|landete[n]?|lief|liefen|wurde|wurden)\s+(?:[\w-]+\s+){0,3}?vor\s+"
)


def _team_aside(masked: str, c: Crew, crews: list[Crew], s: int) -> bool:
    """A name the model found in the parentheses right after another name is that name's team: "Gustav Mene (Jagonya
    Ayam with Carlin)" (not the crew of a car in parentheses after a make, "von BMW (A, B, C)")."""
    op, close = masked.rfind("(", s, c.start), masked.find(")", c.end, c.end + 40)
    return op > masked.rfind(")", s, c.start) and close >= 0 and "(" not in masked[c.end : close] and any(
        not masked[o.end : op].strip() for o in crews if o.end <= op
    )


def _places_after_placed_crew(ctx: Context, masked: str, out: list, single_seater: bool = False) -> list:
    """'Christian Engelhart kam vor Jaap van Lagen und Michael Ammermüller ins Ziel', when the release already
    gave Engelhart his place: the names after "vor" take the places after his."""
    added = []
    for si, (s, e) in enumerate(ctx.sentences):
        if any(s <= r.evidence[0] < e for r in out if r.session == "race"):
            continue  # (a sentence with a place of its own: its chain is read with that place)
        crews = [c for c in ctx.crews if c.sent == si and c.persons and not c.mentions[0].in_quote]
        for m in _ARRIVED_VOR.finditer(masked, s, e):
            subj = [c for c in crews if c.end <= m.start() and not _is_oblique(masked, c, crews) and not re.search(r"[,;:]", masked[c.end : m.start()])]
            if not subj and si > 0 and re.fullmatch(r"\s*(?:Er|Sie)\s+", masked[s : m.start()]) and ctx.paragraph_of(ctx.sentences[si - 1][0]) == ctx.paragraph_of(s):
                # "Vierter wurde X. Er landete vor A, B und C": the pronoun is the one placed in the sentence before
                before = [r for r in out if r.session == "race" and ctx.sentence_of(r.evidence[0]) == si - 1]
                if len(before) == 1:
                    subj = [Crew(before[0].persons, s, s, si, [None])]
            if not subj:
                continue
            placed = {(r.position, r.scope, r.klass) for r in out if r.session == "race" and set(r.persons) & set(subj[-1].persons)}
            if len(placed) != 1:
                continue
            p, scope, klass = placed.pop()
            after = [c for c in crews if m.end() <= c.start < m.end() + 400]
            after = after if after and after[0].start < m.end() + 80 else []
            chain = after[:1]
            for c in after[1:]:
                if len(chain) >= 9 or not _coordinated(re.sub(r"\s(?:auf|im|in)\s+(?:seinem|ihrem|dem|einem)\s+[^,;]{0,40}?(?=\s(?:und|sowie)\s)", " ", masked[chain[-1].end : c.start])):
                    break
                chain.append(c)
            if single_seater:
                # one driver per car: "vor A und B" are two cars
                chain = [x for c in chain for x in (_split_crew(ctx, c) if len(c.persons) >= 2 else [c])]
            for k, crew in enumerate(chain):
                if not any(r.session == "race" and r.scope == scope and set(r.persons) & set(crew.persons) for r in out + added):
                    added.append(ResultRecord(crew.persons, "race", scope, p + 1 + k, klass, (m.start(), crew.end), "result.arrived_before"))
    return added


_PLACE_LINE = re.compile(r"[ \t]*(\d{1,2})\.\s+(Platz|Rang|Position|Startplatz|Gesamtrang)\b[^\n]{0,60}(?=\n|$)")


_NAME_LINE_PLACE = re.compile(
    r"\s*(?:\([^()\n]{0,100}\))?\s*,\s*(?:[^,\n:„“\"]{1,60},\s*)?"
    r"(?P<place>(?P<num>\d{1,2})\.\s+(?:Platz|Rang|Position)|(?P<word>Sieger|Siegerin|Zweiter|Zweite|Dritter|Dritte|Vierter|Vierte|Fünfter|"
    r"Fünfte|Sechster|Sechste|Siebter|Siebte|Achter|Achte|Neunter|Neunte|Zehnter|Zehnte))\b[^\n:]{0,40}(?::[^\n]*)?$"
)


def _places_under_name_lines(ctx: Context, masked: str, out: list) -> list:
    """The voices after a race: 'Martin Tomczyk (Audi Sport Team Abt / Audi A4 DTM #6)' on a line of its own and
    '2. Platz, + 1,635 Sek.' on the next: that driver's place; also on one line ('Timo Scheider (Audi A4 DTM #8),
    5. Platz, + 13,076 Sek.', 'Paul di Resta, Mercedes C-Klasse 2007, Zweiter:')."""
    added = []
    for c in ctx.crews:
        if not c.persons or c.mentions[0].in_quote or (c.start > 0 and masked[c.start - 1] != "\n"):
            continue
        line_end = masked.find("\n", c.end)
        line_end = len(masked) if line_end < 0 else line_end
        m = _NAME_LINE_PLACE.fullmatch(masked, c.end, line_end)
        if m is None:
            continue
        word = m.group("word")
        pos = int(m.group("num")) if m.group("num") else 1 if word.startswith("Sieger") else parse_ordinal(word)
        if not any(r.session == "race" and r.position == pos and set(r.persons) & set(c.persons) for r in out + added):
            added.append(ResultRecord(c.persons, "race", "overall", pos, None, (c.start, m.end("place")), "result.name_line"))
    for m in _PLACE_LINE.finditer(masked):
        if m.start() > 0 and masked[m.start() - 1] != "\n":
            continue
        prev_end = m.start() - 1
        prev_start = masked.rfind("\n", 0, max(0, prev_end)) + 1
        head = [
            c for c in ctx.crews
            if prev_start <= c.start and c.end <= prev_end and not masked[prev_start : c.start].strip()
            and c.persons and not c.mentions[0].in_quote and NAME_LINE_REST.fullmatch(masked, c.end, prev_end)
        ]
        if not head:
            continue
        session = "qualifying" if m.group(2) == "Startplatz" else "race"
        pos = int(m.group(1))
        if any(r.session == session and r.position == pos and set(r.persons) & set(head[0].persons) for r in out + added):
            continue
        classes = _classes_in(ctx, masked, m.start(), m.end())  # ("3. Platz GT3-Klasse")
        scope = "class" if classes or (_CLASS_WORD.search(m.group(0)) and not _OVERALL_WORD.search(m.group(0))) else "overall"
        klass = classes[0][0] if classes and scope == "class" else None
        added.append(ResultRecord(head[0].persons, session, scope, pos, klass, (head[0].start, m.end()), "result.name_line"))
    return added


def _has_place(records: list, person: int, session: str, position: int, scope: str | None = None) -> bool:
    """``person`` holds ``position`` in ``session`` (and ``scope``, when given) among ``records`` already."""
    return any(r.session == session and r.position == position and person in r.persons and scope in (None, r.scope) for r in records)


_OFFROAD = re.compile(r"\bMotocross|\bMX(?:GP|1|2|3)?\b|\bMX-|\bSupermoto|\bEnduro|\bSeitenwagen-?[Cc]ross|\bSidecarcross")
_HEAT_SCORE = re.compile(r"\s*\((\d{1,2})\s?[-–]\s?(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?\)")


_LAP_TICKER = re.compile(r"\s*(?:[-–•]\s*)?(?:\d{1,3}\.\s*Runde|Runde\s+\d{1,3})\s*[:–-]?\s+(?=[A-ZÄÖÜ])")


def _elided_places_share_session(ctx: Context, out: list) -> None:
    """"In der Gesamtwertung ... Felix Rosenqvist ist Zehnter, Roy Nissany 14.": a bare number after a name shares the
    verb of the place before it in its sentence, and so its session, scope and class."""
    for r in out:
        if r.rule != "result.elided_num":
            continue
        si = ctx.sentence_of(r.evidence[0])
        before = [x for x in out if x is not r and x.rule != "result.elided_num" and x.evidence[0] < r.evidence[0] and ctx.sentence_of(x.evidence[0]) == si]
        if before:
            ref = max(before, key=lambda x: x.evidence[0])
            r.session, r.scope, r.klass = ref.session, ref.scope, ref.klass


def _heat_scores(ctx: Context, masked: str, out: list) -> list:
    """Motocross notation: the places of a rider in the heats of the day in parentheses after his name ("Tom Vialle
    (2-1)", "Jago Geerts (3-7)"); each is a race place."""
    if not _OFFROAD.search(masked):
        return []
    added = []
    for m in ctx.mentions:
        hm = _HEAT_SCORE.match(masked, m.end) if m.person is not None and not m.in_quote else None
        if hm is None:
            continue
        s, e = ctx.sentences[m.sent]
        # (the classification of the sentence's other places: "In der MX2 siegte X (2-1)", "Y (4-10) wurde Fünfter")
        near = [r for r in out if r.session == "race" and s <= r.evidence[0] < e]
        classes = _classes_in(ctx, masked, s, e)
        scope, klass = (near[0].scope, near[0].klass) if near else ("class", classes[0][0]) if classes else ("overall", None)
        for pos in sorted({int(g) for g in hm.groups() if g}):
            if 1 <= pos <= 40 and not _has_place(out + added, m.person, "race", pos):
                added.append(ResultRecord([m.person], "race", scope, pos, klass, (m.start, hm.end()), "result.heat_scores"))
    return added


_SHARED_WINS = re.compile(
    r"\b[Dd]ie\s+(?:Lauf|Renn|Heat|Tages)?[Ss]iege\s+teilten\s+sich\b|\bteilten\s+sich\s+(?:die\s+)?(?:beiden\s+)?(?:Lauf|Renn|Heat)?[Ss]iege\b"
)


def _shared_wins(ctx: Context, masked: str, out: list) -> list:
    """ "Die Laufsiege teilten sich A und B", "A und B teilten sich die Siege": each of them won a race of the day."""
    added = []
    for si, (s, e) in enumerate(ctx.sentences):
        hit = _SHARED_WINS.search(masked, s, e)
        if hit is None:
            continue
        # (the names of the phrase's own clause: "…, Duncan Huisman und Paolo Ruberti teilten sich die Siege in der …")
        a = max([s] + [s + k.end() for k in re.finditer(r"[,;:]\s", masked[s : hit.start()])])
        b = next((hit.end() + k.start() for k in re.finditer(r"[,;:]", masked[hit.end() : e])), e)
        people = {m.person: m for m in ctx.mentions if a <= m.start < b and not m.in_quote and m.person is not None}
        if len(people) < 2:
            continue
        own = re.match(r"\s+in\s+der\s+(?:([A-ZÄÖÜ][\w]*)-Wertung|([A-ZÄÖÜ][\w]*wertung))\b", masked[hit.end() : b])
        scope, klass = ("class", own.group(1) or own.group(2)) if own else ("overall", None)  # ("Rookie-Wertung": Rookie)
        for p, m in people.items():
            if not _has_place(out + added, p, "race", 1):
                added.append(ResultRecord([p], "race", scope, 1, klass, (m.start, b), "result.shared_wins", individual=True))
    return added


_MX_CLASS = re.compile(
    r"\b(?:MXGP|MX1|MX2|MX3|EMX\d{2,3}\w*|(?:ADAC\s+)?MX\s+Masters|(?:ADAC\s+MX\s+)?(?:Youngster|Junior|Kids)\s+Cup)\b(?!-(?:WM|Weltmeisterschaft|EM|Serie))"
)


def _offroad_classes(ctx: Context, masked: str, out: list) -> None:
    """A motocross report on several classes of the day (MXGP and MX2, Masters and Youngster Cup): each place
    belongs to the class named last before it ("die MX2 Motocross-WM ... Tom Vialle (2-1)"); the premier class's
    places ("Der Sieg in der MXGP") stay overall, as a Grand Prix's MotoGP does."""
    if not _OFFROAD.search(masked):
        return
    named = [(m.start(), re.sub(r"\s+", " ", m.group(0))) for m in _MX_CLASS.finditer(masked) if not ctx.quote_mask[m.start()]]
    if len({fold(n) for _, n in named}) < 2:
        return
    for r in out:
        before = [n for at, n in named if at < r.evidence[1]]
        if not before or r.session not in {"race", "qualifying", "championship"}:
            continue
        if re.fullmatch(r"MXGP|MX1|(?:ADAC )?MX Masters", before[-1]):
            if r.scope == "class" and r.klass and _MX_CLASS.fullmatch(r.klass):
                r.scope, r.klass = "overall", None  # (the premier class is the overall, also after a lead about another)
        elif r.scope == "overall" or (r.klass and _MX_CLASS.fullmatch(r.klass)):
            r.scope, r.klass = "class", before[-1]


def _season_win_by_a_lower_place(ctx: Context, masked: str, out: list) -> None:
    """ "Mit Platz acht im letzten Lauf holte X den Gesamtsieg": an overall win with a lower place of the same driver in
    the same race's sentence is the season's (not a rally's stage place: "Mit Platz zwei auf der letzten Prüfung")."""
    for r in out:
        if r.session == "race" and r.position == 1 and re.search(r"Gesamtsieg|Gesamtwertung", masked[r.evidence[0] : r.evidence[1]]):
            sent = ctx.sentence_of(r.evidence[0])
            text_of = masked[ctx.sentences[sent][0] : ctx.sentences[sent][1]]
            if re.search(r"\b(?:Lauf|Rennen|Finale|Saisonfinale|Saisonlauf)\b", text_of) and not re.search(r"Prüfung|\bWP\b|Etappe|Stage", text_of) and any(
                o is not r and o.session == "race" and o.position > 1 and set(o.persons) == set(r.persons) and ctx.sentence_of(o.evidence[0]) == sent
                for o in out
            ):
                r.session = "championship"


_STAT_PAREN = re.compile(r"\s*(?:aus\s+[A-ZÄÖÜ][\w-]+\s*)?\(([^()\n]{0,160}?:\s*\d{1,2}\.[^()\n]{0,160})\)")
_STAT_ITEM = re.compile(r"(?:^|[,;]\s*)([A-ZÄÖÜ][\w.-]*(?:\s[\w.-]+){0,2}?):\s*(\d{1,2})\.(?:\s*(?:Platz|Rang|P\b))?")
_STAT_QUALI = re.compile(r"Zeittraining|Qualifying|Qualifikation|Training|Startplatz|Startaufstellung")
_STAT_RACE = re.compile(r"Rennen(?:\s+\d)?|Lauf(?:\s+\d)?|\d\.\s+(?:Rennen|Lauf)|Gesamt|Gesamtwertung des Rennens")
_STAT_STANDINGS = re.compile(r"Meisterschaft|Gesamtwertung|Tabelle|Gesamtstand|Punktestand|Zwischenstand")


def _stat_parentheses(ctx: Context, masked: str, out: list) -> list:
    """A driver's day in a parenthesis after his name, press-kit style: "Ralf Kelleners (Düsseldorf, Zeittraining: 3.
    Platz, Rennen: 6. Platz, Legend-Cup: 2. Platz)": the grid, the race and a classification of its own."""
    added = []
    for m in ctx.mentions:
        pm = _STAT_PAREN.match(masked, m.end) if m.person is not None and not m.in_quote else None
        if pm is None:
            continue
        inner_at = pm.start(1)
        for im in _STAT_ITEM.finditer(pm.group(1)):
            label, pos = im.group(1).strip(), int(im.group(2))
            if _STAT_QUALI.fullmatch(label):
                session, scope, klass = "qualifying", "overall", None
            elif _STAT_RACE.fullmatch(label):
                session, scope, klass = "race", "overall", None
            elif _STAT_STANDINGS.fullmatch(label):
                session, scope, klass = "championship", "overall", None
            elif re.fullmatch(r"[A-ZÄÖÜ][\w-]*(?:-(?:Cup|Wertung|Trophy|Pokal|Klasse)|Cup|Wertung|Trophy|Pokal)?", label) and len(label) >= 3:
                session, scope, klass = "race", "class", re.sub(r"-?(?:Wertung|Klasse)$", "", label)
            else:
                continue
            if not _has_place(out + added, m.person, session, pos, scope):
                ev = (m.start, inner_at + im.end())
                added.append(ResultRecord([m.person], session, scope, pos, klass, ev, "result.stat_parenthesis"))
    return added


def _is_oblique(masked: str, crew: Crew, crews: list[Crew] | None = None) -> bool:
    """The crew is an object ("vor X", "hinter X"), also as a later member of a coordination that
    starts with one ("vor Tom Blomqvist und dem Italiener Edoardo Mortara", "vor X sowie Audi-Pilot Y")."""
    before = masked[max(0, crew.start - 45) : crew.start]
    before = re.split(r"(?<=[a-zäöüß)][.!?])\s+", before)[-1]  # (never across a sentence end: "vor seinem Teamkollegen. X ...")
    if _OBLIQUE.search(before):
        return True
    if re.search(r"\ban\s+$", before) and re.match(r"\s*(?:\([^()]{0,40}\)\s*)?vorbei\b", masked[crew.end : crew.end + 50]):
        return True  # "schob sich X an Albers vorbei auf Platz zwei": the one passed
    if crews:
        prev = [c for c in crews if c.end <= crew.start and crew.start - c.end <= 80 and c.sent == crew.sent]
        gap = masked[prev[-1].end : crew.start] if prev else ""
        if prev and _coordinated(gap) and not (
            # ", Paul Di Resta kam auf Platz 22": after a bare comma, a name with its own verb starts a clause
            not re.search(r"\b(?:und|sowie)\b", gap) and _OWN_VERB.match(masked[crew.end : crew.end + 20])
        ):
            return _is_oblique(masked, prev[-1], crews)
    return False


# the subject of a clause is a pronoun or a description of a driver named before: "Er gewann vor X",
# "Am Ende gewann er", "Der Ex-Champion aus Markt Erlbach gewann", "Das französische Duo siegte"
_PERSON_NOUN = re.compile(
    r"(?:Pilot|Pilotin|Fahrer|Fahrerin|Jährige|Jähriger|Champion|Meister|Weltmeister|Sieger|Duo|Trio|Quartett|Rookie|"
    r"Youngster|Routinier|Lokalmatador|Titelverteidiger|Tabellenführer|Spitzenreiter|Teamkollege|Markenkollege|"
    r"Werksfahrer|Neuling|Junior|Schützling|Polesetter|Pole-Setter|Rekordsieger|Gaststarter|Teamgefährte|Stallgefährte)$"
)
_ANAPHOR_HEAD = re.compile(
    r"\s*(?:(?:Am Ende|Im Ziel|Damit|Dabei|Schließlich|Danach|Somit|So|Dort|Hier|Dann|Im Rennen|Am Sonntag|Am Samstag|"
    r"Letztlich|Trotzdem|Dennoch)\s+(?:\w+\s+)?)?(?:(?P<pron>Er|Sie|er|sie)\b|(?:Der|Die|Das)\s+(?:[a-zäöüß\d][\w.-]*\s+)*"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*|\d+-[Jj]ährige[nr]?))"
)
# a main clause after a comma, its subject a description and its verb second: ", der Brasilianer selbst war ... Achter
# geworden" (never a relative clause: that has no noun right after its "der")
_ANAPHOR_AFTER_COMMA = re.compile(
    r"[,;]?\s*(?:der|die)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)(?=\s+(?:selbst\s+|dagegen\s+|hingegen\s+)?(?:war|wurde|kam|landete|fuhr|belegte|beendete|erreichte|sah)\b)"
)


_INVERTED_HEAD = re.compile(
    r"\s*(?:(?:Am Ende|Im Ziel|Damit|Dabei|Schließlich|Danach|So|Dann|Letztlich)\s+)?(?:wurde|wurden|ist|war|landete|kam|"
    r"belegte|holte|gewann|gewinnt|siegte|siegt|fuhr|sicherte|feierte|setzte|setzt|triumphierte|führt|führte|liegt|lag|bleibt|blieb|"
    r"übernahm|übernimmt)\s+(?:sich\s+)?(?:(?:der|die|das)\s+"
    r"(?:[a-zäöüß\d][\w.-]*\s+)*?(?P<noun>[A-ZÄÖÜ][\w-]*|\d+-[Jj]ährige[nr]?)|(?P<pron>er|sie)\b)"
)


def _previous_subject(ctx: Context, masked: str, si: int, size: int | None = None, placed_elsewhere: set[int] | None = None) -> Crew | None:
    """The first crew named (outside quotes, not as an object) in the nearest earlier sentence that names one,
    within the paragraph or the one before it; one not ``placed_elsewhere`` when that sentence names one."""
    s = ctx.sentences[si][0]
    para = ctx.paragraph_of(s)
    for back in range(si - 1, max(-1, si - 7), -1):
        bs = ctx.sentences[back][0]
        if ctx.paragraph_of(bs) < para - 1:
            break
        be = ctx.sentences[back][1]
        if _OLD.search(masked[bs:be]):
            continue  # "Den ersten Sieg hatten X und Y 1970 eingefahren": history, no subject of this race
        cands = [
            c for c in ctx.crews
            if c.sent == back and c.persons and not c.mentions[0].in_quote
            and not ctx.spans_in(c.start, c.end, "TEAM")
            and not any(ctx.persons[p].non_driver or (ctx.persons[p].roles and all(role_class(r) == "other" for r in ctx.persons[p].roles)) for p in c.persons)
        ]
        cands = [c for c in cands if not _is_oblique(masked, c, cands)]
        if size is not None:
            cands = [c for c in cands if len(c.persons) == size] or cands
        if placed_elsewhere:
            # "Gemeinsam mit Wickens stand Christian Vietoris auf dem Podium. Der Mercedes-Junior belegte den dritten
            # Rang": not the winner, who already has his place
            cands = [c for c in cands if not set(c.persons) & placed_elsewhere] or cands
        if cands:
            return cands[0]
    return None


def clause_subject(ctx: Context, masked: str, si: int, clause_start: int, start: int, end: int) -> list[int] | None:
    """The persons a pronoun or description before ``start`` in its clause stands for (see ``_anaphoric_subject``)."""
    crews = [c for c in ctx.crews if c.sent == si and not c.mentions[0].in_quote and c.persons]
    crew = _anaphoric_subject(ctx, masked, _Trigger("", "", start, end, [], {}), si, (clause_start, end), crews)
    return crew.persons if crew is not None else None


def _nationality_of_description(words: list[str]) -> str | None:
    """'spanische', 'französischen' -> 'Spanier', 'Franzose' (the noun of the nationalities lexicon)."""
    from pipeline.lexicons import speech

    table = speech().nationality_adjectives
    for w in words:
        stem = re.sub(r"(?:e|en|er|es|em)$", "", w.lower())
        if stem in table:
            return table[stem]
    return None


def _anaphoric_subject(ctx: Context, masked: str, trig: _Trigger, si: int, seg: tuple[int, int], crews: list[Crew]) -> Crew | None:
    a0 = seg[0]
    head = masked[a0 : trig.start]
    if any(0 <= c.start - trig.end <= 2 for c in crews):
        return None  # an apposition: "Pole-Setter René Rast", "Tabellenführer X"
    if re.search(r"\b(?:dem|den|des|einem|einen|eines)\s+(?:[a-zäöüß][\w-]*\s+)?$", head):
        return None  # attributive: "vor dem zweitplatzierten GT3-MR": the place is the object's
    if any(a0 <= c.start < trig.start and not _is_oblique(masked, c, crews) for c in crews):
        return None
    m = _ANAPHOR_HEAD.match(head) or _ANAPHOR_AFTER_COMMA.match(head)
    base, desc = a0, head
    if m is None:
        # the subject after the verb: "wurde der Spanier Dritter", "gewann der Ferrari-Junior vor X",
        # "setzte sich das Porsche-Trio ... gegen X durch"
        m = _INVERTED_HEAD.match(head)
        if m is None and trig.kind in {"win", "win_noun", "leader"}:
            base = trig.start
            desc = masked[trig.start : min(len(masked), trig.start + 150)]
            m = _INVERTED_HEAD.match(desc)
    after = re.match(r"\s*(?:er|sie)\b", masked[trig.end : trig.end + 6])
    if m is None and after is None:
        return None
    if m is not None and m.group("noun"):
        noun = m.group("noun")
        if any(0 < c.start - (base + m.end("noun")) <= 2 for c in crews):
            return None  # "setzte sich das Duo A und B durch", "siegt das Trio A, B und C": the names are the noun's own
        if ctx.spans_in(base + m.start("noun"), base + m.end("noun") + 1, "CAR") or ctx.spans_in(base + m.start("noun"), base + m.end("noun") + 1, "TEAM"):
            return None
        from pipeline.extract.quotes import _WINNER_WORDS, _resolve_role
        from pipeline.lexicons import speech

        if _WINNER_WORDS.get(noun.lower()) == ("race", 1):
            won = [r for r in ctx.results_so_far if r.session == "race" and r.position == 1]
            return Crew(persons=won[0].persons, start=a0, end=a0, sent=si, mentions=[]) if won else None
        noun_nat = nationality_noun(noun)
        if not (noun_nat or _PERSON_NOUN.search(noun)):
            return None
        adjective_nat = _nationality_of_description(desc[m.start() : m.start("noun")].split())
        if (noun_nat or adjective_nat) and noun not in {"Duo", "Trio", "Quartett"}:
            nat = adjective_nat or noun_nat
            person = _resolve_role(ctx, nat, trig.start)
            if person is not None:
                return Crew(persons=[person], start=a0 + len(head) - len(head.lstrip()), end=a0 + len(head.rstrip()), sent=si, mentions=[])
            prev = _previous_subject(ctx, masked, si)
            if prev is None:
                return None
            places = {fold(x) for x in speech().nationalities.get(nat, [])}
            if any(ctx.persons[p].origin and fold(ctx.persons[p].origin).split("/")[0].strip() not in places for p in prev.persons):
                return None  # the driver named before is from elsewhere: no guess
            return Crew(persons=prev.persons, start=a0 + len(head) - len(head.lstrip()), end=a0 + len(head.rstrip()), sent=si, mentions=prev.mentions)
        by_brand = _person_by_brand(ctx, masked, noun, trig.start)
        if by_brand is not None:
            # "Der Audi-Pilot startete als Zwanzigster", "Der BMW-Pilot hielt als Sechster seine Tabellenführung": the driver
            # the text tied to that make or team last ("Audi-Pilot Edoardo Mortara", "Marco Wittmann (BMW)")
            return Crew(persons=[by_brand], start=a0 + len(head) - len(head.lstrip()), end=a0 + len(head.rstrip()), sent=si, mentions=[])
        size = {"Duo": 2, "Trio": 3, "Quartett": 4}.get(noun)
        placed = None
        if trig.kind in {"ord", "multi"} and len(trig.positions) == 1 and not re.search(r"(?:Duo|Trio|Quartett)$", noun):  # (one driver described, not a crew)
            placed = {p for r in ctx.results_so_far if r.session == "race" and r.position != trig.positions[0] for p in r.persons}
        prev = _previous_subject(ctx, masked, si, size, placed)
    else:
        prev = None
        if m is not None and m.group("pron") and re.search(r",\s*(?:nachdem|weil|als|obwohl|da|wobei|bevor|während)\s*$", masked[max(0, a0 - 12) : a0 + len(head) - len(head.lstrip())]):
            # "X wurde Vierter, nachdem er im ersten Rennen als Achter gewertet wurde": the main clause's subject
            s0 = ctx.sentences[si][0]
            own = [c for c in crews if s0 <= c.start < a0 and not _is_oblique(masked, c, crews)]
            prev = own[0] if own else None
        if prev is None:
            prev = _previous_subject(ctx, masked, si)
    if prev is None:
        return None
    # the evidence is this clause's own subject ("Der Ex-Champion ... gewann"), the persons those named before
    return Crew(persons=prev.persons, start=a0 + len(head) - len(head.lstrip()), end=a0 + len(head.rstrip()), sent=si, mentions=prev.mentions)


_BRAND_NOUN = re.compile(r"(?P<brand>[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)?)-(?:Pilot|Pilotin|Fahrer|Fahrerin|Werksfahrer|Werkspilot|Werksfahrerin|Star|Youngster|Routinier)")


@lru_cache(maxsize=256)
def _brand_words(brand: str) -> re.Pattern[str]:
    """The makes of the lexicon and ``brand`` as whole words (compiled once per brand)."""
    from pipeline.lexicons import canonical_values

    makes = sorted(set(canonical_values().get("MAKE", {})) | {brand}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(re.escape(w) for w in makes) + r")(?![a-zäöüß])")


def _person_by_brand(ctx: Context, masked: str, noun: str, at: int) -> int | None:
    """The person a "<make or team>-Pilot" description stands for: the one named with that word next to the name ("Audi-Pilot
    X", "X (Audi)", "X im Audi") last before ``at``; failing that, the one named last just before who is tied to no other make."""
    bm = _BRAND_NOUN.fullmatch(noun)
    if bm is None:
        return None
    brand = bm.group("brand")
    if brand.lower() in {"formel", "gp", "werks", "test", "ersatz", "stamm", "gast", "nachwuchs", "privat", "top", "ex"}:
        return None
    word = _brand_words(brand)
    tied: dict[int, int] = {}
    other: set[int] = set()
    here = ctx.sentence_of(at)
    for m in ctx.mentions:
        if m.person is None or m.in_quote or m.start >= at:
            continue
        s0, e0 = ctx.sentences[m.sent]
        before = re.split(r"[,;:]|\b(?:und|vor|hinter)\b", masked[max(s0, m.start - 30) : m.start])[-1]
        after = re.split(r"[,;:]|\b(?:und|vor|hinter)\b", masked[m.end : min(e0, m.end + 40)])[0]
        found = {w.group(1) for w in word.finditer(before + " " + after)}
        if brand in found:
            tied[m.person] = m.start
        elif found:
            other.add(m.person)
    near = [m for m in ctx.mentions if m.person is not None and not m.in_quote and m.start < at and m.sent >= here - 1]
    if tied:
        latest = max(tied, key=lambda p: tied[p])
        if ctx.sentence_of(tied[latest]) >= here - 1 or (len(tied) == 1 and any(m.person == latest for m in near)):
            return latest  # the one named with it just before, or the only one of that make and named just before
        return None  # (a driver of that make named long before is no safe guess)
    if any(m.person in other for m in near):
        # "Damit ist der Italiener (Audi) neuer Zweiter, 19 Punkte hinter Marco Wittmann. Der BMW-Pilot ...": not the Audi man
        free = [m for m in near if m.person not in other and m.person not in tied]
        return free[-1].person if free else None
    return None


_SUBORDINATE = re.compile(
    r"[\s,]*(?:nachdem|weil|während|obwohl|als|da|wobei|bevor|bis|seit|dass|sodass|wenn|ob|der|die|das|dem|den|dessen|deren|"
    r"dahinter|danach|zuvor)\b"
)


# what may stand between two entries of one list of crews: a parenthesis, the car ("im BMW Bank M4 DTM"), a comma, "und"
_LIST_GLUE = re.compile(
    r"\s*(?:(?:jr\.|Jr\.|sen\.|junior)\s*)?(?:\([^()]{0,40}\)\s*)?(?:(?:im|in der|in dem|mit dem)\s+[^,;.()]{1,50}?\s*)?,?\s*(?:und\s+|sowie\s+)?"
    # a title before the next name of the list: "A (Frankreich), Titelverteidiger B und C belegten die Startplätze vier bis sechs"
    r"(?:(?:Titelverteidiger|Vorjahressieger|Tabellenführer|Teamkollege|Markenkollege|Landsmann|Routinier|Rookie|Gaststarter|Lokalmatador|Polesetter)(?:in)?\s+)?"
)


def _list_glue(between: str) -> bool:
    return _LIST_GLUE.fullmatch(between) is not None


_WITH_OBJECT = re.compile(r"\b(?:mit|gegen|gegenüber)\s+(?:[A-ZÄÖÜ][\w-]*-[\w-]+\s+|(?:dem|den)\s+[\w-]+\s+)?$|\b(?:der|des)\s+[\w-]+\s+von\s+$")


def _genitive(crew: Crew) -> bool:
    """Every name of the crew stands in the genitive ("Grönholms"): an owner of a noun, not a subject."""
    return bool(crew.mentions) and all(m is not None and m.genitive for m in crew.mentions)


def _several_crews(
    ctx: Context, masked: str, segments, k: int, pool: list[Crew], crews: list[Crew], n: int, at: int, listed: bool = False
) -> list[Crew]:
    """The crews of a multi-place trigger ("belegten die Plätze vier bis sechs") that starts at ``at``.

    A list cut into clauses by its commas ("A, B, C landeten auf den Rängen zwei, drei und vier") is
    gathered back from the clauses before; one "crew" of exactly n names holding n places is n drivers.
    More names than places, all before the places: the n nearest ("Neben A und B fuhren auch C und D
    auf den Plätzen sechs und sieben ins Ziel").
    """
    seq = sorted(pool, key=lambda c: c.start)
    j = k - 1
    while len(seq) < n and j >= 0:
        a, b = segments[j]
        more = sorted((c for c in crews if a <= c.start < b and not _is_oblique(masked, c, crews)), key=lambda c: c.start)
        if not more or not _list_glue(masked[more[-1].end : seq[0].start]):
            break
        seq = more + seq
        j -= 1
    j = k + 1
    while len(seq) < n and j < len(segments):
        # "Auf den Plätzen drei bis fünf folgten A (GB), B (CAN) und C (Hanau)": the list goes on after the place
        a, b = segments[j]
        more = sorted((c for c in crews if a <= c.start < b and not _is_oblique(masked, c, crews)), key=lambda c: c.start)
        if not more or not _list_glue(masked[seq[-1].end : more[0].start]):
            break
        seq = seq + more
        j += 1
    if len(seq) == 1 and len(seq[0].persons) == n and len(seq[0].mentions) == n and all(m is not None for m in seq[0].mentions):
        return _split_crew(ctx, seq[0])
    if (
        listed and len(seq) > 1 and seq[0].start >= at and len(seq[0].persons) == n and len(seq[0].mentions) == n
        and all(m is not None for m in seq[0].mentions) and not _list_glue(masked[seq[0].end : seq[1].start])
    ):  # "Auf den Plätzen sieben bis zehn folgten A, B, C und D – hinter dem Siebtplatzierten A ...": the list, not A again
        return _split_crew(ctx, seq[0])
    if len(seq) > n and all(c.end <= at for c in seq):
        return seq[-n:]
    return seq[:n]


def _split_crew(ctx: Context, crew: Crew) -> list[Crew]:
    """One crew per named driver of ``crew``, which the text gave several places; ``crew_of`` no longer joins them."""
    ctx.split_crews.add((crew.start, crew.end))
    return [Crew([p], m.start, m.end, crew.sent, [m], split=True) for p, m in zip(crew.persons, crew.mentions)]


def _parenthesis_around(masked: str, trig: "_Trigger", lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of "(" and ")" of the parenthesis (within lo..hi) that holds the trigger, if any."""
    po = masked.rfind("(", max(lo, trig.start - 40), trig.start)
    pc = masked.find(")", trig.end, min(hi, trig.end + 60))
    if po >= 0 and pc >= 0 and ")" not in masked[po : trig.start] and "(" not in masked[trig.end : pc]:
        return po, pc
    return None


# a sentence that only names the crew of the car the sentence before placed
_CREW_OPENER = re.compile(
    r"\s*(?:Am Steuer|Im Cockpit|Hinter dem Steuer)\s+(?:saßen|sassen|wechselten sich|teilten sich|waren)\s+|"
    r"\s*(?:Gefahren wurde (?:der Wagen|das Auto|er|es) von|Das Fahrerteam bildeten|Die Fahrer waren|Pilotiert wurde (?:der Wagen|er|es) von)\s+"
)


def _pick_crews(ctx: Context, masked: str, trig: _Trigger, si: int, segments, crews: list[Crew], n: int) -> list[Crew]:
    """The crew(s) a position belongs to: same clause, then earlier clauses, then later, then the previous sentence."""
    seg_idx = next((i for i, (a, b) in enumerate(segments) if a <= trig.start < b), 0)
    # later clauses only when they are main clauses: not "nachdem er X ...", "weil ...", "der ..."
    later = [
        i for i in range(seg_idx + 1, len(segments))
        if not _SUBORDINATE.match(masked[segments[i][0] : segments[i][1]])
    ]
    if trig.kind == "win" and seg_idx > 0 and re.match(r"\s*(?:der|die|das|dem|den|welche[rs]?)\s+[a-zäöüß]", masked[segments[seg_idx][0] : trig.start]):
        # "Hinter dem Finnen, der im Ford Focus siegte, landete X auf dem zweiten Rang": a relative clause's win is its
        # antecedent's, never the subject of the main clause after it (a place may be: "Derjenige Porsche, der auf P16
        # ins Ziel kam, war der von X")
        later = []
    order = [seg_idx] + list(range(seg_idx - 1, -1, -1)) + later
    rel = seg_idx - 1
    if (
        n == 1 and rel >= 1
        and not any(segments[seg_idx][0] <= c.start < trig.start for c in crews)
        and re.fullmatch(r"[\s,]*(?:der|die|welcher|welche)\s.*\s[a-zäöüß]+[\s,]*", masked[segments[rel][0] : segments[rel][1]], re.S)
        and any(segments[rel - 1][0] <= c.start < segments[rel - 1][1] for c in crews)
    ):
        # "Jonas Berg, der seinen Teamkollegen Tim Roth noch überholte, wurde Dritter": a relative clause (its verb
        # last) between the subject and its verb holds an object; the subject before it owns the place
        order = [seg_idx, rel - 1] + [k for k in order if k not in (seg_idx, rel - 1)]
    a0, b0 = segments[seg_idx] if segments else (trig.start, trig.end)
    if n == 1:
        # "hinter Mike Rockenfeller (Audi) auf Rang sechs": a name glued to "auf/als <place>" owns it, object or not
        glued = [
            c for c in crews
            if c.end <= trig.start and not _genitive(c) and (
                re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:auf|als)\s*", masked[c.end : trig.start])
                or (trig.rule == "result.paren_place" and masked[c.end : trig.start].strip() == "")
            )
            and not re.search(r"(?:\ban|\bgegen|überholte\w*|verdrängte\w*|verwies)\s*$", masked[max(0, c.start - 20) : c.start])
        ]
        # "war Pascal Wehrleins sechster Platz das Höchste der Gefühle": the owner in the genitive right before the place
        owner = [c for c in crews if _genitive(c) and c.end <= trig.start and masked[c.end : trig.start].strip() == ""]
        if owner and re.search(r"(?:Platz|Rang|Position)$", masked[trig.start : trig.end]):
            return owner[-1:]
        if trig.rule == "result.genitive_place":
            return []  # (no driver named in full elsewhere whose genitive this is)
        if trig.rule == "result.ord_before_name":
            # "Rang vier belegte A und fünfter B", "Sechster Claudio Corti": the name right after the ordinal
            app = [c for c in crews if 0 <= c.start - trig.end <= 1]
            if app:
                return app[:1]
        # an apposition: "vor dem neuen Drittplatzierten Rene Rast", "Hinter dem Sieger Gerhard Füller"
        if _ORD_APPOSITION.search(masked[trig.start : trig.end]):
            app = [c for c in crews if 0 <= c.start - trig.end <= 2 and not masked[trig.end : c.start].strip()]
            if app and not re.search(r"\b(?:wurde|wurden|ist|war|als)\s+$", masked[max(0, trig.start - 8) : trig.start]):
                return app[:1]
        # "Romain Dumas, Lucas Luhr und Marc Lieb (Erste in der Klasse SP7)": a place inside the parenthesis after a crew
        paren = _parenthesis_around(masked, trig, 0, len(masked))
        if paren is not None:
            owner = [c for c in crews if c.end <= paren[0] and masked[c.end : paren[0]].strip() == ""]
            if owner:
                return owner[-1:]
        if trig.rule == "result.paren_place":
            # "Paul di Resta (2./Mercedes) und Marco Wittmann (3./BMW)": the name right before the parenthesis
            m = next((m for m in ctx.mentions if m.person is not None and m.end <= trig.start and masked[m.end : trig.start].strip() == ""), None)
            if m is not None:
                # "(Engel/Stolz/Schiller; 4.)": the crew the name closes, "Paul di Resta (2./Mercedes)": the name
                whole = next((c for c in crews if c.end == m.end and "/" in re.sub(r"\([^()]*\)", "", masked[c.start : c.end])), None)
                return [whole] if whole is not None else [Crew([m.person], m.start, m.end, si, [None])]
        if glued and _is_oblique(masked, glued[-1], crews):
            # "Charles Leclerc landet hinter George Russell und Fernando Alonso auf Platz sechs": the clause's own
            # subject, named before its verb, owns the place, not the object glued to it
            subj = [
                c for c in crews
                if a0 <= c.start and c.end <= glued[-1].start and not _is_oblique(masked, c, crews)
                and (
                    _OWN_VERB.match(masked[c.end : c.end + 30]) or _FINITE_AFTER.match(masked, c.end)
                    # the subject after its verb: "Im Windschatten von X kam Y fünf Sekunden hinter dem Sieger Z als Dritter ins Ziel"
                    or re.search(r"\b(?:kam|kamen|wurde|wurden|fuhr|fuhren|landete|landeten|belegte|belegten|sah|sahen|überquerte|überquerten|rangiert|rangierte|liegt|lag)\s+(?:(?:nun|jetzt|damit|weiter|weiterhin)\s+)?$", masked[max(a0, c.start - 24) : c.start])
                )
            ]
            if subj:
                return subj[:1]
            if seg_idx > 0 and re.match(r"\s*,?\s*(?:der|die)\s", masked[a0 : trig.start]) and not any(a0 <= c.start < glued[-1].start for c in crews):
                # "Ben Otto, der jetzt 17 Zähler hinter Mia Sommer auf Rang zwei liegt": the relative clause's antecedent
                ante = [c for c in crews if c.end <= a0 and re.fullmatch(r"\s*(?:\([^()]{0,60}\))?\s*,?\s*", masked[c.end : a0])]
                if ante:
                    return ante[-1:]
        if glued:
            return glued[-1:]
        # a relative clause: "Jenson Button (71), der im BAR-Honda auch Platz drei belegte" - its antecedent
        rel = re.match(r"\s*(?:der|die|das|dem|den)\b", masked[a0:trig.start])
        if rel and trig.rule == "result.vize_to" and not masked[a0 + rel.end() : trig.start].strip():
            rel = None  # ("X wurde Meister, der Vize-Titel ging an Y"): the article of the title, no relative pronoun
        if rel and seg_idx > 0 and not any(
            a0 <= c.start < trig.start and not _WITH_OBJECT.search(masked[max(a0, c.start - 40) : c.start] + " ") for c in crews
        ):  # ("Tomczyk, der sich ein Duell mit DTM-Rekordmeister Schneider lieferte und ... den zweiten Platz belegte")
            ante = [c for c in crews if c.end <= a0 and re.fullmatch(r"\s*(?:\([^()]{0,60}\))?\s*(?:aus|an|ab|ein|zurück|mit|vor)?\s*,?\s*", masked[c.end : a0])]
            if ante:
                return ante[-1:]
        ana = _anaphoric_subject(ctx, masked, trig, si, (a0, b0), crews)
        # a car named by its number in a clause without names: that car's crew
        if ana is None and NUMBER.search(masked, a0, b0) and not any(a0 <= c.start < b0 for c in crews):
            car_crew = _crew_by_car(ctx, masked, (a0, b0), trig, si)
            if car_crew is not None:
                return [car_crew]
        if ana is not None:
            return [ana]
    if n == 1 and re.match(r"\s*(?:Der|Die)\s+(?:\S+\s+){0,2}?(?:gewann|gewannen|siegte|siegten|wurde|wurden|kam|kamen|belegte|belegten|fuhr|fuhren|holte|holten|feierte|feierten|sicherte|sicherten|landete|landeten|führt|führte|liegt|lag|bleibt|blieb|übernahm|baute)\b", masked[a0:b0]) and not any(
        a0 <= c.start < trig.start for c in crews
    ):
        desc = _crew_by_description(ctx, masked, segments, seg_idx, si)
        if desc is not None:
            return [desc]
    for k in order:
        a, b = segments[k]
        cands = [c for c in crews if a <= c.start < b]
        main = [c for c in cands if not _is_oblique(masked, c, crews) or (n > 1 and re.search(r"durch\s*$", masked[max(0, c.start - 10) : c.start]))]
        # "fuhr Hirvonen beim Saisonsieg Grönholms auf Rang drei": a name in the genitive owns a noun, not the place
        main = [c for c in main if not _genitive(c)] or main
        pool = main or []
        if pool:
            if n > 1:
                return _several_crews(ctx, masked, segments, k, pool, crews, n, trig.start, trig.kind == "multi")
            before = [c for c in pool if c.end <= trig.start]
            if before and k == seg_idx:
                return [before[-1]]
            # (a name inside the trigger's own words is nearest: "liegt Nora Stein nun mit 140 Zählern vorn, Ben Kurz folgt";
            # not inside "Sieg im Superpole-Race in San Juan Villicum ging an": the one it went to follows)
            inside_ok = not re.search(r"\b(?:an|ging|gingen|geht)\s*$", masked[trig.start : trig.end])
            return [min(pool, key=lambda c: 0 if inside_ok and trig.start <= c.start < trig.end else min(abs(trig.start - c.end), abs(c.start - trig.end)))]
    # a car as subject ("gewann der Porsche mit der Startnummer 7", "ging an den Audi von Team Joest")
    car_crew = _crew_by_car(ctx, masked, segments[seg_idx] if segments else (trig.start, trig.end), trig, si)
    if car_crew is not None and not any(set(c.persons) & set(car_crew.persons) for c in crews if _is_oblique(masked, c, crews)):
        return [car_crew]  # (not a car whose driver this sentence names as an object)
    # a definite description as subject: "der Schweizer", "der Titelverteidiger", "der 37-jährige Engländer"
    np_crew = _crew_by_description(ctx, masked, segments, seg_idx, si)
    if np_crew is not None:
        return [np_crew]
    s, _e = ctx.sentences[si]
    # a car or team wins and the next sentence names its crew first:
    # "Den Gesamtsieg holte sich der Cadillac von Wayne Taylor Racing. Ricky Taylor, Jordan Taylor ... lagen ..."
    # (also any place: "Auf Rang sechs kam der Porsche von Team Manthey ins Ziel. Am Steuer saßen A, B und C.")
    if trig.kind in {"win", "win_noun", "winner_noun", "first", "ord"} and not any(c.sent == si for c in ctx.crews) and ctx.spans_in(s, _e, "CAR") + ctx.spans_in(s, _e, "TEAM") + ctx.spans_in(s, _e, "MAKE"):
        nxt = si + 1
        if nxt < len(ctx.sentences) and ctx.paragraph_of(ctx.sentences[nxt][0]) == ctx.paragraph_of(s):
            ns, ne = ctx.sentences[nxt]
            first = [c for c in ctx.crews if c.sent == nxt and not c.mentions[0].in_quote and (
                _CREW_OPENER.fullmatch(masked[ns : c.start]) or masked[ns : c.start].strip() == "" and (
                    trig.kind != "ord" or re.search(
                        r"\b(?:zurück|Rückstand|fehlte[n]?|hinter|steuerte[n]?|pilotierte[n]?|bildeten|teilten|wechselten|saßen|büßte[n]?|einbüßte[n]?)\b",
                        masked[ns:ne],
                    )
                )  # (a place: the crew after it goes on about that car, "lagen 40 Sekunden zurück", "steuerten den Cadillac")
            )]
            if first and not _triggers(ctx, masked, ns, ne):  # a crew with a place of its own is another car
                return first[:1]
    # no crew in this sentence: the subject of the previous sentence in the same paragraph
    if si > 0 and ctx.paragraph_of(ctx.sentences[si - 1][0]) == ctx.paragraph_of(s):
        nobody_here = not any(c.sent == si for c in ctx.crews)
        if _SUBJ_PRONOUN.match(masked[s:]) or nobody_here:
            prev = [c for c in ctx.crews if c.sent == si - 1 and not c.mentions[0].in_quote and not _is_oblique(masked, c)]
            if prev:
                return prev[:1]
    # "Das Trio", "die beiden", "das Schwesterauto": the last crew of that size named shortly before
    size_m = re.search(r"\b(?:[Dd]as|[Dd]em|[Dd]es)\s+(?:[\w-]+-)?(Duo|Trio|Quartett)\b|\b[Dd]ie beiden\b", masked[s:_e])
    if size_m:
        size = {"Duo": 2, "Trio": 3, "Quartett": 4}.get(size_m.group(1) or "", 2)
        para = ctx.paragraph_of(s)
        earlier = [
            c for c in ctx.crews
            if c.end <= s + size_m.start() and not c.mentions[0].in_quote and len(c.persons) == size
            and ctx.paragraph_of(c.start) >= para - 1
        ]
        if earlier:
            return [earlier[-1]]
    return []


_DESCRIPTION = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en)\s+(?:\d+-[jJ]ährige[n]?\s+|neue[n]?\s+|alte[n]?\s+)?([A-ZÄÖÜ][\wäöüß\-]+)")


# nouns in -er after an article that are no person ("der Hersteller", "den Wagen")
_NOT_DEMONYM_R = {
    "Lager", "Wagen", "Fahrer", "Leader", "Sommer", "Winter", "Zuschauer", "Partner", "Hersteller", "Veranstalter",
    "Fehler", "Monitor", "Meter", "Computer", "Finger", "Vorsprung", "Sieger", "Meister", "Körper", "Charakter",
    "Wetter", "Regenreifen", "Reifen", "Motor", "Nummer", "Rennfahrer", "Teamchef", "Container", "Trainer", "Renner",
}


def _crew_by_description(ctx: Context, masked: str, segments, seg_idx: int, si: int) -> Crew | None:
    from pipeline.extract.context import role_class
    from pipeline.extract.quotes import _resolve_role
    from pipeline.lexicons import speech

    order = [seg_idx] + list(range(seg_idx - 1, -1, -1))
    for k in order:
        a, b = segments[k]
        for m in _DESCRIPTION.finditer(masked, a, b):
            word = m.group(1)
            if re.search(r"\b(?:gegen|vor|hinter|mit|von|auf)\s+$", masked[max(a, m.start() - 8) : m.start()]):
                continue  # ("gewann der Ducati-Pilot gegen den Portugiesen X": the one beaten, no subject)
            if m.group(0)[:3] == "dem" and re.search(r"\b(?:und|sowie)\s+$", masked[max(a, m.start() - 8) : m.start()]):
                continue  # ("vor dem Tschechen X und dem Franzosen Y": a dative in a list of the beaten, no subject)
            if word in {"Sieger", "Siegerin", "Gewinner", "Gesamtsieger"}:
                won = [r for r in ctx.results_so_far if r.session == "race" and r.position == 1]
                if won:
                    return Crew(persons=won[0].persons, start=m.start(), end=m.end(), sent=si, mentions=[])
                continue
            demonym = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|ner)", word) is not None and word not in _NOT_DEMONYM_R
            if word in speech().nationality_nouns or role_class(word) == "driver" or demonym:
                person = _resolve_role(ctx, word, m.start())
                if person is None and word in speech().nationality_nouns:
                    continue
                if person is None:
                    prior = [x for x in ctx.mentions if x.end <= m.start() and not x.in_quote]
                    person = prior[-1].person if prior else None
                if person is not None:
                    return Crew(persons=[person], start=m.start(), end=m.end(), sent=si, mentions=[])
    return None


def _crew_by_car(ctx: Context, masked: str, seg: tuple[int, int], trig: _Trigger, si: int) -> Crew | None:
    """Resolve a clause that names a car (number, team or unique model) to the crew of that car."""
    cars = ctx.known_cars
    if not cars:
        return None
    a, b = seg
    numbers = [m.group(1) or m.group(2) for m in NUMBER.finditer(masked, a, b)]
    teams = {sp[1] for sp in ctx.spans_in(a, b, "TEAM")}
    models = {sp[1] for sp in ctx.spans_in(a, b, "CAR")}
    for pick in (
        [c for c in cars if c.number and c.number in numbers],
        [c for c in cars if c.team and c.team in teams and (not models or c.model in models)],
        [c for c in cars if c.model and c.model in models],
    ):
        if len(pick) == 1 and pick[0].persons:
            return Crew(persons=pick[0].persons, start=a, end=a, sent=si, mentions=[])
    return None


_QUALI_STRICT = re.compile(
    r"\b(?:Qualifying|Qualifikation|qualifizierte\w*|(?<!Finale )(?<!Endlauf )(?<!Halbfinale )qualifiziert|Startplatz|Startposition|Startaufstellung|Zeittraining|Superpole|"
    r"Hyperpole|Top-Qualifying|Einzelzeitfahren|Training|gestartet|startete|starteten|ins Rennen gegangen|ins Rennen ging|"
    r"Grid-?[Pp]osition(?:en)?|in (?:der )?(?:\w+ )?Startreihe|Startplätze[n]?|Startpositionen)\b(?!-)"
)
_START_PHRASE = re.compile(
    r"\b(?:[Vv]on|[Vv]om|[Aa]us)\s+(?:der\s+|dem\s+)?(?:[\w.]+\s+)?(?:Startplatz|Startposition|Pole-?[Pp]osition|Polposition|Pole|P\s?\d{1,2})\b"
    r"(?:\s+[\w.]+)?(?:\s+aus)?(?:\s+(?:gestartet\w*|losgefahren\w*|gestartete\w*))?|"
    r"\b[Nn]ach\s+(?:dem|der|einem|einer|seinem|ihrem)\s+(?:[\w.-]+\s+){0,3}?(?:im|in der|des|der)\s+(?:Qualifying|Qualifikation|Zeittraining)\b|"
    r"\btrotz\s+(?:der\s+|seiner\s+|ihrer\s+)?(?:Startplatz|Startposition|Pole-?[Pp]osition|Pole)\s+(?:\w+\b)?"  # "kam trotz Startplatz eins nur als Fünfter ins Ziel"
)
_APPOSITION_ROLE = re.compile(
    r"\b(?:Pole-?[Ss]etter|Pole-?[Ss]itter|Polesitter|[\w-]*Champion|Titelverteidiger|Tabellenführer|Tabellenleader|Tabellenspitzenreiter|"
    r"(?:Meisterschafts|Gesamt|WM-|EM-)[Ff]ührende[nr]?)\b|"
    # a rival's title worn before the name: "vor Weltmeister Johann Zarco" (not "Neuer DTM-Meister Marco Wittmann")
    r"(?:(?<=\bvor )|(?<=\bgegen )|(?<=\bdem )|(?<=\bden ))[\w-]*(?:Weltmeister|Meister|Europameister)(?:in)?(?=\s+[A-ZÄÖÜ])"
)


# series whose "Gesamtwertung" / "Gesamtklassement" is the event's own overall classification (endurance races,
# rallies), not the season's standings as in DTM, Formula 1 or the one-make cups
EVENT_CLASSIFICATION_SERIES = {
    "24h Nürburgring", "American Le Mans Series", "European Le Mans Series", "FIA Langstrecken-Weltmeisterschaft",
    "IMSA WeatherTech SportsCar Championship", "Nürburgring Langstrecken-Serie", "Deutsche Rallye-Meisterschaft",
    "Rallye Dakar", "Rallye-Weltmeisterschaft",
}
_GESAMT = re.compile(
    r"\b(?:der|die|im|in der|dem)\s+(?:[\w-]+-)?(?:Gesamtwertung|Gesamtklassement|Klassement|Zwischenklassement|Gesamtrang\w*)\b|"
    r"\bGesamt(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)[nr]?\b|\bGesamtrang\b"
)
_STANDINGS = re.compile(
    r"\b(?:Punkte\w*|Zähler\w*|Tabelle\w*|Meisterschaft\w*|WM|Saison\w*|Jahr(?:es)?\w*|Fahrerwertung|Championat)\b"
)


_STANDINGS_WORD = re.compile(
    r"\b(?:[\w]+-)?(?:Gesamtwertung|Fahrerwertung|Tabelle\w*|Meisterschaft\w*|WM-Wertung|WM|Klassement|Gesamtklassement|"
    r"Punktestand|Zwischenstand|Gesamtführung|Tabellenführ\w*|Fahrer-WM|Vize-Titel|Titelkampf|Titelrennen|WM-Kampf)\b"
)
_POINTS = re.compile(r"\(\s*\d{1,3}(?:[.,]\d+)?\s*(?:Punkte|Zähler|Pkt\.?|P\.)?\s*\)|\b\d{1,3}(?:[.,]\d+)?\s+(?:Punkte\w*|Zähler\w*|WM-Punkte\w*)\b")
_RACE_WORDS = re.compile(r"\b(?:ins Ziel|im Ziel|Rennen\w*|Runde\w*|überquerte\w*|Zielflagge|Startplatz|Qualifying|Sekunden?|Minuten?|Rückstand)\b")


_QUALI_NOUNS = r"Qualifying|Qualifikation|Zeittraining|Abschlusstraining|Top-Qualifying|Einzelzeitfahren|Superpole|Hyperpole"
_QUALI_OPENING = re.compile(
    r"\s*(?:Im|Beim|In der|Nach dem|Nach der|Schon im|Bereits im|Bereits in der)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_QUALI_NOUNS})\b(?!-)[^.;,]*$"
)
_QUALI_TOPIC = re.compile(rf"\b(?:{_QUALI_NOUNS}|Startaufstellung|qualifizierte\w*)\b(?!-)")
_RACE_SENTENCE = re.compile(
    r"\b(?:Rennen\w*|Rennens|Ziel\w*|gewann\w*|gewonnen|siegte\w*|Sieg\w*|Podium\w*|überquerte\w*|Runde|Runden|Rennverlauf|"
    r"Boxenstopp\w*|Start|Starts|Stint\w*|Punkte\w*|Zähler\w*|Tabelle\w*|Meisterschaft\w*|Gesamtwertung)\b"
)


_ATTRIBUTIVE_LEAD = re.compile(
    r"\b(?:in der|im)\s+(?:[\w-]+-)?(?:Gesamtwertung|Tabelle|Meisterschaft|WM|Fahrerwertung|WM-Wertung|Klassement)\s+"
    r"(?:[\w,]+\s+){0,5}?(?:führende|platzierte|liegende)[nr]?\b"
)


def _without_asides(masked: str, a: int, b: int, keep: int) -> str:
    """masked[a:b] with every parenthesis that does not hold position ``keep`` blanked out (same length)."""
    part = masked[a:b]

    def blank(m: re.Match) -> str:
        if m.start() <= keep - a < m.end() or _POINTS.fullmatch(m.group(0)):
            return m.group(0)  # the trigger's own parenthesis, or points alone ("(45 Punkte)"): part of the statement
        return " " * len(m.group(0))

    part = re.sub(r"\([^()]{0,80}\)", blank, part)
    # "Der in der Gesamtwertung mit 133 Punkten führende Schweizer X kam auf Rang fünf": an attribute of the name
    return _ATTRIBUTIVE_LEAD.sub(lambda m: m.group(0) if m.start() <= keep - a < m.end() else " " * len(m.group(0)), part)


# the championship itself as the object of the win: "hat zum sechsten Mal die Weltmeisterschaft gewonnen"
_TITLE_WON = re.compile(
    r"\b(?:gewann|gewannen|gewinnt|gewinnen)\s+(?:[\w-]+\s+){0,5}?(?:die|den)\s+(?:[\w-]+\s+)?(?:[\w]+-)?(?:Weltmeisterschaft|WM|Fahrer-WM|Meisterschaft)\b(?!-)|"
    r"\b(?:die|den)\s+(?:[\w-]+\s+)?(?:Weltmeisterschaft|WM|Fahrer-WM|Meisterschaft)\s+(?:gewonnen|gewinnen)\b"
)


_SEASON_ENDED = re.compile(r"\bbeende\w*\b[^.;]*\bSaison\b|\bSaison\b[^.;]*\bbeende\w*\b")


def _title_word(clause: str) -> bool:
    """A word of the title in a win clause, not the name of a series ("der Deutschen Rallye-Meisterschaft") nor a career
    ("der viermalige Tourenwagen-Weltmeister")."""
    for m in _CHAMP.finditer(clause):
        before = clause[max(0, m.start() - 30) : m.start()]
        if before.endswith(("-", "\u00ad")) or re.search(r"\b(?:Deutsche[nr]?|Europäische[nr]?|Internationale[nr]?)\s+$", before):
            continue
        if re.search(r"\b\w+(?:fache|malige)[nr]?\s+(?:[\w\u00ad-]+-)?$", before):
            continue
        if re.search(r"(?:^|[.!?:]\s+)(?:Der|Die)\s+(?:amtierende\s+|regierende\s+)?$", before) and re.match(r"\w*\s+(?:im|in der|auf)\b", clause[m.start() :]):
            continue  # "Der Weltmeister im Mercedes setzte sich ... durch": the man, not the title
        return True
    return False


# the only small words between a pole and the "vor" of its rivals: "eroberte X (Team) mit 1:23,570 Minuten vor Y"
_POLE_TO_RIVAL = frozenset({"eroberte", "holte", "sicherte", "fuhr", "errang", "ging", "an", "sich", "mit", "in", "im", "von", "van", "de", "der",
                            "den", "die", "da", "di", "knapp", "nur", "hauchdünn", "und", "souverän", "deutlich",
                            "seiner", "ihrer", "des", "einer"})  # ("die erste Pole seiner DTM-Karriere vor X", "mit einer Zeit von … vor X")


_PLACE_NOUN = r"(?:Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte)[rn]?"  # "Dritter", "Neunte"


def _session(kind: str, clause: str, event_classification: bool = False) -> str:
    if kind in {"title", "vize", "leader", "champ_ord", "champ_second"}:
        return "championship"
    if kind in {"pole", "grid"}:
        return "qualifying"
    of_standings = _PLACE_OF_STANDINGS.search(clause)
    if of_standings and event_classification and "Gesamt" in of_standings.group(0):
        of_standings = None  # (at Le Mans or in a rally the "Gesamtwertung" is the event's own classification)
    if kind == "ord_race" and (_IN_STANDINGS_WIDE.search(clause) or of_standings):
        return "championship"  # "steigt in der WM-Wertung von Platz vier auf zwei", "vom fünften auf den dritten Platz der WM-Wertung"
    if kind in {"ord_race", "missed_win", "duel"}:
        return "race"
    clause = _APPOSITION_ROLE.sub(" ", clause)  # role nouns in appositions never set the session
    if kind in {"win", "win_noun", "winner_noun"}:
        # "fuhr vom neunten Startplatz zum Sieg": the start place is already gone (_START_PHRASE); a bare
        # "gestartet" does not make the win a qualifying result either
        clause = re.sub(r"\bgestartet\w*|\bstartete\w*", " ", clause)
    if kind == "winner_noun" and re.search(
        r"\b\w*[Ss]ieger(?:in|n)?\s+(?:der|des)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:Serie|Meisterschaft|Saison|Championat)\b|"
        r"\b[Nn]eue[rn]?\s+(?:[\w-]+\s+){0,4}?[\w-]*(?:Cup|Pokal|Trophy|Serien)-?(?:[Gg]ewinner|[Ss]ieger)(?:in)?\b",  # "Neuer ADAC MX Junior Cup-Gewinner ist X"
        clause,
    ):
        return "championship"  # "als Gesamtsieger der Sprint-Serie 2016 geehrt" (not "Sieger des Meisterschaftslaufs")
    if kind in {"win", "win_noun"} and (_title_word(clause) or re.search(r"\bmit \d+ (?:Punkten|Zählern)\b", clause) or _TITLE_WON.search(clause)) and not _QUALI_STRICT.search(clause):
        return "championship"
    if _QUALI_STRICT.search(clause):
        return "qualifying"
    if kind in {"ord", "multi", "champ_ord"} and _GESAMT.search(clause):
        # "im Gesamtklassement auf Platz zwei": the standings in a championship of races, the event's own
        # classification at Le Mans or in a rally, unless the clause speaks of points or the season
        # ("erreichte das Ziel als Gesamtfünfte": a place at the finish is the race's)
        # ("das Rennen beenden sie auf Gesamtrang neun": the race's overall order)
        finish = re.search(
            r"\b(?:das Ziel|ins Ziel|im Ziel|Zielflagge|Ziellinie|abgewinkt|folgte[n]?|(?:das|den)\s+(?:\w+\s+)?(?:Rennen|Lauf)\s+beende\w*|"
            r"beende\w*\s+(?:\w+\s+)?(?:das|den)\s+(?:\w+\s+)?(?:Rennen|Lauf))\b",
            clause,
        )
        return "race" if (event_classification or finish) and not _STANDINGS.search(clause) else "championship"
    if kind in {"ord", "multi", "champ_ord"} and re.search(
        r"\b(?:(?:Punkte|Gesamt|Meisterschafts)?[Tt]abelle\w*|Meisterschaft|Meisterschaftswertung|Weltmeisterschaft|Fahrerwertung|WM-Wertung|Punktewertung|Championat|Saisonwertung|Endstand|"
        r"Jahreswertung|Jahresendwertung|Jahresgesamtwertung|Saisonendstand|Abschlusstabelle|"  # "den dritten Platz der Jahreswertung"
        r"WM-(?:Position|Rang|Platz|Stand)\w*|Meisterschafts(?:position|rang|platz)\w*|"  # "rückt auf WM-Position zwei vor"
        rf"(?:{'|'.join(_SERIES_ABBR)})-Wertung|"  # "Auf Platz zwei der DRM-Wertung"
        r"(?:Fahrer|Meisterschafts|Punkte)klassement(?!\s+[Pp]latzierte))\b|"  # (not "der ersten drei im Fahrerklassement Platzierten")
        rf"\b{_PLACE_NOUN}\s+der\s+(?:Gesamt)?[Ww]ertung\b|"  # "nur Neunter der Wertung"
        r"in der WM\b|die Saison als\b|(?<![\w-])[Ss]aison (?:auf|als)\b(?!\s+(?:das|dem|die)\s+(?:Podest|Podium|Treppchen|Siegertreppchen|Siegerpodest)\b)|beendete\w* (?:die Saison|das Jahr)|das Jahr\s+(?:\w+\s+){0,4}?(?:auf|als)\b|die Saison\s+\w+\s+(?:auf|als)\b",
        clause,
    ):
        return "championship"
    if kind in {"ord", "multi", "champ_ord"} and (
        re.search(r"\(\s*\d{1,3}(?:[.,]\d+)?\s*(?:Punkte|Zähler|Pkt\.?)\s*\)", clause)
        # "Webber (128) ist wieder Dritter": the points in parentheses right after the name, a present-tense place
        or re.search(r"\(\d{1,3}\)\s+(?:ist|liegt|bleibt|rangiert)\s+(?:[\w-]+\s+){0,6}?" + _PLACE_NOUN + r"\b", clause)
        or re.search(r"\b(?:liegt|liegen|rangiert|rangieren)\b|\binne\b|\b(?:ist|sind)\s+(?:\S+\s+){0,3}?(?:jetzt|nun|nunmehr)\b", clause)  # present tense: where one stands now
    ) and not _RACE_WORDS.search(clause):
        return "championship"  # "Jamie Green (45 Punkte), Edoardo Mortara (44 Punkte) ... auf den Positionen vier bis sechs"
    if kind in {"ord", "multi", "champ_ord"} and re.search(
        r"\bmit (?:\d+|[a-zäöüß]+) (?:Punkten|Zählern|WM-Punkten|Meisterschaftspunkten)\b|\b(?:auf|mit) \d{2,3} (?:Punkte|Zähler)\b|\b\d{1,3}(?:,\d{1,2})? (?:Punkte|Zähler) auf dem Konto\b|"
        r"\bergab\w*\s+(?:\w+\s+)?\d{1,3}(?:,\d{1,2})? Punkte\b",  # "Das ergab jeweils 9,72 Punkte und Gesamtrang zwei"
        clause,
    ) and not re.search(
        r"\bins Ziel\b|\bim Ziel\b|\bRennen\b|\bRunden\b|\bgewann\b|\bin die Punkte\b", clause
    ):
        return "championship"
    return "race"


_RACE_FRAME = re.compile(
    r"\bim Rahmen (?:der|des)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:[Mm]eisterschaft|WM|Serie|Cup|Wochenende)\w*(?:\s+[A-Z]{2,5}\b)?|"
    r"\b[\w-]*(?:Meisterschafts|WM-)(?:lauf|läufe|rennen|runde|wochenende)\w*"
)
_PLACE_KEEPS_LEAD = re.compile(
    r"\bmit\s+(?:(?:dem|seinem|ihrem)\s+\w+\s+(?:Platz|Rang)|(?:Platz|Rang|Position)\s+\w+)\s+(?:\w+\s+){0,3}?(?:die|seine|ihre)\s+"
    r"(?:Tabellenführung|Tabellenspitze|Gesamtführung|Führung in der (?:Meisterschaft|Fahrerwertung|Gesamtwertung))|"
    # "hielt als Sechster seine Tabellenführung", "verteidigte als Vierter seine Führung in der Gesamtwertung"
    r"\b(?:hielt|hält|verteidigte|verteidigt|behauptete|behauptet|behielt|behält|festigte|festigt)\s+(?:er\s+|sie\s+)?als\s+[A-ZÄÖÜ]\w*(?:er|e)\s+"
    r"(?:\w+\s+){0,2}?(?:die|seine|ihre)\s+(?:Tabellenführung|Tabellenspitze|Gesamtführung|Führung)\b|"
    # "holte auf Rang neun zwei Punkte für die WM-Wertung": points scored with the place, the place the race's
    r"\b(?:Platz|Rang|Position)\s+\w+\s+(?:\w+\s+){0,2}?(?:Punkte|Zähler|WM-Punkte)\s+für\s+die\s+(?:[\w-]+-)?(?:WM|Wertung|Meisterschaft|Gesamtwertung|Tabelle)\b"
)
# the standings named in a clause ("in der WM-Wertung", "in der Tabelle", also after "im"); the narrower form below takes "in der" only
_STANDINGS_NAMES = r"WM-Wertung|Fahrerwertung|Gesamtwertung|Tabelle|Punktetabelle|Gesamttabelle|Meisterschaft|Meisterschaftswertung|WM"
_IN_STANDINGS_WIDE = re.compile(rf"\b(?:in der|im)\s+(?:[\w-]+-)?(?:{_STANDINGS_NAMES})\b")
_PLACE_OF_STANDINGS = re.compile(rf"\b(?:Platz|Rang|Position)\s+(?:der|in der|im)\s+(?:[\w-]+-)?(?:{_STANDINGS_NAMES}|Gesamtklassement)\b")
# (also at a sentence's start and for the "Klassement": "In der Gesamtwertung setzte sich X an die Spitze")
_IN_STANDINGS_OPENING = re.compile(rf"\b(?:[Ii]n der|[Ii]m)\s+(?:[\w-]+-)?(?:{_STANDINGS_NAMES}|Klassement)\b")
_IN_STANDINGS = re.compile(r"\bin der (?:Fahrerwertung|Meisterschaftswertung|WM-Wertung|Punktewertung|Tabelle|Meisterschaft|Fahrer-WM)\b")


# a move at the start ("beim Start vom fünften auf den dritten Rang") or during the race ("fiel nach einem Dreher vom
# zweiten auf den sechsten Rang zurück"): its target is no finishing place
_START_MOVE = re.compile(
    r"\b(?:[Bb]eim Start|[Aa]m Start|[Nn]ach dem Start|des Starts|Startphase|Startrunde|in der ersten (?:Runde|Kurve|Runden)|"
    r"in die erste Kurve|Sprung|kam gut weg|erwischte einen guten Start)\b"
)
_MID_RACE = re.compile(
    r"\b(?:Boxenstopp\w*|Dreher\w*|Unfall|Kollision|zurück|zurückfallen|fiel|in Runde \d+|nach \w+ (?:Stunden|Runden)|"
    r"Safety-?Car|Restart|Neustart|Rennhälfte)\b"
)
_IN_LAP = re.compile(r"\b(?:[Ii]n|[Aa]b)\s+(?:der\s+)?(?:Runde\s+(?:\d+|[a-zäöüß]+)|\d+\.\s+Runde|[a-zäöüß]+ten\s+Runde)\b")
_AFTER_STOP = re.compile(r"\b(?:[Nn]ach\s+dem|[Bb]eim|[Nn]ach\s+seinem|[Nn]ach\s+ihrem)\s+(?:\w+\s+)?(?:Boxenstopp|Stopp|Pflichtstopp|Reifenwechsel|Restart|Neustart|Start)\b")
_TOOK_PLACE = re.compile(r"\b(?:übernahm|übernahmen|übernimmt|lag|lagen|liegt|rückte|rückten|schob|schoben|verbesserte|verbesserten)\b")
_FINAL_WORDS = re.compile(r"\b(?:Schlussphase|im Ziel|am Ende|ins Ziel|bis ins Ziel|Zielflagge|abgewinkt|letztlich|schließlich)\b")


_BEHIND_OPENER = re.compile(r"\s*Hinter\s+(?:(?:dem|der|seinem|seiner|ihrem|ihrer)\s+)?(?:[\w-]+\s+){0,2}?")
_FIGHT_FOR_PLACE = re.compile(
    r"\b(?:Kampf|Duell|Zweikampf)\s+um\s+(?:den\s+|die\s+)?(?:(\w+)\s+(?:Platz|Rang)\b|(?:Platz|Rang|Position)\s+(\w+))"
)


# the one beaten after a win's verb and its subject: "gewann der Ducati-Pilot gegen den Portugiesen X"
_WON_AGAINST = re.compile(
    r"(?:\s+(?:der|die|das|den|dem)\s+[\w-]+|\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?|\s+\w+){0,4}?\s+(gegen)"
    r"(?=\s+(?:den|die|seinen|seine|ihren|ihre)?\s*(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ])"
)


# a place that brings the team its classification: "sammelte mit Platz sechs Punkte für sich und die Teamwertung",
# "Der zweite Platz von A/B sicherte Callaway Competition die Teamwertung" (the place is the driver's)
_FOR_THE_TEAM = re.compile(
    r"\bPunkte\s+für\s+(?:sich\s+und\s+)?(?:die|das)\s+(?:Team|Hersteller|Marken)\w*|"
    r"\b(?:sicherte|sicherten|bescherte|bescherten|brachte|brachten)\s+(?:[\w-]+\s+){0,3}?(?:die|den)\s+(?:Team|Hersteller|Marken)(?:wertung|titel|meisterschaft)\b"
)
_NOT_FINAL = re.compile(
    r"(?<!Duell )(?<!Zweikampf )(?<!Kampf )\bum (?:den |die )?(?:Platz|Rang|Position|Sieg|Podium)|\bkämpfte\w* um\b|\bzunächst\b|\bzwischenzeitlich\b|"
    r"\bnach dem ersten Tag\b|\bnach der ersten Runde\b|\b[Aa]us der ersten Runde\b|\b[Ii]n der (?:ersten |Start|Eröffnungs)[Rr]unde\b|\bin der Anfangsphase\b|\bTeamwertung\b|\bHerstellerwertung\b|\bTeammeisterschaft\b|\bHerstellermeisterschaft\b|"
    r"\bMarkenwertung\b|\bKonstrukteurswertung\b|\bTeam-?WM\b|\bfiel\w*\s+(?:\w+\s+){0,6}?auf\b|\bzurückgefallen\b|"
    r"(?<![Ii]m Ziel )(?<![Aa]m Ende )\blag(?:en)?\b(?!\s+(?:\w+\s+)?(?:im Ziel|am Ende|bei Rennende|nach Rennende)\b)|\bliegend\w*|\bkostet\w*|\bzu überlassen\b|\büberließ\w*|\bverlor\w*\s+(?:[\w-]+\s+){0,4}?(?:Platz|Rang|Position)\b|\bübernahm\s+(?:\w+\s+){0,2}?(?:Platz|Rang|Position|Führung|Spitze)\b(?!\s+(?:in\s+der|der|im|des)\s+(?:[\w-]+\s+)?(?:Meisterschaft|Gesamtwertung|Tabelle|WM|Fahrerwertung|Weltmeisterschaft|Punktewertung|Championat|Gesamtklassement|Fahrerklassement|Titelkampf)\b)|"
    r"\bfolgte\s+auf\b(?!\s+(?:dem\s+|den\s+)?(?:\w+\s+)?(?:Rang|Platz|Position|Plätzen|Rängen|Positionen)\b)|\babstellen\b|\baufgeben\b|\bZwischenstand\b|\bentreißen\b|\bVersuch\b|"
    r"\bnach der ersten\b|\bnach dem ersten\b|\b(?:zur|bei|nach der) Halbzeit\b|\bzeitweise\b|\bkurzzeitig\b|\bzum Zeitpunkt\b|\bvor (?:Turn|Kurve) \d|\bin die (?:erste )?Kurve\b|\bin Führung\b|\ban die Spitze\b|"
    r"\bin Kurve\b|\bPower[- ]?[Ss]tage\b|\bWertungsprüfung\b|\bdes Starts\b|\bbeim Start\b|\bStartampel\b|"
    r"\bStartphase\b|\bkämpfte\w* (?:das gesamte Rennen|lange|zunächst)\b|"
    r"\b(?:Platz|Rang|Position)\s+(?:[\w,]+\s+){0,4}?verpasst\w*|"  # "die den zweiten Platz nur um 0,6s verpassten"
    r"\bverpasste[n]?\s+(?:den\s+|die\s+)?(?!auf\s)(?:[\w-]+\s+)?(?:Platz|Rang|Position)\b|"  # "verpasste Rang zwei aufgrund einer Strafe" (not "verpassten auf Rang vier das Podest")
    r"\bin der ersten (?:Stunde|Rennstunde|Rennhälfte)\b|"
    r"\bfahrende[nmrs]?\b|"  # "den bereits auf Platz zwei fahrenden Chris Mamerow": a running position
    # a place that would have been: "hätte die Siegerpunkte kassiert, wenn er auf Rang zwei ins Ziel gekommen wäre"
    r"\b(?:hätte[n]?|wäre[n]?|würde[n]?)\b|"
    # a bound in a title scenario: "darf X höchstens Fünfter werden", "bei einem zweiten Platz von Y maximal Zehnter"
    r"\b(?:höchstens|maximal|mindestens|allenfalls)\s+(?:(?:[A-ZÄÖÜ][a-zäöü]+(?:ter|ste[rn]?)|\d{1,2}\.)(?=\s+werden\b|\s*[,.;]|$)|(?:Platz|Rang|Position)\s+\S+\s+werden\b)|"
    r"\bbei\s+einem\s+(?:[a-zäöü]+ten|\d{1,2}\.)\s+(?:Platz|Rang)\b"
)


# a place fought for, not the one reached: "duellierten sich A und B um den vierten Platz", "Kontrahenten um den zweiten
# Platz der Abschlusstabelle", "im Kampf um Platz zwei", "einen Kampf mit X um den letzten Podestplatz"
_PLACE_FOUGHT_FOR = re.compile(
    r"\bum\s+(?:den|die)\s+(?:letzten\s+)?(?:[a-zäöü]+ten\s+|\d{1,2}\.\s+)?(?:Platz|Rang|Position|Podestplatz|Podiumsplatz|Podestrang)\b"
    r"(?:\s+auf\s+dem\s+(?:Podium|Podest|Treppchen))?|"
    r"\bum\s+(?:Platz|Rang|Position)\s+(?:\d{1,2}\b|[a-zäöü]+\b)"
)
# the fight's end is told: "konnte sich X an Y vorbeischieben", "entschied X für sich", "setzte sich X durch"
_RESOLVED_FIGHT = re.compile(
    r"\b(?:entschied\w*|für sich|durchsetze\w*|setzte\w*\s+(?:[\w-]+\s+){0,6}?durch|vorbei\w*|Oberhand|Nase vorn|Vorsprung|behielt\w*|"
    r"gewann\w*|gewonnen)\b"
)


# a lead handed on: "die Führung in der Tabelle an seinen Markenkollegen X abgeben", "verlor die Tabellenführung an X"
_LEAD_HANDED_ON = re.compile(
    r"\ban\s+(?:(?:seinen|ihren|den|die|dem)\s+)?(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][^.;,]{0,40}?\b(?:abgeben|abgab|abgegeben|abtreten|abtrat|verloren)\b|"
    r"\bverlor\w*\s+[^.;]{0,40}?\ban\s+(?:(?:seinen|ihren|den|die|dem)\s+)?(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ]|"
    r"\b(?:gab|gaben|gibt|geben)\s+[^.;]{0,70}?\ban\s+(?:(?:seinen|ihren|den|die|dem)\s+)?(?:[\w-]+\s+){0,2}?[A-ZÄÖÜ][^.;,]{0,40}?\bab\b"
)


# a leader's title naming a person ("Tabellenführer", "DTM-Spitzenreiter", "Gesamtführende"), not the lead itself
_LEADER_TITLE = re.compile(r"(?:führer|führerin|reiter|führende[rn]?)$")


_AS_BEFORE = re.compile(
    r"\b[Ww]ie\s+(?:schon\s+|bereits\s+|auch\s+|zuletzt\s+)?(?:im\s+Jahr\s+|im\s+|in\s+der\s+)?(?:(?:19|20)\d\d|Vorjahr\w*|vergangenen\s+Jahr\w*|letzten\s+Jahr\w*|Vorsaison)\b|"
    # "den ersten Sieg für die Bayern seit 2005": the year of the last one, the win is this one
    r"\b(?:erste[nr]?|einzige[nr]?)\s+(?:[\w-]+\s+){0,5}?seit\s+(?:dem\s+Jahr\s+)?(?:19|20)\d\d\b"
)


# a tally of wins or a span of seasons: "der zuvor fünf von sechs Rennen gewonnen hatte", "der ebenso neun Grand Prix in
# einer Saison gewann", "der in den letzten vier Jahren die Monte gewonnen hatte" (not "gewann beide Läufe": a weekend)
_WIN_TALLY = re.compile(
    r"(?<![Nn]ach )(?<![Aa]us )(?<![Ii]n )(?<![Vv]on )(?<!\bden )(?<!\bder )(?<!\bdie )(?<!\bden ersten )(?<!\bden letzten )(?<!\binsgesamt )(?<!\bvon den )"
    r"\b(?:[3-9]|\d\d|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(?:von\s+\S+\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Rennen|Läufe[n]?|Grand\s+Prix|Grands\s+Prix|Rallyes|Saisonrennen|Siege|WM-Läufe[n]?)\b|"
    r"\bin\s+den\s+(?:letzten|vergangenen|vorangegangenen|zurückliegenden)\s+(?:[\w-]+\s+)?(?:Jahren|Saisons|Saisonen|Jahrzehnten)\b|"
    r"\bzuletzt\b[^.;,]{0,60}\bgewonnen\s+(?:hatte|hatten)\b"
)


# a place taken away or only held before a penalty: "ist der Sieg ... aberkannt worden", "als ursprünglicher Sieger",
# "hatte ursprünglich gewonnen", "eigentlich Siebter", "Auf der Strecke hatte X das Rennen gewonnen"
_REVOKED = re.compile(
    r"\baberkannt\w*|\bAuf der Strecke\b|"
    r"\b(?:ursprünglich\w*|eigentlich(?:e[rn]?)?)\s+(?:[\w-]+\s+)?(?:gewonnen|Sieger\w*|Gewinner\w*|Pole\w*|"
    r"(?:Erste|Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte)[rn]?\b|[\w-]*[Pp]latzierte[rn]?\b)"
)


# "entschied das Qualifying für sich", "Das Qualifying entschied X für sich": the pole (the session word says which)
_QUALI_DECIDED = re.compile(
    r"\b(?:entschied|entschieden|entscheidet)\s+(?:[\w-]+\s+){0,3}?(?:das\s+(?:[\w-]+\s+)?Qualifying|die\s+Qualifikation|das\s+Zeittraining)"
    r"(?=\s+(?:[\w-]+\s+){0,3}?für\s+sich\b)|^\s*(?:Das|das)\s+(?:[\w-]+\s+)?Qualifying(?=\s+(?:[\w-]+\s+){0,2}?entschied\b)"
)


# a standing held before the race: "der als Gesamtführender ins Rennen gegangen war", "als Tabellenzweiter angereist"
_STANDING_BEFORE = re.compile(
    r"\b[Aa]ls\s+(?:[\w-]+\s+)?(?:Tabellen\w+|Gesamtführende\w*|WM-\w+|Spitzenreiter|Meisterschaftsführende\w*)\s+"
    # ("Als Tabellenführer war Berger zum Finale angereist": the verb and its subject between)
    r"(?:(?:war|waren|ist|sind|hatte|hatten)\s+(?:[\w-]+\s+){1,4}?(?:zum|zur|in\s+das|ins)\s+(?:[\w-]+\s+)?(?=angereist|gekommen|gefahren))?"
    r"(?:(?:ins|in\s+das|in\s+den)\s+(?:[\w-]+\s+)?(?:Rennen|Finale|Saisonfinale|Wochenende|Lauf)\s+(?:gegangen|gestartet)|angereist|angetreten|gekommen)\b"
)


@lru_cache(maxsize=256)
def _win_noun_guards(word: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns around one win noun that make it no driver's win: a make's tally by a number ("der 24. Gesamtsieg
    von BMW") or a compound ("den fünften Audi-Triumph"), and a win in another series ("Nach dem zweiten Triumph in
    der GT3-Europameisterschaft")."""
    w = re.escape(word)
    return (
        re.compile(rf"\b\d{{1,3}}\.\s+{w}\s+(?:von|für|des)\s+([\w-]+)"),
        re.compile(rf"\b(?:\d{{1,3}}\.|[a-zäöü]+(?:ten|sten))\s+([\w]+)-{w}\b"),
        re.compile(rf"\b[Nn]ach\s+dem\s+(?:\w+\s+)?{w}\s+(?:in\s+der|im|bei\s+der|beim)\s+[\w-]*(?:[Mm]eisterschaft|Serie|Cup|Trophy|EM|WM)\b"),
    )


def _accept(kind: str, clause: str, trig_text: str, ctx: Context, season: int | None) -> bool:
    # "sicherte sich wie schon im Jahr 2002 die Vize-Weltmeisterschaft": a comparison, the fact is this event's
    clause = _AS_BEFORE.sub(" ", clause)
    if _OLD.search(clause):
        return False
    if kind in {"win", "title"} and _WIN_TALLY.search(clause):
        return False
    if kind == "win" and re.fullmatch(r"\s*gewinnen\s*", trig_text) and re.search(
        r"\b(?:will|willst|wollte|wollten|wollen|möchte|möchten|hofft\w*|plant\w*|träumt\w*|erhofft\w*)\b", clause[: max(0, clause.find("gewinnen"))]
    ):
        return False  # "X wollte die Rallye Schweden gewinnen": an aim, no win
    if kind == "win_noun" and trig_text in clause:
        by_number, by_compound, other_series = _win_noun_guards(trig_text.strip())
        tally = by_number.search(clause) or by_compound.search(clause)
        if tally and tally.group(1) in _makes():
            return False  # "Dieser Erfolg war der 24. Gesamtsieg von BMW": a make's tally of wins, no driver's place
        if other_series.search(clause):
            return False  # "Nach dem zweiten Triumph in der GT3-Europameisterschaft gelang ...": a win in another series
    if kind in {"win", "win_noun"} and trig_text in clause:
        pos = clause.find(trig_text)
        rel = list(re.finditer(r"(?:^|,)\s*(?:der|die|das|dem|den)\s", clause[:pos]))
        if rel and _EARLIER_WIN_IN_RELATIVE.search(clause, rel[-1].end(), pos) and not re.search(r",", clause[rel[-1].end() : pos]):
            return False
    if _REVOKED.search(clause):
        return False
    if kind == "pole" and re.search(
        r"Pole[- ]?Position\w*\s+(?:der|in\s+der|im|für\s+den|für\s+die)\s+(?:[\w-]+\s+)?(?:Tabelle|Meisterschaft|Gesamtwertung|Wertung|Titelkampf|Titelrennen|Titeljagd|WM)\b",
        clause,
    ):
        return False  # "brachte sich in die Pole Position der Tabelle": a figure of speech for the standings
    # an apposition with its own year is about that year, not this place: "X, Champion von 2016, folgt auf Rang zwei"
    clause = re.sub(r"(?:^|,)\s*(?:der\s+)?[\w-]*(?:[Cc]hampion|[Mm]eister|[Ss]ieger|Gewinner)\w*\s+(?:von\s+|des\s+Jahres\s+)?(?:19|20)\d\d\s*(?:,|$)", ",", clause)
    # "Jamie Green, Sieger des letzten DTM-Rennens im Oktober 2007 in Hockenheim, wurde 6.": an apposition's past
    clause = re.sub(r",\s*(?:der\s+)?[\w-]*(?:[Cc]hampion|[Mm]eister|[Ss]ieger|Gewinner)\w*\s+(?:de[sr]|von)\s+[^,;]{0,80}?(?:19|20)\d\d[^,;]{0,30},", ",", clause)
    # ("Paul di Resta (JAWA4U.de AMG Mercedes C-Klasse 2005) wurde Dritter": a car's model year; "Der DTM-Champion von
    # 2005 übernimmt ... die Führung": a title of another year describes the driver; not "der Le-Mans-Sieger von 2015",
    # which may be that race's story)
    dated = re.sub(
        r"\([^()]*\)",
        lambda m: " " if not re.search(r"\b[a-zäöüß]{3,}\b", m.group(0)) and (
            re.search(r"-Klasse\b|\bJahrgang\b", m.group(0)) or any(w in _makes() for w in re.findall(r"[\w-]+", m.group(0)))
        ) else m.group(0),
        clause,
    )  # (not "(Bruce McLaren und Chris Amon siegten 1966 mit dem Ford GT40)": a sentence of its own about that year)
    dated = re.sub(r"\b[\w-]*(?:[Cc]hampion|[Mm]eister)\w*\s+(?:von|des\s+Jahres)\s+(?:19|20)\d\d\b", " ", dated)
    dated = re.sub(r"-Klasse\s+(?:19|20)\d\d\b", " ", dated)  # "mit der AMG Mercedes C-Klasse 2006 Siebter": a model year
    for y in re.findall(r"\b((?:19|20)\d\d)\b", dated):
        if season is None or int(y) != season:
            return False
    # ("sammelte mit Platz sechs Punkte für sich und die Teamwertung": points for the team, the place the driver's)
    # ("wehrte sich, um Rang drei hinter X zu behalten": a place kept to the end, no fight for one)
    kept = re.sub(r"\bum\s+((?:den |die )?(?:Platz|Rang|Position)\b[^,;.]{0,60}?\bzu\s+(?:behalten|verteidigen|halten|retten))", r"\1", clause)
    # ("Am Ende fiel X noch auf Platz 12 zurück": a drop that ends the race is its final place)
    kept = re.sub(r"^\s*(?:Am Ende|Im Ziel|In der letzten Runde|Auf der letzten Runde|Letztlich|Schließlich)\s+(fiel\w*\s+(?:\w+\s+){0,6}?)auf\b", r"\1 ", kept)
    # ("Durch die Zeitstrafe fiel X auf Rang neun zurück": a time penalty moves the final order, not a running one)
    # ("fiel mit 29 Zählern auf Gesamtrang drei zurück": a drop in the points table after the race)
    if re.search(r"\b(?:Zeitstrafe|Strafe|Strafsekunden|[\w-]*Sekunden-Strafe)\b|\b(?:Punkten|Zählern)\b", kept):
        kept = re.sub(r"\b(fiel\w*\s+(?:\w+\s+){0,6}?)auf\b", r"\1 ", kept)
    # ("Der auf Platz zwei liegende X ... musste sich mit Platz sechs zufrieden geben": the running place is an attribute)
    kept = re.sub(
        r"\b(?:auf|an)\s+(?:Platz|Rang|Position)\s+\w+\s+liegende[nrms]?\b",
        lambda m: m.group(0) if trig_text in m.group(0) else " ",
        kept,
    )
    if kind in {"ord", "multi", "third"} and trig_text.strip() and not _RESOLVED_FIGHT.search(kept) and any(
        trig_text.strip() in m.group(0) for m in _PLACE_FOUGHT_FOR.finditer(kept)
    ):
        return False  # "duellierten sich A und B um den vierten Platz", "im Kampf um Platz zwei": the place fought for
    # "sah in einem in der Startphase beschädigten Auto als 14. die Zielflagge": a place told with the finish is final
    at_finish = kind == "ord" and trig_text.strip() and re.match(
        r"\s*(?:die\s+Zielflagge|ins\s+Ziel|über\s+die\s+(?:Ziel)?[Ll]inie|die\s+Ziellinie)\b", kept[kept.find(trig_text) + len(trig_text) :] if trig_text in kept else ""
    ) and not re.search(r"\b(?:fiel\w*|zurück\w*|lag\w*|Zwischen\w*|wäre\w*|hätte\w*|würde\w*|wenn|falls)\b", kept)
    if kind in {"ord", "multi"} and not at_finish and not re.search(r"Start(?:platz|plätze\w*|position\w*)", trig_text) and _NOT_FINAL.search(_FOR_THE_TEAM.sub(" ", kept)):
        return False
    if kind == "duel" and not re.search(
        r"\b(?:Sieg\w*|Gesamtsieg|Duell|Zweikampf|Kampf um|[Kk]napp\w*|hauchdünn|Sekunde\w*|Zehntel\w*|Rivalen)\b", clause
    ) and not re.search(r"\b(?:sich|musste|mussten)\s+(?:[\w-]+\s+){0,4}?nur\s+(?:dem|der|den)?\b", trig_text):
        # ("musste sich nur X geschlagen geben", "musste am Ende nur X den Vortritt lassen": second)
        return False
    if kind in {"double", "triple"} and re.search(r"\b(?:verhindert\w*|vereitelt\w*)\b", clause):
        return False  # "verwies X auf Rang drei und verhinderte damit den Toyota-Doppelsieg": no double
    if kind == "missed_win" and not re.search(r"\bum\b[^.;]{0,40}\bSekunde|\bknapp\w*\b|\bhauchdünn\b|\bWinzigkeit\b", clause):
        return False
    maker_tally = re.search(r"(?:^|[\n.!?])\s*[Ff]ür\s+(?:das\s+Team\s+|die\s+Marke\s+|den\s+Hersteller\s+)?([A-ZÄÖÜ][\w-]*)\s+(?:ist|war)\s+es\b", clause)
    if kind == "win_noun" and maker_tally and maker_tally.group(1).split("-")[0] in _makes():
        return False  # "Für Mercedes ist es der erste Sieg seit 1964": the maker's tally of a win told before
    if kind == "win_noun":
        # "Der Weltmeister stellte mit seinem Sieg in Barcelona ... ", "Bei seinem 25. Gesamtsieg lag er ... vor X": the
        # possessive presupposes the win
        owned = re.search(
            r"\b(?:[Mm]it|[Bb]ei|[Dd]urch)\s+(?:seinem|ihrem)\s+(?:[\w.-]+\s+){0,2}?(?:Sieg|Gesamtsieg|Heimsieg|Saisonsieg|Triumph)\b[^.;]*?\bvor\b", clause
        ) or re.match(  # ("Mit seinem Sieg in Lexington hat X ...": the sentence opens with the win of its subject)
            r"\s*Mit\s+(?:seinem|ihrem)\s+(?:[\w.-]+\s+){0,2}?(?:Sieg|Gesamtsieg|Heimsieg|Saisonsieg|Triumph)\s+(?:in|im|beim|bei|auf)\b[^,;]*?\s"
            r"(?:hat|haben|hatte|übernahm|übernimmt|baute|baut|ist|sind|feierte|holte|sorgte|stellte)\s+(?:(?:der|die)\s+[\w-]+\s+)?"
            r"[A-ZÄÖÜ][\w'-]+\s+(?:(?:de|da|van|von|di|le|der|den)\s+)*[A-ZÄÖÜ]",  # (named there by full name: "hat der Penske-Pilot" may be anyone)
            clause,
        )
        owned = owned and not re.search(r"\b(?:vergangenen|letzten|vorigen)\b", clause)  # (with the rival it beat; not a past race)
        # ("sicherten sich den Gesamtsieg mit dem Porsche 911 GT3 R": the car they won in, no one else's win)
        own_car = re.sub(r"\bmit dem\s+([A-ZÄÖÜ][\w-]*)", lambda m: " " if m.group(1).split("-")[0] in _makes() else m.group(0), clause)
        if not (_ACHIEVE.search(clause) or owned) or _NEGATIVE_WIN.search(own_car):
            return False
    if kind == "winner_noun" and not re.search(r"\b(?:wurde|wurden|als|hieß|heißt|heißen|ist|war|hießen|feierte)\b", clause) and not (
        re.fullmatch(r"(?:Sieger|Siegerin|Rennsieger|Tagessieger|Gesamtsieger)", trig_text)
        and re.search(r"(?:^|[,;:(]\s*|\b[a-zäöüß][\w-]*\s+)" + trig_text + r"\s+[A-ZÄÖÜ]", clause)
    ):
        return False  # ("neben Sieger Spengler": the title right before the name; not "Sprint Sieger X")
    if kind == "winner_noun" and re.search(
        r"\b(?:letztjährig|vorjährig|bisherig|ehemalig|früher|einstig|amtierend|\w+fach|\w+malig)\w*\s+" + re.escape(trig_text) + r"\b", clause
    ):
        return False  # "vor dem letztjährigen Gesamtsieger X", "der dreimalige Sieger X": a win of another year
    if kind == "win" and re.search(r"\b(?:den|beim)\s+Start\b[^.;,]{0,30}\bgewonnen\b|\bgewann\w*\s+(?:[\w-]+\s+){0,2}?(?:den\s+Start|das\s+(?:Start|Kurven)(?:duell|-Duell))\b", clause):
        return False  # "X hatte den Start gegen Y gewonnen", "gewann das Kurvenduell": a moment of the race, no result
    if re.match(r"\s*[Bb]ei den (?:Konstrukteuren|Herstellern|Marken|Teams)\b", clause) or trig_text.strip() and re.search(
        re.escape(trig_text) + r"\s+(?:\w+\s+){0,2}?(?:in der|der|im)\s+(?:Konstrukteurs|Hersteller|Marken|Team)-?(?:wertung|WM|[Mm]eisterschaft)\b", clause
    ):
        return False  # "Bei den Konstrukteuren liegt Honda auf Rang zwei": a make's or a team's place, no driver's
    if kind == "win" and _STAGE_WON.search(clause):
        return False  # "Sordo gewinnt Powerstage", "gewann die dritte Wertungsprüfung vor X": a stage of the rally, no result
    if kind == "win" and re.search(r"\b(?:Kampf|Chance|[Hh]ätte|[Ww]äre|verpasst\w*|(?<!\b[Bb]eide )(?<!\b[Bb]eiden )Läufe)\b", clause) and not re.search(
        r"\bgewann\w*\s+(?:\w+\s+){0,3}?(?:den|das)\s+(?:\w+\s+)?(?:Kampf|Duell)\s+um\s+den\s+Sieg\b", clause
    ) and not (re.search(r"\bnach\s+(?:einem|hartem|langem|packendem)\s+(?:\w+\s+)?Kampf\b", clause) and not re.search(r"\b(?:Chance|hätte|wäre|verpasst\w*|Läufe)\b", clause)):  # ("die Läufe vier und fünf": earlier races; "gewann den packenden Kampf um den Sieg" is the win)
        return False
    if kind == "win" and re.search(r"\b(?:gewann|gewannen|gewinnt|siegte|siegten|siegt)\s+(?:zwar\s+|diesmal\s+|dieses Mal\s+)?nicht\b(?!\s+nur\b)", clause):
        return False  # "gewann zwar nicht sein Heimrennen, wurde aber Zweiter"
    if kind == "win" and re.search(
        r"\b(?:gewann|gewannen|gewinnt|siegte|siegten|siegt|Gewonnen\s+\w+)\s+(?:\w+\s+){0,2}?(?:niemand|keiner|nichts)\b", clause
    ):
        return False  # "Gewonnen hat dabei niemand etwas", "Das Rennen gewann am Ende keiner der Favoriten"
    if kind == "win" and re.search(
        r"\b(?:gewann|gewannen|gewinnt|sicherte|sicherten|holte|holten)\s+(?:sich\s+)?(?:\w+\s+){0,2}?(?:die|den)\s+(?:[\w-]+\s+)?"
        r"(?:Team|Hersteller|Marken|Konstrukteurs|Mannschafts)-?(?:[Ww]ertung|[Tt]itel|[Mm]eisterschaft|WM)\b",
        clause,
    ):
        return False  # "Förch Racing gewann die Teamwertung": a team's or make's classification, no driver's win
    if kind == "win" and re.search(r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d+)mal\b", clause) and not re.search(r"\bzum\s+\w+\s+Mal\b", clause):
        return False  # "wo Didier Auriol sechsmal sein Heimrennen gewann": a career, not this race
    if kind == "win" and "entsch" in trig_text and (
        re.search(r"\b(?:Duell|Zweikampf|Sprintduell|Prüfung|Wertungsprüfung|Etappe|Qualifying|Entscheidung|Startduell|Platz|Rang|Titelduell|Titelkampf|Start(?!-))\b", _QUALI_DECIDED.sub(" ", clause))
        or re.search(r"\b(?:Meisterschaft|Titel)\b(?:\s+\S+){0,4}?\s+für sich|\bentsch\w*\s+(?:\S+\s+){0,3}?(?:die Meisterschaft|den Titel)\b", clause)
    ):
        return False  # "das Duell um Platz drei entschied Hirvonen für sich", "Den Start entschied X für sich": not the race
    if kind == "win" and re.search(
        r"\b(?:die|eine|den|einen)\s+(?:[\w’'-]+\s+){0,2}?(?:Prüfung|Wertungsprüfung|Etappe|Stage|Powerstage|Power-Stage|Sprintduell|Duell)\s+gewann",
        clause,
    ):
        return False  # "der eine Prüfung gewann": a stage, not the event
    if kind == "win" and re.search(
        r"\b(?:[Nn]ach dem Start|[Bb]eim Start|[Aa]m Start|[Ii]n der ersten Kurve|[Ii]n der ersten Runde|[Zz]u Beginn|[Ii]n Runde \d+|[Ii]m Zweikampf)\b", clause
    ):
        return False  # "setzte sich kurz nach dem Start gegen X durch": a pass, not the win
    if kind in {"win", "win_noun"} and re.search(r"\b(?:gewann|gewinnt|gewonnen)\s+(?:das|den)\s+(?:\w+\s+)?[\w-]*(?:[Dd]uell|Zweikampf|Start|Sprintduell)\b", clause):
        return False  # "gewann das Sprintduell zur ersten Kurve": not the race
    if kind == "pole" and _NEG_POLE.search(clause):
        return False
    if kind == "pole" and trig_text == "Pole" and re.search(r"\b(?:der|den|dem|des|Der)\s+Pole\s+[A-ZÄÖÜ]", clause):
        return False  # "der Pole Kuba Giermaziak": a Polish driver
    if kind in {"title", "leader"} and re.search(
        r"\b\w+(?:fache|malige|fachen|maligen)[nr]?\s+(?:[\w\u00ad]+-)?" + re.escape(trig_text), clause
    ):
        return False  # "der viermalige Tourenwagen-Weltmeister": a career, not this season's title
    if kind in {"title", "leader"} and f"Ex-{trig_text}" in clause:
        return False  # "Der kanadische Ex-Weltmeister Jacques Villeneuve": an earlier title
    if kind == "title" and re.search(r"\b(?:amtierende[nr]?|bisherige[nr]?|ehemalige[nr]?|frühere[nr]?)\s+(?:[\w-]+\s+)?" + re.escape(trig_text), clause):
        return False  # "Der amtierende Meister Christian Menzel wurde Vierter": last season's title
    if kind == "win_noun" and re.search(
        re.escape(trig_text) + r"\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Hh]ersteller|Teams|Rennstall|Marke|Werks|Konzern)s?\b[^.;]*\b(?:perfekt|komplett)\b", clause
    ):
        return False  # "machte als Zweiter den Triumph des Stuttgarter Sportwagenherstellers perfekt": the maker's
    if kind == "title" and trig_text in {"Weltmeister", "Weltmeisterin", "Champion", "Meister", "Meisterin", "Titelträger", "Europameister"} and re.search(
        r"(?<![\w-])" + re.escape(trig_text) + r"\s+[A-ZÄÖÜ][\w'-]+", clause
    ) and not re.search(r"\b(?:[Nn]eue[rn]?|feststehende[rn]?|frischgebackene[rn]?|frisch\s+gekrönte[rn]?|gekrönte[rn]?)\s+(?:[\w-]+\s+)?" + re.escape(trig_text), clause):
        return False  # "Weltmeister Lewis Hamilton", "Champion Aiello": a title held, not won here ("Neuer Champion X" is)
    if kind == "title":
        pos = clause.find(trig_text)
        clause = clause[max(0, pos - 60) : pos + len(trig_text) + 60] if pos >= 0 else clause
        if _NOT_DRIVER_TITLE.search(clause) or re.search(r"\b(?:Titelkampf|um den Titel|Titelchance\w*|Titelrennen|Titelverteidigung|Chancen? auf den (?:\w+-)?Titel)\b", clause):
            return False
        if not re.search(
            r"\b(?:gewann|gewannen|gewonnen|sicherte\w*|sichert|gesichert|holte\w*|geholt|feierte\w*|gefeiert|krönte\w*|krönt|gekrönt|"
            r"wurde|wurden|ist|sind|verteidigte\w*|errang\w*|erober\w*|perfekt|vorzeitig|entschied|steht|stand|feststand|"
            r"sichergestellt|eingefahren|verteidigt|feststehend\w*|ging|gingen|heißt|heißen|hieß)\b",
            clause,
        ) and not re.search(r"\b[Nn]euer?\s+" + re.escape(trig_text) + r"\b", clause):  # ("Neuer Champion X", not "der neuen Titelträger")
            return False
    if kind == "leader" and _LEAD_HANDED_ON.search(clause):
        # "verlor die Tabellenführung an X": X leads; "DTM-Spitzenreiter Y musste die Führung an X abgeben": Y no more
        return not _LEADER_TITLE.search(trig_text)
    if kind == "leader" and re.search(r"\b(?:bisherig\w*|ehemalig\w*|verlor(?!ene[nrms]?\b)\w*|abgeben|abgab|Pech|büßte\w*)\b", clause):
        return False
    if kind == "leader" and trig_text == "an die Spitze" and not _IN_STANDINGS_OPENING.search(clause):
        return False  # ("In der Gesamtwertung setzte sich X damit an die Spitze", not a lead in the race)
    if kind == "leader" and re.search(r"\b(?:Rückstand|Punkte|Zähler)\s+(?:\w+\s+)?(?:auf|zur|hinter)\s+(?:die|der)\s+(?:Tabellenspitze|Spitze)\b", clause):
        return False  # "hat nur noch fünf Punkte Rückstand auf die Tabellenspitze": behind the lead, a place not told
    if kind == "win_noun" and re.search(r"\ban\s+(?:den|einen)\s+(?:[\w-]+\s+)?" + re.escape(trig_text) + r"\s+(?:war|ist|wäre)\s+(?:\w+\s+){0,3}?nicht\s+zu\s+denken\b", clause):
        return False  # "an den Sieg war aber nicht zu denken": no win
    if kind == "leader" and _LEADER_TITLE.search(trig_text) and re.search(
        r"(?<![\w-])" + re.escape(trig_text) + r"\s+[A-ZÄÖÜ][\w'-]+", clause
    ) or re.search(r"\bRückstand\s+auf\s+(?:den\s+)?" + re.escape(trig_text) + r"\b", clause):
        return True  # "WM-Spitzenreiter Fernando Alonso": the title before the name says the standings (not "GTE-Pro-Tabellenführer")
    if kind in {"leader", "vize"}:
        pos = clause.find(trig_text)
        near = clause[max(0, pos - 100) : pos + len(trig_text) + 50] if pos >= 0 else clause
        if not re.search(
            r"\b(?:ist|sind|wird|werden|bleibt|blieb|übernahm\w*|übernimmt|übernommen|baut|bauen|baute\w*|verteidigte\w*|verteidigen|verteidigt|führt\w*|führen|behauptet\w*|neuer|neue|eroberte\w*|"
            r"behielt\w*|behält|behalten|ausbaut\w*|ausbauen|festigte\w*|festigt|löste\w*|schnappte\w*|schnappt|"
            r"liegt|lag|wurde|wurden|[Aa]ls|sicherte\w*|gesichert|holte\w*|beendet\w*|beenden|schloss|schließt|wahrt|wahrte|feierte\w*|errang\w*|"
            r"ausgebaut|verbessert\w*|rückte\w*|steht|stand|hat|hatte|haben|hatten|begnügen|zufriedengeben|übernehmen|zu\s+übernehmen|"
            r"an\s+sich\s+(?:zu\s+)?(?:reißen|gerissen|riss\w*)|"
            r"setzte\w*\s+sich\s+(?:\w+\s+){0,8}?an\s+die|schob\w*\s+sich\s+(?:\w+\s+){0,8}?an\s+die|fuhr\w*\s+(?:[\w-]+\s+){0,10}?an\s+die)\b",
            near,
        ) and not (kind == "vize" and re.search(r"\b(?:ging|gingen|geht|gehen)\s+(?:\w+\s+){0,2}?an\b", near)):
            return False  # ("der Vize-Titel ging an Y", not "ging an WM-Leader X": that is the race's win)

    return True


def trig_sent(ctx: Context, trig: _Trigger) -> int:
    return ctx.sentence_of(trig.start)


# class tiers: a result of a car below the race's top class is a class result
_TIERS = [
    {"Hypercar", "LMH", "LMDh", "LMP1", "LMP1-H", "LMP1-L", "DPi", "GTP", "P1", "P", "Prototype", "Prototypen", "SP9", "SP-X", "Rally1", "WRC", "GT500"},
    {"LMP2", "P2", "PC", "LMP3", "WRC2", "WRC3", "Rally2", "R5", "ERC2", "ERC3", "ERC4", "JWRC"},
    {"GT1", "GTE-Pro", "GTLM", "GT2", "GTD-Pro", "LMGTE-Pro", "GTE", "GT3", "GT3-Pro", "GTD", "GTE-Am", "LMGTE-Am", "LMGT3", "N-GT", "GT300"},
    {"GT3 Am", "GT4", "SP7", "SP8", "SP10", "Cup2", "Pro-Am", "Pro-Am-Wertung", "Am-Wertung", "Silver Cup", "Bronze Cup", "Pro Cup"},
]


def _tier(klass: str | None) -> int | None:
    for i, tier in enumerate(_TIERS):
        if klass in tier:
            return i
    return None


# a report of a motorcycle race, whose grid holds three to a row
_MOTORCYCLE_GRID = re.compile(r"\bMoto(?:GP|2|3|E)\b|Superbike|Supersport|\bIDM\b|Motorrad")


@lru_cache(maxsize=1)
def _class_regex() -> re.Pattern[str]:
    """Class names also inside compounds the tokenizer keeps whole: 'GTD-Wertung', 'LMP2-Klasse', 'GT3-Klasse'."""
    from pipeline.lexicons import canonical_values

    table = canonical_values().get("CLASS", {})
    names = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?=-(?:Wertung|Klasse|Kategorie|Sieg|Klassensieg|(?:Titel|Vizetitel|Meistertitel|Champion|Meister|Vizemeister|Meisterschaft)(?!\w)|Auto|Fahrzeug|Team|Duo|Trio|Quartett|Crew|(?:Rang|Platz|Position)\b)|(?![\w-]))")


# a class name right after a model number, a model or a cup is part of that name, no class
_MODEL_BEFORE = re.compile(
    r"(?:\b[A-Za-z]{0,3}\d{1,3}[A-Za-z]?|\b(?:AMG|Challenge|Cup|Trophy|Fabia|Polo|GTI|Yaris|Fiesta|Huracán|Huracan|Vantage|SLS|Gallardo|"
    r"Mustang|GT-R|Supra|Camaro|Continental|Cayman|Golf|Civic|Leon|Astra|Corsa|"
    r"Corvette|Viper|Acura|Cadillac|Mazda|Nissan|Ligier|Oreca|Dallara|Riley|Multimatic|Lexus|Audi|BMW|Porsche|Ferrari|"
    r"Lamborghini|Bentley|McLaren|Mercedes|Hyundai|Skoda|Škoda|Citroën|Toyota|Ford|Honda|Chevrolet|Peugeot|Opel|Volkswagen|VW|N))[ \t]+$"
)


def _classes_in(ctx: Context, masked: str, a: int, b: int) -> list[tuple[str, int, int]]:
    from pipeline.lexicons import canonical_values

    table = canonical_values().get("CLASS", {})
    out = []
    cars = [(sp[2], sp[3]) for sp in ctx.spans if sp[0] in {"CAR", "TEAM", "SERIES"}]
    for m in _class_regex().finditer(masked, a, b):
        if any(x <= m.start() < y for x, y in cars):
            continue  # "911 GT3 RSR", "Mercedes-AMG GT3": part of a car name
        if re.match(r"\s+(?:RSR|R|Cup|LMS|RS|Evo|ultra)\b", masked[m.end() : m.end() + 6]):
            continue
        if re.search(r"\b(?:das|dem|ein|einem|sein|seinem|ihr|ihrem)\s+$", masked[max(0, m.start() - 8) : m.start()]):
            continue  # "fuhr das Hypercar von X als erstes über die Linie": a car, not its class
        if _MODEL_BEFORE.search(masked[max(0, m.start() - 30) : m.start()]) or any(
            0 <= m.start() - sp[3] <= 14 and "\n" not in masked[sp[3] : m.start()] for sp in ctx.spans if sp[0] in {"MAKE", "CAR"}
        ) and not re.search(r"(?:Klasse|Kategorie|Wertung|[Ii]n der|[Ii]n den|[Bb]ei den)\s*$", masked[max(0, m.start() - 30) : m.start()]):
            continue  # "Porsche 911 GT3", "Mercedes-AMG GT3", "Skoda Fabia R5", "Sprint Challenge GT3": a car or a cup
        if not ctx.in_quote(m.start(), m.end()):
            # the class as the text writes it ("LMGTE Am", "Silver Cup"), without a "-Wertung"/"-Klasse" of the alias
            out.append((re.sub(r"[-\s](?:Wertung|Klasse|Kategorie)$", "", m.group(1)), m.start(), m.end()))
    for m in _CODE_CLASS.finditer(masked, a, b):
        if m.lastindex == 3 and (any(x <= m.start() < y for x, y in cars) or re.match(r"GP\d", m.group(3)) or _tier(m.group(3)) == 0):
            continue  # "In der GP3 setzte sich X durch": the series, no class; "In der GT500 gewannen": the top class, overall
        if not any(o[1] <= m.start() < o[2] for o in out) and not ctx.in_quote(m.start(), m.end()):
            out.append((next(g for g in m.groups() if g), m.start(), m.end()))
    out.sort(key=lambda c: c[1])
    return out


# a class code the lexicon does not know, named as a class: "In der TC2-Klasse", "in der Klasse V4", "Kategorie NC2"
_CODE_CLASS = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9]{0,4}\d[A-Z0-9]{0,3})(?=[- ](?:Klasse|Kategorie|Wertung)\b)|"
    r"(?:(?<=\bKlasse )|(?<=\bKategorie ))([A-Z][A-Z0-9]{0,4}\d[A-Z0-9]{0,3})(?![\w-])|"
    # a class code as a sentence's topic: "In der V4 siegten", "In der Cup5 gewannen" (not Formel "F1"/"F3")
    r"(?<=\b[Ii]n der )(?!F\d\b)([A-Z][A-Za-z]{0,5}\d{1,3}[A-Za-z]?)(?![\w-])|"
    # a numbered class, kept with its word as the text names it: "in der Klasse III", "Division 2", "in der Gruppe H"
    r"(?<![\w-])((?:Klasse|Division|(?:(?<=der )|(?<=die ))Gruppe|[A-ZÄÖÜ][a-zäöüß]{2,}klasse)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H]))(?![\w.,-])"
)


# a win whose object is a classification of its own ("die Rookie-Wertung gewann", "die Yokohama Drivers' Trophy
# gewann"): a class place whose class the text names in its own words
_OWN_CLASSIFICATION = re.compile(
    r"\b(?:die|den)\s+(?:[\w’'-]+\s+){0,3}?(?:[\w-]*Wertung|[\w-]*Trophy|[\w-]*Trophäe|[\w-]*Division\s*\d*)\s+gewann"
)


# the lead of a classification named by its own word: "die Führung der Rookie-Wertung", "Spitze der Junior-Wertung"
_LEAD_OF_CLASSIFICATION = re.compile(r"\b(?:Führung|Spitze|Tabellenführung)\s+(?:in\s+)?der\s+([A-ZÄÖÜ][\w]*)-(?:Wertung|Meisterschaft|Trophy)\b")
_NOT_A_CLASSIFICATION = frozenset({"Fahrer", "Gesamt", "Team", "Teams", "Marken", "Hersteller", "Meisterschafts", "Punkte", "DTM", "WM"})


_CLASS_OF_CAR = re.compile(r"\baus\s+der\s+(?:(?:Klasse|Kategorie)\s+[\w-]+|[\w-]+-(?:Klasse|Kategorie))")


def _scope_and_class(ctx: Context, masked: str, trig: _Trigger, clause: tuple[int, int], sent: tuple[int, int], state: dict) -> tuple[str, str | None]:
    a, b = clause
    trig_text = masked[trig.start : trig.end]
    if trig.rule == "result.best_of_class":
        # "Bester Rookie wurde X", "der 17-Jährige war erneut bester Rookie": the first of that classification
        return "class", re.sub(r"-(?:Pilot|Fahrer)(?:in)?$", "", trig_text.split()[-1])  # ("bester Trophy-Pilot": Trophy)

    def elsewhere(c: tuple[str, int, int]) -> bool:
        """The class belongs to another statement: a parenthesis' own ("X vor Y (Erste in der Klasse SP7)") or a win's."""
        o = masked.rfind("(", sent[0], c[1])
        close = masked.find(")", c[1], sent[1])
        if o >= 0 and masked.find(")", o, c[1]) < 0 and close >= 0 and not o < trig.start < close:
            return True
        # a class glued to a win noun is that win's class: "wurden Fünfte und schnappten sich den Pro-Am-Sieg"
        if bool(re.match(r"-(?:Klassen)?(?:[Ss]ieg|[Ee]rfolg|[Tt]riumph)", masked[c[2] : c[2] + 16])) and not c[1] <= trig.start <= c[2] + 16:
            return True
        # "an den Porsche von A, B und C aus der Pro-Am-Klasse": the class describes the car, the place is overall
        return any(m.start() <= c[1] < m.end() for m in _CLASS_OF_CAR.finditer(masked, max(0, c[1] - 30), c[2] + 12))

    clause_text = _CLASS_OF_CAR.sub("", _without_asides(masked, a, b, trig.start))
    classes = [c for c in _classes_in(ctx, masked, a, b) if not elsewhere(c)]
    if not classes:
        classes = _classes_in(ctx, masked, *sent)
        classes = [c for c in classes if not re.match(r"\s*[-]?\w*(?:startend|fahrend)", masked[c[2] : c[2] + 14]) and not elsewhere(c)]
        # a class named in a later clause speaks of that clause: "Rang 3 erzielte das Trio X, ..., aber dafür den
        # SP9-Klassensieg" (unless the place stands in a relative clause and the class in the main clause after it:
        # "X und Y, die den Fahrertitel gewonnen hatten, brachten ihren RS Spyder als Spitzenreiter der Klasse LMP2 ...")
        relative = re.search(r",\s*(?:die|der|das|den|dem|welche[rsnm]?)\s+[^,]*$", masked[sent[0] : trig.start])
        classes = [c for c in classes if c[1] < trig.start or relative or not re.search(r"[,;]|\baber\b", masked[trig.end : c[1]])]

    klass = classes[0][0] if classes else None
    overall_word = next((w for w in _OVERALL_WORD.finditer(clause_text) if not _OVERALL_PLACE.match(clause_text, w.start())), None)
    if overall_word and classes and not _OVERALL_WORD.search(trig_text):
        # "auf Platz 16 in der Gesamt- und Position sechs in der Pro-Am-Wertung", "gewann die GTE-Am-Klasse und belegte
        # im Gesamtklassement Rang 20": each place goes with the classification named nearer to it
        at = masked.find(overall_word.group(0), a, b)
        mid = (trig.start + trig.end) // 2
        near_class = min(abs(c[1] - mid) for c in classes)
        if at >= 0 and near_class < abs(at - mid):
            overall_word = None
    # (the class of an earlier place goes on inside its paragraph only: "Auf LMP1-Rang drei ...", then a paragraph
    # "Turbulent ging es in der GT-Klasse zu. Der Klassensieg ging an ...")
    carried = state.get("class") if ctx.paragraph_of(ctx.sentences[state.get("sent", 0)][0]) == ctx.paragraph_of(trig.start) else None
    if carried is not None:
        named_since = _classes_in(ctx, masked, ctx.sentences[state["sent"]][1], sent[0])
        carried = named_since[-1][0] if named_since else None if "\n" in masked[ctx.sentences[state["sent"]][1] : sent[0]] else carried
    if re.match(
        r"\s+(?:(?:in|im)\s+(?:seiner|ihrer|der|ihren|seinen)\s+(?:Klasse|Kategorie|Klassenwertung|Division)|der\s+(?:internen|eigenen)\s+(?:Wertung|Klassenwertung))\b",
        masked[trig.end : trig.end + 40],
    ):  # ("als Siebter der internen Wertung")
        return "class", klass or carried  # "den fünften Platz in seiner Klasse und den 38. Gesamtrang"
    if _OVERALL_WORD.search(trig_text) or (overall_word and not _CLASS_WORD.search(trig_text)):
        return "overall", None
    # ("unterstrich auch X die Klasse der Jugend", "bewies seine Klasse": quality, no class of the race)
    clause_text = _KLASSE_AS_QUALITY.sub(" ", clause_text)
    if trig.kind in {"ord", "multi"} and not _CLASS_WORD.search(trig_text):
        # ("belegte Rang elf und durfte sich damit über den Klassensieg freuen": the class win is a result of its own,
        # the place the overall one)
        clause_text = re.sub(r"\b(?:den|dem|zum|der)\s+Klassensieg\w*\b", " ", clause_text)
    if _CLASS_WORD.search(trig_text) or _CLASS_WORD.search(clause_text) or (klass and trig.kind not in {"pole", "grid"}):
        return "class", klass or carried
    own = _LEAD_OF_CLASSIFICATION.search(clause_text)
    if trig.kind in {"leader", "title", "vize", "champ_ord"} and own and own.group(1) not in _NOT_A_CLASSIFICATION:
        return "class", own.group(1)  # "übernahm Krütten die Führung der Rookie-Wertung": that classification's lead
    own_win = re.search(r"\b(?:in|im)\s+(?:der\s+)?([A-ZÄÖÜ][\w]*)-(?:Wertung|Trophy|Cup)\b", trig_text)
    if trig.kind == "winner_noun" and own_win and own_win.group(1) not in _NOT_A_CLASSIFICATION:
        return "class", klass or own_win.group(1)  # "Der Sieger in der Rookie-Wertung hieß X": that classification's win
    if trig.kind == "win" and _OWN_CLASSIFICATION.search(clause_text) and not _OVERALL_WORD.search(clause_text):
        return "class", None  # "der wie am Vortag die Rookie-Wertung gewann": a classification of its own
    sub = _SUB_CLASSIFICATION.search(masked, a, b)
    if sub and not classes and (
        _SUB_CLASSIFICATION.search(trig_text)
        or (0 <= sub.start() - trig.end <= 30 and not re.search(r"\bund\b|,", masked[trig.end : sub.start()]))
        or (0 <= trig.start - sub.end() <= 40 and not re.search(r"\bund\b|,", masked[sub.end() : trig.start]))
    ):
        return "class", None  # (the place goes with the classification named next to it, not the race's other place)
    # the class of the sentence before goes on for the next places of that class, not for a place far below the
    # class's last ("... holten sich den Pro-Am-Sieg. X fuhr auf Platz sechs")
    near = state.get("pos") is None or not trig.positions or min(trig.positions) <= state["pos"] + 2
    if state.get("scope") == "class" and trig.kind not in {"pole", "grid"} and state.get("sent", -9) >= trig_sent(ctx, trig) - 1 and near:
        return "class", carried if state.get("class") else None
    if state.get("topic_class") and trig.kind not in {"pole", "grid", "title", "vize", "leader", "champ_ord"}:
        return "class", state["topic_class"]
    return "overall", None


# a paragraph that opens with its class ("In der Klasse GTE-Pro ...", "In der GTD-Kategorie ...",
# "Bei den LMP2-Prototypen ..."): the race places that follow in it are places in that class
_TOPIC_CLASS = re.compile(
    r"\s*(?:[Aa]uch\s+)?(?:[Ii]n der|[Ii]n den|[Bb]ei den|[Ii]m|[Dd]ie|[Dd]er)\s+(?:(?:Klasse|Kategorie|Wertung|Klassenwertung)\s+)?(?:\w+\s+)?"
    r"(?P<cls>[A-Z][\w-]*?)(?P<suffix>-?(?:Klasse|Kategorie|Wertung|Klassenwertung|Fahrzeuge[n]?|Prototypen|Sportwagen|Autos))?\b"
)


# a sentence that opens with a field of its own ("Bei den Motorrädern siegte X", "In der Wertung der Junioren ..."):
# the places that follow are places in that field
_FIELD_TOPIC = re.compile(
    r"\s*(?:[Bb]ei den|[Ii]n der Wertung der|[Uu]nter den)\s+(?P<cls>Motorrädern|Motorradfahrern|Bikern|Quads|Quad-Fahrern|Trucks|Lkw|Lastwagen|"
    r"Junioren|Rookies|Privatfahrern|Privatiers|Amateuren|Damen|Frauen|Senioren|Schaltkartfahrern|Schaltkarts|"
    r"[A-Z][\w]{0,12}(?=-(?:Autos|Fahrzeugen|Wagen|Sportwagen|Boliden|Piloten|Fahrern)\b)|"  # "Bei den GT-Autos setzten sich A und B durch"
    r"(?!Renn|Werks|Teams?|Dienst|Seiten)[A-ZÄÖÜ][a-zäöü]{3,}(?:wagen|fahrzeugen))\b"  # "Bei den Produktionswagen siegte X" (not the sidecars: a race of their own)
)
_FIELD_NAMES = {"Motorrädern": "Motorräder", "Motorradfahrern": "Motorräder", "Bikern": "Motorräder", "Quad-Fahrern": "Quads",
                "Lastwagen": "Lkw", "Privatfahrern": "Privatfahrer", "Amateuren": "Amateure", "Frauen": "Damen"}


# the smaller classes of a motorcycle Grand Prix weekend, each a race of its own: told under their heading ("Moto2:")
# or as a sentence's topic ("In der Moto2 siegte X"), their places are class places; the MotoGP is the premier class
_BIKE_GP = re.compile(r"\bMotoGP\b|\bKönigsklasse\b")
_BIKE_CLASS_HEAD = re.compile(r"(?:Ergebnis\s+|Ergebnisse\s+)?(MotoGP|Moto2|Moto3|MotoE)(?:-Klasse|-Rennen)?(?:\s*\([^()\n]{0,60}\))?\s*:?")
_SMALL_BIKE = r"Moto2|Moto3|MotoE|(?:125|250|350)(?:er|-?ccm|-?cm3|\s+ccm)|Achtelliter|Viertelliter"
_BIKE_CLASS_TOPIC = re.compile(
    rf"\s*(?:[Ii]n der|[Ii]m|[Bb]eim|[Dd]as|[Bb]ei den)\s+(?:\w+\s+)?(MotoGP|{_SMALL_BIKE}|Königsklasse)(?:-?[Kk]lasse|-Rennen|-Lauf|-Piloten|-Fahrern)?(?![\w-])"
)
# a smaller class of a motorcycle Grand Prix named in a place's own sentence: "Moto2-Pilot X wurde Siebter", "X wurde in
# der Moto2-Klasse Dritter", "Y gewann das 125er-Rennen"
_BIKE_CLASS_NAMED = re.compile(rf"(?<![\w-])({_SMALL_BIKE})(?:-?[Kk]lasse|-Rennen|-Lauf|-Pilot\w*|-Fahrer\w*)?(?![\w-])")


def _class_sections(ctx: Context, masked: str, lines: list[tuple[int, int]]) -> list[tuple[int, str | None]]:
    """Headings that open a class's own part of a report: a line that is only a class ("GTD Pro:", "Klasse LMP2",
    "GTLM-Wertung"); the class holds until the next such heading, and a heading of the overall classification
    ("Gesamtwertung:") ends it."""
    out: list[tuple[int, str | None]] = []
    bike_gp = _BIKE_GP.search(masked) is not None
    for a, b in lines:
        head = masked[a:b].strip()
        bike = _BIKE_CLASS_HEAD.fullmatch(head) if bike_gp else None
        if bike is not None:
            out.append((a, None if bike.group(1) == "MotoGP" else bike.group(1)))  # ("Moto2:", "Moto3 (23 Runden):")
            continue
        if not head or len(head) > 40 or not re.fullmatch(r"[\w .+/-]+:?", head):
            continue
        if re.fullmatch(r"(?:Ergebnis\s+)?(?:Gesamtwertung|Gesamtklassement|Gesamt):?", head):
            out.append((a, None))
            continue
        found = _classes_in(ctx, masked, a, b)
        if len(found) == 1 and re.fullmatch(
            r"(?:(?:Klasse|Kategorie|Wertung)\s+)?" + re.escape(masked[found[0][1] : found[0][2]]) + r"(?:-?(?:Klasse|Kategorie|Wertung))?\s*:?", head
        ):
            out.append((a, found[0][0]))
    return out


# the heading of one class's results table: "Endstand GT Le Mans (GTLM)", "Endstand Prototype Challenge (PC)",
# "24h Le Mans 2020: Die Top-5 der LMP2-Klasse", "Ergebnis LMP2:"
_TABLE_HEAD = re.compile(
    r"[^\n.!?]{0,40}?\b(?:Endstand|Endergebnis|Ergebnis(?:se)?|Resultat[e]?|Klassement|Top[- ]?\d{1,2})\b[^\n.!?]{0,50}"
)


def _table_classes(ctx: Context, masked: str, lines: list[tuple[int, int]]) -> dict[int, str]:
    """The class of each row of a results table that stands under a class's own table heading (_TABLE_HEAD): the
    class in the heading's closing parentheses ("(GTLM)") or the one class the heading names. It holds for the first
    block of numbered rows after the heading (text and a column header may come between), as far as "..." lines."""
    out: dict[int, str] = {}
    klass: str | None = None
    in_block = False
    for a, b in lines:
        line = masked[a:b].strip()
        if _LIST_ROW.match(masked, a, b):
            if klass is not None:
                out[a] = klass
                in_block = True
            continue
        if in_block and (not line or re.fullmatch(r"[.…]+", line)):
            continue
        if in_block:
            klass, in_block = None, False
        if not line or len(line) > 90 or not _TABLE_HEAD.fullmatch(line) or _OVERALL_WORD.search(line):
            continue
        paren = re.search(r"\(([A-Z][A-Z0-9-]{0,5})\)\s*:?$", masked[a:b].rstrip())
        found = _classes_in(ctx, masked, a, b)
        if paren and not any(sp[2] <= a + paren.start(1) < sp[3] for sp in ctx.spans if sp[0] in {"SERIES", "TEAM", "MAKE", "ORG"}):
            klass = paren.group(1)  # (not a series: "Ergebnis Lauf 2 (DTM)")
        elif len({k for k, _, _ in found}) == 1:
            klass = found[0][0]
    return out


def _canonical_class(name: str) -> str:
    from pipeline.lexicons import canonical_values

    return canonical_values().get("CLASS", {}).get(name, name)


_DSQ = re.compile(r"\b(?:nachträglich|im Nachhinein)\b[^.;]{0,80}?\b(?:disqualifiziert|aberkannt|aus der Wertung genommen)\b")
_DSQ_OF_OTHER = re.compile(r"\b(?:nachdem|weil|da|durch die|nach der|wegen der)\b[^.;]{0,80}\b(?:disqualifiziert|aberkannt|Disqualifikation|Wertung genommen)\b|\berbte\w*\b|\brückte\w*\b")


_QUALI_LEAD = re.compile(rf"\b(?:{_QUALI_NOUNS}|Startaufstellung|Pole-?[Pp]osition|Poleposition)\b|(?<![\w-])Pole\b|-Pole\b")
_WIN_LEAD = re.compile(
    r"\b(?:Sieg\w*|[Gg]ewinn\w*|gewann\w*|gewonnen|siegt\w*|[Tt]riumph\w*|Podium|Podest)\b|-Sieg\b|"
    r"(?<!zum )(?<!das )(?<!den )(?<!morgigen )(?<!kommenden )\b(?:Rennen|Lauf)\b"
)
_QUALI_FRAME = re.compile(rf"\s*(?:Beim|Im|Nach dem|Bei der|Nach der|In der)\s+[^,.;]{{0,100}}?(?:{_QUALI_NOUNS})\b(?!-)")
_FINISH_WORDS = re.compile(
    r"\b(?:ins Ziel|im Ziel|Zielflagge|Ziellinie|Zieldurchfahrt|Zieleinlauf|abgewinkt|Rennsieg\w*|Tagessieg\w*|Rennverlauf|Boxenstopp\w*|"
    r"Safety-?Car|Restart)\b"
)


_RACE_WON = re.compile(
    r"(?<![Pp]ole-)(?<![Pp]ole)\b\w*(?:[Ss]ieg|[Gg]ewinn|[Tt]riumph)\w*|\b(?:gewann\w*|gewonnen|Podi\w*|Podest\w*|[Ii]m Rennen|"
    r"\w*(?:fach|Doppel)erfolg\w*)\b"
)


def _pole_lead(ctx: Context, masked: str) -> bool:
    """The report's first paragraph tells a pole or a qualifying ("X hat sich die erste Pole Position des Jahres
    gesichert", "Im Qualifying setzte sich X durch") and no sentence of the text outside quotes tells a win."""
    if not ctx.paragraphs:
        return False
    first = [(s, e) for s, e in ctx.sentences if ctx.paragraph_of(s) == ctx.paragraph_of(ctx.sentences[0][0])][:4]
    if not any(_QUALI_LEAD.search(masked, s, e) for s, e in first):
        return False
    return _RACE_WON.search(masked) is None


_LAP_IN_PARENS = re.compile(
    r"\((?:[^()]*?;\s*)?(?<![\d:])\d:\d\d[.,]\d{3}(?![\d:])\s*(?:min\.?|Min\.?)?\)|\(\d{2}[.,]\d{3}\s*(?:sec\.?|s|Sek\.?)\)"
)
_QUALI_HEADING = re.compile(rf"(?:Vor dem Start|Die Startaufstellung|Startaufstellung|Das Qualifying|{_QUALI_NOUNS})\b(?!-)")


def _qualifying_sections(masked: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a report under a heading of its qualifying ("Vor dem Start", "Qualifying: X holt die Pole"), each
    as far as the next heading: a short line of its own that does not end like a sentence and speaks of no race."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    filled = [k for k, (a, b) in enumerate(lines) if masked[a:b].strip()]
    rank = {k: n for n, k in enumerate(filled)}

    def has_row(ks: list[int]) -> bool:
        return any(_LIST_ROW.fullmatch(masked[lines[j][0] : lines[j][1]]) for j in ks)

    def in_table(k: int) -> bool:
        """A cell of a table whose rows run over several lines ("1. (23) Sébastien Buemi", "Nissan e.dams", "1:07.295")."""
        n = rank[k]
        return has_row(filled[max(0, n - 3) : n]) and has_row(filled[n + 1 : n + 4])

    for k, (a, b) in enumerate(lines[1:], start=1):
        head = masked[a:b].strip()
        if not head or len(head) > 90 or head[-1] in ".!?\"“”'" or not head[0].isupper():
            continue
        if start is not None and in_table(k):
            continue
        if start is not None:
            out.append((start, a))
            start = None
        if _QUALI_HEADING.match(head):
            start = b
    if start is not None:
        out.append((start, len(masked)))
    return out


def _qualifying_report(ctx: Context, masked: str) -> bool:
    """A release about qualifying only ("GP England - Ergebnis Qualifying", "Beim DTM Qualifying in Zandvoort dominierte
    X"): its headline, or else its first sentence, is about qualifying and names no win or race, or its first paragraph
    tells a pole and the text no win (_pole_lead); and nothing in the text speaks of a finish."""
    if not ctx.sentences:
        return False
    if _FINISH_WORDS.search(masked) is not None:
        return False
    if _pole_lead(ctx, masked):
        return True
    title_end = masked.find("\n")
    if 0 < title_end <= 160:
        head = masked[:title_end]
        if not _QUALI_LEAD.search(head) or _WIN_LEAD.search(head):
            return False
    else:
        s, e = ctx.sentences[0]
        # (a relative clause speaks of something else: "X, der im Vorjahr siegte, sichert sich die Pole")
        main = re.sub(r",\s*(?:der|die|das|den|dem|dessen|deren)\b[^,]*(?:,|$)", ",", masked[s:e])
        if not _QUALI_FRAME.match(masked, s, e) or _WIN_LEAD.search(main):
            return False  # ("Nach dem siebten Platz im Qualifying gewann X das Rennen")
    return True


# the column header of a points table: "Pos. Fahrer Team Punkte", "PositionFahrerTeamPunkte" (no time column)
_POINTS_COLUMNS = re.compile(
    r"(?:Pos\.?|Position|Platz|Rang|P)?(?:Fahrer(?:in)?|Name|Pilot)(?:Team|Auto|Fahrzeug|Marke|Nation|Land)*(?:Punkte|Pkt\.?|Zähler)"
)
_LIST_ROW = re.compile(r"[ \t]*\d{1,2}\s*[.)]\s+\S[^\n]*")
_LAP_TIME = re.compile(r"(?<![\d:.,])[0-3]:\d\d[.,]\d{3}(?![\d:.,])")
_SMALL_GAP = re.compile(r"\+\s?(\d{1,2})[.,]\d{1,3}\s*(?:s|Sek\.?|sec)?(?![\d:.,])")


def _quali_table_lines(masked: str, lines: list[tuple[int, int]]) -> set[int]:
    """The starts of the lines of numbered tables without a heading of their own that are a qualifying's: the first
    row has a lap time, the others only gaps of a few seconds (no laps down, no race time), and the text right
    before the table speaks of qualifying."""

    def row(i: int) -> str | None:
        text = masked[lines[i][0] : lines[i][1]]
        return "" if not text.strip() else text if _LIST_ROW.fullmatch(text) else None

    out: set[int] = set()
    i = 0
    while i < len(lines):
        if not row(i):
            i += 1
            continue
        first, last = i, i  # a table: rows, blank lines between them allowed
        while last + 1 < len(lines) and row(last + 1) is not None:
            last += 1
        i = last + 1
        rows = [r for r in (row(k) for k in range(first, last + 1)) if r]
        if len(rows) < 5 or not _LAP_TIME.search(rows[0]) or re.search(r"\d:\d\d:\d\d|Runde", rows[0]):
            continue
        if any(re.search(r"\bRunden?\b|\d:\d\d:\d\d|\+\s?\d{1,2}:\d\d", r) or any(int(g) >= 5 for g in _SMALL_GAP.findall(r)) for r in rows[1:]):
            continue
        before = masked[max(0, lines[first][0] - 600) : lines[first][0]]
        if _QUALI_TOPIC.search(before) or re.search(r"\bStartpl[äa]tz\w*|\bPole\b", before):
            out.update(lines[k][0] for k in range(first, last + 1))
    return out


def _report_of_one_class(ctx: Context, masked: str, multi_class: bool) -> list[tuple[int, str | None]]:
    """A report about one class of a race ("Das Haupt Racing Team gewinnt ... in der GT-Klasse", "Ford bleibt Sieger in
    der LMGTE Pro-Klasse"): the headline (or, at a race of several classes, the first sentence) names the class, the
    text names no other class and no overall classification, so every place in it is a place in that class."""
    if not ctx.paragraphs:
        return []
    title_end = masked.find("\n")
    title_end = len(masked) if title_end < 0 else title_end
    if title_end > 160:
        return []  # (no headline of its own)
    lead_end = title_end
    lead = _classes_in(ctx, masked, 0, lead_end)
    if not lead and multi_class:
        # (or, at a race of several classes, the report's first sentence: "... ist das BMW Team RLL auf das Podium der
        # GTLM-Klasse gefahren.")
        # (named as a class right there: "der GTLM-Klasse", "in der Klasse GTD", not "im Porsche 911 GT3")
        lead_end = next((e for s, e in ctx.sentences if s > title_end and masked[s:e].strip()), title_end)
        lead = [
            c for c in _classes_in(ctx, masked, 0, lead_end)
            if re.match(r"[- ]?(?:Klasse|Kategorie|Wertung|Klassen)", masked[c[2] : c[2] + 10])
            or re.search(r"\b(?:Klasse|Kategorie)\s+$", masked[max(0, c[1] - 12) : c[1]])
        ]
    named = {k for k, _a, _b in _classes_in(ctx, masked, 0, len(masked))}
    if len({k for k, _a, _b in lead}) != 1 or len(named) != 1 or _tier(_canonical_class(lead[0][0])) not in {1, 2}:
        return []  # (a report of the top class, "Hypercar", "LMP1", is one of the overall classification; a cup inside
        # the field, "Pro-Am", "Silver Cup", one of a side classification next to the overall one)
    if _OVERALL_WORD.search(masked) or not re.search(r"\b(?:Klasse|Kategorie|Wertung|Klassensieg\w*|Klassen)\b|-Klasse\b", masked[0:lead_end]):
        return []
    return [(0, lead[0][0])]


_ORDINAL_CLASS_TOPIC = re.compile(
    r"\s*(?:[Ii]n der|[Bb]ei der)\s+(?:(?P<ord>ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten)\s+Klasse|"
    r"(?P<compound>" + _COMPOUND_CLASS + r"(?:\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])(?![\w.,-]))?))"
)


# a paragraph of an endurance race or rally that opens with a one-make cup run inside it ("Für den neugeschaffenen BMW
# M235i Racing Cup wurden ...", "Für die Teilnehmer des Opel Astra OPC Cups ...", "Im Porsche Cayman GT4 Clubsport ..."):
# the places that follow are places in that cup
_CUP_TOPIC = re.compile(
    r"\s*(?:Auch\s+)?(?:[Ff]ür\s+(?:den|die\s+Teilnehmer\s+des|die\s+Piloten\s+des|die\s+Fahrer\s+des)|[Ii]m|[Ii]n\s+der\s+Wertung\s+des|[Bb]eim|"
    r"[Ii]n\s+der\s+(?:Cup[\s-])?Klasse\s+der|[Bb]ei\s+den)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}(?P<cup>(?:[A-Z][\w-]*\s+){1,4}?(?:Cup|Trophy|Challenge|Clubsport|Racing\s+Cup))(?:s|es)?(?:\s+Fahrzeuge[n]?|\s+Autos)?\b"
)


# the head of an inline table of the standings: "Gesamtwertung nach 8 Rennen: 1. Paffett 99 - 2. ...", "Stand nach Lauf 5:"
_INLINE_STANDINGS_HEAD = re.compile(
    r"\bnach\s+(?:\d{1,2}|[a-zäöü]+)\s+(?:von\s+\d{1,2}\s+)?(?:Rennen|Läufen|Saisonläufen|Rennwochenenden|Veranstaltungen|Events)\b|(?:^|[\s-])Stand\b|"
    r"\bGes\.\s*\d{1,2}\s*v\.?\s*\d{1,2}\b"  # ("Ges. 6v.8: 1. Wolf 120, 2. Roth 101": the standings after six of eight rounds)
)


def _topic_class(ctx: Context, masked: str, s: int, e: int) -> str | None:
    field = _FIELD_TOPIC.match(masked, s, e)
    if field is not None:
        return _FIELD_NAMES.get(field.group("cls"), field.group("cls"))
    named = _ORDINAL_CLASS_TOPIC.match(masked, s, e)
    if named is not None:
        # "In der Damenklasse gingen neun Fahrerinnen an den Start. Hier holte sich X ...", "In der dritten Klasse ..."
        return named.group("compound") or named.group("ord")[:-1] + " Klasse"
    m = _TOPIC_CLASS.match(masked, s, e)
    if m is None:
        return None
    # (the class may also stand before the word that ended up as "cls": "In der TC2 Klasse")
    found = [c for c in _classes_in(ctx, masked, s, e) if m.start() <= c[1] <= m.end()]
    if not found and m.group("suffix") and re.fullmatch(r"-(?:Klasse|Kategorie|Wertung)", m.group("suffix")) and (
        m.group("cls") not in _NOT_A_CLASSIFICATION and m.group("cls") not in _SERIES_ABBR and not _STANDINGS_WORD.search(m.group(0))
    ):
        return m.group("cls")  # "In der Gentleman-Wertung jubelten zwei Schweizer Teams": a classification of its own
    return found[0][0] if found else None


def _other_venue(ctx: Context, a: int, b: int, venue: str | None) -> bool:
    """The clause names another circuit than the event's: an earlier race's result."""
    if venue is None:
        return False
    return any(sp[1] != venue and not venue.startswith(sp[4]) for sp in ctx.spans_in(a, b, "VENUE"))


# the head of the standings after a round: "WM-Stand (12/13):", "Gesamtklassement (2/10):", "Gesamtwertung (nach 7 von
# 11 Rennen):", "Stand nach dem 5. Lauf:" (a bare "Gesamtwertung:" may be a rally's overall classification)
_STANDINGS_HEAD = re.compile(
    r"(?:^|[\s-])Stand\b|\b(?:Gesamtklassement|Gesamtwertung|Gesamtstand|Wertung|Klassement)\s*\((?:\d+\s*/\s*\d+|nach\b[^)]*)\)"
)


_ROW_POINTS = re.compile(r"\b\d{1,3}\s*(?:Punkte[n]?|Pkt\.?|Zähler[n]?)\b")
_ROW_TIME = re.compile(r"\d:\d\d|\+\s?\d|\bRunden?\b|\bSek\w*|\bMin\w*")


def _points_rows(masked: str, line_start: int) -> bool:
    """A list row that gives points and no time, with a row above or below that does the same: a points table."""
    def row(a: int) -> str | None:
        b = masked.find("\n", a)
        line = masked[a : b if b >= 0 else len(masked)]
        return line if _LIST_ROW.match(line) else None

    def points(line: str | None) -> bool:
        return line is not None and bool(_ROW_POINTS.search(line)) and not _ROW_TIME.search(line)

    here = row(line_start)
    if here is None:
        return False
    if not points(here):
        return _bare_points_block(masked, line_start, row)
    above = masked.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start > 0 else None
    below = masked.find("\n", line_start)
    return (above is not None and points(row(above))) or (below >= 0 and points(row(below + 1)))


_ROW_END_NUMBER = re.compile(r"\s(\d{1,3}(?:[.,]5)?)\s*$")


def _bare_points_block(masked: str, line_start: int, row: Callable[[int], str | None]) -> bool:
    """The block of list rows around a row that each end in a bare number, with no time, and whose numbers fall
    row by row, mostly strictly ("1. Sebastian Vettel (Red Bull Racing) 186", "2. Jenson Button (McLaren) 109"): points,
    not laps (the laps of a race's rows stay alike)."""
    starts = [line_start]
    a = line_start
    while a > 0:
        a = masked.rfind("\n", 0, a - 1) + 1
        if row(a) is None:
            break
        starts.insert(0, a)
    b = line_start
    while (b := masked.find("\n", b)) >= 0 and row(b + 1) is not None:
        b += 1
        starts.append(b)
    values = []
    for k, at in enumerate(starts):
        line = row(at) or ""
        m = _ROW_END_NUMBER.search(line)
        if m is None and k == len(starts) - 1 and k >= 3 and not _ROW_TIME.search(line):
            break  # (the last row of a page's excerpt, cut off before its number)
        if m is None or _ROW_TIME.search(line):
            return False
        values.append(float(m.group(1).replace(",", ".")))
    steps = list(zip(values, values[1:]))
    return len(values) >= 3 and all(x >= y for x, y in steps) and 3 * sum(x > y for x, y in steps) >= 2 * len(steps)


# a place of an inline run ("1. Rast 2. Müller", "... Std. - 2. Moreau/Petit", "- 3. - Kask/Ott", "4.Berg/Holm")
_PLACE_RUN_ITEM = re.compile(
    r"(?:^|(?<=[\s:,;–(])|(?<=[a-zäöüß)]))(\d{1,2})\.(?:\s+(?:-\s+)?|(?<=\s-\s\d\.)|(?<=\s-\s\d\d\.)|" + GLUED_PLACE + r")(?=[A-ZÄÖÜ])"
)


def _inline_run(ctx: Context, masked: str, inline: list[re.Match[str]], pa: int, head_from: int, out: list[ResultRecord]) -> None:
    """The places of one classification run into a line (see extract_results); its head is the text before its "1."."""
    head = masked[head_from : pa + inline[0].start()]
    session = "qualifying" if _QUALI_STRICT.search(head) else "championship" if (
        _CHAMP.search(head) or _STANDINGS_HEAD.search(head) or _INLINE_STANDINGS_HEAD.search(head)
    ) else "race"
    items = [masked[pa + m.end() : pa + (inline[k + 1].start() if k + 1 < len(inline) else m.end() + 160)] for k, m in enumerate(inline)]
    if session == "race" and sum(bool(_ROW_POINTS.search(it)) for it in items) * 3 >= 2 * len(items):
        session = "championship"  # ("1. Yann Ehrlacher (FRA) Cyan Racing, 103 Punkte2. Santiago Urrutia ..., 101 Punkte3. ...")
    head_classes = _classes_in(ctx, masked, head_from, pa + inline[0].start())
    bike = _BIKE_CLASS_HEAD.match(head.strip()) if _BIKE_GP.search(masked) else None
    if bike is not None and bike.group(1) != "MotoGP":
        head_classes = [(bike.group(1), head_from, head_from)]  # ("Moto2 (25 Runden): 1. Alex Rins ...")
    scope = "class" if (head_classes or _CLASS_WORD.search(head)) and not _OVERALL_WORD.search(head) else "overall"
    klass = head_classes[0][0] if head_classes and scope == "class" else None
    named = re.search(r"\b(?:Klasse|Kategorie|Wertung)\s+([A-Z][\w+-]*)", head)
    if scope == "class" and klass is None and named:
        klass = named.group(1)  # "Ergebnis Klasse GTE-AM": the class as the header writes it
    for m in inline:
        pos0 = pa + m.end()
        crew = next((c for c in ctx.crews if 0 <= c.start - pos0 <= 3 and not c.mentions[0].in_quote), None)
        mention = next((x for x in ctx.mentions if 0 <= x.start - pos0 <= 3 and not x.in_quote), None)
        persons = crew.persons if crew is not None else [mention.person] if mention is not None and mention.person is not None else []
        if persons:
            end = crew.end if crew is not None else mention.end
            out.append(ResultRecord(persons, session, scope, int(m.group(1)), klass, (pa + m.start(1), end), "result.inline_list", individual=crew is None))


def extract_results(
    ctx: Context, cars: list[CarInfo], season: int | None, single_seater: bool, venue: str | None = None,
    series: str | None = None,
) -> list[ResultRecord]:
    masked = _masked(ctx)
    ctx.known_cars = [c for c in cars if len(c.persons) >= (1 if single_seater else 2)]
    event_classification = series in EVENT_CLASSIFICATION_SERIES or bool(
        re.search(r"\b(?:24|12|10|8|6)[- ]?(?:Stunden|h)\b|\b\d+-Stunden-Rennen|Langstrecke|Endurance|\bRallye\b|\bEtappe\b", masked)
    )
    out: list[ResultRecord] = []
    pending_double: dict | None = None
    state: dict = {}
    current_para = -1
    list_header, list_header_span = "", (0, 0)
    lines = line_spans(masked)
    quali_rows = _quali_table_lines(masked, lines)  # (the tables of a qualifying, found once per document)
    table_classes = _table_classes(ctx, masked, lines)
    for pa, pb in lines:
        # a classification run into one line: "Ergebnis Klasse GTC 1. Pappas/Bleekemolen (USA/NL), Porsche, 299
        # Runden 2. Ende/Pumpelly ... 3. ...": the numbers 1, 2, 3, ... in order, each before a name
        # (a page that lost its line breaks runs two classifications into one line: a "1." after "5." starts the next)
        runs: list[list[re.Match[str]]] = [[]]
        # (agency style after a spaced hyphen: "... Std. - 3. - Kask/Ott (EST) ... - 4.Berg/Holm")
        for m in _PLACE_RUN_ITEM.finditer(masked[pa:pb]):
            inline = runs[-1]
            if int(m.group(1)) == (int(inline[-1].group(1)) + 1 if inline else int(m.group(1))):
                inline.append(m)
            elif int(m.group(1)) == 1 and len(inline) >= 3:
                runs.append([m])
            elif int(m.group(1)) == 1:
                runs[-1] = [m]  # (a short run before it was none: "Formel 3. Startaufstellung: 1. Weber, 2. ...")
        head_from = pa
        for inline in runs:
            if len(inline) >= 3:
                _inline_run(ctx, masked, inline, pa, head_from, out)
            if inline:
                head_from = pa + inline[-1].end()
    named_sents = {m.sent for m in ctx.mentions if not m.in_quote}  # sentences that name someone outside quotes
    sections = _class_sections(ctx, masked, lines) or _report_of_one_class(ctx, masked, event_classification)
    bike_gp = _BIKE_GP.search(masked) is not None  # (a motorcycle Grand Prix report: its smaller classes are classes)
    motorcycle_grid = _MOTORCYCLE_GRID.search(masked) is not None  # (three to a row)
    for si, (s, e) in enumerate(ctx.sentences):
        para = ctx.paragraph_of(s)
        section_class = next((k for at, k in reversed(sections) if at <= s), None)
        if para != current_para:
            current_para, state = para, ({"topic_class": section_class} if section_class else {})
        topic = _topic_class(ctx, masked, s, e)
        cup = _CUP_TOPIC.match(masked, s, e) if event_classification and topic is None else None
        if cup is not None and not (series and (fold(series) in fold(cup.group("cup")) or fold(cup.group("cup")) in fold(series))) and (
            fold(cup.group("cup")) not in fold(masked[: min(300, s)])  # (not the cup the whole report is about, named in its lead)
        ):
            topic = cup.group("cup")
        if topic is not None:
            state["topic_class"] = topic
        bike = _BIKE_CLASS_TOPIC.match(masked, s, e) if bike_gp else None
        if bike is not None:
            if bike.group(1) in {"MotoGP", "Königsklasse"}:
                state.pop("topic_class", None)  # ("Im Rennen der MotoGP ...": the premier class, overall)
                state.pop("scope", None)
            else:
                state["topic_class"] = bike.group(1)
                if state.get("class") is not None:
                    state["class"] = bike.group(1)  # (the class a place before carries gives way to the new one)
        if not masked[s:e].strip() or _LAP_TICKER.match(masked, s, e):
            continue  # ("5. Runde: X schiebt sich an Y vorbei und ist jetzt Dritter": a lap ticker's line tells running places)
        sent_crews = [
            c for c in ctx.crews
            if c.sent == si and not c.mentions[0].in_quote and c.persons
            and not all(any(role_class(r) == "other" for r in ctx.persons[p].roles) for p in c.persons)
        ]
        if single_seater:
            sent_crews = [
                Crew(persons=[m.person], start=m.start, end=m.end, sent=si, mentions=[m])
                for c in sent_crews
                for m in c.mentions
                if m.person is not None
            ]
        segments = _segments(masked, s, e, [c for c in ctx.crews if c.sent == si])
        # classification lists: "1. Timo Glock (Toyota) ..." / "2) ..." at the start of a line
        line_start = masked.rfind("\n", 0, s) + 1
        # (a table row as pages render it: "| 4. | Lewis Hamilton | GBR | Mercedes | 36,9 |")
        lm = re.match(r"\s*(?:\|\s*(\d{1,2})\.?\s*\|\s*|(?:Platz|Pos\.)\s*(\d{1,2}):?\s|(?:[A-Z][A-Za-z0-9-]{1,8}\s+(?=P\d))?P(\d{1,2}):?\s|(\d{1,2})(?:\s*[.):]|\t|\s+\d{1,3}\s+(?=[A-ZÄÖÜ]\.\s)|\s+(?=[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?\s?[A-ZÄÖÜ])))\s*(?:Platz:?\s+)?(?:\(\d{1,3}\)\s*|#\d{1,3}\s+)?", masked[s:e])
        if lm and masked[line_start:s].strip() == "" and sent_crews and sent_crews[0].start - s < 40 and not re.search(
            r"\b[a-zäöüß]{3,}\b", masked[s + lm.end() : sent_crews[0].start]
        ):  # (not "60. BMW-Sieg in der DTM durch Marco Wittmann": a count, words before the name)
            pos = int(next(g for g in lm.groups() if g))
            header = list_header
            # ("Fahrerwertung in der WM:", also misspelt, "Stand in der EM:": a table of the standings)
            champ_header = _CHAMP.search(header) or re.search(r"\b(?:in der|der|zur)\s+(?:WM|EM|DM)\b", header) or re.search(
                r"(?:^|\s|-)Stand\b", header
            ) or _POINTS_COLUMNS.fullmatch(re.sub(r"[\s|]+", "", header))  # ("Stand Fahrer-Weltmeisterschaft:", "WM-Stand (nach 4 von 17 Rennen):")
            session = "qualifying" if _QUALI.search(header) or line_start in quali_rows else "championship" if champ_header else "race"
            if session == "race" and _points_rows(masked, line_start):
                session = "championship"  # ("1. Sebastien Loeb (Frankreich) im Citroen mit 66 Punkten", "2. ... mit 42 Punkten")
            hdr_cls = [sp for sp in ctx.spans if sp[0] == "CLASS" and sp[2] >= state.get("header_start", -1) and sp[3] <= state.get("header_end", -1)]
            scope = "class" if (hdr_cls or _CLASS_WORD.search(header)) and not _OVERALL_WORD.search(header) else "overall"
            klass = hdr_cls[0][1] if hdr_cls and scope == "class" else None
            head_class = klass or next((k for k, _, _ in _classes_in(ctx, masked, *list_header_span)), None)
            if scope == "class" and head_class and _tier(_canonical_class(head_class)) == 0:
                scope, klass = "overall", head_class  # (the top class's table is the overall order: "Die Top-5 der LMP1-Klasse")
            if scope == "overall" and section_class and not _OVERALL_WORD.search(header):
                scope, klass = "class", section_class  # a list under a class's own heading ("GTD Pro:" ... "Ergebnis (Top 6):")
            elif scope == "overall" and line_start in table_classes and not _OVERALL_WORD.search(header):
                # a table under its class's heading ("Endstand GT Le Mans (GTLM)"); the top class's table is the overall order
                klass = table_classes[line_start]
                scope = "overall" if _tier(_canonical_class(klass)) == 0 else "class"
            crew = sent_crews[0]
            coded = re.match(r"\s*([A-Z][A-Za-z0-9-]{1,8})\s+P\d", masked[s:e])
            line_class = next((c[0] for c in _classes_in(ctx, masked, s, s + coded.end(1))), None) if coded else None
            if line_class is not None:
                # "GTLM P2 #3 Jordan Taylor, Antonio Garcia, Nick Catsburg": the class opens the line, the crew is its names
                scope, klass = ("overall", None) if _tier(_canonical_class(line_class)) == 0 else ("class", line_class)
                named = [crew]
                for c in sent_crews[1:]:
                    if not re.fullmatch(r"\s*(?:,|und|/)\s*", masked[named[-1].end : c.start]):
                        break
                    named.append(c)
                crew = Crew([p for c in named for p in c.persons], crew.start, named[-1].end, si, crew.mentions)
            out.append(ResultRecord(crew.persons, session, scope, pos, klass, (s, e), "result.list_line"))
            continue
        # classifications inline: "Ergebnis: 1. Catsburg (Volvo), 2. Michelisz (Honda), 3. ..."
        inline = list(re.finditer(r"(?:^|[:,;–]\s*|(?<=[a-zäöüß)]))(\d{1,2})\.\s+(?=[A-ZÄÖÜ])", masked[s:e]))
        if len(inline) >= 3:
            head = masked[s : s + inline[0].start()]
            session = "qualifying" if _QUALI_STRICT.search(head) else "championship" if _CHAMP.search(head) or _INLINE_STANDINGS_HEAD.search(head) else "race"
            for m in inline:
                pos0 = s + m.end()
                crew = next((c for c in sent_crews if 0 <= c.start - pos0 <= 3), None)
                if crew is not None and not any(
                    r.rule == "result.inline_list" and r.evidence[0] == s + m.start(1) for r in out
                ):  # (not a place the run of its paragraph gave already, with its class: "Klasse Junioren: 1. Hartl ...")
                    out.append(ResultRecord(crew.persons, session, "overall", int(m.group(1)), None, (s + m.start(1), crew.end), "result.inline_list"))
            continue
        if not sent_crews and not re.match(r"\s*\d", masked[s:e]):
            stripped = masked[s:e].strip()
            if len(stripped) < 120 and not re.fullmatch(r"[.…\s]*", stripped):  # ("............" between rows is no header)
                list_header, list_header_span = stripped, (s, e)
                state["header_start"], state["header_end"] = s, e
        ctx.results_so_far = out
        # a sentence of the standings: points in parentheses or as words, next to (or after) the standings' name
        standings_word = bool(_STANDINGS_WORD.search(masked[s:e]))
        # (the standings may go on after a quote: "... vor Montoya (79). „…“, meinte er. Räikkönen (75) ist Dritter.")
        last_table = state.get("standings_sent", -9)
        table_goes_on = 0 <= last_table < si and not any(k in named_sents for k in range(last_table + 1, si))
        standings_here = bool(_POINTS.search(masked[s:e])) and (standings_word or table_goes_on) and not event_classification or (
            standings_word and bool(_POINTS.search(masked[s:e])) and not _RACE_WORDS.search(masked[s:e])
        )
        if standings_word or standings_here:
            state["standings_sent"] = si
        # "Die Reihenfolge der Gesamtwertung entsprach auch dem Ergebnis der Klasse SP9": overall places are class places
        same = re.search(r"\b(?:entsprach|entspricht|entsprachen|zugleich|ebenfalls)\b[^.;]{0,90}\b(?:Klasse|Klassenwertung|Wertung)\b", masked[s:e])
        sent_classes = _classes_in(ctx, masked, s, e)
        if same and sent_classes:
            for r in [r for r in out if r.session == "race" and r.scope == "overall"]:
                out.append(ResultRecord(r.persons, "race", "class", r.position, sent_classes[-1][0], (s, e), "result.class_as_overall"))
        # a paragraph about qualifying: its sentences without a word of the race give grid places
        para = ctx.paragraph_of(s)
        race_words = bool(_RACE_SENTENCE.search(masked[s:e]))
        quali_chain = state.get("quali_para") == (para, si - 1) and not race_words
        # (a line of its own opens a paragraph too: "...Topform.\nDas Qualifying am Samstag brachte ...")
        opens = ctx.paragraph_of(ctx.sentences[si - 1][0]) != para or "\n" in masked[ctx.sentences[si - 1][1] : s] if si > 0 else True
        topic = _QUALI_TOPIC.search(masked[s:e])
        # (not "bestätigte seine Leistung vom Qualifying auch im Saisonrennen": the race told after the qualifying)
        race_after = [
            m for m in _RACE_SENTENCE.finditer(masked, s + topic.end(), e)
            if not re.search(r"\b(?:zum|für das|ins|vor dem|fürs)\s+(?:\w+\s+)?$", masked[max(s, m.start() - 20) : m.start()])
        ] if topic else []  # ("im Qualifying zum Rennen": the race the grid is for)
        if quali_chain or (opens and topic and (not race_words or (topic.start() < 40 and not race_after))):
            state["quali_para"] = (para, si)
        # a sentence opening with "Hinter dem Norweger X ...": X is a place ahead of the one placed in it
        opener = _BEHIND_OPENER.match(masked, s, e)
        sent_triggers = _triggers(ctx, masked, s, e)
        for trig in sent_triggers:
            seg = outer = next(((a, b) for a, b in segments if a <= trig.start < b), (s, e))
            paren = _parenthesis_around(masked, trig, s, e)
            if paren is not None:
                if re.match(r"\(\s*(?:zuvor|bisher|zuletzt|damals|Vorjahr|im Vorjahr|bis)\b", masked[paren[0] : paren[1]]):
                    continue  # "(zuvor zweimal Vierter)", "(bis Platz 15)": earlier races, a rule, no place of this one
                seg = (paren[0] + 1, paren[1])  # "(Erste in der Klasse SP7)": the parenthesis is the place's own clause
            clause = masked[seg[0] : seg[1]]
            accept_clause = masked[s:e] if trig.kind == "duel" else masked[trig.start : trig.end] if trig.rule == "result.paren_place" else clause
            if trig.rule == "result.ceded":
                # (the loss itself is the statement, not a place given up; "beim Start", "in der Anfangsphase" still count)
                inner = re.sub(r"(?:den|die)\s+\w+\s+(?:Platz|Rang|Position|Podestplatz)|(?:Platz|Rang|Position)\s+\S+", " ", masked[trig.start : trig.end])
                accept_clause = masked[seg[0] : trig.start] + inner + masked[trig.end : seg[1]]
            if trig.rule == "result.win_noun" and re.fullmatch(r"\s*Den\s+", masked[s : trig.start]) and re.match(
                r"[^.;]*\b(?:perfekt|komplett)\b", masked[trig.end : e]
            ):
                continue  # "Den Triumph machten X im Schwesterauto perfekt": X completed the team's success, not the winners
            if trig.rule == "result.pole" and masked[trig.start : trig.end + 1] in {"Pole ", "Pole,", "Pole."} and re.search(
                r"\b[Dd]er\s+$", masked[max(s, trig.start - 30) : trig.start]
            ) and not re.search(r"\b(?:von|auf|aus|an|in|mit|hinter|neben|vor|nach|zu|bei)\s+der\s+$", masked[max(s, trig.start - 30) : trig.start], re.I):
                continue  # "in dem der Pole das bessere Ende für sich hatte", "der Pole bleibt vorn": a Polish driver
            if trig.rule == "result.placed" and re.search(r"\b(?:zuletzt|zuvor|bisher|damals|im Vorjahr)\b(?:\s+[\w-]+){0,3}\s+$", masked[max(s, trig.start - 50) : trig.start]):
                continue  # "Der zuletzt zweimal nacheinander siegreiche Franzose X wurde nur 13.": earlier races
            if trig.rule == "result.placed" and any(0 < c.start - trig.end <= 2 for c in sent_crews):
                accept_clause = masked[trig.start : trig.end]  # "Die Zweitplatzierten X und Y ... lagen zu Beginn in Führung": a title
            if not _accept(trig.kind, accept_clause, masked[trig.start : trig.end], ctx, season):
                continue
            if trig.kind in {"leader", "champ_ord"} and _STANDING_BEFORE.search(clause):
                continue  # "der als Gesamtführender ins Rennen gegangen war": the standing before the race
            if trig.kind == "ord" and re.search(r"\bzwar\s+(?:[\w-]+\s+){0,2}$", masked[max(s, trig.start - 30) : trig.start]) and re.search(
                _PENALTY_LATER, masked[trig.end : e]
            ):
                continue  # "überquerte die Linie zwar als Erster, wurde aber zurückversetzt": not the place in the end
            if trig.kind == "ord" and re.search(r"\b(?:Linie|Ziellinie|Zielflagge|Ziel)\b", masked[s:e]) and re.match(
                r"\s*,\s*(?:wurde|wurden)\s+(?:aber|jedoch|dann)\b[^.;]*\b(?:zurückversetzt|zurückgestuft|disqualifiziert|bestraft)", masked[trig.end : e]
            ):
                continue  # "Die Linie überquerte X als Dritter, wurde aber zurückversetzt": a place taken away
            if trig.kind in {"ord", "multi"} and re.search(r"\blag(?:en)?\b", masked[s : trig.start]) and re.match(
                r"[^.;]*" + _PENALTY_LATER, masked[trig.end : e]
            ):
                continue  # "lagen am Ende des Rennens auf Platz drei, erhielten aber eine Durchfahrtstrafe": a running place
            if trig.kind == "leader" and trig.rule == "result.points_lead" and re.match(r"\s*(?:Hinter\s+(?:ihm|ihr|ihnen)|Dahinter)\b", masked[s:e]):
                trig.positions = [2]  # "X führt mit 98 Punkten. Hinter ihm liegt Y mit 71 Zählern vor Z": Y second, Z third
            if trig.kind == "ord" and re.match(r"\s*(?:[\w-]+\s+)?(?:angriff|angreifen|attackierte|attackieren|ins\s+Visier)\b", masked[trig.end : e]):
                continue  # "lag auf Platz sieben, ehe er Rang fünf angriff": a place aimed at
            if trig.kind == "ord" and (
                (_IN_LAP.search(clause) and _TOOK_PLACE.search(clause))
                or (_AFTER_STOP.search(clause) and re.search(r"\b(?:war|waren|lag|lagen|reihte|reihten|übernahm|übernahmen)\b", clause))
            ) and not _FINAL_WORDS.search(masked[s:e]) and not re.search(
                r"\bspäter", masked[max(seg[0], trig.start - 30) : trig.end]
            ):
                continue  # "In Runde zwölf übernahm X die dritte Position": a place during the race (not "vor den späteren Drittplatzierten")
            if trig.kind == "ord_race":
                near = masked[max(seg[0], trig.start - 70) : min(seg[1], trig.end + 25)]
                if _START_MOVE.search(near) or (_MID_RACE.search(near) and not _FINAL_WORDS.search(near)):
                    continue  # a move at the start or during the race; its start may still be the grid place
            scope, klass = _scope_and_class(ctx, masked, trig, seg, (s, e), state)
            # an aside in parentheses speaks of something else: "Marco Wittmann (Gesamtdritter mit 110 Punkten) auf Platz fünf"
            plain = _without_asides(masked, seg[0], seg[1], trig.start)
            # "in einem Meisterschaftslauf im Rahmen der FIA Langstrecken-Weltmeisterschaft": the race's frame, no standing
            plain = _RACE_FRAME.sub(lambda fm: " " * len(fm.group(0)), plain)
            lo = max(0, trig.start - seg[0] - 45)
            while 0 < lo < trig.start - seg[0] and not plain[lo - 1].isspace():
                lo += 1  # (never a word cut in two: "dis|qualifiziert" is no qualifying, "Tourenwagen-|Weltmeister" no title)
            left = plain[lo : trig.start - seg[0]]
            left = re.split(r"\s(?:und|aber|doch)\s|,", left)[-1]
            right = plain[trig.end - seg[0] : min(len(plain), trig.end - seg[0] + 45)]
            right = re.split(r"\s(?:und|aber|doch)\s|,", right)[0]
            if trig.kind not in {"pole", "grid"}:
                # where the driver started is not the session of this place: "von Startplatz 23 noch Vierter",
                # "holte Platz zwei von Startplatz acht", "Nach dem siebten Platz im Qualifying gewann X das Rennen"
                left, right = _START_PHRASE.sub(" ", left), _START_PHRASE.sub(" ", right)
            window = left + masked[trig.start : trig.end] + right
            if re.match(r"\s*(?:In|in) der (?:Endabrechnung(?: der)? )?(?:Meisterschaft|Fahrerwertung|Tabelle|Gesamtwertung|WM|Weltmeisterschaft)\b", masked[s:e]) and trig.kind in {"ord", "multi"} and not re.search(
                r"\bim Rennen\b|\bins Ziel\b|\bim Ziel\b|\büberquerte\w*|\bheute\b|\bdiesmal\b|\bam (?:Samstag|Sonntag)\b|\bResultat\b|\bErgebnis\b", clause
            ) and not (  # ("In der Tabelle führt X, der heute Fünfter wurde": today's place is the race's; "X, der nun Zweiter ist" the table's)
                (rel := re.search(r",\s*(?:der|die)\s+[^,;]*$", masked[s : trig.start]))
                and not re.search(r"\b(?:nun|jetzt|nunmehr)\b|^\s*(?:ist|liegt|rangiert)\b", masked[s + rel.start() : trig.start] + " " + masked[trig.end : trig.end + 12])
            ) and not _AFTER_PLACE.search(masked, max(s, trig.start - 20), trig.start):
                window = "Tabelle " + window
            if trig.kind in {"ord", "multi"} and re.match(r"\s*Mit\s+\d{1,3}(?:[.,]5)?\s+(?:Punkten|Zählern)\s+(?:rangiert|rangierte|liegt|lag|steht)\b", masked[s:e]):
                window = "Tabelle " + window  # "Mit 64 Punkten rangiert X nun hinter A (88) und B (71) auf Platz drei"
            session = _session(trig.kind, window, event_classification)
            if session == "championship" and trig.kind in {"ord", "multi"} and re.match(
                r"\s*[Ii]m\s+(?:\w+\s+)?(?:Rennen|Lauf|Hauptrennen|Sprintrennen|Sonntagsrennen|Samstagsrennen)\s+(?!der\b|des\b)", masked[s:e]
            ) and not _STANDINGS.search(clause):
                session = "race"  # "Im Rennen fuhren A und B auf den dritten Gesamtrang": the race's overall order, no standing
            if trig.kind == "win" and session == "race" and _TITLE_WON.match(masked, trig.start, seg[1]):
                session = "championship"  # "gewinnen mit dem Skoda Fabia R5 die Deutsche Rallye-Meisterschaft": the title
            if trig.kind in {"ord", "multi"} and session == "championship" and _PLACE_KEEPS_LEAD.search(clause):
                session = "race"  # "verteidigte mit Rang drei die Tabellenführung": the race's place keeps the lead
            if trig.kind in {"ord", "multi"} and session == "race":
                standing = _IN_STANDINGS.search(plain[: max(0, trig.start - seg[0])])
                if standing and not _RACE_WORDS.search(plain[standing.end() : max(0, trig.start - seg[0])]):
                    session = "championship"  # "hat sich in der Fahrerwertung der FIA WTCC auf Platz zwei verbessert"
            if trig.kind == "relegate" and session == "race" and si > 0 and not race_words and any(
                r.session == "qualifying" and r.position == 1 and ctx.sentence_of(r.evidence[0]) == si - 1 for r in out
            ) and re.match(r"\s*(?:Er|Sie)\b", masked[s:e]):
                session = "qualifying"  # "X holte die Pole. Er verwies Y und Z auf die Plätze": the grid goes on
            if trig.kind == "ord" and session == "race" and re.fullmatch(
                r"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s+){1,4}(?:(?:direkt|knapp|unmittelbar|gleich)\s+)?(?:dahinter\s+)?als\s+\S+\s*", masked[seg[0] : trig.end]
            ) and any(r.session == "qualifying" and ctx.sentence_of(r.evidence[0]) == si and r.evidence[1] <= seg[0] for r in out):
                session = "qualifying"  # "X hatte sich als Dritter qualifiziert, Y direkt dahinter als Vierter": the verb left out is the same
            if trig.kind in {"ord", "multi", "relegate"} and session == "race" and quali_chain:
                session = "qualifying"  # "Die Startaufstellung: X holte die Pole. ... Y auf Platz sieben"
            if trig.rule == "result.paren_place" and session == "race" and re.search(
                r"\b(?:ging|gingen|geht|gehen)\b(?:[^.;()]|\([^()]*\))*\b(?:ins|in das)\s+Rennen\b", masked[s:e]
            ) and not _FINAL_WORDS.search(masked[s:e]):
                session = "qualifying"  # "So gingen auch Michael Schumacher (14.) und Alonso (16.) ... ins Rennen": the grid
            if trig.kind in {"ord", "multi"} and session == "race" and _QUALI_OPENING.match(masked, s, trig.start):
                session = "qualifying"  # "Im Qualifying am Samstagmorgen fuhr Daruvala auf Platz 7"
            if trig.kind == "ord" and trig.rule != "result.from_to" and re.search(r"\b(?:[Vv]on|[Vv]om)\s+(?:der\s+|dem\s+)?$", masked[max(s, trig.start - 12) : trig.start]):
                continue  # "nach einem Start von Position sechs": where a driver came from, no place of the result
            # "X wurde Siebter und belegt mit 13 Punkten Rückstand Platz zwei in der Gesamtwertung": the finish told in a
            # clause of its own ("wurde <place>", up to "und" or a comma), the standings in the next
            own_clause = re.split(r"\s(?:und|aber|doch|obwohl|während)\s|[,;]", masked[trig.end : seg[1]])[0]
            finish_clause = bool(
                re.search(r"\bwurde[n]?\s+(?:[\w-]+\s+){0,2}$", masked[max(seg[0], trig.start - 40) : trig.start])
                and trig.kind == "ord"
                and not any(rx.search(part) for rx in (_IN_STANDINGS, _POINTS, _STANDINGS_WORD, _CHAMP) for part in (own_clause, masked[seg[0] : trig.start]))
            )
            if trig.kind in {"ord", "multi"} and session == "race" and standings_here and not _RACE_WORDS.search(plain) and not finish_clause and (
                _POINTS.search(plain) or _STANDINGS_WORD.search(plain) or state.get("standings_sent", -9) < si
            ):
                session = "championship"  # "Edoardo Mortara (138) rutscht auf Platz vier", "Dritter ist Gary Paffett (57)"
            if trig.kind == "ord" and session == "race" and state.get("standings_sent", -9) == si - 1 and not _RACE_WORDS.search(clause) and re.match(
                r"\s*(?:Zweiter|Dritter|Vierter|Fünfter|Sechster|Siebter|Achter|(?:Zweit|Dritt|Viert|Fünft)platzierte[r]?)\s+(?:ist|bleibt)\b", masked[trig.start : e]
            ):
                session = "championship"  # "In der WM führt X vor Y. Dritter ist Ralf Schumacher": present tense, the table
            if trig.kind == "ord" and session == "race" and state.get("standings_sent", -9) in (si - 1, si) and not _RACE_WORDS.search(clause) and re.search(
                r"\b(?:ist|bleibt|liegt|folgt|rangiert)\s+(?:\w+\s+){0,3}?$", masked[max(s, trig.start - 40) : trig.start]
            ) and not re.search(r"\b(?:wurde|war|kam|fuhr|landete|belegte|beendete)\b", clause):
                session = "championship"  # "In der WM-Wertung führt X mit 185 Punkten. Rossi ist Dritter", "Y folgt auf Rang drei"
            if trig.kind == "champ_ord" and masked[trig.start : trig.end].startswith("Gesamt") and event_classification and not _STANDINGS.search(window):
                session = "race"  # "Gesamtdritter" of a 24-hour race or a rally: its own classification
            if trig.kind in {"ord", "multi"} and session == "race" and re.search(
                r"\b(?:auf|mit) \d{2,3} (?:Punkte|Punkten|Zähler|Zählern)\b", plain
            ) and not re.search(r"\bins Ziel\b|\bim Ziel\b|\bRennen\b|\bRunden\b|\bin die Punkte\b", clause):
                session = "championship"  # "kommt auf 280 Zähler und ist Zweiter"
            if finish_clause and session == "championship" and not _IN_STANDINGS.search(masked[max(seg[0], trig.start - 60) : trig.start]):
                session = "race"  # ("wurde Siebter und belegt ... Platz zwei in der Gesamtwertung": the finish, the standings after)
            if trig.rule == "result.placed" and session == "championship" and re.search(
                r"\b(?:am\s+(?:Freitag|Samstag|Sonntag)|im\s+(?:\w+\s+)?(?:Rennen|Lauf)|heute|diesmal)\s+$", masked[max(s, trig.start - 30) : trig.start]
            ):
                session = "race"  # "der am Sonntag viertplatzierte Fernando Alonso ist mit 123 Punkten Zweiter": the day's place
            if session != "championship" and _other_venue(ctx, min(seg[0], outer[0]), max(seg[1], outer[1]), venue):
                continue
            if trig.kind in {"double", "triple"} and any(
                t.kind == "ord" and t.positions == [2] and t.start > trig.end and re.search(r"\bhinter\b|;", masked[trig.end : t.start]) for t in sent_triggers
            ):
                continue  # "der dritte Doppelsieg, denn hinter A und B kamen C und D als Zweite ins Ziel", "Doppelerfolg; Zweite wurden C und D"
            if trig.kind in {"double", "triple"}:
                picked = _pick_crews(ctx, masked, trig, si, segments, sent_crews, len(trig.positions))
                whole = next((c for c in sent_crews if picked and c.start <= picked[0].start and picked[-1].end <= c.end and len(c.persons) == len(picked) >= 2), None)
                if not single_seater and whole is not None and all(c.split for c in picked) and (
                    (len(whole.persons) >= 3 and any(set(r.persons) == set(whole.persons) for r in out))
                    or re.search(r"\b(?:Startnummer|Nummer|Nr\.|Schwesterauto|Schwesterfahrzeug|Schwesterwagen)\b", masked[s:e])
                ):
                    # "A, B und C gewannen im Audi mit der Nummer 9 und führten einen Dreifachsieg an": one car's crew, not three cars
                    ctx.split_crews.discard((whole.start, whole.end))
                    continue
                led = [
                    c for c in ctx.crews
                    if c.sent == si and c.persons and c.end <= trig.start and re.search(r"\bangeführt\s+von\s+$", masked[max(s, c.start - 20) : c.start])
                ]
                if led and not single_seater:
                    # "Porsche holte angeführt von A und B im 911 RSR einen Doppelsieg": the leading car's crew
                    out.append(ResultRecord(led[0].persons, session, scope, 1, klass, (led[0].start, trig.end), trig.rule))
                    continue
                # "Doppelsieg: A und B vor ihren Teamkollegen C und D": the crew before "vor" and the one after it
                first = next((c for c in sent_crews if picked and c.start <= picked[0].start < c.end and len(c.persons) >= 2), None)
                rival = [
                    c for c in sent_crews
                    if first is not None and c.start > first.end and re.fullmatch(r"[^,;:.]{0,20}\bvor\s+(?:[\w-]+\s+){0,4}?", masked[first.end : c.start])
                ]
                if rival and not single_seater and len(trig.positions) == 2:
                    picked = [first, rival[0]]
                elif len(picked) == 1 and (
                    (single_seater and len(picked[0].persons) >= 2) or len(picked[0].persons) == len(trig.positions)
                ):
                    picked = [Crew([p], picked[0].start, picked[0].end, si, [None]) for p in picked[0].persons]
                if len(picked) < 2 and single_seater:
                    raw = [
                        c for c in ctx.crews
                        if c.sent == si and not c.mentions[0].in_quote and len(c.persons) >= 2 and not _is_oblique(masked, c, ctx.crews)
                    ]  # (not "den Doppelsieg, vor Albacete, Levett und Hahn")
                    if raw:
                        picked = [Crew([p], raw[0].start, raw[0].end, si, []) for p in raw[0].persons]
                won = [r for r in out if r.session == session and r.scope == scope and r.position == 1 and r.klass == klass]
                if (
                    len(picked) == 1 and won and not set(picked[0].persons) & set(won[-1].persons)
                    and len(picked[0].persons) == len(trig.positions) - 1 == len([m for m in picked[0].mentions if m is not None])
                ):
                    # "X gewann. Seine Markenkollegen A und B sorgten für einen Dreifach-Erfolg": the winner was named before
                    ev = (min(picked[0].start, trig.start), max(picked[0].end, trig.end))
                    for crew, p in zip(_split_crew(ctx, picked[0]), trig.positions[1:]):
                        out.append(ResultRecord(crew.persons, session, scope, p, klass, ev, trig.rule, individual=True))
                    continue
                if (
                    single_seater and won and len(picked) == len(trig.positions) - 1 and all(len(c.persons) == 1 for c in picked)
                    and not any(set(c.persons) & set(won[-1].persons) for c in picked) and won[-1].evidence[1] <= s
                ):
                    # the same in a single-seater series, where the two are separate cars already
                    ev = (min(picked[0].start, trig.start), max(picked[-1].end, trig.end))
                    for crew, p in zip(picked, trig.positions[1:]):
                        out.append(ResultRecord(crew.persons, session, scope, p, klass, ev, trig.rule, individual=True))
                    continue
                if (
                    single_seater and len(trig.positions) == 2 and len(picked) == 1 and len(picked[0].persons) == 1
                    and len([c for c in sent_crews if not _is_oblique(masked, c, sent_crews)]) == 1 and picked[0].end <= trig.start
                    and re.search(r"\b(?:erzielte|feierte|holte|fuhr|beendete|beendet|verabschiedete|landete|gelang|feiert|holt|erzielt|gefeiert|geholt|abgeschlossen)\w*\b", masked[s:e])
                    and not re.search(r"\b(?:[\w-]*[Kk]ollege\w*|Mannschaft|Team|Marke|Hersteller|zusammen|gemeinsam|perfekt|komplett\w*)\b", masked[s:e])
                ):
                    # "Larry ten Voorde hat die Saison mit einem Doppelsieg beendet": one driver won both races
                    out.append(ResultRecord(picked[0].persons, session, scope, 1, klass, (min(picked[0].start, trig.start), trig.end), trig.rule))
                    continue
                if len(picked) < 2:
                    pending_double = {"scope": scope, "class": klass, "session": session, "next": 2, "max": trig.positions[-1]}
                    continue
                for crew, p in zip(picked, trig.positions):
                    out.append(
                        ResultRecord(crew.persons, session, scope, p, klass, (trig.start, trig.end), trig.rule, individual=crew.mentions == [None] or crew.split)
                    )
                continue
            if trig.kind == "next":
                # "Marco Wittmann wurde Dritter, dahinter Martin Tomczyk", "gefolgt von Markko Märtin": the next place
                # (the place may be two sentences back in the paragraph: "A belegte Platz drei. Der Italiener stand
                # erstmals auf dem Podium. Dahinter folgten B und C")
                between = ctx.sentences[si - 1] if si >= 1 else (s, s)
                aside = (
                    si >= 2 and ctx.paragraph_of(ctx.sentences[si - 2][0]) == ctx.paragraph_of(s)
                    and not re.search(r"\d", masked[between[0] : between[1]])
                    and not any(m.sent == si - 1 for m in ctx.mentions)
                    and not any(between[0] <= r.evidence[0] < between[1] for r in out)
                )
                back = si - 2 if aside else si - 1
                # ("In der Wertung führt Veit mit 80 Punkten, dahinter folgen Roth (71 Punkte) und Kern (66)": the
                # standings go on when the followers come with their points)
                points_here = bool(re.search(r"\(\s*\d{1,3}(?:[.,]5)?\s*(?:Punkte|Punkten|Zähler)?\s*\)|\b(?:Punkte|Punkten|Zähler|Zählern)\b", masked[trig.end : e]))
                if points_here and (
                    re.search(r"\b(?:jeweils|punktgleich|gleichauf)\b", masked[s:e])
                    or any(t.kind in {"ord", "multi"} and t.positions for t in _triggers(ctx, masked, trig.end, e))
                ):
                    continue  # ("mit jeweils 14 Punkten": a tie; "auf den Positionen drei und vier": places written out)
                sessions = ("race", "championship") if points_here else ("race",)
                before = [r for r in out if r.evidence[1] <= trig.start and r.evidence[0] >= ctx.sentences[max(0, back)][0]]
                same_sent = [r for r in before if r.evidence[0] >= s]
                if before and (
                    all(r.session == "championship" for r in before)
                    # ("Tom Kurz gewann. In der Wertung liegt X mit 212 Punkten vorn, dahinter rangiert Y": this sentence's standings)
                    or (same_sent and max(same_sent, key=lambda r: r.evidence[1]).session == "championship")
                ) and not _RACE_WORDS.search(re.sub(r"\b(?:Punkten?|Zählern?)\s+Rückstand\b", " ", masked[s:e])):
                    # "X bleibt in der WM-Wertung an der Spitze. Dahinter folgen A und B": the standings go on
                    sessions = ("championship",)
                if re.search(r"Startplätze|Startpositionen", masked[trig.start : trig.end]):
                    sessions = ("qualifying",)  # ("Die weiteren Startplätze belegten A, B und C": the grid goes on)
                prior = [r for r in before if r.session in sessions]
                if re.match(r"[Ii]hnen\b", masked[trig.start : trig.end]) and len({p for r in prior for p in r.persons}) < 2:
                    continue  # "Ihnen folgten ...": the places of the two before are not both known
                # ("Weitere Punkte gingen an A, B, C, D und E": a list of the points places, longer than a "dahinter")
                points_list = bool(re.search(r"Punkte|Zähler", masked[trig.start : trig.end]))
                follow = [c for c in sent_crews if c.start >= trig.end]
                if follow and not points_list and follow[0].start >= trig.end + 60:
                    follow = []  # (the first follower right after the lead-in; the list may run on: "A (17, Belgien), B (...) und C")
                if trig.rule == "result.behind_named":
                    # "Hinter Robert de Haan kam Harry King ins Ziel": one place behind the one named first
                    ref = follow[0] if follow and follow[0].start == trig.end else None
                    rest = [c for c in sent_crews if ref is not None and c.start > ref.end]
                    if ref is None or not rest or not re.fullmatch(
                        r"\s*(?:\([^()]{0,40}\))?\s*(?:kam|kamen|folgte|folgten|landete|landeten|fuhr|fuhren)\s+(?:(?:der|die|das)\s+)?(?:[\w-]+\s+){0,2}?",
                        masked[ref.end : rest[0].start],
                    ) or re.search(r"\b(?:Platz|Rang|Position|Positionen|Plätze|Ränge|Podium\w*)\b", masked[rest[0].end : e]):
                        continue  # ("kamen X auf Rang zwei ins Ziel": the place is written out)
                    prior = [r for r in out if r.session == "race" and set(r.persons) & set(ref.persons) and r.evidence[1] <= trig.start]
                    if not prior and re.search(r"Sieger|Gewinner", masked[trig.start : trig.end]):
                        # "Hinter dem Sieger Marco Wittmann kamen A und B ins Ziel": the winner's own place is said here
                        prior = [ResultRecord(ref.persons, "race", scope, 1, klass, (trig.start, ref.end), trig.rule)]
                        out.append(prior[0])
                    follow = rest
                if trig.rule == "result.order_follows":
                    # "lautet die Startreihenfolge wie folgt: A, B, C, …": the whole order from the first place
                    told = "qualifying" if "Start" in masked[trig.start : trig.end] else "race"
                    prior = [ResultRecord([], told, scope, 0, klass, (trig.start, trig.start), trig.rule)]
                if trig.rule == "result.follows_with_points":
                    # "In der WM führt X mit 150 Punkten. Sein Landsmann Y folgt mit 124 Zählern": the standings go on
                    prior = [r for r in before if r.session == "championship"]
                if trig.rule in {"result.next_places_after_names", "result.in_this_order", "result.follows_with_points"}:
                    # "Emil Roth, Finn Maier und Jan Kuhn folgten auf den Plätzen": the names before the verb
                    follow = [c for c in sent_crews if s <= c.start and c.end <= trig.start]
                    if trig.rule == "result.follows_with_points":
                        follow = follow[-1:]  # ("X hat 129 Punkte, sein Landsmann Y folgt mit 124 Zählern": the one right before)
                    # (the place before may stand in the same sentence: "X liegt mit 212 Punkten vorn, Y folgt mit elf Zählern")
                    limit = follow[0].start if trig.rule == "result.follows_with_points" and follow else s
                    prior = [r for r in prior if r.evidence[1] <= limit]
                    span = re.search(r"\s(?:die|den)\s+(?:Plätze[n]?|Ränge[n]?|Positionen)\s+(\w+)\s+bis\s+(\w+)$", masked[trig.start : trig.end])
                    first = (parse_ordinal(span.group(1)) or parse_cardinal(span.group(1))) if span else None
                    if first:
                        # "A, B und C belegten in dieser Reihenfolge die Ränge sechs bis zehn": from the first place named
                        prior = [ResultRecord([], "race", scope, first - 1, klass, (trig.start, trig.start), trig.rule)]
                if not prior and follow and re.search(r"siegreich|Sieger|Gewinner", masked[trig.start : trig.end]):
                    # "Hinter dem siegreichen BMW kam der Audi von X ins Ziel": the winner's crew is not named
                    prior = [ResultRecord([], "race", scope, 1, klass, (trig.start, trig.start), trig.rule)]
                if not prior or not follow:
                    continue
                # "Dahinter belegte Jean Alesi Platz fünf": the place is written out in the follower's own clause
                tail = follow[0]  # ("Dahinter belegten X und Y die Plätze sieben und acht": the clause of all the followers)
                for c in follow[1:]:
                    if not _coordinated(masked[tail.end : c.start]) or re.match(r"\s*,\s*(?:der|die|das|dem|den)\b", masked[tail.end : c.start]):
                        break
                    tail = c
                own_end = next((c.start for c in sent_crews if c.start > tail.end), e)
                own_end = next((m.start() for m in _CLAUSE.finditer(masked, tail.end, own_end)), own_end)
                if any(t.kind in {"ord", "multi"} and t.positions for t in _triggers(ctx, masked, follow[0].end, own_end)):
                    continue
                last = max(prior, key=lambda r: (r.evidence[0], r.position))
                crews_next = follow[:1]
                # ("A, B, C und D, die in dieser Reihenfolge die besten Zehn komplettierten": the whole list, in order)
                cap = 30 if trig.rule == "result.order_follows" else 8 if points_list else 10 if re.search(r"\bin\s+(?:dieser|genau\s+dieser|der\s+genannten)\s+Reihenfolge\b", masked[s:e]) else 3
                for c in follow[1:]:
                    if len(crews_next) >= cap or not (
                        _coordinated(masked[crews_next[-1].end : c.start])
                        # "Dahinter liegt René Rast (124) vor Titelverteidiger Marco Wittmann (115)": the one after "vor" is next
                        or re.fullmatch(
                            r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:im|in\s+seinem|in\s+ihrem)\s+[\w-]+\s+)?vor\s+(?:(?:dem|der|den|seinem|ihrem)\s+)?(?:[\w-]+\s+){0,2}?",
                            masked[crews_next[-1].end : c.start],
                        )
                        # "Dahinter lauern A (Brasilien) mit 143 Zählern und B mit 141": each with his points
                        or last.session == "championship" and re.fullmatch(
                            r"\s*(?:\([^()]{0,40}\)\s*)?mit\s+\d{1,3}(?:[.,]5)?\s+(?:Punkten|Zählern)\s*(?:,|und|sowie)\s*(?:(?:der|dem)\s+)?(?:[\w-]+\s+){0,2}?",
                            masked[crews_next[-1].end : c.start],
                        )
                    ):
                        break
                    crews_next.append(c)
                # ("Hinter dem Podium reihten sich A, B und C auf den weiteren Plätzen ein": the plural after the names)
                plural = bool(re.search(r"Plätzen|Rängen|Positionen|[Pp]lätze\b|[Rr]änge\b", masked[trig.start : max(trig.end, own_end)])) or points_list
                standings_of_one = last.session == "championship" and len(last.persons) == 1  # (a driver's standing: the next are drivers too)
                if len(crews_next) == 1 and len(crews_next[0].persons) >= 2 and (single_seater or plural or standings_of_one):
                    # ("Auf den Plätzen folgten X und Y": places, so the names are not one crew)
                    crews_next = [Crew([p], crews_next[0].start, crews_next[0].end, si, [None]) for p in crews_next[0].persons]
                elif len(crews_next) > 1 and not single_seater and len(last.persons) >= 2 and all(len(c.persons) == 1 for c in crews_next):
                    # "gefolgt von John Nielsen, Casper Elgaard und Porsche-Werksfahrer Sascha Maassen" after a crew's
                    # place: the next crew, its names cut apart by a title
                    crews_next = [Crew([p for c in crews_next for p in c.persons], crews_next[0].start, crews_next[-1].end, si, crews_next[0].mentions)]
                for k, crew in enumerate(crews_next):
                    ev = (min(trig.start, crew.start), max(trig.end, crew.end))
                    out.append(ResultRecord(crew.persons, last.session, last.scope, last.position + 1 + k, last.klass, ev, trig.rule, individual=crew.mentions == [None]))
                continue
            if trig.kind == "champ_second":
                # "hat 27 Zähler Vorsprung auf Mikko Hirvonen", "liegt 27 Punkte vor Spengler (67)": the one behind
                # is second when the subject leads, else one place behind the subject's standing
                behind = [c for c in sent_crews if trig.end <= c.start < trig.end + 80]
                if len(behind) >= 2 and re.fullmatch(r"\s*und\s+", masked[behind[0].end : behind[1].start]) and len(behind[0].persons) == 1:
                    continue  # "vier Zähler vor Hamilton und Massa": the two are level on points
                if not behind or re.search(r"\b(?:in den Finaltag|ins Finale|vor dem (?:Finale|Finaltag))\b", masked[s:e]):
                    continue  # (a lead taken into the final day is no standing after the event)
                if any(r.session == "championship" and set(r.persons) == set(behind[0].persons) and r.evidence[0] >= s for r in out):
                    continue  # ("führt die WM mit 60 Zählern vor Weiss (48) und Brandt (40) an": the chain placed him)
                lead = [r for r in out if r.session == "championship" and r.evidence[0] >= ctx.sentences[max(0, si - 1)][0] and not set(r.persons) & set(behind[0].persons)]
                if lead:
                    p2 = lead[-1].position + 1
                elif re.search(r"\b(?:führ\w*|Führung|Spitze|Tabellenführer\w*|vorn|vorne)\b", masked[s:e]):
                    p2 = 2
                elif "Vorsprung" in masked[trig.start : trig.end] and (
                    re.search(r"\b(?:hat|hatte|haben|hatten)\b", masked[s : trig.start])
                    # "Mit 255 Punkten beendet der Brite mit vier Zählern Vorsprung vor Rast (251) die Saison": the final table
                    or _SEASON_ENDED.search(masked, s, e)
                ):
                    # "René Rast hat nun sechs Zähler Vorsprung auf Nico Müller": a lead in points is the lead of the table
                    ahead = [c for c in sent_crews if c.end <= trig.start and not _is_oblique(masked, c, sent_crews) and not _genitive(c)]
                    champion_known = any(r.session == "championship" and r.position == 1 and r.scope == "overall" for r in out)
                    if not ahead and not (_SEASON_ENDED.search(masked, s, e) and champion_known):
                        continue  # (the leader a description, and no champion named elsewhere)
                    p2 = 2
                    if ahead and not champion_known:
                        out.append(ResultRecord(ahead[0].persons, "championship", "overall", 1, None, (ahead[0].start, trig.end), trig.rule))
                else:
                    continue
                out.append(ResultRecord(behind[0].persons, "championship", "overall", p2, None, (trig.start, behind[0].end), trig.rule))
                continue
            if trig.kind == "relegate":
                before_v = [c for c in sent_crews if c.end <= trig.start and not _is_oblique(masked, c)]
                after_v = [c for c in sent_crews if trig.start < c.start < trig.end]
                alone = (before_v and len(before_v[-1].persons) == 1) or (not before_v and re.match(r"\s*(?:\S+\s+){0,3}?[Ee]r\b", masked[s:trig.start]))
                if len(after_v) == 1 and len(after_v[0].persons) >= 2 and (single_seater or alone):
                    after_v = [Crew([p], after_v[0].start, after_v[0].end, si, [None]) for p in after_v[0].persons]
                if before_v:
                    out.append(ResultRecord(before_v[-1].persons, session, scope, 1, klass, (before_v[-1].start, trig.end), trig.rule))
                for crew, p in zip(after_v[:4], (2, 3, 4, 5)):
                    out.append(
                        ResultRecord(crew.persons, session, scope, p, klass, (crew.start, trig.end), trig.rule, individual=crew.mentions == [None])
                    )
                continue
            if trig.kind == "top_n":
                names = [c for c in sent_crews if c.end <= trig.start and not _is_oblique(masked, c)]
                # ("X und Y belegten die Plätze sieben und acht, die Top 10 komplettierten A und B": the names already placed
                # in this sentence are not the ones completing the list)
                names = [c for c in names if not any(set(c.persons) & set(r.persons) and r.evidence[0] >= s and r.session == session for r in out)]
                if not names:
                    names = [c for c in sent_crews if seg[0] <= c.start < seg[1] and c.start >= trig.start and not _is_oblique(masked, c)]
                    names = names or [c for c in sent_crews if trig.start <= c.start < e]
                    # "komplettierten Robert Huff im Chevrolet, Gabriele Tarquini im SEAT und dessen Markengefährten
                    # Tiago Monteiro": the list goes on past the commas while only descriptions stand between the names
                    for c in [c for c in sent_crews if names and c.start >= names[-1].end]:
                        gap_text = re.sub(r"\([^()]*\)", "()", masked[names[-1].end : c.start])  # (a team and a time in parentheses)
                        if len(gap_text) > 70 or not re.search(r",|\bund\b|\bsowie\b", gap_text) or re.search(
                            r"[;:]|\b(?:war|wurde|wurden|fiel|fielen|schied|schieden|musste|mussten|hatte|hatten|kam|kamen|während|nachdem)\b", gap_text
                        ):
                            break
                        names.append(c)
                n_top = trig.positions[0]
                known = max((r.position for r in out if r.session == session and r.scope == scope and r.evidence[0] < trig.start), default=0)
                if len(names) == 1 and len(names[0].persons) >= 2 and (single_seater or known + len(names[0].persons) == n_top):
                    # ("Tom Wolf gewann vor A und B. C und D komplettierten die Top 5": two drivers fill places four and five)
                    names = [Crew([p], names[0].start, names[0].end, si, [None]) for p in names[0].persons]
                if 1 < len(names) < n_top:
                    for crew, p in zip(names, range(n_top - len(names) + 1, n_top + 1)):
                        span = (min(crew.start, trig.start), max(crew.end, trig.end))  # the name may come after "komplettierten"
                        out.append(ResultRecord(crew.persons, session, scope, p, klass, span, trig.rule))
                    continue
            if trig.kind == "complete":
                winner = [r for r in out if r.session == "race" and r.position == 1]
                told = re.search(r"(Doppel|Dreifach)(?:sieg|erfolg|-Sieg|-Erfolg)", masked[trig.start : trig.end])
                if pending_double is None and told and winner and not re.search(r"\b(?:Meisterschaft|Tabelle|Wertung|Gesamtwertung|WM)\b", masked[s:e]):
                    # "Mattias Ekström gewann. Timo Scheider machte den Doppelsieg perfekt": the place after the winner's
                    pending_double = {"scope": winner[-1].scope, "class": winner[-1].klass, "session": "race", "next": 2 if told.group(1) == "Doppel" else 3}
                if pending_double is None:
                    continue
                scope, klass, session = pending_double["scope"], pending_double["class"], pending_double["session"]
                trig.positions = [pending_double["next"]]
            picked = _pick_crews(ctx, masked, trig, si, segments, sent_crews, len(trig.positions))
            if trig.kind == "third" and re.search(r",\s+(?:das|welches)\s+vo[nm]\s", masked[trig.start : trig.end]):
                # "stand als Zweiter auf dem Podium, das vom Belgier X komplettiert wurde": the name inside the relative clause
                inside = [c for c in sent_crews if trig.start < c.start and c.end <= trig.end]
                picked = inside[-1:] or picked
            if trig.kind == "ord" and re.search(r"\bmit\s+$", masked[max(s, trig.start - 6) : trig.start]) and re.match(r"\s+für\s+(?:das|den|die)\b", masked[trig.end : trig.end + 12]):
                # "sowie mit Rang 6 für das Team Y mit D, E und F": the crew of the team after the place
                after = next((c for c in sent_crews if trig.end < c.start <= trig.end + 120), None)
                if after is not None and not _triggers(ctx, masked, trig.end, after.start):
                    picked = [after]
            if len(picked) == 1 and len(picked[0].persons) == 1 and re.search(
                r"\bmit\s+(?:seinem\s+|ihrem\s+|dem\s+)?(?:[\w-]+\s+)?(?:Beifahrer|Beifahrerin|Copilot|Co-Pilot|Navigator|Copiloten)\s*$",
                masked[max(0, picked[0].start - 50) : picked[0].start],
            ):
                # "... mit seinem Beifahrer Lucas Cruz": the co-driver of a driver named elsewhere stands for their crew
                crew = list(ctx.crew_of(picked[0].persons[0]))
                if len(crew) < 2:
                    # the driver named in the sentence before ("Carlos Sainz hat gewonnen. Der Spanier feierte ... mit
                    # seinem Beifahrer Lucas Cruz")
                    prev = _previous_subject(ctx, masked, si)
                    crew = [p for p in prev.persons if p not in crew] + crew if prev is not None and len(prev.persons) == 1 else []
                picked = [Crew(crew, picked[0].start, picked[0].end, picked[0].sent, picked[0].mentions)] if len(crew) >= 2 else []
            if trig.kind in {"win_noun", "win"}:
                # "Porsche holt in Interlagos durch Jani/Lieb/Dumas den Premierensieg": the agent after "durch"
                agent = [c for c in sent_crews if c.end <= trig.start and re.search(r"\bdurch\s+(?:[\w-]+\s+)?$", masked[max(s, c.start - 25) : c.start])
                         and not re.search(r"[,;]", masked[c.end : trig.start])]
                if agent:
                    picked = agent[-1:]
            if trig.kind == "win_noun":
                # "zum Sieg von X", "beim Sieg des Briten Sam Bird": the owner after the win noun
                gen = [c for c in sent_crews if c.start >= trig.end and re.fullmatch(r"\s+(?:des|der|von)\s+(?:[\w-]+\s+){0,3}", masked[trig.end : c.start])]
                # "beim vierten Saisonsieg Grönholms": the name in the genitive right after the win noun
                gen = gen or [c for c in sent_crews if 0 < c.start - trig.end <= 2 and _genitive(c)]
                if gen:
                    picked = gen[:1]
            glued = [c for c in sent_crews if 0 <= c.start - trig.end <= 2]
            if trig.kind in {"leader", "title"} and not glued:
                # "auf Tabellenführer und Porsche-Junior Julien Andlauer": a second title between the role and the name
                glued = [c for c in sent_crews if c.start > trig.end and re.fullmatch(r"\s+und\s+[\w-]+\s+", masked[trig.end : c.start])]
            if trig.kind in {"pole", "leader", "title", "winner_noun"} and glued and re.search(r"(?i:setter|setterin|sitter|führer|führerin|führenden|reiter|Champion|meister|sieger|siegerin)$", masked[trig.start : trig.end]):
                picked = glued[:1]
            to_after = [c for c in sent_crews if c.start >= trig.end and re.fullmatch(r"\s+(?:ging\s+|gehen\s+|geht\s+)?an\s+(?:den\s+|die\s+)?(?:[\w-]+-(?:Piloten|Pilot|Fahrer)\s+)?", masked[trig.end : c.start])]
            if trig.kind in {"ord", "multi"} and to_after:
                picked = to_after[:1]  # "sowie Platz 7 an Pascal Wehrlein": the name the place goes to
            if trig.rule == "result.medal" and not any(m is not None and s <= m.start < e for c in picked for m in c.mentions):
                continue  # "Die Audianer holten sich Bronze": a team, not the crew of the sentence before
            if trig.rule == "result.ceded":
                # "verlor in der letzten Runde den dritten Platz an den Gulf-McLaren mit X": the place is X's
                gainer = [c for c in sent_crews if trig.end <= c.start < trig.end + 90 and not re.search(r"[,;]", masked[trig.end : c.start])]
                if not gainer:
                    continue
                picked = gainer[:1]
            if trig.rule == "result.duel_for_place" and (gm := re.search(r"\bgegen\s+", masked[trig.start : trig.end])):
                # "Im Kampf um Platz vier setzte sich der Audi von A gegen den BMW von B durch": A won the duel
                winner = [c for c in sent_crews if c.end <= trig.start + gm.start() and c.start >= seg[0]]
                picked = winner[-1:] or picked
            if trig.rule == "result.behind_the_leader" and masked.startswith("auf", trig.end - 3):
                # "hat noch 12 Punkte Rückstand auf Nico Müller": the one ahead is the leader
                ahead = [c for c in sent_crews if 0 < c.start - trig.end <= 40]
                if not ahead:
                    continue
                picked = ahead[:1]
            inside = [c for c in sent_crews if trig.start <= c.start and c.end <= trig.end]
            if trig.kind == "leader":
                # "baute seine Führung auf 27 Punkte vor Ogier aus": the rival after "vor"/"auf" is not the leader
                inside = [c for c in inside if not re.search(r"\b(?:vor|auf|gegenüber)\s+(?:\S+\s+){0,2}$", masked[max(trig.start, c.start - 40) : c.start])]
            if trig.rule == "result.unbeatable":
                # "war Timo Scheider nicht zu schlagen", "doch Marco Wittmann war heute nicht zu schlagen": the name in the
                # clause of "war ... nicht zu schlagen", never one after it ("Die Porsche waren nicht zu schlagen, X wurde Dritter")
                own = [c for c in sent_crews if c.end <= trig.start and not re.search(r"[,;:]", masked[c.end : trig.start])]
                picked = inside[:1] or own[-1:]
            if trig.rule == "result.relegated_to":
                # "X verwies am Ende Y um drei Zehntel auf Rang drei": Y third, X one place ahead
                if not trig.positions or trig.positions[0] < 2:
                    continue
                objs = [c for c in sent_crews if trig.start < c.start < trig.end]
                subj = [c for c in sent_crews if c.end <= trig.start and not re.search(r"[,;]", masked[c.end : trig.start])]
                if not objs:
                    continue
                if subj and trig.positions[0] >= 3:
                    out.append(ResultRecord(subj[-1].persons, session, scope, trig.positions[0] - 1, klass, (subj[-1].start, trig.end), trig.rule))
                picked = objs[:1]
            if trig.rule == "result.front_row_completed":
                # "X komplettierte die erste Startreihe": the last place of the front row (three to a row on a motorcycle grid)
                trig.positions = [3 if motorcycle_grid else 2]
                picked = [c for c in sent_crews if c.end <= trig.start and not re.search(r"[;]|,\s*(?:der|die)\b", masked[c.end : trig.start])][-1:]
            if trig.kind == "pole" and re.search(r"\b[Vv]on\s+der\s+$|\b[Vv]om\s+$", masked[max(s, trig.start - 10) : trig.start]):
                # "vor dem von der Pole gestarteten Timo Scheider": the participle's name holds the pole
                part = re.match(r"(?:-?[Pp]osition)?\s+(?:aus\s+)?gestartete[nrs]?\s+", masked[trig.end : e])
                if part:
                    held = [c for c in sent_crews if c.start == trig.end + part.end() or 0 <= c.start - (trig.end + part.end()) <= 30]
                    picked = held[:1] or picked
            if trig.rule == "result.beside_pole":
                # "Die Pole holte X. Neben ihm stand Y", "Y, der neben ihm aus der ersten Reihe startete": the other car of
                # the front row, when the pole was just told (a motorcycle grid has three to a row)
                poles = [r for r in out if r.session == "qualifying" and r.position == 1 and ctx.sentence_of(r.evidence[0]) in (si - 1, si)]
                if not poles or bike_gp or not re.search(
                    r"\b(?:erste[n]?\s+(?:Start)?[Rr]eihe|startete\w*|startet|starten|gestartet|stand|standen|steht|stehen|losgefahren|parkte\w*|Nebenmann)\b", masked[s:e]
                ):
                    continue
                held = {p for r in poles for p in r.persons}
                others = [c for c in sent_crews if not set(c.persons) & held]
                ahead = [c for c in others if c.end <= trig.start]
                picked = ahead[-1:] or [c for c in others if c.start >= trig.end][:1]
            if trig.kind == "leader" and inside:
                picked = inside[:1]  # "liegt in der Fahrerwertung Fernando Alonso deutlich vorn": the name the statement holds
            if trig.kind == "leader":
                # "baute seinen Vorsprung auf den Tabellenzweiten X aus": the one behind is never the leader
                picked = [
                    c for c in picked
                    if c.sent != si or not re.search(r"\b(?:auf|vor|gegenüber)\s+(?:den|dem)\s+(?:[\w-]+\s+)?Tabellen(?:zweite|dritte)[nr]?\s+$", masked[max(s, c.start - 50) : c.start])
                ]
            if trig.rule == "result.lead_taken_over":
                # "Tom Berger löste Max Kuhn an der Spitze der Gesamtwertung ab", "Mit seinem Sieg löste Tom Berger seinen
                # Teamkollegen Max Kuhn an der Spitze ab": the subject leads now, never the one replaced
                # ("löste er X an der Spitze ab": the one the sentence before is about; one name alone after the verb is the
                # one replaced)
                own = [c for c in sent_crews if c.end <= trig.start and not re.search(r"[,;:]", masked[c.end : trig.start])]
                pronoun = re.match(r"\w+\s+(?:\w+\s+)?(?:er|sie)\b", masked[trig.start : trig.end])
                prev = _previous_subject(ctx, masked, si) if pronoun and not own else None
                picked = own[-1:] or ([prev] if prev is not None else []) or (inside[:1] if len(inside) >= 2 and not pronoun else [])
            handed = _LEAD_HANDED_ON.search(masked, s, e) if trig.kind == "leader" else None
            if handed is not None:
                # "musste die Führung in der Tabelle an seinen Markenkollegen X abgeben": the one it went to leads
                at = max(trig.end, s + masked[s:e].find(" an ", max(0, handed.start() - s)))
                to = [c for c in sent_crews if c.start >= at and c.start <= handed.end() + 40]
                if not to:
                    continue
                picked = to[:1]
            fest = re.match(r"\s+feststehende[nr]?\s+", masked[trig.end : trig.end + 30])
            if trig.kind == "title" and fest:
                # "der als Meister feststehende(n) X": the name right after, else a description ("feststehende Brite")
                after_fest = [c for c in sent_crews if c.start == trig.end + fest.end()]
                if not after_fest:
                    continue
                picked = after_fest[:1]
            if trig.kind == "third" and glued and re.search(r"(?:platz|rang)$", masked[trig.start : trig.end]):
                picked = glued[:1]  # "und auf dem letzten Podiumsplatz Alex Riberas und Christopher Mies"
            if trig.rule == "result.placed" and re.search(r"\b(?:den|dem|der|des|die|das|seinen|seinem|ihren|ihrem)\s+\S*$", masked[max(s, trig.start - 20) : trig.start]):
                # "auf den zweitplatzierten Audi (von A und B)": the adjective places the noun after it, never a crew before
                np_end = re.search(
                    rf"[,;.]|\s(?:und|vor|hinter|mit\s+\d|ins|in\s+das|auf|nach|als|{RESULT_VERBS}|lag|lagen|war|waren|wurde|wurden|hatte|hatten)\s",
                    masked[trig.end : e + 1],
                )  # (a verb ends the noun phrase: "auf den zweitplatzierten Ferrari feierte das Team mit X")
                limit = trig.end + (np_end.start() if np_end else e - trig.end)
                picked = [
                    c for c in sent_crews
                    if trig.end <= c.start <= limit + 60 and c.start - trig.end < 90 and not re.search(r"\b(?:vor|hinter)\b", masked[trig.end : c.start])
                ][:1]  # ("der siegreiche Porsche lag 53 Sekunden vor dem Audi von X": X is the car behind)
                if not picked:
                    car = _crew_by_car(ctx, masked, (trig.end, limit), trig, si)
                    named_before = {p for c in sent_crews if c.end <= trig.start for p in c.persons}
                    picked = [car] if car is not None and not set(car.persons) & named_before else []
            if not picked:
                if trig.kind == "win" and session == "race" and re.match(r"setzt|siegte|gewann|gewinnt|siegt", masked[trig.start : trig.end]):
                    # "Der frühere Formel-1-Pilot aus Brasilien setzte sich vor Buemi und Vergne durch": the winner is a
                    # description we cannot resolve, the names after "vor" still take places two and three
                    vm = re.search(r"\bvor\s+", masked[trig.start : e])
                    after = [c for c in sent_crews if vm and trig.start + vm.end() <= c.start < trig.start + vm.end() + 80]
                    chain = after[:1]
                    for c in after[1:]:
                        if len(chain) >= 3 or not _coordinated(masked[chain[-1].end : c.start]):
                            break
                        chain.append(c)
                    if len(chain) == 1 and single_seater and len(chain[0].persons) >= 2:
                        chain = _split_crew(ctx, chain[0])
                    for k, crew in enumerate(chain):
                        out.append(ResultRecord(crew.persons, session, scope, 2 + k, klass, (trig.start, crew.end), "result.win_before", individual=True))
                numbered = _numbered_subject(masked, seg[0], trig)
                if numbered is not None and trig.kind == "ord" and len(trig.positions) == 1 and not _drives_number(ctx, masked, numbered[0]):
                    # "Der Ford GT mit der Startnummer 68 wurde Sechster": a car the release names by number only
                    out.append(ResultRecord([], session, scope, trig.positions[0], klass, (numbered[0], trig.end), "result.numbered_car", car=CarInfo(persons=[], number=numbered[1])))
                continue
            sowie = re.search(r"\bsowie\b", masked[picked[0].start : picked[0].end]) if trig.kind == "third" and len(picked) == 1 else None
            if sowie is not None and not single_seater:
                # "Die beiden Audi von A und B sowie C und D komplettieren das Podium": two crews, second and third
                cut = picked[0].start + sowie.start()
                first = [m for m in picked[0].mentions if m is not None and m.end <= cut]
                second = [m for m in picked[0].mentions if m is not None and m.start > cut]
                if first and second:
                    picked = [
                        Crew([m.person for m in first], first[0].start, first[-1].end, si, first),
                        Crew([m.person for m in second], second[0].start, second[-1].end, si, second),
                    ]
                    trig.positions = [2, 3]
            if trig.kind == "third" and not single_seater and len(picked) == 1 and "/" in masked[picked[0].start : picked[0].end]:
                # "Das Podium komplettieren die Mercedes von A / B und C / D": two slash crews, second and third
                nxt = [c for c in sent_crews if c.start >= picked[0].end and re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:und|sowie)\s*", masked[picked[0].end : c.start])]
                if nxt and "/" in masked[nxt[0].start : nxt[0].end]:
                    picked = [picked[0], nxt[0]]
                    trig.positions = [2, 3]
            if trig.kind == "third" and len(picked) == 1 and len(picked[0].persons) == 2 and len(picked[0].mentions) == 2:
                # "Sergio Perez und Charles Leclerc komplettierten das Podium" in a single-seater series: second
                # and third, not a crew (a lone winner is no sign: rally and GT releases name winners alone too)
                if single_seater and "/" not in masked[picked[0].start : picked[0].end]:
                    picked = _split_crew(ctx, picked[0])
                    trig.positions = [2, 3]
            if trig.kind == "third" and single_seater and len(picked) == 1 and len(picked[0].persons) == 1:
                pair = [c for c in sent_crews if c.end <= picked[0].start and re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*und\s*", masked[c.end : picked[0].start])]
                if pair and len(pair[-1].persons) == 1 and trig.end > picked[0].end:
                    picked = [pair[-1], picked[0]]  # (the crews of a single-seater sentence are its drivers)
                    trig.positions = [2, 3]
                nxt = [c for c in sent_crews if c.start >= picked[-1].end and re.fullmatch(
                    r"\s*(?:\([^()]{0,40}\))?\s*und\s+(?:(?:der|dem)\s+[\w-]+\s+)?", masked[picked[-1].end : c.start]
                )]  # ("komplettierten Jörg Hardt (Bonn) und der Vorjahres-Meister Uwe Alzen")
                if len(picked) == 1 and nxt and len(nxt[0].persons) == 1 and trig.end <= picked[0].start:
                    picked = [picked[0], nxt[0]]  # "Mit auf das Podium kamen Will Power (Penske) und Graham Rahal (RLL)"
                    trig.positions = [2, 3]
            if trig.kind == "duel":
                crew = picked[0]
                if "Vortritt" in masked[trig.start : trig.end] and crew.start >= trig.start and not re.search(r"\bnur\b", masked[trig.start : trig.end]):
                    continue  # ("Am Ende musste Newgarden den Vortritt lassen": the name after the verb may be the one let pass)
                winner_inside = None
                if trig.start < crew.start < trig.end and _ONLY_BEFORE.search(masked[trig.start : crew.start]):
                    # ("X, Lokalmatador aus Y, musste sich nur knapp dem achtfachen Meister Z geschlagen geben": Z is the winner,
                    # the loser the subject before the verb; without one, no place)
                    before = [c for c in sent_crews if c.end <= trig.start and not _is_oblique(masked, c, sent_crews)]
                    if not before:
                        continue
                    winner_inside, crew = crew, before[-1]
                inside = [c for c in sent_crews if c is not crew and trig.start < c.start < trig.end]
                ahead = [winner_inside] if winner_inside is not None else inside[:1] if inside and crew.end <= trig.start and _ONLY_BEFORE.search(
                    masked[trig.start : inside[0].start]
                ) else []
                for c in sent_crews if ahead else []:
                    # ("musste nur seinem Teamkollegen A sowie dem Thailänder B den Vortritt lassen": A first, B second)
                    if ahead[-1].end <= c.start < trig.end and re.fullmatch(
                        r"\s*(?:\([^()]{0,40}\))?\s*(?:,|und|sowie)\s+(?:(?:dem|der|den|seinem|ihrem)\s+)?(?:[\w-]+\s+)?", masked[ahead[-1].end : c.start]
                    ):
                        ahead.append(c)
                scope = "overall" if re.search(r"Gesamtsieg|Gesamt", masked[s:e]) else scope
                # "Im Kampf um Platz vier musste sich X dem Briten Y geschlagen geben": Y fourth, X fifth
                fight = _FIGHT_FOR_PLACE.search(masked, s, trig.start)
                won = (parse_ordinal(fight.group(1) or fight.group(2)) or parse_cardinal(fight.group(1) or fight.group(2))) if fight else None
                won = won if won and 1 < won < 60 else 1
                if won > 1:
                    out = [r for r in out if not (ctx.sentence_of(r.evidence[0]) == si and r.position == won and set(r.persons) == set(crew.persons))]
                ev = (crew.start, trig.end) if winner_inside is not None else (trig.start, trig.end)
                out.append(ResultRecord(crew.persons, session, scope, won + max(1, len(ahead)), klass if scope == "class" else None, ev, trig.rule))
                opp = ahead or [c for c in sent_crews if c is not crew and _is_oblique(masked, c)][:1] or [
                    c for c in sent_crews if c is not crew and trig.start <= c.start < trig.end
                ][:1]
                for k, winner in enumerate(opp):
                    out.append(
                        ResultRecord(winner.persons, session, scope, won + k, klass if scope == "class" else None, (winner.start, trig.end), "result.duel_win")
                    )
                continue
            if all(c.sent == si and c.end <= trig.start and _OTHER_CLAUSE.search(masked, c.end, trig.start) for c in picked):
                continue  # ("X wurde Zweiter, während Audi die Plätze drei und vier belegte": the later clause's places are not X's)
            def _own_clause(pos: int) -> str:
                seg_ = next(((x, y) for x, y in segments if x <= pos < y), (s, e))
                return masked[seg_[0] : seg_[1]]

            if any(crew.sent == si and crew.mentions and not _accept("any", _own_clause(crew.start), "", ctx, season) for crew in picked):
                continue
            positions = trig.positions
            if 2 <= len(positions) <= 3 and len(picked) == 1 and not re.search(r"\bbis\b", masked[trig.start : trig.end]) and (
                picked[0].end <= trig.start or len(picked[0].persons) == 1
            ) and not any(
                c is not picked[0] and c.sent == si for c in sent_crews
            ) and (re.search(r"\b(?:beiden|allen|drei|zwei)\s+\w*(?:[Ll]äufen|[Rr]ennen|Durchgängen)\b|\b(?:den|die)\s+(?:\w+\s+)?(?:Läufen|Läufe|Rennen|Durchgängen|Wertungsläufen|Finalläufen)\b|\bzweimal\b|\bjeweils\b|\b(?:un)?zufrieden\w*\b", masked[s:e]) or (
                # ("belegte der 20-Jährige die Ränge sechs und vier", "als Fünfter, Sechster und Vierter"): one car takes one
                # place a race, so a single-seater's driver with several places ran several races
                single_seater and len(picked[0].persons) == 1 and picked[0].mentions != [None]
                and not re.search(r"\b(?:mit|von|und)\s+$", masked[max(s, picked[0].start - 6) : picked[0].start])  # ("Audi mit X belegte die Plätze zwei und drei")
            )):
                # "X belegte in den beiden Läufen die Plätze vier und zwei", "musste sich mit den Rängen sechs und acht
                # zufriedengeben", "kam mit den Plätzen 14 und 17 in den Rennen nach Hause", "Mit den Rängen neun und zwölf reiste X unzufrieden ab": one driver's places in the
                # weekend's races
                picked = picked * len(positions)
            if len(positions) >= 2 and len(picked) == 1 and len(picked[0].persons) == len(positions) and re.search(
                r"\bin\s+(?:genau\s+)?(?:dieser|der\s+genannten)\s+Reihenfolge\b", masked[s:e]
            ):
                # "Sie landeten in dieser Reihenfolge auf den Positionen 12, 13 und 14": one place each, in the order named
                c0 = picked[0]
                whole = len(c0.mentions) == len(c0.persons) and all(m is not None for m in c0.mentions)
                picked = _split_crew(ctx, c0) if whole else [Crew([p], c0.start, c0.end, c0.sent, [None]) for p in c0.persons]
            # ("Die beiden Audi von A und B belegten die Plätze zwei und drei": one driver per place, no crew to fill up)
            one_each = len(positions) >= 2 and len(picked) == len(positions) and all(len(c.persons) == 1 for c in picked)
            for crew, p in zip(picked, positions):
                ev = (min(crew.start, trig.start), max(crew.end, trig.end)) if crew.sent == si else (trig.start, trig.end)
                out.append(ResultRecord(crew.persons, session, scope, p, klass, ev, trig.rule, individual=(crew.mentions == [None] and single_seater) or one_each, split=crew.split))
            if trig.kind == "ord" and len(trig.positions) == 1 and len(picked) == 1 and picked[0].sent == si and picked[0].end <= trig.start:
                # "Leclerc landet hinter George Russell und Fernando Alonso auf Platz sechs": the names after "hinter"
                # took the places just before, in the order given
                hm = re.search(r"\bhinter\s+", masked[picked[0].end : trig.start])
                lead = masked[picked[0].end : picked[0].end + hm.start()] if hm else ""
                # ("Märtin, der hinter seinem Teamkollegen Duval Fünfter wurde": the relative clause's own "hinter")
                if hm and (not re.search(r"[,;:]", lead) or (session == "race" and re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*,\s*(?:der|die)\s+(?:\w+\s+){0,2}", lead))):
                    behind_of = [c for c in sent_crews if picked[0].end + hm.end() <= c.start and c.end <= trig.start]
                    if behind_of and re.search(r"(?:[Ss]ieger|Gewinner|Sieger\w+)\s+$", masked[picked[0].end + hm.end() : behind_of[0].start]):
                        behind_of = []  # "fünf Sekunden hinter dem Rennsieger X als Dritter": X won, no place next to the third
                    if len(behind_of) == 1 and len(behind_of[0].persons) >= 2 and (single_seater or len(picked[0].persons) == 1):
                        behind_of = _split_crew(ctx, behind_of[0])
                    p0 = trig.positions[0]
                    if behind_of and p0 - len(behind_of) >= 1:
                        for k, crew in enumerate(behind_of):
                            out.append(ResultRecord(crew.persons, session, scope, p0 - len(behind_of) + k, klass, (crew.start, trig.end), "result.behind_named", individual=True))
            if trig.kind == "ord" and len(trig.positions) == 1 and len(picked) == 1 and picked[0].sent == si and opener and trig.positions[0] >= 2:
                # "Hinter dem Norweger Henning Solberg erreichte Mads Östberg den siebten Platz": the one named after
                # the opening "Hinter" is a place ahead
                ahead = [
                    c for c in sent_crews
                    if opener.end() <= c.start and c.end <= picked[0].start
                    and not re.search(r"\b(?:des|eines)\b", masked[s : c.start])  # ("Hinter dem Enkel des Weltmeisters X": not X)
                ]
                if len(ahead) == 1 and re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?[a-zäöüß]+\s+(?:\w+\s+){0,3}?", masked[ahead[0].end : picked[0].start]) and not any(
                    set(r.persons) & set(ahead[0].persons) and r.session == session for r in out
                ):
                    out.append(ResultRecord(ahead[0].persons, session, scope, trig.positions[0] - 1, klass, (ahead[0].start, trig.end), "result.behind_named"))
            if trig.kind == "ord" and len(trig.positions) == 1 and picked and trig.rule != "result.grid":
                # "die ihm Platz fünf hinter Peter Dumbreck einbrachte", "Platz zwei hinter Grönholm": the names right
                # after "hinter" hold the places just before (not "hinter Sieger X": a title says its own place)
                # ("Dritter, noch hinter Teamkollege Bruno Spengler": a comma, an adverb and a title without article)
                hm = re.match(
                    r"\s*(?:,\s*(?:noch|knapp|nur|direkt|unmittelbar)\s+)?hinter\s+(?:(?:dem|seinem|ihrem|den|seinen|ihren)\s+(?![\w-]*(?:[Ss]ieger|Gewinner|Champion|Spitzenreiter|Führende))[\w-]+\s+|"
                    r"[\w-]*(?:[Kk]ollegen?|[Pp]artner|Landsmann|Teamgefährte[n]?|Markengefährte[n]?)\s+)?",
                    masked[trig.end : e],
                )
                ahead = [c for c in sent_crews if hm and c.start == trig.end + hm.end()]
                for c in [c for c in sent_crews if ahead and c.start > ahead[-1].end]:
                    if len(ahead) >= 2 or not re.fullmatch(
                        r"\s*(?:\([^()]{0,40}\))?\s*(?:und|sowie)\s+(?:(?:dem|den)\s+)?(?:[A-ZÄÖÜ][\w-]+\s+)?", masked[ahead[-1].end : c.start]
                    ):
                        break
                    ahead.append(c)
                if len(ahead) == 1 and len(ahead[0].persons) >= 2 and (single_seater or "/" not in masked[ahead[0].start : ahead[0].end]) and (
                    single_seater or (trig.positions[0] > len(ahead[0].persons) and len(picked[0].persons) == 1)
                ):
                    # ("hinter Loeb, Grönholm und Hirvonen": three cars, not a crew; but "Für A und B blieb Platz zwei hinter
                    # C und D": a crew behind a crew)
                    ahead = _split_crew(ctx, ahead[0])
                p0 = trig.positions[0]
                # (one name is the place just before; several only when they fill every place before: "Vierter hinter A
                # und B" leaves the leader open)
                if ahead and (len(ahead) == 1 and p0 >= 2 or p0 - len(ahead) == 1) and not any(set(c.persons) & set(picked[0].persons) for c in ahead):
                    for k, crew in enumerate(ahead):
                        out.append(ResultRecord(crew.persons, session, scope, p0 - len(ahead) + k, klass, (trig.start, crew.end), "result.ahead_of_place", individual=True))
            if trig.rule == "result.duel_for_place" and len(trig.positions) == 1:
                # "... setzte sich X im Duell um Rang drei gegen Y durch": Y, the loser, is one place behind
                gm = re.search(r"\bgegen\s+", masked[trig.start : trig.end])
                won_by = {p for c in picked for p in c.persons}
                loser = [c for c in sent_crews if gm and 0 <= c.start - (trig.start + gm.end()) < 60 and not set(c.persons) & won_by]
                if loser:
                    out.append(ResultRecord(loser[0].persons, session, scope, trig.positions[0] + 1, klass, (trig.start + gm.start(), loser[0].end), trig.rule))
            chain_kinds = {"win", "win_noun", "winner_noun", "leader", "ord", "pole", "third"}  # ("holte die Pole vor Marini und Miller")
            # "Den Titel holte X vor A und B", "sicherte sich den Meistertitel vor A": the title won, the next in the standings
            title_won_before = trig.kind == "title" and re.fullmatch(
                r"(?:\w+-)?(?:Titel|Meistertitel|Fahrertitel|Weltmeistertitel|Meisterkrone|Krone|Meisterschaft|Fahrermeisterschaft)", masked[trig.start : trig.end]
            ) and re.match(
                r"(?:\s+(?!(?:kam|kamen|fuhr|fuhren|landete\w*|ins|im|wurde\w*|belegte\w*|lag|liegt)\b)[\w-]+){0,4}?\s+vor\s+"
                r"(?:(?:dem|der|den|seinem|ihrem|seinen|ihren)\s+(?:[\w-]+\s+){0,2}?)?[A-ZÄÖÜ]",
                masked[trig.end : e],
            )
            if (trig.kind in chain_kinds or title_won_before) and len(trig.positions) == 1 and trig.rule not in {"result.from_to", "result.grid", "result.behind_the_leader", "result.best_of_class"}:
                # "X gewann vor Y und Z" / "führt die WM vor Y und Z an" / "wurde Fünfter vor Y": the names
                # coordinated after "vor" take the next places
                p0 = trig.positions[0]
                # ("setzte sich ... gegen X durch": X is second too)
                inner_re = r"\b(?:vor|gegen)\b" if masked.startswith("setz", trig.start) else r"\bvor\b"
                # ("baute seine Führung auf zwölf Punkte vor Y aus": the rival inside the lead statement)
                inner = re.search(inner_re, masked[trig.start : trig.end]) if trig.kind == "win" or trig.rule == "result.lead_extended" else None
                base = trig.start + inner.start() if inner else trig.end
                tail = masked[base:e]
                vm = re.search(inner_re if inner else r"\bvor\b|(?<=Sekunden )über\b|(?<=Sekunde )über\b", tail)  # ("siegte um 12,4 Sekunden über X")
                if vm is None and trig.kind == "win" and re.match(r"gewann|siegte", masked[trig.start : trig.end]):
                    # "gewann der Ducati-Pilot gegen den Portugiesen X und seinen Markenkollegen Y": the beaten, in order
                    against = _WON_AGAINST.match(tail)
                    if against is not None and not re.search(r"Duell|Zweikampf|Kampf|[Ii]ntern", tail[: against.start(1)]):
                        vm = re.compile(r"gegen").match(tail, against.start(1))  # (not "gewann das Ferrari-interne Duell gegen X")
                if vm is None and re.search(r"\b(?:vor|auf)$", masked[trig.start : trig.end]):
                    vm = re.match(r"", tail)
                if vm is not None and trig.kind == "ord":
                    # measured from the placed crew when it follows the place ("Auf Platz 4 kam der Audi von A und B vor ...")
                    anchor = max([base] + [c.end for c in picked if session == "race" and c.sent == si and base <= c.end <= base + vm.start()])
                    between = re.sub(r"\([^()]{0,80}\)", "", masked[anchor : base + vm.start()])  # ("A (26, Ammerbuch) im SLS vor")
                    if len(between) > 60 or masked.startswith("vor allem", base + vm.start()) or (
                        re.search(r"[,;:]", between)
                        and not re.fullmatch(r"[^,;:]{0,20},\s*(?:(?:unmittelbar|direkt|knapp|hauchdünn|nur knapp|nur|einen Platz|eine Position|einen Rang)\s+)?", between)
                    ) or re.match(r"vor\s+(?:ihm|ihr|ihnen|sich|mir|uns)\b", tail[vm.start() :]):
                        vm = None  # "wurde Fünfter vor X", not a "vor" of another clause ("..., unmittelbar vor Y" is the same)
                if vm is not None and re.match(r"vor\s*[,.;:]", tail[vm.start() :]):
                    vm = None  # "rückte auf Rang zwei vor, ...": a verb's particle, no rival
                temporal = re.match(
                    r"vor\s+(?:dem|der|den)\s+(?:\w+\s+)?(?:Finale|Saisonfinale|Start|Rennen|Lauf|Wochenende|Heimrennen|Qualifying|Zieleinlauf|Abschluss|Hintergrund)\b|"
                    r"vor\s+(?:Schluss|Rennende|Ende)\b",  # ("fünf Minuten vor Schluss")
                    tail[vm.start() :],
                ) if vm else None
                if temporal is not None:
                    # "die Gesamtführung vor dem Finale geholt": a time, not a rival (a rival may still follow)
                    vm = re.compile(r"\bvor\b").search(tail, vm.start() + temporal.end())
                if vm is not None and trig.kind == "win_noun" and re.search(r"[,;]\s*(?:\S+\s+){3,}$", "".join(
                    " " if any(c.start <= base + k < c.end for c in sent_crews) else ch for k, ch in enumerate(tail[: vm.start()])
                )):
                    vm = None  # "beim Saisonsieg Grönholms auf Rang drei, der Norweger X ... vor Y": another clause's "vor"
                if vm is not None and trig.kind == "pole" and (
                    re.match(r"vor\s+(?:heimischem|eigenem|\d|vollen?|den\s+(?:eigenen\s+)?Fans|dem\s+Rennen|einer|einem)", tail[vm.start() :])
                    or re.search(r"\b(?:[Vv]on|[Vv]om|[Aa]us)\s+(?:der\s+)?$", masked[max(s, trig.start - 12) : trig.start])
                    or vm.start() > 60
                    or re.search(r"(?:setter|sitter|[Mm]ann|schnellste[r]?)$", masked[trig.start : trig.end] + (re.match(r"-?\w*", masked[trig.end :]).group(0)))  # ("Polesetter X vor Y", "Pole-Mann X vor Y": the clause's own verb)
                    or any(w not in _POLE_TO_RIVAL for w in re.findall(r"\b[a-zäöüß][\w-]*", re.sub(r"\([^()]*\)", " ", tail[: vm.start()])))
                ):
                    vm = None  # only "holte die Pole (mit 1:23,4 Minuten) vor X": not "die Pole umgesetzt und kam vor X", "von der Pole aus ... vor"
                if vm is not None and trig.kind != "leader" and re.search(
                    r"\b(?:Tabellen\w+|Meisterschaft(?!s?(?:lauf|laufs|rennen|runde|wochenende|station)\b)\w*|Fahrerwertung|Punkte\w*|Zähler\w*)\b", tail[: vm.start()]
                ):
                    vm = None  # "Mit dem Sieg ist X wieder Tabellenführer vor Y": a standing, not the race ("den neunten
                    # Meisterschaftslauf vor Y" is a race)
                if vm:
                    # (the rivals may run on in a comma list: "wurde Vierter vor A, B, C, D und E")
                    first = [
                        c for c in sent_crews
                        if base + vm.end() <= c.start < base + vm.end() + 300 and not _team_aside(masked, c, sent_crews, s)
                        and not _genitive(c)  # ("vor Farfus' Teamkollegen X": the owner is no rival)
                    ]
                    first = first if first and first[0].start < base + vm.end() + 80 else []
                    after = first[:1]
                    for c in first[1:]:
                        gap_text = masked[after[-1].end : c.start]
                        car_listed = re.fullmatch(
                            r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:im|in einem|auf dem)\s+(?:[\w#.-]+\s+){1,3}?)?(?:,|und|sowie)\s+(?:dem|den)\s+(?:[\w#.-]+\s+){1,4}?(?:von|mit)\s+",
                            gap_text,
                        )  # "vor dem Audi von A und dem Honda NSX von B": one car after another
                        if len(after) >= 10 or not (_coordinated(gap_text) or car_listed):
                            break
                        after.append(c)
                    car_crew = bool(re.search(r"\b(?:mit|von)\s+(?:den\s+|dem\s+)?(?:\S+\s+)?$", masked[base + vm.end() : after[0].start])) if after else False
                    if len(after) == 1 and len(after[0].persons) >= 2 and all(len(c.persons) == 1 for c in picked) and not (car_crew and not single_seater):
                        # "X (alone) vor Y und Z": two rivals, not a crew
                        after = [Crew([p], after[0].start, after[0].end, si, [None]) for p in after[0].persons]
                    elif len(after) > 1 and not single_seater and all(len(c.persons) == 1 for c in after) and not all(
                        len(c.persons) == 1 for c in picked
                    ):
                        # "Das Duo setzte sich gegen Hubert Haupt, Abdulaziz Al Faisal und Yelmer Buurman durch": one crew
                        after = [Crew([p for c in after for p in c.persons], after[0].start, after[-1].end, si, after[0].mentions)]
                    if inner is not None and masked.startswith("gegen", base + vm.start()) and not (
                        # ("setzte sich gegen A und B durch": the two rivals behind, in order)
                        len(after) == 2 and all(len(c.persons) == 1 for c in after + picked)
                        and (after[0].start == after[1].start or re.fullmatch(r"\s*(?:\([^()]{0,60}\))?\s*und\s+", masked[after[0].end : after[1].start]))
                    ):
                        after = after[:1]  # "setzte sich gegen X durch": one rival
                    if trig.kind == "leader" and len(after) >= 2 and re.search(
                        r"\b(?:\d+|ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+(?:Zähler|Punkte)\w*\s+(?:Vorsprung\s+)?vor\s*$",
                        masked[base : base + vm.end()],
                    ) and re.fullmatch(r"\s*und\s+", masked[after[0].end : after[1].start]):
                        after = []  # "liegt vier Zähler vor Hamilton und Massa": the two level on points, their places open
                    # "gewann mit 0,935 Sekunden vor dem Österreicher und 2,494 Sekunden vor dem Briten X": a rival
                    # described without a name comes first
                    unnamed = bool(after) and bool(re.fullmatch(
                        r"\s*(?:dem|der|den)\s+[A-ZÄÖÜ][\w-]+\s+(?:,|und|sowie)\s+(?:\d+[,.]\d+|[^,;.]){0,40}?\bvor\s+(?:dem|der|den)?\s*(?:[\w-]+\s+)?",
                        masked[base + vm.end() : after[0].start],
                    ))
                    for k, crew in enumerate(after):
                        out.append(
                            ResultRecord(crew.persons, session, scope, p0 + 1 + unnamed + k, klass, (trig.start, crew.end), "result.win_before", individual=crew.mentions == [None])
                        )
                elif (trig.kind == "win" and re.match(r"gewonnen|gewann|siegte|für sich", masked[trig.start : trig.end])) or (
                    # "Nachdem X vor A und B seinen dritten Sieg erzielt hatte", "X fuhr vor A und B ganz oben aufs
                    # Treppchen": the winner named before the rivals, the win after them
                    (trig.kind == "win_noun" or trig.rule == "result.top_step") and picked and picked[0].end <= trig.start
                ):
                    head = masked[seg[0] : trig.start]
                    hv = re.search(r"\bvor\s+", head)
                    if hv:
                        behind = [c for c in sent_crews if seg[0] + hv.end() <= c.start < trig.start and c not in picked and not _genitive(c)]
                        # ("konnte X vor Y und Z für sich entscheiden": the coordinated names take the next places)
                        chain = behind[:1]
                        for c in behind[1:]:
                            if len(chain) >= 2 or not _coordinated(masked[chain[-1].end : c.start]):
                                break
                            chain.append(c)
                        if len(chain) == 1 and len(chain[0].persons) >= 2 and all(len(c.persons) == 1 for c in picked):
                            chain = [Crew([p], chain[0].start, chain[0].end, si, [None]) for p in chain[0].persons][:2]  # two rivals
                        for k, crew in enumerate(chain):
                            out.append(ResultRecord(crew.persons, session, scope, 2 + k, klass, (crew.start, trig.end), "result.win_before", individual=crew.mentions == [None]))
            if session == "race" and not (trig.kind == "win" and _OWN_CLASSIFICATION.search(clause)) and paren is None:
                # (a place in parentheses is an aside: "X und Y (Erste in der Klasse SP7)" does not set the scope of
                # the sentences after it)
                state["scope"], state["class"], state["sent"] = scope, klass, si
                state["pos"] = max(trig.positions) if trig.positions else None
    out += _places_after_placed_crew(ctx, masked, out, single_seater)
    out += _places_under_name_lines(ctx, masked, out)
    out += _heat_scores(ctx, masked, out)
    out += _stat_parentheses(ctx, masked, out)
    _place_of_a_relative_clause(ctx, masked, out)
    _elided_places_share_session(ctx, out)
    # fill crews (a single driver of a known crew stands for the crew) and cars
    # standings by points: "Hamilton kommt auf 280 Zähler und ist Zweiter, hinter ihm folgen Ricciardo (212), Räikkönen (170)"
    for si, (s, e) in enumerate(ctx.sentences):
        # ("Ammermüller (Lechner Racing, 110 Punkte), ten Voorde (96 Punkte)": a team may stand before the points)
        points_at = {
            id(m): int(pm.group(1)) for m in ctx.mentions if m.sent == si and not m.in_quote
            for pm in [re.match(r"\s*\((?:[^()]{0,40},\s*)?(\d{2,3})(?:\s*(?:Punkte[n]?|Zähler[n]?|Pkt\.?))?\)", masked[m.end : m.end + 60])] if pm
        }
        pointed = [m for m in ctx.mentions if id(m) in points_at]
        prev_text = masked[ctx.sentences[si - 1][0] : e] if si > 0 else masked[s:e]
        if len(pointed) >= 2 and re.search(r"Punkt|Zähler|Meisterschaft|Tabelle|Gesamtwertung|\bWM\b", prev_text):
            champ = [r.position for r in out if r.session == "championship" and r.evidence[0] < pointed[0].start]
            placed = {p for r in out if r.session == "championship" for p in r.persons}
            values = [points_at[id(m)] for m in pointed]
            known = {p: r.position for r in out if r.session == "championship" and r.scope == "overall" for p in r.persons}
            if not champ and len(pointed) >= 3 and all(x > y for x, y in zip(values, values[1:])) and all(
                known.get(m.person, k + 1) == k + 1 for k, m in enumerate(pointed)
            ):
                # a whole table by falling points, no place named before it (or only its leader's, said elsewhere):
                # it starts at the top
                for k, m in enumerate(pointed):
                    if m.person not in placed:
                        out.append(ResultRecord([m.person], "championship", "overall", k + 1, None, (m.start, m.end), "result.points_list", individual=True))
                continue
            pointed = [m for m in pointed if m.person not in placed]
            ahead_of_him = bool(re.search(r"\bvor\s+(?:ihm|ihr|ihnen)\b", masked[s : pointed[0].start])) if pointed else False
            if champ and pointed and ahead_of_him:
                # "verbesserte sich auf Platz drei; vor ihm liegen A (20 Zähler) und B (18)": the places before his
                first = max(champ) - len(pointed)
                if first >= 1:
                    for k, m in enumerate(pointed):
                        out.append(ResultRecord([m.person], "championship", "overall", first + k, None, (m.start, m.end), "result.points_list", individual=True))
            elif pointed and (near := [
                r.position for r in out
                if r.session == "championship" and (ctx.sentences[si - 1][0] if si > 0 else s) <= r.evidence[0] < pointed[0].start
            ]):
                # (counted on from a place of the standings told in this sentence or the one before, not one far back)
                champ = near
                for k, m in enumerate(pointed):
                    out.append(
                        ResultRecord([m.person], "championship", "overall", max(champ) + 1 + k, None, (m.start, m.end), "result.points_list", individual=True)
                    )
    doc_classes = {c[0] for c in _classes_in(ctx, masked, 0, len(masked))}
    tiers = [t for t in (_tier(c) for c in doc_classes) if t is not None]
    top_tier = min(tiers) if len(set(tiers)) >= 2 else None
    last_class: dict[tuple[int, int], str] = {}
    for r in out:
        if len(r.persons) == 1 and not single_seater and r.session != "qualifying" and not r.individual:
            car = car_of([c for c in cars if len(c.persons) >= 2], r.persons)
            crew = car.persons if car is not None else r.persons if r.split else ctx.crew_of(r.persons[0])
            placed_apart = any(
                o.session == r.session and o.scope == r.scope and o.position != r.position and set(o.persons) & (set(crew) - set(r.persons))
                and len(o.persons) == 1 for o in out
            ) and r.rule != "result.double"  # ("A und B belegen die weiteren Podiumsplätze": two places, so A and B are no crew)
            r.persons = r.persons if placed_apart and car is None else crew
        r.car = car_of(cars, r.persons) if r.persons else r.car
        if r.scope == "class" and r.klass is None and r.car is not None:
            r.klass = r.car.klass
        para = (ctx.paragraph_of(r.evidence[0]), masked.count("\n", 0, r.evidence[0]))  # (a line break ends a class too)
        car_class = r.car.klass if r.car is not None else None
        if (
            top_tier is not None
            and r.scope == "overall"
            and r.session == "race"
            and r.rule not in {"result.list_line", "result.inline_list"}  # a classification's place is overall
            and not _OVERALL_WORD.search(masked[r.evidence[0] : r.evidence[1]])
            and _tier(car_class) is not None
            and _tier(car_class) > top_tier
        ):
            r.scope, r.klass = "class", car_class
        if r.scope == "class" and r.klass is None:
            r.klass = last_class.get(para)
        if r.scope == "class" and r.klass:
            last_class[para] = r.klass
    if top_tier is not None:
        winners = [r for r in out if r.session == "race" and r.scope == "overall" and r.position == 1]
        overall = next((r for r in winners if _OVERALL_WORD.search(masked[r.evidence[0] : r.evidence[1]])), winners[0] if winners else None)
        for r in winners:
            if r is overall or set(r.persons) & set(overall.persons):
                continue
            cls = _classes_in(ctx, masked, *ctx.sentences[ctx.sentence_of(r.evidence[0])])
            lower = [c[0] for c in cls if (_tier(c[0]) or 0) > top_tier]
            car_cls = r.car.klass if r.car is not None else None
            if lower:
                r.scope, r.klass = "class", lower[0]
            elif car_cls and (_tier(car_cls) or 0) > top_tier:
                r.scope, r.klass = "class", car_cls
    _class_win_of_a_lower_place(ctx, masked, out)
    out = _prevailed_for_a_lower_place(ctx, masked, out)
    for r in out:
        _numbered_other_car(ctx, masked, r, cars)
    # "X läuft als Neunter ein, wird aber nachträglich disqualifiziert", "wurde ihm der fünfte Platz aberkannt": a place
    # taken away in its own sentence is no result (not "Y wurde Zweiter, nachdem X disqualifiziert wurde")
    def _taken_away(r: ResultRecord) -> bool:
        if r.session != "race" or r.position == 1:
            return False
        a, b = ctx.sentences[ctx.sentence_of(r.evidence[0])]
        sent = masked[a:b]
        return bool(_DSQ.search(sent)) and not _DSQ_OF_OTHER.search(sent)

    out = [r for r in out if not _taken_away(r)]
    quali_sections = _qualifying_sections(masked, lines)
    for r in out:
        sent = ctx.sentences[ctx.sentence_of(r.evidence[0])]
        if r.session != "race" or _FINISH_WORDS.search(masked, *sent) or _RACE_WON.search(masked, *sent):
            continue
        # "A (1:50,629) sowie B (1:51,386) erreichten nur die Plätze 10 und 13": places told with lap times are grid
        # places; so is a place under a heading of the qualifying (_qualifying_sections)
        if len(_LAP_IN_PARENS.findall(masked, *sent)) >= 2 or any(qa <= r.evidence[0] < qb for qa, qb in quali_sections):
            r.session = "qualifying"
    lead_end = ctx.sentences[1][1] if len(ctx.sentences) > 1 else len(masked)
    if _BIKE_GP.search(masked) and not (_BIKE_CLASS_NAMED.search(masked, 0, lead_end) and not _BIKE_GP.search(masked, 0, lead_end)):
        # (not in a report of one smaller class, named in its lead: "X feierte seinen ersten Sieg in der Moto2-WM")
        for r in out:
            if r.scope != "overall":
                continue
            sent = ctx.sentences[ctx.sentence_of(r.evidence[0])]
            named = {m.group(1) for m in _BIKE_CLASS_NAMED.finditer(masked, *sent)}
            if len(named) == 1 and not _BIKE_GP.search(masked, *sent):
                r.scope, r.klass = "class", named.pop()
    out += _shared_wins(ctx, masked, out)
    _offroad_classes(ctx, masked, out)
    _season_win_by_a_lower_place(ctx, masked, out)
    if _qualifying_report(ctx, masked):
        # a release about qualifying only: its places are grid places ("wurde nur 14.", "Auf Platz drei"), also a
        # "setzte sich gegen X durch" (the pole), unless the sentence speaks of a finish
        for r in out:
            if r.session == "race" and not _FINISH_WORDS.search(masked, *ctx.sentences[ctx.sentence_of(r.evidence[0])]):
                r.session = "qualifying"
    # de-duplicate: one record per crew, session, scope and position
    seen: set = set()
    unique: list[ResultRecord] = []
    for r in out:
        key = (frozenset(r.persons), r.session, r.scope, r.position)
        if key in seen:
            continue
        # the same place stated twice with part of the crew ("Mark Webber nahm Rang zwei" and "2. Bernhard/Webber/Hartley")
        twin = next(
            (
                u for u in unique
                if (u.session, u.scope, u.position) == (r.session, r.scope, r.position)
                and set(u.persons) & set(r.persons)
                and not single_seater
                and not (u.individual or r.individual)
            ),
            None,
        )
        if twin is not None and any(
            o is not twin and (o.session, o.scope) == (r.session, r.scope) and set(o.persons) & (set(r.persons) - set(twin.persons))
            for o in unique
        ):
            twin = None  # the extra drivers have a place of their own: not the same crew
        if twin is not None:
            twin.persons = twin.persons + [p for p in r.persons if p not in twin.persons]
            seen.add((frozenset(twin.persons), twin.session, twin.scope, twin.position))
            continue
        seen.add(key)
        unique.append(r)
    return _settle_contested(ctx, unique)


# a singular relative clause right after a name: "..., der seinen BMW als Siebter ins Ziel brachte"
_SINGULAR_RELATIVE = re.compile(r"(?:\s*\([^()]{0,60}\))?\s*,\s*(?:der|dessen)\s")


def _place_of_a_relative_clause(ctx: Context, masked: str, out: list[ResultRecord]) -> None:
    """A place told in a singular relative clause belongs to the name right before it, not to every name of the list
    it ends: "Zwischen di Grassi und Alexander Sims, der seinen BMW als Siebter ins Ziel brachte, lagen acht Sekunden"."""
    for r in out:
        if len(r.persons) < 2:
            continue
        named = [m for m in ctx.mentions if r.evidence[0] <= m.start < r.evidence[1] and m.person in r.persons and not m.in_quote]
        if len(named) < 2:
            continue
        last = named[-1]
        clause = _SINGULAR_RELATIVE.match(masked, last.end)
        if clause is not None and clause.end() < r.evidence[1] and "," not in masked[clause.end() : r.evidence[1]] and not any(
            m.start > clause.end() for m in named
        ):  # (the place inside the clause, not after it: "A und B, der den Schlussstint fuhr, kamen als Zweite ins Ziel")
            r.persons, r.individual = [last.person], True  # (the list around him is no crew)


# a sentence that tells more than one race ("wurde im ersten Lauf Fünfter und gewann den zweiten")
_TWO_HEATS = re.compile(
    r"\b(?:ersten|zweiten|dritten|anderen|letzten|beiden|nächsten)\s+(?:Lauf|Läufe|Laufs|Rennen|Rennens|Durchgang|Heat|Sprint|Wertungslauf)|"
    r"\b(?:Samstag|Sonntag|Freitag|Lauf\s+\d|Rennen\s+\d|Race\s+\d)\b|\bam\s+Vortag\b|\btags\s+zuvor\b"
)


# the lower place told as a finish ("kam als Fünfter ins Ziel", "sah die Zielflagge als Sechster", "verpasste das
# Podium als Vierter")
_LOWER_FINISH = re.compile(r"\b(?:ins Ziel|im Ziel|Zielflagge|Ziellinie|verpasste[n]?\s+(?:das|den)\s+(?:Podium|Podest|Treppchen)\w*)")


# ... or the win joined right to the place: "Huff wurde erneut Dritter und gewann zudem die Wertung der Privatfahrer"
_AND_WON = re.compile(r"(?:\s+[\w-]+){0,3}?\s*(?:,\s*|\s+und\s+)(?:[\w-]+\s+){0,2}?(?:gewann|holte|sicherte|feierte|siegte|entschied)\w*")


# a finish changed after the flag: "wurde nachträglich zum Sieger erklärt", "kassiert aber eine Strafe"
_RECLASSIFIED = re.compile(r"\b(?:nachträglich|im Nachhinein|disqualifiziert\w*|Disqualifikation|aberkannt|zurückversetzt|\w*[Ss]trafe)\b")


def _class_win_of_a_lower_place(ctx: Context, masked: str, out: list[ResultRecord]) -> None:
    """A win of someone whose own sentence places them lower overall is a win in a class: "X kam als Fünfter ins Ziel
    und holte damit den Sieg in der Chrome-Wertung", "sah die Zielflagge als Sechster und sicherte sich den STK-Sieg"."""
    for r in out:
        if (r.session, r.scope, r.position) != ("race", "overall", 1):
            continue
        si = ctx.sentence_of(r.evidence[0])
        lower = [
            o for o in out
            if (o.session, o.scope) == ("race", "overall") and o.position > 1 and set(o.persons) == set(r.persons)
            and o.rule in {"result.ord_noun", "result.ord_place", "result.place_num"}
            and ctx.sentence_of(o.evidence[0]) == si and o.evidence[0] <= r.evidence[0]
            and (
                _LOWER_FINISH.search(masked, o.evidence[0], r.evidence[1])
                or _AND_WON.fullmatch(masked, o.evidence[1], r.evidence[1])
            )
        ]
        if lower and not _TWO_HEATS.search(masked, *ctx.sentences[si]) and not _RECLASSIFIED.search(masked, *ctx.sentences[si]):
            named = _classes_in(ctx, masked, *ctx.sentences[si])
            r.scope, r.klass = "class", named[0][0] if len(named) == 1 else None


def _prevailed_for_a_lower_place(ctx: Context, masked: str, out: list[ResultRecord]) -> list[ResultRecord]:
    """"Im Pulk dahinter setzte sich X durch und sicherte sich Rang vier": prevailing in a fight that ends in a lower
    place of the same sentence is no win."""
    def lower_after(r: ResultRecord) -> bool:
        si = ctx.sentence_of(r.evidence[0])
        return any(
            (o.session, o.scope) == (r.session, r.scope) and o.position > 1 and set(o.persons) == set(r.persons)
            and o.rule in {"result.ord_noun", "result.ord_place", "result.place_num"}
            and ctx.sentence_of(o.evidence[0]) == si and o.evidence[1] > r.evidence[1]
            and re.match(r"[^.;:]{0,40}?\bund\b", masked[r.evidence[1] : o.evidence[1]])
            for o in out
        ) and not _TWO_HEATS.search(masked, *ctx.sentences[si])

    return [
        r for r in out
        if not (r.position == 1 and r.rule == "result.win_verb" and re.search(r"\bdurch$", masked[r.evidence[0] : r.evidence[1]]) and lower_after(r))
    ]


_NUMBER_GLUED = re.compile(r"\bNummer-(\d{1,3})-")  # "dem Nummer-66-Ford GT"


def _car_numbers(masked: str, a: int, b: int) -> list[tuple[int, str]]:
    """(offset, number) of every car number between a and b: "Startnummer 68", "#7", "dem Nummer-66-Ford GT"."""
    found = [(m.start(), m.group(1) or m.group(2)) for m in NUMBER.finditer(masked, a, b)]
    return found + [(m.start(), m.group(1)) for m in _NUMBER_GLUED.finditer(masked, a, b)]


def _drives_number(ctx: Context, masked: str, at: int) -> bool:
    """'kam mit der Nummer 66 als Sechster ins Ziel', 'Teamkollege Abt mit der Startnummer 66': the number of the
    car someone named drives, not a car of its own (as in 'das Schwesterauto mit der Startnummer 48')."""
    m = re.search(r"(\S+)\s+mit\s+(?:der\s+|dem\s+|seinem\s+|ihrem\s+)?$", masked[max(0, at - 60) : at])
    if m is None:
        return False
    word_end = max(0, at - 60) + m.end(1)
    return not m.group(1)[:1].isupper() or any(x.end == word_end for x in ctx.mentions)


def _numbered_subject(masked: str, a: int, trig: "_Trigger") -> tuple[int, str] | None:
    """(offset, number) of the one car number in the clause before a place, when the clause names a car by it."""
    found = _car_numbers(masked, a, trig.start)
    if len({n for _, n in found}) != 1 or re.search(r"\b(?:vor|hinter|auf|gegen)\s+(?:de[nmr]\s+)?(?:[\w-]+\s+){0,3}$", masked[a : found[0][0]]):
        return None
    return min(found)


def _numbered_other_car(ctx: Context, masked: str, r: ResultRecord, cars: list[CarInfo]) -> None:
    """'Der Ford GT mit der Startnummer 68 wurde Sechster, gefolgt vom Schwesterauto mit der Nummer 69 auf Rang
    sieben': a place whose own clause names another car's number than the crew's belongs to that car; its crew
    when the release gave one, else no one by name."""
    if r.rule not in {"result.place_num", "result.ord_place", "result.ord_noun", "result.als_num"} or not r.persons:
        return
    a, b = r.evidence
    s = ctx.sentences[ctx.sentence_of(a)][0]
    lo = max(s, b - 160)
    cut = max([m.end() for m in re.finditer(r",\s|;\s|\bsowie\b|\bund\b", masked[lo:b])] + [0])
    c0 = lo + cut
    numbers = _car_numbers(masked, c0, b)
    if len({n for _, n in numbers}) != 1:
        return
    at, n = min(numbers)
    if (r.car is not None and r.car.number == n) or _drives_number(ctx, masked, at):
        return
    if any(c0 <= m.start < b for p in r.persons for m in ctx.persons[p].mentions):
        return  # (the clause names the crew itself)
    own = [c for c in cars if c.number == n and c.persons]
    if len(own) == 1:
        r.persons, r.car = list(own[0].persons), own[0]
    else:
        r.persons, r.car = [], CarInfo(persons=[], number=n)
    r.evidence, r.rule = (at, b), "result.numbered_car"


def _settle_contested(ctx: Context, results: list[ResultRecord]) -> list[ResultRecord]:
    """One place, several crews: when some of them are named in the sentence that states the place and others were
    found by resolving a pronoun or a description ("Der Brasilianer triumphierte"), the named ones win."""
    slots: dict[tuple, list[ResultRecord]] = {}
    for r in results:
        slots.setdefault((r.session, r.scope, (r.klass or "").casefold(), r.position), []).append(r)

    named_in = {(m.person, m.sent) for m in ctx.mentions}

    def named(r: ResultRecord) -> bool:
        # (the evidence may start in the sentence before the name: "... km/h1. Santiago Urrutia" splits after "1.")
        sis = {ctx.sentence_of(r.evidence[0]), ctx.sentence_of(max(r.evidence[0], r.evidence[1] - 1))}
        return any((p, si) in named_in for p in r.persons for si in sis)

    drop: set[int] = set()
    for group in slots.values():
        if len({frozenset(r.persons) for r in group}) < 2:
            continue
        flags = [named(r) for r in group]
        if any(flags) and not all(flags):
            drop.update(id(r) for r, f in zip(group, flags) if not f)
    return [r for r in results if id(r) not in drop]


# "X, der neben Polesetter Y aus der ersten Reihe gestartet war", "X stand in der ersten Startreihe": the front row's
# other car, when the pole is told and a row holds two cars (not a motorcycle grid or the Indy 500, three to a row)
_FRONT_ROW = re.compile(r"\b(?:aus|in|von)\s+(?:der\s+|die\s+)?(?:erste[n]?\s+(?:Start)?[Rr]eihe|Reihe\s+eins)\b")
_THREE_TO_A_ROW = re.compile(_MOTORCYCLE_GRID.pattern + r"|Seitenwagen|Sidecar|Indianapolis|\bIndy\s*500\b")


def front_row_places(ctx: Context, results: list[ResultRecord]) -> list[ResultRecord]:
    masked = _masked(ctx)
    poles = [r for r in results if r.session == "qualifying" and r.scope == "overall" and r.position == 1 and r.persons]
    if len({tuple(r.persons) for r in poles}) != 1 or _THREE_TO_A_ROW.search(masked):
        return []
    if any(r.session == "qualifying" and r.scope == "overall" and r.position == 2 for r in results):
        return []
    held = set(poles[0].persons)
    placed = {p for r in results if r.session == "qualifying" for p in r.persons}
    for m in _FRONT_ROW.finditer(masked):
        if ctx.in_quote(m.start(), m.end()):
            continue
        si = ctx.sentence_of(m.start())
        s, e = ctx.sentences[si]
        crews = [c for c in ctx.crews if c.sent == si and c.persons and not c.mentions[0].in_quote]
        cut = max([s] + [s + x.end() for x in re.finditer(r"[,;:](?=\s)", masked[s : m.start()]) if not any(c.start <= s + x.start() < c.end for c in crews)])
        nxt = re.search(r"[,;](?=\s)", masked[m.end() : e])
        end = m.end() + nxt.start() if nxt else e
        clause = masked[cut:end]
        if re.search(r"\b(?:verpasst\w*|nicht|kein\w*|knapp|beide[n]?|zweite[n]?|dritte[n]?)\b", clause):
            continue  # ("verpasste die erste Reihe", "beide Audi standen in der ersten Reihe", "aus der zweiten Reihe")
        owner = None
        rel = re.match(r"\s*(?:der|die)\s", masked[cut:m.start()])
        if rel and cut > s:
            # a relative clause: its antecedent right before the comma ("Alonso, der neben ihm aus der ersten Reihe losfuhr")
            # (also before a verb's particle: "ging an X vorbei, der aus der ersten Reihe gestartet war")
            ante = [c for c in crews if c.end <= cut and re.fullmatch(r"\s*(?:\([^()]{0,60}\))?\s*(?:vorbei|ab|an|zurück|heran)?\s*,\s*", masked[c.end : cut])]
            owner = ante[-1] if ante else None
        else:
            mine = [
                c for c in crews
                if cut <= c.start < end and not set(c.persons) & held
                and not re.search(r"\b(?:[Nn]eben|[Hh]inter|[Vv]or|an|mit|gegen)\s+(?:[\w-]+\s+){0,2}$", masked[max(cut, c.start - 30) : c.start])
            ]
            owner = mine[0] if len(mine) == 1 else None
        if owner is None or set(owner.persons) & held or set(owner.persons) & placed:
            continue
        return [ResultRecord(owner.persons, "qualifying", "overall", 2, None, (min(owner.start, m.start()), max(owner.end, m.end())), "result.front_row")]
    return []


def _second_on_the_grid_from_a_pole_margin(ctx: Context, results: list[ResultRecord], gaps: list) -> list[ResultRecord]:
    """'X sicherte sich die Pole-Position mit nur einer Tausendstelsekunde Vorsprung auf Y': Y starts second, when the
    pole is the only one of the report and nobody else is told second on the grid."""
    poles = [r for r in results if r.session == "qualifying" and r.position == 1 and r.persons]
    if len(poles) != 1 or any(r.session == "qualifying" and r.position == 2 and r.scope == poles[0].scope for r in results):
        return []
    pole = poles[0]
    si = ctx.sentence_of(pole.evidence[0])
    for g in gaps:
        if g.subject is None or g.reference not in pole.persons or ctx.sentence_of(g.evidence[0]) != si or g.evidence[0] < pole.evidence[0]:
            continue
        if any(r.session == "qualifying" and g.subject in r.persons for r in results):
            continue
        if not _grid_margin(ctx, g):
            continue  # ("gewann von der Pole-Position mit vier Sekunden Vorsprung auf Y": the race's margin)
        return [ResultRecord(ctx.crew_of(g.subject), "qualifying", pole.scope, 2, pole.klass, g.evidence, "result.pole_margin_second")]
    return []


_FURTHER = re.compile(r"\bweitere[n]?\s+(?:\w+\s+)?$")  # "sowie weiteren 20s vor dem ...": counted from the one before
_VORSPRUNG_AUF = re.compile(r"\b(?:[Ii]hr|[Ss]ein|[Dd]er)\s+Vorsprung\s+auf\b")


def _margin_sentence(ctx: Context, g) -> bool:
    """'Im Ziel betrug ihr Vorsprung auf X ... knappe vier Sekunden': the winners' margin told around the time."""
    s, e = ctx.sentences[ctx.sentence_of(g.evidence[0])]
    m = _VORSPRUNG_AUF.search(ctx.text, s, e)
    return m is not None and m.end() <= g.evidence[0]


def _followed_the_winner(ctx: Context, g) -> bool:
    """'X folgte mit 12,512 Sekunden Rückstand (auf Sieger Y)': the one who followed the winner home, second."""
    s = ctx.sentences[ctx.sentence_of(g.evidence[0])][0]
    return re.search(r"\bfolgte\s+(?:(?:dann|schließlich|am Ende|als Zweiter)\s+)?$", ctx.text[s : g.evidence[0]]) is not None


def _grid_margin(ctx: Context, g) -> bool:
    """'Im Zeittraining sicherte sich X mit 0,08 Sekunden Vorsprung vor Y den ersten Startplatz': a qualifying margin."""
    s, e = ctx.sentences[ctx.sentence_of(g.evidence[0])]
    text = ctx.text[s:e]
    return bool(
        re.search(r"\b(?:Zeittraining|Qualifying|Qualifikation|Training)\b|\b(?:den|die)\s+(?:ersten\s+)?(?:Startplatz|Pole-?Position|Pole)\b", text)
        and not re.search(r"\b(?:[Ii]m Ziel|Rennen\w*|Sieg\w*|gewann\w*|siegte\w*)\b", text)
    )


def second_places_from_margins(ctx: Context, results: list[ResultRecord], gaps: list, single_seater: bool = False) -> list[ResultRecord]:
    """'X gewann mit 0,7 Sekunden Vorsprung auf Y': Y is second when X won and Y has no place of its own (with one
    driver per car, 'Vorsprung auf Y und Z': Y second, Z third)."""
    out: list[ResultRecord] = _second_on_the_grid_from_a_pole_margin(ctx, results, gaps)
    gaps = [g for g in gaps if not _grid_margin(ctx, g)]
    winners = [r for r in results if r.session == "race" and r.position == 1]
    if not any(r.scope == "overall" for r in winners):
        # no winner stated in words, but "X überquerten die Ziellinie mit 0,383 Sekunden Vorsprung vor Y",
        # "hatten X nur 10,408 Sekunden Vorsprung auf Y": the first finishing margin of the release is the win
        first = next((g for g in gaps if g.rule.startswith("gap.margin") and g.reference is not None and not _FURTHER.search(ctx.text, max(0, g.evidence[0] - 30), g.evidence[0])), None)
        if first is not None and not any(first.reference in r.persons for r in results if r.session == "race"):
            w = ResultRecord(ctx.crew_of(first.reference), "race", "overall", 1, None, first.evidence, "result.margin_first")
            out.append(w)
            winners = winners + [w]
    for g in gaps:
        if g.subject is None or not (g.rule.startswith("gap.margin") or _margin_sentence(ctx, g) or _followed_the_winner(ctx, g)):
            continue
        reference = g.reference
        if reference is None:
            # "setzte sich mit 33,8 Sekunden Vorsprung vor X durch": the winner of the same sentence
            si = ctx.sentence_of(g.evidence[0])
            same = [r for r in winners if ctx.sentence_of(r.evidence[0]) == si]
            reference = same[0].persons[0] if len(same) == 1 and same[0].persons else None
            s0 = ctx.sentences[si][0]
            if reference is None and re.search(r"\b(?:[Dd]as|[Dd]er|[Dd]ie)\s+(?:\w+\s+)?(?:Sieger\w*|[Ss]iegreiche\w*)\b", ctx.text[s0 : g.evidence[0]]) and not any(
                r.session == "race" and r.scope == "overall" and (r.position == 2 or g.subject in r.persons) for r in results + out
            ):
                # "Am Ende setzte sich das Siegerteam mit 65s Vorsprung vor dem Mazda von X durch": the winners unnamed
                out.append(ResultRecord(ctx.crew_of(g.subject), "race", "overall", 2, None, g.evidence, "result.margin_second"))
                continue
        if reference is None:
            continue
        if _FURTHER.search(ctx.text, max(0, g.evidence[0] - 30), g.evidence[0]):
            # "mit 65s Vorsprung vor dem Mazda von A sowie weiteren 20s vor dem Cadillac von B": B one place behind A
            ahead = [r for r in results + out if r.session == "race" and reference in r.persons]
            if ahead and not any(r.session == "race" and r.scope == ahead[0].scope and g.subject in r.persons for r in results + out):
                a0 = ahead[0]
                out.append(ResultRecord(ctx.crew_of(g.subject), "race", a0.scope, a0.position + 1, a0.klass, g.evidence, "result.margin_further"))
            continue
        won = [r for r in winners if reference in r.persons]
        if not won:
            continue
        w = won[0]
        if any(r.session == "race" and r.scope == w.scope and g.subject in r.persons for r in results + out):
            continue
        if any(r.session == "race" and r.scope == w.scope and r.position == 2 for r in results + out):
            continue
        crew = ctx.crew_of(g.subject)
        if single_seater and len(crew) == 2 and crew[0] == g.subject:
            out.append(ResultRecord([g.subject], "race", w.scope, 2, w.klass, g.evidence, "result.margin_second"))
            if not any(r.session == "race" and r.scope == w.scope and (crew[1] in r.persons or r.position == 3) for r in results + out):
                out.append(ResultRecord([crew[1]], "race", w.scope, 3, w.klass, g.evidence, "result.margin_second"))
            continue
        out.append(ResultRecord(crew, "race", w.scope, 2, w.klass, g.evidence, "result.margin_second"))
    return out
