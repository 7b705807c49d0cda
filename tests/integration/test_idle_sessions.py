"""Long `grantbox watch` sessions on a real Dovecot: IDLE is re-issued before the server's
cut-off (the interval shortened to 1.5 s here) on the same connection, and mail arriving after
a re-issue is still taken in at once; a BYE during IDLE is a reconnect; a server answering
"[UNAVAILABLE]" / "[THROTTLED]" is left alone for the throttling wait, with one log line each
time."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable

import pytest

from grantbox.store.queries import list_messages
from grantbox.watch import Watcher
from tests.factories import application_email
from tests.mailservers import LOOPBACK


def wait_for(condition: Callable[[], object], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {timeout} s")


@pytest.fixture
def watch_case(dovecot, smtp, program_mailbox, make_settings, store_for, sqlite_url):
    def start(**overrides: object):
        settings = make_settings(
            database_url=sqlite_url,
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtp_security="plain",
            **overrides,
        )
        store = store_for(settings)
        watcher = Watcher(settings, store, reconcile_seconds=3600)
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()
        started.append((watcher, thread))
        return watcher, store

    started: list[tuple[Watcher, threading.Thread]] = []
    yield start
    for watcher, thread in started:
        watcher.stop()
        thread.join(timeout=15)
        assert not thread.is_alive()


def _recorded(store, subject: str) -> bool:
    with store.sessions() as session:
        return any(m["subject"] == subject for m in list_messages(session))


def test_idle_is_reissued_on_time_on_the_same_connection_and_mail_is_still_seen(
    watch_case, dovecot, program_mailbox
):
    watcher, store = watch_case(idle_reissue_minutes=1.5 / 60)  # every 1.5 s
    assert watcher.reissue_seconds == pytest.approx(1.5)
    wait_for(lambda: watcher.idling, 30)
    started = time.monotonic()
    wait_for(lambda: watcher.reissues >= 3, 15)
    took = time.monotonic() - started
    assert 3.0 <= took <= 8.0, took  # three re-issues, each after about 1.5 s
    # Re-issued, not reconnected: no error, no pass beyond the first. (The fourth IDLE starts
    # just after the third re-issue is counted: a loaded machine can read in between.)
    wait_for(lambda: watcher.idles >= 4, 5)
    assert watcher.failures == 0 and watcher.last_error is None
    assert watcher.passes == 1
    # Mail arriving after the re-issues is announced to the new IDLE and taken in at once.
    dovecot.append(program_mailbox, application_email("zoe@example.net", subject="after reissue"))
    assert wait_for(lambda: _recorded(store, "after reissue"), 10) < 5
    reissued = watcher.reissues
    wait_for(lambda: watcher.reissues >= reissued + 1 and watcher.idling, 10)
    dovecot.append(program_mailbox, application_email("yan@example.net", subject="and again"))
    wait_for(lambda: _recorded(store, "and again"), 10)
    assert watcher.failures == 0


def test_bye_during_idle_is_a_reconnect(watch_case, dovecot, program_mailbox):
    watcher, store = watch_case(idle_reissue_minutes=10)
    wait_for(lambda: watcher.idling, 30)
    dovecot.kick(program_mailbox)  # Dovecot says "* BYE Server shutting down." and closes
    wait_for(lambda: watcher.last_error is not None, 10)
    assert "BYE" in (watcher.last_error or ""), watcher.last_error
    dovecot.append(program_mailbox, application_email("bo@example.net", subject="after bye"))
    wait_for(lambda: _recorded(store, "after bye"), 15)
    wait_for(lambda: watcher.idling and watcher.failures == 0, 10)


class ThrottlingFront:
    """A TCP front for Dovecot: the first `n` connections are greeted with `answer` and
    closed (a provider refusing us for now); later ones are relayed to Dovecot as they are."""

    def __init__(self, port: int, n: int, answer: bytes) -> None:
        self.target = (LOOPBACK, port)
        self.left = n
        self.answer = answer
        self.refused_at: list[float] = []
        self.listener = socket.create_server((LOOPBACK, 0))
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            if self.left > 0:
                self.left -= 1
                self.refused_at.append(time.monotonic())
                with contextlib.suppress(OSError):
                    conn.sendall(self.answer)
                conn.close()
                continue
            upstream = socket.create_connection(self.target)
            for a, b in ((conn, upstream), (upstream, conn)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.closed = True
        self.listener.close()


@pytest.mark.parametrize(
    "answer",
    [
        b"* BYE [UNAVAILABLE] Temporary System Error\r\n",
        b"* BYE [THROTTLED] Too many simultaneous connections\r\n",
    ],
)
def test_a_throttling_server_is_left_alone_for_the_throttle_wait_with_one_line_each_time(
    watch_case, dovecot, program_mailbox, caplog, answer
):
    front = ThrottlingFront(dovecot.imap_port, 2, answer)
    try:
        with caplog.at_level(logging.WARNING, logger="grantbox.watch"):
            watcher, store = watch_case(
                imap_port=front.port,
                imap_throttle_wait_seconds=1.5,
                imap_throttle_cap_seconds=3.0,
            )
            wait_for(lambda: watcher.idling, 30)
        assert watcher.throttled == 2 and watcher.failures == 0
        # Waited 1.5 s, then 3 s (doubled), not the 1 s of an ordinary reconnect.
        gaps = [b - a for a, b in zip(front.refused_at, front.refused_at[1:], strict=False)]
        assert len(gaps) == 1 and gaps[0] >= 1.4, gaps
        lines = [r.getMessage() for r in caplog.records if r.name == "grantbox.watch"]
        throttled = [line for line in lines if "throttling us" in line]
        assert len(throttled) == 2, lines
        word = answer.split(b"[")[1].split(b"]")[0].decode()
        assert all(f"[{word}]" in line for line in throttled), throttled
        assert "waiting 2s" in throttled[0] and "waiting 3s" in throttled[1], throttled
        assert not [line for line in lines if "reconnecting in" in line], lines
        dovecot.append(program_mailbox, application_email("al@example.net", subject="at last"))
        wait_for(lambda: _recorded(store, "at last"), 15)
    finally:
        front.close()
