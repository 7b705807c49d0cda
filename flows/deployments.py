"""grantbox's deployments and their schedules, in one place.

`grantbox serve` serves these with `prefect.serve()`; prefect.yaml describes the same six for
`prefect deploy --all` and workers (tests/integration/test_deploy.py checks the two agree).
Every deployment runs one at a time: a run that overruns its slot makes the next one cancel
itself rather than two passes racing over the same mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment


@dataclass(frozen=True)
class Deployment:
    name: str
    entrypoint: str  # module:function, as prefect.yaml names it (with a path)
    description: str
    interval: float | None = None  # seconds
    cron: str | None = None  # UTC


DEPLOYMENTS = (
    Deployment(
        "intake",
        "flows.intake:intake",
        "Take in every email that arrived since the last run, exactly once.",
        interval=60,
    ),
    Deployment(
        "send", "flows.outbox:send", "Deliver queued outgoing mail, and retry what failed.", 60
    ),
    Deployment(
        "chase",
        "flows.chase:chase",
        "Remind applicants who have gone quiet; close the silent ones.",
        cron="0 9 * * *",
    ),
    Deployment(
        "checkins",
        "flows.checkins:checkins",
        "Start and end grants on their dates; send the check-ins due; chase silent grantees.",
        cron="15 9 * * *",
    ),
    Deployment(
        "digest",
        "flows.digest:digest",
        "Email the reviewers what waits for them (skipped when nothing does).",
        cron="0 8 * * *",
    ),
    Deployment(
        "retention",
        "flows.retention:retention",
        "Erase what the retention settings say is past its time (nothing when they are off).",
        cron="30 3 * * *",
    ),
)


def _flow(entrypoint: str) -> Any:
    import importlib

    module, function = entrypoint.split(":")
    return getattr(importlib.import_module(module), function)


def runner_deployments(intake_every: float | None = None) -> list[RunnerDeployment]:
    """The deployments for `prefect.serve()`; `intake_every` overrides intake's interval."""
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.client.schemas.schedules import CronSchedule, IntervalSchedule
    from prefect.deployments.runner import EntrypointType

    deployments = []
    for d in DEPLOYMENTS:
        interval = intake_every if d.name == "intake" and intake_every else d.interval
        schedule = (
            IntervalSchedule(interval=interval)  # type: ignore[arg-type]
            if interval
            else CronSchedule(cron=d.cron or "", timezone="UTC")
        )
        deployments.append(
            _flow(d.entrypoint).to_deployment(
                name=d.name,
                description=d.description,
                schedule=schedule,
                paused=False,  # `serve` pauses them when it stops; a new `serve` resumes
                concurrency_limit=ConcurrencyLimitConfig(
                    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
                ),
                # By module, so the flow runs wherever grantbox is installed, whatever the cwd.
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        )
    return deployments
