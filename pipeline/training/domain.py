"""Domain training sentences for the NER model: German motorsport phrasing.

GermEval 2014 is Wikipedia and news text; racing releases add foreign driver names, crews
joined by "und" or "/", home towns in parentheses, "Porsche-Werksfahrer X", and team names.
This module fills our own German sentence templates with real driver and team names
(``racing_names.txt``, ``racing_teams.txt``) and returns gold-annotated Docs.

It also turns the gold driver names of the rennbericht corpus **dev** split into partially
annotated Docs (driver spans PER, everything else "missing"), so the model learns the
corpus' style without being told anything false about the unannotated tokens.

Slots in a template (each numbered slot ``{P1}``, ``{P2}``... is a different driver):

========  =====================================  =====
slot      filled with                            label
========  =====================================  =====
P1..P4    full name "Timo Bernhard"              PER
L1..L4    last name "Bernhard" (of P1..P4)       PER
G1..G4    genitive of the last name "Bernhards"  PER
F1..F4    first name alone "Timo"                PER
T, T2     team name "Penske Racing"              ORG
H1..H4    home town "Dittweiler"                 LOC
C         circuit "Laguna Seca"                  LOC
CITY      town "Monterey"                        LOC
CAR       car model "RS Spyder"                  MISC
MC        maker + model "Porsche RS Spyder"      MISC
SER       series "American Le Mans Series"       MISC
MK        manufacturer as a compound prefix      (O)
MO        manufacturer standing alone "Porsche"  ORG
CC        country code "FIN"                     (O)
GAP       gap "+ 1,8 Sek."                       (O)
N         classification position "3"           (O)
NAT       nationality noun "Franzose"            (O)
POS       ordinal "dritten"                      (O)
NUM       car number "7"                         (O)
========  =====================================  =====
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.training.data import TrainingDataError

HERE = Path(__file__).parent
NAMES_FILE = HERE / "racing_names.txt"
TEAMS_FILE = HERE / "racing_teams.txt"

# Place names (facts), used for home towns in parentheses and event locations.
HOME_TOWNS = (
    "Dittweiler", "Stuttgart", "Köln", "München", "Hamburg", "Berlin", "Frankfurt", "Weinsberg",
    "Kerpen", "Heppenheim", "Emmendingen", "Kempten", "Meuspath", "Ingolstadt", "Neckarsulm",
    "Lennestadt", "Wuppertal", "Mönchengladbach", "Aachen", "Düsseldorf", "Bonn", "Koblenz",
    "Trier", "Saarbrücken", "Karlsruhe", "Mannheim", "Heidelberg", "Ulm", "Augsburg", "Nürnberg",
    "Regensburg", "Passau", "Rosenheim", "Landshut", "Würzburg", "Bamberg", "Bayreuth", "Erfurt",
    "Leipzig", "Dresden", "Chemnitz", "Zwickau", "Magdeburg", "Hannover", "Braunschweig",
    "Bremen", "Kiel", "Lübeck", "Rostock", "Schwerin", "Potsdam", "Kassel", "Marburg", "Gießen",
    "Darmstadt", "Wiesbaden", "Mainz", "Siegen", "Dortmund", "Bochum", "Essen", "Duisburg",
    "Münster", "Bielefeld", "Paderborn", "Osnabrück", "Oldenburg", "Göttingen", "Freiburg",
    "Konstanz", "Reutlingen", "Tübingen", "Pforzheim", "Heilbronn", "Göppingen", "Esslingen",
    "Ludwigsburg", "Sindelfingen", "Wien", "Graz", "Salzburg", "Innsbruck", "Linz", "Klagenfurt",
    "Zürich", "Bern", "Basel", "Genf", "Lausanne", "Luzern", "Monaco", "Paris", "Lyon",
    "Marseille", "Le Mans", "London", "Oxford", "Birmingham", "Edinburgh", "Dublin", "Brüssel",
    "Antwerpen", "Lüttich", "Amsterdam", "Rotterdam", "Utrecht", "Kopenhagen", "Roskilde",
    "Stockholm", "Göteborg", "Oslo", "Helsinki", "Espoo", "Tallinn", "Madrid", "Barcelona",
    "Oviedo", "Lissabon", "Porto", "Rom", "Mailand", "Turin", "Bologna", "Modena", "Maranello",
    "Warschau", "Krakau", "Prag", "Brünn", "Budapest", "Moskau", "Sankt Petersburg", "Tokio",
    "Osaka", "Nagoya", "Schanghai", "Hongkong", "Mumbai", "Chennai", "São Paulo",
    "Rio de Janeiro", "Curitiba", "Buenos Aires", "Córdoba", "Mexiko-Stadt", "Guadalajara",
    "Monterrey", "Bogotá", "Indianapolis", "Charlotte", "Atlanta", "Miami", "Los Angeles",
    "Phoenix", "Houston", "Dallas", "Chicago", "Detroit", "New York", "Toronto", "Montreal",
    "Vancouver", "Melbourne", "Sydney", "Brisbane", "Adelaide", "Perth", "Auckland",
    "Christchurch", "Hamilton", "Kapstadt", "Johannesburg", "Dubai", "Doha",
    "Monterey", "Kalifornien", "Florida", "Texas", "Bayern", "Eifel", "Sachsen", "Tirol",
)

CIRCUITS = (
    "Nürburgring", "Nürburgring-Nordschleife", "Nordschleife", "Hockenheimring", "Hockenheim",
    "Lausitzring", "Norisring", "Oschersleben", "Sachsenring", "Red Bull Ring", "Salzburgring",
    "Spa-Francorchamps", "Zolder", "Zandvoort", "Assen", "Le Mans", "Magny-Cours", "Paul Ricard",
    "Dijon", "Monza", "Imola", "Mugello", "Vallelunga", "Misano", "Silverstone", "Brands Hatch",
    "Donington", "Snetterton", "Barcelona", "Valencia", "Jerez", "Estoril", "Portimão",
    "Hungaroring", "Brünn", "Istanbul", "Sebring", "Daytona", "Laguna Seca", "Road Atlanta",
    "Lime Rock", "Mid-Ohio", "Road America", "Watkins Glen", "Mosport", "Long Beach",
    "St. Petersburg", "Austin", "Indianapolis", "Interlagos", "Suzuka", "Fuji", "Motegi",
    "Sepang", "Shanghai", "Bahrain", "Sakhir", "Yas Marina", "Abu Dhabi", "Singapur",
    "Melbourne", "Bathurst", "Kyalami", "Baku", "Sotschi", "Jeddah", "Losail", "Monaco",
)

CARS = (
    "RS Spyder", "911 GT3 RSR", "911 GT3 R", "911 GT3 Cup", "919 Hybrid", "963", "R18",
    "R18 e-tron quattro", "R10 TDI", "R8", "R8 LMS", "RS 5 DTM", "A4 DTM", "C-Klasse",
    "AMG GT3", "SLS AMG GT3", "M3 GT2", "M6 GT3", "M4 DTM", "M4 GT3", "Z4 GT3", "TS050 Hybrid",
    "GR010 Hybrid", "908 HDi FAP", "9X8", "Corvette C6.R", "Corvette C8.R", "F430 GT2",
    "458 Italia", "488 GTE", "296 GT3", "499P", "Vantage GTE", "DBR9", "Lola B06/10",
    "Acura ARX-01", "Huracán GT3", "Cayman GT4", "i20 WRC", "Polo R WRC", "C4 WRC", "Focus RS WRC",
    "Yaris WRC", "Fabia R5", "W196", "RB19", "SF-23", "MP4-23", "FW31",
)

SERIES = (
    "American Le Mans Series", "Le Mans Series", "FIA WEC", "DTM", "Formel 1", "Formel E",
    "ADAC GT Masters", "Porsche Supercup", "Porsche Carrera Cup", "VLN", "NLS", "IMSA",
    "Rallye-WM", "WRC", "GT World Challenge", "Blancpain GT Series", "IndyCar", "WTCC",
    "Intercontinental GT Challenge", "24h-Serie", "Formel 3", "Formel 2", "GP2",
)

MAKERS = (
    "Porsche", "Audi", "BMW", "Mercedes", "Ferrari", "Toyota", "Peugeot", "Aston-Martin",
    "Corvette", "Lamborghini", "Opel", "Ford", "Honda", "Nissan", "Hyundai", "Citroën",
    "Volkswagen", "McLaren", "Renault", "Alpine", "Cadillac", "Acura", "Lexus", "Bentley",
)

NATIONALITIES = (
    "Franzose", "Brite", "Engländer", "Schotte", "Ire", "Italiener", "Spanier", "Portugiese",
    "Belgier", "Niederländer", "Däne", "Schwede", "Norweger", "Finne", "Este", "Pole",
    "Tscheche", "Österreicher", "Schweizer", "Amerikaner", "US-Amerikaner", "Kanadier",
    "Brasilianer", "Argentinier", "Mexikaner", "Kolumbianer", "Japaner", "Chinese", "Inder",
    "Australier", "Neuseeländer", "Südafrikaner", "Russe", "Monegasse", "Luxemburger",
)

COUNTRY_CODES = (
    "D", "F", "GB", "FIN", "I", "E", "A", "CH", "NL", "B", "DK", "S", "N", "PL", "CZ", "USA",
    "BR", "J", "AUS", "NZ", "EST", "MEX", "ARG", "CDN", "RUS", "P", "IRL", "MC", "ZA",
)

GAPS = (
    "+ 0,412 Sek.", "+ 1,8 Sek.", "+ 12,345 Sek.", "+ 53,0 Sek.", "+ 2:36,1 Min.",
    "+ 1:02,334 Min.", "+ 1 Runde", "+ 2 Runden", "+0:18.964", "+1:12.298", "+ 8:00,8 Min.",
)

ORDINALS = (
    "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten",
    "neunten", "zehnten", "elften", "zwölften", "15.", "18.", "21.",
)

# Result lists and crews, as classification tables print them (our own layouts).
LIST_TEMPLATES = (
    "{N}. {L1}/{L2} ({CC}/{CC}), {MC}, {GAP}",
    "{N}. {P1}/{P2} ({CC}/{CC}) {MC} {GAP}",
    "{N}. {P1} ({CC}), {MO}, {GAP}",
    "{N}. {P1}/{P2}/{P3} ({T}), {GAP}",
    "{N}. {L1}/{L2}/{L3} {MC} {GAP}",
    "Ergebnis: 1. {P1} ({MO}), 2. {P2} ({MO}) {GAP}, 3. {P3} ({MO}) {GAP}",
    "Den dritten Rang der Klasse holten {P1}, {P2} und {P3} im {MC}.",
    "Platz zwei ging an den {MC} von {T}, den sich {P1}, {P2} und {P3} teilten.",
    "Im Ziel lagen {P1}, {P2} und {L3} {GAP} hinter den Siegern.",
    "In der Klasse LMP2 siegten {P1} und {P2} im {MC} von {T}.",
    "{P1}, {P2} und {P3} gewannen vor ihren Teamkollegen {P4} und {L1}.",
    "Den Erfolg rundeten {P1} und {P2} ab, die als Dritte ins Ziel kamen.",
    "Fahrer: {P1} ({CC}), {P2} ({CC}), {P3} ({CC})",
    "Startnummer {NUM}: {P1} / {P2} / {P3} ({MC})",
    "Beifahrer {P2} und Pilot {P1} erreichten das Ziel als Vierte.",
    "Die Fahrerpaarung {L1}/{L2} behauptete den {POS} Rang.",
    "{L1} ({CC}) gewann vor {L2} ({CC}) und {L3} ({CC}).",
    "Meisterschaftsstand: 1. {L1} 145 Punkte, 2. {L2} 132, 3. {L3} 120.",
)

# Our own German sentence templates. Every sentence is written for this project.
TEMPLATES = (
    "{P1} und {P2} gewannen im {MC} das Rennen in {C}.",
    "Den Sieg holten {P1} und {P2} vor {P3} und {P4}.",
    "{MK}-Werksfahrer {P1} ({H1}) teilte sich das Cockpit mit {P2} ({H2}).",
    "Im Auto mit der Startnummer {NUM} wechselten sich {P1}, {P2} und {P3} ab.",
    "{L1} fuhr in der Schlussphase die schnellste Runde des Rennens.",
    "„Das war ein perfektes Wochenende für uns“, sagte {P1} nach dem Rennen.",
    "„Wir haben alles gegeben“, meinte {L1}, „aber am Ende hat es nicht gereicht.“",
    "Der {NAT} {P1} übernahm in der 40. Runde die Führung von {P2}.",
    "Hinter {L1} und {L2} belegten {P3} und {P4} vom Team {T} Platz drei.",
    "Für {T} starteten {P1} und {P2} mit einem {MC}.",
    "{G1} Teamkollege {P2} musste nach einem Reifenschaden an die Box.",
    "{P1}/{P2} kamen mit einer Runde Rückstand auf dem {POS} Platz ins Ziel.",
    "Die Pole-Position sicherte sich {P1} mit einer Zeit von 1:12,345 Minuten.",
    "{P1} ({T}) lag nach dem Qualifying auf dem {POS} Startplatz.",
    "Mit 1,8 Sekunden Vorsprung gewann {L1} vor {L2}.",
    "{MK}-Pilot {L1} kämpfte sich vom {POS} Startplatz nach vorn.",
    "Nach 157 Runden überquerten {L1} und {L2} als Erste die Ziellinie.",
    "Teamchef {P1} lobte die Leistung von {P2} und {P3}.",
    "In der GT2-Klasse siegten {P1} und {P2} im {MC} von {T}.",
    "{T} setzte in {C} zwei Fahrzeuge für {P1}, {P2}, {P3} und {P4} ein.",
    "{P1} aus {H1} wurde Vizemeister der {SER}.",
    "Der Titel in der {SER} ging an {P1}.",
    "{L1} verlor nach einem Dreher zwei Positionen an {L2}.",
    "Beim Lauf der {SER} in {C} war {P1} nicht zu schlagen.",
    "Nach dem ersten Boxenstopp übergab {L1} das Steuer an {F2} {L2}.",
    "{P1} und {P2} ({T}) komplettierten als Fünfte das Ergebnis.",
    "Rang zwei ging an die Besatzung {P1}, {P2} und {P3}.",
    "Das Schwesterauto mit {L1}, {L2} und {L3} fiel mit einem Motorschaden aus.",
    "Erst in der letzten Runde konnte {L1} den {NAT} {L2} überholen.",
    "„{F1} hat heute einen fantastischen Job gemacht“, lobte {P2}.",
    "Gesamtsieger wurden {P1}, {P2} und {P3} auf einem {MC}.",
    "{P1} ({H1}), {P2} ({H2}) und {P3} ({H3}) landeten auf Platz vier.",
    "Für {L1} war es der dritte Saisonsieg, für {L2} der erste.",
    "{P1} verpasste das Podium um 0,4 Sekunden.",
    "Am Steuer des {MC} saßen {P1} und {P2}.",
    "Die Führung in der Meisterschaft übernahm {P1} vor {P2}.",
    "Wie schon im Vorjahr stand {L1} in {C} ganz oben auf dem Podest.",
    "{P1} und sein Teamkollege {P2} beendeten das Rennen auf den Plätzen sieben und acht.",
    "Im Training war {L1} der Schnellste, gefolgt von {L2} und {L3}.",
    "{P1} gewinnt in {C} – {P2} wird Zweiter",
    "Mit {P1} holte ein {NAT} den Sieg beim Heimrennen in {C}.",
    "Die Rennleitung verhängte gegen {L1} eine Durchfahrtsstrafe.",
    "„Ich bin einfach nur glücklich“, strahlte {L1}.",
    "{P1} führte das Feld vom Start weg an, ehe er an {P2} vorbei musste.",
    "Ein Unfall von {L1} in Runde 12 brachte das Safety-Car auf die Strecke.",
    "Zusammen mit {P1} und {P2} bildet {P3} die Stammbesatzung des {MC}.",
    "{T} holte mit {P1} und {P2} einen Doppelsieg.",
    "Auf dem {POS} Platz folgten {P1} und {P2} im {CAR} von {T}.",
    "{L1} und {L2} kamen mit zwei Runden Rückstand ins Ziel.",
    "{P1}, der für {T} fährt, stellte einen neuen Rundenrekord auf.",
    "Die Meisterschaft entscheidet sich zwischen {L1} und {L2}.",
    "Auch {P1} ({T}) und {P2} ({T2}) schafften es in die Top Ten.",
    "Neben {L1} war {P2} der stärkste Fahrer des Tages.",
    "{P1} und {P2} verloren durch eine Kollision mit {L3} wertvolle Zeit.",
    "{P1} wechselt zur kommenden Saison zu {T}.",
    "Ersatzfahrer {P1} sprang kurzfristig für den verletzten {P2} ein.",
    "Den Klassensieg in der LMP2 feierten {P1} und {P2} im {CAR}.",
    "Die Sonderprüfung gewann {P1} vor {P2} und {P3}.",
    "{P1} und Beifahrer {P2} führen die Rallye nach dem ersten Tag an.",
    "„Unser Ziel ist die Meisterschaft“, erklärte {P1}, der Teamchef von {T}.",
)

# A capitalised noun right after the name is not part of it. Not used by the shipped model
# (domain_docs(boundary=True) enables them; see the model card's experiments).
BOUNDARY_TEMPLATES = (
    "Im Qualifying war {P1} Schnellster vor {P2}.",
    "Am Ende war {P1} Sieger, {P2} wurde Zweiter.",
    "Im zweiten Training war {P1} Trainingsschnellster.",
    "Damit ist {P1} Meister der {SER}.",
    "Nach diesem Lauf ist {L1} Tabellenführer.",
    "In der Gesamtwertung bleibt {P1} Spitzenreiter.",
    "Zum Schluss war {L1} Fünfter und {L2} Sechster.",
    "Als Dritter kam {P1} 2,3 Sekunden später ins Ziel.",
    "Im Vorjahr war {P1} Vizemeister geworden.",
    "Beim Start blieb {P1} Zweiter, während {L2} Plätze verlor.",
    "Schnellster Mann im Warm-up war {P1} Minuten vor dem Start.",
    "Danach war {P1} Führender der Meisterschaft.",
)

_SLOT = re.compile(r"\{([A-Z]+)(\d?)\}")


class NameListError(TrainingDataError):
    """A name list file is missing or malformed."""


def read_name_list(path: Path | str) -> list[str]:
    """Read one name per line; '#' lines and blank lines are skipped, duplicates dropped."""
    path = Path(path)
    if not path.is_file():
        raise NameListError(f"name list not found: {path}")
    names: list[str] = []
    seen: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "\t" in line:
            raise NameListError(f"{path}:{lineno}: a tab in a name: {line!r}")
        if line not in seen:
            seen.add(line)
            names.append(line)
    return names


def split_name(full: str) -> tuple[str, str]:
    """(first, last): the first token is the given name, the rest the surname, so name
    particles stay with it ("Pedro de la Rosa" -> "Pedro", "de la Rosa")."""
    parts = full.split()
    if len(parts) == 1:
        return "", parts[0]
    return parts[0], " ".join(parts[1:])


def genitive(name: str) -> str:
    """German genitive of a surname: "Bernhards", "Dumas'"."""
    return name + ("'" if name[-1] in "sxzß" else "s")


def fill_template(template: str, rng: random.Random, drivers: list[str], teams: list[str]
                  ) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill one template; returns the text and (start, end, label) character spans."""
    people = rng.sample(drivers, 4)
    team_pair = rng.sample(teams, 2)
    homes = rng.sample(HOME_TOWNS, 4)
    fixed = {
        "C": (rng.choice(CIRCUITS), "LOC"),
        "CITY": (rng.choice(HOME_TOWNS), "LOC"),
        "CAR": (rng.choice(CARS), "MISC"),
        "N": (str(rng.randint(1, 20)), None),
        "MC": (f"{rng.choice(MAKERS).replace('-', ' ')} {rng.choice(CARS)}", "MISC"),
        "SER": (rng.choice(SERIES), "MISC"),
        "MK": (rng.choice(MAKERS), None),
        "NAT": (rng.choice(NATIONALITIES), None),
        "POS": (rng.choice(ORDINALS), None),
        "NUM": (str(rng.randint(1, 99)), None),
    }
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        lit = template[pos:m.start()]
        text_parts.append(lit)
        length += len(lit)
        kind, num = m.group(1), m.group(2)
        idx = int(num) - 1 if num else 0
        if kind in ("P", "L", "G", "F"):
            first, last = split_name(people[idx])
            if kind == "F" and not first:
                first = last
            value = {"P": people[idx], "L": last, "G": genitive(last), "F": first}[kind]
            label: str | None = "PER"
        elif kind == "T":
            value, label = team_pair[idx], "ORG"
        elif kind == "H":
            value, label = homes[idx], "LOC"
        elif kind == "MO":
            value, label = rng.choice(MAKERS), "ORG"
        elif kind == "CC":
            value, label = rng.choice(COUNTRY_CODES), None
        elif kind == "GAP":
            value, label = rng.choice(GAPS), None
        elif kind in fixed:
            value, label = fixed[kind]
        else:
            raise ValueError(f"unknown slot {m.group(0)} in template {template!r}")
        if label:
            spans.append((length, length + len(value), label))
        text_parts.append(value)
        length += len(value)
        pos = m.end()
    text_parts.append(template[pos:])
    return "".join(text_parts), spans


def make_doc_with_spans(nlp: Language, text: str, spans: Iterable[tuple[int, int, str]],
                        default: str = "outside") -> Doc | None:
    """Tokenize ``text`` with the pipeline's tokenizer and set the spans as entities.

    Returns None when a span does not align with token boundaries.
    """
    doc = nlp.make_doc(text)
    ents = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            return None
        ents.append(span)
    try:
        doc.set_ents(ents, default=default)
    except ValueError:
        return None
    return doc


def domain_docs(nlp: Language, n: int, seed: int = 0, names_file: Path | str = NAMES_FILE,
                teams_file: Path | str = TEAMS_FILE, boundary: bool = False) -> list[Doc]:
    """``n`` fully annotated domain sentences (deterministic for a given seed)."""
    templates = TEMPLATES + BOUNDARY_TEMPLATES if boundary else TEMPLATES
    rng = random.Random(seed)
    drivers = read_name_list(names_file)
    teams = read_name_list(teams_file)
    if len(drivers) < 4 or len(teams) < 2:
        raise NameListError(f"need at least 4 drivers and 2 teams, got {len(drivers)}/{len(teams)}")
    docs: list[Doc] = []
    attempts = 0
    while len(docs) < n:
        attempts += 1
        if attempts > 10 * n + 100:
            raise TrainingDataError(f"could not align domain sentences ({len(docs)}/{n} made)")
        pool = LIST_TEMPLATES if rng.random() < 0.25 else templates
        template = pool[rng.randrange(len(pool))]
        text, spans = fill_template(template, rng, drivers, teams)
        doc = make_doc_with_spans(nlp, text, spans)
        if doc is not None:
            docs.append(doc)
    return docs


def _name_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?:s|')?(?!\w)", text):
        yield m.start(), m.end()


def driver_spans(text: str, names: Iterable[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """PER spans for every occurrence of each driver's full name, and of the last name
    where it does not belong to a full-name occurrence. ``names`` are (full, last) pairs."""
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    pairs = sorted(set(names), key=lambda p: -len(p[0]))
    for full, _last in pairs:
        for s, e in _name_occurrences(text, full):
            if free(s, e):
                taken.append((s, e))
                spans.append((s, e, "PER"))
    for _full, last in sorted(pairs, key=lambda p: -len(p[1])):
        if not last:
            continue
        for s, e in _name_occurrences(text, last):
            if free(s, e):
                taken.append((s, e))
                spans.append((s, e, "PER"))
    return sorted(spans)


def corpus_driver_docs(nlp: Language, corpus_dir: Path | str, split: str = "dev") -> list[Doc]:
    """Partially annotated Docs of one corpus split: gold driver names as PER, all other
    tokens missing. Refuses the "test" split (it is never trained on)."""
    if split == "test":
        raise TrainingDataError("the corpus test split is never used for training")
    corpus_dir = Path(corpus_dir)
    splits_file = corpus_dir / "splits.json"
    if not splits_file.is_file():
        raise TrainingDataError(f"corpus splits file not found: {splits_file}")
    ids = json.loads(splits_file.read_text(encoding="utf-8")).get(split, [])
    docs: list[Doc] = []
    for doc_id in ids:
        text_path = corpus_dir / "texts" / f"{doc_id}.txt"
        gold_path = corpus_dir / "gold" / f"{doc_id}.json"
        if not (text_path.is_file() and gold_path.is_file()):
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        names = [(d["name"], d.get("last_name") or d["name"].split()[-1])
                 for d in gold.get("drivers", [])]
        for para in _paragraphs(text):
            p_start, p_text = para
            spans = driver_spans(p_text, names)
            if not spans:
                continue
            doc = make_doc_with_spans(nlp, p_text, spans, default="missing")
            if doc is not None:
                docs.append(doc)
    return docs


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            yield pos, block
        pos += len(block)
