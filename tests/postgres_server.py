"""A real, throwaway PostgreSQL server for tests: initdb into a temp dir, start it on a free port, stop it at the end.

Uses the server binaries of Debian's postgresql package (/usr/lib/postgresql/<version>/bin), which is
what CI installs. The server refuses to run as root, so when the tests run as root it is run as the
`postgres` system user (via runuser) in a temp dir owned by that user. When no binaries are
installed, tests asking for the server are skipped with the reason; they never fall back to a mock.

Durability is switched off (fsync, synchronous_commit): the data lives for one test session.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SUPERUSER = "postgres"
DATABASE = "tapecheck_test"


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL server's bin folder, or None."""
    candidates = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")]
    candidates = [c for c in candidates if (c / "initdb").exists() and (c / "postgres").exists()]

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in path.parent.name.split(".") if part.isdigit())

    return max(candidates, key=version) if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One running server with one test database; `fresh_url()` gives each test an empty schema in it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.run_as: str | None = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam(SUPERUSER)
            except KeyError:
                pytest.skip("running as root and there is no 'postgres' system user to run the PostgreSQL server")
            self.run_as = SUPERUSER
        # Not under pytest's tmp dir: that is private to root, and the server may run as another user.
        self.root = Path(tempfile.mkdtemp(prefix="tapecheck-pg-"))
        self.data_dir = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            os.chown(self.root, user.pw_uid, user.pw_gid)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.root)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data_dir), "--auth=trust", "-U", SUPERUSER, "--no-sync", "-E", "UTF8")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = DATABASE, schema: str | None = None) -> str:
        url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"
        return f"{url}?options=-csearch_path%3D{schema}" if schema else url

    def _admin(self, database: str = "postgres") -> "psycopg.Connection":
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True)

    def create_database(self) -> None:
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{DATABASE}"')

    def fresh_url(self) -> str:
        """The URL of a new, empty schema in the test database: as good as a new database, 50 times faster to make."""
        schema = f"test_{next(self._names)}"
        with self._admin(DATABASE) as admin:
            admin.execute(f'CREATE SCHEMA "{schema}"')
        return self.url(DATABASE, schema)


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the whole test session, or a skip saying why there cannot be one."""
    bin_dir = server_binaries()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (install Debian's postgresql package)")
    server = PostgresServer(bin_dir)
    try:
        server.start()
        server.create_database()
        yield server
    finally:
        server.stop()


@pytest.fixture()
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty place on the session's server: a schema of its own, found through search_path."""
    return postgres_server.fresh_url()
