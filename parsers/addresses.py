"""Email addresses in the one form grantbox compares, caps, matches and sends to.

An address an applicant's mail gives us may be written many ways that reach the same mailbox:
`"victim"@example.org`, `"\\victim"@example.org`, `"v\\ictim"@EXAMPLE.org.` all deliver to
`victim@example.org` (the quotes and backslashes are RFC 5322 syntax; SMTP's RCPT TO takes
the unquoted form when it is a dot-atom). Compared as strings they are different people, so
a per-address limit or match on the raw form can be walked around. `normalise_address` gives
the one RFC 5321 form, or None when the address is not one we should ever write to;
`address_problem` says why.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_ADDRESS", "MAX_LOCAL", "address_problem", "normalise_address"]

# RFC 5322 atext, the characters a dot-atom local part may hold unquoted (with RFC 6532's
# non-ASCII letters: internationalised addresses are real people's).
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00a0-\U0010ffff-]"
_DOT_ATOM = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*\Z")
# A DNS label (internationalised labels are kept as they are written: non-ASCII letters).
_LABEL = re.compile(r"(?:[a-z0-9]|[^\x00-\x7f])(?:[a-z0-9-]|[^\x00-\x7f]){0,62}\Z")
_QUOTED_PAIR = re.compile(r"\\(.)", re.S)
MAX_ADDRESS = 254  # RFC 5321 section 4.5.3.1.3, a path's practical limit
MAX_LOCAL = 64  # RFC 5321 section 4.5.3.1.1
_MAX_INPUT = 1024  # far beyond any usable address: refused before any work is done on it


def _unquote_local(local: str) -> str | None:
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        inner = local[1:-1]
        if '"' in _QUOTED_PAIR.sub("", inner):
            return None  # an unescaped quote inside the quotes: not one quoted-string
        return _QUOTED_PAIR.sub(r"\1", inner)
    if '"' in local or "\\" in local:
        return None
    return local


def _normalise(raw: str) -> tuple[str | None, str]:
    """(the RFC 5321 form, "") or (None, why it is not usable)."""
    if len(raw) > _MAX_INPUT:
        return None, "far too long"
    text = raw.strip().strip("<>").strip()
    if not text:
        return None, "empty"
    for c in text:
        if ord(c) < 32 or ord(c) == 127:
            return None, "control character"
        if (not c.isascii() or c == " ") and unicodedata.category(c)[0] in "CZ":
            # White space, line or paragraph separators, format and surrogate characters.
            return None, "white space or invisible character"
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return None, "not local@domain"
    unquoted = _unquote_local(local)
    if unquoted is None or not _DOT_ATOM.match(unquoted):
        # SMTP would need it quoted, and a quoted local part is one a forged sender can
        # spell many ways; nobody's real mailbox needs one.
        return None, "local part needs quoting"
    if len(unquoted) > MAX_LOCAL:
        return None, f"local part longer than {MAX_LOCAL}"
    domain = domain.lower().removesuffix(".")  # the DNS root: example.org. is example.org
    labels = domain.split(".")
    if not all(_LABEL.match(label) for label in labels):
        return None, "domain is not a host name"
    if any(label.endswith("-") for label in labels):
        return None, "domain label ends with a hyphen"
    address = f"{unquoted.lower()}@{domain}"
    if len(address) > MAX_ADDRESS:
        return None, f"longer than {MAX_ADDRESS}"
    return address, ""


def normalise_address(raw: str) -> str | None:
    """The address as RFC 5321 mailbox `local@domain`, lower case, unquoted; None when it is
    not an address we can write to safely (a local part that would still need quotes, an
    address literal, an empty or malformed domain, control characters, over-long parts).

    One trailing dot on the domain (the DNS root, `example.org.`) is dropped."""
    return _normalise(raw)[0]


def address_problem(raw: str) -> str | None:
    """Why `normalise_address(raw)` is None, in a few words; None when the address is usable."""
    address, problem = _normalise(raw)
    return None if address is not None else problem
