"""Unit tests of `parsers.addresses`: the one RFC 5321 form of an address, or None."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.addresses import MAX_ADDRESS, MAX_LOCAL, address_problem, normalise_address
from tests.hostile.mail import QUOTED_VICTIMS


@pytest.mark.parametrize("written", QUOTED_VICTIMS)
def test_every_spelling_of_one_mailbox_is_one_address(written: str) -> None:
    assert normalise_address(written) == "victim@example.org"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("ann@example.org", "ann@example.org"),
        ("  <Ann.Lee@Example.ORG>  ", "ann.lee@example.org"),
        ("p@x.localhost.", "p@x.localhost"),  # the DNS root dot
        ("ann+grants@example.org", "ann+grants@example.org"),
        ("o'brien@example.ie", "o'brien@example.ie"),
        ('"ann.lee"@example.org', "ann.lee@example.org"),
        ("jdöe@mächine.example", "jdöe@mächine.example"),  # RFC 6532
        ("ann@localhost", "ann@localhost"),
        ("a@xn--mchine-bua.example", "a@xn--mchine-bua.example"),
    ],
)
def test_usable_addresses(written: str, expected: str) -> None:
    assert normalise_address(written) == expected
    assert address_problem(written) is None


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("", "empty"),
        ("<>", "empty"),
        ("ann", "not local@domain"),
        ("@example.org", "not local@domain"),
        ("ann@", "not local@domain"),
        ("x@y..localhost", "domain is not a host name"),
        ("x@example.org..", "domain is not a host name"),
        ("x@.example.org", "domain is not a host name"),
        ("x@[127.0.0.1]", "domain is not a host name"),
        ("x@exa_mple.org", "domain is not a host name"),
        ("x@-example.org", "domain is not a host name"),
        ("x@example-.org", "domain label ends with a hyphen"),
        (f"x@{'a' * 64}.org", "domain is not a host name"),
        ('"ann lee"@example.org', "white space or invisible character"),
        ("ann\u200b@example.org", "white space or invisible character"),
        ("ann\u2028@example.org", "white space or invisible character"),
        ("ann\r\nBcc: x@example.org", "control character"),
        ("an\x00n@example.org", "control character"),
        ('"a@b"@example.org', "local part needs quoting"),
        ('"a(b)"@example.org', "local part needs quoting"),
        ('"a"b"@example.org', "local part needs quoting"),
        ('a"b@example.org', "local part needs quoting"),
        ("a\\b@example.org", "local part needs quoting"),
        (".ann@example.org", "local part needs quoting"),
        ("ann..lee@example.org", "local part needs quoting"),
        ('""@example.org', "local part needs quoting"),
        (f"{'a' * (MAX_LOCAL + 1)}@example.org", f"local part longer than {MAX_LOCAL}"),
        (f"ann@{'a.' * 130}org", f"longer than {MAX_ADDRESS}"),
        ("a" * 5000 + "@example.org", "far too long"),
    ],
)
def test_unusable_addresses_say_why(written: str, problem: str) -> None:
    assert normalise_address(written) is None
    assert address_problem(written) == problem


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_the_form_is_a_fixed_point_and_safe_in_a_header(written: str) -> None:
    address = normalise_address(written)
    if address is None:
        assert address_problem(written)
        return
    assert normalise_address(address) == address
    assert address == address.lower()
    local, _, domain = address.rpartition("@")
    assert local and domain and not domain.endswith(".")
    assert not any(c in address for c in ' "\\<>()[],;:\r\n\t\x00')
    assert len(address) <= MAX_ADDRESS
