"""The blind first read: a reviewer scores an application before she learns who sent it.

With `blind_first_read` on, the page of an application leaves out the applicant's name,
email addresses, links (web addresses, LinkedIn/GitHub handles), phone numbers and the
resume's contact block until the reviewer has submitted her review of it. Left out, not
hidden: `blind_application` returns a copy of the page's data without them, so they are not
in the HTML at all. Chairs and admins read blind too until they score, unless the
application is ready to decide (they then decide with everything in view).

What is removed: every address and link anywhere (the generic patterns below), and every
word of the applicant's name, of the names their emails came from and of the name their
resume gives, wherever it appears (answers, emails, resume, file names, the timeline, the
decision emails' previews), matched whole-word, ignoring case and accents. An applicant who
spells their own name out letter by letter is not caught; nothing an applicant wrote in the
ordinary way is left.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from email.utils import parseaddr
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox.committee.assignment import ready_to_decide
from grantbox.committee.conflicts import APPLICANT_KINDS, INVISIBLE
from grantbox.committee.reviews import quorum
from grantbox.committee.roles import can
from grantbox.config import Settings
from grantbox.store.tables import ConflictOfInterest, Review, Reviewer

NAME = "[name]"
EMAIL = "[email]"
LINK = "[link]"
PHONE = "[phone]"

_EMAIL = re.compile(r"[\w.+'%=~-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", re.UNICODE)
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]{1,15}://|\bwww\.)[^\s<>\"']+", re.IGNORECASE)
# Profile sites named without a scheme ("linkedin.com/in/ada", "github.com/ada").
_SITE = re.compile(
    r"\b(?:[\w-]{1,63}\.){0,4}(?:linkedin|github|gitlab|bitbucket|twitter|x|huggingface|kaggle|orcid|"
    r"medium|substack|stackoverflow|researchgate|scholar\.google|facebook|instagram|"
    r"mastodon\.social|bsky)\.(?:com|org|io|co|app|social|net)(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
# "GitHub: ada-l", "LinkedIn - /in/ada", "Twitter @ada": a site's name and a handle.
_HANDLE = re.compile(
    r"\b(github|gitlab|linkedin|twitter|kaggle|huggingface|orcid|mastodon|bluesky|telegram|"
    r"skype|discord)\s*[:/\-–]\s*@?[\w./-]{2,100}",
    re.IGNORECASE,
)
_AT_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-–/]{6,22}\d(?!\w)")
_YEARISH = re.compile(r"^(?:19|20)\d\d\b|\b(?:19|20)\d\d$")
_MARKS = "[\u0300-\u036f]*"
_HEADING = re.compile(
    r"^\s*(?:experience|work experience|professional experience|employment|education|"
    r"summary|profile|about|about me|objective|skills|projects|publications|research|"
    r"berufserfahrung|ausbildung|expérience|formation|experiencia|educación)\b",
    re.IGNORECASE,
)
# Keys whose values grantbox itself wrote (times, states, kinds): never the applicant's words.
SAFE_KEYS = frozenset(
    {
        "at",
        "created_at",
        "updated_at",
        "answered_at",
        "until",
        "hold_until",
        "status",
        "kind",
        "direction",
        "type",
        "declared_type",
        "content_type",
        "method",
        "from_status",
        "to_status",
        "flags",
        "source",
        "sniffed_type",
        "parser_version",
    }
)
CONTACT_LINES = 15  # the resume's first lines that may hold its contact block


def _strip(text: str) -> str:
    """NFKD without invisible format characters: the form every pattern runs on."""
    return INVISIBLE.sub("", unicodedata.normalize("NFKD", text))


def _base(text: str) -> str:
    return re.sub(_MARKS, "", _strip(text))


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    core = found.strip(" ()")
    # Year ranges and dates ("2019 - 2023", "2021.01-2023.12") are not phone numbers.
    if not found.lstrip().startswith(("+", "00", "(")) and _YEARISH.search(core):
        return found
    return PHONE if 9 <= digits <= 15 else found


class Redactor:
    """Removes one applicant's identity from text."""

    def __init__(self, names: list[str], addresses: list[str], literals: list[str]) -> None:
        words: set[str] = set()
        for name in names:
            base = _base(name)
            for variant in (base.lower(), base.casefold()):
                words.update(w for w in re.split(r"[^\w]+|_", variant) if len(w) >= 2)
        for address in addresses:
            local = _base(address).partition("@")[0].lower()
            if len(local) >= 4:
                words.add(local)  # "adalove" as a handle in the text
        # Longest first, so "lovelace" goes before a shorter word it contains.
        pattern = "|".join(
            _MARKS.join(re.escape(ch) for ch in w) + _MARKS
            for w in sorted(words, key=len, reverse=True)
        )
        # Whole words, "_" a separator too: "CV_Nunez_Jose.pdf".
        self._words = (
            re.compile(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", re.IGNORECASE) if pattern else None
        )
        self._literals = sorted(
            {_strip(x).strip() for x in literals if len(x.strip()) >= 4}, key=len, reverse=True
        )

    def text(self, value: str) -> str:
        if not value:
            return value
        text = _strip(value)
        for literal in self._literals:
            text = re.sub(re.escape(literal), "[contact]", text, flags=re.IGNORECASE)
        text = _EMAIL.sub(EMAIL, text)
        text = _URL.sub(LINK, text)
        text = _SITE.sub(LINK, text)
        text = _HANDLE.sub(lambda m: f"{m.group(1)}: {LINK}", text)
        text = _AT_HANDLE.sub(LINK, text)
        text = _PHONE.sub(_phone, text)
        if self._words is not None:
            text = self._words.sub(NAME, text)
        return unicodedata.normalize("NFC", text)

    def is_contact(self, line: str) -> bool:
        return self.text(line) != unicodedata.normalize("NFC", _strip(line))

    def walk(self, value: Any) -> Any:
        """Every string in `value` (dicts, lists, tuples), redacted; the rest as it is."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {k: v if k in SAFE_KEYS else self.walk(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self.walk(v) for v in value]
        return value


def without_contact_block(text: str, redactor: Redactor) -> str:
    """The resume's text without the contact lines at its top (name, email, phone, links):
    those of its first lines, before its first section heading, that hold any of them."""
    lines = text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if i >= CONTACT_LINES or _HEADING.match(_base(line)):
            out.extend(lines[i:])
            break
        if not redactor.is_contact(line):
            out.append(line)
    return "\n".join(out)


def _who(value: str) -> tuple[str, str]:
    name, address = parseaddr(value.removeprefix("to ").strip())
    return name, address


def redactor_for(data: dict[str, Any]) -> Redactor:
    """The redactor of one application's page data (`views.application(...)`): its name,
    the names and addresses its mail came from, and what its resume's profile found (name,
    emails, phones, links, location). For text shown beside the page, such as reviewers'
    comments that name the applicant: `redactor_for(data).walk(part)`."""
    email = str(data.get("email") or "")
    names = [str(data.get("name") or "")]
    addresses = [email]
    literals: list[str] = []
    for item in data.get("thread") or []:
        name, address = _who(str(item.get("who") or ""))
        # The applicant's own mail names them; a bounce's "Mail Delivery System" does not.
        if item.get("direction") == "in" and (
            item.get("kind") in APPLICANT_KINDS or address.lower() == email.lower()
        ):
            names.append(name)
        if address:
            addresses.append(address)
    resume = data.get("resume")
    profile = (resume or {}).get("profile") or {}
    if isinstance(profile, dict):
        found = profile.get("name")
        if isinstance(found, dict) and isinstance(found.get("value"), str):
            names.append(found["value"])
        for key in ("emails", "phones"):
            for entry in profile.get(key) or []:
                if isinstance(entry, dict) and isinstance(entry.get("value"), str):
                    literals.append(entry["value"])
                    if key == "emails":
                        addresses.append(entry["value"])
        for link in profile.get("links") or []:
            if isinstance(link, dict) and isinstance(link.get("url"), str):
                literals.append(link["url"])
        location = profile.get("location")
        if isinstance(location, dict) and isinstance(location.get("value"), str):
            literals.append(location["value"])
    return Redactor([n for n in names if n], [a for a in addresses if a], literals)


def blind_application(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of `views.application(...)` without the applicant's identity (see the module's
    docstring): name and email emptied, senders and recipients named by role only, the
    decision emails' previews left out, and every string of it redacted. `blind` is True in
    it."""
    data = copy.deepcopy(data)
    redactor = redactor_for(data)
    email = str(data.get("email") or "")
    resume = data.get("resume")
    profile = (resume or {}).get("profile") or {}

    app_email = email.lower()
    for item in data.get("thread") or []:
        _name, address = _who(str(item.get("who") or ""))
        ours = address.lower() == app_email
        if item.get("direction") == "in":
            item["who"] = "the applicant" if ours else "[sender]"
        else:
            item["who"] = "to the applicant" if ours else "to [recipient]"
    if isinstance(resume, dict):
        resume["text"] = without_contact_block(str(resume.get("text") or ""), redactor)
        if isinstance(profile, dict):
            profile.update(name=None, emails=[], phones=[], links=[], location=None)
    # The decision emails name the applicant, and an edited one is sent as it reads: a
    # redacted "Dear [name]" must never reach the outbox. They come back once she has scored.
    if "previews" in data:
        data["previews"] = {}
    data = redactor.walk(data)
    data["name"] = f"Applicant GB-{data.get('id')}"
    data["email"] = ""
    data["blind"] = True
    return dict(data)


def is_blind(session: Session, settings: Settings, app_id: int, reviewer: Reviewer) -> bool:
    """Whether `reviewer` reads application `app_id` blind now: the setting is on and she has
    not submitted her review of it (a chair or admin also not, unless it is ready to
    decide)."""
    if not settings.blind_first_read:
        return False
    submitted = session.scalar(
        select(Review.id).where(
            Review.application_id == app_id,
            Review.reviewer_id == reviewer.id,
            Review.submitted_at.is_not(None),
        )
    )
    if submitted is not None:
        return False
    return not (can(reviewer.role, "decide") and ready_to_decide(session, settings, app_id))


def blind_among(
    session: Session, settings: Settings, app_ids: Iterable[int], reviewer: Reviewer
) -> set[int]:
    """`is_blind` for many applications at once (a page of the queue): two queries, not two
    per row."""
    ids = set(app_ids)
    if not settings.blind_first_read or not ids:
        return set()
    scored = set(
        session.scalars(
            select(Review.application_id).where(
                Review.reviewer_id == reviewer.id,
                Review.application_id.in_(ids),
                Review.submitted_at.is_not(None),
            )
        )
    )
    blind = ids - scored
    if blind and can(reviewer.role, "decide"):
        recused = select(ConflictOfInterest.id).where(
            ConflictOfInterest.application_id == Review.application_id,
            ConflictOfInterest.reviewer_id == Review.reviewer_id,
        )
        ready = session.scalars(
            select(Review.application_id)
            .where(
                Review.application_id.in_(blind),
                Review.submitted_at.is_not(None),
                ~recused.exists(),
            )
            .group_by(Review.application_id)
            .having(func.count() >= quorum(settings))
        )
        blind -= set(ready)
    return blind
