"""The evaluation: matching rules, arithmetic and the ``evaluate`` command, on hand-made Documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import InputError, RennberichtError
from pipeline.evaluation import (
    RECORD_TYPES,
    evaluate,
    evaluate_document,
    guess_surname,
    normalise_name,
    read_predictions,
    score_documents,
)
from pipeline.records import Car, Document, DocumentInfo, Driver, Event, Gap, Quote, Result, Span

TEXT = (
    "Beim Finale auf dem Nürburgring gewann Jörg Müller mit 1,234 Sekunden Vorsprung vor "
    "Johannes van Overbeek. \u201eDas war knapp\u201c, sagte Müller. Marco Wittmann kam eine "
    "Runde zurück als Dritter ins Ziel."
)


def span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(start=start, end=start + len(fragment), text=fragment)


def driver(name: str, last: str | None = None, origin: str | None = None) -> Driver:
    first, _, rest = name.partition(" ")
    return Driver(name=name, first_name=first, last_name=last or rest, origin=origin)


def result(drivers: list[str], position: int, *, session: str = "race", scope: str = "overall",
           klass: str | None = None, evidence: str = "gewann Jörg Müller", **kw) -> Result:
    return Result(drivers=drivers, position=position, session=session, scope=scope,
                  evidence=span(evidence), **{"class": klass}, **kw)


def gap(subject: str | None, *, seconds: float | None = None, laps: int | None = None,
        reference: str | None = "Jörg Müller", evidence: str = "mit 1,234 Sekunden Vorsprung") -> Gap:
    return Gap(subject=subject, reference=reference, seconds=seconds, laps=laps,
               evidence=span(evidence))


def quote(text: str, speaker: str | None, cue: str | None = "sagte") -> Quote:
    return Quote(text=text, speaker=speaker, cue=cue, start=0, end=len(text))


def doc(doc_id: str = "test-dtm-2011-nuerburgring", **records) -> Document:
    return Document(document=DocumentInfo(id=doc_id), **records)


def gold_doc() -> Document:
    return doc(
        event=Event(series="DTM", season=2011, venue="Nürburgring", laps=42),
        drivers=[driver("Jörg Müller", origin="Kerkrade"), driver("Johannes van Overbeek", "van Overbeek"),
                 driver("Marco Wittmann")],
        cars=[Car(number="11", model="M3 DTM", team="Team RMG", drivers=["Jörg Müller"], **{"class": "DTM"})],
        results=[result(["Jörg Müller"], 1), result(["Johannes van Overbeek"], 2),
                 result(["Marco Wittmann"], 3, evidence="als Dritter ins Ziel")],
        gaps=[gap("Johannes van Overbeek", seconds=1.234),
              gap("Marco Wittmann", laps=1, evidence="eine Runde zurück")],
        quotes=[quote("Das war knapp", "Jörg Müller")],
    )


def test_perfect_prediction_scores_one_everywhere():
    report = score_documents([(gold_doc(), gold_doc())])
    for key in ("drivers", "cars", "results", "gaps", "quotes", "event", "all"):
        s = report.scores[key]
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), key
    assert report.misses == [] and report.spurious == []
    assert all(a.accuracy == 1.0 for accs in report.fields.values() for a in accs.values() if a.total)
    assert report.documents[0].errors == 0


def test_empty_prediction_has_zero_recall_and_undefined_precision():
    report = score_documents([(gold_doc(), doc())])
    s = report.scores["results"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 3)
    assert s.recall == 0.0 and s.f1 == 0.0 and s.precision is None
    # an event field absent on both sides is not scored at all
    assert report.scores["event.name"].model_dump()["f1"] is None
    assert report.scores["event"].fn == 4


def test_one_miss_lowers_recall_only():
    pred = gold_doc()
    pred.results.pop(2)
    s = score_documents([(gold_doc(), pred)]).scores["results"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)
    assert s.precision == 1.0 and s.recall == pytest.approx(2 / 3) and s.f1 == pytest.approx(0.8)


def test_one_spurious_lowers_precision_and_is_listed_with_evidence_and_rule():
    pred = gold_doc()
    pred.results.append(result(["Marco Wittmann"], 1, session="qualifying",
                               evidence="als Dritter ins Ziel", rule="pos_ordinal"))
    report = score_documents([(gold_doc(), pred)])
    s = report.scores["results"]
    assert (s.tp, s.fp, s.fn) == (3, 1, 0)
    assert s.precision == 0.75 and s.recall == 1.0
    (err,) = report.spurious
    assert (err.doc_id, err.type, err.kind, err.rule) == (
        "test-dtm-2011-nuerburgring", "results", "spurious", "pos_ordinal")
    assert err.evidence == "als Dritter ins Ziel"


def rich_gold_doc() -> Document:
    """A gold document with look-alike records: shared surnames, equal positions, same speaker."""
    g = gold_doc()
    g.drivers += [driver("Ralf Schumacher"), driver("Michael Schumacher"), driver("Timo Glock")]
    g.results += [
        result(["Ralf Schumacher", "Timo Glock"], 1, scope="class", klass="GT2"),
        result(["Michael Schumacher", "Timo Glock"], 2, scope="class", klass="GT2"),
        result(["Ralf Schumacher"], 1, session="qualifying", evidence="als Dritter ins Ziel"),
        result(["Michael Schumacher"], 1, session="championship", evidence="sagte Müller"),
        # three crews at one position (classes not given), pairwise sharing a driver
        result(["Ralf Schumacher", "Timo Glock"], 2, session="qualifying"),
        result(["Timo Glock", "Michael Schumacher"], 2, session="qualifying"),
        result(["Ralf Schumacher", "Marco Wittmann"], 2, session="qualifying"),
    ]
    g.gaps += [gap("Ralf Schumacher", seconds=0.41, reference="Michael Schumacher"),
               gap("Michael Schumacher", seconds=0.41, reference="Timo Glock"),
               gap(None, laps=1, reference=None)]
    g.quotes += [quote("Das war knapp, aber verdient", "Jörg Müller"),
                 quote("Das war knapp", "Jörg Müller", cue="meinte")]
    g.cars += [Car(number="7", drivers=["Ralf Schumacher", "Timo Glock"]),
               Car(number="8", drivers=["Michael Schumacher", "Timo Glock"])]
    return g


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_shuffled_subset_of_gold_has_precision_one(data):
    gold = rich_gold_doc()
    pred = gold.model_copy(deep=True)
    for kind in RECORD_TYPES:
        records = getattr(pred, kind)
        keep = data.draw(st.lists(st.sampled_from(range(len(records))), unique=True), label=kind)
        setattr(pred, kind, [records[i] for i in keep])
    result = evaluate_document(gold, pred)
    for kind in RECORD_TYPES:
        s = result.scores[kind]
        assert (s.tp, s.fp, s.fn) == (len(getattr(pred, kind)), 0,
                                       len(getattr(gold, kind)) - len(getattr(pred, kind))), kind


def test_rule_ids_of_predictions_are_counted():
    pred = gold_doc()
    pred.results[0].rule = "sieg_verb"
    pred.results.append(result(["Marco Wittmann"], 9, evidence="als Dritter ins Ziel", rule="sieg_verb"))
    rules = score_documents([(gold_doc(), pred)]).rules
    assert (rules["results:sieg_verb"].tp, rules["results:sieg_verb"].fp) == (1, 1)
    assert rules["results:sieg_verb"].precision == 0.5


def test_micro_average_sums_counts_over_documents():
    g1, g2 = gold_doc(), gold_doc()
    g2.document.id = "zweites-dokument"
    p1 = gold_doc()
    p2 = doc("zweites-dokument", drivers=g2.drivers[:1])
    report = score_documents([(g1, p1), (g2, p2)])
    s = report.scores["drivers"]
    assert (s.tp, s.fp, s.fn) == (4, 0, 2)
    by_id = {d.doc_id: d for d in report.documents}
    assert by_id["zweites-dokument"].errors > by_id["test-dtm-2011-nuerburgring"].errors == 0


# ---------------------------------------------------------------- drivers


def test_driver_matches_by_normalised_surname():
    gold = doc(drivers=[driver("Johannes van Overbeek", "van Overbeek"), driver("Jörg Müller")])
    pred = doc(drivers=[driver("Johannes Van Overbeek", "Van Overbeek"), driver("Joerg Müller", "Muller")])
    result = evaluate_document(gold, pred)
    assert result.scores["drivers"].tp == 2
    # the first names differ in the second pair: full-name accuracy shows it
    assert (result.fields["drivers"]["name"].correct, result.fields["drivers"]["name"].total) == (1, 2)


def test_driver_matching_is_one_to_one():
    gold = doc(drivers=[driver("Rinaldo Capello")])
    pred = doc(drivers=[driver("Rinaldo Capello"), driver("Dindo Capello")])
    s = evaluate_document(gold, pred).scores["drivers"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_one_to_one_prefers_the_pair_agreeing_in_more_fields():
    gold = doc(drivers=[driver("Ralf Schumacher"), driver("Michael Schumacher")])
    pred = doc(drivers=[driver("Michael Schumacher"), driver("Ralf Schumacher")])
    result = evaluate_document(gold, pred)
    assert result.scores["drivers"].tp == 2
    assert result.fields["drivers"]["name"].correct == 2


def test_origin_accuracy_counts_only_where_given():
    gold = doc(drivers=[driver("Jörg Müller", origin="Kerkrade"), driver("Marco Wittmann")])
    pred = doc(drivers=[driver("Jörg Müller", origin="Aachen"), driver("Marco Wittmann")])
    acc = evaluate_document(gold, pred).fields["drivers"]["origin"]
    assert (acc.correct, acc.total) == (0, 1)


# ---------------------------------------------------------------- results


def test_result_needs_same_session_scope_and_position():
    gold = doc(results=[result(["Jörg Müller"], 1)])
    for other in (result(["Jörg Müller"], 2), result(["Jörg Müller"], 1, session="qualifying"),
                  result(["Jörg Müller"], 1, scope="class")):
        s = evaluate_document(gold, doc(results=[other])).scores["results"]
        assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_result_crews_need_to_share_one_surname():
    gold = doc(drivers=[driver("Timo Bernhard"), driver("Romain Dumas")],
               results=[result(["Timo Bernhard", "Romain Dumas"], 1)])
    partial = doc(results=[result(["Romain Dumas"], 1)])
    other = doc(results=[result(["Sascha Maassen"], 1)])
    r = evaluate_document(gold, partial)
    assert r.scores["results"].tp == 1
    assert (r.fields["results"]["drivers"].correct, r.fields["results"]["drivers"].total) == (0, 1)
    assert evaluate_document(gold, other).scores["results"].tp == 0


def test_result_surname_resolved_through_the_documents_drivers():
    # the prediction writes only the surname; its driver list resolves it
    gold = doc(drivers=[driver("Johannes van Overbeek", "van Overbeek")],
               results=[result(["Johannes van Overbeek"], 4)])
    pred = doc(results=[result(["Van Overbeek"], 4)])
    assert evaluate_document(gold, pred).scores["results"].tp == 1


def test_predicted_name_missing_from_predicted_drivers_resolves_through_gold_drivers():
    gold = doc(drivers=[driver("Pablo Pérez Companc", "Pérez Companc")],
               results=[result(["Pablo Pérez Companc"], 5)])
    pred = doc(results=[result(["Pablo Pérez Companc"], 5)])
    r = evaluate_document(gold, pred)
    assert r.scores["results"].tp == 1
    assert r.fields["results"]["drivers"].correct == 1


def test_result_class_is_case_and_space_insensitive_and_only_compared_when_both_give_it():
    gold = doc(results=[result(["Jörg Müller"], 1, scope="class", klass="GTE Pro")])
    same = doc(results=[result(["Jörg Müller"], 1, scope="class", klass="gte pro")])
    none = doc(results=[result(["Jörg Müller"], 1, scope="class", klass=None)])
    other = doc(results=[result(["Jörg Müller"], 1, scope="class", klass="GTE Am")])
    assert evaluate_document(gold, same).scores["results"].tp == 1
    r = evaluate_document(gold, none)
    assert r.scores["results"].tp == 1
    assert (r.fields["results"]["class"].correct, r.fields["results"]["class"].total) == (0, 1)
    assert evaluate_document(gold, other).scores["results"].tp == 0


def test_result_matching_is_one_to_one():
    gold = doc(results=[result(["Jörg Müller"], 1)])
    pred = doc(results=[result(["Jörg Müller"], 1), result(["Jörg Müller"], 1, evidence="sagte Müller")])
    s = evaluate_document(gold, pred).scores["results"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


# ---------------------------------------------------------------- gaps


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [(1.234, True), (1.2345, True), (1.2335, True), (1.2346, False), (1.2334, False), (1.24, False)],
)
def test_gap_seconds_tolerance(predicted, matches):
    gold = doc(gaps=[gap("Johannes van Overbeek", seconds=1.234)])
    pred = doc(gaps=[gap("Johannes van Overbeek", seconds=predicted)])
    assert evaluate_document(gold, pred).scores["gaps"].tp == int(matches)


def test_gap_laps_must_be_equal_and_never_match_seconds():
    gold = doc(gaps=[gap("Marco Wittmann", laps=1)])
    assert evaluate_document(gold, doc(gaps=[gap("Marco Wittmann", laps=1)])).scores["gaps"].tp == 1
    assert evaluate_document(gold, doc(gaps=[gap("Marco Wittmann", laps=2)])).scores["gaps"].tp == 0
    assert evaluate_document(gold, doc(gaps=[gap("Marco Wittmann", seconds=1.0)])).scores["gaps"].tp == 0


def test_gap_subject_surname_must_agree_or_both_be_null():
    gold = doc(gaps=[gap("Johannes van Overbeek", seconds=1.234)])
    assert evaluate_document(gold, doc(gaps=[gap("van Overbeek", seconds=1.234)])).scores["gaps"].tp == 1
    assert evaluate_document(gold, doc(gaps=[gap("Jörg Müller", seconds=1.234)])).scores["gaps"].tp == 0
    assert evaluate_document(gold, doc(gaps=[gap(None, seconds=1.234)])).scores["gaps"].tp == 0
    both_null = doc(gaps=[gap(None, seconds=1.234)])
    assert evaluate_document(both_null, both_null).scores["gaps"].tp == 1


def test_gap_reference_is_a_field_not_a_matching_condition():
    gold = doc(gaps=[gap("Johannes van Overbeek", seconds=1.234)])
    pred = doc(gaps=[gap("Johannes van Overbeek", seconds=1.234, reference=None)])
    r = evaluate_document(gold, pred)
    assert r.scores["gaps"].tp == 1
    assert (r.fields["gaps"]["reference"].correct, r.fields["gaps"]["reference"].total) == (0, 1)


# ---------------------------------------------------------------- quotes


def test_wrong_speaker_counts_as_spurious_and_missed():
    gold = doc(quotes=[quote("Das war knapp", "Jörg Müller")])
    pred = doc(quotes=[quote("Das war knapp", "Marco Wittmann")])
    report = score_documents([(gold, pred)])
    s = report.scores["quotes"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    assert report.misses[0].evidence == report.spurious[0].evidence == "Das war knapp"


def test_quote_speaker_by_surname_and_null_speakers_agree():
    gold = doc(quotes=[quote("Das war knapp", "Hartmut Kristen"), quote("Wir kommen wieder", None)])
    pred = doc(quotes=[quote("Das war knapp", "Kristen"), quote("Wir kommen wieder", None)])
    r = evaluate_document(gold, pred)
    assert r.scores["quotes"].tp == 2
    # the speaker's full name is compared as a field: "Kristen" is not "Hartmut Kristen"
    assert (r.fields["quotes"]["speaker"].correct, r.fields["quotes"]["speaker"].total) == (0, 1)


def test_quote_texts_must_start_alike_in_their_first_20_characters():
    long_text = "Enger kann es in einem Langstreckenrennen kaum zugehen. Besseren Motorsport gibt es nicht."
    gold = doc(quotes=[quote(long_text, "Hartmut Kristen")])
    cut = doc(quotes=[quote("Enger kann es in einem Rennen kaum zugehen", "Hartmut Kristen")])
    marks = doc(quotes=[quote("\u201eEnger  kann es in\neinem Langstreckenrennen", "Hartmut Kristen")])
    other = doc(quotes=[quote("Besseren Motorsport gibt es nicht.", "Hartmut Kristen")])
    r = evaluate_document(gold, cut)
    assert r.scores["quotes"].tp == 1
    assert r.fields["quotes"]["text"].correct == 0  # matched, but not the exact text
    assert evaluate_document(gold, marks).scores["quotes"].tp == 1
    assert evaluate_document(gold, other).scores["quotes"].tp == 0


def test_short_quote_compared_entirely():
    gold = doc(quotes=[quote("Super!", "Jörg Müller")])
    assert evaluate_document(gold, doc(quotes=[quote("Super!", "Jörg Müller")])).scores["quotes"].tp == 1
    assert evaluate_document(gold, doc(quotes=[quote("Super Rennen", "Jörg Müller")])).scores["quotes"].tp == 0


# ---------------------------------------------------------------- cars


def test_car_needs_equal_number_when_both_give_one_and_a_shared_surname():
    gold = doc(cars=[Car(number="7", model="RS Spyder", drivers=["Timo Bernhard", "Romain Dumas"])])
    no_number = doc(cars=[Car(model="RS Spyder", drivers=["Romain Dumas"])])
    other_number = doc(cars=[Car(number="6", model="RS Spyder", drivers=["Romain Dumas"])])
    other_crew = doc(cars=[Car(number="7", model="RS Spyder", drivers=["Sascha Maassen"])])
    r = evaluate_document(gold, no_number)
    assert r.scores["cars"].tp == 1
    assert (r.fields["cars"]["number"].correct, r.fields["cars"]["number"].total) == (0, 1)
    assert evaluate_document(gold, other_number).scores["cars"].tp == 0
    assert evaluate_document(gold, other_crew).scores["cars"].tp == 0


# ---------------------------------------------------------------- event


def test_event_fields_normalised_and_wrong_value_is_fp_and_fn():
    gold = doc(event=Event(series="American Le Mans Series", venue="Nürburgring-Nordschleife",
                           season=2007, duration="4 Stunden"))
    pred = doc(event=Event(series="american le mans series", venue="Nürburgring Nordschleife",
                           season=2008, location="Kalifornien"))
    report = score_documents([(gold, pred)])
    sc = report.scores
    assert sc["event.series"].tp == 1 and sc["event.venue"].tp == 1
    assert (sc["event.season"].fp, sc["event.season"].fn) == (1, 1)
    assert (sc["event.duration"].fp, sc["event.duration"].fn) == (0, 1)
    assert (sc["event.location"].fp, sc["event.location"].fn) == (1, 0)
    assert (sc["event"].tp, sc["event"].fp, sc["event"].fn) == (2, 2, 2)
    assert {e.evidence for e in report.misses} == {"season: 2007", "duration: 4 Stunden"}


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Hartmut Kristen", "Kristen"), ("Johannes van Overbeek", "van Overbeek"),
     ("Pedro de la Rosa", "de la Rosa"), ("Wolfgang Graf Berghe von Trips", "von Trips"),
     ("Kristen", "Kristen")],
)
def test_guess_surname(name, surname):
    assert guess_surname(name) == surname


def test_normalise_name_folds_case_accents_and_sharp_s():
    assert normalise_name("Jörg  Müller") == normalise_name("jorg muller") == "jorg muller"
    assert normalise_name("Strauß") == "strauss"
    assert normalise_name("Joerg") != normalise_name("Jörg")  # transliteration is not folded


# ---------------------------------------------------------------- corpus and CLI


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A tiny corpus: two gold documents, texts, splits, and a prediction file for one of them."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    g1 = gold_doc()
    g2 = doc("porsche-supercup-2010-monza", event=Event(series="Porsche Supercup", season=2010),
             drivers=[driver("René Rast")])
    for g in (g1, g2):
        (tmp_path / "gold" / f"{g.document.id}.json").write_text(
            g.model_dump_json(indent=1), encoding="utf-8")
        (tmp_path / "texts" / f"{g.document.id}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "splits.json").write_text(
        json.dumps({"dev": [g1.document.id], "test": [g2.document.id]}), encoding="utf-8")
    pred = gold_doc()
    pred.quotes[0].speaker = "Marco Wittmann"
    (tmp_path / "pred.jsonl").write_text(pred.model_dump_json() + "\n", encoding="utf-8")
    return tmp_path


def test_evaluate_scores_a_split_from_a_predictions_mapping(corpus: Path):
    preds = read_predictions(corpus / "pred.jsonl")
    report = evaluate(corpus / "gold", corpus / "texts", split="dev", predictions=preds)
    assert report.doc_ids == ["test-dtm-2011-nuerburgring"]
    assert report.scores["results"].f1 == 1.0
    assert (report.scores["quotes"].fp, report.scores["quotes"].fn) == (1, 1)


def test_evaluate_scores_missing_predictions_as_empty(corpus: Path):
    report = evaluate(corpus / "gold", corpus / "texts", predictions={})
    assert report.missing_predictions == report.doc_ids == [
        "porsche-supercup-2010-monza", "test-dtm-2011-nuerburgring"]
    assert report.scores["drivers"].tp == 0 and report.scores["drivers"].fn == 4


def test_evaluate_runs_the_extractor_without_predictions(corpus: Path):
    # whatever the extractor finds, every gold record is counted once
    report = evaluate(corpus / "gold", corpus / "texts", split="test")
    s = report.scores["drivers"]
    assert s.tp + s.fn == 1


def test_evaluate_errors_name_the_problem(corpus: Path):
    with pytest.raises(RennberichtError, match="unknown split 'train'"):
        evaluate(corpus / "gold", corpus / "texts", split="train", predictions={})
    with pytest.raises(InputError, match="does not exist"):
        evaluate(corpus / "nirgendwo", corpus / "texts", predictions={})
    with pytest.raises(InputError, match="no gold file"):
        evaluate(corpus / "gold", corpus / "texts", ids=["unbekannt"], predictions={})


def test_read_predictions_names_the_bad_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text(gold_doc().model_dump_json() + "\n" + '{"document": {"id": "x"}, "resluts": []}\n',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        read_predictions(path)


def test_cli_json_report_with_pred(corpus: Path):
    args = ["evaluate", "--gold", str(corpus / "gold"), "--texts", str(corpus / "texts"),
            "--pred", str(corpus / "pred.jsonl")]
    res = CliRunner().invoke(app, [*args, "--split", "dev", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["scores"]["results"]["f1"] == 1.0
    assert data["scores"]["quotes"]["fp"] == 1
    assert data["spurious"][0]["evidence"] == "Das war knapp"


def test_cli_table_shows_scores_and_errors(corpus: Path):
    args = ["evaluate", "--gold", str(corpus / "gold"), "--texts", str(corpus / "texts"),
            "--pred", str(corpus / "pred.jsonl"), "--errors", "3"]
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output
    assert "results" in res.stdout and "Das war knapp" in res.stdout
    assert "René Rast" in res.stdout  # the document without a prediction: all misses


def test_cli_unknown_split_or_missing_gold_exits_2(corpus: Path):
    base = ["evaluate", "--texts", str(corpus / "texts"), "--pred", str(corpus / "pred.jsonl")]
    res = CliRunner().invoke(app, [*base, "--gold", str(corpus / "gold"), "--split", "validation"])
    assert res.exit_code == 2
    assert "unknown split 'validation'" in res.stderr
    res = CliRunner().invoke(app, [*base, "--gold", str(corpus / "fehlt")])
    assert res.exit_code == 2
    assert "does not exist" in res.stderr


@pytest.mark.parametrize("gold_last", ["Müller jr.", "Müller"])
def test_a_generational_suffix_is_not_part_of_the_surname(gold_last):
    # gold written "Jörg Müller jr." (with the suffix in the surname or not), the prediction "Jörg Müller"
    gold = doc(drivers=[Driver(name="Jörg Müller jr.", first_name="Jörg", last_name=gold_last)],
               results=[result(["Jörg Müller jr."], 1)], gaps=[gap("Jörg Müller jr.", seconds=1.234, reference=None)])
    pred = doc(drivers=[driver("Jörg Müller")], results=[result(["Jörg Müller"], 1)],
               gaps=[gap("Jörg Müller", seconds=1.234, reference=None)])
    report = score_documents([(gold, pred)])
    for key in ("drivers", "results", "gaps"):
        assert (report.scores[key].tp, report.scores[key].fp, report.scores[key].fn) == (1, 0, 0), key
    assert guess_surname("Nelson Piquet jr.") == "Piquet"
