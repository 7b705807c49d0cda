"""Alembic environment: runs migrations on the connection `grantbox.store.migrate` passes in."""

from alembic import context

from grantbox.store.tables import Base, in_models

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic revision --autogenerate` from a shell, for developers
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///:memory:"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=in_models,
    render_as_batch=True,  # SQLite can only ALTER TABLE by copying it
)
with context.begin_transaction():
    context.run_migrations()
