"""Give a worker back glibc's large-allocation behaviour when its environment turned it off.

Dask's nanny starts every worker with MALLOC_TRIM_THRESHOLD_=65536 so that freed memory goes back
to the operating system at once. Setting any malloc threshold also switches off glibc's dynamic
mmap threshold (mallopt(3)), so every tensor buffer of the sentiment model above 128 KiB is
mmapped, faulted in page by page, and unmapped again on each forward pass. Measured on a 1-worker
LocalCluster: 23-27k minor faults and 47 ms of system time per article against 4-5k and 10 ms in
a process-pool worker; the task thread ran 204-252 ms per article against 169-213 ms once the
thresholds below were set, the same as the process pool.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# mallopt(3) parameter numbers, from glibc's malloc.h
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
# The ceiling the dynamic threshold itself climbs to on 64-bit glibc (DEFAULT_MMAP_THRESHOLD_MAX), and
# twice that for trimming, which is the ratio glibc keeps when it adjusts the two on its own.
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
TRIM_THRESHOLD_BYTES = 2 * MMAP_THRESHOLD_BYTES


def keep_large_buffers() -> bool:
    """Serve large allocations from the heap and keep freed memory for reuse; True when glibc took the settings."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and other C libraries have no mallopt
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))
