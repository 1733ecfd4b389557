"""Verdicts on price claims: the seed article on its real bars, each kind x each hedge, and the edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.models import ClaimKind, Direction, VerdictLabel
from analysis.verify import verify_claims
from analysis.verify.hedges import HedgeFamily, hedge_family, rounding_of, rule_for
from data.bars import Interval
from tests.verify_fixtures import (
    MONDAY,
    SEED_PUBLISHED,
    StubPrices,
    claim,
    daily_bars,
    intraday_bars,
    offline_prices,
    seed_article,
    seed_claims,
)

CONFIRMED, APPROXIMATE = VerdictLabel.CONFIRMED, VerdictLabel.APPROXIMATE
CONTRADICTED, UNVERIFIABLE = VerdictLabel.CONTRADICTED, VerdictLabel.UNVERIFIABLE


# -- the seed article on the bundled December 2024 bars ------------------------------------
@pytest.fixture
def seed(tmp_path):
    return verify_claims(seed_claims(), seed_article(), offline_prices(tmp_path))


def test_shanghai_high_as_much_as_5_2_is_confirmed_at_5_22_over_fridays_close(seed):
    verdict = seed[0].verdict
    assert verdict.label is CONFIRMED
    assert verdict.actual == pytest.approx(5.22, abs=0.005)
    assert verdict.actual_level == pytest.approx(99.20)
    assert "94.28" in verdict.reason and "99.20" in verdict.reason


def test_fridays_10pct_advance_is_confirmed_at_10_35(seed):
    verdict = seed[2].verdict
    assert verdict.label is CONFIRMED
    assert verdict.actual == pytest.approx(10.35, abs=0.005)


def test_about_2_7_written_mid_session_is_consistent_with_mondays_range_but_only_approximate(seed):
    verdict = seed[1].verdict
    assert verdict.label is APPROXIMATE
    assert verdict.close_to_close == pytest.approx(0.95, abs=0.005)
    assert "inside it" in verdict.reason and "+0.95%" in verdict.reason and "13:59" in verdict.reason


def test_hong_kong_3_7_lies_inside_mondays_range_and_the_close_was_2_83(seed):
    verdict = seed[3].verdict
    assert verdict.label is APPROXIMATE
    assert verdict.close_to_close == pytest.approx(2.83, abs=0.005)
    assert "+0.88% to +5.30%" in verdict.reason


def test_more_than_16_over_four_sessions_gives_close_to_close_the_days_span_and_the_implied_level(seed):
    verdict = seed[4].verdict
    assert verdict.label is APPROXIMATE  # not just "contradicted" on closes
    assert verdict.close_to_close == pytest.approx(15.25, abs=0.005)
    assert verdict.actual == pytest.approx(16.2, abs=0.05)
    assert verdict.actual_level == pytest.approx(28.30 * 1.037)
    for figure in ("+15.25%", "+13.07% to +18.02%", "28.30 x 1.037 = 29.35", "+16.23%", "25.25"):
        assert figure in verdict.reason
    assert [bar.session for bar in verdict.evidence] == [dt.date(2024, 12, 17), MONDAY]


def test_every_seed_verdict_carries_its_figure_bars_source_and_reason(seed):
    for checked in seed:
        verdict = checked.verdict
        assert verdict.actual is not None
        assert verdict.evidence and all(bar.close is not None for bar in verdict.evidence)
        assert verdict.source == "bundled sample, offline"
        assert verdict.reason and "\n" not in verdict.reason


def test_cumulative_on_closes_alone_is_contradicted_when_the_article_was_written_after_the_close(tmp_path):
    evening = dt.datetime(2024, 12, 23, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    [checked] = verify_claims([seed_claims()[4]], seed_article(evening), offline_prices(tmp_path))
    assert checked.verdict.label is CONTRADICTED
    assert checked.verdict.actual == pytest.approx(15.25, abs=0.005)


def test_each_listing_is_fetched_once_over_one_range_with_context(tmp_path):
    prices = offline_prices(tmp_path)
    asked = []
    original = prices.daily
    prices.daily = lambda symbol, start, end: asked.append((symbol, start, end)) or original(symbol, start, end)
    verify_claims(seed_claims(), seed_article(), prices)
    assert sorted(symbol for symbol, _, _ in asked) == ["0981.HK", "688981.SS"]
    hk = next((start, end) for symbol, start, end in asked if symbol == "0981.HK")
    assert hk[1] == MONDAY and hk[0] <= dt.date(2024, 12, 10)  # base 17 Dec, five sessions before it


# -- each kind x each hedge, on hand-made bars where every kind measures exactly +5% ---------
# TEST (New York): closes of 100 from 20 Dec 2024 on, then 8 Jan 2025 opens 100, high 105, low 95, close 105.
DAY = dt.date(2025, 1, 8)
AFTER_CLOSE = dt.datetime(2025, 1, 8, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
FLAT = (100.0, 100.0, 100.0, 100.0, 1e6)
SESSIONS = [dt.date(2024, 12, d) for d in (20, 23, 24, 26, 27, 30, 31)] + [dt.date(2025, 1, d) for d in (2, 3, 6, 7)]


def five_percent_tape(**overrides) -> dict:
    rows = {day: FLAT for day in SESSIONS}
    rows[DAY] = (100.0, 105.0, 95.0, 105.0, 2e6)
    rows.update(overrides)
    return rows


KIND_CASES = {
    "close_change": dict(kind=ClaimKind.CLOSE_CHANGE),
    "intraday_high": dict(kind=ClaimKind.INTRADAY_HIGH),
    "intraday_low": dict(kind=ClaimKind.INTRADAY_LOW, direction=Direction.DOWN),
    "intraday_current_after_close": dict(kind=ClaimKind.INTRADAY_CURRENT),
    "cumulative_3_sessions": dict(kind=ClaimKind.CUMULATIVE, sessions=3),
    "cumulative_since_date": dict(kind=ClaimKind.CUMULATIVE, start_date=dt.date(2025, 1, 2)),
    "ytd": dict(kind=ClaimKind.YTD),
}

# (hedge, stated figure, verdict when the real move is 5.00)
HEDGE_CASES = [
    (None, 5, CONFIRMED),
    (None, 5.2, APPROXIMATE),
    (None, 6, CONTRADICTED),
    ("as much as", 5.0, CONFIRMED),
    ("as much as", 5.2, APPROXIMATE),
    ("as much as", 6, CONTRADICTED),
    ("about", 5, CONFIRMED),
    ("about", 5.4, APPROXIMATE),
    ("about", 7, CONTRADICTED),
    ("nearly", 5.5, CONFIRMED),
    ("nearly", 6, APPROXIMATE),
    ("nearly", 8, CONTRADICTED),
    ("more than", 4, CONFIRMED),
    ("more than", 3, APPROXIMATE),  # true, but understated
    ("more than", 5, APPROXIMATE),  # rounds to it, not above it
    ("more than", 5.5, CONTRADICTED),
    ("less than", 6, CONFIRMED),
    ("less than", 10, APPROXIMATE),  # true, but overstated
    ("less than", 5, APPROXIMATE),
    ("less than", 4, CONTRADICTED),
]


@pytest.mark.parametrize("kind_case", list(KIND_CASES))
@pytest.mark.parametrize(("hedge", "stated", "expected"), HEDGE_CASES)
def test_each_kind_judges_each_hedge_by_the_documented_bands(kind_case, hedge, stated, expected):
    spec = dict(KIND_CASES[kind_case])
    kind = spec.pop("kind")
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())})
    article = seed_article(AFTER_CLOSE)
    [checked] = verify_claims([claim("TEST", kind, stated, DAY, hedge=hedge, **spec)], article, prices)
    assert abs(checked.verdict.actual) == pytest.approx(5.0)
    assert checked.verdict.label is expected, checked.verdict.reason


def test_a_fall_claimed_where_the_price_rose_is_contradicted_and_the_reason_says_it_rose():
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())})
    falling = claim("TEST", ClaimKind.CLOSE_CHANGE, 3, DAY, direction=Direction.DOWN)
    [checked] = verify_claims([falling], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is CONTRADICTED
    assert "it rose, the text says it fell" in checked.verdict.reason


def test_rounding_follows_the_digits_the_text_wrote():
    assert rounding_of(claim("TEST", ClaimKind.CLOSE_CHANGE, 5.2, DAY)) == pytest.approx(0.05)
    assert rounding_of(claim("TEST", ClaimKind.CLOSE_CHANGE, 10, DAY)) == pytest.approx(0.5)
    assert rounding_of(claim("TEST", ClaimKind.CLOSE_CHANGE, 5.2, DAY, text="rose 5.20%")) == pytest.approx(0.005)


def test_hedge_phrases_map_to_their_family_and_unknown_ones_read_as_about():
    assert hedge_family("by as much as") == (HedgeFamily.AS_MUCH_AS, None)
    assert hedge_family("Roughly") == (HedgeFamily.ABOUT, None)
    assert hedge_family("just under") == (HedgeFamily.NEARLY, None)
    assert hedge_family("upwards of") == (HedgeFamily.MORE_THAN, None)
    assert hedge_family("a whopping") == (HedgeFamily.ABOUT, "a whopping")
    rule = rule_for(claim("TEST", ClaimKind.CLOSE_CHANGE, 5, DAY, hedge="a whopping"))
    assert "read as 'about'" in rule.describe()


# -- edge cases --------------------------------------------------------------------------
def test_a_split_day_adjusts_the_previous_close_instead_of_reading_a_crash():
    rows = five_percent_tape(**{})
    rows[dt.date(2025, 1, 7)] = (400.0, 400.0, 400.0, 400.0, 1e6)
    prices = StubPrices({"TEST": daily_bars("TEST", rows, splits={DAY: 4.0})})
    [checked] = verify_claims([claim("TEST", ClaimKind.CLOSE_CHANGE, 5, DAY)], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is CONFIRMED
    assert checked.verdict.actual == pytest.approx(5.0)
    assert "4-for-1 split" in checked.verdict.reason


def test_a_split_inside_a_cumulative_span_adjusts_the_base_close():
    rows = five_percent_tape()
    for day in (dt.date(2025, 1, 2), dt.date(2025, 1, 3)):
        rows[day] = (200.0, 200.0, 200.0, 200.0, 1e6)
    prices = StubPrices({"TEST": daily_bars("TEST", rows, splits={dt.date(2025, 1, 6): 2.0})})
    cumulative = claim("TEST", ClaimKind.CUMULATIVE, 5, DAY, sessions=4)  # base: close of 2 Jan, 200 before a 2-for-1
    [checked] = verify_claims([cumulative], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is CONFIRMED, checked.verdict.reason


def test_a_yahoo_flat_bar_on_a_half_day_is_not_read_as_a_price(tmp_path):
    half_day = claim("0981.HK", ClaimKind.CLOSE_CHANGE, 0, dt.date(2024, 12, 24))
    [checked] = verify_claims([half_day], seed_article(None), offline_prices(tmp_path))
    assert checked.verdict.label is UNVERIFIABLE
    assert "placeholder" in checked.verdict.reason and "not a real price" in checked.verdict.reason
    assert any("placeholder" in bar.note for bar in checked.verdict.evidence)


def test_the_day_after_a_placeholder_half_day_has_no_real_previous_close(tmp_path):
    after = claim("0981.HK", ClaimKind.CLOSE_CHANGE, 5.3, dt.date(2024, 12, 27))
    [checked] = verify_claims([after], seed_article(None), offline_prices(tmp_path))
    assert checked.verdict.label is UNVERIFIABLE
    assert "Tue 24 Dec 2024" in checked.verdict.reason


def test_a_real_half_day_bar_is_judged_and_marked_as_a_half_day():
    rows = five_percent_tape()
    rows[dt.date(2024, 12, 24)] = (100.0, 103.0, 100.0, 102.0, 5e5)  # NYSE closed at 13:00 that day
    prices = StubPrices({"TEST": daily_bars("TEST", rows)})
    [checked] = verify_claims([claim("TEST", ClaimKind.CLOSE_CHANGE, 2, dt.date(2024, 12, 24))], seed_article(None), prices)
    assert checked.verdict.label is CONFIRMED
    assert "half-day" in checked.verdict.evidence[-1].note


def test_a_claim_on_an_exchange_holiday_is_unverifiable_and_names_the_holiday(tmp_path):
    christmas = claim("0981.HK", ClaimKind.CLOSE_CHANGE, 2, dt.date(2024, 12, 25))
    [checked] = verify_claims([christmas], seed_article(None), offline_prices(tmp_path))
    assert checked.verdict.label is UNVERIFIABLE
    assert "not a Hong Kong trading day" in checked.verdict.reason


def test_a_missing_bar_on_a_trading_day_is_unverifiable_as_a_gap_or_suspension():
    rows = five_percent_tape()
    del rows[dt.date(2025, 1, 7)]
    prices = StubPrices({"TEST": daily_bars("TEST", rows)})
    [checked] = verify_claims([claim("TEST", ClaimKind.CLOSE_CHANGE, 5, DAY)], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is UNVERIFIABLE
    assert "suspension or a gap" in checked.verdict.reason


def test_a_claim_about_a_day_before_the_data_starts_is_unverifiable(tmp_path):
    early = claim("688981.SS", ClaimKind.CLOSE_CHANGE, 2, dt.date(2024, 11, 1))
    checked = verify_claims([early, seed_claims()[2]], seed_article(), offline_prices(tmp_path))
    assert checked[0].verdict.label is UNVERIFIABLE
    assert "start on Thu 12 Dec 2024" in checked[0].verdict.reason
    assert checked[1].verdict.label is CONFIRMED


def test_a_claim_with_no_ticker_is_unverifiable_without_asking_for_prices():
    prices = StubPrices({})
    [checked] = verify_claims([claim(None, ClaimKind.CLOSE_CHANGE, 2, DAY)], seed_article(), prices)
    assert checked.verdict.label is UNVERIFIABLE
    assert checked.verdict.reason.startswith("no ticker")
    assert prices.requests == []


def test_a_price_source_error_becomes_an_unverifiable_verdict_with_the_reason(tmp_path):
    unknown = claim("ZZZZ.SS", ClaimKind.CLOSE_CHANGE, 2, MONDAY)
    [checked] = verify_claims([unknown], seed_article(), offline_prices(tmp_path))
    assert checked.verdict.label is UNVERIFIABLE
    assert "no bars for ZZZZ.SS" in checked.verdict.reason


def test_a_claim_with_no_date_in_an_undated_article_is_unverifiable():
    [checked] = verify_claims([claim("TEST", ClaimKind.CLOSE_CHANGE, 2, None)], seed_article(None), StubPrices({}))
    assert checked.verdict.label is UNVERIFIABLE
    assert "no publication time" in checked.verdict.reason


# -- intraday bars, when a source has them ------------------------------------------------
def test_premarket_without_extended_hours_bars_is_unverifiable():
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())})
    [checked] = verify_claims([claim("TEST", ClaimKind.PREMARKET, 3, DAY)], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is UNVERIFIABLE
    assert "extended hours" in checked.verdict.reason


def test_premarket_is_the_last_pre_open_trade_over_the_previous_close():
    pre = intraday_bars("TEST", DAY, {"07:00": 102.0, "09:00": 103.0, "09:30": 104.0, "10:00": 104.5})
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())}, {("TEST", True): pre})
    [checked] = verify_claims([claim("TEST", ClaimKind.PREMARKET, 3, DAY)], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is CONFIRMED
    assert checked.verdict.actual == pytest.approx(3.0)
    assert "pre-market" in checked.verdict.evidence[-1].note


def test_after_hours_is_the_last_post_close_trade_over_the_regular_close():
    post = intraday_bars("TEST", DAY, {"15:55": 105.0, "16:30": 99.75, "17:55": 99.75})
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())}, {("TEST", True): post})
    falling = claim("TEST", ClaimKind.AFTER_HOURS, 5, DAY, direction=Direction.DOWN)
    [checked] = verify_claims([falling], seed_article(AFTER_CLOSE), prices)
    assert checked.verdict.label is CONFIRMED
    assert checked.verdict.actual == pytest.approx(-5.0)


def test_a_price_now_with_intraday_bars_is_judged_at_the_publication_time_and_can_be_confirmed():
    minutes = intraday_bars("0981.HK", MONDAY, {"09:30": 28.9, "13:50": 29.30, "13:55": 29.35, "14:05": 29.0})
    prices = StubPrices({"0981.HK": daily_bars("0981.HK", {
        dt.date(2024, 12, 20): (26.85, 29.8, 26.35, 28.3, 3e8), MONDAY: (28.8, 29.8, 28.55, 29.1, 2e8)})},
        {("0981.HK", False): minutes})
    [checked] = verify_claims([seed_claims()[3]], seed_article(), prices)
    assert checked.verdict.label is CONFIRMED
    assert checked.verdict.actual == pytest.approx(3.71, abs=0.01)
    assert checked.verdict.close_to_close == pytest.approx(2.83, abs=0.01)
    assert "13:55" in checked.verdict.evidence[-1].note
    assert any(request.interval is Interval.MINUTE_5 for request in prices.requests)


def test_an_intraday_high_below_the_final_high_written_mid_session_is_approximate_on_daily_bars(tmp_path):
    lower_high = claim("688981.SS", ClaimKind.INTRADAY_HIGH, 4, MONDAY, hedge="as much as")
    [checked] = verify_claims([lower_high], seed_article(), offline_prices(tmp_path))
    assert checked.verdict.label is APPROXIMATE
    assert "may have come after" in checked.verdict.reason


def test_daily_bars_are_asked_once_and_intraday_only_for_kinds_that_need_them():
    prices = StubPrices({"TEST": daily_bars("TEST", five_percent_tape())})
    claims = [claim("TEST", ClaimKind.CLOSE_CHANGE, 5, DAY), claim("TEST", ClaimKind.YTD, 5, DAY)]
    verify_claims(claims, seed_article(AFTER_CLOSE), prices)
    assert [request.interval for request in prices.requests] == [Interval.DAILY]


# -- stated levels ------------------------------------------------------------------------
def test_a_stated_level_is_checked_in_the_listing_currency(tmp_path):
    right = claim("688981.SS", ClaimKind.INTRADAY_HIGH, 5.2, MONDAY, hedge="as much as", level=99.2, currency="CNY",
                  text="up as much as 5.2% to 99.2 yuan")
    wrong = claim("688981.SS", ClaimKind.INTRADAY_HIGH, 5.2, MONDAY, hedge="as much as", level=95.0, currency="CNY",
                  text="up as much as 5.2% to 95 yuan")
    checked = verify_claims([right, wrong], seed_article(), offline_prices(tmp_path))
    assert checked[0].verdict.label is CONFIRMED
    assert checked[1].verdict.label is CONTRADICTED
    assert "stated level 95 vs 99.20 CNY" in checked[1].verdict.reason


def test_a_mid_session_cumulative_move_with_intraday_bars_is_judged_at_the_price_then():
    minutes = intraday_bars("0981.HK", MONDAY, {"09:30": 28.9, "13:55": 29.35, "14:05": 29.0})
    rows = {dt.date(2024, 12, 17): (25.2, 26.1, 24.85, 25.25, 4e7), dt.date(2024, 12, 18): (25.3, 26.1, 25.3, 25.95, 3e7),
            dt.date(2024, 12, 19): (25.4, 26.6, 25.3, 26.15, 4e7), dt.date(2024, 12, 20): (26.85, 29.8, 26.35, 28.3, 3e8),
            MONDAY: (28.8, 29.8, 28.55, 29.1, 2e8)}
    prices = StubPrices({"0981.HK": daily_bars("0981.HK", rows)}, {("0981.HK", False): minutes})
    [checked] = verify_claims([seed_claims()[4]], seed_article(), prices)
    assert checked.verdict.label is CONFIRMED
    assert checked.verdict.actual == pytest.approx(16.24, abs=0.01)
    assert checked.verdict.close_to_close == pytest.approx(15.25, abs=0.01)
