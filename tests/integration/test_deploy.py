"""Running grantbox the ways the README tells an operator to:

* `grantbox serve` on one machine: its own Prefect server, every flow on its schedule and the
  review app in one command; mail is answered; Ctrl-C stops all of it.
* prefect.yaml deployed with the real `prefect deploy --all` to a `prefect server start` on a
  loopback port (on SQLite, and on PostgreSQL as at scale), a real process worker started with
  `prefect worker start`, the intake deployment triggered and its flow run completing with the
  application recorded.
"""

from __future__ import annotations

import os
import re
import signal
import smtplib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from flows.deployments import DEPLOYMENTS
from grantbox.intake import open_mailbox, run_intake
from grantbox.serve import LocalPrefectServer
from grantbox.store.queries import list_applications
from grantbox.watch import heartbeat_path
from tests.factories import application_email, resume_pdf
from tests.mailservers import drop_postgres_database, free_port, postgres_url

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def wait_for(condition, timeout: float, what: str, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    tail = log.read_text(errors="replace")[-4000:] if log and log.exists() else ""
    raise AssertionError(f"{what}: not within {timeout} s\n{tail}")


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def first_pass_on_the_empty_inbox(settings, store) -> None:
    """What follows is new mail, not a backlog that is recorded without a reply."""
    mailbox = open_mailbox(settings)
    try:
        run_intake(settings, store, mailbox)
    finally:
        mailbox.close()


def send_application(smtp, sender: str, to: str) -> None:
    raw = application_email(
        sender, to=to, attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
    )
    with smtplib.SMTP(smtp.host, smtp.port) as client:
        client.sendmail(sender, [to], raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def test_prefect_yaml_describes_the_deployments_grantbox_serve_serves():
    """One list of schedules: prefect.yaml (for workers) and flows/deployments.py (for
    `grantbox serve`) must not drift apart."""
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    in_yaml = {}
    for d in spec["deployments"]:
        [schedule] = d["schedules"]
        path, function = d["entrypoint"].split(":")
        in_yaml[d["name"]] = (
            f"{path.removesuffix('.py').replace('/', '.')}:{function}",
            schedule.get("interval"),
            schedule.get("cron"),
            d["work_pool"]["name"],
            d["concurrency_limit"],
        )
        if "cron" in schedule:
            assert schedule["timezone"] == "UTC"
    one_at_a_time = {"limit": 1, "collision_strategy": "CANCEL_NEW"}
    assert in_yaml == {
        d.name: (d.entrypoint, d.interval, d.cron, "grantbox", one_at_a_time) for d in DEPLOYMENTS
    }


# ----------------------------------------------------------------------- grantbox serve


@dataclass
class Serving:
    proc: subprocess.Popen[bytes]
    log: Path
    review_port: int
    prefect_port: int

    def stopped(self) -> int:
        started = time.monotonic()
        try:
            code = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            tree = subprocess.run(
                ["ps", "-o", "pid,etime,args", "--forest", "-g", str(self.proc.pid)],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            raise AssertionError(
                f"serve did not stop within 60 s of Ctrl-C; its processes:\n{tree}\n"
                f"its log:\n{self.log.read_text()[-4000:]}"
            ) from None
        print(f"serve stopped {time.monotonic() - started:.1f} s after Ctrl-C")
        return code


@contextmanager
def grantbox_serve(env: dict[str, str], cwd: Path, *args: str) -> Iterator[Serving]:
    """`grantbox serve` in its own process group (as a terminal makes one: Ctrl-C goes to the
    whole group), up once the review app answers; killed afterwards if the test did not
    stop it."""
    env = {**env, "PREFECT_HOME": str(cwd / "prefect-client")}
    env.pop("PREFECT_API_URL", None)  # the embedded default: serve starts its own server
    review_port, prefect_port = free_port(), free_port()
    command = [str(BIN / "grantbox"), "serve", "--port", str(review_port)]
    command += ["--prefect-port", str(prefect_port), *args]
    log = cwd / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        wait_for(lambda: listening(review_port), 240, "the review app", log)
        yield Serving(proc, log, review_port, prefect_port)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_grantbox_serve_answers_mail_on_schedule_serves_reviews_and_stops_on_ctrl_c(
    dovecot, smtp, program_mailbox, make_settings, settings_env, store_for, tmp_path
):
    mail = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
    settings = make_settings(**mail)
    first_pass_on_the_empty_inbox(settings, store_for(settings))
    applicant, _ = dovecot.add_user(f"serve-{program_mailbox.split('@')[0]}")

    # No watcher: only the schedule can answer.
    with grantbox_serve(
        settings_env(**mail), tmp_path, "--intake-every", "2", "--no-watch"
    ) as serving:
        assert listening(serving.prefect_port)
        with urllib.request.urlopen(f"http://127.0.0.1:{serving.review_port}/signin") as page:
            assert page.status == 200 and b"Sign in" in page.read()

        send_application(smtp, applicant, program_mailbox)
        # Scheduled intake records it and the send task delivers the questions.
        wait_for(lambda: len(dovecot.messages(applicant)) == 1, 120, "the questions", serving.log)
        store = store_for(settings)
        with store.sessions() as session:
            [app] = list_applications(session)
        assert app["email"] == applicant and app["status"] == "questions_sent"
        # The local Prefect server keeps its state in the data dir, so history survives.
        assert (settings.data_dir / "prefect" / "prefect.db").exists()

        os.killpg(serving.proc.pid, signal.SIGINT)  # Ctrl-C
        assert serving.stopped() == 0, serving.log.read_text()[-4000:]
        wait_for(lambda: not listening(serving.prefect_port), 30, "the Prefect server to stop")
        assert not listening(serving.review_port)
        with pytest.raises(ProcessLookupError):  # nothing of the group is left behind
            os.killpg(serving.proc.pid, 0)
        assert len(dovecot.messages(applicant)) == 1  # answered once


def test_grantbox_serve_answers_within_seconds_by_idle_and_stops_cleanly_on_sigterm(
    dovecot, smtp, program_mailbox, make_settings, settings_env, store_for, tmp_path
):
    env = {**settings_env(), "PREFECT_HOME": str(tmp_path / "prefect-client")}
    env.pop("PREFECT_API_URL", None)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        done = subprocess.run(
            [str(BIN / "grantbox"), "serve", "--prefect-port", str(busy)],
            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    assert f"port {busy} is taken" in done.stderr and "PREFECT_API_URL" in done.stderr

    mail = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
    settings = make_settings(**mail)
    first_pass_on_the_empty_inbox(settings, store_for(settings))
    applicant, _ = dovecot.add_user(f"idle-{program_mailbox.split('@')[0]}")
    # The schedule hourly: an answer within seconds can only come from the IDLE watcher.
    with grantbox_serve(settings_env(**mail), tmp_path, "--intake-every", "3600") as serving:
        wait_for(lambda: heartbeat_path(settings).exists(), 60, "the watcher", serving.log)
        started = time.monotonic()
        send_application(smtp, applicant, program_mailbox)
        wait_for(lambda: len(dovecot.messages(applicant)) == 1, 30, "the questions", serving.log)
        assert time.monotonic() - started < 10
        serving.proc.send_signal(signal.SIGTERM)  # what systemd or `docker stop` sends
        assert serving.stopped() == 0, serving.log.read_text()[-4000:]
        wait_for(lambda: not listening(serving.prefect_port), 30, "the Prefect server to stop")


def test_the_local_prefect_server_is_restarted_when_it_dies(tmp_path):
    with LocalPrefectServer(tmp_path / "prefect-server", free_port()) as server:
        first = server._process
        assert first is not None and server.healthy()
        os.killpg(first.pid, signal.SIGKILL)  # the OOM killer, say
        wait_for(lambda: server.restarts == 1 and server.healthy(), 180, "a restarted server")
        assert server._process is not first
    assert server._process.poll() is not None and not listening(server.port)


# ------------------------------------------------ prefect deploy + a process worker


@pytest.fixture(params=["sqlite", "postgresql"])
def prefect_server(request, tmp_path) -> Iterator[tuple[str, str]]:
    """A `prefect server start` on a loopback port with a temp PREFECT_HOME, on SQLite or
    on PostgreSQL; yields (its API URL, the grantbox database URL to use beside it)."""
    env = {
        # Deterministic: only the run the test triggers (the schedules are checked above and
        # exercised by `grantbox serve`); a scheduled intake could collide with it.
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    }
    databases = []
    if request.param == "postgresql":
        prefect_db, grantbox_db = postgres_url("prefect_test"), postgres_url()
        databases = [prefect_db, grantbox_db]
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = prefect_db.replace("+psycopg", "+asyncpg")
    else:
        grantbox_db = f"sqlite:///{tmp_path / 'grantbox.db'}"
    try:
        with LocalPrefectServer(tmp_path / "prefect-server", free_port(), env=env) as server:
            yield server.api_url, grantbox_db
    finally:
        for url in databases:
            drop_postgres_database(url)


def test_a_process_worker_runs_the_deployed_intake_flow(
    prefect_server,
    dovecot,
    smtp,
    program_mailbox,
    make_settings,
    settings_env,
    store_for,
    tmp_path,
):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api_url, database_url = prefect_server
    mail = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
    settings = make_settings(database_url=database_url, **mail)
    store = store_for(settings)
    first_pass_on_the_empty_inbox(settings, store)
    applicant, _ = dovecot.add_user(f"worker-{program_mailbox.split('@')[0]}")
    send_application(smtp, applicant, program_mailbox)

    env = {
        **settings_env(database_url=database_url, **mail),
        "PREFECT_API_URL": api_url,
        "PREFECT_HOME": str(tmp_path / "prefect-client"),
        "PREFECT_WORKER_QUERY_SECONDS": "1",
    }

    def prefect(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "prefect", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    # The README's commands, as written there.
    prefect("work-pool", "create", "grantbox", "--type", "process")
    prefect("--no-prompt", "deploy", "--all")
    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        # Started elsewhere: the flow runs in the directory `prefect deploy` recorded.
        worker = subprocess.Popen(
            [sys.executable, "-m", "prefect", "worker", "start", "--pool", "grantbox"],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        output = prefect("deployment", "run", "intake/intake")
        run_id = re.search(r"UUID:\s*([0-9a-f-]{36})", output)
        assert run_id, output

        def final_state():
            with (
                temporary_settings({PREFECT_API_URL: api_url}),
                get_client(sync_client=True) as client,
            ):
                state = client.read_flow_run(run_id.group(1)).state
            return state if state is not None and state.is_final() else None

        wait_for(lambda: final_state() is not None, 180, "the flow run", log)
        state = final_state()
        assert state is not None and state.is_completed(), (state, log.read_text()[-4000:])
        with store.sessions() as session:
            [app] = list_applications(session)
        assert app["email"] == applicant and app["status"] == "questions_sent"
        assert len(dovecot.messages(applicant)) == 1

        # `grantbox serve` pointed at this server would take the deployments from the
        # workers (and pause them when it stops): it refuses and says what to run instead.
        refused = subprocess.run(
            [str(BIN / "grantbox"), "serve", "--port", str(free_port())],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "work pool 'grantbox'" in refused.stderr and "grantbox review" in refused.stderr
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
