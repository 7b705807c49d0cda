"""Who really sent a message: RFC 8601 `Authentication-Results` headers, read purely.

Anyone can write `From: alice@example.org`. The receiving provider checks SPF, DKIM and DMARC
and records what it found in an `Authentication-Results` header it adds on top of the message;
only that header (or that run of headers) says anything. A sender can put their own
`Authentication-Results` in the message, claiming anything, even the provider's name: theirs
are always *below* the provider's, because each hop adds its headers above what it received.

So `verdict()` walks the headers from the top, skips those of unknown authserv-ids (our own
later hops), takes the first run of headers whose authserv-id the operator trusts, and stops
at the first one after that which is not trusted. Within the run the topmost report of a method
wins; when the topmost one holds a DMARC result (Gmail, Microsoft 365 and Fastmail write
all their results in one header) it alone counts, so a forged header right below it cannot
add a result it lacks. Everything lower is ignored.

Linear in the input and bounded: at most `MAX_HEADERS` headers of `MAX_HEADER_CHARS` each are
read. No DNS, no clock: what the provider concluded is all we use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "AuthResults",
    "MethodResult",
    "Verdict",
    "header_values",
    "parse_authentication_results",
    "parse_authserv_ids",
    "verdict",
]

MAX_HEADER_CHARS = 8192  # real ones are under 2 KB
MAX_HEADERS = 50  # headers of one name read from the top
MAX_RESULTS = 64  # method results read from one header
MAX_HEADER_SECTION = 256 * 1024  # bytes of a raw message searched for the header section
# Microsoft 365 writes its header without an authserv-id ("spf=pass (sender IP is …) …");
# an operator trusts such headers by listing this name.
NO_AUTHSERV_ID = "(none)"

_SPECIALS = frozenset(' \t\r\n();="')
_PASS = frozenset({"pass"})
# Microsoft's "bestguesspass": no DMARC record, but the mail would have passed one.
_DMARC_PASS = frozenset({"pass", "bestguesspass"})


@dataclass(frozen=True)
class MethodResult:
    """One `method=result` with its properties (`header.d`, `smtp.mailfrom`, …), lower-case
    names; values as written."""

    method: str
    result: str
    properties: tuple[tuple[str, str], ...] = ()

    def prop(self, *names: str) -> str:
        for name in names:
            for key, value in self.properties:
                if key == name:
                    return value
        return ""


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str  # lower-case; "" when the header names none (Microsoft 365)
    results: tuple[MethodResult, ...]


def _tokens(value: str) -> list[str]:
    """Words, quoted strings (unquoted), ";" and "=", with comments dropped (they nest)."""
    out: list[str] = []
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c in " \t\r\n":
            i += 1
        elif c == "(":
            depth = 1
            i += 1
            while i < n and depth:
                d = value[i]
                if d == "\\":
                    i += 1
                elif d == "(":
                    depth += 1
                elif d == ")":
                    depth -= 1
                i += 1
        elif c == '"':
            i += 1
            chars: list[str] = []
            while i < n and value[i] != '"':
                if value[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(value[i])
                i += 1
            i += 1
            out.append("".join(chars))
        elif c in ";=":
            out.append(c)
            i += 1
        elif c == ")":
            i += 1  # an unbalanced close: malformed, skipped
        else:
            j = i
            while j < n and value[j] not in _SPECIALS:
                j += 1
            out.append(value[i:j])
            i = j
    return out


def _segments(tokens: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for word in tokens:
        if word == ";":
            segments.append([])
        else:
            segments[-1].append(word)
    return segments


def _resinfo(segment: list[str]) -> MethodResult | None:
    """`method[/version] = result [reason=…] [ptype.property=value …]`, or None."""
    if len(segment) < 3 or segment[1] != "=" or segment[0] == "=" or segment[2] == "=":
        return None
    method = segment[0].split("/", 1)[0].lower()
    props: list[tuple[str, str]] = []
    rest = segment[3:]
    for k in range(len(rest) - 2):
        if rest[k + 1] == "=" and rest[k] != "=" and rest[k + 2] != "=":
            props.append((rest[k].lower(), rest[k + 2]))
    return MethodResult(method=method, result=segment[2].lower(), properties=tuple(props))


def parse_authentication_results(value: str) -> AuthResults | None:
    """One header's value; None when it holds neither an authserv-id nor a result."""
    segments = _segments(_tokens(value[:MAX_HEADER_CHARS]))
    first = segments[0]
    results: list[MethodResult] = []
    if "=" in first:
        authserv_id = ""  # no authserv-id: the first segment is already a result
        candidates = segments
    elif first:
        authserv_id = first[0].lower()
        candidates = segments[1:]
    else:
        return None
    for segment in candidates[:MAX_RESULTS]:
        found = _resinfo(segment)
        if found is not None:
            results.append(found)
    if not authserv_id and not results:
        return None
    return AuthResults(authserv_id=authserv_id, results=tuple(results))


def parse_authserv_ids(setting: str) -> tuple[str, ...]:
    """The operator's comma-separated trusted authserv-ids, lower-case. `*.example.net`
    trusts every host under example.net (Fastmail's mx1…mx6.messagingengine.com);
    `(none)` trusts headers without an id (Microsoft 365)."""
    return tuple(dict.fromkeys(p.strip().lower() for p in setting.split(",") if p.strip()))


def _trusted(authserv_id: str, trusted: Sequence[str]) -> bool:
    for pattern in trusted:
        if pattern == NO_AUTHSERV_ID:
            if not authserv_id:
                return True
        elif pattern.startswith("*."):
            if authserv_id.endswith(pattern[1:]) and len(authserv_id) > len(pattern) - 1:
                return True
        elif authserv_id and authserv_id == pattern:
            return True
    return False


def _domain_of(value: str) -> str:
    """The domain of `alice@example.org`, `@example.org` or `example.org`, lower-case."""
    return value.rpartition("@")[2].strip().strip("<>.").lower()


def aligned(one: str, other: str) -> bool:
    """Relaxed DMARC alignment, approximated without the public-suffix list: the same domain,
    or one a subdomain of the other."""
    if not one or not other:
        return False
    return one == other or one.endswith("." + other) or other.endswith("." + one)


@dataclass(frozen=True)
class Verdict:
    """What the trusted receiving server concluded about a message's sender."""

    checked_by: str | None  # the trusted authserv-id; None: no trusted header was found
    from_domain: str = ""
    dmarc: str | None = None
    dkim: tuple[tuple[str, str], ...] = ()  # (result, signing domain), one per signature
    spf: str | None = None
    spf_domain: str = ""
    compauth: str | None = None  # Microsoft's composite verdict
    extra: dict[str, str] = field(default_factory=dict)  # other methods' results

    @property
    def aligned(self) -> bool:
        """A passing DKIM signature or SPF check of a domain aligned with the From domain."""
        if any(r in _PASS and aligned(d, self.from_domain) for r, d in self.dkim):
            return True
        return self.spf in _PASS and aligned(self.spf_domain, self.from_domain)

    @property
    def passed(self) -> bool:
        return self.dmarc in _DMARC_PASS or (self.checked_by is not None and self.aligned)

    @property
    def failed(self) -> bool:
        """The provider says the From address is forged: DMARC failed, Microsoft's composite
        check failed, or (no DMARC verdict) no DKIM signature passed while SPF failed for
        the From domain itself."""
        if self.checked_by is None or self.dmarc in _DMARC_PASS:
            return False
        if self.dmarc == "fail" or self.compauth == "fail":
            return True
        dkim_passed = any(r in _PASS for r, _ in self.dkim)
        spf_for_from = not self.spf_domain or aligned(self.spf_domain, self.from_domain)
        return not dkim_passed and self.spf == "fail" and spf_for_from

    def describe(self) -> str:
        """`dmarc=fail, dkim=none, spf=fail` as the provider said it, for reasons."""
        parts = []
        if self.dmarc is not None:
            parts.append(f"dmarc={self.dmarc}")
        if self.compauth is not None:
            parts.append(f"compauth={self.compauth}")
        parts.extend(f"dkim={r}" + (f" ({d})" if d else "") for r, d in self.dkim[:3])
        if self.spf is not None:
            parts.append(f"spf={self.spf}" + (f" ({self.spf_domain})" if self.spf_domain else ""))
        return ", ".join(parts) or "no results"


def verdict(values: Sequence[str], trusted_ids: Iterable[str], from_addr: str) -> Verdict:
    """The verdict of the trusted provider's headers among `values` (the message's
    `Authentication-Results` values, top first) about the sender `from_addr`."""
    trusted = tuple(trusted_ids)
    run: list[AuthResults] = []
    for value in values[:MAX_HEADERS]:
        parsed = parse_authentication_results(value)
        if parsed is not None and _trusted(parsed.authserv_id, trusted):
            run.append(parsed)
        elif run:
            break  # the first untrusted header after the provider's: the sender's own below
    from_domain = _domain_of(from_addr)
    if not run:
        return Verdict(checked_by=None, from_domain=from_domain)
    if any(r.method == "dmarc" for r in run[0].results):
        # Gmail, Microsoft 365, Fastmail: one header with every result. A header right below
        # it with the same id is the sender's, and must not add a "dkim=pass" it lacks.
        run = run[:1]
    first: dict[str, list[MethodResult]] = {}
    for header in run:
        reported = {r.method for r in header.results}
        for method in reported - first.keys():  # the topmost report of a method wins
            first[method] = [r for r in header.results if r.method == method]

    def one(method: str) -> MethodResult | None:
        found = first.get(method)
        return found[0] if found else None

    dmarc, spf, compauth = one("dmarc"), one("spf"), one("compauth")
    dkim = tuple(
        (r.result, _domain_of(r.prop("header.d", "header.i"))) for r in first.get("dkim", [])
    )
    spf_domain = _domain_of(spf.prop("smtp.mailfrom", "smtp.helo")) if spf else ""
    header_from = _domain_of(dmarc.prop("header.from")) if dmarc else ""
    extra = {
        m: rs[0].result for m, rs in first.items() if m not in ("dmarc", "dkim", "spf", "compauth")
    }
    return Verdict(
        checked_by=run[0].authserv_id or NO_AUTHSERV_ID,
        from_domain=from_domain or header_from,
        dmarc=dmarc.result if dmarc else None,
        dkim=dkim,
        spf=spf.result if spf else None,
        spf_domain=spf_domain,
        compauth=compauth.result if compauth else None,
        extra=extra,
    )


def header_values(raw: bytes, name: str) -> list[str]:
    """The values of header `name` in a raw message, top first, unfolded; only the header
    section (up to the first empty line) is read, at most `MAX_HEADER_SECTION` bytes of it."""
    head = raw[:MAX_HEADER_SECTION]
    ends = [e for e in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if e != -1]
    if ends:
        head = head[: min(ends)]
    wanted = name.lower().encode("ascii")
    values: list[str] = []
    current: list[bytes] | None = None
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line.strip())
            continue
        if current is not None:
            values.append(b" ".join(current).decode("utf-8", "replace"))
            current = None
            if len(values) >= MAX_HEADERS:
                return values
        field_name, colon, rest = line.partition(b":")
        if colon and field_name.strip().lower() == wanted:
            current = [rest.strip()]
    if current is not None:
        values.append(b" ".join(current).decode("utf-8", "replace"))
    return values
