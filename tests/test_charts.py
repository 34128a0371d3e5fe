"""Plotly figures on the real snapshot rows: claim charts and the market-reaction event window.

Expected prices are issue 2's hand-derived figures from the vendor rows (MOEX 24 Feb 2022 low
1681.55 vs 22 Feb close 3084.74; 24 Feb close 2058.12, 25 Feb close 2470.48).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import articles, charts, pipeline
from dashboard.domain import (
    Claim,
    Direction,
    Figure,
    Measure,
    Reconciliation,
    RowRef,
    Source,
    Unit,
    Verdict,
)
from dashboard.instruments import load_registry
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed_check() -> pipeline.ArticleCheck:
    """The seed checked on the bundled snapshot."""
    return pipeline.check_article(articles.load_article(SEED))


def _result(check: pipeline.ArticleCheck, words: str) -> tuple[int, Reconciliation]:
    for number, result in enumerate(check.results, 1):
        if words in result.claim.text:
            return number, result
    raise AssertionError(f"no claim with {words!r}")


def _trace(figure: go.Figure, name: str) -> dict[str, Any]:
    data = figure.to_plotly_json()["data"]
    return next(t for t in data if t.get("name") == name)


def test_moex_claim_is_drawn_as_candles_with_reference_and_observed(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """'As much as 45%': candles, reference = close 22 Feb, observed = low 24 Feb, session shaded."""
    number, result = _result(seed_check, "as much as 45%")
    series = seed_check.book.from_source("IMOEX", Source.MOEX)
    assert series is not None
    figure = charts.claim_figure(result, series, load_registry().get("IMOEX"), number)
    assert figure is not None
    assert figure.data[0].type == "candlestick"
    reference = _trace(figure, "reference")
    observed = _trace(figure, "observed")
    assert list(reference["y"]) == pytest.approx([3084.74])
    assert list(reference["x"]) == ["2022-02-22"]
    assert list(observed["y"]) == pytest.approx([1681.55])
    assert list(observed["x"]) == ["2022-02-24"]
    sessions = list(figure.data[0].x)  # sessions are categories: no weekend or halt gaps
    shapes = figure.to_plotly_json()["layout"]["shapes"]
    band = next(s for s in shapes if s["type"] == "rect")
    assert band["x0"] < sessions.index("2022-02-24") < band["x1"]
    claimed = next(
        s for s in shapes if s["type"] == "line" and s.get("line", {}).get("dash") == "dash"
    )
    assert claimed["y0"] == pytest.approx(3084.74 * 0.55)  # −45% from the reference close
    halt = [
        a["text"]
        for a in figure.to_plotly_json()["layout"]["annotations"]
        if "no rows" in a["text"]
    ]
    assert halt == ["no rows 25 Feb – 24 Mar 2022"]  # Moscow's halt is named, not drawn as a gap


def test_fixing_series_is_a_line_not_candles(seed_check: pipeline.ArticleCheck) -> None:
    """The Bank of Russia rate has only a value per day: a line of closes, never candles."""
    number, result = _result(seed_check, "ruble gained")
    series = seed_check.book.from_source("USDRUB", Source.CBR)
    assert series is not None
    figure = charts.claim_figure(result, series, load_registry().get("USDRUB"), number)
    assert figure is not None
    assert figure.data[0].type == "scatter" and not charts.has_ohlc(series.frame.tail(20))


def test_rouble_claim_keeps_roubles_per_dollar_and_says_so(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """About the rouble, the axis stays in RUB per USD and notes that a rouble gain is a fall."""
    number, result = _result(seed_check, "ruble gained")
    found = seed_check.book.for_instrument("USDRUB")
    figure = charts.claim_figure(result, found[0], load_registry().get("USDRUB"), number)
    assert figure is not None
    title = figure.layout.yaxis.title.text
    assert title.startswith("RUB per USD") and "RUB gain is a fall" in title


def test_claimed_level_turns_a_quote_currency_gain_into_a_lower_quote() -> None:
    """'The lira gained 2.1%' from 100 lira per dollar is 100 / 1.021; a plain rise multiplies."""
    claim = Claim(
        "the lira gained 2.1%",
        0,
        20,
        "USDRUB",
        "the lira",
        Measure.SESSION_CHANGE,
        Direction.UP,
        2.1,
        Unit.PERCENT,
        inverse=True,
    )
    assert charts.claimed_level(claim, 100.0) == pytest.approx(97.943193, rel=1e-6)
    assert charts.claimed_level(replace(claim, inverse=False), 100.0) == pytest.approx(102.1)
    assert charts.claimed_level(replace(claim, size=None, unit=None), 100.0) is None


def test_no_rows_near_the_session_gives_no_chart(seed_check: pipeline.ArticleCheck) -> None:
    """A claim dated before the series begins gets no chart (nothing honest to draw)."""
    number, result = _result(seed_check, "as much as 45%")
    early = replace(result, claim=replace(result.claim, session=date(1900, 1, 2)), sessions=())
    series = seed_check.book.from_source("IMOEX", Source.MOEX)
    assert series is not None
    figure = charts.claim_figure(early, series, load_registry().get("IMOEX"), number)
    assert figure is None


def test_event_window_is_normalised_to_the_last_close_before_publication(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """MOEX around 25 Feb 2022: 0 at the 24 Feb close, +20.04% at the 25 Feb close."""
    series = seed_check.book.from_source("IMOEX", Source.MOEX)
    assert series is not None
    window = charts.event_window(series, date(2022, 2, 25), sessions=5)
    assert window is not None and len(window) == 10
    assert window[pd.Timestamp("2022-02-24")] == pytest.approx(0.0)
    assert window[pd.Timestamp("2022-02-25")] == pytest.approx((2470.48 / 2058.12 - 1) * 100)
    assert (window.index < pd.Timestamp("2022-02-25")).sum() == 5


def test_event_window_inverts_a_quote_currency(seed_check: pipeline.ArticleCheck) -> None:
    """Read as the rouble, a higher USD/RUB is a negative change (base / value − 1)."""
    series = seed_check.book.from_source("USDRUB", Source.CBR)
    assert series is not None
    plain = charts.event_window(series, date(2022, 2, 25))
    turned = charts.event_window(series, date(2022, 2, 25), inverse=True)
    assert plain is not None and turned is not None
    ratio = (plain / 100 + 1) * (turned / 100 + 1)
    assert ratio.to_numpy() == pytest.approx(1.0)


def test_reaction_figure_has_every_instrument_and_marks_publication(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """One line per instrument the seed names; publication day shaded, time unknown said."""
    figure = charts.reaction_figure(seed_check.article, seed_check.claims, seed_check.book)
    assert figure is not None
    assert len(figure.data) == len({c.instrument for c in seed_check.claims}) == 4
    texts = [a.text for a in figure.layout.annotations]
    assert any("25 Feb 2022 (time of day unknown)" in t for t in texts)
    rouble = next(t for t in figure.data if "RUB" in t.name)
    assert "inverted" in rouble.name


def test_known_publication_time_is_a_line_at_that_moment(seed_check: pipeline.ArticleCheck) -> None:
    """With a time of day, the publication is a vertical line at that local moment."""
    timed = articles.load_article(SEED, "2022-02-25T13:05:00+03:00")
    figure = charts.reaction_figure(timed, seed_check.claims, seed_check.book)
    assert figure is not None
    line = next(s for s in figure.layout.shapes if s.type == "line" and s.x0 == s.x1)
    assert pd.Timestamp(line.x0) == pd.Timestamp("2022-02-25 13:05")


def test_verdict_colour_shades_the_session(seed_check: pipeline.ArticleCheck) -> None:
    """The claim's session band takes its verdict's colour (supported: green)."""
    number, result = _result(seed_check, "oil slipped")
    assert result.verdict is Verdict.SUPPORTED
    found = seed_check.book.for_instrument("BRENT")
    figure = charts.claim_figure(result, found[0], load_registry().get("BRENT"), number)
    assert figure is not None
    band = next(s for s in figure.layout.shapes if s.type == "rect")
    assert band.fillcolor == "#c8ecd0"


def test_reaction_line_breaks_across_a_trading_halt(seed_check: pipeline.ArticleCheck) -> None:
    """MOEX had no sessions from 28 Feb to 23 Mar 2022: the line is broken there, not bridged."""
    figure = charts.reaction_figure(seed_check.article, seed_check.claims, seed_check.book)
    assert figure is not None
    moex = next(t for t in figure.data if "MOEX" in t.name)
    values = pd.Series(moex.y, index=pd.to_datetime(moex.x))
    gap = values[
        (values.index > pd.Timestamp("2022-02-25")) & (values.index < pd.Timestamp("2022-03-24"))
    ]
    assert len(gap) == 1 and gap.isna().all()
    assert values.dropna().size == 10


def test_rows_all_on_the_session_are_observed_and_inside_the_window(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """The record claim's rows (high and close of 24 Feb) are both observed; none is a reference."""
    number, result = _result(seed_check, "record low")
    series = seed_check.book.from_source("USDRUB", result.source or Source.YAHOO)
    assert series is not None
    figure = charts.claim_figure(result, series, load_registry().get("USDRUB"), number)
    assert figure is not None
    names = [t.name for t in figure.data[1:]]
    assert names == ["observed"]
    observed = _trace(figure, "observed")
    assert list(observed["x"]) == ["2022-02-24", "2022-02-24"]
    assert set(observed["x"]) <= set(figure.data[0].x)


def test_reference_row_before_the_window_is_a_dated_level_line(
    seed_check: pipeline.ArticleCheck,
) -> None:
    """A year-to-date claim's reference (a close weeks earlier) is a dotted line with its date."""
    series = seed_check.book.from_source("IMOEX", Source.MOEX)
    assert series is not None
    start = float(series.frame.loc["2021-12-30", "close"])
    end = float(series.frame.loc["2022-02-25", "close"])
    claim = Claim(
        "MOEX lost 35% this year",
        0,
        23,
        "IMOEX",
        "MOEX",
        Measure.PERIOD_CHANGE,
        Direction.DOWN,
        35.0,
        Unit.PERCENT,
        session=date(2022, 2, 25),
        since=date(2021, 12, 31),
    )
    rows = (
        RowRef(Source.MOEX, date(2021, 12, 30), "close", start),
        RowRef(Source.MOEX, date(2022, 2, 25), "close", end),
    )
    figure_rows = Figure(Source.MOEX, (end / start - 1) * 100, rows, "close / close - 1")
    result = Reconciliation(claim, Verdict.SUPPORTED, "x", Source.MOEX, evidence=(figure_rows,))
    figure = charts.claim_figure(result, series, load_registry().get("IMOEX"))
    assert figure is not None
    texts = [a.text for a in figure.layout.annotations]
    assert f"reference: close {start:g} on 30 Dec 2021" in texts
    assert [t.name for t in figure.data[1:]] == ["observed"]
