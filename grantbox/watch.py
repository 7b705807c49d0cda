"""`grantbox watch`: take mail in the moment it arrives (IMAP IDLE), and answer it.

One connection sits in IDLE on the folder; when the server announces new mail (EXISTS), the
watcher runs the same pass as `grantbox intake --send`. IDLE is re-issued every
`reissue_seconds` (servers drop it after 29 minutes, RFC 2177), the connection is rebuilt
after any error with backoff, and a reconciliation pass runs every `reconcile_seconds`
whatever IDLE says, because IDLE is known to go silent on some providers. Each loop writes a
heartbeat file (time, last pass, last error) that the operator can check.
"""

from __future__ import annotations

import contextlib
import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from grantbox.config import Settings
from grantbox.extraction import ExtractionPool
from grantbox.intake import IntakeReport, extraction_pool, open_mailbox, run_intake
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


def _announces_new_mail(responses: list[tuple[object, ...]]) -> bool:
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


class Watcher:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        reissue_seconds: float = 20 * 60,
        reconcile_seconds: float = 60.0,
        on_pass: Callable[[PassResult], None] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.reissue_seconds = reissue_seconds
        self.reconcile_seconds = reconcile_seconds
        self.on_pass = on_pass
        self.stop_event = threading.Event()
        self.passes = 0
        self.last_error: str | None = None
        self.idling = False  # in IDLE right now (for the heartbeat and for tests)
        # Kept across passes: every email is parsed in the pool, and starting its workers
        # for each new email would add most of a second to the answer.
        self.pool = extraction_pool(settings)

    def stop(self) -> None:
        self.stop_event.set()

    def _connect(self) -> IMAPClient:
        s = self.settings
        client = IMAPClient(
            s.imap_host,
            port=s.resolved_imap_port,
            ssl=s.imap_ssl == "ssl",
            timeout=s.imap_timeout,
            ssl_context=ssl.create_default_context() if s.imap_ssl == "ssl" else None,
        )
        if s.imap_ssl == "starttls":
            client.starttls(ssl.create_default_context())
        client.login(s.imap_user, s.imap_password.get_secret_value())
        if b"IDLE" not in client.capabilities():
            log.warning("the IMAP server has no IDLE: polling every %ss", self.reconcile_seconds)
        client.select_folder(s.imap_folder, readonly=True)
        return client

    def _pass(self, reason: str) -> None:
        intake, send = take_in_and_answer(self.settings, self.store, self.pool)
        self.passes += 1
        if self.on_pass is not None:
            self.on_pass(PassResult(intake, send, reason))
        self._beat(f"{reason}: {intake.recorded} recorded, {send.sent} sent")

    def _beat(self, last: str) -> None:
        path = heartbeat_path(self.settings)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(
                {"at": time.time(), "passes": self.passes, "last": last, "error": self.last_error}
            )
        )
        tmp.replace(path)

    def run(self) -> None:
        """Until `stop()`: IDLE, pass on new mail, reconcile, reconnect after errors."""
        with self.pool:
            self._run()

    def _run(self) -> None:
        backoff = 1.0
        while not self.stop_event.is_set():
            try:
                # A pass first on every (re)connection: mail that came while we were away.
                self._pass("start" if self.passes == 0 else "reconnect")
                self._idle_session()
                backoff = 1.0
            except Exception as e:  # a dropped connection, a server restart: try again
                self.pool.close()  # with whatever the broken pass left in it
                self.last_error = f"{type(e).__name__}: {e}"
                log.warning("watch: %s; reconnecting in %.0fs", self.last_error, backoff)
                self._beat("reconnecting")
                self.stop_event.wait(backoff)
                backoff = min(backoff * 2, 60.0)

    def _idle_session(self) -> None:
        client = self._connect()
        try:
            idle_supported = b"IDLE" in client.capabilities()
            last_pass = time.monotonic()
            while not self.stop_event.is_set():
                started = time.monotonic()
                if idle_supported:
                    client.idle()
                    self.idling = True
                arrived = False
                while not self.stop_event.is_set():
                    now = time.monotonic()
                    if now - last_pass >= self.reconcile_seconds:
                        break
                    if now - started >= self.reissue_seconds:
                        break
                    if idle_supported:
                        if _announces_new_mail(client.idle_check(timeout=1.0)):
                            arrived = True
                            break
                    else:
                        self.stop_event.wait(1.0)
                    self._beat("idle")
                if idle_supported:
                    self.idling = False
                    _text, responses = client.idle_done()
                    arrived = arrived or _announces_new_mail(responses)
                if self.stop_event.is_set():
                    break
                if arrived or time.monotonic() - last_pass >= self.reconcile_seconds:
                    self._pass("idle" if arrived else "reconcile")
                    # Mail that arrived during the pass is not announced to a session that
                    # was not idling then (Dovecot keeps it for the next DONE or keepalive,
                    # minutes later): ask, and take it in now.
                    while not self.stop_event.is_set() and _announces_new_mail(client.noop()[1]):
                        self._pass("idle")
                    last_pass = time.monotonic()
                self.last_error = None
        finally:
            self.idling = False
            with contextlib.suppress(Exception):  # the connection is going away either way
                client.logout()
