"""Price files an analyst loads themselves: date, open, high, low, close, volume, for any ticker.

Exports from Yahoo, Nasdaq.com, brokers and spreadsheets differ in column names, date formats
and "$" signs; what cannot be read gets a message naming the row and column at fault.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.errors import PriceFileError, SourceUnavailable
from data.bars import BarRequest, Interval, PriceBars, SourceKind, standard_frame
from data.exchanges import exchange_for_symbol

# Accepted spellings of each column, lower-cased with spaces and underscores removed.
COLUMN_NAMES = {
    "date": {"date", "time", "datetime", "timestamp", "day", "tradedate", "session"},
    "open": {"open", "opening", "openprice", "o"},
    "high": {"high", "highprice", "dayhigh", "h"},
    "low": {"low", "lowprice", "daylow", "l"},
    "close": {"close", "closelast", "last", "closeprice", "price", "c"},
    "volume": {"volume", "vol", "sharevolume", "v"},
    "symbol": {"symbol", "ticker", "code"},
}
REQUIRED = ["date", "open", "high", "low", "close"]
_DATE_FORMATS = ["%Y-%m-%d", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%b-%Y", "%b %d, %Y", "%Y%m%d"]


def _key(name: str) -> str:
    return re.sub(r"[\s_./-]+", "", name.strip().lower())


def _number(text: str, row: int, column: str, file_name: str) -> float:
    cleaned = text.strip().replace(",", "").replace("$", "").replace("£", "").replace("€", "")
    if cleaned == "" and column == "volume":
        return 0.0
    try:
        value = float(cleaned)
    except ValueError:
        raise PriceFileError(f"{file_name} row {row}, column '{column}': '{text}' is not a number") from None
    if math.isnan(value) or value < 0:
        raise PriceFileError(f"{file_name} row {row}, column '{column}': '{text}' is not a price")
    return value


def _date(text: str, row: int, column: str, file_name: str) -> pd.Timestamp:
    value = text.strip()
    for pattern in _DATE_FORMATS:
        try:
            return pd.Timestamp(pd.to_datetime(value, format=pattern))
        except (ValueError, TypeError):
            continue
    try:  # ISO timestamps with a time part
        return pd.Timestamp(value).tz_localize(None) if pd.Timestamp(value).tzinfo else pd.Timestamp(value)
    except (ValueError, TypeError):
        raise PriceFileError(f"{file_name} row {row}, column '{column}': '{text}' is not a date") from None


@dataclass
class ParsedPriceFile:
    symbol: str
    frame: pd.DataFrame
    file_name: str
    currency: str | None = None


def parse_price_csv(data: bytes | str, file_name: str, symbol: str | None = None) -> ParsedPriceFile:
    """Read a user's price CSV into a standard daily frame, or raise PriceFileError naming row and column.

    Row numbers count the header as row 1, as a spreadsheet shows them.
    """
    text = data.decode("utf-8-sig", errors="replace") if isinstance(data, bytes) else data
    if not text.strip():
        raise PriceFileError(f"{file_name} is empty")
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise PriceFileError(f"{file_name} is not a CSV file ({error})") from None
    positions: dict[str, int] = {}
    for index, name in enumerate(header):
        for column, spellings in COLUMN_NAMES.items():
            if _key(name) in spellings and column not in positions:
                positions[column] = index
    missing = [c for c in REQUIRED if c not in positions]
    if missing:
        raise PriceFileError(
            f"{file_name} row 1: no column for {', '.join(missing)} "
            f"(found {', '.join(h.strip() for h in header) or 'nothing'}); "
            "expected columns date, open, high, low, close, volume"
        )
    records = []
    symbols_seen: set[str] = set()
    for row_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise PriceFileError(f"{file_name} row {row_number}: {len(row)} values for {len(header)} columns")
        cell = {column: row[index] for column, index in positions.items()}
        record = {"date": _date(cell["date"], row_number, header[positions["date"]].strip(), file_name)}
        for column in ["open", "high", "low", "close", "volume"]:
            if column in cell:
                record[column] = _number(cell[column], row_number, header[positions[column]].strip(), file_name)
        if record["high"] < record["low"]:
            raise PriceFileError(
                f"{file_name} row {row_number}: high {record['high']:g} is below low {record['low']:g}"
            )
        if "symbol" in cell and cell["symbol"].strip():
            symbols_seen.add(cell["symbol"].strip())
        records.append(record)
    if not records:
        raise PriceFileError(f"{file_name} has a header but no rows of prices")
    if symbol is None:
        if len(symbols_seen) == 1:
            symbol = symbols_seen.pop()
        elif len(symbols_seen) > 1:
            raise PriceFileError(f"{file_name} holds several tickers ({', '.join(sorted(symbols_seen))}); load one per file")
        else:
            symbol = Path(file_name).stem.upper()
    frame = pd.DataFrame.from_records(records).set_index("date").sort_index()
    if frame.index.duplicated().any():
        duplicate = frame.index[frame.index.duplicated()][0]
        raise PriceFileError(f"{file_name}: the date {duplicate.date()} appears twice")
    zone = exchange_for_symbol(symbol).timezone
    return ParsedPriceFile(symbol, standard_frame(frame, zone), file_name, exchange_for_symbol(symbol).currency)


@dataclass
class UserCsvSource:
    """Bars from files the user loaded; consulted first, because the user asked for them."""

    files: dict[str, ParsedPriceFile] = field(default_factory=dict)
    kind: SourceKind = SourceKind.USER_CSV

    def add(self, parsed: ParsedPriceFile) -> None:
        self.files[parsed.symbol] = parsed

    def add_folder(self, folder: Path) -> list[str]:
        """Load every TICKER.csv in a folder; return the messages of files that could not be read."""
        problems = []
        for path in sorted(folder.glob("*.csv")):
            try:
                self.add(parse_price_csv(path.read_bytes(), path.name))
            except PriceFileError as error:
                problems.append(str(error))
        return problems

    def fetch(self, request: BarRequest) -> PriceBars:
        if request.interval is not Interval.DAILY:
            raise SourceUnavailable("your CSV files hold daily bars only")
        parsed = self.files.get(request.symbol)
        if parsed is None:
            raise SourceUnavailable(f"no CSV of yours holds {request.symbol}")
        zone = exchange_for_symbol(request.symbol).timezone
        bars = PriceBars(
            request.symbol, parsed.frame, parsed.currency, zone, self.kind, detail=f"from {parsed.file_name}"
        ).sliced(request.start, request.end)
        if bars.empty:
            raise SourceUnavailable(f"{parsed.file_name} has no rows from {request.start} to {request.end}")
        return bars
