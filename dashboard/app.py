"""The dashboard's entry script: a router. ``streamlit run dashboard/app.py``

The sidebar (article input) is common to every page; each page is a thin script under
``app_pages/``. What is shown (article, vendor, claim) is kept in the URL's query parameters.
"""

import streamlit as st

from dashboard.app_pages import shared

st.set_page_config(page_title="tapecheck", page_icon=":material/fact_check:", layout="wide")

PAGES = [
    st.Page("app_pages/reading.py", title="Reading view", icon=":material/article:", default=True),
    st.Page("app_pages/reaction.py", title="Market reaction", icon=":material/show_chart:"),
    st.Page("app_pages/correct.py", title="Correct the parse", icon=":material/edit_note:"),
]

page = st.navigation(PAGES, position="top")
shared.article_input()
page.run()
