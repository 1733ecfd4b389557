"""The gate in front of a case-blind pattern changes no answer, only how often the pattern runs."""

import re

from analysis.claims.gated import Gated

DAYS = Gated(re.compile(r"\b(?:day|session|Monday|today|overnight)\b", re.IGNORECASE), "day", "session", "overnight")


def test_the_gate_answers_as_the_pattern_does():
    for text in ("Shares rose on MONDAY.", "no time word here", "the session ended", "rose 3% overnight", ""):
        expected = DAYS.pattern.search(text)
        found = DAYS.search(text)
        assert (found and found.group(0)) == (expected and expected.group(0))


def test_positions_bound_the_gate_like_the_pattern():
    text = "It rose on Monday, then fell."
    assert DAYS.search(text, 0, 10) is None and DAYS.pattern.search(text, 0, 10) is None
    assert DAYS.search(text, 5).group(0) == "Monday"
    assert DAYS.match("today it rose").group(0) == "today"


def test_letters_that_fold_apart_still_reach_the_pattern():
    # "ſession" (long s) is "session" to a case-blind regex but not to str.lower(): the gate must not say no
    text = "the \u017fession ended"
    assert (DAYS.search(text) is None) == (DAYS.pattern.search(text) is None)
