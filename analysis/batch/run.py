"""The batch driver: read an archive, plan its prices, analyse it on an engine, write what finishes.

    summary = run_batch(BatchOptions(input=Path("archive/"), out=Path("out/")), settings)

Three passes over the same sources, in the same order:

1. scan: workers read every article, hash it (`Article.id`) and list the price ranges its claims
   need. The driver drops what the output and the library already hold, and repeats in the input.
   Before that, the driver asks `sources.jsonl` (`known.py`) what each source read as in earlier
   runs: when every source is known and every article done, a repeat or unreadable, the run ends
   there and no worker is started.
2. prices: each listing's merged ranges are fetched once into the shared cache (live only; offline
   there is nothing to fetch, and claims without data come out unverifiable). The cache is the
   settings' `price_cache`: one machine's SQLite file, or PostgreSQL that workers anywhere share;
   the driver opens it before anything starts, so a wrong address stops the run at once.
3. analyse: workers run `analyze` on what is left, a partition at a time; the driver writes each
   finished partition to Parquet (articles last, as the commit) and then to the library, one
   transaction per article. A run killed at any moment loses nothing written, and the next run
   does only the rest.

Workers compute; only the driver writes the library, so a SQLite library is never written by two
processes. Workers do write the price cache, which takes concurrent writers.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from analysis.batch.known import KnownSources, Reading
from analysis.batch.parquet import ParquetOutput, article_rows
from analysis.batch.prices import PriceNeed, check_price_cache, merge_needs, requests_article_by_article
from analysis.batch.sources import Source, count_sources, iter_sources
from analysis.batch.worker import Failure, PartitionResult, ScanResult, check_worker, fetch_prices, run_partition, scan_partition
from analysis.errors import TapecheckError
from analysis.models import VerdictLabel
from analysis.settings import Settings

ERRORS_FILE = "errors.jsonl"
SUMMARY_FILE = "summary.json"
FETCHES_PER_TASK = 16
NO_ENGINE = "no workers: nothing left to do"


class BatchStopped(TapecheckError):
    """The run stopped on purpose part-way (the `stop_after` test hook); what it wrote stays written."""


@dataclass(frozen=True)
class BatchOptions:
    input: Path
    out: Path
    engine: str = "local"  # "local" or "dask"
    workers: int | None = None  # default: one per CPU (local engine, LocalCluster)
    scheduler: str | None = None  # a Dask scheduler's address; none: a LocalCluster
    sentiment: bool = True
    partition_size: int = 32
    progress: bool = True
    stop_after: int | None = None  # test hook: stop once this many articles are saved
    fail_on: frozenset[str] = frozenset()  # test hook: sources a worker fails on purpose


@dataclass
class BatchSummary:
    input_articles: int = 0
    analysed: int = 0
    already_done: int = 0
    duplicates: int = 0
    claims: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: {label.value: 0 for label in VerdictLabel})
    sentiment: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    price_ranges_fetched: int = 0  # merged ranges, one request each
    price_requests_article_by_article: int = 0  # what fetching per article, through the cache, would have cost
    price_fetch_problems: int = 0
    offline: bool = False
    engine: str = ""
    seconds: float = 0.0
    analyse_seconds: float = 0.0  # the analysis pass alone, workers already started
    worker_peak_mb: dict[str, float] = field(default_factory=dict)  # per worker process
    analyse_cpu_seconds: float = 0.0  # workers' CPU time in the analysis pass, all workers together
    errors_file: str = ""

    @property
    def requests_saved(self) -> float:
        before = self.price_requests_article_by_article
        return 1 - self.price_ranges_fetched / before if before else 0.0

    def lines(self) -> list[str]:
        rate = self.analysed / self.seconds if self.seconds else 0.0
        verdicts = ", ".join(f"{label} {count}" for label, count in self.verdicts.items())
        out = [
            f"articles: {self.input_articles} in the input, {self.analysed} analysed, {self.already_done} already done, "
            f"{self.duplicates} repeated in the input, {len(self.failures)} failed",
            f"claims: {self.claims} ({verdicts})",
        ]
        if self.sentiment:
            out.append("sentiment: " + ", ".join(f"{label} {count}" for label, count in sorted(self.sentiment.items())))
        fetched = "would be fetched (offline: nothing was)" if self.offline else "fetched"
        out.append(
            f"prices: {self.price_ranges_fetched} listing ranges {fetched} once for the batch; article by article "
            f"it would be {self.price_requests_article_by_article} requests ({self.requests_saved:.0%} saved)"
        )
        if self.failures:
            out.append(f"failures (all in {self.errors_file}):")
            out.extend(f"  {failure.source}: {failure.reason}" for failure in self.failures[:20])
            if len(self.failures) > 20:
                out.append(f"  ... and {len(self.failures) - 20} more")
        peak = max(self.worker_peak_mb.values(), default=0.0)
        if self.engine == NO_ENGINE:
            out.append(f"time: {self.seconds:.1f} s; every article was read and done before, so no worker was started")
        else:
            out.append(
                f"time: {self.seconds:.1f} s, {rate:.1f} articles/s on {self.engine}; peak memory per worker {peak:.0f} MB"
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "input_articles": self.input_articles,
            "analysed": self.analysed,
            "already_done": self.already_done,
            "duplicates": self.duplicates,
            "claims": self.claims,
            "verdicts": self.verdicts,
            "sentiment": self.sentiment,
            "failures": [{"source": f.source, "reason": f.reason, "stage": f.stage} for f in self.failures],
            "price_ranges_fetched": self.price_ranges_fetched,
            "price_requests_article_by_article": self.price_requests_article_by_article,
            "requests_saved": self.requests_saved,
            "offline": self.offline,
            "engine": self.engine,
            "seconds": self.seconds,
            "analyse_seconds": self.analyse_seconds,
            "worker_peak_mb": self.worker_peak_mb,
            "analyse_cpu_seconds": self.analyse_cpu_seconds,
        }


class ErrorLog:
    """`errors.jsonl` in the output folder: one line per article that could not be analysed, each reason once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._known: set[tuple[str, str]] = set()
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self._known.add((entry["source"], entry["reason"]))
                except (json.JSONDecodeError, KeyError, TypeError):
                    continue  # a line cut short by a kill

    def add(self, failures: Iterable[Failure]) -> None:
        fresh = [f for f in failures if (f.source, f.reason) not in self._known]
        if not fresh:
            return
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.path.open("a", encoding="utf-8") as handle:
            for failure in fresh:
                entry = {"source": failure.source, "reason": failure.reason, "stage": failure.stage, "at": now}
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
                self._known.add((failure.source, failure.reason))


def partitions(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    iterator = iter(sources)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _progress(total: int | None, description: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=description, unit="article", disable=not enabled, dynamic_ncols=True, leave=True)


def run_batch(options: BatchOptions, settings: Settings) -> BatchSummary:
    """Analyse every article of `options.input` not already in `options.out` and the library; return the summary."""
    from data.store import ArticleStore

    started = time.perf_counter()
    out = Path(options.out)
    output = ParquetOutput.open(out)
    errors = ErrorLog(out / ERRORS_FILE)
    summary = BatchSummary(offline=settings.offline, errors_file=str(errors.path))
    summary.input_articles = count_sources(options.input)
    check_price_cache(settings)
    store = ArticleStore.open(settings.database_url)
    try:
        known = KnownSources.open(out)
        if _nothing_left(options, known, output, store, summary, errors):
            summary.engine = NO_ENGINE
        else:
            _run_on_engine(options, settings, output, store, known, summary, errors)
    finally:
        store.close()
    summary.seconds = time.perf_counter() - started
    (out / SUMMARY_FILE).write_text(json.dumps(summary.to_dict(), indent=1), encoding="utf-8")
    return summary


def _run_on_engine(
    options: BatchOptions, settings: Settings, output: ParquetOutput, store, known: KnownSources, summary: BatchSummary, errors: ErrorLog
) -> None:
    """The three passes, on workers the engine starts for this run."""
    from analysis.batch.engines import open_engine
    from data.store import StoreWriteError

    engine = open_engine(
        options.engine, settings, workers=options.workers, scheduler=options.scheduler, sentiment=options.sentiment
    )
    try:
        summary.engine = engine.describe()
        engine.call(check_worker, settings, options.sentiment)
        todo, needs = _scan(engine, options, settings, output, store, summary, errors, known)
        _prefetch(engine, settings, needs, summary)
        analysing = time.perf_counter()
        saved = 0
        bar = _progress(len(todo), "analysing", options.progress)
        wanted = (source for source in iter_sources(options.input) if source.position in todo)
        numbered = enumerate(partitions(wanted, options.partition_size))
        try:
            for (index, chunk), result in engine.map_unordered(
                _run_numbered, numbered, settings, sentiment=options.sentiment, fail_on=options.fail_on
            ):
                if isinstance(result, BaseException):
                    result = _failed_partition(chunk, result)
                _note_worker(summary, result.worker)
                summary.analyse_cpu_seconds += result.worker.cpu_seconds if result.worker else 0.0
                fresh = [item for item in result.analysed if item.analysis.article.id not in output.article_ids]
                now = dt.datetime.now(dt.timezone.utc)
                rows: dict[str, list] = {"articles": [], "claims": [], "sentences": []}
                for item in fresh:
                    for table, table_rows in article_rows(item.analysis, now).items():
                        rows[table].extend(table_rows)
                output.write_partition(index, rows)
                failures = list(result.failures)
                for item in result.analysed:
                    try:
                        store.save(item.analysis)
                    except StoreWriteError as error:
                        failures.append(Failure(item.position, item.source, str(error), "save"))
                        continue
                    _count(summary, item.analysis)
                    saved += 1
                    if options.stop_after is not None and saved >= options.stop_after:
                        raise BatchStopped(f"stopped on purpose after {saved} articles (stop_after)")
                errors.add(failures)
                summary.failures.extend(failures)
                bar.update(result.size)
        finally:
            bar.close()
        summary.analyse_seconds = time.perf_counter() - analysing
    finally:
        engine.close()


def _nothing_left(options: BatchOptions, known: KnownSources, output: ParquetOutput, store, summary: BatchSummary, errors: ErrorLog) -> bool:
    """True when earlier scans read every source and each is done, a repeat or unreadable: the summary then says so.

    Stops at the first source no scan has read, or whose article is not done: then the workers scan
    everything, as on a first run, and `summary` is left as it was.
    """
    if not len(known):
        return False
    seen: set[str] = set()
    already_done = duplicates = 0
    unreadable: list[Failure] = []
    for source in iter_sources(options.input):
        reading = known.get(source)
        if reading is None:
            return False
        if reading.unreadable is not None:
            unreadable.append(Failure(source.position, source.label, reading.unreadable, "read"))
        elif reading.article_id in seen:
            duplicates += 1
        elif reading.article_id in output.article_ids and store.has(reading.article_id):
            seen.add(reading.article_id)
            already_done += 1
        else:
            return False
    summary.already_done, summary.duplicates = already_done, duplicates
    errors.add(unreadable)
    summary.failures.extend(unreadable)
    return True


def _run_numbered(numbered: tuple[int, list[Source]], settings: Settings, **kwargs: Any) -> PartitionResult:
    return run_partition(numbered[1], settings, **kwargs)


def _scan(engine, options: BatchOptions, settings: Settings, output: ParquetOutput, store, summary: BatchSummary, errors: ErrorLog, known: KnownSources):
    """Pass 1: the positions still to analyse, and their price needs in input order; what each source read as goes to `known`."""
    scanned: dict[int, Any] = {}
    read_failures: list[Failure] = []
    bar = _progress(summary.input_articles, "reading", options.progress)
    try:
        for chunk, result in engine.map_unordered(scan_partition, partitions(iter_sources(options.input), options.partition_size), settings):
            if isinstance(result, BaseException):
                result = ScanResult([], _failed_partition(chunk, result).failures, None)
            else:
                _note_worker(summary, result.worker)
                by_position = {source.position: source for source in chunk}
                known.add(
                    [(by_position[item.position], Reading(article_id=item.article_id)) for item in result.scanned]
                    + [(by_position[failure.position], Reading(unreadable=failure.reason)) for failure in result.failures]
                )
            for item in result.scanned:
                scanned[item.position] = item
            read_failures.extend(result.failures)
            bar.update(len(chunk))
    finally:
        bar.close()
    seen: set[str] = set()
    todo: set[int] = set()
    needs: list[PriceNeed] = []
    for position in sorted(scanned):
        item = scanned[position]
        if item.article_id in seen:
            summary.duplicates += 1
            continue
        seen.add(item.article_id)
        if item.article_id in output.article_ids and store.has(item.article_id):
            summary.already_done += 1
            continue
        todo.add(position)
        needs.extend(item.needs)
    read_failures.sort(key=lambda failure: failure.position)
    errors.add(read_failures)
    summary.failures.extend(read_failures)
    summary.price_requests_article_by_article = requests_article_by_article(needs)
    return todo, needs


def _prefetch(engine, settings: Settings, needs: list[PriceNeed], summary: BatchSummary) -> None:
    """Pass 2: every merged range once, into the cache the analysis pass reads."""
    merged = merge_needs(needs)
    summary.price_ranges_fetched = len(merged)
    if settings.offline or not merged:
        return
    groups = [merged[i : i + FETCHES_PER_TASK] for i in range(0, len(merged), FETCHES_PER_TASK)]
    for _, outcomes in engine.map_unordered(fetch_prices, groups, settings):
        if isinstance(outcomes, BaseException):
            summary.price_fetch_problems += 1
            continue
        summary.price_fetch_problems += sum(1 for outcome in outcomes if outcome.problem)


def _failed_partition(chunk, error: BaseException) -> PartitionResult:
    """A whole partition lost to a crashed worker: each of its articles fails with the reason, the batch goes on."""
    sources = chunk[1] if isinstance(chunk, tuple) else chunk
    reason = f"the worker failed: {type(error).__name__}: {error}"
    return PartitionResult([], [Failure(s.position, s.label, reason, "analyse") for s in sources], None)


def _note_worker(summary: BatchSummary, worker) -> None:
    if worker is None:
        return
    key = f"{worker.host}:{worker.pid}"
    summary.worker_peak_mb[key] = max(summary.worker_peak_mb.get(key, 0.0), worker.peak_rss_mb)


def _count(summary: BatchSummary, analysis) -> None:
    summary.analysed += 1
    summary.claims += len(analysis.claims)
    for checked in analysis.claims:
        summary.verdicts[checked.verdict.label.value] += 1
    if analysis.sentiment is not None:
        label = analysis.sentiment.label.value
        summary.sentiment[label] = summary.sentiment.get(label, 0) + 1
