"""Reading and normalisation: encodings, bad files, invisible characters; offsets always into the original."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.errors import InputError
from pipeline.reading import decode_bytes, normalize, read_text
from tests.conftest import offset_errors

SENTENCE = "Jörg Bergmeister wurde in Laguna Seca Dritter."


def test_utf8_file(tmp_path):
    f = tmp_path / "utf8.txt"
    f.write_bytes(SENTENCE.encode("utf-8"))
    assert read_text(f) == SENTENCE


def test_utf8_with_bom(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"))
    assert read_text(f) == SENTENCE


def test_cp1252_file_decodes(tmp_path):
    text = "Jörg Bergmeister wurde Dritter – „ein schöner Erfolg“, sagte er."
    f = tmp_path / "ansi.txt"
    f.write_bytes(text.encode("cp1252"))
    assert read_text(f) == text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"  \n\n\t ", id="whitespace-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", id="png-binary"),
        pytest.param(bytes(range(0, 32)) * 20, id="control-bytes"),
    ],
)
def test_bad_file_raises_input_error_naming_the_file(tmp_path, data):
    f = tmp_path / "kaputt.txt"
    f.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_text(f)
    assert "kaputt.txt" in str(info.value)


def test_missing_file_raises_input_error(tmp_path):
    f = tmp_path / "fehlt.txt"
    with pytest.raises(InputError, match="fehlt.txt"):
        read_text(f)


def test_decode_bytes_names_the_source():
    with pytest.raises(InputError, match="<stdin>"):
        decode_bytes(b"", "<stdin>")


def test_soft_hyphen_inside_name(extract_doc, check_offsets):
    text = "Max Ver\u00adstappen gewann den Großen Preis der Niederlande vor Lewis Hamilton."
    doc = extract_doc(text)
    drivers = [d for d in doc.drivers if d.last_name == "Verstappen"]
    assert drivers, [d.name for d in doc.drivers]
    assert drivers[0].name == "Max Verstappen"
    assert any(m.text == "Max Ver\u00adstappen" for m in drivers[0].mentions)
    assert any(r.position == 1 and "Max Verstappen" in r.drivers for r in doc.results)
    assert check_offsets(text, doc) == []


def test_soft_hyphen_inside_known_name(extract_doc, check_offsets):
    text = "Timo Bern\u00adhard gewann in Laguna Seca vor Romain Dumas."
    doc = extract_doc(text)
    (d,) = [d for d in doc.drivers if d.last_name == "Bernhard"]
    assert d.name == "Timo Bernhard"
    assert [m.text for m in d.mentions] == ["Timo Bern\u00adhard"]
    (win,) = [r for r in doc.results if r.position == 1]
    assert win.drivers == ["Timo Bernhard"]
    assert "Bern\u00adhard" in win.evidence.text
    assert check_offsets(text, doc) == []


def test_nbsp_between_number_and_unit(extract_doc, check_offsets):
    text = "Marco Wittmann gewann mit einem Vorsprung von 1,783\u00a0Sekunden vor Mattias Ekström."
    doc = extract_doc(text)
    (gap,) = doc.gaps
    assert gap.seconds == pytest.approx(1.783)
    assert "\u00a0" in gap.evidence.text
    assert check_offsets(text, doc) == []


def test_nbsp_inside_name(extract_doc, check_offsets):
    text = "Timo\u00a0Bernhard gewann das Rennen in Laguna Seca."
    doc = extract_doc(text)
    assert [d.name for d in doc.drivers] == ["Timo Bernhard"]
    assert check_offsets(text, doc) == []


def test_line_end_hyphenation_joined():
    norm = normalize("Am Rennwo-\nchenende regnete es.")
    assert norm.text == "Am Rennwochenende regnete es."
    start = norm.text.index("Rennwochenende")
    assert norm.span(start, start + len("Rennwochenende")) == (3, 3 + len("Rennwo-\nchenende"))


def test_hyphen_before_capital_is_kept():
    # "Porsche-\nWerksfahrer" is a real compound hyphen at a line end, not a word break
    assert normalize("Porsche-\nWerksfahrer").text == "Porsche-\nWerksfahrer"


def test_line_end_hyphenation_in_extraction(extract_doc, check_offsets):
    text = "Am Rennwo-\nchenende in Hockenheim gewann Timo Bernhard vor Romain Dumas."
    doc = extract_doc(text)
    assert any(r.position == 1 and r.drivers == ["Timo Bernhard"] for r in doc.results)
    assert check_offsets(text, doc) == []


OFFSET_TEXTS = [
    pytest.param(
        "Timo Bernhard und Romain Dumas gewannen.\r\n\r\n„Ein toller Tag“, sagte Timo Bernhard.\r\n",
        id="crlf",
    ),
    pytest.param(
        "Jo\u0308rg Bergmeister wurde Dritter. „Scho\u0308n“, sagte er.",
        id="decomposed-umlauts-nfd",
    ),
    pytest.param(
        "\ufeffZweiter wurde Nico\u200b Müller mit 0,8\u202fSekunden Rückstand auf René Rast.",
        id="bom-zero-width-narrow-nbsp",
    ),
    pytest.param(
        "Rinaldo Capello siegte vor Ro\u00admain Du\u00admas. "
        "„Ich kam nicht mehr vorbei“, sagte Du\u00admas. Die Pole-Position hatte Sascha Maassen.",
        id="soft-hyphens-everywhere",
    ),
]


@pytest.mark.parametrize("text", OFFSET_TEXTS)
def test_every_record_offset_points_into_original(extract_doc, check_offsets, text):
    doc = extract_doc(text)
    assert doc.drivers or doc.results or doc.quotes, "the text should yield some records"
    assert check_offsets(text, doc) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.characters(codec="utf-8"),
            st.sampled_from(list("„“”\"»«‚‘\u00ad\u00a0\u200b\r\n-,.: 0123456789")),
            st.sampled_from(["Timo Bernhard ", "gewann ", "Platz ", "Sekunden ", "sagte ", "Runden ", "Zweiter "]),
        ),
        max_size=120,
    ).map("".join)
)
def test_random_text_never_crashes_and_offsets_hold(nlp, text):
    doc = extract(text, id="fuzz")
    assert offset_errors(text, doc) == []


def test_double_prime_reads_as_a_quotation_mark_and_keeps_offsets():
    from pipeline.reading import normalize

    norm = normalize("a ″b″ c")
    assert norm.text == 'a "b" c'
    assert norm.span(2, 5) == (2, 5)


def test_flattened_table_rows_get_their_spaces_back_and_keep_offsets():
    text = (
        "Pos.FahrerAutoZeit\n"
        "1.C.Miller/Goikhberg/KochOreca FLM09702 Runden\n"
        "2.Garcia/Magnussen/ROCKENFELLER (D)Chevrolet Corvette C7.R+0.034\n"
        "3.Siarhei ViazovichMAZ+02:04:42\n"
        "4.Andrey KarginovKamaz46:33:36\n"
        "5.Dillmann / WebbByKolles #4DNF\n"
        "6.Kenny McNish / MacDowellOreca+1 Runde\n"
    )
    norm = normalize(text)
    rows = norm.text.split("\n")
    assert rows[0] == "Pos.FahrerAutoZeit"  # no rank: no table row
    assert rows[1] == "1. C. Miller/Goikhberg/Koch Oreca FLM09702 Runden"
    assert rows[2] == "2. Garcia/Magnussen/ROCKENFELLER (D) Chevrolet Corvette C7.R +0.034"
    assert rows[3] == "3. Siarhei Viazovich MAZ +02:04:42"
    assert rows[4] == "4. Andrey Karginov Kamaz 46:33:36"
    assert rows[5] == "5. Dillmann / Webb By Kolles #4 DNF"
    assert rows[6] == "6. Kenny McNish / MacDowell Oreca +1 Runde"  # closed-up name prefixes stay closed
    for word in ("Koch", "Oreca", "+0.034", "Kamaz", "46:33:36", "DNF", "MacDowell"):
        start = norm.text.index(word)
        a, b = norm.span(start, start + len(word))
        assert text[a:b] == word


def test_running_text_with_a_number_before_a_capital_is_left_alone():
    text = "Am 2.Juli gewann Timo Bernhard.\nDas war sein 3.Sieg im Jahr, sagte TeamchefMüller."
    assert normalize(text).text.split("\n")[1] == "Das war sein 3.Sieg im Jahr, sagte TeamchefMüller."


def test_table_ranks_without_their_period_get_it_back_in_a_run_of_three():
    text = "Ergebnis:\n1 Vandoorne (MER)\n2 De Vries (MER) +1.340\n3 Buemi (NIS) +2.841\n\nPositionFahrerTeamPunkte\n1Antonio Felix da CostaDS Techeetah158\n2Maximilian GüntherBMW69\n3Rene RastAudi29\n"
    norm = normalize(text)
    rows = [line for line in norm.text.split("\n") if line[:1].isdigit()]
    assert rows == [
        "1. Vandoorne (MER)", "2. De Vries (MER) +1.340", "3. Buemi (NIS) +2.841",
        "1. Antonio Felix da Costa DS Techeetah 158", "2. Maximilian Günther BMW 69", "3. Rene Rast Audi 29",
    ]
    start = norm.text.index("Günther BMW")
    a, b = norm.span(start, start + len("Günther BMW"))
    assert text[a:b] == "GüntherBMW"


def test_two_numbered_lines_or_a_run_not_from_the_top_stay_as_written():
    text = "1 Runde vor Schluss fiel Rast aus.\n2 Fahrer kamen ins Ziel.\n\n8 Andre Lotterer\n9 Maximilian Günther\n10 Rene Rast\n"
    assert normalize(text).text == text


def test_a_names_column_flattened_into_one_line_gets_periods_and_commas():
    text = "Endstand:\n1 Michael Schumacher 2 Rubens Barrichello 3 Jarno Trulli 4 Cristiano da Matta\nEr wurde 1 Mal Zweiter 2 Mal Dritter\n"
    norm = normalize(text)
    assert norm.text.split("\n")[1] == "1. Michael Schumacher, 2. Rubens Barrichello, 3. Jarno Trulli, 4. Cristiano da Matta"
    assert norm.text.split("\n")[2] == "Er wurde 1 Mal Zweiter 2 Mal Dritter"
    start = norm.text.index("Jarno Trulli")
    a, b = norm.span(start, start + len("Jarno Trulli"))
    assert text[a:b] == "Jarno Trulli"


def test_three_ranks_on_a_line_or_a_run_not_from_1_stay_as_written():
    text = "1 Michael Schumacher 2 Rubens Barrichello 3 Jarno Trulli\n5 Takuma Sato 6 Ralf Schumacher 7 Mark Webber 8 Olivier Panis\n"
    assert normalize(text).text == text
