"""The grants pages of the review app (issue 12), registered on the app by create_app.

GET /grants lists grants (live ones with what is due next: days left, the next check-in,
overdue check-ins, payments due); GET /grants/{id} is one grant on one screen (payments,
check-in answers side by side, proposed and recorded outcome, extension, timeline) with its
forms; GET /report is the program report, its charts served one SVG each
(/report/<chart>.svg, grantbox/review/charts.py); /grants.csv and /payments.csv are the
finance person's exports. Every page needs a reviewer allowed to "view" (a grant page: not
recused from its application); every POST needs "grants" (chair, admin), is CSRF-checked by
`kit.form_of`, runs in one transaction and answers 303 back to the grant page.
"""

from __future__ import annotations

import csv
import io
import math
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from starlette.concurrency import run_in_threadpool

from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.grants import records
from grantbox.grants.plan import checkin_set
from grantbox.grants.report import grants_overview, overview_totals, program_report
from grantbox.review import charts
from grantbox.review.decisions import NotFound, actor_for
from grantbox.review.safety import content_disposition
from grantbox.states import GRANT_LIVE, GrantStatus
from grantbox.store.tables import (
    Application,
    Event,
    Grant,
    GrantAnswer,
    GrantPayment,
    Message,
    aware,
    iso,
    utcnow,
)

if TYPE_CHECKING:
    from grantbox.review.web import PageKit

GRANT_STATUSES = [s.value for s in GrantStatus]
LIVE = sorted(s.value for s in GRANT_LIVE)
SORTS = {"due": "what is due next", "end": "end date", "name": "applicant", "newest": "newest"}
PER_PAGE = 50  # as the queue
MAX_NOTE = 5000
REPORT_REUSE_SECONDS = 60.0
# The SVG of a chart has pygal's inline <style> and nothing else: allow only that.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"
# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# -- pure helpers ---------------------------------------------------------------------------


def csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: None is empty; text that would start a formula
    gets a leading apostrophe (OWASP's advice for CSV injection)."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_document(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    """The CSV text, with a byte-order mark so spreadsheets read it as UTF-8."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return out.getvalue()


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


def _bounded(form: dict[str, str], key: str, what: str, limit: int = MAX_NOTE) -> str:
    text = form.get(key, "").replace("\x00", "").replace("\r\n", "\n").strip()
    if len(text) > limit:
        raise GrantboxError(f"the {what} is longer than {limit} characters")
    return text


def _date_field(form: dict[str, str], key: str) -> date | None:
    text = form.get(key, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise GrantboxError(f"{key} date {text[:20]!r}: use YYYY-MM-DD") from None


def _amount_field(form: dict[str, str], key: str) -> Decimal | None:
    text = form.get(key, "").strip().replace(",", "")
    if not text:
        return None
    try:
        amount = Decimal(text[:20])
    except InvalidOperation:
        raise GrantboxError(f"amount {text[:20]!r}: a number like 6000.00") from None
    if not amount.is_finite() or amount < 0:
        raise GrantboxError(f"amount {text[:20]!r}: a number like 6000.00") from None
    return amount


# -- what the pages show ---------------------------------------------------------------------


def _overview_row(row: dict[str, Any]) -> dict[str, Any]:
    """One row of `grants_overview`, in the names the template uses."""
    nxt = row.get("next_checkin") or {}
    return {
        "id": row["id"],
        "application_id": row["application_id"],
        "name": row.get("name") or "",
        "email": row.get("email") or "",
        "status": row["status"],
        "flags": list(row.get("flags") or []),
        "start_date": row.get("start_date"),
        "end_date": row.get("end_date"),
        "days_left": row.get("days_left"),
        "amount": row.get("amount"),
        "currency": row.get("currency") or "",
        "next_checkin_title": nxt.get("title"),
        "next_checkin_date": nxt.get("date"),
        "overdue": int(row.get("overdue_checkins") or 0),
        "payments_due": int(row.get("payments_due") or 0),
        "payments_due_amount": row.get("payments_due_amount") if row.get("payments_due") else "",
        "payments_due_first": row.get("next_payment") if row.get("payments_due") else None,
        "next_due": row.get("next_due"),
        "outcome": row.get("outcome"),
        "proposed_outcome": row.get("proposed_outcome"),
        "follows_grant_id": row.get("follows_grant_id"),
    }


def grants_list(
    session: Session, settings: Settings, *, status: str, sort: str, page: int, today: date
) -> dict[str, Any]:
    """One page of the Grants page: `status` "live" (default), "all" or one GrantStatus;
    sorted by `sort` (SORTS; "due": by the next thing due). Sorted and paged in SQL
    (grants_overview): only the page's rows are built."""
    if status not in ("live", "all", *GRANT_STATUSES):
        raise GrantboxError(f"unknown grant status {status[:40]!r}")
    if sort not in SORTS:
        raise GrantboxError(f"unknown order {sort[:40]!r}: {', '.join(SORTS)}")
    statuses = {"live": LIVE, "all": GRANT_STATUSES}.get(status, [status])

    def rows_of(page: int) -> list[dict[str, Any]]:
        return grants_overview(
            session,
            today,
            checkins_file=settings.checkins_file,
            statuses=statuses,
            order=sort,
            limit=PER_PAGE,
            offset=(page - 1) * PER_PAGE,
        )

    page = max(1, page)
    rows = rows_of(page)
    # The page's rows carry the totals; a page past the end (or none at all) asks for them.
    totals = rows[0]["totals"] if rows else overview_totals(session, today, statuses=statuses)
    pages = max(1, math.ceil(totals["total"] / PER_PAGE))
    if page > pages:
        page = pages
        rows = rows_of(page)
    counts: dict[str, int] = {
        st: n
        for st, n in session.execute(select(Grant.status, func.count()).group_by(Grant.status))
    }
    return {
        "grants": [_overview_row(r) for r in rows],
        "total": totals["total"],
        "page": page,
        "pages": pages,
        "counts": {s: counts.get(s, 0) for s in GRANT_STATUSES},
        "live_count": sum(counts.get(s, 0) for s in LIVE),
        "all_count": sum(counts.values()),
        "filters": {"status": status, "sort": sort},
        "overdue_total": totals["overdue"],
        "payments_due_total": totals["payments_due"],
    }


def answers_side_by_side(
    settings: Settings, planned: list[dict[str, Any]], answers: list[GrantAnswer]
) -> dict[str, Any]:
    """The check-ins as columns (in the order of the check-in file) and their questions as
    rows: a question asked in several check-ins (e.g. "where are you now") is one row, so
    the answers over time read across. A cell is None when that check-in does not ask it."""
    configured = checkin_set(settings.checkins_file)
    by_id = {c["checkin"]: c for c in planned}
    got: dict[tuple[str, str], GrantAnswer] = {(a.checkin, a.question_id): a for a in answers}
    answered = {a.checkin for a in answers}
    columns: list[dict[str, Any]] = []
    questions: dict[str, str] = {}
    asks: dict[str, set[str]] = {}
    for c in configured.checkins:
        if c.id not in by_id and c.id not in answered:
            continue
        row = by_id.get(c.id, {})
        columns.append(
            {
                "id": c.id,
                "title": c.title,
                "due_date": row.get("due_date"),
                "status": row.get("status", "pending"),
                "answered_at": row.get("answered_at"),
            }
        )
        asks[c.id] = {q.id for q in c.questions}
        for q in c.questions:
            questions.setdefault(q.id, q.display_label)
    known = {c.id for c in configured.checkins}
    for checkin in sorted(answered - known):  # answers to a check-in since removed from the file
        columns.append(
            {"id": checkin, "title": checkin, "due_date": None, "status": "", "answered_at": None}
        )
        asks[checkin] = set()
    for checkin, qid in got:
        asks.setdefault(checkin, set()).add(qid)
        questions.setdefault(qid, qid)

    def cell(checkin: str, qid: str) -> dict[str, Any] | None:
        answer = got.get((checkin, qid))
        if answer is not None:
            return {"text": answer.text, "at": iso(answer.updated_at)}
        return {"text": None, "at": None} if qid in asks[checkin] else None

    rows = [
        {"id": qid, "label": label, "cells": [cell(col["id"], qid) for col in columns]}
        for qid, label in questions.items()
    ]
    return {"columns": columns, "rows": rows}


def grant_page(
    session: Session, settings: Settings, grant_id: int, *, today: date, now: datetime
) -> dict[str, Any] | None:
    """Everything about one grant, for its page."""
    grant = session.get(
        Grant,
        grant_id,
        options=[
            selectinload(Grant.application),
            selectinload(Grant.payments),
            selectinload(Grant.checkins),
        ],
    )
    if grant is None:
        return None
    app = grant.application
    live = grant.status in LIVE
    days_left = (grant.end_date - today).days if grant.end_date is not None and live else None
    payments = [
        {
            "id": p.id,
            "number": p.number,
            "due_date": iso(p.due_date),
            "amount": _money(p.amount),
            "paid_at": iso(p.paid_at),
            "paid_by": p.paid_by,
            "due": p.paid_at is None and p.due_date is not None and p.due_date <= today,
        }
        for p in grant.payments
    ]
    planned = [
        {
            "checkin": c.checkin,
            "due_date": iso(c.due_date),
            "status": c.status,
            "answered_at": iso(c.answered_at),
        }
        for c in grant.checkins
    ]
    answers = list(
        session.scalars(
            select(GrantAnswer).where(GrantAnswer.grant_id == grant.id).order_by(GrantAnswer.id)
        )
    )
    events = session.scalars(
        select(Event).where(Event.grant_id == grant.id).order_by(Event.at, Event.id)
    ).all()
    extensions = session.execute(
        select(Grant.id, Grant.status, Grant.start_date, Grant.end_date)
        .where(Grant.follows_grant_id == grant.id)
        .order_by(Grant.id)
    ).all()
    proposal = None
    if grant.proposed_outcome:
        msg = session.get(Message, grant.proposed_from) if grant.proposed_from else None
        proposal = {
            "kind": grant.proposed_outcome,
            "from_at": iso(msg.recorded_at) if msg is not None else None,
            "from_subject": msg.subject if msg is not None else None,
            "excerpt": (msg.text or "")[:1500] if msg is not None else None,
        }
    held = records.held_extension(session, grant, now)

    live_extension = any(e.status != GrantStatus.declined for e in extensions)
    return {
        "id": grant.id,
        "application_id": grant.application_id,
        "name": app.name if app is not None else "",
        "email": app.email if app is not None else "",
        "status": grant.status,
        "flags": list(grant.flags or []),
        "start_date": iso(grant.start_date),
        "end_date": iso(grant.end_date),
        "days_left": days_left,
        "months": grant.months,
        "amount": _money(grant.amount),
        "amount_plain": f"{grant.amount:.2f}",
        "currency": grant.currency,
        "paid": _money(sum((p.amount for p in grant.payments if p.paid_at), Decimal(0))),
        "follows_grant_id": grant.follows_grant_id,
        "extensions": [
            {"id": e.id, "status": e.status, "start_date": iso(e.start_date)} for e in extensions
        ],
        "payments": payments,
        "answers": answers_side_by_side(settings, planned, answers),
        "outcome": grant.outcome,
        "outcome_note": grant.outcome_note,
        "outcome_by": grant.outcome_by,
        "outcome_at": iso(grant.outcome_at),
        "proposal": proposal,
        "outcomes": list(records.OUTCOMES),
        "held": {
            "id": held.id,
            "kind": held.kind.replace("extension_", ""),
            "status": held.status,
            "reason": held.reason,
            "until": iso(held.next_attempt_at),
            "seconds_left": int((aware(held.next_attempt_at) - now).total_seconds()),
        }
        if held is not None
        else None,
        "can_extend": held is None and not live_extension and grant.status in records.EXTENDABLE,
        "can_record_outcome": grant.status in records.OUTCOME_STATUSES,
        "can_pay": grant.status not in (GrantStatus.offered, GrantStatus.declined),
        "can_end_early": grant.status in (GrantStatus.accepted, GrantStatus.active),
        "ends_early_flagged": "ends_early" in (grant.flags or []),
        "can_set_terms": live,
        "timeline": [
            {
                "at": iso(e.at),
                "actor": e.actor,
                "kind": e.kind,
                "to_status": e.to_status,
                "reason": e.reason,
            }
            for e in events
        ],
    }


# -- CSV exports -----------------------------------------------------------------------------

GRANTS_CSV_HEADER = [
    "grant_id",
    "application_id",
    "follows_grant_id",
    "name",
    "email",
    "status",
    "start_date",
    "end_date",
    "months",
    "amount",
    "currency",
    "paid",
    "unpaid",
    "outcome",
    "outcome_note",
]
PAYMENTS_CSV_HEADER = [
    "payment_id",
    "grant_id",
    "application_id",
    "name",
    "email",
    "number",
    "due_date",
    "amount",
    "currency",
    "paid_at",
    "paid_by",
    "grant_status",
]


def grants_csv(session: Session) -> str:
    """One row per grant (every status), with what has been paid of it. Plain columns, not
    ORM objects: the export reads every grant."""
    paid: dict[int, Decimal] = {
        gid: total
        for gid, total in session.execute(
            select(GrantPayment.grant_id, func.sum(GrantPayment.amount))
            .where(GrantPayment.paid_at.is_not(None))
            .group_by(GrantPayment.grant_id)
        )
    }
    rows = session.execute(
        select(
            Grant.id,
            Grant.application_id,
            Grant.follows_grant_id,
            Application.name,
            Application.email,
            Grant.status,
            Grant.start_date,
            Grant.end_date,
            Grant.months,
            Grant.amount,
            Grant.currency,
            Grant.outcome,
            Grant.outcome_note,
        )
        .join(Application, Application.id == Grant.application_id)
        .order_by(Grant.id)
    )
    return csv_document(
        GRANTS_CSV_HEADER,
        (
            [
                *r[:6],
                r.start_date,
                r.end_date,
                r.months,
                f"{r.amount:.2f}",
                r.currency,
                f"{Decimal(paid.get(r.id) or 0):.2f}",
                f"{r.amount - Decimal(paid.get(r.id) or 0):.2f}",
                r.outcome,
                r.outcome_note,
            ]
            for r in rows
        ),
    )


def payments_csv(session: Session) -> str:
    """One row per payment of every grant: due, amount, and whether and when it was paid."""
    rows = session.execute(
        select(
            GrantPayment.id,
            GrantPayment.grant_id,
            Grant.application_id,
            Application.name,
            Application.email,
            GrantPayment.number,
            GrantPayment.due_date,
            GrantPayment.amount,
            Grant.currency,
            GrantPayment.paid_at,
            GrantPayment.paid_by,
            Grant.status,
        )
        .join(Grant, Grant.id == GrantPayment.grant_id)
        .join(Application, Application.id == Grant.application_id)
        .order_by(GrantPayment.grant_id, GrantPayment.number)
    )
    return csv_document(
        PAYMENTS_CSV_HEADER,
        (
            [*r[:7], f"{r.amount:.2f}", r.currency, iso(r.paid_at), r.paid_by, r.status]
            for r in rows
        ),
    )


# -- the routes ------------------------------------------------------------------------------


def _may_change(reviewer: Any) -> bool:
    from grantbox.committee import roles

    return bool(roles.can(reviewer.role, "grants"))


def register(app: FastAPI, kit: PageKit) -> None:
    """Add the grants pages to `app`."""
    settings = kit.settings
    store = kit.store

    @app.get("/grants")
    def grants_page(
        request: Request, status: str = "live", sort: str = "due", page: int = 1
    ) -> Response:
        kit.signed_in(request)
        today = utcnow().date()
        with store.reading() as session:
            kit.permitted(session, request, "view")
            data = grants_list(session, settings, status=status, sort=sort, page=page, today=today)

        def link(**change: Any) -> str:
            params = {"status": status, "sort": sort, "page": data["page"], **change}
            return "/grants?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})

        return kit.render(
            request,
            "grants.html.j2",
            title="Grants",
            g=data,
            link=link,
            statuses=GRANT_STATUSES,
            sorts=SORTS,
            today=today.isoformat(),
        )

    @app.get("/grants.csv")
    def grants_export(request: Request) -> Response:
        return _export(request, "grants", grants_csv)

    @app.get("/payments.csv")
    def payments_export(request: Request) -> Response:
        return _export(request, "payments", payments_csv)

    def _export(request: Request, what: str, build: Callable[[Session], str]) -> Response:
        who = kit.signed_in(request)
        with store.reading() as session:
            kit.permitted(session, request, "view")
            text = build(session)
        kit.opened(who, f"{what}_csv", None)
        stamp = utcnow().strftime("%Y-%m-%d")
        return Response(
            text.encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": content_disposition(f"{what}-{stamp}.csv"),
                "Content-Security-Policy": DOWNLOAD_CSP,
            },
        )

    @app.get("/grants/{grant_id}")
    def grant_view(request: Request, grant_id: int) -> Response:
        who = kit.signed_in(request)
        now = utcnow()
        with store.reading() as session:
            app_id = session.scalar(select(Grant.application_id).where(Grant.id == grant_id))
            if app_id is None:
                raise NotFound(f"no grant {grant_id}")
            reviewer = kit.permitted(session, request, "view", app_id)
            data = grant_page(session, settings, grant_id, today=now.date(), now=now)
            if data is None:
                raise NotFound(f"no grant {grant_id}")
            may_change = _may_change(reviewer)
        kit.opened(who, "application", app_id)
        return kit.render(
            request,
            "grant.html.j2",
            title=f"Grant {grant_id}",
            g=data,
            may_change=may_change,
            today=now.date().isoformat(),
        )

    async def grant_action(
        request: Request,
        grant_id: int,
        action: Callable[[Session, Grant, dict[str, str], str], object],
    ) -> Response:
        """A POST on one grant: signed in, CSRF-checked, allowed ("grants"), one transaction,
        then back to the grant's page."""
        who = kit.signed_in(request)
        form = await kit.form_of(request, who)

        def run() -> None:
            with store.transaction() as session:
                # FOR UPDATE on PostgreSQL: two people acting on one grant at once go in turn.
                grant = session.get(Grant, grant_id, with_for_update=True)
                if grant is None:
                    raise NotFound(f"no grant {grant_id}")
                kit.permitted(session, request, "grants", grant.application_id)
                action(session, grant, form, who.name)

        await run_in_threadpool(run)
        return RedirectResponse(f"/grants/{grant_id}", status_code=303)

    @app.post("/applications/{app_id}/grant")
    async def offer(request: Request, app_id: int) -> Response:
        """The grant of an approved application that has none (approved before grants
        existed): made from its page, as an approval would have made it."""
        who = kit.signed_in(request)
        await kit.form_of(request, who)

        def run() -> int:
            with store.transaction() as session:
                app_ = session.get(Application, app_id, with_for_update=True)
                if app_ is None:
                    raise NotFound(f"no application {app_id}")
                kit.permitted(session, request, "grants", app_id)
                return records.offer_grant(session, settings, app_, actor=actor_for(who.name)).id

        grant_id = await run_in_threadpool(run)
        return RedirectResponse(f"/grants/{grant_id}", status_code=303)

    @app.post("/grants/{grant_id}/payments/{payment_id}/paid")
    async def mark_paid(request: Request, grant_id: int, payment_id: int) -> Response:
        def act(session: Session, grant: Grant, _form: dict[str, str], name: str) -> object:
            payment = session.get(GrantPayment, payment_id)
            if payment is None or payment.grant_id != grant.id:
                raise NotFound(f"no payment {payment_id} on grant {grant.id}")
            return records.mark_paid(session, payment_id, actor=actor_for(name))

        return await grant_action(request, grant_id, act)

    @app.post("/grants/{grant_id}/outcome")
    async def outcome(request: Request, grant_id: int) -> Response:
        def act(session: Session, grant: Grant, form: dict[str, str], name: str) -> object:
            return records.record_outcome(
                session,
                grant,
                form.get("kind", "")[:40],
                note=_bounded(form, "note", "note"),
                actor=actor_for(name),
            )

        return await grant_action(request, grant_id, act)

    @app.post("/grants/{grant_id}/terms")
    async def terms(request: Request, grant_id: int) -> Response:
        def act(session: Session, grant: Grant, form: dict[str, str], name: str) -> object:
            currency = form.get("currency", "").strip().upper()[:3] or None
            return records.set_terms(
                session,
                settings,
                grant,
                actor=actor_for(name),
                amount=_amount_field(form, "amount"),
                currency=currency,
                start=_date_field(form, "start"),
                end=_date_field(form, "end"),
            )

        return await grant_action(request, grant_id, act)

    @app.post("/grants/{grant_id}/extension")
    async def extension(request: Request, grant_id: int) -> Response:
        def act(session: Session, grant: Grant, form: dict[str, str], name: str) -> object:
            return records.decide_extension(
                session,
                settings,
                grant,
                form.get("decision", "")[:20],
                reviewer=name,
                note=_bounded(form, "note", "note"),
                message=_bounded(form, "message", "message"),
            )

        return await grant_action(request, grant_id, act)

    @app.post("/grants/{grant_id}/extension/cancel")
    async def extension_cancel(request: Request, grant_id: int) -> Response:
        def act(session: Session, grant: Grant, form: dict[str, str], name: str) -> object:
            return records.cancel_extension(
                session, settings, grant, reviewer=name, reason=_bounded(form, "reason", "reason")
            )

        return await grant_action(request, grant_id, act)

    @app.post("/grants/{grant_id}/end-early")
    async def end_early(request: Request, grant_id: int) -> Response:
        def act(session: Session, grant: Grant, form: dict[str, str], name: str) -> object:
            reason = _bounded(form, "reason", "reason")
            if not reason:
                raise GrantboxError("say why the grant ends early (the grantee's words or yours)")
            return records.end_early(
                session, grant, actor=actor_for(name), reason=reason, settings=settings
            )

        return await grant_action(request, grant_id, act)

    # -- the program report ---------------------------------------------------------------

    # The report page computes the report; the four chart images its browser asks for next
    # reuse that report (and each SVG drawn from it) for REPORT_REUSE_SECONDS: the charts
    # show the figures of the tables beside them, and one page view costs one report, not
    # five. A chart asked for later (or alone) computes a fresh report.
    reused: dict[str, Any] = {}

    def _report(session: Session, *, fresh: bool) -> tuple[float, dict[str, Any]]:
        last = reused.get("report")
        if not fresh and last is not None and time.monotonic() - last[0] < REPORT_REUSE_SECONDS:
            return last[0], last[1]
        made = time.monotonic()
        report: dict[str, Any] = program_report(session, utcnow())
        reused["report"] = (made, report)
        reused["svg"] = {}
        return made, report

    @app.get("/report")
    def report_page(request: Request) -> Response:
        kit.signed_in(request)
        with store.reading() as session:
            kit.permitted(session, request, "view")
            _, report = _report(session, fresh=True)
        return kit.render(
            request,
            "report.html.j2",
            title="Program report",
            r=report,
            charts=list(charts.charts(report).values()),
        )

    @app.get("/report/{chart}.svg")
    def report_chart(request: Request, chart: str) -> Response:
        kit.signed_in(request)
        with store.reading() as session:
            kit.permitted(session, request, "view")
            made, report = _report(session, fresh=False)
        found = charts.charts(report).get(chart)
        if found is None:
            raise NotFound(f"no chart {chart[:40]!r}")
        drawn: dict[tuple[float, str], bytes] = reused.setdefault("svg", {})
        svg = drawn.get((made, chart))
        if svg is None:
            svg = drawn[(made, chart)] = charts.render(found)
        return Response(
            svg,
            media_type="image/svg+xml",
            headers={"Content-Security-Policy": SVG_CSP},
        )
