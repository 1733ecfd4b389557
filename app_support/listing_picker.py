"""The ticker picker: for each company the extractor could not link to a listing, search the
listing directory (or type a Yahoo symbol) and re-check the article with the chosen listing.

The pick is remembered in the user's alias file (see `data.listings.user_aliases`), so the same
name resolves in every later article, in the app and on the command line.
"""

from __future__ import annotations

import re
from typing import Callable

import streamlit as st

from analysis.models import ArticleAnalysis
from app_support.text import plain

# A Yahoo symbol as analysts type it: "9023.T", "STLAM.MI", "^KQ11", "BRK-B".
_SYMBOL = re.compile(r"\^?[A-Z0-9][A-Z0-9.=-]{0,14}")

OnPick = Callable[[str, str, str], None]  # (name as the article wrote it, symbol, company name)


def unresolved_entities(analysis: ArticleAnalysis) -> list[str]:
    """The names of claims that have no listing, in the order the article first uses them."""
    return list(dict.fromkeys(item.claim.entity for item in analysis.claims if item.claim.ticker is None))


def _choices(directory, query: str) -> list[tuple[str, str, str]]:
    """(label, symbol, company name) for each listing the query finds; a typed symbol the directory
    lacks is offered as typed, since the analyst may know a listing newer than the directory."""
    choices = [
        (f"{company.name} — {listing.symbol}, {listing.exchange}", listing.symbol, company.name)
        for company, listing in directory.search(query, limit=15)
    ]
    typed = query.strip().upper()
    if _SYMBOL.fullmatch(typed) and typed not in {symbol for _, symbol, _ in choices}:
        choices.append((f"{typed} as typed (not in the directory)", typed, ""))
    return choices


def show_listing_picker(analysis: ArticleAnalysis, directory, on_pick: OnPick, *, key: str) -> None:
    names = unresolved_entities(analysis)
    if not names:
        return
    with st.expander(f"Link {len(names)} unresolved name(s) to a listing", expanded=True, icon=":material/link:"):
        st.caption("Their claims are unverifiable until they have a listing. Your choice is remembered for later articles.")
        for index, name in enumerate(names):
            search_column, choice_column, button_column = st.columns([2, 3, 1], vertical_alignment="bottom")
            query = search_column.text_input(
                f"Search for “{plain(name)}”", value=name, key=f"{key}-pick-query-{index}",
                help="A company name, or a Yahoo symbol such as 9023.T or STLAM.MI",
            )
            choices = _choices(directory, query)
            if not choices:
                choice_column.caption("No listing matches: try another name or the ticker.")
                continue
            chosen = choice_column.selectbox(
                "Listing", range(len(choices)), format_func=lambda i, choices=choices: choices[i][0],
                key=f"{key}-pick-choice-{index}",
            )
            if button_column.button("Re-check", key=f"{key}-pick-use-{index}", type="primary", width="stretch"):
                _, symbol, company_name = choices[chosen]
                on_pick(name, symbol, company_name)
