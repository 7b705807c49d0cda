"""Provider profiles: what `GRANTBOX_PROVIDER` fills in when the operator did not say.

Each profile holds a provider's published IMAP and SMTP settings (docs/provider-notes.md
cites where each value comes from), the name its Sent folder has when the server does not
say (SPECIAL-USE, RFC 6154, wins over it: `Mailbox.sent_folder`), and who files the copy of
what goes out: Gmail and Microsoft 365 file it in Sent themselves when their SMTP server
takes a message, so grantbox must not APPEND a second one ("provider"); elsewhere grantbox
files it ("append").

Nothing here reads the environment or imports the settings: `apply_profile` is called by the
settings' own validator, and only fills what was not set explicitly (environment, toml file or
keyword): an explicit setting always wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from grantbox.config import Settings

ProviderName = Literal["gmail", "microsoft365", "fastmail", "icloud", "yahoo", "generic"]
SentCopy = Literal["append", "provider"]


@dataclass(frozen=True)
class Profile:
    imap_host: str | None = None
    imap_port: int | None = None
    imap_ssl: Literal["ssl", "starttls"] | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: Literal["ssl", "starttls"] | None = None
    # The Sent folder's name when the server does not mark one \Sent (SPECIAL-USE).
    sent_folder: str | None = None
    sent_copy: SentCopy = "append"
    # Authentication-Results ids this provider's receiving servers write (see the README's
    # "Forged senders"); None: not filled.
    authserv_ids: str | None = None
    # Plus-addressing (grants+token@…) delivered to the same mailbox; None: not known, the
    # setting's default (on) stays.
    reply_tokens: bool | None = None


PROFILES: dict[str, Profile] = {
    # https://support.google.com/mail/answer/7126229 ; SMTP-submitted mail is filed in
    # "[Gmail]/Sent Mail" by Gmail itself ("Do NOT save sent messages on the server").
    "gmail": Profile(
        imap_host="imap.gmail.com",
        imap_port=993,
        imap_ssl="ssl",
        smtp_host="smtp.gmail.com",
        smtp_port=465,
        smtp_security="ssl",
        sent_folder="[Gmail]/Sent Mail",
        sent_copy="provider",
        authserv_ids="mx.google.com",
        reply_tokens=True,
    ),
    # Exchange Online: IMAP outlook.office365.com:993 SSL, SMTP AUTH client submission
    # smtp.office365.com:587 STARTTLS; SMTP AUTH submissions are stored in Sent Items by the
    # service since June 2018.
    "microsoft365": Profile(
        imap_host="outlook.office365.com",
        imap_port=993,
        imap_ssl="ssl",
        smtp_host="smtp.office365.com",
        smtp_port=587,
        smtp_security="starttls",
        sent_folder="Sent Items",
        sent_copy="provider",
        authserv_ids="(none)",
        reply_tokens=True,
    ),
    # https://www.fastmail.com/help/technical/servernamesandports.html: SSL/TLS only.
    "fastmail": Profile(
        imap_host="imap.fastmail.com",
        imap_port=993,
        imap_ssl="ssl",
        smtp_host="smtp.fastmail.com",
        smtp_port=465,
        smtp_security="ssl",
        sent_folder="Sent",
        authserv_ids="*.messagingengine.com",
        reply_tokens=True,
    ),
    # iCloud Mail: imap.mail.me.com:993 SSL, smtp.mail.me.com:587 STARTTLS, app-specific
    # password. Plus-addressing is not documented: reply tokens off (matching falls back to
    # In-Reply-To/References and the sender).
    "icloud": Profile(
        imap_host="imap.mail.me.com",
        imap_port=993,
        imap_ssl="ssl",
        smtp_host="smtp.mail.me.com",
        smtp_port=587,
        smtp_security="starttls",
        sent_folder="Sent Messages",
        reply_tokens=False,
    ),
    # Yahoo Mail: imap.mail.yahoo.com:993, smtp.mail.yahoo.com:465 SSL, app password. Yahoo
    # has no plus-addressing (its "disposable addresses" use another form): tokens off.
    "yahoo": Profile(
        imap_host="imap.mail.yahoo.com",
        imap_port=993,
        imap_ssl="ssl",
        smtp_host="smtp.mail.yahoo.com",
        smtp_port=465,
        smtp_security="ssl",
        sent_folder="Sent",
        reply_tokens=False,
    ),
    # Any other IMAP server: nothing filled; the Sent folder is still found by SPECIAL-USE.
    "generic": Profile(),
}


def profile(name: str | None) -> Profile:
    return PROFILES.get(name or "generic", PROFILES["generic"])


def apply_profile(settings: Settings) -> Settings:
    """Fill what the operator left unset from `settings.provider`'s profile, in place.

    A port goes with its security: a port is filled only when neither it nor the security
    was set (an explicit `starttls` keeps the security's own default port, 143 or 587)."""
    chosen = profile(settings.provider)
    explicit = set(settings.model_fields_set)

    def fill(field: str, value: object) -> None:
        if value is not None and field not in explicit:
            setattr(settings, field, value)

    fill("imap_host", chosen.imap_host)
    if not {"imap_port", "imap_ssl"} & explicit:
        fill("imap_port", chosen.imap_port)
    fill("imap_ssl", chosen.imap_ssl)
    fill("smtp_host", chosen.smtp_host)
    if not {"smtp_port", "smtp_security"} & explicit:
        fill("smtp_port", chosen.smtp_port)
    fill("smtp_security", chosen.smtp_security)
    fill("sent_folder", chosen.sent_folder)
    fill("sent_copy", chosen.sent_copy)
    fill("authserv_ids", chosen.authserv_ids)
    fill("reply_tokens", chosen.reply_tokens)
    return settings


# -- server answers that mean "not now, you are asking too much" ---------------------------

# Gmail: "NO [THROTTLED]" / "* BYE [THROTTLED]"; Microsoft: "Request is throttled. Suggested
# Backoff Time: N milliseconds"; RFC 5530's UNAVAILABLE ("temporary failure") from anyone.
THROTTLE_MARKERS = ("[THROTTLED]", "REQUEST IS THROTTLED", "[UNAVAILABLE]")


def throttled(error: BaseException | str) -> str | None:
    """The server's words when `error` (or what caused it) is a throttling answer, else None."""
    seen: set[int] = set()
    e: BaseException | str | None = error
    while e is not None:
        text = e if isinstance(e, str) else str(e)
        if any(marker in text.upper() for marker in THROTTLE_MARKERS):
            return " ".join(text.split())[:300]
        if isinstance(e, str) or id(e) in seen:
            return None
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return None
