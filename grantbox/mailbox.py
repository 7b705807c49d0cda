"""The IMAP side of grantbox: the only module that imports imapclient.

`Mailbox` reads a folder by UID without ever changing it: folders are opened read-only
(EXAMINE) and bodies fetched with BODY.PEEK[], so the operator's mail client still shows every
message as unread and nothing is ever deleted. It also appends our sent mail to the Sent
folder and looks a Message-ID up there (the outbox's recovery check).
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import types
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from grantbox import oauth
from grantbox.config import Settings
from grantbox.errors import ConfigError, MailboxError, MailboxSignInError, SignInError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    exists: int
    highestmodseq: int | None


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    size: int  # RFC822.SIZE as the server reports it
    raw: bytes  # the whole message, or only its header when `header_only`
    header_only: bool = False
    # Gmail's own id of the message (X-GM-MSGID, when the server has X-GM-EXT-1): the same
    # in every label ("folder") the message shows in, and in All Mail.
    gm_msgid: int | None = None


def batches_by_size(
    sizes: dict[int, int], *, max_count: int, max_bytes: int
) -> Iterator[list[int]]:
    """Group UIDs (ascending) so that one FETCH stays within `max_count` messages and about
    `max_bytes` of bodies; a single larger message still gets a batch of its own.

    The batches start at one message and double (a slow start): intake records each batch
    while it fetches the next, so a connection that always breaks after some megabytes (a
    flaky proxy, a provider's bandwidth cut) still gets the first message of every pass
    recorded, and the next pass goes on from there."""
    batch: list[int] = []
    total = 0
    count = 1
    for uid in sorted(sizes):
        size = sizes[uid]
        if batch and (len(batch) >= count or total + size > max_bytes):
            yield batch
            batch, total = [], 0
            count = min(count * 2, max_count)
        batch.append(uid)
        total += size
    if batch:
        yield batch


# RFC 6154's special-use attributes (and the Gmail/XLIST spellings), by their lower case.
_SPECIAL_USE = {
    flag.lower(): flag
    for flag in ("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash")
}


def _gm_msgid(data: dict[bytes, Any]) -> int | None:
    value = data.get(b"X-GM-MSGID")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def sign_in(client: IMAPClient, settings: Settings) -> None:
    """Sign in to a connected IMAP client as configured: the password (LOGIN), or an OAuth2
    access token by XOAUTH2 / OAUTHBEARER (grantbox/oauth.py: refreshed once and tried again
    when refused). A refusal raises MailboxSignInError, one line naming the fix and no secret;
    a broken connection stays IMAPClientError/OSError."""
    host = settings.imap_host or ""
    if oauth.protocol_auth(settings, "imap") != "oauth2":
        try:
            client.login(settings.imap_user, settings.imap_password.get_secret_value())
        except IMAPClientError as e:
            if isinstance(e, IMAPClientAbortError):
                raise
            raise MailboxSignInError(oauth.password_refused("imap", host, str(e))) from None
        return
    mechanism = settings.oauth_mechanism
    port = settings.resolved_imap_port
    offered = [
        c.decode("ascii", "replace").upper()[5:]
        for c in client.capabilities()
        if c.upper().startswith(b"AUTH=")
    ]
    if mechanism.upper() not in offered:
        raise MailboxSignInError(oauth.mechanism_missing("imap", host, mechanism, offered))

    def attempt(user: str, token: str) -> bool:
        sasl = oauth.SaslClient(mechanism, user, token, host, port)
        try:
            # imapclient's oauth2_login/oauthbearer_login answer the server's error challenge
            # with the token again; RFC 7628 wants ^A (OAUTHBEARER), Google an empty line.
            client._command_and_check("authenticate", mechanism.upper(), sasl)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            return False
        return True

    try:
        oauth.authenticate(settings, "imap", attempt, user=settings.imap_user, host=host)
    except (SignInError, ConfigError) as e:
        raise MailboxSignInError(str(e)) from None


class Mailbox:
    """One IMAP connection to the configured account. Use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        if not settings.imap_host:
            raise ConfigError("no mailbox configured: set GRANTBOX_IMAP_HOST (or run the demo)")
        self.settings = settings
        self.commands_sent = 0
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        # The Sent folder found on this connection (client, name): looked up once per connection.
        self._sent: tuple[IMAPClient, str] | None = None

    # -- connection ---------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        s = self.settings
        try:
            client = IMAPClient(
                s.imap_host,
                port=s.resolved_imap_port,
                ssl=s.imap_ssl == "ssl",
                timeout=s.imap_timeout,
                ssl_context=ssl.create_default_context() if s.imap_ssl == "ssl" else None,
            )
            self._count_commands(client)
            if s.imap_ssl == "starttls":
                client.starttls(ssl.create_default_context())
            try:
                sign_in(client, s)
            except MailboxSignInError:
                with contextlib.suppress(IMAPClientError, OSError):
                    client.shutdown()  # of no use signed out
                raise
        except (TimeoutError, IMAPClientError, OSError) as e:
            raise MailboxError(
                f"cannot log in to IMAP {s.imap_host}:{s.resolved_imap_port}: {e}"
            ) from e
        self._client = client

    def _count_commands(self, client: IMAPClient) -> None:
        # Every IMAP command goes through imaplib's `_command`; counting there measures what
        # actually crosses the wire (the "O(1) round trips on an unchanged mailbox" promise).
        imap = client._imap
        original = imap._command

        def counted(_imap: Any, *args: Any, **kwargs: Any) -> Any:
            self.commands_sent += 1
            return original(*args, **kwargs)

        # Bound, as the original is: imaplib tells AUTHENTICATE's callback from a literal by
        # `type(literal) is type(self._command)`.
        imap._command = types.MethodType(counted, imap)

    def close(self) -> None:
        if self._client is None:
            return
        with contextlib.suppress(IMAPClientError, OSError):
            self._client.logout()  # the connection is going away either way
        self._client = None
        self._selected = None
        self._sent = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("not connected")
        return self._client

    @property
    def capabilities(self) -> frozenset[str]:
        return frozenset(c.decode().upper() for c in self.client.capabilities())

    @property
    def gmail(self) -> bool:
        """The server has Gmail's extensions (X-GM-EXT-1): X-GM-MSGID names a message."""
        return "X-GM-EXT-1" in self.capabilities

    # -- special folders ------------------------------------------------------------------

    def special_folders(self) -> dict[str, str]:
        """{special-use flag (e.g. "\\Sent"): folder} as the server marks them (RFC 6154).

        With SPECIAL-USE: `LIST "" "*" RETURN (SPECIAL-USE)`; a server that refuses that form
        (or lacks the capability) is asked a plain LIST, whose answers many servers (Gmail,
        Dovecot) mark all the same. Nothing marked: {}."""
        client = self.client
        listed: list[tuple[tuple[bytes, ...], bytes, str]] = []
        try:
            if "SPECIAL-USE" in self.capabilities:
                imap = client._imap
                typ, dat = imap._simple_command("LIST", '""', '"*"', "RETURN", "(SPECIAL-USE)")
                if typ == "OK":
                    typ, dat = imap._untagged_response(typ, dat, "LIST")
                    listed = client._proc_folder_list(dat)
            if not listed:
                listed = client.list_folders()
        except (IMAPClientError, OSError) as e:
            raise MailboxError(f"LIST failed: {e}") from e
        found: dict[str, str] = {}
        for flags, _delimiter, name in listed:
            for flag in flags:
                text = flag.decode(errors="replace") if isinstance(flag, bytes) else str(flag)
                if text.lower() in _SPECIAL_USE:
                    found.setdefault(_SPECIAL_USE[text.lower()], str(name))
        return found

    def sent_folder(self) -> str:
        """Where sent mail is filed: the folder the server marks \\Sent, else the setting
        (which the provider's profile fills). Looked up once per connection; a server that
        cannot list its folders leaves the setting."""
        client = self.client
        if self._sent is not None and self._sent[0] is client:
            return self._sent[1]
        try:
            name = self.special_folders().get("\\Sent") or self.settings.sent_folder
        except MailboxError as e:
            log.warning("cannot list the folders (using %r): %s", self.settings.sent_folder, e)
            name = self.settings.sent_folder
        else:
            if name != self.settings.sent_folder:
                log.info("the server marks %r as the Sent folder (RFC 6154): using it", name)
        self._sent = (client, name)
        return name

    # -- reading ------------------------------------------------------------------------

    def examine(self, folder: str) -> FolderStatus:
        """Open `folder` read-only and return its identity and size, in one round trip."""
        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as e:
            raise MailboxError(f"cannot open folder {folder!r}: {e}") from e
        self._selected = folder
        uidnext = info.get(b"UIDNEXT")
        if uidnext is None:  # optional in RFC 3501's SELECT response: ask for it
            uidnext = self.client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
        modseq = info.get(b"HIGHESTMODSEQ")
        return FolderStatus(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext),
            exists=int(info.get(b"EXISTS", 0)),
            highestmodseq=int(modseq) if modseq is not None else None,
        )

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than `last_uid` in the selected folder, ascending."""
        # "N:*" always matches the highest UID even when it is below N (RFC 3501 §6.4.8), so
        # filter rather than trust the range.
        try:
            found = self.client.search([b"UID", f"{last_uid + 1}:*".encode()])
        except IMAPClientError as e:
            raise MailboxError(f"UID SEARCH failed: {e}") from e
        return sorted(uid for uid in found if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        if not uids:
            return {}
        try:
            data = self.client.fetch(list(uids), [b"RFC822.SIZE"])
        except IMAPClientError as e:
            raise MailboxError(f"FETCH RFC822.SIZE failed: {e}") from e
        return {uid: int(d[b"RFC822.SIZE"]) for uid, d in data.items() if b"RFC822.SIZE" in d}

    def fetch(self, sizes: dict[int, int], *, max_bytes: int) -> list[FetchedMessage]:
        """Fetch the given UIDs: whole bodies up to `max_bytes`, only headers above it.
        Never sets \\Seen (BODY.PEEK). Messages expunged meanwhile are simply absent."""
        whole = [uid for uid, size in sizes.items() if size <= max_bytes]
        headers = [uid for uid, size in sizes.items() if size > max_bytes]
        out: list[FetchedMessage] = []
        # Gmail: its id of each message comes in the same FETCH (no extra round trip).
        gm = [b"X-GM-MSGID"] if self.gmail else []
        try:
            if whole:
                for uid, d in self.client.fetch(whole, [b"BODY.PEEK[]", *gm]).items():
                    if b"BODY[]" in d and d[b"BODY[]"] is not None:
                        out.append(
                            FetchedMessage(
                                uid, sizes[uid], bytes(d[b"BODY[]"]), gm_msgid=_gm_msgid(d)
                            )
                        )
            if headers:
                for uid, d in self.client.fetch(headers, [b"BODY.PEEK[HEADER]", *gm]).items():
                    raw = d.get(b"BODY[HEADER]") or b""
                    out.append(
                        FetchedMessage(
                            uid, sizes[uid], bytes(raw), header_only=True, gm_msgid=_gm_msgid(d)
                        )
                    )
        except IMAPClientError as e:
            raise MailboxError(f"FETCH failed: {e}") from e
        return sorted(out, key=lambda m: m.uid)

    # -- Sent folder (used by the outbox) -------------------------------------------------

    def append(self, folder: str, raw: bytes, *, seen: bool = True) -> None:
        try:
            self.client.append(folder, raw, flags=[b"\\Seen"] if seen else [])
        except IMAPClientError as e:
            raise MailboxError(f"APPEND to {folder!r} failed: {e}") from e

    def contains_message_id(self, folder: str, message_id: str) -> bool:
        try:
            self.client.select_folder(folder, readonly=True)
            self._selected = folder
            return bool(self.client.search([b"HEADER", b"Message-ID", message_id.encode()]))
        except IMAPClientError as e:
            raise MailboxError(f"SEARCH in {folder!r} failed: {e}") from e

    def ensure_folder(self, folder: str) -> None:
        try:
            if not self.client.folder_exists(folder):
                self.client.create_folder(folder)
        except IMAPClientError as e:
            raise MailboxError(f"cannot create folder {folder!r}: {e}") from e

    # -- erasure (grantbox forget --mailbox: the one write grantbox makes to the mailbox) ---

    def folders(self) -> list[str]:
        """Every selectable folder of the account."""
        try:
            listed = self.client.list_folders()
        except IMAPClientError as e:
            raise MailboxError(f"LIST failed: {e}") from e
        return [
            name if isinstance(name, str) else name.decode()
            for flags, _delimiter, name in listed
            if b"\\Noselect" not in flags and b"\\NonExistent" not in flags
        ]

    def uids_about(self, folder: str, address: str, message_ids: set[str]) -> list[int]:
        """UIDs in `folder` of the emails from or to `address` (in its normal form), or
        carrying one of `message_ids`. SEARCH FROM/TO match substrings ("ann@x" finds
        "joann@x"), so each candidate's header is read and its addresses compared whole."""
        try:
            self.client.select_folder(folder, readonly=True)
            self._selected = folder
            needle = address.encode()
            found = set(
                self.client.search(
                    [
                        b"OR",
                        b"OR",
                        b"FROM",
                        needle,
                        b"TO",
                        needle,
                        b"OR",
                        b"CC",
                        needle,
                        b"BCC",
                        needle,
                    ]
                )
            )
            for message_id in message_ids:
                found.update(self.client.search([b"HEADER", b"Message-ID", message_id.encode()]))
            if not found:
                return []
            headers = self.client.fetch(sorted(found), [b"BODY.PEEK[HEADER]"])
        except IMAPClientError as e:
            raise MailboxError(f"SEARCH in {folder!r} failed: {e}") from e
        return sorted(
            uid
            for uid, data in headers.items()
            if _about(bytes(data.get(b"BODY[HEADER]") or b""), address, message_ids)
        )

    def delete(self, folder: str, uids: Sequence[int]) -> None:
        """Delete these messages from `folder` for good: flag them \\Deleted and expunge only
        them (UID EXPUNGE, RFC 4315); a server without UIDPLUS would expunge every message
        flagged \\Deleted in the folder, the operator's included, so it is refused."""
        if not uids:
            return
        if "UIDPLUS" not in self.capabilities:
            raise MailboxError(
                f"the IMAP server has no UIDPLUS: cannot delete only these messages from {folder!r}"
            )
        try:
            self.client.select_folder(folder, readonly=False)
            self._selected = folder
            self.client.add_flags(list(uids), [b"\\Deleted"], silent=True)
            self.client.uid_expunge(list(uids))
        except IMAPClientError as e:
            raise MailboxError(f"deleting in {folder!r} failed: {e}") from e


def _about(header: bytes, address: str, message_ids: set[str]) -> bool:
    """Whether a message's header names `address` in From/To/Cc/Bcc/Reply-To/Sender, or has
    one of `message_ids` as its Message-ID."""
    import email
    import email.policy
    from email.utils import getaddresses

    from parsers.addresses import normalise_address

    msg = email.message_from_bytes(header, policy=email.policy.compat32)
    if (msg.get("Message-ID") or "").strip() in message_ids:
        return True
    fields = [
        str(v)
        for name in ("From", "To", "Cc", "Bcc", "Reply-To", "Sender")
        for v in msg.get_all(name, [])
    ]
    return any(normalise_address(a) == address for _n, a in getaddresses(fields))
