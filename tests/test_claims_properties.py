"""Invariants of the claim parser on any text: it never raises, every span is an exact slice
of the text, and claims come in text order."""

from __future__ import annotations

import time
from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.claims import extract_claims
from dashboard.claims.parser import parse_claims
from dashboard.claims.sentences import MAX_SENTENCE, split_sentences
from dashboard.domain import Claim
from dashboard.instruments import load_registry
from tests.conftest import SEED

REGISTRY = load_registry()
WORDS = [
    "the", "ruble", "rouble", "dollar", "euro", "yen", "oil", "Brent", "gold", "MOEX", "index",
    "it", "rose", "fell", "was", "up", "down", "as much as", "45%", "2.1%", "$97.93", "a barrel",
    "per dollar", "Thursday", "yesterday", "the previous day", "record low", "its highest since",
    "2014", "at the open", "session highs", "and", "after", ",", ".", "\n\n", "respectively",
    "Stocks in Europe", "Russian markets", "could", "this week", "Feb. 24", "MOSCOW, Feb 25 (Reuters) -",
    "basis points", "a third", "doubled", "’s", "'s", "(", ")", "—", "<b>", "&amp;", "\x00", "İ",
    "a 5000-year low", "over the past 90000 weeks", "in the previous 999999 days", "Feb. 30",
    "since February 30, 2020", "for the first time in 9999 years", "swung from a loss of 2% to a",
    "gain of", "pared", "as low as", "a high of", "Hong Kong's Hang Seng", "which fell", "per cent",
    "so far in March", "in Thursday's session", "on Monday and Tuesday", "a day after", "Record",
    "\u00a0", "\t", "\u00ad", " \n ", "  ",
]  # fmt: skip

market_text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.text(max_size=400)
any_day = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


def _check(text: str, claims: tuple[Claim, ...]) -> None:
    starts = [c.start for c in claims]
    assert starts == sorted(starts)
    for claim in claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.size is None or claim.size >= 0
        assert claim.instrument in REGISTRY.ids()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text, published=any_day)
def test_any_unicode_text(text: str, published: date) -> None:
    """Arbitrary Unicode (control characters included) never raises and spans match the text."""
    _check(text, parse_claims(text, published, REGISTRY))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=market_text, published=any_day)
def test_market_word_salad(text: str, published: date) -> None:
    """Shuffled market vocabulary exercises every rule; still no exception, exact spans, in order."""
    _check(text, parse_claims(text, published, REGISTRY))


@settings(max_examples=100, deadline=None)
@given(prefix=any_text, published=any_day)
def test_seed_with_noise_prefix(prefix: str, published: date) -> None:
    """Noise before the seed article shifts offsets but never breaks a span."""
    text = prefix + "\n\n" + SEED.read_text("utf-8")
    _check(text, parse_claims(text, published, REGISTRY))


def test_public_entry_is_total_on_bad_input() -> None:
    """The public entry returns () for empty text and for a non-string, without raising."""
    assert extract_claims("", date(2022, 2, 25)) == ()
    assert extract_claims(None, date(2022, 2, 25)) == ()  # type: ignore[arg-type]


def test_datetime_publication_is_read_as_its_date() -> None:
    """A datetime (or pandas Timestamp) publication time gives the same claims as its date."""
    text = "The ruble gained 2.1% against the dollar on Friday."
    by_date = extract_claims(text, date(2022, 2, 25))
    assert by_date
    assert extract_claims(text, pd.Timestamp("2022-02-25 14:05", tz="UTC")) == by_date


def test_one_megabyte_parses_in_bounded_pieces() -> None:
    """A 1 MB article (the seed repeated, plus a 200 kB run with no punctuation) parses whole:
    no sentence handed to the rules is longer than MAX_SENTENCE, so work grows with length.
    The time is printed (pytest -s), not asserted: a loaded machine must not fail it."""
    seed = SEED.read_text("utf-8")
    text = (seed * (1_000_000 // len(seed) + 1))[:1_000_000] + "rose fell " * 20_000
    assert max(s.end - s.start for s in split_sentences(text)) <= MAX_SENTENCE
    start = time.perf_counter()
    claims = parse_claims(text, date(2022, 2, 25), REGISTRY)
    print(f"\n1.2 MB parsed in {time.perf_counter() - start:.1f} s, {len(claims)} claims")
    _check(text, claims)
    assert len(claims) >= 8 * (1_000_000 // len(seed))


def test_html_is_just_text() -> None:
    """Markup is treated as text: spans still slice the original string exactly."""
    html = "<p>The <b>ruble</b> gained 2.1% against the dollar &amp; oil slipped.</p>"
    _check(html, parse_claims(html, date(2022, 2, 25), REGISTRY))
