"""oauth_tokens: the OAuth2 tokens grantbox signs in to the mailbox with

One row per sign-in identity, shared by every worker: the access token and its expiry, the
refresh token (from `grantbox auth login`, GRANTBOX_OAUTH_REFRESH_TOKEN, or rotated by the
server). grantbox/oauth.py locks the row while it refreshes (PostgreSQL: SELECT … FOR UPDATE;
SQLite: the BEGIN IMMEDIATE every writer takes), so one worker refreshes at a time.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "oauth_tokens",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("provider", sa.String(16), nullable=False),
        sa.Column("flow", sa.String(32), nullable=False),
        sa.Column("account", sa.String(320), nullable=False, server_default=""),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("refresh_seed", sa.String(64), nullable=True),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("refreshes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("refreshed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("oauth_tokens")
