"""A database error never carries an applicant's data: SQLAlchemy is told to hide the
parameters of the statement that failed, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from grantbox.config import Settings
from grantbox.store import open_store
from grantbox.store.tables import Message


def test_a_failed_statement_names_no_values(database_url, tmp_path):
    store = open_store(Settings(data_dir=tmp_path, database_url=database_url))
    try:
        secret = "ada.secret-applicant@example.org"

        def row() -> Message:
            return Message(
                message_id="<same@x>",
                content_sha256="0" * 64,
                size=1,
                from_addr=secret,
                kind="application",
                flags=[],
                text="my phone is +44 7700 900123",
            )

        with store.transaction() as session:
            session.add(row())
        with pytest.raises(IntegrityError) as caught, store.transaction() as session:
            session.add(row())  # the same identity again
        message = str(caught.value)
        assert secret not in message and "7700" not in message
        assert "hidden due to hide_parameters" in message
    finally:
        store.dispose()


def test_a_database_failure_is_one_line_naming_the_database(tmp_path):
    """The operator reads one line that says the database failed and why, not the SQL."""
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    data.mkdir()
    (data / "grantbox.db").write_bytes(b"not a database, whatever the name says\n" * 100)
    env = {**os.environ, "GRANTBOX_DATA_DIR": str(data), "COLUMNS": "60"}
    done = subprocess.run(
        [sys.executable, "-m", "grantbox.cli", "list"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"grantbox: the database {(data / 'grantbox.db').resolve()} failed: "
        "file is not a database (DatabaseError)"
    ]
