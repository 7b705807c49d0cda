"""The review tables on both databases: the migrations make exactly the schema the models
describe, and decisions lock the application so two reviewers cannot both decide."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from grantbox.config import Settings
from grantbox.review import auth
from grantbox.review.decisions import Conflict, decide
from grantbox.store.tables import Base, in_models
from tests.review_seed import seed_application


def test_migrations_match_the_models_and_reviewers_work(database_url, tmp_path, store_for):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    store = store_for(settings)
    with store.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"include_name": in_models}),
            Base.metadata,
        )
    assert diff == []
    with store.transaction() as session:
        reviewer = auth.add_reviewer(session, "alice", "correct horse")
        token = auth.start_session(session, reviewer, hours=1)
    with store.transaction() as session:
        who = auth.lookup_session(session, token)
        assert who is not None and who.name == "alice"
        auth.end_session(session, token)
    with store.transaction() as session:
        assert auth.lookup_session(session, token) is None

    app_id = seed_application(store, settings)
    with store.transaction() as session:
        decide(session, settings, app_id, "approve", reviewer="alice", note="yes")
    try:
        with store.transaction() as session:
            decide(session, settings, app_id, "reject", reviewer="bob", note="no")
    except Conflict as e:
        assert "approved" in str(e)
    else:
        raise AssertionError("a second decision was accepted")
