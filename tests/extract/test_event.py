"""Event: series, season, laps and race duration as the text gives them."""

from __future__ import annotations

import pytest

RELEASE = (
    "Beim Saisonfinale der American Le Mans Series 2007 in Laguna Seca gewann Timo Bernhard die Klasse LMP2. "
    "Das Vier-Stunden-Rennen endete nach 157 Runden."
)


def test_event_from_one_release(extract_doc):
    ev = extract_doc(RELEASE).event
    assert ev.series == "American Le Mans Series"
    assert ev.season == 2007
    assert ev.laps == 157
    assert ev.duration == "4 Stunden"


@pytest.mark.parametrize(
    "text, field, value",
    [
        pytest.param("Beim DTM-Lauf in Hockenheim siegte Mattias Ekström.", "series", "DTM", id="series-DTM"),
        pytest.param("Die Zuschauer erlebten packende Rennen im Porsche-Carrera-Cup Deutschland.", "series",
                     "Porsche Carrera Cup Deutschland", id="series-hyphenated"),
        pytest.param("In der Saison 2011 gewann Mattias Ekström in Hockenheim.", "season", 2011, id="season-Saison"),
        pytest.param("Mattias Ekström gewann nach 41 Runden vor Bruno Spengler.", "laps", 41, id="laps-nach-Runden"),
        pytest.param("Mattias Ekström gewann das über 41 Runden führende Rennen.", "laps", 41, id="laps-ueber-Runden"),
        pytest.param("Das 24-Stunden-Rennen gewannen Marc Lieb und Romain Dumas.", "duration", "24 Stunden",
                     id="duration-digits"),
        pytest.param("Die 24 Stunden von Le Mans gewannen Marc Lieb, Romain Dumas und Neel Jani.", "name",
                     "24 Stunden von Le Mans", id="name-24h-Le-Mans"),
        pytest.param("Die 24 Stunden von Le Mans gewannen Marc Lieb, Romain Dumas und Neel Jani.", "duration",
                     "24 Stunden", id="duration-from-race-name"),
        pytest.param("Das Sechs-Stunden-Rennen gewannen Marc Lieb und Romain Dumas.", "duration", "6 Stunden",
                     id="duration-number-word"),
    ],
)
def test_event_field(extract_doc, text, field, value):
    assert getattr(extract_doc(text).event, field) == value


def test_lap_count_of_a_deficit_is_not_race_distance(extract_doc):
    text = "Timo Glock gewann das Rennen. Dominik Farnbacher lag am Ende zwei Runden zurück."
    assert extract_doc(text).event.laps is None
