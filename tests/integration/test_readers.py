"""On SQLite, reading never waits for a writer: the review pages and `grantbox list` answer
while another process holds the write lock (intake recording, a reviewer deciding)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from grantbox.config import Settings
from grantbox.review import auth
from grantbox.review.web import create_app
from grantbox.store import open_store
from tests.review_seed import seed_application, sign_in

TestClient = pytest.importorskip("fastapi.testclient").TestClient
PASSWORD = "correct horse battery staple"
QUICK = 5.0  # seconds; a reader that waited for the lock would wait the 30 s busy timeout


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]


@pytest.fixture
def seeded(settings):
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)
    app_id = seed_application(store, settings, name="Ada Reader")
    yield store, app_id
    store.dispose()


def write_lock_held(settings: Settings) -> Iterator[sqlite3.Connection]:
    """Another process's writer, mid-transaction: BEGIN IMMEDIATE and an uncommitted write."""
    writer = sqlite3.connect(settings.data_dir / "grantbox.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE applications SET name = name")
    try:
        yield writer
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_grantbox_list_answers_while_a_writer_holds_the_lock(settings, seeded):
    env = {**os.environ, "GRANTBOX_DATA_DIR": str(settings.data_dir)}
    for _writer in write_lock_held(settings):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "grantbox.cli", "list", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=QUICK * 6,
        )
        took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    assert "Ada Reader" in done.stdout
    assert took < QUICK, f"grantbox list took {took:.1f} s behind a writer"


def test_review_pages_answer_while_a_writer_holds_the_lock(settings, seeded):
    store, app_id = seeded
    client = TestClient(create_app(settings, store), base_url="http://testserver")
    assert sign_in(client, "alice", PASSWORD).status_code == 303
    for _writer in write_lock_held(settings):
        for path in ("/", f"/applications/{app_id}"):
            started = time.monotonic()
            page = client.get(path)
            took = time.monotonic() - started
            assert page.status_code == 200 and "Ada Reader" in page.text, path
            assert took < QUICK, f"{path} took {took:.1f} s behind a writer"
