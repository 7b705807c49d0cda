"""`grantbox watch`: take mail in the moment it arrives (IMAP IDLE), and answer it.

One connection sits in IDLE on the folder; when the server announces new mail (EXISTS), the
watcher runs the same pass as `grantbox intake --send`. IDLE is re-issued every
`reissue_seconds` (`GRANTBOX_IDLE_REISSUE_MINUTES`, 24: servers drop it after 29 minutes,
RFC 2177), the connection is rebuilt after any error with backoff, and a reconciliation pass
runs every `reconcile_seconds` whatever IDLE says, because IDLE is known to go silent on some
providers. Each loop writes a heartbeat file (time, state, last pass, last error) that the
operator can check.

A connection the server closes during IDLE is an error at once: imapclient's `idle_check`
swallows the EOF and returns nothing (the socket stays readable, so a loop around it spins),
so an early, empty `idle_check` is followed by a look at the socket. A connection that goes
quiet for `quiet_seconds` (no "still here" from the server) ends its IDLE, which waits for the
server's answer under the IMAP timeout. The reconnect delay doubles from 1 s up to 30 s and
starts again at 1 s once a connection is good (IDLE established); while the server refuses
connections, the watcher knocks every second and reconnects as soon as it listens again.

A server that says BYE during IDLE has ended the session: the watcher reconnects at once (with
the same backoff). A server that answers "throttled" (Gmail's `[THROTTLED]`, Microsoft's
"Request is throttled") or `[UNAVAILABLE]` (RFC 5530), to any command or in its BYE, is left
alone longer: `GRANTBOX_IMAP_THROTTLE_WAIT_SECONDS`, doubling up to
`GRANTBOX_IMAP_THROTTLE_CAP_SECONDS`, with one log line that says so and for how long.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from grantbox.config import Settings
from grantbox.extraction import ExtractionPool
from grantbox.failures import failure_line, imap_server
from grantbox.intake import IntakeReport, extraction_pool, open_mailbox, run_intake
from grantbox.mailbox import Mailbox
from grantbox.providers import throttled
from grantbox.sender import SendReport, send_pending
from grantbox.store import Store

log = logging.getLogger(__name__)


@dataclass
class PassResult:
    intake: IntakeReport
    send: SendReport
    reason: str  # "start", "idle", "reconcile"


def take_in_and_answer(
    settings: Settings, store: Store, pool: ExtractionPool | None = None
) -> tuple[IntakeReport, SendReport]:
    """`grantbox intake --send`, on a fresh connection (and the given pool's workers)."""
    mailbox = open_mailbox(settings)
    try:
        intake = run_intake(settings, store, mailbox, pool=pool)
        return intake, send_pending(settings, store, mailbox)
    finally:
        mailbox.close()


def heartbeat_path(settings: Settings) -> Path:
    return settings.data_dir / "watch.heartbeat.json"


class ConnectionLost(ConnectionError):
    """The IMAP server closed the connection (seen during IDLE)."""


class Backoff:
    """Reconnect delays: `first`, doubling, at most `cap`; `reset()` after a good connection."""

    def __init__(self, first: float = 1.0, cap: float = 30.0) -> None:
        self.first = first
        self.cap = cap
        self._next = first

    def next(self) -> float:
        delay, self._next = self._next, min(self._next * 2, self.cap)
        return delay

    def reset(self) -> None:
        self._next = self.first


def _peer_closed(sock: socket.socket) -> bool | None:
    """True if the server closed (or reset) the connection, False if it is open, None if this
    cannot be told without reading (TLS: records can't be peeked at)."""
    if isinstance(sock, ssl.SSLSocket):
        return None
    try:
        timeout = sock.gettimeout()
        sock.settimeout(0.0)
        try:
            return sock.recv(1, socket.MSG_PEEK) == b""
        finally:
            sock.settimeout(timeout)
    except (BlockingIOError, InterruptedError):
        return False  # nothing to read: open
    except OSError:
        return True  # reset, or the socket is gone


def _refused(error: BaseException) -> bool:
    """Did `error` come from a refused connection (nothing listening: the server is down)?"""
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        if isinstance(e, ConnectionRefusedError):
            return True
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return False


def _announces_new_mail(responses: list[tuple[object, ...]]) -> bool:
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def _bye(responses: list[tuple[object, ...]]) -> str | None:
    """The server's words when it said BYE (it is closing the session), else None."""
    for r in responses:
        if r and r[0] == b"BYE":
            words = [w.decode(errors="replace") if isinstance(w, bytes) else str(w) for w in r[1:]]
            return " ".join(words) or "BYE"
    return None


class Watcher:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        reissue_seconds: float | None = None,  # None: GRANTBOX_IDLE_REISSUE_MINUTES
        reconcile_seconds: float = 60.0,
        quiet_seconds: float = 5 * 60,
        on_pass: Callable[[PassResult], None] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.reissue_seconds = (
            reissue_seconds if reissue_seconds is not None else settings.idle_reissue_minutes * 60
        )
        self.reconcile_seconds = reconcile_seconds
        self.quiet_seconds = quiet_seconds
        self.on_pass = on_pass
        self.stop_event = threading.Event()
        self.passes = 0
        self.last = ""  # what the last pass did (the heartbeat's "last")
        self.last_error: str | None = None
        self.idling = False  # in IDLE right now (for the heartbeat and for tests)
        # What the heartbeat tells: "passing", "idle", "error" (waiting to retry after a
        # failure) or "reconnecting" (trying again), and since when (time.time()).
        self.state = "starting"
        self.since = time.time()
        self.failures = 0  # attempts failed in a row
        self.retry_in: float | None = None
        self.backoff = Backoff()
        # A throttling server is given longer: its own delays, reset by a good connection.
        self.throttle_backoff = Backoff(
            settings.imap_throttle_wait_seconds,
            max(settings.imap_throttle_wait_seconds, settings.imap_throttle_cap_seconds),
        )
        self.idles = 0  # IDLE commands issued (re-issues included), for the heartbeat and tests
        self.reissues = 0  # IDLEs ended because `reissue_seconds` was up, and started again
        self.throttled = 0  # throttling answers seen
        # Kept across passes: every email is parsed in the pool, and starting its workers
        # for each new email would add most of a second to the answer.
        self.pool = extraction_pool(settings)

    def stop(self) -> None:
        self.stop_event.set()

    def _connect(self) -> IMAPClient:
        """A connection signed in as every other one is (`Mailbox.connect`: password or
        OAuth2), with the folder selected read-only."""
        s = self.settings
        mailbox = Mailbox(s)
        mailbox.connect()
        client = mailbox.client
        try:
            if b"IDLE" not in client.capabilities():
                log.warning(
                    "the IMAP server has no IDLE: polling every %ss", self.reconcile_seconds
                )
            client.select_folder(s.imap_folder, readonly=True)
        except BaseException:
            mailbox.close()
            raise
        return client

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state, self.since = state, time.time()

    def _pass(self, reason: str) -> None:
        self._set_state("passing")
        self._beat()
        intake, send = take_in_and_answer(self.settings, self.store, self.pool)
        self.passes += 1
        if self.on_pass is not None:
            self.on_pass(PassResult(intake, send, reason))
        self._beat(f"{reason}: {intake.recorded} recorded, {send.sent} sent")

    def _beat(self, last: str | None = None) -> None:
        if last is not None:
            self.last = last
        path = heartbeat_path(self.settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        beat = {
            "at": time.time(),
            "passes": self.passes,
            "last": self.last,
            "error": self.last_error,
            "state": self.state,
            "since": self.since,
            "failures": self.failures,
            "retry_in": self.retry_in if self.state == "error" else None,
        }
        tmp.write_text(json.dumps(beat))
        tmp.replace(path)

    def run(self) -> None:
        """Until `stop()`: IDLE, pass on new mail, reconcile, reconnect after errors."""
        with self.pool:
            self._run()

    def _run(self) -> None:
        while not self.stop_event.is_set():
            try:
                if self.failures:
                    self._set_state("reconnecting")
                    self._beat("reconnecting")
                self._idle_session("start" if self.passes == 0 else "reconnect")
            except Exception as e:  # a dropped connection, a server restart: try again
                self.pool.close()  # with whatever the broken pass left in it
                self.failures += 1
                self.last_error = failure_line(e, self.settings)  # names the server
                said = throttled(e)
                if said is not None:
                    self.throttled += 1
                    self.retry_in = self.throttle_backoff.next()
                    self.last_error = f"throttled by the IMAP server: {said}"
                    log.warning(
                        "watch: the IMAP server is throttling us (%s); waiting %.0fs before "
                        "trying again",
                        said,
                        self.retry_in,
                    )
                else:
                    self.retry_in = self.backoff.next()
                    log.warning("watch: %s; reconnecting in %.0fs", self.last_error, self.retry_in)
                self._set_state("error")
                self._beat("reconnecting")
                self._wait_to_retry(self.retry_in, refused=_refused(e))

    def _wait_to_retry(self, delay: float, *, refused: bool) -> None:
        """Wait `delay`; when nothing listened on the IMAP port (the server is down), knock
        every second and come back as soon as it listens again: a server restart costs
        seconds, not the whole delay, and a knock is one TCP handshake."""
        deadline = time.monotonic() + delay
        while (left := deadline - time.monotonic()) > 0:
            if self.stop_event.wait(min(1.0, left)):
                return
            if refused and self._listening():
                return
            self.retry_in = max(0.0, deadline - time.monotonic())
            self._beat()  # alive, and still in error

    def _listening(self) -> bool:
        s = self.settings
        try:
            with socket.create_connection((s.imap_host, s.resolved_imap_port), timeout=1.0):
                return True
        except OSError:
            return False

    def _connected(self) -> None:
        """The connection is good (IDLE, or polling, has started): forget the failures."""
        self.backoff.reset()
        self.throttle_backoff.reset()
        self.failures = 0
        self.retry_in = None
        self.last_error = None

    def _idle_check(self, client: IMAPClient, timeout: float) -> list[tuple[object, ...]]:
        started = time.monotonic()
        try:
            responses: list[tuple[object, ...]] = client.idle_check(timeout=timeout)
        finally:
            # idle_check leaves the socket blocking with no timeout: DONE on a dead
            # connection would wait forever.
            with contextlib.suppress(Exception):
                client.socket().settimeout(self.settings.imap_timeout)
        said = _bye(responses)
        if said is not None:
            # The server ends the session (shutting down, an admin's kick, a time limit,
            # "[UNAVAILABLE]"): reconnect rather than wait on a closing socket.
            raise ConnectionLost(f"{imap_server(self.settings)} said BYE during IDLE: {said}")
        if responses or time.monotonic() - started >= timeout / 2:
            return responses
        # Woken early with nothing: the socket was readable but gave no line. On EOF or a
        # reset imapclient returns [] (and would again at once, forever): look at the socket.
        closed = _peer_closed(client.socket())
        if closed or closed is None:
            # None (TLS): ending IDLE reads the server's answer, which fails on a dead
            # connection; on a live one the caller starts IDLE again.
            if closed:
                raise ConnectionLost(
                    f"{imap_server(self.settings)} closed the connection during IDLE"
                )
            raise _Probe
        return responses  # part of a line: the rest comes with the next check

    @contextlib.contextmanager
    def _closed_tls(self) -> Iterator[None]:
        """On TLS a dead connection is found by ending IDLE (`_Probe`): DONE written to a
        connection the server has closed fails with ssl.SSLEOFError ("EOF occurred in
        violation of protocol"), which would read as a TLS setting to fix ("check
        GRANTBOX_IMAP_SSL"). It is a closed connection, on a session that was working."""
        try:
            yield
        except (ssl.SSLEOFError, ssl.SSLZeroReturnError) as e:
            raise ConnectionLost(
                f"{imap_server(self.settings)} closed the connection during IDLE"
            ) from e

    def _take_in(self, client: IMAPClient, reason: str) -> None:
        self._pass(reason)
        # Mail that arrived during the pass is not announced to a session that was not idling
        # then (Dovecot keeps it for the next DONE or keepalive, minutes later): ask, and take
        # it in now.
        while not self.stop_event.is_set() and _announces_new_mail(client.noop()[1]):
            self._pass("idle")

    def _idle_session(self, reason: str) -> None:
        client = self._connect()
        try:
            idle_supported = b"IDLE" in client.capabilities()
            # A pass first on every (re)connection, once this session has selected the folder:
            # mail that came while we were away; what comes during the pass, NOOP tells.
            self._take_in(client, reason)
            last_pass = time.monotonic()
            while not self.stop_event.is_set():
                started = time.monotonic()
                if idle_supported:
                    client.idle()
                    self.idles += 1
                    self.idling = True
                if self.failures or self.last_error is not None:
                    self._connected()
                self._set_state("idle")
                self._beat("idle")
                arrived = False
                heard = time.monotonic()
                while not self.stop_event.is_set():
                    now = time.monotonic()
                    if now - last_pass >= self.reconcile_seconds:
                        break
                    if now - started >= self.reissue_seconds:
                        # Before the server's cut-off (29 min, RFC 2177): DONE, then IDLE
                        # again on the same connection.
                        self.reissues += 1
                        log.debug("watch: re-issuing IDLE after %.0fs", now - started)
                        break
                    if now - heard >= self.quiet_seconds:
                        break  # nothing from the server for long: DONE proves it is there
                    if idle_supported:
                        try:
                            responses = self._idle_check(client, timeout=1.0)
                        except _Probe:
                            break
                        if responses:
                            heard = time.monotonic()
                        if _announces_new_mail(responses):
                            arrived = True
                            break
                    else:
                        self.stop_event.wait(1.0)
                    self._beat("idle")
                if idle_supported:
                    self.idling = False
                    with self._closed_tls():
                        _text, responses = client.idle_done()
                    arrived = arrived or _announces_new_mail(responses)
                if self.stop_event.is_set():
                    break
                if arrived or time.monotonic() - last_pass >= self.reconcile_seconds:
                    self._take_in(client, "idle" if arrived else "reconcile")
                    last_pass = time.monotonic()
        finally:
            self.idling = False
            with contextlib.suppress(Exception):  # the connection is going away either way
                client.logout()


class _Probe(Exception):
    """End IDLE now: the server's answer to DONE tells whether the connection is alive."""
