"""The review page in a real browser (Debian's chromium, driven by Playwright) over the real
mail loop: an applicant applies and answers every question through SMTP and Dovecot, a
reviewer signs in, opens the queue and the application, approves it with a note (keyboard
shortcut), and after the hold window the sender delivers the decision into the applicant's
Dovecot mailbox. Screenshots of the pages go to test-artifacts/."""

from __future__ import annotations

import os
import smtplib
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest

from grantbox.conversation import question_set
from grantbox.intake import open_mailbox, run_intake
from grantbox.review import auth
from grantbox.review.web import BackgroundServer, create_app
from grantbox.sender import send_pending
from grantbox.store.queries import list_applications
from grantbox.store.tables import utcnow
from tests.factories import application_email, resume_pdf
from tests.mailservers import free_port

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} is missing (Debian package chromium; scripts/install-system-deps.sh)",
)


def _send(smtp, sender: str, to: str, msg: bytes | EmailMessage) -> None:
    data = msg.as_bytes() if isinstance(msg, EmailMessage) else msg
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP(smtp.host, smtp.port) as client:
        client.sendmail(sender, [to], data)


def test_reviewer_approves_in_the_browser_and_the_applicant_gets_the_email(
    dovecot, smtp, program_mailbox, make_settings, store_for
):
    from playwright.sync_api import sync_playwright

    applicant, _ = dovecot.add_user(f"grace-{program_mailbox.split('@')[0]}")
    settings = make_settings(
        smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="plain", send_recovery_seconds=0
    )
    store = store_for(settings)

    def grantbox_runs(now=None):
        mailbox = open_mailbox(settings)
        try:
            run_intake(settings, store, mailbox)
            return send_pending(settings, store, mailbox, now=now)
        finally:
            mailbox.close()

    def inbox() -> list[EmailMessage]:
        return [
            message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
            for raw in dovecot.messages(applicant)
        ]

    grantbox_runs()  # first connection: nothing after this is backlog
    _send(
        smtp,
        applicant,
        program_mailbox,
        application_email(
            applicant,
            name="Grace Hopper",
            to=program_mailbox,
            attachments=[("Grace CV.pdf", resume_pdf(), "application/pdf")],
        ),
    )
    grantbox_runs()
    [questions] = inbox()
    answers = "\n\n".join(
        f"{n}. Answer {n}: a careful, complete answer about {q.id.replace('_', ' ')}."
        for n, q in enumerate(question_set(settings).questions, start=1)
    )
    reply = EmailMessage()
    reply["From"] = applicant
    reply["To"] = str(questions["Reply-To"])
    reply["Subject"] = "Re: " + str(questions["Subject"]).removeprefix("Re: ")
    reply["Message-ID"] = make_msgid(domain="mail.test")
    reply["In-Reply-To"] = str(questions["Message-ID"])
    reply.set_content(answers + "\n")
    _send(smtp, applicant, str(questions["Reply-To"]), reply)
    grantbox_runs()
    with store.sessions() as session:
        [app] = list_applications(session)
    assert app["status"] == "ready_for_review", app["answers"]

    with store.transaction() as session:
        auth.add_reviewer(session, "rita", PASSWORD)
    ARTIFACTS.mkdir(exist_ok=True)
    csp_errors: list[str] = []
    with (
        BackgroundServer(create_app(settings, store), port=free_port()) as server,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def on_console(message) -> None:
                if "Content Security Policy" in message.text:
                    csp_errors.append(message.text)

            page.on("console", on_console)
            page.goto(server.url + "/")
            assert "/signin" in page.url
            page.fill("input[name=name]", "rita")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(server.url + "/")
            row = page.locator("#queue tbody tr")
            assert row.count() == 1
            assert "Grace Hopper" in row.inner_text()
            page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

            page.keyboard.press("o")  # keyboard triage: open the selected application
            page.wait_for_url(f"{server.url}/applications/{app['id']}")
            assert "Grace Hopper" in page.inner_text("h1")
            assert "Answer 1: a careful" in page.content()
            page.screenshot(path=str(ARTIFACTS / "review-application.png"), full_page=True)

            page.keyboard.press("a")  # choose "approve"; the note field gets the focus
            assert page.is_checked("#decision-approve")
            page.keyboard.type("Strong background; clear plan.")
            page.click("#decide-submit")
            page.wait_for_selector("#held")
            assert page.inner_text("#status") == "approved"
            assert "Strong background; clear plan." in page.inner_text("#timeline")
            page.screenshot(path=str(ARTIFACTS / "review-decided.png"), full_page=True)
        finally:
            browser.close()
    assert csp_errors == []

    # Within the hold window the sender leaves the decision alone...
    assert grantbox_runs().sent == 0
    assert len(inbox()) == 1
    # ...and after it, delivers it into the applicant's mailbox.
    later = utcnow() + timedelta(seconds=settings.decision_hold_seconds + 1)
    assert grantbox_runs(now=later).sent == 1
    decision = inbox()[-1]
    assert decision["X-Grantbox"] == "decision_approve"
    assert decision["In-Reply-To"] == str(reply["Message-ID"])
    assert "approved" in decision.get_body(("plain",)).get_content()
