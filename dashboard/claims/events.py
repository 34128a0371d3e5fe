"""A cause named by a noun phrase alone ("after the overnight martial-law scare", "on the Fed
decision") between two verbs of one subject: "opened 2% lower after the scare and closed down
1.4%". With no verb of its own it opens no clause, so the subject and its day run on past it."""

from __future__ import annotations

import re

from dashboard.claims.lexicon import word_list

_EVENT = re.compile(
    r"\b(?:after|following|amid|on|despite|before|ahead\s+of)\s+(?P<np>(?:the|a|an|its|their"
    r"|this|that|[A-Z][\w.'’+&/-]*)\s+(?:[\w.'’+&/-]+\s+){0,7}?)(?=(?:and|but|before|then|to)\s)",
)
_CLAUSE_WORDS = frozenset(
    word_list(
        "and but while whereas which that who when as before then to it they has have had was were",
        "is are be been said came went left showed made took gave sent saw put kept held rose fell",
        "will would could may might",
    )
)


# a cause told as a noun with its clause ("on fears that sanctions would choke supply"), up to
# the comma before the same subject's next verb phrase: no new subject, no forecast of its own
_CAUSE_CLAUSE = re.compile(  # also "on fresh Gulf jitters but slumped", "on forecasts of hot,
    r"\b(?:on|amid)\s+(?:(?:fresh|renewed|growing|mounting|new|easing|upbeat)\s+)?"  # dry weather"
    r"(?:[A-Za-z][\w.'’-]*\s+)?(?:fears|worries|concerns|hopes|bets|expectations|speculation"
    r"|optimism|news|reports|signs|forecasts|jitters|relief)"
    r"(?:\s+(?:that|of|over|about)\s+(?:[^;,]|,(?=\s*[a-z]+\s))*?)?(?=,?\s*(?:but|and|then)\s+[a-z])",
)


def without_event(text: str) -> str:
    """The words (between two claims, or of a clause) with each such cause blanked out, so that
    offsets into them still hold."""
    if " on " in text or "amid" in text or text.startswith(("on ", "On ")):
        text = _CAUSE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    return _EVENT.sub(_blanked, text)


# "has weakened 1.4% since the central bank's surprise rate cut, sliding to 0.9770": an event
# named by a noun phrase alone after "since", up to the clause's end
_SINCE_NP = re.compile(
    r"(?P<np>(?:the|a|an|its|their|[A-Z][\w.'’+&/-]*)\s+(?:[\w.'’+&/-]+\s+){0,6}?[\w.'’+&/-]+)"
    r"(?=\s*[,;](?!\d)|\.?\s*$)"
)


def since_noun_end(s: str, at: int) -> int | None:
    """Where a verbless phrase after "since" at ``at`` ends ("since the central bank's surprise
    rate cut", "since its record close on March 3"), unless it sizes a move of its own ("since
    its 2,997-point collapse on March 16")."""
    found = _SINCE_NP.match(s, at)
    if found is None or _blanked(found) == found.group(0) or _SIZED.search(found.group(0)):
        return None
    return found.end()


_SIZED = re.compile(r"\d\s?(?:%|-?points?\b|-?percent\b)", re.IGNORECASE)


def _blanked(found: re.Match[str]) -> str:
    verbless = not any(_verb(w) for w in found.group("np").split())
    return " " * len(found.group(0)) if verbless else found.group(0)


def _verb(word: str) -> bool:
    """A word that may be a finite verb or opens a clause ("came", "raised", "which")."""
    low = word.lower()
    return low in _CLAUSE_WORDS or (low.endswith("ed") and "-" not in low and len(low) > 4)
