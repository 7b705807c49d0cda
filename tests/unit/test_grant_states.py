"""The grant's state table (issue 12): every allowed move, and the moves it refuses."""

import itertools

import pytest

from grantbox.states import (
    GRANT_LIVE,
    GRANT_TRANSITIONS,
    GrantStatus,
    GrantTrigger,
    InvalidTransition,
    next_grant_status,
)

S, T = GrantStatus, GrantTrigger

# The whole table as the issue describes it: offered → accepted → active → ended → reported;
# declined; ended_early.
ALLOWED = {
    (S.offered, T.accept): S.accepted,
    (S.accepted, T.accept): S.accepted,  # the start date moved before it started
    (S.accepted, T.start): S.active,
    (S.active, T.end): S.ended,
    (S.ended, T.report): S.reported,
    (S.active, T.report): S.reported,  # the end report came early
    (S.ended_early, T.report): S.reported,
    (S.offered, T.decline): S.declined,
    (S.accepted, T.decline): S.declined,
    (S.accepted, T.end_early): S.ended_early,
    (S.active, T.end_early): S.ended_early,
}


@pytest.mark.parametrize(("move", "to"), sorted(ALLOWED.items()))
def test_every_allowed_move(move, to):
    status, trigger = move
    assert next_grant_status(status, trigger) is to


def test_the_table_is_exactly_the_documented_one():
    assert GRANT_TRANSITIONS == ALLOWED


REFUSED = [
    (status, trigger)
    for status, trigger in itertools.product(GrantStatus, GrantTrigger)
    if (status, trigger) not in ALLOWED
]


@pytest.mark.parametrize(
    ("status", "trigger"),
    [
        (S.offered, T.start),  # no start date agreed yet
        (S.offered, T.end_early),
        (S.active, T.accept),  # a grant under way keeps its start date
        (S.active, T.decline),
        (S.ended, T.end_early),
        (S.reported, T.report),
        (S.declined, T.accept),  # a declined offer stays declined
        (S.ended_early, T.start),
    ],
)
def test_a_sample_of_refused_moves_says_why(status, trigger):
    assert (status, trigger) in REFUSED
    with pytest.raises(InvalidTransition, match=f"from status {status.value}"):
        next_grant_status(status, trigger)


@pytest.mark.parametrize("status", [S.reported, S.declined])
def test_closed_grants_go_nowhere(status):
    for trigger in GrantTrigger:
        with pytest.raises(InvalidTransition):
            next_grant_status(status, trigger)


def test_live_grants_are_the_ones_still_running_or_awaiting_their_report():
    assert {S.offered, S.accepted, S.active, S.ended} == GRANT_LIVE
    reachable = {to for to in ALLOWED.values()} | {S.offered}
    assert reachable == set(GrantStatus)
