"""Analysing an archive: every article of a folder or table through `analyze`, into the library and Parquet files.

    from analysis.batch import BatchOptions, run_batch
    summary = run_batch(BatchOptions(input=Path("archive/"), out=Path("out/"), engine="dask"), settings)
    print("\\n".join(summary.lines()))

    sources   what an input holds, read in a stable order (`iter_sources`)
    worker    what runs in a worker process: resources loaded once, `scan_partition`, `run_partition`
    prices    the batch's price needs, merged per listing and fetched once
    engines   the standard library's process pool, or Dask distributed
    parquet   the output tables, one file per partition
    known     what each source read as in earlier runs (`sources.jsonl`): a rerun with nothing left starts no worker
    run       the driver: scan, fetch, analyse, write, summarise
"""

from analysis.batch.run import BatchOptions, BatchStopped, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchStopped", "BatchSummary", "run_batch"]
