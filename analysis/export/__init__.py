"""Everything an analyst takes away: chart images, an offline HTML chart, the claims table, one ZIP.

Images go through kaleido 1.x, which drives a system Chromium. The browser is started once per
process (~1-6 s) and keeps plotly.js loaded between images (`browser.py`), after which an image
costs ~0.1 s; the first start and every render are bounded by a wall-clock timeout, and a missing
browser is found before anything is started, so an export can fail but never hang. Without
Chromium the HTML, CSV and JSON still export and the message says how to get images.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import csv
import datetime as dt
import html
import io
import json
import logging
import os
import re
import tempfile
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from analysis.models import (
    Article,
    CheckedClaim,
    Claim,
    EvidenceBar,
    Verdict,
    VerdictLabel,
)

log = logging.getLogger(__name__)

IMAGE_FORMATS = ("png", "svg", "pdf")
ALL_FORMATS = IMAGE_FORMATS + ("html", "csv", "json")
FIRST_START_TIMEOUT = 60.0  # seconds for Chromium to start and draw the first image
RENDER_TIMEOUT = 30.0  # seconds for any later image
NO_BROWSER_HELP = (
    "Images (PNG, SVG, PDF) need Chrome or Chromium and none was found{where}. Install it "
    "(`apt-get install chromium` on Debian/Ubuntu, or `plotly_get_chrome`) or set BROWSER_PATH to the "
    "browser's executable. HTML, CSV and JSON export without it."
)


@dataclass
class ExportResult:
    """Files written, formats skipped, and a message a person can act on when something was skipped."""

    paths: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.skipped


# -- images -------------------------------------------------------------------------------
def find_browser() -> tuple[str | None, str]:
    """The Chrome/Chromium kaleido will use, or None and where it looked."""
    override = os.environ.get("BROWSER_PATH")
    if override:
        if Path(override).is_file() and os.access(override, os.X_OK):
            return override, ""
        return None, f" at BROWSER_PATH={override}"
    try:
        from choreographer.browsers.chromium import Chromium

        return Chromium.find_browser(skip_local=False), ""
    except Exception as error:  # choreographer missing or its search failing: same outcome for the user
        log.debug("browser search failed: %s", error)
        return None, ""


class _ImageEngine:
    """One Chromium (kaleido 1.x) on a private event-loop thread, started at most once per process.

    Every call waits under a deadline and a stuck call marks the engine broken, so an export can
    fail but never hang. The page keeps plotly.js loaded between images (see `browser`).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._started = False
        self._broken = ""  # once the engine failed to start or answer, say why instead of trying again
        self._loop: asyncio.AbstractEventLoop | None = None
        self._browser: Any = None

    def unavailable(self) -> str:
        """Why images cannot be made right now ("" when they can)."""
        if self._broken:
            return self._broken
        if self._started:
            return ""
        browser, where = find_browser()
        return "" if browser else NO_BROWSER_HELP.format(where=where)

    def render(self, figure: dict, fmt: str, width: int, height: int, scale: float) -> bytes:
        """One image of a figure dict (`fig.to_dict()`, made once for all formats)."""
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        with self._lock:
            if self._broken:
                raise RuntimeError(self._broken)
            timeout = RENDER_TIMEOUT
            if self._browser is None:
                self._start()
                timeout = FIRST_START_TIMEOUT
            self._started = True
            return self._wait(self._browser.calc_fig(figure, opts=opts), timeout)

    def _start(self) -> None:
        from analysis.export.browser import open_browser

        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="tapecheck-chromium", daemon=True).start()
        try:
            self._browser = self._wait(open_browser(), FIRST_START_TIMEOUT)
        except Exception as error:  # a timeout (already said), choreographer's and Chromium's own errors alike
            if not self._broken:
                self._broken = (f"The image exporter could not start Chromium ({_first_line(error)}); "
                                "images are off for this session. HTML, CSV and JSON still export.")
            raise RuntimeError(self._broken) from None
        atexit.register(self._stop)

    def _wait(self, coroutine, timeout: float) -> Any:
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            self._broken = (f"The image exporter (kaleido with Chromium) did not answer within {timeout:g} s; "
                            "images are off for this session. HTML, CSV and JSON still export.")
            raise RuntimeError(self._broken) from None

    def _stop(self) -> None:
        """Close Chromium at exit, so no browser outlives the process."""
        if self._browser is not None and self._loop is not None:
            try:
                asyncio.run_coroutine_threadsafe(self._browser.close(), self._loop).result(5)
            except Exception as error:  # exiting anyway
                log.debug("closing Chromium failed: %s", error)


_ENGINE = _ImageEngine()


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def export_images(fig, out_dir: Path, stem: str, formats: Iterable[str] = IMAGE_FORMATS, *,
                  width: int | None = None, height: int | None = None, scale: float = 1.0) -> ExportResult:
    """Write `stem.png/.svg/.pdf` into out_dir; never raises for a missing or stuck browser.

    Ask for all the formats wanted in one call: the figure is serialised once for all of them.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = [fmt.lower() for fmt in formats if fmt.lower() in IMAGE_FORMATS]
    result = ExportResult()
    if not wanted:
        return result
    reason = _ENGINE.unavailable()
    if reason:
        return ExportResult([], wanted, reason)
    width = width or fig.layout.width or 1100
    height = height or fig.layout.height or 680
    figure = fig.to_dict()
    for fmt in wanted:
        try:
            data = _ENGINE.render(figure, fmt, int(width), int(height), scale)
        except Exception as error:  # kaleido raises plain RuntimeErrors and browser errors alike
            result.skipped.append(fmt)
            result.message = _first_line(error)
            continue
        path = out_dir / f"{stem}.{fmt}"
        path.write_bytes(data)
        result.paths.append(path)
    return result


# -- HTML -------------------------------------------------------------------------------
def export_html(fig, path: Path, *, checked: list[CheckedClaim] | None = None, title: str = "") -> Path:
    """One self-contained page: the interactive chart (plotly.js inlined, no network) and the claims table."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    chart = fig.to_html(full_html=False, include_plotlyjs=True, include_mathjax=False,
                        config={"displaylogo": False, "responsive": True})
    table = _claims_table_html(checked or [])
    heading = html.escape(title or _figure_title(fig))
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{heading}</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}"
        "table{border-collapse:collapse;font-size:0.9em;margin-top:1em}"
        "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
        ".confirmed{color:#1a9850}.approximate{color:#b8720a}.contradicted{color:#d73027}.unverifiable{color:#777}"
        "</style></head><body>\n"
        f"<h1 style=\"font-size:1.2em\">{heading}</h1>\n{chart}\n{table}\n</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path


def _figure_title(fig) -> str:
    text = fig.layout.title.text or "tapecheck chart"
    return re.sub(r"<[^>]+>", "", text)


def _claims_table_html(checked: list[CheckedClaim]) -> str:
    if not checked:
        return ""
    rows = []
    for item in checked:
        claim, verdict = item.claim, item.verdict
        actual = "" if verdict.actual is None else f"{verdict.actual:+.2f}"
        rows.append(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in (
                html.escape(claim.text), html.escape(claim.ticker or "-"), claim.kind.value,
                html.escape(f"{claim.hedge + ' ' if claim.hedge else ''}{claim.quoted}"), actual,
                f"<b class=\"{verdict.label.value}\">{verdict.label.value}</b>", html.escape(verdict.reason),
                html.escape(verdict.source),
            )) + "</tr>"
        )
    header = "".join(f"<th>{name}</th>" for name in ("claim", "ticker", "kind", "claimed", "actual", "verdict", "reason", "prices"))
    return f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


# -- the claims table ---------------------------------------------------------------------
CSV_COLUMNS = [
    "entity", "ticker", "exchange", "mic", "direction", "magnitude", "unit", "level", "currency", "kind", "date",
    "start_date", "sessions", "hedge", "span", "text",
    "verdict", "actual", "close_to_close", "actual_level", "reason", "source", "evidence",
]
_OPTIONAL_TEXT = {"ticker", "exchange", "mic", "hedge", "currency"}


def _row(item: CheckedClaim) -> dict[str, Any]:
    claim, verdict = item.claim, item.verdict
    return {
        **{key: value for key, value in claim.to_dict().items() if key in CSV_COLUMNS},
        "mic": claim.mic,
        **{key: value for key, value in verdict.to_dict().items() if key in CSV_COLUMNS},
    }


def claims_to_csv(checked: list[CheckedClaim]) -> str:
    """One row per claim, its verdict beside it; span and evidence as JSON cells. Reads back with claims_from_csv."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for item in checked:
        row = _row(item)
        row["span"] = json.dumps(row["span"])
        row["evidence"] = json.dumps(row["evidence"])
        writer.writerow({key: "" if value is None else (repr(value) if isinstance(value, float) else value)
                         for key, value in row.items()})
    return out.getvalue()


def claims_from_csv(text: str) -> list[CheckedClaim]:
    def number(value: str) -> float | None:
        return float(value) if value != "" else None

    checked = []
    for row in csv.DictReader(io.StringIO(text)):
        raw: dict[str, Any] = {key: (None if key in _OPTIONAL_TEXT and value == "" else value) for key, value in row.items()}
        raw["span"] = json.loads(row["span"] or "[0, 0]")
        raw["level"] = number(row["level"])
        raw["sessions"] = int(row["sessions"]) if row["sessions"] else None
        raw["evidence"] = json.loads(row["evidence"] or "[]")
        for key in ("actual", "close_to_close", "actual_level"):
            raw[key] = number(row[key])
        checked.append(_checked_from_dict(raw))
    return checked


def claims_to_json(checked: list[CheckedClaim], article: Article | None = None) -> str:
    rows = [_row(item) for item in checked]
    if article is None:
        return json.dumps(rows, indent=2, ensure_ascii=False)
    payload = {
        "article": {"id": article.id, "title": article.title, "source": article.source,
                    "published": article.published.isoformat() if article.published else None},
        "claims": rows,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


def claims_from_json(text: str) -> list[CheckedClaim]:
    payload = json.loads(text)
    rows = payload["claims"] if isinstance(payload, dict) else payload
    return [_checked_from_dict(row) for row in rows]


def _checked_from_dict(raw: dict[str, Any]) -> CheckedClaim:
    claim = Claim.from_dict(raw)
    claim.span = tuple(claim.span)  # type: ignore[assignment]
    claim.mic = raw.get("mic") or None
    evidence = [
        EvidenceBar(dt.date.fromisoformat(bar["session"]), bar.get("open"), bar.get("high"), bar.get("low"),
                    bar.get("close"), bar.get("volume"), bar.get("note", ""))
        for bar in raw.get("evidence") or []
    ]
    verdict = Verdict(
        label=VerdictLabel(raw["verdict"]),
        reason=raw.get("reason") or "",
        actual=raw.get("actual"),
        evidence=evidence,
        source=raw.get("source") or "",
        actual_level=raw.get("actual_level"),
        close_to_close=raw.get("close_to_close"),
    )
    return CheckedClaim(claim, verdict)


# -- the report bundle --------------------------------------------------------------------
def bundle_name(article: Article) -> str:
    """"smic-rally_2024-12-23": the article's title (or file name, or first words) and its date."""
    name = article.title or (Path(article.source).stem if article.source and article.source != "pasted" else "")
    if not name:
        name = " ".join(article.text.split()[:6])
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "article"
    day = article.published.date() if article.published else dt.date.today()
    return f"{slug}_{day.isoformat()}"


def report_bundle(article: Article, checked: list[CheckedClaim], figures: list[tuple[str, Any]], out_dir: Path, *,
                  formats: Iterable[str] = ALL_FORMATS, on_message: Callable[[str], None] | None = None) -> Path:
    """A ZIP named after the article and its date: article text, claims CSV/JSON, each chart as HTML and images."""
    formats = [fmt.lower() for fmt in formats]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = bundle_name(article)
    messages: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tapecheck-report-") as scratch:
        folder = Path(scratch) / name
        (folder / "charts").mkdir(parents=True)
        (folder / "article.txt").write_text(article.text, encoding="utf-8")
        if "csv" in formats:
            (folder / "claims.csv").write_text(claims_to_csv(checked), encoding="utf-8")
        if "json" in formats:
            (folder / "claims.json").write_text(claims_to_json(checked, article), encoding="utf-8")
        for symbol, figure in figures:
            stem = re.sub(r"[^A-Za-z0-9.^-]+", "_", symbol)
            if "html" in formats:
                mine = [item for item in checked if item.claim.ticker == symbol]
                export_html(figure, folder / "charts" / f"{stem}.html", checked=mine)
            result = export_images(figure, folder / "charts", stem, formats)
            if result.message and result.message not in messages:
                messages.append(result.message)
        (folder / "README.txt").write_text(_readme(article, checked, figures, messages), encoding="utf-8")
        target = out_dir / f"{name}.zip"
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder.parent).as_posix())
    for message in messages:
        if on_message is not None:
            on_message(message)
        else:
            log.warning(message)
    return target


def _readme(article: Article, checked: list[CheckedClaim], figures: list[tuple[str, Any]], messages: list[str]) -> str:
    counts: dict[str, int] = {}
    for item in checked:
        counts[item.verdict.label.value] = counts.get(item.verdict.label.value, 0) + 1
    sources = sorted({item.verdict.source for item in checked if item.verdict.source})
    lines = [
        f"tapecheck report: {article.title or article.source or 'article'}",
        f"published: {article.published.isoformat() if article.published else 'unknown'}",
        f"made: {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')}",
        f"claims: {len(checked)} ({', '.join(f'{n} {label}' for label, n in counts.items()) or 'none'})",
        f"prices: {'; '.join(sources) or 'none'}",
        f"charts: {', '.join(symbol for symbol, _ in figures) or 'none'}",
        "",
        "article.txt   the article as analysed",
        "claims.csv    one row per claim with its verdict, actual figure, reason, source and evidence bars (JSON)",
        "claims.json   the same, with the article's details",
        "charts/       per listing: .html (interactive, works offline), .png/.svg/.pdf when Chromium is available",
    ]
    lines += [f"note: {message}" for message in messages]
    return "\n".join(lines) + "\n"


__all__ = [
    "ExportResult", "export_images", "export_html", "claims_to_csv", "claims_from_csv", "claims_to_json",
    "claims_from_json", "report_bundle", "bundle_name", "find_browser", "IMAGE_FORMATS", "ALL_FORMATS",
]
