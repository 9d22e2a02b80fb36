"""Gaps: the newer families (inline list gaps, minutes written with a dot, 'nach A folgte B', narrow misses)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import matching_gaps


def xfail(reason):
    return pytest.mark.xfail(reason=reason, strict=False)


def gap_facts(doc):
    return {(g.subject, g.reference, g.seconds, g.laps) for g in doc.gaps}


INLINE = (
    "Ergebnis: 1. Yvan Muller (Volvo), 2. Tiago Monteiro (Honda) (+0:13.600), "
    "3. José María López (Citroën) (+0:21.044)."
)

# (text, (subject, reference, seconds, laps) that must be among the gaps)
POSITIVE = [
    pytest.param(
        "Marc Lieb gewann das 24-Stunden-Rennen mit 4min33 Vorsprung auf Uwe Alzen.",
        ("Uwe Alzen", "Marc Lieb", 273.0, None),
        id="4min33-Vorsprung",
    ),
    pytest.param(
        "Gabriele Tarquini gewann vor José María López, der um 0,025 Sekunden das Nachsehen hatte.",
        ("José María López", "Gabriele Tarquini", 0.025, None),
        id="das-Nachsehen",
    ),
    pytest.param(
        "Alexander Sims gewann vor Maximilian Günther und Lucas di Grassi. Im Ziel hatte Günther 1,3 Sekunden "
        "Rückstand auf Sims und 1,5 Sekunden Vorsprung auf di Grassi.",
        ("Lucas di Grassi", "Maximilian Günther", 1.5, None),
        id="Rueckstand-and-Vorsprung-in-one-sentence",
    ),
    pytest.param(
        "Ergebnis Rallye Schweden:\n1. Sébastien Ogier/Julien Ingrassia (FRA/FRA) VW Polo R WRC 2:52:34,4\n"
        "2. Thierry Neuville/Nicolas Gilsoul (BEL/BEL) Hyundai i20 WRC +6,4\n",
        ("Thierry Neuville", "Sébastien Ogier", 6.4, None),
        id="rally-table-gap-belongs-to-the-driver",
    ),
    pytest.param(
        "Lewis Hamilton (Großbritannien) gewann vor Fernando Alonso (Spanien) und Mark Webber. Der spanische "
        "Ferrari-Pilot kam mit einem Rückstand von 3,9 Sekunden ins Ziel, Webber mit 9,7 Sekunden.",
        ("Fernando Alonso", "Lewis Hamilton", 3.9, None),
        id="nationality-adjective-description-is-the-subject",
    ),
    pytest.param(
        "Lucas di Grassi gewann. Daniel Abt hatte 6,551 Sekunden Rückstand auf seinen siegreichen Teamkollegen Lucas di Grassi.",
        ("Daniel Abt", "Lucas di Grassi", 6.551, None),
        id="Rückstand-auf-X-X-is-the-reference",
    ),
    pytest.param(
        "Timo Bernhard und Romain Dumas gewannen. Im Ziel hatten sie eine Runde Vorsprung vor dem zweitplatzierten "
        "Porsche, der von Armin Hahne und Pierre Kaffer pilotiert wurde.",
        ("Armin Hahne", "Timo Bernhard", None, 1),
        id="eine-Runde-Vorsprung-vor",
    ),
    pytest.param(
        "Tom Kristensen, Dindo Capello und Allan McNish gewannen mit einem Vorsprung von nur 4 Minuten und 31 Sekunden "
        "auf Jacques Villeneuve.",
        ("Jacques Villeneuve", "Tom Kristensen", 271.0, None),
        id="Minuten-und-Sekunden-one-value",
    ),
    pytest.param(
        "Sébastien Ogier gewann die Rallye. Zwischen Thierry Neuville und Kalle Rovanperä liegen 16,9 Sekunden.",
        ("Kalle Rovanperä", "Thierry Neuville", 16.9, None),
        id="Zwischen-A-und-B-liegen",
    ),
    pytest.param(
        "Nasser Al-Attiyah gewann die Dakar. Dirk von Zitzewitz und Giniel de Villiers wurden Zweite. "
        "Das Duo lag am Samstag 49:41 Minuten zurück.",
        ("Dirk von Zitzewitz", "Nasser Al-Attiyah", 2981.0, None),
        id="das-Duo-lag-zurück",
    ),
    pytest.param(
        "Nico Müller gewann auf dem Norisring. Im Ziel hatte er 4,2 Sekunden Vorsprung auf Robin Frijns.",
        ("Robin Frijns", "Nico Müller", 4.2, None),
        id="margin-pronoun-subject-from-previous-sentence",
    ),
    pytest.param(
        "Fernando Alonso gewann in Valencia. Der Spanier setzte sich mit 1,9 Sekunden Vorsprung gegen Kimi Räikkönen durch.",
        ("Kimi Räikkönen", "Fernando Alonso", 1.9, None),
        id="margin-description-subject",
    ),
    pytest.param(INLINE, ("Tiago Monteiro", "Yvan Muller", 13.6, None), id="inline-list-second"),
    pytest.param(INLINE, ("José María López", "Yvan Muller", 21.044, None), id="inline-list-third"),
    pytest.param(
        "Marco Wittmann gewann mit 2.12 Minuten Vorsprung vor Timo Glock.",
        ("Timo Glock", "Marco Wittmann", 132.0, None),
        id="2.12-Minuten-Vorsprung-vor",
    ),
    pytest.param(
        "Timo Glock lag im Ziel 2.12 Minuten hinter Marco Wittmann.",
        ("Timo Glock", "Marco Wittmann", 132.0, None),
        id="2.12-Minuten-hinter",
    ),
    pytest.param(
        "Marco Wittmann kam 2.12 Minuten vor Timo Glock ins Ziel.",
        ("Timo Glock", "Marco Wittmann", 132.0, None),
        id="2.12-Minuten-vor",
    ),
    pytest.param(
        "René Rast gewann das Rennen. 21,877 Sekunden nach René Rast folgte Nico Müller.",
        ("Nico Müller", "René Rast", 21.877, None),
        id="Sekunden-nach-A-folgte-B",
    ),
    pytest.param(
        "Mattias Ekström gewann in Hockenheim. 21,877 Sekunden nach Ekström folgten die BMW-Piloten "
        "Marco Wittmann und Timo Glock.",
        ("Marco Wittmann", "Mattias Ekström", 21.877, None),
        id="Sekunden-nach-A-folgten-B-surname-reference",
    ),
    pytest.param(
        "Marco Wittmann gewann vor Timo Glock. Um die Winzigkeit von 5,6 Sekunden verpasste Glock den Sieg.",
        ("Timo Glock", "Marco Wittmann", 5.6, None),
        id="Winzigkeit-verpasste-den-Sieg",
    ),
    pytest.param(
        "Um die Winzigkeit von 5,6 Sekunden verpasste Timo Glock den Sieg gegen Marco Wittmann.",
        ("Timo Glock", "Marco Wittmann", 5.6, None),
        id="Winzigkeit-verpasste-den-Sieg-gegen",
    ),
    pytest.param(
        "Kelvin van der Linde und Dries Vanthoor gewannen im Audi. Der Vorsprung auf die zweitplatzierten Jules "
        "Gounon und Maro Engel im Mercedes-AMG betrug im Ziel 12,408 Sekunden.",
        ("Jules Gounon", "Kelvin van der Linde", 12.408, None),
        id="Der-Vorsprung-auf-die-Zweitplatzierten-betrug",
    ),
    pytest.param(
        "Pascal Wehrlein gewann in Mexiko. Jake Dennis zeigte eine starke Aufholjagd. Von Startplatz 14 bis auf "
        "Rang zwei, am Ende nur 2,6 Sekunden hinter Pascal Wehrlein.",
        ("Jake Dennis", "Pascal Wehrlein", 2.6, None),
        id="verbless-hinter-X-after-a-sentence-about-the-subject",
    ),
    pytest.param(
        "Nyck de Vries wurde Zweiter. Der 24-Jährige aus Uitwellingerga hatte im Ziel 1,5 Sekunden Rückstand auf "
        "den Sieger Stoffel Vandoorne.",
        ("Nyck de Vries", "Stoffel Vandoorne", 1.5, None),
        id="description-with-origin-as-subject-of-Rueckstand-auf",
    ),
    pytest.param(
        "In Hockenheim distanzierte Nyck de Vries den zweitplatzierten Charles Leclerc um neun Sekunden.",
        ("Charles Leclerc", "Nyck de Vries", 9.0, None),
        id="distanzierte-X-um-N-Sekunden",
    ),
    pytest.param(
        "Thierry Neuville gewann die Rallye. Am Ende schlug er Sébastien Ogier um 16,1 Sekunden.",
        ("Sébastien Ogier", "Thierry Neuville", 16.1, None),
        id="schlug-er-X-um-N-Sekunden",
    ),
    pytest.param(
        "Thierry Neuville gewann vor Sébastien Ogier, während Elfyn Evans auf dem dritten Platz landete, 45,2 "
        "Sekunden zurück.",
        ("Elfyn Evans", "Thierry Neuville", 45.2, None),
        id="waehrend-clause-has-its-own-subject",
    ),
    pytest.param(
        "Formel 1. Max Verstappen gewann vor Lewis Hamilton. Nur 1,333 Sekunden trennten Verstappen und Verfolger Hamilton im Ziel.",
        ("Lewis Hamilton", "Max Verstappen", 1.333, None),
        id="N-Sekunden-trennten-A-und-Verfolger-B",
    ),
    pytest.param(
        "Formel 1. Sebastian Vettel gewann vor Mark Webber. Am Ende lagen lediglich 2,838 Sekunden zwischen Webber und Vettel.",
        ("Mark Webber", "Sebastian Vettel", 2.838, None),
        id="zwischen-A-und-B-ordered-by-the-places-before",
    ),
    pytest.param(
        "Formel E. Pascal Wehrlein holte die Pole. Mit Oliver Rowland qualifizierte sich ein Rookie auf dem zweiten Platz. "
        "Sein Rückstand auf Spitzenreiter Wehrlein betrug 0,152 Sekunden.",
        ("Oliver Rowland", "Pascal Wehrlein", 0.152, None),
        id="Sein-Rueckstand-auf-X-is-the-one-before",
    ),
    pytest.param(
        "GP2. Romain Grosjean gewann vor Vitaly Petrov. Keiner konnte Grosjean gefährlich werden, der mit über zwei "
        "Sekunden Vorsprung gewann.",
        ("Vitaly Petrov", "Romain Grosjean", 2.0, None),
        id="Keiner-is-no-name",
    ),
    pytest.param(
        "Supercup. Dort hatte der Zweite des Samstagsrennens, Norbert Siedler, die Nase vorn und holte sich mit 0,013 "
        "Sekunden Vorsprung den dritten Rang.",
        (None, "Norbert Siedler", 0.013, None),
        id="Vorsprung-of-a-driver-placed-second-elsewhere-keeps-him-ahead",
    ),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_gap_phrasing_more(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    found = gap_facts(doc)
    hits = matching_gaps(doc, expected)
    assert hits, f"expected {expected}; extracted {found}"
    assert check_offsets(text, doc) == []


def test_inline_list_gaps_belong_to_the_name_before_them(extract_doc):
    """Each '(+m:ss.fff)' is its own driver's gap: one per trailing driver, none for the winner."""
    doc = extract_doc(INLINE)
    by_subject = {g.subject: g.seconds for g in doc.gaps}
    assert by_subject == {"Tiago Monteiro": pytest.approx(13.6), "José María López": pytest.approx(21.044)}
    assert all("+0:" in g.evidence.text for g in doc.gaps), [g.evidence.text for g in doc.gaps]


def test_inline_list_gaps_leave_the_results_intact(extract_doc):
    doc = extract_doc(INLINE)
    places = {r.position: r.drivers for r in doc.results if r.session == "race"}
    assert places == {1: ["Yvan Muller"], 2: ["Tiago Monteiro"], 3: ["José María López"]}


def test_narrow_miss_evidence_holds_the_figure(extract_doc):
    text = "Marco Wittmann gewann vor Timo Glock. Um die Winzigkeit von 5,6 Sekunden verpasste Glock den Sieg."
    doc = extract_doc(text)
    (gap,) = doc.gaps
    assert "5,6 Sekunden" in gap.evidence.text
    assert text[gap.evidence.start : gap.evidence.end] == gap.evidence.text


NEGATIVE = [
    pytest.param(
        "Nico Müller verkürzte den Rückstand auf René Rast in der Schlussphase auf 8,8 Sekunden.",
        id="verkuerzte-den-Rueckstand",
    ),
    pytest.param(
        "Sébastien Ogier geht mit 11,5 Sekunden Vorsprung in die zweite Etappe.",
        id="Vorsprung-in-die-zweite-Etappe",
    ),
    pytest.param(
        "Sébastien Ogier geht mit 11,5 Sekunden Vorsprung auf Thierry Neuville in die zweite Etappe.",
        id="Vorsprung-auf-Y-in-die-zweite-Etappe",
    ),
    pytest.param("vor 1 Min.\n\nLucas Auer gewinnt in der Lausitz vor Timo Glock.", id="page-timestamp"),
    pytest.param(
        "Im Ziel lagen die ersten neun Fahrer um Sieger Lucas Auer nur 4,2 Sekunden auseinander.",
        id="field-spread-auseinander",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_gap_more(extract_doc, text):
    doc = extract_doc(text)
    assert doc.gaps == [], gap_facts(doc)


@pytest.mark.parametrize("text", [p.values[0] for p in POSITIVE], ids=[p.id for p in POSITIVE])
def test_gap_names_are_driver_names_and_differ_more(extract_doc, text):
    doc = extract_doc(text)
    known = {d.name for d in doc.drivers}
    for g in doc.gaps:
        for who in (g.subject, g.reference):
            assert who is None or who in known, (who, known)
        assert g.subject is None or g.subject != g.reference


def test_bare_times_in_a_results_table_are_gaps_to_the_winner(extract_doc):
    text = (
        "Ergebnis:\n1. Kimi Räikkönen Ferrari 1:31:18,555 Std.\n2. Robert Kubica BMW-Sauber 19,570\n"
        "3. Heikki Kovalainen McLaren 38,450\n"
    )
    got = gap_facts(extract_doc(text))
    assert ("Robert Kubica", "Kimi Räikkönen", 19.57, None) in got, got
    assert ("Heikki Kovalainen", "Kimi Räikkönen", 38.45, None) in got, got


def test_total_times_in_a_results_table_are_no_gaps(extract_doc):
    text = (
        "Ergebnis:\n1. René Rast (Bingen) Audi 56:59,123\n2. Marco Wittmann (Fürth) BMW 57:00,288\n"
        "3. Timo Glock (Wersau) BMW 57:01,790\n"
    )
    assert not [g for g in extract_doc(text).gaps if g.seconds and g.seconds > 600]


def test_the_name_after_hinter_is_never_the_one_behind(extract_doc):
    doc = extract_doc("Von Startplatz 14 bis auf Rang zwei, am Ende nur 2,6 Sekunden hinter Pascal Wehrlein.")
    assert all(g.subject != "Pascal Wehrlein" for g in doc.gaps), gap_facts(doc)


def test_beating_someone_in_a_duel_for_a_place_is_no_win(extract_doc):
    text = "René Rast gewann. Im Kampf um Platz fünf schlug Nico Müller den BMW-Piloten Marco Wittmann um 0,2 Sekunden."
    doc = extract_doc(text)
    assert not any(r.position in (1, 2) and "Nico Müller" in r.drivers for r in doc.results), doc.results
    assert matching_gaps(doc, ("Marco Wittmann", "Nico Müller", 0.2, None)), gap_facts(doc)


@pytest.mark.parametrize(
    "text, winner",
    [
        (
            "Beim 9-Stunden-Rennen in Kyalami siegten Mathieu Jaminet, Dennis Olsen und Nick Tandy mit einem Vorsprung "
            "von 6,745 Sekunden auf den zweitplatzierten Walkenhorst-BMW M6 GT3.",
            "Mathieu Jaminet",
        ),
        ("Im Ziel hatte Nick Catsburg 15,452 Sekunden Vorsprung auf den zweitplatzierten Audi.", "Nick Catsburg"),
    ],
)
def test_a_margin_over_an_unnamed_car_keeps_the_winner_ahead(extract_doc, text, winner):
    doc = extract_doc(text)
    assert [(g.subject, g.reference) for g in doc.gaps] == [(None, winner)], doc.gaps
    assert not any(r.position == 2 and winner in r.drivers for r in doc.results), doc.results


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mikko Hirvonen sicherte sich den dritten Platz (Rückstand: 2:46,7 Minuten).", ("Mikko Hirvonen", None, 166.7, None)),
        (
            "Jean-Eric Vergne gewann. Der Vorsprung des G-Drive-Aurus auf die Konkurrenz betrug am Ende eine ganze Runde.",
            (None, "Jean-Eric Vergne", None, 1),
        ),
        (
            "Nick Catsburg gewann vor Arno Klasen. Bei der Zielankunft war das Polster auf 3,5 Sekunden geschmolzen.",
            ("Arno Klasen", "Nick Catsburg", 3.5, None),
        ),
    ],
)
def test_gap_wordings_of_new_releases(extract_doc, text, expected):
    assert matching_gaps(extract_doc(text), expected), extract_doc(text).gaps


def test_a_lead_built_during_the_event_is_no_gap(extract_doc):
    doc = extract_doc(
        "Sébastien Ogier gewann vor Jari-Matti Latvala. Am Samstag baute er seinen Polster aber auf über 30 Sekunden aus."
    )
    assert not [g for g in doc.gaps if g.seconds == 30], doc.gaps


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Giniel de Villiers und Dirk von Zitzewitz errangen mit einem Vorsprung von 8:59 Minuten auf den "
            "VW-Teampartner Mark Miller den Gesamtsieg.",
            ("Mark Miller", "Giniel de Villiers", 539.0, None),
            id="Vorsprung-von-clock-auf-X",
        ),
        pytest.param(
            "Sébastien Loeb hat die Rallye gewonnen. Der Franzose triumphierte 47,7 Sekunden auf seinen Teamkollegen "
            "Daniel Sordo.",
            ("Daniel Sordo", "Sébastien Loeb", 47.7, None),
            id="triumphierte-N-Sekunden-auf-X",
        ),
        pytest.param(
            "Sébastien Loeb gewann. Mikko Hirvonen lag vor dem Lauf mit Loeb an der Spitze. Im Ziel lag er 2:06,9 "
            "Minuten hinter Loeb.",
            ("Mikko Hirvonen", "Sébastien Loeb", 126.9, None),
            id="er-lag-Minuten-hinter-X",
        ),
        pytest.param(
            "Hermann Gaßner und Karin Thannhäuser gewannen. Das Duo hatte nach einem packenden Kampf mit Meister "
            "Sandro Wallenwein einen Vorsprung von 1:27,1 Minuten herausgefahren.",
            ("Sandro Wallenwein", "Hermann Gaßner", 87.1, None),
            id="Kampf-mit-X-Vorsprung-von",
        ),
    ],
)
def test_margins_and_pronoun_subjects_of_rally_reports(extract_doc, text, expected):
    assert matching_gaps(extract_doc(text), expected), extract_doc(text).gaps


def test_the_co_driver_named_with_mit_is_not_the_one_beaten(extract_doc):
    doc = extract_doc("Matthias Kahle gewann gemeinsam mit seinem Beifahrer Peter Göbel mit 6,3 Sekunden Vorsprung.")
    assert not matching_gaps(doc, ("Peter Göbel", "Matthias Kahle", 6.3, None)), doc.gaps


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Raffaele Marciello gewann vor Maro Engel und Luca Engstler. Zwischen Platz zwei und drei lagen am Ende "
            "nur 1,1 Sekunden.",
            ("Luca Engstler", "Maro Engel", 1.1, None),
            id="zwischen-Platz-zwei-und-drei",
        ),
        pytest.param(
            "Raffaele Marciello gewann vor Maro Engel und Luca Engstler. Laurens Vanthoor wurde Vierter. Der Porsche "
            "verpasste das Podium nur um 0,8 Sekunden.",
            ("Laurens Vanthoor", "Luca Engstler", 0.8, None),
            id="verpasste-das-Podium-um",
        ),
        pytest.param(
            "Mit sechs Runden Vorsprung auf den zweitplatzierten Ferrari feierte das Kundenteam Imsa Performance mit "
            "den Werksfahrern Richard Lietz (Österreich) und Patrick Long (USA) sowie Raymond Narac (Frankreich) "
            "seinen ersten Erfolg.",
            (None, "Richard Lietz", None, 6),
            id="Vorsprung-auf-a-car-then-the-winners-verb",
        ),
    ],
)
def test_gaps_between_places_and_margins_over_unnamed_cars(extract_doc, text, expected):
    assert matching_gaps(extract_doc(text), expected), extract_doc(text).gaps


def test_n_seconds_vor_x_makes_x_the_one_behind_the_relative_clauses_antecedent(extract_doc):
    doc = extract_doc(
        "Marcus Grönholm gewann vor Manfred Stohl, der rund 20 Sekunden vor Ex-Weltmeister Petter Solberg aus "
        "Norwegen im Subaru (1:55,2 Minuten zurück) lag."
    )
    assert matching_gaps(doc, ("Petter Solberg", "Manfred Stohl", 20.0, None)), doc.gaps


def test_sein_vorsprung_betrug_is_the_winners_margin(extract_doc):
    doc = extract_doc(
        "Josef Newgarden gewann vor Will Power. Newgarden war der dominierende Mann. Sein Vorsprung betrug am Ende "
        "5,156 Sekunden."
    )
    assert matching_gaps(doc, ("Will Power", "Josef Newgarden", 5.156, None)), doc.gaps


def test_laps_covered_are_no_gap(extract_doc):
    doc = extract_doc(
        "Dirk Werner, Bill Auberlen und Tommy Milner legten beim 13. Petit Le Mans im BMW M3 GT2 insgesamt 354 Runden "
        "zurück und kamen auf den vierten Platz."
    )
    assert doc.gaps == []


def test_im_ziel_betrug_ihr_vorsprung_auf_is_the_winners_margin(extract_doc):
    doc = extract_doc(
        "So bejubelten Mattia Drudi und Christopher Mies im Audi den Sieg. Im Ziel betrug ihr Vorsprung auf die "
        "Markenkollegen Mirko Bortolotti und Robin Frijns knappe vier Sekunden."
    )
    assert matching_gaps(doc, ("Mirko Bortolotti", "Mattia Drudi", 4.0, None)), doc.gaps


@pytest.mark.parametrize(
    "line, seconds",
    [
        pytest.param("2. Giniel de Villiers (ZA) VW + 49.41 Min.", 2981.0, id="mm.ss-Min"),
        pytest.param("2. Carlos Sainz (E) VW + 1:20.38 Std.", 4838.0, id="h:mm.ss-Std"),
        pytest.param("2. Stéphane Peterhansel (F) BMW + 1:43.48 Stunden", 6228.0, id="h:mm.ss-Stunden"),
        pytest.param("2. Kimi Räikkönen (McLaren) + 1,022 Sekunden", 1.022, id="seconds"),
    ],
)
def test_a_table_time_is_read_by_its_unit(extract_doc, line, seconds):
    doc = extract_doc("Nasser Al-Attiyah gewann die Rallye.\n1. Nasser Al-Attiyah (Q) VW\n" + line)
    assert [g.seconds for g in doc.gaps] == [seconds], doc.gaps


def test_a_clock_time_in_prose_before_vor_is_the_winners_margin(extract_doc):
    doc = extract_doc("Marcus Grönholm gewann am Ende 1:06,70 Minuten vor Sebastien Loeb.")
    assert matching_gaps(doc, ("Sebastien Loeb", "Marcus Grönholm", 66.7, None)), doc.gaps


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Kevin Estre und Michael Christensen gewannen vor Miguel Molina. Schlussendlich hielt Estre das "
            "Ferrari-Schwesterauto mit 8,6 Sekunden auf Abstand.",
            ("Miguel Molina", "Kevin Estre", 8.6, None),
            id="hielt-X-mit-N-Sekunden-auf-Abstand",
        ),
        pytest.param(
            "Antonio Fuoco gewann vor Jose Maria Lopez. Am Ende hat Fuoco im Ferrari um 14 Sekunden die Nase vorne.",
            ("Jose Maria Lopez", "Antonio Fuoco", 14.0, None),
            id="um-N-Sekunden-die-Nase-vorne",
        ),
    ],
)
def test_margins_told_by_idiom(extract_doc, text, expected):
    doc = extract_doc(text)
    assert matching_gaps(doc, expected), doc.gaps


def test_the_rival_named_with_a_title_after_mit_is_not_the_one_behind(extract_doc):
    doc = extract_doc(
        "Bernd Schneider gewann in Hockenheim. Martin Tomczyk, der sich ein spannendes Duell um den Sieg mit "
        "DTM-Rekordmeister Bernd Schneider lieferte und mit lediglich 1,635 Sekunden Rückstand den zweiten Platz "
        "belegte, war zufrieden."
    )
    assert matching_gaps(doc, ("Martin Tomczyk", "Bernd Schneider", 1.635, None)), doc.gaps
    assert (frozenset({"Martin Tomczyk"}), "race", "overall", 2) in {(frozenset(r.drivers), r.session, r.scope, r.position) for r in doc.results}


def test_rueckstand_auf_sieger_x_makes_x_the_reference(extract_doc):
    doc = extract_doc(
        "Mitch Evans gewann in Rom vor André Lotterer. Der 30-jährige Waadtländer wurde Dritter. Am Ende betrug der "
        "Rückstand auf Sieger Mitch Evans knapp zehn Sekunden."
    )
    assert [(g.reference, g.seconds) for g in doc.gaps] == [("Mitch Evans", 10.0)], doc.gaps
    assert all(g.subject != "Mitch Evans" for g in doc.gaps)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Marc Lieb und Richard Lietz gewannen die GT2-Klasse mit einem Vorsprung von zwei Runden auf den "
            "zweitplatzierten Ferrari.",
            (None, "Marc Lieb", None, 2),
        ),
        (
            "Das Team gewann die 12 Stunden von Bathurst. Dabei betrug der Vorsprung von Shane van Gisbergen und seinen "
            "Teamkollegen Alvaro Parente und Jonathan Webb nach 297 Runden lediglich 1,267 Sekunden auf den "
            "zweitplatzierten Nissan GT-R.",
            (None, "Shane van Gisbergen", 1.267, None),
        ),
    ],
    ids=["laps-after-Vorsprung-von", "Vorsprung-von-the-crew-ahead"],
)
def test_a_margin_over_a_car_without_names_has_no_subject(extract_doc, text, expected):
    assert [(g.subject, g.reference, g.seconds, g.laps) for g in extract_doc(text).gaps] == [expected]


def test_a_margin_over_a_car_makes_the_crew_ahead_the_winner_but_no_class_second_the_runner_up(extract_doc):
    doc = extract_doc(
        "Timo Bernhard und Romain Dumas teilten sich das Cockpit. Im Ziel hatten sie einen Vorsprung von einer Runde "
        "auf den zweitplatzierten Audi.\nErgebnis GT2-Klasse 1. Lieb/Lietz (D/A), Porsche, 338 Runden 2. "
        "Farnbacher/Simonsen (D/AUS), Ferrari, 336 3. Holzer/Westbrook (D/GB), Porsche, 327"
    )
    assert [(g.subject, g.reference, g.laps) for g in doc.gaps] == [(None, "Timo Bernhard", 1)]
    assert not [r for r in doc.results if r.scope == "overall" and r.position == 2], doc.results


def test_a_sister_car_behind_named_winners_has_no_subject(extract_doc):
    doc = extract_doc("Es siegten Marcel Fässler, André Lotterer und Benoît Tréluyer; das Schwesterauto hatte zwei Runden Rückstand.")
    assert [(g.subject, g.reference, g.laps) for g in doc.gaps] == [(None, "Marcel Fässler", 2)]


def test_a_margin_in_the_second_race_of_a_weekend_is_over_that_races_second(extract_doc):
    doc = extract_doc(
        "Im ersten Lauf gewannen Joel Eriksson und Nico Menzel. Rang zwei belegten Laurens Vanthoor und Kevin Estre.\n\n"
        "Im zweiten Lauf sicherten sich Laurens Vanthoor und Kevin Estre mit dem hauchdünnen Vorsprung von 0,042 Sekunden "
        "den Sieg. Rang zwei belegten Kelvin van der Linde und Jordan Lee Pepper."
    )
    assert ("race", 1, ("Laurens Vanthoor", "Kevin Estre")) in {(r.session, r.position, tuple(r.drivers)) for r in doc.results}
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Kelvin van der Linde", "Laurens Vanthoor", 0.042)]


def test_seconds_later_is_a_gap_to_the_last_one_placed_before(extract_doc):
    doc = extract_doc("Den Rennsieg holte Nico Rosberg vor Lewis Hamilton. Acht Sekunden später kam Sebastian Vettel ins Ziel.")
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Sebastian Vettel", "Lewis Hamilton", 8.0)]


def test_a_duel_for_a_lower_place_gives_that_place_and_the_gap_to_its_winner(extract_doc):
    doc = extract_doc(
        "Bernd Schneider gewann das Rennen. Im Kampf um Platz vier musste sich Tom Kristensen dem Briten Gary Paffett "
        "um 0,3 Sekunden geschlagen geben."
    )
    assert {(r.position, r.drivers[0]) for r in doc.results} == {(1, "Bernd Schneider"), (4, "Gary Paffett"), (5, "Tom Kristensen")}
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Tom Kristensen", "Gary Paffett", 0.3)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sébastien Loeb gewann die Rallye. Der Sieger war am Ende 3,2 Sekunden schneller als Mikko Hirvonen.",
            ("Mikko Hirvonen", "Sébastien Loeb", 3.2),
        ),
        ("Am Ende war Kalle Rovanperä 12,5 Sekunden schneller als der Zweitplatzierte.", (None, "Kalle Rovanperä", 12.5)),
        (
            "Beim Sieg von Sébastien Ogier fuhr Jari-Matti Latvala mit 14,2 Sekunden Rückstand auf den zweiten Rang.",
            ("Jari-Matti Latvala", "Sébastien Ogier", 14.2),
        ),
    ],
)
def test_faster_than_at_the_end_and_a_deficit_beside_the_winners_win(extract_doc, text, expected):
    assert [(g.subject, g.reference, g.seconds) for g in extract_doc(text).gaps] == [expected]


def test_a_stage_won_by_seconds_is_no_gap(extract_doc):
    doc = extract_doc("Sébastien Ogier gewann. Auf der ersten Durchfahrt war er 10,5 Sekunden schneller als Dani Sordo.")
    assert doc.gaps == []


def test_minutes_later_after_the_verb_is_a_gap_to_the_winner(extract_doc):
    doc = extract_doc(
        "Nach 380 Runden fuhr das Hypercar von Sébastien Buemi, Brendon Hartley und Ryo Hirakawa als erstes über die "
        "Ziellinie. Die Vorjahressieger Mike Conway, Kamui Kobayashi und José María López kamen 2:01,222 Minuten später "
        "als Zweitplatzierte ins Ziel."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Mike Conway", "Sébastien Buemi", 121.222)]
    assert {(r.scope, r.position, r.drivers[0]) for r in doc.results} == {("overall", 1, "Sébastien Buemi"), ("overall", 2, "Mike Conway")}


def test_the_winner_named_in_a_long_genitive_is_no_subject(extract_doc):
    doc = extract_doc(
        "Beim Sieg des finnischen Ford-Piloten Jari-Matti Latvala fuhr Sébastien Loeb mit 27,8 Sekunden Rückstand auf den zweiten Rang."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Sébastien Loeb", "Jari-Matti Latvala", 27.8)]


def test_a_deficit_in_parentheses_belongs_to_the_name_before_it(extract_doc):
    doc = extract_doc(
        "Jari-Matti Latvala gewann die Rallye. Zweiter wurde Sébastien Loeb. Dritter wurde Latvalas norwegischer "
        "Teamkollege Petter Solberg (28,7 Sekunden Rückstand)."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Petter Solberg", "Jari-Matti Latvala", 28.7)]


def test_a_deficit_in_a_relative_clause_belongs_to_its_antecedent(extract_doc):
    doc = extract_doc("Marcus Grönholm siegte vor seinem Teamkollegen Mikko Hirvonen, der mit einem Rückstand von 41 Sekunden ins Ziel kam.")
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Mikko Hirvonen", "Marcus Grönholm", 41.0)]


def test_behind_a_group_word_the_names_after_its_verb_are_behind():
    from pipeline import extract

    doc = extract(
        "Frank Stippler und Christopher Mies gewannen. Mit zwei Runden Rückstand auf das Siegerteam wurden Bernd Schneider, "
        "Maximilian Buhk und Andreas Zuber als Zweite gewertet.",
        id="t",
    )
    assert [(g.subject, g.reference, g.laps) for g in doc.gaps] == [("Bernd Schneider", "Frank Stippler", 2)], doc.gaps


def test_a_rally_gap_in_hours_before_rueckstand(extract_doc):
    doc = extract_doc(
        "Rallye Dakar. Nasser Al-Attiyah gewann. Giniel de Villiers/Dirk von Zitzewitz belegten mit 1:28:22 Stunden "
        "Rückstand Rang drei."
    )
    assert gap_facts(doc) == {("Giniel de Villiers", "Nasser Al-Attiyah", 5302.0, None)}


def test_beating_someone_by_a_time_with_an_infinitive(extract_doc):
    doc = extract_doc("Rallye Polen. Am Ende konnte Jari-Matti Latvala seinen Teamkollegen Andreas Mikkelsen um 11,9 Sekunden schlagen.")
    assert gap_facts(doc) == {("Andreas Mikkelsen", "Jari-Matti Latvala", 11.9, None)}
    pronoun = extract_doc("Rallye Polen. Ott Tänak fuhr stark. Am Ende konnte er Thierry Neuville um 4,2 Sekunden bezwingen.")
    assert gap_facts(pronoun) == {("Thierry Neuville", "Ott Tänak", 4.2, None)}


def test_a_list_gap_in_minutes_dot_seconds_comma_thousandths(extract_doc):
    # "+ 1.05,310 Sek." in a WEC results list is one minute and 5.310 seconds, not 1.05 seconds
    doc = extract_doc(
        "WEC Shanghai. Ergebnis:\n"
        "01. Buemi/Davidson/Sarrazin (Toyota) 6:00.12,345 Std.\n"
        "02. Lotterer/Fässler/Tréluyer (Audi) + 1.05,310 Sek.\n"
        "03. Lieb/Dumas/Jani (Porsche) + 12,5 Sek.\n"
    )
    assert {(g.subject, g.seconds) for g in doc.gaps} == {("Lotterer", 65.31), ("Lieb", 12.5)}


def test_a_run_on_classification_after_a_numbered_heading_gives_each_time_to_its_own_item(extract_doc, check_offsets):
    # an agency's result service: the sentence opens with "2. Lauf", the items follow with " – " and ", "
    text = (
        "2. Lauf zur Formel-1-WM in Imola (63 Runden): 1. Max Verstappen (Niederlande) – Red Bull 2:02:34,598 Std., "
        "2. Lewis Hamilton (Großbritannien) – Mercedes +22,000 Sek., 3. Lando Norris (Großbritannien) – McLaren +23,702, "
        "4. Charles Leclerc (Monaco) – Ferrari +1:04,772 Min., 5. Lance Stroll (Kanada) – Aston Martin +1 Rd."
    )
    doc = extract_doc(text)
    assert check_offsets(text, doc) == []
    assert matching_gaps(doc, ("Lewis Hamilton", "Max Verstappen", 22.0, None))
    assert matching_gaps(doc, ("Lando Norris", "Max Verstappen", 23.702, None))
    assert matching_gaps(doc, ("Charles Leclerc", "Max Verstappen", 64.772, None))
    assert matching_gaps(doc, ("Lance Stroll", "Max Verstappen", None, 1))
    assert not [g for g in doc.gaps if g.subject == "Max Verstappen"]


def test_bare_times_closing_the_items_of_an_agency_result_service_are_gaps(extract_doc, check_offsets):
    text = (
        "DTM in Hockenheim. Ergebnis: 1. Mattias Ekström (Sd), Audi A4, 1:00:12,345. 2. Bruno Spengler (Ka), "
        "AMG-Mercedes C-Klasse, 3,547. 3. Alexandre Prémat (Fr), Audi A4, 4,614. 4. Jamie Green (Gb), AMG-Mercedes, 1:12,001."
    )
    doc = extract_doc(text)
    assert check_offsets(text, doc) == []
    assert matching_gaps(doc, ("Bruno Spengler", "Mattias Ekström", 3.547, None))
    assert matching_gaps(doc, ("Alexandre Prémat", "Mattias Ekström", 4.614, None))
    assert matching_gaps(doc, ("Jamie Green", "Mattias Ekström", 72.001, None))
    text = (
        "MotoGP in Brünn. Ergebnis:\n1. Casey Stoner (AUS) Ducati 42:01,123\n2. Jorge Lorenzo (ESP) Yamaha 3,456\n"
        "7. Valentino Rossi (ITA) Ducati 37,113.\n"
    )
    assert matching_gaps(extract_doc(text), ("Valentino Rossi", "Casey Stoner", 37.113, None))  # (the period after the time)


def test_items_that_all_close_with_a_time_of_one_form_give_no_gaps(extract_doc):
    text = (
        "Qualifying in Monza: 1. Lewis Hamilton (Gb), Mercedes, 1:19,307. 2. Valtteri Bottas (Fi), Mercedes, 1:19,390. "
        "3. Sebastian Vettel (De), Ferrari, 1:19,480."
    )
    assert not extract_doc(text).gaps


def test_points_closing_the_items_of_a_standings_run_are_no_gaps(extract_doc):
    # the standings of an agency's result service: the numbers after the names are points
    text = (
        "DTM in Hockenheim. Mattias Ekström gewann vor Bruno Spengler.\n"
        "Fahrer-Wertung, Endstand nach 10 Läufen: 1. Ekström 50 Pkt. - 2. Spengler 47 - 3. Martin Tomczyk (GER) Audi A4 40 "
        "- 4. Jamie Green 34,5"
    )
    doc = extract_doc(text)
    assert not doc.gaps


def test_a_time_column_flattened_under_a_names_line_gives_each_cell_to_the_name_at_its_place(extract_doc, check_offsets):
    text = (
        "Formel 1 in Imola. Michael Schumacher gewann.\nEndstand:\n"
        "1 Michael Schumacher 2 Rubens Barrichello 3 Jarno Trulli 4 Fernando Alonso 5 Takuma Sato 6 Ralf Schumacher\n"
        "1:27:32,841 + 13,290 + 32,294 + 1:13,804 1 Runde zurück 53. Runde, Hydraulik\n"
    )
    doc = extract_doc(text)
    assert check_offsets(text, doc) == []
    assert matching_gaps(doc, ("Rubens Barrichello", "Michael Schumacher", 13.29, None))
    assert matching_gaps(doc, ("Jarno Trulli", "Michael Schumacher", 32.294, None))
    assert matching_gaps(doc, ("Fernando Alonso", "Michael Schumacher", 73.804, None))
    assert matching_gaps(doc, ("Takuma Sato", "Michael Schumacher", None, 1))
    assert not [g for g in doc.gaps if g.subject == "Ralf Schumacher"]


def test_a_flattened_time_column_may_name_the_retirement_before_its_lap(extract_doc):
    text = (
        "Formel 1 in Imola. Rubens Barrichello gewann.\n"
        "1 Rubens Barrichello 2 Michael Schumacher 3 Kimi Räikkönen 4 Ralf Schumacher 5 Jenson Button 6 Felipe Massa\n"
        "1:35:07,426 + 0,294 + 46,435 2 Runden zurück Getriebeschaden 54. Runde Defekt nach Kollision27. Runde\n"
    )
    doc = extract_doc(text)
    assert matching_gaps(doc, ("Michael Schumacher", "Rubens Barrichello", 0.294, None))
    assert matching_gaps(doc, ("Ralf Schumacher", "Rubens Barrichello", None, 2))
    assert not [g for g in doc.gaps if g.subject in {"Jenson Button", "Felipe Massa"}]


def test_a_list_line_ending_in_laps_as_a_word_is_a_lapped_car(extract_doc):
    text = (
        "Formel 1 in Monza. Kimi Räikkönen gewann.\n1. Kimi Räikkönen FIN Ferrari 1:27:12,345\n"
        "2. Max Verstappen NED Red Bull + 1,234\n3. Brendon Hartley NZL Toro Rosso eine Runde\n4. Lance Stroll CAN Williams zwei Runden\n"
    )
    doc = extract_doc(text)
    assert matching_gaps(doc, ("Brendon Hartley", "Kimi Räikkönen", None, 1))
    assert matching_gaps(doc, ("Lance Stroll", "Kimi Räikkönen", None, 2))


def test_a_time_behind_a_named_driver_opening_the_sentence_is_the_gap_of_the_one_after_the_verb(extract_doc):
    text = "Supermoto. Jesco Günther wurde Zweiter. Eine Sekunde hinter Günther fuhr Stefan Kerschbaumer über die Ziellinie."
    doc = extract_doc(text)
    assert matching_gaps(doc, ("Stefan Kerschbaumer", "Jesco Günther", 1.0, None))


def test_sec_is_a_unit_of_seconds_when_a_gap_word_goes_with_it(extract_doc):
    doc = extract_doc(
        "Superbike-WM. Jan Roth kreuzte mit 7,2 sec Vorsprung auf Uwe Kern als Sieger die Ziellinie. "
        "Mit 14,9 sec Rückstand wurde Paul Stein Dritter."
    )
    assert matching_gaps(doc, ("Uwe Kern", "Jan Roth", 7.2, None))
    assert matching_gaps(doc, ("Paul Stein", "Jan Roth", 14.9, None))


@pytest.mark.parametrize(
    "text",
    [
        "Kart. Im Zeittraining fuhren Tom Weber (31,943 sec.) und Jan Roth (32,103 sec.) die besten Zeiten.",
        "Superbike-WM. Jan Roth gewann. Pro Runde fuhr Roth 0,6 sec schneller als Uwe Kern.",
    ],
)
def test_lap_times_and_paces_are_no_gaps(extract_doc, text):
    assert extract_doc(text).gaps == []


def test_a_pace_per_lap_is_no_gap_and_pro_is_no_driver(extract_doc):
    doc = extract_doc(
        "Superbike-WM. In der zweiten Rennhälfte war Jan Roth nicht zu besiegen. Pro Runde fuhr Roth 0,6 sec schneller "
        "als der Rest und kreuzte mit 7,2 Sekunden Vorsprung auf Uwe Kern die Ziellinie."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Uwe Kern", "Jan Roth", 7.2)]
    assert sorted(d.name for d in doc.drivers) == ["Jan Roth", "Uwe Kern"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "DTM. Die Pole holte Lukas Auer. Knapp dahinter konnten sich Audi-Pilot Rene Rast (+0.227) sowie die "
            "BMW-Piloten Timo Glock und Tom Blom positionieren (+0.231, +0.280).",
            {("Rene Rast", 0.227), ("Timo Glock", 0.231), ("Tom Blom", 0.28)},
        ),
        (
            "DTM. Maro Engel und Paul Resta stehen auf den Startplätzen 14 und 17 (+0.582 bzw. +0.827).",
            {("Maro Engel", 0.582), ("Paul Resta", 0.827)},
        ),
    ],
)
def test_one_parenthesis_of_several_gaps_goes_in_order_to_the_names_before_it(extract_doc, text, expected):
    assert {(g.subject, g.seconds) for g in extract_doc(text).gaps} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Im Qualifying holte Tom Berger die Pole-Position. Er war 0,076 Sekunden schneller als Max Kuhn.",
            ("Max Kuhn", "Tom Berger", 0.076, None),
            id="faster-than-after-pole",
        ),
        pytest.param(
            "Tom Berger holte die Pole mit 1:40.529 Minuten und war damit um 0,127 Sekunden schneller als "
            "Tabellenführer Max Kuhn (20, Australien).",
            ("Max Kuhn", "Tom Berger", 0.127, None),
            id="faster-than-a-titled-rival-despite-the-lap-time",
        ),
        pytest.param(
            "Im Qualifying holte Tom Berger die Pole-Position, Max Kuhn war nur 27 Tausendstelsekunden langsamer als Berger.",
            ("Max Kuhn", "Tom Berger", 0.027, None),
            id="slower-than",
        ),
        pytest.param(
            "Tom Berger holte die Pole. Er war 0,122 Sekunden schneller als sein Teampartner Max Kuhn.",
            ("Max Kuhn", "Tom Berger", 0.122, None),
            id="faster-than-the-team-mate",
        ),
    ],
)
def test_a_time_faster_or_slower_than_someone_named_is_a_gap(extract_doc, text, expected):
    assert matching_gaps(extract_doc(text), expected), extract_doc(text).gaps


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berger gewann die Prüfung. Er war fünf Tausendstelsekunden schneller als Max Kuhn.",
        "Tom Berger gewann. Pro Runde fuhr Berger 0,6 Sekunden schneller als Max Kuhn.",
        "Tom Berger gewann. Zeitweise war er zwei Sekunden schneller als Max Kuhn.",
        "Tom Berger gewann. Auf der ersten Durchfahrt war er 10,5 Sekunden schneller als Max Kuhn.",
    ],
)
def test_a_stage_or_a_pace_faster_than_someone_is_no_gap(extract_doc, text):
    assert not [g for g in extract_doc(text).gaps if g.subject == "Max Kuhn"], extract_doc(text).gaps


def test_a_gap_evidence_starts_at_a_word(extract_doc):
    doc = extract_doc(
        "Tom Berger holte die Pole mit 1:40.529 Minuten und war damit um 0,127 Sekunden schneller als Tabellenführer Max Kuhn."
    )
    assert [g.evidence.text for g in doc.gaps] == ["um 0,127 Sekunden"], doc.gaps


def test_a_thousandth_of_a_second_in_the_singular_is_the_whole_evidence(extract_doc):
    doc = extract_doc("DTM. Max Kuhn sicherte sich die Pole-Position mit nur einer Tausendstelsekunde Vorsprung auf Tom Berger.")
    assert [(g.evidence.text, g.seconds) for g in doc.gaps] == [("einer Tausendstelsekunde", 0.001)], doc.gaps


def test_the_name_after_a_sentence_opening_hinter_is_ahead_not_behind(extract_doc):
    doc = extract_doc(
        "Tom Berger gewann das Rennen. Hinter Berger überquerte Max Kuhn die Ziellinie als Zweiter mit einem Rückstand von 3,3 Sekunden."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Max Kuhn", "Tom Berger", 3.3)], doc.gaps


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Tom Berger und Udo Fink gewannen mit einer Minute und 33 Sekunden Vorsprung auf Max Kuhn und Jan Roth.",
            ("Max Kuhn", "Tom Berger", 93.0, None),
            id="einer-Minute-und-33-Sekunden",
        ),
        pytest.param(
            "Tom Berger gewann die Rallye, der Franzose Max Kuhn (59,5 zurück/beide Ford) wurde Dritter.",
            ("Max Kuhn", "Tom Berger", 59.5, None),
            id="a-bare-time-zurueck-in-a-name-s-parenthesis",
        ),
    ],
)
def test_minutes_in_words_and_bare_times_behind(extract_doc, text, expected):
    doc = extract_doc(text)
    assert gap_facts(doc) == {expected}, doc.gaps


def test_die_beiden_separated_by_a_time_are_the_two_named_before_in_the_sentence(extract_doc):
    doc = extract_doc(
        "Larry ten Voorde siegte. Deutlich enger ging es im Kampf um den zweiten Platz zu. Dorian Boccolacci wehrte bis zur "
        "Zielflagge sämtliche Angriffe von Laurin Heinrich ab, im Ziel trennten die beiden weniger als eine halbe Sekunde."
    )
    assert [(g.subject, g.reference, g.seconds) for g in doc.gaps] == [("Laurin Heinrich", "Dorian Boccolacci", 0.5)], doc.gaps


def test_a_margin_um_n_gegen_x_puts_x_behind(extract_doc):
    doc = extract_doc("WEC. Tim Berg und Jan Roth setzten sich nach sechs Stunden um sieben Zehntelsekunden gegen Max Kuhn und Udo Fink durch.")
    gaps = {(g.subject, g.reference, g.seconds) for g in doc.gaps}
    assert ("Max Kuhn", "Tim Berg", 0.7) in gaps, gaps


def test_a_further_margin_counts_from_the_one_before(extract_doc):
    doc = extract_doc("Formel 4. Gewonnen hat Ole Brix, 2,4 s vor Kai Sender und weitere 1,1 s vor Jens Lorch.")
    gaps = {(g.subject, g.reference, g.seconds) for g in doc.gaps}
    assert {("Kai Sender", "Ole Brix", 2.4), ("Jens Lorch", "Kai Sender", 1.1)} <= gaps, gaps
    places = {(tuple(r.drivers), r.position) for r in doc.results if r.session == "race"}
    assert (("Jens Lorch",), 3) in places and (("Jens Lorch",), 2) not in places, places


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Dakar. Stephane Peterhansel gewann mit 14:51 Minuten Vorsprung auf Nasser Al-Attiyah.",
            ("Nasser Al-Attiyah", "Stephane Peterhansel", 891.0, None),
            id="a-clock-time-Vorsprung-auf-Y",
        ),
        pytest.param(
            "Rallye. Joe Michellod gewann vor Jonathan Hirschi. Am Ende trennten Michellod und Hirschi 18,8 Sekunden.",
            ("Jonathan Hirschi", "Joe Michellod", 18.8, None),
            id="trennten-A-und-B-N-Sekunden",
        ),
        pytest.param(
            "Le Mans. Fernando Alonso gewann vor Jose Maria Lopez. Am Ende trennten die beiden Toyota-Teams lediglich 16,972 Sekunden.",
            ("Jose Maria Lopez", "Fernando Alonso", 16.972, None),
            id="trennten-die-beiden-Toyota-Teams",
        ),
        pytest.param(
            "Rallycross. Robin Larsson gewann vor Mattias Ekström. Larsson kreuzte die Ziellinie eine knappe halbe Sekunde vor Ekström.",
            ("Mattias Ekström", "Robin Larsson", 0.5, None),
            id="eine-knappe-halbe-Sekunde",
        ),
        pytest.param(
            "Rallye. Jonathan Hirschi gewann vor Mike Coppens. Coppens lag im Ziel 1:13,3 min hinter Sieger Hirschi.",
            ("Mike Coppens", "Jonathan Hirschi", 73.3, None),
            id="clock-time-min-hinter-Sieger-X",
        ),
        pytest.param(
            "VLN. Maro Engel gewann vor Hubert Haupt. Sein Rückstand auf den Sieger betrug rund fünfunddreißig Sekunden.",
            ("Hubert Haupt", "Maro Engel", 35.0, None),
            id="a-compound-number-word",
        ),
        pytest.param(
            "Superbike. Alvaro Bautista gewann vor Toprak Razgatlioglu, der Michael Ruben Rinaldi mit 3,925sec hinter sich ließ.",
            ("Michael Ruben Rinaldi", "Toprak Razgatlioglu", 3.925, None),
            id="sec-glued-and-hinter-sich-liess",
        ),
        pytest.param(
            "ELMS. Ferdinand Habsburg gewann vor Julien Canal. Habsburg führte früh; letztlich betrug der Vorsprung beim Abwinken beinahe dreiundzwanzig Sekunden.",
            ("Julien Canal", "Ferdinand Habsburg", 23.0, None),
            id="betrug-der-Vorsprung-after-a-semicolon",
        ),
        pytest.param(
            "Moto2 in Misano. 1. Enea Bastianini (It), Kalex, 16:11,977 Minuten (25 WM-Punkte). 2. Marco Bezzecchi (It), Kalex, "
            "0,720 Sekunden zurück (20 WM-Punkte). 3. Sam Lowes (Gb), Kalex, 1,124 (16). 4. Luca Marini (It), Kalex, 2,310 (13).",
            ("Luca Marini", "Enea Bastianini", 2.31, None),
            id="a-bare-time-before-the-items-points",
        ),
        pytest.param(
            "Boxer Cup in Brünn. Robert Liebfart gewann vor Andy Grimm. Liebfart rettete 3 hundertstel Sekunden Vorsprung ins Ziel.",
            ("Andy Grimm", "Robert Liebfart", 0.03, None),
            id="hundertstel-Sekunden-in-lower-case",
        ),
        pytest.param(
            "Mini Challenge. Robert Lechner gewann vor Thomas Jäger. Lechner baute seine Führung bis ins Ziel auf fast sechs Sekunden aus.",
            ("Thomas Jäger", "Robert Lechner", 6.0, None),
            id="baute-seine-Fuehrung-bis-ins-Ziel-aus",
        ),
        pytest.param(
            "MX Ladies Cup. Larissa Papenmeier gewann vor Alexandra Massury und Tanja Schlosser. Souverän brachte Papenmeier den Sieg nach Hause – "
            "im Ziel hatte sie knapp 30 Sekunden Vorsprung, Massury konnte den zweiten Rang vor Tanja Schlosser behaupten.",
            ("Alexandra Massury", "Larissa Papenmeier", 30.0, None),
            id="a-margin-whose-next-clause-has-its-own-vor",
        ),
    ],
)
def test_margins_as_clock_times_and_separations(extract_doc, text, expected):
    doc = extract_doc(text)
    assert matching_gaps(doc, expected), doc.gaps


def test_the_one_ahead_after_hinter_and_a_title_is_never_the_subject(extract_doc):
    doc = extract_doc("Rallye. Jonathan Hirschi gewann vor Mike Coppens. Der amtierende Meister lag im Ziel 1:13,3 min hinter Sieger Hirschi.")
    assert not [g for g in doc.gaps if g.subject == "Jonathan Hirschi"], doc.gaps
