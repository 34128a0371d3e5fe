"""Claim extraction: article text in, market claims out. Total: never raises.

``extract_claims`` is the public entry: any text in, claims out. It wraps the parser
(``parser.parse_claims``), which may raise on a bug; tests call the parser directly so that
bugs surface there instead of being swallowed here.

Modules, in the order the words flow through them:
  sentences.py      sentences with offsets, datelines, a leading transition ("Meanwhile,");
                    run-on text cut into bounded pieces
  subjects.py       instrument mentions (registry phrases, currency words, anaphors), FX sides
  subject_words.py  the words around a mention: what widens it, owners, places, unlisted goods
  venues.py         "London cocoa", "Shanghai copper": another exchange's contract, no mention
  offshore.py       a bare "the yuan" in offshore trade is the offshore yuan (CNH)
  counterparts.py   "its offshore counterpart" after the onshore yuan is the offshore yuan, and back
  elided.py         "..., while Italy's jumped 14 bp": an owner alone names the yield or currency just named
  elided_units.py   "the former falling 6 basis points and the latter rising 3": the unit elided
  subject_table.py  a registry's phrase table compiled into a Matcher
  yields.py         tenor yield phrases the aliases do not spell out ("five-year yields")
  short_names.py    "the enterprises index" after "China Enterprises index": a short name
  triggers.py       where a claim starts: movement verbs, "was up", "at session highs", records
  trigger_patterns.py  the verb, state and move-noun pattern tables triggers.py reads
  record_phrases.py where record and biggest-move phrases stand ("its lowest since 2014")
  folding.py        text lower-cased as re.IGNORECASE reads it: a pattern whose words are absent is skipped
  verb_guards.py    words shaped like motion verbs that state no move where they stand
  with_states.py    "with the euro at $1.12", "with the Dow 0.5% higher": bare states' subjects
  apposed_states.py "Gold, up 12% this year, fell 0.5%": a state set off between subject and verb
  tail_state.py     the Tail record: everything a tail says, filled in while it is read
  tail.py           what follows: sizes, levels, counter currency, time words, records
  tail_records.py   records, firsts and biggest moves in a tail (claims of their own)
  first_phrases.py  firsts told without "for" or as a clause: "..., a first since August 2020"
  tail_comma.py     what a tail reads after a comma: ", or 12.9%", ", 6.5% weaker", ", at $71.35"
  name_sizes.py     "Frankfurt's DAX (-2.2%), Paris's CAC 40 (-2.7%) ...": a size after each name
  tail_respectively.py  "1.2% and 0.8%, respectively": sizes read in turn
  tail_words.py     what a tail reads past: adverbs, fillers ("a barrel", "from Friday"), places
  tail_with.py      a window closed "with" a sized move noun: "ended the week with a 3% loss"
  tail_moves.py     sizes read with a noun: "sank a record 9.7%", "pushing the DAX to a 2.9% loss"
  figures.py        numbers, units, hedges, levels, record and biggest-move phrases
  timewords.py      time phrases and calendar arithmetic
  lookback.py       look-back starts: "since 2014", "since 22 April", "a 17-year low"
  timeresolve.py    which date one time phrase points to, and its window start
  context.py        who a claim is about: direct subject, carried subject, "it" / "the index"
  gaps.py           the words between a subject and its verb, or two claims: clean, joined
  listed.py         a generic stock phrase on its own market ("Chinese stocks listed in Shanghai")
  carry.py          choosing among them: coordinated groups, appositives, participles, "both"
  figure_counters.py  the counter currency a claim's own figures name ("per dollar", "$1.12")
  frames.py         a claim frame (subjects, trigger, tail, time) and its sizes, ways, levels
  assemble.py       Claim values from a subject, a trigger and its tail
  measures.py       which measure a claim states (close, intraday, extreme, level, window)
  gapping.py        "the yen gained 0.4% and the franc 0.3%": clauses sharing one verb
  shared_window.py  "rose 1% and the S&P 500 0.8% this week", "and silver 2% in early trade": shared
  shared_intraday.py "lost 1.1% in morning trade, while the Topix shed 1.4%": the part of the day shared
  respective_days.py  "fell 8.8% and rebounded 3.3% on Monday and Tuesday, respectively"
  in_turn.py        "A and B rose 0.3% and fell 0.2%, respectively": each market its own move
  bare_states.py    "and 0.3% lower", "yielded 4.12%": states with no verb of their own
  result_pair.py    "..., leaving the Russian currency at its weakest": the cross just named
  crossed_back.py   "which crossed 101 per dollar on Monday, recovered to 97.40": crossed back
  later_days.py     "hit a record on Monday and slumped 3% the next day": a day counted on
  fronted_since.py  "Since January, the lira has shed 30%": a window opened before the subject
  pared_states.py   "rose 1.5% ..., but was last 1% firmer": a move a later state pares was an extreme
  record_owner.py   "A and B fell 2% and 3%, the B's worst day since 2020": the record is B's
  day_points.py     "swung from a 2% loss to close higher", "within hours": points inside one session
  peak_gaps.py      "sits 19% below the all-time high it set on July 11": a window from a dated record
  session_peaks.py  "settled at $6.32, off a session peak of $6.40": the day's extreme at that level
  posted_moves.py   "eked out a small gain", "staged a recovery": unsized moves a verb posts
  reference_records.py "..., up from Monday's 17-month low of 101.95": a dated record as reference
  dated_records.py  "some 11% below Aug. 10's all-time high of $8.49": a dated earlier record is a claim
  since_moves.py    "since last Monday's 12.4% collapse": the dated move noun is a claim too
  owned_totals.py   "the index's two-day loss topped 12%": a running total with its owner as subject
  undone.py         "pared an early 4% rise": a move noun the verb undoes is the day's extreme
  episodes.py       "during the pension-fund crisis", "in five of the past six weeks": history
  events.py         "opened lower after the scare and closed down 1.4%": a verbless cause opens no clause
  owner_words.py    "a 7% jump in copper as ...": where a move noun's named owner ends
  echoes.py         an unsized claim that another claim of the sentence states with a figure
  apportioned.py    "Brent and WTI slumped, the former by 3.8% and the latter by 4.1%"
  merge.py          joins within a sentence: "..., falling 2.5%", "pared gains to close"
  restated_nouns.py "settled $3.59 higher ..., and the 4.3% gain was": one move, in percent
  writing_time.py   "..., and was last up 4.1%": a state at the time of writing is the reference day's
  folded_levels.py  "..., with Brent settling at $87", "shed 4.1% this week to end Friday at 1,012"
  apposed.py        "at $1.2630, down 0.3%": a size set off after a level (or a list of them) is its move
  closes.py         "the index's Friday close of 38,814.56": a level on the day named
  phrasal.py        verbs of several words: "wrapped up 1% higher", "changed hands at $1.0862"
  early_moves.py    "reversed course after an early 1.5% slide": the early move is the day's extreme
  previous_close.py ", compared with its close of 83.5750 in the previous session"
  caused_moves.py   "A 41-point gain left the ASX 200 at 7,845.2": a sized noun is its object's move
  restate.py        "lost 12.2%, shedding 310.45 points", "..., breaching 80 per dollar": one move
  reversals.py      later words that turn a claim: "..., before recovering", "and then tumbled"
  left_levels.py    "spiked to 1.614% ... before settling at 1.52%", "only to finish 2.1% lower": a
                    level left is the extreme
  since_reached.py  "since hitting a record $2,790.15 on Oct. 31": that day's extreme, too
  parser.py         the sentence loop that ties them together
  unknown_names.py  "The Taiex and the Kospi fell 4.4% and 2.8%": the first figure is the unknown's
  side_clause.py    "Having slid 3% on Monday, the DAX ...": a fronted clause's moves
  fronted.py        words before the subject: "For the first time ever, gold breached $3,000"
  fronted_counters.py  "Against the yuan, the rouble ...": a counter fronted for a sentence or clause
  one_extreme.py    a day has one low: two extremes on one side of it are one point
  day_ranges.py     "having traded between $36,920 and $37,980": each end is the day's extreme
  both_records.py   "..., the lowest for both since 2021", "their steepest falls": one record for each
  named_period.py   "slid 6.2%, its worst week since 2022": an undated move named as a period's
  sentence_day.py   one day per sentence: an undated clause takes the day another names
  period_sized.py   "capped its worst week since 2023, a drop of about 10%": that week's move too
  perfect_windows.py "has soared 360% in peso terms this year": a perfect-tense move over its window
  apposed_rankings.py "a 1.9% slide on Thursday that had been its steepest since": that day's ranking
  dollar_counters.py "its highest against the Japanese currency": the dollar's pair, not the index
  compared_moves.py "0.4% higher, lagging a 1.1% advance for the Nikkei": the same point of the day
  first_verbs.py    "snapped a three-day losing streak to climb 2.1%": one subject for both verbs
  cash_index.py     "E-mini futures ..., after the cash index's 4.3% slide": the index the futures track
  unknown_gaps.py   "Paris wheat fell 2% and Chicago wheat 1.5%": gapped clauses after an unknown subject
  seen_moves.py     "a rally that has seen prices more than double since January": the run's move
  referenced.py     claims told by reference to one already made (peak gaps, session peaks, runs)
  record_lists.py   "rose 3.6% and 2.5% to records of X and Y, respectively": records listed in turn
  last_passes.py    the passes after every other rule: leftover figures, prices named as marks,
                    move nouns with a price or an owner, dated records, closes folded
  other_counters.py "... per euro and 0.4% against the dollar": a move against a second counter
  extreme_closes.py "ended near its session low, 2.3% lower at 36,120.5": the close's move
  unclaimed.py      leftover figures: in % or bp, no claim took them, after a claim on their market
  unclaimed_periods.py "knocking 13% off the index in two sessions": a leftover's window move
  unclaimed_moves.py "well off a 3% slide at its worst", "the gain faded to 0.6% by the close"
  touched_prices.py "well off the $139.13 it hit overnight": a price reached, named as a mark
  noun_levels.py    "before a sudden rebound to 146.2": a move noun's price, reached its way
  owned_nouns.py    "A 2.4% gain for the Kospi on Thursday came as ...": a noun a market owns
  owned_anaphors.py "as Brent sank 24%, the currency's biggest drop": the kind's market
  left_marks.py     words with no claim of their own: "pulled back from session peaks", "swung by"
  continued.py      a verb that goes on from the claim before: "only to collapse 7.3%"
  span_after.py     "two months (hours, a week) after touching a record": the day before the clause
  passives.py       "A drop of 0.8% was recorded by the franc", "3% was wiped off the Nikkei": the
                    market made the subject before the sentence is read (spans still map back)
  periods_in_which.py "capping a week in which it lost 25%": the period's own move
  list_slots.py     "Solana, bitcoin and ether slid 7%, 4% and 6%, respectively": known markets'
                    places in a list with names the registry lacks
  former_latter.py  "..., the latter its worst day since 2008": a mark on one of two markets
  other_names.py    names that make a phrase another thing: "Urals crude", "Barrick Gold", "a few
                    dollars", "Swiss 10-year yields", another market's volatility gauge
  weekend_days.py   a claim published on a weekend that names no day: Friday's session
  closed_states.py  "ended well off its lows but was still down 14%": a state set against a close
  record_ways.py    the way of a record told with none: "a record 89.99 per dollar" for the rouble
  frame_time.py     a claim frame's time: fronted, inner, shared and parallel time words
  days_after.py     "a day after it shed 2.3%": the clause's day is the session before
  bare_levels.py    "the euro touched 0.9803 pound": a bare number after a verb of reaching
  paraphrased_records.py "a depth it had not visited since 2009", "had no equal since 1987":
                    records and biggest moves told without the word
  participle_counters.py "rebounded, strengthening 5% against the yuan": one move, the named pair's
  lexicon.py        word lists; trie.py a fast many-phrase regex; bench.py the corpus benchmark
  currency_words.py currency names, unit forms ("6 roubles"), owners and signs
  lead_words.py, tail_hints.py  cheap word checks that skip long patterns a sentence cannot match
  bench_corpus.py   the benchmark corpus: gold labels and rows, read from its JSONL files
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from dashboard.claims.parser import parse_claims
from dashboard.domain import Claim
from dashboard.instruments import Registry, load_registry

_log = logging.getLogger(__name__)


def extract_claims(
    text: str, published: date, registry: Registry | None = None
) -> tuple[Claim, ...]:
    """Every market claim in ``text``, in text order, each with its exact span."""
    try:
        if not isinstance(text, str) or not text:
            return ()
        if isinstance(published, datetime):  # also pandas Timestamps: the calendar date only
            published = published.date()
        return parse_claims(text, published, registry or load_registry())
    except Exception:  # total by contract: a parser bug loses claims, never the page
        _log.exception("claim extraction failed on a %d-character text", len(text))
        return ()
