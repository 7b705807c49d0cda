"""`grantbox watch`: mail is answered seconds after it arrives (IMAP IDLE on a real Dovecot),
and the watcher survives its connection being cut."""

from __future__ import annotations

import json
import threading
import time

from grantbox.store.queries import list_messages
from grantbox.watch import Watcher, heartbeat_path
from tests.factories import application_email, resume_pdf
from tests.integration.test_conversation import conversation  # noqa: F401


def wait_for(condition, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s")


def recorded_from_applicant(c) -> int:
    with c.store.sessions() as session:
        return sum(1 for m in list_messages(session) if m["from"] == c.applicant)


def test_idle_answers_new_mail_within_seconds_and_keeps_a_heartbeat(conversation):  # noqa: F811
    c = conversation
    # Reconciliation far away: only IDLE can explain a fast answer.
    watcher = Watcher(c.settings, c.store, reconcile_seconds=3600, reissue_seconds=5)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: watcher.passes >= 1, 30)
        latencies = []
        for i in range(3):
            c.applicant_sends(
                application_email(
                    c.applicant,
                    to=c.program,
                    subject=f"Application {i}",
                    attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
                )
            )
            if i == 0:  # arrival -> our questions in the applicant's inbox
                latencies.append(wait_for(lambda: len(c.applicant_inbox()) == 1, 15))
            else:  # arrival -> recorded under the application
                latencies.append(wait_for(lambda n=i: recorded_from_applicant(c) == n + 1, 15))
            time.sleep(0.5)
        assert max(latencies) < 10, latencies
        # The first email opened the application and got the questions; the next two are
        # further mail on it and need no automatic answer.
        assert [m["X-Grantbox"] for m in c.applicant_inbox()] == ["questions"]
        wait_for(lambda: c.application()["status"] == "questions_sent", 5)

        beat = json.loads(heartbeat_path(c.settings).read_text())
        assert time.time() - beat["at"] < 5 and beat["passes"] >= 2
    finally:
        watcher.stop()
        thread.join(timeout=15)
    assert not thread.is_alive()


def test_watcher_reconnects_after_its_connection_is_cut(conversation, dovecot):  # noqa: F811
    c = conversation
    watcher = Watcher(c.settings, c.store, reconcile_seconds=3600, reissue_seconds=2)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: watcher.idling, 30)  # its IDLE session exists: something to cut
        dovecot.kick(c.program)  # the server drops every session of the program's mailbox
        wait_for(lambda: watcher.last_error is not None, 15)
        c.applicant_sends(
            application_email(
                c.applicant, to=c.program, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
            )
        )
        wait_for(lambda: len(c.applicant_inbox()) == 1, 20)
    finally:
        watcher.stop()
        thread.join(timeout=15)


def test_mail_that_arrives_during_a_pass_is_taken_in_at_once(conversation):  # noqa: F811
    """Dovecot announces new mail only to a session idling when it arrives; mail that lands
    while the watcher is busy with a pass must not wait for the next reconciliation."""
    c = conversation
    sent_during = []

    def during_the_pass(done) -> None:
        if done.reason == "idle" and not sent_during:
            sent_during.append(time.monotonic())
            c.applicant_sends(application_email(c.applicant, to=c.program, subject="Also this"))

    watcher = Watcher(c.settings, c.store, reconcile_seconds=3600, on_pass=during_the_pass)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: watcher.passes >= 1, 30)
        c.applicant_sends(
            application_email(
                c.applicant, to=c.program, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
            )
        )
        wait_for(lambda: bool(sent_during), 15)
        waited = wait_for(lambda: recorded_from_applicant(c) == 2, 15)
        assert waited < 10
    finally:
        watcher.stop()
        thread.join(timeout=15)
