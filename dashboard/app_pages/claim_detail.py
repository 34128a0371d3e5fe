"""The claim detail block (used by the reading view): verdict, chart, flags, evidence, vendor."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import charts, highlight, pipeline, ui_state
from dashboard.app_pages import shared
from dashboard.domain import Reconciliation, Source
from dashboard.errors import UnknownInstrument
from dashboard.instruments import load_registry


def render(check: pipeline.ArticleCheck, number: int, state: ui_state.ViewState) -> None:
    """Show claim ``number`` (1-based): its verdict and explanation, its chart, its evidence."""
    result = check.results[number - 1]
    claim = result.claim
    st.subheader(f"Claim {number}: “{claim.text}”")
    st.html(highlight.badge_html(result.verdict))
    st.markdown(result.explanation)
    notes = [f"Tolerance: {result.tolerance}"] if result.tolerance else []
    notes += [claim.default_note] if claim.default_note else []
    notes += ["✎ Edited by an analyst."] if claim.edited else []
    if notes:
        st.caption(" · ".join(notes))
    _chart(check, result, number)
    for flag in result.flags:
        st.warning(f"**{flag.flag.value}**: {flag.message}", icon=":material/flag:")
    evidence = ui_state.evidence_rows(result)
    if evidence:
        st.markdown("**Evidence by source**")
        st.dataframe(pd.DataFrame(evidence), hide_index=True, key="evidence_table")
    _vendor_choice(check, result, state)


def _chart(check: pipeline.ArticleCheck, result: Reconciliation, number: int) -> None:
    claim = result.claim
    found = check.book.for_instrument(claim.instrument)
    series = check.book.from_source(claim.instrument, result.source) if result.source else None
    series = series or (found[0] if found else None)
    try:
        instrument = load_registry().get(claim.instrument)
    except UnknownInstrument:
        instrument = None
    figure = None
    if series is not None and instrument is not None:
        figure = charts.claim_figure(result, series, instrument, number)
    if figure is None:
        st.info("No price rows to chart for this claim.")
        return
    st.plotly_chart(figure, config=shared.PLOTLY_CONFIG, key="claim_chart")
    st.caption("The camera icon in the chart's toolbar saves it as a PNG.")


def _vendor_choice(
    check: pipeline.ArticleCheck, result: Reconciliation, state: ui_state.ViewState
) -> None:
    instrument_id = result.claim.instrument
    # Every vendor the book holds can carry the verdict when the analyst chooses it (the
    # explanation then says so); by default market prices come before fixings and spot.
    vendors = [s.source for s in check.book.for_instrument(instrument_id)]
    if len(vendors) < 2:
        return
    current = state.prefer_map().get(instrument_id, vendors[0])
    choice = st.selectbox(
        f"Rest {instrument_id} verdicts on",
        vendors,
        index=vendors.index(current) if current in vendors else 0,
        format_func=lambda s: s.value,
        key=f"vendor::{instrument_id}",
    )
    if choice != current:
        prefer = {**state.prefer_map(), instrument_id: Source(choice)}
        shared.set_view(replace(state, prefer=tuple(prefer.items())))
        st.rerun()
