"""Hostile mail must not steer grantbox (issue 16), over real Dovecot + SMTP.

Anyone can write a delivery-status report naming an applicant's address, or put an
applicant's address in From. A forged bounce must not stop their mail (only a bounce citing
one of our Message-IDs counts), and a reply whose From the receiving provider says is forged
(its `Authentication-Results`, under the authserv-id the operator trusts) must go to a
person, not be filed under the applicant it names: no answers saved, no withdrawal taken,
nothing sent. A provider header is added on top of what arrives, so here each test message
gets one prepended, as the provider would; what a sender writes lower down counts for nothing.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import pytest

from grantbox.intake import open_mailbox, run_intake
from grantbox.review.decisions import decide
from grantbox.sender import SendReport, send_pending
from grantbox.store.queries import list_applications, list_messages, list_outbox, show_application
from tests.factories import application_email, resume_pdf
from tests.integration.test_loop_safety import _message_id, _parse, applies, dsn_built, reply_to

PROVIDER = "mx.mail.test"  # the authserv-id the operator trusts
ALL_ANSWERS = (
    "1. Seven years of backend work in Go and Python, mostly payments.\n\n"
    "2. Comfortable: multivariable calculus and probability at university.\n\n"
    "3. Twelve weeks: fast.ai, then reproducing two papers.\n\n"
    "4. Twenty hours a week, starting 2027-01-04.\n\n"
    "5. A colleague told me about it.\n\n"
    "6. Apply for ML engineering roles at my company.\n"
)
WITHDRAW = "Please withdraw my application, I have accepted another offer."


def provider_header(sender: str, *, dmarc: str, dkim: str, spf: str) -> bytes:
    """The receiving provider's Authentication-Results, as Gmail writes it."""
    domain = sender.rpartition("@")[2]
    return (
        f"Authentication-Results: {PROVIDER};\r\n"
        f"       dkim={dkim} header.i=@{domain} header.s=s1 header.b=Zm9v;\r\n"
        f"       spf={spf} (mx.mail.test: domain of {sender} does not designate"
        f" 192.0.2.66 as permitted sender) smtp.mailfrom={sender};\r\n"
        f"       dmarc={dmarc} (p=REJECT sp=REJECT dis=REJECT) header.from={domain}\r\n"
    ).encode()


def forged(sender: str) -> bytes:
    return provider_header(sender, dmarc="fail", dkim="none", spf="fail")


def genuine(sender: str) -> bytes:
    return provider_header(sender, dmarc="pass", dkim="pass", spf="pass")


def attackers_own_header(sender: str) -> bytes:
    """What a forger adds to the message: the provider's name, every check passing."""
    domain = sender.rpartition("@")[2]
    return (
        f"Authentication-Results: {PROVIDER}; dkim=pass header.d={domain}; "
        f"spf=pass smtp.mailfrom={sender}; dmarc=pass header.from={domain}\r\n"
    ).encode()


def forged_dsn(program: str, victim: str) -> bytes:
    """A delivery-status report anyone can send: it names the victim, cites no email of ours
    (the Message-ID it returns is made up)."""
    return f"""\
From: Mail Delivery System <MAILER-DAEMON@evil.test>
To: {program}
Subject: Undelivered Mail Returned to Sender
Message-ID: {make_msgid(domain="evil.test")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="XX"

--XX
Content-Type: text/plain

<{victim}>: host mail.test said: 550 5.1.1 User unknown

--XX
Content-Type: message/delivery-status

Reporting-MTA: dns; evil.test

Final-Recipient: rfc822; {victim}
Action: failed
Status: 5.1.1

--XX
Content-Type: text/rfc822-headers

From: {program}
To: {victim}
Subject: Re: Application
Message-ID: <{"0" * 24}.guessed@{program.rpartition("@")[2]}>

--XX--
""".replace("\n", "\r\n").encode()


def spoofed_reply(
    sender: str, program: str, body: str, subject: str = "Re: my application"
) -> bytes:
    """A message with the applicant's address in From, written by someone else: sent to the
    program's plain address (the forger has no reply token), no thread."""
    msg = EmailMessage()
    msg["From"] = f"Amy Chen <{sender}>"
    msg["To"] = program
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="evil.test")
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def program(dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url):
    base = make_settings(
        database_url=sqlite_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
        decision_hold_seconds=0,
    )
    settings = base.model_copy(update={"authserv_ids": PROVIDER})
    store = store_for(settings)

    class Program:
        def __init__(self) -> None:
            self.address, self.settings, self.store = program_mailbox, settings, store

        def receives(self, raw: bytes) -> int:
            return dovecot.append(program_mailbox, raw)

        def runs(self) -> SendReport:
            mailbox = open_mailbox(settings)
            try:
                run_intake(settings, store, mailbox)
                return send_pending(settings, store, mailbox)
            finally:
                mailbox.close()

        def messages(self) -> list[dict[str, Any]]:
            with store.sessions() as session:
                return list_messages(session)

        def message(self, message_id: str) -> dict[str, Any]:
            [found] = [m for m in self.messages() if m["message_id"] == message_id]
            return found

        def outbox(self) -> list[tuple[str, str]]:
            with store.sessions() as session:
                return [(o["kind"], o["status"]) for o in list_outbox(session)]

        def applications(self) -> list[dict[str, Any]]:
            with store.sessions() as session:
                return list_applications(session)

        def application(self, email: str) -> dict[str, Any]:
            [app] = [a for a in self.applications() if a["email"] == email]
            with store.sessions() as session:
                shown = show_application(session, app["id"])
            assert shown is not None
            return shown

    return Program()


def questions_for(program, applicant) -> EmailMessage:
    program.runs()
    program.receives(genuine(applicant.address) + applies(applicant.address, program.address))
    assert program.runs().sent == 1
    [questions] = applicant.inbox()
    return questions


def message_id_of(raw: bytes) -> str:
    return _message_id(_parse(raw))


# ------------------------------------------------------------------------------------ bounces


def test_a_forged_bounce_naming_an_applicant_stops_nothing(program, applicant):
    """Before: the applicant was flagged `bouncing` and their decision email held."""
    questions = questions_for(program, applicant)
    dsn = forged_dsn(program.address, applicant.address)
    program.receives(dsn)
    assert program.runs().sent == 0
    bounce = program.message(message_id_of(dsn))
    assert bounce["kind"] == "bounce" and bounce["application_id"] is None
    assert "unverified_bounce" in bounce["flags"]
    assert bounce["error"] == (
        f"a bounce that cites none of our emails to applicants (it names {applicant.address}): "
        "not believed"
    )
    app = program.application(applicant.address)
    assert "bouncing" not in app["flags"]

    # They answer everything; the reviewer decides; the decision reaches them.
    program.receives(
        genuine(applicant.address) + reply_to(questions, applicant.address, ALL_ANSWERS)
    )
    program.runs()
    assert program.application(applicant.address)["status"] == "ready_for_review"
    with program.store.transaction() as session:
        result = decide(session, program.settings, app["id"], "approve", reviewer="alice")
    assert result.email_status == "queued"
    assert program.runs().sent == 1
    assert [m["X-Grantbox"] for m in applicant.inbox()] == ["questions", "decision_approve"]


def test_a_real_bounce_citing_our_message_id_still_flags_bouncing(program, applicant):
    questions = questions_for(program, applicant)
    program.receives(dsn_built(program.address, applicant.address, questions))
    assert program.runs().sent == 0
    app = program.application(applicant.address)
    assert "bouncing" in app["flags"]
    [bounce] = [m for m in program.messages() if m["kind"] == "bounce"]
    assert bounce["application_id"] == app["id"] and bounce["error"] is None


def test_a_forged_delay_notice_is_recorded_and_noted_nowhere(program, applicant):
    questions_for(program, applicant)
    delayed = (
        forged_dsn(program.address, applicant.address)
        .replace(b"Action: failed", b"Action: delayed")
        .replace(b"Status: 5.1.1", b"Status: 4.4.1")
    )
    program.receives(delayed)
    program.runs()
    assert program.message(message_id_of(delayed))["application_id"] is None
    app = program.application(applicant.address)
    assert [e for e in app["timeline"] if e["kind"].startswith("bounce")] == []


# ------------------------------------------------------------------------- forged senders


def test_a_reply_with_a_forged_from_goes_to_a_human(program, applicant):
    """Before: filed under the applicant, their answers taken from it and `asks_to_withdraw`
    flagged. Now: the provider said DMARC failed, so a person looks first."""
    questions_for(program, applicant)
    raw = spoofed_reply(applicant.address, program.address, f"{WITHDRAW}\n\n{ALL_ANSWERS}")
    program.receives(forged(applicant.address) + raw)
    assert program.runs().sent == 0
    app = program.application(applicant.address)
    filed = program.message(message_id_of(raw))
    assert filed["kind"] == "unmatched" and filed["application_id"] is None
    assert {"needs_human", "spoofed_sender"} <= set(filed["flags"])
    assert filed["error"] == (
        f"From: {applicant.address} failed DMARC at {PROVIDER} "
        f"(dmarc=fail, dkim=none ({applicant.address.rpartition('@')[2]}), "
        f"spf=fail ({applicant.address.rpartition('@')[2]})): not filed under GB-{app['id']}"
    )
    assert app["answers"] == {}
    assert "asks_to_withdraw" not in app["flags"]
    assert app["status"] == "questions_sent"
    assert program.outbox() == [("questions", "sent")]
    assert len(applicant.inbox()) == 1


def test_the_forgers_own_passing_header_below_the_providers_is_ignored(program, applicant):
    questions_for(program, applicant)
    raw = spoofed_reply(applicant.address, program.address, WITHDRAW)
    program.receives(forged(applicant.address) + attackers_own_header(applicant.address) + raw)
    program.runs()
    filed = program.message(message_id_of(raw))
    assert filed["kind"] == "unmatched" and "needs_human" in filed["flags"]
    assert "asks_to_withdraw" not in program.application(applicant.address)["flags"]


def test_a_genuine_reply_passing_dmarc_is_filed_as_before(program, applicant):
    questions = questions_for(program, applicant)
    raw = reply_to(questions, applicant.address, ALL_ANSWERS)
    # The forger's claim lower down changes nothing either way: the provider's header rules.
    program.receives(genuine(applicant.address) + raw)
    program.runs()
    filed = program.message(message_id_of(raw))
    app = program.application(applicant.address)
    assert filed["kind"] == "reply" and filed["application_id"] == app["id"]
    assert "spoofed_sender" not in filed["flags"] and filed["error"] is None
    assert app["status"] == "ready_for_review"
    assert app["answers"]["background"].startswith("Seven years of backend work")


def test_a_reply_carrying_our_reply_token_is_filed_even_when_dmarc_fails(program, applicant):
    """The token in the address it was sent to is a secret we minted for this applicant (an
    alias that forwards breaks DMARC, not the token): filed, and the failure noted."""
    questions = questions_for(program, applicant)
    raw = reply_to(questions, applicant.address, "1. Seven years of backend work in Go.")
    program.receives(forged(applicant.address) + raw)
    program.runs()
    filed = program.message(message_id_of(raw))
    app = program.application(applicant.address)
    assert filed["kind"] == "reply" and filed["application_id"] == app["id"]
    assert "auth_failed" in filed["flags"] and "needs_human" not in filed["flags"]
    assert app["answers"]["background"].startswith("Seven years of backend work")
    assert [e["kind"] for e in app["timeline"] if e["kind"] == "sender_auth_failed"] == [
        "sender_auth_failed"
    ]


def test_a_new_application_failing_dmarc_is_kept_but_nothing_is_sent_to_the_forged_address(
    program, applicant
):
    """Else anyone could make us mail any address (questions, reminders) by forging it."""
    program.runs()
    raw = application_email(
        applicant.address,
        name="Amy Chen",
        to=program.address,
        attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
    )
    program.receives(forged(applicant.address) + raw)
    assert program.runs().sent == 0
    app = program.application(applicant.address)
    assert "spoofed_sender" in app["flags"]
    assert app["status"] == "received"
    filed = program.message(message_id_of(raw))
    assert filed["kind"] == "application" and "spoofed_sender" in filed["flags"]
    assert program.outbox() == [] and applicant.inbox() == []

    # The real owner writes (passing DMARC): the application goes on as usual.
    program.receives(genuine(applicant.address) + applies(applicant.address, program.address))
    assert program.runs().sent == 1
    assert [m["X-Grantbox"] for m in applicant.inbox()] == ["questions"]
