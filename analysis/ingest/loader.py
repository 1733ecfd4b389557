"""One entry from what the user gave (pasted text, a file, an upload) to an `Article` with a publication time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from analysis.errors import InputError
from analysis.ingest.dateline import NEW_YORK, find_published
from analysis.ingest.readers import MAX_BYTES, read_article_bytes, read_article_file
from analysis.models import Article


def load_article(
    text_or_path: str | Path | bytes,
    *,
    name: str = "pasted",
    published: dt.datetime | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """The article in `text_or_path`, with its publication time.

    A `str` is always the article's text, never a file name: a pasted "/etc/passwd" in the web
    app must not read the server's file. A `Path` is a file to read; `bytes` are an upload
    whose `name` gives the format. The publication time the user gives wins
    (`published_origin="user"`; a naive one is read as New York time); else the time the file
    or text states in its dateline (`"dateline"`); else none.

    A dateline with a date but no time ("Dec 23 (Reuters) -") is taken as the end of that day
    in the dateline's zone, so the day's session counts as done when the article was written.
    """
    if isinstance(text_or_path, Path):
        article = read_article_file(text_or_path, max_bytes=max_bytes)
    elif isinstance(text_or_path, (bytes, bytearray)):
        article = read_article_bytes(bytes(text_or_path), name, max_bytes=max_bytes)
    else:
        article = _pasted(text_or_path, name)

    if published is not None:
        moment = published if published.tzinfo else published.replace(tzinfo=ZoneInfo(NEW_YORK))
        article.published, article.published_origin = moment, "user"
    elif article.published is None:
        found = find_published(article.text)
        if found is not None:
            moment = found.moment
            if found.date_only:
                moment = moment.replace(hour=23, minute=59, second=59)
                article.published_precision = "date"
            article.published, article.published_origin = moment, "dateline"
    return article


_PASTED_HTML = re.compile(r"<(?:html|body|article|p|div|li|ul|br|h[1-6]|b|strong|span|table|td)\b[^>]*>", re.IGNORECASE)


def headline_of(text: str) -> str:
    """The first line, when it reads as a headline: short, no full stop at the end, more text after it."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest.strip() and 8 <= len(first) <= 140 and not first.endswith((".", ":", ";")) and not first.startswith(("By ", "(")):
        return first
    return ""


def _pasted(text: str, name: str) -> Article:
    cleaned = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not cleaned:
        raise InputError(f"the {'pasted text' if name == 'pasted' else name} is empty")
    if len(_PASTED_HTML.findall(cleaned[:20000])) >= 3:
        # a paste of a page's source: read it as the HTML file it is, main text only
        article = read_article_bytes(cleaned.encode("utf-8"), f"{name}.html")
        article.source = name
        return article
    return Article(text=cleaned, source=name, title=headline_of(cleaned))
