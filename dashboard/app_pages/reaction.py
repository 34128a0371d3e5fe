"""Market reaction: every instrument the article mentions around its publication."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.app_pages import shared

setup = shared.page_setup()
if setup is None:
    st.stop()
article, article_id, check = setup

st.title("Market reaction")
st.markdown(
    "Each instrument the article mentions, as a % change from its last close before "
    "publication, five sessions either side. Quotes the article reads the other way round "
    "(the rouble against the dollar) are inverted so that up means its subject gained."
)
sessions = st.slider("Sessions each side", 2, 15, 5, key="reaction_sessions")
figure = charts.reaction_figure(article, check.claims, check.book, sessions)
if figure is None:
    st.info("None of the instruments in this article has price rows before its publication.")
    st.stop()
st.plotly_chart(figure, config=shared.PLOTLY_CONFIG, key="reaction_chart")
st.caption(
    "A line breaks where an instrument has no rows for over a week (a halt or a long "
    "holiday). The camera icon in the chart's toolbar saves it as a PNG."
)

table = pd.DataFrame(
    {
        trace.name: pd.Series(trace.y, index=pd.to_datetime(trace.x)).dropna()
        for trace in figure.data
    }
)
table.index = table.index.strftime("%Y-%m-%d")
st.dataframe(table.round(2), key="reaction_table")
