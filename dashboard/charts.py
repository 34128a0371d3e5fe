"""Plotly figures for the dashboard (pure: no Streamlit).

- ``claim_figure``: one instrument around a claim's session, candles where the vendor has
  open/high/low/close, a line of closes otherwise; the reference row, the observed row, the
  claimed level and the session are marked. Prices stay in the instrument's own quote (USD/RUB
  in roubles per dollar), with a note when the article speaks of the quote currency.
- ``reaction_figure``: every instrument the article mentions, as a % change from its last close
  before publication, five sessions either side, the publication moment marked.
Figures are built from the price rows only: nothing is smoothed or filled in.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from dashboard.domain import (
    Article,
    Claim,
    Instrument,
    PriceSeries,
    Reconciliation,
    RowRef,
    Unit,
    Verdict,
)
from dashboard.errors import UnknownInstrument
from dashboard.highlight import VERDICT_COLOURS
from dashboard.instruments import Registry, load_registry
from dashboard.prices import PriceBook

OHLC = ["open", "high", "low", "close"]
REFERENCE_COLOUR = "#6a3d9a"
OBSERVED_COLOUR = "#d62728"
CLAIMED_COLOUR = "#ff7f0e"
PUBLICATION_COLOUR = "#444444"
_LINE_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


def _window(frame: pd.DataFrame, centre: date, before: int, after: int) -> pd.DataFrame:
    """The rows from ``before`` sessions before ``centre`` to ``after`` sessions after it."""
    position = int(frame.index.searchsorted(pd.Timestamp(centre)))
    return frame.iloc[max(0, position - before) : position + after + 1]


def has_ohlc(frame: pd.DataFrame) -> bool:
    """True when every row has open, high, low and close (candles can be drawn honestly)."""
    return (
        len(frame) > 0
        and set(OHLC) <= set(frame.columns)
        and bool(frame[OHLC].notna().all(axis=None))
    )


def _split_rows(rows: Sequence[RowRef], session: date | None) -> tuple[list[RowRef], list[RowRef]]:
    """(reference rows, observed rows): rows before the claim's session are the reference.

    Rows all on the session itself (a close against that day's high; a record's high and
    close) are all observed: none of them is a reference.
    """
    if not rows:
        return [], []
    cut = session or max(r.session for r in rows)
    reference = [r for r in rows if r.session < cut]
    observed = [r for r in rows if r.session >= cut]
    return reference, observed


def claimed_level(claim: Claim, reference: float | None) -> float | None:
    """The price the claim implies, in the instrument's own quote, or None when it implies none.

    A percentage is applied to the reference value; for a quote-currency subject ("the ruble
    gained 2.1%") the instrument moves the other way: roubles per dollar = reference / 1.021.
    """
    if claim.level is not None and claim.size is None:
        return claim.level
    signed = claim.claimed
    if signed is None or reference is None:
        return None
    if claim.unit is Unit.PERCENT:
        factor = 1 + signed / 100
        if claim.inverse:
            return reference / factor if factor > 0 else None
        return reference * factor
    if claim.unit is Unit.POINTS:
        return reference - signed if claim.inverse else reference + signed
    if claim.unit is Unit.BASIS_POINTS:
        return reference + signed / 100
    return None


def _labels(index: pd.Index) -> list[str]:
    return [pd.Timestamp(t).strftime("%Y-%m-%d") for t in index]


def _price_trace(frame: pd.DataFrame, name: str) -> go.BaseTraceType:
    """Candles when every row has OHLC, else a line of closes; x is the session (a category)."""
    if has_ohlc(frame):
        return go.Candlestick(
            x=_labels(frame.index),
            open=frame["open"],
            high=frame["high"],
            low=frame["low"],
            close=frame["close"],
            name=name,
            increasing_line_color="#2ca02c",
            decreasing_line_color="#d62728",
        )
    closes = frame["close"].dropna()
    return go.Scatter(x=_labels(closes.index), y=closes, mode="lines+markers", name=f"{name} close")


def _points(rows: Sequence[RowRef], label: str, colour: str, symbol: str) -> go.Scatter:
    return go.Scatter(
        x=[r.session.isoformat() for r in rows],
        y=[r.value for r in rows],
        mode="markers+text",
        marker={"color": colour, "size": 13, "symbol": symbol, "line": {"width": 1}},
        text=[f"{r.field} {r.value:g}" for r in rows],
        textposition="top center",
        name=label,
    )


def _mark_rows(
    figure: go.Figure, rows: Sequence[RowRef], shown: Sequence[str], label: str, colour: str
) -> list[RowRef]:
    """Rows inside the window become points; a row outside it (a record's earlier extreme)
    becomes a dotted level line naming its date. Returns the rows drawn as points."""
    inside = [r for r in rows if r.session.isoformat() in shown]
    for row in rows:
        if row not in inside:
            figure.add_hline(
                y=row.value,
                line_dash="dot",
                line_color=colour,
                annotation_text=f"{label}: {row.field} {row.value:g} on {row.session:%d %b %Y}",
                annotation_position="bottom left",
            )
    return inside


def _mark_session(figure: go.Figure, labels: Sequence[str], centre: date, verdict: Verdict) -> None:
    """Shade the claim's session and name it; say so when the vendor has no row that day."""
    key = centre.isoformat()
    if key in labels:
        position = labels.index(key)
        figure.add_vrect(
            x0=position - 0.5,
            x1=position + 0.5,
            fillcolor=VERDICT_COLOURS[verdict][0],
            opacity=0.5,
            line_width=0,
            layer="below",
        )
        text, x = f"session {centre:%a %d %b %Y}", float(position)
    else:
        text, x = f"no row for {centre:%a %d %b %Y} in this series", (len(labels) - 1) / 2
    figure.add_annotation(x=x, y=1.0, yref="paper", showarrow=False, yanchor="bottom", text=text)


def _mark_gaps(figure: go.Figure, labels: Sequence[str], days: int = 7) -> None:
    """Name any stretch of more than ``days`` without rows (a halt), hidden by the category axis."""
    stamps = [pd.Timestamp(label) for label in labels]
    for position, (before, after) in enumerate(itertools.pairwise(stamps)):
        if (after - before).days > days:
            figure.add_vline(x=position + 0.5, line_dash="dot", line_color="#999")
            figure.add_annotation(
                x=position + 0.5,
                y=0.0,
                yref="paper",
                showarrow=False,
                yanchor="bottom",
                font={"size": 10, "color": "#666"},
                text=f"no rows {before:%d %b} – {after:%d %b %Y}",
            )


def claim_figure(
    result: Reconciliation,
    series: PriceSeries,
    instrument: Instrument,
    number: int = 1,
    around: int = 8,
) -> go.Figure | None:
    """The price chart for one claim, or None when the series does not cover its session.

    Sessions are categories on the x axis (no weekend or halt gaps); a halt is named instead.
    """
    claim = result.claim
    centre = claim.session or (result.sessions[-1] if result.sessions else None)
    first, last = series.first_session, series.last_session
    if centre is None or first is None or last is None or not first <= centre <= last:
        return None  # nothing honest to draw: the series does not cover the session
    frame = _window(series.frame, centre, around, around)
    if frame.empty:
        return None
    labels = _labels(frame.index)
    figure = go.Figure(_price_trace(frame, f"{instrument.name} ({series.source.value})"))
    _mark_session(figure, labels, centre, result.verdict)
    _mark_gaps(figure, labels)
    primary = next((f for f in result.evidence if f.source is series.source), None)
    reference, observed = _split_rows(primary.rows if primary else (), centre)
    reference_points = _mark_rows(figure, reference, labels, "reference", REFERENCE_COLOUR)
    observed_points = _mark_rows(figure, observed, labels, "observed", OBSERVED_COLOUR)
    if reference_points:
        figure.add_trace(_points(reference_points, "reference", REFERENCE_COLOUR, "diamond"))
    if observed_points:
        figure.add_trace(_points(observed_points, "observed", OBSERVED_COLOUR, "star"))
    level = claimed_level(claim, reference[-1].value if reference else None)
    if level is not None:
        figure.add_hline(
            y=level,
            line_dash="dash",
            line_color=CLAIMED_COLOUR,
            annotation_text=f"claimed {_claimed_words(claim)} → {level:,.4g}",
            annotation_position="top left",
        )
    figure.update_layout(
        title={"text": f"{number}. {_short(claim.text)}", "font": {"size": 14}},
        yaxis_title=_quote_title(instrument, claim),
        xaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": labels,
            "tickvals": labels,
            "ticktext": [f"{pd.Timestamp(label):%d %b %y}" for label in labels],
            "tickangle": -45,
        },
        xaxis_rangeslider_visible=False,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        height=420,
        legend={"orientation": "h", "y": -0.15},
    )
    return figure


def _claimed_words(claim: Claim) -> str:
    if claim.size is None:
        return f"level {claim.level:g}" if claim.level is not None else claim.direction.value
    unit = {Unit.PERCENT: "%", Unit.BASIS_POINTS: " bp", Unit.POINTS: " pts"}
    subject = f" ({claim.subject})" if claim.inverse else ""
    return f"{claim.claimed:+g}{unit.get(claim.unit, '') if claim.unit else ''}{subject}"


def _quote_title(instrument: Instrument, claim: Claim) -> str:
    if claim.inverse and instrument.quote_currency:
        ccy = instrument.quote_currency
        return f"{instrument.unit} (a {ccy} gain is a fall)"
    return instrument.unit


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Market reaction: the event window


def event_window(
    series: PriceSeries, published: date, sessions: int = 5, inverse: bool = False
) -> pd.Series | None:
    """Closes as % change from the last close before ``published``, ``sessions`` each side.

    With ``inverse`` the quote is turned round (roubles per dollar -> the rouble's value), so
    a rise is a gain for the article's subject. None when there is no close before publication.
    """
    closes = series.frame["close"].dropna()
    before = closes[closes.index < pd.Timestamp(published)]
    if before.empty:
        return None
    base = float(before.iloc[-1])
    after = closes[closes.index >= pd.Timestamp(published)]
    window = pd.concat([before.iloc[-sessions:], after.iloc[:sessions]])
    change = (base / window - 1) * 100 if inverse else (window / base - 1) * 100
    named: pd.Series = change.rename(series.instrument)
    return named


def break_long_gaps(values: pd.Series, days: int = 7) -> pd.Series:
    """The series with a NaN between sessions more than ``days`` apart (a halt), so a line
    is not drawn across a period with no trading. Values themselves are untouched."""
    sessions = pd.DatetimeIndex(values.index)
    gaps = sessions.to_series().diff() > pd.Timedelta(days=days)
    if not gaps.any():
        return values
    breaks = sessions[gaps.to_numpy()] - pd.Timedelta(days=1)
    filler = pd.Series(float("nan"), index=breaks)
    joined: pd.Series = pd.concat([values, filler]).sort_index()
    return joined


def reaction_figure(
    article: Article,
    claims: Sequence[Claim],
    book: PriceBook,
    sessions: int = 5,
    registry: Registry | None = None,
) -> go.Figure | None:
    """Every instrument the claims name, normalised at publication; None when none has data."""
    registry = registry or load_registry()
    published = article.published.date()
    figure = go.Figure()
    for index, instrument_id in enumerate(dict.fromkeys(c.instrument for c in claims)):
        found = book.for_instrument(instrument_id)
        if not found:
            continue
        inverse = any(c.inverse for c in claims if c.instrument == instrument_id)
        change = event_window(found[0], published, sessions, inverse)
        if change is None:
            continue
        instrument = _lookup(registry, instrument_id)
        name = instrument.name if instrument else instrument_id
        if inverse and instrument and instrument.quote_currency:
            name = f"{instrument.quote_currency} vs {instrument.base_currency} (inverted {name})"
        shown = break_long_gaps(change)
        figure.add_trace(
            go.Scatter(
                x=shown.index,
                y=shown.values,
                mode="lines+markers",
                connectgaps=False,
                name=f"{name} · {found[0].source.value}",
                line={"color": _LINE_COLOURS[index % len(_LINE_COLOURS)]},
            )
        )
    if not figure.data:
        return None
    _mark_publication(figure, article)
    figure.add_hline(y=0, line_color="#999", line_width=1)
    figure.update_layout(
        title={"text": "Market reaction around publication", "font": {"size": 14}},
        yaxis_title="% change from the last close before publication",
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        height=460,
        legend={"orientation": "h", "y": -0.15},
    )
    return figure


def _lookup(registry: Registry, instrument_id: str) -> Instrument | None:
    try:
        return registry.get(instrument_id)
    except UnknownInstrument:
        return None


def _mark_publication(figure: go.Figure, article: Article) -> None:
    stamp = article.published
    if article.time_known:
        moment = stamp.tz_localize(None) if stamp.tzinfo is not None else stamp
        figure.add_shape(
            type="line",
            x0=moment,
            x1=moment,
            y0=0,
            y1=1,
            yref="paper",
            line={"color": PUBLICATION_COLOUR, "dash": "dot", "width": 2},
        )
        label = f"published {stamp:%d %b %Y %H:%M %Z}".strip()
    else:
        day = pd.Timestamp(stamp.date())
        figure.add_shape(
            type="rect",
            x0=day - timedelta(hours=12),
            x1=day + timedelta(hours=12),
            y0=0,
            y1=1,
            yref="paper",
            fillcolor=PUBLICATION_COLOUR,
            opacity=0.12,
            line_width=0,
            layer="below",
        )
        moment = day
        label = f"published {stamp:%d %b %Y} (time of day unknown)"
    figure.add_annotation(
        x=moment, y=1.0, yref="paper", yanchor="bottom", showarrow=False, text=label
    )
