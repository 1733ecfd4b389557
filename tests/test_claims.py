"""Claim extraction rules, each with the kind of sentence it handles, on the real listing directory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.claims import ClaimExtractor
from analysis.models import Article, ClaimKind, Direction, Unit
from data.listings.directory import default_directory

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "samples" / "smic-rally-2024-12-23.txt"
# 00:59 in New York on Monday 23 December 2024: 13:59 in Shanghai and Hong Kong, mid-session.
MONDAY_NIGHT_NY = dt.datetime.fromisoformat("2024-12-23T00:59:00-05:00")
TUESDAY_AFTER_US_CLOSE = dt.datetime.fromisoformat("2024-12-17T18:30:00-05:00")


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor(default_directory())


def claims_of(extractor, text, published=MONDAY_NIGHT_NY):
    return extractor.extract(Article(text, published)).claims


def only(extractor, text, published=MONDAY_NIGHT_NY):
    found = claims_of(extractor, text, published)
    assert len(found) == 1, [c.to_dict() for c in found]
    return found[0]


def test_sample_article_yields_the_five_smic_claims(extractor):
    article = Article(SAMPLE.read_text(encoding="utf-8"), MONDAY_NIGHT_NY)
    got = [(c.ticker, c.kind.value, c.date.isoformat(), c.magnitude, c.hedge, c.direction.value) for c in extractor.extract(article).claims]
    assert got == [
        ("688981.SS", "intraday_high", "2024-12-23", 5.2, "as much as", "up"),
        ("688981.SS", "intraday_current", "2024-12-23", 2.7, "about", "up"),
        ("688981.SS", "close_change", "2024-12-20", 10.0, None, "up"),
        ("0981.HK", "intraday_current", "2024-12-23", 3.7, None, "up"),
        ("0981.HK", "cumulative", "2024-12-23", 16.0, "more than", "up"),
    ]


def test_sample_article_cumulative_claim_counts_four_sessions(extractor):
    claims = extractor.extract(Article(SAMPLE.read_text(encoding="utf-8"), MONDAY_NIGHT_NY)).claims
    cumulative = [c for c in claims if c.kind is ClaimKind.CUMULATIVE][0]
    assert cumulative.sessions == 4 and cumulative.start_date == dt.date(2024, 12, 18)


def test_usage_product_price_and_counts_are_not_claims(extractor):
    text = ("Daily token consumption on the model has topped 4 trillion, up 33-fold since May. "
            "The firm priced it at one-eighth of what rivals charge.")
    assert claims_of(extractor, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Apple said revenue rose 12% in the quarter.",
        "Nvidia's gross margin widened 4 percentage points to 75%.",
        "Washington imposed a 25% tariff on imported steel.",
        "The central bank raised interest rates by 0.25% to 5.5%.",
        "Tencent raised its stake in the game studio to 5.1%.",
        "Morgan Stanley raised its price target on Microsoft to $500, implying 20% upside.",
        "Alibaba shares could rise 30% if the cloud unit is spun off, analysts said.",
        "Inflation accelerated 3.2% in November from a year earlier.",
        "Toyota plans to cut production by 10% next month.",
        "The 10-year Treasury yield rose 8 basis points to 4.5%.",
        "Tesla cut the price of its Model Y by 5% in China.",
        "Sales at HSBC's wealth unit rose 9%, while profit fell 3%.",
    ],
)
def test_figures_that_are_not_price_moves_yield_no_claim(extractor, sentence):
    assert claims_of(extractor, sentence) == []


def test_hong_kong_listed_picks_the_hong_kong_line(extractor):
    claim = only(extractor, "Alibaba's Hong Kong-listed shares fell 3.1% on Tuesday.", TUESDAY_AFTER_US_CLOSE)
    assert claim.ticker == "9988.HK" and claim.direction is Direction.DOWN and claim.kind is ClaimKind.CLOSE_CHANGE
    assert claim.date == dt.date(2024, 12, 17)


def test_index_move_in_points_and_percent_gives_two_claims(extractor):
    claims = claims_of(extractor, "The S&P 500 fell 30 points, or 0.6%, to 6,020.5.", TUESDAY_AFTER_US_CLOSE)
    assert [(c.ticker, c.unit, c.magnitude) for c in claims] == [("^GSPC", Unit.POINTS, 30.0), ("^GSPC", Unit.PCT, 0.6)]
    assert all(c.level == 6020.5 and c.date == dt.date(2024, 12, 17) for c in claims)


def test_level_after_the_move_is_kept(extractor):
    claim = only(extractor, "Nvidia shares fell 2% to $130.39 on Tuesday.", TUESDAY_AFTER_US_CLOSE)
    assert claim.ticker == "NVDA" and claim.level == 130.39 and claim.magnitude == 2.0


def test_pronoun_carries_the_subject_across_sentences(extractor):
    text = "Tencent reported results on Tuesday. Its shares rose 2.5% in Hong Kong."
    claim = claims_of(extractor, text, TUESDAY_AFTER_US_CLOSE)[0]
    assert claim.ticker == "0700.HK"


def test_after_hours_move_belongs_to_the_session_just_closed(extractor):
    claim = only(extractor, "Micron shares slid 4% in extended trading after the results.", TUESDAY_AFTER_US_CLOSE)
    assert claim.kind is ClaimKind.AFTER_HOURS and claim.date == dt.date(2024, 12, 17)


def test_premarket_move_belongs_to_the_session_about_to_open(extractor):
    early = dt.datetime.fromisoformat("2024-12-18T07:10:00-05:00")
    claim = only(extractor, "Micron shares were down 3% in premarket trading.", early)
    assert claim.kind is ClaimKind.PREMARKET and claim.date == dt.date(2024, 12, 18)


def test_year_to_date_move(extractor):
    claim = only(extractor, "The stock of Nvidia has gained 170% so far this year.", TUESDAY_AFTER_US_CLOSE)
    assert claim.kind is ClaimKind.YTD and claim.date == dt.date(2024, 12, 17)


def test_this_week_is_cumulative_from_monday(extractor):
    claim = only(extractor, "Apple shares have climbed 4% this week.", TUESDAY_AFTER_US_CLOSE)
    assert claim.kind is ClaimKind.CUMULATIVE and claim.start_date == dt.date(2024, 12, 16)


def test_unknown_company_keeps_a_null_ticker(extractor):
    claim = only(extractor, "Shares of Zhejiang Qiantang Robotics Co jumped 20% on Tuesday.", TUESDAY_AFTER_US_CLOSE)
    assert claim.ticker is None and "Qiantang" in claim.entity


def test_pence_move_with_level_on_london(extractor):
    claim = only(extractor, "Shell shares were off 17p at 2,480p on Tuesday.", TUESDAY_AFTER_US_CLOSE)
    assert claim.unit is Unit.CURRENCY and claim.currency == "GBp" and claim.magnitude == 17 and claim.level == 2480
    assert claim.direction is Direction.DOWN


def test_headline_verb_in_present_tense(extractor):
    claim = only(extractor, "Nvidia jumps 5% as AI demand stays strong", TUESDAY_AFTER_US_CLOSE)
    assert claim.ticker == "NVDA" and claim.direction is Direction.UP


def test_boilerplate_yields_no_claims(extractor):
    text = "This article is not investment advice; shares may fall 50% or more.\nCopyright (c) 2024 Example News. Shares rose 3%."
    assert claims_of(extractor, text) == []


def test_full_company_name_with_shares_in_a_venue_picks_that_listing(extractor):
    text = "Alibaba Group Holding Ltd. shares in Hong Kong jumped as much as 5.2% on Monday."
    claim = only(extractor, text)
    assert claim.ticker == "9988.HK" and claim.date == dt.date(2024, 12, 23)
    assert claim.kind is ClaimKind.INTRADAY_HIGH and claim.hedge == "as much as"


def test_the_seed_article_yields_exactly_its_expected_claims(extractor):
    """The article the product was conceived from, read from ../shared (never copied into the repo)."""
    import json

    examples = Path(__file__).resolve().parent.parent.parent / "shared" / "examples"
    expected = json.loads((examples / "seed-expected.json").read_text(encoding="utf-8"))
    article = Article((examples / "seed-article.txt").read_text(encoding="utf-8"), dt.datetime.fromisoformat(expected["published"]))
    got = extractor.extract(article).claims
    fields = ["ticker", "exchange", "direction", "magnitude", "unit", "kind", "date", "hedge"]
    assert [{f: c.to_dict()[f] for f in fields} for c in got] == [{f: e.get(f) for f in fields} for e in expected["claims"]]
    assert [c.sessions for c in got if c.kind is ClaimKind.CUMULATIVE] == [4]


def test_its_other_listing_in_the_same_sentence_is_not_the_first_listing(extractor):
    text = "SMIC's Shanghai shares rose 5% on Monday, while its Hong Kong shares gained 3%."
    assert [c.ticker for c in claims_of(extractor, text)] == ["688981.SS", "0981.HK"]


def test_it_later_in_the_sentence_is_the_listing_just_named(extractor):
    text = "The Hong Kong listing of SMIC added 3.7% on Monday, leaving it more than 16% higher over four sessions."
    assert [(c.ticker, c.kind) for c in claims_of(extractor, text)] == [("0981.HK", ClaimKind.INTRADAY_CURRENT), ("0981.HK", ClaimKind.CUMULATIVE)]


def test_that_follows_refers_to_the_last_claimed_listing(extractor):
    text = "SMIC's Shanghai stock was up 2.7% on Monday. That follows a 10% jump on Friday."
    claims = claims_of(extractor, text)
    assert [(c.ticker, c.date) for c in claims] == [("688981.SS", dt.date(2024, 12, 23)), ("688981.SS", dt.date(2024, 12, 20))]


def test_a_bare_ticker_before_a_move_is_that_listing(extractor):
    claim = only(extractor, "In New York, NVDA fell 3.2% on Tuesday.", TUESDAY_AFTER_US_CLOSE)
    assert claim.ticker == "NVDA"


# ---------------------------------------------------------------- market reports of the added markets

UTC = dt.timezone.utc


def tickers_and_moves(extractor, text, published):
    return [(c.ticker, c.direction.value, c.magnitude, c.kind.value, c.date.isoformat())
            for c in claims_of(extractor, text, published)]


def test_sydney_close_report_quotes_miners_and_banks_on_the_asx(extractor):
    text = ("SYDNEY, March 12 (Wire) - Australian shares ended lower on Wednesday as iron ore miners weighed on the market.\n"
            "The S&P/ASX 200 index fell 0.8% to 7,790.2. BHP slid 2.1% and Rio Tinto lost 1.7%, while Fortescue dropped 3%. "
            "Commonwealth Bank of Australia added 0.5%.\nAmong smaller stocks, Pilbara Minerals jumped 6.4% on the ASX.")
    after_the_close = dt.datetime(2025, 3, 12, 7, 30, tzinfo=UTC)  # 18:30 in Sydney
    assert tickers_and_moves(extractor, text, after_the_close) == [
        ("^AXJO", "down", 0.8, "close_change", "2025-03-12"), ("BHP.AX", "down", 2.1, "close_change", "2025-03-12"),
        ("RIO.AX", "down", 1.7, "close_change", "2025-03-12"), ("FMG.AX", "down", 3.0, "close_change", "2025-03-12"),
        ("CBA.AX", "up", 0.5, "close_change", "2025-03-12"), ("PLS.AX", "up", 6.4, "close_change", "2025-03-12"),
    ]


def test_mumbai_close_report_quotes_nse_lines(extractor):
    text = ("MUMBAI, March 12 (Wire) - Indian equities closed higher on Wednesday, led by software exporters.\n"
            "The Nifty 50 rose 0.6% and the BSE Sensex gained 0.5%. Infosys climbed 2.3% and Tata Consultancy Services "
            "advanced 1.9%.\nReliance Industries rose 1.1% and HDFC Bank was up 0.7%, while Tata Motors fell 1.4% and "
            "Adani Enterprises dropped 2.2%.")
    after_the_close = dt.datetime(2025, 3, 12, 11, 0, tzinfo=UTC)  # 16:30 in Mumbai
    assert [ticker for ticker, *_ in tickers_and_moves(extractor, text, after_the_close)] == [
        "^NSEI", "^BSESN", "INFY.NS", "TCS.NS", "RELIANCE.NS", "HDFCBANK.NS", "TATAMOTORS.NS", "ADANIENT.NS"]


def test_singapore_report_quotes_the_banks_home_lines_not_their_otc_adrs(extractor):
    text = ("SINGAPORE, March 12 (Wire) - Singapore stocks edged up on Wednesday as banks gained.\n"
            "The Straits Times Index rose 0.3%. DBS gained 1.2%, OCBC added 0.8% and UOB rose 0.6%. Singtel slipped 0.4%.")
    after_the_close = dt.datetime(2025, 3, 12, 10, 0, tzinfo=UTC)  # 18:00 in Singapore
    assert [ticker for ticker, *_ in tickers_and_moves(extractor, text, after_the_close)] == [
        "^STI", "D05.SI", "O39.SI", "U11.SI", "Z74.SI"]


def test_seoul_report_tells_kospi_from_kosdaq_lines(extractor):
    text = ("SEOUL, March 12 (Wire) - South Korean shares fell on Wednesday as chip stocks retreated.\n"
            "The Kospi lost 1.1%. Samsung Electronics declined 2% and SK Hynix slid 3.4%. Hyundai Motor rose 0.9%, "
            "and Kosdaq-listed EcoPro fell 4.5%.")
    after_the_close = dt.datetime(2025, 3, 12, 8, 0, tzinfo=UTC)  # 17:00 in Seoul
    assert [ticker for ticker, *_ in tickers_and_moves(extractor, text, after_the_close)] == [
        "^KS11", "005930.KS", "000660.KS", "005380.KS", "086520.KQ"]


def test_toronto_report_quotes_interlisted_companies_on_the_tsx(extractor):
    text = ("TORONTO, March 12 (Wire) - Canada's main stock index rose on Wednesday, helped by energy shares.\n"
            "The S&P/TSX composite index gained 0.7%. Suncor Energy rose 2.5% and Canadian Natural Resources added 1.8%.\n"
            "Shopify jumped 4%, while Royal Bank of Canada slipped 0.3% and TD fell 0.6%.")
    after_the_close = dt.datetime(2025, 3, 12, 21, 30, tzinfo=UTC)  # 17:30 in Toronto
    assert tickers_and_moves(extractor, text, after_the_close) == [
        ("^GSPTSE", "up", 0.7, "close_change", "2025-03-12"), ("SU.TO", "up", 2.5, "close_change", "2025-03-12"),
        ("CNQ.TO", "up", 1.8, "close_change", "2025-03-12"), ("SHOP.TO", "up", 4.0, "close_change", "2025-03-12"),
        ("RY.TO", "down", 0.3, "close_change", "2025-03-12"), ("TD.TO", "down", 0.6, "close_change", "2025-03-12"),
    ]


def test_london_report_quotes_bhp_and_rio_tinto_in_london(extractor):
    text = "LONDON, March 12 (Wire) - The FTSE 100 fell 0.4% on Wednesday. BHP lost 2.2% and Rio Tinto fell 1.5%."
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime(2025, 3, 12, 17, 0, tzinfo=UTC))] == [
        "^FTSE", "BHP.L", "RIO.L"]


@pytest.mark.parametrize(
    "sentence, ticker",
    [("Rio Tinto slid 1.1% in Sydney on Wednesday.", "RIO.AX"), ("Rio Tinto rose 2% on the ASX on Wednesday.", "RIO.AX"),
     ("ASX-listed Rio Tinto fell 1.3% on Wednesday.", "RIO.AX"), ("Toronto-listed Shopify fell 2.5% on Wednesday.", "SHOP.TO"),
     ("Shopify dropped 3% in Toronto on Wednesday.", "SHOP.TO"), ("Infosys rose 3% in Mumbai on Wednesday.", "INFY.NS"),
     ("Infosys shares fell 1% on the BSE on Wednesday.", "INFY.BO"), ("Infosys ADRs rose 2% in New York on Wednesday.", "INFY"),
     ("Singapore-listed DBS gained 1% on Wednesday.", "D05.SI"), ("Rio Tinto fell 1% to A$118.50 on Wednesday.", "RIO.AX")],
)
def test_a_venue_word_or_price_currency_picks_the_line_of_that_exchange(extractor, sentence, ticker):
    assert only(extractor, sentence, dt.datetime(2025, 3, 12, 22, 0, tzinfo=UTC)).ticker == ticker


@pytest.mark.parametrize(
    "text, tickers",
    [("Australian shares fell on Wednesday as miners slumped. Rio Tinto slid 1.7% and BHP lost 2%.", ["RIO.AX", "BHP.AX"]),
     ("Canadian stocks rose on Wednesday. Shopify gained 3% and Barrick added 1.2%.", ["SHOP.TO", "ABX.TO"])],
)
def test_the_market_named_in_the_first_lines_picks_its_listings(extractor, text, tickers):
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime(2025, 3, 12, 22, 0, tzinfo=UTC))] == tickers


# ---------------------------------------------------------------- day words that point back or around

TOKYO_WEDNESDAY_EVENING = dt.datetime(2025, 3, 12, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def test_that_day_is_the_day_the_previous_sentence_named(extractor):
    text = "Monday was the worst session for exporters in months. Toyota dropped 5% that day on the stronger yen."
    claim = only(extractor, text, TOKYO_WEDNESDAY_EVENING)
    assert claim.ticker == "7203.T" and claim.date == dt.date(2025, 3, 10)


def test_the_same_day_is_the_day_named_earlier_in_the_sentence(extractor):
    text = "Sony gained 2% on Tuesday, and Honda slipped 1% the same day."
    assert [c.date for c in claims_of(extractor, text, TOKYO_WEDNESDAY_EVENING)] == [dt.date(2025, 3, 11)] * 2


def test_a_span_before_a_named_day_ends_the_session_before_it(extractor):
    text = "Ahead of Wednesday's slide, Sony had climbed about 30% over the past 12 months."
    before = "Before Wednesday's slide, Sony had climbed about 30% over the past 12 months."
    assert only(extractor, text, TOKYO_WEDNESDAY_EVENING).date == dt.date(2025, 3, 12)
    claim = only(extractor, before, TOKYO_WEDNESDAY_EVENING)
    assert claim.kind is ClaimKind.CUMULATIVE and claim.date == dt.date(2025, 3, 11)


def test_an_opening_span_through_a_named_day_is_cumulative_to_that_day(extractor):
    text = "Across the four sessions through Tuesday, the Topix lost roughly 9%."
    claim = only(extractor, text, TOKYO_WEDNESDAY_EVENING)
    assert claim.kind is ClaimKind.CUMULATIVE and claim.date == dt.date(2025, 3, 11) and claim.sessions == 4


# ---------------------------------------------------------------- asides and participles between a subject and its move

LONDON_TUESDAY_LUNCH = dt.datetime(2025, 3, 11, 12, 30, tzinfo=dt.timezone.utc)


def test_an_aside_after_a_lower_case_name_is_not_the_subject(extractor):
    text = "SK hynix, which supplies memory chips to Nvidia, climbed 2.4% on Tuesday."
    assert only(extractor, text, TOKYO_WEDNESDAY_EVENING).ticker == "000660.KS"


def test_an_aside_after_an_index_ending_in_digits_is_not_the_subject(extractor):
    text = "The Russell 2000, a gauge of smaller companies that lean on credit, gained 3.1% on Tuesday."
    assert only(extractor, text, TUESDAY_AFTER_US_CLOSE).ticker == "^RUT"


def test_a_participle_after_a_second_clause_belongs_to_that_clause(extractor):
    text = "Shell rose 1.1% and Babcock International added 12p to 640p, having climbed 9% on Monday."
    claims = claims_of(extractor, text, LONDON_TUESDAY_LUNCH)
    assert [(c.ticker, c.magnitude, c.date) for c in claims] == [
        ("SHEL.L", 1.1, dt.date(2025, 3, 11)), ("BAB.L", 12.0, dt.date(2025, 3, 11)), ("BAB.L", 9.0, dt.date(2025, 3, 10))]


def test_a_participle_after_the_main_clause_takes_its_subject_not_the_index_named_in_it(extractor):
    claim = only(extractor, "SAP was the biggest gainer on the DAX, rising 4.2% on Tuesday.", LONDON_TUESDAY_LUNCH)
    assert claim.ticker == "SAP.DE"


def test_paring_an_after_hours_move_stays_after_hours(extractor):
    text = "Micron shares dropped as much as 7% in extended trading after the results, before paring the decline to about 2%."
    claims = claims_of(extractor, text, TUESDAY_AFTER_US_CLOSE)
    assert [(c.ticker, c.kind, c.hedge) for c in claims] == [
        ("MU", ClaimKind.AFTER_HOURS, "as much as"), ("MU", ClaimKind.AFTER_HOURS, "about")]


def test_a_participle_whose_own_clause_names_another_company(extractor):
    text = "Sony slid 3% to 3,050 yen, and Tokyo Electron was limit-down at one stage, sinking as much as 16%."
    assert [c.ticker for c in claims_of(extractor, text, TOKYO_WEDNESDAY_EVENING)] == ["6758.T", "8035.T"]


# ---------------------------------------------------------------- tables: the column heading says the span

TOKYO_FRIDAY_EVENING = dt.datetime(2025, 3, 14, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def test_aligned_text_table_columns_for_week_and_year_to_date(extractor):
    text = ("Tokyo shares ended lower on Friday.\n\n"
            "Stock        Close     Chg      Week     YTD\n"
            "Toyota       2,514    -1.8%    -3.2%   +4.0%\n")
    claims = claims_of(extractor, text, TOKYO_FRIDAY_EVENING)
    assert [(c.ticker, c.direction.value, c.magnitude, c.kind) for c in claims] == [
        ("7203.T", "down", 1.8, ClaimKind.CLOSE_CHANGE), ("7203.T", "down", 3.2, ClaimKind.CUMULATIVE),
        ("7203.T", "up", 4.0, ClaimKind.YTD)]
    assert claims[1].start_date == dt.date(2025, 3, 10)


def test_markdown_table_month_column_is_cumulative_over_that_month(extractor):
    text = ("| Index | Last | Chg | FEB |\n|---|---:|---:|---:|\n"
            "| Nikkei 225 | 37,155 | -1.1% | -6.1% |\n")
    end_of_february = dt.datetime(2025, 2, 28, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    claims = claims_of(extractor, text, end_of_february)
    assert [(c.magnitude, c.kind, c.start_date) for c in claims] == [
        (1.1, ClaimKind.CLOSE_CHANGE, None), (6.1, ClaimKind.CUMULATIVE, dt.date(2025, 2, 3))]


def test_markdown_table_year_column_is_year_to_date(extractor):
    text = "| Market | 2024 |\n|---|---|\n| CAC 40 | **-2.2%** |\n"
    claim = only(extractor, text, dt.datetime(2024, 12, 31, 15, 0, tzinfo=dt.timezone.utc))
    assert claim.ticker == "^FCHI" and claim.kind is ClaimKind.YTD


# ---------------------------------------------------------------- lists of facts under a lead

def test_subjectless_list_lines_are_about_the_instrument_just_quoted(extractor):
    text = ("The Nasdaq Composite closed down 140.2 points at 17,310.5 on Tuesday.\n\n"
            "-- Down 612.9 points or 3.42% over the past four trading days\n"
            "-- Up 2.7% year to date\n")
    claims = claims_of(extractor, text, TUESDAY_AFTER_US_CLOSE)
    assert [(c.ticker, c.unit, c.magnitude, c.kind, c.sessions) for c in claims] == [
        ("^IXIC", Unit.POINTS, 140.2, ClaimKind.CLOSE_CHANGE, None),
        ("^IXIC", Unit.POINTS, 612.9, ClaimKind.CUMULATIVE, 4), ("^IXIC", Unit.PCT, 3.42, ClaimKind.CUMULATIVE, 4),
        ("^IXIC", Unit.PCT, 2.7, ClaimKind.YTD, None)]


# ---------------------------------------------------------------- the market a report is about

HONG_KONG_TUESDAY_EVENING = dt.datetime(2025, 3, 11, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_a_hong_kong_lead_picks_the_hong_kong_lines_of_dual_listed_companies(extractor):
    text = ("Hong Kong stocks slipped on Tuesday as carmakers retreated.\n\n"
            "The Hang Seng Index lost 0.9%, and the Shanghai Composite eased 0.2%. Li Auto fell 3.3% and JD.com dropped 1.6%.")
    assert [c.ticker for c in claims_of(extractor, text, HONG_KONG_TUESDAY_EVENING)] == [
        "^HSI", "000001.SS", "2015.HK", "9618.HK"]


def test_a_lead_that_speaks_of_new_york_lines_sets_no_hong_kong_default(extractor):
    text = "Hong Kong shares of Chinese carmakers rose, and their ADRs followed in New York. Li Auto gained 2.4% on Tuesday."
    assert only(extractor, text, dt.datetime(2025, 3, 11, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))).ticker == "LI"


def test_a_company_the_directory_lacks_trades_on_the_calendar_of_its_venue(extractor):
    text = "Shares in Ningbo Xinyao Gearworks rose by their 20% daily limit on the ChiNext board on Wednesday."
    shenzhen_afternoon = dt.datetime(2025, 2, 12, 16, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    claim = only(extractor, text, shenzhen_afternoon)  # 03:10 in New York: Wednesday has not begun there
    assert claim.ticker is None and claim.date == dt.date(2025, 2, 12) and claim.kind is ClaimKind.CLOSE_CHANGE


def test_a_dateline_with_a_spaced_hyphen_names_the_market(extractor):
    text = "TOKYO, March 12, 2024 4:30 PM JST - Shares of Harbourline Optics Co jumped 12% on Tuesday."
    tokyo_evening = dt.datetime(2024, 3, 12, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert only(extractor, text, tokyo_evening).date == dt.date(2024, 3, 12)


def test_a_dateline_with_dashes_names_the_market(extractor):
    text = "SEOUL, Feb. 12 -- Midori Robotics Corp jumped 11% on Wednesday."
    seoul_evening = dt.datetime(2025, 2, 12, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    assert only(extractor, text, seoul_evening).date == dt.date(2025, 2, 12)


TAIPEI_WEDNESDAY_MORNING = dt.datetime(2025, 4, 9, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_a_stock_locked_at_its_limit_down_is_a_move_of_the_limit(extractor):
    claim = only(extractor, "Largan Precision was locked at its 10% daily limit down in early trade.", TAIPEI_WEDNESDAY_MORNING)
    assert claim.ticker == "3008.TW" and claim.direction is Direction.DOWN and claim.magnitude == 10
    assert claim.kind is ClaimKind.INTRADAY_CURRENT


def test_a_limit_without_up_or_down_after_a_lock_verb_is_no_claim(extractor):
    assert claims_of(extractor, "Largan Precision stayed locked at the 10% limit.", TAIPEI_WEDNESDAY_MORNING) == []


def test_ahead_of_the_open_is_premarket(extractor):
    early = dt.datetime.fromisoformat("2024-12-18T07:10:00-05:00")
    claim = only(extractor, "Micron was indicated 4% lower ahead of the open.", early)
    assert claim.kind is ClaimKind.PREMARKET and claim.date == dt.date(2024, 12, 18)


def test_a_day_word_in_an_earlier_conjunct_does_not_date_the_move_after_and(extractor):
    text = "Micron lost 3% on Tuesday after a record high a day earlier and was up 1% before the bell."
    early = dt.datetime.fromisoformat("2024-12-18T07:10:00-05:00")
    assert [(c.kind, c.date) for c in claims_of(extractor, text, early)] == [
        (ClaimKind.CLOSE_CHANGE, dt.date(2024, 12, 17)), (ClaimKind.PREMARKET, dt.date(2024, 12, 18))]


# ---------------------------------------------------------------- names that are also words

def test_a_possessive_before_american_depositary_shares_makes_a_common_word_a_company(extractor):
    text = "In New York, Shell's American depositary shares slipped 0.8% in premarket trading."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-10-31T07:30:00-04:00")).ticker == "SHEL"


def test_a_common_word_name_after_a_company_noun_or_before_an_aside_and_a_move(extractor):
    noun_before = "Plant rental group Ashtead slid 2.3% on Tuesday."
    aside_then_move = "Ashtead, which earns most of its profit in America, was off 62p at 4,410p on Tuesday."
    assert only(extractor, noun_before, LONDON_TUESDAY_LUNCH).ticker == "AHT.L"
    assert only(extractor, aside_then_move, LONDON_TUESDAY_LUNCH).ticker == "AHT.L"


# ---------------------------------------------------------------- indexes named by what they track

@pytest.mark.parametrize(
    "text, ticker",
    [("HONG KONG, March 12 (Wire) - The Hang Seng Index eased 0.6%. The tech index sank 2.2% as platform names slid.", "^HSTECH"),
     ("Hong Kong shares ended lower on Wednesday, and the technology gauge shed 1.9%.", "^HSTECH"),
     ("NEW YORK, March 12 (Wire) - The Dow slipped 0.3%, while the tech-heavy index fell 1.4%.", "^IXIC")],
)
def test_the_tech_index_is_the_tech_index_of_the_market_reported_on(extractor, text, ticker):
    assert claims_of(extractor, text, dt.datetime(2025, 3, 12, 10, 0, tzinfo=UTC))[-1].ticker == ticker


def test_gapped_figures_belong_to_the_names_right_before_them(extractor):
    text = "BNP Paribas rose 3%, Societe Generale 4% and Credit Agricole 2.5% as bank stocks rallied."
    tickers = [c.ticker for c in claims_of(extractor, text, dt.datetime(2025, 3, 5, 17, 45, tzinfo=UTC))]
    assert tickers == ["BNP.PA", "GLE.PA", "ACA.PA"]


SATURDAY_MORNING_NY = dt.datetime.fromisoformat("2024-12-21T08:30:00-05:00")


def test_the_stock_after_a_named_company_in_a_list_line_is_that_company(extractor):
    text = "- Oracle: Wednesday's 7% slide after the results leaves the stock down about 9% on the week."
    claims = claims_of(extractor, text, SATURDAY_MORNING_NY)
    assert [(c.ticker, c.kind, c.date) for c in claims] == [
        ("ORCL", ClaimKind.CLOSE_CHANGE, dt.date(2024, 12, 18)), ("ORCL", ClaimKind.CUMULATIVE, dt.date(2024, 12, 20))]


def test_a_span_carried_by_a_participle_ends_on_the_day_of_the_clause_before(extractor):
    text = "Oracle fell 2% on Wednesday, extending its loss over three sessions to 8%."
    assert [c.date for c in claims_of(extractor, text, SATURDAY_MORNING_NY)] == [dt.date(2024, 12, 18)] * 2


def test_a_company_noun_with_a_possessive_points_at_the_company(extractor):
    text = "FedEx reported results on Thursday. The courier's shares rose 1.5% on Friday."
    assert only(extractor, text, SATURDAY_MORNING_NY).ticker == "FDX"


@pytest.mark.parametrize(
    "text, published, ticker",
    [("The ASX fell 1% on Thursday as miners slid.", "2024-12-19T16:45:00+11:00", "^AXJO"),
     ("The Shanghai Comp fell 0.4% on Thursday.", "2025-02-27T15:25:00+08:00", "000001.SS"),
     ("Tokyo Metro rose 3.4% on Thursday.", "2024-11-07T16:20:00+09:00", "9023.T"),
     ("MILAN - Shares in Stellantis fell 8.4% in Milan on Monday.", "2024-12-02T11:20:00+01:00", "STLAM.MI"),
     ("The Ibovespa tumbled 3.15% on Wednesday.", "2024-12-18T19:10:00-03:00", "^BVSP"),
     ("Naspers rose 2.7% in Johannesburg on Wednesday.", "2024-11-06T18:15:00+02:00", "NPN.JO")],
)
def test_market_copy_names_resolve_to_the_line_traded_there(extractor, text, published, ticker):
    """'The ASX' in a market report is the S&P/ASX 200, not ASX Ltd; 'Shanghai Comp' is the Shanghai Composite."""
    assert only(extractor, text, dt.datetime.fromisoformat(published)).ticker == ticker


def test_a_span_reported_before_the_open_ends_on_the_last_close(extractor):
    """'Up to last close, the stock had lost 51.2% this year', at 7:42 a.m. in New York: the year so far ends on Wednesday."""
    text = "Five Below shares jumped 14% premarket. Up to last close, the stock had lost 51.2% this year."
    ytd = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-05T07:42:00-05:00"))[-1]
    assert (ytd.kind, ytd.date) == (ClaimKind.YTD, dt.date(2024, 12, 4))


@pytest.mark.parametrize(
    "text, published, kind, date",
    [("Nvidia, which reports after the close, was down 0.9% in afternoon trading.", "2024-11-20T12:35:00-05:00",
      ClaimKind.INTRADAY_CURRENT, dt.date(2024, 11, 20)),
     ("H&M, which reports on March 27, shed 1.4% in Stockholm.", "2025-03-12T18:10:00+01:00",
      ClaimKind.CLOSE_CHANGE, dt.date(2025, 3, 12))],
)
def test_the_day_of_an_aside_about_the_company_does_not_date_its_move(extractor, text, published, kind, date):
    claim = only(extractor, text, dt.datetime.fromisoformat(published))
    assert (claim.kind, claim.date) == (kind, date)


def test_dived_and_inched_are_verbs_of_a_move(extractor):
    """Yonhap's 'The KOSPI dived 64.09 points, or 2.64 percent' and midday copy's 'inched higher'."""
    text = "The KOSPI dived 64.09 points, or 2.64 percent, to close at 2,417.08. Samsung Electronics inched higher 0.4 percent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-13T15:50:00+09:00"))
    assert [(c.ticker, c.direction, c.magnitude) for c in claims] == [
        ("^KS11", Direction.DOWN, 64.09), ("^KS11", Direction.DOWN, 2.64), ("005930.KS", Direction.UP, 0.4)]


def test_a_bare_dollar_price_in_a_sydney_report_is_australian_dollars(extractor):
    """'Commonwealth Bank shed 1.6 per cent to $156.96' after 'The ASX fell': the Sydney line, not the US one."""
    text = "The ASX fell 0.7 per cent on Thursday. Commonwealth Bank shed 1.6 per cent to $156.96."
    claim = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-19T16:45:00+11:00"))[-1]
    assert (claim.ticker, claim.date) == ("CBA.AX", dt.date(2024, 12, 19))


def test_points_then_percent_with_the_direction_after_both(extractor):
    """Malaysian and Thai closing copy: 'closed 5.12 points or 0.32% lower at 1,601.40', no comma before 'or'."""
    text = "The FBM KLCI closed 5.12 points or 0.32% lower at 1,601.40 on Wednesday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T17:30:00+08:00"))
    assert [(c.ticker, c.direction, c.magnitude, c.unit, c.level) for c in claims] == [
        ("^KLSE", Direction.DOWN, 5.12, Unit.POINTS, 1601.40), ("^KLSE", Direction.DOWN, 0.32, Unit.PCT, 1601.40)]


def test_an_index_with_its_abbreviation_in_brackets(extractor):
    """Bangkok copy: 'The Stock Exchange of Thailand (SET) index rose 3.2 points': the brackets name the index."""
    text = "The Stock Exchange of Thailand (SET) index rose 3.2 points on Wednesday."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T17:30:00+07:00"))
    assert (claim.ticker, claim.direction, claim.magnitude) == ("^SET.BK", Direction.UP, 3.2)


def test_an_index_word_before_loser_is_not_the_subject(extractor):
    """'Infosys was the top Nifty loser, down 3.1%': the company fell; the Nifty only says among whom."""
    text = "Indian shares fell on Wednesday. Infosys was the top Nifty loser, down 3.1%, after a weak forecast."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T15:45:00+05:30"))
    assert (claim.ticker, claim.magnitude) == ("INFY.NS", 3.1)


def test_the_name_after_a_move_noun_is_whose_price_moved(extractor):
    """'The index was lifted by a 1.8% rise in Saudi Aramco': Aramco rose 1.8%, not the index."""
    text = "Saudi shares rose on Sunday. The index was lifted by a 1.8% rise in Saudi Aramco."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-09T16:00:00+03:00"))
    assert (claim.ticker, claim.magnitude, claim.date) == ("2222.SR", 1.8, dt.date(2025, 3, 9))


@pytest.mark.parametrize(
    "text, expected",
    [("Coinbase and MicroStrategy gained 3.1% and 7%, respectively.", [("COIN", 3.1), ("MSTR", 7.0)]),
     ("Shares of Coinbase, MicroStrategy and Nvidia rose 3.1%, 7% and nearly 2%, respectively, in morning trade.",
      [("COIN", 3.1), ("MSTR", 7.0), ("NVDA", 2.0)])],
)
def test_respectively_pairs_names_and_figures_in_order(extractor, text, expected):
    """'Marathon Digital and Riot gained 5.4% and 6%, respectively': one verb, the figures in the names' order."""
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T11:00:00-04:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == expected
    assert {c.direction for c in claims} == {Direction.UP}


def test_a_country_in_brackets_picks_that_countrys_company(extractor):
    """'Delta Electronics (Thailand) fell 2.7%' in a Bangkok report is the Thai company, not Taiwan's Delta."""
    text = "Thai shares rose on Wednesday. Delta Electronics (Thailand) fell 2.7% to 161 baht."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T17:30:00+07:00"))
    assert (claim.entity, claim.ticker) == ("Delta Electronics (Thailand)", "DELTA.BK")


def test_a_dividend_a_share_up_on_last_year_is_not_a_price_move(extractor):
    """'The board proposed a dividend of 3.10 kronor a share, up 4.2%': dividend growth, not the stock."""
    text = "The board proposed a dividend of 3.10 kronor a share, up 4.2%, and a buyback."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-24T09:30:00+01:00")) == []


def test_an_index_the_directory_lacks_is_not_the_company_before_it(extractor):
    """'Ericsson jumped 4%, while the OMX Nordic 40 index was up 0.4%': the index, unplaced, not Ericsson."""
    text = "Ericsson jumped 4% after results, while the OMX Nordic 40 index was up 0.4%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T11:00:00+01:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("Ericsson", "ERIC-B.ST"), ("OMX Nordic 40 index", None)]


def test_an_appositive_naming_the_owner_is_not_the_subject(extractor):
    """'The iShares Bitcoin Trust, BlackRock's spot bitcoin fund, rose 3%': the fund moved, not BlackRock."""
    text = "The iShares Bitcoin Trust, BlackRock's spot bitcoin fund, rose 3% in morning trade."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-01-21T11:00:00-05:00"))
    assert claim.ticker == "IBIT"


def test_the_stock_after_a_rival_is_still_the_storys_company(extractor):
    """'Adidas fell 3%. Rival Puma slid 2%. Still, the stock is up 8% this year.': the stock is Adidas."""
    text = "Adidas shares fell 3% on Wednesday after results. Rival Puma slid 2%. Still, the stock is up 8% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T12:30:00+01:00"))
    assert [c.ticker for c in claims] == ["ADS.DE", "PUM.DE", "ADS.DE"]


def test_the_span_of_a_participle_clause_does_not_carry_past_while(extractor):
    """'fell 2.7%, extending its decline this month to 9.4%, while PTT slipped 0.9%': PTT's is the day's move;
    'The S&P 500 fell 2% this week, while the Nasdaq lost 2.5%' still shares the week."""
    published = dt.datetime.fromisoformat("2025-03-12T17:30:00+07:00")
    text = "Delta Electronics (Thailand) fell 2.7%, extending its decline this month to 9.4%, while PTT slipped 0.9%."
    assert [c.kind for c in claims_of(extractor, text, published)] == [
        ClaimKind.CLOSE_CHANGE, ClaimKind.CUMULATIVE, ClaimKind.CLOSE_CHANGE]
    weekly = claims_of(extractor, "The S&P 500 fell 2% this week, while the Nasdaq lost 2.5%.", dt.datetime.fromisoformat("2025-03-14T17:30:00-04:00"))
    assert [c.kind for c in weekly] == [ClaimKind.CUMULATIVE, ClaimKind.CUMULATIVE]


def test_it_after_an_opening_phrase_of_time_is_the_instrument_just_spoken_of(extractor):
    """'On the last day of the year it dipped 0.1%': "it" is the FTSE 100 of the sentence before."""
    text = "London's FTSE 100 added 5.7% in 2024. On the last day of the year it dipped 0.1% in a shortened session."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T18:00:00+00:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [
        ("^FTSE", ClaimKind.YTD, dt.date(2024, 12, 31)), ("^FTSE", ClaimKind.CLOSE_CHANGE, dt.date(2024, 12, 31))]


def test_bare_moves_in_a_list_after_a_year_in_review_lead_are_the_years(extractor):
    """'Here is how the big markets fared in 2024.' then '- Tokyo: The Nikkei 225 rose 19.2%': a move over 2024,
    dated the year's last session, not the session before publication."""
    text = ("Here is how the big markets fared in 2024.\n\n- Tokyo: The Nikkei 225 rose 19.2%, its best year since 2013.\n"
            "- Seoul: The Kospi slid 9.6% as politics weighed.\n\nThe S&P 500 rose 0.5% on Thursday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-02T18:00:00-05:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [
        ("^N225", ClaimKind.YTD, dt.date(2024, 12, 30)), ("^KS11", ClaimKind.YTD, dt.date(2024, 12, 30)),
        ("^GSPC", ClaimKind.CLOSE_CHANGE, dt.date(2025, 1, 2))]


def test_the_currency_of_a_price_reached_is_not_a_subject(extractor):
    """'Tokyo Metro rose 3.4% to 1,832 yen and has gained 12% since ...': "yen" ends the level, it did not move."""
    text = "Tokyo Metro rose 3.4% to 1,832 yen and has gained 12% since its first close on Oct. 23."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-20T15:30:00+09:00"))
    assert [(c.ticker, c.magnitude, c.kind) for c in claims] == [
        ("9023.T", 3.4, ClaimKind.CLOSE_CHANGE), ("9023.T", 12.0, ClaimKind.CUMULATIVE)]


def test_a_move_in_an_aside_places_a_name_that_is_also_a_word(extractor):
    """'Target, which lost 3.4% in the regular session, was little changed after hours': the aside's move is
    Target's, and it is the context that makes "Target" the retailer."""
    text = "Target, which lost 3.4% in the regular session, was little changed after hours."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-20T17:30:00-05:00"))
    assert (claim.ticker, claim.kind, claim.date) == ("TGT", ClaimKind.CLOSE_CHANGE, dt.date(2024, 11, 20))


def test_the_year_under_review_holds_across_a_table_and_headings_between_lists(extractor):
    """'## Europe: the 2024 scorecard', a table of the year's moves, '### What worked', then '- Rolls-Royce added
    about 88% in London': still the year's move."""
    text = ("## Europe: the 2024 scorecard\n\n| Market | 2024 |\n|---|---|\n| DAX | +18.8% |\n\n### What worked\n"
            "- Rolls-Royce added about 88% in London.\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T15:30:00+01:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("^GDAXI", ClaimKind.YTD), ("RR.L", ClaimKind.YTD)]


def test_the_growth_of_an_amount_of_something_is_not_a_price_move(extractor):
    """'after reporting revenue of 777 billion yuan, up 29 per cent': the revenue grew; the stock's move is the 3.6%."""
    text = "Carmaker BYD fell 3.6 per cent a day after reporting revenue of 777 billion yuan, up 29 per cent."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-25T17:00:00+08:00"))
    assert claim.magnitude == 3.6


def test_an_and_inside_a_name_does_not_end_the_owners_phrase(extractor):
    """'... and Industrial and Commercial Bank of China's Hong Kong shares edged up 0.6%': ICBC's shares, not the
    bank named before the first "and"."""
    text = ("In Hong Kong, H-shares of China Merchants Bank gained 1.5% and Industrial and Commercial Bank of China's "
            "Hong Kong shares edged up 0.6%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T17:00:00+08:00"))
    assert [c.ticker for c in claims] == ["3968.HK", "1398.HK"]


def test_its_after_an_unplaced_company_is_that_company(extractor):
    """'Aim-traded Harrowgate Energy more than halved; its shares have fallen 78% this year': not the company the
    article spoke of before, and no listing to guess."""
    text = "Lloyds Banking Group shares fell 1% on Friday. Aim-traded Harrowgate Energy more than halved; its shares have fallen 78% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-20T17:00:00+00:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("Lloyds Banking Group", "LLOY.L"), ("Harrowgate Energy", None)]


# --- the fresh corpus's first round: headings, distances from a close, the sentence's own subject -----------

THURSDAY_BEFORE_US_OPEN = dt.datetime.fromisoformat("2024-02-22T07:55:00-05:00")
FRIDAY_US_MIDDAY = dt.datetime.fromisoformat("2024-12-13T12:10:00-05:00")


def test_a_premarket_heading_times_the_bare_moves_listed_under_it(extractor):
    text = ("Movers ahead of the open:\n\nAdobe (ADBE) +4.2%. The software maker raised its outlook.\n\n"
            "Intel (INTC) fell 3% on Wednesday.\n\nOracle (ORCL) -2.5% after a downgrade.")
    got = [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, THURSDAY_BEFORE_US_OPEN)]
    assert got == [("ADBE", "premarket", "2024-02-22"), ("INTC", "close_change", "2024-02-21"), ("ORCL", "premarket", "2024-02-22")]


def test_a_heading_that_is_not_about_premarket_ends_the_premarket_list(extractor):
    text = "Before the bell:\n\nAdobe (ADBE) +4.2%.\n\nYesterday's session:\n\nOracle (ORCL) -2.5%."
    kinds = [c.kind.value for c in claims_of(extractor, text, THURSDAY_BEFORE_US_OPEN)]
    assert kinds == ["premarket", "close_change"]


def test_distance_above_yesterdays_close_is_todays_move(extractor):
    claim = only(extractor, "Shares of Carvana were sitting 21.5% above yesterday's close at noon.", FRIDAY_US_MIDDAY)
    assert (claim.ticker, claim.direction, claim.kind, claim.date) == ("CVNA", Direction.UP, ClaimKind.INTRADAY_CURRENT, dt.date(2024, 12, 13))


def test_distance_below_a_dated_record_close_is_cumulative_from_that_day(extractor):
    for sentence in ("Nike shares stood 18% below their record close on Nov. 7.", "Nike shares have fallen 18% from their Nov. 7 record close."):
        claim = only(extractor, sentence, FRIDAY_US_MIDDAY)
        assert (claim.direction, claim.kind, claim.date, claim.start_date) == (Direction.DOWN, ClaimKind.CUMULATIVE, dt.date(2024, 12, 13), dt.date(2024, 11, 7)), sentence


def test_distance_from_a_year_ago_and_the_past_year_are_cumulative(extractor):
    for sentence in ("Nike shares remain 12% below where they stood a year ago.", "Nike shares have lost 25% over the past year."):
        claim = only(extractor, sentence, FRIDAY_US_MIDDAY)
        assert claim.kind is ClaimKind.CUMULATIVE and claim.date == dt.date(2024, 12, 13), sentence


def test_a_placing_below_the_last_close_is_not_a_move(extractor):
    assert claims_of(extractor, "Nike placed new shares at $70, 4% below Thursday's close.", FRIDAY_US_MIDDAY) == []


def test_better_off_reads_as_a_gain(extractor):
    claim = only(extractor, "Intel is 3.1% better off at midday.", FRIDAY_US_MIDDAY)
    assert (claim.ticker, claim.direction) == ("INTC", Direction.UP)


def test_the_stock_is_the_company_the_last_sentence_was_about_not_the_ones_it_passed(extractor):
    text = ("Nvidia ended the day worth $3.3 trillion, ahead of Microsoft and Apple. "
            "The stock is up 170% this year.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-18T17:20:00-04:00"))
    assert (claim.ticker, claim.kind) == ("NVDA", ClaimKind.YTD)


@pytest.mark.parametrize("sentence, direction", [
    ("Sarepta shares moved upwards by 3.4% to $128.55.", Direction.UP),
    ("Palo Alto Networks is clawing back 1.5% after Wednesday's slide.", Direction.UP),
    ("Delta Air Lines shares are holding a 4% gain.", Direction.UP),
    ("In New York, Shopify's shares were ahead 24.2 per cent.", Direction.UP),
])
def test_more_ways_of_saying_a_stock_moved(extractor, sentence, direction):
    claim = only(extractor, sentence, FRIDAY_US_MIDDAY)
    assert claim.direction is direction and claim.kind is ClaimKind.INTRADAY_CURRENT


def test_a_weight_in_an_index_is_not_a_move(extractor):
    assert claims_of(extractor, "Apple now makes up about 7% of the S&P 500.", FRIDAY_US_MIDDAY) == []


def test_a_day_named_before_a_colon_dates_that_clause_not_the_move_after_it(extractor):
    claim = only(extractor, "Chip stocks extended Tuesday's slump: Intel fell a further 2.4%.", FRIDAY_US_MIDDAY)
    assert (claim.kind, claim.date) == (ClaimKind.INTRADAY_CURRENT, dt.date(2024, 12, 13))


def test_a_paragraphs_opening_span_holds_for_its_next_sentences_until_one_names_a_day(extractor):
    text = ("For the week, the S&P 500 was up 4.7%. The Dow gained 4.6% and the Nasdaq jumped 5.7%. "
            "On Friday, the Dow rose 0.6%.\n\nThe Nasdaq slipped 0.1%.")
    published = dt.datetime.fromisoformat("2024-11-08T17:05:00-05:00")
    got = [(c.ticker, c.kind.value) for c in claims_of(extractor, text, published)]
    assert got == [("^GSPC", "cumulative"), ("^DJI", "cumulative"), ("^IXIC", "cumulative"), ("^DJI", "close_change"), ("^IXIC", "close_change")]


def test_a_nordic_dateline_keeps_unplaced_companies_on_that_market_and_off_us_over_the_counter_lines(extractor):
    text = "OSLO, Feb 5 - Norsk Hydro slipped 0.8 percent on Wednesday as aluminium prices eased."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-02-05T16:45:00+01:00"))
    assert (claim.ticker, claim.kind, claim.date) == ("NHY.OL", ClaimKind.CLOSE_CHANGE, dt.date(2025, 2, 5))
    text = "OSLO, Feb 5 - Nordlys Fiskeri slipped 0.8 percent on Wednesday as salmon prices eased."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-02-05T16:45:00+01:00"))
    assert (claim.ticker, claim.kind, claim.date) == (None, ClaimKind.CLOSE_CHANGE, dt.date(2025, 2, 5))


def test_the_stocks_depositary_receipts_are_the_topics_us_line(extractor):
    text = ("TSMC shares rose 3.8 percent in Taipei on Friday. "
            "The stock's American depositary receipts jumped 9.8 percent on Thursday in New York.")
    got = [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-19T04:00:00+08:00"))]
    assert got == ["2330.TW", "TSM"]


def test_the_stock_without_a_venue_stays_on_the_line_just_reported(extractor):
    text = "Shopify shares were up 24.6 per cent in Toronto at midday. The stock touched a session high earlier, up as much as 27 per cent."
    got = [(c.ticker, c.kind.value) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-12T12:20:00-05:00"))]
    assert got == [("SHOP.TO", "intraday_current"), ("SHOP.TO", "intraday_high")]


def test_a_bare_dollar_in_a_report_that_writes_us_dollars_is_the_local_dollar(extractor):
    text = "BHP shares were 1.3 per cent lower at $40.91 at midday after profit fell to US$13.7 billion."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-08-27T12:30:00+10:00"))
    assert (claim.ticker, claim.kind, claim.level) == ("BHP.AX", ClaimKind.INTRADAY_CURRENT, 40.91)


def test_nifty50_written_as_one_word_settling_at_a_level(extractor):
    text = "The Nifty50 plunged 1,379.40 points, or 5.93 per cent, to settle at 21,884.50."
    got = [(c.ticker, c.unit.value, c.level) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T18:45:00+05:30"))]
    assert got == [("^NSEI", "points", 21884.5), ("^NSEI", "pct", 21884.5)]


def test_index_names_that_are_also_companies_count_before_a_signed_figure(extractor):
    text = "- US: S&P 500 -0.3%, Nasdaq -0.3%, Dow -103 pts as the rally faded."
    got = [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-19T07:20:00+01:00"))]
    assert got == ["^GSPC", "^IXIC", "^DJI"]


def test_its_in_a_clause_after_the_main_one_is_the_main_subject(extractor):
    text = "Nvidia overtook Microsoft on Tuesday as the most valuable company, after its shares rose 3.5%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-06-18T17:20:00-04:00")).ticker == "NVDA"


def test_an_appositive_naming_another_company_is_not_the_subject(extractor):
    text = "Foot Locker, one of Nike's largest customers, dropped 2.9%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-06-28T16:45:00-04:00")).ticker == "FL"


@pytest.mark.parametrize("text, published, tickers", [
    ("The Nasdaq rose 0.1% on Friday. For the week, the broad market index was up 4.7%.", "2024-11-08T17:05:00-05:00", ["^IXIC", "^GSPC"]),
    ("TOKYO, Aug 19 - The Nikkei 225 fell 1.8% on Monday, and the broader index slipped 1.5%.", "2024-08-19T16:00:00+09:00", ["^N225", "^TOPX"]),
])
def test_the_broad_market_index_is_the_markets_broad_benchmark(extractor, text, published, tickers):
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat(published))] == tickers


def test_the_year_so_far_up_to_an_earlier_session_is_a_span_not_the_year_to_date(extractor):
    text = "Xiaomi fell 6% on Tuesday. The stock had surged 140 per cent this year through Monday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-25T17:05:00+08:00"))
    assert [(c.kind, c.date) for c in claims][1] == (ClaimKind.CUMULATIVE, dt.date(2025, 3, 24))


def test_an_unplaced_name_before_a_state_verb_and_a_figure_first_move(extractor):
    text = "Northmere Quantum Systems was indicated 40% lower ahead of the open."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-01-08T08:10:00-05:00"))
    assert (claim.entity, claim.ticker, claim.kind) == ("Northmere Quantum Systems", None, ClaimKind.PREMARKET)


def test_a_bracket_of_exchange_codes_does_not_hide_the_name_before_shares(extractor):
    text = "Pantheon Resources PLC (AIM:PANR, OTCQX:PTHRF) shares were up 18% in morning trading."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-08-29T09:20:00+01:00"))
    assert (claim.ticker, claim.kind) == ("PANR.L", ClaimKind.INTRADAY_CURRENT)


def test_a_market_named_by_its_index_picks_the_listing_of_the_companies_after_it(extractor):
    text = "Nifty 50 fell 3.2%. Hong Kong's benchmark suffered its worst day since 1997. Alibaba plunged 18.2%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-07T13:30:00+01:00"))
    assert (claims[-1].ticker, claims[-1].date) == ("9988.HK", dt.date(2025, 4, 7))


def test_spoken_is_after_a_name(extractor):
    text = "AMD is up about 8%. Marvell's up 3% right now. The Nasdaq's up 1.3%."
    got = [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2023-05-25T10:15:00-04:00"))]
    assert got == ["AMD", "MRVL", "^IXIC"]


def test_cashtags_name_their_listing(extractor):
    text = "$NVDA -16.97% today, $AVGO -17.4%, $AAPL +3.2%."
    got = [(c.ticker, c.direction) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-27T17:00:00-05:00"))]
    assert got == [("NVDA", Direction.DOWN), ("AVGO", Direction.DOWN), ("AAPL", Direction.UP)]


def test_a_bullet_that_opens_with_shares_is_about_the_topic(extractor):
    text = "Nvidia (NVDA) -6.4% premarket Thursday.\n- Shares fell 6.9% in extended trading Wednesday."
    got = [(c.ticker, c.kind.value) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-29T07:45:00-04:00"))]
    assert got == [("NVDA", "premarket"), ("NVDA", "after_hours")]


def test_a_look_at_another_market_does_not_move_the_reports_companies_there(extractor):
    text = ("Canada's main stock index closed down 1.1 per cent on Monday. In New York, the S&P 500 fell 0.8 per cent. "
            "Shopify Inc. fell 2.5 per cent.")
    got = [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-03T17:45:00-05:00"))]
    assert got[-1] == "SHOP.TO"


def test_a_broker_giving_its_rating_is_a_source_not_the_topic(extractor):
    text = ("Infosys shares fell 5.3% on the NSE. Motilal Oswal retained its 'buy' rating on the stock. "
            "The stock has still gained 14% over the past year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-17T11:40:00+05:30"))
    assert [c.ticker for c in claims] == ["INFY.NS", "INFY.NS"]


def test_the_stock_is_the_line_reported_first_not_an_adr_aside(extractor):
    text = ("Infosys shares fell 5.3% on the NSE on Friday. Its American depositary receipts had slipped 1.8% in New York on "
            "Thursday. The stock has still gained 14% over the past year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-17T11:40:00+05:30"))
    assert [c.ticker for c in claims] == ["INFY.NS", "INFY", "INFY.NS"]


def test_a_second_company_in_a_sentence_trades_where_the_first_did(extractor):
    text = "Tokyo Electron slumped 9.2% in Tokyo on Wednesday and Advantest lost 3.4%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-16T06:30:00-04:00"))
    assert [c.ticker for c in claims] == ["8035.T", "6857.T"]


def test_a_day_of_an_awaited_event_does_not_date_the_move(extractor):
    claim = only(extractor, "UOB edged up 0.5 per cent ahead of its own results on Thursday.",
                 dt.datetime.fromisoformat("2025-02-10T18:10:00+08:00"))
    assert claim.date == dt.date(2025, 2, 10)


def test_a_weekday_last_week_is_a_day_not_the_week(extractor):
    claim = only(extractor, "On Wednesday last week, before the holiday, the Taiex had closed down 0.6 percent.",
                 dt.datetime.fromisoformat("2025-04-07T14:20:00+08:00"))
    assert (claim.kind, claim.date) == (ClaimKind.CLOSE_CHANGE, dt.date(2025, 4, 2))


def test_measured_from_a_dated_close_is_a_span_from_it(extractor):
    claim = only(extractor, "Measured from the close on Sept. 13, the Shanghai Composite is up 23%.",
                 dt.datetime.fromisoformat("2024-09-30T19:40:00+08:00"))
    assert (claim.kind, claim.start_date) == (ClaimKind.CUMULATIVE, dt.date(2024, 9, 13))


def test_a_tilde_before_a_figure_is_read_through(extractor):
    claim = only(extractor, "$NVDA is still up ~90% over the past 12 months.", dt.datetime.fromisoformat("2025-01-27T17:00:00-05:00"))
    assert (claim.magnitude, claim.hedge, claim.kind) == (90.0, None, ClaimKind.CUMULATIVE)


def test_some_before_a_figure_is_read_through_without_a_hedge(extractor):
    claim = only(extractor, "UniCredit is up some 48% since the start of the year.", dt.datetime.fromisoformat("2024-11-25T18:00:00+01:00"))
    assert (claim.magnitude, claim.hedge, claim.kind) == (48.0, None, ClaimKind.YTD)


def test_since_an_event_on_a_named_day_starts_on_that_day(extractor):
    claim = only(extractor, "Reddit shares have risen 45% since their first close on Oct. 23.", dt.datetime.fromisoformat("2024-11-20T17:00:00-05:00"))
    assert (claim.kind, claim.start_date) == (ClaimKind.CUMULATIVE, dt.date(2024, 10, 23))


@pytest.mark.parametrize("sentence, start", [
    ("The CAC 40 extended its slide since Macron's announcement on June 9 to about 6%.", dt.date(2024, 6, 7)),
    ("Airbus has gained 18% since Monday's close.", dt.date(2024, 6, 10)),
    ("Airbus has lost 12% since its interim results on 10 June.", dt.date(2024, 6, 10)),
    ("Airbus has climbed 9% from its lowest close of the year on June 11.", dt.date(2024, 6, 11)),
])
def test_the_start_of_a_span_is_the_session_the_text_names(extractor, sentence, start):
    claim = only(extractor, sentence, dt.datetime.fromisoformat("2024-06-14T18:00:00+02:00"))
    assert (claim.kind, claim.start_date) == (ClaimKind.CUMULATIVE, start)


def test_an_asian_morning_report_looks_at_new_york_overnight_then_comes_home(extractor):
    text = ("TOKYO, April 4 - Japanese shares fell in early trade on Friday.\n\n"
            "Overnight in New York, the S&P 500 plunged 4.84% and Apple lost 9.2%.\n\n"
            "In Tokyo, banks were among the hardest hit. Mitsubishi UFJ Financial Group dropped 6.8%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-04T09:45:00+09:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims][-1] == ("8306.T", "intraday_current", "2025-04-04")


def test_a_month_named_for_a_move_and_the_same_verb_over_the_month(extractor):
    text = ("The S&P 500 fell 1.57% on the day, leaving it down 4.2% for April. The Dow lost 1.49% on Tuesday and 5% for "
            "the month, while the Nasdaq shed 2.04% and ended April 4.4% lower.")
    got = [(c.ticker, c.magnitude, c.kind.value) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-04-30T17:25:00-04:00"))]
    assert got == [("^GSPC", 1.57, "close_change"), ("^GSPC", 4.2, "cumulative"), ("^DJI", 1.49, "close_change"),
                   ("^DJI", 5.0, "cumulative"), ("^IXIC", 2.04, "close_change"), ("^IXIC", 4.4, "cumulative")]


def test_an_economic_index_is_not_a_market_index(extractor):
    text = "The S&P 500 fell 1.6%. Selling picked up after the employment cost index rose 1.2% in the first quarter."
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-04-30T17:25:00-04:00"))] == ["^GSPC"]


def test_a_sentence_that_sets_the_scene_after_the_bell_times_the_moves_after_it(extractor):
    text = ("Nvidia shares jumped 6.1% in after-hours trading. Other chip names moved in sympathy after the bell. "
            "Advanced Micro Devices added 1.2%, while Broadcom edged up 0.9%.")
    got = [c.kind.value for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-22T16:48:00-04:00"))]
    assert got == ["after_hours", "after_hours", "after_hours"]


def test_the_years_winners_are_year_to_date_moves(extractor):
    text = "Among the year's winners, Rheinmetall soared 66%, while Novo Nordisk rose more than 50%."
    kinds = [c.kind for c in claims_of(extractor, text, dt.datetime.fromisoformat("2023-12-29T17:45:00+01:00"))]
    assert kinds == [ClaimKind.YTD, ClaimKind.YTD]


def test_american_airlines_and_amadeus_by_their_everyday_names(extractor):
    text = "American Airlines rose 5.2% and Amadeus fell 1.2%."
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-01-25T17:50:00+01:00"))] == ["AAL", "AMS.MC"]


def test_a_name_that_is_also_a_word_counts_when_its_clause_ends_in_a_move(extractor):
    claim = only(extractor, "Shell bucked the trend, rising 1.6% to 2,622p after its results.", dt.datetime.fromisoformat("2024-10-31T12:35:00+00:00"))
    assert (claim.ticker, claim.level) == ("SHEL.L", 2622.0)


def test_edged_then_a_figure_and_a_direction(extractor):
    claim = only(extractor, "Visa edged 0.3% lower before the bell.", dt.datetime.fromisoformat("2024-02-20T08:10:00-05:00"))
    assert (claim.ticker, claim.direction, claim.kind) == ("V", Direction.DOWN, ClaimKind.PREMARKET)


def test_the_main_subject_after_an_opening_phrase(extractor):
    text = "On Wall Street, the Dow Jones Industrial Average posted its steepest decline in a year, losing 1.35%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-02-13T17:10:00-05:00")).ticker == "^DJI"


def test_a_rally_that_lifted_it_is_a_move_of_the_same_stock(extractor):
    text = "Alibaba closed up 14.6% in Hong Kong, extending a rally that has lifted it about 68% so far this year."
    got = [(c.ticker, c.magnitude, c.kind.value, c.hedge) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-21T16:35:00+08:00"))]
    assert got == [("9988.HK", 14.6, "close_change", None), ("9988.HK", 68.0, "ytd", "about")]


def test_a_day_after_it_fell_is_the_session_before(extractor):
    text = "The Taiex closed up 9.25% at 20,214.35, a day after it fell 5.8% to a 16-month low."
    got = [(c.magnitude, c.date) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-10T14:15:00+08:00"))]
    assert got == [(9.25, dt.date(2025, 4, 10)), (5.8, dt.date(2025, 4, 9))]


def test_rose_the_daily_maximum(extractor):
    claim = only(extractor, "TSMC rose the daily maximum of 10%, closing at NT$904.", dt.datetime.fromisoformat("2025-04-10T14:15:00+08:00"))
    assert (claim.ticker, claim.magnitude) == ("2330.TW", 10.0)


def test_a_jump_in_an_index_whose_alias_holds_the_article(extractor):
    claim = only(extractor, "The rebound tracked a 9.5% jump in the S&P 500 overnight.", dt.datetime.fromisoformat("2025-04-10T14:15:00+08:00"))
    assert (claim.ticker, claim.date) == ("^GSPC", dt.date(2025, 4, 9))


def test_paring_an_early_jump_names_the_sessions_high(extractor):
    text = "Kweichow Moutai rose 3.6% in Shanghai, paring an early jump of 9.9%."
    kinds = [c.kind for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-08T16:20:00+08:00"))]
    assert kinds == [ClaimKind.CLOSE_CHANGE, ClaimKind.INTRADAY_HIGH]


@pytest.mark.parametrize("text, tickers", [
    ("Sensex, Nifty crash nearly 6% as BJP falls short of majority", ["^BSESN", "^NSEI"]),
    ("Deutsche Bank and Commerzbank fell 3%.", ["DBK.DE", "CBK.DE"]),
    ("Apple and Samsung fell 3%.", ["005930.KS"]),  # two markets: the figure cannot be both companies' on one session
])
def test_one_figure_for_names_listed_together_on_one_market_is_a_claim_for_each(extractor, text, tickers):
    got = [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T18:45:00+05:30"))]
    assert got == tickers


@pytest.mark.parametrize("sentence, claims", [
    ("Polls put the National Rally at around 33% of the vote, and the CAC 40 fell 1.2%.", 1),
    ("Patients on the drug lost 22.7% of their body weight; Novo Nordisk fell 17.8%.", 1),
    ("Novo Nordisk shed 20% of its market value on Friday.", 1),
])
def test_a_percentage_of_something_is_not_a_move_but_of_a_value_it_is(extractor, sentence, claims):
    assert len(claims_of(extractor, sentence, dt.datetime.fromisoformat("2024-12-20T17:40:00+01:00"))) == claims


def test_a_sentence_adverb_between_subject_and_verb(extractor):
    text = "London stocks fell on Tuesday. Victorian Plumbing (VIC), by contrast, rose 7% on Tuesday."
    claim = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-05T17:00:00+00:00"))[-1]
    assert (claim.entity, claim.direction, claim.magnitude) == ("Victorian Plumbing", Direction.UP, 7.0)


def test_distance_below_a_record_close_from_a_month_is_a_span_not_the_years_move(extractor):
    text = "The S&P 500 is now up 22.9% this year and sits less than 2% below its record close from January 2022."
    got = [(c.kind, c.hedge) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-20T17:00:00-05:00"))]
    assert got == [(ClaimKind.YTD, None), (ClaimKind.CUMULATIVE, "less than")]


@pytest.mark.parametrize("text, ticker", [
    ("Seoul shares sink 1.4 pct as martial law turmoil rattles investors", "^KS11"),
    ("HK stocks soar 4% as PBOC unveils stimulus", "^HSI"),
    ("Bank shares fell 2%.", None),  # a sector is no market
])
def test_a_whole_markets_move_is_its_benchmarks(extractor, text, ticker):
    assert only(extractor, text, dt.datetime.fromisoformat("2024-12-04T16:00:00+09:00")).ticker == ticker


def test_the_name_that_owns_a_move_noun_is_its_subject(extractor):
    text = "The TSX has gained about 19% so far this year, trailing the S&P 500's 25% climb."
    got = [(c.ticker, c.kind) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-29T17:00:00-05:00"))]
    assert got == [("^GSPTSE", ClaimKind.YTD), ("^GSPC", ClaimKind.YTD)]


def test_a_days_move_opening_a_sentence_is_the_instrument_just_spoken_of(extractor):
    text = "The Nikkei has now lost 27 percent from its July record. Friday's 5.8 percent drop had been the index's steepest since 2020."
    got = [(c.ticker, c.kind, c.date) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-05T17:00:00+09:00"))]
    assert got[1] == ("^N225", ClaimKind.CLOSE_CHANGE, dt.date(2024, 8, 2))


def test_a_before_the_bell_note_sent_before_premarket_trading_reports_the_last_close(extractor):
    """A London 'Before the Bell' note at 06:45 GMT (01:45 in New York): Wall Street's moves are yesterday's closes."""
    text = "Before the Bell\n\n* The S&P 500 gained 1.9% to 4,495.70; the Nasdaq Composite rose 2.4%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-11-15T06:45:00+00:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^GSPC", "close_change", "2023-11-14"), ("^IXIC", "close_change", "2023-11-14")]
    later = claims_of(extractor, "Before the Bell\n\n* Tesla rose 2.4%.", dt.datetime.fromisoformat("2023-11-15T13:00:00+00:00"))
    assert [(c.ticker, c.kind.value) for c in later] == [("TSLA", "premarket")]


@pytest.mark.parametrize(
    "text",
    [
        "The Nasdaq Composite fell 5.8%, its worst week since 2022.",
        "The Nasdaq Composite fell 5.8%, the index's steepest weekly drop since March 2023.",
        "The Nasdaq Composite fell 5.8% in the holiday-shortened week.",
    ],
)
def test_a_move_called_the_weeks_is_cumulative_over_the_week(extractor, text):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-07T09:00:00-04:00"))
    assert (claim.kind.value, claim.date.isoformat(), claim.start_date.isoformat()) == ("cumulative", "2024-09-06", "2024-09-03")


def test_a_move_called_the_days_stays_a_close(extractor):
    claim = only(extractor, "The Nasdaq fell 2.6% on Friday, its worst day since 2022.", dt.datetime.fromisoformat("2024-09-07T09:00:00-04:00"))
    assert (claim.kind.value, claim.date.isoformat()) == ("close_change", "2024-09-06")


def test_a_us_report_names_a_european_company_by_its_home_line_not_its_otc_adr(extractor):
    text = "Wall Street slid at the open. Rheinmetall was at one point down 26%."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-04-07T12:05:00-04:00"))
    assert claim.ticker == "RHM.DE"


def test_an_extreme_said_after_an_after_hours_move_is_of_the_late_session(extractor):
    text = "Nvidia reported results. The shares fell 6.9% in extended trading after having been down as much as 8% shortly after the release."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-28T18:05:00-04:00"))
    assert [(c.magnitude, c.kind.value, c.hedge) for c in claims] == [(6.9, "after_hours", None), (8.0, "after_hours", "as much as")]
    earlier = "Nvidia slipped 3% after hours, having hit a record earlier in the session when it rose as much as 2%."
    claims = claims_of(extractor, earlier, dt.datetime.fromisoformat("2024-08-28T18:05:00-04:00"))
    assert [(c.magnitude, c.kind.value) for c in claims] == [(3.0, "after_hours"), (2.0, "intraday_high")]


def test_a_company_with_several_lines_trades_where_the_reports_companies_have(extractor):
    """A Sydney report: 'Rival Rio Tinto edged up 0.3 per cent' is Rio's ASX line, not its London primary."""
    text = (
        "BHP Group shares closed 0.6 per cent lower in Sydney on Tuesday. The stock had been up as much as "
        "1.4 per cent in the morning session. Rival Rio Tinto edged up 0.3 per cent."
    )
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-18T17:10:00+11:00"))
    assert [c.ticker for c in claims] == ["BHP.AX", "BHP.AX", "RIO.AX"]


def test_a_span_opening_the_sentence_needs_no_comma(extractor):
    claim = only(extractor, "Over the past three sessions the Kospi has now lost more than 12 percent.", dt.datetime.fromisoformat("2024-08-05T16:20:00+09:00"))
    assert (claim.kind.value, claim.sessions, claim.start_date.isoformat()) == ("cumulative", 3, "2024-08-01")


def test_the_previous_sessions_end_before_the_day_and_a_participles_span_stays_in_its_clause(extractor):
    text = "Nintendo rose 4.9%, building on a 10% jump over the previous two sessions, and Capcom rose 2.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-05T11:45:00+09:00"))
    assert [(c.entity, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("Nintendo", "intraday_current", "2025-02-05"), ("Nintendo", "cumulative", "2025-02-04"), ("Capcom", "intraday_current", "2025-02-05")]
    assert claims[1].start_date.isoformat() == "2025-02-03"


@pytest.mark.parametrize(
    "text, end, sessions",
    [("Apple rebounds 15% after four-day, 23% slide", "2025-04-08", 4),
     ("Apple rose 2%, extending a three-day, 9% rally.", "2025-04-09", 3)],
)
def test_a_count_of_days_before_the_figure_is_the_moves_span(extractor, text, end, sessions):
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-09T16:35:00-04:00"))
    span = [c for c in claims if c.kind.value == "cumulative"]
    assert [(c.date.isoformat(), c.sessions) for c in span] == [(end, sessions)]


@pytest.mark.parametrize(
    "text",
    ["Adyen shares are about 75% below their November 2021 record.",
     "Measured from the chief executive's arrival in February 2021, Intel shares are down more than 60%."],
)
def test_a_span_from_a_month_of_a_year_is_cumulative(extractor, text):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-12-03T06:00:00-05:00"))
    assert claim.kind.value == "cumulative"


@pytest.mark.parametrize(
    "text, tickers",
    [("ASML's U.S.-listed shares slumped 12.7%, following a 10.5% fall in Amsterdam.", ["ASML", "ASML.AS"]),
     ("ASML's U.S. shares fell 3%, having lost 2% in Amsterdam.", ["ASML", "ASML.AS"]),
     ("Taiwan Semiconductor Manufacturing's American depositary receipts gave up 8%.", ["TSM"])],
)
def test_a_figures_own_venue_words_pick_the_line_and_a_place_in_a_name_is_no_venue(extractor, text, tickers):
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-17T16:30:00-04:00"))
    assert [c.ticker for c in claims] == tickers


def test_a_gapped_figure_keeps_its_own_hedge(extractor):
    text = "In London, Standard Chartered tumbled as much as 15% and HSBC as much as 10%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-07T17:05:00+01:00"))
    assert [(c.ticker, c.kind.value, c.hedge) for c in claims] == [
        ("STAN.L", "intraday_low", "as much as"), ("HSBA.L", "intraday_low", "as much as")]


@pytest.mark.parametrize("text", ["Shell, BP gain more than 5%", "Shell and BP gain more than 5%"])
def test_names_listed_before_one_move_each_get_it_even_an_ordinary_word(extractor, text):
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-09T09:10:00+01:00"))
    assert sorted(c.ticker for c in claims) == ["BP.L", "SHEL.L"]
    assert {(c.kind.value, c.hedge) for c in claims} == {("intraday_current", "more than")}


def test_the_composite_index_is_that_of_the_market_the_sentence_opens_on(extractor):
    text = "The Hang Seng Tech index fell 8%. In Shanghai, the Composite index ended up 4.59% at 3,489.78."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-08T16:30:00+08:00"))
    assert [c.ticker for c in claims] == ["^HSTECH", "000001.SS"]


def test_a_markets_benchmark_is_its_index_even_after_another_index(extractor):
    text = "The CSI 300 rose 4.3%. Hong Kong's benchmark had climbed as much as 4.6% by mid-morning."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-24T10:10:00+08:00"))
    assert [c.ticker for c in claims] == ["000300.SS", "^HSI"]


@pytest.mark.parametrize("text", ["Hang Seng jumps 2.8pc as Politburo pledges support", "The Hang Seng rose 2.8 pc."])
def test_british_pc_is_percent(extractor, text):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-07-30T16:30:00+08:00"))
    assert (claim.ticker, claim.magnitude, claim.unit.value) == ("^HSI", 2.8, "pct")


def test_a_span_said_of_an_awaited_event_does_not_date_the_move_before_it(extractor):
    text = ("Toyota Motor shed 4.1 percent ahead of a 25 percent U.S. tariff on imported automobiles "
            "that is due to take effect this week.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-31T11:50:00+09:00"))
    assert (claim.ticker, claim.kind.value, claim.date.isoformat()) == ("7203.T", "intraday_current", "2025-03-31")


def test_a_company_named_in_passing_after_the_topics_pronoun_does_not_take_the_topic(extractor):
    text = ("Samsung apologised this week for disappointing results. Operating profit missed forecasts, and it said "
            "little about qualifying its memory with Nvidia. The shares ended Thursday down 1.2% at 58,900 won.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-10T17:00:00+09:00"))
    assert claim.ticker == "005930.KS"


@pytest.mark.parametrize("text", ["Even Nestlé, hardly a luxury house, has slumped 17% this year.",
                                  "Nestlé, once a safe haven, has slumped 17% this year."])
def test_an_appositive_may_open_with_an_adverb(extractor, text):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-20T10:00:00+00:00"))
    assert (claim.ticker, claim.kind.value) == ("NESN.SW", "ytd")


@pytest.mark.parametrize(
    "text, ticker",
    [("Apple is still the heaviest anchor on the Dow. The iPhone maker is down 4.6% after Berkshire cut its stake.", "AAPL"),
     ("Nvidia reported results on Monday. The chipmaker rose 3%.", "NVDA")],
)
def test_a_definite_description_before_the_move_is_the_company_spoken_of(extractor, text, ticker):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-08-05T15:10:00-04:00"))
    assert claim.ticker == ticker


def test_a_description_owning_a_metric_is_no_subject(extractor):
    text = "Toyota reported results. Global vehicle sales by the group fell 4% to 2.32 million units in the quarter."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-01T15:10:00+09:00")) == []


def test_a_bare_late_after_the_figure_is_after_hours_once_the_market_closed(extractor):
    claims = claims_of(extractor, "Starbucks added 4% late despite a drop in same-store sales. Apple rose 2% late in the session.",
                       dt.datetime.fromisoformat("2024-07-30T17:25:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("SBUX", "after_hours"), ("AAPL", "close_change")]


@pytest.mark.parametrize(
    "text",
    ["Sales at the fashion and leather goods division, home to Louis Vuitton and Dior, fell 5%.",
     "Sales at the division, which includes Dior, fell 5%."],
)
def test_an_aside_saying_what_a_metrics_owner_holds_names_no_subject(extractor, text):
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-15T12:00:00+02:00")) == []


def test_a_day_earlier_dates_a_move_and_is_no_intraday_extreme(extractor):
    text = "Chip designer Astera Labs, which soared 72% in its own debut a day earlier, added 5.1% on Thursday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-21T16:55:00-04:00"))
    assert [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims] == [
        (72.0, "close_change", "2024-03-20"), (5.1, "close_change", "2024-03-21")]


def test_preferred_shares_are_the_preferred_line(extractor):
    text = "Samsung Electronics shares rose 7.2% and its preferred shares climbed 6.8%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-15T16:00:00+09:00"))
    assert [c.ticker for c in claims] == ["005930.KS", "005935.KS"]


@pytest.mark.parametrize(
    "published, text, date",
    [("2024-06-05T08:15:00+05:30", "State Bank of India, which dropped 13.8% in the previous session, said its board will meet.", "2024-06-04"),
     ("2024-06-05T13:15:00+05:30", "State Bank of India rose 3%, after it dropped 13.8% in the previous session.", "2024-06-04")],
)
def test_the_previous_session_said_before_the_open_is_the_last_session_traded(extractor, published, text, date):
    claims = claims_of(extractor, text, dt.datetime.fromisoformat(published))
    assert [c.date.isoformat() for c in claims if c.magnitude == 13.8] == [date]


def test_whose_stock_is_the_named_companys(extractor):
    text = "UniCredit launched an offer for domestic rival Banco BPM, whose stock rose 5.4% to 7.05 euros."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-25T17:45:00+01:00"))
    assert claim.ticker == "BAMI.MI"


def test_a_city_benchmark_is_its_index_but_the_demonym_shares_of_a_company_are_not(extractor):
    published = dt.datetime.fromisoformat("2024-10-08T16:30:00+08:00")
    claim = only(extractor, "From its Sept. 23 close, the Shanghai benchmark has now climbed roughly 27%.", published)
    assert (claim.ticker, claim.kind.value) == ("000001.SS", "cumulative")
    text = "Infosys' ADRs climbed 7.9% on Thursday. Over the past month, the Indian shares have gained about 20%."
    assert claims_of(extractor, text, published)[-1].ticker != "^NSEI"


def test_a_move_from_the_ipo_price_after_the_debut_is_cumulative(extractor):
    text = "Astera Labs added 5.1% on Thursday, leaving it up 81% from its $36 IPO price."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-21T16:55:00-04:00"))
    assert [c.kind.value for c in claims] == ["close_change", "cumulative"]


def test_a_may_dateline_is_a_month_not_a_forecast(extractor):
    claim = only(extractor, "NEW YORK, May 4 (Reuters) - Shares of Apple tumbled 5% on Thursday.",
                 dt.datetime.fromisoformat("2023-05-04T17:05:00-04:00"))
    assert (claim.ticker, claim.date.isoformat()) == ("AAPL", "2023-05-04")
    assert claims_of(extractor, "Apple may tumble 5% on Thursday.", dt.datetime.fromisoformat("2023-05-04T17:05:00-04:00")) == []


def test_a_delisted_company_comes_out_unplaced_and_its_name_cut_short_stays_the_same_company(extractor):
    text = ("Shares of PacWest Bancorp tumbled 50.6% on Thursday. Trading in the stock was halted. "
            "PacWest had plunged as much as 60% in extended trading on Wednesday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-05-04T17:05:00-04:00"))
    assert [(c.entity, c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("PacWest Bancorp", None, "close_change", "2023-05-04"), ("PacWest Bancorp", None, "after_hours", "2023-05-03")]


def test_a_bare_symbol_before_had_is_the_company(extractor):
    claim = only(extractor, "** Up to last close, CRWD had gained about 34% YTD", dt.datetime.fromisoformat("2024-07-19T07:30:00-04:00"))
    assert (claim.ticker, claim.kind.value) == ("CRWD", "ytd")


@pytest.mark.parametrize("verb", ["gave back", "collapsed"])
def test_more_verbs_of_a_fall(extractor, verb):
    claim = only(extractor, f"Shares of Apple {verb} 5% on Tuesday.", dt.datetime.fromisoformat("2024-05-14T17:05:00-04:00"))
    assert (claim.ticker, claim.direction.value) == ("AAPL", "down")


def test_flows_into_funds_are_no_price_move(extractor):
    text = "Mumbai: Inflows into equity mutual funds rose to a record ₹41,887 crore in October, up 21.7% from September."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-12T17:00:00+05:30")) == []


def test_a_city_alone_is_a_listings_venue_not_a_company_named_after_it(extractor):
    text = "CATL said first-quarter net profit rose 33%. Its Shenzhen shares have risen 2% so far this year."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-05-20T16:30:00+08:00"))
    assert (claim.ticker, claim.kind.value) == ("300750.SZ", "ytd")


def test_south_african_short_names(extractor):
    claims = claims_of(extractor, "Amplats rose 6.5% and Kumba climbed 3.6% in Johannesburg.", dt.datetime.fromisoformat("2024-04-26T17:30:00+02:00"))
    assert [c.ticker for c in claims] == ["AMS.JO", "KIO.JO"]


def test_respectively_across_a_relative_clause_and_an_ordinary_word_name_in_the_list(extractor):
    text = "Whirlpool and Zions Bancorporation, which will be removed, fell 1.3% and 1%, respectively."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-04T17:00:00-05:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("WHR", 1.3), ("ZION", 1.0)]


def test_an_appositive_after_a_bracketed_symbol_is_an_aside(extractor):
    text = ("Contract chipmaker Taiwan Semiconductor Manufacturing Co. (TSMC), the most heavily weighted stock in the "
            "market, fell 3.8 percent to close at NT$848.00.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-04-07T14:00:00+08:00"))
    assert (claim.ticker, claim.level) == ("2330.TW", 848.0)


def test_a_verb_joined_by_but_moves_the_sentences_subject(extractor):
    text = ("The TAIEX ended down 0.5 percent at 23,253.94 yesterday, snapping a four-session winning streak as investors "
            "took profits in artificial intelligence-related stocks, but still gained 1.3 percent over the week.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-11T09:00:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^TWII", "close_change"), ("^TWII", "cumulative")]


def test_another_partner_is_an_appositive(extractor):
    text = "Arm Holdings jumped 15.9% on the Nasdaq, and Oracle, another partner in the venture dubbed Stargate, rose 6.8%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-22T17:00:00-05:00"))
    assert [c.ticker for c in claims] == ["ARM", "ORCL"]


@pytest.mark.parametrize(
    "text, ticker, magnitude, direction",
    [("China Vanke's Shenzhen-listed shares closed up by the 10% daily limit.", "000002.SZ", 10.0, "up"),
     ("East Money jumped by the 20-percent limit.", "300059.SZ", 20.0, "up"),
     ("Ola Electric hits 20% upper circuit for second day", "OLAELEC.NS", 20.0, "up"),
     ("Adani Energy Solutions was locked in its 20 per cent lower circuit.", "ADANIENSOL.NS", 20.0, "down")],
)
def test_price_limits_and_circuits_are_moves_of_that_size(extractor, text, ticker, magnitude, direction):
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-08T18:00:00+08:00"))
    assert (claim.ticker, claim.magnitude, claim.direction.value) == (ticker, magnitude, direction)


@pytest.mark.parametrize(
    "text",
    ["Under IDX rules, trading is temporarily halted when the JCI drops 5 percent.",
     "Under STAR Market rules, stocks can rise or fall by up to 20% in a day."],
)
def test_a_markets_rules_are_no_moves(extractor, text):
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-18T14:00:00+07:00")) == []


def test_a_past_move_after_when_is_still_a_move(extractor):
    claims = claims_of(extractor, "Apple rose 3% on Tuesday, when the Nasdaq fell 2%.", dt.datetime.fromisoformat("2025-03-11T18:00:00-04:00"))
    assert [c.ticker for c in claims] == ["AAPL", "^IXIC"]


def test_the_later_moves_of_an_after_hours_sentence_are_after_hours(extractor):
    text = ("Other chip stocks also slipped after hours, with Broadcom down 1.9% and Advanced Micro Devices off 1.4%. "
            "Salesforce rose 1.5% in extended trade, while CrowdStrike fell 2.8% as it trimmed its outlook.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-28T17:40:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("AVGO", "after_hours"), ("AMD", "after_hours"), ("CRM", "after_hours"), ("CRWD", "after_hours")]


def test_closed_up_is_a_close_even_after_earlier(extractor):
    text = "Earlier in Asia, Japan's Nikkei closed up 2.6% as the yen weakened."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-06T07:45:00-05:00"))
    assert (claim.kind.value, claim.date.isoformat()) == ("close_change", "2024-11-06")


def test_thailands_set_in_capitals_is_no_forecast_word(extractor):
    claim = only(extractor, "The SET has fallen about 8% so far this year.", dt.datetime.fromisoformat("2025-03-18T17:00:00+07:00"))
    assert (claim.ticker, claim.kind.value) == ("^SET.BK", "ytd")
    assert claims_of(extractor, "Apple is set to rise 5%.", dt.datetime.fromisoformat("2025-03-18T17:00:00+07:00")) == []


def test_a_gapped_figure_with_a_span_of_its_own(extractor):
    text = "HSBC's London shares have gained 9% over the past month, and 13% since the start of the year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-18T17:00:00+00:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("HSBA.L", 9.0, "cumulative"), ("HSBA.L", 13.0, "ytd")]


def test_a_price_reached_of_an_amount_is_not_the_amount_of_something(extractor):
    """'It finished at its "stop high" of 2,197.5 yen, up 400 yen, or 22.3%': the amount is the price itself."""
    text = 'Seven & i Holdings did not trade until late. It finished at its "stop high" of 2,197.5 yen, up 400 yen, or 22.3%.'
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-19T16:00:00+09:00"))
    assert [(c.ticker, c.magnitude, c.unit.value, c.kind.value) for c in claims] == [
        ("3382.T", 400.0, "currency", "close_change"), ("3382.T", 22.3, "pct", "close_change"),
    ]


def test_the_named_object_of_lifted_or_sent_is_what_moved(extractor):
    """'The rally lifted the STAR 50 index, which tracks ..., by 8.6%': the object moved, not "the rally"."""
    published = dt.datetime.fromisoformat("2024-10-08T16:00:00+08:00")
    claim = only(extractor, "The rally lifted the STAR 50 index, which tracks the biggest tech-board names, by 8.6%.", published)
    assert (claim.ticker, claim.direction, claim.magnitude, claim.kind) == ("000688.SS", Direction.UP, 8.6, ClaimKind.CLOSE_CHANGE)
    claim = only(extractor, "Heavy selling dragged the Hang Seng Index down by as much as 2.1%.", published)
    assert (claim.ticker, claim.direction, claim.hedge) == ("^HSI", Direction.DOWN, "as much as")
    # an object that is no price, and a relative clause's own move, are not the object's move
    assert claims_of(extractor, "Weak demand dragged Revenue down by 4%.", published) == []
    soft = claims_of(extractor, "SoftBank gained 9%, lifting the Nikkei 225, which ended up 1.6%.", published)
    assert [(c.ticker, c.magnitude) for c in soft] == [("9984.T", 9.0), ("^N225", 1.6)]


def test_a_participle_aside_after_an_index_is_not_its_subject(extractor):
    """'The ChiNext Index, tracking China's Nasdaq-style board of growth firms, soared 15.36%': the index."""
    text = "The ChiNext Index, tracking China's Nasdaq-style board of growth firms, soared 15.36 percent to 2,352.64 points."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-08T16:00:00+08:00"))
    assert (claim.ticker, claim.magnitude, claim.level) == ("399006.SZ", 15.36, 2352.64)


def test_an_index_noun_after_the_index_name_belongs_to_it(extractor):
    """'The broader Topix index of all Prime Market issues was up 0.39 percent': the Topix, not 'Prime Market'."""
    text = "The broader Topix index of all Prime Market issues was up 10.24 points, or 0.39 percent, at 2,627.56."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-03T11:40:00+09:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [
        ("^TOPX", 10.24, "intraday_current"), ("^TOPX", 0.39, "intraday_current"),
    ]


def test_an_aside_after_the_stock_is_not_its_subject(extractor):
    """'The stock, the heaviest weight in the DAX at roughly 12%, is now up 26% this year': SAP's, not the DAX's."""
    text = "SAP rose 4.3% on Xetra. The stock, the heaviest weight in the DAX at roughly 12%, is now up more than 26% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-07T10:48:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("SAP.DE", 4.3, "intraday_current"), ("SAP.DE", 26.0, "ytd")]


def test_an_in_which_clause_is_an_aside(extractor):
    """'the AEX index, in which ASML carries a weighting of about 20%, slid 2.8%': the AEX slid."""
    text = "ASM International fell 7.6%, while the AEX index, in which ASML carries a weighting of about 20%, slid 2.8%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-15T17:50:00+02:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("ASM.AS", 7.6), ("^AEX", 2.8)]


def test_points_then_a_bare_comma_then_the_percentage_is_one_move(extractor):
    """'closed down 6.20 points, 0.1%, at 8,438.65'; but 'closed at 1,739 yen, 45% above its IPO price' restates no level."""
    published = dt.datetime.fromisoformat("2024-05-17T07:15:00+01:00")
    claims = claims_of(extractor, "On Thursday, the FTSE 100 closed down 6.20 points, 0.1%, at 8,438.65.", published)
    assert [(c.ticker, c.magnitude, c.unit.value, c.direction.value, c.date.isoformat()) for c in claims] == [
        ("^FTSE", 6.2, "points", "down", "2024-05-16"), ("^FTSE", 0.1, "pct", "down", "2024-05-16"),
    ]
    text = "Tokyo Metro debuted. The stock closed at 1,739 yen, 45% above its initial public offering price of 1,200 yen."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-23T15:45:00+09:00"))
    assert (claim.ticker, claim.magnitude, claim.direction) == ("9023.T", 45.0, Direction.UP)


def test_a_stock_that_has_risen_is_the_company_spoken_of(extractor):
    """'bears continued to retreat from a stock that has risen 131% so far this year': Carvana's year."""
    text = "Short interest in Carvana eased to 14.6% of shares, as bears retreated from a stock that has risen 131% so far this year."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-08-30T10:00:00-04:00"))
    assert (claim.ticker, claim.magnitude, claim.kind) == ("CVNA", 131.0, ClaimKind.YTD)


def test_sales_of_a_product_are_the_subject_of_their_own_fall(extractor):
    """'lost 3.6% after sales of its Gardasil vaccine fell 11%': the 11% is the vaccine's sales."""
    text = "Merck - The drugmaker lost 3.6% after sales of its Gardasil vaccine fell 11% and it cut its forecast."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-31T12:00:00-04:00"))
    assert (claim.ticker, claim.magnitude) == ("MRK", 3.6)


def test_a_running_total_in_an_aside_neither_hides_nor_dates_the_main_move(extractor):
    """'Kongsberg Gruppen, up roughly 90% this year on defence orders, edged 0.4% higher': two moves, the second the day's."""
    text = "Kongsberg Gruppen, up roughly 90% this year on defence orders, edged 0.4% higher."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-07T17:45:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value, c.hedge) for c in claims] == [
        ("KOG.OL", 90.0, "ytd", "roughly"), ("KOG.OL", 0.4, "close_change", None),
    ]


def test_a_delisted_name_with_an_aside_and_a_dated_move_of_another_year(extractor):
    """'SVB Financial, since delisted, plunged 60% on March 9, 2023, the day before ...': unplaced, on that date."""
    text = "SVB Financial, since delisted, plunged 60% on March 9, 2023, the day before regulators shut Silicon Valley Bank."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-17T11:35:00-04:00"))
    assert (claim.entity, claim.ticker, claim.date.isoformat()) == ("SVB Financial", None, "2023-03-09")


def test_before_the_bell_on_the_day_is_premarket_and_a_day_after_is_the_session_before(extractor):
    """'fell a further 4% before the bell on Thursday, a day after the ... stock plunged 33%': Thursday premarket, Wednesday."""
    text = ("Shares of Super Micro Computer fell a further 4% before the bell on Thursday, a day after the AI server "
            "maker's stock plunged 33% when its auditor resigned.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-31T08:15:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("SMCI", "premarket", "2024-10-31"), ("SMCI", "close_change", "2024-10-30"),
    ]


def test_since_the_start_of_a_year(extractor):
    """'up 27% since the start of 2024' in 2024 is the year to date; of 2023, a span from the close before it began."""
    published = dt.datetime.fromisoformat("2024-11-09T10:00:00+01:00")
    claim = only(extractor, "Novo Nordisk shares are up 27% since the start of 2024.", published)
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.YTD, "2024-11-08")
    claim = only(extractor, "Novo Nordisk shares are up 47% since the start of 2023.", published)
    assert (claim.kind, claim.start_date.isoformat()) == (ClaimKind.CUMULATIVE, "2022-12-30")


def test_a_record_plunge_is_a_day_not_a_span_from_a_record(extractor):
    """'the losses from its record 39% plunge on Aug. 17': that day's move; 'gained 80% from its October low' a span."""
    published = dt.datetime.fromisoformat("2023-11-14T14:05:00+01:00")
    text = "Adyen was 27% higher, on track to recoup much of the losses from its record 39% plunge on Aug. 17."
    claims = claims_of(extractor, text, published)
    assert [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims] == [
        (27.0, "intraday_current", "2023-11-14"), (39.0, "close_change", "2023-08-17"),
    ]
    assert only(extractor, "Adyen has gained 80% from its October low.", published).kind is ClaimKind.CUMULATIVE


def test_traded_as_high_as_a_price_then_the_move_is_the_days_high(extractor):
    """'The stock had traded as high as $5.10, up 244%, shortly after the open': an intraday high."""
    text = "Apple rose 2%. The stock had traded as high as $5.10, up 244%, shortly after the open."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-17T11:35:00-04:00"))
    assert [c.kind.value for c in claims] == ["intraday_current", "intraday_high"]


def test_a_day_made_the_scene_dates_the_paragraph(extractor):
    """'Thursday brought relief. ... the S&P 500 rallied 2.3%' in a Saturday wrap: Thursday's move."""
    text = "Thursday brought relief. Jobless claims fell and the S&P 500 rallied 2.3%.\n\nThe Dow rose 1% on the week."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-10T08:00:00-04:00"))
    assert (claims[0].ticker, claims[0].date.isoformat()) == ("^GSPC", "2024-08-08")


def test_a_name_cut_to_its_first_word_is_the_company_named_before(extractor):
    """'Phoenix Group pays the most ... Phoenix shares have fallen 3pc'; 'iShares Bitcoin Trust ... the iShares fund'."""
    published = dt.datetime.fromisoformat("2024-06-12T10:00:00+01:00")
    text = "Phoenix Group pays the most, with a forecast yield of 10%. Phoenix shares have fallen about 3pc this year."
    assert [(c.ticker, c.magnitude) for c in claims_of(extractor, text, published)] == [("PHNX.L", 3.0)]
    text = "BlackRock's iShares Bitcoin Trust took in $849 million. On Wednesday, the iShares fund closed up 2.4%."
    assert [(c.ticker, c.magnitude) for c in claims_of(extractor, text, published)] == [("IBIT", 2.4)]
    # a place is no cut name: China Mobile named, then "China shares" are the market's
    claims = claims_of(extractor, "China Mobile rose 2%. China shares fell 1%.", published)
    assert [c.ticker for c in claims] == ["0941.HK", None]


def test_limit_down_then_its_size(extractor):
    """'TSMC and Hon Hai were both limit-down 10 per cent': each fell by the limit."""
    text = "TSMC and Hon Hai Precision Industry were both limit-down 10 per cent on Monday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-12T09:00:00+08:00"))
    assert [(c.ticker, c.direction.value, c.magnitude, c.date.isoformat()) for c in claims] == [
        ("2330.TW", "down", 10.0, "2025-04-07"), ("2317.TW", "down", 10.0, "2025-04-07"),
    ]


def test_the_same_verb_over_another_day(extractor):
    """'lost another 4.1 per cent on Tuesday and 5.8 per cent on Wednesday': two moves, two days."""
    text = "The Taiex lost another 4.1 per cent on Tuesday and 5.8 per cent on Wednesday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-12T09:00:00+08:00"))
    assert [(c.ticker, c.magnitude, c.date.isoformat()) for c in claims] == [("^TWII", 4.1, "2025-04-08"), ("^TWII", 5.8, "2025-04-09")]


def test_lifting_a_named_index_by_a_bare_figure_is_the_index_move(extractor):
    """'By midday the stock was 3.2% higher, lifting the Straits Times Index 0.5% to 3,893': the index's move."""
    text = ("DBS Group shares rose as much as 4.1% on Monday morning. By midday the stock was trading 3.2% higher, "
            "lifting the Straits Times Index 0.5% to 3,893.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-10T13:30:00+08:00"))
    assert [(c.ticker, c.magnitude, c.level) for c in claims][-1] == ("^STI", 0.5, 3893.0)
    assert [c.ticker for c in claims[:2]] == ["D05.SI", "D05.SI"]


def test_a_paragraph_opening_on_a_day_dates_its_moves(extractor):
    """'Returning from a two-day holiday on Monday, Taiwan's market faced the tariffs. The Taiex plunged 9.7%': Monday's."""
    text = ("Returning from a two-day holiday on Monday, Taiwan's market faced the tariffs in one go. "
            "The Taiex plunged 9.7 per cent to 19,232.35.\n\nOn Friday the index edged up 0.9 per cent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-12T09:00:00+08:00"))
    assert [(c.magnitude, c.date.isoformat()) for c in claims] == [(9.7, "2025-04-07"), (0.9, "2025-04-11")]
    # a day still to come sets no scene
    text = "On Monday, the central bank will decide on rates. The Taiex fell 1.2 per cent."
    assert only(extractor, text, dt.datetime.fromisoformat("2025-04-10T15:00:00+08:00")).date.isoformat() == "2025-04-10"


def test_since_then_is_a_span_not_a_clause_break(extractor):
    """'have fallen about 40% since then': cumulative; 'rose 5%, then fell 2%' still two moves."""
    published = dt.datetime.fromisoformat("2024-10-15T10:00:00-04:00")
    text = "ASML's shares, which hit a record high in July, have fallen about 40% since then."
    assert only(extractor, text, published).kind is ClaimKind.CUMULATIVE
    assert len(claims_of(extractor, "Nvidia rose 5%, then fell 2%.", published)) == 2


def test_the_distance_from_the_offer_price_is_the_debut_days_move_on_that_day_and_a_span_after(extractor):
    """'jumped on their debut on Wednesday ... closed 45% above its IPO price' that Wednesday: the day's move;
    'made a flat debut on Friday ... up 44% over its IPO price' on Monday: the span since listing."""
    text = ("Shares of Tokyo Metro jumped on their stock market debut on Wednesday. "
            "The stock closed at 1,739 yen, 45% above its initial public offering price of 1,200 yen.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-23T15:45:00+09:00"))
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.CLOSE_CHANGE, "2024-10-23")
    text = "Ola Electric made a flat debut on Friday at Rs 76. Ola Electric is now up 44% over its IPO price."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-08-12T16:00:00+05:30"))
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.CUMULATIVE, "2024-08-12")
    # another company's debut that day is not this one's
    text = ("Reddit soared 48% in its debut on Thursday. Astera Labs, which soared 72% in its own debut a day earlier, "
            "added 5.1% on Thursday, leaving it up 81% from its $36 IPO price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-21T16:55:00-04:00"))
    assert claims[-1].magnitude == 81.0 and claims[-1].kind is ClaimKind.CUMULATIVE


def test_another_markets_index_in_passing_leaves_the_report_on_its_own_market(extractor):
    """A Toronto report: 'it trailed a 23 per cent advance in the S&P 500. In December, the index fell 3.3 per cent':
    the TSX's December; and the next bank is Toronto's line."""
    text = ("TORONTO - Canada's main stock index closed out 2024 with its best year since 2021.\n\n"
            "For the year, the S&P/TSX composite index gained 18 per cent, though it trailed a 23 per cent advance in "
            "the S&P 500. In December, the index fell 3.3 per cent. Royal Bank of Canada gained 28 per cent this year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T17:00:00-05:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("^GSPTSE", 18.0), ("^GSPC", 23.0), ("^GSPTSE", 3.3), ("RY.TO", 28.0)]


def test_an_article_stamped_in_sydney_time_quotes_sydney_lines(extractor):
    """No dateline, published 18:00 AEST, '$US' for U.S. dollars: 'BHP closed 0.6 per cent higher at $44.21' is the ASX line."""
    text = "BHP kept cost guidance at $US17.40 a tonne. BHP shares closed 0.6 per cent higher at $44.21, while Rio Tinto fell 0.4 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-04-18T18:00:00+10:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("BHP.AX", "2024-04-18"), ("RIO.AX", "2024-04-18")]


def test_a_home_line_named_after_a_default_us_line_becomes_the_companys_line(extractor):
    """'Shopify shares soar 22%' (headline), 'The company's Toronto-listed stock was up 22.4%', then 'the shares are up
    40 per cent this year': Toronto's; an aside on a home company's ADRs does not move it off its home line."""
    text = ("Shopify shares soar 22% as outlook tops forecasts\n\nThe company's Toronto-listed stock was up 22.4 per cent "
            "in late-morning trading. With Tuesday's jump, the shares are up 40 per cent so far this year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-12T11:50:00-05:00"))
    assert [c.ticker for c in claims] == ["SHOP", "SHOP.TO", "SHOP.TO"]
    text = "TSMC rose 2% in Taipei. Its ADRs gained 3% overnight. The stock has gained 83 percent so far this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-18T14:00:00+08:00"))
    assert claims[-1].ticker == "2330.TW"


def test_debut_day_distances_from_the_offer_written_short(extractor):
    """'closes 36 per cent above offer', 'a gain of 135.7 per cent over the issue price' in the debut's own sentence."""
    published = dt.datetime.fromisoformat("2024-09-16T16:00:00+05:30")
    text = ("Shares of Bajaj Housing Finance made a stock market debut on Monday, closing at Rs 165, "
            "a gain of 135.7 per cent over the issue price of Rs 70 per share.")
    claim = only(extractor, text, published)
    assert (claim.magnitude, claim.kind, claim.date.isoformat()) == (135.7, ClaimKind.CLOSE_CHANGE, "2024-09-16")
    text = "Guzman y Gomez jumped in its ASX debut on Thursday. Guzman y Gomez closed 36.4 per cent above its offer."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-20T17:00:00+10:00"))
    assert [(c.magnitude, c.kind.value) for c in claims] == [(36.4, "close_change")]


def test_sums_in_crore_and_a_price_crossed_are_no_moves(extractor):
    """'investors lose Rs 17,000 crore in two days', 'Samsung Electronics sinks below 50,000 won'."""
    published = dt.datetime.fromisoformat("2024-11-15T16:00:00+09:00")
    assert claims_of(extractor, "Paytm hits lower circuit again; investors lose Rs 17,000 crore in two days", published) == []
    assert claims_of(extractor, "Samsung Electronics sinks below 50,000 won", published) == []
    assert only(extractor, "Samsung Electronics fell 1,200 won to 49,900 won.", published).magnitude == 1200.0


def test_a_gap_up_and_a_distance_below_a_record(extractor):
    """'opened with a gap-up of 1.6 per cent'; 'remains 12.5 percent below its record close': a span from the record."""
    published = dt.datetime.fromisoformat("2024-09-16T10:30:00+05:30")
    assert only(extractor, "The Nifty had opened with a gap-up of 1.6 per cent.", published).direction is Direction.UP
    claim = only(extractor, "The Taiex remains 12.5 percent below its record close.", dt.datetime.fromisoformat("2024-08-09T15:00:00+08:00"))
    assert (claim.direction, claim.kind) == (Direction.DOWN, ClaimKind.CUMULATIVE)


def test_a_sectors_index_is_not_the_markets_benchmark(extractor):
    """'The banking index slumped 5.3%' in a Johannesburg report: a sector gauge, unplaced; Hong Kong's tech index is known."""
    claims = claims_of(extractor, "JOHANNESBURG - Stocks fell. The banking index slumped 5.3%.", dt.datetime.fromisoformat("2024-06-03T17:00:00+02:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("banking index", None)]
    claims = claims_of(extractor, "HONG KONG - The Hang Seng fell 1%. The tech index slid 2.4%.", dt.datetime.fromisoformat("2024-06-03T17:00:00+08:00"))
    assert [c.ticker for c in claims] == ["^HSI", "^HSTECH"]


def test_a_sector_gauge_named_after_its_family(extractor):
    """'the S&P/TSX capped real estate index up 1.2 per cent': neither the S&P 500 nor the TSX composite."""
    text = ("On Bay Street, the S&P/TSX composite index ended up 0.3 per cent. Real estate stocks rallied, "
            "with the S&P/TSX capped real estate index up 1.2 per cent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-11T16:45:00-05:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("S&P/TSX composite index", "^GSPTSE"), ("S&P/TSX capped real estate index", None)]


def test_the_benchmark_index_of_the_market_reported_on(extractor):
    """'On the Tadawul, the benchmark index was up 0.4% at 12,130 points at midday' in a Riyadh report: TASI;
    'The benchmark CSI 300 rose 1%' keeps the index it names."""
    text = "RIYADH - Saudi stocks edged up. On the Tadawul, the benchmark index was up 0.4% at 12,130 points at midday."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-10T12:35:00+03:00"))
    assert (claim.ticker, claim.kind, claim.level) == ("^TASI.SR", ClaimKind.INTRADAY_CURRENT, 12130.0)
    claim = only(extractor, "SHANGHAI - The benchmark CSI 300 rose 1%.", dt.datetime.fromisoformat("2024-10-10T14:35:00+08:00"))
    assert claim.ticker == "000300.SS"


def test_a_relative_clauses_venue_and_day_are_its_own(extractor):
    """'HLB, which has been volatile over the U.S. review of its drug, plunged 8.2 percent': Kosdaq's HLB, today;
    'Baidu, whose US-listed shares slid 2.2 per cent overnight, was down 1.3 per cent': Hong Kong, today;
    'Alibaba, listed in Hong Kong, rose 2%': an aside that is no clause still names the line."""
    published = dt.datetime.fromisoformat("2025-02-20T11:20:00+09:00")
    text = "SEOUL - Biotech stocks fell. HLB, which has been volatile over the U.S. review of its liver cancer drug, plunged 8.2 percent."
    claim = only(extractor, text, published)
    assert (claim.ticker, claim.kind, claim.date.isoformat()) == ("028300.KQ", ClaimKind.INTRADAY_CURRENT, "2025-02-20")
    hk = dt.datetime.fromisoformat("2025-02-21T12:30:00+08:00")
    claims = claims_of(extractor, "HONG KONG - Baidu, whose US-listed shares slid 2.2 per cent overnight, was down 1.3 per cent.", hk)
    assert (claims[-1].ticker, claims[-1].kind, claims[-1].date.isoformat()) == ("9888.HK", ClaimKind.INTRADAY_CURRENT, "2025-02-21")
    assert only(extractor, "Alibaba, listed in Hong Kong, rose 2%.", hk).ticker == "9988.HK"


def test_an_index_named_by_one_word_spelt_as_a_name(extractor):
    """'Taipei, July 16 (CNA) ... the Taipei Exchange's TPEx index was up 1.15 percent': an index the directory lacks,
    on Taipei's clock (the title-case dateline names the market)."""
    text = ("Taipei, July 16 (CNA) Shares on Taiwan's over-the-counter market moved higher.\n\n"
            "As of 11:20 a.m., the Taipei Exchange's TPEx index was up 1.15 percent at 267.32, while the Taiex rose 0.52 percent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-16T11:20:00+08:00"))
    assert [(c.entity, c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("TPEx index", None, "intraday_current", "2024-07-16"), ("Taiex", "^TWII", "intraday_current", "2024-07-16"),
    ]


def test_an_appositive_then_a_relative_clause_and_a_stake_bought_in_a_sale(extractor):
    """'Bharti Airtel, the largest shareholder in Indus Towers, which picked up about 1 per cent in the sale, was up
    1.4 per cent': Bharti's move; the 1 per cent is a stake."""
    text = ("Bharti Airtel, the largest shareholder in Indus Towers, which picked up about 1 per cent in the sale, "
            "was up 1.4 per cent at Rs 1,432.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-19T12:00:00+05:30"))
    assert (claim.ticker, claim.magnitude, claim.level) == ("BHARTIARTL.NS", 1.4, 1432.0)


def test_a_move_in_the_morning_session_told_after_the_close_is_the_days_extreme(extractor):
    """'the JCI plunged 5 per cent in the morning session' in a report after the close: the morning low; another
    day's move in the same sentence keeps its own kind."""
    text = "JAKARTA - Trading was halted on Tuesday after the Jakarta Composite Index (JCI) plunged 5 per cent in the morning session."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-18T16:40:00+07:00"))
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.INTRADAY_LOW, "2025-03-18")


def test_bernamas_of_a_point(extractor):
    """'The benchmark index opened 0.66 of-a-point lower at 1,638.84': a move in index points under one."""
    text = "KUALA LUMPUR - The FBM KLCI fell 5.32 points. The benchmark index opened 0.66 of-a-point lower at 1,638.84."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-05T12:30:00+08:00"))
    assert [(c.ticker, c.magnitude, c.unit.value, c.level) for c in claims][-1] == ("^KLSE", 0.66, "points", 1638.84)


def test_a_further_move_on_another_day_and_venue(extractor):
    """'shed 8.3% on Monday and a further 5.3% in Tokyo on Tuesday': two moves, two days."""
    text = "SoftBank Group shed 8.3% on Monday and a further 5.3% in Tokyo on Tuesday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-28T05:30:00-05:00"))
    assert [(c.ticker, c.magnitude, c.date.isoformat()) for c in claims] == [("9984.T", 8.3, "2025-01-27"), ("9984.T", 5.3, "2025-01-28")]


def test_asides_with_thousands_commas_and_adjectives(extractor):
    """'MicroStrategy, which holds about 402,100 bitcoin, fell 1.9%'; 'The mid-cap MDAX, more exposed to the
    domestic economy, surged 6.2%'; 'Vonovia, sensitive to borrowing costs, was up roughly 2.6%'."""
    published = dt.datetime.fromisoformat("2025-03-05T18:04:00+01:00")
    assert only(extractor, "MicroStrategy, which holds about 402,100 bitcoin, fell 1.9% on Friday.", published).ticker == "MSTR"
    assert only(extractor, "The mid-cap MDAX, more exposed to the domestic economy, surged 6.2%.", published).ticker == "^MDAXI"
    assert only(extractor, "Vonovia, sensitive to borrowing costs, was up roughly 2.6%.", published).ticker == "VNA.DE"


def test_a_commoditys_price_per_tonne_is_no_move(extractor):
    """'tracking a 1.4% rise in Singapore iron ore futures to $107.20 a tonne': neither figure is Rio's."""
    text = "Rio Tinto added roughly 0.8%, tracking a 1.4% rise in Singapore iron ore futures to $107.20 a tonne."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-02-18T15:00:00+11:00"))
    assert (claim.ticker, claim.magnitude) == ("RIO.AX", 0.8)


def test_late_trading_earlier_elsewhere_and_up_to(extractor):
    """Europe's 'late trading' is its regular session; 'In Tokyo earlier, Advantest slid 8.6%' is Tokyo's close;
    'rallied up to 8.1%' is the day's high."""
    published = dt.datetime.fromisoformat("2024-06-06T16:40:00+02:00")
    assert only(extractor, "FRANKFURT - The Euro Stoxx 50 was up 0.6% in late trading.", published).kind is ClaimKind.INTRADAY_CURRENT
    assert only(extractor, "In Tokyo earlier, Advantest slid 8.6%.", published).kind is ClaimKind.CLOSE_CHANGE
    assert only(extractor, "Nvidia rallied up to 8.1% on Thursday.", dt.datetime.fromisoformat("2024-06-07T09:00:00-04:00")).kind is ClaimKind.INTRADAY_HIGH


def test_briefing_frames_opening_calls_and_a_named_markets_open(extractor):
    """'Here's what you need to know before the opening bell.' then '- The S&P 500 climbed 1.1% on Tuesday': yesterday's
    close; 'IG indicates the FTSE 100 opening 15 points higher': an indication before the open, premarket; 'SAP indicated 5.4% higher on Tradegate
    ahead of the Xetra open': premarket."""
    text = ("Good morning. Here's what you need to know before the opening bell.\n\n"
            "- Record, again: The S&P 500 climbed 1.1% to a record 5,175.27 on Tuesday. Oracle jumped 11.7% after results.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-13T07:02:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^GSPC", "close_change", "2024-03-12"), ("ORCL", "close_change", "2024-03-12"),
    ]
    published = dt.datetime.fromisoformat("2024-07-23T07:30:00+01:00")
    claim = only(extractor, "- IG indicates the FTSE 100 opening 15 points higher.", published)
    assert (claim.ticker, claim.kind, claim.magnitude, claim.date.isoformat()) == ("^FTSE", ClaimKind.PREMARKET, 15.0, "2024-07-23")
    claim = only(extractor, "- SAP indicated 5.4% higher on Tradegate ahead of the Xetra open.", published)
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.PREMARKET, "2024-07-23")


def test_quarters_and_halves(extractor):
    """A quarterly letter published 2024-06-30: 'rose 12% over the quarter' (from April), 'gave back about 3% over the
    three months', 'lost about 31% in the first half' (the year to date); not 'in the first half hour', and not a
    results quarter far after the figure."""
    published = dt.datetime.fromisoformat("2024-06-30T10:00:00-04:00")
    text = ("Novo Nordisk rose 12% in Copenhagen over the quarter. Samsung Electronics gave back about 3% in Seoul over "
            "the three months. Nike lost about 31% in the first half.")
    claims = claims_of(extractor, text, published)
    assert [(c.ticker, c.kind.value, c.date.isoformat(), c.start_date.isoformat() if c.start_date else None) for c in claims] == [
        ("NOVO-B.CO", "cumulative", "2024-06-28", "2024-04-02"), ("005930.KS", "cumulative", "2024-06-28", None),
        ("NKE", "ytd", "2024-06-28", None),
    ]
    text = "UBS was the worst hit, sliding 9.8%, after tumbling as much as 12% in the first half hour."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-07T10:45:00+02:00"))[-1].kind is ClaimKind.INTRADAY_LOW
    text = "Netflix was flat after a 10.7% surge on Wednesday that followed record subscriber additions in the fourth quarter."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-01-25T08:00:00-05:00")).kind is ClaimKind.CLOSE_CHANGE


def test_a_day_said_once_for_two_moves_and_the_late_session_carried_past_an_inherited_day(extractor):
    """'ASM International lost 7.6% and BE Semiconductor Industries dropped 6.6% on Tuesday': both Tuesday's;
    'Palantir rose 7.6% in extended trading on Friday, Dell gained 5.2% after the bell and Erie climbed 4.8%': all late."""
    text = "ASM International lost 7.6% and BE Semiconductor Industries dropped 6.6% on Tuesday."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-16T10:15:00+02:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("ASM.AS", "close_change", "2024-10-15"), ("BESI.AS", "close_change", "2024-10-15"),
    ]
    text = "Palantir shares rose 7.6% in extended trading on Friday, Dell gained 5.2% after the bell and Erie climbed 4.8%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-06T18:30:00-04:00"))
    assert [c.kind.value for c in claims] == ["after_hours"] * 3


def test_an_opening_a_day_earlier_dates_every_move_after_it(extractor):
    """'A day earlier, Microsoft fell 6% and Meta Platforms slid 4.1%' in a Sunday preview: both Thursday's."""
    text = "Friday brought some relief. A day earlier, Microsoft fell 6% and Meta Platforms slid 4.1% after both warned on costs."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-03T09:00:00-05:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("MSFT", "2024-10-31"), ("META", "2024-10-31")]


def test_a_weeks_move_sets_the_span_of_the_paragraphs_next_moves(extractor):
    """'The S&P 500 fell 1.4% over the week ... The Nasdaq Composite lost 1.5% and the Dow slipped 0.15%': the week's."""
    text = ("The S&P 500 fell 1.4% over the week, its second straight weekly decline. The Nasdaq Composite lost 1.5% and "
            "the Dow slipped 0.15%.\n\nOn Friday, Amazon jumped 6.2%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-03T09:00:00-05:00"))
    assert [c.kind.value for c in claims] == ["cumulative", "cumulative", "cumulative", "close_change"]


def test_a_bare_possessive_and_a_gain_since_january(extractor):
    """'while Dell's are up about 37%': Dell's shares; 'BBVA's gain since January has been trimmed to 14%': the year
    to date (January of an earlier year is a span)."""
    claims = claims_of(extractor, "Palantir shares have risen nearly 80% this year, while Dell's are up about 37%.",
                       dt.datetime.fromisoformat("2024-11-15T18:00:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("PLTR", "ytd"), ("DELL", "ytd")]
    published = dt.datetime.fromisoformat("2024-09-06T17:45:00+02:00")
    claims = claims_of(extractor, "Sabadell's stock has surged 60% this year, while BBVA's gain since January has been trimmed to 14%.", published)
    assert [(c.ticker, c.kind.value) for c in claims] == [("SAB.MC", "ytd"), ("BBVA.MC", "ytd")]
    assert only(extractor, "Nvidia has gained 50% since January 2023.", published).kind is ClaimKind.CUMULATIVE


def test_an_opening_after_a_dateline_and_a_when_clause_after_a_named_day(extractor):
    """'MUMBAI - For the week, the Sensex gained 3.7 per cent, recovering from Tuesday's rout, when it crashed 4,389.73
    points': the week's gain, and Tuesday's crash."""
    text = ("MUMBAI - For the week, the Sensex gained 3.7 per cent, recovering fully from Tuesday's election-day rout, "
            "when it crashed 4,389.73 points.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-08T10:00:00+05:30"))
    assert [(c.kind.value, c.date.isoformat(), c.unit.value) for c in claims] == [
        ("cumulative", "2024-06-07", "pct"), ("close_change", "2024-06-04", "points"),
    ]


def test_a_move_set_against_another_shares_its_span(extractor):
    """'falling about 7 per cent so far in 2024 against a 12 per cent rise in the Nifty': the Nifty's year too; not
    'outpacing the Nikkei 225, which was down 0.3% in early trade'."""
    text = "HDFC Bank shares have underperformed, falling about 7 per cent so far in 2024 against a 12 per cent rise in the Nifty."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-22T11:48:00+05:30"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("HDFCBANK.NS", "ytd"), ("^NSEI", "ytd")]
    text = "Sony has climbed about 20% so far this year, outpacing the Nikkei 225, which was down 0.3% in early trade."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-15T09:30:00+09:00"))
    assert [c.kind.value for c in claims] == ["ytd", "intraday_current"]


def test_a_gapped_figure_so_far_in_a_named_year(extractor):
    """'DBS shares have gained 40% over the past year and about 8% so far in 2025': two spans, the second the year to date."""
    text = "DBS shares have gained 40% over the past year and about 8% so far in 2025."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-10T13:30:00+08:00"))
    assert [(c.magnitude, c.kind.value, c.hedge) for c in claims] == [(40.0, "cumulative", None), (8.0, "ytd", "about")]


def test_a_described_company_with_an_adverb_and_a_close_told_beside_after_the_close(extractor):
    """'The defence group has now gained 14% since the start of 2024'; 'The online grocer has lost 44 per cent';
    'The results came after the close in Taipei, where TSMC's shares ended 0.8% lower': the close."""
    published = dt.datetime.fromisoformat("2024-02-29T12:30:00+00:00")
    claims = claims_of(extractor, "BAE Systems rose 3.2%. The defence group has now gained 14% since the start of 2024.", published)
    assert [(c.ticker, c.kind.value) for c in claims] == [("BA.L", "intraday_current"), ("BA.L", "ytd")]
    claims = claims_of(extractor, "Ocado fell 5%. The online grocer has lost 44 per cent since the start of the year.", published)
    assert [c.ticker for c in claims] == ["OCDO.L", "OCDO.L"]
    text = "The results came after the close in Taipei, where TSMC's shares ended 0.8% lower at NT$1,035."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-01-18T08:10:00-05:00"))
    assert (claim.ticker, claim.kind, claim.date.isoformat()) == ("2330.TW", ClaimKind.CLOSE_CHANGE, "2024-01-18")


def test_the_name_after_a_move_nouns_figure_and_the_same_period(extractor):
    """'against a rise of about 22% for the S&P 500 over the same period': the index's year; 'lagging a 2.9% decline
    in the benchmark Tadawul All Share Index over the same period': TASI's."""
    published = dt.datetime.fromisoformat("2024-03-05T19:00:00+03:00")
    claims = claims_of(extractor, "Costco has gained 33% this year, against a rise of about 22% for the S&P 500 over the same period.", published)
    assert [(c.ticker, c.kind.value) for c in claims] == [("COST", "ytd"), ("^GSPC", "ytd")]
    text = "RIYADH - Aramco shares have fallen about 12% this year, lagging a 2.9% decline in the benchmark Tadawul All Share Index over the same period."
    assert [(c.ticker, c.kind.value) for c in claims_of(extractor, text, published)] == [("2222.SR", "ytd"), ("^TASI.SR", "ytd")]


def test_a_bracketed_mainland_dateline_and_a_despite_clause(extractor):
    """'[Shanghai, June 4, 16:25]' reports on both mainland exchanges: BYD is Shenzhen's line; 'slipped 0.8% despite
    crude's overnight rise': today's move, the night is crude's."""
    text = "[Shanghai, June 4, 16:25] China's stocks ended mixed on Tuesday.\n\nCATL rose 3% and BYD added 1.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T16:25:00+08:00"))
    assert [c.ticker for c in claims] == ["300750.SZ", "002594.SZ"]
    claim = only(extractor, "SYDNEY - Woodside Energy slipped 0.8% despite crude's overnight rise.",
                 dt.datetime.fromisoformat("2023-10-26T08:45:00+09:00"))
    assert (claim.ticker, claim.kind, claim.date.isoformat()) == ("WDS.AX", ClaimKind.INTRADAY_CURRENT, "2023-10-26")


def test_movers_list_items_class_shares_given_up_and_a_present_span(extractor):
    """'Chewy - The online pet-supplies retailer jumped 9% premarket'; 'Electrolux B shares are down 9.6%'; 'have now
    given up about 24%' (a fall); 'it remains up roughly 26 percent since the start of the year' after 'on Monday':
    the year to now; 'The small-cap index's 3.6% surge ... even as the Nasdaq slid 2%': the Russell 2000 and the Nasdaq."""
    text = "Here are the stocks moving before the bell:\n\nChewy - The online pet-supplies retailer jumped 9% premarket after results."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-03-20T08:05:00-04:00")).ticker == "CHWY"
    claim = only(extractor, "- Stockholm: Electrolux B shares are down 9.6% at SEK 94.40.", dt.datetime.fromisoformat("2024-07-19T10:30:00+02:00"))
    assert claim.ticker == "ELUX-B.ST"
    claim = only(extractor, "Besi shares have now given up about 24% since hitting a record on July 11.", dt.datetime.fromisoformat("2024-10-17T12:00:00+02:00"))
    assert (claim.direction, claim.kind) == (Direction.DOWN, ClaimKind.CUMULATIVE)
    text = "Zalando fell 2 percent on Monday, extending a run, and it remains up roughly 26 percent since the start of the year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-12T15:20:00+01:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2024-11-11"), ("ytd", "2024-11-12")]
    text = "NEW YORK - The small-cap index's 3.6% surge on Thursday came even as the Nasdaq slid 2% that day."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-16T08:05:00-04:00"))
    assert [c.ticker for c in claims] == ["^RUT", "^IXIC"]


def test_after_earlier_rising_and_whose_after_a_pair_of_names(extractor):
    """'Sungrow shares were up 11.6 per cent ... on the ChiNext board ..., after earlier rising as much as 14.2 per
    cent': Sungrow's high, not the board's index; 'a tie-up between Banco BPM and Monte dei Paschi di Siena, whose
    shares gained 2.6%': Monte dei Paschi's alone."""
    text = ("Sungrow shares were up 11.6 per cent at 83.50 yuan on the ChiNext board in Shenzhen by 10.45am, "
            "after earlier rising as much as 14.2 per cent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-18T10:50:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("300274.SZ", "intraday_current"), ("300274.SZ", "intraday_high")]
    text = "Analysts said the bid could block a tie-up between Banco BPM and Monte dei Paschi di Siena, whose shares gained 2.6%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-11-25T17:45:00+01:00")).ticker == "BMPS.MI"


def test_early_dealings_before_the_open_an_after_hours_slide_and_a_countrys_index(extractor):
    """'Other megacaps also slipped in early dealings: Nvidia lost 1.7% and Microsoft shed 0.8%' at 07:45 ET: premarket;
    'a 4.8% after-hours slide on Wednesday'; 'a 12.4% plunge in Japan's Nikkei 225'; 'lift the AEX index 1.1%';
    'the smartphone and electric-car maker is still up about 80% this year'."""
    published = dt.datetime.fromisoformat("2024-07-24T07:45:00-04:00")
    text = "Other megacaps also slipped in early dealings: Nvidia lost 1.7% and Microsoft shed 0.8% ahead of its results."
    assert [c.kind.value for c in claims_of(extractor, text, published)] == ["premarket", "premarket"]
    claim = only(extractor, "Snowflake rebounded after its 4.8% after-hours slide on Wednesday.", dt.datetime.fromisoformat("2024-08-22T12:00:00-04:00"))
    assert (claim.ticker, claim.kind) == ("SNOW", ClaimKind.AFTER_HOURS)
    claim = only(extractor, "The selloff echoed the 12.4% plunge in Japan's Nikkei 225 on Monday.", dt.datetime.fromisoformat("2024-08-07T12:00:00-04:00"))
    assert claim.ticker == "^N225"
    claims = claims_of(extractor, "ASML jumped 6%, helping lift the AEX index 1.1% to 814.62 points.", dt.datetime.fromisoformat("2024-10-16T11:00:00+02:00"))
    assert [c.ticker for c in claims] == ["ASML.AS", "^AEX"]
    text = "Xiaomi fell 3%, although the smartphone and electric-car maker is still up about 80% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-29T16:30:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("1810.HK", "close_change"), ("1810.HK", "ytd")]


def test_a_frame_before_a_colon_and_a_brand_owner(extractor):
    """'Both stocks had retreated in Wednesday's regular session ahead of the reports: Microsoft closed 0.7% lower,
    and Meta slipped 0.3%' under a premarket report: Wednesday's closes; 'Chip stocks extended Tuesday's slump: ASML
    fell a further 2.4%': the slump's day is not the move's; 'Shares of the Clinique owner': the company spoken of."""
    published = dt.datetime.fromisoformat("2024-10-31T07:40:00-04:00")
    text = ("Microsoft fell 4.2% in premarket trading. Both stocks had retreated in Wednesday's regular session ahead of "
            "the reports: Microsoft closed 0.7% lower at $432.53, and Meta slipped 0.3%.")
    claims = claims_of(extractor, text, published)
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("MSFT", "premarket", "2024-10-31"), ("MSFT", "close_change", "2024-10-30"), ("META", "close_change", "2024-10-30")]
    claim = only(extractor, "Chip stocks extended Tuesday's slump: ASML fell a further 2.4% in Amsterdam.", dt.datetime.fromisoformat("2024-10-16T12:25:00+02:00"))
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.INTRADAY_CURRENT, "2024-10-16")
    text = "Estée Lauder sank 16% on Wednesday. Shares of the Clinique owner have lost more than 40% this year."
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["EL", "EL"]


def test_early_trading_before_the_open_and_a_standing_move_in_a_premarket_story(extractor):
    """At 07:40 ET, 'Elsewhere in early trading, Uber Technologies dropped 6.5%' is premarket, not the session's low;
    after a premarket headline, 'Coinbase Global was off 11%' stands where it is now, before the open."""
    published = dt.datetime.fromisoformat("2024-10-31T07:40:00-04:00")
    claim = only(extractor, "Elsewhere in early trading, Uber Technologies dropped 6.5% after bookings missed.", published)
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.PREMARKET, "2024-10-31")
    text = "Microsoft slides premarket. Apple rose 2% on Wednesday. Coinbase Global was off 11% after its results."
    claims = claims_of(extractor, text, published)
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("AAPL", "close_change", "2024-10-30"), ("COIN", "premarket", "2024-10-31")]


def test_fresh15_subjects_spans_and_levels(extractor):
    """'Nvidia shed 2.6% on Friday and 8.8% over the five sessions'; 'Dollar General - The discount retailer plunged
    28%' (a metric word describing the company); 'more than tripled, jumping 239% in 2023, while Meta climbed 194%'
    (the participle carries the main move, and its year); 'Kering is the worst performer on the CAC 40, down 12.8%'
    (but 'the top performer in the DAX, which was up 0.2%' is the index's); 'the watchmaker's shares'; 'the S&P 500
    rose 1.7% and the Nasdaq Composite 2.4%'; a level in 'EUR16.03'."""
    friday_night = dt.datetime.fromisoformat("2024-09-06T17:30:00-04:00")
    claims = claims_of(extractor, "Nvidia shed 2.6% on Friday and 8.8% over the five sessions.", friday_night)
    assert [(c.ticker, c.kind.value) for c in claims] == [("NVDA", "close_change"), ("NVDA", "cumulative")]
    midday = dt.datetime.fromisoformat("2024-08-29T12:20:00-04:00")
    assert only(extractor, "Dollar General - The discount retailer plunged 28% after cutting its outlook.", midday).ticker == "DG"
    text = "Nvidia shares more than tripled, jumping 239% in 2023, while Meta Platforms climbed 194% and Tesla rose 102%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-12-29T17:30:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("NVDA", "ytd"), ("META", "ytd"), ("TSLA", "ytd")]
    paris_morning = dt.datetime.fromisoformat("2024-04-24T11:15:00+02:00")
    claim = only(extractor, "11:10 - Kering is the worst performer on the CAC 40 this morning, down 12.8% at €356.70.", paris_morning)
    assert (claim.ticker, claim.level) == ("KER.PA", 356.7)
    text = "The stock traded 4.3% higher, the top performer in the DAX, which was up 0.2% at 19,498 points."
    assert [c.ticker for c in claims_of(extractor, "SAP rose. " + text, paris_morning)][-1] == "^GDAXI"
    claim = only(extractor, "Stellantis was the heaviest faller on Milan's FTSE MIB at midday, down 9.6% at EUR16.03.", paris_morning)
    assert (claim.ticker, claim.level) == ("STLAM.MI", 16.03)
    text = "Swatch Group rose 2.1% in sympathy, though the watchmaker's shares are still down around 30% this year."
    assert [c.ticker for c in claims_of(extractor, text, paris_morning)] == ["UHR.SW", "UHR.SW"]
    text = "Overnight, the S&P 500 rose 1.7% and the Nasdaq Composite 2.4%."
    assert [c.ticker for c in claims_of(extractor, text, paris_morning)] == ["^GSPC", "^IXIC"]


def test_a_span_said_after_a_day_a_country_possessive_and_an_overnight_aside(extractor):
    """'managed a 0.4% gain on Friday but dropped 2.6% over the week, while the Dow shed 2.1%': the week's;
    'finishing the week 0.5% lower'; 'Spain's BBVA' in a report that quoted the FTSE 100 is the Madrid line;
    'Overnight, the S&P 500 rose 1.7%' in a Nordic note leaves the next companies on their home lines."""
    friday_night = dt.datetime.fromisoformat("2023-10-27T17:00:00-04:00")
    text = "The Nasdaq Composite managed a 0.4% gain on Friday but dropped 2.6% over the week, while the Dow Jones Industrial Average shed 2.1%."
    assert [c.kind.value for c in claims_of(extractor, text, friday_night)] == ["close_change", "cumulative", "cumulative"]
    saturday = dt.datetime.fromisoformat("2025-02-15T08:00:00+00:00")
    text = "The FTSE 100 lagged, slipping 0.1% on Friday and finishing the week 0.5% lower. Spain's BBVA rose 4.2% on Friday."
    claims = claims_of(extractor, text, saturday)
    assert [(c.ticker, c.kind.value) for c in claims] == [("^FTSE", "close_change"), ("^FTSE", "cumulative"), ("BBVA.MC", "close_change")]
    text = ("Nordic equities ended higher yesterday. Overnight, the S&P 500 rose 1.7% and the Nasdaq Composite 2.4%. "
            "Vestas rose 6.2% after a large US order. Nokia fell 1.2%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-14T07:45:00+02:00"))
    assert [c.ticker for c in claims] == ["^GSPC", "^IXIC", "VWS.CO", "NOKIA.HE"]


def test_the_all_share_index_of_a_johannesburg_report(extractor):
    """'The JSE ended firmer on Friday ... The all share index rose 0.6% to 79,463 points': the FTSE/JSE All Share."""
    text = "The JSE ended firmer on Friday as the rand strengthened. The all share index rose 0.6% to 79,463 points. Sasol slid 2.7%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-14T18:10:00+02:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^J203.JO", "close_change"), ("SOL.JO", "close_change")]


def test_the_stock_exchanges_name_is_no_price_noun(extractor):
    """'The stock opened at ₹1,931 on the National Stock Exchange, ..., and slid as much as 7.8%': the stock's low."""
    text = ("Shares of Hyundai Motor India Ltd ended their first day of trading 7.2% below the issue price on Tuesday. "
            "The stock opened at ₹1,931 on the National Stock Exchange, against an issue price of ₹1,960, and slid as much as 7.8% to ₹1,807.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-22T16:50:00+05:30"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("HYUNDAI.NS", "close_change"), ("HYUNDAI.NS", "intraday_low")]


def test_thousands_commas_keep_a_clause_whole(extractor):
    """'ended 0.2% lower at 23,603.35 on Thursday' under a pre-market heading keeps its Thursday; 'still down about 18%
    from its record close of 42,224.02 on July 11' ends today; 'had closed 0.4% higher at ₹1,968.45 on the NSE' after
    a premarket ADR move is the Indian line's close; '₹20' is a move in rupees."""
    text = "Equity Research Desk — Pre-market Outlook\n\nMarket recap: The Nifty 50 ended 0.2% lower at 23,603.35 on Thursday, snapping a streak."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-02-07T08:05:00+05:30"))
    assert (claim.kind, claim.date.isoformat(), claim.level) == (ClaimKind.CLOSE_CHANGE, "2025-02-06", 23603.35)
    text = "The Nikkei rose 3%. It is still down about 18% from its record close of 42,224.02 on July 11."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-06T16:00:00+09:00"))
    assert [c.date.isoformat() for c in claims] == ["2024-08-06", "2024-08-06"]
    text = ("Infosys American depositary receipts rose 5.6% in premarket trading in New York. The shares had closed 0.4% "
            "higher at ₹1,968.45 on the NSE before the results were announced after market hours.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-16T18:40:00+05:30"))
    assert [(c.ticker, c.kind.value, c.date.isoformat(), c.level) for c in claims] == [
        ("INFY", "premarket", "2025-01-16", None), ("INFY.NS", "close_change", "2025-01-16", 1968.45)]
    claim = only(extractor, "Infosys rose ₹20 to ₹1,950 on the NSE.", dt.datetime.fromisoformat("2025-01-16T18:40:00+05:30"))
    assert (claim.unit, claim.magnitude, claim.currency) == (Unit.CURRENCY, 20, "INR")


def test_fresh16_debut_offering_price_restated_hedge_previous_session_and_trust_units(extractor):
    """'closed 16.4% above their offering price on their first day of trading Tuesday'; 'tanked as much as 6,234.35
    points, or 8.15 per cent' (the hedge holds for both figures); 'erasing the previous session's 1.6 per cent gain';
    'Units of CICT closed 0.5 per cent higher' (but '5 million units of the iPhone, up 3%' is no price)."""
    text = "Contemporary Amperex Technology Co. Ltd.'s Hong Kong shares closed 16.4% above their offering price on their first day of trading Tuesday."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-05-20T16:35:00+08:00"))
    assert (claim.ticker, claim.kind, claim.date.isoformat()) == ("3750.HK", ClaimKind.CLOSE_CHANGE, "2025-05-20")
    text = "During the day, the Sensex tanked as much as 6,234.35 points, or 8.15 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T16:20:00+05:30"))
    assert [(c.kind.value, c.hedge) for c in claims] == [("intraday_low", "as much as"), ("intraday_low", "as much as")]
    text = "The Hang Seng Index fell 7.2 per cent at the lunch break, erasing the previous session's 1.6 per cent gain."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-08T12:20:00+08:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("intraday_current", "2024-10-08"), ("close_change", "2024-10-07")]
    singapore_evening = dt.datetime.fromisoformat("2025-01-29T18:00:00+08:00")
    claim = only(extractor, "Units of CICT closed 0.5 per cent higher at S$1.96 on Tuesday, before the results were released.", singapore_evening)
    assert (claim.ticker, claim.level) == ("C38U.SI", 1.96)
    assert claims_of(extractor, "Apple sold 5 million units of the iPhone, up 3%.", singapore_evening) == []


def test_a_stoxx_sector_gauge_and_a_distance_from_a_dated_close(extractor):
    """'The STOXX autos and parts index lost 4%' is a sector gauge no directory holds, not the report's benchmark;
    'remains about 19 per cent higher than its close on September 24' is the move since that close, to today."""
    text = "Continental slumped 8.4% and Volkswagen fell 6.6%. The STOXX autos and parts index lost 4%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-03T17:45:00+01:00"))
    assert [(c.entity, c.ticker) for c in claims][-1] == ("STOXX autos and parts index", None)
    text = "Even so, the Hang Seng Index remains about 19 per cent higher than its close on September 24, the day the PBOC acted."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-08T12:20:00+08:00"))
    assert (claim.kind, claim.date.isoformat(), claim.start_date.isoformat()) == (ClaimKind.CUMULATIVE, "2024-10-08", "2024-09-24")


def test_common_shares_pick_the_common_line_where_a_market_lists_both_classes(extractor):
    """'Petrobras' preferred shares closed down 10.6%, while its common shares sank 11.3%': PETR4 then PETR3; a
    company with one class keeps its line ('Tesla's common stock')."""
    text = "Petrobras' preferred shares closed down 10.6% at 37.26 reais, while its common shares sank 11.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-08T18:00:00-03:00"))
    assert [c.ticker for c in claims] == ["PETR4.SA", "PETR3.SA"]
    assert only(extractor, "Tesla's common stock rose 3%.").ticker == "TSLA"


def test_a_verb_after_then_moves_the_main_clauses_subject(extractor):
    """'Seven & i Holdings went untraded ... as buy orders swamped sellers, then rose by the daily limit of 400 yen,
    or 22.9%': the company moved, not the orders."""
    text = ("Seven & i Holdings went untraded through the morning session as buy orders swamped sellers, then rose by "
            "the daily limit of 400 yen, or 22.9%, to 2,155 yen in the afternoon.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-19T13:40:00+09:00"))
    assert [(c.ticker, c.magnitude, c.unit.value, c.level) for c in claims] == [("3382.T", 400, "currency", 2155), ("3382.T", 22.9, "pct", 2155)]


def test_the_all_share_without_its_noun_and_class_words_after_while(extractor):
    """'The all share closed up 0.4% at 80,512 points' in a JSE report; 'while the voting common shares slid 11.2%'
    is Petrobras' common line, not a group named 'while the voting common shares'."""
    text = "Johannesburg - The JSE all share index closed higher on Tuesday. The all share closed up 0.4% at 80,512 points."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-18T18:00:00+02:00"))
    assert (claim.ticker, claim.level) == ("^J203.JO", 80512)
    text = ("Petrobras' preferred shares were down 10.5% at 37.22 reais in afternoon trading in São Paulo, while the "
            "voting common shares slid 11.2%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-08T14:30:00-03:00"))
    assert [c.ticker for c in claims] == ["PETR4.SA", "PETR3.SA"]


def test_a_trusts_units_in_cents_and_the_all_share_on_the_jse(extractor):
    """'(CICT) units rose 1 cent to S$1.98': a Singapore trust's move in Singapore cents; 'On the Johannesburg Stock
    Exchange, the All Share index ended 0.4% higher'; 'Ford fell 12 cents to $10.50' stays in U.S. cents."""
    published = dt.datetime.fromisoformat("2024-07-31T17:00:00+08:00")
    claim = only(extractor, "CapitaLand Integrated Commercial Trust (CICT) units rose 1 cent to S$1.98 after the Reit posted a DPU.", published)
    assert (claim.ticker, claim.magnitude, claim.currency, claim.level) == ("C38U.SI", 0.01, "SGD", 1.98)
    claim = only(extractor, "On the Johannesburg Stock Exchange, the All Share index ended 0.4% higher at 85,731 points.", published)
    assert claim.ticker == "^J203.JO"
    claim = only(extractor, "Ford fell 12 cents to $10.50.", published)
    assert (claim.ticker, claim.currency) == ("F", "USD")


def test_fresh17_conjoined_state_verbs_market_shares_restatements_asides_and_premarket_clauses(extractor):
    """'The benchmark has lost nearly 20% ... and now sits more than 25% below its record' (one subject); 'Seoul shares
    closed 1.4 percent lower' (the Kospi); 'During the day, it tanked 6,234.35 points' (the low); 'closed 21.5 points
    higher, or 0.26%'; 'Target, remember, fell 8% yesterday'; 'fell 4.8% in premarket trading on Thursday ..., while Meta
    rose 3.2%' (the same premarket)."""
    text = ("The Nikkei Stock Average closed down 4,451.28 points, or 12.4%. The broader Topix fell 12.2%. The benchmark has "
            "lost nearly 20% over the past three sessions and now sits more than 25% below its July 11 record close.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-05T16:05:00+09:00"))
    assert [c.ticker for c in claims][-2:] == ["^N225", "^N225"]
    claim = only(extractor, "SEOUL, Dec. 4 (Yonhap) -- Seoul shares closed 1.4 percent lower Wednesday.", dt.datetime.fromisoformat("2024-12-04T16:10:00+09:00"))
    assert claim.ticker == "^KS11"
    text = "The Sensex plunged 4,389.73 points, or 5.74 per cent. During the day, it tanked 6,234.35 points, or 8.15 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T16:30:00+05:30"))
    assert [c.kind.value for c in claims] == ["close_change", "close_change", "intraday_low", "intraday_low"]
    text = "The S&P/ASX 200 closed 21.5 points higher, or 0.26%, at 8,535.3."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-12T16:40:00+11:00"))
    assert [(c.unit.value, c.magnitude) for c in claims] == [("points", 21.5), ("pct", 0.26)]
    claim = only(extractor, "Target, remember, fell 8% yesterday.", dt.datetime.fromisoformat("2024-05-23T08:12:00-04:00"))
    assert (claim.ticker, claim.date.isoformat()) == ("TGT", "2024-05-22")
    text = "Microsoft shares fell 4.8% in premarket trading on Thursday after its results, while Meta Platforms rose 3.2%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-30T07:40:00-05:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [("MSFT", "premarket", "2025-01-30"), ("META", "premarket", "2025-01-30")]


def test_fresh18_move_nouns_recoveries_its_collapse_asides_after_descriptions_and_new_yorks_benchmark(extractor):
    """"Friday's 2.4% drop in the Nasdaq"; 'before recovering 2.3% on Tuesday'; 'remained the worst performer in the
    index after its 59% collapse on Oct. 25' (the company's); 'The server maker, a big buyer of Nvidia chips, added
    4.7%'; New York's 'benchmark' is the S&P 500 and its 'blue-chip index' the Dow; the Invesco equal-weight ETF (RSP)."""
    claim = only(extractor, "Context: Friday's 2.4% drop in the Nasdaq followed a weak payrolls print.", dt.datetime.fromisoformat("2024-08-05T06:40:00-04:00"))
    assert (claim.ticker, claim.date.isoformat()) == ("^IXIC", "2024-08-02")
    claims = claims_of(extractor, "ASML shares tumbled 7.1% in Amsterdam on Monday, before recovering 2.3% on Tuesday.", dt.datetime.fromisoformat("2025-01-29T07:50:00+01:00"))
    assert [(c.ticker, c.direction.value, c.date.isoformat()) for c in claims] == [("ASML.AS", "down", "2025-01-27"), ("ASML.AS", "up", "2025-01-28")]
    text = "Germany's DAX rose 0.9% on the day. Worldline rose 2.1% but remained the worst performer in the index after its 59% collapse on Oct. 25."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-10-31T18:05:00+01:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims][-1] == ("WLN.PA", "2023-10-25")
    text = "Super Micro Computer - The server maker, a big buyer of Nvidia chips, added 4.7% in sympathy."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-02-22T12:20:00-05:00")).ticker == "SMCI"
    evening = dt.datetime.fromisoformat("2025-04-14T16:25:00-04:00")
    text = "The S&P 500 rose 0.8% and the Nasdaq Composite gained 0.6%. The benchmark has now climbed 8.6% since its April 8 close."
    assert [c.ticker for c in claims_of(extractor, text, evening)] == ["^GSPC", "^IXIC", "^GSPC"]
    text = "The Dow Jones Industrial Average fell 2.58%, its 10th straight losing session. The blue-chip index has shed more than 6% over those 10 sessions."
    assert [c.ticker for c in claims_of(extractor, text, evening)] == ["^DJI", "^DJI"]
    text = "The Nasdaq is up about 31% year to date, while the Invesco S&P 500 Equal Weight ETF (RSP) is up just 2.3%."
    assert [c.ticker for c in claims_of(extractor, text, evening)] == ["^IXIC", "RSP"]


def test_a_short_name_after_the_full_one_and_pce(extractor):
    """'Novo Nordisk shares closed down 23% ... Novo now expects ... Eli Lilly's Zepbound. The company's U.S.-listed shares
    were down 21%': "Novo", once the full name is given, is still the topic; 'core PCE increased 0.2%' is no price."""
    text = ("Novo Nordisk shares closed down 23% in Copenhagen on Tuesday. Novo now expects sales growth of 8% to 14%, "
            "citing competition from Eli Lilly's Zepbound. The company's U.S.-listed shares were down 21% in New York trading.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-29T17:40:00+02:00"))
    assert [c.ticker for c in claims] == ["NOVO-B.CO", "NVO"]
    text = "The personal consumption expenditures price index rose 2.7% in April from a year earlier, while core PCE increased 0.2% on the month."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-05-31T08:00:00-04:00")) == []


def test_another_subjects_span_runs_to_the_latest_session(extractor):
    """'Heidelberg Materials jumped 16% on Wednesday ..., and the mid-cap MDAX rose 6.3% this week': the week to Friday;
    'fell 2.7% on Tuesday, taking its loss this month to 9%' keeps Tuesday for its own running total."""
    saturday = dt.datetime.fromisoformat("2025-03-08T08:00:00+01:00")
    text = "Heidelberg Materials jumped 16% on Wednesday as investors bet on a construction boom, and the mid-cap MDAX rose 6.3% this week."
    claims = claims_of(extractor, text, saturday)
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2025-03-05"), ("cumulative", "2025-03-07")]
    claims = claims_of(extractor, "Rheinmetall fell 2.7% on Tuesday, taking its loss this month to 9%.", saturday)
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2025-03-04"), ("cumulative", "2025-03-04")]


def test_a_list_of_places_after_a_metric_and_shares_in_a_list_of_names(extractor):
    """'Sales in China, Hong Kong and Macau fell 18%': sales, not a company called Macau; 'Shares in Shell, BP and
    Centrica fell 2%': all three, Shell too."""
    published = dt.datetime.fromisoformat("2025-05-16T12:00:00+02:00")
    assert claims_of(extractor, "Sales in China, Hong Kong and Macau fell 18%.", published) == []
    claims = claims_of(extractor, "Shares in Shell, BP and Centrica fell 2%.", published)
    assert [c.ticker for c in claims] == ["SHEL.L", "BP.L", "CNA.L"]


def test_a_year_end_reviews_undated_moves_are_the_years(extractor):
    """Under 'Stocks end 2023 with big gains as tech giants roar back', published Dec 29, 'The Russell 2000 added 15.1%'
    is the year's move; 'slipped 0.3% on Friday' stays Friday's. The same sentences in June are the day's."""
    text = ("Stocks end 2023 with big gains as tech giants roar back\n\n"
            "The Nasdaq Composite led with a 43.4% surge for the year. The benchmark S&P 500 slipped 0.3% on Friday. The Russell 2000 "
            "added 15.1%, and the S&P MidCap 400 gained about 14% after a rally in the final two months.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-12-29T17:30:00-05:00"))
    assert [c.kind.value for c in claims] == ["ytd", "close_change", "ytd", "ytd"]
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-06-30T17:30:00-04:00"))
    assert [c.kind.value for c in claims] == ["ytd", "close_change", "close_change", "close_change"]


def test_a_close_tables_lines_and_its_big_movers(extractor):
    """An Asia-Pacific close table: 'HS China Enterprises 7,278.26 -13.7%', 'Straits Times 3,393.70 -7.5%' (a name that is
    also a paper's, with its table line), and under 'Big movers', 'Alibaba -18.2%' on the Hong Kong line the indexes point
    at; a U.S. newsletter's 'Dow: 42,141.54, −0.2%'."""
    text = ("ASIA-PACIFIC CLOSE - Monday, April 7, 2025\n\nIndex / close / change\nHang Seng 19,828.30 -13.2%\n"
            "HS China Enterprises 7,278.26 -13.7%\nHang Seng Tech 4,079.86 -17.2%\nNikkei 225 31,136.58 -7.8%\n"
            "Straits Times 3,393.70 -7.5%\n\nBig movers\nAlibaba -18.2%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-07T17:30:00+08:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [
        ("^HSI", "2025-04-07"), ("^HSCE", "2025-04-07"), ("^HSTECH", "2025-04-07"), ("^N225", "2025-04-07"),
        ("^STI", "2025-04-07"), ("9988.HK", "2025-04-07")]
    text = "MARKETS AT A GLANCE (Wednesday's close)\n- S&P 500: 5,813.67, −0.3%\n- Dow: 42,141.54, −0.2%\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-31T06:15:00-04:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("^GSPC", "2024-10-30"), ("^DJI", "2024-10-30")]


def test_a_morning_notes_bullets(extractor):
    """A broker's morning note: '• Astera Labs (ALAB) — Initiated at Outperform. Up 4.1% in pre-market trade.' after a
    bullet on Lineage is Astera's move; 'Up 7.6% over the past two sessions; +1.9% pre-open' ends in premarket; a sentence
    that opens on a signed figure ('... fiscal 2025. +1.1% before the bell.') is its own; 'Microsoft said on Friday ...
    Shares were up 1.1% before the bell' (a company that speaks for itself is the topic when there is no other)."""
    published = dt.datetime.fromisoformat("2025-01-06T08:40:00-05:00")
    text = ("• Lineage (LINE) — Cut to Neutral at Citi. The stock has fallen 25% since its July IPO.\n"
            "• Astera Labs (ALAB) — Initiated at Outperform at Raymond James. Up 4.1% in pre-market trade.\n"
            "• Nvidia (NVDA) — Up 7.6% over the past two sessions heading into CES; +1.9% pre-open.\n"
            "• Microsoft (MSFT) — Said on Friday it plans to spend about $80 billion on data centers in fiscal 2025. +1.1% before the bell.")
    claims = claims_of(extractor, text, published)
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("LINE", "cumulative", "2025-01-03"), ("ALAB", "premarket", "2025-01-06"), ("NVDA", "cumulative", "2025-01-03"),
        ("NVDA", "premarket", "2025-01-06"), ("MSFT", "premarket", "2025-01-06")]
    claim = only(extractor, "Microsoft said on Friday it plans to spend more. Shares were up 1.1% before the bell.", published)
    assert (claim.ticker, claim.kind) == ("MSFT", ClaimKind.PREMARKET)


def test_fresh19_late_paragraphs_transcripts_and_index_names_with_counts(extractor):
    """'Other companies also moved after the bell. Alphabet rose 5.8% ... Snap added 10%': the paragraph's late moves;
    'Zscaler reports after the bell; the stock is off 2.4 percent' is trading now; 'down about 600 points right now, or
    1.5 percent' (the "about" is the points'); 'The Philly semiconductor index'; 'The Nifty Midcap 100 slumped 2.6%'."""
    evening = dt.datetime.fromisoformat("2024-10-29T17:05:00-04:00")
    text = ("Other companies also moved after the bell. Alphabet rose 5.8% after its cloud revenue climbed 35%. "
            "Snap added 10% after reporting 443 million daily users, and Chipotle Mexican Grill fell 8%.\n\n"
            "Earlier, the S&P 500 rose 0.2%.")
    claims = claims_of(extractor, text, evening)
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("GOOGL", "after_hours"), ("SNAP", "after_hours"), ("CMG", "after_hours"), ("^GSPC", "close_change")]
    afternoon = dt.datetime.fromisoformat("2024-09-03T15:40:00-04:00")
    claim = only(extractor, "ANCHOR 2: Zscaler reports after the bell; the stock is off 2.4 percent ahead of that.", afternoon)
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.INTRADAY_CURRENT, "2024-09-03")
    claims = claims_of(extractor, "ANCHOR 1: The Dow is down about 600 points right now, or 1.5 percent.", afternoon)
    assert [(c.unit.value, c.hedge) for c in claims] == [("points", "about"), ("pct", None)]
    assert only(extractor, "ANCHOR 1: The Philly semiconductor index is down 7.5 percent.", afternoon).ticker == "^SOX"
    claims = claims_of(extractor, "The Nifty 50 fell 1.25%. The Nifty Midcap 100 slumped 2.6%.", dt.datetime.fromisoformat("2024-10-22T16:15:00+05:30"))
    assert [(c.entity, c.ticker) for c in claims] == [("Nifty 50", "^NSEI"), ("Nifty Midcap 100", None)]


def test_fresh20_formats(extractor):
    """'The CSI 300 index of Shanghai- and Shenzhen-listed blue chips closed up 8.5%' (what the index holds is no subject);
    'GQG Partners, the U.S. fund manager ..., closed 26% lower in Sydney' (an appositive's nationality is no venue);
    'Monday's reaction: the stock jumped 6% in early trading, then gave it all back' (Monday's high, told on Tuesday);
    'JPMorgan had its best day since 2020 on Wednesday, up 11.5%' (Wednesday's)."""
    claim = only(extractor, "The CSI 300 index of Shanghai- and Shenzhen-listed blue chips closed up 8.5% at 4,017.85.", dt.datetime.fromisoformat("2024-09-30T18:30:00+08:00"))
    assert (claim.ticker, claim.level) == ("000300.SS", 4017.85)
    text = "GQG Partners, the U.S. fund manager that became one of Adani's biggest backers, closed 26% lower in Sydney, where it is listed."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-21T16:20:00+05:30"))
    assert (claim.ticker, claim.date.isoformat()) == ("GQG.AX", "2024-11-21")
    text = "Intel named interim co-CEOs. Monday's reaction was telling: the stock jumped 6% in early trading on the news, then gave it all back and closed 0.5% lower."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-03T05:00:00-05:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("intraday_high", "2024-12-02"), ("close_change", "2024-12-02")]
    claim = only(extractor, "ORTIZ: Banks too. JPMorgan had its best day since 2020 on Wednesday, up 11.5%.", dt.datetime.fromisoformat("2024-11-09T07:00:00-05:00"))
    assert claim.date.isoformat() == "2024-11-06"


def test_a_broker_notes_company_paragraphs(extractor):
    """'£3.0bn.' ends a sentence; 'Yesterday's 3.3% drop ... looks overdone' is the move of the company the paragraph
    opened on, not of 'Yesterday' nor of the company of the last move."""
    text = ("Rio Tinto (Hold): The shares closed 1.6% lower yesterday after the numbers.\n\nBAE Systems (Buy, TP 1,500p): "
            "Full-year results today. We expect underlying EBIT of £3.0bn. Yesterday's 3.3% drop on ceasefire headlines "
            "looks overdone; the stock is still up 19% since the start of the year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-20T07:05:00+00:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("RIO.L", "close_change", "2025-02-19"), ("BA.L", "close_change", "2025-02-19"), ("BA.L", "ytd", "2025-02-19")]


def test_a_daily_limit_move_is_the_line_that_has_a_limit(extractor):
    """'Citic Securities rose by its 10% daily limit' in a Hong Kong-datelined report: the Shanghai line (Hong Kong has no
    daily limit); a plain move in the same report stays on the Hong Kong line."""
    published = dt.datetime.fromisoformat("2024-09-30T18:30:00+08:00")
    text = "HONG KONG, Sept 30 - Chinese stocks had their best day in 16 years. Citic Securities rose by its 10% daily limit."
    assert only(extractor, text, published).ticker == "600030.SS"
    text = "HONG KONG, Sept 30 - Chinese stocks had their best day in 16 years. Citic Securities rose 6%."
    assert only(extractor, text, published).ticker == "6030.HK"


def test_below_a_record_named_by_its_month(extractor):
    """'It's now about 20 percent below its June record close': the fall from the record, a span with no start day."""
    claims = claims_of(extractor, "Nvidia is down 9 percent. It's now about 20 percent below its June record close.", dt.datetime.fromisoformat("2024-09-03T15:40:00-04:00"))
    assert [(c.kind.value, c.start_date) for c in claims] == [("intraday_current", None), ("cumulative", None)]


def test_a_funds_holding_moves_with_the_stock(extractor):
    """'SAP fell 6.5% in May ..., and our holding in Puma, already trimmed to 0.8% of the portfolio, lost a further 4.1%':
    Puma's move over May; the 0.8% weight is no move."""
    text = ("SAP fell 6.5% in May after management sounded cautious, and our holding in Puma, already trimmed to 0.8% of "
            "the portfolio, lost a further 4.1% on weak wholesale orders.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-03T07:30:00+02:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("SAP.DE", 6.5, "cumulative"), ("PUM.DE", 4.1, "cumulative")]


def test_a_week_shortened_by_a_named_day_and_the_india_vix(extractor):
    """'In a week shortened by Thursday's market closure for ..., the S&P 500 declined 1.9%': the week's moves, to
    Friday; 'Before Thursday's drop, the stock had risen about 80%' still ends before Thursday; 'The India VIX jumped 28
    per cent' is no U.S. VIX."""
    friday_night = dt.datetime.fromisoformat("2025-01-10T17:00:00-05:00")
    text = ("In a week shortened by Thursday's market closure for the national day of mourning for former President Jimmy "
            "Carter, the S&P 500 declined 1.9%, the Nasdaq dropped 2.3% and the Dow shed 1.9%.")
    assert [(c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, friday_night)] == [("cumulative", "2025-01-10")] * 3
    text = "Walmart fell 6.5% on Thursday. Before Thursday's drop, the stock had risen about 80% over the past 12 months."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-20T16:45:00-05:00"))
    assert [c.date.isoformat() for c in claims] == ["2025-02-20", "2025-02-19"]
    claim = only(extractor, "The India VIX, the market's fear gauge, jumped 28 per cent.", dt.datetime.fromisoformat("2024-06-04T17:00:00+05:30"))
    assert (claim.entity, claim.ticker) == ("India VIX", None)


def test_an_amount_added_to_a_metric_and_decreased(extractor):
    """'The stock closed at $260.48, adding about $150 billion to the company's market value, and has turned positive for
    the year, up about 5% in 2024': the stock's year; Yonhap's 'Samsung Electronics decreased 0.56 percent'."""
    text = ("Tesla soared 22%. The stock closed at $260.48, adding about $150 billion to the company's market value, and has "
            "turned positive for the year, up about 5% in 2024.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-24T16:30:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("TSLA", "close_change"), ("TSLA", "ytd")]
    claim = only(extractor, "Top cap Samsung Electronics decreased 0.56 percent to 53,400 won.", dt.datetime.fromisoformat("2024-12-04T16:10:00+09:00"))
    assert (claim.ticker, claim.direction) == ("005930.KS", Direction.DOWN)


def test_fresh22_regional_house_styles(extractor):
    """Børsen's 'the share was trading 29 pct. lower at DKK 192.50, having fallen as much as 31 pct.'; Valor's 'Vale ON
    (VALE3) rose 1.1% to R$64.50' (a B3 class tag, a level in reais)."""
    text = "Orsted shares plunged. At 13:15 the share was trading 29 pct. lower at DKK 192.50, having fallen as much as 31 pct. to its lowest level since 2017."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-08-11T13:20:00+02:00"))
    assert [(c.ticker, c.magnitude, c.kind.value, c.level) for c in claims] == [
        ("ORSTED.CO", 29, "intraday_current", 192.5), ("ORSTED.CO", 31, "intraday_low", None)]
    text = "The Ibovespa fell 0.19% to 128,027 points. Vale ON (VALE3) rose 1.1% to R$64.50, and Itaú Unibanco PN (ITUB4) added 0.6%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-15T18:40:00-03:00"))
    assert [(c.ticker, c.level) for c in claims] == [("^BVSP", 128027), ("VALE3.SA", 64.5), ("ITUB4.SA", None)]


def test_fresh22_more_house_styles(extractor):
    """'The world's largest luxury group fell 3.8%'; Focus Taiwan's 'Taiwan shares closed up a record 9.25 percent';
    AFP's 'The Paris stock exchange had closed 0.3 percent higher'; Business Times' 'closed 2.1 per cent or S$0.85
    higher at a record S$41.30'."""
    claim = only(extractor, "LVMH reported weak sales. The world's largest luxury group fell 3.8% to 626.80 euros.", dt.datetime.fromisoformat("2024-10-16T18:05:00+02:00"))
    assert (claim.ticker, claim.level) == ("MC.PA", 626.8)
    claim = only(extractor, "Taipei, April 10 (CNA) Taiwan shares closed up a record 9.25 percent Thursday.", dt.datetime.fromisoformat("2025-04-10T14:20:00+08:00"))
    assert (claim.ticker, claim.magnitude) == ("^TWII", 9.25)
    claim = only(extractor, "The Paris stock exchange had closed 0.3 percent higher before the vote.", dt.datetime.fromisoformat("2024-12-04T21:40:00+01:00"))
    assert claim.ticker == "^FCHI"
    claims = claims_of(extractor, "DBS shares closed 2.1 per cent or S$0.85 higher at a record S$41.30.", dt.datetime.fromisoformat("2024-11-07T18:15:00+08:00"))
    assert [(c.ticker, c.unit.value, c.magnitude, c.level) for c in claims] == [("D05.SI", "pct", 2.1, 41.3), ("D05.SI", "currency", 0.85, 41.3)]


def test_the_morning_sessions_end_and_e_minis(extractor):
    """Kyodo's 'ended the morning session up 198.01 points, or 0.50 percent' at 11:50 JST is the market now, not a
    close; 'S&P 500 e-minis were up 19.25 points' are futures, no claim on the index."""
    claims = claims_of(extractor, "The 225-issue Nikkei Stock Average ended the morning session up 198.01 points, or 0.50 percent, from Friday at 40,108.55.",
                       dt.datetime.fromisoformat("2024-03-04T11:50:00+09:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("intraday_current", "2024-03-04")] * 2
    text = "At 7:52 a.m. ET, Dow e-minis were up 45 points, or 0.11%, S&P 500 e-minis were up 19.25 points, or 0.36%."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-23T07:52:00-04:00")) == []


def test_a_venue_of_an_earlier_clause_and_the_stocks_gain(extractor):
    """'Nexi SpA dropped 6.1% in Milan and shares of PayPal Holdings Inc. were 2.7% lower in New York trading': PayPal's
    venue is its own clause's; 'The decline trims the stock's gain this year to about 22%' is the company's."""
    text = "Worldline SA slid 9.4% in Paris, Nexi SpA dropped 6.1% in Milan and shares of PayPal Holdings Inc. were 2.7% lower in New York trading."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-01-24T15:45:00+01:00"))
    assert [c.ticker for c in claims] == ["WLN.PA", "NEXI.MI", "PYPL"]
    claims = claims_of(extractor, "Hasbro shares jumped 15%. The decline trims the stock's gain this year to about 22%.", dt.datetime.fromisoformat("2024-04-24T12:30:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("HAS", "intraday_current"), ("HAS", "ytd")]


def test_ing_forms_and_respectively_after_a_role(extractor):
    """'with the benchmark Sensex crashing nearly 6 per cent'; 'Hindustan Unilever and Nestle India were the only major
    gainers, rising 5.8 per cent and 2.9 per cent, respectively'."""
    published = dt.datetime.fromisoformat("2024-06-04T17:00:00+05:30")
    claim = only(extractor, "Stock markets suffered their worst fall in years on Tuesday, with the benchmark Sensex crashing nearly 6 per cent.", published)
    assert (claim.ticker, claim.hedge) == ("^BSESN", "nearly")
    text = "Hindustan Unilever and Nestle India were the only major gainers, rising 5.8 per cent and 2.9 per cent, respectively."
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["HINDUNILVR.NS", "NESTLEIND.NS"]


def test_a_run_since_an_event_and_taiwans_main_board(extractor):
    """'extending its run since the U.S. election to more than 40 per cent'; 'Over the holiday-shortened trading week, the
    main board rose 2.65 percent' (Taiwan's copy for the Taiex)."""
    text = "Shopify Inc. climbed 2.3 per cent to $165.20, extending its run since the U.S. election to more than 40 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-05T17:25:00-05:00"))
    assert [(c.kind.value, c.magnitude, c.hedge) for c in claims] == [("close_change", 2.3, None), ("cumulative", 40, "more than")]
    text = "The TAIEX closed up 0.91 percent at 21,858.08. Over the holiday-shortened trading week, the main board rose 2.65 percent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-11T14:20:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^TWII", "close_change"), ("^TWII", "cumulative")]


def test_a_half_year_review_and_a_markets_year_headline(extractor):
    """Under 'Europe's first half: defence and banks lead', published June 30, 'Saab added 116%' is the half's move; under
    'Markets 2024: ...' on Dec 31, 'Nvidia climbed 171%' is the year's, but after 'The year's last session was subdued.'
    the paragraph's undated moves are that session's."""
    text = "Europe's first half: defence and banks lead\n\nAmong defence names, Saab added 116% and Rheinmetall gained 180%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-30T18:10:00+02:00"))
    assert [c.kind.value for c in claims] == ["ytd", "ytd"]
    text = ("Markets 2024: S&P 500 logs back-to-back 20% years\n\nNvidia climbed 171% as AI spending boomed.\n\n"
            "The year's last session was subdued. The S&P 500 slipped 0.4% on Tuesday. The Nasdaq dropped 0.9%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T17:30:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("NVDA", "ytd"), ("^GSPC", "close_change"), ("^IXIC", "close_change")]


def test_a_span_from_a_named_day(extractor):
    """'Korea Zinc shares remain up 66 percent from Sept. 12, the day before the tender offer': the span from Sept. 12."""
    text = "Even after the plunge, Korea Zinc shares remain up 66 percent from Sept. 12, the day before MBK launched its tender offer."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-10-04T16:30:00+09:00"))
    assert (claim.kind, claim.date.isoformat(), claim.start_date.isoformat()) == (ClaimKind.CUMULATIVE, "2024-10-04", "2024-09-12")


def test_the_maximum_allowed_and_an_aside_that_opens_with_in_its(extractor):
    """'The stock climbed the maximum 400 yen allowed, or 22.3%, to 2,195 yen'; 'Newcrest Mining, in its final days on the
    boards before its takeover by US giant Newmont is completed, gained 1.3 per cent' is Newcrest's move."""
    claims = claims_of(extractor, "Seven & i surged. The stock climbed the maximum 400 yen allowed, or 22.3%, to 2,195 yen.", dt.datetime.fromisoformat("2024-08-19T15:45:00+09:00"))
    assert [(c.ticker, c.unit.value, c.magnitude) for c in claims] == [("3382.T", "currency", 400), ("3382.T", "pct", 22.3)]
    text = "Newcrest Mining, in its final days on the boards before its $26 billion takeover by US giant Newmont is completed, gained 1.3 per cent."
    assert only(extractor, text, dt.datetime.fromisoformat("2023-10-25T11:50:00+11:00")).ticker == "NCM.AX"


def test_ing_asides_and_a_reviews_span_in_a_relative_clause(extractor):
    """'Commerzbank, fending off a takeover approach from UniCredit, has gained 87% in 2025' is Commerzbank's; in a year
    review, 'Palantir soared 340% in 2024, followed by Vistra, which rose 258%' gives the relative clause the year too."""
    text = "Commerzbank, fending off a takeover approach from UniCredit, has gained 87% in 2025, and Siemens Energy, riding demand for grid equipment, is up 102%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-30T18:10:00+02:00"))
    assert [c.ticker for c in claims] == ["CBK.DE", "ENR.DE"]
    text = ("Markets 2024: S&P 500 logs back-to-back 20% years\n\nAI remained the dominant theme. Palantir Technologies was the "
            "best performer, soaring 340% in 2024, followed by Vistra, which rose 258%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T17:30:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("PLTR", "ytd"), ("VST", "ytd")]


def test_a_line_named_in_a_sentence_without_a_figure(extractor):
    """'Midea Group's Hong Kong-listed shares rose on their trading debut on Tuesday. The stock closed up 8.2 per cent':
    the first sentence has no figure but says which line the story is about."""
    text = "Midea Group's Hong Kong-listed shares rose on Wednesday. The stock closed up 8.2 per cent."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-19T16:45:00+08:00"))
    assert (claim.ticker, claim.date.isoformat()) == ("0300.HK", "2024-09-19")


def test_it_after_a_company_named_since_the_last_move_and_the_next_day(extractor):
    """'Mitsubishi Motors slipped 2.3%. Nissan's stock has swung widely since reports surfaced on the evening of Dec. 17.
    It jumped 24% the next day': "It" is Nissan, named since the last move, and its day the session after Dec. 17.
    'Nvidia rose 3% on Monday. It ...' still keeps the line just spoken of."""
    text = ("Shares of Nissan Motor fell. Mitsubishi Motors slipped 2.3%. Nissan's stock has swung widely since reports "
            "first surfaced on the evening of Dec. 17. It jumped 24% the next day.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-13T11:50:00+09:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("7211.T", "2025-02-13"), ("7201.T", "2024-12-18")]
    text = "SMIC's Hong Kong shares rose 3% on Monday. It has gained 16% over four sessions."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-13T11:50:00+09:00"))
    assert [c.ticker for c in claims] == ["0981.HK", "0981.HK"]
    claims = claims_of(extractor, "Apple fell 3% on Monday and rebounded 2% the following day.", dt.datetime.fromisoformat("2025-02-13T11:50:00+09:00"))
    assert [c.date.isoformat() for c in claims] == ["2025-02-10", "2025-02-11"]


def test_a_venue_adjective_before_a_name_that_is_also_a_word(extractor):
    """'Worldline added 4.4% in Paris and London-listed Wise rose 2.0%': "London-listed" marks Wise as the company and
    places it in London, not in the Paris of the clause before."""
    text = "Worldline added 4.4% in Paris and London-listed Wise rose 2.0%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-15T17:00:00+02:00"))
    assert [c.ticker for c in claims] == ["WLN.PA", "WISE.L"]


def test_that_session_is_a_day_named_earlier_in_the_sentence(extractor):
    """'... closed at $138.81 on Tuesday and had gained 57% this year through that session': Tuesday, named by words that
    made no claim, not the Wednesday of the sentence before."""
    text = ("Alphabet shares fell 6.1% in premarket trading Wednesday. Alphabet's Class A shares closed at $138.81 on Tuesday "
            "and had gained 57% this year through that session.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-10-25T07:48:00-04:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("premarket", "2023-10-25"), ("ytd", "2023-10-24")]


def test_a_figureless_clause_keeps_the_paragraphs_span(extractor):
    """'The S&P 500 rose 5.9% this week. ... the Russell 2000 jumped 7.6%, though it remains down for the year': the
    year in a clause with no figure does not end the week the paragraph set."""
    text = ("The S&P 500 rose 5.9% this week. The Nasdaq Composite advanced 6.6%. Small caps led the charge: the Russell 2000 "
            "jumped 7.6%, though it remains down for the year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-11-04T09:00:00-04:00"))
    assert [c.kind.value for c in claims] == ["cumulative"] * 3


def test_in_the_regular_session_is_the_session_that_traded_last(extractor):
    """'e.l.f. shares were down about 26% for the year, even after rising 1.9% in the regular session', after the bell:
    the year is the first figure's span; the second is the day's move."""
    text = "Through Wednesday's close, e.l.f. shares were down about 26% for the year, even after rising 1.9% in the regular session."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-06T16:50:00-05:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("ytd", "2024-11-06"), ("close_change", "2024-11-06")]


def test_a_long_since_phrase_names_the_spans_start_not_the_moves_day(extractor):
    """'has risen about 80% since the government-brokered rescue of Credit Suisse on March 19, 2023': the span starts
    there and runs to the latest session; the date is no move's day."""
    text = "UBS shares rose 2%. The stock has risen about 80% since the government-brokered rescue of Credit Suisse on March 19, 2023."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-02-05T08:30:00+01:00"))
    assert (claims[1].kind.value, claims[1].date.isoformat()) == ("cumulative", "2024-02-02")


def test_a_half_year_reviews_spans_and_a_gapped_name_that_is_also_a_word(extractor):
    """'finished the first six months of 2025 up 20.1%', 'gained 6.7% over the half': the half's moves; 'Sweden's Saab
    added 116% and Italy's Leonardo 74%': the left-out verb makes the figure Leonardo's move."""
    text = "Germany's DAX finished the first six months of 2025 up 20.1%. The STOXX 600 gained 6.7% over the half and the Euro Stoxx 50 rose 8.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-30T18:00:00+02:00"))
    assert [c.kind.value for c in claims] == ["ytd"] * 3
    claims = claims_of(extractor, "Sweden's Saab added 116% and Italy's Leonardo 74%.", dt.datetime.fromisoformat("2025-06-30T18:00:00+02:00"))
    assert [c.ticker for c in claims] == ["SAAB-B.ST", "LDO.MI"]


def test_a_notes_indicated_before_a_signed_figure(extractor):
    """A morning note's 'Lineage (LINE) - Cut to Neutral from Buy at Citi. Indicated -2.5% pre-market.': Lineage's move."""
    text = "Lineage (LINE) - Cut to Neutral from Buy at Citi; PT $62 from $85. Indicated -2.5% pre-market."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-01-06T08:40:00-05:00"))
    assert (claim.ticker, claim.direction.value, claim.kind.value) == ("LINE", "down", "premarket")


def test_an_after_hours_heading_over_the_items_after_it(extractor):
    """'Here are some of the biggest U.S. stock movers in after-hours trading on Thursday:' then one paragraph a company:
    each item is an after-hours move, until a sentence names the regular session's close."""
    text = ("Here are some of the biggest U.S. stock movers in after-hours trading on Thursday:\n\n"
            "Meta Platforms (NASDAQ:META) stock surged 14.9% after the Facebook parent reported results.\n\n"
            "Amazon.com (NASDAQ:AMZN) shares rose 7.8% as quarterly net sales topped estimates.\n\n"
            "Apple (NASDAQ:AAPL) shares fell 3.1% after sales in Greater China dropped 13%.\n\n"
            "During the regular session, the S&P 500 closed up 1.3% at 4,906.19, a record.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-02-01T16:40:00-05:00"))
    assert [c.kind.value for c in claims] == ["after_hours"] * 3 + ["close_change"]


def test_a_conjoined_move_on_the_market_its_own_words_name(extractor):
    """'Stellantis fell 13.2% in Milan ..., and was down a similar 13% in Paris': the Paris line, and "a similar" before
    the figure is no obstacle."""
    text = ("Stellantis fell 13.2% to EUR12.08 in Milan as of 12:40 p.m. local time, the biggest decline in the FTSE MIB, and was "
            "down a similar 13% in Paris. Earlier it slumped as much as 15%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-25T12:50:00+02:00"))
    assert [c.ticker for c in claims] == ["STLAM.MI", "STLAP.PA", "STLAM.MI"]  # "it": the story's line, not the aside's


def test_a_delisted_company_opening_a_story_is_the_topic_and_ag_is_its_legal_form(extractor):
    """'Credit Suisse Group AG shares plunged to a record low ...': the directory has no Credit Suisse (delisted), "AG" is
    its legal form and not First Majestic's symbol, and "The stock" after it is the bank's, on Zurich's calendar."""
    text = ("(Bloomberg) -- Credit Suisse Group AG shares plunged to a record low after its largest shareholder ruled out more aid. "
            "The stock fell as much as 30% in Zurich. The shares have lost about 38% this year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-03-15T14:20:00+01:00"))
    assert [(c.entity, c.ticker, c.date.isoformat()) for c in claims] == [
        ("Credit Suisse Group AG", None, "2023-03-15"), ("Credit Suisse Group AG", None, "2023-03-15")]


def test_a_year_end_review_headline_of_winners_and_losers(extractor):
    """Under 'Europe's Stock Winners and Losers of 2024' on Dec 31: 'Stellantis NV shed about 40% in Milan, where the market
    closed for the year on Monday' is the year's move (the day is the relative clause's), and 'ended 2024 down 2.2%' too."""
    text = ("Europe's Stock Winners and Losers of 2024: Defense Soars\n\n"
            "Paris's CAC 40 slipped 0.4% in a shortened final session on Tuesday and ended 2024 down 2.2%.\n\n"
            "Among the biggest decliners, Stellantis NV shed about 40% in Milan, where the market closed for the year on Monday. "
            "Novo Nordisk A/S fell about 11% in Copenhagen.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-31T15:30:00+01:00"))
    assert [c.kind.value for c in claims] == ["close_change", "ytd", "ytd", "ytd"]


def test_a_movers_list_item_names_its_company_first(extractor):
    """'MP Materials — The rare-earths miner climbed 8%' after an item on Kraft Heinz: the item's company, placed or not
    ("Norvale Rare Earths — The miner climbed 8%" comes out unplaced), not the last item's."""
    text = ("Kraft Heinz — The food company's stock was little changed after jumping nearly 4% on Friday.\n\n"
            "Norvale Rare Earths — The rare-earths miner climbed 8%, extending a rally that has lifted the stock about 90% over the past three sessions.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-14T12:40:00-04:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("Kraft Heinz", "KHC"), ("Norvale Rare Earths", None), ("Norvale Rare Earths", None)]


def test_pct_at_the_end_of_a_sentence_leaves_the_full_stop(extractor):
    """'Lasertec ... dropped 3.1 pct.': the full stop ends the sentence; Nordic '29 pct. lower' keeps it."""
    text = "Advantest added 0.8 pct, while Lasertec dropped 3.1 pct. Investors waited."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-14T11:50:00+09:00"))
    assert [text[c.span[0] : c.span[1]] for c in claims] == ["0.8 pct", "3.1 pct"]


def test_rivals_in_sympathy_do_not_take_over_the_story(extractor):
    """'Rivals fell in sympathy. Stellantis lost 2.8% ... Nissan, in which Renault holds a 35.7% stake, fell 1.3% in Tokyo.'
    then 'The slide deepened the stock's losses for the year, leaving it down 24% since the start of January': Renault's."""
    text = ("Renault shares plunge 17% after profit warning\n\nRenault stock was down 17.1% at 35.62 euros at 0720 GMT.\n\n"
            "Rivals fell in sympathy. Stellantis lost 2.8% and Volkswagen 1.2%. Nissan, in which Renault holds a 35.7% stake, "
            "fell 1.3% in Tokyo on Wednesday.\n\nThe slide deepened the stock's losses for the year, leaving it down 24% since the start of January.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-16T09:30:00+02:00"))
    assert claims[-1].ticker == "RNO.PA"


def test_a_bare_past_move_in_a_premarket_story_is_premarket(extractor):
    """At 08:05 New York time, in a story of premarket moves: 'BlackRock Inc. shares dropped 4.5% after the asset manager's
    quarterly revenue fell short' is where the stock stands before the open; 'had rallied 27% this year through Monday' and
    a move with its own day keep theirs."""
    text = ("Citigroup Inc.'s stock gained 1.9% premarket after revenue topped estimates. Citi shares had rallied 27% this year "
            "through Monday.\n\nBlackRock Inc. shares dropped 4.5% after the asset manager's quarterly revenue fell short of expectations.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-15T08:05:00-04:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("premarket", "2025-07-15"), ("ytd", "2025-07-14"), ("premarket", "2025-07-15")]


def test_a_clock_times_zone_is_no_name_and_since_the_end_of_december(extractor):
    """'The stock was down 9.2% at 615.30 euros by 1145 GMT, the biggest decliner on the AEX index, which was down 1.1%':
    "GMT" is no name the aside after it describes, so the relative clause's move is the index's; 'now down 9.3% since
    the end of December' is the year to date."""
    text = ("ASML fell. The stock was down 9.2% at 615.30 euros by 1145 GMT, the biggest decliner on the AEX index, which was down 1.1%. "
            "The shares are now down 9.3% since the end of December.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-16T13:50:00+02:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("ASML.AS", "intraday_current"), ("^AEX", "intraday_current"), ("ASML.AS", "ytd")]


def test_a_dated_close_as_a_mark_and_another_subject_told_in_the_present(extractor):
    """'Seven & i stock remains about 25% above its Aug. 16 close': the span from that close. In a London note at 07:05,
    'US indices closed higher overnight (S&P 500 +0.3%), and the Nikkei is +0.6% going into the Tokyo close': Tokyo is
    still trading, so the Nikkei's move is today's, not the overnight session's."""
    claim = only(extractor, "Seven & i stock remains about 25% above its Aug. 16 close.", dt.datetime.fromisoformat("2025-07-17T16:00:00+09:00"))
    assert (claim.kind.value, claim.start_date.isoformat()) == ("cumulative", "2024-08-16")
    text = "US indices closed higher overnight (S&P 500 +0.3%, Nasdaq Composite +0.3%), and the Nikkei is +0.6% going into the Tokyo close."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-17T07:05:00+01:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("close_change", "2025-07-16"), ("close_change", "2025-07-16"), ("intraday_current", "2025-07-17")]


def test_a_year_ending_market_an_appositive_relative_clause_and_a_place_opening_the_sentence(extractor):
    """'SEOUL, Dec. 30 (Yonhap) -- South Korean stocks closed lower on Monday, ..., ending 2024 with a loss of nearly 10
    percent': the Kospi's year; 'Shares of Jeju Air, the budget carrier whose Boeing 737-800 crashed on Sunday, killing 179
    people, fell 8.7 percent': Monday's move; 'In New York, the iShares MSCI Mexico ETF, a popular vehicle for foreign
    investors, sank 10.5%': the place opens the sentence, the ETF is the subject."""
    text = ("SEOUL, Dec. 30 (Yonhap) -- South Korean stocks closed lower on Monday, the final trading day of the year, ending 2024 "
            "with a loss of nearly 10 percent as political turmoil weighed on sentiment. Shares of Jeju Air, the budget carrier whose "
            "Boeing 737-800 crashed at Muan International Airport on Sunday, killing 179 people, fell 8.7 percent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-30T16:05:00+09:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^KS11", "ytd", "2024-12-30"), ("089590.KS", "close_change", "2024-12-30")]
    text = "In New York, the iShares MSCI Mexico ETF, a popular vehicle for foreign investors, sank 10.5%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-06-03T16:20:00-06:00")).ticker == "EWW"
    text = ("In New York on Tuesday, the iShares MSCI South Korea ETF, the largest U.S.-listed fund tracking Korean stocks, "
            "sank as much as 7 percent before paring losses to close 1.6 percent lower.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-04T16:30:00+09:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("EWY", "intraday_low"), ("EWY", "close_change")]


def test_below_where_it_began_the_year(extractor):
    """'... and stands about 6 percent below where it began the year': the year to date."""
    text = "The Nikkei has now shed nearly 20 percent over the past three sessions and stands about 6 percent below where it began the year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-05T16:00:00+09:00"))
    assert [(c.kind.value, c.magnitude) for c in claims] == [("cumulative", 20.0), ("ytd", 6.0)]


def test_a_verb_that_is_also_a_move_noun_and_a_markets_main_index(extractor):
    """'the state's direct holding in Aramco falls to 81.48 percent' is a stake's level, not "falls" as a noun ('extended
    losses to 4%' keeps its noun); 'Indonesia's main stock index tumbled on Tuesday, falling as much as 7.1%' is the JCI."""
    published = dt.datetime.fromisoformat("2025-03-18T16:30:00+07:00")
    assert claims_of(extractor, "After the sale, the state's direct holding in Aramco falls to 81.48 percent.", published) == []
    assert only(extractor, "Aramco extended losses to 4%.", published).magnitude == 4.0
    text = "JAKARTA, March 18 (Reuters) - Indonesia's main stock index tumbled on Tuesday, falling as much as 7.1% and triggering a halt."
    claim = only(extractor, text, published)
    assert (claim.ticker, claim.kind.value) == ("^JKSE", "intraday_low")


def test_an_index_the_directory_lacks_named_with_an_exchanges_acronym(extractor):
    """'with the BSE Midcap index sinking 8.1 per cent' after a Sensex move: an index of its own, unplaced, not the Sensex."""
    text = "The 30-share BSE Sensex tanked 4,389.73 points. The broader market fared worse, with the BSE Midcap index sinking 8.1 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-04T16:00:00+05:30"))
    assert [(c.entity, c.ticker) for c in claims] == [("BSE Sensex", "^BSESN"), ("BSE Midcap index", None)]


def test_a_levels_comma_does_not_end_the_tail(extractor):
    """'Lilly shares have gained 40% so far this year, and were up $9.10, or 1.1%, at $812.50 in Friday afternoon trading':
    the day named after the level dates the move both figures give, not the year carried from the clause before."""
    text = "Lilly shares have gained 40% so far this year, and were up $9.10, or 1.1%, at $812.50 in Friday afternoon trading."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-31T14:20:00-04:00"))
    assert [c.kind.value for c in claims] == ["ytd", "intraday_current", "intraday_current"]


def test_a_morning_notes_after_the_bell_run_and_its_europe_section(extractor):
    """A London note at 07:15: 'After the bell, Meta Platforms rose 4.2% ... IBM jumped 8% on stronger software sales.'
    are all the last session's late moves; under 'EUROPE YESTERDAY', 'ASML closed 5.6% higher' is Amsterdam's line,
    not the U.S. one of the companies before."""
    text = ("OVERNIGHT\nWall Street closed lower: the S&P 500 fell 0.5%.\n\n"
            "After the bell, Meta Platforms rose 4.2% after revenue beat forecasts. Microsoft dropped 4.5% in after-hours trade, "
            "while Tesla added 2.4%. IBM jumped 8% on stronger software sales.\n\n"
            "EUROPE YESTERDAY\nASML closed 5.6% higher after fourth-quarter bookings beat forecasts.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-30T07:15:00+00:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("^GSPC", "close_change"), ("META", "after_hours"), ("MSFT", "after_hours"), ("TSLA", "after_hours"),
        ("IBM", "after_hours"), ("ASML.AS", "close_change")]


def test_a_sector_gauge_after_an_indexs_name_and_a_record_set_in_a_month(extractor):
    """'The STOXX Europe 600 technology index lost 5.6%': a sector gauge the directory lacks, not the STOXX 600; 'now down
    about 34% from a record high set in July': a span from the record to now, not July's move."""
    text = "The STOXX Europe 600 technology index lost 5.6%. ASML's stock is now down about 34% from a record high set in July."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-15T23:00:00+02:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        (None, "close_change", "2024-10-15"), ("ASML.AS", "cumulative", "2024-10-15")]


def test_a_possessive_day_dates_no_other_subjects_move(extractor):
    """'the S&P 500 was down 3.9% by midday, giving back part of Wednesday's 9.5% surge, and the Dow Jones Industrial
    Average was off 1,360 points': Wednesday is the surge's; the Dow's move is today's."""
    text = ("On Wall Street, the S&P 500 was down 3.9% by midday, giving back part of Wednesday's 9.5% surge, and the Dow Jones "
            "Industrial Average was off 1,360 points.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-10T17:55:00+01:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("intraday_current", "2025-04-10"), ("close_change", "2025-04-09"), ("intraday_current", "2025-04-10")]


def test_a_relative_clauses_span_is_not_the_main_clauses(extractor):
    """'Eoptolink, which has surged more than 35 percent over the past five sessions, rose 5.2 percent': the span is the
    relative clause's; the main clause's move is the day's."""
    text = "Zhongji Innolight climbed 4.6 percent to 171.50 yuan, and Eoptolink, which has surged more than 35 percent over the past five sessions, rose 5.2 percent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-18T15:25:00+08:00"))
    assert [c.kind.value for c in claims] == ["close_change", "cumulative", "close_change"]


def test_a_monthly_commentary_gives_undated_moves_its_month(extractor):
    """Under 'Aldwych European Growth Fund - Monthly Commentary, May 2024', sent on June 3: 'Novo Nordisk gained 5.4% ahead
    of new obesity data ... in June' is May's move (June is the data's), as is 'the 2.6% gain in the Stoxx Europe 600'."""
    text = ("Aldwych European Growth Fund - Monthly Commentary, May 2024\n\nPerformance\nThe Fund's shares returned 1.9% in May, "
            "behind the 2.6% gain in the Stoxx Europe 600, its benchmark.\n\nWhat helped\nNovo Nordisk gained 5.4% ahead of new "
            "obesity data at the American Diabetes Association meeting in June.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-03T07:30:00+02:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^STOXX", "cumulative", "2024-05-31"), ("NOVO-B.CO", "cumulative", "2024-05-31")]
    text = "EUROPEAN EQUITIES - FEBRUARY IN REVIEW\n\nDefence stocks led. Rheinmetall soared 46% in February. Thales added 30%.\n\nKering fell 13%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-28T18:30:00+01:00"))
    assert [c.kind.value for c in claims] == ["cumulative"] * 3


def test_the_company_a_release_defines(extractor):
    """'Veridane Therapeutics, Inc. ("Veridane" or the "Company") ... the Company's share price rose roughly 160%': the
    issuer the release defined, unplaced here; in an HKEX announcement headed by the exchange's own disclaimer, 'the
    shares' are the issuer's, not Hong Kong Exchanges and Clearing's."""
    text = ('CAMBRIDGE, Mass., June 13, 2024 (GLOBE NEWSWIRE) -- Veridane Therapeutics, Inc. ("Veridane" or the "Company"), a '
            "clinical-stage biotechnology company, today commented on unusual trading activity. On June 12, 2024, the Company's "
            "share price rose roughly 160% on heavy volume.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-13T08:00:00-04:00"))
    assert (claim.entity, claim.ticker, claim.date.isoformat()) == ("Veridane Therapeutics, Inc.", None, "2024-06-12")
    text = ("Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement.\n\n"
            'This announcement is made by Lingnan Crest Holdings Limited (the "Company") at the request of The Stock Exchange '
            "of Hong Kong Limited. The closing price of the shares rose 46% to HK$0.38 on 12 March 2025.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T19:00:00+08:00"))
    assert (claim.entity, claim.ticker) == ("Lingnan Crest Holdings Limited", None)


def test_the_company_described_after_shares_of(extractor):
    """'Shares of the Herzogenaurach-based sporting goods maker were trading down 18.4%' after 'Puma's investors ...', and
    'the shares of François-Henri Pinault's group were down 12.8%' after Kering is named: the company spoken of."""
    text = ("Puma's investors had braced for bad news. Shares of the Herzogenaurach-based sporting goods maker were trading "
            "down 18.4% at 36.20 euros on Thursday afternoon.")
    assert only(extractor, text, dt.datetime.fromisoformat("2025-01-23T14:00:00+01:00")).ticker == "PUM.DE"
    text = "Kering warned. At midday on Wednesday, the shares of François-Henri Pinault's group were down 12.8% at 366.05 euros."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-03-20T12:00:00+01:00")).ticker == "KER.PA"


def test_a_year_on_year_metric_after_another_figure_leaves_the_move(extractor):
    """'The EV maker lost 8.2% after reporting a 12% year-over-year drop in revenue': the year on year is the revenue's;
    'delivered 36,695 vehicles, up 82% from a year earlier' is still no price move."""
    published = dt.datetime.fromisoformat("2025-07-24T12:35:00-04:00")
    assert only(extractor, "Tesla — The EV maker lost 8.2% after reporting a 12% year-over-year drop in revenue.", published).magnitude == 8.2
    assert claims_of(extractor, "BYD delivered 36,695 vehicles, up 82% from a year earlier.", published) == []


def test_an_absolute_clause_with_a_name_before_a_participle(extractor):
    """'Italy's FTSE MIB was down 0.9%, with Ferrari one of the few gainers, edging up 0.5%': Ferrari's move."""
    text = "Italy's FTSE MIB was down 0.9%, with Ferrari one of the few gainers, edging up 0.5%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-25T12:00:00+02:00"))
    assert [c.ticker for c in claims] == ["FTSEMIB.MI", "RACE.MI"]


def test_last_week_on_a_weekend_is_the_week_just_ended(extractor):
    """A Sunday 'week ahead' piece: 'The S&P 500 fell 1.6% last week' is the week that ended on Friday; on a Monday it is
    the same week, now the previous one."""
    for published in ("2024-04-14T18:00:00-04:00", "2024-04-15T08:00:00-04:00"):
        claim = only(extractor, "The S&P 500 fell 1.6% last week.", dt.datetime.fromisoformat(published))
        assert (claim.kind.value, claim.date.isoformat(), claim.start_date.isoformat()) == ("cumulative", "2024-04-12", "2024-04-08")


def test_a_percentage_to_a_sum_in_billions_is_no_price_move(extractor):
    """'remaining performance obligations rose 44% to $98 billion', 'Sales of its flagship Feitian Moutai liquor rose 15.3%
    to 145.93 billion yuan': sums of money grew; 'Nvidia rose 3% to $140' is still a move to a price."""
    published = dt.datetime.fromisoformat("2024-09-10T08:00:00+09:00")
    claims = claims_of(extractor, "- Oracle surged 9% in extended trading; remaining performance obligations rose 44% to $98 billion.", published)
    assert [c.magnitude for c in claims] == [9.0]
    assert claims_of(extractor, "Sales of its flagship Feitian Moutai liquor rose 15.3% to 145.93 billion yuan.", published) == []
    assert only(extractor, "Nvidia rose 3% to $140.", published).level == 140.0


def test_the_market_a_price_was_set_on_is_no_subject(extractor):
    """'The stock closed at 56,700 won on the Kospi, up 5.98 percent from Friday': the stock's move; 'on the AEX index,
    which rose 1.2%' keeps the index's own relative clause."""
    text = "Samsung Electronics shares soared. The stock closed at 56,700 won on the Kospi, up 5.98 percent from Friday."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-11-18T16:00:00+09:00")).ticker == "005930.KS"


def test_a_name_cut_short_to_its_first_word(extractor):
    """'Pilbara Minerals closed 18.6 per cent higher ... Even after today, Pilbara is still down about 20 per cent over the
    past 12 months': the company named in full before."""
    text = ("Pilbara Minerals closed 18.6 per cent higher at $1.72. Liontown Resources jumped 20 per cent. Even after today, "
            "Pilbara is still down about 20 per cent over the past 12 months.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-02T16:30:00+10:00"))
    assert [c.ticker for c in claims] == ["PLS.AX", "LTR.AX", "PLS.AX"]


def test_a_debut_at_a_discount_and_a_line_named_on_the_bse(extractor):
    """'Stock lists at 1.3% discount'; 'with shares listing at Rs 1,934 on the NSE, a discount of 1.3 percent to the issue
    price': the debut's move down from the offer; 'On the BSE, the stock opened at Rs 1,931, 1.5 percent below the IPO
    price': the BSE line the text points at (Yahoo quotes it under the NSE symbol). A placing's discount is no move."""
    published = dt.datetime.fromisoformat("2024-10-22T10:25:00+05:30")
    text = ("Hyundai Motor India share price LIVE: Stock lists at 1.3% discount, extends losses\n\n"
            "Hyundai Motor India Ltd made a muted stock market debut on October 22, with shares listing at Rs 1,934 on the NSE, "
            "a discount of 1.3 percent to the issue price of Rs 1,960. On the BSE, the stock opened at Rs 1,931, 1.5 percent "
            "below the IPO price.")
    claims = claims_of(extractor, text, published)
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [
        ("HYUNDAI.NS", "down", 1.3), ("HYUNDAI.NS", "down", 1.3), ("HYUNDAI.BO", "down", 1.5)]
    assert claims_of(extractor, "HSBC placed new shares at HK$12.10, a 5% discount to Monday's close.", published) == []


def test_a_movers_item_named_before_the_dash_and_a_figure_the_company_reported(extractor):
    """'Halvane Sports and Outdoors — Shares tumbled 12%': the item's company (unplaced: invented); 'Persimmon is among
    the few risers, up 2.2% after reporting a 9% rise in half-year completions': the 9% is a reported figure."""
    published = dt.datetime.fromisoformat("2024-09-10T12:40:00-04:00")
    claim = only(extractor, "Halvane Sports and Outdoors — Shares tumbled 12% after the retailer cut its outlook.", published)
    assert (claim.entity, claim.ticker) == ("Halvane Sports and Outdoors", None)
    text = "Housebuilder Persimmon is among the few risers, up 2.2% after reporting a 9% rise in half-year completions."
    assert [c.magnitude for c in claims_of(extractor, text, published)] == [2.2]


def test_a_verbless_move_after_an_indexs_clause_and_a_bare_comma_restatement(extractor):
    """A TV close: 'The Nasdaq did even better, up 2.2% on the day, and the Dow finishes with a gain of 124 points, about
    0.3%': the Nasdaq's move ("Nasdaq" needs the context a verbless move gives), and the Dow's in two units."""
    text = "The Nasdaq did even better, up 2.2% on the day, and the Dow finishes with a gain of 124 points, about 0.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-11T16:05:00-04:00"))
    assert [(c.ticker, c.magnitude, c.unit.value, c.hedge) for c in claims] == [
        ("^IXIC", 2.2, "pct", None), ("^DJI", 124.0, "points", None), ("^DJI", 0.3, "pct", "about")]


def test_to_cap_a_weekly_gain_and_the_shanghai_gauge(extractor):
    """'Alibaba added 1.2% to cap a weekly gain of 4.9%': "to cap" is a verb (no market cap) that opens the second move,
    the week's; 'The Shanghai gauge has dropped 9.1% this year' after a CSI 300 move is the Shanghai Composite."""
    published = dt.datetime.fromisoformat("2024-03-08T16:30:00+08:00")
    claims = claims_of(extractor, "Alibaba added 1.2% to cap a weekly gain of 4.9%.", published)
    assert [(c.magnitude, c.kind.value) for c in claims] == [(1.2, "close_change"), (4.9, "cumulative")]
    text = "The Shanghai Composite Index fell 0.5%, and the CSI 300 lost 0.4%. The Shanghai gauge has dropped 9.1% this year."
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["000001.SS", "000300.SS", "000001.SS"]


def test_led_by_a_company_which_rose_and_size_gauges(extractor):
    """'Technology shares climbed 1.2 per cent, led by Shopify Inc., which rose 2.4 per cent': Shopify's move; India's
    'BSE midcap gauge' and 'smallcap index' are gauges the directory lacks, not the Sensex; New York's 'small-cap index'
    is the Russell 2000."""
    text = "Technology shares climbed 1.2 per cent, led by Shopify Inc., which rose 2.4 per cent."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-12T17:30:00-04:00"))[1].entity == "Shopify Inc."
    text = "The Sensex rose 1.8%. In the broader market, the BSE midcap gauge rose 0.9 per cent and the smallcap index added 0.5 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-12T16:00:00+05:30"))
    assert [c.ticker for c in claims] == ["^BSESN", None, None]
    claims = claims_of(extractor, "The S&P 500 rose 1%, while the small-cap index gained 2%.", dt.datetime.fromisoformat("2024-09-12T16:30:00-04:00"))
    assert [c.ticker for c in claims] == ["^GSPC", "^RUT"]


def test_afternoon_is_no_after_and_a_venue_further_along_the_tail(extractor):
    """'RBC shares were up 2.4 per cent at $148.10 in afternoon trading on the Toronto Stock Exchange': "afternoon" does not
    end the clause as "after" would, and the exchange named at its end places the line."""
    text = "RBC shares were up 2.4 per cent at $148.10 in afternoon trading on the Toronto Stock Exchange."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-05-30T14:40:00-04:00")).ticker == "RY.TO"


def test_a_notes_yesterday_section_ends_its_premarket_part(extractor):
    """A morning note's 'Pre-market' section, then 'Yesterday' on a line of its own: 'Continental lost 8.4%' there is
    yesterday's close, not a premarket move."""
    text = ("Pre-market\nIn pre-market trade Rheinmetall is bid 9% higher. Expect defence names to dominate the open.\n\n"
            "Yesterday\nThe DAX closed down 3.5% at 22,327.58, with autos hit hardest: Continental lost 8.4%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-05T08:15:00+01:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("premarket", "2025-03-05"), ("close_change", "2025-03-04"), ("close_change", "2025-03-04")]


def test_a_distance_from_an_offer_price_after_the_debut_day(extractor):
    """'Astera added another 5.6% on Thursday, leaving the stock nearly 82% above its $36 IPO price', after 'a day after
    Astera Labs surged 72% in its own Nasdaq debut': a span since the IPO, its debut the day before; on day two, 'the shares
    remained 28 per cent above the $22 offer price' after 'Thursday's 36 per cent debut surge'."""
    text = ("Reddit soared 48% in its NYSE debut on Thursday. The debut came a day after Astera Labs surged 72% in its own "
            "Nasdaq debut. Astera added another 5.6% on Thursday, leaving the stock nearly 82% above its $36 IPO price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-21T17:00:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims][-1] == ("ALAB", "cumulative", "2024-03-21")
    text = ("GYG gives back some debut gains\n\nShares in Guzman y Gomez fell 6.2 per cent on Friday, handing back part of "
            "Thursday's 36 per cent debut surge. At Friday's close, the shares remained 28 per cent above the $22 offer price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-21T17:10:00+10:00"))
    assert [(c.magnitude, c.kind.value) for c in claims] == [(6.2, "close_change"), (36.0, "close_change"), (28.0, "cumulative")]


def test_south_of_the_border_is_an_aside_and_a_hedge_before_an_article(extractor):
    """A Toronto TV check-in: 'South of the border, the S&P 500 is off 0.6 per cent' is an aside; 'Shopify is down another
    3 per cent today' is still the Toronto line, and 'holding about an 8 per cent gain now' keeps its "about"."""
    text = ("The TSX is down 96 points, or 0.4 per cent, at 25,548. South of the border, the S&P 500 is off 0.6 per cent.\n\n"
            "REPORTER: Shopify is down another 3 per cent today. Lightspeed Commerce is holding about an 8 per cent gain now.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-12T12:20:00-05:00"))
    assert [(c.ticker, c.hedge) for c in claims][-3:] == [("^GSPC", None), ("SHOP.TO", None), ("LSPD.TO", "about")]


def test_a_count_of_losses_and_a_span_since_then(extractor):
    """'fell 1.2% to 4,437.86 for its third loss in four days': the day's move; 'surged 24% on Dec. 18 ..., and have lost
    about 15% since then': a span from Dec. 18 to now."""
    claim = only(extractor, "The S&P 500 fell 1.2% to 4,437.86 for its third loss in four days.", dt.datetime.fromisoformat("2023-08-15T16:30:00-04:00"))
    assert claim.kind.value == "close_change"
    text = "Nissan shares surged 24% on Dec. 18 when the talks were first reported, and have lost about 15% since then."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-06T15:30:00+09:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2024-12-18"), ("cumulative", "2025-02-06")]


def test_an_offer_price_in_a_preposition_and_a_participle_aside_after_name_shares(extractor):
    """'The shares opened at 1,440 yen, just below the offer price, but turned higher and rose as much as 16%': the shares'
    move, the offer price only a mark; 'Puig shares, priced at 24.50 euros in the May 3 listing, closed Tuesday 1.2%
    higher': the aside between the shares and their move is set aside."""
    text = ("Kioxia Holdings debuted. The shares opened at 1,440 yen, just below the offer price, but turned higher and rose "
            "as much as 16% to 1,690 yen in the afternoon.")
    assert only(extractor, text, dt.datetime.fromisoformat("2024-12-18T15:30:00+09:00")).ticker == "285A.T"
    text = "Puig shares, priced at 24.50 euros in the May 3 listing, closed Tuesday 1.2% higher at 26.10 euros before the results."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-07-24T18:00:00+02:00")).ticker == "PUIG.MC"


def test_a_table_of_bare_numbers_under_a_percent_change_heading(extractor):
    """A movers table printed without "%": 'Southwest Airlines   28.88   +1.24   +4.49' under 'Close  Chg  %Chg' is a
    4.49% move; the Chg column's dollars are left alone."""
    text = ("GAINERS\n                             Close       Chg     %Chg\n"
            "Southwest Airlines           28.88     +1.24    +4.49\n"
            "Ford Motor                   11.18     -2.51   -18.34\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-25T17:00:00-04:00"))
    assert [(c.ticker, c.direction.value, c.magnitude, c.unit.value) for c in claims] == [
        ("LUV", "up", 4.49, "pct"), ("F", "down", 18.34, "pct")]


def test_a_week_after_a_day_runs_to_the_weeks_latest_session(extractor):
    """'The S&P/BMV IPC index plunged 6.1% on Monday, ... and ended the week down 4.3%': Monday is the plunge's; the week
    runs to Friday."""
    text = "The S&P/BMV IPC index plunged 6.1% on Monday, its steepest fall since March 2020, and ended the week down 4.3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-07T19:00:00-03:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2024-06-03"), ("cumulative", "2024-06-07")]


def test_a_stat_box_line_gives_a_name_that_is_also_a_word_its_context(extractor):
    """A stat box's 'Dow Jones: down 0.3% at 38,520.12': "Dow Jones" (also a publisher) is the index here."""
    claim = only(extractor, "Dow Jones: down 0.3% at 38,520.12", dt.datetime.fromisoformat("2024-05-17T17:45:00+01:00"))
    assert (claim.ticker, claim.level) == ("^DJI", 38520.12)


def test_moves_after_a_frame_naming_the_regular_session(extractor):
    """After the bell: 'The after-hours moves followed a strong regular session: the S&P 500 closed up 0.7% at 5,973.10 and
    the Nasdaq Composite rose 1.5%': both are the regular session's closes, though the frame names after hours."""
    text = ("Expedia Group shares jumped 12% in extended trading Thursday.\n\nThe after-hours moves followed a strong regular "
            "session: the S&P 500 closed up 0.7% at 5,973.10 and the Nasdaq Composite rose 1.5%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-07T17:05:00-05:00"))
    assert [c.kind.value for c in claims] == ["after_hours", "close_change", "close_change"]


def test_a_debut_discount_after_the_figure_and_a_companys_fiscal_half(extractor):
    """'The stock listed at Rs 1,931, a 1.5% discount to the issue price, and slid as much as 7.8%': both the debut's moves;
    'after Nike warned of lower revenue in the first half of its next fiscal year: Adidas lost 2.6%': a company's period,
    no span for the moves after the colon."""
    text = ("Hyundai Motor India debuted. The stock listed at Rs 1,931, a 1.5% discount to the issue price of Rs 1,960, and slid "
            "as much as 7.8% to Rs 1,807 in afternoon trade.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-22T18:10:00+05:30"))
    assert [(c.direction.value, c.magnitude, c.kind.value) for c in claims] == [("down", 1.5, "close_change"), ("down", 7.8, "intraday_low")]
    text = "Sporting goods makers were weak after Nike warned of lower revenue in the first half of its next fiscal year: Adidas lost 2.6%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-03-22T11:00:00+01:00")).kind.value == "intraday_current"


def test_a_filings_move_in_the_price_of_the_companys_shares(extractor):
    """An HKEX filing: 'The Board has noted today's decrease of 14.2% in the closing price of the H shares of the Company':
    the defined issuer's move."""
    text = ('Laopu Gold Co., Ltd. (the "Company") announces. The Board has noted today\'s decrease of 14.2% in the closing '
            "price of the H shares of the Company.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T19:00:00+08:00"))
    assert (claim.ticker, claim.direction.value, claim.kind.value) == ("6181.HK", "down", "close_change")


def test_a_stat_boxs_arrow_is_a_sign(extractor):
    """'TASI: 11,593.07 | ▼ 104.52 pts': the arrow is the move's sign."""
    claim = only(extractor, "TASI: 11,593.07 | \u25bc 104.52 pts", dt.datetime.fromisoformat("2024-06-09T16:00:00+03:00"))
    assert (claim.ticker, claim.direction.value, claim.magnitude, claim.unit.value) == ("^TASI.SR", "down", 104.52, "points")


def test_its_shares_after_a_long_phrase_still_find_the_name_before(extractor):
    """'Analysts scrambled to catch up with Shopify Inc. after the e-commerce platform's third-quarter results sent its
    Toronto-listed shares soaring 21% on Tuesday': "its" is Shopify's, though the name stands far before the shares."""
    text = ("Analysts scrambled to catch up with Shopify Inc. after the e-commerce platform's third-quarter results sent its "
            "Toronto-listed shares soaring 21% on Tuesday.")
    assert only(extractor, text, dt.datetime.fromisoformat("2024-11-13T11:30:00-05:00")).ticker == "SHOP.TO"


def test_a_list_of_after_hours_movers_under_its_headline(extractor):
    """Under 'Stocks making the biggest moves after hours: ...', an item's bare 'popped 7%' is the late session's; a
    paragraph opened on the regular session ('Earlier, in the regular session, ...') is not, nor is 'had tumbled 5.3%
    during the day's selloff', which is the session's close said after it."""
    text = ("Stocks making the biggest moves after hours: AMD, Starbucks and more\n\n"
            "Advanced Micro Devices \u2014 Shares of the chipmaker popped 7% on strong data-center sales. The stock had tumbled "
            "5.3% during the day's selloff.\n\nStarbucks \u2014 The coffee chain rose 3.5%.\n\n"
            "Earlier, in the regular session, chip stocks took a beating. Nvidia lost 7%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-30T16:40:00-04:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [
        ("AMD", 7, "after_hours"), ("AMD", 5.3, "close_change"), ("SBUX", 3.5, "after_hours"), ("NVDA", 7, "close_change")]


def test_a_paragraph_opened_on_what_a_company_said_of_itself_is_about_it(extractor):
    """'Microsoft said Azure revenue grew 31% .... Its shares have added about 6% so far this year', after a paragraph on
    Meta: Microsoft's shares. 'JPMorgan said a recovery in Diageo's US business ... The shares have fallen 17%' stays
    Diageo's."""
    published = dt.datetime.fromisoformat("2025-01-30T07:50:00-05:00")
    text = ("Meta Platforms rose 4.1% in premarket trading. The stock closed up 1.6% on Wednesday.\n\n"
            "Microsoft said Azure revenue grew 31% in the December quarter. Its shares have added about 6% so far this year.")
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["META", "META", "MSFT"]
    text = ("Diageo fell 1% on Monday.\n\nJPMorgan said a recovery in Diageo's US spirits business is taking longer than "
            "expected. The shares have fallen 17% so far this year.")
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["DGE.L", "DGE.L"]


def test_restatements_after_a_level_and_in_a_speakers_words(extractor):
    """'Rolls-Royce was up 17.5p at 200.9p, or 9.5%': the percentage restates the move, past the level; 'The Dow is now
    down 720 points, that's about 1.7%': so does a speaker's "that's"."""
    published = dt.datetime.fromisoformat("2024-08-01T12:10:00+01:00")
    claims = claims_of(extractor, "Rolls-Royce was up 17.5p at 200.9p, or 9.5%.", published)
    assert [(c.ticker, c.magnitude, c.unit.value, c.level) for c in claims] == [("RR.L", 17.5, "currency", 200.9), ("RR.L", 9.5, "pct", 200.9)]
    claims = claims_of(extractor, "The Dow is now down 720 points, that's about 1.7%, on pace for a tenth straight loss.",
                       dt.datetime.fromisoformat("2024-12-18T15:10:00-05:00"))
    assert [(c.ticker, c.magnitude, c.unit.value, c.hedge) for c in claims] == [("^DJI", 720, "points", None), ("^DJI", 1.7, "pct", "about")]


def test_a_markets_shares_close_in_a_present_tense_headline(extractor):
    """'(LEAD) Seoul shares close 1.4 pct lower after short-lived martial law': the Kospi's close."""
    claim = only(extractor, "(LEAD) Seoul shares close 1.4 pct lower after short-lived martial law",
                 dt.datetime.fromisoformat("2024-12-04T16:10:00+09:00"))
    assert (claim.ticker, claim.direction.value, claim.kind.value) == ("^KS11", "down", "close_change")


def test_a_move_noun_in_the_companys_named_line(extractor):
    """'The move follows a 14.3% surge in the company's American depositary shares overnight in New York', in a Hong
    Kong report on Alibaba: the ADRs' move, on the U.S. session before."""
    text = ("Alibaba Group's Hong Kong-listed shares closed up 12.3% at HK$93.50 on Wednesday. The move follows a 14.3% surge "
            "in the company's American depositary shares overnight in New York.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-03-29T16:30:00+08:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("9988.HK", "2023-03-29"), ("BABA", "2023-03-28")]


def test_a_day_after_the_stock_plunged_is_the_session_before_whatever_the_halt_was(extractor):
    """'Trading in parent SVB Financial was halted before the open, a day after the stock plunged 60%': the close of
    the session before, not a premarket move; and the delisted company the sentence names is its subject."""
    claim = only(extractor, "Trading in parent SVB Financial was halted before the open, a day after the stock plunged 60% when "
                 "the bank disclosed a loss.", dt.datetime.fromisoformat("2023-03-10T18:30:00-05:00"))
    assert (claim.entity, claim.ticker, claim.kind.value, claim.date.isoformat()) == ("SVB Financial", None, "close_change", "2023-03-09")


def test_evening_trading_in_tokyo_and_tradegate_after_the_xetra_close_are_after_hours(extractor):
    """'In evening trading on Japannext, Advantest rose 5.1%' and 'gained 4% in late trading on Tradegate after the Xetra
    close' are late-session moves; Europe's bare 'in late trading' stays the regular session's last hours."""
    claim = only(extractor, "In evening trading on Japannext, Advantest rose 5.1% after the Nvidia numbers.",
                 dt.datetime.fromisoformat("2024-02-22T08:20:00+09:00"))
    assert (claim.kind.value, claim.date.isoformat()) == ("after_hours", "2024-02-21")
    published = dt.datetime.fromisoformat("2025-03-05T08:15:00+01:00")
    claim = only(extractor, "Rheinmetall had already gained 4% in late trading on Tradegate after the Xetra close.", published)
    assert (claim.kind.value, claim.date.isoformat()) == ("after_hours", "2025-03-04")
    assert only(extractor, "The DAX was up 0.6% in late trading on Tuesday.", published).kind.value == "close_change"


def test_a_bulleted_opening_span_and_a_cumulative_figure(extractor):
    """A filing's '- Over the past five trading days, the Company's share price has risen a cumulative 61.05%, while the
    Shanghai Composite Index rose 21.37% over the same period': both moves are the five sessions'."""
    text = ('Tianfeng Securities Co., Ltd. (the "Company") announces.\n\n- Over the past five trading days, the Company\'s share '
            "price has risen a cumulative 61.05%, while the Shanghai Composite Index rose 21.37% over the same period.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-30T19:40:00+08:00"))
    assert [(c.ticker, c.kind.value, c.sessions) for c in claims] == [("601162.SS", "cumulative", 5), ("000001.SS", "cumulative", 5)]


def test_a_notes_yesterday_label_ends_its_premarket_part(extractor):
    """A morning note's 'Pre-open: ... Heidelberg Materials is up 7.5% in pre-market trade.' then 'Yesterday: The DAX closed
    3.5% lower. Auto stocks fell sharply: Continental lost 8.4%': the label's paragraph is the last session's."""
    text = ("Pre-open: The DAX is indicated higher. On Tradegate, Heidelberg Materials is up 7.5% in pre-market trade.\n\n"
            "Yesterday: The DAX closed 3.5% lower at 22,326.81. Auto stocks fell sharply: Continental lost 8.4%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-05T08:15:00+01:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("HEI.DE", "premarket", "2025-03-05"), ("^GDAXI", "close_change", "2025-03-04"), ("CON.DE", "close_change", "2025-03-04")]


def test_a_speaker_sets_the_scene_day(extractor):
    """A podcast's 'BEN: Monday was wild. The Nikkei collapsed 12.4%': Monday's move, said on a Saturday."""
    claims = claims_of(extractor, "BEN: Monday was wild. The Nikkei collapsed 12.4%, its worst day since 1987.",
                       dt.datetime.fromisoformat("2024-08-10T09:00:00-04:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("^N225", "2024-08-05")]


def test_a_may_review_in_capitals(extractor):
    """'HONG KONG STOCKS - MAY IN REVIEW', sent on June 1: 'Tencent added 7.0%.' is May's move (the month's name in capitals
    is no modal verb)."""
    text = "HONG KONG STOCKS - MAY IN REVIEW\n\nProperty developers led the gains. Tencent added 7.0%."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-01T10:00:00+08:00"))
    assert (claim.kind.value, claim.start_date.isoformat(), claim.date.isoformat()) == ("cumulative", "2024-05-02", "2024-05-31")


def test_a_product_named_in_a_metrics_phrase_is_no_company(extractor):
    """'GSK shares have dropped 3.8% after sales of its RSV vaccine Arexvy fell 72%': the vaccine's sales, no price."""
    claim = only(extractor, "GSK shares have dropped 3.8% after sales of its RSV vaccine Arexvy fell 72% in the third quarter.",
                 dt.datetime.fromisoformat("2024-10-30T12:00:00+00:00"))
    assert (claim.ticker, claim.magnitude) == ("GSK.L", 3.8)


def test_a_name_after_the_topics_own_move_does_not_take_the_topic(extractor):
    """'Nvidia was the most valuable company. On Tuesday its shares rose 3.5%, nudging Microsoft out of the top spot. By the
    weekend the stock lost 3.5% on Thursday': Nvidia's stock still."""
    text = ("Nvidia was the most valuable company on the planet. On Tuesday its shares rose 3.5% to $135.58, nudging Microsoft "
            "out of the top spot. By the weekend the crown had slipped: the stock lost 3.5% on Thursday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-23T08:00:00-04:00"))
    assert [c.ticker for c in claims] == ["NVDA", "NVDA"]


def test_the_lead_that_names_the_market_comes_after_a_short_headline_and_byline(extractor):
    """'Five minutes with ... / Naledi Khumalo / 'SA Inc still has room to run' / Wednesday, 6 November 2024, 18:30 / The JSE
    had a rough day ...': the lead is about Johannesburg, so its 'all share' is the JSE's index."""
    text = ("Five minutes with ...\nNaledi Khumalo\n'SA Inc still has room to run'\nWednesday, 6 November 2024, 18:30\n\n"
            "The JSE had a rough day as the rand weakened. We asked an investor what it means.\n\n"
            "A: Not that bad. The all share closed down about 1.1% today.")
    assert only(extractor, text, dt.datetime.fromisoformat("2024-11-06T18:30:00+02:00")).ticker == "^J203.JO"


def test_a_fronted_participle_is_the_main_subjects_move_with_its_own_span(extractor):
    """'After falling 5% last week, Nvidia rose 2%', 'Having lost 30% since March, Intel shares rallied 4%', 'even after jumping
    12% in December, the Russell 2000 is up only about 15% this year': the clause's move is the main subject's, over
    its own span, which the main move does not take."""
    published = dt.datetime.fromisoformat("2023-12-18T06:00:00-05:00")
    claims = claims_of(extractor, "After falling 5% last week, Nvidia rose 2%.", published)
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("NVDA", 5, "cumulative"), ("NVDA", 2, "close_change")]
    claims = claims_of(extractor, "Having lost 30% since March, Intel shares rallied 4%.", published)
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("INTC", 30, "cumulative"), ("INTC", 4, "close_change")]
    claims = claims_of(extractor, "The opportunity is elsewhere: even after jumping 12% in December, the Russell 2000 is up only "
                       "about 15% this year.", published)
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("^RUT", 12, "cumulative"), ("^RUT", 15, "ytd")]


def test_its_after_a_speaker_and_its_apposition_is_the_speakers(extractor):
    """'Vivendi, TIM's largest shareholder with a 23.75% stake, said it would appeal; its shares were up 0.6% in Paris':
    Vivendi's shares, not TIM's, whose name stands in the apposition."""
    text = ("Vivendi, TIM's largest shareholder with a 23.75% stake, said it would use every legal avenue to challenge the "
            "decision; its shares were up 0.6% in Paris.")
    assert only(extractor, text, dt.datetime.fromisoformat("2023-11-06T13:00:00+01:00")).ticker == "VIV.PA"


def test_a_day_after_a_debut_in_which_the_stock_soared(extractor):
    """'Circle Internet Group (CRCL) isn't cooling off. Shares of the USDC stablecoin issuer were up 24% ..., a day after a
    debut in which the stock soared 168% from its $31 IPO price': the described issuer is Circle, and the 168% is the
    debut session's close."""
    text = ("Circle Internet Group (CRCL) isn't cooling off. Shares of the USDC stablecoin issuer were up 24% at $103.20 late in "
            "the morning, a day after a debut in which the stock soared 168% from its $31 IPO price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-06T11:45:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("CRCL", "intraday_current", "2025-06-06"), ("CRCL", "close_change", "2025-06-05")]


def test_a_ticker_before_a_title_case_verb(extractor):
    """A headline's 'NYCB Plunges 38%, Reviving Regional-Bank Fears': the bare symbol's move."""
    claim = only(extractor, "NYCB Plunges 38%, Reviving Regional-Bank Fears", dt.datetime.fromisoformat("2024-01-31T16:50:00-05:00"))
    assert (claim.ticker, claim.kind.value) == ("NYCB", "close_change")


def test_since_a_debut_last_week_runs_to_now(extractor):
    """'have soared about 250% since their debut last week': the span since the debut, up to the latest session, not last
    week's; likewise 'since their debut in Zurich last month'."""
    claim = only(extractor, "Shares of Circle Internet Group have soared about 250% since their debut last week.",
                 dt.datetime.fromisoformat("2025-06-11T21:10:00-04:00"))
    assert (claim.kind.value, claim.date.isoformat(), claim.start_date) == ("cumulative", "2025-06-11", None)
    claim = only(extractor, "Galderma Group AG's shares have gained more than 30% since their debut in Zurich last month.",
                 dt.datetime.fromisoformat("2024-04-26T09:40:00+02:00"))
    assert (claim.kind.value, claim.date.isoformat()) == ("cumulative", "2024-04-26")  # Zurich is trading


def test_a_participles_subject_is_the_company_the_sentence_opens_on(extractor):
    """'The company listed in Frankfurt in June 2021 at 23 euros per share and closed on Tuesday at 4.96 euros, having fallen
    about 78% since the IPO': the topic's move ("23 euros per share" is a price, no metric)."""
    text = ("About You shares were indicated 31% higher in pre-market trading on Tradegate. The company listed in Frankfurt in "
            "June 2021 at 23 euros per share and closed on Tuesday at 4.96 euros, having fallen about 78% since the IPO.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-11T08:15:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("YOU.DE", 31, "premarket"), ("YOU.DE", 78, "cumulative")]


def test_a_move_restating_an_extremes_level_keeps_its_hedge(extractor):
    """'touched as much as $31.45, up 43 per cent': the intraday high, as much as 43%."""
    claim = only(extractor, "Guzman y Gomez opened at $30 and touched as much as $31.45, up 43 per cent, before easing.",
                 dt.datetime.fromisoformat("2024-06-20T16:45:00+10:00"))
    assert (claim.kind.value, claim.hedge) == ("intraday_high", "as much as")


def test_as_high_as_a_price_is_a_level_not_a_move(extractor):
    """'The stock opened at 1,630 yen and climbed as high as 1,774 yen': the price reached, no move in yen."""
    text = "Tokyo Metro debuted. The stock opened at 1,630 yen and climbed as high as 1,774 yen in the morning session."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-23T16:00:00+09:00")) == []


def test_it_after_a_linking_word_is_the_last_moves_subject(extractor):
    """'... but the index still lost 3.6% in July. Even so, it is up 23.8% so far this year.': the Taiex."""
    text = ("The Taiex closed down 0.5% at 22,199.35 on Wednesday, but the index still lost 3.6% in July. Even so, it is up 23.8% "
            "so far this year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-31T16:10:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^TWII", "close_change"), ("^TWII", "cumulative"), ("^TWII", "ytd")]


def test_a_metric_word_past_the_move_nouns_phrase_is_not_its_object(extractor):
    """'bucked the trend with a 9.6% gain in July on demand for liquid cooling': July's gain; "demand" belongs to the reason
    after it. ('a 12% rise in revenue' stays a metric.)"""
    published = dt.datetime.fromisoformat("2024-07-31T16:10:00+08:00")
    claim = only(extractor, "Asia Vital Components bucked the trend with a 9.6% gain in July on demand for liquid cooling.", published)
    assert (claim.ticker, claim.kind.value) == ("3017.TW", "cumulative")
    assert claims_of(extractor, "Asia Vital Components reported a 12% rise in revenue.", published) == []


def test_a_filings_move_between_two_named_days_of_its_heading_company(extractor):
    """An abnormal-fluctuation notice headed 'Kunlun Tech Co., Ltd.' that speaks of "the Company" without defining it:
    'The Company's share price has risen by 70.9% from February 19, 2024 to February 28, 2024' is Kunlun Tech's move
    over those days."""
    text = ("Kunlun Tech Co., Ltd.\nAnnouncement on Abnormal Fluctuations in Stock Trading\n\nThe Company and the Board "
            "guarantee the information is true.\n\n1. The Company's share price has risen by 70.9% from February 19, 2024 to "
            "February 28, 2024.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-02-28T20:30:00+08:00"))
    assert (claim.ticker, claim.kind.value, claim.start_date.isoformat(), claim.date.isoformat()) == (
        "300418.SZ", "cumulative", "2024-02-19", "2024-02-28")
    claim = only(extractor, "Nvidia rose 12% from 19 February 2024 to 23 February 2024.", dt.datetime.fromisoformat("2024-02-28T20:30:00+08:00"))
    assert (claim.start_date.isoformat(), claim.date.isoformat()) == ("2024-02-16", "2024-02-23")  # Feb 19 was a holiday


def test_a_gain_added_to_net_asset_value_is_no_price_move(extractor):
    """'bought back 12.6 million of its own shares at 853p, adding an estimated 0.1% to net asset value per share'."""
    text = ("Scottish Mortgage Investment Trust fell 2% in October. During the month the Company bought back 12.6 million of "
            "its own shares at an average price of 853p, adding an estimated 0.1% to net asset value per share.")
    assert [c.magnitude for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-12T09:00:00+00:00"))] == [2]


def test_an_example_named_after_including_owns_its_relative_clauses_move(extractor):
    """'... producers have risen sharply, including Pilbara Minerals, which has gained more than 20% since the close on
    Monday, 9 September 2024': Pilbara's move since that close."""
    text = ("Shares of other ASX-listed lithium producers have risen sharply, including Pilbara Minerals, which has gained more "
            "than 20% since the close on Monday, 9 September 2024.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-11T13:10:00+10:00"))
    assert (claim.ticker, claim.kind.value, claim.start_date.isoformat(), claim.date.isoformat()) == (
        "PLS.AX", "cumulative", "2024-09-09", "2024-09-11")


def test_a_ranges_dash_is_no_sign(extractor):
    """'cutting its forecast for sales growth to 5%-7%, from 8%-10%': two ranges, no moves of -7% and -10%."""
    text = "Edwards Lifesciences had its worst day on record after cutting its forecast for sales growth to 5%-7%, from 8%-10%."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-25T17:00:00-04:00")) == []


def test_a_fronted_including_phrase_is_the_main_subjects_move(extractor):
    """'Including Friday's 0.6% advance, the German benchmark is up 13% so far this year': Friday's move is the DAX's."""
    text = "European stocks rose, with the DAX gaining 3.8%. Including Friday's 0.6% advance, the German benchmark is up 13% so far this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-28T18:30:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims][1:] == [("^GDAXI", 0.6, "close_change"), ("^GDAXI", 13, "ytd")]


def test_an_index_named_as_a_yardstick_leaves_the_next_company_at_home(extractor):
    """A European review: '... the German benchmark is up 13% this year, several times the gain in the S&P 500. ... Novo
    Nordisk ended the month down 5%': Copenhagen's line, not the U.S. one."""
    text = ("European stocks rose in February, with the DAX gaining 3.8%. The German benchmark is up 13% so far this year, "
            "several times the gain in the S&P 500.\n\nNovo Nordisk ended the month down 5% after guiding to slower sales growth.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-28T18:30:00+01:00"))
    assert [c.ticker for c in claims] == ["^GDAXI", "^GDAXI", "NOVO-B.CO"]


def test_our_holding_in_an_apposition_is_no_metric(extractor):
    """A fund letter's 'Alphabet, our second-largest holding, gained 9% in the quarter': Alphabet's move."""
    claim = only(extractor, "Alphabet, our second-largest holding, gained 9% in the quarter.", dt.datetime.fromisoformat("2023-10-01T10:00:00-04:00"))
    assert (claim.ticker, claim.kind.value) == ("GOOGL", "cumulative")


def test_a_gapped_figures_own_sign_says_its_direction(extractor):
    """'Premarket: Uber -5.4% on softer bookings; Roblox +15%': Roblox is up."""
    claims = claims_of(extractor, "\u2022 Premarket: Uber -5.4% on softer bookings; Roblox +15% on daily active users of 88.9 million.",
                       dt.datetime.fromisoformat("2024-10-31T06:30:00-04:00"))
    assert [(c.ticker, c.direction.value) for c in claims] == [("UBER", "down"), ("RBLX", "up")]


def test_a_nordic_tables_class_letter_names_the_line(extractor):
    """'SSAB B   57.18   +1.9%', 'Investor B   290.55   +0.5%': the B shares, and the letter is context enough for a name
    that is also a word."""
    text = "Share                  SEK      Chg\nInvestor B          290.55    +0.5%\nSSAB B               57.18    +1.9%"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-12T17:50:00+02:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("INVE-B.ST", 0.5), ("SSAB-B.ST", 1.9)]


def test_a_speakers_opening_span_frames_the_moves(extractor):
    """A podcast's 'MAYA: For the week, the S&P fell 2.5% and the Nasdaq dropped 2.6%. The Dow lost 2.1%.': the week's."""
    text = "MAYA: For the week, the S&P fell 2.5% and the Nasdaq dropped 2.6%. The Dow lost 2.1%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-10-28T06:00:00-04:00"))
    assert [c.kind.value for c in claims] == ["cumulative"] * 3


def test_a_gapped_index_whose_name_ends_in_a_number(extractor):
    """'On Wall Street, Nvidia fell 4.7%, Applied Materials 10.7% and the S&P 500 0.8%': three moves, the verb said once."""
    claims = claims_of(extractor, "On Wall Street, Nvidia fell 4.7%, Applied Materials 10.7% and the S&P 500 0.8%.",
                       dt.datetime.fromisoformat("2024-10-16T07:45:00+02:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("NVDA", 4.7), ("AMAT", 10.7), ("^GSPC", 0.8)]


def test_a_year_end_review_under_a_desks_banner(extractor):
    """'THE CLOSING BELL | Tuesday, December 31, 2024 | 5:30 PM ET / 2024 in the rearview: ...': 'Intel lost 60%' is the
    year's move; so under '2023 IN NUMBERS: How the world's stock markets finished the year'."""
    text = ("THE CLOSING BELL | Tuesday, December 31, 2024 | 5:30 PM ET\n\n2024 in the rearview: AI, quantum and a lot of "
            "Palantir\n\nThe losers' list was full of fallen blue chips. Intel lost 60% as its turnaround stalled.")
    assert only(extractor, text, dt.datetime.fromisoformat("2024-12-31T17:30:00-05:00")).kind.value == "ytd"
    text = "2023 IN NUMBERS: How the world's stock markets finished the year\n\nThe rally was narrow. Meta Platforms rose 194%."
    assert only(extractor, text, dt.datetime.fromisoformat("2023-12-30T07:00:00-05:00")).kind.value == "ytd"


def test_the_extended_session_and_a_closing_paragraph_under_an_after_hours_headline(extractor):
    """'After-hours movers: ...': 'rocketed 28% in the extended session' is late; a paragraph opened on 'Earlier, stocks
    finished higher ...' holds the regular session's closes ('the Nasdaq Composite jumped 1.5%')."""
    text = ("After-hours movers: Upstart soars, Pinterest slides\n\nShares of Upstart Holdings Inc. rocketed 28% in the extended "
            "session Thursday after the platform swung to a profit.\n\nEarlier, stocks finished higher after the Federal Reserve "
            "cut its benchmark rate. The S&P 500 closed up 0.7% and the Nasdaq Composite jumped 1.5%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-07T17:10:00-05:00"))
    assert [c.kind.value for c in claims] == ["after_hours", "close_change", "close_change"]


def test_after_a_days_move_the_main_subject_owns_it(extractor):
    """'After Friday's 2.4% slide, the Nasdaq is down more than 15% from its July 10 record': Friday's close, then the
    span since the record."""
    claims = claims_of(extractor, "After Friday's 2.4% slide, the Nasdaq is down more than 15% from its July 10 record.",
                       dt.datetime.fromisoformat("2024-08-05T09:50:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^IXIC", "close_change", "2024-08-02"), ("^IXIC", "cumulative", "2024-08-05")]


def test_a_described_seller_opening_the_sentence_owns_the_participles_move(extractor):
    """'The bubble-tea and ice-cream seller opened at HK$262 and extended gains through the afternoon, rising as much as
    47.7 percent': Mixue's intraday high."""
    text = ("Mixue Group soared in its debut. The bubble-tea and ice-cream seller opened at HK$262 and extended gains through "
            "the afternoon, rising as much as 47.7 percent before some early subscribers cashed in.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-03T17:05:00+08:00"))
    assert (claim.ticker, claim.kind.value) == ("2097.HK", "intraday_high")


def test_a_month_to_date_state_is_no_wrap_of_the_month(extractor):
    """'The benchmark is still down 2.2 per cent for the month. The All Ordinaries added 0.4 per cent.': the day's move."""
    text = "The S&P/ASX 200 rose 0.5 per cent. The benchmark is still down 2.2 per cent for the month. The All Ordinaries added 0.4 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-08-22T16:55:00+10:00"))
    assert [c.kind.value for c in claims] == ["close_change", "cumulative", "close_change"]


def test_a_city_opening_the_sentence_as_its_market(extractor):
    """A broker note's 'London closed 1.3% lower at 8,759.00 yesterday': the FTSE 100."""
    claim = only(extractor, "London closed 1.3% lower at 8,759.00 yesterday as US tariffs took effect.",
                 dt.datetime.fromisoformat("2025-03-05T07:30:00+00:00"))
    assert (claim.ticker, claim.kind.value, claim.date.isoformat()) == ("^FTSE", "close_change", "2025-03-04")


def test_a_numeric_code_in_brackets_names_the_line(extractor):
    """A Hong Kong note's 'Alibaba (9988) ... is still up 58% year-to-date': the Hong Kong line, not the ADRs."""
    claim = only(extractor, "Alibaba (9988) is still up 58% year-to-date.", dt.datetime.fromisoformat("2025-02-21T08:30:00+08:00"))
    assert claim.ticker == "9988.HK"


def test_the_following_day_after_a_sentence_whose_move_was_dated(extractor):
    """'The Nikkei's 12.4% plunge on Aug. 5 ... followed the Bank of Japan's July 31 rate increase. ... It rebounded 10.2%
    the following day': the session after Aug. 5, the day of the move, not after July 31."""
    text = ("The Nikkei's 12.4% plunge on Aug. 5, its worst day since 1987, followed the Bank of Japan's July 31 rate increase "
            "to 0.25%. Markets were shaken. It rebounded 10.2% the following day.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-30T16:30:00+09:00"))
    assert [c.date.isoformat() for c in claims] == ["2024-08-05", "2024-08-06"]


def test_a_limits_apposition_does_not_cut_the_moves_day_off(extractor):
    """'The stock soared 500 yen, the daily limit, to 2,680.5 yen on Aug. 19': Aug. 19's move."""
    text = "Seven & i Holdings led. The stock soared 500 yen, the daily limit, to 2,680.5 yen on Aug. 19 after a takeover proposal."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-08-30T16:30:00+09:00")).date.isoformat() == "2024-08-19"


def test_holdings_closing_a_name_is_no_metric(extractor):
    """'Shares of Golden Lotus Biotech Holdings soared 148 per cent on Tuesday': the unplaced company's move."""
    claim = only(extractor, "Shares of Golden Lotus Biotech Holdings soared 148 per cent on Tuesday to close at HK$1.39.",
                 dt.datetime.fromisoformat("2025-03-19T08:30:00+08:00"))
    assert (claim.entity, claim.magnitude, claim.kind.value) == ("Golden Lotus Biotech Holdings", 148, "close_change")


def test_a_notes_new_section_ends_a_premarket_passage_its_body_began(extractor):
    """A morning note: '... Pre-market indications point to ASML opening higher. We stay at Buy. / Contagion / ASM
    International dropped 7.8% in Amsterdam': yesterday's close, under a new section."""
    text = ("MORNING NOTE\n\nASML: the day after\nASML fell 16% yesterday. Pre-market indications this morning point to ASML "
            "opening higher. We cut our target.\n\nContagion\nASM International dropped 7.8% in Amsterdam.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-16T07:45:00+02:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims][-1] == ("ASM.AS", "close_change", "2024-10-15")


def test_a_paragraph_opened_on_yesterday_ends_a_premarket_passage(extractor):
    """'Bunzl: ... Shares indicated 3% lower pre-market. / Croda: Yesterday's trading update cut guidance. The shares fell
    212p to 2,968p': Croda's close yesterday."""
    text = ("MORNING NOTE\n\nBunzl: Profit rose. Shares indicated 3% lower pre-market. Final dividend of 51.8p.\n\n"
            "Croda: Yesterday's trading update cut full-year sales growth guidance. The shares fell 212p to 2,968p.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-05T07:30:00+00:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("premarket", "2025-03-05"), ("close_change", "2025-03-04")]


def test_a_metric_word_describing_the_company_and_a_spun_off_apposition(extractor):
    """'Airbnb - Shares of the home rental company dropped 9%': "home" describes the company; 'Sandoz, spun off from
    Novartis in October, gained 2.4%': the apposition's company is not the subject."""
    text = "Stocks making the biggest moves premarket: Airbnb\n\nAirbnb - Shares of the home rental company dropped 9% after a warning."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-08-07T07:40:00-04:00")).ticker == "ABNB"
    text = "Generic drugmaker Sandoz, spun off from Novartis in October, gained 2.4%."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-02-15T17:55:00+01:00")).ticker == "SDZ.SW"


def test_from_a_weekdays_close_is_a_span_unless_it_is_the_session_before(extractor):
    """Written on a Friday, 'has rebounded 7.6% from Tuesday's close' is the span since Tuesday; 'up 22.7% from Friday's
    close', said on Monday, is Monday's move."""
    claim = only(extractor, "The S&P 500 has rebounded 7.6% from Tuesday's close.", dt.datetime.fromisoformat("2025-04-11T16:35:00-04:00"))
    assert (claim.kind.value, claim.start_date.isoformat()) == ("cumulative", "2025-04-08")
    claim = only(extractor, "Seven & i was quoted at 2,198 yen, up 22.7% from Friday's close.", dt.datetime.fromisoformat("2024-08-19T10:30:00+09:00"))
    assert (claim.kind.value, claim.date.isoformat()) == ("intraday_current", "2024-08-19")


def test_even_after_a_days_gain_and_a_year_end_leads_headline(extractor):
    """'Even after Tuesday's 2.4% gain, the stock sits about 45% below its March peak': Tuesday's close is the stock's;
    under 'Carvana's 1,000% comeback leads Arizona stocks in 2023' (Dec. 30), 'Freeport-McMoRan added 12%' is the year's."""
    claims = claims_of(extractor, "Super Micro fell. Even after Tuesday's 2.4% gain, the stock sits about 45% below its March peak.",
                       dt.datetime.fromisoformat("2024-08-07T07:40:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("SMCI", "close_change"), ("SMCI", "cumulative")]
    text = "Carvana's 1,000% comeback leads Arizona stocks in 2023\n\nPhoenix miner Freeport-McMoRan added 12% as copper held up."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-12-30T06:00:00-07:00"))
    assert claims[-1].kind.value == "ytd"


def test_put_on_is_an_australian_rise(extractor):
    """'NAB gained 1.2 per cent and Westpac put on 1.5 per cent'."""
    claims = claims_of(extractor, "The big banks followed: NAB gained 1.2 per cent and Westpac put on 1.5 per cent.",
                       dt.datetime.fromisoformat("2025-02-12T16:35:00+11:00"))
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [("NAB.AX", "up", 1.2), ("WBC.AX", "up", 1.5)]


def test_respective_names_each_followed_by_its_ric(extractor):
    """'rival security firms SentinelOne S.N and Palo Alto Networks PANW.O up 4.1% and 1.2%, respectively'."""
    text = "** Rival security firms SentinelOne S.N and Palo Alto Networks PANW.O up 4.1% and 1.2%, respectively"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-19T07:40:00-04:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("S", 4.1), ("PANW", 1.2)]


def test_a_ric_after_a_name_that_is_also_a_word_is_context(extractor):
    """A Reuters list's '** Novavax NVAX.O: down 8.8%'."""
    assert only(extractor, "** Novavax NVAX.O: down 8.8%", dt.datetime.fromisoformat("2024-11-15T11:45:00-05:00")).ticker == "NVAX"


def test_the_benchmark_after_another_markets_indexes_in_the_sentence(extractor):
    """In an Asian open: 'On Friday, the S&P 500 rose 1% and the Nasdaq 100 climbed 1.5%, capping the benchmark's best
    stretch since the November election with a 2.9% weekly gain': the S&P 500's week."""
    text = ("Mainland China's CSI 300 slipped 0.1% in early trade.\n\nOn Friday, the S&P 500 rose 1% and the Nasdaq 100 climbed "
            "1.5%, capping the benchmark's best stretch since the November election with a 2.9% weekly gain.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-21T09:40:00+08:00"))
    assert (claims[-1].ticker, claims[-1].kind.value) == ("^GSPC", "cumulative")


def test_an_asides_day_dates_no_other_subjects_move(extractor):
    """'Toyota Motor gained 9.9%, and Mitsubishi UFJ, which fell 17.9% on Monday, rose 11%' and 'The Hang Seng Index was down
    1.9% by 10:15 a.m., after falling 1.4% on Thursday, and the Hang Seng Tech Index lost 2.6%': the other moves are today's."""
    claims = claims_of(extractor, "Toyota Motor gained 9.9%, and Mitsubishi UFJ Financial Group, which fell 17.9% on Monday, rose 11%.",
                       dt.datetime.fromisoformat("2024-08-06T09:40:00+09:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("intraday_current", "2024-08-06"), ("close_change", "2024-08-05"), ("intraday_current", "2024-08-06")]
    text = ("The Hang Seng Index was down 1.9 per cent at 17,496 by 10:15 a.m., after falling 1.4 per cent on Thursday, and the "
            "Hang Seng Tech Index lost 2.6 per cent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-11-17T10:20:00+08:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims][-1] == ("^HSTECH", "2023-11-17")


def test_a_span_opening_a_later_sentence_frames_that_sentence_only(extractor):
    """'The CSI 300 surged 8.5%. Over the past six sessions, the CSI 300 has rallied 25%. The Shenzhen Component index soared
    10.7%': the last move is the day's; 'For the week, the S&P 500 was up 4.7%. The Dow gained 4.6%.' opens the paragraph."""
    text = ("The blue-chip CSI 300 index surged 8.5%. Over the past six sessions, the CSI 300 has rallied 25%. The Shenzhen "
            "Component index soared 10.7%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-30T16:30:00+08:00"))
    assert [c.kind.value for c in claims] == ["close_change", "cumulative", "close_change"]
    claims = claims_of(extractor, "For the week, the S&P 500 was up 4.7%. The Dow gained 4.6%.", dt.datetime.fromisoformat("2024-11-08T17:00:00-05:00"))
    assert [c.kind.value for c in claims] == ["cumulative", "cumulative"]


def test_among_this_years_newcomers_is_no_span(extractor):
    """'Among this year's newcomers, Timee, which listed in July, slipped 1.5%': the morning's move."""
    claim = only(extractor, "Among this year's newcomers, gig-work app operator Timee, which listed on the Growth market in July, slipped 1.5%.",
                 dt.datetime.fromisoformat("2024-10-23T11:45:00+09:00"))
    assert (claim.ticker, claim.kind.value) == ("215A.T", "intraday_current")


def test_respective_names_past_a_seen_as_apposition(extractor):
    """'Vinci and Eiffage, seen as exposed to possible nationalisation plans, lost 5.4 percent and 8.1 percent respectively'."""
    text = "Vinci and Eiffage, seen as exposed to possible nationalisation plans, lost 5.4 percent and 8.1 percent respectively."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-10T18:05:00+02:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("DG.PA", 5.4), ("FGR.PA", 8.1)]


def test_a_markets_shares_close_over_a_figure(extractor):
    """'(LEAD) Seoul shares close over 1 pct lower on foreign selling': the Kospi, hedged "over"."""
    claim = only(extractor, "(LEAD) Seoul shares close over 1 pct lower on foreign selling; won falls",
                 dt.datetime.fromisoformat("2024-10-22T15:52:00+09:00"))
    assert (claim.ticker, claim.hedge) == ("^KS11", "over")


def test_and_have_lost_is_the_same_subjects_move(extractor):
    """'The shares had already closed down 5.5% ..., caught in a broad selloff in chip stocks, and have lost about 42% so far
    this year': Intel's year."""
    text = ("Intel's stock tumbled 20% in extended trading. The shares had already closed down 5.5% at $29.05 in regular trading, "
            "caught in a broad selloff in chip stocks, and have lost about 42% so far this year.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-01T17:40:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("INTC", "after_hours"), ("INTC", "close_change"), ("INTC", "ytd")]


def test_over_that_stretch_is_the_span_named_before(extractor):
    """'The index has fallen for three straight sessions, dropping 2% over that stretch': the three sessions."""
    claim = only(extractor, "The S&P 500 has fallen for three straight sessions, dropping 2% over that stretch.",
                 dt.datetime.fromisoformat("2024-07-19T07:58:00-04:00"))
    assert (claim.kind.value, claim.sessions, claim.date.isoformat()) == ("cumulative", 3, "2024-07-18")


def test_a_london_lead_past_a_time_stamp_keeps_companies_on_london_lines(extractor):
    """'FTSE 100 suffers biggest fall ... / Monday 7 April 2025 16:50 BST / London's blue-chip index closed at its lowest ...':
    after 'Hong Kong's Hang Seng index collapsed 13.2%', 'HSBC tumbled 9.9%' is the London line."""
    text = ("FTSE 100 suffers biggest fall in five years as tariff rout spreads\n\nBy Standard markets reporter\n"
            "Monday 7 April 2025 16:50 BST\n\nLondon's blue-chip index closed at its lowest level in more than a year on Monday.\n\n"
            "Banks with heavy Asian exposure were hammered after Hong Kong's Hang Seng index collapsed 13.2%. HSBC tumbled 9.9%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-07T16:50:00+01:00"))
    assert claims[-1].ticker == "HSBA.L"


def test_hyphenated_participle_and_among_appositions(extractor):
    """'Broadcaster TF1, majority-owned by the Bouygues group, shed 3.8%'; 'Plasma maker Grifols, among the most volatile
    stocks on the index this year, fell 2.1%': the names before the asides moved."""
    published = dt.datetime.fromisoformat("2024-06-10T18:10:00+02:00")
    assert only(extractor, "Broadcaster TF1, majority-owned by the Bouygues group, shed 3.8%.", published).ticker == "TFI.PA"
    claim = only(extractor, "Plasma maker Grifols, among the most volatile stocks on the index this year, fell 2.1%.", published)
    assert (claim.ticker, claim.kind.value) == ("GRF.MC", "close_change")


def test_an_overnight_adr_move_does_not_date_the_home_line_trading_now(extractor):
    """'overnight' is the last New York session; the home line after 'and', written while its market trades, is today's."""
    mumbai_morning = dt.datetime.fromisoformat("2024-04-19T10:30:00+05:30")
    text = ("Infosys ADRs fell 2.1% overnight in New York after the results, and the stock was down 1.3% on the NSE in "
            "morning trade. Wipro ADRs rose 3% overnight, and the stock gained 2.4% in Mumbai.")
    got = [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, mumbai_morning)]
    assert got == [("INFY", "close_change", "2024-04-18"), ("INFY.NS", "intraday_current", "2024-04-19"),
                   ("WIT", "close_change", "2024-04-18"), ("WIPRO.NS", "intraday_current", "2024-04-19")]


def test_opening_indications_are_premarket_moves(extractor):
    """'was seen opening 0.2% weaker', 'is called to open 3% lower', 'indications point to ASML opening 1% higher': the
    price dealers put on the open, checked against it; 'expected to open its new plant' and 'expect ... to rise 5%' are not."""
    published = dt.datetime.fromisoformat("2024-07-25T08:40:00+02:00")
    text = ("The SMI was seen opening 0.2% weaker. Nestle is called to open 3% lower. Pre-market indications this morning "
            "point to ASML opening 1% higher. Roche is expected to open its new plant, which could lift sales 3%. Analysts "
            "expect Novartis to rise 5% this year.")
    got = [(c.ticker, c.direction.value, c.magnitude, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, published)]
    assert got == [("^SSMI", "down", 0.2, "premarket", "2024-07-25"), ("NESN.SW", "down", 3.0, "premarket", "2024-07-25"),
                   ("ASML.AS", "up", 1.0, "premarket", "2024-07-25")]


def test_a_results_region_is_no_subject_and_leaves_the_topic_alone(extractor):
    """'Europe grew 6.2%, while North America rose 6.0%' is sales by region; 'The shares' after it are still L'Oreal's."""
    text = ("PARIS--L'Oreal said third-quarter sales growth slowed. Europe grew 6.2%, while North America rose 6.0%.\n\n"
            "The shares closed 0.6% lower ahead of the release.")
    got = [(c.ticker, c.magnitude) for c in claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-22T18:20:00+02:00"))]
    assert got == [("OR.PA", 0.6)]


def test_a_foreseen_decline_is_no_move(extractor):
    """'saying it now expects a decline of as much as 4%' is revenue's outlook; 'headed for a decline of 4%' is a move."""
    published = dt.datetime.fromisoformat("2024-04-23T17:00:00-04:00")
    text = "JetBlue Airways sank 18.9% after it cut its forecast, saying it now expects a decline of as much as 4%."
    assert [c.magnitude for c in claims_of(extractor, text, published)] == [18.9]
    assert only(extractor, "JetBlue headed for a decline of 4% this week.", published).magnitude == 4.0


def test_a_shared_name_is_the_company_of_the_market_the_copy_is_about(extractor):
    """'Domino's' in an ASX close is Domino's Pizza Enterprises, in a Wall Street one Domino's Pizza Inc.; 'CVC jumps
    22% on Amsterdam debut' is CVC Capital Partners; 'EQT ... closed 1.2% higher in Stockholm' is EQT AB."""
    sydney = dt.datetime.fromisoformat("2024-02-21T16:40:00+11:00")
    text = "SYDNEY - Australian shares closed lower on Wednesday. Domino's plunged 31.2 per cent to $84.80."
    assert [c.ticker for c in claims_of(extractor, text, sydney)] == ["DMP.AX"]
    new_york = dt.datetime.fromisoformat("2024-02-21T16:40:00-05:00")
    assert only(extractor, "NEW YORK - Wall Street closed lower. Domino's fell 2.1%.", new_york).ticker == "DPZ"
    amsterdam = dt.datetime.fromisoformat("2024-04-26T17:50:00+02:00")
    assert only(extractor, "CVC jumps 22% on Amsterdam debut", amsterdam).ticker == "CVC.AS"
    text = "EQT will remain the largest shareholder. Shares in the private-equity firm closed 1.2% higher in Stockholm."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-03-21T22:10:00+01:00")).ticker == "EQT.ST"


def test_a_dated_listing_is_a_debut_and_in_its_debut_is_that_session(extractor):
    """'Astera Labs, which listed on Nasdaq on Wednesday, ... The stock jumped 72% in its debut': Wednesday's close;
    'has risen nearly 90% from its $36 IPO price': since the offer, to now; 'up about 35% from that price', after a
    sentence naming the IPO price, likewise."""
    published = dt.datetime.fromisoformat("2024-03-22T12:35:00-04:00")
    text = ("Astera Labs, which listed on Nasdaq on Wednesday, was up 4.6% at $68.30. The stock jumped 72% in its debut and "
            "has risen nearly 90% from its $36 IPO price.")
    got = [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, published)]
    assert got == [(4.6, "intraday_current", "2024-03-22"), (72.0, "close_change", "2024-03-20"), (90.0, "cumulative", "2024-03-22")]
    text = ("Reddit soared 48% in its Thursday debut, closing at $50.44 against an IPO price of $34. Even after Friday's "
            "slide, the shares are up about 35% from that price.")
    got = [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, published)]
    assert got == [(48.0, "close_change", "2024-03-21"), (35.0, "cumulative", "2024-03-22")]
    # an undated listing is a fact about the company, no debut
    text = "Arm, which is listed on Nasdaq, rose 3% in its best day since March."
    assert only(extractor, text, published).kind is ClaimKind.INTRADAY_CURRENT


def test_a_day_after_a_debut_and_a_first_day_on_the_exchange(extractor):
    """'Figma Sinks 25% a Day After Blockbuster Debut': its debut was the day before, so 'about 160% above the offer
    price' runs from the offer to now; 'on its first day on the Tokyo Stock Exchange' is a debut today, so 'up 9.3% from
    the offer price' is the day's move."""
    text = ("Figma Sinks 25% a Day After Blockbuster Debut\n\nThe stock was trading down 25% at $86.60 as of 1:40 p.m. "
            "Even after Friday's retreat, the shares are about 160% above the offer price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-08-01T13:45:00-04:00"))
    assert [(c.magnitude, c.kind.value) for c in claims][-1] == (160.0, "cumulative")
    text = ("TOKYO -- Kioxia Holdings traded above its offer price at the midday break on its first day on the Tokyo Stock "
            "Exchange. The shares ended the morning session at 1,590 yen, up 9.3% from the offer price of 1,455 yen.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-12-18T11:50:00+09:00"))
    assert (claim.ticker, claim.kind, claim.date.isoformat()) == ("285A.T", ClaimKind.INTRADAY_CURRENT, "2024-12-18")


def test_a_span_in_an_aside_of_the_frame_and_a_bare_previous_session(extractor):
    """'Defence names, which have doubled over the past year, extended gains: Hensoldt rose 7.3%': the day's move;
    'recovering from a 2.41 percent plunge the previous session': the session before; 'up 2% from the previous
    session' is today's, measured from it."""
    frankfurt = dt.datetime.fromisoformat("2025-03-05T17:55:00+01:00")
    text = "Defence names, which have doubled in value over the past year, extended gains: Hensoldt rose 7.3% and Renk added 6.4%."
    assert [c.kind.value for c in claims_of(extractor, text, frankfurt)] == ["close_change", "close_change"]
    seoul = dt.datetime.fromisoformat("2023-10-05T16:05:00+09:00")
    text = "The KOSPI rose 0.12 percent, recovering from a 2.41 percent plunge the previous session."
    assert [c.date.isoformat() for c in claims_of(extractor, text, seoul)] == ["2023-10-05", "2023-10-04"]
    assert only(extractor, "The KOSPI was up 2% from the previous session.", seoul).date.isoformat() == "2023-10-05"


def test_the_main_board_named_after_a_price_is_no_subject(extractor):
    """'Doosan Robotics closed at 51,400 won on the main Kospi market, up 97.7 percent': the market the price was set
    on, not the index's move."""
    text = "Doosan Robotics closed at 51,400 won on the main Kospi market, up 97.7 percent from its initial public offering price."
    assert only(extractor, text, dt.datetime.fromisoformat("2023-10-05T16:05:00+09:00")).ticker == "454910.KS"


def test_a_table_caption_gives_its_rows_a_span(extractor):
    """Under 'WEEKLY SCORECARD (local currency, price change on the week)', each row's change is the week's, the last
    row cut by bars alone included; a caption naming no span leaves rows the day's moves."""
    published = dt.datetime.fromisoformat("2023-11-04T08:00:00+00:00")
    text = ("THE WEEK IN MARKETS\n\nWEEKLY SCORECARD (local currency, price change on the week)\n"
            "S&P 500            | 4,358.34   | +5.9%\nFTSE 100           | 7,417.73   | +1.7%\nIbovespa**         | 118,159.68 | +4.9%\n\n"
            "Friday did the finishing. The S&P 500 climbed 0.9%.")
    got = [(c.ticker, c.kind.value) for c in claims_of(extractor, text, published)]
    assert got == [("^GSPC", "cumulative"), ("^FTSE", "cumulative"), ("^BVSP", "cumulative"), ("^GSPC", "close_change")]
    text = "CLOSING PRICES (price change)\nS&P 500            | 4,358.34   | +0.9%\nFTSE 100           | 7,417.73   | +0.2%\n"
    assert [c.kind.value for c in claims_of(extractor, text, published)] == ["close_change", "close_change"]


def test_bounces_and_pullbacks_are_moves(extractor):
    """'even after Tuesday's bounce of almost 9%', 'a 4% pullback on Monday': nouns of price moves."""
    published = dt.datetime.fromisoformat("2025-01-30T08:10:00-05:00")
    text = "Nvidia is still down about 15% from last Friday's close, even after Tuesday's bounce of almost 9%."
    assert [(c.magnitude, c.hedge, c.date.isoformat()) for c in claims_of(extractor, text, published)][-1] == (9.0, "almost", "2025-01-28")
    claim = only(extractor, "Tesla extended Monday's 4% pullback.", published)
    assert (claim.direction.value, claim.date.isoformat()) == ("down", "2025-01-27")


def test_an_opening_descriptor_owns_its_set_off_move_and_a_days_move_after_it(extractor):
    """In a movers list: 'The call-centre operator, up as much as 8.2% earlier, rose ...' and 'The Dutch lithography
    group was falling again after Tuesday's 16% slump': the company the item is about."""
    published = dt.datetime.fromisoformat("2024-10-16T12:30:00+02:00")
    text = ("- ASML Holding (Amsterdam): -5.4%. The Dutch lithography group was falling again after Tuesday's 16% slump.\n"
            "- Teleperformance (Paris): +6.8%. The call-centre operator, up as much as 8.2% earlier, rose after an upgrade.")
    got = [(c.ticker, c.magnitude, c.kind.value, c.date.isoformat()) for c in claims_of(extractor, text, published)]
    assert got == [("ASML.AS", 5.4, "intraday_current", "2024-10-16"), ("ASML.AS", 16.0, "close_change", "2024-10-15"),
                   ("TEP.PA", 6.8, "intraday_current", "2024-10-16"), ("TEP.PA", 8.2, "intraday_high", "2024-10-16")]


def test_a_year_to_date_move_after_a_dated_move_runs_to_now(extractor):
    """'slipped 2.5% in extended trading on Wednesday, and the stock has gained about 195% this year': the year's gain
    as it stands, not as of Wednesday."""
    text = "Nvidia shares slipped 2.5% in extended trading on Wednesday, and the stock has gained about 195% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-21T14:45:00-05:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("after_hours", "2024-11-20"), ("ytd", "2024-11-21")]


def test_discourse_asides_and_reasons_stand_apart_from_the_move(extractor):
    """'Meta, on the other hand, is up 2.8% before the bell' (an ambiguous short name, set off by a discourse aside);
    'up 3.2% premarket because Elon talked about robotaxis in Austin in June': the reason's month is no span."""
    published = dt.datetime.fromisoformat("2025-01-30T08:10:00-05:00")
    claim = only(extractor, "Meta, on the other hand, is up 2.8% before the bell.", published)
    assert (claim.ticker, claim.kind) == ("META", ClaimKind.PREMARKET)
    claim = only(extractor, "Tesla is up 3.2% premarket because Elon talked about robotaxis in Austin in June.", published)
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.PREMARKET, "2025-01-30")


def test_the_index_after_a_yardstick_is_the_one_reported_on(extractor):
    """'The Stoxx Europe 600 fell 4.2% in March, ... still well ahead of the S&P 500. ... the index fell 1.5% on Monday':
    the Stoxx, whose month it was."""
    text = ("The Stoxx Europe 600 fell 4.2% in March, though it remains 5.1% higher year-to-date, still well ahead of the "
            "S&P 500. The final session was the roughest: the index fell 1.5% on Monday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-31T18:45:00+02:00"))
    assert [c.ticker for c in claims] == ["^STOXX", "^STOXX", "^STOXX"]


def test_a_newsletter_scoreboard_with_bracketed_changes(extractor):
    """'- Dow: 40,608.45 (+7.9%)': the bracketed change after a level is the index's move, short names included."""
    text = "MARKETS\n- S&P 500: 5,456.90 (+9.5%)\n- Dow: 40,608.45 (+7.9%)\n- Nasdaq: 17,124.97 (+12.2%)\n- 10-year Treasury: 4.33%"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-10T06:30:00-04:00"))
    assert [(c.ticker, c.magnitude, c.date.isoformat()) for c in claims] == [
        ("^GSPC", 9.5, "2025-04-09"), ("^DJI", 7.9, "2025-04-09"), ("^IXIC", 12.2, "2025-04-09")]


def test_a_cause_sends_the_shares_up_or_down(extractor):
    """'Yesterday's AGM update ... pushed the shares up 5.2% to 225.5p', 'sending its shares down 15% in extended
    trading': the verb's object moved, and it is the company spoken of."""
    text = ("Moonpig Group (MOON.L) - BUY, TP 290p\nYesterday's AGM update, which reiterated double-digit EPS growth, pushed "
            "the shares up 5.2% to 225.5p.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-19T07:05:00+01:00"))
    assert (claim.ticker, claim.magnitude, claim.level, claim.date.isoformat()) == ("MOON.L", 5.2, 225.5, "2024-09-18")
    text = ("Feb 6 (Reuters) - e.l.f. Beauty cut its annual sales and profit forecasts on Thursday, sending its shares down "
            "15% in extended trading.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-02-06T16:35:00-05:00"))
    assert (claim.ticker, claim.kind) == ("ELF", ClaimKind.AFTER_HOURS)


def test_an_exchange_query_on_a_price_range(extractor):
    """A filing's 'the Company's share price rose from a closing price of S$0.068 on 3 June 2024 to S$0.100 on 5 June
    2024, an increase of 47%': the issuer it defined (not the exchange it names), over the span between the two days."""
    text = ('The Board of Directors of Tembusu Marine Holdings Limited (the "Company") refers to the query from the Singapore '
            'Exchange Securities Trading Limited (the "SGX-ST") dated 5 June 2024, which noted that the Company\'s share price '
            'rose from a closing price of S$0.068 on 3 June 2024 to S$0.100 on 5 June 2024, an increase of 47%, with 38.6 '
            'million shares traded over the period.')
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-06T08:15:00+08:00"))
    assert (claim.entity, claim.ticker, claim.kind, claim.start_date.isoformat(), claim.date.isoformat()) == (
        "Tembusu Marine Holdings Limited", None, ClaimKind.CUMULATIVE, "2024-06-03", "2024-06-05")


def test_a_move_noun_after_by_a_belongs_to_the_name_after_it(extractor):
    """'pulled down by a 5.6% slide for Nvidia': Nvidia's slide, not the index's; 'rose by a further 2%' is still the
    subject's own move."""
    published = dt.datetime.fromisoformat("2024-07-11T16:25:00-04:00")
    text = "The S&P 500 fell 0.9% to 5,584.54, pulled down by a 5.6% slide for Nvidia and an 8.4% drop for Tesla."
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["^GSPC", "NVDA", "TSLA"]
    assert only(extractor, "Apple rose by a further 2%.", published).ticker == "AAPL"


def test_an_appositive_sharing_its_comma_with_an_opening_phrase(extractor):
    """'As of 9:35 a.m., the Taiex, the benchmark index of the Taiwan Stock Exchange, was up 175.36 points, or 0.83
    percent': the index, past its appositive; 'SoftBank ..., their best two-day performance since November, lifting the
    Nikkei 225, which ended Wednesday up 1.6%' keeps the index's own move."""
    text = ("As of 9:35 a.m., the Taiex, the benchmark index of the Taiwan Stock Exchange, was up 175.36 points, or 0.83 "
            "percent, at 21,377.34.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-23T09:40:00+08:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("^TWII", 175.36), ("^TWII", 0.83)]
    text = ("SoftBank shares have gained 21% over the past two sessions, their best two-day performance since November, "
            "lifting the Nikkei 225, which ended Wednesday up 1.6% at 39,646.25.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-23T08:00:00+09:00"))
    assert [c.ticker for c in claims] == ["9984.T", "^N225"]


def test_an_issue_price_as_a_yardstick_is_no_subject(extractor):
    """'listing at Rs 150, more than double the issue price of Rs 70, and then hitting the upper circuit to end the day
    at Rs 165, up 135.7%' and 'opening at $30 against an issue price of $22 and trading 37 per cent higher': the new
    shares' moves, not the issue price's."""
    text = ("MUMBAI: Shares of Bajaj Housing Finance made a stellar stock market debut on Monday, listing at Rs 150 on the NSE, "
            "more than double the issue price of Rs 70, and then hitting the upper circuit to end the day at Rs 165, up 135.7% "
            "from the issue price.")
    assert only(extractor, text, dt.datetime.fromisoformat("2024-09-16T16:20:00+05:30")).ticker == "BAJAJHFL.NS"
    text = ("Guzman y Gomez has had a blockbuster start to life on the ASX, with its shares opening at $30 against an issue "
            "price of $22 and trading 37 per cent higher at $30.14 by lunchtime.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-06-20T13:10:00+10:00"))
    assert (claim.ticker, claim.kind, claim.level) == ("GYG.AX", ClaimKind.INTRADAY_CURRENT, 30.14)


def test_a_float_price_and_a_comma_inside_a_phrase(extractor):
    """'closed its first day of trading in London 32% above its float price': the debut's move; 'The shares, sold at
    280p apiece, opened at 385p and rose as much as 40%': the comma parts 'shares' from 'sold', no volume metric."""
    text = ("Raspberry Pi closed its first day of trading in London 32% above its float price. The shares, sold at 280p "
            "apiece, opened at 385p and rose as much as 40% in early trade before settling at 370p.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-11T17:10:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("RPI.L", 32.0, "close_change"), ("RPI.L", 40.0, "intraday_high")]


def test_it_after_a_sentence_opened_on_an_index(extractor):
    """'09:20 - ..., the DAX jumped at the open and set a fresh record at 18,190 points. It was last up 0.9%': the
    index the sentence before opened on, not the company of the last claim; 'opened ... at EUR26.00, but the shares
    have since slipped and are now 2.8% lower' is the day's move since the open."""
    published = dt.datetime.fromisoformat("2024-03-21T11:20:00+01:00")
    text = ("Hensoldt rose 3%.\n\n09:20 - After the Fed kept its outlook for three cuts this year, the DAX jumped at the open "
            "and set a fresh record at 18,190 points. It was last up 0.9% at 18,178.")
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["HAG.DE", "^GDAXI"]
    text = ("Douglas AG opened its first session on the Frankfurt Stock Exchange at EUR26.00, exactly the offer price, but "
            "the shares have since slipped and are now 2.8% lower at EUR25.27.")
    assert only(extractor, text, published).kind is ClaimKind.INTRADAY_CURRENT


def test_a_records_reach_is_no_span(extractor):
    """'rose 1.2% to its highest close in 14 months' is the day's move; 'rose 5% in the past three months' a span."""
    published = dt.datetime.fromisoformat("2023-06-15T16:40:00-04:00")
    assert only(extractor, "The S&P 500 rose 1.2% to its highest close in 14 months.", published).kind is ClaimKind.CLOSE_CHANGE
    assert only(extractor, "The S&P 500 rose 5% in the past three months.", published).kind is ClaimKind.CUMULATIVE


def test_late_on_the_day_in_an_after_hours_story(extractor):
    """In a story of late movers written at 5:20 p.m.: 'Applied Materials Inc. fell 8% late Thursday' is a late-session
    move; 'The stock had finished the regular session at $141.54, up 1.2%' is the close."""
    text = ("Airbnb Inc. shares shot up 14% in extended trading Thursday after results. The stock had finished the regular "
            "session at $141.54, up 1.2%.\n\nRoku Inc. climbed 10% after the bell.\n\n"
            "Applied Materials Inc. fell 8% late Thursday after a soft forecast.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-13T17:20:00-05:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("ABNB", "after_hours", "2025-02-13"), ("ABNB", "close_change", "2025-02-13"),
        ("ROKU", "after_hours", "2025-02-13"), ("AMAT", "after_hours", "2025-02-13")]


def test_a_year_end_review_closing_out_a_year_and_its_best_year(extractor):
    """Under 'Isle stocks close out a turbulent 2023' (Dec. 30), 'Matson ... jumped 74%' is the year's; 'soared 43%, its
    best year since 2020' is the year's anywhere; 'its biggest gain in a year' is not."""
    published = dt.datetime.fromisoformat("2023-12-30T06:00:00-10:00")
    text = "Isle stocks close out a turbulent 2023\n\nMatson, the Honolulu-based shipper, jumped 74% as freight rates stabilized."
    assert only(extractor, text, published).kind is ClaimKind.YTD
    assert only(extractor, "The Nasdaq Composite soared 43%, its best year since 2020.", published).kind is ClaimKind.YTD
    assert only(extractor, "Nvidia rose 5%, its biggest gain in a year.", published).kind is ClaimKind.CLOSE_CHANGE


def test_that_stock_is_the_company_spoken_of(extractor):
    """'Lululemon fell 21% this morning. That stock is now down about 40% since the start of the year.'"""
    text = "Lululemon fell 21% this morning. That stock is now down about 40% since the start of the year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-06T10:15:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("LULU", "intraday_current"), ("LULU", "ytd")]


def test_a_table_under_a_percent_caption_prints_its_changes_bare(extractor):
    """'MARKET DATA (% change on day)' over 'Advantest | 8,711 | -8.59': the last cell is the day's percentage move; the
    level cell is no move, and a caption that says nothing of percent leaves bare numbers alone."""
    published = dt.datetime.fromisoformat("2025-01-27T16:05:00+09:00")
    text = ("Tokyo stocks ended mixed on Monday.\n\nMARKET DATA (% change on day)\nNikkei 225 | 39,565.80 | -0.92\n"
            "Advantest | 8,711 | -8.59\nToyota Motor | 2,921 | +1.10\nPrime market turnover: 5.2 trillion yen")
    got = [(c.ticker, c.direction.value, c.magnitude, c.kind.value) for c in claims_of(extractor, text, published)]
    assert got == [("^N225", "down", 0.92, "close_change"), ("6857.T", "down", 8.59, "close_change"), ("7203.T", "up", 1.1, "close_change")]
    text = "Tokyo stocks ended mixed on Monday.\n\nMARKET DATA\nNikkei 225 | 39,565.80 | -365.12\nTopix | 2,764.00 | +5.80"
    assert claims_of(extractor, text, published) == []


def test_indicated_and_seen_moves_before_the_open_and_a_possessive_yesterday(extractor):
    """'Estée Lauder is indicated down 16%' and 'Shares seen up 3% in pre-market indications' are premarket moves;
    'The DAX is up 2.8%, more than recovering yesterday's 3.5% slump, and the Stoxx 600 is higher by 1.1%': the
    possessive day is the slump's alone."""
    claim = only(extractor, "Estée Lauder is indicated down 16% after pulling its guidance.", dt.datetime.fromisoformat("2024-10-31T07:20:00-04:00"))
    assert (claim.kind, claim.date.isoformat()) == (ClaimKind.PREMARKET, "2024-10-31")
    text = "Unilever (Buy, TP 5,100p): H1 underlying sales growth of 4.1%. Shares seen up 3% in pre-market indications."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-07-25T07:05:00+01:00"))
    assert (claim.ticker, claim.kind) == ("ULVR.L", ClaimKind.PREMARKET)
    text = "The DAX is up 2.8%, more than recovering yesterday's 3.5% slump, and the Stoxx 600 is higher by 1.1%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-05T09:40:00+01:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("^GDAXI", "2025-03-05"), ("^GDAXI", "2025-03-04"), ("^STOXX", "2025-03-05")]


def test_a_live_blog_read_after_the_close_keeps_its_morning_entries_earlier(extractor):
    """A blog stamped 16.55 GMT: '11.40 GMT  GSK shares are up 2.4%' and '08.10 GMT  The FTSE 100 has opened 0.2% lower'
    were stated earlier in the session (the day's high and low by the conventions); '16.50 GMT ... closed down 0.8%' is
    the close."""
    text = ("Budget live\n\nWed 30 Oct 2024 16.55 GMT\n\n16.50 GMT\nThe FTSE 100 closed down 0.8% at 8,159.63.\n\n"
            "11.40 GMT\nGSK shares are up 2.4% after the drugmaker lifted its guidance.\n\n"
            "08.10 GMT\nThe FTSE 100 has opened 0.2% lower at 8,209.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-30T16:55:00+00:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^FTSE", "close_change"), ("GSK.L", "intraday_high"), ("^FTSE", "intraday_low")]


def test_its_move_opening_a_sentence_and_a_dated_closing_high(extractor):
    """'Fine wasn't enough for Alphabet. Its 9.5% drop on Wednesday was the worst day ...': the company spoken of;
    'ended Friday 10.3% below its July 31 closing high': the span from that close."""
    published = dt.datetime.fromisoformat("2023-10-27T18:30:00-04:00")
    text = "MAYA: Fine wasn't enough for Alphabet. Its 9.5% drop on Wednesday was the worst day for the stock since March 2020."
    claim = only(extractor, text, published)
    assert (claim.ticker, claim.date.isoformat()) == ("GOOGL", "2023-10-25")
    claim = only(extractor, "The S&P 500 ended Friday 10.3% below its July 31 closing high.", published)
    assert (claim.kind, claim.start_date.isoformat()) == (ClaimKind.CUMULATIVE, "2023-07-31")


def test_it_in_a_sentence_opened_on_another_market(extractor):
    """'Alibaba's U.S. shares rose 2% overnight. In Hong Kong, it gained 3%.': the same company's Hong Kong line, today."""
    text = "Alibaba's U.S. shares rose 2% overnight. In Hong Kong, it gained 3%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-22T18:10:00+08:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("BABA", "2024-10-21"), ("9988.HK", "2024-10-22")]


def test_local_shares_and_a_where_clause_the_move_restates(extractor):
    """In a Sydney blog, 'Local shares have opened 0.4 per cent higher' is the ASX 200's move; ', where the S&P 500
    closed at a record overnight, up 0.2 per cent' is the S&P 500's; 'The MDAX, where Zalando is one of the larger
    members, lost 0.9 percent' is the MDAX's."""
    text = ("Local shares have opened 0.4 per cent higher, taking their lead from Wall Street, where the S&P 500 closed at a "
            "record overnight, up 0.2 per cent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-19T12:52:00+11:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("^AXJO", "2025-02-19"), ("^GSPC", "2025-02-18")]
    text = "The MDAX, where Zalando is one of the larger members, lost 0.9 percent."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-11-12T15:20:00+01:00")).ticker == "^MDAXI"


def test_a_day_after_a_cause_knocked_it_lower(extractor):
    """'That leaves the benchmark up 4.3 per cent so far in 2025, a day after the Reserve Bank's first rate cut in more
    than four years knocked it 0.7 per cent lower': the benchmark's move, the session before."""
    text = ("The S&P/ASX 200 is up 0.3 per cent at lunchtime. That leaves the benchmark up 4.3 per cent so far in 2025, a day "
            "after the Reserve Bank's first rate cut in more than four years knocked it 0.7 per cent lower.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-19T12:52:00+11:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims][-1] == ("^AXJO", "close_change", "2025-02-18")


def test_per_share_amounts_shares_of_a_market_and_distributions_are_no_moves(extractor):
    """'a loss of 32 cents per share', 'losing up to €200 a month', 'its share there slipping below 15%', 'DPU fell 4.7
    per cent' and 'net income of $121.3 billion for 2023, down 25%' are no price moves; 'rose over 5%' still is."""
    published = dt.datetime.fromisoformat("2024-05-01T12:00:00-04:00")
    text = ("Uber dropped 5.8% after Uber posted a surprise first-quarter loss of 32 cents per share. Workers are losing up to "
            "€200 a month. Third-party data show Apple's share there slipping below 15%. Mapletree Pan Asia Commercial "
            "Trust's third-quarter DPU fell 4.7 per cent to 2.03 cents. Saudi Aramco fell 1.1% after reporting net income of "
            "$121.3 billion for 2023, down 25% from a year earlier. Nvidia rose over 5%.")
    got = [(c.ticker, c.magnitude) for c in claims_of(extractor, text, published)]
    assert got == [("UBER", 5.8), ("2222.SR", 1.1), ("NVDA", 5.0)]


def test_bare_moves_after_a_dated_close_in_a_premarket_story(extractor):
    """In a premarket show: 'Yesterday ... the S&P closed down 0.5%. The Dow gave up 136 points and the Nasdaq lost 0.5%
    as well.': yesterday's closes, not premarket moves; a new paragraph's bare move is premarket again."""
    text = ("SQUAWK BOX - premarket\n\nMENDES: Yesterday the Fed held rates, and the S&P closed down 0.5%. The Dow gave up 136 "
            "points and the Nasdaq lost 0.5% as well.\n\nWHITFIELD: Tesla is up 3.2%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-30T08:10:00-05:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^GSPC", "close_change", "2025-01-29"), ("^DJI", "close_change", "2025-01-29"), ("^IXIC", "close_change", "2025-01-29"),
        ("TSLA", "premarket", "2025-01-30")]


def test_together_with_a_days_drop_it_has(extractor):
    """'... the benchmark now stands 27% below its record close. Together with Friday's 5.8% drop, it has wiped out the
    year's gains': Friday's drop is the benchmark's; 'Including Friday's 5.8% drop, it has lost 18%' runs to now."""
    published = dt.datetime.fromisoformat("2024-08-05T16:10:00+09:00")
    text = ("Toyota Motor fell 13.7%. The Nikkei 225 plunged 12.4%, and the benchmark now stands 27% below its record close "
            "on July 11. Together with Friday's 5.8% drop, it has wiped out all of the year's gains.")
    assert [(c.ticker, c.date.isoformat()) for c in claims_of(extractor, text, published)][-1] == ("^N225", "2024-08-02")
    claims = claims_of(extractor, "The Nikkei fell 12.4%. Including Friday's 5.8% drop, it has lost 18%.", published)
    assert [(c.magnitude, c.date.isoformat()) for c in claims] == [(12.4, "2024-08-05"), (5.8, "2024-08-02"), (18.0, "2024-08-05")]


def test_a_recovery_that_lifted_the_described_company(extractor):
    """'Ocado was the best performer, up 3.9%, extending a recovery that has lifted the online grocer 41% since the start
    of September': the company, described as the verb's object."""
    text = ("In the FTSE 100, Ocado was the best performer, up 3.9%, extending a recovery that has lifted the online grocer 41% "
            "since the start of September.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-09-19T12:20:00+01:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("OCDO.L", 3.9, "intraday_current"), ("OCDO.L", 41.0, "cumulative")]


def test_from_the_price_at_which_the_company_floated(extractor):
    """'down 73% from the 335p at which the company floated in July': from the offer to now, not July's move."""
    text = "CAB Payments shares were down 72% at 92.00 pence, and were down 73% from the 335p at which the company floated in July."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-09-19T12:20:00+01:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("intraday_current", "2023-09-19"), ("cumulative", "2023-09-19")]


def test_a_named_objects_later_figure_is_its_own(extractor):
    """'dragged the Hang Seng Index down 2.1 per cent to 17,454.19, trimming its gain for the week to 1.5 per cent':
    the week's gain is up, not the verb's 'down'."""
    text = "The sell-off dragged the Hang Seng Index down 2.1 per cent to 17,454.19, trimming its gain for the week to 1.5 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-11-17T16:30:00+08:00"))
    assert [(c.direction.value, c.magnitude, c.kind.value) for c in claims] == [("down", 2.1, "close_change"), ("up", 1.5, "cumulative")]


def test_due_to_report_after_the_closing_bell_in_a_premarket_story(extractor):
    """'Apple, due to report after the closing bell, was up 0.5%' before the open: premarket, the report's time is no
    close; 'At the closing bell, the Dow was up 1%' is a close."""
    text = "Qualcomm rises premarket after results. Apple, due to report after the closing bell, was up 0.5%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-02T08:05:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("AAPL", "premarket")]
    claim = only(extractor, "At the closing bell, the Dow was up 1%.", dt.datetime.fromisoformat("2024-05-02T16:30:00-04:00"))
    assert claim.kind is ClaimKind.CLOSE_CHANGE


def test_a_debut_day_told_from_the_price_the_shares_were_sold_at(extractor):
    """On the debut day: 'closed at $62.03 ..., 72% above the $36 a share at which the company sold its shares in its
    initial public offering' and 'It opened at $52.56 and climbed as much as 80% from the offer price' are that
    session's moves; two days on, '80% above the $36 a share at which the company sold its shares' runs from the offer."""
    text = ("Astera Labs Soars in Debut\n\nAstera Labs Inc. shares surged in their first day of trading. The stock closed at "
            "$62.03 in New York on Wednesday, 72% above the $36 a share at which the company sold its shares in its initial "
            "public offering. It opened at $52.56 and climbed as much as 80% from the offer price in the afternoon.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-20T16:40:00-04:00"))
    assert [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims] == [
        (72.0, "close_change", "2024-03-20"), (80.0, "intraday_high", "2024-03-20")]
    text = "Astera Labs rose 2%. It is now 80% above the $36 a share at which the company sold its shares in March."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-22T16:40:00-04:00"))
    assert [(c.magnitude, c.kind.value) for c in claims] == [(2.0, "close_change"), (80.0, "cumulative")]


def test_offer_price_spans_of_earlier_debuts_limits_and_a_plus(extractor):
    """'Tokyo Metro, which made its debut in October, ... is now up about 40% from its 1,200 yen offer price' and 'has
    fallen 20 per cent below its offer price since its debut last month' run from the offer to now; 'hit its 20%
    ceiling' is ChiNext's limit; German copy's 'a plus of 4.7 percent' is a gain; a Shenzhen line named among
    Shanghai's news is the A-share line."""
    hk = dt.datetime.fromisoformat("2025-03-03T16:45:00+08:00")
    text = "Tokyo Metro, which made its debut in October, rose 0.8% and is now up about 40% from its 1,200 yen offer price."
    assert [c.kind.value for c in claims_of(extractor, text, hk)] == ["close_change", "cumulative"]
    text = "Guming Holdings, another tea-drink chain, has fallen 20 per cent below its offer price since its debut last month."
    assert only(extractor, text, hk).kind is ClaimKind.CUMULATIVE
    china = dt.datetime.fromisoformat("2024-09-30T11:50:00+08:00")
    claim = only(extractor, "ChiNext-listed East Money Information hit its 20% ceiling.", china)
    assert (claim.ticker, claim.direction.value, claim.magnitude) == ("300059.SZ", "up", 20.0)
    text = "Developers rallied after Shanghai, Guangzhou and Shenzhen eased home purchase curbs: China Vanke climbed 10%."
    assert only(extractor, text, china).ticker == "000002.SZ"
    text = "Among the blue chips, chip manufacturer Infineon was the strongest gainer with a plus of 4.7 percent."
    assert only(extractor, text, dt.datetime.fromisoformat("2024-03-21T17:55:00+01:00")).ticker == "IFX.DE"


def test_a_dateline_on_its_own_line_under_the_headline(extractor):
    """'TORONTO, Feb. 13, 2024, 5:05 p.m. ET' under the headline files the report from Toronto: after an aside on Wall
    Street and a U.S. line, 'Royal Bank of Canada declined 1.8%' is the Toronto line."""
    text = ("TSX movers: Shopify tumbles\n\nTORONTO, Feb. 13, 2024, 5:05 p.m. ET\n\nThe S&P/TSX composite index lost 1.2%. "
            "On Wall Street, the S&P 500 fell 1.4%.\n\n- Shopify Inc. slumped 13% in Toronto. Its U.S.-listed shares fell "
            "13.3%.\n- Royal Bank of Canada declined 1.8% as bond yields jumped.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-02-13T17:05:00-05:00"))
    assert [c.ticker for c in claims] == ["^GSPTSE", "^GSPC", "SHOP.TO", "SHOP", "RY.TO"]


def test_a_table_rows_abbreviated_name_ends_no_sentence(extractor):
    """'HS China Ent.        7,493.35     -830.66   -9.98' under an 'Index  Close  Change  %' heading: one row, the
    index's day move; 'Shares rose.  3M fell 2%.' is still two sentences."""
    from analysis.sentences import split_sentences
    text = ("Index                   Close       Change      %\nHS China Ent.        7,493.35     -830.66   -9.98\n"
            "Shanghai Comp.       3,489.78     +153.28   +4.59")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-09T06:00:00+08:00"))
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [("^HSCE", "down", 9.98), ("000001.SS", "up", 4.59)]
    assert [s.text for s in split_sentences("Shares rose.  3M fell 2%.")] == ["Shares rose.", "3M fell 2%."]


def test_a_weekly_review_of_a_days_slide_a_points_adjective_and_a_paragraph_opening_move(extractor):
    """'lost roughly 2% this week, almost all of it from Wednesday's 2.9% slide': Wednesday's move; 'The Dow's 1,123-point
    drop that day': a points figure as an adjective; 'Friday's 1.1% rebound ...' opening the next paragraph is the S&P
    500's, the last paragraph's subject, not the Dow's aside."""
    text = ("THE WEEK: The S&P 500 lost roughly 2% this week, almost all of it from Wednesday's 2.9% slide. The Dow's "
            "1,123-point drop that day stretched its losing streak to 10 sessions.\n\nFriday's 1.1% rebound, sparked by a "
            "cooler inflation reading, softened the damage.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-21T07:00:00-05:00"))
    assert [(c.ticker, c.magnitude, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("^GSPC", 2.0, "cumulative", "2024-12-20"), ("^GSPC", 2.9, "close_change", "2024-12-18"),
        ("^DJI", 1123.0, "close_change", "2024-12-18"), ("^GSPC", 1.1, "close_change", "2024-12-20")]


def test_below_its_all_time_high(extractor):
    """'remains about 11% below its all-time high set on Feb. 19': the distance from that high, a span to now."""
    claim = only(extractor, "Even with the rally, the S&P 500 remains about 11% below its all-time high set on Feb. 19.",
                 dt.datetime.fromisoformat("2025-04-09T16:35:00-04:00"))
    assert (claim.kind, claim.hedge, claim.date.isoformat()) == (ClaimKind.CUMULATIVE, "about", "2025-04-09")


def test_closed_during_the_day_is_the_close(extractor):
    """'Rivian closed 0.4% higher during the day', after its after-hours fall: the regular session's close; 'During the
    day, it tanked 8.15%' is still a point of the session."""
    published = dt.datetime.fromisoformat("2024-02-21T16:40:00-05:00")
    claims = claims_of(extractor, "Rivian Automotive fell 12% after the bell. Rivian closed 0.4% higher during the day.", published)
    assert [c.kind.value for c in claims] == ["after_hours", "close_change"]
    assert claims_of(extractor, "Nvidia rose 1%. During the day, it tanked 8.15%.", published)[-1].kind is ClaimKind.INTRADAY_LOW


def test_a_bare_us_symbol_after_a_us_index(extractor):
    """'The Nasdaq gained 0.9%, helped by ... General Electric. GE jumped 6.5%.': after a U.S. index has set the market,
    a bare U.S. symbol is still read."""
    text = "The Nasdaq gained 0.9%, helped by strong results from Coca-Cola and General Electric. GE jumped 6.5%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-10-24T17:15:00-04:00"))
    assert [c.ticker for c in claims] == ["^IXIC", "GE"]


def test_an_unplaced_name_before_had_already(extractor):
    """'First Republic had already lost 15% on Friday': a name the directory lacks (delisted), before its adverb."""
    claim = only(extractor, "First Republic had already lost 15% on Friday.", dt.datetime.fromisoformat("2023-03-13T11:20:00-04:00"))
    assert (claim.entity, claim.ticker, claim.date.isoformat()) == ("First Republic", None, "2023-03-10")


def test_a_place_opening_a_conjunct_puts_its_company_there(extractor):
    """'In Amsterdam, ASML is down 9% and in Frankfurt, Siemens Energy, a big supplier ..., has slumped 18%': Siemens
    Energy's Frankfurt line; 'Worldline fell 4.4% in Paris, Nexi SpA dropped 6.1% in Milan' keeps Paris Worldline's."""
    published = dt.datetime.fromisoformat("2025-01-27T06:55:00-05:00")
    text = "In Amsterdam, ASML is down 9% and in Frankfurt, Siemens Energy, a big supplier of power gear, has slumped 18%."
    assert [c.ticker for c in claims_of(extractor, text, published)] == ["ASML.AS", "ENR.DE"]


def test_a_colon_ends_a_moves_words(extractor):
    """'- Adidas -2.8%: the sportswear group guided to a revenue increase in 2025': the year is the guidance's, not a
    span of the move."""
    text = "Losers\n- Adidas -2.8%: the sportswear group guided to a revenue increase in 2025."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-05T12:30:00+01:00"))
    assert (claim.ticker, claim.kind) == ("ADS.DE", ClaimKind.INTRADAY_CURRENT)


def test_an_appositive_saying_what_a_company_is_gives_a_common_word_name_context(extractor):
    """'Circle, the stablecoin issuer, priced at $31 ... It's up about 240% from that IPO price, and it's adding another 4%
    in the premarket': the aside says Circle is a company."""
    text = ("PICKER: Circle, the stablecoin issuer, priced at $31 and it has been a rocket. It's up about 240% from that IPO "
            "price, and it's adding another 4% in the premarket this morning.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-12T08:40:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("CRCL", "cumulative"), ("CRCL", "premarket")]


def test_the_two_day_slide_refers_back(extractor):
    """'The two-day slide amounts to a loss of more than 42% in two sessions': the move of the listing just spoken of."""
    text = ("NYCB was down 8.4% at $5.93 in early afternoon trading, after plunging 37.7% on Wednesday. The two-day slide "
            "amounts to a loss of more than 42% in two sessions.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-02-01T14:10:00-05:00"))
    assert [(c.magnitude, c.kind.value, c.hedge) for c in claims][-1] == (42.0, "cumulative", "more than")


def test_better_at_a_level_from_the_start_of_a_year_and_a_wealth_manager(extractor):
    """'British Land was 5.2% better at 346p' is a gain ('5% better than expected' is none); 'still about 1 per cent lower
    from the start of 2025' is the year's; 'The wealth manager's shares have now lost 21 per cent' are AMP's."""
    text = "Landlords also rallied. British Land was 5.2% better at 346p. Profit was 5% better than expected."
    claim = only(extractor, text, dt.datetime.fromisoformat("2023-11-15T17:20:00+00:00"))
    assert (claim.ticker, claim.direction.value, claim.level) == ("BLND.L", "up", 346.0)
    claim = only(extractor, "The Hang Seng Index is still about 1 per cent lower from the start of 2025.",
                 dt.datetime.fromisoformat("2025-01-21T16:45:00+08:00"))
    assert claim.kind is ClaimKind.YTD
    text = "AMP has tumbled 10.3 per cent. The wealth manager's shares have now lost 21 per cent over the past month."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-02-15T12:40:00+11:00"))
    assert [c.ticker for c in claims] == ["AMP.AX", "AMP.AX"]


def test_a_return_to_the_stock_market_is_a_debut(extractor):
    """'Douglas made a disappointing return to the stock market ... Douglas shares closed at 25.40 euros, 2.3% below the
    issue price': the first session's move, not a span."""
    text = ("FRANKFURT - The DAX climbed to a record on Thursday, while perfumery chain Douglas made a disappointing return "
            "to the stock market.\n\nDouglas shares closed at 25.40 euros, 2.3% below the issue price of 26 euros.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-03-21T17:50:00+01:00"))
    assert (claim.ticker, claim.kind) == ("DOU.DE", ClaimKind.CLOSE_CHANGE)


def test_a_regular_session_named_once_holds_for_the_sentence(extractor):
    """Under 'Stocks making the biggest moves after hours': 'The moves came after a rough regular session in which the
    S&P 500 fell 1.4% and the Nasdaq Composite dropped 2.3%' are both closes."""
    text = ("Stocks making the biggest moves after hours: Intel, Amazon and more\n\nIntel plunged 20% in extended trading.\n\n"
            "The moves came after a rough regular session in which the S&P 500 fell 1.4% and the Nasdaq Composite dropped 2.3%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-01T17:10:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("INTC", "after_hours"), ("^GSPC", "close_change"), ("^IXIC", "close_change")]


def test_a_stock_thats_up_is_the_company_spoken_of(extractor):
    """'this is a stock that's up more than 250% this year': the company spoken of, with the spoken "that's"."""
    text = "Super Micro Computer rose 19%. JOSH BROWN: Look, this is a stock that's up more than 250% this year, Scott."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-03-04T13:10:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("SMCI", "intraday_current"), ("SMCI", "ytd")]


def test_a_comma_lists_a_moves_spans(extractor):
    """'down 2% today, 9% this week and 20% this year': three figures of one verb, each over its own span."""
    text = "Nvidia stock is down 2% today, 9% this week and 20% this year."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-20T16:30:00-05:00"))
    assert [(c.magnitude, c.kind.value, c.date.isoformat(), c.start_date and c.start_date.isoformat()) for c in claims] == [
        (2.0, "close_change", "2024-11-20", None), (9.0, "cumulative", "2024-11-20", "2024-11-18"), (20.0, "ytd", "2024-11-20", None)]


def test_a_weekday_of_last_week(extractor):
    """'on Wednesday last week' and 'on Friday of last week' are those days of the week before, not a span; 'on Monday,
    9% last week' keeps the day to the first move and the week to the second."""
    published = dt.datetime.fromisoformat("2024-11-20T16:30:00-05:00")
    assert only(extractor, "On Wednesday last week, Nvidia fell 2%.", published).date == dt.date(2024, 11, 13)
    assert only(extractor, "Nvidia fell 2% on Friday of last week.", published).kind is ClaimKind.CLOSE_CHANGE
    claims = claims_of(extractor, "Nvidia fell 2% on Monday, 9% last week.", published)
    assert [(c.magnitude, c.kind.value, c.date.isoformat()) for c in claims] == [(2.0, "close_change", "2024-11-18"), (9.0, "cumulative", "2024-11-15")]


def test_a_tables_signed_change_after_its_price(extractor):
    """'DBS Group: S$45.92, +2.4%' and a scorecard's 'day -2.7% | week -6.2%': a price, then its signed change, is no
    restatement; a cell labelled 'week' is the week's move."""
    claim = only(extractor, "SGX MIDDAY\n\nDBS Group: S$45.92, +2.4%\n", dt.datetime.fromisoformat("2025-02-10T12:30:00+08:00"))
    assert (claim.ticker, claim.direction, claim.magnitude, claim.kind) == ("D05.SI", Direction.UP, 2.4, ClaimKind.INTRADAY_CURRENT)
    text = "WEEKLY SCORECARD\n\nINDEX | CLOSE | DAY | WEEK\nCAC 40 | 7,503.27 | day -2.7% | week -6.2%\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-15T09:00:00+02:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [("^FCHI", 2.7, "close_change"), ("^FCHI", 6.2, "cumulative")]


def test_a_year_when_is_the_year_under_review(extractor):
    """A fund letter's 'We trailed in a year when the S&P 500 rose 24%' is the year's move."""
    claim = only(extractor, "We trailed in a year when the S&P 500 rose 24%.", dt.datetime.fromisoformat("2023-12-31T12:00:00-05:00"))
    assert (claim.ticker, claim.kind) == ("^GSPC", ClaimKind.YTD)


def test_a_filings_issuer_is_its_heading(extractor):
    """An unusual-movement filing headed by an issuer the directory lacks: its moves are that issuer's (null ticker), not
    the exchange's whose disclaimer opens it, nor a listed namesake inside its name ('ORCHARD VALE' is not Vale)."""
    text = ("Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement.\n\n"
            "ORCHARD VALE RESOURCES LIMITED\n\nANNOUNCEMENT\nUNUSUAL PRICE AND TRADING VOLUME MOVEMENTS\n\n"
            "The board of the Company has noted today's increase in the price of the shares of the Company. The shares "
            "rose by as much as 59.4% during the trading session and closed up 48.4% at HK$0.475.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-13T19:00:00+08:00"))
    assert [(c.entity, c.ticker, c.magnitude) for c in claims] == [
        ("Orchard Vale Resources Limited", None, 59.4), ("Orchard Vale Resources Limited", None, 48.4)]


def test_a_price_query_to_an_intraday_high(extractor):
    """An ASX query's 'change in the price of the Company's securities from a close of $0.041 on Monday, 20 January 2025
    to an intraday high of $0.069 on 21 January 2025, an increase of 68%' is the issuer's intraday high of the 21st."""
    text = ("Kestrel Ridge Lithium Limited (\"the Company\") refers to ASX's price query letter of 21 January 2025, which "
            "noted the change in the price of the Company's securities from a close of $0.041 on Monday, 20 January 2025 "
            "to an intraday high of $0.069 on 21 January 2025, an increase of 68%.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-01-22T09:00:00+11:00"))
    assert (claim.entity, claim.ticker, claim.kind, claim.date) == (
        "Kestrel Ridge Lithium Limited", None, ClaimKind.INTRADAY_HIGH, dt.date(2025, 1, 21))


def test_as_much_as_in_late_trade_is_the_sessions_extreme(extractor):
    """'fell 1.6% after sliding as much as 7% in late trade': the New York session's low, late in it."""
    text = "Overnight in New York, the iShares MSCI South Korea ETF fell 1.6% after Nvidia slid as much as 7% in late trade."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-04T14:45:00+09:00"))
    assert [c.kind.value for c in claims if c.ticker == "NVDA"] == ["intraday_low"]


def test_last_weeks_event_gives_no_span(extractor):
    """'luxury is also heavy after last week's China rally faded: LVMH is down 2.9%' is the day's move."""
    text = "PRESENTER: Before we go, luxury is also heavy after last week's China rally faded: LVMH is down 2.9%."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-09-30T13:15:00+02:00"))
    assert (claim.ticker, claim.kind, claim.date) == ("MC.PA", ClaimKind.INTRADAY_CURRENT, dt.date(2024, 9, 30))


def test_a_level_given_again_in_dollars_is_no_figure(extractor):
    """'surged by the daily limit of 20 percent to CNY1,243.20 (USD173.20)': one move, no dollar figure of its own."""
    text = "Shares of Cambricon Technologies surged by the daily limit of 20 percent to CNY1,243.20 (USD173.20) this morning."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-08-22T11:40:00+08:00"))
    assert (claim.ticker, claim.magnitude, claim.level) == ("688256.SS", 20.0, 1243.2)


def test_shares_of_the_countrys_most_valuable_company(extractor):
    """'shares of the country's most valuable company closed at 49,900 won on Thursday, down 1.38 percent': Samsung."""
    text = ("Samsung Electronics shares soared 7.21 percent to 53,500 won on Friday. It came after shares of the country's "
            "most valuable company closed at 49,900 won on Thursday, down 1.38 percent.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-15T18:00:00+09:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("005930.KS", "2024-11-15"), ("005930.KS", "2024-11-14")]


def test_the_close_of_the_morning_session_is_a_point_of_the_day(extractor):
    """'The index closed the first session down 6.1 percent', written in Jakarta's lunch break: where it stands now."""
    text = "JAKARTA -- The Jakarta Composite Index closed the first session down 6.1 percent at 6,076.08."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-18T12:10:00+07:00"))
    assert (claim.ticker, claim.kind) == ("^JKSE", ClaimKind.INTRADAY_CURRENT)


def test_a_gauge_named_by_its_count_is_not_the_index_before(extractor):
    """'The all share index closed 1.6% lower, while the top 40 index dropped 1.7%': the Top 40 is no All Share."""
    text = "JOHANNESBURG - The JSE all share index closed 1.6% lower at 77,129 points, while the top 40 index dropped 1.7%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-03T18:30:00+02:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("^J203.JO", 1.6), (None, 1.7)]


def test_a_return_to_the_asx_is_a_debut(extractor):
    """'Virgin Australia shares edged higher on their return to the ASX': the relisting's first session."""
    text = ("Virgin Australia shares edged higher on their return to the ASX on Tuesday.\n\nThe stock closed at $3.00, "
            "3.4 per cent above the $2.90 offer price, after rising as much as 5.2 per cent in the first hour of trade.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-06-24T17:15:00+10:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("VGN.AX", "close_change"), ("VGN.AX", "intraday_high")]


def test_a_metrics_parts_are_no_prices(extractor):
    """'Comparable sales rose 1%, with the Gap brand up 3% and Old Navy up 1%, while Athleta fell 1%': sales, by brand."""
    text = "Gap shares rose 2% after the bell. Comparable sales rose 1%, with the Gap brand up 3% and Old Navy up 1%, while Athleta fell 1%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-21T16:30:00-05:00"))
    assert [c.magnitude for c in claims] == [2.0]


def test_the_company_that_ended_its_first_session_up(extractor):
    """'The virtual physical-therapy company ended its first session on the New York Stock Exchange up 17%': the company
    spoken of, not the exchange."""
    text = ("Hinge Health rose 1.8% in premarket trading. The virtual physical-therapy company ended its first session on "
            "the New York Stock Exchange up 17% at $37.56.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-05-23T08:00:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date.isoformat()) for c in claims] == [
        ("HNGE", "premarket", "2025-05-23"), ("HNGE", "close_change", "2025-05-22")]


def test_a_sector_sub_index(extractor):
    """'The information technology sub-index fell 4.8 per cent': a sector gauge the directory lacks, not the benchmark."""
    text = "The S&P/TSX composite index ended down 0.3 per cent. The information technology sub-index fell 4.8 per cent."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-27T17:00:00-05:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("S&P/TSX composite index", "^GSPTSE"), ("information technology sub-index", None)]


def test_rand_and_ringgit_prefixes(extractor):
    """Johannesburg's 'Sasol lost R6.50, or 4.1%' and Bursa's 'moved from RM0.60 on 2 May 2024 to RM1.45 on 16 May 2024,
    an increase of RM0.85 or 141.7%' are moves in their currencies."""
    claims = claims_of(extractor, "JOHANNESBURG - Sasol lost R6.50, or 4.1%, to R152.30 on Monday.",
                       dt.datetime.fromisoformat("2024-08-19T17:30:00+02:00"))
    assert [(c.ticker, c.magnitude, c.unit) for c in claims] == [("SOL.JO", 6.5, Unit.CURRENCY), ("SOL.JO", 4.1, Unit.PCT)]
    text = ("The Board of Directors of Seri Kenanga Holdings Berhad (the \"Company\") notes that the share price of the Company "
            "moved from RM0.60 on 2 May 2024 to RM1.45 on 16 May 2024, an increase of RM0.85 or 141.7%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-05-17T18:00:00+08:00"))
    assert [(c.magnitude, c.kind.value, c.start_date.isoformat(), c.date.isoformat()) for c in claims] == [
        (0.85, "cumulative", "2024-05-02", "2024-05-16"), (141.7, "cumulative", "2024-05-02", "2024-05-16")]


def test_a_scorecard_cut_by_bars_without_outer_bars(extractor):
    """'INDEX | FRIDAY | NOVEMBER | 2024 YTD' over 'Dow industrials| +0.4%    | +7.5%    | +19.2%': each column its span."""
    text = ("THE MONTH IN MARKETS: November 2024 scorecard\n\nINDEX          | FRIDAY   | NOVEMBER | 2024 YTD\n"
            "Dow industrials| +0.4%    | +7.5%    | +19.2%\nNasdaq Comp.   | +0.8%    | +6.2%    | +28.0%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-30T09:00:00-05:00"))
    assert [(c.ticker, c.magnitude, c.kind.value) for c in claims] == [
        ("^DJI", 0.4, "close_change"), ("^DJI", 7.5, "cumulative"), ("^DJI", 19.2, "ytd"),
        ("^IXIC", 0.8, "close_change"), ("^IXIC", 6.2, "cumulative"), ("^IXIC", 28.0, "ytd")]


def test_a_movers_notes_section_headings(extractor):
    """Under 'AFTER THE BELL', items under 'THE CLOSE' are closes and every item under 'EXTENDED TRADING' is late."""
    text = ("AFTER THE BELL: Stocks movers, Thursday Oct. 31, 2024\n\nTHE CLOSE\n• S&P 500 -1.9%, Nasdaq Composite -2.8%.\n\n"
            "EXTENDED TRADING\n• Amazon +6.2%: AWS revenue rose 19%.\n• Intel +7.4%: guidance came in above forecasts.\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-31T17:10:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("^GSPC", "close_change"), ("^IXIC", "close_change"), ("AMZN", "after_hours"), ("INTC", "after_hours")]


def test_below_a_named_days_close_is_a_span_from_it(extractor):
    """'Even with Monday's bounce, the shares stand about 16% below Thursday's close': the span since Thursday."""
    text = "Novo Nordisk shares rose 5% on Monday. Even with Monday's bounce, the shares stand about 16% below Thursday's close."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-23T10:30:00+01:00"))
    assert (claims[-1].kind, claims[-1].start_date) == (ClaimKind.CUMULATIVE, dt.date(2024, 12, 19))


def test_a_transcripts_speaker_label_before_a_span(extractor):
    """'HOST 2: Over the four sessions, the S&P 500 fell 1.5%, the Nasdaq 2.6% and the Dow 2.7%': all over the span."""
    text = "HOST 2: Over the four sessions, the S&P 500 fell 1.5%, the Nasdaq 2.6% and the Dow 2.7%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-19T10:00:00-04:00"))
    assert [c.kind.value for c in claims] == ["cumulative"] * 3


def test_a_disclosure_titled_by_its_issuer(extractor):
    """'[Disclosure] Daeyang Bioforge Co., Ltd. - Response to Inquiry ...': 'The Company's common shares' are its."""
    text = ("[Disclosure] Daeyang Bioforge Co., Ltd. - Response to Inquiry on Significant Share Price Change\n\n"
            "The Company's common shares rose 86.4% over the five trading days to 12 March 2025.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-03-12T18:10:00+09:00"))
    assert (claim.entity, claim.ticker, claim.kind) == ("Daeyang Bioforge Co., Ltd.", None, ClaimKind.CUMULATIVE)


def test_above_a_spin_offs_reference_price(extractor):
    """'The stock opened at 205 yen, 37% above the 150-yen reference price set by the exchange': the relisting's move."""
    text = "Sony Financial Group shares began trading in Tokyo on Monday. The stock opened at 205 yen, 37% above the 150-yen reference price set by the exchange."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-09-29T11:40:00+09:00"))
    assert (claim.direction, claim.magnitude, claim.kind) == (Direction.UP, 37.0, ClaimKind.INTRADAY_CURRENT)


def test_a_market_day_opening_a_paragraph_of_a_premarket_story(extractor):
    """Before the bell, 'Stocks snapped a five-day winning streak on Tuesday. The S&P 500 slipped 0.3%': Tuesday's close."""
    text = ("Before the bell: All eyes on October inflation\n\nStocks snapped a five-day winning streak on Tuesday. The S&P 500 "
            "slipped 0.3% and the Dow fell 0.9%, as investors took profits.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-13T07:05:00-05:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("close_change", "2024-11-12")] * 2


def test_a_drop_that_reached_as_much_as(extractor):
    """'trimming a drop that reached as much as 15% shortly after the open': the session's low so far."""
    text = "12:10 p.m. ET - CrowdStrike shares are down 12.4% at $301.50, trimming a drop that reached as much as 15% shortly after the open."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-19T12:10:00-04:00"))
    assert [(c.magnitude, c.kind.value, c.hedge) for c in claims] == [(12.4, "intraday_current", None), (15.0, "intraday_low", "as much as")]


def test_a_day_told_once_holds_over_the_turn(extractor):
    """A podcast's 'On Monday the Nikkei 225 lost 4,451.28 points, or 12.4%. ... The Topix fell 12.2%.': Monday's too."""
    text = ("HOST B: Nobody did. On Monday the Nikkei 225 lost 4,451.28 points, or 12.4%, to 31,458.42. The Topix fell 12.2%.\n\n"
            "HOST A: And the trigger was a mix of things.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-08-10T09:00:00+09:00"))
    assert [(c.ticker, c.date.isoformat()) for c in claims] == [("^N225", "2024-08-05")] * 2 + [("^TOPX", "2024-08-05")]


def test_a_verb_joined_on_moves_the_sentences_company(extractor):
    """'Hyundai Motor India raised 27,870 crore rupees ... at 1,960 rupees a share, and fell 7.2% on its Oct. 22 debut':
    the company, not the price a share was sold at."""
    text = ("Hyundai Motor India raised 27,870 crore rupees, the largest Indian IPO ever, at 1,960 rupees a share, and fell "
            "7.2% on its Oct. 22 debut.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-11-20T10:00:00+05:30"))
    assert (claim.ticker, claim.date) == ("HYUNDAI.NS", dt.date(2024, 10, 22))


def test_the_index_a_company_ranked_on_which_closed(extractor):
    """'the worst performance on the FTSE MIB, which closed 0.6% lower': the index's own close."""
    text = "UniCredit shares ended down 4.9% in Milan, the worst performance on the FTSE MIB, which closed 0.6% lower."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-11-25T18:00:00+01:00"))
    assert [c.ticker for c in claims] == ["UCG.MI", "FTSEMIB.MI"]


def test_a_scorecards_year_column_and_its_winners_list(extractor):
    """'Q1/YTD' heads the year's column, and 'WINNERS OF THE QUARTER (year to date)' gives its two-column list the year."""
    text = ("EUROPE SCORECARD: March and the first quarter of 2025\n\nINDEX              TODAY    MARCH    Q1/YTD\n"
            "DAX                -1.3%    -1.7%    +11.3%\n\nWINNERS OF THE QUARTER (year to date)\nRheinmetall        +114%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-31T18:30:00+02:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("^GDAXI", "close_change"), ("^GDAXI", "cumulative"), ("^GDAXI", "ytd"), ("RHM.DE", "ytd")]


def test_a_premarket_notes_snapshot_of_the_day_before(extractor):
    """'Indian equities suffered their worst session in two months on Thursday as ... The Sensex fell 2.10%': Thursday's."""
    text = ("PRE-MARKET NOTE | Friday, 4 October 2024 | 08:15 IST\n\nIndian equities suffered their worst session in two months "
            "on Thursday as escalating tension in West Asia lifted crude prices. The Sensex fell 1,769.19 points, or 2.10%, to 82,497.10.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-04T08:15:00+05:30"))
    assert {(c.kind.value, c.date.isoformat()) for c in claims} == {("close_change", "2024-10-03")}


def test_shares_of_the_company_in_a_clarification(extractor):
    """An NSE clarification headed 'One 97 Communications Limited': 'Shares of the Company fell 10%' are Paytm's."""
    text = ("One 97 Communications Limited\nDate: February 5, 2024\n\nSub: Clarification on significant movement in price\n\n"
            "This is with reference to the Exchange's email seeking clarification on the significant movement in the price of "
            "the Company's equity shares. Shares of the Company fell 10% to Rs 438.35 on the NSE today.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-02-05T19:00:00+05:30"))
    assert claim.ticker == "PAYTM.NS"


# -- share classes --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, ticker",
    [
        ("Berkshire's Class B shares rose 1.6% on Friday. The Class A shares have gained 19% this year.", "BRK-A"),
        ("Alphabet's Class A shares rose 4.5% in extended trading. The company's non-voting Class C shares gained 4.3% "
         "after the bell.", "GOOG"),
        # both of Grifols' classes trade in Madrid: the class picks among the market's lines
        ("Shares in Grifols closed down 26%. Its non-voting class B shares, which trade in Madrid, fell 25.4%.", "GRF-P.MC"),
        ("Volkswagen's preferred shares fell 2.4% in Frankfurt on Monday. The more thinly traded ordinary voting shares "
         "were down 1.9%.", "VOW.DE"),
        ("Lindt & Spruengli has two listed lines, and the certificates rose 1.6% on Monday.", "LISP.SW"),
        ("Stora Enso's R shares rose 4.8% in Helsinki. The company's R shares listed in Stockholm were up 4.6%.", "STE-R.ST"),
    ],
)
def test_a_share_class_picks_the_companys_line(extractor, text, ticker):
    """'The Class A shares', 'its non-voting class B shares, which trade in Madrid', 'the ordinary voting shares',
    'the certificates': the line of that class (the last claim of each text)."""
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-30T18:00:00+02:00"))
    assert claims[-1].ticker == ticker


def test_a_class_the_company_does_not_list_apart_is_its_one_line(extractor):
    """'Coupang's Class A shares': the company's one line, not no line."""
    claim = only(extractor, "Coupang's Class A shares rose 3% on Monday.", dt.datetime.fromisoformat("2024-09-30T18:00:00-04:00"))
    assert claim.ticker == "CPNG"


def test_a_rival_whose_b_shares_moved(extractor):
    """'Danish rival Carlsberg, whose B shares were up 2.1% in Copenhagen': an ambiguous name, placed by its shares' move."""
    claim = only(extractor, "The results also lifted Danish rival Carlsberg, whose B shares were up 2.1% in Copenhagen.",
                 dt.datetime.fromisoformat("2025-02-12T12:00:00+01:00"))
    assert claim.ticker == "CARL-B.CO"


def test_a_short_name_then_its_venue(extractor):
    """'Anglo's London shares jumped 16 per cent' after 'Anglo American': the first word of a name said before."""
    text = ("BHP made an all-share proposal for Anglo American. Anglo's London shares jumped 16 per cent on Thursday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-04-26T12:30:00+10:00"))
    assert [c.ticker for c in claims] == ["AAL.L"]


def test_names_inside_the_subjects_apposition_do_not_own_its_shares(extractor):
    """'AB Volvo, the truck maker in which Geely's owner holds a minority stake, saw its B shares fall 2.1%'."""
    text = "AB Volvo, the truck and bus maker in which Geely's owner holds a minority stake, saw its B shares fall 2.1%."
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-07-17T10:30:00+02:00"))
    assert claim.ticker == "VOLV-B.ST"


# -- scoreboards and headings -----------------------------------------------------------------------
def test_a_bar_charts_rows_under_a_weekly_caption_are_the_weeks_moves(extractor):
    """'Weekly change, local currency' over 'CSI 300   ███████████████▋ +15.7%': the bar ends one space before the figure."""
    text = ("ASIA WEEKLY SCOREBOARD\n\nWeekly change, local currency\nCSI 300             ███████████████▋ +15.7%\n"
            "Taiex               ▏                -0.2%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-28T09:00:00+08:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("000300.SS", "cumulative"), ("^TWII", "cumulative")]


def test_a_league_tables_caption_holds_over_the_elided_rows(extractor):
    """'FTSE 100: BEST AND WORST THIS WEEK', its best rows, '...', its worst rows: all the week's moves."""
    text = ("THE WEEK IN MARKETS\n\nFTSE 100: BEST AND WORST THIS WEEK\nBurberry        +20.6%\nPersimmon       +8.9%\n...\n"
            "Rightmove       -3.8%\nFresnillo       -3.3%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-18T08:00:00+00:00"))
    assert [c.kind.value for c in claims] == ["cumulative"] * 4


def test_a_heading_in_capitals_gives_its_list_the_month(extractor):
    """'WORST LARGE CAPS IN OCTOBER' over '• IndusInd Bank: down 22.7%, including an 18.6% plunge on October 25'."""
    text = ("MONTHLY SCORECARD | October 2024: the worst month since 2020\n\nWORST LARGE CAPS IN OCTOBER\n"
            "• IndusInd Bank: down 22.7%, including an 18.6% plunge on October 25 after a profit miss\n• Asian Paints: down 14.3%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-31T19:30:00+05:30"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [
        ("cumulative", "2024-10-31"), ("close_change", "2024-10-25"), ("cumulative", "2024-10-31")]


def test_profit_attributable_to_a_company_is_no_price(extractor):
    """A results summary's 'Net income attributable to Toyota Motor Corporation: 4,765.0 (-3.6%)'."""
    text = "Operating income: 4,795.5 (-10.4%)\nNet income attributable to Toyota Motor Corporation: 4,765.0 (-3.6%)\n"
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-05-08T15:00:00+09:00")) == []


def test_an_index_naming_a_companys_league_is_no_index_move(extractor):
    """'Shares in the FTSE 100 group fell 5.2%', 'The FTSE 250-listed company rose 2.4%': the companies spoken of."""
    text = ("Auto Trader warned that dealers were pushing back on prices. Shares in the FTSE 100 group fell 5.2% on Thursday.\n\n"
            "Howden Joinery had a better time of it. The FTSE 250-listed company rose 2.4% yesterday.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-30T09:00:00+00:00"))
    assert [c.ticker for c in claims] == ["AUTO.L", "HWDN.L"]


def test_an_offer_price_gain_on_the_debut_day_a_when_clause_names(extractor):
    """'Tata Capital's debut on Monday, when the stock ended 1.2% above its issue price': Monday's close."""
    claim = only(extractor, "The listing follows Tata Capital's debut on Monday, when the stock ended 1.2% above its issue price.",
                 dt.datetime.fromisoformat("2025-10-14T10:45:00+05:30"))
    assert (claim.kind.value, claim.date) == ("close_change", dt.date(2025, 10, 13))


def test_a_stat_boxs_figure_is_the_move_of_the_line_under_it(extractor):
    """'−0.5%' over 'FTSE 100 on the day, closing at 8,370.33'; '10.2%' over "Tuesday's gain in the shares": the line
    under the figure says whose move it is (and, unsigned, which way); a level or a rate under it is no move."""
    text = ("STAT BOX | Tesla's quarter\n\n4.47%\nTwo-year gilt yield at the close\n\n−0.5%\nFTSE 100 on the day, closing at "
            "8,370.33\n\n10.2%\nTuesday's gain in Tesla shares, which closed at $231.26\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-02T17:30:00-04:00"))
    assert [(c.ticker, c.signed_magnitude, text[c.span[0] : c.span[1]]) for c in claims] == [
        ("^FTSE", -0.5, "−0.5%"), ("TSLA", 10.2, "10.2%")]


def test_a_name_that_is_also_a_word_opens_a_tables_row(extractor):
    """'Leonardo      Milan      EUR       42.26   +16.0%': a table's row names its company first."""
    text = ("TOP DEFENCE MOVERS (closing prices, local currency)\nCompany       Market     Ccy       Close      Chg\n"
            "Hensoldt      Xetra      EUR       52.10   +22.2%\nLeonardo      Milan      EUR       42.26   +16.0%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-03T18:30:00+01:00"))
    assert [c.ticker for c in claims] == ["HAG.DE", "LDO.MI"]


def test_a_threshold_with_plus_is_no_move(extractor):
    """'on track for back-to-back 20%-plus years': a bar to clear, not a figure that moved."""
    claims = claims_of(extractor, "The S&P 500 is now up 27.7% in 2024, on track for back-to-back 20%-plus years.",
                       dt.datetime.fromisoformat("2024-12-08T10:00:00-05:00"))
    assert [c.magnitude for c in claims] == [27.7]


def test_the_yardstick_before_a_which_clause_is_what_moved(extractor):
    """'outperforming the Swiss Market Index, which gained 0.4%': the index, not the company outperforming it."""
    text = "Nestlé shares were up 1.9% at 79.56 francs in Zurich, outperforming the Swiss Market Index, which gained 0.4%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-13T10:00:00+01:00"))
    assert [c.ticker for c in claims] == ["NESN.SW", "^SSMI"]


def test_a_bar_charts_month_caption(extractor):
    """'February change (each █ = 2 percentage points)' over the bars, published on 1 March: February's moves."""
    text = ("GREATER CHINA MONTHLY SCORECARD\n\nFebruary change (each █ = 2 percentage points)\n"
            "Hang Seng Tech      █████████▏  +18.1%\nHang Seng           ██████▋     +13.4%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-01T09:00:00+08:00"))
    assert [(c.kind.value, c.date.isoformat()) for c in claims] == [("cumulative", "2025-02-28")] * 2


@pytest.mark.parametrize("text", ["Hon Hai Precision is also locked limit-down at 10%.", "TSMC is limit down, 10%."])
def test_a_limit_move_with_its_size_after_at_or_a_comma(extractor, text):
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-04-07T12:15:00+08:00"))
    assert (claim.direction.value, claim.magnitude) == ("down", 10.0)


def test_a_limit_move_at_a_price_is_no_limit_size(extractor):
    """'Wistron closed limit-up at NT$122.5': the price it closed at, not a move of NT$122.5."""
    assert claims_of(extractor, "Wistron closed limit-up at NT$122.5, with buy orders left unfilled.",
                     dt.datetime.fromisoformat("2024-11-22T14:00:00+08:00")) == []


def test_bearer_shares_and_a_nordic_companys_a_shares(extractor):
    """'Its bearer shares ... closed 5.2% higher' (Roche's RO beside ROG); 'The A shares, which carry voting rights,
    were 13.9% lower' (Maersk: a class A line, where the company has no mainland one)."""
    roche = claims_of(extractor, "Roche's non-voting equity securities closed up 5.9%. Its bearer shares, which carry voting "
                      "rights, closed 5.2% higher.", dt.datetime.fromisoformat("2024-07-17T18:00:00+02:00"))
    maersk = claims_of(extractor, "Maersk's B shares were down 14.6% by 1030 GMT. The A shares, which carry voting rights, "
                       "were 13.9% lower.", dt.datetime.fromisoformat("2024-02-08T11:30:00+01:00"))
    assert [c.ticker for c in roche] == ["ROG.SW", "RO.SW"]
    assert [c.ticker for c in maersk] == ["MAERSK-B.CO", "MAERSK-A.CO"]


@pytest.mark.parametrize(
    "text, published, ticker",
    [("AstraZeneca's London-listed shares closed down 4.3%. Its American depositary shares on the Nasdaq were down 4.9% "
      "at $67.48.", "2024-10-30T15:00:00-04:00", "AZN"),
     ("James Hardie reported a slump in volumes. The company's CHESS depositary interests on the ASX were down 27.8 per "
      "cent at $32.40.", "2025-05-21T13:00:00+10:00", "JHX.AX")],
)
def test_the_exchange_a_line_trades_on_is_no_index(extractor, text, published, ticker):
    """'Its American depositary shares on the Nasdaq', 'CHESS depositary interests on the ASX': where the line trades."""
    claims = claims_of(extractor, text, dt.datetime.fromisoformat(published))
    assert claims[-1].ticker == ticker


def test_more_of_a_quantity_is_no_price_move(extractor):
    """'helped patients lose 6.1% more weight than placebo': a quantity compared, not Roche's shares."""
    text = "Shares in Roche jumped on Wednesday after the drugmaker said its pill helped patients lose 6.1% more weight than placebo."
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-17T18:00:00+02:00")) == []


def test_a_company_bought_is_not_whose_shares_its_means(extractor):
    """'The miner completed its acquisition of Arcadium Lithium ... Its Sydney-listed shares closed 0.4% higher': Rio's."""
    text = ("Rio Tinto kept its iron ore guidance. The miner completed its $6.7 billion acquisition of Arcadium Lithium in "
            "March.\n\nIts Sydney-listed shares closed 0.4% higher on Wednesday.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-04-16T18:00:00+10:00"))
    assert claim.ticker == "RIO.AX"


def test_a_movers_lists_ambiguous_name_then_its_move(extractor):
    """'- Shell, up 2.0% at 2,810p': a name that is also a word, followed by its move."""
    claim = only(extractor, "FTSE 100 RISERS\n- Shell, up 2.0% at 2,810p. The oil major announced buybacks.",
                 dt.datetime.fromisoformat("2024-08-01T12:30:00+01:00"))
    assert claim.ticker == "SHEL.L"


def test_an_exchange_query_between_two_closes(extractor):
    """An SGX query: 'increased from S$0.052 at the close on 8 March 2024 to S$0.081 at the close on 12 March 2024, an
    increase of 55.8%': the span between the two closes."""
    text = ("Kestrel Marine Holdings Limited (the \"Company\")\n\nRESPONSE TO SGX-ST QUERY\n\nSGX-ST noted that the Company's "
            "share price increased from S$0.052 at the close on 8 March 2024 to S$0.081 at the close on 12 March 2024, an "
            "increase of 55.8%.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-03-13T19:00:00+08:00"))
    assert (claim.kind.value, claim.start_date, claim.date) == ("cumulative", dt.date(2024, 3, 8), dt.date(2024, 3, 12))


def test_a_line_the_topic_lacks_is_the_named_company_that_has_it(extractor):
    """'Volkswagen will pay $700 million for a stake in XPeng ... the Hong Kong shares remain down more than 60%':
    Volkswagen has no Hong Kong line; XPeng, named in the article, does."""
    text = ("XPeng's Hong Kong shares jumped on Thursday. Volkswagen will pay about $700 million for a 4.99% stake and get an "
            "observer seat on XPeng's board.\n\nEven after Thursday's jump, the Hong Kong shares remain down more than 60% "
            "since their Hong Kong debut in July 2021.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2023-07-27T16:30:00+08:00"))
    assert claim.ticker == "9868.HK"


def test_a_possessive_day_right_before_a_move_noun_owns_it(extractor):
    """'$AMC +32% today on top of Monday's 78% surge': Monday's move, whatever the clause said before."""
    claims = claims_of(extractor, "AMC rose 32% today on top of Monday's 78% surge.", dt.datetime.fromisoformat("2024-05-14T18:10:00-04:00"))
    assert [c.date.isoformat() for c in claims] == ["2024-05-14", "2024-05-13"]


def test_an_annual_letter_at_the_years_end_reviews_the_year(extractor):
    """A fund's 'Annual Letter to Limited Partners' dated December 31: 'Nvidia climbed 239%' is the year's move."""
    text = ("LARCHMONT HILL CAPITAL PARTNERS, L.P.\nAnnual Letter to Limited Partners\nDecember 31, 2023\n\nDear Partners,\n\n"
            "The S&P 500 gained 24.2% in 2023. Nvidia climbed 239% and Meta Platforms 194%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-12-31T10:00:00-05:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^GSPC", "ytd"), ("NVDA", "ytd"), ("META", "ytd")]


def test_a_line_named_by_its_market(extractor):
    """'its Stockholm line gained 1.6%': Nordea's Stockholm listing, after its Helsinki one."""
    text = ("Nordea Bank's shares rose in early trading. The bank's Helsinki-listed shares were up 1.8% shortly after the open, "
            "and its Stockholm line gained 1.6%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-17T10:30:00+03:00"))
    assert [c.ticker for c in claims] == ["NDA-FI.HE", "NDA-SE.ST"]


def test_there_is_the_market_the_sentence_before_opened_on(extractor):
    """A TV transcript's 'Hong Kong bore the brunt of it overnight. HSBC closed down 6.3% there': HSBC's Hong Kong line."""
    text = "CORRESPONDENT: Hong Kong bore the brunt of it overnight. HSBC closed down 6.3% there, and AIA lost 2.7%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-03-20T12:30:00+01:00"))
    assert [c.ticker for c in claims] == ["0005.HK", "1299.HK"]


def test_futures_on_the_index_are_no_index_move_and_the_late_session_holds(extractor):
    """'futures on the benchmark slid 3% and companies ... sold off in after-hours trading. Apple fell 7%': no S&P 500
    move, and Apple's is after hours."""
    text = ("Stocks had rallied into the announcement: the S&P 500 closed up 0.7% in the regular session. But as the details "
            "emerged, futures on the benchmark slid 3% and companies with Asian supply chains sold off in after-hours trading. "
            "Apple fell 7%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-04-02T18:30:00-04:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("^GSPC", "close_change"), ("AAPL", "after_hours")]


@pytest.mark.parametrize("text", [
    "The Nasdaq Composite rose 1.2%. The consumer-price index rose 0.2% in February, below the 0.3% economists expected.",
    "Nike's shares fell 3%. Sales through Nike's own stores and website fell 8%, and Nike Digital dropped 10%.",
])
def test_economic_gauges_and_a_companys_businesses_are_no_prices(extractor, text):
    """'The consumer-price index rose 0.2%' (hyphenated), 'and Nike Digital dropped 10%' after a sales figure."""
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-12T16:30:00-04:00"))
    assert len(claims) == 1


def test_jakartas_ihsg_and_its_lower_limit(extractor):
    """'The IHSG went on to slump as much as 7.1%', 'Amman Mineral Internasional (AMMN) plunged by the lower limit of
    15% at one stage': Jakarta's own name for its composite, and its auto-rejection band as a move's size."""
    text = ("The IHSG went on to slump as much as 7.1% intraday. Amman Mineral Internasional (AMMN) plunged by the lower limit "
            "of 15% at one stage.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-18T17:20:00+07:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("^JKSE", 7.1), ("AMMN.JK", 15.0)]


def test_a_metric_in_another_region_is_no_price(extractor):
    """'Fees in Germany, its largest market, declined 11%, while the UK and Ireland fell 19%': Hays's fees by region."""
    text = "Hays shares fell 3%. Fees in Germany, its largest market, declined 11%, while the UK and Ireland fell 19%."
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-11T09:00:00+01:00"))
    assert [c.ticker for c in claims] == ["HAS.L"]


def test_a_name_that_is_also_a_word_speaks_as_a_company(extractor):
    """'Progressive said Wednesday its April net income rose ... Shares rose 1.6% in premarket trading': Progressive."""
    text = ("Progressive said Wednesday its April net income rose to $1.08 billion.\n\nShares rose 1.6% in premarket trading.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-05-15T08:00:00-04:00"))
    assert (claim.ticker, claim.kind.value) == ("PGR", "premarket")


def test_a_size_word_after_an_index_name_is_that_index(extractor):
    """'Britain's FTSE 250 midcap index rose 0.5%': the FTSE 250, not an unnamed sector gauge."""
    claims = claims_of(extractor, "Britain's FTSE 250 midcap index rose 0.5%, and the FTSE 100 added 0.6%.",
                       dt.datetime.fromisoformat("2025-04-01T08:30:00+01:00"))
    assert [c.ticker for c in claims] == ["^FTMC", "^FTSE"]


def test_the_name_a_parent_goes_by_now(extractor):
    """'The parent, now called GE Aerospace after spinning off its last non-aviation business, rose 2.3%': GE, not the
    spin-off named before it."""
    text = ("GE Vernova closed at $131 on its first day. The parent, now called GE Aerospace after spinning off its last "
            "non-aviation business, rose 2.3% to $159.26.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-04-02T16:30:00-04:00"))
    assert claim.ticker == "GE"


@pytest.mark.parametrize(
    "text, published, tickers",
    [("Schindler's participation certificates rose 3.9% by 0915 GMT. The registered shares, which carry voting rights, "
      "gained 3.1%.", "2025-02-13T10:30:00+01:00", ["SCHP.SW", "SCHN.SW"]),
     ("Fox Corp. shares rose Monday. The nonvoting Class A shares were up 3.4% at $46.02, while the voting Class B shares "
      "added 3.1%.", "2024-11-04T13:30:00-05:00", ["FOXA", "FOX"]),
     ("Gerdau's preferred shares closed up 2.4% in Sao Paulo. The company's American depositary receipts, which represent "
      "the preferred stock, ended 2.7% higher on the New York Stock Exchange.", "2025-02-10T18:30:00-03:00", ["GGBR4.SA", "GGB"])],
)
def test_registered_shares_fox_classes_and_adrs_of_preferred_stock(extractor, text, published, tickers):
    """Swiss registered shares beside participation certificates; Fox's Class A (FOXA) and B (FOX); ADRs that
    represent preferred stock are the company's New York line."""
    assert [c.ticker for c in claims_of(extractor, text, dt.datetime.fromisoformat(published))] == tickers


def test_a_half_years_bar_chart_and_a_months_arrowed_league(extractor):
    """'First half 2025, local currency (each block = 2 points)' over bars: the half's moves; 'May change (▇ = 2%)' and
    'Best and worst in the S&P 500 this month' over '▼ UnitedHealth -26.6%': May's."""
    half = claims_of(extractor, "HALF-TIME SCOREBOARD\n\nFirst half 2025, local currency (each block = 2 points)\n"
                     "Kospi          ██████████████   +28.0%\nDAX            ██████████       +20.1%\n",
                     dt.datetime.fromisoformat("2025-06-30T18:30:00-04:00"))
    may = claims_of(extractor, "MONTHLY SCORECARD\n\nMay change (▇ = 2%)\nNasdaq Composite   ▇▇▇▇▇    +9.6%\n\n"
                    "Best and worst in the S&P 500 this month\n▲ Tesla        +22.8%\n▼ UnitedHealth -26.6%\n",
                    dt.datetime.fromisoformat("2025-05-31T10:00:00-04:00"))
    assert [c.kind.value for c in half] == ["ytd", "ytd"]
    assert [(c.ticker, c.kind.value) for c in may] == [("^IXIC", "cumulative"), ("TSLA", "cumulative"), ("UNH", "cumulative")]


def test_a_debut_told_in_a_weekend_newsletter(extractor):
    """'Reddit priced its IPO at $34 ... On Thursday the stock opened at $47 and closed 48% higher': a name that prices
    its shares is a company, and the day the sentence opened on (no comma after it) is the close's."""
    text = "Reddit priced its IPO at $34. On Thursday the stock opened at $47 and closed 48% higher at $50.44."
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-03-23T09:00:00-04:00"))
    assert (claim.ticker, claim.date) == ("RDDT", dt.date(2024, 3, 21))


def test_a_monthly_letters_moves_and_a_pay_offer(extractor):
    """A 'Monthly investor letter - May 2024' under the fund's name: 'Tencent added 3.2%' is May's; 'Nippon Steel offered
    a 14.2% rise' is pay."""
    letter = claims_of(extractor, "Straits Pacific Asia Opportunities Fund\nMonthly investor letter - May 2024\nSingapore, 2 June "
                       "2024\n\nTencent added 3.2% in Hong Kong as first-quarter profit beat estimates.",
                       dt.datetime.fromisoformat("2024-06-02T09:00:00+08:00"))
    pay = claims_of(extractor, "Nippon Steel met union demands in full, and Nippon Steel offered a 14.2% rise.",
                    dt.datetime.fromisoformat("2024-03-15T18:00:00+09:00"))
    assert [(c.ticker, c.kind.value) for c in letter] == [("0700.HK", "cumulative")]
    assert pay == []


def test_a_countrys_main_index_after_another_index(extractor):
    """'South Korea's Kospi closed down 8.8% and Taiwan's main index lost 8.4%': the Taiex, not the Kospi again."""
    claims = claims_of(extractor, "Elsewhere in Asia, South Korea's Kospi closed down 8.8% and Taiwan's main index lost 8.4%.",
                       dt.datetime.fromisoformat("2024-08-05T17:00:00+09:00"))
    assert [c.ticker for c in claims] == ["^KS11", "^TWII"]


def test_a_tables_chg_percent_column_and_a_months_standouts(extractor):
    """'Stock  Last (EUR)  Chg %' over 'UniCredit  36.130  -4.9': percentages printed without '%'; 'Standouts in the S&P
    500 for the month' over '- Intel: up 22%': the month's moves."""
    milan = claims_of(extractor, "Closing prices\nStock               Last (EUR)   Chg %\nBanco BPM             7.180      +5.2\n"
                      "UniCredit            36.130      -4.9\n", dt.datetime.fromisoformat("2024-11-25T17:55:00+01:00"))
    month = claims_of(extractor, "MONTHLY SCORECARD\n\nStandouts in the S&P 500 for the month\n- Intel: up 22%, as investors bet "
                      "on a PC recovery.\n- Airbnb: up 15%.\n", dt.datetime.fromisoformat("2023-11-30T17:30:00-05:00"))
    assert [(c.ticker, c.signed_magnitude) for c in milan] == [("BAMI.MI", 5.2), ("UCG.MI", -4.9)]
    assert [(c.ticker, c.kind.value) for c in month] == [("INTC", "cumulative"), ("ABNB", "cumulative")]


def test_a_table_of_days_under_a_caption_naming_the_index(extractor):
    """'Nikkei 225, day by day' over 'Mon Sep 30    37,919.55    -4.8%': each row is the index's close on its day, its
    claim pointing at the row's figure."""
    text = ("TOKYO WEEKLY SCORECARD\n\nNikkei 225, day by day\nMon Sep 30    37,919.55    -4.8%\n"
            "Tue Oct 1     38,651.97    +1.9%\n\nJapan Post Bank said its dividend would rise 10%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-05T10:00:00+09:00"))
    assert [(c.ticker, c.kind.value, c.date, c.signed_magnitude) for c in claims] == [
        ("^N225", "close_change", dt.date(2024, 9, 30), -4.8), ("^N225", "close_change", dt.date(2024, 10, 1), 1.9)]
    assert text[claims[0].span[0] : claims[0].span[1]] == "-4.8%"


def test_a_league_row_whose_long_name_leaves_one_space(extractor):
    """'Mitsubishi Estate -8.2%' right-aligned under 'Sumitomo Realty   -9.0%' in 'Worst of the week': a row of the
    same table, so the week's move too; 'Sumitomo Realty' is the developer, not Sumitomo Corp."""
    text = "Worst of the week\nSumitomo Realty   -9.0%\nMitsubishi Estate -8.2%\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-10-05T10:00:00+09:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [("8830.T", "cumulative"), ("8802.T", "cumulative")]


def test_a_deals_cornerstone_investors_and_a_podcasts_debut_day(extractor):
    """'Cornerstones included Sinopec and ...': buyers of CATL's offering, not the story's company; 'HOST 2: Tuesday's
    debut was a big one. The H-shares rose ...': the debut's session."""
    text = ("HOST 1: CATL sold its H-shares at HK$263 each.\n\nHOST 2: Cornerstones included Sinopec and the Kuwait "
            "Investment Authority.\n\nHOST 2: Tuesday's debut was a big one. The H-shares closed up 16.4% at HK$306.20.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2025-05-24T09:00:00+08:00"))
    assert (claim.ticker, claim.kind.value, claim.date) == ("3750.HK", "close_change", dt.date(2025, 5, 20))


def test_a_headline_lists_time_stamps_and_a_threshold_never_crossed(extractor):
    """'4:44 p.m.  NASDAQ SINKS 3.6% IN WORST DAY SINCE OCTOBER 2022': the stamp's 'p.m.' does not hide the record's
    'worst', so no span since October; 'ENDS 356-SESSION RUN WITHOUT A 2% DROP': a size of move, no move."""
    text = ("4:44 p.m.  NASDAQ SINKS 3.6% IN WORST DAY SINCE OCTOBER 2022\n"
            "4:40 p.m.  S&P 500 FALLS 2.3%, ENDS 356-SESSION RUN WITHOUT A 2% DROP\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-07-24T16:45:00-04:00"))
    assert [(c.ticker, c.kind.value, c.magnitude) for c in claims] == [("^IXIC", "close_change", 3.6), ("^GSPC", "close_change", 2.3)]


def test_a_movers_item_with_an_aside_before_its_colon(extractor):
    """'- Mitsubishi Motors, in which Nissan holds a 24% stake: rose as much as 20%; last +13%': the item's company moved,
    not the stake's owner, and the stake is no move."""
    claims = claims_of(extractor, "- Honda Motor: -3.0%.\n- Mitsubishi Motors, in which Nissan holds a 24% stake: rose as much "
                       "as 20%; last +13%.\n", dt.datetime.fromisoformat("2024-12-18T12:00:00+09:00"))
    assert [(c.ticker, c.kind.value, c.magnitude) for c in claims] == [
        ("7267.T", "intraday_current", 3.0), ("7211.T", "intraday_high", 20.0), ("7211.T", "intraday_current", 13.0)]


def test_numbered_preferred_lines_and_a_class_after_adverbs(extractor):
    """'the second preferred shares surged 5.5% and third preferred shares rose 4.6%': Seoul's numbered preferred
    lines; 'The much less traded class B shares were up 2.7%': the topic's class B line."""
    seoul = claims_of(extractor, "Hyundai Motor's common shares closed up 1.9%. Its first preferred shares jumped 6.0%, while "
                      "the second preferred shares surged 5.5% and third preferred shares rose 4.6%.",
                      dt.datetime.fromisoformat("2024-08-28T16:00:00+09:00"))
    stockholm = claims_of(extractor, "Svenska Handelsbanken's class A shares rose 3.9% in early Stockholm trading. The much less "
                          "traded class B shares were up 2.7%.", dt.datetime.fromisoformat("2024-01-31T10:00:00+01:00"))
    assert [c.ticker for c in seoul] == ["005380.KS", "005385.KS", "005387.KS", "005389.KS"]
    assert [c.ticker for c in stockholm] == ["SHB-A.ST", "SHB-B.ST"]


def test_lettered_preferred_shares_depositary_asides_and_gdrs(extractor):
    """'class B preferred shares (ELET6)': Brazil's lettered preferred line; 'its American depositary shares, each
    representing 20 series B shares, added 1.6%': the ADSs; 'The GDRs, the company's main international listing,
    were down 6.2%': the London line."""
    brazil = claims_of(extractor, "Eletrobras rose on Thursday. The company's class B preferred shares (ELET6) were up 2.8%, "
                       "while its common shares (ELET3) gained 2.3%.", dt.datetime.fromisoformat("2025-03-13T14:00:00-03:00"))
    mexico = claims_of(extractor, "America Movil's shares rose in early trade. The company's series B shares were up 1.8% on the "
                       "Mexican stock exchange, while its American depositary shares, each representing 20 series B shares, "
                       "added 1.6% in New York.", dt.datetime.fromisoformat("2025-07-16T09:15:00-06:00"))
    gdrs = claims_of(extractor, "Global depositary receipts of Kazatomprom fell in London on Friday.\n\nThe GDRs, the company's "
                     "main international listing, were down 6.2% at $38.40 at midday.",
                     dt.datetime.fromisoformat("2024-08-02T12:00:00+01:00"))
    assert [c.ticker for c in brazil] == ["ELET6.SA", "ELET3.SA"]
    assert [c.ticker for c in mexico] == ["AMXB.MX", "AMX"]
    assert [(c.ticker, c.kind.value) for c in gdrs] == [("KAP.L", "intraday_current")]


def test_an_index_member_named_by_its_index_and_a_day_of_an_earlier_event(extractor):
    """'The FTSE 100 constituent ended down 5.8%': the company; 'little changed after Wednesday's rout: the S&P 500
    ended down 0.09%': Thursday's close, not the rout's day."""
    london = claims_of(extractor, "Mondi PLC shares closed sharply lower on Thursday.\n\nThe FTSE 100 constituent ended down "
                       "5.8% at 1,161.5 pence in London.", dt.datetime.fromisoformat("2025-02-20T17:00:00+00:00"))
    wall_street = only(extractor, "The broader market was little changed after Wednesday's rout: the S&P 500 ended down 0.09%.",
                       dt.datetime.fromisoformat("2024-12-19T16:30:00-05:00"))
    assert [c.ticker for c in london] == ["MNDI.L"]
    assert (wall_street.ticker, wall_street.date) == ("^GSPC", dt.date(2024, 12, 19))


def test_a_move_joined_to_a_close_after_a_late_release_and_an_index_named_as_a_league(extractor):
    """'The results were published after the close. FEMSA's units ... ended 0.8% higher ..., while its American
    depositary shares ... rose 0.6% in New York': the ADSs' close too, not late trading. 'The FTSE 100 heavyweight rose
    98.2p. ... The blue-chip index closed 0.3pc higher': the league's index is still the one 'the index' means."""
    femsa = claims_of(extractor, "The results were published after the close of trading. FEMSA's units ended 0.8% higher on the "
                      "Mexican Stock Exchange, while its American depositary shares, each representing 10 units, rose 0.6% "
                      "in New York.", dt.datetime.fromisoformat("2025-02-26T19:00:00-05:00"))
    london = claims_of(extractor, "Rolls-Royce shares jumped 15.7pc on Thursday.\n\nThe FTSE 100 heavyweight rose 98.2p to "
                       "724.8p.\n\nThe blue-chip index closed 0.3pc higher at 8,756.21.",
                       dt.datetime.fromisoformat("2025-02-27T17:40:00+00:00"))
    assert [(c.ticker, c.kind.value) for c in femsa] == [("FEMSAUBD.MX", "close_change"), ("FMX", "close_change")]
    assert [c.ticker for c in london] == ["RR.L", "RR.L", "^FTSE"]


def test_first_day_moves_from_an_opening_a_reference_and_a_share_sale_price(extractor):
    """A first day's close measured from its opening price, a spin-off's reference price or the price of the share
    sale: the debut session's move."""
    syensqo = only(extractor, "Syensqo, carved out of Solvay, ended its first day of trading 2.4% below its opening price on "
                   "Monday.", dt.datetime.fromisoformat("2023-12-11T18:00:00+01:00"))
    amrize = only(extractor, "Amrize shares ended their first session on the SIX Swiss Exchange at 42.94 Swiss francs, 3.2% "
                  "above a reference price of 41.60 francs.", dt.datetime.fromisoformat("2025-06-23T18:00:00+02:00"))
    kaspi = only(extractor, "Kaspi.kz ended its first day of trading on Nasdaq 15% above the price of the share sale that "
                 "accompanied its U.S. listing.", dt.datetime.fromisoformat("2024-01-20T10:00:00-05:00"))
    assert [(c.ticker, c.kind.value, c.signed_magnitude) for c in (syensqo, amrize, kaspi)] == [
        ("SYENS.BR", "close_change", -2.4), ("AMRZ.SW", "close_change", 3.2), ("KSPI", "close_change", 15.0)]


def test_a_monthly_scorecards_labels_and_its_league_halves(extractor):
    """'S&P/ASX 200: 8,436.2 | November +3.4% | 2024 to date +11.1%': the month's and the year's moves; 'Top five in the
    ASX 200 (November)' and the 'Bottom five' block under it: the month's moves too."""
    text = ("Benchmark\nS&P/ASX 200: 8,436.2 | November +3.4% | 2024 to date +11.1%\n\nTop five in the ASX 200 (November)\n"
            "Zip Co            +38.1%\nXero              +14.9%\n\nBottom five\nMineral Resources -17.4%\nLiontown          -13.9%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-30T09:00:00+11:00"))
    assert [(c.ticker, c.kind.value) for c in claims] == [
        ("^AXJO", "cumulative"), ("^AXJO", "ytd"), ("ZIP.AX", "cumulative"), ("XRO.AX", "cumulative"),
        ("MIN.AX", "cumulative"), ("LTR.AX", "cumulative")]
    assert claims[0].start_date == dt.date(2024, 11, 1)


def test_a_threads_day_labels_and_the_index_the_sentence_named(extractor):
    """'1/ Tuesday: ...' opens an item whose moves are Tuesday's; 'the worst day for the IBEX 35 in weeks: the index slid
    0.9%': the index named in the same sentence."""
    text = ("1/ Tuesday: short-seller Gotham publishes a report on Grifols. Grifols' class A shares closed down 26% in Madrid.\n\n"
            "2/ Tuesday was also the worst day for the IBEX 35 in weeks: the index slid 0.9%.\n\n3/ Wednesday: Grifols up 9.7% today.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-01-10T21:30:00+01:00"))
    assert [(c.ticker, c.date) for c in claims] == [
        ("GRF.MC", dt.date(2024, 1, 9)), ("^IBEX", dt.date(2024, 1, 9)), ("GRF.MC", dt.date(2024, 1, 10))]


def test_last_night_a_days_reaction_and_the_news_of_another_country(extractor):
    """'up about 30% after hours last night': yesterday's late session; 'Wednesday's reaction was huge. The stock jumped
    22%': Wednesday's; 'sank 25% on a U.S. offshore wind warning': the news is American, the listing Danish."""
    applovin = claims_of(extractor, "1/ AppLovin closed up 46% today.\n\n3/ The stock was already up about 30% after hours last "
                         "night.", dt.datetime.fromisoformat("2024-11-07T17:20:00-05:00"))
    hutchison = claims_of(extractor, "CK Hutchison agreed to sell its ports. Wednesday's reaction was huge for a conglomerate of "
                          "that size. The stock jumped 22% in Hong Kong.", dt.datetime.fromisoformat("2025-03-08T10:00:00+08:00"))
    orsted = only(extractor, "Why Orsted shares sank 25% on a U.S. offshore wind warning",
                  dt.datetime.fromisoformat("2023-08-30T19:10:00+02:00"))
    assert [(c.kind.value, c.date) for c in applovin] == [("close_change", dt.date(2024, 11, 7)), ("after_hours", dt.date(2024, 11, 6))]
    assert [(c.ticker, c.date) for c in hutchison] == [("0001.HK", dt.date(2025, 3, 5))]
    assert orsted.ticker == "ORSTED.CO"


def test_a_debut_told_by_its_first_trade_against_the_offer(extractor):
    """'Kioxia Holdings opened at 1,440 yen, a touch under its 1,455 yen offer price, ... the stock slipped as much as 1%
    below the offer price': a debut, so the day's low, not a span since the offering."""
    text = ("Memory maker Kioxia Holdings opened at 1,440 yen, a touch under its 1,455 yen offer price. For ten minutes the "
            "stock slipped as much as 1% below the offer price.")
    claim = only(extractor, text, dt.datetime.fromisoformat("2024-12-18T16:05:00+09:00"))
    assert (claim.ticker, claim.kind.value, claim.date) == ("285A.T", "intraday_low", dt.date(2024, 12, 18))


def test_a_market_lower_ahead_of_days_events_and_a_description_before_the_name(extractor):
    """'lower ahead of Tuesday's election and the Fed's decision on Thursday, with the S&P 500 down 0.2%': days of events
    to come, so today's move; 'Mining equipment maker Epiroc, which was spun off from Atlas Copco ..., saw its A shares
    edge up 0.4%': Epiroc's shares, not those of the company in its relative clause."""
    market = only(extractor, "The broader market was lower ahead of Tuesday's election and the Federal Reserve's decision on "
                  "Thursday, with the S&P 500 down 0.2%.", dt.datetime.fromisoformat("2024-11-04T13:05:00-05:00"))
    epiroc = only(extractor, "Mining equipment maker Epiroc, which was spun off from Atlas Copco in 2018 and keeps the same A/B "
                  "structure, saw its A shares edge up 0.4%.", dt.datetime.fromisoformat("2024-10-24T12:00:00+02:00"))
    assert (market.kind.value, market.date) == ("intraday_current", dt.date(2024, 11, 4))
    assert epiroc.ticker == "EPI-A.ST"


def test_mexican_cpos_a_close_told_figure_first_and_itausas_preferred_line(extractor):
    """'The CPOs, the certificates that make up Cemex's main line, rose 5.8%': the Mexico line; 'had closed 3.4% lower ...
    earlier on Thursday': a close, not the session's low; 'The shares of Itausa advanced 2.2%': its preferred line, the
    one traded."""
    cemex = claims_of(extractor, "Cemex's American depositary shares jumped 6.3% in New York. The CPOs, the certificates that make "
                      "up Cemex's main line on the Mexican Stock Exchange, rose 5.8% to 12.46 pesos.",
                      dt.datetime.fromisoformat("2024-04-26T12:00:00-06:00"))
    south32 = claims_of(extractor, "At 0825 GMT, South32 shares were down 3.8% at 158.20 pence in London. The company's primary "
                        "listing in Sydney had closed 3.4% lower at AUD3.07 earlier on Thursday.",
                        dt.datetime.fromisoformat("2024-02-15T08:30:00+00:00"))
    itausa = only(extractor, "The shares of Itausa advanced 2.2%.", dt.datetime.fromisoformat("2024-02-08T13:00:00-03:00"))
    assert [c.ticker for c in cemex] == ["CX", "CEMEXCPO.MX"]
    assert [(c.ticker, c.kind.value) for c in south32] == [("S32.L", "intraday_current"), ("S32.AX", "close_change")]
    assert itausa.ticker == "ITSA4.SA"


def test_an_exchange_named_as_a_lines_venue_and_the_local_shares(extractor):
    """'The ASX-listed shares were down 1.4%': James Hardie's Sydney line, not the index the exchange shares a name with
    (nor, after 'its Nasdaq-listed shares', is the story moved to New York); 'when the local shares had slipped 0.8%' in
    a Hong Kong story: the company's Hong Kong line."""
    hardie = claims_of(extractor, "SYDNEY, March 25 (wire) - James Hardie Industries shares fell again in Sydney on Tuesday.\n\n"
                       "The ASX-listed shares were down 1.4% at 10:35 a.m.", dt.datetime.fromisoformat("2025-03-25T10:40:00+11:00"))
    toronto = claims_of(extractor, "TORONTO, Nov 12 - Shopify closed at C$153.86 in Toronto, while its Nasdaq-listed shares gained "
                        "21.3%. Barrick Gold declined 2.8%.", dt.datetime.fromisoformat("2024-11-12T17:00:00-05:00"))
    baidu = claims_of(extractor, "HONG KONG, Feb 27 - Baidu's Hong Kong shares fell on Thursday.\n\nThe results landed after Hong "
                      "Kong's close on Wednesday, when the local shares had slipped 0.8%.",
                      dt.datetime.fromisoformat("2025-02-27T11:00:00+08:00"))
    assert [c.ticker for c in hardie] == ["JHX.AX"]
    assert [c.ticker for c in toronto] == ["SHOP", "ABX.TO"]
    assert [(c.ticker, c.date) for c in baidu] == [("9888.HK", dt.date(2025, 2, 26))]


def test_a_weekly_table_headed_week_and_a_company_that_had_a_bad_day(extractor):
    """'INDEXES, WEEK      CHANGE' over 'DAX      +4.5%  ▇▇▇▇': the week's moves; 'Eurofins had a horrible Monday. ... The
    shares closed down 13.8%': Monday's close; the short seller Muddy Waters is not Waters Corp."""
    table = claims_of(extractor, "EUROPE WEEKLY SCORECARD\n\nINDEXES, WEEK                    CHANGE\n"
                      "DAX                              +4.5%  \u2587\u2587\u2587\u2587\n", dt.datetime.fromisoformat("2023-11-17T18:30:00+01:00"))
    eurofins = claims_of(extractor, "Eurofins Scientific, the lab-testing group, had a horrible Monday. Muddy Waters, the American "
                         "short seller, published a report questioning its accounts. The shares closed down 13.8%.",
                         dt.datetime.fromisoformat("2024-06-29T09:00:00+02:00"))
    assert [(c.ticker, c.kind.value) for c in table] == [("^GDAXI", "cumulative")]
    assert [(c.ticker, c.date) for c in eurofins] == [("ERF.PA", dt.date(2024, 6, 24))]


def test_codes_the_mainland_and_brazilian_press_print(extractor):
    """'Primarius Technologies [SH:688206]', 'SMIC's Hong Kong shares [HKG: 0981]': bracketed codes place a name and
    do not take its place as subject; 'The common shares, AMER3, closed down 77.2%': a bare B3 code; 'BTG Pactual
    (BPAC11)': one in parentheses."""
    china = claims_of(extractor, "Primarius Technologies [SH:688206] was up 18.6 percent on the STAR Market, and Semitronix "
                      "[SZ:301095] had climbed as much as 14.2 percent. SMIC's Hong Kong shares [HKG: 0981] were up 4.2 percent.",
                      dt.datetime.fromisoformat("2025-05-29T11:40:00+08:00"))
    brazil = claims_of(extractor, "Shares of Americanas S.A. lost more than three quarters of their value on Thursday.\n\nThe "
                       "common shares, AMER3, closed down 77.2% at R$2.72 on B3. BTG Pactual (BPAC11) ended down 1.9%.",
                       dt.datetime.fromisoformat("2023-01-12T18:45:00-03:00"))
    assert [(c.entity, c.ticker) for c in china] == [
        ("Primarius Technologies", "688206.SS"), ("Semitronix", "301095.SZ"), ("SMIC", "0981.HK")]
    assert [c.ticker for c in brazil] == ["AMER3.SA", "BPAC11.SA"]


def test_a_us_dollar_price_on_a_market_that_quotes_in_dollars_and_a_metrics_decline(extractor):
    """'Hongkong Land ... rising 7.6 per cent to US$4.39' in Singapore: Singapore's line, which trades in dollars;
    'a decline of around 2% in ASUR's overall traffic': traffic, no price."""
    singapore = only(extractor, "SINGAPORE - Hongkong Land was the top STI gainer, rising 7.6 per cent to US$4.39.",
                     dt.datetime.fromisoformat("2024-10-30T17:45:00+08:00"))
    traffic = claims_of(extractor, "Analysts had expected a decline of around 2% in ASUR's overall traffic.",
                        dt.datetime.fromisoformat("2025-06-05T10:00:00-06:00"))
    assert (singapore.ticker, singapore.date) == ("H78.SI", dt.date(2024, 10, 30))
    assert traffic == []


def test_a_month_end_scorecard_read_on_the_first_of_the_next_month(extractor):
    """'Month's standouts (Hong Kong)' over 'Alibaba Group   +43%, after Apple ...', published on Saturday 1 March before
    March has traded: February's moves, on the Hong Kong lines the caption names; 'Sector ETFs in May' over
    '... (XLK)   +10.8%': May's."""
    standouts = claims_of(extractor, "Month's standouts (Hong Kong)\nAlibaba Group       +43%, after Apple confirmed a partnership\n"
                          "SMIC                +31%\n", dt.datetime.fromisoformat("2025-03-01T09:00:00+08:00"))
    etfs = claims_of(extractor, "Sector ETFs in May\nTechnology Select Sector SPDR (XLK)    +10.8%\n",
                     dt.datetime.fromisoformat("2025-05-31T10:00:00-04:00"))
    assert [(c.ticker, c.kind.value, c.start_date) for c in standouts] == [
        ("9988.HK", "cumulative", dt.date(2025, 2, 3)), ("0981.HK", "cumulative", dt.date(2025, 2, 3))]
    assert [(c.ticker, c.kind.value, c.start_date) for c in etfs] == [("XLK", "cumulative", dt.date(2025, 5, 1))]


def test_a_month_ended_after_a_day_and_a_threads_verb_without_its_subject(extractor):
    """'fell 3.1% on May 24 on a report that ... Nvidia's tests, and ended May down 4.6%': Samsung's May, to its last
    session (the capital 'May' after 'ended' is the month, not the modal); '$TSLA just had its best day in 11 years.
    Closed +21.9% at $260.48.': the verb's left-out subject is the company spoken of."""
    samsung = claims_of(extractor, "Samsung Electronics fell 3.1% on May 24 on a report that its chips had not yet passed "
                        "Nvidia's qualification tests, and ended May down 4.6%.", dt.datetime.fromisoformat("2024-06-02T10:00:00+08:00"))
    tesla = claims_of(extractor, "1/ $TSLA just had its best day in more than 11 years. Closed +21.9% at $260.48.",
                      dt.datetime.fromisoformat("2024-10-24T17:20:00-04:00"))
    assert [(c.ticker, c.kind.value, c.date) for c in samsung] == [
        ("005930.KS", "close_change", dt.date(2024, 5, 24)), ("005930.KS", "cumulative", dt.date(2024, 5, 31))]
    assert [(c.ticker, c.kind.value) for c in tesla] == [("TSLA", "close_change")]


def test_share_class_subjects_with_asides_and_a_relative_clause(extractor):
    """'The thinly traded class A voting shares, controlled by the Rogers family trust, fell 5.4% in Toronto': class A,
    not the trust's name in the aside; 'the non-voting preference shares, which ..., dropped 8.3%': Sixt's preference
    line; 'outpacing the A shares, which are up about 38%': China Life's Shanghai line."""
    rogers = claims_of(extractor, "Rogers Communications shares fell on Thursday. The thinly traded class A voting shares, "
                       "controlled by the Rogers family trust, fell 5.4% in Toronto.", dt.datetime.fromisoformat("2024-02-01T17:00:00-05:00"))
    sixt = claims_of(extractor, "Sixt's ordinary shares were down 9.6% on Xetra, while the non-voting preference shares, which "
                     "usually trade at a discount of about 30% to the ordinary stock, dropped 8.3% to 48.10 euros.",
                     dt.datetime.fromisoformat("2024-02-22T11:00:00+01:00"))
    china_life = claims_of(extractor, "China Life Insurance shares jumped. The H shares have now gained 47% over the past five "
                           "sessions, outpacing the A shares, which are up about 38% over the same stretch.",
                           dt.datetime.fromisoformat("2024-09-30T16:00:00+08:00"))
    assert [c.ticker for c in rogers] == ["RCI-A.TO"]
    assert [c.ticker for c in sixt] == ["SIX2.DE", "SIX3.DE"]
    assert [c.ticker for c in china_life] == ["2628.HK", "601628.SS"]


def test_depositary_lines_an_index_members_stock_and_an_elliptic_possessive(extractor):
    """'The Chess depositary interests, which Newmont listed on the ASX ..., were down 6.1%': the ASX line; 'the FTSE 250
    stock was down 22%': the company, one of the index's stocks; 'Pony AI's Nasdaq-listed American depositary shares fell
    7.2%, and WeRide's slid 6.5%': WeRide's U.S. line too, in a Hong Kong story."""
    newmont = claims_of(extractor, "SYDNEY - Newmont shares fell in New York.\n\nThe Chess depositary interests, which Newmont listed "
                        "on the ASX after its takeover of Newcrest Mining, were down 6.1% at A$49.52 at 1 p.m.",
                        dt.datetime.fromisoformat("2024-02-23T13:05:00+11:00"))
    bytes_ = claims_of(extractor, "Bytes Technology shares slumped on Thursday.\n\nIn London, the FTSE 250 stock was down 22% at "
                       "402.00p shortly after the open.", dt.datetime.fromisoformat("2025-03-20T09:00:00+00:00"))
    debuts = claims_of(extractor, "HONG KONG - Pony AI and WeRide slipped on their Hong Kong debuts. Pony AI's Nasdaq-listed "
                       "American depositary shares fell 7.2% on Wednesday, and WeRide's slid 6.5%.",
                       dt.datetime.fromisoformat("2025-11-06T17:00:00+08:00"))
    assert [c.ticker for c in newmont] == ["NEM.AX"]
    assert [c.ticker for c in bytes_] == ["BYIT.L"]
    assert [c.ticker for c in debuts] == ["PONY", "WRD"]


def test_a_clause_after_while_a_describing_word_and_a_weeks_aside(extractor):
    """'Aristocrat lost 2.2 per cent, while explosives maker Orica bucked the slide, gaining 1.4 per cent': Orica's gain;
    'The blue-chip CSI 300 index bucked the trend, rising 0.6%': the index 'blue-chip' describes; 'The index still managed
    a 0.5 per cent gain for the week. The Hang Seng China Enterprises Index lost 2.4 per cent': an aside on the week,
    the next index's move still the day's; 'with funds raised down about 60%': no price."""
    asx = claims_of(extractor, "Aristocrat Leisure lost 2.2 per cent, while explosives maker Orica bucked the slide, gaining 1.4 "
                    "per cent.", dt.datetime.fromisoformat("2025-02-15T09:00:00+11:00"))
    csi = only(extractor, "The blue-chip CSI 300 index bucked the trend, rising 0.6%.", dt.datetime.fromisoformat("2024-02-05T16:00:00+08:00"))
    hong_kong = claims_of(extractor, "The Hang Seng Index fell 2.09 per cent to 19,971.24. The index still managed a 0.5 per cent "
                          "gain for the week. The Hang Seng China Enterprises Index lost 2.4 per cent, while funds raised were "
                          "down about 60% from 2022.", dt.datetime.fromisoformat("2024-12-14T08:00:00+08:00"))
    assert [(c.ticker, c.signed_magnitude) for c in asx] == [("ALL.AX", -2.2), ("ORI.AX", 1.4)]
    assert csi.ticker == "000300.SS"
    assert [(c.ticker, c.kind.value) for c in hong_kong] == [("^HSI", "close_change"), ("^HSI", "cumulative"), ("^HSCE", "close_change")]


def test_below_where_it_started_the_year_and_late_trade_after_a_years_move(extractor):
    """'roughly 12% below where it started 2024': the year to date; 'down about 15% this year, and it slipped a further
    1.2% in after-hours trading': the late session's move, not part of the year's."""
    sonic = only(extractor, "Sonic Healthcare was the worst performer, leaving the pathology group roughly 12% below where it "
                 "started 2024.", dt.datetime.fromisoformat("2024-02-15T17:00:00+11:00"))
    align = claims_of(extractor, "Align Technology shares fell 25%. The stock is now down about 15% this year, and it slipped a "
                      "further 1.2% in after-hours trading.", dt.datetime.fromisoformat("2023-10-26T18:30:00-04:00"))
    assert (sonic.ticker, sonic.kind.value) == ("SHL.AX", "ytd")
    assert [c.kind.value for c in align][-2:] == ["ytd", "after_hours"]


def test_an_indian_listing_day_told_by_its_listing_price(extractor):
    """'listing at ₹1,325.05 on the National Stock Exchange, a premium of 31.45% over the IPO price', at 10:25 IST: the
    debut session's move so far; 'ended their first day of trade' over '8% below the issue price': the debut's open."""
    emcure = only(extractor, "Shares of Emcure Pharmaceuticals made a strong start on Wednesday, listing at ₹1,325.05 on the "
                  "National Stock Exchange, a premium of 31.45% over the IPO price.", dt.datetime.fromisoformat("2024-07-10T10:25:00+05:30"))
    afcons = claims_of(extractor, "Shares of Afcons Infrastructure ended their first day of trade on Monday above their IPO price. "
                       "The stock listed at ₹426 on the National Stock Exchange, 8% below the issue price of ₹463.",
                       dt.datetime.fromisoformat("2024-11-04T16:45:00+05:30"))
    assert (emcure.ticker, emcure.kind.value) == ("EMCURE.NS", "intraday_current")
    assert [c.kind.value for c in afcons] == ["close_change"]


def test_former_names_backers_and_a_peer_in_passing_are_not_the_story(extractor):
    """'The Las Vegas-based company, formerly Scientific Games': the name it went by, not a company of its own; 'The
    Tencent-backed company's stock was down 3.2%': Tuhu's, not its backer's; 'Indus Towers also slumped. ... The telecom
    stock fell as much as 20.6%': still Vodafone Idea; '(IPO)' spelled out is no ETF's symbol."""
    tuhu = only(extractor, "Shares of Tuhu Car fell in their Hong Kong debut on Tuesday. The Tencent-backed company's stock "
                "was down 3.2 per cent at HK$27.10 at the midday break.", dt.datetime.fromisoformat("2023-09-26T12:30:00+08:00"))
    idea = claims_of(extractor, "Vodafone Idea shares crashed after the Supreme Court ruling. Indus Towers also slumped.\n\n"
                     "The telecom stock hit its lowest level since March, falling as much as 20.6 per cent.",
                     dt.datetime.fromisoformat("2024-09-19T16:00:00+05:30"))
    speed_mart = claims_of(extractor, "The stock, which was priced at RM1.65 in its initial public offering (IPO), rose on its debut "
                           "at 99 Speed Mart. It touched an intraday high of RM1.88, up as much as 13.9%.",
                           dt.datetime.fromisoformat("2024-09-09T12:30:00+08:00"))
    assert tuhu.ticker == "9690.HK"
    assert [c.ticker for c in idea] == ["IDEA.NS"]
    assert all(c.ticker != "IPO" for c in speed_mart)


def test_scorecard_headings_that_name_only_the_period_and_period_labelled_rows(extractor):
    """'INDEXES, WEEK' over 'OMX Helsinki 25   +1.2%   ███' and 'LAGGARDS, JANUARY' over its rows: the period's moves;
    'STRAITS TIMES INDEX' over 'January: +0.9%' and 'Friday:  +0.4%': the month's and the day's moves of the index."""
    nordic = claims_of(extractor, "NORDIC WEEKLY SCORECARD\n\nINDEXES, WEEK\nOMX Helsinki 25     +1.2%   \u2588\u2588\u2588\n",
                       dt.datetime.fromisoformat("2024-10-25T18:15:00+02:00"))
    singapore = claims_of(extractor, "STRAITS TIMES INDEX\nJanuary: +0.9%   \u25ae\u25ae\nFriday:  +0.4%\n\nLAGGARDS, JANUARY\n"
                          "Thai Beverage            -6.1%    \u25ae\u25ae\u25ae\u25ae\u25ae\u25ae\n",
                          dt.datetime.fromisoformat("2025-01-31T18:30:00+08:00"))
    assert [c.kind.value for c in nordic] == ["cumulative"]
    assert [(c.ticker, c.kind.value) for c in singapore] == [("^STI", "cumulative"), ("^STI", "close_change"), ("Y92.SI", "cumulative")]


def test_a_retailers_stock_losses_are_no_share_price(extractor):
    """'Stock losses, which include theft, fell by 14 per cent': Coles' shrinkage, not its shares."""
    claims = claims_of(extractor, "Coles shares rose 2%. Stock losses, which include theft, fell by 14 per cent.",
                       dt.datetime.fromisoformat("2025-02-25T10:00:00+11:00"))
    assert [c.signed_magnitude for c in claims] == [2.0]


def test_a_scorecards_day_labelled_swings(extractor):
    """'Monday: S&P 500 -3.0%, ...; the Dow lost 1,033.99 points, or 2.6%' in a Saturday scorecard: Monday's moves, a
    short weekday label read as the line's day as a long one is."""
    claims = claims_of(extractor, "THE SWINGS\nMonday: S&P 500 -3.0%, its worst day since September 2022; the Dow lost 1,033.99 "
                       "points, or 2.6%\nTuesday: S&P 500 +1.0%\n", dt.datetime.fromisoformat("2024-08-10T09:00:00-04:00"))
    assert [(c.ticker, c.date) for c in claims] == [
        ("^GSPC", dt.date(2024, 8, 5)), ("^DJI", dt.date(2024, 8, 5)), ("^DJI", dt.date(2024, 8, 5)), ("^GSPC", dt.date(2024, 8, 6))]


def test_a_freight_rate_index_is_no_traded_instrument(extractor):
    """'The Shanghai Containerized Freight Index rose 9.4 percent': spot freight rates, which no exchange trades."""
    claims = claims_of(extractor, "Evergreen Marine closed up 9.95 percent. The Shanghai Containerized Freight Index rose 9.4 percent "
                       "to 1,254.99 points in the week.", dt.datetime.fromisoformat("2024-01-05T17:00:00+08:00"))
    assert [c.ticker for c in claims] == ["2603.TW"]


def test_a_grey_market_premium_is_an_expectation(extractor):
    """'Grey market premiums had pointed to a listing gain of about 25%': what the grey market expected, no move."""
    claims = claims_of(extractor, "Vishal Mega Mart rose 33% on its debut. Grey market premiums had pointed to a listing gain of "
                       "about 25% for Vishal Mega Mart.", dt.datetime.fromisoformat("2024-12-18T11:00:00+05:30"))
    assert [c.magnitude for c in claims] == [33.0]


def test_listing_as_an_act_and_us_news_in_an_opening_clause(extractor):
    """'The stock extended gains after listing and was trading ... on the NSE, up 75.4 percent': 'listing' is the act,
    the subject the stock; 'react to the DeepSeek selloff in U.S. chip stocks: SK Hynix tumbled 9.9%': the news is
    American, the listing Korean."""
    waaree = claims_of(extractor, "Waaree Energies made a strong debut on Monday, listing at Rs 2,550 on the NSE.\n\nThe stock "
                       "extended gains after listing and was trading at Rs 2,636.40 on the NSE at 10:15 am, up 75.4 percent over "
                       "the issue price.", dt.datetime.fromisoformat("2024-10-28T10:30:00+05:30"))
    seoul = claims_of(extractor, "Korea's first session after the holiday was its first chance to react to the DeepSeek selloff in "
                      "U.S. chip stocks: SK Hynix tumbled 9.9%.", dt.datetime.fromisoformat("2025-01-31T16:10:00+09:00"))
    assert [(c.ticker, c.kind.value) for c in waaree] == [("WAAREEENER.NS", "intraday_current")]
    assert [(c.ticker, c.date) for c in seoul] == [("000660.KS", dt.date(2025, 1, 31))]


def test_it_after_a_market_storys_only_index_named_as_an_object(extractor):
    """'Buyers returned to the S&P 500 after the jobs data. It rose 0.5% on Monday': the sentence before made no claim
    and named one instrument, the index; 'It' is that index, though it was the object there."""
    claims = claims_of(extractor, "Buyers returned to the S&P 500 after the jobs data. It rose 0.5% on Monday to 6,204.95.",
                       dt.datetime.fromisoformat("2025-07-01T18:00:00-04:00"))
    assert [(c.ticker, c.date) for c in claims] == [("^GSPC", dt.date(2025, 6, 30))]


def test_a_limit_move_without_a_direction_takes_the_sentences_other_moves(extractor):
    """'Ginlong was locked at its 20 per cent daily limit, while Hoymiles climbed 9 per cent': the sentence's other
    moves say which way; alone ('stayed locked at the 10% limit') it stays no claim."""
    morning = dt.datetime.fromisoformat("2024-10-08T11:40:00+08:00")
    claims = claims_of(extractor, "Smaller rival Ginlong Technologies was locked at its 20 per cent daily limit, while Hoymiles "
                       "Power Electronics climbed 9 per cent on the STAR Market.", morning)
    mixed = claims_of(extractor, "Ginlong Technologies was locked at its 20 per cent daily limit, while Hoymiles Power "
                      "Electronics fell 3 per cent and East Money Information rose 2 per cent.", morning)
    assert [(c.ticker, c.direction, c.magnitude) for c in claims] == [
        ("300763.SZ", Direction.UP, 20.0), ("688032.SS", Direction.UP, 9.0)]
    assert [c.ticker for c in mixed] == ["688032.SS", "300059.SZ"]


def test_opening_at_the_limit_is_the_sessions_extreme(extractor):
    """'closed 2.2% higher after opening at its 10% daily limit': the limit is the day's high, told after the close."""
    claims = claims_of(extractor, "CITIC Securities closed 2.2% higher after opening at its 10% daily limit, while online "
                       "brokerage East Money Information rose 3%.", dt.datetime.fromisoformat("2023-08-28T16:00:00+08:00"))
    assert [(c.magnitude, c.kind) for c in claims if c.ticker == "600030.SS"] == [
        (2.2, ClaimKind.CLOSE_CHANGE), (10.0, ClaimKind.INTRADAY_HIGH)]


def test_a_count_of_stocks_is_no_group_move(extractor):
    """'more than 1,500 stocks fell by their 10% daily limit': how many stocks moved, not a basket's price."""
    claims = claims_of(extractor, "The Shanghai Composite tumbled 6.2%, and more than 1,500 stocks fell by their 10% daily limit.",
                       dt.datetime.fromisoformat("2024-02-05T16:00:00+08:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("000001.SS", 6.2)]


def test_a_limit_move_without_a_direction_takes_the_one_its_article_names(extractor):
    """'VeriSilicon hits 20% limit-up' over 'VeriSilicon Microelectronics closed at its 20% daily limit at 96.50 yuan':
    the article names one direction for its limit moves."""
    claims = claims_of(extractor, "VeriSilicon hits 20% limit-up on Nvidia news\n\nVeriSilicon Microelectronics closed at its 20% "
                       "daily limit at 96.50 yuan.", dt.datetime.fromisoformat("2025-07-16T16:30:00+08:00"))
    assert [(c.ticker, c.direction, c.magnitude, c.level) for c in claims][-1] == ("688521.SS", Direction.UP, 20.0, 96.5)


def test_an_appositive_after_a_bracketed_code_is_an_aside(extractor):
    """'Empyrean Technology [SZ:301269], the country's largest EDA developer, rose 20%': the company the code follows,
    not a name inside the aside."""
    claims = claims_of(extractor, "Empyrean Technology [SZ:301269], the country's largest EDA developer, rose 20%.",
                       dt.datetime.fromisoformat("2024-10-08T11:40:00+08:00"))
    assert [c.ticker for c in claims] == ["301269.SZ"]


def test_a_column_of_one_sessions_moves_takes_no_span_from_the_cell_before(extractor):
    """'WEEK  FRIDAY' over 'DAX  +3.5%  -1.8%': the week's move, then Friday's; the second cell's heading names its
    session, and the first cell's span does not run on into it."""
    claims = claims_of(extractor, "EUROPE SCORECARD\n\nBENCHMARKS               WEEK      FRIDAY\nDAX                     +3.5%"
                       "      -1.8%\nEuro Stoxx 50           +0.5%      -1.3%\n", dt.datetime.fromisoformat("2025-03-08T10:00:00+01:00"))
    assert [(c.magnitude, c.kind, c.date) for c in claims if c.ticker == "^GDAXI"] == [
        (3.5, ClaimKind.CUMULATIVE, dt.date(2025, 3, 7)), (1.8, ClaimKind.CLOSE_CHANGE, dt.date(2025, 3, 7))]


def test_a_desks_slug_places_the_report_and_its_table(extractor):
    """'HONG KONG CLOSE | Tuesday 2 January 2024' over 'SJM Holdings  0880  2.99  -3.2%': a Hong Kong report, so the
    Macau operator (not Seoul's SJM Holdings), and 'SJM' later is it too, not Smucker's U.S. symbol."""
    claims = claims_of(extractor, "HONG KONG CLOSE | Tuesday 2 January 2024 | 16:45 HKT\nMacau operators slip\n\n"
                       "MACAU OPERATORS          CODE   CLOSE (HK$)   CHANGE\nSJM Holdings             0880        2.99      -3.2%\n"
                       "Melco International      0200        5.38      -1.6%\n\nSJM had risen as much as 1.7% in the morning.",
                       dt.datetime.fromisoformat("2024-01-02T16:45:00+08:00"))
    assert [(c.ticker, c.date) for c in claims] == [("0880.HK", dt.date(2024, 1, 2)), ("0200.HK", dt.date(2024, 1, 2)),
                                                    ("0880.HK", dt.date(2024, 1, 2))]


def test_no_gapped_figure_past_a_preposition_in_a_capitals_headline(extractor):
    """'HANG SENG ENDS UP 2.1% AFTER TRUMP PAUSES MOST TARIFFS; CHINA LEVY RAISED TO 125%': a levy, no name with the
    verb left out; 'TDK JUMPS 13.4%, MITSUBISHI ELECTRIC UP 10.2%, NYK UP 8.1%' keeps its names."""
    claims = claims_of(extractor, "16:40  HANG SENG ENDS UP 2.1% AFTER TRUMP PAUSES MOST TARIFFS; CHINA LEVY RAISED TO 125%\n"
                       "15:18  TOKYO: TDK JUMPS 13.4%, MITSUBISHI ELECTRIC UP 10.2%, NYK UP 8.1%",
                       dt.datetime.fromisoformat("2025-04-10T17:00:00+08:00"))
    assert [c.ticker for c in claims] == ["^HSI", "6762.T", "6503.T", "9101.T"]


def test_a_speakers_reply_without_a_subject_is_about_the_company_just_named(extractor):
    """'Wolfspeed is getting hammered.' / 'MARKETS REPORTER: Down 22% in premarket trading.'"""
    claims = claims_of(extractor, "ANCHOR: Wolfspeed is getting hammered.\n\nMARKETS REPORTER: Down 22% in premarket trading.",
                       dt.datetime.fromisoformat("2024-11-07T08:10:00-05:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("WOLF", ClaimKind.PREMARKET)]


def test_an_arab_news_dateline_and_a_countrys_main_index_told_by_a_participle(extractor):
    """'RIYADH: Saudi Arabia's main index closed higher on Sunday, rising 67.32 points, or 0.6 percent': the dateline
    with a colon places the report in Riyadh, whose main index is the Tadawul All Share, on its Sunday session."""
    claims = claims_of(extractor, "Closing Bell: Saudi main index edges up\n\nRIYADH: Saudi Arabia's main index closed higher on "
                       "Sunday, rising 67.32 points, or 0.6 percent, to 11,274.36. Etihad Etisalat, known as Mobily, rose 2.9 percent.",
                       dt.datetime.fromisoformat("2025-05-18T15:40:00+03:00"))
    assert [(c.ticker, c.unit.value, c.date) for c in claims] == [
        ("^TASI.SR", "points", dt.date(2025, 5, 18)), ("^TASI.SR", "pct", dt.date(2025, 5, 18)), ("7020.SR", "pct", dt.date(2025, 5, 18))]


def test_a_gauge_named_by_its_count_of_members_without_its_noun(extractor):
    """'The all share index rose 0.2%, and the top 40 rose 0.3%': the Top 40, an index the directory lacks, not the
    All Share again."""
    claims = claims_of(extractor, "JOHANNESBURG, March 11 (Reuters) - The all share index rose 0.2% to 74,045 points, and the top 40 "
                       "rose 0.3%.", dt.datetime.fromisoformat("2024-03-11T18:00:00+02:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("FTSE/JSE All Share Index", "^J203.JO"), ("top 40", None)]


def test_a_short_form_the_article_defines_in_brackets(extractor):
    """'Shares of Energy Absolute (EA) plunged ... EA shares dropped as much as 30%': the Bangkok company's short form
    here, not Electronic Arts' symbol."""
    claims = claims_of(extractor, "EA shares crash 30% after SEC complaint\n\nShares of Energy Absolute (EA) plunged by the daily "
                       "floor in morning trade on Monday.\n\nEA shares dropped as much as 30% in the first minutes of trade.",
                       dt.datetime.fromisoformat("2024-06-17T12:50:00+07:00"))
    assert {c.ticker for c in claims} == {"EA.BK"} and len(claims) == 2


def test_rose_by_the_maximum_and_a_headlines_end_year(extractor):
    """'rose by the maximum 10 percent' is Taiwan's limit move; 'Seoul shares end year down 9.6 pct' is the year's."""
    taipei = claims_of(extractor, "DRAM maker Nanya Technology Corp. rose by the maximum 10 percent to close at NT$76.20.",
                       dt.datetime.fromisoformat("2025-10-02T16:00:00+08:00"))
    seoul = claims_of(extractor, "SEOUL, Dec. 30 (Yonhap) -- Seoul shares end year down 9.6 pct.",
                      dt.datetime.fromisoformat("2024-12-30T16:05:00+09:00"))
    assert [(c.ticker, c.magnitude) for c in taipei] == [("2408.TW", 10.0)]
    assert [(c.ticker, c.kind) for c in seoul] == [("^KS11", ClaimKind.YTD)]


def test_the_year_of_a_listing_is_no_year_to_date(extractor):
    """'lost 76% of its value since its IPO in 2021': the span runs from the listing to now."""
    claims = claims_of(extractor, "Raizen shares have lost 76% of its value since its IPO in 2021.",
                       dt.datetime.fromisoformat("2025-05-15T14:00:00-03:00"))
    assert [(c.kind, c.date) for c in claims] == [(ClaimKind.CUMULATIVE, dt.date(2025, 5, 15))]


def test_a_verb_after_and_closes_an_of_phrase(extractor):
    """'The stock opened at $24 against an IPO price of $22 and was last up 6.8%': the stock's move, not the price's."""
    claims = claims_of(extractor, "Ingram Micro rose. The stock opened at $24 against an IPO price of $22 and was last up 6.8% at $23.50.",
                       dt.datetime.fromisoformat("2025-10-24T11:00:00-04:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("INGM", 6.8)]


def test_swedish_depository_receipts_are_the_stockholm_line(extractor):
    """'Autoliv's Swedish depository receipts were up 6.1%' (the spelling copy uses) is Autoliv's Stockholm SDR line."""
    claims = claims_of(extractor, "Autoliv's Swedish depository receipts were up 6.1% on Friday afternoon.",
                       dt.datetime.fromisoformat("2025-10-17T15:00:00+02:00"))
    assert [c.ticker for c in claims] == ["ALIV-SDB.ST"]


def test_an_index_with_its_noun_before_which_and_a_member_named_by_its_index(extractor):
    """'outpacing the S&P/ASX 200 index, which was up 0.3%': the index's move; 'Shares in the FTSE 100 engineer were
    down 4.8%': the company, described by its index."""
    sydney = claims_of(extractor, "Dyno Nobel rose. Shares in the company were up 4.2% at A$2.98 at midday in Sydney, outpacing the "
                       "S&P/ASX 200 index, which was up 0.3%.", dt.datetime.fromisoformat("2025-02-18T12:30:00+11:00"))
    london = claims_of(extractor, "Spirax Group shares were lower.\n\nShares in the FTSE 100 engineer were down 4.8% at 6,720.00 pence.",
                       dt.datetime.fromisoformat("2025-03-05T09:20:00+00:00"))
    assert [c.ticker for c in sydney] == ["DNL.AX", "^AXJO"]
    assert [c.ticker for c in london] == ["SPX.L"]


def test_an_offer_price_governed_by_at_is_no_subject(extractor):
    """'The H-shares opened flat at the offer price of HK$131.50 and were down 1.1%': the shares moved, the offer
    price is where they opened."""
    claims = claims_of(extractor, "Shares of Seres Group slipped in their Hong Kong debut.\n\nThe H-shares opened flat at the offer "
                       "price of HK$131.50 and were down 1.1% at HK$130.10 at the midday break.",
                       dt.datetime.fromisoformat("2025-11-05T12:20:00+08:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("9927.HK", 1.1)]


def test_a_namesake_trades_where_the_companies_beside_it_do(extractor):
    """'Shares of Anywhere Real Estate rose 8.9% ..., while Compass shares fell 7.2%': no market named, but the line
    names a New York company, so Compass Inc; beside Whitbread, Compass is still the London caterer."""
    new_york = claims_of(extractor, "Sept 22 (Reuters) - Shares of Anywhere Real Estate rose 8.9% to $11.40 on Monday after residential "
                         "brokerage Compass agreed to buy it, while Compass shares fell 7.2%.",
                         dt.datetime.fromisoformat("2025-09-22T15:00:00-04:00"))
    london = claims_of(extractor, "Compass rose 2% after results, while Whitbread fell 1%.", dt.datetime.fromisoformat("2025-09-22T15:00:00-04:00"))
    assert [c.ticker for c in new_york] == ["HOUS", "COMP"]
    assert [c.ticker for c in london] == ["CPG.L", "WTB.L"]


def test_a_moves_own_words_name_its_late_session_in_a_premarket_sentence(extractor):
    """'Capri is indicated sharply lower before the bell, after a 46% slide in extended trading on Thursday': the
    slide's own words put it in Thursday's late session, whatever the sentence says of this morning."""
    claims = claims_of(extractor, "Capri is indicated sharply lower before the bell, after a 46% slide in extended trading on Thursday.",
                       dt.datetime.fromisoformat("2024-10-25T09:15:00-04:00"))
    assert [(c.kind, c.date) for c in claims] == [(ClaimKind.AFTER_HOURS, dt.date(2024, 10, 24))]


def test_a_when_clause_takes_the_day_it_hangs_on(extractor):
    """'after yesterday's post-election surge, when the S&P 500 rose 2.5% and the Russell 2000 soared 5.8%', in a
    premarket passage: both moves are yesterday's closes."""
    claims = claims_of(extractor, "ANCHOR: Let's get to the names moving before the bell.\n\nREPORTER: Futures are higher across the "
                       "board: S&P futures up 0.4%, after yesterday's post-election surge, when the S&P 500 rose 2.5% and the Russell "
                       "2000 soared 5.8%.", dt.datetime.fromisoformat("2024-11-07T08:10:00-05:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims if c.ticker in {"^GSPC", "^RUT"}] == [
        ("^GSPC", ClaimKind.CLOSE_CHANGE, dt.date(2024, 11, 6)), ("^RUT", ClaimKind.CLOSE_CHANGE, dt.date(2024, 11, 6))]


def test_a_stat_boxs_period_rows_under_an_index(extractor):
    """'OMX Stockholm 30: 2,585.41' over 'Day: +0.4%', 'Week: +1.2%', 'Year to date: +10.6%': the index's day, week and
    year so far."""
    claims = claims_of(extractor, "STOCKHOLM CLOSE | Friday 12 July 2024, 17:50 CEST\n\nOMX Stockholm 30: 2,585.41\nDay: +0.4%\n"
                       "Week: +1.2%\nYear to date: +10.6%\n\nEricsson jumped 6.8%.", dt.datetime.fromisoformat("2024-07-12T17:50:00+02:00"))
    assert [(c.ticker, c.magnitude, c.kind) for c in claims][:3] == [
        ("^OMX", 0.4, ClaimKind.CLOSE_CHANGE), ("^OMX", 1.2, ClaimKind.CUMULATIVE), ("^OMX", 10.6, ClaimKind.YTD)]


def test_asides_on_a_line_each_equal_to_shares_ten_of_which_and_a_ticker(extractor):
    """'GSK's American depositary shares, each equal to two ordinary shares, were up 2.8%'; 'ResMed's CHESS depositary
    interests, ten of which represent one New York-listed share, were down 5.8%' (the Sydney line, not the one the aside
    names); 'The Class A shares, ticker ZG, which carry voting rights, rose 10.1%'."""
    gsk = claims_of(extractor, "GSK rose. GSK's American depositary shares, each equal to two ordinary shares, were up 2.8% in premarket "
                    "trading in New York.", dt.datetime.fromisoformat("2025-02-04T13:00:00+00:00"))
    resmed = claims_of(extractor, "ResMed fell. ResMed's CHESS depositary interests, ten of which represent one New York-listed share, "
                       "were down 5.8% at A$27.31 by lunchtime in Sydney.", dt.datetime.fromisoformat("2023-08-09T12:15:00+10:00"))
    zillow = claims_of(extractor, "Zillow's Class C capital stock was up 10.4% at $85.12. The Class A shares, ticker ZG, which carry "
                       "voting rights, rose 10.1%.", dt.datetime.fromisoformat("2025-02-12T11:30:00-05:00"))
    assert [c.ticker for c in gsk] == ["GSK"] and [c.ticker for c in resmed] == ["RMD.AX"] and [c.ticker for c in zillow] == ["Z", "ZG"]


def test_a_company_named_by_its_brands_and_a_metric_owner_opening_a_sentence(extractor):
    """'The Budweiser and Stella Artois maker's shares closed up 8.3%': AB InBev, not Budweiser APAC; 'Vanke's
    contracted sales fell 9.8% ... and tumbled 44%': the sales again, no move of Vanke's shares."""
    brands = claims_of(extractor, "AB InBev posted its biggest gain. The Budweiser and Stella Artois maker's shares closed up 8.3% at "
                       "55.92 euros in Brussels.", dt.datetime.fromisoformat("2025-02-12T18:00:00+01:00"))
    sales = claims_of(extractor, "Vanke's contracted sales fell 9.8% to 376.1 billion yuan last year and tumbled 44% in the first two "
                      "months of this year.", dt.datetime.fromisoformat("2025-03-11T12:00:00+08:00"))
    assert [c.ticker for c in brands] == ["ABI.BR"] and sales == []


def test_a_class_on_the_market_its_sentence_names_and_the_other_side_of_a_deal(extractor):
    """'In Helsinki, ... the B shares were down 4.9%': SSAB's Helsinki B line; 'The thinly traded Class A multiple voting
    shares, controlled largely by the Bombardier-Beaudoin family, were 12.1% lower': the class A line; 'In London, where
    Woodside has traded since its 2022 merger with BHP's petroleum business, the stock was down 1.5%': Woodside's."""
    ssab = claims_of(extractor, "SSAB fell. In Helsinki, where SSAB has a secondary listing, the B shares were down 4.9%.",
                     dt.datetime.fromisoformat("2025-04-24T11:00:00+02:00"))
    bombardier = claims_of(extractor, "Bombardier fell. The thinly traded Class A multiple voting shares, controlled largely by the "
                           "Bombardier-Beaudoin family, were 12.1% lower.", dt.datetime.fromisoformat("2024-11-07T11:30:00-05:00"))
    woodside = claims_of(extractor, "Woodside's Sydney-listed shares closed 1.9% lower. In London, where Woodside has traded since its "
                         "2022 merger with BHP's petroleum business, the stock was down 1.5% in afternoon trade.",
                         dt.datetime.fromisoformat("2024-02-27T15:00:00+00:00"))
    assert [c.ticker for c in ssab] == ["SSABBH.HE"] and [c.ticker for c in bombardier] == ["BBD-A.TO"]
    assert [c.ticker for c in woodside] == ["WDS.AX", "WDS.L"]


def test_the_market_a_moves_own_words_name_over_a_relative_clause_listing_two(extractor):
    """'CGI's Class A shares, which trade in Toronto and, as GIB, in New York, were up 1.1% in premarket trading in New
    York': the New York line; last year's metric in 'when it rose 4.2%' after 'the same period last year' is no move."""
    cgi = claims_of(extractor, "CGI reported results. CGI's Class A shares, which trade in Toronto and, as GIB, in New York, were up "
                    "1.1% in premarket trading in New York.", dt.datetime.fromisoformat("2024-11-06T08:00:00-05:00"))
    diageo = claims_of(extractor, "Diageo fell 3%. The company now expects first-half organic operating profit growth to be lower "
                       "than in the same period last year, when it rose 4.2%.", dt.datetime.fromisoformat("2025-01-29T10:00:00+00:00"))
    assert [c.ticker for c in cgi] == ["GIB"] and [c.magnitude for c in diageo] == [3.0]


def test_indented_headings_over_a_table_whose_names_column_has_none(extractor):
    """'                  MON 30 SEP    SEPTEMBER' over 'CSI 300   +8.5%   +21.0%': the day's move, then the month's."""
    claims = claims_of(extractor, "ASIA-PACIFIC MONTHLY SCORECARD\n\n                  MON 30 SEP    SEPTEMBER\nCSI 300             +8.5%"
                       "        +21.0%\n", dt.datetime.fromisoformat("2024-09-30T18:00:00+08:00"))
    assert [(c.magnitude, c.kind) for c in claims] == [(8.5, ClaimKind.CLOSE_CHANGE), (21.0, ClaimKind.CUMULATIVE)]


def test_a_weeks_loss_and_finishing_the_month(extractor):
    """'Nifty ends at 24,008, down 1.1%; week's loss at 1.4%': the week's move; 'helping it finish the month 24% higher':
    the month's."""
    nifty = claims_of(extractor, "2. Nifty ends at 24,008, down 1.1%; week's loss at 1.4%",
                      dt.datetime.fromisoformat("2025-05-09T16:30:00+05:30"))
    fenjiu = claims_of(extractor, "Shanxi Fenjiu gained 8.6% on Monday, helping it finish the month 24% higher.",
                       dt.datetime.fromisoformat("2024-09-30T18:00:00+08:00"))
    assert [c.kind for c in nifty] == [ClaimKind.CLOSE_CHANGE, ClaimKind.CUMULATIVE]
    assert [(c.ticker, c.kind) for c in fenjiu] == [("600809.SS", ClaimKind.CLOSE_CHANGE), ("600809.SS", ClaimKind.CUMULATIVE)]


def test_household_bills_are_no_price_of_shares(extractor):
    """'Pennon rises 1.9% as Ofwat consultation ends; bills to rise 9% a year on average': customers' bills."""
    claims = claims_of(extractor, "Pennon rises 1.9% as Ofwat consultation ends; bills to rise 9% a year on average",
                       dt.datetime.fromisoformat("2025-02-17T17:00:00+00:00"))
    assert [c.magnitude for c in claims] == [1.9]


def test_a_periods_own_move_before_its_figure(extractor):
    """'after last week's loss of 3%': last week's move, not a day's."""
    claims = claims_of(extractor, "Apple fell 2% on Thursday after last week's loss of 3%.", dt.datetime.fromisoformat("2025-05-09T16:30:00+05:30"))
    assert [(c.kind, c.start_date) for c in claims][1] == (ClaimKind.CUMULATIVE, dt.date(2025, 4, 28))


def test_a_stock_that_has_run_a_figure(extractor):
    """'From its April 21 close the stock has now run about 160%'; 'has run up 40% this year'."""
    claims = claims_of(extractor, "APLD closed +48% yesterday. From its April 21 close the stock has now run about 160%. Apple has run up "
                       "40% this year.", dt.datetime.fromisoformat("2025-06-04T15:00:00-04:00"))
    assert [(c.magnitude, c.kind) for c in claims][1:] == [(160.0, ClaimKind.CUMULATIVE), (40.0, ClaimKind.YTD)]


def test_an_appositive_holding_a_list(extractor):
    """'Shares of Princes Group, the British maker of tinned tuna, pasta sauces and Crisp 'n Dry cooking oil, closed 2.3%
    higher': the list's commas stay inside the aside."""
    claims = claims_of(extractor, "Shares of Princes Group, the British maker of tinned tuna, pasta sauces and Crisp 'n Dry cooking oil, "
                       "closed 2.3% higher at 486 pence on their first day of trading.", dt.datetime.fromisoformat("2025-07-10T17:00:00+01:00"))
    assert [c.ticker for c in claims] == ["PRN.L"]


def test_a_quarterly_letters_undated_moves_are_the_quarters(extractor):
    """'Letter to investors, second quarter 2024', dated June 30: 'Bechtle slipped 8.7%' is the quarter's move, as is
    'EMS-Chemie ... rising 9.2% over the quarter' (from the quarter's first session, after Easter Monday)."""
    claims = claims_of(extractor, "Lindenhof European Quality Fund - Letter to investors, second quarter 2024\nZurich, 30 June 2024\n\n"
                       "EMS-Chemie was our best holding, rising 9.2% over the quarter. Bechtle slipped 8.7% after a soft quarter.",
                       dt.datetime.fromisoformat("2024-06-30T10:00:00+02:00"))
    assert [(c.ticker, c.kind, c.start_date) for c in claims] == [
        ("EMSN.SW", ClaimKind.CUMULATIVE, dt.date(2024, 4, 2)), ("BC8.DE", ClaimKind.CUMULATIVE, dt.date(2024, 4, 2))]


def test_a_listing_premium_after_the_issue_price_it_is_measured_from(extractor):
    """'Its shares listed at Rs 442.25 against an issue price of Rs 279, a premium of 58.5%, and rose as much as 68%'."""
    claims = claims_of(extractor, "Payments app operator One MobiKwik Systems made a bigger splash. Its shares listed at Rs 442.25 against "
                       "an issue price of Rs 279, a premium of 58.5%, and rose as much as 68%.",
                       dt.datetime.fromisoformat("2024-12-18T11:00:00+05:30"))
    assert [(c.ticker, c.magnitude, c.kind) for c in claims] == [
        ("MOBIKWIK.NS", 58.5, ClaimKind.INTRADAY_CURRENT), ("MOBIKWIK.NS", 68.0, ClaimKind.INTRADAY_HIGH)]


def test_a_maker_of_brands_and_a_speakers_label(extractor):
    """'The maker of Jif peanut butter and Uncrustables sandwiches is down 14.8%': the company spoken of;
    'REPORTER: The operator of Tokyo Disneyland and DisneySea sank 7.4%': the speaker's label is no name."""
    smucker = claims_of(extractor, "J.M. Smucker is the worst performer in the S&P 500. The maker of Jif peanut butter and Uncrustables "
                        "sandwiches is down 14.8% at $95.40.", dt.datetime.fromisoformat("2025-06-10T11:45:00-04:00"))
    oriental = claims_of(extractor, "Oriental Land fell. REPORTER: The operator of Tokyo Disneyland and DisneySea sank 7.4% to 3,062 yen.",
                         dt.datetime.fromisoformat("2025-06-10T16:00:00+09:00"))
    assert [c.ticker for c in smucker] == ["SJM"] and [c.ticker for c in oriental] == ["4661.T"]


def test_where_after_a_market_names_the_line_and_a_class_priced_in_a_currency(extractor):
    """'The company's primary listing is on the New York Stock Exchange, where the stock fell 5.8% in extended trading':
    the New York line, in a London report; 'The voting Class B CDIs ... were up 3.1% at A$44.20': the ASX class B line."""
    flutter = claims_of(extractor, "LONDON, Nov 13 (wire) - Flutter's London-listed shares were down 7.2% at 14,985p. The company's primary "
                        "listing is on the New York Stock Exchange, where the stock fell 5.8% in extended trading on Wednesday.",
                        dt.datetime.fromisoformat("2025-11-13T08:45:00+00:00"))
    news = claims_of(extractor, "News Corp rose. The voting Class B shares were up 3.1% at A$44.20 in late-morning trade.",
                     dt.datetime.fromisoformat("2024-08-09T11:30:00+10:00"))
    assert [c.ticker for c in flutter] == ["FLTR.L", "FLUT"] and [c.ticker for c in news] == ["NWS.AX"]


def test_a_venues_shares_of_a_described_company_beat_its_bracketed_symbol(extractor):
    """'Hong Kong shares of online recruiter Kanzhun (BZ) rose 6.8%': the Hong Kong line, though the bracket names the
    U.S. symbol."""
    claims = claims_of(extractor, "Hong Kong shares of online recruiter Kanzhun (BZ) rose 6.8% in afternoon trading on Wednesday.",
                       dt.datetime.fromisoformat("2024-08-28T14:30:00+08:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("2076.HK", ClaimKind.INTRADAY_CURRENT)]


def test_it_after_along_the_way(extractor):
    """'The Nikkei 225 ended Friday down 0.6% for the week. Along the way it plunged 7.8% on Monday': the index."""
    claims = claims_of(extractor, "The Nikkei 225 ended Friday at 33,585.58, down 0.6% for the week. Along the way it plunged 7.8% on Monday "
                       "and rebounded 6.0% on Tuesday.", dt.datetime.fromisoformat("2025-04-12T10:00:00+09:00"))
    assert [(c.ticker, c.date) for c in claims][1:] == [("^N225", dt.date(2025, 4, 7)), ("^N225", dt.date(2025, 4, 8))]


def test_net_asset_value_is_no_price(extractor):
    """'In the fourth quarter, adjusted NAV rose 1%': an investment company's net asset value, not its shares."""
    claims = claims_of(extractor, "STOCKHOLM, Jan 23 (wire) - Investor AB's B shares fell 2.1%. In the fourth quarter, adjusted NAV rose 1%.",
                       dt.datetime.fromisoformat("2025-01-23T10:00:00+01:00"))
    assert [c.magnitude for c in claims] == [2.1]


def test_a_day_word_between_a_figure_and_its_noun_dates_the_move(extractor):
    """'rose 6.8% ... on Wednesday, following a 10.2% overnight jump in its Nasdaq-listed ADSs': the jump is the U.S.
    session that ended before Hong Kong's Wednesday, not a Wednesday in New York."""
    claims = claims_of(extractor, "Hong Kong shares of online recruiter Kanzhun (BZ) rose 6.8% in afternoon trading on Wednesday, following "
                       "a 10.2% overnight jump in its Nasdaq-listed American depositary shares.",
                       dt.datetime.fromisoformat("2024-08-28T14:30:00+08:00"))
    assert [(c.ticker, c.date) for c in claims] == [("2076.HK", dt.date(2024, 8, 28)), ("BZ", dt.date(2024, 8, 27))]


def test_a_span_in_an_opening_clause_of_news_is_the_news(extractor):
    """'After Trump said ... most countries would face a reduced levy for 90 days, the S&P 500 was up 7.4% in afternoon
    trading': the 90 days are the levy's; the move is the day's."""
    claims = claims_of(extractor, "After Trump said that most countries would face a reduced levy for 90 days, the S&P 500 was up 7.4% in "
                       "afternoon trading in New York.", dt.datetime.fromisoformat("2025-04-09T18:40:00+01:00"))
    assert [(c.ticker, c.kind, c.start_date) for c in claims] == [("^GSPC", ClaimKind.INTRADAY_CURRENT, None)]


def test_the_index_after_its_futures(extractor):
    """'S&P 500 e-mini futures were down 1.1%, after the index closed 0.1% higher on Tuesday': the futures are no claim;
    the index is the S&P 500."""
    claims = claims_of(extractor, "S&P 500 e-mini futures were down 1.1%, after the index closed 0.1% higher on Tuesday.",
                       dt.datetime.fromisoformat("2024-04-10T08:50:00-04:00"))
    assert [(c.ticker, c.magnitude, c.date) for c in claims] == [("^GSPC", 0.1, dt.date(2024, 4, 9))]


def test_a_sentence_ends_after_a_time_before_a_possessive(extractor):
    """'... was at HK$63.40 at 11 a.m. KE's American depositary shares ... surged 18.6% on Friday in New York': two
    sentences, and the second's subject is KE Holdings' U.S. line (its first word, then the words of a venue)."""
    claims = claims_of(extractor, "KE Holdings' Hong Kong shares jumped 14% on Monday morning. The Hong Kong line was at HK$63.40 at 11 a.m. "
                       "KE's American depositary shares, each representing three ordinary shares, surged 18.6% on Friday in New York.",
                       dt.datetime.fromisoformat("2024-09-30T11:05:00+08:00"))
    assert [(c.entity, c.ticker) for c in claims] == [("KE Holdings", "2423.HK"), ("KE Holdings", "BEKE")]


def test_a_named_companys_first_word_is_no_bare_symbol(extractor):
    """'KE's ADRs surged' after KE Holdings: not Kimball Electronics (KE), which a bare 'KE' still names otherwise."""
    ke = claims_of(extractor, "KE Holdings' Hong Kong shares jumped 14% on Monday morning. KE's ADRs surged 18.6% on Friday in New York.",
                   dt.datetime.fromisoformat("2024-09-30T11:05:00+08:00"))
    kimball = claims_of(extractor, "Kimball Electronics said profit rose. KE shares surged 18.6% on Friday.",
                        dt.datetime.fromisoformat("2024-09-30T11:05:00+08:00"))
    assert [c.ticker for c in ke] == ["2423.HK", "BEKE"] and [c.ticker for c in kimball] == ["KE"]


def test_a_named_common_line_is_the_ordinary_shares(extractor):
    """'Draegerwerk's preference shares were up 6.3% ..., while the ordinary shares rose 4.0%': DRW3.DE, then DRW8.DE
    (whose symbol alone does not say it is the common line); Paramount's class A is PARAA."""
    claims = claims_of(extractor, "Draegerwerk's preference shares were up 6.3% at 51.10 euros, while the ordinary shares rose 4.0%. "
                       "Paramount's class A shares were up 1.1% at $22.41.", dt.datetime.fromisoformat("2025-01-15T11:00:00+01:00"))
    assert [c.ticker for c in claims] == ["DRW3.DE", "DRW8.DE", "PARAA"]


def test_a_bar_chart_of_unsigned_percentages_under_a_captions_unit(extractor):
    """'Selected decliners (close-to-close, %)' over 'Sompo Holdings   -18.1  ######': the day's percentage moves, the
    bar after each figure no part of it; without the caption's unit, bare numbers are no percentages."""
    rows = "Sompo Holdings       -18.1  ##################\nKobe Steel           -15.9  ################\n"
    published = dt.datetime.fromisoformat("2024-08-05T15:45:00+09:00")
    claims = claims_of(extractor, "TOKYO SCOREBOARD\n\nSelected decliners (close-to-close, %)\n" + rows, published)
    bare = claims_of(extractor, "TOKYO SCOREBOARD\n\nSelected decliners\n" + rows, published)
    assert [(c.ticker, c.magnitude, c.unit.value, c.date) for c in claims] == [
        ("8630.T", 18.1, "pct", dt.date(2024, 8, 5)), ("5406.T", 15.9, "pct", dt.date(2024, 8, 5))] and not bare


def test_a_monthly_scorecards_title_spans_its_blocks_and_a_first_half_column_is_the_year(extractor):
    """'TAIPEI MONTHLY SCORECARD — June 2024' over a block captioned 'AI SERVER BUILDERS RAN AGAIN': the month's
    moves; a column headed 'First half' is the year to date."""
    text = ("TAIPEI MONTHLY SCORECARD \u2014 June 2024\n\nINDEX                      June      First half\n"
            "Taiex                      +8.6%     +28.5%\n\nAI SERVER BUILDERS RAN AGAIN\nGlobal Unichip             +21.4%\n"
            "Compal Electronics         +14.2%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-30T10:00:00+08:00"))
    assert [(c.magnitude, c.kind, c.start_date) for c in claims] == [
        (8.6, ClaimKind.CUMULATIVE, dt.date(2024, 6, 3)), (28.5, ClaimKind.YTD, None),
        (21.4, ClaimKind.CUMULATIVE, dt.date(2024, 6, 3)), (14.2, ClaimKind.CUMULATIVE, dt.date(2024, 6, 3))]


def test_up_the_same_figure(extractor):
    """'Industrial Securities is limit-up, 10% higher, and Luzhou Laojiao is up the same 10% daily maximum': a move."""
    claims = claims_of(extractor, "Industrial Securities is limit-up, 10% higher, and baijiu maker Luzhou Laojiao is up the same 10% daily "
                       "maximum.", dt.datetime.fromisoformat("2024-10-08T12:15:00+08:00"))
    assert [(c.ticker, c.magnitude, c.kind) for c in claims] == [("601377.SS", 10.0, ClaimKind.INTRADAY_CURRENT),
                                                                  ("000568.SZ", 10.0, ClaimKind.INTRADAY_CURRENT)]


def test_that_day_after_a_restated_figure_dates_both(extractor):
    """'The S&P 500 fell 3.0% on Monday. The Dow lost 1,033.99 points, or 2.6%, that day', in a Saturday round-up: both
    of the Dow's figures are Monday's."""
    claims = claims_of(extractor, "The S&P 500 fell 3.0% on Monday. The Dow lost 1,033.99 points, or 2.6%, that day.",
                       dt.datetime.fromisoformat("2024-08-10T09:00:00-04:00"))
    assert [(c.ticker, c.date) for c in claims] == [("^GSPC", dt.date(2024, 8, 5))] + [("^DJI", dt.date(2024, 8, 5))] * 2


def test_a_part_of_a_hyphenated_name_after_the_name(extractor):
    """'Harley-Davidson ... Harley shares were down 1.6% at $25.80', 'Cleveland-Cliffs ... Cliffs shares ended 1.2%
    higher': the company named before."""
    claims = claims_of(extractor, "The EU named Harley-Davidson among U.S. goods it would target. Harley shares were down 1.6% at $25.80 in "
                       "late-morning trading.", dt.datetime.fromisoformat("2025-03-12T11:40:00-04:00"))
    cliffs = claims_of(extractor, "Cleveland-Cliffs agreed to buy Stelco. Cliffs shares ended 1.2% higher in New York.",
                       dt.datetime.fromisoformat("2024-07-15T17:00:00-04:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("HOG", ClaimKind.INTRADAY_CURRENT)] and [c.ticker for c in cliffs] == ["CLF"]


def test_a_verb_joined_on_after_the_stock(extractor):
    """'The stock was the worst performer in the SDAX small-cap index ... and has lost about 62% since the start of the
    year': the stock spoken of, not the index the clause before named."""
    claims = claims_of(extractor, "SMA Solar shares fell 30%. The stock was the worst performer in the SDAX small-cap index in morning "
                       "trading and has lost about 62% since the start of the year.", dt.datetime.fromisoformat("2024-10-16T10:15:00+02:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("S92.DE", ClaimKind.INTRADAY_CURRENT), ("S92.DE", ClaimKind.YTD)]


def test_a_rise_a_regulator_allows_is_no_move(extractor):
    """'United Utilities shares rose 2%. That compares with a 30% increase allowed in the draft ruling in July': bills."""
    claims = claims_of(extractor, "United Utilities shares rose 2%. That compares with a 30% increase allowed in the draft ruling in July.",
                       dt.datetime.fromisoformat("2024-12-19T12:40:00+00:00"))
    assert [c.magnitude for c in claims] == [2.0]


def test_the_day_of_an_asides_move_noun_is_not_the_next_subjects(extractor):
    """'Greentown China soared 18.6%, adding to an 11% jump on Thursday, while Hang Lung Properties rose 4.2%': Hang Lung's
    move is Friday's, the day of the wrap."""
    claims = claims_of(extractor, "Greentown China soared 18.6% in Hong Kong, adding to an 11% jump on Thursday, while Hang Lung Properties "
                       "rose 4.2%.", dt.datetime.fromisoformat("2024-05-17T05:15:00-04:00"))
    assert [c.date for c in claims] == [dt.date(2024, 5, 17), dt.date(2024, 5, 16), dt.date(2024, 5, 17)]


def test_the_parent_of_a_demerged_company(extractor):
    """'Aditya Birla Lifestyle Brands, the menswear business demerged from Aditya Birla Fashion and Retail, ... The
    parent, which keeps the Pantaloons stores, rose 1.3%': the company it was demerged from."""
    claims = claims_of(extractor, "Shares of Aditya Birla Lifestyle Brands Ltd, the menswear business demerged from Aditya Birla Fashion and "
                       "Retail Ltd, fell 5% on their first day of trading on Monday. The parent, which keeps the Pantaloons department "
                       "stores, rose 1.3%.", dt.datetime.fromisoformat("2025-06-23T15:40:00+05:30"))
    assert [c.ticker for c in claims] == ["ABLBL.NS", "ABFRL.NS"]


def test_a_days_move_after_a_metric_clause_is_the_subjects(extractor):
    """'The Hang Seng Index fell 0.5% as investors took profits after Monday's 2.8% surge': the surge is the index's."""
    claims = claims_of(extractor, "The Hang Seng Index fell 0.5% as investors took profits after Monday's 2.8% surge, which followed Beijing's "
                       "pledge.", dt.datetime.fromisoformat("2024-12-10T17:20:00+08:00"))
    assert [(c.ticker, c.magnitude, c.date) for c in claims] == [("^HSI", 0.5, dt.date(2024, 12, 10)), ("^HSI", 2.8, dt.date(2024, 12, 9))]


def test_opening_at_a_price_over_the_ipo_price_is_a_debut(extractor):
    """'Vishal Mega Mart opening at Rs 104 on the NSE, a premium of 33.3% over the IPO price of Rs 78', written in the
    debut session: the session's move (the figure's decimal point is no sentence's end)."""
    claims = claims_of(extractor, "Mumbai: Three newly listed companies drew strong buying on Wednesday, with shares of hypermarket chain "
                       "Vishal Mega Mart opening at Rs 104 on the NSE, a premium of 33.3% over the IPO price of Rs 78.",
                       dt.datetime.fromisoformat("2024-12-18T11:40:00+05:30"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [("VMM.NS", ClaimKind.INTRADAY_CURRENT, dt.date(2024, 12, 18))]


def test_a_bse_line_by_the_nse_symbol(extractor):
    """'Kalyan Jewellers fell 8% on the NSE. On the BSE, it was down 8.3%': the BSE line, which Yahoo quotes under the
    NSE symbol (KALYANKJIL.BO) and the lists leave out."""
    claims = claims_of(extractor, "Shares of Kalyan Jewellers fell 8% on the NSE. On the BSE, it was down 8.3%.",
                       dt.datetime.fromisoformat("2024-06-18T11:00:00+05:30"))
    assert [(c.ticker, c.exchange) for c in claims] == [("KALYANKJIL.NS", "India NSE"), ("KALYANKJIL.BO", "Bombay")]


def test_the_nse_and_bse_lines_of_a_debut(extractor):
    """ixigo's debut: 'a strong stock market debut ..., listing at Rs 138.10 on the National Stock Exchange, a premium of
    48.5%' (the shares, not the market's word); 'On the BSE, the stock opened at Rs 135, up 45.2%' (the BSE line);
    'It went on to hit a high of Rs 168.7 on the NSE, up as much as 81%' (the market of the price before it)."""
    text = ("Shares of Le Travenues Technology, which runs the travel booking platform ixigo, made a strong stock market debut on "
            "Tuesday, listing at Rs 138.10 on the National Stock Exchange, a premium of 48.5% over the issue price of Rs 93.\n\n"
            "On the BSE, the stock opened at Rs 135, up 45.2%. It went on to hit a high of Rs 168.7 on the NSE, up as much as 81%.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-06-18T16:30:00+05:30"))
    assert [c.ticker for c in claims] == ["IXIGO.NS", "IXIGO.BO", "IXIGO.NS"]


def test_a_level_names_the_market_of_its_move(extractor):
    """'The stock listed at ₹188 on the BSE and ₹180 on the National Stock Exchange, and fell 5% to close at ₹171 on the
    NSE': the NSE line, which the move's own words name."""
    claims = claims_of(extractor, "Shares of ITC Hotels Ltd slumped on their market debut on Wednesday.\nThe stock listed at \u20b9188 on the BSE "
                       "and \u20b9180 on the National Stock Exchange, and fell 5% to close at \u20b9171 on the NSE.",
                       dt.datetime.fromisoformat("2025-01-29T16:00:00+05:30"))
    assert [c.ticker for c in claims] == ["ITCHOTELS.NS"]


def test_a_traded_venue_and_the_parent_a_unit_was_spun_out_of(extractor):
    """'its Stockholm-traded shares rose 2.9%': traded where it is listed; 'Zijin Gold International, the overseas gold unit
    spun out of Zijin Mining Group, ... The parent's Hong Kong-listed H shares rose 2.9%': Zijin Mining's; 'Heineken Holding
    ... rose 10.2%': the holding company, not the brewer its name contains."""
    nordea = claims_of(extractor, "Nordea's Helsinki-listed shares were up 3.2% at 12.68 euros, while its Stockholm-traded shares rose 2.9%.",
                       dt.datetime.fromisoformat("2025-07-17T11:30:00+03:00"))
    zijin = claims_of(extractor, "Zijin Gold International, the overseas gold unit spun out of Zijin Mining Group, jumped 68% on its first "
                      "day of trading in Hong Kong on Tuesday. The parent's Hong Kong-listed H shares rose 2.9%.",
                      dt.datetime.fromisoformat("2025-09-30T17:20:00+08:00"))
    heineken = claims_of(extractor, "Heineken NV was up 11.4% at 75.88 euros in Amsterdam by midday. Heineken Holding, the family-controlled "
                         "vehicle, rose 10.2%.", dt.datetime.fromisoformat("2025-07-30T12:00:00+02:00"))
    assert [c.ticker for c in nordea + zijin + heineken] == ["NDA-FI.HE", "NDA-SE.ST", "2259.HK", "2899.HK", "HEIA.AS", "HEIO.AS"]


def test_ending_the_quarter_up_a_figure(extractor):
    """'The Hang Seng Index closed 0.9% higher, ending the third quarter up about 11%': the quarter's move."""
    claims = claims_of(extractor, "The Hang Seng Index closed 0.9% higher, ending the third quarter up about 11%.",
                       dt.datetime.fromisoformat("2025-09-30T17:20:00+08:00"))
    assert [(c.kind, c.start_date) for c in claims] == [(ClaimKind.CLOSE_CHANGE, None), (ClaimKind.CUMULATIVE, dt.date(2025, 7, 2))]


def test_a_bar_chart_captioned_with_a_closing_percent_and_the_block_under_it(extractor):
    """'AI supply chain, close-to-close %' over 'SWCC  -11.2  ===========', and 'Gainers elsewhere' right under that block:
    both blocks' bare figures are the day's percentage moves."""
    text = ("TOKYO SCOREBOARD\n\nAI supply chain, close-to-close %\nSWCC                 -11.2  ===========\n"
            "Fujikura              -9.6  ==========\n\nGainers elsewhere\nNitori Holdings       +3.9  ====\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-01-27T15:40:00+09:00"))
    assert [(c.ticker, c.magnitude, c.direction.value) for c in claims] == [
        ("5805.T", 11.2, "down"), ("5803.T", 9.6, "down"), ("9843.T", 3.9, "up")]


def test_a_persons_employer_is_no_topic(extractor):
    """'WPP fell 18% on Wednesday. It named Cindy Rose, who runs Microsoft's Western European business, as chief
    executive. The shares are down 47% this year': WPP's shares, not Microsoft's."""
    claims = claims_of(extractor, "WPP fell 18% on Wednesday. It named Cindy Rose, who runs Microsoft's Western European business, as chief "
                       "executive. The shares are down 47% this year.", dt.datetime.fromisoformat("2025-07-12T07:00:00+01:00"))
    assert [c.ticker for c in claims] == ["WPP.L", "WPP.L"]


def test_a_premium_after_the_price_it_opened_at(extractor):
    """'On the BSE, the stock opened at ₹2,500, a 66.33 percent premium.': the debut's move on the BSE line."""
    claims = claims_of(extractor, "Shares of Waaree Energies made a stellar debut on October 28, listing at \u20b92,550 on the NSE, a premium "
                       "of 69.66 percent over the issue price of \u20b91,503. On the BSE, the stock opened at \u20b92,500, a 66.33 percent premium.",
                       dt.datetime.fromisoformat("2024-10-28T11:00:00+05:30"))
    assert [(c.ticker, c.magnitude, c.direction.value) for c in claims] == [("WAAREEENER.NS", 69.66, "up"), ("WAAREEENER.BO", 66.33, "up")]


def test_a_rally_that_lifted_the_gauge(extractor):
    """'..., adding to a rally that has lifted the tech gauge 22% so far this year': the index spoken of."""
    claims = claims_of(extractor, "The Hang Seng Tech Index advanced 1.9%, adding to a rally that has lifted the tech gauge 22% so far this year.",
                       dt.datetime.fromisoformat("2024-02-20T12:30:00+08:00"))
    assert [(c.ticker, c.magnitude, c.kind) for c in claims] == [("^HSTECH", 1.9, ClaimKind.INTRADAY_CURRENT), ("^HSTECH", 22.0, ClaimKind.YTD)]


def test_a_second_figure_at_another_venue_with_its_verb_left_out(extractor):
    """'Vale shares dropped 1.8% in Sao Paulo and 3.5% in New York': the same company's New York line."""
    claims = claims_of(extractor, "Vale shares dropped 1.8% in Sao Paulo and 3.5% in New York.",
                       dt.datetime.fromisoformat("2024-12-18T19:30:00-03:00"))
    assert [(c.ticker, c.magnitude, c.direction.value) for c in claims] == [("VALE3.SA", 1.8, "down"), ("VALE", 3.5, "down")]


def test_the_shares_after_a_company_named_in_passing(extractor):
    """'Sandoz Group began trading ... after its spin-off from Novartis, with the shares ending the day 0.7% below their
    opening price': Sandoz's shares, not Novartis's."""
    claims = claims_of(extractor, "ZURICH, Oct 4 (wire) - Generic drugmaker Sandoz Group began trading on the SIX Swiss Exchange on Wednesday "
                       "after its spin-off from Novartis, with the shares ending the day 0.7% below their opening price of 24 Swiss francs.",
                       dt.datetime.fromisoformat("2023-10-04T17:45:00+02:00"))
    assert [c.ticker for c in claims] == ["SDZ.SW"]


def test_the_distance_below_a_months_high(extractor):
    """'Even after today it's still about 97% below its January 2021 high': the fall since that peak."""
    claims = claims_of(extractor, "Peloton rose 12% today. Even after today it's still about 97% below its January 2021 high.",
                       dt.datetime.fromisoformat("2025-02-07T10:00:00-05:00"))
    assert [(c.ticker, c.direction.value, c.magnitude, c.kind) for c in claims][1:] == [("PTON", "down", 97.0, ClaimKind.CUMULATIVE)]


def test_a_bigger_move_told_before_where_the_day_ended_is_its_extreme(extractor):
    """'IDX halts trading as JCI plunges 5%, ends day down 3.84%': the 5% was the session's low."""
    claims = claims_of(extractor, "IDX halts trading as JCI plunges 5%, ends day down 3.84%\n\nThe Jakarta Composite Index fell.",
                       dt.datetime.fromisoformat("2025-03-18T17:20:00+07:00"))
    assert [(c.magnitude, c.kind) for c in claims] == [(5.0, ClaimKind.INTRADAY_LOW), (3.84, ClaimKind.CLOSE_CHANGE)]


def test_a_day_the_span_includes_is_not_the_moves_day(extractor):
    """'Over the past four sessions, including Wednesday, it has lost 23%': the four sessions' move; and 'the Chinese data
    center operator's American depositary shares surged 13.6% overnight': GDS's U.S. line."""
    hanwha = claims_of(extractor, "Hanwha Solutions closed down 18.8% on Wednesday. Over the past four sessions, including Wednesday, it has "
                       "lost 23%.", dt.datetime.fromisoformat("2024-11-06T16:30:00+09:00"))
    gds = claims_of(extractor, "HONG KONG, Feb 20 - Hong Kong-listed shares of GDS Holdings rose 9.2% to HK$41.45 in morning trade on Thursday, "
                    "after the Chinese data center operator's American depositary shares surged 13.6% overnight in New York.",
                    dt.datetime.fromisoformat("2025-02-20T11:30:00+08:00"))
    assert [(c.kind, c.start_date) for c in hanwha][1:] == [(ClaimKind.CUMULATIVE, dt.date(2024, 11, 1))]
    assert [c.ticker for c in gds] == ["9698.HK", "GDS"]


def test_shares_of_a_company_told_by_its_home_town(extractor):
    """'Shares of the Foster City, California-based company were down 1.5%': Gilead, not a company named Foster City."""
    claims = claims_of(extractor, "Gilead Sciences reported a first-quarter loss. Shares of the Foster City, California-based company were down "
                       "1.5% in extended trading.", dt.datetime.fromisoformat("2024-04-25T17:05:00-04:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("GILD", ClaimKind.AFTER_HOURS)]


def test_capping_a_week_with_a_gain(extractor):
    """'Hang Seng caps holiday-shortened week with 10% gain': the week's move."""
    claims = claims_of(extractor, "Hang Seng caps holiday-shortened week with 10% gain as stimulus rally rolls on",
                       dt.datetime.fromisoformat("2024-10-05T10:00:00+08:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [("^HSI", ClaimKind.CUMULATIVE, dt.date(2024, 10, 4))]


def test_fresh108_metric_subjects_and_a_day_opening_the_main_clause(extractor):
    """'Wholesale units declined 2.2%' and 'Frankfurt passenger numbers rose 3.4%' are metrics (a sentence's first word is
    capitalised, a place names no company); 'On Monday the Dow Jones Industrial Average closed at a record, rising 125.69
    points, or 0.3%' is the Dow's move, the day no opening phrase cut off with its subject; 'down about 28% from the start
    of the year' is the year's."""
    carmax = claims_of(extractor, "CarMax fell 20% premarket. Wholesale units declined 2.2%. The stock closed at $56.39 on Wednesday, down "
                       "about 28% from the start of the year.", dt.datetime.fromisoformat("2025-09-25T08:00:00-04:00"))
    fraport = claims_of(extractor, "Airport operator Fraport bucked the trend, closing up 1.2%, after reporting that Frankfurt passenger numbers "
                        "rose 3.4% in February.", dt.datetime.fromisoformat("2024-03-12T18:00:00+01:00"))
    dow = claims_of(extractor, "On Monday the Dow Jones Industrial Average closed at a record, rising 125.69 points, or 0.3%, even as the "
                    "S&P 500 slipped 0.1%.", dt.datetime.fromisoformat("2024-02-13T08:00:00-05:00"))
    assert [(c.magnitude, c.kind) for c in carmax] == [(20.0, ClaimKind.PREMARKET), (28.0, ClaimKind.YTD)]
    assert [c.magnitude for c in fraport] == [1.2]
    assert [(c.ticker, c.magnitude, c.date) for c in dow] == [("^DJI", 125.69, dt.date(2024, 2, 12)), ("^DJI", 0.3, dt.date(2024, 2, 12)),
                                                              ("^GSPC", 0.1, dt.date(2024, 2, 12))]


def test_finishing_the_first_half_up_a_figure(extractor):
    """'The S&P 500 added 2.3% over the week and finished the first half up 15.9%', on the Saturday after June's last
    session: the half, which is the year so far."""
    claims = claims_of(extractor, "The S&P 500 added 2.3% over the week and finished the first half up 15.9%.",
                       dt.datetime.fromisoformat("2023-07-01T07:30:00-04:00"))
    assert [(c.magnitude, c.kind) for c in claims] == [(2.3, ClaimKind.CUMULATIVE), (15.9, ClaimKind.YTD)]


def test_a_relative_aside_right_after_an_opening_phrase_dates_nothing(extractor):
    """'In Hong Kong, which stays open on Tuesday, the Hang Seng Index was up 2.9% at midday', on a Monday: Monday's move."""
    claims = claims_of(extractor, "In Hong Kong, which stays open on Tuesday, the Hang Seng Index was up 2.9% at midday.",
                       dt.datetime.fromisoformat("2024-09-30T12:05:00+08:00"))
    assert [(c.kind, c.date) for c in claims] == [(ClaimKind.INTRADAY_CURRENT, dt.date(2024, 9, 30))]


def test_an_arrow_and_a_space_sign_a_bar_charts_figure(extractor):
    """'Isuzu Motors ....... ▼ 7.2% ███████' and 'Kobe Bussan ........ ▲ 1.6% █▌': the arrow before the figure says which way."""
    text = ("TOKYO CLOSE\n\nEXPORTERS HIT BY THE STRONG YEN\nIsuzu Motors ....... \u25bc 7.2% \u2588\u2588\u2588\u2588\u2588\u2588\u2588\n\n"
            "IMPORTERS\nKobe Bussan ........ \u25b2 1.6% \u2588\u258c\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-30T16:00:00+09:00"))
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [("7202.T", "down", 7.2), ("3038.T", "up", 1.6)]


def test_an_amount_then_its_change_is_no_price_move(extractor):
    """'- Wiwynn: NT$21.4 billion, up 30.8%' in a list of May sales: the sales grew; a price level is no such amount."""
    sales = claims_of(extractor, "MAY SALES\n- Wiwynn: NT$21.4 billion, up 30.8%\n- Elite Material: NT$5.5 billion, up 71%",
                      dt.datetime.fromisoformat("2024-06-08T10:00:00+08:00"))
    price = claims_of(extractor, "Wiwynn rose 3% to NT$2,100, up 5% this week.", dt.datetime.fromisoformat("2024-06-08T10:00:00+08:00"))
    assert sales == [] and [c.magnitude for c in price] == [3.0, 5.0]


def test_lower_than_a_year_ago_is_the_years_move(extractor):
    """'though it remains 8% lower than a year ago': the stock's move over the past year."""
    claims = claims_of(extractor, "Senior shares rose 10%. The stock had risen as much as 13.5% in early trade, though it remains 8% lower "
                       "than a year ago.", dt.datetime.fromisoformat("2024-06-04T12:00:00+01:00"))
    assert [(c.magnitude, c.kind) for c in claims][2:] == [(8.0, ClaimKind.CUMULATIVE)]


def test_a_capitals_heading_naming_the_week_spans_its_list(extractor):
    """'BEST AND WORST OF THE WEEK (S&P 500 and selected large caps)' over 'KeyCorp: up 12.6%': the week's move."""
    text = ("WEEKLY SCORECARD | Wall Street, week ended Friday, Nov. 8, 2024\n\nBEST AND WORST OF THE WEEK (S&P 500 and selected large "
            "caps)\nRobinhood Markets: up 31.4% for the week\nKeyCorp: up 12.6%\nTruist Financial: up 11.8%\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-09T08:00:00-05:00"))
    assert [(c.ticker, c.kind, c.start_date) for c in claims] == [
        ("HOOD", ClaimKind.CUMULATIVE, dt.date(2024, 11, 4)), ("KEY", ClaimKind.CUMULATIVE, dt.date(2024, 11, 4)),
        ("TFC", ClaimKind.CUMULATIVE, dt.date(2024, 11, 4))]


def test_a_company_in_a_bracketed_remark_is_no_topic(extractor):
    """'Symbotic closed down 35.8% today. The warehouse-robot maker (Walmart is its biggest customer) delayed its 10-K. It
    is now down 50% year-to-date': Symbotic, not Walmart."""
    claims = claims_of(extractor, "Symbotic closed down 35.8% today. The warehouse-robot maker (Walmart is its biggest customer) delayed its "
                       "annual 10-K. It is now down 50% year-to-date.", dt.datetime.fromisoformat("2024-11-27T21:10:00-05:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("SYM", ClaimKind.CLOSE_CHANGE), ("SYM", ClaimKind.YTD)]


def test_a_dotted_leader_does_not_end_a_rows_sentence(extractor):
    """'Topix ......... 2,645.94  ▼ 3.5%': four dots or more lead the eye from the name to its figures, no sentence ends."""
    claims = claims_of(extractor, "TOKYO CLOSE\n\nINDEXES\nTopix ......... 2,645.94  \u25bc 3.5%\n",
                       dt.datetime.fromisoformat("2024-09-30T15:45:00+09:00"))
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [("^TOPX", "down", 3.5)]


@pytest.mark.parametrize("text, direction", [
    ("The Nikkei closed at 37,919.55, down 1,910.01 (4.8%).", "down"),
    ("The Nikkei fell 1,910.01, or 4.8%, to 37,919.55.", "down"),
    ("Nikkei 225 .... 37,919.55 \u25bc 1,910.01 (4.8%)", "down"),
    ("Nikkei 225 .... 37,919.55 \u25b2 1,910.01 (4.8%)", "up"),
])
def test_a_percentage_after_a_change_with_no_unit_word_is_the_move(extractor, text, direction):
    """'down 1,910.01 (4.8%)': the points change, no unit word, then the percentage, which takes its direction."""
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-09-30T15:45:00+09:00"))
    assert [(c.ticker, c.direction.value, c.magnitude, c.unit) for c in claims] == [("^N225", direction, 4.8, Unit.PCT)]


def test_a_day_in_a_list_items_reason_leaves_the_lists_span(extractor):
    """'Affirm Holdings: up 29.2%, helped by its results on Thursday' under a week's heading: the week's move; a second
    clause's day ('; it jumped 13.1% on Wednesday alone') is that clause's own."""
    text = ("WEEKLY SCORECARD | week ended Friday, Nov. 8, 2024\n\nBEST AND WORST OF THE WEEK\nAffirm Holdings: up 29.2%, helped by "
            "its results on Thursday\nWells Fargo: up 16.1%; it jumped 13.1% on Wednesday alone\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-11-09T08:00:00-05:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [
        ("AFRM", ClaimKind.CUMULATIVE, dt.date(2024, 11, 8)), ("WFC", ClaimKind.CUMULATIVE, dt.date(2024, 11, 8)),
        ("WFC", ClaimKind.CLOSE_CHANGE, dt.date(2024, 11, 6))]


def test_a_counted_index_name_before_a_colon_is_a_snapshots_row(extractor):
    """'Nifty Smallcap 100: down 5.3%' in a note's market snapshot: an index the directory lacks, its move kept with no
    ticker; 'Q3 2024: up 12%' names a period, no instrument."""
    claims = claims_of(extractor, "MARKET SNAPSHOT\nNifty Smallcap 100: down 5.3%\nQ3 2024: up 12%\n",
                       dt.datetime.fromisoformat("2024-03-14T08:00:00+05:30"))
    assert [(c.entity, c.ticker, c.magnitude) for c in claims] == [("Nifty Smallcap 100", None, 5.3)]


def test_a_described_companys_debut_day_dates_the_debut_its_headline_named(extractor):
    """'Birkenstock's Rocky Debut' over 'The German sandal maker's shares fell 12.6% on Wednesday, their first day of
    trading ... now trades about 15% below its IPO price': on Saturday, the distance from the offer is a span since."""
    text = ("Birkenstock's Rocky Debut\n\nThe German sandal maker's shares fell 12.6% on Wednesday, their first day of trading. "
            "The stock now trades about 15% below its IPO price.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2023-10-14T09:00:00-04:00"))
    assert [(c.ticker, c.kind, c.date) for c in claims] == [
        ("BIRK", ClaimKind.CLOSE_CHANGE, dt.date(2023, 10, 11)), ("BIRK", ClaimKind.CUMULATIVE, dt.date(2023, 10, 13))]


def test_a_price_with_its_unit_word_at_which_a_company_floated_starts_a_span(extractor):
    """'about 73% below the 335 pence at which it floated in July': the span since the float, to now; not July's move."""
    claims = claims_of(extractor, "CAB Payments shares were down 72% at 91 pence. It now trades about 73% below the 335 pence at which it "
                       "floated in July.", dt.datetime.fromisoformat("2023-10-11T12:20:00+01:00"))
    assert [(c.kind, c.date) for c in claims][1:] == [(ClaimKind.CUMULATIVE, dt.date(2023, 10, 11))]


def test_a_day_after_a_closing_level_is_the_moves(extractor):
    """'Chime shares jumped 37% to close at $37.11 on Thursday': the close's level, then the day of the move."""
    claims = claims_of(extractor, "Chime Financial shares jumped 37% to close at $37.11 on Thursday, after opening at $43.",
                       dt.datetime.fromisoformat("2025-06-13T07:40:00-04:00"))
    assert [(c.ticker, c.kind, c.date, c.level) for c in claims] == [("CHYM", ClaimKind.CLOSE_CHANGE, dt.date(2025, 6, 12), 37.11)]


def test_a_whose_clause_after_an_appositive_hangs_on_the_name(extractor):
    """'Domino's Pizza Inc, the separate US-listed company that owns the brand, whose shares fell 1.1% in New York':
    the company named before the appositive."""
    claims = claims_of(extractor, "It licenses the brand from Domino's Pizza Inc, the separate US-listed company that owns the brand, whose "
                       "shares fell 1.1% in New York on Monday.", dt.datetime.fromisoformat("2025-08-05T09:20:00+01:00"))
    assert [c.ticker for c in claims] == ["DPZ"]


def test_a_namesakes_own_sentence_names_its_market_before_its_paragraph(extractor):
    """'The U.S. chain is a separate company from Domino's Pizza Group. Shares of Domino's Pizza Group ended 0.9% lower
    in London': London's Domino's, though the paragraph named the U.S. first."""
    claims = claims_of(extractor, "NEW YORK (Reuters) - Domino's Pizza Inc rose 1.2% on Thursday.\n\nThe U.S. chain is a separate company from "
                       "Domino's Pizza Group. Shares of Domino's Pizza Group ended 0.9% lower in London on Thursday.",
                       dt.datetime.fromisoformat("2024-11-14T18:30:00-05:00"))
    assert [c.ticker for c in claims] == ["DPZ", "DOM.L"]


def test_a_guidance_ranges_end_is_no_move(extractor):
    """'Wipro forecast revenue to range from a decline of 1% to growth of 1%': the ends of a forecast range."""
    claims = claims_of(extractor, "Wipro shares rose 10% on Friday. For the March quarter, Wipro forecast revenue from IT services to range "
                       "from a decline of 1% to growth of 1%.", dt.datetime.fromisoformat("2024-01-12T10:00:00+05:30"))
    assert [c.magnitude for c in claims] == [10.0]


def test_a_shouted_headlines_capitalised_word_before_its_comma_is_no_name(extractor):
    """'KOSPI CLOSES ABOVE 3,000 FOR FIRST TIME IN 3-1/2 YEARS, UP 1.5%': in capitals every word looks like a name; the
    index the headline named is the subject. 'ACME WIDGETS UP 5%' after a semicolon is still a name of its own."""
    first = claims_of(extractor, "* KOSPI CLOSES ABOVE 3,000 FOR FIRST TIME IN 3-1/2 YEARS, UP 1.5% AT 3,021.84",
                      dt.datetime.fromisoformat("2025-06-20T16:05:00+09:00"))
    second = claims_of(extractor, "* KOSPI UP 1%; ACME WIDGETS UP 5%", dt.datetime.fromisoformat("2025-06-20T16:05:00+09:00"))
    assert [c.ticker for c in first] == ["^KS11"] and [c.entity for c in second] == ["KOSPI", "ACME WIDGETS"]


def test_a_tables_row_naming_its_own_span_beats_the_caption(extractor):
    """'Nifty 50, 2025 so far   -0.5%' under 'BENCHMARKS (March)': the row's year to date, the rows above it March's."""
    text = "INDIA MONTHLY SCORECARD | March 2025\n\nBENCHMARKS (March)\nNifty 50          23,519.35    +6.3%\nNifty 50, 2025 so far           -0.5%\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-30T10:00:00+05:30"))
    assert [(c.magnitude, c.kind) for c in claims] == [(6.3, ClaimKind.CUMULATIVE), (0.5, ClaimKind.YTD)]


def test_an_aside_on_the_share_classes_is_no_line(extractor):
    """'The nonvoting class B shares, the more widely held of the Louisville, Ky., company's two share classes, closed down
    17.9%': the class B line, not a group called 'two share'."""
    claims = claims_of(extractor, "Brown-Forman shares tumbled on Thursday. The nonvoting class B shares, the more widely held of the "
                       "Louisville, Ky., company's two share classes, closed down 17.9% at $27.01.",
                       dt.datetime.fromisoformat("2024-06-06T16:30:00-04:00"))
    assert [c.ticker for c in claims] == ["BF-B"]


def test_the_same_shares_on_another_market_are_the_class_just_named(extractor):
    """'The R shares were up 4.1% in Helsinki, while the same shares listed in Stockholm gained 3.8%'."""
    claims = claims_of(extractor, "Stora Enso's shares rose on Friday. The R shares were up 4.1% at 10.51 euros in Helsinki, while the same "
                       "shares listed in Stockholm gained 3.8%.", dt.datetime.fromisoformat("2025-01-31T10:40:00+02:00"))
    assert [c.ticker for c in claims] == ["STERV.HE", "STE-R.ST"]


def test_a_one_word_name_whose_shares_its_sentence_reports_is_the_company(extractor):
    """'Wesfarmers, the owner of Bunnings, reported a 14.4% rise in annual profit, but its shares closed 1.6% lower': a
    one-word name the directory must treat with care is the company whose shares the same sentence moves."""
    claims = claims_of(extractor, "PERTH, Aug 28 (Reuters) - Wesfarmers, the owner of hardware chain Bunnings, reported a 14.4% rise in "
                       "annual profit on Thursday, but its shares closed 1.6% lower at A$88.40.",
                       dt.datetime.fromisoformat("2025-08-28T17:05:00+10:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("WES.AX", 1.6)]


def test_a_place_and_an_acronym_before_a_volatility_gauge_name_it(extractor):
    """'The India VIX volatility gauge surged 28%': a gauge the directory lacks, not the Nifty spoken of before it."""
    claims = claims_of(extractor, "The Nifty 50 fell 5.9%. The India VIX volatility gauge surged 28%.",
                       dt.datetime.fromisoformat("2024-06-04T16:20:00+05:30"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("^NSEI", 5.9), (None, 28.0)]


def test_record_highs_a_day_reached_are_its_closes(extractor):
    """'Both had jumped to record highs on Monday, with the Nifty gaining 3.3%': Monday's close, no intraday extreme."""
    claims = claims_of(extractor, "The Nifty 50 fell 5.9% on Tuesday. Both had jumped to record highs on Monday, with the Nifty gaining 3.3% "
                       "after exit polls forecast a landslide.", dt.datetime.fromisoformat("2024-06-04T16:20:00+05:30"))
    assert [(c.kind, c.date) for c in claims][1:] == [(ClaimKind.CLOSE_CHANGE, dt.date(2024, 6, 3))]


def test_a_relative_clause_listing_companies_is_an_aside(extractor):
    """'Vivendi, which keeps stakes in Universal Music Group, Telecom Italia and others, fell 3.1%': the list's commas
    do not close the clause; Vivendi fell."""
    claims = claims_of(extractor, "Vivendi, which keeps stakes in Universal Music Group, Telecom Italia and others, fell 3.1% in Paris.",
                       dt.datetime.fromisoformat("2024-12-16T18:20:00+01:00"))
    assert [c.ticker for c in claims] == ["VIV.PA"]


def test_a_reference_price_in_pence_measures_a_debut(extractor):
    """'Canal+ closed at 222p, 20.7% below the 280p reference price': the debut's move from its reference."""
    claims = claims_of(extractor, "Canal+ shares fell on their first day of trading in London on Monday. Canal+ closed at 222p, 20.7% below "
                       "the 280p reference price.", dt.datetime.fromisoformat("2024-12-16T18:20:00+01:00"))
    assert [(c.ticker, c.direction.value, c.magnitude) for c in claims] == [("CAN.L", "down", 20.7)]


def test_the_same_period_is_the_last_sentences_span(extractor):
    """'the Kospi rose 28% in the first half. The Hang Seng Index gained 20% in the same period.': the half, not the
    quarter a fund letter's paragraph is about."""
    text = ("Q2 2025 LETTER\n\nThe fund returned 14% in the second quarter.\n\nMarkets. The Kospi rose 28% in the first half. The Hang Seng "
            "Index gained 20% in the same period.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-07-01T07:30:00+08:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("^KS11", ClaimKind.YTD), ("^HSI", ClaimKind.YTD)]


def test_a_companys_line_named_by_its_market_is_no_index(extractor):
    """'Its Nasdaq shares slid 9.1%', 'The biotech company's Nasdaq shares': the company's U.S. line, not the index."""
    claims = claims_of(extractor, "Zai Lab fell 8.4% in Hong Kong on Tuesday. Its Nasdaq shares slid 9.1% on Monday.",
                       dt.datetime.fromisoformat("2024-06-04T20:00:00+08:00"))
    assert [c.ticker for c in claims] == ["9688.HK", "ZLAB"]


def test_a_when_clause_after_a_days_close_is_that_days_move(extractor):
    """'The stock had lost 43% this year through Wednesday's close, when it slipped 0.9%': Wednesday's move."""
    claims = claims_of(extractor, "Walgreens Boots Alliance shares slid 20% before the bell on Thursday. The stock had lost 43% this year "
                       "through Wednesday's close, when it slipped 0.9%.", dt.datetime.fromisoformat("2024-06-27T07:55:00-04:00"))
    assert [(c.kind, c.date) for c in claims][2:] == [(ClaimKind.CLOSE_CHANGE, dt.date(2024, 6, 26))]


def test_a_span_in_the_news_a_move_answered_is_not_the_moves(extractor):
    """'had initially rocketed 67% after the bell when the release said Lyft expected its margin to expand this year':
    the year of the forecast, not of the move."""
    claims = claims_of(extractor, "Lyft shares jumped 35% in extended trading on Tuesday. The stock had initially rocketed 67% after the bell "
                       "when the release said Lyft expected its margin to expand this year.",
                       dt.datetime.fromisoformat("2024-02-13T18:40:00-05:00"))
    assert [c.kind for c in claims] == [ClaimKind.AFTER_HOURS, ClaimKind.AFTER_HOURS]


def test_a_scoreboards_standfirst_or_its_sessions_span_its_rows(extractor):
    """'TOKYO SCOREBOARD: Earnings week, four sessions to Friday' over 'WINNERS' and 'LOSERS': each row the four
    sessions' move, the bar-charted row whose long name leaves one space before its figure too."""
    text = ("TOKYO SCOREBOARD: Earnings week, four sessions to Friday, February 14, 2025\nPublished 4:10 p.m. JST.\n\nWINNERS\n"
            "M3 (2413)                 +16.2%  \u2588\u2588\u2588\u2588\n\nLOSERS\nDentsu Group (4324)       -11.7%  \u2588\u2588\u2588\n"
            "Mitsubishi Chemical (4188) -3.8%  \u2588\u2588\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-14T16:10:00+09:00"))
    assert [(c.ticker, c.kind, c.sessions) for c in claims] == [
        ("2413.T", ClaimKind.CUMULATIVE, 4), ("4324.T", ClaimKind.CUMULATIVE, 4), ("4188.T", ClaimKind.CUMULATIVE, 4)]


def test_a_weekly_price_change_standfirst_spans_a_tables_rows(extractor):
    """'Weekly share-price change' under a title that names no period: the week's moves."""
    text = "TOKYO SCOREBOARD\nWeekly share-price change, Tokyo Stock Exchange Prime.\n\nWINNERS\nM3 (2413)                 +16.2%\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-14T16:10:00+09:00"))
    assert [c.kind for c in claims] == [ClaimKind.CUMULATIVE]


def test_a_one_word_name_opening_a_row_of_a_percent_change_column_is_the_company(extractor):
    """'Weimob                       2013       1.86    +14.81' under '% Chg': the name that opens a table's row."""
    text = ("HONG KONG CLOSE\n\nTOP MOVERS\nStock                        Code    Close HK$   % Chg\n"
            "Weimob                       2013       1.86    +14.81\nGAC Group                    2238       3.08     +6.94\n")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2024-12-09T16:35:00+08:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("2013.HK", 14.81), ("2238.HK", 6.94)]


def test_a_descriptor_of_what_a_company_turned_into_is_the_company(extractor):
    """'The bitcoin miner turned AI data-center landlord fell as much as 21%': the company spoken of, described."""
    claims = claims_of(extractor, "Core Scientific is down 17.4% at $14.16. The bitcoin miner turned AI data-center landlord fell as much as "
                       "21% in the first half hour of trading.", dt.datetime.fromisoformat("2025-07-07T11:25:00-04:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("CORZ", ClaimKind.INTRADAY_CURRENT), ("CORZ", ClaimKind.INTRADAY_LOW)]


def test_that_day_after_a_restatement_dates_the_sentences_later_moves(extractor):
    """'The Dow fell 1,123.03 points, or 2.58%, that day, ..., while the S&P 500 slid 2.95%': Wednesday, for all three."""
    claims = claims_of(extractor, "The week's damage came on Wednesday, when the Fed cut rates. The Dow fell 1,123.03 points, or 2.58%, that "
                       "day, its tenth straight decline, while the S&P 500 slid 2.95% and the Nasdaq sank 3.56%.",
                       dt.datetime.fromisoformat("2024-12-21T09:00:00-05:00"))
    assert {c.date for c in claims} == {dt.date(2024, 12, 18)} and len(claims) == 4


@pytest.mark.parametrize("sentence, magnitude", [
    ("The two-day slide has erased about 36% of the stock's value.", 36.0),
    ("The two-day fall now amounts to about 27%.", 27.0),
])
def test_a_counted_move_noun_that_amounts_to_a_figure_is_that_spans_move(extractor, sentence, magnitude):
    """'The two-day fall now amounts to about 27%': the move over the two sessions, in the noun's direction."""
    claims = claims_of(extractor, "Paytm shares fell 20% on Friday. " + sentence, dt.datetime.fromisoformat("2024-02-02T17:00:00+05:30"))
    assert [(c.direction.value, c.magnitude, c.kind, c.sessions) for c in claims][1:] == [("down", magnitude, ClaimKind.CUMULATIVE, 2)]


def test_a_headlines_clause_on_the_week_spans_it(extractor):
    """'MicroStrategy bounces premarket after Citron-fuelled slide; week still up 17%': the week to the last close."""
    claims = claims_of(extractor, "MicroStrategy bounces premarket after Citron-fuelled slide; week still up 17%\n\nMicroStrategy shares rose 4% "
                       "before the bell on Friday.", dt.datetime.fromisoformat("2024-11-22T08:30:00-05:00"))
    assert [(c.kind, c.date) for c in claims][:1] == [(ClaimKind.CUMULATIVE, dt.date(2024, 11, 21))]


@pytest.mark.parametrize("headline, direction", [
    ("MetaX shares skyrocket 700% on STAR Market debut", "up"), ("Vanke shares plummet 10% on default fears", "down")])
def test_a_headlines_present_tense_verbs(extractor, headline, direction):
    claims = claims_of(extractor, headline, dt.datetime.fromisoformat("2025-12-17T16:00:00+08:00"))
    assert [c.direction.value for c in claims] == [direction]


def test_a_gain_that_equals_a_figure_is_the_move(extractor):
    """'The stock rose ¥300, the maximum permitted move, to ¥1,492. The gain equals 25.2% from Monday's close.'"""
    claims = claims_of(extractor, "Sumitomo Pharma shares rose ¥300, the maximum permitted move for one session, to ¥1,492. The gain equals "
                       "25.2% from Monday's close.", dt.datetime.fromisoformat("2025-08-05T11:40:00+09:00"))
    assert [(c.ticker, c.magnitude, c.unit) for c in claims][1:] == [("4506.T", 25.2, Unit.PCT)]


def test_a_short_form_an_article_defines_in_brackets_is_the_company(extractor):
    """'THAI soars 29% on return to SET' over 'Shares of Thai Airways International (THAI) surged ... THAI closed at 5.80
    baht, up 29.5%': capitals the article gives a company in brackets name it wherever they stand."""
    text = ("THAI soars 29% on return to SET\n\nShares of Thai Airways International (THAI) surged on their first day of trading in more "
            "than four years on Monday.\n\nTHAI closed at 5.80 baht, up 29.5% from its reference price of 4.48 baht.")
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-08-04T17:30:00+07:00"))
    assert [(c.ticker, c.magnitude) for c in claims] == [("THAI.BK", 29.0), ("THAI.BK", 29.5)]


def test_the_same_count_of_years_spans_them(extractor):
    """'Over the same three years the S&P 500 gained 33%': the three years told before, not a day's move."""
    claims = claims_of(extractor, "Edinburgh Worldwide's shares have fallen 42% over the past three years. Over the same three years the S&P "
                       "500 gained 33%.", dt.datetime.fromisoformat("2025-01-07T07:00:00+00:00"))
    assert [c.kind for c in claims] == [ClaimKind.CUMULATIVE, ClaimKind.CUMULATIVE]


def test_the_first_months_of_the_year_are_the_year_to_date(extractor):
    """'Over the first eight months of the year the benchmark is up 6.6%', written at the end of August."""
    claims = claims_of(extractor, "The S&P/ASX 200 rose 0.4% in August. Over the first eight months of the year the benchmark is up 6.6%.",
                       dt.datetime.fromisoformat("2024-08-31T10:00:00+10:00"))
    assert [c.kind for c in claims] == [ClaimKind.CUMULATIVE, ClaimKind.YTD]


def test_a_verbs_by_said_again_before_a_conjoined_span(extractor):
    """'has fallen by more than 90% since June 2020, and by 21% so far this year': the same fall, over the year."""
    claims = claims_of(extractor, "Apple's shares have fallen by more than 90% since June 2020, and by 21% so far this year.",
                       dt.datetime.fromisoformat("2024-10-20T10:00:00+01:00"))
    assert [(c.magnitude, c.kind) for c in claims] == [(90.0, ClaimKind.CUMULATIVE), (21.0, ClaimKind.YTD)]


@pytest.mark.parametrize("text", [
    "Consumer prices rose 0.5%.\n- Gasoline climbed 1.8%; motor vehicle insurance rose 2.0%.",
    "Retail sales rose 0.4%. The control group, which feeds into GDP, rose 0.9%.",
    "Vodafone said service revenue grew. Rental ARPU up 7%.",
    "Skyworks said it expected a 20% to 25% decline in its content in a future Apple smartphone.",
])
def test_numbers_of_economies_products_and_forecast_ranges_are_no_moves(extractor, text):
    """A CPI component, retail sales' control group, revenue per user, the ends of a range a company expects."""
    assert claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-12T09:00:00-05:00")) == []


def test_a_transcripts_speaker_label_is_no_company(extractor):
    """'MARKETS CORRESPONDENT: The stock is down 21% right now': the speaker's role ends the label; the stock is the
    company the anchor named."""
    claims = claims_of(extractor, "ANCHOR: We have to start with UnitedHealth, because it is dragging the whole blue-chip average.\n\n"
                       "MARKETS CORRESPONDENT: The stock is down 21% right now.", dt.datetime.fromisoformat("2025-04-17T11:20:00-04:00"))
    assert [c.ticker for c in claims] == ["UNH"]


def test_a_count_of_things_then_its_change_is_no_price_move(extractor):
    """'Muyuan sold 18.04 million hogs, an increase of 19.2%': the hogs grew, not the shares."""
    claims = claims_of(extractor, "Muyuan shares rose 2%. In the first quarter, Muyuan sold 18.04 million hogs, an increase of 19.2%.",
                       dt.datetime.fromisoformat("2025-04-08T20:00:00+08:00"))
    assert [c.magnitude for c in claims] == [2.0]


def test_an_offer_price_five_words_after_its_preposition_is_a_yardstick(extractor):
    """'The stock opened at $23, above the initial public offering price of $21, and rose as much as 14.3%': the stock
    rose, not the price it is measured against."""
    claims = claims_of(extractor, "Shares of Webtoon Entertainment rose in their Nasdaq debut on Thursday.\n\nThe stock opened at $23, above the "
                       "initial public offering price of $21, and rose as much as 14.3% to $24 in the first hour of trading.",
                       dt.datetime.fromisoformat("2024-06-27T12:30:00-04:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("WBTN", ClaimKind.INTRADAY_HIGH)]


def test_a_home_towns_comma_is_no_break_in_a_description(extractor):
    """'The Irvine, California-based company's stock closed at $37.17, up 95.6%': the company spoken of."""
    claims = claims_of(extractor, "Shares of CG Oncology nearly doubled in their Nasdaq debut on Thursday. The Irvine, California-based "
                       "company's stock closed at $37.17, up 95.6% from its initial public offering price of $19, after rising as "
                       "much as 105% in afternoon trading.", dt.datetime.fromisoformat("2024-01-25T17:00:00-05:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("CGON", ClaimKind.CLOSE_CHANGE), ("CGON", ClaimKind.INTRADAY_HIGH)]


def test_a_class_a_relative_clause_compares_with_is_not_the_lines(extractor):
    """'The A shares, which carry ten votes each against one for the B shares, fell 6.9%': the A line."""
    claims = claims_of(extractor, "Rockwool's B shares fell 8% in Copenhagen on Thursday. The A shares, which carry ten votes each against "
                       "one for the B shares, fell 6.9%.", dt.datetime.fromisoformat("2025-02-20T17:30:00+01:00"))
    assert [c.ticker for c in claims] == ["ROCK-B.CO", "ROCK-A.CO"]


def test_a_distance_from_the_offer_after_a_first_week_is_a_span(extractor):
    """'NSDL ends first week 45% above IPO price', written on Saturday: the span since the offer, not Friday's move
    ('first' there counts weeks, it sets no record)."""
    claims = claims_of(extractor, "NSDL ends first week 45% above IPO price\n\nThe depository listed on Wednesday at a premium.",
                       dt.datetime.fromisoformat("2025-08-09T09:30:00+05:30"))
    assert [(c.ticker, c.kind) for c in claims][:1] == [("NSDL.NS", ClaimKind.CUMULATIVE)]


def test_a_first_day_back_on_an_exchange_is_a_debut(extractor):
    """'Virgin Australia shares ended their first day back on the ASX 2.8% above the offer price on Tuesday': the
    relisting day's move from its offer."""
    claims = claims_of(extractor, "SYDNEY, June 24 (Reuters) - Virgin Australia shares ended their first day back on the Australian Securities "
                       "Exchange 2.8% above the offer price on Tuesday.", dt.datetime.fromisoformat("2025-06-24T17:15:00+10:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("VGN.AX", ClaimKind.CLOSE_CHANGE)]


def test_there_after_a_second_lines_market_is_that_market(extractor):
    """'The shares also trade in Toronto, a listing Westgold inherited. They had gained 4% there this year': Toronto."""
    claims = claims_of(extractor, "Westgold shares fell 15% on Monday. The shares also trade in Toronto, a listing Westgold inherited from "
                       "Karora. They had gained 4% there this year before the announcement.",
                       dt.datetime.fromisoformat("2025-01-20T17:10:00+11:00"))
    assert [c.ticker for c in claims] == ["WGX.AX", "WGX.TO"]


def test_an_index_a_stock_tops_is_its_yardstick_not_the_participles_subject(extractor):
    """'the stock was up 11.8%, topping the SBF 120, after climbing as much as 14%': the stock climbed."""
    claims = claims_of(extractor, "Viridien shares jumped on Thursday. By 10:20 a.m., the stock was up 11.8% at 56.40 euros, topping the SBF "
                       "120, after climbing as much as 14% in early trade. The SBF 120 rose 0.5%.",
                       dt.datetime.fromisoformat("2025-07-31T10:25:00+02:00"))
    assert [c.ticker for c in claims] == ["VIRI.PA", "VIRI.PA", "^SBF120"]


def test_c_shares_are_the_class_c_line(extractor):
    """'The C shares, which carry one-tenth of a vote, were up 4.6%': SEB's C line, beside its A shares."""
    claims = claims_of(extractor, "SEB's A shares rose 5.2% to 163.40 crowns shortly after the open. The C shares, which carry one-tenth of a "
                       "vote and make up less than 2% of the share capital, were up 4.6%.",
                       dt.datetime.fromisoformat("2025-01-30T09:30:00+01:00"))
    assert [c.ticker for c in claims] == ["SEB-A.ST", "SEB-C.ST"]


def test_subscriber_numbers_a_whose_clause_gives_are_no_price(extractor):
    """'the MSG Networks regional sports channels, whose subscriber numbers fell about 9% last year': a metric."""
    claims = claims_of(extractor, "Sphere Entertainment fell 4.7%. The split leaves Sphere as the owner of the venue and of the MSG Networks "
                       "regional sports channels, whose subscriber numbers fell about 9% last year.",
                       dt.datetime.fromisoformat("2023-04-21T16:35:00-04:00"))
    assert [c.magnitude for c in claims] == [4.7]


def test_a_move_naming_its_day_after_a_colon_is_that_days(extractor):
    """'Japanese stocks ended the week lower: the Topix fell 0.3% on Friday': Friday's close, not the week's move."""
    claims = claims_of(extractor, "Japanese stocks ended the week lower: the Topix fell 0.3% on Friday.",
                       dt.datetime.fromisoformat("2025-01-19T10:00:00+09:00"))
    assert [(c.kind, c.date) for c in claims] == [(ClaimKind.CLOSE_CHANGE, dt.date(2025, 1, 17))]


def test_a_week_headings_items_with_signed_figures_are_the_weeks_moves(extractor):
    """'Texas Roadhouse: -7.4%.' under 'MOVERS OF THE WEEK': the week's move."""
    text = "WALL STREET WEEKLY SCORECARD\nWeek ended Friday, February 21, 2025\n\nMOVERS OF THE WEEK\nTexas Roadhouse: -7.4%. Margins disappointed.\n"
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-02-22T09:00:00-05:00"))
    assert [(c.ticker, c.kind) for c in claims] == [("TXRH", ClaimKind.CUMULATIVE)]


def test_a_name_labelling_a_notes_paragraph_is_the_company(extractor):
    """'Coforge: Reported third-quarter results ... The shares rose 1.8% on Wednesday': the label is the company, though
    its one-word name needs context elsewhere."""
    claims = claims_of(extractor, "STOCKS TO WATCH\nCoforge: Reported third-quarter results after market hours. The shares rose 1.8% on "
                       "Wednesday ahead of the numbers.", dt.datetime.fromisoformat("2025-01-23T07:45:00+05:30"))
    assert [(c.ticker, c.date) for c in claims] == [("COFORGE.NS", dt.date(2025, 1, 22))]


def test_a_name_cut_short_after_the_full_name_is_that_company(extractor):
    """'Shares in Bellevue Gold tumbled. Bellevue shares plunged as much as 24%': the gold miner, not Bellevue Group."""
    claims = claims_of(extractor, "Shares in Bellevue Gold tumbled on Monday. Bellevue shares plunged as much as 24% to A$1.09 in morning trade.",
                       dt.datetime.fromisoformat("2024-10-28T12:40:00+11:00"))
    assert [c.ticker for c in claims] == ["BGL.AX"]


@pytest.mark.parametrize("text", [
    "Evoke shares rose 3%. UK online revenue grew 11% in the fourth quarter and Italy rose 14%.",
    "Hemnet fell 10%. The company said average revenue per listing rose 27%.",
])
def test_a_countrys_sales_and_revenue_per_listing_are_no_moves(extractor, text):
    claims = claims_of(extractor, text, dt.datetime.fromisoformat("2025-03-05T08:00:00+00:00"))
    assert len(claims) == 1


def test_a_threads_ripped_is_a_rise(extractor):
    """'The stock ripped 60% after hours last night'."""
    claims = claims_of(extractor, "Nebius shares rose. The stock ripped 60% after hours last night on the Microsoft deal.",
                       dt.datetime.fromisoformat("2024-09-10T09:00:00-04:00"))
    assert [(c.direction.value, c.magnitude, c.kind) for c in claims] == [("up", 60.0, ClaimKind.AFTER_HOURS)]
