"""A provider that files the sent copy itself (Gmail, Microsoft 365): grantbox never APPENDs a
second one, and a sender killed at random points still sends every email exactly once.

The SMTP server here behaves as Gmail's does: when it takes a message from the program's
account, it files that message in the account's Sent folder itself (the folder Dovecot marks
\\Sent; the gmail profile's own name for it, "[Gmail]/Sent Mail", does not exist here, so only
SPECIAL-USE discovery finds it), and it does not put our Bcc copy in the inbox (Gmail shows a
message sent to oneself once). So the one proof of delivery left after a crash is the copy the
provider filed in Sent, and recovery must look there.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter

from sqlalchemy import select

from grantbox.intake import open_mailbox, run_intake
from grantbox.outbox import SENDING, SENT
from grantbox.sender import send_pending
from grantbox.store.tables import Event, OutboxRow
from tests.factories import application_email
from tests.integration.test_sender_kill import (
    DOCX,
    DOCX_TYPE,
    _finish,
    _message_id,
    _parse,
    _run_until,
    _start,
    _status_counter,
    apply_each,
)
from tests.mailservers import Dovecot, Envelope, SmtpRelay

APPLICANTS = 10
ROUNDS = 6


class ProviderRelay(SmtpRelay):
    """An SMTP server that files what its account sends in the account's Sent folder (the one
    marked \\Sent), as Gmail and Microsoft 365 do, before it answers 250; our own Bcc copy is
    not delivered to the inbox."""

    def __init__(self, dovecot: Dovecot, account: str) -> None:
        super().__init__(dovecot)
        self.account = account.lower()
        self.filed = 0

    def _deliver(self, envelope: Envelope) -> None:
        assert self.dovecot is not None
        ours = envelope.mail_from.lower() == self.account
        if ours:
            self.dovecot.append(self.account, envelope.content, "Sent", flags=[b"\\Seen"])
            self.filed += 1
        envelope.rcpt_tos = [
            r for r in envelope.rcpt_tos if not (ours and r.lower() == self.account)
        ]
        super()._deliver(envelope)


def test_provider_filed_copy_no_second_append_and_exactly_once_after_kills(
    dovecot, program_mailbox, make_settings, settings_env, store_for, sqlite_url
):
    seed = int(os.environ.get("GRANTBOX_KILL_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    with ProviderRelay(dovecot, program_mailbox) as relay:
        values = {
            "database_url": sqlite_url,
            "provider": "gmail",  # hosts given explicitly below win over the profile's
            "smtp_host": relay.host,
            "smtp_port": relay.port,
            "smtp_security": "plain",
            "send_recovery_seconds": 0,
        }
        settings = make_settings(**values)
        assert settings.sent_copy == "provider" and settings.sent_folder == "[Gmail]/Sent Mail"
        assert settings.imap_host == dovecot.host
        env = settings_env(**values)
        store = store_for(settings)
        local = program_mailbox.split("@")[0]
        applicants = [dovecot.add_user(f"pk{i}-{local}")[0] for i in range(APPLICANTS)]
        mailbox = open_mailbox(settings)
        try:
            assert mailbox.sent_folder() == "Sent"  # found by SPECIAL-USE, not the profile's
            run_intake(settings, store, mailbox)
            apply_each(dovecot, program_mailbox, applicants)
            report = run_intake(settings, store, mailbox)
        finally:
            mailbox.close()
        assert report.applications_created == APPLICANTS
        with store.sessions() as session:
            queued = {r.to_addr: r.message_id for r in session.scalars(select(OutboxRow))}

        count = _status_counter(sqlite_url)
        kills = 0
        for _round in range(ROUNDS):
            sent_before = count((SENT,))
            touched_before = count((SENDING, SENT))
            if sent_before >= APPLICANTS:
                break
            if rng.random() < 0.5:
                target = min(touched_before + rng.randint(1, 2), APPLICANTS)
                killed = _run_until(
                    env, lambda t=target: count((SENDING, SENT)) >= t, rng.uniform(0, 0.03)
                )
            else:
                target = min(sent_before + rng.randint(1, 2), APPLICANTS - 1)
                killed = _run_until(env, lambda t=target: count((SENT,)) >= t, rng.uniform(0, 0.05))
            kills += killed
        final = json.loads(_finish(_start(env, "--json"), 120))
        assert final["failed"] == 0 and final["retried"] == 0, (seed, final)
        mailbox = open_mailbox(settings)
        try:
            again = send_pending(settings, store, mailbox)
            assert "[Gmail]/Sent Mail" not in {f[2] for f in mailbox.client.list_folders()}
        finally:
            mailbox.close()
        assert (again.sent, again.recovered) == (0, 0), f"seed {seed}: {again}"
        assert kills >= 2, f"seed {seed}: {kills} kills"

        # Each applicant got exactly one email; each went through SMTP once.
        for address in applicants:
            inbox = [_parse(raw) for raw in dovecot.messages(address)]
            assert [m["X-Grantbox"] for m in inbox] == ["questions"], f"seed {seed}: {address}"
            assert [str(m["Message-ID"]).strip() for m in inbox] == [queued[address]]
        # The server filed one copy per DATA it took (its own count: aiosmtpd does not record
        # an envelope whose client was killed before the 250, though it delivered it), and
        # Sent holds each Message-ID once: the provider's copy, and no APPEND of ours.
        assert relay.filed == APPLICANTS, f"seed {seed}"
        in_sent = Counter(_message_id(raw) for raw in dovecot.messages(program_mailbox, "Sent"))
        assert in_sent == Counter(queued.values()), f"seed {seed}"
        with store.sessions() as session:
            rows = session.scalars(select(OutboxRow)).all()
            assert {r.status for r in rows} == {SENT} and all(r.reason is None for r in rows)
            sent_events = Counter(
                session.scalars(select(Event.application_id).where(Event.kind == "mail_sent"))
            )
        assert sorted(sent_events.values()) == [1] * APPLICANTS, f"seed {seed}"


def test_sent_copy_goes_to_the_special_use_folder_whatever_the_setting_names(
    dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url, applicant
):
    """An operator (or a profile) names "Sent Items"; the server marks "Sent" as \\Sent: the
    copy is filed there, once, and no "Sent Items" folder is made."""
    settings = make_settings(
        database_url=sqlite_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        sent_folder="Sent Items",
    )
    assert settings.sent_copy == "append"
    store = store_for(settings)
    mailbox = open_mailbox(settings)
    try:
        run_intake(settings, store, mailbox)
        dovecot.append(
            program_mailbox,
            application_email(
                applicant.address, to=program_mailbox, attachments=[("cv.docx", DOCX, DOCX_TYPE)]
            ),
        )
        run_intake(settings, store, mailbox)
        report = send_pending(settings, store, mailbox)
        assert report.sent == 1 and report.unfiled == 0, report
        folders = {f[2] for f in mailbox.client.list_folders()}
    finally:
        mailbox.close()
    assert "Sent Items" not in folders
    with store.sessions() as session:
        [message_id] = session.scalars(select(OutboxRow.message_id)).all()
    assert [_message_id(raw) for raw in dovecot.messages(program_mailbox, "Sent")] == [message_id]
