"""The demo's embedded mail system: IMAP + SMTP on loopback, in-process, nothing to install.

`DemoMailSystem` runs, in one background thread with its own asyncio loop:

* a pymap IMAP server (pure Python, in-memory ``dict`` backend) on a free loopback port, with
  one mailbox for the program (``grants@demo.localhost``) and any number of applicant mailboxes;
* an aiosmtpd SMTP server on loopback that delivers each message straight into the recipients'
  INBOX (plus-addresses ``grants+tok@...`` land in ``grants@...``). Mail for addresses without a
  mailbox is kept in :attr:`DemoMailSystem.outbound` (nowhere else to send it).

Everything lives in memory and vanishes at exit. pymap speaks IMAP4rev1 with UIDPLUS, MOVE,
IDLE and BINARY, but not CONDSTORE/QRESYNC/SPECIAL-USE: the Sent folder is plain ``Sent``
(configure ``GRANTBOX_SENT_FOLDER=Sent``, which is the default). Passwords are plain LOGIN
without TLS, acceptable only because both servers listen on loopback.

    with DemoMailSystem(applicants=["ada@applicants.localhost"]) as mail:
        settings = load_settings(**mail.settings_overrides())
        ...
        mail.messages("ada@applicants.localhost")   # what the applicant received
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import threading
import time
from argparse import Namespace
from collections.abc import Coroutine, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import imapclient
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from proxyprotocol.reader import ProxyProtocolReader
from pymap.backend.dict import Config as _DictConfig
from pymap.backend.dict import Identity, Login
from pymap.imap import IMAPServer
from pymap.parsing.message import AppendMessage
from pymap.user import Passwords, UserMetadata
from pysasl.hashing import BuiltinHash

__all__ = ["DemoMailSystem", "OutboundMessage"]

_T = TypeVar("_T")
LOOPBACK = "127.0.0.1"


class _Config(_DictConfig):
    @property
    def greeting(self) -> bytes:
        # The default calls socket.getfqdn(), a DNS lookup that can hang on a closed network.
        return b"grantbox demo mail ready"


@dataclass
class OutboundMessage:
    """A message the SMTP server accepted, with who got it locally and who did not."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    delivered: list[str] = field(default_factory=list)
    undelivered: list[str] = field(default_factory=list)  # no such mailbox here


class _SmtpHandler:
    def __init__(self, system: DemoMailSystem) -> None:
        self.system = system

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        message = OutboundMessage(envelope.mail_from or "", list(envelope.rcpt_tos), content)
        for rcpt in message.rcpt_tos:
            address = self.system._mailbox_for(rcpt)
            if address is None:
                message.undelivered.append(rcpt)
                continue
            await self.system._append_local(address, "INBOX", _with_trace(content, rcpt))
            message.delivered.append(rcpt)
        with self.system._lock:
            self.system.envelopes.append(message)
        return "250 OK: delivered"


def _with_trace(content: bytes, rcpt: str) -> bytes:
    """Prepend Delivered-To like a real MDA, so the reader can see which address it came to."""
    return f"Delivered-To: {rcpt}\r\n".encode() + content


class DemoMailSystem:
    """In-process IMAP (pymap) + SMTP (aiosmtpd) servers on loopback for the demo.

    Attributes after :meth:`start` (or entering the ``with`` block): :attr:`imap_host`,
    :attr:`imap_port`, :attr:`smtp_host`, :attr:`smtp_port`, :attr:`user` and
    :attr:`password` (the program's mailbox), :attr:`mailboxes` (address -> password of every
    mailbox, the program's included), :attr:`envelopes` (everything SMTP accepted) and
    :attr:`outbound` (messages with recipients that have no mailbox here).
    """

    def __init__(
        self,
        *,
        user: str = "grants@demo.localhost",
        password: str | None = None,
        applicants: Iterable[str] = (),
        host: str = LOOPBACK,
        imap_port: int = 0,
        smtp_port: int = 0,
    ) -> None:
        self.user = user.lower()
        self.password = password or secrets.token_urlsafe(12)
        self._initial = [(self.user, self.password)] + [(a.lower(), None) for a in applicants]
        self._host = host
        self._want_imap_port = imap_port
        self._want_smtp_port = smtp_port
        self.imap_port = 0
        self.smtp_port = 0
        self.mailboxes: dict[str, str] = {}
        self.envelopes: list[OutboundMessage] = []
        self.startup_seconds: float | None = None
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._servers: list[asyncio.AbstractServer] = []
        self._config: _Config | None = None
        self._login: Login | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> DemoMailSystem:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> DemoMailSystem:
        if self._loop is not None:
            return self
        started = time.monotonic()
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(
            target=self._run_loop, args=(loop,), name="grantbox-devmail", daemon=True
        )
        self._thread.start()
        try:
            self._call(self._astart())
            for address, password in self._initial:
                self.add_mailbox(address, password)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None:
            return
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._astop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout=10)
        if not loop.is_running():
            loop.close()
        self._loop = self._thread = None
        self._servers = []

    @staticmethod
    def _run_loop(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        loop.run_forever()

    def _call(self, coro: Coroutine[Any, Any, _T], timeout: float = 30.0) -> _T:
        if self._loop is None:
            coro.close()
            raise RuntimeError("DemoMailSystem is not running")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=timeout)

    async def _astart(self) -> None:
        args = Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None, debug=False)
        config = _Config(
            args,
            host=self._host,
            port=self._want_imap_port,
            demo_data=False,
            demo_user=self.user,
            demo_password=self.password,
            tls_enabled=False,  # allow LOGIN without STARTTLS (loopback only)
            reject_dnsbl=False,
            invalid_user_sleep=0.05,
            # pysasl's default is 500,000 PBKDF2 rounds: 0.25 s of CPU per LOGIN. These are
            # random throwaway passwords of an in-memory, loopback-only demo.
            hash_context=BuiltinHash(rounds=1000),
        )
        config.apply_context()
        self._config = config
        self._login = Login(config)
        imap_cb = ProxyProtocolReader(config.proxy_protocol).get_callback(
            IMAPServer(self._login, config)
        )
        imap = await asyncio.start_server(imap_cb, self._host, self._want_imap_port)
        self._servers.append(imap)
        self.imap_port = int(imap.sockets[0].getsockname()[1])

        handler = _SmtpHandler(self)
        loop = asyncio.get_running_loop()
        smtp = await loop.create_server(
            lambda: SMTP(
                handler,
                hostname="demo.localhost",
                enable_SMTPUTF8=True,
                auth_require_tls=False,
                authenticator=self._smtp_authenticator,
            ),
            self._host,
            self._want_smtp_port,
        )
        self._servers.append(smtp)
        self.smtp_port = int(smtp.sockets[0].getsockname()[1])

    async def _astop(self) -> None:
        for server in self._servers:
            server.close()
        current = asyncio.current_task()
        tasks = [t for t in asyncio.all_tasks() if t is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._config is not None:
            executor = getattr(self._config.cpu_subsystem, "_executor", None)
            if executor is not None:
                executor.shutdown(wait=False)

    # -- properties --------------------------------------------------------------------------

    @property
    def imap_host(self) -> str:
        return self._host

    @property
    def smtp_host(self) -> str:
        return self._host

    @property
    def outbound(self) -> list[OutboundMessage]:
        """Accepted messages with at least one recipient that has no mailbox here."""
        with self._lock:
            return [e for e in self.envelopes if e.undelivered]

    def settings_overrides(self) -> dict[str, Any]:
        """Keyword arguments for ``grantbox.config.load_settings`` pointing at these servers."""
        return {
            "imap_host": self.imap_host,
            "imap_port": self.imap_port,
            "imap_user": self.user,
            "imap_password": self.password,
            "imap_ssl": "plain",
            "sent_folder": "Sent",
            "smtp_host": self.smtp_host,
            "smtp_port": self.smtp_port,
            "smtp_security": "plain",
            "from_address": self.user,
        }

    def environ(self) -> dict[str, str]:
        """The same as ``GRANTBOX_*`` environment variables (for a subprocess)."""
        return {f"GRANTBOX_{k.upper()}": str(v) for k, v in self.settings_overrides().items()}

    # -- mailboxes ---------------------------------------------------------------------------

    def add_mailbox(self, address: str, password: str | None = None) -> tuple[str, str]:
        """Create a mailbox (INBOX + Sent); returns ``(address, password)``. Idempotent."""
        address = address.lower()
        with self._lock:
            if address in self.mailboxes:
                return address, self.mailboxes[address]
        password = password or secrets.token_urlsafe(12)
        self._call(self._acreate_user(address, password))
        with self._lock:
            self.mailboxes[address] = password
        return address, password

    async def _acreate_user(self, address: str, password: str) -> None:
        assert self._config is not None and self._login is not None
        self._config.apply_context()
        hashed = await Passwords(self._config).hash_password(password)
        identity = Identity(address, self._login, None, frozenset())
        await identity.set(UserMetadata(self._config, address, password=hashed))
        async with identity.new_session() as session:
            await session.mailbox_set.add_mailbox("Sent")

    def _mailbox_for(self, rcpt: str) -> str | None:
        address = rcpt.lower()
        with self._lock:
            if address in self.mailboxes:
                return address
            base = re.sub(r"\+[^@]*@", "@", address, count=1)
            return base if base in self.mailboxes else None

    async def _append_local(self, address: str, folder: str, raw: bytes) -> int:
        assert self._config is not None and self._login is not None
        self._config.apply_context()
        identity = Identity(address, self._login, None, frozenset())
        async with identity.new_session() as session:
            append_uid, _ = await session.append_messages(
                folder, [AppendMessage(raw, datetime.now(UTC))]
            )
        return next(iter(append_uid.uids))

    def deliver(self, raw: bytes, to: Sequence[str], mail_from: str = "") -> OutboundMessage:
        """Deliver as if through SMTP (without a socket): into each recipient's INBOX."""
        from types import SimpleNamespace

        envelope = SimpleNamespace(
            mail_from=mail_from, rcpt_tos=list(to), original_content=raw, content=raw
        )
        self._call(_SmtpHandler(self).handle_DATA(None, None, envelope))
        with self._lock:
            return self.envelopes[-1]

    def _smtp_authenticator(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        """AUTH is optional; when a client uses it, any mailbox's credentials are accepted."""
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode(errors="replace").lower()
            password = auth_data.password.decode(errors="replace")
            with self._lock:
                ok = self.mailboxes.get(login) == password
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    # -- IMAP helpers (a real IMAP session, from the caller's thread) --------------------------

    def imap_client(self, address: str | None = None) -> imapclient.IMAPClient:
        """A logged-in IMAPClient for ``address`` (default: the program's mailbox)."""
        address = (address or self.user).lower()
        client = imapclient.IMAPClient(self.imap_host, self.imap_port, ssl=False, timeout=10)
        try:
            client.login(address, self.mailboxes[address])
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    @contextlib.contextmanager
    def session(self, address: str | None = None) -> Iterator[imapclient.IMAPClient]:
        client = self.imap_client(address)
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(
        self,
        address: str | None,
        raw: bytes,
        folder: str = "INBOX",
        *,
        flags: Sequence[str] = (),
    ) -> int:
        """APPEND over IMAP; returns the UID."""
        with self.session(address) as client:
            response = client.append(folder, raw, flags=tuple(flags))
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        if match:
            return int(match.group(1))
        raise RuntimeError(f"no APPENDUID in {response!r}")

    def messages(self, address: str | None = None, folder: str = "INBOX") -> list[bytes]:
        """Every message of ``folder`` in UID order, fetched with BODY.PEEK[]."""
        with self.session(address) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return []
            data = client.fetch(uids, ["BODY.PEEK[]"])
            return [bytes(data[uid][b"BODY[]"]) for uid in sorted(data)]
