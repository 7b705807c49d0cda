"""Reply tokens: round trip, forgery resistance, and the plus-address helpers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.reply_token import (
    decode_reply_token,
    encode_reply_token,
    reply_address,
    token_from_addresses,
)

SECRET = b"0123456789abcdef0123456789abcdef"
ids = st.integers(min_value=0, max_value=2**64 - 1)
secrets = st.binary(min_size=16, max_size=64)


@given(ids, secrets)
def test_round_trip(application_id: int, secret: bytes) -> None:
    token = encode_reply_token(application_id, secret)
    assert decode_reply_token(token, secret) == application_id
    # Servers may fold the local part's case either way.
    assert decode_reply_token(token.upper(), secret) == application_id


@given(ids, secrets)
def test_token_fits_a_local_part_and_is_lower_case_base32(
    application_id: int, secret: bytes
) -> None:
    token = encode_reply_token(application_id, secret)
    assert token == token.lower()
    assert set(token) <= set("abcdefghijklmnopqrstuvwxyz234567")
    assert len("grants+" + token) <= 64  # RFC 5321 section 4.5.3.1.1


@given(ids, secrets, secrets)
def test_other_secret_rejects(application_id: int, secret: bytes, other: bytes) -> None:
    if other == secret:
        return
    assert decode_reply_token(encode_reply_token(application_id, secret), other) is None


@given(
    ids,
    st.integers(min_value=0, max_value=200),
    st.sampled_from("abcdefghijklmnopqrstuvwxyz234567"),
)
def test_any_single_character_change_is_rejected(application_id: int, pos: int, char: str) -> None:
    token = encode_reply_token(application_id, SECRET)
    pos %= len(token)
    if token[pos] == char:
        return
    forged = token[:pos] + char + token[pos + 1 :]
    assert decode_reply_token(forged, SECRET) is None


def test_small_ids_give_short_tokens() -> None:
    assert len(encode_reply_token(42, SECRET)) == 18
    assert len(encode_reply_token(2**32 - 1, SECRET)) == 23


@pytest.mark.parametrize(
    "junk", ["", "grants", "x" * 30, "abc!def", "a" * 100, "========", "0189" * 5]
)
def test_junk_is_not_a_token(junk: str) -> None:
    assert decode_reply_token(junk, SECRET) is None


def test_id_cannot_be_swapped_into_another_token() -> None:
    a = encode_reply_token(1, SECRET)
    b = encode_reply_token(2, SECRET)
    # Same length, different MACs: splicing one's id onto the other's MAC fails.
    assert decode_reply_token(b[:2] + a[2:], SECRET) is None


def test_weak_secret_and_bad_ids_are_refused() -> None:
    with pytest.raises(ValueError):
        encode_reply_token(1, b"short")
    with pytest.raises(ValueError):
        decode_reply_token("abc", b"")
    with pytest.raises(ValueError):
        encode_reply_token(-1, SECRET)
    with pytest.raises(ValueError):
        encode_reply_token(2**64, SECRET)


def test_reply_address_and_back() -> None:
    token = encode_reply_token(7, SECRET)
    address = reply_address("grants@example.org", token)
    assert address == f"grants+{token}@example.org"
    # An operator address that already carries a tag gets the token instead.
    assert reply_address("grants+apply@example.org", token) == address
    found = token_from_addresses(
        ["Alice <alice@example.com>", f'"Grants Team" <{address.upper()}>'], "grants@example.org"
    )
    assert found == token
    assert decode_reply_token(found, SECRET) == 7


def test_token_from_addresses_ignores_other_addresses() -> None:
    token = encode_reply_token(7, SECRET)
    assert token_from_addresses([f"grants+{token}@other.org"], "grants@example.org") is None
    assert token_from_addresses([f"sales+{token}@example.org"], "grants@example.org") is None
    assert token_from_addresses(["grants@example.org"], "grants@example.org") is None
    assert token_from_addresses(["grants+hello@example.org"], "grants@example.org") is None
    assert token_from_addresses([], "grants@example.org") is None
    assert token_from_addresses(["not an address"], "grants@example.org") is None


def test_reply_address_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        reply_address("no-at-sign", encode_reply_token(1, SECRET))
    with pytest.raises(ValueError):
        reply_address("grants@example.org", "Not A Token!")
