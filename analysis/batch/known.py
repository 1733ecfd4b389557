"""What earlier runs learnt by reading each source: the id of its article, or why it could not be read.

`sources.jsonl` in the output folder has one line per source a scan has read:

    {"source": "<fingerprint>", "article_id": "3f2a..."}        or        {"source": "<fingerprint>", "unreadable": "<reason>"}

The fingerprint hashes everything reading depends on: the source's label, `published` and content, and the
code and libraries that turn bytes into an `Article` (`reader_version`). The same fingerprint therefore
reads as the same article, or fails for the same reason, so the driver can tell before any worker starts
whether a rerun has anything left to do. An article is still known by the hash of its normalised text:
this file only remembers which hash a source gave, and whether that article is done is asked of the
output and the library, as always. A changed file, another reader, or a source never scanned is not
in the file, and the run scans as it always did.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from analysis.batch.sources import Source

SOURCES_FILE = "sources.jsonl"
# What turns a source into an article: our reading code, and the libraries it parses formats with.
_READING_MODULES = ("ingest", "models.py", "sentences.py", "errors.py", "batch/sources.py")
_READING_LIBRARIES = ("beautifulsoup4", "lxml", "pypdf", "python-docx", "trafilatura")


@functools.lru_cache(maxsize=1)
def reader_version() -> str:
    """A digest of the code and library versions that read sources: a new reader forgets what the old one read."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for name in _READING_MODULES:
        place = package / name
        for path in sorted(place.glob("*.py")) if place.is_dir() else [place]:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for distribution in _READING_LIBRARIES:
        try:
            version = importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{distribution}=={version}\0".encode())
    return digest.hexdigest()


def fingerprint(source: Source) -> str:
    """What identifies a source's reading, wherever it sits in the input (its position is not part of it)."""
    digest = hashlib.sha256(reader_version().encode())
    for part in (source.label, source.published or "", source.problem):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    if source.data is not None:
        digest.update(b"\0bytes\0" + source.data)
    else:
        digest.update(b"\0text\0" + (source.text or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Reading:
    """What a source read as: exactly one of an article id and the reason it could not be read."""

    article_id: str | None = None
    unreadable: str | None = None


class KnownSources:
    """`sources.jsonl` of an output folder, read once and appended to as scans finish."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._readings: dict[str, Reading] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    reading = Reading(entry.get("article_id"), entry.get("unreadable"))
                    key = entry["source"]
                except (json.JSONDecodeError, KeyError, TypeError, AttributeError):
                    continue  # a line cut short by a kill
                if (reading.article_id is None) != (reading.unreadable is None):
                    self._readings[key] = reading

    @classmethod
    def open(cls, folder: Path) -> "KnownSources":
        return cls(Path(folder) / SOURCES_FILE)

    def __len__(self) -> int:
        return len(self._readings)

    def get(self, source: Source) -> Reading | None:
        return self._readings.get(fingerprint(source))

    def add(self, readings: Iterable[tuple[Source, Reading]]) -> None:
        fresh: dict[str, Reading] = {}
        for source, reading in readings:
            key = fingerprint(source)
            if key not in self._readings:
                fresh[key] = reading
        if not fresh:
            return
        with self.path.open("a", encoding="utf-8") as handle:
            for key, reading in fresh.items():
                entry = {"source": key, "article_id": reading.article_id} if reading.article_id is not None else {
                    "source": key, "unreadable": reading.unreadable}
                handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._readings.update(fresh)
