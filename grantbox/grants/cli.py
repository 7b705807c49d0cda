"""The grants commands of `grantbox` (issue 12), merged into the top-level command:
`grants`, `grant`, `offer`, `payment`, `outcome`, `extend`, `end-early`, `report`, `checkins`.

Each is one unit of work on the store through grantbox/grants/records.py (the same functions
the grant pages call); `--json` prints JSON only; a refusal is one line on stderr, exit 1.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text
from sqlalchemy import select

from grantbox.clikit import (
    AtOpt,
    JsonOpt,
    ReviewerOpt,
    _at,
    _daily_pass,
    _emit,
    _read,
    _reviewer_name,
    _write,
    console,
)
from grantbox.errors import GrantboxError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from grantbox.config import Settings

grants_app = typer.Typer()


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise GrantboxError(f"{option}: not a date (YYYY-MM-DD): {value[:40]!r}") from None


def _actor(reviewer: str | None) -> str:
    from grantbox.review.decisions import actor_for

    return actor_for(_reviewer_name(reviewer))


AsOpt = Annotated[
    str | None,
    typer.Option("--as", help="The reviewer acting (default: an admin at the terminal)."),
]


def _acting(session: Session, acting: str | None, reviewer: str | None, app_id: int) -> str:
    """The actor of a grant change. With --as, that reviewer, if her role may change grants
    (chair, admin) and she is not recused from the application; without, the person at the
    terminal, as an admin (the CLI trusts --as the way `sudo -u` does)."""
    if acting is None:
        return _actor(reviewer)
    from grantbox.committee.roles import require
    from grantbox.review.decisions import actor_for

    return actor_for(require(session, acting, "grants", app_id).name)


def _print(text: str) -> None:
    console.print(text, markup=False, highlight=False)


def _print_grant(g: dict[str, Any]) -> None:
    follows = f" (extends grant {g['follows_grant_id']})" if g["follows_grant_id"] else ""
    _print(f"grant {g['id']}{follows}: GB-{g['application_id']} {g['name']} <{g['email']}>")
    _print(
        f"  {g['status']}; {g['amount']} {g['currency']} over {g['months']} months; "
        f"{g['start_date'] or 'no start date'} → {g['end_date'] or '?'}"
    )
    if g["outcome"]:
        _print(f"  outcome: {g['outcome']} ({g['outcome_by']}): {g['outcome_note']}")
    if g["proposed_outcome"]:
        _print(f"  proposed outcome (from a reply; not recorded): {g['proposed_outcome']}")
    for p in g["payments"]:
        paid = f"paid {p['paid_at'][:10]} by {p['paid_by']}" if p["paid_at"] else "unpaid"
        _print(
            f"  payment {p['id']}: #{p['number']} {p['amount']} due {p['due_date'] or '-'}; {paid}"
        )
    for c in g["checkins"]:
        _print(f"  check-in {c['checkin']}: due {c['due_date']}; {c['status']}")


@grants_app.command("grants")
def grants(
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Every grant, oldest first: status, dates, amount, payments, check-ins."""
    from grantbox.grants.records import grant_dict, list_grants

    rows = _read(lambda session: [grant_dict(g) for g in list_grants(session, status=status)])
    if as_json:
        _emit(rows)
        return
    table = Table("id", "app", "name", "status", "start", "end", "amount", "paid", "outcome")
    for g in rows:
        paid = sum(1 for p in g["payments"] if p["paid_at"])
        cells = (
            str(g["id"]),
            f"GB-{g['application_id']}",
            g["name"],
            g["status"],
            g["start_date"] or "",
            g["end_date"] or "",
            f"{g['amount']} {g['currency']}",
            f"{paid}/{len(g['payments'])}",
            g["outcome"] or "",
        )
        # Text, not markup: a grantee's name like "[/b]" would otherwise stop the command.
        table.add_row(*(Text(c) for c in cells))
    console.print(table)


@grants_app.command("grant")
def grant(
    grant_id: int,
    start: Annotated[
        str | None, typer.Option("--start", help="Start date (YYYY-MM-DD): accepts the grant.")
    ] = None,
    end: Annotated[str | None, typer.Option("--end", help="End date (YYYY-MM-DD).")] = None,
    amount: Annotated[str | None, typer.Option("--amount", help="The amount, e.g. 6000.")] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Three letters, e.g. USD.")
    ] = None,
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One grant; with --start/--end/--amount/--currency, set them first (each is an event)."""
    from grantbox.grants.records import grant_dict, load_grant, parse_amount, set_terms

    changing = any(v is not None for v in (start, end, amount, currency))
    start_day, end_day = _date(start, "--start"), _date(end, "--end")
    money: Decimal | None = parse_amount(amount) if amount is not None else None

    def change(session: Session, settings: Settings) -> dict[str, Any]:
        g = load_grant(session, grant_id)
        set_terms(
            session,
            settings,
            g,
            actor=_acting(session, acting, reviewer, g.application_id),
            amount=money,
            currency=currency,
            start=start_day,
            end=end_day,
        )
        return grant_dict(g)

    if changing:
        data = _write(change)
    else:
        data = _read(lambda session: grant_dict(load_grant(session, grant_id, lock=False)))
    if as_json:
        _emit(data)
        return
    _print_grant(data)


@grants_app.command("offer")
def offer(
    app_id: int,
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Make the grant of an approved application that has none (one approved before grants
    existed); the grant it has already, if any."""
    from grantbox.grants.records import grant_dict, offer_grant
    from grantbox.review.decisions import NotFound
    from grantbox.store.tables import Application

    def make(session: Session, settings: Settings) -> dict[str, Any]:
        app = session.get(Application, app_id, with_for_update=True)
        if app is None:
            raise NotFound(f"no application {app_id}")
        actor = _acting(session, acting, reviewer, app_id)
        return grant_dict(offer_grant(session, settings, app, actor=actor))

    data = _write(make)
    if as_json:
        _emit(data)
        return
    _print_grant(data)


@grants_app.command("payment")
def payment(
    payment_id: int,
    paid: Annotated[bool, typer.Option("--paid", help="Record that it was paid.")] = False,
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record an instalment as paid (no payment integration: a person paid it). Doing it
    again changes nothing."""
    from grantbox.grants.records import mark_paid

    if not paid:
        raise GrantboxError("payment: say --paid to record the instalment as paid")

    def pay(session: Session, _settings: Settings) -> dict[str, Any]:
        from grantbox.store.tables import Grant, GrantPayment

        owner = session.scalar(
            select(Grant.application_id)
            .join(GrantPayment, GrantPayment.grant_id == Grant.id)
            .where(GrantPayment.id == payment_id)
        )
        actor = _acting(session, acting, reviewer, owner) if owner is not None else _actor(reviewer)
        p = mark_paid(session, payment_id, actor=actor)
        return {
            "id": p.id,
            "grant_id": p.grant_id,
            "number": p.number,
            "amount": f"{p.amount:.2f}",
            "due_date": p.due_date.isoformat() if p.due_date else None,
            "paid_at": p.paid_at.isoformat() if p.paid_at else None,
            "paid_by": p.paid_by,
        }

    data = _write(pay)
    if as_json:
        _emit(data)
        return
    _print(f"payment {data['id']} (grant {data['grant_id']}, #{data['number']}): paid")


@grants_app.command("outcome")
def outcome(
    grant_id: int,
    kind: Annotated[
        str,
        typer.Argument(
            help="ai_safety_role, other_job, further_study, independent_research, extension "
            "or other"
        ),
    ],
    note: Annotated[str, typer.Option("--note", help="What they went on to do.")],
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record what the grantee went on to do (replaces an earlier record; both are events)."""
    from grantbox.grants.records import grant_dict, load_grant, record_outcome

    def record(session: Session, _settings: Settings) -> dict[str, Any]:
        g = load_grant(session, grant_id)
        actor = _acting(session, acting, reviewer, g.application_id)
        record_outcome(session, g, kind, note=note, actor=actor)
        return grant_dict(g)

    data = _write(record)
    if as_json:
        _emit(data)
        return
    _print(f"grant {grant_id}: outcome {data['outcome']}")


@grants_app.command("extend")
def extend(
    grant_id: int,
    decision: Annotated[str, typer.Argument(help="approve, reject, or cancel (in the hold)")],
    note: Annotated[str, typer.Option("--note", help="Why, for the record.")] = "",
    message: Annotated[
        str, typer.Option("--message", help="Words for the grantee, added to the email.")
    ] = "",
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Decide an extension ("another three months"): approve makes a follow-on grant starting
    the day after this one ends; the email is held for the hold window (`extend ID cancel`
    takes the decision back until then)."""
    from grantbox.grants.records import cancel_extension, decide_extension, load_grant

    if decision != "cancel" and not note.strip():
        raise GrantboxError("extend: --note is required (why, for the record)")

    def act(session: Session, settings: Settings) -> dict[str, Any]:
        g = load_grant(session, grant_id)
        who = _acting(session, acting, reviewer, g.application_id).removeprefix("reviewer:")
        if decision == "cancel":
            return cancel_extension(session, settings, g, reviewer=who, reason=note).as_dict()
        result = decide_extension(
            session, settings, g, decision, reviewer=who, note=note, message=message
        )
        return result.as_dict()

    data = _write(act)
    if as_json:
        _emit(data)
        return
    if decision == "cancel":
        _print(f"grant {grant_id}: extension {data['cancelled']} cancelled")
        return
    made = f"; follow-on grant {data['follow_on_grant_id']}" if data["follow_on_grant_id"] else ""
    email = (
        f"email held until {data['hold_until'][:19]} UTC"
        if data["email_status"] == "queued"
        else f"email {data['email_status']}: {data['email_reason']}"
    )
    _print(f"grant {grant_id}: extension {decision}d{made}; {email}")


@grants_app.command("end-early")
def end_early_cmd(
    grant_id: int,
    note: Annotated[str, typer.Option("--note", help="What happened, for the record.")],
    reviewer: ReviewerOpt = None,
    acting: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The grantee stopped before the end date: the grant ends today; check-ins it would have
    had are skipped, the end report still goes out."""
    from grantbox.grants.records import end_early, grant_dict, load_grant

    if not note.strip():
        raise GrantboxError("end-early: --note is required (what happened)")

    def stop(session: Session, settings: Settings) -> dict[str, Any]:
        g = load_grant(session, grant_id)
        actor = _acting(session, acting, reviewer, g.application_id)
        end_early(session, g, actor=actor, reason=note, settings=settings)
        return grant_dict(g)

    data = _write(stop)
    if as_json:
        _emit(data)
        return
    _print(f"grant {grant_id}: {data['status']} on {data['end_date']}")


@grants_app.command("report")
def report(
    weeks: Annotated[int, typer.Option(help="Weeks of applications to show.")] = 26,
    at: AtOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """The program's figures: applications per week, the funnel, time to decision, outcomes
    by kind and per cohort, grants by status."""
    from grantbox.grants.report import program_report
    from grantbox.store.tables import utcnow

    now = _at(at) or utcnow()
    data = _read(lambda session: program_report(session, now, weeks=weeks))
    if as_json:
        _emit(data)
        return
    _print("funnel: " + " → ".join(f"{s['stage']} {s['count']}" for s in data["funnel"]))
    ttd = data["time_to_decision"]
    _print(
        f"time to first decision: median {ttd['median_days']} days, 90th percentile "
        f"{ttd['p90_days']} days ({ttd['count']} decided)"
    )
    _print(
        "outcomes: "
        + (", ".join(f"{k} {n}" for k, n in data["outcomes"].items() if n) or "none yet")
    )
    for c in data["cohorts"]:
        _print(f"  cohort {c['cohort']}: {c['grants']} grants, {c['with_outcome']} outcomes")
    _print("grants: " + ", ".join(f"{k} {n}" for k, n in data["grants_by_status"].items() if n))
    recent = data["applications_per_week"][-8:]
    _print("applications per week: " + ", ".join(f"{w['week']} {w['count']}" for w in recent))


@grants_app.command("checkins")
def checkins(
    at: AtOpt = None,
    send: Annotated[bool, typer.Option("--send", help="Then send what the pass queued.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """The daily grants pass: grants start and end on their dates, check-ins due go out,
    unanswered ones are reminded. `--at` runs it as of that time (with --send, delivered so)."""
    from grantbox.grants.checkins import checkins_pass

    def summary(r: Any) -> str:
        return (
            f"checkins at {r.at:%Y-%m-%d %H:%M}: {len(r.started)} started, {len(r.ended)} "
            f"ended, {len(r.sent)} check-ins sent, {len(r.reminded)} reminded, "
            f"{len(r.overdue)} overdue"
        )

    _daily_pass(checkins_pass, at, send, as_json, summary)
