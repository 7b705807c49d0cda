"""Unit tests of `parsers.classify`: triage rules and bounce reading over real mail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grantbox.models import InboundMessage, MessageKind
from parsers.classify import (
    RULES,
    Bounce,
    BouncedRecipient,
    Triage,
    asks_for_no_auto_reply,
    is_auto_reply,
    is_bounce,
    is_from_robot,
    is_from_us,
    is_list_mail,
    parse_bounce,
    triage,
)
from parsers.message import parse_message

DATA = Path(__file__).resolve().parent.parent / "data" / "mail"
OURS = frozenset({"apply@grants.example"})
BOUNCES = json.loads((DATA / "flufl.bounce" / "expected.json").read_text())["expected"]

# flufl.bounce cases our generic reader gets wrong, with why. Each is an xfail(strict=True):
# when a change fixes one, the test suite says so and it leaves this table.
KNOWN_BOUNCE_MISSES = {
    "aol_01.txt": "AOL names the screen name without a domain",
    "llnl_01.txt": "example addresses in the postmaster's explanation",
    "microsoft_02.txt": "the recipient is only given as an Exchange X.500 name",
    "simple_20.txt": "a person's address sends it; subject 'RE: … non remis' (not a bounce to us)",
    "simple_44.txt": "gave up after 4.4.4 retries but never says so in words",
    "yale_01.txt": "directory-lookup suggestions listed instead of the address",
}


def load(name: str) -> InboundMessage:
    return parse_message((DATA / name).read_bytes())


def build(headers: str, body: str = "hello") -> InboundMessage:
    raw = (headers.strip("\n") + "\n\n" + body).replace("\n", "\r\n").encode("utf-8")
    return parse_message(raw)


def _expected(name: str) -> tuple[set[str], set[str]]:
    addresses: set[str] = set()
    kinds: set[str] = set()
    for detection in BOUNCES[name]["detections"]:
        addresses |= {a.lower() for a in detection["addresses"]}
        if detection["addresses"]:
            kinds.add(detection["kind"])
    return addresses, kinds


def _bounce_matches(name: str) -> bool:
    addresses, kinds = _expected(name)
    bounce = parse_bounce(load(f"flufl.bounce/{name}"))
    got = set(bounce.recipients) if bounce else set()
    if got != addresses:
        return False
    return not addresses or ("permanent" if bounce and bounce.permanent else "temporary") in kinds


# --------------------------------------------------------------------------- bounces


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_BOUNCE_MISSES[n], strict=True))
        if n in KNOWN_BOUNCE_MISSES
        else n
        for n in sorted(BOUNCES)
    ],
)
def test_flufl_bounce_recipients(name: str) -> None:
    assert _bounce_matches(name)


def test_flufl_bounce_hit_rate() -> None:
    hits = sum(_bounce_matches(name) for name in BOUNCES)
    assert hits / len(BOUNCES) >= 0.93, f"{hits}/{len(BOUNCES)}"


# Messages in the bounce corpus that are not delivery failures (flufl expects no address),
# and one that only a person's mailbox sent (see KNOWN_BOUNCE_MISSES).
NOT_BOUNCES = {"qmail_08.txt", "groupwise_03.txt", "simple_20.txt"}


@pytest.mark.parametrize("name", sorted(set(BOUNCES) - NOT_BOUNCES))
def test_flufl_bounces_are_classified_as_bounces(name: str) -> None:
    msg = load(f"flufl.bounce/{name}")
    result = triage(msg, OURS)
    assert result.kind is MessageKind.bounce
    assert result.may_auto_answer is False
    assert is_bounce(msg)


def test_dsn_permanent_with_status_codes() -> None:
    bounce = parse_bounce(load("ruby-mail/emails/multipart_report_emails/report_530.eml"))
    assert bounce is not None and bounce.source == "dsn"
    assert bounce.permanent
    assert bounce.details[0].status is not None and bounce.details[0].status.startswith("5.")


def test_dsn_delay_is_temporary() -> None:
    bounce = parse_bounce(load("ruby-mail/emails/multipart_report_emails/report_422.eml"))
    assert bounce is not None
    assert not bounce.permanent
    assert all(r.status and r.status.startswith("4.") for r in bounce.details)
    delayed = parse_bounce(load("flufl.bounce/dsn_17.txt"))
    assert (
        delayed is not None and delayed.recipients == ["userx@example.fi"] and not delayed.permanent
    )


def test_dsn_with_several_recipients() -> None:
    bounce = parse_bounce(
        load("ruby-mail/emails/multipart_report_emails/multi_address_bounce1.eml")
    )
    assert bounce is not None
    assert len(bounce.recipients) >= 2
    assert bounce.permanent


def test_nodemailer_ses_dsn() -> None:
    bounce = parse_bounce(load("nodemailer-mailparser/test/fixtures/delivery-status.eml"))
    assert bounce is not None
    assert bounce.source == "dsn"
    assert bounce.permanent


def test_x_failed_recipients_header() -> None:
    msg = build(
        "From: Mail Delivery System <Mailer-Daemon@mx.example>\n"
        "X-Failed-Recipients: Gone@Example.org\nSubject: Mail delivery failed"
    )
    bounce = parse_bounce(msg)
    assert bounce == Bounce(
        recipients=["gone@example.org"],
        permanent=True,
        source="header",
        details=[BouncedRecipient(address="gone@example.org", permanent=True)],
    )


def test_ordinary_mail_has_no_bounce() -> None:
    msg = load("talon/standard_replies/gmail.eml")
    assert is_bounce(msg) is None
    assert parse_bounce(msg) is None


def test_dsn_wrapped_in_a_forwarded_message() -> None:
    # A disclaimer relay wrapped the whole DSN into message/rfc822 (flufl dsn_15).
    bounce = parse_bounce(load("flufl.bounce/dsn_15.txt"))
    assert bounce is not None
    assert (bounce.recipients, bounce.permanent, bounce.source) == (
        ["userx@example.com"],
        True,
        "dsn",
    )


def test_our_own_address_is_never_reported_bounced() -> None:
    msg = load("flufl.bounce/aol_01.txt")  # "… not accepting mail from xxx@lists.xxx.com"
    assert parse_bounce(msg, frozenset({"xxx@lists.xxx.com"})) is None


def test_exchange_summary_lines_are_not_recipients() -> None:
    # "To: pit-penguins@…" is the original's list address; the failure is userx@example.COM.
    bounce = parse_bounce(load("flufl.bounce/microsoft_01.txt"))
    assert bounce is not None and bounce.recipients == ["userx@example.com"]


@pytest.mark.parametrize(
    ("name", "permanent"),
    [
        ("qmail_07.txt", True),  # "This is a permanent error"
        ("yahoo_01.txt", True),  # 4.4.1, but "I'm not going to try again"
        ("simple_27.txt", True),  # "Warning:" subject, "no such user"
        ("simple_22.txt", False),  # "Delivery attempts will continue to be made"
        ("simple_35.txt", False),  # "We will continue to try"
        ("simple_03.txt", False),  # "Warning: message … delayed"
    ],
)
def test_plain_text_permanent_or_temporary(name: str, permanent: bool) -> None:
    bounce = parse_bounce(load(f"flufl.bounce/{name}"))
    assert bounce is not None and bounce.source == "text"
    assert bounce.permanent is permanent


@pytest.mark.parametrize(
    "subject",
    ["Delivery report on our pilot project", "Re: Undeliverable: my application"],
)
def test_human_subjects_that_sound_like_bounces(subject: str) -> None:
    assert is_bounce(build(f"From: Ann <ann@example.org>\nSubject: {subject}")) is None


def test_human_forwarding_a_bounce_is_not_a_bounce() -> None:
    msg = build("From: Ann <ann@example.org>\nSubject: Fwd: Undeliverable: my application")
    assert is_bounce(msg) is None
    assert triage(msg, OURS).kind is None


# --------------------------------------------------------------------------- auto-replies


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated; owner-email=x@example.org",
        "X-Autoreply: yes",
        "X-Autorespond: Out of office",
        "Precedence: auto_reply",
        "Subject: Out of Office: your application",
        "Subject: Automatic reply: Application",
        "Subject: Abwesenheitsnotiz: Bewerbung",
        "Subject: Réponse automatique : candidature",
        "Subject: Auto: application",
        "Subject: [Auto-Reply] thanks",
        "Subject: Out of Office AutoReply: grant",
        "Subject: Out of Office",
        "Subject: 自動応答: 応募",
    ],
)
def test_auto_replies(headers: str) -> None:
    msg = build(f"From: Ann <ann@example.org>\n{headers}")
    assert is_auto_reply(msg)
    result = triage(msg, OURS)
    assert result.kind is MessageKind.auto_reply
    assert result.may_auto_answer is False


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: no",
        "Subject: Re: my out of office project",
        "Subject: Application (automatic reply not needed)",
        "Subject: On leave from university - application",
        "Subject: Out of office hours research proposal",
        "Subject: Auto repair training grant",
    ],
)
def test_not_auto_replies(headers: str) -> None:
    assert is_auto_reply(build(f"From: Ann <ann@example.org>\n{headers}")) is None


def test_real_auto_reply_in_bounce_corpus() -> None:
    msg = load("flufl.bounce/qmail_08.txt")  # "Auto reply" with Precedence: auto_reply
    assert triage(msg, OURS).kind is MessageKind.auto_reply


def test_read_receipt_is_automatic() -> None:
    msg = build(
        "From: Ann <ann@example.org>\nSubject: Read: your questions\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"',
        "--b\nContent-Type: text/plain\n\nYour message was displayed.\n"
        "--b\nContent-Type: message/disposition-notification\n\n"
        "Final-Recipient: rfc822; ann@example.org\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n--b--\n",
    )
    assert is_auto_reply(msg) == "read receipt (RFC 8098 disposition notification)"
    assert triage(msg, OURS).kind is MessageKind.auto_reply


def test_x_auto_response_suppress_only_blocks_the_answer() -> None:
    msg = build("From: Ann <ann@example.org>\nX-Auto-Response-Suppress: All\nSubject: CV")
    assert asks_for_no_auto_reply(msg) == "X-Auto-Response-Suppress: All"
    result = triage(msg, OURS)
    assert result == Triage(
        kind=None, reasons=["no_auto_reply: X-Auto-Response-Suppress: All"], may_auto_answer=False
    )


# --------------------------------------------------------------------------- lists and robots


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("List-Id: Grants talk <grants.lists.example.org>", "list-id header"),
        ("List-Unsubscribe: <mailto:leave@lists.example.org>", "list-unsubscribe header"),
        ("Precedence: bulk", "Precedence: bulk"),
        ("Precedence: junk", "Precedence: junk"),
        ("Precedence: list", "Precedence: list"),
    ],
)
def test_list_mail(headers: str, reason: str) -> None:
    msg = build(f"From: Ann <ann@example.org>\n{headers}")
    assert is_list_mail(msg) == reason
    assert triage(msg, OURS).kind is MessageKind.list


def test_real_list_mail() -> None:
    msg = load("nodemailer-mailparser/test/fixtures/large_text.eml")  # Launchpad bug mail
    assert is_list_mail(msg) == "list-id header"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("From: MAILER-DAEMON@mx.example.org", "robot sender mailer-daemon"),
        ("From: postmaster@example.org", "robot sender postmaster"),
        ("From: No Reply <noreply@jobs.example>", "robot sender noreply"),
        ("From: no-reply-alerts@jobs.example", "robot sender no-reply-alerts"),
        ("From: do-not-reply@jobs.example", "robot sender do-not-reply"),
        ("From: Ann <ann@example.org>\nReturn-Path: <>", "null Return-Path <>"),
        ("From: Postmaster <>", "no sender address"),
    ],
)
def test_robots(headers: str, reason: str) -> None:
    msg = build(headers)
    assert is_from_robot(msg) == reason
    assert triage(msg, OURS).may_auto_answer is False


def test_real_robot_sender_is_still_filed() -> None:
    # A no-reply sender may still carry a real application (job boards); only the answer stops.
    msg = load("mail-parser/mail_test_15")  # From: do-not-reply@…
    result = triage(msg, OURS)
    assert result.kind is None
    assert result.may_auto_answer is False
    assert result.reasons == ["robot: robot sender do-not-reply"]


# --------------------------------------------------------------------------- ourselves


@pytest.mark.parametrize(
    "headers",
    [
        "From: Grants <Apply@Grants.Example>",
        "From: apply+t0k3n@grants.example",  # RFC 5233 subaddress of our own address
        "From: Ann <ann@example.org>\nX-Grantbox: outbox",
    ],
)
def test_from_us(headers: str) -> None:
    msg = build(headers)
    assert is_from_us(msg, OURS)
    result = triage(msg, OURS)
    assert result.kind is MessageKind.from_us
    assert result.may_auto_answer is False


def test_from_us_wins_over_everything_else() -> None:
    msg = build("From: apply@grants.example\nAuto-Submitted: auto-replied\nPrecedence: bulk")
    result = triage(msg, OURS)
    assert result.kind is MessageKind.from_us
    assert [r.split(":")[0] for r in result.reasons] == ["from_us", "auto_reply", "list"]


# --------------------------------------------------------------------------- human mail


@pytest.mark.parametrize(
    "name",
    sorted(
        p.relative_to(DATA).as_posix() for p in (DATA / "talon" / "standard_replies").glob("*.eml")
    )
    + [f"ruby-mail/emails/rfc2822/example{i:02d}.eml" for i in (1, 2, 5, 6, 7)],
)
def test_human_replies_pass_untouched(name: str) -> None:
    result = triage(load(name), OURS)
    assert result == Triage(kind=None, reasons=[], may_auto_answer=True)


def test_rules_table_is_the_whole_policy() -> None:
    names = [rule.name for rule in RULES]
    assert names == ["from_us", "bounce", "auto_reply", "list", "robot", "no_auto_reply"]
    assert all(rule.may_auto_answer is False for rule in RULES)
    assert {rule.kind for rule in RULES} == {
        MessageKind.from_us, MessageKind.bounce, MessageKind.auto_reply, MessageKind.list, None,
    }  # fmt: skip
