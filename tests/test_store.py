"""The article library, specified on a real SQLite file and a real PostgreSQL server.

Every test taking `store` or `library_url` runs twice: once on SQLite, once on a PostgreSQL server
the suite starts itself (tests/postgres_server.py). Without PostgreSQL binaries the second run is
skipped, saying so.
"""

from __future__ import annotations

import datetime as dt
import pickle
import threading
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from analysis.models import (
    Article,
    ArticleAnalysis,
    CheckedClaim,
    Claim,
    ClaimKind,
    Direction,
    DocumentSentiment,
    EntitySentiment,
    EvidenceBar,
    SentenceSentiment,
    SentimentLabel,
    Unit,
    Verdict,
    VerdictLabel,
)
from data.store import ArticleStore, Company, StoreError, StoreWriteError, VerdictCounts
from data.store import records
from data.store.engine import engine_for
from data.store.migrations import LATEST, migrate
from data.store.schema import metadata
from tests.postgres_server import postgres_server, postgres_url  # noqa: F401  (fixtures)

NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")


# -- building analyses by hand ---------------------------------------------------------------
def checked(
    ticker: str | None,
    entity: str,
    verdict: VerdictLabel,
    day: dt.date,
    *,
    magnitude: float = 5.2,
    direction: Direction = Direction.DOWN,
    evidence: list[EvidenceBar] | None = None,
) -> CheckedClaim:
    claim = Claim(
        entity=entity,
        ticker=ticker,
        exchange="Nasdaq",
        direction=direction,
        magnitude=magnitude,
        unit=Unit.PCT,
        kind=ClaimKind.CLOSE_CHANGE,
        date=day,
        hedge=None,
        span=(10, 40),
        text=f"{entity} shares fell {magnitude}%",
        mic="XNAS",
    )
    return CheckedClaim(claim, Verdict(verdict, f"{verdict.value} by the close", actual=-5.1, evidence=evidence or []))


def analysed(
    text: str,
    *,
    title: str,
    published: dt.datetime | None,
    claims: list[CheckedClaim] = (),
    mood: SentimentLabel | None = SentimentLabel.NEUTRAL,
    score: float = 0.0,
    entities: dict[str, EntitySentiment] | None = None,
) -> ArticleAnalysis:
    sentiment = None
    if mood is not None:
        sentiment = DocumentSentiment(
            mood, score, [SentenceSentiment(text[:20], (0, 20), mood, score)], entities or {}, model="bundled"
        )
    article = Article(text, published=published, published_origin="dateline", title=title, source="pasted")
    return ArticleAnalysis(article, list(claims), sentiment, ["bundled sample (offline)"], [])


def full_analysis() -> ArticleAnalysis:
    """Every field the pipeline fills, with values that show whether they survived the trip."""
    text = (
        "TOKYO, Aug 5 (Reuters) - Toyota shares tumbled 8.3% to 2,350 yen on Monday, while Sony slid 10.1% "
        "over three sessions. Analysts said the selloff was overdone. Reporting by A. Writer."
    )
    toyota = Claim(
        entity="Toyota",
        ticker="7203.T",
        exchange="Tokyo",
        direction=Direction.DOWN,
        magnitude=8.3,
        unit=Unit.PCT,
        kind=ClaimKind.CLOSE_CHANGE,
        date=dt.date(2024, 8, 5),
        hedge="about",
        span=(26, 68),
        text="Toyota shares tumbled 8.3% to 2,350 yen on Monday",
        level=2350.0,
        currency="JPY",
        mic="XTKS",
    )
    sony = Claim(
        entity="Sony",
        ticker="6758.T",
        exchange="Tokyo",
        direction=Direction.DOWN,
        magnitude=10.1,
        unit=Unit.PCT,
        kind=ClaimKind.CUMULATIVE,
        date=dt.date(2024, 8, 5),
        hedge=None,
        span=(76, 107),
        text="Sony slid 10.1% over three sessions",
        start_date=dt.date(2024, 8, 1),
        sessions=3,
        mic="XTKS",
    )
    bars = [
        EvidenceBar(dt.date(2024, 8, 2), 2600.5, 2610.0, 2550.25, 2563.0, 31_200_000.0, "previous close"),
        EvidenceBar(dt.date(2024, 8, 5), 2500.0, 2512.0, 2300.0, 2350.0, None, "the day"),
    ]
    return ArticleAnalysis(
        article=Article(
            text,
            published=dt.datetime(2024, 8, 5, 15, 45, tzinfo=TOKYO),
            published_origin="dateline",
            published_precision="time",
            title="Toyota, Sony lead Tokyo rout",
            source="tokyo-rout.txt",
        ),
        claims=[
            CheckedClaim(
                toyota,
                Verdict(
                    VerdictLabel.APPROXIMATE,
                    "closed down 8.31%; 'about' allows 0.5 pts",
                    actual=-8.3142,
                    evidence=bars,
                    source="bundled sample (offline)",
                    actual_level=2350.0,
                    close_to_close=-8.3142,
                ),
            ),
            CheckedClaim(sony, Verdict(VerdictLabel.UNVERIFIABLE, "no prices for 6758.T")),
        ],
        sentiment=DocumentSentiment(
            SentimentLabel.NEGATIVE,
            -0.61234567,
            [
                SentenceSentiment(text[:107], (0, 107), SentimentLabel.NEGATIVE, -0.9012345),
                SentenceSentiment("Analysts said the selloff was overdone.", (109, 148), SentimentLabel.POSITIVE, 0.33),
                SentenceSentiment("Reporting by A. Writer.", (149, 172), SentimentLabel.NEUTRAL, 0.0, "boilerplate"),
            ],
            {
                "Toyota": EntitySentiment(SentimentLabel.NEGATIVE, -0.88, 1),
                "Sony": EntitySentiment(SentimentLabel.MIXED, -0.12, 2),
            },
            model="bundled MiniLM",
            notice="the requested model was not found; used the bundled one",
        ),
        price_sources=["bundled sample (offline)"],
        warnings=["the Tokyo calendar ends in 2026"],
    )


# -- the library under test ------------------------------------------------------------------
@pytest.fixture(params=["sqlite", "postgresql"])
def library_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "nested" / "library.sqlite")  # a plain path, in a folder that does not exist yet
    return request.getfixturevalue("postgres_url")


@pytest.fixture()
def store(library_url):
    with ArticleStore.open(library_url) as opened:
        yield opened


# -- round trip --------------------------------------------------------------------------------
def test_a_full_analysis_reads_back_exactly_as_saved(store):
    original = full_analysis()

    assert store.save(original) == original.article.id
    stored = store.get(original.article.id)

    assert stored == original
    assert stored.article.published.tzinfo == TOKYO
    assert stored.article.published.hour == 15
    assert stored.claims[0].verdict.evidence[1].volume is None
    assert stored.sentiment.sentences[2].excluded == "boilerplate"
    assert list(stored.sentiment.entities) == ["Toyota", "Sony"]


def test_a_fixed_offset_and_a_missing_date_and_no_sentiment_read_back(store):
    offset = dt.timezone(dt.timedelta(hours=-5))
    dated = analysed("Fixed offset article.", title="offset", published=dt.datetime(2025, 1, 27, 16, 5, tzinfo=offset))
    undated = analysed("No date, no sentiment.", title="bare", published=None, mood=None)

    store.save(dated)
    store.save(undated)

    assert store.get(dated.article.id) == dated
    assert store.get(dated.article.id).article.published.utcoffset() == dt.timedelta(hours=-5)
    assert store.get(undated.article.id) == undated
    assert store.get(undated.article.id).sentiment is None


def test_an_unknown_id_reads_as_none(store):
    assert store.get("0123456789abcdef") is None
    assert not store.has("0123456789abcdef")


def test_numbers_that_are_not_finite_are_stored_as_missing(store):
    analysis = full_analysis()
    analysis.claims[0].verdict.evidence[0].open = float("nan")
    analysis.claims[0].verdict.actual = float("inf")

    store.save(analysis)
    stored = store.get(analysis.article.id)

    assert stored.claims[0].verdict.evidence[0].open is None
    assert stored.claims[0].verdict.actual is None


# -- re-analysis and deletion ----------------------------------------------------------------
def test_saving_an_article_again_replaces_it_rather_than_adding_a_copy(store):
    first = full_analysis()
    store.save(first)
    saved_first = store.list_articles()[0].saved_at
    again = replace(
        first,
        claims=[replace(first.claims[0], verdict=Verdict(VerdictLabel.CONTRADICTED, "closed down 2%", actual=-2.0))],
        sentiment=replace(first.sentiment, label=SentimentLabel.MIXED, score=0.05, entities={}),
        warnings=[],
    )

    store.save(again)

    assert store.count() == 1
    assert store.get(first.article.id) == again
    assert store.tickers() == ["7203.T"]
    summary = store.list_articles()[0]
    assert summary.verdicts == VerdictCounts(contradicted=1)
    assert summary.sentiment_label is SentimentLabel.MIXED
    assert summary.saved_at >= saved_first


def test_the_same_text_pasted_with_other_spacing_is_the_same_article(store):
    once = analysed("Nvidia fell 17%\non Monday.", title="paste one", published=None)
    twice = analysed("Nvidia  fell 17% on\n\nMonday.", title="paste two", published=None)

    store.save(once)
    store.save(twice)

    assert store.count() == 1
    assert store.get(once.article.id).article.title == "paste two"


def test_delete_removes_the_article_and_everything_stored_with_it(store):
    analysis = full_analysis()
    store.save(analysis)

    assert store.delete(analysis.article.id) is True

    assert store.get(analysis.article.id) is None
    assert not store.has(analysis.article.id)
    assert store.count() == 0
    assert store.tickers() == []
    assert store.ticker_history("7203.T") == []
    assert store.delete(analysis.article.id) is False


def test_has_and_count_follow_what_is_stored(store):
    assert store.count() == 0
    first, second = full_analysis(), analysed("Another article.", title="b", published=None)
    store.save(first)
    store.save(second)
    assert store.has(first.article.id) and store.has(second.article.id)
    assert store.count() == 2


# -- a library to filter -----------------------------------------------------------------------
@pytest.fixture()
def library(store):
    """Four articles: two on Nvidia in New York, one on Toyota in Tokyo, one undated on Société Générale."""
    rout = analysed(
        "Nvidia shares plunged 17% on Monday after DeepSeek; 100% of analysts were stunned.",
        title="Nvidia sheds $593 billion",
        published=dt.datetime(2025, 1, 27, 16, 30, tzinfo=NEW_YORK),
        claims=[checked("NVDA", "Nvidia", VerdictLabel.CONTRADICTED, dt.date(2025, 1, 27), magnitude=12.0)],
        mood=SentimentLabel.NEGATIVE,
        score=-0.8,
        entities={"Nvidia": EntitySentiment(SentimentLabel.NEGATIVE, -0.9, 2)},
    )
    rebound = analysed(
        "Nvidia rebounded 8.9% and Apple rose 3.2% on Tuesday.",
        title="Chip stocks bounce",
        published=dt.datetime(2025, 1, 28, 16, 10, tzinfo=NEW_YORK),
        claims=[
            checked("NVDA", "Nvidia", VerdictLabel.CONFIRMED, dt.date(2025, 1, 28), direction=Direction.UP),
            checked("AAPL", "Apple", VerdictLabel.APPROXIMATE, dt.date(2025, 1, 28), direction=Direction.UP),
        ],
        mood=SentimentLabel.POSITIVE,
        score=0.7,
        entities={"Nvidia": EntitySentiment(SentimentLabel.POSITIVE, 0.8, 1)},
    )
    # 08:30 in Tokyo on Aug 5 is still Aug 4 in UTC: date filters use the article's own day.
    tokyo = analysed(
        "Toyota fell 8.3% at the open as the Nikkei crashed.",
        title="Tokyo open",
        published=dt.datetime(2024, 8, 5, 8, 30, tzinfo=TOKYO),
        claims=[checked("7203.T", "Toyota", VerdictLabel.UNVERIFIABLE, dt.date(2024, 8, 5))],
        mood=SentimentLabel.NEUTRAL,
    )
    undated = analysed(
        "Les actions de SOCIÉTÉ GÉNÉRALE ont progressé, said a note with a 5_000 target.",
        title="Paris note",
        published=None,
        mood=SentimentLabel.MIXED,
        entities={"Société Générale": EntitySentiment(SentimentLabel.POSITIVE, 0.4, 1)},
    )
    for analysis in (tokyo, rebound, undated, rout):
        store.save(analysis)
    return {"rout": rout, "rebound": rebound, "tokyo": tokyo, "undated": undated}


def titles(summaries) -> list[str]:
    return [summary.title for summary in summaries]


def test_the_list_is_newest_published_first_with_undated_articles_last(store, library):
    assert titles(store.list_articles()) == ["Chip stocks bounce", "Nvidia sheds $593 billion", "Tokyo open", "Paris note"]


def test_articles_published_at_the_same_moment_list_the_latest_saved_first(store):
    moment = dt.datetime(2025, 3, 3, 9, 30, tzinfo=NEW_YORK)
    for title in ("first saved", "second saved", "third saved"):
        store.save(analysed(f"Body of {title}.", title=title, published=moment))

    assert titles(store.list_articles()) == ["third saved", "second saved", "first saved"]


def test_limit_and_offset_page_through_the_list(store, library):
    assert titles(store.list_articles(limit=2)) == ["Chip stocks bounce", "Nvidia sheds $593 billion"]
    assert titles(store.list_articles(limit=2, offset=2)) == ["Tokyo open", "Paris note"]
    assert store.list_articles(offset=4) == []


def test_filter_by_ticker(store, library):
    assert titles(store.list_articles(ticker="NVDA")) == ["Chip stocks bounce", "Nvidia sheds $593 billion"]
    assert titles(store.list_articles(ticker="AAPL")) == ["Chip stocks bounce"]
    assert store.list_articles(ticker="MSFT") == []


def test_filter_by_publication_days_inclusive(store, library):
    assert titles(store.list_articles(start=dt.date(2025, 1, 28))) == ["Chip stocks bounce"]
    assert titles(store.list_articles(end=dt.date(2025, 1, 27))) == ["Nvidia sheds $593 billion", "Tokyo open"]
    assert titles(store.list_articles(start=dt.date(2025, 1, 27), end=dt.date(2025, 1, 27))) == [
        "Nvidia sheds $593 billion"
    ]


def test_date_filters_use_the_day_on_the_articles_own_calendar(store, library):
    assert titles(store.list_articles(start=dt.date(2024, 8, 5), end=dt.date(2024, 8, 5))) == ["Tokyo open"]
    assert store.list_articles(start=dt.date(2024, 8, 4), end=dt.date(2024, 8, 4)) == []


def test_filter_by_sentiment(store, library):
    assert titles(store.list_articles(sentiment=SentimentLabel.NEGATIVE)) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(sentiment="mixed")) == ["Paris note"]


def test_filter_by_verdict(store, library):
    assert titles(store.list_articles(verdict=VerdictLabel.CONTRADICTED)) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(verdict="approximate")) == ["Chip stocks bounce"]


def test_ticker_and_verdict_together_ask_for_one_claim_with_both(store, library):
    assert titles(store.list_articles(ticker="NVDA", verdict="confirmed")) == ["Chip stocks bounce"]
    assert store.list_articles(ticker="AAPL", verdict="contradicted") == []


def test_filters_combine(store, library):
    found = store.list_articles(ticker="NVDA", sentiment="positive", start=dt.date(2025, 1, 1), text="apple")
    assert titles(found) == ["Chip stocks bounce"]


def test_an_unknown_label_is_an_error_naming_the_choices(store):
    with pytest.raises(StoreError, match="confirmed, approximate, contradicted, unverifiable"):
        store.list_articles(verdict="wrong")
    with pytest.raises(StoreError, match="Unknown sentiment"):
        store.list_articles(sentiment="bullish")


def test_search_finds_words_in_title_or_text_whatever_the_case(store, library):
    assert titles(store.list_articles(text="DEEPSEEK")) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(text="billion")) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(text="nvidia monday")) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(text="société générale")) == ["Paris note"]


def test_search_takes_percent_and_underscore_literally(store, library):
    assert titles(store.list_articles(text="100%")) == ["Nvidia sheds $593 billion"]
    assert titles(store.list_articles(text="5_000")) == ["Paris note"]
    assert store.list_articles(text="1_0") == []


def test_a_summary_names_its_companies_sentiment_and_verdict_counts(store, library):
    rebound, paris = store.list_articles(ticker="AAPL")[0], store.list_articles(text="paris")[0]

    assert rebound.id == library["rebound"].article.id
    assert rebound.published == dt.datetime(2025, 1, 28, 16, 10, tzinfo=NEW_YORK)
    assert rebound.source == "pasted"
    assert rebound.companies == [Company("Nvidia", "NVDA"), Company("Apple", "AAPL")]
    assert (rebound.sentiment_label, rebound.sentiment_score) == (SentimentLabel.POSITIVE, 0.7)
    assert rebound.verdicts == VerdictCounts(confirmed=1, approximate=1)
    assert rebound.saved_at.tzinfo == dt.timezone.utc
    assert paris.companies == [Company("Société Générale")]
    assert paris.verdicts.total == 0


def test_a_company_claimed_on_two_listings_is_named_with_both(store):
    both = analysed(
        "Toyota fell 3% in Tokyo and its ADR fell 2.5% in New York.",
        title="two listings",
        published=None,
        claims=[
            checked("7203.T", "Toyota", VerdictLabel.CONFIRMED, dt.date(2024, 8, 5)),
            checked("TM", "Toyota", VerdictLabel.CONFIRMED, dt.date(2024, 8, 5)),
            checked("7203.T", "Toyota", VerdictLabel.CONFIRMED, dt.date(2024, 8, 6)),
        ],
        entities={"Toyota": EntitySentiment(SentimentLabel.NEGATIVE, -0.5, 2)},
    )
    store.save(both)

    assert store.list_articles()[0].companies == [Company("Toyota", "7203.T"), Company("Toyota", "TM")]


def test_tickers_lists_every_ticker_claimed_about(store, library):
    assert store.tickers() == ["7203.T", "AAPL", "NVDA"]


def test_ticker_history_is_each_articles_mood_and_claims_about_it_oldest_first(store, library):
    history = store.ticker_history("NVDA")

    assert [mention.title for mention in history] == ["Nvidia sheds $593 billion", "Chip stocks bounce"]
    rout, rebound = history
    assert rout.sentiment_label is SentimentLabel.NEGATIVE
    assert rout.entity == "Nvidia"
    assert rout.entity_sentiment == EntitySentiment(SentimentLabel.NEGATIVE, -0.9, 2)
    assert [c.verdict.label for c in rout.claims] == [VerdictLabel.CONTRADICTED]
    assert [c.claim.ticker for c in rebound.claims] == ["NVDA"]  # not the Apple claim beside it
    assert rebound.published == dt.datetime(2025, 1, 28, 16, 10, tzinfo=NEW_YORK)


def test_ticker_history_without_sentiment_for_the_company(store, library):
    (mention,) = store.ticker_history("AAPL")
    assert mention.entity == "Apple"
    assert mention.entity_sentiment is None
    assert store.ticker_history("MSFT") == []


# -- failures leave the library as it was ------------------------------------------------------
def test_a_save_that_fails_half_way_changes_nothing_and_the_store_stays_usable(store, library):
    before = store.get(library["rout"].article.id)
    broken_claim = replace(library["rout"].claims[0], claim=replace(library["rout"].claims[0].claim, entity=None))
    reanalysed = replace(library["rout"], claims=[library["rebound"].claims[0], broken_claim], warnings=["new"])

    with pytest.raises(StoreWriteError, match="was not saved; the library is unchanged"):
        store.save(reanalysed)

    assert store.get(library["rout"].article.id) == before
    assert store.count() == 4
    new = analysed("A later article.", title="later", published=None)
    store.save(new)
    assert store.has(new.article.id)


def test_a_new_article_that_fails_to_save_is_not_there_at_all(store, library):
    fresh = full_analysis()
    fresh.claims[1] = replace(fresh.claims[1], claim=replace(fresh.claims[1].claim, entity=None))

    with pytest.raises(StoreWriteError):
        store.save(fresh)

    assert not store.has(fresh.article.id)
    assert "7203.T" in store.tickers()  # from the library's own Tokyo article, untouched
    assert store.count() == 4


def test_a_crash_after_the_article_row_is_written_rolls_the_whole_article_back(store, monkeypatch):
    original = full_analysis()
    store.save(original)

    def crash(*args, **kwargs):
        raise RuntimeError("worker killed between inserts")

    monkeypatch.setattr(records, "entity_rows", crash)
    with pytest.raises(RuntimeError):
        store.save(replace(original, claims=[], warnings=["half-written"]))
    monkeypatch.undo()

    assert store.get(original.article.id) == original


# -- concurrency -------------------------------------------------------------------------------
def test_writers_saving_at_once_leave_one_copy_of_each_article(library_url):
    """Eight workers, each saving the same twelve articles: no duplicates, no mixed analyses."""
    articles = [
        analysed(
            f"Article {n}: Nvidia moved.",
            title=f"article {n}",
            published=None,
            claims=[checked("NVDA", "Nvidia", VerdictLabel.CONFIRMED, dt.date(2025, 1, 27))] * (n % 3 + 1),
        )
        for n in range(12)
    ]
    stores = [ArticleStore.open(library_url) for _ in range(8)]
    errors: list[BaseException] = []

    def work(worker: ArticleStore) -> None:
        try:
            for analysis in articles:
                worker.save(analysis)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(worker,)) for worker in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worker in stores:
        worker.close()

    assert errors == []
    with ArticleStore.open(library_url) as store:
        assert store.count() == 12
        assert [store.get(a.article.id) for a in articles] == articles


def test_saves_and_deletes_of_one_article_at_once_never_deadlock_or_leave_orphans(library_url):
    analysis = full_analysis()
    stores = [ArticleStore.open(library_url) for _ in range(4)]
    errors: list[BaseException] = []

    def churn(worker: ArticleStore) -> None:
        try:
            for _ in range(8):
                worker.save(analysis)
                worker.delete(analysis.article.id)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=churn, args=(worker,)) for worker in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    store = stores[0]
    assert store.count() == 0
    assert store.tickers() == []  # no claim outlived its article
    store.save(analysis)
    assert store.get(analysis.article.id) == analysis
    for worker in stores:
        worker.close()


# -- schema and migrations ---------------------------------------------------------------------
def test_a_library_at_version_1_migrates_without_losing_rows(library_url):
    engine = engine_for(library_url)
    assert migrate(engine, target=1) == 1
    old = full_analysis()
    article = {k: v for k, v in records.article_row(old, dt.datetime(2024, 8, 6)).items() if k != "search_text"}
    with engine.begin() as conn:
        version_1 = sa.MetaData()
        version_1.reflect(conn)
        conn.execute(version_1.tables["articles"].insert(), [article])
        conn.execute(version_1.tables["claims"].insert(), records.claim_rows(old.article.id, old.claims))
        conn.execute(version_1.tables["entity_sentiments"].insert(), records.entity_rows(old.article.id, old.sentiment))
    engine.dispose()

    with ArticleStore.open(library_url) as store:
        assert store.count() == 1
        assert store.get(old.article.id) == old
        assert titles(store.list_articles(text="TOYOTA SONY")) == [old.article.title]
    engine = engine_for(library_url)
    with engine.connect() as conn:
        versions = conn.execute(sa.text("SELECT version, description FROM schema_version ORDER BY version")).all()
    engine.dispose()
    assert [version for version, _ in versions] == [1, 2]
    assert versions[1].description.startswith("Case-folded search text")


def test_a_migrated_library_has_exactly_the_shape_the_code_expects(library_url):
    ArticleStore.open(library_url).close()
    engine = engine_for(library_url)
    inspector = sa.inspect(engine)

    assert set(inspector.get_table_names()) == set(metadata.tables)
    for table in metadata.sorted_tables:
        assert [c["name"] for c in inspector.get_columns(table.name)] == [c.name for c in table.columns]
        assert {i["name"] for i in inspector.get_indexes(table.name)} == {i.name for i in table.indexes}
    engine.dispose()


def test_opening_a_current_library_again_changes_nothing(library_url):
    with ArticleStore.open(library_url) as store:
        store.save(full_analysis())
    with ArticleStore.open(library_url) as store:
        assert store.count() == 1
    engine = engine_for(library_url)
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT count(*) FROM schema_version")) == LATEST
    engine.dispose()


def test_processes_opening_a_new_library_at_once_migrate_it_once(library_url):
    opened: list[ArticleStore] = []
    failures: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(ArticleStore.open(library_url))
        except BaseException as error:  # shown in the assertion below, not lost in the thread
            failures.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not failures, failures
    assert len(opened) == 4
    for store in opened:
        store.close()
    engine = engine_for(library_url)
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_version ORDER BY version")).scalars().all() == [1, 2]
    engine.dispose()


def test_a_library_from_a_newer_tapecheck_is_refused_with_advice(library_url):
    ArticleStore.open(library_url).close()
    engine = engine_for(library_url)
    with engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', :now)"),
            {"now": dt.datetime(2030, 1, 1)},
        )
    engine.dispose()

    with pytest.raises(StoreError, match="newer tapecheck.*Upgrade tapecheck"):
        ArticleStore.open(library_url)


# -- opening -----------------------------------------------------------------------------------
def test_a_store_travels_to_a_worker_as_its_address(store):
    analysis = full_analysis()
    store.save(analysis)

    copy = pickle.loads(pickle.dumps(store))

    assert copy.get(analysis.article.id) == analysis
    assert pickle.loads(pickle.dumps(store)) is copy  # opened once per process, however many tasks carry it


def test_a_database_other_than_sqlite_or_postgresql_is_refused():
    with pytest.raises(StoreError, match="SQLite or PostgreSQL, not mysql"):
        ArticleStore.open("mysql://user@localhost/library")


def test_an_unreachable_server_is_an_error_naming_it_without_its_password():
    with pytest.raises(StoreError, match=r"Cannot open the article library at postgresql\+psycopg://ana:\*\*\*@127.0.0.1:1/"):
        ArticleStore.open("postgresql+psycopg://ana:secret@127.0.0.1:1/library")


def test_the_settings_default_library_opens(monkeypatch, tmp_path):
    from analysis.settings import Settings

    with ArticleStore.open(Settings.from_env().database_url) as store:
        assert store.count() == 0
    assert (tmp_path / "library.sqlite").exists()  # tests/conftest.py points the library into tmp_path
