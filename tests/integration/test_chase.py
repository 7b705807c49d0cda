"""Chasing quiet applicants, over real mail, with the calendar driven by `now` (no sleeps)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from grantbox import states
from grantbox.chase import chase
from grantbox.intake import open_mailbox
from grantbox.sender import send_pending
from grantbox.store.queries import list_outbox
from grantbox.store.tables import Application, utcnow
from tests.factories import application_email, resume_pdf
from tests.integration.test_conversation import conversation, reply_to  # noqa: F401

ALL_ANSWERS = (
    "1. Eight years of data engineering.\n\n2. Fine with calculus and probability.\n\n"
    "3. Sutton & Barto, then PPO from scratch.\n\n4. Full time from January.\n\n"
    "5. A newsletter.\n\n6. Research engineering."
)


def send_at(c, now):
    mailbox = open_mailbox(c.settings)
    try:
        return send_pending(c.settings, c.store, mailbox, now=now)
    finally:
        mailbox.close()


def kinds_in_inbox(c):
    return [m["X-Grantbox"] for m in c.applicant_inbox()]


def apply_with_resume(c):
    c.applicant_sends(
        application_email(
            c.applicant, to=c.program, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
        )
    )
    c.grantbox_runs()
    assert kinds_in_inbox(c) == ["questions"]


def test_two_reminders_then_stale_then_revived_by_a_late_reply(conversation):  # noqa: F811
    c = conversation
    apply_with_resume(c)
    t0 = utcnow()

    assert chase(c.settings, c.store, now=t0 + timedelta(days=1)).reminded == []
    day4 = t0 + timedelta(days=4, hours=1)
    first = chase(c.settings, c.store, now=day4)
    assert len(first.reminded) == 1
    assert chase(c.settings, c.store, now=day4 + timedelta(hours=3)).reminded == []  # idempotent
    assert send_at(c, day4).sent == 1
    assert kinds_in_inbox(c) == ["questions", "reminder"]
    reminder = c.applicant_inbox()[-1]
    text = reminder.get_body(("plain",)).get_content()
    assert "friendly reminder" in text and "last" not in text.split("reminder")[0]
    assert "1. What is your background" in text  # what is still missing, by number

    assert chase(c.settings, c.store, now=day4 + timedelta(days=2)).reminded == []
    day7 = day4 + timedelta(days=3, hours=1)
    assert len(chase(c.settings, c.store, now=day7).reminded) == 1
    send_at(c, day7)
    last = c.applicant_inbox()[-1].get_body(("plain",)).get_content()
    assert "A last friendly reminder" in last and "close your application" in last

    day10 = day7 + timedelta(days=3, hours=1)
    closing = chase(c.settings, c.store, now=day10)
    assert closing.reminded == [] and len(closing.stale) == 1
    assert c.application()["status"] == "stale"
    assert chase(c.settings, c.store, now=day10 + timedelta(days=30)).stale == []
    send_at(c, day10 + timedelta(days=30))
    assert kinds_in_inbox(c) == ["questions", "reminder", "reminder"]

    # They answer after all, to the first email: the application comes back to life and,
    # with every answer in, goes to review; no second copy of the questions is sent.
    c.applicant_sends(reply_to(c.applicant_inbox()[0], c.applicant, ALL_ANSWERS))
    _, sent = c.grantbox_runs()
    assert c.application()["status"] == "ready_for_review"
    assert sent.sent == 0
    with c.store.sessions() as session:
        app = session.scalars(select(Application)).one()
        kinds = [e.kind for e in app.events]
    assert "chase_exhausted" in kinds and "revived" in kinds


def test_a_reply_cancels_the_reminder_waiting_to_go_out(conversation):  # noqa: F811
    c = conversation
    apply_with_resume(c)
    day5 = utcnow() + timedelta(days=5)
    assert len(chase(c.settings, c.store, now=day5).reminded) == 1  # queued, not yet sent

    c.applicant_sends(reply_to(c.applicant_inbox()[0], c.applicant, ALL_ANSWERS))
    c.grantbox_runs()
    assert send_at(c, day5).sent == 0
    with c.store.sessions() as session:
        statuses = {o["kind"]: o["status"] for o in list_outbox(session)}
    assert statuses == {"questions": "sent", "reminder": "cancelled"}
    assert kinds_in_inbox(c) == ["questions"]
    assert c.application()["status"] == "ready_for_review"


def test_no_chasing_a_bouncing_address(conversation):  # noqa: F811
    c = conversation
    apply_with_resume(c)
    with c.store.transaction() as session:
        app = session.scalars(select(Application)).one()
        states.add_flag(session, app, "bouncing", actor="test", reason="hard bounce")
    report = chase(c.settings, c.store, now=utcnow() + timedelta(days=30))
    assert (report.waiting, report.reminded, report.stale) == (1, [], [])
    assert kinds_in_inbox(c) == ["questions"]
