"""How far a long intake pass is: a first sync of a mailbox with years of mail.

`SyncProgress` is an intake `Progress` callback (grantbox.intake): pass it to `run_intake`.
On a terminal it shows a Rich progress bar (count, rate, time left); otherwise it writes a
plain line every `GRANTBOX_PROGRESS_INTERVAL_SECONDS` (and one at the end). A pass with
fewer than `min_total` emails to take in shows nothing: the everyday pass stays quiet.

It writes to stderr, so `--json` output on stdout stays clean. A pass killed at any point
resumes where it stopped (intake records each email with the watermark); the next pass shows
only what is left.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from grantbox.config import Settings


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"


class _RateColumn(ProgressColumn):
    """Emails per second, as Rich measures it over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "…/s")


class SyncProgress:
    """Call it with (done, total); use as a context manager around the pass."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        stream: TextIO | None = None,
        terminal: bool | None = None,  # None: whether `stream` is a terminal
        interval: float | None = None,
        min_total: int = 50,
        label: str = "taking in mail",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        default = settings.progress_interval_seconds if settings is not None else 10.0
        self.interval = default if interval is None else interval
        self.min_total = min_total
        self.label = label
        self.lines = 0  # plain lines written (for tests)
        self._started: float | None = None
        self._next_line = 0.0
        self._last: tuple[int, int] = (0, 0)
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> SyncProgress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __call__(self, done: int, total: int) -> None:
        if total < self.min_total:
            return
        now = time.monotonic()
        if self._started is None:
            self._started = now
            self._next_line = now + self.interval
            if self.terminal:
                self._start_bar(total)
        self._last = (done, total)
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=done, total=total)
        elif now >= self._next_line:
            self._next_line = now + self.interval
            self._line(done, total, now)

    def _start_bar(self, total: int) -> None:
        console = Console(file=self.stream, force_terminal=True)
        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=False,
            refresh_per_second=4,
        )
        self._task = self._bar.add_task(self.label, total=total)
        self._bar.start()

    def _rate(self, done: int, now: float) -> float:
        elapsed = now - (self._started or now)
        return done / elapsed if elapsed > 0 else 0.0

    def _line(self, done: int, total: int, now: float) -> None:
        rate = self._rate(done, now)
        left = (total - done) / rate if rate > 0 else None
        share = 100.0 * done / total if total else 100.0
        eta = f", about {_duration(left)} left" if left is not None and done < total else ""
        self.stream.write(
            f"{self.label}: {done}/{total} emails ({share:.0f} %), {rate:.1f}/s{eta}\n"
        )
        self.stream.flush()
        self.lines += 1

    def close(self) -> None:
        """End the display: the bar's last state, or a last plain line."""
        if self._started is None:
            return
        done, total = self._last
        now = time.monotonic()
        if self._bar is not None:
            if self._task is not None:
                self._bar.update(self._task, completed=done)
            self._bar.stop()
            self._bar = None
        else:
            self._line(done, total, now)
        self._started = None
