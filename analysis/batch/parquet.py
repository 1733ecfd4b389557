"""The batch's Parquet output: `articles/`, `claims/` and `sentences/` under the output folder, one file per partition.

Each finished partition adds `part-<run>-<partition>.parquet` to each table that has rows for it, so a
later run appends and `pandas.read_parquet(out / "claims")` reads every run at once. The articles file
is written last and is the partition's commit: a claims or sentences file without its articles file
is what a killed run leaves behind, and `ParquetOutput.open` removes it. Every file is written under a
temporary name and renamed into place, so no reader ever sees half a file.

Rows come from the library's own row builders (`data.store.records`), so the Parquet files and the
library say the same thing in the same words.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from data.store import records

TABLES = ("articles", "claims", "sentences")

_EVIDENCE_BAR = pa.struct(
    [
        ("session", pa.string()),
        ("open", pa.float64()),
        ("high", pa.float64()),
        ("low", pa.float64()),
        ("close", pa.float64()),
        ("volume", pa.float64()),
        ("note", pa.string()),
    ]
)

SCHEMAS = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("title", pa.string()),
            ("published_at", pa.timestamp("us", tz="UTC")),
            ("published_local", pa.string()),
            ("published_origin", pa.string()),
            ("published_precision", pa.string()),
            ("claims", pa.int32()),
            ("sentiment_label", pa.string()),
            ("sentiment_score", pa.float64()),
            ("sentiment_model", pa.string()),
            ("price_sources", pa.list_(pa.string())),
            ("warnings", pa.list_(pa.string())),
            ("text", pa.string()),
            ("analysed_at", pa.timestamp("us", tz="UTC")),
        ]
    ),
    "claims": pa.schema(
        [
            ("article_id", pa.string()),
            ("position", pa.int32()),
            ("entity", pa.string()),
            ("ticker", pa.string()),
            ("exchange", pa.string()),
            ("mic", pa.string()),
            ("kind", pa.string()),
            ("direction", pa.string()),
            ("magnitude", pa.float64()),
            ("unit", pa.string()),
            ("level", pa.float64()),
            ("currency", pa.string()),
            ("claim_date", pa.date32()),
            ("start_date", pa.date32()),
            ("sessions", pa.int32()),
            ("hedge", pa.string()),
            ("span_start", pa.int32()),
            ("span_end", pa.int32()),
            ("text", pa.string()),
            ("verdict", pa.string()),
            ("reason", pa.string()),
            ("actual", pa.float64()),
            ("actual_level", pa.float64()),
            ("close_to_close", pa.float64()),
            ("price_source", pa.string()),
            ("evidence", pa.list_(_EVIDENCE_BAR)),
        ]
    ),
    "sentences": pa.schema(
        [
            ("article_id", pa.string()),
            ("position", pa.int32()),
            ("text", pa.string()),
            ("span_start", pa.int32()),
            ("span_end", pa.int32()),
            ("label", pa.string()),
            ("score", pa.float64()),
            ("excluded", pa.string()),
        ]
    ),
}


def article_rows(analysis, analysed_at: dt.datetime) -> dict[str, list[dict]]:
    """The rows one analysed article adds to each table."""
    article = analysis.article
    stored = records.article_row(analysis, analysed_at)
    article_row = {name: stored[name] for name in SCHEMAS["articles"].names if name in stored}
    article_row.update(
        published_at=article.published.astimezone(dt.timezone.utc) if article.published else None,
        claims=len(analysis.claims),
        analysed_at=analysed_at,
    )
    sentences = []
    if analysis.sentiment is not None:
        for position, sentence in enumerate(analysis.sentiment.sentences):
            sentences.append(
                {
                    "article_id": article.id,
                    "position": position,
                    "text": sentence.text,
                    "span_start": sentence.span[0],
                    "span_end": sentence.span[1],
                    "label": sentence.label.value,
                    "score": sentence.score,
                    "excluded": sentence.excluded,
                }
            )
    return {"articles": [article_row], "claims": records.claim_rows(article.id, analysis.claims), "sentences": sentences}


class ParquetOutput:
    """The output folder of one run: which articles it already holds, and where the next partition goes."""

    def __init__(self, folder: Path, run_name: str) -> None:
        self.folder = Path(folder)
        self.run_name = run_name
        self.article_ids: set[str] = set()

    @classmethod
    def open(cls, folder: Path) -> "ParquetOutput":
        """The output folder, created if need be, cleared of partitions a killed run left half-written."""
        folder = Path(folder)
        for table in TABLES:
            (folder / table).mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
        output = cls(folder, f"{stamp}-{secrets.token_hex(3)}")
        committed = {path.name for path in (folder / "articles").glob("part-*.parquet")}
        for table in TABLES:
            for leftover in (folder / table).glob(".tmp-*"):
                leftover.unlink()
            if table != "articles":
                for path in (folder / table).glob("part-*.parquet"):
                    if path.name not in committed:
                        path.unlink()
        for path in sorted((folder / "articles").glob("part-*.parquet")):
            output.article_ids.update(pq.read_table(path, columns=["id"]).column("id").to_pylist())
        return output

    def write_partition(self, partition: int, rows: dict[str, list[dict]]) -> None:
        """Add one partition's rows to every table; the articles file last, as the commit."""
        if not rows["articles"]:
            return
        name = f"part-{self.run_name}-{partition:06d}.parquet"
        for table in ("claims", "sentences", "articles"):
            if rows[table]:
                self._write(self.folder / table / name, pa.Table.from_pylist(rows[table], schema=SCHEMAS[table]))
        self.article_ids.update(row["id"] for row in rows["articles"])

    @staticmethod
    def _write(path: Path, table: pa.Table) -> None:
        temporary = path.with_name(f".tmp-{path.name}")
        pq.write_table(table, temporary)
        os.replace(temporary, path)


def read_table(folder: Path, table: str):
    """Every run's rows of one table as a DataFrame (empty, with the right columns, when there are none)."""
    files = sorted((Path(folder) / table).glob("part-*.parquet"))
    if not files:
        return SCHEMAS[table].empty_table().to_pandas()
    return pa.concat_tables(pq.read_table(path, schema=SCHEMAS[table]) for path in files).to_pandas()
