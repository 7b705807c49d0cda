"""Small helpers to write raw RFC 5322 messages for robots-heldout14 (standard library only)."""
import base64, quopri, os, random, datetime as dt
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ATT = os.environ.get("RH14_ATT", "/tmp/rh14build")
rnd = random.Random(14)

def hx(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def an(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

def D(day, h, m, s=0, tz="+0000", month=11):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime(2026, month, day, h, m, s, tzinfo=dt.timezone(off))

def F(d):
    return format_datetime(d)

def F_pst(d):
    return format_datetime(d.astimezone(dt.timezone(dt.timedelta(hours=-8))))

def ew(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()@:;"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def is_ascii(t):
    try:
        t.encode("ascii"); return True
    except UnicodeEncodeError:
        return False

def b64(data):
    return base64.encodebytes(data).decode()

def qp(text, cs="utf-8"):
    return quopri.encodestring(text.encode(cs)).decode()

def T(text, sub="plain", cs="utf-8", cte=None, flowed=False, extra="", quote_cs=True):
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = text
    elif cte == "quoted-printable":
        body = qp(text, cs)
    else:
        body = b64(text.encode(cs))
    csq = '"%s"' % cs if quote_cs else cs
    ct = "Content-Type: text/%s; charset=%s%s\n" % (sub, csq, "; format=flowed" if flowed else "")
    return (ct + "Content-Transfer-Encoding: %s\n%s" % (cte, extra), body)

def A(fn, ctype, data=None, inline=False, cid=None, extra=""):
    if data is None:
        data = open(os.path.join(ATT, fn), "rb").read()
    if is_ascii(fn):
        name = 'name="%s"' % fn
        disp = 'filename="%s"' % fn
    else:
        from urllib.parse import quote
        name = 'name="%s"' % Header(fn, "utf-8").encode()
        disp = "filename*=utf-8''%s" % quote(fn)
    h = "Content-Type: %s; %s\n" % (ctype, name)
    h += "Content-Disposition: %s; %s\n" % ("inline" if inline else "attachment", disp)
    if cid:
        h += "Content-ID: <%s>\n" % cid
    h += extra
    h += "Content-Transfer-Encoding: base64\n"
    return (h, b64(data))

def R(headers, body):
    if not headers.endswith("\n"):
        headers += "\n"
    return (headers, body)

def M(sub, parts, boundary=None, params="", preamble=""):
    b = boundary or ("----=_Part_%s_%s.%s" % (rnd.randint(10000, 99999), rnd.randint(100000000, 999999999), rnd.randint(10**12, 10**13)))
    out = preamble
    for h, body in parts:
        if not body.endswith("\n"):
            body += "\n"
        out += "--%s\n%s\n%s" % (b, h, body)
    out += "--%s--\n" % b
    return ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n' % (sub, params, b), out)

def inbound(d, helo, ip, envfrom, spf="pass", dkim_domain=None, dmarc=None, extra_auth=""):
    """Headers that Google Workspace (the MX of grants.example) puts on top."""
    ef = envfrom.strip("<>")
    dom = ef.split("@")[-1] if ef else helo
    lines = ["Delivered-To: apply@grants.example",
             "Received: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (hx(4), hx(3), hx(3), hx(4), an(6).lower(), F_pst(d + dt.timedelta(seconds=2))),
             "X-Received: by 2002:a05:6a20:%s:b0:%s:%s:%s with SMTP id %s-%s.%s.%s;\n        %s" % (hx(4), hx(3), hx(3), hx(4), hx(12), hx(8), rnd.randint(1, 99), rnd.randint(1000000000000, 9999999999999), F_pst(d + dt.timedelta(seconds=1))),
             "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s==" % (int(d.timestamp()), an(70), an(60)),
             "Return-Path: %s" % (envfrom if envfrom.startswith("<") else "<%s>" % envfrom),
             "Received: from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s-%s.%d.2026.%s.%s.%s\n        for <apply@grants.example>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (helo, helo, ip, hx(12), hx(8), rnd.randint(100,999), d.month, d.day, d.strftime("%H.%M.%S"), F_pst(d)),
             ]
    if ef:
        lines.append("Received-SPF: %s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;" % (spf, ef, ip, ip))
    else:
        lines.append("Received-SPF: %s (google.com: domain of postmaster@%s designates %s as permitted sender) client-ip=%s;" % (spf, helo, ip, ip))
    auth = "Authentication-Results: mx.google.com;\n"
    if dkim_domain:
        auth += "       dkim=pass header.i=@%s header.s=selector1 header.b=%s;\n" % (dkim_domain, an(8))
    auth += "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.%s" % (spf, ef or ("postmaster@" + helo), ip, "mailfrom=" + ef if ef else "helo=" + helo)
    if dmarc:
        auth += ";\n       dmarc=%s" % dmarc
    auth += extra_auth
    lines.append(auth)
    return "\n".join(lines) + "\n"

def write(rel, headers, part, mime=True):
    path = os.path.join(SET, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    h = headers.rstrip("\n") + "\n"
    if mime:
        h += "MIME-Version: 1.0\n"
    if part[0].strip():
        h += part[0].rstrip("\n") + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(h + "\n" + part[1])

# ----- our own outgoing mail -----
PROGRAMME = "Harbourline Fellowship"
ACK_BODY = """Thank you for your application to the Harbourline Fellowship 2027. We have
received your email and your application is now on file.

To complete your application, please reply to this email and answer the
following questions:

1. Which track are you applying for: Research, Practice or Community?
2. What is the earliest date you could start the fellowship?
3. Please give the name and email address of one referee.
4. Will you need a visa or travel support to attend the opening week in
   Rotterdam (8-12 March 2027)?

Short answers are fine, and you may reply in the language you are most
comfortable with.

Kind regards,
Grants Team
Harbourline Fellowship
https://grants.example/harbourline
"""

def ack_id(d):
    return "<gb.%s.%s@grants.example>" % (d.strftime("%Y%m%d%H%M%S"), hx(10))

class Thread:
    """An applicant's first mail and our automatic answer to it."""
    def __init__(self, name, email, subject, app_date, app_mid, ack_delay_s=47):
        self.name, self.email, self.subject = name, email, subject
        self.app_date, self.app_mid = app_date, app_mid
        self.ack_date = (app_date + dt.timedelta(seconds=ack_delay_s)).astimezone(dt.timezone.utc)
        import hashlib
        self.ack_mid = "<gb.%s.%s@grants.example>" % (self.ack_date.strftime("%Y%m%d%H%M%S"), hashlib.sha1(app_mid.encode()).hexdigest()[:10])
        self.re = subject if subject.lower().startswith("re:") else "Re: " + subject

    def refs(self):
        return "In-Reply-To: %s\nReferences: %s %s\n" % (self.ack_mid, self.app_mid, self.ack_mid)

    def refs_folded(self):
        return "In-Reply-To: %s\nReferences: %s\n %s\n" % (self.ack_mid, self.app_mid, self.ack_mid)

    def ack_headers(self, received=True):
        h = ""
        if received:
            h += "Received: from grantbox-worker-2 (worker2.grants.example. [203.0.113.45])\n        by smtp-relay.gmail.com with ESMTPS id %s-%s.1.2026.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s\n" % (hx(12), hx(8), self.ack_date.strftime("%m.%d.%H.%M.%S"), self.email, F_pst(self.ack_date))
            h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=grants.example; s=google; t=%d;\n        h=references:in-reply-to:message-id:subject:to:from:date:mime-version;\n        bh=%s=;\n        b=%s\n         %s==\n" % (int(self.ack_date.timestamp()), an(43), an(70), an(50))
        h += "MIME-Version: 1.0\n"
        h += "Date: %s\n" % F(self.ack_date)
        h += "Message-ID: %s\n" % self.ack_mid
        h += "In-Reply-To: %s\nReferences: %s\n" % (self.app_mid, self.app_mid)
        h += "Subject: %s\n" % ew(self.re)
        h += "From: Grants Team <apply@grants.example>\n"
        h += "To: %s\n" % addr(self.name, self.email)
        h += 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 7bit\n'
        return h

    def ack_full(self):
        return self.ack_headers() + "\n" + ACK_BODY

    def ack_rfc822headers(self):
        return self.ack_headers()

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"

def gmail_attrib(d_local_str, who="Grants Team <apply@grants.example>"):
    return "On %s %s wrote:\n" % (d_local_str, who)

def outlook_hdr(sent, to, subject, frm="Grants Team <apply@grants.example>", labels=("From", "Sent", "To", "Subject")):
    return "%s: %s\n%s: %s\n%s: %s\n%s: %s\n" % (labels[0], frm, labels[1], sent, labels[2], to, labels[3], subject)

def ack_html_quote():
    import html
    return "<br>".join(html.escape(l) for l in ACK_BODY.rstrip("\n").split("\n"))
