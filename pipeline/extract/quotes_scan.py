"""Finding quoted stretches: „…“, “…”, "…", »…«, «…», ‚…‘ with nesting, unbalanced marks and
quotes continued into the next paragraph (German convention: the paragraph ends without a
closing mark and the next one opens again)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> closing marks it accepts
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("“", "”"),
    "“": ("”",),
    "”": ("”", "“"),  # typed with the closing mark on both sides: ”…”
    '"': ('"', "“", "”"),
    "»": ("«",),
    "«": ("»",),
    "‚": ("‘", "’"),
}
_NESTED_OPEN = {"‚": ("‘", "’"), "‘": ("’",), "»": ("«",), "„": ("“",), "'": ("'",)}
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class QuoteRegion:
    """A quoted stretch. ``start``/``end`` delimit the content (without marks)."""

    open: int
    close: int  # index of the closing mark, or of the paragraph end when unclosed
    start: int
    end: int
    mark: str
    closed: bool
    continues: bool = False  # unclosed, and the next paragraph opens a quote again

    text_hint: str = ""

    @property
    def words(self) -> int:
        return len(self.text_hint.split())


def _paragraph_end(text: str, pos: int) -> int:
    m = _PARAGRAPH_END.search(text, pos)
    return m.start() if m else len(text)


def _opens_here(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in PAIRS:
        return False
    nxt = text[i + 1] if i + 1 < len(text) else ""
    prev = text[i - 1] if i > 0 else " "
    if not nxt or nxt.isspace():
        return False
    if ch in {'"', "“", "«", "»"} and prev.isalnum() and ch != "»":
        return False  # a closing mark glued to a word, not an opening one
    if ch == "”" and not (prev.isspace() or prev in "(:"):
        return False  # the usual closing mark opens only after a space: „… ”Ich werde …”
    if ch == "‚" and not (prev.isspace() or prev in "(„“\"»«"):
        return False  # a low comma-like mark inside a word
    return True


def find_quote_regions(text: str) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    i = 0
    n = len(text)
    while i < n:
        if not _opens_here(text, i):
            i += 1
            continue
        mark = text[i]
        closers = PAIRS[mark]
        limit = _paragraph_end(text, i)
        j = i + 1
        nested: list[tuple[str, ...]] = []
        close_at = -1
        while j < limit:
            ch = text[j]
            if nested and ch in nested[-1]:
                nested.pop()
            elif ch in closers and not (mark == '"' and j + 1 < n and text[j + 1].isalnum() and text[j - 1].isspace()):
                close_at = j
                break
            elif ch in _NESTED_OPEN and ch not in closers and ch != mark and (text[j - 1].isspace() or text[j - 1] in "(„“\"»«"):
                if ch != "'":
                    nested.append(_NESTED_OPEN[ch])
            j += 1
        if close_at < 0 and mark == "„":
            # typed by hand: „…" or „…„ — a straight or low mark glued to the end of a word closes it
            for k in range(i + 1, limit):
                if text[k] in {'"', "„"} and not text[k - 1].isspace() and (k + 1 >= n or not text[k + 1].isalnum()):
                    close_at = k
                    break
        if close_at < 0 and mark == "“":
            # German marks with the opening one typed as the closing one: “Wir sind überglücklich“, sagte X
            for k in range(i + 1, limit):
                if text[k] == "“" and not text[k - 1].isspace() and (k + 1 >= n or not text[k + 1].isalnum()):
                    close_at = k
                    break
        if close_at >= 0:
            content = text[i + 1 : close_at]
            regions.append(
                QuoteRegion(open=i, close=close_at, start=i + 1, end=close_at, mark=mark, closed=True, text_hint=content)
            )
            i = close_at + 1
            continue
        # unclosed within the paragraph: the quote ends with the paragraph, never later
        end = limit
        while end > i + 1 and text[end - 1].isspace():
            end -= 1
        nxt = _PARAGRAPH_END.match(text, limit)
        after = text[nxt.end() :] if nxt else ""
        continues = bool(after.lstrip(" \t")[:1] == mark)
        content = text[i + 1 : end]
        if content.strip():
            regions.append(
                QuoteRegion(
                    open=i, close=end, start=i + 1, end=end, mark=mark, closed=False, continues=continues, text_hint=content
                )
            )
        i = max(limit, i + 1)
    return regions
