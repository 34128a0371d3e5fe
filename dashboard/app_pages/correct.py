"""Correct the parse: the analyst fixes, drops or adds claims; verdicts recompute at once."""

import pandas as pd
import streamlit as st

from dashboard import ui_state
from dashboard.app_pages import shared
from dashboard.domain import Direction, Measure, Unit
from dashboard.errors import InputError
from dashboard.instruments import load_registry

setup = shared.page_setup()
if setup is None:
    st.stop()
article, article_id, check = setup
extracted = shared.extracted_check(article).claims
editor_key = f"editor::{shared.fingerprint(article)}"

st.title("Correct the parse")
st.markdown(
    "Edit a cell to fix a claim, select rows and press Delete to drop false ones, or add a "
    "row for a claim the parser missed (the text must be the article's exact words). "
    "Verdicts recompute at once; edited rows are marked in the table and in the downloads."
)

# The table starts from the claims as they stand; while the editor is on screen its own state
# holds the analyst's changes relative to that start, so the start must not move under it.
if editor_key not in st.session_state:
    start = shared.edits_for(article) or ui_state.initial_edits(extracted)
    st.session_state[f"{editor_key}::start"] = ui_state.claims_to_rows(start)
start_rows = st.session_state[f"{editor_key}::start"]

start_frame = pd.DataFrame(start_rows, columns=list(ui_state.EDITOR_COLUMNS)).astype(
    {"claim": "Int64", "size": "float64", "level": "float64", "inverse": "bool", "edited": "bool"}
)
start_frame["session"] = pd.to_datetime(start_frame["session"])
edited = st.data_editor(
    start_frame,
    key=editor_key,
    num_rows="dynamic",
    hide_index=True,
    column_config={
        "claim": st.column_config.NumberColumn("#", disabled=True, width="small"),
        "text": st.column_config.TextColumn("claim text", width="large"),
        "instrument": st.column_config.SelectboxColumn(
            options=list(load_registry().ids()), required=True
        ),
        "session": st.column_config.DateColumn(format="YYYY-MM-DD"),
        "measure": st.column_config.SelectboxColumn(options=[m.value for m in Measure]),
        "direction": st.column_config.SelectboxColumn(options=[d.value for d in Direction]),
        "size": st.column_config.NumberColumn("claimed size", min_value=0.0, format="%g"),
        "unit": st.column_config.SelectboxColumn(options=[u.value for u in Unit]),
        "level": st.column_config.NumberColumn(format="%g"),
        "inverse": st.column_config.CheckboxColumn("quote ccy subject"),
        "edited": st.column_config.CheckboxColumn("✎ edited", disabled=True),
    },
)

try:
    entries = ui_state.rows_to_claims(edited.to_dict("records"), extracted, article.text)
except InputError as error:
    st.error(f"{error}. The table keeps your changes; fix the row to recompute.")
    entries = None
if entries is not None:
    changed = ui_state.any_edited(entries, extracted)
    shared.save_edits(article, entries if changed else None)
    check = shared.current_check(article)
    before = shared.extracted_check(article).results
    changes = ui_state.verdict_changes(entries, before, check.results)
    st.markdown("**verdict changes:** " + ("; ".join(changes) if changes else "none"))

if st.button("Discard my edits", key="reset_edits", icon=":material/undo:"):
    shared.save_edits(article, None)
    st.session_state.pop(editor_key, None)
    st.session_state.pop(f"{editor_key}::start", None)
    st.rerun()

st.subheader("Verdicts")
rows = ui_state.result_rows(check.results)
st.dataframe(pd.DataFrame(rows), hide_index=True, key="corrected_results")
shared.download_buttons(check, article_id)
