"""Drivers: crews, titles stripped, origins, non-drivers, one record per person, name particles."""

from __future__ import annotations

import pytest


def names(doc):
    return {d.name for d in doc.drivers}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Timo Bernhard und Romain Dumas gewannen das Rennen in Road Atlanta.",
            {"Timo Bernhard", "Romain Dumas"},
            id="crew-A-und-B",
        ),
        pytest.param(
            "Marc Lieb, Richard Lietz und Wolf Henzler teilten sich das Cockpit des Porsche 911 RSR und wurden Zweite.",
            {"Marc Lieb", "Richard Lietz", "Wolf Henzler"},
            id="crew-A-B-und-C",
        ),
        pytest.param(
            "Porsche-Werksfahrer Timo Bernhard gewann vor Audi-Pilot Rinaldo Capello.",
            {"Timo Bernhard", "Rinaldo Capello"},
            id="titles-stripped",
        ),
    ],
)
def test_driver_names(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert expected <= names(doc), names(doc)
    assert not [n for n in names(doc) if "Werksfahrer" in n or "Pilot" in n]
    assert check_offsets(text, doc) == []


def test_crew_result_lists_all_three(extract_doc):
    text = "Marc Lieb, Richard Lietz und Wolf Henzler teilten sich das Cockpit des Porsche 911 RSR und wurden Zweite."
    doc = extract_doc(text)
    assert any(set(r.drivers) == {"Marc Lieb", "Richard Lietz", "Wolf Henzler"} and r.position == 2 for r in doc.results)


@pytest.mark.parametrize(
    "text, name, origin",
    [
        pytest.param("Timo Bernhard (Dittweiler) gewann das Rennen in Laguna Seca.", "Timo Bernhard", "Dittweiler",
                     id="paren-town"),
        pytest.param("Zweiter wurde Christopher Mies (Heiligenhaus) im Audi R8 LMS.", "Christopher Mies",
                     "Heiligenhaus", id="paren-town-2"),
        pytest.param("Romain Dumas (Frankreich) wurde Dritter.", "Romain Dumas", "Frankreich", id="paren-country"),
        pytest.param("Sven Müller aus Bingen gewann das Rennen in Hockenheim.", "Sven Müller", "Bingen", id="aus-town"),
    ],
)
def test_origin_in_parentheses(extract_doc, text, name, origin):
    doc = extract_doc(text)
    (d,) = [d for d in doc.drivers if d.name == name]
    assert d.origin == origin


def test_nationality_word_is_no_origin(extract_doc):
    text = "Der Franzose Romain Dumas wurde Dritter."
    doc = extract_doc(text)
    (d,) = [d for d in doc.drivers if d.name == "Romain Dumas"]
    assert d.origin is None


@pytest.mark.parametrize(
    "text, not_driver",
    [
        pytest.param(
            "Timo Bernhard gewann vor Romain Dumas. „Ein großer Tag für Porsche“, sagte Motorsportchef Hartmut Kristen.",
            "Kristen",
            id="quoted-motorsport-chief",
        ),
        pytest.param(
            "Mattias Ekström siegte in Hockenheim. „Das Team hat fehlerfrei gearbeitet“, sagte Teamchef Hans-Jürgen Abt.",
            "Abt",
            id="quoted-team-boss",
        ),
        pytest.param(
            "Audi-Sportchef Wolfgang Ullrich sagte: „Mike Rockenfeller ist heute ein fehlerloses Rennen gefahren.“ "
            "Rockenfeller wurde Zweiter.",
            "Ullrich",
            id="role-before-name-colon",
        ),
    ],
)
def test_quoted_team_boss_is_no_driver(extract_doc, text, not_driver):
    doc = extract_doc(text)
    assert doc.drivers, "the race driver should still be found"
    assert not [d for d in doc.drivers if d.last_name == not_driver], names(doc)


def test_surname_mentions_unify_with_full_name(extract_doc, check_offsets):
    text = "Romain Dumas wurde Zweiter. Dumas fuhr außerdem die schnellste Rennrunde."
    doc = extract_doc(text)
    dumas = [d for d in doc.drivers if d.last_name == "Dumas"]
    assert len(dumas) == 1
    assert dumas[0].name == "Romain Dumas"
    assert dumas[0].first_name == "Romain"
    assert len(dumas[0].mentions) >= 2
    assert check_offsets(text, doc) == []


@pytest.mark.parametrize(
    "text, name, first, last",
    [
        pytest.param("Johannes van Overbeek wurde im Porsche 911 GT3 RSR Vierter.", "Johannes van Overbeek", "Johannes",
                     "van Overbeek", id="van"),
        pytest.param("Pedro de la Rosa kam als Siebter ins Ziel.", "Pedro de la Rosa", "Pedro", "de la Rosa",
                     id="de-la"),
        pytest.param("Jörg Bergmeister wurde Dritter.", "Jörg Bergmeister", "Jörg", "Bergmeister", id="umlaut"),
        pytest.param("GP2. Pastor Maldonado gewann vor Sergio Perez und Jérôme d'Ambrosio.", "Jérôme d'Ambrosio", "Jérôme",
                     "d'Ambrosio", id="elided-particle-in-one-token"),
        pytest.param("Formel 3. Jérôme d'Ambrosio wurde Dritter.", "Jérôme d'Ambrosio", "Jérôme", "d'Ambrosio",
                     id="elided-particle-before-the-verb"),
    ],
)
def test_name_particles_stay_with_surname(extract_doc, text, name, first, last):
    doc = extract_doc(text)
    (d,) = [d for d in doc.drivers if d.name == name]
    assert d.first_name == first
    assert d.last_name == last


def test_hyphenated_first_name(extract_doc):
    doc = extract_doc("Hans-Joachim Stuck wurde im BMW Zweiter.")
    (d,) = doc.drivers
    assert (d.name, d.first_name, d.last_name) == ("Hans-Joachim Stuck", "Hans-Joachim", "Stuck")


def test_genitive_s_is_the_same_driver(extract_doc):
    text = "Timo Bernhards Porsche lag lange in Führung. Timo Bernhard wurde am Ende Dritter."
    doc = extract_doc(text)
    assert [d.name for d in doc.drivers] == ["Timo Bernhard"]
    assert len(doc.drivers[0].mentions) == 2


def test_every_driver_once(extract_doc):
    text = (
        "Timo Bernhard und Romain Dumas gewannen vor Sascha Maassen und Ryan Briscoe. "
        "Bernhard fuhr den Schlussstint, Dumas den Start. Maassen hatte die Pole-Position geholt."
    )
    doc = extract_doc(text)
    assert sorted(d.name for d in doc.drivers) == sorted(
        ["Timo Bernhard", "Romain Dumas", "Sascha Maassen", "Ryan Briscoe"]
    )


def test_a_team_of_two_words_before_its_role_is_no_driver(extract_doc):
    doc = extract_doc("Formel 1. Jan Roth gewann vor Aston Martin-Pilot Uwe Kern und Toro Rosso-Fahrer Paul Stein.")
    assert sorted(d.name for d in doc.drivers) == ["Jan Roth", "Paul Stein", "Uwe Kern"]
    assert any(r.position == 3 and r.drivers == ["Paul Stein"] for r in doc.results)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Maximilian Weber gewann in Hockenheim. Bildunterschrift: Maxi Weber siegt beim GT Masters.", ["Maximilian Weber"]),
        ("Christopher Roth wurde Zweiter. Chris Roth war mit dem Ergebnis zufrieden.", ["Christopher Roth"]),
        # (a first name two letters longer is another name: "Andre" and "Andreas" may be father and son)
        ("Andreas Kern wurde Vierter, Andre Kern kam als Neunter ins Ziel.", ["Andreas Kern", "Andre Kern"]),
    ],
)
def test_a_short_form_of_a_first_name_is_the_same_driver(extract_doc, text, names):
    assert sorted(d.name for d in extract_doc(text).drivers) == sorted(names)


@pytest.mark.parametrize(
    "text, surnames",
    [
        pytest.param(
            "Auf Rang drei kam der Pescarolo-Judd von Nicolas Collard / Boullion / Jousse ins Ziel.",
            {"Collard", "Boullion", "Jousse"},
            id="slash-crew-with-one-known-name",
        ),
        pytest.param(
            "Ergebnis:\n1. | 8 Toyota | Buemi/Nakajima/Alonso | 388 Runden |\n2. | 36 Signatech | Menezes/Negrao/Thiriet | +21 Runden |",
            {"Buemi", "Nakajima", "Alonso", "Menezes", "Negrao", "Thiriet"},
            id="slash-crews-in-a-table",
        ),
    ],
)
def test_slash_crews_of_surnames(extract_doc, text, surnames):
    doc = extract_doc(text)
    assert surnames <= {d.last_name for d in doc.drivers}, [d.name for d in doc.drivers]


def test_origins_with_slashes_are_no_crew(extract_doc):
    doc = extract_doc("Christian Riedemann / Michael Wenzel (Sulingen / Mehlingen) wurden Zweite.")
    assert not {"Sulingen", "Mehlingen"} & {d.last_name for d in doc.drivers}


@pytest.mark.parametrize(
    "text, not_driver",
    [
        pytest.param(
            "Juri Vips gewann vor Pietro Fittipaldi, dem Enkel des zweimaligen Weltmeisters Emerson Fittipaldi.",
            "Emerson Fittipaldi",
            id="grandfather-of-a-driver",
        ),
        pytest.param(
            "Nach dem Unfall rückte Safety-Car-Fahrer Bernd Mayländer aus. Liam Lawson gewann das Rennen.",
            "Bernd Mayländer",
            id="safety-car-driver",
        ),
        pytest.param(
            "Von Oliver Müller\nLewis Hamilton gewann in Monza vor Sebastian Vettel.",
            "Oliver Müller",
            id="byline",
        ),
    ],
)
def test_people_around_the_race_are_no_drivers(extract_doc, text, not_driver):
    names = {d.name for d in extract_doc(text).drivers}
    assert not_driver not in names, names


def test_results_table_names_stop_before_the_team(extract_doc):
    text = "Ergebnis:\n1. F. Alonso Ferrari 1:39:16.596\n8. J. Button McLaren +1:19.506\n10. D. Ricciardo Toro Rosso +1 Rnd.\n"
    doc = extract_doc(text)
    assert {"Alonso", "Button", "Ricciardo"} <= {d.last_name for d in doc.drivers}, [d.name for d in doc.drivers]
    assert any(g.laps == 1 for g in doc.gaps), doc.gaps


@pytest.mark.parametrize(
    "text",
    [
        "Neuer Gesamtdritter ist Robert de Haan.",
        "Monza, 12. September 2010. Fernando Alonso gewann.",
        "Michael Schumacher wurde Zweiter im Autodromo di Monza.",
        "Michael Schumacher wurde beim Großen Preis von Malaysia Sechster.",
    ],
)
def test_capitalised_non_names(extract_doc, text):
    names = {d.last_name for d in extract_doc(text).drivers}
    assert not names & {"Neuer", "September", "di", "Autodromo di", "von Malaysia", "Malaysia", "Preis"}, names


def test_genitive_s_of_a_particle_surname_alone_is_the_same_driver(extract_doc):
    doc = extract_doc("Larry ten Voorde gewann in Silverstone. Voordes Vorsprung wuchs Runde für Runde.")
    assert [d.name for d in doc.drivers] == ["Larry ten Voorde"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Rekordsieger Tom Kristensen wurde Dritter.", "Tom Kristensen", id="Rekordsieger-is-no-first-name"),
        pytest.param("Mattias Ekström gewann. Ekströms Audi-Kollege Mike Rockenfeller wurde Zweiter.", "Mike Rockenfeller", id="Kollege"),
    ],
)
def test_role_nouns_before_a_name_are_cut(extract_doc, text, name):
    names = {d.name for d in extract_doc(text).drivers}
    assert name in names and not any("Kollege" in n or "Rekordsieger" in n for n in names), names


def test_international_first_names_find_names_the_model_misses(extract_doc):
    doc = extract_doc(
        "Auf Platz 4 kam der Audi von Steijn Schothorst und Kelvin van der Linde. Dahinter folgten Konsta Lappalainen "
        "und Igor Jakob Walliko."
    )
    last = {d.last_name for d in doc.drivers}
    assert {"Schothorst", "Lappalainen", "Walliko"} <= last, last


@pytest.mark.parametrize(
    "text, name",
    [
        ("Auf dem zweiten Platz folgte Patrik Zwirnel im Porsche.", "Patrik Zwirnel"),
        ("Dominique Aegerter erreichte Rang 9.", "Dominique Aegerter"),
        ("Den Sieg konnte sich Thorben Tschesche sichern.", "Thorben Tschesche"),
        ("Dahinter kam Remy Vautrin vor Toprak Yildiz ins Ziel.", "Remy Vautrin"),
    ],
)
def test_more_first_names_find_club_and_kart_drivers(extract_doc, text, name):
    names = {d.name for d in extract_doc(text).drivers}
    assert name in names, names


def test_a_surname_that_is_also_a_first_name_stays_a_surname(extract_doc):
    doc = extract_doc("Den dritten Platz holte Laurin Heinrich vor Dennis Otto. Heinrich war zufrieden.")
    assert {"Laurin Heinrich", "Dennis Otto"} <= {d.name for d in doc.drivers}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Michael und Markus Kranzberger steuerten ihren Audi auf die Plätze 7 und 9.", {"Michael Kranzberger", "Markus Kranzberger"}),
        ("Louis und Lenja Tebbert wurden in ihren Klassen nochmals Dritte.", {"Louis Tebbert", "Lenja Tebbert"}),
        ("Bei den Seitenwagen siegten Sam und Tom Christo.", {"Sam Christo", "Tom Christo"}),
    ],
)
def test_a_first_name_joined_to_a_full_name_shares_its_surname(extract_doc, text, names):
    assert names <= {d.name for d in extract_doc(text).drivers}


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Maximilian Gunter wurde Dritter. Vorn kämpften Gunter und Stoffel Vandoorne.", "Gunter Vandoorne"),
        ("Ralf Schumann holte die Pole. Dahinter lagen Bruder Ralf und Juan Pablo Montoya.", "Ralf Montoya"),
    ],
)
def test_a_surname_or_a_named_first_name_before_und_is_no_sibling(extract_doc, text, wrong):
    assert wrong not in {d.name for d in extract_doc(text).drivers}


def test_a_particle_before_a_team_is_no_part_of_the_name(extract_doc):
    doc = extract_doc(
        "Miloš Pavlović von Target Racing und Raul Guzman holten den Sieg. Christopher Mies und Connor de Philippi von "
        "Land-Motorsport wurden Zweite. Pavlović war zufrieden."
    )
    names = {d.name for d in doc.drivers}
    assert {"Miloš Pavlović", "Raul Guzman", "Connor de Philippi"} <= names, names
    assert not any(n.endswith((" von", "Land-Motorsport")) or n == "von" for n in names), names


def test_a_surname_first_and_the_full_name_later_are_one_driver(extract_doc):
    doc = extract_doc("Porsche Supercup: Ten Voorde gewinnt\n\nMit Larry ten Voorde gibt es vor Bastian Buus den fünften Sieger.")
    assert {d.name for d in doc.drivers} == {"Larry ten Voorde", "Bastian Buus"}, doc.drivers


@pytest.mark.parametrize(
    "text, not_a_driver",
    [
        pytest.param("Sébastien Loeb gewann im Citroen vor Dani Sordo.", "Citroen", id="make-without-diaeresis"),
        pytest.param("Kris Meeke fuhr im Mini John Cooper Works auf Platz fünf.", "Works", id="model-name"),
        pytest.param("Beim DTM-Lauf in Hockenheim gewann Mattias Ekström.", "DTM-Lauf", id="hyphenated-event-word"),
        pytest.param("Sébastien Buemi gewann in Francorchamps vor Mike Conway.", "Francorchamps", id="venue"),
        pytest.param("Dirk Adorf verpasste im zweiten Marc VDS-BMW auf Rang vier das Podium.", "VDS", id="team-and-make-compound"),
        pytest.param("Richard Mille by TDS gewann mit Rodrigo Sales und Mathias Beche.", "Mille", id="team-named-like-a-person"),
        pytest.param("Sébastien Loeb sicherte sich in überlegener Manier seinen fünften Triumph.", "Manier", id="noun-of-manner"),
        pytest.param("Pascal Wehrlein startete von P4, Nick Cassidy von P9.", "P9", id="place-code-after-von"),
    ],
)
def test_things_that_look_like_names_are_no_drivers(extract_doc, text, not_a_driver):
    names = [d.name for d in extract_doc(text).drivers]
    assert not any(not_a_driver in n for n in names), names


@pytest.mark.parametrize(
    "text, name, variant",
    [
        pytest.param("Niki Thiim gewann vor Kévin Estre. Nicki Thiim führte einen Doppelsieg an.", "Niki Thiim", "Nicki", id="first-name"),
        pytest.param("Marcus Grönholm gewann. Gröhnholm ist trotzdem nur WM-Zweiter.", "Marcus Grönholm", "Gröhnholm", id="surname"),
    ],
)
def test_a_name_misspelt_by_one_letter_is_the_same_driver(extract_doc, text, name, variant):
    names = [d.name for d in extract_doc(text).drivers]
    assert name in names and not any(variant in n for n in names), names


def test_brothers_with_different_first_names_stay_two_drivers(extract_doc):
    names = {d.name for d in extract_doc("Mike Halder wurde Vierter vor Michelle Halder.").drivers}
    assert {"Mike Halder", "Michelle Halder"} <= names, names


def test_a_lone_word_after_in_is_a_place_unless_a_driver_bears_it(extract_doc):
    doc = extract_doc(
        "Marcus Grönholm gewann vor Sébastien Loeb. Die Entscheidung fiel auf der letzten Prüfung in Hamilton, in die "
        "Grönholm mit 7/10 Sekunden Vorsprung gestartet war. Am Ende lag Loeb zehn Sekunden hinter Hamilton."
    )
    assert "Hamilton" not in {d.last_name for d in doc.drivers}
    doc = extract_doc("Lewis Hamilton gewann vor Max Verstappen. Der Jubel in Hamilton war grenzenlos, sagte Toto Wolff.")
    assert "Lewis Hamilton" in {d.name for d in doc.drivers}


def test_surnames_in_a_slash_crew_are_drivers_without_a_place(extract_doc):
    doc = extract_doc(
        "In der LMP2 fuhren noch G-Drive und Greaves mit Mardenborough/Ordoñez/Krumm mit."
    )
    assert {"Mardenborough", "Ordoñez", "Krumm"} <= {d.last_name for d in doc.drivers}, doc.drivers
    assert not doc.results


@pytest.mark.parametrize(
    "text, name, last",
    [
        ("António Félix da Costa gewann vor Pascal Wehrlein.", "António Félix da Costa", "Félix da Costa"),
        ("Alessandro Pier Guidi gewann vor Kevin Estre.", "Alessandro Pier Guidi", "Pier Guidi"),
        ("Renger van der Zande gewann vor Kevin Estre.", "Renger van der Zande", "van der Zande"),
    ],
)
def test_surnames_of_several_words(extract_doc, text, name, last):
    assert (name, last) in {(d.name, d.last_name) for d in extract_doc(text).drivers}


def test_a_club_in_the_parenthesis_after_a_name_is_no_driver(extract_doc):
    doc = extract_doc("TCR Germany. Sheldon van der Linde (18, Südafrika, AC Mayen e.V.) wurde im Audi Fünfter.")
    assert [d.name for d in doc.drivers] == ["Sheldon van der Linde"]


def test_a_team_after_the_name_in_a_results_line_is_not_part_of_it(extract_doc):
    # "3. Lewis Hamilton McLaren-Mercedes + 6,472", "7. Rubens Barrichello Brawn GP + 10,641": the team follows the name
    text = (
        "Formel 1. Ergebnis:\n1. Sebastian Vettel (GER) Red Bull 1:30:12,123\n3. Lewis Hamilton McLaren-Mercedes + 6,472\n"
        "7. Rubens Barrichello Brawn GP + 10,641\n"
    )
    doc = extract_doc(text)
    assert [d.name for d in doc.drivers] == ["Sebastian Vettel", "Lewis Hamilton", "Rubens Barrichello"]
    assert {(g.subject, g.seconds) for g in doc.gaps} == {("Lewis Hamilton", 6.472), ("Rubens Barrichello", 10.641)}


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("DTM. Nach 37 Runden war es Audi-Mann Timo Scheider, der das Rennen gewonnen hatte.", "Timo Scheider", id="Audi-Mann"),
        pytest.param("Porsche Junior gewinnt sein Heimrennen. Matteo Cairoli siegte in Monza.", "Matteo Cairoli", id="Porsche-Junior-headline"),
        pytest.param("Formel 1. Moralischer Sieger war aber Max Verstappen.", "Max Verstappen", id="Moralischer-Sieger"),
        pytest.param("Formel 1. Sebastian Vettel Foto: xpb holte die Pole.", "Sebastian Vettel", id="Foto-after-a-name"),
        pytest.param("DTM. Reichlich Rennaction gab es am Sonntag, Marco Wittmann gewann.", "Marco Wittmann", id="Reichlich-Rennaction"),
        pytest.param("WRC. Starker Regen setzte ein, Sébastien Ogier gewann trotzdem.", "Sébastien Ogier", id="Starker-Regen"),
    ],
)
def test_roles_captions_and_sentence_openers_are_no_names(extract_doc, text, name):
    assert [d.name for d in extract_doc(text).drivers] == [name]


def test_a_first_name_in_a_slash_crew_is_a_surname(extract_doc):
    # "Bernhard / Dumas / Duval", "6. Thomas/Christian/Werner": every member of a slash crew is a driver by surname
    text = (
        "Sebring. Es siegten Tom Kristensen, Allan McNish und Dindo Capello mit vier Runden Vorsprung auf Bernhard / Dumas / Duval.\n"
        "Ergebnis:\n1. Buhk/Schneider/Götz/Engel (Mercedes) 580 Runden\n6. Thomas/Christian/Werner (Porsche) – 8 Runden\n"
    )
    doc = extract_doc(text)
    assert {"Bernhard", "Thomas", "Christian", "Werner"} <= {d.name for d in doc.drivers}
    assert {(g.subject, g.laps) for g in doc.gaps} >= {("Bernhard", 4), ("Thomas", 8)}


def test_a_make_or_a_team_joined_to_its_make_ends_the_names_of_table_rows(extract_doc):
    text = (
        "Dakar, Lkw-Wertung. Endstand:\n"
        "1. Andrey Karginov Kamaz 46:33:36\n"
        "2. Siarhei Viazovich MAZ +02:04:42\n\n"
        "Le Mans, Top 2:\n"
        "1. Buemi / Nakajima / Hartley Toyota #8 387 Runden\n"
        "2. Senna / Nato / Menezes Rebellion-Oreca #1 +5 Runden\n"
    )
    assert names(extract_doc(text)) == {
        "Andrey Karginov", "Siarhei Viazovich", "Buemi", "Nakajima", "Hartley", "Senna", "Nato", "Menezes"
    }


def test_a_team_written_after_the_name_in_every_row_is_no_part_of_it(extract_doc):
    text = (
        "Champ Car in Long Beach. Ergebnis:\n"
        "1. Sebastien Bourdais Newman Haas 1h 38:55.730\n"
        "2. Oriol Servia Newman Haas + 0.595\n"
        "3. Justin Wilson RuSport + 1.234\n"
        "4. Alex Tagliani RuSport + 3.234\n"
        "10. Ricardo Sperafico Dale Coyne + 1 Runde\n"
        "11. Cristiano da Matta Dale Coyne + 2 Runden\n\n"
        "Formel 1. Ergebnis:\n"
        "1. Jan Magnussen McLaren\n"
        "2. Kevin Magnussen Arrows\n"
        "3. Juan Pablo Montoya Williams\n\n"
        "DTM. Ergebnis:\n"
        "4. Kelvin van der Linde – Abt Sportsline – Audi R8 LMS GT3\n"
        "7. Sheldon van der Linde – Schubert Motorsport – BMW M4 GT3\n"
    )
    assert names(extract_doc(text)) == {
        "Sebastien Bourdais", "Oriol Servia", "Justin Wilson", "Alex Tagliani", "Ricardo Sperafico", "Cristiano da Matta",
        "Jan Magnussen", "Kevin Magnussen", "Juan Pablo Montoya", "Kelvin van der Linde", "Sheldon van der Linde",
    }


def test_an_adjective_opening_a_sentence_about_a_close_fight_is_no_name(extract_doc):
    doc = extract_doc(
        "GP2. Pastor Maldonado gewann. Eng wurde es im Kampf um Platz vier. Hart umkämpft war auch der dritte Platz.\n\n"
        "DTM. Philipp Eng gewann vor René Rast. Eng war im Ziel überglücklich."
    )
    assert names(doc) == {"Pastor Maldonado", "Philipp Eng", "René Rast"}
    assert not [r for r in doc.results if r.drivers in (["Eng"], ["Hart"])]


def test_two_full_names_the_model_ran_together_are_two_drivers(extract_doc):
    doc = extract_doc("Carrera Cup. Am Sonntag verwies der Schweizer Jeffrey Schmidt Christian Engelhart (D) und Dennis Olsen auf die Plätze.")
    assert {"Jeffrey Schmidt", "Christian Engelhart", "Dennis Olsen"} <= {d.name for d in doc.drivers}


def test_common_german_first_names_start_a_name_the_model_cut(extract_doc):
    # ("Carsten", "Roland", "Olaf": the model tagged only the surname; the first name list puts it back)
    doc = extract_doc("DRM. Das dynamische Duo Carsten Geipel und Anne Becker wurde zum ersten Mal Deutscher Rallye-Meister.")
    assert {"Carsten Geipel", "Anne Becker"} <= {d.name for d in doc.drivers}


def test_a_noun_after_von_is_no_part_of_the_name(extract_doc):
    # ("von Startplatz fünf", "von den MSF Berg": a grid place and a club's letters, never a "von" name)
    doc = extract_doc(
        "WTCR in Vila Real. Frank Vermeulen gewann, während Yves Morel von Startplatz fünf aus als Dritter ins Ziel kam.\n\n"
        "Slalom in Sulzbach. Lena Rieger siegte vor Renate Stolz von den MSF Berg."
    )
    assert {"Frank Vermeulen", "Yves Morel", "Lena Rieger", "Renate Stolz"} <= {d.name for d in doc.drivers}


def test_a_place_after_von_der_is_no_part_of_the_name(extract_doc):
    doc = extract_doc(
        "Formel 1 in Hockenheim. Lewis Hamm gewann vor Max Verstapp. Zu allem Überfluss drängte Rossberg in der Spitzkehre "
        "Verstapp von der Strecke."
    )
    assert not [d.name for d in doc.drivers if "Strecke" in d.name]


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            "Formel E. Antonio Felix da Costa gewann vor Jean Vergne. „Ein perfekter Tag“, sagte Felix da Costa.",
            "Antonio Felix da Costa",
            id="a-compound-surname-without-its-accents",
        ),
        pytest.param(
            "Formel E. António Félix da Costa gewann vor Jean Vergne. „Ein perfekter Tag“, sagte da Costa.",
            "António Félix da Costa",
            id="the-tail-of-a-compound-surname",
        ),
        pytest.param(
            "Kart. Jan Lukas Keller gewann vor Tom Weber. „Ich bin überglücklich“, sagte Jan Keller.",
            "Jan Lukas Keller",
            id="one-of-two-first-names",
        ),
    ],
)
def test_a_shorter_form_of_a_full_name_is_the_same_driver(extract_doc, text, speaker):
    doc = extract_doc(text)
    assert [q.speaker for q in doc.quotes] == [speaker]
    assert len(doc.drivers) == 2, names(doc)


def test_a_driver_of_the_nationality_list_keeps_a_rare_first_name(extract_doc):
    assert "Mikel Azcona" in names(extract_doc("TCR. Jessica Bäckman gewann vor Mikel Azcona und Franco Girolami."))


@pytest.mark.parametrize(
    "text, crew",
    [
        pytest.param("Rallye. Hermann Gassner jr./Ursula Mayrhofer wurden im Hyundai Zweite.", ["Hermann Gassner", "Ursula Mayrhofer"], id="jr-before-the-slash"),
        pytest.param("24h. Platz drei ging an den BMW mit der Startnummer 72 (Harper/Hesse/Weerts).", ["Harper", "Hesse", "Weerts"], id="a-numbered-cars-crew-in-parentheses"),
    ],
)
def test_slash_crews_with_a_suffix_or_after_a_car_number(extract_doc, text, crew):
    doc = extract_doc(text)
    assert [r.drivers for r in doc.results] == [crew], doc.results


def test_origins_in_parentheses_after_a_crew_stay_origins(extract_doc):
    doc = extract_doc("Rallye. Sieger wurden Tom Ried/Lara Vann (Sulingen/Mehlingen) vor Max Roth.")
    assert names(doc) == {"Tom Ried", "Lara Vann", "Max Roth"}, names(doc)


def test_a_place_noun_opening_a_sentence_is_no_driver(extract_doc):
    doc = extract_doc("Mini. Kai Riemer wurde Zweiter. Endrang zwei bedeutete für Marcel Wintersohl den Vizetitel.")
    assert names(doc) == {"Kai Riemer", "Marcel Wintersohl"}, names(doc)


def test_a_surname_named_before_and_a_noun_after_it_are_no_new_driver(extract_doc):
    doc = extract_doc("ERC. Kajetan Kajetanowicz gewann vor Bryan Bouffier. Lange bot Bouffier Kajetanowicz Paroli. „Ich freue mich“, sagte Kajetanowicz.")
    assert names(doc) == {"Kajetan Kajetanowicz", "Bryan Bouffier"}, names(doc)


def test_a_first_name_that_is_another_drivers_surname_keeps_its_own_driver(extract_doc):
    doc = extract_doc("24h. Maxime Martin gewann. Die Pole holte Martin Ragginger im Porsche.")
    assert {"Maxime Martin", "Martin Ragginger"} <= names(doc), names(doc)
