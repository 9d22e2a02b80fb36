"""Results whose subject is a pronoun or a description of a driver named before, and objects after 'vor'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import assert_found, C, O, Q, R, facts, fs

POSITIVE = [
    pytest.param(
        "Fernando Alonso gewann in Monza. In der WM liegt Rubens Barrichello mit 98 Zählern vor Jenson Button (71), "
        "der im BAR-Honda auch im Rennen Platz drei belegte.",
        {(fs("Jenson Button"), R, O, 3)},
        id="relative-clause-place-belongs-to-its-antecedent",
    ),
    pytest.param(
        "Mick Schumacher startete gut. In Monza gewann der Ferrari-Junior in der Heimat der Scuderia vor "
        "Lokalmatador Luca Ghiotto und Christian Lundgaard.",
        {(fs("Mick Schumacher"), R, O, 1), (fs("Luca Ghiotto"), R, O, 2), (fs("Christian Lundgaard"), R, O, 3)},
        id="description-subject-after-the-verb",
    ),
    pytest.param(
        "Timo Bernhard, Earl Bamber und Brendon Hartley dominierten. Am Ende setzte sich das Porsche-Trio mit "
        "53,787 Sekunden Vorsprung gegen den Audi von Lucas di Grassi, Loïc Duval und Oliver Jarvis durch.",
        {
            (fs("Timo Bernhard", "Earl Bamber", "Brendon Hartley"), R, O, 1),
            (fs("Lucas di Grassi", "Loïc Duval", "Oliver Jarvis"), R, O, 2),
        },
        id="setzte-sich-das-Trio-gegen-X-durch",
    ),
    pytest.param(
        "Marco Wittmann fuhr in Zandvoort allen davon. Der Ex-Champion aus Fürth gewann vor seinem "
        "Markenkollegen Tom Blomqvist (Großbritannien) und dem Italiener Edoardo Mortara im Audi.",
        {(fs("Marco Wittmann"), R, O, 1), (fs("Tom Blomqvist"), R, O, 2), (fs("Edoardo Mortara"), R, O, 3)},
        id="description-subject-then-vor-chain",
    ),
    pytest.param(
        "Lando Norris startete von der Pole. Am Ende gewann er mit vier Sekunden Vorsprung auf Robert Shwartzman.",
        {(fs("Lando Norris"), R, O, 1), (fs("Robert Shwartzman"), R, O, 2)},
        id="pronoun-after-the-verb",
    ),
    pytest.param(
        "Sébastien Ogier und Julien Ingrassia führten von Beginn an. Das französische Duo gewann vor "
        "Hayden Paddon und John Kennard.",
        {(fs("Sébastien Ogier", "Julien Ingrassia"), R, O, 1)},
        id="das-Duo-is-the-crew-of-two-named-before",
    ),
    pytest.param(
        "Miguel Molina hatte die Pole-Position. Der Spanier fiel im Rennen zurück und wurde Achter, hinter "
        "Mike Rockenfeller (Audi) auf Rang sechs und Maro Engel (Mercedes-Benz) auf Platz sieben.",
        {(fs("Miguel Molina"), R, O, 8), (fs("Mike Rockenfeller"), R, O, 6), (fs("Maro Engel"), R, O, 7)},
        id="places-after-hinter-are-their-own",
    ),
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_subject_resolution(extract_doc, check_offsets, text, expected):
    doc = extract_doc(text)
    assert_found(doc, expected, check_offsets(text, doc))


NEGATIVE = [
    pytest.param(
        "Das zweite Rennen begann mit Tiago Monteiro in Führung. Yvan Muller setzte sich kurz nach dem Start gegen "
        "Gabriele Tarquini durch und überholte Monteiro in der ersten Runde.",
        (fs("Yvan Muller"), R, O, 1),
        id="a-pass-after-the-start-is-no-win",
    ),
    pytest.param(
        "Marco Wittmann fuhr in Zandvoort allen davon. Der Ex-Champion aus Fürth gewann vor seinem "
        "Markenkollegen Tom Blomqvist und dem Italiener Edoardo Mortara.",
        (fs("Tom Blomqvist"), R, O, 1),
        id="no-win-for-the-name-after-vor",
    ),
    pytest.param(
        "Wittmann gewann in Misano. Im Ziel hatte er acht Sekunden Vorsprung auf Pole-Setter René Rast.",
        (fs("Marco Wittmann"), Q, O, 1),
        id="apposition-role-is-the-next-name's",
    ),
    pytest.param(
        "Nico Hülkenberg, Earl Bamber und Nick Tandy gewannen in Le Mans. Den ersten Sieg der Marke hatten "
        "Hans Herrmann und Richard Attwood im Jahr 1970 eingefahren. Die Sieger waren vom dritten Startplatz "
        "ins Rennen gegangen.",
        (fs("Hans Herrmann", "Richard Attwood"), Q, O, 3),
        id="history-sentence-is-no-antecedent",
    ),
]


@pytest.mark.parametrize("text, forbidden", NEGATIVE)
def test_subject_resolution_not(extract_doc, text, forbidden):
    found = facts(extract_doc(text))
    assert forbidden not in found, found


def test_attributive_place_belongs_to_the_object(extract_doc):
    text = (
        "Timo Bernhard, Romain Dumas und Marc Lieb gewannen das 24-Stunden-Rennen. Im Ziel hatten sie eine Runde "
        "Vorsprung vor dem zweitplatzierten Porsche des Teams Manthey, der von Armin Hahne und Pierre Kaffer "
        "pilotiert wurde."
    )
    found = facts(extract_doc(text))
    assert not any(f[0] & {"Timo Bernhard", "Marc Lieb"} and f[3] == 2 for f in found), found


def test_a_place_named_in_its_own_words_beats_one_found_through_a_description(extract_doc):
    # the race has one winner; the description ("Der Brasilianer") resolves to the driver of the sentence
    # before, who is not the winner the text names
    text = (
        "Barrichello triumphiert am Nürburgring. Rubens Barrichello hat den Großen Preis von Europa vor Michael "
        "Schumacher gewonnen. Felipe Massa fuhr im Sauber ein starkes Rennen. Der Brasilianer feierte den Sieg mit "
        "seinem Team."
    )
    found = facts(extract_doc(text))
    assert (fs("Rubens Barrichello"), R, O, 1) in found
    assert not any(f[1:] == (R, O, 1) and f[0] != fs("Rubens Barrichello") for f in found), found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Lucas Auer gewann in der Lausitz. Platz drei belegte Auers Markenkollege Robert Wickens.",
            (fs("Robert Wickens"), R, O, 3),
            (fs("Lucas Auer"), R, O, 3),
        ),
        (
            "Lewis Hamilton gewann. Auf Rang zwei kam Hamiltons Stallgefährte Valtteri Bottas ins Ziel.",
            (fs("Valtteri Bottas"), R, O, 2),
            (fs("Lewis Hamilton"), R, O, 2),
        ),
    ],
)
def test_a_possessive_before_a_role_names_the_other_driver(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert expected in found and wrong not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Max Verstappen gewann in Spa. Charles Leclerc landet hinter George Russell und Fernando Alonso auf Platz sechs.",
            {(fs("Charles Leclerc"), R, O, 6), (fs("George Russell"), R, O, 4), (fs("Fernando Alonso"), R, O, 5)},
            (fs("George Russell", "Fernando Alonso"), R, O, 6),
        ),
        (
            "Beim 24-Stunden-Rennen gewann Audi. Timo Bernhard und Romain Dumas kamen hinter dem Audi von Marc Lieb und "
            "Lucas Luhr auf Platz vier.",
            {(fs("Timo Bernhard", "Romain Dumas"), R, O, 4), (fs("Marc Lieb", "Lucas Luhr"), R, O, 3)},
            (fs("Marc Lieb", "Lucas Luhr"), R, O, 4),
        ),
    ],
)
def test_the_subject_before_hinter_owns_the_place(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert expected <= found and wrong not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "Will Power gewann. Den zweiten Platz hinter Sieger Will Power belegte am Samstag Romain Grosjean.",
            {(fs("Romain Grosjean"), R, O, 2)},
            (fs("Will Power"), R, O, 2),
        ),
        (
            "Michael Schumacher gewann in Monza. Schumi feierte seinen fünften Saisonsieg mit 5,294 Sekunden Vorsprung "
            "auf Juan Pablo Montoya.",
            {(fs("Michael Schumacher"), R, O, 1)},
            None,
        ),
        (
            "Lucas di Grassi siegte in Berlin. Der frühere Formel-1-Pilot aus Brasilien setzte sich vor Polesetter "
            "Sébastien Buemi und Jean-Eric Vergne durch.",
            {(fs("Sébastien Buemi"), R, O, 2), (fs("Jean-Eric Vergne"), R, O, 3)},
            (fs("Jean-Eric Vergne"), R, O, 1),
        ),
        (
            "Vergne gewann. Der auf Platz zwei liegende Andre Lotterer schied aus.",
            set(),
            (fs("Andre Lotterer"), R, O, 2),
        ),
    ],
)
def test_objects_nicknames_and_unresolved_winners(extract_doc, text, expected, wrong):
    doc = extract_doc(text)
    found = facts(doc)
    assert expected <= found and wrong not in found, found
    assert "Schumi" not in {d.name for d in doc.drivers}


def test_a_name_in_an_apposition_after_von_is_no_subject(extract_doc):
    text = (
        "Lirim Zendeli gewann. Liam Lawson (Van Amersfoort Racing), engster Verfolger von Zendeli in der Tabelle, "
        "verbesserte sich von Startplatz zwölf noch auf Rang sechs."
    )
    found = facts(extract_doc(text))
    assert (fs("Liam Lawson"), R, O, 6) in found and (fs("Lirim Zendeli"), R, O, 6) not in found, found


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        (
            "René Rast gewann. Der Schweizer Nico Müller hatte seinem Audi-Kollegen und Titelverteidiger Timo Scheider "
            "auf der Ziellinie den fünften Rang entrissen.",
            (fs("Nico Müller"), R, O, 5),
            (fs("Timo Scheider"), R, O, 5),
        ),
        (
            "George Russell gewann. Max Verstappen ignorierte die Stallorder, Sergio Perez den sechsten Rang zu überlassen.",
            None,
            (fs("Sergio Perez"), R, O, 6),
        ),
    ],
)
def test_dative_objects_and_places_not_given(extract_doc, text, expected, wrong):
    found = facts(extract_doc(text))
    assert (expected is None or expected in found) and wrong not in found, found


@pytest.mark.parametrize(
    "text, crew, pos",
    [
        pytest.param(
            "Louis Machiels und Niek Hommerson wurden gemeinsam mit Andrea Bertolini im Ferrari Fünfte.",
            ("Louis Machiels", "Niek Hommerson", "Andrea Bertolini"), 5, id="gemeinsam-mit",
        ),
        pytest.param(
            "Edward Sandström und seine Teamkollegen Christopher Mies und Frank Stippler mussten sich mit Rang vier "
            "begnügen.",
            ("Edward Sandström", "Christopher Mies", "Frank Stippler"), 4, id="und-seine-Teamkollegen",
        ),
    ],
)
def test_teammates_named_after_the_subject_join_its_crew(extract_doc, text, crew, pos):
    assert (fs(*crew), R, O, pos) in facts(extract_doc(text))


def test_a_rival_named_with_gemeinsam_in_a_fight_is_no_teammate(extract_doc):
    doc = extract_doc("Timo Glock kämpfte im Duell gemeinsam mit Bruno Spengler um Platz zwei und wurde Dritter.")
    assert not any(len(r.drivers) > 1 for r in doc.results), doc.results


@pytest.mark.parametrize(
    "text, crew",
    [
        pytest.param(
            "Den siegreichen R8 LMS steuerten Christopher Haase (Kulmbach), der Franzose Jules Gounon und Markus "
            "Winkelhock (Berglen-Steinach).",
            ("Christopher Haase", "Jules Gounon", "Markus Winkelhock"),
            id="den-siegreichen-Wagen-steuerten-A-der-Franzose-B-und-C",
        ),
        pytest.param("Marc Lieb und Romain Dumas waren in Le Mans siegreich.", ("Marc Lieb", "Romain Dumas"), id="waren-siegreich"),
    ],
)
def test_siegreich_names_the_winners(extract_doc, check_offsets, text, crew):
    doc = extract_doc(text)
    assert_found(doc, {(fs(*crew), R, O, 1)}, check_offsets(text, doc))


def test_a_nationality_after_a_comma_without_und_starts_a_new_clause(extract_doc):
    doc = extract_doc("Timo Bernhard gewann vor Marc Lieb, der Franzose Romain Dumas wurde Dritter.")
    assert not any(len(r.drivers) > 1 for r in doc.results), doc.results


def test_cars_listed_after_vor_each_with_its_crew(extract_doc, check_offsets):
    text = (
        "In der GT500 gewannen Benoit Treluyer und Andre Lotterer vor dem Nissan von Satoshi Motoyama / Michael "
        "Krumm und dem Honda NSX von Ryo Michigami / Takashi Kogure."
    )
    doc = extract_doc(text)
    assert_found(
        doc,
        {(fs("Satoshi Motoyama", "Michael Krumm"), R, O, 2), (fs("Ryo Michigami", "Takashi Kogure"), R, O, 3)},
        check_offsets(text, doc),
    )


def test_a_co_driver_after_mit_seinem_beifahrer_is_never_the_winner_alone(extract_doc):
    text = (
        "Peugeot-Pilot Carlos Sainz hat die Rallye Dakar gewonnen. Der 55 Jahre alte Spanier feierte den Gesamtsieg "
        "am Samstag mit seinem Beifahrer Lucas Cruz."
    )
    doc = extract_doc(text)
    assert not any(r.drivers == ["Lucas Cruz"] for r in doc.results), doc.results
    assert any(r.position == 1 and "Carlos Sainz" in r.drivers for r in doc.results), doc.results


def test_team_mates_at_his_side_share_the_car(extract_doc):
    doc = extract_doc("Am Ende setzte sich Timo Bernhard an der Seite von Romain Dumas und Neel Jani durch.")
    assert [sorted(r.drivers) for r in doc.results] == [["Neel Jani", "Romain Dumas", "Timo Bernhard"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Auf Rang sechs kam der Porsche von Team Manthey ins Ziel. Am Steuer saßen Kévin Estre, Michael Christensen und "
            "Laurens Vanthoor.",
            (fs("Kévin Estre", "Michael Christensen", "Laurens Vanthoor"), R, O, 6),
            id="Am-Steuer-sassen",
        ),
        pytest.param(
            "Rang zwei ging an das Team Rowe Racing. Nick Catsburg, Nick Yelloly und Alexander Sims lagen 40 Sekunden zurück.",
            (fs("Nick Catsburg", "Nick Yelloly", "Alexander Sims"), R, O, 2),
            id="the-crew-opens-the-next-sentence",
        ),
    ],
)
def test_a_place_of_a_car_and_its_crew_in_the_next_sentence(extract_doc, text, expected):
    assert expected in facts(extract_doc(text))


def test_a_description_after_two_names_is_the_one_not_yet_placed(extract_doc):
    # "Der Mercedes-Junior belegte den dritten Rang" after the winner and his team-mate: the team-mate, not the winner
    text = (
        "DTM. Robert Wickens gewann. Gemeinsam mit Wickens stand sein Markenkollege Christian Vietoris auf dem Podium. "
        "Der Mercedes-Junior belegte den dritten Rang."
    )
    got = {(r.position, tuple(r.drivers)) for r in extract_doc(text).results if r.session == "race"}
    assert got == {(1, ("Robert Wickens",)), (3, ("Christian Vietoris",))}


def test_a_nationality_is_the_known_driver_of_it_named_before_others_of_known_nations(extract_doc):
    # "Der Kanadier" after Spengler, then Scheider (a German): Spengler, not the name right before
    text = (
        "DTM. Timo Scheider gewann vor Mattias Ekström. Bruno Spengler hatte Pech beim Boxenstopp. Danach fuhr Scheider "
        "souverän. Der Kanadier musste sich mit Rang drei begnügen."
    )
    doc = extract_doc(text)
    assert {(r.position, tuple(r.drivers)) for r in doc.results if r.session == "race"} == {
        (1, ("Timo Scheider",)), (2, ("Mattias Ekström",)), (3, ("Bruno Spengler",))
    }
    assert "Pech" not in {d.name for d in doc.drivers}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Moto2 am Sachsenring. Marcel Schrötter fuhr ein starkes Rennen. Thomas Lüthi stürzte in Runde drei. Der Deutsche "
            "wurde von seinen Verfolgern eingeholt, behauptete aber seinen zweiten Platz.",
            (2, ("Marcel Schrötter",)),
            id="Der-Deutsche-after-a-Swiss",
        ),
        pytest.param(
            "MotoGP in Jerez. Marc Marquez kämpfte lange mit Fabio Quartararo. Der Spanier verpasste als Vierter das Podest.",
            (4, ("Marc Marquez",)),
            id="a-name-written-without-its-accent",
        ),
        pytest.param(
            "MotoGP in Jerez. Vorne kämpften Quartararo und Viñales. Der Franzose wurde am Ende Vierter.",
            (4, ("Quartararo",)),
            id="a-surname-alone",
        ),
    ],
)
def test_a_nationality_is_the_well_known_driver_of_it(extract_doc, text, expected):
    doc = extract_doc(text)
    assert expected in {(r.position, tuple(r.drivers)) for r in doc.results if r.session == "race"}


def test_a_description_after_vor_is_the_one_beaten_not_the_winner(extract_doc):
    text = (
        "Formel 4 in Oschersleben. Der Schweizer, der am Vortag bereits Zweiter geworden war, siegte vor dem neuen "
        "Tabellenführer Marcus Armstrong."
    )
    doc = extract_doc(text)
    assert not any(r.position == 1 and r.session == "race" and "Marcus Armstrong" in r.drivers for r in doc.results)


def test_a_place_that_went_an_den_spanier_is_his(extract_doc):
    text = "Rallye Mexiko. Dani Sordo kämpfte mit Kris Meeke. Der zweite Platz ging damit hauchdünn an den Spanier."
    doc = extract_doc(text)
    assert (2, ("Dani Sordo",)) in {(r.position, tuple(r.drivers)) for r in doc.results}


@pytest.mark.parametrize(
    "text, crew",
    [
        pytest.param(
            "Das Feld blieb eng: Zwischen Lucas di Grassi und Alexander Sims, der seinen BMW als Siebter "
            "ins Ziel brachte, lagen lediglich acht Sekunden.",
            ("Alexander Sims",),
            id="place-inside-der-clause",
        ),
        pytest.param(
            "Le Mans. Marc Lieb und Neel Jani, der den Schlussstint fuhr, kamen als Zweite ins Ziel.",
            ("Marc Lieb", "Neel Jani"),
            id="place-after-the-clause",
        ),
    ],
)
def test_a_place_in_a_singular_relative_clause_is_the_last_names(extract_doc, text, crew):
    doc = extract_doc(text)
    assert [tuple(r.drivers) for r in doc.results if r.session == "race"] == [crew]


def test_a_genitive_owner_with_an_apostrophe_is_no_rival_and_der_nationality_war_is_a_subject(extract_doc):
    text = (
        "WTCC. Den ersten Lauf hatte Tom Berger vor Farfus' Teamkollegen Jan Roth (Hückelhoven) gewonnen, "
        "der Brasilianer selbst war nach einem Ausrutscher Achter geworden."
    )
    found = {(frozenset(r.drivers), r.session, r.position) for r in extract_doc(text).results}
    assert {(frozenset({"Tom Berger"}), "race", 1), (frozenset({"Jan Roth"}), "race", 2), (frozenset({"Farfus"}), "race", 8)} <= found, found
    assert (frozenset({"Farfus"}), "race", 2) not in found and (frozenset({"Tom Berger"}), "race", 8) not in found, found


def test_a_relative_clause_after_a_comma_stays_its_antecedents(extract_doc):
    found = {(frozenset(r.drivers), r.position) for r in extract_doc("DTM. Tom Berger gewann vor Jan Roth, der als Zweiter ins Ziel kam.").results}
    assert (frozenset({"Jan Roth"}), 2) in found, found


def test_a_doppelsieg_told_by_hinter_a_kamen_b_als_zweite_splits_no_crew(extract_doc):
    doc = extract_doc("24h Spa. Für das Werk war es der dritte Doppelsieg, denn hinter Eva Muster und Tom Demo kamen Lea Test und Jan Probst als Zweite ins Ziel.")
    got = {(frozenset(r.drivers), r.position) for r in doc.results}
    assert (frozenset({"Lea Test", "Jan Probst"}), 2) in got and (frozenset({"Lea Test"}), 1) not in got, got


def test_a_doppelerfolg_whose_second_crew_is_named_after_a_semicolon(extract_doc):
    doc = extract_doc("GT4 Germany. Mit einem Doppelerfolg in der GT4-Kategorie endete das Finale; Zweite wurden Lisa Horn und Max Eder.")
    got = {(frozenset(r.drivers), r.position) for r in doc.results}
    assert got == {(frozenset({"Lisa Horn", "Max Eder"}), 2)}, got


def test_die_beiden_cars_von_a_und_b_are_two_cars(extract_doc):
    got = facts(extract_doc("Rennen am Nürburgring. Norbert Kiss gewann vor Adam Lacko. Dritter wurde Jochen Hahn. Dahinter folgten die beiden Ivecos von Steffi Halm und André Kursim."))
    assert {(fs("Steffi Halm"), R, O, 4), (fs("André Kursim"), R, O, 5)} <= got, got


def test_die_beiden_cars_von_two_slashed_crews_stay_crews(extract_doc):
    got = facts(extract_doc("24-Stunden-Rennen Nürburgring. Tim Berg und Jan Holm siegten. Dahinter folgten die beiden Audi von Steffi Halm/Tom Kaiser und André Kursim/Tim Vogt."))
    assert {(fs("Steffi Halm", "Tom Kaiser"), R, O, 2), (fs("André Kursim", "Tim Vogt"), R, O, 3)} <= got, got


def test_the_car_beaten_after_gegen_is_no_winner(extract_doc):
    text = (
        "ADAC GT Masters in Oschersleben. Das Mixed-Team im giftgrünen Coupé setzte sich am Sonntag gegen die Callaway-Corvette von "
        "Dino Lunardi (30, Frankreich) und Diego Alessi (37, Italien) durch. Der zweite Platz von Alessi/Lunardi sicherte Callaway Competition die Teamwertung."
    )
    got = facts(extract_doc(text))
    assert (fs("Dino Lunardi", "Diego Alessi"), R, O, 2) in got and not any(f[3] == 1 for f in got), got


def test_the_crew_inside_setzte_sich_durch_is_the_winner_not_the_one_beaten_after_it(extract_doc):
    got = facts(extract_doc(
        "Blancpain in Le Castellet. In der Pro-Am-Klasse setzte sich der Lamborghini von Martin Kodric, Adrian Amstutz und Patrick Kujala "
        "mit etwa 25s Vorsprung gegen die Aston-Martin-Mannschaft und den Mercedes von Nico Bastian, Thomas Beaublique und Jules Gounon durch."
    ))
    winners = [f[0] for f in got if f[1] == R and f[3] == 1]
    assert winners == [fs("Martin Kodric", "Adrian Amstutz", "Patrick Kujala")], got


def test_a_makes_win_counted_by_an_ordinal_is_no_drivers_place(extract_doc):
    doc = extract_doc("Le Mans. Am Ende setzte sich Benoit Tréluyer im Audi durch und sorgte für den fünften Audi-Triumph.")
    assert [r.evidence.text for r in doc.results if r.position == 1 and "Triumph" in r.evidence.text] == [], doc.results
