"""Email templates: snapshots of what applicants receive, escaping, header safety, and the
question-file loader they are rendered from."""

# Snapshots hold the exact lines applicants receive, however long.
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from grantbox.mailtemplates import (
    make_environment,
    numbered_questions,
    oneline,
    render_email,
    reply_subject,
)
from grantbox.questions import QuestionsError, load_questions

QS = load_questions()

QUESTIONS_TEXT = """\
Hi Ada,

Thank you for applying to the ML research retraining grant; we have your resume.

To complete your application, please reply to this email with your answers to the
questions below. Answer however is easiest for you: under each question, or numbered
(1., 2., ...) at the top of your reply.

1. What is your background in software engineering or other quantitative work?
   Roles, years, and the kind of problems you worked on (e.g. backend
   systems, data science, finance, physics).

2. How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?
   Be honest; it is fine to say what you would need to brush up on.

3. What would you study during the three-month grant period, and how would you structure it?
   Courses, books, papers or a project you would reproduce; a rough
   week-by-week outline is welcome.

4. How many hours per week can you commit, and when could you start?

5. Where did you hear about this program, and do you know anyone involved in it? (optional)

6. What do you hope to do after the grant ends?
   For example a research role, a PhD, an independent project.

Thank you,
The grants team
"""

QUESTIONS_HTML_BODY = """\
<p>Hi Ada,</p>
<p>Thank you for applying to the ML research retraining grant; we have your resume.</p>
<p>To complete your application, please reply to this email with your answers to the questions
below. Answer however is easiest for you: under each question, or numbered (1., 2., ...) at the
top of your reply.</p>
<p><strong>1. What is your background in software engineering or other quantitative work?</strong><br><span style="color: #555555;">Roles, years, and the kind of problems you worked on (e.g. backend systems, data science, finance, physics).</span></p>
<p><strong>2. How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?</strong><br><span style="color: #555555;">Be honest; it is fine to say what you would need to brush up on.</span></p>
<p><strong>3. What would you study during the three-month grant period, and how would you structure it?</strong><br><span style="color: #555555;">Courses, books, papers or a project you would reproduce; a rough week-by-week outline is welcome.</span></p>
<p><strong>4. How many hours per week can you commit, and when could you start?</strong></p>
<p><strong>5. Where did you hear about this program, and do you know anyone involved in it?</strong> (optional)</p>
<p><strong>6. What do you hope to do after the grant ends?</strong><br><span style="color: #555555;">For example a research role, a PhD, an independent project.</span></p>
<p>Thank you,</p>
<p>The grants team</p>
"""

MISSING_TEXT = """\
Hi Ana,

Thank you for your answers. Before we can review your application, we still need
answers to these 2 questions:

2. How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?
   Be honest; it is fine to say what you would need to brush up on.

6. What do you hope to do after the grant ends?
   For example a research role, a PhD, an independent project.

Just reply to this email; answering under each question or by number is fine.

Thank you,
The grants team
"""

RESUME_TEXT = """\
Hi there,

Thank you for your interest in the ML research retraining grant.

We could not find a resume we can read in your email (the PDF is password-protected).
Please reply to this email with your resume attached, as a PDF, Word (.docx) or plain-text
file; pasting it into the body of your reply works too.

Once we have it, we will send you a few short follow-up questions.

Thank you,
The grants team
"""


def _body(html: str) -> str:
    start = html.index(">", html.index("<body")) + 2
    return html[start : html.index("<p>The grants team</p>") + len("<p>The grants team</p>\n")]


def test_questions_email_snapshot() -> None:
    email = render_email(
        "questions",
        questions=numbered_questions(QS),
        applicant_name="Ada",
        original_subject="Application: Ada Lovelace",
    )
    assert email.subject == "Re: Application: Ada Lovelace"
    assert email.text == QUESTIONS_TEXT
    assert _body(email.html) == QUESTIONS_HTML_BODY
    assert email.html.startswith("<!DOCTYPE html>")


def test_missing_answers_snapshot_keeps_original_numbers() -> None:
    email = render_email(
        "missing_answers",
        questions=numbered_questions(QS, ["afterwards", "math"]),
        applicant_name="Ana",
        original_subject="Re: Application",
        reference="GB-12",
    )
    assert email.subject == "Re: Application [GB-12]"
    assert email.text == MISSING_TEXT
    assert "<strong>6. What do you hope to do after the grant ends?</strong>" in email.html


def test_missing_answers_one_question_wording() -> None:
    email = render_email("missing_answers", questions=numbered_questions(QS, ["commitment"]))
    assert "an answer to this question:\n\n4. How many hours" in email.text
    assert email.subject == "Your application: a few answers still missing"


def test_resume_request_snapshot() -> None:
    email = render_email("resume_request", problem="the PDF is password-protected")
    assert email.subject == "Your application: please send your resume"
    assert email.text == RESUME_TEXT
    assert "(the PDF is password-protected)" in email.html


def test_applicant_values_are_escaped_in_html_only() -> None:
    name = 'Ann <script>alert(1)</script> & "Co"'
    email = render_email("questions", questions=numbered_questions(QS), applicant_name=name)
    assert "<script>" not in email.html
    assert "Ann &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34;" in email.html
    # Plain text must not be HTML-escaped: "&amp;" would be a visible bug there.
    assert 'Hi Ann <script>alert(1)</script> & "Co",' in email.text


@pytest.mark.parametrize(
    "subject",
    [
        "Application\r\nBcc: victim@example.com",
        "Application\nBcc: victim@example.com",
        "Application\rBcc: victim@example.com",
        "Application\u2028Bcc: victim@example.com",
        "Application\x0bBcc: victim@example.com",
    ],
)
def test_subject_cannot_inject_headers(subject: str) -> None:
    email = render_email("questions", questions=numbered_questions(QS), original_subject=subject)
    assert email.subject == "Re: Application Bcc: victim@example.com"
    assert not any(c in email.subject for c in "\r\n\x0b\u2028")


def test_name_with_newlines_stays_on_the_greeting_line() -> None:
    email = render_email(
        "questions", questions=numbered_questions(QS), applicant_name="Eve\r\n\r\n1. Injected"
    )
    assert email.text.startswith("Hi Eve 1. Injected,\n")
    assert "<p>Hi Eve 1. Injected,</p>" in email.html


def test_missing_context_fails_loudly() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render_email("questions")  # no questions passed


def test_unknown_template_and_unknown_question() -> None:
    with pytest.raises(jinja2.TemplateNotFound):
        render_email("no_such_email")
    with pytest.raises(KeyError):
        numbered_questions(QS, ["no_such_question"])


def test_reply_subject_does_not_stack() -> None:
    assert reply_subject("Re: Application") == "Re: Application"
    assert reply_subject("AW: Bewerbung") == "AW: Bewerbung"
    assert reply_subject("Application") == "Re: Application"
    assert reply_subject("   ", default="Fallback") == "Fallback"
    assert oneline("a\r\n\tb  c") == "a b c"


def test_environment_autoescape_by_extension(tmp_path: Path) -> None:
    env = make_environment(tmp_path)
    (tmp_path / "x.html.j2").write_text("{{ v }}")
    (tmp_path / "x.txt.j2").write_text("{{ v }}")
    assert env.get_template("x.html.j2").render(v="<b>") == "&lt;b&gt;"
    assert env.get_template("x.txt.j2").render(v="<b>") == "<b>"
    assert isinstance(env.undefined, type) and issubclass(env.undefined, jinja2.StrictUndefined)


def test_custom_templates_dir(tmp_path: Path) -> None:
    (tmp_path / "email").mkdir()
    (tmp_path / "email" / "hello.txt.j2").write_text(
        "{% block subject %}Hello {{ who }}{% endblock %}{% block body %}{% endblock %}Body"
    )
    (tmp_path / "email" / "hello.html.j2").write_text("<p>{{ who }}</p>")
    email = render_email("hello", templates_dir=tmp_path, who="<Bob>\nX")
    assert email.subject == "Hello <Bob> X"
    assert email.html == "<p>&lt;Bob&gt;\nX</p>"


# ------------------------------------------------------------------------ question file


def test_default_question_set() -> None:
    assert QS.ids == ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    assert QS.required_ids == ["background", "math", "study_plan", "commitment", "afterwards"]
    assert QS.number_of("commitment") == 4
    assert QS.get("math").display_label == "Math"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("questions = [", "not valid TOML"),
        ("title = 'x'", "questions"),
        ("[[questions]]\nid = 'a'\ntext = 'Why?'\n[[questions]]\nid = 'a'\ntext = 'How?'", "twice"),
        ("[[questions]]\nid = 'Bad Id'\ntext = 'Why this?'", "id"),
        ("[[questions]]\nid = 'a'\ntext = 'Why this?'\ncolour = 'red'", "colour"),
        ("[[questions]]\nid = 'a'", "text"),
    ],
)
def test_bad_question_files_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "questions.toml"
    path.write_text(content)
    with pytest.raises(QuestionsError, match=message):
        load_questions(path)


def test_missing_question_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionsError, match="cannot read"):
        load_questions(tmp_path / "nope.toml")
