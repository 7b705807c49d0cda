"""One intake pass: every email that arrived since the last pass, recorded exactly once.

The pass reads the folder by UID above the stored watermark, parses each message (and reads its
resume in worker processes), and records it in ONE transaction together with its IMAP
location, its application, its events and the new watermark. A process killed at any line
therefore leaves each message either wholly recorded (and never fetched again) or not at all
(and fetched again next pass); the unique (message_id, content_sha256) identity turns a second
sighting of the same email — a copy in another folder, a re-listing after a UIDVALIDITY
change — into one more location of the same message, never a second message. On Gmail
(X-GM-EXT-1) the message's X-GM-MSGID is its identity first: one message under several labels,
or in All Mail, is one message even where its bytes would differ.

Sender faults (broken MIME, unreadable files, oversize mail) end as a recorded message with a
reason; only system faults (IMAP down, database down) abort the pass, to be retried.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from grantbox import reading
from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.conversation import question_set, respond
from grantbox.extraction import ExtractionPool, Job
from grantbox.filing import AUTH_HEADER, Filing, file_message
from grantbox.mailbox import FetchedMessage, FolderStatus, Mailbox, batches_by_size
from grantbox.models import InboundMessage, MessageKind, ResumeDocument
from grantbox.reading import Reading, read_message
from grantbox.store import Store
from grantbox.store.tables import AttachmentRow, MailboxState, Message, MessageLocation, utcnow
from parsers.addresses import normalise_address
from parsers.authresults import header_values
from parsers.classify import Triage
from parsers.resume import looks_like_resume

log = logging.getLogger(__name__)

ACTOR = "intake"
# Bodies fetched per round trip are capped by bytes too, so a run of large attachments does not
# pile up in memory.
FETCH_BATCH_BYTES = 40 * 1024 * 1024

# Told how far a pass is: (emails taken in so far, emails this pass found to take in). Called
# once with (0, total) when the pass knows its work, then after each email is recorded (or
# found recorded already), from the pass's own thread; it must be quick (see
# grantbox/progress.py, which shows a first sync's progress).
Progress = Callable[[int, int], None]


class MailboxLike(Protocol):
    commands_sent: int

    def connect(self) -> None: ...
    def close(self) -> None: ...
    def examine(self, folder: str) -> FolderStatus: ...
    def uids_after(self, last_uid: int) -> list[int]: ...
    def sizes(self, uids: list[int]) -> dict[int, int]: ...
    def fetch(self, sizes: dict[int, int], *, max_bytes: int) -> list[FetchedMessage]: ...


@dataclass
class Prepared:
    """A fetched message on its way through the pool: parsed, its files read, its content
    read; then recorded."""

    fetched: FetchedMessage
    parsing: Job[tuple[InboundMessage, Triage]] | None = None
    message: InboundMessage | None = None
    triage: Triage | None = None
    error: str | None = None
    flags: list[str] = field(default_factory=list)
    jobs: list[tuple[int, Job[ResumeDocument]]] = field(default_factory=list)  # (index, job)
    # Authentication-Results values, top first: InboundMessage keeps only the first of a
    # header, and which provider added which one is told by their order.
    auth_results: list[str] = field(default_factory=list)
    documents: dict[int, ResumeDocument] = field(default_factory=dict)
    resume: tuple[int | None, ResumeDocument] | None = None  # see choose_resume
    content: Job[Reading] | None = None
    reading: Reading | None = None


@dataclass
class IntakeReport:
    folder: str
    uidvalidity: int = 0
    fetched: int = 0
    recorded: int = 0
    duplicates: int = 0
    errors: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    applications_created: int = 0
    imap_commands: int = 0
    seconds: float = 0.0
    unchanged: bool = False
    reconnects: int = 0  # the connection broke mid-pass and the pass went on on a new one
    lines: list[str] = field(default_factory=list)  # what --dry-run would record

    def as_dict(self) -> dict[str, object]:
        return {
            "folder": self.folder,
            "uidvalidity": self.uidvalidity,
            "fetched": self.fetched,
            "recorded": self.recorded,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "kinds": dict(self.kinds),
            "applications_created": self.applications_created,
            "imap_commands": self.imap_commands,
            "seconds": round(self.seconds, 3),
            "unchanged": self.unchanged,
            "reconnects": self.reconnects,
        }


def our_addresses(settings: Settings) -> frozenset[str]:
    """The program's own addresses, in the form parsed mail carries them."""
    candidates = [settings.from_address, settings.imap_user]
    return frozenset(a for a in map(normalise_address, candidates) if a is not None)


# -- preparing: pure work, no database ---------------------------------------------------


# Three steps in the pool, none of which raises for anything the sender did: the reason lands
# in `error` or `flags`. Intake runs them for a whole batch at a time, so the workers parse
# and read one batch while the main process records the one before.


def prepare(fetched: FetchedMessage, pool: ExtractionPool, settings: Settings) -> Prepared:
    """Start parsing one message."""
    prepared = Prepared(fetched=fetched)
    prepared.auth_results = header_values(fetched.raw, AUTH_HEADER)
    label = f"Reading the email (UID {fetched.uid})"
    prepared.parsing = pool.call(read_message, fetched.raw, our_addresses(settings), label=label)
    return prepared


def read_files(prepared: Prepared, pool: ExtractionPool, settings: Settings) -> None:
    """Take the parsed message and start reading its attachments."""
    assert prepared.parsing is not None
    try:
        prepared.message, prepared.triage = pool.wait(prepared.parsing)
    except Exception as e:  # a sender fault by definition: record it, keep the pass going
        prepared.error = f"could not parse the message: {type(e).__name__}: {e}"
        return
    finally:
        prepared.parsing = None
    msg = prepared.message
    if prepared.fetched.header_only:
        prepared.flags.append("message_too_large")
        return
    for index, att in enumerate(msg.attachments):
        if att.size > settings.max_attachment_bytes:
            continue
        job = pool.submit(att.data, declared_type=att.declared_type, filename=att.filename)
        prepared.jobs.append((index, job))


def read_content(prepared: Prepared, pool: ExtractionPool, settings: Settings) -> None:
    """Collect the files, choose the resume, and start reading what the email says."""
    for index, job in prepared.jobs:
        prepared.documents[index] = pool.wait(job)
    prepared.jobs = []
    msg = prepared.message
    if msg is None:
        return
    prepared.resume = choose_resume(msg, prepared.documents)
    kind = prepared.triage.kind if prepared.triage is not None else None
    bounce = kind is MessageKind.bounce
    prepared.content = pool.call(
        reading.read_content,
        reading.for_reading(msg, bounce=bounce),
        prepared.resume[1] if prepared.resume is not None else None,
        None if kind is not None else question_set(settings),
        bounce,
        # Files to read answers from: only for an email anyone answers (not a robot's).
        reading.other_documents(msg, prepared.documents, prepared.resume) if kind is None else None,
        label=f"Reading what the email (UID {prepared.fetched.uid}) says",
    )


def finish(prepared: Prepared, pool: ExtractionPool) -> Prepared:
    """Wait for what the email says. Past a limit, it is recorded without it (no answers,
    no profile), with the reason."""
    if prepared.content is not None:
        try:
            prepared.reading = pool.wait(prepared.content)
        except Exception as e:
            prepared.reading = Reading(problems=[f"{type(e).__name__}: {e}"])
            prepared.flags.append("unreadable_content")
        prepared.content = None
    return prepared


def prepare_now(fetched: FetchedMessage, pool: ExtractionPool, settings: Settings) -> Prepared:
    """All three steps for one message, waiting for each."""
    prepared = prepare(fetched, pool, settings)
    read_files(prepared, pool, settings)
    read_content(prepared, pool, settings)
    return finish(prepared, pool)


_RESUME_NAME_HINTS = ("cv", "resume", "résumé", "lebenslauf", "curriculum")
# Flags that say "a real document (PDF, DOCX, ODT, RTF by its bytes) we could not read": such
# a file is the resume's best candidate whatever its name. A read that hit the pool's limits is
# one too: only documents (and large text) are read in the worker processes.
_UNREADABLE_DOCUMENT = frozenset(
    {
        "encrypted",
        "no_text_layer",
        "corrupt",
        "too_large",
        "extraction_timeout",
        "extraction_failed",
        "extraction_too_large",
    }
)


def choose_resume(
    msg: InboundMessage, documents: dict[int, ResumeDocument]
) -> tuple[int | None, ResumeDocument] | None:
    """Which of the message's files is the resume: (attachment index, document), or
    (None, document) for a resume pasted into the body, or None.

    A file that looks like a resume beats one named like a resume, which beats any other
    document; a named-but-unreadable file (encrypted, image-only) still counts so its problem
    is shown instead of the application silently lacking a resume."""
    ranked: list[tuple[tuple[bool, bool, int], int]] = []
    for index, doc in documents.items():
        name = msg.attachments[index].filename.lower()
        named = any(hint in name for hint in _RESUME_NAME_HINTS)
        # An unreadable file counts when it is surely a document (encrypted, scanned) or is
        # named as the resume: the reviewer and the applicant must hear about its problem.
        unreadable_document = bool(_UNREADABLE_DOCUMENT & set(doc.flags))
        if doc.source is None and not unreadable_document and not (named and doc.flags):
            continue
        readable = doc.source is not None and looks_like_resume(doc.text)
        ranked.append(((readable, named, len(doc.text)), index))
    if ranked:
        index = max(ranked)[1]
        return index, documents[index]
    if msg.text and looks_like_resume(msg.text):
        return None, ResumeDocument(source="body", sniffed_type="text/plain", text=msg.text)
    return None


# -- recording: one transaction per message ----------------------------------------------

# What the parser found wrong with a message, as a flag a human can filter on: the first
# pattern (a substring of the defect) that matches decides; anything else is broken MIME.
# The defects themselves, in words, become the message's `error`.
DEFECT_FLAGS: tuple[tuple[str, str], ...] = (
    ("charset", "bad_charset"),  # unknown label, or text not valid in the declared one
    ("CharsetDecodeDefect", "bad_charset"),
    ("address-headers", "malformed_headers"),
    ("date-headers", "malformed_headers"),
    ("received-headers", "malformed_headers"),
    ("From header", "malformed_headers"),
    ("header cut to", "malformed_headers"),  # an absurdly long header, read in part
    ("header too large", "malformed_headers"),
    ("MissingHeaderBodySeparatorDefect", "malformed_headers"),  # a broken header line
    ("before the header", "malformed_headers"),
    ("encrypted message", "encrypted_message"),
)
_BODY_FLAGS = frozenset({"malformed_mime", "bad_charset"})
_MAX_DEFECTS_SHOWN = 8


def _defect_flag(defect: str) -> str:
    return next((flag for pattern, flag in DEFECT_FLAGS if pattern in defect), "malformed_mime")


def defect_flags(defects: list[str], *, header_only: bool = False) -> list[str]:
    """The message flags for the parser's defects. A message fetched as headers only has no
    body to be malformed: its (inevitable) body defects are not the sender's."""
    flags = {_defect_flag(d) for d in defects}
    return sorted(flags - _BODY_FLAGS if header_only else flags)


def defect_reason(defects: list[str], flags: list[str]) -> str | None:
    """The defects behind `flags`, in words, for the human who looks at the message."""
    kept = [d for d in defects if _defect_flag(d) in flags]
    if not kept:
        return None
    shown = "; ".join(kept[:_MAX_DEFECTS_SHOWN])
    more = len(kept) - _MAX_DEFECTS_SHOWN
    return (
        "the email is malformed and was read as well as possible: "
        + shown
        + (f" (and {more} more)" if more > 0 else "")
    )


def mb(size: int) -> str:
    """Sizes as operators set them (25 * 1024 * 1024 is "25 MB"), to one decimal."""
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def _clean(text: str | None, limit: int | None = None) -> str:
    """PostgreSQL rejects NUL in text, and headers can be absurdly long: store a safe copy."""
    cleaned = (text or "").replace("\x00", "")
    return cleaned[:limit] if limit else cleaned


def _existing(session: Session, msg_id: str, sha: str) -> Message | None:
    return session.scalars(
        select(Message).where(Message.message_id == msg_id, Message.content_sha256 == sha)
    ).first()


# Gmail names each message by X-GM-MSGID, the same in every label ("folder") it shows in and
# in All Mail. It is kept as one more location of the message, in this pseudo-folder with
# UIDVALIDITY 0 (a real folder's is never 0, RFC 3501): no schema change, and a message seen
# again under another label, or re-listed, is found by it before its bytes are compared.
GMAIL_ID_FOLDER = "[X-GM-MSGID]"


def gmail_id_key(gm_msgid: int) -> int:
    """X-GM-MSGID (an unsigned 64-bit number) as the signed 64-bit `uid` column holds it."""
    return gm_msgid - (1 << 64) if gm_msgid >= 1 << 63 else gm_msgid


def by_gmail_id(session: Session, gm_msgid: int) -> Message | None:
    """The message Gmail names `gm_msgid`, if recorded."""
    return session.scalars(
        select(Message)
        .join(MessageLocation, MessageLocation.message_pk == Message.id)
        .where(
            MessageLocation.folder == GMAIL_ID_FOLDER,
            MessageLocation.uidvalidity == 0,
            MessageLocation.uid == gmail_id_key(gm_msgid),
        )
    ).first()


def _add_gmail_id(session: Session, message_pk: int, gm_msgid: int | None) -> None:
    if gm_msgid is None:
        return
    key = gmail_id_key(gm_msgid)
    found = session.scalars(
        select(MessageLocation).where(
            MessageLocation.folder == GMAIL_ID_FOLDER,
            MessageLocation.uidvalidity == 0,
            MessageLocation.uid == key,
        )
    ).first()
    if found is None:
        session.add(
            MessageLocation(message_pk=message_pk, folder=GMAIL_ID_FOLDER, uidvalidity=0, uid=key)
        )


def _advance(state: MailboxState, uid: int) -> None:
    state.last_uid = max(state.last_uid, uid)
    state.updated_at = utcnow()


def record(
    session: Session,
    blobs: BlobStore,
    state: MailboxState,
    prepared: Prepared,
    settings: Settings,
    *,
    reply_to_backlog: bool = False,
) -> tuple[str, Filing | None]:
    """Record one prepared message (or its new location) and move the watermark past it.
    Returns ("duplicate" | "recorded", filing)."""
    fetched = prepared.fetched
    msg = prepared.message
    backlog = fetched.uid < state.backlog_below_uid
    if fetched.gm_msgid is not None:
        # Gmail: one message, whatever label it is seen under: its id decides first.
        known = by_gmail_id(session, fetched.gm_msgid)
        if known is not None:
            _add_location(session, known.id, state, fetched.uid)
            _advance(state, fetched.uid)
            return "duplicate", None
    if msg is None:
        _record_error(session, blobs, state, fetched, prepared.error, backlog)
        return "recorded", None

    message_id = _clean(msg.message_id, 998)
    existing = _existing(session, message_id, msg.content_sha256)
    if existing is not None:
        _add_location(session, existing.id, state, fetched.uid)
        _add_gmail_id(session, existing.id, fetched.gm_msgid)
        _advance(state, fetched.uid)
        return "duplicate", None

    if not fetched.header_only:
        blobs.put(fetched.raw, msg.content_sha256)
    malformed = defect_flags(msg.defects, header_only=fetched.header_only)
    flags = [*prepared.flags, *malformed]
    reasons: list[str] = []
    if fetched.header_only:
        reasons.append(
            f"message is {mb(fetched.size)}, over the {mb(settings.max_message_bytes)} limit: "
            "recorded from its headers only"
        )
    row = Message(
        message_id=message_id,
        content_sha256=msg.content_sha256,
        size=fetched.size,
        stored=not fetched.header_only,
        from_addr=_clean(msg.from_addr, 320),
        from_name=_clean(msg.from_name, 200),
        subject=_clean(msg.subject, 2000),
        sent_at=msg.date,
        in_reply_to=_clean(msg.in_reply_to, 998) or None,
        kind=MessageKind.error.value,  # set by filing below
        flags=list(flags),  # a copy: the list grows below, and SQLAlchemy must see it change
        error=None,
        backlog=backlog,
        text=_clean(msg.text),
    )
    session.add(row)
    session.flush()
    _add_location(session, row.id, state, fetched.uid)
    _add_gmail_id(session, row.id, fetched.gm_msgid)

    attachment_rows: dict[int, AttachmentRow] = {}
    for index, att in enumerate(msg.attachments):
        doc = prepared.documents.get(index)
        too_large = att.size > settings.max_attachment_bytes
        if not too_large:
            blobs.put(att.data, att.sha256)
        problem = None
        if too_large:
            problem = (
                f"{_clean(att.filename, 300)!r} is {mb(att.size)}, over the "
                f"{mb(settings.max_attachment_bytes)} attachment limit: not stored"
            )
            flags.append("attachment_too_large")
            reasons.append(problem)
        elif doc is not None and doc.problem:
            problem = doc.problem
        attachment_rows[index] = AttachmentRow(
            message_pk=row.id,
            filename=_clean(att.filename, 300),
            declared_type=_clean(att.declared_type, 200),
            sniffed_type=doc.sniffed_type if doc else "application/octet-stream",
            size=att.size,
            sha256=att.sha256,
            stored=not too_large,
            problem=problem,
        )
        session.add(attachment_rows[index])
    session.flush()

    malformed_reason = defect_reason(msg.defects, malformed)
    if malformed_reason:
        reasons.append(malformed_reason)
    if prepared.reading is not None and prepared.reading.problems:
        reasons.append(
            "what the email says could not be read (no answers or resume profile taken): "
            + "; ".join(prepared.reading.problems)
        )
    row.error = _clean("; ".join(reasons), 2000) or None
    row.flags = sorted(set(flags))
    reading = prepared.reading
    assert reading is not None, "read_content and finish run before an email is recorded"
    filing = file_message(
        session,
        message=msg,
        row=row,
        triage=prepared.triage,
        resume=prepared.resume,
        attachment_rows=attachment_rows,
        settings=settings,
        actor=ACTOR,
        answerable=not backlog or reply_to_backlog,
        auth_results=prepared.auth_results,
        reading=reading,
    )
    if filing.answerable and filing.application_id is not None:
        respond(
            session,
            settings,
            app_id=filing.application_id,
            row=row,
            kind=filing.kind,
            actor=ACTOR,
            reading=reading,
        )
    _advance(state, fetched.uid)
    return "recorded", filing


def _add_location(session: Session, message_pk: int, state: MailboxState, uid: int) -> None:
    found = session.scalars(
        select(MessageLocation).where(
            MessageLocation.folder == state.folder,
            MessageLocation.uidvalidity == state.uidvalidity,
            MessageLocation.uid == uid,
        )
    ).first()
    if found is None:
        session.add(
            MessageLocation(
                message_pk=message_pk, folder=state.folder, uidvalidity=state.uidvalidity, uid=uid
            )
        )


def _record_error(
    session: Session,
    blobs: BlobStore,
    state: MailboxState,
    fetched: FetchedMessage,
    error: str | None,
    backlog: bool,
) -> None:
    """A message we could not use at all: keep its bytes and the reason for a human."""
    sha = hashlib.sha256(fetched.raw).hexdigest()
    message_id = f"<{sha[:32]}@unparsed.grantbox.invalid>"
    existing = _existing(session, message_id, sha)
    if existing is not None:
        _add_gmail_id(session, existing.id, fetched.gm_msgid)
    else:
        blobs.put(fetched.raw, sha)
        row = Message(
            message_id=message_id,
            content_sha256=sha,
            size=fetched.size,
            kind=MessageKind.error.value,
            flags=["needs_human"],
            error=_clean(error or "unknown error", 2000),
            backlog=backlog,
        )
        session.add(row)
        session.flush()
        _add_location(session, row.id, state, fetched.uid)
        _add_gmail_id(session, row.id, fetched.gm_msgid)
    _advance(state, fetched.uid)


# -- the pass ----------------------------------------------------------------------------


def load_state(session: Session, folder: str, status: FolderStatus) -> MailboxState:
    """The folder's watermark, created on first connection (everything present then is
    backlog) and reset when UIDVALIDITY changed (UIDs mean nothing any more; re-listed mail
    dedupes by identity)."""
    state = session.get(MailboxState, folder)
    if state is None:
        state = MailboxState(
            folder=folder,
            uidvalidity=status.uidvalidity,
            last_uid=0,
            uidnext=0,
            backlog_below_uid=status.uidnext,
        )
        session.add(state)
    elif state.uidvalidity != status.uidvalidity:
        log.warning(
            "UIDVALIDITY of %s changed (%s -> %s): resyncing by Message-ID",
            folder,
            state.uidvalidity,
            status.uidvalidity,
        )
        state.uidvalidity = status.uidvalidity
        state.last_uid = 0
        state.uidnext = 0
        state.backlog_below_uid = 0
    return state


def extraction_pool(settings: Settings) -> ExtractionPool:
    return ExtractionPool(
        workers=settings.extract_workers,
        timeout=settings.extract_timeout,
        memory_limit_bytes=settings.extract_memory_mb * 1024 * 1024,
    )


def run_intake(
    settings: Settings,
    store: Store,
    mailbox: MailboxLike,
    *,
    pool: ExtractionPool | None = None,
    reply_to_backlog: bool = False,
    progress: Progress | None = None,
) -> IntakeReport:
    """One pass over the configured folder with an already-connected `mailbox`.
    `progress`, when given, is told how far the pass is (see `Progress`)."""
    started = time.perf_counter()
    folder = settings.imap_folder
    report = IntakeReport(folder=folder)
    commands_before = mailbox.commands_sent
    status = mailbox.examine(folder)
    report.uidvalidity = status.uidvalidity
    unchanged, last_uid = _watermark(store, folder, status)
    if unchanged:
        # Nothing arrived since the last pass: one EXAMINE was all it cost.
        report.unchanged = True
    else:
        own_pool = pool is None
        pool = pool or extraction_pool(settings)
        try:
            _take_in_all(
                settings, store, mailbox, pool, status, last_uid, report, reply_to_backlog, progress
            )
        finally:
            if own_pool:
                pool.close()
        with store.transaction() as session:
            final = session.get(MailboxState, folder)
            if final is not None and final.uidvalidity == status.uidvalidity:
                final.uidnext = status.uidnext
    report.imap_commands = mailbox.commands_sent - commands_before
    report.seconds = time.perf_counter() - started
    return report


def _watermark(store: Store, folder: str, status: FolderStatus) -> tuple[bool, int]:
    """(nothing arrived since the last pass, the last recorded UID), for a pass starting."""

    def read() -> tuple[bool, int]:
        with store.transaction() as session:
            state = load_state(session, folder, status)
            return state.uidnext == status.uidnext and state.last_uid > 0, state.last_uid

    try:
        return read()
    except IntegrityError:
        # Another pass made the folder's watermark on its first connection at the same
        # moment, and committed first: take theirs.
        return read()


def _recorded_up_to(store: Store, folder: str, uidvalidity: int) -> int:
    """The folder's watermark as it is now, not as it was when this pass started."""
    with store.transaction() as session:
        state = session.get(MailboxState, folder)
        return state.last_uid if state is not None and state.uidvalidity == uidvalidity else 0


# A pass whose connection breaks goes on on a new one, as long as each connection brought at
# least one email in (a connection that brings nothing fails the pass: the server is gone).
MAX_RECONNECTS = 100


def _take_in_all(
    settings: Settings,
    store: Store,
    mailbox: MailboxLike,
    pool: ExtractionPool,
    status: FolderStatus,
    last_uid: int,
    report: IntakeReport,
    reply_to_backlog: bool,
    progress: Progress | None,
) -> None:
    """`_take_in`, reconnecting when the connection breaks after progress: a connection that
    always drops after some megabytes (a flaky proxy, a provider's bandwidth cut) costs a
    reconnect every few emails instead of a whole scheduled pass. After the first break the
    pass fetches one email at a time."""
    folder = settings.imap_folder
    done = 0
    batch_size: int | None = None
    while True:
        shown = _shifted(progress, done)
        try:
            _take_in(
                settings,
                store,
                mailbox,
                pool,
                status,
                last_uid,
                report,
                reply_to_backlog,
                shown,
                batch_size,
            )
            return
        except Exception as e:
            reached = _recorded_up_to(store, folder, status.uidvalidity)
            if (
                not connection_broke(e)
                or reached <= last_uid
                or report.reconnects >= MAX_RECONNECTS
            ):
                raise
            log.warning(
                "the IMAP connection broke after UID %s (%s); going on on a new one", reached, e
            )
        mailbox.close()
        mailbox.connect()
        again = mailbox.examine(folder)
        if again.uidvalidity != status.uidvalidity:
            return  # the folder was renumbered meanwhile: the next pass starts it afresh
        report.reconnects += 1
        done = report.recorded + report.duplicates
        last_uid = reached
        # On a connection that breaks, one email per FETCH: a cut then costs at most the one
        # email in flight, not a whole batch fetched again.
        batch_size = 1


def _shifted(progress: Progress | None, done: int) -> Progress | None:
    """`progress` for a pass that goes on after `done` emails on a new connection."""
    if progress is None or not done:
        return progress
    return lambda n, total: progress(done + n, done + total)


def connection_broke(error: BaseException) -> bool:
    """The IMAP connection failed under us (cut, reset, timed out), rather than the server
    refusing a command or our own database or disk failing."""
    import imaplib
    import ssl

    broken = (imaplib.IMAP4.abort, TimeoutError, ConnectionError, EOFError, ssl.SSLError)
    seen: BaseException | None = error
    for _ in range(4):
        if seen is None:
            return False
        if isinstance(seen, broken):
            return True
        seen = seen.__cause__
    return False


def _take_in(
    settings: Settings,
    store: Store,
    mailbox: MailboxLike,
    pool: ExtractionPool,
    status: FolderStatus,
    last_uid: int,
    report: IntakeReport,
    reply_to_backlog: bool,
    progress: Progress | None = None,
    batch_size: int | None = None,
) -> None:
    folder = settings.imap_folder
    blobs = BlobStore(settings.blob_dir)
    uids = mailbox.uids_after(last_uid)
    if not uids:
        return
    total = len(uids)
    done = 0
    if progress is not None:
        progress(0, total)
    sizes = mailbox.sizes(uids)
    batches = list(
        batches_by_size(
            sizes, max_count=batch_size or settings.imap_batch_size, max_bytes=FETCH_BATCH_BYTES
        )
    )

    def record_batch(batch: list[Prepared]) -> None:
        for prepared in batch:
            read_content(prepared, pool, settings)
        nonlocal done
        for prepared in batch:
            finish(prepared, pool)
            _record_one(settings, store, blobs, folder, prepared, report, reply_to_backlog)
            done += 1
            if progress is not None:
                progress(done, total)

    # Two batches in flight: while the pool parses batch k+1 and reads its files, the main
    # process records batch k in UID order, then fetches batch k+2.
    in_flight: list[Prepared] | None = None
    for batch in [*batches, None]:
        upcoming: list[Prepared] | None = None
        if batch is not None:
            # A pass running beside this one (watch, the schedule) may have recorded these
            # meanwhile: what is below its watermark is not fetched and read a second time.
            last_uid = max(last_uid, _recorded_up_to(store, folder, status.uidvalidity))
            batch = [uid for uid in batch if uid > last_uid]
        if batch:
            try:
                fetched = mailbox.fetch(
                    {uid: sizes[uid] for uid in batch}, max_bytes=settings.max_message_bytes
                )
            except Exception:
                # The connection broke mid-FETCH: what was fetched before is kept, so the
                # next pass goes on after it; this one fails (and is retried).
                if in_flight is not None:
                    record_batch(in_flight)
                raise
            report.fetched += len(fetched)
            upcoming = [prepare(f, pool, settings) for f in fetched]
        if in_flight is not None:
            record_batch(in_flight)
        if upcoming is not None:
            for prepared in upcoming:
                read_files(prepared, pool, settings)
        in_flight = upcoming
    if progress is not None and done < total:
        progress(total, total)  # the rest: recorded by a pass beside this one, or gone


def _lock_watermark(session: Session, folder: str) -> MailboxState:
    """The folder's watermark, locked until the transaction ends. Passes may run side by
    side (watch, the schedule, an operator): the lock makes their recording transactions
    take turns on PostgreSQL, as BEGIN IMMEDIATE does on SQLite. A pass that recorded an
    email a moment ago has committed by the time the other one looks it up, so the other
    finds it (a duplicate) instead of inserting it again and failing on the unique identity,
    which would be taken for a poison message; and `last_uid` never goes back."""
    state = session.get(MailboxState, folder, with_for_update=True)
    assert state is not None
    return state


def _record_one(
    settings: Settings,
    store: Store,
    blobs: BlobStore,
    folder: str,
    prepared: Prepared,
    report: IntakeReport,
    reply_to_backlog: bool,
) -> None:
    try:
        with store.transaction() as session:
            state = _lock_watermark(session, folder)
            outcome, filing = record(
                session, blobs, state, prepared, settings, reply_to_backlog=reply_to_backlog
            )
    except Exception as e:
        if system_fault(e):
            raise
        # This email broke a later step (a database rule, a header we cannot answer, a bug
        # its content found): keep it as an error for a human rather than retrying it
        # forever, and go on with the next one.
        log.warning("recording UID %s failed; kept for a human: %s", prepared.fetched.uid, e)
        poisoned(prepared, e)
        with store.transaction() as session:
            state = _lock_watermark(session, folder)
            outcome, filing = record(session, blobs, state, prepared, settings)
    _count(report, outcome, filing)


def system_fault(error: Exception) -> bool:
    """Faults of our own machinery, which retrying the pass may cure: the database unreachable
    or locked, the disk full or unwritable. Anything else raised while recording one email is
    that email's doing, however it happened."""
    return isinstance(error, OperationalError | InterfaceError | OSError)


def poisoned(prepared: Prepared, error: Exception) -> None:
    """Turn `prepared` into an error record that says which step failed and why."""
    detail = error.orig if isinstance(error, DBAPIError) else error
    prepared.message = None
    prepared.error = f"could not record the message: {type(error).__name__}: {detail}"


def _count(report: IntakeReport, outcome: str, filing: Filing | None) -> None:
    if outcome == "duplicate":
        report.duplicates += 1
        return
    report.recorded += 1
    if filing is None:
        report.errors += 1
        report.kinds[MessageKind.error.value] += 1
        return
    report.kinds[filing.kind.value] += 1
    if filing.created:
        report.applications_created += 1


class _NoBlobs(BlobStore):
    """A dry run computes everything but writes no file."""

    def __init__(self) -> None:
        super().__init__(Path("/nonexistent"))

    def put(self, data: bytes, sha256: str | None = None) -> str:
        return sha256 or hashlib.sha256(data).hexdigest()


def dry_run_intake(settings: Settings, mailbox: MailboxLike) -> IntakeReport:
    """What a pass would record, computed by the real code path inside a transaction that is
    rolled back, on a throw-away copy of nothing: the database and blob store are untouched.
    The existing database is read (read-only) for the watermark and known messages."""
    from grantbox.store import Store, make_engine, migrate

    started = time.perf_counter()
    folder = settings.imap_folder
    report = IntakeReport(folder=folder)
    status = mailbox.examine(folder)
    report.uidvalidity = status.uidvalidity
    db_path = settings.data_dir / "grantbox.db"
    if settings.database_url is None and not db_path.exists():
        engine = make_engine("sqlite://")  # no database yet: an empty in-memory one
        migrate(engine)
    else:
        engine = make_engine(settings.resolved_database_url)
    store = Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
    session = store.sessions()
    try:
        state = load_state(session, folder, status)
        uids = mailbox.uids_after(state.last_uid)
        sizes = mailbox.sizes(uids)
        with extraction_pool(settings) as pool:
            for batch in batches_by_size(
                sizes, max_count=settings.imap_batch_size, max_bytes=FETCH_BATCH_BYTES
            ):
                fetched = mailbox.fetch(
                    {uid: sizes[uid] for uid in batch}, max_bytes=settings.max_message_bytes
                )
                report.fetched += len(fetched)
                for f in fetched:
                    prepared = prepare_now(f, pool, settings)
                    try:
                        with session.begin_nested():  # a savepoint: the same as one transaction
                            outcome, filing = record(session, _NoBlobs(), state, prepared, settings)
                    except Exception as e:
                        if system_fault(e):
                            raise
                        poisoned(prepared, e)
                        outcome, filing = record(session, _NoBlobs(), state, prepared, settings)
                    _count(report, outcome, filing)
                    report.lines.append(_describe(f, prepared, outcome, filing))
    finally:
        session.rollback()
        session.close()
        engine.dispose()
    report.imap_commands = mailbox.commands_sent
    report.seconds = time.perf_counter() - started
    return report


def _describe(
    fetched: FetchedMessage, prepared: Prepared, outcome: str, filing: Filing | None
) -> str:
    msg = prepared.message
    if outcome == "duplicate":
        return f"uid {fetched.uid}: already recorded"
    if msg is None or filing is None:
        return f"uid {fetched.uid}: error — {prepared.error}"
    resume = "no resume"
    if prepared.resume is not None:
        index, doc = prepared.resume
        name = msg.attachments[index].filename if index is not None else "body"
        resume = f"resume {name!r} ({doc.pages} p., {len(doc.text)} chars)"
        if doc.flags:
            resume += " [" + ", ".join(doc.flags) + "]"
    app = "new application" if filing.created else f"application {filing.application_id}"
    return (
        f"uid {fetched.uid}: {filing.kind.value} from {msg.from_addr or '?'} "
        f"{msg.subject[:60]!r} -> {app if filing.application_id else 'no application'}; {resume}"
    )


def open_mailbox(settings: Settings) -> Mailbox:
    mailbox = Mailbox(settings)
    mailbox.connect()
    return mailbox
