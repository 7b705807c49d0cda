"""answer_files: the attached file an answer was read from

`answers.source_file`: the (sanitised) name of the attached .txt/.docx/.pdf the applicant
pointed to for their answers ("please see my answers in the attached file"); NULL when the
answer was in the email itself. The application page says where each answer came from.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not batch_alter_table: a batch copy of `answers` on SQLite would drop the
# search triggers of 0006/0008.


def upgrade() -> None:
    op.add_column("answers", sa.Column("source_file", sa.String(200), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE answers DROP COLUMN source_file")  # SQLite 3.35+ and PostgreSQL
