"""Invariants of the reconciler, on real snapshot rows with generated claims (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.domain import (
    Article,
    Claim,
    Direction,
    Hedge,
    Measure,
    PriceSeries,
    Reconciliation,
    Unit,
    Verdict,
)
from dashboard.prices import PriceBook
from dashboard.reconcile import reconcile
from tests.reconcile_data import series_for

ARTICLE = Article(text="", published=pd.Timestamp("2022-03-01"))
INSTRUMENTS = ("IMOEX", "STOXX600", "BRENT")
START, END = pd.Timestamp("2021-10-01"), pd.Timestamp("2022-04-30")
PERCENT_MEASURES = (
    Measure.SESSION_CHANGE,
    Measure.OPEN_MOVE,
    Measure.INTRADAY_EXTREME,
    Measure.INTRADAY_CHANGE,
    Measure.SESSION_HIGH,
    Measure.PERIOD_CHANGE,
    Measure.RECORD,
    Measure.BIGGEST_MOVE,
)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _window(series: PriceSeries, factor: float = 1.0) -> PriceSeries:
    """A few months of a real series, every price multiplied by ``factor``."""
    frame = series.frame[(series.frame.index >= START) & (series.frame.index <= END)].copy()
    for column in ("open", "high", "low", "close"):
        frame[column] = frame[column] * factor
    return replace(series, frame=frame)


def _book(factor: float = 1.0) -> PriceBook:
    return PriceBook({i: tuple(_window(s, factor) for s in series_for(i)) for i in INSTRUMENTS})


BOOK = _book()
SESSIONS = {i: [d.date() for d in BOOK.for_instrument(i)[0].frame.index[30:]] for i in INSTRUMENTS}


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """A percentage claim about a real session of one of the instruments."""
    instrument = draw(st.sampled_from(INSTRUMENTS))
    session: date = draw(st.sampled_from(SESSIONS[instrument]))
    measure = draw(st.sampled_from(PERCENT_MEASURES))
    direction = draw(st.sampled_from([Direction.UP, Direction.DOWN, Direction.FLAT]))
    size = draw(st.one_of(st.none(), st.floats(0.1, 40).map(lambda x: round(x, 1))))
    hedge = draw(st.sampled_from(list(Hedge)))
    text = f"moved {size}%" if size is not None else "moved"
    since = session - pd.Timedelta(days=draw(st.integers(3, 60))).to_pytimedelta()
    return Claim(
        text, 0, len(text), instrument, "it", measure, direction,
        size=size, unit=Unit.PERCENT if size is not None else None, hedge=hedge,
        session=session, since=since,
    )  # fmt: skip


def _key(r: Reconciliation) -> tuple[object, ...]:
    return (r.claim, r.verdict, r.observed, r.explanation, r.sessions)


@SETTINGS
@given(claim_list=st.lists(claims(), min_size=1, max_size=4), factor=st.floats(0.01, 1000.0))
def test_scaling_prices_changes_no_percentage_verdict(
    claim_list: list[Claim], factor: float
) -> None:
    """Multiplying every price of the instruments by a positive constant keeps each verdict."""
    plain = reconcile(claim_list, BOOK, ARTICLE)
    scaled = reconcile(claim_list, _book(factor), ARTICLE)
    assert [r.verdict for r in plain] == [r.verdict for r in scaled]


@SETTINGS
@given(claim_list=st.lists(claims(), min_size=0, max_size=5))
def test_exactly_one_verdict_per_claim(claim_list: list[Claim]) -> None:
    """Each claim gets one reconciliation, in order, with one of the five verdicts."""
    results = reconcile(claim_list, BOOK, ARTICLE)
    assert [r.claim for r in results] == claim_list
    assert all(isinstance(r.verdict, Verdict) and r.explanation for r in results)


@SETTINGS
@given(claim_list=st.lists(claims(), min_size=2, max_size=5), data=st.data())
def test_the_order_of_claims_changes_nothing(claim_list: list[Claim], data: st.DataObject) -> None:
    """Reconciling the claims in another order gives the same result for each claim."""
    order = data.draw(st.permutations(range(len(claim_list))))
    forward = reconcile(claim_list, BOOK, ARTICLE)
    shuffled = reconcile([claim_list[i] for i in order], BOOK, ARTICLE)
    assert [_key(forward[i]) for i in order] == [_key(r) for r in shuffled]
