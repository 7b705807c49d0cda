"""Reading an email before it is recorded: the work on what the sender wrote, done in the
extraction pool's worker processes, outside the database's write lock.

Everything here is a pure function of the sender's bytes (and the program's questions): the
parse of the email, and what filing and the conversation will want to know of its content —
the resume's profile, the answers to our questions, a request to withdraw. Run in a worker it
is bounded in time and memory like a resume file (grantbox/extraction.py); an email that
exceeds a bound is recorded with that reason, and the pass goes on. Recording then only looks
things up and writes: no parser runs while other passes and the review app wait on the lock.

Keep this module light: the workers import it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grantbox.models import InboundMessage, ResumeDocument
from grantbox.questions import QuestionSet
from parsers.answers import AttachedText, ExtractedAnswers, extract_answers, with_attached_answers
from parsers.classify import Bounce, Triage, cited_message_ids, parse_bounce, triage
from parsers.intent import reply_asks_to_withdraw
from parsers.message import parse_message
from parsers.resume import profile_from_document
from parsers.resume_text import looks_like_resume


def read_message(raw: bytes, ours: frozenset[str]) -> tuple[InboundMessage, Triage]:
    """The email parsed, and what kind of sender wrote it."""
    msg = parse_message(raw)
    return msg, triage(msg, ours)


def body_text(msg: InboundMessage) -> str:
    """The body as it is stored (PostgreSQL refuses NUL), which is what was read."""
    return msg.text.replace("\x00", "")


@dataclass
class Reading:
    """What the email's content says, for the steps that record it."""

    profile: dict[str, Any] | None = None  # of the chosen resume
    # to every question (asked=None), from the body or an attached file it points to (each
    # answer names its file); None: not looked for
    answers: ExtractedAnswers | None = None
    withdraw: str | None = None  # the phrase asking to withdraw, if any
    bounce: Bounce | None = None  # for a bounce: what it says failed
    cited: list[str] = field(default_factory=list)  # for a bounce: Message-IDs it cites
    problems: list[str] = field(default_factory=list)  # what could not be read, and why


def profile_of(doc: ResumeDocument) -> dict[str, Any]:
    return profile_from_document(doc).model_dump(mode="json")


# A bounce's report and returned headers are at its start; the rest of its files is not read.
BOUNCE_PART_BYTES = 256 * 1024


def for_reading(msg: InboundMessage, *, bounce: bool) -> InboundMessage:
    """What `read_content` needs of `msg`, to send to a worker: the files' bytes are read
    already (and can be tens of MB), except the start of a bounce's parts."""
    if not bounce:
        return msg.model_copy(update={"attachments": []})
    kept = [a.model_copy(update={"data": a.data[:BOUNCE_PART_BYTES]}) for a in msg.attachments]
    return msg.model_copy(update={"attachments": kept})


def other_documents(
    msg: InboundMessage,
    documents: dict[int, ResumeDocument],
    resume: tuple[int | None, ResumeDocument] | None,
) -> list[AttachedText]:
    """The attached documents that may hold answers ("see my answers in the attached file"):
    every readable one but the resume, or the "resume" itself when it does not read like one
    (a reply whose only file is answers.docx)."""
    chosen = resume[0] if resume is not None else None
    return [
        AttachedText(filename=msg.attachments[i].filename, text=doc.text)
        for i, doc in sorted(documents.items())
        if doc.source is not None
        and doc.text.strip()
        and (i != chosen or not looks_like_resume(doc.text))
    ]


def read_content(
    msg: InboundMessage,
    resume: ResumeDocument | None,
    questions: QuestionSet | None,
    bounce: bool = False,
    documents: list[AttachedText] | None = None,
) -> Reading:
    """The resume's profile, the answers and a withdrawal request; for a `bounce`, what
    failed and which emails it cites. `questions` None: the email is not one anyone answers
    (a robot's), so no answers are looked for. `documents`: attached files that may hold the
    answers (`other_documents`), read when the email points to them."""
    text = body_text(msg)
    answers = None
    if questions is not None:
        answers = with_attached_answers(
            extract_answers(text, questions), questions, documents or []
        )
    return Reading(
        profile=profile_of(resume) if resume is not None else None,
        answers=answers,
        withdraw=reply_asks_to_withdraw(text),
        bounce=parse_bounce(msg) if bounce else None,
        cited=cited_message_ids(msg) if bounce else [],
    )
