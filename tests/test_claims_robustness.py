"""Random and adversarial text never breaks extraction and never takes unbounded time."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import ClaimExtractor
from analysis.models import Article
from data.listings.directory import default_directory

EXTRACTOR = ClaimExtractor(default_directory())
PUBLISHED = dt.datetime(2024, 12, 23, 5, 59, tzinfo=dt.timezone.utc)
MARKET_WORDS = st.sampled_from(
    ["rose", "fell", "as much as", "about", "5.2%", "10%", "-3 per cent", "points", "$2.40", "17p", "Monday's",
     "SMIC", "Alibaba", "shares", "its", "Hong Kong-listed", "over the past four sessions", "this year", ",", ".",
     "(", ")", "or", "to", "at", "since March 3", "revenue", "premarket", "after hours", "\n", "the index", "Nikkei"]
)


def _extract_within_bound(text: str) -> None:
    started = time.perf_counter()
    claims = EXTRACTOR.extract(Article(text, PUBLISHED)).claims
    assert time.perf_counter() - started < 2.0
    for claim in claims:
        assert 0 <= claim.span[0] < claim.span[1] <= len(text)
        assert claim.magnitude >= 0


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text):
    _extract_within_bound(text or " ")


@settings(max_examples=150, deadline=None)
@given(st.lists(MARKET_WORDS, max_size=80).map(" ".join))
def test_market_word_salad_never_raises(text):
    _extract_within_bound(text or " ")


def test_pathological_repetition_stays_fast():
    _extract_within_bound("shares rose as much as " * 400 + "5%")
    _extract_within_bound(("1" * 5000) + "%")
    _extract_within_bound("Shares of " + "A " * 3000 + "rose 5%.")


def test_weekday_names_with_look_alike_letters_are_read_as_their_day():
    # The patterns match case-blind, which pairs ſ with s and ı, İ with i; the day lookup must too.
    for written in ("Tueſday", "Frıday", "FRİDAY"):
        claims = EXTRACTOR.extract(Article(f"Alibaba shares fell 2% on {written} in Hong Kong.", PUBLISHED)).claims
        assert [claim.date.weekday() for claim in claims] == [1 if written.startswith("T") else 4]


def test_a_sum_in_billions_is_not_cut_into_a_price():
    from analysis.claims.figures import find_figures

    assert [f.magnitude for f in find_figures("profit fell to US$13.7 billion, or $2.70 a share")] == [2.70]
