"""Chasing applicants who have gone quiet.

An application waiting for the applicant (a resume, answers, a reviewer's question) with no
email from them for `chase_after_days` gets a reminder through the outbox; up to
`chase_reminders` reminders, `chase_interval_days` apart; after the last one and another
interval of silence it becomes stale. Only mail filed under the application as theirs
(`application` / `reply`) counts as hearing from them — our own copies never do. Everything
is decided from the store at `now`, so a second pass on the same day changes nothing, and
tests drive the calendar with `now` instead of sleeping.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.conversation import (
    answers_of,
    email_context,
    has_readable_resume,
    question_set,
    templates_dir,
)
from grantbox.filing import WITHDRAW_REQUEST
from grantbox.mailtemplates import numbered_questions, render_email
from grantbox.models import MessageKind
from grantbox.outbox import QUEUED, SENDING, SENT, enqueue
from grantbox.states import WAITING_FOR_APPLICANT, Status, Trigger
from grantbox.store import Store
from grantbox.store.tables import Application, Message, OutboxRow, utcnow

ACTOR = "chase"
FROM_APPLICANT = (MessageKind.application.value, MessageKind.reply.value)


@dataclass
class ChaseReport:
    at: datetime
    waiting: int = 0
    reminded: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "waiting": self.waiting,
            "reminded": self.reminded,
            "stale": self.stale,
        }


def _last_heard(session: Session, app_id: int) -> Message | None:
    return session.scalars(
        select(Message)
        .where(Message.application_id == app_id, Message.kind.in_(FROM_APPLICANT))
        .order_by(Message.recorded_at.desc(), Message.id.desc())
    ).first()


def _last_ours(session: Session, app_id: int, since: datetime) -> datetime | None:
    """When we last wrote to them (anything actually going out) since they last wrote."""
    return session.scalar(
        select(func.max(OutboxRow.created_at)).where(
            OutboxRow.application_id == app_id,
            OutboxRow.created_at >= since,
            OutboxRow.status.in_([QUEUED, SENDING, SENT]),
        )
    )


def _reminders_since(session: Session, app_id: int, since: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(OutboxRow)
            .where(
                OutboxRow.application_id == app_id,
                OutboxRow.kind == "reminder",
                OutboxRow.created_at >= since,
            )
        )
        or 0
    )


def _aware(value: datetime) -> datetime:
    # SQLite gives naive datetimes back; everything here is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def chase_one(session: Session, settings: Settings, app: Application, now: datetime) -> str | None:
    """Remind or close one waiting application; returns "reminded", "stale" or None."""
    if "bouncing" in app.flags or WITHDRAW_REQUEST in app.flags:
        return None  # nothing reaches them / they asked to withdraw: a person decides
    heard = _last_heard(session, app.id)
    if heard is None:
        return None
    since = _aware(heard.recorded_at)
    sent = _reminders_since(session, app.id, since)
    last_ours = _last_ours(session, app.id, since)
    quiet_since = _aware(last_ours) if last_ours is not None else since
    wait = timedelta(days=settings.chase_after_days if sent == 0 else settings.chase_interval_days)
    if now - quiet_since < wait:
        return None
    if sent >= settings.chase_reminders:
        states.transition(
            session,
            app,
            Trigger.chase_exhausted,
            actor=ACTOR,
            reason=f"no reply after {sent} reminder(s)",
            at=now,
        )
        return "stale"
    questions = question_set(settings)
    have = answers_of(session, app.id)
    missing = [q for q in questions.required_ids if not have.get(q, "").strip()]
    needs_resume = not has_readable_resume(app)
    rendered = render_email(
        "reminder",
        templates_dir=templates_dir(settings),
        **email_context(settings, app, heard),
        needs_resume=needs_resume,
        questions=numbered_questions(questions, missing),
        last=sent + 1 >= settings.chase_reminders,
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="reminder",
        rendered=rendered,
        # The n-th reminder after their last email: the same pass twice queues it once.
        dedupe_key=f"reminder:{app.id}:{heard.id}:{sent + 1}",
        answering=heard,
        actor=ACTOR,
        at=now,
    )
    return "reminded"


def chase(settings: Settings, store: Store, *, now: datetime | None = None) -> ChaseReport:
    """One chase pass over every application waiting for its applicant; one transaction per
    application, so one failure cannot undo the others."""
    now = now or utcnow()
    report = ChaseReport(at=now)
    waiting = [s.value for s in WAITING_FOR_APPLICANT]
    with store.transaction() as session:
        ids = list(
            session.scalars(
                select(Application.id)
                .where(Application.status.in_(waiting))
                .order_by(Application.id)
            )
        )
    report.waiting = len(ids)
    for app_id in ids:
        with store.transaction() as session:
            app = session.get(Application, app_id)
            if app is None or Status(app.status) not in WAITING_FOR_APPLICANT:
                continue
            outcome = chase_one(session, settings, app, now)
        if outcome == "reminded":
            report.reminded.append(app_id)
        elif outcome == "stale":
            report.stale.append(app_id)
    return report
