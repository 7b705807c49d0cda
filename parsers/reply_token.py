"""Opaque reply tokens: which application a reply belongs to, carried in a plus-address.

Outgoing questions carry `Reply-To: grants+<token>@domain`. The token names the application id
and is authenticated with an HMAC under the operator's secret, so a sender cannot guess or
forge a token for somebody else's application (ARCHITECTURE.md, "Threading": token first).

Format: base32 (RFC 4648 alphabet, lower case, no padding) of the id as minimal big-endian
bytes followed by the first 10 bytes (80 bits) of HMAC-SHA256(secret, domain tag + id bytes).
Base32 because some mail servers lower-case the local part (RFC 5321 section 2.4 lets them
treat it case-sensitively, and many don't); lower case because that is what survives. An id
below 2**32 gives a 23-character token, well inside the 64-octet local-part limit.
Pure functions, no I/O.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from email.utils import getaddresses

__all__ = [
    "MIN_SECRET_BYTES",
    "decode_reply_token",
    "encode_reply_token",
    "reply_address",
    "token_from_addresses",
]

MIN_SECRET_BYTES = 16
_MAC_BYTES = 10  # 80 bits: forging one needs ~2**79 tries against a mailbox, far beyond reach
_MAX_ID_BYTES = 8
_DOMAIN_TAG = b"grantbox/reply-token/v1\x00"  # separates these MACs from any other use of the key
_TOKEN_RE = re.compile(r"^[a-z2-7]{18,32}$")


def _check_secret(secret: bytes) -> None:
    if len(secret) < MIN_SECRET_BYTES:
        raise ValueError(f"reply-token secret must be at least {MIN_SECRET_BYTES} bytes")


def _mac(payload: bytes, secret: bytes) -> bytes:
    return hmac.new(secret, _DOMAIN_TAG + payload, hashlib.sha256).digest()[:_MAC_BYTES]


def encode_reply_token(application_id: int, secret: bytes) -> str:
    """The token for `application_id` (a non-negative int below 2**64)."""
    _check_secret(secret)
    if application_id < 0 or application_id >= 1 << (8 * _MAX_ID_BYTES):
        raise ValueError("application id out of range")
    payload = application_id.to_bytes(max(1, (application_id.bit_length() + 7) // 8), "big")
    raw = payload + _mac(payload, secret)
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def decode_reply_token(token: str, secret: bytes) -> int | None:
    """The application id in `token`, or None if it is malformed or was not made with `secret`.

    Case-insensitive, because the token travels in an address local part that servers may
    lower- or upper-case.
    """
    _check_secret(secret)
    token = token.strip().lower()
    if not _TOKEN_RE.match(token):
        return None
    try:
        raw = base64.b32decode(token.upper() + "=" * (-len(token) % 8))
    except (binascii.Error, ValueError):
        return None
    payload, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
    if not 1 <= len(payload) <= _MAX_ID_BYTES:
        return None
    # Only the canonical (minimal) encoding is valid, so each id has exactly one token.
    if len(payload) > 1 and payload[0] == 0:
        return None
    if not hmac.compare_digest(mac, _mac(payload, secret)):
        return None
    # base32 pads to whole bytes: a token whose unused trailing bits are not zero is not one we
    # made (and would otherwise give a second spelling of the same token).
    if base64.b32encode(raw).decode("ascii").rstrip("=").lower() != token:
        return None
    return int.from_bytes(payload, "big")


def _split(address: str) -> tuple[str, str] | None:
    local, sep, domain = address.strip().rpartition("@")
    if not sep or not local or not domain:
        return None
    return local, domain


def reply_address(from_address: str, token: str) -> str:
    """`grants+<token>@domain` for the operator's `grants@domain` (an existing +tag is
    replaced, so the address has exactly one tag: the token)."""
    parts = _split(from_address)
    if parts is None:
        raise ValueError("from_address must be a plain addr-spec like grants@example.org")
    local, domain = parts
    base = local.split("+", 1)[0]
    if not _TOKEN_RE.match(token):
        raise ValueError("not a reply token")
    return f"{base}+{token}@{domain}"


def token_from_addresses(addresses: list[str], from_address: str) -> str | None:
    """The token in the first of `addresses` that is our address with a +tag, else None.

    `addresses` are the recipients of an inbound mail (To, Cc, Delivered-To, …), bare or with
    display names. Local part and domain compare case-insensitively: the token is base32 lower
    case, and that is exactly what survives servers that fold case.
    """
    ours = _split(from_address)
    if ours is None:
        return None
    base = ours[0].split("+", 1)[0].lower()
    domain = ours[1].lower()
    for _name, addr in getaddresses(addresses):
        parts = _split(addr)
        if parts is None:
            continue
        local, their_domain = parts
        if their_domain.lower() != domain:
            continue
        head, plus, tag = local.partition("+")
        if plus and head.lower() == base and _TOKEN_RE.match(tag.lower()):
            return tag.lower()
    return None
