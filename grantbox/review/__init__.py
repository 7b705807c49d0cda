"""The review side: reviewers, decisions, and the web app (`grantbox review`).

`decisions` holds what a decision does (state transition, event, decision email in the outbox,
the hold window and its cancel); the web app and the CLI both call it. `auth` holds reviewer
accounts and sign-in sessions; `views` the read-side shapes the pages show; `web` the app.
"""
