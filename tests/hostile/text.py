"""Hostile applicant text: inputs that once stalled grantbox's pure text parsers (issue 16).

Each case is a zero-argument function that builds its input in code (nothing big is checked
in), named in `CASES`; `TARGET` says which entry point it attacks:

* "answers": `parsers.answers.extract_answers(text, questions)` (a reply's text/plain part)
* "answers_html": `extract_answers("", questions, html=text)` (an HTML-only reply)
* "looks_like_resume": `parsers.resume_text.looks_like_resume(text)` (an email body)
* "profile": `parsers.resume.profile_from_document` of a plain-text resume
* "intent": `parsers.intent.reply_asks_to_withdraw(text)` (a raw reply body)

`run(name)` feeds a case to its entry point and returns the result; `run_timed(name)` also
returns the seconds the call took (input building excluded). Importing this module has no side
effects: the parsers are imported on first use. tests/unit/test_hostile_text.py holds the time
limits; a benchmark may import the same cases.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["CASES", "TARGET", "run", "run_timed"]

# A few lines every resume case starts with: enough real text that the profile step reads the
# document (it ignores near-empty ones), and a contact block the hostile line joins.
_RESUME_HEAD = (
    "Jane Roe\n"
    "jane.roe@example.com | +1 415 555 0100 | github.com/janeroe\n"
    "San Francisco, CA\n"
    "\n"
    "Experience\n"
    "Data Engineer, Acme Corp    2019 - 2021\n"
    "- Built the pipelines that feed the reporting warehouse.\n"
    "\n"
    "Education\n"
    "BSc Computer Science, University of Somewhere    2015 - 2019\n"
)


def _answer_prefix_spaces() -> str:
    # "1. a" + 3000 spaces + "x": `a\s*\d{0,2}\s*[*_]{0,2}\s*:` tried three ways to split the
    # spaces (cubic); 3.2 KB took 23.5 s.
    return "1. a" + " " * 3000 + "x"


def _dash_frame_spaces() -> str:
    # A line "--" + spaces + ":" reads as a Zoho "---- On … wrote ----" frame candidate, and
    # `^\s*-{2,}\s*(.*?)\s*-{2,}\s*$` split the spaces three ways (cubic).
    return "--" + " " * 1200 + ":"


def _number_word_spaces() -> str:
    # "Q" + spaces + "x": the answer-number pattern's `q\s*[#.]?\s*\d` (quadratic).
    return "Q" + " " * 20_000 + "x"


def _header_word_spaces() -> str:
    # "From" + spaces + "x": the quoted-header pattern's `from\s*[*_]{0,2}\s*:` (quadratic).
    return "From" + " " * 20_000 + "x"


def _closing_spaces() -> str:
    # "Thanks" + spaces + "x" under an answer: the closing pattern's `\s*[,.!]*\s*`.
    return "1. I have five years of Python.\nThanks" + " " * 20_000 + "x"


def _remark_spaces() -> str:
    # A last paragraph "I" + spaces + "x": the remark pattern's `i\s*(?:'ll|\s+will)`.
    return "1. I have five years of Python.\n\nI" + " " * 20_000 + "x"


def _name_spaces() -> str:
    # A last paragraph of spaces then "1": the bare-name pattern's `^\s*-?\s*`.
    return "1. I have five years of Python.\n\n" + " " * 20_000 + "1"


def _bare_numbers() -> str:
    # Thousands of "3 word" lines: phone-typed answer numbers were all kept as candidates and
    # fitted with a quadratic longest-run search.
    return "\n".join(f"{k % 5 + 1} word here" for k in range(8000))


def _numbered_long_lines() -> str:
    # 200 numbered lines of "ﷺ" (one character that Unicode compatibility decomposes into 18):
    # the run search re-read each line's words (folding every character) inside its
    # quadratic loop.
    line = "background study plan " + "\ufdfa" * 400
    return "\n".join(f"{k % 5 + 1}. {line}" for k in range(200))


def _html_unmatched_end_tags() -> str:
    # Deeply nested <div>s then end tags that match none: each end tag searched the whole
    # stack of open elements.
    return "<div>" * 30_000 + "</span>" * 30_000


def _html_deep_quotes() -> str:
    # Nested blockquotes with text in each: every line was prefixed with one "> " per level,
    # quadratic in time and memory.
    return "<blockquote>x" * 20_000


def _html_unended_attribute() -> str:
    # "<a b='" over and over: html.parser (Python 3.11) scanned for the closing quote from
    # every "<" to the end of the document.
    return "<a b='" * 6000


def _html_unended_comments() -> str:
    # Comment openings that never close: html.parser searched for "-->" from each of them.
    return "<!--x>" * 20_000


def _html_unknown_marked_section() -> str:
    # "<![x": html.parser (Python 3.11) raised AssertionError, failing the whole reply.
    return "<p>I can start in May.</p><![x]><p>Thanks</p>"


def _re_crlf() -> str:
    # "Re:" then thousands of CRLF line breaks then a letter: the multi-line heading pattern's
    # `^\W*` ran from every line start to the end of the breaks.
    return "Re:" + "\r\n" * 12_000 + "x"


def _month_spaces_body() -> str:
    # A month name followed by spaces: the date pattern's `may\s*,?\s*` (quadratic).
    return "Hello, here is my resume. " * 12 + "\nMay" + " " * 20_000 + "x"


def _date_lines_resume() -> str:
    # 972 KB of "Engineer, Acme 2019 - 2021" lines: each dated line rebuilt a map of every
    # line of the section (quadratic); took 100.8 s.
    return "\n".join(["Engineer, Acme 2019 - 2021"] * 36_000)


def _one_line_resume() -> str:
    # 100 KB on one line beside the name: the postal-address pattern ran
    # `[A-Z][A-Za-z .'-]+,` from every capital letter to the end of the line; took 64 s.
    return "Jane Roe | " + "Springfield Word " * 6_000 + "\n" + _RESUME_HEAD


def _angle_brackets_resume() -> str:
    # A line of "<": the link-target pattern `<[^>\s]+>` ran from every "<" to the end.
    return _RESUME_HEAD + "<" * 100_000 + "\n"


def _mixed_whitespace_resume() -> str:
    # Alternating space and tab between two words: the field splitter's `\s+\|` alternatives
    # ran from every whitespace character to the end of the run.
    return _RESUME_HEAD.replace("San Francisco, CA", "a" + " \t" * 50_000 + "b")


def _handle_spaces_resume() -> str:
    # "GitHub" + spaces + "!" in the contact block: `github\s*[:/|]?\s*@?` (quadratic).
    return _RESUME_HEAD.replace("San Francisco, CA", "GitHub" + " " * 20_000 + "!")


def _month_spaces_resume() -> str:
    # "May" + spaces in an experience line: the date pattern's `may\s*,?\s*` (quadratic).
    return _RESUME_HEAD + "Analyst, Beta Ltd May" + " " * 20_000 + "x\n"


def _dotted_token_resume() -> str:
    # A long "ab.com-ab.com-…" token in the contact block: the host pattern backtracked label
    # by label and re-ran its "not an e-mail" look-ahead to the token's end each time.
    return _RESUME_HEAD.replace("San Francisco, CA", "ab.com-" * 8_000 + "x")


def _duration_brackets_resume() -> str:
    # A dated title line full of "(1 year" without a ")": the duration pattern's `[^)]*\)` ran
    # from every "(" to the line's end.
    line = "Data Engineer " + "(1 year " * 20_000 + "2019 - 2021"
    return _RESUME_HEAD.replace("Experience\n", f"Experience\n{line}\n")


def _withdraw_dash_frame() -> str:
    # The withdrawal check strips quotes first: the dash-frame attribution pattern (cubic).
    return "I'd like to withdraw my application.\n--" + " " * 1200 + ":"


def _withdraw_newlines() -> str:
    # "i" then a flood of newlines: `(?:i|we)\s+would…` patterns scan the run once per start.
    return "i" + "\n" * 100_000 + "x"


def _joint_numbers_flood() -> str:
    # Every line "For 3 and 4: …", each written out twice before the lines are classified.
    return "For 3 and 4: twelve hours a week\n" * 20_000


def _keycap_flood() -> str:
    return "1\ufe0f\u20e3 " + "x " * 50_000 + "\n" + "2\ufe0f\u20e3 y\n" * 20_000


def _question_column() -> str:
    # Our question pasted 3,000 times one under the other: the column check walks each pair.
    return (
        "1. What is your background in software engineering or other quantitative work?\n" * 3_000
    )


def _forward_markers() -> str:
    # Forward markers, each with a header block, and our questions quoted under every one.
    block = "---------- Forwarded message ---------\nFrom: a@b.c\n\n> 1. What is your background?\n"
    return block * 5_000


CASES: dict[str, Callable[[], str]] = {
    "answer_prefix_spaces": _answer_prefix_spaces,
    "dash_frame_spaces": _dash_frame_spaces,
    "number_word_spaces": _number_word_spaces,
    "header_word_spaces": _header_word_spaces,
    "closing_spaces": _closing_spaces,
    "remark_spaces": _remark_spaces,
    "name_spaces": _name_spaces,
    "bare_numbers": _bare_numbers,
    "numbered_long_lines": _numbered_long_lines,
    "html_unmatched_end_tags": _html_unmatched_end_tags,
    "html_deep_quotes": _html_deep_quotes,
    "html_unended_attribute": _html_unended_attribute,
    "html_unended_comments": _html_unended_comments,
    "html_unknown_marked_section": _html_unknown_marked_section,
    "re_crlf": _re_crlf,
    "month_spaces_body": _month_spaces_body,
    "date_lines_resume": _date_lines_resume,
    "one_line_resume": _one_line_resume,
    "angle_brackets_resume": _angle_brackets_resume,
    "mixed_whitespace_resume": _mixed_whitespace_resume,
    "handle_spaces_resume": _handle_spaces_resume,
    "month_spaces_resume": _month_spaces_resume,
    "dotted_token_resume": _dotted_token_resume,
    "duration_brackets_resume": _duration_brackets_resume,
    "withdraw_dash_frame": _withdraw_dash_frame,
    "withdraw_newlines": _withdraw_newlines,
    "joint_numbers_flood": _joint_numbers_flood,
    "keycap_flood": _keycap_flood,
    "question_column": _question_column,
    "forward_markers": _forward_markers,
}

TARGET: dict[str, str] = {
    "answer_prefix_spaces": "answers",
    "dash_frame_spaces": "answers",
    "number_word_spaces": "answers",
    "header_word_spaces": "answers",
    "closing_spaces": "answers",
    "remark_spaces": "answers",
    "name_spaces": "answers",
    "bare_numbers": "answers",
    "numbered_long_lines": "answers",
    "html_unmatched_end_tags": "answers_html",
    "html_deep_quotes": "answers_html",
    "html_unended_attribute": "answers_html",
    "html_unended_comments": "answers_html",
    "html_unknown_marked_section": "answers_html",
    "re_crlf": "looks_like_resume",
    "month_spaces_body": "looks_like_resume",
    "date_lines_resume": "profile",
    "one_line_resume": "profile",
    "angle_brackets_resume": "profile",
    "mixed_whitespace_resume": "profile",
    "handle_spaces_resume": "profile",
    "month_spaces_resume": "profile",
    "dotted_token_resume": "profile",
    "duration_brackets_resume": "profile",
    "withdraw_dash_frame": "intent",
    "withdraw_newlines": "intent",
    "joint_numbers_flood": "answers",
    "keycap_flood": "answers",
    "question_column": "answers",
    "forward_markers": "answers",
}


def _entry_point(target: str) -> Callable[[str], object]:
    """The parser `target` names, imported on first use."""
    if target in ("answers", "answers_html"):
        from grantbox.questions import load_questions
        from parsers.answers import extract_answers

        questions = load_questions()
        if target == "answers_html":
            return lambda text: extract_answers("", questions, html=text)
        return lambda text: extract_answers(text, questions)
    if target == "looks_like_resume":
        from parsers.resume_text import looks_like_resume

        return looks_like_resume
    if target == "profile":
        from datetime import date

        from grantbox.models import ResumeDocument, ResumeSource
        from parsers.resume import profile_from_document

        def profile(text: str) -> object:
            doc = ResumeDocument(source=ResumeSource.text, sniffed_type="text/plain", text=text)
            return profile_from_document(doc, today=date(2026, 1, 15))

        return profile
    if target == "intent":
        from parsers.intent import reply_asks_to_withdraw

        return reply_asks_to_withdraw
    raise KeyError(target)


def run_timed(name: str) -> tuple[object, float]:
    """(result, seconds) of case `name` on its entry point; building the input is not timed."""
    parse = _entry_point(TARGET[name])
    text = CASES[name]()
    start = time.perf_counter()
    result = parse(text)
    return result, time.perf_counter() - start


def run(name: str) -> object:
    return run_timed(name)[0]
