"""Quotes and their speakers.

Attribution patterns (German word order):
- after:   „…“, sagte X.  /  „…“, so X.  /  „…“, meinte der Porsche-Motorsportchef.
- before:  X sagte: „…“  /  X: „…“  /  Für X war klar: „…“
- between: „A“, sagte X. „B“  -> B inherits X (two records, same speaker)
- continued: a quote whose paragraph ends unclosed and the next paragraph opens again.
Speakers named by role or pronoun are resolved to the person the document names elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.context import NAME_LINE_REST, Context, Mention, fold, nationality_noun, role_class
from pipeline.lexicons import driver_nationalities, known_driver_set, speech

_PRONOUNS = {"er", "sie"}
_ROLE_PHRASE = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|des|dem|ein|eine|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre)\s+"
    r"(?:(?:[a-zäöüß]+e[nrs]?|\d+-[jJ]ährige[nr]?|\d+\s+Jahre\s+alte[nr]?)\s+(?:(?:und\s+)?[a-zäöüß]+e[nrs]?\s+)?)?"  # ("der 39 Jahre alte Däne")
    r"(?:[A-Z]{2,4}\s+(?=[A-ZÄÖÜ][a-zäöüß]))?"  # ("so der BP Ford-Pilot": a sponsor's letters before the role)
    r"([A-ZÄÖÜ][\wäöüß\-]+|\d+-[jJ]ährige[nr]?)"
)
_PARTNER_WORDS = {"Teamkollege", "Teamkollegin", "Partner", "Copilot", "Co-Pilot", "Beifahrer", "Stallgefährte", "Fahrerkollege"}


@dataclass
class QuoteRecord:
    text: str
    start: int
    end: int
    speaker: int | None  # person index
    speaker_role: str | None
    cue: str | None
    rule: str


_ABBREV = re.compile(r"(?:\b(?:Dr|Prof|Dipl|Ing|St|Nr|Mr|Mrs|Jr|Sr|bzw|ca|vgl|z\.B|u\.a)|\b[A-ZÄÖÜ])$")


def _attribution_end(text: str, pos: int) -> int:
    """End of the attribution after a quote: the next sentence end (not after 'Dr.' or an initial), paragraph or quote mark."""
    skip_to = pos
    for m in re.finditer(r"[.!?]|\n\s*\n|[„“\"»«]", text[pos:]):
        k = pos + m.start()
        if k < skip_to:
            continue
        if text[k] == "." and _ABBREV.search(text[max(pos, k - 6) : k]):
            continue
        nick = _NICKNAME.match(text, k) if text[k] in "„“\"»«" else None
        if nick is not None:
            skip_to = nick.end()  # 'sagte "Super-Seb" Loeb': a nickname before the name, not the next quote
            continue
        return k
    return len(text)


_NICKNAME = re.compile(r"[„“\"»«][\w'’ .-]{2,25}[“”\"«»](?=\s+[A-ZÄÖÜ][\w-]+)")


def _cue_in(stretch: str) -> str | None:
    verbs = set(speech().reporting_verbs)
    for w in re.findall(r"[\wäöüÄÖÜß]+", stretch):
        if w.lower() in verbs and w.lower() not in {"war", "ist", "gab", "gibt", "zog", "zieht", "stellte", "stellt", "zeigte", "zeigt", "fand", "findet"}:
            return w
    return None


def _is_speech(ctx: Context, q) -> bool:
    """Direct speech, not a title or slogan in quote marks („70 Jahre Porsche Sportwagen“)."""
    content = ctx.text[q.start : q.end].strip()
    if not content:
        return False  # „“: empty quote marks
    words = len(content.split())
    after = ctx.text[q.close + 1 : q.close + 60]
    before = ctx.text[max(0, q.open - 3) : q.open]
    attributed = bool(re.match(r"\s*[,!?–—]", after)) or before.rstrip().endswith(":")
    if re.match(r"\s*[,!?–—-]?\s*(?:so|sagte|sagt|meinte|erklärte|jubelte|strahlte|freute)\b", after):
        return True  # „Unglaublich“, so Sieger Lucas Auer.
    if words <= 4 and content[-1:] not in ".!?…" and re.search(
        r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|im|am|zum|zur|vom|beim|sogenannte[nmr]?|so genannte[nmr]?)\s*"
        r"(?:(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß-]+\s*)?$",  # ("auf der berühmten Sprungkuppe "Colin's Crest"": its name)
        ctx.text[max(0, q.open - 45) : q.open],
    ):
        return False  # "auf der letzten Prüfung, der «Power Stage», Kris Meeke": a name after an article, no speech
    if words <= 3 and all(w[:1].isupper() for w in content.split()) and not re.search(r"[.!?,;:…]", content) and re.search(
        r"(?:,|\bund|\bsowie)\s*$", ctx.text[max(0, q.open - 8) : q.open]
    ):
        return False  # "gegen Daniela Schmid, „Christopher Tiger“, Roland Botor": a driver's pseudonym in a list of names
    if not q.closed:
        return words >= 4
    if words >= 8 or (words >= 3 and (content[-1:] in ".!?…" or attributed)):
        return True
    return attributed and words >= 2


_WINNER_WORDS = {"sieger": ("race", 1), "siegerin": ("race", 1), "gewinner": ("race", 1), "rennsieger": ("race", 1),
                 "gesamtsieger": ("race", 1), "polesetter": ("qualifying", 1), "pole-setter": ("qualifying", 1),
                 "polesitter": ("qualifying", 1), "champion": ("championship", 1), "weltmeister": ("championship", 1),
                 "meister": ("championship", 1), "titelträger": ("championship", 1), "vizemeister": ("championship", 2),
                 "zweitplatzierte": ("race", 2), "drittplatzierte": ("race", 3)}
# nouns in -er after an article that describe no person ("hieß es aus dem Lager")
_NOT_DEMONYM = {"Lager", "Wagen", "Fahrer", "Leader", "Sommer", "Winter", "Rennfahrer", "Zuschauer", "Partner", "Computer",
                "Hersteller", "Veranstalter", "Teamrechner", "Finger", "Fehler", "Vorsprung", "Monitor", "Sender", "Meter"}


@lru_cache(maxsize=1)
def _nation_index() -> tuple[dict[str, str], dict[str, str | None]]:
    """Well-known drivers' nationality nouns by folded full name, and by folded surname (None where drivers of one
    surname are of different nations)."""
    by_name: dict[str, str] = {}
    by_surname: dict[str, str | None] = {}
    for name, noun in driver_nationalities().items():
        by_name.setdefault(fold(name), noun)
        words = [w for w in name.split() if not w.endswith(".")]  # (not "jr.")
        last = fold(words[-1]) if words else fold(name)
        by_surname[last] = noun if by_surname.get(last, noun) == noun else None
    return by_name, by_surname


def _nation_of(name: str) -> str | None:
    """The nationality noun of a well-known driver named in full ("Marc Marquez" as "Marc Márquez") or by the surname
    alone ("Quartararo")."""
    by_name, by_surname = _nation_index()
    key = fold(name)
    if key in by_name:
        return by_name[key]
    return by_surname.get(key) if len(name.split()) == 1 else None


def _resolve_role(ctx: Context, role: str, before: int) -> int | None:
    """'Porsche-Motorsportchef' / 'Franzose' / 'Sieger' -> the person the text names with that role."""
    r = fold(role)
    hit = _WINNER_WORDS.get(r)
    if hit:
        held = [res for res in ctx.results_so_far if (res.session, res.position) == hit and res.persons]
        if hit[0] == "championship" and len({res.persons[0] for res in held}) > 1:
            # ("sagte der neue Champion", with a headline's standing or another series' champion told too): the one told
            # winning the title, named in this paragraph or the one before; else the one of them named last
            last_at = {res.persons[0]: max((m.start for m in ctx.mentions if m.person == res.persons[0] and m.end <= before and not m.in_quote), default=-1) for res in held}
            para = ctx.paragraph_of(before)
            won = [res for res in held if res.rule == "result.title" and last_at[res.persons[0]] >= 0 and ctx.paragraph_of(last_at[res.persons[0]]) >= para - 1]
            held = won or sorted(held, key=lambda res: -last_at[res.persons[0]])
        if held:
            return held[0].persons[0]
    places = speech().nationalities.get(role)
    if places:
        keys = {fold(x) for x in places}

        def known_nation(p) -> bool:
            noun = _nation_of(p.name)
            return noun is not None and bool(keys & {fold(x) for x in speech().nationalities[noun]})

        matches = [i for i, p in enumerate(ctx.persons) if p.origin and fold(p.origin).split("/")[0].strip() in keys]
        if not matches:
            # no one the text gives that nationality: a well-known driver of it, when the text named him last
            # ("... vor Montoya (79). „Nur drei Punkte“, meinte der Kolumbianer")
            last = [m for m in ctx.mentions if m.end <= before and not m.in_quote and m.person is not None]
            if last and not ctx.persons[last[-1].person].origin and known_nation(ctx.persons[last[-1].person]):
                return last[-1].person
            # ... or named before drivers known to be of other nations ("Bruno Spengler hatte Pech. Danach fuhr
            # Scheider souverän. Der Kanadier musste sich mit Rang drei begnügen")
            para = ctx.paragraph_of(before)
            for m in reversed([m for m in last if ctx.paragraph_of(m.start) >= para - 1]):
                p = ctx.persons[m.person]
                if not p.origin and known_nation(p):
                    return m.person
                if _nation_of(p.name) is None and not p.origin:
                    break  # (a driver of unknown nation in between may be the one meant)
        if len(matches) >= 1:
            earlier = [m.person for m in ctx.mentions if m.start < before and m.person in matches]
            return earlier[-1] if earlier else matches[0]
    tail = r.split("-")[-1]
    candidates = []
    for m in ctx.mentions:
        if m.role and m.person is not None:
            mr = fold(m.role)
            if mr == r or (mr.split("-")[-1] == tail and "-" not in r):  # "Mercedes-Fahrer" is no "Aston-Martin-Fahrer"
                if re.search(r"\b(?:bisherige|ehemalige|frühere|einstige)[nr]?\s+(?:[\w-]+\s+)?$", ctx.text[max(0, m.start - 60) : m.start].rsplit(m.role, 1)[0]):
                    continue  # "Der bisherige Tabellenführer Scott Dixon" is not the one "der neue Tabellenführer" means
                candidates.append(m)
    # "der Franzose Romain Dumas" style appositions are caught as roles too
    if candidates:
        earlier = [m for m in candidates if m.start < before]
        return (earlier[-1] if earlier else candidates[0]).person
    kind = role_class(role)
    if kind == "other":
        for m in reversed([m for m in ctx.mentions if m.start < before and not m.in_quote]):
            p = ctx.persons[m.person]
            if any(role_class(x) == "other" and _same_office(x, role) for x in p.roles):
                return m.person
    return None


def _driver_like(ctx: Context, person: int) -> bool:
    """A person the text tells as a driver: by a driver's role ("Werksfahrer"), a nationality or origin ("der Schweizer
    X") or a racing driver's known name."""
    p = ctx.persons[person]
    told_as_driver = any(role_class(r) == "driver" or nationality_noun(r) for r in p.roles) or p.origin is not None
    return told_as_driver or (p.first_name is not None and p.name in known_driver_set())


def _unnamed_boss(ctx: Context, word: str, start: int) -> int | None:
    """The boss a role noun the text gives no name to stands for ("sagte der Teamchef"): the last boss of that office
    named before, never a driver (with a result, or told as one) nor a boss of another office."""
    person = _salient_person(ctx, start, prefer_other=True)
    boss_roles = [r for r in ctx.persons[person].roles if role_class(r) == "other"] if person is not None else []
    if person is not None and not boss_roles and (any(person in r.persons for r in ctx.results_so_far) or _driver_like(ctx, person)):
        return None  # "…“, sagte der Teamchef: a boss the text never names, not the driver named last
    if boss_roles and not any(_same_office(b, word) for b in boss_roles):
        return None  # ("Motorsportchef Ullrich …. Auch der Teamchef zog den Hut": another boss)
    return person


def _role_subject_before(ctx: Context, quote_open: int | None) -> str | None:
    """'Der Teamchef war den Tränen nahe. „…“, sagte er.': a boss named only by his office as the subject of the
    sentence that leads to the quote (no name in it) is the "er"."""
    if quote_open is None:
        return None
    si = ctx.sentence_of(quote_open)
    a = ctx.sentences[si][0]
    if not ctx.text[a:quote_open].strip(" \n„“\"") and si > 0:
        a = ctx.sentences[si - 1][0]
    lead = ctx.text[a:quote_open]
    rm = re.match(r"\s*(?:Auch\s+|Und\s+)?[Dd]er\s+([\w-]+)(?:\s+([\w-]+))?", lead)  # ("Der Teamchef", "Der zufriedene Teamchef")
    office = next((w for w in (rm.groups() if rm else ()) if w and role_class(w) == "other"), None)
    if office is None or any(a <= m.start < quote_open and not m.in_quote for m in ctx.mentions):
        return None
    return office


def _same_office(a: str, b: str) -> bool:
    """Two boss titles that may name one office: "Audi-Motorsportchef" and "Sportchef", not "Teamchef" and
    "Motorsportchef" nor "Projektleiter" and "Teamchef"."""
    x, y = fold(a).split("-")[-1], fold(b).split("-")[-1]
    if x.endswith(y) or y.endswith(x):
        return True
    fx, fy = (next((f for f in ("team", "sport", "projekt", "renn") if f in w), None) for w in (x, y))
    return fx is None or fy is None or fx == fy  # ("Teambesitzer" and "Teamchef" may be one man; a bare "Chef" anyone)


def _last_person_before(ctx: Context, pos: int, quotes_ok: bool = False) -> int | None:
    prior = [m for m in ctx.mentions if m.end <= pos and (quotes_ok or not m.in_quote)]
    if not prior:
        return None
    # the subject of the last sentence that names someone: its first person
    last_sent = prior[-1].sent
    return next(m.person for m in prior if m.sent == last_sent)


# "sagte der Neffe von DTM-Chef Gerhard Berger": the name after a kinship noun is not the speaker
_KIN_OF = re.compile(
    r"\b(?:Neffe|Nichte|Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Onkel|Tante|Enkel|Enkelin|Cousin|Frau|Mann|Ehefrau|"
    r"Ehemann|Freundin|Freund|Schützling|Nachfolger|Vorgänger)\s+(?:von|des|der)\s+(?:[\w.-]+\s+){0,3}$"
)
# an attribution that starts with a description: "sagte der kesse Hesse", "sagte der Australier, nachdem er ..."
_DESCRIPTION_FIRST = re.compile(
    r"\s*[,–—-]?\s*(?:\w+\s+){0,2}?(?:der|die|das)\s+(?:(?:[a-zäöüß]+lich\s+|sehr\s+)?(?:[a-zäöüß]+e[nrs]?|\d+-?[jJ]ährige[nrs]?)\s+){0,2}(?:[A-Z]{2,4}\s+(?=[A-ZÄÖÜ][a-zäöüß]))?"  # ("der sichtlich zufriedene Kanadier")
    r"(?:[A-ZÄÖÜ][\w]+\s+(?=(?:[A-ZÄÖÜ][a-zäöüß]+-)?(?:Pilot|Pilotin|Fahrer|Fahrerin)\b))?"  # ("der Octavia Pilot", "der Red Bull-Pilot": a car before the role)
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:-(?:[A-ZÄÖÜ]?[a-zäöüß]+|\d+))*|\d+-?[jJ]ährige[nr]?)(?![\w-])"
)


def _nickname_speaker(ctx: Context, stretch: str) -> int | None:
    """"sagte 'Rocky'": a nickname in quote marks that begins a driver's surname (Rockenfeller)."""
    m = re.search(r"[\'‚‘’\"„“»«]([A-ZÄÖÜ][a-zäöüß]{2,})[\'‘’\"“”«»]", stretch)
    if m is None:
        return None
    stem = fold(m.group(1))[:4]
    hits = {i for i, p in enumerate(ctx.persons) if fold(p.last_name).startswith(stem)}
    return hits.pop() if len(hits) == 1 else None


def _introduced_person(ctx: Context, quote_open: int) -> int | None:
    """The one driver the sentence right before a quote names (or the one before it, when that names nobody),
    within the quote's paragraph: "Eng darf sich nun dreifacher Spa-Sieger nennen. „…“"."""
    text = ctx.text
    para_start = ctx.paragraphs[ctx.paragraph_of(quote_open)][0]
    lead = text[para_start:quote_open].rstrip()
    if not lead or not lead.endswith((".", "!", "?", "…", ":")):
        return None
    bounds = [para_start] + [para_start + m.end() for m in re.finditer(r"[.!?…][\"“”»«]?(?=\s)", lead[:-1])] + [para_start + len(lead)]
    for k in range(len(bounds) - 1, max(0, len(bounds) - 3), -1):
        ps, pe = bounds[k - 1], bounds[k]
        named = [
            m for m in ctx.mentions
            if ps <= m.start < pe and not m.in_quote and m.person is not None
            and not _OBJECT_BEFORE.search(text[max(0, m.start - 40) : m.start])
            # (not a name inside a parenthesis: "Steve Abold (Dillingen, ROMO-Team Wiesmann)")
            and not (text.rfind("(", ps, m.start) > text.rfind(")", ps, m.start))
        ]
        persons = {m.person for m in named}
        if not persons and k == len(bounds) - 1:
            # "Im Ziel hatte der Sieger Tränen in den Augen. „…“": the role the sentence before tells as its subject
            rm = re.search(r"\b(?:der|die)\s+(?:neue\s+|frischgebackene\s+|strahlende\s+|glückliche\s+)?(Sieger|Siegerin|Gewinner|Rennsieger|Gesamtsieger|Champion|Titelträger)\b", text[ps:pe])
            if rm and not re.search(r"\b(?:auf|vor|hinter|gegen|mit|von|zum|zur|dem)\s+$", text[ps : ps + rm.start()]):
                return _resolve_role(ctx, rm.group(1), quote_open)
        if len(persons) == 1 and (
            not any(role_class(r) == "other" for r in ctx.persons[named[0].person].roles)
            or (re.search(r"\b(?:sprach|spricht)\b", text[ps:pe]) and re.search(r"\b[Vv]on\b", text[ps:pe]))  # 'Von einem „Meilenstein“ sprach Teamchef X.'
            # a boss whose mood the sentence tells: "Besonders beeindruckt zeigte sich Haug vom Überholmanöver. „…“"
            or re.search(r"\b(?:zeigte|zeigten|zeigt)\s+sich\b|\b(?:war|ist)\s+(?:\w+\s+){0,3}?(?:zufrieden|begeistert|beeindruckt|enttäuscht|stolz|erleichtert|glücklich)\b", text[ps:pe])
        ):
            return named[0].person
        if persons:
            return None
    return None


_OWN_WIN = re.compile(
    r"\b(?:mein(?:en|em)?\s+(?:ersten?\s+|zweiten?\s+|dritten?\s+)?(?:\w+)?[Ss]ieg|vom\s+Sieg|(?:ich|wir)\s+(?:\w+\s+){0,3}?gewonnen|"
    r"(?:habe|haben)\s+(?:\w+\s+){0,3}?gewonnen|den\s+Sieg\s+(?:\w+\s+){0,3}?(?:geholt|eingefahren))\b"
)


def _winner_speaking(ctx: Context, quote_open: int | None) -> int | None:
    """„Ich habe vom Sieg nur geträumt“, sagte der Tiroler: a description nobody else answers to, and the quote
    speaks of its own win - the race winner."""
    if quote_open is None:
        return None
    region = next((q for q in ctx.quotes if q.open == quote_open), None)
    if region is None or not _OWN_WIN.search(ctx.text[region.start : region.end]):
        return None
    winners = [r for r in ctx.results_so_far if r.session == "race" and r.scope == "overall" and r.position == 1]
    crews = {tuple(r.persons) for r in winners}
    if len(crews) == 1 and len(winners[0].persons) == 1:
        return winners[0].persons[0]
    return None


def _described_speaker(ctx: Context, pos: int, quote_open: int | None) -> int | None:
    """Whom a description that resolves to no one in particular ("der Triumphator", "das Rallyetalent aus
    Stuttgart") stands for: the driver the text introduced right before the quote, else the speaker of the
    quotes just before, else the person last named."""
    if quote_open is not None:
        p = _introduced_person(ctx, quote_open)
        if p is not None:
            return p
    para = ctx.paragraph_of(pos)
    if (
        ctx.last_speaker is not None and ctx.paragraph_of(ctx.last_speaker_at) == para
        and "\n" not in ctx.text[ctx.last_speaker_at : pos]
    ):
        return ctx.last_speaker  # the same paragraph's speaker goes on talking (a line break starts another one)
    near = _salient_person(ctx, pos, same_paragraph=True)
    if near is not None:
        return near
    if ctx.last_speaker is not None and ctx.paragraph_of(ctx.last_speaker_at) >= para - 1:
        return ctx.last_speaker
    # a quote that opens its paragraph, its speaker a description: the driver the paragraph before was about,
    # the one it opened with ("Newgarden war der dominierende Mann ... überrumpelte er Power ...")
    opener = _paragraph_topic(ctx, para - 1)
    if opener is not None and quote_open is not None and ctx.paragraph_of(quote_open) == para and not any(
        m.start < quote_open and ctx.paragraph_of(m.start) == para for m in ctx.mentions
    ):
        return opener
    return _salient_person(ctx, pos)


def _paragraph_topic(ctx: Context, para: int) -> int | None:
    """The person a paragraph opens with, when its first sentence names that person first."""
    ms = [m for m in ctx.mentions if ctx.paragraph_of(m.start) == para and not m.in_quote and m.person is not None]
    if not ms:
        return None
    first = min(ms, key=lambda m: m.start)
    opening = next(i for i, (a, _b) in enumerate(ctx.sentences) if ctx.paragraph_of(a) == para)
    if first.sent != opening:
        return None  # (the name is not in the paragraph's first sentence)
    s = ctx.sentences[first.sent][0]
    return first.person if re.match(r"\s*(?:\S+\s+){0,2}$", ctx.text[s : first.start]) else None


def _speaker_from_stretch(
    ctx: Context, start: int, end: int, prefer_last: bool, quote_open: int | None = None
) -> tuple[int | None, str | None, Mention | None]:
    ms = [
        m for m in ctx.mentions
        if m.start >= start and m.end <= end and not m.in_quote and not _KIN_OF.search(ctx.text[start : m.start])
        # ("sagt er zu Hamilton", "meinte sie mit Blick auf X": the one spoken to or of)
        and not re.search(r"\b(?:zu|über|gegenüber|an|mit Blick auf)\s+(?:(?:dem|den|seinem|seinen|ihrem|ihren)\s+)?(?:[\w-]+\s+)?$", ctx.text[start : m.start])
    ]
    stretch = ctx.text[start:end]
    dm = _DESCRIPTION_FIRST.match(stretch) if not prefer_last else None
    # ("sagte der amtierende Champion der FIA GT, Richard Westbrook": the name in apposition closing the attribution is he)
    apposition = bool(ms) and re.fullmatch(r"[^,;.!?]*,\s*", ctx.text[start + (dm.end() if dm else 0) : ms[0].start]) is not None and (
        re.fullmatch(r"\s*[.!?]?\s*", ctx.text[ms[0].end : end]) is not None
    )
    # ("sagte der Sankt Wolfganger Mike Leitner": a description of two words right before the name is his)
    joined = bool(ms) and dm is not None and re.fullmatch(r"\s*[A-ZÄÖÜ][a-zäöüß]+(?:er|erin)\s+", ctx.text[start + dm.end() : ms[0].start]) is not None
    if dm is not None and (not ms or ctx.text[start + dm.end() : ms[0].start].strip()) and not apposition and not joined and _cue_in(stretch[: dm.start("noun")]):
        noun = dm.group("noun")
        if not ctx.spans_in(start + dm.start("noun"), start + dm.end("noun") + 1) and role_class(noun) != "other":
            # a description before any name: the driver the text speaks of (never a name later in the sentence);
            # "der siebenfache Weltmeister" is a career, not this event's champion
            career = re.search(r"\b\w+(?:fache|malige)[nr]?\s+$", stretch[: dm.start("noun")])
            person = None if career else _resolve_role(ctx, noun, start)
            if person is None:
                person = _winner_speaking(ctx, quote_open)
                if person is None:
                    person = _described_speaker(ctx, start, quote_open)
            if person is not None:
                return person, None, None
    if ms:
        m = ms[-1] if prefer_last else ms[0]
        return m.person, m.role, m
    for rm in _ROLE_PHRASE.finditer(stretch):
        word = rm.group(1)
        # "der Porsche-Motorsportchef", "der Franzose", "der Kerpener", "der neue Champion"
        if word in _PARTNER_WORDS and re.match(r"[Ss]ein|[Ii]hr", rm.group(0)):
            partner = _partner_of_previous_speaker(ctx, start)
            if partner is not None:
                return partner, None, None
        describes_person = (
            role_class(word) is not None
            or word in speech().nationality_nouns
            or fold(word) in _WINNER_WORDS
            or (re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:er|erin)", word) is not None and word not in _NOT_DEMONYM)
            or re.fullmatch(r"\d+-[jJ]ährige[nr]?", word) is not None
            # "erklärte der WM-Fünfte", "der Tagesdritte": a place standing for its driver
            or re.fullmatch(r"(?:[\w]+-)?(?:Zweite|Dritte|Vierte|Fünfte|Sechste|Siebte|Achte|Neunte|Zehnte)[rn]?", word) is not None
        )
        if not describes_person:
            continue
        person = _resolve_role(ctx, word, start)
        if person is None and role_class(word) != "other":
            person = _winner_speaking(ctx, quote_open)
        if person is None and role_class(word) == "other":
            person = _unnamed_boss(ctx, word, start)
        elif person is None:
            person = _described_speaker(ctx, start, quote_open)
        if person is not None and role_class(word) == "other" and re.match(r"\s+(?:von|vom|des|bei)\s+(?:[\w-]+\s+)?[A-ZÄÖÜ]", stretch[rm.end() :]):
            # "Der Teamchef von BMW Team Schnitzer sprach …": an office of a named team is the one the text gave that very
            # office, not a boss of another title named before ("BMW Motorsport Direktor X")
            office = fold(word).split("-")[-1]
            offices = [fold(r).split("-")[-1] for r in ctx.persons[person].roles if role_class(r) == "other"]
            if offices and not any(o.endswith(office) or office.endswith(o) for o in offices):
                person = None
        role = word if role_class(word) == "other" else None
        return person, role, None
    if re.search(r"\b(er|sie)\b|\baus\s+(?:ihm|ihr)\s+heraus\b", stretch):  # ("platzte es aus ihm heraus")
        introduced = _named_before_colon(ctx, quote_open)
        if introduced is not None:
            return introduced, None, None
        office = _role_subject_before(ctx, quote_open)
        if office is not None:
            return _resolve_role(ctx, office, start) or _unnamed_boss(ctx, office, start), office, None
        # '„…“, sagte der Tiroler. „…“, fasst er zusammen.': "er" is the one who just spoke, when nobody else was
        # named since his quote
        if ctx.last_speaker is not None and ctx.paragraph_of(ctx.last_speaker_at) == ctx.paragraph_of(start) and not any(
            ctx.last_speaker_at < m.start < start and not m.in_quote and m.person is not None and m.person != ctx.last_speaker
            for m in ctx.mentions
        ):
            return ctx.last_speaker, None, None
        return _salient_person(ctx, start), None, None
    if _cue_in(stretch) and re.match(r"\s*[,–—-]?\s*[a-zäöüß]+\s+(?:[a-zäöüß]+\s+)?(?:der|die)\s+(?:[\w-]+\s+){0,4}?[A-ZÄÖÜ][a-zäöüß]+", stretch):
        # 'sagte der Student', 'sagte der in Deutschland lebende Österreicher': a description nobody answers to by name
        # is the driver the text introduced right before the quote (or spoke of last)
        person = _described_speaker(ctx, start, quote_open)
        if person is not None:
            return person, None, None
    if _cue_in(stretch) and ctx.last_speaker is not None and ctx.paragraph_of(ctx.last_speaker_at) == ctx.paragraph_of(start):
        return ctx.last_speaker, None, None  # '..., sagt der Niederländer und freut sich: „…“': the same speaker goes on
    return None, None, None


def _named_before_colon(ctx: Context, quote_open: int | None) -> int | None:
    """'..., war die Freude von Teamchef Karl Ohm groß: „Ein Traum!“, sagte er.': the person the colon introduces."""
    if quote_open is None:
        return None
    if not ctx.text[max(0, quote_open - 60) : quote_open].rstrip().endswith(":"):
        return None
    before = [m for m in ctx.mentions if m.end <= quote_open and not m.in_quote and m.person is not None and quote_open - m.end <= 40]
    if not before:
        return None
    m = before[-1]
    return m.person if re.fullmatch(r"\s*(?:\([^()]{0,30}\)\s*)?(?:[^\s.!?:;]+\s+){0,3}?[^\s.!?:;]*:\s*", ctx.text[m.end : quote_open]) else None


def _partner_of_previous_speaker(ctx: Context, pos: int) -> int | None:
    """'Sein Teamkollege ergänzte:' -> the other driver of the previous speaker's crew."""
    prev = ctx.last_speaker
    if prev is None:
        return None
    crew = ctx.crew_of(prev)
    others = [p for p in crew if p != prev]
    return others[0] if len(others) == 1 else None


# a name right after one of these is an object of its sentence, not the one a later "der Franzose" means
_OBJECT_BEFORE = re.compile(
    r"\b(?:auf|vor|hinter|gegen|gegenüber|an|mit|von|über|des|dem|den|zwischen)\s+(?:(?:dem|den|der|des|seinem|seinen|ihrem|ihren)\s+)?(?:[\w-]+\s+)?"
    r"(?:[\w-]+\s+(?:und|sowie)\s+)?$"  # (also the second of two: "zwischen Paffett und Green")
)


# ... unless "von" stands for a genitive: "die Leistung von DTM-Pilot Markus Winkelhock" is about him
_OF_NOUN = re.compile(r"\b(?:die|der|das)\s+[A-ZÄÖÜ][a-zäöüß]+\s+von\s+(?:[\w-]+\s+)?$")


def _salient_person(ctx: Context, pos: int, prefer_other: bool = False, same_paragraph: bool = False) -> int | None:
    """The person a description or pronoun most likely refers to: the last one named before ``pos``
    (outside quotes, not as an object), in this paragraph or the one before; for a boss-like role, the last
    boss named."""
    para = ctx.paragraph_of(pos)
    prior = [
        m for m in ctx.mentions
        if m.end <= pos and not m.in_quote and ctx.paragraph_of(m.start) >= para - (0 if same_paragraph else 1)
        and m.person is not None and not (
            _OBJECT_BEFORE.search(ctx.text[max(0, m.start - 40) : m.start])
            and not _OF_NOUN.search(ctx.text[max(0, m.start - 40) : m.start])
        )
    ]
    if prefer_other:
        bosses = [m for m in prior if any(role_class(r) == "other" for r in ctx.persons[m.person].roles)]
        if bosses:
            return bosses[-1].person
    if not prior:
        return None
    # the subject of the last sentence that names someone: its first person
    last_sent = prior[-1].sent
    return next(m.person for m in prior if m.sent == last_sent)


def extract_quotes(ctx: Context, results: list | None = None) -> list[QuoteRecord]:
    ctx.results_so_far = list(results or [])
    ctx.last_speaker = None
    text = ctx.text
    records: list[QuoteRecord] = []
    regions = [q for q in ctx.quotes if _is_speech(ctx, q)]
    prev: QuoteRecord | None = None
    prev_region = None
    for q in regions:
        start, end = q.start, q.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        speaker = role = cue = None
        rule = None
        # after: closing mark, optional comma, then a reporting verb or "so", up to the sentence end
        after_end = _attribution_end(text, q.close + 1)
        after = text[q.close + 1 : after_end]
        head = after[:90]
        has_speaker_soon = any(
            q.close < m.start < q.close + 40 and not m.in_quote for m in ctx.mentions
        ) or bool(re.match(r"\s*[,–—-]\s*(?:\w+\s+){0,2}?(?:[Dd]er|[Dd]ie|[Ss]ein|[Ii]hr)\s+(?:[a-zäöüß]+e[nrs]?\s+)?[A-ZÄÖÜ]", head))
        bare_cue = re.match(r"\s*([a-zäöüß]+)\b", after)  # „…“ meinte nach dem Rennen Perez: no comma after the quote
        if bare_cue and _cue_in(bare_cue.group(1)) and q.closed and not re.match(r"\s*[,–—-]", after):
            after = "," + after
        if q.closed and re.match(r"\s*[,–—-]", after) and (_cue_in(after) or re.match(r"\s*[,–—-]\s*so\b", after) or has_speaker_soon):
            cue = _cue_in(after) or ("so" if re.match(r"\s*[,–—-]\s*so\b", after) else re.match(r"\s*[,–—-]\s*(\w+)", after).group(1))
            speaker, role, _ = _speaker_from_stretch(ctx, q.close + 1, after_end, prefer_last=False, quote_open=q.open)
            if speaker is None:
                speaker = _nickname_speaker(ctx, after[:60])
            rule = "quote.after"
        if rule is None:
            # before: "X sagte: „…“" / "X: „…“"
            sent_start = max(
                [s for s, e in ctx.sentences if s <= q.open] + [prev_region.close + 1 if prev_region else 0]
                # a lead of bullet points run into one line: "... in Sachsen› Michal Hrabánek, Leiter ...: „…“"
                + [text.rfind(b, 0, q.open) + 1 for b in "›•"]
            )
            before = text[sent_start : q.open]
            if prev_region is not None and sent_start == prev_region.close + 1:
                # "„…“, sagte Rink im Ziel und Brink ergänzte: „…“": the last clause introduces this quote
                joins = list(re.finditer(r"\bund\b|;", before))
                if joins and _cue_in(before[joins[-1].end() :]):
                    sent_start += joins[-1].end()
                    before = text[sent_start : q.open]
            spoke_of = re.search(r"\b(sprach|spricht|sprachen)\s+(?:\w+\s+){0,2}?von\s+(?:einem|einer|einen|der|dem|den)?\s*$", before)
            if spoke_of and not before[: spoke_of.start()].rstrip().endswith((".", "!", "?")):
                # 'Die Titelträgerin sprach von einer „verrückten Saison. Ich kann es noch nicht glauben.“': the subject of
                # "sprach von" speaks
                speaker, role, _ = _speaker_from_stretch(ctx, sent_start, q.open, prefer_last=False)
                if speaker is not None or role is not None:
                    cue, rule = spoke_of.group(1), "quote.before"
            if rule is None and (before.rstrip().endswith(":") or (_cue_in(before) and before.rstrip().endswith(","))):
                cue = _cue_in(before)
                speaker, role, _ = _speaker_from_stretch(ctx, sent_start, q.open, prefer_last=False)
                if speaker is None and role is None and re.match(r"\s*(?:(?:Der|Die|Das)\s+[A-ZÄÖÜ]|(?:Er|Sie)\s+[a-zäöüß]+\s*:)", before):
                    # "Das Geburtstagskind war glücklich: „…“" (not a boss the text never names: "Der Teamchef war gerührt:")
                    speaker = _salient_person(ctx, sent_start)
                rule = "quote.before"
        if rule is None and q.closed and re.match(r"[a-zäöüß]", text[start : start + 1]) and not before.rstrip().endswith((".", "!", "?", "…")):
            # 'Teammanager Mike Leitner war „super happy. Für unsere Firma …“', 'Auch für Christensen „war Daytona ein
            # tolles Erlebnis.“': a quote that goes on the sentence of the one person it names speaks for him
            named = {m.person for m in ctx.mentions if sent_start <= m.start < q.open and not m.in_quote and m.person is not None}
            if len(named) == 1:
                speaker, rule = named.pop(), "quote.before"
        if rule is None:
            # a results block: "Nick Heidfeld: 6." on a line of its own above the quote
            window_start = max(0, q.open - 400, (prev_region.close + 1) if prev_region else 0)
            heads = [
                m for m in ctx.mentions
                if window_start <= m.start < q.open and not m.in_quote
                and re.match(r"\s*:", text[m.end : m.end + 3]) and (m.start == 0 or text[m.start - 1] == "\n")
            ]
            if not heads:
                # "Martin Tomczyk (Audi Sport Team Abt / Audi A4 DTM #6)" on a line of its own, perhaps with a line
                # of figures below it ("2. Platz, + 1,635 Sek."), above the quote: the voices after a race
                for m in ctx.mentions:
                    if not (window_start <= m.start < q.open and not m.in_quote and (m.start == 0 or text[m.start - 1] == "\n")):
                        continue
                    line_end = text.find("\n", m.end)
                    if line_end < 0 or line_end >= q.open:
                        continue
                    rest = text[m.end : line_end]
                    # "Paul di Resta, Mercedes C-Klasse 2007, Zweiter:" - the name, its car and place, a colon
                    if not (NAME_LINE_REST.fullmatch(rest) or re.fullmatch(r"\s*,[^\n„“\"»«.!?]{0,100}:\s*", rest)):
                        # a subheading of a few words about the driver right above the quote ("Wehrlein enttäuscht")
                        if re.fullmatch(r"(?:\s+[a-zäöüß][\w-]*){1,3}\s*", rest) and text[line_end : q.open].strip() == "" and line_end - m.start <= 50:
                            heads.append(m)
                        continue
                    between = text[line_end : q.open].strip("\n ").split("\n")
                    if re.fullmatch(r"\s*(?:[^\n]{0,40}\n)?\s*", text[line_end : q.open]) or (
                        # a block of facts between ("4. Platz", "Startnummer: 2", "Team: ...", "Fahrzeug: ..."), no prose
                        len(between) <= 5 and all(len(x) <= 80 and not re.search(r"(?<!\d)[.!?]\s+[A-ZÄÖÜ]|[„“\"»«]", x) for x in between)
                        and sum(bool(re.match(r"\s*[\w -]{2,25}:\s", x)) for x in between) >= 2
                    ):
                        heads.append(m)
            if heads:
                speaker, role, cue, rule = heads[-1].person, None, None, "quote.header"
        if rule is None and prev is not None and prev_region is not None:
            gap_text = text[prev_region.close + 1 : q.open]
            attr_end = _attribution_end(text, prev_region.close + 1)
            own_people = [m for m in ctx.mentions if attr_end < m.start < q.open and not m.in_quote]
            adjacent = (len(gap_text) < 250 or (
                len(gap_text) < 700 and ctx.paragraph_of(prev_region.close) == ctx.paragraph_of(q.open)
            )) and all(m.person == prev.speaker for m in own_people)
            if not adjacent and own_people and own_people[0].person == prev.speaker and len(gap_text) < 400 and (
                ctx.paragraph_of(prev_region.close) == ctx.paragraph_of(q.open)
            ):
                # "„…“, sagt di Grassi. Zum Auftakt waren di Grassi und Teamkollege Abt ohne Punkte geblieben. „…“":
                # the sentence between is still about the speaker, who goes on
                adjacent = True
            if prev_region.continues or adjacent:
                speaker, role, cue = prev.speaker, None, prev.cue
                rule = "quote.continued" if prev_region.continues else "quote.inherit"
        if rule is None:
            # „…“ right after a sentence about one driver ("Eng darf sich nun dreifacher Spa-Sieger nennen. „…“"):
            # that driver speaks
            introduced = _introduced_person(ctx, q.open)
            if introduced is not None:
                speaker, rule = introduced, "quote.introduced"
        if rule is None:
            rule = "quote.unattributed"
        rec = QuoteRecord(text=text[start:end], start=start, end=end, speaker=speaker, speaker_role=role, cue=cue, rule=rule)
        records.append(rec)
        prev, prev_region = rec, q
        if rec.speaker is not None:
            ctx.last_speaker, ctx.last_speaker_at = rec.speaker, rec.start
    regions_by_start = {q.start: q for q in regions}
    for i in range(len(records) - 2, -1, -1):
        r, nxt = records[i], records[i + 1]
        region = regions_by_start.get(r.start) or next((q for q in regions if q.start <= r.start < q.end), None)
        if r.speaker is None and region is not None and region.continues and nxt.speaker is not None:
            r.speaker, r.cue, r.rule = nxt.speaker, nxt.cue, "quote.continued"
    return records
