"""From what the user gives to an `Article`: file readers, the dateline, and what is not article prose.

    load_article(text_or_path, name=..., published=...) -> Article       the one entry
    read_article_file(path) / read_article_bytes(data, name) -> Article  .txt .md .html .pdf .docx
    find_published(text) -> PublishedTime | None                         the dateline's time
    parse_user_datetime(value) -> datetime                               what a person typed
    classify_sentence(text) / excluded_spans(text)                       boilerplate, bylines, foreign text
"""

from analysis.ingest.boilerplate import classify_sentence, excluded_spans
from analysis.ingest.dateline import PublishedTime, find_published, parse_user_datetime
from analysis.ingest.loader import load_article
from analysis.ingest.readers import MAX_BYTES, read_article_bytes, read_article_file

__all__ = [
    "MAX_BYTES",
    "PublishedTime",
    "classify_sentence",
    "excluded_spans",
    "find_published",
    "load_article",
    "parse_user_datetime",
    "read_article_bytes",
    "read_article_file",
]
