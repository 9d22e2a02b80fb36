"""Custom spaCy components of rennbericht (registered as factories through the package's entry points)."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ORDINAL = re.compile(r"^\d{1,3}\.$")
_POSITION_NOUNS = {"Platz", "Rang", "Position", "Startplatz", "Runde", "Runden", "Lauf", "P", "Gesamtrang"}
_PLURAL_POSITIONS = {"Plätzen", "Plätze", "Rängen", "Ränge", "Positionen"}
_END = {".", "!", "?", "…"}
_CLOSING_QUOTES = {"“", "”", "\"", "«", "»", "‘", "'"}


@Language.factory("rb_sentences", default_config={})
def make_sentences(nlp: Language, name: str) -> RennberichtSentences:
    return RennberichtSentences()


_LIST_ITEM = re.compile(r"\s*(?:\d{1,3}[.)]|[-•*–]\s|Platz\s+\d|(?:[A-Z][A-Za-z0-9-]{1,8}\s+)?P\d)")  # ("GTLM P2 #3 ...": a class's list line)
_GOES_ON = frozenset({",", "und", "oder", "sowie", "vor", "hinter", "mit", "von", "der", "die", "das", "dem", "den", "des", "auf", "in", "im"})


def _line_goes_on(doc: Doc, i: int, text: str) -> bool:
    """A single line break inside a sentence, as scraped text has them ("Jamie Green (45 Punkte),\nEdoardo Mortara"):
    the line before ends on a comma or a word that cannot end a sentence, or the next line goes on in lower case."""
    if doc[i].text.count("\n") != 1 or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1].text, doc[i + 1].text
    if _ORDINAL.match(before) and i >= 2 and doc[i - 2].text in _POSITION_NOUNS:
        return False  # "... im Nissan auf Platz 7.\nFür Mercedes ist es ...": the place ends the sentence
    if before in _GOES_ON or (after[:1].islower() and before not in _END and not before.endswith(":")):
        return True
    # hard-wrapped text (agency releases wrap at ~70 characters): a long line that does not end a sentence goes on,
    # unless the next line starts a list item
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    line = text[line_start : doc[i].idx]
    return (
        len(line) >= 55
        and before not in _END and before not in _CLOSING_QUOTES and not before.endswith(":")
        and "|" not in line and "\t" not in line
        and not _LIST_ITEM.match(text, doc[i + 1].idx)
    )


_YEAR = re.compile(r"(?:19|20)\d\d\.$")
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
# words that open a sentence and never follow a first name's initial ("J. Button")
_OPENERS = frozenset({
    "Auf", "Der", "Die", "Das", "Den", "Dem", "Im", "In", "Mit", "Am", "An", "Nach", "Bei", "Beim", "Für", "Als", "Dahinter",
    "Dort", "Hier", "Auch", "Doch", "Damit", "Dabei", "Er", "Sie", "Es", "Zum", "Vom", "Ein", "Eine", "Einen", "Platz", "Rang",
})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "zum", "zur", "im", "am", "beim", "vom"})
# words that open a sentence and never follow an ordinal ("wurde 14. Dann kam ...", "mit 141. Noch sind ..."): an
# ordinal is followed by its noun ("14. Platz", "20. März", "3. Rennen") or, in a list, by a name
_OPENERS_AFTER_NUMBER = (_OPENERS - {"Platz", "Rang", "Ein", "Eine", "Einen"}) | frozenset({
    "Dann", "Danach", "Noch", "Nun", "Jetzt", "So", "Somit", "Zudem", "Außerdem", "Trotzdem", "Dennoch", "Hinter", "Vor",
    "Bereits", "Schon", "Wir", "Ich", "Man", "Diese", "Dieser", "Dieses", "Sein", "Seine", "Ihr", "Ihre", "Erst", "Zuvor",
})


def _after_plural_positions(doc: Doc, k: int) -> bool:
    """Token ``k`` is a plural place noun, or ends a run of "12 ," before one ("Positionen 12, 13 und")."""
    while k >= 2 and doc[k].text == "," and doc[k - 1].like_num:
        k -= 2
    return doc[k].text in _PLURAL_POSITIONS


class RennberichtSentences:
    """Sentence boundaries for release text.

    Splits after . ! ? (and a closing quote that follows them) and at every line break, so
    list lines are sentences of their own. German ordinals ("auf dem 3. Platz", "am 20. März")
    keep their period inside the token and do not end a sentence, except after a position
    noun at the end of a clause ("auf Platz 2. Dahinter ...").
    """

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        starts = [False] * len(doc)
        text = doc.text
        starts[0] = True
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if "\n" in tok.text and tok.is_space:
                starts[i + 1] = not _line_goes_on(doc, i, text)
            elif tok.text in _END:
                j = i + 1
                while j < len(doc) and doc[j].text in _CLOSING_QUOTES:
                    j += 1
                # ("(von P18 gestartet!), Brandt und ...": an exclamation inside a parenthesis ends no sentence)
                if j < len(doc) and not (doc[j].is_punct and doc[j].text in ",;:)"):
                    starts[j] = True
            elif _ORDINAL.match(tok.text) and nxt.text[:1].isupper() and (
                (i > 0 and doc[i - 1].text in _POSITION_NOUNS)
                # "... in der Formel 1. Auf den zweiten Rang ...": a series' number is no ordinal
                or (i > 0 and doc[i - 1].text in {"Formel", "Formula"})
                # "auf den Plätzen 6 bis 8. Joey Hand ...", "auf den Positionen 12, 13 und 14. Timo Glock ...": the last of a
                # range or a list of places ends the sentence
                or (i > 2 and doc[i - 1].text in {"bis", "und"} and doc[i - 2].like_num and _after_plural_positions(doc, i - 3))
            ):
                starts[i + 1] = True
            elif _ORDINAL.match(tok.text) and nxt.text in _OPENERS_AFTER_NUMBER and not (i > 0 and doc[i - 1].lower_ in _ARTICLES):
                starts[i + 1] = True  # "Tomczyk wurde 14. Dann kam ...": a place ends the sentence before an opening word
            elif _INITIAL.match(tok.text) and nxt.text in _OPENERS:
                starts[i + 1] = True  # "... auf seinem neuen 911 Carrera S. Auf Platz 3 folgt ...": a model's letter, no initial
            elif _YEAR.match(tok.text) and nxt.text[:1].isupper() and not (i > 0 and doc[i - 1].lower_ in _ARTICLES):
                starts[i + 1] = True  # "... den zweiten Sieg für Ferrari nach 2014. Der Silberrang ...": a year is no ordinal
        values = numpy.empty((len(doc), 1), dtype="int64")
        for i, tok in enumerate(doc):
            if i > 0 and tok.is_space and "\n" not in tok.text:
                starts[i] = False
            values[i, 0] = 1 if starts[i] else -1
        # one array write instead of a setter per token (each setter re-checks the whole doc)
        doc.from_array([SENT_START], values.astype("uint64"))  # -1 wraps like Doc.to_array gives it
        return doc

    def to_disk(self, path, exclude=()):  # stateless; nothing to write
        return None

    def from_disk(self, path, exclude=()):
        return self
