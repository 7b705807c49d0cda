"""When a flow's task should try again: after a system fault (a server down, a dropped
connection), not after a mistake that waiting cannot fix (a bad configuration)."""

from __future__ import annotations

from typing import Any

from prefect.tasks import exponential_backoff

from grantbox.errors import ConfigError


def worth_retrying(task: Any, task_run: Any, state: Any) -> bool:
    return not isinstance(state.data, ConfigError)


# Four more tries over about five minutes: 5, 10, 20, 40 s, each +-50 %.
RETRIES: dict[str, Any] = {
    "retries": 4,
    "retry_delay_seconds": exponential_backoff(backoff_factor=5),
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": worth_retrying,
}
