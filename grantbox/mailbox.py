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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from grantbox.config import Settings
from grantbox.errors import ConfigError, MailboxError

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


class Mailbox:
    """One IMAP connection to the configured account. Use as a context manager."""

    def __init__(self, settings: Settings) -> None:
        if not settings.imap_host:
            raise ConfigError("no mailbox configured: set GRANTBOX_IMAP_HOST (or run the demo)")
        self.settings = settings
        self.commands_sent = 0
        self._client: IMAPClient | None = None
        self._selected: str | None = None

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
            client.login(s.imap_user, s.imap_password.get_secret_value())
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

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.commands_sent += 1
            return original(*args, **kwargs)

        imap._command = counted

    def close(self) -> None:
        if self._client is None:
            return
        with contextlib.suppress(IMAPClientError, OSError):
            self._client.logout()  # the connection is going away either way
        self._client = None
        self._selected = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("not connected")
        return self._client

    @property
    def capabilities(self) -> frozenset[str]:
        return frozenset(c.decode().upper() for c in self.client.capabilities())

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
        try:
            if whole:
                for uid, d in self.client.fetch(whole, [b"BODY.PEEK[]"]).items():
                    if b"BODY[]" in d and d[b"BODY[]"] is not None:
                        out.append(FetchedMessage(uid, sizes[uid], bytes(d[b"BODY[]"])))
            if headers:
                for uid, d in self.client.fetch(headers, [b"BODY.PEEK[HEADER]"]).items():
                    raw = d.get(b"BODY[HEADER]") or b""
                    out.append(FetchedMessage(uid, sizes[uid], bytes(raw), header_only=True))
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
