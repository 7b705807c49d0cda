"""Reviewer accounts and sign-in sessions.

Passwords are kept as argon2id hashes (argon2-cffi's defaults). A session is a random token in
an HttpOnly cookie; the database keeps only its sha256, with the session's CSRF token and its
expiry, so signing out (deleting the row) ends it everywhere. Failed sign-ins are rate-limited
per reviewer name and per client address (in memory, per process: one web process serves the
review pages).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from grantbox.config import email_address
from grantbox.errors import GrantboxError
from grantbox.store.tables import Reviewer, ReviewSession, utcnow

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
) -> Reviewer:
    """Create a reviewer (or, with `reset`, set an existing one's password). `email`: where
    the daily digest goes (kept as it is when None on a reset)."""
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
        # A new password ends every session signed in with the old one.
        session.execute(delete(ReviewSession).where(ReviewSession.reviewer_id == existing.id))
        return existing
    reviewer = Reviewer(
        name=name, password_hash=hash_password(password), email=email, created_at=utcnow()
    )
    session.add(reviewer)
    session.flush()
    return reviewer


def authenticate(session: Session, name: str, password: str) -> Reviewer | None:
    reviewer = session.scalars(select(Reviewer).where(Reviewer.name == name)).first()
    if reviewer is None or reviewer.disabled:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(reviewer.password_hash, password):
        return None
    if _hasher.check_needs_rehash(reviewer.password_hash):
        reviewer.password_hash = hash_password(password)
    return reviewer


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

    def clear(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
