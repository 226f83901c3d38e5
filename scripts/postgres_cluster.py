"""A throwaway PostgreSQL/PostGIS server for the store tests and ``make demo-postgis`` (issue #17): ``initdb`` into a
temporary folder, ``pg_ctl start`` on a free local port with its socket in that folder, one database with PostGIS,
and ``stop`` removes everything. Run as an unprivileged user (PostgreSQL refuses root: as root the server runs as the
``postgres`` account Debian's package creates). Nothing is skipped: if the server cannot start, the tests that
need it fail with the server's own log."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

DATABASE = "districts"


class ClusterError(RuntimeError):
    pass


def _binaries() -> Path:
    """The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise ClusterError("PostgreSQL is not installed (Debian: apt-get install postgresql postgis; make setup does)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayCluster:
    def __init__(self):
        self.bin = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="cdp-postgres-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = None  # the account the server runs as (None: this process's)
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            self.user = account.pw_name
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self.running = False

    def _run(self, *command: str, stdin: str | None = None) -> str:
        completed = subprocess.run(
            [str(self.bin / command[0]), *command[1:]],
            input=stdin,
            capture_output=True,
            text=True,
            user=self.user,
            cwd=self.folder,
            timeout=120,
        )
        if completed.returncode != 0:
            log = self.folder / "server.log"
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise ClusterError(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}{server_log}")
        return completed.stdout

    def start(self) -> ThrowawayCluster:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale")
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")
        self.running = True
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", DATABASE)
        self.sql("CREATE EXTENSION postgis")
        return self

    def sql(self, statement: str, database: str = DATABASE) -> str:
        return self._run(
            "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "postgres", "-d", database, "-c", statement,
        )  # fmt: skip

    def sql_file(self, path, database: str = DATABASE, **variables: str) -> str:
        """Run a SQL script with psql, its ``:variables`` given. The script goes through standard input: the server's
        account may not read the folder it is in (a private temporary clone)."""
        settings = [f"--set={name}={value}" for name, value in variables.items()]
        return self._run(
            "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "postgres", "-d", database, *settings, "-f", "-", stdin=Path(path).read_text(encoding="utf-8"),
        )  # fmt: skip

    def uri(self, schema: str, database: str = DATABASE) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}?schema={schema}"

    def __enter__(self) -> ThrowawayCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.running:
            with contextlib.suppress(ClusterError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)
