"""Nothing lost, nothing twice with passes side by side: `grantbox watch`, the scheduled intake
flow and an operator's `grantbox intake` may all run at once on one mailbox and one database.

Each round starts three `grantbox intake --send` processes together while applicants keep
writing through the real SMTP relay into Dovecot. The first round runs on an empty inbox and a
database that does not exist yet, so the three also race to create the schema and the folder's
watermark. Rounds go on until the passes find nothing left to do. Then every email in the
program's mailbox (the applications and the Bcc copies that prove our sends) must be recorded
exactly once with one location, each applicant must have one application with one creation
event, and each applicant's own inbox must hold exactly one email from us: the questions.
No pass may fail or print a traceback: a pass that meets another one waits its turn.
"""

from __future__ import annotations

import json
import os
import random
import smtplib
import subprocess
import sys
import threading
import time
from collections import Counter
from email import message_from_bytes, policy
from email.message import EmailMessage

from sqlalchemy import select

from grantbox.intake import load_state, open_mailbox, run_intake
from grantbox.store.tables import Application, Event, MailboxState, MessageLocation, OutboxRow
from tests.factories import application_email, resume_pdf

PASSES = 3  # processes per round
APPLICANTS = 16
ARRIVAL_ROUNDS = 2  # rounds during (and before) which mail arrives
MAX_QUIET_ROUNDS = 4  # rounds after the last arrival until nothing is left to do


def _start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "grantbox.cli", "intake", "--send", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(procs: list[subprocess.Popen[str]], seed: int) -> list[dict]:
    """Wait for a round's passes; each must succeed, quietly, with its JSON report."""
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "Traceback" not in err, (
            f"seed {seed}: a pass exited {proc.returncode} or printed a traceback:\n{err}"
        )
        reports.append(json.loads(out))
    return reports


def _message_id(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=policy.default)["Message-ID"]).strip()


def test_three_concurrent_intake_passes_record_and_answer_every_email_exactly_once(
    dovecot, smtp, program_mailbox, settings_env, make_settings, store_for, database_url
):
    seed = int(os.environ.get("GRANTBOX_CONCURRENT_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    print(f"replay with GRANTBOX_CONCURRENT_SEED={seed}")
    overrides = {
        "database_url": database_url,
        "smtp_host": smtp.host,
        "smtp_port": smtp.port,
        "smtp_security": "plain",
        "imap_batch_size": 3,  # many small transactions: more interleaving between passes
        "extract_workers": 1,
    }
    env = settings_env(**overrides)
    local = program_mailbox.split("@")[0]
    applicants = [dovecot.add_user(f"applicant{i}-{local}")[0] for i in range(APPLICANTS)]
    pdf = resume_pdf()
    waiting = list(applicants)

    def arrive(n: int, *, pause: float = 0.0, keep: int = 0) -> None:
        """`n` applications arrive (fewer if only `keep` would be left waiting)."""
        with smtplib.SMTP(smtp.host, smtp.port) as client:
            for _ in range(max(0, min(n, len(waiting) - keep))):
                who = waiting.pop(0)
                raw = application_email(
                    who,
                    name=who.split("@")[0],
                    to=program_mailbox,
                    attachments=[("cv.pdf", pdf, "application/pdf")],
                )
                crlf = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # as SMTP wants
                client.sendmail(who, [program_mailbox], crlf)
                time.sleep(rng.uniform(0, pause))

    started = time.monotonic()
    # A fresh database and an empty inbox: the three race to migrate and to make the
    # watermark; what arrives after this round is new mail, to be answered.
    _finish([_start(env) for _ in range(PASSES)], seed)
    per_round = -(-APPLICANTS // (2 * ARRIVAL_ROUNDS))
    for _ in range(ARRIVAL_ROUNDS):
        # Someone always arrives last, after the rounds (the rounds could take all 16).
        arrive(rng.randint(1, per_round), keep=1)  # between rounds
        procs = []
        for _ in range(PASSES):
            procs.append(_start(env))
            time.sleep(rng.uniform(0, 0.3))
        arrive(per_round, pause=0.25, keep=1)  # while the passes run
        _finish(procs, seed)
    arrive(len(waiting))
    for quiet_round in range(MAX_QUIET_ROUNDS):
        reports = _finish([_start(env) for _ in range(PASSES)], seed)
        if not any(r["send"]["sent"] for r in reports):
            # Nothing was sent in this round, so no new copy of ours can arrive after it
            # (those of earlier rounds were recorded in it) and nothing answers our copies.
            break
    assert quiet_round >= 1, f"seed {seed}: the last arrivals were answered in no round"
    assert not waiting
    print(f"{time.monotonic() - started:.1f} s, {quiet_round + 1} rounds after the last mail")

    # Every email in the program's mailbox is recorded exactly once (grantbox's own view).
    in_dovecot = Counter(_message_id(raw) for raw in dovecot.messages(program_mailbox))
    listed = subprocess.run(
        [sys.executable, "-m", "grantbox.cli", "messages", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    messages = json.loads(listed.stdout)
    recorded = Counter(m["message_id"] for m in messages)
    errors = [m["error"] for m in messages if m["error"]][:3]
    assert recorded == in_dovecot, (
        f"seed {seed}: {recorded - in_dovecot} {in_dovecot - recorded}; errors: {errors}"
    )
    assert set(in_dovecot.values()) == {1}
    assert all(m["error"] is None for m in messages), [m["error"] for m in messages]
    kinds = Counter(m["kind"] for m in messages)
    assert kinds == {"application": APPLICANTS, "from_us": APPLICANTS}, f"seed {seed}: {kinds}"
    assert all(len(m["locations"]) == 1 for m in messages), f"seed {seed}"

    settings = make_settings(**overrides)
    store = store_for(settings)
    with store.sessions() as session:
        assert len(session.scalars(select(MessageLocation)).all()) == len(messages)
        apps = session.scalars(select(Application)).all()
        assert sorted(a.email for a in apps) == sorted(applicants), f"seed {seed}"
        created = Counter(
            session.scalars(select(Event.application_id).where(Event.kind == "created")).all()
        )
        assert created == Counter(a.id for a in apps), f"seed {seed}"
        assert {a.status for a in apps} == {"questions_sent"}, f"seed {seed}"
        outbox = session.scalars(select(OutboxRow)).all()
        assert sorted((o.application_id, o.kind, o.status) for o in outbox) == sorted(
            (a.id, "questions", "sent") for a in apps
        ), f"seed {seed}"

    # And no applicant got anything twice: one questions email in each inbox, and the relay
    # carried exactly one email to each.
    for who in applicants:
        inbox: list[EmailMessage] = [
            message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
            for raw in dovecot.messages(who)
        ]
        assert [m["X-Grantbox"] for m in inbox] == ["questions"], f"seed {seed}: {who}"
        assert len(smtp.sent_to(who)) == 1, f"seed {seed}: {who}"


def test_a_pass_that_loses_the_race_to_make_the_watermark_takes_the_winners(
    dovecot, program_mailbox, make_settings, store_for, database_url
):
    """Two passes on their first connection both find no watermark and both make one: the
    one that commits second must go on with the first one's, not fail."""
    settings = make_settings(database_url=database_url)
    store = store_for(settings)
    winner = store.sessions()
    winner.begin()
    mailbox = open_mailbox(settings)
    status = mailbox.examine(settings.imap_folder)
    load_state(winner, settings.imap_folder, status)
    winner.flush()  # the other pass's INSERT, not yet committed
    outcome: dict[str, object] = {}

    def loser() -> None:
        try:
            outcome["report"] = run_intake(settings, store, mailbox)
        except Exception as e:  # the assertion below shows it
            outcome["error"] = e

    thread = threading.Thread(target=loser)
    thread.start()
    time.sleep(0.5)  # the loser now waits on the winner's row (PostgreSQL) or lock (SQLite)
    winner.commit()
    winner.close()
    thread.join(timeout=30)
    mailbox.close()
    assert "report" in outcome, outcome
    with store.sessions() as session:
        [state] = session.scalars(select(MailboxState)).all()
    assert state.backlog_below_uid == status.uidnext
