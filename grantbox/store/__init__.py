"""The store: where grantbox keeps what it decided (IMAP keeps what arrived).

`open_store(settings)` returns a `Store` holding the engine and a session factory, with the
schema migrated to the newest Alembic revision. SQLite (WAL) by default, PostgreSQL by URL.
The data directory is made 0700 and the SQLite files 0600: they hold the reply-token secret,
the reviewers' password hashes and every resume.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from grantbox.blobs import private_dir
from grantbox.config import Settings

MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory lock keys (any bigint, the same in every grantbox process).
MIGRATION_LOCK = 0x6772616E74_01  # "grant", 1


@dataclass(frozen=True)
class Store:
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look: on SQLite it takes no write lock, so pages and commands that only
        read answer while intake writes (WAL shows them the last commit). Rolled back at the
        end: nothing done through it is kept."""
        engine = self.engine.execution_options(**{READ_ONLY: True})
        with Session(bind=engine, expire_on_commit=False) as session, session.begin():
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 (before 3.12) begins transactions itself, and only before DML: a schema
    # migration's CREATE TABLEs would each commit on their own, and a process killed halfway
    # through the first migration would leave a half-made schema that no later run can
    # migrate. So the driver is put in autocommit and SQLAlchemy's "begin" issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the review pages read while intake writes; NORMAL keeps every commit across a
    # killed process (only an OS crash could lose the last commit, and IMAP still has it).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are zeroed on disk, not left in free pages: an erased applicant's resume
    # must not be readable from the file afterwards (grantbox/privacy.py).
    cursor.execute("PRAGMA secure_delete=ON")
    # The busy timeout (how long a writer waits for the lock) is sqlite3.connect's `timeout`.
    cursor.close()


READ_ONLY = "grantbox_read_only"


def _sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front: two deferred transactions that both later write
    # would otherwise fail at once with "database is locked" instead of waiting their turn
    # (busy_timeout). Store.reading() never writes: a deferred BEGIN, which waits for nobody.
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _private_database(path: Path) -> None:
    """The database file made (or made again) 0600 before SQLite opens it: SQLite gives its
    -wal and -shm files the database file's permissions. Files left 0644 by earlier versions
    are tightened too."""
    private_dir(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # empty: a new database
    for file in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
            if mode & 0o077:
                file.chmod(mode & 0o600)
        except (FileNotFoundError, PermissionError):  # absent, or not ours to change
            pass


def make_engine(url: str, *, lock_timeout: float = 30.0) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _private_database(Path(parsed.database))
        # hide_parameters: an error's message never carries the row's values (applicants'
        # data in logs and terminals); the SQL and the reason are enough to act on.
        engine = create_engine(url, connect_args={"timeout": lock_timeout}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", None):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


@cache
def head_revision() -> str | None:
    """The newest migration, read from the file names' revisions without importing alembic
    (importing it is ~0.3 s of every command's start-up). None if there is not exactly one."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text()
        revisions.update(re.findall(r'^revision: str = "([^"]+)"', text, re.M))
        parents.update(re.findall(r'^down_revision: str \| None = "([^"]+)"', text, re.M))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            current = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return list(current.scalars()) == [head]
    except DBAPIError:  # no schema yet
        return False


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision. Safe to run on every start: when the schema
    is already there, one query and no Alembic."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Commands started together on a new database (watch, the schedule, an operator)
            # would all create the schema, and all but one fail on PostgreSQL's catalog. Held
            # to commit: the others wait here, then Alembic finds the schema at head. (SQLite's
            # BEGIN IMMEDIATE serialises them already.)
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_store(settings: Settings, *, migrate_schema: bool = True) -> Store:
    # Every command opens the store first, so the data directory is private before anything
    # (blobs, the heartbeat, Prefect's state) is written under it.
    private_dir(settings.data_dir, tighten=True)
    engine = make_engine(
        settings.resolved_database_url, lock_timeout=settings.database_lock_timeout
    )
    if migrate_schema:
        migrate(engine)
    return Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
