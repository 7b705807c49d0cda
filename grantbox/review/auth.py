"""Reviewer accounts and sign-in sessions.

Passwords are kept as argon2id hashes (argon2-cffi's defaults). A session is a random token in
an HttpOnly cookie; the database keeps only its sha256, with the session's CSRF token and its
expiry, so signing out (deleting the row) ends it everywhere.

Failed sign-ins are limited per (reviewer name, client address), with a wait that doubles
with each failure past the limit, and per client address across names (`SignInLimiter`; in
memory, per process: one web process serves the review pages). A failing address never holds
a reviewer back at another. Checking a password is ~0.25 s and 64 MiB of argon2, so it is done
outside any database transaction (`credentials`, then `check_password`, then `start_session`)
and only a few at a time (`VERIFIER`).

A reviewer may have a TOTP second factor (`add_reviewer(totp=True)`): the right password then
starts no session but a `PendingSignIn` (in memory, five minutes), and the session starts
only with a code (`accept_totp`), counted by the same limits as passwords; a code's time step
is stored, so no code is accepted twice. Disabling a reviewer or setting her password or
second factor anew deletes her sessions: the next request with an old cookie is signed out.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import re
import secrets
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from grantbox.committee.roles import check_role
from grantbox.config import email_address
from grantbox.errors import GrantboxError
from grantbox.review import totp as totp_codes
from grantbox.store.tables import Reviewer, ReviewSession, utcnow

T = TypeVar("T")
_hasher = PasswordHasher()
# A hash to verify against when the name is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def add_reviewer(
    session: Session,
    name: str,
    password: str,
    *,
    reset: bool = False,
    email: str | None = None,
    totp: bool | None = None,
    role: str | None = None,
) -> Reviewer:
    """Create a reviewer (or, with `reset`, set an existing one's password). `email`: where
    the daily digest goes (kept as it is when None on a reset). `totp`: True gives her a new
    TOTP secret (`reviewer.totp_secret`, for the otpauth:// URI), False takes it away, None
    keeps what she has. `role`: admin, chair or reviewer (grantbox/committee/roles.py); None
    makes an admin, as before committees (a solo operator), and keeps the role on a reset.
    A reset ends every session she has."""
    if role is not None:
        check_role(role)
    if not NAME.match(name):
        raise GrantboxError(
            f"reviewer name {name!r}: letters, digits and . _ @ - only (at most 100)"
        )
    if email is not None:
        try:
            email = email_address(email)
        except ValueError as e:
            raise GrantboxError(str(e)) from e
    if len(password) < MIN_PASSWORD:
        raise GrantboxError(f"the password must have at least {MIN_PASSWORD} characters")
    existing = session.scalars(select(Reviewer).where(Reviewer.name == name)).first()
    if existing is not None:
        if not reset:
            raise GrantboxError(f"reviewer {name} exists (use --reset to set a new password)")
        existing.password_hash = hash_password(password)
        existing.disabled = False
        if email is not None:
            existing.email = email
        if totp is not None:
            existing.totp_secret = totp_codes.new_secret() if totp else None
            existing.totp_last_step = None
        if role is not None:
            existing.role = role
        # A new password (or second factor) ends every session signed in with the old one.
        revoke_sessions(session, existing.id)
        return existing
    reviewer = Reviewer(
        name=name,
        password_hash=hash_password(password),
        email=email,
        created_at=utcnow(),
        totp_secret=totp_codes.new_secret() if totp else None,
        role=role or "admin",
    )
    session.add(reviewer)
    session.flush()
    return reviewer


def revoke_sessions(session: Session, reviewer_id: int) -> int:
    """End every session of a reviewer; how many there were."""
    result = session.execute(delete(ReviewSession).where(ReviewSession.reviewer_id == reviewer_id))
    return int(getattr(result, "rowcount", 0) or 0)


def disable_reviewer(session: Session, name: str) -> int:
    """Disable a reviewer: she cannot sign in, and every session she has ends now (the next
    request with her cookie is signed out). How many sessions ended. `add_reviewer(reset=True)`
    enables her again."""
    reviewer = session.scalars(select(Reviewer).where(Reviewer.name == name)).first()
    if reviewer is None:
        raise GrantboxError(f"no reviewer {name}")
    reviewer.disabled = True
    return revoke_sessions(session, reviewer.id)


@dataclass(frozen=True)
class Credentials:
    """What a password is checked against, read in a short transaction of its own."""

    reviewer_id: int
    password_hash: str


def credentials(session: Session, name: str) -> Credentials | None:
    reviewer = session.scalars(select(Reviewer).where(Reviewer.name == name)).first()
    if reviewer is None or reviewer.disabled:
        return None
    return Credentials(reviewer.id, reviewer.password_hash)


def check_password(found: Credentials | None, password: str) -> bool:
    """The argon2 check, outside any transaction. An unknown name is checked against a dummy
    hash, so both cases take the same time."""
    if found is None:
        verify_password(_DUMMY_HASH, password)
        return False
    return verify_password(found.password_hash, password)


def signed_in_reviewer(
    session: Session, found: Credentials, password: str, new_hash: str | None = None
) -> Reviewer | None:
    """After a password checked out of the transaction: the reviewer, if nothing changed
    meanwhile (disabled, or a new password set, which must not let the old one in). With
    `new_hash` (the password hashed again with today's parameters) it is stored."""
    reviewer = session.get(Reviewer, found.reviewer_id)
    if reviewer is None or reviewer.disabled or reviewer.password_hash != found.password_hash:
        return None
    if new_hash is not None:
        reviewer.password_hash = new_hash
    return reviewer


def rehashed(found: Credentials, password: str) -> str | None:
    """A new hash when the stored one was made with weaker parameters than today's."""
    if _hasher.check_needs_rehash(found.password_hash):
        return hash_password(password)
    return None


def authenticate(session: Session, name: str, password: str) -> Reviewer | None:
    """All three steps in one transaction: for the terminal and tests, not the web app (which
    must not hold a transaction through argon2)."""
    found = credentials(session, name)
    if not check_password(found, password) or found is None:
        return None
    return signed_in_reviewer(session, found, password, rehashed(found, password))


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SignedIn:
    reviewer_id: int
    name: str
    csrf_token: str


def start_session(
    session: Session, reviewer: Reviewer, *, hours: float, now: datetime | None = None
) -> str:
    """A new session for `reviewer`; returns the cookie token (never stored as such)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    # Expired sessions are swept whenever someone signs in.
    session.execute(delete(ReviewSession).where(ReviewSession.expires_at < now))
    session.add(
        ReviewSession(
            token_sha256=_digest(token),
            reviewer_id=reviewer.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


def lookup_session(session: Session, token: str, now: datetime | None = None) -> SignedIn | None:
    if not token or len(token) > 100:
        return None
    row = session.scalars(
        select(ReviewSession).where(ReviewSession.token_sha256 == _digest(token))
    ).first()
    if row is None:
        return None
    expires = row.expires_at
    if expires.tzinfo is None:  # SQLite gives naive datetimes back
        expires = expires.replace(tzinfo=(now or utcnow()).tzinfo)
    if expires <= (now or utcnow()) or row.reviewer.disabled:
        return None
    return SignedIn(reviewer_id=row.reviewer_id, name=row.reviewer.name, csrf_token=row.csrf_token)


def end_session(session: Session, token: str) -> None:
    session.execute(delete(ReviewSession).where(ReviewSession.token_sha256 == _digest(token)))


# -- the second step: a TOTP code -------------------------------------------------------------

PENDING_SECONDS = 300.0


@dataclass
class PendingSignIn:
    """A reviewer who gave the right password and has yet to give a TOTP code."""

    reviewer_id: int
    name: str
    password_hash: str  # as checked: a new password meanwhile voids this
    expires: float


class PendingSignIns:
    """The second steps waiting, by a random token (a cookie on /signin): in memory, like the
    sign-in limits, bounded, each for five minutes."""

    def __init__(self, seconds: float = PENDING_SECONDS, limit: int = 10_000) -> None:
        self.seconds = seconds
        self.limit = limit
        self._pending: dict[str, PendingSignIn] = {}
        self._lock = threading.Lock()

    def start(self, reviewer_id: int, name: str, password_hash: str) -> str:
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            for key in [k for k, p in self._pending.items() if p.expires <= now]:
                del self._pending[key]
            while len(self._pending) >= self.limit:
                del self._pending[next(iter(self._pending))]
            self._pending[_digest(token)] = PendingSignIn(
                reviewer_id, name, password_hash, now + self.seconds
            )
        return token

    def get(self, token: str) -> PendingSignIn | None:
        if not token or len(token) > 100:
            return None
        with self._lock:
            pending = self._pending.get(_digest(token))
            if pending is None or pending.expires <= time.monotonic():
                return None
            return pending

    def end(self, token: str) -> None:
        with self._lock:
            self._pending.pop(_digest(token), None)


def accept_totp(
    session: Session, pending: PendingSignIn, code: str, unix_time: float | None = None
) -> Reviewer | None:
    """The reviewer, if `code` is hers for now (±30 s) and newer than the last one she used
    (which it then becomes), and nothing changed since her password was checked. The row is
    locked (SELECT … FOR UPDATE; SQLite's writers take the database lock), so one code cannot
    be accepted twice by two requests at once."""
    reviewer = session.get(Reviewer, pending.reviewer_id, with_for_update=True)
    if (
        reviewer is None
        or reviewer.disabled
        or reviewer.password_hash != pending.password_hash
        or not reviewer.totp_secret
    ):
        return None
    step = totp_codes.match(
        reviewer.totp_secret,
        code,
        time.time() if unix_time is None else unix_time,
        reviewer.totp_last_step,
    )
    if step is None:
        return None
    reviewer.totp_last_step = step
    return reviewer


class RateLimiter:
    """At most `limit` failures per key within `window` seconds (a sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str, now: float | None = None) -> float:
        """Seconds until a try is allowed again (0: allowed now)."""
        t = time.monotonic() if now is None else now
        wait = 0.0
        with self._lock:
            for key in keys:
                q = self._recent(key, t)
                if len(q) >= self.limit:
                    wait = max(wait, q[0] + self.window - t)
        return wait

    def fail(self, *keys: str, now: float | None = None) -> None:
        t = time.monotonic() if now is None else now
        with self._lock:
            for key in keys:
                self._recent(key, t).append(t)
            if len(self._failures) > 10_000:  # keep memory bounded under a spray of names
                for key in [k for k, q in self._failures.items() if not q]:
                    del self._failures[key]

    def forget(self, key: str, at: float) -> None:
        """Take back the failure recorded for `key` at `at` (a try that did not fail)."""
        with self._lock:
            q = self._failures.get(key)
            if q is not None and at in q:
                q.remove(at)

    def clear(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


def _lower_priority() -> None:
    # Niceness is per thread on Linux, and argon2's lane threads inherit it: pages keep the
    # CPU while passwords are checked.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


class Verifier:
    """Where sign-ins check passwords: at most `slots` at once, in threads of their own at a
    lower CPU priority. Each check is 64 MiB and ~0.25 s of every core (argon2id, 4 lanes), so
    a flood of sign-ins beyond that is answered "busy" at once rather than queued: 150 queued
    checks are 9.6 GB and half a minute, and starve every page of CPU."""

    def __init__(self, slots: int) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._pool = ThreadPoolExecutor(
            slots, thread_name_prefix="grantbox-signin", initializer=_lower_priority
        )

    def start(self, check: Callable[[], T]) -> Future[T] | None:
        """`check` started in the pool, or None when every slot is taken."""
        if not self._slots.acquire(blocking=False):
            return None
        try:
            future = self._pool.submit(check)
        except BaseException:
            self._slots.release()
            raise
        future.add_done_callback(lambda _: self._slots.release())
        return future


# One per process: the bound is on the machine's memory and CPU, not per app.
VERIFIER = Verifier(2)
# Past the limit, the wait doubles with each failure up to this; the failures of a name and
# address are forgotten after this long without one (or at a success).
MAX_BACKOFF = 3600.0
FORGET_AFTER = 86400.0


def client_key(address: str) -> str:
    """Whom the limits count: the address, but for IPv6 its /64, which one subscriber or
    server gets whole (counting single addresses, one machine could try without end)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass
class _Failures:
    count: int = 0
    in_progress: int = 0
    last: float = 0.0


@dataclass(frozen=True)
class Ticket:
    """A sign-in try admitted by `SignInLimiter.admit`; it counts as a failure until it ends."""

    pair: tuple[str, str]
    address: str
    at: float


class SignInLimiter:
    """Failed sign-ins, limited in two ways:

    - per (name, address): `attempts` failures, then a wait of `window` seconds that doubles
      with each further failure (up to an hour). Only that address waits: an attacker failing
      on a reviewer's name does not lock the reviewer out from where she signs in.
    - per address, across names: `attempts` failures in any `window` seconds (a spray of
      names from one address).

    Check and record are one step under one lock (`admit`): a try counts as a failure from
    the moment it is admitted until it succeeds or is withdrawn, so parallel tries cannot
    all pass the check before any failure is recorded.
    """

    def __init__(self, attempts: int, window: float) -> None:
        self.attempts = attempts
        self.window = window
        self._pairs: dict[tuple[str, str], _Failures] = {}
        self._addresses = RateLimiter(attempts, window)
        self._lock = threading.Lock()

    def _backoff(self, failures: int) -> float:
        if failures < self.attempts:
            return 0.0
        return min(self.window * 2 ** min(failures - self.attempts, 32), MAX_BACKOFF)

    def _pair(self, key: tuple[str, str], now: float) -> _Failures:
        f = self._pairs.setdefault(key, _Failures())
        # Below the limit failures age out with the window (a few typos do not add up over
        # days); past it, only a quiet day or a success clears them.
        quiet = self.window if f.count < self.attempts else FORGET_AFTER
        if f.in_progress == 0 and f.count and now - f.last >= quiet:
            f.count = 0
        return f

    def admit(self, name: str, address: str, now: float | None = None) -> Ticket | float:
        """A ticket to check the password, or the seconds to wait before trying again."""
        t = time.monotonic() if now is None else now
        address = client_key(address)
        key = (name.lower(), address)
        with self._lock:
            f = self._pair(key, t)
            tries = f.count + f.in_progress
            wait = 0.0
            if tries >= self.attempts:
                # A try still in progress may yet fail: wait as if it just had.
                since = t if f.in_progress else f.last
                wait = since + self._backoff(tries) - t
            wait = max(wait, self._addresses.blocked(address, now=t))
            if wait > 0:
                return wait
            f.in_progress += 1
            self._addresses.fail(address, now=t)
            if len(self._pairs) > 10_000:  # keep memory bounded under a spray of names
                for k in list(self._pairs):
                    if k != key and not self._pair(k, t).count and not self._pairs[k].in_progress:
                        del self._pairs[k]
            return Ticket(key, address, t)

    def failed(self, ticket: Ticket, now: float | None = None) -> None:
        t = time.monotonic() if now is None else now
        with self._lock:
            f = self._pairs.setdefault(ticket.pair, _Failures())
            f.in_progress = max(0, f.in_progress - 1)
            f.count += 1
            f.last = t

    def succeeded(self, ticket: Ticket) -> None:
        """The right password: that name and address start again, and the try is not held
        against the address."""
        with self._lock:
            f = self._pairs.setdefault(ticket.pair, _Failures())
            f.in_progress = max(0, f.in_progress - 1)
            f.count = 0
            self._addresses.forget(ticket.address, ticket.at)

    def withdrawn(self, ticket: Ticket) -> None:
        """The password was never checked (the server was busy): the try does not count."""
        with self._lock:
            f = self._pairs.setdefault(ticket.pair, _Failures())
            f.in_progress = max(0, f.in_progress - 1)
            self._addresses.forget(ticket.address, ticket.at)
