"""Names right before a generic phrase that make it another market's: a grade of crude the
registry does not list ("flagship Urals crude", "Urals crude for May delivery"), another
market's volatility gauge ("the Euro Stoxx volatility index")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.claims.timewords import MONTHS, WEEKDAYS
from dashboard.domain import InstrumentKind

if TYPE_CHECKING:
    from dashboard.claims.subjects import Mention

_GRADE = re.compile(r"(?<=[a-z,;'’]\s)(?P<w>[A-Z][a-z]+)\s+$")  # a name inside the sentence
_OPENING_GRADE = re.compile(  # one that opens it: a grade's name, not "Benchmark" or "Spot"
    r"(?P<w>Urals|Dubai|Oman|Murban|Maya|Basrah|Tapis|Minas|Bonny|Russian|Iranian|Iraqi"
    r"|Saudi|Venezuelan|Canadian|Mexican)\s+$"
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
