"""The whole conversation over real mail: an applicant writes, receives our questions in their
own Dovecot inbox, answers in their mail client's style, is asked only for what is missing,
answers that, and the application is ready for review. SMTP is a real server on loopback that
delivers into Dovecot."""

from __future__ import annotations

import smtplib
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, make_msgid

import pytest
from sqlalchemy import select

from grantbox.intake import open_mailbox, run_intake
from grantbox.sender import send_pending
from grantbox.store.queries import list_applications, list_messages, list_outbox
from grantbox.store.tables import Application
from tests.factories import application_email, resume_pdf


@pytest.fixture
def conversation(dovecot, smtp, program_mailbox, make_settings, store_for, database_url):
    applicant, _ = dovecot.add_user(f"ada-{program_mailbox.split('@')[0]}")
    settings = make_settings(
        database_url=database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
    )
    store = store_for(settings)

    class Conversation:
        def __init__(self) -> None:
            self.applicant = applicant
            self.program = program_mailbox
            self.settings = settings
            self.store = store

        def applicant_sends(self, raw: bytes | EmailMessage, to: str | None = None) -> None:
            data = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
            # SMTP lines end in CRLF; smtplib sends bytes as they are.
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            with smtplib.SMTP(smtp.host, smtp.port) as client:
                client.sendmail(applicant, [to or program_mailbox], data)

        def grantbox_runs(self):
            mailbox = open_mailbox(settings)
            try:
                report = run_intake(settings, store, mailbox)
                sent = send_pending(settings, store, mailbox)
            finally:
                mailbox.close()
            return report, sent

        def applicant_inbox(self) -> list[EmailMessage]:
            return [
                message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
                for raw in dovecot.messages(applicant)
            ]

        def application(self) -> dict:
            with store.sessions() as session:
                [app] = [a for a in list_applications(session) if a["email"] == applicant]
            return app

    conv = Conversation()
    conv.grantbox_runs()  # first connection on the empty inbox: what follows is not backlog
    return conv


def reply_to(ours: EmailMessage, sender: str, body: str) -> EmailMessage:
    """A reply as a mail client makes it: to the Reply-To, threaded, quoting our text."""
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = str(ours["Reply-To"] or ours["From"])
    reply["Subject"] = "Re: " + str(ours["Subject"]).removeprefix("Re: ")
    reply["Message-ID"] = make_msgid(domain="mail.test")
    reply["In-Reply-To"] = str(ours["Message-ID"])
    reply["References"] = f"{ours.get('References', '')} {ours['Message-ID']}".strip()
    quoted = "\n".join("> " + line for line in ours.get_body(("plain",)).get_content().splitlines())
    reply.set_content(f"{body}\n\nOn Mon, 30 Nov 2026 at 09:00, Grants wrote:\n{quoted}\n")
    return reply


def test_apply_questions_partial_answers_nudge_rest_ready_for_review(conversation):
    c = conversation
    c.applicant_sends(
        application_email(
            c.applicant,
            name="Ada Lovelace",
            to=c.program,
            attachments=[("Ada CV.pdf", resume_pdf(), "application/pdf")],
        )
    )
    report, sent = c.grantbox_runs()
    assert (report.applications_created, sent.sent) == (1, 1)
    assert c.application()["status"] == "questions_sent"

    [questions] = c.applicant_inbox()
    assert questions["Subject"] == "Re: Application for the retraining grant [GB-1]" or (
        questions["Subject"].startswith("Re: Application for the retraining grant [GB-")
    )
    assert questions["Auto-Submitted"] == "auto-replied"
    assert questions["X-Auto-Response-Suppress"] == "All"
    with c.store.sessions() as session:
        [first] = [m for m in list_messages(session) if m["kind"] == "application"]
    assert questions["In-Reply-To"] == first["message_id"]
    [(_, reply_addr)] = getaddresses([str(questions["Reply-To"])])
    local, _, domain = reply_addr.partition("@")
    assert local.startswith(c.program.split("@")[0] + "+") and domain == c.program.split("@")[1]
    text = questions.get_body(("plain",)).get_content()
    assert "1. What is your background" in text
    assert questions.get_body(("html",)) is not None
    assert "Bcc" not in questions

    # Two answers, numbered, top-posted above the quote.
    c.applicant_sends(
        reply_to(
            questions,
            c.applicant,
            "1. Seven years of backend work in Go and Python, mostly payments.\n\n"
            "2. Comfortable: I took multivariable calculus and probability at university.",
        ),
        to=reply_addr,
    )
    report, sent = c.grantbox_runs()
    app = c.application()
    assert app["status"] == "questions_sent"
    assert app["answers"]["background"].startswith("Seven years of backend work")
    assert "multivariable calculus" in app["answers"]["math"]
    assert sent.sent == 1
    nudge = c.applicant_inbox()[-1]
    assert nudge["X-Grantbox"] == "missing_answers"
    nudge_text = nudge.get_body(("plain",)).get_content()
    assert "1. What is your background" not in nudge_text  # asks only for what is missing
    assert "3. " in nudge_text

    # The rest, inline under the quoted questions, from the same thread.
    quoted = nudge.get_body(("plain",)).get_content().splitlines()
    lines = []
    for line in quoted:
        lines.append("> " + line)
        if line[:3] in ("3. ", "4. ", "5. ", "6. ", "7. ", "8. "):
            lines.append(
                f"\nMy answer to question {line[:1]}: twelve weeks, starting 2027-01-04.\n"
            )
    inline = EmailMessage()
    inline["From"] = c.applicant
    inline["To"] = str(nudge["Reply-To"])
    inline["Subject"] = "Re: " + str(nudge["Subject"]).removeprefix("Re: ")
    inline["Message-ID"] = make_msgid(domain="mail.test")
    inline["In-Reply-To"] = str(nudge["Message-ID"])
    inline.set_content("On Tue, Grants wrote:\n" + "\n".join(lines) + "\n")
    c.applicant_sends(inline, to=str(nudge["Reply-To"]))
    report, sent = c.grantbox_runs()
    app = c.application()
    assert app["status"] == "ready_for_review", app["answers"]
    assert sent.sent == 0

    with c.store.sessions() as session:
        outbox = list_outbox(session)
        kinds = [m["kind"] for m in list_messages(session)]
    assert [(o["kind"], o["status"]) for o in outbox] == [
        ("questions", "sent"),
        ("missing_answers", "sent"),
    ]
    # Our own mail (the Bcc copies that prove delivery) is recorded, never answered.
    assert kinds.count("from_us") == 2
    assert kinds.count("reply") == 2
    assert len(c.applicant_inbox()) == 2


def test_application_without_resume_is_asked_for_it_once_then_gets_questions(conversation):
    c = conversation
    c.applicant_sends(application_email(c.applicant, name="Ada", to=c.program))
    c.grantbox_runs()
    assert c.application()["status"] == "awaiting_resume"
    [request] = c.applicant_inbox()
    assert request["X-Grantbox"] == "resume_request"

    # A second email without a resume: no second request (the chase flow reminds later).
    c.applicant_sends(application_email(c.applicant, name="Ada", to=c.program, body="Hello?"))
    _, sent = c.grantbox_runs()
    assert sent.sent == 0

    reply = reply_to(request, c.applicant, "Here it is.")
    reply.add_attachment(resume_pdf(), maintype="application", subtype="pdf", filename="cv.pdf")
    c.applicant_sends(reply, to=str(request["Reply-To"]))
    c.grantbox_runs()
    assert c.application()["status"] == "questions_sent"
    assert [m["X-Grantbox"] for m in c.applicant_inbox()] == ["resume_request", "questions"]


def test_reply_from_another_address_matches_by_token_and_thread(conversation, dovecot):
    c = conversation
    c.applicant_sends(
        application_email(
            c.applicant, to=c.program, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
        )
    )
    c.grantbox_runs()
    [questions] = c.applicant_inbox()
    # The applicant answers from their work address, changes the subject and adds a CC.
    reply = reply_to(questions, "ada@work.test", "1. Ten years of C++ at a trading firm.")
    reply.replace_header("Subject", "my answers")
    reply["Cc"] = "friend@mail.test"
    c.applicant_sends(reply, to=str(questions["Reply-To"]))
    c.grantbox_runs()
    with c.store.sessions() as session:
        assert session.scalars(select(Application)).all()[0].email == c.applicant
        assert len(session.scalars(select(Application)).all()) == 1
        [msg] = [m for m in list_messages(session) if m["from"] == "ada@work.test"]
    assert msg["kind"] == "reply"
    assert c.application()["answers"]["background"].startswith("Ten years of C++")


def test_reply_to_us_that_matches_nothing_goes_to_a_human(conversation):
    c = conversation
    stray = application_email(
        c.applicant,
        to=c.program,
        subject="Re: Your application [GB-999]",
        in_reply_to=f"<unknown-1234@{c.program.split('@')[1]}>",
    )
    c.applicant_sends(stray)
    report, sent = c.grantbox_runs()
    assert report.applications_created == 0 and sent.sent == 0
    with c.store.sessions() as session:
        [msg] = list_messages(session)
    assert msg["kind"] == "unmatched" and "needs_human" in msg["flags"]
    assert c.applicant_inbox() == []


def test_same_resume_from_a_second_address_links_the_two_applications(conversation):
    c = conversation
    pdf = resume_pdf()
    c.applicant_sends(
        application_email(
            c.applicant, to=c.program, attachments=[("cv.pdf", pdf, "application/pdf")]
        )
    )
    c.applicant_sends(
        application_email(
            "ada.other@mail.test", to=c.program, attachments=[("CV.pdf", pdf, "application/pdf")]
        )
    )
    c.grantbox_runs()
    with c.store.sessions() as session:
        apps = list_applications(session)
    assert [a["flags"] for a in apps] == [["duplicate"], ["duplicate"]]
    with c.store.sessions() as session:
        reasons = sorted(
            e.reason
            for a in session.scalars(select(Application)).all()
            for e in a.events
            if e.kind == "flag:duplicate"
        )
    assert reasons == [
        f"same resume as application #{apps[0]['id']} ({c.applicant})",
        f"same resume as application #{apps[1]['id']} (ada.other@mail.test)",
    ]


def test_answers_in_an_attached_document_are_filed_and_say_where_they_came_from(conversation):
    """ "Please see my answers in the attached document": the .docx is read for the answers,
    the application is ready without a nudge, and its page names the file."""
    import io

    import docx

    from grantbox.questions import load_questions
    from grantbox.review.views import application as application_page

    c = conversation
    c.applicant_sends(
        application_email(
            c.applicant,
            name="Mei Chen",
            to=c.program,
            attachments=[("Mei CV.pdf", resume_pdf(), "application/pdf")],
        )
    )
    c.grantbox_runs()
    [questions] = c.applicant_inbox()
    answers = {
        "background": "Seven years in ad-tech as a backend engineer (Go, BigQuery).",
        "math": "Probability is fine; vector calculus needs practice.",
        "study_plan": "Month 1 maths and PyTorch, month 2 CS285, month 3 a model-based RL paper.",
        "commitment": "35 hours per week, from 20 April.",
        "referral": "A podcast episode with one of your grantees.",
        "afterwards": "A research engineer role at an AI safety organisation.",
    }
    document = docx.Document()
    for n, q in enumerate(load_questions().questions, start=1):
        document.add_paragraph(f"{n}. {q.text}")
        document.add_paragraph(answers[q.id])
    data = io.BytesIO()
    document.save(data)
    reply = reply_to(questions, c.applicant, "Please see my answers in the attached document.")
    reply.add_attachment(
        data.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Answers - Mei.docx",
    )
    c.applicant_sends(reply, to=str(questions["Reply-To"]))
    _, sent = c.grantbox_runs()

    app = c.application()
    assert app["status"] == "ready_for_review", app["answers"]
    assert app["answers"] == answers
    assert sent.sent == 0  # nothing missing: no "we still need" email
    with c.store.sessions() as session:
        page = application_page(session, c.settings, app["id"])
    assert page is not None
    assert {q["id"]: q["file"] for q in page["questions"]} == dict.fromkeys(
        answers, "Answers - Mei.docx"
    )
