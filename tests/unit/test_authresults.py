"""Unit tests of `parsers.authresults`: RFC 8601 Authentication-Results as providers write
them, which of them count, and what they say about the sender."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from parsers.authresults import (
    NO_AUTHSERV_ID,
    header_values,
    parse_authentication_results,
    parse_authserv_ids,
    verdict,
)

# Shapes as the providers write them (values made up; folding as in real messages, unfolded).
GMAIL_PASS = (
    "mx.google.com; dkim=pass header.i=@example.org header.s=s1 header.b=AbC1dE2f; "
    "spf=pass (google.com: domain of alice@example.org designates 192.0.2.10 as permitted "
    "sender) smtp.mailfrom=alice@example.org; "
    "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org"
)
GMAIL_FORGED = (
    "mx.google.com; spf=fail (google.com: domain of alice@example.org does not designate "
    "203.0.113.66 as permitted sender) smtp.mailfrom=alice@example.org; "
    "dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=example.org"
)
# Microsoft 365 writes no authserv-id: the header starts with the first result.
M365_PASS = (
    "spf=pass (sender IP is 192.0.2.20) smtp.mailfrom=contoso.com; "
    "dkim=pass (signature was verified) header.d=contoso.com;dmarc=pass action=none "
    "header.from=contoso.com;compauth=pass reason=100"
)
M365_SPOOF = (
    "spf=none (sender IP is 203.0.113.66) smtp.mailfrom=evil.test; dkim=none (message not "
    "signed) header.d=none;dmarc=none action=none header.from=contoso.com;compauth=fail "
    "reason=601"
)
FASTMAIL_PASS = (
    "mx4.messagingengine.com; dkim=pass (2048-bit rsa key sha256) header.d=example.net "
    "header.i=@example.net header.b=Q1w2E3r4 header.a=rsa-sha256 header.s=fm2 x-bits=2048; "
    "dmarc=pass policy.published-domain-policy=quarantine policy.applied-disposition=none "
    "policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) "
    "policy.policy-from=p header.from=example.net; iprev=pass smtp.remote-ip=192.0.2.30 "
    "(mail.example.net); spf=pass smtp.mailfrom=bob@example.net smtp.helo=mail.example.net; "
    "x-aligned-from=pass (Address match); x-me-sender=none"
)


def test_gmail_header_reads_as_written() -> None:
    parsed = parse_authentication_results(GMAIL_PASS)
    assert parsed is not None and parsed.authserv_id == "mx.google.com"
    assert [(r.method, r.result) for r in parsed.results] == [
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    assert parsed.results[1].prop("smtp.mailfrom") == "alice@example.org"
    assert parsed.results[2].prop("header.from") == "example.org"


def test_microsoft_365_header_has_no_authserv_id() -> None:
    parsed = parse_authentication_results(M365_PASS)
    assert parsed is not None and parsed.authserv_id == ""
    assert [(r.method, r.result) for r in parsed.results] == [
        ("spf", "pass"),
        ("dkim", "pass"),
        ("dmarc", "pass"),
        ("compauth", "pass"),
    ]
    assert parsed.results[2].prop("action") == "none"


def test_gmail_pass_and_fail() -> None:
    good = verdict([GMAIL_PASS], ["mx.google.com"], "alice@example.org")
    assert (good.checked_by, good.dmarc, good.spf) == ("mx.google.com", "pass", "pass")
    assert good.dkim == (("pass", "example.org"),)
    assert good.passed and good.aligned and not good.failed
    bad = verdict([GMAIL_FORGED], ["mx.google.com"], "alice@example.org")
    assert bad.failed and not bad.passed
    assert bad.describe() == "dmarc=fail, spf=fail (example.org)"


def test_microsoft_365_trusted_by_its_missing_id() -> None:
    trusted = parse_authserv_ids(NO_AUTHSERV_ID)
    assert verdict([M365_PASS], trusted, "carol@contoso.com").passed
    spoof = verdict([M365_SPOOF], trusted, "carol@contoso.com")
    # No DMARC record to fail, but Microsoft's composite check says it is a spoof.
    assert spoof.dmarc == "none" and spoof.compauth == "fail" and spoof.failed
    # Not trusted unless the operator says so.
    assert verdict([M365_SPOOF], ["mx.google.com"], "carol@contoso.com").checked_by is None


def test_fastmail_hosts_trusted_by_wildcard() -> None:
    trusted = parse_authserv_ids(" *.messagingengine.com , mx.google.com,")
    assert trusted == ("*.messagingengine.com", "mx.google.com")
    result = verdict([FASTMAIL_PASS], trusted, "bob@example.net")
    assert result.checked_by == "mx4.messagingengine.com" and result.passed
    assert result.extra["iprev"] == "pass" and result.extra["x-aligned-from"] == "pass"
    assert verdict([FASTMAIL_PASS], ["messagingengine.com"], "bob@example.net").checked_by is None
    # The wildcard is for hosts under the domain, not the domain or look-alikes.
    lookalike = FASTMAIL_PASS.replace("mx4.messagingengine.com", "evilmessagingengine.com")
    assert verdict([lookalike], trusted, "bob@example.net").checked_by is None


def test_an_attackers_header_below_the_providers_is_ignored() -> None:
    forged = "mx.google.com; dkim=pass header.d=example.org; spf=pass; dmarc=pass"
    result = verdict([GMAIL_FORGED, forged], ["mx.google.com"], "alice@example.org")
    assert result.dmarc == "fail" and result.dkim == () and result.failed
    # Below a header of another id too: the run of trusted headers ended there.
    result = verdict(
        [GMAIL_FORGED, "relay.evil.test; none", forged], ["mx.google.com"], "alice@example.org"
    )
    assert result.failed


def test_our_own_later_hops_above_the_provider_are_skipped() -> None:
    mine = "imap.grants.example; none"
    result = verdict([mine, GMAIL_FORGED], ["mx.google.com"], "alice@example.org")
    assert result.checked_by == "mx.google.com" and result.failed


def test_split_results_of_one_server_are_combined() -> None:
    """A self-hosted server whose filters each add a header (OpenDKIM, OpenDMARC, SPF)."""
    values = [
        "mail.example.com; spf=fail smtp.mailfrom=alice@example.org",
        'mail.example.com; dkim=fail reason="signature verification failed" header.d=example.org',
        "mail.example.com; dkim=none",  # a lower report of the same method: not counted
    ]
    result = verdict(values, ["mail.example.com"], "alice@example.org")
    assert result.dmarc is None and result.dkim == (("fail", "example.org"),)
    assert result.spf == "fail" and result.failed


def test_dkim_pass_or_spf_for_another_domain_is_not_a_failure() -> None:
    signed = (
        "mx.example.com; dkim=pass header.d=example.org; spf=fail smtp.mailfrom=bounce.esp.test"
    )
    assert not verdict([signed], ["mx.example.com"], "alice@example.org").failed
    other = "mx.example.com; dkim=none; spf=fail smtp.mailfrom=x@esp.test"
    assert not verdict([other], ["mx.example.com"], "alice@example.org").failed
    own = "mx.example.com; dkim=none; spf=fail smtp.mailfrom=x@example.org"
    assert verdict([own], ["mx.example.com"], "alice@example.org").failed


def test_no_trusted_header_gives_no_verdict() -> None:
    result = verdict([], ["mx.google.com"], "alice@example.org")
    assert result.checked_by is None and not result.failed and not result.passed
    assert verdict([GMAIL_FORGED], [], "alice@example.org").checked_by is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", None),
        (";;;", None),
        ("mx.google.com", ("mx.google.com", [])),
        ("mx.google.com; none", ("mx.google.com", [])),
        ("mx.google.com 1; dmarc=pass", ("mx.google.com", [("dmarc", "pass")])),
        ("mx.google.com; dmarc", ("mx.google.com", [])),
        ("mx.google.com; =pass; dkim==; spf=", ("mx.google.com", [])),
        ("mx.google.com; dkim/1=pass", ("mx.google.com", [("dkim", "pass")])),
        ("(a (nested) comment) mx.google.com; dmarc=pass", ("mx.google.com", [("dmarc", "pass")])),
        ("mx.google.com; dmarc=fail (unclosed comment", ("mx.google.com", [("dmarc", "fail")])),
        ('mx.google.com; dmarc=fail reason="a; b"', ("mx.google.com", [("dmarc", "fail")])),
        ("MX.Google.COM; DMARC=FAIL", ("mx.google.com", [("dmarc", "fail")])),
        (
            "mx.google.com; dmarc=pass)) ; spf=fail",
            ("mx.google.com", [("dmarc", "pass"), ("spf", "fail")]),
        ),
    ],
)
def test_malformed_values(value: str, expected: tuple[str, list[tuple[str, str]]] | None) -> None:
    parsed = parse_authentication_results(value)
    got = (
        None
        if parsed is None
        else (parsed.authserv_id, [(r.method, r.result) for r in parsed.results])
    )
    assert got == expected


def test_header_values_reads_the_header_section_top_first() -> None:
    raw = (
        b"Authentication-Results: mx.google.com;\r\n  dmarc=fail header.from=example.org\r\n"
        b"Received: from x\r\n"
        b"authentication-results: evil.test; dmarc=pass\r\n"
        b"From: alice@example.org\r\n\r\n"
        b"Authentication-Results: in the body; dmarc=pass\r\n"
    )
    assert header_values(raw, "Authentication-Results") == [
        "mx.google.com; dmarc=fail header.from=example.org",
        "evil.test; dmarc=pass",
    ]
    assert (
        header_values(b"Subject: x\n\nAuthentication-Results: a; b=c\n", "authentication-results")
        == []
    )


def test_hostile_lengths_are_linear() -> None:
    """Run in a subprocess with a timeout, so a regression fails instead of hanging."""
    code = textwrap.dedent(
        """
        import time
        from parsers.authresults import header_values, parse_authentication_results, verdict
        n = 2_000_000
        cases = [
            "mx.google.com; " + "(" * n,
            "mx.google.com; " + '"' + "a" * n,
            "mx.google.com; " + "dkim=pass " * (n // 10),
            "mx.google.com; " + "a=b;" * (n // 4),
            "mx.google.com; " + "=" * n,
            " " * n + "x",
        ]
        start = time.perf_counter()
        for value in cases:
            parse_authentication_results(value)
            verdict([value] * 1000, ["mx.google.com"], "a@b.c")
        raw = b"Authentication-Results: x;" + b"\\r\\n a=b" * (n // 5)
        header_values(raw, "authentication-results")
        header_values(b"Authentication-Results: a\\n" * (n // 10), "authentication-results")
        assert time.perf_counter() - start < 5, time.perf_counter() - start
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
