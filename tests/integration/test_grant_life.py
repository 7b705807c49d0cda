"""A grant's life by email (issue 12), over a real Dovecot and SMTP relay, on SQLite and
PostgreSQL, with the calendar driven by `now` (no sleeping through three months):

approve → the approval email asks for a start date → the grantee replies "the 4th of January
works" → the grant is accepted and confirmed once → the daily check-ins pass, day by day: each
check-in arrives on its day exactly once → silence is chased, then overdue → the digest lists
the overdue check-in and the payments due → the end report is filed, the grant reported, an
outcome proposed (not recorded) → the follow-ups on their days. Then, on SQLite: an unclear
start date goes to a person, an early end is flagged, a bounce mid-grant holds the check-ins.
"""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.digest import digest
from grantbox.grants.checkins import checkins_pass
from grantbox.grants.records import current_grant
from grantbox.intake import open_mailbox, run_intake
from grantbox.review.decisions import decide
from grantbox.sender import send_pending
from grantbox.states import Status
from grantbox.store.tables import Application, Grant, GrantAnswer, utcnow
from tests.incli import subprocess_environment
from tests.integration.test_loop_safety import dsn_built
from tests.review_seed import seed_application


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@pytest.fixture
def life(dovecot, smtp, program_mailbox, make_settings, store_for, database_url):  # type: ignore[no-untyped-def]
    grantee, _ = dovecot.add_user(f"gus-{program_mailbox.split('@')[0]}")
    settings = make_settings(
        database_url=database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
        decision_hold_seconds=0,
        digest_to=["chair@mail.test"],
        extract_workers=1,
    )
    store = store_for(settings)

    class Life:
        def __init__(self) -> None:
            self.grantee, self.program = grantee, program_mailbox
            self.settings, self.store = settings, store

        def writes(self, ours: EmailMessage, body: str, *, raw: bytes | None = None) -> None:
            """The grantee answers our email `ours` (threaded, quoting it), through the relay."""
            if raw is None:
                reply = EmailMessage()
                reply["From"] = grantee
                reply["To"] = str(ours["Reply-To"] or ours["From"])
                reply["Subject"] = "Re: " + str(ours["Subject"]).removeprefix("Re: ")
                reply["Date"] = format_datetime(utcnow())
                reply["Message-ID"] = make_msgid(domain="mail.test")
                reply["In-Reply-To"] = str(ours["Message-ID"])
                quoted = "\n".join(
                    "> " + line for line in ours.get_body(("plain",)).get_content().splitlines()
                )
                reply.set_content(f"{body}\n\nOn Sun, 6 Dec 2026, Grants wrote:\n{quoted}\n")
                raw = reply.as_bytes()
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            with smtplib.SMTP(smtp.host, smtp.port) as client:
                client.sendmail(grantee, [program_mailbox], raw)

        def intake(self) -> None:
            mailbox = open_mailbox(settings)
            try:
                run_intake(settings, store, mailbox)
            finally:
                mailbox.close()

        def send(self, now: datetime | None = None) -> int:
            mailbox = open_mailbox(settings)
            try:
                return send_pending(settings, store, mailbox, now=now).sent
            finally:
                mailbox.close()

        def inbox(self) -> list[EmailMessage]:
            return [
                message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
                for raw in dovecot.messages(grantee)
            ]

        def kinds(self) -> list[str]:
            return [str(m["X-Grantbox"]) for m in self.inbox()]

        def grant(self) -> Grant:
            with store.sessions() as session:
                [app_id] = session.scalars(
                    select(Application.id).where(Application.email == grantee)
                ).all()
                grant = current_grant(session, app_id)
                assert grant is not None
                session.refresh(grant, ["checkins", "payments", "application"])
                session.expunge_all()
                return grant

        def approve(self) -> int:
            app_id = seed_application(store, settings, name="Gus Grantee", email=grantee)
            with store.transaction() as session:
                decide(session, settings, app_id, "approve", reviewer="chair", note="strong")
            assert self.send() == 1
            return app_id

        def day(self, when: date, hour: int = 9) -> datetime:
            return datetime(when.year, when.month, when.day, hour, tzinfo=UTC)

    life = Life()
    life.intake()  # first connection on the empty inbox: what follows is not backlog
    return life


def _start_in_words(today: date) -> tuple[date, str]:
    """A start date four weeks or so ahead, as a person writes it ("the 4th of January")."""
    start = today + timedelta(days=29)
    return start, f"the {_ordinal(start.day)} of {start:%B} works"


def test_a_grant_from_approval_to_the_last_follow_up(life) -> None:  # type: ignore[no-untyped-def]
    life.intake()
    life.approve()
    [approval] = life.inbox()
    assert approval["X-Grantbox"] == "decision_approve"
    assert "When would you like to start?" in approval.get_body(("plain",)).get_content()

    # The grantee names a date in their own words; grantbox reads it and confirms it once.
    start, words = _start_in_words(utcnow().date())
    life.writes(approval, words)
    life.intake()
    assert life.send() == 1
    life.intake()  # the same reply seen again (our Bcc copy too): nothing more
    assert life.send() == 0
    grant = life.grant()
    assert (grant.status, grant.start_date) == ("accepted", start)
    assert grant.end_date is not None and grant.end_date > start + timedelta(days=80)
    assert life.kinds() == ["decision_approve", "start_date_confirmed"]
    confirmation = life.inbox()[-1]
    assert confirmation["In-Reply-To"] is not None
    assert (
        f"starts on {start:%A} {start.day} {start:%B %Y}"
        in confirmation.get_body(("plain",)).get_content()
    )

    due = {c.checkin: c.due_date for c in grant.checkins}
    assert set(due) == {"mid_grant", "end_report", "followup_3m", "followup_12m"}
    end = grant.end_date
    assert end is not None

    # Day by day through the grant, each check-in on its day exactly once (twice a day).
    arrived: list[date] = []
    when = start - timedelta(days=1)
    while when <= end + timedelta(days=1):
        for hour in (9, 15):
            report = checkins_pass(life.settings, life.store, now=life.day(when, hour))
            if when == start and hour == 9:
                assert report.started == [grant.id]
            assert report.reminded == []  # the mid-grant check-in is answered on its day
            if report.sent:
                assert life.send(now=life.day(when, hour)) == len(report.sent)
                arrived += [when] * len(report.sent)
                if when == due["mid_grant"]:
                    mid = life.inbox()[-1]
                    life.writes(
                        mid,
                        "1. Finished ARENA chapters 1-3 and replicated a small IOI circuit."
                        "\n\n2. None.",
                    )
                    life.intake()
        when += timedelta(days=1)
    assert arrived == [due["mid_grant"], due["end_report"]]
    assert life.kinds() == ["decision_approve", "start_date_confirmed", "checkin", "checkin"]
    assert life.grant().status == "ended"
    [mid, end_report] = [m for m in life.inbox() if m["X-Grantbox"] == "checkin"]
    assert mid["Subject"].startswith("Mid-grant check-in")
    assert mid["In-Reply-To"] is not None
    assert "1. What have you studied or built so far?" in mid.get_body(("plain",)).get_content()
    assert end_report["Subject"].startswith("End-of-grant report")

    # The mid-grant answers are filed per question; the end report is chased, then overdue.
    with life.store.sessions() as session:
        answers = {(a.checkin, a.question_id): a.text for a in session.scalars(select(GrantAnswer))}
    assert answers[("mid_grant", "progress")].startswith("Finished ARENA")
    assert {c.checkin: c.status for c in life.grant().checkins}["mid_grant"] == "answered"

    reminded, overdue = [], []
    for days in range(1, 23):
        now = life.day(end + timedelta(days=days))
        report = checkins_pass(life.settings, life.store, now=now)
        again = checkins_pass(life.settings, life.store, now=now + timedelta(hours=2))
        assert (again.sent, again.reminded, again.overdue) == ([], [], [])
        reminded += [days] * len(report.reminded)
        overdue += [days] * len(report.overdue)
        life.send(now=now)
    assert reminded == [7, 14] and overdue == [21]
    assert life.kinds().count("checkin_reminder") == 2
    last = life.inbox()[-1].get_body(("plain",)).get_content()
    assert "A last friendly reminder" in last and "1. What did you do" in last

    # The reviewers' digest lists the overdue end report and the instalments not yet paid.
    digest_at = life.day(end + timedelta(days=22), 8)
    summary = digest(life.settings, life.store, now=digest_at)
    assert summary.skipped is None and summary.overdue_checkins == 1
    assert [c["checkin"] for c in summary.overdue] == ["end_report"]
    assert summary.payments_due == 3 and all(p["late"] for p in summary.payments)
    assert summary.queued == ["chair@mail.test"]
    assert life.send(now=digest_at) == 1  # the digest, to the chair

    # The end report comes in after all: filed, the grant reported, an outcome proposed only.
    life.writes(
        end_report,
        "1. Worked through ARENA and replicated the IOI paper.\n\n"
        "2. I joined Redwood Research as a research engineer.\n\n"
        "3. No extension needed, thank you.",
    )
    life.intake()
    grant = life.grant()
    assert grant.status == "reported"
    assert (grant.proposed_outcome, grant.outcome) == ("ai_safety_role", None)
    assert {c.checkin: c.status for c in grant.checkins}["end_report"] == "answered"

    # The follow-ups on their days, once each, in the grantee's thread.
    for checkin in ("followup_3m", "followup_12m"):
        day = due[checkin]
        assert (
            checkins_pass(life.settings, life.store, now=life.day(day - timedelta(days=1))).sent
            == []
        )
        assert len(checkins_pass(life.settings, life.store, now=life.day(day)).sent) == 1
        assert checkins_pass(life.settings, life.store, now=life.day(day, 18)).sent == []
        assert life.send(now=life.day(day)) == 1
        if checkin == "followup_3m":
            life.writes(life.inbox()[-1], "Still at Redwood Research, now leading a small team.")
            life.intake()
            assert {c.checkin: c.status for c in life.grant().checkins}[checkin] == "answered"
    assert life.kinds().count("checkin") == 4
    assert life.inbox()[-1]["Subject"].startswith("A year on")


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_unclear_start_date_goes_to_a_person_then_a_clear_one_starts_it(life) -> None:  # type: ignore[no-untyped-def]
    life.approve()
    [approval] = life.inbox()
    life.writes(approval, "Great news! Sometime in spring, or maybe the 11th or 18th?")
    life.intake()
    assert life.send() == 0  # nothing automatic: a person reads it
    grant = life.grant()
    assert grant.status == "offered" and "start_date_unclear" in grant.flags
    assert "start_date_unclear" in grant.application.flags

    start, words = _start_in_words(utcnow().date())
    life.writes(approval, f"Sorry for the confusion: {words}.")
    life.intake()
    assert life.send() == 1
    grant = life.grant()
    assert (grant.status, grant.start_date) == ("accepted", start)
    assert "start_date_unclear" not in grant.flags + grant.application.flags


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_early_end_is_flagged_and_a_bounce_mid_grant_holds_the_check_ins(life) -> None:  # type: ignore[no-untyped-def]
    life.approve()
    [approval] = life.inbox()
    start, words = _start_in_words(utcnow().date())
    life.writes(approval, words)
    life.intake()
    life.send()
    grant = life.grant()
    mid = {c.checkin: c.due_date for c in grant.checkins}["mid_grant"]
    assert checkins_pass(life.settings, life.store, now=life.day(start)).started == [grant.id]

    # "I have accepted a job offer…": flagged for a person, no automatic email, still active.
    confirmation = life.inbox()[-1]
    life.writes(
        confirmation,
        "Hi, I have accepted a job offer and will stop the grant at the end of the month.",
    )
    life.intake()
    assert life.send(now=life.day(start)) == 0
    grant = life.grant()
    assert grant.status == "active" and "ends_early" in grant.flags
    assert "ends_early" in grant.application.flags

    # Our confirmation bounces (the mailbox was closed): flagged, never answered, no loop;
    # the mid-grant check-in is held, not sent, and the pass does not fail.
    dsn = dsn_built(life.program, life.grantee, confirmation)
    life.writes(confirmation, "", raw=dsn)
    life.intake()
    assert "bouncing" in life.grant().application.flags
    for hour in (9, 12):
        report = checkins_pass(life.settings, life.store, now=life.day(mid, hour))
        assert report.sent == [] and len(report.held) == 1
    assert life.send(now=life.day(mid)) == 0
    assert {c.checkin: c.status for c in life.grant().checkins}["mid_grant"] == "pending"
    assert life.kinds() == ["decision_approve", "start_date_confirmed"]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_chase_at_a_future_time_with_send_delivers_what_it_queued(life) -> None:  # type: ignore[no-untyped-def]
    """`grantbox chase --at T --send` sends as of T: the reminder it queued, dated T, goes out
    (before, the send pass ran on the real clock and left a future-dated reminder waiting)."""
    seed_application(
        life.store,
        life.settings,
        name="Quiet Quentin",
        email=life.grantee,
        status=Status.questions_sent,
    )
    at = (utcnow() + timedelta(days=30)).isoformat()
    done = subprocess.run(
        [str(Path(sys.executable).parent / "grantbox"), "chase", "--at", at, "--send", "--json"],
        env=subprocess_environment(life.settings),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert len(result["reminded"]) == 1 and result["send"]["sent"] == 1
    assert life.kinds() == ["reminder"]
