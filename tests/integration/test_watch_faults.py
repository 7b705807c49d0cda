"""`grantbox watch` when the IMAP server misbehaves (issue 15): a real Dovecot behind a TCP
proxy (tests/faultproxy.py) that the tests cut, so the outage is a real one.

* A connection closed during IDLE is an error at once: the heartbeat says so within seconds,
  and the watcher waits out the outage without burning CPU (it used to spin on the closed
  socket, 23 s of CPU in a 30 s outage, while writing a healthy heartbeat).
* When the server is back, mail is taken in within seconds.
* The reconnect delay starts small again after a good connection, and never exceeds 30 s.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from grantbox.config import Settings
from grantbox.intake import open_mailbox, run_intake
from grantbox.store import Store
from grantbox.store.queries import list_messages
from grantbox.watch import Watcher, heartbeat_path
from tests.factories import application_email
from tests.faultproxy import FaultProxy
from tests.mailservers import Dovecot, SmtpRelay


def wait_for(condition: Callable[[], object], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s")


@dataclass
class Watched:
    dovecot: Dovecot
    proxy: FaultProxy
    settings: Settings
    store: Store
    program: str
    applicant: str
    watcher: Watcher

    def beat(self) -> dict:
        try:
            return json.loads(heartbeat_path(self.settings).read_text())
        except (OSError, ValueError):
            return {}

    def healthy(self) -> bool:
        beat = self.beat()
        return beat.get("state") == "idle" and beat.get("error") is None and self.watcher.idling

    def mail_arrives(self, subject: str) -> None:
        raw = application_email(self.applicant, to=self.program, subject=subject)
        data = raw.as_bytes() if hasattr(raw, "as_bytes") else raw
        self.dovecot.append(self.program, data)  # straight in, not via the proxy

    def recorded(self, subject: str) -> bool:
        with self.store.sessions() as session:
            return any(m["subject"] == subject for m in list_messages(session))


@pytest.fixture
def watched(
    dovecot: Dovecot,
    smtp: SmtpRelay,
    program_mailbox: str,
    make_settings: Callable[..., Settings],
    store_for: Callable[[Settings], Store],
    sqlite_url: str,
) -> Iterator[Watched]:
    applicant, _ = dovecot.add_user(f"ada-{program_mailbox.split('@')[0]}")
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        settings = make_settings(
            imap_port=proxy.port,  # every IMAP connection of grantbox goes through the proxy
            imap_timeout=5.0,
            database_url=sqlite_url,
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtp_security="plain",
            send_recovery_seconds=0,
        )
        store = store_for(settings)
        mailbox = open_mailbox(settings)  # the empty inbox: what follows is not backlog
        try:
            run_intake(settings, store, mailbox)
        finally:
            mailbox.close()
        # Reconciliation and IDLE re-issue far away: only noticing the dead connection itself
        # can explain a quick reaction.
        watcher = Watcher(settings, store, reconcile_seconds=3600, reissue_seconds=3600)
        w = Watched(dovecot, proxy, settings, store, program_mailbox, applicant, watcher)
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()
        try:
            wait_for(lambda: watcher.idling and watcher.passes >= 1, 30)
            yield w
        finally:
            watcher.stop()
            proxy.up()  # a watcher in the middle of reconnecting finishes quickly
            thread.join(timeout=15)
        assert not thread.is_alive()


def test_a_cut_during_idle_is_an_error_at_once_and_the_outage_costs_little_cpu(watched):
    w = watched
    outage = 10.0
    cpu_before, wall_before = time.process_time(), time.monotonic()
    w.proxy.down()  # the server is gone: connections closed, new ones refused
    noticed: float | None = None
    beat: dict = {}
    try:
        while (elapsed := time.monotonic() - wall_before) < outage:
            if noticed is None and w.beat().get("state") in ("error", "reconnecting"):
                noticed, beat = elapsed, w.beat()
            time.sleep(0.1)
        cpu = time.process_time() - cpu_before
        during = w.beat()
    finally:
        w.proxy.up()
    print(f"\nnoticed the cut after {noticed} s; CPU {cpu:.2f} s in a {outage:.0f} s outage")
    assert noticed is not None and noticed < 5, (noticed, during)
    assert cpu < 2.0, f"{cpu:.2f} s of CPU in a {outage:.0f} s outage"
    assert beat["error"], beat
    assert beat["since"] <= time.time()
    for field in ("at", "passes", "last"):  # the fields monitoring already reads
        assert field in beat, beat
    # Still alive (fresh), and still telling the truth at the end of the outage.
    assert time.time() - during["at"] < 5 and during["state"] in ("error", "reconnecting"), during
    assert not w.watcher.idling

    # The server is back: mail is taken in within seconds.
    started = time.monotonic()
    w.mail_arrives("After the outage")
    wait_for(lambda: w.recorded("After the outage"), 10)
    recovered = time.monotonic() - started
    print(f"mail after the outage taken in {recovered:.2f} s after the server came back")
    wait_for(w.healthy, 5)


def test_the_reconnect_delay_starts_small_again_after_a_good_connection(watched):
    w = watched
    # A first outage, long enough for the delay to grow (1, 2, 4 s...).
    w.proxy.reject()  # listening, but every connection is reset: each attempt is timed
    wait_for(lambda: len(w.proxy.rejected_at) >= 3, 10)
    w.proxy.up()
    back = time.monotonic()
    wait_for(w.healthy, 10)
    print(f"\nreconnected {time.monotonic() - back:.2f} s after the server came back")

    # A second outage: the first retry comes after the small delay again, not after 8 s.
    w.proxy.rejected_at.clear()
    cut = time.monotonic()
    w.proxy.reject()
    wait_for(lambda: len(w.proxy.rejected_at) >= 2, 6)
    first, second = w.proxy.rejected_at[:2]
    print(f"second outage: first attempt after {first - cut:.2f} s, next {second - first:.2f} s")
    assert first - cut < 3
    assert second - first < 3
    w.proxy.up()
    wait_for(w.healthy, 10)


def test_the_reconnect_delay_doubles_and_is_capped_at_30_seconds():
    from grantbox.watch import Backoff

    backoff = Backoff()
    delays = [backoff.next() for _ in range(8)]
    assert delays == [1, 2, 4, 8, 16, 30, 30, 30]
    backoff.reset()
    assert backoff.next() == 1
