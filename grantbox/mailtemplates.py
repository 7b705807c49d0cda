"""Rendering the emails grantbox sends from the operator-editable Jinja2 templates.

One `jinja2.Environment` (STYLE.md item 10): autoescape on for `*.html.j2`, off for `*.txt.j2`,
`StrictUndefined` so a missing value fails loudly instead of mailing an applicant a blank.
`render_email(name, **ctx)` renders `email/<name>.txt.j2` and `email/<name>.html.j2` into a
`RenderedEmail(subject, text, html)`. Pure apart from reading the template files.

Subject convention: each `.txt.j2` template extends `email/_base.txt.j2` and defines
`{% block subject %}`. The base layout only outputs `{% block body %}`, so the subject block is
rendered on its own (from the text template, never autoescaped) and then flattened to one line:
every CR, LF and other line break is replaced by a space, because anything the applicant
controls (their name, their subject line) must not be able to add a header (header injection,
RFC 5322 section 2.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel, ConfigDict

from grantbox.questions import Question, QuestionSet

__all__ = [
    "DEFAULT_CONTEXT",
    "DEFAULT_TEMPLATES_DIR",
    "NumberedQuestion",
    "RenderedEmail",
    "make_environment",
    "numbered_questions",
    "oneline",
    "render_email",
    "reply_subject",
    "text_email",
]

DEFAULT_TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"

# Values every template may use; callers override them per email (or per deployment).
DEFAULT_CONTEXT: Mapping[str, Any] = {
    "program_name": "the ML research retraining grant",
    "team_name": "The grants team",
    "applicant_name": "",
    "original_subject": "",
    "reference": "",
    "problem": "",  # resume_request: why the resume could not be read, if known
}

# Line breaks Python's str.splitlines() knows, plus the other C0/C1 controls: none of them
# belong in a header, and some MTAs treat a bare CR, VT or U+2028 as a line end.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_RE_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|réf|rif|vs|odp)\s*(\[\d+\])?\s*:", re.IGNORECASE)


class RenderedEmail(BaseModel):
    """The three parts an outgoing email is built from."""

    model_config = ConfigDict(frozen=True)

    subject: str
    text: str
    html: str


class NumberedQuestion(BaseModel):
    """A question with the number it carries in the questions email (its position in the set,
    kept when only some questions are asked again, so "3." always means the same question)."""

    model_config = ConfigDict(frozen=True)

    number: int
    id: str
    text: str
    help: str
    label: str
    required: bool


def oneline(value: object) -> str:
    """Flatten a value to one line with single spaces; used for names and subjects."""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def reply_subject(subject: object, default: str = "") -> str:
    """`Re: <subject>` as mail clients write it, without stacking `Re: Re:`."""
    text = oneline(subject)
    if not text:
        return oneline(default)
    if _RE_PREFIX.match(text):
        return text
    return f"Re: {text}"


def numbered_questions(
    questions: QuestionSet, ids: Iterable[str] | None = None
) -> list[NumberedQuestion]:
    """The questions to show, numbered by their place in the full set; `ids` selects some."""
    wanted = None if ids is None else set(ids)
    if wanted is not None:
        unknown = wanted - set(questions.ids)
        if unknown:
            raise KeyError(f"unknown question ids: {sorted(unknown)}")
    out = []
    for number, q in enumerate(questions.questions, start=1):
        if wanted is None or q.id in wanted:
            out.append(_numbered(number, q))
    return out


def _numbered(number: int, q: Question) -> NumberedQuestion:
    return NumberedQuestion(
        number=number,
        id=q.id,
        text=q.text,
        help=q.help,
        label=q.display_label,
        required=q.required,
    )


def make_environment(templates_dir: str | Path = DEFAULT_TEMPLATES_DIR) -> jinja2.Environment:
    """The one Environment for email templates under `templates_dir`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        # Autoescape is decided by file name: HTML parts escape everything the applicant wrote,
        # text parts must not (an escaped "&amp;" in a plain-text email is a bug too).
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html.j2", "html"),
            disabled_extensions=("txt.j2", "txt"),
            default_for_string=True,
            default=True,
        ),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["oneline"] = oneline
    env.filters["reply_subject"] = reply_subject
    return env


@lru_cache(maxsize=8)
def _environment(templates_dir: str) -> jinja2.Environment:
    return make_environment(templates_dir)


def render_email(
    name: str,
    *,
    templates_dir: str | Path = DEFAULT_TEMPLATES_DIR,
    **ctx: Any,
) -> RenderedEmail:
    """Render `email/<name>.txt.j2` and `email/<name>.html.j2` with `ctx` over the defaults.

    Raises `jinja2.TemplateNotFound` for an unknown name and `jinja2.UndefinedError` when a
    template uses a value the caller did not pass.
    """
    env = _environment(str(Path(templates_dir).resolve()))
    context = {**DEFAULT_CONTEXT, **ctx}
    text_template = env.get_template(f"email/{name}.txt.j2")
    html_template = env.get_template(f"email/{name}.html.j2")
    subject_block = text_template.blocks.get("subject")
    if subject_block is None:
        raise jinja2.TemplateError(f"email/{name}.txt.j2 has no {{% block subject %}}")
    subject = oneline("".join(subject_block(text_template.new_context(context))))
    text = _tidy_text(text_template.render(context))
    html = html_template.render(context)
    return RenderedEmail(subject=subject, text=text, html=html)


def text_email(subject: str, text: str, team_name: str = "") -> RenderedEmail:
    """An email a reviewer wrote (or edited) as plain text: the HTML part is that text,
    escaped, in paragraphs — never markup the reviewer (or an applicant quoted in it) typed."""
    import html as html_lib

    text = _tidy_text(text.replace("\r\n", "\n"))
    paragraphs = [
        html_lib.escape(p).replace("\n", "<br>\n") for p in re.split(r"\n\s*\n", text.strip())
    ]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"></head>\n'
        '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; '
        f'line-height: 1.5; color: #1a1a1a;">\n{body}</body>\n</html>\n'
    )
    return RenderedEmail(subject=oneline(subject), text=text, html=html)


def _tidy_text(text: str) -> str:
    # Template whitespace control still leaves runs of blank lines where optional parts were
    # skipped; mail clients show them, so keep at most one blank line and end with one newline.
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"
