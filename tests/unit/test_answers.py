"""Reply parsing: accuracy targets on the real and labelled replies (regression), plus small
hand-made cases for each rule."""

# Snapshots hold the exact lines applicants receive, however long.
# ruff: noqa: E501

from __future__ import annotations

import time
from pathlib import Path

import pytest

from grantbox.questions import load_questions
from parsers.answers import extract_answers, html_to_quoted_text, visible_reply
from tests.benchmark_module import benchmark

ROOT = Path(__file__).resolve().parents[2]
QS = load_questions()


BENCH = benchmark("answers_accuracy")


# ------------------------------------------------------------------ targets (regression)


def test_quote_stripping_on_real_replies_meets_target() -> None:
    score = BENCH.score_quote_stripping(BENCH.grantbox_stripper)
    assert score.total >= 45
    assert score.ratio >= BENCH.QUOTE_TARGET, score.failures


def test_answers_on_labelled_replies_meet_target() -> None:
    score = BENCH.score_answers(QS)
    assert score.replies >= 25
    assert score.ratio >= BENCH.ANSWER_TARGET, score.failures


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"])
def test_answers_on_later_written_replies_hold(folder: str) -> None:
    score = BENCH.score_answers(QS, folder=folder)
    assert score.ratio >= BENCH.ANSWER_TARGET, score.failures
    # Never an answer where none was given, nor one answer under another question.
    assert score.spurious == score.misfiled == 0, score.failures


# ------------------------------------------------------------------ visible_reply

GMAIL_TOP = """\
Sounds good, see you then.

On Tue, Mar 3, 2026 at 10:12 AM Bob <bob@example.com> wrote:

> Shall we meet at 3?
"""


def test_gmail_top_post() -> None:
    assert visible_reply(GMAIL_TOP) == "Sounds good, see you then."


def test_crlf_and_signature() -> None:
    body = "Yes.\r\n\r\n-- \r\nAlice\r\nhttps://alice.example\r\n"
    assert visible_reply(body) == "Yes."


@pytest.mark.parametrize(
    "attribution",
    [
        "Am 03.03.2026 um 10:12 schrieb Bob <bob@example.com>:",
        "Le mar. 3 mars 2026 à 10:12, Bob <bob@example.com> a écrit :",
        "El mar, 3 mar 2026 a las 10:12, Bob (<bob@example.com>) escribió:",
        "Il giorno mar 3 mar 2026 alle ore 10:12 Bob <bob@example.com> ha scritto:",
        "On 03/03/2026 10:12, Bob wrote:",
        "On Mar 3, 2026, at 10:12 AM, Bob <bob@example.com> wrote:",
    ],
)
def test_attributions_in_several_languages(attribution: str) -> None:
    assert visible_reply(f"Danke!\n\n{attribution}\n\n> Frage?\n") == "Danke!"


def test_wrapped_attribution_does_not_swallow_the_reply() -> None:
    body = 'Hello\n02.04.2012 14:20 user "bob@example.com" <\nbob@example.com> wrote:\n\n> Hi\n'
    assert visible_reply(body) == "Hello"


def test_outlook_unmarked_original() -> None:
    body = (
        "Works for me.\n\n________________________________\nFrom: Bob <bob@example.com>\n"
        "Sent: Tuesday, March 3, 2026 10:12 AM\nTo: Alice\nSubject: Meeting\n\nShall we meet?\n"
    )
    assert visible_reply(body) == "Works for me."


def test_original_message_separator() -> None:
    body = "Fine.\n\n-----Original Message-----\nFrom: Bob\nSent: today\n\nQuestion?\n"
    assert visible_reply(body) == "Fine."


def test_bottom_post_and_inline_keep_only_own_lines() -> None:
    body = "On 3/3/26 10:12, Bob wrote:\n> A?\n\nYes.\n\n> B?\n\nNo.\n\n> bye\n"
    assert visible_reply(body) == "Yes.\n\nNo."


@pytest.mark.parametrize(
    "sig",
    [
        "Sent from my iPhone",
        "Envoyé de mon iPhone",
        "Von meinem iPhone gesendet",
        "Get Outlook for Android",
        "Enviado desde mi Samsung Galaxy",
    ],
)
def test_mobile_signatures(sig: str) -> None:
    assert visible_reply(f"On my way.\n\n{sig}\n") == "On my way."


def test_text_that_only_looks_like_a_header_is_kept() -> None:
    body = "On your remote host you can run:\n\n    telnet 127.0.0.1 52698\n\nMy mentor wrote:\nbe brief"
    assert visible_reply(body) == body
    assert (
        visible_reply("Sent from my desk, which is nicer.") == "Sent from my desk, which is nicer."
    )
    assert visible_reply("A fix -- this is not a signature.") == "A fix -- this is not a signature."


def test_answers_that_look_like_headers_or_signatures_are_kept() -> None:
    availability = "Availability:\nFrom: 1 June\nTo: 31 August"
    assert visible_reply(availability) == availability
    bullets = "Plan:\n-Week 1 Sutton\n-Week 2 CS285"
    assert visible_reply(bullets) == bullets
    assert visible_reply("Thanks.\n\n-Abhishek Kona") == "Thanks."


def test_html_only_replies() -> None:
    gmail = (
        '<div dir="ltr">Great, thanks!</div><div class="gmail_quote"><div class="gmail_attr">'
        "On Tue, Mar 3, 2026 at 10:12 AM Bob &lt;bob@example.com&gt; wrote:</div>"
        '<blockquote class="gmail_quote">Question?</blockquote></div>'
    )
    assert visible_reply("", gmail) == "Great, thanks!"
    outlook_web = (
        '<div>Noted.</div><hr><div id="divRplyFwdMsg"><b>From:</b> Bob<br><b>Sent:</b> now'
        "</div><div>Question?</div>"
    )
    assert visible_reply("", outlook_web) == "Noted."
    apple = '<div>Yes</div><blockquote type="cite"><div>On 3 Mar, Bob wrote:</div>Q?</blockquote>'
    assert visible_reply("", apple) == "Yes"


def test_html_to_text_marks_quotes_and_lists() -> None:
    text = html_to_quoted_text(
        "<style>p{}</style><ol><li>one</li><li>two</li></ol><blockquote><p>q</p></blockquote>"
    )
    assert text == "1. one\n2. two\n> q"


def test_plain_part_wins_over_html() -> None:
    assert visible_reply("plain", "<p>html</p>") == "plain"


def test_huge_quote_is_fast() -> None:
    body = (
        "Short answer.\n\nOn Tue, Mar 3, 2026 at 10:12 AM Bob <b@x.org> wrote:\n"
        + ("> " + "x" * 70 + "\n") * 15000
    )
    start = time.perf_counter()
    assert visible_reply(body) == "Short answer."
    assert time.perf_counter() - start < 10  # a hang guard (no backtracking blow-up)


def test_pathological_line_is_fast() -> None:
    body = ("On " + "a " * 5000 + "\n") * 50 + "wrote:"
    start = time.perf_counter()
    visible_reply(body)
    extract_answers(body, QS)
    assert time.perf_counter() - start < 10  # a hang guard (no backtracking blow-up)


# ------------------------------------------------------------------ extract_answers

ATTRIBUTION = "On Tue, Mar 3, 2026 at 10:12 AM Grants Team <grants@grantbox.example> wrote:"
QUOTED = """\
> 1. What is your background in software engineering or other quantitative work?
>    Roles, years, and the kind of problems you worked on.
>
> 2. How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?
>
> 3. What would you study during the three-month grant period, and how would you structure it?
>
> 4. How many hours per week can you commit, and when could you start?
>
> 5. Where did you hear about this program, and do you know anyone involved in it? (optional)
>
> 6. What do you hope to do after the grant ends?
>
> Thank you,
> The grants team
"""


def test_numbered_top_post() -> None:
    body = (
        "Hi,\n\n1. Backend engineer, 5 years.\n2) Fine with both.\nQ3: CS285, then a project.\n"
        "4. 40h from May.\n6. PhD.\n\nBest,\nAlice\n\n" + ATTRIBUTION + "\n\n" + QUOTED
    )
    result = extract_answers(body, QS)
    assert result.texts == {
        "background": "Backend engineer, 5 years.",
        "math": "Fine with both.",
        "study_plan": "CS285, then a project.",
        "commitment": "40h from May.",
        "afterwards": "PhD.",
    }
    assert result.answers["math"].method == "numbered"
    assert result.missing_required == []
    assert result.complete
    assert result.raw == body  # the reply is kept beside the mapping
    assert result.unassigned == "Hi,"


def test_inline_answers_and_lists_inside_them() -> None:
    lines = QUOTED.split("\n")
    body = "\n".join(
        [
            ATTRIBUTION,
            "",
            *lines[:3],
            "",
            "Data engineer.",
            "",
            *lines[3:6],
            "",
            "1. Sutton & Barto",
            "2. CS285",
            "",
            *lines[6:],
        ]
    )
    result = extract_answers(body, QS)
    assert result.texts == {
        "background": "Data engineer.",
        "study_plan": "1. Sutton & Barto\n2. CS285",
    }
    assert {a.method for a in result.answers.values()} == {"inline"}
    assert result.missing_required == ["math", "commitment", "afterwards"]
    assert not result.complete


def test_labelled_answers() -> None:
    body = (
        "Background: physicist.\nMaths: comfortable.\nStart date: June.\nHours: 30/week.\n"
        "After the grant: a research job.\n\n" + ATTRIBUTION + "\n" + QUOTED
    )
    result = extract_answers(body, QS)
    assert result.texts == {
        "background": "physicist.",
        "math": "comfortable.",
        "commitment": "June.\n\n30/week.",
        "afterwards": "a research job.",
    }
    assert result.missing_required == ["study_plan"]


def test_numbered_list_inside_a_numbered_answer_is_content() -> None:
    body = "1. Dev.\n2. Fine.\n3. Plan:\n   1. Books\n   2. Course\n4. Full time.\n6. Lab job."
    result = extract_answers(body, QS)
    # "Plan:" is only a keyword of the question, so it stays; "Study plan:" would be dropped.
    assert result.texts["study_plan"] == "Plan:\n1. Books\n2. Course"
    again = extract_answers(body.replace("3. Plan:", "3. Study plan:"), QS)
    assert again.texts["study_plan"] == "1. Books\n2. Course"
    assert result.texts["commitment"] == "Full time."


def test_a_lone_number_in_prose_is_not_an_answer() -> None:
    result = extract_answers("Thanks for the mail.\n2 things: I am busy and tired.", QS)
    assert result.answers == {}
    assert "Thanks for the mail." in result.unassigned


def test_prose_is_left_to_a_human_unless_it_lines_up() -> None:
    prose = "Hi,\n\nI am a developer and I know calculus and I would do CS285 from May.\n\nBob"
    result = extract_answers(prose, QS)
    assert result.answers == {}
    assert "CS285" in result.unassigned
    assert result.missing_required == QS.required_ids


def test_reply_to_missing_answers_email_numbers() -> None:
    asked = ["study_plan", "afterwards"]
    original = extract_answers("3. CS285.\n6. PhD.", QS, asked=asked)
    renumbered = extract_answers("1. CS285.\n2. PhD.", QS, asked=asked)
    assert original.texts == renumbered.texts == {"study_plan": "CS285.", "afterwards": "PhD."}


def test_unknown_asked_question_is_an_error() -> None:
    with pytest.raises(KeyError):
        extract_answers("1. x", QS, asked=["nope"])


def test_html_only_reply_is_extracted() -> None:
    html = (
        "<div><ol><li>Dev</li><li>Fine</li><li>CS285</li><li>40h</li><li>Friend</li>"
        '<li>PhD</li></ol></div><blockquote type="cite"><p>questions</p></blockquote>'
    )
    result = extract_answers("", QS, html=html)
    assert result.texts["referral"] == "Friend"
    assert result.complete


def test_empty_reply() -> None:
    result = extract_answers("", QS)
    assert result.answers == {}
    assert result.missing_required == QS.required_ids
    assert result.visible == ""
