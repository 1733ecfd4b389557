"""`python -m analysis extract`: the fixed JSON-lines contract, and bad input that never stops the rest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "smic-rally-2024-12-23.txt"


def run_extract(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "extract", "--no-sentiment", *arguments],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)


def test_jsonl_in_gives_one_object_a_line_with_id_published_and_claims(tmp_path):
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps({"id": "smic", "text": SAMPLE.read_text(encoding="utf-8"),
                                 "published": "2024-12-23T00:59:00-05:00"}) + "\n", encoding="utf-8")
    result = run_extract("--jsonl", str(lines))
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "smic" and record["published"].startswith("2024-12-23T00:59")
    assert {c["ticker"] for c in record["claims"]} == {"688981.SS", "0981.HK"}


def test_a_bad_file_gets_one_line_on_stderr_the_rest_goes_through_and_the_exit_code_says_so(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run_extract(str(empty), str(SAMPLE))
    assert result.returncode == 1
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1
