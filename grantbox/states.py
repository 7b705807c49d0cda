"""The application state machine: the one place that decides and writes an application's status.

`Status` is every state, `Trigger` every reason to move, and `TRANSITIONS` the whole table
(from-states × trigger → to-state) on one screen. `transition()` applies a trigger to an
application inside the caller's transaction and writes the audit event beside it. No other
module assigns `Application.status`.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy.orm import Session

from grantbox.errors import GrantboxError
from grantbox.store.tables import Application, Event, Grant, utcnow


class Status(enum.StrEnum):
    received = "received"
    awaiting_resume = "awaiting_resume"
    questions_sent = "questions_sent"
    ready_for_review = "ready_for_review"
    more_info_requested = "more_info_requested"
    approved = "approved"
    rejected = "rejected"
    waitlisted = "waitlisted"
    stale = "stale"
    withdrawn = "withdrawn"


class Trigger(enum.StrEnum):
    resume_found = "resume_found"  # the first mail carried a resume: questions go out
    resume_missing = "resume_missing"  # the first mail had none: ask for it
    resume_arrived = "resume_arrived"  # a later mail brought the missing resume
    answers_complete = "answers_complete"  # every required question has an answer
    approve = "approve"
    reject = "reject"
    waitlist = "waitlist"
    ask_more = "ask_more"  # a reviewer asks a further question
    # A reviewer cancelled a decision while its email was still held in the outbox: the
    # application goes back to the queue as if the decision had not been made.
    decision_cancelled = "decision_cancelled"
    chase_exhausted = "chase_exhausted"  # no reply after the last reminder
    revived = "revived"  # a stale applicant wrote after all
    withdraw = "withdraw"  # the applicant asked to withdraw


OPEN = frozenset(
    {
        Status.received,
        Status.awaiting_resume,
        Status.questions_sent,
        Status.more_info_requested,
        Status.ready_for_review,
        Status.stale,
    }
)
DECIDED = frozenset({Status.approved, Status.rejected, Status.waitlisted})
WAITING_FOR_APPLICANT = frozenset(
    {Status.awaiting_resume, Status.questions_sent, Status.more_info_requested}
)

# (from-states, trigger) → to-state. Read top to bottom, this is the application's life.
TRANSITIONS: dict[tuple[Status, Trigger], Status] = {
    (Status.received, Trigger.resume_found): Status.questions_sent,
    (Status.received, Trigger.resume_missing): Status.awaiting_resume,
    (Status.awaiting_resume, Trigger.resume_arrived): Status.questions_sent,
    (Status.questions_sent, Trigger.answers_complete): Status.ready_for_review,
    (Status.more_info_requested, Trigger.answers_complete): Status.ready_for_review,
    (Status.ready_for_review, Trigger.approve): Status.approved,
    (Status.ready_for_review, Trigger.reject): Status.rejected,
    (Status.ready_for_review, Trigger.waitlist): Status.waitlisted,
    (Status.ready_for_review, Trigger.ask_more): Status.more_info_requested,
    **{(s, Trigger.decision_cancelled): Status.ready_for_review for s in DECIDED},
    (Status.awaiting_resume, Trigger.chase_exhausted): Status.stale,
    (Status.questions_sent, Trigger.chase_exhausted): Status.stale,
    (Status.more_info_requested, Trigger.chase_exhausted): Status.stale,
    # A stale applicant who writes after all starts over from what they have sent; the
    # conversation then moves them on (questions already asked are not asked again).
    (Status.stale, Trigger.revived): Status.received,
    **{(s, Trigger.withdraw): Status.withdrawn for s in OPEN},
}


class InvalidTransition(GrantboxError):
    def __init__(self, status: str, trigger: Trigger | GrantTrigger) -> None:
        super().__init__(f"cannot {trigger.value.replace('_', ' ')} from status {status}")
        self.status = status
        self.trigger = trigger


def next_status(status: Status, trigger: Trigger) -> Status:
    """Where `trigger` takes an application in `status`; raises InvalidTransition if nowhere."""
    try:
        return TRANSITIONS[(status, trigger)]
    except KeyError:
        raise InvalidTransition(status, trigger) from None


def create_application(
    session: Session,
    *,
    email: str,
    name: str,
    actor: str,
    reason: str,
    backlog: bool = False,
    message_pk: int | None = None,
    at: datetime | None = None,
) -> Application:
    """A new application in `received`, with its creation event."""
    now = at or utcnow()
    app = Application(
        email=email,
        name=name,
        status=Status.received.value,
        flags=[],
        backlog=backlog,
        created_at=now,
        updated_at=now,
    )
    session.add(app)
    session.flush()
    session.add(
        Event(
            application_id=app.id,
            at=now,
            actor=actor,
            kind="created",
            to_status=Status.received.value,
            reason=reason,
            message_pk=message_pk,
        )
    )
    return app


def transition(
    session: Session,
    app: Application,
    trigger: Trigger,
    *,
    actor: str,
    reason: str = "",
    message_pk: int | None = None,
    at: datetime | None = None,
) -> Status:
    """Apply `trigger` to `app` and record the event, in the caller's transaction."""
    old = Status(app.status)
    new = next_status(old, trigger)
    now = at or utcnow()
    app.status = new.value
    app.updated_at = now
    session.add(
        Event(
            application_id=app.id,
            at=now,
            actor=actor,
            kind=trigger.value,
            from_status=old.value,
            to_status=new.value,
            reason=reason,
            message_pk=message_pk,
        )
    )
    return new


def add_flag(
    session: Session,
    app: Application,
    flag: str,
    *,
    actor: str,
    reason: str,
    message_pk: int | None = None,
) -> None:
    """Flags (bouncing, no_text_layer, attachment_too_large, …) sit beside the status; setting
    one is an event too, so the timeline shows why it is there."""
    if flag in app.flags:
        return
    app.flags = [*app.flags, flag]
    session.add(
        Event(
            application_id=app.id,
            actor=actor,
            kind=f"flag:{flag}",
            reason=reason,
            message_pk=message_pk,
        )
    )


def clear_flag(session: Session, app: Application, flag: str, *, actor: str, reason: str) -> None:
    """Take a flag off; an event too, so the timeline shows who and why."""
    if flag not in app.flags:
        return
    app.flags = [f for f in app.flags if f != flag]
    session.add(Event(application_id=app.id, actor=actor, kind=f"unflag:{flag}", reason=reason))


def note(
    session: Session,
    app: Application,
    *,
    kind: str,
    actor: str,
    reason: str,
    message_pk: int | None = None,
    at: datetime | None = None,
) -> None:
    """An event on the timeline that changes no status (answers received, mail queued, …)."""
    session.add(
        Event(
            application_id=app.id,
            at=at or utcnow(),
            actor=actor,
            kind=kind,
            reason=reason,
            message_pk=message_pk,
        )
    )


# -- grants -------------------------------------------------------------------------------
# A grant (issue 12) has its own life after its application is approved, in the same style:
# its statuses, its triggers, the table, and one function that writes `Grant.status`.


class GrantStatus(enum.StrEnum):
    offered = "offered"  # approved; waiting for the grantee to confirm a start date
    accepted = "accepted"  # start date agreed; not started yet
    active = "active"  # between its start and end dates
    ended = "ended"  # past its end date; the end report is due
    reported = "reported"  # the end report is in
    declined = "declined"  # the grantee said no, or the offer was cancelled
    ended_early = "ended_early"  # the grantee stopped before the end date


class GrantTrigger(enum.StrEnum):
    accept = "accept"  # the grantee confirmed a start date (or a person set one)
    start = "start"  # the start date came
    end = "end"  # the end date came
    report = "report"  # the end-of-grant report was filed
    decline = "decline"  # the grantee declined; or the approval was cancelled in its hold
    end_early = "end_early"  # a person confirmed the grantee stopped early


GRANT_LIVE = frozenset(
    {GrantStatus.offered, GrantStatus.accepted, GrantStatus.active, GrantStatus.ended}
)

GRANT_TRANSITIONS: dict[tuple[GrantStatus, GrantTrigger], GrantStatus] = {
    (GrantStatus.offered, GrantTrigger.accept): GrantStatus.accepted,
    # A start date moved before the grant started is accepted again (the date changes).
    (GrantStatus.accepted, GrantTrigger.accept): GrantStatus.accepted,
    (GrantStatus.accepted, GrantTrigger.start): GrantStatus.active,
    (GrantStatus.active, GrantTrigger.end): GrantStatus.ended,
    (GrantStatus.ended, GrantTrigger.report): GrantStatus.reported,
    # An end report sent early (they finished early, or wrote before the last day) counts.
    (GrantStatus.active, GrantTrigger.report): GrantStatus.reported,
    (GrantStatus.ended_early, GrantTrigger.report): GrantStatus.reported,
    (GrantStatus.offered, GrantTrigger.decline): GrantStatus.declined,
    (GrantStatus.accepted, GrantTrigger.decline): GrantStatus.declined,
    (GrantStatus.accepted, GrantTrigger.end_early): GrantStatus.ended_early,
    (GrantStatus.active, GrantTrigger.end_early): GrantStatus.ended_early,
}


def next_grant_status(status: GrantStatus, trigger: GrantTrigger) -> GrantStatus:
    try:
        return GRANT_TRANSITIONS[(status, trigger)]
    except KeyError:
        raise InvalidTransition(status, trigger) from None


def grant_transition(
    session: Session,
    grant: Grant,
    trigger: GrantTrigger,
    *,
    actor: str,
    reason: str = "",
    message_pk: int | None = None,
    at: datetime | None = None,
) -> GrantStatus:
    """Apply `trigger` to `grant` and record the event (on its application's timeline, with
    `grant_id` set), in the caller's transaction."""
    old = GrantStatus(grant.status)
    new = next_grant_status(old, trigger)
    now = at or utcnow()
    grant.status = new.value
    grant.updated_at = now
    session.add(
        Event(
            application_id=grant.application_id,
            grant_id=grant.id,
            at=now,
            actor=actor,
            kind=f"grant:{trigger.value}",
            from_status=old.value,
            to_status=new.value,
            reason=reason,
            message_pk=message_pk,
        )
    )
    return new


def grant_note(
    session: Session,
    grant: Grant,
    *,
    kind: str,
    actor: str,
    reason: str,
    message_pk: int | None = None,
    at: datetime | None = None,
) -> None:
    """An event on a grant's timeline that changes no status (check-in sent, payment made…)."""
    session.add(
        Event(
            application_id=grant.application_id,
            grant_id=grant.id,
            at=at or utcnow(),
            actor=actor,
            kind=f"grant:{kind}",
            reason=reason,
            message_pk=message_pk,
        )
    )
