"""One phrase shared by two markets named together ("Brent and WTI", "the yen and the yuan").

A pair of prices after a shared verb ("fell to $1.2010 and $1.0480", "closed at 38,487.90 and
2,675.30") gives each market its own price, in the order the markets were named, whether or
not the sentence says "respectively" (``paired_levels``); an all-time record phrase after the
pair ("record lows against the dollar", "their weakest levels on record") is a record for each
of them (``paired_records``). A result clause whose object is both markets ("leaving them down
4% and 3.5% for the week", "leaving both up about 2% this week") is a window move for each
(``paired_windows``)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim, Direction, Measure

_NUMBER = r"\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "$1.2010 and $1.0480", "38,487.90 and 2,675.30": two prices joined by "and"
_PRICE_PAIR = re.compile(_NUMBER + r"\s+and\s+" + _NUMBER + r"(?!\s*(?:%|percent|basis|bp))")
# "record lows", "their weakest levels on record", "both record closing highs"
_ALL_TIME = re.compile(
    r"\brecord\s+(?:closing\s+)?(?P<a>highs|lows|peaks)\b"
    r"|\b(?:their|both)\s+(?P<b>highest|lowest|weakest|strongest)\s+(?:levels?|closes?)"
    r"\s+on\s+record\b",
    re.IGNORECASE,
)
_UP_WORDS = ("highs", "peaks", "highest", "strongest")
# "leaving them down 4% and 3.5%", "putting both up about 2%"
_RESULT_BOTH = re.compile(
    r",\s+(?:leaving|putting|taking|lifting|pushing|dragging|sending|bringing)\s+(?:them|both)"
    r"\s+(?:still\s+)?(?:up|down|higher|lower)\s+(?P<sizes>[^,;]*)",
    re.IGNORECASE,
)
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b)")


def _number(text: str) -> float:
    """The float a price as written stands for ("38,487.90" → 38487.9)."""
    return float(text.replace(",", ""))


def _named_at(claim: Claim) -> int:
    """Where the claim's market is named: its subject's place in its span, else the span's."""
    at = claim.text.find(claim.subject) if claim.subject else -1
    return claim.start + max(at, 0)


def _pair(claims: list[Claim], first: float, second: float) -> tuple[str, str] | None:
    """The two markets, in the order named, that both took the first price of the pair."""
    named: list[tuple[int, str]] = []
    for claim in claims:
        if claim.level == first and all(claim.instrument != n for _, n in named):
            named.append((_named_at(claim), claim.instrument))
    starts = {c.start for c in claims if c.level == first and c.measure is not Measure.RECORD}
    if len(named) != 2 or len(starts) != 1:  # one span: "The pound and the euro fell to"
        return None
    named.sort()
    return named[0][1], named[1][1]


def paired_levels(s: str, claims: list[Claim]) -> list[Claim]:
    """ "Brent and WTI closed at ... $69.19 and $65.75": the second market takes the second price,
    and the first market's stray claim on the second price goes."""
    for match in _PRICE_PAIR.finditer(s):
        first, second = _number(match.group(1)), _number(match.group(2))
        pair = _pair(claims, first, second)
        if pair is None or first == second or re.search(r"\bbetween\s+\S+$", s[: match.end(1)]):
            continue
        one, other = pair
        if any(c.instrument == other and c.level == second for c in claims):
            continue
        claims = [
            replace(c, level=second) if c.instrument == other and c.level == first else c
            for c in claims
            if not (c.instrument == one and c.level == second and c.size is None)
        ]
        claims = paired_records(s, claims, match.end(), (one, other), (first, second))
    return claims


def paired_records(
    s: str, claims: list[Claim], after: int, pair: tuple[str, str], prices: tuple[float, float]
) -> list[Claim]:
    """ "..., record lows against the dollar" after the pair of prices: a record for each market
    that has none, at its own price, in its own perspective."""
    found = _ALL_TIME.search(s, after)
    if found is None or re.search(r"[;.]|\bwhile\b|\bas\b", s[after : found.start()]):
        return claims
    word = (found.group("a") or found.group("b")).lower()
    way = Direction.UP if word in _UP_WORDS else Direction.DOWN
    added: list[Claim] = []
    for instrument, price in zip(pair, prices, strict=True):
        own = [c for c in claims if c.instrument == instrument and c.level == price]
        if not own or any(c.measure is Measure.RECORD for c in own):
            continue
        base = own[0]
        added.append(
            replace(
                base,
                text=found.group(0),
                start=found.start(),
                end=found.end(),
                measure=Measure.RECORD,
                direction=way,
                size=None,
                unit=None,
                since=None,
            )
        )
    return sorted(claims + added, key=lambda c: c.start)


def _markets_before(claims: list[Claim], end: int) -> list[Claim]:
    """The first claim of each market told before the clause, in text order."""
    first: dict[str, Claim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.start < end:
            first.setdefault(claim.instrument, claim)
    return list(first.values())


def paired_windows(s: str, claims: list[Claim]) -> list[Claim]:
    """ "The DAX and the CAC 40 slid on Friday, leaving them down 4% and 3.5% for the week": a
    window move for each market, the sizes in the order the markets were named."""
    match = _RESULT_BOTH.search(s)
    if match is None:
        return claims
    markets = _markets_before(claims, match.start())
    windows = [c for c in claims if c.start >= match.start() and c.measure is Measure.PERIOD_CHANGE]
    sizes = [float(x) for x in _SIZE.findall(match.group("sizes"))]
    if len(markets) != 2 or len(windows) != 1 or len(sizes) not in (1, 2):
        return claims
    window = windows[0]
    if window.instrument != markets[1].instrument or window.size not in sizes:
        return claims
    made = [
        replace(window, instrument=m.instrument, subject=m.subject, inverse=m.inverse, size=size)
        for m, size in zip(markets, sizes * 2 if len(sizes) == 1 else sizes, strict=False)
    ]
    return sorted([c for c in claims if c is not window] + made, key=lambda c: c.start)
