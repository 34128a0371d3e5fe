"""Sizes a participle tells against named currencies. "The dollar index fell on Monday, losing
1.1% against the yen": the 1.1% is dollar-yen's move, and the index's own move is unsized
(``index_counters``). "The dollar fell against the Swiss franc and the yen on Monday, losing
1.1% to 0.8470 francs and 1.4% to 144.2 yen": the sizes go to the two pairs in order
(``shared_participles``)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.figures import hedge_of
from dashboard.claims.subjects import Mention
from dashboard.domain import Claim, Hedge, InstrumentKind, Unit
from dashboard.instruments import Registry

_HEDGE = r"(?:(?P<{0}>about|around|roughly|some|nearly|almost|more\s+than|over)\s+)?"
_PCT = r"(?P<{1}>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
_FIG = _HEDGE + _PCT
_LEVEL = r"(?:\s+(?:to|at)\s+[$€£¥]?(?P<{0}>\d[\d,]*(?:\.\d+)?)(?:\s+[a-z]+){{0,3}}?)?"
_AGAINST = re.compile(  # ", losing 1.1% against the yen": a participle sized on a counter
    r",\s*(?:while\s+)?(?P<verb>[a-z]+ing)\s+"
    + _FIG.format("h", "n")
    + r"\s+(?:against|versus|vs\.?|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_LEVEL_AFTER = re.compile(r"\s+to\s+[$€£¥]?(?P<lvl>\d[\d,]*(?:\.\d+)?)\b")
_INDEX_WORDS = re.compile(r"\b(?:index|gauge|basket)\b", re.IGNORECASE)
_SHARED = re.compile(  # ", losing 1.1% to 0.8470 francs and 1.4% to 144.2 yen"
    r"[^;,]{0,40}?,\s*(?P<verb>[a-z]+ing)\s+"
    + _FIG.format("h1", "n1")
    + _LEVEL.format("l1")
    + r",?\s+and\s+"
    + _FIG.format("h2", "n2")
    + _LEVEL.format("l2")
    + r"(?:,?\s+respectively)?(?=\s*[.;,]|\s*$)",
    re.IGNORECASE,
)


def index_counters(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry
) -> list[Claim]:
    """ "The dollar index fell on Monday, losing 1.1% against the yen": the sized participle is
    the dollar's pair with the named currency, beside the index's own (unsized) move."""
    out: list[Claim] = []
    for claim in claims:
        if claim.instrument != "DXY" or not _INDEX_WORDS.search(claim.subject):
            out.append(claim)
            continue
        out.extend(_split(s, claim, mentions, registry))
    return out


def _split(s: str, claim: Claim, mentions: list[Mention], registry: Registry) -> list[Claim]:
    """The index claim and the pair claim its participle tells of (the claim alone if none)."""
    m = _AGAINST.search(s, _comma_before(s, claim.start), claim.end)
    if m is None or claim.size is None or float(m.group("n")) != claim.size:
        return [claim]
    counter = next((x for x in mentions if x.currency and m.end() - 4 <= x.start <= m.end()), None)
    if counter is None or counter.currency is None:
        return [claim]
    pair, inverse = _pair(counter.currency, registry)
    if pair is None:
        return [claim]
    lvl = _LEVEL_AFTER.match(s, counter.end)
    moved = lvl is not None and _num(lvl.group("lvl")) == claim.level
    told = replace(
        claim,
        instrument=pair,
        inverse=inverse,
        subject=claim.subject,
        level=claim.level if moved else None,
        default_note="",
    )
    if claim.start >= m.start("verb"):  # "..., losing 1.1% against the yen" read as its own claim
        return [told]
    own = replace(
        claim, size=None, unit=None, hedge=Hedge.EXACT, level=None if moved else claim.level
    )
    return [own, told]


def _comma_before(s: str, start: int) -> int:
    """The offset of the comma just before ``start`` (", losing 1.1%"), else ``start``."""
    head = s[:start].rstrip()
    return len(head) - 1 if head.endswith(",") else start


def _pair(currency: str, registry: Registry) -> tuple[str | None, bool]:
    """The dollar's pair with ``currency`` and whether the dollar is its quote currency."""
    if (pair := registry.fx_pair("USD", currency)) is not None:
        return pair.id, False
    if (pair := registry.fx_pair(currency, "USD")) is not None:
        return pair.id, True
    return None, False


def _num(text: str) -> float:
    """A written number as a float ("1,012.5" -> 1012.5)."""
    return float(text.replace(",", ""))


def shared_participles(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """ "fell against the Swiss franc and the yen on Monday, losing 1.1% to 0.8470 francs and
    1.4% to 144.2 yen": two unsized moves of one currency against two counters take the
    participle's two sizes (and levels) in order; claims read inside the participle go."""
    for i in range(len(claims) - 1):
        a, b = claims[i], claims[i + 1]
        if not _twins(a, b, registry):
            continue
        m = _SHARED.match(s, max(a.end, b.end))
        if m is None:
            continue
        sized = [_sized(a, m, "1"), _sized(b, m, "2")]
        rest = [c for c in claims[i + 2 :] if not m.start() <= c.start < m.end()]
        return [*claims[:i], *sized, *rest]
    return claims


def _twins(a: Claim, b: Claim, registry: Registry) -> bool:
    """Two unsized moves of one currency, the same way on the same day, on two FX pairs."""
    ids = registry.ids()
    if a.instrument not in ids or b.instrument not in ids or a.instrument == b.instrument:
        return False
    if any(registry.get(c.instrument).kind is not InstrumentKind.FX for c in (a, b)):
        return False
    same = (a.measure, a.direction, a.session, a.subject) == (
        b.measure,
        b.direction,
        b.session,
        b.subject,
    )
    return same and a.size is None and b.size is None and a.level is None and b.level is None


def _sized(claim: Claim, m: re.Match[str], k: str) -> Claim:
    """``claim`` with the participle's k-th size, hedge and level."""
    lvl = m.group(f"l{k}")
    return replace(
        claim,
        size=float(m.group(f"n{k}")),
        unit=Unit.PERCENT,
        hedge=hedge_of(m.group(f"h{k}")) if m.group(f"h{k}") else Hedge.EXACT,
        level=_num(lvl) if lvl else None,
    )
