"""The errors parsers raise: the sender's tier of grantbox's errors (grantbox/errors.py).

Defined here, with the code that raises them, so that parsers import nothing of the
application: `grantbox.errors` re-exports them beside the system-fault tier.
"""


class InputError(Exception):
    """Something an applicant sent cannot be used; recorded with the reason, never retried."""


class ParseError(InputError):
    """Bytes that do not parse as what they claim to be."""
