"""Which market a trade epithet names: "the global benchmark" and "the international
benchmark" are Brent and "the U.S. benchmark" is WTI in an oil report, whatever was named last
("WTI rose 1%, and the global benchmark gained 1.2%"); "the precious metal" with nothing before
it to point back to is gold; "European prices" after Henry Hub is Dutch TTF gas, and "U.S.
prices" after TTF is Henry Hub."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.domain import InstrumentKind

_BRENT = frozenset({"the global benchmark", "the international benchmark"})
_WTI = frozenset(
    {"the u.s. benchmark", "the us benchmark", "its u.s. counterpart", "the u.s. counterpart"}
)
_OIL_IDS = frozenset({"BRENT", "WTI"})
_OIL_WORDS = re.compile(
    r"\b(?:oil|crude|brent|wti|barrels?|opec\+?|(?:global|international)\s+benchmark)\b", re.I
)
_GOLD = frozenset({"the precious metal"})


def oil_benchmark(
    mention: Mention,
    matcher: Matcher,
    sentence: str,
    mentions: list[Mention],
    in_view: list[Resolved | None],
) -> Resolved | None:
    """ "the global benchmark", "the international benchmark" (Brent) and "the U.S. benchmark"
    (WTI) in a sentence about oil or right after an oil claim; the Brent epithets also with no
    other commodity in view ("The global benchmark was up 1.9% at $79.11")."""
    text = mention.text.lower()
    wanted = "BRENT" if text in _BRENT else "WTI" if text in _WTI else None
    if wanted is None:
        return None
    in_play = [matcher.resolve(m, None) for m in mentions if not m.anaphor] + in_view
    found = [r.instrument for r in in_play if r is not None]
    oil = _OIL_WORDS.search(sentence) or any(i.id in _OIL_IDS for i in found)
    alone = wanted == "BRENT" and not any(i.kind is InstrumentKind.COMMODITY for i in found)
    return Resolved(matcher.registry.get(wanted), False, mention.text) if oil or alone else None


def unanchored_metal(mention: Mention, matcher: Matcher) -> Resolved | None:
    """ "The precious metal rose as much as 2.1%" with no metal named before it: gold."""
    if mention.text.lower() not in _GOLD:
        return None
    return Resolved(matcher.registry.get("GOLD"), False, mention.text)


_GAS = {"TTF": "NATGAS_US", "NATGAS_US": "TTF"}
_REGION = re.compile(
    r"\b(?P<eu>European|Europe['’]s|Dutch)\s+$|\b(?P<us>U\.S\.|US|American|Henry\s+Hub)\s+$"
)


def gas_region(sentence: str, mention: Mention, matcher: Matcher, found: Resolved) -> Resolved:
    """ "Henry Hub futures fell 3% as European prices rose 4%": "prices" after a region word
    is that region's gas (Dutch TTF or Henry Hub), not the other gas market named before."""
    other = _GAS.get(found.instrument.id)
    region = _REGION.search(sentence, 0, mention.start) if other is not None else None
    if other is None or region is None:
        return found
    wanted = "TTF" if region.group("eu") else "NATGAS_US"
    return replace(found, instrument=matcher.registry.get(wanted))
