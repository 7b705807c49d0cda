"""The Prefect side: the intake flow on a real (temporary) Prefect server, and prefect.yaml
deployed to it with the real `prefect deploy`. One server for the whole test session: start-up
costs seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.factories import application_email, resume_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield str(PREFECT_API_URL.value())


def test_intake_flow_records_mail_sends_questions_and_leaves_a_summary(
    prefect_api, dovecot, smtp, program_mailbox, settings_env, make_settings, store_for, monkeypatch
):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.intake import intake
    from grantbox.store.queries import list_applications, list_outbox

    mail = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
    for key, value in settings_env(**mail).items():
        if key.startswith("GRANTBOX_"):
            monkeypatch.setenv(key, value)
    first = intake()  # first connection, empty inbox
    assert first["recorded"] == 0 and first["send"]["sent"] == 0

    dovecot.append(
        program_mailbox,
        application_email(
            "ada@mail.test", name="Ada", attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
        ),
    )
    result = intake()
    assert (result["recorded"], result["applications_created"], result["errors"]) == (1, 1, 0)
    assert result["send"]["sent"] == 1
    assert any(e.rcpt_tos[0] == "ada@mail.test" for e in smtp.envelopes)
    # Next pass: the copy of our own email (the Bcc that proves delivery) is recorded and
    # never answered; after that, nothing changes.
    again = intake()
    assert again["kinds"] == {"from_us": 1} and again["send"]["sent"] == 0
    still = intake()
    assert still["unchanged"] is True and still["recorded"] == 0

    store = store_for(make_settings())
    with store.sessions() as session:
        [app] = list_applications(session)
        [mail_out] = list_outbox(session)
    assert app["email"] == "ada@mail.test" and app["resume"]["pages"] == 2
    assert app["status"] == "questions_sent"
    assert (mail_out["kind"], mail_out["status"]) == ("questions", "sent")

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["intake-summary"]))
        )
    assert any("| new applications | 1 |" in (a.data or "") for a in artifacts)


def test_digest_flow_mails_the_reviewers_once_a_day_and_leaves_a_summary(
    prefect_api, dovecot, smtp, program_mailbox, settings_env, make_settings, store_for, monkeypatch
):
    from datetime import timedelta

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.digest import digest
    from grantbox.review.auth import add_reviewer
    from grantbox.store.tables import utcnow
    from tests.review_seed import seed_application

    reviewer, _ = dovecot.add_user(f"rita-{program_mailbox.split('@')[0]}")
    mail = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
    for key, value in settings_env(**mail).items():
        if key.startswith("GRANTBOX_"):
            monkeypatch.setenv(key, value)
    settings = make_settings()
    store = store_for(settings)
    with store.transaction() as session:
        add_reviewer(session, "rita", "a long password", email=reviewer)

    quiet = digest()  # nothing waits: no email
    assert quiet["skipped"] and quiet["queued"] == [] and quiet["send"]["sent"] == 0

    seed_application(store, settings, name="Ada", at=utcnow() - timedelta(days=2))
    result = digest()
    assert (result["waiting"], result["queued"], result["send"]["sent"]) == (1, [reviewer], 1)
    [mail_out] = dovecot.messages(reviewer)
    assert b"X-Grantbox: digest" in mail_out
    again = digest()  # the same day: nothing more
    assert again["already_queued"] == [reviewer] and again["send"]["sent"] == 0

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["digest-summary"]))
        )
    tables = [a.data or "" for a in artifacts]
    assert any("| queued now | 1 |" in t and "| waiting for review | 1 |" in t for t in tables)
    assert any("| outcome | skipped: nothing waits" in t for t in tables)


def test_a_bad_configuration_fails_the_flow_at_once_without_retrying(prefect_api, monkeypatch):
    from flows.intake import intake

    monkeypatch.delenv("GRANTBOX_IMAP_HOST", raising=False)
    started = time.monotonic()
    state = intake(return_state=True)
    assert state.is_failed()
    assert "no mailbox configured" in str(state.result(raise_on_failure=False))
    assert time.monotonic() - started < 5  # no 5-10-20-40 s backoff for what cannot pass


def test_prefect_yaml_deploys_intake_with_a_schedule_and_one_at_a_time(prefect_api):
    from prefect.client.orchestration import get_client

    env = {**os.environ, "PREFECT_API_URL": prefect_api}
    prefect = [sys.executable, "-m", "prefect"]

    def run(*args: str) -> None:
        done = subprocess.run(
            [*prefect, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, done.stdout + done.stderr

    run("work-pool", "create", "grantbox", "--type", "process", "--overwrite")
    run("--no-prompt", "deploy", "--all")

    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name("intake/intake")
    assert deployment.entrypoint == "flows/intake.py:intake"
    assert deployment.work_pool_name == "grantbox"
    assert deployment.global_concurrency_limit is not None
    assert deployment.global_concurrency_limit.limit == 1
    assert deployment.concurrency_options is not None
    assert deployment.concurrency_options.collision_strategy == "CANCEL_NEW"
    [schedule] = deployment.schedules
    assert schedule.schedule.interval.total_seconds() == 60  # type: ignore[union-attr]
    with get_client(sync_client=True) as client:
        sender = client.read_deployment_by_name("send/send")
    assert sender.entrypoint == "flows/outbox.py:send"
    assert sender.global_concurrency_limit is not None
    assert sender.global_concurrency_limit.limit == 1
    with get_client(sync_client=True) as client:
        digest = client.read_deployment_by_name("digest/digest")
    assert digest.entrypoint == "flows/digest.py:digest"
    assert digest.global_concurrency_limit is not None
    assert digest.global_concurrency_limit.limit == 1
    [schedule] = digest.schedules
    assert schedule.schedule.cron == "0 8 * * *"  # type: ignore[union-attr]
