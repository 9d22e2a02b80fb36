"""The spaCy pipeline: motorsport tokens, sentence boundaries around German ordinals, gazetteer spans, model choice."""

import pytest

from pipeline.errors import ModelNotFoundError
from pipeline.nlp import SPANS_KEY, build_pipeline, load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    "text, token",
    [
        ("Der Porsche #7 gewann.", "7"),
        ("Das Auto mit der Nr. 7 gewann.", "Nr."),
        ("In der LMP2 siegte er.", "LMP2"),
        ("In der GTE-Pro siegte er.", "GTE-Pro"),
        ("Er war 0,410 Sekunden zurück.", "0,410"),
        ("Die Runde in 1:23,456 Minuten.", "1:23,456"),
        ("Er beendete das Rennen auf P2.", "P2"),
        ("Er kam als 2. ins Ziel.", "2."),
        ("Ergebnis: 3. Ogier/Ingrassia, 4.Mikkelsen/Floene", "4."),  # a list place glued to the name after it
        ("Am 4.Juli fuhr er.", "Juli"),
    ],
)
def test_motorsport_tokens(nlp, text, token):
    assert token in [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "text, n_sentences",
    [
        ("Er kam auf dem 3. Platz ins Ziel. Dann regnete es.", 2),
        ("Am 20. März gewann er in Sebring.", 1),
        ("Der 1. FC Köln war zu Gast. Er jubelte.", 2),
        ("Am Ende war es Platz 2. Dahinter kam Dumas.", 2),
        ("Sie kamen auf den Plätzen 6 bis 8. Joey Hand wurde Zwölfter.", 2),
        ("Sie landeten auf den Positionen 12, 13 und 14. Timo Glock fiel zurück.", 2),
        ("Er holte zwischen dem 3. und 8. Mai zwei Siege.", 1),
        ("Es ist sein vierter Sieg in der Formel 1. Auf den zweiten Rang fuhr Räikkönen.", 2),
        ("1. Timo Glock (Toyota)\n2. Jarno Trulli (Toyota)", 2),
        # a year is no ordinal, unless an article makes it one
        ("Es war der zweite Sieg für Ferrari nach 2014. Der Silberrang ging an Porsche.", 2),
        ("Die 2014. Auflage des Rennens war kurz.", 1),
        # a line break inside a sentence (scraped or hard-wrapped text) does not end it
        ("Jamie Green (45 Punkte),\nEdoardo Mortara (44 Punkte) und Paul Di Resta liegen dahinter.", 1),
        ("Die Zuschauer bejubelten am Sonntag einen souveränen Sieg von Mike\nRockenfeller im Audi.", 1),
        ("Bester BMW-Pilot\nwar Marco Wittmann auf Platz sechs.", 1),
        ("Der Audi-Pilot, der von der Pole-Position gestartet war, überfuhr nach 74\nRunden die Ziellinie.", 1),
        # but a heading, a short line and a list line still stand alone
        ("Rockenfeller siegt in Moskau\nDer Audi-Pilot gewann vor Ekström.", 2),
        ("Das Ergebnis des Rennens am Sonntag auf dem Moscow Raceway in Russland\n1. Mike Rockenfeller", 2),
        # a long line that ends on a place ("auf Platz 7.") ends its sentence
        ("Dahinter fuhren Jann Mardenborough und Wolfgang Reip in einem Nissan auf Platz 7.\nFür Mercedes ist es der erste Sieg.", 2),
        # a model's letter before a word that opens a sentence ends it; a first name's initial does not
        ("Er fuhr seinen neuen 911 Carrera S. Auf Platz 3 folgt Ulrich Nolting.", 2),
        ("Dahinter kam J. Button ins Ziel.", 1),
        # a number before a word that opens a sentence ends it; before its noun or after an article it does not
        ("Tomczyk wurde 14. Dann kam Roth ins Ziel.", 2),
        ("Armstrong folgt mit 141. Noch sind neun Rennen zu fahren.", 2),
        ("Er wurde im 14. Rennen Dritter.", 1),
        ("Er fuhr seinen 300. Grand Prix.", 1),
    ],
)
def test_sentences_survive_ordinals(nlp, text, n_sentences):
    assert len([s for s in nlp(text).sents if s.text.strip()]) == n_sentences


def test_gazetteer_spans_carry_canonical_ids(nlp):
    doc = nlp("Beim ALMS-Finale in Laguna Seca fuhr der RS Spyder in der Klasse LMP2 für Penske Racing.")
    found = {(sp.label_, sp.id_) for sp in doc.spans[SPANS_KEY]}
    assert ("VENUE", "venue:Laguna Seca") in found
    assert ("CAR", "car:RS Spyder") in found
    assert ("CLASS", "class:LMP2") in found
    assert ("TEAM", "team:Penske Racing") in found


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="not_a_model_xyz"):
        build_pipeline("not_a_model_xyz")


def test_blank_german_fallback_still_extracts_structure():
    nlp = build_pipeline("blank:de")
    doc = nlp("Timo Bernhard gewann. Romain Dumas wurde Zweiter.")
    assert len(list(doc.sents)) == 2
    assert "rb_gazetteer" in nlp.pipe_names


def test_an_exclamation_inside_a_parenthesis_ends_no_sentence():
    nlp = load_pipeline()
    doc = nlp("Pascal Wehrlein, Daniel Abt (von P18 gestartet!), Oliver Rowland und Edoardo Mortara komplettierten die Top 10.")
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


@pytest.mark.parametrize("text, series", [("Formel BMW in Oschersleben.", "Formel BMW"), ("Der Scirocco R-Cup am Norisring.", "Volkswagen Scirocco R-Cup")])
def test_one_driver_series_are_in_the_gazetteer(nlp, text, series):
    doc = nlp(text)
    assert series in {sp.id_.split(":", 1)[1] for sp in doc.spans[SPANS_KEY] if sp.label_ == "SERIES"}
