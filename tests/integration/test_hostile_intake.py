"""Hostile mail against a real Dovecot and real databases: one crafted email must never stop a
pass, and grantbox must never become a way to email a third party over and over.

Every email here is what an attacker can send with only the program's public address, written
as raw bytes (a mail library would refuse to build some of them; a sender's does not have to).
"""

from __future__ import annotations

import uuid
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from sqlalchemy import select

from grantbox.intake import dry_run_intake, open_mailbox
from grantbox.store.tables import Application, Message, OutboxRow
from parsers.addresses import normalise_address
from tests.factories import application_email, resume_pdf
from tests.passes import intake_once, send_once

GOOD = "good.applicant@mail.test"


def raw_email(from_header: str, *, subject: str = "Application", body: str = "Hello") -> bytes:
    return (
        f"From: {from_header}\r\n"
        "To: grants@example.org\r\n"
        f"Subject: {subject}\r\n"
        "Date: Sun, 06 Dec 2026 10:00:00 +0000\r\n"
        f"Message-ID: <{abs(hash((from_header, subject)))}@attacker.test>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        f"{body}\r\n"
    ).encode()


def good_application() -> bytes:
    return application_email(
        GOOD, name="Good Applicant", attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
    )


def first_connection(settings, store) -> None:
    """Make the first pass on an empty inbox, so what follows is new mail, not backlog."""
    intake_once(settings, store)


POISON_FROM = [
    "Poison <p@x.localhost.>",  # a trailing dot: the DNS root
    "Poison <x@y..localhost>",  # an empty label
    "Poison <@>",
    '"Poison" <"a b"@x.localhost>',  # a quoted local part that stays quoted
]


@pytest.mark.parametrize("from_header", POISON_FROM)
def test_an_email_whose_sender_cannot_be_answered_does_not_stop_the_pass(
    dovecot, program_mailbox, make_settings, store_for, database_url, from_header
):
    settings = make_settings(database_url=database_url)
    store = store_for(settings)
    first_connection(settings, store)
    dovecot.append(program_mailbox, raw_email(from_header, body=resume_text()))
    dovecot.append(program_mailbox, good_application())

    report = intake_once(settings, store)

    assert report.recorded == 2
    with store.transaction() as session:
        good = session.scalars(select(Application).where(Application.email == GOOD)).one()
        assert good.status == "questions_sent"
        queued = session.scalars(select(OutboxRow).where(OutboxRow.application_id == good.id))
        assert [row.kind for row in queued] == ["questions"]
        poison = session.scalars(select(Message).where(Message.from_addr != GOOD)).one()
        if poison.from_addr:
            # Written oddly but deliverable (the DNS root's trailing dot): read in the one
            # form SMTP uses, and answered as anyone else.
            assert normalise_address(poison.from_addr) == poison.from_addr
        else:
            # Not an address anyone can be answered at: kept for a person, with the reason.
            assert "malformed_headers" in poison.flags and "usable" in (poison.error or "")
        for row in session.scalars(select(OutboxRow)):
            assert normalise_address(row.to_addr) == row.to_addr
    # The watermark moved past both: the next pass has nothing to do.
    again = intake_once(settings, store)
    assert again.unchanged


def test_a_dry_run_survives_a_poison_email(dovecot, program_mailbox, make_settings, store_for):
    settings = make_settings()
    store = store_for(settings)
    first_connection(settings, store)
    dovecot.append(program_mailbox, raw_email("Poison <p@x.localhost.>", body=resume_text()))
    dovecot.append(program_mailbox, good_application())
    mailbox = open_mailbox(settings)
    try:
        report = dry_run_intake(settings, mailbox)
    finally:
        mailbox.close()
    assert report.fetched == 2
    assert any(GOOD in line for line in report.lines)


def test_an_email_that_breaks_a_later_step_is_kept_for_a_human_and_the_pass_goes_on(
    dovecot, program_mailbox, make_settings, store_for, monkeypatch
):
    """Whatever step an email breaks (here answer filing, made to fail for one marked email,
    standing for the next bug an applicant's text finds), it is recorded with the reason and
    the emails after it are taken in and answered."""
    import grantbox.conversation as conversation

    settings = make_settings()
    store = store_for(settings)
    first_connection(settings, store)
    real_respond = conversation.respond

    def respond(session, settings, *, row, **kwargs):
        if "BREAKS-A-STEP" in row.subject:
            raise ValueError("a step failed on this email")
        return real_respond(session, settings, row=row, **kwargs)

    monkeypatch.setattr("grantbox.intake.respond", respond)
    breaker = application_email(
        "breaker@mail.test",
        subject="BREAKS-A-STEP",
        attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
    )
    dovecot.append(program_mailbox, breaker)
    dovecot.append(program_mailbox, good_application())

    report = intake_once(settings, store)

    assert report.recorded == 2 and report.errors == 1
    with store.transaction() as session:
        broken = session.scalars(select(Message).where(Message.kind == "error")).one()
        assert "needs_human" in broken.flags
        assert "ValueError: a step failed on this email" in (broken.error or "")
        good = session.scalars(select(Application).where(Application.email == GOOD)).one()
        assert good.status == "questions_sent"
        # Nothing of the broken email's transaction survived: no half-made application.
        assert (
            session.scalars(
                select(Application).where(Application.email == "breaker@mail.test")
            ).all()
            == []
        )


def spellings(local: str, domain: str) -> list[str]:
    """Twelve spellings of local@domain that every SMTP server delivers to one mailbox."""
    escaped = [f'"{local[:i]}\\{local[i:]}"@{domain}' for i in range(6)]  # "v\ictim"@…
    return [
        f"{local}@{domain}",
        f'"{local}"@{domain}',
        *escaped,
        f"{local.upper()}@{domain}",
        f"{local.capitalize()}@{domain.upper()}",
        f"{local}@{domain}.",
        '"' + "".join("\\" + c for c in local) + f'"@{domain}',
    ]


def test_spoofed_spellings_of_one_address_are_one_applicant_and_get_one_email(
    dovecot, smtp, program_mailbox, make_settings, store_for
):
    """Twelve spellings of one mailbox, each with an attacker's subject: SMTP delivers them all
    to the victim's one mailbox, so grantbox must see one person, not twelve."""
    victim, _ = dovecot.add_user(f"victim{uuid.uuid4().hex[:6]}")
    local, _, domain = victim.partition("@")
    settings = make_settings(
        smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="plain", reply_tokens=True
    )
    store = store_for(settings)
    first_connection(settings, store)
    for n, spelling in enumerate(spellings(local, domain)):
        dovecot.append(
            program_mailbox,
            raw_email(
                f"Someone <{spelling}>",
                subject=f"BUY NOW {n}",
                body=resume_text() + f" {n}",
            ),
        )

    intake_once(settings, store)
    send_once(settings, store)

    with store.transaction() as session:
        emails = session.scalars(select(Application.email)).all()
    assert emails == [victim]
    received = [message_from_bytes(raw, policy=default_policy) for raw in dovecot.messages(local)]
    assert len(received) <= 1
    assert all("BUY NOW" not in str(m["Subject"]) or "Re:" in str(m["Subject"]) for m in received)


def resume_text() -> str:
    """A resume pasted into the body, so the email is an application that would be answered."""
    return (
        "Ada Example\nada@example.org\n\nEXPERIENCE\nSoftware Engineer, Acme Corp, 2019 - 2023\n"
        "Built data pipelines in Python.\n\nEDUCATION\nBSc Mathematics, University of Leeds, "
        "2015 - 2019\n\nSKILLS\nPython, PyTorch, linear algebra, probability\n"
    )
