"""Conflicts of interest: declared by a reviewer (who is then recused from the application),
and possible ones found before anyone scores.

A possible conflict is found where the applicant's own words or mail meet a reviewer: her
name in the applicant's answer to "do you know anyone involved" (questions.toml id
"referral") or, written out in full, in their emails; her address among their emails' From,
To and Cc or in their text; her email domain as theirs. Names match as whole words, ignoring
case and accents ("José" is "jose", "Chen" is not "Chenoweth"); a one-word name only counts in
the referral answer, where the applicant names people (elsewhere "Will" or "Max" would match
every second email). The program's own domain and big webmail domains never count as a
shared domain. These are shown to people, not acted on, except that `grantbox assign` gives
an application to nobody it may conflict with.

Reading the To and Cc headers needs the raw messages (the table keeps only From), so it needs
`settings` (where the blobs are): without them only text, From and the referral answer are
checked. Every read is bounded: the header block of each raw message, the text of each email.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses
from typing import NamedTuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.blobs import BlobStore
from grantbox.committee.roles import allowed, recused
from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.store.tables import (
    Answer,
    Application,
    ConflictOfInterest,
    Message,
    OutboxRow,
    ReviewAssignment,
    Reviewer,
    utcnow,
)

REFERRAL = "referral"  # the question id of "do you know anyone involved in it?"
MAX_NOTE = 2000
MAX_TEXT = 100_000  # characters of one email's text that are searched
MAX_HEADER_BYTES = 64 * 1024  # of one raw message: its header block, at most
MAX_ADDRESSES = 200  # per header block
# Domains where a shared domain says nothing about knowing each other.
WEBMAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "hotmail.co.uk",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "mail.ru",
        "yandex.ru",
        "yandex.com",
        "qq.com",
        "163.com",
        "126.com",
        "fastmail.com",
        "fastmail.fm",
        "zoho.com",
        "tutanota.com",
        "hey.com",
        "mail.com",
        "example.com",
    }
)


# The mail an applicant sends (not bounces, not our own mail seen coming back).
APPLICANT_KINDS = ("application", "reply", "auto_reply")


def unquoted(text: str) -> str:
    """`text` without its quoted lines ("> …"): our own emails, quoted back, may name a
    reviewer (a signature) without the applicant naming anyone."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


class PossibleConflict(NamedTuple):
    reviewer: str  # the reviewer's name
    why: str  # one line, in the program's words (never the applicant's text)


# -- declared ----------------------------------------------------------------------------------


def declare(
    session: Session,
    app_id: int,
    reviewer: Reviewer,
    note: str = "",
    at: datetime | None = None,
) -> ConflictOfInterest:
    """Record that `reviewer` has a conflict of interest with application `app_id`: she is
    recused from it from now on, and loses her assignment to it. Declaring twice keeps the
    first declaration (a new note is added to it)."""
    allowed(session, reviewer, "coi")  # not `app_id`: a recused reviewer may declare again
    app = session.get(Application, app_id)
    if app is None:
        raise GrantboxError(f"no application {app_id}")
    note = note.replace("\x00", "").replace("\r\n", "\n").strip()
    if len(note) > MAX_NOTE:
        raise GrantboxError(f"the note is longer than {MAX_NOTE} characters")
    now = at or utcnow()
    existing = session.scalars(
        select(ConflictOfInterest).where(
            ConflictOfInterest.application_id == app_id,
            ConflictOfInterest.reviewer_id == reviewer.id,
        )
    ).first()
    if existing is not None:
        if note and note not in existing.note:
            existing.note = f"{existing.note}\n{note}".strip()
        return existing
    row = ConflictOfInterest(
        application_id=app_id, reviewer_id=reviewer.id, note=note, declared_at=now
    )
    session.add(row)
    session.execute(
        delete(ReviewAssignment).where(
            ReviewAssignment.application_id == app_id,
            ReviewAssignment.reviewer_id == reviewer.id,
        )
    )
    states.note(
        session,
        app,
        kind="conflict_declared",
        actor=f"reviewer:{reviewer.name}",
        reason=f"{reviewer.name} declared a conflict of interest and is recused"
        + (f": {note}" if note else ""),
        at=now,
    )
    session.flush()
    return row


def is_recused(session: Session, app_id: int, reviewer_id: int) -> bool:
    return recused(session, app_id, reviewer_id)


def recused_ids(session: Session, app_id: int) -> set[int]:
    """The reviewers recused from `app_id`."""
    return set(
        session.scalars(
            select(ConflictOfInterest.reviewer_id).where(
                ConflictOfInterest.application_id == app_id
            )
        )
    )


# -- possible ----------------------------------------------------------------------------------

_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_TOKEN_SPLIT = re.compile(r"[^a-z]+")
_ADDRESS = re.compile(r"[\w.+'-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})")


# Invisible format characters: Unicode's category Cf (soft hyphen, zero-width spaces and
# joiners, bidi controls, the BOM, tags), which can split a name without showing.
INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)


def fold(text: str) -> str:
    """`text` for matching: compatibility forms and accents gone, invisible format
    characters (zero-width spaces, bidi marks) dropped, case folded."""
    if text.isascii():
        return text.lower()
    text = INVISIBLE.sub("", unicodedata.normalize("NFKD", text))
    return _MARKS.sub("", text).casefold()


def name_tokens(name: str) -> list[str]:
    """The words of a login name or an address's local part: "alice.chen" → alice, chen."""
    local = fold(name).partition("@")[0]
    return [t for t in _TOKEN_SPLIT.split(local) if len(t) >= 2]


def _phrase(tokens: list[str]) -> re.Pattern[str]:
    # Whole words, with any short run of spaces or punctuation between them (a name may be
    # written "Alice Chen", "alice.chen" or "Chen, Alice" is not matched: order matters).
    return re.compile(r"(?<![\w])" + r"[\W_]{1,3}".join(map(re.escape, tokens)) + r"(?![\w])")


def domain_of(address: str) -> str:
    return fold(address).rpartition("@")[2].strip().strip(".")


def _in_domain(domain: str, of: str) -> bool:
    return domain == of or domain.endswith("." + of)


@dataclass
class Signature:
    """What identifies one reviewer in an applicant's words and mail."""

    name: str
    full: list[re.Pattern[str]] = field(default_factory=list)  # match anywhere
    single: list[re.Pattern[str]] = field(default_factory=list)  # only in the referral answer
    address: str = ""
    domain: str = ""


def signatures(reviewers: Iterable[Reviewer], own: set[str]) -> list[Signature]:
    own_domains = {domain_of(a) for a in own}
    out = []
    for r in reviewers:
        sig = Signature(r.name)
        candidates = [name_tokens(r.name)]
        if r.email:
            candidates.append(name_tokens(r.email))
        for tokens in candidates:
            if len(tokens) >= 2:
                sig.full.append(_phrase(tokens))
            elif len(tokens) == 1 and len(tokens[0]) >= 3:
                sig.single.append(_phrase(tokens))
        if r.email:
            address = fold(r.email).strip()
            domain = domain_of(address)
            if address not in own:  # the program's own mailbox is in every application
                sig.address = address
            shared = any(_in_domain(domain, d) for d in own_domains | WEBMAIL)
            if not shared:
                sig.domain = domain
        out.append(sig)
    return out


@dataclass
class Evidence:
    """What an application offers to match against, folded."""

    referral: str = ""
    texts: list[str] = field(default_factory=list)  # the applicant's emails
    senders: set[str] = field(default_factory=set)  # From addresses
    recipients: set[str] = field(default_factory=set)  # To and Cc addresses
    sender_names: list[str] = field(default_factory=list)
    _in_words: set[str] | None = None

    def addresses_in_words(self) -> set[str]:
        """The addresses written in the referral answer and the emails' text (found once:
        every reviewer is checked against them)."""
        if self._in_words is None:
            self._in_words = {
                m.group(0).strip(".")
                for t in [self.referral, *self.texts]
                if "@" in t
                for m in _ADDRESS.finditer(t)
            }
        return self._in_words

    @classmethod
    def of(
        cls,
        referral: str = "",
        texts: Iterable[str] = (),
        senders: Iterable[str] = (),
        recipients: Iterable[str] = (),
        sender_names: Iterable[str] = (),
    ) -> Evidence:
        """Evidence from the applicant's words and addresses as written (folded here)."""
        return cls(
            referral=fold(referral),
            texts=[fold(t) for t in texts],
            senders={fold(a).strip() for a in senders},
            recipients={fold(a).strip() for a in recipients},
            sender_names=[fold(n) for n in sender_names],
        )


def program_addresses(
    settings: Settings | None, session: Session, app_ids: Iterable[int]
) -> set[str]:
    """The program's own addresses: from the settings when given, else the From of the mail
    grantbox wrote for these applications."""
    found: set[str] = set()
    if settings is not None:
        candidates = [settings.from_address, settings.imap_user, settings.smtp_user]
    else:
        ids = list(app_ids)[:1000]
        raw = session.scalar(
            select(OutboxRow.raw).where(OutboxRow.application_id.in_(ids)).limit(1)
        )
        head = BytesParser(policy=compat32).parsebytes(
            (raw or b"")[:MAX_HEADER_BYTES], headersonly=True
        )
        candidates = [addr for _n, addr in getaddresses([str(head.get("from", ""))])]
    for address in candidates:
        if address and "@" in address:
            found.add(fold(address).strip())
    return found


def _header_addresses(blobs: BlobStore, sha256: str) -> list[str]:
    """The To and Cc addresses of one raw message, reading its header block only."""
    try:
        with blobs.path(sha256).open("rb") as f:
            head = f.read(MAX_HEADER_BYTES)
    except (OSError, ValueError):
        return []
    end = min((i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0), default=-1)
    if end >= 0:
        head = head[:end]
    msg = BytesParser(policy=compat32).parsebytes(head, headersonly=True)
    values = [str(v) for h in ("to", "cc") for v in (msg.get_all(h) or [])]
    pairs = getaddresses(values)[:MAX_ADDRESSES]
    return [fold(addr).strip() for _name, addr in pairs if "@" in addr]


def _evidence(
    session: Session, app_ids: list[int], settings: Settings | None
) -> dict[int, Evidence]:
    out = {app_id: Evidence() for app_id in app_ids}
    for app_id, text in session.execute(
        select(Answer.application_id, Answer.text).where(
            Answer.application_id.in_(app_ids), Answer.question_id == REFERRAL
        )
    ):
        out[app_id].referral = fold(text[:MAX_TEXT])
    blobs = BlobStore(settings.blob_dir) if settings is not None else None
    rows = session.execute(
        select(
            Message.application_id,
            Message.from_addr,
            Message.from_name,
            Message.text,
            Message.content_sha256,
            Message.stored,
        ).where(Message.application_id.in_(app_ids), Message.kind.in_(APPLICANT_KINDS))
    )
    for owner, from_addr, from_name, text, sha, stored in rows:
        if owner is None:
            continue
        ev = out[owner]
        if from_addr:
            ev.senders.add(fold(from_addr).strip())
        if from_name:
            ev.sender_names.append(fold(from_name))
        if text:
            ev.texts.append(fold(unquoted(text[:MAX_TEXT])))
        if blobs is not None and stored:
            ev.recipients.update(_header_addresses(blobs, sha))
    for app_id, email in session.execute(
        select(Application.id, Application.email).where(Application.id.in_(app_ids))
    ):
        out[app_id].senders.add(fold(email).strip())
    return out


def matches(sig: Signature, ev: Evidence) -> Iterator[str]:
    if any(p.search(ev.referral) for p in sig.full + sig.single):
        yield 'named in the applicant\'s answer to "do you know anyone involved"'
    elif any(p.search(t) for p in sig.full for t in [*ev.texts, *ev.sender_names]):
        yield "named in the applicant's emails"
    if sig.address:
        if sig.address in ev.senders:
            yield f"the applicant writes from the reviewer's address {sig.address}"
        if sig.address in ev.recipients:
            yield f"the reviewer's address {sig.address} is in To or Cc of the applicant's emails"
        elif sig.address in ev.referral or any(sig.address in t for t in ev.texts):
            yield f"the reviewer's address {sig.address} is in the applicant's words"
    if sig.domain:
        if any(_in_domain(domain_of(a), sig.domain) for a in ev.senders):
            yield f"the applicant writes from the reviewer's domain {sig.domain}"
            return
        # Her own address is reported above; a colleague's address is reported here.
        others = (ev.recipients | ev.addresses_in_words()) - {sig.address}
        if any(_in_domain(domain_of(a), sig.domain) for a in others):
            yield f"the applicant's emails name an address in the reviewer's domain {sig.domain}"


def _enabled_reviewers(session: Session) -> list[Reviewer]:
    return list(
        session.scalars(select(Reviewer).where(Reviewer.disabled.is_(False)).order_by(Reviewer.id))
    )


def possible_conflicts_many(
    session: Session,
    app_ids: Iterable[int],
    settings: Settings | None = None,
    reviewers: list[Reviewer] | None = None,
) -> dict[int, list[PossibleConflict]]:
    """`possible_conflicts` of many applications at once (for `assign`): a few queries per
    500 applications, not per application."""
    ids = list(app_ids)
    reviewers = _enabled_reviewers(session) if reviewers is None else reviewers
    sigs = signatures(reviewers, program_addresses(settings, session, ids))
    out: dict[int, list[PossibleConflict]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        evidence = _evidence(session, chunk, settings)
        for app_id in chunk:
            found: list[PossibleConflict] = []
            for sig in sigs:
                for why in matches(sig, evidence[app_id]):
                    found.append(PossibleConflict(sig.name, why))
            out[app_id] = found
    return out


def possible_conflicts(
    session: Session, app_id: int, settings: Settings | None = None
) -> list[PossibleConflict]:
    """The reviewers who may know applicant `app_id`, each with why (one line per reason).
    Pass `settings` to check the To/Cc headers and to know the program's own domain."""
    return possible_conflicts_many(session, [app_id], settings)[app_id]
