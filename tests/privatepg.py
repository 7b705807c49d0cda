"""A private PostgreSQL server for tests that kill it: never the machine's own.

Nothing here is a test; import it from tests (``from tests.privatepg import PrivatePostgres``)::

    with PrivatePostgres() as pg:
        url = pg.url          # postgresql://postgres@127.0.0.1:<port>/grantbox
        pg.kill()             # SIGKILL the postmaster (a crash; open connections die)
        pg.start()            # the same data directory, the same port

initdb refuses to run as root, so when the tests run as root the cluster belongs to the
`postgres` user (Debian's packages create it) and every binary runs as that user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests.mailservers import free_port, wait_for_port

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def private_postgres_available() -> bool:
    return any((d / "initdb").exists() for d in BIN_DIRS)


class PrivatePostgres:
    def __init__(self) -> None:
        if not private_postgres_available():
            raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql")
        self.bin = BIN_DIRS[0]
        # Its own directory under /tmp, not pytest's: pytest makes its base 0700 again at every
        # start, and the postgres user must reach the data directory while other runs start.
        self.root = Path(tempfile.mkdtemp(prefix="grantbox-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._as_user: str | None = "postgres" if os.geteuid() == 0 else None

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/grantbox"

    def __enter__(self) -> PrivatePostgres:
        self.init()
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    def _as(self) -> dict[str, str]:
        """Popen's arguments to run as the cluster's owner: directly, not through runuser, so
        that the postmaster is our own child and is reaped when killed (a zombie keeps its
        PID, and a restart would take it for a live postmaster)."""
        return {"user": self._as_user, "group": self._as_user} if self._as_user else {}

    def init(self) -> None:
        if self._as_user:
            entry = pwd.getpwnam(self._as_user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        subprocess.run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
            ],
            check=True,
            capture_output=True,
            **self._as(),  # type: ignore[arg-type]
        )

    def start(self) -> None:
        log = open(self.root / "postgres.log", "ab")  # noqa: SIM115 (the server keeps it)
        self.proc = subprocess.Popen(
            [
                str(self.bin / "postgres"),
                "-D",
                str(self.data),
                "-p",
                str(self.port),
                "-h",
                "127.0.0.1",
                "-k",
                str(self.root),
                "-c",
                "fsync=off",
                "-c",
                "max_connections=40",
            ],
            stdout=log,
            stderr=log,
            start_new_session=True,
            **self._as(),  # type: ignore[arg-type]
        )
        log.close()
        deadline = time.monotonic() + 30
        while True:
            probe = subprocess.run(
                [str(self.bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.port)],
                check=False,
            )
            if probe.returncode == 0:
                break
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    "private PostgreSQL did not start: "
                    + (self.root / "postgres.log").read_text()[-2000:]
                )
            time.sleep(0.1)
        wait_for_port("127.0.0.1", self.port)
        subprocess.run(
            [
                "psql",
                "-q",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "postgres",
                "-c",
                "CREATE DATABASE grantbox",
            ],
            check=False,
            capture_output=True,
        )

    def kill(self) -> None:
        """SIGKILL the postmaster and its children: what a crash or an OOM kill does."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None
        # The killed server's lock files stay behind: a crash's leftovers, which the next
        # start would otherwise have to judge.
        for stale in (self.data / "postmaster.pid", *self.root.glob(".s.PGSQL.*.lock")):
            with contextlib.suppress(OSError):
                stale.unlink()
