"""Review pages: the release with every extracted fact highlighted (displaCy span style)."""

from __future__ import annotations

import spacy
from spacy import displacy

from pipeline.records import Document

COLORS = {"DRIVER": "#aed6f1", "RESULT": "#abebc6", "GAP": "#f9e79f", "QUOTE": "#f5cba7"}


def review_html(text: str, doc: Document) -> str:
    """An HTML page of ``text`` with drivers, results, gaps and quotes marked; labels say what was read."""
    tokens_doc = spacy.blank("de").make_doc(text)
    spans = []

    def add(start: int, end: int, label: str) -> None:
        span = tokens_doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append({"start_token": span.start, "end_token": span.end, "label": label})

    for d in doc.drivers:
        for m in d.mentions:
            add(m.start, m.end, "DRIVER")
    for r in doc.results:
        cls = f" {r.class_}" if r.class_ else ""
        add(r.evidence.start, r.evidence.end, f"RESULT {r.session} {r.scope}{cls} P{r.position}")
    for g in doc.gaps:
        value = f"{g.seconds} s" if g.seconds is not None else f"{g.laps} laps"
        add(g.evidence.start, g.evidence.end, f"GAP {value}")
    for q in doc.quotes:
        add(q.start, q.end, f"QUOTE {q.speaker or '?'}")
    data = {"text": text, "spans": spans, "tokens": [t.text for t in tokens_doc], "title": doc.document.id}
    colors = {}
    for s in spans:
        colors[s["label"]] = COLORS.get(s["label"].split()[0], "#ddd")
    return displacy.render(data, style="span", manual=True, page=True, options={"colors": colors})
