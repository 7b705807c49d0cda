"""A connection that always breaks mid-FETCH must not stop intake for ever: a pass keeps what
it fetched before the break and goes on on a new connection, as long as each brings an email.

The break is real: a proxy between grantbox and Dovecot (tests/faultproxy.py) that closes each
connection once it has carried a set number of bytes from the server (a flaky proxy, a
provider's bandwidth cut).
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from sqlalchemy import select

from grantbox.errors import MailboxError
from grantbox.intake import connection_broke
from grantbox.store.tables import Message
from tests.factories import application_email, resume_pdf
from tests.faultproxy import FaultProxy
from tests.passes import intake_once

APPLICANTS = 6
CUT_AFTER = 1_200_000  # bytes from the server per connection; each email is ~430 KB


def _mailbox_of_applications(dovecot, program_mailbox) -> None:
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


def test_a_connection_that_breaks_mid_fetch_still_lets_every_email_in(
    dovecot, program_mailbox, make_settings, store_for
):
    """One pass takes everything in: each new connection records some emails before the
    proxy cuts it, and the pass goes on on the next one."""
    settings = make_settings()
    store = store_for(settings)
    intake_once(settings, store)  # the first connection, on the empty inbox
    _mailbox_of_applications(dovecot, program_mailbox)
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        proxy.cut_after = CUT_AFTER
        report = intake_once(settings.model_copy(update={"imap_port": proxy.port}), store)
    print("reconnects:", report.reconnects, "cuts:", proxy.cuts)
    assert proxy.cuts >= 2 and report.reconnects == proxy.cuts  # it did break, and went on
    assert report.recorded == APPLICANTS
    with store.sessions() as session:
        senders = Counter(session.scalars(select(Message.from_addr)))
    assert senders == Counter({f"applicant{n}@mail.test": 1 for n in range(APPLICANTS)})


def test_a_connection_that_brings_nothing_fails_the_pass_and_the_next_goes_on(
    dovecot, program_mailbox, make_settings, store_for
):
    """A connection cut before one email gets through is a failed pass, not a reconnect loop;
    a pass cut after some emails (and then refused: the server went away) keeps them."""
    settings = make_settings()
    store = store_for(settings)
    intake_once(settings, store)
    _mailbox_of_applications(dovecot, program_mailbox)
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        through_proxy = settings.model_copy(update={"imap_port": proxy.port})
        proxy.cut_after = 3_000  # past the greeting and sign-in, never a whole email
        with pytest.raises(Exception) as caught:
            intake_once(through_proxy, store)
        assert connection_broke(caught.value), caught.value
        assert (_recorded(store), proxy.cuts) == (0, 1)
        # Cut after some emails, and the server gone with the cut: those kept, pass fails.
        proxy.cut_after = 1_000_000
        proxy.down_after_cut = True
        with pytest.raises(MailboxError):  # refused at the reconnect
            intake_once(through_proxy, store)
    kept = _recorded(store)
    assert 0 < kept < APPLICANTS, kept  # what came before the cut stayed; the rest did not
    report = intake_once(settings, store)  # the server is back: the rest, once each
    assert report.recorded == APPLICANTS - kept
    with store.sessions() as session:
        senders = Counter(session.scalars(select(Message.from_addr)))
    assert senders == Counter({f"applicant{n}@mail.test": 1 for n in range(APPLICANTS)})


def _recorded(store) -> int:
    with store.sessions() as session:
        return len(session.scalars(select(Message.id)).all())
