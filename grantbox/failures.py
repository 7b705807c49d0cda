"""What went wrong, in one line an operator can act on: which part failed (the IMAP or SMTP
server by name, the database, the file or disk), why, and what to do about it.

Never the SQL, its parameters, or anything from an applicant's email: a database error's
statement and values stay out (GRANTBOX_DEBUG=1 logs the whole traceback instead).
`explain` walks an error's causes, so a `MailboxError` raised from a `TimeoutError` still gets
the advice a timeout needs.
"""

from __future__ import annotations

import contextlib
import errno
import imaplib
import shutil
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from grantbox.config import Settings
from grantbox.errors import GrantboxError, MailboxError

# OS errors that mean the disk, not the network: the path (or the data directory) is named.
_DISK = {errno.ENOSPC: "no space left", errno.EDQUOT: "disk quota exceeded"}
_READ_ONLY = {errno.EROFS: "read-only file system", errno.EACCES: "permission denied"}
NETWORK_ERRORS = (
    TimeoutError,
    ConnectionError,
    socket.gaierror,
    ssl.SSLError,
    imaplib.IMAP4.error,
)


@dataclass(frozen=True)
class Failure:
    what: str  # the part at fault and why, e.g. "the IMAP server mail.example.org:993 …"
    fix: str = ""  # what the operator can do; empty when the message already says it

    def line(self) -> str:
        return f"{self.what.strip()}; {self.fix}" if self.fix else self.what.strip()


def failure_line(e: BaseException, settings: Settings | None = None) -> str:
    return explain(e, settings).line()


def explain(e: BaseException, settings: Settings | None = None) -> Failure:
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    if isinstance(e, DBAPIError):
        return _database(e, settings)
    if isinstance(e, SQLAlchemyError):
        return Failure(f"the database failed: {type(e).__name__}")
    if isinstance(e, OSError) and e.errno in _DISK:
        return _disk(e, settings)
    if isinstance(e, OSError) and e.errno in _READ_ONLY and e.filename:
        return Failure(
            f"cannot write {e.filename}: {_READ_ONLY[e.errno]}",
            "grantbox must own GRANTBOX_DATA_DIR and everything in it",
        )
    if isinstance(e, GrantboxError):
        cause = _network_cause(e)
        imap = isinstance(e, MailboxError)
        fix = _network_fix(cause, settings, imap=imap) if cause else ""
        what = str(e)
        if isinstance(cause, ssl.SSLCertVerificationError):
            # OpenSSL's "[SSL: CERTIFICATE_VERIFY_FAILED] … (_ssl.c:1006)" -> what it means.
            what = what.replace(str(cause), network_reason(cause))
        return Failure(what, fix)
    if isinstance(e, NETWORK_ERRORS):  # reached without a server named: say which it can be
        return Failure(
            f"a mail server connection failed: {network_reason(e)}", _network_fix(e, None)
        )
    text = " ".join(str(e).split())
    return Failure(f"{type(e).__name__}: {text}" if text else type(e).__name__)


@contextlib.contextmanager
def imap_failures(settings: Settings) -> Iterator[None]:
    """Network errors inside the block become a MailboxError naming the IMAP server: a socket
    timeout deep in a FETCH otherwise reads "TimeoutError: timed out", naming nothing. Disk
    and database errors pass through untouched (they are not ours to rename)."""
    try:
        yield
    except GrantboxError:
        raise
    except NETWORK_ERRORS as e:
        raise MailboxError(f"{imap_server(settings)}: {network_reason(e)}") from e
    except Exception as e:
        from imapclient.exceptions import IMAPClientError

        if isinstance(e, IMAPClientError):
            raise MailboxError(f"{imap_server(settings)}: {network_reason(e)}") from e
        raise


def imap_server(settings: Settings) -> str:
    return f"the IMAP server {settings.imap_host}:{settings.resolved_imap_port}"


def network_reason(e: BaseException) -> str:
    if isinstance(e, ssl.SSLCertVerificationError):
        return certificate_reason(e)
    if isinstance(e, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        # OpenSSL's "EOF occurred in violation of protocol (_ssl.c:2427)": a write to (or a
        # handshake on) a TLS connection the server has closed.
        return "the server closed the TLS connection"
    if isinstance(e, TimeoutError) or str(e) == "timed out":
        return "no answer in time (timed out)"
    if isinstance(e, ConnectionRefusedError):
        return "connection refused"
    if isinstance(e, ConnectionResetError | BrokenPipeError):
        return "the connection was cut"
    text = " ".join(str(e).split())
    return text or type(e).__name__


def smtp_reason(e: BaseException) -> str:
    """An SMTP server's answer as "535 5.7.8 Authentication failed", else the network reason."""
    code = getattr(e, "smtp_code", 0)
    if code:
        text = getattr(e, "smtp_error", b"")
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return " ".join(f"{code} {text}".split())
    return network_reason(e)


def certificate_reason(e: ssl.SSLCertVerificationError) -> str:
    """Why a server's TLS certificate was refused, in words: not trusted (no CA we trust
    signed it), not for this host name, or expired."""
    said = " ".join(str(getattr(e, "verify_message", "") or "").split()).rstrip(".")
    said = said or " ".join(str(e).split())
    lowered = said.lower()
    if "hostname mismatch" in lowered or "ip address mismatch" in lowered:
        return f"its TLS certificate is not for this host name ({said})"
    if "expired" in lowered or "not yet valid" in lowered:
        return f"its TLS certificate is not valid now ({said})"
    return f"its TLS certificate was not trusted ({said})"


def certificate_fix(e: ssl.SSLCertVerificationError, *, imap: bool = True) -> str:
    """What to do about a refused server certificate. Verification is never turned off."""
    host = "GRANTBOX_IMAP_HOST" if imap else "GRANTBOX_SMTP_HOST"
    lowered = str(getattr(e, "verify_message", "") or e).lower()
    if "mismatch" in lowered:
        return (
            f"set {host} to a name the certificate is for (the provider's documented host "
            "name, not an IP address or an alias)"
        )
    if "expired" in lowered or "not yet valid" in lowered:
        return "check this machine's clock; else the server's certificate must be renewed"
    return (
        "this machine does not trust the CA that signed it: update its CA certificates "
        "(ca-certificates), or for a private CA install that CA's certificate "
        "(/usr/local/share/ca-certificates + update-ca-certificates, or SSL_CERT_FILE); "
        f"check {host} too (a TLS-inspecting proxy or another host answering looks the same)"
    )


def _network_cause(e: BaseException) -> BaseException | None:
    seen = 0
    cause = e.__cause__
    while cause is not None and seen < 5:
        if isinstance(cause, NETWORK_ERRORS):
            return cause
        cause, seen = cause.__cause__, seen + 1
    return None


def _network_fix(e: BaseException, settings: Settings | None, *, imap: bool = True) -> str:
    if isinstance(e, TimeoutError):
        limit = f" within {settings.imap_timeout:g} s (GRANTBOX_IMAP_TIMEOUT)" if settings else ""
        return (
            f"the server did not answer{limit}: is it overloaded, or is a firewall dropping "
            "the connection? Nothing already recorded is lost"
        )
    if isinstance(e, ConnectionRefusedError | socket.gaierror):
        where = "GRANTBOX_IMAP_HOST / GRANTBOX_IMAP_PORT" if imap else "the host and port"
        return f"is the server up, and are {where} right?"
    if isinstance(e, ssl.SSLCertVerificationError):
        return certificate_fix(e, imap=imap)
    setting = "GRANTBOX_IMAP_SSL" if imap else "GRANTBOX_SMTP_SECURITY"
    if isinstance(e, ssl.SSLEOFError | ssl.SSLZeroReturnError):
        return (
            f"if it does so at every sign-in, check {setting} (ssl, starttls) and the port; "
            "otherwise the next pass starts again from the last message recorded"
        )
    if isinstance(e, ssl.SSLError):
        return f"TLS failed: check {setting} (ssl, starttls) and the port"
    return "the next pass starts again from the last message recorded"


def _database(e: BaseException, settings: Settings | None) -> Failure:
    from sqlalchemy.exc import DBAPIError

    assert isinstance(e, DBAPIError)
    orig = e.orig
    first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    message = str(orig).lower()
    url = settings.resolved_database_url if settings else ""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if "locked" in message or "busy" in message:
            return Failure(
                f"the database {path} stayed locked by another process: {first}",
                "another grantbox command is writing; try again when it is done "
                f"(`fuser {path}` names it)",
            )
        if "disk" in message and ("full" in message or "i/o" in message):
            return Failure(
                f"the database {path} could not be written: {first} "
                f"({_free(Path(path).parent)} free on its disk)",
                "free space on that disk, or move GRANTBOX_DATA_DIR",
            )
        if "readonly" in message or "unable to open" in message:
            return Failure(
                f"the database {path} cannot be opened for writing: {first}",
                "grantbox must own GRANTBOX_DATA_DIR and everything in it",
            )
        return Failure(f"the database {path} failed: {first} ({type(orig).__name__})")
    where = _postgres_where(url)
    if any(
        s in message
        for s in (
            "connection refused",
            "could not connect",
            "connection failed",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "the database system is",
        )
    ):
        return Failure(
            f"cannot reach the database {where}: {first}",
            "is PostgreSQL running, and is GRANTBOX_DATABASE_URL right?",
        )
    if "no space left" in message or "could not extend file" in message:
        return Failure(
            f"the database {where} is out of disk space: {first}",
            "free space on the database server's disk",
        )
    return Failure(f"the database {where} failed: {first} ({type(orig).__name__})")


def _postgres_where(url: str) -> str:
    if not url:
        return ""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # an unparsable URL would have failed long before; name nothing
        return ""
    return f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _disk(e: OSError, settings: Settings | None) -> Failure:
    path = Path(e.filename) if e.filename else (settings.data_dir if settings else None)
    where = f" writing {path}" if path else ""
    free = f" ({_free(path)} free)" if path else ""
    return Failure(
        f"{_DISK[e.errno or 0]} on the disk{where}{free}",
        "free space on that disk, or move GRANTBOX_DATA_DIR; nothing was recorded half-way",
    )


def _free(path: Path | None) -> str:
    while path is not None and not path.exists() and path != path.parent:
        path = path.parent
    try:
        free = float(shutil.disk_usage(path or ".").free)
    except OSError:
        return "unknown"
    unit = "bytes"
    for unit in ("bytes", "KB", "MB", "GB"):
        if free < 1024 or unit == "GB":
            break
        free /= 1024
    return f"{free:.0f} bytes" if unit == "bytes" else f"{free:.1f} {unit}"
