"""Results: the newer phrasing families (lists in prose, places by range, crews by reference, standings)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_found, C, K, O, Q, R, facts, fs, xfail  # noqa: F401


# (text, results that must be among the extracted ones)
POSITIVE = [
    pytest.param(
        "Den Gesamtsieg in Sebring holte der Nissan von Extreme Speed Motorsports. "
        "Pipo Derani, Johannes van Overbeek und Nicolas Lapierre lagen im Ziel knapp vor der Konkurrenz.",
        {(fs("Pipo Derani", "Johannes van Overbeek", "Nicolas Lapierre"), R, O, 1)},
        id="car-wins-crew-in-next-sentence",
    ),
    pytest.param(
        "Lucas di Grassi ist Meister der Formel E. Sébastien Buemi wird mit 157 Zählern Vizemeister.",
        {(fs("Sébastien Buemi"), C, O, 2)},
        id="wird-Vizemeister",
    ),
    pytest.param(
        "Nico Müller gewann auf dem Norisring. Im Ziel hatte er 4,2 Sekunden Vorsprung auf Robin Frijns.",
        {(fs("Nico Müller"), R, O, 1), (fs("Robin Frijns"), R, O, 2)},
        id="margin-after-pronoun-makes-second",
    ),
    pytest.param(
        "Rang drei ging an Nico Müller, der im Audi lange auf Podestkurs lag.",
        {(fs("Nico Müller"), R, O, 3)},
        id="Rang-drei-ging-an",
    ),
    pytest.param(
        "Bei den 24 Stunden am Nürburgring gewannen Kelvin van der Linde und Frank Stippler. "
        "Auf Platz zwei folgten Maro Engel und Bernd Schneider.",
        {(fs("Kelvin van der Linde", "Frank Stippler"), R, O, 1), (fs("Maro Engel", "Bernd Schneider"), R, O, 2)},
        id="Platz-zwei-folgten-crew",
    ),
    pytest.param(
        "Beim Formel-1-Rennen in Monza siegte Lewis Hamilton. "
        "Die Plätze sechs bis acht gingen an Sergio Pérez, Nico Hülkenberg und Kevin Magnussen.",
        {(fs("Sergio Pérez"), R, O, 6), (fs("Nico Hülkenberg"), R, O, 7), (fs("Kevin Magnussen"), R, O, 8)},
        id="Plaetze-sechs-bis-acht",
    ),
    pytest.param(
        "In der Formel 1 kamen Sebastian Vettel und Kimi Räikkönen in Melbourne auf Platz 4 und 5.",
        {(fs("Sebastian Vettel"), R, O, 4), (fs("Kimi Räikkönen"), R, O, 5)},
        id="auf-Platz-4-und-5",
    ),
    pytest.param(
        "Marco Wittmann gewann das DTM-Rennen am Lausitzring. Augusto Farfus und Bruno Spengler komplettierten die Top 10.",
        {(fs("Augusto Farfus"), R, O, 9), (fs("Bruno Spengler"), R, O, 10)},
        id="komplettierten-die-Top-10",
    ),
    pytest.param(
        "Im DTM-Rennen am Lausitzring komplettierten Augusto Farfus und Bruno Spengler die Top 10.",
        {(fs("Augusto Farfus"), R, O, 9), (fs("Bruno Spengler"), R, O, 10)},
        id="komplettierten-die-Top-10-verb-first",
    ),
    pytest.param(
        "Im DTM-Rennen gewann Marco Wittmann vor René Rast. Der Drittplatzierte Jamie Green haderte mit seinem Start.",
        {(fs("Jamie Green"), R, O, 3)},
        id="der-Drittplatzierte",
    ),
    pytest.param(
        "Die Zweitplatzierten Timo Bernhard und Mark Webber freuten sich über das Podium.",
        {(fs("Timo Bernhard", "Mark Webber"), R, O, 2)},
        id="die-Zweitplatzierten-crew",
    ),
    pytest.param(
        "11. Platz für Pascal Wehrlein, der mit Bremsproblemen kämpfte.",
        {(fs("Pascal Wehrlein"), R, O, 11)},
        id="11-Platz-fuer",
    ),
    pytest.param(
        "Im Formel-1-Rennen in Spa punkteten auch Sergio Pérez (7./Force India) und Nico Hülkenberg (8./Force India).",
        {(fs("Sergio Pérez"), R, O, 7), (fs("Nico Hülkenberg"), R, O, 8)},
        id="name-paren-place-team",
    ),
    pytest.param(
        "Ergebnis: 1. Yvan Muller (Volvo), 2. Tiago Monteiro (Honda), 3. José María López (Citroën).",
        {(fs("Yvan Muller"), R, O, 1), (fs("Tiago Monteiro"), R, O, 2), (fs("José María López"), R, O, 3)},
        id="inline-classification",
    ),
    pytest.param(
        "Ergebnis des Rennens:\nPlatz 1: Marco Wittmann\nPlatz 2: Mattias Ekström\nPlatz 3: Jamie Green",
        {(fs("Marco Wittmann"), R, O, 1), (fs("Mattias Ekström"), R, O, 2), (fs("Jamie Green"), R, O, 3)},
        id="list-Platz-colon",
    ),
    pytest.param(
        "Ergebnis des DTM-Rennens:\nP1 René Rast\nP2 Nico Müller\nP3 Mike Rockenfeller",
        {(fs("René Rast"), R, O, 1), (fs("Nico Müller"), R, O, 2), (fs("Mike Rockenfeller"), R, O, 3)},
        id="list-P-codes",
    ),
    pytest.param(
        "Die Top 3 im Qualifying der DTM:\nP1 René Rast\nP2 Nico Müller\nP3 Mike Rockenfeller",
        {(fs("René Rast"), Q, O, 1), (fs("Nico Müller"), Q, O, 2), (fs("Mike Rockenfeller"), Q, O, 3)},
        id="list-P-codes-qualifying-heading",
    ),
    pytest.param(
        "Ergebnis:\n1\tMarco Wittmann\tBMW\n2\tMattias Ekström\tAudi\n3\tJamie Green\tAudi",
        {(fs("Marco Wittmann"), R, O, 1), (fs("Mattias Ekström"), R, O, 2), (fs("Jamie Green"), R, O, 3)},
        id="list-tab-separated",
    ),
    pytest.param(
        "In der Schlussphase des DTM-Rennens rutschte Timo Glock von Platz zwölf auf zehn.",
        {(fs("Timo Glock"), R, O, 10)},
        id="von-Platz-zwoelf-auf-zehn",
    ),
    pytest.param(
        "Beim DTM-Rennen in Zandvoort fuhr Gary Paffett vom 19. Startplatz auf Rang 13.",
        {(fs("Gary Paffett"), R, O, 13)},
        id="vom-19-Startplatz-auf-Rang-13-race",
    ),
    pytest.param(
        "Beim DTM-Rennen in Zandvoort fuhr Gary Paffett vom 19. Startplatz auf Rang 13.",
        {(fs("Gary Paffett"), Q, O, 19)},
        id="vom-19-Startplatz-auf-Rang-13-grid",
    ),
    pytest.param(
        "Im DTM-Lauf in Hockenheim war Mattias Ekström als Vierter gestartet.",
        {(fs("Mattias Ekström"), Q, O, 4)},
        id="als-Vierter-gestartet",
    ),
    pytest.param(
        "Im DTM-Lauf in Hockenheim war Mattias Ekström als Vierter gestartet und wurde am Ende Zweiter.",
        {(fs("Mattias Ekström"), Q, O, 4), (fs("Mattias Ekström"), R, O, 2)},
        id="als-Vierter-gestartet-und-wurde-Zweiter",
    ),
    pytest.param(
        "Mit Rang sechs im letzten Rennen sicherte sich Jamie Green den dritten Tabellenplatz.",
        {(fs("Jamie Green"), C, O, 3)},
        id="dritten-Tabellenplatz",
    ),
    pytest.param(
        "Sebastian Vettel liegt in der Meisterschaft mit 243 Punkten vor Fernando Alonso.",
        {(fs("Sebastian Vettel"), C, O, 1)},
        id="Meisterschaft-Punkten-vor-leader",
    ),
    pytest.param(
        "Sebastian Vettel liegt in der Meisterschaft mit 243 Punkten vor Fernando Alonso.",
        {(fs("Fernando Alonso"), C, O, 2)},
        id="Meisterschaft-Punkten-vor-second",
    ),
    pytest.param(
        "Nach dem Rennen in Suzuka liegt Sebastian Vettel in der Meisterschaft mit 243 Punkten vor Fernando Alonso.",
        {(fs("Sebastian Vettel"), C, O, 1), (fs("Fernando Alonso"), C, O, 2)},
        id="Meisterschaft-Punkten-vor-verb-second",
    ),
    pytest.param(
        "In der WM führt Lewis Hamilton vor Nico Rosberg und Sebastian Vettel.",
        {(fs("Lewis Hamilton"), C, O, 1), (fs("Nico Rosberg"), C, O, 2), (fs("Sebastian Vettel"), C, O, 3)},
        id="WM-fuehrt-vor-Y-und-Z",
    ),
    pytest.param(
        "Pole-Setter Mattias Ekström gewann am Sonntag auch das Rennen.",
        {(fs("Mattias Ekström"), Q, O, 1), (fs("Mattias Ekström"), R, O, 1)},
        id="Pole-Setter-apposition",
    ),
    pytest.param(
        "Der Sieg geht an Marco Wittmann im BMW M4 DTM.",
        {(fs("Marco Wittmann"), R, O, 1)},
        id="Sieg-geht-an",
    ),
    pytest.param(
        "Neel Jani und Romain Dumas hießen am Ende die Sieger.",
        {(fs("Neel Jani", "Romain Dumas"), R, O, 1)},
        id="hiessen-die-Sieger",
    ),
    pytest.param(
        "Bei den 6 Stunden von Spa hießen Neel Jani und Romain Dumas am Ende die Sieger.",
        {(fs("Neel Jani", "Romain Dumas"), R, O, 1)},
        id="hiessen-die-Sieger-verb-second",
    ),
    pytest.param(
        "In Le Mans siegten Timo Bernhard und Earl Bamber vor Brendon Hartley. "
        "Komplettiert wurde das Podium von Marc Lieb.",
        {(fs("Marc Lieb"), R, O, 3)},
        id="Komplettiert-wurde-das-Podium",
    ),
    pytest.param(
        "René Rast hat das Rennen vor Nico Müller gewonnen.",
        {(fs("René Rast"), R, O, 1), (fs("Nico Müller"), R, O, 2)},
        id="hat-vor-Y-gewonnen",
    ),
    pytest.param(
        "Marco Wittmann gewann mit 0,7 Sekunden Vorsprung auf Timo Glock.",
        {(fs("Marco Wittmann"), R, O, 1), (fs("Timo Glock"), R, O, 2)},
        id="Vorsprung-auf-Y-is-second",
    ),
    pytest.param(
        "Das 24-Stunden-Rennen am Nürburgring gewannen Christopher Mies und Markus Winkelhock. "
        "Die Reihenfolge der Gesamtwertung entsprach auch dem Ergebnis der Klasse SP9.",
        {(fs("Christopher Mies", "Markus Winkelhock"), R, O, 1), (fs("Christopher Mies", "Markus Winkelhock"), R, K, 1)},
        id="class-order-as-overall",
    ),
    pytest.param(
        "Marc Lieb, Richard Lietz und Wolf Henzler fuhren gemeinsam den Porsche 911 RSR mit der Startnummer 76. "
        "Nach einem Reifenschaden mussten sie lange an die Box. Das Trio wurde Dritter.",
        {(fs("Marc Lieb", "Richard Lietz", "Wolf Henzler"), R, O, 3)},
        id="das-Trio-wurde-Dritter",
    ),
    pytest.param(
        "Timo Bernhard teilte sich das Cockpit mit Romain Dumas und Mike Rockenfeller. "
        "Das Trio gewann nach 24 Stunden mit zwei Runden Vorsprung.",
        {(fs("Timo Bernhard", "Romain Dumas", "Mike Rockenfeller"), R, O, 1)},
        id="teilte-sich-das-Cockpit-Trio-gewann",
    ),
    pytest.param(
        "Die Rallye Deutschland gewann Sébastien Ogier mit Beifahrer Julien Ingrassia.",
        {(fs("Sébastien Ogier", "Julien Ingrassia"), R, O, 1)},
        id="rally-mit-Beifahrer",
    ),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_result_phrasing_more(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


def test_class_copy_keeps_the_named_class(extract_doc):
    text = (
        "Das 24-Stunden-Rennen am Nürburgring gewannen Christopher Mies und Markus Winkelhock. "
        "Die Reihenfolge der Gesamtwertung entsprach auch dem Ergebnis der Klasse SP9."
    )
    doc = extract_doc(text)
    assert {r.class_ for r in doc.results if r.scope == K} == {"SP9"}


@pytest.mark.parametrize(
    "text, crew",
    [
        pytest.param(
            "Timo Bernhard teilte sich das Cockpit mit Romain Dumas und Mike Rockenfeller. "
            "Das Trio gewann nach 24 Stunden mit zwei Runden Vorsprung.",
            {"Timo Bernhard", "Romain Dumas", "Mike Rockenfeller"},
            id="cockpit-trio",
        ),
        pytest.param(
            "Die Rallye Deutschland gewann Sébastien Ogier mit Beifahrer Julien Ingrassia.",
            {"Sébastien Ogier", "Julien Ingrassia"},
            id="rally-driver-and-co-driver",
        ),
    ],
)
def test_crew_wins_once(extract_doc, text, crew):
    """A crew is one result: no second winner record for a single member of it."""
    doc = extract_doc(text)
    wins = [r for r in doc.results if r.session == R and r.scope == O and r.position == 1]
    assert [set(r.drivers) for r in wins] == [crew], facts(doc)


def test_ranges_keep_the_order_of_the_names(extract_doc):
    text = (
        "Beim Formel-1-Rennen in Monza siegte Lewis Hamilton. "
        "Die Plätze sechs bis acht gingen an Sergio Pérez, Nico Hülkenberg und Kevin Magnussen."
    )
    doc = extract_doc(text)
    places = {r.position: r.drivers for r in doc.results if r.position in (6, 7, 8)}
    assert places == {6: ["Sergio Pérez"], 7: ["Nico Hülkenberg"], 8: ["Kevin Magnussen"]}


# (text, (driver name, session or None for any, position or None for any) that must NOT appear as a result,
#  or None: no result at all)
NEGATIVE = [
    pytest.param(
        "Im DTM-Rennen fiel Timo Scheider in der ersten Runde auf Platz acht zurück.",
        None,
        id="fiel-auf-Platz-acht-zurueck",
    ),
    pytest.param(
        "Mike Rockenfeller kämpfte im DTM-Rennen lange um Platz zwei.",
        None,
        id="kaempfte-um-Platz-zwei",
    ),
    pytest.param(
        "Vize-Weltmeister Fernando Alonso gratulierte dem Team.",
        None,
        id="Vize-Weltmeister-apposition",
    ),
    pytest.param(
        "Im Heck des Sportwagens von Bruno Spengler arbeitete ein Motor vom Typ BMW P86/9.",
        None,
        id="engine-code-P86-9",
    ),
    pytest.param(
        "Alexander Sims gewann als erster BMW-Fahrer seit vielen Jahren, der letzte war 1988 Klaus Ludwig.",
        ("Klaus Ludwig", None, None),
        id="der-letzte-war-1988",
    ),
    pytest.param(
        "Das Team von Kazumichi Goh setzte einen McLaren für Timo Glock ein.",
        None,
        id="Team-von-owner",
    ),
    pytest.param(
        "Das Team von Kazumichi Goh gewann mit Timo Glock.",
        ("Kazumichi Goh", None, None),
        id="Team-von-owner-gewann",
    ),
    pytest.param(
        "Pole-Setter Mattias Ekström ging als Erster in die erste Kurve.",
        ("Mattias Ekström", R, None),
        id="als-Erster-in-die-erste-Kurve",
    ),
]


@pytest.mark.parametrize("text, forbidden", NEGATIVE)
def test_not_a_result_more(extract_doc, text, forbidden):
    doc = extract_doc(text)
    if forbidden is None:
        assert doc.results == [], f"unexpected {facts(doc)}"
    else:
        name, session, pos = forbidden
        bad = [
            r
            for r in doc.results
            if name in r.drivers and (session is None or r.session == session) and (pos is None or r.position == pos)
        ]
        assert not bad, facts(doc)


@pytest.mark.parametrize(
    "text, not_driver",
    [
        pytest.param(
            "Alexander Sims gewann als erster BMW-Fahrer seit vielen Jahren, der letzte war 1988 Klaus Ludwig.",
            "Klaus Ludwig",
            id="driver-of-1988",
        ),
        pytest.param(
            "Das Team von Kazumichi Goh setzte einen McLaren für Timo Glock ein.",
            "Kazumichi Goh",
            id="team-owner",
        ),
        pytest.param(
            "Das Team von Kazumichi Goh gewann mit Timo Glock.",
            "Kazumichi Goh",
            id="team-owner-with-win",
        ),
    ],
)
def test_not_a_driver_of_this_event(extract_doc, text, not_driver):
    doc = extract_doc(text)
    names = {d.name for d in doc.drivers}
    assert not_driver not in names, names


@pytest.mark.parametrize("text", [p.values[0] for p in POSITIVE], ids=[p.id for p in POSITIVE])
def test_result_drivers_are_driver_names_more(extract_doc, text):
    """Contract: names in a result's drivers list are Driver.name values of the same document."""
    doc = extract_doc(text)
    known = {d.name for d in doc.drivers}
    for r in doc.results:
        assert set(r.drivers) <= known, (r.drivers, known)
        assert len(r.drivers) == len(set(r.drivers)), r.drivers


def test_places_in_a_paragraph_about_qualifying_are_grid_places(extract_doc):
    text = (
        "Simon Pagenaud gewann das Rennen in Indianapolis nach 82 Runden.\n\n"
        "Die Startaufstellung: Simon Pagenaud holte sich im Qualifying zum Rennen seine zweite Pole-Position. "
        "Nicht in die Top 6 schafften es Scott Dixon auf Platz sieben und Mikhail Aleshin auf Platz neun.\n\n"
        "Im Rennen fuhr Scott Dixon auf Platz vier."
    )
    found = facts(extract_doc(text))
    assert (fs("Scott Dixon"), Q, O, 7) in found and (fs("Mikhail Aleshin"), Q, O, 9) in found, found
    assert (fs("Scott Dixon"), R, O, 7) not in found, found
    assert (fs("Scott Dixon"), R, O, 4) in found, found


def test_a_qualifying_aside_does_not_make_a_race_paragraph_a_qualifying_one(extract_doc):
    text = (
        "Den Vierfacherfolg beim 24-Stunden-Rennen komplettierte der zweite Black-Falcon-Wagen von Hubert Haupt und "
        "Yelmer Buurman. "
        "Engel hatte diesen Wagen im Top-30-Qualifying auf die Pole Position gestellt. Bester Nicht-Mercedes war der "
        "BMW von Alexander Sims und Philipp Eng auf Gesamtrang fünf."
    )
    found = facts(extract_doc(text))
    assert (fs("Alexander Sims", "Philipp Eng"), R, O, 5) in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Nach dem Start übernahm Christian Engelhart im Porsche nach einem fulminanten Start von Position sechs die Führung.",
            (fs("Christian Engelhart"), Q, O, 6),
            (fs("Christian Engelhart"), R, O, 6),
        ),
        (
            "Im Qualifying am Samstagmorgen fuhr Jehan Daruvala auf Platz 7.",
            (fs("Jehan Daruvala"), Q, O, 7),
            (fs("Jehan Daruvala"), R, O, 7),
        ),
        ("Lando Norris fuhr die 3. beste Qualifikationsrunde.", (fs("Lando Norris"), Q, O, 3), None),
    ],
)
def test_grid_places_in_race_narrative(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert expected in found and wrong not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Hinter dem erneuten Sieger Gerhard Füller kam Markus Wüstefeld auf Rang zwei.",
            (fs("Gerhard Füller"), R, O, 1),
            None,
        ),
        ("Mit Augusto Farfus als Drittem in Hockenheim war BMW zufrieden.", (fs("Augusto Farfus"), R, O, 3), None),
        (
            "Nach dem Start setzte sich Sprint Sieger George Russell vor Teamkollegen Lewis Hamilton in Front.",
            None,
            (fs("George Russell"), R, O, 1),
        ),
    ],
)
def test_winner_title_before_the_name(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert (expected is None or expected in found) and wrong not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        ("Das erste Rennen entschied Chevrolet-Pilot Robert Huff für sich.", (fs("Robert Huff"), R, O, 1), None),
        (
            "Die Entscheidung um Platz drei fiel erst auf den letzten Metern, das Duell entschied Mikko Hirvonen für sich.",
            None,
            (fs("Mikko Hirvonen"), R, O, 1),
        ),
        (
            "Marijan Griebel gewann die Rallye. Die Zweitplatzierten Dominik Dinkel und Pirmin Winklhofer lieferten "
            "einen großen Kampf und lagen zu Beginn der Rallye noch in Führung.",
            (fs("Dominik Dinkel", "Pirmin Winklhofer"), R, O, 2),
            None,
        ),
    ],
)
def test_decided_for_oneself_and_placed_titles(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert (expected is None or expected in found) and wrong not in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Timo Glock gewann in Spielberg. Seine Markenkollegen Norbert Siedler (Österreich) und Kimmo Liimatainen "
            "(Finnland) sorgten für einen Dreifach-Erfolg für Opel.",
            {(fs("Norbert Siedler"), R, O, 2), (fs("Kimmo Liimatainen"), R, O, 3)},
        ),
        (
            "Charles Leclerc hielt lange die Führung, so konnte sich am Ende Lewis Hamilton den Sieg sichern, vor "
            "Teamkollege Valtteri Bottas im zweiten Mercedes.",
            {(fs("Lewis Hamilton"), R, O, 1), (fs("Valtteri Bottas"), R, O, 2)},
        ),
    ],
)
def test_triple_win_after_the_winner_and_infinitive_wins(extract_doc, text, expected):
    found = facts(extract_doc(text))
    assert expected <= found, found


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Lewis Hamilton gewann. Für Ferrari ist der Sieg besonders bitter: Charles Leclerc hielt lange die Führung.",
            (fs("Charles Leclerc"), R, O, 1),
        ),
        (
            "Renger van der Zande gewann. Nicht mit dabei bei dem großen Triumph war Fernando Alonso.",
            (fs("Fernando Alonso"), R, O, 1),
        ),
    ],
)
def test_a_win_someone_missed_is_no_win(extract_doc, text, wrong):
    assert wrong not in facts(extract_doc(text))


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Nico Müller machte beim Start einen Sprung vom neunten auf den dritten Platz.",
            {("qualifying", 9, "Nico Müller")},
            {("race", 3, "Nico Müller")},
        ),
        (
            "Beim Start schob sich Sheldon van der Linde vom fünften auf den dritten Platz.",
            {("qualifying", 5, "Sheldon van der Linde")},
            {("race", 3, "Sheldon van der Linde")},
        ),
        (
            "Nach einem Dreher fiel Lucas Auer vom zweiten auf den sechsten Rang zurück.",
            set(),
            {("race", 6, "Lucas Auer")},
        ),
        (
            "In der ersten Runde schob sich Kelvin van der Linde auf Platz drei, später schied er nach einem Dreher aus.",
            set(),
            {("race", 3, "Kelvin van der Linde")},
        ),
        (
            "In der Schlussphase fuhr Timo Glock von Platz sechs auf drei vor.",
            {("race", 3, "Timo Glock")},
            set(),
        ),
    ],
)
def test_moves_at_the_start_and_during_the_race_are_no_finishing_places(extract_doc, text, expected, wrong):
    got = {(r.session, r.position, d) for r in extract_doc(text).results for d in r.drivers}
    assert expected <= got
    assert not (wrong & got)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hugo Brand wurde Fünfter. Emil Roth, Finn Maier und Jan Kuhn folgten auf den Plätzen.",
            {(5, ("Hugo Brand",)), (6, ("Emil Roth",)), (7, ("Finn Maier",)), (8, ("Jan Kuhn",))},
        ),
        (
            "Max Verstappen gewann. Auf den Plätzen folgten Charles Leclerc und Lando Norris.",
            {(1, ("Max Verstappen",)), (2, ("Charles Leclerc",)), (3, ("Lando Norris",))},
        ),
        (
            # "Rängen" as "Plätzen"; three names after a podium are three places, not one crew
            "René Rast gewann vor Nico Müller und Marco Wittmann. Auf den weiteren Rängen folgten Robin Frijns, "
            "Lucas Auer und Philipp Eng.",
            {(1, ("René Rast",)), (2, ("Nico Müller",)), (3, ("Marco Wittmann",)), (4, ("Robin Frijns",)), (5, ("Lucas Auer",)), (6, ("Philipp Eng",))},
        ),
        (
            "Den Sieg holte das Team Rowe. Hinter dem siegreichen BMW kam der Audi von Christopher Mies und Frank Stippler ins Ziel.",
            {(2, ("Christopher Mies", "Frank Stippler"))},
        ),
    ],
)
def test_places_that_follow_without_numbers(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert check_offsets(text, doc) == []
    assert {(r.position, tuple(r.drivers)) for r in doc.results} == expected


def test_margins_counted_from_the_winners_and_from_the_car_before(extract_doc):
    doc = extract_doc(
        "Am Ende setzte sich das Siegerteam mit 65 Sekunden Vorsprung vor dem Mazda von Oliver Jarvis, Tristan Nunez und "
        "Olivier Pla sowie weiteren 20 Sekunden vor dem Cadillac von Joao Barbosa, Sebastien Bourdais und Loic Duval durch."
    )
    assert {(r.position, r.drivers[0]) for r in doc.results} == {(2, "Oliver Jarvis"), (3, "Joao Barbosa")}
    assert ("Joao Barbosa", "Oliver Jarvis", 20.0) in {(g.subject, g.reference, g.seconds) for g in doc.gaps}


def test_missing_the_podium_in_fourth_place_is_fourth(extract_doc):
    doc = extract_doc("Romain Dumas, Jonathan Bennett und Colin Braun verpassten auf Rang vier knapp das Podest.")
    assert [(r.session, r.position) for r in doc.results] == [("race", 4)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hinter dem Norweger Henning Solberg erreichte Mads Östberg den siebten Platz.",
            {(7, "Mads Östberg"), (6, "Henning Solberg")},
        ),
        (
            "Der WM-Vierte Markko Märtin, der hinter seinem Teamkollegen François Duval Fünfter wurde, war enttäuscht.",
            {(5, "Markko Märtin"), (4, "François Duval")},
        ),
        (
            "Hinter dem Enkel des zweimaligen Formel-1-Weltmeisters Emerson Fittipaldi wurde Charles Weerts Dritter.",
            {(3, "Charles Weerts")},
        ),
    ],
)
def test_the_one_named_after_hinter_is_a_place_ahead(extract_doc, text, expected):
    assert {(r.position, r.drivers[0]) for r in extract_doc(text).results if r.session == "race"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Starker Vierter war Oskar Pfeil.", {("race", 4, "Oskar Pfeil")}),
        ("Sophia Flörsch attackierte bis zuletzt. Am Ende erreichte sie das Ziel als Gesamtfünfte.", {("race", 5, "Sophia Flörsch")}),
    ],
)
def test_an_adjective_before_a_place_is_no_name_and_an_overall_place_at_the_finish_is_the_races(extract_doc, text, expected):
    doc = extract_doc(text)
    assert {(r.session, r.position, r.drivers[0]) for r in doc.results} == expected
    assert "Starker" not in {d.name for d in doc.drivers}


def test_a_double_win_of_one_crew_before_another_keeps_both_crews_whole(extract_doc):
    doc = extract_doc("Audi feierte einen Doppelsieg: Tom Kristensen und Allan McNish vor ihren Teamkollegen Marco Werner und Frank Biela.")
    assert {(r.position, tuple(r.drivers)) for r in doc.results} == {
        (1, ("Tom Kristensen", "Allan McNish")), (2, ("Marco Werner", "Frank Biela"))
    }


QUALI_REPORT_HEADLINE = (
    "Formel 1 in Silverstone - Ergebnis Qualifying\n\n"
    "Sebastian Vettel holte sich in Silverstone die Pole-Position. Mark Webber startet von Platz zwei, Fernando Alonso "
    "wurde Dritter. Jenson Button schied in Q2 aus und wurde nur 14., Michael Schumacher landete auf Rang zehn."
)
QUALI_REPORT_LEAD = (
    "Beim DTM-Qualifying am Norisring war Mike Rockenfeller nicht zu schlagen, er startet morgen von ganz vorn. "
    "Hinter ihm reihten sich Marco Wittmann und Edoardo Mortara ein. Auf Platz vier kam Mattias Ekström."
)
QUALI_REPORT_POLE_FIRST_PARAGRAPH = (
    "Saisonauftakt in Oschersleben: Lukas Brenner hat sich die erste Pole-Position des Jahres gesichert. Er umrundete "
    "den Kurs bei kühlen Temperaturen und leichtem Wind in 1:25,7 Minuten und war damit knapp zwei Zehntel schneller "
    "als alle anderen.\n\n"
    "Tim Korte kam auf den zweiten Platz, Jonas Feld wurde Dritter. Paul Mertens landete nach einem Dreher nur auf "
    "Position 14. Das erste Rennen startet am Samstag um 12 Uhr."
)
QUALI_REPORT_NO_HEADLINE = (
    "In Lexington steht der 13. Lauf der Saison auf dem Programm. Im Qualifying setzte sich Lukas Brenner durch.\n\n"
    "Auf die zweite Position fuhr sein Teamkollege Tim Korte, Jonas Feld belegte Rang drei."
)
RACE_REPORT_POLE_LEAD_WIN_LATER = (
    "Lukas Brenner hat sich in Oschersleben die Pole-Position gesichert. Er umrundete den Kurs bei kühlen Temperaturen "
    "und leichtem Wind in 1:25,7 Minuten und war damit knapp zwei Zehntel schneller als alle anderen.\n\n"
    "Tim Korte kam auf den zweiten Platz. Am Sonntag feierte Korte dann seinen zweiten Saisonsieg."
)
RACE_REPORT_WITH_POLE_HEADLINE = (
    "Pole-Position für Mike Rockenfeller\n\n"
    "Mike Rockenfeller holte die Pole-Position. Im Rennen kam Marco Wittmann als Dritter ins Ziel."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            QUALI_REPORT_HEADLINE,
            {(1, "Sebastian Vettel"), (3, "Fernando Alonso"), (14, "Jenson Button"), (10, "Michael Schumacher")},
            id="headline-Ergebnis-Qualifying",
        ),
        pytest.param(QUALI_REPORT_LEAD, {(1, "Mike Rockenfeller"), (4, "Mattias Ekström")}, id="lead-Beim-DTM-Qualifying"),
        pytest.param(
            QUALI_REPORT_POLE_FIRST_PARAGRAPH,
            {(1, "Lukas Brenner"), (2, "Tim Korte"), (3, "Jonas Feld"), (14, "Paul Mertens")},
            id="first-paragraph-Pole-Position-gesichert",
        ),
        pytest.param(QUALI_REPORT_NO_HEADLINE, {(2, "Tim Korte"), (3, "Jonas Feld")}, id="second-sentence-Im-Qualifying"),
    ],
)
def test_a_qualifying_report_gives_grid_places(extract_doc, text, expected):
    # a release about qualifying only: its places are grid places, none of them is a race result
    doc = extract_doc(text)
    grid = {(r.position, r.drivers[0]) for r in doc.results if r.session == "qualifying" and r.drivers}
    assert expected <= grid
    assert not [r for r in doc.results if r.session == "race"]


def test_a_pole_lead_with_a_win_told_later_is_no_qualifying_report(extract_doc):
    # ("seinen zweiten Saisonsieg": a race was run, so a bare place is not taken for a grid place)
    doc = extract_doc(RACE_REPORT_POLE_LEAD_WIN_LATER)
    assert ("race", 2, ("Tim Korte",)) in {(r.session, r.position, tuple(r.drivers)) for r in doc.results}


QUALI_HEADING_SECTION = (
    "Jan Hollmann gewann das Rennen in Talladega nach 188 Runden vor Tom Brink und Uwe Kaiser.\n"
    "Vor dem Start: Brink holt die sechste Pole der Saison\n"
    "Das Qualifying gewann Tom Brink im Ford. Schnellster Playoff-Fahrer war Max Lorenz auf Platz zwei. "
    "Siebter wurde Paul Decker vor Jan Hollmann. Die Hendrick-Piloten begannen das Rennen aus der sechsten Reihe.\n"
    "Das Rennen\n"
    "Nach dem Restart fuhr Max Lorenz auf den zehnten Platz."
)


def test_places_under_a_heading_of_the_qualifying_are_grid_places(extract_doc):
    # ("Vor dem Start", "Startaufstellung", "Qualifying" as a heading of its own: the places under it, as far as the
    # next heading, are grid places; a place under the next heading is the race's again)
    got = {(r.session, r.position, r.drivers[0]) for r in extract_doc(QUALI_HEADING_SECTION).results if r.drivers}
    assert {("qualifying", 2, "Max Lorenz"), ("qualifying", 7, "Paul Decker"), ("race", 10, "Max Lorenz")} <= got, got
    assert ("race", 7, "Paul Decker") not in got and ("race", 2, "Max Lorenz") not in got, got
    assert ("race", 1, "Jan Hollmann") in got, got


def test_a_qualifying_paragraph_on_a_line_of_its_own_gives_grid_places(extract_doc):
    # (paragraphs split by single line breaks: the line that opens with the qualifying starts the chain of grid places)
    text = (
        "Formel 1 in Malaysia.\nDas Qualifying am Samstag brachte eine Überraschung: Nico Held sicherte sich die "
        "Pole-Position. Direkt dahinter positionierte sich Kim Rai, der den zweiten Platz für McLaren eroberte. "
        "Marc Webb komplettierte das Ergebnis mit Platz drei.\nDas Rennen\nKim Rai gewann vor Nico Held."
    )
    got = {(r.session, r.position, r.drivers[0]) for r in extract_doc(text).results}
    assert {("qualifying", 2, "Kim Rai"), ("qualifying", 3, "Marc Webb"), ("race", 1, "Kim Rai"), ("race", 2, "Nico Held")} <= got, got
    assert ("race", 3, "Marc Webb") not in got, got


def test_a_race_report_with_a_pole_headline_keeps_its_race_places(extract_doc):
    doc = extract_doc(RACE_REPORT_WITH_POLE_HEADLINE)
    got = {(r.session, r.position, tuple(r.drivers)) for r in doc.results}
    assert ("race", 3, ("Marco Wittmann",)) in got
    assert ("qualifying", 1, ("Mike Rockenfeller",)) in got


QUALI_TABLE_CELLS_ON_LINES = (
    "Formel E in Berlin: Lotter gewinnt vor Bühler\n\n"
    "André Lotter gewann das Rennen in Tempelhof vor Sébastien Bühler, der von der Pole gestartet war.\n\n"
    "Stimmen zum Rennen\n\n"
    "Bühler war im Qualifying nicht zu schlagen.\n\n"
    "Qualifying von Berlin:\n\n"
    "  1. (23) Sébastien Bühler\n\nNissan e.dams\n\n 1:07.295\n\n"
    "  2. (05) Stoffel Vanderhoof\n\nHWA RACELAB\n\n  +     398\n\n"
    "  3. (11) Lucas di Grasso\n\nAudi Sport ABT Schaeffler\n\n  +     424\n\n"
    "  4. (94) Gary Paffner\n\nHWA RACELAB\n\n  +     511\n"
)


def test_a_qualifying_table_with_its_cells_on_lines_of_their_own_stays_under_its_heading(extract_doc):
    # (a team line or a time line between the rows is a cell of the table, no heading that ends the qualifying's part)
    got = {(r.session, r.position, r.drivers[0]) for r in extract_doc(QUALI_TABLE_CELLS_ON_LINES).results if r.drivers}
    assert {("qualifying", 2, "Stoffel Vanderhoof"), ("qualifying", 3, "Lucas di Grasso"), ("qualifying", 4, "Gary Paffner")} <= got, got
    assert not {r for r in got if r[0] == "race" and r[2] in {"Stoffel Vanderhoof", "Lucas di Grasso", "Gary Paffner"}}, got
    assert ("race", 1, "André Lotter") in got, got


@pytest.mark.parametrize(
    "text, second",
    [
        pytest.param("Fernando Alonso gewann in Suzuka. Heikki Kovalainen folgte mit 12,512 Sekunden Rückstand.", "Heikki Kovalainen", id="folgte-mit-Rueckstand"),
        pytest.param(
            "Fernando Alonso gewann in Suzuka. Heikki Kovalainen folgte mit 12,512 Sekunden Rückstand auf Sieger Alonso.",
            "Heikki Kovalainen", id="folgte-mit-Rueckstand-auf-Sieger",
        ),
    ],
)
def test_the_one_who_followed_the_winner_with_a_deficit_is_second(extract_doc, text, second):
    doc = extract_doc(text)
    assert [r.drivers for r in doc.results if r.position == 2] == [[second]]


def test_followed_with_a_deficit_after_a_second_named_is_not_second(extract_doc):
    text = "Fernando Alonso gewann in Suzuka vor Lewis Hamilton. Heikki Kovalainen folgte mit 12,512 Sekunden Rückstand."
    doc = extract_doc(text)
    assert [r.drivers for r in doc.results if r.position == 2] == [["Lewis Hamilton"]]


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Timo Bernhard wurde Sechster. Max Hofer folgte auf Platz sieben.", 7, id="folgte-auf-Platz-sieben"),
        pytest.param("Timo Bernhard wurde Sechster. Max Hofer (AC Mayen) folgte auf dem siebten Rang.", 7, id="folgte-auf-dem-siebten-Rang"),
    ],
)
def test_folgte_auf_a_place_is_that_place(extract_doc, text, place):
    doc = extract_doc(text)
    assert [r.drivers for r in doc.results if r.position == place] == [["Max Hofer"]]


def test_folgte_auf_something_else_is_no_place(extract_doc):
    doc = extract_doc("Timo Bernhard führte. Max Hofer folgte auf den Fersen und wurde erst in Runde drei Vierter.")
    assert {(tuple(r.drivers), r.position) for r in doc.results} <= {(("Max Hofer",), 4)}
