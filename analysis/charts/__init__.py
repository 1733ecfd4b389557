"""The annotated price chart: candles and volume of one listing, each checked claim drawn where it belongs.

`claim_chart` builds one figure from bars already fetched; `charts_for` fetches the bars for
every listing the claims name (claims' sessions plus context) and builds one chart each, with
the company's other listing overlaid in percent when there is one.

Drawing conventions, so a screenshot reads at a glance:
* x is the exchange's local time; a session's candle sits at local noon, so the publication
  time (a dashed line) falls inside the candle of the session it was written during;
* days the exchange calendar says were not sessions are cut out (range breaks); a session
  with no bar stays a visible gap;
* a Yahoo placeholder bar (half day, open = high = low = close, no volume) is not drawn as a
  candle: a grey cross marks it, with a hover saying it is not a real price;
* a single-day claim is a marker at the claimed price level beside its candle (triangle up
  for a high, down for a low, circle for a close, diamond for "now", square for extended
  hours), joined by a dotted line to a bar-shaped marker at the actual price;
* a cumulative or year-to-date claim is a bracket from the base session's close to the
  claimed level on the end session;
* colour is the verdict; hover gives the claim's words, claimed vs actual and the reason.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import OrderedDict
from html import escape  # Plotly reads tags in text: article words must stay words

import pandas as pd
import plotly.graph_objects as go

from analysis.errors import TapecheckError
from analysis.models import Article, CheckedClaim, ClaimKind, Unit, VerdictLabel
from data.bars import PriceBars
from data.calendars import calendar_for
from data.exchanges import exchange_for_symbol, listing_for_symbol

VERDICT_COLOURS: dict[VerdictLabel, str] = {
    VerdictLabel.CONFIRMED: "#1a9850",
    VerdictLabel.APPROXIMATE: "#e08e0b",
    VerdictLabel.CONTRADICTED: "#d73027",
    VerdictLabel.UNVERIFIABLE: "#8c8c8c",
}
KIND_SYMBOLS: dict[ClaimKind, str] = {
    ClaimKind.CLOSE_CHANGE: "circle",
    ClaimKind.INTRADAY_HIGH: "triangle-up",
    ClaimKind.INTRADAY_LOW: "triangle-down",
    ClaimKind.INTRADAY_CURRENT: "diamond",
    ClaimKind.PREMARKET: "square",
    ClaimKind.AFTER_HOURS: "square",
    ClaimKind.CUMULATIVE: "star",
    ClaimKind.YTD: "star",
}
MULTI_SESSION = (ClaimKind.CUMULATIVE, ClaimKind.YTD)
CONTEXT_BEFORE, CONTEXT_AFTER = 5, 3  # sessions shown around the claims
WIDTH, HEIGHT = 1100, 680
_CLAIM_OFFSET = pd.Timedelta(hours=6)  # claim markers sit to the right of their session's candle
_BRACKET_SHIFT = pd.Timedelta(hours=3)
_UP, _DOWN = "#2e7d32", "#c62828"


def _x(day: dt.date) -> pd.Timestamp:
    """Where a session's candle is drawn: local noon of its date."""
    return pd.Timestamp(day) + pd.Timedelta(hours=12)


def claim_chart(bars: PriceBars, checked: list[CheckedClaim], article: Article, *, listing_name: str = "",
                overlay: PriceBars | None = None) -> go.Figure:
    """Candles, volume and the checked claims of one listing; `overlay` is drawn rebased to percent."""
    listing = listing_for_symbol(bars.symbol, listing_name)
    currency = bars.currency or listing.currency
    frame = bars.frame
    days = [ts.date() for ts in frame.index]
    xs = [_x(day) for day in days]
    real = ~frame["flat_bar"].astype(bool)
    # Traces and layout are plain dicts validated once by go.Figure: add_trace/update_layout per
    # item cost ~0.3 s a chart (measured), most of the time budget.
    traces: list[dict] = [
        dict(
            type="candlestick", x=xs, xaxis="x", yaxis="y",
            open=frame["open"].where(real), high=frame["high"].where(real),
            low=frame["low"].where(real), close=frame["close"].where(real),
            name=f"{bars.symbol} ({currency})",
            increasing=dict(line=dict(color=_UP), fillcolor=_UP),
            decreasing=dict(line=dict(color=_DOWN), fillcolor=_DOWN),
            text=[_bar_hover(frame, i) for i in range(len(frame))],
            hoverinfo="x+text", showlegend=False,
        ),
        dict(
            type="bar", x=xs, y=frame["volume"].where(real), xaxis="x", yaxis="y3",
            marker=dict(color=[_UP if c >= o else _DOWN for o, c in zip(frame["open"], frame["close"])]),
            opacity=0.6, name="volume", showlegend=False,
            hovertemplate="%{x|%a %d %b}<br>volume %{y:,.0f}<extra></extra>",
        ),
    ]
    placeholders = frame[~real]
    if not placeholders.empty:
        traces.append(dict(
            type="scatter", x=[_x(ts.date()) for ts in placeholders.index], y=placeholders["close"], mode="markers",
            marker=dict(symbol="x-thin-open", size=14, color="#8c8c8c", line=dict(width=2)),
            name="placeholder bar",
            hovertext=[f"{ts:%a %d %b}: Yahoo placeholder bar (open = high = low = close, no volume) "
                       f"on a half-day session; not a real price" for ts in placeholders.index],
            hoverinfo="text",
        ))
    for item in checked:
        if item.claim.ticker == bars.symbol:
            traces += _claim_traces(item, frame, currency)
    with_overlay = overlay is not None and not overlay.empty
    if with_overlay:
        traces += _overlay_traces(overlay)
    for label, colour in VERDICT_COLOURS.items():  # the legend of verdict colours, whether used or not
        traces.append(dict(type="scatter", x=[None], y=[None], mode="markers", name=label.value,
                           marker=dict(symbol="square", size=12, color=colour)))
    layout = _layout(bars, article, listing, days, with_overlay)
    _mark_publication(layout, article, listing.timezone)
    return go.Figure(data=traces, layout=layout)


def _bar_hover(frame: pd.DataFrame, i: int) -> str:
    row = frame.iloc[i]
    text = (f"O {row['open']:,.2f}  H {row['high']:,.2f}<br>L {row['low']:,.2f}  C {row['close']:,.2f}")
    if i > 0 and not frame["flat_bar"].iloc[i - 1]:
        text += f"<br>{(row['close'] / frame['close'].iloc[i - 1] - 1) * 100:+.2f}% on the previous close"
    if row["half_day"]:
        text += "<br>half-day session"
    if row["splits"]:
        text += f"<br>split {row['splits']:g}-for-1 (earlier prices not adjusted)"
    return text


def _base_and_levels(item: CheckedClaim, frame: pd.DataFrame) -> tuple[float, float, float | None] | None:
    """(base price, claimed level, actual level) in the listing's currency, from the verdict's own figures."""
    claim, verdict = item.claim, item.verdict

    def level_from(base: float, signed: float) -> float:
        return base * (1 + signed / 100) if claim.unit is Unit.PCT else base + signed

    if verdict.actual is not None and verdict.actual_level is not None:
        if claim.unit is Unit.PCT:
            base = verdict.actual_level / (1 + verdict.actual / 100)
        else:
            base = verdict.actual_level - verdict.actual
        return base, level_from(base, claim.signed_magnitude), verdict.actual_level
    if claim.date is None or frame.empty:
        return None
    earlier = frame[(frame.index.date < claim.date) & ~frame["flat_bar"].astype(bool)]
    if earlier.empty or claim.kind in MULTI_SESSION:
        return None
    base = float(earlier["close"].iloc[-1])
    return base, level_from(base, claim.signed_magnitude), None


def _claim_hover(item: CheckedClaim) -> str:
    claim, verdict = item.claim, item.verdict
    unit = "%" if claim.unit is Unit.PCT else ""
    actual = "n/a" if verdict.actual is None else f"{verdict.actual:+.2f}{unit}"
    lines = [
        f"<b>{verdict.label.value.upper()}</b> · {claim.kind.value.replace('_', ' ')}"
        f"{' · ' + claim.date.strftime('%a %d %b') if claim.date else ''}",
        "“" + "<br>".join(escape(line) for line in textwrap.wrap(claim.text, 80)) + "”",
        f"claimed {escape((claim.hedge + ' ') if claim.hedge else '')}{escape(claim.quoted)} · actual {actual}"
        + (f" (close to close {verdict.close_to_close:+.2f}{unit})"
           if verdict.close_to_close is not None and verdict.close_to_close != verdict.actual else ""),
    ]
    lines += [escape(line) for line in textwrap.wrap(verdict.reason, 100)[:8]]
    if verdict.source:
        lines.append(f"<i>prices: {verdict.source}</i>")
    return "<br>".join(lines)


def _claim_traces(item: CheckedClaim, frame: pd.DataFrame, currency: str) -> list[dict]:
    claim, verdict = item.claim, item.verdict
    colour = VERDICT_COLOURS[verdict.label]
    levels = _base_and_levels(item, frame)
    if levels is None or claim.date is None:
        return []
    base, claimed, actual = levels
    # multi-session brackets end a little further right, so they never hide a same-day marker
    x_end = _x(claim.date) + _CLAIM_OFFSET + (_BRACKET_SHIFT if claim.kind in MULTI_SESSION else pd.Timedelta(0))
    traces = []
    if claim.kind in MULTI_SESSION:
        base_day = next((bar.session for bar in verdict.evidence if bar.note.startswith("base")), None)
        if base_day is not None:
            traces.append(dict(type="scatter", x=[_x(base_day), x_end, x_end], y=[base, base, claimed], mode="lines",
                               line=dict(color=colour, width=2, dash="dot"), hoverinfo="skip", showlegend=False))
    if actual is not None:
        traces.append(dict(
            type="scatter", x=[x_end, x_end], y=[actual, claimed], mode="lines+markers",
            line=dict(color=colour, width=1, dash="dot"),
            marker=dict(symbol=["line-ew", "circle"], size=[16, 0], color="#222222", line=dict(width=3, color="#222222")),
            hovertext=[f"actual {actual:,.2f} {currency}", ""], hoverinfo="text", showlegend=False,
        ))
    traces.append(dict(
        type="scatter", x=[x_end], y=[claimed], mode="markers+text",
        marker=dict(symbol=KIND_SYMBOLS[claim.kind], size=15, color=colour, line=dict(width=1, color="#222222")),
        text=[claim.quoted], textposition="bottom right" if claim.kind in MULTI_SESSION else "top right",
        textfont=dict(size=12, color=colour),
        hovertext=[_claim_hover(item)], hoverinfo="text", showlegend=False, name=escape(claim.text[:40]),
    ))
    return traces


def _overlay_traces(overlay: PriceBars) -> list[dict]:
    frame = overlay.frame[~overlay.frame["flat_bar"].astype(bool)]
    if frame.empty:
        return []
    rebased = (frame["close"] / float(frame["close"].iloc[0]) - 1) * 100
    return [dict(
        type="scatter", x=[_x(ts.date()) for ts in frame.index], y=rebased, xaxis="x", yaxis="y2",
        mode="lines+markers", line=dict(color="#5b6bbf", width=1.5, dash="dash"), marker=dict(size=4),
        name=f"{overlay.symbol} % (right axis)",
        hovertemplate=f"{overlay.symbol} %{{x|%a %d %b}}: %{{y:+.2f}}%<extra></extra>",
    )]


def _mark_publication(layout: dict, article: Article, timezone: str) -> None:
    """A dashed line at the publication time, and its label as a separate annotation.

    (Plotly's add_vline(annotation_text=...) raises TypeError on a date axis, so no add_vline.)
    """
    if article.published is None:
        return
    local = pd.Timestamp(article.published).tz_convert(timezone).tz_localize(None)
    layout["shapes"] = [dict(type="line", x0=local, x1=local, xref="x", y0=0, y1=1, yref="y domain",
                             line=dict(color="#444444", width=1.5, dash="dash"))]
    layout["annotations"] = [dict(x=local, xref="x", y=0.0, yref="y domain", yanchor="bottom", xanchor="right",
                                  text=f"published {local:%a %d %b %H:%M} ", showarrow=False,
                                  font=dict(size=11, color="#444444"), bgcolor="rgba(255,255,255,0.8)")]


def _layout(bars: PriceBars, article: Article, listing, days: list[dt.date], overlay: bool) -> dict:
    currency = bars.currency or listing.currency
    company = listing.name or listing.symbol
    span = f"{days[0]:%d %b %Y} to {days[-1]:%d %b %Y}" if days else "no bars"
    published = (f" · article {pd.Timestamp(article.published).tz_convert(listing.timezone):%d %b %Y %H:%M}"
                 if article.published else "")
    calendar = calendar_for(listing.mic, listing.timezone)
    closed = [] if not days else [
        day.isoformat() for day in pd.date_range(days[0], days[-1], freq="D").date if not calendar.is_session(day)
    ]
    step = max(1, len(days) // 16)  # a readable number of session labels
    grid = "#e8e8e8"
    layout = dict(
        title=dict(
            text=f"<b>{escape(company)}</b> — {listing.symbol}, {listing.exchange} · {span}{published}",
            subtitle=dict(text=f"Claims checked against daily bars ({bars.source_label}); colour = verdict"),
            x=0.01, xanchor="left",
        ),
        width=WIDTH, height=HEIGHT, hovermode="closest", plot_bgcolor="white", paper_bgcolor="white",
        font=dict(family="Arial, sans-serif", size=12, color="#2a3f5f"),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0.0, xanchor="left", font=dict(size=11)),
        # Margins that already hold the axis labels and titles (two-line session labels and the x title
        # need 71 px at the bottom, measured): plotly.js's automargin then has nothing to push and draws
        # the chart once; when a margin is too small it draws it again, half the time of an image export.
        margin=dict(l=70, r=70 if overlay else 30, t=120, b=75),
        xaxis=dict(
            anchor="y3", rangeslider=dict(visible=False), showgrid=False, linecolor=grid,
            rangebreaks=[dict(values=closed)] if closed else [],
            tickmode="array", tickvals=[_x(day) for day in days[::step]],
            ticktext=[f"{day:%a}<br>{day:%d %b}" for day in days[::step]],
            title=dict(text=f"session ({listing.exchange} local time; closed days removed)"),
        ),
        yaxis=dict(domain=[0.28, 1.0], anchor="x", gridcolor=grid, title=dict(text=f"price ({currency})")),
        yaxis3=dict(domain=[0.0, 0.22], anchor="x", gridcolor=grid, title=dict(text="volume (shares)")),
    )
    if overlay:
        layout["yaxis2"] = dict(overlaying="y", side="right", anchor="x", showgrid=False, ticksuffix="%",
                                nticks=6, tickformat=".0f", title=dict(text="overlay, % since first session"))
    return layout


def charts_for(analysis_claims: list[CheckedClaim], article: Article, prices) -> list[tuple[str, go.Figure]]:
    """One chart per listing the claims name, over the claims' sessions plus context; overlays sibling listings."""
    by_symbol: "OrderedDict[str, list[CheckedClaim]]" = OrderedDict()
    for item in analysis_claims:
        if item.claim.ticker:
            by_symbol.setdefault(item.claim.ticker, []).append(item)
    fetched: dict[str, PriceBars | None] = {}
    for symbol, items in by_symbol.items():
        fetched[symbol] = _chart_bars(symbol, items, prices)
    charts = []
    for symbol, items in by_symbol.items():
        bars = fetched[symbol]
        if bars is None or bars.empty:
            continue
        entity = items[0].claim.entity
        sibling = next((other for other, others in by_symbol.items()
                        if other != symbol and others[0].claim.entity == entity and fetched.get(other) is not None), None)
        overlay = fetched[sibling].sliced(bars.sessions()[0], bars.sessions()[-1]) if sibling else None
        charts.append((symbol, claim_chart(bars, items, article, listing_name=entity, overlay=overlay)))
    return charts


def _chart_bars(symbol: str, items: list[CheckedClaim], prices) -> PriceBars | None:
    exchange = exchange_for_symbol(symbol)
    calendar = calendar_for(exchange.mic, exchange.timezone)
    days = [item.claim.date for item in items if item.claim.date]
    days += [bar.session for item in items for bar in item.verdict.evidence]
    if not days:
        return None
    try:
        start, end = min(days), max(days)
        for _ in range(CONTEXT_BEFORE):
            start = calendar.previous_session(start)
        for _ in range(CONTEXT_AFTER):
            end = calendar.next_session(end)
        end = min(end, dt.date.today())
        return prices.daily(symbol, start, end)
    except TapecheckError:
        return None
