"""Robots never answered, people never silenced: the labelled corpora of tests/data/mail/robots.json
(held-out sets from issue 11 and the older fixtures), and the shapes that were answered before."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grantbox.models import MessageKind
from parsers.classify import is_auto_reply, is_bounce, triage
from parsers.message import parse_message

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from robots_accuracy import current, labels, score  # noqa: E402

DATA = ROOT / "tests" / "data" / "mail"
OURS = frozenset({"apply@grants.example"})


def build(headers: str, body: str = "hello") -> bytes:
    return (headers.strip("\n") + "\n\n" + body).replace("\n", "\r\n").encode("utf-8")


@pytest.mark.parametrize("corpus", sorted(labels()))
def test_no_robot_answered_and_no_person_silenced(corpus: str) -> None:
    (result,) = [s for s in score(current()) if s.corpus == corpus]
    assert result.robots_answered == []
    assert result.humans_silenced == []
    assert result.messages >= 6


def test_held_out_corpora_are_labelled_whole() -> None:
    spec = labels()
    for corpus in ("bounced", "sisimai"):
        listed = set(spec[corpus]["robot"]) | set(spec[corpus]["human"])
        listed |= set(spec[corpus].get("excluded", {}))
        on_disk = {
            str(p.relative_to(DATA))
            for p in (DATA / corpus).rglob("*")
            if p.is_file() and p.suffix not in (".md", ".json")
        }
        assert listed == on_disk


# --------------------------------------------------------------------------- the misses


def load(name: str):  # type: ignore[no-untyped-def]
    return parse_message((DATA / name).read_bytes())


def test_line_of_spaces_before_the_header_is_read() -> None:
    raw = (DATA / "bounced/bounce_email/bounces/undeliverable_gmail.eml").read_bytes()
    assert raw.startswith(b" " * 40)
    msg = parse_message(raw)
    assert "leading BOM or blank lines before the header" in msg.defects
    assert msg.size == len(raw)
    assert triage(msg, OURS).kind is MessageKind.bounce


def test_spaces_and_tabs_lines_then_header() -> None:
    raw = b" \t \r\n   \n\r\n" + build("From: Ann <ann@example.org>\nSubject: CV", "hi")
    msg = parse_message(raw)
    assert (msg.from_addr, msg.subject, msg.text) == ("ann@example.org", "CV", "hi")
    assert "leading BOM or blank lines before the header" in msg.defects


def test_verizon_plain_text_bounce_from_post_master() -> None:
    msg = load("sisimai/email-apachejames-01.eml")
    assert is_bounce(msg)
    assert triage(msg, OURS).may_auto_answer is False


def test_hotmail_complaint_is_an_abuse_report() -> None:
    for name in ("sisimai/arf-13.eml", "sisimai/arf-24.eml"):
        result = triage(load(name), OURS)
        assert result.kind is MessageKind.bounce
        assert result.may_auto_answer is False


def test_fml_admin_notice_is_list_mail() -> None:
    assert triage(load("sisimai/email-fml-01.eml"), OURS).kind is MessageKind.list


def test_outlook_auto_reply_subject_after_other_words() -> None:
    msg = load("bounced/bounce_email/non_bounces/tt_1234210666.eml")
    assert is_auto_reply(msg)


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        # A text-only bounce from a server whose sender name is nothing we know.
        (
            "From: Mail System <system@mx.example.net>\nSubject: Re: your application",
            "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform "
            "you that your message could not be delivered.\n\n<ann@example.org>: host "
            "mx.example.org said: 550 5.1.1 User unknown",
        ),
        (
            "From: Gateway <gw@isp.example>\nSubject: Your mail",
            "Your message did not reach some or all of the intended recipients.\n\n"
            "   ann@example.org: 550 5.1.1 RESOLVER.ADR.RecipNotFound",
        ),
        # ARF fields flattened into a text body (not multipart/report).
        (
            "From: fbl@isp.example\nSubject: Report",
            "Feedback-Type: abuse\nUser-Agent: SomeFBL/1.0\nVersion: 1\n"
            "Original-Mail-From: <apply@grants.example>",
        ),
        ("From: Ann <ann@example.org>\nSubject: [SpamCop (http://x.example/) id:1]", "x"),
        ("From: Ann <ann@example.org>\nSubject: Automātiskā atbilde: Pieteikums", "x"),
        ("From: Ann <ann@example.org>\nSubject: Automatisk svar: ansøgning", "x"),
        ("From: POST-MASTER@example.org\nSubject: hello", "x"),
    ],
)
def test_robot_shapes_are_not_answered(headers: str, body: str) -> None:
    assert triage(parse_message(build(headers, body)), OURS).may_auto_answer is False


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        # People who write about a bounce in their own words stay people.
        (
            "From: Ann <ann@gmail.example>\nSubject: Re: your application",
            "Hello, my first email bounced with 550 5.1.1 user unknown, so here is my CV "
            "again. Delivery failed twice from my work account.",
        ),
        (
            "From: Ann <ann@gmail.example>\nSubject: Fwd: Undeliverable: my application",
            "Hi, this came back:\n\n> This is the mail system at host mx.example.org.\n"
            "> 550 5.1.1 user unknown",
        ),
        ("From: Ann <ann@example.org>\nSubject: Re: Automatic reply: your questions", "Hi"),
        ("From: Ann <ann@example.org>\nSubject: Complaint about message from HR", "Hi"),
        ("From: Ann <ann@example.org>\nSubject: Abuse report on my project", "Hi"),
        ("From: Ann <ann@example.org>\nSubject: Feedback report (550 words)", "Hi"),
        ("From: Ann Admin <ann-admin@example.org>\nSubject: Application", "Hi"),
        ("From: Postma Sterre <sterre.postma@example.org>\nSubject: Application", "Hi"),
    ],
)
def test_people_are_not_silenced(headers: str, body: str) -> None:
    result = triage(parse_message(build(headers, body)), OURS)
    assert result.may_auto_answer is True, result.reasons
    assert result.kind is None
