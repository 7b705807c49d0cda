"""When the mail servers misbehave (issue 15), over a real SMTP relay into Dovecot and SQLite.

* An SMTP server that refuses connections for two hours loses nothing: the rows stay queued,
  retried with a backoff capped at `send_backoff_cap_minutes`, never `failed`; one connection
  attempt per pass, however many rows are due; once the server is back, each goes out once.
* A stalled server (accepts the connection, never answers) costs one `smtp_timeout` per pass,
  not one per row.
* Only a permanent answer about a message (5xx to its RCPT or DATA) fails its row.
* A Sent folder that refuses APPEND never blocks sending: delivery is proven by the Bcc copy,
  the row is marked sent and its Sent copy is filed on a later pass, once.
* `grantbox send` exits non-zero when due mail could not go out; `grantbox outbox retry`
  re-queues by hand.
"""

from __future__ import annotations

import json
import os
import smtplib
import socket
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.intake import open_mailbox
from grantbox.mailtemplates import RenderedEmail
from grantbox.outbox import FAILED, QUEUED, SENDING, SENT, enqueue_staff
from grantbox.sender import SendReport, open_smtp, send_pending
from grantbox.store.tables import OutboxRow, utcnow
from tests.mailservers import free_port

HELLO = RenderedEmail(subject="Your application", text="Thank you.\n", html="<p>Thank you.</p>")


def _message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip()


@pytest.fixture
def outage(dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url) -> Iterator:
    """Three emails queued to addresses outside Dovecot (the relay accepts and records them);
    the Bcc proof copy lands in the program's real inbox."""
    base = {
        "database_url": sqlite_url,
        "smtp_host": smtp.host,
        "smtp_port": smtp.port,
        "smtp_security": "plain",
        "send_recovery_seconds": 0,
    }
    settings = make_settings(**base)
    store = store_for(settings)
    recipients = [f"r{i}-{program_mailbox.split('@')[0]}@elsewhere.test" for i in range(3)]
    with store.transaction() as session:
        for i, to in enumerate(recipients):
            enqueue_staff(
                session,
                settings,
                to=to,
                kind="digest",
                rendered=HELLO,
                dedupe_key=f"faults:{i}",
                actor="test",
            )
    smtp.reset()
    mailbox = open_mailbox(settings)

    class Case:
        def __init__(self) -> None:
            self.settings, self.store, self.mailbox = settings, store, mailbox
            self.recipients, self.program, self.base = recipients, program_mailbox, base
            self.connects = 0

        def with_(self, **overrides: object) -> Settings:
            return make_settings(**{**base, **overrides})

        def send(self, settings: Settings | None = None, **kw: object) -> SendReport:
            def counting(s: Settings) -> smtplib.SMTP:
                self.connects += 1
                return open_smtp(s)

            return send_pending(
                settings or self.settings, store, mailbox, smtp_factory=counting, **kw
            )  # type: ignore[arg-type]

        def rows(self) -> list[OutboxRow]:
            with store.sessions() as session:
                rows = list(session.scalars(select(OutboxRow).order_by(OutboxRow.id)))
                for r in rows:
                    session.expunge(r)
            return rows

        def delivered(self) -> Counter[str]:
            """Recipient -> number of SMTP deliveries the relay accepted for it."""
            return Counter(r for e in smtp.envelopes for r in e.rcpt_tos if r != program_mailbox)

        def in_folder(self, folder: str) -> Counter[str]:
            return Counter(_message_id(raw) for raw in dovecot.messages(program_mailbox, folder))

    yield Case()
    smtp.reset()
    mailbox.close()


def _closed_port() -> int:
    return free_port()  # nothing listens there: every connection is refused


def test_two_hour_outage_keeps_every_email_queued_then_delivers_each_once(outage, smtp):
    c = outage
    down = c.with_(smtp_port=_closed_port())
    start = utcnow()
    statuses: set[str] = set()
    per_pass = []
    for minute in range(1, 181):  # a pass every minute from +1 min to +3 h
        before = c.connects
        report = c.send(down, now=start + timedelta(minutes=minute))
        per_pass.append(c.connects - before)
        assert report.failed == 0 and report.sent == 0
        statuses |= {r.status for r in c.rows()}
    assert FAILED not in statuses and statuses <= {QUEUED, SENDING}
    assert max(per_pass) <= 1, "one connection attempt per pass, not one per row"
    # Backoff 1, 2, 4, 8, then every 15 minutes: about 14 attempts in 3 hours, never 180.
    assert 8 <= sum(per_pass) <= 20, per_pass
    rows = c.rows()
    assert all(r.last_error for r in rows)
    assert max(r.attempts for r in rows) <= 20
    # Nothing went anywhere during the outage.
    assert smtp.accepted == 0

    # The server is back: the next due pass delivers everything, once.
    back = c.send(now=start + timedelta(hours=3, minutes=20))
    assert (back.sent, back.failed) == (3, 0), back
    assert c.delivered() == Counter({to: 1 for to in c.recipients})
    assert {r.status for r in c.rows()} == {SENT}
    ids = Counter(r.message_id for r in c.rows())
    assert c.in_folder("Sent") == ids  # one Sent copy each
    assert c.in_folder("INBOX") == ids  # one Bcc proof copy each
    again = c.send(now=start + timedelta(hours=5))
    assert (again.sent, again.recovered) == (0, 0) and smtp.accepted == 3


def test_a_stalled_server_costs_one_timeout_per_pass_not_one_per_row(outage):
    c = outage
    stalled = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    stalled.bind(("127.0.0.1", 0))
    stalled.listen(16)  # accepts the TCP connection (the backlog), never says a word
    try:
        settings = c.with_(smtp_port=stalled.getsockname()[1], smtp_timeout=1.0)
        done: list[SendReport] = []
        thread = threading.Thread(target=lambda: done.append(c.send(settings)), daemon=True)
        started = time.monotonic()
        thread.start()
        thread.join(timeout=20)
        took = time.monotonic() - started
        assert done, f"the pass was still waiting after {took:.0f} s"
        report = done[0]
        assert took < 2.5, f"{took:.1f} s: more than one timeout"
        assert report.failed == 0 and report.sent == 0
        assert c.connects == 1
        assert {r.status for r in c.rows()} <= {QUEUED, SENDING}
        assert all(r.last_error for r in c.rows())
    finally:
        stalled.close()


def test_a_permanent_refusal_fails_only_its_row(outage, smtp):
    c = outage
    smtp.reset()
    # The first RCPT (row 1's applicant) gets 550; rows 2 and 3 go out on the same connection.
    smtp.fail_next(1, 550, stage="rcpt", message="5.1.1 User unknown")
    report = c.send()
    assert (report.sent, report.failed) == (2, 1), report
    rows = c.rows()
    assert [r.status for r in rows] == [FAILED, SENT, SENT]
    assert rows[0].reason is not None and "550 5.1.1 User unknown" in rows[0].reason
    assert c.delivered() == Counter({c.recipients[1]: 1, c.recipients[2]: 1})


def _sent_dir(dovecot, user: str) -> str:
    dovecot.messages(user, "Sent")  # Dovecot creates the Maildir on first use
    return str(dovecot.maildir(user, "Sent") / "tmp")


def test_sent_folder_refusing_append_never_blocks_sending(outage, smtp, dovecot):
    c = outage
    tmp = _sent_dir(dovecot, c.program)
    mode = os.stat(tmp).st_mode
    os.chmod(tmp, stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)  # no APPEND now
    try:
        # Row 1 is delivered but the connection is cut before the 250: it is left "sending".
        smtp.drop_next(1)
        first = c.send()
        assert first.failed == 0 and c.rows()[0].status == SENDING
        # Later, row 1 is found delivered (the Bcc copy) though it cannot be filed in Sent,
        # and the rows after it go out all the same.
        later = utcnow() + timedelta(minutes=5)
        second = c.send(now=later)
        assert second.recovered == 1 and second.failed == 0, second
        assert {r.status for r in c.rows()} == {SENT}
        assert c.delivered() == Counter({to: 1 for to in c.recipients})
        assert c.in_folder("Sent") == Counter()
        third = c.send(now=later + timedelta(minutes=5))
        assert (third.sent, third.recovered) == (0, 0) and smtp.accepted == 3
    finally:
        os.chmod(tmp, mode)
    # Sent accepts again: every copy is filed, once, and nothing is sent again.
    fourth = c.send(now=later + timedelta(minutes=10))
    assert (fourth.sent, fourth.recovered) == (0, 0)
    ids = Counter(r.message_id for r in c.rows())
    assert c.in_folder("Sent") == ids
    assert c.in_folder("INBOX") == ids
    assert all(r.reason is None for r in c.rows())
    c.send(now=later + timedelta(minutes=20))
    assert c.in_folder("Sent") == ids and smtp.accepted == 3


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "grantbox.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_send_exits_non_zero_when_mail_could_not_go_out_and_retry_requeues(
    outage, smtp, settings_env
):
    c = outage
    env = settings_env(**{**c.base, "smtp_port": _closed_port()})
    down = _cli(env, "send", "--json")
    assert down.returncode != 0, down
    report = json.loads(down.stdout)
    assert report["sent"] == 0 and report["failed"] == 0
    assert "could not" in down.stderr or "not sent" in down.stderr, down.stderr
    assert len(down.stderr.strip().splitlines()) <= 5, down.stderr  # no traceback
    shown = json.loads(_cli(env, "outbox", "--json").stdout)
    assert all(r["next_attempt_at"] and r["last_error"] for r in shown)
    assert {r["status"] for r in shown} <= {QUEUED, SENDING}

    # A permanent refusal fails a row; `outbox retry --failed` puts it back in the queue.
    env = settings_env(**c.base)
    smtp.reset()
    smtp.fail_next(1, 550, stage="rcpt", message="5.1.1 User unknown")
    c.send(now=utcnow() + timedelta(hours=1))
    assert sorted(r.status for r in c.rows()) == [FAILED, SENT, SENT]
    retried = _cli(env, "outbox", "retry", "--failed", "--json")
    assert retried.returncode == 0, retried.stderr
    assert {r.status for r in c.rows()} <= {QUEUED, SENT}
    ok = _cli(env, "send", "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["sent"] == 1
    assert {r.status for r in c.rows()} == {SENT}
    assert c.delivered() == Counter({to: 1 for to in c.recipients})
    # Nothing left to retry: an unknown id is an error, with a one-line reason.
    missing = _cli(env, "outbox", "retry", "999999")
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
