"""The daily limit and the recipient over real mail (the SMTP relay into Dovecot, SQLite and
PostgreSQL): an address written many ways is one mailbox, and it is counted, addressed and
delivered to as one.

`"\\victim"@example.test`, `"v\\ictim"@example.test`, `VICTIM@example.test.` … all reach
victim@example.test. An attacker who spoofs them gets one application each; compared as
strings, each got its own daily limit, and the sender delivered every one of them to the same
inbox with the attacker's subject. And an address no mail can go to (an empty label, a quoted
local part) must be recorded with its reason, never stop the pass.
"""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import select

from grantbox.intake import open_mailbox, run_intake
from grantbox.mailtemplates import RenderedEmail
from grantbox.outbox import QUEUED, SENT, SUPPRESSED, enqueue
from grantbox.sender import SendReport, send_pending
from grantbox.states import Status
from grantbox.store.queries import list_outbox
from grantbox.store.tables import Application, OutboxRow, utcnow

SPAM = RenderedEmail(
    subject="Re: BUY NOW at evil.example", text="Thank you for applying.\n", html="<p>Thanks</p>"
)


def variants(address: str) -> list[str]:
    """Twelve spellings of one mailbox: quoting, quoted pairs, case, the DNS root's dot."""
    local, _, domain = address.partition("@")
    return [
        f'"\\{local}"@{domain}',
        f'"{local[0]}\\{local[1:]}"@{domain}',
        f'"{local}"@{domain}',
        f"{local.upper()}@{domain}",
        f"{local}@{domain}.",
        f"{local}@{domain.upper()}",
        f'"{local.upper()}"@{domain.upper()}.',
        f"<{local}@{domain}>",
        f" {local}@{domain} ",
        f'"\\{local[0]}\\{local[1]}{local[2:]}"@{domain}',
        f"{local.capitalize()}@{domain.capitalize()}.",
        address,
    ]


UNUSABLE = ["x@y..localhost", '"a b"@x.localhost', "a@[127.0.0.1]", "p@x..", "no-at-sign"]


@pytest.fixture
def program(dovecot, smtp, make_settings, store_for, database_url, program_mailbox):
    settings = make_settings(
        database_url=database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
    )
    store = store_for(settings)
    smtp.reset()

    class Program:
        def __init__(self) -> None:
            self.address, self.settings, self.store = program_mailbox, settings, store

        def applies_as(self, email: str, n: int) -> int:
            """An application stored with `email` as intake stored it (before the address was
            normalised on the way in), answered in the same transaction, as intake does."""
            with store.transaction() as session:
                app = Application(
                    email=email, name=f"Victim {n}", status=Status.received.value, flags=[]
                )
                session.add(app)
                session.flush()
                enqueue(
                    session,
                    settings,
                    app=app,
                    kind="questions",
                    rendered=SPAM,
                    dedupe_key=f"questions:{app.id}",
                    answering=None,
                    actor="test",
                )
                return app.id

        def sends(self) -> SendReport:
            mailbox = open_mailbox(settings)
            try:
                return send_pending(settings, store, mailbox)
            finally:
                mailbox.close()

        def intake(self) -> None:
            mailbox = open_mailbox(settings)
            try:
                run_intake(settings, store, mailbox)
            finally:
                mailbox.close()

        def outbox(self) -> list[dict[str, object]]:
            with store.sessions() as session:
                return list_outbox(session)

    return Program()


@pytest.fixture
def victim(dovecot, program_mailbox) -> str:
    address, _ = dovecot.add_user(f"victim-{program_mailbox.split('@')[0]}")
    return address


def inbox(dovecot, address: str) -> list[EmailMessage]:
    return [message_from_bytes(raw, policy=policy.default) for raw in dovecot.messages(address)]


def test_twelve_spellings_of_one_mailbox_get_the_daily_limit_between_them(
    program, victim, dovecot, smtp
):
    limit = program.settings.max_auto_emails_per_day
    assert limit == 3
    spellings = variants(victim)
    assert len(set(spellings)) == 12
    for n, email in enumerate(spellings):
        program.applies_as(email, n)

    report = program.sends()

    received = inbox(dovecot, victim)
    assert len(received) == limit
    assert report.sent == limit
    for msg in received:
        assert [a.addr_spec for a in msg["To"].addresses] == [victim]
    # Every envelope went to the one RFC 5321 form, never a quoted one.
    assert {r for e in smtp.envelopes for r in e.rcpt_tos} == {victim, program.address}
    rows = program.outbox()
    assert {r["to"] for r in rows} == {victim}
    assert [r["status"] for r in rows] == [SENT] * limit + [SUPPRESSED] * (12 - limit)
    reason = f"daily limit reached: {limit} automatic emails to {victim} in 24 hours"
    assert {r["reason"] for r in rows[limit:]} == {reason}


def test_rows_queued_with_a_quoted_address_are_counted_and_sent_to_the_one_mailbox(
    program, victim, dovecot, smtp
):
    """Rows an earlier version queued with the address as the applicant wrote it (and their
    bytes with that To): the sender counts them by mailbox and addresses the envelope to the
    one form."""
    limit = program.settings.max_auto_emails_per_day
    now = utcnow()
    with program.store.transaction() as session:
        for n, email in enumerate(variants(victim)):
            msg = EmailMessage()
            msg["From"] = program.address
            msg["Date"] = format_datetime(now)
            msg["Subject"] = SPAM.subject
            msg["Message-ID"] = make_msgid(domain="example.test")
            msg["X-Grantbox"] = "questions"
            msg.set_content(SPAM.text)
            raw = f"To: {email.strip()}\r\n".encode() + msg.as_bytes(policy=policy.SMTP)
            app = Application(email=email, name="", status=Status.received.value, flags=[])
            session.add(app)
            session.flush()
            session.add(
                OutboxRow(
                    application_id=app.id,
                    kind="questions",
                    to_addr=email,
                    subject=SPAM.subject,
                    message_id=str(msg["Message-ID"]).strip(),
                    dedupe_key=f"questions:legacy:{n}",
                    raw=raw,
                    status=QUEUED,
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )

    report = program.sends()

    assert (report.sent, report.suppressed) == (limit, 12 - limit)
    assert len(inbox(dovecot, victim)) == limit
    assert {r for e in smtp.envelopes for r in e.rcpt_tos} == {victim, program.address}
    rows = program.outbox()
    assert [r["status"] for r in rows] == [SENT] * limit + [SUPPRESSED] * (12 - limit)
    assert all(str(r["reason"]).startswith("daily limit reached") for r in rows[limit:])


@pytest.mark.parametrize("email", UNUSABLE)
def test_an_address_no_mail_can_go_to_is_suppressed_with_a_reason(program, smtp, email):
    app_id = program.applies_as(email, 0)

    report = program.sends()

    assert report.sent == 0 and smtp.accepted == 0
    [row] = program.outbox()
    assert row["application_id"] == app_id
    assert row["status"] == SUPPRESSED and row["sent_at"] is None
    assert "not an address grantbox can send to" in str(row["reason"])
    assert email.strip() in str(row["reason"])
    with program.store.sessions() as session:
        [event] = [
            e for e in session.get(Application, app_id).events if e.kind == "mail_suppressed"
        ]
    assert event.reason == f"questions: {row['reason']}"


def test_a_row_whose_address_no_longer_normalises_is_suppressed_by_the_sender(
    program, smtp, victim
):
    """A row queued by an earlier version to an address that cannot be sent to: the sender
    records why and sends nothing, and the rows after it still go."""
    program.applies_as(victim, 0)
    with program.store.transaction() as session:
        [good] = session.scalars(select(OutboxRow))
        bad = OutboxRow(
            application_id=good.application_id,
            kind="reminder",
            to_addr="x@y..localhost",
            subject="Reminder",
            message_id="<legacy-bad@example.test>",
            dedupe_key="reminder:legacy",
            raw=b"To: x@y..localhost\r\nSubject: Reminder\r\n\r\nHello\r\n",
            status=QUEUED,
            attempts=0,
            next_attempt_at=utcnow() - timedelta(minutes=1),
            created_at=utcnow() - timedelta(minutes=1),
        )
        session.add(bad)

    report = program.sends()

    assert (report.sent, report.suppressed) == (1, 1)
    assert smtp.accepted == 1
    rows = {r["kind"]: r for r in program.outbox()}
    assert rows["reminder"]["status"] == SUPPRESSED
    assert "x@y..localhost" in str(rows["reminder"]["reason"])
    assert rows["questions"]["status"] == SENT


def spoofed(sender: str, program: str, n: int) -> bytes:
    return (
        f"From: {sender}\r\n"
        f"To: {program}\r\n"
        f"Subject: BUY NOW at evil.example ({n})\r\n"
        "Date: Sun, 06 Dec 2026 10:00:00 +0000\r\n"
        f"Message-ID: <spoof-{n}@attacker.test>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Please send me the application form.\r\n"
    ).encode()


def test_twelve_spoofed_spellings_through_intake_are_one_applicant_answered_once(
    program, victim, dovecot
):
    program.intake()  # the first connection, on an empty inbox: what follows is new mail
    for n, sender in enumerate(variants(victim)):
        dovecot.append(program.address, spoofed(sender.strip(), program.address, n))

    program.intake()
    program.sends()

    # Read in their one form, the twelve are one applicant: the first email opened the
    # application and was answered once; the eleven after it are that applicant's replies.
    received = inbox(dovecot, victim)
    assert len(received) == 1, [m["Subject"] for m in received]
    assert [r["to"] for r in program.outbox()] == [victim]


def test_a_hard_bounce_stops_mail_to_the_address_on_every_application(program, victim, smtp):
    """One person, two applications (a second try after a rejection): the first one's email
    bounced hard, so the second gets nothing either; a reviewer's email neither."""
    first = program.applies_as(victim, 0)
    with program.store.transaction() as session:
        session.get(Application, first).flags = ["bouncing"]
        for row in session.scalars(select(OutboxRow)):
            row.status = SENT
    second = program.applies_as(victim.upper(), 1)

    report = program.sends()

    assert report.sent == 0 and smtp.accepted == 0
    [row] = [r for r in program.outbox() if r["application_id"] == second]
    assert row["status"] == SUPPRESSED and "bounced" in str(row["reason"])
