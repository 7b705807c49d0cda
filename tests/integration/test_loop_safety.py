"""Loop safety over real mail (RFC 3834): grantbox never answers a robot, a list, a bounce,
itself, or the first-connection backlog; a hard bounce of our own email stops all further mail
to that address; and no address gets more than `max_auto_emails_per_day` automatic emails.

Messages are real ones from tests/data/mail (bounces from many servers, list mail, no-reply
senders, an auto-reply), delivered into the program's Dovecot mailbox after a first pass on
the empty inbox (so they are new mail, not backlog). The corpus holds only one real
auto-reply; the out-of-office replies below are built with the headers and subjects that
Exchange, Gmail, Sieve vacation and Lotus Notes write.
"""

from __future__ import annotations

import json
import subprocess
import sys
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

import pytest

from grantbox.intake import open_mailbox, run_intake
from grantbox.sender import SendReport, send_pending
from grantbox.store.queries import list_applications, list_messages, list_outbox, show_application
from tests.factories import DATA, application_email, data_file, resume_pdf

MAIL = DATA / "mail"
# flufl.bounce messages that are people writing, not bounces (see tests/unit/test_classify.py).
HUMAN_IN_BOUNCE_CORPUS = {"groupwise_03.txt", "simple_20.txt"}

# Real robot mail outside the bounce corpus, by what it must be recorded as. "application":
# a robot sender (no-reply, do-not-reply) with nothing else automatic about it is filed like
# any first email, but flagged no_auto_reply and never answered.
ROBOT_CORPUS = {
    "cpython-test_email/msg_16.txt": "bounce",
    "cpython-test_email/msg_25.txt": "bounce",
    "cpython-test_email/msg_32.txt": "list",  # Precedence: bulk
    "cpython-test_email/msg_33.txt": "list",
    "cpython-test_email/msg_43.txt": "bounce",
    "django-mailbox/message_with_image_jpg_mimetype.eml": "list",
    "django-mailbox/message_with_utf8_char.eml": "list",
    "mail-parser/mail_malformed_2": "bounce",
    "mail-parser/mail_test_13": "list",  # List-Id
    "mail-parser/mail_test_15": "application",  # do-not-reply@
    "mail-parser/mail_test_16": "list",  # Precedence: junk
    "mail-parser/mail_test_5": "list",  # List-Unsubscribe
    "mail-parser/mail_test_6": "list",  # List-Id, noreply@
    "nodemailer-mailparser/test/fixtures/delivery-status.eml": "bounce",  # Amazon SES
    "nodemailer-mailparser/test/fixtures/large_text.eml": "list",  # Launchpad
    "nodemailer-mailparser/test/fixtures/spam.eml": "application",  # noreply@
    "ruby-mail/emails/error_emails/bad_date_header.eml": "list",
    "ruby-mail/emails/error_emails/empty_in_reply_to.eml": "list",
    "ruby-mail/emails/error_emails/encoding_madness.eml": "application",  # no-reply@
    "ruby-mail/emails/mime_emails/raw_email_with_mimepart_without_content_type.eml": "bounce",
    "ruby-mail/emails/multipart_report_emails/multi_address_bounce1.eml": "bounce",
    "ruby-mail/emails/multipart_report_emails/multipart_report_multiple_status.eml": "bounce",
    "ruby-mail/emails/multipart_report_emails/report_422.eml": "bounce",
    "ruby-mail/emails/multipart_report_emails/report_530.eml": "bounce",
    "ruby-mail/emails/plain_emails/raw_email_trailing_dot.eml": "application",  # noreply@
}


def _parse(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def _message_id(msg: EmailMessage) -> str:
    # Our Message-IDs are long: the header is folded, and the unfolded value keeps a space.
    return str(msg["Message-ID"]).strip()


def out_of_office(sender: str, to: str, subject: str, headers: dict[str, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="mail.test")
    for name, value in headers.items():
        msg[name] = value
    msg.set_content("I am out of the office until Monday with limited access to email.\n")
    return msg.as_bytes()


def built_robot_mail(program: str) -> dict[str, tuple[bytes, str]]:
    """Automatic mail the corpus lacks, with each system's real headers: name -> (raw, kind)."""
    return {
        "exchange-ooo": (
            out_of_office(
                "Maria Rossi <maria@uni.test>",
                program,
                "Automatic reply: Application for the retraining grant",
                {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
            ),
            "auto_reply",
        ),
        "gmail-vacation": (
            out_of_office(
                "Ken Ito <ken@gmail.test>",
                program,
                "Out of office",
                {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
            ),
            "auto_reply",
        ),
        "sieve-vacation": (
            out_of_office(
                "lee@host.test",
                program,
                "Auto: Re: my application",
                {"Auto-Submitted": "auto-replied (vacation)"},
            ),
            "auto_reply",
        ),
        "notes-abwesenheit": (
            out_of_office(
                "Jonas Berg <jonas@firma.test>", program, "Abwesenheitsnotiz: Bewerbung", {}
            ),
            "auto_reply",
        ),
        "mailman-post": (
            application_email(
                "someone@lists.test",
                to="ml-discuss@lists.test",
                subject="[ml-discuss] Anyone applying to the retraining grant?",
                headers={
                    "List-Id": "ML discussion <ml-discuss.lists.test>",
                    "List-Unsubscribe": "<mailto:ml-discuss-leave@lists.test>",
                    "Precedence": "list",
                },
            ),
            "list",
        ),
    }


@pytest.fixture
def program(dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url):
    settings = make_settings(
        database_url=sqlite_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
    )
    store = store_for(settings)

    class Program:
        def __init__(self) -> None:
            self.address, self.settings, self.store = program_mailbox, settings, store

        def receives(self, raw: bytes) -> int:
            """Deliver `raw` into the program's inbox; returns its UID."""
            return dovecot.append(program_mailbox, raw)

        def runs(self, *, reply_to_backlog: bool = False) -> SendReport:
            mailbox = open_mailbox(settings)
            try:
                run_intake(settings, store, mailbox, reply_to_backlog=reply_to_backlog)
                return send_pending(settings, store, mailbox)
            finally:
                mailbox.close()

        def messages(self) -> list[dict[str, Any]]:
            with store.sessions() as session:
                return list_messages(session)

        def outbox(self) -> list[dict[str, Any]]:
            with store.sessions() as session:
                return list_outbox(session)

        def application(self, email: str) -> dict[str, Any]:
            with store.sessions() as session:
                [app] = [a for a in list_applications(session) if a["email"] == email]
                shown = show_application(session, app["id"])
            assert shown is not None
            return shown

    return Program()


def reply_to(ours: EmailMessage, sender: str, body: str) -> bytes:
    """A reply as a mail client makes it: to our Reply-To, threaded, quoting our text."""
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(ours["Reply-To"] or ours["From"])
    reply["Subject"] = "Re: " + str(ours["Subject"]).removeprefix("Re: ")
    reply["Message-ID"] = make_msgid(domain="mail.test")
    reply["In-Reply-To"] = _message_id(ours)
    reply["References"] = _message_id(ours)
    quoted = "\n".join("> " + line for line in ours.get_body(("plain",)).get_content().splitlines())
    reply.set_content(f"{body}\n\nOn Mon, Grants wrote:\n{quoted}\n")
    return reply.as_bytes()


def applies(applicant_address: str, program: str, *, resume: bool = True) -> bytes:
    files = [("cv.pdf", resume_pdf(), "application/pdf")] if resume else []
    return application_email(applicant_address, name="Amy Chen", to=program, attachments=files)


# ------------------------------------------------------------------------------------ robots


def test_robot_list_bounce_and_auto_reply_mail_is_recorded_by_kind_and_never_answered(
    program, smtp
):
    program.runs()  # first connection, empty inbox: everything below is new mail
    smtp.reset()
    expected: dict[int, tuple[str, str]] = {}  # uid -> (name, kind)
    for path in sorted((MAIL / "flufl.bounce").glob("*.txt")):
        if path.name in HUMAN_IN_BOUNCE_CORPUS:
            continue
        kind = "auto_reply" if path.name == "qmail_08.txt" else "bounce"
        expected[program.receives(path.read_bytes())] = (f"flufl.bounce/{path.name}", kind)
    for name, kind in ROBOT_CORPUS.items():
        expected[program.receives(data_file(f"mail/{name}"))] = (name, kind)
    for name, (raw, kind) in built_robot_mail(program.address).items():
        expected[program.receives(raw)] = (name, kind)
    assert len(expected) > 130

    report = program.runs()
    assert (report.sent, report.failed) == (0, 0)
    assert program.outbox() == []  # not one email queued, not even a suppressed one
    assert smtp.accepted == 0
    recorded = {m["uid"]: m for m in program.messages()}
    assert set(recorded) == set(expected)
    wrong = {
        name: recorded[uid]["kind"]
        for uid, (name, kind) in expected.items()
        if recorded[uid]["kind"] != kind
    }
    assert wrong == {}
    for uid, (name, kind) in expected.items():
        m = recorded[uid]
        assert not m["backlog"] and len(m["locations"]) == 1, name
        if kind == "application":  # a robot sender: filed, and marked never to be answered
            assert "no_auto_reply" in m["flags"], name
    with program.store.sessions() as session:
        statuses = {a["email"]: a["status"] for a in list_applications(session)}
    assert set(statuses.values()) <= {"received"}  # nothing moved on, nothing asked


# --------------------------------------------------------------------- our own mail, bounces


def test_our_own_mail_seen_again_is_from_us_and_never_answered(program, applicant):
    program.runs()
    program.receives(applies(applicant.address, program.address))
    assert program.runs().sent == 1
    [questions] = applicant.inbox()

    # The Bcc copy of the questions (proof of delivery) is now in our inbox; so is a note the
    # operator wrote from the program's own address to itself.
    note = application_email(program.address, to=program.address, subject="Reminder to self")
    program.receives(note)
    assert program.runs().sent == 0
    mine = [m for m in program.messages() if m["kind"] == "from_us"]
    assert sorted(m["message_id"] for m in mine) == sorted(
        [_message_id(questions), _parse(note)["Message-ID"]]
    )
    assert all(m["application_id"] is None for m in mine)
    assert [o["kind"] for o in program.outbox()] == ["questions"]
    assert len(applicant.inbox()) == 1
    app = program.application(applicant.address)
    assert app["status"] == "questions_sent" and app["answers"] == {}


def answer_our_questions(
    program, applicant, subject_prefix: str, headers: dict[str, str], body: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The applicant applies, gets our questions, and `body` comes back threaded to them;
    one pass later: (the message as filed, the application)."""
    program.runs()
    program.receives(applies(applicant.address, program.address))
    program.runs()
    [questions] = applicant.inbox()
    reply = EmailMessage()
    reply["From"] = applicant.address
    reply["To"] = str(questions["Reply-To"])
    reply["Subject"] = subject_prefix + str(questions["Subject"])
    reply["Message-ID"] = make_msgid(domain="mail.test")
    reply["In-Reply-To"] = _message_id(questions)
    for name, value in headers.items():
        reply[name] = value
    reply.set_content(body)
    program.receives(reply.as_bytes())
    assert program.runs().sent == 0
    [filed] = [m for m in program.messages() if m["message_id"] == reply["Message-ID"]]
    return filed, program.application(applicant.address)


def test_out_of_office_reply_to_our_questions_is_filed_not_answered(program, applicant):
    # Exchange answers our questions with an out-of-office note, threaded to our email. It
    # even starts with "1." — none of it may be taken for answers.
    filed, app = answer_our_questions(
        program,
        applicant,
        "Automatic reply: ",
        {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "1. I am out of the office until 4 January.\n2. For urgent matters call.\n",
    )
    assert filed["kind"] == "auto_reply" and filed["application_id"] == app["id"]
    assert app["status"] == "questions_sent" and app["answers"] == {}
    assert [o["kind"] for o in program.outbox()] == ["questions"]
    assert len(applicant.inbox()) == 1


def test_a_reply_stamped_as_list_mail_in_our_thread_is_filed_not_answered(program, applicant):
    # A university gateway stamps "Precedence: junk" on everything it relays: the reply is
    # never answered (it might be an absence note), but it lands on the application's page.
    filed, app = answer_our_questions(
        program,
        applicant,
        "RE: ",
        {"Precedence": "junk", "X-Auto-Response-Suppress": "DR, OOF, AutoReply"},
        "Dear team,\n\nAttached are the letters. Apologies for the delay.\n",
    )
    assert filed["kind"] == "list" and filed["application_id"] == app["id"]
    assert len(applicant.inbox()) == 1


def dsn_built(program: str, applicant: str, ours: EmailMessage) -> bytes:
    """A hard bounce as Postfix writes it (RFC 3464), returning our questions' headers."""
    returned = "".join(
        f"{name}: {value}\n"
        for name, value in ours.items()
        if name.lower() in ("from", "to", "subject", "date", "message-id", "x-grantbox")
    )
    return f"""\
Return-Path: <>
From: MAILER-DAEMON@mx.mail.test (Mail Delivery System)
To: {program}
Subject: Undelivered Mail Returned to Sender
Date: Mon, 30 Nov 2026 09:00:00 +0000 (UTC)
Message-Id: {make_msgid(domain="mx.mail.test")}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B0B0.1764493200/mx.mail.test"

This is a MIME-encapsulated message.

--B0B0.1764493200/mx.mail.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.mail.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{applicant}>: host mail.test said: 550 5.1.1 <{applicant}>:
    Recipient address rejected: User unknown in virtual mailbox table

--B0B0.1764493200/mx.mail.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.mail.test
X-Postfix-Queue-ID: 4Tq1x2Y3zZ
Arrival-Date: Mon, 30 Nov 2026 08:59:58 +0000 (UTC)

Final-Recipient: rfc822; {applicant}
Original-Recipient: rfc822;{applicant}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.test
Diagnostic-Code: smtp; 550 5.1.1 <{applicant}>: Recipient address rejected: User
    unknown in virtual mailbox table

--B0B0.1764493200/mx.mail.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{returned}
--B0B0.1764493200/mx.mail.test--
""".encode()


def dsn_from_corpus(program: str, applicant: str, ours: EmailMessage) -> bytes:
    """A real sendmail DSN (ruby-mail report_530.eml), the failed recipient and the returned
    Message-ID rewritten to our applicant and our questions email."""
    raw = (MAIL / "ruby-mail/emails/multipart_report_emails/report_530.eml").read_bytes()
    raw = raw.replace(b"edwin@zzzzzzz.com", applicant.encode())
    raw = raw.replace(b"mikel@sssss.net", program.encode())
    return raw.replace(
        b"<200712232303.lBNN3jDq002941@mail12.rrrr.com.au>", _message_id(ours).encode()
    )


@pytest.mark.parametrize("make_dsn", [dsn_built, dsn_from_corpus], ids=["postfix", "sendmail"])
def test_hard_bounce_of_our_email_flags_the_application_and_suppresses_further_mail(
    program, applicant, make_dsn
):
    program.runs()
    program.receives(applies(applicant.address, program.address))
    assert program.runs().sent == 1
    [questions] = applicant.inbox()

    dsn = make_dsn(program.address, applicant.address, questions)
    program.receives(dsn)
    assert program.runs().sent == 0
    [bounce] = [m for m in program.messages() if m["kind"] == "bounce"]
    app = program.application(applicant.address)
    assert bounce["application_id"] == app["id"]
    assert "bouncing" in app["flags"]
    assert [e["reason"] for e in app["timeline"] if e["kind"] == "flag:bouncing"] == [
        "our mail bounced permanently"
    ]

    # The applicant (who can still write to us) answers part of the questions: the nudge for
    # the rest would be automatic mail to an address that bounces. Recorded, not sent.
    program.receives(reply_to(questions, applicant.address, "Background: ten years of Java."))
    assert program.runs().sent == 0
    app = program.application(applicant.address)
    assert app["answers"]["background"].startswith("ten years of Java")
    outbox = program.outbox()
    assert [(o["kind"], o["status"]) for o in outbox] == [
        ("questions", "sent"),
        ("missing_answers", "suppressed"),
    ]
    reason = "the address bounced; a reviewer must clear the 'bouncing' flag first"
    assert outbox[1]["reason"] == reason and outbox[1]["sent_at"] is None
    assert [e["reason"] for e in app["timeline"] if e["kind"] == "mail_suppressed"] == [
        f"missing_answers: {reason}"
    ]
    assert len(applicant.inbox()) == 1


# ---------------------------------------------------------------------------- the daily limit


def test_fourth_automatic_email_in_a_day_is_suppressed_and_shown_in_the_outbox(
    program, applicant, settings_env, sqlite_url, smtp
):
    assert program.settings.max_auto_emails_per_day == 3
    program.runs()
    # 1: no resume -> we ask for it.
    program.receives(applies(applicant.address, program.address, resume=False))
    assert program.runs().sent == 1
    [request] = applicant.inbox()
    # 2: the resume arrives -> the questions.
    with_cv = _parse(reply_to(request, applicant.address, "Here it is."))
    with_cv.add_attachment(resume_pdf(), maintype="application", subtype="pdf", filename="cv.pdf")
    program.receives(with_cv.as_bytes())
    assert program.runs().sent == 1
    questions = applicant.inbox()[-1]
    # 3: one answer -> "we still need the rest".
    program.receives(reply_to(questions, applicant.address, "Background: physics PhD."))
    assert program.runs().sent == 1
    nudge = applicant.inbox()[-1]
    # 4: another single answer -> a second nudge, the fourth automatic email today: held back.
    program.receives(reply_to(nudge, applicant.address, "Math: comfortable with calculus."))
    assert program.runs().sent == 0

    assert [m["X-Grantbox"] for m in applicant.inbox()] == [
        "resume_request",
        "questions",
        "missing_answers",
    ]
    app = program.application(applicant.address)
    assert set(app["answers"]) == {"background", "math"}
    reason = f"daily limit reached: 3 automatic emails to {applicant.address} in 24 hours"
    assert [e["reason"] for e in app["timeline"] if e["kind"] == "mail_suppressed"] == [
        f"missing_answers: {reason}"
    ]

    # What an operator sees: `grantbox outbox --json`.
    env = settings_env(
        database_url=sqlite_url, smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="plain"
    )
    out = subprocess.run(
        [sys.executable, "-m", "grantbox.cli", "outbox", "--json"],
        env=env,
        capture_output=True,
        check=True,
        timeout=120,
    )
    rows = json.loads(out.stdout)
    assert [(r["kind"], r["status"], r["to"]) for r in rows] == [
        ("resume_request", "sent", applicant.address),
        ("questions", "sent", applicant.address),
        ("missing_answers", "sent", applicant.address),
        ("missing_answers", "suppressed", applicant.address),
    ]
    assert rows[-1]["reason"] == reason and rows[-1]["sent_at"] is None
    assert all(r["sent_at"] for r in rows[:3])
    # Suppressed is final: a later pass does not send it.
    assert program.runs().sent == 0 and len(applicant.inbox()) == 3


# ------------------------------------------------------------------------------- the backlog


@pytest.mark.parametrize("reply_to_backlog", [False, True], ids=["default", "reply-to-backlog"])
def test_first_connection_backlog_gets_no_automatic_reply_unless_asked(
    program, applicant, reply_to_backlog
):
    # Mail already in the inbox when grantbox connects for the first time.
    program.receives(applies(applicant.address, program.address))
    report = program.runs(reply_to_backlog=reply_to_backlog)
    [first] = program.messages()
    app = program.application(applicant.address)
    assert first["kind"] == "application" and first["backlog"]
    assert first["application_id"] == app["id"]
    if not reply_to_backlog:
        assert report.sent == 0 and program.outbox() == [] and applicant.inbox() == []
        assert "no_auto_reply" in first["flags"]
        assert app["status"] == "received" and app["resume"]["filename"] == "cv.pdf"
        # When they write again, after the first connection, they are answered (once).
        program.receives(
            application_email(applicant.address, to=program.address, subject="Did it arrive?")
        )
        assert program.runs().sent == 1
    else:
        assert report.sent == 1 and "no_auto_reply" not in first["flags"]
    assert [m["X-Grantbox"] for m in applicant.inbox()] == ["questions"]
    assert program.application(applicant.address)["status"] == "questions_sent"
    assert [(o["kind"], o["status"]) for o in program.outbox()] == [("questions", "sent")]


def test_a_bounce_that_arrives_after_an_email_was_queued_stops_it_before_it_goes(
    program, applicant
):
    program.runs()
    program.receives(applies(applicant.address, program.address))
    program.runs()
    [questions] = applicant.inbox()
    # In one pass: the applicant answers part of the questions (the nudge for the rest is
    # queued), then their provider's bounce of a later copy arrives: the address is gone.
    program.receives(reply_to(questions, applicant.address, "Background: data engineer."))
    program.receives(dsn_built(program.address, applicant.address, questions))
    report = program.runs()
    assert report.sent == 0
    app = program.application(applicant.address)
    assert "bouncing" in app["flags"]
    reason = "the address bounced; a reviewer must clear the 'bouncing' flag first"
    assert [(o["kind"], o["status"], o["reason"]) for o in program.outbox()] == [
        ("questions", "sent", None),
        ("missing_answers", "suppressed", reason),
    ]
    assert [e["reason"] for e in app["timeline"] if e["kind"] == "mail_suppressed"] == [
        f"missing_answers: {reason}"
    ]
    assert len(applicant.inbox()) == 1


def test_bounce_of_a_forwarded_address_is_matched_by_our_returned_message_id(program, applicant):
    """The applicant's address forwards to another mailbox, and that one bounces: the DSN names
    only the address it was forwarded to, but returns our headers with our Message-ID."""
    program.runs()
    program.receives(applies(applicant.address, program.address))
    program.runs()
    [questions] = applicant.inbox()
    dsn = dsn_built(program.address, "amy.chen@old-employer.test", questions)
    program.receives(dsn)
    assert program.runs().sent == 0
    [bounce] = [m for m in program.messages() if m["kind"] == "bounce"]
    app = program.application(applicant.address)
    assert bounce["application_id"] == app["id"]
    assert "bouncing" in app["flags"]


def test_a_delay_warning_is_filed_but_does_not_stop_mail(program, applicant):
    """RFC 3464 "Action: delayed": the server is still trying. Not a reason to stop writing."""
    program.runs()
    program.receives(applies(applicant.address, program.address))
    program.runs()
    [questions] = applicant.inbox()
    delayed = (
        dsn_built(program.address, applicant.address, questions)
        .replace(b"Action: failed", b"Action: delayed")
        .replace(b"Status: 5.1.1", b"Status: 4.4.1")
        .replace(b"Undelivered Mail Returned to Sender", b"Delayed Mail (still being retried)")
    )
    program.receives(delayed)
    assert program.runs().sent == 0
    [bounce] = [m for m in program.messages() if m["kind"] == "bounce"]
    app = program.application(applicant.address)
    assert bounce["application_id"] == app["id"]
    assert "bouncing" not in app["flags"]
