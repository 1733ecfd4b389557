"""A batch worker started with Dask's MALLOC_TRIM_THRESHOLD_ reuses freed large buffers once prepared.

Run in a child process with the environment a Dask nanny gives its workers, so the C library reads
it at start as it does there; page faults are the kernel's own count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys
from analysis.batch.allocator import keep_large_buffers

def faults_for_buffers(rounds=200, size=4 << 20):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(rounds):
        buffer = bytearray(size)  # zero-filled: every page is touched, as a tensor's would be
        del buffer
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

faults_for_buffers(5)
untuned = faults_for_buffers()
applied = keep_large_buffers()
faults_for_buffers(5)
print(json.dumps({"applied": applied, "untuned": untuned, "tuned": faults_for_buffers()}))
"""


def test_large_buffers_are_reused_after_the_worker_is_prepared_under_dasks_trim_setting():
    env = dict(os.environ, MALLOC_TRIM_THRESHOLD_="65536", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["applied"] is True
    # each 4 MiB buffer is 1,024 pages: mapped afresh every time before, reused from the heap after
    assert figures["untuned"] > 200 * 1000
    assert figures["tuned"] < figures["untuned"] / 20
