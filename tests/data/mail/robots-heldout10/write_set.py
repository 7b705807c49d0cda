#!/usr/bin/env python3
"""Writes the robots-heldout10 .eml files (hand-written content; see README.md).
Attachments are read from /tmp/r10build (generated with chromium / python-docx)."""
import os, base64, quopri, hashlib
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r10build"
_counter = [0]

def nonascii(s):
    return any(ord(c) > 127 for c in s)

def h(s):
    if nonascii(s):
        return Header(s, "utf-8", maxlinelen=76).encode()
    return s

def addr(name, email):
    if not name:
        return email
    if nonascii(name):
        return formataddr((name, email), charset="utf-8")
    return formataddr((name, email))

def dt(day, hh, mm, ss=0, tz=0.0, month=11):
    return datetime(2026, month, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=tz)))

def fdate(d):
    return format_datetime(d)

def uid(seed, n=12):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def boundary(seed):
    _counter[0] += 1
    return "----=_Part_%d_%s" % (_counter[0], uid(seed + str(_counter[0]), 16))

class Part:
    def __init__(self, ctype, body, params=None, headers=None, cte=None):
        self.ctype, self.body, self.params = ctype, body, params or {}
        self.headers = headers or []
        self.cte = cte
        self.children = None

def text(s, sub="plain", cte="qp", charset="utf-8", headers=None, params=None):
    pr = {"charset": charset}
    pr.update(params or {})
    if cte == "qp":
        body = quopri.encodestring(s.encode(charset)).decode("ascii")
        cten = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(s.encode(charset)).decode("ascii")
        cten = "base64"
    elif cte == "8bit":
        body = s; cten = "8bit"
    else:
        body = s; cten = "7bit"
    return Part("text/" + sub, body, pr, headers, cten)

def raw(ctype, body, headers=None, cte=None, params=None):
    return Part(ctype, body, params, headers, cte)

def attach(fname, data, ctype, inline=False):
    body = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    hdrs = [("Content-Disposition", '%s; filename="%s"' % (disp, fname))]
    return Part(ctype, body, {"name": fname}, hdrs, "base64")

def mp(sub, parts, params=None, preamble=None, headers=None):
    p = Part("multipart/" + sub, None, dict(params or {}), headers)
    p.params["boundary"] = boundary(sub)
    p.children = parts
    p.preamble = preamble
    return p

def fmt_ctype(p):
    s = p.ctype
    for k, v in p.params.items():
        s += ';\n\t%s="%s"' % (k, v) if k == "boundary" else '; %s="%s"' % (k, v) if (" " in v or "/" in v or "=" in v or k in ("name",)) else "; %s=%s" % (k, v)
    return s

def render_part(p, top=False):
    out = []
    if not top:
        out.append("Content-Type: " + fmt_ctype(p))
        if p.cte:
            out.append("Content-Transfer-Encoding: " + p.cte)
        for k, v in p.headers:
            out.append("%s: %s" % (k, v))
        out.append("")
    out.append(render_body(p))
    return "\n".join(out)

def render_body(p):
    if p.children is None:
        return p.body.rstrip("\n") + "\n"
    b = p.params["boundary"]
    out = []
    if p.preamble:
        out.append(p.preamble + "\n")
    for c in p.children:
        out.append("--" + b)
        out.append(render_part(c))
    out.append("--" + b + "--\n")
    return "\n".join(out)

def write(path, headers, root):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    lines.append("Content-Type: " + fmt_ctype(root))
    if root.cte:
        lines.append("Content-Transfer-Encoding: " + root.cte)
    for k, v in root.headers:
        lines.append("%s: %s" % (k, v))
    lines.append("")
    lines.append(render_body(root))
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))

def rcv(frm, ip, by, d, proto="ESMTPS", extra="", qid=None, for_=None):
    s = "from %s (%s [%s])\n\tby %s with %s id %s" % (frm, frm, ip, by, proto, qid or uid(frm + by + str(d), 10).upper())
    if for_:
        s += "\n\tfor <%s>" % for_
    if extra:
        s += extra
    s += "; " + fdate(d)
    return s

def inbound(d, frm_host, ip, rp=""):
    """Headers our own MX (mx1.grants.example) adds."""
    return [
        ("Return-Path", "<%s>" % rp),
        ("Delivered-To", "apply@grants.example"),
        ("Received", rcv(frm_host, ip, "mx1.grants.example (Postfix)", d + timedelta(seconds=3), "ESMTPS", for_="apply@grants.example")),
        ("Authentication-Results", ("mx1.grants.example;\n\tspf=pass smtp.mailfrom=%s" % rp.split("@")[-1]) if rp else
            "mx1.grants.example;\n\tspf=pass smtp.helo=%s" % frm_host),
    ]

# ---------------------------------------------------------------- our mail
GT = "Grants Team <apply@grants.example>"
OUR_Q = """Dear {name},

Thank you for your application to the Community Research Grants 2027 programme. We have received your message and filed it under reference {ref}.

To complete your application, please reply to this email with short answers to the following questions:

1. In which country and city will the project take place?
2. What is the total amount you are requesting, in EUR?
3. When would the project start, and how many months would it last?
4. Please give the name and email address of one referee we may contact.

You can answer in the body of your reply; there is no need to fill in a form.

Kind regards,
Grants Team
Community Research Grants
apply@grants.example
"""
OUR_ACK = """Dear {name},

Thank you for your answers. We have added them to your application (reference {ref}). The selection committee will review all complete applications after the closing date, 15 January 2027.

Kind regards,
Grants Team
Community Research Grants
"""

class Ours:
    """One email our system sent (the one a robot or person answers)."""
    def __init__(self, to_name, to_email, their_subject, day, hh, mm, kind="q", their_mid=None, ref=None):
        self.to_name, self.to_email = to_name, to_email
        self.subject = "Re: " + their_subject
        self.date = dt(day, hh, mm, 17)
        stamp = self.date.strftime("%Y%m%d%H%M%S")
        self.mid = "<%s.%s@grants.example>" % (stamp, uid(to_email + their_subject, 10))
        self.their_mid = their_mid or "<%s@%s>" % (uid("t" + to_email + their_subject, 20), to_email.split("@")[1])
        self.ref = ref or "CRG27-%04d" % (int(uid(to_email, 6), 16) % 9000 + 1000)
        first = to_name.split()[0] if to_name else "applicant"
        self.body = (OUR_Q if kind == "q" else OUR_ACK).format(name=to_name or "applicant", ref=self.ref)
    def refs(self):
        return "%s\n %s" % (self.their_mid, self.mid)
    def headers(self):
        return [
            ("Received", "from app1.grants.example (app1.grants.example [10.20.0.11])\n\tby smtp.grants.example (Postfix) with ESMTPSA id %s;\n\t%s" % (uid(self.mid, 10).upper(), fdate(self.date))),
            ("From", GT), ("To", addr(self.to_name, self.to_email)), ("Subject", h(self.subject)),
            ("Date", fdate(self.date)), ("Message-ID", self.mid), ("In-Reply-To", self.their_mid),
            ("References", self.their_mid), ("MIME-Version", "1.0"),
            ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "7bit"),
        ]
    def rfc822(self):
        return "\n".join("%s: %s" % kv for kv in self.headers()) + "\n\n" + self.body
    def rfc822_headers(self):
        return "\n".join("%s: %s" % kv for kv in self.headers() if kv[0] not in ("MIME-Version",)) + "\n"
    def quoted(self, prefix="> "):
        return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in self.body.rstrip("\n").split("\n"))

def gmail_attr(o, lang="en"):
    d = o.date
    return "On %s, Grants Team <apply@grants.example> wrote:" % d.strftime("%a, %-d %b %Y at %H:%M")

def outlook_block(o, labels=("From", "Sent", "To", "Subject"), sent=None):
    f, s, t, su = labels
    return "%s: Grants Team <apply@grants.example>\n%s: %s\n%s: %s <%s>\n%s: %s\n\n%s" % (
        f, s, sent or o.date.strftime("%A, %B %-d, %Y %-I:%M %p"), t, o.to_name, o.to_email, su, o.subject, o.body)

def html_wrap(inner, lang=None):
    la = ' lang="%s"' % lang if lang else ""
    return '<html%s><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n%s\n</body>\n</html>\n' % (la, inner)

def paras_html(s):
    import html
    return "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in s.strip().split("\n\n"))

def alt(plain, html_inner=None, lang=None, cte="qp"):
    return mp("alternative", [text(plain, cte=cte), text(html_wrap(html_inner or paras_html(plain), lang), "html", cte=cte)])

def att_file(name, path, ctype):
    with open(os.path.join(BUILD, path), "rb") as f:
        return attach(name, f.read(), ctype)

def exch_headers(mid_host, d, thread_topic, lang):
    ti = base64.b64encode(hashlib.md5(thread_topic.encode()).digest() + b"\x01\x02").decode()
    return [("Thread-Topic", h(thread_topic)), ("Thread-Index", "AQHc" + ti[:20]),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", lang)]

import importlib.util
for mod in ("write_robots.py", "write_people.py"):
    spec = importlib.util.spec_from_file_location(mod[:-3], os.path.join(HERE, mod))
    m = importlib.util.module_from_spec(spec)
    m.__dict__.update({k: v for k, v in globals().items() if not k.startswith("__")})
    spec.loader.exec_module(m)
