"""Which instrument an anaphor names when the last claim is not it: "the benchmark" among US
indices is the S&P 500, and "futures tied to the index" are the index's futures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.domain import Instrument, InstrumentKind

if TYPE_CHECKING:
    from dashboard.claims.context import Previous

_BENCHMARK = frozenset({"the benchmark", "the benchmark index", "the benchmark gauge"})


def benchmark_owner(mention: Mention, matcher: Matcher, mentions: list[Mention]) -> Resolved | None:
    """ "The S&P 500 ... and the Nasdaq ..., after ... sent the benchmark tumbling": the stock
    index named before it whose own name calls it the benchmark ("benchmark S&P 500")."""
    if mention.text.lower() not in _BENCHMARK:
        return None
    for earlier in reversed([m for m in mentions if m.end <= mention.start and not m.anaphor]):
        found = matcher.resolve(earlier, None)
        if found is None or found.instrument.kind is not InstrumentKind.EQUITY_INDEX:
            continue
        if any(a.startswith("benchmark ") for a in found.instrument.aliases):
            return found
    return None


_TIED = re.compile(
    r"\bfutures\s+(?:contracts\s+)?(?:(?:tied|linked|pegged)\s+to|tracking)\s+$|\bfutures\s+on\s+$",
    re.I,
)


def tied_futures(sentence: str, mention: Mention, matcher: Matcher, found: Resolved) -> Resolved:
    """ "futures tied to the index were off 2.5%": the futures on the index "the index" names."""
    if not _TIED.search(sentence, 0, mention.start):
        return found
    index = Mention(0, 0, found.subject, found.instrument)
    return matcher.futures_of(index) or _by_alias(matcher, found) or found


def _by_alias(matcher: Matcher, found: Resolved) -> Resolved | None:
    """The futures whose alias is "futures tied to the <index>" for one of the index's names
    (the S&P 500's e-minis; "futures tied to the nasdaq" for the Nasdaq Composite)."""
    for name in found.instrument.aliases:
        wanted = f"futures tied to the {name}"
        for i in matcher.registry.instruments:
            if wanted in i.aliases:
                return Resolved(i, False, found.subject)
    return None


def same_exchange(
    own: list[Instrument], candidates: list[Resolved | None], text: str
) -> Resolved | None:
    """ "The tech-laden Nasdaq fell 2.1% while the blue-chip index lost 1.2%": the one index
    with that stock epithet ("blue-chip Dow") that trades where the index named before it does."""
    for found in candidates:
        if found is None or found.instrument.kind is not InstrumentKind.EQUITY_INDEX:
            continue
        same = [i for i in own if i.calendar == found.instrument.calendar]
        return Resolved(same[0], False, text) if len(same) == 1 else None
    return None


_AS_OPENS = re.compile(r"\s(?:as|because)\s+$", re.IGNORECASE)
_AND_IT = re.compile(r"\s*,\s*and\s+$", re.IGNORECASE)


def main_before_as(mention: Mention, s: str, previous: Previous | None) -> Resolved | None:
    """ "The Nikkei slid 2% as the yen rose to 145 per dollar, and it has lost 5% this week":
    "it" after a subordinate "as" clause goes back to the main clause's market, not the one the
    clause names."""
    if mention.text.lower() != "it" or previous is None:
        return None
    if _AND_IT.fullmatch(s, previous.end, mention.start) is None:
        return None
    opener = _AS_OPENS.search(s, max(0, previous.subject.start - 16), previous.subject.start)
    if opener is None:
        return None
    earlier = [pair for pair in previous.named if pair[0].end <= opener.start()]
    return earlier[-1][1] if earlier else None
