"""search_diacritics: the search indexes ignore diacritics ("jose" finds "José", and back)

SQLite: the FTS5 tables of 0006 are made again with the tokenizer
`unicode61 remove_diacritics 2` (a tokenizer cannot be altered), with their triggers, and
rebuilt from the rows. PostgreSQL: `fts_document` is computed again from the text with its
combining marks removed, `regexp_replace(normalize(text, NFD), '[\\u0300-\\u036f]+', '')`;
`normalize` is built in (PostgreSQL 13+, UTF-8 databases) and immutable, so it runs in a
generated column on any server, where the `unaccent` extension needs a superuser (and a
managed PostgreSQL may refuse CREATE EXTENSION). It costs about 12 ms more per 30 KB of text
when a row is written. Existing rows are indexed again here; the downgrade restores 0006's
indexes. grantbox/store/search.py folds each searched word the same way.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCES = ("resumes", "answers", "messages")
PUNCTUATION = r"'[!-/:-@[-`{-~]+'"
# 0006's document, and this one's: the same, after the combining marks are gone.
PG_DOCUMENT_0006 = f"to_tsvector('simple', regexp_replace(text, {PUNCTUATION}, ' ', 'g'))"
PG_DOCUMENT = (
    "to_tsvector('simple', regexp_replace(regexp_replace(normalize(text, NFD), "
    rf"'[\u0300-\u036f]+', '', 'g'), {PUNCTUATION}, ' ', 'g'))"
)
FTS_INSERT = "INSERT INTO {0}(rowid, text) VALUES (new.id, new.text);"
FTS_DELETE = "INSERT INTO {0}({0}, rowid, text) VALUES ('delete', old.id, old.text);"
FTS_REBUILD = "INSERT INTO {0}({0}) VALUES ('rebuild')"


def _postgresql(document: str) -> None:
    for table in SOURCES:
        # Dropping the column drops its index; the new column is computed for every row now.
        op.execute(f"ALTER TABLE {table} DROP COLUMN fts_document")
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN fts_document tsvector "
            f"GENERATED ALWAYS AS ({document}) STORED, "
            "ALTER COLUMN fts_document SET STATISTICS 0"
        )
        op.execute(
            f"CREATE INDEX fts_{table} ON {table} USING gin (fts_document) WITH (fastupdate = off)"
        )


def _sqlite(remove_diacritics: int) -> None:
    for table in SOURCES:
        fts = f"fts_{table}"
        for what in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{what}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='{table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics {remove_diacritics}')"
        )
        delete, insert = FTS_DELETE.format(fts), FTS_INSERT.format(fts)
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF text ON {table} "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(FTS_REBUILD.format(fts))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql(PG_DOCUMENT)
    else:
        _sqlite(2)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql(PG_DOCUMENT_0006)
    else:
        _sqlite(0)
