"""Exchanges as tapecheck knows them: Yahoo suffix, calendar code, zone, currency, and index symbols."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.models import Listing


@dataclass(frozen=True)
class Exchange:
    name: str  # how news copy names it: "Shanghai", "Hong Kong", "Nasdaq"
    mic: str  # exchange_calendars code
    timezone: str
    currency: str
    suffix: str  # Yahoo symbol suffix, "" for US listings


# Yahoo suffix -> exchange. Shenzhen has no calendar of its own in exchange_calendars: it keeps
# Shanghai's holidays, so XSHG serves both. Nasdaq shares NYSE's calendar (XNYS).
EXCHANGES_BY_SUFFIX: dict[str, Exchange] = {
    ".SS": Exchange("Shanghai", "XSHG", "Asia/Shanghai", "CNY", ".SS"),
    ".SZ": Exchange("Shenzhen", "XSHG", "Asia/Shanghai", "CNY", ".SZ"),
    ".HK": Exchange("Hong Kong", "XHKG", "Asia/Hong_Kong", "HKD", ".HK"),
    ".T": Exchange("Tokyo", "XTKS", "Asia/Tokyo", "JPY", ".T"),
    ".KS": Exchange("Seoul", "XKRX", "Asia/Seoul", "KRW", ".KS"),
    ".KQ": Exchange("Kosdaq", "XKRX", "Asia/Seoul", "KRW", ".KQ"),
    ".TW": Exchange("Taiwan", "XTAI", "Asia/Taipei", "TWD", ".TW"),
    ".TWO": Exchange("Taipei Exchange", "XTAI", "Asia/Taipei", "TWD", ".TWO"),  # TPEx, the over-the-counter board
    ".AX": Exchange("Sydney", "XASX", "Australia/Sydney", "AUD", ".AX"),
    ".NS": Exchange("India NSE", "XBOM", "Asia/Kolkata", "INR", ".NS"),
    ".BO": Exchange("Bombay", "XBOM", "Asia/Kolkata", "INR", ".BO"),
    ".SI": Exchange("Singapore", "XSES", "Asia/Singapore", "SGD", ".SI"),
    ".L": Exchange("London", "XLON", "Europe/London", "GBp", ".L"),
    ".DE": Exchange("Xetra", "XETR", "Europe/Berlin", "EUR", ".DE"),
    ".F": Exchange("Frankfurt", "XETR", "Europe/Berlin", "EUR", ".F"),
    ".PA": Exchange("Paris", "XPAR", "Europe/Paris", "EUR", ".PA"),
    ".AS": Exchange("Amsterdam", "XAMS", "Europe/Amsterdam", "EUR", ".AS"),
    ".BR": Exchange("Brussels", "XBRU", "Europe/Brussels", "EUR", ".BR"),
    ".MI": Exchange("Milan", "XMIL", "Europe/Rome", "EUR", ".MI"),
    ".MC": Exchange("Madrid", "XMAD", "Europe/Madrid", "EUR", ".MC"),
    ".LS": Exchange("Lisbon", "XLIS", "Europe/Lisbon", "EUR", ".LS"),
    ".IR": Exchange("Dublin", "XDUB", "Europe/Dublin", "EUR", ".IR"),
    ".HE": Exchange("Helsinki", "XHEL", "Europe/Helsinki", "EUR", ".HE"),
    ".VI": Exchange("Vienna", "XWBO", "Europe/Vienna", "EUR", ".VI"),
    ".SW": Exchange("Swiss", "XSWX", "Europe/Zurich", "CHF", ".SW"),
    ".ST": Exchange("Stockholm", "XSTO", "Europe/Stockholm", "SEK", ".ST"),
    ".CO": Exchange("Copenhagen", "XCSE", "Europe/Copenhagen", "DKK", ".CO"),
    ".OL": Exchange("Oslo", "XOSL", "Europe/Oslo", "NOK", ".OL"),
    ".TO": Exchange("Toronto", "XTSE", "America/Toronto", "CAD", ".TO"),
    ".SA": Exchange("Sao Paulo", "BVMF", "America/Sao_Paulo", "BRL", ".SA"),
    ".MX": Exchange("Mexico", "XMEX", "America/Mexico_City", "MXN", ".MX"),
    ".JO": Exchange("Johannesburg", "XJSE", "Africa/Johannesburg", "ZAc", ".JO"),  # Yahoo quotes the JSE in cents
    ".SR": Exchange("Saudi", "XSAU", "Asia/Riyadh", "SAR", ".SR"),  # Tadawul trades Sunday to Thursday
    ".KL": Exchange("Kuala Lumpur", "XKLS", "Asia/Kuala_Lumpur", "MYR", ".KL"),
    ".BK": Exchange("Bangkok", "XBKK", "Asia/Bangkok", "THB", ".BK"),
    ".JK": Exchange("Jakarta", "XIDX", "Asia/Jakarta", "IDR", ".JK"),
    "": Exchange("New York", "XNYS", "America/New_York", "USD", ""),
}

US = EXCHANGES_BY_SUFFIX[""]


def exchange_for_symbol(symbol: str) -> Exchange:
    """The exchange a Yahoo symbol trades on, from its suffix (no suffix: a US listing)."""
    if symbol in INDEXES:
        index = INDEXES[symbol]
        return Exchange(index.exchange, index.mic, index.timezone, index.currency, "")
    if "." in symbol:
        suffix = "." + symbol.rsplit(".", 1)[1].upper()
        if suffix in EXCHANGES_BY_SUFFIX:
            return EXCHANGES_BY_SUFFIX[suffix]
    return US


def _index(symbol: str, name: str, suffix_of: str) -> Listing:
    exchange = EXCHANGES_BY_SUFFIX[suffix_of]
    return Listing(symbol, exchange.name, exchange.mic, exchange.currency, exchange.timezone, name, None, True)


# Index symbols as Yahoo spells them; levels are quoted in index points in the home currency.
INDEXES: dict[str, Listing] = {
    listing.symbol: listing
    for listing in [
        _index("^GSPC", "S&P 500", ""),
        _index("^DJI", "Dow Jones Industrial Average", ""),
        _index("^IXIC", "Nasdaq Composite", ""),
        _index("^NDX", "Nasdaq-100", ""),
        _index("^RUT", "Russell 2000", ""),
        _index("^VIX", "Cboe Volatility Index", ""),
        _index("^SOX", "PHLX Semiconductor Index", ""),
        _index("^HSI", "Hang Seng Index", ".HK"),
        _index("^HSCE", "Hang Seng China Enterprises Index", ".HK"),
        _index("^HSTECH", "Hang Seng Tech Index", ".HK"),
        _index("000001.SS", "Shanghai Composite Index", ".SS"),
        _index("000300.SS", "CSI 300 Index", ".SS"),
        _index("000688.SS", "STAR 50 Index", ".SS"),
        _index("399001.SZ", "Shenzhen Component Index", ".SZ"),
        _index("399006.SZ", "ChiNext Index", ".SZ"),
        _index("^N225", "Nikkei 225", ".T"),
        _index("^TOPX", "Topix", ".T"),
        _index("^KS11", "Kospi", ".KS"),
        _index("^TWII", "Taiex", ".TW"),
        _index("^AXJO", "S&P/ASX 200", ".AX"),
        _index("^BSESN", "BSE Sensex", ".BO"),
        _index("^NSEI", "Nifty 50", ".NS"),
        _index("^STI", "Straits Times Index", ".SI"),
        _index("^FTSE", "FTSE 100", ".L"),
        _index("^FTMC", "FTSE 250", ".L"),
        _index("^GDAXI", "DAX", ".DE"),
        _index("^FCHI", "CAC 40", ".PA"),
        _index("^SBF120", "SBF 120", ".PA"),
        _index("^STOXX50E", "Euro Stoxx 50", ".DE"),
        _index("^STOXX", "Stoxx Europe 600", ".DE"),
        _index("^AEX", "AEX", ".AS"),
        _index("^IBEX", "IBEX 35", ".MC"),
        _index("FTSEMIB.MI", "FTSE MIB", ".MI"),
        _index("^SSMI", "Swiss Market Index", ".SW"),
        _index("^GSPTSE", "S&P/TSX Composite", ".TO"),
        _index("^BVSP", "Ibovespa", ".SA"),
        _index("^MXX", "S&P/BMV IPC", ".MX"),
        _index("^J203.JO", "FTSE/JSE All Share Index", ".JO"),
        _index("^TASI.SR", "Tadawul All Share Index", ".SR"),
        _index("^KLSE", "FTSE Bursa Malaysia KLCI", ".KL"),
        _index("^SET.BK", "SET Index", ".BK"),
        _index("^JKSE", "Jakarta Composite Index", ".JK"),
        _index("^KQ11", "Kosdaq", ".KQ"),
        _index("^MDAXI", "MDAX", ".DE"),
        _index("^TECDAX", "TecDAX", ".DE"),
        _index("^BKX", "KBW Nasdaq Bank Index", ""),
        _index("^KRX", "KBW Nasdaq Regional Banking Index", ""),
        _index("^MID", "S&P MidCap 400", ""),
        _index("^DJT", "Dow Jones Transportation Average", ""),
        _index("^OMX", "OMX Stockholm 30", ".ST"),
        _index("^OMXC25", "OMX Copenhagen 25", ".CO"),
        _index("^OMXH25", "OMX Helsinki 25", ".HE"),
        _index("OBX.OL", "OBX", ".OL"),
        _index("^BFX", "BEL 20", ".BR"),
        _index("PSI20.LS", "PSI", ".LS"),
        _index("^ATX", "ATX", ".VI"),
        _index("^ISEQ", "ISEQ Overall", ".IR"),
        _index("^AORD", "S&P/ASX All Ordinaries", ".AX"),
        _index("^AXSO", "S&P/ASX Small Ordinaries", ".AX"),
        _index("^CNXIT", "Nifty IT", ".NS"),
        _index("^NSEBANK", "Nifty Bank", ".NS"),
        _index("^FTAS", "FTSE All-Share", ".L"),
    ]
}


def listing_for_symbol(symbol: str, name: str = "", isin: str | None = None) -> Listing:
    """A Listing for any Yahoo symbol, its exchange read from the suffix."""
    if symbol in INDEXES:
        return INDEXES[symbol]
    exchange = exchange_for_symbol(symbol)
    return Listing(symbol, exchange.name, exchange.mic, exchange.currency, exchange.timezone, name, isin, False)
