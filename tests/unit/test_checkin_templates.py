"""The grant emails of issue 12 (check-ins, their reminders, the start-date confirmation, the
approval's question and the digest's grant sections): rendered from the shipped templates,
hostile names escaped in HTML, subjects one line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from grantbox.digest import DigestReport
from grantbox.grants.plan import checkin_set
from grantbox.mailtemplates import numbered_questions, render_email

HOSTILE = 'Eve <script>alert(1)</script>\r\nBcc: victim@example.org "&"'
CHECKINS = checkin_set(None)
BASE = {
    "applicant_name": HOSTILE,
    "program_name": "the ML research retraining grant",
    "team_name": "The grants team",
    "reference": "GB-7",
    "original_subject": "Re: Application\r\nBcc: x@y.org",
}


def _safe(rendered) -> None:  # type: ignore[no-untyped-def]
    assert "\n" not in rendered.subject and "\r" not in rendered.subject
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;" in rendered.html
    assert "Bcc: victim" not in rendered.subject


@pytest.mark.parametrize("checkin", CHECKINS.checkins, ids=lambda c: c.id)
def test_each_checkin_renders_its_title_intro_and_numbered_questions(checkin) -> None:  # type: ignore[no-untyped-def]
    rendered = render_email(
        "checkin",
        checkin_title=checkin.title,
        intro=checkin.intro,
        questions=numbered_questions(checkin.question_set),
        missing=False,
        final=checkin.final,
        **BASE,
    )
    _safe(rendered)
    assert rendered.subject == f"{checkin.title}: the ML research retraining grant [GB-7]"
    assert checkin.intro in rendered.text
    for number, q in enumerate(checkin.questions, start=1):
        assert f"{number}. {q.text}" in rendered.text
    assert "(optional)" in rendered.text or all(q.required for q in checkin.questions)


def test_missing_answers_keep_their_numbers() -> None:
    report = CHECKINS.get("end_report")
    rendered = render_email(
        "checkin",
        checkin_title=report.title,
        intro=report.intro,
        questions=numbered_questions(report.question_set, ["whats_next"]),
        missing=True,
        final=True,
        **BASE,
    )
    _safe(rendered)
    assert "2. What is next for you" in rendered.text
    assert "1. What did you do" not in rendered.text
    assert "an answer to this question" in rendered.text


@pytest.mark.parametrize("last", [False, True])
def test_checkin_reminder(last: bool) -> None:
    mid = CHECKINS.get("mid_grant")
    rendered = render_email(
        "checkin_reminder",
        checkin_title=mid.title,
        questions=numbered_questions(mid.question_set, ["progress"]),
        last=last,
        **BASE,
    )
    _safe(rendered)
    assert rendered.subject.startswith("Reminder: Mid-grant check-in")
    assert "1. What have you studied or built so far?" in rendered.text
    assert ("A last friendly reminder" in rendered.text) is last


def test_start_date_confirmed() -> None:
    rendered = render_email(
        "start_date_confirmed",
        start_date="Monday 4 January 2027",
        end_date="Saturday 3 April 2027",
        months=3,
        amount="6,000.00",
        currency="USD",
        payments=[
            {"number": 1, "due_date": "Monday 4 January 2027", "amount": "2,000.00"},
            {"number": 2, "due_date": "Thursday 4 February 2027", "amount": "2,000.00"},
        ],
        first_checkin="Wednesday 17 February 2027 (mid-grant check-in)",
        **BASE,
    )
    _safe(rendered)
    assert rendered.subject == "Re: Application Bcc: x@y.org [GB-7]"
    assert "your grant starts on Monday 4 January 2027" in rendered.text
    assert "2. 2,000.00 USD on Thursday 4 February 2027" in rendered.text
    assert "<strong>Monday 4 January 2027</strong>" in rendered.html


@pytest.mark.parametrize(
    "terms", [{}, {"grant_amount": "6,000.00", "grant_currency": "USD", "grant_months": 3}]
)
def test_approval_asks_for_a_start_date(terms: dict[str, object]) -> None:
    rendered = render_email("decision_approve", message="", **BASE, **terms)
    _safe(rendered)
    assert "When would you like to start?" in rendered.text
    assert ("6,000.00 USD over 3 months" in rendered.text) is bool(terms)


def test_digest_lists_overdue_checkins_and_payments_due() -> None:
    now = datetime(2027, 4, 20, 8, tzinfo=UTC)
    report = DigestReport(at=now, since=now)
    report.overdue_checkins = 1
    report.overdue = [
        {
            "reference": "GB-7",
            "name": HOSTILE,
            "title": "End-of-grant report",
            "due_date": "2027-04-03",
            "days": 17,
            "link": "http://review/grants/1",
        }
    ]
    report.payments_due = 1
    report.payments = [
        {
            "reference": "GB-7",
            "name": HOSTILE,
            "number": 3,
            "amount": "2,000.00",
            "currency": "USD",
            "due_date": "2027-03-04",
            "late": True,
            "link": "http://review/grants/1",
        }
    ]
    rendered = render_email(
        "digest",
        program_name="p",
        team_name="t",
        report=report,
        queue_link="http://review/",
        human_link="http://review/human",
    )
    assert "\n" not in rendered.subject
    assert "1 check-in overdue, 1 payment due" in rendered.subject
    assert "End-of-grant report, due 2027-04-03 (17 days ago)" in rendered.text
    assert "instalment 3, 2,000.00 USD, due 2027-03-04 (late)" in rendered.text
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
