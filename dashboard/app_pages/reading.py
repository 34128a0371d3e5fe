"""Reading view: the article with its claims highlighted, the reconciled table, a claim's detail."""

from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import highlight, ui_state
from dashboard.app_pages import claim_detail, shared
from dashboard.domain import Verdict

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
text_col, table_col = st.columns([5, 7], gap="medium")

with table_col:
    left, right = st.columns(2)
    verdicts = left.multiselect("Verdict", list(counts), default=list(counts), key="filter_verdict")
    present = list(dict.fromkeys(str(r["instrument"]) for r in rows))
    chosen = right.multiselect("Instrument", present, default=present, key="filter_instrument")
    frame = pd.DataFrame(ui_state.filter_rows(rows, verdicts, chosen), columns=list(rows[0]))
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
        column_config={"#": st.column_config.NumberColumn(width="small")},
    )
    picked = event.selection.rows if event else []
    if picked and int(frame.iloc[picked[0]]["#"]) != state.claim:
        state = replace(state, claim=int(frame.iloc[picked[0]]["#"]))
        shared.set_view(state)
    shared.download_buttons(check, article_id)
    shared.data_sources(check)
    with st.expander("Legend", expanded=False):
        st.html(highlight.legend_html())

# The article goes on screen before the claim detail (its chart is the slowest part).
selected = state.claim if state.claim and state.claim <= len(results) else 1
with text_col:
    hrefs = None
    if article_id not in (ui_state.PASTED, ui_state.UPLOADED):
        base = ui_state.to_query(state)
        hrefs = {n: "?" + urlencode({**base, "claim": n}) for n in range(1, len(results) + 1)}
    st.html(highlight.highlight_html(article.text, results, selected, hrefs))
    st.caption("Click a claim's number, or a row of the table, to open its detail.")

with table_col:
    st.divider()
    claim_detail.render(check, selected, state)
