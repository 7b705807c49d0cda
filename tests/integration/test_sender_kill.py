"""No applicant ever gets the same email twice, and none is skipped.

Twenty applicants apply; one intake pass queues their twenty `questions` emails. Then the real
CLI (`grantbox send`) runs again and again as its own process group and is SIGKILLed at random
moments: during start-up, right after a row went `sending` (before or during SMTP), and a
little after the n-th row was marked `sent` (between SMTP, the APPEND to Sent and the commit).
A last run completes. Every applicant's real Dovecot inbox must then hold exactly one questions
email, every row must be `sent`, and Sent and our inbox (the Bcc proof of delivery) must hold
each Message-ID exactly once.

The deterministic tests drive the SMTP relay's faults: a connection cut after the message was
delivered but before the 250, a temporary 451 (at RCPT or DATA), and a permanent 550.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlalchemy import func, inspect, make_url, select

from grantbox.intake import open_mailbox, run_intake
from grantbox.outbox import FAILED, SENDING, SENT
from grantbox.sender import send_pending
from grantbox.store import make_engine
from grantbox.store.tables import Event, OutboxRow, utcnow
from tests.factories import application_email, data_file, resume_pdf

APPLICANTS = 20
# A Word resume: read in milliseconds, so the setup leaves the time budget to the kills.
DOCX = data_file("resumes/generated/alsayed-docx-header.docx")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ROUNDS = 8


def _parse(raw: bytes) -> EmailMessage:
    return message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def _message_id(raw: bytes) -> str:
    # Our Message-IDs are long: the header is folded, and the unfolded value keeps a space.
    return str(_parse(raw)["Message-ID"]).strip()


def apply_each(dovecot, program_mailbox: str, applicants: list[str]) -> None:
    """Each applicant's application, with a DOCX resume of their own, in the program's inbox."""
    for i, address in enumerate(applicants):
        dovecot.append(
            program_mailbox,
            application_email(
                address,
                name=f"Applicant {i}",
                to=program_mailbox,
                attachments=[(f"cv-{i}.docx", DOCX, DOCX_TYPE)],
            ),
        )


def _status_counter(database_url: str) -> Callable[[tuple[str, ...]], int]:
    """Counts outbox rows in some statuses without taking a lock the sender would wait for."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":

        def count_sqlite(statuses: tuple[str, ...]) -> int:
            try:
                conn = sqlite3.connect(f"file:{url.database}?mode=ro", uri=True, timeout=5)
            except sqlite3.OperationalError:
                return 0
            try:
                marks = ",".join("?" * len(statuses))
                sql = f"SELECT count(*) FROM outbox WHERE status IN ({marks})"
                return conn.execute(sql, statuses).fetchone()[0]
            finally:
                conn.close()

        return count_sqlite
    engine = make_engine(database_url)

    def count_postgresql(statuses: tuple[str, ...]) -> int:
        with engine.connect() as conn:
            if not inspect(conn).has_table("outbox"):
                return 0
            return conn.execute(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.status.in_(statuses))
            ).scalar_one()

    return count_postgresql


def _start(env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "grantbox.cli", "send", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes everything it started
    )


def _kill(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


def _finish(proc: subprocess.Popen[bytes], timeout: float) -> bytes:
    out, errors = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"send exited {proc.returncode}: {errors.decode()[-2000:]}"
    return out


def _run_until(
    env: dict[str, str], reached: Callable[[], bool], then: float, limit: float = 120
) -> bool:
    """Run one send pass; kill it `then` seconds after `reached()` holds (a kill inside the
    pass however fast this machine is today), or after `limit` seconds, whichever comes
    first. True when it was killed."""
    proc = _start(env)
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        if reached():
            time.sleep(then)
            break
        time.sleep(0.005)
    if proc.poll() is None:
        _kill(proc)
        return True
    _finish(proc, 5)
    return False


def test_sender_killed_at_random_points_sends_every_email_exactly_once(
    dovecot, smtp, program_mailbox, make_settings, settings_env, store_for, database_url
):
    seed = int(os.environ.get("GRANTBOX_KILL_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    smtp_settings = {
        "database_url": database_url,
        "smtp_host": smtp.host,
        "smtp_port": smtp.port,
        "smtp_security": "plain",
        "send_recovery_seconds": 0,
    }
    settings = make_settings(**smtp_settings)
    env = settings_env(**smtp_settings)
    store = store_for(settings)
    local = program_mailbox.split("@")[0]
    applicants = [dovecot.add_user(f"kid{i}-{local}")[0] for i in range(APPLICANTS)]

    mailbox = open_mailbox(settings)
    try:
        run_intake(settings, store, mailbox)  # the empty inbox: what follows is not backlog
        # How long one pass takes to start here and now (imports, database, IMAP login): the
        # time-based kills land in that window, not after the whole queue went out.
        started = time.monotonic()
        idle = json.loads(_finish(_start(env, "--json"), 60))
        startup = time.monotonic() - started
        assert idle["sent"] == 0
        apply_each(dovecot, program_mailbox, applicants)
        report = run_intake(settings, store, mailbox)
    finally:
        mailbox.close()
    assert report.applications_created == APPLICANTS
    with store.sessions() as session:
        queued = {r.to_addr: r.message_id for r in session.scalars(select(OutboxRow))}
        kinds = set(session.scalars(select(OutboxRow.kind)))
    assert sorted(queued) == sorted(applicants) and kinds == {"questions"}

    count = _status_counter(database_url)
    kills = mid_pass = 0
    for _round in range(ROUNDS):
        sent_before = count((SENT,))
        touched_before = count((SENDING, SENT))
        if sent_before >= APPLICANTS:
            break
        roll = rng.random()
        if roll < 0.25:
            # Anywhere in start-up: the database, the IMAP login, the first SMTP connection
            # (but never later than a few rows into the pass).
            killed = _run_until(
                env,
                lambda n=sent_before: count((SENT,)) >= n + 3,
                0,
                limit=rng.uniform(0.1, 1.2 * startup),
            )
        elif roll < 0.55:
            # Just after a new row went "sending": before SMTP, inside it, or just after.
            target = min(touched_before + rng.randint(1, 2), APPLICANTS)
            killed = _run_until(
                env, lambda t=target: count((SENDING, SENT)) >= t, rng.uniform(0, 0.03)
            )
        else:
            # A little after the n-th row was marked sent: inside the next row's send.
            target = min(sent_before + rng.randint(1, 2), APPLICANTS - 1)
            killed = _run_until(env, lambda t=target: count((SENT,)) >= t, rng.uniform(0, 0.05))
        kills += killed
        progressed = count((SENT,)) > sent_before or count((SENDING, SENT)) > touched_before
        mid_pass += killed and progressed and count((SENT,)) < APPLICANTS
    final = json.loads(_finish(_start(env, "--json"), 120))
    assert final["failed"] == 0 and final["retried"] == 0, (seed, final)
    mailbox = open_mailbox(settings)
    try:
        again = send_pending(settings, store, mailbox)
    finally:
        mailbox.close()
    assert (again.sent, again.recovered) == (0, 0), f"seed {seed}: {again}"
    assert kills >= ROUNDS // 2 and mid_pass >= 2, f"seed {seed}: {kills} kills, {mid_pass} mid"

    # Every applicant: exactly one email, ours, the questions, the Message-ID of its row.
    for address in applicants:
        inbox = [_parse(raw) for raw in dovecot.messages(address)]
        assert [m["X-Grantbox"] for m in inbox] == ["questions"], f"seed {seed}: {address}"
        assert [str(m["Message-ID"]).strip() for m in inbox] == [queued[address]], f"seed {seed}"
        assert "Bcc" not in inbox[0]
    with store.sessions() as session:
        rows = session.scalars(select(OutboxRow)).all()
        assert {r.status for r in rows} == {SENT}, f"seed {seed}"
        assert all(r.sent_at is not None and r.last_error is None for r in rows)
        sent_events = Counter(
            session.scalars(select(Event.application_id).where(Event.kind == "mail_sent"))
        )
    assert sorted(sent_events.values()) == [1] * APPLICANTS, f"seed {seed}"
    # Sent holds each Message-ID once; so does our inbox (one Bcc copy: one SMTP delivery).
    in_sent = Counter(_message_id(raw) for raw in dovecot.messages(program_mailbox, "Sent"))
    assert in_sent == Counter(queued.values()), f"seed {seed}"
    copies = Counter(
        str(m["Message-ID"]).strip()
        for m in map(_parse, dovecot.messages(program_mailbox))
        if m["X-Grantbox"] == "questions"
    )
    assert copies == Counter(queued.values()), f"seed {seed}"


# ------------------------------------------------------------------ deterministic SMTP faults


@pytest.fixture
def one_queued(dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url):
    """One applicant has applied with a resume: their questions email is queued."""
    applicant, _ = dovecot.add_user(f"solo-{program_mailbox.split('@')[0]}")
    settings = make_settings(
        database_url=sqlite_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
    )
    store = store_for(settings)
    mailbox = open_mailbox(settings)
    run_intake(settings, store, mailbox)
    dovecot.append(
        program_mailbox,
        application_email(
            applicant, to=program_mailbox, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
        ),
    )
    run_intake(settings, store, mailbox)
    smtp.reset()

    class Case:
        def __init__(self) -> None:
            self.applicant, self.program = applicant, program_mailbox
            self.settings, self.store, self.mailbox = settings, store, mailbox

        def row(self) -> OutboxRow:
            with store.sessions() as session:
                [row] = session.scalars(select(OutboxRow)).all()
                session.expunge(row)
            return row

        def events(self, kind: str) -> list[str]:
            with store.sessions() as session:
                return list(session.scalars(select(Event.reason).where(Event.kind == kind)))

        def received(self, address: str, folder: str = "INBOX") -> list[str]:
            """Message-IDs of our questions emails in a mailbox folder."""
            return [
                str(m["Message-ID"]).strip()
                for m in map(_parse, dovecot.messages(address, folder))
                if m["X-Grantbox"] == "questions"
            ]

    yield Case()
    smtp.reset()
    mailbox.close()


def test_delivered_but_cut_before_the_250_is_found_not_sent_again(one_queued, smtp):
    c = one_queued
    row = c.row()
    smtp.drop_next(1)
    first = send_pending(c.settings, c.store, c.mailbox)
    assert (first.sent, first.retried, first.failed) == (0, 1, 0)
    assert c.row().status == SENDING  # it may have been delivered: never "queued" again
    assert c.received(c.applicant) == [row.message_id]  # it was, in fact

    # Before the backoff is over nothing happens; after it, recovery finds the Bcc copy.
    assert send_pending(c.settings, c.store, c.mailbox).as_dict()["recovered"] == 0
    later = utcnow() + timedelta(minutes=5)
    second = send_pending(c.settings, c.store, c.mailbox, now=later)
    assert (second.sent, second.recovered) == (0, 1)
    assert smtp.accepted == 1  # one SMTP delivery in all
    assert c.received(c.applicant) == [row.message_id]
    assert c.received(c.program, "Sent") == [row.message_id]
    done = c.row()
    assert (done.status, done.attempts, done.last_error) == (SENT, 1, None)
    assert c.events("mail_sent") == [f"questions to {c.applicant} (found delivered after an "
                                      "interrupted send)"]  # fmt: skip


@pytest.mark.parametrize("stage", ["mail", "rcpt", "data"])
def test_temporary_failure_is_retried_after_the_backoff_and_arrives_once(one_queued, smtp, stage):
    c = one_queued
    row = c.row()
    smtp.fail_next(1, 451, stage=stage)
    first = send_pending(c.settings, c.store, c.mailbox)
    assert (first.sent, first.retried, first.failed) == (0, 1, 0)
    assert first.errors and "451" in first.errors[0]
    failing = c.row()
    assert failing.status == SENDING and failing.attempts == 1
    assert failing.last_error is not None and failing.last_error.startswith("451 4.3.0")
    assert c.received(c.applicant) == []
    # Nothing went anywhere: not to the applicant, not as a Bcc copy that recovery would
    # later take for proof of delivery.
    assert c.received(c.program) == []

    early = send_pending(c.settings, c.store, c.mailbox, now=utcnow() + timedelta(seconds=30))
    assert (early.sent, early.recovered, early.retried) == (0, 0, 0)  # backoff is 60 s
    second = send_pending(c.settings, c.store, c.mailbox, now=utcnow() + timedelta(minutes=2))
    assert (second.sent, second.recovered, second.failed) == (1, 0, 0)
    assert c.received(c.applicant) == [row.message_id]
    assert c.received(c.program) == [row.message_id]  # the Bcc copy
    assert c.received(c.program, "Sent") == [row.message_id]
    done = c.row()
    assert (done.status, done.attempts, done.last_error) == (SENT, 2, None)


def test_permanent_refusal_fails_the_row_with_the_servers_words(one_queued, smtp):
    c = one_queued
    words = "5.1.1 <nobody@example.test>: Recipient address rejected: User unknown"
    smtp.fail_next(1, 550, stage="rcpt", message=words)
    report = send_pending(c.settings, c.store, c.mailbox)
    assert (report.sent, report.retried, report.failed) == (0, 0, 1)
    row = c.row()
    assert row.status == FAILED
    assert row.reason == f"the mail server refused it: 550 {words}"
    assert row.last_error == f"550 {words}"
    [failed] = c.events("mail_failed")
    assert failed == f"questions to {c.applicant}: the mail server refused it: 550 {words}"
    # Nothing was delivered, and a later pass does not try again.
    assert c.received(c.applicant) == [] and c.received(c.program) == []
    later = send_pending(c.settings, c.store, c.mailbox, now=utcnow() + timedelta(days=1))
    assert (later.sent, later.recovered, later.failed) == (0, 0, 0)
    assert smtp.accepted == 0 and c.row().status == FAILED


def test_two_senders_at_once_never_send_a_row_twice(
    dovecot, smtp, program_mailbox, make_settings, store_for, database_url
):
    """The intake flow sends what it queued while the send deployment may be running too:
    each row is claimed by exactly one of them."""
    settings = make_settings(
        database_url=database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=60,  # what "sending" means: another sender is at it
    )
    store = store_for(settings)
    with open_mailbox(settings) as mailbox:
        run_intake(settings, store, mailbox)
        for i in range(12):
            dovecot.append(
                program_mailbox,
                application_email(
                    f"twice{i}@elsewhere.test",
                    to=program_mailbox,
                    attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
                ),
            )
        run_intake(settings, store, mailbox)
    smtp.reset()

    reports = []

    def sender() -> None:
        with open_mailbox(settings) as own:
            reports.append(send_pending(settings, store, own))

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sum(r.sent for r in reports) == 12
    to_applicants = Counter(e.rcpt_tos[0] for e in smtp.envelopes)
    assert to_applicants == Counter({f"twice{i}@elsewhere.test": 1 for i in range(12)})
