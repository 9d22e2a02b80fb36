"""Results in multi-class races: which class a place belongs to when the paragraph names it once."""

from __future__ import annotations

import pytest

from tests.extract.helpers import K, O, R, fs


def class_facts(doc):
    """(crew, session, scope, class, position) of every result."""
    return {(frozenset(r.drivers), r.session, r.scope, r.class_, r.position) for r in doc.results}


TOPIC = [
    pytest.param(
        "Bei den 12 Stunden von Sebring siegte der Audi von Allan McNish und Dindo Capello.\n\n"
        "In der Klasse GT2 gab es einen Doppelerfolg für Porsche. Jörg Bergmeister und Patrick Long gewannen "
        "im 911 GT3 RSR. Auf Platz zwei kamen Wolf Henzler und Dirk Werner ins Ziel.",
        {
            (fs("Jörg Bergmeister", "Patrick Long"), R, K, "GT2", 1),
            (fs("Wolf Henzler", "Dirk Werner"), R, K, "GT2", 2),
        },
        id="In-der-Klasse-X-then-places",
    ),
    pytest.param(
        "Den Gesamtsieg in Daytona holten Ricky Taylor und Jordan Taylor.\n\n"
        "In der GTD-Kategorie war Lamborghini nicht zu schlagen. Es siegten Bryan Sellers und Madison Snow, "
        "Zweite wurden Jens Klingmann und Bill Auberlen.",
        {
            (fs("Bryan Sellers", "Madison Snow"), R, K, "GTD", 1),
            (fs("Jens Klingmann", "Bill Auberlen"), R, K, "GTD", 2),
        },
        id="In-der-X-Kategorie",
    ),
    pytest.param(
        "In Sebring gewannen Allan McNish und Dindo Capello. In der Klasse LMP2 siegten Adrián Fernández "
        "und Luis Díaz. Die Klasse GT1 dominierte Corvette: Jan Magnussen und Johnny O'Connell gewannen vor "
        "Oliver Gavin und Olivier Beretta.",
        {
            (fs("Adrián Fernández", "Luis Díaz"), R, K, "LMP2", 1),
            (fs("Jan Magnussen", "Johnny O'Connell"), R, K, "GT1", 1),
            (fs("Oliver Gavin", "Olivier Beretta"), R, K, "GT1", 2),
        },
        id="later-sentence-switches-class",
    ),
    pytest.param(
        "WTCC. Andy Prior gewann das Rennen. In der TC2 Klasse gab es keine Überraschungen. Franz Engel sicherte sich "
        "hier den Sieg vor Tom Filip.",
        {(fs("Franz Engel"), R, K, "TC2", 1), (fs("Tom Filip"), R, K, "TC2", 2)},
        id="a-class-code-the-lexicon-does-not-know-opens-a-class-topic",
    ),
    pytest.param(
        "VLN. In der Klasse V4 siegte Franz Engel vor Tom Filip.",
        {(fs("Franz Engel"), R, K, "V4", 1), (fs("Tom Filip"), R, K, "V4", 2)},
        id="Klasse-V4-is-a-class-by-its-code",
    ),
    pytest.param(
        "BMW in Daytona\n\nBei den 24 Stunden von Daytona ist das BMW Team RLL auf das Podium der GTLM-Klasse gefahren. "
        "Nach 24 Rennstunden belegten John Edwards und Jesse Krohn im BMW M8 GTE den dritten Rang.",
        {(fs("John Edwards", "Jesse Krohn"), R, K, "GTLM", 3)},
        id="a-report-whose-first-sentence-names-its-one-class",
    ),
    pytest.param(
        "MotoGP in Misano. Jorge Lorenzo gewann. In der Moto2 siegte Marc Marquez vor Pol Espargaro. In der Moto3 gewann "
        "Sandro Cortese. In der MotoGP wurde Valentino Rossi Zweiter.",
        {
            (fs("Jorge Lorenzo"), R, O, None, 1), (fs("Marc Marquez"), R, K, "Moto2", 1), (fs("Pol Espargaro"), R, K, "Moto2", 2),
            (fs("Sandro Cortese"), R, K, "Moto3", 1), (fs("Valentino Rossi"), R, O, None, 2),
        },
        id="the-small-classes-of-a-motorcycle-GP-are-classes-the-MotoGP-overall",
    ),
    pytest.param(
        "MotoGP in Misano. Jorge Lorenzo gewann.\nMoto3 (23 Runden zu 4,448 km):\n1. Miguel Oliveira (POR) KTM 37:34,742 Min.\n"
        "2. Brad Binder (RSA) KTM 0,161\n3. Danny Kent (ENG) Honda 0,503\n"
        "Moto2 (25 Runden): 1. Alex Rins (ESP) Kalex 39:00,084 - 2. Sam Lowes (ENG) Speed Up 6,633 - 3. Lorenzo Baldassarri (ITA) Kalex 10,408",
        {
            (fs("Miguel Oliveira"), R, K, "Moto3", 1), (fs("Brad Binder"), R, K, "Moto3", 2),
            (fs("Alex Rins"), R, K, "Moto2", 1), (fs("Sam Lowes"), R, K, "Moto2", 2),
        },
        id="a-Moto3-heading-and-a-Moto2-run-give-class-places",
    ),
]


@pytest.mark.parametrize("text, expected", TOPIC)
def test_paragraph_class_carries_to_its_places(extract_doc, text, expected):
    found = class_facts(extract_doc(text))
    assert not expected - found, f"missing {expected - found}; extracted {found}"


def test_overall_word_beats_the_paragraph_class(extract_doc):
    text = (
        "In der Klasse GT2 siegten Jörg Bergmeister und Patrick Long. "
        "Den Gesamtsieg holten Allan McNish und Dindo Capello im Audi R10."
    )
    found = class_facts(extract_doc(text))
    assert (fs("Allan McNish", "Dindo Capello"), R, O, None, 1) in found, found


def test_pole_in_a_class_paragraph_stays_overall(extract_doc):
    text = (
        "In der Klasse GTE-Pro siegten Kévin Estre und Michael Christensen. "
        "Die Pole Position hatte tags zuvor Kamui Kobayashi erobert."
    )
    found = class_facts(extract_doc(text))
    assert not any(f[2] == K and f[4] == 1 and f[0] == fs("Kamui Kobayashi") for f in found), found


def test_classification_list_places_stay_overall(extract_doc):
    """A lower-class car in the overall classification keeps its overall place."""
    text = (
        "Allan McNish und Tom Kristensen gewannen die 12 Stunden von Sebring im Audi R15 in der Klasse LMP1.\n\n"
        "Ergebnis\n"
        "1. McNish/Kristensen (Audi R15) 383 Runden\n"
        "2. Sarrazin/Montagny (Peugeot 908) – 1 Runde\n"
        "3. Magnussen/García (Corvette C6.R), Sieger GT1 – 34 Runden\n"
    )
    found = class_facts(extract_doc(text))
    assert (fs("Jan Magnussen", "Antonio García"), R, O, None, 3) in found or any(
        f[1:] == (R, O, None, 3) and any("García" in n for n in f[0]) for f in found
    ), found
    assert not any(f[1] == R and f[2] == K and f[4] == 3 for f in found), found


def test_crew_with_its_own_place_is_not_the_unnamed_winner(extract_doc):
    text = (
        "In der Klasse GT2 ging der Sieg an einen Panoz Esperante. Marc Lieb und Jon Fogarty belegten mit dem "
        "Porsche 911 GT3 RSR Rang zwei."
    )
    found = class_facts(extract_doc(text))
    assert (fs("Marc Lieb", "Jon Fogarty"), R, K, "GT2", 2) in found, found
    assert not any(f[0] == fs("Marc Lieb", "Jon Fogarty") and f[4] == 1 for f in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Beim 12-Stunden-Rennen in Bathurst siegte Porsche. In der Pro-AM-Klasse gewann der Spirit of Race Ferrari "
            "488 GT3 #51 von Pedro Lamy.",
            (fs("Pedro Lamy"), R, K, 1),
            id="class-name-with-capitals-before-Klasse",
        ),
        pytest.param(
            "Die Rallye gewann Marijan Griebel. Der Sieg in der Division 4 ging an die Lokalmatadore Lars Mysliwietz / "
            "Oliver Schumacher.",
            (fs("Lars Mysliwietz", "Oliver Schumacher"), R, K, 1),
            id="Division-is-a-class",
        ),
        pytest.param(
            "Beim 3-Stunden-Rennen gewann Maro Engel. Der Sieg in ihrer Klasse bescherte Jim Pla und Konstantin "
            "Tereschenko Platz drei in der Silver-Gesamtwertung.",
            (fs("Jim Pla", "Konstantin Tereschenko"), R, K, 1),
            id="standings-of-a-class-are-no-overall-word",
        ),
    ],
)
def test_class_words_of_real_releases(extract_doc, text, expected):
    found = {(frozenset(r.drivers), r.session, r.scope, r.position) for r in extract_doc(text).results}
    assert expected in found, found


def test_a_class_named_with_its_classification_word_keeps_its_short_name(extract_doc):
    doc = extract_doc("In der Pro-Am-Wertung siegten Dominik Baumann und Valentin Pierburg.")
    assert {r.class_ for r in doc.results} == {"Pro-Am"}, [(r.class_, r.drivers) for r in doc.results]


def test_a_class_in_a_later_clause_or_an_aside_is_not_the_places_class(extract_doc):
    text = (
        "Beim VLN-Lauf siegten Marco Holzer, Richard Lietz und Pat Long vor Romain Dumas, Lucas Luhr und Marc Lieb "
        "(Erste in der Klasse SP7). Rang 3 erzielte das Trio Marcel Fässler, Marc Basseng und Mike Rockenfeller, die "
        "den zweiten Platz nur um 0,6s verpassten, aber dafür den SP9-Klassensieg erringen konnten."
    )
    got = class_facts(extract_doc(text))
    trio = fs("Marcel Fässler", "Marc Basseng", "Mike Rockenfeller")
    assert (trio, R, O, None, 3) in got, got
    assert (trio, R, K, "SP9", 1) in got, got
    assert not any(crew == trio and pos == 2 for crew, _s, _o, _k, pos in got), got


def test_a_class_after_a_relative_clause_still_counts(extract_doc):
    text = (
        "In Laguna Seca brachten Timo Bernhard und Romain Dumas, die bereits in Road Atlanta den Fahrertitel "
        "gewonnen hatten, ihren RS Spyder als Spitzenreiter der Klasse LMP2 ins Ziel."
    )
    got = class_facts(extract_doc(text))
    assert (fs("Timo Bernhard", "Romain Dumas"), "championship", K, "LMP2", 1) in got, got


def test_a_class_win_does_not_make_the_places_around_it_class_places(extract_doc):
    text = (
        "Beim Blancpain-Lauf in Monza siegten Davide Rigon, Daniel Zampieri und Cesar Ramos. Louis Machiels und "
        "Niek Hommerson wurden gemeinsam mit Andrea Bertolini Fünfte und schnappten sich damit den Pro-Am-Sieg. "
        "Markus Winkelhock, Enzo Kumpen und Anthony Kumpen fuhren auf Platz sechs."
    )
    got = class_facts(extract_doc(text))
    crew = fs("Louis Machiels", "Niek Hommerson", "Andrea Bertolini")
    assert (crew, R, O, None, 5) in got, got
    assert (crew, R, K, "Pro-Am", 1) in got, got
    assert (fs("Markus Winkelhock", "Enzo Kumpen", "Anthony Kumpen"), R, O, None, 6) in got, got


def test_the_class_of_the_sentence_before_goes_on_for_its_next_places(extract_doc):
    text = (
        "In der Klasse GT2 siegten Jörg Bergmeister und Patrick Long. Zweite wurden Wolf Henzler und Dirk Werner."
    )
    got = class_facts(extract_doc(text))
    assert (fs("Wolf Henzler", "Dirk Werner"), R, K, "GT2", 2) in got, got


def test_a_class_that_describes_the_car_leaves_the_place_overall(extract_doc):
    doc = extract_doc(
        "Toni Vilander, Jamie Whincup und Craig Lowndes gewannen das 12-Stunden-Rennen von Bathurst. Der Silberrang "
        "ging mit über einer Runde Rückstand an den Porsche von David Calvert-Jones, Patrick Long, Marc Lieb und Matt "
        "Campbell aus der Pro-Am-Klasse. Dritte wurden Steven Kane, Guy Smith und Oliver Jarvis für Bentley."
    )
    found = {(r.drivers[0], r.scope, r.position) for r in doc.results if r.drivers}
    assert {("David Calvert-Jones", "overall", 2), ("Steven Kane", "overall", 3)} <= found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Marc Lieb und Alex Davison sicherten sich mit dem zweiten Rang beim Finallauf den GT2-Vizetitel.",
            ("championship", "class", "GT2", 2),
        ),
        ("Marc Lieb ist der neue GT2-Meister.", ("championship", "class", "GT2", 1)),
    ],
)
def test_a_class_glued_to_a_title_is_the_title_s_class(extract_doc, text, expected):
    found = {(r.session, r.scope, r.class_, r.position) for r in extract_doc(text).results}
    assert expected in found, found


def test_a_class_title_holder_named_before_a_place_leaves_the_place_overall(extract_doc):
    doc = extract_doc(
        "Die Pro-Am-Titelverteidiger Louis Machiels und Niek Hommerson wurden im Ferrari 458 Italia GT3 Fünfte."
    )
    assert {(r.scope, r.position) for r in doc.results} == {("overall", 5)}, doc.results


def test_a_double_led_by_a_named_crew_gives_that_crew_the_win_only(extract_doc):
    doc = extract_doc(
        "Porsche holte in der GTE-Pro-Klasse angeführt von Frederic Makowiecki und Patrick Pilet im 911 RSR einen Doppelsieg."
    )
    assert {(frozenset(r.drivers), r.scope, r.position) for r in doc.results} == {
        (fs("Frederic Makowiecki", "Patrick Pilet"), "class", 1)
    }


@pytest.mark.parametrize(
    "text, klass",
    [
        ("In der Klasse LMGTE Am gewannen Davide Rigon und Thomas Flohr.", "LMGTE Am"),
        ("Niek Hommerson und Louis Machiels gewannen die Pro-Am-Wertung.", "Pro-Am"),
    ],
)
def test_a_class_is_reported_as_the_text_writes_it(extract_doc, text, klass):
    assert [r.class_ for r in extract_doc(text).results] == [klass]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Porsche von Klaus Bachler und Matteo Cairoli kam auf Platz 16 in der Gesamt- und Position sechs in der "
            "Pro-Am-Wertung ins Ziel.",
            {("overall", None, 16), ("class", "Pro-Am", 6)},
        ),
        (
            "Christopher Haase und Markus Winkelhock wurden Siebte, gleichbedeutend mit Rang zwei im Pro-Am Cup.",
            {("overall", None, 7), ("class", "Pro-Am Cup", 2)},
        ),
        (
            "Im Silver-Cup holte sich der Gesamt-Vierte Porsche von Dennis Olsen und Laurens Vanthoor den Sieg.",
            {("class", "Silver-Cup", 1)},
        ),
        (
            "Die Mannschaft mit Nicki Thiim und Marco Sørensen gewann die GTE-Am-Klasse und belegte im Gesamtklassement Rang 20.",
            {("class", "GTE-Am", 1)},
        ),
    ],
)
def test_a_class_place_beside_an_overall_word_goes_with_the_nearer_classification(extract_doc, text, expected):
    got = {(r.scope, r.class_, r.position) for r in extract_doc(text).results if r.session == "race"}
    assert expected <= got
    assert not {g for g in got if g[0] == "overall"} - {e for e in expected if e[0] == "overall"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Sieger in der Pro-Am-Wertung hieß Nicki Thiim.", ("class", "Pro-Am", 1)),
        ("Der Sieger in der Rookie-Wertung hieß Vincent Andronaco.", ("class", "Rookie", 1)),
        ("Der Sieger des Rennens hieß Nicki Thiim.", ("overall", None, 1)),
    ],
)
def test_the_winner_of_a_classification_named_by_hiess(extract_doc, text, expected):
    assert [(r.scope, r.class_, r.position) for r in extract_doc(text).results] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Sophia Flörsch kam als Neunte ins Ziel und sicherte sich den 1. Platz in der Rookie-Wertung.",
            {(fs("Sophia Flörsch"), R, O, 9), (fs("Sophia Flörsch"), R, K, 1)},
            id="overall-place-and-the-place-in-the-rookie-classification",
        ),
        pytest.param("Luca Engstler gewann zudem die Junior-Challenge.", {(fs("Luca Engstler"), R, K, 1)}, id="Junior-Challenge"),
        pytest.param(
            "Tom Coronel holte Platz zwei in der Privatfahrerwertung.", {(fs("Tom Coronel"), R, K, 2)}, id="Privatfahrerwertung"
        ),
        pytest.param(
            "Bei den Motorrädern siegte Toby Price vor Matthias Walkner.",
            {(fs("Toby Price"), R, K, 1), (fs("Matthias Walkner"), R, K, 2)},
            id="Bei-den-Motorraedern",
        ),
    ],
)
def test_a_classification_of_its_own_inside_the_race(extract_doc, text, expected):
    found = {(frozenset(r.drivers), r.session, r.scope, r.position) for r in extract_doc(text).results}
    assert expected <= found, found


def test_a_class_heading_holds_for_its_paragraphs_and_list_until_the_next_heading(extract_doc):
    # a report in two parts, each under a heading that is only a class; the first part ends in a car name
    doc = extract_doc(
        "IMSA in Lime Rock.\n\nGTD Pro:\n\n"
        "Mathieu Jaminet und Matt Campbell gewannen das Rennen.\n\n"
        "Ergebnis (Top 3):\n\n"
        "1. Matt Campbell/Mathieu Jaminet – Pfaff Motorsports – Porsche 911 GT3 R\n"
        "2. Jack Hawksworth/Ben Barnicoat – Vasser Sullivan – Lexus RC F GT3\n"
        "3. Antonio Garcia/Jordan Taylor – Corvette Racing – Mercedes-AMG GT3\n\n"
        "GTD:\n\n"
        "Jens Klingmann und Bill Auberlen belegten im BMW die dritte Position."
    )
    found = {(r.position, r.scope, r.class_, frozenset(r.drivers)) for r in doc.results}
    assert (2, "class", "GTD Pro", frozenset({"Jack Hawksworth", "Ben Barnicoat"})) in found
    assert (3, "class", "GTD Pro", frozenset({"Antonio Garcia", "Jordan Taylor"})) in found
    assert (3, "class", "GTD", frozenset({"Jens Klingmann", "Bill Auberlen"})) in found
    assert not any(r.scope == "overall" and r.session == "race" for r in doc.results)


def test_a_gap_to_the_siegreichen_car_in_a_class_report_refers_to_the_class_winner(extract_doc):
    doc = extract_doc(
        "GTD Pro:\n\nIn der GTD Pro-Klasse fuhr Pfaff Motorsports einen dominanten Sieg ein. Mathieu Jaminet und Matt "
        "Campbell gewannen das Rennen.\n\nJack Hawksworth und Ben Barnicoat fuhren im Lexus auf die zweite Position. "
        "31,8 Sekunden fehlten dem Duo schlussendlich auf den siegreichen Porsche."
    )
    assert ("Jack Hawksworth", "Mathieu Jaminet", 31.8) in {(g.subject, g.reference, g.seconds) for g in doc.gaps}


def test_an_inline_table_of_punktestaende_is_the_standings(extract_doc):
    doc = extract_doc(
        "ALMS in Lime Rock. Jörg Bergmeister und Patrick Long gewannen die GT2-Klasse.\n\n"
        "Punktestände Klasse GT2 Fahrer 1. Jörg Bergmeister, Patrick Long, Porsche, 100 Punkte 2. Jaime Melo, "
        "Pierre Kaffer, Ferrari, 75 3. Dominik Farnbacher, Ian James, Panoz, 58"
    )
    standings = {(r.position, d) for r in doc.results if r.session == "championship" for d in r.drivers}
    assert {(2, "Jaime Melo"), (3, "Dominik Farnbacher")} <= standings
    assert not any(r.session == "race" and r.position in {2, 3} for r in doc.results)


def test_a_report_whose_headline_names_one_class_places_everything_in_that_class(extract_doc):
    doc = extract_doc(
        "Ford bleibt Sieger in der LMGTE Pro-Klasse\n\n"
        "Joey Hand, Dirk Müller und Sébastien Bourdais gewannen nach 24 Stunden. Giancarlo Fisichella, Toni Vilander "
        "und Matteo Malucelli wurden Zweite."
    )
    facts = class_facts(doc)
    assert (fs("Joey Hand", "Dirk Müller", "Sébastien Bourdais"), R, K, "LMGTE Pro", 1) in facts
    assert (fs("Giancarlo Fisichella", "Toni Vilander", "Matteo Malucelli"), R, K, "LMGTE Pro", 2) in facts


def test_a_headline_without_a_class_or_a_report_with_the_overall_classification_keeps_overall(extract_doc):
    overall = extract_doc(
        "Le Mans: Porsche siegt nach Drama\n\nPorsche holt den Gesamtsieg. Sieg für Ford in der GTE-Pro-Klasse. "
        "Neel Jani, Romain Dumas und Marc Lieb gewannen vor Anthony Davidson."
    )
    assert (fs("Neel Jani", "Romain Dumas", "Marc Lieb"), R, O, None, 1) in class_facts(overall)
    top_class = extract_doc("Toyota gewinnt in der Hypercar-Klasse\n\nSébastien Buemi gewann vor Kamui Kobayashi.")
    assert (fs("Sébastien Buemi"), R, O, None, 1) in class_facts(top_class)


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "24 Stunden von Le Mans. Timo Bernhard und Romain Dumas gewannen. Auf LMP1-Rang drei kam der Pescarolo von "
            "Emmanuel Collard und Jean-Christophe Boullion ins Ziel.",
            ("class", "LMP1", 3),
            id="auf-LMP1-Rang-drei",
        ),
        pytest.param(
            "24 Stunden von Le Mans. Timo Bernhard und Romain Dumas gewannen. Auf dem dritten GT2-Rang kam der Porsche von "
            "Emmanuel Collard und Jean-Christophe Boullion ins Ziel.",
            ("class", "GT2", 3),
            id="auf-dem-dritten-GT2-Rang",
        ),
        pytest.param(
            "24-Stunden-Rennen Nürburgring. Das Quartett Henry Walkenhorst, Ralf Oeverhaus, Anders Buchardt und Immanuel "
            "Vinke belegte den fünften Platz in seiner Klasse und den 38. Gesamtrang.",
            ("class", None, 5),
            id="den-fuenften-Platz-in-seiner-Klasse",
        ),
        pytest.param(
            "Formel 3. In der Trophy-Wertung fiel Dennis Swart zurück. Er konnte das Rennen als Siebter der internen "
            "Wertung beenden.",
            ("class", None, 7),
            id="als-Siebter-der-internen-Wertung",
        ),
    ],
)
def test_a_class_glued_to_the_place_word(extract_doc, text, expected):
    scope, klass, position = expected
    got = [(r.scope, r.class_, r.position) for r in extract_doc(text).results if r.position == position]
    assert got == [expected]


def test_a_class_place_does_not_carry_its_class_over_a_line_break(extract_doc):
    text = (
        "12 Stunden von Sebring. Tom Kristensen und Allan McNish gewannen. Auf LMP1-Rang drei kam der Pescarolo von "
        "Emmanuel Collard und Jean-Christophe Boullion ins Ziel.\n"
        "Turbulent ging es in der GT-Klasse zu. Der Klassensieg ging an den BMW von Joey Hand und Dirk Müller."
    )
    win = [r for r in extract_doc(text).results if r.position == 1 and r.scope == "class"]
    assert [(r.drivers, r.class_) for r in win] == [(["Joey Hand", "Dirk Müller"], None)]


@pytest.mark.parametrize(
    "text, name, klass",
    [
        pytest.param("Formel 4. Bester Rookie wurde Paul Aron (15, Estland, Prema Powerteam) auf Rang vier.", "Paul Aron", "Rookie", id="Bester-Rookie-wurde-X"),
        pytest.param("TCR. Luca Engstler krönte sein Wochenende, der 17-Jährige war erneut bester Rookie.", "Luca Engstler", "Rookie", id="X-war-bester-Rookie"),
        pytest.param("Formel 3. Bester Junior wurde Tom Lautenschlager, der als Zwölfter ins Ziel kam.", "Tom Lautenschlager", "Junior", id="Bester-Junior-wurde-X"),
    ],
)
def test_the_best_rookie_wins_the_rookie_class(extract_doc, text, name, klass):
    wins = [(r.drivers, r.class_) for r in extract_doc(text).results if r.scope == "class" and r.position == 1]
    assert wins == [([name], klass)]


def test_a_first_sentence_class_outside_a_race_of_several_classes_is_no_report_of_one_class(extract_doc):
    text = (
        "GT Masters am Sachsenring\n\nIm ADAC GT Masters fuhr das Team in der GT3-Klasse auf das Podium. "
        "Am Ende belegten Kelvin Berg und Rolf Stein den dritten Rang."
    )
    found = class_facts(extract_doc(text))
    assert (fs("Kelvin Berg", "Rolf Stein"), R, O, None, 3) in found


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param(
            "Im Rennen siegte Norbert Kiss. Lukas Hahn kam als Fünfter ins Ziel und holte damit den Sieg in der Chrome-Wertung.",
            "Lukas Hahn", id="als-Fuenfter-ins-Ziel-und-den-Sieg",
        ),
        pytest.param(
            "In Monza siegte Luca Ghiotto. Bastien Mackels sah die Zielflagge als Sechster und sicherte sich damit den STK-Sieg.",
            "Bastien Mackels", id="Zielflagge-als-Sechster-und-STK-Sieg",
        ),
        pytest.param(
            "In Zolder gewann Max Huber. Jan de Haan verpasste das Treppchen als Vierter nur knapp, gewann aber die Rookie-Wertung.",
            "Jan de Haan", id="verpasste-das-Treppchen-gewann-aber",
        ),
        pytest.param(
            "Yvan Muller gewann das Rennen. Rob Huff wurde erneut Dritter und gewann zudem die Wertung der Privatfahrer.",
            "Rob Huff", id="wurde-Dritter-und-gewann-zudem",
        ),
    ],
)
def test_a_win_of_one_who_finished_lower_is_a_class_win(extract_doc, text, name):
    wins = [(r.drivers, r.scope) for r in extract_doc(text).results if r.position == 1 and name in r.drivers]
    assert wins == [([name], "class")]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Max Roth wurde im ersten Lauf Fünfter und gewann den zweiten Lauf.", "Max Roth", id="two-heats"),
        pytest.param(
            "Mike Rockenfeller, der als Zweiter die Zielflagge sah, wurde nachträglich zum Sieger erklärt.",
            "Mike Rockenfeller", id="nachtraeglich-zum-Sieger",
        ),
        pytest.param("Rob Huff war der lachende Dritte und siegte.", "Rob Huff", id="der-lachende-Dritte-is-no-place"),
        pytest.param("Jens Klingmann holte seinen siebten Saisonsieg.", "Jens Klingmann", id="siebten-Saisonsieg"),
    ],
)
def test_a_win_beside_another_race_or_a_reclassification_stays_overall(extract_doc, text, name):
    results = [(r.scope, r.position) for r in extract_doc(text).results if name in r.drivers]
    assert ("overall", 1) in results and ("class", 1) not in results


def test_der_lachende_dritte_is_no_third_place(extract_doc):
    results = [r.position for r in extract_doc("Rob Huff (Chevrolet) war der lachende Dritte, siegte und übernahm die Führung.").results]
    assert results == [1]


@pytest.mark.parametrize(
    "text, klass",
    [
        pytest.param("Ferrari Challenge am Nürburgring. Der Sieg in der Trofeo Pirelli ging an Luca Ludwig.", "Trofeo Pirelli", id="Trofeo-Pirelli"),
        pytest.param("Ferrari Challenge am Nürburgring. In der Coppa Shell Am gewann Martinus Richter.", "Coppa Shell Am", id="Coppa-Shell-Am"),
    ],
)
def test_the_ferrari_challenge_classes_are_classes(extract_doc, text, klass):
    wins = [(r.scope, r.class_) for r in extract_doc(text).results if r.position == 1]
    assert wins == [("class", klass)]


def _scoped(doc):
    return {(frozenset(r.drivers), r.session, r.scope, r.position) for r in doc.results}


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        pytest.param(
            "24h-Rennen Nürburgring. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi.\n\n"
            "Für den neuen BMW M240i Racing Cup gab es Punkte. Das Quartett Uwe Kern, Ralf Ott, Paul Weiß und Udo Fink gewann. "
            "Als Zweite kamen Emil Aker und Mario Merz ins Ziel.",
            {(fs("Uwe Kern", "Ralf Ott", "Paul Weiß", "Udo Fink"), R, K, 1), (fs("Emil Aker", "Mario Merz"), R, K, 2)},
            (fs("Emil Aker", "Mario Merz"), R, O, 2),
            id="Fuer-den-X-Racing-Cup-opens-a-cup-paragraph",
        ),
        pytest.param(
            "VLN. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi.\n\n"
            "Auch bei den Porsche Cayman GT4 Clubsport Fahrzeugen ist die Saison entschieden. Zweite im Rennen wurde das Trio "
            "Kai Rieger, Peter Scharf und Arno Meier.",
            {(fs("Kai Rieger", "Peter Scharf", "Arno Meier"), R, K, 2)},
            (fs("Kai Rieger", "Peter Scharf", "Arno Meier"), R, O, 2),
            id="Auch-bei-den-X-Clubsport-Fahrzeugen",
        ),
        pytest.param(
            "VLN. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi. In der GT3-Am siegt das Trio Uwe Kern, Ralf Ott und Paul Weiß.",
            {(fs("Uwe Kern", "Ralf Ott", "Paul Weiß"), R, K, 1)},
            (fs("Tim Berg", "Jan Roth"), R, K, 1),
            id="In-der-GT3-Am-siegt-das-Trio-A-B-und-C",
        ),
        pytest.param(
            "VLN. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi. In der Junior-Wertung stand Pavel Rusu ganz oben.",
            {(fs("Pavel Rusu"), R, K, 1)},
            (fs("Pavel Rusu"), R, O, 1),
            id="In-der-Junior-Wertung-stand-X-ganz-oben",
        ),
    ],
)
def test_cups_and_classes_inside_an_endurance_race(extract_doc, text, expected, wrong):
    found = _scoped(extract_doc(text))
    assert expected <= found and wrong not in found, found


def test_the_cup_the_report_is_about_is_no_class(extract_doc):
    doc = extract_doc("Porsche Sports Cup Endurance in Spa. Im Porsche Sports Cup gewann Tom Berger vor Max Kuhn.")
    assert (fs("Tom Berger"), R, O, 1) in _scoped(doc), doc.results


def test_standing_at_the_top_of_the_table_is_no_race_win(extract_doc):
    doc = extract_doc("DTM. Tom Berger wurde Dritter. Er steht nun ganz oben in der Tabelle.")
    assert (fs("Tom Berger"), R, O, 1) not in _scoped(doc), doc.results


def test_bei_den_gt_autos_opens_a_field_of_its_own(extract_doc):
    text = (
        "WEC. Toyota gewann. Bei den GT-Autos setzten sich Tim Berg und Jan Roth nach sechs Stunden gegen die "
        "Werksfahrerkollegen Max Kuhn aus Italien und Udo Fink aus Österreich durch."
    )
    found = _scoped(extract_doc(text))
    assert {(fs("Tim Berg", "Jan Roth"), R, K, 1), (fs("Max Kuhn", "Udo Fink"), R, K, 2)} <= found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "VLN. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi. In der V4 siegten Jan Vogt und Mirco Haus im BMW.",
            (fs("Jan Vogt", "Mirco Haus"), R, K, 1),
            id="In-der-V4-siegten",
        ),
        pytest.param(
            "VLN. Den Gesamtsieg holten Tim Berg und Jan Roth im Audi. In der Cup5 gewannen Jan Vogt und Lorenzo Ferrari.",
            (fs("Jan Vogt", "Lorenzo Ferrari"), R, K, 1),
            id="In-der-Cup5-gewannen-and-a-make-as-surname",
        ),
    ],
)
def test_a_class_code_as_the_sentences_topic(extract_doc, text, expected):
    found = _scoped(extract_doc(text))
    assert expected in found, found


def test_the_series_code_is_no_class(extract_doc):
    found = _scoped(extract_doc("GP3. In der GP3 setzte sich Tom Berger vor Max Kuhn durch."))
    assert {(fs("Tom Berger"), R, O, 1), (fs("Max Kuhn"), R, O, 2)} <= found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "24h Spa. Der Audi von Laurens Vanthoor gewann. Auch in der seriennahen GT3-Klasse gab es Grund zum Jubeln. "
            "Tom Beispiel und Lars Muster holten den ersten Saisonsieg des neuen Coupés.",
            ("GT3", 1),
            id="Auch-in-der-GT3-Klasse",
        ),
        pytest.param(
            "24h Spa. Der Audi von Laurens Vanthoor gewann. In der Gentleman-Wertung jubelten zwei Schweizer Teams. "
            "Rang 3 belegte der Ferrari von Tom Beispiel, Rita Probe und Lars Muster.",
            ("Gentleman", 3),
            id="Gentleman-Wertung",
        ),
    ],
)
def test_a_paragraph_opening_with_a_classification_of_its_own(extract_doc, text, expected):
    got = {(r.class_, r.position) for r in extract_doc(text).results if r.scope == "class" and "Tom Beispiel" in r.drivers}
    assert got == {expected}, got


def test_a_paragraph_about_the_drivers_standings_opens_no_class(extract_doc):
    doc = extract_doc("DTM in Hockenheim. Rene Rast gewann. In der Fahrer-Wertung liegt nun Nico Müller vorn. Marco Wittmann wurde Dritter.")
    assert all(r.scope == "overall" for r in doc.results), doc.results


def test_motocross_places_go_with_the_class_named_last_and_the_premier_class_is_overall(extract_doc):
    doc = extract_doc(
        "Motocross-WM in St. Jean. In der MX2 Motocross-WM holt Tom Vialle einen wichtigen Heimsieg vor Jago Geerts.\n\n"
        "Der Sieg in der MXGP geht an Tim Gajser vor Jeremy Seewer."
    )
    got = {(r.drivers[0], r.scope, r.class_, r.position) for r in doc.results if r.session == "race"}
    assert {("Tom Vialle", "class", "MX2", 1), ("Jago Geerts", "class", "MX2", 2), ("Tim Gajser", "overall", None, 1)} <= got, got


def test_bei_den_motorrad_piloten_opens_a_field_of_its_own(extract_doc):
    doc = extract_doc("Rallye Dakar. Bei den Autos siegte Nasser Al-Attiyah. Bei den Motorrad-Piloten siegte Marc Coma vor Cyril Despres.")
    got = {(r.drivers[0], r.scope, r.class_, r.position) for r in doc.results}
    assert {("Marc Coma", "class", "Motorrad", 1), ("Cyril Despres", "class", "Motorrad", 2), ("Nasser Al-Attiyah", "overall", None, 1)} <= got, got
