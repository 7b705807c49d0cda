"""The daily grants pass (issue 12): grants start and end on their days, each check-in goes
out on its day exactly once, silence is chased, and what stays silent is marked overdue.

`checkins_pass(settings, store, now=...)` decides everything from the store at `now` (as
grantbox/chase.py does), so a second pass on the same day changes nothing and tests drive the
calendar with `now` instead of sleeping:

1. `records.advance`: accepted → active on the start date, active → ended after the end date.
2. Every pending check-in due on or before today, of a grant that is active, ended or
   reported (or ended early, for its end report), is queued through the outbox in the
   grantee's thread, with the dedupe key `checkin:<grant>:<check-in>`, and marked sent in the
   same transaction. The outbox's unique dedupe key is what makes it exactly once: two passes
   racing queue one row (the loser's transaction fails and is skipped), and a pass killed
   before its commit left nothing behind.
3. A check-in sent and unanswered for `checkin_chase_days` (counted from the check-in, our
   last reminder, or the grantee's last email, whichever is latest) gets a reminder, up to
   `checkin_reminders`; after the last and another such wait it is overdue (the digest lists
   it).

While the grantee's address bounces (or the daily limit of automatic mail is reached),
nothing is queued: the check-in stays pending and is reported `held`, and goes out on the
first pass after a person clears the flag. One transaction per check-in, so one failure
cannot undo the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.conversation import email_context, templates_dir
from grantbox.grants import plan, records
from grantbox.grants.conversation import ANSWERED, OVERDUE, SENT
from grantbox.mailtemplates import numbered_questions, render_email
from grantbox.models import MessageKind
from grantbox.outbox import enqueue, reference, suppression
from grantbox.states import GrantStatus
from grantbox.store import Store
from grantbox.store.tables import (
    Application,
    Grant,
    GrantAnswer,
    GrantCheckin,
    Message,
    aware,
    utcnow,
)

ACTOR = "checkins"
# Whose check-ins go out: a grant under way or done; an early-ended one only its end report.
SENDING = frozenset({GrantStatus.active, GrantStatus.ended, GrantStatus.reported})
FROM_GRANTEE = (MessageKind.application.value, MessageKind.reply.value)


@dataclass
class CheckinsReport:
    at: datetime
    started: list[int] = field(default_factory=list)  # grant ids
    ended: list[int] = field(default_factory=list)  # grant ids
    sent: list[int] = field(default_factory=list)  # check-in ids queued this pass
    reminded: list[int] = field(default_factory=list)  # check-in ids
    overdue: list[int] = field(default_factory=list)  # check-in ids marked overdue this pass
    held: list[int] = field(default_factory=list)  # due, not queued: why in `held_reasons`
    held_reasons: dict[int, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "started": self.started,
            "ended": self.ended,
            "sent": self.sent,
            "reminded": self.reminded,
            "overdue": self.overdue,
            "held": self.held,
            "held_reasons": {str(k): v for k, v in self.held_reasons.items()},
        }


def checkins_summary(report: CheckinsReport) -> str:
    return (
        f"checkins at {report.at:%Y-%m-%d %H:%M}: {len(report.started)} started, "
        f"{len(report.ended)} ended, {len(report.sent)} check-ins sent, "
        f"{len(report.reminded)} reminded, {len(report.overdue)} overdue, "
        f"{len(report.held)} held"
    )


def _last_heard(session: Session, app_id: int) -> Message | None:
    return session.scalars(
        select(Message)
        .where(Message.application_id == app_id, Message.kind.in_(FROM_GRANTEE))
        .order_by(Message.recorded_at.desc(), Message.id.desc())
    ).first()


def _context(settings: Settings, app: Application, last: Message | None) -> dict[str, object]:
    # Our subject names the check-in, not their last subject: the reference always goes in.
    return {**email_context(settings, app, last), "reference": reference(app)}


def _may_send(grant: Grant, final: bool) -> bool:
    status = GrantStatus(grant.status)
    return status in SENDING or (status is GrantStatus.ended_early and final)


def _send_one(
    session: Session, settings: Settings, row_id: int, now: datetime, report: CheckinsReport
) -> None:
    row = session.get(GrantCheckin, row_id, with_for_update=True)
    if row is None or row.status != records.PENDING:
        return  # another pass got there first
    grant = records.load_grant(session, row.grant_id)
    try:
        checkin = plan.checkin_set(settings.checkins_file).get(row.checkin)
    except KeyError:
        report.held.append(row.id)
        report.held_reasons[row.id] = f"{row.checkin!r} is not in the check-ins file"
        return
    if not _may_send(grant, checkin.final):
        return
    app = grant.application
    why = suppression(session, settings, app, now)
    if why is not None:
        report.held.append(row.id)
        report.held_reasons[row.id] = why
        return
    last = _last_heard(session, app.id)
    rendered = render_email(
        "checkin",
        templates_dir=templates_dir(settings),
        checkin_title=checkin.title,
        intro=checkin.intro,
        questions=numbered_questions(checkin.question_set),
        missing=False,
        final=checkin.final,
        **_context(settings, app, last),
    )
    out = enqueue(
        session,
        settings,
        app=app,
        kind="checkin",
        rendered=rendered,
        dedupe_key=f"checkin:{grant.id}:{checkin.id}",
        answering=last,
        actor=ACTOR,
        at=now,
    )
    row.status, row.sent_at, row.sent_outbox_id = SENT, now, out.id
    states.grant_note(
        session,
        grant,
        kind="checkin_sent",
        actor=ACTOR,
        reason=f"{checkin.title} (due {row.due_date.isoformat()})",
        at=now,
    )
    report.sent.append(row.id)


def _chase_one(
    session: Session, settings: Settings, row_id: int, now: datetime, report: CheckinsReport
) -> None:
    row = session.get(GrantCheckin, row_id, with_for_update=True)
    if row is None or row.status != SENT or row.sent_at is None:
        return
    grant = records.load_grant(session, row.grant_id)
    app = grant.application
    if "bouncing" in app.flags:
        return  # nothing reaches them: a person looks (the digest lists the bounce)
    heard = _last_heard(session, app.id)
    times = [aware(row.sent_at)]
    if row.last_reminded_at is not None:
        times.append(aware(row.last_reminded_at))
    if heard is not None:
        times.append(aware(heard.recorded_at))
    if now - max(times) < timedelta(days=settings.checkin_chase_days):
        return
    checkin = plan.checkin_set(settings.checkins_file).get(row.checkin)
    if row.reminders >= settings.checkin_reminders:
        row.status = OVERDUE
        states.grant_note(
            session,
            grant,
            kind="checkin_overdue",
            actor=ACTOR,
            reason=f"{checkin.title}: no answer after {row.reminders} reminder(s)",
            at=now,
        )
        report.overdue.append(row.id)
        return
    have = set(
        session.scalars(
            select(GrantAnswer.question_id).where(
                GrantAnswer.grant_id == grant.id, GrantAnswer.checkin == checkin.id
            )
        )
    )
    missing = [q for q in checkin.question_set.required_ids if q not in have]
    number = row.reminders + 1
    rendered = render_email(
        "checkin_reminder",
        templates_dir=templates_dir(settings),
        checkin_title=checkin.title,
        questions=numbered_questions(checkin.question_set, missing),
        last=number >= settings.checkin_reminders,
        **_context(settings, app, heard),
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="checkin_reminder",
        rendered=rendered,
        # The n-th reminder of this check-in: the same pass twice queues it once.
        dedupe_key=f"checkin_reminder:{grant.id}:{checkin.id}:{number}",
        answering=heard,
        actor=ACTOR,
        at=now,
    )
    row.reminders, row.last_reminded_at = number, now
    report.reminded.append(row.id)


def _each(store: Store, ids: list[int], work: Callable[[Session, int], None]) -> None:
    """Run `work(session, id)` in one transaction per id. A unique-key clash means a racing
    pass did this one first (its email exists once): skipped, not an error."""
    for row_id in ids:
        try:
            with store.transaction() as session:
                work(session, row_id)
        except IntegrityError:
            continue


def checkins_pass(
    settings: Settings, store: Store, *, now: datetime | None = None
) -> CheckinsReport:
    """One daily pass at `now` (default: the clock)."""
    now = aware(now or utcnow()).astimezone(UTC)
    report = CheckinsReport(at=now)
    today = now.date()
    with store.transaction() as session:
        for grant_id, status in records.advance(session, settings, now):
            if status == GrantStatus.active.value:
                report.started.append(grant_id)
            elif status == GrantStatus.ended.value:
                report.ended.append(grant_id)
    with store.reading() as session:
        due = list(
            session.scalars(
                select(GrantCheckin.id)
                .where(GrantCheckin.status == records.PENDING, GrantCheckin.due_date <= today)
                .order_by(GrantCheckin.due_date, GrantCheckin.id)
            )
        )
        waiting = list(
            session.scalars(
                select(GrantCheckin.id)
                .where(GrantCheckin.status == SENT)
                .order_by(GrantCheckin.due_date, GrantCheckin.id)
            )
        )
    _each(store, due, lambda session, i: _send_one(session, settings, i, now, report))
    # A check-in queued this pass is not chased in it.
    waiting = [i for i in waiting if i not in report.sent]
    _each(store, waiting, lambda session, i: _chase_one(session, settings, i, now, report))
    return report


def overdue_checkins(session: Session, limit: int = 10) -> tuple[int, list[GrantCheckin]]:
    """Check-ins every reminder of which went unanswered (for the digest): how many, and the
    oldest `limit` of them."""
    count = (
        session.scalar(
            select(func.count()).select_from(GrantCheckin).where(GrantCheckin.status == OVERDUE)
        )
        or 0
    )
    rows = list(
        session.scalars(
            select(GrantCheckin)
            .where(GrantCheckin.status == OVERDUE)
            .order_by(GrantCheckin.due_date, GrantCheckin.id)
            .limit(limit)
        )
    )
    return count, rows


__all__ = [
    "ANSWERED",
    "CheckinsReport",
    "checkins_pass",
    "checkins_summary",
    "overdue_checkins",
]
