"""A grant's life after approval (issue 12): the record, its payment plan, its dates, its
check-in rows, what became of the grantee, and extensions.

Every function works inside the caller's transaction and moves `Grant.status` only through
`grantbox.states.grant_transition` (notes without a move through `grant_note`), so each change
is an event on the application's timeline with `grant_id` set. A person decides; grantbox
proposes: `propose_outcome` stores what a reply suggests, `record_outcome` is a person's.

The calendar is plain dates (UTC days): a grant runs from `start_date` to `end_date`, both
included; `advance` moves grants on as days pass (run by the daily check-ins pass).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from grantbox import states
from grantbox.config import Settings
from grantbox.conversation import email_context, templates_dir
from grantbox.errors import GrantboxError
from grantbox.grants import plan
from grantbox.mailtemplates import render_email
from grantbox.outbox import CANCELLED, QUEUED, SUPPRESSED
from grantbox.review.decisions import (
    CANCEL_MARGIN,
    MAX_NOTE,
    Conflict,
    NotFound,
    _clean,
    _last_inbound,
    actor_for,
    hold_email,
)
from grantbox.states import GRANT_LIVE, GrantStatus, GrantTrigger
from grantbox.store.tables import (
    Application,
    Grant,
    GrantCheckin,
    GrantPayment,
    OutboxRow,
    aware,
    iso,
    utcnow,
)
from parsers import outcome

# What a grant led to: the kinds a person records are the kinds a reply is read for.
OUTCOMES: tuple[str, ...] = outcome.KINDS
EXTENSION_DECISIONS = ("approve", "reject")
EXTENSION_KINDS = frozenset(f"extension_{d}" for d in EXTENSION_DECISIONS)
# An extension can be decided once the grant is under way (the grantee asks near its end).
EXTENDABLE = frozenset({GrantStatus.active, GrantStatus.ended, GrantStatus.reported})
# Outcomes are recorded once the grantee has started (some leave early for a job).
OUTCOME_STATUSES = frozenset(
    {GrantStatus.active, GrantStatus.ended, GrantStatus.reported, GrantStatus.ended_early}
)
# Check-in row statuses (GrantCheckin.status).
PENDING, SKIPPED = "pending", "skipped"
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2)
# Start dates a grant can have: a typo ("2207") is refused, not planned (or overflowed).
EARLIEST, LATEST = date(2000, 1, 1), date(2099, 12, 31)
_CURRENCY = re.compile(r"[A-Z]{3}\Z")


def _today(at: datetime) -> date:
    """The UTC day of `at` (every time grantbox stores is UTC; a naive one is taken as UTC)."""
    return aware(at).astimezone(UTC).date()


# -- loading --------------------------------------------------------------------------------


def load_grant(session: Session, grant_id: int, *, lock: bool = True) -> Grant:
    """The grant, locked for update (PostgreSQL; SQLite serialises writers anyway)."""
    grant = session.get(Grant, grant_id, with_for_update=lock)
    if grant is None:
        raise NotFound(f"no grant {grant_id}")
    return grant


def current_grant(session: Session, app_id: int) -> Grant | None:
    """The application's newest grant that was not declined (an extension, once it exists)."""
    return session.scalars(
        select(Grant)
        .where(Grant.application_id == app_id, Grant.status != GrantStatus.declined.value)
        .order_by(Grant.id.desc())
    ).first()


def list_grants(session: Session, *, status: str | None = None) -> list[Grant]:
    """Every grant, oldest first, with what `grant_dict` reads loaded in three more queries."""
    query = (
        select(Grant)
        .options(
            selectinload(Grant.application),
            selectinload(Grant.payments),
            selectinload(Grant.checkins),
        )
        .order_by(Grant.id)
    )
    if status is not None:
        query = query.where(Grant.status == status)
    return list(session.scalars(query))


# -- the offer ------------------------------------------------------------------------------


def offer_grant(
    session: Session,
    settings: Settings,
    app: Application,
    *,
    actor: str,
    at: datetime | None = None,
    follows: Grant | None = None,
) -> Grant:
    """The grant an approval offers (status offered, the program's amount, currency and
    length), or the follow-on grant of an approved extension (`follows`: its terms). The
    payment plan's rows are made now; their due dates wait for a start date. Idempotent:
    the application's grant (or the extension of `follows`) that exists already is returned."""
    if app.status != states.Status.approved:
        raise Conflict(f"application {app.id} is {app.status}, not approved: no grant to offer")
    existing = session.scalars(
        select(Grant)
        .where(
            Grant.application_id == app.id,
            Grant.status != GrantStatus.declined.value,
            Grant.follows_grant_id.is_(None)
            if follows is None
            else Grant.follows_grant_id == follows.id,
        )
        .order_by(Grant.id.desc())
    ).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    if follows is None:
        amount, currency, months = (
            settings.grant_amount,
            settings.grant_currency,
            settings.grant_months,
        )
        count = settings.grant_instalments
    else:
        amount, currency, months = follows.amount, follows.currency, follows.months
        count = len(follows.payments) or settings.grant_instalments
    grant = Grant(
        application_id=app.id,
        follows_grant_id=follows.id if follows is not None else None,
        status=GrantStatus.offered.value,
        amount=Decimal(amount).quantize(Decimal("0.01")),
        currency=currency.upper(),
        months=months,
        flags=[],
        outcome_note="",
        created_at=now,
        updated_at=now,
    )
    session.add(grant)
    session.flush()
    for number, part in enumerate(plan.instalments(grant.amount, count), start=1):
        session.add(GrantPayment(grant_id=grant.id, number=number, amount=part, due_date=None))
    what = f"extension of grant {follows.id}" if follows is not None else "grant"
    states.grant_note(
        session,
        grant,
        kind="offered",
        actor=actor,
        reason=f"{what}: {grant.amount} {grant.currency} over {months} months in {count} "
        "instalment(s)",
        at=now,
    )
    session.flush()
    return grant


def _decline(session: Session, grant: Grant, *, actor: str, reason: str, at: datetime) -> None:
    """Decline an offered or accepted grant; its check-ins will never be sent."""
    states.grant_transition(session, grant, GrantTrigger.decline, actor=actor, reason=reason, at=at)
    for row in grant.checkins:
        if row.status == PENDING:
            row.status = SKIPPED


def withdraw_offer(
    session: Session,
    app: Application,
    *,
    actor: str,
    reason: str,
    at: datetime | None = None,
) -> Grant | None:
    """The approval was cancelled in its hold window: its grant (not an extension) is
    declined. None when there was no grant to decline."""
    grant = session.scalars(
        select(Grant)
        .where(
            Grant.application_id == app.id,
            Grant.follows_grant_id.is_(None),
            Grant.status.in_([GrantStatus.offered.value, GrantStatus.accepted.value]),
        )
        .order_by(Grant.id.desc())
    ).first()
    if grant is None:
        return None
    _decline(session, grant, actor=actor, reason=reason or "approval cancelled", at=at or utcnow())
    return grant


# -- dates and terms ------------------------------------------------------------------------


def _plan_checkins(
    session: Session, settings: Settings, grant: Grant, start: date, end: date
) -> None:
    """One row per configured check-in, due by the grant's dates; rows still pending follow
    a change of dates, rows sent, answered, overdue or skipped keep theirs."""
    rows = {row.checkin: row for row in grant.checkins}
    for checkin in plan.checkin_set(settings.checkins_file).checkins:
        due = checkin.due(start, end)
        row = rows.get(checkin.id)
        if row is None:
            row = GrantCheckin(
                grant_id=grant.id, checkin=checkin.id, due_date=due, status=PENDING, reminders=0
            )
            session.add(row)
            grant.checkins.append(row)
        elif row.status == PENDING:
            row.due_date = due


def set_start(
    session: Session,
    settings: Settings,
    grant: Grant,
    start: date,
    *,
    actor: str,
    reason: str = "",
    message_pk: int | None = None,
    at: datetime | None = None,
) -> Grant:
    """The start date is agreed (the grantee confirmed one, or a person set it): the grant is
    accepted, its end date follows from its length, the instalments fall due from the start,
    and its check-ins are planned. Moving the start of an accepted grant re-dates all that."""
    if grant.status not in {GrantStatus.offered, GrantStatus.accepted}:
        raise Conflict(
            f"grant {grant.id} is {grant.status}: the start date can only be set before it starts"
        )
    if not EARLIEST <= start <= LATEST:
        raise GrantboxError(f"a start date between {EARLIEST} and {LATEST}, not {start}")
    if grant.status == GrantStatus.accepted and grant.start_date == start:
        return grant  # the same date again (a reply read twice, a form sent twice): no change
    now = at or utcnow()
    end = plan.end_date(start, grant.months)
    old = grant.start_date
    grant.start_date, grant.end_date = start, end
    for payment in grant.payments:
        if payment.paid_at is None:
            payment.due_date = plan.instalment_due(start, payment.number)
    _plan_checkins(session, settings, grant, start, end)
    why = f"start {start.isoformat()}, end {end.isoformat()}"
    if old is not None and old != start:
        why += f" (was {old.isoformat()})"
    states.grant_transition(
        session,
        grant,
        GrantTrigger.accept,
        actor=actor,
        reason=f"{why}: {reason}" if reason else why,
        message_pk=message_pk,
        at=now,
    )
    session.flush()
    return grant


def parse_amount(text: str) -> Decimal:
    """An amount as a person types it ("6000", "6,000.50"): positive, whole cents."""
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise GrantboxError(f"not an amount: {text[:40]!r}") from None
    if not value.is_finite() or value <= 0 or value > MAX_AMOUNT:
        raise GrantboxError(f"the amount must be above 0 and at most {MAX_AMOUNT}")
    if value != value.quantize(Decimal("0.01")):
        raise GrantboxError("the amount has more than two decimal places")
    return value.quantize(Decimal("0.01"))


def _resplit(grant: Grant, amount: Decimal) -> None:
    """Share `amount` over the instalments: paid ones keep theirs, unpaid ones share the rest."""
    unpaid = [p for p in grant.payments if p.paid_at is None]
    paid = sum((p.amount for p in grant.payments if p.paid_at is not None), Decimal("0.00"))
    rest = amount - paid
    if rest < 0 or (rest > 0 and not unpaid):
        raise Conflict(
            f"grant {grant.id} has {paid} {grant.currency} paid already: the amount cannot be "
            f"{amount}"
        )
    for payment, part in zip(unpaid, plan.instalments(rest, len(unpaid)), strict=False):
        payment.amount = part


def set_terms(
    session: Session,
    settings: Settings,
    grant: Grant,
    *,
    actor: str,
    amount: Decimal | None = None,
    currency: str | None = None,
    start: date | None = None,
    end: date | None = None,
    at: datetime | None = None,
) -> Grant:
    """A person changes the grant's terms (`grantbox grant ID --amount/--currency/--start/
    --end`, the grant page). A start date accepts the grant as `set_start` does; an end date
    alone changes the length of a grant that has not ended (its pending check-ins follow)."""
    now = at or utcnow()
    if grant.status == GrantStatus.declined:
        raise Conflict(f"grant {grant.id} was declined: its terms cannot change")
    changes: list[str] = []
    if amount is not None:
        amount = parse_amount(str(amount))
        if amount != grant.amount:
            _resplit(grant, amount)
            changes.append(f"amount {grant.amount} → {amount}")
            grant.amount = amount
    if currency is not None:
        currency = currency.strip().upper()
        if not _CURRENCY.match(currency):
            raise GrantboxError(f"not a currency code (three letters, e.g. USD): {currency[:20]!r}")
        if currency != grant.currency:
            if any(p.paid_at is not None for p in grant.payments):
                raise Conflict(f"grant {grant.id} has payments made: its currency cannot change")
            changes.append(f"currency {grant.currency} → {currency}")
            grant.currency = currency
    if changes:
        states.grant_note(
            session, grant, kind="terms", actor=actor, reason="; ".join(changes), at=now
        )
    if start is not None and start != grant.start_date:
        set_start(session, settings, grant, start, actor=actor, reason="set by a person", at=now)
    if end is not None and end != grant.end_date:
        if grant.start_date is None:
            raise Conflict(f"grant {grant.id} has no start date yet: set --start first")
        if grant.status not in {GrantStatus.accepted, GrantStatus.active}:
            raise Conflict(f"grant {grant.id} is {grant.status}: its end date cannot change")
        if end > LATEST:
            raise GrantboxError(f"an end date by {LATEST}, not {end}")
        if end < grant.start_date:
            raise GrantboxError(f"the end date {end} is before the start date {grant.start_date}")
        if grant.status == GrantStatus.active and end < _today(now):
            raise Conflict(
                f"grant {grant.id} is active: its end date cannot be in the past "
                "(end it early instead)"
            )
        old = grant.end_date
        grant.end_date = end
        _plan_checkins(session, settings, grant, grant.start_date, end)
        states.grant_note(
            session,
            grant,
            kind="terms",
            actor=actor,
            reason=f"end {old.isoformat() if old else 'none'} → {end.isoformat()}",
            at=now,
        )
    grant.updated_at = now
    session.flush()
    return grant


# -- money ----------------------------------------------------------------------------------


def mark_paid(
    session: Session, payment_id: int, *, actor: str, at: datetime | None = None
) -> GrantPayment:
    """A person paid an instalment (no payment integration: this records it). Marking it paid
    again changes nothing and records nothing more."""
    payment = session.get(GrantPayment, payment_id, with_for_update=True)
    if payment is None:
        raise NotFound(f"no payment {payment_id}")
    if payment.paid_at is not None:
        return payment
    grant = load_grant(session, payment.grant_id)
    if grant.status in {GrantStatus.offered, GrantStatus.declined}:
        raise Conflict(f"grant {grant.id} is {grant.status}: nothing is paid before it is accepted")
    now = at or utcnow()
    payment.paid_at, payment.paid_by = now, actor
    states.grant_note(
        session,
        grant,
        kind="paid",
        actor=actor,
        reason=f"instalment {payment.number}: {payment.amount} {grant.currency}",
        at=now,
    )
    session.flush()
    return payment


# -- outcomes and ending early --------------------------------------------------------------


def _check_outcome(kind: str) -> str:
    if kind not in OUTCOMES:
        raise GrantboxError(f"unknown outcome {kind[:40]!r}: one of {', '.join(OUTCOMES)}")
    return kind


def record_outcome(
    session: Session,
    grant: Grant,
    kind: str,
    *,
    note: str,
    actor: str,
    at: datetime | None = None,
) -> Grant:
    """A person records what the grantee went on to do (a later record replaces it; each is
    an event). A proposal grantbox made is settled by it."""
    _check_outcome(kind)
    note = _clean(note, MAX_NOTE, "note")
    if grant.status not in OUTCOME_STATUSES:
        raise Conflict(f"grant {grant.id} is {grant.status}: it has no outcome yet")
    now = at or utcnow()
    grant.outcome, grant.outcome_note = kind, note
    grant.outcome_by, grant.outcome_at = actor, now
    grant.proposed_outcome, grant.proposed_from = None, None
    grant.updated_at = now
    states.grant_note(
        session,
        grant,
        kind="outcome",
        actor=actor,
        reason=f"{kind}: {note}" if note else kind,
        at=now,
    )
    session.flush()
    return grant


def propose_outcome(
    session: Session, grant: Grant, kind: str, *, message_pk: int, actor: str
) -> None:
    """What grantbox read in a reply (the end report, a follow-up): shown to a person on the
    grant page, who records it or not. Never sets the outcome itself."""
    _check_outcome(kind)
    if grant.outcome == kind or (
        grant.proposed_outcome == kind and grant.proposed_from == message_pk
    ):
        return
    grant.proposed_outcome, grant.proposed_from = kind, message_pk
    states.grant_note(
        session,
        grant,
        kind="outcome_proposed",
        actor=actor,
        reason=f"{kind}: read in the grantee's reply; a person records the outcome",
        message_pk=message_pk,
    )


def end_early(
    session: Session,
    grant: Grant,
    *,
    actor: str,
    reason: str,
    settings: Settings | None = None,
    at: datetime | None = None,
) -> Grant:
    """A person confirms the grantee stopped early. The grant ends today: the check-ins it
    would have had during its time are skipped, the end report (and the follow-ups after it)
    are re-dated from today, so the end report still goes out."""
    reason = _clean(reason, MAX_NOTE, "reason")
    if grant.status not in {GrantStatus.accepted, GrantStatus.active}:
        raise Conflict(f"grant {grant.id} is {grant.status}: only a running grant ends early")
    now = at or utcnow()
    today = _today(now)
    old_end = grant.end_date
    states.grant_transition(
        session,
        grant,
        GrantTrigger.end_early,
        actor=actor,
        reason=f"{reason} (planned end {old_end.isoformat() if old_end else 'none'})",
        at=now,
    )
    if grant.start_date is not None and old_end is not None:
        new_end = min(old_end, today)
        grant.end_date = new_end
        checkins = plan.checkin_set(settings.checkins_file if settings else None)
        for row in grant.checkins:
            if row.status != PENDING:
                continue
            try:
                checkin = checkins.get(row.checkin)
            except KeyError:  # not in this checkins.toml (pass `settings`): left as it is
                continue
            if not checkin.final and row.due_date <= old_end:
                row.status = SKIPPED
            else:
                row.due_date = checkin.due(grant.start_date, new_end)
    session.flush()
    return grant


# -- the calendar ---------------------------------------------------------------------------


def advance(session: Session, settings: Settings, now: datetime) -> list[tuple[int, str]]:
    """Move grants on as the days pass: accepted → active on the start date, active → ended
    the day after the end date (a grant both started and ended since the last pass makes
    both moves). Returns the moves made, as (grant id, new status)."""
    today = _today(now)
    moves: list[tuple[int, str]] = []
    starting = session.scalars(
        select(Grant)
        .where(Grant.status == GrantStatus.accepted.value, Grant.start_date <= today)
        .order_by(Grant.id)
        .with_for_update()
    ).all()
    for grant in starting:
        states.grant_transition(
            session, grant, GrantTrigger.start, actor="calendar", reason="start date", at=now
        )
        moves.append((grant.id, GrantStatus.active.value))
    ending = session.scalars(
        select(Grant)
        .where(Grant.status == GrantStatus.active.value, Grant.end_date < today)
        .order_by(Grant.id)
        .with_for_update()
    ).all()
    for grant in ending:
        states.grant_transition(
            session, grant, GrantTrigger.end, actor="calendar", reason="end date passed", at=now
        )
        moves.append((grant.id, GrantStatus.ended.value))
    session.flush()
    return moves


# -- extensions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtensionResult:
    grant_id: int
    decision: str
    follow_on_grant_id: int | None  # the new grant (approve), or None (reject)
    outbox_id: int
    email_status: str  # queued (held) or suppressed
    email_reason: str | None
    hold_until: str  # ISO 8601

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ExtensionCancelResult:
    grant_id: int
    cancelled: str  # the decision taken back: approve | reject
    outbox_id: int
    declined_grant_id: int | None  # the follow-on grant an approval made, now declined

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _extension_key(grant: Grant) -> str:
    return f"extension:{grant.id}:"


def held_extension(session: Session, grant: Grant, now: datetime) -> OutboxRow | None:
    """The extension email of this grant still inside its hold window, if any."""
    row = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.application_id == grant.application_id,
            OutboxRow.kind.in_(EXTENSION_KINDS),
            OutboxRow.dedupe_key.startswith(_extension_key(grant), autoescape=True),
            OutboxRow.status.in_([QUEUED, SUPPRESSED]),
            OutboxRow.attempts == 0,
        )
        .order_by(OutboxRow.id.desc())
    ).first()
    if row is None or aware(row.next_attempt_at) <= now + CANCEL_MARGIN:
        return None
    return row


def _follow_on(session: Session, grant: Grant) -> Grant | None:
    return session.scalars(
        select(Grant)
        .where(Grant.follows_grant_id == grant.id, Grant.status != GrantStatus.declined.value)
        .order_by(Grant.id.desc())
    ).first()


def decide_extension(
    session: Session,
    settings: Settings,
    grant: Grant,
    decision: str,
    *,
    reviewer: str,
    note: str = "",
    message: str = "",
    at: datetime | None = None,
) -> ExtensionResult:
    """Approve or refuse "another three months", like an application's decision: an event on
    the grant, the email held for the hold window (`cancel_extension` takes it back). An
    approval makes the follow-on grant on the same terms, starting the day after this one
    ends (a person may move it, as any start date)."""
    if decision not in EXTENSION_DECISIONS:
        raise GrantboxError(f"unknown decision {decision[:40]!r}: approve or reject")
    note = _clean(note, MAX_NOTE, "note")
    message = _clean(message, MAX_NOTE, "message")
    now = at or utcnow()
    if grant.status not in EXTENDABLE:
        raise Conflict(f"grant {grant.id} is {grant.status}: only a grant under way is extended")
    if held_extension(session, grant, now) is not None:
        raise Conflict(f"grant {grant.id} has an extension decision held: cancel it first")
    if _follow_on(session, grant) is not None:
        raise Conflict(f"grant {grant.id} has been extended already")
    app = grant.application
    actor = actor_for(reviewer)
    follow_on: Grant | None = None
    if decision == "approve":
        follow_on = offer_grant(session, settings, app, actor=actor, at=now, follows=grant)
        if grant.end_date is not None:
            set_start(
                session,
                settings,
                follow_on,
                grant.end_date + timedelta(days=1),
                actor=actor,
                reason="the day after the grant it extends",
                at=now,
            )
    states.grant_note(
        session,
        grant,
        kind=f"extension_{decision}",
        actor=actor,
        reason=note or f"extension {decision}d",
        at=now,
    )
    last = _last_inbound(session, app)
    kind = f"extension_{decision}"
    rendered = render_email(
        kind,
        templates_dir=templates_dir(settings),
        message=message,
        start_date=follow_on.start_date.isoformat() if follow_on and follow_on.start_date else "",
        end_date=follow_on.end_date.isoformat() if follow_on and follow_on.end_date else "",
        amount=f"{(follow_on or grant).amount:,.2f}",
        currency=(follow_on or grant).currency,
        months=(follow_on or grant).months,
        **email_context(settings, app, last),
    )
    row, hold_until = hold_email(
        session, settings, app, kind, rendered, _extension_key(grant), last, actor, now
    )
    return ExtensionResult(
        grant_id=grant.id,
        decision=decision,
        follow_on_grant_id=follow_on.id if follow_on is not None else None,
        outbox_id=row.id,
        email_status=row.status,
        email_reason=row.reason,
        hold_until=hold_until.isoformat(),
    )


def cancel_extension(
    session: Session,
    settings: Settings,
    grant: Grant,
    *,
    reviewer: str,
    reason: str = "",
    at: datetime | None = None,
) -> ExtensionCancelResult:
    """Take back an extension decision whose email is still held: the email is never sent;
    the follow-on grant an approval made is declined."""
    now = at or utcnow()
    row = held_extension(session, grant, now)
    if row is None:
        raise Conflict(
            f"grant {grant.id} has no extension decision to cancel: its email has gone out, "
            "or the hold window is over"
        )
    actor = actor_for(reviewer)
    why = _clean(reason, MAX_NOTE, "reason") or "cancelled during the hold window"
    row.status = CANCELLED
    row.reason = f"cancelled by {reviewer}: {why}"
    decision = row.kind.removeprefix("extension_")
    declined: Grant | None = None
    if decision == "approve":
        declined = _follow_on(session, grant)
        if declined is not None and declined.status in {
            GrantStatus.offered,
            GrantStatus.accepted,
        }:
            _decline(session, declined, actor=actor, reason=f"extension cancelled: {why}", at=now)
        else:
            declined = None
    states.grant_note(
        session,
        grant,
        kind="extension_cancelled",
        actor=actor,
        reason=f"{row.kind}: {why}",
        at=now,
    )
    session.flush()
    return ExtensionCancelResult(
        grant_id=grant.id,
        cancelled=decision,
        outbox_id=row.id,
        declined_grant_id=declined.id if declined is not None else None,
    )


# -- the JSON shape -------------------------------------------------------------------------


def grant_dict(grant: Grant) -> dict[str, Any]:
    """One grant as the CLI (`--json`) and the pages show it. Amounts are strings ("6000.00"):
    exact, whatever reads them."""
    app = grant.application
    return {
        "id": grant.id,
        "application_id": grant.application_id,
        "follows_grant_id": grant.follows_grant_id,
        "status": grant.status,
        "start_date": iso(grant.start_date),
        "end_date": iso(grant.end_date),
        "amount": f"{grant.amount:.2f}",
        "currency": grant.currency,
        "months": grant.months,
        "flags": list(grant.flags or []),
        "outcome": grant.outcome,
        "outcome_note": grant.outcome_note,
        "outcome_by": grant.outcome_by,
        "outcome_at": iso(grant.outcome_at),
        "proposed_outcome": grant.proposed_outcome,
        "proposed_from": grant.proposed_from,
        "name": app.name,
        "email": app.email,
        "payments": [
            {
                "id": p.id,
                "number": p.number,
                "due_date": iso(p.due_date),
                "amount": f"{p.amount:.2f}",
                "paid_at": iso(p.paid_at),
                "paid_by": p.paid_by,
            }
            for p in grant.payments
        ],
        "checkins": [
            {
                "checkin": c.checkin,
                "due_date": iso(c.due_date),
                "status": c.status,
                "sent_at": iso(c.sent_at),
                "answered_at": iso(c.answered_at),
                "reminders": c.reminders,
            }
            for c in grant.checkins
        ],
        "created_at": iso(grant.created_at),
        "updated_at": iso(grant.updated_at),
    }


__all__ = [
    "EXTENSION_KINDS",
    "GRANT_LIVE",
    "OUTCOMES",
    "ExtensionCancelResult",
    "ExtensionResult",
    "advance",
    "cancel_extension",
    "current_grant",
    "decide_extension",
    "end_early",
    "grant_dict",
    "list_grants",
    "load_grant",
    "mark_paid",
    "offer_grant",
    "propose_outcome",
    "record_outcome",
    "set_start",
    "set_terms",
    "withdraw_offer",
]
