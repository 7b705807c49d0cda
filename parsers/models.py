"""What the parsers return: an email (`InboundMessage`) and a document's text
(`ResumeDocument`), and what triage calls an email (`MessageKind`).

Plain pydantic models with no behaviour beyond validation: parsers return them, the pipeline
passes them on, the store persists them. They live with the parsers so that `parsers/`
imports nothing of the application (`grantbox.models` re-exports them). Nothing here does I/O.
"""

from __future__ import annotations

import enum
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class MessageKind(enum.StrEnum):
    """What an inbound email turned out to be (decided by triage, recorded per message)."""

    application = "application"  # first mail from an applicant
    reply = "reply"  # a further mail filed under an existing application
    auto_reply = "auto_reply"  # out-of-office and other automatic answers (RFC 3834)
    bounce = "bounce"  # delivery status notification about mail we sent
    list = "list"  # mailing-list / bulk mail
    from_us = "from_us"  # our own mail seen in the inbox (loop guard)
    unmatched = "unmatched"  # looks like a reply but matches nothing: needs a human
    error = "error"  # could not be parsed or processed at all: needs a human


class Attachment(BaseModel):
    """One file carried by an email. `filename` is already sanitised for display; the bytes are
    stored content-addressed by sha256, never under this name."""

    model_config = ConfigDict(frozen=True)

    filename: str
    declared_type: str  # the Content-Type the sender claimed
    size: int
    sha256: str
    data: bytes = Field(repr=False, exclude=True)
    from_tnef: bool = False  # unpacked from a winmail.dat (TNEF) container


class InboundMessage(BaseModel):
    """One parsed inbound email. Produced by `parsers.message.parse_message`, pure."""

    message_id: str  # with angle brackets, as in the header
    message_id_generated: bool = False  # True when the header was missing (derived from bytes)
    content_sha256: str  # sha256 of the raw bytes: with message_id, what the message *is*
    size: int
    from_addr: str = ""  # lower-cased address; "" when missing or unparseable
    from_name: str = ""
    to: list[str] = []
    cc: list[str] = []
    reply_to: list[str] = []
    subject: str = ""
    date: datetime | None = None
    in_reply_to: str | None = None
    references: list[str] = []
    # Headers that triage reads (RFC 3834, RFC 2369, Microsoft's X-Auto-Response-Suppress, …),
    # lower-case name -> value; only those present.
    headers: dict[str, str] = {}
    content_type: str = "text/plain"  # of the top-level part (multipart/report for DSNs)
    text: str = ""  # the body as plain text (HTML converted when there is no text part)
    text_from_html: bool = False
    attachments: list[Attachment] = []
    defects: list[str] = []  # what was wrong with the MIME, for the record
    parser: str = "mail-parser"  # or "stdlib" when mail-parser failed on this message


class ResumeSource(enum.StrEnum):
    pdf = "pdf"
    docx = "docx"
    text = "text"  # .txt / .md attachment
    rtf = "rtf"
    body = "body"  # pasted into the email body


class ResumeDocument(BaseModel):
    """The text of a resume file (or pasted body), as extracted. Produced by
    `parsers.resume.read_resume`, pure. `problem` says why text is missing or partial."""

    source: ResumeSource | None = None  # None when the bytes are not a document we read
    sniffed_type: str  # what the bytes are, by magic number: "application/pdf", "text/html", …
    text: str = ""
    pages: int = 0
    flags: list[str] = []  # e.g. "no_text_layer", "encrypted", "corrupt", "not_a_document"
    problem: str | None = None  # a human-readable reason when flags say something went wrong

    @property
    def text_chars(self) -> int:
        return len(self.text)
