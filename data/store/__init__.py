"""The article library: analysed articles kept in SQLite or PostgreSQL, one transaction per article.

    store = ArticleStore.open(settings.database_url)
    store.save(analysis)
    store.list_articles(ticker="NVDA", verdict="contradicted")
"""

from data.store.errors import StoreError, StoreWriteError
from data.store.store import ArticleStore, ArticleSummary, Company, TickerMention, VerdictCounts

__all__ = [
    "ArticleStore",
    "ArticleSummary",
    "Company",
    "StoreError",
    "StoreWriteError",
    "TickerMention",
    "VerdictCounts",
]
