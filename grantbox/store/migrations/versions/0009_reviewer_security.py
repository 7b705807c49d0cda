"""reviewer_security: the TOTP second factor of reviewers, and the access log

`reviewers.totp_secret` (base32, NULL: no second factor) and `reviewers.totp_last_step` (the
30-second step of the last code accepted: no code is accepted twice). `access_log`: one row
per application page, attachment or raw message a reviewer opened (`grantbox audit`).

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reviewers") as batch:
        batch.add_column(sa.Column("totp_secret", sa.String(64), nullable=True))
        batch.add_column(sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("message_pk", sa.Integer(), nullable=True),
    )
    op.create_index(op.f("ix_access_log_at"), "access_log", ["at"])
    op.create_index(op.f("ix_access_log_reviewer"), "access_log", ["reviewer"])
    op.create_index(op.f("ix_access_log_application_id"), "access_log", ["application_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_access_log_application_id"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_reviewer"), table_name="access_log")
    op.drop_index(op.f("ix_access_log_at"), table_name="access_log")
    op.drop_table("access_log")
    with op.batch_alter_table("reviewers") as batch:
        batch.drop_column("totp_last_step")
        batch.drop_column("totp_secret")
