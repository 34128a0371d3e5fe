"""A bond's price move told with what it did to the yield ("The 30-year bond lost 2-1/2 points
in price on Wednesday, lifting its yield 19 basis points to 4.59%", "Ten-year note prices sank
1-17/32, and their yield climbed 19 basis points to 3.91%", "was up 1-8/32 at 97-16/32,
yielding 4.55%"): the price is not a registry series, the yield is, so the yield's move (or
level) is the claim, on the bond's tenor and the day the sentence names, with the record or
ranking told right after it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims import figures as fig
from dashboard.claims import yields
from dashboard.claims.lookback import ago_date, since_date
from dashboard.claims.noun_rankings import look_back_start
from dashboard.claims.subjects import Mention
from dashboard.claims.timeresolve import resolve
from dashboard.claims.timewords import TIME_RE, Hint
from dashboard.claims.trigger_patterns import SIZED_FIGURE
from dashboard.domain import Claim, Direction, Hedge, InstrumentKind, Measure, Unit
from dashboard.instruments import Registry

_UP_VERBS = [
    "lifting",
    "raising",
    "boosting",
    "catapulting",
    "hoisting",
    "propelling",
    "climbed",
    "climbing",
    "rose",
    "rising",
    "jumped",
    "jumping",
    "soared",
    "soaring",
    "surged",
    "surging",
    "spiked",
    "spiking",
]
_DOWN_VERBS = [
    "lowering",
    "cutting",
    "slashing",
    "fell",
    "falling",
    "dropped",
    "dropping",
    "slid",
    "sliding",
    "plunged",
    "plunging",
    "sank",
    "sinking",
    "tumbled",
    "tumbling",
    "declined",
    "declining",
    "eased",
    "easing",
    "trimming",
    "shaving",
]
_LEVEL_ONLY = [
    "driving",
    "pushing",
    "sending",
    "taking",
    "dragging",
    "shoving",
    "forcing",
    "knocking",
]
_VERB = "|".join(_UP_VERBS + _DOWN_VERBS + _LEVEL_ONLY + ["up", "down"])
_YIELD = re.compile(
    r"(?:,\s*|\s+(?:and|with|while)\s+|\s+)(?:"
    r"(?P<verb>" + "|".join(_UP_VERBS + _DOWN_VERBS + _LEVEL_ONLY) + r")\s+(?:its|their|the)\s+"
    r"yields?"
    r"|(?:its|their|the)\s+yields?\s+(?:(?:was|were)\s+)?(?P<verb2>" + _VERB + r")"
    r"|(?P<bare>pushing|driving|sending|lifting|knocking)\s+yields(?=\s+(?:higher|lower|up|down))"
    r"|(?:its|their|the)\s+yields?(?=\s+[\d.]+\s?(?:basis\s+points?|bps?)\s+(?:higher|lower)\b))"
    r"(?:\s+(?P<way>up|down|higher|lower))?"
    r"(?:\s+(?:by\s+)?(?P<size>" + SIZED_FIGURE + r"))?"
    r"(?:\s+(?P<after>higher|lower)\b)?"  # "and its yield 23 basis points lower at 6.82%"
    r"(?:\s+(?:to|at|above|below|past|through)\s+(?:(?:about|around|nearly"
    r"|(?P<extreme>as\s+(?:high|low)\s+as)|a\s+record(?:\s+low|\s+high)?(?:\s+of)?)\s+)?"
    r"(?:(?P<minus>minus|negative)\s+|-)?(?P<level>\d+(?:\.\d+)?)\s?%)?"
    r"|(?:,\s*|\s+)(?:to\s+)?yield(?:ing)?\s+(?P<yielding>\d+(?:\.\d+)?)\s?%"
    r"|(?:,\s*|\s+)leaving\s+(?:its|their|the)\s+yields?\s+at\s+(?P<left>\d+(?:\.\d+)?)\s?%",
    re.IGNORECASE,
)
_PRICE_FELL = re.compile(
    r"\b(?:fell|slid|lost|shed|tumbled|dropped|sank|slumped|declined|eased|down|sold\s+off"
    r"|plunged)\b",
    re.I,
)
_PRICE_ROSE = re.compile(
    r"\b(?:rose|gained|climbed|rallied|jumped|added|advanced|up|surged|soared)\b", re.I
)
_BOND = InstrumentKind.BOND_YIELD
_TENOR = re.compile(r"\b(\d{1,2}|two|three|five|seven|ten|thirty)-year\b", re.IGNORECASE)
_PAPER = re.compile(
    r"\b(?:\d{1,2}|two|three|five|seven|ten|thirty)-year\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:notes?|bonds?|gilts?|btps?|bunds?|jgbs?|issues?|paper|prices?)\b(?:\s+prices\b)?"
    r"|\b(?P<long>the\s+long\s+bond)\b|\b(?P<generic>Treasuries|gilts|Bunds|JGBs|BTPs)\b",
    re.IGNORECASE,
)
_GENERIC = {"treasurie": "US", "gilt": "UK", "bund": "DE", "jgb": "JP", "btp": "IT"}
_HOLDS = (
    "Treasuries",
    "ilts ",
    "ilts,",
    "Bunds",
    "JGBs",
    "BTPs",
    " price",
    "/32",
    " point",
    "yielding",
    "to yield",
    "notes",
    " bond",
    "gilts",
    "BTP",
)


def bond_price_yields(
    s: str, claims: list[Claim], mentions: list[Mention], registry: Registry, reference: date
) -> list[Claim]:
    """The claims, with the yield claim each bond price move's words state."""
    if "yield" not in s or not any(word in s for word in _HOLDS):
        return claims
    out = list(claims)
    for m in _YIELD.finditer(s):
        if any(c.start <= m.end() - 1 and c.end > m.start() + 2 for c in out):
            continue  # read already
        bond = _bond_before(s, mentions, m.start(), registry)
        claim = _claim(s, m, bond, reference) if bond is not None else None
        if claim is not None:
            out.append(claim)
            out.extend(_marks(s, claim))
    return sorted(out, key=lambda c: c.start)


def _bond_before(s: str, mentions: list[Mention], at: int, registry: Registry) -> Mention | None:
    """The bond named last before the yield's words ("The 30-year bond": that tenor of the
    sentence's bond market)."""
    found = [m for m in mentions if m.end <= at and _bondish(m)]
    last = found[-1] if found else None
    paper = _named_paper(s, at)
    if paper is not None and (last is None or paper.end > last.start):  # "note prices"
        last = paper
    own = last.instrument if last is not None else None
    if last is not None and (
        (own is None and last.anaphor == (_BOND,)) or (own and own.kind is _BOND)
    ):
        tenor = _TENOR.search(last.text)
        years = yields.years(tenor.group(1)) if tenor else "30" if "long" in last.text else "10"
        market = _paper_market(s, last) or (own.id[:2] if own else yields.sentence_market(s))
        market = _GENERIC.get(last.text.lower().rstrip("s"), market)
        named = yields.instrument(registry.instruments, market, years) if years else None
        last = replace(last, instrument=named or own)
    if last is None or last.instrument is None:
        return None
    return last if last.instrument.kind is _BOND else None


def _bondish(mention: Mention) -> bool:
    """A bond named or pointed to (not "it" in "whatever it takes")."""
    if mention.instrument is not None:
        return mention.instrument.kind is _BOND
    return mention.anaphor == (_BOND,)


def _paper_market(s: str, paper: Mention) -> str | None:
    """ "Japan's benchmark 10-year government bond", "Italian 10-year BTPs": the paper's own."""
    words = s[max(0, paper.start - 24) : paper.end].split()
    for word in reversed(words):
        bare = word.strip(",.;")
        market = yields.market_of(bare) or yields.market_of(bare.removesuffix("s"))
        if market is not None and word.lower() not in ("us", "uk"):
            return market
    return None


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
    when = TIME_RE.search(s, bond.end, m.start()) or _time_after(s, m.end())
    time = resolve(when, reference) if when is not None else None
    session = time.session if time is not None and time.session else reference
    intraday = time is not None and time.hint is Hint.INTRADAY
    level = _level(m)
    said = fig.FIGURE_RE.match(m.group("size") or "")
    size = fig.size_from(said) if said is not None else None
    stated = m.group("yielding") or m.group("left")
    found = Direction.NONE if stated else _way(m, between)
    unsized = bool(m.group("bare"))  # "Treasuries sold off, pushing yields higher"
    if found is None or (size is None and level is None and not unsized):
        return None
    value, unit = _bp(size)
    measure = Measure.LEVEL
    if unsized:
        measure = Measure.INTRADAY_CHANGE if intraday else Measure.SESSION_CHANGE
    elif value is not None and size is not None:
        state = (m.group("verb2") or "").lower() in ("up", "down") and not _FROM_DAY.match(
            s, m.end()
        )
        measure = Measure.INTRADAY_CHANGE if intraday or state else Measure.SESSION_CHANGE
        if size.hedge is Hedge.AS_MUCH_AS:
            measure = Measure.INTRADAY_EXTREME
    elif level is None:
        return None
    elif m.group("extreme"):  # "pushing their yield as high as 5.10%"
        measure = Measure.INTRADAY_EXTREME
    return Claim(
        text=s[bond.start : m.end()],
        start=m.start() + len(m.group(0)) - len(m.group(0).lstrip(", ")),
        end=m.end(),
        instrument=bond.instrument.id,
        subject=bond.text,
        measure=measure,
        direction=found,
        size=value,
        unit=unit,
        hedge=size.hedge if size is not None and value is not None else Hedge.EXACT,
        level=level,
        session=session,
        since=None,
        inverse=False,
        time_words=when.group(0) if when is not None else "",
    )


_FROM_DAY = re.compile(r"\s+from\s+(?:mon|tues|wednes|thurs|fri)day\b", re.IGNORECASE)
_DAY_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri)day\b|\s+yesterday\b)(?!['’])", re.IGNORECASE
)


def _time_after(s: str, at: int) -> re.Match[str] | None:
    day = _DAY_AFTER.match(s, at)
    return TIME_RE.match(s, day.start() + 1) if day is not None else None


def _level(m: re.Match[str]) -> float | None:
    text = m.group("level") or m.group("yielding") or m.group("left")
    if not text:
        return None
    return -float(text) if m.group("minus") else float(text)


def _way(m: re.Match[str], between: str) -> Direction | None:
    """The yield's way: its own word, the verb's, or the other way from the price's."""
    word = (m.group("way") or m.group("verb2") or m.group("after") or "").lower()
    if word in ("up", "higher"):
        return Direction.UP
    if word in ("down", "lower"):
        return Direction.DOWN
    verb = (m.group("verb") or m.group("verb2") or "").lower()
    if verb in _UP_VERBS or verb in _DOWN_VERBS:
        return Direction.UP if verb in _UP_VERBS else Direction.DOWN
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
    return None, None  # "up 0.2%" on a price is no yield size


_COMMA = re.compile(r"\s*,\s*")


def _marks(s: str, claim: Claim) -> list[Claim]:
    """ ", the highest since 1998", ", a record low", ", the steepest one-day drop since 1962"."""
    comma = _COMMA.match(s, claim.end)
    if claim.session is not None and (first := _first_time(s, claim)) is not None:
        return [first]
    if comma is None or claim.session is None:
        return []
    record = fig.RECORD_RE.match(s, comma.end())
    big = None if record else fig.BIGGEST_RE.match(s, comma.end())
    mark = record or big
    if mark is None or (big is not None and fig.multi_session(big)):
        return []
    anchor = mark.groupdict().get("anchor") or ""
    way = fig.record_direction(mark) if record else None
    return [
        replace(
            claim,
            text=mark.group(0),
            start=mark.start(),
            end=mark.end(),
            measure=Measure.RECORD if record else Measure.BIGGEST_MOVE,
            direction=way if way in (Direction.UP, Direction.DOWN) else claim.direction,
            size=None,
            unit=None,
            hedge=Hedge.EXACT,
            level=claim.level if record else None,
            since=look_back_start(anchor, claim.session),
        )
    ]


_SPACE = re.compile(r",?\s+")


def _first_time(s: str, claim: Claim) -> Claim | None:
    """ "lifting their yield above 4% for the first time since October 2007": the level the
    yield crossed is its record since then, the way the yield went."""
    space = _SPACE.match(s, claim.end)
    first = fig.FIRST_TIME_RE.match(s, space.end()) if space is not None else None
    if first is None or claim.level is None or claim.session is None:
        return None
    if claim.direction not in (Direction.UP, Direction.DOWN):
        return None
    since = first.group("since") or first.group("event")
    ago = first.group("ago")
    start = since_date("since " + since, claim.session) if since else None
    if ago:
        start = ago_date(f"{ago}-{first.group('unit').rstrip('s')}", claim.session)
    return replace(
        claim,
        text=first.group(0),
        start=first.start(),
        end=first.end(),
        measure=Measure.RECORD,
        size=None,
        unit=None,
        hedge=Hedge.EXACT,
        since=start,
    )
