"""tapecheck's pipeline: read articles, extract price claims, score sentiment, check claims against prices.

Nothing in this package knows about Streamlit; the app and the command line both call it.
"""
