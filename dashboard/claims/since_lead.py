"""A day named inside a fronted since-clause ("Since bottoming on March 23, the Nasdaq has
rallied nearly 45%", "Since the Fed's decision on Wednesday, ..."): the window the claim runs
over opens that day and ends on the reference date, as the same clause after the verb does."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from dashboard.claims.sentences import clause_start
from dashboard.claims.timewords import Hint, TimeRef

_SINCE_OPEN = re.compile(r"\s*since\s+(?!(?:then|when|its|their|the\s+start)\b)[^,;:]*$", re.I)


def since_window(s: str, low: int, at: int, time: TimeRef, reference: date) -> TimeRef:
    """``time`` (a day at ``at``) as the window a since-clause opening its stretch starts."""
    if time.session is None or time.since is not None or time.session >= reference:
        return time
    if not _SINCE_OPEN.match(s, clause_start(s, at, low), at):
        return time
    return replace(time, session=reference, since=time.session, hint=Hint.PERIOD)
