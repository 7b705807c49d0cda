"""Resume text extraction (and other work on applicants' data) in worker processes, with a
time limit per job and a memory limit per worker.

pdfminer.six dominates intake time (tens to hundreds of ms a page) and is pure Python, so a
pool of processes uses every core while the main process talks IMAP and SQL. The pool is also
the blast wall: every file the sender chose is read here, never in the main process (only
small plain text is read inline: decoding 64 KB costs microseconds and nothing in it grows).
A job that runs past `timeout` seconds is abandoned; a worker's address space is capped at
`memory_limit_bytes`, so a decompression or nesting bomb that the parsers' own caps miss ends
as a MemoryError (or a dead worker) in that worker; either way the job is recorded with the
reason, the pool is restarted, and the innocent jobs are run again.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import Any, Generic, Literal, TypeVar, cast

from grantbox.models import ResumeDocument
from parsers.resume import PDF, TEXT, read_resume, sniff_type

T = TypeVar("T")

DEFAULT_MEMORY_LIMIT = 1024**3
# Plain text up to this size is read in the calling process: no IPC for the common small
# .txt, and the work is a decode of at most this many bytes.
INLINE_TEXT_BYTES = 64 * 1024
# How often `wait` looks whether the worker running its job died (killed by the kernel's
# OOM killer, a segfault in a C extension): a lost task never completes on its own.
_POLL_SECONDS = 0.1
# A job's `timeout` runs from when a worker starts it, so a pool starting up or busy with the
# jobs ahead does not count against it. A job not started by then (timeout for each pending
# job, plus this) is given up on all the same: a wedged pool must not hang `wait`.
_START_GRACE_SECONDS = 60.0

LimitKind = Literal["timeout", "memory", "crashed"]


class ExtractionLimit(Exception):
    """A job in the pool took longer than the timeout, needed more memory than a worker may
    have, or its worker died. `str()` says which, for people."""

    def __init__(self, kind: LimitKind, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail  # for "crashed": the exception, when there was one


@dataclass(eq=False)
class Job(Generic[T]):
    """One piece of work: a file to read (`submit`) or a function call (`call`)."""

    label: str
    fn: Callable[..., T]
    args: tuple[Any, ...] = field(repr=False)
    kwargs: dict[str, Any] = field(repr=False)
    # What `wait` returns when a limit is hit; None: `wait` raises the ExtractionLimit.
    on_limit: Callable[[ExtractionLimit], T] | None = field(default=None, repr=False)
    id: int = 0
    result: AsyncResult[tuple[str, Any]] | None = field(default=None, repr=False)
    finished: bool = False
    value: T | None = field(default=None, repr=False)
    error: BaseException | None = field(default=None, repr=False)


# -- in the worker --------------------------------------------------------------------------

_started: Any = None  # the pool's SimpleQueue of (job id, worker pid), set by the initializer


def _init_worker(memory_limit: int, started: Any) -> None:
    global _started
    _started = started
    # RLIMIT_AS, not RSS: Linux enforces no RSS limit, and with this one an allocation past
    # the limit fails (a MemoryError) instead of the machine swapping or the OOM killer
    # choosing a process.
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_limit if hard == resource.RLIM_INFINITY else min(memory_limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _run(
    job_id: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[str, Any]:
    if _started is not None:
        # CLOCK_MONOTONIC is one clock for every process on the machine.
        _started.put((job_id, os.getpid(), time.monotonic()))
    try:
        return "ok", fn(*args, **kwargs)
    except MemoryError:
        # Everything the call built is unreachable by now, so there is room to report it.
        return "memory", None


def _read_file(data: bytes, declared_type: str, filename: str) -> ResumeDocument:
    return read_resume(data, declared_type=declared_type, filename=filename)


# -- in the caller ----------------------------------------------------------------------------


class ExtractionPool:
    """Submit files (or calls), then collect their results in any order."""

    def __init__(
        self,
        *,
        workers: int = 0,
        timeout: float = 60.0,
        memory_limit_bytes: int = DEFAULT_MEMORY_LIMIT,
    ) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self.memory_limit_bytes = memory_limit_bytes
        self._pool: Pool | None = None
        self._started: Any = None
        # job id -> (pid of the worker that took it, time.monotonic() when it did)
        self._running: dict[int, tuple[int, float]] = {}
        self._pending: list[Job[Any]] = []
        self._ids = itertools.count(1)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _ensure_pool(self) -> Pool:
        if self._pool is None:
            # forkserver, not fork: the caller may run inside Prefect's threads, and forking a
            # threaded process can deadlock the child.
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(
                ["parsers.resume", "grantbox.extraction", "grantbox.reading"]
            )
            # A fresh queue per pool: a worker killed while writing may leave its lock held.
            self._started = ctx.SimpleQueue()
            self._pool = ctx.Pool(
                self.workers,
                initializer=_init_worker,
                initargs=(self.memory_limit_bytes, self._started),
            )
            self._running = {}
        return self._pool

    def submit(
        self, data: bytes, *, declared_type: str = "", filename: str = ""
    ) -> Job[ResumeDocument]:
        """Start reading a file; `wait` gives its ResumeDocument, which says what went wrong
        (flags `extraction_timeout`, `extraction_too_large`, `extraction_failed` for the
        pool's limits) and never raises."""
        label = f"The file {filename!r}" if filename else "The file"
        sniffed = sniff_type(data)  # by magic numbers; zips are size-checked before opening

        def unreadable(limit: ExtractionLimit) -> ResumeDocument:
            return _limit_document(sniffed, label, limit)

        job: Job[ResumeDocument] = Job(
            label=label,
            fn=_read_file,
            args=(data, declared_type, filename),
            kwargs={},
            on_limit=unreadable,
        )
        # Only what cannot grow is read here: formats we do not read (images, programs,
        # HTML: the sniff already decided) and small plain text.
        inline = sniffed not in _WORKER_TYPES or (
            sniffed == TEXT and len(data) <= INLINE_TEXT_BYTES
        )
        if inline:
            job.value = _read_file(data, declared_type, filename)
            job.finished = True
            job.args = ()
            return job
        self._start(job)
        return job

    def call(self, fn: Callable[..., T], *args: Any, label: str) -> Job[T]:
        """Run `fn(*args)` in a worker under the same limits. `fn` must be a module-level
        function and the arguments picklable. `wait` returns its result, re-raises its
        exception, or raises ExtractionLimit; `label` names the work in that message
        ("Parsing message 42")."""
        job: Job[T] = Job(label=label, fn=fn, args=args, kwargs={})
        self._start(job)
        return job

    def _start(self, job: Job[Any]) -> None:
        # Also read the start notices here: a caller that submits many jobs before waiting
        # must not fill the pipe (a worker writing to a full pipe would block).
        self._drain_started()
        job.id = next(self._ids)
        job.result = self._ensure_pool().apply_async(_run, (job.id, job.fn, job.args, job.kwargs))
        self._pending.append(job)

    def wait(self, job: Job[T]) -> T:
        if not job.finished:
            self._collect(job)
        if job.error is not None:
            raise job.error
        return cast(T, job.value)  # finished without an error: the function's result

    def _collect(self, job: Job[Any]) -> None:
        assert job.result is not None
        queue_deadline = time.monotonic() + self.timeout * len(self._pending) + _START_GRACE_SECONDS
        limit: ExtractionLimit | None = None
        while limit is None:
            self._drain_started()
            running = self._running.get(job.id)
            deadline = running[1] + self.timeout if running else queue_deadline
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                limit = ExtractionLimit(
                    "timeout", f"{job.label} took longer than {self.timeout:g} s"
                )
                break
            job.result.wait(min(_POLL_SECONDS, remaining))
            if job.result.ready():
                break
            if running and not _alive(running[0]):
                limit = ExtractionLimit("crashed", f"{job.label} made the process reading it crash")
        if limit is None:
            try:
                status, value = job.result.get(timeout=0)
            except Exception as e:  # the function's own exception, or unpicklable arguments
                if job.on_limit is None:
                    self._finish(job, error=e)
                else:  # read_resume never raises: this is a library failing under it
                    crash = ExtractionLimit(
                        "crashed", f"{job.label} failed", detail=f"{type(e).__name__}: {e}"
                    )
                    self._finish(job, value=job.on_limit(crash))
                return
            if status == "ok":
                self._finish(job, value=value)
                return
            limit = ExtractionLimit(
                "memory",
                f"{job.label} needed more than {self.memory_limit_bytes // 2**20} MB of memory",
            )
        if job.on_limit is not None:
            self._finish(job, value=job.on_limit(limit))
        else:
            self._finish(job, error=limit)
        # The worker is stuck, dead, or just had an allocation fail (libraries may be left in
        # a poor state): start afresh, re-running the innocent jobs.
        self._restart()

    def _finish(
        self, job: Job[Any], *, value: Any = None, error: BaseException | None = None
    ) -> None:
        job.value, job.error, job.finished = value, error, True
        job.args, job.kwargs = (), {}  # the bytes are stored already; let them go
        self._running.pop(job.id, None)
        if job in self._pending:
            self._pending.remove(job)

    def _drain_started(self) -> None:
        while self._started is not None and not self._started.empty():
            job_id, pid, started_at = self._started.get()
            self._running[job_id] = (pid, started_at)

    def _restart(self) -> None:
        """Kill the stuck worker (and its siblings) and resubmit the innocent jobs."""
        for job in list(self._pending):
            # Results already computed by the other workers are kept, not computed again
            # (a second run could itself time out against the fresh pool's start-up).
            if job.result is not None and job.result.ready():
                with contextlib.suppress(Exception):
                    status, value = job.result.get(timeout=0)
                    if status == "ok":
                        self._finish(job, value=value)
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        innocent = list(self._pending)
        self._pending = []
        for job in innocent:
            self._start(job)

    def close(self) -> None:
        """Stop the workers and forget every job not collected (a pass that failed half-way
        leaves some); the next job starts the workers again."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        self._pending = []
        self._running.clear()


# Read in a worker: every format whose reading can grow (compressed or nested), and text.
_WORKER_TYPES = frozenset(
    {
        PDF,
        TEXT,
        "application/rtf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    }
)


def _alive(pid: int) -> bool:
    # Workers are the forkserver's children, which it reaps at once: a dead one is gone.
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's new process took the pid: ours is gone
        return False
    return True


def _limit_document(sniffed: str, label: str, limit: ExtractionLimit) -> ResumeDocument:
    advice = "please send it as a PDF exported from your editor, or a DOCX."
    if limit.kind == "timeout":
        flag = "extraction_timeout"
        problem = f"{limit} to read and was abandoned; {advice}"
    elif limit.kind == "memory":
        flag = "extraction_too_large"
        problem = f"{label} could not be read: it needs more memory than allowed; {advice}"
    else:
        flag = "extraction_failed"
        reason = limit.detail or "the program reading it crashed"
        problem = f"{label} could not be read: {reason}; {advice}"
    return ResumeDocument(sniffed_type=sniffed, flags=[flag], problem=problem)
