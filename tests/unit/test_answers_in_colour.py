"""Answers typed in colour into the quoted original ("answers inline below in red")."""

from __future__ import annotations

from email.message import EmailMessage

from grantbox.questions import load_questions
from parsers.answers import extract_answers
from parsers.message import parse_message
from parsers.quotes import announces_answers_in_quote, html_to_quoted_text

QS = load_questions()

QUOTED = """<p><strong>1. What is your background in software engineering or other quantitative
work?</strong><br><span style="color: #555555;">Roles, years, and the kind of problems.</span>
{a1}</p>
<p><strong>4. How many hours per week can you commit, and when could you start?</strong></p>
{a4}
<p>Thank you,</p><p>The grants team</p>"""


def _html(own: str, a1: str, a4: str, quote: str = "blockquote") -> str:
    return (
        f"<div>{own}</div><div class='gmail_quote'><div>On Tue, 10 Mar 2026 Grants Team "
        f"&lt;grants@x.example&gt; wrote:</div><{quote} class='gmail_quote'>"
        + QUOTED.format(a1=a1, a4=a4)
        + f"</{quote}></div>"
    )


def test_coloured_answers_in_an_html_only_quote_are_filed() -> None:
    html = _html(
        "Hi, my answers are below in blue.<br>Best, Ana",
        '<br><span style="color: rgb(0, 112, 192);">Six years of Go at a bank.</span>',
        '<p><font color="#1F497D">20 hours a week, from May.</font></p>',
    )
    got = extract_answers("", QS, html=html).texts
    assert got == {
        "background": "Six years of Go at a bank.",
        "commitment": "20 hours a week, from May.",
    }


def test_coloured_text_in_a_quote_stays_quoted_without_the_reply_saying_so() -> None:
    # A quoted thread may carry colours of its own; only the applicant's word makes them answers.
    html = _html(
        "Thanks, I will reply next week.",
        '<br><span style="color: red">Six years of Go at a bank.</span>',
        '<p><font color="blue">20 hours a week, from May.</font></p>',
    )
    assert extract_answers("", QS, html=html).texts == {}
    assert "> Six years of Go" in html_to_quoted_text(html)


def test_grey_hints_and_links_in_the_quote_are_not_answers() -> None:
    html = _html(
        "Answers inline below.",
        '<br><a href="https://x.example" style="color:#0563C1">a link</a>',
        '<p><span style="color:#555555">a grey hint</span></p>',
    )
    text = html_to_quoted_text(html)
    assert "> a link" in text and "> a grey hint" in text


def test_the_html_alternative_is_read_when_the_text_part_quotes_the_answers() -> None:
    # Gmail and Apple Mail build the text part with "> " before every line of the blockquote,
    # the answers typed into it included; only the HTML keeps them apart, by their colour.
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.org>"
    msg["To"] = "grants@x.example"
    msg["Subject"] = "Re: Application"
    msg.set_content(
        "Hi, answers inline below in red.\n\nOn Tue, 10 Mar 2026 Grants Team wrote:\n"
        "> 1. What is your background in software engineering or other quantitative work?\n"
        "> Six years of Go at a bank.\n"
        "> 4. How many hours per week can you commit, and when could you start?\n"
        "> 20 hours a week, from May.\n"
    )
    msg.add_alternative(
        _html(
            "Hi, answers inline below in red.",
            '<br><font color="#ff0000">Six years of Go at a bank.</font>',
            '<p><font color="#ff0000">20 hours a week, from May.</font></p>',
        ),
        subtype="html",
    )
    parsed = parse_message(msg.as_bytes())
    assert extract_answers(parsed.text, QS).texts == {
        "background": "Six years of Go at a bank.",
        "commitment": "20 hours a week, from May.",
    }


def test_the_text_part_stays_when_it_does_not_announce_inline_answers() -> None:
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.org>"
    msg["Subject"] = "Re: Application"
    msg.set_content("1. Six years of Go at a bank.\n")
    msg.add_alternative("<div>1. Six years of Go at a <b>bank</b>.</div>", subtype="html")
    assert parse_message(msg.as_bytes()).text.strip() == "1. Six years of Go at a bank."


def test_announcement_is_read_above_the_quote_only() -> None:
    assert announces_answers_in_quote("Please see my answers in blue.\n> 1. q")
    assert announces_answers_in_quote("Respuestas abajo en rojo.")
    assert not announces_answers_in_quote("Hi,\n\n> see answers below in red")
