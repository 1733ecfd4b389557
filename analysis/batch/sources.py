"""What a batch reads: every article of a folder, a JSONL file, or a Parquet or CSV table, in a fixed order.

A `Source` is one article as it travels to a worker: its label (a file name, or a table's `id`), and
either its text or its file's bytes. The driver reads sources; workers turn them into `Article`s, so
parsing PDFs runs in parallel and a worker on another machine needs no access to the driver's files.
The order is the same on every run (files sorted by path, rows as stored), which is what lets a
second pass and a later run find the same article at the same position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from analysis.errors import InputError
from analysis.ingest.readers import HTML_SUFFIXES, MAX_BYTES, TEXT_SUFFIXES

ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
TABLE_SUFFIXES = {".jsonl", ".csv", ".parquet"}
COLUMNS = ("id", "text", "published")
_ROWS_PER_READ = 1024  # rows of a table held in memory at once


@dataclass(frozen=True)
class Source:
    """One article before it is read: exactly one of `text` and `data`, or `problem` when it could not even be read."""

    position: int
    label: str
    text: str | None = None
    data: bytes | None = None
    published: str | None = None
    problem: str = ""


def iter_sources(input_path: Path) -> Iterator[Source]:
    """Every article `input_path` holds, numbered from 0 in a stable order."""
    position = 0
    for item in _unnumbered(Path(input_path)):
        yield Source(position, item.label, item.text, item.data, item.published, item.problem)
        position += 1


def count_sources(input_path: Path) -> int:
    """How many sources `iter_sources` will yield, read cheaply (file names, table row counts)."""
    input_path = Path(input_path)
    if input_path.is_dir():
        return sum(_count_table(path) if path.suffix.lower() in TABLE_SUFFIXES else 1 for path in _folder_files(input_path))
    return _count_table(input_path)


def _unnumbered(input_path: Path) -> Iterator[Source]:
    if not input_path.exists():
        raise InputError(f"{input_path}: no such file or folder")
    if input_path.is_dir():
        for path in _folder_files(input_path):
            if path.suffix.lower() in TABLE_SUFFIXES:
                yield from _table_rows(path)
            else:
                yield _file_source(path, input_path)
        return
    if input_path.suffix.lower() not in TABLE_SUFFIXES:
        raise InputError(f"{input_path.name}: give a folder of articles, or a .jsonl, .csv or .parquet file")
    yield from _table_rows(input_path)


def _folder_files(folder: Path) -> list[Path]:
    """Article files and tables under `folder`, sorted; other files (a .json sidecar, a README) are not articles."""
    wanted = ARTICLE_SUFFIXES | TABLE_SUFFIXES
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in wanted and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _file_source(path: Path, root: Path) -> Source:
    label = str(path.relative_to(root))
    try:
        with path.open("rb") as handle:
            # One byte past the limit is enough for the reader to say the file is too large.
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        return Source(0, label, problem=f"{label}: cannot read ({error.strerror})")
    return Source(0, label, data=data)


def _table_rows(path: Path) -> Iterator[Source]:
    """The table's rows; a table that cannot be read is one bad source, not the end of the batch."""
    try:
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl_rows(path)
        else:
            yield from _arrow_rows(path)
    except InputError as error:
        yield Source(0, path.name, problem=str(error))
    except UnicodeDecodeError as error:
        yield Source(0, path.name, problem=f"{path.name}: not UTF-8 text ({error.reason} at byte {error.start})")


def _jsonl_rows(path: Path) -> Iterator[Source]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        yield Source(0, path.name, problem=f"{path.name}: cannot read ({error.strerror})")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            label = f"{path.name} line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Source(0, label, problem=f"{label}: not JSON ({error.msg})")
                continue
            yield _record_source(record, label)


def _record_source(record: object, fallback_label: str) -> Source:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return Source(0, fallback_label, problem=f'{fallback_label}: needs an object with a "text" string')
    label = str(record.get("id") or fallback_label)
    published = record.get("published")
    return Source(0, label, text=record["text"], published=str(published) if published not in (None, "") else None)


def _arrow_rows(path: Path) -> Iterator[Source]:
    for offset, batch in _arrow_batches(path):
        columns = {name: batch.column(name).to_pylist() if name in batch.schema.names else [None] * batch.num_rows for name in COLUMNS}
        for index in range(batch.num_rows):
            label = f"{path.name} row {offset + index + 1}"
            record = {name: columns[name][index] for name in COLUMNS}
            if record["published"] is not None and not isinstance(record["published"], str):
                record["published"] = record["published"].isoformat()
            yield _record_source(record, label)


def _arrow_batches(path: Path) -> Iterator[tuple[int, "pyarrow.RecordBatch"]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    try:
        if path.suffix.lower() == ".parquet":
            batches = pq.ParquetFile(path).iter_batches(batch_size=_ROWS_PER_READ)
        else:
            # Every column as text: an id of digits stays "007", a date stays as written.
            options = pacsv.ConvertOptions(column_types={name: pa.string() for name in COLUMNS})
            batches = pacsv.open_csv(path, convert_options=options)
        offset = 0
        for batch in batches:
            if "text" not in batch.schema.names:
                raise InputError(f"{path.name}: needs a 'text' column (and optionally 'id' and 'published')")
            yield offset, batch
            offset += batch.num_rows
    except (pa.ArrowInvalid, OSError) as error:
        raise InputError(f"{path.name}: cannot read as {path.suffix.lstrip('.').upper()} ({error})") from error


def _count_table(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            return pq.ParquetFile(path).metadata.num_rows
        except Exception:  # not a Parquet file after all: one bad source
            return 1
    if suffix == ".csv":
        try:
            return sum(batch.num_rows for _, batch in _arrow_batches(path))
        except InputError:
            return 1
    return 1


def load_source(source: Source):
    """The `Article` in a source; raises InputError with a reason a person can act on."""
    from analysis.ingest import load_article, parse_user_datetime

    if source.problem:
        raise InputError(source.problem)
    published = parse_user_datetime(source.published) if source.published else None
    if source.data is not None:
        article = load_article(source.data, name=source.label, published=published)
    else:
        article = load_article(source.text or "", name=source.label, published=published)
    article.source = source.label
    return article
