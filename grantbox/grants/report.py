"""The program's figures (issue 12): the report page and `grantbox report`, and the Grants
page's list of live grants.

Every figure is counted by the database (GROUP BY, conditional aggregates): the Python side
only reshapes a few hundred rows at most, whatever the number of applications. Days and weeks
are UTC days, as everywhere in grantbox; a timestamp is turned into its UTC day in SQL by
`_day`, the one dialect-specific piece (SQLite stores UTC text, PostgreSQL `timestamptz`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Integer, String, case, cast, func, literal, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from grantbox.grants import plan
from grantbox.grants.records import OUTCOMES
from grantbox.states import DECIDED, GRANT_LIVE, GrantStatus, Status
from grantbox.store.tables import (
    Application,
    Event,
    Grant,
    GrantCheckin,
    GrantPayment,
    aware,
)

FUNNEL = ("applied", "complete", "decided", "approved", "outcome")
# Time from application to first decision: (label, upper bound in hours, exclusive).
BUCKETS: tuple[tuple[str, float], ...] = (
    ("under 1 day", 24),
    ("1-3 days", 72),
    ("3-7 days", 168),
    ("1-2 weeks", 336),
    ("2-4 weeks", 672),
    ("4+ weeks", math.inf),
)
# A payment due within this many days shows on the Grants page.
PAYMENT_HORIZON = timedelta(days=7)
# A check-in unanswered (or unsent) this long after its due day counts as overdue on the
# Grants page, as does one whose every reminder went unanswered (status overdue).
OVERDUE_AFTER = timedelta(days=7)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _day(session: Session, column: Any) -> ColumnElement[Any]:
    """The UTC day of a stored timestamp, in SQL."""
    if _is_sqlite(session):
        return func.date(column)
    return cast(func.timezone("UTC", column), Date)


def _date_text(session: Session, column: Any) -> ColumnElement[Any]:
    """A date as "YYYY-MM-DD" text, in SQL (PostgreSQL's own text form follows DateStyle)."""
    if _is_sqlite(session):
        return cast(column, String)
    return func.to_char(column, "YYYY-MM-DD")


def _hours_between(session: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    """Whole hours from `earlier` to `later`, in SQL."""
    if _is_sqlite(session):
        return cast((func.julianday(later) - func.julianday(earlier)) * 24, Integer)
    return cast(func.floor(func.extract("epoch", later - earlier) / 3600), Integer)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quantile(histogram: Iterable[tuple[int, int]], q: float) -> float | None:
    """The q-quantile of values given as (value, count) pairs, nearest rank."""
    pairs = sorted(histogram)
    total = sum(n for _, n in pairs)
    if total == 0:
        return None
    rank = max(1, math.ceil(q * total))
    seen = 0
    for value, n in pairs:
        seen += n
        if seen >= rank:
            return float(value)
    return float(pairs[-1][0])  # pragma: no cover - rank <= total


def _applications_per_week(session: Session, today: date, weeks: int) -> list[dict[str, Any]]:
    monday = today - timedelta(days=today.weekday())
    first = monday - timedelta(weeks=weeks - 1)
    since = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
    day = _day(session, Application.created_at)
    rows = session.execute(
        select(day, func.count()).where(Application.created_at >= since).group_by(day)
    ).all()
    counts = {_iso_week(first + timedelta(weeks=n)): 0 for n in range(weeks)}
    for value, n in rows:
        week = _iso_week(_as_date(value))
        if week in counts:
            counts[week] += n
    return [{"week": week, "count": n} for week, n in counts.items()]


def _funnel_and_decisions(session: Session) -> tuple[dict[str, int], dict[str, Any]]:
    """The funnel's counts and the time to first decision, in one pass over the events that
    reached ready_for_review or a decision (only a decision's trigger moves to those)."""
    decided_states = [s.value for s in DECIDED]
    ready = Status.ready_for_review.value
    per_app = (
        select(
            Event.application_id.label("app_id"),
            func.max(case((Event.to_status == ready, 1), else_=0)).label("complete"),
            func.min(case((Event.to_status != ready, Event.at), else_=None)).label("decided_at"),
        )
        .where(Event.to_status.in_([ready, *decided_states]))
        .group_by(Event.application_id)
        .subquery()
    )
    # NULL for applications never decided: one group of its own.
    hours = _hours_between(session, per_app.c.decided_at, Application.created_at)
    complete = 0
    histogram: list[tuple[int, int]] = []
    for h, n, done in session.execute(
        select(hours.label("h"), func.count(), func.sum(per_app.c.complete))
        .select_from(per_app.outerjoin(Application, Application.id == per_app.c.app_id))
        .group_by(hours)
    ).all():
        complete += int(done or 0)
        if h is not None:
            histogram.append((int(h), int(n)))
    decided = sum(n for _, n in histogram)
    applied = session.scalar(select(func.count()).select_from(Application)) or 0
    approved = (
        session.scalar(
            select(func.count())
            .select_from(Application)
            .where(Application.status == Status.approved.value)
        )
        or 0
    )
    with_outcome = (
        session.scalar(
            select(func.count(func.distinct(Grant.application_id))).where(
                Grant.outcome.is_not(None)
            )
        )
        or 0
    )
    funnel = {
        "applied": int(applied),
        "complete": int(complete),
        "decided": int(decided),
        "approved": int(approved),
        "outcome": int(with_outcome),
    }
    clamped = [(max(0, h), n) for h, n in histogram]  # a clock skew is not a negative wait
    buckets = {label: 0 for label, _ in BUCKETS}
    for h, n in clamped:
        label = next(label for label, bound in BUCKETS if h < bound)
        buckets[label] += n
    median, p90 = _quantile(clamped, 0.5), _quantile(clamped, 0.9)
    decisions = {
        "count": sum(n for _, n in clamped),
        "median_days": round(median / 24, 1) if median is not None else None,
        "p90_days": round(p90 / 24, 1) if p90 is not None else None,
        "histogram": [{"bucket": label, "count": n} for label, n in buckets.items()],
    }
    return funnel, decisions


def _quarter(year: int, month: int) -> str:
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _outcomes(session: Session) -> tuple[dict[str, int], dict[str, dict[str, int]], list[Any]]:
    """Outcomes by kind; per cohort (the quarter the grant started: grants not declined, with
    a start date; a cohort with no outcome yet has an empty map); grants per cohort."""
    by_kind = dict.fromkeys(OUTCOMES, 0)
    for kind, n in session.execute(
        select(Grant.outcome, func.count())
        .where(Grant.outcome.is_not(None))
        .group_by(Grant.outcome)
    ).all():
        by_kind[str(kind)] = by_kind.get(str(kind), 0) + int(n)
    year = func.extract("year", Grant.start_date)
    month = func.extract("month", Grant.start_date)
    rows = session.execute(
        select(year, month, Grant.outcome, func.count())
        .where(Grant.start_date.is_not(None), Grant.status != GrantStatus.declined.value)
        .group_by(year, month, Grant.outcome)
    ).all()
    per_cohort: dict[str, dict[str, int]] = {}
    sizes: dict[str, dict[str, int]] = {}
    for y, m, kind, n in rows:
        cohort = _quarter(int(y), int(m))
        per = per_cohort.setdefault(cohort, {})
        size = sizes.setdefault(cohort, {"grants": 0, "with_outcome": 0})
        size["grants"] += int(n)
        if kind is not None:
            per[kind] = per.get(kind, 0) + int(n)
            size["with_outcome"] += int(n)
    ordered = dict(sorted(per_cohort.items()))
    cohorts = [{"cohort": c, **sizes[c]} for c in sorted(sizes)]
    return by_kind, ordered, cohorts


def program_report(session: Session, now: datetime, weeks: int = 26) -> dict[str, Any]:
    """The program's figures as of `now`: applications per ISO week (the last `weeks`, zero
    weeks included), the funnel (applied → complete → decided → approved → outcome), the time
    from application to first decision, outcomes by kind and per cohort, grants by status.

    The funnel's stages: `complete` ever reached ready_for_review, `decided` was ever
    approved, rejected or waitlisted (a decision cancelled in its hold window counts),
    `approved` is approved now, `outcome` has a grant with an outcome recorded."""
    weeks = max(1, min(weeks, 520))
    today = aware(now).astimezone(UTC).date()
    funnel, decisions = _funnel_and_decisions(session)
    by_kind, per_cohort, cohorts = _outcomes(session)
    by_status = dict.fromkeys((s.value for s in GrantStatus), 0)
    for status, n in session.execute(
        select(Grant.status, func.count()).group_by(Grant.status)
    ).all():
        by_status[status] = int(n)
    return {
        "at": aware(now).isoformat(),
        "weeks": weeks,
        "applications_per_week": _applications_per_week(session, today, weeks),
        "funnel": [{"stage": stage, "count": funnel[stage]} for stage in FUNNEL],
        "time_to_decision": decisions,
        "outcomes": by_kind,
        "outcomes_per_cohort": per_cohort,
        "cohorts": cohorts,
        "grants_by_status": by_status,
    }


# -- the Grants page --------------------------------------------------------------------------


def _title(checkins: plan.CheckinSet, checkin_id: str | None) -> str | None:
    if checkin_id is None:
        return None
    try:
        return checkins.get(checkin_id).title
    except KeyError:  # a check-in since taken out of checkins.toml
        return checkin_id


ORDERS = ("due", "end", "name", "newest")


def _per_grant(session: Session, today: date) -> tuple[Any, Any, Any]:
    """Grouped subqueries, one row per grant: its check-ins (the next pending one as
    "YYYY-MM-DD <id>", so its date and which one come from one aggregate on both databases;
    how many are overdue), its unpaid instalments (the next one; how many and how much fall
    due by today + 7 days), and the next day anything is due (a check-in, an instalment, the
    start of an accepted grant, the end of an active one), by which the list is sorted."""
    next_key = _date_text(session, GrantCheckin.due_date) + literal(" ") + GrantCheckin.checkin
    checkin_due = (
        select(
            GrantCheckin.grant_id.label("grant_id"),
            func.min(case((GrantCheckin.status == "pending", next_key))).label("next_key"),
            func.sum(
                case(
                    (GrantCheckin.status == "overdue", 1),
                    (GrantCheckin.due_date < today - OVERDUE_AFTER, 1),
                    else_=0,
                )
            ).label("overdue"),
        )
        .where(GrantCheckin.status.in_(["pending", "sent", "overdue"]))
        .group_by(GrantCheckin.grant_id)
        .subquery()
    )
    horizon = today + PAYMENT_HORIZON
    payments = (
        select(
            GrantPayment.grant_id.label("grant_id"),
            func.min(GrantPayment.due_date).label("next_payment"),
            func.sum(case((GrantPayment.due_date <= horizon, 1), else_=0)).label("due_count"),
            func.sum(
                case((GrantPayment.due_date <= horizon, GrantPayment.amount), else_=literal(0))
            ).label("due_amount"),
        )
        .where(GrantPayment.paid_at.is_(None), GrantPayment.due_date.is_not(None))
        .group_by(GrantPayment.grant_id)
        .subquery()
    )
    days = union_all(
        select(GrantCheckin.grant_id.label("grant_id"), GrantCheckin.due_date.label("day")).where(
            GrantCheckin.status == "pending"
        ),
        select(GrantPayment.grant_id, GrantPayment.due_date).where(
            GrantPayment.paid_at.is_(None), GrantPayment.due_date.is_not(None)
        ),
        select(Grant.id, Grant.start_date).where(
            Grant.status == GrantStatus.accepted.value, Grant.start_date.is_not(None)
        ),
        select(Grant.id, Grant.end_date).where(
            Grant.status == GrantStatus.active.value, Grant.end_date.is_not(None)
        ),
    ).subquery()
    next_due = (
        select(days.c.grant_id, func.min(days.c.day).label("next_due"))
        .group_by(days.c.grant_id)
        .subquery()
    )
    return checkin_due, payments, next_due


def _statuses(statuses: Iterable[str] | None) -> list[str]:
    return sorted(s.value for s in GRANT_LIVE) if statuses is None else list(statuses)


def grants_overview(
    session: Session,
    today: date,
    *,
    checkins_file: Path | None = None,
    statuses: Iterable[str] | None = None,
    order: str = "due",
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """The grants in `statuses` (default: the live ones: offered, accepted, active, ended)
    with what is next: days left (live grants), the next check-in (date and title), check-ins
    overdue (every reminder unanswered, or due over `OVERDUE_AFTER` ago and neither answered
    nor skipped), payments due (unpaid, due by today + 7 days). `order` "due": by the next
    thing due, grants with nothing dated (offers waiting for a start date) last, oldest first;
    "end", "name", "newest". Sorted and paged (`limit`, `offset`) in SQL, so a page of the
    Grants page builds its own rows only, whatever the number of grants."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}")
    checkin_due, payments, next_due = _per_grant(session, today)
    orders: dict[str, list[Any]] = {
        "due": [next_due.c.next_due.is_(None), next_due.c.next_due, Grant.id],
        "end": [Grant.end_date.is_(None), Grant.end_date, Grant.id],
        "name": [func.lower(Application.name), Grant.id],
        "newest": [Grant.id.desc()],
    }
    query = (
        select(
            Grant.id,
            Grant.application_id,
            Grant.follows_grant_id,
            Grant.status,
            Grant.start_date,
            Grant.end_date,
            Grant.amount,
            Grant.currency,
            Grant.proposed_outcome,
            Grant.outcome,
            Grant.flags,
            Application.name,
            Application.email,
            checkin_due.c.next_key,
            checkin_due.c.overdue,
            payments.c.next_payment,
            payments.c.due_count,
            payments.c.due_amount,
            next_due.c.next_due,
            # The totals of every grant listed, computed before LIMIT in the same pass.
            func.count().over().label("total"),
            func.sum(checkin_due.c.overdue).over().label("overdue_total"),
            func.sum(payments.c.due_count).over().label("payments_due_total"),
        )
        .join(Application, Application.id == Grant.application_id)
        .outerjoin(checkin_due, checkin_due.c.grant_id == Grant.id)
        .outerjoin(payments, payments.c.grant_id == Grant.id)
        .outerjoin(next_due, next_due.c.grant_id == Grant.id)
        .where(Grant.status.in_(_statuses(statuses)))
        .order_by(*orders[order])
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    checkins = plan.checkin_set(checkins_file)
    live = {s.value for s in GRANT_LIVE}
    out: list[dict[str, Any]] = []
    for r in session.execute(query):
        start = _opt_date(r.start_date)
        end = _opt_date(r.end_date)
        next_day, _, next_checkin = (r.next_key or "").partition(" ")
        next_checkin_due = _opt_date(next_day or None)
        next_payment = _opt_date(r.next_payment)
        dated = _opt_date(r.next_due)
        out.append(
            {
                "id": r.id,
                "application_id": r.application_id,
                "follows_grant_id": r.follows_grant_id,
                "status": r.status,
                "name": r.name,
                "email": r.email,
                "start_date": start.isoformat() if start else None,
                "end_date": end.isoformat() if end else None,
                "amount": f"{Decimal(r.amount):.2f}",
                "currency": r.currency,
                "days_left": (end - today).days if end is not None and r.status in live else None,
                "next_checkin": (
                    {
                        "date": next_checkin_due.isoformat(),
                        "checkin": next_checkin,
                        "title": _title(checkins, next_checkin),
                    }
                    if next_checkin_due is not None
                    else None
                ),
                "overdue_checkins": int(r.overdue or 0),
                "payments_due": int(r.due_count or 0),
                "payments_due_amount": f"{Decimal(r.due_amount or 0):.2f}",
                "next_payment": next_payment.isoformat() if next_payment else None,
                "flags": list(r.flags or []),
                "outcome": r.outcome,
                "proposed_outcome": r.proposed_outcome,
                "next_due": dated.isoformat() if dated else None,
                "totals": {
                    "total": int(r.total),
                    "overdue": int(r.overdue_total or 0),
                    "payments_due": int(r.payments_due_total or 0),
                },
            }
        )
    return out


def overview_totals(
    session: Session, today: date, *, statuses: Iterable[str] | None = None
) -> dict[str, int]:
    """How many grants `grants_overview` would list, and their overdue check-ins and payments
    due in all: one aggregate query."""
    checkin_due, payments, _next = _per_grant(session, today)
    total, overdue, due = session.execute(
        select(
            func.count(Grant.id),
            func.coalesce(func.sum(checkin_due.c.overdue), 0),
            func.coalesce(func.sum(payments.c.due_count), 0),
        )
        .select_from(Grant)
        .outerjoin(checkin_due, checkin_due.c.grant_id == Grant.id)
        .outerjoin(payments, payments.c.grant_id == Grant.id)
        .where(Grant.status.in_(_statuses(statuses)))
    ).one()
    return {"total": int(total), "overdue": int(overdue), "payments_due": int(due)}


def _opt_date(value: Any) -> date | None:
    return None if value is None else _as_date(value)


__all__ = ["BUCKETS", "FUNNEL", "ORDERS", "grants_overview", "overview_totals", "program_report"]
