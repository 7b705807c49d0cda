"""Reviewers' scorecards: a score per rubric criterion, a recommendation and a comment.

A review is a draft until submitted; a submitted review can be revised (each submission and
revision is an event on the application's timeline, without its scores: the timeline is
shown to reviewers who may not see the scores yet). What a reviewer sees of the others'
reviews is `reviews_view`: nothing but how many there are until she has submitted her own
(`hide_reviews_until_submitted`), unless she is a chair or an admin, who decides with every
review in view. A reviewer recused from an application sees none of it and scores nothing;
a review by someone recused later no longer counts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from statistics import fmean
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.committee.conflicts import recused_ids
from grantbox.committee.roles import allowed, can
from grantbox.committee.rubric import Rubric, rubric_for
from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.review.decisions import Conflict, NotFound
from grantbox.states import Status
from grantbox.store.tables import (
    Application,
    ConflictOfInterest,
    Review,
    Reviewer,
    iso,
    utcnow,
)

RECOMMENDATIONS = ("approve", "reject", "waitlist", "abstain")
# Applications a review can be given or revised on: waiting for a decision, or for the
# applicant's answer to a reviewer's question.
REVIEWABLE = frozenset({Status.ready_for_review.value, Status.more_info_requested.value})
MAX_COMMENT = 5000


def reviewable_application(session: Session, app_id: int) -> Application:
    """Application `app_id`, when it can be reviewed (taken, scored) now."""
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound(f"no application {app_id}")
    if app.status not in REVIEWABLE:
        raise Conflict(f"GB-{app_id} is {app.status}: it takes no reviews now")
    return app


class ReviewError(GrantboxError):
    """A review that does not fit the rubric (unknown criterion, off the scale, missing)."""


def quorum(settings: Settings) -> int:
    """How many submitted reviews make an application ready to decide."""
    return max(1, settings.reviews_per_application)


def check_scores(rubric: Rubric, scores: dict[str, int], *, complete: bool) -> dict[str, int]:
    """`scores` in the rubric's order, each on its criterion's scale; with `complete`, one
    for every criterion. ReviewError naming the first problem."""
    unknown = sorted(set(scores) - set(rubric.ids))
    if unknown:
        raise ReviewError(
            f"no criterion {unknown[0]!r} in the rubric (criteria: {', '.join(rubric.ids)})"
        )
    out: dict[str, int] = {}
    for criterion in rubric.criteria:
        if criterion.id not in scores:
            if complete:
                low, high = criterion.scale
                raise ReviewError(f"{criterion.id}: no score given ({low}-{high})")
            continue
        try:
            out[criterion.id] = criterion.check(scores[criterion.id])
        except ValueError as e:
            raise ReviewError(str(e)) from e
    return out


def _clean_comment(text: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n").strip()
    if len(text) > MAX_COMMENT:
        raise ReviewError(f"the comment is longer than {MAX_COMMENT} characters")
    return text


def save_review(
    session: Session,
    settings: Settings,
    app_id: int,
    reviewer: Reviewer,
    *,
    scores: dict[str, int],
    recommendation: str,
    comment: str = "",
    submit: bool = True,
    at: datetime | None = None,
) -> Review:
    """Save `reviewer`'s review of `app_id`: a draft (`submit=False`: scores may be partial,
    the recommendation empty) or submitted (complete: every criterion scored, except for an
    abstention). A submitted review stays submitted: saving it again revises it."""
    allowed(session, reviewer, "score", app_id)
    app = reviewable_application(session, app_id)
    existing = session.scalars(
        select(Review).where(Review.application_id == app_id, Review.reviewer_id == reviewer.id)
    ).first()
    submitting = submit or (existing is not None and existing.submitted_at is not None)
    if recommendation not in RECOMMENDATIONS and (submitting or recommendation):
        raise ReviewError(
            f"unknown recommendation {recommendation!r}: {', '.join(RECOMMENDATIONS)}"
        )
    rubric = rubric_for(settings)
    # An abstention need not score: a reviewer may abstain for want of the expertise to.
    checked = check_scores(rubric, scores, complete=submitting and recommendation != "abstain")
    comment = _clean_comment(comment)
    now = at or utcnow()
    if existing is None:
        existing = Review(application_id=app_id, reviewer_id=reviewer.id)
        session.add(existing)
    revised = existing.submitted_at is not None
    existing.scores = checked
    existing.recommendation = recommendation
    existing.comment = comment
    existing.updated_at = now
    if submitting:
        if not revised:
            existing.submitted_at = now
        states.note(
            session,
            app,
            kind="review_revised" if revised else "review_submitted",
            actor=f"reviewer:{reviewer.name}",
            reason=f"{reviewer.name} {'revised' if revised else 'submitted'} a review",
            at=now,
        )
    session.flush()
    return existing


# -- what a reviewer sees ----------------------------------------------------------------------


@dataclass
class ReviewItem:
    reviewer: str
    reviewer_id: int
    role: str
    scores: dict[str, int]
    recommendation: str
    comment: str
    submitted: bool
    submitted_at: str | None
    updated_at: str | None
    mean: float | None  # of its scores


@dataclass
class CriterionSpread:
    criterion: str
    count: int
    min: int
    max: int
    mean: float
    disagreement: bool  # max - min >= half the scale


@dataclass
class ReviewsView:
    app_id: int
    quorum: int
    submitted_count: int  # submitted reviews that count (not by anyone recused)
    ready_to_decide: bool
    own: ReviewItem | None
    others: list[ReviewItem]  # submitted reviews by others, when she may see them
    others_visible: bool
    hidden_count: int  # submitted reviews by others she may not see yet
    spread: dict[str, CriterionSpread]  # per criterion, of the reviews she sees
    recommendations: dict[str, int]  # of the reviews she sees
    disagreement: bool
    disagreements: list[str] = field(default_factory=list)  # criterion ids, "recommendation"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def spread_of(rubric: Rubric, reviews: list[dict[str, int]]) -> dict[str, CriterionSpread]:
    """Per criterion: lowest, highest and mean score of `reviews` (score dicts), and whether
    they disagree: highest and lowest at least half the scale apart (2 on 1-5)."""
    out: dict[str, CriterionSpread] = {}
    for c in rubric.criteria:
        values = [r[c.id] for r in reviews if c.id in r]
        if not values:
            continue
        low, high = min(values), max(values)
        out[c.id] = CriterionSpread(
            criterion=c.id,
            count=len(values),
            min=low,
            max=high,
            mean=round(fmean(values), 2),
            disagreement=len(values) > 1 and (high - low) * 2 >= c.width,
        )
    return out


def recommendations_disagree(recommendations: list[str]) -> bool:
    return "approve" in recommendations and "reject" in recommendations


def _item(review: Review, reviewer: Reviewer) -> ReviewItem:
    scores = dict(review.scores or {})
    return ReviewItem(
        reviewer=reviewer.name,
        reviewer_id=reviewer.id,
        role=reviewer.role,
        scores=scores,
        recommendation=review.recommendation,
        comment=review.comment,
        submitted=review.submitted_at is not None,
        submitted_at=iso(review.submitted_at),
        updated_at=iso(review.updated_at),
        mean=round(fmean(scores.values()), 2) if scores else None,
    )


def submitted_count(session: Session, app_id: int) -> int:
    """Submitted reviews of `app_id` by reviewers not recused from it."""
    recused = select(ConflictOfInterest.reviewer_id).where(
        ConflictOfInterest.application_id == app_id
    )
    return (
        session.scalar(
            select(func.count(Review.id)).where(
                Review.application_id == app_id,
                Review.submitted_at.is_not(None),
                Review.reviewer_id.not_in(recused),
            )
        )
        or 0
    )


def reviews_view(
    session: Session, settings: Settings, app_id: int, reviewer: Reviewer
) -> ReviewsView:
    """What `reviewer` may see of the reviews of `app_id` (NotAllowed when recused)."""
    allowed(session, reviewer, "view", app_id)
    if session.get(Application, app_id) is None:
        raise NotFound(f"no application {app_id}")
    recused = recused_ids(session, app_id)
    rows = [
        (review, who)
        for review, who in session.execute(
            select(Review, Reviewer)
            .join(Reviewer, Reviewer.id == Review.reviewer_id)
            .where(Review.application_id == app_id)
            .order_by(Review.submitted_at, Review.id)
        )
        if who.id not in recused
    ]
    own_row = next((r for r, who in rows if who.id == reviewer.id), None)
    own = _item(own_row, reviewer) if own_row is not None else None
    others_submitted = [
        _item(r, who) for r, who in rows if who.id != reviewer.id and r.submitted_at is not None
    ]
    visible = (
        not settings.hide_reviews_until_submitted
        or (own is not None and own.submitted)
        or can(reviewer.role, "decide")
    )
    seen = ([own] if own is not None and own.submitted else []) + (
        others_submitted if visible else []
    )
    rubric = rubric_for(settings)
    spread = spread_of(rubric, [i.scores for i in seen]) if visible else {}
    recs = [i.recommendation for i in seen] if visible else []
    disagreements = [c for c, s in spread.items() if s.disagreement]
    if recommendations_disagree(recs):
        disagreements.append("recommendation")
    count = sum(1 for r, _ in rows if r.submitted_at is not None)
    need = quorum(settings)
    return ReviewsView(
        app_id=app_id,
        quorum=need,
        submitted_count=count,
        ready_to_decide=count >= need,
        own=own,
        others=others_submitted if visible else [],
        others_visible=visible,
        hidden_count=0 if visible else len(others_submitted),
        spread=spread,
        recommendations={r: recs.count(r) for r in RECOMMENDATIONS if r in recs},
        disagreement=bool(disagreements),
        disagreements=disagreements,
    )
