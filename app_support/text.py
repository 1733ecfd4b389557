"""User text in places Streamlit reads as Markdown (alerts, captions, widget labels) stays literal text."""

from __future__ import annotations

import re

# CommonMark lets a backslash make any ASCII punctuation literal; these are the ones Markdown,
# Streamlit's extensions (:red[...], :emoji:, $math$) or raw HTML could act on.
_ACTIVE = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: str) -> str:
    """`text` escaped so that st.markdown, st.error, st.caption and labels show it exactly as written."""
    return _ACTIVE.sub(r"\\\1", text)
