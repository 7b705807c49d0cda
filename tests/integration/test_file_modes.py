"""What grantbox writes to disk is its user's alone: the database holds the reply-token
secret, the reviewers' password hashes and every resume; the blobs are resumes and raw mail.
Directories 0700 and files 0600, whatever the umask, and tightened when an earlier version
left them open."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.store import open_store


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002], ids=["umask-022", "umask-002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_a_new_store_and_its_sqlite_files_are_private(tmp_path, umask):
    data = tmp_path / "deep" / "data"
    settings = Settings(data_dir=data)  # type: ignore[call-arg]
    store = open_store(settings)
    try:
        with store.transaction() as session:  # a write: the WAL and its index exist now
            session.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
        db = data / "grantbox.db"
        wal, shm = db.with_name("grantbox.db-wal"), db.with_name("grantbox.db-shm")
        assert wal.exists() and shm.exists()
        assert {p.name: oct(mode(p)) for p in (data, data.parent, db, wal, shm)} == {
            "data": "0o700",
            "deep": "0o700",
            "grantbox.db": "0o600",
            "grantbox.db-wal": "0o600",
            "grantbox.db-shm": "0o600",
        }
    finally:
        store.dispose()


def test_stored_files_and_their_directories_are_private(tmp_path, umask):
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    blobs = BlobStore(settings.blob_dir)
    sha = blobs.put(b"%PDF-1.4 a resume")
    path = blobs.path(sha)
    assert oct(mode(path)) == "0o600"
    assert oct(mode(path.parent)) == "0o700"
    assert oct(mode(settings.blob_dir)) == "0o700"
    assert oct(mode(settings.data_dir)) == "0o700"


def test_files_an_earlier_version_left_open_are_tightened(tmp_path):
    data = tmp_path / "data"
    settings = Settings(data_dir=data)  # type: ignore[call-arg]
    open_store(settings).dispose()
    old = os.umask(0o022)
    try:
        # As grantbox left them before: 0755 directories, 0644 database files.
        db = data / "grantbox.db"
        for extra in ("-wal", "-shm"):
            db.with_name(db.name + extra).touch()
        for path in (data, settings.blob_dir):
            path.mkdir(exist_ok=True)
            path.chmod(0o755)
        for path in data.glob("grantbox.db*"):
            path.chmod(0o644)
        store = open_store(settings)
        try:
            with store.transaction() as session:
                session.execute(text("SELECT 1"))
            # Checked while open: SQLite removes the -wal and -shm at the last close.
            assert {p.name: oct(mode(p)) for p in data.glob("grantbox.db*")} == {
                "grantbox.db": "0o600",
                "grantbox.db-wal": "0o600",
                "grantbox.db-shm": "0o600",
            }
        finally:
            store.dispose()
        BlobStore(settings.blob_dir).put(b"another resume")
    finally:
        os.umask(old)
    assert oct(mode(data)) == "0o700"
    assert oct(mode(settings.blob_dir)) == "0o700"
