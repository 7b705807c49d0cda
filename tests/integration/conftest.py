"""Real servers for the integration tests, shared per session: one Dovecot, one SMTP relay
that delivers into it, and fresh PostgreSQL databases on the machine's server. Each test gets
its own mailbox user and its own database, so tests never see each other's mail or rows."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from grantbox.config import Settings
from grantbox.store import Store, open_store
from tests.incli import environment
from tests.mailservers import (
    Dovecot,
    SmtpRelay,
    drop_postgres_database,
    postgres_available,
    postgres_url,
)

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    base = tmp_path_factory.mktemp("dovecot")
    with Dovecot(base_dir=base) as server:
        yield server


@pytest.fixture(scope="session")
def smtp(dovecot: Dovecot) -> Iterator[SmtpRelay]:
    with SmtpRelay(dovecot) as relay:
        yield relay


@pytest.fixture
def program_mailbox(dovecot: Dovecot) -> str:
    """A fresh, empty mailbox for the grant program; returns its address."""
    address, _password = dovecot.add_user(f"grants{next(_counter)}-{os.getpid()}")
    return address


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'grantbox.db'}"
        return
    if not postgres_available():
        pytest.fail("PostgreSQL is not running on 127.0.0.1:5432 (.ci/run starts it)")
    url = postgres_url()
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'grantbox.db'}"


@pytest.fixture
def make_settings(
    dovecot: Dovecot, program_mailbox: str, tmp_path: Path
) -> Callable[..., Settings]:
    """Settings pointing at the test's program mailbox; keyword overrides win."""

    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "data_dir": tmp_path / "data",
            "imap_host": dovecot.host,
            "imap_port": dovecot.imap_port,
            "imap_ssl": "plain",
            "imap_user": program_mailbox,
            "imap_password": dovecot.password(program_mailbox),
            "from_address": program_mailbox,
            "extract_workers": 2,
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]

    return make


@pytest.fixture
def settings_env(make_settings: Callable[..., Settings]) -> Callable[..., dict[str, str]]:
    """The same settings as GRANTBOX_* variables, for running the CLI as a subprocess."""

    def env(**overrides: object) -> dict[str, str]:
        return {**os.environ, **environment(make_settings(**overrides))}

    return env


@pytest.fixture
def store_for(request: pytest.FixtureRequest) -> Callable[[Settings], Store]:
    stores: list[Store] = []

    def open_(settings: Settings) -> Store:
        store = open_store(settings)
        stores.append(store)
        return store

    request.addfinalizer(lambda: [s.dispose() for s in stores])
    return open_


@pytest.fixture
def applicant(dovecot, program_mailbox):
    """An applicant with a real mailbox: what they receive is in their Dovecot inbox."""
    address, _ = dovecot.add_user(f"amy-{program_mailbox.split('@')[0]}")

    class Applicant:
        def __init__(self) -> None:
            self.address = address

        def inbox(self) -> list[EmailMessage]:
            raws = dovecot.messages(address)
            return [message_from_bytes(raw, policy=policy.default) for raw in raws]

    return Applicant()
