"""The database schema (SQLAlchemy 2.x declarative tables).

The schema is owned by the Alembic migrations under `migrations/`; these classes describe it
for queries. Identity rules that make intake exactly-once live here as unique constraints:
a message *is* (message_id, content_sha256); it *was seen at* (folder, uidvalidity, uid).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    cast,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes; every time grantbox stores is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def iso(value: date | datetime | None) -> str | None:
    """A stored date or time as ISO 8601 for JSON and pages (times with their UTC offset)."""
    if value is None:
        return None
    return aware(value).isoformat() if isinstance(value, datetime) else value.isoformat()


class Base(DeclarativeBase):
    pass


def in_models(name: str | None, type_: str, _parents: Any) -> bool:
    """For Alembic's model comparison: False for the full-text search index (migration 0006:
    FTS5 tables on SQLite; on PostgreSQL tsvector columns and their GIN indexes), which no
    model describes (grantbox/store/search.py queries it)."""
    return not (name or "").startswith("fts_")


class Application(Base):
    """One applicant's application: one per applicant address while it is open."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(32), index=True)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    backlog: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    messages: Mapped[list[Message]] = relationship(
        back_populates="application", order_by="Message.id"
    )
    resume: Mapped[Resume | None] = relationship(back_populates="application", uselist=False)
    events: Mapped[list[Event]] = relationship(order_by="Event.id")
    answers: Mapped[list[Answer]] = relationship(order_by="Answer.id")


class Message(Base):
    """One inbound email, recorded exactly once whatever folders and UIDs it was seen under."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("message_id", "content_sha256", name="uq_message_identity"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998))
    content_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    stored: Mapped[bool] = mapped_column(Boolean, default=True)  # raw bytes kept as a blob
    from_addr: Mapped[str] = mapped_column(String(320), default="", index=True)
    from_name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id"), nullable=True, index=True
    )
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    backlog: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    application: Mapped[Application | None] = relationship(back_populates="messages")
    locations: Mapped[list[MessageLocation]] = relationship(order_by="MessageLocation.id")
    attachments: Mapped[list[AttachmentRow]] = relationship(order_by="AttachmentRow.id")


class MessageLocation(Base):
    """Where a message was seen in IMAP. One message may have several (copies, resyncs)."""

    __tablename__ = "message_locations"
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid", name="uq_message_location"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    folder: Mapped[str] = mapped_column(String(500))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)


class AttachmentRow(Base):
    """A file an inbound message carried. Bytes live at blobs/<sha256>, never under `filename`."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    declared_type: Mapped[str] = mapped_column(String(200))
    sniffed_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    stored: Mapped[bool] = mapped_column(Boolean, default=True)
    problem: Mapped[str | None] = mapped_column(Text, nullable=True)


def flagged(flag: str) -> ColumnElement[bool]:
    """Applications carrying `flag`. Flags are a JSON list; its text form holds '"flag"' on
    SQLite and PostgreSQL alike."""
    return cast(Application.flags, String).like(f'%"{flag}"%')


class Resume(Base):
    """The resume of an application: its text as extracted, and (later) the parsed profile."""

    __tablename__ = "resumes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    problem: Mapped[str | None] = mapped_column(Text, nullable=True)
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    application: Mapped[Application] = relationship(back_populates="resume")


class Event(Base):
    """The audit trail: every status change and every notable thing that happened."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id"), nullable=True, index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))  # "intake", "reviewer:alice", …
    kind: Mapped[str] = mapped_column(String(64))
    from_status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    message_pk: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    # Set on a grant's events (migration 0010): the grant's timeline is its application's
    # timeline filtered to it.
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("grants.id"), nullable=True, index=True)


class MailboxState(Base):
    """Sync watermark of one IMAP folder. `last_uid` only moves past committed messages."""

    __tablename__ = "mailbox_state"

    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    uidnext: Mapped[int] = mapped_column(BigInteger, default=0)  # at the end of the last pass
    highestmodseq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Messages below this UID were in the folder on first connection: the backlog.
    backlog_below_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


Index("ix_messages_message_id", Message.message_id)
# The review queue: one status, longest waiting first (and the j/k neighbours on a page).
Index(
    "ix_applications_status_updated_at", Application.status, Application.updated_at, Application.id
)


class Answer(Base):
    """The applicant's answer to one follow-up question; a later answer replaces it."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("application_id", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    question_id: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    method: Mapped[str] = mapped_column(String(32), default="")  # how it was recognised
    # The attached file it was read from (migration 0011); None: the email's own text.
    source_file: Mapped[str | None] = mapped_column(String(200), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class OutboxRow(Base):
    """One outgoing email, written in the transaction that decided to send it (the
    transactional outbox). Its bytes and Message-ID are fixed then, so every attempt sends the
    same message and recovery can recognise it. `dedupe_key` says what the email answers
    (e.g. "questions:<message pk>"): the same decision twice can never queue a second email."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    to_addr: Mapped[str] = mapped_column(String(320), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    # queued -> sending -> sent; or suppressed (never sent, with the reason) or failed.
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sending_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ProgramSecret(Base):
    """Secrets grantbox makes for itself (the reply-token key), kept in the database so that
    every worker of a multi-machine deployment shares them."""

    __tablename__ = "program_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class Reviewer(Base):
    """A person who reviews applications. Only the argon2 hash of the password is kept."""

    __tablename__ = "reviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)  # the daily digest
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The TOTP second factor (migration 0009): the base32 secret when the reviewer has one (a
    # secret like the password: never logged, printed only by `grantbox reviewer add --totp`),
    # and the time step of the last code accepted, so that no code is accepted twice.
    totp_secret: Mapped[str | None] = mapped_column(String(64), nullable=True)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # admin | chair | reviewer (migration 0010; grantbox/committee/roles.py says who may do
    # what). Reviewers from before committees were the whole program: they became admins.
    role: Mapped[str] = mapped_column(String(16), default="admin")

    def __repr__(self) -> str:
        return f"Reviewer(id={self.id!r}, name={self.name!r}, disabled={self.disabled!r})"


class ReviewSession(Base):
    """A signed-in reviewer. The cookie carries a random token; only its sha256 is stored, so
    a copy of the database signs nobody in. Signing out deletes the row."""

    __tablename__ = "review_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    reviewer: Mapped[Reviewer] = relationship()


class OAuthToken(Base):
    """The OAuth2 tokens grantbox signs in to the mailbox with (migration 0007), one row per
    sign-in identity (`key`: provider, flow, client, tenant or token URL, scopes, and the
    delegated user of a service account). Kept here so every worker, on any machine, shares
    one access token and one refresh at a time (grantbox/oauth.py locks this row). The tokens
    are secrets like the reviewers' hashes: never logged, printed or put in a repr."""

    __tablename__ = "oauth_tokens"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    flow: Mapped[str] = mapped_column(String(32))
    account: Mapped[str] = mapped_column(String(320), default="")  # who signed in, if known
    refresh_token: Mapped[str | None] = mapped_column(Text, nullable=True)
    # sha256 of GRANTBOX_OAUTH_REFRESH_TOKEN the stored refresh token descends from (it may
    # have been rotated since): a new value in the setting replaces it, the same one does not.
    refresh_seed: Mapped[str | None] = mapped_column(String(64), nullable=True)
    access_token: Mapped[str | None] = mapped_column(Text, nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    refreshes: Mapped[int] = mapped_column(Integer, default=0)  # token requests made
    refreshed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AccessLog(Base):
    """Who opened which application page, attachment or raw message, when (migration 0009):
    one row per view, written by the review app, read by `grantbox audit`. `application_id`
    is a plain number, not a foreign key: the record that someone looked outlives what they
    looked at."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    reviewer: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # application | attachment | raw_message
    application_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    attachment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    message_pk: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Grant(Base):
    """The grant an approved application receives (migration 0010): money, dates, and the
    grantee's progress. `follows_grant_id`: an extension is a follow-on grant linked to the
    one it extends. Only grantbox/states.py writes `status` (GrantStatus)."""

    __tablename__ = "grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    follows_grant_id: Mapped[int | None] = mapped_column(
        ForeignKey("grants.id"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(16), index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3))
    months: Mapped[int] = mapped_column(Integer, default=3)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # What the grantee went on to do: recorded by a person (outcome), proposed by grantbox
    # from a reply (proposed_outcome, never recorded alone).
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    outcome_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    outcome_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    proposed_outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    proposed_from: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    application: Mapped[Application] = relationship()
    payments: Mapped[list[GrantPayment]] = relationship(order_by="GrantPayment.number")
    checkins: Mapped[list[GrantCheckin]] = relationship(order_by="GrantCheckin.due_date")


class GrantPayment(Base):
    """One instalment of a grant's payment plan: recorded, and marked paid by a person (no
    payment integration)."""

    __tablename__ = "grant_payments"
    __table_args__ = (UniqueConstraint("grant_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grants.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3 …
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    paid_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    paid_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class GrantCheckin(Base):
    """One check-in of a grant (templates/checkins.toml: mid-grant, end report, follow-ups):
    due on a day, sent once (its outbox row), chased like applications, answered."""

    __tablename__ = "grant_checkins"
    __table_args__ = (UniqueConstraint("grant_id", "checkin"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grants.id"), index=True)
    checkin: Mapped[str] = mapped_column(String(40))  # the id in checkins.toml
    due_date: Mapped[date] = mapped_column(Date, index=True)
    sent_outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    last_reminded_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # sent → answered; or overdue (every reminder went unanswered), or skipped (the grant
    # ended before it was due); pending until its day.
    status: Mapped[str] = mapped_column(String(16), default="pending")


class GrantAnswer(Base):
    """The grantee's answer to one question of one check-in; a later answer replaces it."""

    __tablename__ = "grant_answers"
    __table_args__ = (UniqueConstraint("grant_id", "checkin", "question_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    grant_id: Mapped[int] = mapped_column(ForeignKey("grants.id"), index=True)
    checkin: Mapped[str] = mapped_column(String(40))
    question_id: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    method: Mapped[str] = mapped_column(String(32), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReviewAssignment(Base):
    """A reviewer asked to review an application (committee review, migration 0010):
    shared out by load (`grantbox assign`) or taken by the reviewer."""

    __tablename__ = "review_assignments"
    __table_args__ = (UniqueConstraint("application_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    assigned_by: Mapped[str] = mapped_column(String(200))  # "auto", "self", or an admin
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Review(Base):
    """One reviewer's scorecard of one application: a score per rubric criterion, a
    recommendation and a comment. A draft until `submitted_at`; while a reviewer has not
    submitted, the others' reviews stay hidden from them (a setting)."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("application_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    scores: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # criterion id → score
    recommendation: Mapped[str] = mapped_column(String(16))  # approve|reject|waitlist|abstain
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ConflictOfInterest(Base):
    """A reviewer's declared conflict of interest with an applicant: they are recused from the
    application (no scores, no decision, no reviews or pages of it)."""

    __tablename__ = "conflicts_of_interest"
    __table_args__ = (UniqueConstraint("application_id", "reviewer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
