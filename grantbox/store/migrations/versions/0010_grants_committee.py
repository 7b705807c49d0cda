"""grants_committee: life after approval (grants, payments, check-ins) and committee review

Issue 12: `grants` (one per approval; an extension follows another), `grant_payments`,
`grant_checkins`, `grant_answers`, and `events.grant_id` (a grant's moves are events on its
application's timeline). Issue 14: `reviewers.role` (existing reviewers become admins: they
were the whole program), `review_assignments`, `reviews`, `conflicts_of_interest`.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "grants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("applications.id"), nullable=False),
        sa.Column("follows_grant_id", sa.Integer(), sa.ForeignKey("grants.id"), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("outcome_by", sa.String(200), nullable=True),
        sa.Column("outcome_at", _TS, nullable=True),
        sa.Column("proposed_outcome", sa.String(32), nullable=True),
        sa.Column("proposed_from", sa.Integer(), sa.ForeignKey("messages.id"), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
    )
    for column in ("application_id", "follows_grant_id", "status", "end_date"):
        op.create_index(op.f(f"ix_grants_{column}"), "grants", [column])
    op.create_table(
        "grant_payments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("grant_id", sa.Integer(), sa.ForeignKey("grants.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("amount", sa.Numeric(12, 2), nullable=False),
        sa.Column("paid_at", _TS, nullable=True),
        sa.Column("paid_by", sa.String(200), nullable=True),
        sa.UniqueConstraint("grant_id", "number"),
    )
    op.create_index(op.f("ix_grant_payments_grant_id"), "grant_payments", ["grant_id"])
    op.create_index(op.f("ix_grant_payments_due_date"), "grant_payments", ["due_date"])
    op.create_table(
        "grant_checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("grant_id", sa.Integer(), sa.ForeignKey("grants.id"), nullable=False),
        sa.Column("checkin", sa.String(40), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("sent_outbox_id", sa.Integer(), sa.ForeignKey("outbox.id"), nullable=True),
        sa.Column("sent_at", _TS, nullable=True),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("last_reminded_at", _TS, nullable=True),
        sa.Column("answered_at", _TS, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.UniqueConstraint("grant_id", "checkin"),
    )
    op.create_index(op.f("ix_grant_checkins_grant_id"), "grant_checkins", ["grant_id"])
    op.create_index(op.f("ix_grant_checkins_due_date"), "grant_checkins", ["due_date"])
    op.create_table(
        "grant_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("grant_id", sa.Integer(), sa.ForeignKey("grants.id"), nullable=False),
        sa.Column("checkin", sa.String(40), nullable=False),
        sa.Column("question_id", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("message_pk", sa.Integer(), sa.ForeignKey("messages.id"), nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.UniqueConstraint("grant_id", "checkin", "question_id"),
    )
    op.create_index(op.f("ix_grant_answers_grant_id"), "grant_answers", ["grant_id"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("grant_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_events_grant_id", "grants", ["grant_id"], ["id"])
        batch.create_index(op.f("ix_events_grant_id"), ["grant_id"])

    with op.batch_alter_table("reviewers") as batch:
        batch.add_column(sa.Column("role", sa.String(16), nullable=False, server_default="admin"))
    for table in ("review_assignments", "reviews", "conflicts_of_interest"):
        columns: list[sa.Column[object]] = []
        if table == "review_assignments":
            columns = [
                sa.Column("assigned_by", sa.String(200), nullable=False),
                sa.Column("assigned_at", _TS, nullable=False),
            ]
        elif table == "reviews":
            columns = [
                sa.Column("scores", sa.JSON(), nullable=False),
                sa.Column("recommendation", sa.String(16), nullable=False),
                sa.Column("comment", sa.Text(), nullable=False),
                sa.Column("submitted_at", _TS, nullable=True),
                sa.Column("updated_at", _TS, nullable=False),
            ]
        else:
            columns = [
                sa.Column("note", sa.Text(), nullable=False),
                sa.Column("declared_at", _TS, nullable=False),
            ]
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column(
                "application_id", sa.Integer(), sa.ForeignKey("applications.id"), nullable=False
            ),
            sa.Column("reviewer_id", sa.Integer(), sa.ForeignKey("reviewers.id"), nullable=False),
            *columns,
            sa.UniqueConstraint("application_id", "reviewer_id"),
        )
        op.create_index(op.f(f"ix_{table}_application_id"), table, ["application_id"])
        op.create_index(op.f(f"ix_{table}_reviewer_id"), table, ["reviewer_id"])


def downgrade() -> None:
    for table in ("conflicts_of_interest", "reviews", "review_assignments"):
        op.drop_index(op.f(f"ix_{table}_reviewer_id"), table_name=table)
        op.drop_index(op.f(f"ix_{table}_application_id"), table_name=table)
        op.drop_table(table)
    with op.batch_alter_table("reviewers") as batch:
        batch.drop_column("role")
    with op.batch_alter_table("events") as batch:
        batch.drop_index(op.f("ix_events_grant_id"))
        batch.drop_constraint("fk_events_grant_id", type_="foreignkey")
        batch.drop_column("grant_id")
    op.drop_index(op.f("ix_grant_answers_grant_id"), table_name="grant_answers")
    op.drop_table("grant_answers")
    op.drop_index(op.f("ix_grant_checkins_due_date"), table_name="grant_checkins")
    op.drop_index(op.f("ix_grant_checkins_grant_id"), table_name="grant_checkins")
    op.drop_table("grant_checkins")
    op.drop_index(op.f("ix_grant_payments_due_date"), table_name="grant_payments")
    op.drop_index(op.f("ix_grant_payments_grant_id"), table_name="grant_payments")
    op.drop_table("grant_payments")
    for column in ("end_date", "status", "follows_grant_id", "application_id"):
        op.drop_index(op.f(f"ix_grants_{column}"), table_name="grants")
    op.drop_table("grants")
