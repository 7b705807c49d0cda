"""Hostile mail (issue 16) through the real `parse_message`: each case must finish quickly, in
bounded memory, and give a sane, bounded result.

Every case runs in a fresh worker process with a hard timeout that is then terminated, so a
regression to quadratic parsing fails here instead of hanging the test run.
"""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections.abc import Callable, Iterator
from multiprocessing.pool import Pool

import pytest

from grantbox.intake import defect_flags
from grantbox.models import InboundMessage
from parsers.addresses import normalise_address
from parsers.message import (
    MAX_HEADER_CHARS,
    MAX_LIST_HEADER_CHARS,
    MAX_PARTS,
    parse_message,
    safe_filename,
)
from tests.hostile.mail import CASES, QUOTED_VICTIMS

PARSE_SECONDS = 2.0  # what one hostile email may cost, on a slow 2-core runner
HARD_TIMEOUT = 30.0  # building the input as well; past this the worker is killed
MAX_RSS_GROWTH_MB = 64  # peak memory the parse may add over the input it was given


def _run_case(name: str) -> tuple[float, int, InboundMessage]:
    """In the worker: build the email, parse it; seconds, peak RSS growth (MB), result."""
    raw = CASES[name]()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    msg = parse_message(raw)
    seconds = time.perf_counter() - start
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return seconds, grown // 1024, msg


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    # One fresh process per case (its peak RSS is its own); fork: nothing to re-import.
    with multiprocessing.get_context("fork").Pool(1, maxtasksperchild=1) as workers:
        yield workers


def parsed(pool: Pool, name: str) -> InboundMessage:
    pending = pool.apply_async(_run_case, (name,))
    try:
        seconds, grown_mb, msg = pending.get(timeout=HARD_TIMEOUT)
    except multiprocessing.TimeoutError:
        pool.terminate()
        pytest.fail(f"{name}: parse_message still running after {HARD_TIMEOUT:.0f} s")
    assert seconds < PARSE_SECONDS, f"{name}: parse_message took {seconds:.2f} s"
    assert grown_mb < MAX_RSS_GROWTH_MB, f"{name}: peak RSS grew by {grown_mb} MB"
    return msg


def _has(msg: InboundMessage, start: str) -> bool:
    return any(d.startswith(start) for d in msg.defects)


def _subject_cut(msg: InboundMessage) -> None:
    assert msg.subject.endswith(" …")
    assert 10 < len(msg.subject) <= MAX_HEADER_CHARS + 2
    assert _has(msg, "Subject header cut to ")


def _from_gone(msg: InboundMessage) -> None:
    assert msg.from_addr == ""
    assert "malformed_headers" in defect_flags(msg.defects)


def _from_name_cut(msg: InboundMessage) -> None:
    assert len(msg.from_name) <= MAX_LIST_HEADER_CHARS
    assert _has(msg, "From header cut to ")


def _to_cut(msg: InboundMessage) -> None:
    assert 500 < len(msg.to) < MAX_LIST_HEADER_CHARS // 10
    assert msg.to[:2] == ["r0@example.org", "r1@example.org"]
    assert all(normalise_address(a) == a for a in msg.to)
    assert _has(msg, "To header cut to ")


def _fields_cut(msg: InboundMessage) -> None:
    assert msg.subject == "many headers"
    assert "header too large: read 1000 of 50004 fields" in msg.defects


def _address_fields_cut(msg: InboundMessage) -> None:
    assert msg.to[:2] == ["r0@example.org", "r1@example.org"] and len(msg.to) == 1000
    assert _has(msg, "header too large: read ")


def _params_cut(msg: InboundMessage) -> None:
    assert _has(msg, "Content-Type header cut to ")
    assert msg.content_type == "multipart/mixed"


def _filename_cut(msg: InboundMessage) -> None:
    assert msg.text == "cv attached"
    (att,) = msg.attachments
    assert att.filename == safe_filename(att.filename) and len(att.filename) <= 150
    assert att.data.startswith(b"%PDF")


def _parts_capped(msg: InboundMessage) -> None:
    assert 0 < len(msg.attachments) <= MAX_PARTS
    assert msg.attachments[0].filename == "f0.bin"
    assert _has(msg, "too many MIME parts: ")
    assert f"read the first {MAX_PARTS}" in next(d for d in msg.defects if "MIME parts" in d)


def _nesting_refused(msg: InboundMessage) -> None:
    assert msg.parser == "stdlib"
    assert _has(msg, "MIME parse failed: RecursionError (MIME nesting deeper than ")
    assert msg.subject == "deep" and msg.from_addr == "ann@example.org"


def _html_cut(msg: InboundMessage) -> None:
    assert _has(msg, "HTML body of ")
    assert msg.text.startswith("hi")


def _tnef_refused(reason: str) -> Callable[[InboundMessage], None]:
    def check(msg: InboundMessage) -> None:
        assert _has(msg, f"winmail.dat not unpacked: {reason}")
        assert [a.filename for a in msg.attachments] == ["winmail.dat"]  # kept as it came
        assert msg.text == "see attached"

    return check


def _trailing_dot(msg: InboundMessage) -> None:
    assert (msg.from_addr, msg.from_name) == ("p@x.localhost", "Poison")


def _double_dot(msg: InboundMessage) -> None:
    assert (msg.from_addr, msg.from_name) == ("", "Poison")
    assert _has(msg, "From header: address 'x@y..localhost' is not usable: ")
    assert defect_flags(msg.defects) == ["malformed_headers"]


def _victim(msg: InboundMessage) -> None:
    assert (msg.from_addr, msg.from_name) == ("victim@example.org", "Victim")
    # mail-parser leaves out list entries it cannot read (a trailing dot); never another form.
    assert msg.reply_to in ([], ["victim@example.org"])
    assert msg.cc in ([], ["victim@example.org"])


EXPECTED: dict[str, Callable[[InboundMessage], None]] = {
    "subject_encoded_words": _subject_cut,
    "subject_plain_megabyte": _subject_cut,
    "from_without_address": _from_gone,
    "from_megabyte": _from_gone,
    "from_many_encoded_words": _from_name_cut,
    "to_many_addresses": _to_cut,
    "many_address_headers": _address_fields_cut,
    "many_headers": _fields_cut,
    "content_type_many_params": _params_cut,
    "filename_encoded_words": _filename_cut,
    "many_parts": _parts_capped,
    "deep_nesting_with_body": _nesting_refused,
    "html_unclosed_comment": _html_cut,
    "tnef_many_objects": _tnef_refused("more than 10000 objects"),
    "tnef_mapi_count": _tnef_refused("MAPI count 4294967295 larger than"),
    "tnef_mapi_values": _tnef_refused("MAPI count 4294967295 larger than"),
    "poison_from_trailing_dot": _trailing_dot,
    "poison_from_double_dot": _double_dot,
    **{f"quoted_victim_{i:02d}": _victim for i in range(len(QUOTED_VICTIMS))},
}


def test_every_case_has_its_expectations() -> None:
    assert set(EXPECTED) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_mail_is_parsed_fast_and_sanely(pool: Pool, name: str) -> None:
    msg = parsed(pool, name)
    # Bounded and clean whatever the case: nothing from a header carries a line break.
    for value in [msg.subject, msg.from_name, msg.from_addr, *msg.headers.values()]:
        assert not any(ch in value for ch in "\r\n\x00")
    for address in [msg.from_addr, *msg.to, *msg.cc, *msg.reply_to]:
        assert address == "" or normalise_address(address) == address
    assert len(msg.subject) <= MAX_HEADER_CHARS + 2
    assert len(msg.attachments) <= MAX_PARTS
    assert len(msg.defects) < 50
    EXPECTED[name](msg)


def test_the_twelve_spellings_are_one_sender() -> None:
    senders = {parse_message(CASES[f"quoted_victim_{i:02d}"]()).from_addr for i in range(12)}
    assert senders == {"victim@example.org"}


def test_a_cut_header_names_its_length_as_received() -> None:
    raw = b"From: a@example.org\r\nSubject: " + b"x" * (MAX_HEADER_CHARS * 3) + b"\r\n\r\nhi"
    msg = parse_message(raw)
    assert msg.subject == "x" * MAX_HEADER_CHARS + " …"
    assert f"Subject header cut to {MAX_HEADER_CHARS} of {MAX_HEADER_CHARS * 3} characters" in (
        msg.defects
    )


def test_a_cut_never_leaves_half_an_encoded_word_or_address() -> None:
    word = "=?utf-8?q?caf=C3=A9?= "
    subject = word * (MAX_HEADER_CHARS // len(word) + 5)
    to = ", ".join(f"person{i}@example.org" for i in range(MAX_LIST_HEADER_CHARS // 20))
    msg = parse_message(
        f"From: a@example.org\r\nTo: {to}\r\nSubject: {subject}\r\n\r\nhi".encode("ascii")
    )
    assert "=?" not in msg.subject
    # RFC 2047 section 6.2: the space between adjacent encoded words is not shown.
    assert set(msg.subject.removesuffix(" …").split("café")) == {""}
    assert all(a.startswith("person") and a.endswith("@example.org") for a in msg.to)


@pytest.mark.parametrize(
    ("header", "address", "name"),
    [
        ('"Ann Lee" <Ann.Lee@Example.ORG.>', "ann.lee@example.org", "Ann Lee"),
        ('Ann <"ann"@example.org>', "ann@example.org", "Ann"),
        ("ann@example.org (Ann)", "ann@example.org", "Ann"),
    ],
)
def test_from_is_normalised_and_keeps_its_name(header: str, address: str, name: str) -> None:
    msg = parse_message(f"From: {header}\r\nSubject: s\r\n\r\nhi".encode())
    assert (msg.from_addr, msg.from_name) == (address, name), msg.defects


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ('Ann <"ann lee"@example.org>', "white space or invisible character"),
        ("Ann <ann@-example.org>", "domain is not a host name"),
        (f"Ann <{'a' * 65}@example.org>", "local part longer than 64"),
    ],
)
def test_an_unusable_from_address_is_dropped_with_a_reason(header: str, problem: str) -> None:
    msg = parse_message(f"From: {header}\r\nSubject: s\r\n\r\nhi".encode())
    assert (msg.from_addr, msg.from_name) == ("", "Ann")
    defect = next(d for d in msg.defects if d.startswith("From header: address "))
    assert defect.endswith(f"is not usable: {problem}")
    assert "malformed_headers" in defect_flags(msg.defects)


def test_unusable_recipients_are_left_out_and_the_rest_normalised() -> None:
    msg = parse_message(
        b'From: a@example.org\r\nTo: "B"@Example.org, <D@EXAMPLE.ORG>, b@example.org\r\n'
        b"Cc: e@[127.0.0.1], f@example.org\r\nSubject: s\r\n\r\nhi"
    )
    assert msg.to == ["b@example.org", "d@example.org"]
    assert msg.cc == ["f@example.org"]
