"""`grantbox serve`: the whole product in one command on one machine.

Every flow on its schedule (`prefect.serve()`, the deployments in flows/deployments.py), the
IMAP IDLE watcher (grantbox/watch.py) and the review web app, in one process. Prefect's
ephemeral mode cannot run schedules, so with no PREFECT_API_URL set we start a local
`prefect server start` (its SQLite under <data dir>/prefect, so run history survives
restarts), restart it if it dies, and stop it when we stop. With PREFECT_API_URL set (a
shared server on PostgreSQL), we use that instead.

Shutdown on SIGINT or SIGTERM: the runner stops taking runs and cancels any in flight (safe:
every step of intake and sending survives being killed at any line; tests/integration/
test_kill.py and test_sender_kill.py prove it), then the watcher, the review app and the
local Prefect server stop, in that order.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING

from grantbox.blobs import private_dir
from grantbox.config import Settings
from grantbox.errors import GrantboxError

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

log = logging.getLogger(__name__)


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex((host, port)) == 0


class LocalPrefectServer:
    """`prefect server start` on loopback in a child process, supervised."""

    def __init__(
        self,
        home: Path,
        port: int = 4200,
        *,
        env: dict[str, str] | None = None,
        startup_timeout: float = 180.0,
    ) -> None:
        self.home = home
        self.env = env or {}  # e.g. PREFECT_API_DATABASE_CONNECTION_URL for PostgreSQL
        self.port = port
        self.api_url = f"http://127.0.0.1:{port}/api"
        self.startup_timeout = startup_timeout
        self.restarts = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._stopping = threading.Event()
        self._supervisor = threading.Thread(target=self._supervise, daemon=True)

    def __enter__(self) -> LocalPrefectServer:
        if _port_in_use("127.0.0.1", self.port):
            raise GrantboxError(
                f"port {self.port} is taken: to use the Prefect server there, set "
                f"PREFECT_API_URL={self.api_url}; otherwise pick another --prefect-port"
            )
        private_dir(self.home, tighten=True)  # its database holds every flow run's parameters
        self._log = (self.home / "server.log").open("ab")
        self._start()
        self._supervisor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _start(self) -> None:
        env = {
            **os.environ,
            "PREFECT_HOME": str(self.home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            **self.env,
        }
        env.pop("PREFECT_API_URL", None)
        command = [sys.executable, "-m", "prefect", "server", "start"]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        # Its own session: a Ctrl-C at the terminal reaches us, and we stop it last, after
        # the runner has reported its runs' states to it.
        self._process = subprocess.Popen(
            command, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + self.startup_timeout
        while not self.healthy():
            if self._process.poll() is not None:
                raise GrantboxError(
                    f"the local Prefect server exited ({self._process.returncode}); "
                    f"see {self.home / 'server.log'}"
                )
            if time.monotonic() > deadline:
                raise GrantboxError(f"the local Prefect server did not start on {self.api_url}")
            time.sleep(0.25)

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:  # noqa: S310
                return bool(response.status == 200)
        except OSError:
            return False

    def _supervise(self) -> None:
        backoff = 1.0
        while not self._stopping.wait(1.0):
            if self._process is None or self._process.poll() is None:
                continue
            log.warning(
                "the local Prefect server exited (%s); restarting in %.0f s",
                self._process.returncode,
                backoff,
            )
            if self._stopping.wait(backoff):
                return
            try:
                self._start()
                self.restarts += 1
                backoff = 1.0
            except GrantboxError as e:
                log.error("%s", e)
                backoff = min(backoff * 2, 60.0)

    def stop(self) -> None:
        self._stopping.set()
        if self._supervisor.is_alive():
            self._supervisor.join(timeout=5)
        process = self._process
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the server and its uvicorn workers
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if self._log is not None:
            self._log.close()


def _refuse_to_take_over_workers(deployments: list[RunnerDeployment]) -> None:
    """Serving a deployment that `prefect deploy` gave to a work pool would take it from the
    workers, and pause it when `serve` stops: refuse instead."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        for d in deployments:
            try:
                existing = client.read_deployment_by_name(f"{d.flow_name}/{d.name}")
            except ObjectNotFound:
                continue
            if existing.work_pool_name:
                raise GrantboxError(
                    f"the Prefect server at PREFECT_API_URL already runs {d.flow_name}/{d.name} "
                    f"on work pool {existing.work_pool_name!r} (prefect deploy): its workers run "
                    "the flows there; start only the review app (grantbox review)"
                )


@contextmanager
def _watching(settings: Settings) -> Iterator[None]:
    """`grantbox watch` in a thread: intake passes the moment mail arrives, beside the
    scheduled ones (passes side by side take turns; tests/integration/
    test_concurrent_intake.py)."""
    from grantbox.store import open_store
    from grantbox.watch import Watcher

    store = open_store(settings)
    watcher = Watcher(settings, store)
    thread = threading.Thread(target=watcher.run, name="grantbox-watch", daemon=True)
    thread.start()
    try:
        yield
    finally:
        watcher.stop()
        thread.join(timeout=30)  # a pass in progress finishes: it is one transaction per email
        store.dispose()


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    prefect_port: int = 4200,
    intake_every: float | None = None,
    watch: bool = True,
    say: IO[str] = sys.stderr,
) -> None:
    """Serve the flows and the review app until SIGINT or SIGTERM; with `watch` (and a
    mailbox configured) also the IDLE watcher, so mail is answered within seconds."""
    # Until the runner installs its own handler, SIGTERM unwinds like Ctrl-C, so the local
    # Prefect server never outlives us. SIGINT is taken explicitly too: a process started in
    # the background by a script inherits SIGINT ignored, and Python then never turns it into
    # KeyboardInterrupt (a `kill -INT` would be lost and serve would run on).
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with ExitStack() as stack:
        api_url = os.environ.get("PREFECT_API_URL")
        if not api_url:
            home = settings.data_dir.resolve() / "prefect"
            print(f"starting a local Prefect server (state in {home}) ...", file=say, flush=True)
            api_url = stack.enter_context(LocalPrefectServer(home, prefect_port)).api_url
            # Flow runs are child processes: they find the server through the environment.
            os.environ["PREFECT_API_URL"] = api_url
        os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

        from prefect import serve as prefect_serve
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from flows.deployments import runner_deployments
        from grantbox.review.web import BackgroundServer, create_app

        stack.enter_context(temporary_settings({PREFECT_API_URL: api_url}))
        deployments = runner_deployments(intake_every)
        _refuse_to_take_over_workers(deployments)
        review = stack.enter_context(BackgroundServer(create_app(settings), host, port))
        watching = watch and bool(settings.imap_host)
        if watching:
            stack.enter_context(_watching(settings))
        ui = api_url.removesuffix("/api")
        print(
            f"grantbox serve: review app on {review.url}, Prefect on {ui}; "
            f"flows: {', '.join(d.name for d in deployments)}"
            f"{'; IMAP IDLE watcher on' if watching else ''}. Ctrl-C stops.",
            file=say,
            flush=True,
        )
        with suppress(KeyboardInterrupt):  # Ctrl-C: the runner has stopped; unwind the rest
            prefect_serve(*deployments, print_starting_message=False)
        print("grantbox serve: stopping ...", file=say, flush=True)
