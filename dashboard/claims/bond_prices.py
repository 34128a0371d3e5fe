"""A bond's price move told with what it did to the yield ("The 30-year bond lost 2-1/2 points
in price on Wednesday, lifting its yield 19 basis points to 4.59%", "was up 1-8/32 at 97-16/32,
yielding 4.55%"): the price is not a registry series, the yield is, so the yield's move (or
level) is the claim, on the bond's tenor and the day the sentence names."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims import yields
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit
from dashboard.instruments import Registry

_YIELD = re.compile(
    r",?\s*(?:(?P<verb>driving|pushing|lifting|sending|taking|raising|boosting|lowering|cutting"
    r"|dragging)\s+(?:its|their|the)\s+yields?\s+(?:(?P<way>up|down|higher|lower)\s+)?"
    r"(?:by\s+)?(?P<size>" + SIZED_FIGURE + r")?\s*(?:to\s+(?:(?:about|around|nearly)\s+)?"
    r"(?P<level>\d+(?:\.\d+)?)\s?%)?"
    r"|yielding\s+(?P<yielding>\d+(?:\.\d+)?)\s?%)",
    re.IGNORECASE,
)
_PRICE_FELL = re.compile(
    r"\b(?:fell|slid|lost|tumbled|dropped|sank|slumped|declined|eased|down)\b", re.I
)
_PRICE_ROSE = re.compile(r"\b(?:rose|gained|climbed|rallied|jumped|added|advanced|up)\b", re.I)
_BOND = InstrumentKind.BOND_YIELD
_TENOR = re.compile(r"\b(\d{1,2}|two|five|ten|thirty)-year\b", re.IGNORECASE)
_UP = ("lifting", "raising", "boosting")
_DOWN = ("lowering", "cutting")


def bond_price_yields(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry, reference: date
) -> list[Claim]:
    """The claims, with the yield claim each bond price move's words state."""
    if "yield" not in s or (" price" not in s and "/32" not in s and " point" not in s):
        return claims
    out = list(claims)
    for m in _YIELD.finditer(s):
        bond = _bond_before(s, mentions, m.start(), registry)
        if bond is None or any(c.start <= m.start() < c.end for c in out):
            continue
        claim = _claim(s, m, bond, reference)
        if claim is not None:
            out.append(claim)
    return sorted(out, key=lambda c: c.start)


def _bond_before(s: str, mentions: list[Mention], at: int, registry: Registry) -> Mention | None:
    """The bond named last before the yield's words ("The 30-year bond": that tenor of the
    sentence's bond market)."""
    found = [m for m in mentions if m.end <= at and (m.instrument or m.anaphor)]
    last = found[-1] if found else _named_paper(s, at)
    if last is not None and last.instrument is None and last.anaphor == (_BOND,):
        tenor = _TENOR.search(last.text)
        named = (
            yields.instrument(
                registry.instruments, yields.sentence_market(s), yields.years(tenor.group(1))
            )
            if tenor
            else None
        )
        last = replace(last, instrument=named)
    if last is None or last.instrument is None:
        return None
    return last if last.instrument.kind is _BOND else None


_PAPER = re.compile(
    r"\b(?:\d{1,2}|two|five|ten|thirty)-year\s+(?:treasury\s+|government\s+)?(?:notes?|bonds?)\b",
    re.IGNORECASE,
)


def _named_paper(s: str, at: int) -> Mention | None:
    """ "Benchmark 10-year notes slid 22/32 in price": a tenor's paper no registry phrase names."""
    found = list(_PAPER.finditer(s, 0, at))
    if not found:
        return None
    paper = found[-1]
    return Mention(paper.start(), paper.end(), paper.group(0), anaphor=(_BOND,))


def _claim(s: str, m: re.Match[str], bond: Mention, reference: date) -> Claim | None:
    assert bond.instrument is not None
    between = s[bond.end : m.start()]
    when = TIME_RE.search(s, bond.end, m.start())
    time = resolve(when, reference) if when is not None else None
    session = time.session if time is not None and time.session else reference
    intraday = time is not None and time.hint is Hint.INTRADAY
    level_text = m.group("level") or m.group("yielding")
    level = float(level_text) if level_text else None
    said = fig.FIGURE_RE.match(m.group("size") or "")
    size = fig.size_from(said) if said is not None and not m.group("yielding") else None
    found = Direction.NONE if m.group("yielding") else _way(m, between)
    if found is None or (size is None and level is None):
        return None
    way, measure = found, Measure.LEVEL
    if size is not None:
        measure = Measure.INTRADAY_CHANGE if intraday else Measure.SESSION_CHANGE
    value, unit = _bp(size)
    if value is None and measure is not Measure.LEVEL:
        if level is None:
            return None
        measure = Measure.LEVEL  # "up 0.2%" on a price is no yield size
    return Claim(
        text=s[bond.start : m.end()],
        start=m.start(),
        end=m.end(),
        instrument=bond.instrument.id,
        subject=bond.text,
        measure=measure,
        direction=way,
        size=value,
        unit=unit,
        hedge=size.hedge if size is not None else Hedge.EXACT,
        level=level,
        session=session,
        since=None,
        inverse=False,
        time_words=when.group(0) if when is not None else "",
    )


def _way(m: re.Match[str], between: str) -> Direction | None:
    """The yield's way: its own word, the verb's, or the other way from the price's."""
    word = (m.group("way") or "").lower()
    if word:
        return Direction.UP if word in ("up", "higher") else Direction.DOWN
    verb = (m.group("verb") or "").lower()
    if verb in _UP or verb in _DOWN:
        return Direction.UP if verb in _UP else Direction.DOWN
    if _PRICE_FELL.search(between):
        return Direction.UP
    return Direction.DOWN if _PRICE_ROSE.search(between) else None


def _bp(size: fig.Size | None) -> tuple[float | None, Unit | None]:
    if size is None:
        return None, None
    if size.pp:  # "a quarter of a percentage point": 25 basis points
        return round(size.value * 100, 8), Unit.BASIS_POINTS
    if size.unit is Unit.BASIS_POINTS:
        return size.value, Unit.BASIS_POINTS
    return None, None
