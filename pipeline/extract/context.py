"""What every extractor needs from a processed Doc: sentences, quote regions, people and crews.

``analyze(doc)`` is a pure function of the Doc (it does not modify it). Offsets in the
context are offsets into ``doc.text`` (the normalised text); the assembly step maps them
back to the original input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from pipeline.extract.quotes_scan import QuoteRegion, find_quote_regions
from pipeline.lexicons import speech
from pipeline.nlp import SPANS_KEY

CAPWORD = re.compile(r"^[A-ZÄÖÜÀ-ÝŠŽČŘŁ][\wÀ-ÿ'’\-]*$")
_CODE = re.compile(r"[A-Z]{1,3}\d+")  # "P9", "GT3": a place or class code after "von", never a surname
_ORIGIN_PAREN = re.compile(r"^\s*\(((?:\d{1,2}\s*,\s*)?[^()\d]{1,40})\)")
_ORIGIN_AUS = re.compile(r"^\s*aus ([A-ZÄÖÜ][\wäöüß\-]+(?: [A-ZÄÖÜ][\wäöüß\-]+)?)")
_NOT_NAME_WORDS = {
    "Der", "Die", "Das", "Pro", "Je", "Im", "In", "Mit", "Auf", "Am", "An", "Beim", "Bei", "Nach", "Vor", "Für", "Und",
    "Auch", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Platz", "Rang", "Runde", "Runden", "Sieg",
    "Rennen", "Team", "Teams", "Klasse", "Startnummer", "Pole", "Position", "Porsche", "Audi", "BMW",
    "Mercedes", "Ferrari", "Toyota", "Ford", "Sekunden", "Ziel", "Fahrer", "Doch", "Aber", "Dann",
    "Dabei", "Damit", "So", "Wie", "Als", "Zum", "Zur", "Vom", "Von", "Hinter", "Über", "Unter",
    # capitalised at a sentence start or in a place name, never a person's
    "Neuer", "Neue", "Neuen", "Großen", "Großer", "Preis", "Preises", "Autodromo", "Circuit", "Circuito", "Grand", "Prix", "Gran", "Premio",
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember",
    # nouns after "von" that start a phrase, never a "von" name ("Yvan Muller von Startplatz fünf")
    "Startplatz", "Startposition", "Startreihe", "Reihe", "Poleposition", "Pole-Position", "Spitze", "Beginn", "Anfang",
    "Plätzen", "Positionen", "Rängen", "Startplätzen", "Strecke", "Piste", "Fahrbahn", "Bahn", "Box", "Linie", "Ziellinie",
    "Startlinie", "Konkurrenz", "Startaufstellung", "Rennstrecke",
    # a place noun opening a sentence ("Endrang zwei bedeutete ...", "Gesamtrang drei ging an ...")
    "Endrang", "Gesamtrang", "Schlussrang", "Klassenrang", "Endstand", "Gesamtplatz", "Tabellenplatz", "Superbike", "Supersport",
    # adverbs that open a sentence ("Knapp geschlagen wurde ...", "Lange sah es so aus")
    "Knapp", "Lange", "Klar", "Deutlich", "Spät", "Früh", "Schließlich", "Letztlich", "Zuletzt", "Zunächst", "Danach",
    "Dahinter", "Davor", "Trotzdem", "Dennoch", "Erst", "Nur", "Gleich", "Erneut", "Wieder", "Bereits", "Schon",
    "Weil", "Obwohl", "Während", "Nachdem", "Wenn", "Denn", "Zudem", "Sowohl", "Somit", "Deshalb", "Daher",
    # English words of car and team names ("Ford Focus RS-World Rally Cars", "von Car Collection")
    "World", "Rally", "Car", "Cars",
    # nouns of manner after an adjective ("in überlegener Manier", "in eigener Regie")
    "Manier", "Weise", "Regie",
    # pronouns and role words capitalised before a name ("Keiner konnte X gefährlich werden", "Verfolger Hamilton",
    # "Schnellster Mercedes-Pilot war X")
    "Keiner", "Niemand", "Verfolger", "Schnellster", "Schnellste",
    # a role or an adjective capitalised in a headline or at a sentence start ("Porsche Junior gewinnt", "Moralischer Sieger")
    "Junior", "Moralischer", "Reichlich", "Starker", "Starke", "Regen", "Pech", "Glück",
    # photo credits and captions ("Sebastian Vettel Foto: xpb", "Courtesy of ...")
    "Foto", "Fotos", "Courtesy",
}
# nouns of the list above that are surnames too, after a first name the model tagged with them ("Vaclav Pech", not
# "Viel Pech", "Großes Glück")
_NOUN_SURNAMES = {"Pech", "Glück"}


def fold(text: str) -> str:
    """Casefolded, accent-free key for comparing names ("Jörg" ~ "jorg")."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    return frozenset(speech().compound_surnames)


@lru_cache(maxsize=1)
def _folded_compounds() -> frozenset[str]:
    return frozenset(_plain(x) for x in _compound_surnames())  # "Felix da Costa" as "Félix da Costa"


def _plain(text: str) -> str:
    """Without accents, case kept: "Félix da Costa" ~ "Felix da Costa", not "Felix Da Costa" (there "Da Costa" is the surname)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(speech().name_particles)


def _von_team(doc: Doc, a: int, b: int) -> bool:
    if b - a < 3 or doc[b - 2].text != "von" or b >= len(doc):
        return False
    nxt = doc[b]
    return nxt.text[:1].isupper() and nxt.is_alpha and nxt.text not in {"Und"}


def split_name(tokens: list[str]) -> tuple[str | None, str]:
    """['Johannes', 'van', 'Overbeek'] -> ('Johannes', 'van Overbeek'); particles stay with the surname."""
    if len(tokens) == 1:
        return None, tokens[0]
    for k in range(1, len(tokens) - 1):
        if _plain(" ".join(tokens[k:])) in _folded_compounds():
            return " ".join(tokens[:k]), " ".join(tokens[k:])  # "António Félix da Costa", "Alessandro Pier Guidi"
    parts = _particles() | {"der", "den", "la", "le", "los", "del"}
    if tokens[0].lower() in parts:
        return None, " ".join(tokens)
    if len(tokens) == 3 and not any(t.lower() in parts for t in tokens):
        from pipeline.lexicons import first_names

        if tokens[1] in first_names():
            return " ".join(tokens[:2]), tokens[2]
        return tokens[0], " ".join(tokens[1:])
    cut = len(tokens) - 1
    while cut > 1 and tokens[cut - 1].lower() in parts:
        cut -= 1
    first = " ".join(tokens[:cut])
    return first, " ".join(tokens[cut:])


@dataclass
class Mention:
    """One occurrence of a person's name in the text."""

    start: int
    end: int
    tokens: list[str]
    sent: int
    in_quote: bool
    tok_start: int
    tok_end: int
    role: str | None = None
    origin: str | None = None
    person: int | None = None
    genitive: bool = False  # "beim vierten Saisonsieg Grönholms": the name as an owner, not a subject
    in_slash_crew: bool = False  # "Bernhard / Dumas / Duval": a lone word there is a surname, also a first name's

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


@dataclass
class Person:
    name: str
    first_name: str | None
    last_name: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    origin: str | None = None
    driver_evidence: list[str] = field(default_factory=list)
    non_driver: bool = False

    @property
    def key(self) -> str:
        return fold(self.last_name)


@dataclass
class Crew:
    """Persons named together ("A und B", "A, B und C", "A/B") in one sentence."""

    persons: list[int]
    start: int
    end: int
    sent: int
    mentions: list[Mention]
    split: bool = False  # one name of a list the text gave several places to ("A, B und C belegten die Plätze vier bis sechs")


@dataclass
class Context:
    doc: Doc
    text: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    quotes: list[QuoteRegion]
    quote_mask: list[bool]
    mentions: list[Mention]
    persons: list[Person]
    crews: list[Crew]
    spans: list[tuple[str, str, int, int, str]]  # (label, canonical, start, end, text)
    # what the extractors learn about this document as they run (cars with crews, results so far, last speaker)
    known_cars: list = field(default_factory=list)
    results_so_far: list = field(default_factory=list)
    last_speaker: int | None = None
    last_speaker_at: int = -1
    split_crews: set = field(default_factory=set)  # (start, end) of name lists the text gave one place each

    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        return any(self.quote_mask[i] for i in range(start, min(end, len(self.quote_mask))))

    def paragraph_of(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.paragraphs):
            if s <= offset < e + 1:
                return i
        return len(self.paragraphs) - 1

    def sentence_of(self, offset: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= offset < e:
                return i
        return len(self.sentences) - 1

    def spans_in(self, start: int, end: int, label: str | None = None) -> list[tuple[str, str, int, int, str]]:
        return [s for s in self.spans if s[2] >= start and s[3] <= end and (label is None or s[0] == label)]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def crew_of(self, person: int) -> list[int]:
        """The largest crew (outside quotes) the person belongs to, else just the person."""
        best: list[int] = [person]
        for c in self.crews:
            if c.mentions[0].in_quote or (c.start, c.end) in self.split_crews:
                continue
            if person in c.persons and len(c.persons) > len(best):
                best = c.persons
        return best


# ---------------------------------------------------------------- people


_TEAM_WORDS = {
    "TDI", "TFSI", "GTI", "Compétition", "Competicion", "Competizione", "Squadra", "Scuderia", "Project", "Engineer",
    "Trackside", "Chassis", "Nr", "Goodyear", "Michelin", "Pirelli", "Dunlop", "Bridgestone", "Hankook", "Lynk",
    "Touareg", "Racing", "Motorsport", "Motorsports", "Team", "Competition", "WRC", "Hybrid", "Sport", "GmbH", "Engineering",
    "Prototypes", "Prototype", "Autosports", "Sports",
    "Performance", "Autosport", "Corse", "Racing-Team", "Rallye", "Cup", "Trophy", "Series", "Masters", "Circuit", "e.V.", "e.V",
}
_TITLES = {"Dr.", "Prof.", "Dipl.-Ing.", "Ing.", "Sir", "Mr.", "Herr", "Frau"}
_APOSTROPHES = {"’", "'", "`", "´"}
# adjectives that open a sentence about a close fight and are surnames too ("Philipp Eng")
_ADJECTIVE_OPENERS = frozenset({"Eng", "Hart", "Knapp", "Spannend", "Heiß", "Bitter", "Dramatisch", "Turbulent"})
# the second word of a two-word particle ("van der", "de la")
_INNER_PARTICLES = frozenset({"der", "den", "la", "le"})
# makes that are surnames too: a hyphenated name ending in one is still a name ("Taylor-Jordan")
_SURNAME_LIKE_MAKES = frozenset({"Jordan", "Williams", "Ford", "Lola", "Smart", "Haas", "Sauber", "Lotus", "Arrows"})
# "d'Ambrosio", "dell'Orto": a surname with an elided particle the tokenizer keeps as one lowercase token
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall)['’`´][A-ZÄÖÜÀ-ÝŠŽČŘŁ][\wÀ-ÿ-]+$")
_SPLITTERS = {"/", ",", "und", "&", "sowie", "+", "-", "–"}


# the last part of a hyphenated word that makes it a thing, not a name ("DTM-Lauf", "Saison-Finale", "Audi-Pilot")
_COMPOUND_NOT_NAME = {
    "Lauf", "Rennen", "Finale", "Auftakt", "Wertung", "Pilot", "Pilotin", "Fahrer", "Fahrerin", "Team", "Sieg", "Meister",
    "Meisterschaft", "Rallye", "Wochenende", "Saison", "Klasse", "Cup", "Trophy", "Serie", "Series", "Prüfung", "Etappe",
    "Champion", "Sieger", "Siegerin", "Weltmeister", "Vizemeister", "Titelverteidiger", "Spitzenreiter", "Neuling", "Rookie",
}
_NOT_SURNAME = {
    "Beginn", "Anfang", "Platz", "Rang", "Pole", "Pole-Position", "Position", "Runde", "Start", "Startplatz",
    "Seiten", "Ende", "Schluss", "Spitze", "Führung",
}


@lru_cache(maxsize=1)
def _makes() -> frozenset[str]:
    from pipeline.lexicons import canonical_values

    return frozenset(canonical_values().get("MAKE", {}))


@lru_cache(maxsize=1)
def _makes_not_surnames() -> frozenset[str]:
    return _makes() - _SURNAME_LIKE_MAKES


def _make_word(word: str) -> bool:
    """A make alone or in the genitive ("Yamahas Nummer 1", "Audis"), unless it is also a surname."""
    makes = _makes_not_surnames()
    return word in makes or (word.endswith("s") and word[:-1] in makes)


@lru_cache(maxsize=1)
def _team_makes() -> frozenset[str]:
    """Makes that end a team's name joined to them ("Rebellion-Oreca"); not the short ones or those that are surnames."""
    return frozenset(m for m in _makes() if len(m) >= 4 and m not in _SURNAME_LIKE_MAKES)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """Three-letter country codes of the nationality lexicon ("ESP", "BRA"), as results tables write them after a name."""
    return frozenset(c for codes in speech().nationalities.values() for c in codes if len(c) == 3 and c.isupper())


def _glued(doc: Doc, j: int) -> bool:
    """Token j is an apostrophe glued to its neighbours ("O’Connell" tokenised as O ’ Connell)."""
    return (
        0 < j < len(doc) - 1
        and doc[j].text in _APOSTROPHES
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
    )


def _is_particle_start(doc: Doc, i: int, end: int) -> bool:
    return doc[i].text.lower() in _particles() and i + 1 < end and doc[i + 1].text[:1].isupper()


def _clean_pieces(doc: Doc, start: int, end: int, blocked: set[int]) -> list[tuple[int, int]]:
    """Split a PER candidate at '/', ',', 'und' and lowercase words; trim roles and titles; drop teams."""
    pieces: list[tuple[int, int]] = []
    cur = start
    for k in range(start, end + 1):
        at_end = k == end
        if not at_end and doc[k].text in _country_codes() and k > cur:
            # "9. Carlos Sainz ESP Toro Rosso 1:24,127": a results table's country code ends the name, the team follows
            pieces.append((cur, k))
            break
        if not at_end:
            t = doc[k].text
            if _glued(doc, k) or (t.endswith(tuple(_APOSTROPHES)) and len(t) <= 3 and not doc[k].whitespace_):
                continue
            inner_particle = t in _INNER_PARTICLES and k > start and doc[k - 1].text.lower() in {"van", "von", "de"}
            lower_word = t[:1].islower() and t.lower() not in _particles() and not inner_particle and not _ELIDED_PARTICLE.match(t)
            has_digit = any(ch.isdigit() for ch in t)
            # (a run of spaces is a table's column break: "Piquet Jr.   Piquet" is the driver and his team)
            if not (t in _SPLITTERS or lower_word or has_digit or doc[k].is_space or doc[k].is_punct and t not in _APOSTROPHES):
                continue
        if k > cur:
            pieces.append((cur, k))
        cur = k + 1
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        while s < e and not _is_particle_start(doc, s, e) and (
            not CAPWORD.match(doc[s].text)
            or doc[s].text in _NOT_NAME_WORDS
            or doc[s].text in _TITLES
            or _is_role_word(doc[s].text)
            or doc[s].text in speech().nationality_nouns
        ):
            s += 1
        while e > s and (
            doc[e - 1].text.lower() in _particles()
            or not (doc[e - 1].text[:1].isupper() or _ELIDED_PARTICLE.match(doc[e - 1].text))
            or (e - s > 1 and (_ordinal_noun(doc[e - 1].text) or _is_role_word(doc[e - 1].text) or (
                doc[e - 1].text in _NOT_NAME_WORDS
                # (not "Lorenzo Ferrari", "Mirco Haas": a known first name and a make as surname, nothing after it)
                and not (e - s == 2 and e == end and (
                    (doc[s].text in _known_names()[1] and doc[e - 1].text in _makes()) or (doc[e - 1].text in _NOUN_SURNAMES and doc[s].text not in _NOT_NAME_WORDS and not re.search(r"(?:er|es|em|en)$|^(?:Viel|Kein|Etwas|Mehr|Wenig)$", doc[s].text))
                ))
            )))
        ):
            e -= 1  # the model's right edge runs into the noun after a name: "Sebastian Vettel Sieger"
        if e - s >= 3 and e < len(doc) and (doc[e].text == "GP" or doc[e].text in _TEAM_WORDS):
            e -= 1  # ... or into a team: "Rubens Barrichello Brawn GP", "Nick Heidfeld Sauber Motorsport"
        if e - s == 1 and doc[s].is_sent_start and e < len(doc) and _ordinal_noun(doc[e].text) and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|es|e)", doc[s].text):
            continue  # "Starker Vierter war X": an adjective opening the sentence before a place, no name
        if e - s == 1 and doc[s].is_sent_start and doc[s].text in _ADJECTIVE_OPENERS and e + 1 < len(doc) and (
            (doc[e].text in {"war", "wurde", "ging", "blieb", "verlief", "ist", "wird"} and doc[e + 1].text == "es")
            or doc[e].text.startswith("umkämpft")
        ):
            continue  # "Eng war es im Kampf um Rang vier", "Hart umkämpft war der dritte Platz": an adjective, no name
        in_slash_list = (e < len(doc) and doc[e].text == "/") or (s > 0 and doc[s - 1].text == "/")
        while e - s > 1 and (e - 1) in blocked and not in_slash_list and not (e - 1 - s == 1 and doc[s].text in _known_names()[1]):
            e -= 1  # ... or into the team of a results table: "J. Button McLaren", "D. Ricciardo Toro Rosso"
            # (never down to a lone first name: "Calan Williams" is a driver, not the team)
        if e - s == 4 and doc[s].text in _known_names()[1] and doc[s + 2].text in _known_names()[1] and not any(
            doc[k].text.lower() in _particles() or doc[k].text in _INNER_PARTICLES for k in range(s, e)
        ) and " ".join(t.text for t in doc[s:e]) not in _known_names()[0]:
            # "verwies Jeffrey Schmidt Christian Engelhart (D) und ...": two names the model ran together
            out.extend([(s, s + 2), (s + 2, e)])
            continue
        if s >= e:
            continue
        if e - s == 1 and e < len(doc) and "-" in doc[e].text and doc[e].text[:1].isupper() and _is_role_word(doc[e].text):
            continue  # "Toro Rosso-Fahrer Pierre Gasly", "Red Bull-Teamchef": the first word of a team's name before its role
        # "Renger van der Zande": the model stopped at the particle; take the surname too
        k = e
        while k < len(doc) and (
            doc[k].text.lower() in _particles() or (k > e and doc[k].text in _INNER_PARTICLES)
        ):
            k += 1
        if k > e and k < len(doc) and CAPWORD.match(doc[k].text) and doc[k].text not in _NOT_NAME_WORDS and not _CODE.fullmatch(doc[k].text) and not (
            k in blocked
            or (doc[k].text.isupper() and len(doc[k].text) >= 2)  # "Renate Stepper von den MSF Berg": a club's letters
            or re.search(r"-(?:Motorsport|Racing|Team|Rennsport|Sport)$", doc[k].text)
            or (k + 1 < len(doc) and doc[k + 1].text in _TEAM_WORDS)
            or any(doc[i].text.lower() in _particles() for i in range(s, e))
        ):
            e = k + 1  # (not "Miloš Pavlović von Target Racing", "Connor de Philippi von Land-Motorsport": a team)
        # "Toni" tagged alone before "Vilander": a known first name takes the capitalised word after it
        if e - s == 1 and e < len(doc) and doc[s].text in _known_names()[1] and CAPWORD.match(doc[e].text) and doc[e].text not in _NOT_NAME_WORDS and e not in blocked and not _is_role_word(doc[e].text):
            e += 1
        # "Antti" untagged before a tagged "Buri": a known first name right before a lone surname belongs to it
        if e - s == 1 and s > 0 and doc[s - 1].text in _known_names()[1] and (s - 1) not in blocked and doc[s - 1].text not in _NOT_NAME_WORDS:
            s -= 1
        # "O ’ Connell": glue apostrophe names
        while e + 1 < len(doc) and _glued(doc, e) and doc[e + 1].text[:1].isupper():
            e += 2
        while s >= 2 and _glued(doc, s - 1) and doc[s - 2].text[:1].isupper():
            s -= 2
        words = [t.text for t in doc[s:e]]
        if any(w in _TEAM_WORDS for w in words) or (e < len(doc) and doc[e].text in _TEAM_WORDS):
            continue
        if any(part in _makes() for w in words for part in w.split("-")[1:]) or any(w in _NOT_SURNAME for w in words):
            continue
        if all(i in blocked for i in range(s, e)):
            continue
        if s > 0 and doc[s - 1].text in {"Preis", "GP", "Prix", "Rallye", "Rennen"} and words[0].lower() in _particles():
            continue  # "Großer Preis von Malaysia"
        if words[0] in {"Von", "Vom"} and (s == 0 or doc[s - 1].is_sent_start or doc[s].is_sent_start) and e - s == 2:
            continue  # "Von Getriebeproblemen geplagt, ...": a sentence opening, no "von" name
        if e - s == 1 and (
            words[0].split("-")[-1] in _COMPOUND_NOT_NAME and "-" in words[0]  # "DTM-Lauf", "Saison-Finale"
            or words[0].lower() in _particles()
            or _ordinal_noun(words[0])
            or len(words[0]) < 2
            or words[0].isupper() and len(words[0]) <= 4
            or re.search(r"(?:lich|ig|isch|bar|voll|los|sam|haft|bewusst|weise|pech|ung|heit|keit|schaft|tion|ismus|tät|kurs|strecke)$", words[0])
            # a make alone or in the genitive ("betonte Yamahas Nummer 1"), unless it is also a surname
            or _make_word(words[0])
        ):
            continue
        out.append((s, e))
    return out


def _ordinal_noun(word: str) -> bool:
    from pipeline.extract.numbers import parse_ordinal

    w = re.sub(r"^(?:Gesamt|Klassen|Tages|Lauf|Renn|Tabellen)", "", word)
    return parse_ordinal(w) is not None and not w[:1].isdigit()


@lru_cache(maxsize=4096)
def nationality_noun(word: str) -> str | None:
    """The nationality noun a word is, as the lexicon writes it: "Franzose", also declined ("Deutschen" -> "Deutsche")."""
    nouns = speech().nationality_nouns
    if word in nouns:
        return word
    return word[:-1] if word.endswith("n") and word[:-1] in nouns else None


def _is_role_word(word: str) -> bool:
    w = word.lower()
    lex = speech()
    if w in lex.driver_roles or w in lex.non_driver_roles:
        return True
    return any(w.endswith(r) for r in lex.non_driver_roles if len(r) >= 4) or any(
        w.endswith(r) for r in ("fahrer", "pilot", "pilotin", "fahrerin", "-sieger", "-meister", "weltmeister", "europameister", "rekordsieger", "mannschaft",
                                "-trio", "-duo", "-quartett", "kollege", "kollegen", "-junior", "-rookie", "-neuling", "-mann")
    )


def role_class(word: str) -> str | None:
    """'driver' / 'other' for a role noun ("Werksfahrer", "Porsche-Motorsportchef"), else None."""
    w = word.lower()
    lex = speech()
    for r in sorted(lex.non_driver_roles, key=len, reverse=True):
        if w == r or (len(r) >= 4 and w.endswith(r)):
            return "other"
    for r in sorted(lex.driver_roles, key=len, reverse=True):
        if w == r or (len(r) >= 5 and w.endswith(r) and (r not in {"meister", "sieger"} or w.endswith("-" + r))):
            return "driver"
    return None


def _person_spans(doc: Doc, gazetteer_blocks: set[int]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        found.extend(_clean_pieces(doc, ent.start, ent.end, gazetteer_blocks))
    return found


@lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], dict[str, int]]:
    """Known racing drivers (full names) and their first names, from the training name list."""
    from pipeline.lexicons import driver_nationalities, first_names, known_driver_names, known_driver_set

    firsts: dict[str, int] = dict.fromkeys(first_names(), 1)
    for n in known_driver_names():
        first = n.split()[0]
        firsts[first] = firsts.get(first, 0) + 1
    # the drivers whose nationality we know ("Mikel Azcona") lend their first names too, but not an initial ("E. J.
    # Viso": "Formel E. Antonio") or a word that is also a driver's surname ("F. Alonso Ferrari")
    listed = driver_nationalities()
    surnames = {n.split()[-1] for n in [*known_driver_names(), *listed]}
    for n in listed:
        first = n.split()[0]
        if not first.endswith(".") and first not in surnames and first not in firsts:
            firsts[first] = 1
    return known_driver_set() | frozenset(listed), firsts


def _name_pattern_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Names by form: a known first name followed by capitalised words ("Romain Dumas", "Johannes van Overbeek")."""
    full, firsts = _known_names()
    out: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i].text
        hyphen_first = "-" in tok and all(part in firsts for part in tok.split("-"))
        after_title = i > 0 and doc[i - 1].text in _TITLES and CAPWORD.match(tok) is not None
        if i in taken or (tok not in firsts and not hyphen_first and not after_title) or tok in _NOT_NAME_WORDS:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 4 and j not in taken:
            t = doc[j].text
            if t.lower() in _particles() and j + 1 < n and (
                (CAPWORD.match(doc[j + 1].text) and not _CODE.fullmatch(doc[j + 1].text)) or doc[j + 1].text in {"der", "den", "la", "le", "los"}
            ):
                j += 1
                continue
            if t in {"der", "den", "la", "le", "los"} and doc[j - 1].text.lower() in {"van", "von", "de"}:
                j += 1
                continue
            if CAPWORD.match(t) and t not in _NOT_NAME_WORDS and not _is_role_word(t) and not (t in firsts and j - i >= 2) and not _ordinal_noun(t):
                j += 1
                continue
            break
        # drop a trailing particle; require a surname
        while j > i + 1 and doc[j - 1].text.lower() in _particles():
            j -= 1
        if j > i + 1 and any(
            t.text in _TEAM_WORDS or (t.text.isupper() and len(t.text) <= 4) or any(p in _makes() for p in t.text.split("-")[1:])
            for t in doc[i + 1 : j]
        ):  # (a team's capitals, or a team-and-make compound: "im Marc VDS-BMW")
            i += 1
            continue
        if j > i + 1:
            name = " ".join(t.text for t in doc[i:j])
            plain = [t for t in doc[i + 1 : j] if t.text.lower() not in _particles() and t.text not in _INNER_PARTICLES]
            if name in full or len(plain) <= 1:
                out.append((i, j))
                i = j
                continue
        i += 1
    return out


_LIST_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}\s*[.):]|\d{1,2}\t|\d{1,2}[ \t]+\d{1,3}(?=[ \t]+[A-ZÄÖÜ]\.[ \t])|\d{1,2}(?=[ \t]+[A-ZÄÖÜ]\.(?:-[A-ZÄÖÜ]\.)?[ \t]?[A-ZÄÖÜ])|Platz \d{1,2}:?|Pos\.\s*\d{1,2}:?|P\d{1,2}:?)[ \t]+(?:Platz:?[ \t]+)?(?:\(\d{1,3}\)[ \t]*|#\d{1,3}[ \t]+)?",
    re.M,
)


# (also after a number's or a bracket's period: "Endstand: 1. Moreno 288 (Champion). 2. Lindqvist 271. 3. Okafor 240")
# (and after a spaced hyphen, agency style: "1. Aho/Lind (FIN) Skoda 2:51:10,4 Std. - 2. Moreau/Petit ... - 4.Berg/Holm")
# a list place glued to the name after it ("Ergebnis: ..., 4.Andreas Mikkelsen/Ola Floene"): the number's period right
# before a capitalised word, after a space or a list's comma (shared with the place runs of results.py)
GLUED_PLACE = r"(?<=[\s:,;]\d\.)(?=[A-ZÄÖÜ][a-zäöüß])|(?<=[\s:,;]\d\d\.)(?=[A-ZÄÖÜ][a-zäöüß])"
_INLINE_ITEM = re.compile(
    r"(?:^|(?<=[:,;–])|(?<=\d\.)|(?<=\)\.)|(?<=\s-))[ \t]*(\d{1,2})\.(?:[ \t]+(?:-[ \t]+)?|(?<=\s-[ \t]\d\.)|(?<=\s-[ \t]\d\d\.)|"
    + GLUED_PLACE + r")(?=[A-ZÄÖÜ])",
    re.M,
)


def _inline_run_items(text: str) -> list[int]:
    """Where the names of a classification run into one line start ("Startaufstellung: 1. Weber, 2. Stein, 3. Roth"):
    three or more ranks in steps of one after a colon, comma or dash; the offsets after the numbers."""
    out: list[int] = []
    run: list[re.Match[str]] = []
    for m in list(_INLINE_ITEM.finditer(text)) + [None]:
        if m is not None and run and int(m.group(1)) == int(run[-1].group(1)) + 1 and "\n" not in text[run[-1].end() : m.start()]:
            run.append(m)
            continue
        if len(run) >= 3:
            out += [r.end() for r in run]
        run = [m] if m is not None else []
    return out


def _list_line_spans(doc: Doc, spans: list[tuple[int, int]], blocked: set[int]) -> list[tuple[int, int]]:
    """Names at the start of classification lines, also bare surnames: '4. Prokop/Ernst (CZ/CZ), Ford ...'."""
    covered = {i for s, e in spans for i in range(s, e)} | blocked
    out: list[tuple[int, int]] = []
    starts = sorted({m.end() for m in _LIST_LINE.finditer(doc.text)} | set(_inline_run_items(doc.text)))
    for at in starts:
        span = doc.char_span(at, min(len(doc.text), at + 80), alignment_mode="contract")
        if span is None:
            continue
        names: list[tuple[int, int]] = []
        cur = span.start
        if re.fullmatch(r"[A-ZÄÖÜ]\.", span[0].text) and len(span) > 1 and CAPWORD.match(span[1].text):
            # table rows "1 94 P. Wehrlein TAG Heuer Porsche": an initial and one surname, the team follows
            end = span.start + 2
            while end < span.end and span.doc[end - 1].text.lower() in _particles():
                end += 1
            if not any(i in covered for i in range(span.start, end)):
                out.append((span.start, end))
                covered.update(range(span.start, end))
            continue
        for tok in span:
            if tok.text in {"/", "&"} or tok.text == "und":
                if tok.i > cur:
                    names.append((cur, tok.i))
                cur = tok.i + 1
                continue
            # ("21. Rio Haryanto IND Manor 1 Runde": a country code or a team's capitals end the name)
            caps_code = tok.i > cur and tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 3
            # ("3. Lewis Hamilton McLaren-Mercedes + 6,472": the make after a full name is the team's)
            make_after_name = tok.i - cur >= 2 and tok.text.split("-")[0] in _makes()
            # (a run of spaces is a column break: "6.  Premat       ART            +   12.985")
            if tok.text in {"(", ",", "–", "-", ".", ";"} or tok.is_space or tok.like_num or tok.text.startswith("+") or caps_code or make_after_name:
                if tok.i > cur:
                    # ("7. Rubens Barrichello Brawn GP + 10,641": the word before a team's "GP" is the team's)
                    team_tail = (caps_code or tok.text in _TEAM_WORDS) and tok.i - cur >= 3
                    names.append((cur, tok.i - 1 if team_tail else tok.i))
                break
            if re.fullmatch(r"[A-ZÄÖÜ]\.", tok.text) and tok.i == span.start:
                continue  # an initial: "P. Wehrlein"
            if not (CAPWORD.match(tok.text) or tok.text.lower() in _particles()) or tok.i in blocked:
                names = []
                break
        for s, e in names:
            if 1 <= e - s <= 4 and not any(i in covered for i in range(s, e)):
                out.append((s, e))
                covered.update(range(s, e))
    return out


def _cut_repeated_row_tails(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Table rows that write the team right after the name ("1. Sebastien Bourdais Newman Haas 1h 38:55.730",
    "2. Oriol Servia Newman Haas + 0.595"): the last words of a row's name that end another row's name too are
    the team's, when at least two words stay with the name."""
    row_starts = {m.end() for m in _LIST_LINE.finditer(doc.text)}
    firsts = _known_names()[1]
    covered = {i for a, b in spans for i in range(a, b)}
    cut: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in spans:
        if a > 0 and doc[a - 1].idx in row_starts and doc[a - 1].text in firsts and a - 1 not in covered:
            cut[(a, b)] = (a - 1, b)  # ("Sebastien" left out by the model before "Bourdais Newman Haas")
    rows = [cut.get((a, b), (a, b)) for a, b in spans if doc[cut.get((a, b), (a, b))[0]].idx in row_starts]
    if len(rows) < 2:
        return [cut.get(sp, sp) for sp in spans]
    words = {(a, b): [t.text for t in doc[a:b]] for a, b in rows}
    # the team cells after the names ("11. Cristiano da Matta Dale Coyne + 2 Runden": "Dale Coyne")
    cells: set[tuple[str, ...]] = set()
    for a, b in rows:
        k = b
        while k < len(doc) and k - b < 3 and CAPWORD.match(doc[k].text):
            k += 1
            cells.add(tuple(t.text for t in doc[b:k]))
    tails: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in rows:
        for k in (2, 1):
            tail = words[(a, b)][-k:]
            if not tail[0][:1].isupper() or doc[b - k - 1].text.lower() in _particles() | _INNER_PARTICLES:
                continue  # ("Kelvin van der Linde" and "Sheldon van der Linde": a surname with its particle)
            if b - a - k >= 2 and tuple(tail) in cells:
                tails[(a, b)] = (a, b - k)
                break
            # (the other row keeps two words of a name before the same tail: "Oriol Servia Newman", so "Bourdais
            # Newman" loses "Newman" too; never "Jan Magnussen" against "Kevin Magnussen")
            if b - a - k >= 1 and any(
                o != (a, b) and words[o][-k:] == tail and len(words[o]) - k >= 1 and max(len(words[o]), b - a) - k >= 2 for o in rows
            ):
                tails[(a, b)] = (a, b - k)
                break
    cut_words = {tuple(words[sp][e - sp[0] :]) for sp, (_a, e) in tails.items()}
    out = []
    for sp in spans:
        sp = cut.get(sp, sp)
        if sp not in words and tuple(t.text for t in doc[sp[0] : sp[1]]) in cut_words:
            continue  # ("Dale Coyne" after "Cristiano da Matta": the team cell found as a name of its own)
        out.append(tails.get(sp, sp))
    return out


_INITIAL_NAME = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\.[ ]?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?=[ ]?\()")


def _initial_spans(doc: Doc, spans: list[tuple[int, int]], blocked: set[int]) -> list[tuple[int, int]]:
    """Names as an initial and a surname with their team or gap in parentheses, in prose too: 'Die Top-10
    komplettieren N. Hülkenberg (Force India, +0:50.000) und D. Kwjat (Toro Rosso, +1 Runde)'."""
    covered = {i for s, e in spans for i in range(s, e)} | blocked
    out: list[tuple[int, int]] = []
    for m in _INITIAL_NAME.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None or span.start in covered:
            continue
        own = [(a, b) for a, b in spans if a == span.start + 1 and b == span.end]
        if own:
            spans.remove(own[0])  # ("D. Kwjat" found as "Kwjat": the initial belongs to it)
        elif any(i in covered for i in range(span.start, span.end)):
            continue
        out.append((span.start, span.end))
        covered.update(range(span.start, span.end))
    return out


_NAME_SUFFIX = r"(?:jr|Jr|jun|sen)\."  # "Hermann Gassner jr./Ursula Mayrhofer"
_SLASH_NAME = rf"[A-ZÄÖÜ][\w'’-]+(?:[ ][A-ZÄÖÜ][\w'’-]+)?(?:[ ]{_NAME_SUFFIX})?"
_SLASH_LIST = re.compile(rf"(?<![\w/]){_SLASH_NAME}(?:[ ]?/[ ]?{_SLASH_NAME}){{1,4}}(?![\w/])")


def _slash_list_spans(doc: Doc, spans: list[tuple[int, int]], blocked: set[int]) -> list[tuple[int, int]]:
    """Crews written as surnames with slashes ('Graf / Luhr / Pagenaud', 'Beche/Menezes/Laurent'): when one
    member is a name already, every member is one (never inside parentheses, where origins stand)."""
    covered = {i for s, e in spans for i in range(s, e)}
    out: list[tuple[int, int]] = []
    text = doc.text
    for m in _SLASH_LIST.finditer(text):
        opened = text.rfind("(", 0, m.start())
        if opened > text.rfind(")", 0, m.start()) and not (
            text[opened + 1 : m.start()].strip() == ""
            and re.search(r"(?:#\s?\d{1,3}|\b(?:Startnummer|Nummer|Nr\.)\s+\d{1,3})\s*$", text[:opened])
        ):
            continue  # "(Sulingen / Mehlingen)": origins; "der BMW #72 (Harper/Hesse/Weerts)": a car's crew
        items = []
        for im in re.finditer(r"[^/]+", m.group(0)):
            a, b = m.start() + im.start(), m.start() + im.end()
            while a < b and text[a] == " ":
                a += 1
            while b > a and text[b - 1] == " ":
                b -= 1
            b = a + len(re.sub(rf"\s+{_NAME_SUFFIX}$", "", text[a:b]))  # ("Hermann Gassner jr./Ursula Mayrhofer")
            sp = doc.char_span(a, b, alignment_mode="contract")
            if sp is None or len(sp) == 0:
                items = []
                break
            items.append((sp.start, sp.end))
        if items and items[-1][1] - items[-1][0] == 2 and items[-1][1] - 1 in blocked:
            items[-1] = (items[-1][0], items[-1][1] - 1)  # "Senna / Nato / Menezes Rebellion-Oreca": the table's team cell follows
        if len(items) < 2 or any(i in blocked for s, e in items for i in range(s, e)):
            continue
        if not any(any(i in covered for i in range(s, e)) for s, e in items) and not (
            len(items) >= 3 and all(e - s == 1 for s, e in items)
        ):
            continue  # two unknown words with a slash may be anything; three single words are a crew
        for s, e in items:
            inner = [(a, b) for a, b in spans if s <= a and b <= e and (a, b) != (s, e)]
            if e - s == 2 and len(inner) == 1 and inner[0] == (s + 1, e) and doc[s].text in _known_names()[1]:
                spans.remove(inner[0])  # ("Gassner jr./Ursula Mayrhofer" with "Mayrhofer" found alone): the first name belongs to it
                covered.discard(s + 1)
            if not any(i in covered for i in range(s, e)):
                out.append((s, e))
                covered.update(range(s, e))
    return out


def _surname_spans(doc: Doc, spans: list[tuple[int, int]], blocked: set[int]) -> list[tuple[int, int]]:
    """Later mentions by surname alone ("Dumas", "van Overbeek", genitive "Bernhards") of names found in full."""
    words = [t.text for t in doc]
    by_first: dict[str, list[list[str]]] = {}
    for s, e in spans:
        if e - s >= 2:
            _first, last = split_name(words[s:e])
            parts = last.split()
            by_first.setdefault(parts[0], []).append(parts)
            if parts[0].islower() and len(parts) > 1:  # "ten Voorde" also as "Ten Voorde" at a sentence start
                cap = [parts[0].capitalize()] + parts[1:]
                by_first.setdefault(cap[0], []).append(cap)
            if len(parts) == 1:
                for suffix in ("s", "'", "’"):
                    by_first.setdefault(parts[0] + suffix, []).append([parts[0] + suffix])
    if not by_first:
        return []
    covered = {i for s, e in spans for i in range(s, e)} | blocked
    out: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if word.endswith(".") and word[:-1] in by_first:
            word = word[:-1]  # "so Abt." — the sentence period stays on the token
            words[i] = word
        if i in covered or word not in by_first:
            continue
        for parts in sorted(by_first[word], key=len, reverse=True):
            n = len(parts)
            if words[i : i + n] == parts and not any(k in covered for k in range(i, i + n)):
                out.append((i, i + n))
                covered.update(range(i, i + n))
                break
    return out


def _extend_crews_by_pattern(doc: Doc, spans: list[tuple[int, int]], blocked: set[int] | None = None) -> list[tuple[int, int]]:
    """A name joined to a known name by 'und', ',' or '/' is a name too ("Timo Bernhard und Romain Dumas").

    Not after a parenthesis and a comma ("Sordo/Del Barrio (E/E), Citroën DS3 WRC": the car follows), and never
    a car, make or team ("VW Polo R WRC").
    """
    blocked = blocked or set()
    covered = {i for s, e in spans for i in range(s, e)}
    extra: list[tuple[int, int]] = []
    firsts = _known_names()[1]
    for s, e in spans:
        # to the right: "<name> und Vorname Nachname"
        j = e
        after_paren = False
        if j < len(doc) and doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - e < 8:
                j += 1
            j += 1
            after_paren = True
        if j + 2 < len(doc) and doc[j].text in {"und", ",", "/", "sowie"} and not (after_paren and doc[j].text == ","):
            k = j + 1
            n = k
            while n < len(doc) and (CAPWORD.match(doc[n].text) or doc[n].text.lower() in _particles()) and n - k < 4:
                if doc[n].text in _NOT_NAME_WORDS or _is_role_word(doc[n].text):
                    break
                n += 1
            words = [t.text for t in doc[k:n]]
            bad = (
                any(w in _TEAM_WORDS or any(ch.isdigit() for ch in w) or (w.isupper() and len(w) <= 4) for w in words)
                or any(i in blocked for i in range(k, n))
                or (words and words[0] not in firsts and any(part in _makes() for part in words[0].split("-")))
            )
            if n - k >= 2 and not bad and not any(i in covered for i in range(k, n)):
                extra.append((k, n))
                covered.update(range(k, n))
    return extra


# what may follow a driver's name on a line of its own in the voices after a race: "Martin Tomczyk (Audi Sport Team
# Abt / Audi A4 DTM #6)", "Nick Heidfeld:" (read by results, gaps and quotes)
NAME_LINE_REST = re.compile(r"\s*(?:\([^()\n]{0,100}\))?\s*:?\s*")
_WIN_OF = re.compile(r"\b[\w-]*(?:[Ss]ieg|[Ss]ieges|[Ee]rfolg|[Ee]rfolges|[Ee]rfolgs|[Tt]riumph|[Tt]riumphs|[Tt]riumphes)\s+(?:des|der)\s+(?:[\w-]+\s+){0,2}$")


def analyze(doc: Doc) -> Context:
    text = doc.text
    quotes = find_quote_regions(text)
    mask = [False] * (len(text) + 1)
    for q in quotes:
        for i in range(q.open, q.close + 1):
            mask[i] = True
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            paragraphs.append((pos, pos + len(block)))
        pos += len(block)
    if not paragraphs:
        paragraphs = [(0, len(text))]

    spans = []
    blocked_tokens: set[int] = set()
    for sp in doc.spans.get(SPANS_KEY, []):
        canonical = sp.id_.split(":", 1)[1] if sp.id_ and ":" in sp.id_ else sp.text
        if canonical.startswith("*"):
            # a name by form ("* Racing"): the text itself names it, without a leading "Team(s)" ("des Teams Phoenix Racing")
            canonical = re.sub(r"^(?:Teams?|Rennstalls?)\s+", "", sp.text)
        spans.append((sp.label_, canonical, sp.start_char, sp.end_char, sp.text))
        if sp.label_ in {"MAKE", "CAR", "SERIES", "VENUE", "CLASS", "TEAM"}:
            blocked_tokens.update(range(sp.start, sp.end))
    # "Rebellion-Oreca", "Signatech-Alpine", "McLaren-Mercedes": a team joined to its make in one word (results tables)
    makes = _team_makes()
    for tok in doc:
        parts = tok.text.split("-")
        if len(parts) >= 2 and parts[-1] in makes and parts[0][:1].isupper() and not _is_role_word(tok.text):
            blocked_tokens.add(tok.i)

    person_spans = _person_spans(doc, blocked_tokens)
    taken = {i for a, b in person_spans for i in range(a, b)} | blocked_tokens
    person_spans += _name_pattern_spans(doc, taken)
    person_spans += _extend_crews_by_pattern(doc, person_spans, blocked_tokens)
    person_spans += _list_line_spans(doc, person_spans, blocked_tokens)
    person_spans += _slash_list_spans(doc, person_spans, blocked_tokens)
    person_spans += _initial_spans(doc, person_spans, blocked_tokens)
    person_spans = _cut_repeated_row_tails(doc, person_spans)
    # "Miloš Pavlović von Target Racing": a particle before a team is no part of the name
    person_spans = [(a, b - 1) if b - a > 1 and doc[b - 1].text.lower() in _particles() else (a, b) for a, b in person_spans]
    # "Markus Winkelhock von Car Collection": "von" before two capitalised words is the team's, not the name's
    person_spans = [(a, b - 2) if _von_team(doc, a, b) else (a, b) for a, b in person_spans]
    person_spans += _surname_spans(doc, person_spans, blocked_tokens)
    # "am Sonntag in Hamilton", "nach Stavelot": a lone word after "in"/"nach" is a place, unless the release names
    # someone in full with it ("Lewis Hamilton")
    full_surnames = {doc[b - 1].text for a, b in person_spans if b - a >= 2}
    places = {
        doc[a].text for a, b in person_spans if b - a == 1 and a > 0 and doc[a - 1].text in {"in", "nach"} and doc[a].text not in full_surnames
    }  # (and the same lone word elsewhere in the text is that place too: "... zehn Sekunden hinter Hamilton")
    person_spans = [(a, b) for a, b in person_spans if not (b - a == 1 and doc[a].text in places)]
    person_spans.sort()

    mentions: list[Mention] = []
    for s, e in person_spans:
        start_char, end_char = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        while end_char > start_char and text[end_char - 1] in ".,;:":
            end_char -= 1
        toks = text[start_char:end_char].split()
        m = Mention(
            start=start_char,
            end=end_char,
            tokens=toks,
            sent=0,
            in_quote=mask[start_char],
            tok_start=s,
            tok_end=e,
            in_slash_crew=bool(re.search(r"/\s*$", text[max(0, start_char - 3) : start_char]) or re.match(r"\s*/", text[end_char : end_char + 3])),
        )
        # role word right before the name ("Porsche-Werksfahrer Timo Bernhard", "Teamchef X")
        r = s - 1
        while r >= 0 and doc[r].text in _TITLES:
            r -= 1
        # (a nationality declined before the name keeps its nominative: "für den Deutschen Sepp Wiegand" -> "Deutsche")
        nation = nationality_noun(doc[r].text) if r >= 0 else None
        if r >= 0 and (role_class(doc[r].text) or nation):
            m.role = nation or doc[r].text
        else:
            # apposition after the name: "Wolfgang Ullrich, Leiter von Audi Motorsport, ..."
            am = re.match(r"\s*,\s*(?:der\s+|die\s+|Audis\s+|BMWs\s+)?([A-ZÄÖÜ][\wäöüß\-]+)", text[doc[e - 1].idx + len(doc[e - 1].text) :])
            if am and role_class(am.group(1)) == "other":
                m.role = am.group(1)
            elif re.search(r"\b(?:Team|Rennstall|Mannschaft)\s+von\s*$", text[max(0, start_char - 25) : start_char]):
                m.role = "Teambesitzer"
        after = text[end_char : end_char + 60]
        om = _ORIGIN_PAREN.match(after)
        if om:
            inner = re.sub(r"^\d{1,2}\s*,\s*", "", om.group(1).strip())  # "(33, AUS)": age first
            first = re.split(r"\s*[/,]\s*", inner)[0].strip()
            if first and not _is_role_word(first) and _looks_like_origin(first):
                m.origin = first
        else:
            om = _ORIGIN_AUS.match(after)
            if om:
                m.origin = om.group(1)
        mentions.append(m)
    # "Florian Thoma (Engstler) im VW": a name in parentheses right after a driver's is the team, no driver
    mentions = [
        m for k, m in enumerate(mentions)
        if not (
            k > 0
            and re.fullmatch(r"\s*\(\s*", text[mentions[k - 1].end : m.start])
            and re.match(r"\s*\)", text[m.end : m.end + 3])
        )
    ]
    mentions = _shared_surname_mentions(doc, text, mask, mentions)
    for m in mentions:
        for i, (s, e) in enumerate(sentences):
            if s <= m.start < e:
                m.sent = i
                break

    persons = _group_persons(mentions, len(text.rstrip()))
    _first_name_mentions(doc, text, mask, mentions, persons, sentences)
    for m in mentions:
        if _WIN_OF.search(text, max(0, m.start - 60), m.start):
            m.genitive = True  # "beim Sieg des Briten Sam Bird": the owner of the win, not a subject
        elif re.match(r"['’´]\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]", text[m.end : m.end + 30]) and m.tokens[-1][-1:] in {"s", "x", "z", "ß"}:
            m.genitive = True  # "vor Farfus' Teamkollegen Jörg Müller": the owner of the noun after it
    crews = _find_crews(doc, text, mentions, sentences)
    ctx = Context(
        doc=doc,
        text=text,
        sentences=sentences,
        paragraphs=paragraphs,
        quotes=quotes,
        quote_mask=mask,
        mentions=mentions,
        persons=persons,
        crews=crews,
        spans=spans,
    )
    return ctx


_SIBLING_FIRST = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéèáíóúñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáíóúñ]+)?)\s+(?:und|&)\s+$")


def _shared_surname_mentions(doc: Doc, text: str, mask: list[bool], mentions: list[Mention]) -> list[Mention]:
    """'Michael und Markus Stanggassinger', 'Louis und Lenja Tebbe': a first name joined by 'und' to a full name shares
    its surname (brothers, sisters, father and son) and is a person of its own."""
    _, firsts = _known_names()
    # (a word that is someone's surname or the first name of someone named in full is that one: "Maximilian Günther",
    # "Günther und Stoffel Vandoorne"; "Ralf Schumacher", "Bruder Ralf und Juan Pablo Montoya")
    named = {t for x in mentions if len(x.tokens) >= 2 for t in (x.tokens[0], x.tokens[-1])}
    added: list[Mention] = []
    for m in mentions:
        if len(m.tokens) < 2:
            continue
        sm = _SIBLING_FIRST.search(text, max(0, m.start - 40), m.start)
        if sm is None or sm.group(1) not in firsts or sm.group(1) in _NOT_NAME_WORDS or sm.group(1) in named:
            continue
        first, last = split_name(m.tokens)
        if first is None or first == sm.group(1) or " " in first:
            continue
        covering = [x for x in mentions if x.start <= sm.start(1) < x.end]
        if covering:
            if len(covering[0].tokens) == 1 and covering[0].start == sm.start(1) and covering[0].end == sm.end(1):
                covering[0].tokens = [sm.group(1), *last.split()]  # (the lone first name the model found)
            continue
        word = doc.char_span(sm.start(1), sm.end(1))
        if word is None:
            continue
        added.append(
            Mention(
                start=sm.start(1),
                end=sm.end(1),
                tokens=[sm.group(1), *last.split()],
                sent=0,
                in_quote=mask[sm.start(1)],
                tok_start=word.start,
                tok_end=word.end,
            )
        )
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _looks_like_origin(value: str) -> bool:
    """'D', 'GB', 'Dittweiler', 'Frankreich', 'Bruchmühlbach-Miesau' — not a team or make ('Mahindra', 'DS Virgin')."""
    from pipeline.lexicons import canonical_values

    if re.fullmatch(r"[A-Z]{1,3}", value):
        return True
    words = value.split()
    if len(words) > 2 or any(w[:1].islower() for w in words):
        return False
    table = canonical_values()
    makes_teams = set(table.get("MAKE", {})) | set(table.get("TEAM", {})) | set(table.get("CAR", {}))
    parts = [p for w in words for p in w.split("-")]
    if value in makes_teams or any(w in makes_teams for w in words + parts) or any(w in _TEAM_WORDS for w in words):
        return False
    return True


def _first_name_mentions(doc: Doc, text: str, mask, mentions: list[Mention], persons: list[Person], sentences) -> None:
    """'bemerkte Luca', 'Jean-Karl und Luca': a first name alone stands for the one person of the text with it."""
    # a surname-only person whose first name the text uses on its own ("Vernay" ... "sagte Jean-Karl"):
    # complete it when exactly one known driver has that first name and surname
    words = {t.text for t in doc}
    known = _known_names()[0]
    for p in persons:
        if p.first_name is None and " " not in p.last_name:
            fulls = [n for n in known if n.endswith(" " + p.last_name) and n.rsplit(" ", 1)[0] in words]
            if len(fulls) == 1 and not any(q.first_name == fulls[0].rsplit(" ", 1)[0] for q in persons):
                p.first_name, p.name = fulls[0].rsplit(" ", 1)[0], fulls[0]
    by_first: dict[str, list[int]] = {}
    for i, p in enumerate(persons):
        if p.first_name and " " not in p.first_name:
            by_first.setdefault(p.first_name, []).append(i)
    unique = {f: ps[0] for f, ps in by_first.items() if len(ps) == 1}
    if not unique:
        return
    covered = {k for m in mentions for k in range(m.tok_start, m.tok_end)}
    for tok in doc:
        if tok.i in covered or tok.text not in unique:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and CAPWORD.match(nxt.text) and nxt.text not in _NOT_NAME_WORDS:
            continue  # a first name before another name: someone else
        start, end = tok.idx, tok.idx + len(tok.text)
        m = Mention(start=start, end=end, tokens=[tok.text], sent=0, in_quote=mask[start], tok_start=tok.i, tok_end=tok.i + 1)
        for si, (s, e) in enumerate(sentences):
            if s <= start < e:
                m.sent = si
                break
        m.person = unique[tok.text]
        persons[m.person].mentions.append(m)
        mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    for p in persons:
        p.mentions.sort(key=lambda m: m.start)


def _spelling_variant(a: str, b: str, min_len: int) -> bool:
    """Two spellings of one name that differ by one letter ("Niki"/"Nicki", "Gröhnholm"/"Grönholm"), same initial."""
    fa, fb = fold(a), fold(b)
    return fa != fb and min(len(fa), len(fb)) >= min_len and fa[:1] == fb[:1] and Levenshtein.distance(fa, fb) == 1


def _short_first_name(a: str, b: str) -> bool:
    """One first name is the other's short form: "Maxi" / "Maximilian", "Alex" / "Alexander", "Chris" / "Christopher"."""
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return len(short) >= 4 and len(long_) - len(short) >= 3 and long_.startswith(short)


def _part_of_first_names(a: str, b: str) -> bool:
    """One form gives the other's first names in part: "Jan Lukas" / "Jan", "Antonio Felix" / "Felix"."""
    short, long_ = sorted((fold(a).split(), fold(b).split()), key=len)
    return 1 <= len(short) < len(long_) and (long_[: len(short)] == short or long_[-len(short) :] == short)


def _group_persons(mentions: list[Mention], text_end: int | None = None) -> list[Person]:
    """Unify mentions into persons: full forms by surname; single tokens attach by surname or first name.
    ``text_end``: where the text stops; a name cut off there ("Niclas Kenteni") is the one named in full before."""
    persons: list[Person] = []
    by_last: dict[str, list[int]] = {}
    multi = sorted((m for m in mentions if len(m.tokens) >= 2), key=lambda m: (m.in_quote, m.start))
    full_forms = {fold(" ".join(m.tokens)) for m in multi}
    lasts = {x.tokens[-1] for x in multi}
    full_forms_last = {m.tokens[-1] for m in multi if m.tokens[0] not in lasts}  # (the surnames of forms that open with a first name)
    for m in multi:
        if m.tokens[-1].endswith("s") and fold(" ".join(m.tokens)[:-1]) in full_forms:
            m.tokens = m.tokens[:-1] + [m.tokens[-1][:-1]]  # genitive "Timo Bernhards Porsche"
            m.genitive = True
        if len(m.tokens) == 2 and m.tokens[1] not in full_forms_last and m.tokens[0] not in _known_names()[1]:
            # "bot Bryan Bouffier Kajetanowicz Paroli": a driver's surname, named in full before, and a noun after it
            owner = [i for i, p in enumerate(persons) if p.first_name and fold(p.last_name) == fold(m.tokens[0])]
            if len(owner) == 1:
                m.tokens = m.tokens[:1]
                m.end = m.start + len(m.tokens[0])
                m.person = owner[0]
                persons[owner[0]].mentions.append(m)
                continue
        first, last = split_name(m.tokens)
        key = fold(last)
        candidates = by_last.get(key, [])
        if not candidates and first:
            # "Sascha Maasen" once for "Sascha Maassen": the same first name, the surname misspelt by one letter
            candidates = [
                pi for k2, pis in by_last.items() if _spelling_variant(k2, key, 5) for pi in pis
                if fold(persons[pi].first_name or "") == fold(first)
            ]
        if not candidates and first and text_end is not None and m.end >= text_end and len(key) >= 4:
            # the excerpt stops inside the name: "... berichtete Niclas Kenteni" for Niclas Kentenich
            candidates = [
                pi for k2, pis in by_last.items() if k2.startswith(key) and k2 != key for pi in pis
                if fold(persons[pi].first_name or "") == fold(first)
            ]
        target = None
        whole = fold(" ".join(m.tokens))
        same_last = [i for i, p in enumerate(persons) if fold(p.last_name) == whole]
        if first is None and not same_last and not candidates:
            # "da Costa" for "Félix da Costa": the tail of one compound surname named before
            same_last = [i for i, p in enumerate(persons) if fold(p.last_name).endswith(" " + whole)][:2]
            same_last = same_last if len(same_last) == 1 else []
        if first is None or same_last:
            # "di Grassi", "Pérez Companc": a surname alone, for a person already named in full
            pool = same_last or candidates
            if pool:
                target = pool[-1]
                m.person = target
                persons[target].mentions.append(m)
                continue
        for pi in candidates:
            p = persons[pi]
            if p.first_name and first and (
                fold(p.first_name) == fold(first)
                or _spelling_variant(p.first_name, first, 4)  # "Niki" / "Nicki" Thiim in one release
                or _short_first_name(p.first_name, first)  # "Maxi" / "Maximilian" Götz
                or _part_of_first_names(p.first_name, first)  # "Jan Lukas" / "Jan", "Antonio Felix" / "Felix"
                or (re.fullmatch(r"[A-ZÄÖÜ]\.", first) and fold(p.first_name)[:1] == fold(first)[:1])
                or (re.fullmatch(r"[A-ZÄÖÜ]\.", p.first_name) and fold(first)[:1] == fold(p.first_name)[:1])
            ):
                target = pi
                if re.fullmatch(r"[A-ZÄÖÜ]\.", p.first_name) and not re.fullmatch(r"[A-ZÄÖÜ]\.", first):
                    p.first_name, p.name = first, " ".join(m.tokens)  # the fuller form names the driver
                break
        if target is None and first and len(candidates) == 1 and persons[candidates[0]].first_name is None:
            # "Ten Voorde" at a sentence start, "Larry ten Voorde" later: the full form names the same driver
            target = candidates[0]
            persons[target].first_name, persons[target].last_name, persons[target].name = first, last, " ".join(m.tokens)
        if target is None and candidates and (m.in_quote or all(x.in_quote for x in persons[candidates[0]].mentions)):
            target = candidates[0]  # a nickname inside a quote ("Dindo Capello") for the same surname
        if target is None:
            persons.append(Person(name=" ".join(m.tokens), first_name=first, last_name=last))
            target = len(persons) - 1
            by_last.setdefault(key, []).append(target)
        m.person = target
        persons[target].mentions.append(m)
    for m in mentions:
        if m.person is not None:
            continue
        tok = m.tokens[0]
        base = tok[:-1] if tok.endswith("s") and fold(tok[:-1]) in by_last else tok
        m.genitive = base != tok
        key = fold(base)
        target = None
        if key in by_last and len(by_last[key]) == 1:
            target = by_last[key][0]
        elif key in by_last:
            # two persons share the surname (brothers): the one named most recently
            earlier = [
                (x.start, pi) for pi in by_last[key] for x in persons[pi].mentions if x.start < m.start
            ]
            target = max(earlier)[1] if earlier else by_last[key][0]
        if target is None and key not in by_last:
            # "Gröhnholm" once for "Grönholm": a long surname misspelt by one letter
            near = {pi for k2, pis in by_last.items() if _spelling_variant(k2, key, 8) for pi in pis}
            if len(near) == 1:
                target = near.pop()
        if target is None:
            # "Costa" for "da Costa", "Grassi" for "Di Grassi"
            # (also genitive: "ten Voordes" -> "ten Voorde")
            tails = [i for i, p in enumerate(persons) if " " in p.last_name and fold(p.last_name.split()[-1]) in {key, key[:-1] if key.endswith("s") else key}]
            if len(tails) == 1:
                target = tails[0]
        else:
            firsts = [i for i, p in enumerate(persons) if p.first_name and fold(p.first_name) == key]
            if len(firsts) == 1:
                target = firsts[0]
        if target is None and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}[iy]", tok):
            # a nickname ("Schumi", "Rocky") that begins the surname of a driver named in full
            stem = fold(tok[:-1])
            owners = [
                i for i, p in enumerate(persons)
                if p.first_name and fold(p.last_name).startswith(stem) and len(p.last_name) - len(stem) >= 3
            ]
            earlier = [(x.start, pi) for pi in owners for x in persons[pi].mentions if x.start < m.start]
            if len(owners) == 1:
                target = owners[0]
            elif earlier:
                target = max(earlier)[1]  # ("Schumi" with Michael and Ralf Schumacher in the field): the one named last
            elif owners:
                continue
        if target is None:
            from pipeline.lexicons import first_names

            if (tok in first_names() and not m.in_slash_crew) or tok in _NOT_NAME_WORDS:
                continue  # a bare first name we cannot resolve is no person of its own (in "Bernhard / Dumas" it is a surname)
            persons.append(Person(name=tok, first_name=None, last_name=tok))
            target = len(persons) - 1
            by_last.setdefault(key, []).append(target)
        m.person = target
        persons[target].mentions.append(m)
    mentions[:] = [m for m in mentions if m.person is not None]
    for p in persons:
        p.mentions.sort(key=lambda m: m.start)
        for m in p.mentions:
            if m.role:
                p.roles.append(m.role)
            if m.origin and not p.origin:
                p.origin = m.origin
    return persons


_CREW_JOIN = re.compile(
    r"\s*(?:,|und|/|sowie|&|,\s*und|(?:,\s*)?(?:zusammen|gemeinsam) mit(?: (?:seinem |ihrem )?(?:Beifahrer|Copilot|Co-Pilot|Teamkollegen))?|mit|"
    r"mit (?:seinem |ihrem )?(?:Beifahrer|Copilot|Co-Pilot|Teamkollegen|Partner)|"
    r"(?:,\s*)?und (?:seine[nm]?|ihre[nm]?|sein|ihr|die) (?:\w+e[nr]?\s+)?(?:Teamkollegen|Teamkollege|Partner|Fahrerkollegen|Copiloten|"
    r"Co-Pilot|Copilot|Copilotin|Beifahrer|Beifahrerin|Navigatorin|Partnerin|Teamkollegin|Teamkolleginnen|Markenkollegen)(?:\s+\w+)?|"
    r"und (?:Beifahrer|Beifahrerin|Copilot|Copilotin|Co-Pilot|Navigator)|"  # "Andreas Mikkelsen und Beifahrer Torstein Eriksen"
    r"\s*(?:teilte[n]?|teilt|teilen) sich (?:das|den|die) (?:Cockpit|Auto|Wagen|Steuer|Fahrzeug|Arbeit|Fahrzeit) mit)\s*"
)


_POSSESSIVE_OF_OTHER = re.compile(
    r"[sß’']\s+(?:[\w-]*(?:[Kk]ollegen?|[Gg]efährte[n]?|[Pp]artner|Landsmann|[Tt]eamkamerad(?:en)?|Bruder|Vater|Sohn|"
    r"Nachfolger|Vorgänger|Ersatzmann|Beifahrer(?:in)?|Copilot(?:in)?|Rivale[n]?|Verfolger))\s+[A-ZÄÖÜ][\w'-]+"
)


def _nationality_join(between: str) -> bool:
    """ "Christopher Haase (Kulmbach), der Franzose Jules Gounon und Markus Winkelhock": a nationality before a name in
    an enumeration ("," counts as a comma, "und" as "und")."""
    m = re.fullmatch(r"\s*(,|,?\s*und)\s+(?:der|die|dem|den)\s+([\w-]+)\s*", between)
    return bool(m) and m.group(2) in speech().nationality_nouns


def _paren_makes(text: str, group: list[Mention]) -> list[str | None]:
    """The make named in the parenthesis right after each mention ("Rainer Aus (Mitsubishi)"), else None."""
    out: list[str | None] = []
    for m in group:
        pm = re.match(r"\s*\(([^()]{0,40})\)", text[m.end : m.end + 44])
        words = re.findall(r"[\w-]+", pm.group(1)) if pm else []
        out.append(next((w for w in words if w in _makes()), None))
    return [x for x in out if x is not None] if all(x is not None for x in out) else []


_TWO_CARS_OF = re.compile(r"\b(?:[Dd]ie|den|der)\s+beiden\s+(?:[\w-]+\s+){1,3}?von\s+$")


def _find_crews(doc: Doc, text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Crew]:
    """Group mentions joined only by ',', 'und', '/', 'sowie', '&' (and origin parentheses) into crews."""
    crews: list[Crew] = []
    # "Auers Markenkollege Robert Wickens", "Vettels Teamkollege Mark Webber": the possessive names another driver
    ordered = sorted((m for m in mentions if not _POSSESSIVE_OF_OTHER.match(text, m.end - 1)), key=lambda m: m.start)
    i = 0
    while i < len(ordered):
        group = [ordered[i]]
        j = i + 1
        while j < len(ordered):
            prev, cur = group[-1], ordered[j]
            between = text[prev.end : cur.start]
            if re.search(r"\(\s*(?:(?:Platz|Rang|Position)\s+\d|P\d|\d{1,2}\.\s*(?:Platz|Rang)?\s*[)/,]|\+\s?\d{1,3}(?::\d\d)?[,.]\d)", between):
                between = "|"  # "Meier (Rang 18) und Krause (Rang 21)", "A (+1:56,6) und B (+2:10,0)": each with his own place or time
            between = re.sub(r"\([^()]{0,40}\)", "", between)
            between = re.sub(rf"^\s+{_NAME_SUFFIX}(?=\s*/)", "", between)  # ("Hermann Gassner jr./Ursula Mayrhofer")
            if cur.sent == prev.sent and (_CREW_JOIN.fullmatch(between) or _nationality_join(between)):
                group.append(cur)
                j += 1
            else:
                break
        joiners = [
            re.sub(r"\([^()]{0,40}\)", "", text[a.end : b.start]).strip() for a, b in zip(group, group[1:])
        ]
        # "A, B machte ...": commas alone are a clause boundary; an enumeration ends with "und"
        joiners = ["," if _nationality_join(jn) and jn.startswith(",") else jn for jn in joiners]
        if joiners and all(jn == "," for jn in joiners):
            groups = [[m] for m in group]
        elif "/" in joiners and any(jn != "/" for jn in joiners):
            # "Bernhard/Webber und Lotterer/Tréluyer": the slashes tie a crew, the rest lists cars
            groups = [[group[0]]]
            for m, jn in zip(group[1:], joiners):
                if jn == "/":
                    groups[-1].append(m)
                else:
                    groups.append([m])
        elif len(group) >= 2 and len(set(_paren_makes(text, group))) == len(group):
            # "Kajetanowicz (Ford) und Aus (Mitsubishi)": each in a car of another make, so not one crew
            groups = [[m] for m in group]
        elif len(group) == 2 and joiners == ["und"] and _TWO_CARS_OF.search(text, max(0, group[0].start - 60), group[0].start):
            # "Dahinter folgten die beiden Ivecos von Steffi Halm und André Kursim": two cars, one name each
            groups = [[m] for m in group]
        else:
            groups = [group]
        for g in groups:
            persons = []
            # "X gewann mit Beifahrer Y": the co-driver belongs to the crew though not adjacent
            for m2 in ordered:
                if m2.sent == g[0].sent and m2 not in g and m2.start > g[-1].end and re.search(
                    r"\bmit (?:seinem |ihrem )?(?:Beifahrer|Beifahrerin|Copilot|Co-Pilot|Navigator|Copiloten)\s*$",
                    text[max(g[-1].end, m2.start - 40) : m2.start],
                ) and len(g) == 1:
                    g = g + [m2]
            for m in g:
                if m.person is not None and m.person not in persons:
                    persons.append(m.person)
            crews.append(Crew(persons=persons, start=g[0].start, end=g[-1].end, sent=g[0].sent, mentions=g))
        i = j
    return _join_teammates(text, crews)


# "X und Y wurden gemeinsam mit Z Fünfte", "Sandström und seine Teamkollegen Mies und Stippler", "X fuhr mit seinen
# Teamkollegen A und B auf Platz sechs": the names after the phrase share the car with the ones before it
_TEAMMATES_BETWEEN = re.compile(
    r"(?:[^,.;:()]{0,80}?\s)?(?:(?:gemeinsam|zusammen)\s+mit\s+(?:(?:seinen|seinem|ihren|ihrem|den|dem)\s+)?(?:[\w-]+\s+){0,2}?|"
    r"an\s+der\s+Seite\s+(?:von|des|der|seiner|seines|ihrer|ihres)\s+(?:[\w-]+\s+){0,2}?|"
    r"(?:mit|und)\s+(?:seinen|seinem|seiner|ihren|ihrem|ihrer|den)\s+(?:[\w-]+\s+)?(?:Team-?[Kk]olleg(?:en|innen)|Fahrerkolleg(?:en|innen)|"
    r"Teampartnern?|Partnern?|Mitstreitern?|Copiloten|Co-Piloten)\s+)"
)
_NOT_TEAMMATES = re.compile(r"\b(?:Kampf|Duell|Zweikampf|gegen|hinter|vor|Rivalen?|Konkurrenten?|Verfolgern?)\b")


def _join_teammates(text: str, crews: list[Crew]) -> list[Crew]:
    out: list[Crew] = []
    for c in crews:
        prev = out[-1] if out else None
        between = text[prev.end : c.start] if prev is not None else ""
        if (
            prev is not None and prev.sent == c.sent and 2 <= len(prev.persons) + len(c.persons) <= 4
            and _TEAMMATES_BETWEEN.fullmatch(between) and not _NOT_TEAMMATES.search(between)
        ):
            persons = prev.persons + [p for p in c.persons if p not in prev.persons]
            out[-1] = Crew(persons=persons, start=prev.start, end=c.end, sent=prev.sent, mentions=prev.mentions + c.mentions)
            continue
        out.append(c)
    return out
