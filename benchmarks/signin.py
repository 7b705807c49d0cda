"""The cost of OAuth2 sign-in: an unchanged-mailbox intake pass signed in by XOAUTH2 with a
cached token, against the same pass signed in with a password (the baseline, same run).

A private Dovecot whose oauth2 passdb asks a local authorization server (tests/oauthserver.py,
authlib) to introspect each token, and one mailbox with a few recorded emails. Each sample is
what the `intake` schedule does every minute on an unchanged mailbox: connect, sign in,
EXAMINE, compare the watermark, log out (`open_mailbox` + `run_intake` + `close`). Samples
alternate password / OAuth2; the first OAuth2 pass (which fetches the token) is reported on
its own and left out of the medians. Target: OAuth2 within 10 % of the password pass.

The mail server's own work differs between the two: Dovecot asks the authorization server to
introspect every token it is shown (an HTTP request to a Python test server here; Gmail and
Exchange check their own tokens). So the same run also times the bare sign-in with imapclient
(connect, LOGIN or AUTHENTICATE XOAUTH2 with the same token, EXAMINE, LOGOUT), and reports
grantbox's own part of each pass (pass minus bare sign-in): that is the part grantbox
controls, and the ratio the target is about.

    .venv/bin/python benchmarks/signin.py            # 60 samples each
    .venv/bin/python benchmarks/signin.py --samples 200 --json
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from imapclient import IMAPClient  # noqa: E402

from grantbox.config import Settings  # noqa: E402
from grantbox.intake import open_mailbox, run_intake  # noqa: E402
from grantbox.oauth import token_source  # noqa: E402
from grantbox.store import open_store  # noqa: E402
from tests.factories import application_email  # noqa: E402
from tests.mailservers import Dovecot  # noqa: E402
from tests.oauthserver import OAuthServer  # noqa: E402


def bare(dovecot: Any, user: str, secret: str, *, token: bool) -> float:
    """Connect, sign in, EXAMINE, log out with imapclient alone."""
    started = time.perf_counter()
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False)
    if token:
        client.oauth2_login(user, secret)
    else:
        client.login(user, secret)
    client.select_folder("INBOX", readonly=True)
    client.logout()
    return time.perf_counter() - started


def one_pass(settings: Settings, store: Any) -> tuple[float, bool]:
    started = time.perf_counter()
    mailbox = open_mailbox(settings)
    try:
        report = run_intake(settings, store, mailbox)
    finally:
        mailbox.close()
    return time.perf_counter() - started, report.unchanged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="grantbox-signin-"))
    work.chmod(0o755)
    try:
        with OAuthServer() as auth, Dovecot(base_dir=work, oauth2=auth) as dovecot:
            user, password = dovecot.add_user("grants")
            for i in range(5):
                dovecot.append(user, application_email(f"applicant{i}@mail.test"))
            auth.register_client("grantbox", "client-secret", scopes=["mail"])
            refresh = auth.issue_refresh_token("grantbox", user, scope="mail")
            common: dict[str, Any] = {
                "data_dir": work / "data",
                "imap_host": dovecot.host,
                "imap_port": dovecot.imap_port,
                "imap_ssl": "plain",
                "imap_user": user,
                "from_address": user,
                "extract_workers": 1,
            }
            with_password = Settings(**common, imap_password=password)
            with_token = Settings(
                **common,
                auth="oauth2",
                oauth_provider="generic",
                oauth_token_url=auth.token_url,
                oauth_client_id="grantbox",
                oauth_client_secret="client-secret",
                oauth_refresh_token=refresh,
                oauth_scopes="mail",
            )
            store = open_store(with_password)
            try:
                one_pass(with_password, store)  # records the five: later passes are unchanged
                first_token_pass, _ = one_pass(with_token, store)
                token = token_source(with_token).access_token().token  # the one grantbox uses
                samples: dict[str, list[float]] = {
                    "password": [],
                    "oauth2": [],
                    "bare_password": [],
                    "bare_oauth2": [],
                }
                for _ in range(args.samples):
                    for name in samples:
                        if name.startswith("bare"):
                            oauth = name == "bare_oauth2"
                            seconds = bare(dovecot, user, token if oauth else password, token=oauth)
                        else:
                            seconds, unchanged = one_pass(
                                with_password if name == "password" else with_token, store
                            )
                            assert unchanged, "the mailbox changed during the run"
                        samples[name].append(seconds)
                requests = dict(auth.token_requests)
            finally:
                store.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    median = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    p95 = {name: statistics.quantiles(values, n=20)[-1] * 1000 for name, values in samples.items()}
    own = {name: median[name] - median[f"bare_{name}"] for name in ("password", "oauth2")}
    result = {
        "samples": args.samples,
        "median_ms": median,
        "p95_ms": p95,
        "grantbox_own_ms": own,
        "ratio_own_oauth2_to_password": own["oauth2"] / own["password"],
        "ratio_oauth2_to_password": median["oauth2"] / median["password"],
        "first_oauth2_pass_ms": first_token_pass * 1000,
        "token_requests": requests,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"unchanged-mailbox pass, median / p95 of {args.samples} each:\n"
        f"  password (baseline): {median['password']:.1f} / {p95['password']:.1f} ms "
        f"(bare sign-in {median['bare_password']:.1f} ms; grantbox's own "
        f"{own['password']:.1f} ms)\n"
        f"  OAuth2 XOAUTH2:      {median['oauth2']:.1f} / {p95['oauth2']:.1f} ms "
        f"(bare sign-in {median['bare_oauth2']:.1f} ms; grantbox's own {own['oauth2']:.1f} ms; "
        f"the first pass, fetching the token: {first_token_pass * 1000:.1f} ms)\n"
        f"  ratio of grantbox's own part, OAuth2 / password: "
        f"{result['ratio_own_oauth2_to_password']:.3f}\n"
        f"  ratio of whole passes (the server's token check included): "
        f"{result['ratio_oauth2_to_password']:.3f}\n"
        f"  token requests to the authorization server: {requests}"
    )


if __name__ == "__main__":
    main()
