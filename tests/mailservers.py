"""Real mail servers for integration tests: a private Dovecot, an SMTP relay into it, PostgreSQL.

Nothing here is a test; import it from tests (``from tests.mailservers import Dovecot``).

* :class:`Dovecot` runs ``/usr/sbin/dovecot -F`` with its own generated config on free loopback
  ports (IMAP without TLS, LMTP over TCP), a passwd-file, Maildir storage and every state/run
  directory under one temp dir. Debian 12 ships Dovecot 2.3 (``dovecot-imapd`` +
  ``dovecot-lmtpd``; ``scripts/install-system-deps.sh`` installs them).
* :class:`SmtpRelay` is an aiosmtpd server that delivers each accepted message into the
  recipients' Dovecot INBOX over LMTP, records everything it accepted, and can inject failures.
* Both speak TLS with a test CA (:class:`tests.tlsca.TestCA`): ``Dovecot(tls=ca)`` offers
  STARTTLS on the imap port and implicit TLS on ``imaps_port``; ``SmtpRelay(tls=ca)`` offers
  STARTTLS on ``port`` and implicit TLS on ``ssl_port``. Without ``tls`` both stay plain text.
* Both take an OAuth2 authorization server (:class:`tests.oauthserver.OAuthServer`):
  ``Dovecot(oauth2=auth)`` adds XOAUTH2 and OAUTHBEARER through Dovecot's own
  ``passdb { driver = oauth2 }`` (token introspection over HTTP); ``SmtpRelay(oauth=auth)``
  accepts AUTH XOAUTH2 / OAUTHBEARER checked against the same server.
* :func:`postgres_url` creates a fresh uniquely named PostgreSQL database and returns its
  SQLAlchemy URL; :func:`drop_postgres_database` drops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import grp
import os
import pwd
import re
import secrets
import shutil
import signal
import smtplib
import socket
import subprocess
import tempfile
import threading
import time
import uuid
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import imapclient

if TYPE_CHECKING:
    from tests.oauthserver import OAuthServer
    from tests.tlsca import TestCA

Security = Literal["plain", "ssl", "starttls"]

__all__ = [
    "Dovecot",
    "DovecotUnavailable",
    "Envelope",
    "SmtpRelay",
    "dovecot_available",
    "drop_postgres_database",
    "free_port",
    "postgres_available",
    "postgres_database",
    "postgres_url",
    "wait_for_port",
]

LOOPBACK = "127.0.0.1"
DOVECOT_BIN = "/usr/sbin/dovecot"
DOVEADM_BIN = "/usr/bin/doveadm"
DOVECOT_LMTP_BIN = "/usr/lib/dovecot/lmtp"
KEEP_ENV = "GRANTBOX_KEEP_MAILSERVERS"  # set to 1 to keep the temp dir (config, log, Maildirs)


# --------------------------------------------------------------------------------------- ports


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port that was free a moment ago (bind to port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(
    host: str,
    port: int,
    timeout: float = 10.0,
    *,
    greeting: bytes | None = None,
    alive: Any = None,
) -> None:
    """Poll until ``host:port`` accepts a connection (and sends ``greeting``, if given).

    ``alive`` is an optional callable; when it returns False the wait fails at once (the server
    process died).
    """
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if alive is not None and not alive():
            raise RuntimeError(f"server for {host}:{port} exited during startup")
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                if greeting is None:
                    return
                sock.settimeout(max(0.1, deadline - time.monotonic()))
                data = b""
                while b"\n" not in data:
                    chunk = sock.recv(1024)
                    if not chunk:
                        break
                    data += chunk
                if data.startswith(greeting):
                    return
                last_error = RuntimeError(f"unexpected greeting {data!r}")
        except OSError as exc:
            last_error = exc
        time.sleep(0.005)
    raise TimeoutError(f"{host}:{port} not ready after {timeout}s: {last_error}")


# ------------------------------------------------------------------------------------- Dovecot


class DovecotUnavailable(RuntimeError):
    """Dovecot (or its LMTP server) is not installed; run scripts/install-system-deps.sh."""


def dovecot_version() -> tuple[int, ...]:
    out = subprocess.run(
        [DOVECOT_BIN, "--version"], capture_output=True, text=True, check=True, timeout=10
    ).stdout
    match = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", out.strip())
    if not match:
        raise DovecotUnavailable(f"cannot parse `dovecot --version`: {out!r}")
    return tuple(int(g) for g in match.groups() if g is not None)


def dovecot_available() -> bool:
    """True if Dovecot 2.3 with IMAP and LMTP is installed here."""
    if not (os.path.exists(DOVECOT_BIN) and os.path.exists(DOVECOT_LMTP_BIN)):
        return False
    try:
        return dovecot_version()[:2] == (2, 3)
    except (OSError, subprocess.SubprocessError, DovecotUnavailable):
        return False


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _world_traversable(path: Path) -> bool:
    return all(os.stat(p).st_mode & 0o001 for p in [path, *path.parents])


_INBOX_INDEX_FILES = re.compile(r"^(dovecot-uidlist|dovecot\.index.*|dovecot\.list\.index.*)$")


class Dovecot:
    """A private Dovecot 2.3 instance (IMAP + LMTP on loopback) for one test session.

    Usage::

        with Dovecot() as dc:
            address, password = dc.add_user("applicant1")   # applicant1@example.test
            uid = dc.append("applicant1", raw_bytes)          # into INBOX
            client = dc.imap_client("applicant1")             # logged-in IMAPClient
            dc.messages("applicant1")                         # [raw bytes, ...] in UID order

    Users are the full addresses; a bare name gets ``@<domain>``. Plus-addressing works:
    mail to ``grants+tok@example.test`` is delivered to ``grants@example.test``'s INBOX.
    Every mailbox has ``Sent`` (\\Sent, auto-subscribed), ``Drafts`` and ``Trash``.

    OAuth2: with ``oauth2=auth`` (an :class:`tests.oauthserver.OAuthServer`, started before
    :meth:`start`) or ``oauth2_introspection_url=...`` Dovecot also offers XOAUTH2 and
    OAUTHBEARER (``auth_mechanisms = plain login xoauth2 oauthbearer``) through a
    ``passdb { driver = oauth2 }`` that POSTs each presented token to the introspection
    endpoint (``dovecot-oauth2.conf.ext`` under :attr:`root`). The token's ``username`` must
    be the login name; password logins keep working for the same users. No auth cache: an
    expired or revoked token is refused at once. ``oauth2_scope`` makes Dovecot also require
    that scope in the token. A user still needs :meth:`add_user` (the userdb is the
    passwd-file)::

        with OAuthServer() as auth, Dovecot(oauth2=auth) as dc:
            address, _ = dc.add_user("grants")
            client = dc.oauth2_client(address, auth.issue_access_token(address))

    TLS: with ``tls=ca`` (a :class:`tests.tlsca.TestCA`) Dovecot has ``ssl = yes`` with the
    CA's server certificate (for 127.0.0.1 and localhost): the imap port offers STARTTLS
    (LOGIN still works without it, as before) and :attr:`imaps_port` is implicit TLS. A
    client trusts it with ``SSL_CERT_FILE=ca.ca_file``; ``imap_client(user,
    security="ssl"|"starttls")`` trusts the CA by itself. The helpers (:meth:`append`,
    :meth:`messages`, ...) keep using the plain port.
    """

    def __init__(
        self,
        *,
        domain: str = "example.test",
        base_dir: str | os.PathLike[str] | None = None,
        startup_timeout: float = 10.0,
        oauth2: OAuthServer | None = None,
        oauth2_introspection_url: str | None = None,
        oauth2_scope: str | None = None,
        tls: TestCA | None = None,
    ) -> None:
        self.domain = domain
        self.tls = tls
        self.oauth2 = oauth2
        self._oauth2_introspection_url = oauth2_introspection_url
        self.oauth2_scope = oauth2_scope
        self.startup_timeout = startup_timeout
        self._base_dir = Path(base_dir) if base_dir is not None else None
        self._proc: subprocess.Popen[bytes] | None = None
        self._root: Path | None = None
        self._imap_port = 0
        self._imaps_port = 0
        self._lmtp_port = 0
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self.startup_seconds: float | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Dovecot:
        if self._proc is not None:
            return self
        if not os.path.exists(DOVECOT_BIN):
            raise DovecotUnavailable(
                f"{DOVECOT_BIN} not found: run scripts/install-system-deps.sh "
                "(dovecot-imapd dovecot-lmtpd)"
            )
        if not os.path.exists(DOVECOT_LMTP_BIN):
            raise DovecotUnavailable(
                f"{DOVECOT_LMTP_BIN} not found: apt-get install dovecot-lmtpd "
                "(or run scripts/install-system-deps.sh)"
            )
        version = dovecot_version()
        if version[:2] != (2, 3):
            raise DovecotUnavailable(
                f"Dovecot {'.'.join(map(str, version))} found; tests/mailservers.py writes a "
                "Dovecot 2.3 config (Debian 12). Dovecot 2.4 changed the config syntax."
            )
        started = time.monotonic()
        self._root = self._make_root()
        last_error: Exception | None = None
        for _attempt in range(3):  # a "free" port can be taken between probing and binding
            ports: set[int] = set()
            while len(ports) < (3 if self.tls is not None else 2):
                ports.add(free_port())
            self._imap_port, self._lmtp_port, *rest = ports
            self._imaps_port = rest[0] if rest else 0
            self._write_config()
            try:
                self._spawn()
                break
            except Exception as exc:
                last_error = exc
                self._kill()
        else:
            raise RuntimeError(f"Dovecot failed to start: {last_error}\n{self.log_tail()}")
        self.startup_seconds = time.monotonic() - started
        return self

    def stop(self) -> None:
        self._kill()
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        if self._root is not None and not os.environ.get(KEEP_ENV):
            shutil.rmtree(self._root, ignore_errors=True)
        self._root = None

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            _terminate(proc)

    def _make_root(self) -> Path:
        base = self._base_dir or Path(tempfile.gettempdir())
        base = base.resolve()
        if os.geteuid() == 0 and not _world_traversable(base):
            # Dovecot's auth (user dovecot), login (dovenull) and mail (mail) processes must
            # traverse every parent, else LOGIN fails with "Temporary authentication failure".
            if _world_traversable(Path("/tmp")):
                base = Path("/tmp")
            else:
                raise RuntimeError(f"{base} (or a parent) is not world-traversable (o+x)")
        root = Path(tempfile.mkdtemp(prefix="grantbox-dovecot-", dir=base))
        root.chmod(0o755)
        home = root / "home"
        home.mkdir(mode=0o755)
        uid, gid = self._mail_ids()
        if os.geteuid() == 0:
            os.chown(home, uid, gid)
        # One passwd-file per user: Dovecot re-stats a passwd-file at most once a second, so
        # a user appended to a shared file right after a lookup stays invisible for up to 1 s.
        (root / "users").mkdir(mode=0o755)
        return root

    @staticmethod
    def _process_users() -> tuple[str, str, str]:
        """(default_internal_user, default_internal_group, default_login_user)."""
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid()).pw_name
            return me, grp.getgrgid(os.getegid()).gr_name, me
        internal = "dovecot" if _user_exists("dovecot") else "nobody"
        login = "dovenull" if _user_exists("dovenull") else "nobody"
        group = grp.getgrgid(pwd.getpwnam(internal).pw_gid).gr_name
        return internal, group, login

    @staticmethod
    def _mail_ids() -> tuple[int, int]:
        """uid/gid that owns the Maildirs. Dovecot refuses uid 0 for mail access."""
        if os.geteuid() != 0:
            return os.geteuid(), os.getegid()
        for name in ("mail", "nobody"):
            with contextlib.suppress(KeyError):
                entry = pwd.getpwnam(name)
                return entry.pw_uid, entry.pw_gid
        return 65534, 65534

    def _write_config(self) -> None:
        root = self.root
        internal_user, internal_group, login_user = self._process_users()
        mail_uid, mail_gid = self._mail_ids()
        not_root = os.geteuid() != 0
        chroot = "  chroot =\n" if not_root else ""
        introspection_url = self.oauth2_introspection_url
        oauth2 = introspection_url is not None
        mechanisms = "plain login xoauth2 oauthbearer" if oauth2 else "plain login"
        password_mechanisms = "  mechanisms = plain login\n" if oauth2 else ""
        imaps = (
            f"    address = {LOOPBACK}\n    port = {self._imaps_port}\n    ssl = yes\n"
            if self.tls is not None
            else "    port = 0\n"
        )
        config = f"""\
# Generated by tests/mailservers.py for one test session. Dovecot 2.3.
protocols = imap lmtp
listen = {LOOPBACK}
base_dir = {root}/run
state_dir = {root}/state
instance_name = grantbox-test-{uuid.uuid4().hex[:8]}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
hostname = mail.{self.domain}
postmaster_address = postmaster@{self.domain}
{self._ssl_settings()}disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
auth_cache_size = 0
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {mail_uid}
first_valid_gid = 0
mail_location = maildir:~/Maildir
mail_fsync = never
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
mail_max_userip_connections = 1000

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}

passdb {{
  driver = passwd-file
{password_mechanisms}  args = scheme=PLAIN username_format=%Lu {root}/users/%Lu
}}
userdb {{
  driver = passwd-file
  args = username_format=%Lu {root}/users/%Lu
  default_fields = uid={mail_uid} gid={mail_gid} home={root}/home/%Lu
}}

service imap-login {{
{chroot}  inet_listener imap {{
    address = {LOOPBACK}
    port = {self._imap_port}
  }}
  inet_listener imaps {{
{imaps}  }}
}}
# No auth penalty: after a failed LOGIN, anvil would delay every later LOGIN from 127.0.0.1 by
# 2-15 s. Auth disables the penalty when it can't reach this socket; mode 0 disables it.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{chroot}}}
service lmtp {{
  inet_listener lmtp {{
    address = {LOOPBACK}
    port = {self._lmtp_port}
  }}
}}
"""
        if not_root:
            config += "service imap-urlauth-login {\n  chroot =\n}\n"
        if introspection_url is not None:
            config += _oauth2_passdb(root, introspection_url, self.oauth2_scope)
        (root / "dovecot.conf").write_text(config)

    def _ssl_settings(self) -> str:
        """``ssl = no``, or with ``tls``: TLS on (STARTTLS on the imap port, implicit TLS on
        the imaps port) with the CA's server certificate, read by the master at start."""
        if self.tls is None:
            return "ssl = no\n"
        return (
            "ssl = yes\n"
            f"ssl_cert = <{self.tls.cert_file}\n"
            f"ssl_key = <{self.tls.key_file}\n"
            "ssl_min_protocol = TLSv1.2\n"
        )

    @property
    def oauth2_introspection_url(self) -> str | None:
        """The URL Dovecot's oauth2 passdb POSTs tokens to (None: no OAuth2). It may carry the
        resource server's credentials (HTTP Basic): don't log it."""
        if self._oauth2_introspection_url is not None:
            return self._oauth2_introspection_url
        if self.oauth2 is not None:
            return self.oauth2.mail_introspect_url_with_credentials()
        return None

    def _spawn(self) -> None:
        root = self.root
        log = open(root / "dovecot.stderr", "ab")  # noqa: SIM115 - kept by the child
        try:
            self._proc = subprocess.Popen(
                [DOVECOT_BIN, "-F", "-c", str(root / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                start_new_session=True,  # ^C in the terminal doesn't hit it mid-test
            )
        finally:
            log.close()
        proc = self._proc
        self._finalizer = weakref.finalize(self, _terminate, proc)
        timeout = self.startup_timeout
        wait_for_port(
            LOOPBACK, self._imap_port, timeout, greeting=b"* OK", alive=lambda: proc.poll() is None
        )
        wait_for_port(
            LOOPBACK, self._lmtp_port, timeout, greeting=b"220", alive=lambda: proc.poll() is None
        )
        if self._imaps_port:
            wait_for_port(LOOPBACK, self._imaps_port, timeout, alive=lambda: proc.poll() is None)

    # -- properties --------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return LOOPBACK

    @property
    def imap_port(self) -> int:
        self._require_running()
        return self._imap_port

    @property
    def imaps_port(self) -> int:
        """The implicit-TLS IMAP port (only with ``tls``)."""
        self._require_running()
        if not self._imaps_port:
            raise RuntimeError("Dovecot was started without tls: no imaps port")
        return self._imaps_port

    @property
    def lmtp_port(self) -> int:
        self._require_running()
        return self._lmtp_port

    @property
    def root(self) -> Path:
        if self._root is None:
            raise RuntimeError("Dovecot is not started")
        return self._root

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def users(self) -> dict[str, str]:
        """address -> password of every user added so far."""
        return dict(self._users)

    def _require_running(self) -> None:
        if self._proc is None or self._proc.poll() is not None:
            raise RuntimeError("Dovecot is not running")

    def log_tail(self, lines: int = 40) -> str:
        out = []
        for name in ("dovecot.log", "dovecot.stderr"):
            path = (self._root or Path("/nonexistent")) / name
            if path.exists():
                out.extend(path.read_text(errors="replace").splitlines()[-lines:])
        return "\n".join(out)

    # -- users -------------------------------------------------------------------------------

    def address(self, user: str) -> str:
        """``name`` -> ``name@domain``; a full address is returned lower-cased."""
        return (user if "@" in user else f"{user}@{self.domain}").lower()

    def password(self, user: str) -> str:
        return self._users[self.address(user)]

    def add_user(self, name: str, password: str | None = None) -> tuple[str, str]:
        """Create a mailbox user at runtime; returns ``(address, password)``.

        Dovecot re-reads the passwd-file when it changes, so the user can log in and receive
        LMTP mail immediately (no reload). Adding an existing user returns its credentials.
        """
        address = self.address(name)
        with self._lock:
            if address in self._users:
                return address, self._users[address]
            if password is None:
                password = secrets.token_urlsafe(12)
            if any(c in password for c in ":\n") or any(c in address for c in ":\n"):
                raise ValueError("':' and newlines are not allowed in passwd-file fields")
            if "/" in address or address.startswith("."):
                raise ValueError(f"bad address {address!r}")
            path = self.root / "users" / address
            tmp = path.with_name(f".{address}.tmp")
            tmp.write_text(f"{address}:{{PLAIN}}{password}::::::\n")
            tmp.chmod(0o644)  # read by the auth process (user dovecot)
            tmp.replace(path)
            self._users[address] = password
        return address, password

    # -- IMAP helpers ------------------------------------------------------------------------

    def imap_client(
        self, user: str, *, timeout: float = 10.0, security: Security = "plain"
    ) -> imapclient.IMAPClient:
        """A logged-in :class:`imapclient.IMAPClient` (plain IMAP on loopback; with ``tls``
        also ``security="ssl"`` on the imaps port or ``"starttls"``, trusting the test CA
        only). Log it out."""
        address = self.address(user)
        client = self._connect_client(security, timeout)
        try:
            client.login(address, self._users[address])
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def oauth2_client(
        self,
        user: str,
        access_token: str,
        *,
        mechanism: Literal["XOAUTH2", "OAUTHBEARER"] = "XOAUTH2",
        timeout: float = 10.0,
    ) -> imapclient.IMAPClient:
        """An :class:`imapclient.IMAPClient` signed in with an OAuth2 access token
        (``oauth2_login`` for XOAUTH2, ``oauthbearer_login`` for OAUTHBEARER). Log it out.
        ``user`` is sent as given when it is a full address (no lower-casing)."""
        login = user if "@" in user else self.address(user)
        client = self._connect_client("plain", timeout)
        try:
            if mechanism == "XOAUTH2":
                client.oauth2_login(login, access_token)
            else:
                client.oauthbearer_login(login, access_token)
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def _connect_client(self, security: Security, timeout: float) -> imapclient.IMAPClient:
        if security == "plain":
            return imapclient.IMAPClient(self.host, self.imap_port, ssl=False, timeout=timeout)
        if self.tls is None:
            raise RuntimeError(f"security={security!r} needs Dovecot(tls=TestCA(...))")
        context = self.tls.client_context()
        if security == "ssl":
            return imapclient.IMAPClient(
                self.host, self.imaps_port, ssl=True, ssl_context=context, timeout=timeout
            )
        client = imapclient.IMAPClient(self.host, self.imap_port, ssl=False, timeout=timeout)
        try:
            client.starttls(context)
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    @contextlib.contextmanager
    def session(self, user: str) -> Iterator[imapclient.IMAPClient]:
        client = self.imap_client(user)
        try:
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(
        self,
        user: str,
        raw: bytes,
        folder: str = "INBOX",
        *,
        flags: Sequence[str | bytes] = (),
        msg_time: datetime | None = None,
    ) -> int:
        """APPEND ``raw`` to ``folder``; returns the new message's UID."""
        with self.session(user) as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        if not match:
            raise RuntimeError(f"no APPENDUID in {response!r}")
        return int(match.group(1))

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every message in ``folder`` in UID order, read with BODY.PEEK[] (no \\Seen set)."""
        return [raw for _uid, _flags, raw in self.fetch_all(user, folder)]

    def fetch_all(
        self, user: str, folder: str = "INBOX"
    ) -> list[tuple[int, tuple[bytes, ...], bytes]]:
        """``[(uid, flags, raw), ...]`` in UID order, without setting \\Seen."""
        with self.session(user) as client:
            client.select_folder(folder, readonly=True)
            return _fetch_all(client)

    def status(self, user: str, folder: str = "INBOX") -> dict[str, int]:
        """STATUS of ``folder``: MESSAGES, UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ."""
        with self.session(user) as client:
            raw = client.folder_status(
                folder, ["MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "HIGHESTMODSEQ"]
            )
        return {k.decode(): int(v) for k, v in raw.items()}

    def wait_for_messages(
        self, user: str, count: int, folder: str = "INBOX", timeout: float = 10.0
    ) -> list[bytes]:
        """Poll until ``folder`` holds at least ``count`` messages; return them all."""
        deadline = time.monotonic() + timeout
        while True:
            if self.status(user, folder)["MESSAGES"] >= count or time.monotonic() > deadline:
                found = self.messages(user, folder)
                if len(found) < count:
                    raise TimeoutError(f"{user}/{folder}: {len(found)} of {count} messages")
                return found
            time.sleep(0.02)

    def maildir(self, user: str, folder: str = "INBOX") -> Path:
        """Filesystem path of a folder's Maildir (Maildir++ layout: sub-folders are ``.Name``)."""
        base = self.root / "home" / self.address(user) / "Maildir"
        if folder.upper() == "INBOX":
            return base
        return base / ("." + folder.replace("/", "."))

    def doveadm(self, *args: str) -> str:
        """Run ``doveadm -c <our config> ARGS`` and return stdout (as root it needs no auth)."""
        result = subprocess.run(
            [DOVEADM_BIN, "-c", str(self.root / "dovecot.conf"), *args],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if result.returncode != 0:
            raise RuntimeError(f"doveadm {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def kick(self, user: str, attempts: int = 10) -> None:
        """Drop every IMAP session of ``user`` (as a server restart or a provider would).
        doveadm fails (silently) when it finds no session: a session that is being set up
        right now is tried again a moment later."""
        for attempt in range(attempts):
            try:
                self.doveadm("kick", self.address(user))
                return
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.2)

    def reset_uidvalidity(self, user: str, folder: str = "INBOX") -> tuple[int, int]:
        """Make ``folder`` look like a different mailbox to clients: a new UIDVALIDITY with the
        same messages (same bytes, flags and INTERNALDATE) renumbered from UID 1.

        Returns ``(old_uidvalidity, new_uidvalidity)``. Log out other IMAP sessions on that
        folder first (a live session on INBOX sees its index vanish and is disconnected).
        """
        address = self.address(user)
        with self.session(address) as client:
            old = int(client.select_folder(folder)[b"UIDVALIDITY"])
            saved = _fetch_all(client, with_date=True)
            if folder.upper() == "INBOX":
                if saved:
                    client.delete_messages([uid for uid, *_ in saved])
                    client.expunge()
            else:
                client.close_folder()
                client.delete_folder(folder)
                with contextlib.suppress(imapclient.exceptions.IMAPClientError):
                    client.create_folder(folder)  # auto=subscribe folders reappear by themselves
        if folder.upper() == "INBOX":
            # INBOX can't be deleted: drop its (now empty) index and uidlist so Dovecot
            # starts it afresh with a new UIDVALIDITY and UIDs from 1.
            base = self.maildir(address)
            for path in base.iterdir():
                if path.is_file() and _INBOX_INDEX_FILES.match(path.name):
                    path.unlink()
        with self.session(address) as client:
            new = int(client.select_folder(folder)[b"UIDVALIDITY"])
            if new <= old:
                self.doveadm(
                    "mailbox", "update", "-u", address, "--uid-validity", str(old + 1), folder
                )
                new = old + 1
            for _uid, flags, raw, when in saved:
                keep = tuple(f for f in flags if f.lower() != b"\\recent")
                client.append(folder, raw, flags=keep, msg_time=when)
            new = int(client.select_folder(folder)[b"UIDVALIDITY"])
        if new == old:
            raise RuntimeError(f"UIDVALIDITY of {address}/{folder} did not change")
        return old, new


def _oauth2_passdb(root: Path, introspection_url: str, scope: str | None) -> str:
    """The oauth2 passdb block, and its settings file ``dovecot-oauth2.conf.ext``.

    Dovecot 2.3's oauth2 passdb (src/auth/db-oauth2.c): with only ``introspection_url`` set it
    sends every token to it (``introspection_mode = post``: ``token=<token>`` as a form POST;
    client credentials only as userinfo in the URL, sent as HTTP Basic), merges the JSON
    answer's fields, then checks that ``username_attribute`` equals the login name (both
    through ``username_format``, default ``%Lu``), that ``active_attribute`` has
    ``active_value``, and that ``scope`` (if set) is among the space-separated ``scope``.
    Debian's 2.3.19 refuses ``{"active": false}`` by itself ("Introspection failed: Provided
    token is not valid"); ``exp`` is not checked: expiry is the introspection's job. Any
    refusal is ``NO [AUTHENTICATIONFAILED]`` to the client, sent at Dovecot's next 0.5 s
    failure-flush tick. Results are not cached (``auth_cache_size = 0`` globally), so an
    expired or revoked token is refused at once.
    """
    settings = [
        "# Generated by tests/mailservers.py. Dovecot 2.3 oauth2 passdb.",
        "introspection_mode = post",
        f"introspection_url = {introspection_url}",
        "force_introspection = yes",
        "username_attribute = username",
        "active_attribute = active",
        "active_value = true",
        "timeout_msecs = 10000",
        "max_idle_time_msecs = 1000",
    ]
    if scope:
        settings.append(f"scope = {scope}")
    path = root / "dovecot-oauth2.conf.ext"
    path.write_text("\n".join(settings) + "\n")
    path.chmod(0o644)  # read by the auth process (user dovecot when run as root)
    return f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {path}
}}
"""


def _fetch_all(client: imapclient.IMAPClient, *, with_date: bool = False) -> list[Any]:
    uids = client.search(["ALL"])
    if not uids:
        return []
    items = ["BODY.PEEK[]", "FLAGS"] + (["INTERNALDATE"] if with_date else [])
    data = client.fetch(uids, items)
    out: list[Any] = []
    for uid in sorted(data):
        row = data[uid]
        entry: tuple[Any, ...] = (uid, tuple(row[b"FLAGS"]), bytes(row[b"BODY[]"]))
        if with_date:
            entry += (row[b"INTERNALDATE"],)
        out.append(entry)
    return out


def _terminate(proc: subprocess.Popen[bytes]) -> None:
    """Stop Dovecot: SIGTERM its whole process group (our own session: the master and every
    child), wait until all are gone, SIGKILL what is left. Terminating only the master takes
    ~1.1 s; the group goes in a few ms."""
    pgid = proc.pid  # start_new_session=True: the master leads its own process group
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.005)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=5)


# ----------------------------------------------------------------------------------- SMTP relay


@dataclass
class Envelope:
    """One message the relay accepted."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    delivered: list[str] = field(default_factory=list)  # recipients Dovecot took (LMTP 250)
    undeliverable: dict[str, str] = field(default_factory=dict)  # recipient -> LMTP error
    auth_mechanism: str | None = None  # AUTH mechanism of the session (None: no AUTH)
    auth_user: str | None = None  # who signed in
    tls: str | None = None  # the session's TLS version ("TLSv1.3"); None: plain text


@dataclass(frozen=True)
class AuthAttempt:
    """One AUTH command the relay answered. Holds no password or token."""

    mechanism: str  # PLAIN, LOGIN, XOAUTH2, OAUTHBEARER
    user: str  # the login name the client gave ("" when it gave none)
    ok: bool
    reason: str = ""  # why it was refused


@dataclass(frozen=True)
class _AuthInfo:
    mechanism: str
    login: str


Stage = Literal["mail", "rcpt", "data"]


class _RelayHandler:
    def __init__(self, relay: SmtpRelay) -> None:
        self.relay = relay

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        failure = self.relay._take_failure("mail")
        if failure:
            return failure
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        failure = self.relay._take_failure("rcpt")
        if failure:
            return failure
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        failure = self.relay._take_failure("data")
        if failure:
            return failure
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        record = Envelope(envelope.mail_from or "", list(envelope.rcpt_tos), bytes(content))
        info = getattr(session, "auth_data", None)
        if isinstance(info, _AuthInfo):
            record.auth_mechanism, record.auth_user = info.mechanism, info.login
        ssl_object = server.transport.get_extra_info("ssl_object")  # STARTTLS or implicit
        if ssl_object is not None:
            record.tls = ssl_object.version()
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, self.relay._deliver, record)
        self.relay._record(record)
        if self.relay._take_drop():
            # Delivered, but the client never hears the 250: a crash between SMTP and "sent".
            server.transport.close()
        return "250 OK: queued"


XOAUTH2_FAILURE = "535 5.7.8 Username and Password not accepted (XOAUTH2)"
OAUTHBEARER_FAILURE = "535 5.7.8 Authentication credentials invalid (OAUTHBEARER)"


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _b64_arg(arg: str) -> bytes | None:
    """The SASL initial response of ``AUTH MECH <arg>`` ("=" is an empty one)."""
    import base64
    import binascii

    if arg == "=":
        return b""
    try:
        return base64.b64decode(arg, validate=True)
    except binascii.Error:
        return None


def _parse_xoauth2(blob: bytes) -> tuple[str, str] | None:
    """``user=U^Aauth=Bearer T^A^A`` -> (U, T)."""
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError:
        return None
    fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
    user, auth = fields.get("user"), fields.get("auth", "")
    scheme, _, token = auth.partition(" ")
    if not user or scheme.lower() != "bearer" or not token.strip():
        return None
    return user, token.strip()


def _parse_oauthbearer(blob: bytes) -> tuple[str, str] | None:
    """RFC 7628 ``n,a=U,^Ahost=..^Aport=..^Aauth=Bearer T^A^A`` -> (U or "", T)."""
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError:
        return None
    gs2, _, rest = text.partition("\x01")
    parts = gs2.split(",")
    if len(parts) < 2 or parts[0] not in ("n", "y"):
        return None
    user = ""
    if parts[1].startswith("a="):
        user = parts[1][2:].replace("=2C", ",").replace("=3D", "=")
    fields = dict(part.split("=", 1) for part in rest.split("\x01") if "=" in part)
    scheme, _, token = fields.get("auth", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return user, token.strip()


class _OAuthRelayHandler(_RelayHandler):
    """The relay's handler plus AUTH XOAUTH2 and AUTH OAUTHBEARER (aiosmtpd finds
    ``auth_<MECH>`` methods on the handler), checked against the relay's OAuthServer."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> Any:
        return await self._oauth(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server: Any, args: list[str]) -> Any:
        return await self._oauth(server, args, "OAUTHBEARER")

    async def _oauth(self, server: Any, args: list[str], mechanism: str) -> Any:
        import json

        from aiosmtpd.smtp import MISSING, AuthResult

        if len(args) > 1:
            blob = _b64_arg(args[1])
            if blob is None:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        else:
            response = await server.challenge_auth("")
            if response is MISSING:
                return AuthResult(success=False, handled=True)
            blob = response
        parse = _parse_xoauth2 if mechanism == "XOAUTH2" else _parse_oauthbearer
        parsed = parse(blob)
        user, reason = "", ""
        if parsed is None:
            reason = "malformed initial response"
        else:
            user, token = parsed
            reason = self.relay._check_token(user, token)
        if not reason:
            self.relay._record_auth(AuthAttempt(mechanism, user, True))
            return AuthResult(success=True, auth_data=_AuthInfo(mechanism, user))
        self.relay._record_auth(AuthAttempt(mechanism, user, False, reason))
        # RFC 7628 3.2.2: an error challenge (JSON), the client answers (empty or ^A), then 535.
        if mechanism == "XOAUTH2":
            error = {"status": "401", "schemes": "Bearer", "scope": "mail"}
            failure = XOAUTH2_FAILURE
        else:
            error = {"status": "invalid_token", "scope": "mail"}
            failure = OAUTHBEARER_FAILURE
        answer = await server.challenge_auth(json.dumps(error))
        if answer is MISSING:
            return AuthResult(success=False, handled=True)
        return AuthResult(success=False, handled=False, message=failure)


class SmtpRelay:
    """A real SMTP server on loopback that delivers into Dovecot mailboxes over LMTP.

    Usage::

        with SmtpRelay(dovecot) as relay:        # dovecot=None: accept and record only
            smtplib.SMTP(relay.host, relay.port).sendmail(...)
            relay.accepted                        # messages accepted so far
            relay.envelopes[-1].content           # raw bytes as received
            relay.fail_next(2)                    # next 2 RCPT TO answer "451 4.3.0 ..."
            relay.fail_next(1, 554, stage="data") # next DATA answers 554 (permanent)
            relay.drop_next(1)                    # next message is delivered, then the
                                                  # connection is cut before the 250

    Recipients without a Dovecot user are still accepted (as a real MTA relaying to the outside
    would) and show up in ``Envelope.undeliverable``.
    With ``auth=(user, password)`` the server requires AUTH PLAIN/LOGIN (no TLS needed).

    With ``tls=ca`` (a :class:`tests.tlsca.TestCA`) :attr:`port` offers STARTTLS with the CA's
    server certificate (``require_starttls=True``: every command but EHLO/STARTTLS/QUIT is
    refused before it) and :attr:`ssl_port` is a second listener speaking implicit TLS (SMTPS;
    ``implicit_tls=False`` leaves it out). Both share the recorded envelopes and failures.

    With ``oauth=auth_server`` (an :class:`tests.oauthserver.OAuthServer`) the server requires
    AUTH and also offers XOAUTH2 and OAUTHBEARER: the bearer token must be an active access
    token of that server whose user is the login name (case-insensitive; OAUTHBEARER without
    an authzid takes the token's user). A refusal is an RFC 7628 error challenge (334 + JSON),
    then ``535 5.7.8``. Passwords keep working: the ``auth`` pair and, with a ``dovecot``,
    every Dovecot user's own password. ``relay.auth_mechanisms_used`` lists the mechanism of
    each successful AUTH, ``relay.auth_attempts`` every attempt (no secrets), and each
    ``Envelope`` its session's ``auth_mechanism`` / ``auth_user``::

        smtp = smtplib.SMTP(relay.host, relay.port)
        smtp.ehlo()
        smtp.auth("XOAUTH2", lambda challenge=None: f"user={u}\x01auth=Bearer {t}\x01\x01")
    """

    def __init__(
        self,
        dovecot: Dovecot | None = None,
        *,
        host: str = LOOPBACK,
        auth: tuple[str, str] | None = None,
        oauth: OAuthServer | None = None,
        tls: TestCA | None = None,
        require_starttls: bool = False,
        implicit_tls: bool = True,
    ) -> None:
        if require_starttls and tls is None:
            raise ValueError("require_starttls needs tls")
        self.dovecot = dovecot
        self._host = host
        self._port = 0
        self._ssl_port = 0
        self.tls = tls
        self.require_starttls = require_starttls
        self.implicit_tls = implicit_tls and tls is not None
        self._ssl_controller: Any = None
        self._auth = auth
        self.oauth = oauth
        self.auth_attempts: list[AuthAttempt] = []
        self._controller: Any = None
        self._lock = threading.Lock()
        self._failures: list[tuple[Stage, int, str]] = []
        self._drops = 0
        self.envelopes: list[Envelope] = []

    def __enter__(self) -> SmtpRelay:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> SmtpRelay:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        kwargs: dict[str, Any] = {"enable_SMTPUTF8": True}
        if self._auth is not None or self.oauth is not None:

            def authenticator(
                server: Any, session: Any, envelope: Any, mechanism: str, data: Any
            ) -> Any:
                if not isinstance(data, LoginPassword):
                    return AuthResult(success=False, handled=False)
                login = data.login.decode("utf-8", "replace")
                ok = self._password_ok(login, data.password.decode("utf-8", "replace"))
                self._record_auth(AuthAttempt(mechanism, login, ok, "" if ok else "password"))
                if not ok:
                    return AuthResult(success=False, handled=False)
                return AuthResult(success=True, auth_data=_AuthInfo(mechanism, login))

            kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)
        handler = _RelayHandler(self) if self.oauth is None else _OAuthRelayHandler(self)
        plain_kwargs = dict(kwargs)
        if self.tls is not None:
            plain_kwargs.update(
                tls_context=self.tls.server_context(), require_starttls=self.require_starttls
            )
        self._port, self._controller = self._start_controller(Controller, handler, plain_kwargs)
        if self.implicit_tls:
            assert self.tls is not None
            try:
                self._ssl_port, self._ssl_controller = self._start_controller(
                    Controller, handler, {**kwargs, "ssl_context": self.tls.server_context()}
                )
            except BaseException:
                self.stop()
                raise
        return self

    def _start_controller(
        self, controller_class: Any, handler: Any, kwargs: dict[str, Any]
    ) -> tuple[int, Any]:
        last_error: Exception | None = None
        for _attempt in range(3):
            port = free_port(self._host)
            controller = controller_class(
                handler,
                hostname=self._host,
                port=port,
                ready_timeout=10.0,
                server_hostname="relay.example.test",
                **kwargs,
            )
            try:
                controller.start()
            except Exception as exc:  # port taken in between: try another
                last_error = exc
                continue
            return port, controller
        raise RuntimeError(f"SMTP relay failed to start: {last_error}")

    def stop(self) -> None:
        for name in ("_ssl_controller", "_controller"):
            controller = getattr(self, name)
            if controller is not None:
                setattr(self, name, None)
                controller.stop()

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        """The SMTP port (STARTTLS offered with ``tls``)."""
        return self._port

    @property
    def ssl_port(self) -> int:
        """The implicit-TLS (SMTPS) port: only with ``tls`` (and ``implicit_tls``)."""
        if not self._ssl_port:
            raise RuntimeError("the relay was started without tls: no implicit-TLS port")
        return self._ssl_port

    @property
    def accepted(self) -> int:
        """Number of messages accepted (DATA answered 250, or delivered before a drop)."""
        with self._lock:
            return len(self.envelopes)

    def sent_to(self, address: str) -> list[bytes]:
        """Raw messages accepted for ``address`` (case-insensitive), Dovecot user or not."""
        address = address.lower()
        with self._lock:
            return [e.content for e in self.envelopes if address in (r.lower() for r in e.rcpt_tos)]

    def fail_next(
        self, n: int = 1, code: int = 451, *, stage: Stage = "rcpt", message: str | None = None
    ) -> None:
        """The next ``n`` commands of ``stage`` (MAIL, RCPT or DATA) answer ``code``.

        4xx codes are temporary (a sender should retry later), 5xx permanent.
        """
        if message is None:
            enhanced = "4.3.0" if code < 500 else "5.7.1"
            message = f"{enhanced} Injected {'temporary' if code < 500 else 'permanent'} failure"
        with self._lock:
            for _ in range(n):
                self._failures.append((stage, code, message))

    def drop_next(self, n: int = 1) -> None:
        """The next ``n`` messages are delivered, then the connection closes before the 250."""
        with self._lock:
            self._drops += n

    def reset(self) -> None:
        """Forget injected failures, recorded envelopes and AUTH attempts."""
        with self._lock:
            self._failures.clear()
            self._drops = 0
            self.envelopes.clear()
            self.auth_attempts.clear()

    @property
    def auth_mechanisms_used(self) -> list[str]:
        """The mechanism of every successful AUTH so far, in order (e.g. ``["XOAUTH2"]``)."""
        with self._lock:
            return [a.mechanism for a in self.auth_attempts if a.ok]

    def _record_auth(self, attempt: AuthAttempt) -> None:
        with self._lock:
            self.auth_attempts.append(attempt)

    def _password_ok(self, login: str, password: str) -> bool:
        if self._auth is not None:
            want_user, want_password = self._auth
            if login == want_user and _same(password, want_password):
                return True
        if self.oauth is not None and self.dovecot is not None:
            known = self.dovecot.users.get(login.lower())
            if known is not None and _same(password, known):
                return True
        return False

    def _check_token(self, user: str, token: str) -> str:
        """The reason ``token`` is refused for ``user``; "" when it is an active access token
        of that user."""
        if self.oauth is None:
            return "no OAuth2 server"
        answer = self.oauth.introspect(token)
        if not answer.get("active"):
            return "token not active"
        if user and user.lower() != str(answer.get("username", "")).lower():
            return "token belongs to another user"
        return ""

    def _take_failure(self, stage: Stage) -> str | None:
        with self._lock:
            for i, (want, code, message) in enumerate(self._failures):
                if want == stage:
                    del self._failures[i]
                    return f"{code} {message}"
        return None

    def _take_drop(self) -> bool:
        with self._lock:
            if self._drops > 0:
                self._drops -= 1
                return True
        return False

    def _record(self, envelope: Envelope) -> None:
        with self._lock:
            self.envelopes.append(envelope)

    def _deliver(self, envelope: Envelope) -> None:
        if self.dovecot is None:
            return
        # One LMTP transaction per recipient: smtplib.LMTP reads only one reply after DATA.
        for rcpt in envelope.rcpt_tos:
            try:
                with smtplib.LMTP(self.dovecot.host, self.dovecot.lmtp_port, timeout=30) as lmtp:
                    lmtp.sendmail(envelope.mail_from, [rcpt], envelope.content)
            except smtplib.SMTPRecipientsRefused as exc:
                envelope.undeliverable[rcpt] = str(exc.recipients.get(rcpt, exc))
            except smtplib.SMTPException as exc:
                envelope.undeliverable[rcpt] = str(exc)
            else:
                envelope.delivered.append(rcpt)


# ----------------------------------------------------------------------------------- PostgreSQL

PG_ADMIN_DSN_ENV = "GRANTBOX_TEST_PG_DSN"
PG_ADMIN_DSN_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"


def _admin_dsn() -> str:
    return os.environ.get(PG_ADMIN_DSN_ENV, PG_ADMIN_DSN_DEFAULT)


def postgres_available(timeout: float = 2.0) -> bool:
    """True if the admin database (``$GRANTBOX_TEST_PG_DSN`` or postgres@127.0.0.1/test)
    accepts connections."""
    import psycopg

    try:
        with psycopg.connect(_admin_dsn(), connect_timeout=max(1, int(timeout))):
            return True
    except psycopg.Error:
        return False


def postgres_url(prefix: str = "grantbox_test") -> str:
    """Create a fresh, uniquely named database; return its SQLAlchemy URL
    (``postgresql+psycopg://postgres@127.0.0.1:5432/grantbox_test_<hex>``)."""
    import psycopg
    from psycopg import sql
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_dsn(), autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    params = conninfo_to_dict(make_conninfo(_admin_dsn()))
    user = params.get("user") or "postgres"
    password = params.get("password")
    host = params.get("host") or "127.0.0.1"
    port = params.get("port") or 5432
    auth = f"{user}:{password}" if password else f"{user}"
    return f"postgresql+psycopg://{auth}@{host}:{port}/{name}"


def drop_postgres_database(url: str) -> None:
    """Drop the database named in ``url`` (made by :func:`postgres_url`), closing any
    connections still open to it."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[-1].split("?", 1)[0]
    with psycopg.connect(_admin_dsn(), autocommit=True, connect_timeout=5) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@contextlib.contextmanager
def postgres_database(prefix: str = "grantbox_test") -> Iterator[str]:
    """``with postgres_database() as url:`` a fresh database, dropped afterwards."""
    url = postgres_url(prefix)
    try:
        yield url
    finally:
        drop_postgres_database(url)
