"""The reviewers' daily digest: what waits for them, in one email a day.

One pass reads the store at `now`: the counts per status, the applications longest waiting
for review, the applications new since the last digest, the ones whose applicant asked to
withdraw (a person confirms), how much mail needs a human (grantbox.review.triage),
outgoing mail that has waited over an hour or was refused for good (`outbox.late_mail`), and
for grants (issue 12): check-ins overdue (every reminder went unanswered) and instalments due
(unpaid, due within `PAYMENTS_AHEAD` or past).
When there is something to say, it queues one email per recipient through the outbox
(`enqueue_staff`); the sender delivers it exactly once like any other. Recipients are the
enabled reviewers with an email plus `digest_to`.

"The last digest" is the newest outbox row of kind `digest` created before `now` (any status
but cancelled): the outbox already records when each digest was decided, so nothing else is
stored. With none yet, "new" means the last 24 hours. A day's digest has the dedupe key
`digest:<UTC date>:<address>`, so a second pass on the same day queues nothing; tests and
operators drive the calendar with `now`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox.config import Settings
from grantbox.conversation import templates_dir
from grantbox.filing import WITHDRAW_REQUEST
from grantbox.mailtemplates import render_email
from grantbox.outbox import CANCELLED, LateMail, enqueue_staff, late_mail
from grantbox.privacy import expired
from grantbox.review.triage import pending_count
from grantbox.states import OPEN, GrantStatus, Status
from grantbox.store import Store
from grantbox.store.tables import (
    Application,
    Grant,
    GrantPayment,
    OutboxRow,
    Reviewer,
    aware,
    flagged,
    utcnow,
)

ACTOR = "digest"
KIND = "digest"
TOP = 10  # applications listed per section; the counts cover the rest
BLIND_NAME = "(name hidden: blind first read)"
PAYMENTS_AHEAD = timedelta(days=7)  # instalments due this soon are listed
NOTHING = (
    "nothing waits for review, needs a human, asks to withdraw or is new, no check-in is "
    "overdue, no payment is due, and no mail is stuck"
)
NO_RECIPIENTS = "no recipients: no enabled reviewer has an email and GRANTBOX_DIGEST_TO is empty"


@dataclass
class DigestReport:
    at: datetime
    since: datetime  # "new" means created after this (the last digest)
    counts: dict[str, int] = field(default_factory=dict)
    waiting: int = 0  # ready for review
    oldest: list[dict[str, Any]] = field(default_factory=list)
    new: int = 0
    newest: list[dict[str, Any]] = field(default_factory=list)
    needs_human: int = 0
    withdrawing: list[dict[str, Any]] = field(default_factory=list)  # asked; a person confirms
    late: LateMail = field(default_factory=LateMail)  # outgoing mail stuck or refused
    # What the retention run of the next day will erase (status -> applications; "unfiled"
    # -> emails filed under no application); empty when retention is off or nothing is due.
    to_erase: dict[str, int] = field(default_factory=dict)
    overdue_checkins: int = 0
    overdue: list[dict[str, Any]] = field(default_factory=list)  # the oldest TOP of them
    payments_due: int = 0
    payments: list[dict[str, Any]] = field(default_factory=list)  # the soonest TOP of them
    # Per recipient (committee review): applications assigned to her, waiting for her review.
    mine: list[dict[str, Any]] = field(default_factory=list)
    mine_waiting: int = 0
    recipients: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)  # this pass
    already_queued: list[str] = field(default_factory=list)  # today's was queued before
    skipped: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "since": self.since.isoformat(),
            "counts": self.counts,
            "waiting": self.waiting,
            "oldest": self.oldest,
            "new": self.new,
            "newest": self.newest,
            "needs_human": self.needs_human,
            "withdrawing": self.withdrawing,
            "late": self.late.as_dict(),
            "to_erase": self.to_erase,
            "overdue_checkins": self.overdue_checkins,
            "overdue": self.overdue,
            "payments_due": self.payments_due,
            "payments": self.payments,
            "recipients": self.recipients,
            "queued": self.queued,
            "already_queued": self.already_queued,
            "skipped": self.skipped,
        }


def last_digest(session: Session, now: datetime) -> datetime | None:
    at = session.scalar(
        select(func.max(OutboxRow.created_at)).where(
            OutboxRow.kind == KIND, OutboxRow.status != CANCELLED, OutboxRow.created_at < now
        )
    )
    return aware(at) if at is not None else None


def recipients(session: Session, settings: Settings) -> list[str]:
    """Enabled reviewers with an email, then `digest_to`; one each, whatever the case."""
    addresses = session.scalars(
        select(Reviewer.email)
        .where(Reviewer.disabled.is_(False), Reviewer.email.is_not(None))
        .order_by(Reviewer.id)
    )
    seen: dict[str, str] = {}
    for address in [*addresses, *settings.digest_to]:
        if address and address.strip():
            seen.setdefault(address.strip().lower(), address.strip())
    return list(seen.values())


def _row(app: Application, base: str, now: datetime) -> dict[str, Any]:
    return {
        "id": app.id,
        "reference": f"GB-{app.id}",
        "name": app.name,
        "status": app.status,
        "days": max(0, (now - aware(app.updated_at)).days),
        "link": f"{base}/applications/{app.id}",
    }


def _content(session: Session, settings: Settings, report: DigestReport) -> None:
    now, base = report.at, settings.review_url.rstrip("/")
    counts: dict[str, int] = {
        status: n
        for status, n in session.execute(
            select(Application.status, func.count()).group_by(Application.status)
        )
    }
    report.counts = {s.value: counts[s.value] for s in Status if counts.get(s.value)}
    report.waiting = report.counts.get(Status.ready_for_review.value, 0)
    # Longest waiting first, as in the review queue (waiting since its last status change).
    report.oldest = [
        _row(a, base, now)
        for a in session.scalars(
            select(Application)
            .where(Application.status == Status.ready_for_review.value)
            .order_by(Application.updated_at, Application.id)
            .limit(TOP)
        )
    ]
    new = (Application.created_at > report.since) & (Application.created_at <= now)
    report.new = session.scalar(select(func.count()).select_from(Application).where(new)) or 0
    report.newest = [
        _row(a, base, now)
        for a in session.scalars(
            select(Application).where(new).order_by(Application.id.desc()).limit(TOP)
        )
    ]
    report.needs_human = pending_count(session)
    report.late = late_mail(session, settings, now)
    due = expired(session, settings, now + timedelta(days=1))
    report.to_erase = {status: len(ids) for status, ids in due.applications.items() if ids}
    if due.unmatched:
        report.to_erase["unfiled"] = len(due.unmatched)
    report.withdrawing = [
        _row(a, base, now)
        for a in session.scalars(
            select(Application)
            .where(Application.status.in_([s.value for s in OPEN]), flagged(WITHDRAW_REQUEST))
            .order_by(Application.updated_at, Application.id)
            .limit(TOP)
        )
    ]


def _grants(session: Session, settings: Settings, report: DigestReport) -> None:
    """Check-ins overdue and instalments due: what the grants need of a person."""
    from grantbox.grants import plan
    from grantbox.grants.checkins import overdue_checkins

    now, base = report.at, settings.review_url.rstrip("/")
    report.overdue_checkins, rows = overdue_checkins(session, TOP)
    checkins = plan.checkin_set(settings.checkins_file)
    for row in rows:
        grant = session.get(Grant, row.grant_id)
        assert grant is not None
        try:
            title = checkins.get(row.checkin).title
        except KeyError:
            title = row.checkin
        report.overdue.append(
            {
                "grant_id": grant.id,
                "application_id": grant.application_id,
                "reference": f"GB-{grant.application_id}",
                "name": grant.application.name,
                "checkin": row.checkin,
                "title": title,
                "due_date": row.due_date.isoformat(),
                "days": max(0, (now.date() - row.due_date).days),
                "link": f"{base}/grants/{grant.id}",
            }
        )
    due = (
        GrantPayment.paid_at.is_(None)
        & GrantPayment.due_date.is_not(None)
        & (GrantPayment.due_date <= (now + PAYMENTS_AHEAD).date())
        & Grant.status.not_in([GrantStatus.declined.value, GrantStatus.offered.value])
    )
    report.payments_due = (
        session.scalar(
            select(func.count())
            .select_from(GrantPayment)
            .join(Grant, Grant.id == GrantPayment.grant_id)
            .where(due)
        )
        or 0
    )
    for payment, grant in session.execute(
        select(GrantPayment, Grant)
        .join(Grant, Grant.id == GrantPayment.grant_id)
        .where(due)
        .order_by(GrantPayment.due_date, GrantPayment.id)
        .limit(TOP)
    ).all():
        assert payment.due_date is not None
        report.payments.append(
            {
                "grant_id": grant.id,
                "application_id": grant.application_id,
                "payment_id": payment.id,
                "reference": f"GB-{grant.application_id}",
                "name": grant.application.name,
                "number": payment.number,
                "amount": f"{payment.amount:,.2f}",
                "currency": grant.currency,
                "due_date": payment.due_date.isoformat(),
                "late": payment.due_date < now.date(),
                "link": f"{base}/grants/{grant.id}",
            }
        )


def digest(settings: Settings, store: Store, now: datetime | None = None) -> DigestReport:
    """One digest pass: decide what to say and queue it to every recipient, in one
    transaction (so "the last digest" moves exactly when the emails exist)."""
    now = aware(now or utcnow()).astimezone(UTC)  # SQLite keeps wall-clock time: UTC only
    with store.transaction() as session:
        since = last_digest(session, now) or now - timedelta(days=1)
        report = DigestReport(at=now, since=since)
        _content(session, settings, report)
        _grants(session, settings, report)
        report.recipients = recipients(session, settings)
        late = report.late.waiting or report.late.failed
        news = report.waiting or report.needs_human or report.new or report.withdrawing
        news = news or report.overdue_checkins or report.payments_due
        if not (news or late or report.to_erase):
            report.skipped = NOTHING
            return report
        if not report.recipients:
            report.skipped = NO_RECIPIENTS
            return report
        day = now.date().isoformat()
        keys = {address: f"digest:{day}:{address.lower()}" for address in report.recipients}
        done = set(
            session.scalars(
                select(OutboxRow.dedupe_key).where(OutboxRow.dedupe_key.in_(keys.values()))
            )
        )
        report.already_queued = [a for a, key in keys.items() if key in done]
        report.queued = [a for a, key in keys.items() if key not in done]
        if not report.queued:
            return report
        base = settings.review_url.rstrip("/")
        reviewers = _reviewers_by_address(session)
        for address in report.queued:
            reviewer = reviewers.get(address.lower())
            rendered = render_email(
                "digest",
                templates_dir=templates_dir(settings),
                program_name=settings.program_name,
                team_name=settings.team_name,
                report=_seen_by(session, settings, report, reviewer),
                queue_link=f"{base}/",
                mine_link=f"{base}/?assigned=me",
                human_link=f"{base}/human",
            )
            enqueue_staff(
                session,
                settings,
                to=address,
                kind=KIND,
                rendered=rendered,
                dedupe_key=keys[address],
                actor=ACTOR,
                at=now,
            )
    return report


def _reviewers_by_address(session: Session) -> dict[str, Reviewer]:
    rows = session.scalars(
        select(Reviewer).where(Reviewer.disabled.is_(False), Reviewer.email.is_not(None))
    )
    found: dict[str, Reviewer] = {}
    for r in rows:
        found.setdefault((r.email or "").strip().lower(), r)
    return found


def _seen_by(
    session: Session, settings: Settings, report: DigestReport, reviewer: Reviewer | None
) -> DigestReport:
    """The digest as one recipient may read it (committee review, issue 14): what is assigned
    to her and waits for her review on top; nothing about an application she is recused
    from; and no applicant's name at all in blind-first-read mode (an email cannot know
    which of them she has scored by the time she reads it)."""
    from grantbox.committee.assignment import assigned_open
    from grantbox.store.tables import ConflictOfInterest

    recused: set[int] = set()
    mine: list[dict[str, Any]] = []
    ids: list[int] = []
    if reviewer is not None:
        recused = set(
            session.scalars(
                select(ConflictOfInterest.application_id).where(
                    ConflictOfInterest.reviewer_id == reviewer.id
                )
            )
        )
        base = settings.review_url.rstrip("/")
        ids = assigned_open(session, reviewer.id)
        apps = {
            a.id: a
            for a in session.scalars(select(Application).where(Application.id.in_(ids[:TOP])))
        }
        mine = [_row(apps[i], base, report.at) for i in ids[:TOP] if i in apps]

    def keep(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = [r for r in rows if r.get("id", r.get("application_id")) not in recused]
        if settings.blind_first_read:
            rows = [{**r, "name": BLIND_NAME} for r in rows]
        return rows

    seen = replace(
        report,
        oldest=keep(report.oldest),
        newest=keep(report.newest),
        withdrawing=keep(report.withdrawing),
        overdue=keep(report.overdue),
        payments=keep(report.payments),
    )
    seen.mine = keep(mine)
    seen.mine_waiting = len(ids)
    return seen
