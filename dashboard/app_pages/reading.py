"""Reading view: the article with its claims highlighted, the reconciled table, a claim's detail."""

from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import charts, highlight, ui_state
from dashboard.app_pages import shared
from dashboard.domain import Source, Verdict
from dashboard.errors import UnknownInstrument
from dashboard.instruments import load_registry

setup = shared.page_setup()
if setup is None:
    st.stop()
article, article_id, check = setup
state = shared.view()
results = check.results

st.title(article.title or f"Article ({article.origin})")
counts = ui_state.verdict_counts(results)
summary = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
st.markdown(f"**{len(results)} claims checked**" + (f": {summary}" if summary else ""))
if not results:
    st.info("No market claims were found in this article.")
    st.stop()

rows = ui_state.result_rows(results)
text_col, table_col = st.columns([5, 6], gap="medium")

with table_col:
    left, right = st.columns(2)
    verdicts = left.multiselect("Verdict", list(counts), default=list(counts), key="filter_verdict")
    present = list(dict.fromkeys(r["instrument"] for r in rows))
    chosen = right.multiselect("Instrument", present, default=present, key="filter_instrument")
    shown = ui_state.filter_rows(rows, verdicts, chosen)
    frame = pd.DataFrame(shown, columns=list(rows[0]))
    styled = frame.style.map(
        lambda v: f"background-color:{highlight.VERDICT_COLOURS[Verdict(v)][0]}",
        subset=["verdict"],
    )
    event = st.dataframe(
        styled,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key=f"results::{shared.fingerprint(article)}",
        column_config={
            "#": st.column_config.NumberColumn(width="small"),
            "claim": st.column_config.TextColumn(width="medium"),
        },
    )
    picked = event.selection.rows if event else []
    if picked:
        number = int(frame.iloc[picked[0]]["#"])
        if number != state.claim:
            state = replace(state, claim=number)
            shared.set_view(state)
    shared.download_buttons(check, article_id)
    with st.expander("Legend", expanded=False):
        st.html(highlight.legend_html())

selected = state.claim if state.claim and state.claim <= len(results) else 1
with text_col:
    hrefs = None
    if article_id not in (ui_state.PASTED, ui_state.UPLOADED):
        base = ui_state.to_query(state)
        hrefs = {n: "?" + urlencode({**base, "claim": n}) for n in range(1, len(results) + 1)}
    st.html(highlight.highlight_html(article.text, results, selected, hrefs))
    st.caption("Click a claim's number, or a row of the table, to open its detail.")

result = results[selected - 1]
claim = result.claim
st.divider()
st.subheader(f"Claim {selected}: “{claim.text}”")
chart_col, info_col = st.columns([3, 2], gap="medium")
with info_col:
    st.html(highlight.badge_html(result.verdict))
    st.markdown(result.explanation)
    if result.tolerance:
        st.caption(f"Tolerance: {result.tolerance}")
    if claim.default_note:
        st.caption(claim.default_note)
    if claim.edited:
        st.caption("✎ This claim was edited by an analyst.")
    for flag in result.flags:
        st.warning(f"**{flag.flag.value}**: {flag.message}", icon=":material/flag:")
    evidence = ui_state.evidence_rows(result)
    if evidence:
        st.markdown("**Evidence by source**")
        st.dataframe(pd.DataFrame(evidence), hide_index=True)
    vendors = [s.source for s in check.book.for_instrument(claim.instrument)]
    if len(vendors) > 1:
        current = state.prefer_map().get(claim.instrument, vendors[0])
        choice = st.selectbox(
            f"Rest {claim.instrument} verdicts on",
            vendors,
            index=vendors.index(current) if current in vendors else 0,
            format_func=lambda s: s.value,
            key=f"vendor::{claim.instrument}",
        )
        if choice != current:
            prefer = {**state.prefer_map(), claim.instrument: Source(choice)}
            shared.set_view(replace(state, prefer=tuple(prefer.items())))
            st.rerun()

with chart_col:
    series = check.book.from_source(claim.instrument, result.source) if result.source else None
    found = check.book.for_instrument(claim.instrument)
    series = series or (found[0] if found else None)
    try:
        instrument = load_registry().get(claim.instrument)
    except UnknownInstrument:
        instrument = None
    figure = None
    if series is not None and instrument is not None:
        figure = charts.claim_figure(result, series, instrument, selected)
    if figure is None:
        st.info("No price rows to chart for this claim.")
    else:
        st.plotly_chart(figure, config=shared.PLOTLY_CONFIG, key="claim_chart")
        st.caption("The camera icon in the chart's toolbar saves it as a PNG.")
