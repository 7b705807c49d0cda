"""Resume text extraction in worker processes, with a time limit per file.

pdfminer.six dominates intake time (tens to hundreds of ms a page) and is pure Python, so a
pool of processes uses every core while the main process talks IMAP and SQL. The pool is also
the blast wall: a PDF that makes pdfminer spin or crash its worker is abandoned after
`timeout` seconds and recorded with that reason, and the rest of the inbox keeps flowing.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType

from grantbox.models import ResumeDocument
from parsers.resume import read_resume, sniff_type

# Types worth a worker process; everything else is read inline (it costs microseconds).
_SLOW_TYPES = frozenset(
    {
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
)


@dataclass
class Job:
    data: bytes = field(repr=False)
    declared_type: str
    filename: str
    result: AsyncResult[ResumeDocument] | None = None
    done: ResumeDocument | None = None


def _label(job: Job) -> str:
    return f"The file {job.filename!r}" if job.filename else "The file"


class ExtractionPool:
    """Submit files, then collect their `ResumeDocument`s in any order."""

    def __init__(self, *, workers: int = 0, timeout: float = 60.0) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.timeout = timeout
        self._pool: Pool | None = None
        self._pending: list[Job] = []

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
            ctx.set_forkserver_preload(["parsers.resume"])
            self._pool = ctx.Pool(self.workers)
        return self._pool

    def submit(self, data: bytes, *, declared_type: str = "", filename: str = "") -> Job:
        job = Job(data=data, declared_type=declared_type, filename=filename)
        if sniff_type(data) not in _SLOW_TYPES:
            job.done = read_resume(data, declared_type=declared_type, filename=filename)
            return job
        self._start(job)
        return job

    def _start(self, job: Job) -> None:
        job.result = self._ensure_pool().apply_async(
            read_resume,
            (job.data,),
            {"declared_type": job.declared_type, "filename": job.filename},
        )
        self._pending.append(job)

    def wait(self, job: Job) -> ResumeDocument:
        if job.done is not None:
            return job.done
        assert job.result is not None
        try:
            job.done = job.result.get(timeout=self.timeout)
        except multiprocessing.TimeoutError:
            job.done = ResumeDocument(
                sniffed_type=sniff_type(job.data),
                flags=["extraction_timeout"],
                problem=f"{_label(job)} took longer than {self.timeout:g} s to read and was "
                "abandoned; please send it as a PDF exported from your editor, or a DOCX.",
            )
            self._restart()
        except Exception as e:  # read_resume never raises; this is the worker dying under it
            job.done = ResumeDocument(
                sniffed_type=sniff_type(job.data),
                flags=["extraction_failed"],
                problem=f"{_label(job)} could not be read: {type(e).__name__}: {e}",
            )
        if job in self._pending:
            self._pending.remove(job)
        job.data = b""  # the bytes are stored already; let them go
        return job.done

    def _restart(self) -> None:
        """Kill the stuck worker (and its siblings) and resubmit the innocent jobs."""
        for job in self._pending:
            # Results already computed by the other workers are kept, not computed again
            # (a second run could itself time out against the fresh pool's start-up).
            if job.done is None and job.result is not None and job.result.ready():
                with contextlib.suppress(Exception):
                    job.done = job.result.get(timeout=0)
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        innocent = [j for j in self._pending if j.done is None]
        self._pending = []
        for job in innocent:
            self._start(job)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
