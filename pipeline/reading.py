"""Reading inputs: files, directories, stdin; encodings; normalisation with an offset map.

The pipeline works on a normalised copy of the text (NFC, soft hyphens removed,
non-breaking spaces as spaces, PDF line-end hyphenation joined, flattened result
table rows given back their cell spaces and rank periods). Every offset
the pipeline reports is mapped back to the *original* text, so evidence spans
point into the input exactly as the user gave it.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
_SPACES = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a"}
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}
_HYPHEN_BREAK = re.compile(r"(?<=[a-zäöüß])-\n(?=[a-zäöüß])")


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text and, for each of its characters, the offset in the original."""

    original: str
    text: str
    to_original: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original text."""
        if start >= len(self.text):
            o = len(self.original)
            return o, o
        o_start = self.to_original[start]
        o_end = self.to_original[end - 1] + 1 if end > start else o_start
        return o_start, o_end


# marks typed for quotation marks: the double prime (″…″) and the reversed double mark (‟) read as '"'
_QUOTE_LIKE = {"\u2033": '"', "\u201f": '"'}


# a bullet (not a dash: "- 1. Runde: ..." opens the lines of a lap ticker) before a list line's rank
_BULLET_RANK = re.compile(r"^([ \t]*)[•·▪■►▶‣◦](?=[ \t]*\d{1,2}[ \t]*[.)][ \t])", re.M)


def normalize(original: str) -> NormalizedText:
    """NFC, drop soft hyphens and zero-width marks, NBSP -> space, CRLF -> LF, quote-like primes -> '"', join
    line-end hyphenation."""
    chars: list[str] = []
    index: list[int] = []
    # NFC per character cluster: normalise base + combining marks together so offsets stay exact.
    i = 0
    n = len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        cluster = original[i:j]
        if cluster in _DROP:
            i = j
            continue
        if cluster == "\r":
            if j < n and original[j] == "\n":
                i = j
                continue
            cluster = "\n"
        if cluster in _SPACES:
            cluster = " "
        cluster = _QUOTE_LIKE.get(cluster, cluster)
        normalised = unicodedata.normalize("NFC", cluster) if j - i > 1 else cluster
        for ch in normalised:
            chars.append(ch)
            index.append(i)
        i = j
    text = "".join(chars)
    # PDF hyphenation: "Rennwo-\nchenende" -> "Rennwochenende" (only before a lowercase fragment).
    if "-\n" in text:
        keep = [True] * len(text)
        for m in _HYPHEN_BREAK.finditer(text):
            keep[m.start()] = keep[m.start() + 1] = False
        text = "".join(c for c, k in zip(text, keep) if k)
        index = [x for x, k in zip(index, keep) if k]
    if _BULLET_RANK.search(text):
        # "• 4. Lea Horvat (HR) +9,114 Sek.": a bullet before a list line's rank is a space (one character for one)
        text = _BULLET_RANK.sub(lambda m: m.group(1) + " ", text)
    if _GLUED_ROW.search(text) or _BARE_RANK.search(text):
        text, index = _insert(text, index, _table_row_inserts(text))
    if _BARE_RUN_ITEM.search(text):
        text, index = _insert(text, index, _bare_run_inserts(text))
    return NormalizedText(original=original, text=text, to_original=tuple(index))


# A table's name column flattened into one line: "1 Michael Schumacher 2 Rubens Barrichello 3 Jarno Trulli 4 ...".
# Four or more ranks from 1 in steps of one, each before a capitalised name and with no lowercase word but a name
# particle between them, get their period and a comma before them: "1. Michael Schumacher, 2. Rubens Barrichello".
_BARE_RUN_ITEM = re.compile(r"(?:^|(?<=[ \t]))(\d{1,2})[ \t]+(?=[A-ZÄÖÜÀ-Ý][\wÀ-ÿ'’.-])", re.M)
_RUN_FILLER = re.compile(r"[ \t]*(?:(?:[A-ZÄÖÜÀ-Ý][\wÀ-ÿ'’.-]*|van|von|de|der|den|da|di|du|le|la|dos|del)[ \t]+)+")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of a text, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _bare_run_inserts(text: str) -> list[tuple[int, str]]:
    inserts: list[tuple[int, str]] = []
    for start, end in line_spans(text):
        items = list(_BARE_RUN_ITEM.finditer(text, start, end))
        run: list[re.Match[str]] = []
        for m in items + [None]:
            if m is not None and run and int(m.group(1)) == int(run[-1].group(1)) + 1 and _RUN_FILLER.fullmatch(text, run[-1].end(), m.start()):
                run.append(m)
                continue
            if len(run) >= 4 and int(run[0].group(1)) == 1:
                for k, r in enumerate(run):
                    if k:
                        inserts.append((r.start(1) - 1, ","))
                    inserts.append((r.end(1), "."))
            run = [m] if m is not None and int(m.group(1)) == 1 else []
    return inserts


# Result tables flattened by a web page's text export lose the space between their cells:
# "2.Barrichello/Angelelli/R. TaylorChevrolet Corvette DP+26.166", "1.Andrey KarginovKamaz46:33:36".
# A row is recognised by its rank glued to a capital; inside such rows a space goes back between the rank and
# the name, between a lowercase letter and a capitalised word, after a closing parenthesis, before a "+" gap or a
# race time and before a status word. Name prefixes that are written closed up ("McNish", "MacDowell",
# "DeFrancesco") keep their capital.
_GLUED_ROW = re.compile(r"^[ \t]*\d{1,3}\.(?=[A-ZÄÖÜÀ-Ý][\wÀ-ÿ.])", re.M)
_NAME_PREFIXES = "Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O"  # written closed up: "McNish", "MacDowell", "DeFrancesco"
_CELL_BREAK = re.compile(
    r"^[ \t]*\d{1,3}\.(?=[A-ZÄÖÜÀ-Ý])"  # the rank
    rf"|(?<![A-Za-zÀ-ÿ])(?:{_NAME_PREFIXES})(?=[A-ZÄÖÜ])"  # a closed-up name prefix: no break
    r"|[a-zäöüßà-ÿ](?=[A-ZÄÖÜÀ-Ý][a-zäöüßà-ÿ]|[A-Z]+(?:-|\b|(?=\d)))"  # "TaylorChevrolet", "ViazovichMAZ", "JensenG-Drive"
    r"|\b[A-Z]\.(?=[A-ZÄÖÜ][a-zäöü])"  # "C.Miller"
    r"|\)(?=[^\s,;.)])"  # "(CH)Chevrolet"
    r"|[^\s+](?=\+\s?\d)"  # "DP+26.166"
    r"|[A-Za-zäöüß](?=\d{1,3}:\d\d|\d{1,4}[ \t]*$)"  # "Kamaz46:33:36", points at the row's end: "Techeetah158"
    r"|(?<=#)\d{1,3}(?=(?:DNF|DNS|DSQ|NC)\b)",  # "#4DNF"
    re.M,
)
_NO_BREAK = re.compile(f"(?:{_NAME_PREFIXES})")


def _table_row_inserts(text: str) -> list[tuple[int, str]]:
    """What goes back into the rows of a flattened result table: the rank's period where it was lost
    (_BARE_RANK) and the spaces between the cells (_GLUED_ROW, _CELL_BREAK)."""
    inserts = _bare_rank_dots(text)
    rows = {m.start() for m in _GLUED_ROW.finditer(text)} | {text.rfind("\n", 0, at) + 1 for at, _ in inserts}
    for start in sorted(rows):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        for m in _CELL_BREAK.finditer(text, start, line_end):
            if not _NO_BREAK.fullmatch(m.group(0)):
                inserts.append((m.end(), " "))
    return inserts


# A table whose ranks lost their period ("1 Vandoorne (MER)", "2 De Vries (MER) +1.340", "1Antonio Felix da
# CostaDS Techeetah158"): three or more lines in a row (blank or other lines of at most two between) that open
# with rising numbers before a capital. The period (and a space) goes back after each rank.
_BARE_RANK = re.compile(r"^[ \t]*(\d{1,2})(?:[ \t]+)?(?=[A-ZÄÖÜÀ-Ý][\wÀ-ÿ'’.-])", re.M)


_TWO_LOWER_WORDS = re.compile(r"\b[a-zäöüß]{2,}\s+[a-zäöüß]{2,}\b")
_DOTS_LINE = re.compile(r"\n[ \t]*[.…]{3,}[ \t]*\n")


def _bare_rank_dots(text: str) -> list[tuple[int, str]]:
    found = []
    for m in _BARE_RANK.finditer(text):
        line_end = text.find("\n", m.end())
        if not _TWO_LOWER_WORDS.search(text[m.end() : line_end if line_end >= 0 else len(text)]):
            found.append(m)  # (a row of cells, not a sentence: "1 Runde vor Schluss fiel Rast aus")
    runs: list[list[re.Match[str]]] = []
    for m in found:
        last = runs[-1][-1] if runs else None
        between = text[last.end() : m.start()] if last is not None else ""
        step = int(m.group(1)) - int(last.group(1)) if last is not None else 0
        # the next rank, or a later one after a line of dots that leaves rows out ("5 ...", "............", "8 ...")
        if last is not None and between.count("\n") <= 3 and (step == 1 or (step > 1 and _DOTS_LINE.search(between))):
            runs[-1].append(m)
        else:
            runs.append([m])
    inserts: list[tuple[int, str]] = []
    for run in runs:
        if len(run) >= 3 and int(run[0].group(1)) <= 3:
            for m in run:
                inserts.append((m.end(1), "." if m.end() > m.end(1) else ". "))
    return inserts


def _insert(text: str, index: list[int], inserts: list[tuple[int, str]]) -> tuple[str, list[int]]:
    """Insert strings at offsets of the normalised text; an inserted character maps to the original offset of the
    character after it."""
    if not inserts:
        return text, index
    chars: list[str] = []
    new_index: list[int] = []
    last = 0
    for at, piece in sorted(set(inserts)):
        chars.append(text[last:at])
        new_index.extend(index[last:at])
        chars.append(piece)
        new_index.extend([index[at] if at < len(index) else (index[-1] + 1 if index else 0)] * len(piece))
        last = at
    chars.append(text[last:])
    new_index.extend(index[last:])
    return "".join(chars), new_index


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a release: UTF-8 first, then cp1252. Binary, empty and undecodable input is an error."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: looks binary (NUL bytes), not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as err:
            raise InputError(
                f"{name}: neither UTF-8 nor cp1252 (byte {err.start}); re-save it as UTF-8"
            ) from err
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise InputError(f"{name}: looks binary ({controls} control characters), not a text file")
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text


def read_text(path: str | Path) -> str:
    """Read one release file (UTF-8 or cp1252) as text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    return decode_bytes(data, str(path))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Source:
    """One input to extract: its id, where it came from, and its text (or the error reading it)."""

    id: str
    source: str
    text: str | None = None
    error: str | None = None


def iter_sources(paths: Iterable[str | Path], stdin_id: str = "stdin") -> Iterator[Source]:
    """Expand files, directories (recursive, *.txt and *.md) and '-' (stdin) into sources.

    A source that cannot be read carries ``error`` instead of text, so a batch goes on.
    """
    for raw in paths:
        if str(raw) == "-":
            data = sys.stdin.buffer.read()
            try:
                yield Source(stdin_id, "-", text=decode_bytes(data, "<stdin>"))
            except InputError as err:
                yield Source(stdin_id, "-", error=str(err))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.exists():
            files = [path]
        else:
            yield Source(path.stem or str(path), str(path), error=f"{path}: no such file or directory")
            continue
        for f in files:
            try:
                yield Source(f.stem, str(f), text=read_text(f))
            except InputError as err:
                yield Source(f.stem, str(f), error=str(err))
