"""Shared test setup: every test runs offline-safe, with its own cache and library files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Point the cache, library and alias file at the test's temp dir so no test touches the user's files."""
    monkeypatch.setenv("TAPECHECK_CACHE_PATH", str(tmp_path / "prices.sqlite"))
    monkeypatch.setenv("TAPECHECK_DATABASE_URL", str(tmp_path / "library.sqlite"))
    monkeypatch.setenv("TAPECHECK_USER_ALIASES", str(tmp_path / "aliases.csv"))
    monkeypatch.setenv("TAPECHECK_NETWORK_TIMEOUT", "3")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    yield
