"""Which tenor a bare maturity word names: "The 10-year has backed up 40 bp" with no yield
before it, "the benchmark yield" in a sentence about one government's bonds, and "Treasury
yields fell, with the two-year down 20 bp" (the same market's other tenor)."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims import yields
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.domain import InstrumentKind

TENOR_WORD = re.compile(r"\b(\d{1,2}|two|five|ten|thirty)-year\b", re.IGNORECASE)
_TENOR_NUMBER = {"two": "2", "five": "5", "ten": "10", "thirty": "30"}


def other_tenor(mention: Mention, matcher: Matcher, found: Resolved) -> Resolved | None:
    """ "Treasury yields fell, with the two-year down 20 bp": the same market's other tenor."""
    tenor = TENOR_WORD.search(mention.text)
    if tenor is None:
        return found
    years = _TENOR_NUMBER.get(tenor.group(1).lower(), tenor.group(1))
    wanted = re.sub(r"\d+Y$", f"{years}Y", found.instrument.id)
    if wanted == found.instrument.id:
        return found
    other = next((i for i in matcher.registry.instruments if i.id == wanted), None)
    return replace(found, instrument=other, subject=mention.text) if other else None


def unanchored_tenor(mention: Mention, matcher: Matcher, sentence: str) -> Resolved | None:
    """ "The 10-year has backed up 40 bp" with no yield before it: that tenor in the bond
    market the sentence names, else Treasuries (as "the 10-year yield" alone reads)."""
    if mention.anaphor != (InstrumentKind.BOND_YIELD,):
        return None
    tenor = TENOR_WORD.search(mention.text)
    years = tenor.group(1) if tenor else _benchmark_tenor(mention, sentence)
    if years is None:
        return None
    market = yields.sentence_market(sentence)
    found = yields.instrument(matcher.registry.instruments, market, years)
    return Resolved(found, False, mention.text) if found is not None else None


def _benchmark_tenor(mention: Mention, sentence: str) -> str | None:
    """ "the benchmark yield" in a sentence about one government's bonds: its 10-year."""
    named = "benchmark" in mention.text.lower() and yields.named_market(sentence) is not None
    return "10" if named else None
