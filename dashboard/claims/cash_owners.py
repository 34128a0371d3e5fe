"""The cash index a move noun names after index futures: "S&P 500 futures were down 1.7%, after
last week's 5.1% drop in the index" is the S&P 500's own drop, not the futures'."""

from __future__ import annotations

import re

from dashboard.claims import context as ctx
from dashboard.claims.owner_words import CLAUSE_END, DATED_OWNER, IN_AFTER
from dashboard.claims.subjects import Matcher, Mention, Resolved
from dashboard.claims.triggers import Kind, Trigger
from dashboard.domain import InstrumentKind

_CASH_WORD = re.compile(r"the\s+(?:[\w-]+\s+)?(?:index|benchmark|average|gauge)$", re.IGNORECASE)


def cash_owner(
    s: str,
    trigger: Trigger,
    mentions: list[Mention],
    matcher: Matcher,
    previous: ctx.Previous | None,
    in_play: Resolved | None,
) -> Mention | None:
    """ "a 9.5% leap in the index" after "S&P 500 futures were down": the index, as a mention."""
    if trigger.kind is not Kind.NOMINAL or previous is None:
        return None
    if previous.resolved.instrument.kind is not InstrumentKind.EQUITY_FUTURES:
        return None
    link = IN_AFTER.match(s, trigger.end)
    here = link.end() if link is not None else -1
    word = next((m for m in mentions if m.start == here and m.anaphor), None)
    if word is None or not _CASH_WORD.match(word.text):
        return None
    if not (CLAUSE_END.match(s, word.end) or DATED_OWNER.match(s, word.end)):
        return None
    found = ctx.resolve_anaphor(word, matcher, s, mentions, previous, in_play)
    if found is None or found.instrument.kind is not InstrumentKind.EQUITY_INDEX:
        return None
    return Mention(word.start, word.end, found.subject, found.instrument)
