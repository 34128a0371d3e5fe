"""Names right before a generic phrase that make it another market's: a grade of crude the
registry does not list ("flagship Urals crude", "Urals crude for May delivery"), another
market's volatility gauge ("the Euro Stoxx volatility index"), a company named for a commodity
("Barrick Gold", "Anglo American Platinum", "Gold Fields")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.claims.timewords import MONTHS, WEEKDAYS
from dashboard.claims.yields import UNLISTED_GOVERNMENT
from dashboard.domain import InstrumentKind

if TYPE_CHECKING:
    from dashboard.claims.subjects import Mention

_GRADE = re.compile(r"(?<=[a-z,;'’]\s)(?P<w>[A-Z][a-z]+)\s+$")  # a name inside the sentence
_OPENING_GRADE = re.compile(  # one that opens it: a grade's name, not "Benchmark" or "Spot"
    r"(?P<w>Urals|Dubai|Oman|Murban|Maya|Basrah|Tapis|Minas|Bonny|Russian|Iranian|Iraqi"
    r"|Saudi|Venezuelan|Canadian|Mexican)\s+$"
)


_OTHER_WHEAT = re.compile(
    r"\b(?:spring|durum|milling|hard\s+red\s+winter|Kansas\s+City|K\.C\.|KC|Minneapolis|MGEX"
    r"|Matif|Euronext)\s+$",
    re.IGNORECASE,
)
_NAMED_GAUGE = re.compile(r"(?<=\s)(?!(?:Cboe|CBOE|The)\b)[A-Z][\w-]*\s+$")


def other_volatility(sentence: str, start: int, words: str) -> bool:
    """A name right before a bare "volatility index" names another market's gauge."""
    bare = words.lower().startswith("volatility index")
    return bare and bool(_NAMED_GAUGE.search(sentence, max(0, start - 24), start))


def unlisted_grade(sentence: str, start: int, template: Mention) -> bool:
    """A capitalised name right before a generic commodity word ("flagship Urals crude") names
    a grade or a market the registry does not list."""
    instrument = template.instrument
    if instrument is None or instrument.kind is not InstrumentKind.COMMODITY:
        return False
    found = _GRADE.search(sentence, max(0, start - 24), start)
    found = found or _OPENING_GRADE.match(sentence, 0, start)
    word = found.group("w").lower() if found else ""
    return bool(found) and word not in WEEKDAYS and word[:3] not in MONTHS


_COMMON = frozenset(
    [
        "gold",
        "silver",
        "platinum",
        "palladium",
        "copper",
        "nickel",
        "aluminium",
        "aluminum",
        "zinc",
        "oil",
        "crude",
        "wheat",
        "corn",
        "soybeans",
        "cocoa",
        "coffee",
        "sugar",
        "gas",
    ]
)
_NAME_BEFORE = re.compile(  # a firm's name, not a market word ("Spot Gold", "COMEX Gold")
    r"(?:^|(?<=[a-z,;:'’)]\s))(?!(?:Spot|Comex|COMEX|LME|London|New|York|Chicago|Shanghai|Tokyo"
    r"|Benchmark|Physical|Front|Brent|U\.S\.|US|Asian|European|Dutch|Global|World|On|In|At)\b)"
    r"[A-Z][\w&./-]*\s+(?:[A-Z][\w&./-]*\s+)*$"
)
_FIRM_AFTER = re.compile(
    r"\s+(?:Fields|Industries|Mining|Miners|Corp|Corporation|Resources|Search|Holdings|Ltd|Inc"
    r"|Co|Group|Limited|Producers|Royalties|Streaming|Trust)\b"
)


def company_name(sentence: str, start: int, end: int) -> bool:
    """A commodity word written capitalised inside a name ("Barrick Gold sank", "Gold Fields
    rose"): the company's shares, not the metal."""
    words = sentence[start:end].split()
    if not words or words[-1].lower() not in _COMMON or not words[-1][0].isupper():
        return False
    named = _NAME_BEFORE.search(sentence, max(0, start - 40), start) is not None
    return named or _FIRM_AFTER.match(sentence, end) is not None


_COUNT_BEFORE = re.compile(
    r"(?:\ba\s+few|\bfew|\bseveral|\ba\s+couple\s+of|\bmany|\btens\s+of|\bhundreds\s+of"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred))\s+$",
    re.IGNORECASE,
)


_INDUSTRY = re.compile(  # "sanctions on Russian banks and oil technology": the trade, not the price
    r"\s+(?:technology|technologies|companies|company|firms|majors|producers|exporters|importers"
    r"|industry|sector|workers|revenues?|output|fields?|tankers?|refiners|miners|executives"
    r"|ministers?|giants?|stocks|shares)\b",
    re.IGNORECASE,
)


# "the domestically focused FTSE 250": another of FTSE Russell's London indexes, not the FTSE 100
_OTHER_FTSE = re.compile(r"\s+(?:250|350|All[\s-]Share|SmallCap|Small\s+Cap|AIM|Fledgling)\b", re.I)


# "its largest one-day dollar gain on record": a move told in dollars, not the U.S. currency
_DOLLAR_TERMS = re.compile(r"\s+(?:gain|drop|loss|decline|rise|fall|jump|increase|move|slide)s?\b")
_SIZE_WORDS = re.compile(
    r"\b(?:one-day|single-day|daily|weekly|intraday|biggest|largest|record|steepest|sharpest)\s+$",
    re.IGNORECASE,
)


def dollar_terms(sentence: str, start: int, end: int) -> bool:
    """A "dollar" that sizes a move ("its biggest one-day dollar drop"), not a currency."""
    if sentence[start:end].lower() != "dollar" or not _DOLLAR_TERMS.match(sentence, end):
        return False
    return _SIZE_WORDS.search(sentence, max(0, start - 24), start) is not None


def other_name(sentence: str, start: int, end: int, template: Mention) -> bool:
    """Whether the phrase names something other than its market here: another market's gauge,
    a company named for a commodity, or a currency counted as a sum ("within a few dollars")."""
    counted = template.currency is not None and bool(
        _COUNT_BEFORE.search(sentence, max(0, start - 20), start)
    )
    words = sentence[start:end]
    kind = template.instrument.kind if template.instrument else None
    unlisted = kind is InstrumentKind.BOND_YIELD and bool(
        UNLISTED_GOVERNMENT.search(sentence, max(0, start - 30), start)
    )  # "Swiss 10-year yields": a government the registry lacks, not Treasuries
    named = other_volatility(sentence, start, words) or company_name(sentence, start, end)
    named = named or (words.lower() == "ftse" and bool(_OTHER_FTSE.match(sentence, end)))
    named = named or dollar_terms(sentence, start, end)
    wheat = template.instrument is not None and template.instrument.id == "WHEAT"
    if wheat and _OTHER_WHEAT.search(sentence, max(0, start - 30), start):
        return True  # "Minneapolis spring wheat", "Paris milling wheat": not Chicago's contract
    industry = kind is InstrumentKind.COMMODITY and bool(_INDUSTRY.match(sentence, end))
    return counted or unlisted or named or industry
