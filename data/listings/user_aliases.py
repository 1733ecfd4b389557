"""The user's own alias file (`alias,symbol[,name]` rows), written by the ticker picker.

An analyst who links "Northmere Quantum" to a listing once should not have to do it again: the
pick becomes a row of the same file `TAPECHECK_USER_ALIASES` names, which the listing directory
reads at load, so the app, the CLI and batch runs all resolve the name from then on.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

HEADER = ["alias", "symbol", "name"]


def remember_alias(path: Path, alias: str, symbol: str, name: str = "") -> None:
    """Add (or, for an alias already there, replace) the row `alias -> symbol` in the file at `path`.

    The file is rewritten whole through a temporary file and a rename, so a crash mid-write
    leaves the old file, never half a row the directory would refuse at its next load.
    """
    alias, symbol = alias.strip(), symbol.strip().upper()
    if not alias or not symbol:
        raise ValueError("an alias and a symbol are both needed")
    rows = [row for row in _rows(path) if row[0].strip().casefold() != alias.casefold()]
    rows.append([alias, symbol, name.strip()])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(buffer.getvalue())
    os.replace(temporary, path)


def _rows(path: Path) -> list[list[str]]:
    """The file's alias rows, without its header; comments are kept as the user wrote them."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle) if row and [cell.strip().lower() for cell in row[:2]] != HEADER[:2]]
