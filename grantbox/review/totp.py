"""Time-based one-time passwords (RFC 6238 over RFC 4226): 30-second steps, 6 digits,
HMAC-SHA-1 — what every authenticator app reads from an otpauth:// URI.

`match` accepts the code of the current step or the one before or after (clock drift), and
returns the step it matched so the caller can store it: a code whose step is not after the
last one used is refused, so a code seen over a shoulder or in a proxy log cannot be used
again. The secret is 20 random bytes (160 bits, RFC 4226's recommendation), kept base32 as
authenticator apps take it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import struct
from urllib.parse import quote, urlencode

PERIOD = 30
DIGITS = 6
DRIFT = 1  # steps either side
_CODE = re.compile(r"^[0-9]{6}$")


def b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def new_secret() -> str:
    return b32(secrets.token_bytes(20))


def _key(secret: str) -> bytes:
    padded = secret.upper() + "=" * (-len(secret) % 8)
    return base64.b32decode(padded)


def hotp(secret: str, counter: int) -> str:
    mac = hmac.new(_key(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**DIGITS:0{DIGITS}d}"


def step_of(unix_time: float) -> int:
    return int(unix_time // PERIOD)


def code_at(secret: str, unix_time: float) -> str:
    return hotp(secret, step_of(unix_time))


def match(secret: str, code: str, unix_time: float, last_step: int | None) -> int | None:
    """The step `code` is valid for (now ±1), if it is one and it is after `last_step`."""
    code = code.strip().replace(" ", "")
    if not _CODE.match(code) or not code.isascii():
        return None
    now = step_of(unix_time)
    found = None
    for step in range(now - DRIFT, now + DRIFT + 1):
        # Every candidate is computed and compared in constant time.
        if hmac.compare_digest(hotp(secret, step), code) and found is None:
            found = step
    if found is None or (last_step is not None and found <= last_step):
        return None
    return found


def otpauth_uri(secret: str, account: str, issuer: str) -> str:
    label = quote(f"{issuer}:{account}", safe=":@")
    query = urlencode(
        {
            "secret": secret,
            "issuer": issuer,
            "algorithm": "SHA1",
            "digits": DIGITS,
            "period": PERIOD,
        },
        quote_via=quote,
    )
    return f"otpauth://totp/{label}?{query}"


def qr_text(uri: str) -> str:
    """The URI as a QR code drawn with block characters, for the terminal (segno, imported
    only here: nothing else needs it)."""
    import io

    import segno

    out = io.StringIO()
    segno.make(uri, error="m").terminal(out=out, compact=True)
    return out.getvalue()
