"""The state machine's table: every documented path exists, nothing else does."""

import pytest

from grantbox.states import (
    DECIDED,
    OPEN,
    TRANSITIONS,
    InvalidTransition,
    Status,
    Trigger,
    next_status,
)


def test_the_documented_life_of_an_application():
    path = [
        (Status.received, Trigger.resume_found, Status.questions_sent),
        (Status.questions_sent, Trigger.answers_complete, Status.ready_for_review),
        (Status.ready_for_review, Trigger.ask_more, Status.more_info_requested),
        (Status.more_info_requested, Trigger.answers_complete, Status.ready_for_review),
        (Status.ready_for_review, Trigger.approve, Status.approved),
    ]
    for start, trigger, end in path:
        assert next_status(start, trigger) is end


def test_missing_resume_path():
    assert next_status(Status.received, Trigger.resume_missing) is Status.awaiting_resume
    assert next_status(Status.awaiting_resume, Trigger.resume_arrived) is Status.questions_sent


@pytest.mark.parametrize("status", sorted(OPEN))
def test_every_open_state_can_withdraw(status):
    assert next_status(status, Trigger.withdraw) is Status.withdrawn


@pytest.mark.parametrize("status", sorted(DECIDED | {Status.withdrawn}))
def test_closed_states_go_nowhere_by_themselves(status):
    for trigger in Trigger:
        # revived is not in the table yet; decision_cancelled is a reviewer's undo (below).
        if trigger in (Trigger.revived, Trigger.decision_cancelled):
            continue
        with pytest.raises(InvalidTransition):
            next_status(status, trigger)


def test_decisions_only_from_ready_for_review():
    for trigger in (Trigger.approve, Trigger.reject, Trigger.waitlist):
        sources = {s for (s, t) in TRANSITIONS if t is trigger}
        assert sources == {Status.ready_for_review}


def test_invalid_transition_says_why():
    with pytest.raises(InvalidTransition, match="cannot approve from status received"):
        next_status(Status.received, Trigger.approve)


def test_a_stale_application_revives_when_the_applicant_writes():
    stale = {s for (s, t) in TRANSITIONS if t is Trigger.chase_exhausted}
    assert stale == {Status.awaiting_resume, Status.questions_sent, Status.more_info_requested}
    assert next_status(Status.stale, Trigger.revived) is Status.received


@pytest.mark.parametrize("status", sorted(DECIDED))
def test_a_held_decision_can_be_cancelled_back_to_the_queue(status):
    assert next_status(status, Trigger.decision_cancelled) is Status.ready_for_review


def test_only_decisions_can_be_cancelled():
    sources = {s for (s, t) in TRANSITIONS if t is Trigger.decision_cancelled}
    assert sources == set(DECIDED)
    with pytest.raises(InvalidTransition):
        next_status(Status.withdrawn, Trigger.decision_cancelled)
    with pytest.raises(InvalidTransition):
        next_status(Status.ready_for_review, Trigger.decision_cancelled)
