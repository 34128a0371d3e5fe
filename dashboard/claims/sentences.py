"""Sentences with their offsets in the article, and datelines.

Paragraphs are separated by blank lines. A single line break ends a sentence when the line
before is short (bylines, headings, lists) or the next line is indented or a bullet; longer
lines are treated as soft-wrapped prose. Inside a paragraph a sentence ends at . ! or ? (and
any closing quote or bracket) followed by space and a capital, digit or opening quote,
unless the word before the stop is a known abbreviation (U.S., Feb., Mr.).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from dashboard.claims.timewords import MONTHS, date_near
from dashboard.domain import Claim

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "vs",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "jr",
        "sr",
        "approx",
        "est",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "etc",
        "fig",
    ]
)
_STOP = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_LINE = re.compile(r"\n")
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SHORT_LINE = 60
MAX_SENTENCE = 2_000  # characters; real sentences are far shorter
DATELINE_RE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z .'’-]{1,40}|[A-Z][A-Z .'’-]{1,40}),\s+(?:(?P<month>[A-Z][a-z]{2,8})\.?"
    r"\s+(?P<day>\d{1,2})|(?P<day_first>\d{1,2})\s+(?P<month_after>[A-Z][a-z]{2,8})\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?\s+(?:\((?:Reuters|Bloomberg|AP|AFP|Dow\s+Jones"
    r"|Interfax|TASS|RIA)\)\s*)?[-–—]+",
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: where it starts and ends in the article, and its paragraph."""

    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> Iterator[Sentence]:
    """Every non-blank sentence of ``text``, in order, with exact offsets."""
    for number, (p_start, p_end) in enumerate(_spans(text, _PARAGRAPH, 0, len(text))):
        for l_start, l_end in _lines(text, p_start, p_end):
            for s_start, s_end in _sentences(text, l_start, l_end):
                for start, end in _pieces(text, *_trim(text, s_start, s_end)):
                    yield Sentence(start, end, number)


def _spans(text: str, pattern: re.Pattern[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for match in pattern.finditer(text, start, end):
        yield position, match.start()
        position = match.end()
    yield position, end


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Hard lines of a paragraph, with soft-wrapped long lines joined back together."""
    block = start
    for l_start, l_end in _spans(text, _LINE, start, end):
        if l_end >= end:
            break
        following = text[l_end + 1 : l_end + 3]
        listed = following[:1].isspace() or following[:1] in "•-*"
        if listed or (l_end - l_start < _SHORT_LINE and not _runs_on(text, l_start, l_end)):
            yield block, l_end
            block = l_end + 1
    yield block, end


# a line that ends like this, or a next line that starts like this, is mid-sentence
_OPEN_END = re.compile(
    r"(?:[,;(]|\b(?:the|a|an|and|or|but|of|to|in|on|at|by|with|as|its|their|from|for|while|"
    r"after|before|than|was|were|is|are|had|has|have|said|up|down|per|against|versus))\s*$"
)
_CONTINUATION = re.compile(r"\s*[a-z0-9$€£¥%(]")


def _runs_on(text: str, start: int, end: int) -> bool:
    """A short line that is wrapped prose, not a heading or a byline: it stops mid-phrase or
    the next line carries on in lower case or with a figure."""
    if _OPEN_END.search(text, max(start, end - 12), end):
        return True
    return _CONTINUATION.match(text, end + 1) is not None


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for match in _STOP.finditer(text, start, end):
        word = re.search(
            r"([A-Za-z.]+)[.!?]*$", text[max(start, match.start() - 12) : match.start() + 1]
        )
        before = (word.group(1) if word else "").lower().strip(".")
        if text[match.start()] == "." and (before in ABBREVIATIONS or len(before) == 1):
            continue
        stop = match.start() + len(match.group(0).rstrip())
        yield position, stop
        position = match.end()
    yield position, end


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A run-on "sentence" longer than ``MAX_SENTENCE`` (no stops at all: a table, a dump)
    is cut at spaces, so no sentence costs more than a bounded amount of work."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        piece_start, piece_end = _trim(text, start, cut)
        if piece_start < piece_end:
            yield piece_start, piece_end
        start, end = _trim(text, cut, end)
    if start < end:
        yield start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero widths
_UNEVEN_SPACE = re.compile("[" + "".join(sorted(_INVISIBLE)) + r"]|(?! )\s|\s{2,}")


# "Japan's benchmark 10-year bond yield": the country's own name for the tenor, with the word
# that would otherwise name its stock index ("Japan's benchmark") dropped before it is read
_BENCHMARK_TENOR = re.compile(
    r"(?<=['’]s )benchmark (?=(?:\d{1,2}|two|three|five|seven|ten|thirty)[- ]year\b)", re.I
)


# Newswire shorthand spelled out as the rules read it ("30-yr gilt yield", "a 34-yr low",
# "yr-to-date", "natgas"); each new character maps back to the one it stands for
_SHORTHAND = re.compile(
    r"(?<=\d)-yrs?\b|(?<=\d )yrs?\b|\byr-to-date\b|\bYTD\b|\bnatgas\b", re.IGNORECASE
)


def _spelled_out(word: str) -> str:
    low = word.lower()
    if low.startswith("-yr"):
        return "-year"
    if low in ("yr", "yrs"):
        return "years" if low == "yrs" else "year"
    return "natural gas" if low == "natgas" else "year-to-date"


def expanded(text: str, where: list[int] | None) -> tuple[str, list[int] | None]:
    """The text with newswire shorthand spelled out, and where each character sits in the body."""
    if _SHORTHAND.search(text) is None:
        return text, where
    base = where if where is not None else list(range(len(text) + 1))
    chars: list[str] = []
    out: list[int] = []
    last = 0
    for m in _SHORTHAND.finditer(text):
        chars.extend(text[last : m.start()])
        out.extend(base[last : m.start()])
        word, span = _spelled_out(m.group(0)), m.end() - m.start()
        chars.extend(word)
        out.extend(base[m.start() + min(k, span - 1)] for k in range(len(word)))
        last = m.end()
    chars.extend(text[last:])
    out.extend(base[last:])
    return "".join(chars), out


def squeeze(body: str) -> tuple[str, list[int] | None]:
    """The sentence as the rules read it (spaces evened, instrument codes dropped, shorthand
    spelled out), and where each of its characters sits in ``body`` (None: nothing changed)."""
    text, where = _squeezed(body)
    return expanded(*_without_codes(text, where))


# A wire service's instrument code set after a name: "the Nikkei average .N225", "spot gold
# XAU=", "Brent futures LCOc1", "the dollar index =USD", "<.SPX>", "(US10YT=RR)". It names
# nothing the words do not, so it is read as if absent (the span still lies in the article).
_CODE = re.compile(
    r" [<(]?(?:\.[A-Z][A-Z0-9]{1,14}|[A-Z]{2,9}[0-9]{0,2}[A-Z]{0,2}=[A-Z]{0,5}|=[A-Z]{2,5}"
    r"|[A-Z]{1,6}c[1-9]|0#[A-Z0-9.=:]{1,16})[>)]?(?=[\s,;:)]|\.(?!\w)|$)"
)


def _without_codes(text: str, where: list[int] | None) -> tuple[str, list[int] | None]:
    if "=" not in text and " ." not in text and "c1" not in text and "<" not in text:
        return text, where  # no code can be in it
    found = list(_CODE.finditer(text))
    if not found:
        return text, where
    base = where if where is not None else list(range(len(text) + 1))
    dropped = {i for m in found for i in range(m.start(), m.end())}
    kept = [i for i in range(len(text)) if i not in dropped]
    return "".join(text[i] for i in kept), [base[i] for i in kept] + [base[len(text)]]


def _squeezed(body: str) -> tuple[str, list[int] | None]:
    """A sentence with each run of whitespace (line breaks, tabs, no-break spaces) made one
    plain space, invisible characters (soft hyphens, zero-width spaces) dropped and "benchmark"
    dropped between a country and its bond tenor, as the rules expect, and where each character
    of it sits in ``body`` (None: nothing changed)."""
    tenor = "enchmark" in body and _BENCHMARK_TENOR.search(body) is not None
    if body.isprintable() and "  " not in body and not tenor:
        return body, None  # no break, tab, odd space or invisible one (all are unprintable)
    if _UNEVEN_SPACE.search(body) is None and not tenor:
        return body, None
    dropped = {i for m in _BENCHMARK_TENOR.finditer(body) for i in range(m.start(), m.end())}
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(body):
        if char in _INVISIBLE or index in dropped:
            continue
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        where.append(index)
    where.append(len(body))
    return "".join(chars), where


def shifted(claim: Claim, offset: int, text: str, where: list[int] | None) -> Claim:
    """The claim's span in the article (``where`` maps a squeezed sentence back to it)."""
    first, last = (
        (claim.start, claim.end) if where is None else unsqueezed(claim.start, claim.end, where)
    )
    start, end = first + offset, last + offset
    if start == claim.start and end == claim.end and text[start:end] == claim.text:
        return claim  # already where the article has it (a frozen value: no copy needed)
    return replace(claim, start=start, end=end, text=text[start:end])


def unsqueezed(start: int, end: int, where: list[int]) -> tuple[int, int]:
    """Where the stretch ``start:end`` of a squeezed or rewritten sentence sits in the text
    ``where`` maps it to (a rewrite may move words: the whole stretch is taken)."""
    if end <= start:
        return where[start], where[start]
    placed = where[start:end]
    return min(placed), max(placed) + 1


def dateline_date(sentence: str, published: date) -> date | None:
    """The date in a wire dateline ("MOSCOW, Feb 25 (Reuters) -"), if the sentence opens with one."""
    found = DATELINE_RE.match(sentence)
    if not found:
        return None
    month = MONTHS.get((found.group("month") or found.group("month_after")).lower()[:3])
    if month is None:
        return None
    year = int(found.group("year")) if found.group("year") else None
    day = int(found.group("day") or found.group("day_first"))  # "Feb 28" or "28 February"
    return date_near(published, month, day, year)


_CLAUSE_MARK = re.compile(r"[;:(]|,(?!\d)")  # a comma inside a figure ("$2,450") closes nothing


def clause_start(s: str, at: int, low: int = 0) -> int:
    """Where the comma-, semicolon- or bracket-bounded stretch holding ``at`` begins (not
    before ``low``)."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(s, low, at)]
    return marks[-1] if marks else low


_TRANSITION = re.compile(
    r"(?:(?:meanwhile|elsewhere(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?|separately"
    r"|still|however|also|overall|moreover|likewise|similarly|nonetheless|nevertheless|indeed"
    r"|in\s+(?:other\s+markets|addition|contrast)|by\s+contrast|at\s+the\s+same\s+time"
    r"|on\s+the\s+other\s+hand),\s+|(?:but|and|yet)\s+)(?=\S)",
    re.IGNORECASE,
)


def without_transition(body: str, where: list[int] | None) -> tuple[str, list[int] | None]:
    """A sentence opened by a transition ("Meanwhile,", "Elsewhere in Asia,", "But") read from
    the word after it, capitalised, so that fronted phrases ("Against the euro, ...") are still
    at the start; ``where`` maps each character back to ``body``."""
    found = _TRANSITION.match(body)
    if found is None or found.end() >= len(body):
        return body, where
    rest = body[found.end() :]
    mapped = list(range(len(body) + 1)) if where is None else where
    return rest[0].upper() + rest[1:], mapped[found.end() :]
