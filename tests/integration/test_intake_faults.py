"""A connection that always breaks mid-FETCH must not stop intake for ever: every pass keeps
what it fetched before the break, and the next pass goes on from there.

The break is real: a proxy between grantbox and Dovecot that closes each connection once it
has carried a set number of bytes from the server (a flaky proxy, a provider's bandwidth cut).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections import Counter

from sqlalchemy import select

from grantbox.store.tables import Message
from tests.factories import application_email, resume_pdf
from tests.passes import intake_once

APPLICANTS = 6
CUT_AFTER = 1_200_000  # bytes from the server per connection; each email is ~430 KB


class CuttingProxy:
    """Relays loopback connections to `target` and closes each one after it has carried
    `limit` bytes from the server."""

    def __init__(self, target: tuple[str, int], limit: int) -> None:
        self.target, self.limit = target, limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(
                target=self._pipe, args=(server, client, self.limit), daemon=True
            ).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        carried = 0
        try:
            while chunk := src.recv(65536):
                if limit is not None and carried + len(chunk) > limit:
                    dst.sendall(chunk[: limit - carried])
                    self.cuts += 1
                    break
                dst.sendall(chunk)
                carried += len(chunk)
        except OSError:
            pass
        for sock in (src, dst):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self.listener.close()


def test_a_connection_that_breaks_mid_fetch_still_lets_every_email_in(
    dovecot, program_mailbox, make_settings, store_for
):
    settings = make_settings()
    store = store_for(settings)
    intake_once(settings, store)  # the first connection, on the empty inbox
    photo = b"\xff\xd8\xff\xe0" + os.urandom(300_000)  # carried, never read
    for n in range(APPLICANTS):
        dovecot.append(
            program_mailbox,
            application_email(
                f"applicant{n}@mail.test",
                attachments=[
                    ("cv.pdf", resume_pdf(), "application/pdf"),
                    ("me.jpg", photo, "image/jpeg"),
                ],
            ),
        )
    proxy = CuttingProxy((dovecot.host, dovecot.imap_port), CUT_AFTER)
    through_proxy = settings.model_copy(update={"imap_port": proxy.port})
    try:
        recorded_per_pass = []
        for _ in range(APPLICANTS + 2):
            before = _recorded(store)
            with contextlib.suppress(Exception):  # the break fails the pass; the next runs
                intake_once(through_proxy, store)
            recorded_per_pass.append(_recorded(store) - before)
            if _recorded(store) == APPLICANTS:
                break
    finally:
        proxy.close()

    print("recorded per pass:", recorded_per_pass, "cuts:", proxy.cuts)
    assert proxy.cuts >= 1  # the connection did break
    assert _recorded(store) == APPLICANTS, recorded_per_pass
    assert all(n >= 1 for n in recorded_per_pass), recorded_per_pass  # progress every pass
    with store.sessions() as session:
        senders = Counter(session.scalars(select(Message.from_addr)))
    assert senders == Counter({f"applicant{n}@mail.test": 1 for n in range(APPLICANTS)})


def _recorded(store) -> int:
    with store.sessions() as session:
        return len(session.scalars(select(Message.id)).all())
