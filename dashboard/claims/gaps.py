"""The words between a subject and its verb, or two claims: clean, forecast, carried, joined."""

from __future__ import annotations

import re

from dashboard.claims.events import without_event
from dashboard.claims.first_verbs import first_verb
from dashboard.claims.joined_verbs import without_joined_phrase
from dashboard.claims.lexicon import CARRY_WORDS, FORECAST_WORDS, GAP_WORDS
from dashboard.claims.span_after import SPAN
from dashboard.claims.timewords import AT_ONE_POINT, TIME_RE
from dashboard.claims.triggers import Kind
from dashboard.claims.undone import PORTION

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*|[^\sA-Za-z\d]")
_OR_SIZE = r",\s*or\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?\d[\d.,]*\s*(?:%|percent)"
_PARENTHETICAL = re.compile(  # ", which had been down 574 points, or nearly 14%, by early afternoon,"
    r",\s(?:which|that|who)\s(?:[^,;]|,(?=\d)|"
    + _OR_SIZE
    + r"){1,110}?,(?!\d)(?!\s*or\s+[a-z\s]*\d)"
    r"|,\s(?:[^,;]|,(?=\d)){1,80}?,(?!\d)"
    r"|,\s(?:a|an)\s(?:[^,;]|,(?=\d)){1,120}?,(?!\d)|\([^()]{0,150}\)"
    r"|\s[-–—]{1,2}\s[^-–—]{1,50}\s[-–—]{1,2}\s"
)
_ASPECT = re.compile(
    r"\b(?:kept|keeps|keep|continued|continues|continue|began|begins|started|starts|went\s+on"
    r"|managed|manages|managing"  # "which managed to close 0.6% higher": it did
    r"|extended\s+(?:its|their)\s+\w+\s+by"
    r"|(?:responded|responds|responding|reacted|reacts|reacting)\s+by)(?:\s+to)?\b",
    re.IGNORECASE,
)  # "yields kept rising", "the ruble continued to fall", "the lira responded by jumping"
_RELATIVE = re.compile(
    r"^\s*(?:,\s*which|that)\s+(?:has\s+|had\s+|was\s+)?"
    r"(?:(?:" + AT_ONE_POINT + r"|earlier|briefly)\s+)?"
)  # "the ruble, which fell 5%", "WTI, which at one point plunged to minus $40.32"
# "the yield, which had climbed to 4.70% early in the session, ended lower": the whole clause
_WHOLE_RELATIVE = re.compile(  # also with a record appositive: "..., its highest since 2002,"
    r"^\s*,\s*which\s(?:[^,;]|,(?=\d)|" + _OR_SIZE + r")*,(?:\s*(?:its|their)\s[^,;]{1,40},)?\s*$",
    re.IGNORECASE,
)
_GAP_PHRASES = re.compile(
    r"(?i:\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:yesterday|today|overnight)\b|\bat\s+least\b|\b(?:ended|closed|finished|ending|closing|finishing)\s+with\s*$)|\bfor\s+(?:[A-Z][a-z]+\s+|(?:three|3|[Nn]ext|[Ff]ront|[Pp]rompt)[\s-]month\s+)?(?:delivery|loading|settlement)(?:\s+in\s+(?:three|3)\s+months)?\b|\bfor\s+(?:[A-Z][a-z]+)\b|\bat\s+one\s+(?:point|stage)\b"
    # "which at its worst had shed", "and, at the time of writing, was trading"
    r"|\bat\s+(?:its|their)\s+(?:worst|best|lowest|highest|weakest|strongest)\b"
    r"|\bat\s+the\s+time\s+of\s+writing\b"
    r"|\bin\s+(?:early|late|afternoon|morning|asian|european|london|new\s+york|moscow)"
    r"(?:\s+(?:trading|trade|deals))?\b"
    r"|\bin\s+(?:thin\s+|light\s+|holiday\s+|quiet\s+)*(?:offshore|onshore|thin|light|holiday"
    r"|quiet|choppy|volatile)\s+(?:trading|trade|deals)\b"  # "the yuan in offshore trade firmed"
    r"|\b(?:on|in)\s+(?:the\s+)?[A-Z][\w.&'’/-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’/-]*){0,3}"
    r"(?:\s+(?:trade|trading|deals))?(?![\w'’])",
)
# "eked out a 1.5% gain", "scraped out a 0.6% gain", "racked up a 3% advance": a phrasal verb that posts the move noun
_POSTING = re.compile(
    r"\b(?:ek(?:ed|es|e|ing)|chalk(?:ed|s|ing)|rack(?:ed|s|ing)|scrap(?:ed|es|e|ing)"
    r"|scratch(?:ed|es|ing)|squeez(?:ed|es|e|ing))\s+(?:out|up)\b",
    re.I,
)
# "got off lightly with a 1.5% loss", "escaped with a 2.7% drop": the move the session left it
_OUTCOME_WITH = re.compile(
    r"\b(?:escaped|got\s+off|came\s+away|emerged|walked\s+away|limped\s+(?:home|in))"
    r"(?:\s+(?:lightly|relatively|comparatively|largely|only))*\s+with\s*$",
    re.I,
)
# "Wall Street erased early losses and turned positive": a first verb phrase that undoes a
# move, coordinated with the claim's verb, leaves the subject to both
_UNDONE_AND = re.compile(
    r"\b(?:erased|recouped|recovered|reversed|wiped\s+out|shrugged\s+off|shook\s+off)\s+"
    r"(?:(?:its|their|all|most|much|of|some|the|early|earlier|initial|morning|opening)\s+)*"
    r"(?:losses|gains|declines|advances|drop|fall|gain|loss|slide|rally)\s+and\b",
    re.IGNORECASE,
)
# "The CSI 300 index of Shanghai- and Shenzhen-listed blue chips surged": what the index holds
_INDEX_OF = re.compile(
    r"^\s*of\s+(?:[\w&'’./-]+\s+){0,6}?(?:shares|stocks|blue[\s-]chips|companies|firms|issues"
    r"|equities|lenders|banks|exporters)\b(?:\s+listed)?(?:\s+(?:outside|in|from|on)\s+"
    r"(?:the\s+(?:city|mainland|island|country)\b|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
    r"(?:\s+and\s+[A-Z][\w.-]*)?))?",
)  # "of mainland companies listed in the city", "in Shanghai and Shenzhen": where they trade
# "Russian stocks shrugged off the turmoil and closed up 0.9%": a first verb phrase with no
# figure, coordinated with the claim's verb, leaves the subject to both
_FIRST_VERB_AND = re.compile(
    r"^\s*(?:(?:later|then|also|quickly|soon)\s+)?(?:[a-z]+ed|shook|took|held|bore|gave|won)\s+"
    r"(?:off\s+|aside\s+|back\s+)?(?:[a-z'’-]+\s+){0,6}?and\s+$"
)
# "U.S. crude's May contract collapsed", "Brent's front-month contract": the market's contract
ASIDE = re.compile(  # a comma-set aside with no figure of a move, or a descriptive appositive
    r"^\s*,\s*(?:(?:with|as|whose|amid|despite|even\s+as)\s|(?:the|a|an)\s+)"
    r"(?![^,;]*\d\s*(?:%|percent|per\s+cent|points?|bp"
    r"|basis))[^,;]{1,150},\s*$",
    re.IGNORECASE,
)
_DELIVERY = re.compile(
    r"^\s*for\s+(?:[A-Z][a-z]+\s+)?delivery(?:\s+in\s+[A-Z][a-z]+)?(?=\s*,\s*which\b)", re.I
)
_CONTRACT_OF = re.compile(
    r"^['’]s\s+(?:(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|front-month|benchmark|most-active|expiring|nearby)\s+)?(?=contract\b)",
    re.IGNORECASE,
)
_CLOSE_OF = re.compile(
    r"^['’]s\s+(?:close|finish|closing\s+level|settlement|settle)\s+(?=(?:was|is)\b)", re.I
)
_CLAUSE_FORECAST = frozenset(
    [
        "if",
        "should",  # "Should the lira weaken past 30, ...": an inverted conditional
        "unless",
        "whether",
        "expect",
        "expects",
        "expected",
        "predict",
        "predicts",
        "predicted",
        "forecast",
        "forecasts",
        "sees",
        "see",
        "targets",
        "assume",
        "assuming",
        "scenario",
        "could",
        "would",
        "might",
        "may",
    ]
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|while|but|as|after|when)\b")
_JOINERS = frozenset({",", ";", "and", "while", "with", "as", "also", "whereas", "but"})
_NOT_CARRY_AFTER = frozenset({"after", "following", "since"})


def words(gap: str) -> list[str]:
    """The lower-case words and punctuation of a stretch of text."""
    return [w.lower() for w in _WORD.findall(gap)]


def is_forecast(gap: str) -> bool:
    """Whether the words between a subject and its verb make the move a forecast or a negation."""
    gap = _ASPECT.sub(" ", _PARENTHETICAL.sub(" ", gap))  # "which surged to a high", "kept"
    gap = _NOT_HELD.sub(" ", gap)  # "could not hold its early gain and closed 0.5% lower"
    gap = _PRICED_TO.sub(" ", gap)  # "traded at a discount to gold ... after falling"
    gap = _RANKED_TO.sub(" ", gap)  # "was the only major currency to gain against the dollar,"
    gap = first_verb(gap)  # "snapped a losing streak to climb": it did climb
    return any(w in FORECAST_WORDS for w in _modal_words(gap))


_PRICED_TO = re.compile(r"\b(?:discount|premium)\s+to\b", re.IGNORECASE)  # no infinitive
# "was the only G10 currency to rise", "the first emerging-market currency to recover": a rank
# among markets that did move, told as done
_RANKED_TO = re.compile(
    r"\b(?:was|were)\s+(?:the|its)\s+(?:only|first|sole|lone)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:currency|currencies|one|market|index|gauge|asset)\s+to\s+[a-z]+\b",
    re.IGNORECASE,
)


# a gain or loss the subject failed to keep, before the verb of what it did instead
_NOT_HELD = re.compile(
    r"\b(?:could\s+not|couldn['’]t|failed\s+to|did\s+not|didn['’]t)\s+(?:hold|keep|sustain"
    r"|maintain)\s+(?:on\s+to\s+|onto\s+)?(?:the|its|their)\s+(?:early\s+|initial\s+)?"
    r"[a-z]+\s+(?:and|but)\s+$",
    re.IGNORECASE,
)


def clause_is_forecast(prefix: str) -> bool:
    """Whether the words right before the subject make its move no price claim: a conditional or
    a forecast ("if", "analysts expect"), a bet on it, or a quantity of it ("imports of")."""
    clause = _CLAUSE_BREAK.split(prefix)[-1]
    if _GOAL_FOR.search(clause):  # "lifted its year-end target for the Sensex to 93,000"
        return True
    if _BET_ON.search(clause) or _QUANTITY_IN.search(prefix):  # "options betting on the euro
        return True  # falling below parity": a bet; "Volume in E-mini futures hit a record"
    if _PERIOD_IN_WHICH.search(clause):  # "..., a month in which the May contract traded
        return True  # below zero": history inside a longer period, no session's move
    return any(w in _CLAUSE_FORECAST for w in _modal_words(clause))


# a bet on the subject's move, not the move: "hedge funds that had bet on the franc weakening"
_BET_ON = re.compile(
    r"\b(?:bet|bets|betting|wager|wagers|wagering|wagered|positioned|positioning|hedges?|hedging)"
    r"\s+(?:on|for|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_QUANTITY_IN = re.compile(
    r"\b(?:volumes?|turnover|open\s+interest|short\s+interest|inflows?|outflows?|holdings|positions"
    r"|imports?|exports?|output|production|shipments|inventories|stockpiles|reserves|ratio|spread)"
    r"\s+(?:in|of|into|from|between)\s+(?:the\s+)?(?:[\w&'’./-]+\s+){0,3}"
    r"(?:(?:and|or)\s+(?:[\w&'’./-]+\s+){0,3})?$",  # "imports of crude oil and soybeans"
    re.IGNORECASE,
)
# a noun naming a goal or a call for the subject that follows: not its price
_GOAL_FOR = re.compile(
    r"\b(?:target|forecast|estimate|projection|outlook|goal)s?\s+(?:for|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_PERIOD_IN_WHICH = re.compile(
    r"\b(?:a|the)\s+(?:[a-z-]+\s+)?(?:week|month|year|quarter)\s+(?:in|during)\s+which\s+$",
    re.IGNORECASE,
)


def _modal_words(text: str) -> list[str]:
    """Lower-case words, leaving out "May" written as the month."""
    return [w.lower() for w in _WORD.findall(text) if w != "May"]


def clean_gap(gap: str) -> bool:
    """Whether only adverbs and auxiliaries stand between a subject and its verb."""
    gap = _INDEX_OF.sub(" ", gap)  # before a place phrase is cut out of "in Shanghai and ..."
    gap = _CLOSE_OF.sub(" ", _CONTRACT_OF.sub(" ", gap))  # "the index's close was its lowest"
    gap = _DELIVERY.sub(" ", gap)  # "WTI crude for May delivery, which at one point plunged"
    gap = ASIDE.sub(" ", gap)  # "The Dow, with Russia's default still rattling investors, plunged"
    gap = _RELATIVE.sub(" ", _PARENTHETICAL.sub(" ", _WHOLE_RELATIVE.sub(" ", gap)))
    gap = _ASPECT.sub(" ", _GAP_PHRASES.sub(" ", _UNDONE_AND.sub(" ", _posted(gap))))
    gap = _NOT_HELD.sub(" ", gap)  # "could not hold its early gain and closed 0.5% lower"
    gap = first_verb(_FIRST_VERB_AND.sub(" ", _INDEX_OF.sub(" ", gap)))
    return all(w in GAP_WORDS or (w.endswith("ly") and len(w) > 4) for w in words(gap))


def _posted(gap: str) -> str:
    """The gap without a verb that posts the move noun after it ("eked out", "escaped with"),
    nor the count of a streak ("posted its fifth straight record close")."""
    return NTH.sub(" ", _OUTCOME_WITH.sub(" ", _POSTING.sub(" ", gap)))


NTH = re.compile(  # "its fifth straight", "a third consecutive", "yet another"
    r"\b(?:its|their|a|an)\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th)|[a-z]+teenth)\s+(?:straight\s+|consecutive\s+|successive\s+)?"
    r"|(?:yet\s+)?another\s+)$",
    re.IGNORECASE,
)


_HEDGED_VERB = re.compile(r"\b(?:more\s+than|at\s+least|nearly|almost|roughly)\s*$", re.IGNORECASE)
_NEGATED_VERB = re.compile(  # a figureless verb the subject did not do: no move, no new subject
    r"\b(?:never|not|did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t)\s+[a-z]+"
    r"(?:\s+(?:back|up|off|there|on))?"  # "could not hold (on to) its early gains, closing"
    r"(?:\s+(?:on\s+to\s+|onto\s+)?(?:the|its|their|that|those)\s+(?:early\s+|initial\s+)?"
    r"(?:gains?|advance|rally|rise|losses|loss|slide|drop|fall|momentum|level|ground))?(?=\s*,)",
    re.IGNORECASE,
)
_AT_ONE_POINT = re.compile(
    r"\b(?:"
    + AT_ONE_POINT
    + r"|within\s+(?:(?:a\s+few|two|three|several)\s+)?(?:hours|minutes))\b",
    re.IGNORECASE,
)
_SURPASSING = re.compile(
    r"\b(?:surpassing|topping|eclipsing|beating)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:peak|high|record|close)\b",
    re.IGNORECASE,
)
_VERB_HEDGE = re.compile(r"\b(?:more\s+than|at\s+least|nearly|almost|roughly)\s*$", re.IGNORECASE)


_NEW_NAME = re.compile(r"(?:,|\band)\s+(?:the\s+)?[A-Z]")  # a clause with a subject of its own


ONLY_TO = re.compile(r"\bonly\s+to\s*$", re.IGNORECASE)
_TURN_WORDS = (
    r"\b(?:(?:reversed|reversing|reverses|reverse)(?:\s+(?:course|direction)|(?=\s+to\s))"
    r"|(?:reversed|reversing)\s+(?:in|during)\s+the\s+(?:[A-Z][\w.]*\s+){0,2}(?:session|afternoon|trade"
    r"|trading)(?=\s+to\s)"  # "but reversed in the New York session to settle 1.2% lower"
    r"|(?:went|goes|going|go)"
    r"\s+on|turned\s+(?:around|tail)|staged\s+an?\s+(?:late\s+|sharp\s+|strong\s+|dramatic\s+)?"
    r"(?:turnaround|rebound|recovery|comeback|reversal|rally))"  # "staged a late turnaround to"
)
_TURN = re.compile(_TURN_WORDS + r"(?:\s+(?:to|and))?\s*$", re.IGNORECASE)
TURN_TO = re.compile(_TURN_WORDS + r"\s+to\s*$", re.IGNORECASE)  # "but went on to plunge 7.3%"


_THROUGH = re.compile(
    r"\b(?:through|throughout|into|during|for\s+much\s+of|for\s+most\s+of)\s+(?:the\s+)?"
    r"(?:morning|afternoon|session|day|trading\s+day|european\s+session|asian\s+session)\b",
    re.IGNORECASE,
)
# a figureless relative clause on the move noun before: "erased a 9-basis-point jump that
# followed the payrolls report and ended flat": "and" joins the next verb to the subject
_NOUN_RELATIVE = re.compile(r"^\s*(?:that|which)\s+[a-z]+\b[^,;\d]{0,50}?\s(?=and\s+$)")


_CAUSE = re.compile(  # a cause that pares the subject's own move ("pared its gain"): no new subject
    r"\b(?:profit[\s-]taking|(?:late\s+)?selling(?:\s+pressure)?|a\s+late\s+sell-?off"
    r"|short[\s-]covering|bargain[\s-]hunting)(?:\s+in\s+[a-z]+(?:\s+[a-z]+)?)?"  # "... in banks"
    r"(?:\s+(?:later|then|eventually))?\s*$",
    re.IGNORECASE,
)


_DAY_AFTER_ASIDE = re.compile(
    r"^\s*,\s*(?:a|one|two|three)\s+(?:days?|sessions?|weeks?)\s+(?:after|before)\s[^,;\d%]{1,60},"
    r"(?=\s*$)",
    re.IGNORECASE,
)
_OFF_LOWS = re.compile(
    r"^\s*(?:well\s+|just\s+)?off\s+(?:its|their|the)\s+(?:session\s+|day['’]s\s+|intraday\s+)?"
    r"(?:lows?|highs?|peaks?|best|worst|weakest|strongest)(?:\s+levels?)?"
    r"(?:\s+(?:of|for)\s+the\s+(?:day|session))?(?:\s+on\s+[A-Z][a-z]+day)?"
    r"(?=\s+(?:after|before|but)\b)",
    re.IGNORECASE,
)


def carry_gap(gap: str) -> tuple[bool, bool]:
    """(may carry the subject, may carry the session) across the words between two claims."""
    gap = without_joined_phrase(gap)  # "but the gauge ran out of steam and closed 1.1% higher"
    gap = without_event(gap)  # "opened 2% lower after the overnight scare and closed down 1.4%"
    gap = _NEGATED_VERB.sub(" ", gap)  # "tumbled 10% at the open and never recovered, closing"
    gap = _AT_ONE_POINT.sub(" ", gap)  # "tumbled 7% and at one point slid below $50,000"
    gap = _OFF_LOWS.sub(" ", gap)  # "though it ended off its lows after tumbling 1,600 points"
    gap = _DAY_AFTER_ASIDE.sub(" ", gap)  # "which slid 2.8% on Wednesday, a day after X, was"
    gap = _TURN.sub(" ", gap)  # "climbed 1.9% in the morning but reversed course to plunge 7.3%"
    gap = ONLY_TO.sub(" ", gap)  # "spiked to a record, only to pare its gain": what followed
    gap = _HEDGED_VERB.sub(" ", gap)  # "..., having more than doubled": the hedge sizes the verb
    gap = _SURPASSING.sub(" ", gap)  # "closed at 82.69, surpassing its 2008 peak to set a record"
    gap = _VERB_HEDGE.sub(" ", gap)  # "added 0.95%, more than doubling from its low": the size's
    gap = NTH.sub(" ", gap)  # "..., posting its fifth straight record close"
    gap = _THROUGH.sub(" ", gap)  # "extended losses through the afternoon and finished 3.6% lower"
    gap = _NOUN_RELATIVE.sub(" ", gap)  # "a 9 bp jump that followed the data and ended flat"
    gap = _CAUSE.sub(" ", gap)  # "..., before profit-taking trimmed its advance to 1.1%"
    gap = _PORTION.sub(" ", gap)  # "recovered more than half of an early 4% slump"
    gap = _DAY_RENAMED.sub(" ", gap)  # "on Friday, the last trading day of the quarter, but"
    gap = _DAYS_EVENT.sub(" ", gap)  # "since last Thursday's referendum and added"
    gap = _LEAVING_WITH.sub(" ", gap)  # "..., leaving the metal with a weekly loss of 1.6%"
    gap = _WRITING.sub(" ", gap)  # "and, at the time of writing, was trading 5.2% lower"
    gap = _FINAL_SESSION.sub(" ", gap)  # "in the final session of 2021 but still posted"
    gap = _POSTING.sub(" ", gap)  # "..., but still chalked up a yearly loss of 14%": as "posted"
    gap = _DAYS_BEFORE.sub(_unless_pre, gap)  # "..., two days (a month) after touching a record"
    gap = _PERIOD_COMPARED.sub(" ", gap)  # "..., its sharpest quarterly advance since 2022,"
    gap = _CAUSE_APPOSED.sub(" ", gap)  # "slid 1.8% after the central bank devalued the unit, its"
    tokens = words(gap)
    allowed = all(w in CARRY_WORDS or w in {",", ";", "—", "–", "-"} for w in tokens)
    last = words(without_joined_phrase(gap.rsplit(",", 1)[-1])) if "," in gap else []
    if (
        not allowed
        and last
        and last[0] in {"then", "before", "and", "having", "later", "after", "but"}
    ):
        allowed = all(w in CARRY_WORDS for w in last)  # "..., then settled 14.6% higher"
    if not allowed and tokens and tokens[-1] in {"before", "then"}:
        allowed = not any(
            w in {";", "while", "whereas", "but"} for w in tokens
        ) and not _NEW_NAME.search(gap)  # "... before ending", not "..., and UBS shares ... before"
    return allowed, not any(w in _NOT_CARRY_AFTER for w in tokens)


_PORTION = re.compile(r"\b" + PORTION, re.IGNORECASE)
# a cause clause with no figure, set off before an appositive of the move it caused
_CAUSE_APPOSED = re.compile(r"^\s*(?:after|as|when|following)\s+[^,;%$]{3,140}?,\s*$", re.I)
# "since last Thursday's referendum and added a further 0.6%": the event the day is named by
_DAYS_EVENT = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){1,3}?(?=(?:and|but|then|before)\s)")
_WRITING = re.compile(r"\bat\s+the\s+time\s+of\s+writing\b", re.IGNORECASE)
_LEAVING_WITH = re.compile(
    r"^\s*,\s*leaving\s+(?:it|them|the\s+(?:[a-z-]+\s+)?[a-z-]+)\s+with\s+$", re.IGNORECASE
)
_DAY_RENAMED = re.compile(  # an appositive that renames the day just named
    r"^\s*,\s*(?:the|its)\s+(?:[a-z]+\s+)?(?:full\s+)?(?:trading\s+)?(?:day|session)"
    r"\s+(?:of|before|after)\s+[^,;\d]{1,40}?(?=,)",
    re.IGNORECASE,
)
# "tacked on 0.9% in the final session of 2021 but still posted ...": which session it was
_FINAL_SESSION = re.compile(
    r"\b(?:in|on)\s+(?:the\s+(?:final|last|first|closing)\s+(?:trading\s+)?(?:session|day)\s+of"
    r"\s+(?:the\s+(?:year|month|quarter|week)|(?:19|20)\d\d)|the\s+(?:year|month|quarter|week)['’]s"
    r"\s+(?:final|last|first|closing)\s+(?:trading\s+)?(?:session|day))\b",
    re.IGNORECASE,
)
_DAYS_BEFORE = re.compile(SPAN.removesuffix(r"after\b") + r"(?=after\b)", re.I)
_PERIOD_COMPARED = re.compile(  # a multi-session comparison, which makes no claim of its own
    r"^\s*,\s*(?:its|their)\s+(?:[a-z]+est|best|worst|biggest)\s+(?:weekly|monthly|quarterly"
    r"|annual|yearly)\s+[a-z-]+\s+(?:since|in|of|on)\s+[^,;]{1,40}?(?=,)",
    re.IGNORECASE,
)
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\s+[^,;]*", re.IGNORECASE)
_CAUSING = re.compile(  # the participle's object moved in the same session as its cause
    r",\s*(?:sending|pushing|dragging|lifting|driving|knocking|pulling|boosting|leaving)\s*$",
    re.IGNORECASE,
)
_CAME_AS = re.compile(r",\s*which\s+came\s+(?:as|when)\s+(?:the\s+)?", re.IGNORECASE)
# "on Thursday as investors fretted over spending, while the Bovespa slid": a cause between
_CAUSE_CLAUSE = re.compile(
    r"\s*(?:as|amid|despite|on(?=\s+(?:the|a|an|hopes|fears|worries|concerns|expectations|bets"
    r"|signs|news|reports?|data)\b))\s+[^,;\d]{1,120}?,\s*(?=(?:and|while|whereas|but)\s)",
    re.I,
)


def _without_cause(prefix: str) -> str:
    """The joining words once a figureless, timeless cause clause before them is dropped."""
    cause = _CAUSE_CLAUSE.match(prefix)
    if cause is None or TIME_RE.search(cause.group(0)):
        return prefix
    return prefix[cause.end() :]


def joins(prefix: str) -> bool:
    """Whether a new subject's clause is joined to the previous claim's as the same moment
    (", and", "while", "with"), not as an earlier one ("after")."""
    if _WHEN_CLAUSE.fullmatch(prefix):  # "slid 5.1% on Monday, when forecasts sent the contract"
        return True
    if _CAUSING.search(prefix):  # "slid 2% on Thursday (as ...), sending the Russell 2000 up"
        return not any(w in _NOT_CARRY_AFTER or w == ";" for w in words(prefix))
    tokens = words(_CAME_AS.sub(" ", _without_cause(prefix)))  # "..., which came as the yield"
    return all(w in _JOINERS for w in tokens) and not any(w in _NOT_CARRY_AFTER for w in tokens)


def _unless_pre(m: re.Match[str]) -> str:
    """ "two days after" goes; "in seven months after" stays (a look-back, not a span)."""
    return m.group(0) if m.group("pre") else " "


_WIPING = re.compile(  # a participle undoing a figureless earlier move, then "in its worst day"
    r"^\s*,\s*(?:wiping\s+out|erasing|eroding|reversing)\s+[^,;\d%]{1,60}?\s*$",
    re.IGNORECASE,
)


def wiping(kind: Kind, gap: str) -> bool:
    """ "..., wiping out all of the gauge's gains for the year in its worst day since 2007": a
    figureless participle between a move and the ranking of its day, which stays the move's."""
    return kind is Kind.BIGGEST and _WIPING.fullmatch(gap) is not None
