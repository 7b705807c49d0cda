"""Unit tests of `parsers.intent`: which replies ask to withdraw the application (pure)."""

from __future__ import annotations

import pytest

from parsers.intent import asks_to_withdraw, reply_asks_to_withdraw, withdraw_request

WITHDRAWS = [
    "Thanks, but I have accepted another offer and would like to withdraw my application.",
    "Please withdraw my application.",
    "I'd like to withdraw.",
    "I’d like to withdraw my candidacy, sorry for the trouble.",
    "Hello,\nI wish to withdraw from the program.\nBest, Ada",
    "I would like to withdraw from the grant process at this point.",
    "I am no longer interested in the grant. Thank you for your time.",
    "Sorry, I'm no longer interested.",
    "I'm no longer interested in the position, please close my file.",
    "Could you please remove my application?",
    "I have accepted another position and will not continue.",
    "I've just accepted another offer, so I'll step back.",
    "We have decided to withdraw our application.",
    "I am withdrawing my application for personal reasons.",
    "PLEASE WITHDRAW ME FROM CONSIDERATION",
    "I no longer wish to be considered.",
    "I want to withdraw\nmy application (line-wrapped by the mail client).",
]

STAYS = [
    "I withdrew from my PhD program in 2019 and moved into industry.",
    "The withdrawal symptoms of leaving academia were real.",
    "I'm no longer at Google; I left in March.",
    "3. I would remove outliers first, then fit a robust regression.",
    "I don't want to withdraw my application, I just need more time.",
    "Can I withdraw my application later if my situation changes?",
    "If I get another offer, should I withdraw my application?",
    "I'm no longer interested in finance, which is why I am applying.",
    "I'm no longer interested in the program management side of my job.",
    "In 2018 I accepted a position at Stripe as a backend engineer.",
    "I'd like to withdraw my earlier answer to question 3 and replace it: twelve weeks.",
    "You can withdraw cash at any ATM.",
    "Please do not remove my application, I am still very interested!",
    "",
]


@pytest.mark.parametrize("text", WITHDRAWS)
def test_asks_to_withdraw(text):
    assert asks_to_withdraw(text), text
    assert withdraw_request(text)


@pytest.mark.parametrize("text", STAYS)
def test_does_not_ask_to_withdraw(text):
    assert not asks_to_withdraw(text), withdraw_request(text)


def test_the_phrase_is_returned_for_the_record():
    text = "Hi!\nPlease withdraw my application. Thanks"
    assert withdraw_request(text) == "withdraw my application"


def test_quoted_history_is_never_read():
    # Our own email, quoted under their answer, may say anything: only their text counts.
    body = (
        "1. Eight years of backend work.\n\n"
        "On Mon, 30 Nov 2026 at 09:00, Grants <grants@example.org> wrote:\n"
        "> If you would like to withdraw your application, please withdraw my application\n"
        "> I have accepted another offer.\n"
    )
    assert reply_asks_to_withdraw(body) is None
    top = "I have accepted another offer, sorry.\n\n" + body
    assert reply_asks_to_withdraw(top) == "i have accepted another offer"
