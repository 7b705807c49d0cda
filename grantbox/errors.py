"""The small error hierarchy of grantbox. Callers catch these, not library exceptions.

Two tiers, as in Zulip's email gateway: `InputError` subclasses are the sender's fault (a
broken email, an unreadable file) and end as a recorded reason; everything else is a system
fault that is logged loudly and retried.
"""

import smtplib

# The sender's tier lives with the parsers that raise it (the arrows point down).
from parsers.errors import InputError as InputError
from parsers.errors import ParseError as ParseError


class GrantboxError(Exception):
    """Base of every error grantbox raises on purpose."""


class ConfigError(GrantboxError):
    """The configuration cannot work (missing mailbox, bad URL, insecure transport)."""


class MailboxError(GrantboxError):
    """The IMAP server failed or refused; worth a retry with backoff."""


class OutboxError(GrantboxError):
    """The SMTP server failed or refused; worth a retry with backoff."""


class SignInError(GrantboxError):
    """Signing in to the mailbox or the SMTP server cannot work as configured: a password
    refused, a token the provider will not give, a refresh token revoked. The message is one
    line that names the fix (the setting to change, the command to run) and never a secret."""


class MailboxSignInError(SignInError, MailboxError):
    """The IMAP server, or the token service behind it, refused to let us in."""


class OutboxSignInError(SignInError, OutboxError, smtplib.SMTPException):
    """The SMTP server, or the token service behind it, refused to let us in. An
    `smtplib.SMTPException` too: the sender keeps the mail queued, with this reason, as it
    does for any server that cannot take mail now."""
