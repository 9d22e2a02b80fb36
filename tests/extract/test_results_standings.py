"""Championship standings after the race: leaders, points, places in a standings paragraph."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_found, C, O, Q, R, facts, fs

POSITIVE = [
    pytest.param(
        "René Rast rückte auf Rang zwei vor, hat aber noch 12 Punkte Rückstand auf Nico Müller.",
        {(fs("Nico Müller"), C, O, 1)},
        id="Punkte-Rueckstand-auf-X",
    ),
    pytest.param(
        "Nach dem Rennen liegt Sébastien Ogier mit zwei Punkten Vorsprung auf Thierry Neuville an der Spitze.",
        {(fs("Sébastien Ogier"), C, O, 1), (fs("Thierry Neuville"), C, O, 2)},
        id="liegt-X-mit-Punkten-Vorsprung-auf-Y-an-der-Spitze",
    ),
    pytest.param(
        "Nick Heidfeld wurde Vierter. Er schob sich mit 16 Punkten drei Zähler hinter Weltmeister Kimi Räikkönen (Ferrari) "
        "in der WM-Gesamtwertung auf Rang zwei.",
        {(fs("Nick Heidfeld"), C, O, 2)},
        id="hinter-Weltmeister-X-is-no-subject",
    ),
    pytest.param(
        "Marco Wittmann gewann. Im Fahrerklassement verteidigte Maro Engel den dritten Platz.",
        {(fs("Maro Engel"), C, O, 3)},
        id="im-Fahrerklassement",
    ),
    pytest.param(
        "Lirim Zendeli gewann. Durch den Sieg baute Simone Faggioli seinen Vorsprung in der Berg-Europameisterschaft weiter aus.",
        {(fs("Simone Faggioli"), C, O, 1)},
        id="baute-Vorsprung-in-der-Meisterschaft-aus",
    ),
    pytest.param(
        "In der Meisterschaft baute Nico Rosberg seine Führung aus.",
        {(fs("Nico Rosberg"), C, O, 1)},
        id="in-der-Meisterschaft-baute-Fuehrung-aus",
    ),
    pytest.param(
        "Rallye-Gewinner Thierry Neuville baute seine Tabellenführung zur Saisonmitte auf 27 Punkte vor Sébastien Ogier aus.",
        {(fs("Thierry Neuville"), C, O, 1), (fs("Sébastien Ogier"), C, O, 2)},
        id="baute-Fuehrung-auf-Punkte-vor-Y-aus",
    ),
    pytest.param(
        "Jamie Green gewann am Norisring. Gary Paffett liegt auf Platz drei.",
        {(fs("Gary Paffett"), C, O, 3)},
        id="present-tense-liegt-auf-Platz",
    ),
    pytest.param(
        "Lucas Auer gewann. Der in der Gesamtwertung mit 133 Punkten führende Schweizer Nico Müller kam auf Rang fünf.",
        {(fs("Nico Müller"), C, O, 1), (fs("Nico Müller"), R, O, 5)},
        id="attributive-fuehrende-and-its-race-place",
    ),
    pytest.param(
        "Kimi Räikkönen gewann in Monaco. Trotz Räikkönens Sieg liegt in der Fahrerwertung Fernando Alonso deutlich vorn.",
        {(fs("Fernando Alonso"), C, O, 1)},
        id="liegt-in-der-Fahrerwertung-X-vorn",
    ),
    pytest.param(
        "René Rast gewann vor Gary Paffett, hinter dem bereits als Meister feststehenden Mattias Ekström.",
        {(fs("Mattias Ekström"), C, O, 1)},
        id="als-Meister-feststehend",
    ),
    pytest.param(
        "Lucas Auer gewann. Jamie Green (45 Punkte), Edoardo Mortara (44 Punkte) und Paul Di Resta (43 Punkte) liegen "
        "dicht dahinter auf den Positionen vier bis sechs.",
        {(fs("Jamie Green"), C, O, 4), (fs("Edoardo Mortara"), C, O, 5), (fs("Paul Di Resta"), C, O, 6)},
        id="points-in-parentheses-make-places-standings",
    ),
    pytest.param(
        "Mark Webber gewann in Silverstone. Dahinter folgte WM-Spitzenreiter Fernando Alonso auf Rang zwei.",
        {(fs("Fernando Alonso"), C, O, 1), (fs("Fernando Alonso"), R, O, 2)},
        id="WM-Spitzenreiter-before-the-name",
    ),
    pytest.param(
        "Paul di Resta gewann in Brands Hatch, DTM-Spitzenreiter Gary Paffett wurde Zweiter.",
        {(fs("Gary Paffett"), C, O, 1), (fs("Gary Paffett"), R, O, 2)},
        id="DTM-Spitzenreiter-before-the-name",
    ),
    pytest.param(
        "Mattias Ekström gewann in Zandvoort. Ekström übernimmt damit erneut die Führung in der DTM-Fahrerwertung.",
        {(fs("Mattias Ekström"), C, O, 1)},
        id="uebernimmt-die-Fuehrung-in-der-Fahrerwertung",
    ),
    pytest.param(
        "Jamie Green gewann. Die Gesamtwertung führt Timo Scheider nun mit einem Punkt Vorsprung vor Bruno Spengler an.",
        {(fs("Timo Scheider"), C, O, 1), (fs("Bruno Spengler"), C, O, 2)},
        id="Die-Gesamtwertung-fuehrt-X-mit-einem-Punkt-vor-Y",
    ),
    pytest.param(
        "René Rast gewann. In der DTM-Fahrerwertung bleibt Gary Paffett in Führung. Edoardo Mortara (138) rutscht "
        "auf Platz vier, Marco Wittmann (137) ist Fünfter.",
        {(fs("Gary Paffett"), C, O, 1), (fs("Edoardo Mortara"), C, O, 4), (fs("Marco Wittmann"), C, O, 5)},
        id="standings-paragraph-with-points-in-parentheses",
    ),
    pytest.param(
        "Sébastien Loeb gewann. Nun führt er die Gesamtwertung mit 171 Punkten an und hat damit 27 Zähler "
        "Vorsprung auf Ford-Werkspilot Mikko Hirvonen.",
        {(fs("Sébastien Loeb"), C, O, 1), (fs("Mikko Hirvonen"), C, O, 2)},
        id="fuehrt-er-an-and-points-ahead",
    ),
    pytest.param(
        "Mike Rockenfeller gewann. In der Gesamtwertung liegt Mike Rockenfeller nun mit insgesamt 94 Zählern 27 "
        "Punkte vor Bruno Spengler (67). Dritter ist Gary Paffett (57).",
        {(fs("Mike Rockenfeller"), C, O, 1), (fs("Bruno Spengler"), C, O, 2), (fs("Gary Paffett"), C, O, 3)},
        id="liegt-N-Punkte-vor-X-then-Dritter-ist",
    ),
    pytest.param(
        "In der Fahrerwertung liegt Paul di Resta (204) auf dem zweiten Gesamtrang vor dem neuen Drittplatzierten "
        "René Rast (149).",
        {(fs("René Rast"), C, O, 3)},
        id="ordinal-apposition",
    ),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_standings(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


def test_a_lead_taken_into_the_final_day_is_no_standing(extract_doc):
    text = "Gary Paffett hielt als Vierter den Kontakt und ging mit vier Punkten Vorsprung auf Paul Di Resta in den Finaltag."
    assert (fs("Paul Di Resta"), C, O, 2) not in facts(extract_doc(text))


def test_race_place_beside_standings_stays_a_race_place(extract_doc):
    text = (
        "Sébastien Loeb gewann vor Dani Sordo. Erst auf Platz drei und mit einem Rückstand von 2:19,2 Minuten folgte "
        "Marcus Grönholm, dessen Rückstand in der WM-Wertung auf 33 Punkte angewachsen ist."
    )
    found = facts(extract_doc(text))
    assert (fs("Marcus Grönholm"), R, O, 3) in found, found
    assert (fs("Marcus Grönholm"), C, O, 3) not in found, found


def test_a_name_with_its_own_verb_after_a_comma_is_no_object(extract_doc):
    text = (
        "Daniel Juncadella kam auf Platz 15, vor Teamkollege Maximilian Götz (+50,379 Sekunden), Paul Di Resta kam "
        "auf Platz 22."
    )
    found = facts(extract_doc(text))
    assert (fs("Paul Di Resta"), R, O, 22) in found, found


def test_vor_after_a_standing_word_is_no_race_place(extract_doc):
    text = "Mit dem dritten Sieg der Saison ist Sascha Maassen bei den Fahrern wieder alleiniger Tabellenführer vor Lucas Luhr."
    found = facts(extract_doc(text))
    assert (fs("Lucas Luhr"), R, O, 2) not in found, found
    assert (fs("Lucas Luhr"), C, O, 2) in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        pytest.param(
            "Michael Schumacher gewann. In der WM führt Michael Schumacher mit 86 Punkten vor Rubens Barrichello. "
            "Dritter ist Ralf Schumacher.",
            (fs("Ralf Schumacher"), C, O, 3),
            (fs("Ralf Schumacher"), R, O, 3),
            id="Dritter-ist-after-a-standings-sentence",
        ),
        pytest.param(
            "Michael Schumacher gewann vor Rubens Barrichello. Dritter ist Ralf Schumacher.",
            (fs("Ralf Schumacher"), R, O, 3),
            (fs("Ralf Schumacher"), C, O, 3),
            id="Dritter-ist-after-the-race",
        ),
        pytest.param(
            "Im Kampf um den Vize-Titel liegt Rubens Barrichello vorn. Der Brasilianer schob sich mit 45 Zählern vom "
            "vierten auf den zweiten Rang. Dritter ist Ralf Schumacher (40 Punkte).",
            (fs("Ralf Schumacher"), C, O, 3),
            (fs("Ralf Schumacher"), R, O, 3),
            id="Vize-Titel-opens-the-standings",
        ),
    ],
)
def test_present_tense_places_after_the_standings(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert expected in found, found
    assert wrong not in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Lirim Zendeli gewann. Damit übernahm Niklas Krütten wieder die Führung der Rookie-Wertung.",
            (fs("Niklas Krütten"), C, "class", 1),
            id="Fuehrung-der-Rookie-Wertung-is-that-classification",
        ),
        pytest.param(
            "Lirim Zendeli gewann. Damit übernahm Niklas Krütten wieder die Führung der Fahrer-Wertung.",
            (fs("Niklas Krütten"), C, O, 1),
            id="Fuehrung-der-Fahrer-Wertung-is-the-standings",
        ),
    ],
)
def test_lead_of_a_named_classification(extract_doc, text, expected):
    found = facts(extract_doc(text))
    assert expected in found, found


def test_a_class_leader_before_the_name_is_no_overall_leader(extract_doc):
    text = (
        "Nach einem Crash zwischen Alex Imperatori und GTE-Pro-Tabellenführer Gianmaria Bruni in der Startrunde ging "
        "das Safety-Car auf die Strecke."
    )
    found = facts(extract_doc(text))
    assert (fs("Gianmaria Bruni"), C, O, 1) not in found, found


def test_an_aside_about_the_standings_leaves_the_race_place_a_race_place(extract_doc):
    text = (
        "Paul di Resta gewann. Mit Marco Wittmann (Gesamtdritter mit 110 Punkten) auf Platz fünf und Philipp Eng (P7) "
        "schaffen es nur zwei Autos der Münchner in die Top-10."
    )
    found = facts(extract_doc(text))
    assert (fs("Marco Wittmann"), R, O, 5) in found, found
    assert (fs("Philipp Eng"), R, O, 7) in found, found
    assert (fs("Marco Wittmann"), C, O, 3) in found, found


def test_the_table_goes_on_after_a_quote(extract_doc):
    text = (
        "In der WM-Wertung führt Michael Schumacher mit 82 Punkten vor Montoya (79). \"Nur drei Punkte. Da ist noch "
        "nichts verloren\", meinte der Kolumbianer. Räikkönen (75) ist Dritter. Ralf Schumacher (58) blieb Vierter."
    )
    found = facts(extract_doc(text))
    assert {(fs("Räikkönen"), C, O, 3), (fs("Ralf Schumacher"), C, O, 4)} <= found, found


def test_a_bare_place_in_parentheses(extract_doc):
    text = "Das Sauber-Duo hatte Pech: Team-Kollege Nick Heidfeld (9.) verlor auf den letzten Metern Platz acht."
    found = facts(extract_doc(text))
    assert (fs("Nick Heidfeld"), R, O, 9) in found and (fs("Nick Heidfeld"), R, O, 8) not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Marijan Griebel feiert bei der Premiere der Rallye Mittelrhein der Deutschen Rallye-Meisterschaft beim "
            "vierten Lauf seinen zweiten Sieg.",
            (fs("Marijan Griebel"), R, O, 1),
            (fs("Marijan Griebel"), C, O, 1),
        ),
        (
            "Der viermalige Tourenwagen-Weltmeister Yvan Muller feierte seinen zweiten Sieg.",
            (fs("Yvan Muller"), R, O, 1),
            (fs("Yvan Muller"), C, O, 1),
        ),
    ],
)
def test_a_series_name_or_a_career_is_no_title(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert expected in found and wrong not in found, found


def test_names_after_hinter_a_standing_are_cars_not_a_crew(extract_doc):
    text = (
        "Bei der Rallye Großbritannien gewann Marcus Grönholm. In der Endabrechnung verbesserte sich Manfred Stohl "
        "mit 54 Punkten auf Platz vier hinter Sebastien Loeb, Marcus Grönholm und Mikko Hirvonen (65)."
    )
    got = facts(extract_doc(text))
    assert {(fs("Sebastien Loeb"), C, O, 1), (fs("Marcus Grönholm"), C, O, 2), (fs("Mikko Hirvonen"), C, O, 3)} <= got, got


def test_a_table_by_falling_points_with_teams_in_the_parentheses(extract_doc):
    text = (
        "Im Porsche Supercup gewann Larry ten Voorde. Bei dem Doppellauf werden noch 40 Punkte vergeben - "
        "Ammermüller (Lechner Racing, 110 Punkte), ten Voorde (96 Punkte) sowie Julien Andlauer (Lechner Racing, "
        "92 Punkte) und Ayhancan Güven (Almeras, 88 Punkte) haben die besten Chancen. Michael Ammermüller ist somit "
        "neuer Tabellenführer."
    )
    got = facts(extract_doc(text))
    assert {(fs("Larry ten Voorde"), C, O, 2), (fs("Julien Andlauer"), C, O, 3), (fs("Ayhancan Güven"), C, O, 4)} <= got, got


def test_points_that_do_not_fall_are_no_table(extract_doc):
    text = (
        "In der Meisterschaft sammelten Jamie Green (45 Punkte), Edoardo Mortara (52 Punkte) und Mike Rockenfeller "
        "(38 Punkte) wichtige Zähler."
    )
    assert not [r for r in extract_doc(text).results if r.rule == "result.points_list"]


def test_an_apposition_with_its_own_year_does_not_make_the_place_history(extract_doc):
    text = (
        "Rallycross-WM 2020 in Barcelona: Johan Kristoffersson gewann beide Läufe und baute seine WM-Führung auf 219 "
        "Punkte aus. Mattias Ekström, Champion von 2016, folgt mit 192 Zählern auf dem zweiten Rang."
    )
    assert (fs("Mattias Ekström"), C, O, 2) in facts(extract_doc(text))


STANDINGS_IN_PROSE = [
    pytest.param(
        "Mattias Ekström gewann in Zandvoort. In der Gesamtwertung liegt weiterhin Mercedes-Pilot Bruno Spengler an der "
        "Spitze. Er hat mit 44 Punkten noch neun Zähler Vorsprung vor Gary Paffett.",
        {(fs("Bruno Spengler"), C, O, 1), (fs("Gary Paffett"), C, O, 2)},
        id="liegt-weiterhin-Mercedes-Pilot-X-an-der-Spitze",
    ),
    pytest.param(
        "Philip Geipel und Katrin Becker-Brugger gewannen die Rallye und sicherten sich die Meisterschaft mit einem "
        "Punkt Vorsprung vor Marijan Griebel.",
        {(fs("Philip Geipel", "Katrin Becker-Brugger"), C, O, 1), (fs("Marijan Griebel"), C, O, 2)},
        id="sicherten-sich-die-Meisterschaft-mit-einem-Punkt-Vorsprung-vor",
    ),
    pytest.param(
        "Norbert Michelisz verließ Macau als Tabellenführer mit einem Vorsprung von lediglich neun Punkten auf "
        "Esteban Guerrieri.",
        {(fs("Norbert Michelisz"), C, O, 1), (fs("Esteban Guerrieri"), C, O, 2)},
        id="Vorsprung-von-lediglich-neun-Punkten-auf",
    ),
    pytest.param(
        "Michael Ammermüller gewann. Damit verringerte der Deutsche den Rückstand auf Tabellenführer und Porsche-Junior "
        "Julien Andlauer auf nur noch einen Punkt.",
        {(fs("Julien Andlauer"), C, O, 1)},
        id="Rueckstand-auf-Tabellenfuehrer-und-Porsche-Junior-X",
    ),
    pytest.param(
        "Damit haben Egor Orudzhev und Job van Uitert ihre Gesamtführung vor dem letzten Rennen der Saison auf 13 "
        "Punkte Vorsprung auf Paul Lafargue und Nicolas Chatin ausgebaut.",
        {(fs("Paul Lafargue", "Nicolas Chatin"), C, O, 2)},
        id="Vorsprung-vor-dem-letzten-Rennen-der-Saison",
    ),
]


@pytest.mark.parametrize("text, expected", STANDINGS_IN_PROSE)
def test_standings_in_prose(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


def test_a_leader_before_the_race_is_no_leader_after_it(extract_doc):
    doc = extract_doc(
        "WM-Spitzenreiter und Titelverteidiger Andy Priaulx schied in der ersten Runde aus. Augusto Farfus führt nun "
        "mit 53 Punkten vor Jörg Müller (49) und Priaulx (44)."
    )
    assert (fs("Andy Priaulx"), C, O, 1) not in facts(doc)


def test_a_crew_leading_the_standings_in_the_plural(extract_doc):
    doc = extract_doc("Mike Conway, Kamui Kobayashi und Jose-Maria Lopez führen damit weiterhin die WM-Wertung an.")
    assert (fs("Mike Conway", "Kamui Kobayashi", "Jose-Maria Lopez"), C, O, 1) in facts(doc), facts(doc)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Timo Glock liegt nun auf dem dritten Tabellenrang.", (fs("Timo Glock"), C, O, 3)),
        ("Rast/Lotterer verteidigen die WM-Führung.", (fs("Rast", "Lotterer"), C, O, 1)),
    ],
)
def test_standings_in_more_words(extract_doc, text, expected):
    assert expected in facts(extract_doc(text)), facts(extract_doc(text))


def test_a_lead_in_points_over_a_rival_is_first_and_second_of_the_table(extract_doc):
    doc = extract_doc("Mit 50 Punkten hat René Rast nun sechs Zähler Vorsprung auf Nico Müller.")
    assert {(fs("René Rast"), C, O, 1), (fs("Nico Müller"), C, O, 2)} <= facts(doc), facts(doc)


def test_as_the_leader_with_points_into_the_final(extract_doc):
    doc = extract_doc("Als Spitzenreiter reist René Rast (180) zum Finale, vier Punkte vor Nico Müller (176).")
    assert {(fs("René Rast"), C, O, 1), (fs("Nico Müller"), C, O, 2)} <= facts(doc), facts(doc)


def test_as_the_leader_of_a_lap_is_no_standing(extract_doc):
    doc = extract_doc("Als Spitzenreiter ging Timo Glock in die letzte Runde und gewann.")
    assert facts(doc) == {(fs("Timo Glock"), R, O, 1)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Titel ging an Sébastien Loeb.", {("championship", "overall", 1, "Sébastien Loeb")}),
        (
            "Der Belgier Thierry Neuville ist weiter Führender in der Gesamtwertung.",
            {("championship", "overall", 1, "Thierry Neuville")},
        ),
        (
            "Marcel Fässler steht weiterhin an der Spitze des Klassements.",
            {("championship", "overall", 1, "Marcel Fässler")},
        ),
        (
            "Trotz Platz vier musste sich Gary Paffett mit der Vizemeisterschaft begnügen.",
            {("race", "overall", 4, "Gary Paffett"), ("championship", "overall", 2, "Gary Paffett")},
        ),
        (
            "In der Tabelle führt René Rast, der heute Fünfter wurde, mit 120 Punkten.",
            {("championship", "overall", 1, "René Rast"), ("race", "overall", 5, "René Rast")},
        ),
    ],
)
def test_standings_told_by_title_lead_and_runner_up_nouns(extract_doc, text, expected):
    assert {(r.session, r.scope, r.position, r.drivers[0]) for r in extract_doc(text).results} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doch der Belgier Laurens Vanthoor ist nur Neunter der Wertung.", {("championship", "overall", None, 9, "Laurens Vanthoor")}),
        ("Nicki Thiim liegt in der Gesamtwertung weiterhin an erster Stelle.", {("championship", "overall", None, 1, "Nicki Thiim")}),
        (
            "Die GT4-Wertung ging an den Ginetta von Mike Simpson und Colin White vor dem BMW von Jens Klingmann.",
            {("race", "class", "GT4", 1, "Mike Simpson"), ("race", "class", "GT4", 2, "Jens Klingmann")},
        ),
        (
            "Platz zwei in der LMP2-Klasse ging an Chris Dyson und Guy Smith.",
            {("race", "class", "LMP2", 2, "Chris Dyson")},
        ),
    ],
)
def test_places_of_a_wertung_and_a_class_that_went_to_a_crew(extract_doc, text, expected):
    assert {(r.session, r.scope, r.class_, r.position, r.drivers[0]) for r in extract_doc(text).results} == expected


def test_behind_him_in_the_standings_is_second_and_the_one_after_vor_third(extract_doc):
    doc = extract_doc(
        "Nach zwölf Rennen führt Michael Schumacher mit 98 Punkten. Hinter ihm liegt Rubens Barrichello mit 71 Zählern "
        "vor dem Briten Jenson Button (60)."
    )
    got = {(r.session, r.position, r.drivers[0]) for r in doc.results}
    assert {("championship", 2, "Rubens Barrichello"), ("championship", 3, "Jenson Button")} <= got
    assert ("championship", 1, "Rubens Barrichello") not in got


@pytest.mark.parametrize(
    "text, leader",
    [
        ("Christopher Haase und Markus Winkelhock setzten sich mit diesem Sieg auch an die Spitze der Gesamtwertung.", "Christopher Haase"),
        ("Mit dem Sieg schob sich Marco Wittmann an die Spitze der Tabelle.", "Marco Wittmann"),
    ],
)
def test_moving_to_the_top_of_the_standings_is_the_lead(extract_doc, text, leader):
    assert [(r.session, r.position, r.drivers[0]) for r in extract_doc(text).results] == [("championship", 1, leader)]


def test_points_after_from_to_are_no_place(extract_doc):
    doc = extract_doc("Lirim Zendeli gewann. Er verbesserte seinen Vorsprung von fünf auf 39 Punkte.")
    assert not any(r.position == 39 for r in doc.results), doc.results


def test_the_placed_in_the_drivers_classification_is_a_description(extract_doc):
    doc = extract_doc(
        "Die Fahrerwertung führt weiterhin Jean-Eric Vergne mit 81 Punkten an, der als einziger der ersten drei im "
        "Fahrerklassement Platzierten auf Platz fünf punkten konnte."
    )
    assert (fs("Jean-Eric Vergne"), R, O, 5) in facts(doc), doc.results


def test_a_verb_particle_vor_names_no_rival(extract_doc):
    doc = extract_doc("René Rast rückte auf Rang zwei vor, hat aber noch 12 Punkte Rückstand auf Nico Müller.")
    assert not any(r.position in (2, 3) and r.drivers == ["Nico Müller"] for r in doc.results), doc.results


def test_the_championship_as_the_object_of_the_win_is_the_title(extract_doc):
    text = "Formel 1 in Suzuka. Michael Schumacher hat als erster Fahrer zum sechsten Mal die Weltmeisterschaft gewonnen."
    got = {(r.session, r.position, tuple(r.drivers)) for r in extract_doc(text).results}
    assert got == {("championship", 1, ("Michael Schumacher",))}


def test_a_lead_in_points_at_the_end_of_the_season_gives_the_runner_up(extract_doc):
    text = "DTM. Mit 255 Punkten beendet Gary Paffett mit nur vier Zählern Vorsprung vor René Rast (251) die Saison."
    got = {(r.session, r.position, tuple(r.drivers)) for r in extract_doc(text).results}
    assert {("championship", 1, ("Gary Paffett",)), ("championship", 2, ("René Rast",))} <= got


def test_a_lead_in_points_before_the_race_gives_no_standing(extract_doc):
    # "Vor dem 13. Rennen hatte der Schwede sechs Punkte Vorsprung auf X": before the race, and the leader a description
    text = (
        "DTM. Pascal Wehrlein übernahm am Ende die Spitze der Tabelle. Vor dem 13. von 18 Rennen hatte der Schwede "
        "sechs Punkte Vorsprung auf Wehrlein."
    )
    assert not [r for r in extract_doc(text).results if r.session == "championship" and r.position == 2]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "BMW. Nicola Lunardi und Maxime Martin fuhren im BMW ALPINA B6 zum zweiten Saisonsieg und an die Tabellenspitze.",
            ("championship", 1, ("Nicola Lunardi", "Maxime Martin")),
            id="fuhren-an-die-Tabellenspitze",
        ),
        pytest.param(
            "GT4. Michael Schrey und Gabriele Piana sind die neuen Champions der ADAC GT4 Germany.",
            ("championship", 1, ("Michael Schrey", "Gabriele Piana")),
            id="die-neuen-Champions",
        ),
        pytest.param(
            "FIA GT. Sascha Bert liegt mit 42 Punkten an dritter Stelle in der Gesamtwertung.",
            ("championship", 3, ("Sascha Bert",)),
            id="liegt-mit-N-Punkten-an-dritter-Stelle",
        ),
        pytest.param(
            "Carrera Cup. Chris Mamerow ist damit der neue Spitzenreiter in der Fahrerwertung.",
            ("championship", 1, ("Chris Mamerow",)),
            id="Spitzenreiter-in-der-Fahrerwertung",
        ),
        pytest.param(
            "Supercup. Trotz des verlorenen Sieges hat Jeroen Bleekemolen die Tabellenführung übernommen.",
            ("championship", 1, ("Jeroen Bleekemolen",)),
            id="trotz-des-verlorenen-Sieges-die-Tabellenfuehrung-uebernommen",
        ),
    ],
)
def test_standings_phrasings_more(extract_doc, text, expected):
    got = {(r.session, r.position, tuple(r.drivers)) for r in extract_doc(text).results if r.session == "championship"}
    assert got == {expected}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "DTM. Gary Paffett gewann. Mattias Ekström wurde Siebter und belegt mit 13 Punkten Rückstand Platz zwei in der Gesamtwertung.",
            {("race", 7), ("championship", 2)},
            id="wurde-Siebter-und-belegt-Platz-zwei-in-der-Gesamtwertung",
        ),
        pytest.param(
            "DTM. In der Gesamtwertung liegt weiterhin Bruno Spengler an der Spitze, obwohl der Kanadier als Siebter sein "
            "bislang schlechtestes Resultat verbuchte.",
            {("championship", 1), ("race", 7)},
            id="obwohl-er-als-Siebter-sein-schlechtestes-Resultat-verbuchte",
        ),
        pytest.param(
            "Formel 1. Rubens Barrichello wurde Siebter und hat ebenfalls noch Chancen auf den Titel.",
            {("race", 7)},
            id="Chancen-auf-den-Titel-is-no-title",
        ),
        pytest.param(
            "Carrera Cup. Christian Engelhart setzte sich am Ende mit 199 Punkten durch und wurde Zweiter der Gesamtwertung.",
            {("championship", 2)},
            id="wurde-Zweiter-der-Gesamtwertung-stays-the-standings",
        ),
    ],
)
def test_the_finish_and_the_standings_in_one_sentence(extract_doc, text, expected):
    got = {(r.session, r.position) for r in extract_doc(text).results if r.position != 1 or r.session == "championship"}
    assert expected <= got
    assert not {("race", p) for _s, p in expected if _s == "championship"} & got - expected


@pytest.mark.parametrize(
    "text, leader",
    [
        pytest.param(
            "Porsche Carrera Cup. Mit seinem Sieg löste Tom Berger seinen Teamkollegen Max Kuhn an der Spitze der Gesamtwertung ab.",
            "Tom Berger", id="loeste-X-Y-an-der-Spitze-ab",
        ),
        pytest.param(
            "Porsche Carrera Cup. Tom Berger gewann und löste damit Max Kuhn an der Tabellenspitze ab.", "Tom Berger",
            id="X-gewann-und-loeste-Y-an-der-Tabellenspitze-ab",
        ),
        pytest.param(
            "Porsche Carrera Cup. Tom Berger gewann das Rennen. Mit seinem Sieg löste er Max Kuhn (Lechner) an der Spitze der "
            "Gesamtwertung ab.", "Tom Berger", id="loeste-er-Y-ab",
        ),
    ],
)
def test_the_one_who_replaced_the_leader_leads(extract_doc, text, leader):
    leaders = [r.drivers for r in extract_doc(text).results if r.session == "championship" and r.position == 1]
    assert leaders == [[leader]], leaders


def test_the_one_behind_a_lead_extended_is_not_the_leader(extract_doc):
    doc = extract_doc(
        "Formel E. Jean Vergne gewann. In der Gesamtwertung baute er seinen Vorsprung auf den Tabellenzweiten Max Kuhn auf 40 Punkte aus."
    )
    assert not [r for r in doc.results if r.session == "championship" and r.position == 1 and "Max Kuhn" in r.drivers], doc.results


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Formel E: Es führt der heute punktlose Sam Bird (43) vor Jaguar-Teamkollege Mitch Evans (39), der Sechster wurde.",
            {(fs("Sam Bird"), C, O, 1), (fs("Mitch Evans"), C, O, 2), (fs("Mitch Evans"), R, O, 6)},
            id="Es-fuehrt-X-(43)-vor-Y-(39)",
        ),
        pytest.param(
            "Théo Pourchaire führt vor den letzten drei Saisonrennen am Sachsenring in zwei Wochen mit 197 Punkten vor "
            "Dennis Hauger (196).",
            {(fs("Théo Pourchaire"), C, O, 1), (fs("Dennis Hauger"), C, O, 2)},
            id="fuehrt-a-long-time-phrase-mit-N-Punkten-vor",
        ),
    ],
)
def test_a_lead_by_points_told_with_the_points_or_after_a_long_time_phrase(extract_doc, text, expected):
    found = facts(extract_doc(text))
    assert expected <= found, found


def test_a_makes_lead_by_points_names_no_driver_leader(extract_doc):
    text = (
        "Toyota gewann in Fuji. Damit führt der japanische Hersteller die Herstellerwertung der Hypercars mit 33 Punkten "
        "vor Porsche an. Sébastien Buemi und Brendon Hartley wurden Zweite."
    )
    assert not any(f[1] == C for f in facts(extract_doc(text)))


def test_a_table_under_endstand_in_der_fahrer_wm_is_the_standings(extract_doc):
    text = (
        "Formel 1. Tom Berger gewann in Interlagos.\n\nEndstand in der Fahrer-WM 2011:\n\n1. Tom Berger (GER) 392 Punkte\n\n"
        "2. Max Kuhn (GBR) 270\n\n3. Udo Fink (AUS) 258"
    )
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert {(frozenset({"Max Kuhn"}), "championship", 2), (frozenset({"Udo Fink"}), "championship", 3)} <= found, found
    assert (frozenset({"Max Kuhn"}), "race", 2) not in found, found


def test_an_inline_table_after_gesamtwertung_nach_n_rennen_is_the_standings(extract_doc):
    text = (
        "DTM. Tom Berger gewann am Norisring.\n\nDTM-Ergebnisse Norisring: 1. Tom Berger (GER) BMW 56:12,000 Min. - "
        "2. Max Kuhn (ITA) Mercedes +0,450 Sek. - 3. Udo Fink (ESP) Mercedes +0,860 Sek.\n\n"
        "Gesamtwertung nach 8 Rennen: 1. Kuhn 99 - 2. Fink 93 - 3. Berger 92."
    )
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert {(frozenset({"Max Kuhn"}), "championship", 1), (frozenset({"Tom Berger"}), "championship", 3)} <= found, found
    assert {(frozenset({"Max Kuhn"}), "race", 2), (frozenset({"Tom Berger"}), "race", 1)} <= found, found
    assert (frozenset({"Tom Berger"}), "race", 3) not in found, found


def test_points_of_the_drivers_ahead_of_him_are_the_places_before_his(extract_doc):
    text = (
        "DTM. Tom Berger gewann. Tom Berger verbesserte sich in der Gesamtwertung auf Platz drei mit 17,5 Punkten; "
        "vor ihm liegen die Audi-Fahrer Max Kuhn (20 Zähler) und Udo Fink (18)."
    )
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert {(frozenset({"Max Kuhn"}), "championship", 1), (frozenset({"Udo Fink"}), "championship", 2)} <= found, found


def test_points_after_a_standing_told_far_back_are_not_counted_on(extract_doc):
    text = (
        "WTCC. In der Meisterschaft liegt Tom Berger auf Rang zwei.\n\nDas Rennen war hart. Es regnete lange. "
        "Die Boxenstopps waren entscheidend.\n\nIn der Tabelle ist es eng: Max Kuhn (165 Punkte) und Udo Fink (160 Punkte) lauern."
    )
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert (frozenset({"Max Kuhn"}), "championship", 3) not in found, found


@pytest.mark.parametrize(
    "text, champion, expected",
    [
        pytest.param(
            "DTM. Tom Berger gewann vor Max Kuhn, der als Tabellenführer angereist war.", "Max Kuhn", False, id="als-Tabellenfuehrer-angereist",
        ),
        pytest.param(
            "DTM. Tom Berger gewann vor Max Kuhn, der als Gesamtführender ins Rennen gegangen war.", "Max Kuhn", False,
            id="als-Gesamtfuehrender-ins-Rennen-gegangen",
        ),
        pytest.param("DTM. Tom Berger gewann. Damit ist Tabellenführer Max Kuhn weiter vorn.", "Max Kuhn", True, id="damit-ist-Tabellenfuehrer-X"),
        pytest.param("DTM. Tom Berger gewann und übernahm die Tabellenführung.", "Tom Berger", True, id="uebernahm-die-Tabellenfuehrung"),
    ],
)
def test_a_standing_held_before_the_race_is_no_result(extract_doc, text, champion, expected):
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert ((frozenset({champion}), "championship", 1) in found) is expected, found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Serie. Jan Roth gewann das Rennen. Schlussstand Fahrerwertung: 1. Moreno 288 (Champion). 2. Lindqvist 271. 3. Okafor 240.",
            {(fs("Moreno"), C, O, 1), (fs("Lindqvist"), C, O, 2), (fs("Okafor"), C, O, 3)},
            id="inline-table-items-after-a-numbers-period",
        ),
        pytest.param(
            "Serie. Nach dem Finale wurden Lena Hoffmann und Tom Berger als Gesamtsieger der Sprint-Serie 2016 geehrt.",
            {(fs("Lena Hoffmann", "Tom Berger"), C, O, 1)},
            id="Gesamtsieger-der-Serie",
        ),
        pytest.param("Serie. Die Krone holte sich am Ende Tom Wolf.", {(fs("Tom Wolf"), C, O, 1)}, id="Die-Krone-holte-sich-X"),
        pytest.param(
            "Serie. Paul Renner wurde Meister, der Vize-Titel ging an Jan Moll.",
            {(fs("Paul Renner"), C, O, 1), (fs("Jan Moll"), C, O, 2)},
            id="der-Vize-Titel-ging-an-Y",
        ),
    ],
)
def test_titles_and_final_tables_in_other_words(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param("Serie. Paul Renner wurde Meister, der Vize-Titel ging an Jan Moll.", (fs("Paul Renner"), C, O, 2), id="the-champion-is-no-runner-up"),
        pytest.param("Serie. Als Sieger des Meisterschaftslaufs wurde Tom Berg gewertet.", (fs("Tom Berg"), C, O, 1), id="Sieger-des-Meisterschaftslaufs-is-a-race"),
        pytest.param("Serie. Mit dem Erfolg brachte sich Leon Tag für das Finale in die Pole Position der Tabelle.", (fs("Leon Tag"), Q, O, 1), id="Pole-Position-der-Tabelle"),
    ],
)
def test_figures_of_speech_and_relatives_are_no_such_places(extract_doc, text, wrong):
    assert wrong not in facts(extract_doc(text))


def test_a_relative_clause_names_the_runner_up(extract_doc):
    doc = extract_doc("Serie. In der Endabrechnung liegt Hülkenberg klar vor Petrov, der Vizemeister wird.")
    assert (fs("Petrov"), C, O, 2) in facts(doc), doc.results


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "MX. Ken Roczen war nicht zu schlagen. Er sicherte sich den Meistertitel vor dem Tschechen Filip Neugebauer und dem Franzosen Cedric Soubeyras.",
            {(fs("Ken Roczen"), C, O, 1), (fs("Filip Neugebauer"), C, O, 2), (fs("Cedric Soubeyras"), C, O, 3)},
            id="den-Meistertitel-vor-dem-X-und-dem-Y",
        ),
        pytest.param(
            "MX. Den Titel holte Ida Brenner vor Lukas Sand und Emre Kaya.",
            {(fs("Ida Brenner"), C, O, 1), (fs("Lukas Sand"), C, O, 2), (fs("Emre Kaya"), C, O, 3)},
            id="Den-Titel-holte-X-vor-A-und-B",
        ),
        pytest.param(
            "MX. Neuer ADAC MX Junior Cup-Gewinner ist der Niederländer Luca Nijenhuis.",
            {(fs("Luca Nijenhuis"), C, O, 1)},
            id="Neuer-Cup-Gewinner-ist-X",
        ),
        pytest.param("Berg. Hans Gruber krönte sich im Regen zum dritten Mal zum Bergmeister.", {(fs("Hans Gruber"), C, O, 1)}, id="zum-Bergmeister"),
    ],
)
def test_titles_with_the_runners_up_and_compound_champions(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


@pytest.mark.parametrize(
    "text, wrong",
    [
        pytest.param("GT. Jörg Bergmeister und Patrick Long wurden Zweite.", (fs("Jörg Bergmeister", "Patrick Long"), C, O, 1), id="the-driver-Bergmeister"),
        pytest.param("X. Der neue Champion Ruben Stahl kam vor Tom Weber ins Ziel.", (fs("Tom Weber"), C, O, 2), id="a-champion-finishing-ahead"),
    ],
)
def test_a_surname_or_a_race_finish_is_no_title_order(extract_doc, text, wrong):
    assert wrong not in facts(extract_doc(text))


def test_a_race_win_given_to_the_series_leader_is_no_standing_of_a_place_name(extract_doc):
    doc = extract_doc("SBK. Der erste Sieg in San Juan Villicum ging an WM-Leader Toprak Razgatlioglu.")
    assert {r.session for r in doc.results} == {R}, doc.results


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Rallye. Tom Kurz gewann. Auf Platz zwei der DRM-Wertung schob sich Hermann Gaßner.", (fs("Hermann Gaßner"), C, O, 2), id="der-DRM-Wertung-is-the-series"),
        pytest.param("Rallye. Tom Kurz gewann. Tänak rückt auf WM-Position zwei vor.", (fs("Tänak"), C, O, 2), id="WM-Position-zwei"),
        pytest.param(
            "Cup. Tom Kurz gewann. Mit Rang fünf im Abschlusslauf retteten Berger/Kolb den dritten Platz der Jahreswertung.",
            (fs("Berger", "Kolb"), C, O, 3),
            id="der-Jahreswertung",
        ),
    ],
)
def test_standings_named_by_a_series_abbreviation_or_the_year(extract_doc, text, expected):
    assert expected in facts(extract_doc(text))


def test_a_class_code_before_wertung_stays_a_class(extract_doc):
    doc = extract_doc("IMSA. In der GTD-Wertung siegte Jan Roth.")
    assert [(r.scope, r.class_) for r in doc.results] == [("class", "GTD")], doc.results


def test_standings_told_as_a_chain_in_one_sentence(extract_doc):
    doc = extract_doc(
        "X. Tom Kurz gewann. In der Wertung liegt nun Jonas Brandt mit 212 Punkten vorn, Lea Kovac folgt mit elf Zählern Rückstand, "
        "dahinter rangiert Tom Ahlers."
    )
    assert {(fs("Jonas Brandt"), C, O, 1), (fs("Lea Kovac"), C, O, 2), (fs("Tom Ahlers"), C, O, 3)} <= facts(doc), doc.results
    assert (fs("Tom Ahlers"), R, O, 2) not in facts(doc)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Formel 3 in Hockenheim. Jonas Falk sichert sich den Titel vor seinem Teamkollegen Tim Roth.",
            {(fs("Jonas Falk"), C, O, 1), (fs("Tim Roth"), C, O, 2)},
            id="sichert-sich-den-Titel",
        ),
        pytest.param(
            "Moto2 am Sachsenring. Johann Zarco gewann vor Jonas Folger. Der Franzose baute seine Führung im Gesamtklassement aus.",
            {(fs("Johann Zarco"), C, O, 1)},
            id="baute-seine-Fuehrung-aus",
        ),
        pytest.param(
            "BTCC in Thruxton. Tom Ingram gewann. In der Fahrerwertung liegt BMW-Pilot Colin Turkington mit 102 Punkten an der Spitze.",
            {(fs("Colin Turkington"), C, O, 1)},
            id="role-and-points-before-an-der-Spitze",
        ),
        pytest.param(
            "DTM am Nürburgring. Jamie Green gewann. An der Spitze steht weiter Audi-Routinier Mattias Ekström (Schweden) mit 136 Punkten.",
            {(fs("Mattias Ekström"), C, O, 1)},
            id="an-der-Spitze-steht-weiter-X-mit-Punkten",
        ),
        pytest.param(
            "Formel 3 in Budapest. Tim Roth gewann. In Führung liegt weiter der Australier Oscar Piastri (Prema) mit 76 Zählern.",
            {(fs("Oscar Piastri"), C, O, 1)},
            id="in-Fuehrung-liegt-weiter-X-mit-Zaehlern",
        ),
    ],
)
def test_titles_and_leads_told_in_other_words(extract_doc, text, expected):
    got = facts(extract_doc(text))
    assert expected <= got, f"missing {expected - got}; extracted {got}"


def test_the_arch_rival_after_a_title_is_no_champion(extract_doc):
    got = facts(extract_doc("MX2 in Laubus-Eschbach. Der Österreicher sichert sich den Titel nach einem engen Fight mit seinem Erzrivalen Angus Heidecke."))
    assert not any("Angus Heidecke" in f[0] for f in got), got


def test_the_leader_who_came_to_the_final_as_leader_is_no_champion_by_that(extract_doc):
    got = facts(extract_doc("DTM in Hockenheim. Als Tabellenführer war Tom Berger zum Finale angereist, doch am Ende fehlten ihm zwei Punkte."))
    assert not any(f[0] == fs("Tom Berger") for f in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Superbike in Assen. Tim Kessler gewann. Damit schnappte sich Jan Roth erstmals allein die Spitze der Gesamtwertung.",
            {(fs("Jan Roth"), C, O, 1)},
            id="schnappte-sich-die-Spitze",
        ),
    ],
)
def test_standings_told_with_grabs(extract_doc, text, expected):
    got = facts(extract_doc(text))
    assert expected <= got, f"missing {expected - got}; extracted {got}"


def test_an_overall_win_with_a_lower_place_in_the_last_race_is_the_seasons(extract_doc):
    got = facts(extract_doc("WTCC in Macau. Mit Platz acht im letzten Lauf holte Dario Conti den Gesamtsieg."))
    assert {(fs("Dario Conti"), R, O, 8), (fs("Dario Conti"), C, O, 1)} <= got and (fs("Dario Conti"), R, O, 1) not in got, got


def test_a_rally_win_with_a_stage_place_stays_the_rallys(extract_doc):
    got = facts(extract_doc("Rallye Finnland. Mit Platz zwei auf der letzten Prüfung sicherte sich Ott Tänak den Gesamtsieg."))
    assert (fs("Ott Tänak"), R, O, 1) in got and (fs("Ott Tänak"), C, O, 1) not in got, got


def test_a_makes_standing_gives_no_driver_a_place(extract_doc):
    got = facts(extract_doc("WTCR in Macau. Yann Ehrlacher gewann. Bei den Konstrukteuren liegt Honda auf Rang zwei."))
    assert got == {(fs("Yann Ehrlacher"), R, O, 1)}, got


def test_in_der_meisterschaft_liegt_a_vor_b_und_c(extract_doc):
    got = facts(extract_doc("MotoGP in Valencia. In der Meisterschaft liegt Ole Moreau nun vor Jan Kowalski und dessen Teamkollegen Tim Brenner."))
    assert {(fs("Ole Moreau"), C, O, 1), (fs("Jan Kowalski"), C, O, 2), (fs("Tim Brenner"), C, O, 3)} <= got, got


def test_a_lead_in_the_race_with_seconds_is_no_standing(extract_doc):
    got = facts(extract_doc("DTM am Nürburgring. Jamie Green gewann. An der Spitze liegt nach der dritten Runde Mattias Ekström mit drei Sekunden Vorsprung."))
    assert not any(f[1] == C for f in got), got


def test_a_points_list_headed_wm_schlussklassement_is_the_championship(extract_doc):
    text = (
        "Valencia. MotoGP: 1. Jorge Lorenzo (Sp), Yamaha, 45:59,364. 2. Marc Marquez (Sp), Honda 0,263 zurück. 3. Dani Pedrosa 0,6 zurück.\n\n"
        "WM-Schlussklassement (18/18): 1. Lorenzo 330 (Weltmeister). 2. Valentino Rossi 325. 3. Marquez 242. 4. Pedrosa 206."
    )
    got = facts(extract_doc(text))
    assert {(fs("Valentino Rossi"), C, O, 2), (fs("Dani Pedrosa"), C, O, 4)} <= got, got
    assert (fs("Valentino Rossi"), R, O, 2) not in got, got


def test_the_standings_go_on_after_dahinter_with_vor_and_with_each_ones_points(extract_doc):
    got = facts(extract_doc(
        "DTM am Nürburgring. Jamie Green gewann. An der Spitze steht weiter Mattias Ekström mit 136 Punkten. Lucas Auer (127) folgt "
        "mit neun Zählern Rückstand. Dahinter liegt Neuling René Rast (Minden/124) im Audi vor Titelverteidiger Marco Wittmann (Fürth/115)."
    ))
    assert {(fs("René Rast"), C, O, 3), (fs("Marco Wittmann"), C, O, 4)} <= got, got
    got = facts(extract_doc(
        "Formel 4 in Oschersleben. Tim Roth gewann. In der Tabelle liegt Juri Vips mit 150 Punkten an der Spitze. "
        "Dicht dahinter lauern Felipe Drugovich (Brasilien) mit 143 Zählern und Marcus Armstrong (Neuseeland) mit 141."
    ))
    assert {(fs("Felipe Drugovich"), C, O, 2), (fs("Marcus Armstrong"), C, O, 3)} <= got, got


def test_an_inline_list_headed_ges_6_v_8_is_the_standings(extract_doc):
    got = facts(extract_doc("Histo Cup am Salzburgring. Tim Wolf gewann.\n\nGes. 6v.8: 1. Tim Wolf 120, 2. Jan Roth 101, 3. Udo Klein 95"))
    assert {(fs("Jan Roth"), C, O, 2), (fs("Udo Klein"), C, O, 3)} <= got and (fs("Jan Roth"), R, O, 2) not in got, got
