"""The dashboard's pages (thin scripts) and the Streamlit glue they share."""
