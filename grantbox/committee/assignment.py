"""Sharing out the work: each complete application goes to N reviewers (the setting
`reviews_per_application`, or `grantbox assign --per-application N`), least busy first, or
a reviewer takes one herself. An application is ready to decide when N reviews are in.

`assign` gives work to reviewers with the role "reviewer", and to chairs only when there are
too few of those; never to anyone recused from the application or flagged as a possible
conflict of interest with it (grantbox/committee/conflicts.py). "Least busy" is the open
load: applications assigned to her that wait for her review. Ties go to the older account.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, insert, select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.committee.conflicts import possible_conflicts_many
from grantbox.committee.reviews import quorum, reviewable_application, submitted_count
from grantbox.committee.roles import allowed
from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.states import Status
from grantbox.store.tables import (
    Application,
    ConflictOfInterest,
    Event,
    Review,
    ReviewAssignment,
    Reviewer,
    utcnow,
)

MAX_PER_APPLICATION = 50


@dataclass
class AssignReport:
    per_application: int
    applications: int = 0  # ready for review
    assigned: list[dict[str, Any]] = field(default_factory=list)  # {application_id, reviewer}
    short: list[int] = field(default_factory=list)  # still fewer than N: too few reviewers

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _open_work(reviewer_id: Any) -> Any:
    """Assignments to applications waiting for a decision that her review is missing from."""
    return and_(
        Application.id == ReviewAssignment.application_id,
        Application.status == Status.ready_for_review.value,
        ~exists().where(
            Review.application_id == ReviewAssignment.application_id,
            Review.reviewer_id == reviewer_id,
            Review.submitted_at.is_not(None),
        ),
    )


def assigned_open(session: Session, reviewer_id: int) -> list[int]:
    """The applications assigned to the reviewer that wait for her review, in queue order
    (longest waiting first)."""
    return list(
        session.scalars(
            select(Application.id)
            .join(ReviewAssignment, ReviewAssignment.application_id == Application.id)
            .where(
                ReviewAssignment.reviewer_id == reviewer_id,
                _open_work(ReviewAssignment.reviewer_id),
            )
            .order_by(Application.updated_at, Application.id)
        )
    )


def ready_to_decide(session: Session, settings: Settings, app_id: int) -> bool:
    """Whether enough reviews are in (`reviews_per_application`) for the chair to decide."""
    return submitted_count(session, app_id) >= quorum(settings)


def assignees(session: Session, app_id: int) -> list[str]:
    """The names of the reviewers assigned to `app_id`, in the order they were assigned."""
    return list(
        session.scalars(
            select(Reviewer.name)
            .join(ReviewAssignment, ReviewAssignment.reviewer_id == Reviewer.id)
            .where(ReviewAssignment.application_id == app_id)
            .order_by(ReviewAssignment.id)
        )
    )


def take(
    session: Session, app_id: int, reviewer: Reviewer, at: datetime | None = None
) -> ReviewAssignment:
    """`reviewer` takes application `app_id` for review (the same assignment if she has it)."""
    allowed(session, reviewer, "take", app_id)
    app = reviewable_application(session, app_id)
    existing = session.scalars(
        select(ReviewAssignment).where(
            ReviewAssignment.application_id == app_id,
            ReviewAssignment.reviewer_id == reviewer.id,
        )
    ).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    row = ReviewAssignment(
        application_id=app_id, reviewer_id=reviewer.id, assigned_by="self", assigned_at=now
    )
    session.add(row)
    states.note(
        session,
        app,
        kind="review_taken",
        actor=f"reviewer:{reviewer.name}",
        reason=f"{reviewer.name} took it for review",
        at=now,
    )
    session.flush()
    return row


def assign(
    session: Session,
    settings: Settings,
    *,
    per_application: int | None = None,
    at: datetime | None = None,
) -> AssignReport:
    """Give every application ready for review up to N reviewers, least open load first."""
    n = settings.reviews_per_application if per_application is None else per_application
    if not 1 <= n <= MAX_PER_APPLICATION:
        raise GrantboxError(f"reviewers per application: 1 to {MAX_PER_APPLICATION}, not {n}")
    now = at or utcnow()
    report = AssignReport(per_application=n)
    # Locked (PostgreSQL): two runs at once share out once, not twice.
    app_ids = list(
        session.scalars(
            select(Application.id)
            .where(Application.status == Status.ready_for_review.value)
            .order_by(Application.updated_at, Application.id)
            .with_for_update()
        )
    )
    report.applications = len(app_ids)
    ready = select(Application.id).where(Application.status == Status.ready_for_review.value)
    involved: dict[int, set[int]] = defaultdict(set)  # assigned, or reviewing unasked
    for app_id, reviewer_id in session.execute(
        select(ReviewAssignment.application_id, ReviewAssignment.reviewer_id).where(
            ReviewAssignment.application_id.in_(ready)
        )
    ):
        involved[app_id].add(reviewer_id)
    for app_id, reviewer_id in session.execute(
        select(Review.application_id, Review.reviewer_id).where(Review.application_id.in_(ready))
    ):
        involved[app_id].add(reviewer_id)
    recused: dict[int, set[int]] = defaultdict(set)
    for app_id, reviewer_id in session.execute(
        select(ConflictOfInterest.application_id, ConflictOfInterest.reviewer_id).where(
            ConflictOfInterest.application_id.in_(ready)
        )
    ):
        recused[app_id].add(reviewer_id)
    needy = [a for a in app_ids if len(involved[a] - recused[a]) < n]
    reviewers = list(
        session.scalars(
            select(Reviewer)
            .where(Reviewer.disabled.is_(False), Reviewer.role.in_(("reviewer", "chair")))
            .order_by(Reviewer.id)
        )
    )
    if not needy or not reviewers:
        report.short = needy
        return report
    load: dict[int, int] = defaultdict(int)
    for reviewer_id in session.scalars(
        select(ReviewAssignment.reviewer_id).where(_open_work(ReviewAssignment.reviewer_id))
    ):
        load[reviewer_id] += 1
    names = {r.name: r.id for r in reviewers}
    flagged = {
        app_id: {names[c.reviewer] for c in found}
        for app_id, found in possible_conflicts_many(session, needy, settings, reviewers).items()
    }
    by_role = {role: [r for r in reviewers if r.role == role] for role in ("reviewer", "chair")}
    rows: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for app_id in needy:
        excluded = involved[app_id] | recused[app_id] | flagged.get(app_id, set())
        wanted = n - len(involved[app_id] - recused[app_id])
        chosen: list[Reviewer] = []
        for role in ("reviewer", "chair"):  # chairs only when there are too few reviewers
            pool = sorted(
                (r for r in by_role[role] if r.id not in excluded),
                key=lambda r: (load[r.id], r.id),
            )
            chosen += pool[: wanted - len(chosen)]
        for r in chosen:
            rows.append(
                {
                    "application_id": app_id,
                    "reviewer_id": r.id,
                    "assigned_by": "auto",
                    "assigned_at": now,
                }
            )
            load[r.id] += 1
            report.assigned.append({"application_id": app_id, "reviewer": r.name})
        if chosen:
            # The timeline's note (what states.note writes), many at once: a first run over a
            # backlog of thousands of applications is one INSERT per table, not one per row.
            notes.append(
                {
                    "application_id": app_id,
                    "at": now,
                    "actor": "assign",
                    "kind": "reviewers_assigned",
                    "reason": "assigned to " + ", ".join(r.name for r in chosen),
                }
            )
        if len(chosen) < wanted:
            report.short.append(app_id)
    if rows:
        session.execute(insert(ReviewAssignment), rows)
        session.execute(insert(Event), notes)
    return report
