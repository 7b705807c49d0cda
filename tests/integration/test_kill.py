"""Nothing lost, nothing twice: `grantbox intake` killed with SIGKILL at random moments.

Each round starts the real CLI as a process group (the CLI and its extraction workers), kills
the whole group after a random delay — during start-up, the first migration, fetching, file
reading or a commit — and sometimes more mail arrives between rounds. A last run completes.
Then every email in the mailbox must be recorded exactly once, with exactly one location, one
application per applicant, one creation event per application, and its bytes on disk.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import event, func, inspect, make_url, select

from grantbox.blobs import BlobStore
from grantbox.store import make_engine, migrate
from grantbox.store.tables import Application, Event, Message, MessageLocation, Resume
from tests.factories import application_email, data_file, resume_pdf

ROUNDS = 10


def _emails(start: int, n: int) -> list[bytes]:
    pdf, docx = resume_pdf(), data_file("resumes/generated/alsayed-docx-header.docx")
    out = []
    for i in range(start, start + n):
        if i % 3 == 0:
            files = [(f"cv-{i}.pdf", pdf, "application/pdf")]
        elif i % 3 == 1:
            files = [(f"cv-{i}.docx", docx, "application/octet-stream")]
        else:
            files = []
        out.append(application_email(f"person{i}@mail.test", name=f"Person {i}", attachments=files))
    return out


def _start(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "grantbox.cli", "intake"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _run(env: dict[str, str], kill_after: float | None) -> bool:
    """Run one intake; kill it after `kill_after` seconds. True when it was killed."""
    proc = _start(env)
    try:
        proc.wait(timeout=kill_after if kill_after is not None else 300)
    except subprocess.TimeoutExpired:
        _kill(proc)
        return True
    assert proc.returncode == 0, f"intake exited {proc.returncode}"
    return False


def _run_until(env: dict[str, str], recorded: Callable[[], int], target: int, then: float) -> bool:
    """Run one intake and kill it `then` seconds after `target` messages are recorded: a
    kill inside the pass however fast this machine is today. True when it was killed."""
    proc = _start(env)
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if recorded() >= target:
            time.sleep(then)
            if proc.poll() is None:
                _kill(proc)
                return True
        time.sleep(0.01)
    assert proc.wait(timeout=1) == 0, f"intake exited {proc.returncode}"
    return False


def _counter(database_url: str) -> Callable[[], int]:
    """Counts recorded messages without taking a lock the intake process would wait for."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":

        def count_sqlite() -> int:
            try:
                conn = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, timeout=5)
            except sqlite3.OperationalError:
                return 0  # no database yet
            try:
                return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
            except sqlite3.OperationalError:
                return 0  # no schema yet
            finally:
                conn.close()

        return count_sqlite
    engine = make_engine(database_url)

    def count_postgresql() -> int:
        with engine.connect() as conn:
            if not inspect(conn).has_table("messages"):
                return 0
            return conn.execute(select(func.count()).select_from(Message)).scalar_one()

    return count_postgresql


def test_intake_killed_at_random_points_records_every_email_exactly_once(
    dovecot, program_mailbox, settings_env, make_settings, store_for, database_url
):
    seed = int(os.environ.get("GRANTBOX_KILL_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    env = settings_env(database_url=database_url, imap_batch_size=5)
    sent: list[bytes] = []

    def arrive(n: int) -> None:
        for raw in _emails(len(sent), n):
            dovecot.append(program_mailbox, raw)
            sent.append(raw)

    arrive(24)
    recorded = _counter(database_url)
    kills = mid_pass = 0
    for round_ in range(ROUNDS):
        if round_ and rng.random() < 0.5:
            arrive(rng.randint(2, 8))
        before = recorded()
        if rng.random() < 0.3 or before + 1 >= len(sent):
            # Anywhere: start-up, the first migration, the IMAP login, the first fetch.
            killed = _run(env, kill_after=rng.uniform(0.1, 2.5))
        else:
            # Inside the pass: after the n-th new message is committed, plus a little.
            target = rng.randint(before + 1, len(sent) - 1)
            killed = _run_until(env, recorded, target, then=rng.uniform(0, 0.05))
        kills += killed
        mid_pass += killed and before < recorded() < len(sent)
    arrive(2)
    _run(env, kill_after=None)
    assert kills >= ROUNDS // 2 and mid_pass >= 2, (
        f"seed {seed}: {kills} kills, {mid_pass} mid-pass"
    )

    settings = make_settings(database_url=database_url)
    store = store_for(settings)
    blobs = BlobStore(settings.blob_dir)
    with store.sessions() as session:
        messages = session.scalars(select(Message)).all()
        assert len(messages) == len(sent), f"seed {seed}"
        assert all(m.error is None for m in messages), [m.error for m in messages if m.error]
        assert {m.from_addr for m in messages} == {f"person{i}@mail.test" for i in range(len(sent))}
        locations = Counter(
            session.scalars(select(MessageLocation.message_pk)).all()
        )  # one place in the mailbox each
        assert sorted(locations) == sorted(m.id for m in messages)
        assert set(locations.values()) == {1}
        assert all(blobs.path(m.content_sha256).exists() for m in messages)

        apps = session.scalars(select(Application)).all()
        assert len(apps) == len(sent) == len({a.email for a in apps})
        created = Counter(
            session.scalars(select(Event.application_id).where(Event.kind == "created")).all()
        )
        assert created == Counter(a.id for a in apps)
        resumes = session.scalar(select(func.count()).select_from(Resume))
        assert resumes == sum(1 for i in range(len(sent)) if i % 3 != 2)
        received = Counter(
            session.scalars(select(Event.message_pk).where(Event.kind == "resume_received")).all()
        )
        assert set(received.values()) == {1}


def test_a_first_migration_interrupted_halfway_leaves_no_half_made_schema(database_url):
    """A kill in the middle of the first run's migration is an uncommitted transaction: the
    same as this failure after the fourth CREATE TABLE. Nothing of it may stay behind."""
    engine = make_engine(database_url)
    created = 0

    def interrupt(conn, cursor, statement, *args):
        nonlocal created
        if statement.lstrip().upper().startswith("CREATE TABLE"):
            created += 1
            if created == 4:
                raise RuntimeError("interrupted")

    event.listen(engine, "before_cursor_execute", interrupt)
    with pytest.raises(RuntimeError, match="interrupted"):
        migrate(engine)
    event.remove(engine, "before_cursor_execute", interrupt)
    assert inspect(engine).get_table_names() == []

    migrate(engine)
    assert {"applications", "messages", "alembic_version"} <= set(inspect(engine).get_table_names())
    engine.dispose()
