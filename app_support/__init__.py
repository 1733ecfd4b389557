"""Streamlit wiring shared by `app.py` and `pages/`: resources loaded once per process, the sidebar,
and the view of one analysed article.

Nothing here decides anything about articles, claims or prices; it calls `analysis` and `data`
and puts what comes back on screen.
"""
