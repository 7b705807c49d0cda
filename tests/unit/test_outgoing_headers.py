"""The headers of the email grantbox sends, built from what an applicant controls (their name,
their address, their Message-IDs), read back as a mail client reads them.

Each email is composed, turned into the bytes the sender hands to SMTP, and parsed again with
the stdlib's modern parser: a To must hold exactly one address (the normalised one) with the
display name intact, however the header is folded; a Message-ID list (References,
In-Reply-To) is never RFC 2047 encoded and never split inside an ID; and compose never raises.
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from grantbox.config import Settings
from grantbox.mailtemplates import RenderedEmail, oneline
from grantbox.outbox import MAX_REFERENCES, compose, display_name
from grantbox.store.tables import Message
from parsers.addresses import normalise_address
from parsers.reply_token import encode_reply_token

SETTINGS = Settings(_env_file=None, from_address="grants@example.org")
RENDERED = RenderedEmail(subject="Re: my application", text="Hello.\n", html="<p>Hello.</p>\n")
AT = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
LONG_ID = "<" + "k" * 120 + "@mail.example.org>"


def composed(
    name: str = "Amy Chen",
    addr: str = "amy@example.org",
    answering: Message | None = None,
) -> bytes:
    msg = compose(
        SETTINGS,
        to_name=name,
        to_addr=addr,
        kind="questions",
        rendered=RENDERED,
        answering=answering,
        token=encode_reply_token(7, b"k" * 32),
        at=AT,
    )
    return msg.as_bytes(policy=email.policy.SMTP)


def parsed(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def raw_header(raw: bytes, name: str) -> str:
    """The header exactly as on the wire (folded, not decoded)."""
    value = BytesHeaderParser(policy=compat32).parsebytes(raw)[name]
    assert isinstance(value, str), f"{name}: {value!r}"
    return value


def shown_name(raw: bytes, to: Address) -> str:
    """The To's display name as a mail client shows it. An encoded name longer than one
    encoded word is several, and RFC 2047 section 6.2 drops the white space between adjacent
    encoded words; the stdlib's address parser keeps it (its own folding of such a name
    comes back split the same way), so those are read with `email.header`, as clients do."""
    value = re.sub(r"\r?\n[ \t]", " ", raw_header(raw, "To")).strip()
    if "=?" not in value:
        return to.display_name
    phrase = value.rpartition(" <")[0]
    decoded = str(make_header(decode_header(phrase)))
    # The stdlib's reading differs only by that white space.
    assert to.display_name.replace(" ", "") == decoded.replace(" ", "")
    return decoded


def physical_lines(raw: bytes) -> list[bytes]:
    head = raw.split(b"\r\n\r\n", 1)[0]
    return head.split(b"\r\n")


def answering(message_id: str, in_reply_to: str | None = None) -> Message:
    return Message(message_id=message_id, in_reply_to=in_reply_to)


# ------------------------------------------------------------------------------------- the To

HOSTILE_NAMES = [
    # Folded, the stdlib dropped the quotes: a reply-all then reached evil@x.org.
    "a, b <evil@x.org>, " + "x" * 80,
    "a, b <evil@x.org>, " + "x " * 60,
    'Dr. "Quote" O\'Brien; (comment) \\ back' + "y" * 70,
    "Zoë, Ünïcode <e@x.org> " + "z" * 60,
    "=?utf-8?q?evil=40x.org?= <evil@x.org>",
    "日本語の名前、とても長い名前です " * 6,
    "x" * 200,
    "short, name",
    "Amy Chen",
    ';:,@<>[]\\"().',
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_to_holds_one_address_the_applicants_with_the_name_intact(name):
    raw = composed(name=name)
    [to] = parsed(raw)["To"].addresses
    assert (shown_name(raw, to), to.addr_spec) == (oneline(name), "amy@example.org")
    assert all(len(line) <= 998 for line in physical_lines(raw))
    assert raw.isascii()


@pytest.mark.parametrize(
    "addr",
    [
        '"\\victim"@example.org',
        '"v\\ictim"@example.org',
        '"victim"@example.org',
        "VICTIM@example.org",
        "victim@EXAMPLE.ORG.",
        " <victim@example.org> ",
    ],
)
def test_to_is_the_normalised_address(addr):
    to = parsed(composed(addr=addr))["To"]
    assert [a.addr_spec for a in to.addresses] == ["victim@example.org"]


@pytest.mark.parametrize(
    "addr",
    [
        "x@y..localhost",  # an empty label: Address() raised HeaderParseError
        "",
        "no-at-sign",
        '"a b"@x.localhost',  # stays quoted after unquoting
        "a@[127.0.0.1]",
        "a@b.org\r\nBcc: evil@x.org",
        "@",
        "zoë@exämple.org",  # internationalised: our SMTP sending is ASCII only
    ],
)
def test_an_address_that_cannot_be_written_to_gives_no_to_and_no_exception(addr):
    msg = parsed(composed(addr=addr))
    assert msg["To"] is None
    assert msg["Bcc"] is None


def test_a_trailing_dot_is_the_dns_root_and_is_dropped():
    # "Poison <p@x.localhost.>" stopped intake for good: Address() refused the trailing dot.
    to = parsed(composed(name="Poison", addr="p@x.localhost."))["To"]
    assert [(a.display_name, a.addr_spec) for a in to.addresses] == [("Poison", "p@x.localhost")]


@pytest.mark.parametrize(
    "name",
    [
        "Amy\r\nBcc: evil@x.org",
        "Amy\nBcc: evil@x.org",
        "Amy\rBcc: evil@x.org",
        "Amy\u2028Bcc: evil@x.org",
        "Amy\x85Bcc: evil@x.org",
        "Amy\x00\r\n\r\nbody",
    ],
)
def test_a_line_break_in_a_name_cannot_add_a_header(name):
    raw = composed(name=name)
    msg = parsed(raw)
    assert msg["Bcc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == ["amy@example.org"]
    assert [a.display_name for a in msg["To"].addresses] == [oneline(name)]
    assert sorted(msg.keys()) == sorted(parsed(composed()).keys())  # nothing added


# ----------------------------------------------------------------------- Message-ID lists


def test_references_to_long_ids_are_folded_between_ids_never_encoded():
    parent = "<" + "p" * 150 + "@mail.example.org>"
    earlier = [f"<{i:03d}" + "r" * 90 + "@mail.example.org>" for i in range(30)]
    raw = composed(answering=answering(parent, " ".join(earlier)))

    references = raw_header(raw, "References")
    in_reply_to = raw_header(raw, "In-Reply-To")
    assert "=?" not in references and "=?" not in in_reply_to
    ids = references.split()
    # RFC 5322 3.6.4: trim from the middle; the first and the newest (the parent) stay.
    assert ids == [earlier[0], *earlier[-(MAX_REFERENCES - 2) :], parent]
    # Folded only at white space between IDs: every physical line holds whole IDs.
    for line in references.split("\r\n"):
        assert all(re.fullmatch(r"<[^<>\s]+>", token) for token in line.split())
    assert in_reply_to.strip() == parent
    assert parsed(raw)["In-Reply-To"].strip() == parent
    assert all(len(line) <= 998 for line in physical_lines(raw))


def test_a_long_message_id_is_never_encoded():
    raw = composed(answering=answering(LONG_ID))
    assert raw_header(raw, "In-Reply-To").split() == [LONG_ID]
    assert raw_header(raw, "References").split() == [LONG_ID]
    [ours] = raw_header(raw, "Message-ID").split()
    assert re.fullmatch(r"<[^<>\s=]+@example\.org>", ours)


@pytest.mark.parametrize(
    "bad_id",
    [
        "<has space@x.org>",
        "<=?utf-8?q?x?=@x.org>",
        "<ünïcode@x.org>",
        "<ctl\x01@x.org>",
        "<" + "a" * 1200 + "@x.org>",  # longer than a line may be
        "no brackets at all",
        "<a@x.org>\r\nBcc: evil@x.org",
    ],
)
def test_a_message_id_we_cannot_write_intact_is_left_out(bad_id):
    good = "<good@mail.example.org>"
    raw = composed(answering=answering(bad_id, good))
    msg = parsed(raw)
    assert msg["Bcc"] is None
    # Only the parent's own Message-ID is answered (In-Reply-To); it is not an ID: none.
    assert raw_header(raw, "References").split() == [good]
    assert msg["In-Reply-To"] is None


# ---------------------------------------------------------------------- never an exception

names = st.text(max_size=300)
addresses = st.one_of(
    st.text(max_size=80),
    st.builds("{}@{}".format, st.text(max_size=30), st.text(max_size=30)),
    st.sampled_from(['"\\victim"@example.org', "p@x.localhost.", "x@y..localhost", "@"]),
)
ids = st.one_of(st.none(), st.text(max_size=200), st.builds("<{}>".format, st.text(max_size=90)))


@hyp_settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, addr=addresses, message_id=ids, in_reply_to=ids)
def test_compose_never_raises_nor_adds_a_header(name, addr, message_id, in_reply_to):
    parent = answering(message_id, in_reply_to) if message_id is not None else None
    raw = composed(name=name, addr=addr, answering=parent)
    msg = parsed(raw)
    assert raw.isascii()
    assert set(msg.keys()) <= set(parsed(composed(answering=answering(LONG_ID))).keys())
    assert all(len(line) <= 998 for line in physical_lines(raw))
    normalised = normalise_address(addr)
    if normalised is None or not normalised.isascii():
        assert msg["To"] is None
    else:
        [to] = msg["To"].addresses
        assert to.addr_spec == normalised
        assert shown_name(raw, to) == display_name(name)
    for header in ("References", "In-Reply-To"):
        if msg[header] is not None:
            value = raw_header(raw, header)
            assert "=?" not in value
            assert all(re.fullmatch(r"<[!-;=?-~]+>", token) for token in value.split())
