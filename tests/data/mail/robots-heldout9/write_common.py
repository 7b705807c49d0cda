"""Helpers for writing the robots-heldout9 messages (hand-written, invented, .example domains)."""
import base64, quopri, hashlib, random
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import format_datetime

R = random.Random(9)

def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def HX(n):
    return hx(n).upper()

def d(day, hh, mm, ss=0, tz=0):
    """A date in November 2026 with a UTC offset in hours (may be fractional)."""
    tzinfo = timezone(timedelta(minutes=int(tz * 60)))
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=tzinfo)

def fdate(dt):
    return format_datetime(dt)

def later(dt, minutes=0, seconds=0):
    return dt + timedelta(minutes=minutes, seconds=seconds)

def subj(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)

def qp(text, charset="utf-8"):
    raw = text.replace("\n", "\r\n").encode(charset)
    out = quopri.encodestring(raw).decode("ascii")
    return out.replace("\r\n", "\n").replace("=0D\n", "\n")

def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def is_ascii(t):
    try:
        t.encode("ascii"); return True
    except UnicodeEncodeError:
        return False

def text(body, subtype="plain", charset="utf-8", cte=None, extra=""):
    """A leaf part: headers + encoded body."""
    if cte is None:
        cte = "7bit" if is_ascii(body) else "quoted-printable"
    if charset == "iso-2022-jp":
        enc = body.encode("iso-2022-jp").decode("ascii"); cte = "7bit"
    elif cte == "quoted-printable":
        enc = qp(body, charset)
    elif cte == "base64":
        enc = b64(body.encode(charset))
    else:
        enc = body
    ct = "text/%s; charset=\"%s\"" % (subtype, charset)
    if subtype == "plain" and charset == "us-ascii":
        ct = "text/plain; charset=us-ascii"
    h = "Content-Type: %s%s\nContent-Transfer-Encoding: %s\n" % (ct, extra, cte)
    return h + "\n" + enc.rstrip("\n") + "\n"

def multipart(subtype, parts, boundary=None, params=""):
    boundary = boundary or ("----=_Part_%d_%d.%d" % (R.randint(10000, 99999), R.randint(100000, 999999), R.randint(10**12, 10**13)))
    out = "Content-Type: multipart/%s;%s\n\tboundary=\"%s\"\n\n" % (subtype, params, boundary)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n"))
    out += "--%s--\n" % boundary
    return out

def attachment(filename, ctype, data, inline=False):
    if not is_ascii(filename):
        from urllib.parse import quote
        enc = quote(filename.encode("utf-8"), safe="")
        return ("Content-Type: %s;\n\tname*=UTF-8''%s\nContent-Disposition: %s;\n\tfilename*=UTF-8''%s\n"
                "Content-Transfer-Encoding: base64\n\n%s\n") % (ctype, enc, "inline" if inline else "attachment", enc, b64(data))
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: %s; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n") % (ctype, filename, "inline" if inline else "attachment", filename, b64(data))

def html(body_text):
    esc = body_text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc.split("\n\n"))
    return "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n%s</body>\n</html>\n" % paras

def alt(plain, charset="utf-8", cte=None, boundary=None):
    return multipart("alternative", [text(plain, "plain", charset, cte), text(html(plain), "html", charset, cte)], boundary)

def message(headers, body_part):
    """headers: list of (name, value); body_part: a part string starting with Content-Type."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v) if v != "" else "%s:" % k)
    out = "\n".join(lines) + "\n" + body_part
    return out.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")

def rcv(frm, ip, by, dt, with_="ESMTPS", id_=None, for_=None, tls=True):
    s = "from %s (%s [%s])\n\tby %s with %s id %s" % (frm, frm, ip, by, with_, id_ or HX(10))
    if for_:
        s += "\n\tfor <%s>" % for_
    s += "; " + fdate(dt)
    return ("Received", s)

def inbound(dt, helo, ip):
    """What our own MX adds on arrival."""
    return [
        ("Return-Path", None),
        ("Delivered-To", "apply@grants.example"),
        ("Received", "from %s (%s [%s])\n\tby mx1.grants.example (Postfix) with ESMTPS id %s\n\tfor <apply@grants.example>; %s" % (helo, helo, ip, HX(11), fdate(later(dt, seconds=R.randint(2, 40))))),
        ("Authentication-Results", "mx1.grants.example;\n\tdkim=pass header.d=%s;\n\tspf=pass smtp.mailfrom=%s" % (helo.split(".", 1)[1] if helo.count(".") > 1 else helo, helo.split(".", 1)[1] if helo.count(".") > 1 else helo)),
    ]

def dkim(domain, sel="s1"):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s=;\n\tb=%s" % (domain, sel, b64(hx(32).encode()).replace("\n", "")[:43], b64(hx(120).encode()).replace("\n", "")[:140]))

# ---- our own outgoing mail -------------------------------------------------

OUR_FROM = "Grants Team <apply@grants.example>"

QUESTIONS = """Thank you for your application to the Northlight Research Fund 2027 call.

So that we can complete your file, please reply to this email with answers to the following questions:

1. Which track are you applying to: Early Career, Community Research or Seed?
2. What total amount are you requesting (in EUR)?
3. Please give the name and email address of one referee.
4. What is the earliest date your project could start?

You may answer in your own language if you prefer.

Kind regards,
Grants Team
Northlight Research Fund
https://grants.example/"""

def our_id(dt):
    return "<gb.%s.%s@grants.example>" % (dt.strftime("%Y%m%d%H%M%S"), hx(8))

def our_mail(to, their_subject, mid, dt, their_mid=None):
    """Our automatic answer, as sent (for attaching to bounces)."""
    h = [("Return-Path", "<apply@grants.example>"),
         ("Received", "from app1.grants.example (app1.grants.example [10.20.0.11])\n\tby smtp.grants.example (Postfix) with ESMTPSA id %s;\n\t%s" % (HX(10), fdate(dt))),
         dkim("grants.example", "gb2026"),
         ("From", OUR_FROM), ("To", to), ("Subject", subj("Re: " + their_subject)),
         ("Date", fdate(dt)), ("Message-ID", mid)]
    if their_mid:
        h += [("In-Reply-To", their_mid), ("References", their_mid)]
    h += [("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    return h, text(QUESTIONS, cte="7bit")

def our_mail_bytes(*a, **k):
    h, b = our_mail(*a, **k)
    return message(h, b).decode("ascii").replace("\r\n", "\n")

def our_headers_only(*a, **k):
    h, b = our_mail(*a, **k)
    return message(h, "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n").decode("ascii").replace("\r\n", "\n")

def quote_lines(t):
    return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))

def gmail_quote(dt_str, t=QUESTIONS):
    return "On %s Grants Team <apply@grants.example> wrote:\n\n%s\n" % (dt_str, quote_lines(t))

def outlook_quote(sent, to, subject, t=QUESTIONS, labels=("From", "Sent", "To", "Subject")):
    return ("________________________________\n%s: Grants Team <apply@grants.example>\n%s: %s\n%s: %s\n%s: %s\n\n%s\n"
            % (labels[0], labels[1], sent, labels[2], to, labels[3], subject, t))

def tiny_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            "4 0 obj<</Length %d>>stream\nBT /F1 14 Tf 72 760 Td (%s) Tj ET\nendstream endobj\n"
            "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n") % (len(title) + 30, title)
    return body.encode("latin-1")
