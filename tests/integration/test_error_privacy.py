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
