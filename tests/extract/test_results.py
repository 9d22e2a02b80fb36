"""Results: one phrasing family per row (session, scope, position from German wording)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_found, C, K, O, Q, R, facts, fs, xfail  # noqa: F401


# (text, results that must be among the extracted ones)
POSITIVE = [
    pytest.param(
        "Timo Glock gewann am Sonntag das Rennen auf dem Nürburgring.",
        {(fs("Timo Glock"), R, O, 1)},
        id="gewann",
    ),
    pytest.param(
        "Beim Saisonauftakt in Hockenheim siegte Mattias Ekström mit deutlichem Abstand.",
        {(fs("Mattias Ekström"), R, O, 1)},
        id="siegte",
    ),
    pytest.param(
        "Den Gesamtsieg holten Marc Lieb und Richard Lietz im Porsche 911 RSR.",
        {(fs("Marc Lieb", "Richard Lietz"), R, O, 1)},
        id="Gesamtsieg",
    ),
    pytest.param(
        "Den Klassensieg in der GT3-Wertung sicherten sich Klaus Bachler und Sven Müller.",
        {(fs("Klaus Bachler", "Sven Müller"), R, K, 1)},
        id="Klassensieg",
    ),
    pytest.param(
        "Lewis Hamilton und Nico Rosberg sorgten in Shanghai für einen Doppelsieg von Mercedes. "
        "Hamilton gewann vor Rosberg.",
        {(fs("Lewis Hamilton"), R, O, 1), (fs("Nico Rosberg"), R, O, 2)},
        id="Doppelsieg-with-order",
    ),
    pytest.param(
        "Mercedes feierte am Norisring einen Doppelsieg: Gary Paffett gewann vor Jamie Green.",
        {(fs("Gary Paffett"), R, O, 1), (fs("Jamie Green"), R, O, 2)},
        id="Doppelsieg-gewann-vor",
    ),
    pytest.param(
        "Audi feierte in Zandvoort einen Dreifachsieg durch Mattias Ekström, Timo Scheider und Mike Rockenfeller.",
        {(fs("Mattias Ekström"), R, O, 1), (fs("Timo Scheider"), R, O, 2), (fs("Mike Rockenfeller"), R, O, 3)},
        id="Dreifachsieg",
    ),
    pytest.param(
        "Wolf Henzler und Dominik Farnbacher belegten beim Rennen in Sebring den zweiten Platz.",
        {(fs("Wolf Henzler", "Dominik Farnbacher"), R, O, 2)},
        id="belegten-den-zweiten-Platz",
    ),
    pytest.param(
        "Ralf Kelleners wurde im Porsche 911 GT3 RSR Dritter.",
        {(fs("Ralf Kelleners"), R, O, 3)},
        id="wurde-Dritter",
    ),
    pytest.param(
        "Jörg Bergmeister und Patrick Long kamen als Vierte ins Ziel.",
        {(fs("Jörg Bergmeister", "Patrick Long"), R, O, 4)},
        id="kamen-als-Vierte",
    ),
    pytest.param(
        "Chris Dyson und Guy Smith wurden Klassenfünfter.",
        {(fs("Chris Dyson", "Guy Smith"), R, K, 5)},
        id="Klassenfuenfter",
    ),
    pytest.param(
        "Andy Wallace und Butch Leitzinger kamen auf dem sechsten Platz ins Ziel.",
        {(fs("Andy Wallace", "Butch Leitzinger"), R, O, 6)},
        id="auf-dem-sechsten-Platz",
    ),
    pytest.param(
        "Marco Holzer beendete das Rennen auf Rang drei.",
        {(fs("Marco Holzer"), R, O, 3)},
        id="Rang-drei",
    ),
    pytest.param(
        "Im Ziel belegte Sven Müller Platz 2.",
        {(fs("Sven Müller"), R, O, 2)},
        id="Platz-2",
    ),
    pytest.param(
        "Michael Ammermüller sah die Zielflagge auf P2.",
        {(fs("Michael Ammermüller"), R, O, 2)},
        id="P2",
    ),
    pytest.param(
        "Timo Bernhard und Romain Dumas brachten ihren RS Spyder als Spitzenreiter der Klasse LMP2 ins Ziel.",
        {(fs("Timo Bernhard", "Romain Dumas"), R, K, 1)},
        id="Spitzenreiter-der-Klasse",
    ),
    pytest.param(
        "Nico Müller musste sich im Kampf um den Sieg nur Marco Wittmann geschlagen geben.",
        {(fs("Nico Müller"), R, O, 2), (fs("Marco Wittmann"), R, O, 1)},
        id="geschlagen-geben",
    ),
    pytest.param(
        "Die Pole-Position sicherte sich André Lotterer.",
        {(fs("André Lotterer"), Q, O, 1)},
        id="Pole-Position",
    ),
    pytest.param(
        "Timo Scheider ging vom 15. Startplatz ins Rennen.",
        {(fs("Timo Scheider"), Q, O, 15)},
        id="vom-15-Startplatz",
    ),
    pytest.param(
        "Im entscheidenden Qualifying war Nick Heidfeld Trainingsschnellster.",
        {(fs("Nick Heidfeld"), Q, O, 1)},
        id="Trainingsschnellster",
    ),
    pytest.param(
        "Mit Platz vier sicherte sich Gary Paffett beim Finale den Fahrertitel.",
        {(fs("Gary Paffett"), C, O, 1), (fs("Gary Paffett"), R, O, 4)},
        id="Fahrertitel",
    ),
    pytest.param(
        "Mit dem zweiten Platz wurde René Rast in Hockenheim vorzeitig Meister.",
        {(fs("René Rast"), C, O, 1), (fs("René Rast"), R, O, 2)},
        id="Meister",
    ),
    pytest.param(
        "Timo Glock beendete die Saison nach dem Finale als Vizemeister.",
        {(fs("Timo Glock"), C, O, 2)},
        id="Vizemeister",
    ),
    pytest.param(
        "Nach dem Rennen in Spielberg ist Pascal Wehrlein neuer Tabellenführer.",
        {(fs("Pascal Wehrlein"), C, O, 1)},
        id="Tabellenfuehrer",
    ),
    pytest.param(
        "Das Ergebnis des Rennens:\n"
        "1. Marco Wittmann (BMW Team RMG)\n"
        "2. Mattias Ekström (Audi Sport Team Abt)\n"
        "3. Jamie Green (Audi Sport Team Rosberg)\n",
        {(fs("Marco Wittmann"), R, O, 1), (fs("Mattias Ekström"), R, O, 2), (fs("Jamie Green"), R, O, 3)},
        id="list-lines",
    ),
    pytest.param(
        "Christian Engelhart wurde im Porsche 911 GT3 R Zweiter.",
        {(fs("Christian Engelhart"), R, O, 2)},
        id="number-word-Zweiter",
    ),
    pytest.param(
        "Pierre Kaffer kam nach einem Reifenschaden nur als Elfter ins Ziel.",
        {(fs("Pierre Kaffer"), R, O, 11)},
        id="ordinal-Elfter",
    ),
    pytest.param(
        "Jens Klingmann landete nach einer Durchfahrtsstrafe auf Platz zwölf.",
        {(fs("Jens Klingmann"), R, O, 12)},
        id="number-word-Platz-zwoelf",
    ),
    pytest.param(
        "Mike Rockenfeller fuhr von Startplatz neun auf den siebten Rang vor.",
        {(fs("Mike Rockenfeller"), R, O, 7)},
        id="inflected-ordinal-siebten-Rang",
    ),
    pytest.param(
        "Daniel Juncadella erreichte den 14. Platz.",
        {(fs("Daniel Juncadella"), R, O, 14)},
        id="digit-ordinal-14-Platz",
    ),
    pytest.param(
        "Den Klassensieg in der GTE-Am holten Christian Ried und Matteo Cairoli.",
        {(fs("Christian Ried", "Matteo Cairoli"), R, K, 1)},
        id="Klassensieg-named-class",
    ),
    pytest.param(
        "Die Pole-Position in der Klasse GT2 sicherte sich Jörg Bergmeister.",
        {(fs("Jörg Bergmeister"), Q, K, 1)},
        id="class-pole",
    ),
    pytest.param(
        "Im Qualifying fuhr Timo Glock auf Rang drei.",
        {(fs("Timo Glock"), Q, O, 3)},
        id="qualifying-Rang-drei",
    ),
    pytest.param(
        "Bruno Spengler startete von Startplatz zwei.",
        {(fs("Bruno Spengler"), Q, O, 2)},
        id="Startplatz-zwei",
    ),
    pytest.param(
        "In der Meisterschaft liegt René Rast nach dem Rennen nun auf Platz zwei.",
        {(fs("René Rast"), C, O, 2)},
        id="championship-Platz-zwei",
    ),
    pytest.param(
        "Vorjahressieger Mattias Ekström wurde diesmal Dritter.",
        {(fs("Mattias Ekström"), R, O, 3)},
        id="Vorjahressieger-with-result-now",
    ),
    pytest.param(
        "Am Ende wurde Timo Bernhard Dritter.",
        {(fs("Timo Bernhard"), R, O, 3)},
        id="inverted-wurde-Name-Dritter",
    ),
]


def test_named_class_is_kept_as_written(extract_doc):
    doc = extract_doc("Den Klassensieg in der GTE-Am holten Christian Ried und Matteo Cairoli.")
    assert {r.class_ for r in doc.results if r.scope == K} == {"GTE-Am"}


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_result_phrasing(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


def test_class_result_keeps_class_as_written(extract_doc):
    text = "Timo Bernhard und Romain Dumas brachten ihren RS Spyder als Spitzenreiter der Klasse LMP2 ins Ziel."
    doc = extract_doc(text)
    wins = [r for r in doc.results if r.session == R and r.position == 1 and r.scope == K]
    assert wins and wins[0].class_ == "LMP2"


def test_evidence_states_the_position(extract_doc):
    text = "Marco Holzer beendete das Rennen auf Rang drei."
    doc = extract_doc(text)
    (res,) = [r for r in doc.results if r.position == 3]
    assert "Rang drei" in res.evidence.text
    assert text[res.evidence.start : res.evidence.end] == res.evidence.text


# (text, (driver name, position) that must NOT appear as a result, or None: no result at all)
NEGATIVE = [
    pytest.param(
        "Vorjahressieger Timo Bernhard schied nach einem Unfall früh aus.",
        None,
        id="Vorjahressieger",
    ),
    pytest.param(
        "Mattias Ekström fuhr auf Platz drei. Im vergangenen Jahr gewann er hier noch.",
        ("Mattias Ekström", 1),
        id="im-vergangenen-Jahr-gewann-er",
    ),
    pytest.param(
        "Timo Glock und Gary Paffett lieferten sich bis zur letzten Runde einen harten Kampf um den Sieg.",
        None,
        id="Kampf-um-den-Sieg",
    ),
    pytest.param(
        "Titelverteidiger Marco Wittmann schied in der ersten Runde aus.",
        None,
        id="Titelverteidiger-is-no-title",
    ),
    pytest.param(
        "Tom Kristensen gewann zum dritten Mal in Le Mans.",
        ("Tom Kristensen", 3),
        id="zum-dritten-Mal-is-no-position",
    ),
    pytest.param(
        "Timo Bernhard gewann im Porsche mit der Startnummer 7.",
        ("Timo Bernhard", 7),
        id="Startnummer-is-no-position",
    ),
    pytest.param(
        "Romain Dumas wurde nach 157 Runden Zweiter.",
        ("Romain Dumas", 157),
        id="lap-count-is-no-position",
    ),
    pytest.param(
        "Die beste Platzierung für Dyson Racing war der dritte Rang in Long Beach im Frühjahr. "
        "Chris Dyson und Guy Smith fuhren diesmal ohne Ergebnis.",
        None,
        id="earlier-race-in-season",
    ),
]


@pytest.mark.parametrize("text, forbidden", NEGATIVE)
def test_not_a_result(extract_doc, text, forbidden):
    doc = extract_doc(text)
    if forbidden is None:
        assert doc.results == [], f"unexpected {facts(doc)}"
    else:
        name, pos = forbidden
        assert not [r for r in doc.results if name in r.drivers and r.position == pos], facts(doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Porsche sicherte sich beim Finale in Bahrain vorzeitig den Herstellertitel.", id="Herstellertitel"),
        pytest.param(
            "Dank der Punkte von Richard Lietz und Michael Christensen gewann Porsche den Markentitel.",
            id="Markentitel-with-drivers",
        ),
        pytest.param("Das Audi Sport Team Abt gewann die Teamwertung der DTM.", id="Teamwertung"),
    ],
)
def test_team_title_has_no_driver_result(extract_doc, text):
    doc = extract_doc(text)
    champ = [r for r in doc.results if r.session == C and r.drivers]
    assert champ == [], facts(doc)


@pytest.mark.parametrize("text", [p.values[0] for p in POSITIVE], ids=[p.id for p in POSITIVE])
def test_result_drivers_are_driver_names(extract_doc, text):
    """Contract: names in a result's drivers list are Driver.name values of the same document."""
    doc = extract_doc(text)
    known = {d.name for d in doc.drivers}
    for r in doc.results:
        assert set(r.drivers) <= known, (r.drivers, known)
        assert len(r.drivers) == len(set(r.drivers)), r.drivers
