"""`grantbox demo`: the whole product on this machine with nothing configured.

A real IMAP server and a real SMTP server start in-process on loopback (grantbox.devmail);
sample applicants send their emails through SMTP exactly as a mail client would — a PDF
resume, a Word resume, a resume pasted into the body, an encrypted PDF, no resume at all, a
follow-up in the same thread — and robots add an out-of-office reply and a bounce. Then the
same intake pass that `grantbox intake` runs takes the inbox in, and the CLI prints what was
recorded. The demo's database lives in `<data dir>/demo`, made afresh each run, so
`GRANTBOX_DATA_DIR=<data dir>/demo grantbox list` shows it afterwards.
"""

from __future__ import annotations

import secrets
import shutil
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from importlib import resources

from grantbox.config import Settings, load_settings
from grantbox.devmail import DemoMailSystem
from grantbox.intake import IntakeReport, open_mailbox, run_intake
from grantbox.sender import SendReport, send_pending
from grantbox.store import open_store

PROGRAM = "grants@demo.localhost"
APPLICANTS = "applicants.localhost"


def sample_file(name: str) -> bytes:
    return resources.files("grantbox").joinpath("data", "demo", name).read_bytes()


@dataclass(frozen=True)
class Sample:
    """One email of the demo's inbox, and what a reader should expect grantbox to make of it."""

    what: str
    build: Callable[[], EmailMessage]


def _email(sender: str, name: str, subject: str, body: str, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = PROGRAM
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "demo.localhost")
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def _attach(msg: EmailMessage, filename: str, content_type: str, data: bytes) -> EmailMessage:
    maintype, _, subtype = content_type.partition("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def _with_pdf() -> EmailMessage:
    msg = _email(
        f"seun.adeyemi@{APPLICANTS}",
        "Oluwaseun Adeyemi",
        "Application: ML research retraining stipend",
        "Dear grant committee,\n\nI am a backend engineer of seven years and would like to "
        "retrain into reinforcement learning research. My CV is attached.\n\nKind regards,\n"
        "Seun\n",
    )
    return _attach(
        msg, "Adeyemi CV.pdf", "application/pdf", sample_file("adeyemi-typst-datecol.pdf")
    )


def _with_docx() -> EmailMessage:
    msg = _email(
        f"fatima.alsayed@{APPLICANTS}",
        "Fatima Al-Sayed",
        "Grant application",
        "Hello,\n\nPlease find my resume attached (Word).\n\nFatima\n",
    )
    return _attach(
        msg,
        "resume.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        sample_file("alsayed-docx-header.docx"),
    )


def _pasted() -> EmailMessage:
    resume = sample_file("johnson-text-plain.txt").decode()
    return _email(
        f"marcus.johnson@{APPLICANTS}",
        "Marcus Johnson",
        "Applying for the stipend",
        "Hi, I don't have a PDF handy, so here is my resume:\n\n" + resume,
    )


def _html_with_pdf() -> EmailMessage:
    msg = _email(
        f"meiling.chen@{APPLICANTS}",
        "Mei-Ling Chen",
        "Retraining grant — application",
        "Hello! Attached is my CV. I am finishing a PhD in physics.\n",
    )
    msg.add_alternative(
        "<p>Hello! Attached is my <b>CV</b>. I am finishing a PhD in physics.</p>"
        "<script>alert('never run')</script>",
        subtype="html",
    )
    return _attach(msg, "Chen_CV.pdf", "application/pdf", sample_file("chen-latex-datefirst.pdf"))


def _encrypted() -> EmailMessage:
    msg = _email(
        f"k.tanaka@{APPLICANTS}",
        "Kenji Tanaka",
        "Application",
        "Please see my CV. (The password is my birthday.)\n",
    )
    return _attach(msg, "Tanaka-CV.pdf", "application/pdf", sample_file("r4-aes-user-password.pdf"))


def _question_only() -> EmailMessage:
    return _email(
        f"priya.n@{APPLICANTS}",
        "Priya Natarajan",
        "Is it too late to apply?",
        "Hi, I saw the announcement today. Can I still apply? I will send my CV tomorrow.\n",
    )


def _out_of_office() -> EmailMessage:
    return _email(
        f"office@{APPLICANTS}",
        "",
        "Automatic reply: Out of office",
        "I am out of the office until Monday with limited access to email.\n",
        Auto_Submitted="auto-replied",
        X_Auto_Response_Suppress="All",
    )


def _bounce() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.applicants.localhost>"
    msg["To"] = PROGRAM
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="mx.applicants.localhost")
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(
        "This is the mail system at host mx.applicants.localhost.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<nobody@applicants.localhost>: user unknown\n"
    )
    status = EmailMessage()
    status.set_content(
        "Reporting-MTA: dns; mx.applicants.localhost\n\n"
        "Final-Recipient: rfc822; nobody@applicants.localhost\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n"
    )
    msg.make_mixed()
    msg.attach(status)
    msg.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    return msg


SAMPLES = [
    Sample("application with a PDF resume", _with_pdf),
    Sample("application with a Word resume", _with_docx),
    Sample("resume pasted into the body", _pasted),
    Sample("HTML email with a PDF CV", _html_with_pdf),
    Sample("password-protected PDF: flagged resume_unreadable", _encrypted),
    Sample("a question, no resume yet", _question_only),
    Sample("out-of-office auto-reply: recorded, never answered", _out_of_office),
    Sample("a bounce: recorded, no application", _bounce),
]


def _send(mail: DemoMailSystem, messages: list[EmailMessage]) -> None:
    with smtplib.SMTP(mail.smtp_host, mail.smtp_port, timeout=30) as smtp:
        for msg in messages:
            sender = msg["From"].addresses[0].addr_spec
            smtp.send_message(msg, from_addr=sender, to_addrs=[PROGRAM])


def _reply(ours: bytes, sender: str, name: str, body: str) -> EmailMessage:
    """The applicant's reply to our email, as a mail client writes it: to our Reply-To, in
    the thread, with our text quoted below."""
    theirs = message_from_bytes(ours, policy=policy.default)
    assert isinstance(theirs, EmailMessage)
    part = theirs.get_body(("plain",))
    text = part.get_content() if isinstance(part, EmailMessage) else ""
    quoted = "\n".join("> " + line for line in text.splitlines())
    msg = _email(
        sender,
        name,
        "Re: " + str(theirs["Subject"]).removeprefix("Re: "),
        f"{body}\n\nOn {theirs['Date']}, {theirs['From']} wrote:\n{quoted}\n",
        In_Reply_To=str(theirs["Message-ID"]),
        References=f"{theirs.get('References', '')} {theirs['Message-ID']}".strip(),
    )
    msg.replace_header("To", str(theirs["Reply-To"] or theirs["From"]))
    return msg


# Two applicants answer the questions: one all of them, one only the first two.
ANSWERS = {
    "seun.adeyemi": (
        "Oluwaseun Adeyemi",
        "answers every question",
        "1. Seven years as a backend engineer (Go, Python), payments and fraud models.\n\n"
        "2. Solid: multivariable calculus, linear algebra and probability at university; I "
        "have been working through Sutton & Barto.\n\n"
        "3. Weeks 1-4 deep learning foundations, 5-8 policy gradients and PPO from scratch, "
        "9-12 a small research replication.\n\n"
        "4. Full time, 40 hours a week, from January 4.\n\n"
        "5. A friend who was in the last cohort.\n\n"
        "6. Apply for research engineer roles in RL.",
    ),
    "meiling.chen": (
        "Mei-Ling Chen",
        "answers two of the questions",
        "1. A PhD in computational physics: six years of numerical simulation in C++ and "
        "Python.\n\n2. Very comfortable; my thesis is applied probability.",
    ),
}


@dataclass
class Pass:
    intake: IntakeReport
    send: SendReport


def _pass(settings: Settings, now: datetime | None = None) -> Pass:
    """What `grantbox intake --send` does: take in new mail, then send what it queued (as of
    `now`: the demo's calendar runs ahead to the grant's days)."""
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    try:
        return Pass(
            run_intake(settings, store, mailbox),
            send_pending(settings, store, mailbox, now=now),
        )
    finally:
        mailbox.close()
        store.dispose()


# The committee of the demo: an admin (the operator), a chair who decides, a reviewer.
COMMITTEE = (("demo", "admin"), ("chair", "chair"), ("ravi", "reviewer"))
GRANTEE = "seun.adeyemi"
# What the grantee writes back over the grant's three months: the mid-grant check-in, then
# the end-of-grant report.
CHECKIN_REPLIES = (
    "1. Worked through Spinning Up, then wrote REINFORCE, A2C and PPO from scratch; my PPO "
    "solves LunarLander in 400k steps.\n\n"
    "2. GAE took me a week longer than planned; fine now.",
    "1. Replicated the PPO implementation-details ablations and wrote them up on my blog.\n\n"
    "2. I have accepted a research engineer role on an AI safety team, starting next month.\n\n"
    "3. No need for an extension, thank you!",
)


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _committee(settings: Settings) -> dict[str, str]:
    """The reviewers (fresh passwords), and the complete application shared out to them."""
    from grantbox.committee.assignment import assign
    from grantbox.review.auth import add_reviewer

    passwords = {name: secrets.token_urlsafe(9) for name, _role in COMMITTEE}
    store = open_store(settings)
    try:
        with store.transaction() as session:
            for name, role in COMMITTEE:
                add_reviewer(session, name, passwords[name], role=role)
        with store.transaction() as session:
            assign(session, settings, per_application=2)
    finally:
        store.dispose()
    return passwords


def _grant_runs(mail: DemoMailSystem, settings: Settings, show: Show) -> None:
    """The committee scores the applicant who answered everything, the chair approves, and
    the grant runs: the start date confirmed by a reply, the check-ins answered on their
    days (the demo's calendar jumps ahead), and the chair records the outcome."""
    from sqlalchemy import select

    from grantbox.committee.reviews import save_review
    from grantbox.committee.rubric import rubric_for
    from grantbox.grants.checkins import checkins_pass
    from grantbox.grants.records import current_grant, record_outcome
    from grantbox.review.decisions import decide
    from grantbox.store.tables import Application, GrantCheckin, Reviewer

    address = f"{GRANTEE}@{APPLICANTS}"
    name = ANSWERS[GRANTEE][0]
    store = open_store(settings)
    try:
        with store.transaction() as session:
            app = session.scalars(select(Application).where(Application.email == address)).one()
            app_id = app.id
            criteria = rubric_for(settings).criteria
            for who, scores in (("ravi", 4), ("chair", 5)):
                reviewer = session.scalars(select(Reviewer).where(Reviewer.name == who)).one()
                save_review(
                    session,
                    settings,
                    app_id,
                    reviewer,
                    scores={c.id: scores for c in criteria},
                    recommendation="approve",
                    comment="Seven years of backend work and a concrete twelve-week plan.",
                )
        with store.transaction() as session:
            decide(session, settings, app_id, "approve", reviewer="chair", note="both approve")
        hold_over = datetime.now(UTC) + timedelta(seconds=settings.decision_hold_seconds + 1)
        show(
            [f"chair: approves GB-{app_id} after two reviews (held for the hold window)"],
            _pass(settings, hold_over),
        )

        start = date.today() + timedelta(days=28)
        start += timedelta(days=(7 - start.weekday()) % 7)  # a Monday
        when = f"the {_ordinal(start.day)} of {start:%B}"
        approval = mail.messages(address)[-1]
        _send(mail, [_reply(approval, address, name, f"Thank you so much! {when} works for me.")])
        show([f"{name} <{address}>: confirms a start date, {when}"], _pass(settings, hold_over))

        with store.reading() as session:
            grant = current_grant(session, app_id)
            assert grant is not None
            due = [
                c.due_date
                for c in session.scalars(
                    select(GrantCheckin)
                    .where(GrantCheckin.grant_id == grant.id)
                    .order_by(GrantCheckin.due_date)
                )
            ][: len(CHECKIN_REPLIES)]
        for day, body in zip(due, CHECKIN_REPLIES, strict=True):
            at = datetime.combine(day, dtime(9, 15), UTC)
            checkins_pass(settings, store, now=at)
            show([f"the calendar moves to {day}: the check-in of that day"], _pass(settings, at))
            checkin = mail.messages(address)[-1]
            _send(mail, [_reply(checkin, address, name, body)])
            show([f"{name} <{address}>: answers the check-in"], _pass(settings, at))
        with store.transaction() as session:
            grant = current_grant(session, app_id)
            assert grant is not None
            record_outcome(
                session,
                grant,
                grant.proposed_outcome or "ai_safety_role",
                note="Research engineer on an AI safety team.",
                actor="reviewer:chair",
            )
    finally:
        store.dispose()


# Told after each pass: what was sent before it (one line per email) and the pass's reports.
Show = Callable[[list[str], Pass], None]


def run_demo(
    base: Settings,
    show: Show,
    summary: Callable[[Settings], None],
    *,
    keep_running: bool = False,
    port: int = 8000,
    poll_seconds: float = 5.0,
) -> Settings:
    """Start the mail system on a fresh demo database and take in the empty inbox (so what
    follows is new mail, not first-connection backlog); the samples arrive and grantbox
    answers them; two applicants answer the questions and grantbox takes that in. `show`
    prints each pass, `summary` what the store holds then. With `keep_running`, serve the
    review page and keep taking in whatever arrives until interrupted. Returns the demo's
    settings."""
    data_dir = base.data_dir / "demo"
    shutil.rmtree(data_dir, ignore_errors=True)
    first = [sample.build() for sample in SAMPLES]
    people = [m["From"].addresses[0].addr_spec for m in first[:6]]
    with DemoMailSystem(user=PROGRAM, applicants=people) as mail:
        settings = load_settings(
            **{
                **base.model_dump(),
                "data_dir": data_dir,
                "database_url": None,
                **mail.settings_overrides(),
            }
        )
        _pass(settings)
        _send(mail, first)
        lines = [f"{m['From']}: {s.what}" for m, s in zip(first, SAMPLES, strict=True)]
        show(lines, _pass(settings))

        replies, lines = [], []
        for address in people:
            local = address.split("@")[0]
            if local in ANSWERS:
                name, what, body = ANSWERS[local]
                [questions] = mail.messages(address)
                replies.append(_reply(questions, address, name, body))
                lines.append(f"{name} <{address}>: {what}")
        _send(mail, replies)
        show(lines, _pass(settings))
        passwords = _committee(settings)
        _grant_runs(mail, settings, show)
        summary(settings)
        if keep_running:
            _keep_running(mail, settings, show, port, poll_seconds, passwords)
    return settings


def _keep_running(
    mail: DemoMailSystem,
    settings: Settings,
    show: Show,
    port: int,
    poll_seconds: float,
    passwords: dict[str, str],
) -> None:
    """Serve the review page (the committee's fresh passwords) and keep taking in mail."""
    from grantbox.review.web import BackgroundServer, create_app

    store = open_store(settings)
    try:
        with BackgroundServer(create_app(settings, store), port=port) as web:
            show_servers(mail)
            who = ", ".join(f"{n} / {passwords[n]} ({role})" for n, role in COMMITTEE)
            print(f"review page: {web.url}  (sign in as {who}); Ctrl-C stops.", flush=True)
            try:
                while True:
                    time.sleep(poll_seconds)
                    done = _pass(settings)
                    if not done.intake.unchanged or done.send.sent:
                        show([], done)
            except KeyboardInterrupt:
                pass
    finally:
        store.dispose()


def show_servers(mail: DemoMailSystem) -> None:
    print(
        f"demo mail is running: SMTP {mail.smtp_host}:{mail.smtp_port}, "
        f"IMAP {mail.imap_host}:{mail.imap_port} (user {mail.user}, password {mail.password}). "
        f"Send mail to {PROGRAM}.",
        flush=True,
    )
