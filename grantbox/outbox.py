"""The outbox: every automatic email, decided inside the transaction that changes state.

`enqueue` renders the email, fixes its bytes and its Message-ID, and writes an `OutboxRow` in
the caller's transaction — so an email exists exactly when the decision to send it was
committed. Sending is a separate pass (grantbox.sender). Before anything is queued, the
safety rules run here, in one place: an address that bounced gets nothing until a reviewer
clears it, and no address gets more than `max_auto_emails_per_day` automatic emails a day;
a suppressed email is still written, with its reason, so the reviewer sees what was not sent.

Emails a reviewer decided to send (decisions, further questions) are not automatic: they are
not counted against, nor stopped by, the daily limit, and carry no `Auto-Submitted` header;
they are still never sent to a bouncing address. A decision email may be held (`hold_until`):
the sender leaves it until then, and a reviewer can cancel it meanwhile (status `cancelled`).

Mail to the program's own people (the reviewers' digest) has no application: `enqueue_staff`.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox.config import Settings
from grantbox.mailtemplates import RenderedEmail, oneline
from grantbox.store.tables import Application, Event, Message, OutboxRow, ProgramSecret, utcnow
from parsers.reply_token import encode_reply_token, reply_address

QUEUED, SENDING, SENT, SUPPRESSED, FAILED = "queued", "sending", "sent", "suppressed", "failed"
# Emails a person decided to send: not subject to the automatic-email daily limit.
HUMAN_KINDS = frozenset(
    {"decision_approve", "decision_reject", "decision_waitlist", "ask_more", "withdrawn"}
)
# Withdrawn before it went out (a reply crossed a reminder, a reviewer cancelled a held
# decision, …).
CANCELLED = "cancelled"
# Marks our own mail, so intake never mistakes it (or a copy of it) for an applicant's.
OWN_HEADER = "X-Grantbox"
# The application flag a bounce of our mail sets; while it is there, nothing is sent.
BOUNCING = "bouncing"
BOUNCED_REASON = "the address bounced; a reviewer must clear the 'bouncing' flag first"


def reply_secret(session: Session) -> bytes:
    """The key reply tokens are signed with: made once, kept in the database."""
    row = session.get(ProgramSecret, "reply_token")
    if row is None:
        row = ProgramSecret(name="reply_token", value=secrets.token_bytes(32))
        session.add(row)
        session.flush()
    return row.value


def reference(app: Application) -> str:
    """The short reference shown in subjects, e.g. "GB-12"."""
    return f"GB-{app.id}"


def compose(
    settings: Settings,
    *,
    to_name: str,
    to_addr: str,
    kind: str,
    rendered: RenderedEmail,
    answering: Message | None,
    token: str | None,
    at: datetime,
    auto_submitted: str | None = "auto-replied",
) -> EmailMessage:
    """The email as it will go out. Every header value that could carry applicant text is
    set through `email.headerregistry` or flattened to one line: nothing can add a header.
    `auto_submitted` (RFC 3834): "auto-replied" for answers to an applicant's mail,
    "auto-generated" for mail nobody wrote to cause (the digest), None for a reviewer's."""
    msg = EmailMessage()
    domain = settings.from_address.rpartition("@")[2] or "grantbox.invalid"
    msg["From"] = Address(display_name=oneline(settings.team_name), addr_spec=settings.from_address)
    msg["To"] = Address(display_name=oneline(to_name), addr_spec=to_addr)
    msg["Subject"] = oneline(rendered.subject)
    msg["Date"] = format_datetime(at)
    # Unguessable, in our domain: replies to it are recognised as replies to us.
    msg["Message-ID"] = make_msgid(idstring=secrets.token_hex(12), domain=domain)
    if answering is not None and answering.message_id:
        refs = [r for r in (answering.in_reply_to, answering.message_id) if r]
        msg["In-Reply-To"] = answering.message_id
        msg["References"] = " ".join(refs)
    if token is not None:
        msg["Reply-To"] = reply_address(settings.from_address, token)
    if auto_submitted is not None:
        msg["Auto-Submitted"] = auto_submitted
        msg["X-Auto-Response-Suppress"] = "All"
    msg[OWN_HEADER] = kind
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg


def suppression(
    session: Session,
    settings: Settings,
    app: Application,
    now: datetime,
    *,
    automatic: bool = True,
) -> str | None:
    """Why an email to this application must not go out, or None. A bouncing address stops
    every email; the daily limit stops only automatic ones (`automatic=False`: a reviewer's)."""
    if BOUNCING in app.flags:
        return BOUNCED_REASON
    if not automatic:
        return None
    since = now - timedelta(days=1)
    recent = session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(
            OutboxRow.to_addr == app.email,
            OutboxRow.created_at >= since,
            OutboxRow.status.in_([QUEUED, SENDING, SENT]),
            OutboxRow.kind.not_in(HUMAN_KINDS),
        )
    )
    if (recent or 0) >= settings.max_auto_emails_per_day:
        return (
            f"daily limit reached: {settings.max_auto_emails_per_day} automatic emails to "
            f"{app.email} in 24 hours"
        )
    return None


def enqueue(
    session: Session,
    settings: Settings,
    *,
    app: Application,
    kind: str,
    rendered: RenderedEmail,
    dedupe_key: str,
    answering: Message | None,
    actor: str,
    at: datetime | None = None,
    automatic: bool = True,
    hold_until: datetime | None = None,
) -> OutboxRow:
    """Queue one email (or record why it is suppressed). Idempotent per `dedupe_key`: the
    same decision made twice returns the first row. `automatic=False` for an email a reviewer
    decided to send; `hold_until` keeps it from the sender until then (cancel window)."""
    existing = session.scalars(select(OutboxRow).where(OutboxRow.dedupe_key == dedupe_key)).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    token = encode_reply_token(app.id, reply_secret(session)) if settings.reply_tokens else None
    msg = compose(
        settings,
        to_name=app.name,
        to_addr=app.email,
        kind=kind,
        rendered=rendered,
        answering=answering,
        token=token,
        at=now,
        auto_submitted="auto-replied" if automatic else None,
    )
    reason = suppression(session, settings, app, now, automatic=automatic)
    row = OutboxRow(
        application_id=app.id,
        kind=kind,
        to_addr=app.email,
        subject=rendered.subject,
        message_id=str(msg["Message-ID"]),
        dedupe_key=dedupe_key,
        raw=msg.as_bytes(policy=SMTP_POLICY),
        status=SUPPRESSED if reason else QUEUED,
        reason=reason,
        attempts=0,
        next_attempt_at=hold_until or now,
        created_at=now,
    )
    session.add(row)
    session.add(
        Event(
            application_id=app.id,
            at=now,
            actor=actor,
            kind="mail_suppressed" if reason else "mail_queued",
            reason=f"{kind}: {reason}" if reason else f"{kind}: {rendered.subject}",
            message_pk=answering.id if answering is not None else None,
        )
    )
    session.flush()
    return row


def cancel_queued(
    session: Session,
    app: Application,
    *,
    reason: str,
    actor: str,
    kinds: frozenset[str] | None = None,
    message_pk: int | None = None,
) -> list[OutboxRow]:
    """Cancel this application's emails still waiting to go out (of `kinds`, or all), each
    with its reason and an event. The sender only claims queued rows, so none of these goes."""
    query = select(OutboxRow).where(OutboxRow.application_id == app.id, OutboxRow.status == QUEUED)
    if kinds is not None:
        query = query.where(OutboxRow.kind.in_(kinds))
    rows = list(session.scalars(query.order_by(OutboxRow.id)))
    for row in rows:
        row.status = CANCELLED
        row.reason = reason
        session.add(
            Event(
                application_id=app.id,
                actor=actor,
                kind="mail_cancelled",
                reason=f"{row.kind}: {reason}",
                message_pk=message_pk,
            )
        )
    return rows


def enqueue_staff(
    session: Session,
    settings: Settings,
    *,
    to: str,
    kind: str,
    rendered: RenderedEmail,
    dedupe_key: str,
    actor: str,
    at: datetime | None = None,
) -> OutboxRow:
    """Queue an automatic email to the program's own people (the reviewers' digest): no
    application, no reply token, no daily limit (that protects applicants). The sender
    delivers it like any other row, with the same claim, Bcc proof and recovery.
    Idempotent per `dedupe_key`, like `enqueue`."""
    existing = session.scalars(select(OutboxRow).where(OutboxRow.dedupe_key == dedupe_key)).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    msg = compose(
        settings,
        to_name="",
        to_addr=to,
        kind=kind,
        rendered=rendered,
        answering=None,
        token=None,
        at=now,
        auto_submitted="auto-generated",
    )
    row = OutboxRow(
        application_id=None,
        kind=kind,
        to_addr=to,
        subject=str(msg["Subject"]),
        message_id=str(msg["Message-ID"]),
        dedupe_key=dedupe_key,
        raw=msg.as_bytes(policy=SMTP_POLICY),
        status=QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.add(
        Event(
            application_id=None, at=now, actor=actor, kind="mail_queued", reason=f"{kind} to {to}"
        )
    )
    session.flush()
    return row
