"""Withdrawals over real mail (Dovecot + SMTP, SQLite and PostgreSQL): an applicant's reply
asking to withdraw is flagged for a person and answered by nothing automatic; the chase leaves
it alone; a reviewer withdraws it (web or CLI), which cancels what was queued and sends one
confirmation; after that, nothing they write is answered automatically."""

from __future__ import annotations

import html as html_lib
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from grantbox.chase import chase
from grantbox.review import auth
from grantbox.review.web import create_app
from grantbox.store.queries import list_messages, list_outbox
from grantbox.store.tables import Application, Event, utcnow
from tests.factories import application_email, resume_pdf
from tests.incli import environment, grantbox
from tests.integration.test_chase import kinds_in_inbox, send_at
from tests.integration.test_conversation import conversation, reply_to  # noqa: F401
from tests.review_seed import csrf_token, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

WITHDRAW = "Thanks, but I have accepted another offer and would like to withdraw my application."
HOSTILE_NAME = "Ada <script>alert(1)</script><img src=x onerror=alert(1)>"
HOSTILE_NOTE = '</textarea><script>alert("note")</script>'


def apply(c, name: str = "Ada Lovelace"):
    c.applicant_sends(
        application_email(
            c.applicant,
            name=name,
            to=c.program,
            attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
        )
    )
    c.grantbox_runs()
    assert kinds_in_inbox(c) == ["questions"]
    return c.applicant_inbox()[0]


def outbox_of(c) -> list[tuple[str, str]]:
    with c.store.sessions() as session:
        return [(o["kind"], o["status"]) for o in list_outbox(session)]


def event_kinds(c) -> list[str]:
    with c.store.sessions() as session:
        return list(session.scalars(select(Event.kind).order_by(Event.id)))


def use_settings(monkeypatch, settings) -> None:
    """The conversation's settings as GRANTBOX_* variables, for the in-process CLI."""
    for name, value in environment(settings).items():
        monkeypatch.setenv(name, value)


def test_a_withdrawal_request_is_flagged_and_a_reviewer_withdraws_on_the_web(conversation):  # noqa: F811
    c = conversation
    questions = apply(c, name=f'"{HOSTILE_NAME}"')  # quoted: the display name keeps it all
    day5 = utcnow() + timedelta(days=5)
    assert len(chase(c.settings, c.store, now=day5).reminded) == 1  # queued, not yet sent

    c.applicant_sends(reply_to(questions, c.applicant, WITHDRAW), to=str(questions["Reply-To"]))
    _, sent = c.grantbox_runs()
    assert sent.sent == 0  # no "still missing", nothing automatic in answer
    app = c.application()
    assert app["status"] == "questions_sent" and "asks_to_withdraw" in app["flags"]
    assert outbox_of(c) == [("questions", "sent"), ("reminder", "cancelled")]
    with c.store.sessions() as session:
        [reply] = [m for m in list_messages(session) if m["kind"] == "reply"]
    assert "asks_to_withdraw" in reply["flags"]
    assert "flag:asks_to_withdraw" in event_kinds(c)

    # The chase leaves it alone, however long it waits.
    for days in (10, 30):
        report = chase(c.settings, c.store, now=utcnow() + timedelta(days=days))
        assert (report.reminded, report.stale) == ([], [])
    assert send_at(c, utcnow() + timedelta(days=30)).sent == 0
    assert kinds_in_inbox(c) == ["questions"]

    # A reviewer sees the flag in the queue and confirms on the application page.
    with c.store.transaction() as session:
        auth.add_reviewer(session, "alice", "correct horse battery")
    client = TestClient(create_app(c.settings, c.store), base_url="http://testserver")
    assert sign_in(client, "alice", "correct horse battery").status_code == 303
    app_id = app["id"]
    queue = client.get("/?status=all&flag=asks_to_withdraw").text
    assert re.findall(r'<tr data-href="/applications/(\d+)"', queue) == [str(app_id)]
    assert '<option value="asks_to_withdraw"' in queue
    page = client.get(f"/applications/{app_id}").text
    assert "Withdraw (the applicant asked)" in page
    assert app["name"] == HOSTILE_NAME
    assert "<script>alert" not in page and "<img src=x" not in page
    assert html_lib.escape(HOSTILE_NAME, quote=False) in page
    url = f"/applications/{app_id}/withdraw"
    assert client.post(url, data={"note": "x"}).status_code == 403  # no CSRF token
    assert client.post(url, data={"note": "x", "csrf": "forged"}).status_code == 403
    assert c.application()["status"] == "questions_sent"
    token = csrf_token(page)
    r = client.post(url, data={"note": HOSTILE_NOTE, "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    app = c.application()
    assert app["status"] == "withdrawn" and "asks_to_withdraw" not in app["flags"]
    page = client.get(f"/applications/{app_id}").text
    assert "<script>alert" not in page and "&lt;/textarea&gt;&lt;script&gt;alert(" in page
    assert "Withdraw (the applicant asked)" not in page  # closed: no form any more

    _, sent = c.grantbox_runs()
    assert sent.sent == 1
    assert kinds_in_inbox(c) == ["questions", "withdrawn"]
    confirmation = c.applicant_inbox()[-1]
    assert "Auto-Submitted" not in confirmation  # a person's email, not an automatic one
    assert "withdrawn your application" in confirmation.get_body(("plain",)).get_content()
    assert confirmation["In-Reply-To"] == reply["message_id"]

    # Again (a double click): nothing changes, nothing more is sent.
    r = client.post(url, data={"note": "again", "csrf": token}, follow_redirects=False)
    assert r.status_code == 303
    assert c.grantbox_runs()[1].sent == 0
    assert event_kinds(c).count("withdraw") == 1

    # They write again: recorded and filed under the application, answered by nothing.
    c.applicant_sends(
        reply_to(confirmation, c.applicant, "1. Eight years of backend work, by the way."),
        to=str(confirmation["Reply-To"]),
    )
    _, sent = c.grantbox_runs()
    assert sent.sent == 0
    with c.store.sessions() as session:
        replies = [m for m in list_messages(session) if m["kind"] == "reply"]
    assert len(replies) == 2 and replies[-1]["application_id"] == app_id
    assert chase(c.settings, c.store, now=utcnow() + timedelta(days=60)).reminded == []
    assert kinds_in_inbox(c) == ["questions", "withdrawn"]
    assert c.application()["status"] == "withdrawn"


def test_withdraw_from_the_cli_cancels_queued_mail_and_confirms_once(
    conversation,  # noqa: F811
    monkeypatch,
    capsys,
):
    c = conversation
    apply(c)
    day5 = utcnow() + timedelta(days=5)
    assert len(chase(c.settings, c.store, now=day5).reminded) == 1  # queued, not yet sent
    use_settings(monkeypatch, c.settings)
    app_id = c.application()["id"]

    code, out, err = grantbox(
        capsys, monkeypatch, "withdraw", str(app_id), "--note", "asked by phone", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert (result["status"], result["already"], len(result["cancelled"])) == (
        "withdrawn",
        False,
        1,
    )
    assert outbox_of(c) == [
        ("questions", "sent"),
        ("reminder", "cancelled"),
        ("withdrawn", "queued"),
    ]
    assert send_at(c, day5).sent == 1
    assert kinds_in_inbox(c) == ["questions", "withdrawn"]

    code, out, _ = grantbox(capsys, monkeypatch, "withdraw", str(app_id), "--json")
    assert code == 0 and json.loads(out)["already"] is True
    code, out, _ = grantbox(capsys, monkeypatch, "withdraw", str(app_id))
    assert code == 0 and "already withdrawn" in out
    assert send_at(c, day5 + timedelta(hours=1)).sent == 0
    assert kinds_in_inbox(c) == ["questions", "withdrawn"]
    with c.store.sessions() as session:
        app = session.scalars(select(Application)).one()
        [event] = [e for e in app.events if e.kind == "withdraw"]
    assert (event.actor.startswith("reviewer:"), event.reason) == (True, "asked by phone")

    code, _, err = grantbox(capsys, monkeypatch, "withdraw", "999", "--json")
    assert code != 0 and "999" in err


def test_a_reply_that_only_mentions_withdrawing_is_not_a_request(conversation):  # noqa: F811
    c = conversation
    questions = apply(c)
    body = (
        "1. I withdrew from my PhD in 2019 and have done eight years of backend work since.\n\n"
        "2. Comfortable with calculus; the withdrawal symptoms from academia are long gone."
    )
    c.applicant_sends(reply_to(questions, c.applicant, body), to=str(questions["Reply-To"]))
    _, sent = c.grantbox_runs()
    app = c.application()
    assert "asks_to_withdraw" not in app["flags"]
    assert sent.sent == 1 and kinds_in_inbox(c) == ["questions", "missing_answers"]
