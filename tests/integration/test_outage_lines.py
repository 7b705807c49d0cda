"""When a server or the disk fails, the command says so in one line naming the part at fault
and the fix (no traceback, no SQL, no applicant data), exits non-zero, and once the fault is
gone the next pass records every email exactly once and answers every applicant once.

Real parts throughout: Dovecot behind a proxy that hangs mid-FETCH, a tmpfs that fills up, a
SQLite database another process holds locked, and a private PostgreSQL server killed with
SIGKILL before and during a pass (never the machine's own).
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from grantbox.store import open_store
from grantbox.store.tables import Message
from tests.factories import application_email, resume_pdf
from tests.faultproxy import FaultProxy
from tests.privatepg import PrivatePostgres, private_postgres_available


def _cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "grantbox.cli", *args],
        env={**env, "COLUMNS": "80"},  # a narrow terminal: the line must still be one line
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The failure line: the only line on stderr, with no traceback and no SQL."""
    lines = done.stderr.strip().splitlines()
    print(lines)
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("grantbox: "), done.stderr
    for leak in ("Traceback", "SELECT", "INSERT", "UPDATE", "[SQL", "parameters"):
        assert leak not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def desk(dovecot, program_mailbox, settings_env, smtp):
    """The program's mailbox, the relay, and `desk.env(**settings)` for the CLI."""

    class Desk:
        def __init__(self) -> None:
            self.senders: list[str] = []

        def env(self, **overrides: object) -> dict[str, str]:
            base = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
            return settings_env(**{**base, **overrides})

        def applications(self, n: int, *, photo: int = 0, tag: str = "") -> None:
            for i in range(n):
                address, _ = dovecot.add_user(f"app{i}{tag}-{program_mailbox.split('@')[0]}")
                attachments = [("cv.pdf", resume_pdf(), "application/pdf")]
                if photo:
                    attachments.append(
                        ("me.jpg", b"\xff\xd8\xff\xe0" + os.urandom(photo), "image/jpeg")
                    )
                dovecot.append(program_mailbox, application_email(address, attachments=attachments))
                self.senders.append(address)

        def answered_once(self) -> None:
            """Every applicant has exactly one email from us in their inbox."""
            for address in self.senders:
                assert len(dovecot.messages(address)) == 1, address

    return Desk()


def _recorded(env: dict[str, str]) -> Counter[str]:
    """Who the recorded emails are from, read with the command's own settings."""
    from grantbox.config import Settings

    data = Path(env["GRANTBOX_DATA_DIR"])
    store = open_store(Settings(data_dir=data, database_url=env.get("GRANTBOX_DATABASE_URL")))
    try:
        with store.sessions() as session:
            return Counter(session.scalars(select(Message.from_addr)))
    finally:
        store.dispose()


def test_imap_hanging_mid_fetch_names_the_server_and_loses_nothing(desk, dovecot, tmp_path):
    env = desk.env(imap_timeout=1)
    assert _cli(env, "intake").returncode == 0  # first connection: the empty inbox
    desk.applications(3, photo=200_000)
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        proxy.stall_after = 100_000  # past the greeting, login and sizes: inside a FETCH
        hung = {**env, "GRANTBOX_IMAP_PORT": str(proxy.port)}
        started = time.monotonic()
        done = _cli(hung, "intake", "--send")
        took = time.monotonic() - started
        line = _one_line(done)
        assert done.returncode == 1
        assert f"the IMAP server {dovecot.host}:{proxy.port}" in line, line
        assert "timed out" in line and "GRANTBOX_IMAP_TIMEOUT" in line, line
        assert took < 30, took
        proxy.stall_after = None
        proxy.up()  # the server answers again
        again = _cli(hung, "intake", "--send")
        assert again.returncode == 0, again.stderr
    assert _recorded(env) == Counter(desk.senders)
    desk.answered_once()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs: a real file system that runs out of space."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_line_and_the_next_pass_takes_everything_once(desk, small_disk):
    data = small_disk / "data"
    env = desk.env(data_dir=data)
    env.pop("GRANTBOX_DATABASE_URL", None)  # the SQLite database on the small disk too
    assert _cli(env, "intake").returncode == 0, _cli(env, "intake").stderr
    desk.applications(4, photo=900_000)  # about 4 MB of attachments for a 3 MB disk
    full = _cli(env, "intake", "--send")
    line = _one_line(full)
    assert full.returncode == 1
    assert str(small_disk) in line, line  # the path, on the disk that is full
    assert "free space" in line, line
    assert "no space left" in line or "could not be written" in line, line
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    again = _cli(env, "intake", "--send")
    assert again.returncode == 0, again.stderr
    assert _recorded(env) == Counter(desk.senders)
    desk.answered_once()


def test_a_locked_database_is_named_and_readers_still_answer(desk, tmp_path):
    env = desk.env(database_lock_timeout=1)
    env.pop("GRANTBOX_DATABASE_URL", None)
    data = Path(env["GRANTBOX_DATA_DIR"])
    assert _cli(env, "intake").returncode == 0
    desk.applications(1)
    holder = sqlite3.connect(data / "grantbox.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a long write
    try:
        started = time.monotonic()
        locked = _cli(env, "intake")
        line = _one_line(locked)
        assert locked.returncode == 1
        assert f"the database {(data / 'grantbox.db').resolve()} stayed locked" in line, line
        assert "try again" in line
        assert time.monotonic() - started < 20
        listed = _cli(env, "list", "--json")  # a reader does not wait for the writer
        assert listed.returncode == 0, listed.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _cli(env, "intake", "--send").returncode == 0
    desk.answered_once()


@pytest.fixture
def postgres() -> Iterator[PrivatePostgres]:
    if not private_postgres_available():
        pytest.fail("PostgreSQL server binaries are missing (scripts/install-system-deps.sh)")
    with PrivatePostgres() as pg:
        yield pg


def _count(url: str) -> int:
    try:
        with psycopg.connect(url, connect_timeout=2) as c:
            row = c.execute("SELECT count(*) FROM messages").fetchone()
            return int(row[0]) if row else 0
    except psycopg.Error:
        return -1


def test_postgres_killed_before_and_during_a_pass(desk, postgres, tmp_path):
    env = desk.env(database_url=postgres.url)
    assert _cli(env, "intake").returncode == 0
    applicants = 6
    desk.applications(applicants, photo=150_000)

    postgres.kill()
    down = _cli(env, "intake", "--send")
    line = _one_line(down)
    assert down.returncode == 1
    assert f"cannot reach the database 127.0.0.1:{postgres.port}/grantbox" in line, line
    assert "GRANTBOX_DATABASE_URL" in line

    postgres.start()
    running = subprocess.Popen(
        [sys.executable, "-m", "grantbox.cli", "intake", "--send"],
        env={**env, "COLUMNS": "80"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    seen = 0
    while time.monotonic() < deadline and running.poll() is None:
        seen = _count(postgres.url)
        if seen >= 1:
            break
        time.sleep(0.01)
    postgres.kill()  # mid-pass: some emails recorded, the rest not
    _out, err = running.communicate(timeout=60)
    print("recorded when killed:", seen, "exit:", running.returncode)
    if seen < applicants:  # the kill landed inside the pass
        assert running.returncode != 0
        last = err.strip().splitlines()[-1]
        print(err)
        assert last.startswith("grantbox: ") and "database" in last, err
        assert "Traceback" not in err

    postgres.start()
    again = _cli(env, "intake", "--send")
    assert again.returncode == 0, again.stderr
    assert _recorded(env) == Counter(desk.senders)
    desk.answered_once()


def test_intake_send_exits_75_when_the_answers_could_not_go_out(desk):
    env = desk.env()
    assert _cli(env, "intake").returncode == 0
    desk.applications(1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    down = _cli({**env, "GRANTBOX_SMTP_PORT": str(closed)}, "intake", "--send")
    assert down.returncode == 75, down.stderr  # recorded, but the answer is still queued
    line = _one_line(down)
    assert "kept queued" in line and f"127.0.0.1:{closed}" in line, line
    assert _recorded(env) == Counter(desk.senders)
    [queued] = json.loads(_cli(env, "outbox", "--json").stdout)
    assert queued["status"] == "queued" and "Connection refused" in queued["last_error"]
    # The server is back; rather than wait for the backoff, the operator says "now".
    assert _cli(env, "outbox", "retry", str(queued["id"])).returncode == 0
    assert _cli(env, "send").returncode == 0
    desk.answered_once()
