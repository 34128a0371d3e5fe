"""A base currency told bare in a story about one other currency: "The euro soared to 100
roubles ... and the dollar broke through 80" is dollar-rouble, not the dollar index; "The rouble
was steady, with the dollar at 92.10 and the euro at 98.50" is dollar- and euro-rouble; "a day
after the franc surged as much as 30%" beside the euro's slide against the franc is euro-franc;
"with the euro knocking off as much as 30%" in a story about the franc is euro-franc."""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.domain import Claim
from dashboard.instruments import Registry

_BARE_DOLLAR = re.compile(r"(?:the\s+)?(?:u\.?s\.?\s+)?(?:dollar|greenback)", re.IGNORECASE)
_BARE_EURO = re.compile(r"(?:the\s+)?(?:euro|single\s+currency|common\s+currency)", re.IGNORECASE)
_BARE_FRANC = re.compile(r"(?:the\s+)?(?:swiss\s+)?franc", re.IGNORECASE)
# the clause ends at a new clause or the next claim
_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|as)\s|\s(?:while|whereas)\s", re.IGNORECASE)
_INDEX_WORDS = re.compile(r"\b(?:index|basket|broadly|most|major|peers|rivals)\b", re.IGNORECASE)
_DOLLAR_WORDS = re.compile(r"\$|\b(?:dollars?|greenback|cents?|u\.s\.\s+currency)\b", re.IGNORECASE)
_ANAPHOR = re.compile(  # "gained 1.3% against the currency": the story's currency
    r"\b(?:against|versus|on)\s+(?:the|that)\s+(?:currency|unit)\b", re.IGNORECASE
)
_EURO_RANGE = (0.8, 1.65)  # where the euro has traded in dollars
_NEAR = 0.2  # a dollar level this far from the story pair's own level is another market's


def story_pairs(s: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The sentence's claims with a bare dollar, euro or franc moved onto its pair with the one
    other currency the sentence's claims are about."""
    story = _story_currency(claims, registry)
    if story is None:
        return claims
    return [_moved(s, c, claims, story, registry) or c for c in claims]


def _moved(
    s: str, claim: Claim, claims: list[Claim], story: str, registry: Registry
) -> Claim | None:
    """The claim on the story currency's pair, or None when it stays."""
    clause = _clause(s, claim, claims)
    if claim.instrument == "DXY" and _dollar_in_story(claim, clause, claims, story, registry):
        return _on_pair(claim, registry.fx_pair("USD", story), inverse=False)
    if claim.instrument == "EURUSD" and _euro_in_story(claim, clause, claims, story, registry):
        return _on_pair(claim, registry.fx_pair("EUR", story), inverse=claim.inverse)
    if claim.instrument == "USDCHF" and _franc_beside_euro(claim, clause, claims):
        return _on_pair(claim, registry.fx_pair("EUR", "CHF"), inverse=claim.inverse)
    return None


def _on_pair(claim: Claim, pair: object, inverse: bool) -> Claim | None:
    """The claim moved onto ``pair`` (None when the registry has no such pair)."""
    pair_id = getattr(pair, "id", None)
    if pair_id is None:
        return None
    return replace(claim, instrument=pair_id, inverse=inverse, default_note="")


def _story_currency(claims: list[Claim], registry: Registry) -> str | None:
    """The one currency other than the dollar and the euro that the claims' pairs name."""
    found: set[str] = set()
    for claim in claims:
        if claim.instrument not in registry.ids():
            continue
        inst = registry.get(claim.instrument)
        found |= {c for c in (inst.base_currency, inst.quote_currency) if c}
    found -= {"USD", "EUR"}
    return found.pop() if len(found) == 1 else None


def _clause(s: str, claim: Claim, claims: list[Claim]) -> str:
    """The claim's own clause: its span up to the next clause break or the next claim."""
    end = min([c.start for c in claims if c.start > claim.start] + [len(s)])
    m = _BREAK.search(s, claim.end, end)
    return s[claim.start : max(claim.end, m.start() if m else end)]


def _dollar_in_story(
    claim: Claim, clause: str, claims: list[Claim], story: str, registry: Registry
) -> bool:
    """ "and the dollar broke through 80", "and the dollar gained 1.3% against the currency":
    a bare dollar with a level, or told against "the currency", in a story about ``story``."""
    if not _BARE_DOLLAR.fullmatch(claim.subject.strip()) or _INDEX_WORDS.search(clause):
        return False
    if claim.level is None:
        return _ANAPHOR.search(clause) is not None
    if any(c is not claim and c.instrument == "DXY" and c.level == claim.level for c in claims):
        return False  # "slid 1% against a basket to 98.30, a three-year low": the index's record
    pair = registry.fx_pair("USD", story)
    own = [c.level for c in claims if pair and c.instrument == pair.id and c.level is not None]
    return all(abs(claim.level - x) <= _NEAR * x for x in own)


def _euro_in_story(
    claim: Claim, clause: str, claims: list[Claim], story: str, registry: Registry
) -> bool:
    """ "with the euro at 98.50" beside the rouble, "with the euro knocking off as much as 30%"
    beside the euro's own pair with the franc: a bare euro told in the story's currency."""
    if not _BARE_EURO.fullmatch(claim.subject.strip()) or _DOLLAR_WORDS.search(clause):
        return False
    low, high = _EURO_RANGE
    if claim.level is not None:
        return not low <= claim.level <= high
    pair = registry.fx_pair("EUR", story)
    return pair is not None and any(c.instrument == pair.id for c in claims)


def _franc_beside_euro(claim: Claim, clause: str, claims: list[Claim]) -> bool:
    """ "a day after the franc surged as much as 30%" beside the euro's move against the franc:
    a bare franc with no dollar in its clause, in a sentence about euro-franc alone."""
    if not _BARE_FRANC.fullmatch(claim.subject.strip()) or _DOLLAR_WORDS.search(clause):
        return False
    others = {c.instrument for c in claims if c is not claim}
    return "EURCHF" in others and not others & {"DXY", "USDCHF"}
