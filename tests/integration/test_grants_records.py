"""A grant's life in the store (grantbox/grants/records.py) and the program's figures
(grantbox/grants/report.py), on SQLite and PostgreSQL, in-process with an injected clock:
approve → offered with its payment plan → start date → active → ended → outcome →
extension → follow-on grant; cancelling inside the hold window; the figures of a small
seeded program, exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.grants import records
from grantbox.grants.report import grants_overview, program_report
from grantbox.outbox import CANCELLED, QUEUED
from grantbox.review.decisions import Conflict, NotFound, cancel_decision, decide
from grantbox.states import Status
from grantbox.store.tables import Event, Grant, GrantCheckin, Message, OutboxRow
from tests.review_seed import seed_application


def at(day: str, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


@pytest.fixture
def program(database_url, tmp_path, store_for):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    return settings, store_for(settings)


def grant_events(session, grant_id: int) -> list[str]:
    return list(
        session.scalars(select(Event.kind).where(Event.grant_id == grant_id).order_by(Event.id))
    )


def test_a_grant_from_approval_to_extension(program):
    settings, store = program
    app_id = seed_application(store, settings, name="Grace Hopper", at=at("2027-01-04", 9))

    # Approving offers the grant: the program's terms, three instalments not yet dated.
    with store.transaction() as s:
        decide(s, settings, app_id, "approve", reviewer="alice", note="strong", at=at("2027-01-04"))
    with store.transaction() as s:
        grant = records.current_grant(s, app_id)
        assert grant is not None
        data = records.grant_dict(grant)
        assert (data["status"], data["amount"], data["currency"], data["months"]) == (
            "offered",
            "6000.00",
            "USD",
            3,
        )
        assert [(p["number"], p["amount"], p["due_date"]) for p in data["payments"]] == [
            (1, "2000.00", None),
            (2, "2000.00", None),
            (3, "2000.00", None),
        ]
        assert data["checkins"] == [] and data["start_date"] is None
        assert grant_events(s, grant.id) == ["grant:offered"]
        # One grant per approval, however often it is asked for.
        app = grant.application
        assert records.offer_grant(s, settings, app, actor="x").id == grant.id
        grant_id = grant.id

        # A start date accepts it: the end, the instalments and the check-ins follow.
        records.set_start(s, settings, grant, date(2027, 2, 1), actor="reviewer:alice")
        records.set_start(s, settings, grant, date(2027, 2, 8), actor="grantee", reason="later")
        records.set_start(s, settings, grant, date(2027, 2, 8), actor="grantee")  # no change
        with pytest.raises(GrantboxError, match="a start date between"):
            records.set_start(s, settings, grant, date(2207, 2, 8), actor="grantee")
        data = records.grant_dict(grant)
        assert (data["status"], data["start_date"], data["end_date"]) == (
            "accepted",
            "2027-02-08",
            "2027-05-07",
        )
        assert [p["due_date"] for p in data["payments"]] == [
            "2027-02-08",
            "2027-03-08",
            "2027-04-08",
        ]
        assert [(c["checkin"], c["due_date"], c["status"]) for c in data["checkins"]] == [
            ("mid_grant", "2027-03-24", "pending"),
            ("end_report", "2027-05-07", "pending"),
            ("followup_3m", "2027-08-06", "pending"),
            ("followup_12m", "2028-05-06", "pending"),
        ]
        assert s.scalar(select(func.count()).where(GrantCheckin.grant_id == grant_id)) == 4

        # No outcome before it runs; no payment before it is accepted … but it is now.
        with pytest.raises(Conflict, match="no outcome yet"):
            records.record_outcome(s, grant, "other_job", note="", actor="x")

    # The calendar: nothing the day before the start, active on it, ended after the end.
    with store.transaction() as s:
        assert records.advance(s, settings, at("2027-02-07", 23, 59)) == []
        assert records.advance(s, settings, at("2027-02-08", 0, 1)) == [(grant_id, "active")]
        assert records.advance(s, settings, at("2027-02-09")) == []
        first = records.load_grant(s, grant_id).payments[0].id
        # Marked paid twice: one record, one event.
        paid = records.mark_paid(s, first, actor="reviewer:bob", at=at("2027-02-09"))
        again = records.mark_paid(s, first, actor="reviewer:carol", at=at("2027-02-10"))
        assert again.paid_by == "reviewer:bob" and again.paid_at == paid.paid_at
        with pytest.raises(NotFound):
            records.mark_paid(s, 10_000, actor="x")
    with store.transaction() as s:
        assert records.advance(s, settings, at("2027-05-07", 23)) == []
        assert records.advance(s, settings, at("2027-05-08", 1)) == [(grant_id, "ended")]
        grant = records.load_grant(s, grant_id)
        assert grant_events(s, grant_id) == [
            "grant:offered",
            "grant:accept",
            "grant:accept",
            "grant:start",
            "grant:paid",
            "grant:end",
        ]
        [accept, moved] = s.scalars(
            select(Event).where(Event.grant_id == grant_id, Event.kind == "grant:accept")
        ).all()
        assert accept.to_status == "accepted" and "(was 2027-02-01): later" in moved.reason

        # grantbox proposes, a person records.
        reply = s.scalars(select(Message.id).where(Message.application_id == app_id)).one()
        records.propose_outcome(s, grant, "ai_safety_role", message_pk=reply, actor="intake")
        records.propose_outcome(s, grant, "ai_safety_role", message_pk=reply, actor="intake")
        assert (grant.outcome, grant.proposed_outcome) == (None, "ai_safety_role")
        assert grant_events(s, grant_id)[-1:] == ["grant:outcome_proposed"]
        with pytest.raises(GrantboxError, match="unknown outcome 'astronaut'"):
            records.record_outcome(s, grant, "astronaut", note="", actor="x")
        records.record_outcome(
            s, grant, "ai_safety_role", note="joined a lab", actor="reviewer:alice"
        )
        data = records.grant_dict(grant)
        assert (data["outcome"], data["outcome_note"], data["proposed_outcome"]) == (
            "ai_safety_role",
            "joined a lab",
            None,
        )

    # Another three months: the follow-on grant starts the day after; the email is held.
    decided = at("2027-05-10")
    with store.transaction() as s:
        grant = records.load_grant(s, grant_id)
        result = records.decide_extension(
            s, settings, grant, "approve", reviewer="alice", note="good work", at=decided
        )
        assert result.email_status == QUEUED and result.follow_on_grant_id is not None
        follow = records.load_grant(s, result.follow_on_grant_id)
        assert (follow.follows_grant_id, follow.status) == (grant_id, "accepted")
        assert (follow.start_date, follow.end_date) == (date(2027, 5, 8), date(2027, 8, 7))
        assert (follow.amount, follow.currency, len(follow.payments)) == (
            Decimal("6000.00"),
            "USD",
            3,
        )
        row = s.get(OutboxRow, result.outbox_id)
        assert row is not None and row.kind == "extension_approve"
        assert "2027-05-08" in row.raw.decode() and "Grace Hopper" in row.raw.decode()
        with pytest.raises(Conflict, match="held"):
            records.decide_extension(s, settings, grant, "reject", reviewer="bob", at=decided)

    # Cancelled inside the hold: no email, the follow-on grant is declined; decided again.
    with store.transaction() as s:
        grant = records.load_grant(s, grant_id)
        cancelled = records.cancel_extension(
            s,
            settings,
            grant,
            reviewer="alice",
            reason="wrong dates",
            at=decided + timedelta(minutes=2),
        )
        assert cancelled.declined_grant_id == result.follow_on_grant_id
        assert s.get(OutboxRow, result.outbox_id).status == CANCELLED  # type: ignore[union-attr]
        assert records.load_grant(s, result.follow_on_grant_id).status == "declined"  # type: ignore[arg-type]
        assert records.current_grant(s, app_id).id == grant_id  # type: ignore[union-attr]
        again = records.decide_extension(
            s, settings, grant, "approve", reviewer="alice", note="right dates", at=decided
        )
        assert again.follow_on_grant_id not in (None, result.follow_on_grant_id)
        assert records.current_grant(s, app_id).id == again.follow_on_grant_id  # type: ignore[union-attr]
    with store.transaction() as s:
        grant = records.load_grant(s, grant_id)
        with pytest.raises(Conflict, match="hold window is over"):
            records.cancel_extension(
                s, settings, grant, reviewer="alice", at=decided + timedelta(seconds=601)
            )
        with pytest.raises(Conflict, match="extended already"):
            records.decide_extension(
                s, settings, grant, "approve", reviewer="bob", at=decided + timedelta(hours=1)
            )
        assert grant_events(s, grant_id)[-3:] == [
            "grant:extension_approve",
            "grant:extension_cancelled",
            "grant:extension_approve",
        ]
        paid_events = s.scalar(
            select(func.count()).where(Event.grant_id == grant_id, Event.kind == "grant:paid")
        )
        assert paid_events == 1


def test_cancelled_approval_declines_the_offer_and_ending_early(program):
    settings, store = program
    cancelled_id = seed_application(store, settings, name="Cancelled")
    early_id = seed_application(store, settings, name="Early")
    now = at("2027-01-04")
    with store.transaction() as s:
        decide(s, settings, cancelled_id, "approve", reviewer="alice", at=now)
        decide(s, settings, early_id, "approve", reviewer="alice", at=now)
    with store.transaction() as s:
        cancel_decision(s, settings, cancelled_id, reviewer="alice", reason="oops", at=now)
    with store.transaction() as s:
        [declined] = s.scalars(select(Grant).where(Grant.application_id == cancelled_id)).all()
        assert declined.status == "declined"
        assert records.current_grant(s, cancelled_id) is None
        with pytest.raises(Conflict, match="declined"):
            records.set_terms(s, settings, declined, actor="x", amount=Decimal("1"))
        with pytest.raises(Conflict, match="before it is accepted"):
            records.mark_paid(s, declined.payments[0].id, actor="x")
    # Approved again: a new offer.
    with store.transaction() as s:
        decide(s, settings, cancelled_id, "approve", reviewer="alice", at=now)
    with store.transaction() as s:
        assert records.current_grant(s, cancelled_id).id != declined.id  # type: ignore[union-attr]

        # Terms set by a person: amount re-split over the unpaid instalments, the end moved.
        grant = records.current_grant(s, early_id)
        assert grant is not None
        records.set_terms(
            s, settings, grant, actor="reviewer:alice", start=date(2027, 1, 11), at=now
        )
        records.mark_paid(s, grant.payments[0].id, actor="reviewer:bob", at=now)
        records.set_terms(
            s,
            settings,
            grant,
            actor="reviewer:alice",
            amount=Decimal("7000.5"),
            at=now,
        )
        assert [p.amount for p in grant.payments] == [
            Decimal("2000.00"),
            Decimal("2500.25"),
            Decimal("2500.25"),
        ]
    with store.transaction() as s:
        grant = records.current_grant(s, early_id)
        assert grant is not None and grant.amount == Decimal("7000.50")
        with pytest.raises(Conflict, match="currency cannot change"):
            records.set_terms(s, settings, grant, actor="x", currency="EUR")
        with pytest.raises(Conflict, match="paid already"):
            records.set_terms(s, settings, grant, actor="x", amount=Decimal("1500"))
        with pytest.raises(GrantboxError, match="before the start date"):
            records.set_terms(s, settings, grant, actor="x", end=date(2027, 1, 1))
        records.set_terms(s, settings, grant, actor="reviewer:alice", end=date(2027, 5, 10), at=now)
        assert {c.checkin: c.due_date for c in grant.checkins}["end_report"] == date(2027, 5, 10)

        # Ended early on 1 March: the mid-grant check-in (not sent yet) is skipped; the end
        # report is due that day, the follow-ups count from it.
        records.advance(s, settings, at("2027-01-11"))
        with pytest.raises(Conflict, match="only be set before it starts"):
            records.set_start(s, settings, grant, date(2027, 2, 1), actor="x")
        records.end_early(
            s,
            grant,
            actor="reviewer:alice",
            reason="took a job",
            settings=settings,
            at=at("2027-03-01"),
        )
        assert (grant.status, grant.end_date) == ("ended_early", date(2027, 3, 1))
        assert {c.checkin: (c.due_date, c.status) for c in grant.checkins} == {
            "mid_grant": (date(2027, 3, 11), "skipped"),  # not due yet, but in its time
            "end_report": (date(2027, 3, 1), "pending"),
            "followup_3m": (date(2027, 5, 31), "pending"),
            "followup_12m": (date(2028, 2, 29), "pending"),
        }
        with pytest.raises(Conflict, match="only a running grant"):
            records.end_early(s, grant, actor="x", reason="again")


def test_the_program_figures_of_a_small_program(program):
    settings, store = program

    def applicant(name: str, created: datetime, status: Status = Status.ready_for_review) -> int:
        return seed_application(store, settings, name=name, status=status, at=created)

    def decided(app_id: int, decision: str, when: datetime) -> None:
        with store.transaction() as s:
            decide(s, settings, app_id, decision, reviewer="alice", at=when)

    a1 = applicant("One", at("2027-02-08"))
    decided(a1, "approve", at("2027-02-10"))  # 48 h
    a2 = applicant("Two", at("2027-02-09"))
    decided(a2, "reject", at("2027-02-19"))  # 240 h
    a3 = applicant("Three", at("2027-02-16"))
    decided(a3, "waitlist", at("2027-02-16", 15))  # 5 h
    applicant("Four", at("2027-02-23"))  # complete, not decided
    applicant("Five", at("2027-02-01"), Status.questions_sent)  # not complete, before the weeks
    a6 = applicant("Six", at("2027-02-24"))
    decided(a6, "approve", at("2027-02-25"))  # 24 h, then taken back: decided, not approved
    with store.transaction() as s:
        cancel_decision(s, settings, a6, reviewer="alice", at=at("2027-02-25", 10, 1))
    a7 = applicant("Seven", at("2026-11-02"))
    decided(a7, "approve", at("2026-11-05"))  # 72 h
    with store.transaction() as s:
        g1 = records.current_grant(s, a1)
        g7 = records.current_grant(s, a7)
        assert g1 is not None and g7 is not None
        records.set_start(s, settings, g7, date(2026, 11, 16), actor="x", at=at("2026-11-06"))
        records.set_start(s, settings, g1, date(2027, 2, 15), actor="x", at=at("2027-02-11"))
        records.advance(s, settings, at("2027-03-01"))  # g7 started and ended; g1 started
        records.record_outcome(s, g7, "other_job", note="", actor="x", at=at("2027-02-20"))
        records.record_outcome(s, g1, "ai_safety_role", note="", actor="x", at=at("2027-02-28"))
        g1_id, g7_id = g1.id, g7.id

    with store.reading() as s:
        report = program_report(s, at("2027-03-01", 12), weeks=4)
        overview = grants_overview(s, date(2027, 3, 1))
    assert report["applications_per_week"] == [
        {"week": "2027-W06", "count": 2},
        {"week": "2027-W07", "count": 1},
        {"week": "2027-W08", "count": 2},
        {"week": "2027-W09", "count": 0},
    ]
    assert report["funnel"] == [
        {"stage": "applied", "count": 7},
        {"stage": "complete", "count": 6},
        {"stage": "decided", "count": 5},
        {"stage": "approved", "count": 2},
        {"stage": "outcome", "count": 2},
    ]
    assert report["time_to_decision"] == {
        "count": 5,
        "median_days": 2.0,  # 5, 24, [48], 72, 240 hours
        "p90_days": 10.0,
        "histogram": [
            {"bucket": "under 1 day", "count": 1},
            {"bucket": "1-3 days", "count": 2},
            {"bucket": "3-7 days", "count": 1},
            {"bucket": "1-2 weeks", "count": 1},
            {"bucket": "2-4 weeks", "count": 0},
            {"bucket": "4+ weeks", "count": 0},
        ],
    }
    assert report["outcomes"] == {
        "ai_safety_role": 1,
        "other_job": 1,
        "further_study": 0,
        "independent_research": 0,
        "extension": 0,
        "other": 0,
    }
    assert report["outcomes_per_cohort"] == {
        "2026-Q4": {"other_job": 1},
        "2027-Q1": {"ai_safety_role": 1},
    }
    assert report["cohorts"] == [
        {"cohort": "2026-Q4", "grants": 1, "with_outcome": 1},
        {"cohort": "2027-Q1", "grants": 1, "with_outcome": 1},
    ]
    assert report["grants_by_status"] == {
        "offered": 0,
        "accepted": 0,
        "active": 1,
        "ended": 1,
        "reported": 0,
        "declined": 1,
        "ended_early": 0,
    }

    # The Grants page: g7 (ended; its mid-grant and end report unanswered, all three
    # payments due) comes before g1 (its first payment due since 15 February).
    assert [g["id"] for g in overview] == [g7_id, g1_id]
    seven, one = overview
    assert (seven["days_left"], seven["overdue_checkins"], seven["payments_due"]) == (-14, 2, 3)
    assert seven["next_checkin"] == {
        "date": "2026-12-31",
        "checkin": "mid_grant",
        "title": "Mid-grant check-in",
    }
    assert (seven["payments_due_amount"], seven["next_due"]) == ("6000.00", "2026-11-16")
    assert (one["days_left"], one["overdue_checkins"], one["payments_due"]) == (74, 0, 1)
    assert one["next_checkin"]["date"] == "2027-03-31"
    assert (one["payments_due_amount"], one["next_payment"]) == ("2000.00", "2027-02-15")
