"""Score extracted Documents against the hand-made gold corpus.

``evaluate()`` pairs every gold record with at most one predicted record of the
same type in the same document, counts true positives (matched pairs), false
positives (predicted, unmatched) and false negatives (gold, unmatched), and sums
them over all documents (micro-average). Matching rules, per type:

- **driver**: normalised surnames (``last_name``) are equal.
- **result**: the crews share at least one surname (or both crews are empty),
  and ``session``, ``scope`` and ``position`` are equal; ``class`` must agree
  (case- and whitespace-insensitively) only where both records give one.
- **gap**: the subjects' surnames agree (or both subjects are null), and the
  ``seconds`` differ by at most 0.0005 (or the ``laps`` are equal).
- **quote**: the speakers' surnames agree (or both speakers are null), and the
  quoted texts start alike: the first 20 characters after collapsing whitespace
  and dropping quote marks (or the whole shorter text if it is shorter).
- **car**: the numbers are equal if both cars have one, and the crews share a
  surname (or both crews are empty).

"Normalised" names are casefolded, stripped of accents (``ß`` becomes ``ss``)
and of punctuation, so "van Overbeek" == "Van Overbeek" and "Müller" ==
"Muller" (but not "Mueller"). A name in a result, car, gap or quote is turned
into a surname through the document's own ``drivers`` (by ``name`` or
``last_name``; for a prediction, then through the gold drivers); names not
found there (team bosses, say) lose their given names: the surname is the last
word plus any particles before it ("van", "de la", ...).

Matching is one-to-one within a document: among all compatible (gold,
predicted) pairs the ones agreeing in the most detail fields are taken first
(ties by order in the files). Matched pairs are then compared field by field
(:data:`FIELDS`) for the per-field accuracy; a field counts only when at least
one side gives a value.

Event fields (series, season, name, venue, location, laps, duration) are scored
one by one, strings compared case-, whitespace- and punctuation-insensitively:
equal values are a TP, a value only in gold an FN, a value only in the
prediction an FP, and two different values both an FP and an FN. The same
holds for records: a quote with the wrong speaker is one FP and one FN.
"""

from __future__ import annotations

import importlib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, computed_field

from pipeline.corpus import CORPUS_DIR, load_gold, load_splits
from pipeline.errors import InputError, RennberichtError
from pipeline.records import Car, Document, Driver, Gap, Quote, Result

RECORD_TYPES: tuple[str, ...] = ("drivers", "cars", "results", "gaps", "quotes")
EVENT_FIELDS: tuple[str, ...] = (
    "series", "season", "name", "venue", "location", "laps", "duration",
)
GAP_TOLERANCE = 0.0005
"""Largest difference in seconds at which two gaps still match."""
QUOTE_PREFIX = 20
"""Number of leading characters two quote texts must share to match."""

# Name particles kept with the surname ("Johannes van Overbeek" -> "van Overbeek").
_PARTICLES = frozenset(
    {"van", "von", "vom", "zu", "zur", "de", "der", "den", "la", "le", "di", "da",
     "du", "dos", "del", "della", "ten", "ter"}
)
# Quotation marks of German and English texts, dropped before comparing quotes.
_QUOTE_MARKS = "\"'„“”‚‘’«»‹›`´″‟"


# --------------------------------------------------------------------------- report


class Score(BaseModel):
    """True/false positive and false negative counts, with P/R/F1 (None when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


class FieldAccuracy(BaseModel):
    """How often a field agrees on matched pairs where at least one side gives it."""

    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


class ErrorRecord(BaseModel):
    """One unmatched record: a miss (gold only) or a spurious one (prediction only)."""

    doc_id: str
    type: str
    kind: Literal["miss", "spurious"]
    evidence: str
    detail: str
    rule: str | None = None


class DocumentScore(BaseModel):
    doc_id: str
    scores: dict[str, Score]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def errors(self) -> int:
        """False positives plus false negatives over all record types and event fields."""
        return sum(s.fp + s.fn for k, s in self.scores.items() if k != "event")


class EvaluationReport(BaseModel):
    """Everything ``evaluate`` measured; ``model_dump_json()`` gives the JSON form."""

    split: str | None
    doc_ids: list[str]
    scores: dict[str, Score]
    fields: dict[str, dict[str, FieldAccuracy]]
    misses: list[ErrorRecord] = Field(default_factory=list)
    spurious: list[ErrorRecord] = Field(default_factory=list)
    rules: dict[str, Score] = Field(
        default_factory=dict,
        description="per '<type>:<rule id>' of predictions: TP = matched, FP = spurious",
    )
    documents: list[DocumentScore] = Field(default_factory=list)
    missing_predictions: list[str] = Field(
        default_factory=list, description="gold ids without a prediction (scored as empty)"
    )


# --------------------------------------------------------------------------- normalising


def normalise_name(name: str) -> str:
    """Casefolded, accent-free, punctuation-free form of a name ("Jörg" -> "jorg")."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.casefold())
    return " ".join(cleaned.split())


def normalise_value(value: object) -> object:
    """Event/field comparison form: strings lose case, whitespace and punctuation."""
    if isinstance(value, str):
        folded = unicodedata.normalize("NFC", value).casefold()
        return "".join(c for c in folded if c.isalnum())
    return value


def normalise_class(value: str) -> str:
    """Class comparison form: case- and whitespace-insensitive only ("gte pro" == "GTE Pro")."""
    return "".join(value.casefold().split())


def normalise_quote(text: str) -> str:
    """Quote text with quote marks dropped and whitespace collapsed."""
    return " ".join(text.translate({ord(c): None for c in _QUOTE_MARKS}).split())


_SUFFIXES = frozenset({"jr", "jun", "junior", "sr", "sen", "senior", "ii", "iii"})


def surname_key(surname: str) -> str:
    """A normalised surname without a generational suffix: "Piquet jr." and "Piquet" are one surname."""
    words = normalise_name(surname).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


def guess_surname(name: str) -> str:
    """Surname of a full name not listed among the drivers: last word plus particles."""
    words = name.split()
    while len(words) > 1 and normalise_name(words[-1]) in _SUFFIXES:
        words.pop()  # ("Nelson Piquet jr.")
    if not words:
        return ""
    i = len(words) - 1
    while i >= 1 and normalise_name(words[i - 1]) in _PARTICLES:
        i -= 1
    return " ".join(words[i:])


class _Names:
    """Resolves names used in one document's records to normalised surnames.

    A name is looked up among the document's own drivers (by name or last name),
    then among the ``fallback`` drivers (the gold document's, for a prediction that
    names someone missing from its own driver list), and only then guessed.
    """

    def __init__(self, drivers: Iterable[Driver], fallback: _Names | None = None) -> None:
        self._by_name: dict[str, str] = {}
        for d in drivers:
            surname = surname_key(d.last_name)
            self._by_name.setdefault(normalise_name(d.name), surname)
            self._by_name.setdefault(surname, surname)
        self._fallback = fallback

    def _lookup(self, key: str) -> str | None:
        if key in self._by_name:
            return self._by_name[key]
        return self._fallback._lookup(key) if self._fallback is not None else None

    def surname(self, name: str | None) -> str | None:
        if name is None:
            return None
        found = self._lookup(normalise_name(name))
        return found if found is not None else surname_key(guess_surname(name))

    def crew(self, names: Iterable[str]) -> frozenset[str]:
        return frozenset(s for s in (self.surname(n) for n in names) if s)


# --------------------------------------------------------------------------- field comparison


def _same(a: object, b: object, norm: Callable[[Any], object] = normalise_value) -> bool | None:
    """None when neither side gives a value, else whether both give the same one."""
    if a is None and b is None:
        return None
    if a is None or b is None:
        return False
    return norm(a) == norm(b)


def _same_crew(a: frozenset[str], b: frozenset[str]) -> bool | None:
    if not a and not b:
        return None
    return a == b


def _crews_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) or (not a and not b)


def _same_measure(g: Gap, p: Gap) -> bool:
    if g.seconds is not None and p.seconds is not None:
        return abs(g.seconds - p.seconds) <= GAP_TOLERANCE + 1e-12
    return g.laps is not None and g.laps == p.laps


def _quotes_start_alike(a: str, b: str) -> bool:
    na, nb = normalise_quote(a), normalise_quote(b)
    n = min(QUOTE_PREFIX, len(na), len(nb))
    if n == 0:
        return na == nb
    return na[:n] == nb[:n]


@dataclass(frozen=True)
class _Ctx:
    gold: _Names
    pred: _Names


@dataclass(frozen=True)
class _Kind:
    """How one record type is matched, compared and described."""

    compatible: Callable[[Any, Any, _Ctx], bool]
    fields: Callable[[Any, Any, _Ctx], dict[str, bool | None]]
    evidence: Callable[[Any], str]
    detail: Callable[[Any], str]


def _driver_fields(g: Driver, p: Driver, c: _Ctx) -> dict[str, bool | None]:
    return {
        "name": _same(g.name, p.name, normalise_name),
        "origin": _same(g.origin, p.origin),
    }


def _car_fields(g: Car, p: Car, c: _Ctx) -> dict[str, bool | None]:
    return {
        "number": _same(g.number, p.number, str.strip),
        "model": _same(g.model, p.model),
        "team": _same(g.team, p.team),
        "class": _same(g.class_, p.class_, normalise_class),
        "drivers": _same_crew(c.gold.crew(g.drivers), c.pred.crew(p.drivers)),
    }


def _result_fields(g: Result, p: Result, c: _Ctx) -> dict[str, bool | None]:
    return {
        "car_number": _same(g.car_number, p.car_number, str.strip),
        "team": _same(g.team, p.team),
        "class": _same(g.class_, p.class_, normalise_class),
        "drivers": _same_crew(c.gold.crew(g.drivers), c.pred.crew(p.drivers)),
    }


def _gap_fields(g: Gap, p: Gap, c: _Ctx) -> dict[str, bool | None]:
    return {
        "reference": _same(c.gold.surname(g.reference), c.pred.surname(p.reference)),
        "measure": _same_measure(g, p),
    }


def _quote_fields(g: Quote, p: Quote, c: _Ctx) -> dict[str, bool | None]:
    return {
        "speaker": _same(g.speaker, p.speaker, normalise_name),
        "text": g.text == p.text,
        "cue": _same(g.cue, p.cue),
    }


def _car_compatible(g: Car, p: Car, c: _Ctx) -> bool:
    if g.number is not None and p.number is not None and g.number.strip() != p.number.strip():
        return False
    return _crews_overlap(c.gold.crew(g.drivers), c.pred.crew(p.drivers))


def _result_compatible(g: Result, p: Result, c: _Ctx) -> bool:
    if (g.session, g.scope, g.position) != (p.session, p.scope, p.position):
        return False
    if g.class_ is not None and p.class_ is not None:
        if normalise_class(g.class_) != normalise_class(p.class_):
            return False
    return _crews_overlap(c.gold.crew(g.drivers), c.pred.crew(p.drivers))


def _gap_compatible(g: Gap, p: Gap, c: _Ctx) -> bool:
    return c.gold.surname(g.subject) == c.pred.surname(p.subject) and _same_measure(g, p)


def _quote_compatible(g: Quote, p: Quote, c: _Ctx) -> bool:
    return c.gold.surname(g.speaker) == c.pred.surname(p.speaker) and _quotes_start_alike(
        g.text, p.text
    )


def _crew_text(names: list[str]) -> str:
    return ", ".join(names) if names else "-"


def _car_detail(c: Car) -> str:
    parts = [f"#{c.number}" if c.number else None, c.model, c.team, c.class_]
    return " ".join(p for p in parts if p) + f" [{_crew_text(c.drivers)}]"


def _result_detail(r: Result) -> str:
    where = f"{r.session}/{r.scope}" + (f" {r.class_}" if r.class_ else "")
    car = f" #{r.car_number}" if r.car_number else ""
    return f"{where} P{r.position}{car} [{_crew_text(r.drivers)}]"


def _gap_detail(g: Gap) -> str:
    measure = f"{g.seconds:g} s" if g.seconds is not None else f"{g.laps} lap(s)"
    return f"{g.subject or '?'} +{measure} behind {g.reference or '?'}"


_KINDS: dict[str, _Kind] = {
    "drivers": _Kind(
        compatible=lambda g, p, c: surname_key(g.last_name) == surname_key(p.last_name),
        fields=_driver_fields,
        evidence=lambda d: d.name,
        detail=lambda d: f"last_name={d.last_name}" + (f", origin={d.origin}" if d.origin else ""),
    ),
    "cars": _Kind(
        compatible=_car_compatible,
        fields=_car_fields,
        evidence=lambda c: c.evidence.text if c.evidence else _car_detail(c),
        detail=_car_detail,
    ),
    "results": _Kind(
        compatible=_result_compatible,
        fields=_result_fields,
        evidence=lambda r: r.evidence.text,
        detail=_result_detail,
    ),
    "gaps": _Kind(
        compatible=_gap_compatible,
        fields=_gap_fields,
        evidence=lambda g: g.evidence.text,
        detail=_gap_detail,
    ),
    "quotes": _Kind(
        compatible=_quote_compatible,
        fields=_quote_fields,
        evidence=lambda q: q.text,
        detail=lambda q: f"speaker={q.speaker or '?'}, cue={q.cue or '-'}",
    ),
}

FIELDS: dict[str, tuple[str, ...]] = {
    "drivers": ("name", "origin"),
    "cars": ("number", "model", "team", "class", "drivers"),
    "results": ("car_number", "team", "class", "drivers"),
    "gaps": ("reference", "measure"),
    "quotes": ("speaker", "text", "cue"),
}
"""Fields compared on matched pairs, per record type (``measure`` = seconds or laps)."""


# --------------------------------------------------------------------------- matching


def match_records(
    gold: list[Any],
    pred: list[Any],
    compatible: Callable[[Any, Any], bool],
    agreement: Callable[[Any, Any], int],
) -> list[tuple[int, int]]:
    """One-to-one greedy matching: compatible pairs, most agreeing fields first.

    Returns ``(gold index, predicted index)`` pairs; ties go to the earlier records.
    """
    candidates = [
        (-agreement(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if compatible(g, p)
    ]
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class DocumentEvaluation:
    """Scores, field agreement and errors of one document."""

    scores: dict[str, Score]
    fields: dict[str, dict[str, FieldAccuracy]]
    misses: list[ErrorRecord]
    spurious: list[ErrorRecord]
    rules: dict[str, Score]


def evaluate_document(gold: Document, pred: Document, doc_id: str | None = None) -> DocumentEvaluation:
    """Compare one predicted Document with its gold Document."""
    doc_id = doc_id or gold.document.id
    gold_names = _Names(gold.drivers)
    ctx = _Ctx(gold=gold_names, pred=_Names(pred.drivers, fallback=gold_names))
    scores: dict[str, Score] = {}
    fields: dict[str, dict[str, FieldAccuracy]] = {}
    misses: list[ErrorRecord] = []
    spurious: list[ErrorRecord] = []
    rules: dict[str, Score] = {}

    for kind_name in RECORD_TYPES:
        kind = _KINDS[kind_name]
        g_recs: list[Any] = getattr(gold, kind_name)
        p_recs: list[Any] = getattr(pred, kind_name)

        def agreement(g: Any, p: Any, kind: _Kind = kind) -> int:
            return sum(1 for v in kind.fields(g, p, ctx).values() if v)

        pairs = match_records(
            g_recs, p_recs, lambda g, p, kind=kind: kind.compatible(g, p, ctx), agreement
        )
        score = Score(tp=len(pairs), fp=len(p_recs) - len(pairs), fn=len(g_recs) - len(pairs))
        scores[kind_name] = score
        acc = {name: FieldAccuracy() for name in FIELDS[kind_name]}
        for gi, pi in pairs:
            for name, same in kind.fields(g_recs[gi], p_recs[pi], ctx).items():
                if same is None:
                    continue
                acc[name].total += 1
                acc[name].correct += int(same)
        fields[kind_name] = acc
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for i, r in enumerate(p_recs):
            if r.rule:
                rule_score = rules.setdefault(f"{kind_name}:{r.rule}", Score())
                if i in matched_p:
                    rule_score.tp += 1
                else:
                    rule_score.fp += 1
        misses += [
            ErrorRecord(doc_id=doc_id, type=kind_name, kind="miss", evidence=kind.evidence(r),
                        detail=kind.detail(r), rule=r.rule)
            for i, r in enumerate(g_recs) if i not in matched_g
        ]
        spurious += [
            ErrorRecord(doc_id=doc_id, type=kind_name, kind="spurious", evidence=kind.evidence(r),
                        detail=kind.detail(r), rule=r.rule)
            for i, r in enumerate(p_recs) if i not in matched_p
        ]

    event_total = Score()
    for name in EVENT_FIELDS:
        g_val, p_val = getattr(gold.event, name), getattr(pred.event, name)
        score = Score()
        if g_val is not None and p_val is not None and normalise_value(g_val) == normalise_value(p_val):
            score.tp = 1
        else:
            if g_val is not None:
                score.fn = 1
                misses.append(ErrorRecord(doc_id=doc_id, type="event", kind="miss",
                                          evidence=f"{name}: {g_val}", detail=name))
            if p_val is not None:
                score.fp = 1
                spurious.append(ErrorRecord(doc_id=doc_id, type="event", kind="spurious",
                                            evidence=f"{name}: {p_val}", detail=name))
        scores[f"event.{name}"] = score
        event_total.add(score)
    scores["event"] = event_total
    return DocumentEvaluation(
        scores=scores, fields=fields, misses=misses, spurious=spurious, rules=rules
    )


# --------------------------------------------------------------------------- corpus level


def _score_keys() -> list[str]:
    return [*RECORD_TYPES, "event", *(f"event.{n}" for n in EVENT_FIELDS), "all"]


def score_documents(
    pairs: Iterable[tuple[Document, Document]], split: str | None = None
) -> EvaluationReport:
    """Micro-averaged report over ``(gold, predicted)`` document pairs."""
    totals = {k: Score() for k in _score_keys()}
    fields = {t: {f: FieldAccuracy() for f in FIELDS[t]} for t in RECORD_TYPES}
    report = EvaluationReport(split=split, doc_ids=[], scores=totals, fields=fields)
    for gold, pred in pairs:
        doc_id = gold.document.id
        result = evaluate_document(gold, pred, doc_id)
        report.doc_ids.append(doc_id)
        for key, score in result.scores.items():
            totals[key].add(score)
        for key in (*RECORD_TYPES, "event"):
            totals["all"].add(result.scores[key])
        for t, accs in result.fields.items():
            for f, acc in accs.items():
                fields[t][f].correct += acc.correct
                fields[t][f].total += acc.total
        report.misses += result.misses
        report.spurious += result.spurious
        for rule, score in result.rules.items():
            report.rules.setdefault(rule, Score()).add(score)
        report.documents.append(DocumentScore(doc_id=doc_id, scores=result.scores))
    return report


def read_predictions(path: Path | str) -> dict[str, Document]:
    """Read a JSONL file of Documents (as ``rennbericht extract`` writes it), keyed by id."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"predictions file {path} does not exist")
    docs: dict[str, Document] = {}
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                doc = Document.model_validate_json(line)
            except ValidationError as err:
                first = err.errors()[0]
                loc = ".".join(str(x) for x in first["loc"])
                raise InputError(
                    f"{path}:{lineno}: not a Document ({loc}: {first['msg']}); "
                    "expected one JSON Document per line as written by `rennbericht extract`"
                ) from err
            if doc.document.id in docs:
                raise InputError(f"{path}:{lineno}: document id {doc.document.id!r} occurs twice")
            docs[doc.document.id] = doc
    return docs


def _read_text(path: Path) -> str:
    """The release text, through ``pipeline.reading.read_text`` when that module exists."""
    try:
        reading = importlib.import_module("pipeline.reading")
    except ModuleNotFoundError as err:
        if err.name != "pipeline.reading":
            raise
        reading = None
    if reading is not None and hasattr(reading, "read_text"):
        return reading.read_text(path)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read text {path} as UTF-8: {err}") from err


def select_ids(gold_dir: Path, split: str | None = None, ids: Iterable[str] | None = None) -> list[str]:
    """The document ids to score: a split of ``<gold_dir>/../splits.json``, given ids, or all gold."""
    available = sorted(p.stem for p in gold_dir.glob("*.json"))
    if split is not None:
        splits = load_splits(gold_dir.parent)
        if split not in splits:
            known = ", ".join(sorted(splits)) or "none"
            raise RennberichtError(
                f"unknown split {split!r}: {gold_dir.parent / 'splits.json'} has {known}"
            )
        chosen = list(splits[split])
        if ids is not None:
            wanted = set(ids)
            chosen = [i for i in chosen if i in wanted]
    elif ids is not None:
        chosen = list(ids)
    else:
        chosen = available
    missing = [i for i in chosen if i not in set(available)]
    if missing:
        raise InputError(f"no gold file in {gold_dir} for: {', '.join(missing)}")
    return chosen


def evaluate(
    gold_dir: Path | str = CORPUS_DIR / "gold",
    texts_dir: Path | str = CORPUS_DIR / "texts",
    split: str | None = None,
    predictions: Mapping[str, Document] | None = None,
    ids: Iterable[str] | None = None,
    model: str | None = None,
) -> EvaluationReport:
    """Score predictions against the gold corpus (see the module docstring for the rules).

    Without ``predictions`` the texts are run through ``pipeline.api.extract_many``
    (with ``model``). Gold ids absent from ``predictions`` are scored as empty
    Documents and listed in ``missing_predictions``.
    """
    gold_dir, texts_dir = Path(gold_dir), Path(texts_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold directory {gold_dir} does not exist")
    doc_ids = select_ids(gold_dir, split, ids)
    golds: list[Document] = []
    for doc_id in doc_ids:
        try:
            golds.append(load_gold(gold_dir / f"{doc_id}.json"))
        except ValidationError as err:
            raise InputError(f"gold file {gold_dir / f'{doc_id}.json'} is invalid: {err}") from err
        except ValueError as err:  # malformed JSON
            raise InputError(f"gold file {gold_dir / f'{doc_id}.json'} is invalid: {err}") from err

    missing: list[str] = []
    if predictions is None:
        from pipeline.api import extract_many

        if not texts_dir.is_dir():
            raise InputError(f"texts directory {texts_dir} does not exist")
        texts = []
        for doc_id in doc_ids:
            path = texts_dir / f"{doc_id}.txt"
            if not path.is_file():
                raise InputError(f"no text {path} for gold document {doc_id!r}")
            texts.append((doc_id, _read_text(path)))
        preds = list(extract_many(texts, model=model))
    else:
        preds = []
        for doc_id in doc_ids:
            doc = predictions.get(doc_id)
            if doc is None:
                missing.append(doc_id)
                doc = Document.model_validate({"document": {"id": doc_id}})
            preds.append(doc)

    report = score_documents(zip(golds, preds, strict=True), split=split)
    report.doc_ids = doc_ids
    report.missing_predictions = missing
    return report


# --------------------------------------------------------------------------- rendering


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def render_report(report: EvaluationReport, errors: int = 10) -> list[Any]:
    """Rich renderables of a report: P/R/F1 table, field accuracy, errors, worst documents."""
    from rich.table import Table
    from rich.text import Text

    title = f"rennbericht evaluation — {report.split or 'all'} ({len(report.doc_ids)} documents)"
    scores = Table(title=title)
    for col in ("type", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1"):
        scores.add_column(col, justify="left" if col == "type" else "right")
    for key, s in report.scores.items():
        if key == "all":
            scores.add_section()
        style = "dim" if key.startswith("event.") else None
        scores.add_row(
            key, str(s.tp + s.fn), str(s.tp + s.fp), str(s.tp), str(s.fp), str(s.fn),
            _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), style=style,
        )
    out: list[Any] = [scores]

    acc = Table(title="field accuracy on matched pairs")
    for col in ("type", "field", "correct", "compared", "accuracy"):
        acc.add_column(col, justify="left" if col in ("type", "field") else "right")
    for t, accs in report.fields.items():
        for f, a in accs.items():
            if a.total:  # fields never compared (no matched pair gives them) are left out
                acc.add_row(t, f, str(a.correct), str(a.total), _fmt(a.accuracy))
    if acc.row_count:
        out.append(acc)

    if report.rules:
        rules = Table(title="predictions per rule id (FP = spurious)")
        for col in ("rule", "TP", "FP", "P"):
            rules.add_column(col, justify="left" if col == "rule" else "right")
        for rule, s in sorted(report.rules.items(), key=lambda kv: (-kv[1].fp, kv[0])):
            rules.add_row(rule, str(s.tp), str(s.fp), _fmt(s.precision))
        out.append(rules)

    for label, records in (("misses (gold, not found)", report.misses),
                           ("spurious (found, not in gold)", report.spurious)):
        if not records or errors <= 0:
            continue
        table = Table(title=f"{label}: first {errors} per type")
        for col in ("type", "document", "evidence", "detail", "rule"):
            table.add_column(col, overflow="fold")
        shown: dict[str, int] = {}
        for r in records:
            if shown.get(r.type, 0) >= errors:
                continue
            shown[r.type] = shown.get(r.type, 0) + 1
            table.add_row(r.type, r.doc_id, r.evidence, r.detail, r.rule or "")
        out.append(table)

    worst = sorted(report.documents, key=lambda d: (-d.errors, d.doc_id))
    if worst:
        docs = Table(title="documents by errors (FP+FN)")
        for col in ("document", "errors", *RECORD_TYPES, "event"):
            docs.add_column(col, justify="left" if col == "document" else "right")
        for d in worst:
            docs.add_row(
                d.doc_id, str(d.errors),
                *(f"{d.scores[k].tp}/{d.scores[k].fp}/{d.scores[k].fn}"
                  for k in (*RECORD_TYPES, "event")),
            )
        out.append(docs)
        out.append(Text("cells: TP/FP/FN", style="dim"))
    if report.missing_predictions:
        out.append(Text("no prediction for: " + ", ".join(report.missing_predictions),
                        style="yellow"))
    return out
