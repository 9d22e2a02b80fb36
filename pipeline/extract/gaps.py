"""Gaps between competitors: seconds ("0,410 Sekunden", "+0:18.964", "eineinhalb Zehntelsekunden")
or laps ("eine Runde zurück", "+2 Runden"), with subject (the one behind) and reference.

Not gaps: lap times, lap-record improvements, horsepower, penalties, time before the end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from pipeline.extract.context import NAME_LINE_REST, Context
from pipeline.extract.numbers import cardinal_word_regex, parse_cardinal, parse_clock, parse_ordinal, parse_decimal, time_unit_factor
from pipeline.extract.results import _CHAMP, _FURTHER, _ROW_POINTS, _STANDINGS_HEAD, RESULT_VERBS, ResultRecord, _masked, clause_subject
from pipeline.reading import line_spans

_NUM = r"(?:\d{1,2}/10{1,2}(?!\d)|\d+(?:[.,]\d+)?|eineinhalb|anderthalb|zweieinhalb|dreieinhalb|(?:einer|eine)\s+(?:knappen?\s+|guten?\s+)?halben?|knapp|{card})"
_UNIT = (
    r"(?:Sekunden|Sekunde|Sek\.|sek\.|sec\.|sec\b|s\b|Zehntelsekunden|Zehntelsekunde|Hundertstelsekunden|Hundertstelsekunde|"
    r"Tausendstelsekunden|Tausendstelsekunde|(?:[Zz]ehntel|[Hh]undertstel|[Tt]ausendstel)(?:\s+Sekunden?)?|Minuten|Minute|Min\.)"
)  # ("3 hundertstel Sekunden", "zwei Zehntel")
# the word after an unsigned clock time that makes it a gap ("2:06,9 Minuten hinter", "1:28:22 Stunden Rückstand")
_GAP_WORD_AFTER = r"\s+(?:Vorsprung|Rückstand|zurück|hinter|dahinter|vor\b|später\b)"
_CLOCK = (
    r"[+–][ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:\s?(?:Min\.|Minuten|Std\.|Stunden|h)(?!\w))?"
    r"|[+–][ \t]*\d{1,2}\.\d{2},\d{1,3}(?:\s?(?:s|Sek\.|Sekunden|Min\.|Minuten)(?!\w))?"  # "+ 1.05,310 Sek.": minutes.seconds,thousandths
    r"|[+–][ \t]*\d{1,3}[.,]\d{1,3}(?:\s?(?:s|Sek\.|Sekunden|Min\.|Minuten|Std\.|Stunden)(?!\w))?"
    rf"|(?<![\d:.,])\d{{1,2}}:\d{{2}}(?:[.,]\d{{1,3}})?\s?(?:Minuten|Min\.|min\.?)(?={_GAP_WORD_AFTER})"
    rf"|(?<![\d:.,])\d{{1,2}}:\d{{2}}:\d{{2}}(?:[.,]\d{{1,3}})?\s?(?:Stunden|Std\.)(?=\)?{_GAP_WORD_AFTER})"
    r"|(?:(?<=stand von )|(?<=prung von )|(?<=Polster von )|(?<=Rückstand: )|(?<=Abstand: ))(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s?(?:Minuten|Min\.|Stunden|Std\.|h)?"
    r"|(?<![\d:.,])\d{1,2}\s?min\s?\d{2}(?:[.,]\d{1,3})?(?=\s+(?:Vorsprung|Rückstand|zurück|hinter|vor\b))"
    r"|(?<![\d:.,])(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s?(?:Stunden|Std\.|Minuten|Min\.)\s+zurück"
)
_LAPS = re.compile(
    r"(?:[+–]\s?(?P<n1>\d{1,3})\s+(?:Runden?|Rd\.|Rde\.|Rnd\.?|Rnde?\.?|Lap|Laps)(?!\w)|"
    r"\b(?P<n2>\d{1,3}|{card})\s+(?:Runden?|Rd\.|Rde\.|Rnd\.)\s+(?:zurück|Rückstand|hinter|dahinter)\b|"
    r"\bmit\s+(?P<n3>\d{1,3}|{card})\s+(?:Runden?)\s+Rückstand|"
    r"\b(?P<n4>\d{1,3}|{card})\s+Runden?\s+Vorsprung\b|"
    # "mit einem Vorsprung von zwei Runden auf den zweitplatzierten Ferrari", "einen Rückstand von zehn Runden"
    r"\b(?:Vorsprung|Rückstand)\s+von\s+(?:(?:nur|knapp|mehr als|über|genau)\s+)?(?P<n5>\d{1,3}|{card}|einer)\s+Runden?\b)".replace("{card}", "__CARD__")
)
# "triumphierte 47,7 Sekunden auf seinen Teamkollegen X": a win by a time over someone is a margin too
_WIN_BY = r"\b(?:triumphierte\w*|gewann\w*|siegte\w*|gewinnt|siegt)\s+(?:mit\s+)?\S+\s+(?:Sekunden|Minuten|Zehntel\w*)\s+(?:auf|vor)\b"
_GAP_CONTEXT = re.compile(
    r"Vorsprung|Polster|schlug|bezwang|schlagen|bezwingen|Rückstand|zurück|hinter|dahinter|geschlagen|fehlte\w*|langsamer|Abstand|distanziert\w*|Nachsehen|"
    r"Differenz|trennte\w*|vor\b|Sekunden vor|auf\s+(?:den|die|das)?\s*(?:Sieger|Spitze)|Lücke|\+|verpasst\w*|"
    r"Winzigkeit|verlor\w*|\bnach\b|folgte\w*|[Zz]wischen|Nase vorn\w*|Führung\s+bis\s+(?:ins|zum)\s+Ziel|" + _WIN_BY
)
_NOT_GAP = re.compile(
    r"Rundenrekord|Rundenzeit|Runde in|Bestzeit|schnellste\w* Runde|Zeitstrafe|Strafe|Boxenstopp|Stopp|\bPS\b|"
    r"km/h|verbessert\w*|Durchfahrtsstrafe|vor Schluss|vor dem Ende|vor Rennende|Stunden lang|nach \d+ Minuten|"
    r"Minuten? vor (?:dem |der )?(?:Schluss|Ende|Rennende|Ziel|Zieleinlauf|Zielflagge|Abbruch)|Stunden vor|Minuten nach (?:dem Start|Rennbeginn)|nach \w+ Stunden betrug|Etappe|Finaltag|Schleife|verkürzt\w*|"
    r"reduziert\w*|auf nur noch|heraus\b|Wertungsprüfung|\bWP\b|Zwischenzeit|nach dem ersten Tag|nach dem zweiten Tag|"
    r"Halbzeit|zwischenzeitlich|zwischendurch|zeitweise|ausgebaut|aufgeholt|gutgemacht|"
    r"Gesamtzeit|Fahrzeit|Renndauer|Startverzögerung|Safety-Car|Minuten lang|\bvor \d+ (?:Min|Std)\.|auseinander|"
    r"\bbaute\w*\s+(?:\w+\s+){0,3}?(?:Vorsprung|Polster|Führung)"
)
_ONE_LAP = re.compile(r"\b[Ee]ine (?:ganze |volle )?Runde (?:zurück|Rückstand|Vorsprung)\b|(?<=betrug )(?:am Ende |im Ziel )?eine (?:ganze |volle )?Runde\b|\bmit einer Runde Rückstand\b|\b[Ee]ine Runde hinter\b")
_WINNER_VERB = re.compile(rf"\b(?:{RESULT_VERBS}|triumphierte[n]?|erzielte[n]?|überquerte[n]?|brachte[n]?)\b")
_VORSPRUNG = re.compile(r"Vorsprung|Polster|vor\b|distanziert\w*|auf Abstand|Nase vorn\w*|" + _WIN_BY)


@dataclass
class GapRecord:
    subject: int | None
    reference: int | None
    seconds: float | None
    laps: int | None
    evidence: tuple[int, int]
    rule: str


@lru_cache(maxsize=1)
def _num_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    card = cardinal_word_regex()
    seconds = re.compile(rf"(?<![\w:,./])(?P<num>{_NUM.replace('{card}', card)})(?:(?!\w)\s*|(?<=\d)(?=(?:s|sec|sek|Sek)\b))(?P<unit>{_UNIT})")
    clock = re.compile(rf"(?P<clock>{_CLOCK})")
    laps = re.compile(_LAPS.pattern.replace("__CARD__", card))
    return seconds, clock, laps


def _clock_value(raw: str, unit: str | None) -> float | None:
    """A time the way tables write it, read by its unit: "1:20.38 Std." is 1 h 20 min 38 s, "49.41 Min." is
    49 min 41 s; without a unit (or with seconds) "1:06,70" is 1 min 6.70 s."""
    if unit in {"Std.", "Stunden", "h"}:
        hm = re.fullmatch(r"(\d{1,2}):(\d{2})(?:[.,:](\d{2}))?", raw)
        if hm:
            return float(int(hm.group(1)) * 3600 + int(hm.group(2)) * 60 + int(hm.group(3) or 0))
    if unit in {"Min.", "Minuten"} and ":" not in raw:
        return _value(raw, unit)  # ("2.12 Minuten" is 2:12, "2,5 Min." 150 s)
    return parse_clock(raw) if ":" in raw else parse_decimal(raw)


def _value(num: str, unit: str) -> float | None:
    n = num.lower().strip()
    if re.fullmatch(r"(?:einer|eine)\s+(?:knappen?\s+|guten?\s+)?halben?", n):
        base = 0.5
    elif n == "knapp":
        return None
    elif re.fullmatch(r"\d{1,2}/10{1,2}", n):
        top, bottom = n.split("/")
        base = int(top) / int(bottom)  # "Mit 2/10 sec. Vorsprung": two tenths
    else:
        base = parse_decimal(n)
        mm = re.fullmatch(r"(\d{1,2})[.](\d{2})", n)
        if mm and unit.lower().startswith("min") and int(mm.group(2)) < 60:
            return float(int(mm.group(1)) * 60 + int(mm.group(2)))  # "2.12 Minuten" is 2:12
    unit = re.sub(r"\s+Sekunden?$", "", unit)  # ("hundertstel Sekunden": hundredths)
    factor = time_unit_factor(unit.rstrip(".").lower()) or time_unit_factor(unit.lower())
    if base is None or factor is None:
        return None
    return round(base * factor, 4)


# a clause of its own whose subject is a car without names ("; das Schwesterauto hatte", ", der zweite Audi kam")
_CAR_SUBJECT = re.compile(
    r"[;,]\s*(?:das|der|die)\s+(?:Schwester\w*|Stallgefährte\w*|zweite[n]?\s+[A-ZÄÖÜ][\w-]*|andere[n]?\s+[A-ZÄÖÜ][\w-]*)\s+"
    r"(?:hatte|hatten|lag|lagen|kam|kamen|war|waren|fuhr|fuhren|landete|landeten)\b[^;,]*$"
)


def _described_person(ctx: Context, masked: str, start: int, end: int) -> int | None:
    """'dem Dänen', 'den neuen Champion' right after vor/auf -> the person the text means."""
    from pipeline.extract.quotes import _resolve_role
    from pipeline.lexicons import speech

    m = re.match(r"\s*(?:dem|den|der)\s+(?:\w+e[nr]?\s+)?([A-ZÄÖÜ][\wäöüß\-]+)", masked[start:end])
    if not m:
        return None
    word = m.group(1)
    if any(sp[0] in {"MAKE", "CAR"} for sp in ctx.spans_in(start + m.start(1), start + m.end(1) + 1)):
        return None  # "auf den zweitplatzierten Audi": a car the text does not name the crew of
    nationals = speech().nationalities
    for noun in nationals:
        if word.startswith(noun[:-1]) and len(word) - len(noun) <= 2:
            return _resolve_role(ctx, noun, start)
    return _resolve_role(ctx, word, start)


def _sentence_subject(ctx: Context, masked: str, si: int, a: int) -> int | None:
    """The one ahead when the clause names nobody before the margin: 'Der Kolumbianer setzte sich mit 0,6
    Sekunden Vorsprung ... durch', 'Im Ziel hatte er acht Sekunden Vorsprung': the description's person, else
    the first person named (outside quotes) in the previous sentence of the same paragraph."""
    s, _e = ctx.sentences[si]
    head = masked[s:a]
    m = re.match(r"\s*(?:[A-ZÄÖÜ]\w+\s+){0,3}?(?=(?:[Dd]er|[Dd]ie)\s)", head)
    if m is not None:
        person = _described_person(ctx, masked, s + m.end(), a)
        if person is not None:
            return person
    if not re.search(r"\b(?:[Ee]r|[Ss]ie|[Dd]er|[Dd]ie|[Dd]as (?:Duo|Trio|Quartett))\b", head):
        return None
    return _previous_sentence_person(ctx, si, exclude=None)


def _previous_sentence_person(ctx: Context, si: int, exclude: int | None) -> int | None:
    """The first person named (outside quotes) in the previous sentence of the same paragraph, if not ``exclude``."""
    if si == 0 or ctx.paragraph_of(ctx.sentences[si - 1][0]) != ctx.paragraph_of(ctx.sentences[si][0]):
        return None
    prev = [c for c in ctx.crews if c.sent == si - 1 and c.persons and not c.mentions[0].in_quote]
    person = _first_person(prev[0].persons) if prev else None
    return person if person != exclude else None


# a time by which one was faster or slower than someone named: "war damit 0,023 Sekunden schneller als Kohei
# Hirate", "Er war 0,090 Sekunden langsamer als Vandoorne" (not a stage's, a lap's pace or a stretch of the race)
_COMPARED = re.compile(r"\s*(?:Sekunden?\s+|Minuten?\s+)?(schneller|langsamer)\s+als\s+")
_NOT_COMPARED = re.compile(
    r"\b(?:[Pp]ro|[Jj]e)\s+(?:Runde|Umlauf|Kilometer)|[Zz]eitweise|[Zz]wischenzeitlich|[Bb]is zu\b|Durchfahrt|Prüfung|\bWP\s*\d*\b|Etappe|"
    r"Power-?[Ss]tage|Sektor|[Ii]m Schnitt|[Dd]urchschnittlich|freien Training|Freitagstraining|Aufwärmtraining|Warm-?up|Testfahrten|\bTest\w*\b|"
    r"Tag\b|Tagesbestzeit|Rest des Feldes|Konkurrenz\b"
)


def _named_comparison(ctx: Context, masked: str, crews: list, si: int, a: int, b: int) -> tuple[int | None, int | None] | None:
    """(behind, ahead) of 'X war 0,023 Sekunden schneller als Y' / 'X war 27 Tausendstel langsamer als Y': Y the one
    named right after 'als', X the clause's subject (named before, or the one the previous sentence is about)."""
    s, e = ctx.sentences[si]
    m = _COMPARED.match(masked, b, e)
    if m is None or _NOT_COMPARED.search(masked, ctx.sentences[max(0, si - 1)][0], e):
        return None  # (the sentence before may name the stage: "Prüfungssieg. Er war fünf Tausendstel schneller als X")
    named = next((c for c in crews if c.start >= b and c.persons), None)
    if named is None or not re.fullmatch(r"(?:(?:der|die|den|dem|sein\w*|ihr\w*)\s+)?(?:[\w-]+\s+){0,2}", masked[m.end() : named.start]):
        return None
    other = _first_person(named.persons)
    cut = s
    for cm in re.finditer(r"[,;:](?=\s)|\b(?:und|während|als)\s+(?=[A-ZÄÖÜ])", masked[s:a]):
        if not any(c.start <= s + cm.start() < c.end for c in crews):
            cut = s + cm.end()
    own = [c for c in crews if cut <= c.start and c.end <= a and other not in c.persons]
    if own:
        this = _first_person(own[0].persons)
    else:
        ana = clause_subject(ctx, masked, si, cut, a, b)
        this = _first_person(ana) if ana else _sentence_subject(ctx, masked, si, a) or _previous_sentence_person(ctx, si, exclude=other)
    if this is None or this == other:
        return None
    return (other, this) if m.group(1) == "schneller" else (this, other)


def _first_person(persons: list[int]) -> int | None:
    return persons[0] if persons else None


def _between_places(head: str, results: list[ResultRecord]) -> tuple[int | None, int | None] | None:
    """ "zwischen Platz zwei und drei", "zwischen den Rängen 2 und 3": the one on the second place named is behind
    the one on the first."""
    m = re.search(
        r"\b[Zz]wischen\s+(?:den\s+)?(?:Platz|Plätzen|Rang|Rängen|Position|Positionen)\s+(\w+)\s+und\s+(?:(?:Platz|Rang|Position)\s+)?(\w+)\b", head
    )
    if m is None:
        return None
    p1 = parse_cardinal(m.group(1)) or parse_ordinal(m.group(1))
    p2 = parse_cardinal(m.group(2)) or parse_ordinal(m.group(2))
    by_pos = {r.position: r for r in results if r.session == "race" and r.scope == "overall" and r.persons}
    if not p1 or not p2 or p1 not in by_pos or p2 not in by_pos:
        return None
    return _first_person(by_pos[p2].persons), _first_person(by_pos[p1].persons)


def extract_gaps(ctx: Context, results: list[ResultRecord], single_seater: bool) -> list[GapRecord]:
    masked = _masked(ctx)
    seconds_re, clock_re, laps_re = _num_regex()
    out: list[GapRecord] = []
    winners: dict[tuple[str, str | None], list[int]] = {}
    for r in results:
        if r.position == 1 and r.session == "race":
            winners.setdefault((r.scope, r.klass), r.persons)
    any_winner = next((r.persons for r in results if r.position == 1 and r.session == "race" and r.scope == "overall"), None)
    for si, (s, e) in enumerate(ctx.sentences):
        sentence = masked[s:e]
        if not sentence.strip():
            continue
        found: list[tuple[int, int, float | None, int | None, str]] = []
        for m in clock_re.finditer(masked, s, e):
            line_start0 = masked.rfind("\n", 0, m.start()) + 1
            if m.group("clock").count(":") == 2 and re.match(r"\s*1\s*[.)]\s", masked[line_start0 : m.start()]):
                continue  # "1. George Russell ... – 1:38:34,044": the winner's total, not a gap
            unit = re.search(r"\s?(Sekunden|Sek\.|Minuten|Min\.|min\.?|Std\.|Stunden|h|s)(?:\s+zurück)?$", m.group("clock"))
            raw = m.group("clock")[: unit.start()] if unit else m.group("clock")
            raw = raw.strip().lstrip("+–").strip()
            mm = re.fullmatch(r"(\d{1,2})\s?min\s?(\d{2}(?:[.,]\d{1,3})?)", raw)
            if mm:
                raw = f"{mm.group(1)}:{mm.group(2)}"  # "4min33"
            dotted = re.fullmatch(r"(\d{1,2})\.(\d{2},\d{1,3})", raw)
            if dotted:
                raw = f"{dotted.group(1)}:{dotted.group(2)}"  # "1.05,310": one minute, 5.310 seconds
            val = _clock_value(raw, unit.group(1) if unit else None)
            if val is not None:
                found.append((m.start(), m.end(), val, None, "gap.seconds" if mm else "gap.clock"))
        # a results-table line after the winner's: a bare time at its end is the gap ("2. Kovalainen McLaren 38,450",
        # "8. J. Button McLaren 1:19.506"); the winner's own total ("1:39:16.596") has two colons
        line_start = masked.rfind("\n", 0, s) + 1
        lm = re.match(r"\s*(\d{1,2})\s*[.)]\s", masked[line_start:e])
        if lm and int(lm.group(1)) >= 2 and masked[line_start:s].strip() == "":
            line_end = masked.find("\n", s)
            line_end = e if line_end < 0 else min(e, line_end)
            # the winner's line: a time there in the same form means every line gives its total, not a gap
            first = list(re.finditer(r"(?m)^\s*1\s*[.)]\s[^\n]*", masked[max(0, line_start - 3000) : line_start]))
            winner_times = re.findall(r"(?<![\d:.,+–-])(?:\d{1,2}:){0,2}\d{1,2}[.,]\d{3}(?![\d:.,])", first[-1].group(0)) if first else []
            # (a sentence's period may follow the time: "7. Valentino Rossi (ITA) Ducati 37,113.")
            for m in re.finditer(r"(?<![\d:.,+–-])(?:\d{1,2}:)?\d{1,2}[.,]\d{3}(?:\s?(?:Min\.|Sek\.|s))?(?![\d:,]|\.\d)", masked[s:line_end]):
                if any(a <= s + m.start() < b for a, b, *_ in found):
                    continue
                if any(w.count(":") == m.group(0).count(":") for w in winner_times) or (not first and ":" in m.group(0)):
                    continue
                raw = re.sub(r"\s?(?:Min\.|Sek\.|s)$", "", m.group(0))
                val = parse_clock(raw) if ":" in raw else parse_decimal(raw)
                if val is not None:
                    found.append((s + m.start(), s + m.end(), val, None, "gap.clock"))
            # "15. Nico Hülkenberg GER Force India 1 Runde": a lapped car, unless every line gives its laps covered
            # ("11. Brendon Hartley NZL Toro Rosso eine Runde": also as a word)
            lapped = re.search(r"(?<![\d:.,+–-])(\d{1,2}|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(?:Runden?|Rd\.)[ \t]*$", masked[s:line_end])
            winner_laps = first and re.search(r"\b\d{1,3}\s+(?:Runden?|Rd\.)[ \t]*$", first[-1].group(0).rstrip())
            n_lapped = (int(lapped.group(1)) if lapped.group(1).isdigit() else parse_cardinal(lapped.group(1))) if lapped else None
            if lapped and n_lapped and not winner_laps and not any(a <= s + lapped.start() < b for a, b, *_ in found) and 1 <= n_lapped <= 20:
                found.append((s + lapped.start(), s + lapped.end(), None, n_lapped, "gap.laps"))
        # "4 Minuten und 31 Sekunden", "einer Minute und 33 Sekunden" is one value
        for m in re.finditer(
            r"(?<![\d,.])(\d{1,2}|einer|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+Minuten?\s+und\s+(\d{1,2}(?:[.,]\d+)?)\s+Sekunden?\b",
            masked[s:e],
        ):
            secs = parse_decimal(m.group(2))
            mins = parse_cardinal(m.group(1))  # (digits and words: "4", "einer")
            if secs is not None and mins is not None:
                found.append((s + m.start(), s + m.end(), round(mins * 60 + secs, 4), None, "gap.seconds"))
        # "der Franzose Ogier (59,5 zurück/beide Ford)": a bare time behind in a name's parenthesis
        for m in re.finditer(r"(?<=\()\s*\+?\s*(\d{1,3}[,.]\d{1,3})\s+zurück\b", masked[s:e]):
            secs = parse_decimal(m.group(1))
            if secs is not None and not any(a <= s + m.start(1) < b for a, b, *_ in found):
                found.append((s + m.start(1), s + m.end(), secs, None, "gap.seconds"))
        for m in seconds_re.finditer(masked, s, e):
            if any(a <= m.start() < b for a, b, *_ in found):
                continue
            if m.group("unit") == "s" and not m.group("num")[:1].isdigit():
                continue
            if m.group("unit").startswith("sec") and not re.search(
                r"\b(?:Vorsprung|Rückstand|zurück|hinter|schneller|langsamer|büßte\w*|verlor\w*|fehlte\w*|trennte\w*)\b",
                masked[max(s, m.start() - 40) : min(e, m.end() + 30)],
            ):
                continue  # "Tom Novotny (31,943 sec.)": a lap time; "sec" counts as a gap only with a word of one
            if re.search(r"\b(?:[Pp]ro|[Jj]e)\s+(?:Runde|Umlauf|Kilometer)\b", masked[max(s, m.start() - 40) : min(e, m.end() + 25)]):
                continue  # "Pro Runde fuhr Bautista 0,6 sec schneller": a pace, no gap
            val = _value(m.group("num"), m.group("unit"))
            if val is not None:
                found.append((m.start(), m.end(), val, None, "gap.seconds"))
        for m in laps_re.finditer(masked, s, e):
            n = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
            laps = parse_cardinal(n) if n else None
            if re.search(r"\b(?:legte|legten|legt)\b", masked[max(s, m.start() - 25) : m.start()]) or (
                m.group(0).endswith("zurück") and re.search(r"\b(?:legte|legten|legt|legen)\b|\binsgesamt\s*$", masked[s : m.start()])
            ):
                continue  # "legte 159 Runden zurück", "legten beim 13. Petit Le Mans ... insgesamt 354 Runden zurück": distance covered
            if laps:
                found.append((m.start(), m.end(), None, laps, "gap.laps"))
        m = _ONE_LAP.search(sentence)
        if m and not any(f[3] for f in found):
            found.append((s + m.start(), s + m.end(), None, 1, "gap.laps"))
        if not found:
            continue
        crews = [c for c in ctx.crews if c.sent == si and not c.mentions[0].in_quote and c.persons]
        if not crews and re.match(r"\s*[+–]", sentence):
            for back in (si - 1, si - 2):
                if back >= 0:
                    bs, be = ctx.sentences[back]
                    if re.match(r"\s*\d{1,2}\s*[.)]", masked[bs:be]):
                        crews = [c for c in ctx.crews if c.sent == back and c.persons][:1]
                        break
        if not crews and si > 0 and re.match(r"\s*\d{1,2}\.\s+(?:Platz|Rang|Position)\b", sentence):
            # "Martin Tomczyk (Audi Sport Team Abt)" on the line above "2. Platz, + 1,635 Sek."
            bs, be = ctx.sentences[si - 1]
            named = [c for c in ctx.crews if c.sent == si - 1 and c.persons]
            if named and NAME_LINE_REST.fullmatch(masked, named[0].end, be) and not masked[bs : named[0].start].strip():
                crews = named[:1]
        items = _inline_items(masked, s, e)
        for a, b, secs, laps, rule in found:
            window = masked[max(s, a - 90) : min(e, b + 60)]
            compared = _named_comparison(ctx, masked, crews, si, a, b)
            ng = _NOT_GAP.search(window)
            if ng and not compared and not (
                # "baute seine Führung bis ins Ziel auf fast sechs Sekunden aus": a lead built up to the finish is the margin
                re.match(r"baute", ng.group(0)) and re.search(r"\bbis\s+(?:ins|zum)\s+Ziel\b", window) and not _NOT_GAP.search(window, ng.end())
            ):
                continue
            if items:
                # "1. Max Verstappen (NED) – Red Bull 2:02:34,598 Std., 2. Lewis Hamilton (GBR) – Mercedes +22,000 Sek., ...":
                # a time inside a run-on classification is its own item's, behind the first item's crew
                own = [k for k in items if k <= a]
                if own and own[-1] != items[0] and "\n" not in masked[own[-1] : a]:  # (a time on a line of its own is not the item's)
                    first = next((c for c in crews if 0 <= c.start - items[0] <= 3), None)
                    mine = next((c for c in crews if 0 <= c.start - own[-1] <= 3), None)
                    if first is not None and mine is not None and mine.end <= a:
                        out.append(GapRecord(_first_person(mine.persons), _first_person(first.persons), secs if laps is None else None, laps, (a, b), "gap.inline_list"))
                        continue
            is_list_line = bool(re.match(r"\s*\d{1,2}\s*[.)]\s", sentence))
            is_list = is_list_line or rule == "gap.clock"
            # "Der Vorsprung auf die zweitplatzierten A, B und C im Audi ... betrug im Ziel 50,317 Sekunden"
            # ("Im Ziel betrug ihr Vorsprung auf X ... vier Sekunden")
            opener = re.match(r"\s*(?:(?:Im Ziel|Am Ende|Am Schluss)\s+(?:betrug|lag)\s+)?(?:Der|Sein|Ihr|der|sein|ihr)\s+(?:\w+\s+)?(?:Vorsprung|Rückstand|Abstand)\b", sentence)
            later_by = re.match(r"\s*(?:Sekunden\s+|Minuten\s+|Zehntel\w*\s+)?später\s+(?:\w+\s+){0,2}?(?:kam|kamen|folgte|folgten|überquerte|überquerten|sah|sahen|erreichte|erreichten|reihte|reihten|reiht)\b", masked[b:e])
            # "Die Vorjahressieger A, B und C kamen 2:01,222 Minuten später als Zweitplatzierte ins Ziel"
            later_after_verb = re.match(r"\s*(?:Sekunden\s+|Minuten\s+)?später\s+(?:als\s+\w+\s+)?(?:ins Ziel|über die (?:Ziel)?[Ll]inie|an)\b", masked[b:e]) and re.search(
                r"\b(?:kam|kamen|fuhr|fuhren|überquerte|überquerten|erreichte|erreichten|folgte|folgten)\s+$", masked[s:a]
            )
            later_by = later_by or later_after_verb
            # "Der Sieger war am Ende 3,2 Sekunden schneller als X" (not a stage's or a lap's time: "Auf der ersten
            # Durchfahrt war er 10,5 Sekunden schneller als Sordo")
            faster_at_end = re.match(r"\s*(?:Sekunden\s+|Minuten\s+)?schneller als\b", masked[b:e]) and re.search(
                r"\b(?:[Aa]m Ende|[Ii]m Ziel|[Ss]ieger\w*|Gewinner\w*|[Uu]nterm Strich|[Ii]nsgesamt)\b", sentence
            ) and not re.search(r"Durchfahrt|Prüfung|Runde|Qualifying|Training|Etappe", sentence)
            if not (is_list or laps or later_by or faster_at_end or compared or _GAP_CONTEXT.search(window) or (opener and re.search(r"\b(?:betrug|betrugen|lag)\b", masked[s:a]))):
                continue
            before = [c for c in crews if c.end <= a and a - c.end < 260]
            after = [c for c in crews if c.start >= b and c.start - b < 120]
            subject = reference = None
            ev_start, ev_end = a, b
            kw = re.match(r"\s*(?:Sekunden\s+|Minuten\s+|Runden?\s+)?(Vorsprung|Rückstand|zurück|hinter|vor)\b", masked[b:e])
            margin = kw.group(1) in {"Vorsprung", "vor"} if kw else bool(re.search(r"\bdistanzierte[n]?\b", masked[s:a])) or (
                _VORSPRUNG.search(masked[max(s, a - 40) : min(e, b + 30)]) and not re.search(r"Rückstand|hinter|zurück", window)
            ) or bool(
                # "Dabei betrug der Vorsprung von X und seinen Teamkollegen A und B ... 1,267 Sekunden auf den Nissan"
                re.search(r"\b(?:[Dd]er|[Ss]ein|[Ii]hr)\s+Vorsprung\b", masked[s:a]) and re.match(r"\s*auf\b", masked[b:e])
                and not re.search(r"Rückstand|hinter|zurück", masked[s:e])
            ) or bool(
                # "baute seine Führung bis ins Ziel auf fast sechs Sekunden aus": the winner's margin
                re.search(r"\bbaute\w*\s+(?:\w+\s+){0,2}?Führung\s+bis\s+(?:ins|zum)\s+Ziel\b", masked[s:a])
            ) or bool(
                # "; letztlich betrug der Vorsprung beim Abwinken des Wettbewerbs beinahe dreiundzwanzig Sekunden"
                re.search(r"\bbetrug\s+(?:\w+\s+){0,2}?(?:der|sein|ihr)\s+Vorsprung\b[^.;:]{0,60}$", masked[s:a])
                and not re.search(r"Rückstand|hinter|zurück", masked[s:e])
            )
            if not margin and re.match(r"\s*(?:Sekunden?\s+|Minuten?\s+|Zehntel\w*\s+)?gegen\b", masked[b:e]) and re.search(r"\bum\s*$", masked[max(s, a - 6) : a]) and re.search(
                r"\b(?:setzte[n]?|setzt|setzen)\s+sich\b|\b(?:gewann|gewannen|siegte|siegten)\b", masked[s:a]
            ):
                margin = True  # "setzten sich A und B um sieben Zehntelsekunden gegen C und D durch": the winners' margin
            beat = re.search(r"\b(?:schlug|schlugen|bezwang|bezwangen|distanzierte|distanzierten)\b", masked[s:a])
            beaten = [c for c in crews if beat and s + beat.end() <= c.start < a and not re.search(r"[,;]", masked[c.end : a])]
            named = [c for c in crews if s <= c.start and c.end <= a and not re.search(r"[,;]", masked[c.end : a])]
            left_behind = re.match(r"\s*(?:Sekunden\s+|Minuten\s+)?hinter\s+sich\s+(?:ließ|ließen|lässt|lassen|gelassen)\b", masked[b:e])
            prior = [c for c in crews if c.end <= a]
            if left_behind and len(prior) >= 2 and re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?(?:mit|um)\s+(?:\w+\s+)?", masked[prior[-1].end : a]):
                # "Razgatlioglu, der wiederum Rinaldi mit 3,925 sec hinter sich ließ": the one left behind, by the one before
                subject, reference = _first_person(prior[-1].persons), _first_person(prior[-2].persons)
                ev_end = b + left_behind.end()
            elif not beaten and named and re.match(r"\s*(?:Vorsprung\s+)?(?:zu\s+)?(?:schlagen|bezwingen|distanzieren)\b", masked[b:e]):
                # "Am Ende konnte X ihre Teamkollegin Y um 4,2 Sekunden schlagen": the object right before the
                # time is beaten, by the subject before it
                subject = _first_person(named[-1].persons)
                ahead = named[:-1]
                reference = _first_person(ahead[-1].persons) if ahead else (
                    _sentence_subject(ctx, masked, si, a) or _previous_sentence_person(ctx, si, exclude=subject)
                )
                reference = None if reference == subject else reference
                ev_end = b + re.match(r"\s*(?:Vorsprung\s+)?(?:zu\s+)?\w+", masked[b:e]).end()
                if not re.search(r"\b(?:Platz|Rang|Position|Duell|Kampf|Zweikampf)\b", masked[s:a]):
                    rule = rule.replace("gap.", "gap.margin_")
            elif beaten:
                # "Am Ende schlug er Ogier um 16,1 Sekunden": the one beaten is behind the clause's subject
                ahead = [c for c in crews if c.end <= s + beat.start()]
                if not ahead and len(beaten) >= 2:
                    ahead, beaten = beaten[:1], beaten[1:]  # "In Hockenheim distanzierte X den Zweiten Y um ...": verb second
                subject = _first_person(beaten[0].persons)
                if ahead:
                    reference = _first_person(ahead[-1].persons)
                else:
                    ana = clause_subject(ctx, masked, si, s, s + beat.start(), s + beat.end())
                    reference = _first_person(ana) if ana else _sentence_subject(ctx, masked, si, a) or _previous_sentence_person(ctx, si, exclude=subject)
                if not re.search(r"\b(?:Platz|Rang|Position|Duell|Kampf|Zweikampf)\b", masked[s:a]):
                    rule = rule.replace("gap.", "gap.margin_")  # (a win's margin, not a duel for a lower place)
            elif (rule != "gap.clock" or re.search(r"\b(?:Vorsprung|Polster)\s+von\s*$", masked[max(s, a - 25) : a]) or (
                kw is not None and kw.group(1) in {"vor", "Vorsprung"} and not is_list_line
            )) and margin:  # ("gewann am Ende 1:06,70 Minuten vor Loeb", "mit 14:51 Minuten Vorsprung auf X": a clock time in prose)
                # winner's margin: subject is behind (after "vor"/"auf"), reference is the sentence subject
                # (within the margin's own clause: "hatte sie 30 Sekunden Vorsprung, Massury konnte Rang zwei vor X behaupten")
                cut = re.search(r"[,;–]\s+(?=[A-ZÄÖÜ][\w-]+\s+(?:konnte|kam|wurde|fuhr|belegte|landete|musste|hatte|lag)\b)", masked[b:e])
                vm = re.search(r"\b(?:vor|auf|gegen|gegenüber)\b", masked[b : b + cut.start() if cut else e])
                behind = [c for c in after if vm and c.start >= b + vm.start()] or after
                described_end = e
                if vm and behind and re.search(r"\bvor\b", masked[b + vm.end() : behind[0].start]):
                    # "mit 0,935 Sekunden vor dem Österreicher und 2,494 Sekunden vor dem Briten X": X is the later margin's
                    described_end = b + vm.end() + re.search(r"\bvor\b", masked[b + vm.end() : behind[0].start]).start()
                    behind = []
                later = [c for c in crews if c.start >= b]
                winners_after = vm is not None and not before and bool(later) and bool(_WINNER_VERB.search(masked[b + vm.end() : later[0].start]))
                if winners_after:
                    # "Mit sechs Runden Vorsprung auf den zweitplatzierten Ferrari feierte das Team mit X und Y den
                    # Sieg": a verb between stands between the one behind (a car) and the winners after it
                    before, behind = later[:1], []
                if vm is not None and not before and after and behind and after[0].start < b + vm.start() and re.search(
                    r"\bPole|\bBestzeit", masked[after[0].end : b + vm.start()]
                ):
                    # "Mit 2/10 sec. Vorsprung sicherte sich X die Pole-Position vor Y": the one before "vor" is ahead
                    before = after[:1]
                if vm is None and not before and after:
                    # "Mit einem Vorsprung von 4:31 Minuten gewannen X und Y": the crew after the margin is ahead
                    before, behind = after[:1], []
                rivals = [c for c in before if re.search(r"\b(?:(?:Kampf|Duell|Zweikampf|Fight)\s+mit|gegen|gegenüber)\s+(?:[\w-]+\s+){0,2}$", masked[max(s, c.start - 40) : c.start])]
                if rivals and not behind:
                    # "nach einem Kampf mit Meister Wallenwein einen Vorsprung von 1:27,1 Minuten": the rival is behind
                    behind, before = rivals[:1], [c for c in before if c not in rivals]
                ref = before[0] if before else None
                if before and kw and kw.group(1) == "vor" and re.search(r",\s*(?:der|die)\s+(?:[\w-]+\s+){0,3}$", masked[before[-1].end : a]):
                    ref = before[-1]  # "gewann vor Stohl, der rund 20 Sekunden vor Solberg lag": the relative's antecedent
                if ref is not None:
                    reference = _first_person(ref.persons)
                else:
                    ana = clause_subject(ctx, masked, si, s, a, b)
                    reference = _first_person(ana) if ana else _sentence_subject(ctx, masked, si, a)
                subject = _first_person(behind[0].persons) if behind else None
                if reference is None and any_winner and subject not in any_winner:
                    reference = _first_person(any_winner)  # "Das bayerische Duo hatte ... einen Vorsprung von": the winner
                if subject is None and vm and not winners_after:
                    subject = _described_person(ctx, masked, b + vm.end(), described_end)
                if subject is None:
                    # the second of the winner's own classification (not a class's second at an overall win)
                    won = [(r.scope, r.klass) for r in results if reference is not None and reference in r.persons and r.session == "race" and r.position == 1]
                    seconds_results = [
                        r for r in results
                        if r.position == 2 and r.session == "race" and ((r.scope, r.klass) in won if won else r.scope == "overall")
                    ]
                    # (two races in one report: the second place told after the margin, in the race it belongs to)
                    seconds_results = [r for r in seconds_results if reference not in r.persons]  # (never the one ahead himself)
                    # (a "zweitplatzierte" car named in another sentence describes a crew, it tells no margin of its own)
                    seconds_results = [r for r in seconds_results if r.rule != "result.placed" or ctx.sentence_of(r.evidence[0]) == si]
                    later = [r for r in seconds_results if r.evidence[0] >= a]
                    pick = later[0] if later and len(seconds_results) > 1 else seconds_results[0] if seconds_results else None
                    subject = _first_person(pick.persons) if pick else None
                rule = rule.replace("gap.", "gap.margin_")
            else:
                hm = re.search(r"\b(?:hinter|auf|als|gegenüber)\b|(?<!Rückstand )(?<!Vorsprung )\bvon\b", masked[max(s, a - 60) : e])
                # (an object also with its title between: "ein Duell mit DTM-Rekordmeister Bernd Schneider")
                # ("der Rückstand auf Sieger Mitch Evans betrug knapp zehn Sekunden")
                subj_crews = [
                    c for c in before
                    if not re.search(r"\b(?:[Hh]inter|auf|als|gegenüber|mit)\s+(?:[A-ZÄÖÜ][\w-]*\s+|(?:dem|den)\s+[\w-]+\s+)?$", masked[max(s, c.start - 40) : c.start] + " ")
                    # ("Beim Sieg von Sébastien Ogier fuhr Latvala mit 14,2 Sekunden Rückstand auf Rang zwei": the winner owns the win)
                    and not re.search(r"\b(?:Sieg\w*|Triumph\w*|Erfolg\w*)\s+(?:von|des|der)\s+(?:[\w-]+\s+){0,3}$", masked[max(s, c.start - 60) : c.start] + " ")
                ]
                # "Im Ziel lag er 2:06,9 Minuten hinter Loeb": the only name comes after the time and is the one ahead
                ref_only = all(c.start >= b for c in crews) and re.match(r"\s*(?:Minuten\s+|Sekunden\s+)?(?:hinter|vor|auf)\b", masked[b:e])
                # "siegte vor seinem Teamkollegen X, der mit einem Rückstand von 41 Sekunden ins Ziel kam": the relative's antecedent
                rel_owner = [
                    c for c in before
                    if re.fullmatch(r"\s*(?:\([^()]{0,40}\)\s*)?,\s*(?:der|die)\s+(?:[\w-]+\s+){0,6}?(?:mit\s+)?(?:(?:einem|einer)\s+)?(?:Rückstand\s+von\s+)?(?:nur\s+|knapp\s+|lediglich\s+)?", masked[c.end : a])
                ]
                paren_owner = [
                    m for c in before for m in c.mentions
                    if m is not None and m.person is not None and re.fullmatch(r"\s*\(\s*", masked[m.end : a])
                ]
                if rel_owner and not is_list and not paren_owner:
                    subject = _first_person(rel_owner[-1].persons)
                elif paren_owner and not is_list:
                    subject = paren_owner[-1].person  # "Dritter wurde Latvalas Teamkollege Petter Solberg (28,7 Sekunden Rückstand)"
                elif ref_only:
                    pass
                elif is_list and crews and not re.match(r"\s*\d{1,2}\s*[.)]", sentence):
                    # "Jenson Button (+0:30.200) und Kevin Magnussen (+0:53.600)": the name right before each time
                    near_m = [m for c in crews for m in c.mentions if m is not None and m.end <= a and a - m.end < 60]
                    near = [c for c in crews if c.end <= a]
                    if near_m:
                        last = max(near_m, key=lambda m: m.end)
                        # "2. Neuville/Gilsoul (BEL/BEL) Hyundai +6,4": the crew's first-named, not its co-driver
                        subject = last.person if single_seater else next((c.persons[0] for c in crews if last in c.mentions), last.person)
                    else:
                        subject = _first_person((near[-1] if near else crews[0]).persons)
                elif is_list and crews:
                    subject = _first_person(crews[0].persons)
                elif subj_crews and _CAR_SUBJECT.search(masked[s:a]):
                    # "Es siegten A, B und C; das Schwesterauto hatte zwei Runden Rückstand": a car without names behind
                    # the winners named before
                    reference = _first_person(subj_crews[-1].persons)
                elif subj_crews:
                    # "..., während Evans auf dem dritten Platz landete, 45,2 Sekunden zurück": the clause's own subject
                    cl = list(re.finditer(r"\b(?:während|wobei|nachdem|als)\b|;", masked[s:a]))
                    own_clause = [c for c in subj_crews if cl and c.start >= s + cl[-1].end()]
                    # "Pavel hatte 2,1 Sekunden Rückstand, Lund 4,5 Sekunden": a name between a comma and the time, verb elided
                    elided = [c for c in subj_crews if re.search(r",\s*$", masked[max(s, c.start - 3) : c.start]) and not masked[c.end : a].strip()]
                    pick = elided[-1] if elided else own_clause[0] if own_clause else subj_crews[-1] if len(subj_crews) == 1 else subj_crews[0]
                    subject = _first_person(pick.persons)
                else:
                    # "Der spanische Ferrari-Pilot kam mit 3,9 Sekunden Rückstand ins Ziel", "Das Duo lag 49:41 Minuten zurück"
                    cut = s
                    for cm in re.finditer(r"[,;:](?=\s)", masked[s:a]):
                        if not any(c.start <= s + cm.start() < c.end for c in crews):
                            cut = s + cm.end()
                    ana = clause_subject(ctx, masked, si, cut, a, b)
                    if ana:
                        subject = _first_person(ana)
                    else:
                        own = [r for r in results if r.position >= 2 and s <= r.evidence[0] < e and r.persons]
                        if own and len({tuple(r.persons) for r in own}) == 1:
                            subject = _first_person(own[0].persons)  # "Mit zehn Sekunden Rückstand kam der BMW auf Rang zwei ins Ziel"
                if subject is None and after:
                    free = [
                        c for c in after
                        if not re.search(r"(?:auf|hinter|vor|gegenüber|als)\s*(?:den|dem|die)?\s*$", masked[max(s, c.start - 12) : c.start])
                        and (
                            not re.search(r"\b(?:auf|hinter|vor|gegenüber)\s+(?:[\w-]+\s+){0,3}$", masked[b : c.start])
                            # "Mit einer Runde Rückstand auf die Sieger wurden X und Y Zweite": the winners are a group word,
                            # the names after its verb are the ones behind
                            or re.search(r"\bauf\s+(?:die|den|das)\s+(?:Sieger\w*|Gewinner\w*|Siegerteam|Siegerauto|Spitze|Führenden)\s+[a-zäöüß]\w*\s+$", masked[b : c.start])
                        )
                    ]
                    glued_ref = re.match(  # ("1:13,3 min hinter Sieger Hirschi": a title between, still the one ahead)
                        r"\s*(?:Sekunden\s+|Minuten\s+|Zehntel\s+)?(?:hinter|vor)\s+(?:dem|den|der)?\s*(?:[A-ZÄÖÜ][\w-]*\s+){0,2}$", masked[b : after[0].start]
                    )
                    if free or not (re.search(r"\bRückstand\s+(?:von\s+\S+\s+\S+\s+)?auf\b", masked[a:e]) or glued_ref):
                        subject = _first_person((free or after)[0].persons)  # ("1,3 Sekunden hinter X": X is ahead)
                ref_crews = []
                if hm:
                    pos = max(s, a - 60) + hm.end()
                    ref_crews = [c for c in crews if c.start >= pos and _first_person(c.persons) != subject]
                duel = [c for c in crews if re.search(r"(?:Duell|Zweikampf|Kampf) mit\s*$", masked[max(s, c.start - 20) : c.start])]
                duel_won = [r for r in results if r.rule == "result.duel_win" and s <= r.evidence[0] < e and r.persons and subject not in r.persons]
                if ref_crews:
                    reference = _first_person(ref_crews[0].persons)
                elif duel_won:
                    reference = _first_person(duel_won[0].persons)  # "musste sich X dem Briten Y um 0,3 Sekunden geschlagen geben"
                elif duel:
                    reference = _first_person(duel[0].persons)
                else:
                    # the winner of the subject's scope
                    sub_res = [r for r in results if subject is not None and subject in r.persons and r.session == "race"]
                    key = (sub_res[0].scope, sub_res[0].klass) if sub_res else ("overall", None)
                    ref_persons = winners.get(key) or any_winner
                    if not ref_persons:
                        # (a report of class races only: the class winner named last before the time)
                        class_winner = max(
                            (r for r in results if r.session == "race" and r.position == 1 and r.persons and r.evidence[0] < a),
                            key=lambda r: r.evidence[0], default=None,
                        )
                        ref_persons = class_winner.persons if class_winner else None
                    if ref_persons and subject not in (ref_persons or []):
                        reference = _first_person(ref_persons)
                # expand evidence to the verb phrase around ("um 0,410 Sekunden geschlagen")
                tail = re.match(r"\s*(?:Sekunden\s+)?(?:geschlagen|Rückstand|zurück|dahinter|hinter\w*)", masked[b:e])
                if tail:
                    ev_end = b + tail.end()
                head = re.search(r"(?:\bnur\s+)?(?:hauchdünn\s+|knapp\s+)?\b(?:um|mit)\s+(?:die Winzigkeit von\s+|\w+\s+)?$", masked[max(s, a - 45) : a])
                if head:
                    ev_start = max(s, a - 45) + head.start()
            zw = re.search(r"\b[Zz]wischen\s+(?=\S)", masked[s:a])
            pair = [c for c in crews if zw and s + zw.end() <= c.start < a]
            tr = re.match(
                r"\s*(?:Sekunden\s+|Zehntel\w*\s+)?(?:(?:trennte[n]?|trennen|trennt)\s+(?:\w+\s+){0,2}?|zwischen\s+(?:den\s+)?(?:[\w-]+\s+)?)(?=[A-ZÄÖÜ])",
                masked[b:e],
            )  # ("... lagen 2,838 Sekunden zwischen den Schlussfahrern Hand und Pilet")
            if not pair and tr:
                pair = [c for c in crews if c.start >= b + tr.start()][:2]  # "Nur 1,333 Sekunden trennten Verstappen und Hamilton"
            named_tr = re.search(r"\b(?:trennte[n]?|trennen|trennt)\s+(?=[A-ZÄÖÜ])", masked[s:a])
            if not pair and named_tr:
                # "Am Ende trennten Michellod und Hirschi 18,8 Sekunden": the two named between the verb and the time
                inside = [c for c in crews if s + named_tr.end() <= c.start and c.end <= a]
                joined = (len(inside) == 2 and re.fullmatch(r"\s*(?:und|sowie|,)\s*", masked[inside[0].end : inside[1].start])) or (
                    len(inside) == 1 and len(inside[0].persons) == 2  # (the two joined as one crew: "Michellod und Hirschi")
                )
                if joined and re.fullmatch(r"\s*(?:(?:nur|lediglich|gerade\s+einmal|knapp|exakt|genau)\s+)?", masked[inside[-1].end : a]):
                    pair = inside
            both = re.search(r"\btrennte[n]?\s+(?:die\s+beiden|beide|sie)\s+(?:[\w-]+\s+){0,3}$", masked[s:a])
            if not pair and both:
                # "X wehrte die Angriffe von Y ab, im Ziel trennten die beiden weniger als eine halbe Sekunde": the two
                # named before, in this sentence
                pair = [c for c in crews if c.end <= s + both.start()][-2:]
            two = None
            if len(pair) >= 2:  # "Zwischen Neuville und Rovanperä liegen 16,9 Sekunden": the second is behind the first
                two = (_first_person(pair[1].persons), _first_person(pair[0].persons))
            elif len(pair) == 1 and len(pair[0].persons) == 2:
                two = (pair[0].persons[1], pair[0].persons[0])
            if two is not None:
                subject, reference = two
                placed_at = {p: r.position for r in results if r.session == "race" and r.scope == "overall" and len(r.persons) == 1 for p in r.persons}
                if subject in placed_at and reference in placed_at and placed_at[subject] < placed_at[reference]:
                    subject, reference = reference, subject  # (the places told before say who was ahead)
            placed = _between_places(masked[s:a], results)
            if placed is not None:
                subject, reference = placed  # "zwischen Platz zwei und drei lagen am Ende nur 1,1 Sekunden"
            if re.search(r"\bverpasste\w*\s+(?:\w+\s+){0,2}?(?:Podium|Podest|Treppchen)\s+(?:\w+\s+){0,3}?um\s*$", masked[s:a]):
                third = [r for r in results if r.session == "race" and r.scope == "overall" and r.position == 3 and r.persons]
                if third and subject not in third[0].persons:
                    reference = _first_person(third[0].persons)  # "verpasste das Podium nur um 0,8 Sekunden": behind the third
            nach = re.match(r"\s*(?:Sekunden\s+)?nach\b", masked[b:e])
            if nach and after:
                follow = [c for c in after if re.search(r"\b(?:folgte[n]?|kam|kamen|landete[n]?)\b", masked[b : c.start])]
                if follow:
                    subject = _first_person(follow[0].persons)
                    reference = _first_person(after[0].persons) if after[0] is not follow[0] else reference
            if later_after_verb and before:
                subject = _first_person(before[-1].persons)
                ahead = [r for r in results if r.session == "race" and r.evidence[0] < s and r.persons and subject not in r.persons]
                if ahead:  # the winner, else the last one placed before
                    reference = _first_person(any_winner) if any_winner and subject not in any_winner else _first_person(
                        max(ahead, key=lambda r: (r.evidence[0] >= ctx.sentences[max(0, si - 1)][0], -r.position)).persons
                    )
            elif later_by and after and si > 0:
                # "Den Sieg holte A vor B. Acht Sekunden später kam C ins Ziel": C is behind the last one placed before
                ps, _pe = ctx.sentences[si - 1]
                placed = [r for r in results if r.session == "race" and ps <= r.evidence[0] < s and r.persons]
                if placed:
                    subject = _first_person(after[0].persons)
                    reference = _first_person(max(placed, key=lambda r: r.position).persons)
            faster = re.search(r"schneller als\s*$", masked[b : min(e, b + 15)] + " ") or re.search(
                r"^\s*(?:Sekunden\s+)?schneller als", masked[b:e]
            )
            if faster and after:
                subject, reference = _first_person(after[0].persons), (_first_person(before[-1].persons) if before else None)
                if reference is None and re.search(r"\b(?:[Dd]er|[Dd]ie)\s+(?:[\w-]+\s+)?(?:Sieger|Siegerin|Gewinner|Gewinnerin)\b", masked[s:a]) and any_winner:
                    reference = _first_person(any_winner)  # "Der Sieger war 3,2 Sekunden schneller als X": the win's margin
                    rule = rule.replace("gap.", "gap.margin_")
            elif faster and before and re.match(r"\s*(?:Sekunden\s+)?schneller als\s+(?:der|die|den)\s+(?:[\w-]+\s+)?(?:Zweit\w*|Verfolger\w*|Konkurrenz)", masked[b:e]):
                subject, reference = None, _first_person(before[-1].persons)  # "12,5 Sekunden schneller als der Zweitplatzierte"
            if compared:
                subject, reference = compared
            if subject is None and reference is not None and re.match(r"\s*(?:Sekunden?|Zehntel\w*|Minuten?)?\s*hinter\b", masked[b:e]):
                # "Eine Sekunde hinter Günther fuhr Stefan Kerschbaumer über die Ziellinie": the one after the verb
                ref_crew = next((c for c in crews if c.start >= b and reference in c.persons), None)
                nxt = next((c for c in crews if ref_crew is not None and c.start > ref_crew.end), None)
                if nxt is not None and re.fullmatch(
                    r"\s*(?:\([^()]{0,40}\)\s*)?(?:fuhr|fuhren|kam|kamen|landete|landeten|überquerte|überquerten|sah|sahen|erreichte|erreichten)\s+(?:(?:der|die)\s+)?(?:[\w-]+\s+){0,2}?",
                    masked[ref_crew.end : nxt.start],
                ):
                    subject = _first_person(nxt.persons)
            if subject is None and reference is not None and not [c for c in before if reference not in c.persons] and not margin:
                # "Der 26-Jährige aus Kempten ... hatte 6,551 Sekunden Rückstand auf X", "Von Platz 9 bis auf Platz 2,
                # nur 1,3 Sekunden hinter X": the one the previous sentence of the paragraph is about
                subject = _sentence_subject(ctx, masked, si, a) or _previous_sentence_person(ctx, si, exclude=reference)
            if subject is None and not crews:
                p2 = [r for r in results if r.position == 2 and r.session == "race" and r.scope == "overall"]
                subject = _first_person(p2[0].persons) if p2 else None
            if subject is not None and reference is not None and subject == reference:
                reference = None
            if subject is None and reference is None:
                continue  # a time between nobody the text names
            if rule.endswith("seconds") and secs is not None and secs >= 600 and secs % 60 == 0 and not re.search(
                r"Rückstand|Vorsprung|zurück", masked[max(s, a - 25) : min(e, b + 25)]
            ):
                continue  # "nach 80 Minuten", "20 Minuten lang": a stretch of time, not a gap
            out.append(GapRecord(subject, reference, secs if laps is None else None, laps, (ev_start, ev_end), rule))
    out += _bare_times_of_inline_runs(ctx, masked, out)
    out = _times_row_under_names_row(ctx, masked, out)
    _shared_parenthesis(ctx, masked, out)
    _further_margins(masked, out)
    return dedupe_gaps(out)


def _further_margins(masked: str, out: list[GapRecord]) -> None:
    """ "2,4 s vor B und weitere 1,1 s vor C": the further margin is C's behind B, the one the margin before reached."""
    for k, g in enumerate(out):
        if k == 0 or g.subject is None or not _FURTHER.search(masked, max(0, g.evidence[0] - 30), g.evidence[0]):
            continue
        prev = out[k - 1]
        if prev.subject is not None and prev.subject != g.subject and 0 <= g.evidence[0] - prev.evidence[1] <= 200 and not re.search(
            r"[.!?]\s", masked[prev.evidence[1] : g.evidence[0]]
        ):
            g.reference = prev.subject


# one parenthesis with the gaps of several names: "Timo Glock und Tom Blomqvist positionieren (+0.231, +0.280)",
# "auf den Startplätzen 14 und 17 (+0.582 bzw. +0.827)"
_SHARED_PAREN = re.compile(r"\((?P<body>\s*\+\s?\d[\d:.,]*\s*s?(?:\s*(?:,|;|bzw\.|und|/)\s*\+\s?\d[\d:.,]*\s*s?)+\s*)\)")


def _shared_parenthesis(ctx: Context, masked: str, out: list[GapRecord]) -> None:
    """The gaps of one parenthesis go, in order, to as many names right before it in its sentence (each name's first
    person), the last names named before the parenthesis in the same clause."""
    for m in _SHARED_PAREN.finditer(masked):
        inside = sorted((g for g in out if m.start() <= g.evidence[0] < m.end()), key=lambda g: g.evidence[0])
        if len(inside) < 2:
            continue
        si = ctx.sentence_of(m.start())
        s = ctx.sentences[si][0]
        cut = max(s, masked.rfind(";", s, m.start()) + 1)
        names = [
            mn.person for c in ctx.crews if c.sent == si and cut <= c.start < m.start()
            for mn in c.mentions if mn is not None and mn.person is not None and not mn.in_quote
        ]
        if len(names) < len(inside) or len(set(names[-len(inside):])) != len(inside):
            continue
        for g, person in zip(inside, names[-len(inside):]):
            g.subject = person
            if g.reference == person:
                g.reference = None


# one cell of a table's time column flattened into a line: the winner's time, a "+" gap, laps behind, a retirement
_TIME_CELL = re.compile(
    r"(?P<total>\d{1,2}:\d\d:\d\d[.,]\d{1,3})|\+\s?(?P<gap>(?:\d{1,2}:)?\d{1,2}[.,]\d{1,3})"
    r"|(?P<laps>\d{1,2})\s+Runde[n]?\s+zurück"
    r"|[^\d\n+]*?\d{1,3}\.\s*Runde(?:,\s+[^\d\n]+?(?=\s+\d|\s*$))?"  # "53. Runde, Hydraulik", "Getriebeschaden 54. Runde"
)


def _times_row_under_names_row(ctx: Context, masked: str, found: list[GapRecord]) -> list[GapRecord]:
    """A table flattened into a line of ranked names ("1. Michael Schumacher, 2. Rubens Barrichello, ...") and a line of
    its time column under it ("1:27:32,841 + 13,290 + 32,294 ... 1 Runde zurück ... 53. Runde, Hydraulik"): when the
    line holds only time cells, as many as there are names, each cell is the gap of the name at its place."""
    lines = line_spans(masked)
    out = list(found)
    for (na, nb), (ta, tb) in zip(lines, lines[1:]):
        items = _inline_items(masked, na, nb)
        if len(items) < 4:
            continue
        cells = list(_TIME_CELL.finditer(masked, ta, tb))
        if len(cells) != len(items) or re.sub(r"\s+", "", masked[ta:tb]) != "".join(re.sub(r"\s+", "", c.group(0)) for c in cells):
            continue  # (the line holds the cells and nothing else)
        crews = [next((c for c in ctx.crews if 0 <= c.start - k <= 3 and c.persons), None) for k in items]
        if crews[0] is None:
            continue
        out = [g for g in out if not ta <= g.evidence[0] < tb]  # (the cells told apart by their order, not by a name)
        leader = _first_person(crews[0].persons)
        for crew, cell in zip(crews[1:], cells[1:]):
            if crew is None:
                continue
            if cell.group("gap"):
                secs = parse_clock(cell.group("gap"))
                if secs is not None:
                    out.append(GapRecord(_first_person(crew.persons), leader, secs, None, (cell.start("gap"), cell.end("gap")), "gap.times_row"))
            elif cell.group("laps"):
                out.append(GapRecord(_first_person(crew.persons), leader, None, int(cell.group("laps")), (cell.start(), cell.end()), "gap.times_row"))
    return out


# (also before the item's points in brackets: "3. Sam Lowes (Gb), Kalex, 1,124 (16).")
_BARE_TIME = re.compile(r"(?<![\d:.,+–-])((?:\d{1,2}:)?\d{1,2}[.,]\d{1,3})\s*(?:Min\.|Sek\.|s)?\s*(?:\(\d{1,3}(?:\s*(?:WM-)?Punkte)?\)\s*)?[.,;]?\s*(?:[–-]\s*)?$")


def _bare_times_of_inline_runs(ctx: Context, masked: str, found: list[GapRecord]) -> list[GapRecord]:
    """An agency's result service run into a paragraph gives each gap as a bare time after the car ("1. Mattias
    Ekström (Sd), Audi A4, 1:00:12,345. 2. Bruno Spengler (Ka), AMG-Mercedes C-Klasse, 3,547. 3. ..."): the time that
    closes an item is its gap to the first item's crew, unless the first item closes with a time of the same form
    (then every item gives its own total or lap)."""
    out: list[GapRecord] = []
    taken = {(g.evidence[0], g.evidence[1]) for g in found}
    for pa, pb in line_spans(masked):
        items = _inline_items(masked, pa, pb)
        if not items:
            continue
        ends = [masked.rfind(" ", pa, k - 1) for k in items[1:]] + [pb]
        first = next((c for c in ctx.crews if 0 <= c.start - items[0] <= 3 and c.persons), None)
        if first is None:
            continue
        # the standings run into a line ("Fahrer-Wertung nach 10 Läufen: 1. Ekström 50 Pkt. - 2. Spengler 47 - ...")
        # close their items with points, no times
        head = masked[pa : items[0]]
        if _CHAMP.search(head) or _STANDINGS_HEAD.search(head) or _ROW_POINTS.search(masked, items[0], ends[0]):
            continue
        head_time = _BARE_TIME.search(masked, items[0], ends[0])
        for k in range(1, len(items)):
            m = _BARE_TIME.search(masked, items[k], ends[k])
            mine = next((c for c in ctx.crews if 0 <= c.start - items[k] <= 3 and c.persons), None)
            if m is None or mine is None or mine.end > m.start(1):
                continue
            if head_time is not None and head_time.group(1).count(":") == m.group(1).count(":"):
                continue
            a, b = m.start(1), m.end(1)
            if any(x <= a < y for x, y in taken):
                continue
            raw = m.group(1)
            val = parse_clock(raw) if ":" in raw else parse_decimal(raw)
            if val is not None:
                out.append(GapRecord(_first_person(mine.persons), _first_person(first.persons), val, None, (a, b), "gap.inline_list"))
    return out


def _inline_items(masked: str, s: int, e: int) -> list[int]:
    """Where the names of a classification run into one sentence start ("... Std., 2. Lewis Hamilton ..., 3. ..."):
    the numbers 1, 2, 3, ... in order (three at least), each before a capital; the offsets after the numbers."""
    run: list[re.Match[str]] = []
    for m in re.finditer(r"(?:^|(?<=[\s:,;–(]))(\d{1,2})\.\s+(?=[A-ZÄÖÜ])", masked[s:e]):
        n = int(m.group(1))
        if run and n == int(run[-1].group(1)) + 1:
            run.append(m)
        elif n == 1:
            run = [m]
    return [s + m.end() for m in run] if len(run) >= 3 else []


def dedupe_gaps(gaps: list[GapRecord]) -> list[GapRecord]:
    """One gap per subject and value: prose and a classification list often state the same one twice;
    a gap without subject is dropped when the same value is already known with one."""
    out: list[GapRecord] = []
    for g in gaps:
        value = (round(g.seconds, 3) if g.seconds is not None else None, g.laps)
        if any(
            (round(o.seconds, 3) if o.seconds is not None else None, o.laps) == value
            and (o.subject == g.subject or g.subject is None)
            for o in out
        ):
            continue
        out = [
            o for o in out
            if not (o.subject is None and g.subject is not None and (round(o.seconds, 3) if o.seconds is not None else None, o.laps) == value)
        ]
        out.append(g)
    return out
