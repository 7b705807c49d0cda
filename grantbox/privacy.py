"""Personal data: what grantbox holds about one person, a copy of it for them, and its erasure.

One person is one address, in its one normal form (parsers.addresses): everything held about
them is every application under that address, every email from it or filed under those
applications (with its files, locations, answers, resume and events), and every email we
wrote to it. `export` writes all of that into a zip with a README; `forget` erases it, and
`expired` finds what the retention settings say is past its time, for `erase`.

Erasure deletes rows, not flags: every table with an `application_id` or a `message_pk`
column loses the rows that point at what is erased (so tables added later are covered), then
the messages, the outbox rows and the applications; the search index follows by its triggers
(SQLite) or with the rows (PostgreSQL). Files are removed once no remaining row uses them.
On SQLite the erased bytes do not stay in the file: every connection runs with
`secure_delete` (freed pages are zeroed), the full-text indexes are merged afresh and the
write-ahead log is checkpointed and truncated. PostgreSQL keeps dead rows until VACUUM, which
is the operator's (`VACUUM` after a `forget`, or autovacuum).

What stays is one event per erasure: who asked, when, how much went, and an HMAC of the
address under a key kept in the database, so the audit trail shows that an erasure happened
and a later request can be matched to it, while the address itself is gone.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import secrets
import time
import zipfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, func, or_, select, update
from sqlalchemy.orm import Session

from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.states import Status
from grantbox.store import Store
from grantbox.store.tables import (
    Answer,
    Application,
    AttachmentRow,
    Base,
    Event,
    Grant,
    GrantAnswer,
    Message,
    OutboxRow,
    ProgramSecret,
    Resume,
    aware,
    iso,
    utcnow,
)
from parsers.addresses import normalise_address

ERASED = "erased"  # the kind of the one event an erasure leaves
_SALT = "erasure"  # the ProgramSecret the address HMAC is keyed with


def person(address: str) -> str:
    """The one form of an address that everything about its owner is filed under."""
    normal = normalise_address(address)
    if normal is None:
        raise GrantboxError(f"not an email address: {address[:80]!r}")
    return normal


@dataclass
class Holdings:
    """What is held about one address (or, for retention, about some applications)."""

    applications: list[int] = field(default_factory=list)
    messages: list[int] = field(default_factory=list)
    outbox: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.applications or self.messages or self.outbox)


def holdings(session: Session, address: str) -> Holdings:
    addr = person(address)
    apps = list(
        session.scalars(
            select(Application.id)
            .where(func.lower(Application.email) == addr)
            .order_by(Application.id)
        )
    )
    return _around(session, apps, messages_from=addr, mail_to=addr)


def _around(
    session: Session,
    applications: list[int],
    *,
    messages_from: str | None = None,
    mail_to: str | None = None,
    messages: Iterable[int] = (),
) -> Holdings:
    """The applications, every message filed under them (or from `messages_from`, or given),
    every outbox row of them (or to `mail_to`)."""
    found = set(messages)
    conditions: list[ColumnElement[bool]] = []
    if applications:
        conditions.append(Message.application_id.in_(applications))
    if messages_from:
        conditions.append(func.lower(Message.from_addr) == messages_from)
    if conditions:
        found.update(session.scalars(select(Message.id).where(or_(*conditions))))
    sent: list[int] = []
    conditions = []
    if applications:
        conditions.append(OutboxRow.application_id.in_(applications))
    if mail_to:
        conditions.append(func.lower(OutboxRow.to_addr) == mail_to)
    if conditions:
        sent = list(session.scalars(select(OutboxRow.id).where(or_(*conditions))))
    # Our own copies of what we wrote to them (the Bcc proof of delivery, recorded by intake
    # as `from_us`) are about them too.
    for chunk in _chunks(sent):
        ours = select(OutboxRow.message_id).where(OutboxRow.id.in_(chunk))
        found.update(session.scalars(select(Message.id).where(Message.message_id.in_(ours))))
    return Holdings(applications, sorted(found), sorted(sent))


# -- erasure ----------------------------------------------------------------------------------


@dataclass
class Erasure:
    applications: int = 0
    messages: int = 0
    outbox: int = 0
    rows: int = 0  # every row deleted, all tables
    files: int = 0  # stored files removed
    mailbox: dict[str, int] = field(default_factory=dict)  # folder -> emails deleted there
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _tables_with(column: str) -> list[Table]:
    return [
        table
        for table in Base.metadata.sorted_tables
        if column in table.c and table.name not in ("applications", "messages", "outbox")
    ]


def erase(session: Session, held: Holdings) -> tuple[Erasure, set[str]]:
    """Delete every row of `held` and every row pointing at them, in the caller's transaction.
    Returns what went, and the sha256 of each stored file those rows used (remove them with
    `remove_unused_files` once this has committed)."""
    report = Erasure(
        applications=len(held.applications), messages=len(held.messages), outbox=len(held.outbox)
    )
    files: set[str] = set()
    for chunk in _chunks(held.messages):
        files.update(
            session.scalars(
                select(Message.content_sha256).where(Message.id.in_(chunk), Message.stored)
            )
        )
        files.update(
            session.scalars(
                select(AttachmentRow.sha256).where(
                    AttachmentRow.message_pk.in_(chunk), AttachmentRow.stored
                )
            )
        )
    # Rows that point at what goes, most dependent first (resumes point at attachments; a
    # grant's payments, check-ins, answers and events at the grant).
    for chunk in _chunks(held.applications):
        grants = list(session.scalars(select(Grant.id).where(Grant.application_id.in_(chunk))))
        if grants:
            session.execute(
                update(Grant)
                .where(Grant.follows_grant_id.in_(grants))
                .values(follows_grant_id=None)
            )
            for table in _tables_with("grant_id"):
                report.rows += _delete(session, table, table.c.grant_id.in_(grants))
        report.rows += _delete(session, Resume.__table__, Resume.application_id.in_(chunk))
        for table in reversed(_tables_with("application_id")):  # dependents first
            report.rows += _delete(session, table, table.c.application_id.in_(chunk))
    for chunk in _chunks(held.messages):
        report.rows += _delete(session, Resume.__table__, Resume.message_pk.in_(chunk))
        for table in _tables_with("message_pk"):
            report.rows += _delete(session, table, table.c.message_pk.in_(chunk))
        report.rows += _delete(session, Message.__table__, Message.id.in_(chunk))
    for chunk in _chunks(held.outbox):
        report.rows += _delete(session, OutboxRow.__table__, OutboxRow.id.in_(chunk))
    for chunk in _chunks(held.applications):
        # Messages of other people that were filed under these applications went above.
        report.rows += _delete(session, Application.__table__, Application.id.in_(chunk))
    return report, files


def _delete(session: Session, table: Any, condition: Any) -> int:
    result = session.execute(delete(table).where(condition))
    return int(getattr(result, "rowcount", 0) or 0)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def remove_unused_files(store: Store, blobs: BlobStore, shas: set[str]) -> int:
    """Remove the stored files among `shas` that no remaining message or attachment uses."""
    if not shas:
        return 0
    with store.reading() as session:
        used: set[str] = set()
        for chunk in _chunks(sorted(shas)):  # type: ignore[arg-type]
            used.update(
                session.scalars(
                    select(Message.content_sha256).where(Message.content_sha256.in_(chunk))
                )
            )
            used.update(
                session.scalars(select(AttachmentRow.sha256).where(AttachmentRow.sha256.in_(chunk)))
            )
    removed = 0
    for sha in shas - used:
        path = blobs.path(sha)
        if path.exists():
            path.unlink()
            removed += 1
    return removed


def address_mac(session: Session, address: str) -> str:
    """An HMAC of the address under the program's own key: matches a later request for the
    same address, and tells nothing of it without the database."""
    row = session.get(ProgramSecret, _SALT)
    if row is None:
        row = ProgramSecret(name=_SALT, value=secrets.token_bytes(32))
        session.add(row)
        session.flush()
    return hmac.new(row.value, person(address).encode(), hashlib.sha256).hexdigest()


def scrub(store: Store) -> None:
    """Leave no erased bytes in the database files: on SQLite merge the full-text indexes
    afresh (old segments would keep deleted words) and checkpoint the write-ahead log into the
    (secure_delete) database, truncating it. PostgreSQL: VACUUM is the operator's."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.begin() as connection:  # BEGIN IMMEDIATE, as every writer
        fts = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'fts\\_%' "
                "ESCAPE '\\' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        for name in fts:
            if re.fullmatch(r"fts_[a-z_]+", name):  # our own tables' names, nothing else
                connection.exec_driver_sql(f"INSERT INTO {name}({name}) VALUES ('optimize')")  # noqa: S608
    raw = store.engine.raw_connection()  # autocommit: a checkpoint cannot run in a transaction
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


@dataclass
class Forgotten:
    address: str
    dry_run: bool
    erasure: Erasure
    mac: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "dry_run": self.dry_run,
            "mac": self.mac,
            **self.erasure.as_dict(),
        }


def forget(
    settings: Settings,
    store: Store,
    address: str,
    *,
    actor: str,
    dry_run: bool = False,
    mailbox: Any = None,
) -> Forgotten:
    """Erase everything held about `address` (and with `mailbox`, a connected Mailbox, their
    emails and ours to them in every folder of it), leaving one `erased` event."""
    started = time.perf_counter()
    addr = person(address)
    if mailbox is not None:
        found = mailbox_copies(mailbox, addr, _message_ids(store, addr))
    with store.transaction() as session:
        held = holdings(session, addr)
        erasure, files = erase(session, held)
        mac = address_mac(session, addr)
        if mailbox is not None:
            erasure.mailbox = {folder: len(uids) for folder, uids in found.items() if uids}
        if dry_run:
            session.rollback()
            erasure.seconds = time.perf_counter() - started
            return Forgotten(addr, True, erasure)
        session.add(
            Event(
                application_id=None,
                actor=actor,
                kind=ERASED,
                reason=(
                    f"address hmac-sha256:{mac}: {erasure.applications} application(s), "
                    f"{erasure.messages} email(s) in, {erasure.outbox} out"
                    + (f", mailbox {sum(erasure.mailbox.values())}" if mailbox is not None else "")
                ),
            )
        )
    # The database no longer points at the files or the mailbox copies: remove them.
    if mailbox is not None:
        for folder, uids in found.items():
            if uids:
                mailbox.delete(folder, uids)
    erasure.files = remove_unused_files(store, BlobStore(settings.blob_dir), files)
    scrub(store)
    erasure.seconds = time.perf_counter() - started
    return Forgotten(addr, False, erasure, mac)


def _message_ids(store: Store, addr: str) -> set[str]:
    """The Message-IDs of every email held about `addr`, ours to them included."""
    with store.reading() as session:
        held = holdings(session, addr)
        ids: set[str] = set()
        for chunk in _chunks(held.messages):
            ids.update(session.scalars(select(Message.message_id).where(Message.id.in_(chunk))))
        for chunk in _chunks(held.outbox):
            ids.update(session.scalars(select(OutboxRow.message_id).where(OutboxRow.id.in_(chunk))))
    return {i for i in ids if not i.endswith("@unparsed.grantbox.invalid>")}


def mailbox_copies(mailbox: Any, addr: str, message_ids: set[str]) -> dict[str, list[int]]:
    """Per folder, the UIDs of the emails from or to `addr`, or with one of `message_ids`."""
    return {folder: mailbox.uids_about(folder, addr, message_ids) for folder in mailbox.folders()}


# -- export -----------------------------------------------------------------------------------


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_name(name: str, fallback: str) -> str:
    """A filename for inside the zip: our own characters only, never a path."""
    stem = _UNSAFE.sub("_", name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]).strip("._")[:80]
    return stem or fallback


@dataclass
class Export:
    address: str
    path: str
    files: int
    bytes: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


README = """What {program} holds about {address}
Exported {at} UTC by grantbox.

applications/GB-<n>.json   each application: its status and history (events), the name and
                           flags recorded, the answers to our questions, the resume as read
                           (its text and the profile drawn from it), and the decisions made
                           and notes written about it
emails-in/<n>.eml          every email from you, or filed under your applications, exactly as
                           received (where only the headers were kept, the .eml says so)
emails-in/<n>.json         what was recorded about that email: when, what kind, flags, errors
attachments/<n>-<name>     the files those emails carried, as received
emails-out/<n>.eml         every email we wrote to you (sent, waiting, or held back and why in
                           emails-out/<n>.json)
events.json                everything that happened, in order, across all of the above

Nothing else about this address is held. To have it erased, ask the program; it runs
`grantbox forget`.
"""


def export(settings: Settings, store: Store, address: str, out: Path) -> Export:
    """Write everything held about `address` into the zip file `out`."""
    started = time.perf_counter()
    addr = person(address)
    blobs = BlobStore(settings.blob_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = 0
    tmp = out.with_name(out.name + ".part")
    with store.reading() as session, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        held = holdings(session, addr)
        if not held:
            tmp.unlink(missing_ok=True)
            raise GrantboxError(f"nothing is held about {addr}")

        def put(name: str, data: bytes | str) -> None:
            nonlocal files
            zf.writestr(name, data)
            files += 1

        put(
            "README.txt",
            README.format(
                program=settings.program_name,
                address=addr,
                at=utcnow().strftime("%Y-%m-%d %H:%M"),
            ),
        )
        events: list[dict[str, Any]] = []
        for app in session.scalars(
            select(Application).where(Application.id.in_(held.applications or [-1]))
        ):
            put(f"applications/GB-{app.id}.json", _json(_application(app)))
            events += [_event(e) for e in app.events]
            for grant in session.scalars(select(Grant).where(Grant.application_id == app.id)):
                put(f"grants/grant-{grant.id}.json", _json(_grant(session, grant)))
        emails_in = select(Message).where(
            Message.id.in_(held.messages or [-1]),
            Message.kind != "from_us",  # our own copies: they are in emails-out
        )
        for n, msg in enumerate(session.scalars(emails_in), 1):
            put(f"emails-in/{n:04d}.eml", _raw(blobs, msg))
            put(f"emails-in/{n:04d}.json", _json(_message(msg)))
            for i, att in enumerate(msg.attachments, 1):
                name = _safe_name(att.filename, f"file{i}")
                if att.stored and blobs.exists(att.sha256):
                    put(f"attachments/{n:04d}-{i}-{name}", blobs.get(att.sha256))
            events += [
                _event(e)
                for e in session.scalars(
                    select(Event).where(Event.message_pk == msg.id, Event.application_id.is_(None))
                )
            ]
        for n, row in enumerate(
            session.scalars(select(OutboxRow).where(OutboxRow.id.in_(held.outbox or [-1]))), 1
        ):
            put(f"emails-out/{n:04d}.eml", row.raw)
            put(f"emails-out/{n:04d}.json", _json(_outgoing(row)))
        put("events.json", _json(sorted(events, key=lambda e: (e["at"], e["id"]))))
    tmp.replace(out)
    out.chmod(0o600)
    return Export(addr, str(out), files, out.stat().st_size, time.perf_counter() - started)


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def _application(app: Application) -> dict[str, Any]:
    resume = app.resume
    return {
        "reference": f"GB-{app.id}",
        "email": app.email,
        "name": app.name,
        "status": app.status,
        "flags": app.flags,
        "created_at": iso(app.created_at),
        "updated_at": iso(app.updated_at),
        "answers": [_answer(a) for a in app.answers],
        "resume": None
        if resume is None
        else {
            "filename": resume.filename,
            "content_type": resume.content_type,
            "pages": resume.pages,
            "flags": resume.flags,
            "problem": resume.problem,
            "profile": resume.profile,
            "text": resume.text,
        },
        "events": [_event(e) for e in app.events],
    }


def _grant(session: Session, grant: Grant) -> dict[str, Any]:
    """A grant as the grantee may read it: its terms, payments, check-ins and their answers
    (a reviewer's proposed outcome and notes are the program's record of them too)."""
    from grantbox.grants.records import grant_dict

    answers = session.scalars(
        select(GrantAnswer).where(GrantAnswer.grant_id == grant.id).order_by(GrantAnswer.id)
    )
    return {
        **grant_dict(grant),
        "answers": [
            {
                "checkin": a.checkin,
                "question": a.question_id,
                "text": a.text,
                "at": iso(a.updated_at),
            }
            for a in answers
        ],
    }


def _answer(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question_id,
        "text": answer.text,
        "how_recognised": answer.method,
        "from_attached_file": answer.source_file,
        "updated_at": iso(answer.updated_at),
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": iso(event.at),
        "by": event.actor,
        "what": event.kind,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "reason": event.reason,
    }


def _message(msg: Message) -> dict[str, Any]:
    return {
        "message_id": msg.message_id,
        "from": msg.from_addr,
        "from_name": msg.from_name,
        "subject": msg.subject,
        "sent_at": iso(msg.sent_at),
        "recorded_at": iso(msg.recorded_at),
        "kind": msg.kind,
        "flags": msg.flags,
        "error": msg.error,
        "application": f"GB-{msg.application_id}" if msg.application_id else None,
        "attachments": [
            {
                "filename": a.filename,
                "type": a.sniffed_type,
                "size": a.size,
                "kept": a.stored,
                "problem": a.problem,
            }
            for a in msg.attachments
        ],
    }


def _outgoing(row: OutboxRow) -> dict[str, Any]:
    return {
        "message_id": row.message_id,
        "to": row.to_addr,
        "subject": row.subject,
        "kind": row.kind,
        "status": row.status,
        "why": row.reason,
        "created_at": iso(row.created_at),
        "sent_at": iso(row.sent_at),
    }


def _raw(blobs: BlobStore, msg: Message) -> bytes:
    if msg.stored and blobs.exists(msg.content_sha256):
        return blobs.get(msg.content_sha256)
    buffer = io.StringIO()
    buffer.write(f"Message-ID: {msg.message_id}\r\nSubject: {msg.subject}\r\n")
    buffer.write("X-Grantbox-Note: only what was recorded of this email is kept, not its bytes\r\n")
    buffer.write("\r\n" + msg.text)
    return buffer.getvalue().encode("utf-8", "replace")


# -- retention --------------------------------------------------------------------------------

# Statuses whose applications the retention settings may erase, and the setting for each.
RETAINED = {
    Status.rejected: "retention_days_rejected",
    Status.withdrawn: "retention_days_withdrawn",
    Status.stale: "retention_days_stale",
}


@dataclass
class Expired:
    at: datetime
    applications: dict[str, list[int]] = field(default_factory=dict)  # status -> ids
    unmatched: list[int] = field(default_factory=list)  # messages filed under nobody

    def holdings(self, session: Session) -> Holdings:
        ids = sorted(i for group in self.applications.values() for i in group)
        return _around(session, ids, messages=self.unmatched)

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "expired": self.applications,
            "unmatched": len(self.unmatched),
        }

    def __bool__(self) -> bool:
        return bool(self.unmatched or any(self.applications.values()))


def expired(session: Session, settings: Settings, now: datetime) -> Expired:
    """What the retention settings say is past its time at `now`: applications that have been
    rejected, withdrawn or stale (their last change) for longer than their setting's days, and
    emails filed under no application (unmatched, robots' mail, errors) older than theirs."""
    found = Expired(at=now)
    for status, name in RETAINED.items():
        days = getattr(settings, name)
        if days is None:
            continue
        cutoff = now - timedelta(days=days)
        found.applications[status.value] = list(
            session.scalars(
                select(Application.id)
                .where(Application.status == status.value, Application.updated_at < cutoff)
                .order_by(Application.id)
            )
        )
    if settings.retention_days_unmatched is not None:
        cutoff = now - timedelta(days=settings.retention_days_unmatched)
        found.unmatched = list(
            session.scalars(
                select(Message.id)
                .where(Message.application_id.is_(None), Message.recorded_at < cutoff)
                .order_by(Message.id)
            )
        )
    return found


@dataclass
class Retention:
    expired: Expired
    dry_run: bool
    erasure: Erasure

    def as_dict(self) -> dict[str, Any]:
        return {**self.expired.as_dict(), "dry_run": self.dry_run, **self.erasure.as_dict()}


def apply_retention(
    settings: Settings, store: Store, *, now: datetime | None = None, dry_run: bool = False
) -> Retention:
    """Erase what is past its retention time, leaving one `erased` event that counts it."""
    started = time.perf_counter()
    now = aware(now or utcnow())
    with store.transaction() as session:
        found = expired(session, settings, now)
        erasure, files = erase(session, found.holdings(session))
        if dry_run or not found:
            session.rollback()
            erasure.seconds = time.perf_counter() - started
            return Retention(found, dry_run, erasure)
        session.add(
            Event(
                application_id=None,
                actor="retention",
                kind=ERASED,
                reason=(
                    "retention: "
                    + ", ".join(
                        f"{len(ids)} {status}" for status, ids in found.applications.items()
                    )
                    + f", {len(found.unmatched)} email(s) filed under no application"
                ),
                at=now,
            )
        )
    erasure.files = remove_unused_files(store, BlobStore(settings.blob_dir), files)
    scrub(store)
    erasure.seconds = time.perf_counter() - started
    return Retention(found, False, erasure)


def retention_settings_text(settings: Settings) -> str:
    parts = [
        f"{status.value} after {getattr(settings, name)} days"
        for status, name in RETAINED.items()
        if getattr(settings, name) is not None
    ]
    if settings.retention_days_unmatched is not None:
        parts.append(f"unfiled emails after {settings.retention_days_unmatched} days")
    return ", ".join(parts) or "off"


__all__ = [
    "ERASED",
    "Erasure",
    "Export",
    "Forgotten",
    "Holdings",
    "Retention",
    "apply_retention",
    "erase",
    "expired",
    "export",
    "forget",
    "holdings",
    "person",
]
