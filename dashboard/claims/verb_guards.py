"""Words shaped like motion verbs that, where they stand, state no move of their own."""

from __future__ import annotations

import re

# "as gains in energy shares offset ...": after a conjunction or a determiner, and before
# "in <something>", an -s form is a plural noun naming another thing's move, not a verb.
_NOUN_BEFORE = re.compile(
    r"(?:^|\b(?:as|while|with|after|despite|amid|on|the|its|their|and|but|of|big|broad|strong"
    r"|sharp|steep|heavy|early|further))\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    r"\s+(?:in|among|across|for)\s+(?!(?:early|late|the\s+session|a|an|the|its|their)\b)"
    r"(?:[a-z]|[A-Z]{2,5}\s+[a-z])"  # also a sector's acronym: "as gains in IT stocks offset"
)  # "as gains for lenders offset": not "gains for a third day"
# "tracking an overnight Wall Street rally": a base form after an indefinite article and a few
# modifiers (no verb among them) heads a noun phrase
_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:(?![\w-]+ed\b|(?:to|it|they|after|before|when|as|since|that|which)\b)"
    r"[\w&'’./-]+\s+){0,3}$"  # not "a day after it shed 4.6%"
    r"|\b(?:its|their)\s+(?:(?:early|initial|opening|intraday|morning|afternoon|overnight|earlier"
    r"|recent|modest|slight|sharp|steep)\s+)?$",  # "could not hold its early gain and closed"
    re.IGNORECASE,
)

# "..., topping the peak it hit in 2008": a participle whose object is an earlier extreme (not
# a price, not "record", whose phrase is itself the record claim) restates the main clause.
_EXTREME_OBJECT = re.compile(
    r"\s+(?:the|its|their|a)\s+(?:(?!record\b)[\w-]+\s+){0,3}?(?:peak|high|low|trough)s?\b"
    r"(?!\s+of\s+[$€£]?\d)",
    re.IGNORECASE,
)


def plural_noun(sentence: str, start: int, end: int) -> bool:
    """ "as gains in energy shares": the -s word is a noun for some other thing's move."""
    if not sentence[start:end].lower().endswith("s"):
        return False
    return bool(
        _NOUN_BEFORE.search(sentence, max(0, start - 12), start)
        and _NOUN_AFTER.match(sentence, end)
    )


def article_noun(sentence: str, start: int, end: int, base: frozenset[str]) -> bool:
    """ "an overnight Wall Street rally", "its early gain": a base form heading a noun phrase."""
    word = sentence[start:end].lower()
    return word in base and bool(_ARTICLE_BEFORE.search(sentence, max(0, start - 50), start))


def passes_an_extreme(sentence: str, start: int, end: int) -> bool:
    """ "..., topping the peak it hit in 2008": a participle passing an earlier extreme."""
    return sentence[start:end].lower().endswith("ing") and bool(
        _EXTREME_OBJECT.match(sentence, end)
    )


# "lifted Brent close to 1.1%": after a caused verb and its object, "close to" and a figure is
# the hedge "nearly", not the verb "close" (whose own subject would stand before it).
_CAUSED_OBJECT = re.compile(
    r"\b(?:drag|push|send|sent|lift|driv|drove|tak|took|knock|pull|left|leav)\w*\s+"
    r"(?:[\w&'’./-]+\s+){1,5}$",
    re.IGNORECASE,
)
_TO_FIGURE = re.compile(r"\s+to\s+[$€£]?\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b|pct\b)")


def hedge_close(sentence: str, start: int, end: int) -> bool:
    """ "lifted Brent close to 1.1%": "close to" hedges the caused move's size."""
    return (
        sentence[start:end].lower() == "close"
        and bool(_TO_FIGURE.match(sentence, end))
        and bool(_CAUSED_OBJECT.search(sentence, max(0, start - 70), start))
    )


# "as a slump in Chinese shares added to the gloom": what was added to is a mood, not a price
_MOOD_OBJECT = re.compile(
    r"\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:gloom|woes|worries|jitters|concerns"
    r"|pessimism|fears|anxiety|uncertainty|pressure|caution|nervousness|unease|malaise|mood)\b",
    re.IGNORECASE,
)

_SIZED_OBJECT = re.compile(
    r"\s+to\s+(?:a|an|its|their|the|[\w.-]+['’]s)\s+(?:[a-z-]+\s+){0,2}?[$€£]?\d", re.IGNORECASE
)


# "the gauge lost momentum late in the session": a pace given up, not a price
_LOST_PACE = re.compile(
    r"\s+(?:(?:all|some|much|its|their)\s+)?(?:momentum|steam|traction|impetus|puff|footing)\b",
    re.I,
)


def added_to_mood(sentence: str, start: int, end: int) -> bool:
    """ "added to the gloom", "adds to worries": "add" with a mood as its object; "adding to a
    0.9% decline": a sized move noun it extends, whose own way the noun gives; "lost momentum":
    a pace, not a price."""
    word = sentence[start:end].lower()
    if word.startswith(("lost", "los")):
        return bool(_LOST_PACE.match(sentence, end))
    if not word.startswith("add"):
        return False
    return bool(_MOOD_OBJECT.match(sentence, end) or _SIZED_OBJECT.match(sentence, end))


# "were cleared to trade", "was allowed to float": a passive before an infinitive moves nothing
_BE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.IGNORECASE)
_INFINITIVE_AFTER = re.compile(
    r"\s+to\s+(?!(?:a|an|the|its|their|new|fresh|record|about|around|near)\b)[a-z]+\b"
)


def passive_to(sentence: str, start: int, end: int) -> bool:
    """ "stocks were cleared to trade": a verb in the passive with an infinitive after it."""
    if not sentence[start:end].lower().endswith("ed"):
        return False
    return bool(
        _BE_BEFORE.search(sentence, max(0, start - 8), start)
        and _INFINITIVE_AFTER.match(sentence, end)
    )


# "an auction of 20-year bonds cleared at 5.047%": the price an auction set, not a market's move
_AUCTION_BEFORE = re.compile(r"\bauction\b[^.;]{0,60}$", re.IGNORECASE)


def auction_cleared(sentence: str, start: int, end: int) -> bool:
    """ "the auction cleared at 5.047%", "stopped at 4.52%": an auction's result."""
    if not sentence[start:end].lower().startswith(("clear", "stop")):
        return False
    return sentence.startswith(" at ", end) and bool(
        _AUCTION_BEFORE.search(sentence, max(0, start - 70), start)
    )
