"""Who may do what: three roles, each with every permission of the one below it.

One table, read top to bottom: a reviewer views, scores, declares a conflict of interest and
takes applications; a chair also decides (decide, cancel, ask, withdraw and the "needs a
human" actions), changes grants and shares out the work; an admin also manages reviewers and
settings. A declared conflict of interest recuses ANY role from that application, admins
included: no page, no attachments, no raw messages, no reviews, no score, no decision.

`require` is the one check the web app and the CLI both call, inside the transaction that
then acts, so a reviewer disabled or recused meanwhile is refused.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox.errors import GrantboxError
from grantbox.store.tables import ConflictOfInterest, Reviewer

ROLES = ("admin", "chair", "reviewer")
ACTIONS = ("view", "score", "coi", "take", "decide", "grants", "assign", "manage")

_REVIEWER = frozenset({"view", "score", "coi", "take"})
_CHAIR = _REVIEWER | {"decide", "grants", "assign"}
PERMISSIONS: dict[str, frozenset[str]] = {
    "reviewer": _REVIEWER,
    "chair": _CHAIR,
    "admin": _CHAIR | {"manage"},
}


class NotAllowed(GrantboxError):
    """The acting reviewer may not do this (unknown, disabled, role, or recused). The web
    app answers 403; the CLI exits non-zero with this one line."""


def can(role: str, action: str) -> bool:
    """Whether `role` may do `action`. An unknown action is a bug in the caller, not a no."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in PERMISSIONS.get(role, frozenset())


def check_role(role: str) -> str:
    if role not in ROLES:
        raise GrantboxError(f"unknown role {role!r}: admin, chair or reviewer")
    return role


def recused(session: Session, app_id: int, reviewer_id: int) -> bool:
    return (
        session.scalar(
            select(ConflictOfInterest.id).where(
                ConflictOfInterest.application_id == app_id,
                ConflictOfInterest.reviewer_id == reviewer_id,
            )
        )
        is not None
    )


def allowed(
    session: Session, reviewer: Reviewer, action: str, app_id: int | None = None
) -> Reviewer:
    """`reviewer` if she may do `action` (on `app_id`); NotAllowed naming why otherwise."""
    if reviewer.disabled:
        raise NotAllowed(f"reviewer {reviewer.name} is disabled")
    if not can(reviewer.role, action):
        raise NotAllowed(f"reviewer {reviewer.name} ({reviewer.role}) may not {action}")
    if app_id is not None and recused(session, app_id, reviewer.id):
        raise NotAllowed(
            f"reviewer {reviewer.name} declared a conflict of interest with GB-{app_id} "
            "and is recused from it"
        )
    return reviewer


def require(
    session: Session, reviewer_name: str, action: str, app_id: int | None = None
) -> Reviewer:
    """The enabled reviewer called `reviewer_name`, if her role allows `action` and she is
    not recused from `app_id`; NotAllowed otherwise (an unknown name too)."""
    reviewer = session.scalars(select(Reviewer).where(Reviewer.name == reviewer_name)).first()
    if reviewer is None:
        raise NotAllowed(f"no reviewer {reviewer_name!r}")
    return allowed(session, reviewer, action, app_id)
