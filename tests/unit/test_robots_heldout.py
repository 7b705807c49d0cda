"""Robots never answered, people never silenced: the labelled corpora of tests/data/mail/robots.json
(held-out sets from issue 11 and the older fixtures), and the shapes that were answered before."""

from __future__ import annotations

import functools
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grantbox.models import MessageKind
from parsers.classify import is_auto_reply, is_bounce, triage
from parsers.message import parse_message

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from robots_accuracy import Score, current, labels, score  # noqa: E402

DATA = ROOT / "tests" / "data" / "mail"
OURS = frozenset({"apply@grants.example"})


def build(headers: str, body: str = "hello") -> bytes:
    return (headers.strip("\n") + "\n\n" + body).replace("\n", "\r\n").encode("utf-8")


@functools.cache
def scores() -> dict[str, Score]:
    """Every labelled corpus scored once per test process (about 430 messages)."""
    return {s.corpus: s for s in score(current())}


@pytest.mark.parametrize("corpus", sorted(labels()))
def test_no_robot_answered_and_no_person_silenced(corpus: str) -> None:
    result = scores()[corpus]
    assert result.robots_answered == []
    # A person left unanswered on purpose is named, with the reason, in robots.json.
    assert result.humans_silenced == sorted(labels()[corpus].get("left_silenced", {}))
    assert result.messages >= 6


def test_held_out_corpora_are_labelled_whole() -> None:
    spec = labels()
    held_out = [name for name, corpus in spec.items() if corpus.get("held_out")]
    assert {"bounced", "sisimai", "bounceparser", "baunsu", "people-robotlike"} <= set(held_out)
    for corpus in held_out:
        listed = set(spec[corpus]["robot"]) | set(spec[corpus]["human"])
        listed |= set(spec[corpus].get("excluded", {}))
        on_disk = {
            str(p.relative_to(DATA))
            for p in (DATA / corpus).rglob("*")
            if p.is_file() and p.suffix not in (".md", ".json", ".py")  # .py: a set's generator
        }
        assert listed == on_disk


def test_the_person_corpus_is_big_enough_and_the_robot_corpora_bigger() -> None:
    spec = labels()
    assert len(spec["people-robotlike"]["human"]) >= 40
    new_robots = sum(
        len(spec[c]["robot"])
        for c in ("bounceparser", "baunsu", "php-bounce-handler", "sisimai-more")
    )
    assert new_robots >= 150


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


# ------------------------------------------------------ stop 11: the first run's misses


def test_challenge_response_from_the_protected_address_is_an_auto_reply() -> None:
    """Bluebottle answers every stranger from the protected person's own address, 'RE: …'."""
    result = triage(load("bounceparser/bluebottle.msg"), OURS)
    assert result.kind is MessageKind.auto_reply
    assert result.may_auto_answer is False
    assert any("challenge-response" in r for r in result.reasons)


@pytest.mark.parametrize(
    "body",
    [
        "This account is protected by Bluebottle.  Please click on the following link.",
        "Please add yourself to my Boxbe Guest List so your messages will reach me.",
        "If you would like to be added to my list of approved senders, please fill out the form.",
        "To control spam, I now allow incoming messages only from senders I have approved "
        "beforehand.",
        "Please confirm that you are a real person and not a spam robot: click below.",
    ],
)
def test_challenge_response_wordings(body: str) -> None:
    msg = parse_message(build("From: Ann <ann@example.org>\nSubject: Re: your mail", body))
    assert triage(msg, OURS).may_auto_answer is False


@pytest.mark.parametrize(
    "subject",
    [
        "Undeliverable: my application - sending again",
        "Delivery failure? Did my application arrive?",
        "Message not delivered - resending application",
        "Failure notice from your server",
        "Mail delivery failed - please confirm receipt",
        "Returned mail — resending my CV",
        "Non-delivery of my earlier email",
        "Undelivered mail: second try with my application",
    ],
)
@pytest.mark.parametrize("greeting", ["Hello,", "Hi Anna,", "Dear grants team,", "Hola,", "Hej,"])
def test_a_person_under_a_bounce_subject_is_a_person(subject: str, greeting: str) -> None:
    body = f"{greeting}\n\nmy first mail bounced, here is my application again.\n\nPriya"
    msg = parse_message(build(f"From: Priya <priya@example.org>\nSubject: {subject}", body))
    result = triage(msg, OURS)
    assert result.may_auto_answer is True, result.reasons
    assert result.kind is None


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        # The same subject without a person's opening: a mail server's report.
        (
            "From: E500_SMTP_Mail_Service@example.org\n"
            "Subject: Returned Mail - Error During Delivery",
            "------ Failed Recipients ------\n\n<ann@example.com>: mailbox unavailable.",
        ),
        # A greeting from a robot's address, or with the null return path.
        (
            "From: MAILER-DAEMON@mx.example.org\nSubject: failure notice",
            "Hello,\n\nyour message could not be delivered.",
        ),
        (
            "Return-Path: <>\nFrom: Mail System <system@mx.example.org>\nSubject: Undeliverable: x",
            "Hello,\n\nyour message could not be delivered.",
        ),
        # qmail greets too: "Hi. This is the qmail-send program".
        (
            "From: Mail <mail@mx.example.org>\nSubject: failure notice",
            "Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to "
            "deliver your message to the following addresses.",
        ),
    ],
)
def test_bounce_subjects_without_a_person_stay_bounces(headers: str, body: str) -> None:
    result = triage(parse_message(build(headers, body)), OURS)
    assert result.may_auto_answer is False
    assert result.kind is MessageKind.bounce


def test_a_bounce_forwarded_as_an_attachment_by_a_person_is_a_person() -> None:
    msg = load("people-robotlike/08-fwd-bounce-as-attachment.eml")
    assert "message/delivery-status" in {a.declared_type for a in msg.attachments}
    assert msg.content_type == "multipart/mixed"
    result = triage(msg, OURS)
    assert (result.kind, result.may_auto_answer) == (None, True), result.reasons


def test_a_wrapped_dsn_from_a_mail_server_is_still_a_bounce() -> None:
    """Relays that wrap a DSN in message/rfc822 (multipart/mixed at the top) write as robots."""
    raw = (DATA / "people-robotlike/08-fwd-bounce-as-attachment.eml").read_bytes()
    raw = raw.replace(b"From: Jan Kowalski <jan.kowalski@wp.pl>", b"From: postmaster@wp.pl", 1)
    assert triage(parse_message(raw), OURS).kind is MessageKind.bounce
    for name in ("flufl.bounce/dsn_13.txt", "flufl.bounce/dsn_17.txt"):
        msg = load(name)
        assert msg.content_type == "multipart/mixed"
        assert triage(msg, OURS).kind is MessageKind.bounce


def test_arf_words_in_a_persons_sentence_are_no_report() -> None:
    body = (
        "Community lists get complaint reports in the ARF format (fields such as\n"
        "Feedback-Type: abuse, User-Agent and Source-IP) and nobody reads them."
    )
    msg = parse_message(build("From: Kenji <kenji@example.org>\nSubject: Application", body))
    assert triage(msg, OURS).may_auto_answer is True
    # A field on its own line with no other report field near it is no report either.
    alone = parse_message(build("From: K <k@example.org>\nSubject: x", "Feedback-Type: abuse\nhi"))
    assert triage(alone, OURS).may_auto_answer is True


HOSTILE = textwrap.dedent(
    """
    import sys, time
    from parsers.message import parse_message
    from parsers.classify import triage

    subject, body = eval(sys.argv[1]), eval(sys.argv[2])
    raw = ("From: Ann <ann@example.org>\\r\\nSubject: " + subject + "\\r\\n\\r\\n" + body)
    msg = parse_message(raw.encode())
    start = time.perf_counter()
    triage(msg, frozenset({"apply@grants.example"}))
    print(f"{time.perf_counter() - start:.3f}")
    """
)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Feedback-Type lines, each followed by a window of near-fields.
        ('"Report"', '"Feedback-Type: abuse\\nUser-Agen\\n" * 20_000'),
        # A greeting followed by a long run the headline pattern could restart in.
        ('"Undeliverable: x"', '"Hello " + "the following message to <" * 20_000'),
        # Challenge-response words repeated without ever completing.
        ('"Re: x"', '"add yourself to my " * 50_000'),
        ('"Fwd: x"', '"your address added to the recipient " * 30_000'),
        # robots2: gateway tags before a reply prefix, a person's letter under an
        # auto-reply subject, first-person text at a role address, a note sent by a bulk tool.
        ('"[" + "x] " * 20_000 + "RE: Automatic reply: x"', '"Hello"'),
        ('"Automatic reply: x"', '"Hello, " + "got the " * 30_000 + "automatic"'),
        ('"Auto: x"', '"Hallo " + "I " * 50_000'),
        ('"Hi"', '"Hello, I " + "view this in " * 30_000'),
        # robots5: an absence note's text and subject, addresses, numbered lines.
        ('"Re: x"', '"on leave until 5 " * 30_000'),
        ('"Wala sa opisina " + "x" * 20_000', '"a@b.c " * 30_000'),
        ('"Re: x"', '"1. " * 50_000 + "?"'),
    ],
)
def test_the_new_checks_are_linear_on_hostile_text(subject: str, body: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", HOSTILE, subject, body],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
        cwd=ROOT,
    )
    assert float(done.stdout) < 1.0, done.stdout


# ------------------------------------------ robots2: a second, independent measurement


def test_the_second_person_corpus_and_the_new_robot_corpora() -> None:
    spec = labels()
    assert {"people-robotlike-2", "bounce-fixtures", "sisimai-bsd-rest"} <= {
        name for name, corpus in spec.items() if corpus.get("held_out")
    }
    assert len(spec["people-robotlike-2"]["human"]) >= 40
    assert len(spec["bounce-fixtures"]["robot"]) + len(spec["sisimai-bsd-rest"]["robot"]) >= 90


def triaged(headers: str, body: str):  # type: ignore[no-untyped-def]
    return triage(parse_message(build(headers, body)), OURS)


PERSON = "Hi there,\n\nI am writing about the repair cafe application: we need 8,000 DKK.\n\nHenrik"


@pytest.mark.parametrize(
    "headers",
    [
        # postmaster@ or no-reply@ of a person's own small outfit, writing in their own words
        "From: Henrik Lund <postmaster@lund-familie.example>\nSubject: Application",
        "From: Studio Aalto <no-reply@studio-aalto.example>\nSubject: Application",
        # a relay (web form, shop system) that names the person in Reply-To
        "From: Formspree <noreply@formspree.example>\nReply-To: lina@mail.example\n"
        "Subject: New submission",
    ],
)
def test_a_person_behind_a_role_address_is_answered(headers: str) -> None:
    result = triaged(headers, PERSON)
    assert (result.kind, result.may_auto_answer) == (None, True), result.reasons


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        # no greeting, no person: a program
        ("From: postmaster@example.org\nSubject: hello", "x"),
        # a greeting, but a program's words or no first person
        ("From: no-reply@shop.example\nSubject: Your order",
         "Hi Ann,\n\nThis is an automated message, please do not reply to this email."),
        ("From: no-reply@shop.example\nSubject: Your order",
         "Hello Ann,\n\nYour order has shipped and should arrive on Tuesday."),
        ("From: noreply@service.example\nSubject: Notice",
         "Hi,\n\nI have news: manage your preferences or unsubscribe below."),
        # Reply-To naming another robot
        ("From: noreply@service.example\nReply-To: bounces@service.example\nSubject: x",
         PERSON),
        # a vacation reply from a role address
        ("From: postmaster@example.org\nSubject: Re: x",
         "Hello,\n\nI am out of the office until Monday."),
        # the daemons never are people
        ("From: MAILER-DAEMON@mx.example.org\nSubject: Re: x", PERSON),
        ("Return-Path: <>\nFrom: postmaster@example.org\nSubject: Re: x", PERSON),
    ],
)  # fmt: skip
def test_a_program_at_a_role_address_is_not_answered(headers: str, body: str) -> None:
    assert triaged(headers, body).may_auto_answer is False


@pytest.mark.parametrize(
    "subject",
    [
        "RES: Resposta automática: sua inscrição",  # Outlook, Brazilian Portuguese
        "YNT: Otomatik yanıt: Başvurunuz",  # Outlook, Turkish
        "[EXTERNAL] RE: Automatic reply: Youth football kit",  # a gateway's tag first
        "[Ext] [Spam?] AW: Automatische Antwort: Antrag",
        "Antw: Automatisch antwoord: aanvraag",
        "Odp: Automatyczna odpowiedź: wniosek",
        "回复: 自動返信: 申请",
    ],
)
def test_a_reply_to_an_auto_reply_under_a_localized_prefix_is_a_person(subject: str) -> None:
    result = triaged(f"From: Ann <ann@example.org>\nSubject: {subject}", "Hello, my answers.")
    assert (result.kind, result.may_auto_answer) == (None, True), result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # German "Auto" is a car: a person's letter with no word of absence
        ("Auto: Werkstatt-Projekt für Jugendliche – Bewerbung",
         "Grüß Gott,\n\nunser Verein möchte Jugendlichen zeigen, wie man ein Auto repariert."),
        # a subject copied from an auto-reply, and a person telling of it
        ("Automatic reply: Your application to the Small Grants Fund",
         "Hello,\n\nI copied the subject from the automatic reply I got from your office "
         "yesterday. Does the deadline still stand?"),
    ],
)  # fmt: skip
def test_a_person_under_an_auto_reply_subject(subject: str, body: str) -> None:
    result = triaged(f"From: Ann <ann@example.org>\nSubject: {subject}", body)
    assert (result.kind, result.may_auto_answer) == (None, True), result.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("AUTO: Smith, John is out of the office. (returning 05/01/2010)",
         "I am out of the office until 05/01/2010."),
        ("Auto: Re: your application",
         "Hello,\n\nthank you for your message. I am away until Monday with limited access."),
        ("Automatic reply: Your application",
         "Dear sender,\n\nThank you for contacting us, we will get back to you shortly."),
        ("[External] Automatic reply: Partner Billing Issue",
         "Hello,\n\nI am on vacation until 9 December."),
        ("Out of Office: I like turtles", "Hi,\n\nI am away on vacation until June 1."),
    ],
)  # fmt: skip
def test_auto_replies_with_a_greeting_stay_auto_replies(subject: str, body: str) -> None:
    result = triaged(f"From: Fred <fred@example.org>\nSubject: {subject}", body)
    assert (result.kind, result.may_auto_answer) == (MessageKind.auto_reply, False)


NOTE = (
    "Dear Grants Team,\n\nI'm Carlos, I run a school garden programme and I would like to "
    "know whether our project fits your fund.\n\nCarlos"
)


@pytest.mark.parametrize(
    "headers",
    [
        "List-Unsubscribe: <mailto:unsubscribe@gmass.example>",
        "List-Unsubscribe: <https://r.example/un>\nX-Mailer: Sendinblue",
        "List-ID: <5e8f0a.list-id.mcsv.example>\nList-Unsubscribe: <https://x.example/u>",
    ],
)
def test_a_personal_note_through_a_bulk_tool_is_answered(headers: str) -> None:
    result = triaged(f"From: Carlos <carlos@huerto.example>\n{headers}\nSubject: Hello", NOTE)
    assert (result.kind, result.may_auto_answer) == (None, True), result.reasons


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        # a newsletter carries an opt-out in its text
        ("List-Unsubscribe: <https://x.example/u>",
         NOTE + "\n\nYou are receiving this because you subscribed. Unsubscribe here."),
        # a list server's headers and Precedence decide alone
        ("List-Id: <dev.lists.example>\nList-Post: <mailto:dev@lists.example>", NOTE),
        ("List-Unsubscribe: <https://x.example/u>\nPrecedence: bulk", NOTE),
        # no person's opening: a program's news
        ("List-Unsubscribe: <https://x.example/u>",
         "Our October update: three new grants were awarded this month."),
        ("List-Id: <news.example>", "Hi Ann,\n\nWe have three new grants for you this month."),
    ],
)  # fmt: skip
def test_bulk_mail_stays_list_mail(headers: str, body: str) -> None:
    result = triaged(f"From: News <news@huerto.example>\n{headers}\nSubject: News", body)
    assert (result.kind, result.may_auto_answer) == (MessageKind.list, False)


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nThis is an automatic reply: I am away and will read your mail on Monday, "
        "thank you.",
        "Hello,\n\nYou have received an automatic reply because I am travelling this week and "
        "cannot read mail.",
    ],
)
def test_an_auto_reply_speaking_of_itself_stays_one(body: str) -> None:
    result = triaged("From: Fred <fred@example.org>\nSubject: Automatic reply: Application", body)
    assert (result.kind, result.may_auto_answer) == (MessageKind.auto_reply, False)


# ------------------------------------------ robots3: a third, blind measurement


def test_the_third_blind_corpus_is_labelled() -> None:
    spec = labels()["robots-heldout3"]
    assert spec.get("held_out")
    assert len(spec["robot"]) >= 27 and len(spec["human"]) >= 26


@pytest.mark.parametrize(
    ("headers", "body", "answered"),
    [
        # A company gateway's "Precedence: bulk" on a person's reply: answered; on a vacation
        # program's reply (absence words): not.
        (
            "From: Dan <dan@volta.example>\nTo: apply@grants.example\nSubject: RE: letter\n"
            "Precedence: bulk",
            "Dear Ms Ferreira,\n\nI have asked our director to sign the letter today.",
            True,
        ),
        (
            "From: Dan <dan@volta.example>\nTo: apply@grants.example\nSubject: Re: letter\n"
            "Precedence: bulk",
            "Hello,\n\nI am on vacation until 14 December and will reply then.",
            False,
        ),
        # Precedence: list stays list mail, whatever its text.
        (
            "From: Dan <dan@volta.example>\nTo: apply@grants.example\nSubject: News\n"
            "Precedence: list",
            "Dear all,\n\nI am glad to share our news.",
            False,
        ),
        # A sales tool's one-to-one note asking for no auto-response: answered; Outlook's
        # calendar answer under the same header (no greeting, no first person): not.
        (
            "From: Priya <priya@studio.example>\nTo: apply@grants.example\nSubject: Question\n"
            "X-Auto-Response-Suppress: All",
            "Hi there,\n\nI'm writing to ask whether the fund covers app development.",
            True,
        ),
        (
            "From: Priya <priya@studio.example>\nTo: apply@grants.example\n"
            "Subject: Accepted: Call\nX-Auto-Response-Suppress: All",
            "",
            False,
        ),
        # A team's Google Group as its address, sent to us: answered; the same group's post
        # to its members (addressed to the group): list mail.
        (
            "From: \"'Ayesha' via Tenants\" <team@tenants.example>\nTo: apply@grants.example\n"
            "Reply-To: Ayesha <ayesha@tenants.example>\nSubject: Application\n"
            "List-ID: <team.tenants.example>\nList-Post: <mailto:team@tenants.example>\n"
            "Precedence: list",
            "Hello,\n\nI chair the tenants' association and we would like to apply.",
            True,
        ),
        (
            "From: \"'Ayesha' via Tenants\" <team@tenants.example>\nTo: team@tenants.example\n"
            "Subject: Minutes\nList-ID: <team.tenants.example>\n"
            "List-Post: <mailto:team@tenants.example>\nPrecedence: list",
            "Hello,\n\nI attach the minutes of our meeting.",
            False,
        ),
        # The postmaster@ of a small firm replying about returned mail, in a person's words.
        (
            "From: postmaster@druck.example\nTo: apply@grants.example\n"
            "Subject: Re: Returned mail from your server?",
            'Hallo,\n\nyou asked whether the "returned mail" came from us: yes, my colleague\'s '
            "mailbox was full. I run our mail server myself.",
            True,
        ),
        (
            "From: postmaster@druck.example\nTo: apply@grants.example\n"
            "Subject: Returned mail: see transcript for details",
            "The original message was received at Sun, 6 Dec 2026.\n\n550 5.1.1 User unknown",
            False,
        ),
    ],
)
def test_robots3_rules(headers: str, body: str, answered: bool) -> None:
    t = triaged(headers, body)
    assert (t.kind is None and t.may_auto_answer) is answered, t.reasons


# ------------------------------------------ robots4: a fourth, blind measurement

ABSENCE_NOTES = [
    ("Automaattinen vastaus: Hakemus", "Hei,\n\nkiitos viestistäsi. Olen lomalla 12.12. asti."),
    ("Automatisk svar: Ansøgning", "Hej,\n\nTak for din mail. Jeg holder ferie til 7. december."),
    ("Otomatik yanıt: Başvuru", "Merhaba,\n\n15 Aralık'a kadar izindeyim, ofis dışındayım."),
    ("Αυτόματη απάντηση: Αίτηση", "Καλησπέρα,\n\nΕίμαι σε διακοπές έως τις 10 Δεκεμβρίου."),
]


@pytest.mark.parametrize(("subject", "body"), ABSENCE_NOTES)
def test_absence_notes_in_more_languages_are_not_answered(subject: str, body: str) -> None:
    headers = (
        "From: Aino <aino@club.example>\nTo: apply@grants.example\n"
        f"Subject: {subject}\nIn-Reply-To: <req-1@grants.example>"
    )
    assert not triaged(headers, body).may_auto_answer
    # Under X-Auto-Response-Suppress alone, a note answering one of our mails stays unanswered.
    xars = headers.replace(f"Subject: {subject}", "Subject: Hakemus") + (
        "\nX-Auto-Response-Suppress: All"
    )
    assert not triaged(xars, "Hej,\n\nJeg er ikke her, skriv til formanden.").may_auto_answer


def test_a_calendar_reply_and_a_report_without_its_status_part_are_robots() -> None:
    calendar = build(
        "From: Nadia <nadia@youth.example>\nTo: apply@grants.example\n"
        "Subject: Accepted: Interview @ Tue 9 Dec\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"',
        "--b\nContent-Type: text/plain\n\nNadia has accepted this invitation.\n"
        "--b\nContent-Type: text/calendar; method=REPLY\n\nBEGIN:VCALENDAR\nMETHOD:REPLY\n"
        "END:VCALENDAR\n--b--\n",
    )
    t = triage(parse_message(calendar), OURS)
    assert t.kind is MessageKind.auto_reply and not t.may_auto_answer
    report = build(
        "From: <foo@bar.example>\nTo: apply@grants.example\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
        "--r\nContent-Type: text/plain\n\nDelivery has failed to these recipients:\n--r--\n",
    )
    assert triage(parse_message(report), OURS).kind is MessageKind.bounce


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        (
            "From: Lena <lena@hub.example>\nTo: apply@grants.example\n"
            "Subject: Out of Office - a coworking room for rural teleworkers",
            'Dear grants team,\n\n"Out of Office" is the name of our project, not an '
            "auto-reply. We are turning the old post office into a shared workspace.",
        ),
        (
            "From: Marloes <marloes@speeltuin.example>\nTo: apply@grants.example\n"
            "Subject: Automatisch antwoord: penningmeester - daarom later de begroting",
            "Beste mensen,\n\nIk kreeg van onze penningmeester alleen een automatisch antwoord "
            "terug, vandaar het onderwerp. De begroting stuur ik na 12 december.",
        ),
        (
            "From: Bounce Fun Hire <bounce@bouncefun.example>\nTo: apply@grants.example\n"
            "Subject: Application - free bouncy castle days",
            "Hi,\n\nI run Bounce Fun Hire, a small family business (yes, our email is bounce@).",
        ),
    ],
)
def test_robots4_people_are_answered(headers: str, body: str) -> None:
    t = triaged(headers, body)
    assert t.kind is None and t.may_auto_answer, t.reasons


# ------------------------------------------ robots5: robots that look most like people


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Absence notes from a person's own mail rule: no auto-reply header at all.
        (
            "Re: We have received your application",
            "Terima kasih atas email Anda.\n\nSaya sedang cuti sampai 20 Januari 2027. Untuk hal "
            "mendesak, silakan hubungi ratna@koptani.example.\n\nSalam,\nDewi",
        ),
        (
            "Re: Your application: two documents missing",
            "Hello,\n\nThank you for your email. I have left Harbourlight Trust as of 30 "
            "November and this mailbox is no longer being read.\n\nBest wishes,\nPriya",
        ),
        ("Wala sa opisina", "Salamat sa iyong email. Ako ay nasa bakasyon hanggang Enero 5."),
        (
            "Re: We have received your application",
            "Bonjour,\n\nNous avons bien reçu votre message et nous vous répondrons sous 48 "
            "heures.\n\nCeci est une réponse automatique.",
        ),
    ],
)
def test_header_less_auto_replies_are_not_answered(subject: str, body: str) -> None:
    headers = (
        f"From: Dewi <dewi@koptani.example>\nTo: apply@grants.example\nSubject: {subject}\n"
        "In-Reply-To: <req-9@grants.example>"
    )
    t = triaged(headers, body)
    assert t.kind is MessageKind.auto_reply and not t.may_auto_answer, t.reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Away, but answering: numbered answers, a question, a new application, a long letter.
        (
            "Re: A few questions",
            "Hello,\n\nI'm out of the office next week but here are my answers:\n\n"
            "1. We start in March.\n2. Budget: 6,500 EUR.",
        ),
        (
            "Re: A few questions",
            "Hi,\n\nI am on leave until 5 January: can I send the budget then?",
        ),
        (
            "Back from vacation: my application",
            "Buongiorno,\n\nI am back from vacation and finally have time to send our "
            "application: a summer camp for 60 children. Budget: 11,000 EUR.",
        ),
    ],
)
def test_people_who_mention_an_absence_are_answered(subject: str, body: str) -> None:
    headers = f"From: Chloé <chloe@lib.example>\nTo: apply@grants.example\nSubject: {subject}"
    t = triaged(headers, body)
    assert t.kind is None and t.may_auto_answer, t.reasons


def test_a_website_form_relays_a_person_but_its_own_copy_is_a_robot() -> None:
    person = triaged(
        "From: wordpress@shed.example\nTo: apply@grants.example\nSubject: Grant enquiry",
        "From: Graham <g@shed.example>\n\nG'day, I'm the secretary of the Men's Shed.",
    )
    assert person.may_auto_answer, person.reasons
    copy = triaged(
        "From: wordpress@hafen.example\nTo: apply@grants.example\nSubject: Ihre Nachricht",
        "Vielen Dank für Ihre Nachricht. Dies ist eine automatisch erzeugte Kopie Ihrer Eingabe.",
    )
    assert not copy.may_auto_answer


# ------------------------------------------ robots6: a balanced month of mail


def test_robots6_acknowledgements_and_notices() -> None:
    said = triaged(
        "From: ayuda@fundacion.example\nTo: apply@grants.example\n"
        "Subject: Ticket recibido - We have received your application",
        "Estimado/a,\n\nHemos recibido su solicitud. Un agente le responderá lo antes posible.\n\n"
        "Este es un mensaje automático.",
    )
    assert said.kind is MessageKind.auto_reply, said.reasons
    within = triaged(
        "From: hallo@hilfe.example\nTo: apply@grants.example\nSubject: Re: Ihre Bewerbung\n"
        "In-Reply-To: <ack-1@grants.example>",
        "Hallo,\n\nvielen Dank für deine Nachricht! Wir haben sie erhalten und melden uns "
        "innerhalb von zwei Werktagen.",
    )
    assert within.kind is MessageKind.auto_reply, within.reasons
    portal = triaged(
        "From: no-responder@ayto.example\nTo: apply@grants.example\nSubject: Confirmación",
        "Su correo ha sido registrado. Por favor, no responda a este correo.",
    )
    assert not portal.may_auto_answer


def test_robots6_people_are_answered() -> None:
    # Under a subject of her own, saying she will be on holiday: a person.
    holiday = triaged(
        "From: João <joao@vila.example>\nTo: apply@grants.example\n"
        "Subject: Documentos em falta - estarei de férias\nIn-Reply-To: <req-1@grants.example>",
        "Bom dia,\n\nEnvio os documentos. Estarei de férias de 20 de dezembro a 4 de janeiro; "
        "a minha colega Rita (rita@vila.example) pode responder.",
    )
    assert holiday.kind is None and holiday.may_auto_answer, holiday.reasons
    # Quoting the words of an automatic confirmation, and asking: a person.
    asks = triaged(
        "From: Kieran <k@arts.example>\nTo: apply@grants.example\nSubject: Re: Received\n"
        "In-Reply-To: <ack-2@grants.example>",
        'Hello,\n\nIs this an auto-reply? The message says "this is an automatic confirmation".',
    )
    assert asks.kind is None and asks.may_auto_answer, asks.reasons


def test_a_read_receipt_subject_counts_only_at_the_start() -> None:
    receipt = triaged(
        "From: Ramón <r@vecinos.example>\nTo: apply@grants.example\nSubject: Leído: Su solicitud",
        "Su mensaje\n\nfue leído el viernes, 4 de diciembre de 2026 12:01:00 (UTC+01:00).",
    )
    assert not receipt.may_auto_answer, receipt.reasons
    lulu = triaged(
        "From: Lulu <l@b.example>\nTo: apply@grants.example\nSubject: Application from Lulu: CV",
        "Hello, I am applying for the grant with my CV attached.",
    )
    assert lulu.kind is None and lulu.may_auto_answer, lulu.reasons


# ------------------------------------------ robots7: the last blind round of stop 13


def test_a_reply_quoting_our_mail_is_a_person_even_when_it_mentions_a_holiday() -> None:
    headers = (
        "From: Olga <olga@club.example>\nTo: apply@grants.example\nSubject: Re: Application\n"
        "In-Reply-To: <req-7@grants.example>"
    )
    quote = (
        "\n\nOn Fri, 4 Dec 2026 at 09:15, Grants Office <apply@grants.example> wrote:\n> Please."
    )
    for extra, body in [
        ("", "Thanks. I'll be on holiday from 20 December, write to per@club.example."),
        ("\nPrecedence: bulk", "Good morning,\n\nThank you for your email. Please see attached."),
        (
            "\nX-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply",
            "Dzień dobry,\n\ndziękuję za wiadomość. Od 21.12 do 6.01 będę na urlopie.",
        ),
    ]:
        t = triaged(headers + extra, body + quote)
        assert t.kind is None and t.may_auto_answer, (body, t.reasons)
    # The same note without the quote, under "Re:": an absence note.
    assert not triaged(
        headers, "I am on holiday until 20 December; write to per@club.example."
    ).may_auto_answer


def test_ticket_acknowledgements_and_challenges_in_other_languages() -> None:
    ticket = triaged(
        "From: support@parks.example\nTo: apply@grants.example\nSubject: Support Ticket Opened",
        "Dear Grants Office,\n\nA request for support has been created and assigned #558214.",
    )
    assert ticket.kind is MessageKind.auto_reply, ticket.reasons
    challenge = triaged(
        "From: t@fundacja.example\nTo: apply@grants.example\nSubject: Potwierdź swój adres",
        "Witaj,\n\nTa skrzynka jest chroniona przed spamem. Kliknij link i przepisz kod.",
    )
    assert challenge.kind is MessageKind.auto_reply, challenge.reasons


def test_robots8_absence_notes_acknowledgements_and_a_list_stamped_reply() -> None:
    headers = (
        "From: Leyla <leyla@qht.example>\nTo: apply@grants.example\nSubject: Cavab: Application\n"
        "In-Reply-To: <req-8@grants.example>"
    )
    note = "Salam,\n\n20 dekabr tarixinə qədər məzuniyyətdəyəm. Yazın: orxan@qht.example."
    assert triaged(headers, note).kind is MessageKind.auto_reply
    ack = (
        "Hi there,\n\nThanks for reaching out! We've received your message; please allow up "
        "to three working days for a reply."
    )
    assert triaged(headers.replace("Cavab:", "Re:"), ack).kind is MessageKind.auto_reply
    stamped = triaged(
        headers.replace("Cavab:", "RE:") + "\nPrecedence: list",
        "Hi,\n\nQuick question: is the deadline for the final report?\n\n"
        "On Thu, 3 Dec 2026 at 10:12, Grants Office <apply@grants.example> wrote:\n> Hello",
    )
    assert stamped.kind is None and stamped.may_auto_answer, stamped.reasons


@pytest.mark.parametrize(
    ("subject", "body", "in_reply"),
    [
        # A review of the text rules: ordinary mail that must stay a person's.
        ("Grant application", "This is an automated irrigation project; budget 5000 EUR.", False),
        ("Congestion study", "Hello, we apply for the 2026 congestion study grant.", False),
        ("Re: Your application", "Thank you for reaching out. I am free on 12 May at 10:00.", True),
        ("Re: Next steps", "I have received your email and will attend on Monday 3 June.", True),
        ("Re: Interview", "Sorry I was absent from the call, I can do 14:00 tomorrow.", True),
        ("Re: Missing documents", "As per your request, my application reference is #10234.", True),
    ],
)
def test_ordinary_mail_is_not_taken_for_an_automatic_reply(
    subject: str, body: str, in_reply: bool
) -> None:
    headers = f"From: A <a@b.example>\nTo: apply@grants.example\nSubject: {subject}"
    if in_reply:
        headers += "\nIn-Reply-To: <q@grants.example>"
    t = triaged(headers, body)
    assert t.kind is None and t.may_auto_answer, t.reasons


def test_a_question_mark_in_a_link_is_no_question() -> None:
    """ServiceNow's notice links to ".../sp?id=ticket…": still an acknowledgement."""
    raw = (
        b"From: IT Service Desk <desk@service-now.example>\r\nTo: apply@grants.example\r\n"
        b"Subject: Incident INC0041877 has been opened on your behalf\r\n"
        b"Message-ID: <x1@service-now.example>\r\n\r\n"
        b"Your incident has been opened on your behalf.\r\n\r\nIncident: INC0041877\r\n"
        b"Take me to the Incident: https://desk.service-now.example/sp?id=ticket&sys_id=3f9a\r\n"
    )
    assert not triage(parse_message(raw), OURS).may_auto_answer


def test_a_reply_to_all_through_a_group_is_a_person() -> None:
    """robots-heldout12: the group in To, us in Cc, answering our mail; the group's footer."""
    raw = (
        b"From: 'Nomsa Dlamini' via Green Mothers <team@greenmothers.example>\r\n"
        b"To: Green Mothers <team@greenmothers.example>\r\nCc: apply@grants.example\r\n"
        b"In-Reply-To: <q1@grants.example>\r\nSubject: Re: Application\r\n"
        b"Precedence: list\r\nList-ID: <team.greenmothers.example>\r\n"
        b"List-Post: <mailto:team@greenmothers.example>\r\n"
        b"Message-ID: <g1@greenmothers.example>\r\n"
        b"\r\nSawubona Grants Team,\r\n\r\nThank you for your email. Answering for our collective:"
        b"\r\n\r\n1. USD 11 000.\r\n2. April 2027.\r\n\r\nNomsa\r\n\r\n"
        b"On Thursday Grants Team wrote:\r\n> 1. What is your budget?\r\n\r\n-- \r\n"
        b"To unsubscribe from this group and stop receiving emails from it, send an email.\r\n"
    )
    assert triage(parse_message(raw), OURS).may_auto_answer


@pytest.mark.parametrize(
    ("headers", "body", "answered"),
    [
        # cPanel's BoxTrapper, from the protected person's own address.
        (
            "From: abdul@hunar-tech.example\nSubject: verify#1763303465-4c7a1b\n",
            "The user email abdul@hunar-tech.example uses a challenge-response system "
            "(BoxTrapper) to reduce spam.\n\nTo send email to abdul@hunar-tech.example, you "
            "must reply to this message without editing the subject line.\n",
            False,
        ),
        # A Greek absence note from a mail rule that quotes our mail.
        (
            "From: Eleni <eleni@auth.example>\nSubject: Re: Application\n"
            "In-Reply-To: <q1@grants.example>\n",
            "Καλημέρα σας,\n\nΒρίσκομαι σε άδεια έως τις 30 Νοεμβρίου με περιορισμένη πρόσβαση "
            "στο ηλεκτρονικό ταχυδρομείο. Θα σας απαντήσω μετά την επιστροφή μου.\n\nΕλένη\n\n"
            "> On 23 Nov 2026, Grants Team <apply@grants.example> wrote:\n> 1. Which track?\n",
            False,
        ),
        # Numbered answers from a person behind her own help desk, its ticket link below.
        (
            "From: Meera Joshi <support@sahyog.example>\nSubject: Re: Application\n"
            "In-Reply-To: <q2@grants.example>\n",
            "Hi Grants Team,\n\nThis is Meera - our helpdesk sent you a ticket notice, please "
            "ignore it. Answering your questions here:\n\n1. Community track\n2. April 2027\n\n"
            "Regards,\nMeera\n\nTicket #1184: https://sahyog.freshdesk.example/tickets/1184\n",
            True,
        ),
    ],
)
def test_heldout14_shapes(headers: str, body: str, answered: bool) -> None:
    raw = (headers + "To: apply@grants.example\nMessage-ID: <m@x.example>\n\n" + body).encode()
    assert triage(parse_message(raw), OURS).may_auto_answer is answered
