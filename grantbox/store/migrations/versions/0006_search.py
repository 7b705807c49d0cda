"""search: full-text indexes over what applicants wrote (resume text, answers, message text)

SQLite: an FTS5 external-content table per source (fts_resumes, fts_answers, fts_messages),
kept in step by triggers, so every writer (intake, reparse, the review pages, bulk loads)
indexes without knowing it. PostgreSQL: a generated column `fts_document` (the text as a
'simple' tsvector) with a GIN index, kept by PostgreSQL itself. Existing rows are indexed
here. grantbox/store/search.py queries both.

A later `batch_alter_table` on resumes, answers or messages copies the table on SQLite and
so drops these triggers: such a migration must create them again.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCES = ("resumes", "answers", "messages")
# PostgreSQL keeps each text's tsvector in a stored column, not an expression index: a scan
# that computes it per row (~0.5 ms for a two-page resume) took seconds. ASCII punctuation
# becomes a space first, as PostgreSQL's parser would otherwise keep an address, host name,
# path or version ("pytorch.org", "a/b") as one token: words then split as in SQLite.
PG_DOCUMENT = "to_tsvector('simple', regexp_replace(text, '[!-/:-@[-`{-~]+', ' ', 'g'))"
# SQLite: what the triggers do to an FTS5 external-content table (its name in for {0}).
FTS_INSERT = "INSERT INTO {0}(rowid, text) VALUES (new.id, new.text);"
FTS_DELETE = "INSERT INTO {0}({0}, rowid, text) VALUES ('delete', old.id, old.text);"
FTS_REBUILD = "INSERT INTO {0}({0}) VALUES ('rebuild')"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SOURCES:
            # The GIN index answers a search without reading any tsvector (~2 ms for a word in
            # every one of 10k resumes); a scan reads (de-TOASTs) each (~50 ms). The planner
            # does not see that cost, and with statistics it scans for a common word: so the
            # column has none, and the index no pending list that each search would read.
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN fts_document tsvector "
                f"GENERATED ALWAYS AS ({PG_DOCUMENT}) STORED, "
                "ALTER COLUMN fts_document SET STATISTICS 0"
            )
            op.execute(
                f"CREATE INDEX fts_{table} ON {table} USING gin (fts_document) "
                "WITH (fastupdate = off)"
            )
        return
    for table in SOURCES:
        fts = f"fts_{table}"
        # Diacritics are kept (as PostgreSQL's 'simple' does): both backends match alike.
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
        delete, insert = FTS_DELETE.format(fts), FTS_INSERT.format(fts)
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF text ON {table} "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(FTS_REBUILD.format(fts))


def downgrade() -> None:
    for table in SOURCES:
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"ALTER TABLE {table} DROP COLUMN fts_document")  # and its index
            continue
        for what in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER fts_{table}_{what}")
        op.execute(f"DROP TABLE fts_{table}")
