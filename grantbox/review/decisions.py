"""What a reviewer's decision does, for the web app and the CLI alike.

`decide` moves an application from ready_for_review to approved / rejected / waitlisted
through the state machine (the event carries the reviewer's name and note) and writes the
decision email to the outbox in the same transaction, held for `decision_hold_seconds`: the
sender leaves it alone until then. `cancel_decision` takes it back during the hold (the row is
marked cancelled with the reason; the application returns to ready_for_review, again through
the state machine). `ask_more` sends the reviewer's question in the applicant's thread and
moves the application to more_info_requested; the applicant's reply brings it back.
`withdraw` closes an open application the applicant asked to leave (intake only flags such a
request, `asks_to_withdraw`; a person confirms): every email still queued for it is cancelled
and one confirmation is queued.

Decision emails are a person's decision, not automatic mail: the automatic-email daily limit
does not apply to them, a bouncing address still stops them (the row is kept as suppressed).
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.conversation import email_context, templates_dir
from grantbox.errors import GrantboxError
from grantbox.filing import WITHDRAW_REQUEST
from grantbox.mailtemplates import RenderedEmail, render_email, text_email
from grantbox.models import MessageKind
from grantbox.outbox import CANCELLED, QUEUED, SUPPRESSED, cancel_queued, enqueue
from grantbox.states import Status, Trigger
from grantbox.store.tables import Application, Message, OutboxRow, aware, utcnow

DECISIONS: dict[str, Trigger] = {
    "approve": Trigger.approve,
    "reject": Trigger.reject,
    "waitlist": Trigger.waitlist,
}
DECISION_KINDS = frozenset(f"decision_{d}" for d in DECISIONS)
# A held email this close to its send time can no longer be cancelled: the sender may have it.
CANCEL_MARGIN = timedelta(seconds=5)
MAX_NOTE = 5000
MAX_EMAIL = 20000
MAX_QUESTION = 5000


class NotFound(GrantboxError):
    pass


class Conflict(GrantboxError):
    """The application is not in a state where this can be done (e.g. decided already)."""


def actor_for(reviewer: str) -> str:
    return f"reviewer:{reviewer}"


@dataclass(frozen=True)
class DecisionResult:
    application_id: int
    decision: str
    status: str
    outbox_id: int
    email_status: str  # queued (held) or suppressed
    email_reason: str | None
    hold_until: str  # ISO 8601: the email goes out at the first send pass after this

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CancelResult:
    application_id: int
    status: str
    outbox_id: int
    cancelled: str  # the decision that was taken back

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AskResult:
    application_id: int
    status: str
    outbox_id: int
    email_status: str
    email_reason: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class WithdrawResult:
    application_id: int
    status: str
    outbox_id: int
    email_status: str
    email_reason: str | None
    cancelled: list[int]  # outbox ids of the emails that will now never go out
    already: bool  # it was withdrawn before: nothing changed, nothing more is sent

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _load(session: Session, app_id: int) -> Application:
    # FOR UPDATE on PostgreSQL: two reviewers deciding at once queue one email, not two
    # (SQLite's BEGIN IMMEDIATE already serialises the transactions).
    app = session.get(Application, app_id, with_for_update=True)
    if app is None:
        raise NotFound(f"no application {app_id}")
    return app


def _clean(text: str, limit: int, what: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise GrantboxError(f"the {what} is longer than {limit} characters")
    return text


def _last_inbound(session: Session, app: Application) -> Message | None:
    """The applicant's latest email, which our email answers (threading)."""
    return session.scalars(
        select(Message)
        .where(
            Message.application_id == app.id,
            Message.kind.in_([MessageKind.application.value, MessageKind.reply.value]),
        )
        .order_by(Message.id.desc())
    ).first()


def preview(
    session: Session, settings: Settings, app_id: int, decision: str, message: str = ""
) -> dict[str, str]:
    """The decision email as it would be rendered now (subject, text), for the review page."""
    if decision not in DECISIONS:
        raise GrantboxError(f"unknown decision {decision!r}: approve, reject or waitlist")
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound(f"no application {app_id}")
    rendered = render_email(
        f"decision_{decision}",
        templates_dir=templates_dir(settings),
        message=message,
        **email_context(settings, app, _last_inbound(session, app)),
    )
    return {"subject": rendered.subject, "text": rendered.text}


def decide(
    session: Session,
    settings: Settings,
    app_id: int,
    decision: str,
    *,
    reviewer: str,
    note: str = "",
    message: str = "",
    text: str = "",
    at: datetime | None = None,
) -> DecisionResult:
    """Approve, reject or waitlist; queue the decision email, held for the hold window.
    `note` is for the record (the event); `message`, if any, is added to the email; `text`,
    if the reviewer edited the previewed email, replaces its text (the outbox keeps exactly
    what is sent)."""
    trigger = DECISIONS.get(decision)
    if trigger is None:
        raise GrantboxError(f"unknown decision {decision!r}: approve, reject or waitlist")
    note = _clean(note, MAX_NOTE, "note")
    message = _clean(message, MAX_NOTE, "message")
    now = at or utcnow()
    app = _load(session, app_id)
    if app.status != Status.ready_for_review:
        raise Conflict(f"application {app_id} is {app.status}, not ready_for_review")
    actor = actor_for(reviewer)
    new = states.transition(session, app, trigger, actor=actor, reason=note, at=now)
    if trigger is Trigger.approve:
        # The grant an approval offers (issue 12), in the same transaction as the approval.
        from grantbox.grants.records import offer_grant

        offer_grant(session, settings, app, actor=actor, at=now)
    last = _last_inbound(session, app)
    kind = f"decision_{decision}"
    rendered = render_email(
        kind,
        templates_dir=templates_dir(settings),
        message=message,
        **email_context(settings, app, last),
    )
    edited = _clean(text, MAX_EMAIL, "email")
    if edited and edited != rendered.text.strip():
        rendered = text_email(rendered.subject, edited)
        states.note(
            session,
            app,
            kind="decision_email_edited",
            actor=actor,
            reason="the reviewer edited the email before sending",
            at=now,
        )
    row, hold_until = hold_email(
        session, settings, app, kind, rendered, f"decision:{app.id}:", last, actor, now
    )
    return DecisionResult(
        application_id=app.id,
        decision=decision,
        status=new.value,
        outbox_id=row.id,
        email_status=row.status,
        email_reason=row.reason,
        hold_until=hold_until.isoformat(),
    )


def hold_email(
    session: Session,
    settings: Settings,
    app: Application,
    kind: str,
    rendered: RenderedEmail,
    key_prefix: str,
    answering: Message | None,
    actor: str,
    now: datetime,
) -> tuple[OutboxRow, datetime]:
    """Queue the email of a person's decision (an application's, an extension's), held in
    the outbox for the hold window so that it can be cancelled; returns it and the end of the
    hold. A decision cancelled and made again is a new email: one key per decision made."""
    hold_until = now + timedelta(seconds=settings.decision_hold_seconds)
    row = enqueue(
        session,
        settings,
        app=app,
        kind=kind,
        rendered=rendered,
        dedupe_key=f"{key_prefix}{secrets.token_hex(8)}",
        answering=answering,
        actor=actor,
        at=now,
        automatic=False,
        hold_until=hold_until,
    )
    return row, hold_until


def held_decision(session: Session, app_id: int, now: datetime | None = None) -> OutboxRow | None:
    """The decision email of this application still inside its hold window, if any."""
    now = now or utcnow()
    row = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.application_id == app_id,
            OutboxRow.kind.in_(DECISION_KINDS),
            OutboxRow.status.in_([QUEUED, SUPPRESSED]),
            OutboxRow.attempts == 0,
        )
        .order_by(OutboxRow.id.desc())
    ).first()
    if row is None or aware(row.next_attempt_at) <= now + CANCEL_MARGIN:
        return None
    return row


def cancel_decision(
    session: Session,
    settings: Settings,
    app_id: int,
    *,
    reviewer: str,
    reason: str = "",
    at: datetime | None = None,
) -> CancelResult:
    """Take back a decision whose email is still held: the email is never sent, and the
    application is ready for review again."""
    now = at or utcnow()
    app = _load(session, app_id)
    row = held_decision(session, app_id, now)
    if row is None or app.status not in {s.value for s in states.DECIDED}:
        raise Conflict(
            f"application {app_id} has no decision to cancel: its email has gone out, "
            "or the hold window is over"
        )
    actor = actor_for(reviewer)
    why = _clean(reason, MAX_NOTE, "reason") or "cancelled during the hold window"
    row.status = CANCELLED
    row.reason = f"cancelled by {reviewer}: {why}"
    cancelled = app.status
    states.note(session, app, kind="mail_cancelled", actor=actor, reason=f"{row.kind}: {why}")
    new = states.transition(
        session, app, Trigger.decision_cancelled, actor=actor, reason=why, at=now
    )
    if cancelled == Status.approved:
        # Imported here: grantbox.grants.records imports this module.
        from grantbox.grants.records import withdraw_offer

        withdraw_offer(session, app, actor=actor, reason=f"approval cancelled: {why}", at=now)
    session.flush()
    return CancelResult(
        application_id=app.id, status=new.value, outbox_id=row.id, cancelled=cancelled
    )


def ask_more(
    session: Session,
    settings: Settings,
    app_id: int,
    *,
    reviewer: str,
    question: str,
    at: datetime | None = None,
) -> AskResult:
    """Send the reviewer's question in the applicant's thread; the application waits for the
    answer (more_info_requested) and comes back to the queue when they reply."""
    question = _clean(question, MAX_QUESTION, "question")
    if not question:
        raise GrantboxError("the question is empty")
    now = at or utcnow()
    app = _load(session, app_id)
    if app.status != Status.ready_for_review:
        raise Conflict(f"application {app_id} is {app.status}, not ready_for_review")
    actor = actor_for(reviewer)
    new = states.transition(session, app, Trigger.ask_more, actor=actor, reason=question, at=now)
    last = _last_inbound(session, app)
    rendered = render_email(
        "ask_more",
        templates_dir=templates_dir(settings),
        question=question,
        **email_context(settings, app, last),
    )
    row = enqueue(
        session,
        settings,
        app=app,
        kind="ask_more",
        rendered=rendered,
        dedupe_key=f"ask_more:{app.id}:{secrets.token_hex(8)}",
        answering=last,
        actor=actor,
        at=now,
        automatic=False,
    )
    return AskResult(
        application_id=app.id,
        status=new.value,
        outbox_id=row.id,
        email_status=row.status,
        email_reason=row.reason,
    )


def withdraw(
    session: Session,
    settings: Settings,
    app_id: int,
    *,
    reviewer: str,
    note: str = "",
    at: datetime | None = None,
) -> WithdrawResult:
    """Withdraw an open application (the applicant asked): queued emails are cancelled, one
    confirmation is queued. Doing it again changes nothing and sends nothing more."""
    note = _clean(note, MAX_NOTE, "note")
    now = at or utcnow()
    app = _load(session, app_id)  # row lock: a decision cannot interleave
    dedupe_key = f"withdrawn:{app.id}"
    if app.status == Status.withdrawn:
        row = session.scalars(select(OutboxRow).where(OutboxRow.dedupe_key == dedupe_key)).first()
        return WithdrawResult(
            application_id=app.id,
            status=app.status,
            outbox_id=row.id if row is not None else 0,
            email_status=row.status if row is not None else "none",
            email_reason=row.reason if row is not None else None,
            cancelled=[],
            already=True,
        )
    if app.status not in {s.value for s in states.OPEN}:
        raise Conflict(f"application {app_id} is {app.status}: only an open one can be withdrawn")
    actor = actor_for(reviewer)
    cancelled = cancel_queued(session, app, reason=f"withdrawn by {reviewer}", actor=actor)
    new = states.transition(
        session,
        app,
        Trigger.withdraw,
        actor=actor,
        reason=note or "the applicant asked to withdraw",
        at=now,
    )
    states.clear_flag(session, app, WITHDRAW_REQUEST, actor=actor, reason="withdrawn")
    last = _last_inbound(session, app)
    rendered = render_email(
        "withdrawn", templates_dir=templates_dir(settings), **email_context(settings, app, last)
    )
    row = enqueue(
        session,
        settings,
        app=app,
        kind="withdrawn",
        rendered=rendered,
        dedupe_key=dedupe_key,  # one confirmation per application, however often it is done
        answering=last,
        actor=actor,
        at=now,
        automatic=False,
    )
    return WithdrawResult(
        application_id=app.id,
        status=new.value,
        outbox_id=row.id,
        email_status=row.status,
        email_reason=row.reason,
        cancelled=[c.id for c in cancelled],
        already=False,
    )
